"""PERSON rules of the fifteenth session, each on its own examples (table-driven). The examples are made up in the
style of technology, business and epidemic news (invented people, or leaders' names as any news writes them), not
taken from any gold set nor from the unannotated posts the error classes were read from: a Latin-script name right
after a post (分析师|Anna Smith|表示, CEO Tim Cook) and its family name standing alone later (Khan主席); a one-character
adverb between a transliterated name after a post and its act (默克尔|曾坦承, 布林肯|仍坚持).

Each rule has two tables: ``NEW`` cases fail on the code before the rule (release 19.0.0, branch main) and pass with
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


LATIN_NEW = [
    # a Latin-script name right after a post, two to four words, with or without a space after the post
    ("瑞银全球宏观经济分析师Anna Kowalska表示，通胀仍将高企。", ["Anna Kowalska"]),
    ("苹果CEO Tim Cook在发布会上说，新机将于下月上市。", ["Tim Cook"]),
    ("公司发言人Drew Miller在邮件中说，暂不评论。", ["Drew Miller"]),
    ("辉瑞首席执行官Albert Bourla表示，第四剂疫苗正在研究中。", ["Albert Bourla"]),
    ("执行副总裁Mary Jane Collins，也是资深员工。", ["Mary Jane Collins"]),
    ("哈佛医学院教授Dan B. Miller是论文的第一作者。", ["Dan B. Miller"]),
    # two posts, two names, in one sentence
    ("CEO Tim Cook和COO Jeff Williams出席了活动。", ["Tim Cook", "Jeff Williams"]),
    # the family name alone later, where no other Latin word touches it
    ("委员会主席Lina Roberts已经面临回避申请。律师认为Roberts之前的批评有失公允，Roberts主席拒绝回应。",
     ["Lina Roberts", "Roberts", "Roberts"]),
    # ... but not inside another Latin name, nor before another capitalised word (not the same person again)
    ("伦敦市长Sadiq Roberts表示，Roberts Academy的课程免费。Anna Roberts也出席了。", ["Sadiq Roberts"]),
]
LATIN_REGRESSION = [
    # English names of bodies, media, variants and products after a post (data/person_latin_not_names.txt)
    ("专家Omicron Variant正在扩散。", []),
    ("记者The New York Times报道称，疫情加剧。", []),
    ("研究员Johns Hopkins University的数据显示，病例上升。", []),
    ("分析师Morgan Stanley Research认为，需求放缓。", []),
    ("负责人Google Play表示，将下架违规应用。", []),
    ("发言人Covid Response Team发布通告。", []),
    ("总经理New York分公司的业绩下滑。", []),
    # a Latin run with no post before it, and a single capitalised word after a post
    ("该公司推出了新的Mac Pro，售价较高。", []),
    ("品牌管理公司Authentic Brands宣布收购。", []),
    ("辉瑞的发言人Pfizer表示，疫苗有效。", []),
    # a run that goes on into more Latin text is no name (a title, a sentence)
    ("编辑Mary Smith Jones Brown Green发表评论。", []),
]


@pytest.mark.parametrize("text, expected", LATIN_NEW + LATIN_REGRESSION)
def test_latin_names_after_posts(text, expected):
    assert persons(text) == expected


def test_latin_rules_are_recorded():
    found = rules("委员会主席Lina Roberts已经面临回避申请。律师认为Roberts之前的批评有失公允。")
    assert found == {"Lina Roberts": "person.latin_after_position", "Roberts": "person.latin_family_name"}


ADVERB_NEW = [
    # a one-character adverb rare in names after a transliterated name after a post, then a verb not of saying
    ("德国总理默克尔曾坦承说，目前还不确定资金来源。", ["默克尔"]),
    ("美国总统拜登曾承认，疫苗接种进度落后。", ["拜登"]),
    ("美国国务卿布林肯仍坚持认为，中方应当配合调查。", ["布林肯"]),
    ("美国传染病专家福奇曾公开表示，病毒可能来自自然界。", ["福奇"]),
    ("卫生部长贝塞拉曾警告说，疫情远未结束。", ["贝塞拉"]),
]
ADVERB_REGRESSION = [
    # readings that were right before: the adverb right before a verb of saying, Han names with an adverb
    ("美国总统拜登也表示，将继续援助。", ["拜登"]),
    ("美国总统拜登又一次呼吁各方冷静。", ["拜登"]),
    ("首席科学家吴尊友曾表示，疫情可防可控。", ["吴尊友"]),
    ("副院长王凯曾在会上表示，床位充足。", ["王凯"]),
    ("队员巴特尔仍在一线坚守。", ["巴特尔"]),
    ("部长拉夫罗夫也曾警告，局势紧张。", ["拉夫罗夫"]),
    # variants, viruses and drugs after a post are never persons, adverb or not
    ("卫生部长表示，德尔塔仍在流行。", []),
    ("专家埃博拉曾在非洲暴发。", []),
    ("世卫专家奥密克戎已成为主要毒株。", []),
]


@pytest.mark.parametrize("text, expected", ADVERB_NEW + ADVERB_REGRESSION)
def test_adverb_after_transliterated_name(text, expected):
    assert persons(text) == expected


def test_list_is_registered():
    assert {"Times", "Bank", "Variant", "University"} <= set(words("person_latin_not_names"))
    assert P._LATIN_NOT_NAME == frozenset(words("person_latin_not_names"))


def _rules_version(annotator):
    """The version of the rules in an annotator's name, as numbers: imcovid-rules/1.16 → (1, 16)."""
    return tuple(map(int, re.search(r"imcovid-rules/(\d+(?:\.\d+)*)", annotator).group(1).split(".")))


