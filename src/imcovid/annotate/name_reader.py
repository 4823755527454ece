"""Where a personal name begins and ends: readers that take an offset in the text and return the name written there,
or ``None`` when what is there is an ordinary word. The cues that say a name should be there are in ``persons.py``.

A Han name is a known surname and one or two given characters (``read_name``); after a position, also two to four
characters without a listed surname (``read_unlisted``); a Mongolian or Tibetan name is one to three name parts
(``read_parts``). Where a name ends is decided by characters and words that cannot belong to it and by the words that
follow names (verbs of saying, frequent verbs, time words); jieba's dictionary (``lexicon.py``) rejects ordinary words.
"""

from __future__ import annotations


import re
from functools import lru_cache

from imcovid.annotate.lexicon import (begins_frequent_three, dictionary_tag, is_common_word, is_known_name, is_word,
                                      starts_follower, transliteration_chars, word_runs_past)
from imcovid.annotate.matcher import Matcher
from imcovid.annotate.wordlists import threshold, word_set, words
from imcovid.annotate.name_parts import (CAUSE_OPENERS, COMPOUND, FIRST_GIVEN_ONLY, JAPANESE, NAME_DOTS, NAME_PARTS,
                                         NAME_STOP, NAME_STOP_WORD_CHARS, NAME_STOP_WORDS, NOT_IN_NAME,
                                         NUMERAL_PREPOSITIONS, RARE_SINGLE, SINGLE, name_char_count)

# Verbs of saying and thinking that follow a name at the start of a clause.
SAYS = re.compile("|".join(words("verbs_of_saying")))
# Strings that pass the surname test but are forms of address or roles, never names.
NOT_NAMES = word_set("person_not_names")
_NAME_END = re.compile(rf"[，。、；：:,;！？!?“”\"（）()\n ]|{SAYS.pattern}|同志|一行|等")
# Words of time that follow a name directly (拜登周二表示, 巴特尔昨天主持).
_TIME_AFTER = re.compile(r"(?:周|星期)[一二三四五六日天]|[昨今前明][天日晚]|当[天日晚]|近日|日前|此前|随后")
_NAME_CLOSE = re.compile(rf"{SAYS.pattern}|同志|一行")
_NAME_TAGS = frozenset({"nr", "nrfg", "nrt", "ns", "nz"})
_PERSON_TAGS = frozenset({"nr", "nrfg", "nrt"})
# 应收尽收, 应检尽检, 应隔尽隔: the slogans of epidemic control, whose 应 is not a surname.
_SLOGAN = re.compile(r"(.)(.)尽\2")
_LONGEST_PART = max(map(len, NAME_PARTS))
# First given characters that begin frequent words, which then are no given name: 高|一点, 李|会同.
_FIRST_GIVEN_WORDS = frozenset("一会以")
# A word this frequent, begun by a name's last character, takes that character from the name (沈旻|联系).
_FREQUENT_AFTER_NAME = threshold("name_reader", "frequent_after_name")
# A character seen fewer times than this in ngender's register of names (视 153, 口 2,046; 明 442,081) is rarely a
# given character.
_RARE_IN_NAMES = threshold("name_reader", "rare_in_names")
# A one-character verb after a name (data/person_verbs_after_name.txt), seen fewer times than this in the register of
# names (站 951, 住 316, 走 40) and followed by an aspect particle or 在 (住了, 骑在, 走过), belongs to the verb.
_VERBS_AFTER_NAME = word_set("person_verbs_after_name")
_VERB_NOT_GIVEN = threshold("name_reader", "verb_not_given")
_AFTER_VERB = frozenset("了着过在完")  # (and 完, the complement of completion: 李强|送完)
# A character seen this often in names is a given character more than a second surname (文 428,987; 陈 8,543).
_GIVEN_MORE_THAN_SURNAME = threshold("name_reader", "given_more_than_surname")
# A three-character word (not a name) this frequent that begins with a two-character reading takes it (党代表 127).
_THREE_RUNS_PAST = threshold("name_reader", "three_runs_past")
# After name parts any frequent word may follow (乌兰图雅|通报): the parts themselves are the evidence.
_FREQUENT_AFTER_PARTS = threshold("name_reader", "frequent_after_parts")


def surname_length(text: str, i: int) -> int:
    if text[i : i + 2] in COMPOUND:
        return 2
    return 1 if text[i : i + 1] in SINGLE else 0


