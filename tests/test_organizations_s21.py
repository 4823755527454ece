"""ORGANIZATION rules of session 21 (helper org, learnt on foreign and business news read first-hand: 半岛电视台 中文网,
品玩, and a digest of 虎嗅 read by another helper), table-driven, on made-up sentences, with negative examples:

- an acronym glossed after a body's name with a space before the bracket (卫生服务总局 (DGHS)), and a grouping of
  states glossed by a letter and its count (七国集团（G7）), not a product's code after a firm (华为（P50）), and not a
  gloss inside a longer unit's name (菲律宾大学 (UP) 医学院);
- a name glossed by a Latin acronym that no rule read (``_glossed_bodies``: 国际兴奋剂检测机构 (ITA)), not a counted,
  anonymised or referring body (一家研究机构（ABC）, 该机构（ABC）), nor a title's abbreviation (首席执行官（CEO）).
"""

from __future__ import annotations

from datetime import date

import pytest

from imcovid.annotate import annotate


def _orgs(text: str) -> list[tuple[str, str]]:
    return [(m["surface"], m["rule"]) for m in annotate(text, date(2022, 4, 1)) if m["type"] == "ORGANIZATION"]


def _surfaces(text: str) -> list[str]:
    return [surface for surface, _ in _orgs(text)]


# --- acronym glosses: a space before the bracket, a grouping's letter and count -------------------------------------

@pytest.mark.parametrize("text, acronym, count", [
    ("根据世界卫生组织 (WHO) 的数据，WHO建议各国加快接种。", "WHO", 2),
    ("七国集团（G7）领导人在英国结束峰会，G7承诺提供10亿剂疫苗。", "G7", 2),
    ("二十国集团（G20）领导人峰会在罗马举行。", "G20", 1),
    ("欧洲疾病预防和控制中心 (ECDC) 将其归类为关注的变体。", "ECDC", 1),
])
def test_acronym_glossed_after_a_space_or_a_grouping(text, acronym, count):
    assert _surfaces(text).count(acronym) == count


@pytest.mark.parametrize("text, not_a_body", [
    ("华为（P50）手机将于下月发布。", "P50"),            # a letter and a number after a firm: a product's code
    ("小米集团（X20）新品发布。", None),                # (a firm ending in 集团 may have one: only a bare letter+count)
    ("菲律宾大学 (UP) 医学院助理教授在社交媒体上写道。", "UP"),  # the gloss inside a longer unit's name
    ("该公司首席执行官（CEO）表示，订单增加。", "CEO"),
    ("国家统计局公布国内生产总值（GDP）增长5%。", "GDP"),
])
def test_no_acronym_that_names_no_body(text, not_a_body):
    if not_a_body:
        assert not_a_body not in _surfaces(text)


# --- a name glossed by an acronym, read from the gloss ---------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("国际兴奋剂检测机构 (ITA) 表示，相关样本是在决赛后收集的。", "国际兴奋剂检测机构"),
    ("根据政府间气候变化专门委员会（IPCC）的报告，各国时间不多。", "政府间气候变化专门委员会"),
    ("根据卫生服务总局 (DGHS) 发布的每日公报，新增病例近2000例。", "卫生服务总局"),
    ("根据最近发布的联合国政府间气候变化专门委员会 (IPCC) 报告，各国时间不多。", "联合国政府间气候变化专门委员会"),
    ("管理纽约市公共交通的大都会运输署（MTA）主席表示。", "大都会运输署"),
])
def test_glossed_name(text, name):
    assert (name, "organization.glossed_name") in _orgs(text)


def test_glossed_name_keeps_its_acronym_where_it_recurs():
    text = "国际兴奋剂检测机构 (ITA) 表示，样本已送检。ITA称将在两周内公布结果。"
    assert _surfaces(text).count("ITA") == 2


@pytest.mark.parametrize("text", [
    "一家研究机构（ABC）称，该产品合格。",        # a counted body
    "该机构（ABC）表示，结果将很快公布。",          # a body the text points back to
    "某检测机构（XYZ）出具了报告。",                # an anonymised body
    "该公司首席执行官（CEO）表示，订单增加。",      # a title's abbreviation, no body's ending before it
    "这一机构（ABC）的负责人拒绝置评。",            # a referring word before the kind
])
def test_no_glossed_name(text):
    assert not [s for s, rule in _orgs(text) if rule == "organization.glossed_name"]


# --- 当局 as a body's ending: a country's or a place's authorities ----------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("新加坡当局今天表示，该国将推迟重新开放程序。", "新加坡当局"),
    ("为遏制疫情，巴西当局已批准紧急使用该疫苗。", "巴西当局"),
    ("然而，丰县和徐州市当局一开始却说，此事另有隐情。", "徐州市当局"),
    ("香港卫生当局表示，将加强检测。", "香港卫生当局"),
])
def test_authorities_of_a_place(text, name):
    assert (name, "organization.generic_ending") in _orgs(text)


