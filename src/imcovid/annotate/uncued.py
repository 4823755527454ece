"""PERSON without a cue: the names that ``persons.py`` cannot anchor on a position, a role or a verb of saying
(``周应波的…``, ``刘丽娟、陈立都曾经管理过…``), read by Baidu's LAC tagger (``tagger.py``).

LAC reads names well but costs about 7 µs a character, too slow for whole articles at the build's speed bar. So
it reads only short windows of text around the places where a name could begin: a surname character followed by a
character frequent in given names (ngender's character table; one less frequent only where a subject or an object
begins: ，黄付录, 是曲扬), not yet part of a place, an organization or a found name, and neither beginning nor ending an
ordinary word (全国, 安全); where a three-character personal name of jieba's dictionary begins (习近平, its given
characters too rare to make a start); and the end of a position where the readers found no name (副县长|禤明).
Of what LAC calls a person there, a name is kept only when it begins at such a place, is two to four Chinese
characters, is not an ordinary word itself (甘蓝, 初雪; after a position it may be), and is never followed by a place
word (梅林|街道) or a house number, nor listed with townships, nor the tail of a name part, nor a term LAC cuts short
the same way wherever it stands (乌兰牧|骑).

A foreign name the text repeats with no cue and no surname (拜登执政 … 换掉特朗普) is reached another way: a run of
transliteration characters that stands whole three times or more is asked of LAC once (``recurring_transliterations``).
"""

from __future__ import annotations


import csv
import io
import re
from collections.abc import Callable
from functools import lru_cache
from importlib.metadata import distribution

from imcovid.annotate.lexicon import dictionary_tag, is_common_word, is_word, starts_follower
from imcovid.annotate.name_reader import (SAYS, ends_name, holds_plain_word, is_han, is_plain_word,
                                          looks_transliterated, read_double_surname, read_name,
                                          transliteration_characters, widen_to_double_surname)
from imcovid.annotate.name_parts import (COMPOUND, NAME_DOTS, NAME_PARTS, NAME_STOP, NAME_STOP_WORD_CHARS, NOT_IN_NAME,
                                         RARE_SINGLE, SINGLE)
from imcovid.annotate.places import contextual_gazetteer, county_short_forms, gazetteer
from imcovid.annotate.tagger import person_spans
from imcovid.annotate.wordlists import threshold, word_set, words

# Characters of context LAC sees before and after a possible surname, within its clause. Chosen on the corpus gold's
# development part and the seeds: wider windows found no more names; narrower ones lost names, or read phrases as
# names (坚决|杜绝管|而不控).
_BEFORE, _AFTER = 2, 6
# After a position where the readers found no name, a foreign name written without dots may run to seven characters
# (前总统|纳扎尔巴耶夫, 顾问|波多利亚克): LAC sees a little more there, and such a name, all of transliteration, may be
# longer than four characters.
_AFTER_CUE = threshold("uncued", "after_cue")
_LONGEST_CUED_TRANSLITERATION = threshold("uncued", "longest_cued_transliteration")
_BEFORE_LONGER = threshold("uncued", "before_longer")  # (the first characters after the cue that must all be of transliteration)
# Overlapping windows merge, up to this length (text without punctuation must not become one long window).
_LONGEST_WINDOW = threshold("uncued", "longest_window")
_CLAUSE_END = frozenset("。！？!?\n，,；;：:")
PLACE_AFTER = _PLACE_AFTER = re.compile(r"街道|路|街|村|镇|乡|店|社区|小区|大厦|广场|公园|花园|山|河|湖|桥|站|区|县|市|省|"
                          r"沙漠|草原|苏木|嘎查|牧场|口岸|林|"
                          # (a foreign state, province or county: 戈梅利|州, 泰米尔纳德|邦; not a post, 州长)
                          r"州(?!长)|邦|郡|"
                          # (a shop or a firm named like a person: 凌云|超市)
                          r"超市|商店|商场|商行|市场|酒店|宾馆|饭店|餐厅|药店|药房|诊所|公司|集团|"
                          # (a body's short form: 卫健|委, 卫健、交通等部门)
                          r"委|局|厅|部门|系统|"
                          # (a house number: an address, 郑王坟|141号院)
                          r"[0-9０-９]+号|"
                          # (a model's number: an aircraft or a weapon named after its maker, 伊尔|-76, 安|-124, 苏|-35;
                          # of at most three digits, not a year after a singer's name, 林俊杰|-2022世界巡回演唱会)
                          r"[-－‐][0-9０-９]{1,3}(?![0-9０-９])|"
                          # (a brand, a shop or a firm: 杨国福|麻辣烫, data/person_things_after.txt)
                          + "|".join(sorted(words("person_things_after"), key=len, reverse=True)) + "|"
                          r"(?:、[\u4e00-\u9fff]{2,6}){0,8}等(?:地|社区|村|小区|街道|苏木|嘎查|乡镇|单位|部门|企业(?!家|主)|"  # (not 等企业家: people)
                          + "|".join(sorted(words("person_things_after"), key=len, reverse=True)) + ")")
