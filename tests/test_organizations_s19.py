"""ORGANIZATION rules of session 19 (recall of business and world news and of notices), table-driven, on made-up
sentences: a long list counted in 家 read from its first whole item, a verb before the first item left out, firms
named by a place and a name of their own in such a list, 企事业单位 as a kind after a list, 联合体 as an ending, legislative
councils, the police of a foreign country or city, a bank's branch as a unit (also after a place written with a stop
character, 呼和浩特), cars, trusts and capital as brand trades; and, for precision, a trade before an industry word
(传统医药|产业), a whole division before a firm's ending (全省|中医药), a verb in 处 read as a unit (大商所|查处) and a known
name split by two ordinary words (加|快科技)."""

from __future__ import annotations

from datetime import date

import pytest

from imcovid.annotate import annotate


def _orgs(text: str) -> list[tuple[str, str]]:
    return [(m["surface"], m["rule"]) for m in annotate(text, date(2022, 1, 27)) if m["type"] == "ORGANIZATION"]


def _surfaces(text: str) -> list[str]:
    return [surface for surface, _ in _orgs(text)]


_LONG_LIST = ("由甲乙制药集团有限公司牵头，联合华东农大、中南林大、浙江中医药大学、省农科院茶叶研究所、南京工业大学、国药集团某某药业、"
              "丙丁药业、戊己药业、庚辛中药饮片、临安区青山茶叶、浙江宏远中药材、湖州欣荣农业等12家企事业单位组成联合体。")


@pytest.mark.parametrize("name", ["华东农大", "中南林大", "庚辛中药饮片", "临安区青山茶叶", "浙江宏远中药材", "湖州欣荣农业"])
def test_a_long_list_counted_in_jia_is_read_from_its_first_whole_item(name):
    found = _surfaces(_LONG_LIST)
    assert name in found
    assert "联合华东农大" not in found  # (the verb before the first item is the clause's)


@pytest.mark.parametrize("text, not_a_name", [
    ("联合利华、宝洁等多家公司宣布涨价。", "利华"),  # (a name that begins with the verb keeps it)
    ("北京、上海等多家企业复工。", "北京"),  # (places alone are no firms)
    ("北京市区、上海等多家企业复工。", "北京市区"),  # (a place and a short word: no firm's name of its own)
    ("武汉、上海浦东等10家企业复工。", "上海浦东"),  # (a place and a place's short word)
    ("武汉、上海浦东新区等10家企业复工。", "上海浦东新区"),  # (a place and a place: 浦东新区 begins with a place)
])
def test_lists_before_a_kind_keep_their_limits(text, not_a_name):
    assert not_a_name not in _surfaces(text)


@pytest.mark.parametrize("text, name", [
    ("1月26日，湖北省传统医药产业技术创新联合体在武汉成立。", "湖北省传统医药产业技术创新联合体"),
    ("希望浙江省传统中医药联合体积极探索新的运行模式。", "浙江省传统中医药联合体"),
    ("市医疗联合体成立以来，已接诊患者上万人次。", "市医疗联合体"),
])
def test_a_consortium_is_a_body(text, name):
    assert name in _surfaces(text)


@pytest.mark.parametrize("text", [
    "鼓励龙头企业建设平台型、网络型创新联合体，提升创新能力。",  # (a kind of consortium, none named)
    "多家单位共同组成联合体。",  # (the bare word)
])
def test_a_kind_of_consortium_is_not_a_body(text):
    assert not any(s.endswith("联合体") for s in _surfaces(text))


@pytest.mark.parametrize("text, name", [
    ("香港特别行政区第七届立法会选举于19日8时30分开始。", "香港特别行政区第七届立法会"),
    ("香港特区政府表示，经过点票，立法会90个议席全部顺利产生。", "立法会"),  # (bare: in a text naming Hong Kong)
    ("香港40人当选新一届立法会议员。", "立法会"),
    ("有信心第七届立法会为香港良政善治开启新篇章。", "第七届立法会"),
    ("澳门特区立法会表示，将尽快审议法案。", "澳门特区立法会"),
])
def test_a_legislative_council_is_a_body(text, name):
    assert (name, "organization.legislative_council") in _orgs(text)


@pytest.mark.parametrize("text", [
    "市人大常委会召开立法会议审议草案。",  # (立法会议: a legislative meeting)
    "区政府研究立法工作。",
])
def test_a_legislative_meeting_is_not_a_council(text):
    assert not any(rule == "organization.legislative_council" for _, rule in _orgs(text))


@pytest.mark.parametrize("text, name", [
    ("据德国警方通报，一名男子被捕。", "德国警方"),
    ("美国警方称，嫌疑人已被控制。", "美国警方"),
])
def test_the_police_of_a_foreign_country_or_city(text, name):
    assert (name, "organization.foreign_police") in _orgs(text)


@pytest.mark.parametrize("text", [
    "当地警方已介入调查。",  # (no place)
    "涉事警方回应称正在核实。",
    "岳阳县警方通过基因比对确定身份。",  # (a place of China: _POLICE reads it, as police_of_place)
])
def test_no_foreign_police_without_a_foreign_place(text):
    assert not any(rule == "organization.foreign_police" for _, rule in _orgs(text))


