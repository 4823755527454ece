"""ORGANIZATION fixes of session 19 after the review of the second round (notes/s19-rev5.md), table-driven, on made-up
sentences: whole product names only (腾讯视频; 世卫组织会议 keeps the body), an airline's short form not inside a
longer word (我国|航空), a firm's short form not inside a person's name or before a facility (张|建华, 万达|广场) and
not blocked by a whole word after it (国美|市值), a preposition cut from a community's name only where it is a word of
its own (和平里街道), an app acting as its company (支付宝宣布), no edition as a paired outlet (海外版), 派出的|国家工作组
as a kind, and a group's community as generic (穆斯林社区). Each fix has negative examples."""

from __future__ import annotations

from datetime import date

import pytest

from imcovid.annotate import annotate
from imcovid.annotate.organizations import _after_surname, _apps_acting, _generic_head, _product_name


def _orgs(text: str) -> list[tuple[str, str]]:
    return [(m["surface"], m["rule"]) for m in annotate(text, date(2022, 1, 27)) if m["type"] == "ORGANIZATION"]


def _surfaces(text: str) -> list[str]:
    return [surface for surface, _ in _orgs(text)]


# --- 1. a product's whole name, not a body or outlet before 会议 / 视频 --------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("世卫组织会议上，专家讨论了猴痘疫情。", "世卫组织"),
    ("世卫组织视频会议上，谭德塞发表讲话。", "世卫组织"),
    ("联合国会议通过决议。", "联合国"),
    ("据新华社视频报道，当地已解除封控。", "新华社"),
    ("据央视视频报道，当地已解除封控。", "央视"),
    ("人民日报视频号发布消息。", "人民日报"),
])
def test_body_or_outlet_before_product_word_stays(text, name):
    assert name in _surfaces(text)


@pytest.mark.parametrize("text, firm", [
    ("腾讯会议显示参会人数过多。", "腾讯"),
    ("腾讯视频上线新剧。", "腾讯"),
    ("网易云音乐发布公告。", "网易"),
    ("百度地图显示拥堵。", "百度"),
    ("初期阿里巴巴国际站将筛选100家企业入驻。", "阿里巴巴"),
])
def test_whole_product_name_is_no_firm(text, firm):
    assert firm not in _surfaces(text)


@pytest.mark.parametrize("text, start, name, expected", [
    ("腾讯视频上线", 0, "腾讯", True),
    ("网易云音乐", 0, "网易", True),
    ("世卫组织会议", 0, "世卫组织", False),
    ("新华社视频", 0, "新华社", False),
    ("腾讯新闻", 0, "腾讯", False),
])
def test_product_name(text, start, name, expected):
    assert _product_name(text, start, name) is expected


# --- 2. an airline's short form inside a longer word -----------------------------------------------------------

@pytest.mark.parametrize("text, short", [
    ("国航CA1234航班备降。我国航空运输业受到冲击。", "国航"),
    ("国航CA1234航班备降。中国航天员在轨工作。", "国航"),
    ("海航HU7186航班延误，上海航班量大幅下降。", "海航"),
    ("东航MU5401抵达后，广东航运企业复工。", "东航"),
    ("川航3U8633备降。四川航运企业复工。", "川航"),
])
def test_airline_short_form_not_recurring_inside_a_word(text, short):
    assert _orgs(text) == [(short, "organization.airline_flight")]


@pytest.mark.parametrize("text", [
    "东航MU5735航班失事。东航表示正在核实。",
    "国航CA1234航班备降，国航已安排旅客改签。",
])
def test_airline_short_form_still_recurs(text):
    assert "organization.recurrence" in [rule for _, rule in _orgs(text)]


# --- 3. a firm's short form inside a person's name or before a facility ----------------------------------------

@pytest.mark.parametrize("text, short", [
    ("建华集团宣布捐款。张建华说。", "建华"),
    ("红星集团宣布捐款。志愿者王红星表示感谢。", "红星"),
    ("永辉集团宣布捐款。王永辉表示。", "永辉"),
    ("万达集团宣布捐款。万达广场暂停营业。", "万达"),
    ("万达集团宣布捐款。万达影城暂停营业。", "万达"),
])
def test_short_form_not_in_person_or_facility(text, short):
    assert (short, "organization.short_form") not in _orgs(text)


@pytest.mark.parametrize("text, short", [
    ("国美集团发布公告。国美员工已返岗。", "国美"),
    ("万达集团宣布捐款。万达表示将继续支持。", "万达"),
    ("永辉集团发布公告。旗下永辉门店照常营业。", "永辉"),
    ("建华集团宣布捐款。与建华合作的企业也参与了。", "建华"),
])
def test_short_form_still_recurs(text, short):
    assert (short, "organization.short_form") in _orgs(text)


@pytest.mark.parametrize("text, i, expected", [
    ("张建华说", 1, True),
    ("志愿者王红星", 4, True),
    ("旗下国美", 2, False),   # (旗下 is a word: 下 is not a surname here)
    ("与建华合作", 1, False),  # (与 a preposition)
    ("和建华合作", 1, False),  # (和, a surname too, is a stop character)
    ("建华", 0, False),
])
def test_after_surname(text, i, expected):
    assert _after_surname(text, i) is expected