# How often the first given character must occur in ngender's register of names (付 9,685, 岸 1,337, 扬 58,000; 医
# 418 and 撰 57 are under it). At 30,000 a start could be found for only 56% of the real sets' development names,
# at 1,000 for 73%: the names no cue introduces are the ones the cue rules miss on posts they were not written for.
# Under 30,000 a start must also stand where a subject or an object begins (below), so that LAC reads about 24
# characters of a post instead of 17. Under 1,000 the starts add mostly words a surname's character begins (杜撰,
# 蒙医) for no more names.
_GIVEN_MIN = threshold("uncued", "given_min")
# A given character under this count (风 25,089, 影 11,518) that begins a word this frequent (风险, 影响) begins that
# word rather than a name: a name of frequent given characters may still be a word (建国), one of rarer ones seldom is.
_GIVEN_FREQUENT = threshold("uncued", "given_frequent")
_WORD_AFTER_SURNAME = threshold("uncued", "word_after_surname")
# Characters after which a subject or an object begins: a particle, a copula, a conjunction, a preposition.
_BEFORE_SUBJECT = frozenset("的是和与及同跟像对给让被把将由向从在为有")
_HAN = re.compile(r"[\u4e00-\u9fff]{2,4}")
_LONG_HAN = re.compile(r"[\u4e00-\u9fff]+")
# Adverbs and particles that LAC sometimes reads into the end of a name (陈立都|曾经).
_NOT_LAST = frozenset("都也就还又才再的了在是和与及等")


@lru_cache(maxsize=1)
def _start_pattern() -> re.Pattern:
    """A surname character, then a character that is frequent in given names (ngender's table of how often each
    character appears in a large register of names: 明 442,081 times, 是 527) and does not end a name; a lookahead
    of two character classes, so that every offset is tried quickly. A compound surname counts by its two
    characters (欧|阳, 上|官). A given character under ``_GIVEN_FREQUENT`` (group ``rarer``) only where a subject
    or an object can begin: the text's start, after a character that is not Chinese or after ``_BEFORE_SUBJECT``."""
    # Located through the distribution's files, not imported: importing ngender loads its own model.
    table = distribution("ngender").locate_file("ngender/charfreq.csv").read_text(encoding="utf-8")
    counts = {row["char"]: int(row["male"]) + int(row["female"]) for row in csv.DictReader(io.StringIO(table))}
    given = {c for c, n in counts.items() if n >= _GIVEN_MIN and is_han(c) and c not in NAME_STOP}
    first = (set(SINGLE) - RARE_SINGLE - NAME_STOP_WORD_CHARS) | {c[0] for c in COMPOUND}
    frequent = {c for c in given if counts[c] >= _GIVEN_FREQUENT} | {c[1] for c in COMPOUND}
    rarer = given - frequent
    first_class, frequent_class = "".join(sorted(first)), "".join(sorted(frequent))
    return re.compile(f"(?=[{first_class}][{frequent_class}])"
                      f"|(?:(?<![\u4e00-\u9fff])|(?<=[{''.join(sorted(_BEFORE_SUBJECT))}]))"
                      f"(?=[{first_class}](?P<rarer>[{''.join(sorted(rarer))}]))")


