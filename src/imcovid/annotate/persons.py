"""PERSON: names found where news prose introduces people, then everywhere else they recur.

Chinese news introduces a person by a cue: a position or role before the name (``<position>、<position><name>``,
``记者<name>``, ``该基金经理为<name>``), a list after ``领导``, before ``等`` or after a first name (``辅警陈吉、黄礼``),
``<role>：<name>`` and the other credits of news (``（记者 袁永红）``, ``一审：宝力德``), a post-posed title (习近平总书记,
马晓伟主任, ``<name>同志``; a foreign head of state's or royal one, 拜登总统, 菲利普亲王, checked with LAC), or a verb of saying or an act after the name at the start of a clause (``郑中华表示``,
``孙绍骋在…调研``). Each cue rule below asks ``name_reader.py`` for the name at its offset. Names of two or more
Mongolian or Tibetan parts (斯琴毕力格) and transliterated names joined by a middle dot (桑达尔·皮查伊) need no cue.
The rules run in a fixed order and a name never overlaps one found before it; then LAC reads the names no cue
introduces (``uncued.py``), and every other occurrence of a found name is a mention too. Anonymised names (许某,
平某某) and a surname with an honorific (王女士) are persons by the guidelines.
"""

from __future__ import annotations


import re
from collections import Counter
from itertools import accumulate

from imcovid.annotate.coverage import Coverage
from imcovid.annotate.lexicon import SOURCE as LEXICON
from imcovid.annotate.lexicon import dictionary_tag, is_common_word, is_known_name, is_word, starts_follower
from imcovid.annotate.name_parts import SINGLE as SINGLE_SURNAMES
from imcovid.annotate.name_parts import (FIRST_GIVEN_ONLY, JAPANESE, NAME_DOTS, NAME_STOP, NAME_STOP_WORD_CHARS,
                                         NOT_IN_NAME, name_char_count)
from imcovid.annotate.name_reader import (NOT_FIRST_IN_DOTTED, NOT_NAMES, OCCUPATION_ENDS, SAYS, dotted_names, dotted_run_start,
                                          ends_name, holds_plain_word, is_han, is_plain_word, looks_transliterated,
                                          part_matcher, read_at_cue, read_double_surname, read_name, read_parts,
                                          read_japanese, read_unlisted, surname_length, transliteration_characters)
from imcovid.annotate.tagger import SOURCE as TAGGER
from imcovid.annotate.tagger import person_spans, word_type_at
from imcovid.annotate.uncued import PLACE_AFTER, find_uncued, recurring_transliterations
from imcovid.annotate.wordlists import threshold, word_set, words

ANNOTATOR = f"imcovid-rules/1.24:person+{LEXICON}"
# Names with no cue, which LAC found (uncued.py), and their other occurrences.
TAGGER_ANNOTATOR = f"{TAGGER}:PER+imcovid-rules/1.24"

# Words a position or role phrase ends with; the name follows directly.
POSITIONS = words("person_positions")  # data/person_positions.txt
_POSITION_WORDS = frozenset(POSITIONS)
# A firm's chief officer of any function (首席财务官, 首席资本运营官, 首席量化投资官: business news writes such posts
# before a name as freely as 首席执行官; 3 names after posts of this frame and none after the list's posts in 13 read
# posts of business news): 首席, one to ``chief_officer_middle`` characters, 官. Tried after the listed posts, so that a
# listed post that begins so (首席专家) is read as listed and the frame never runs on into the name (首席专家|王官…).
_CHIEF_OFFICER_MIDDLE = threshold("persons", "chief_officer_middle")
_CHIEF_OFFICER = rf"首席(?:(?![的和与及是为，])[\u4e00-\u9fff]){{1,{_CHIEF_OFFICER_MIDDLE}}}?官"  # (not 首席顾问的|官员)
# A scholar of any field, as news writes one before a foreign name (气象学家|Klaus Hasselmann, 量子物理学家|Giorgio
# Parisi, 数学家, 化学家): the field's last character and 学家, which the list cannot enumerate. Not where 学 ends a
# verb or a school before 家 (大学|家属, 同学|家长, 留学|家庭, 中学|家长): a character of those before it, or a noun of
# a family or a home after it, refuses the frame. Tried after the listed posts (经济学家, 首席经济学家 stay as listed).
# (Nor where 家 begins a frequent word with the character after it, a thing or a place of a home: 美学|家居,
# 化学|家具, 数学|家教, 科学|家庭; except a surname's character, 物理学家|丁肇中, 家丁 being a word.)


def home_word_seconds() -> str:
    """The characters that make a word of the dictionary with 家 before them, at its default frequency (家具, 家电,
    家教, 家居, 家庭), but for surnames of one character (家丁, 家常: 物理学家|丁肇中 is a name after a scholar). The
    build reads them from ``data/person_home_words_after_jia.txt`` (deriving them parses the lexicon, which importing
    this module must not do); tests check the file against this derivation."""
    return "".join(c for c in map(chr, range(0x4E00, 0xA000)) if is_word("家" + c) and c not in SINGLE_SURNAMES)


_SCHOLAR = (r"(?:(?![大同留上放开入升求办就转退复休停逃中小])[\u4e00-\u9fff])学家"
            rf"(?![属长庭族里门人园乡{''.join(words('person_home_words_after_jia'))}])")
_POSITION_RE = "|".join(sorted(_POSITION_WORDS, key=len, reverse=True)) + "|" + _CHIEF_OFFICER + "|" + _SCHOLAR
_HONORIFIC = "|".join(words("person_honorifics"))
_BOUNDARY_BEFORE = set("，。、；：:,;！？!?“”\"'（）()《》【】 \u3000\n/|丨►▶●■")

_AFTER_POSITION = re.compile(rf"(?:{_POSITION_RE})(?:为|是)?(?=[\u4e00-\u9fff])")
_LEADERS_LIST = re.compile(r"(?P<title>(?:[\u4e00-\u9fff]{0,8}?)领导)(?P<names>[\u4e00-\u9fff]{2,6}(?:、[\u4e00-\u9fff]{2,6})+)")
# (委员长: 栗战书委员长, the standing committee's chair after the name as 主席 or 主任 is; session 23.)
_POSTPOSED_TITLE = re.compile(r"总书记|同志|主任|主席|省长|市长|部长|局长|院长|教授|院士|书记|盟长|旗长|委员长")
_POSTPOSED = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,8}?)(?P<title>总书记|同志|主任|书记|主席|省长|市长|部长|局长|院长|教授|院士|盟长|旗长|委员长)")
_NAMED = re.compile(r"(?:名叫|叫做|(?<=[他她我])叫)(?=[\u4e00-\u9fff])")
# Another name of a person named right before: 邹衍，又名邹衍桃 (not 该镇原名黄土镇: a place's former name).
_ALIAS = re.compile(r"(?:又名|原名|本名|曾用名)(?=[\u4e00-\u9fff])")  # (found by the cue; the name before read back)
# (张某甲、张某乙: anonymised names told apart by a cyclic ordinal, as legal notices write them)
_ANONYMISED = re.compile(rf"某某?(?:[甲乙丙丁戊](?=[，。、；：:,;！？!?”）)\s]|$|等|和|与|及|说|称|在|系|因))?|(?:{_HONORIFIC})")
# Words of Inner Mongolia that jieba's dictionary lacks, whose last character is a surname: 嘎查 (a village).
_LOCAL_WORDS = frozenset({"嘎查"})
# With 某某 any character stands for the surname (其某某 in a case list), as long as a clause or list begins there.
_DOUBLE_ANONYMISED = re.compile(r"(?<=[，。、；：:,;（(\n ])[\u4e00-\u9fff]某某")
# A name that fills a credit up to its end: a line end, a space or a bracket (三审：阿拉坦仓⏎, 记者 阿拉腾花 摄).
_CREDIT_LINE = re.compile(r"[\u4e00-\u9fff]{2,7}(?=[\n ）)\u3000]|$)")
_CREDIT_LINE_END = re.compile(r"[）)\]】 \u3000\n]|$")
# A credit with a space before the name: （记者 袁永红 通讯员 巴雅尔）, 本报记者 王玉琢.
_SPACED_CREDIT = re.compile(r"(?P<role>记者|通讯员|实习生|摄影|摄影师|责任编辑|编辑|责编|校对|审核|撰文|作者)[ \u3000]+"
                            r"(?=[\u4e00-\u9fff])")
# The next name of a credit, after a space (记者 娜布其 图门).
_NEXT_SPACED = re.compile(r"[ \u3000]+(?=[\u4e00-\u9fff])")
# (一审 二审 三审: the editors who reviewed an article, credited at its end by regional media.)
_COLON_ROLE = re.compile(r"(?:讲述人|记者|作者|撰文|通讯员|摄影|主持人|编辑|责任编辑|责编|编审|审核|校对|监制|文|图|"
                         r"一审|二审|三审|初审|复审|终审|策划|统筹)[:：丨|/][ \u3000]*")
# What officials do in the genre's clauses, right after their name (王莉霞主持召开…, 孙绍骋在呼和浩特调研).
# (任: the appointments of a personnel notice, 黄某某任某某区委书记.)
_ACTS = r"在|主持|出席|参加|深入|来到|带队|率队|调研|检查|督导|看望|慰问|会见|听取|前往|赴|陪同|一行|等|是|任"
_CLAUSE_VERB = re.compile(rf"{SAYS.pattern}|{_ACTS}")
# A list of names before 等 at the start of a clause (黄志强、奇巴图、张恩惠等参加会议).
# (Found by its last item, 、 being rarer than the characters a pattern from the list's start would be tried at.)
_LAST_ITEM_ETC = re.compile(r"、[\u4e00-\u9fff]{2,6}等")
# (A list item right before 等: 、 and two to six characters up to it.)
_PLACE_ITEM = re.compile(r"(?:乡|镇|村|街道|社区|小区|苏木|嘎查)$")
_LIST_BEFORE = re.compile(r"、[\u4e00-\u9fff]{2,6}$")
_LIST_ITEMS = re.compile(r"[\u4e00-\u9fff]{2,6}(?:、[\u4e00-\u9fff]{2,6})+$")
# (A list of names is short: the walk back from 等 stops after this many characters.)
_LONGEST_LIST = threshold("persons", "longest_list")
# (企业 not as the head of 企业家/企业主: 马云、马化腾等企业家 is a list of people.)
_NOT_PEOPLE_AFTER_ETC = re.compile(r"地|社区|村|小区|街道|苏木|嘎查|部门|单位|企业(?!家|主)|地区|场所|乡镇|旗县|盟市|省份|国家|城市|"
                                   r"景区|景点|公园|商场|超市|市场|医院|学校|机构|场馆|区域|口岸|机场|车站|航班|车次|"
                                   # (李宁、安踏等|品牌: brands, shops and firms, data/person_things_after.txt)
                                   + "|".join(sorted(words("person_things_after"), key=len, reverse=True)))
# A Latin name glossed in brackets right after a name: 桑达尔·皮查伊（Sundar Pichai）.
# (Also with an initial or a lowercase particle inside: Nadine T. Himelfarb, Bill de Blasio; or initials written
# together, David W.C. MacMillan, George H.W. Bush: the name was cut before them and missed.)
_LATIN_PARTICLE = r"(?:(?:[A-Z]\.)+|de|van|von|der|den|du|la|le|di|da|del|dos|bin|al)"
# (A word of a Latin name: a capital and lowercase letters, or a prefix before an apostrophe and a capital, as Irish
# and Italian names write it: O'Neal, D'Angelo.)
# (Letters with accents too, as French, Spanish or German names are glossed: Sébastien Lecornu, José, Müller.)
# (And the Scottish and Irish Mc before a capital, McConnell, McColough: the word was cut at its second capital, and a
# name after a post ending in one was missed; so with Mac, MacMillan, MacArthur: not Macron, whose next letter is
# lowercase.)
_LATIN_CAPITAL = "A-ZÀ-ÖØ-Þ"
_LATIN_LOWER = "a-zß-öø-ÿ'’"
_LATIN_WORD = (rf"(?:Ma?c[{_LATIN_CAPITAL}][{_LATIN_LOWER}]+|[{_LATIN_CAPITAL}]['’][{_LATIN_CAPITAL}][{_LATIN_LOWER}]+"
               rf"|[{_LATIN_CAPITAL}][{_LATIN_LOWER}]+)")
# (A generation after the family name is part of the name as written: Charles Hicks II, Martin Luther King Jr.)
_LATIN_GENERATION = r"(?: (?:II|III|IV|Jr\.?|Sr\.?))?"
_LATIN_GLOSS = re.compile(rf"[（(](?P<name>{_LATIN_WORD}(?:[ \-]{_LATIN_PARTICLE})*(?:[ \-]{_LATIN_WORD}(?:[ \-]{_LATIN_PARTICLE})*)"
                          rf"{{0,2}}[ \-]{_LATIN_WORD}{_LATIN_GENERATION})[）)]")
_LEADING_FUNCTION_WORDS = re.compile(r"^(?:由|经|据|和|与|同|及|在|对|把|被|让|向|是|陪同|会见|看望|听取|其中|包括|以及|并|了|认真)+")


def _title_before(text: str, start: int, known: set[str] = frozenset()) -> str | None:
    """The position phrase directly before ``start``: back to the clause boundary, a leading function word, a
    ``的``, or the previous name of a list (美扶村党支部书记卓世静、|茶山村党支部书记叶木森)."""
    j = start
    while j > 0 and text[j - 1] not in _BOUNDARY_BEFORE - {"、"} and start - j < 60:
        j -= 1
    phrase = text[j:start]
    for name in sorted(known):
        at = phrase.rfind(name + "、")
        if at >= 0:
            phrase = phrase[at + len(name) + 1 :]
    phrase = phrase.rsplit("的", 1)[-1]
    if phrase not in _POSITION_WORDS:  # (经理: not 经 + 理)
        phrase = _LEADING_FUNCTION_WORDS.sub("", phrase)
    phrase = phrase.strip("、 ")
    if phrase.endswith(("为", "是")):
        phrase = phrase[:-1]  # 该基金经理为|樊勇
    return phrase or None


# Status nouns that follow a preposition are the people served, not a cue (为居民代配药, 为进出居民查验健康码).
_STATUS = word_set("person_status_nouns")
# Nouns of who a person is rather than of a post: what follows them is a name only when it has a surname or is
# written in name parts (旅客欧阳子涵, 牧民额尔德尼), not any short run (旅客|安置点, 乘客|扫码).
_WHO = _STATUS | word_set("person_who_nouns")
_WORD_AFTER_WHO = threshold("persons", "word_after_who")
# After a noun of who, a two-character name needs a given character at least this frequent in ngender's register of
# names (好 6,957, 明 442,081): otherwise the two characters are more often a verb and its complement (戴好).
_GIVEN_AFTER_WHO = threshold("persons", "given_after_who")
# A given part this frequent as an ordinary word, after a noun of who, makes the whole a word (白名单).
_GIVEN_AS_WORD = threshold("persons", "given_as_word")
# A three-character entry jieba tags as a name counts as one only this often (白名单 is tagged nr 3 times).
_KNOWN_NAME_MIN = threshold("persons", "known_name_min")
_SERVING = re.compile(r"(?:为|给|帮|替|向|对|让|把|带领|组织|服务)[\u4e00-\u9fff]{0,2}$")


def _served(text: str, m: re.Match) -> bool:
    return m.group().rstrip("为是") in _STATUS and bool(_SERVING.search(text, max(0, m.start() - 6), m.start()))


# Rules whose evidence is weakest: a name read before a verb of saying or an act at the start of a clause (白宫|表示),
# one read without a surname after a position, one between two names of a list. What they read is checked with LAC.
# (Not person.appointee: LAC calls a name before 接任 a body as often as not, 将由|万建军|接任; the reader, 由 or the
# clause's start and the verb decide there.)
_CHECKED_RULES = frozenset({"person.clause_start", "person.after_position", "person.between_names",
                            "person.team_leader"})
# Characters of the clause LAC reads around such a name, before and after it.
_CHECK_BEFORE, _CHECK_AFTER = 4, 6
_CLAUSE_ENDS = frozenset("。！？!?\n，,；;：:")
# LAC's types of bodies and places.
_BODY_OR_PLACE = frozenset({"ORG", "LOC"})


def _clause_window(text: str, start: int, end: int) -> tuple[int, int]:
    """The few characters of its clause around (start, end) that LAC is asked to read: up to _CHECK_BEFORE before and
    _CHECK_AFTER after, never across a clause end (a tagger reads a name better with its neighbours, worse with the
    next clause's words)."""
    left = start
    while left > max(0, start - _CHECK_BEFORE) and text[left - 1] not in _CLAUSE_ENDS:
        left -= 1
    right = end
    while right < min(len(text), end + _CHECK_AFTER) and text[right] not in _CLAUSE_ENDS:
        right += 1
    return left, right


def _tagged_body_or_place(text: str, start: int, end: int) -> bool:
    """LAC, reading the name with a few characters of its clause around it, calls exactly that span a body or a
    place (白宫|表示 LOC, 宝马|表示 ORG): not a person. Only a positive label of another type vetoes: what LAC does
    not call a person may still be one (it reads many Mongolian names and two-character names as other words), but
    on the development parts of every real set it never called a gold person's span a body or a place."""
    left, right = _clause_window(text, start, end)
    return word_type_at(text[left:right], start - left, end - left) in _BODY_OR_PLACE


# Foreign countries (data/countries.txt, shared with organizations.py): a name never begins inside one.
_COUNTRIES = re.compile("|".join(sorted(words("countries"), key=len, reverse=True)))


# A side in talks or a dispute, one character and 方 (乌方称, 韩方表示, 巴方代表): that character is the short form of a
# country or a party, and many are surnames too (乌, 韩, 马, 罗). A name of two characters ending in 方 is taken only
# where a position, a credit or a speaker's label introduces it (记者王方); a verb or a list after it is no evidence.
# Only for the characters that name sides (data/person_side_characters.txt): 李方表示 is read as any name.
_SIDE = "方"
_SIDE_CHARACTERS = word_set("person_side_characters")
_CUES_OF_A_SIDE_NAME = frozenset({"person.after_position", "person.credit", "person.speaker_label", "person.named"})


def _place_opens_name(s: int, e: int, start: int, end: int, text: str = "") -> bool:
    """The place (s, e) is the first two characters of a three-character name (start, end): a county's short form
    that is also a surname and a given character (姚安|娜), which a strong cue before the name decides for the name —
    not where the third character says where someone is from (妻子为宁海|人, 丈夫是安吉|人, 武义|籍: a review's cases)."""
    return s == start and e - s == 2 and end - start == 3 and text[end - 1 : end] not in _FROM_PLACE


# Characters after a place that say someone is from it, not a given name: 宁海人, 武义籍, 姚安县.
_FROM_PLACE = frozenset("人籍县市区镇乡村")
# Transliterated names of the epidemic's things (data/person_thing_names.txt: 德尔塔, 奥密克戎, 埃博拉, 辉瑞 …): after
# a position (专家|德尔塔|新冠变异毒株) or in LAC's reading they look like foreign names, but they name a variant, a
# virus, a drug or its maker, never a person, whichever rule reads them.
_THING_NAMES = word_set("person_thing_names")
# Seats of governments news has speak (data/person_seats_of_government.txt: 白宫|称, 克宫|表示, 唐宁街|表示), read as
# speakers by the clause and transliteration rules (白宫 ×2 in one of ~300 read posts; 克宫, 唐宁街 in invented
# sentences of the same world news): never persons.
_SEATS_OF_GOVERNMENT = word_set("person_seats_of_government")


