"""PERSON rules of issue 14's ninth session, second round, each on its own examples (table-driven). The examples are
made up in the style of national and foreign news (invented people), not taken from any gold set nor from the
unannotated posts the error classes were read from: a Japanese name after a position (a listed family name and a
given name of one to three characters), the short titles of a firm's directors (执董, 独董, 董秘), and a dotted name
glued to a noun of a man (流浪汉|西蒙·…)."""

from __future__ import annotations

import pytest

from imcovid.annotate import annotate
from imcovid.annotate.name_reader import read_japanese
from imcovid.annotate.wordlists import word_set


def persons(text):
    return [(m["surface"], m["rule"]) for m in annotate(text, None) if m["type"] == "PERSON"]


@pytest.mark.parametrize("text, expected", [
    ("日本首相佐藤文雄表示，将延长紧急状态。", [("佐藤文雄", "person.after_position")]),
    # a given name that ends in 一 (博一, 健一), before 在
    ("官房长官铃木健一在记者会上说。", [("铃木健一", "person.after_position")]),
    # three given characters ending in 子 or 郎
    ("东京都知事高桥美智子宣布，都内餐馆提前关门。", [("高桥美智子", "person.after_position")]),
    ("厚生劳动大臣长谷川慎太郎表示", [("长谷川慎太郎", "person.after_position")]),
    # the name ends before a frequent word (遇刺, 访华)
    ("日本前首相渡边晋三遇刺身亡。", [("渡边晋三", "person.after_position")]),
    ("舞蹈家菅原小春和女演员松本明美共同表演。",
     [("菅原小春", "person.after_position"), ("松本明美", "person.after_position")]),
    # a date between the name and the verb
    ("日本厚生劳动大臣后藤茂之7日表示", [("后藤茂之", "person.after_position")]),
])
def test_japanese_names_after_a_position(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text, i, expected", [
    ("首相岸田文雄表示", 2, "岸田文雄"),
    # what follows the family name is a verb or a time word, not a given name
    ("首相岸田宣布", 2, None),
    ("首相岸田近日表示", 2, None),
    # a Chinese name at the position: no listed Japanese family name
    ("局长王文雄表示", 2, None),
    # three given characters that do not end in 子, 郎 or 夫: the given name is two of them
    ("首相岸田文雄首次出访", 2, "岸田文雄"),
])
def test_read_japanese(text, i, expected):
    assert read_japanese(text, i) == expected


def test_japanese_family_names_are_no_chinese_surnames_or_frequent_words():
    from imcovid.annotate.lexicon import is_common_word
    names = word_set("surnames_japanese")
    assert all(len(n) >= 2 and not is_common_word(n) for n in names)
    assert not names & word_set("surnames_compound")
    # 小林, 小王: 小 and a frequent Chinese surname is the familiar form of a Chinese name (池 of 小池 is rare)
    assert not any(n.startswith("小") and n[1] in word_set("surnames_single") for n in names - {"小池"})


@pytest.mark.parametrize("text, expected", [
    ("原董事会秘书、现任执董刘强昨日收到调查通知书。", [("刘强", "person.after_position")]),
    ("公司独董陈晓明辞职。", [("陈晓明", "person.after_position")]),
    ("公司董秘张丽华表示，目前经营正常。", [("张丽华", "person.after_position")]),
])
def test_short_titles_of_directors(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("一名流浪汉西蒙·卡特突然将她推下站台。", [("西蒙·卡特", "person.dotted_name")]),
    # 汉斯 (Hans) after a position, a noun of a person or a conjunction keeps its 汉
    ("医生汉斯·卡特表示", [("汉斯·卡特", "person.dotted_name")]),
    ("德国人汉斯·卡特说", [("汉斯·卡特", "person.dotted_name")]),
    ("汉斯·卡特表示", [("汉斯·卡特", "person.dotted_name")]),
])
def test_dotted_name_after_a_noun_of_a_man(text, expected):
    assert persons(text) == expected
