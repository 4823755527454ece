"""Bylines, credit lines and the outlet a post names for itself (cleaning rule 5).

A byline credits people with a role and often names their outlet: ``（总台记者 修治国 金建军）``,
``文/北京青年报记者 李泽伟 通讯员 单艺伟``, ``澎湃新闻高级记者 朱奕奕``, ``责任编辑：刘万里 SF014``,
``羊城晚报讯 记者严艺文、通讯员交通宣报道：``. The parser works on the line *before* white space next to CJK is
removed, because the source's spaces are what separate the names (``孙乐琪 刘苏雅``). The role words, outlet
endings, aliases and channel words are data (``data/cleaning_credits.tsv``, ``data/cleaning_outlets.tsv``).

Every function here is pure and works on one string: it says what to cut (a span of the string it was given) and
what the cut credits; ``imcovid.clean.article`` does the cutting and the accounting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from imcovid.clean.fields import Credit
from imcovid.clean.lazy import lazy
from imcovid.clean.thresholds import threshold

# Lengths in characters (data/cleaning_thresholds.toml): a credit line, an outlet's name, the names of a list of
# sources, and the lines that name a source; longer lines are prose that happens to hold such words.
_LONGEST_BYLINE = threshold("bylines", "longest_byline")
_LONGEST_OUTLET = threshold("bylines", "longest_outlet")
_SHORTEST_LISTED_OUTLET = threshold("bylines", "shortest_listed_outlet")
_LONGEST_COMPILED_OUTLET = threshold("bylines", "longest_compiled_outlet")
_LONGEST_LISTED_OUTLET = threshold("bylines", "longest_listed_outlet")
_LONGEST_SOURCE_LINE = threshold("bylines", "longest_source_line")
_LONGEST_NOTE = threshold("bylines", "longest_note")

_ROLES = ("editor", "reporter", "photographer", "correspondent", "author", "proofreader")
# Roles whose outlet is where the article comes from; an editor's outlet is only the editor's affiliation.
_SOURCE_ROLES = frozenset({"reporter", "photographer", "correspondent", "author"})


@dataclass(frozen=True)
class Tables:
    roles: dict[str, str]
    modifiers: tuple[str, ...]
    suffixes: tuple[str, ...]
    aliases: dict[str, str]
    channels: tuple[str, ...]
    selves: frozenset[str]
    role_pattern: re.Pattern
    pictures: tuple[str, ...] = ()  # picture agencies: a bracketed name alone after a caption credits the picture
    broadcasts: tuple[str, ...] = ()  # channel kinds after 综合 in a broadcaster's channel name (新闻综合频道)
    flashes: frozenset[str] = frozenset()  # outlets' short self-names whose 快讯 opener leaves the text (每经AI快讯，)
    not_sources: frozenset[str] = frozenset()  # words a compiler lists that name no source (公开资料, 网络)
    accounts: tuple[str, ...] = ()  # words of a body's own account in a compiler's list (京东官方微信号)


def _rows(name: str) -> list[tuple[int, list[str]]]:
    text = resources.files("imcovid").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return [(n, line.split("\t")) for n, line in enumerate(text.splitlines(), 1) if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def tables() -> Tables:
    """The word lists, loaded and checked once (an unknown kind, a bad role or a duplicate fails loudly)."""
    roles: dict[str, str] = {}
    modifiers: list[str] = []
    colon_roles: list[str] = []
    nouns: list[str] = []  # 记者站, 记者会: a role word glued to one of these is part of a noun
    for n, row in _rows("cleaning_credits.tsv"):
        if row[0] in ("role", "colon_role") and len(row) == 3 and row[2] in _ROLES and row[1] not in roles:
            roles[row[1]] = row[2]
            if row[0] == "colon_role":
                colon_roles.append(row[1])
        elif row[0] == "modifier" and len(row) == 2 and row[1] not in modifiers:
            modifiers.append(row[1])
        elif row[0] == "not_after_role" and len(row) == 2 and len(row[1]) == 1 and row[1] not in nouns:
            nouns.append(row[1])
        else:
            raise ValueError(f"cleaning_credits.tsv line {n}: bad or duplicate row {row!r}")
    suffixes: list[str] = []
    aliases: dict[str, str] = {}
    channels: list[str] = []
    selves: set[str] = set()
    pictures: list[str] = []
    broadcasts: list[str] = []
    flashes: set[str] = set()
    not_sources: set[str] = set()
    accounts: list[str] = []
    for n, row in _rows("cleaning_outlets.tsv"):
        if row[0] == "suffix" and len(row) == 2 and row[1] not in suffixes:
            suffixes.append(row[1])
        elif row[0] == "alias" and len(row) == 3 and row[1] not in aliases:
            aliases[row[1]] = row[2]
        elif row[0] == "channel" and len(row) == 2 and row[1] not in channels:
            channels.append(row[1])
        elif row[0] == "self" and len(row) == 2 and row[1] not in selves:
            selves.add(row[1])
        elif row[0] == "picture" and len(row) == 2 and row[1] not in pictures:
            pictures.append(row[1])
        elif row[0] == "broadcast" and len(row) == 2 and row[1] not in broadcasts:
            broadcasts.append(row[1])
        elif row[0] == "flash" and len(row) == 2 and row[1] not in flashes:
            flashes.add(row[1])
        elif row[0] == "not-source" and len(row) == 2 and row[1] not in not_sources:
            not_sources.add(row[1])
        elif row[0] == "account" and len(row) == 2 and row[1] not in accounts:
            accounts.append(row[1])
        else:
            raise ValueError(f"cleaning_outlets.tsv line {n}: bad or duplicate row {row!r}")
    words = "|".join(sorted((re.escape(r) for r in roles if r not in colon_roles), key=len, reverse=True))
    mods = "|".join(sorted(map(re.escape, modifiers), key=len, reverse=True))
    # (视频：张三, 整理｜李四, 视频/王五: words of prose that name a role only before a colon, a bar or a slash)
    colon = "|".join(sorted(map(re.escape, colon_roles), key=len, reverse=True))
    not_after = "".join(map(re.escape, nouns))
    pattern = re.compile(rf"(?:{mods})?(?P<role>{words}|(?:{colon})(?=\s*[:：|｜丨/／]))" + (f"(?![{not_after}])" if nouns else ""))
    return Tables(roles, tuple(modifiers), tuple(suffixes), aliases,
                  tuple(sorted(channels, key=len, reverse=True)), frozenset(selves), pattern,
                  tuple(sorted(pictures, key=len, reverse=True)), tuple(broadcasts), frozenset(flashes), frozenset(not_sources), tuple(accounts))


@dataclass(frozen=True)
class Byline:
    credits: tuple[Credit, ...]
    outlets: tuple[str, ...] = ()  # outlets of reporters and authors: original sources
    affiliations: tuple[str, ...] = field(default=())  # outlets named only for editors: not sources


_NAME = lazy(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff·]{1,12}")
_STAFF_CODE = lazy(r"[A-Za-z]{1,3}\d{2,6}")  # Sina's editor codes (SF014, NB12345), a workflow editor's id (u008)


def is_staff_code(token: str) -> bool:
    """A staff code or content-system user id (SF014, u008): letters then digits, never a person's name."""
    return _STAFF_CODE.fullmatch(token) is not None