# A run the text also writes as a firm's name, before a firm's trade word (data/organization_brand_trades.txt and
# data/person_firm_trades_after.txt: 斯微|生物, 艾博|生物, 复星|医药) that a firm's word or act follows (公司, 股份, 公告, 表示: 斯微生物对外宣布, 达安基因表示), is the firm's
# short form where only a weak cue reads it alone: a clause's start (斯微表示), LAC (艾博只进行研发), a transliterated
# speaker. Business news names firms so (13 false persons in one read post of ~300, 1 in another). A trade word alone
# does not make a firm: a person's name before a foundation or an empire (钟南山医药科技基金会, 马斯克科技帝国) is his
# name. A firm the organizations' tagger found there (艾博生物与沃森生物) is one too. A name after a position
# (创始人英博) is read as before.
# (Not the investment trades, which the organizations' brand trades share (资本): see _FUND_OFFICER_AFTER_TRADE.)
_FIRM_TRADES_AFTER = "|".join(sorted({*words("organization_brand_trades"), *words("person_firm_trades_after")}
                                    - set(words("person_investment_trades_after")),
                                    key=lambda word: (-len(word), word)))
_FIRM_ACTS_AFTER_TRADE = "|".join(sorted({*words("organization_firm_acts"), *words("organization_subject_acts"),
                                          *(w for w in words("verbs_of_saying") if len(w) > 1)}, key=len, reverse=True))
# (Or an officer's title or the firm's voice (data/organization_firm_cues.txt, data/person_firm_officers_after_trade.txt,
# a chief officer): 石锋|资产|董事长, 景云|资产|合伙人, fund managers named with their officers in a panel's list,
# which LAC reads as persons 石锋, 景云.)
_FIRM_CUES_AFTER_TRADE = "|".join(sorted({*words("organization_firm_cues"), *words("person_firm_officers_after_trade")},
                                          key=lambda word: (-len(word), word))) + "|" + _CHIEF_OFFICER
_FIRM_AFTER_TRADE = re.compile(rf"(?:{_FIRM_TRADES_AFTER})+(?:公司|股份|{_FIRM_ACTS_AFTER_TRADE}|{_FIRM_CUES_AFTER_TRADE})")
# An investment firm's trade (data/person_investment_trades_after.txt: 资产, 投资, 资本, 创投) makes the run before it a
# fund's short name only before an officer's title or the firm's voice (石锋|资产|董事长): a person's own name comes
# before these words with 公司 or an act as well (孙正义|投资公司, 马云|投资|发布, 史玉柱|资本|市值), a review's cases.
_INVESTMENT_TRADES = "|".join(sorted(words("person_investment_trades_after"), key=lambda word: (-len(word), word)))
_FUND_OFFICER_AFTER_TRADE = re.compile(rf"(?:{_INVESTMENT_TRADES})(?:{_FIRM_CUES_AFTER_TRADE})")
_FIRM_ACT_AFTER_WORD = re.compile(rf"(?:{_FIRM_TRADES_AFTER})+(?P<word>[\u4e00-\u9fff]{{2}})(?:{_FIRM_ACTS_AFTER_TRADE})")
_TRADES_RUN = re.compile(rf"(?:{_FIRM_TRADES_AFTER})+")
# (An adverb, a word of place or time may stand between a firm's name or a person's and its act: 对外|宣布, 正式|发布,
# 近日|公告, 周三|称; jieba's tags d, ad, s, t.)
_TAGS_BEFORE_ACT = frozenset({"d", "ad", "s", "t"})
_WEAK_CUES = frozenset({"person.clause_start", "person.lac", "person.transliterated_speaker",
                        "person.transliterated_result", "person.recurring_transliteration"})


def _heads_firm_name(text: str, name: str, orgs: frozenset[tuple[int, int]]) -> bool:
    """Somewhere ``text`` writes ``name`` as a firm's: before a trade word and the firm's word or act (斯微|生物|对外宣布,
    达安|基因|表示), before an investment trade and an officer's title (石锋|资产|董事长), or as the start of a firm's name the organizations' tagger found that ends with the trade words
    (艾博|生物)."""
    for m in re.finditer(re.escape(name), text):
        if _FIRM_AFTER_TRADE.match(text, m.end()) or _FUND_OFFICER_AFTER_TRADE.match(text, m.end()):
            return True
        act = _FIRM_ACT_AFTER_WORD.match(text, m.end())
        if act and dictionary_tag(act.group("word")) in _TAGS_BEFORE_ACT:
            return True
        trades = _TRADES_RUN.match(text, m.end())
        if trades and (m.start(), trades.end()) in orgs:
            return True
    return False


# A firm's short name LAC reads as a person where the text writes it elsewhere only as the start of the firm's full
# name, which the organizations' tagger found (今年|高鑫|计划 … 高鑫零售CFO, 高鑫零售CEO, 高鑫零售发布: a digest of finance,
# s20): at least ``heads_bodies_min`` other occurrences, every one of them the head of a longer ORGANIZATION mention.
# One such occurrence is no evidence (刘良跃 … 刘良跃就公司, a false organization); a name the text also writes alone
# elsewhere is kept (the probe over ~350 read and development posts found 高鑫 only).
_HEADS_BODIES_MIN = threshold("persons", "heads_bodies_min")


def _heads_bodies_elsewhere(text: str, name: str, start: int, orgs: frozenset[tuple[int, int]]) -> bool:
    """Every occurrence of ``name`` but the one at ``start`` begins a longer organization's mention, and there are at
    least ``heads_bodies_min`` of them (高鑫 … 高鑫零售 ×4): the firm's short form, not a person."""
    heads = {s for s, e in orgs}
    others = [m.start() for m in re.finditer(re.escape(name), text) if m.start() != start]
    return len(others) >= _HEADS_BODIES_MIN and all(
        s in heads and any(a == s and b > s + len(name) for a, b in orgs) for s in others)


# A fund house's or an investor's name is often a brand and a region (景顺|长城 of 景顺长城新兴成长, 兰馨|亚洲|领投):
# LAC, reading with no cue, takes the brand for a person. Where every occurrence of such a reading stands right before a
# two-character place word of the dictionary (jieba's tag ns), no person is meant: a person's name is followed by an
# act, a title or punctuation somewhere. Words of motion tagged ns (回国, 回京, 离京, 来京: data/person_motions_before_
# place.txt) are acts, not places (孟晚舟|回国). Two read posts of two outlets (格隆汇, 每经网) had such a false person.
_PLACE_TAGS = frozenset({"ns"})
_MOTIONS_BEFORE_PLACE = frozenset(words("person_motions_before_place"))


def _heads_name_before_place(text: str, name: str, located: frozenset[int] = frozenset()) -> bool:
    """Every occurrence of ``name`` in ``text`` stands right before a two-character place word that is no act of
    motion (景顺|长城新兴成长, 兰馨|亚洲领投): the brand at the start of a firm's name, not a person. A place the text
    locates (a LOCATION mention begins there: ``located``, its start offsets) does not count: a division of China after a
    name is where the person is or comes from (蔡徐坤|上海|演唱会, 王伟|北京|大学毕业, 杨紫|北京|首映礼), and the regions
    that end firms' names (长城, 亚洲) are none (review s22: 10 invented person-before-city sentences all lost before)."""
    occurrences = list(re.finditer(re.escape(name), text))
    return bool(occurrences) and all(
        len(after := text[m.end() : m.end() + 2]) == 2 and dictionary_tag(after) in _PLACE_TAGS
        and after[0] not in _MOTIONS_BEFORE_PLACE and m.end() not in located for m in occurrences)


# A firm's or a product's name that LAC reads as a person with no cue (李时珍 the drug maker, 金艾康 and 白加黑 the
# medicines) stands somewhere as an item of a list of things: its items, and 等 with a short phrase that ends in the
# kind of thing they are (马应龙、李时珍、健民药业等一批工商业知名|企业。金康速力、金艾康等核心竞争|品种，白加黑等三大
# 非处方药|品牌及: read posts of three outlets). The kinds are data/person_thing_heads_after_list.txt and data/person_
# things_after.txt. The kind must end the phrase (a clause's end or 及 after it): 等企业|家, 等公司|高管 are people,
# and a phrase holding 的, a noun of people or a preposition (等创办的公司, 等人, 等在银行) tells what the persons did.
_THING_HEADS = sorted(set(words("person_thing_heads_after_list")) | set(words("person_things_after")), key=len,
                      reverse=True)
_LONGEST_THING_PHRASE = threshold("persons", "longest_thing_phrase")
# (Characters that make the phrase after 等 tell what the listed did or where they were, not what kind they are: 的, a
# noun of people, a preposition or a copula: 等创办的公司, 等人, 等在银行, 等是公司.)
_NOT_IN_THING_PHRASE = "的人者家员在到从向于为给把被对将让用是"
_THINGS_LIST_AFTER = re.compile(r"(?:、[\u4e00-\u9fff]{2,6})*等(?:(?![%s])[\u4e00-\u9fff]){0,%d}?(?:%s)"
                                r"(?=[，。；：、！？）)\n]|及|$)" % (_NOT_IN_THING_PHRASE, _LONGEST_THING_PHRASE,
                                                                  "|".join(_THING_HEADS)))


def _listed_among_things(text: str, name: str) -> bool:
    """Somewhere ``name`` stands in a list that 等 closes with a phrase ending in a kind of things (金艾康等核心竞争
    品种; 白加黑等三大非处方药品牌): a firm or a product, not a person. LAC's reading is refused where the name stands
    so, and everywhere where the dictionary knows no person of that name (白加黑); a known name may be a person's
    elsewhere in the text (神农故里和|李时珍|的家乡 … 马应龙、李时珍、健民药业等一批知名企业), and only the listed
    occurrence is the firm (there, recurrence does not mark it either)."""
    return any(_THINGS_LIST_AFTER.match(text, m.end()) for m in re.finditer(re.escape(name), text))


# Every foreign state's short name (data/countries.txt and data/person_foreign_states.txt), and the forms of address
# that make a person of a name spelt like one (马里先生).
_STATE_NAMES = frozenset(words("countries")) | frozenset(words("person_foreign_states"))
_ADDRESS_AFTER = re.compile(_HONORIFIC)


def _names_state(text: str, start: int, name: str) -> bool:
    """``name`` is exactly a foreign state's name (阿根廷, 乍得, 马里) and no form of address binds it to a person
    (马里先生, 马里女士) and the text writes it nowhere as the first part of a dotted name (多米尼克·蒂姆 … 多米尼克:
    Dominic, not Dominica): read at any cue but a credit (34岁的|阿根廷|球员, LAC), it is the state. A name found so
    would be repeated at every later mention of the state."""
    return name in _STATE_NAMES and not _ADDRESS_AFTER.match(text, start + len(name)) \
        and re.search(f"{re.escape(name)}[{NAME_DOTS}]", text) is None


# Locative postpositions that close a noun (data/person_locatives.txt: 中, 内, 里, 上 …). A reading of a name that ends
# in one, where LAC makes that character a locative word (type ``f``) of its own, is a noun and its locative (发来贺信。
# |贺信中|称 (观察者网), 学而思老师|群内|告知 (a digest of news), s20 read posts): the readers take 贺 or 群 for a
# surname. LAC reads a name that ends so (王中|称, 李建中|表示) as a person whole, so it keeps those.
_LOCATIVES = frozenset(words("person_locatives"))
_LOCATIVE_TYPE = "f"


def _ends_in_locative(text: str, start: int, end: int) -> bool:
    """The reading (start, end) ends in a locative postposition that LAC, reading the clause, makes a word of its own,
    and is a noun and its locative, not a name (see :func:`_name_before_locative`)."""
    if end - start < 2 or text[end - 1] not in _LOCATIVES:
        return False
    left, right = _clause_window(text, start, end)
    piece = text[left:right]
    return word_type_at(piece, end - 1 - left, end - left) == _LOCATIVE_TYPE \
        and not _name_before_locative(piece, start - left, end - left)


def _name_before_locative(piece: str, start: int, end: int) -> bool:
    """The reading is a name whose last character LAC took for a locative: LAC reads a person in the characters before
    it (主任李国中|介绍: 李国 PER, 中 f — the three-character name is right, and refusing it let LAC's 李国 in), or the
    reading is a transliterated name of three characters or more (教练马里内|表示). A noun before the locative
    (贺信|中, 老师|群|内: two characters) is neither."""
    name = piece[start:end]
    return word_type_at(piece, start, end - 1) == "PER" or (len(name) >= 3 and looks_transliterated(name))


class _Found:
    """The names found so far in one text, with their titles: a name is added only where it overlaps no place, no
    found name and does not lie inside an organization's name."""

    def __init__(self, text: str, places: list[tuple[int, int]], orgs: list[tuple[int, int]]) -> None:
        self.text = text
        self.places = places
        self.place_surfaces = {text[s:e] for s, e in places}
        self.place_starts = frozenset(s for s, _ in places)  # (where a LOCATION mention begins)
        self.in_place, self.in_org = Coverage(len(text), places), Coverage(len(text), orgs)
        self.org_spans = frozenset(orgs)
        # Transliterated names the text has speak (:func:`_speaks_elsewhere`), read after a position where the
        # organizations' tagger had called exactly that span a body (副外长|格鲁什科|及: LAC's ORG): the name may
        # take such a span, here and where it recurs.
        self.over_orgs: set[str] = set()
        self.taken = Coverage(len(text))
        self.spans: dict[tuple[int, int], str | None] = {}  # (start, end) -> title
        self.rules: dict[tuple[int, int], str] = {}  # (start, end) -> the rule that found the name there
        self.known: set[str] = set()
        # Names read at a strong cue that hold a place as their given name (记者 高长春, 志愿者柳长春): the name wins,
        # and annotate() drops the place inside it.
        self.over_places: set[str] = set()
        # Insides of countries' names (匈牙|利外交部长): no name begins there.
        self.inside_country = {k for m in _COUNTRIES.finditer(text) for k in range(m.start() + 1, m.end())}

    def free(self, start: int, end: int, over_places: bool | str = False, over_orgs: bool = False) -> bool:
        """Not part of a place (黄石|市), not inside an organization's name, not overlapping a found name; with
        ``over_places``, a place that lies inside the name after its first character does not count; with
        ``over_orgs``, an organization of exactly the name's span does not either."""
        if over_places:
            touching = [(s, e) for s, e in self.places if s < end and e > start]
            # (In a credit the name may also begin with the place: 记者 阿荣, 阿荣图.)
            # (After a position, a place may also begin inside the position word: 院长|宁光 is not 长宁. After a
            # position, and where such a name recurs, a county's two-character short form may be the name's surname
            # and first given character, the name running on past it: 小女儿|姚安|娜, 姚安 being a county of Yunnan.)
            places_ok = all((start < s or over_places == "credit" or (over_places == "position" and s < start)
                             or _place_opens_name(s, e, start, end, self.text))
                            and (start <= s or over_places == "position") and e <= end for s, e in touching)
        else:
            places_ok = not self.in_place.touches(start, end)
        org_ok = not self.in_org.covers(start, end) or (over_orgs and (start, end) in self.org_spans)
        return places_ok and org_ok and not self.taken.touches(start, end)

    def add(self, start: int, name: str, title: str | None, over_places: bool | str = False, *, rule: str,
            speaks: bool = False) -> bool:
        """Add the name at ``start`` found by ``rule`` (the name of the rule function: ``person.after_position``).
        With ``speaks``, the text has the name speak elsewhere (:func:`_speaks_elsewhere`): LAC's label of a body or
        a place does not veto it."""
        end = start + len(name)
        if name in self.place_surfaces and over_places != "credit" or start in self.inside_country:
            return False
        if _names_state(self.text, start, name) and over_places != "credit":
            return False  # 34岁的|阿根廷|球员: a state, not a person (and so not repeated at every 阿根廷 after)
        if _verb_and_object(name) and over_places != "credit":
            return False  # 让乘客|戴口罩, 记者|戴口罩|采访: a verb and its object (口罩 is no frequent word to jieba)
        if name in _THING_NAMES or name in _SEATS_OF_GOVERNMENT:
            return False  # 专家|德尔塔|新冠变异毒株: a variant, not a person; 白宫|称: the government, not a person
        if len(name) == 2 and name[1] == _SIDE and name[0] in _SIDE_CHARACTERS and rule not in _CUES_OF_A_SIDE_NAME:
            return False  # 乌方|称: a side, not a person
        if rule in _WEAK_CUES and name not in self.known and (
                _heads_firm_name(self.text, name, self.org_spans)
                or _heads_bodies_elsewhere(self.text, name, start, self.org_spans)):
            return False  # 斯微|表示 … 斯微生物, 高鑫|计划 … 高鑫零售: the firm's short form, not a person
        if name not in self.known and over_places != "credit" and _ends_in_locative(self.text, start, end):
            return False  # 贺信中|称, 老师|群内|告知: a noun and its locative, not a name
        if rule == "person.lac" and name not in self.known \
                and _heads_name_before_place(self.text, name, self.place_starts):
            return False  # 景顺|长城新兴成长: a fund house's brand before its region, not a person
        if rule == "person.lac" and name not in self.known and (
                _THINGS_LIST_AFTER.match(self.text, end)
                or not is_known_name(name) and _listed_among_things(self.text, name)):
            return False  # 马应龙、李时珍、健民药业等一批知名企业: a firm, not a person (白加黑 … 白加黑等药品牌: everywhere)
        if (start, end) in self.spans:
            if title and not self.spans[(start, end)]:
                self.spans[(start, end)] = title
            return True
        if not self.free(start, end):
            if speaks and self.free(start, end, over_orgs=True):
                self.over_orgs.add(name)
            elif not (over_places and self.free(start, end, over_places=over_places)):
                return False
            else:
                self.over_places.add(name)
        # (A name accepted elsewhere in the text is not checked again: its other occurrences are marked anyway.)
        if rule in _CHECKED_RULES and name not in self.known and not speaks \
                and (rule != "person.after_position" or not surname_length(name, 0)) \
                and _tagged_body_or_place(self.text, start, end):
            return False
        self.spans[(start, end)] = title
        self.rules[(start, end)] = rule
        self.taken.mark(start, end)
        self.known.add(name)
        return True

    def title_before(self, start: int) -> str | None:
        return _title_before(self.text, start, self.known)

    def widen(self, start: int, end: int, new_start: int) -> None:
        """The name at (start, end) begins at ``new_start`` instead: same title and rule."""
        self.spans[(new_start, end)] = self.spans.pop((start, end))
        self.rules[(new_start, end)] = self.rules.pop((start, end))
        self.taken = Coverage(len(self.text), self.spans)

    def shorten(self, start: int, end: int, new_end: int) -> None:
        """The name at (start, end) ends at ``new_end`` instead: same title and rule."""
        self.spans[(start, new_end)] = self.spans.pop((start, end))
        self.rules[(start, new_end)] = self.rules.pop((start, end))
        self.taken = Coverage(len(self.text), self.spans)

    def lengthen(self, start: int, end: int, new_end: int, rule: str) -> None:
        """The name at (start, end) runs on to ``new_end``, read so by ``rule``: same title."""
        self.spans[(start, new_end)] = self.spans.pop((start, end))
        self.rules.pop((start, end))
        self.rules[(start, new_end)] = rule
        self.taken.mark(end, new_end)
        self.known.add(self.text[start:new_end])


def _glossed_in_latin(text: str, end: int, name: str) -> bool:
    """``name`` holds one character only that no transliteration of the register has, and a Latin-script name of as
    many words as ``name`` has parts follows it in brackets at ``end`` (贾斯汀·布莱克|（Justin Blake）): the text spells
    the dotted run as a person's name."""
    unregistered = sum(c not in transliteration_characters() and c not in NAME_DOTS for c in name)
    gloss = _LATIN_GLOSS.match(text, end)
    return unregistered == 1 and bool(gloss) \
        and len(_LATIN_WORDS.findall(gloss.group("name"))) == len(re.split(f"[{NAME_DOTS}]", name))


# The fewest characters the first or last part of a dotted name keeps after a glued character is trimmed from it: a part
# of two characters as read (…·梅X) is never trimmed, as a short part may end in a rare character of its own.
_TRIMMED_PART_MIN = threshold("persons", "trimmed_dotted_part_min")


_NOMINALISER = frozenset("所")
# (Function characters glued after a dotted name, trimmed from its end: data/person_glued_after_dotted.txt.)
_GLUED_AFTER_DOTTED = word_set("person_glued_after_dotted")