def test_version():
    assert _rules_version(P.ANNOTATOR) == _rules_version(P.TAGGER_ANNOTATOR) >= (1, 16)


# Review of int15 (s15rev1): the Latin-script rules made false persons of firms, brands, media and teams, and the
# adverb rule of a city's club. Each ``*_FIXED`` case fails on int15 and passes with the fix; ``*_KEPT`` cases pass on
# both and guard the fixes' reach.

FAMILY_FIXED = [
    # a family name the text also writes as a firm's, a brand's or a medium's name is not read alone anywhere
    ("Versace创意总监Donatella Versace表示，Versace将继续扩张中国市场。", ["Donatella Versace"]),  # (in its post)
    ("戴尔公司CEO Michael Dell表示，Dell的服务器业务增长强劲，Dell股价上涨5%。", ["Michael Dell"]),  # (Dell|股价)
    ("创始人Michael Harlow表示，Harlow的市值已翻倍。Harlow称将继续投资。", ["Michael Harlow"]),  # (的|市值)
    ("创始人Michael Harlow表示，Harlow品牌将进入中国。Harlow称将继续投资。", ["Michael Harlow"]),  # (a brand noun)
    ("据Bloomberg报道，彭博创始人Michael Bloomberg表示，Bloomberg将捐款。", ["Michael Bloomberg"]),  # (a medium)
    ("英国首相Boris Johnson宣布新的防疫措施。强生（Johnson & Johnson）的单剂疫苗已获批。", ["Boris Johnson"]),  # (&)
    # a research unit called after its head: that occurrence is the unit's, the head alone elsewhere is the person
    ("教授Dan Harlow表示，BIDMC的Harlow实验室正在研究。Harlow认为疫苗有效。", ["Dan Harlow", "Harlow"]),
    # a Latin word after a space, lowercase too, makes the family name part of an English phrase
    ("美国总统Joe Biden表示，Biden administration将继续推进。", ["Joe Biden"]),
]
FAMILY_KEPT = [
    # a post after the family name alone, 的 and a noun of a person's, a team after a leader: the person
    ("委员会主席Lina Roberts已经面临回避申请。Roberts主席拒绝回应。", ["Lina Roberts", "Roberts"]),
    ("CEO Tim Cook表示，Cook的公司将扩张。", ["Tim Cook", "Cook"]),
    ("教授Dan Harlow表示，Harlow团队发现抗体水平下降。", ["Dan Harlow", "Harlow"]),
    ("高级分析师Harmeet Singh Rao表示，需求回暖。Rao援引数据称，出货量增长4%。", ["Harmeet Singh Rao", "Rao"]),
    # a founder's holdings and shares are the person's (not words of the firm's name: data/person_family_firm_words.txt)
    ("特斯拉CEO Elon Harlow表示，Harlow旗下的航天公司将发射火箭。Harlow称将继续投资。",
     ["Elon Harlow", "Harlow", "Harlow"]),
    ("特斯拉CEO Elon Harlow表示，Harlow的股票将出售一部分。Harlow称将继续投资。", ["Elon Harlow", "Harlow", "Harlow"]),
    # another person's post holding the family name does not make it a firm's (only the person's own post does)
    ("白宫发言人Jen Psaki表示，Biden政府将推进。美国总统Joe Biden称，Biden将出席。",
     ["Jen Psaki", "Biden", "Joe Biden", "Biden"]),
    ("英国首相Boris Johnson宣布新的防疫措施。强生（Johnson&Johnson）的单剂疫苗已获批。", ["Boris Johnson"]),
]


