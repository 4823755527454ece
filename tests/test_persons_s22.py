"""PERSON fixes of session 22, helper "per": a brand read as a person where every occurrence stands before a place word
that ends a firm's name (景顺|长城新兴成长, 兰馨|亚洲领投); a conjunction opening a clause glued by LAC to a name the text
names on its own elsewhere (但孙颖莎 → 孙颖莎). Invented sentences: regression tests, not evidence."""

from __future__ import annotations

import pytest

from imcovid.annotate import annotate
from imcovid.annotate.persons import _heads_name_before_place, _listed_among_things


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


# 3. The given name of a full name the story repeats, standing alone in someone's words: the person.
@pytest.mark.parametrize("text, expected", [
    ("李佳琦走进辽宁。李佳琦说，很开心。他母亲说：“我经常跟着佳琦一起参加活动，现在佳琦的责任越来越大。”",
     ["李佳琦", "李佳琦", "佳琦", "佳琦"]),
    # negative: a given name that is a dictionary word (建国, 明天: a time word) is that word
    ("王建国到场。王建国说，建国七十年了。", ["王建国", "王建国"]),
    ("李明天来了。李明天说，明天见。", ["李明天", "李明天"]),
    # negative: the full name written once only
    ("李佳琦走进辽宁。他说，跟着佳琦一起。", ["李佳琦"]),
    # negative: after another surname's character, another person (王|佳琦), read by the readers or not at all
    ("李佳琦走进辽宁。李佳琦说，昨天王佳琦也来了。", ["李佳琦", "李佳琦", "王佳琦"]),
    # negative: a brand or a shop named after the person
    ("李佳琦走进辽宁。李佳琦说，佳琦牌饼干好吃，佳琦超市开业。", ["李佳琦", "李佳琦"]),
    # negative: two found names sharing the given name: whose it is, is unknown
    ("李佳琦和王佳琦到场。李佳琦说，王佳琦说，跟着佳琦走。", ["李佳琦", "王佳琦", "李佳琦", "王佳琦"]),
])
def test_given_name_alone(text, expected):
    assert persons(text) == expected


# Review of the three rules (session 22, helper "revper"): invented negatives; those of rules 1 and 3 failed before
# the review's fixes, those of rule 2 are guards (they passed already).
# 1. A person before a division of China that the text locates (a LOCATION mention begins there) is still a person:
#    the rule was written for the regions that end firms' names (长城, 亚洲), which are no located places.
@pytest.mark.parametrize("text, expected", [
    ("他说，王伟北京大学毕业后，一直在上海工作。", ["王伟"]),
    ("蔡徐坤上海演唱会取消。", ["蔡徐坤"]),
    ("据了解，陈晨武汉大学毕业。", ["陈晨"]),
    ("今年，赵丽颖北京的新家曝光。", ["赵丽颖"]),
    # (and still no person where the place word is a firm's region)
    ("教育品牌常青藤爸爸获投资，兰馨亚洲领投、星纳赫资本跟投。", []),
])
def test_person_before_located_place_is_kept(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text, name, located, expected", [
    ("杨紫北京首映礼", "杨紫", frozenset({2}), False),   # 北京 is a LOCATION mention
    ("杨紫北京首映礼", "杨紫", frozenset(), True),
    ("兰馨亚洲领投", "兰馨", frozenset(), True),
])
def test_heads_name_before_place_located(text, name, located, expected):
    assert _heads_name_before_place(text, name, located) is expected


# 2. A conjunction's character that is the person's surname, where the rest is no name found on its own, stays.
@pytest.mark.parametrize("text, expected", [
    ("据报道，但汉松表示，将继续研究。但汉松说，这很重要。", ["但汉松", "但汉松"]),
    ("孙颖莎夺冠。但孙颖莎也坦言压力很大。", ["孙颖莎", "孙颖莎"]),
])
def test_conjunction_surname_kept(text, expected):
    assert persons(text) == expected