def _outside(char: str) -> bool:
    return char not in transliteration_characters() and char not in NAME_DOTS


def _glued_word(pair: str) -> bool:
    """``pair`` (the character before a dotted run and the run's first) is a word of the dictionary at any frequency, not
    a name: 代名|词, 女|星 (女星 is rare in the lexicon but a word), never 歌手|蕾 or 影星|碧 (no word)."""
    tag = dictionary_tag(pair)
    return tag is not None and tag not in _NAME_TAGS


def _dotted_edges_trimmed(text: str, start: int, name: str) -> tuple[int, str]:
    """A dotted run with one character the transliteration register lacks at an edge, glued from the words around it:
    the first character where it ends a dictionary word with the character before it (代名词|莫妮卡·贝鲁奇, 女星|拉什娜·
    林奇), not where it merely lacks from the register (歌手|蕾哈娜·芬蒂, 影星|碧昂丝·诺尔斯, 总统|斐迪南·马科斯: the
    register is not complete, and a name may begin with a rarer character); and where the run as read is no
    transliteration, the last character where it is a function character that never ends a name (肖恩·康奈利|版的,
    罗杰·摩尔|版, 安东尼·休伯|用滑板; data/person_glued_after_dotted.txt), or 所 and the verb it makes a noun of
    (马克·格里尼|所著), where every character left is of the register: not a name's own last character (安妮·海瑟薇).
    The run was refused whole or taken with the glued character.
    The trimmed part keeps at least ``trimmed_dotted_part_min`` characters."""
    parts = re.split(f"[{NAME_DOTS}]", name)
    if len(parts) < 2:
        return start, name
    if _outside(name[0]) and len(parts[0]) > _TRIMMED_PART_MIN and start > 0 and looks_transliterated(name[1:]) \
            and _glued_word(text[start - 1 : start + 1]):
        return start + 1, name[1:]
    if looks_transliterated(name) or not _outside(name[-1]):
        return start, name
    # (所 and the verb it makes a noun of: 格里尼|所著, …|所说.)
    glued = 2 if name[-2] in _NOMINALISER else 1 if name[-1] in _GLUED_AFTER_DOTTED else 0
    if glued and len(parts[-1]) - glued >= _TRIMMED_PART_MIN and not any(map(_outside, name[:-glued])):
        return start, name[:-glued]
    return start, name


def _dotted(found: _Found, position_ends: set[int]) -> None:
    for start, name in dotted_names(found.text, _AFTER_POSITION):
        start, name = _dotted_edges_trimmed(found.text, start, name)
        cued = start in position_ends
        # (A transliteration with a character the register lacks, 贾 of 贾斯汀·布莱克, is a name where a Latin gloss of
        # its parts follows: the headings this check refuses are never glossed so.)
        if not cued and not looks_transliterated(name) and not _glossed_in_latin(found.text, start + len(name), name):
            continue  # 鹿城·战疫, 抗疫·暖闻: headings of two words
        if found.add(start, name, found.title_before(start) if cued else None, rule="person.dotted_name"):
            last = re.split(f"[{NAME_DOTS}]", name)[-1]
            if len(last) >= 2 and not is_common_word(last):
                found.known.add(last)  # 桑达尔·皮查伊 … 皮查伊如是说: the family name alone, later on


def _word_after_who(text: str, start: int, name: str) -> bool:
    """After a noun of who (or an age), ``name`` is more likely an ordinary word than a name."""
    if surname_length(name, 0) == 1 and is_word(name[:2], _WORD_AFTER_WHO) and not is_known_name(name):
        return True  # 考生|宁可早到, 乘客|车票可退: a word (jieba tags 宁可 as a name), not a name
    if len(name) == 2 and surname_length(name, 0) == 1 and name_char_count(name[1]) < _GIVEN_AFTER_WHO \
            and read_parts(text, start) != name:  # (牧民巴图: a Mongolian name part)
        return True  # 乘客|戴好口罩: a verb and its complement (好 is rarely a given character), not a name
    if len(name) == 3 and is_common_word(name[1:], _GIVEN_AS_WORD) \
            and not (is_known_name(name) and is_word(name, _KNOWN_NAME_MIN)):
        return True  # 居民|白名单: a surname's character, then a frequent noun (jieba's rare 白名单/nr is no name)
    return False


# Surname characters that are also verbs taking an object (data/person_verb_surnames.txt: 戴, 查, 管 …), and jieba's
# tags of the nouns that may be that object (口罩 n, 证件 n, 服毒 vn; not 海洋 ns, a place: 关海洋 may be a name).
_VERB_SURNAMES = word_set("person_verb_surnames")
_OBJECT_TAGS = frozenset({"n", "vn", "nz"})
# ... and one character of that noun must be one names seldom hold (ngender's register of names: 罩 32, 件 321, 毒 388).
_OBJECT_IN_NAMES = threshold("persons", "object_in_names")


def _verb_and_object(name: str) -> bool:
    """``name`` is three characters: a surname that is also a verb, then a noun of the dictionary (戴|口罩, 查|证件).
    After a noun of who, a post or an age (让乘客戴口罩, 提醒市民戴口罩, 记者戴口罩采访) that is a verb and its object,
    not a name: what follows the noun is its predicate, no name in apposition. Not where jieba knows the three
    characters as a name, nor where every character of the noun is frequent in names (戴文华: 文华 is tagged nz).
    """
    return len(name) == 3 and surname_length(name, 0) == 1 and name[0] in _VERB_SURNAMES \
        and dictionary_tag(name[1:]) in _OBJECT_TAGS and not is_known_name(name) \
        and min(map(name_char_count, name[1:])) < _OBJECT_IN_NAMES  # (罩 32, 件 321; not 文华 of 戴文华)


# A name after a noun of who with no surname is a foreign one of at least this many characters, all of transliteration
# (妻子|卡米拉, 儿子|哈里森): a shorter run there is a verb and its object more often (乘客|扫码).
_FOREIGN_AFTER_WHO = threshold("persons", "foreign_after_who")


def _foreign_after_who(text: str, start: int) -> str | None:
    """A transliterated name right after a noun of who (妻子|卡米拉|都已接种), which the readers without a surname
    refuse there; not an ordinary word."""
    name = read_unlisted(text, start)
    if not name or len(name) < _FOREIGN_AFTER_WHO or not looks_transliterated(name) or is_word(name, 1) \
            or _COUNTRIES.match(text, start):
        return None  # (乘客|哈萨克斯坦籍: a country, not a name)
    if any(PLACE_AFTER.match(text, start + k) for k in range(2, len(name))):
        return None  # 父母|亚利桑那州的房子: the run ends in a place's word (州, 市, 县 …), a foreign place (review)
    after = text[start + len(name) : start + len(name) + 1]
    if is_han(after) and after not in _ADVERBS_AFTER_FOREIGN and looks_transliterated(name + after):
        return None  # 妻子|阿尔茨|海默病: the run of transliteration goes on (a disease, a place), the reading is cut
    return name


# Adverbs that follow a subject and are also characters of transliteration (卡米拉|都已接种).
_ADVERBS_AFTER_FOREIGN = frozenset("都也还")


# Players' places and a side's manager (data/person_play_posts.txt), before the play as often as before a name.
_PLAY_POSTS = word_set("person_play_posts")
_GIVEN_AFTER_PLAY_POST = threshold("persons", "given_after_play_post")


def _play_after_post(text: str, start: int, name: str) -> bool:
    """``name``, read after a player's place or a side's manager at ``start``, is the first characters of the play
    (门将|高接低挡, 后卫|左路插上, 主帅|杜绝轮换, 主帅|雷霆震怒): a surname reading, not all transliteration, that is a
    word as after a noun of who (雷霆, 杜绝) or holds a given character names almost never hold (低, 插, 绝)."""
    if not surname_length(name, 0) or looks_transliterated(name):
        return False  # (主帅|曼奇尼, 前锋|因扎吉: a foreign name)
    given = name[surname_length(name, 0):]
    return _word_after_who(text, start, name) or min(map(name_char_count, given)) < _GIVEN_AFTER_PLAY_POST


def _after_positions(found: _Found, position_ends: set[int], status_ends: set[int],
                     play_ends: frozenset[int] | set[int] = frozenset()) -> None:
    readings = []
    for start in sorted(position_ends):
        who = start in status_ends
        name = read_at_cue(found.text, start, unlisted=not who) or (_foreign_after_who(found.text, start) if who else None)
        if who and name and _word_after_who(found.text, start, name):
            continue
        if start in play_ends and name and _play_after_post(found.text, start, name):
            continue
        if name in _POSITION_WORDS:
            continue  # 专家|顾问|小组, 首席|顾问: a second title of a stacked one, not a name (顾 is a surname)
        if name:
            readings.append((start, name))
    longer = _longer_transliterations(found.text, readings)
    for start, name in readings:
        name = longer.get(start) or _family_name_dotted_elsewhere(found.text, start, name) or name
        found.add(start, name, found.title_before(start), over_places="position", rule="person.after_position",
                  speaks=_speaks_elsewhere(found.text, name) or _speaks_here(found.text, start, name))


def _family_name_dotted_elsewhere(text: str, start: int, name: str) -> str | None:
    """The family name of a dotted name the text writes elsewhere (奥斯卡·闵可夫斯基) where a reading after a post at
    ``start`` is its start and stops inside it (病理学家|闵可夫|斯基是: 闵 is a surname, so the Han reader takes three
    characters, and LAC does not read the name): the family name as the dotted name gives it, up to
    ``longest_undotted`` characters. The scholar frame (…学家) puts posts before many such names."""
    end = start + len(name)
    if end >= len(text) or not is_han(text[end]) or text[end] not in transliteration_characters():
        return None
    for k in range(min(_LONGEST_UNDOTTED, len(text) - start), len(name), -1):
        family = text[start : start + k]
        if re.search(rf"[{NAME_DOTS}][ \u3000]*{re.escape(family)}(?![\u4e00-\u9fff])", text):
            return family
    return None


def _speaks_here(text: str, start: int, name: str) -> bool:
    """``name``, read after a post at ``start``, is a transliteration a verb of saying follows right there
    (科学家|沃森|表示): a person who speaks, though a firm's short form is spelt the same (沃森生物 … 沃森 as the
    organizations' short form of it)."""
    return looks_transliterated(name) and bool(SAYS.match(text, start + len(name)))


# A transliterated name at least this long that the text has speak at the start of a clause is a person, whatever LAC
# calls it in a short window after a position (副外长|格鲁什科|及副防长: LOC; 格鲁什科表示 later in the text).
_SPEAKER_MIN = threshold("persons", "speaker_min")


def _speaks_elsewhere(text: str, name: str) -> bool:
    """``name`` is a transliteration of at least ``_SPEAKER_MIN`` characters that opens a clause right before a verb
    of saying somewhere in ``text`` (⏎格鲁什科表示, 。格鲁什科说)."""
    if len(name) < _SPEAKER_MIN or not looks_transliterated(name):
        return False
    at = text.find(name)
    while at >= 0:
        if (at == 0 or text[at - 1] in _BOUNDARY_BEFORE) and SAYS.match(text, at + len(name)):
            return True
        at = text.find(name, at + 1)
    return False


# A foreign name written without dots is often longer than the readers take it: a surname reading stops after two
# given characters (马西莫|夫, 叶尔迪|斯巴耶夫, 卢卡申|科) and one without a surname after four (斯特凡|妮希娜). Where a
# reading at a cue is all transliteration and another character of transliteration follows, LAC (never fitted to
# our gold) reads the clause from there; its person span is taken when it begins where the reading does, is longer,
# no longer than this, and all transliteration too.
_LONGEST_UNDOTTED = threshold("persons", "longest_undotted")
# Characters of context before the reading and after its longest extension that LAC sees, within the clause.
_EXTENSION_BEFORE, _EXTENSION_AFTER = 2, 2
_EXTENSION_CLAUSE_END = frozenset("。！？!?\n，,；;：:、（）()“”\"")


def _cut_transliteration(text: str, start: int, name: str) -> bool:
    end = start + len(name)
    return (end < len(text) and is_han(text[end]) and text[end] not in NAME_STOP and looks_transliterated(name)
            and looks_transliterated(text[end]))


def _longer_transliterations(text: str, readings: list[tuple[int, str]]) -> dict[int, str]:
    """start -> the longer name LAC reads where a transliterated reading at ``start`` looks cut short."""
    asks = []
    for start, name in readings:
        if not _cut_transliteration(text, start, name):
            continue
        left = start
        while left > max(0, start - _EXTENSION_BEFORE) and text[left - 1] not in _EXTENSION_CLAUSE_END:
            left -= 1
        right = start + len(name)
        while right < min(len(text), start + _LONGEST_UNDOTTED + _EXTENSION_AFTER) \
                and text[right] not in _EXTENSION_CLAUSE_END:
            right += 1
        asks.append((start, name, left, right))
    if not asks:
        return {}
    longer = {}
    for (start, name, left, right), spans in zip(asks, person_spans([text[l:r] for _, _, l, r in asks])):
        for s, e in spans:
            tagged = text[left + s : left + e]
            while len(tagged) > len(name) and is_common_word(text[start + len(tagged) - 1 : start + len(tagged) + 1]):
                tagged = tagged[:-1]  # 卢卡申科|通电话: LAC's span took the first character of the word after it
            if left + s == start and len(name) < len(tagged) <= _LONGEST_UNDOTTED and tagged.startswith(name) \
                    and looks_transliterated(tagged):
                longer[start] = tagged
    return longer


# An age before a person: 今年52岁的|乌云其其格, 4岁的|朵朵, 33岁的|陈蕾 (a position right after is read by the position
# rule: 38岁的外卖员陆翔).
_AGE = re.compile(r"(?:\d{1,3}|[一二三四五六七八九十两]{1,3})(?:周)?岁(?:半)?的(?=[\u4e00-\u9fff])")


# jieba's tags of a word said twice that is no child's name even after an age: adverbs, time words, numerals,
# pronouns (常常, 天天, 渐渐); a child is often named by one that is an adjective, a noun or a measure (甜甜, 豆豆, 朵朵).
_NOT_A_CHILD = frozenset({"d", "t", "m", "r", "p", "c", "u", "ad"})


def _after_ages(found: _Found, position_ends: set[int]) -> None:
    """A name right after an age (``N岁的``): a surnamed name or one of name parts, as after a noun of who; a
    child's name said twice (朵朵); a familiar name (小李)."""
    text = found.text
    for m in _AGE.finditer(text):
        start = m.end()
        if _AFTER_POSITION.match(text, start) and _AFTER_POSITION.match(text, start).end() in position_ends:
            continue  # 38岁的外卖员|陆翔: the position introduces the name
        name = read_at_cue(text, start, unlisted=False)
        if name and not _word_after_who(text, start, name):
            found.add(start, name, None, rule="person.after_age")
        elif (twice := _REDUPLICATED.match(text, start)) and dictionary_tag(twice.group()) not in _NOT_A_CHILD \
                and twice.group(1) not in NAME_STOP | NOT_IN_NAME and ends_name(text, twice.end()):
            found.add(start, twice.group(), None, rule="person.after_age")
        elif familiar := _familiar_at(text, start):
            found.add(start, familiar, None, rule="person.after_age")


def _leaders_lists(found: _Found) -> None:
    text = found.text
    for m in _LEADERS_LIST.finditer(text):
        title = _title_before(text, m.start("names"))
        parts = m.group("names").split("、")
        offset = m.start("names")
        for index, part in enumerate(parts):
            if index == len(parts) - 1:  # the last name runs into the sentence: cut it like any name
                name = read_at_cue(text, offset)
            elif 2 <= len(part) <= 4 and not set(part) & NOT_IN_NAME:
                name = part
            else:
                name = part if read_parts(text, offset) == part else None  # 孟克巴雅尔、
            if name:
                found.add(offset, name, title, rule="person.leaders_list")
            offset += len(part) + 1


_RARE_WORD_AS_NAME = threshold("persons", "rare_word_as_name")


def _credited_name(text: str, start: int) -> str | None:
    """The name of a credit: the reading at the cue, or the whole run up to the credit's end when that is longer and
    holds no ordinary word."""
    name = read_at_cue(text, start)
    line = _CREDIT_LINE.match(text, start)
    if not line:
        return name
    # A surname and one or two characters alone on the rest of the line is the name, even where they spell a rare
    # word (编辑　甘露⏎; not 记者 高兴, 审核 周报… which are more often words).
    alone = line.end() == len(text) or text[line.end()] == "\n"
    if alone and len(line.group()) <= 3 and surname_length(text, start) == 1 \
            and not is_common_word(line.group(), _RARE_WORD_AS_NAME):
        return line.group()
    if (name is None or len(line.group()) > len(name)) and not holds_plain_word(line.group()):
        return line.group()
    return name


# What ends a name credited after a colon: the credit's end, or the next name of the list (编辑：张三、李四).
_COLON_CREDIT_END = re.compile(r"[）)\]】 \u3000\n、，,;；|丨/]|$")


def _credits(found: _Found) -> None:
    text = found.text
    for m in _COLON_ROLE.finditer(text):
        name = _credited_name(text, m.end())
        # (主持人：谢谢吴教授: prose after the role's colon, not a credit; a credited name ends the credit.)
        if name and _COLON_CREDIT_END.match(text, m.end() + len(name)):
            found.add(m.end(), name, None, over_places="credit", rule="person.credit")
    for m in _SPACED_CREDIT.finditer(text):
        start, title = m.end(), found.title_before(m.end("role"))
        name = _credited_name(text, start)
        while name and found.add(start, name, title, over_places="credit", rule="person.credit"):
            gap = _NEXT_SPACED.match(text, start + len(name))
            if not gap:
                break
            start = gap.end()
            name = _credited_name(text, start)
            if name and not _CREDIT_LINE_END.match(text, start + len(name)):
                break  # a credit ends at a bracket, a space or the line: 记者 娜布其 图门）


# A speaker's name opening a line of a transcript or an interview (米锋：今天的发布会…; 吴尊友：我认为…).
_SPEAKER = re.compile(r"(?:^|(?<=\n))(?P<name>[\u4e00-\u9fff·]{2,8})[：:](?=[^\n]{8})")


# A transcript: a line opened by the questioner's label (记者：请问…, 主持人：…, 问：…).
_QUESTIONER = re.compile(r"(?:^|\n)(?:[\u4e00-\u9fff]{0,10}记者|主持人|提问|问)[：:]")


def _speakers(found: _Found) -> None:
    """In a transcript (a line opened by 记者：, 主持人： or 问：), a name alone before the colon that opens a line,
    followed by what the speaker says: a surname and given name, or name parts (not a place, a body, a role or a
    heading: 张家口：, 第一：, 金句： — headings of that shape are common outside transcripts)."""
    text = found.text
    if not _QUESTIONER.search(text):
        return
    for m in _SPEAKER.finditer(text):
        start, label = m.start("name"), m.group("name")
        if read_name(text, start) == label or read_parts(text, start) == label:
            found.add(start, label, None, rule="person.speaker_label")


# 一个叫“娜”的女孩: a name in quotes after 叫, then 的 and a noun of a person (data/person_kinds_named.txt).
_QUOTED_NAME = re.compile(r"叫\s*[“\"](?P<name>[\u4e00-\u9fff·]{1,6})[”\"]\s*的(?:"
                          + "|".join(sorted(words("person_kinds_named"), key=len, reverse=True)) + ")")


def _quoted_names(found: _Found) -> None:
    """一个叫“娜”的女孩: a name (a nickname, a single character) a quote after 叫 introduces as a person's."""
    for m in _QUOTED_NAME.finditer(found.text):
        found.add(m.start("name"), m.group("name"), None, rule="person.quoted_name")


# A bracket right after a name that gives the person's other name (叶军（花名：不穷）, 王某（网名“小鱼”）): the
# familiar name the company or the net knows the person by, a person's name whatever its characters (花名 is the
# name an employee takes at some Chinese firms). The name fills the bracket or the bracket's first item.
_NICKNAME_GLOSS = re.compile(r"[（(](?:花名|昵称|网名|艺名|笔名|绰号|外号|人称)[：:]?[“\"]?"
                             r"(?P<name>[\u4e00-\u9fff]{2,6})[”\"]?(?=[）)，,、；;])")


