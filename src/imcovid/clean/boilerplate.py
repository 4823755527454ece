"""Lines that are not the article: aggregator promotion (dropped) and rights notices (dropped from ``text`` but kept,
verbatim, as the rights statement). The patterns are data (``data/cleaning_boilerplate.tsv``), one per line."""

from __future__ import annotations

import re
from importlib import resources

from imcovid.clean.lazy import lazy
from imcovid.clean.thresholds import threshold

_KINDS = ("promotion", "rights", "footer", "caption", "list_heading")


def _load() -> dict[str, "_LinePattern"]:
    return {kind: _LinePattern(patterns) for kind, patterns in read_patterns().items()}


def read_patterns(name: str = "cleaning_boilerplate.tsv", kinds: tuple[str, ...] = _KINDS) -> dict[str, list[str]]:
    """The patterns of ``data/<name>`` by kind, checked (a broken or repeated line is named)."""
    text = resources.files("imcovid").joinpath(f"data/{name}").read_text(encoding="utf-8")
    found: dict[str, list[str]] = {kind: [] for kind in kinds}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        kind, _, pattern = line.partition("\t")
        if kind not in found or not pattern:
            raise ValueError(f"{name} line {number}: expected '<{'|'.join(kinds)}>\\t<pattern>'")
        if pattern in found[kind]:
            raise ValueError(f"{name} line {number}: duplicate pattern")
        re.compile(pattern)  # a broken line is named by its number
        found[kind].append(pattern)
    return found


def _top_level_branches(pattern: str) -> list[str]:
    """The alternatives of ``pattern`` at its top level (not inside a group or a character class)."""
    branches, depth, in_class, escaped, start = [], 0, False, False, 0
    for i, char in enumerate(pattern):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
    return branches + [pattern[start:]]


class _LinePattern:
    """The patterns of one kind, searched in one line: the alternatives anchored at the line's start (``^…``) are
    tried there only, with ``match``, the others with one ``search``. Joined in one alternation, an anchored branch
    would be tried and fail at every position of the line (the same matches, about half the time on real lines)."""

    # (Each part joined with a bare "|": alternation binds loosest, so this is the same pattern, and the engine scans
    # a flat alternation faster than one of groups.)
    def __init__(self, patterns: list[str]) -> None:
        branches = [b for p in patterns for b in _top_level_branches(p)]
        anchored = [b[1:] for b in branches if b.startswith("^")]
        floating = [b for b in branches if not b.startswith("^")]
        self._start = lazy("|".join(anchored), re.I) if anchored else None
        self._anywhere = lazy("|".join(floating), re.I) if floating else None

    def search(self, line: str) -> re.Match | None:
        return ((self._start.match(line) if self._start else None)
                or (self._anywhere.search(line) if self._anywhere else None))


_PATTERNS = _load()
PROMOTION = _PATTERNS["promotion"]
RIGHTS = _PATTERNS["rights"]
FOOTER_START = _PATTERNS["footer"]
CAPTION = _PATTERNS["caption"]
LIST_HEADING = _PATTERNS["list_heading"]
_ANSWERS = {kind: _LinePattern(patterns)
            for kind, patterns in read_patterns("cleaning_answers.tsv", ("platform", "header", "promotion")).items()}
ANSWER_PLATFORM = _ANSWERS["platform"]
ANSWER_HEADER = _ANSWERS["header"]
ANSWER_PROMOTION = _ANSWERS["promotion"]


def is_promotion(line: str, answer_page: bool = False) -> bool:
    """A promotion line; on a Q&A platform's post (``answer_page``, :func:`is_answer_platform`) also the answerer's
    sign-off (``@纯洁的微笑``, ``关注我的知乎``), which is news on any other post."""
    return PROMOTION.search(line) is not None or (answer_page and ANSWER_PROMOTION.search(line) is not None)


def is_rights_notice(line: str) -> bool:
    return RIGHTS.search(line) is not None


def is_list_heading(line: str) -> bool:
    """A whole line that heads a widget's list of other posts' titles (相关推荐：, 相关文章:)."""
    return LIST_HEADING.search(line.strip()) is not None


def is_answer_platform(platform: str | None) -> bool:
    """Whether ``platform`` (the post's platform, as its front matter names it) is a Q&A platform whose posts are
    answers (``data/cleaning_answers.tsv``, rows ``platform``): only there are the answer's header, sign-off, cards and
    profile furniture read (clean/article.py, clean/html.py)."""
    return bool(platform) and ANSWER_PLATFORM.search(platform.strip()) is not None


def answer_author(line: str, platform: str | None) -> str | None:
    """The answerer named by a Q&A platform's header above an answer (``纯洁的微笑的回答``), when ``line`` is that
    header and ``platform`` (the post's platform, from its front matter) is a Q&A platform; else None. The header is
    the platform's page furniture, not the answer's text; the name is the answer's author."""
    if not is_answer_platform(platform):
        return None
    found = ANSWER_HEADER.search(line.strip())
    return found.group("name").strip() or None if found else None


_LONGEST_CAPTION = threshold("boilerplate", "longest_caption")


def is_caption(line: str) -> bool:
    """A short line that names what a picture shows (…截图, …剧照): the caption of the image right before it."""
    return len(line) <= _LONGEST_CAPTION and CAPTION.search(line.strip("（）()")) is not None  # (also in brackets: （资料图）)


# A video player's remnant in a post's text: "，时长" and, on the next line, the clip's duration (00:16).
_PLAYER_LABEL = lazy(r"^[，,]?\s*时长$")
_DURATION = lazy(r"^\d{1,2}:\d{2}(?::\d{2})?$")


def is_player_remnant(line: str, previous: str) -> bool:
    """``，时长``, or a duration right after that label (``previous`` is the text line before ``line``): not text."""
    return _PLAYER_LABEL.match(line) is not None or (_DURATION.match(line) is not None
                                                   and _PLAYER_LABEL.match(previous) is not None)
