"""PERSON rules of the tenth session, each on its own examples (table-driven). The examples are made up in the style of
company, court and foreign news (invented people), not taken from any gold set nor from the unannotated posts the error
classes were read from: a three-character given name that begins with 向, 为 or 同 (吴向东), 科 inside a transliterated
name (格鲁什科), a transliterated name the text has speak that LAC calls a body after a position, a dotted name after a
position whose first part holds a word (塞巴斯|蒂安), accented Latin glosses and generations (Sébastien, Hicks II), an
adverb between a transliterated speaker and the verb (舍曼|还|称), 坚称 and 重申 as verbs of saying, 新闻秘书 as a
position, a country's press (印媒) and a doubled character (云云) as no names."""

from __future__ import annotations

import pytest

from imcovid.annotate import annotate
from imcovid.annotate import persons as P
from imcovid.annotate.name_reader import read_name, read_unlisted


def persons(text):
    return [(m["surface"], m["rule"]) for m in annotate(text, None) if m["type"] == "PERSON"]


@pytest.mark.parametrize("text, expected", [
    # 向, 为, 同 begin a three-character given name when a given character follows
    ("吴向东表示，公司将继续推进重组。", "吴向东"),
    ("张同兴指出，要加快复工复产。", "张同兴"),
    ("李向阳说，项目已经复工。", "李向阳"),
    # … but end a name before a word (向记者, 为大家, 同他们) and never begin 同志 or 同学
    ("李强向记者介绍，今年以来销量上升。", "李强"),
    ("王同志表示，要做好防控。", None),
])
def test_first_given_characters_that_also_end_names(text, expected):
    assert read_name(text, 0, stop_surname=True) == expected


@pytest.mark.parametrize("text, expected", [
    ("公告显示，吴向东因个人原因辞去总裁职务。吴向东表示，将配合交接。",
     [("吴向东", "person.recurrence"), ("吴向东", "person.clause_start")]),
])
def test_a_name_found_once_is_found_everywhere(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text, i, expected", [
    # 科 inside a run of transliteration (it ends Han names: 科室, 科技)
    ("格鲁什科及副防长", 0, "格鲁什科"),
    ("佩斯科夫回应称", 0, "佩斯科夫"),
    ("斯科特表示", 0, "斯科特"),
    # … not as the run's first character, nor where it begins a frequent word
    ("科员李明表示", 0, None),
    ("科学研判，", 0, None),
])
def test_ke_inside_a_transliteration(text, i, expected):
    assert read_unlisted(text, i) == expected


@pytest.mark.parametrize("text, expected", [
    ("俄罗斯副外长卡拉什科及副防长福明出席。\n卡拉什科表示，会谈是坦率的。",
     [("卡拉什科", "person.after_position"), ("福明", "person.after_position"),
      ("卡拉什科", "person.transliterated_speaker")]),
    ("俄总统新闻秘书别斯科夫回应称，俄方对此担忧。", [("别斯科夫", "person.after_position")]),
])
def test_transliterated_names_after_a_position(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text, name, expected", [
    ("副外长卡拉什科及副防长。\n卡拉什科表示，", "卡拉什科", True),
    ("副外长卡拉什科及副防长。卡拉什科表示，", "卡拉什科", True),
    # not where the name never opens a clause before a verb of saying, nor for a short or a Han name
    ("副外长卡拉什科及副防长出席。", "卡拉什科", False),
    ("局长王建军出席。\n王建军表示，", "王建军", False),
])
def test_speaks_elsewhere(text, name, expected):
    assert P._speaks_elsewhere(text, name) is expected


