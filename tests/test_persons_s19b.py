"""PERSON rules of session 19's second round, each on its own examples (table-driven), with negatives. The examples
are made up in the style of business and public-life news (invented people and firms), not taken from any gold set
nor from the unannotated posts the error classes were read from: a chief officer's post of any function (首席…官),
an investment firm's short name before its officer (…资产|董事长), a surname's character before a word of place
(美蒋|海上), a brand's name after 品牌, a known name's recurrence over a county's short form straddling its end."""

from __future__ import annotations

import pytest

from imcovid.annotate import annotate
from imcovid.annotate.persons import _AFTER_POSITION, _Found, _heads_firm_name, _straddled_by_places
from imcovid.annotate.uncued import _is_name, _is_place_word, after_brand_noun


def persons(text):
    return [m["surface"] for m in annotate(text, None) if m["type"] == "PERSON"]


@pytest.mark.parametrize("text, expected", [
    # a chief officer of a function the list of posts lacks: the name after the post is read at that cue
    ("该集团首席资本运营官刘晓溪与首席量化投资官孙沪军出席了会议。", ["刘晓溪", "孙沪军"]),
    ("某科技公司首席财务官王立新表示，公司收入增长。", ["王立新"]),
    # a Latin name after such a post
    ("新开发银行副总裁兼首席财务官Anna Walker在论坛上表示，要加大投入。", ["Anna Walker"]),
    # negative: a post of the list keeps its reading (首席执行官, 首席专家)
    ("公司首席执行官赵明远表示，业务平稳。", ["赵明远"]),
])
def test_name_after_a_chief_officer(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text, post", [
    ("首席资本运营官刘晓溪", "首席资本运营官"),
    ("首席量化投资官孙沪军", "首席量化投资官"),
    # negative: a listed post that begins with 首席 is read as listed; the frame does not run on into the name
    ("首席专家王官林", "首席专家"),
    # negative: no function between 首席 and 官, or a 的 between them: no chief officer (顾问 is a listed post)
    ("首席官员", None),
    ("首席顾问的官员", "顾问"),
])
def test_chief_officer_frame(text, post):
    m = _AFTER_POSITION.search(text)
    assert (m.group() if m else None) == post


@pytest.mark.parametrize("text, name, expected", [
    # a fund's short name before its trade word and an officer: the fund's, not a person
    ("石岭资产董事长兼总经理郭峰", "石岭", True),
    ("景云资产合伙人高飞", "景云", True),
    ("华泰投资首席投资官李明", "华泰", True),
    # negative: a person who invests (投资 as a verb, no officer or act after it)
    ("张立明投资的公司完成融资", "张立明", False),
    ("王海投资了三家公司", "王海", False),
    # negative: a rich list's person before his assets (资产 and no officer or act after it)
    ("马化腾资产缩水300亿元", "马化腾", False),
])
def test_fund_before_its_officer(text, name, expected):
    assert _heads_firm_name(text, name, frozenset()) is expected


@pytest.mark.parametrize("text, expected", [
    # LAC reads the fund's short name as a person: it is the fund's
    ("圆桌环节，景云资产合伙人高飞、石岭资产董事长兼总经理郭峰进行了对话。", ["高飞", "郭峰"]),
    # negative: a person's name before 投资 as a verb stays a person
    ("张立明投资的公司完成融资，张立明表示很满意。", ["张立明", "张立明"]),
])
def test_fund_names_are_no_persons(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("given, expected", [
    ("海上", True), ("国内", True), ("当地", True), ("之间", True),
    # negative: given names, words of other kinds
    ("明华", False), ("建国", False), ("海涛", False),
])
def test_place_word(given, expected):
    assert _is_place_word(given) is expected


@pytest.mark.parametrize("name, cued, expected", [
    ("蒋海上", False, False),
    ("王国内", False, False),
    # negative: an ordinary given name; after a cue the rule does not apply
    ("蒋海涛", False, True),
    ("蒋海上", True, True),
])
def test_surname_before_a_place_word(name, cued, expected):
    assert _is_name(name, cued) is expected


@pytest.mark.parametrize("text, expected", [
    ("他们俘获美蒋海上派遣特务3人。", []),
    # negative: a name of ordinary given characters is still read
    ("他们俘获美蒋海上派遣特务3人。李海涛表示，战果很大。", ["李海涛"]),
])
def test_no_name_from_a_word_of_place(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text, start, expected", [
    ("宝宝米品牌米小芽在2017年获得投资。", 5, True),
    ("公司的注册商标金小宝已获批准。", 7, True),
    # negative: a post between the brand noun and the name; no brand noun at all
    ("品牌创始人米小雅表示，销量增长。", 5, False),
    ("米小雅表示，销量增长。", 0, False),
])
def test_after_brand_noun(text, start, expected):
    assert after_brand_noun(text, start) is expected


@pytest.mark.parametrize("text, expected", [
    ("宝宝米品牌米小芽在2017年获得投资。", []),
    # negative: the brand's founder, introduced by a post, is a person
    ("品牌创始人米小雅表示，销量增长。", ["米小雅"]),
])
def test_brand_names_are_no_persons(text, expected):
    assert persons(text) == expected


