"""PERSON rules of session 19, each on its own examples (table-driven). The examples are made up in the style of
foreign and sports news (invented people), not taken from any gold set nor from the unannotated posts the error
classes were read from: a dotted name after an age or a count (37岁|约瑟夫·…, 一名|…), a dotted name whose first part
begins with an ordinary word (安东|尼·… where 安东尼 is a name), police posts of foreign news (州警, 警长) and sports
nouns of a renowned or veteran player (名将, 老将) before a name."""

from __future__ import annotations

import pytest

from imcovid.annotate import annotate
from imcovid.annotate.name_reader import _keeps_known_first_name, dotted_names
from imcovid.annotate.persons import _AFTER_POSITION


def persons(text):
    return [m["surface"] for m in annotate(text, None) if m["type"] == "PERSON"]


@pytest.mark.parametrize("text, expected", [
    # an age right before the name: 岁 is no syllable of a transliteration
    ("当时，37岁约瑟夫·罗特克经历了很多糟心事。", ["约瑟夫·罗特克"]),
    ("去年，52岁玛丽亚·桑切斯在家中遇害。", ["玛丽亚·桑切斯"]),
    # a count right before the name (名 of 一名, 另一名)
    ("他和一名乔治·帕特森的邻居报了警。", ["乔治·帕特森"]),
    # negative: the age and the name after 的 keep working as before
    ("61岁的乔治·帕特森被捕。", ["乔治·帕特森"]),
])
def test_dotted_name_after_an_age_or_a_count(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 安东 is a word (a place), 安东尼 a name of the dictionary: the first part keeps 安东
    ("47岁的安东尼·阿尔多威胁要自杀。", ["安东尼·阿尔多"]),
    ("据报道，安东尼·布朗当天抵达。", ["安东尼·布朗"]),
])
def test_dotted_name_keeps_a_dictionary_first_name(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text, first_dot, cut, expected", [
    # 安东|尼: the cut would leave one character, and 安东尼 is a name: the cut goes before the word
    ("的安东尼·阿多", 4, 3, 1),
    # negative: 季军 and 罗 are no name (季军罗): the cut stays after the word
    ("季军罗·穆尔德", 3, 2, 2),
    # negative: the cut leaves a first part of two characters: nothing changes
    ("官员达瓦·苏伦", 4, 2, 2),
])
def test_keeps_known_first_name(text, first_dot, cut, expected):
    assert _keeps_known_first_name(text, 0, cut, first_dot) == expected


@pytest.mark.parametrize("text, expected", [
    # a foreign police post before a dotted name: the name begins after it
    ("美国宾夕法尼亚州州警杰伊·斯普林在外人眼里是一名称职的警察。", ["杰伊·斯普林"]),
    ("宾夕法尼亚州前警长阿什莉·海伯说，这不符合做法。", ["阿什莉·海伯"]),
    ("另一名州警艾迪·帕根来到农场。", ["艾迪·帕根"]),
])
def test_police_posts_before_a_dotted_name(text, expected):
    assert persons(text) == expected


def test_police_posts_are_positions():
    assert [m.group() for m in _AFTER_POSITION.finditer("州警杰伊")] == ["州警"]
    assert [m.group() for m in _AFTER_POSITION.finditer("前警长阿什")] == ["警长"]
    # negative: no dotted name is read across a police word that runs on into another noun
    assert dotted_names("推行警长制度·改革", _AFTER_POSITION) == []


@pytest.mark.parametrize("text, expected", [
    ("意大利名将方塔丽收获银牌，荷兰老将舒尔特拿到铜牌。", ["方塔丽", "舒尔特"]),
    ("韩国名将金敏静以小组第一晋级。", ["金敏静"]),
    # negative: 名将 and 老将 before no name
    ("这支球队名将辈出。", []),
    ("关键时刻老将出马，稳住了局面。", []),
    ("他是一位享誉世界的名将。", []),
])
def test_renowned_and_veteran_players(text, expected):
    assert persons(text) == expected


def rules(text):
    return [(m["surface"], m["rule"]) for m in annotate(text, None) if m["type"] == "PERSON"]


