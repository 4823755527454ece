"""PERSON fixes of session 21, helper "per": a Latin-script name with initials written together or a Mac before a
capital (David W.C. MacMillan: missed after its post); a conjunction and an adverb at a clause's start read as a
surname and a given name (但再|说, 但别光|说); a string the readers at a cue refuse as a name read by LAC with no cue
(严正|交涉); a list's last item of two characters before 等 and a count of people (、严刚|等30人). Invented sentences: regression tests, not evidence."""

from __future__ import annotations

import pytest

from imcovid.annotate import annotate
from imcovid.annotate.persons import _never_a_name, _people_counted_after, _predicate_after_conjunction


def persons(text):
    return [m["surface"] for m in annotate(text, None) if m["type"] == "PERSON"]


# 1. Initials written together, and Mac before a capital, inside a Latin-script name after a post.
@pytest.mark.parametrize("text, expected", [
    ("美国科学家David W.C. MacMillan获奖。", ["David W.C. MacMillan"]),
    ("美国前总统George H.W. Bush表示，", ["George H.W. Bush"]),
    ("美国总统Douglas MacArthur表示，", ["Douglas MacArthur"]),
    # the family name alone later on is the same person
    ("美国科学家David W.C. MacMillan获奖。MacMillan表示，", ["David W.C. MacMillan", "MacMillan"]),
    # (a single initial, as before)
    ("执行副总裁Sandra L. Rivera表示，", ["Sandra L. Rivera"]),
    # negative: Mac followed by a lowercase letter is an ordinary word of the name (Macron), as before
    ("法国总统Emmanuel Macron表示，", ["Emmanuel Macron"]),
    # negative: initials alone before a word are no name (a body's English name)
    ("主席U.S. Steel表示，", []),
    ("记者 The Verge", []),
])
def test_latin_names_with_initials_and_mac(text, expected):
    assert persons(text) == expected


# 2. A conjunction at a clause's start, then an adverb or a modal: no surname and given name.
@pytest.mark.parametrize("text, expected", [
    ("但再说一次，这是真的。", []),
    ("但别光说不练。", []),
    ("这很难，但也说明问题。", []),
    ("但刚说完就走了。", []),
    # negative: a name after the conjunction, or a name whose surname is 但, is still read
    ("但张宁说，", ["张宁"]),
    ("而王刚说，", ["王刚"]),
    ("但斌表示看好。", ["但斌"]),
    ("但曾庆红说，", ["曾庆红"]),  # (曾, an adverb of the list, is a surname after the conjunction)
])
def test_conjunction_and_predicate_is_no_name(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text, start, expected", [
    ("但再说一次", 0, True),
    ("而也是", 0, True),
    ("并已经", 0, True),
    ("但别光说", 0, True),
    ("但斌说", 0, False),    # a given character, not an adverb
    ("但其表示", 0, False),  # a pronoun: the subjects' rule, not this one
    ("再说", 0, False),      # no conjunction at start
    ("但", 0, False),        # the text ends
])
def test_predicate_after_conjunction(text, start, expected):
    assert _predicate_after_conjunction(text, start) is expected


# 3. LAC's readings are refused where the readers at a cue refuse them (data/person_not_names.txt), and 严正
# (data/person_lac_not_names.txt), on the LAC path only.
@pytest.mark.parametrize("text, expected", [
    ("外交部就此向日方提出严正交涉。", []),
    ("阐明中方严正立场，", []),
    # negative: a name that begins with the word is still read, at a cue or at a clause's start
    ("市长严正明表示，", ["严正明"]),
    ("严正明表示，", ["严正明"]),
    ("外交部发言人汪文斌表示，", ["汪文斌"]),
])
def test_lac_reading_of_a_not_name(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("name, expected", [("严正", True), ("老师", True), ("严正明", False), ("汪文斌", False)])
def test_never_a_name(name, expected):
    assert _never_a_name(name) is expected


# 4. A list's last item of two characters before 等 and a count of people is a name, as the list's other items are.
@pytest.mark.parametrize("text, expected", [
    ("姚柏良、邱达根、廖长江、严刚等30人当选新一届委员。", ["姚柏良", "邱达根", "廖长江", "严刚"]),
    ("市长王建国、李明等3名领导出席。", ["王建国", "李明"]),
    # negative: a list of places or firms, or a bare 等, adds no two-character item
    ("市长王建国、城市等多位代表出席。", ["王建国"]),
    ("市长张伟、北京等多家企业出席。", ["张伟"]),
    ("市长王建国、李明等单位负责人出席。", ["王建国"]),
])
def test_last_item_before_people_counted(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text, end, expected", [
    ("严刚等30人", 2, True),
    ("李明等3名领导", 2, True),
    ("黄安等多位艺人", 2, True),
    ("张伟等人", 2, True),
    ("李明等单位", 2, False),
    ("华为等多家企业", 2, False),
    ("李明等", 2, False),
])
def test_people_counted_after(text, end, expected):
    assert _people_counted_after(text, end) is expected