# --- 8. a one-character kind of place that begins a whole word --------------------------------------------------

@pytest.mark.parametrize("text", [
    "国美集团发布公告。国美市值大幅缩水。",
    "国美集团发布公告。国美市场份额下降。",
    "国美集团发布公告。国美区域门店关闭。",
])
def test_short_form_before_a_word_beginning_with_a_kind(text):
    assert ("国美", "organization.short_form") in _orgs(text)


@pytest.mark.parametrize("text", [
    "国美集团发布公告。新华路和国美小区封控。",
    "国美集团发布公告。国美村实行封控。",
    "国美集团发布公告。国美市民反映情况。",
])
def test_short_form_before_a_kind_of_place_stays_out(text):
    assert ("国美", "organization.short_form") not in _orgs(text)


# --- 4. a preposition cut from a community's name only where it is a word of its own ------------------------------

@pytest.mark.parametrize("text, name", [
    ("和平里街道办事处发布通知。", "和平里街道办事处"),
    ("约谈和平里街道党工委书记。", "和平里街道党工委"),
    ("经和平里街道办事处核实，情况属实。", "和平里街道办事处"),
    ("将军庙村村委会组织核酸检测。", "将军庙村村委会"),
])
def test_name_beginning_with_a_preposition_stays_whole(text, name):
    assert name in _surfaces(text)


@pytest.mark.parametrize("text, name", [
    ("给予新华街道办事处通报批评。", "新华街道办事处"),
    ("约谈新华街道党工委书记。", "新华街道党工委"),
    ("对东兴社区居委会进行督导。", "东兴社区居委会"),
])
def test_verb_or_preposition_still_cut(text, name):
    assert name in _surfaces(text)


# --- 5. an app acting as its company ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("支付宝宣布组织架构调整。", "支付宝"),
    ("此次，支付宝宣布发起的\"智慧菜场计划\"，设立总额为500万元的创新基金。", "支付宝"),
    ("微信支付回应称，系统已恢复。", "微信支付"),
    ("蚂蚁集团旗下支付宝宣布推出新功能。", "支付宝"),
    ("支付宝表示，将继续投入。", "支付宝"),
])
def test_app_acting_as_company(text, name):
    assert (name, "organization.app_acting") in _orgs(text)


@pytest.mark.parametrize("text", [
    "市民可以用支付宝扫码登记。",
    "打开支付宝健康码查看。",
    "通过微信支付缴费，支付宝也可以。",
    "支付宝称号不是一个词。",
    "支付宝未回应此事。",
    "记者联系支付宝，对方表示正在核实。",
])
def test_app_used_is_no_body(text):
    assert not any(rule == "organization.app_acting" for _, rule in _orgs(text))
    assert _apps_acting(text) == []


# --- 6. an edition or kind of reporter after the slash ----------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("人民日报/海外版记者王某报道。", "海外版"),
    ("南方日报 / 融媒体记者 李某。", "融媒体"),
    ("央视新闻 / 全媒体记者张三。", "全媒体"),
])
def test_edition_or_kind_is_no_paired_outlet(text, word):
    assert word not in _surfaces(text)


def test_paired_outlet_still_found():
    assert ("紫牛新闻", "organization.paired_outlet") in _orgs("扬子晚报 / 紫牛新闻记者寻求帮助。")


# --- 7. the state's team sent, with or without 的 -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "国家卫健委派出的国家工作组抵达吉林。",
    "国家卫健委派出国家工作组赴吉林。",
    "国家卫健委派出了国家工作组。",
])
def test_team_sent_is_a_kind(text):
    assert "国家工作组" not in _surfaces(text)


@pytest.mark.parametrize("text", [
    "在国家工作组指导下开展工作。",
    "国家工作组表示，疫情总体可控。",
])
def test_team_that_guides_or_speaks_is_a_body(text):
    assert "国家工作组" in _surfaces(text)


# --- 9. a group's community -------------------------------------------------------------------------------------

@pytest.mark.parametrize("township, generic", [
    ("穆斯林社区", True),
    ("犹太社区", True),
    ("华人社区", True),
    ("和平社区", False),
    ("新华街道", False),
])
def test_generic_head_group_words(township, generic):
    assert _generic_head(township) is generic


def test_group_community_body_is_no_name():
    assert _surfaces("穆斯林社区委员会发布声明。") == []
    assert _surfaces("和平社区居委会发布通知。") == ["和平社区居委会"]


@pytest.mark.parametrize("text, expected", [
    ("阿里巴巴集团签订协议，阿里巴巴国际站将筛选企业。", []),
    ("阿里巴巴集团签订协议，阿里巴巴表示将继续投入。", ["阿里巴巴"]),
])
def test_short_form_not_inside_a_product_name(text, expected):
    assert [s for s, rule in _orgs(text) if s == "阿里巴巴"] == expected