def _nicknames(found: _Found) -> None:
    """叶军（花名：不穷）: the other name a bracket after a found name gives, at the gloss only: such a name is often
    a word or a piece of one (博士, 层出不穷), and the story goes on with the person's own name."""
    text = found.text
    ends = {e for _, e in found.spans}
    for m in _NICKNAME_GLOSS.finditer(text):
        if m.start() in ends and m.group("name") not in found.known \
                and found.add(m.start("name"), m.group("name"), None, rule="person.nickname"):
            found.known.discard(m.group("name"))


def _named(found: _Found) -> None:
    """一位名叫王伟的志愿者, 他叫孟和: a name introduced as a name; 邹衍，又名邹衍桃: another name of a person found."""
    for m in _NAMED.finditer(found.text):
        name = read_at_cue(found.text, m.end())
        if name:
            found.add(m.end(), name, None, rule="person.named")
    for m in _ALIAS.finditer(found.text):
        before = found.text[max(0, m.start() - 9) : m.start()].rstrip("，,")
        if any(before.endswith(known) for known in found.known):
            name = read_at_cue(found.text, m.end())
            if name:
                found.add(m.end(), name, None, rule="person.named")


# 小 or 老 before a surname names a person familiarly (民警小唐, 楼组长老周, 大家叫他“小邬”): the whole form is the
# mention, as for 王女士. These are ordinary words instead (小时, 老师, 小区 …), from jieba's dictionary's words of
# 小/老 and a surname: frequency does not tell them from the familiar forms it lists (小张 302, 小区 414).
_FAMILIAR_WORDS = word_set("person_familiar_words")
_CALLED = re.compile(r"(?:叫|称|喊)(?:他|她)?(?:为)?[“\"‘](?=[小老].[”\"’])")


def _familiar_at(text: str, start: int) -> str | None:
    """小唐 / 老周 at ``start``: 小 or 老, a single surname, then the end of a name."""
    if text[start : start + 1] not in ("小", "老") or surname_length(text, start + 1) != 1:
        return None
    name = text[start : start + 2]
    if name in _FAMILIAR_WORDS or text[start + 1] in NAME_STOP or not ends_name(text, start + 2):
        return None
    return name


def _familiar(found: _Found, position_ends: set[int]) -> None:
    text = found.text
    for start in sorted(position_ends):
        name = _familiar_at(text, start)
        if name:
            found.add(start, name, found.title_before(start), rule="person.familiar")
    for m in _CALLED.finditer(text):
        name = _familiar_at(text, m.end())
        if name:
            found.add(m.end(), name, None, rule="person.familiar")
    for m in _CLAUSE_VERB.finditer(text):
        start = m.start() - 2  # 小唐告诉记者, 小林在楼前: alone at the start of a clause, before a verb or an act
        name = _familiar_at(text, start) if start >= 0 and (start == 0 or text[start - 1] in _BOUNDARY_BEFORE) else None
        if name:
            found.add(start, name, None, rule="person.familiar")


# A child's name of one character said twice (辰辰), at the start of a clause before a verb or an act.
_REDUPLICATED = re.compile(r"([\u4e00-\u9fff])\1")
# (Said at least this often in the text: a story that names a child by such a name uses it again.)
_REDUPLICATED_MIN = threshold("persons", "reduplicated_min")


def _reduplicated(found: _Found) -> None:
    text = found.text
    for m in _REDUPLICATED.finditer(text):
        start, end = m.start(), m.end()
        if not ((start == 0 or text[start - 1] in _BOUNDARY_BEFORE) and _CLAUSE_VERB.match(text, end)):
            continue
        name = m.group()
        if dictionary_tag(name) is not None or m.group(1) in NAME_STOP or m.group(1) in NOT_IN_NAME \
                or text.count(name) < _REDUPLICATED_MIN:
            continue  # 常常, 渐渐, 天天: a word; 的的, 区区: not a name's character
        if _firm_form(text, name):
            continue  # 钉钉|总裁叶军 … 钉钉|在2022年: a product or a firm named the same way
        found.add(start, name, None, rule="person.reduplicated")


def _firm_form(text: str, form: str) -> bool:
    """Somewhere in ``text`` ``form`` stands before a position and a name (钉钉|总裁|叶军) or before a word of a shop,
    a brand or a firm (…|平台, …|App, data/person_things_after.txt): the form names the body a person works for or
    the thing sold, as a child's familiar name (辰辰, 笑笑) never is."""
    for m in re.finditer(re.escape(form), text):
        if _SHOP_AFTER.match(text, m.end()):
            return True
        position = _AFTER_POSITION.match(text, m.end())
        if position and read_name(text, position.end()) is not None:
            return True
    return False


# A partly anonymised name keeps its given character after 某 (邓某康): one frequent in names, before a name's end —
# or any character where the text glosses the form as a pseudonym (刘某锟（化名）).
_GIVEN_AFTER_MOU = threshold("persons", "given_after_mou")
# (A bracket that glosses a person right after the form: a pseudonym, a sex or a death, 刘某锟（化名）, 桑某妞（女，48岁）,
# 普某玛（已去世）: the text says the form is a name, whatever its given character.)
_PSEUDONYM = re.compile(r"[（(](?:化名|[男女][，,、）)]|已去世|已故)")


# An anonymised form just before, in the same list (杨某侠、|光某英): then the next item's first character is an initial
# whatever it is, as in a case list (光 is a surname the lists lack).
_ANONYMISED_ITEM_BEFORE = re.compile(r"[\u4e00-\u9fff]某[\u4e00-\u9fff]?、$")


def _listed_after_anonymised(text: str, i: int) -> bool:
    """The character at ``i`` follows 、 after an anonymised form (杨某侠、|光|某英), and can be an initial."""
    return (text[i] not in _NOT_INITIALS and text[i] not in NAME_STOP
            and _ANONYMISED_ITEM_BEFORE.search(text, max(0, i - 4), i) is not None)


def _partly_anonymised(text: str) -> set[str]:
    """The forms surname + 某 + given character of ``text`` (邓某康), where one occurrence ends like a name, or a
    bracket glosses it as a person (桑某妞（女）."""
    forms = set()
    for m in re.finditer(r"某(?=[\u4e00-\u9fff])", text):
        given = m.end()
        glossed = _PSEUDONYM.match(text, given + 1) is not None  # 刘某锟（化名）: the text says it is a name
        if (m.start() > 0 and (surname_length(text, m.start() - 1) == 1 or _listed_after_anonymised(text, m.start() - 1))
                and text[given] not in NAME_STOP | NOT_IN_NAME
                and text[given] != "某" and (glossed or name_char_count(text[given]) >= _GIVEN_AFTER_MOU)
                and (glossed or ends_name(text, given + 1)) and not is_common_word(text[given : given + 2])):
            # (白某|越发, 白某|存在, 白某|举办: the character after 某 begins a word, not the given name)
            forms.add(text[m.start() - 1 : given + 1])
    return forms


# A shop, a brand or a firm's word right after a form of address makes it the shop's name (钱大妈|门店).
_SHOP_AFTER = re.compile("|".join(sorted(words("person_things_after"), key=len, reverse=True)) + r"|超市|商场|店")


# A form of address that only courtesy adds to a full name (专家王华庆先生, 雷正龙女士): the name is the person.
_COURTESY = re.compile(r"先生|女士")


def _full_name_before(text: str, at: int, position_ends: set[int]) -> int | None:
    """Start of a full name (surname and given name) that ends at ``at``, else None: three characters whose given
    part is no word (邀请了|雷正龙|先生), or two that open their clause or follow a position (专家|吴某|先生).
    Not a function word and a surname (，向|李|女士)."""
    for k in (3, 2):
        start = at - k
        if start < 0:
            continue
        name = text[start:at]
        if k == 3 and start + 2 in position_ends:
            continue  # 房东|景|女士, 车主|张|先生: a position and a surname, which the honorific rule reads (景女士)
        opens = start == 0 or text[start - 1] in _BOUNDARY_BEFORE or start in position_ends or not is_han(text[start - 1])
        if not (opens or (k == 3 and not is_plain_word(name[1:]) and not is_common_word(text[start - 1 : start + 1]))):
            continue  # (感|谢张伟|先生: the surname's character ends a word, 感谢)
        if read_name(text, start) == name and not _LEADING_FUNCTION_WORDS.match(name) \
                and surname_length(name, 0) < len(name) and not is_common_word(name):
            return start
    return None


def _names_before_courtesy(found: _Found, position_ends: set[int]) -> None:
    """王华庆先生: the full name before a form of address is the mention (not 华庆先生 or 庆先生)."""
    text = found.text
    for m in _COURTESY.finditer(text):
        if text[m.start() - 1 : m.start()] == "老":
            continue  # 陈|老先生: an old gentleman addressed by his surname (the honorific rule), not a name 陈老
        start = _full_name_before(text, m.start(), position_ends)
        if start is not None:
            found.add(start, text[start : m.start()], found.title_before(start) if start in position_ends else None,
                      rule="person.name_before_courtesy")


# What may follow a partly anonymised name where no clause opens before it (洪某与张某光、曹某青): a mark that ends it.
_CLOSES_NAME = frozenset("，。、；：:,;！？!?”）)（(") | {"的"}  # (an opening bracket: 张某光（化名）, 张某光(17岁))


# Classifiers of persons before a form of address (data/person_classifiers_before_address.txt: 有|位|爷爷): no surname
# (位爷爷 in one of ~300 read posts; 位 and 名 are rare surnames, and 这位, 一位 are words the check below refuses).
_CLASSIFIERS_BEFORE_ADDRESS = word_set("person_classifiers_before_address")


# 连 before a form of address and 都 after it say "even" (连老师都不得不…, 就连医生也…), not a surname.
_EVEN = "连"
_EVEN_AFTER = frozenset("都")
_EVEN_BEFORE = ("就", "甚至")
# 小 and 老 make a familiar name of the character after them (小燕女士, 老李师傅): that character is no surname of the form.
_FAMILIAR_PREFIXES = frozenset("小老")


def _no_surname_before_address(text: str, start: int, end: int) -> bool:
    """The one character at ``start`` before a form of address (ending at ``end``) is not a surname there, though it
    may be one elsewhere: it is said twice (谢谢|医生: the verb "thank", as ``read_name`` refuses 谢谢吴教授), it is the
    连 of "even" (连|老师都, 就连|医生也), or 小 or 老 before it make a familiar name (小燕|女士, whose 燕 is no
    surname of 燕女士) and end no word of the dictionary (村小|王老师, 从小|王女士)."""
    char = text[start]
    if start > 0 and text[start - 1] == char:
        return True
    if char == _EVEN and (text[end : end + 1] in _EVEN_AFTER or text[max(0, start - 2) : start].endswith(_EVEN_BEFORE)):
        return True
    # (Not where 小 or 老 ends a word of the dictionary, however rare: 村小|王老师 and 实小|李老师 are schools' teachers,
    # 养老|王先生 no familiar name.)
    return start > 0 and text[start - 1] in _FAMILIAR_PREFIXES and (start == 1 or not is_han(text[start - 2])
                                                                    or not is_word(text[start - 2 : start], 1))


def _anonymised(found: _Found, position_ends: set[int] = frozenset()) -> None:
    text = found.text
    partly = _partly_anonymised(text) if "某" in text else set()
    opened = set()  # the partly anonymised forms the text writes where a clause or list opens
    for name in sorted(partly):
        for m in re.finditer(re.escape(name), text):
            if m.start() == 0 or text[m.start() - 1] in _BOUNDARY_BEFORE or not is_han(text[m.start() - 1]):
                found.add(m.start(), name, None, rule="person.anonymised")
                opened.add(name)
    forms: list[tuple[int, str]] = []
    shops: set[str] = set()
    for m in _ANONYMISED.finditer(text):
        # The surname stands right before 某 / the honorific: 许某, 平某某, 欧阳女士, 王女士.
        for k in (2, 1):
            start = m.start() - k
            if k == 1 and _conjunction_opens(text, start):
                break  # 但|医生说, 但|爷爷说: "but the doctor", not a surname and a form of address
            if k == 1 and start >= 0 and text[start] in _CLASSIFIERS_BEFORE_ADDRESS and m.group()[0] != "某":
                break  # 还有|位|爷爷: a classifier and a form of address, no one named
            if k == 1 and m.group()[0] != "某" and _no_surname_before_address(text, start, m.end()):
                break  # 谢谢|医生, 连|老师都, 小燕|女士: the character before the form of address is no surname here
            if (start >= 0 and surname_length(text, start) == k and text[start] not in NAME_STOP
                    # (After a position the surname begins the form, though it ends a word with the position's
                    # last character: 车主|张先生, not 主张.)
                    and not (start > 0 and start not in position_ends and (is_common_word(text[start - 1 : start + 1])
                                            or text[start - 1 : start + 1] in _LOCAL_WORDS  # 骨干|医生, 嘎查|医生
                                            # (小班|小朋友: the surname's character ends a word of the dictionary,
                                            # however rare, and the form of address is a noun after it)
                                            or is_word(text[start - 1 : start + 1], 1, but=("nr", "nrfg", "nrt"))))):
                forms.append((start, text[start : m.end()]))
                if _SHOP_AFTER.match(text, m.end()):
                    shops.add(text[start : m.end()])  # 钱大妈|门店: a shop named by a surname and a form of address
                break
    # The partly anonymised forms the text writes whole somewhere, where a clause opens or a mark ends them: every
    # other occurrence is the same person, whatever follows it there (杨某侠、 … 认定|杨某侠|即是, not 杨某 + 侠即是).
    whole = opened | {text[start : start + 3] for start, name in forms if len(name) == 2
                      and text[start : start + 3] in partly and text[start + 3 : start + 4] in _CLOSES_NAME}
    for start, name in forms:
        longer = text[start : start + 3]
        if len(name) == 2 and longer in whole:
            name = longer  # 洪某与|张某光、, 将|李某月|诱骗 (李某月 opens a clause elsewhere): the partly anonymised form
        if name not in shops:  # (a shop's name is no person at any of its mentions)
            found.add(start, name, None, rule="person.anonymised")
    for m in _DOUBLE_ANONYMISED.finditer(text):
        found.add(m.start(), m.group(), None, rule="person.anonymised")


# A case bulletin anonymises a person by the first character of the name, whatever it is (a Mongolian name's 额某,
# 乌某某), and gives the sex right after: 病例1：额某，女，… — at a clause's start, after a post or a noun of who.
_ANONYMISED_WITH_SEX = re.compile(r"[\u4e00-\u9fff]某某?(?=[，,（(]\s*[男女](?:[，,）)、；;。]|性))")
# Characters that, before 某, say "a certain" or "its" rather than begin a name (该某, 某某, 本某).
_NOT_INITIALS = frozenset("该某本此每各一这那")


# 姐 and 哥 after a surname address a person as an elder sister or brother would be (刘姐, 王哥): the surname and the
# form are the mention, as with 王女士, unless the two make a word of the dictionary (师姐, 帅哥, 表哥, 大姐, 的哥).
_SIBLING_FORM = re.compile(r"(?<=[\u4e00-\u9fff])[姐哥](?![姐哥])")


def _sibling_forms(found: _Found) -> None:
    """刘姐告诉记者, 安姐前几天写到: a single surname and 姐 or 哥, not a word, where a name can end after it."""
    text = found.text
    for m in _SIBLING_FORM.finditer(text):
        start = m.start() - 1
        form = text[start : m.end()]
        if (surname_length(text, start) == 1 and text[start] not in NAME_STOP and not is_word(form, 1)
                and not (start > 0 and (is_common_word(text[start - 1 : start + 1]) or text[start - 1] == text[start]))
                and ends_name(text, m.end())):
            found.add(start, form, None, rule="person.sibling_form")


def _anonymised_with_sex(found: _Found, position_ends: set[int]) -> None:
    """额某，女 / 乌某某（男，…）: an anonymised person whose sex the bulletin gives, the first character any."""
    text = found.text
    for m in _ANONYMISED_WITH_SEX.finditer(text):
        start = m.start()
        if text[start] not in _NOT_INITIALS and (start == 0 or text[start - 1] in _BOUNDARY_BEFORE
                                                 or start in position_ends):
            found.add(start, m.group(), None, rule="person.anonymised_with_sex")


def _parts_name_ending_at(text: str, t: int, part_ends: set[int]) -> int | None:
    """Start of a name in Mongolian or Tibetan parts that fills its clause up to ``t`` (那顺乌力吉|主任)."""
    if t not in part_ends:
        return None
    return next((start for start in range(max(0, t - 8), t - 1)
                 if (start == 0 or text[start - 1] in _BOUNDARY_BEFORE) and read_parts(text, start) == text[start:t]),
                None)


# 代 before a post makes it acting (代主席, 代市长): what stands before is a body or a place far more often than a name.
_ACTING = "代"


def _postposed_titles(found: _Found, part_ends: set[int]) -> None:
    text = found.text
    for m in _POSTPOSED_TITLE.finditer(text):
        t = m.start()
        # A name in parts first: a surname reading would take 乌力吉 of 那顺乌力吉主任.
        part_start = _parts_name_ending_at(text, t, part_ends)
        if part_start is not None:
            found.add(part_start, text[part_start:t], None, rule="person.postposed_title")
            continue
        if text[t - 1 : t] == _ACTING:
            continue  # 自治区代主席: an acting post after a place or body; 王某代主席 is rare beside it
        for k in (3, 2):
            candidate = text[t - k : t] if t - k >= 0 else ""
            before = text[t - k - 1] if t - k - 1 >= 0 else "，"
            if m.group() == "同志" and before not in _BOUNDARY_BEFORE | set("的和与及同对向把由"):
                continue  # 有关部门负责同志: 同志 after a role, not a name
            if (len(candidate) == k and surname_length(candidate, 0) and candidate[0] not in NAME_STOP
                    and candidate[1] != candidate[0]
                    # (谢谢|吴教授: a word said twice before the name; not 学习|习近平, where a word ends in the surname)
                    and not (before == candidate[0] and not is_common_word(text[max(0, t - k - 2) : t - k]))
                    and candidate[0] not in NAME_STOP_WORD_CHARS
                    and not set(candidate[1:]) & (NAME_STOP | NOT_IN_NAME) and not is_common_word(candidate)
                    and not _begins_inside_word(text, t - k, t) and not _words_across(text, t - k, t)):
                found.add(t - k, candidate, None, rule="person.postposed_title")
                break


def _words_across(text: str, start: int, end: int) -> bool:
    """A three-character candidate whose surname ends a word before it and whose given part is a word itself
    (泰|国|卫生|部长): two words, not a name (学习|习近平 keeps its name: 近平 is no word)."""
    return (end - start == 3 and start > 0 and is_common_word(text[start - 1 : start + 1])
            and is_common_word(text[start + 1 : end]))


def _begins_inside_word(text: str, start: int, end: int) -> bool:
    """The character before ``start`` makes a word with the one at ``start`` (全|国性书记, 公|益性主任), or with the
    whole candidate (华|盛顿): what follows is the tail of that word, not a name that begins there."""
    # (Two-character candidates only: a full name often follows a word that ends in its surname, 学习|习近平.)
    return start > 0 and end - start == 2 and (is_common_word(text[start - 1 : start + 1])
                                               or is_word(text[start - 1 : end], 1, but=("nr", "nrfg", "nrt")))


# One-character conjunctions that may open a clause before a name (但张宁说): not the name's surname.
_CLAUSE_CONJUNCTIONS = frozenset("但而并")  # (not 却 or 可, which begin names: 却吉扎布)
# Verbs that take 在 and stand between a name and it (赵涛|住在9公寓): the name ends before the verb.
_VERBS_BEFORE_ZAI = word_set("person_verbs_before_zai")


