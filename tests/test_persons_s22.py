"""PERSON fixes of session 22, helper "per": a brand read as a person where every occurrence stands before a place word
that ends a firm's name (景顺|长城新兴成长, 兰馨|亚洲领投); a conjunction opening a clause glued by LAC to a name the text
names on its own elsewhere (但孙颖莎 → 孙颖莎). Invented sentences: regression tests, not evidence."""

from __future__ import annotations

import pytest

from imcovid.annotate import annotate
from imcovid.annotate.persons import _heads_name_before_place


def persons(text):
    return [m["surface"] for m in annotate(text, None) if m["type"] == "PERSON"]


# 1. A brand before a region at every occurrence: the start of a firm's name, not a person.
@pytest.mark.parametrize("text, expected", [
    ("刘彦春掌管的景顺长城新兴成长是知名公募。", ["刘彦春"]),
    ("教育品牌常青藤爸爸获投资，兰馨亚洲领投、星纳赫资本跟投。", []),
    # negative: a person's name before a word of motion that jieba tags as a place is the person (回国, 回京)
    ("孟晚舟回国。", ["孟晚舟"]),
    # negative: a name that stands elsewhere before an act is the person, whatever stands after it at one place
    ("刘学州三亚。刘学州表示，他很难过。", ["刘学州", "刘学州"]),
    # negative: after a post, the reading is not LAC's and is kept (记者|张伟|北京报道)
    ("新华社记者张伟北京报道", ["张伟"]),
])
def test_brand_before_region_is_no_person(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text, name, expected", [
    ("景顺长城新兴成长", "景顺", True),
    ("兰馨亚洲领投，兰馨亚洲跟投", "兰馨", True),
    ("孟晚舟回国", "孟晚舟", False),        # a motion, not a region
    ("孟晚舟离京", "孟晚舟", False),
    ("张伟北京报道。张伟表示", "张伟", False),  # not at every occurrence
    ("张伟", "张伟", False),                # at the text's end: no word after it
    ("张伟说", "张伟", False),
])
def test_heads_name_before_place(text, name, expected):
    assert _heads_name_before_place(text, name) is expected


# 2. A conjunction opening a clause, glued by LAC to a name found on its own elsewhere: the name without it.
@pytest.mark.parametrize("text, expected", [
    ("凌晨，孙颖莎/王曼昱以3:0完胜。比分反超至9:8。但孙颖莎/王曼昱随即就拿下一分。",
     ["孙颖莎", "王曼昱", "孙颖莎", "王曼昱"]),
    # negative: a person surnamed 但 is still read at a clause's start (但斌), and a name after the conjunction too
    ("但斌表示看好。", ["但斌"]),
    ("但张宁说，", ["张宁"]),
])
def test_conjunction_before_a_found_name(text, expected):
    assert persons(text) == expected