# A pen name of Chinese characters and a letter or two (责任编辑：上方文Q): an editor's signature on tech sites.
_PEN_NAME = lazy(r"[\u4e00-\u9fff]{2,4}[A-Za-z]{1,2}")
_SEP = r"\s:：|｜丨/、,，;；_"  # (张三_NB12345: a name and its staff code)
_TOKEN_SPLIT = lazy(rf"[{_SEP}]+")
_WRAPPERS = {"【": "】", "（": "）", "(": ")", "[": "]"}
_LEAD = lazy(r"^(?:文\s*[/／、]\s*图|图\s*[/／、]\s*文|文|图文)\s*[/|｜丨:：]?\s*(?<=[/|｜丨:：\s])")
# ►文观察者网 鞠峰: a bullet before a credit line is layout, not part of the credit.
_BULLET = lazy(r"^[►▶▷■□●◆◇★☆▲△◎◉▌▍]+\s*")
# 通讯员 张三 李四 文/图, 通讯员 张三 文摄: the parts of the work after the names (text and pictures, text and
# photographs), not a name.
_WORK_TAIL = lazy(r"\s+(?:文\s*[/／]\s*图|图\s*[/／]\s*文|图文|文\s*[/／]?\s*摄(?:影)?)$")
# 文观察者网鞠峰: the writer's lead glued to the outlet and the name (no separator after 文).
_GLUED_AUTHOR = lazy(r"^文(?P<outlet>[\u4e00-\u9fff]{2,10})\s*(?P<name>[\u4e00-\u9fff]{2,4})$")
# 记者 张三 报道 / 记者张三、李四报道 / 记者 张三 长沙报道 / 记者 张三 发自北京: the closing verb, and the place reported
# from, are not names.
_REPORTED_TAIL = lazy(r"(?:\s+[\u4e00-\u9fff]{2,3}(?=报道))?\s*(?:摄影)?报道\s*[:：]?$|\s+发自[\u4e00-\u9fff]{2,8}$")


def reported_from(text: str) -> bool:
    """The line ends in where it was reported from (``记者张三 北京报道``, ``记者 张三 发自北京``): a byline's tail, so
    a role word glued to the name before it still opens a byline, not prose."""
    return re.search(r"\s+(?:[\u4e00-\u9fff]{2,3}报道|发自[\u4e00-\u9fff]{2,8})$", text) is not None
# A credit names someone after its role: a string that ends in a colon after a role word glued into a word
# introduces what follows (以下为发布会文字实录：): 文字 there is part of 文字实录, and the colon has nothing after it.
_LEAD_IN = lazy(r"\s*[:：]\s*$")
_GLUED_WORD = lazy(r"[\u4e00-\u9fff]{1,4}")
# 作者：张三 来源：人民日报: the source named after the credits is an outlet, not one more name.
_SOURCE_PART = lazy(r"\s+(?:来源|稿源)\s*[:：|｜丨]\s*(?P<name>[^\s:：]{2,24})$")
# （作者：张三，系某某大学教授）: what the writer is, after the name, is not part of the credit; nor is the rank
# written in brackets after an editor's name (编辑：张三（实习）), nor the writer's workplace in brackets
# (作者：张三（单位：某某大学）).
_AFFILIATION_TAIL = lazy(r"\s*[，,]\s*系[^，,。]{2,30}$|\s*[（(](?:实习|见习|特约)[）)]$"
                               r"|\s*[（(](?:作者)?(?:单位|系|供职于)[:：]?[^（）()]{2,30}[）)]$")
# 张三/文 李四/图, 记者 张三/文 王五/摄: each name with its part of the work after a slash.
_SLASH_ROLE = lazy(r"(?P<name>[\u4e00-\u9fff·]{2,5})\s*[/／]\s*(?P<part>文|图|摄|摄影)")
_SLASH_ROLE_LINE = lazy(r"^(?:(?:记者|通讯员|实习生)\s*)?(?:[\u4e00-\u9fff·]{2,5}\s*[/／]\s*(?:文|图|摄影|摄)\s*){1,4}$")
_SLASH_PARTS = {"文": "author", "图": "photographer", "摄": "photographer", "摄影": "photographer"}


def _slash_roles(text: str) -> Byline | None:
    if not _SLASH_ROLE_LINE.match(text):
        return None
    rest = re.sub(r"^(?:记者|通讯员|实习生)\s*", "", text)
    return Byline(tuple(Credit(_SLASH_PARTS[m.group("part")], m.group("name")) for m in _SLASH_ROLE.finditer(rest)))


# 记者 张三 摄: a photo credit on a line of its own credits the photographer.
_PHOTO_TAIL = lazy(r"\s*/?\s*(?:摄(?:影)?|供图)$")
# 张三 摄, 张三 李四 摄影: names alone on a line before 摄, with no role word, credit the photographers too. (A space
# before 摄 or names that are not words: 航拍摄 is no credit.)
_PHOTO_LINE = lazy(r"^[\u4e00-\u9fff·]{2,5}(?:\s+[\u4e00-\u9fff·]{2,5}){0,3}\s+(?:摄影|摄)$")
# 编 辑：张三, 监 制：李四: a two-character role word spaced out in a layout, before a colon.
_SPACED_ROLE = lazy(r"(?<![\u4e00-\u9fff])(?P<a>[\u4e00-\u9fff])[ \u3000]+(?P<b>[\u4e00-\u9fff])(?=[ \u3000]*[:：|｜丨])")


_PICTURE_LEAD = lazy(r"^图(?:片)?\s*[/／|｜丨:：]")


def is_picture_credit(text: str) -> bool:
    """``图｜张三``, ``张三 摄``: a line that credits a picture; right under an image it is that image's credit."""
    return _PICTURE_LEAD.match(text) is not None or _PHOTO_LINE.match(text) is not None


# 【作者】张三, 【编辑】李四: a role word set in brackets as a label before the name.
_BRACKETED_ROLE = lazy(r"【(?P<role>[\u4e00-\u9fff]{1,4})】\s*(?=[\u4e00-\u9fff])")


def _close_spaced_roles(text: str) -> str:
    """``编 辑：张三`` → ``编辑：张三`` and ``【作者】张三`` → ``作者：张三``: only where the characters make a role word
    of the tables."""
    roles = tables().roles
    if (" " in text or "\u3000" in text) and any(c in text for c in ":：|｜丨"):  # (most lines: no pattern to try)
        text = _SPACED_ROLE.sub(lambda m: m["a"] + m["b"] if m["a"] + m["b"] in roles else m.group(), text)
    if "【" in text:
        text = _BRACKETED_ROLE.sub(lambda m: m["role"] + "：" if m["role"] in roles else m.group(), text)
    return text


# 图/受访者提供, 图/网络: a picture credited to no one by name; nothing to credit, and no name.
_NO_NAME = frozenset({"受访者提供", "受访者供图", "受访单位提供", "受访单位供图", "受访者", "网络", "资料图", "视觉中国"})
_SENTENCE_PUNCT = lazy(r"[，。；！？!?：:“”\"]")


def outlet_name(name: str) -> str:
    """The name recorded in ``original_sources``: aliases resolved, channel words dropped."""
    t = tables()
    name = name.strip(" \"“”'《》「」【】")
    for channel in t.channels:
        if name.endswith(channel) and len(name) > len(channel) + 1:
            name = name[: -len(channel)]
            break
    return t.aliases.get(name, name)


