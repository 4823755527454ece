"""PERSON rules of the fourteenth session, each on its own examples (table-driven). The examples are made up in the
style of world and epidemic news (invented people, or leaders' names as any news writes them), not taken from any gold
set nor from the unannotated posts the error classes were read from: a foreign name before a head of state's or a
royal title (会晤拜登|总统, 菲利普|亲王葬礼); 幕僚长, 秘书, 成员 and 得主 as posts before a name; words of official prose
after a name (王毅|应约同…, 致信, 通电话); a month-and-day date after a transliterated name (部长列兹尼科夫|2月13日表示);
no uncued name before a model's number (伊尔|-76).

Each rule has two tables: ``NEW`` cases fail on the code before the rule (release 18.0.0, branch main) and pass with
it; ``REGRESSION`` cases (negatives, and readings that were right before) pass on both and guard the rule's reach."""

from __future__ import annotations

import re

import pytest

from imcovid.annotate import annotate
from imcovid.annotate import persons as P
from imcovid.annotate.wordlists import words


def persons(text):
    return [m["surface"] for m in annotate(text, None) if m["type"] == "PERSON"]


def rules(text):
    return {m["surface"]: m["rule"] for m in annotate(text, None) if m["type"] == "PERSON"}


BEFORE_TITLE_NEW = [
    # a leader's name before the title, with no cue before it
    ("他在白宫会晤拜登总统，双方讨论了疫情防控。", ["拜登"]),
    ("据白宫发言人介绍，拜登总统已接种第三针新冠疫苗。", ["拜登"]),
    ("习近平主席同普京总统通了电话。", ["习近平", "普京"]),
    ("泽连斯基总统呼吁国际社会提供更多疫苗。", ["泽连斯基"]),
    ("约翰逊首相确诊感染新冠，已入院治疗。", ["约翰逊"]),
    # royal titles; a word's last character before the name is not taken (封城和|菲利普)
    ("即使在伦敦封城和菲利普亲王葬礼期间，派对也未曾停止。", ["菲利普"]),
    ("英国哈里王子和梅根王妃宣布退出王室。", ["哈里", "梅根"]),
]
BEFORE_TITLE_REGRESSION = [
    # a state's name before the title, listed or not in countries.txt, whole or cut by the run's length
    ("乌克兰总理表示，将加强防疫。", []),
    ("图瓦卢总统表示，欢迎合作。", []),
    ("莱索托国王表示，欢迎合作。", []),
    ("格鲁吉亚总理表示，欢迎合作。", []),
    ("特立尼达和多巴哥总理表示，欢迎合作。", []),
    # one-character short forms of two states, and plain subjects before a title
    ("美俄总统通话后一天，双方再次会谈。", []),
    ("两国总统举行视频会晤，历届总统均出席。", []),
    ("临时总统和过渡总统、民选总统都表态。", []),
    # words of the office and things named after a title's holder
    ("唐宁街首相府发表声明，总统大选将于明年举行。", []),
    ("英国“伊丽莎白女王”号航母抵达。", []),
    # titles used of things and of champions
    ("她一直在等待自己的白马王子，白雪公主是经典形象。", []),
    ("乒乓王子和钢琴王子同台演出。", []),
    # variants and drugs before a title are never persons
    ("奥密克戎总理表示担忧。", []),
    # a place LAC does not read as a person
    ("威尔士亲王查尔斯新冠检测呈阳性。", ["查尔斯"]),
    # names LAC read without the rule too (the rule only records them now)
    ("莫迪总理宣布全国封锁21天。", ["莫迪"]),
    ("查尔斯王子新冠检测呈阳性，已自我隔离。", ["查尔斯"]),
    # the title after a position and a name: read by the position rule as before
    ("美国总统拜登当天会晤了日本首相岸田文雄。", ["拜登", "岸田文雄"]),
]


@pytest.mark.parametrize("text, expected", BEFORE_TITLE_NEW + BEFORE_TITLE_REGRESSION)
def test_names_before_foreign_titles(text, expected):
    assert persons(text) == expected


def test_before_title_rule_is_recorded():
    assert rules("他在白宫会晤拜登总统。") == {"拜登": "person.before_foreign_title"}


