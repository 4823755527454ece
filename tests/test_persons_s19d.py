"""PERSON fixes after review rev4 (session 19): a word of direction is a given name (王东方), 台长 is no post inside
电视台|长江 or 平台|长安, an adverb or a post is no appointee (曾|先后|担任, 改由原|总裁|接任), and a person's name before
投资, 资产, 资本 or 创投 stays a person unless an officer's title follows (孙正义|投资公司, but 石锋|资产|董事长).
Invented sentences: regression tests, not evidence."""

from __future__ import annotations

import pytest

from imcovid.annotate import annotate
from imcovid.annotate.persons import _Found, _adverb_or_post, _appointees, _closes_word_before, _heads_firm_name
from imcovid.annotate.uncued import _is_name, _is_place_word


def persons(text):
    return [m["surface"] for m in annotate(text, None) if m["type"] == "PERSON"]


def _spans(rule, text):
    found = _Found(text, [], [])
    rule(found)
    return [text[s:e] for s, e in sorted(found.spans)]


# 4. A word of direction is a given name: the rule of words of place keeps to its short list.
@pytest.mark.parametrize("given, expected", [
    ("海上", True), ("国内", True), ("当地", True), ("之间", True), ("身边", True),
    # negative: words of direction are given names; ordinary given names
    ("东方", False), ("远方", False), ("南方", False), ("北方", False), ("西方", False), ("海涛", False),
])
def test_place_word_is_listed_only(given, expected):
    assert _is_place_word(given) is expected


@pytest.mark.parametrize("name, expected", [
    ("蒋海上", False), ("王国内", False),
    # negative: given names that are words of direction
    ("王东方", True), ("李远方", True), ("赵南方", True), ("张东方", True), ("李北方", True),
])
def test_name_with_a_word_of_direction(name, expected):
    assert _is_name(name) is expected


@pytest.mark.parametrize("text, expected", [
    ("据悉，当天王东方带队检查。", ["王东方"]),
    ("村民赵南方一家。", ["赵南方"]),
    ("前来帮忙的有张东方和李北方。", ["张东方", "李北方"]),
    # negative: the case the rule was written for still gives no name
    ("他们俘获美蒋海上派遣特务3人。", []),
])
def test_direction_given_names_are_read(text, expected):
    assert persons(text) == expected


# 5. 台长 is no post where 台 closes the word before it.
@pytest.mark.parametrize("text, at, expected", [
    ("电视台长江频道", 2, True), ("平台长安汽车", 1, True), ("电台长白山", 1, True), ("舞台长廊", 1, True),
    # negative: a station's head after its station (台台长), a county's station
    ("电视台台长王明", 3, False), ("县台长李明", 1, False),
    # negative: a former head (前|台长), though 前台 is a word
    ("央视前台长杨伟光", 3, False),
])
def test_closes_word_before(text, at, expected):
    assert _closes_word_before(text, at) is expected


@pytest.mark.parametrize("text, expected", [
    ("电视台长江频道报道。", []),
    ("平台长安汽车发布。", []),
    ("电台长白山之声栏目。", []),
    # negative: the post after the station's name keeps its name
    ("中央广播电视总台副台长蒋希明在致辞中表示，要加强合作。", ["蒋希明"]),
    ("市电视台台长王立新表示，节目将改版。", ["王立新"]),
])
def test_station_head_only_as_a_post(text, expected):
    assert persons(text) == expected


# 6. An adverb or a post is no appointee.
@pytest.mark.parametrize("name, expected", [
    ("曾先后", True), ("曾连续", True), ("曾短暂", True), ("原总裁", True), ("董秘", True), ("总经理", True),
    # negative: names
    ("万建国", False), ("蒋璆", False), ("曾国华", False),
])
def test_adverb_or_post(name, expected):
    assert _adverb_or_post(name) is expected


@pytest.mark.parametrize("text, expected", [
    ("他于2019年入职，曾先后担任多个职务。", []),
    ("他，曾连续担任两届委员。", []),
    ("王某，曾短暂担任CEO。", []),
    ("公司称，改由原总裁接任。", []),
    ("公司称，将由董秘接任。", []),
    # negative: names after 由 or at a clause's start are still read
    ("其中，稳健增长基金将由万建国接任。", ["万建国"]),
    ("华安创新由蒋璆接任。", ["蒋璆"]),
    ("今年起，曾国华卸任基金经理。", ["曾国华"]),
])
def test_appointees_are_no_adverbs_or_posts(text, expected):
    assert _spans(_appointees, text) == expected


# 7. An investment trade makes a firm only before an officer's title.
@pytest.mark.parametrize("text, name, expected", [
    ("石岭资产董事长兼总经理郭峰", "石岭", True),
    ("景云资产合伙人高飞", "景云", True),
    ("华泰投资首席投资官李明", "华泰", True),
    # negative: a person's name before the trade word and 公司, an act or a noun
    ("孙正义投资公司也发布了公告", "孙正义", False),
    ("马云投资发布了新计划", "马云", False),
    ("王健林投资启动了新项目", "王健林", False),
    ("史玉柱资本市值大增", "史玉柱", False),
    ("李开复创投宣布完成融资", "李开复", False),
    # negative: the other trades keep the firm's word and act (复星|医药|公告)
    ("复星医药公告称", "复星", True),
])
def test_investment_trade_needs_an_officer(text, name, expected):
    assert _heads_firm_name(text, name, frozenset()) is expected


@pytest.mark.parametrize("text, expected", [
    ("孙正义表示看好中国市场。孙正义投资公司也发布了公告。", ["孙正义", "孙正义"]),
    ("马云表示，公司经营良好。马云投资发布了新计划。", ["马云", "马云"]),
    ("王健林表示，公司经营良好。王健林投资启动了新项目。", ["王健林", "王健林"]),
    # (史玉柱资本 is a firm's name the organizations' tagger reads, organization.brand_trade: the person stays
    # where he speaks)
    ("史玉柱表示，公司经营良好。史玉柱资本市值大增。", ["史玉柱"]),
    # negative: a fund's short name before its officer is still no person
    ("圆桌环节，景云资产合伙人高飞、石岭资产董事长兼总经理郭峰进行了对话。", ["高飞", "郭峰"]),
])
def test_person_before_an_investment_word(text, expected):
    assert persons(text) == expected


def test_version() -> None:
    """Release 24.0.0 raised the PERSON rules to 1.20 (later releases raise them further), in both annotator strings."""
    from imcovid.annotate import persons as P
    from tests.test_persons_s15 import _rules_version
    assert _rules_version(P.ANNOTATOR) == _rules_version(P.TAGGER_ANNOTATOR) >= (1, 20)
