"""Organization classes from the development posts of the session's new blind sets (real-11 to real-13): kinds of
state body that the dictionary lists as institutions are none when bare, and the endings 使馆, 看守所/拘留所, 事务处
and 促进会. Invented sentences in the style of real news (regression tests, not evidence)."""

import pytest

from imcovid.annotate import annotate


def orgs(text):
    return [(m["surface"], m["rule"]) for m in annotate(text, None) if m["type"] == "ORGANIZATION"]


@pytest.mark.parametrize("text", [
    "监察机关移送起诉，人民检察院认为犯罪事实清楚的，可以向人民法院提起公诉。",
    "发展两国友好关系，是该国党和政府坚定不移的立场。",
])
def test_a_bare_kind_of_state_body_is_none(text):
    assert orgs(text) == []


@pytest.mark.parametrize("text, expected", [
    ("岳阳县人民法院作出判决。", [("岳阳县人民法院", "organization.generic_ending")]),
    ("最高人民法院发布典型案例。", [("最高人民法院", "organization.known_name")]),
])
def test_a_named_court_is_still_read(text, expected):
    assert orgs(text) == expected


@pytest.mark.parametrize("text, surface", [
    ("据中国驻法国使馆网站消息，使馆提醒在法中国公民注意安全。", "中国驻法国使馆"),
    ("他于去年从长沙市天心区看守所被释放。", "长沙市天心区看守所"),
    ("经过点票，澳门选举事务处于21日公布结果。", "澳门选举事务处"),
    ("他转入中国国际投资促进会工作。", "中国国际投资促进会"),
])
def test_new_endings(text, surface):
    assert surface in [s for s, _ in orgs(text)]


@pytest.mark.parametrize("text, expected", [
    # 党委 alone names no one body (no level word); a level word does (县委), and so does a body's own 党委.
    ("分别为：陈永奇（党委副书记、组织部部长）、任维（党委常委）。", []),
    ("县委书记在党委会议上说。", [("县委", "organization.generic_ending")]),
    ("国家卫健委党委召开会议。", [("国家卫健委党委", "organization.generic_ending")]),
    # A level as a kind (省级, 省会城市) before a function: a kind of body.
    ("后者是目前全国最年轻的省级党委常委。", []),
    ("由省级政府一把手兼任省会城市党委书记。", []),
])
def test_party_committees_without_a_level_or_owner(text, expected):
    assert orgs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("2018年曾被平顶山市公安机关列为在逃人员。", []),  # the public security organs of a place: a kind of body
    ("平顶山市公安局发布通缉令。", [("平顶山市公安局", "organization.generic_ending")]),
])
def test_public_security_organs_of_a_place(text, expected):
    assert orgs(text) == expected


# An independent review's cases for the list and short-form rules of this session.
@pytest.mark.parametrize("text, absent", [
    ("伊利集团、蒙牛集团、爱心人士、志愿者纷纷捐款捐物。", "爱心人士"),
    ("参与捐赠的有伊利集团、蒙牛集团、鄂尔多斯集团、小区业主和退休老人。", "小区业主"),
    ("国金证券认为，市场将回暖。中国金融市场保持稳定。", "国金"),
])
def test_ordinary_words_beside_firms_are_no_firms(text, absent):
    assert absent not in [s for s, _ in orgs(text)]


@pytest.mark.parametrize("text, present", [
    ("中信证券、海通证券、国泰君安等券商上榜。", "国泰君安"),
    ("富途证券发布公告。富途承担了责任。", "富途"),
])
def test_firms_still_read(text, present):
    assert present in [s for s, _ in orgs(text)]