def _found(text, places):
    return _Found(text, places, [])


@pytest.mark.parametrize("text, name, place, expected", [
    # a place that begins at the name's last character and runs past it (李向|东安|全): the name's recurrence wins
    ("党中央和李向东安全进驻", "李向东", "东安", True),
    # negative: a two-character name (王东|胜 could be 东胜区): the place stays
    ("王东胜利返回", "王东", "东胜", False),
    # negative: a place that begins the name (姚安|娜) or lies inside it is not straddling its end
    ("姚安娜出席", "姚安娜", "姚安", False),
    ("李宁海出席", "李宁海", "宁海", False),
    # negative: no place at all (the ordinary test decides)
    ("李向东出席", "李向东", None, False),
])
def test_straddled_by_places(text, name, place, expected):
    start = text.index(name)
    places = [(text.index(place), text.index(place) + len(place))] if place else []
    assert _straddled_by_places(_found(text, places), start, start + len(name)) is expected


def _spans(rule_function, text, places=()):
    found = _found(text, list(places))
    rule_function(found)
    return [text[s:e] for s, e in sorted(found.spans)]


@pytest.mark.parametrize("text, expected", [
    # after 由, before a verb of taking a post
    ("其中，稳健增长基金将由万建国接任。", ["万建国"]),
    ("主教练一职改由刘梦担任。", ["刘梦"]),
    # at a clause's start
    ("今年起，孙立平卸任基金经理。", ["孙立平"]),
    ("。胡晓斌现任投资研究部总监。", ["胡晓斌"]),
    # negative: 由 inside a word (由于|李明), a post or an ordinary word before the verb
    ("由于李明担任组长，工作进展顺利。", []),
    ("该职务由常务副县长担任。", []),
    ("。高管卸任后，公司运转正常。", []),
    # negative: the verb with no 由 and no clause start before the name
    ("公司决定让王立平担任经理。", []),
    # negative: the verb's characters inside other words (表现|任何), or a negation between the name and the verb
    ("他说李明表现任何时候都好。", []),
    ("。王明不再担任总经理。", []),
    # negative: a place or a body after 由
    ("本届比赛由江西担任东道主。", []),
    ("该项工作由党委担任领导。", []),
])
def test_appointees(text, expected):
    from imcovid.annotate.persons import _appointees
    assert _spans(_appointees, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("其中兴业证券王涵团队荣获宏观组奖。", ["王涵"]),
    ("兴业证券张忆东、张启尧团队荣获策略组奖。", ["张忆东", "张启尧"]),
    ("复旦大学张文宏课题组发布了研究报告。", ["张文宏"]),
    # negative: a team named by its trade or its kind, no name before the noun
    ("兴业证券医药生物团队荣获医药生物组奖。", []),
    ("公司研发团队和管理团队都很稳定。", []),
    # negative: the name does not begin inside a word (华安基|金王斌: 基金 is a word)
    ("华安基金王斌团队表现出色。", ["王斌"]),
    # negative: two characters that are no name before the noun (LAC reads no person there)
    ("公司高管团队保持稳定。", []),
    ("现场安保团队已经到位。", []),
    # negative: 团队 across two words (乐团 and 队员)
    ("交响乐团队员演奏了新曲目。", []),
])
def test_team_leaders(text, expected):
    from imcovid.annotate.persons import _team_leaders
    assert _spans(_team_leaders, text) == expected


def test_team_leader_over_a_place_in_the_given_name():
    # 绍兴 is a city: the name before 团队 takes it as its given name
    text = "兴业证券陈绍兴团队荣获银行组奖。"
    assert "陈绍兴" in persons(text)


@pytest.mark.parametrize("text, expected", [
    ("中央广播电视总台副台长蒋希明在致辞中表示，要加强合作。", ["蒋希明"]),
    # negative: 台长 inside a longer word, no name
    ("他站在台长凳上。", []),
])
def test_station_head_post(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text, expected", [
    # two characters after 由 only where LAC reads a person there
    ("华安创新由蒋璆接任。", ["蒋璆"]),
    # negative: 由 and an unnamed post-holder (高管 is not in jieba's dictionary)
    ("该职务由高管担任。", []),
    # negative: a noun's 由 (理由) is not the preposition
    ("他的理由王明担任过组长。", []),
])
def test_two_character_appointees(text, expected):
    from imcovid.annotate.persons import _appointees
    assert _spans(_appointees, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a three-character personal name of jieba's dictionary whose given characters are rare in names: LAC is asked
    ("1.习近平向论坛致贺信；", [2]),
    # negative: a surname and a post the dictionary lists as a name (周总理): the given part is an ordinary word
    ("得到了周总理和公安部的嘉奖。", []),
    # negative: no dictionary name at all
    ("会议在北京举行。", []),
])
def test_dictionary_name_starts(text, expected):
    from imcovid.annotate.uncued import _dictionary_name_starts
    assert _dictionary_name_starts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("1.习近平向2021年大湾区科学论坛致贺信；", ["习近平"]),
    # negative: LAC still decides, and 周总理 is never asked
    ("这次斗争得到了周总理和公安部的嘉奖。", []),
])
def test_dictionary_names_read_by_lac(text, expected):
    assert persons(text) == expected