@pytest.mark.parametrize("text, name", [
    ("中国银行呼和浩特分行发布公告。", "中国银行呼和浩特分行"),  # (the 和 of 呼和浩特 is a place's, no stop)
    ("建设银行内蒙古分行表示，", "建设银行内蒙古分行"),
    ("工商银行包头支行开展宣传。", "工商银行包头支行"),
])
def test_a_bank_branch_is_a_unit_of_its_bank(text, name):
    assert name in _surfaces(text)


@pytest.mark.parametrize("text, not_a_name", [
    ("工商银行分行业贷款数据显示，", "工商银行分行业"),  # (分行业: by industry)
    ("工商银行和农业银行发布公告。", "工商银行和农业银行"),  # (a stop outside a place still ends a unit)
])
def test_a_bank_branch_needs_a_branch(text, not_a_name):
    assert not_a_name not in _surfaces(text)


@pytest.mark.parametrize("text, name", [
    ("小鹏汽车宣布，将于明年推出新车型。", "小鹏汽车"),
    ("中融信托表示，相关产品已按期兑付。", "中融信托"),
])
def test_cars_and_trusts_are_brand_trades(text, name):
    assert (name, "organization.brand_trade") in _orgs(text)


@pytest.mark.parametrize("text", [
    "电动汽车宣布降价的消息不断传出。",  # (a kind of car)
    "家族信托称得上是富裕家庭的首选。",  # (a kind of trust)
    "国有资本表示出浓厚兴趣。",
])
def test_a_kind_of_car_or_trust_is_no_firm(text):
    assert not any(rule == "organization.brand_trade" for _, rule in _orgs(text))


@pytest.mark.parametrize("text, not_a_name", [
    ("湖北省高度重视传统医药产业发展。", "湖北省高度重视传统医药"),
    ("努力在湖北省传统医药领域发展中起到核心作用。", "湖北省传统医药"),
    ("先后召开全省中医药振兴大会和科技大会。", "全省中医药"),
    ("出台加快科技强省建设的系列政策。", "快科技"),
])
def test_an_industry_or_phrase_is_not_a_firm(text, not_a_name):
    assert not_a_name not in _surfaces(text)


@pytest.mark.parametrize("text, name", [
    ("复星医药产业发展有限公司宣布增资。", "复星医药产业发展有限公司"),  # (a registered form after the industry word)
    ("上海医药企业管理有限公司发布公告。", "上海医药企业管理有限公司"),
    ("全国妇联发布通知。", "全国妇联"),  # (全国 begins names)
    ("对比亚迪的销量进行统计。", "比亚迪"),  # (亚迪 is no word)
])
def test_firms_beside_the_industry_words_stay(text, name):
    assert name in _surfaces(text)


@pytest.mark.parametrize("text, name, not_a_name", [
    ("记者从大连商品交易所获悉，大商所查处自成交超限19起。", "大商所", "大商所查处"),
    ("商务部综合处发布通知。", "商务部综合处", None),  # (an office with a name of two characters)
])
def test_a_verb_in_chu_is_not_a_unit(text, name, not_a_name):
    found = _surfaces(text)
    assert name in found
    assert not_a_name is None or not_a_name not in found


@pytest.mark.parametrize("text, name", [
    ("南都记者从某市中级人民法院获悉，案件已审结。", "南都"),
    ("刘某向南都记者提供的一份资料显示，", "南都"),
    ("焦某此前接受券商中国记者采访时表示，", "券商中国"),
    ("业内人士对券商中国记者表示，利率还将下行。", "券商中国"),
])
def test_an_outlet_named_by_its_reporter(text, name):
    assert (name, "organization.reporter_outlet") in _orgs(text)


@pytest.mark.parametrize("text", [
    "老人告诉记者，他已经等了三个小时。",  # (a verb of telling: no outlet)
    "谢谢这位记者的提问。",  # (a pronoun)
    "本报记者从市卫健委获悉，",  # (the paper itself)
    "中外记者采访团抵达现场。",  # (an ordinary word)
    "现场记者看到，排队的人很多。",
    "他是一名记者。",
    "北京记者从现场发回报道。",  # (a place)
    "疫情期间记者走访发现，多家店铺关门。",  # (a time: when, not which outlet)
    "采访中记者了解到，该店已停业。",
    "今天记者从市卫健委获悉，",
    "随后记者联系了该公司。",
])
def test_no_outlet_before_a_reporter_that_names_none(text):
    assert not any(rule == "organization.reporter_outlet" for _, rule in _orgs(text))


@pytest.mark.parametrize("text, not_a_name", [
    ("近年来，券商系期货公司发展势头迅猛。", "券商系期货公司"),
    ("产业背景期货公司同样亮点不断。", "产业背景期货公司"),
    ("某某期货是经证监会批准的期货公司，主要从事经纪业务。", "期货公司"),
    ("就参与调研的信托公司而言，调研热情较高。", "信托公司"),
    ("11月再有银行进入信托公司视野。", "再有银行进入信托公司"),  # (a clause read into the name before the kind)
    ("伟星新材则成为最受信托公司青睐的调研标的。", "最受信托公司"),
])
def test_a_kind_or_sort_of_firm_names_none(text, not_a_name):
    assert not_a_name not in _surfaces(text)