# jieba's tags of personal names (nr: 李克强; nrfg: 习近平), and the surnames such a name may begin with.
_SURNAME_FIRSTS = frozenset(SINGLE) - NAME_STOP_WORD_CHARS
_DICTIONARY_NAME_TAGS = frozenset({"nr", "nrfg"})


def _dictionary_name_starts(text: str) -> list[int]:
    """Offsets where a three-character personal name of jieba's dictionary begins with a surname (习近平, whose given
    characters are too rare in ngender's register to make a start of their own): LAC is asked there too, and still
    decides. Not where the surname begins a word (习近 is none), nor where the given part is an ordinary word: the
    dictionary also lists a surname and a post as a name (周总理)."""
    return [i for i in range(len(text) - 2)
            if text[i] in _SURNAME_FIRSTS and dictionary_tag(text[i : i + 3]) in _DICTIONARY_NAME_TAGS
            and not is_common_word(text[i : i + 2]) and not is_common_word(text[i + 1 : i + 3])]


# At a cue, LAC's reading of a transliterated name of at least this many characters that the next character does not
# continue (no character of transliteration) is the whole name, whatever verb follows it (选手|内斯特兰科|爆冷夺冠,
# 现任CEO|基辛格|任期, 儿子|威尔弗雷德|去游玩: three read or development posts of three outlets, s23; the check of what
# follows a reading at a cue was written for Mongolian names cut inside, 司机|额尔|很巴雅尔, of two characters).
_WHOLE_TRANSLITERATION_MIN = threshold("uncued", "whole_transliteration_min")
# (Nor a name of the epidemic's things that runs on past LAC's reading: data/person_thing_names.txt, 奥密克戎.)
_THING_NAMES = word_set("person_thing_names")


def _whole_transliteration(text: str, start: int, name: str) -> bool:
    """``name`` read by LAC at ``start`` looks transliterated, has at least ``whole_transliteration_min`` characters,
    and the character after it is no character of transliteration: the run ends with the name."""
    end = start + len(name)
    return (len(name) >= _WHOLE_TRANSLITERATION_MIN and looks_transliterated(name)
            and is_han(text[end : end + 1]) and text[end] not in transliteration_characters()
            and not any(text.startswith(thing, start) for thing in _THING_NAMES))  # (专家|奥密克|戎: a variant)


def name_starts(text: str, taken: Callable[[int, int], bool]) -> list[int]:
    """Offsets where a name could begin: a surname and a likely given character, not inside a mention found
    already, and the surname neither beginning an ordinary word (全国) nor ending one (安全)."""
    starts = []
    for i in _dictionary_name_starts(text):
        if not taken(i, i + 3):
            starts.append(i)
    for m in _start_pattern().finditer(text):
        i = m.start()
        if taken(i, i + 2) or is_common_word(text[i : i + 2]) or (i > 0 and is_common_word(text[i - 1 : i + 1])):
            continue
        if m.group("rarer") is not None and is_common_word(text[i + 1 : i + 3], _WORD_AFTER_SURNAME):
            # 高|风险, 和|影响: a character less frequent in names begins a frequent word, not a given name (and such a
            # start is read only where a subject or an object can begin, ，黄付录, 是曲扬, 的张广东, not inside a
            # run of words, 检测|蔡妍: a typing slip; which halves what LAC reads for these starts)
            continue
        starts.append(i)
    return starts


def windows(text: str, starts: list[int], cued: frozenset[int] = frozenset()) -> list[tuple[int, int]]:
    """Merged (start, end) windows of ``_BEFORE`` + ``_AFTER`` characters around each start, cut at clause ends
    (``_AFTER_CUE`` after a cue, where a transliterated name may be longer: 纳扎尔巴耶夫)."""
    spans: list[tuple[int, int]] = []
    for i in starts:
        left = i
        while left > max(0, i - _BEFORE) and text[left - 1] not in _CLAUSE_END:
            left -= 1
        right = i + 1
        while right < min(len(text), i + (_AFTER_CUE if i in cued else _AFTER)) and text[right] not in _CLAUSE_END:
            right += 1
        if spans and left <= spans[-1][1] and max(right, spans[-1][1]) - spans[-1][0] <= _LONGEST_WINDOW:
            spans[-1] = (spans[-1][0], max(right, spans[-1][1]))
        else:
            spans.append((left, right))
    return spans


