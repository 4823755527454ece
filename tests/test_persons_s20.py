"""PERSON fixes of session 20 (helper "per"), from posts read in /work/s20read/per (batch A) and development errors:
a dotted name does not take the preposition of a cause that opens after it (吉津杜·乌贾|因涉嫌), and the character
before a form of address is no surname where it is said twice (谢谢|医生), is the 连 of "even" (连|老师都) or follows
小/老 of a familiar name (小燕|女士). Invented sentences: regression tests, not evidence.

Review (helper "revper"): the cut before 因 in a dotted name needs a sign of the cause (因因, 因…而/被/遭, the last part
without 因 written elsewhere) and no transliteration after 因 (约翰·克莱因|担任 and 乔恩·克莱因伯格 were cut to …·克莱);
小/老 ending a word of the dictionary, however rare, make no familiar name (村小|王老师)."""

from __future__ import annotations

import pytest

from imcovid.annotate import annotate
from imcovid.annotate.name_reader import _before_cause_in_dotted, read_at_cue
from imcovid.annotate.persons import _no_surname_before_address


def persons(text):
    return [m["surface"] for m in annotate(text, None) if m["type"] == "PERSON"]


# 1. A dotted name ends before the preposition of a cause that opens right after it.
@pytest.mark.parametrize("text, expected", [
    ("东京奥运会接力赛银牌得主英国队成员吉津杜·乌贾因涉嫌使用兴奋剂而被停赛。", ["吉津杜·乌贾"]),
    ("后卫罗伯特·克莱因因伤缺阵两周。", ["罗伯特·克莱因"]),
    ("前锋马克·约翰逊因违反队规被罚款。", ["马克·约翰逊"]),
    # negative: 因 is the name's own syllable (a name of the dictionary), or no cause opens after it
    ("前总统萨达姆·侯赛因执政时期的政策。", ["萨达姆·侯赛因"]),
    ("外长阿卜杜拉·本·侯赛因表示欢迎。", ["阿卜杜拉·本·侯赛因"]),
    ("物理学家阿尔伯特·爱因斯坦提出相对论。", ["阿尔伯特·爱因斯坦"]),
    ("球员卢卡·克莱因因此被罚。", ["卢卡·克莱因"]),
    ("英国首相鲍里斯·约翰逊表示，", ["鲍里斯·约翰逊"]),
    # negative: the text writes the last part with 因 whole elsewhere, where a name ends (克莱因表示)
    ("前官员罗伯特·克莱因涉嫌受贿。克莱因表示不认罪。", ["罗伯特·克莱因", "克莱因"]),
    # negative (review): a verb after a name ending in the syllable 因 opens no cause (Klein, no sign of a cause)
    ("美国经济学家约翰·克莱因担任顾问。", ["约翰·克莱因"]),
    ("球员马克·克莱因获得冠军。", ["马克·克莱因"]),
    # negative (review): 被 and 而 begin a noun or a conjunction there, no result of a cause (被告, 而是)
    ("律师约翰·克莱因担任被告的代理人。", ["约翰·克莱因"]),
    ("学者约翰·克莱因不是医生而是律师。", ["约翰·克莱因"]),
    # negative (review): 因 inside the last part (Kleinberg), with or without a cause after the name
    ("美国学者乔恩·克莱因伯格日前发表论文。", ["乔恩·克莱因伯格"]),
    ("球员乔恩·克莱因伯格因涉嫌违规而被禁赛。", ["乔恩·克莱因伯格"]),
    # the cut where the text writes the last part without 因 elsewhere (乌贾与队友)
    ("银牌得主英国队成员吉津杜·乌贾因涉嫌使用兴奋剂。乌贾与队友一起获奖。", ["吉津杜·乌贾", "乌贾"]),
])
def test_dotted_name_before_a_cause(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text, last_dot, end, expected", [
    ("吉津杜·乌贾因涉嫌而被停赛", 3, 7, 6),
    ("吉津杜·乌贾因涉嫌。乌贾与队友", 3, 7, 6),
    # negative (review): no sign of a cause (因…而/被/遭, 因因, the part without 因 elsewhere), so 因 is a syllable
    ("吉津杜·乌贾因涉嫌", 3, 7, 7),
    ("约翰·克莱因担任顾问", 2, 6, 6),
    # negative (review): a transliteration goes on after 因 (克莱因伯格, Kleinberg), though a cause follows
    ("乔恩·克莱因伯格因涉嫌违规而被禁赛", 2, 9, 8),
    # negative: a last part of one character before 因; 侯赛因 is a name of the dictionary; 因此 is a word
    ("约翰·乌因涉嫌", 2, 5, 5),
    ("萨达姆·侯赛因执政", 3, 7, 7),
    ("卢卡·克莱因因此", 2, 6, 6),
])
def test_before_cause_in_dotted(text, last_dot, end, expected):
    assert _before_cause_in_dotted(text, last_dot, end) == expected


