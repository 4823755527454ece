"""PERSON fixes of session 19 after review rev1 (table-driven; invented sentences in the style of business, health,
world and sports news, not taken from any gold set):

- ``person.transliterated_result`` (persons.py, ``_in_a_result``): a transliterated subject before 以 and a number is
  a person only where the number is a result one wins by (a time, a mark, votes) or the sentence holds a word of
  winning or of a competitor; never before a sum, a share, a dose or a span (诺和诺德以1.2万亿美元市值, 帕罗韦德以5天疗程).
- ``person.recurring_transliteration`` for a run standing only twice (uncued.py, ``recurring_min_long``): LAC must read
  a person at both places, no noun of a firm, a body or a place may stand right beside either (资管公司贝莱德 … 贝莱德),
  and one of them must stand in a person's context: a verb of saying or a person's act right after it, a play of a
  ball game or a match's minute in its sentence (顿巴斯 … 顿巴斯 has none)."""

from __future__ import annotations

import pytest

from imcovid.annotate import annotate
from imcovid.annotate.persons import _in_a_result
from imcovid.annotate.uncued import _body_or_place_beside, _person_context


def rules(text):
    return [(m["surface"], m["rule"]) for m in annotate(text, None) if m["type"] == "PERSON"]


def persons(text):
    return [m["surface"] for m in annotate(text, None) if m["type"] == "PERSON"]


@pytest.mark.parametrize("text, expected", [
    # a result unit right after the number: a time, a mark, votes
    ("杰克森以10秒76获得季军。", True),
    ("斯塔克以68米90获得金牌。", True),
    ("科瓦奇以52票当选。", True),
    # no unit of its own, but a word of winning in the sentence
    ("基普桑以2小时05分夺冠。", True),
    ("最终，卡塞罗以3:1胜出。", True),
    # negatives: a sum, a share, a dose, a span, a multiple, even with a word of winning after it
    ("诺和诺德以1.2万亿美元市值成为欧洲市值最高公司。", False),
    ("诺和诺德以1.2万亿美元市值击败对手。", False),
    ("帕罗韦德以5天疗程为一个周期。", False),
    ("纳斯达克以1.2%的涨幅收盘。", False),
    ("莫德纳以3剂接种为主。", False),
    ("诺瓦克以5分钟完成了演讲。", False),
    # negative: a number and nothing of a result
    ("阿斯利康以10个基地扩产。", False),
    ("阿斯利康以10万人的试验为据。", False),
    # negative: a word of winning in another sentence does not count
    ("阿斯利康以3条生产线扩产。另一名选手夺冠。", False),
])
def test_in_a_result(text, expected):
    assert _in_a_result(text, text.index("以") + 1) is expected


@pytest.mark.parametrize("text", [
    # firms and drugs before 以 and a sum or a span (review rev1, item 2)
    "诺和诺德以1.2万亿美元市值成为欧洲市值最高公司。",
    "帕罗韦德以5天疗程为一个周期。",
    "诺和诺德以1.2万亿美元市值击败对手，成为欧洲第一。",
    "吉利德以210亿美元收购了这家公司。",
])
def test_no_result_person_before_a_sum_or_a_span(text):
    assert not [s for s, r in rules(text) if r == "person.transliterated_result"]


@pytest.mark.parametrize("text, expected", [
    ("最终，杰克森以10秒76获得季军。", [("杰克森", "person.transliterated_result")]),
    ("男子铁饼比赛，斯塔克以68米90获得金牌。", [("斯塔克", "person.transliterated_result")]),
])
def test_result_persons_kept(text, expected):
    assert rules(text) == expected


@pytest.mark.parametrize("text, run, expected", [
    ("全球最大资管公司贝莱德表示，贝莱德将继续看好中国市场。", "贝莱德", True),
    ("贝莱德集团表示，贝莱德将继续看好中国市场。", "贝莱德", True),
    ("位于该地区顿巴斯的工厂停产，顿巴斯的局势紧张。", "顿巴斯", True),
    # negatives: a person's run with no such noun beside it (a noun further off does not count)
    ("第15分钟，德赫纳鞭长莫及。第49分钟，德赫纳又一次沦为背景板。", "德赫纳", False),
    ("公司表示，德赫纳将出任顾问。德赫纳表示感谢。", "德赫纳", False),
])
def test_body_or_place_beside(text, run, expected):
    starts = [i for i in range(len(text)) if text.startswith(run, i)]
    assert _body_or_place_beside(text, run, starts) is expected


@pytest.mark.parametrize("text", [
    # a firm named twice, once right after 资管公司 (review rev1, item 3)
    "全球最大资管公司贝莱德表示，贝莱德将继续看好中国市场。",
    "贝莱德集团发布报告，贝莱德认为市场将回暖。",
    # a region named twice, bare: LAC reads a person at both places, but no person's context stands by either
    "顿巴斯此前爆发激烈冲突，顿巴斯的局势持续紧张。",
    "乌克兰东部的顿巴斯此前爆发冲突，顿巴斯的局势持续紧张。",
])
def test_no_recurring_person_for_a_firm_or_a_place_twice(text):
    assert not persons(text)


@pytest.mark.parametrize("text, expected", [
    # players named twice with no cue still are persons (the rule's purpose)
    ("第15分钟，德赫纳鞭长莫及。第49分钟，德赫纳又一次沦为背景板。",
     [("德赫纳", "person.recurring_transliteration"), ("德赫纳", "person.recurrence")]),
    ("第42分钟，维尔特克的射门差之毫厘。第60分钟，维尔特克单刀挑射。",
     [("维尔特克", "person.recurring_transliteration"), ("维尔特克", "person.recurrence")]),
])
def test_recurring_persons_twice_kept(text, expected):
    assert rules(text) == expected


@pytest.mark.parametrize("text, run, expected", [
    # a play of the game or a match's minute in the sentence of one occurrence
    ("第42分钟，维尔特克的射门差之毫厘。维尔特克很失望。", "维尔特克", True),
    ("第15分钟，德赫纳鞭长莫及。德赫纳很失望。", "德赫纳", True),
    # a verb of saying or a person's act right after one occurrence, also after an adverb
    ("德赫纳表示满意。德赫纳的家人也在场。", "德赫纳", True),
    ("德赫纳还表示满意。德赫纳的家人也在场。", "德赫纳", True),
    ("德赫纳曾担任主帅。德赫纳的家人也在场。", "德赫纳", True),
    # negatives: a region or a firm with nothing of a person; a minute that is no match's; a play in another sentence
    ("顿巴斯此前爆发激烈冲突，顿巴斯的局势持续紧张。", "顿巴斯", False),
    ("10分钟后，顿巴斯爆发冲突。顿巴斯的局势紧张。", "顿巴斯", False),
    ("贝莱德发布报告。贝莱德的规模很大。球员射门。", "贝莱德", False),
    # negatives: words of a game used outside one (百分比分析, 胆识过人, 军事禁区, 为企业解围)
    ("顿巴斯的百分比分析显示，顿巴斯有军事禁区。", "顿巴斯", False),
    ("贝莱德胆识过人，为企业解围。贝莱德的规模很大。", "贝莱德", False),
])
def test_person_context(text, run, expected):
    starts = [i for i in range(len(text)) if text.startswith(run, i)]
    assert _person_context(text, run, starts) is expected