def ends_like_body_or_street(name: str) -> bool:
    """The last character ends a body's short form or a street's name (卫健|委, 潘广|路), not a person's name."""
    return name[-1:] in word_set("person_uncued_not_last")


# A list item that ends like a township, a village or a neighbourhood (王庄寨镇、|林七乡|、褚庙乡).
_PLACE_ITEM_END = re.compile(r"[\u4e00-\u9fff]{1,6}(?:乡|镇|村|街道|社区|小区|苏木|嘎查)")


def listed_with_words(text: str, start: int, end: int) -> bool:
    """The name stands in a list whose neighbouring item is an ordinary word (小区、|商超|等) or a township's or a
    village's name (王庄寨镇、|林七乡): a list of things or places."""
    before = text[max(0, start - 3) : start - 1] if text[start - 1 : start] == "、" else ""
    after = text[end + 1 : end + 3] if text[end : end + 1] == "、" else ""
    if any(len(item) == 2 and is_common_word(item) for item in (before, after)):
        return True
    previous = re.search(r"[\u4e00-\u9fff]{1,8}$", text[max(0, start - 9) : start - 1]) if before else None
    following = re.match(r"[\u4e00-\u9fff]{1,8}", text[end + 1 : end + 9]) if after else None
    return any(item is not None and _PLACE_ITEM_END.fullmatch(item.group()) is not None
               for item in (previous, following))


_LONGEST_PART = max(map(len, NAME_PARTS))


def inside_name_part(text: str, start: int) -> bool:
    """A listed Mongolian or Tibetan name part begins before ``start`` and runs past it (却吉|扎布, 巴特|尔): what LAC
    reads from ``start`` is the tail of a longer name or place, not a name of its own."""
    return any(text[k : k + n] in NAME_PARTS for n in range(2, _LONGEST_PART + 1)
               for k in range(max(0, start - n + 1), start))


def always_cut_from_word(text: str, name: str) -> bool:
    """The name occurs more than once and every time the same character follows it, one that does not end names
    (乌兰牧|骑 … 乌兰牧|骑): a longer term LAC cut short, not a person (whose name is followed by whatever the
    sentence says next)."""
    following = {text[m.end() : m.end() + 1] for m in re.finditer(re.escape(name), text)}
    if len(following) != 1 or sum(1 for _ in re.finditer(re.escape(name), text)) < 2:
        return False
    (c,) = following
    return is_han(c) and c not in NAME_STOP and not SAYS.match(text, text.find(name) + len(name))


# A run LAC reads as a name that the text writes at least this often, every time before the same word, is the first
# part of a longer name: a brand or a firm named after someone (曹操|出行 ×5, a ride-hailing firm).
_SAME_WORD_AFTER_MIN = threshold("uncued", "same_word_after_min")


def always_before_same_word(text: str, name: str) -> bool:
    """The name occurs at least ``_SAME_WORD_AFTER_MIN`` times and every time the same ordinary word of two
    characters follows it (曹操|出行 … 曹操|出行回应称): a brand or a firm, not a person, whose name is followed by
    whatever the sentence says next. Not a verb of saying (a spokesman's name before 表示 each time he is quoted)."""
    following = {text[m.end() : m.end() + 2] for m in re.finditer(re.escape(name), text)}
    if len(following) != 1 or text.count(name) < _SAME_WORD_AFTER_MIN:
        return False
    (word,) = following
    return len(word) == 2 and all(map(is_han, word)) and is_common_word(word) and not SAYS.match(word) \
        and word not in _POSITIONS_AFTER  # (成龙|主演 three times: a person's role, not a brand's word: review)


_POSITIONS_AFTER = frozenset(w for w in words("person_positions") if len(w) == 2)


# jieba's tags of places, bodies and other proper names: a word so tagged after a cue is that, not a person.
_OTHER_NAMES = frozenset({"ns", "nt", "nz"})