# Adverbs that stand between a name opening a clause and its verb or act (data/person_adverbs_before_act.txt).
_ADVERB_BEFORE = re.compile("(?:" + "|".join(sorted(words("person_adverbs_before_act"), key=len, reverse=True)) + ")$")
_ADVERB_AT = re.compile("|".join(sorted(words("person_adverbs_before_act"), key=len, reverse=True)))


# A subject after a clause's conjunction (data/person_subjects_after_conjunction.txt: 但|其表示, 而|这…), or a side or a
# medium named by a country's short form (但|美媒指出, 但|美方称): 但 is a rare surname, and LAC and the clause rule read
# 但其, 但美媒 as names before a verb of saying (3 false persons in 2 of ~280 read posts, finance and world news).
_SUBJECTS_AFTER_CONJUNCTION = frozenset(words("person_subjects_after_conjunction"))
_MEDIUM = "媒"  # (美媒, 外媒, 港媒: a medium of that country or place; never a given name's character)


def _subject_after_conjunction(text: str, start: int) -> bool:
    """A conjunction (但, 而, 并) at ``start`` is followed by a pronoun or by a side's or a medium's short form."""
    if start + 1 >= len(text) or text[start] not in _CLAUSE_CONJUNCTIONS:
        return False
    return text[start + 1] in _SUBJECTS_AFTER_CONJUNCTION or (
        text[start + 1] in _SIDE_CHARACTERS and text[start + 2 : start + 3] in (_SIDE, _MEDIUM))


# One-character adverbs and modals that open a predicate right after a clause's conjunction (但|再说一次, 但|别光说;
# data/person_predicates_after_conjunction.txt). Two posts of two outlets read by the s20 helpers had 但再|说 and
# 但别光|说 read as names at the start of a clause.
_PREDICATES_AFTER_CONJUNCTION = frozenset(words("person_predicates_after_conjunction"))


_LAC_NOT_NAMES = word_set("person_lac_not_names")


def _never_a_name(name: str) -> bool:
    """``name`` is a string of data/person_not_names.txt, which the readers at a cue already refuse (read_name), or of
    data/person_lac_not_names.txt: LAC, reading with no cue, took some of them for names too (严正|交涉, 中方|严正|立场:
    an adjective of protest). The second list is refused on this path only: after a post a person may bear the name
    (局长|严正表示)."""
    return name in NOT_NAMES or name in _LAC_NOT_NAMES


def _predicate_after_conjunction(text: str, start: int) -> bool:
    """A conjunction (但, 而, 并) at ``start`` is followed by an adverb or a modal that opens the clause's predicate
    (但|再说一次, 但|别光说): the two make no surname and given name."""
    return (start + 1 < len(text) and text[start] in _CLAUSE_CONJUNCTIONS
            and text[start + 1] in _PREDICATES_AFTER_CONJUNCTION)


def _conjunction_before_name(found: "_Found", start: int, name: str) -> str | None:
    """A reading that begins with a conjunction opening its clause (但, 而, 并) whose rest is a name the text names
    elsewhere on its own (但|孙颖莎/王曼昱随后 … 凌晨，孙颖莎/王曼昱): the rest, which is the name; else None. LAC read
    但孙颖莎 in a read post of a sports report; the conjunction is no surname here, as after the clause-start reader
    (但|再说, 但|别光说: _predicate_after_conjunction)."""
    rest = name[1:]
    if len(rest) < 2 or not _conjunction_opens(found.text, start):
        return None
    text = found.text
    alone = any(m.start() != start + 1 for m in re.finditer(re.escape(rest), text))
    return rest if alone and (rest in found.known or any(text[s:e] == rest for s, e in found.spans)) else None


def _conjunctions_before_names(found: "_Found") -> None:
    """LAC's readings that begin with a clause's conjunction before a name found on its own elsewhere lose the
    conjunction (但孙颖莎 → 孙颖莎: :func:`_conjunction_before_name`); the longer form is no name of the text, so it is
    not repeated where it recurs."""
    text = found.text
    for (start, end), rule in sorted(found.rules.items()):
        if rule != "person.lac":
            continue
        rest = _conjunction_before_name(found, start, text[start:end])
        if rest:
            found.widen(start, end, start + 1)
            if not any(text[s:e] == text[start:end] for s, e in found.spans):
                found.known.discard(text[start:end])


def _conjunction_opens(text: str, start: int) -> bool:
    """A one-character conjunction (但, 而, 并) stands at ``start`` at the start of a clause."""
    return (0 <= start < len(text) and text[start] in _CLAUSE_CONJUNCTIONS
            and (start == 0 or text[start - 1] in _BOUNDARY_BEFORE))


def _opens_clause(text: str, start: int) -> bool:
    """``start`` opens a clause: the text's start, a boundary, or a conjunction right after one (但|张宁说)."""
    if start == 0 or text[start - 1] in _BOUNDARY_BEFORE:
        return True
    return text[start - 1] in _CLAUSE_CONJUNCTIONS and (start == 1 or text[start - 2] in _BOUNDARY_BEFORE)


# A three-character run the text repeats this often, opening a clause before a verb, is a name even where its surname
# and first given character make a frequent word (万一|唯, 高明|远: read_name refuses 万一… as "in case …").
_REPEATED_NAME_MIN = threshold("persons", "repeated_name_min")


