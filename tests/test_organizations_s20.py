"""ORGANIZATION fixes of session 20 (notes/s20-org.md), table-driven, on made-up sentences: a known maker's name right
before its product names the product (辉瑞|疫苗), an online platform named as the place of posts is no body (在小红书上,
新浪微博热搜, 上小红书), an outlet cited as the source of what it quotes is named (据某某网援引), and a stop character
inside an ordinary noun of an outlet's name does not cut it (经济|参考报). Each rule has negative examples: what it must
not fire on."""

from __future__ import annotations

from datetime import date

import pytest

from imcovid.annotate import annotate
from imcovid.annotate.organizations import (_handle_of_a_body, _handles, _platform_as_place, _product_after,
                                            _stops_in_outlet)
from imcovid.annotate.places import find_places


def _orgs(text: str) -> list[tuple[str, str]]:
    return [(m["surface"], m["rule"]) for m in annotate(text, date(2022, 1, 27)) if m["type"] == "ORGANIZATION"]


def _surfaces(text: str) -> list[str]:
    return [surface for surface, _ in _orgs(text)]


def _handle_names(text: str) -> list[str]:
    return [text[a:b] for a, b in _handles(text, {m["start"]: m["end"] for m in find_places(text)})]


# --- 1. a maker's known name right before its product names the product -------------------------------------------

@pytest.mark.parametrize("text, maker", [
    ("自10月29日辉瑞疫苗获得针对5至11岁儿童的紧急使用授权以来，接种人数增加。", "辉瑞"),
    ("当地民众接种的主要是国药和科兴疫苗。", "科兴"),
    ("由于太多人接种阿斯利康疫苗后没有不良反应，接种者产生了怀疑。", "阿斯利康"),
    ("巴西当局已批准紧急使用科兴新冠疫苗。", "科兴"),
])
def test_maker_before_its_product_is_no_body(text, maker):
    assert maker not in _surfaces(text)


@pytest.mark.parametrize("text, maker", [
    ("辉瑞表示，将在年底前交付更多疫苗。", "辉瑞"),  # the maker acting
    ("辉瑞的疫苗获得批准。", "辉瑞"),  # 的 between: the maker named as a body
    ("科兴两款疫苗均已获批。", "科兴"),  # not right before the product word
    ("辉瑞公司生产的疫苗已运抵。", "辉瑞公司"),
])
def test_maker_not_right_before_a_product_stays(text, maker):
    assert maker in _surfaces(text)


@pytest.mark.parametrize("text, end, expected", [
    ("辉瑞疫苗获批", 2, True),
    ("科兴新冠疫苗到货", 2, True),
    ("辉瑞表示", 2, False),
    ("某某疫苗公司宣布", 2, False),  # the product word begins a longer name with an ending: a body, read whole
    ("某某疫苗研究所称", 2, False),
])
def test_product_after(text, end, expected):
    assert _product_after(text, end) is expected


# --- 2. an online platform named as the place of posts is no body ---------------------------------------------------

@pytest.mark.parametrize("text, platform", [
    ("在小红书上，和九价相关的笔记超过30万篇。", "小红书"),
    ("小红书上，一个重庆男孩发布笔记。", "小红书"),
    ("视频在海外爆红，还上了新浪微博热搜。", "新浪微博"),
    ("这家医院宣布做妇女节的淘宝直播。", "淘宝"),
    ("理由是违反推特社区规则。", "推特"),
    ("一名医生在推特上发布一段视频。", "推特"),
    ("前几天她上小红书，偶然发现了攻略。", "小红书"),
    ("他每天刷快手到深夜。", "快手"),
])
def test_platform_as_place_is_no_body(text, platform):
    assert platform not in _surfaces(text)


@pytest.mark.parametrize("text, platform", [
    ("罗伯特的账号被推特官方永久冻结。", "推特"),  # the company acting
    ("淘宝回应称，将对涉事店铺进行整改。", "淘宝"),
    ("京东上市以来股价上涨。", "京东"),  # 上市: the firm's act, not the place
    ("拼多多上线了新的功能。", "拼多多"),
    ("可通过美团、饿了么等线上平台预定购买。", "美团"),  # firms listed as platforms that sell
    ("马上京东就宣布了新的措施。", "京东"),  # the 上 of 马上 is no going on the platform
    # (review) nor is the 上 that ends any word with the character before it: a meeting, a time, an addition
    ("在发布会上京东宣布捐赠一亿元。", "京东"),
    ("周一晚上淘宝宣布延长发货期。", "淘宝"),
    ("加上京东的捐赠，总额达十亿元。", "京东"),
    ("以上拼多多的数据显示，销量增长。", "拼多多"),
    ("京东上季度净利润增长。", "京东"),  # (review) the 上 of "last" before a period
    ("京东上个月宣布捐赠。", "京东"),
    ("在京东的支持下，物资当天送达。", "京东"),  # 在 names a body as often
    ("Twitter已经告诉其员工可以居家办公。", "Twitter"),
])
def test_platform_as_company_stays(text, platform):
    assert platform in _surfaces(text)


