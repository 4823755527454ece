"""ORGANIZATION rules of issue 14's twelfth session, second round (rules 1.12), table-driven, on made-up sentences in
the style of company and tech news (the classes were read from the development posts of real-15 and from unseen
archive posts: firms named at officers' titles, short forms the text defines, lists in brackets after a kind of firm,
a firm's departments). No name here is taken from a gold file."""

from __future__ import annotations

from datetime import date

import pytest

from imcovid.annotate import annotate


def _orgs(text: str) -> list[tuple[str, str]]:
    return [(m["surface"], m["rule"]) for m in annotate(text, date(2022, 5, 1)) if m["type"] == "ORGANIZATION"]


def _surfaces(text: str) -> list[str]:
    return [surface for surface, _ in _orgs(text)]


# A name written before an officer's title or the firm's official voice at two places or more is a firm, wherever it
# recurs (organization.firm_at_cues).
@pytest.mark.parametrize("text, name, count", [
    ("记者获悉，岚舟COO张平已于近日离职。岚舟官方对此未予回应。此前岚舟刚完成一轮融资。", "岚舟", 3),
    ("据悉，云岫科创CEO陈强将兼任董事长。加入云岫科创前，他曾任职于多家外企。", "云岫科创", 2),
    ("记者向墨隼官方求证，墨隼总裁李明表示，墨隼的新品将于下月发布。", "墨隼", 3),
])
def test_a_name_acting_as_a_firm_at_two_cues_is_a_firm(text, name, count):
    assert _surfaces(text).count(name) == count


@pytest.mark.parametrize("text, not_expected", [
    # one cue is not enough: it may be a product's or a person's name
    ("岚舟总裁张平表示，新品将于下月上市。", "岚舟"),
    # a kind of company, not a name
    ("公司CEO表示，公司官方账号将发布公告。", "公司"),
    # a place before the official voice: the place's authorities, no firm
    ("北京官方通报，北京官方表示将加强防控。", "北京"),
    # kinds of people before the cue words that were left out of the list (人士, 员工)
    ("他时常遇到视障、听障人士的求助；再就是像听障人士，确实需要帮助。", "听障"),
    # a span of time after 入职, no firm (入职|不足半年的员工)
    ("不少入职不足半年的员工被裁，入职不足半年的新人也在其中。", "不足半年"),
    # a state body's spokesperson twice: the body found already, no longer name read back from the cue
    ("外交部新闻发言人汪文斌表示，外交部新闻发言人还说。", "外交部新闻"),
    # a kind of firm counted before the title, twice (一|位创业公司|CEO): the endings refused it as a kind
    ("一位创业公司CEO说，另一位创业公司CEO也表示赞同。", "位创业公司"),
    # 官方 as an adjective of a product, not the firm's voice (某某官方|镜像), however often
    ("用户希望获取Dockor官方镜像，Dockor官方镜像等资源也将开放，Dockor官方镜像的下载量很大。", "Dockor"),
    # a count's classifier before a trade and a title, twice (一|位教育行业|CEO)
    ("一位教育行业CEO说，另一位教育行业CEO也认为如此。", "位教育行业"),
    # a title after a title, no firm (联合创始人兼|CEO)
    ("他是联合创始人兼CEO，也是联合创始人兼CEO中最年轻的一位。", "联合创始人兼"),
])
def test_what_is_no_firm_at_cues(text, not_expected):
    assert not_expected not in _surfaces(text)


# A short form the text defines in brackets after a name it found is the body wherever it recurs
# (organization.defined_short_form); the short form must abbreviate the name.
@pytest.mark.parametrize("text, name, count", [
    ("江城理工大学（简称“江理”）今年招生规模扩大，江理的毕业生多进入互联网企业。", "江理", 2),
    ("北京云帆数据科技有限公司（以下简称“云帆数据”）发布公告，云帆数据拟募资5亿元。", "云帆数据", 2),
    ("上海岚峰智能科技有限公司（下称：岚峰智能）成立于2018年。岚峰智能主要生产传感器。", "岚峰智能", 2),
])
def test_a_defined_short_form_is_the_body(text, name, count):
    assert _surfaces(text).count(name) == count


@pytest.mark.parametrize("text, not_expected", [
    # a role defined in brackets, not a short name (公司 is no abbreviation of the name's proper part)
    ("北京云帆数据科技有限公司（以下简称“公司”）发布公告，公司拟募资5亿元。", "公司"),
    # a defined term that does not abbreviate the name before it
    ("北京云帆数据科技有限公司（以下简称“甲方”）与乙方签约，甲方支付首款。", "甲方"),
])
def test_what_is_no_defined_short_form(text, not_expected):
    assert not_expected not in _surfaces(text)


# A list in brackets after a kind of firm, one of whose items is a body found already: every item is a firm
# (organization.bracketed_list).
@pytest.mark.parametrize("text, expected", [
    ("已有四十多家龙头企业（翠岭园、青岚集团、金禾日升等）接入了该平台。", ["翠岭园", "青岚集团", "金禾日升"]),
    # (an item whose head the dictionary tags as a place word, 东方, is still a firm's short name beside a found firm)
    ("多家车企（青岚集团、东方启明等）已经跟进。", ["青岚集团", "东方启明"]),
])
def test_a_bracketed_list_after_a_kind_of_firm_names_firms(text, expected):
    surfaces = _surfaces(text)
    assert all(name in surfaces for name in expected)


@pytest.mark.parametrize("text, not_expected", [
    # kinds of body in the brackets, no names
    ("多家机构（医院、学校等）参与了青岚集团组织的活动。", "医院"),
    # places in the brackets
    ("该公司在多地设有企业（北京、上海、青岚集团等）。", "北京"),
    # no item is a body found already
    ("多家企业（翠岭园、金禾日升等）参与其中。", "翠岭园"),
])
def test_what_is_no_bracketed_list_of_firms(text, not_expected):
    assert not_expected not in _surfaces(text)


# A firm's department named by its function, right after the firm, is a unit of it (organization.sub_unit).
@pytest.mark.parametrize("text, expected", [
    ("此前，青岚集团市场部副总经理王强表示，新品已经售罄。", "青岚集团市场部"),
    ("他曾任腾讯市场部副总经理，后自主创业。", "腾讯市场部"),
    ("华为法务部负责人表示，公司将依法维权。", "华为法务部"),
])
def test_a_firms_department_is_a_unit(text, expected):
    assert expected in _surfaces(text)


def test_a_department_alone_is_no_body():
    # 市场部 with no firm before it: the department of the firm the story is about, no name
    assert _surfaces("该公司市场部负责人表示，新品已经售罄。") == []