def _repeated_name(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` (three characters) is a surname and two characters that can be given ones, no word, whose
    given part is no word, and the text holds it at least ``_REPEATED_NAME_MIN`` times."""
    name = text[start:end]
    return (surname_length(name, 0) == 1 and name[0] not in NAME_STOP_WORD_CHARS
            and (name[1] not in NAME_STOP or name[1] in FIRST_GIVEN_ONLY) and name[2] not in NAME_STOP
            and not set(name[1:]) & NOT_IN_NAME and all(map(is_han, name))
            and not is_common_word(name, 1) and not is_common_word(name[1:], 1)
            and text.count(name) >= _REPEATED_NAME_MIN)


def _clause_starts(found: _Found, part_ends: set[int]) -> None:
    text = found.text
    for m in _CLAUSE_VERB.finditer(text):
        # 郑中华表示 / ⏎郭震说 / 孙绍骋在…调研: a name alone at the start of a clause, right before the verb.
        t = m.start()
        if m.group() == "等" and (_NOT_PEOPLE_AFTER_ETC.match(text, m.end()) or _LIST_BEFORE.search(text, max(0, t - 7), t)):
            continue  # 居延海等景区: places or bodies before 等; 、龙塘镇等: a list's last item (the list rule reads lists)
        says = SAYS.match(text, t)
        ends = [(t, False)]
        if m.group() == "在" and t > 0 and text[t - 1] in _VERBS_BEFORE_ZAI:
            ends.insert(0, (t - 1, True))
        if adverb := _ADVERB_BEFORE.search(text, max(0, t - 2), t):
            ends.append((adverb.start(), False))  # 卫某某|已|在牧场工作: an adverb between the name and the act
        done = False
        for end, before_verb in ends:
            # (Before a verb of saying, also a name of two surnames: 林郑月娥表示.)
            four = end - 4 >= 0 and says and _opens_clause(text, end - 4) and read_double_surname(text, end - 4)
            if four and _conjunction_opens(text, end - 4) and read_name(text, end - 3) == text[end - 3 : end]:
                four = None  # 但|李大勇说: the conjunction opens the clause, the name is the three after it
            if four and four == text[end - 4 : end]:
                found.add(end - 4, four, None, rule="person.clause_start")
                break
            for k in (3, 2):
                start = end - k
                if start < 0 or not _opens_clause(text, start) or _subject_after_conjunction(text, start) \
                        or _predicate_after_conjunction(text, start):
                    continue  # (但|其表示, 但|美媒指出: the conjunction and a subject, no name; 但|再说: and a predicate)
                if k == 3 and text[start] in _CLAUSE_CONJUNCTIONS and (read_name(text, start + 1) == text[start + 1 : end]
                                                                      or is_common_word(text[start + 1 : end])
                                                                      or not says):
                    # 但|张宁说, 但|小伙说: the conjunction opens the clause; before an act rather than a verb of
                    # saying it always does (但|豹皮|也是假的: 但 is a rare surname, and a thing may act too).
                    continue
                name = read_name(text, start, stop_surname=bool(says) and k == 3)
                if name is None and k == 3 and _repeated_name(text, start, end):
                    name = text[start:end]
                if before_verb and name and len(name) > end - start:
                    name = text[start:end]  # the reader runs on into the verb (赵涛住): the name ends before it
                # Before an act only a full name whose given part is not a word: 但现|在, 储能|等, 戴口罩|等 are not
                # names; before a verb that takes 在, a name that is no word (赵涛|住在).
                if name and start + len(name) == end and (says or (k == 3 and not is_plain_word(name[1:]))
                                                          or (before_verb and not is_plain_word(name))):
                    found.add(start, name, None, rule="person.clause_start")
                    done = True
                    break
            if done:
                break
        if not done:
            # 宝音达来表示: a name in Mongolian or Tibetan parts (up to 8 characters back, like the title rule).
            start = t
            while start > 0 and t - start < 8 and text[start - 1] not in _BOUNDARY_BEFORE:
                start -= 1
            if (t in part_ends and (start == 0 or text[start - 1] in _BOUNDARY_BEFORE) and m.group() not in ("等", "在")
                    and read_parts(text, start) == text[start:t]):
                found.add(start, text[start:t], None, rule="person.clause_start")


# Verbs of taking or leaving a post (data/person_appointment_verbs.txt: 接任, 担任, 出任, 卸任 …). Business and public
# news writes who takes a post after 由 (华安逆向策略将由|万建军|接任, 改由|刘濛|担任) or at a clause's start
# (。万建军|现任…): the name there, read by the readers, is a person (3 names in 2 of 17 read posts; LAC misses such
# names with rare given characters: 蒋璆).
_APPOINTMENT_VERB = re.compile("|".join(sorted(words("person_appointment_verbs"), key=len, reverse=True)))
_BY = "由"


_NOUN_TAGS = ("n", "a")


def _appointee_opens(text: str, start: int) -> bool:
    """A name may begin at ``start`` before a verb of taking a post: after 由 that is no part of a word (将由|…, 改由|…;
    not 由于|李明, nor a noun's 由: 理由, 事由, 自由), or at a clause's boundary."""
    if start == 0 or text[start - 1] in _BOUNDARY_BEFORE - {"、"}:
        return True
    word_before = text[start - 2 : start] if start > 1 else ""
    return text[start - 1] == _BY and not is_common_word(text[start - 1 : start + 1]) \
        and not (is_common_word(word_before) and (dictionary_tag(word_before) or "").startswith(_NOUN_TAGS))


def _lac_reads_person(text: str, start: int, end: int) -> bool:
    """LAC, reading the clause around it, reads exactly (start, end) as a person (由|蒋璆|接任; not 由|高管|担任)."""
    left, right = _clause_window(text, start, end)
    return (start - left, end - left) in person_spans([text[left:right]])[0]


def _read_up_to(text: str, start: int, end: int) -> str | None:
    """The name the readers read from ``start`` when it ends at ``end`` (or runs on past it into the word there:
    王涵|团 of 王涵团队), and is no ordinary word."""
    name = read_name(text, start)
    if name is None or len(name) < end - start or name[: end - start] != text[start:end]:
        return None
    name = text[start:end]
    return None if is_plain_word(name) or is_common_word(name) else name


# Adverbs written between 曾 (once) or a clause's start and a verb of taking a post (data/person_adverbs_before_
# appointment.txt: 曾|先后|担任, 曾|连续|担任, 曾|短暂|担任), and posts (data/person_positions.txt,
# data/organization_firm_cues.txt: 改由原|总裁|接任, 将由|董秘|接任): the readers read 曾先后 or 原总裁 as a name (曾
# and 原 are surnames), and LAC reads 董秘 as one, but neither is a person (a review's cases).
_ADVERBS_BEFORE_APPOINTMENT = word_set("person_adverbs_before_appointment")
_POSTS = _POSITION_WORDS | word_set("organization_firm_cues")


def _adverb_or_post(name: str) -> bool:
    """``name`` is, or ends with, an adverb before a verb of taking a post or a post itself (曾先后, 原总裁, 董秘)."""
    return any(name[i:] in _ADVERBS_BEFORE_APPOINTMENT or name[i:] in _POSTS for i in range(len(name) - 1))


def _appointees(found: _Found) -> None:
    """A name right before a verb of taking or leaving a post, after 由 or at a clause's start (由|万建军|接任,
    。|万建军|现任): three characters, else two, as the readers read them, no ordinary word; two characters only where
    LAC reads a person there too (由|蒋璆|接任, not 由|高管|担任 nor 。|高管|卸任: 高管 is not in jieba's dictionary); never
    an adverb or a post (曾|先后|担任, 改由原|总裁|接任, 将由|董秘|接任)."""
    text = found.text
    for m in _APPOINTMENT_VERB.finditer(text):
        end = m.start()
        if end > 0 and is_common_word(text[end - 1 : end + 1]):
            continue  # 表|现任|何: the verb's first character ends the word before it, no verb here
        for k in (3, 2):
            start = end - k
            if start < 0 or not _appointee_opens(text, start):
                continue
            name = _read_up_to(text, start, end)
            if name is not None and _adverb_or_post(name):
                break  # 曾|先后|担任, 改由原|总裁|接任: no name ends at the verb
            if name is not None and (k == 3 or _lac_reads_person(text, start, end)):
                found.add(start, name, None, rule="person.appointee")
                break


# A research or working team named after its head (兴业证券|王涵|团队, 张忆东、|张启尧|团队): a name right before the
# team's noun (data/person_team_nouns.txt), read by the readers, is the head's (7 names of one read list of awards
# that LAC missed); the list before it too. Not a team named by its trade (医药生物团队, 研发团队: no name reads so),
# nor a name begun inside a word (华安基|金王斌|团队: 基金 is a word).
_TEAM_NOUN = re.compile("|".join(sorted(words("person_team_nouns"), key=len, reverse=True)))


def _name_ending_at(text: str, end: int) -> str | None:
    """The name of three, else two characters that the readers read ending right at ``end``, not begun inside a word;
    two characters only where LAC reads a person there too (王涵|团队, not 高管|团队 nor 安保|团队)."""
    for k in (3, 2):
        start = end - k
        if start < 0 or (start > 0 and is_common_word(text[start - 1 : start + 1])):
            continue
        if (name := _read_up_to(text, start, end)) is not None and (k == 3 or _lac_reads_person(text, start, end)):
            return name
    return None


def _team_leaders(found: _Found) -> None:
    """The name right before a team's noun (王涵|团队), and each item of the list that ends there (张忆东、|张启尧|团队),
    read back over 、 while a name ends at each item's end."""
    text = found.text
    for m in _TEAM_NOUN.finditer(text):
        end = m.start()
        if end > 0 and is_common_word(text[end - 1 : end + 1]):
            continue  # 交响乐|团队|员: 乐团 and 队员, no team noun
        while (name := _name_ending_at(text, end)) is not None:
            # (A place may be the given name: 陈|绍兴|团队, as after a position.)
            if not found.add(end - len(name), name, None, over_places=True, rule="person.team_leader"):
                break
            end -= len(name)
            if text[end - 1 : end] != "、":
                break
            end -= 1


# A foreign name without a surname of the table, alone at the start of a clause before a verb of saying (佩斯科夫说,
# 波多利亚克表示): a run of two to seven characters of transliteration that is no ordinary word, kept where LAC, never
# fitted to our gold, reads a person beginning there (美方|表示, 双方|表示 are no persons).
_LONGEST_SPEAKER = threshold("persons", "longest_speaker")
_SPEAKER_CONTEXT = threshold("persons", "speaker_context")


# A result after a player's name: 以 and a number, the time, mark or score it won by (杰克逊|以10秒76获得季军,
# 斯塔赫|以68米90获得金牌; a vote: 科瓦奇|以52票当选). Match reports name foreign athletes so, with no post before them.
_RESULT = re.compile(r"以(?=\d)")
# The number after 以 (10, 1.2, 3:1, 3比0) and the words that make it a person's result or no result (_in_a_result).
_RESULT_NUMBER = re.compile(r"\d+(?:[.．:：比]\d+)*")
_RESULT_UNIT = re.compile("(?:" + "|".join(sorted(words("person_result_units"), key=len, reverse=True)) + ")(?!钟)")
_NOT_RESULT_UNIT = re.compile("|".join(map(re.escape, sorted(words("person_result_not_units"), key=len, reverse=True))))
_RESULT_WORD = re.compile("|".join(sorted(words("person_result_words"), key=len, reverse=True)))
_SENTENCE_ENDS = "。！？!?；;\n"


def _in_a_result(text: str, at: int) -> bool:
    """The number at ``at`` (after 以) is a result a person wins by: a time, a mark or votes (以10秒76, 以68米90,
    以52票), or a number in a sentence that holds a word of winning or of a competitor (以2小时05分夺冠, 以3:1胜出,
    选手…以2:1). Not a sum, a
    share, a dose or a span (诺和诺德|以1.2万亿美元市值成为…, 帕罗韦德|以5天疗程为一个周期): a firm or a drug stands
    there as often as a person, and LAC reads either as a person (布隆伯格|以590亿美元身家 is a person, but no rule
    can tell him from a firm by the words around; a firm's or a drug's ending cannot either: 韦德 ends names too)."""
    number = _RESULT_NUMBER.match(text, at)
    if number is None or _NOT_RESULT_UNIT.match(text, number.end()):
        return False
    if _RESULT_UNIT.match(text, number.end()):
        return True
    start = next((i + 1 for i in range(at - 1, -1, -1) if text[i] in _SENTENCE_ENDS), 0)
    end = next((i for i in range(number.end(), len(text)) if text[i] in _SENTENCE_ENDS), len(text))
    return _RESULT_WORD.search(text, start, end) is not None


def _transliterated_speakers(found: _Found) -> None:
    """Foreign names alone at a clause's start before a verb of saying (佩斯科夫|说), or before a result (杰克逊|以10秒76)."""
    _transliterated_subjects(found, SAYS, "person.transliterated_speaker")
    _transliterated_subjects(found, _RESULT, "person.transliterated_result")


def _transliterated_subjects(found: _Found, verbs: re.Pattern, rule: str) -> None:
    text = found.text
    asks = []
    for m in verbs.finditer(text):
        t = m.start()
        # (An adverb may stand between the name and the verb: 舍曼|还|称, 格鲁什科|也|表示; the run then ends before it.)
        if (adverb := _ADVERB_BEFORE.search(text, max(0, t - 2), t)) and not looks_transliterated(text[adverb.start() : t]):
            t = adverb.start()
        start = t
        while start > 0 and t - start < _LONGEST_SPEAKER and text[start - 1] not in _BOUNDARY_BEFORE:
            start -= 1
        name = text[start:t]
        if not (start == 0 or text[start - 1] in _BOUNDARY_BEFORE) or len(name) < 2 or not all(map(is_han, name)) \
                or not looks_transliterated(name) or is_word(name, 1, but=("nr", "nrfg", "nrt")) \
                or holds_plain_word(name, 1000) or not found.free(start, t) \
                or (verbs is _RESULT and not _in_a_result(text, m.end())):
            continue
        left = start
        while left > max(0, start - _SPEAKER_CONTEXT) and text[left - 1] not in _CLAUSE_ENDS:
            left -= 1
        asks.append((start, name, left, min(len(text), t + _SPEAKER_CONTEXT)))
    if not asks:
        return
    for (start, name, left, right), spans in zip(asks, person_spans([text[l:r] for _, _, l, r in asks])):
        # (LAC, seeing little context, may cut the name it finds there: 乌沙|科夫说道; the run is all transliteration.)
        if any(s == start - left for s, _ in spans):
            found.add(start, name, None, rule=rule)


# A head of state's or a royal title right after a foreign name (会晤拜登|总统, 菲利普|亲王葬礼, 哈里|王子;
# data/person_titles_after_foreign.txt): the title follows the name as 主任 follows 马晓伟 in 马晓伟主任. In the run of
# Chinese characters before it, up to this long, LAC (never fitted to our gold) is asked, in a short window, for a
# person that ends where the title begins (同|普京|总统: 京 is no character of transliteration, so the run is not
# limited to them); not a state's name (乌克兰|总理, 图瓦卢|总统), a place LAC does not call a person (威尔士|亲王), an
# ordinary word, or a variant's or a drug's name (found.add).
_FOREIGN_TITLE = re.compile("|".join(sorted(words("person_titles_after_foreign"), key=len, reverse=True)))
# Every foreign state: the countries of data/countries.txt and the others (data/person_foreign_states.txt). LAC, in a
# short window, reads many a small state before 总统 or 国王 as a person (图瓦卢|总统, 莱索托|国王).
_STATES = re.compile("|".join(sorted(set(words("countries")) | set(words("person_foreign_states")),
                                     key=lambda s: (-len(s), s))))
_LONGEST_STATE = max(map(len, set(words("countries")) | set(words("person_foreign_states"))))
_LONGEST_BEFORE_TITLE = threshold("persons", "longest_before_title")
# Characters that continue such a title into a word of the office: 总统府, 首相府, 总统选举, 总统大选, 总统候选人,
# 总统制, 总统职位, 总统令.
# And a ship or a thing named after the title's holder: “伊丽莎白女王”号航母, 玛丽女王号 (a quote closing on the title, or
# 号 after it).
_TITLE_WORD_GOES_ON = frozenset("府选大候制职令号”\"")


def _names_before_foreign_titles(found: _Found) -> None:
    """会晤拜登总统, 同普京总统通了话: the name LAC reads right before a head of state's or royal title, no state."""
    text = found.text
    asks = []
    for m in _FOREIGN_TITLE.finditer(text):
        if text[m.end() : m.end() + 1] in _TITLE_WORD_GOES_ON:
            continue  # 总统|府, 总统|大选, “伊丽莎白女王”|号: a word of the office or a thing's name, not a person
        t = m.start()
        start = t
        while start > 0 and t - start < _LONGEST_BEFORE_TITLE and is_han(text[start - 1]):
            start -= 1
        # (After the last country's name the run holds: 英国菲利普|亲王 is 菲利普, 乌克兰|总理 leaves nothing.)
        start = max([start] + [c.end() for c in _STATES.finditer(text, start, t)])
        if t - start < 2:
            continue
        left = start
        while left > max(0, start - _SPEAKER_CONTEXT) and text[left - 1] not in _CLAUSE_ENDS:
            left -= 1
        asks.append((start, t, left, min(len(text), m.end() + _SPEAKER_CONTEXT)))
    if not asks:
        return
    for (start, t, left, right), spans in zip(asks, person_spans([text[l:r] for _, _, l, r in asks])):
        # LAC's person ends where the title begins and begins inside the run: the run may hold a word's last
        # character before the name (封城和|菲利普亲王: 和 is a character of transliteration too).
        begin = next((left + s for s, e in spans if left + e == t and left + s >= start and t - (left + s) >= 2), None)
        if begin is None:
            continue
        name = text[begin:t]
        # (A state's name may begin before the run and end inside it or at the title: 特立尼达和|多巴哥总理; and
        # one-character short forms of states make a pair of them, 美俄|总统, 中美|两国.)
        if any(c.end() > begin for c in _STATES.finditer(text, max(0, begin - _LONGEST_STATE), t)) \
                or set(name) <= _SIDE_CHARACTERS \
                or is_word(name, 1, but=_NAME_TAGS_BEFORE_TITLE) \
                or holds_plain_word(name, _PLAIN_IN_FOREIGN_NAME) or not found.free(begin, t):
            continue
        found.add(begin, name, None, rule="person.before_foreign_title")


# jieba's tags of a dictionary word that may still be the name before such a title: names, and the place and proper
# noun tags it gives some leaders' names (普京 is "ns"); the states are ruled out above.
_NAME_TAGS_BEFORE_TITLE = ("nr", "nrfg", "nrt", "ns", "nz")
# A word this frequent inside a run before a title makes the run ordinary text, not a name (as for a speaker's run).
_PLAIN_IN_FOREIGN_NAME = threshold("persons", "plain_in_foreign_name")


def _is_listed_name(text: str, start: int, item: str) -> bool:
    """An item of a list is a whole name: a surname and one to three more characters that cannot end a body's name,
    or a name in Mongolian or Tibetan parts; not an ordinary word (市场监管、卫生健康等)."""
    if _PLACE_ITEM.search(item):
        return False  # 程庄镇、龙塘镇等: townships and villages, not people
    if read_parts(text, start) == item:
        return True
    s = surname_length(item, 0)
    return (s > 0 and 2 <= len(item) <= 4 and len(item) > s and not set(item) & NOT_IN_NAME
            and not is_common_word(item) and not any(is_common_word(item[k : k + 2]) for k in range(len(item) - 1)))


def _lists_before_etc(found: _Found) -> None:
    text = found.text
    for m in _LAST_ITEM_ETC.finditer(text):
        if _NOT_PEOPLE_AFTER_ETC.match(text, m.end()):
            continue  # 温馨、康乐等社区, 何家、苏家等村: places or bodies, not people
        offset, floor = m.start(), max(0, m.start() - _LONGEST_LIST)
        while offset > floor and (text[offset - 1] == "、" or is_han(text[offset - 1])):
            offset -= 1
        names = text[offset : m.end() - 1]
        if (offset > 0 and text[offset - 1] not in _BOUNDARY_BEFORE) or not _LIST_ITEMS.match(names):
            continue
        parts = names.split("、")
        starts = [offset + before for before in accumulate((len(q) + 1 for q in parts[:-1]), initial=0)]
        if all(_is_listed_name(text, start, part) for start, part in zip(starts, parts)):  # all or none
            for start, part in zip(starts, parts):
                found.add(start, part, None, rule="person.list_before_etc")


# Mongolian places are named with the same parts as people (乌兰布和沙漠, 乌兰哈达、巴彦乌拉等地, 那仁宝力格苏木).
_PLACE_WORD_AFTER = re.compile(r"、?[\u4e00-\u9fff]{0,6}等地|沙漠|草原|苏木|嘎查|镇|乡|村|地区|牧场|口岸|河|湖|山|湾|一带|附近|境内")


def _part_names(found: _Found, parts_at: list[tuple[int, int, str]]) -> None:
    """Two or more name parts make a name wherever they stand (斯琴毕力格、), unless a word runs on into them."""
    text = found.text
    for (i, end, _), (following, _, _) in zip(parts_at, parts_at[1:]):
        if following != end:
            continue  # a single part (乌云, 哈达) is not a name without a cue
        if i == 0 or not is_han(text[i - 1]) or text[i - 1] in NAME_STOP:
            name = read_parts(text, i, fewest=2)
            if name and not _PLACE_WORD_AFTER.match(text, i + len(name)):
                found.add(i, name, None, rule="person.name_parts")


def _latin_glosses(found: _Found) -> None:
    text = found.text
    for (start, end), _ in sorted(found.spans.items()):
        gloss = _LATIN_GLOSS.match(text, end)
        if gloss:
            found.add(gloss.start("name"), gloss.group("name"), None, rule="person.latin_gloss")


# A Latin-script name written right after a post, as technology and business news write foreign staff (主席|Lina Khan,
# 分析师|Anna Stupnytska|表示, 发言人|Drew Pusateri|在…, CEO Tim Cook): two to four capitalised words (an initial or a
# particle may stand between), after at most one space, not running on into more Latin text, none of them a word of a
# body's, a medium's or a thing's English name (data/person_latin_not_names.txt: 专家|Omicron Variant, 记者|The Verge).
# LAC and the Han readers never read such a name, so it was missed wherever no Chinese form glossed it.
_LATIN_AFTER_POSITION = re.compile(
    rf"[ \u3000]?(?P<name>{_LATIN_WORD}(?:[ \-]{_LATIN_PARTICLE})*(?:[ \-]{_LATIN_WORD}(?:[ \-]{_LATIN_PARTICLE})*){{0,2}}"
    rf"[ \-]{_LATIN_WORD}{_LATIN_GENERATION})(?![A-Za-z0-9À-ÿ'’.&\-]|[ \-][A-Za-z0-9])")
_LATIN_NOT_NAME = frozenset(words("person_latin_not_names"))
_LATIN_WORDS = re.compile(_LATIN_WORD)
# (Posts a firm or a team holds as often as a person, and 代表, a verb too: 财务顾问|Morgan Stanley, 卫冕冠军|Golden
# State Warriors, 代表|Google出席; data/person_latin_not_positions.txt, read as the end of the text before the name,
# as they may be longer than the post word matched. The Han readers still read names after them.)
_LATIN_NOT_POSITIONS = tuple(words("person_latin_not_positions"))


# A position before a Latin-script word, after at most one space (主席Lina, CEO Tim).
_POSITION_BEFORE_LATIN = re.compile(rf"(?:{_POSITION_RE})(?=[ \u3000]?[{_LATIN_CAPITAL}])")


# (Two capitalised Latin words in a row, as every Latin name of the rule has: a text without them, as most are, is not
# searched for posts again.)
_TWO_LATIN_WORDS = re.compile(rf"[{_LATIN_CAPITAL}][{_LATIN_LOWER}]+[ \-](?:{_LATIN_PARTICLE}[ \-])*[{_LATIN_CAPITAL}]")


# A Latin-script name credited after a person's role and a colon, up to the credit's end (摄影师：Pontus Lundahl, as
# photo captions of world news credit their photographers; 记者：Jane Doe): two to four capitalised words, as after a
# post, none of them a word of a body's, a medium's or an agency's English name (摄影：Getty Images). Not after 图 or
# 文, which credit agencies and media as often. The credit readers read Han names only, so these were all missed.
_LATIN_CREDIT = re.compile(r"(?:摄影师|摄影|记者|作者|撰文|编辑|通讯员|主持人)[:：][ \u3000]*")
_LATIN_CREDIT_END = re.compile(r"[ \u3000]*(?:$|[\n）)\]】、，,;；|丨/。])|[ \u3000]+(?![A-Za-z])")


def _latin_credits(found: _Found) -> None:
    text = found.text
    if not _TWO_LATIN_WORDS.search(text):
        return
    for role in _LATIN_CREDIT.finditer(text):
        m = _LATIN_AFTER_POSITION.match(text, role.end())
        if m is None or not _LATIN_CREDIT_END.match(text, m.end()) \
                or any(w in _LATIN_NOT_NAME for w in _LATIN_WORDS.findall(m.group("name"))):
            continue
        found.add(m.start("name"), m.group("name"), None, over_places="credit", rule="person.credit")


def _latin_after_positions(found: _Found) -> None:
    text = found.text
    if not _TWO_LATIN_WORDS.search(text):
        return
    for position in _position_matches(text, _POSITION_BEFORE_LATIN):
        if _served(text, position) or text.endswith(_LATIN_NOT_POSITIONS, 0, position.end()):
            continue
        start = position.end()
        m = _LATIN_AFTER_POSITION.match(text, start)
        if m is None or any(w in _LATIN_NOT_NAME for w in _LATIN_WORDS.findall(m.group("name"))):
            continue
        found.add(m.start("name"), m.group("name"), found.title_before(start), rule="person.latin_after_position")


# The family name of a Latin-script name found in the text, standing alone later (Lina Khan … Khan之前的批评,
# Khan主席): the same person, as Chinese text shortens a foreign name to its last part. Only where no Latin word,
# capitalised or not, digit or & touches it or stands next to it across a space (not the Khan of Sadiq Khan, not a
# word of Khan Academy or of "Biden administration").
_LATIN_FULL_NAME = re.compile(rf"{_LATIN_WORD}(?:[ \-](?:{_LATIN_PARTICLE}[ \-])*{_LATIN_WORD})+")
_LATIN_GENERATION_END = re.compile(r" (?:II|III|IV|Jr\.?|Sr\.?)$")
_NOT_BEFORE_FAMILY = r"(?<![A-Za-z0-9À-ÿ'’.&\-])(?<![A-Za-z0-9À-ÿ&][ \u3000])"
_NOT_AFTER_FAMILY = r"(?![A-Za-z0-9À-ÿ'’&\-]|[ \u3000\-][A-Za-z0-9À-ÿ&])"
# A firm's, a brand's or a medium's name is often its founder's family name (Dell, Versace, Bloomberg, Johnson &
# Johnson): a family name the text also writes as a body's is not read alone anywhere in it, as the reader cannot
# tell the person from the firm. A body's use: a firm's ending, an officer's title or a brand noun right after it
# (Dell|公司, Dell CEO, Versace|品牌), a word of its shares, its holdings or its reports after it or after it and 的
# (Dell|股价, Dell的|市值, Bloomberg|报道: data/person_family_firm_words.txt), & beside it (Johnson & Johnson), or the
# family name inside the post of its own person (Versace创意总监|Donatella Versace).
_FAMILY_AS_FIRM = re.compile(
    r"[ \u3000]?(?:" + "|".join(sorted({*words("organization_company_endings"), *words("organization_firm_cues"),
                                         *words("person_things_after")}, key=len, reverse=True)) + ")"
    r"|的?(?:" + "|".join(sorted(words("person_family_firm_words"), key=len, reverse=True)) + ")"
    r"|[ \u3000]?&")
_AMPERSAND_BEFORE = re.compile(r"&[ \u3000]?$")
# A research unit called after its head (BIDMC的Barouch|实验室, data/person_family_unit_words.txt): that occurrence is
# the unit's; the head, named alone elsewhere, is still the person.
_FAMILY_UNIT_AFTER = re.compile("|".join(sorted(words("person_family_unit_words"), key=len, reverse=True)))


def _family_names_a_body(text: str, family: str, occurrences: list[re.Match], titles: list[str]) -> bool:
    """The text writes ``family`` as a body's name somewhere (see ``_FAMILY_AS_FIRM``); ``titles`` are the posts
    before the full names that end with it."""
    word = re.compile(rf"(?<![A-Za-z]){re.escape(family)}(?![A-Za-z])")
    return (any(_FAMILY_AS_FIRM.match(text, m.end()) or _AMPERSAND_BEFORE.search(text, max(0, m.start() - 2), m.start())
                for m in occurrences)
            or any(word.search(title) for title in titles))


def _latin_family_names(found: _Found) -> None:
    text = found.text
    titles: dict[str, list[str]] = {}  # family name -> the posts before the full names that end with it
    for name in found.known:
        bare = _LATIN_GENERATION_END.sub("", name)
        if _LATIN_FULL_NAME.fullmatch(bare):
            family = re.split(r"[ \-]", bare)[-1]
            if family not in _LATIN_NOT_NAME:
                titles[family] = [title for (start, end), title in found.spans.items()
                                  if title and text[start:end] == name]
    for family in sorted(titles):
        occurrences = list(re.finditer(rf"(?<![A-Za-z0-9À-ÿ'’\-]){re.escape(family)}(?![A-Za-z0-9À-ÿ'’\-])", text))
        if _family_names_a_body(text, family, occurrences, titles[family]):
            continue  # (Dell|股价 … Dell表示: the firm or its founder, which the reader cannot tell)
        alone = re.compile(_NOT_BEFORE_FAMILY + re.escape(family) + _NOT_AFTER_FAMILY)
        for m in occurrences:
            if not alone.match(text, m.start()):
                continue  # (Sadiq Khan, Khan Academy, Biden administration: part of a longer Latin name or phrase)
            if _FAMILY_UNIT_AFTER.match(text, m.end()):
                continue  # (Barouch|实验室: the unit's name)
            if found.free(m.start(), m.end()):
                found.spans[(m.start(), m.end())] = None
                found.rules[(m.start(), m.end())] = "person.latin_family_name"
                found.taken.mark(m.start(), m.end())


# A hyphen between two runs of transliteration, as news writes a foreign given and family name (亚马逊创始人杰夫-贝佐斯,
# 举报人弗朗西斯-豪根, 卡琳·让-皮埃尔): the readers take a middle dot only, so LAC's first name (杰夫) and the family
# name found elsewhere (贝佐斯) were two spans, one false and one cut (4 such names in 3 of ~285 read posts). The run is
# read as a dotted name would be (name_reader.dotted_names, on a copy with the hyphen as a dot), and taken whole where a
# person already found is one of its parts. Two persons' family names are joined the same way (默克尔-马克龙方案,
# 佩洛西-麦卡锡之间, 拜登-哈里斯新政府), and nothing in the run's letters tells a given name from a family name, so the
# run must be used as one person is: right after a post or a noun of a person (国务卿安东尼-布林肯, 举报人弗朗西斯-豪根),
# or before a verb of saying or a post (安东尼-福奇表示, 梅丽莎-拉赞比博士说). Even so it is no one's name where its first
# part stands alone elsewhere in the text (拜登 … 拜登-哈里斯政府: a given name seldom does; two persons named
# elsewhere are a pair), or where a noun of a pair follows (data/person_pair_nouns_after.txt: 特朗普-拜登|辩论).
# Diseases and places so joined (吉兰-巴雷综合征, 奥地利-匈牙利) hold no person's part.
_HYPHEN_IN_NAME = re.compile(r"(?<=[\u4e00-\u9fff])[-－](?=[\u4e00-\u9fff])")
_PAIR_NOUN_AFTER = re.compile("|".join(sorted(words("person_pair_nouns_after"), key=len, reverse=True)))


class _SubstringCounts:
    """How often each substring of one length occurs in ``text``, counted once per length asked (a text of many
    joined names asks for many strings of a few lengths: ``str.count`` for each would read the text each time)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.by_length: dict[int, Counter] = {}

    def count(self, s: str) -> int:
        n = len(s)
        if n not in self.by_length:
            self.by_length[n] = Counter(self.text[k : k + n] for k in range(len(self.text) - n + 1))
        return self.by_length[n][s]


def _hyphen_joined_names(found: _Found, position_ends: set[int]) -> None:
    text = found.text
    if not _HYPHEN_IN_NAME.search(text):
        return  # (most texts: nothing to do)
    dotted = _HYPHEN_IN_NAME.sub(NAME_DOTS[0], text)  # (same length: offsets hold in both)
    counts = _SubstringCounts(text)
    span_at = {k: (s, e) for s, e in found.spans for k in range(s, e)}  # (which found name holds each character)
    for start, name in dotted_names(dotted, _AFTER_POSITION):
        end = start + len(name)
        if not _HYPHEN_IN_NAME.search(text, start, end):
            continue
        read_at, start = start, _left_part_start(dotted, start, position_ends)
        if start is None or any(k in span_at for k in range(start, read_at)):
            continue  # (where the name begins is not known, or a name found in the syllables the reader dropped)
        surface = text[start:end]
        if not (looks_transliterated(dotted[start:end]) or _hyphen_glossed(text, end, dotted[start:end])) \
                or (start, end) in found.spans:
            continue
        pieces = sorted({span_at[k] for k in range(start, end) if k in span_at})
        if not pieces or any(s < start or e > end for s, e in pieces):
            continue  # (no person inside, or a name found across the run's edge)
        bounds = [start] + [k + 1 for k in range(start, end) if dotted[k] in NAME_DOTS] + [end + 1]
        starts, ends = set(bounds[:-1]), {b - 1 for b in bounds[1:]}
        first = text[bounds[0] : bounds[1] - 1]
        # (Each person found inside is one or more whole parts: 杰夫, 贝佐斯, 卡琳·让 of 卡琳·让-皮埃尔.)
        if not all(s in starts and e in ends for s, e in pieces) or counts.count(first) != counts.count(surface) \
                or _PAIR_NOUN_AFTER.match(text, end) or found.in_place.touches(start, end) \
                or found.in_org.covers(start, end):
            continue  # (拜登-哈里斯政府: 拜登 stands alone elsewhere; 奥地利-匈牙利: places)
        if not (start in position_ends or start and text[start - 1] in OCCUPATION_ENDS or _says_after(text, end)
                or _AFTER_POSITION.match(text, end)):
            continue  # (默克尔-马克龙方案, 佩洛西-麦卡锡之间: no post or noun of a person before it, no saying or post after)
        title = next((found.spans[p] for p in pieces if found.spans[p]), None)
        for piece in pieces:
            del found.spans[piece], found.rules[piece]
        found.spans[(start, end)] = title
        found.rules[(start, end)] = "person.hyphen_joined"
        found.taken.mark(start, end)  # (the pieces lay inside: marking the run is the same as marking anew)
        span_at.update((k, (start, end)) for k in range(start, end))
        found.known.add(surface)


def _hyphen_glossed(text: str, end: int, name: str) -> bool:
    """A Latin-script name with a hyphen of as many words as ``name`` (its hyphen written as a dot) has parts follows
    in brackets at ``end`` (托尼·汤斯-惠特利|(Toni Townes-Whitley)): the text spells the run as one person's name
    with a double family name, though its characters hold more than one the register of transliteration lacks (汤, 惠)."""
    gloss = _LATIN_GLOSS.match(text, end)
    return bool(gloss) and "-" in gloss.group("name") \
        and len(_LATIN_WORDS.findall(gloss.group("name"))) == len(re.split(f"[{NAME_DOTS}]", name))


def _says_after(text: str, end: int) -> bool:
    """A verb of saying follows ``end``, right there or after an adverb or a word of time (…-瓦伦斯基|还称,
    …-瓦伦斯基|周三|称)."""
    adverb = _ADVERB_AT.match(text, end)
    after = adverb.end() if adverb else end + 2 if dictionary_tag(text[end : end + 2]) in _TAGS_BEFORE_ACT else end
    return bool(SAYS.match(text, end) or SAYS.match(text, after))


def _left_part_start(text: str, start: int, position_ends: set[int]) -> int | None:
    """Where the name read at ``start`` (in ``text`` with its hyphens as dots) begins: there if its first part begins
    where its run of transliteration characters does, or after a post or a noun of a person (举报人|弗朗西斯-…); at
    the run's start if the reader dropped a syllable it took for a word (安东|尼-福奇, 安东 being a word of the
    dictionary) and the whole run is transliteration; else nowhere (美国官员安东|尼-…: where the name begins is not
    known)."""
    run_start = dotted_run_start(text, start)
    if start == run_start or start in position_ends or text[start - 1] in NOT_FIRST_IN_DOTTED:
        return start
    first_dot = next(k for k in range(start, len(text)) if text[k] in NAME_DOTS)
    return run_start if looks_transliterated(text[run_start:first_dot]) else None


def _glosses_and_list_continuations(found: _Found) -> None:
    _latin_glosses(found)
    _list_continuations(found)


# What may follow the last name of a list: a boundary, 等, or a conjunction before one more name (周异决及蒋家柏等).
_LIST_JOINERS = frozenset("及和与")
# Or a noun of the pair or group the list makes (王建华、李秀英|夫妇, 周明、吴刚|二人; data/person_groups_after.txt).
_GROUP_AFTER = re.compile("|".join(sorted(words("person_groups_after"), key=len, reverse=True)))


_LIST_OF_THINGS = re.compile(r"(?:、[\u4e00-\u9fff]{2,6}){1,8}等(?=" + _NOT_PEOPLE_AFTER_ETC.pattern + ")")
# 等 and a count of people after a list's last item (、黄安|等多位台湾艺人, 、严刚|等30人当选, 、张伟|等人): the list is of
# persons, so a last item of two characters is a name too, as its longer items are (a two-character item before a bare
# 等 is a word as often: 、城市|等). Two such names were missed in two development posts of two sets.
_PEOPLE_COUNTED_AFTER = re.compile(r"等(?:人|(?:[0-9０-９]+|[一二三四五六七八九十两几数多]+)[位名人])")


def _people_counted_after(text: str, end: int) -> bool:
    """A list's item ending at ``end`` is followed by 等 and a count of people (等人, 等多位, 等30人)."""
    return _PEOPLE_COUNTED_AFTER.match(text, end) is not None


# (How long a found foreign name must be for its list to go on with foreign names: data/annotation_thresholds.toml.)
_FOREIGN_LIST_HEAD = threshold("persons", "foreign_list_head")


def _transliterated_item(text: str, i: int) -> str | None:
    """After a foreign name, the next item of its list written as one too (马奎尔、|菲利普斯、|莱斯、
    卢克肖等球员; 因西涅、|贝拉尔迪): a run of transliteration read as after a post, up to the item's end, that is
    neither a country (普京、|法国) nor a word of the dictionary. Lists of players, ministers or executives write
    foreign names so, where only the first has a cue; a Chinese item is read by its surname instead."""
    name = read_unlisted(text, i)
    if not name or not looks_transliterated(name) or _COUNTRIES.match(text, i) or is_word(name, 1, but=_NAME_TAGS) \
            or text[i + len(name) : i + len(name) + 1] not in _ITEM_ENDS:
        return None
    return name


# (Tags of names in the dictionary, which lists many foreign names: 莱斯/nrt is a name, 巴士/ns and 咖啡/n are not.)
_NAME_TAGS = ("nr", "nrt", "nrfg")
# What ends a foreign item of a list: the next item, the list's end (等, a joiner) or the clause's.
_ITEM_ENDS = frozenset("、等和与及，。；")
# Where a list of items ends: its last joiner, 等, or the clause's end.
_LIST_END = re.compile(r"[等和与及，。；：！？!?\n（(]")
# Endings of firms' names (data/organization_company_endings.txt: 公司, 集团, 控股 …) after an item of a list.
_FIRM_ENDING = re.compile("|".join(sorted(words("organization_company_endings"), key=len, reverse=True)))
# A run of transliteration at an item's start, as long as one name at most, is looked at for a place's or a firm's
# ending (、维多利亚州, 、哈撒韦公司).
_LONGEST_FOREIGN_ITEM = threshold("persons", "longest_foreign_item")


def _places_or_firms_listed(found: _Found, i: int) -> bool:
    """The list that goes on at ``i`` (after a foreign person's name and 、) turns to places or firms: a place or an
    organization found among its items, an item the text names a place or a body with elsewhere (伯克希尔 of
    伯克希尔·哈撒韦公司), a country, an item the dictionary has as a place (利物浦/ns), or an item whose run of
    transliteration ends in a place's or a firm's ending (莫里森、|新南威尔士、维多利亚州州长; 巴菲特、|伯克希尔、
    哈撒韦公司). A foreign region or firm is written with the same characters as a person, so such a list is not read as
    persons (review of session 17)."""
    text = found.text
    stop = _LIST_END.search(text, i)
    end = stop.start() if stop else len(text)
    if any(s < end and e > i for s, e in found.places) or any(s < end and e > i for s, e in found.org_spans):
        return True
    starts = [i] + [k + 1 for k in range(i, end) if text[k] == "、"]
    bodies = found.place_surfaces | {text[s:e] for s, e in found.org_spans}
    for n, k in enumerate(starts):
        item = text[k : starts[n + 1] - 1 if n + 1 < len(starts) else end]
        if _COUNTRIES.match(text, k) or (dictionary_tag(item) or "").startswith("ns") \
                or len(item) >= 2 and any(item in body for body in bodies):
            return True
        run = k
        while run < len(text) and run - k < _LONGEST_FOREIGN_ITEM and looks_transliterated(text[k : run + 1]):
            run += 1
        # (The run may have taken the ending's first character: 维多利亚|州 or 维多利亚州.)
        if any(PLACE_AFTER.match(text, j) or _FIRM_ENDING.match(text, j) for j in range(k + 2, run + 1)):
            return True
    return False


def _list_of_things_after(text: str, end: int) -> bool:
    """The list that goes on at ``end`` ends in 等 and a kind of thing (、安踏、特步等|品牌, 、龙塘镇等|地): not people."""
    return _LIST_OF_THINGS.match(text, end) is not None


# A short note in brackets after a list item (肖某（藏族）、, 罗某（女，藏族）、): the list goes on after it.
_ITEM_NOTE = re.compile(r"[（(][^（）()、。\n]{1,8}[）)](?=、)")


def _past_note(text: str, end: int) -> int:
    """Where a list goes on after the item ending at ``end``: past a bracketed note that a 、 follows, else ``end``."""
    note = _ITEM_NOTE.match(text, end) if text[end : end + 1] in "（(" else None
    return note.end() if note else end


def _list_continuations(found: _Found) -> None:
    """A list that goes on after a found name (辅警陈吉、黄礼; …孙大光、周异决及蒋家柏等), or begins before it
    (。房灵敏、王维平、…): each item a whole name read from its own start; not a list that ends in a kind of thing
    (李宁、安踏等品牌)."""
    text = found.text
    for (start, end), title in sorted(found.spans.items()):
        if _list_of_things_after(text, end):
            continue
        # (A foreign name, which may begin with a surname's character: 马奎尔, 卢克肖.)
        foreign = end - start >= _FOREIGN_LIST_HEAD and looks_transliterated(text[start:end])
        end = _past_note(text, end)
        while text[end : end + 1] == "、" or (text[end : end + 1] in _LIST_JOINERS and end - start == 3):
            # (An item may be a name of Mongolian or Tibetan parts, even a single part: 、坚参（藏族）、)
            name = read_name(text, end + 1) or (read_parts(text, end + 1) if text[end] == "、" else None) \
                or (_transliterated_item(text, end + 1) if foreign and text[end] == "、"
                    and not _places_or_firms_listed(found, end + 1) else None)
            after = text[end + 1 + len(name) : end + 2 + len(name)] if name else ""
            if name and _PLACE_ITEM.search(name):
                break  # 、褚庙乡: a township or a village goes on the list, not a person
            # (A full name may end the list before an adverb of its subjects: 、许家印|都当过 as 、许家印|等.)
            if not name or (after not in _BOUNDARY_BEFORE | {""} and not (after in _LIST_JOINERS | {"等"}
                                                                             | _ADVERBS_AFTER_FOREIGN
                                                                             and len(name) == 3)
                            and not (text[end] == "、" and _GROUP_AFTER.match(text, end + 1 + len(name)))
                            and not (text[end] == "、" and _people_counted_after(text, end + 1 + len(name)))):
                break
            if text[end] != "、" and (len(name) != 3 or after not in _BOUNDARY_BEFORE | {"", "等"}):
                break  # after 及 / 和 / 与, only a full name that ends the list (王维平和|平安: no name)
            if (end + 1, end + 1 + len(name)) in found.spans:
                break  # found already: the rest of the list is read from there (linear in the list's length)
            if not found.add(end + 1, name, title, rule="person.list_continuation"):
                break
            end = _past_note(text, end + 1 + len(name))
        if foreign:
            start = _foreign_items_before(found, start, title)
        # Back to the list's first item, which opens the clause (。房灵敏、|王维平).
        while text[start - 1 : start] == "、":
            item_start = start - 1
            while item_start > 0 and is_han(text[item_start - 1]) and start - 1 - item_start < 4:
                item_start -= 1
            name = text[item_start : start - 1]
            if not (2 <= len(name) <= 4 and read_name(text, item_start) == name
                    and (item_start == 0 or text[item_start - 1] in _BOUNDARY_BEFORE)):
                break
            if (item_start, start - 1) in found.spans or not found.add(item_start, name, title,
                                                                       rule="person.list_continuation"):
                break
            start = item_start


def _foreign_items_before(found: _Found, start: int, title: str | None) -> int:
    """Before a foreign name, the items of its list written as one too, back to the clause's start (，库库雷利亚、|
    格罗斯和|特罗萨德: match reports and lists of ministers name the players so, with no cue): each item fills the
    stretch from a boundary to 、 (or to 和, 与, 及 right before the name), all of transliteration, neither a country nor a
    word of the dictionary other than a name (利物浦和|…: a place). Returns where the list's first item found begins."""
    text = found.text
    joiners = {"、"} | _LIST_JOINERS
    while text[start - 1 : start] in joiners:
        joint = start - 1
        item_start = joint
        while item_start > 0 and is_han(text[item_start - 1]) and joint - item_start < _LONGEST_FOREIGN_ITEM:
            item_start -= 1
        name = text[item_start:joint]
        if len(name) < 2 or (item_start > 0 and text[item_start - 1] not in _BOUNDARY_BEFORE) \
                or not looks_transliterated(name) or _COUNTRIES.match(name) or is_word(name, 1, but=_NAME_TAGS) \
                or (item_start, joint) in found.spans \
                or not found.add(item_start, name, title, rule="person.list_continuation"):
            break
        start = item_start
        joiners = {"、"}  # (和, 与, 及 join only the last two items: 甲、乙和丙)
    return start


# An item between two names of a list: two to four Chinese characters between two 、.
# (Also the item before the list's last joiner: 黄常洲、|高兴龙|和王嘉男, 高兴 being a word the readers refuse.)
_LIST_ITEM = re.compile(r"、([\u4e00-\u9fff]{2,4}?)[、和与及]")


def _between_names(found: _Found) -> None:
    """An item of a list that stands between two names found there is a name too, whatever it is written in
    (周学文、|琼色|、张永利等: a Tibetan name between two Han ones; 黄常洲、|高兴龙|和王嘉男), unless it is an ordinary
    word or holds a character of bodies and places."""
    text = found.text
    ends = {end for _, end in found.spans}
    starts = {start for start, _ in found.spans}
    at = 0
    while (m := _LIST_ITEM.search(text, at)) is not None:
        at = m.start() + 1  # (overlapping: 、甲、乙、 yields both items)
        item, start = m.group(1), m.start(1)
        if m.start() not in ends or m.end() not in starts or set(item) & NOT_IN_NAME or is_common_word(item) \
                or _PLACE_ITEM.search(item):
            continue
        if found.add(start, item, found.spans.get(next(((s, e) for s, e in found.spans if e == m.start()), None)),
                     rule="person.between_names"):
            ends.add(start + len(item))
            starts.add(start)


def _run_on_names(found: _Found, rare_only: bool = False) -> None:
    """A name read one character too long, where the text names the same person without that character at another
    place (代表张军大|使 … 张军表示; 书记王丽用|粗暴语言 … 书记王丽在): the reading ran on into the next word, and
    the shorter name is the mention. Only where the longer form occurs once in the text: a name the text repeats is
    written that way (王丽 and 王丽华 may both be people of one story), and where a word runs on right after it: a
    longer name that ends its clause is another name of the person (邹衍，又名邹衍桃，). With ``rare_only`` (the pass
    after LAC, whose shorter names are weaker evidence), only where the last character is rare in names (万隆辞|任总裁),
    not where it makes a word with the next (张丽华|表示 beside 张丽: 华表 is a word, 华 a name's character)."""
    text = found.text
    by_surface: dict[str, int] = {}
    for start, end in found.spans:
        by_surface[text[start:end]] = by_surface.get(text[start:end], 0) + 1
    for start, end in sorted(found.spans):
        name = text[start:end]
        shorter = name[:-1]
        if len(shorter) >= 2 and all(map(is_han, name)) and is_han(text[end : end + 1]) and not name.endswith("某") \
                and ((text.count(name) == 1
                      and ((by_surface.get(shorter) and _runs_on(text, end, rare_only))
                           or (len(name) == 3 and _title_after(text, end - 1))))
                     or (_first_given_run_on(name) and _written_without(found, shorter, name[-1])
                         and _opens_next_words(text, end))):
            found.shorten(start, end, end - 1)
            found.known.discard(name)
            found.known.add(shorter)


# A three-character name whose last character opens what follows it, a figure (局长李忠为|136名检查员颁证) or a word
# (董事长李驰清|仓中国平安, 被告人蒋某有|期徒刑): the reader ran on by one character, where the text has no shorter
# form to tell it (:func:`_run_on_names`). Three read posts of three outlets (市场监管 news, a sports report, a digest
# of finance, a court's notice), s19–s22. LAC decides, reading the clause: only where it reads a person of exactly the
# first two characters, and (before a character) a word that begins with the third, is the name cut; and the cut
# needs the name written once, or before a figure at every occurrence.
# (Not a date or a year: a name, a date and a verb is the genre's clause, 书记王建和|5日表示, so a figure of time after
# the name is no sign of a run-on; session 18 keeps 王建和 there.)
_FIGURE = re.compile(r"[0-9０-９]+(?![0-9０-９.．:：]*[年月日号时])")
# (The longest word LAC is asked for after the cut: 清仓 of 李驰|清仓.)
_RUN_ON_WORD_MAX = threshold("persons", "run_on_word_max")  # (data/annotation_thresholds.toml)


def _lac_word_from(piece: str, start: int) -> bool:
    """LAC makes a word of two or more characters that begins at ``start`` of ``piece`` (清仓 of 李驰|清仓)."""
    return any(word_type_at(piece, start, j) is not None
               for j in range(start + 2, min(len(piece), start + _RUN_ON_WORD_MAX) + 1))


def _lac_cuts_run_on(found: _Found) -> None:
    """Shorten a three-character name of a one-character surname by its last character where a figure follows it at
    every occurrence, or a word that LAC begins with that character follows it at its only occurrence, and LAC,
    reading the clause, reads a person of the first two characters only (李忠为|136名 → 李忠, 李驰清|仓 → 李驰)."""
    text = found.text
    asks = []
    for start, end in sorted(found.spans):
        name = text[start:end]
        if len(name) != 3 or not all(map(is_han, name)) or surname_length(name, 0) != 1 or name.endswith("某"):
            continue
        figure = all(_FIGURE.match(text, m.end()) for m in re.finditer(name, text))
        if figure or (is_han(text[end : end + 1]) and text.count(name) == 1):
            left, right = _clause_window(text, start, end)
            asks.append((start, end, left, right, figure))
    if not asks:
        return
    for (start, end, left, right, figure), spans in zip(asks, person_spans([text[l:r] for _, _, l, r, _ in asks])):
        if (start - left, end - 1 - left) in spans and (start - left, end - left) not in spans \
                and (figure or _lac_word_from(text[left:right], end - 1 - left)):
            name = text[start:end]
            found.shorten(start, end, end - 1)
            found.known.discard(name)
            found.known.add(name[:-1])


def _first_given_run_on(name: str) -> bool:
    """A three-character reading whose last character is one that begins given names but seldom ends them
    (name_parts.FIRST_GIVEN_ONLY: 一, 以, 和, 来 …): where the text names the person without it and the character
    opens the next words at this occurrence (_written_without, _opens_next_words: 陈梦|一鼓作气, 陈梦|一年内 beside
    陈梦), the reading ran on, however often the text repeats it (陈梦|一鼓作气 … 陈梦|一举: a story repeats such
    phrases)."""
    return len(name) == 3 and name[-1] in FIRST_GIVEN_ONLY and surname_length(name, 0) == 1  # (not 欧阳|一)


def _written_without(found: _Found, shorter: str, last: str) -> bool:
    """The text names ``shorter`` at some place where ``last`` does not follow (陈梦|连续得分 beside 陈梦|一鼓作气).
    A shorter name found only before that character is no evidence: it is the same reading cut short elsewhere
    (市长王建|和表示, where the post rule stopped before 和, beside 王建和|强调)."""
    text = found.text
    return any(text[s:e] == shorter and text[e : e + 1] != last for s, e in found.spans)


def _opens_next_words(text: str, end: int) -> bool:
    """The last character of a name ending at ``end`` opens the words after it, not the name: it makes a word with
    the next (陈梦一|年内: 一年), or no name can end after it (陈梦一|鼓作气). A verb of saying, a preposition or a
    clause's end after it (王建和|强调, 王志道|在股东大会上) leaves the longer reading standing."""
    return is_common_word(text[end - 1 : end + 1]) or not ends_name(text, end)


# The position words of two characters or more, and their lengths (for _title_after).
_TITLES = frozenset(p for p in POSITIONS if len(p) >= 2)
_TITLE_LENGTHS = tuple(sorted({len(p) for p in _TITLES}))


def _title_after(text: str, i: int) -> bool:
    """A position word begins at ``i`` (副代表耿爽|大使: the last character read into a three-character name begins
    大使, and the name is 耿爽) — once in the text, as the caller checks: a name the text repeats is written that way."""
    return any(text[i : i + n] in _TITLES for n in _TITLE_LENGTHS)


def _runs_on(text: str, end: int, rare_only: bool = False) -> bool:
    """The last character of a name ending at ``end`` begins the next word: it makes a word with what follows
    (张军大|使: 大使) or is rare in names, a verb or a preposition (王丽用|粗暴语言). Not a given name's character
    before another word (王伟东|介绍, 李娜娜|每天: two people, 王伟 and 王伟东, may both be in a story; and 白某某 beside
    白某 both anonymise)."""
    last = text[end - 1]
    return last != "某" and ((not rare_only and is_common_word(text[end - 1 : end + 1]))
                             or name_char_count(last) < _RARE_IN_NAMES)


# A character ngender's register of names holds fewer times than this is rarely a given name's last character (用
# 2,584, 在 5,781, 对 428, against 东 240,254, 娜 95,798, 军 407,614).
_RARE_IN_NAMES = threshold("persons", "rare_in_names")


# 小 right before a transliterated family name names the junior of that family (小布什, 小特朗普: the son), as the
# story writes him: part of the name, not a separate word.
_JUNIOR = "小"


def _japanese_given_names(found: _Found) -> None:
    """A Japanese family name found alone (LAC and its recurrences take 伊藤 of 伊藤美诚, 水谷隼/伊藤美诚; LAC knows
    the family names, not the given ones) runs on into the given name where the Japanese reader, which reads a
    listed family name and a given name of one to three characters up to a name's end (name_reader.read_japanese:
    伊藤美诚|多次, 伊藤美诚|/, 伊藤美诚。), reads one at some occurrence; every other occurrence of the family name
    followed by that given name is lengthened too (伊藤美诚|扣杀, where the reader alone stops), the family name
    standing alone is kept (水谷和伊藤|夺冠: news shortens a Japanese name to it). Where the text names a person of
    that family in full elsewhere (日本选手伊藤美诚), only that name is taken: a reading with another given name ran
    on into the next words (伊藤|首局失利, 伊藤|近来 beside 伊藤美诚); so is a reading the reader's checks of time
    words and adverbs refuse (安倍|生前, 伊藤|今年: read_japanese)."""
    text = found.text
    families = sorted((s, e) for s, e in found.spans if text[s:e] in JAPANESE)
    named = {text[s:e] for s, e in found.spans if any(text.startswith(text[fs:fe], s) and e - s > fe - fs
                                                          for fs, fe in families)}
    full_names = set(named)
    for start, end in families:
        full = read_japanese(text, start)
        if full and len(full) > end - start and not any(n.startswith(text[start:end]) for n in named):
            full_names.add(full)
    for start, end in families:
        full = next((f for f in sorted(full_names, key=lambda f: (-len(f), f)) if text.startswith(f, start)), None)
        if full and not found.taken.touches(end, start + len(full)) \
                and not found.in_place.touches(end, start + len(full)) \
                and not found.in_org.touches(end, start + len(full)):
            found.lengthen(start, end, start + len(full), rule="person.japanese_given_name")


# A story about someone written in full may call the person by the given name alone, in a relative's or a friend's
# words (李佳琦 … “我就经常跟着|佳琦|一起参加”; 万宏伟 … 万洪建说，“|宏伟|不但善良”: read posts of two outlets,
# 观察者网 and 虎嗅). Only a given name the dictionary lacks is read so (佳琦, not 宏伟 or 海龙, which are words), of
# a three-character name with a one-character surname that the text writes at least ``given_alone_full_min`` times
# (data/annotation_thresholds.toml), and that no other found name shares.
_GIVEN_ALONE_FULL_MIN = threshold("persons", "given_alone_full_min")
_BRAND_MARK = "牌"  # (佳琦牌饼干: a brand named after the person)


# How far on each side a longer word around a given name is looked for (一鸣|惊人): data/annotation_thresholds.toml.
_LONGER_WORD_REACH = threshold("persons", "given_alone_word_reach")


def _in_longer_word(text: str, start: int, end: int) -> bool:
    """LAC, reading the clause around it, makes (start, end) part of one longer word (张一鸣 … |一鸣|惊人|, 王思远 …
    深|思远|虑): that word, not the given name alone. The dictionary, holding few entries of four characters, cannot
    tell; LAC's other cuts (可|新|却说 of 可新却说, a given name it does not know) do not refuse it."""
    left, right = _clause_window(text, start, end)
    piece = text[left:right]
    return any(word_type_at(piece, i - left, j - left) is not None
               for i in range(max(left, start - _LONGER_WORD_REACH), start + 1)
               for j in range(end, min(right, end + _LONGER_WORD_REACH) + 1) if (i, j) != (start, end))


def _given_names_alone(found: _Found) -> None:
    """The given name of a found three-character name, where it stands alone (跟着|佳琦|一起 beside 李佳琦): a person,
    when the given name is no dictionary word at all, the full name recurs, its surname is one character and no other
    found name has that given name. A name that looks transliterated has no surname and given name (马斯克 … 斯克|里帕尔,
    马克龙 … 克龙|堡: review s22), and a given name within a longer dictionary word is that word (一鸣|惊人). Not after a surname's character (王|佳琦: another person), not inside a found name,
    place or organization (found.add)."""
    text = found.text
    names = {text[s:e] for s, e in found.spans}
    full = {n for n in names if len(n) == 3 and all(map(is_han, n)) and n[0] in SINGLE_SURNAMES
            and not n.endswith("某") and not looks_transliterated(n)}
    for name in sorted(full):
        given = name[1:]
        if is_word(given, 1) or given in NOT_NAMES or text.count(name) < _GIVEN_ALONE_FULL_MIN \
                or any(other != name and other.endswith(given) for other in full):
            continue
        for m in re.finditer(given, text):
            # (Not after any surname's character: 王|佳琦 is another person's name, read or not.)
            # (Nor before a brand's or a shop's word: 佳琦|牌, 佳琦|超市 name things: data/person_things_after.txt.)
            if text[m.start() - 1 : m.start()] not in SINGLE_SURNAMES and not _inside_words(text, m.start(), m.end()) \
                    and not _in_longer_word(text, m.start(), m.end()) \
                    and not _SHOP_AFTER.match(text, m.end()) and text[m.end() : m.end() + 1] != _BRAND_MARK:
                found.add(m.start(), given, None, rule="person.given_name_alone")


def _juniors(found: _Found) -> None:
    """A transliterated name of two or more characters right after 小 takes it (小|特朗普 → 小特朗普), unless 小 ends
    a word with the character before it (从小, 大小, 缩小)."""
    text = found.text
    for start, end in sorted(found.spans):
        if start > 0 and text[start - 1] == _JUNIOR and end - start >= 2 and looks_transliterated(text[start:end]) \
                and not (start > 1 and is_common_word(text[start - 2 : start])) \
                and not found.taken.touches(start - 1, start) and not found.in_org.touches(start - 1, start):
            found.widen(start, end, start - 1)


def _inside_words(text: str, start: int, end: int) -> bool:
    """The occurrence begins inside a word and ends inside another (提|高明|显: 提高, 明显): the characters of a
    name spelt across two words, not the name again (学习|习近平|同志 keeps it: 平同 is no word)."""
    return (start > 0 and is_common_word(text[start - 1 : start + 1]) and end < len(text)
            and is_common_word(text[end - 1 : end + 1]))


# What may join the parts of a dotted name where the text writes it again: any middle dot, or a hyphen (鲍尔吉·原野 …
# 作家“鲍尔吉-原野”), which alone would not make a run a name (梅赛德斯-奔驰, a firm).
_JOINS = f"[{NAME_DOTS}\\-－]"


def _any_dot(name: str) -> str:
    """A pattern of ``name`` in which each middle dot may be written as any other or as a hyphen."""
    if not any(dot in name for dot in NAME_DOTS):
        return re.escape(name)
    return _JOINS.join(re.escape(part) for part in re.split(f"[{NAME_DOTS}]", name))


def _recurrences(found: _Found, names: set[str] | None = None) -> None:
    """Every other occurrence of a name found so far (or of ``names`` only), longer names first (ties in code-point
    order, not set order)."""
    text = found.text
    for name in sorted(found.known if names is None else names, key=lambda n: (-len(n), n)):
        for m in re.finditer(_any_dot(name), text):
            if _inside_words(text, m.start(), m.end()):
                continue
            if _THINGS_LIST_AFTER.match(text, m.end()):
                continue  # (李时珍、健民药业等一批知名企业: a firm named after the person, :func:`_listed_among_things`)
            if found.free(m.start(), m.end(), over_places=name in found.over_places, over_orgs=name in found.over_orgs) \
                    or _straddled_by_places(found, m.start(), m.end()):
                found.spans[(m.start(), m.end())] = None
                found.rules[(m.start(), m.end())] = "person.recurrence"
                found.taken.mark(m.start(), m.end())


_STRADDLED_NAME_MIN = threshold("persons", "straddled_name_min")


def _straddled_by_places(found: _Found, start: int, end: int) -> bool:
    """A name found elsewhere, of ``straddled_name_min`` characters or more, whose only obstacle here is a two-character
    place that begins at its last character and runs on past it (毛泽|东安|全, 东安 being a county's short form): the
    place reading straddles the name's end, the name written whole is the better reading (annotate() then drops the
    place). Not a place that begins with the name (姚安|娜, :func:`_place_opens_name`), nor one inside it."""
    if end - start < _STRADDLED_NAME_MIN:
        return False
    touching = [(s, e) for s, e in found.places if s < end and e > start]
    return bool(touching) and all(s == end - 1 and e == end + 1 for s, e in touching) \
        and not found.in_org.covers(start, end) and not found.taken.touches(start, end)


def _unread_cues(text: str, ends: set[int], found: _Found) -> frozenset[int]:
    """Ends of positions where no name was read but one may stand, an ordinary word the readers refuse (院长|金星) or
    a name of a surname they do not list (副区长|禤嘉): not where a character that ends names, a verb or a function
    word follows (记者|了解到, 书记|强调), which no name begins with."""
    starts = {s for s, _ in found.spans}
    return frozenset(e for e in ends if e not in starts and is_han(text[e : e + 1]) and text[e] not in NAME_STOP
                     and not starts_follower(text[e : e + 2]) and not _CLAUSE_VERB.match(text, e))


# The character that ends a country's name (英国, 泰国, 该国) and would begin 国王 of a position read from it.
_COUNTRY_END = "国"


# The first character of a post (得主, the winner of a prize) that is also the complement closing a frequent verb
# (获得, 取得, 赢得): after such a verb the post is only a reading across two words (公司获|得主|管机关核准, 赢|得主|席一职),
# so it is refused there. Only this character: checked for every post, the same test cut real ones (小组|成员, 英国|外长,
# 副|总统, 大|队长 each begin with a word's last character).
_CLOSES_VERB = frozenset("得")
# The first character of a post (台长) that also closes a frequent word of a station or a stage (电台, 平台, 舞台, 月台,
# 电视台): after such a word the post is only a reading across two words (电视台|长江频道, 平台|长安汽车, 电台|长白山),
# a review's cases, so it is refused there (电视台台长 keeps its post: 台台 is no word).
_CLOSES_STATION = frozenset("台")


_STATION_WORDS = word_set("person_station_words")  # data/person_station_words.txt: 电视台


# A former post-holder's mark: 前|台长 is the former head (央视前台长), though 前台 is a word.
_FORMER = "前"


def _closes_word_before(text: str, at: int) -> bool:
    """The character at ``at`` ends an ordinary word begun before it: one of jieba's two characters (电|台, 平|台, 舞|台;
    not 前台, which is 前|台长, a former head) or a listed station's word it does not hold (电视|台)."""
    return (at >= 1 and text[at - 1] != _FORMER and is_common_word(text[at - 1 : at + 1])) \
        or any(text[: at + 1].endswith(word) for word in _STATION_WORDS)


_COPULA_WORD_MIN = threshold("persons", "copula_word_min")
# jieba's tags of the words that make the rest a question's predicate (verbs, verbal nouns, adverbs).
_PREDICATE_TAGS = frozenset({"v", "vn", "vd", "d", "ad"})


def _copula_opens_word(text: str, m: re.Match) -> bool:
    """The position ``m`` ends with 为 or 是 read as a copula (女儿为…), but that character and the next make a
    dictionary word (为何, 为了, 是否): the copula reading is wrong, and the name read after it would begin inside
    that word (女儿为|何服毒 → 何服毒), and what would be the name's given part is a verb or an adverb of the
    dictionary, the predicate of a question (服毒, 选择, 突然). Given names are often nouns, adjectives or words jieba
    tags as names (发言人为何亚军, 为何建华, 为何平安, 为何立峰: the copula reading stands). Not 为王某 (为王 is no
    word), not 主任|何伟 (no copula there), not before an anonymised name (女儿为何某某所害)."""
    if m.group()[-1] not in "为是" or m.group()[:-1] not in _POSITION_WORDS \
            or not is_word(text[m.end() - 1 : m.end() + 1], _COPULA_WORD_MIN):
        return False
    return dictionary_tag(text[m.end() + 1 : m.end() + 3]) in _PREDICATE_TAGS


def _position_matches(text: str, pattern: re.Pattern = _AFTER_POSITION) -> list[re.Match]:
    """The positions of ``text`` (before a Han name, or as ``pattern`` says), left to right. A position read from the
    国 that ends a country's name is not 国王 (英国|王储|查尔斯, not 英|国王|储查尔斯): the position, if any, begins
    after that 国."""
    matches = []
    at = 0
    while (m := pattern.search(text, at)) is not None:
        if m.group().startswith(_COUNTRY_END) and m.start() > 0 and is_common_word(text[m.start() - 1 : m.start() + 1]):
            after = pattern.match(text, m.start() + 1)  # 英国|王储; 英国|王室 has none
            if after is None:
                at = m.start() + 1
                continue
            m = after
        if is_common_word(text[m.start() : m.end() + 1]):
            at = m.start() + 1  # 成员|国, 秘书|处, 记者|会: the post runs into a longer word, no name follows it
            continue
        if _copula_opens_word(text, m):
            at = m.end()  # 女儿|为何|服毒, 经理|是否…: 为/是 opens a word here, it is no copula and no name follows
            continue
        if m.group()[0] in _CLOSES_VERB and m.start() > 0 and is_common_word(text[m.start() - 1 : m.start() + 1]):
            at = m.start() + 1  # 获|得主|管机关, 赢|得主|席一职: the post's first character closes the verb before it
            continue
        if m.group()[0] in _CLOSES_STATION and _closes_word_before(text, m.start()):
            at = m.start() + 1  # 电视台|长江频道, 平台|长安汽车: 台 closes the word before it, no 台长 here
            continue
        matches.append(m)
        at = m.end()
    return matches


# The beginnings of well-known bodies' names (data/organizations.txt): 阿里 of 阿里巴巴. Business news calls a firm by
# such a short form (阿里、腾讯、京东); LAC, reading it with no cue, may call it a person, and recurrence then repeats
# that (21 false persons in one read post). A short form is no uncued person where the text names the body in full.
def _body_beginnings() -> dict[str, tuple[str, ...]]:
    """Each beginning of two or more characters of a listed body's name (shorter than the name) → those names."""
    found: dict[str, tuple[str, ...]] = {}
    for body in words("organizations") + words("organization_platforms"):  # (the platforms: 小红书, 拼多多)
        for end in range(2, len(body)):
            found[body[:end]] = found.get(body[:end], ()) + (body,)
    return found


_KNOWN_BODY_BEGINNINGS = _body_beginnings()


def _short_form_of_named_body(text: str, name: str) -> bool:
    """``name`` begins a well-known body's name that ``text`` writes in full (阿里 … 阿里巴巴)."""
    return any(body in text for body in _KNOWN_BODY_BEGINNINGS.get(name, ()))


def find_persons(text: str, places: list[tuple[int, int]], orgs: list[tuple[int, int]]) -> list[dict]:
    found = _Found(text, places, orgs)
    parts_at = part_matcher().find(text)
    part_ends = {end for _, end, _ in parts_at}
    positions = [m for m in _position_matches(text) if not _served(text, m)]
    position_ends = {m.end() for m in positions}
    status_ends = {m.end() for m in positions if m.group().rstrip("为是") in _WHO}
    play_ends = {m.end() for m in positions if m.group().rstrip("为是") in _PLAY_POSTS}
    _dotted(found, position_ends)
    _after_positions(found, position_ends, status_ends, play_ends)
    _latin_after_positions(found)
    _latin_credits(found)
    _leaders_lists(found)
    _credits(found)
    _speakers(found)
    _named(found)
    _quoted_names(found)
    _nicknames(found)
    _names_before_courtesy(found, position_ends)
    _anonymised(found, position_ends)
    _anonymised_with_sex(found, position_ends)
    _sibling_forms(found)
    _after_ages(found, position_ends)
    _familiar(found, position_ends)
    _reduplicated(found)
    _postposed_titles(found, part_ends)
    _clause_starts(found, part_ends)
    _appointees(found)
    _team_leaders(found)
    _transliterated_speakers(found)
    _names_before_foreign_titles(found)
    _lists_before_etc(found)
    _part_names(found, parts_at)
    _glosses_and_list_continuations(found)
    _run_on_names(found)
    _lac_cuts_run_on(found)

    # Where a name found at a cue recurs is taken before LAC reads: LAC, reading a window that begins inside such an
    # occurrence, would take a part of it (仅存陆|陈嘉澔 of 陆陈嘉澔).
    _recurrences(found)
    recurred = set(found.known)
    tagged = set()
    for start, name in find_uncued(text, lambda s, e: found.in_place.touches(s, e) or found.in_org.touches(s, e)
                                   or found.taken.touches(s, e), found.place_surfaces, found.known,
                                   frozenset(e for _, e in places),
                                   _unread_cues(text, position_ends - status_ends, found)):
        if name not in found.known and not _short_form_of_named_body(text, name) and not _never_a_name(name) \
                and found.add(start, name, None, rule="person.lac"):
            tagged.add(name)
    _conjunctions_before_names(found)
    # A foreign name the text repeats with no cue at all (拜登执政, 换掉特朗普): LAC asked once per repeated run.
    for start, name in recurring_transliterations(text, lambda s, e: found.in_place.touches(s, e)
                                                  or found.in_org.touches(s, e) or found.taken.touches(s, e)):
        if name not in found.known and not _short_form_of_named_body(text, name) \
                and found.add(start, name, None, rule="person.recurring_transliteration"):
            tagged.add(name)
    # (The lists LAC's names stand in, and those a name found at a cue elsewhere stands in where it recurs: ，库库雷利亚、
    # 格罗斯和|特罗萨德|连进3球 … 特罗萨德表示.)
    _list_continuations(found)
    _between_names(found)
    # (Again with LAC's names: 万隆辞|任总裁, read at a clause's start before LAC found 万隆 elsewhere.)
    _run_on_names(found, rare_only=True)
    _lac_cuts_run_on(found)
    _recurrences(found, found.known - recurred)  # (and of the names found since: LAC's, and their lists')
    # (Again between the recurrences of LAC's names, which stand in lists LAC did not read: 黄常洲、|高兴龙|和王嘉男;
    # and where the item found so recurs.)
    recurred = set(found.known)
    _between_names(found)
    _recurrences(found, found.known - recurred)
    _japanese_given_names(found)
    _given_names_alone(found)
    _juniors(found)
    _latin_glosses(found)  # (and the glosses after those: 乌沙科夫（Yury Ushakov）, the name found only later on)
    _latin_family_names(found)
    _hyphen_joined_names(found, position_ends)
    mentions = []
    for (start, end), title in sorted(found.spans.items()):
        post = _POSTPOSED.match(text, start)
        if title is None and post and post.start("title") == end and post.group("title") != "同志":
            title = post.group("title")
        mentions.append({"type": "PERSON", "start": start, "end": end, "surface": text[start:end], "title": title,
                         "code": None, "level": None, "name": None, "province_code": None, "prefecture_code": None,
                         "value": None, "note": None,
                         "annotator": TAGGER_ANNOTATOR if text[start:end] in tagged else ANNOTATOR,
                         "rule": found.rules[(start, end)]})
    return mentions