@pytest.mark.parametrize("text, start, end, expected", [
    ("在小红书上发布", 1, 4, True),
    ("小红书热搜", 0, 3, True),
    ("京东上市", 0, 2, False),
    ("京东表示", 0, 2, False),
    ("她上小红书", 2, 5, True),
    ("线上京东平台", 2, 4, False),
    ("会上京东宣布", 2, 4, False),  # (review) 会上: a meeting, no going on it
    ("晚上淘宝宣布", 2, 4, False),
])
def test_platform_as_place(text, start, end, expected):
    assert _platform_as_place(text, start, end) is expected


# --- 3. an outlet cited as the source of what it quotes ------------------------------------------------------------

@pytest.mark.parametrize("text, outlet", [
    ("据参考消息网援引《华尔街日报》16日的报道称，疫苗已运抵。", "参考消息网"),
    ("据某某新闻网援引外媒报道，当地已解除封控。", "某某新闻网"),
])
def test_outlet_citing_another_is_named(text, outlet):
    assert outlet in _surfaces(text)


@pytest.mark.parametrize("text, not_an_outlet", [
    ("据当地电视台援引消息称，道路已恢复通行。", "当地电视台"),  # a generic outlet, none named
    ("据报道援引专家的话说，风险可控。", "报道"),
])
def test_generic_source_citing_is_no_outlet(text, not_an_outlet):
    assert not_an_outlet not in _surfaces(text)


# --- 4. a stop character inside an ordinary noun of an outlet's name ----------------------------------------------

@pytest.mark.parametrize("text, outlet", [
    ("7月7日，经济参考报发布的报道称，该集团董事长被调查。", "经济参考报"),
    ("据经济参考报报道，当地已开展排查。", "经济参考报"),
])
def test_outlet_with_stop_character_inside_a_noun_is_named(text, outlet):
    assert outlet in _surfaces(text)


@pytest.mark.parametrize("name, expected", [
    ("经济参考报", False),  # 经 begins 经济
    ("对此新京报", True),  # 对 stands alone: the clause runs into the name
    ("据当地报", True),
    ("新京报", False),
])
def test_stops_in_outlet(name, expected):
    assert _stops_in_outlet(name) is expected


def test_clause_word_before_outlet_is_not_read_into_it():
    assert "对此新京报" not in _surfaces("，对此新京报报道称，当地已解除封控。")


@pytest.mark.parametrize("text, body", [
    ("《世界卫生组织新冠疫苗接种指南》指出，老年人应优先接种。", "世界卫生组织"),  # a body's guide, no product
    ("世卫组织疫苗专家组建议加强接种。", "世卫组织"),
])
def test_body_before_a_product_word_stays(text, body):
    assert body in _surfaces(text)


# --- 5. an account named with @ -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, account", [
    ("8月3日，@商丘日报发布某县通告。", "商丘日报"),  # the act after the name is not part of it
    ("@中国消防官微发布视频，细数了危险操作。", "中国消防"),  # nor the channel
    ("1月16日，@广东民声热线节目组收到反馈。", "广东民声热线"),  # nor the team
    ("据@上海发布，根据流行病学调查，新增病例涉及以下场所。", "上海发布"),  # a final 发布 is the account's own
    ("据@人民日报12月16日报道，当地已解除封控。", "人民日报"),  # a date ends the name; @ is no part of it
])
def test_account_named_with_at_is_a_body(text, account):
    assert account in _surfaces(text)


def test_account_recurs_as_the_body():
    assert _surfaces("视频中的危险操作被中国消防点名提醒。@中国消防官微发布视频。").count("中国消防") == 2


@pytest.mark.parametrize("text, handle", [
    ("网友@我爱北京天安门发文称，排队太久。", "我爱北京天安门"),  # a person's account
    ("我是 @无何有之乡 ，希望能在这里分享。", "无何有之乡"),
    ("据@中国女排消息，球队已抵达。", "中国女排"),  # a sports team, no organization
    ("网红@李某某发文道歉。", "李某某"),  # shorter than an account without an outlet's ending
])
def test_person_or_team_account_is_no_body(text, handle):
    assert handle not in _surfaces(text)
    assert handle not in _handle_names(text)