# 2. The character before a form of address is no surname where it is said twice, means "even" or follows 小/老.
@pytest.mark.parametrize("text, expected", [
    ("接受采访时，获救女孩说谢谢医生为我熬了好几个大夜。", []),
    ("可见事情的确过于严重，连老师都不得不特地用这种方式。", []),
    ("就连医生也说不清病因。", []),
    ("5月3日，广东佛山小燕女士在外卖平台点了两杯奶茶。", []),
    # negative: a surname before the form of address, after a noun of who, a post or a word that ends before it
    ("市民王女士说，", ["王女士"]),
    ("谢谢王老师的帮助。", ["王老师"]),
    ("记者联系到连女士，", ["连女士"]),
    ("连女士也表示，", ["连女士"]),
    ("患者谢女士说，", ["谢女士"]),
    ("律师谢先生表示，", ["谢先生"]),
    ("她从小王女士那里听说了。", ["王女士"]),
    # negative (review): 小 ends a word of the dictionary that is no frequent word (村小, 实小: a village's, a school's)
    ("村小王老师每天步行上班。", ["王老师"]),
    ("实小李老师介绍，", ["李老师"]),
])
def test_no_surname_before_address(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text, start, end, expected", [
    ("谢谢医生", 1, 4, True), ("连老师都", 0, 3, True), ("就连医生也", 1, 4, True), ("小燕女士", 1, 4, True),
    ("老李师傅", 1, 4, True),
    # negative: 连 as a surname (no 都 after it, no 就 before it); 从小 is a word, so 王 is a surname there
    ("连女士也", 0, 3, False), ("谢女士", 0, 3, False), ("从小王女士", 2, 5, False), ("王老师", 0, 3, False),
])
def test_no_surname_before_address_helper(text, start, end, expected):
    assert _no_surname_before_address(text, start, end) is expected


# 3. A one-character adverb that is no surname begins no reading after a post (代表|更高等级: 代表 represents).
@pytest.mark.parametrize("text, expected", [
    ("紫色之后会用什么颜色代表更高等级的疫情形势。", []),
    ("委员会代表更多地参与了讨论。", []),
    # negative: names after posts, a surname that is also an adverb (曾), a transliteration, Mongolian parts
    ("首相约翰逊表示，", ["约翰逊"]),
    ("主任曾光表示，", ["曾光"]),
    ("盟长巴特尔表示，", ["巴特尔"]),
    ("总统拜登表示，", ["拜登"]),
    ("人大代表王建国说，", ["王建国"]),
])
def test_adverb_begins_no_reading_after_post(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("更高等级", None), ("也在现场", None), ("仍坚持", None),
    # negative: a surname (曾), a Han name, a transliteration
    ("曾光表示", "曾光"), ("王建国说", "王建国"), ("约翰逊表示", "约翰逊"),
])
def test_read_at_cue_refuses_adverb(text, expected):
    assert read_at_cue(text, 0) == expected


# 4. A dotted name in quotation marks before 号 is a ship named after a person (“格特曼·萨盖达奇内”号).
@pytest.mark.parametrize("text, expected", [
    ("当地时间3月3日，乌克兰海军旗舰“格特曼·萨盖达奇内”号已被击沉。", []),
    ("“约翰·肯尼迪”号航母驶离港口。", []),
    # negative: 号召 and 号称 are verbs after a quoted name; a name before a verb of saying; a quoted name at the end
    ("“安东尼·布林肯”号召各方保持克制。", ["安东尼·布林肯"]),
    ("国务卿安东尼·布林肯表示，", ["安东尼·布林肯"]),
    ("他说：“我是约翰·史密斯”。", ["约翰·史密斯"]),
])
def test_quoted_dotted_name_before_hao_is_a_ship(text, expected):
    assert persons(text) == expected