def _other_name(name: str) -> bool:
    """jieba's dictionary has ``name`` as a body's or another proper name, or as a place that is a Chinese division
    (江宁); not as a place it is not (the dictionary tags some foreign leaders' names as places: there LAC's reading
    of a person after a position stands)."""
    tag = dictionary_tag(name)
    if tag != "ns":
        return tag in _OTHER_NAMES
    return name in gazetteer() or name in county_short_forms() or name in contextual_gazetteer()


# A surname and this character is a household or a clan (冯家, 王家), however often 家 is a given character.
_FAMILY = "家"


def _is_name(name: str, cued: bool = False) -> bool:
    """``name`` can be a person's name; ``cued`` (a position before it) lets it be an ordinary word too (院长|金星),
    and a transliterated name of four to ``_LONGEST_CUED_TRANSLITERATION`` characters (总统|纳扎尔巴耶夫, 发言人|佩斯科夫),
    which the four-character test below would refuse."""
    if cued and 4 <= len(name) <= _LONGEST_CUED_TRANSLITERATION and _LONG_HAN.fullmatch(name) \
            and looks_transliterated(name) and not is_common_word(name[-2:]):
        return True
    if not _HAN.fullmatch(name) or (not cued and is_common_word(name, 1)) or ends_like_body_or_street(name):
        return False
    if len(name) == 4 and name[:2] not in COMPOUND and read_double_surname(name, 0) != name:
        return False  # 林海雪原 (a novel): four characters are a name with a compound or two surnames only
    if len(name) == 2 and name[1] == _FAMILY:
        return False  # 过继给冯家: a surname and 家 is a family (a collective), not one person
    if len(name) == 2 and name[0] == name[1]:
        return False  # …制度”云云, 常常: a surname's character said twice is a word (as read_name has it); a child's
        # doubled name (辰辰) is read by the rule of doubled names after a cue, not here
    if not cued and len(name) == 3 and _is_place_word(name[1:]):
        return False  # 美蒋|海上|派遣: a surname's character before a listed word of place (海上, 国内, 当地) is no name
    return not (len(name) == 3 and starts_follower(name[1:]))  # 代|配药: the given part is a verb


# Words of place that are never a given name (data/person_place_words_not_given.txt: 海上, 国内, 当地, 身边). Not
# every word of place or direction jieba tags so (s, f): 东方, 远方, 南方, 北方 are given names (王东方, 李远方, 赵南方).
_PLACE_WORDS_NOT_GIVEN = word_set("person_place_words_not_given")


def _is_place_word(given: str) -> bool:
    """``given`` is a listed word of place, which LAC, with no cue, reads after a surname's character as a given name
    (美蒋|海上: 蒋海上). Only listed words: a word of direction is a given name too (张东方, 李北方)."""
    return given in _PLACE_WORDS_NOT_GIVEN