@pytest.mark.parametrize("text, expected", FAMILY_FIXED + FAMILY_KEPT)
def test_family_name_of_a_firm_is_not_read_alone(text, expected):
    assert persons(text) == expected


LATIN_POSITION_FIXED = [
    # posts a firm, a fund or a team holds (data/person_latin_not_positions.txt), and 代表 as a verb
    ("此次交易的财务顾问Morgan Stanley表示，Morgan Stanley预计，Stanley不予置评。", []),
    ("卫冕冠军Golden Bay Warriors在主场取胜。", []),
    ("有限合伙人Kleiner Perkins参与本轮融资。", []),
    ("他代表Goldman Sachs出席签约仪式。", []),
    # English words of firms', clinics' and media's names (data/person_latin_not_names.txt)
    ("记者Business Insider报道称，裁员继续。", []),
    ("专家Mayo Clinic建议接种疫苗。", []),
    ("研究员Penn State的数据显示，病例上升。", []),
    # Max is a first name, no word of a product's name (Pro Max is vetoed by Pro)
    ("工程师Max Miller表示，系统已修复。", ["Max Miller"]),
]
LATIN_POSITION_KEPT = [
    # 顾问 and 合伙人 alone stand before persons
    ("白宫首席医疗顾问Anthony Fauci表示，疫苗有效。", ["Anthony Fauci"]),
    ("Nexo的管理合伙人Antoni Novak表示，市场回暖。Novak预计价格上涨。", ["Antoni Novak", "Novak"]),
    ("产品经理iPhone 14 Pro Max的销量领先。", []),
]


@pytest.mark.parametrize("text, expected", LATIN_POSITION_FIXED + LATIN_POSITION_KEPT)
def test_latin_names_not_after_posts_of_firms(text, expected):
    assert persons(text) == expected


ADVERB_FIXED = [
    # a run of transliteration ending like a city's name before the adverb: a place or its club, no person
    ("上赛季冠军曼彻斯特城仍领跑积分榜。", []),
]
ADVERB_KEPT = [
    ("发言人佩斯科夫仍坚持认为，谈判仍在继续。", ["佩斯科夫"]),
    ("主办城市圣彼得堡曾举办比赛。", []),
]


@pytest.mark.parametrize("text, expected", ADVERB_FIXED + ADVERB_KEPT)
def test_adverb_not_after_a_city(text, expected):
    assert persons(text) == expected


def test_review_lists_are_registered():
    assert {"财务顾问", "冠军", "代表"} <= set(words("person_latin_not_positions"))
    assert {"股价", "报道"} <= set(words("person_family_firm_words"))
    assert not {"旗下", "股票", "援引"} & set(words("person_family_firm_words"))
    assert "实验室" in words("person_family_unit_words") and "团队" not in words("person_family_unit_words")
    assert "Max" not in words("person_latin_not_names")


# A well-known body's short form (阿里 of 阿里巴巴, 沃森 of 沃森生物) read by LAC with no cue is no person where the text
# names the body in full; recurrence repeated it (business news read by s15perfix: 21 false persons in one post).
SHORT_FORMS = [
    ("互联网第一大成交额平台是阿里巴巴的8.11万亿元。\n阿里一直有两块心病，一个是大文娱，一个是本地生活。\n"
     "先说阿里大文娱，在虾米音乐关停后，阿里大文娱的音乐事业近乎止步。", []),
    # (guard) the body never named in full: the rule does not reach it (LAC's reading stands)
    ("阿里一直有两块心病，一个是大文娱，一个是本地生活。\n先说阿里大文娱，在虾米音乐关停后，阿里大文娱的音乐事业近乎止步。",
     ["阿里", "阿里", "阿里"]),
    # (guard) a name found at a cue is not touched
    ("阿里巴巴集团发布公告。集团董事局主席张勇表示，张勇将继续推进改革。", ["张勇", "张勇"]),
]


@pytest.mark.parametrize("text, expected", SHORT_FORMS)
def test_a_named_bodys_short_form_is_no_uncued_person(text, expected):
    assert persons(text) == expected


def test_short_form_lookup():
    assert P._short_form_of_named_body("阿里巴巴今日公告", "阿里")
    assert not P._short_form_of_named_body("阿里今日公告", "阿里")
    assert not P._short_form_of_named_body("阿里巴巴今日公告", "阿里巴巴")  # the full name itself is no short form