POSTS_NEW = [
    # a head of staff, a (private) secretary and a member of a team are posts before a name
    ("首相的幕僚长罗森菲尔德宣布辞职。", ["罗森菲尔德"]),
    ("首席私人秘书雷诺兹当天宣布辞职。", ["雷诺兹"]),
    ("政策小组成员纳罗赞斯基在同一天内宣布辞职。", ["纳罗赞斯基"]),
    ("办公室秘书罗兰德证实了这一消息。", ["罗兰德"]),
    ("工作组成员马卡洛夫介绍了有关情况。", ["马卡洛夫"]),
    # the winner of a prize, as 冠军 before
    ("诺贝尔经济学奖得主斯蒂格利茨曾指出，美国由少数人拥有。", ["斯蒂格利茨"]),
]
POSTS_REGRESSION = [
    # the post runs into a longer word: no name follows (成员国, 秘书处, 成员单位)
    ("成员国应当遵守规定，成员国家包括德国。", []),
    ("秘书处于5月1日发布通知。", []),
    ("专班成员单位要各司其职，成员包括卫健、公安等部门。", []),
    ("家庭成员均已完成核酸检测。", []),
    # 秘书长 stays the longer post
    ("联合国秘书长古特雷斯表示，各国应加强合作。", ["古特雷斯"]),
    ("塔吉克斯坦是上合组织成员，如今其国内有变动。", []),
    ("奖项得主名单公布，本届得主包括多名科学家。", []),
]


@pytest.mark.parametrize("text, expected", POSTS_NEW + POSTS_REGRESSION)
def test_staff_and_member_posts(text, expected):
    assert persons(text) == expected


OFFICIAL_WORDS_NEW = [
    # 应约 ("at the request of"), 致信, 致辞 after a name: not a third given character
    ("3月1日，国务委员兼外长王毅应约同乌克兰外长库列巴通电话。", ["王毅", "库列巴"]),
    ("国务委员兼外长王毅致信各国外长。", ["王毅"]),
    ("国务院总理李强致辞。", ["李强"]),
    # 亦, a literary 也, between a name and its verb
    ("李斌亦表示，疫苗安全有效。", ["李斌"]),
]
OFFICIAL_WORDS_REGRESSION = [
    # 应邀 was cut before (a frequent verb), and given names with 致, 应, 通, 亦 are kept
    ("外交部长王毅应邀出席会议。", ["王毅"]),
    ("院长李致远表示，医院已恢复门诊。", ["李致远"]),
    ("主任王通介绍，全市已完成核酸检测。", ["王通"]),
    ("专家刘亦菲表示同意。", ["刘亦菲"]),
]


@pytest.mark.parametrize("text, expected", OFFICIAL_WORDS_NEW + OFFICIAL_WORDS_REGRESSION)
def test_official_words_after_a_name(text, expected):
    assert persons(text) == expected


DATE_AFTER_NEW = [
    ("乌克兰国防部长列兹尼科夫2月13日表示，已收到180吨弹药。", ["列兹尼科夫"]),
    ("巴西卫生部长奎罗加3月1日宣布新的防疫措施。", ["奎罗加"]),
]
DATE_AFTER_REGRESSION = [
    ("克里姆林宫发言人佩斯科夫7日表示，将继续谈判。", ["佩斯科夫"]),
    ("市长张伟5月1日起实施新的防疫措施。", ["张伟"]),
]


@pytest.mark.parametrize("text, expected", DATE_AFTER_NEW + DATE_AFTER_REGRESSION)
def test_month_and_day_after_a_transliterated_name(text, expected):
    assert persons(text) == expected


MODEL_NUMBER_NEW = [
    ("12架载有维和部队的伊尔-76、安-124军用运输机已从莫斯科起飞。", []),
]
MODEL_NUMBER_REGRESSION = [
    ("苏-35战机和米-8直升机参加演习。", []),
]


@pytest.mark.parametrize("text, expected", MODEL_NUMBER_NEW + MODEL_NUMBER_REGRESSION)
def test_no_name_before_a_model_number(text, expected):
    assert persons(text) == expected


def test_lists_hold_their_classes():
    assert {"总统", "首相", "亲王"} <= set(words("person_titles_after_foreign"))
    assert {"应约", "致信"} <= set(words("person_words_after_name"))
    # (the states of countries.txt are not repeated in the second list)
    assert not set(words("countries")) & set(words("person_foreign_states"))
    assert {"幕僚长", "秘书", "成员", "得主"} <= set(words("person_positions"))