@pytest.mark.parametrize("text, expected", [
    # after a position, a word inside the first part is a transliteration's syllables
    ("法国国防部长塞巴斯蒂安·勒诺尔（Sébastien Lenoir）发言。",
     [("塞巴斯蒂安·勒诺尔", "person.dotted_name"), ("Sébastien Lenoir", "person.latin_gloss")]),
    ("美国国务卿安东尼·布朗表示，", [("安东尼·布朗", "person.dotted_name")]),
    # … but a word that runs on from the position and is no transliteration is still cut off
    ("部长助理约翰·史密斯出席", [("约翰·史密斯", "person.dotted_name")]),
    # a generation after the family name is part of a Latin gloss
    ("黑人男子查尔斯·韦伯（Charles Webb II）被捕。",
     [("查尔斯·韦伯", "person.dotted_name"), ("Charles Webb II", "person.latin_gloss")]),
])
def test_dotted_names_and_glosses(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an adverb between a transliterated speaker and the verb
    ("会议结束。\n舍尔曼还称，要求不在考虑范围之内。", [("舍尔曼", "person.transliterated_speaker")]),
    ("会议结束。\n奥斯特也表示，美国将继续。", [("奥斯特", "person.transliterated_speaker")]),
    # 坚称 is a verb of saying: the name ends before 坚
    ("会议结束。\n拉姆斯基坚称，“是的。”", [("拉姆斯基", "person.transliterated_speaker")]),
])
def test_transliterated_speakers(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text", [
    "会后。印媒称，双方的问答成了重头戏。",
    "会后。韩媒报道，双方未能达成一致。",
    "他要求“必须开放市场”云云。但随后又改口。",
])
def test_no_names(text):
    assert persons(text) == []


def test_annotator_version():
    assert P.ANNOTATOR.startswith("imcovid-rules/1.") and "imcovid-rules/1." in P.TAGGER_ANNOTATOR


@pytest.mark.parametrize("text, expected", [
    # a foreign name the text repeats with no cue at all
    ("今年是拜顿执政的第一年。当时正在进行认证拜顿胜选的最后一步。以“拯救者”身份上台的拜顿，支持率持续走低。",
     ["拜顿", "拜顿", "拜顿"]),
])
def test_recurring_transliterations(text, expected):
    assert [s for s, r in persons(text) if r in ("person.recurring_transliteration", "person.recurrence")] == expected


@pytest.mark.parametrize("text", [
    # fewer than three times
    "今年是拜顿执政的第一年。以“拯救者”身份上台的拜顿，支持率持续走低。",
    # between quotation marks: a term or a title, not a person (a month of a calendar)
    "正逢印度历“萨万月”。此次的“萨万月”开始于7月。已经取消了今年的“萨万月”集会。",
])
def test_no_recurring_transliteration(text):
    assert not [s for s, r in persons(text) if r == "person.recurring_transliteration"]


@pytest.mark.parametrize("text, expected", [
    # 小 before a transliterated family name names the junior: part of the name
    ("美国前总统布拉什表示，小布拉什在任时曾访华。",
     [("布拉什", "person.after_position"), ("小布拉什", "person.recurrence")]),
    # … not where 小 ends a word with the character before it (从小: since childhood)
    ("他从小布拉什就认识。前总统布拉什表示。", [("布拉什", "person.recurrence"), ("布拉什", "person.after_position")]),
])
def test_juniors(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name whose surname and first given character make a frequent word (万一: "in case"), repeated five times
    ("主角万一宁创立了品牌。万一宁在与朋友交谈时称。万一宁还受邀参加峰会。万一宁也十分擅长营销。"
     "好友都相信万一宁。", 5),
    # … but not when the text holds it fewer times: read_name's refusal stands
    ("主角万一宁创立了品牌。万一宁在与朋友交谈时称。", 0),
])
def test_repeated_names(text, expected):
    assert sum(1 for s, _ in persons(text) if s == "万一宁") == expected


@pytest.mark.parametrize("text, start, end, expected", [
    ("万一宁" * 5, 0, 3, True),
    ("万一宁" * 4, 0, 3, False),
    # its given part is a word, or a character of bodies stands in it
    ("高风险" * 5, 0, 3, False),
    ("卫健委" * 5, 0, 3, False),
])
def test_repeated_name(text, start, end, expected):
    assert P._repeated_name(text, start, end) is expected