def is_outlet(token: str) -> bool:
    t = tables()
    return token in t.aliases or token in t.selves or (len(token) >= 3 and token.endswith(t.suffixes) and not _SENTENCE_PUNCT.search(token))


def without_bullet(text: str) -> str:
    """``text`` without the layout's bullet before it (``● 2022年3月14日凌晨，…``)."""
    return _BULLET.sub("", text)


def may_be_byline(text: str) -> bool:
    """Cheap test before parsing: a role word, a writer's ``文/`` lead, or names with their part (``张三/文``)."""
    text = _close_spaced_roles(_BULLET.sub("", text))
    return (tables().role_pattern.search(text) is not None or _LEAD.match(text.lstrip("【（(")) is not None
            or _SLASH_ROLE_LINE.match(text) is not None or _glued_author(text) is not None
            or text.endswith(("摄", "摄影")) and _PHOTO_LINE.match(text) is not None)


def _glued_author(text: str) -> Byline | None:
    """``文观察者网鞠峰``: 文, an outlet and a name written together on a line of their own (the outlet is read
    as long as it can be, so that the name is two to four characters after an outlet's ending)."""
    m = _GLUED_AUTHOR.match(text.strip())
    if not m:
        return None
    glued = (m.group("outlet") + m.group("name")).replace(" ", "")
    for cut in range(len(glued) - 2, len(glued) - 5, -1):
        outlet, name = glued[:cut], glued[cut:]
        if len(outlet) >= 2 and is_outlet(outlet) and not is_outlet(glued):
            return Byline((Credit("author", name),), (outlet_name(outlet),))
    return None


# 主播：蜀黍?剪辑：刘德顺: a '?' (or U+FFFD) between two CJK characters of a credit line stands for a lost separator
# (the line is out of the text, so no damage is counted for it); read as the space it was.
_LOST_SEPARATOR = lazy(r"(?<=[\u4e00-\u9fff])[?\ufffd](?=[\u4e00-\u9fff])")


def _damage_separators(text: str) -> str:
    """A lost character between two CJK characters of a credit line, read as a separator."""
    return _LOST_SEPARATOR.sub(" ", text) if ("?" in text or "\ufffd" in text) else text


@lru_cache(maxsize=1)
def _institution_endings() -> tuple[str, ...]:
    from imcovid.annotate.wordlists import word_set  # the annotators' list of what ends a body's name: one list

    return tuple(sorted((e for e in word_set("organization_endings") if len(e) >= 2), key=len, reverse=True))


def _is_institution(token: str) -> bool:
    """A token naming a body (复旦大学医院管理研究所): four characters or more, ending as a body's name ends."""
    return len(token) >= 4 and not is_outlet(token) and token.endswith(_institution_endings())


def parse_byline(text: str, *, require_role: bool = True, default_role: str = "reporter") -> Byline | None:
    """Credits and outlets of a string that is *only* a byline (wrappers 【】（）() allowed), else None.

    ``require_role=False`` also accepts names without a role word (``（孙乐琪 刘苏雅）``, ``（健康时报 刘晓旭 孙宝光）``)
    when there are at least two names, or an outlet and a name: a single bracketed word is too often not a name.
    """
    s = _damage_separators(_close_spaced_roles(_BULLET.sub("", text.strip())))
    if not s or len(s) > _LONGEST_BYLINE:
        return None
    photo_line = s.endswith(("摄", "摄影")) and _PHOTO_LINE.match(s) is not None
    if found := _glued_author(s):
        return found
    if s[0] in _WRAPPERS and s.endswith(_WRAPPERS[s[0]]):
        s = s[1:-1].strip()
    if m := _LEAD.match(s):
        default_role, s = "author", s[m.end():]
    s = _REPORTED_TAIL.sub("", s)
    if _LEAD_IN.search(s):
        s = _LEAD_IN.sub("", s)
        roles_before = list(tables().role_pattern.finditer(s))
        if roles_before and roles_before[-1].start() > 0 and _GLUED_WORD.fullmatch(s[roles_before[-1].end():]) \
                and not is_outlet(s[: roles_before[-1].start()].strip()):
            return None  # 以下为发布会文字实录： — a line that introduces what follows (文字 of 文字实录), not a credit
    named_source = None
    if source_part := _SOURCE_PART.search(s):
        s, named_source = s[: source_part.start()], outlet_name(source_part.group("name"))
    s = _WORK_TAIL.sub("", s)
    s = _AFFILIATION_TAIL.sub("", s)
    if found := _slash_roles(s):
        return found
    photo = _PHOTO_TAIL.search(s) if len(s) > 3 else None
    if photo:
        s = s[: photo.start()]
    t = tables()
    roles = list(t.role_pattern.finditer(s))
    if photo_line and not roles:
        names = s.split()
        return Byline(tuple(Credit("photographer", n) for n in names)) if all(_NAME.fullmatch(n) for n in names) else None
    if not roles and require_role and default_role != "author":
        return None
    credits: list[Credit] = []
    outlets: list[str] = []
    affiliations: list[str] = []
    seen_outlets: list[str] = []

    # Segments: (role of the names in it, text). The text before the first role word is that role's outlet.
    bounds = [0, *(m.start() for m in roles), len(s)]
    segment_roles = [None, *(t.roles[m.group("role")] for m in roles)]
    starts = [0, *(m.end() for m in roles)]
    pending_outlet: str | None = None
    for index, role in enumerate(segment_roles):
        seg = s[starts[index]: bounds[index + 1]]
        glued = index + 1 < len(segment_roles) and seg != "" and not re.search(rf"[{_SEP}]$", seg)
        tokens = [tok for tok in _TOKEN_SPLIT.split(seg) if tok]
        next_outlet = None
        if glued and tokens:
            last = tokens.pop()
            cut = next((o for o in seen_outlets if last.endswith(o) and len(last) > len(o)), None)
            if cut and _NAME.fullmatch(last[: -len(cut)]):
                tokens.append(last[: -len(cut)])
                next_outlet = cut
            elif last in seen_outlets:
                next_outlet = last  # 每经记者 张三 每经编辑 李四: the outlet named again before the next role
            elif index > 0 and _NAME.fullmatch(last) and not is_outlet(last):
                tokens.append(last)  # 记者张三通讯员李四: after a role, a glued name is a name, not an outlet
            elif len(last) <= _LONGEST_OUTLET and not _SENTENCE_PUNCT.search(last.replace("（", "").replace("）", "")):
                next_outlet = last
            else:
                return None
        if role is None and roles and default_role == "author" and tokens \
                and all(_NAME.fullmatch(tok) and not is_outlet(tok) or k == 0 and is_outlet(tok)
                        for k, tok in enumerate(tokens)):
            role = "author"  # 文丨张三 编辑丨李四 (文丨某报 张三 …): after the writer's lead, the names before the next role are the writer's
        if role is None and roles:
            # Before the first role word: only the outlet may stand there, glued to the role or spaced from it
            # (（健康时报 记者 刘晓旭 邱越）).
            if len(tokens) == 1 and next_outlet is None and not glued and is_outlet(tokens[0]):
                next_outlet, tokens = tokens[0], []
            if tokens:
                return None
            pending_outlet = next_outlet
            if next_outlet:
                seen_outlets.append(next_outlet)
            continue
        role = role or default_role
        outlet = pending_outlet
        names: list[str] = []
        for token in tokens:
            if token in _NO_NAME:
                continue
            if is_outlet(token) and not names:
                outlet = token
                seen_outlets.append(token)
            elif names and role in _SOURCE_ROLES and _is_institution(token):
                # （健康时报记者 尹薇 复旦大学医院管理研究所 孙国根）: after the outlet's names, an institution and the
                # names of its contributors, credited as the project credits a correspondent (a reporter), the
                # institution as their affiliation.
                credits += [Credit(role, name) for name in names]
                if outlet and outlet not in t.selves and (name := outlet_name(outlet)) not in outlets:
                    outlets.append(name)
                names, outlet = [], None
                if token not in affiliations:
                    affiliations.append(token)
            elif _NAME.fullmatch(token):
                names.append(token)
            elif _STAFF_CODE.fullmatch(token) or _PEN_NAME.fullmatch(token) and role == "editor":
                if not names:
                    names.append(token)  # 流程编辑：u008, 责任编辑：上方文Q — the code or pen name is all the credit gives
            else:
                return None
        credits += [Credit(role, name) for name in names]
        if outlet and names and outlet not in t.selves:
            target = outlets if role in _SOURCE_ROLES else affiliations
            name = outlet_name(outlet)
            if name not in target:
                target.append(name)
        pending_outlet = next_outlet
        if next_outlet:
            seen_outlets.append(next_outlet)
    if pending_outlet or not credits:
        return None
    if named_source and named_source not in outlets:
        outlets.append(named_source)
    if photo:
        credits = [Credit("photographer", c.name) if c.role == "reporter" else c for c in credits]
    if not roles and default_role != "author" and (len(credits) < 2 and not outlets):
        return None
    return Byline(tuple(credits), tuple(outlets), tuple(affiliations))


