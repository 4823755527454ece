"""PERSON fixes of session 20, helper "per2": false names that recurrence repeats. A state's name read as a person
(34岁的|阿根廷|球员) was marked again at every later 阿根廷 (15 false mentions in one post read by the reviewer); a
surname that is also a verb and its object after a noun of who (让乘客|戴口罩); a position's 为 read as a copula
where it begins 为何 (女儿为|何服毒). Invented sentences: regression tests, not evidence."""

from __future__ import annotations

import re

import pytest

from imcovid.annotate import annotate
from imcovid.annotate.persons import _AFTER_POSITION, _copula_opens_word, _names_state, _verb_and_object


def persons(text):
    return [m["surface"] for m in annotate(text, None) if m["type"] == "PERSON"]


# 1. A foreign state's name is no person unless a form of address binds it; so it is not repeated either.
@pytest.mark.parametrize("text, expected", [
    ("34岁的阿根廷球员表示不满。阿根廷队昨晚获胜，阿根廷球迷欢呼。", []),
    ("38岁的乍得男子被警方拘留。", []),
    # negative: a name that begins with a state's name but goes on (马里奥), or holds it (no full match)
    ("30岁的马里奥表示很开心。", ["马里奥"]),
    ("英国首相约翰逊表示，", ["约翰逊"]),
    # negative: a credit keeps its name whatever it spells (记者 阿根廷: a pen name in a byline)
    ("记者 阿根廷", ["阿根廷"]),
])
def test_state_is_no_person(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text, start, name, expected", [
    ("34岁的阿根廷球员", 4, "阿根廷", True),
    ("据马里先生介绍", 1, "马里", False),   # a form of address binds it to a person
    ("听马里女士说", 1, "马里", False),
    ("30岁的马里奥表示", 4, "马里奥", False),  # not a state's name
    ("网球选手多米尼克·蒂姆出场。赛后多米尼克表示", 16, "多米尼克", False),  # a dotted name begins with it (Dominic)
    ("多米尼克总理表示", 0, "多米尼克", True),
    ("主任王建国表示", 2, "王建国", False),
])
def test_names_state(text, start, name, expected):
    assert _names_state(text, start, name) is expected


# 2. A surname that is also a verb, then a noun that names seldom hold: a verb and its object, after a noun of who or
# a post alike (a name read at any cue but a credit).
@pytest.mark.parametrize("text, expected", [
    ("地铁工作人员让乘客戴口罩。", []),
    ("航空公司让乘客戴口罩很荒谬。乘客戴口罩是规定。", []),
    ("民警要求游客查证件。", []),
    # negative: a real name with a surname that is a verb (the given characters are frequent in names)
    ("乘客戴明表示车厢很干净。", ["戴明"]),
    ("市民包文军说，", ["包文军"]),
    ("记者戴口罩采访了市民。", []),
])
def test_verb_and_object_after_cue(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("name, expected", [
    ("戴口罩", True),
    ("查证件", True),
    ("戴文华", False),   # 文华 is frequent in names
    ("戴明", False),     # two characters
    ("王口罩", False),   # 王 is no verb of data/person_verb_surnames.txt
    ("关海洋", False),   # 海洋 is tagged a place (ns), not an object noun
])
def test_verb_and_object(name, expected):
    assert _verb_and_object(name) is expected


# 3. A position's 为/是 is no copula where it begins a word (为何) and an ordinary word would be the given part.
@pytest.mark.parametrize("text, expected", [
    ("她不明白女儿为何服毒。", []),
    ("医院问女儿为何服毒百草枯，她没有回答。", []),
    # negative: 何 as a surname after a position, with or without a copula
    ("国务院副总理何立峰出席会议。", ["何立峰"]),
    ("办公室主任何伟表示同意。", ["何伟"]),
    ("本次发布会的发言人为何亚军。", ["何亚军"]),
    ("他的女儿为何某某所害。", ["何某某"]),
    ("本次发布会的发言人为何建华。", ["何建华"]),  # 建华 is a word (nz), but no verb: a given name
    ("本次发布会的发言人为何平安。", ["何平安"]),
    ("他的女儿为王某所害。", ["王某"]),
    ("妻子是何女士。", ["何女士"]),
])
def test_copula_opening_a_word(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("女儿为何服毒", True),
    ("经理是否同意", True),    # 是否: no copula there either (否 is no surname, so no name was read anyway)
    ("女儿为王某", False),     # 为王 is no word
    ("发言人为何亚军", False),  # 亚军 is tagged a name (nr): the copula reading stands
    ("女儿为何某某", False),   # an anonymised name
    ("发言人为何建华", False),  # 建华 is tagged nz, no verb
])
def test_copula_opens_word(text, expected):
    m = _AFTER_POSITION.match(text)
    assert m is not None and re.search("[为是]$", m.group())
    assert _copula_opens_word(text, m) is expected