def find_uncued(text: str, taken: Callable[[int, int], bool], places: set[str], known: set[str],
                place_ends: frozenset[int] = frozenset(), cued: frozenset[int] = frozenset()) -> list[tuple[int, str]]:
    """(start, name) of the names LAC finds at the possible name starts of ``text``; ``known`` are the names found
    already, which a name LAC reads longer (代钦|细) is not. A name right after a place (``place_ends``) is a
    landmark of that place, not a person no cue introduces (额济纳旗|胡杨林). ``cued`` are offsets where a cue (a
    position) says a name may begin but the readers found none, because the name is also a word (院长|金星): LAC
    reads there too, whatever the characters."""
    # Where a name found already recurs, LAC has nothing to add (the recurrence is marked after this).
    # (By the lengths of the known names, so that many known names cost no more than a few.)
    lengths = sorted({len(k) for k in known})
    starts = sorted(set(name_starts(text, taken)) | {i for i in cued if i < len(text) and not taken(i, i + 1)})
    starts = [i for i in starts if not any(text[i : i + n] in known for n in lengths)]
    if not starts:
        return []
    allowed = set(starts)
    # (A longer window only where the cue is followed by characters of transliteration: windows of other lengths
    # would cost LAC batches of their own.)
    spans = windows(text, starts, frozenset(i for i in cued if looks_transliterated(text[i : i + _BEFORE_LONGER])))
    found = []
    for (left, right), persons in zip(spans, person_spans([text[s:e] for s, e in spans])):
        for s, e in persons:
            start, name = left + s, text[left + s : left + e]
            if len(name) == 3 and (name[-1] in _NOT_LAST or starts_follower(text[start + 2 : start + 4])):
                name = name[:-1]  # 陈立都|曾经, 陈斌|通报: the last character begins the word that follows
            elif _cut_before_list_mark(text, start, name):
                name = text[start : start + 3]  # 郑宝|用、: the list item is the whole name
            if start in allowed and start > 0 and not taken(start - 1, start):
                start, name = widen_to_double_surname(text, start, name)  # 林|郑月娥
                allowed.add(start)
            if start in cued and not (ends_name(text, start + len(name))
                                      or is_common_word(text[start + len(name) : start + len(name) + 2])
                                      or _whole_transliteration(text, start, name)):
                continue  # 司机|额尔|很巴雅尔: at a cue, a reading that stops inside a longer name
            if start in cued and ((len(name) == 3 and is_common_word(name[1:])) or _other_name(name)):
                continue  # 主任李|会同有关部门: the readers refused a surname and a word; 工作人员|江宁: a place's name
            if start in allowed and _is_name(name, start in cued) and name not in places and not taken(start, start + len(name)) \
                    and start not in place_ends and not listed_with_words(text, start, start + len(name)) \
                    and not inside_name_part(text, start) and not after_brand_noun(text, start):
                found.append((start, name))
    names = {name for _, name in found}
    rejected = {name for name in names if any(name[:n] in known for n in lengths) or always_cut_from_word(text, name)
                or always_before_same_word(text, name)
                or any(_PLACE_AFTER.match(text, m.end()) for m in re.finditer(re.escape(name), text))}
    kept = []
    for start, name in found:
        # Where LAC read the same name shorter in one window than in another (冯明 | 冯明远), the longer reading.
        longest = max((n for n in names if text.startswith(n, start)), key=len)
        if longest not in rejected:
            kept.append((start, longest))
    return kept


@lru_cache(maxsize=1)
def _brand_nouns_before() -> re.Pattern:
    return re.compile("(?:" + "|".join(sorted(words("person_brand_nouns_before"), key=len, reverse=True)) + ")$")


def after_brand_noun(text: str, start: int) -> bool:
    """The reading follows a noun that announces a brand's name (宝宝米品牌|米小芽, data/person_brand_nouns_before.txt):
    what follows is the brand, however LAC reads it; a person is introduced by a post (品牌创始人|张三), not so."""
    longest = max(map(len, words("person_brand_nouns_before")))
    return _brand_nouns_before().search(text, max(0, start - longest), start) is not None


# The mark that ends an item of a list (郑宝用、郭平、胡厚崑).
_LIST_MARK = "、"


def _cut_before_list_mark(text: str, start: int, name: str) -> bool:
    """LAC read a surname and one given character one character before the 、 that ends the list item (“二号首长”
    郑宝|用、郭平): the item is the name, where the reader takes the three characters as one (a given character that
    is no verb or word of its own: not 王强|等、)."""
    end = start + len(name)
    return (len(name) == 2 and is_han(text[end : end + 1]) and text[end + 1 : end + 2] == _LIST_MARK
            and read_name(text, start) == text[start : end + 1])


# A foreign name the text repeats without any cue (今年是拜登执政的第一年 … 换掉特朗普 … 特朗普下台): no surname
# anchors it and no position or verb of saying stands by it, so neither the readers nor the windows above reach it.
# A run of transliteration characters (of the dictionary's transliterated names, less those that end names or belong
# to bodies) that stands whole at least ``_RECURRING_MIN`` times is asked of LAC once, in a window around its first
# free occurrence; it is a name where LAC reads exactly that run as a person, and never stands alone between quotation
# marks (“萨万月”, a month of the Hindu calendar, which LAC calls a person: a quoted run is a term or a title).
_RECURRING_MIN = threshold("uncued", "recurring_min")
# (A run this long or longer stands twice to be asked, and is counted where a longer run begins with it.)
_LONG_RUN = threshold("uncued", "long_run")
_RECURRING_MIN_LONG = threshold("uncued", "recurring_min_long")
_RUN_CONTEXT = threshold("uncued", "run_context")  # characters of the clause on each side of the run that LAC sees
_RUN_LONGEST = threshold("uncued", "run_longest")
# A run holding a dictionary word this frequent is phrase text, not a transliteration (美大|使, 年上).
_WORD_IN_RUN = threshold("uncued", "word_in_run")