# 3. A given name alone: not of a transliterated name (马斯克 has no given name 斯克), nor inside a longer word.
@pytest.mark.parametrize("text, expected", [
    ("马斯克表示，特斯拉将降价。马斯克说，明年交付。前间谍斯克里帕尔中毒。", ["马斯克", "马斯克"]),
    ("马克龙表示，法国将继续。马克龙说，克龙堡的居民。", ["马克龙", "马克龙"]),
    ("张一鸣卸任。张一鸣表示，一鸣惊人的字节跳动。", ["张一鸣", "张一鸣"]),
    ("王思远到场。王思远说，深思远虑的人。", ["王思远", "王思远"]),
    # (and still the given name alone, standing as a word of its own)
    ("王思聪发文。王思聪称，思聪一直很低调。", ["王思聪", "王思聪", "思聪"]),
])
def test_given_name_alone_not_in_transliterations_or_words(text, expected):
    assert persons(text) == expected


# 4. A firm's or a product's name that LAC reads as a person stands somewhere in a list of things: 等 and a short phrase
#    ending in the kind of things (企业, 品种, 品牌 …) at a clause's end or before 及.
@pytest.mark.parametrize("text, name, expected", [
    ("拥有九州通九信中药、马应龙、李时珍、健民药业等一批工商业知名企业。", "李时珍", True),
    ("合作供应金康速力、金艾康等核心竞争品种，覆盖了呼吸系统。", "金艾康", True),
    ("他变卖了白加黑等三大非处方药品牌及销售网络。", "白加黑", True),
    # negative: the kind must end the phrase (企业|家, 企业|创始人, 公司|高管 are people)
    ("会上，马云、马化腾等企业家发言。", "马化腾", False),
    ("会上，马云、马化腾等企业创始人发言。", "马化腾", False),
    ("张三、李四等公司高管出席。", "李四", False),
    # negative: a phrase holding 的 or a noun of people tells what the persons did or are
    ("由张三、李四等创办的公司，已上市。", "李四", False),
    ("张三、李四等人成立公司。", "李四", False),
    ("张三、李四等在银行。", "李四", False),
    ("张三、李四等是公司。", "李四", False),
    # negative: a list of people with no kind of thing after 等
    ("张三、李四等出席。", "李四", False),
    ("张三、李四等十余人。", "李四", False),
])
def test_listed_among_things(text, name, expected):
    assert _listed_among_things(text, name) is expected


# 4b. Only the listed occurrence of a name the dictionary knows as a person's is the firm: elsewhere it stays a person,
#     and recurrence does not mark the listed one (神农故里和|李时珍|的家乡 … 马应龙、李时珍、健民药业等一批企业).
@pytest.mark.parametrize("text, expected", [
    ("医圣张仲景的故乡在南阳。当地有宛西制药、张仲景、福森药业等一批知名企业。", ["张仲景"]),
    ("记者李时珍报道。当地有马应龙、李时珍、健民药业等一批工商业知名企业。", ["李时珍"]),
])
def test_listed_among_things_only_there(text, expected):
    assert persons(text) == expected


# 企业 before 家/主 heads a noun for people (企业家, 企业主), not a list of firms: the list before 等 is of persons.
# Found by the round's review; the 企业 alternative without the look-ahead read 马云、马化腾等企业家 as things.
@pytest.mark.parametrize("text, expected", [
    ("会上，马云、马化腾等企业家发言。", {"马云", "马化腾"}),
    ("座谈会上，张伟、李强等企业主代表发言。", {"张伟", "李强"}),
    # negatives: a list of firms before 等企业 stays a list of things
    ("会上，华为、腾讯等企业代表发言。", set()),
    ("凌云、超越等企业已复工。", set()),
])
def test_list_before_entrepreneurs_is_people(text, expected):
    assert set(persons(text)) == expected