def _rules_version(annotator):
    """The version of the rules in an annotator's name, as numbers: imcovid-rules/1.15 → (1, 15)."""
    return tuple(map(int, re.search(r"imcovid-rules/(\d+(?:\.\d+)*)", annotator).group(1).split(".")))


def test_version():
    # (1.15 or later: session 15 raised it to 1.16, test_persons_s15.py pins that.)
    assert _rules_version(P.ANNOTATOR) == _rules_version(P.TAGGER_ANNOTATOR) >= (1, 15)


# Fixes after the review of int14 (s14rev1). Here ``NEW`` cases fail on int14's code (before the fix) and pass with it.

# (1) 得主 is no post where its 得 closes a verb before it (获得, 取得, 赢得): 获|得主|管机关 is 获得 + 主管机关.
WINNER_AFTER_VERB_NEW = [
    ("公司获得主管机关核准的许可证。", []),
    ("该企业已取得主管机关的许可。", []),
    ("项目获得主管领导签字后实施。", []),
    ("纳税人应获得主管税务机关的批准。", []),
    ("他在大选中赢得主席一职。", []),
    ("该党获得主席团多数席位。", []),
    ("该公司获得主权财富基金投资。", []),
]
WINNER_AFTER_VERB_REGRESSION = [
    ("诺贝尔经济学奖得主斯蒂格利茨表示，通胀仍将持续。", ["斯蒂格利茨"]),
    ("本届金牌得主张伟表示，感谢教练。", ["张伟"]),
    # (posts whose first character closes a word before them are still posts: 小组|成员, 英国|外长, 副|总统)
    ("专家组成员王贵明表示，疫情总体可控。", ["王贵明"]),
    ("英国外长特拉斯称，将继续制裁。", ["特拉斯"]),
    ("美国副总统哈里斯也发表了讲话。", ["哈里斯"]),
]


@pytest.mark.parametrize("text, expected", WINNER_AFTER_VERB_NEW + WINNER_AFTER_VERB_REGRESSION)
def test_no_winner_post_inside_a_verb(text, expected):
    assert persons(text) == expected


# (3) Ordinary words after a post (成员, 组长) read as a surname and given characters: a three-character dictionary word
# that is no name (高强度), a surname and a given character rare in names that make a word (常态|化), a set phrase of
# notices (温馨提示); a royal title after a foreign name is no part of it (哈里|王子).
WORDS_AFTER_POST_NEW = [
    ("小组成员高强度工作，连续奋战三天三夜。", []),
    ("小组组长高强度工作。", []),
    ("工作组成员温馨提示广大居民，做好个人防护。", []),
    ("专班成员常态化开展巡查。", []),
    ("英国王室成员哈里王子出席活动。", ["哈里"]),
    ("英国王室成员哈里王子和梅根王妃出席活动。", ["哈里", "梅根"]),
]
WORDS_AFTER_POST_REGRESSION = [
    ("工作组成员高明远介绍了有关情况。", ["高明远"]),
    ("工作组组长常红表示，将全力做好流调。", ["常红"]),
    ("医疗队队长温馨表示，队员们状态良好。", ["温馨"]),
    ("专家组成员王某某介绍了有关情况。", ["王某某"]),
]


@pytest.mark.parametrize("text, expected", WORDS_AFTER_POST_NEW + WORDS_AFTER_POST_REGRESSION)
def test_ordinary_words_after_a_post(text, expected):
    assert persons(text) == expected


# (4) A model's number has at most three digits: a year after a singer's name (林俊杰|-2022…) leaves the name.
MODEL_NUMBER_YEAR_NEW = [
    ("林俊杰-2022世界巡回演唱会在北京举行。", ["林俊杰"]),
]
MODEL_NUMBER_YEAR_REGRESSION = [
    ("乌克兰的安-124运输机受损，俄军出动伊尔-76运输机。", []),
]


@pytest.mark.parametrize("text, expected", MODEL_NUMBER_YEAR_NEW + MODEL_NUMBER_YEAR_REGRESSION)
def test_a_year_is_no_model_number(text, expected):
    assert persons(text) == expected


def test_set_phrases_hold_their_class():
    assert {"温馨提示", "温馨提醒"} <= set(words("person_set_phrases"))