# 羊城晚报讯 记者严艺文、通讯员交通宣报道：  /  新快报讯 2月19日…  /  南都讯（记者 张三）…
# (（观察者网讯）广西北海…: the opener may stand in brackets.)
# (（观察者网 讯）: in brackets a space may stand before 讯.)
_XUN = lazy(r"^(?P<open>[（(])?\s*(?P<outlet>[^\s，。：:（(【\[“\"]{2,8}?)(?(open)\s*)讯(?(open)\s*[)）]|(?=[\s（(【]|记者|通讯员|$))")
# 每经AI快讯，依依股份…: 每日经济新闻's news-flash opener (its machine-written flashes say AI), an outlet's 讯 opener
# glued to the sentence by a comma; read only where the word before it is an outlet whose flash opener this is (kind
# ``flash`` of data/cleaning_outlets.tsv: 每经): a news agency's or broadcaster's flash label (新华社快讯：, 央视快讯：,
# 总台快讯，) works like its dateline, and stays.
_FLASH_OPENER = lazy(r"^(?P<outlet>[\u4e00-\u9fff]{2,8}?)(?:AI)?快讯\s*[，,：:]\s*")
# 证券时报网讯，1月7日… / 证券时报e公司讯，今日…: an outlet's 讯 opener glued to the first sentence by a comma. Read only
# where the word before 讯 is an outlet (its ending: 某某网, 某某报, 某某社 …, or a known short form), or an outlet and
# its own channel joined by · or opening with a Latin letter (证券时报e公司, 中国证券报·中证网): a word that merely ends
# in 讯 (最新资讯，, 喜讯，, 疫情简讯，) names no outlet and stays, and so does a citation (据证券时报网讯，).
_COMMA_XUN = lazy(r"^(?P<outlet>[^\s，。：:（(【\[“\"]{2,12}?)讯\s*[，,]\s*")
_OUTLET_CHANNEL = lazy(r"^(?P<outlet>[^\s·]{3,10}?)(?:·|(?=[A-Za-z]))(?P<channel>[^\s·]{1,6})$")
_REPORTED = lazy(r"^(?P<credits>.{2,60}?)\s*报道\s*[:：]\s*")
_PAREN_HEAD = lazy(r"^\s*[（(](?P<inner>[^（）()]{2,60})[）)]\s*")
# 本报讯【记者 李林鸾】2022年1月11日，…: after an X讯 opener the credits may stand in 【】 as well as in brackets.
_LENTICULAR_CREDITS = lazy(r"^\s*【(?P<inner>[^【】]{2,60})】\s*")
# 【文/观察者网 齐倩】俄罗斯总统…: 观察者网 writes its byline in 【】 glued to the first sentence as often as on a line of
# its own; only a byline with a role word (文/, 记者, 编辑 …) is cut there, since 【…】 also opens telegraphs' headlines.
_LENTICULAR_HEAD = lazy(r"^\s*(?P<whole>【[^【】]{2,60}】)\s*")
_PAREN_TAIL = lazy(r"\s*[（(](?P<inner>[^（）()]{2,80})[）)]$")
_WHOLE_PAREN_TAIL = lazy(r"^\s*[（(][^（）()]{2,80}[）)]$")
# A dateline: an outlet, perhaps a place, a date, and 电 / 消息 (财联社3月13日电, 央广网珠海2月18日消息).
# (In a line that keeps the source's spaces the date may be spaced out: 中新网安徽阜阳 2 月 7 日电.)
_DATELINE = lazy(r"^(?!据)(?P<head>[\u4e00-\u9fff·]{2,14}?)\s*(?:\d{1,2}\s*月\s*\d{1,2}\s*日)(?:\s*\d{1,2}\s*时)?\s*"
                       r"(?P<kind>电|消息|讯)")


@dataclass(frozen=True)
class Cut:
    """Delete ``text[start:end]`` (a span of the string the matcher was given); what it credits."""

    start: int
    end: int
    byline: Byline
    what: str  # the text cut, for the provenance evidence
    kind: str = "byline"  # or "opener": an outlet's X讯 opener names the outlet, not (only) people


# 财联社（北京，记者高萍）讯，… / 《科创板日报》（上海，记者朱洁琰）讯，… / 财联社（上海编辑刘蕊）讯，…: an outlet, the
# place and the credits in brackets, then 讯 — the whole opener is the byline (cleaning.md rule 5: an outlet's X讯
# opener is part of the byline).
_BRACKETED_XUN = lazy(r"^(?P<outlet>《?[^\s，。：:（(【\[“\"《》]{2,10}》?)[（(](?P<inner>[^（）()]{2,40})[）)]\s*讯\s*[，,：:]?\s*")


def _is_outlet(name: str) -> bool:
    """A known outlet, or a name with an outlet's ending (某某日报, 某某社): not 据财联社, a place or a person (a review's
    cases: 北京（记者…）讯, 张伟（…）讯 name no outlet)."""
    t = tables()
    if name[:1] in "据从在由":
        return False  # 据财联社（…）讯: a citation's preposition, not the outlet's opener
    return name in t.aliases or name in t.selves or (len(name) >= 3 and name.endswith(t.suffixes))


def _dateline_credits(inner: str) -> Byline | None:
    """The credits of ``北京，记者高萍`` (a place, a comma, then the credits) or ``上海编辑刘蕊``."""
    if found := parse_byline(inner):
        return found
    # (The place first, then a comma or a space: 北京，记者高萍 / 上海 编辑 刘蕊.)
    if (m := _PLACE_FIRST.match(inner)) and (found := parse_byline(inner[m.end():])):
        return found
    return None


