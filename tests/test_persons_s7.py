"""PERSON rules of issue 14's seventh session, each on its own examples (table-driven). The examples are made up in
the style of the news, not taken from any gold set: LAC read from more name starts, with the guards that keep what
it reads there from being words, places or terms; names between names of a list; a recurrence spelt across two
words."""

from __future__ import annotations

import pytest

from imcovid.annotate import annotate
from imcovid.annotate import uncued


def persons(text):
    return [(m["surface"], m["rule"]) for m in annotate(text, None) if m["type"] == "PERSON"]


def free(start, end):
    return False


@pytest.mark.parametrize("text, expected", [
    # a name no cue introduces whose given character is less frequent in names (岸 1,337 in ngender's register)
    ("说起当年，郑岸平脑海中浮现出那段日子。", [("郑岸平", "person.lac")]),
    # an item between two names of a list is a name, whatever it is written in
    ("周立新、格列、张永平等部领导参加。",
     [("周立新", "person.lac"), ("格列", "person.between_names"), ("张永平", "person.lac")]),
    # a list does not go on over townships and villages
    ("副镇长李华、赵庄乡、钱村镇负责人参会。", [("李华", "person.after_position")]),
    # a particle after a position begins no name
    ("他宣布退出首相之争。", []),
    # the last character of an occupation is not the first of a dotted name
    ("英国政治评论家安德鲁·马尔说，很难。", [("安德鲁·马尔", "person.dotted_name")]),
    # a found name spelt again across two words is not a recurrence (提高|明显)
    ("记者高明报道。经济提高明显，高明说。", [("高明", "person.after_position"), ("高明", "person.clause_start")]),
    # a term that LAC cuts short the same way at every occurrence is no name
    ("乌兰牧骑演出。乌兰牧骑来了。", []),
    # what opens a clause before a verb of saying and LAC calls a place or a body is no name (白宫 LOC); a person
    # there stays one
    ("白宫表示，将延长紧急状态。", []),
    ("钟南山表示，疫情总体可控。", [("钟南山", "person.clause_start")]),
    # after a position where the readers find no name (a surname they do not list: 禤, 禚), LAC reads from the cue;
    # not where a verb follows the position (记者|了解到), nor a word of a place (工作人员|江宁)
    ("副县长禤明出席会议。", [("禤明", "person.lac")]),
    ("副市长禚立军出席并讲话。", [("禚立军", "person.lac")]),
    ("记者了解到，医院已扩容。", []),
])
def test_person_rules_s7(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text, starts", [
    ("，郑岸平说", [1]),  # after a boundary: a subject can begin there
    ("是郑岸平", [1]),  # after a copula
    ("开展检测郑岸平", []),  # inside a run of words, a rarer given character is no start
    ("高风险", []),  # 风 begins a frequent word (风险)
    ("检测王明", [2]),  # a given character frequent in names is a start anywhere
])
def test_rarer_given_characters_start_names_only_where_a_subject_begins(text, starts):
    assert uncued.name_starts(text, free) == starts


@pytest.mark.parametrize("text, start, expected", [
    ("巴特尔", 1, True),  # 巴特尔 is a name part that runs over the start
    ("王巴特尔", 1, False),  # a part that begins at the start
])
def test_inside_name_part(text, start, expected):
    assert uncued.inside_name_part(text, start) is expected


@pytest.mark.parametrize("text, name, expected", [
    ("乌兰牧骑演出。乌兰牧骑来了。", "乌兰牧", True),
    ("王明说。王明说了。", "王明", False),  # a verb of saying ends names
    ("王明来了。王明走了。", "王明", False),  # different characters follow
    ("王明来了。", "王明", False),  # one occurrence says nothing
])
def test_always_cut_from_word(text, name, expected):
    assert uncued.always_cut_from_word(text, name) is expected


@pytest.mark.parametrize("text, start, end, expected", [
    ("王家镇、李七乡、赵庄村", 4, 7, True),  # listed with townships and villages
    ("王明、李七乡、赵华", 3, 6, False),
])
def test_listed_with_places(text, start, end, expected):
    assert uncued.listed_with_words(text, start, end) is expected


def test_a_house_number_after_an_uncued_name_is_an_address(monkeypatch):
    monkeypatch.setattr(uncued, "person_spans", lambda pieces: [[(0, 3)] if p.startswith("李") else []
                                                                 for p in pieces])
    # (LAC, controlled: every window that starts with 李 "is" a person)
    assert uncued.find_uncued("，李明坡12号院。", free, set(), set()) == []
    assert uncued.find_uncued("，李明坡来了。", free, set(), set()) == [(1, "李明坡")]


def test_empty_pieces_and_spans_get_no_tags():
    # (the encoder aborts the whole process on a zero-length row)
    from imcovid.annotate.tagger import person_spans, word_type_at
    assert person_spans(["", ""]) == [[], []]
    assert word_type_at("", 0, 0) is None and word_type_at("王明表示", 2, 9) is None