@pytest.mark.parametrize("text, expected", [
    # a run of three characters or more standing twice, no cue beside it (a match report)
    ("第15分钟，德赫纳鞭长莫及。第49分钟，德赫纳又一次沦为背景板。",
     [("德赫纳", "person.recurring_transliteration"), ("德赫纳", "person.recurrence")]),
    ("第42分钟，维尔特克的射门差之毫厘。第60分钟，维尔特克单刀挑射。",
     [("维尔特克", "person.recurring_transliteration"), ("维尔特克", "person.recurrence")]),
    # the run goes on into a word at two of its three occurrences (卡塞罗|远射, 卡塞罗|成为): still three
    ("上半场，卡塞罗远射破门。第15分钟，卡塞罗抓住机会。卡塞罗成为功臣。",
     [("卡塞罗", "person.recurring_transliteration"), ("卡塞罗", "person.recurrence"),
      ("卡塞罗", "person.recurrence")]),
])
def test_recurring_transliterations_of_a_match_report(text, expected):
    assert rules(text) == expected


@pytest.mark.parametrize("text", [
    # two characters twice: not enough (any two syllables)
    "今年是拜顿执政的第一年。以“拯救者”身份上台的拜顿，支持率持续走低。",
    # a run that opens a dotted name once and stands alone once more: a firm as often as a person
    "巴菲特、伯克希尔、哈撒韦等。伯克希尔·哈撒韦公司表示，年会如期举行。",
    # places twice (words of the dictionary), a drug maker before 的疫苗
    "记者来到鄂尔多斯和包头。鄂尔多斯的街头人流如织。",
    "他在伊斯坦布尔停留。伊斯坦布尔的机场很大。",
    "辉瑞和莫德纳的疫苗。莫德纳表示将扩产。",
])
def test_no_recurring_transliteration_twice(text):
    assert not [s for s, r in rules(text) if r == "person.recurring_transliteration"]


@pytest.mark.parametrize("text, expected", [
    # back from a foreign name over 和 and 、 to the clause's start, where the name recurs (found by a cue later on)
    ("下半场，库拉雷利亚、格罗诺和特罗萨恩连进3球。特罗萨恩表示满意。", ["库拉雷利亚", "格罗诺", "特罗萨恩", "特罗萨恩"]),
    # negative: places before the name (words of the dictionary) are no items of its list
    ("此后，伦敦、巴黎和马克龙会面。马克龙表示。", ["马克龙", "马克龙"]),
    # negative: an item that does not open the clause (访问了|波兰…) is not read back
    ("代表团访问了波兰和匈牙利。匈牙利总理欧尔班表示。", ["欧尔班"]),
])
def test_foreign_items_before_a_name(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a foreign name alone at a clause's start before a result (以 and a number)
    ("最终，杰克森以10秒76获得季军。", [("杰克森", "person.transliterated_result")]),
    ("男子铁饼比赛，斯塔克以68米90获得金牌。", [("斯塔克", "person.transliterated_result")]),
    # negatives: teams, countries, words before the same result
    ("比赛中，中国队以3比0战胜对手。", []),
    ("首轮，美国以3:1领先。", []),
    ("其中，以90后为主。", []),
    ("当晚，拜仁以4比0大胜。", []),
    ("上半场，阿森纳以2比1领先。", []),
    ("此前，伊朗以3比1击败巴林。", []),
    ("另一场，塞尔维亚以2比0取胜。", []),
    ("股市方面，纳斯达克以1.2%的涨幅收盘。", []),
    # negative: 以 before no number is no result
    ("最终，杰克森以较快的成绩晋级。", []),
])
def test_transliterated_results(text, expected):
    assert rules(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the item before a list's last joiner, between two names found there (高兴 is a word the readers refuse)
    ("队员黄常洲、高兴龙和王嘉男参赛。", ["黄常洲", "高兴龙", "王嘉男"]),
    ("队员黄常洲、琼色与王嘉男参赛。", ["黄常洲", "琼色", "王嘉男"]),
    # where the names around it are found only later (LAC's, and their recurrences), and where the item recurs
    ("男子跳远资格赛，中国队派出了黄常洲、高兴龙和王嘉男三人满额参赛。赛后，黄常洲表示发挥正常。高兴龙跳出7米86排名第17，"
     "王嘉男7米81位列第20。", ["黄常洲", "高兴龙", "王嘉男", "黄常洲", "高兴龙", "王嘉男"]),
    # negatives: a place, a body or an ordinary word between the two names
    ("队员黄常洲、北京和王嘉男参赛。", ["黄常洲", "王嘉男"]),
    ("队员黄常洲、医院和王嘉男参赛。", ["黄常洲", "王嘉男"]),
    ("队员黄常洲、新华社和王嘉男参赛。", ["黄常洲", "王嘉男"]),
])
def test_item_before_the_last_joiner(text, expected):
    assert persons(text) == expected