@pytest.mark.parametrize("text, name", [
    ("中粮期货公司表示，将加大服务力度。", "中粮期货公司"),  # (中粮 is no sort)
    ("中国人寿保险公司宣布，", "中国人寿保险公司"),
    ("联合证券公司发布公告称，", "联合证券公司"),  # (a verb may begin a firm's name; LAC reads it)
])
def test_a_firm_before_a_kind_stays(text, name):
    assert name in _surfaces(text)


@pytest.mark.parametrize("text, not_a_name", [
    ("某某期货副总经理兼研究院院长焦某表示，", "理兼研究院"),  # (兼: one person's second post)
])
def test_titles_and_documents_are_no_bodies(text, not_a_name):
    assert not_a_name not in _surfaces(text)


@pytest.mark.parametrize("text, name", [
    ("1971年10月加入中国共产党。", "中国共产党"),
    ("据《人民日报》报道，", "人民日报"),  # (a paper's own title)
    ("中国人民大学国家发展与战略研究院院长表示，", "中国人民大学"),
])
def test_bodies_beside_titles_and_documents_stay(text, name):
    assert name in _surfaces(text)


@pytest.mark.parametrize("text, names", [
    ("这方面已有一批先行者，比如中粮控股的中粮期货、江铜控股的金瑞期货等。", ["中粮", "中粮期货", "江铜", "金瑞期货"]),
    ("其中，甲乙控股的丙丁银行，去年净利润增长两成。", ["甲乙", "丙丁银行"]),
])
def test_a_firm_and_the_firm_it_controls(text, names):
    found = _orgs(text)
    for name in names:
        assert (name, "organization.controlled_firm") in found


@pytest.mark.parametrize("text", [
    "该公司控股的子公司已完成注册。",  # (a pronoun, and a kind of subsidiary)
    "其控股的上市公司等均受影响。",
    "目前，大股东控股的公司有三家。",  # (an ordinary word holds it)
    "由国资委控股的企业，",  # (the holder's words run on to the left; 企业 is a kind)
])
def test_no_controlled_firm_without_two_names(text):
    assert not any(rule == "organization.controlled_firm" for _, rule in _orgs(text))


@pytest.mark.parametrize("text, not_a_name, name", [
    ("，大股东控股的公司有三家。", "大股东控股", None),  # (控股的: the verb, no firm named 大股东控股)
    ("，腾讯控股的股价上涨。", "腾讯控股的", "腾讯控股"),  # (a firm's possessive; s19c)
    ("腾讯控股发布公告称，", None, "腾讯控股"),  # (控股 ending a firm's name)
])
def test_kong_gu_de_is_a_verb(text, not_a_name, name):
    found = _surfaces(text)
    assert not_a_name is None or not_a_name not in found
    assert name is None or name in found


def test_firms_counted_in_hu():
    found = _surfaces("甲乙通信、丙丁科技等超1000户企业通过网络线上参加活动。")
    assert "甲乙通信" in found and "丙丁科技" in found


def test_households_counted_in_hu_are_no_firms():
    assert _surfaces("张家、李家等100余户居民参加了活动。") == []


@pytest.mark.parametrize("text, name", [
    ("，泰康资管表示，将继续看好。", "泰康资管"),
    ("参与认购方包括中再集团、人保财险以及唯一的合资险企中意人寿。", "人保财险"),
    ("新华人寿和太平人寿先后发布公告。", "新华人寿"),
])
def test_insurers_and_asset_managers_end_in_their_trade(text, name):
    assert name in _surfaces(text)


@pytest.mark.parametrize("text", [
    "在大资管时代，各类机构竞争加剧。",
    "财险行业保费收入增长。",  # (an industry)
    "购买人寿保险的人越来越多。",  # (a kind of insurance)
    "国内财险公司纷纷推出新产品。",
    "这是一款资管计划。",
])
def test_kinds_of_insurance_and_asset_management_name_no_firm(text):
    assert _surfaces(text) == []


def test_a_role_before_a_firm_ends_the_name_read_leftwards():
    # (发起人, 受益人, 管理人 …: the firm's name begins after its role, not at the role's 人)
    found = _surfaces("其中，平安资管作为牵头发起人出资63亿元，3家共同发起人太保资管出资40亿元。")
    assert "人太保资管" not in found


@pytest.mark.parametrize("text, name", [
    ("，中国人民志愿军烈士遗骸归还中方。", "中国人民志愿军"),
    ("中国人民志愿军发布命令。", "中国人民志愿军"),
])
def test_a_volunteer_army_is_a_body(text, name):
    assert name in _surfaces(text)


@pytest.mark.parametrize("text", ["他曾是一名志愿军战士。", "志愿军老兵回忆说，"])
def test_the_bare_word_volunteer_army_is_no_name(text):
    assert _surfaces(text) == []
