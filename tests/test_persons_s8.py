"""PERSON rules of issue 14's eighth session, each on its own examples (table-driven). The examples are made up in
the style of foreign news, not taken from any gold set nor from the unannotated posts the error classes were read
from: transliterated names written without dots that the readers cut short or missed (read by LAC, never fitted to
our gold), dotted names whose first part has one character or that run on into an adverb, and names that would begin
inside a country's or end before a foreign state's name."""

from __future__ import annotations

import pytest

from imcovid.annotate import annotate
from imcovid.annotate import persons as P
from imcovid.annotate import uncued


def persons(text):
    return [(m["surface"], m["rule"]) for m in annotate(text, None) if m["type"] == "PERSON"]


@pytest.mark.parametrize("text, expected", [
    # a surname reading stops after two given characters; LAC reads the whole transliterated name
    ("首任总统的顾问叶尔达斯巴耶夫在接受采访时指出。", [("叶尔达斯巴耶夫", "person.after_position")]),
    # LAC's span may take the first character of the word after the name: that character is left out
    ("白俄罗斯总统卢卡申科通电话。", [("卢卡申科", "person.after_position")]),
    # a Chinese name is not lengthened (王世|伟 reads as it did; 伟 is no character of transliteration)
    ("队长王世伟组成了新队。", [("王世伟", "person.after_position")]),
    # a transliterated name after a position may be longer than four characters (LAC's reading here until session
    # 12; since then the reader after a position takes up to seven characters of transliteration, test_persons_s12)
    ("据报道，前总统库尔曼巴耶夫的盟友被捕。", [("库尔曼巴耶夫", "person.after_position")]),
    ("总统办公室顾问波多利亚克表示，谈判陷入僵局。", [("波多利亚克", "person.after_position")]),
    # a transliterated name alone before a verb of saying, where LAC reads a person
    ("“我们准备好了，”乌沙科夫说道。", [("乌沙科夫", "person.transliterated_speaker")]),
    # not a party or a side (美方, 双方, 中方): LAC reads no person there
    ("美方表示，双方表示同意。欧方称，中方说。", []),
    # a dotted name whose first part has one character, after a word (季军, not part of the name)
    ("前冬奥会季军罗·穆尔德参赛。", [("罗·穆尔德", "person.dotted_name")]),
    # an adverb after a dotted name is not its last character
    ("他的侄子萨马特·阿比什很可能接任。", [("萨马特·阿比什", "person.dotted_name")]),
    # no name begins inside a country's name (匈牙|利外交部长)
    ("匈牙利外交部长西雅尔多表示欢迎。", [("西雅尔多", "person.after_position")]),
    # a run LAC reads as a person but the text names as a foreign state or province (…州) is a place
    ("代表团将前往戈梅利谈判，会谈在戈梅利州举行。", []),
    # a Latin gloss after a name found only later in the text (here by the verb of saying) is read too
    ("克里姆林宫助手乌沙科夫（Yury Ushakov）2日透露。“值得注意，”乌沙科夫说道。",
     [("乌沙科夫", "person.recurrence"), ("Yury Ushakov", "person.latin_gloss"),
      ("乌沙科夫", "person.transliterated_speaker")]),
    # after a position, LAC's person stands where jieba's dictionary has the run as a place that is no Chinese
    # division (工作人员|江宁, a district, stays refused: tests/test_rules.py)
    ("俄罗斯总统普京此次来华访问。", [("普京", "person.lac")]),
    # a day of the month after a transliterated name ends it
    # (read at the position since session 10, where 科 may continue a transliteration; LAC read it before)
    ("发言人佩斯科夫7日表示，会谈推迟。", [("佩斯科夫", "person.after_position")]),
])
def test_person_rules_s8(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text, readings, expected", [
    ("主席马西莫夫因病辞职", [(2, "马西莫")], {2: "马西莫夫"}),  # cut short: the next character is of transliteration
    ("主席马西莫因病辞职", [(2, "马西莫")], {}),  # 因 is no further syllable LAC reads into the name
    ("局长王伟出席", [(2, "王伟")], {}),  # not all transliteration: LAC is not asked
])
def test_longer_transliterations(text, readings, expected):
    assert P._longer_transliterations(text, readings) == expected


@pytest.mark.parametrize("name, cued, expected", [
    ("纳扎尔巴耶夫", True, True),  # after a position: a transliterated name of up to seven characters
    ("纳扎尔巴耶夫", False, False),  # without a cue, two to four characters only
    ("林海雪原", True, False),  # four characters not of transliteration stay refused
])
def test_long_transliterated_names_only_at_cues(name, cued, expected):
    assert uncued._is_name(name, cued) == expected