# (review, notes/s20-revorg.md) An @ names people, stars, shows and products as often as bodies: an account without a
# body's mark in its name (a body's or outlet's ending, a place or the nation at its start) is none.
@pytest.mark.parametrize("text, handle", [
    ("@张文宏医生表示，疫情拐点未到。", "张文宏医生"),  # a person with a position
    ("@钟南山院士提醒，要做好防护。", "钟南山院士"),
    ("@欧阳娜娜发文称，已经康复。", "欧阳娜娜"),  # a star's handle: a name of four characters
    ("@老师好我叫何同学发布新视频。", "老师好我叫何同学"),  # a blogger's
    ("@罗翔说刑法发文称，要依法办事。", "罗翔说刑法"),
    ("@王者荣耀官方微博宣布停服。", "王者荣耀"),  # a game's account, no body
    ("@腾讯视频发布片单。", "腾讯视频"),  # a firm's product
    ("@奔跑吧兄弟节目组发文称停拍。", "奔跑吧兄弟"),  # a show's
    ("@北京疾控紧急提醒，注意防护。", "北京疾控紧急"),  # the run goes on into the clause
])
def test_account_without_a_body_mark_is_none(text, handle):
    assert handle not in _surfaces(text)
    assert handle not in _handle_names(text)


@pytest.mark.parametrize("text, handle", [
    ("据@吉林省卫生健康委3月16日通报，新增病例。", "吉林省卫生健康委"),  # a body's ending
    ("8月3日，@商丘日报发布某县通告。", "商丘日报"),  # an outlet's
    ("1月16日，@广东民声热线节目组收到反馈。", "广东民声热线"),  # a place begins it
    ("@北京疾控发布提醒，注意防护。", "北京疾控"),
    ("@中国消防官微发布视频，细数了危险操作。", "中国消防"),  # the nation begins it
    # (a place's news office: its 发布 is its own name whatever follows)
    ("据@上海发布消息，新增病例涉及以下场所。", "上海发布"),
    ("@湖北发布通报称，全省新增病例。", "湖北发布"),
    ("@陕西发布：西安新增病例。", "陕西发布"),
])
def test_account_with_a_body_mark_is_read(text, handle):
    assert handle in _handle_names(text)


@pytest.mark.parametrize("name, start, places, expected", [
    ("上海发布", 0, {}, True),  # an outlet's ending (发布)
    ("吉林省卫生健康委", 0, {}, True),
    ("广东民声热线", 5, {5: 7}, True),  # a place where it begins
    ("中国消防", 0, {}, True),
    ("北京协和医院张医生", 0, {0: 2}, False),  # a person's position ends it, whatever begins it
    ("欧阳娜娜", 0, {}, False),
    ("健康中国", 0, {}, False),  # a place at the end only: no mark
    ("北京疾控紧急", 0, {0: 2}, False),  # the run went on into the clause (紧急提醒): no name known
    ("中国消防今日", 0, {}, False),
])
def test_handle_of_a_body(name, start, places, expected):
    assert _handle_of_a_body(name, start, places) is expected


# --- 6. a place's departments in general, none named -----------------------------------------------------------------

@pytest.mark.parametrize("text, generic", [
    ("12月6日，某市梁园区相关部门一名负责人告诉记者。", "梁园区相关部门"),
    ("要求昆明、保山两地市场监管部门迅速依法调查处置。", "保山两地市场监管部门"),
])
def test_place_departments_in_general_are_no_body(text, generic):
    assert not any(generic in s for s in _surfaces(text))


@pytest.mark.parametrize("text, department", [
    ("呼和浩特市市场监管部门表示，将加强检查。", "呼和浩特市市场监管部门"),
    ("北京市卫生健康部门通报了新增病例。", "北京市卫生健康部门"),
])
def test_a_place_department_named_stays(text, department):
    assert department in _surfaces(text)


# --- (review) a known name whose first character ends a place's name ------------------------------------------------

@pytest.mark.parametrize("text, not_a_body", [
    ("北京东城区新增1例确诊病例。", "京东"),  # 北京|东城区: the place's characters run on
    ("该商场位于上海市南京东路829号。", "京东"),
    ("位于北京东四环的一家医院。", "京东"),
])
def test_known_name_inside_a_place_is_none(text, not_a_body):
    assert not_a_body not in _surfaces(text)


@pytest.mark.parametrize("text, body", [
    ("京东北京总部员工确诊。", "京东"),  # the known name before the place
    ("在北京，京东宣布捐赠。", "京东"),
    ("北京京东世纪贸易有限公司发布声明。", "北京京东世纪贸易有限公司"),  # a place begins the body's name
])
def test_known_name_next_to_a_place_stays(text, body):
    assert body in _surfaces(text)


# --- (review) two module names were one: the kinds in apposition before a country's body ----------------------------

@pytest.mark.parametrize("before, expected", [
    ("跨国企业", True),  # a kind of body in apposition: the foreign body's name begins with the country
    ("金融机构", True),
    ("复星医药", False),  # a firm's short name whose last character only occurs in some kind's word: read whole
    ("上汽集团", False),
])
def test_clause_before_country_reads_the_kinds_in_apposition(before, expected):
    from imcovid.annotate.organizations import _clause_before_country

    assert _clause_before_country(before) is expected