def _comma_opener_outlet(name: str) -> bool:
    """Whether ``name`` (the word before ``讯，``) names an outlet: an outlet itself (:func:`_is_outlet`), or an outlet
    and its channel (证券时报e公司, 中国证券报·中证网) — not a word ending in 讯 nor a citation (据…)."""
    if _is_outlet(name):
        return True
    return bool((m := _OUTLET_CHANNEL.match(name)) and _is_outlet(m.group("outlet")))


_PLACE_FIRST = lazy(r"^[\u4e00-\u9fff]{2,4}(?:\s*[，,]\s*|\s+)")


# 南都讯 记者刘倩 通讯员张跃 昨日上午，… / 南都讯 记者 王成波 深圳市… / 南都讯 记者蒋小天 发自北京 近期，… /
# 新快报讯 记者王娟 通讯员冯香婷 王丽君 吴志华报道 记者从…: after an X讯 opener the credits may be words separated
# by white space, with neither brackets nor 报道：. Each word is a role with its name, a name after a role, a
# dispatch place (发自北京), or a name with 报道; the first word that is none of these opens the sentence.
_SPACED_WORD = lazy(r"\S+")
_DISPATCH = lazy(r"发自[\u4e00-\u9fff]{2,6}")


def spaced_credits(rest: str) -> tuple[Byline, int] | None:
    """The credits written as space-separated words at the start of ``rest`` (the text after an ``X讯`` opener),
    and how many characters of ``rest`` they take (with the white space after them), else None. The first word must
    hold a role word, the words must be followed by a sentence (white space, then more text), and the credits must
    parse as a byline: a sentence that merely opens with 记者 (``记者从…获悉``) has no name after its role word and
    stops the walk."""
    pattern, words, end, seen_role = tables().role_pattern, [], 0, False
    for m in _SPACED_WORD.finditer(rest):
        word = m.group(0)
        core = word[:-2] if word.endswith("报道") and len(word) > 2 else word
        role = pattern.match(core)
        name = core[role.end():] if role else core
        if role and (not name or _NAME.fullmatch(name)):
            seen_role = True
        elif not (seen_role and (_NAME.fullmatch(core) or _DISPATCH.fullmatch(word) or word == "报道")):
            break
        words.append(word)
        end = m.end()
        if word.endswith("报道"):
            break
    if not seen_role or not rest[end:].strip() or not rest[end:end + 1].isspace() and not words[-1].endswith("报道"):
        return None
    credits = " ".join(w[:-2] if w.endswith("报道") else w for w in words if not _DISPATCH.fullmatch(w) and w != "报道")
    found = parse_byline(credits)
    if not found or not found.credits:
        return None
    return found, end + len(rest[end:]) - len(rest[end:].lstrip())


def leading_byline(text: str) -> Cut | None:
    """A byline that opens the first paragraph: an outlet's ``X讯`` opener (with the credits up to ``报道：`` or in
    brackets after it, or with its place and credits in brackets before 讯), a bracketed byline (``（健康时报 刘晓旭
    孙宝光）距离…``), or one in 【】 with a role word (``【文/观察者网 齐倩】俄罗斯总统…``)."""
    if (m := _BRACKETED_XUN.match(text)) and _is_outlet(m.group("outlet").strip("《》")) \
            and (found := _dateline_credits(m.group("inner"))) and found.credits:
        outlet = m.group("outlet").strip("《》")
        own = () if outlet in tables().selves else (outlet_name(outlet),)
        byline = Byline(found.credits, (*own, *(o for o in found.outlets if o not in own)))
        return Cut(0, m.end(), byline, text[:m.end()].strip(), "opener")
    if (m := _FLASH_OPENER.match(text)) and m.group("outlet") in tables().flashes and m.end() < len(text):
        return Cut(0, m.end(), Byline((), (outlet_name(m.group("outlet")),)), text[:m.end()].strip(), "opener")
    if (m := _COMMA_XUN.match(text)) and m.end() < len(text) and _comma_opener_outlet(m.group("outlet")):
        outlet = m.group("outlet")
        own = () if outlet in tables().selves else (outlet_name(outlet),)
        return Cut(0, m.end(), Byline((), own), text[:m.end()].strip(), "opener")
    if m := _XUN.match(text):
        outlet = m.group("outlet")
        end = m.end()
        rest = text[end:]
        own = () if outlet in tables().selves else (outlet_name(outlet),)
        byline = Byline((), own)
        if rest.startswith("【") and not ((c := _LENTICULAR_CREDITS.match(rest)) and parse_byline(c.group("inner"))):
            return None  # 防疫资讯【每日更新】: only credits in 【】 make 讯 an outlet's opener there, not any bracket
        if (r := _REPORTED.match(rest.lstrip())) and (found := parse_byline(r.group("credits"))):
            end += len(rest) - len(rest.lstrip()) + r.end()
            byline = Byline(found.credits, (*own, *(o for o in found.outlets if o not in own)))
        elif ((p := _PAREN_HEAD.match(rest) or _LENTICULAR_CREDITS.match(rest))
              and (found := parse_byline(p.group("inner")))):
            end += p.end()
            byline = Byline(found.credits, (*own, *(o for o in found.outlets if o not in own)))
        elif spaced := spaced_credits(rest):
            found, length = spaced
            end += length
            byline = Byline(found.credits, (*own, *(o for o in found.outlets if o not in own)))
        return Cut(0, end, byline, text[:end].strip(), "opener")
    if (p := _PAREN_HEAD.match(text)) and p.end() < len(text):
        if found := parse_byline(p.group("inner"), require_role=False):
            return Cut(0, p.end(), found, p.group(0).strip())
    if (b := _LENTICULAR_HEAD.match(text)) and b.end() < len(text):
        if found := parse_byline(b.group("whole")):
            return Cut(0, b.end(), found, b.group("whole"))
    return None


def dateline(text: str) -> tuple[str, re.Match] | None:
    """The outlet of a dateline that opens the text (it stays in the text; the outlet is a source)."""
    m = _DATELINE.match(text)
    if not m:
        return None
    head = m.group("head")
    t = tables()
    for end in range(2, len(head) + 1):
        if head[:end] in t.selves:
            return None  # 本报呼和浩特3月1日讯: the paper names itself, not an outlet
        if head[:end] in t.aliases or (end >= 3 and head[:end].endswith(t.suffixes)):
            # 新华社客户端济南: the outlet goes on while an outlet ending follows (客户端), not into the place.
            grown = True
            while grown:
                grown = False
                for suffix in sorted(t.suffixes, key=len, reverse=True):
                    if len(suffix) > 1 and head.startswith(suffix, end):
                        end, grown = end + len(suffix), True
                        break
            if head[:end].endswith("网") and head.startswith("站", end):
                end += 1  # 国家卫健委网站8月1日消息: the site, not 国家卫健委网
            return outlet_name(head[:end]), m
    return None


def byline_after_dateline(text: str) -> Cut | None:
    """``央广网珠海2月18日消息（记者 夏燕）记者从…``: the bracketed byline after a dateline leaves the text (also after
    a paper's own dateline, ``本报北京3月1日电（记者 张三）``, which names no outlet)."""
    m = _DATELINE.match(text)
    if not m:
        return None
    # (In brackets right after a dateline, names alone are the reporters: 中新网阜阳2月7日电（吴兰 张续亮）.)
    if (p := _PAREN_HEAD.match(text[m.end():])) and (byline := parse_byline(p.group("inner"), require_role=False)):
        return Cut(m.end(), m.end() + p.end(), byline, p.group(0).strip())
    return None


