"""PERSON fixes of session 23, helper "per": posts the cue list lacked (委员长, 主委, 助理, 科员, 法定代表人, and
委员长 after a name); a three-character reading that ran on into a figure or a word after it, cut where LAC reads the
first two characters as the person (局长李忠为|136名 → 李忠); a noun and its locative read as a name (贺信中|称,
群内|告知). Invented sentences: regression tests, not evidence."""

from __future__ import annotations

import pytest

from imcovid.annotate import annotate


def persons(text):
    return [m["surface"] for m in annotate(text, None) if m["type"] == "PERSON"]


# 1. Posts of the legislature's standing committee and of the democratic parties, a deputy's and a clerk's post.
@pytest.mark.parametrize("text, expected", [
    ("中共中央政治局常委、全国人大常委会委员长栗战书出席会议。", ["栗战书"]),
    ("全国人大常委会副委员长王东明出席。", ["王东明"]),
    ("市政协副主席、民革市委主委侯四清发言。", ["侯四清"]),
    ("全国政协副主席、民盟中央主委丁仲礼出席。", ["丁仲礼"]),
    ("市政协副主席、民建市委副主委李桂敏发言。", ["李桂敏"]),
    ("管委会新经济发展局局长助理韦伟龙出席。", ["韦伟龙"]),
    ("广西证监局主任科员尹彤介绍情况。", ["尹彤"]),
    ("李克强总理、栗战书委员长将分别会见外宾。", ["李克强", "栗战书"]),
    ("公司成立，法定代表人为黄海飞，注册资本10万元。", ["黄海飞"]),
    ("公司法人代表王明表示，经营正常。", ["王明"]),
    # negative: no name after the legal representative's post
    ("法定代表人为公司负责人。", []),
    # negative: the post with no name after it, or a word of the office after it
    ("人大常委会委员长会议召开。", []),
    ("总经理助理提出，方案可行。", []),
    ("科员们都很忙。", []),
    ("他担任主委以来，工作有序。", []),
    ("全国人大常委会副委员长会议听取报告。", []),
    ("助理研究员参与了实验。", []),
])
def test_posts_of_legislature_parties_and_deputies(text, expected):
    assert persons(text) == expected


# 2. A three-character reading whose last character opens a figure or a word after it: the first two characters,
# where LAC reads them as the person.
@pytest.mark.parametrize("text, expected", [
    ("国家药品监督管理局党组书记、局长李忠为136名检查员颁发证书。", ["李忠"]),
    # negative: a date or a year after the name is the genre's clause (name, date, verb), no sign of a run-on
    ("书记王建和5日表示，各项工作有序推进。", ["王建和"]),
    ("董事长王有为2018年起任职。", ["王有为"]),
    ("深圳同威投资董事长李驰清仓中国平安引发关注。", ["李驰"]),
    ("法院经审理，判处被告人蒋某有期徒刑一年。", ["蒋某"]),
    # negative: LAC reads the whole name before the figure (a given name's last character, not a preposition)
    ("局长张国超带领30名队员出发。", ["张国超"]),
    # negative: the name written elsewhere before other words is the name as written
    ("局长张国超2019年到任，张国超表示。", ["张国超", "张国超"]),
    # negative: neither a figure nor a word of LAC's opens at the last character
    ("党委书记王丽华主持会议。", ["王丽华"]),
    ("市长李明华表示，", ["李明华"]),
    ("华为的二号首长郑宝用、华为轮值董事长出席。", ["郑宝用"]),
])
def test_reading_run_on_into_figure_or_word(text, expected):
    assert persons(text) == expected


# 3. A reading that ends in a locative postposition LAC makes a word of its own: a noun and its locative, no name.
@pytest.mark.parametrize("text, expected", [
    ("国家体育总局冬运中心发来贺信。贺信中称，比赛圆满成功。", []),
    ("学而思老师群内告知家长，因运营调整停课。", []),
    # negative: names that end in a locative's character, which LAC reads whole
    ("书记王中称，要做好工作。", ["王中"]),
    ("主任李建中表示，将加快进度。", ["李建中"]),
    ("省委书记刘国中主持会议并讲话。", ["刘国中"]),
    ("记者 王中 摄", ["王中"]),
])
def test_noun_and_locative_is_no_name(text, expected):
    assert persons(text) == expected


# 4. At a post, LAC's transliterated name not continued by a character of transliteration is whole, whatever verb
# follows it (the reader's check of what follows a name was written for Mongolian names cut inside).
@pytest.mark.parametrize("text, expected", [
    ("2004年雅典奥运会白俄罗斯选手内斯特兰科爆冷夺冠。", ["内斯特兰科"]),
    # negative: a two-character reading keeps the check (司机|额尔|很巴雅尔 is not 额尔)
    ("司机额尔很巴雅尔说。", ["巴雅尔"]),
])
def test_whole_transliteration_at_a_post(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text, start, name, expected", [
    ("选手内斯特兰科爆冷夺冠", 2, "内斯特兰科", True),
    ("选手内斯特兰科", 2, "内斯特兰科", False),      # nothing after it: the usual check decides
    ("司机额尔很巴雅尔", 2, "额尔", False),          # too short
    ("选手内斯特兰夫", 2, "内斯特兰", False),        # 夫 continues the run
    ("书记王建国爆料", 2, "王建国", False),          # not transliterated
    ("专家奥密克戎症状较轻", 2, "奥密克", False),    # a variant's name runs on past the reading
])
def test_whole_transliteration(text, start, name, expected):
    from imcovid.annotate.uncued import _whole_transliteration
    assert _whole_transliteration(text, start, name) is expected


# 5. A name LAC reads with no cue, which the text writes elsewhere only as the head of a firm's full name (two or more
# times): the firm's short form, not a person.
@pytest.mark.parametrize("text, expected", [
    ("高鑫零售有限公司发布年报。高鑫零售有限公司CEO林小海透露，今年高鑫计划将结合不同门店。", ["林小海"]),
    # negative: one such occurrence is no evidence (a false organization may hold a person's name)
    ("公司拟收购刘见、刘良跃持有的股权。公司与刘见、刘良跃就公司收购达成一致。", ["刘见", "刘良跃", "刘见"]),  # (the second inside a false ORG)
])
def test_short_form_of_a_firm_is_no_person(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text, name, start, orgs, expected", [
    ("甲高鑫乙。高鑫零售丙。高鑫零售丁。", "高鑫", 1, frozenset({(5, 9), (11, 15)}), True),
    ("甲高鑫乙。高鑫零售丙。", "高鑫", 1, frozenset({(5, 9)}), False),               # one other occurrence only
    ("甲高鑫乙。高鑫零售丙。高鑫说。", "高鑫", 1, frozenset({(5, 9)}), False),       # written alone elsewhere
    ("甲高鑫乙。高鑫丙。高鑫丁。", "高鑫", 1, frozenset({(5, 7), (9, 11)}), False),  # bodies of exactly the name
])
def test_heads_bodies_elsewhere(text, name, start, orgs, expected):
    from imcovid.annotate.persons import _heads_bodies_elsewhere
    assert _heads_bodies_elsewhere(text, name, start, orgs) is expected
