"""PERSON review of session 23 (helper "revper"): the locative guard (persons._ends_in_locative) refused right names
whose last character LAC takes for a locative (主任李国中|介绍 → LAC's 李国 came in instead; 教练马里内|表示 → no
person). A name LAC reads before the locative, or a transliterated name of three characters or more, is kept
(persons._name_before_locative); a noun and its locative stays refused. Also the three-character cut rule
(persons._lac_cuts_run_on) must keep right three-character names before figures and words. Invented sentences:
regression tests, not evidence."""

from __future__ import annotations

import pytest

from imcovid.annotate import annotate


def persons(text):
    return [m["surface"] for m in annotate(text, None) if m["type"] == "PERSON"]


# The locative guard: a name whose last character is a locative stays whole; a noun and its locative stays refused.
@pytest.mark.parametrize("text, expected", [
    ("主任李国中介绍情况。", ["李国中"]),
    ("教练马里内表示。", ["马里内"]),
    ("书记张卫中在会上强调。", ["张卫中"]),
    ("市长王晓中说，要抓好落实。", ["王晓中"]),
    ("美国顾问加里表示反对。", ["加里"]),
    ("主教练贝里上场前说。", ["贝里"]),
    ("会长王上表示。", ["王上"]),
    # negative: a noun and its locative is no name
    ("冬运中心发来贺信。贺信中称，2月14日，比赛结束。", []),
    ("学而思老师群内告知家长，因运营调整。", []),
    ("市民刘女士在家中说。", ["刘女士"]),
])
def test_locative_guard_keeps_names(text, expected):
    assert persons(text) == expected


# The cut rule keeps right three-character names before a figure or a word (and still cuts a run-on).
@pytest.mark.parametrize("text, expected", [
    ("市卫健委主任李忠民5次深入一线检查。", ["李忠民"]),
    ("总经理王建国2个多小时未离开。", ["王建国"]),
    ("队长张国华30余人参加救援。", ["张国华"]),
    ("局长李忠民带领12名干部下沉社区。", ["李忠民"]),
    ("董事长王建华清点库存。", ["王建华"]),
    ("主任陈国平安排部署。", ["陈国平"]),
    ("经理赵德胜利用周末走访。", ["赵德胜"]),
    ("县委书记李晓明天到任。", ["李晓明"]),
    ("董事长张海洋3次增持。", ["张海洋"]),
    ("局长王振华1000余名干部下沉。", ["王振华"]),
    # the run-on is still cut (session 23's rule)
    ("局长李忠为136名检查员颁发证书。", ["李忠"]),
])
def test_cut_rule_keeps_three_character_names(text, expected):
    assert persons(text) == expected