# 中新网上海5月12日电 题：疫情下的社区工作者: the agency's headline after its dateline.
_TITLE_AFTER_DATELINE = lazy(r"\s*题\s*[:：]\s*(?P<head>.{4,80})$")


def title_after_dateline(text: str, title: str) -> int | None:
    """Where a ``题：…`` headline that repeats the title begins after the dateline opening ``text``, else None."""
    m = _DATELINE.match(text)
    if not m or not (h := _TITLE_AFTER_DATELINE.match(text, m.end())):
        return None
    head, loose_title = _loose(h.group("head")), _loose(title)
    if head and loose_title and (head == loose_title or (min(len(head), len(loose_title)) >= 6
                                                         and (head in loose_title or loose_title in head))):
        return m.end()
    return None


# 20世纪90年代，旅客在站前排队进站。张续亮摄: a picture's caption and its photographer, where no picture is left.
_CAPTION_WITH_PHOTOGRAPHER = lazy(r"^(?P<caption>.{4,120}[。！])\s*(?P<name>[\u4e00-\u9fff]{2,4})\s*摄$")


def caption_photographer(text: str) -> str | None:
    """The photographer of a line that is a picture's caption ending in ``<name>摄``, else None."""
    text = text.strip()
    m = _CAPTION_WITH_PHOTOGRAPHER.match(text) if text.endswith("摄") else None
    return m.group("name") if m else None


# …减少他们的委屈感。”(完): a news agency's end mark closing the text.
_END_MARK = lazy(r"\s*[（(]\s*完\s*[)）]$")


def end_mark(text: str) -> int | None:
    """Where an end mark ``（完）`` closing ``text`` begins, else None."""
    m = _END_MARK.search(text)
    return m.start() if m else None


def is_bracketed(text: str) -> bool:
    """The whole line is one bracketed group: ``（孙乐琪 刘苏雅）``."""
    return _WHOLE_PAREN_TAIL.match(text) is not None


def trailing_byline(text: str, *, require_role: bool = True) -> Cut | None:
    """A bracketed byline closing a paragraph (``…确诊病例。（总台记者 修治国 金建军）``) or making up the line."""
    m = _PAREN_TAIL.search(text)
    if not m:
        return None
    found = parse_byline(m.group("inner"), require_role=require_role)
    if not found and not require_role:
        found = outlet_alone(m.group("inner"))
    if not found:
        return None
    return Cut(m.start(), len(text), found, m.group(0).strip())


# (（全文完）, （未完）, （周末版）, （修订稿）: the text's own marks, not a name)
_NOT_A_NAME_IN_BRACKETS = lazy(r"完|续|版|稿|题|全文|摘编|综合|整理")


def outlet_alone(inner: str) -> Byline | None:
    """``（中央广播电视总台央视网）``, ``（央视新闻客户端）``: an outlet alone in brackets closing the text names the
    source of the report (no person is credited); the outlet is recorded as an original source."""
    inner = inner.strip()
    if not is_outlet(inner) or inner in tables().selves or len(inner) > _LONGEST_OUTLET:
        return None
    return Byline((), (outlet_name(inner),))


# Opening attributions: 据国家卫健委官网11月3日消息 / 据@陕西发布： / 据人民日报健康客户端不完全统计 /
# 国家卫生健康委网站3月12日通报 (the source the whole report rests on, stated in its first sentence).
_ATTRIBUTION_AT = lazy(r"(?:^|[，,]|电|消息)\s*(?:据\s*@(?P<name>[^\s，。；：:“”\"@#（(]{2,20})|"
                             # 8月3日，@商丘日报发布…: the account that published what the report relays
                             r"@(?P<poster>[^\s，。；：:“”\"@#（(]{2,20}?)\s*(?:\d{1,2}月\d{1,2}日)?(?:发布|通报|消息))")
_ATTRIBUTION_OPENING = lazy(
    r"(?:^|[，,]|电|消息)\s*据\s*(?P<name>[^\s，。；：:“”\"@#（(]{2,20}?)\s*"
    r"(?:(?:\d{1,2}月)?\d{1,2}日)?\s*(?:消息|通报|报道|发布|不完全统计|统计|数据|[：:]|\s)"
)
_CHANNEL_OPENING = lazy(
    r"^(?!据)(?P<name>[\u4e00-\u9fff]{2,16}?(?:官网|网站|客户端|官方微博|微博|公众号))\s*\d{1,2}月\d{1,2}日\s*(?:通报|消息|发布)"
)


# 综合新华社、央视新闻报道: a report compiled from several outlets names them all.
_COMPILED_FROM = lazy(r"综合\s*(?P<names>[^\s，。；：:“”\"]{2,40}?)\s*(?:的)?(?:消息|报道)")


# （观察者网综合自财经网、国是直通车、北京头条、中青报客户端）: a compiled report names its sources on a line of its own.
_COMPILED_LINE = lazy(r"^[（(]\s*(?:[\u4e00-\u9fff]{2,10}?)?综合(?:自|整理自)\s*(?P<names>[^（）()，。；：:]{2,80}?)"
                            r"(?:等)?(?:的)?(?:报道|消息)?\s*[）)]$")


def compiled_sources(line: str) -> list[str]:
    """The outlets of a whole bracketed line saying the report was compiled from them, else [] (an outlet's own
    ``X综合`` line is read by :func:`compiler_line`)."""
    m = _COMPILED_LINE.match(line.strip())
    if not m:
        return []
    names = [n.strip() for n in re.split(r"[、,，和及]", m.group("names"))]
    return [outlet_name(n) for n in names] if all(_SHORTEST_LISTED_OUTLET <= len(n) <= _LONGEST_COMPILED_OUTLET for n in names) else []


def opening_attribution(first_sentence: str) -> list[str]:
    """The outlets the first sentence says the report rests on."""
    if m := _CHANNEL_OPENING.match(first_sentence):
        return [outlet_name(m.group("name"))]
    if m := _ATTRIBUTION_AT.search(first_sentence):
        return [outlet_name(m.group("name") or m.group("poster"))]
    if m := _ATTRIBUTION_OPENING.search(first_sentence):
        return [outlet_name(m.group("name"))]
    if m := _COMPILED_FROM.search(first_sentence):
        return [outlet_name(n) for n in re.split(r"[、和及]", m.group("names")) if len(n) >= 2]
    return []


# 本文转自【兰州发布】；  （信息来自国家卫生健康委员会官方网站。）  本文来自澎湃新闻，…  本文首发于南方周末 …
_FROM = lazy(
    r"(?:本文|本稿|信息|文章|内容)?(?:转自|转载自|来自|来源于|首发于|原载于)\s*[:：]?\s*"
    # (本文来自微信公众号“某某发布”: the kind of channel before the account's name in quotes)
    r"(?:微信公众号|公众号|微博|客户端)?\s*[【\[“\"《]?(?P<name>[^【】\[\]“”\"《》，。；;,\s）)]{2,24}?)"
    r"[】\]”\"》]?\s*(?=[，。；;,\s）)]|$)"
)
_FROM_LINE = lazy(r"^[（(]?\s*(?:(?:本文|本稿|信息|文章|内容)(?:转自|转载自|来自|首发于|原载于)|转自|转载自)")


