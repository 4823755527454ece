"""Character-level rules of the cleaning contract: control and zero-width characters, full-width letters and digits,
white space around CJK, entities left double-escaped by aggregators."""

from __future__ import annotations

import html
import re
import unicodedata

from imcovid.clean.lazy import lazy

# CJK ideographs, CJK and full-width punctuation, kana, bopomofo, and the curly quotes / ellipsis / dashes that
# Chinese typesetting uses as its own punctuation.
CJK_CLASS = (
    "\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3190-\u31ff\u3200-\u32ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uf900-\ufaff\ufe10-\ufe1f\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003134f"
    "\u2018\u2019\u201c\u201d\u2026\u2014\u00b7"
)
_SPACE_NEXT_TO_CJK = lazy(rf"(?<=[{CJK_CLASS}]) | (?=[{CJK_CLASS}])")
_WHITESPACE_RUN = lazy(r"\s+")
_ENTITY = lazy(r"&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# What still looks like markup after parsing came from double-escaped entities (&lt;p&gt;); it is not prose.
_TAG_LIKE = lazy(r"<!--.*?-->|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>", re.S)
_FULLWIDTH = {code: code - 0xFEE0 for code in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))}
# Removed outright: zero-width and format characters (Cf), and controls (Cc) other than white space.
_WHITESPACE_CONTROLS = frozenset("\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85")


def _invisible_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for code in range(0x10000):
        char = chr(code)
        if char in _WHITESPACE_CONTROLS:
            table[code] = " "
        elif unicodedata.category(char) in _DROPPED and char != "\ufffd":
            table[code] = None
    return table


def _class_of(codes: list[int]) -> str:
    """A regular-expression character class of the code points ``codes`` (sorted), as ranges."""
    ranges: list[list[int]] = []
    for code in codes:
        if ranges and code == ranges[-1][1] + 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)


_DROPPED = ("Cc", "Cf", "Cs", "Co", "Cn")
_INVISIBLE_BMP = _invisible_table()
_ASTRAL = lazy(r"[\U00010000-\U0010ffff]")
# Any character the step could change (the table's, or one outside the BMP, which takes the slow path): most lines
# have none, and one scan of a character class costs a fraction of str.translate's dictionary lookup per character.
_MAYBE_CHANGED = lazy(f"[{_class_of(sorted(_INVISIBLE_BMP))}\U00010000-\U0010ffff]")


def strip_invisible(text: str) -> tuple[str, int]:
    """Remove control and format characters; white-space controls become a space. Returns text and count."""
    if not _MAYBE_CHANGED.search(text):
        return text, 0
    if not _ASTRAL.search(text):
        out = text.translate(_INVISIBLE_BMP)
        return out, len(text) - len(out)
    out = []
    removed = 0
    for char in text:
        if char in _WHITESPACE_CONTROLS:
            out.append(" ")
            continue
        category = unicodedata.category(char)
        if category in ("Cc", "Cf", "Cs", "Co", "Cn") and char != "\ufffd":
            removed += 1
            continue
        out.append(char)
    return "".join(out), removed


_FULLWIDTH_ANY = lazy("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")


def fullwidth_to_ascii(text: str) -> tuple[str, int]:
    if not _FULLWIDTH_ANY.search(text):
        return text, 0
    converted = text.translate(_FULLWIDTH)
    return converted, sum(1 for a, b in zip(text, converted) if a != b)


def decode_entities(text: str) -> tuple[str, int]:
    """Decode entities that survived HTML parsing (double-escaped by an aggregator)."""
    count = 0
    for _ in range(3):  # &amp;amp;nbsp; needs more than one round; a bound keeps hostile input cheap
        found = len(_ENTITY.findall(text))
        if not found:
            break
        decoded = html.unescape(text)
        if decoded == text:
            break
        count += found
        text = decoded
    return text, count


def normalize_line(text: str) -> str:
    """Collapse white space, drop it next to CJK, strip the ends (U+3000 and U+00A0 included)."""
    text = _WHITESPACE_RUN.sub(" ", text)
    text = _SPACE_NEXT_TO_CJK.sub("", text)
    return text.strip()


def clean_line(text: str, *, body: bool = True) -> tuple[str, dict[str, int]]:
    """All character rules on one paragraph; returns the line and per-rule change counts.

    ``body=False`` (titles from front matter, which is not HTML) keeps tag-like text, so that a title such as
    ``<script>`` survives as text, to be escaped wherever it is shown."""
    normalized, _, counts = clean_line_spaced(text, body=body)
    return normalized, counts


def clean_line_spaced(text: str, *, body: bool = True) -> tuple[str, str, dict[str, int]]:
    """Like :func:`clean_line`, and also the line with the source's spaces next to CJK still in place (runs
    collapsed, ends stripped): bylines and captions are split where the source put a space (``孙乐琪 刘苏雅``)."""
    counts: dict[str, int] = {"decode_entities": 0}
    if body:
        counts["strip_markup"] = 0  # (the counts keep this order, whatever order the steps run in)
    text, counts["decode_entities"] = decode_entities(text)
    # Invisible characters and full-width forms go before the markup check: removed after it, they could leave a
    # tag behind (&lt;A<ESC>&gt; is <A> once the control is gone).
    text, counts["strip_invisible"] = strip_invisible(text)
    text, counts["fullwidth_to_ascii"] = fullwidth_to_ascii(text)
    if body:
        text, counts["strip_markup"] = _TAG_LIKE.subn("", text)
    spaced = collapse_spaces(text)
    normalized = _SPACE_NEXT_TO_CJK.sub("", spaced).strip()
    counts["normalize_whitespace"] = int(normalized != text)
    return normalized, spaced, counts


def collapse_spaces(text: str) -> str:
    """Runs of white space to one space, ends stripped; spaces next to CJK kept."""
    return _WHITESPACE_RUN.sub(" ", text).strip()