@lru_cache(maxsize=1)
def _transliteration_run() -> re.Pattern:
    chars = transliteration_characters() - NAME_STOP - NOT_IN_NAME
    return re.compile(f"[{''.join(sorted(chars))}]{{2,{_RUN_LONGEST}}}")


def _quoted(text: str, start: int, end: int) -> bool:
    """The run stands alone between quotation marks (“萨万月”): a term, a title or a nickname, not a person's name."""
    return start > 0 and text[start - 1] in _OPENING_QUOTES and text[end : end + 1] in _CLOSING_QUOTES


_OPENING_QUOTES, _CLOSING_QUOTES = frozenset("“「『\"‘"), frozenset("”」』\"’")


def _part_of_a_longer_word(text: str, run: str, starts: list[int]) -> bool:
    """Every occurrence of the run goes on into the same character (奥密克|戎 ×3): the run is cut from a longer word
    whose last character the transliteration set lacks, not a name (a name is followed by whatever the clause says:
    拜登|执政, 拜登|表示)."""
    after = {text[i + len(run) : i + len(run) + 1] for i in starts}
    return len(after) == 1 and is_han(next(iter(after)))


@lru_cache(maxsize=1)
def _thing_nouns() -> re.Pattern:
    return re.compile("|".join(sorted(words("person_run_things_after"), key=len, reverse=True)))


def _names_a_thing(text: str, run: str, starts: list[int]) -> bool:
    """The run stands before a noun of a disease, a virus, a drug or a place at one of its occurrences (埃博拉|病毒,
    瑞德西韦|治疗, 顿巴斯|地区): it names that thing, not a person, wherever else the text writes it alone."""
    things = _thing_nouns()
    return any(things.match(text, i + len(run)) for i in starts)


def _count_run_ons(text: str, occurrences: dict[str, list[int]]) -> None:
    """Count as occurrences of a run that the text writes whole somewhere the places where a longer run begins with it
    and goes on into an ordinary word (凯塞多|远射, 凯塞多|成为 beside 凯塞多|抓住: 远 and 成 are transliteration
    characters too, so the regex reads 凯塞多远 and 凯塞多成 as runs of their own and the name seemed to stand once).
    Not where what follows the shorter run is no word (库库雷|利亚 is no run-on of 库库雷)."""
    whole = {run: list(starts) for run, starts in occurrences.items()}
    for run, starts in whole.items():
        for length in range(_LONG_RUN, len(run)):
            if run[:length] in whole:
                occurrences[run[:length]].extend(i for i in starts if is_plain_word(text[i + length : i + length + 2]))
    for starts in occurrences.values():
        starts.sort()


def _opens_dotted(text: str, run: str, starts: list[int]) -> bool:
    """A middle dot follows the run at one of its occurrences (伯克希尔|·哈撒韦公司): the run is the first part of a
    dotted name, a firm's as often as a person's, which the dotted rule reads whole; standing alone only once more,
    it is no evidence of a person of its own."""
    return any(text[i + len(run) : i + len(run) + 1] in NAME_DOTS for i in starts)


@lru_cache(maxsize=1)
def _bodies_and_places() -> re.Pattern:
    return re.compile("|".join(sorted(words("person_run_bodies_beside"), key=len, reverse=True)))


def _body_or_place_beside(text: str, run: str, starts: list[int]) -> bool:
    """A noun of a firm, a body or a place stands right before or right after the run at one of its occurrences
    (全球最大资管公司|贝莱德表示，贝莱德将…; 贝莱德|集团): the run names that firm or place. Checked for a run standing
    only twice (``_RECURRING_MIN_LONG``), whose evidence of a person is thin."""
    nouns = _bodies_and_places()
    return any(nouns.match(text, i + len(run)) or any(text.endswith(n, 0, i) for n in words("person_run_bodies_beside"))
               for i in starts)