def is_han(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


# Characters of bodies that are also frequent given characters (薛仁政, 王全, 李党会): in a name unless they begin a
# word there (党|政府, 全|国, 党|委).
_GIVEN_BODY_CHARS = frozenset("政全党")


def _body_char(text: str, i: int) -> bool:
    return text[i] in NOT_IN_NAME and not (text[i] in _GIVEN_BODY_CHARS and not is_common_word(text[i : i + 2]))


def _goes_on(text: str, i: int) -> bool:
    """A name can take the character at ``i``: Chinese, not one that ends names or belongs to bodies, and not the
    start of a word that ends names (同志, 书记, 强调)."""
    return (i < len(text) and is_han(text[i]) and text[i] not in NAME_STOP and not _body_char(text, i)
            and text[i : i + 2] not in NAME_STOP_WORDS)


def _opens_cause(text: str, i: int) -> bool:
    """A preposition of cause at ``i`` opens a cause after a Chinese name (海峰|因抑郁症, 乌贾|因涉嫌, 张伟|因为): more
    Han text follows (李某|因发热, 约翰逊|因违反), other than a word that follows a subject (``_AFTER_SUBJECT``: 在, 和,
    的 …) or a verb of saying, or the two make a word (因为, 因此). Where the clause ends or such a word follows, it is
    the name's last character (外长侯赛因。, 侯赛因表示, 侯赛因在), as where the cause opens right after it
    (后卫克莱因|因伤)."""
    return (text[i : i + 1] in CAUSE_OPENERS and is_han(text[i + 1 : i + 2])
            and (not (text[i + 1] in _AFTER_SUBJECT or text[i + 1] in CAUSE_OPENERS or SAYS.match(text, i + 1))
                 or is_common_word(text[i : i + 2])))


def _given_goes_on(text: str, i: int) -> bool:
    """A Chinese given name can take the character at ``i`` (:func:`_goes_on`, and it opens no cause)."""
    return _goes_on(text, i) and not _opens_cause(text, i)


def _continues(text: str, i: int) -> bool:
    """A second given character can stand at ``i`` (李和|平), so that the character before it is not the last."""
    return (i < len(text) and is_han(text[i]) and text[i] not in NAME_STOP and text[i] not in NOT_IN_NAME
            and not _opens_cause(text, i))


def _clause_ends(text: str, i: int) -> bool:
    """Nothing Chinese follows ``i``: 吴春来⏎ ends with 来, 王伟来到 does not."""
    return i >= len(text) or not is_han(text[i])


# A numeral right after a word, and a date's unit after a numeral (5日, 2019年, 3月, 8时).
_NUMERAL = re.compile(r"[0-9０-９]+(?:[.:：\-－][0-9０-９]+)*(?P<date>[年月日号时])?")


def _opens_numeral(text: str, i: int) -> bool:
    """A preposition or conjunction at ``i`` takes the numeral right after it (陈梦|以4:2, 许昕|和30岁的刘诗雯), which
    is no date (王建和|5日表示): see ``name_parts.NUMERAL_PREPOSITIONS``."""
    numeral = _NUMERAL.match(text, i + 1) if text[i : i + 1] in NUMERAL_PREPOSITIONS else None
    return numeral is not None and numeral.group("date") is None


def _holds_word(name: str, minimum: int, allowed_tags: frozenset[str] = frozenset()) -> bool:
    """A two-character dictionary word of at least ``minimum`` occurrences lies inside ``name``, unless its tag is one
    of ``allowed_tags`` (names, places)."""
    return any(is_common_word(name[k : k + 2], minimum) and dictionary_tag(name[k : k + 2]) not in allowed_tags
               for k in range(len(name) - 1))


# Words of official prose that follow a name (data/person_words_after_name.txt: 应约, 致信, 通电话 …) and begin with a
# character frequent in given names (应 12,971 in ngender's register, 致 3,312, 通 10,563): the reader's frequency test
# misses them (应约 is rarer than _FREQUENT_AFTER_NAME in jieba's dictionary), and 王毅应约同… was read 王毅应.
_WORDS_AFTER_NAME = re.compile("|".join(sorted(map(re.escape, words("person_words_after_name")), key=len, reverse=True)))


# Set phrases of notices that open like a name (温馨提示: data/person_set_phrases.txt); 温馨 alone may be one.
_SET_PHRASE = re.compile("|".join(map(re.escape, words("person_set_phrases"))))
# Titles of heads of state and royalty after a foreign name (data/person_titles_after_foreign.txt): a name read after
# a post ends before one (王室成员|哈里|王子), the title is no part of it.
_FOREIGN_TITLE = re.compile("|".join(sorted(map(re.escape, words("person_titles_after_foreign")), key=len, reverse=True)))


# Frequent surnames whose characters also end names (王伟|任市长, 于|会上, 向|记者): read as surnames only where a
# full name of three characters opens a clause before a verb of saying (任信福介绍).
_SURNAMES_THAT_STOP = frozenset("任于向")


# The prepositions admitted as a first given character (name_parts.FIRST_GIVEN_ONLY) that are never a name's only one.
_PREPOSITIONS_AS_GIVEN = frozenset("向为同")


def read_name(text: str, i: int, stop_surname: bool = False) -> str | None:
    """The name starting at ``i``: surname + one or two given characters, cut before a character or a word that
    cannot continue a name; ``None`` when what is there is an ordinary word. With ``stop_surname``, a surname of
    ``_SURNAMES_THAT_STOP`` may begin a three-character name whose given part is no word."""
    s = surname_length(text, i)
    if s == 1 and stop_surname and text[i] in _SURNAMES_THAT_STOP:
        # (Read as if a common surname stood there, with a few characters of what follows.)
        rest = read_name("王" + text[i + 1 : i + 8], 0)
        if rest and len(rest) == 3 and not is_common_word(rest[1:]) and not is_common_word(text[i : i + 2]):
            return text[i : i + 3]
        return None
    if s == 0 or (s == 1 and (text[i] in NAME_STOP or text[i] in NAME_STOP_WORD_CHARS)):
        return None
    if text[i] in RARE_SINGLE and dictionary_tag(text[i : i + 2]) is not None:
        return None  # 弘扬, 凤凰, 慎用: a rare surname's character begins a word (which jieba may tag as a name)
    if s == 1 and text[i + 1 : i + 2] == text[i]:
        return None  # 谢谢吴教授, 常常: a surname's character said twice is a word (jieba tags 谢谢 as a name)
    end = i + s
    given = 0
    while given < 2 and (_given_goes_on(text, end) or (
            text[end : end + 1] in FIRST_GIVEN_ONLY  # 李和平 and 吴春来⏎, not 李明|和 or 王伟|来到
            and (_continues(text, end + 1) if given == 0
                 else _clause_ends(text, end + 1) and not _opens_numeral(text, end))  # (陈梦|以4:2)
            and not (text[end] in _FIRST_GIVEN_WORDS and is_common_word(text[end : end + 2], 100))  # 高|一点
            and text[end : end + 2] not in NAME_STOP_WORDS and text[end : end + 2] not in NOT_NAMES)):  # 王|同志, 李|同学
        end += 1
        given += 1
    if given == 0 or _SLOGAN.match(text, i) or _SET_PHRASE.match(text, i):
        return None
    # 骆帅|预计, 杨喆|认为, 王明|周二, 沈旻|联系: the last character begins the verb, time word or frequent word
    # that follows the name.
    if given == 2 and (starts_follower(text[end - 1 : end + 1]) or _TIME_AFTER.match(text, end - 1)
                       or _WORDS_AFTER_NAME.match(text, end - 1)
                       # (哈里|王子: a royal title after a transliterated name; not 张建国|王…)
                       or _FOREIGN_TITLE.match(text, end - 1) and looks_transliterated(text[i : end - 1])
                       or is_common_word(text[end - 1 : end + 1], _FREQUENT_AFTER_NAME)
                       or begins_frequent_three(text, end - 1)) \
            and not is_known_name(text[i:end]):
        end -= 1
    # 王凯|视频, 戴好|口罩: a last character that is rare in names and makes a word with the next one belongs to that
    # word, not to the name.
    if given == 2 and name_char_count(text[end - 1]) < _RARE_IN_NAMES and is_common_word(text[end - 1 : end + 1], 1) \
            and not is_known_name(text[i:end]):
        end -= 1
    # 陆翔|住了, 陆翔|骑在: a one-character verb very rare in names, then an aspect particle or 在, follows the name
    # (住 and 骑 occur 316 times each in the register of names, 翔 46,278).
    elif given == 2 and text[end - 1] in _VERBS_AFTER_NAME and name_char_count(text[end - 1]) < _VERB_NOT_GIVEN \
            and text[end : end + 1] in _AFTER_VERB and not is_known_name(text[i:end]):
        end -= 1
    # 王凯|曾在…, 李斌|曾公开表示: a one-character adverb that stands between a subject and its act, rare as a given
    # character, ends a three-character reading before more text: it opens the clause's predicate, not the name's end.
    if given == 2 and _adverb_after_name(text, end - 1) and not is_known_name(text[i:end]):
        end -= 1
    if end - i <= s:
        return None  # 运动员|尚未接受: two cuts (接受, then 未接) leave the surname alone, which is no name
    name = text[i:end]
    if name in NOT_NAMES or is_common_word(name):
        return None
    if len(name) - s == 2 and _ordinary_three(name, s):
        return None  # 成员|高强度工作, 成员|常态化开展: a word of the sentence, not a surname and two given characters
    if len(name) == 2 and is_common_word(text[i : i + 3], _THREE_RUNS_PAST):
        return None  # 党代|表, 商学|院, 洪山|区: the two characters begin a three-character word, not a name
    if len(name) - s == 2 and (is_common_word(name[: s + 1], 1000) or s == 1 and starts_follower(name)) \
            and not is_known_name(name):
        return None  # 高度评…, 全面落…, 安置点: a frequent word or a verb, then more text
    if word_runs_past(text, i, i + len(name)):
        return None
    if len(name) - s == 2 and starts_follower(name[s:]):
        return None  # 代|配药: the given part is a verb
    if len(name) - s == 1 and name[-1] in _PREPOSITIONS_AS_GIVEN:
        return None  # 律师曾|向记者, 院长曾|为患者: 向/为/同 begin a three-character given name only (吴向东), never end one
    return name


# A surname's character and a first given character that make a word, where that given character is rare in names
# (常态 of 常态化: 态 is in ngender's register 199 times; against 高明 of 高明远, 明 442,081), begin that word.
_RARE_FIRST_GIVEN = threshold("name_reader", "rare_first_given")
_NAME_TAG_TUPLE = tuple(sorted(_NAME_TAGS))


def _ordinary_three(name: str, s: int) -> bool:
    """A reading of a surname and two given characters that is an ordinary word or begins one: the whole is in
    jieba's dictionary under a tag other than a name's, a place's or a proper noun's (高强度 is "n", at any frequency;
    钟南山 is "ns" and stays a name), or the surname and a given character rare in names make a dictionary word
    (常态|化)."""
    return is_word(name, 1, but=_NAME_TAG_TUPLE) or (name_char_count(name[s]) < _RARE_FIRST_GIVEN
                                                     and is_common_word(name[: s + 1], 1) and not is_known_name(name))


# The one-character adverbs between a subject and its act (data/person_adverbs_before_act.txt: 曾, 已, 也, 还 …), and
# how often such a character may be in ngender's register of names and still be read as the adverb after two given
# characters (曾 5,467, 已 516; not 均 13,468 or 正 80,136, which end many names: 李建均, 王立正).
_ADVERBS_AFTER_SUBJECT = frozenset(w for w in words("person_adverbs_before_act") if len(w) == 1)
_ADVERB_NOT_GIVEN = threshold("name_reader", "adverb_not_given")
# The adverbs of two characters or more of that list, most of them words of time (此前, 近日, 今年, 生前, 目前 …),
# which no given name begins (安倍|生前曾访美, 伊藤|今年表现出色: read_japanese).
_ADVERB_WORDS = re.compile("|".join(sorted((w for w in words("person_adverbs_before_act") if len(w) > 1),
                                           key=len, reverse=True)))


def _adverb_after_name(text: str, i: int) -> bool:
    """The character at ``i`` is a one-character adverb of ``_ADVERBS_AFTER_SUBJECT`` that is rare in names and goes on
    into more Han text (王凯|曾在, 李斌|曾公开表示): the adverb after a name, not the name's last character."""
    return (text[i] in _ADVERBS_AFTER_SUBJECT and name_char_count(text[i]) < _ADVERB_NOT_GIVEN
            and is_han(text[i + 1 : i + 2]))


# Last characters of transliterated names of cities and of the clubs named after them (曼彻斯特城, 墨西哥城, 汉堡,
# 圣彼得堡, 加州): a run of transliteration ending in one, before an adverb, is a place or a team (冠军|曼彻斯特城|仍领跑),
# not a person; a person's transliterated name does not end in them.
_CITY_LAST = frozenset("城堡州")


def _adverb_ends_transliterated_name(text: str, i: int, k: int) -> bool:
    """A one-character adverb at ``k`` (:func:`_adverb_after_name`) ends the run of transliteration begun at ``i``
    after a position (默克尔|曾坦承, 布林肯|仍坚持): unless the run ends like a city's name (曼彻斯特城|仍领跑)."""
    return k < len(text) and _adverb_after_name(text, k) and text[k - 1] not in _CITY_LAST


# Adverbs, conjunctions and prepositions that follow a subject (布雷弗曼|也是, 苏纳克|和贾维德); not 是, which a
# run of transliteration characters before it is as often an idiom's head (比比皆|是).
_AFTER_SUBJECT = frozenset("也都还则曾已将在和与及等的被对向从把")
# Words of a person's infection, test or care (data/person_health_after.txt: 新冠, 核酸, 阳性, 病情 …; not 病毒 or
# 疫苗, which after a transliteration name a disease or a drug: 埃博拉|病毒) after a foreign
# leader's name in world news of the epidemic (总统博索纳罗|新冠检测呈阳性, 总统拜登|核酸检测): no transliterated
# name ends with them, so a run of transliteration after a position ends where one begins.
_HEALTH_AFTER = re.compile("|".join(sorted(map(re.escape, words("person_health_after")), key=len, reverse=True)))
# A variant or a strain right after such a word (德尔塔|新冠|变异毒株, 拉姆达|新冠|毒株): a person's infection is never
# said so, the run before names the variant (review of session 13: 专家德尔塔新冠变异毒株 read 德尔塔 as a person).
_STRAIN_AFTER = re.compile(r"变异|毒株|变种")


def _health_word_at(text: str, k: int) -> bool:
    """A word of a person's infection, test or care begins at ``k`` (拜登|核酸检测), and is not the head of a
    variant's name (德尔塔|新冠变异毒株)."""
    m = _HEALTH_AFTER.match(text, k)
    return m is not None and not _STRAIN_AFTER.match(text, m.end())
# A day of the month right after a name (发言人佩斯科夫|7日表示), with its month or not (国防部长列兹尼科夫|2月13日表示):
# the date of what the person did.
_DATE_AFTER = re.compile(r"(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日")
# A Latin name in brackets right after (海默法布（Nadine…）): the Chinese run before it is the name transliterated.
_LATIN_GLOSS_AHEAD = re.compile(r"[（(][A-Z][a-z]+[ \-]")


# Classical particles that never begin a name without a surname (首相|之争, 领导人|之争, 局长|所说).
_PARTICLES_NOT_FIRST = frozenset("之所")


def read_unlisted(text: str, i: int) -> str | None:
    """A name without a listed surname right after a position (盟长巴特尔, 旗长苏和): two to four characters that
    end where a name ends (punctuation, 、, a verb of saying, 同志, 一行), none of them a character that cannot be in
    a name, and not an ordinary word."""
    end = i
    while (end - i < 4 or _runs_on_transliterated(text, i, end)) \
            and (_goes_on(text, end) or _transliterated_body_char(text, i, end)):
        end += 1
    if i >= len(text) or text[i] in NAME_STOP_WORD_CHARS or text[i] in _PARTICLES_NOT_FIRST:
        return None  # 师傅, 长期: the first character of a word that ends names; 首相|之争: a particle
    # 拜登|周二表示, 宓晓彤|辩称: a time word or a verb of saying begins inside the run.
    # (约翰逊|确诊, 拜登|宣布: a frequent verb that follows names begins inside a run of transliteration.)
    # (Also right after the run: 杜特尔特|宣布, four characters of transliteration and a frequent verb.)
    # (博索纳罗|新冠检测, 拜登|核酸检测: a word of the person's infection or test, after a run of transliteration.)
    # (库列巴|通电话: a word of official prose after a name, data/person_words_after_name.txt.)
    # (哈里|王子, 菲利普|亲王: a royal title or a head of state's after a run of transliteration.)
    # (默克尔|曾坦承, 布林肯|仍坚持, 福奇|曾公开表示: a one-character adverb rare in names, between the subject and its
    # act, after a run of transliteration: the run of four took the adverb, or the adverb and a verb's first character.)
    cut = next((k for k in range(i + 2, end + 1) if k < end and (_TIME_AFTER.match(text, k) or SAYS.match(text, k))
                or ((starts_follower(text[k : k + 2]) or _health_word_at(text, k) or _WORDS_AFTER_NAME.match(text, k)
                     or _FOREIGN_TITLE.match(text, k) or k < end and _adverb_ends_transliterated_name(text, i, k))
                    and looks_transliterated(text[i:k]))), None)
    # (A transliterated name may also end before a character that ends names: 布雷弗曼|也是, 苏纳克|和.)
    if cut is not None:
        end = cut
    elif end - i < 2 or not (_NAME_END.match(text, end) or (text[end : end + 1] in _AFTER_SUBJECT
                                                             or _TIME_AFTER.match(text, end)
                                                             or _DATE_AFTER.match(text, end)
                                                             or _adverb_ends_transliterated_name(text, i, end))
                             and looks_transliterated(text[i:end])):  # (劳特巴赫|周日表示, 佩斯科夫|7日表示, 布林肯|仍坚持)
        return None
    if end - i >= 3 and _opens_cause(text, end - 1):
        end -= 1  # 约翰逊|因违反, 乌贾|因涉嫌: the run took the preposition of a cause after the name (not 施泰因迈尔)
    name = text[i:end]
    if len(name) == 4 and not _NAME_CLOSE.match(text, end) and not _LATIN_GLOSS_AHEAD.match(text, end) \
            and not looks_transliterated(name):
        return None  # 民警抗雪保畅，: four characters before a comma are a phrase more often than a name
    if name in NOT_NAMES or _holds_word(name, 1, _NAME_TAGS) or word_runs_past(text, i, end) or _is_frequent_word(name):
        return None  # (作家|本尊: the person himself, no name)
    if not looks_transliterated(name) and min(map(name_char_count, name)) < _RARE_IN_NAMES \
            and not _nearly_transliterated_before_saying(text, name, end):
        return None  # 队员|消杀: without a surname, a name is a transliteration or written in characters of names
    return name


def _runs_on_transliterated(text: str, i: int, end: int) -> bool:
    """A run of transliteration begun at ``i`` goes on with the character at ``end``, up to
    ``_LONGEST_TRANSLITERATION`` characters: a foreign name written without dots may have five to seven (总理|奥云额尔登,
    顾问|波多利亚克), where a run of Han characters stops at four."""
    return end - i < _LONGEST_TRANSLITERATION and looks_transliterated(text[i : end + 1])


# 科 belongs to bodies (科室, 科技) and so ends a Han name, but it is among the commonest characters of transliterated
# Slavic and other names (格鲁什科, 佩斯科夫, 科娃, 斯科特): inside a run of transliteration that began before it, it is
# taken as part of the name (副外长格鲁什科|及, 新闻秘书佩斯科夫|回应称 were read nowhere).
_TRANSLITERATED_BODY_CHARS = frozenset("科")


def _transliterated_body_char(text: str, i: int, end: int) -> bool:
    """The character at ``end`` is one of ``_TRANSLITERATED_BODY_CHARS`` continuing a run of transliteration begun at
    ``i`` (格鲁什|科), not the first character of the run (处长|科室) nor the start of a frequent word (…|科技)."""
    return (end > i and end < len(text) and text[end] in _TRANSLITERATED_BODY_CHARS
            and looks_transliterated(text[i : end + 1]) and not is_common_word(text[end : end + 2], 100))


def _nearly_transliterated_before_saying(text: str, name: str, end: int) -> bool:
    """Three or more characters, all but one of transliteration, right before a verb of saying (总理|朔尔茨|表示):
    a foreign name with one character the register lacks."""
    chars = _transliteration_set()
    return len(name) >= 3 and sum(c not in chars for c in name) == 1 and SAYS.match(text, end) is not None


# A run that is itself a dictionary word, other than a personal name, is that word (医生|上门服务, 工作人员|江宁: jieba
# tags 上门 and 江宁 as places, which the test above allows inside a transliterated name); names in Mongolian or Tibetan
# parts are read by ``read_parts`` instead, whatever the dictionary says of them.
_UNLISTED_WORD_MIN = threshold("name_reader", "unlisted_word_min")


def _is_frequent_word(name: str) -> bool:
    return is_word(name, _UNLISTED_WORD_MIN, but=tuple(_PERSON_TAGS))


@lru_cache(maxsize=1)
def part_matcher() -> Matcher:
    return Matcher(sorted(NAME_PARTS))


def ends_name(text: str, end: int) -> bool:
    """A name can end before ``end``: the text ends, or what follows is not Chinese, a character that ends names,
    a verb of saying, or a frequent verb or function word (主持, 深入, 通报)."""
    return (end >= len(text) or not is_han(text[end]) or text[end] in NAME_STOP or _opens_cause(text, end)
            or text[end] in NOT_IN_NAME or text[end : end + 2] in NAME_STOP_WORDS
            or bool(_NAME_END.match(text, end)) or starts_follower(text[end : end + 2]))


def read_parts(text: str, i: int, fewest: int = 1) -> str | None:
    """A Mongolian or Tibetan name at ``i``: one to three name parts (``name_parts.py``; the longest part first at each
    step), at least ``fewest`` of them, and followed by something that ends a name (斯琴毕力格|主持, 宝音达来|表示)."""
    end, parts = i, 0
    while parts < 3:
        step = next((n for n in range(min(_LONGEST_PART, len(text) - end), 1, -1) if text[end : end + n] in NAME_PARTS), 0)
        if not step:
            break
        end, parts = end + step, parts + 1
    if parts < fewest or not (ends_name(text, end) or is_common_word(text[end : end + 2], _FREQUENT_AFTER_PARTS)):
        return None
    return text[i:end]


# The characters of the listed Mongolian and Tibetan name parts, minus those that end names (和, 在 …): a name of
# unlisted parts is written with them too (额尔德尼, 宝音图, 朝格吉乐图). 来, 道 and 都 stay although they also end
# names, because parts hold them (达来, 道尔吉, 满都拉); the run is cut where they begin a word instead (来到).
_PART_CHARS = (frozenset("".join(NAME_PARTS)) - NAME_STOP - NAME_STOP_WORD_CHARS) | {"来", "道", "都"}
# 都 is the adverb "all" after a name far more often than a name's last character (巴特尔|都表示), and 都来, 都道
# are the adverb before a verb (巴特尔|都来了).
_NOT_LAST_IN_TRANSLITERATION = "都"
_ADVERB_THEN_VERB = frozenset({"都来", "都道"})
_LONGEST_TRANSLITERATION = threshold("name_reader", "longest_transliteration")
# A bigram of transliteration is sometimes a rare dictionary word (宝音): only frequent words break such a run.
_FREQUENT_IN_TRANSLITERATION = threshold("name_reader", "frequent_in_transliteration")


@lru_cache(maxsize=1)
def _transliteration_set() -> frozenset[str]:
    return transliteration_chars() | _PART_CHARS


def transliteration_characters() -> frozenset[str]:
    """The characters ``looks_transliterated`` accepts (dots aside)."""
    return _transliteration_set()


def looks_transliterated(name: str) -> bool:
    """Every character of ``name`` (dots aside) is one of transliteration: of the dictionary's transliterated names
    or of the listed Mongolian and Tibetan parts (桑达尔·皮查伊 yes; 鹿城·战疫, 抗疫·暖闻 no)."""
    chars = _transliteration_set()
    outside = sum(c not in chars and c not in NAME_DOTS for c in name)
    if outside == 0:
        return True
    # (焦哈尔·察尔纳耶夫: a long name of two or more parts may hold one character the register lacks)
    parts = [p for p in re.split(f"[{NAME_DOTS}]", name)]
    return (outside == 1 and len(parts) >= 2 and sum(map(len, parts)) >= _LONG_TRANSLITERATION
            and all(len(p) >= 3 for p in parts))


# (Characters of a transliterated name of parts of three or more, dots aside, from which one may be unregistered.)
_LONG_TRANSLITERATION = threshold("name_reader", "long_transliteration")


def read_transliterated(text: str, i: int) -> str | None:
    """A Mongolian or Tibetan name at ``i`` whose parts are not all listed: two to seven characters of the listed
    parts' characters, holding no frequent ordinary word, followed by something that ends a name."""
    end = i
    while end < len(text) and end - i < _LONGEST_TRANSLITERATION and text[end] in _PART_CHARS \
            and text[end : end + 2] not in _ADVERB_THEN_VERB:
        end += 1
    while end - i > 2 and is_common_word(text[end - 1 : end + 1], _FREQUENT_IN_TRANSLITERATION):
        end -= 1  # 乌兰图雅|通报: the last character begins the word that follows
    while end - i > 2 and text[end - 1] in _NOT_LAST_IN_TRANSLITERATION:
        end -= 1
    if end - i < 2 or not (ends_name(text, end) or is_common_word(text[end : end + 2], _FREQUENT_AFTER_PARTS)):
        return None
    name = text[i:end]
    if _holds_word(name, _FREQUENT_IN_TRANSLITERATION, _PERSON_TAGS) or word_runs_past(text, i, end) \
            or is_word(name, _UNLISTED_WORD_MIN, but=(*_PERSON_TAGS, "ns")):
        return None  # (志愿者|平白, |古来: the whole run is an ordinary word; a place's name may be a person's: 乌兰)
    return name


def read_at_cue(text: str, i: int, unlisted: bool = True) -> str | None:
    """The name right after a cue: the longest of a surname reading, a reading without a listed surname (unless
    ``unlisted`` is false), a reading in name parts (那顺孟和 is not 那 + 顺孟), one in the characters of such parts
    (宝音图) and a surname followed by parts (包乌力吉). None where a one-character adverb that is no surname stands
    at ``i`` (代表|更高等级, 代表|更多地参与): it opens the predicate after a word read as a post (代表 represents).
    No listed surname or Mongolian or Tibetan name part begins with such an adverb (更, 也, 仍, 又, 正 …); a name
    that does (a Japanese 又吉, a Tibetan 更登) is lost here, none being in the posts read."""
    if i < len(text) and text[i] in _ADVERBS_AFTER_SUBJECT and not surname_length(text, i):
        return None
    name = read_name(text, i)
    readings = [r for r in (name, read_unlisted(text, i) if unlisted else None, read_parts(text, i),
                            read_transliterated(text, i), read_stop_surname(text, i) if unlisted else None,
                            read_japanese(text, i)) if r]
    if name and _opens_cause(text, i + len(name)):
        # (得主|乌贾|因涉嫌: a reading that ends right after the cause took its preposition as a last syllable.)
        readings = [r for r in readings if len(r) != len(name) + 1]
    s = surname_length(text, i)
    after_surname = read_parts(text, i + s) if s else None
    if after_surname:
        readings.append(text[i : i + s] + after_surname)  # 包|乌力吉, 白|斯琴: a Han-like first character, then parts
    # (After a post; after 志愿者, 居民, 大学生 … only a four-character name the text repeats.)
    double = read_double_surname(text, i, repeated_only=not unlisted)
    if double:
        readings.append(double)
    return max(readings, key=len) if readings else None


# Last characters of a Japanese given name of three characters (百合子, 慎太郎, 由纪夫); a run of three that ends
# otherwise is a given name of two and the start of what follows.
_JAPANESE_LONG_GIVEN_ENDS = frozenset("子郎夫")
# 一 ends names in Chinese text (一行, 一同) but is a frequent last given character of Japanese names (博一, 健一).
_JAPANESE_LAST_GIVEN = frozenset("一")


def read_japanese(text: str, i: int) -> str | None:
    """A Japanese name right after a position (首相|岸田文雄表示, 女演员|菅原小春和): a listed family name of two or
    three characters, then a given name of one to three characters that can continue a name, where a name ends. The
    given part is neither an ordinary word nor the start of a verb, a time word or an adverb (首相岸田|宣布,
    岸田|近日表示, 安倍|生前曾, 伊藤|今年表现)."""
    s = next((n for n in (3, 2) if text[i : i + n] in JAPANESE), 0)
    if not s:
        return None
    start = i + s
    run = start
    while run - start < 3 and (_goes_on(text, run) or run > start and text[run : run + 1] in _JAPANESE_LAST_GIVEN):
        run += 1
    for end in range(run, start, -1):
        given = text[start:end]
        if len(given) == 3 and given[-1] not in _JAPANESE_LONG_GIVEN_ENDS:
            continue
        # (The name may end before a frequent word as after name parts: 安倍晋三|遇刺.)
        if not (ends_name(text, end) or is_common_word(text[end : end + 2], _FREQUENT_AFTER_PARTS)) \
                or is_common_word(given) or starts_follower(text[start : start + 2]) \
                or any(_TIME_AFTER.match(text, k) or _ADVERB_WORDS.match(text, k) or SAYS.match(text, k)
                       for k in range(start, end)):
            continue
        if is_common_word(text[i:end]) or word_runs_past(text, i, end) or _verb_with_aspect(text, start, end):
            continue
        return text[i:end]
    return None


# Aspect particles after a verb (笑着, 笑了, 去过).
_ASPECT = frozenset("着了过")


def _verb_with_aspect(text: str, start: int, end: int) -> bool:
    """A given part of one character right before an aspect particle that makes no word with what follows (伊藤|笑着说,
    田原|笑了): the character is a verb of the clause, not a given name. (Japanese family names that are Chinese names
    too, 田原, are read by the family name's recurrence anywhere, not only after a post: persons._japanese_given_names.)"""
    return end - start == 1 and text[end : end + 1] in _ASPECT and not is_common_word(text[end : end + 2])


# What ends a name whose surname is also a preposition, right after a post: the clause's end (总裁于冬，).
_CLAUSE_BOUNDARY = frozenset("，。、；：,;！？!?（(）)\n ")


def read_stop_surname(text: str, i: int) -> str | None:
    """After a post, a name whose surname is one of ``_SURNAMES_THAT_STOP`` (董事长兼总裁|于冬，): the surname and one
    or two given characters up to the clause's end or a verb of saying, neither the whole nor the given part a word
    (局长|于是, 主任|向前 are words; 局长|于会上表示 has no boundary after 于会上)."""
    if text[i : i + 1] not in _SURNAMES_THAT_STOP:
        return None
    rest = read_name("王" + text[i + 1 : i + 4], 0)  # (the given part read as after a common surname)
    for k in (3, 2):
        end = i + k
        if not rest or len(rest) < k or end > len(text):
            continue
        if (text[end : end + 1] in _CLAUSE_BOUNDARY or end == len(text) or SAYS.match(text, end)) \
                and not is_common_word(text[i:end]) and not is_common_word(text[i + 1 : end]) \
                and not is_common_word(text[i : i + 2]):
            return text[i:end]
    return None


def read_double_surname(text: str, i: int, repeated_only: bool = False) -> str | None:
    """A name of four characters with two surnames (陆陈嘉澔: the mother's surname after the father's): two single
    surnames, then a full three-character name read from the second, then the end of a name — here, or where the
    text repeats the four characters (陆陈嘉澔|曾是 … 陆陈嘉澔|被编入: a story names its subject many times, and the
    occurrence at a cue need not be the one a name visibly ends at). With ``repeated_only`` the four characters
    must recur (after 大学生, 志愿者 … a surname reading is weaker evidence than after a post)."""
    if surname_length(text, i) != 1 or text[i] in NAME_STOP or text[i] in NAME_STOP_WORD_CHARS \
            or surname_length(text, i + 1) != 1 or name_char_count(text[i + 1]) >= _GIVEN_MORE_THAN_SURNAME:
        return None  # (魏文博|顶着: 文 is a given character here, not a mother's surname; 市长|王小明: 长 ends a word)
    rest = read_name(text, i + 1)
    if not rest or len(rest) != 3 or any(is_common_word(text[k : k + 2], 1) for k in range(i, i + 3)):
        return None  # 海东: a word, not a given name
    four = text[i : i + 4]
    ends = [at + 4 for at in _occurrences(text, four)]
    if repeated_only and len(ends) < 2:
        return None
    return four if any(_four_ends(text, end) for end in ends) else None


def widen_to_double_surname(text: str, start: int, name: str) -> tuple[int, str]:
    """A three-character name read by a tagger that a second surname right before completes (香港特区行政长官林|郑月娥:
    林郑月娥, a married name of Hong Kong; 陆|陈嘉澔): the four-character name, unless that surname ends a word."""
    if len(name) != 3 or start < 1 or (start > 1 and is_common_word(text[start - 2 : start], 1)):
        return start, name
    four = read_double_surname(text, start - 1)
    return (start - 1, four) if four == text[start - 1 : start + 3] else (start, name)


def _occurrences(text: str, s: str) -> list[int]:
    found, at = [], text.find(s)
    while at >= 0:
        found.append(at)
        at = text.find(s, at + 1)
    return found


def _four_ends(text: str, end: int) -> bool:
    """A four-character name can end before ``end``: its last character begins no word that follows (顾海东|通报,
    韩林海|汇报 are three-character names)."""
    return ends_name(text, end) and not starts_follower(text[end - 1 : end + 1]) \
        and not is_common_word(text[end - 1 : end + 1], _FREQUENT_AFTER_PARTS) and not begins_frequent_three(text, end - 1)


def is_plain_word(s: str) -> bool:
    """A dictionary word (the lexicon's default frequency) that is not a personal name."""
    return is_common_word(s) and dictionary_tag(s) not in _PERSON_TAGS


def holds_plain_word(name: str, minimum: int | None = None) -> bool:
    """A plain word (at least ``minimum`` times, else the lexicon's default) lies inside ``name``."""
    return any(is_plain_word(name[k : k + 2]) for k in range(len(name) - 1)) if minimum is None \
        else _holds_word(name, minimum, _PERSON_TAGS)


# Characters that never belong to a transliterated name but stand next to one: particles, prepositions, verbs.
# (岁 and 名: an age or a count before the name, 37岁|约瑟夫·…, 另一名|州警…, never a syllable of a transliteration.)
_NOT_IN_TRANSLITERATION = "在的了和与及是为对向从到说表等将已也又还并而把被由于以会称指强认透介接告今昨曾丨岁名"
_TRANSLITERATED = rf"(?:(?![{_NOT_IN_TRANSLITERATION}])[\u4e00-\u9fff])"
_TRANSLITERATED_CHAR = re.compile(_TRANSLITERATED)
_LONGEST_FIRST_PART = threshold("name_reader", "longest_first_part")  # (a dotted name's run before its first dot)
_DOTTED = re.compile(rf"{_TRANSLITERATED}{{1,{_LONGEST_FIRST_PART}}}(?:[{NAME_DOTS}]{_TRANSLITERATED}{{1,10}})+")
_FREQUENT_IN_HEADING = threshold("name_reader", "frequent_in_heading")
# How far back a position that ends right before a dotted name's run is looked for (常务副国务卿: 6 characters).
_LONGEST_POSITION = threshold("name_reader", "longest_position")
# (And the last characters of nouns of occupation before a name: 政治策略家|林顿·克罗斯比, 歌手, 学者, 发言人, 外交官.)
OCCUPATION_ENDS = frozenset("家手者人官")
NOT_FIRST_IN_DOTTED = NOT_IN_NAME | NAME_STOP_WORD_CHARS | NAME_STOP | OCCUPATION_ENDS
# The last character of nouns of a man (流浪汉, 醉汉, 老汉), which is also the first of 汉斯 (Hans).
_MAN_NOUN_ENDS = frozenset("汉")
# Adverbs that follow a subject and are never in a transliterated name's last part (…·阿比什|很可能是).
_ADVERBS_AFTER_DOTTED = frozenset("很就均")
# A ship named after a person, in quotation marks before 号 (乌克兰海军旗舰“格特曼·萨盖达奇内”号; the rule of names
# before a foreign title refuses “伊丽莎白女王”|号 so): the vessel, not the person. (Not 号召 or 号称, verbs.)
_VESSEL_AFTER = re.compile(r"[”\"」』]号(?![召称])")
# Bodies named after a person: 约翰斯·霍普金斯|大学 is a university, not a person.
_NAMED_AFTER_PERSON = re.compile(r"大学|学院|医院|研究所|研究院|研究中心|基金会|公司|集团|银行|中心|实验室|奖")


# The result of a cause in the same clause (因涉嫌使用兴奋剂|而|被停赛, 因违反队规|被|罚款, 因伤|遭|替换): 因…而/被/遭.
_CAUSE_RESULT = re.compile(r"[而被遭]")
_CLAUSE_END = re.compile(r"[，。；！？,;!?\n]")


def _cause_result_follows(text: str, i: int) -> bool:
    """The clause from ``i`` on goes on to the result of a cause (因涉嫌违规|而|被禁赛, 因违反队规|被|罚款): 而, 被 or 遭,
    not where they begin a noun or a conjunction of the dictionary (被告, 被子, 遭遇, 而是, 而且: 约翰·克莱因担任被告律师)."""
    end = m.start() if (m := _CLAUSE_END.search(text, i)) else len(text)
    for m in _CAUSE_RESULT.finditer(text, i, end):
        tag = dictionary_tag(text[m.start() : m.start() + 2]) or ""
        if not (tag.startswith("n") or tag in ("c", "y")):
            return True
    return False


def _before_cause_in_dotted(text: str, last_dot: int, end: int) -> int:
    """Where the dotted name ending at ``end`` ends if its run took the preposition of a cause that opens right after
    the name (吉津杜·乌贾|因涉嫌使用兴奋剂而被停赛, 罗伯特·克莱因|因伤缺阵). 因 also ends many transliterated names
    (Klein 克莱因, Stein, Hussein) and begins syllables inside them (克莱因伯格, 施泰因迈尔), and a verb right after such a
    name looks like a cause's content to ``_opens_cause`` (约翰·克莱因|担任, 马克·克莱因|获得): so the cut needs a sign
    that 因 is no syllable of the name. It is made only where
    - what the run holds after 因 is no transliteration (not 克莱因|伯格);
    - the last part keeps at least two characters, is no name of the dictionary with 因 (萨达姆·侯赛因, 施泰因), and
      the text does not write it with 因 whole elsewhere where a name ends (克莱因表示);
    - and a sign confirms the cause: 因 is said twice (克莱因|因伤: the name's syllable, then the cause), the clause
      goes on to the cause's result (因…而, 因…被, 因…遭), or the text writes the last part without 因 elsewhere where a
      name ends (乌贾|因涉嫌 … 乌贾与队友)."""
    for k in range(last_dot + 3, end):
        part = text[last_dot + 1 : k + 1]
        rest = text[k + 1 : end]
        if not _opens_cause(text, k) or (rest and looks_transliterated(rest)) or dictionary_tag(part) is not None \
                or _ends_name_elsewhere(text, part, k + 1):
            continue
        if text[k - 1] == text[k] or _cause_result_follows(text, k + 1) \
                or _ends_name_elsewhere(text, text[last_dot + 1 : k], k):
            return k
    return end


def _ends_name_elsewhere(text: str, part: str, here: int) -> bool:
    """``part`` stands elsewhere in ``text`` (not ending at ``here``) where a name ends: before a mark or the text's
    end, a verb of saying or a word that follows a subject (克莱因。, 克莱因表示, 克莱因在)."""
    for m in re.finditer(re.escape(part), text):
        after = m.end()
        if after != here and (after >= len(text) or not is_han(text[after]) or SAYS.match(text, after)
                              or text[after] in _AFTER_SUBJECT):
            return True
    return False


def _dotted_runs(text: str):
    """(start, end) of the runs of characters that can be in a dotted name. A run of several dots whose inner part
    holds a frequent word is two names and the words between them (首相|鲍里斯·约翰逊|任命|赛义德·贾维德|担任): the
    run is cut where that word begins, and each piece is read as a run of its own (the second loses the word as any
    run loses the words before its first part). Without the cut the inner word rejects the whole run, both names."""
    for m in _DOTTED.finditer(text):
        start, end = m.start(), m.end()
        dots = [k for k in range(start, end) if text[k] in NAME_DOTS]
        for left, right in zip(dots, dots[1:]):
            word = next((k for k in range(left + 2, right - 1)
                         if _holds_word(text[k : k + 2], _FREQUENT_IN_HEADING, _PERSON_TAGS)), None)
            if word is not None:
                yield start, word
                start = word
        yield start, end


def dotted_run_start(text: str, i: int) -> int:
    """Where the run of characters that can be in a dotted name begins, as :data:`_DOTTED` finds it, for a name read
    at ``i`` in its first part (安东尼·福奇 → at 安; 他说|安东尼·… → at 安 as well: 说 is no such character)."""
    first_dot = i
    while first_dot < len(text) and text[first_dot] not in NAME_DOTS:
        first_dot += 1
    while i > 0 and first_dot - i < _LONGEST_FIRST_PART and _TRANSLITERATED_CHAR.match(text, i - 1):
        i -= 1
    return i


def _after_last_word(text: str, start: int, first_dot: int) -> int:
    """Where a dotted name's run that follows no position begins: after the last ordinary word before its first
    part's last character. Where that word overlaps an earlier one by a character that begins a transliteration
    (第一夫人|马蒂娜·莫伊兹: 人马 is a word too, 夫人 the one the text means), the name keeps that character."""
    cut = max([start] + [k for k in range(start + 2, first_dot) if is_plain_word(text[k - 2 : k])])
    if cut - 3 >= start and is_plain_word(text[cut - 3 : cut - 1]) and looks_transliterated(text[cut - 1 : first_dot]):
        cut -= 1
    return _keeps_known_first_name(text, start, cut, first_dot)


def _keeps_known_first_name(text: str, start: int, cut: int, first_dot: int) -> int:
    """The cut after an ordinary word would leave a first part of one character, and that word and the character are
    a personal name of the dictionary (47岁的安东|尼·阿多: 安东 is a word, 安东尼 a name): the cut goes before the
    word. Not where word and character are no name (季军|罗·穆尔德: 季军罗 is none)."""
    if first_dot - cut == 1 and cut - 2 >= start and dictionary_tag(text[cut - 2 : first_dot]) in _PERSON_TAGS:
        return cut - 2
    return cut


# What ends a list's item or a clause right before a dotted name: nothing can be glued to the name across it.
_BOUNDARY_BEFORE_DOTTED = frozenset("、，,。；;：:！？!?“”\"（(\n 　")


def _opens_after_boundary(text: str, start: int, after_position: bool, positions: re.Pattern) -> bool:
    """The dotted run's first character, one a transliteration may begin with, follows a list's comma, a clause's
    punctuation or a position word directly (休·杰克曼、|科林·法瑞尔, 演员|科林·法瑞尔, 、|科比·布莱恩特): it cannot be the
    last character of a post or a body, so it is not cut as one (科 ends 外科 and 学科 elsewhere)."""
    if text[start] not in _transliteration_set():
        return False
    if start == 0 or text[start - 1] in _BOUNDARY_BEFORE_DOTTED:
        return True
    # (up to the character after: the position pattern looks ahead at it)
    return after_position and any(p.end() == start
                                  for p in positions.finditer(text, max(0, start - _LONGEST_POSITION), start + 1))


def dotted_names(text: str, positions: re.Pattern) -> list[tuple[int, str]]:
    """(start, name) of transliterated names whose parts are joined by a middle dot (桑达尔·皮查伊): runs of characters
    that can be in such a name, the first part cut after a position and the last before a verb of saying; no part may
    hold an ordinary word (战疫·一线 and 健康·生活 are headings, not names). ``positions`` matches the position words
    that end before a name (``persons.py``)."""
    found = []
    if not any(dot in text for dot in NAME_DOTS):
        return found  # most texts have no dot: the pattern below is slow to try everywhere
    for start, end in _dotted_runs(text):
        first_dot = next(k for k in range(start, end) if text[k] in NAME_DOTS)
        # (A position right before the run, whose last character is no transliteration: 国务卿|安东尼·布林肯.)
        after_position = any(p.end() == start for p in positions.finditer(text, max(0, start - _LONGEST_POSITION), start))
        for position in positions.finditer(text, start, first_dot):
            start, after_position = max(start, position.end()), True
        # An ordinary word at either edge is not part of the name: 官员|达瓦苏伦·…, …·冈萨雷斯|围绕; also before a
        # first part of one character (季军|罗·穆尔德, 亚军|扬·斯密肯斯).
        # Right after a position only words that run on from it and are no transliteration (部长|助理|约翰·…): the
        # position already ends what comes before, and a word inside the first part is a transliteration's syllables
        # (部长|塞巴斯|蒂安·勒科尔努, 国务卿|安东|尼·布林肯: 巴斯 and 安东 are words).
        if after_position:
            while first_dot - start > 2 and is_plain_word(text[start : start + 2]) \
                    and not looks_transliterated(text[start : start + 2]):
                start += 2
        else:
            start = _after_last_word(text, start, first_dot)
        # Nor the last character of a post or a body before it: 协调员|贝丝·高德, 策略师|林赛·贝尔.
        while first_dot - start > 1 and text[start] in NOT_FIRST_IN_DOTTED \
                and not _opens_after_boundary(text, start, after_position, positions):
            start += 1
        # 流浪汉|西蒙·马肖尔, 醉汉|约翰·…: 汉 ends a noun of a man glued to the name (jieba lacks 流浪汉); not where a
        # position or a noun of a person ends before it (医生|汉斯·…, 德国人|汉斯·…: Hans) or nothing Chinese precedes it.
        if first_dot - start > 1 and text[start] in _MAN_NOUN_ENDS and not after_position and start > 0 \
                and is_han(text[start - 1]) and text[start - 1] not in NOT_FIRST_IN_DOTTED:
            start += 1
        last_dot = max(k for k in range(start, end) if text[k] in NAME_DOTS)
        end = min([end] + [k for k in range(last_dot + 2, end) if SAYS.match(text, k)]
                  + [k for k in range(last_dot + 3, end) if is_plain_word(text[k : k + 2])
                     or text[k] in _ADVERBS_AFTER_DOTTED])
        # A last part of one character (特蕾莎·梅|获胜, 特蕾莎·梅|政府): a word begins right after it and what the run
        # holds from the last dot on is no transliteration.
        if end - last_dot > 2 and is_plain_word(text[last_dot + 2 : last_dot + 4]) \
                and not looks_transliterated(text[last_dot + 1 : end]):
            end = last_dot + 2
        end = _before_cause_in_dotted(text, last_dot, end)
        name = text[start:end]
        parts = re.split(f"[{NAME_DOTS}]", name)
        if not all(parts) or len(name) > 20 or _NAMED_AFTER_PERSON.match(text, end) or _VESSEL_AFTER.match(text, end):
            continue
        # (Frequent words only: a transliteration's syllables can spell a rare word, 道尔 of 达希道尔吉.)
        if any(holds_plain_word(part, _FREQUENT_IN_HEADING) for part in parts):
            continue
        found.append((start, name))
    return found