@pytest.mark.parametrize("text", [
    "舆论一片哗然，呼吁当局全面调查这一事件。",          # bare
    "有关当局正在调查此事。",                            # generic
    "地方当局表示，卫生当局建议民众接种。",              # a kind of authority, no place
    "发生了几起涉嫌违规者被当局杀害的案件。",
    "林明溱25日喊话台当局，希望采购疫苗。",              # a one-character short form is no place
])
def test_no_authorities_without_a_place(text):
    assert not [s for s in _surfaces(text) if s.endswith("当局")]


# --- parties listed before a joint act ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("这款由复星医药和百欧恩泰共同开发的疫苗已获批。", "百欧恩泰"),
    ("由新浪财经、第一财经、吴晓波频道联合承办的比赛开幕。", "吴晓波频道"),
    ("北京智源人工智能研究院、智谱AI和小冰联合培养了她。", "智谱AI"),
])
def test_joint_partner(text, name):
    assert (name, "organization.joint_partner") in _orgs(text)


def test_joint_partner_recurs():
    text = "这款由复星医药和百欧恩泰共同开发的疫苗已获批。百欧恩泰表示将扩大产能。"
    assert _surfaces(text).count("百欧恩泰") == 2


@pytest.mark.parametrize("text", [
    "腾讯和王某某共同出资设立了该公司。",            # a person's name
    "腾讯和张文宏共同发起了倡议。",                  # a person's name
    "卫健委和专家共同研究了方案。",                  # an ordinary word
    "华为和合作伙伴共同努力。",                      # an ordinary word
    "坚定地同中国共产党、中国政府和中国人民携手前行。",  # people, not a party
    "海淀与朝阳分别发现6人。",                        # places, and 分别 is no joint act
    "腾讯、阿里和字节跳动分别发布了财报。",            # 分别 is no joint act
    "复星医药和上海共同推进项目。",                  # a place
    "张三和李四共同开发了软件。",                    # no body in the list
])
def test_no_joint_partner(text):
    assert not [s for s, rule in _orgs(text) if rule == "organization.joint_partner"]


# --- an acronym of capitals acting as a body ------------------------------------------------------------------------

@pytest.mark.parametrize("text, acronym, count", [
    ("主题公园崛起，PAG接盘。", "PAG", 1),
    ("特斯拉对 NHTSA 表示，将召回车辆。不过，NHTSA 指出，车主可以继续使用。", "NHTSA", 2),
    ("SIPRI表示，去年全球军费开支增长了0.7%。根据SIPRI的数据，美国仍居首位。", "SIPRI", 2),
    ("肉联厂停产。JBS表示，在其工厂发现了病例。", "JBS", 1),
])
def test_acting_acronym(text, acronym, count):
    assert _surfaces(text).count(acronym) == count


@pytest.mark.parametrize("text", [
    "TA表示自己很开心。",                 # a pronoun written in capitals
    "该公司CEO表示，订单增加。",           # a title
    "PCR检测结果称阴性。",                 # a test
    "他说VR宣布了新的时代。",              # a technique
    "IT称为信息技术。",                    # 称为: named, not saying
    "苹果发布了新款iPad，OPPO发布首款芯片。",  # 发布 is no act of this rule (products are released)
    "国家统计局公布，GDP同比增长5%。",
])
def test_no_acting_acronym(text):
    assert not [s for s, rule in _orgs(text) if rule == "organization.acting_acronym"]


# --- a count of a trade's largest firms before the kind --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "尽管全球 15 大能源公司设定了一系列新目标。",
    "全球15大能源公司设定了一系列新目标。",
    "澳大利亚三大媒体公司联合发表声明。",
    "这是广州十大科技公司之一。",
])
def test_no_body_for_a_ranked_trade(text):
    assert not [s for s in _surfaces(text) if s.endswith("公司")]


@pytest.mark.parametrize("text, name", [
    ("五大连池市人民政府发布通告。", "五大连池市人民政府"),   # 大 inside a place
    ("五大连池市政府发布通告。", "五大连池市政府"),
    ("北京大学医院发布通告。", "北京大学医院"),
    ("第三大股东某某投资公司表示。", None),                 # (第 makes a rank, not a count: left to other rules)
])
def test_ranked_trade_leaves_names(text, name):
    if name:
        assert name in _surfaces(text)


# --- a ministry before its deputy's title (部|副部长) --------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("英国卫生部副部长周一说，将加强检测。", "英国卫生部"),
    ("菲律宾卫生部副部长玛丽亚·维吉尔周一在媒体简报会上说。", "菲律宾卫生部"),
    ("市公安局副局长王某介绍了情况。", "市公安局"),
])
def test_body_before_its_deputys_title(text, name):
    assert name in _surfaces(text)


@pytest.mark.parametrize("text", [
    "全部副本已销毁。",          # 全部 is the word, no body
    "他在部副部长会议上发言。",  # a bare ending
])
def test_no_body_before_a_deputy_word(text):
    assert not [s for s in _surfaces(text) if s.endswith("部")]