def source_from_line(line: str) -> str | None:
    """The outlet of a ``本文转自X`` / ``信息来自X`` / ``本文首发于X`` line (the line is not prose)."""
    if not _FROM_LINE.match(line) or len(line) > _LONGEST_SOURCE_LINE:
        return None
    m = _FROM.search(line)
    return outlet_name(m.group("name")) if m else None


# 本文来自微信公众号“每日经济新闻”（ID:nbdnews），记者：黄鑫磊，编辑：段炼 梁枭 王嘉琦，36氪经授权发布。 — an
# aggregator's closing note on a republished post: the account it came from (an original source), the credits of
# that account's staff, and the platform's note that it republishes with permission (a rights statement). Only a
# note made of exactly these parts is taken; any other words keep the line in the text.
_REPUBLISHED = lazy(
    r"^[（(]?\s*本文(?:经授权)?(?:转载)?(?:来自|转自|转载自)\s*(?:微信公众号|公众号|微博|客户端)?\s*[:：]?\s*"
    r"[“\"「【]?(?P<name>[^“”\"「」【】（）()，,：:;；。\s]{2,24}?)[”\"」】]?\s*"
    r"(?P<id>[（(]\s*ID\s*[:：]?\s*[\w.\-]{1,40}\s*[)）])?\s*"
    r"(?:[，,]\s*(?P<credits>(?:作者|记者|编辑|责编|责任编辑|撰文|文)\s*[:：|｜].*?))?\s*"
    # (…，题图来自：视觉中国: the credit of the cover picture, which the front matter's image carries)
    r"(?:[，,]\s*题图(?:来自|来源)?\s*[:：]\s*(?P<cover>[^，,。]{1,20}))?\s*"
    r"(?:[，,。]\s*(?P<rights>[^，,。：:]{1,12}?经授权(?:发布|转载))\s*[。.]?)?\s*"
    # (…36氪经授权发布。原标题《T》。: the title the account gave it)
    r"(?:原标题\s*[:：]?\s*《(?P<title>[^《》]{2,80})》\s*[。.]?)?\s*[)）]?\s*$"
)


@dataclass(frozen=True)
class Republication:
    outlet: str
    credits: tuple[Credit, ...]
    rights: str | None  # the platform's words on its permission, verbatim with their full stop
    original_title: str | None = None


def republication_note(line: str) -> Republication | None:
    """An aggregator's note on where a republished post came from (``本文来自微信公众号“X”（ID:…），作者：Y，
    36氪经授权发布。``), else None; the credits must read as a byline, or the line is not such a note."""
    text = line.strip()
    if len(text) > _LONGEST_NOTE or not (m := _REPUBLISHED.match(text)):
        return None
    if not (m.group("credits") or m.group("rights") or m.group("cover") or m.group("id")):
        return None  # 本文来自X alone: source_from_line's line
    credits: tuple[Credit, ...] = ()
    if m.group("credits"):
        if re.search(r"来自|图", m.group("credits")):
            return None  # (…，题图来自：视觉中国: a picture's credit the note does not cover)
        if not (byline := parse_byline(m.group("credits"))) or not byline.credits:
            return None
        credits = byline.credits
    rights = None
    if m.group("rights"):
        rights = text[m.start("rights"):m.end("rights")] + ("。" if text[m.end("rights"):].lstrip().startswith("。") else "")
    return Republication(outlet_name(m.group("name")), credits, rights, m.group("title"))


# Inside a notice that is not prose: （注：媒体引用时，请标注"信息来自国家卫生健康委员会官方网站"。）
_FROM_QUOTED = lazy(r"(?:本文|本稿|信息|文章|内容)(?:转自|转载自|来自|来源于|首发于|原载于)")


def source_in_notice(line: str) -> str | None:
    """The outlet a rights or citation notice names (``…请标注"信息来自X"``); the caller knows the line is a notice."""
    if len(line) > _LONGEST_NOTE or not (start := _FROM_QUOTED.search(line)):
        return None
    m = _FROM.search(line, start.start())
    return outlet_name(m.group("name")) if m else None


_HEADLINE = lazy(r"^【(?P<head>[^【】]{4,80})】\s*")
_LOOSE = lazy(r"[\s#＃\W_]+")


def _loose(text: str) -> str:
    return _LOOSE.sub("", text)


def title_headline(text: str, title: str) -> int | None:
    """End of a ``【…】`` headline opening the body that repeats the title (same characters up to white space and
    punctuation, or one contained in the other), else None."""
    m = _HEADLINE.match(text)
    if not m:
        return None
    head, loose_title = _loose(m.group("head")), _loose(title)
    if head and loose_title and (head == loose_title or (min(len(head), len(loose_title)) >= 6 and
                                                         (head in loose_title or loose_title in head))):
        return m.end()
    return None


def repeats_title(line: str, title: str) -> bool:
    """A first line equal to the title (up to white space and punctuation)."""
    return bool(_loose(line)) and _loose(line) == _loose(title)


def introduces_list(line: str) -> bool:
    """A line ending with a colon introduces what follows (``11月22日《新闻联播》节目主要内容：`` over a digest's
    ``1.`` … items): it is the body's lead-in, not a headline, even where its words repeat the title's, and it stays
    in the text (a headline never ends with a colon)."""
    return line.rstrip().endswith(("：", ":"))


# 国际旅游岛商报综合 / 每日经济新闻综合自京东官方微信号、公开资料 / 每日经济新闻综合上游新闻、澎湃新闻: an outlet's own
# line saying it compiled the report, whole or after 来源： (fields.match_source_line). One reading everywhere
# (:func:`compiler_line`): the compiler and each name it lists (not 公开资料, not a company's account) are the original
# sources. (Not 综合自己…: 自己 is "oneself", no 自 of a list.)
_COMPILER_LINE = lazy(r"^(?P<outlet>[\u4e00-\u9fff]{2,12}?)\s*综合(?P<how>整理|编辑|报道)?"
                            r"(?:(?P<from>自(?!己)|整理自)?\s*(?P<names>[^（）()。！？!?：:]{2,80}?))?\s*$")
_LIST_SEPARATOR = lazy(r"\s*[、，,]\s*")
_LIST_AND = lazy(r"[和及与]")
_COMMA = lazy(r"[，,]")


def _broadcast_channel(after: str) -> bool:
    """综合 opening a broadcaster's channel name (新闻综合频道, 综合广播, 综合台): the word after it is a channel's kind
    (data/cleaning_outlets.tsv, kind ``broadcast``), so 综合 there says nothing about compiling."""
    return after.startswith(tables().broadcasts)


def split_outlets(listed: str) -> list[str]:
    """The names of a list of outlets (``环球网、央视新闻和中新网等``): split on 、 and commas; on 和/及/与 only where
    both sides are outlets' names, so a name holding the character stays whole (和讯网, 及时新闻网)."""
    names: list[str] = []
    for part in _LIST_SEPARATOR.split(listed.strip().rstrip("、，,").strip()):
        part = part.strip()
        if part.endswith("等") and len(part) > 1:
            part = part[:-1]
        if not part:
            continue
        for m in _LIST_AND.finditer(part):
            left, right = part[:m.start()], part[m.end():]
            if is_outlet(left) and is_outlet(right):
                names += [left, right]
                break
        else:
            names.append(part)
    return names


def _listed_outlet(name: str) -> bool:
    """A name of a list of outlets (a continued list: every name must look like an outlet's)."""
    return is_outlet(name) and name not in tables().selves and _SHORTEST_LISTED_OUTLET <= len(name) <= _LONGEST_LISTED_OUTLET