@lru_cache(maxsize=1)
def _person_acts() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    def alternatives(name: str) -> str:
        return "|".join(sorted(words(name), key=len, reverse=True))
    acts = f"{SAYS.pattern}|{alternatives('person_run_acts_after')}"
    # (a match's minute opening the sentence, 第15分钟, is a play's frame too)
    return (re.compile(f"(?:{alternatives('person_adverbs_before_act')})?(?:{acts})"),
            re.compile(rf"{alternatives('person_run_sport_plays')}|第\d+分钟"), re.compile("[。！？!?；;\n]"))


def _person_context(text: str, run: str, starts: list[int]) -> bool:
    """At one of the run's occurrences a person stands: a verb of saying or a person's act right after it (某某|表示,
    某某|还|称, 某某|担任), or a play of a ball game or a match's minute in its sentence (幸好某某的射门差之毫厘,
    第15分钟，某某…). Asked of a run standing only twice: LAC, seeing a few characters, reads a bare region or firm
    as a person at both places (顿巴斯此前爆发冲突，顿巴斯的局势…), so two readings by LAC are no evidence of a person
    by themselves."""
    acts, plays, sentence_end = _person_acts()
    for i in starts:
        if acts.match(text, i + len(run)):
            return True
        start = max((m.end() for m in sentence_end.finditer(text, 0, i)), default=0)
        end = m.start() if (m := sentence_end.search(text, i)) else len(text)
        if plays.search(text, start, end):
            return True
    return False


def recurring_transliterations(text: str, taken: Callable[[int, int], bool]) -> list[tuple[int, str]]:
    """(start, name) of the first free occurrence of each run of transliteration that ``text`` repeats whole at least
    ``_RECURRING_MIN`` times and LAC reads as a person there; not a dictionary word (other than a name), nor a run
    holding a frequent word. A run of ``_LONG_RUN`` characters or more standing only twice (``_RECURRING_MIN_LONG``)
    must be read as a person by LAC at both places, stand beside no noun of a firm, a body or a place
    (``_body_or_place_beside``) and have a person's context at one of them (``_person_context``)."""
    occurrences: dict[str, list[int]] = {}
    for m in _transliteration_run().finditer(text):
        occurrences.setdefault(m.group(), []).append(m.start())
    _count_run_ons(text, occurrences)
    asks = []
    for run, starts in occurrences.items():
        if len(starts) < (_RECURRING_MIN_LONG if len(run) >= _LONG_RUN else _RECURRING_MIN) \
                or (len(starts) < _RECURRING_MIN and _opens_dotted(text, run, starts)) \
                or is_word(run, 1, but=("nr", "nrfg", "nrt")) \
                or holds_plain_word(run, _WORD_IN_RUN) or any(_quoted(text, i, i + len(run)) for i in starts) \
                or _part_of_a_longer_word(text, run, starts) or _names_a_thing(text, run, starts) \
                or (len(starts) < _RECURRING_MIN and (_body_or_place_beside(text, run, starts)
                                                      or not _person_context(text, run, starts))):
            continue
        first = next((i for i in starts if not taken(i, i + len(run))), None)
        if first is None:
            continue
        # (A run standing only twice is asked at both places, and must be a person at both: 顿巴斯 ×2.)
        for at in [first] + ([i for i in starts if i != first] if len(starts) < _RECURRING_MIN else []):
            left, right = at, at + len(run)
            while left > max(0, at - _RUN_CONTEXT) and text[left - 1] not in _CLAUSE_END:
                left -= 1
            while right < min(len(text), at + len(run) + _RUN_CONTEXT) and text[right] not in _CLAUSE_END:
                right += 1
            asks.append((first, run, at, left, right))
    if not asks:
        return []
    person_everywhere: dict[tuple[int, str], bool] = {}
    for (first, run, at, left, _), spans in zip(asks, person_spans([text[l:r] for *_, l, r in asks])):
        here = (at - left, at - left + len(run)) in spans
        person_everywhere[first, run] = person_everywhere.get((first, run), True) and here
    return [key for key, everywhere in person_everywhere.items() if everywhere]