@pytest.mark.parametrize("text", [
    "复星医药和东盟共同体达成协议。",              # 共同体 is a noun, no joint act
    "复星医药和海外联合国机构合作。",              # 联合国 begins there
    "复星医药与湖北工商联合会签约。",              # 联合会 is a body's ending
    "复星医药和泰康共同富裕基金会签约。",          # 共同富裕 is a noun
])
def test_no_joint_partner_before_words_of_joint(text):
    assert not [s for s, rule in _orgs(text) if rule == "organization.joint_partner"]


@pytest.mark.parametrize("text", [
    "NHTSA没有表示将展开调查。",     # under negation: no act read
    "据悉SIPRI并未公布数据。",
])
def test_no_acting_acronym_under_negation(text):
    assert not [s for s, rule in _orgs(text) if rule == "organization.acting_acronym"]


def test_no_authorities_in_an_idiom():
    assert not [s for s in _surfaces("正所谓当局者迷，旁观者清。") if "当局" in s]


# --- review (helper revorg): a kind described before a gloss, initials and marks acting ------------------------------

@pytest.mark.parametrize("text, kind", [
    ("据市场研究机构（IDC）数据，今年出货量下降。", "市场研究机构"),      # a kind headed by a short description
    ("咨询机构（BCG）发布报告称，需求回升。", "咨询机构"),
    ("美国市场调查机构（NPD）表示，销量下滑。", "美国市场调查机构"),     # a country before the kind does not name it
    ("我们的研究机构（RAND）表示。", "研究机构"),
    ("非营利组织（NGO）表示，物资短缺。", "非营利组织"),   # (NGO names no body)
    ("咨询公司 (McKinsey) 的报告显示，需求回升。", "咨询公司"),
    ("大型律师事务所（DLA）表示，将提起诉讼。", "大型律师事务所"),
])
def test_no_glossed_name_for_a_described_kind(text, kind):
    assert kind not in _surfaces(text)


@pytest.mark.parametrize("text, name", [
    ("国际移民组织（IOM）表示，难民人数上升。", "国际移民组织"),          # a world body's scope begins its name
    ("国际原子能机构（IAEA）表示，核电站安全。", "国际原子能机构"),
    ("国际兴奋剂检测机构 (ITA) 表示，样本已送检。", "国际兴奋剂检测机构"),  # a long description is a name
    ("欧洲投资银行（EIB）表示，将提供贷款。", "欧洲投资银行"),
    ("人权观察组织（HRW）表示，调查仍在进行。", "人权观察组织"),    # 组织, 联盟: no kind of firm before a name
    ("非洲联盟（AU）表示，将派出观察员。", "非洲联盟"),
])
def test_glossed_name_of_a_world_body(text, name):
    assert (name, "organization.glossed_name") in _orgs(text)


def test_ngo_is_no_body():
    assert "NGO" not in _surfaces("一个非营利组织（NGO）表示，物资短缺。NGO称将继续援助。")


@pytest.mark.parametrize("text", [
    "JK表示，这次的新专辑是献给粉丝的。",   # two capitals: a person's initials
    "US称新冠病毒来自实验室。",              # a country's mark
    "ST宣布退市。",                          # a board's mark
    "FTX创始人SBF表示，公司将申请破产。",    # initials after a person's post
    "美国众议员AOC称，将继续推动法案。",
    "FTX首席执行官 SBF 表示，将申请破产。",
    "FTX CEO SBF表示，将申请破产。",         # after another Latin word (a title)
    "I AM表示很开心。",                      # a word of an English phrase
])
def test_no_acting_acronym_for_initials_or_marks(text):
    assert not [s for s, rule in _orgs(text) if rule == "organization.acting_acronym"]


@pytest.mark.parametrize("text", [
    "FTX创始人萨姆·班克曼-弗里德（SBF）申请破产。SBF表示，他很抱歉。",   # a transliterated name glossed
    "币安创始人赵长鹏（CZ）发文。CZ称将继续运营。",                         # a person's name after a post, glossed
    "FTX创始人SBF近日接受采访。SBF表示，他很抱歉。",                       # initials after a post elsewhere in the text
])
def test_no_acting_acronym_for_a_persons_glossed_initials(text):
    assert not [s for s, rule in _orgs(text) if rule == "organization.acting_acronym"]


@pytest.mark.parametrize("text, acronym", [
    ("石油输出国组织（OPEC）开会。随后OPEC表示将增产。", "OPEC"),   # a body's gloss is no person's
    ("SIPRI表示，去年全球军费开支增长。", "SIPRI"),
])
def test_acting_acronym_of_a_body_kept(text, acronym):
    assert acronym in _surfaces(text)


@pytest.mark.parametrize("text, name", [
    ("腾讯收购了人民优选，人民优选表示将保持独立运营。", "人民优选"),   # a word for people inside a firm's name
])
def test_people_words_do_not_unmake_other_rules_bodies(text, name):
    assert name in _surfaces(text)


@pytest.mark.parametrize("text", [
    "坚定地同中国共产党、中国政府和中国人民携手前行。",
    "市政府和广大群众共同努力，打赢疫情防控阻击战。",
])
def test_no_joint_partner_ending_in_a_word_for_people(text):
    assert not [s for s, rule in _orgs(text) if rule == "organization.joint_partner"]