def _compiled_source(name: str) -> bool:
    """A name a compiler lists after 综合(自) that is recorded: an outlet's name, or any other short name (北京头条,
    国是直通车: outlets' accounts without an outlet's ending) but not what names no outlet: the words of
    data/cleaning_outlets.tsv kind ``not-source`` (公开资料, 网络), a company's or body's own account (京东官方微信号: a
    name with a word of kind ``account``; development gold real-4 J_6 records only the compiler there), a self-word
    (本报) or a clause."""
    t = tables()
    if is_outlet(outlet_name(name)) and name not in t.selves:
        return _SHORTEST_LISTED_OUTLET <= len(name) <= _LONGEST_LISTED_OUTLET
    return (name not in t.not_sources and name not in t.selves and not _SENTENCE_PUNCT.search(name)
            and not any(word in name for word in t.accounts)
            and _SHORTEST_LISTED_OUTLET <= len(name) <= _LONGEST_LISTED_OUTLET)


def compiler_line(line: str, platform: str | None = None, *, listed_only: bool = False) -> list[str] | None:
    """The original sources a whole ``X综合`` / ``X综合Y、Z`` / ``X综合自Y、Z`` line names, else None (not such a line).

    The one convention for an outlet's compiler line, whole or after 来源： (fields.match_source_line): X must be an
    outlet's name; the sources are X, unless X is the platform carrying the post and names what it compiled from
    (观察者网综合自财经网… on 观察者网: the platform is no original source), then each name listed, whatever its
    ending (北京头条), but not the words that name no source (公开信息, 公开资料). Without 自 the words after 综合 must
    be a list of short names whose first is an outlet's (某某日报综合整治…, 文科综合 are prose), and 综合 opening a
    channel's name (新闻综合频道, 综合广播) is never read as compiling. ``listed_only`` (a 来源 line's name): only a line
    that lists what was compiled or says how (综合报道) is read, a bare ``X综合`` there being a name (绍兴新闻综合, a
    city's channel). Returns [] for a compiler's line that names no outlet
    to record (本报综合自公开资料: it still leaves the text)."""
    if "综合" not in line or not (m := _COMPILER_LINE.match(line.strip())):
        return None
    outlet = m.group("outlet")
    if not is_outlet(outlet) or _broadcast_channel(line.strip()[m.end("outlet"):].lstrip().removeprefix("综合")):
        return None
    if listed_only and not m.group("names") and not m.group("how"):
        return None  # (来源：苏州新闻综合: after 来源 a bare X综合 is a name, often a channel's, 绍兴新闻综合)
    names = split_outlets(m.group("names")) if m.group("names") else []
    if m.group("names") and not m.group("from") and not (
            names and is_outlet(names[0]) and not _COMMA.search(m.group("names"))
            and all(_SHORTEST_LISTED_OUTLET <= len(n) <= _LONGEST_LISTED_OUTLET for n in names)):
        return None  # (without 自 only a list of short names split by 、 whose first is an outlet's: never prose)
    listed = [outlet_name(n) for n in names if _compiled_source(n)]
    if outlet in tables().selves:
        return listed if names else None
    own = outlet_name(outlet)
    if platform and own == outlet_name(platform) and listed:
        return [n for n in listed if n != own]
    return [own, *(n for n in listed if n != own)]


def listed_outlets(line: str) -> list[str] | None:
    """The outlets of a whole line that only lists outlets' names (``央视新闻、中新网、界面新闻等``), else None: the rest
    of a compiler's list broken over two paragraphs (read only right after a compiler's line ending in 、, the same
    split as :func:`compiler_line`)."""
    names = split_outlets(line)
    if not names or not all(_listed_outlet(n) for n in names):
        return None
    return [outlet_name(n) for n in names]


# （贺梨萍）: one person's name alone in brackets on the last line of a report is its reporter's byline. Only a name
# of three characters after a single surname, or of three or four after a compound one: a two-character bracketed
# word (（高清）, （全文）) is too often no name.
_LONE_NAME = lazy(r"^\s*[（(]\s*(?P<name>[\u4e00-\u9fff]{3,4})\s*[)）]\s*$")


@lru_cache(maxsize=1)
def _surnames() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    from imcovid.annotate.wordlists import word_set  # the annotators' surname lists: one list of surnames

    return word_set("surnames_single"), word_set("surnames_compound"), word_set("name_stop_words")


def lone_name_line(text: str) -> Cut | None:
    """A closing line that is one bracketed personal name: the reporter (``（贺梨萍）``), else None."""
    if not (m := _LONE_NAME.match(text)):
        return None
    name = m.group("name")
    single, compound, stop = _surnames()
    if is_outlet(name) or name in stop or _NOT_A_NAME_IN_BRACKETS.search(name):
        return None
    if not (len(name) == 3 and name[0] in single or name[:2] in compound):
        return None
    return Cut(0, len(text), Byline((Credit("reporter", name),)), text.strip())


# （健康山东）, （宁波发布）, （今日阿拉善）: a new-media account named after its place, alone in brackets on the last
# line, names the source of the report, as an outlet alone there does (outlet_alone). The name is a place and two to
# four more characters, nothing else: a bracketed note (（李大勇为化名）) names no place, a place alone (（北京）) is no
# account.
_ACCOUNT_ALONE = lazy(r"^\s*[（(]\s*(?P<name>[\u4e00-\u9fff]{4,10})\s*[)）]\s*$")


def account_alone(text: str) -> Cut | None:
    """A closing line that is a place-named account's name in brackets: an original source, else None."""
    if not (m := _ACCOUNT_ALONE.match(text)):
        return None
    name = m.group("name")
    if name in tables().selves or lone_name_line(text):
        return None
    from imcovid.annotate.places import find_places  # the one gazetteer of the project

    places = find_places(name)
    if len(places) != 1 or not 2 <= len(name) - (places[0]["end"] - places[0]["start"]) <= 4:
        return None
    return Cut(0, len(text), Byline((), (outlet_name(name),)), text.strip())


# 上海市教委政务微信“上海教育”发布公告 / 据某某县新闻办公室官方微信公众号“某某发布”10月24日通报 / 微信公众号“西安发布”
# 发布消息: a paragraph that opens with the account, named in quotes after its channel word, whose post the report
# relays; the account is an original source. (Inside a sentence, 同日，公众号“X”发文称 is one voice among others.)
_CHANNEL_ACCOUNT = lazy(
    r"^(?:据\s*)?[^\s，。；：:“”\"「」]{0,24}?(?:微信公众号|政务微信|官方微信|公众号|官方微博|微博|视频号|客户端)\s*"
    r"[“\"「]\s*(?P<name>[^”\"」，。]{2,20}?)\s*[”\"」]\s*(?:\d{1,2}月)?(?:\d{1,2}日)?\s*(?:当日|当天|今天|今日)?\s*(?:深夜|晚间|凌晨)?"
    r"(?:发布|通报|消息|发文|宣布|报道|公布)"
)


def channel_account(line: str) -> str | None:
    """The account a paragraph opens by citing with its channel word (``X政务微信“Y”发布…`` → Y), else None."""
    if "“" not in line and '"' not in line and "「" not in line:
        return None
    m = _CHANNEL_ACCOUNT.match(line)
    return outlet_name(m.group("name")) if m else None
