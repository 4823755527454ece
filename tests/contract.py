"""The checkable rules of ``cleaning.md`` for a cleaned ``text`` or ``title``, as one function the tests share."""

from __future__ import annotations

import html
import re
import unicodedata

from imcovid.clean.text import CJK_CLASS

_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>|<!--|-->")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z]+);", re.I)
_SPACE_NEXT_TO_CJK = re.compile(rf"[{CJK_CLASS}] | [{CJK_CLASS}]")
_FULLWIDTH_ALNUM = re.compile(r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
_PINYIN = re.compile(r"\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)")


def violations(text: str, *, title: bool = False) -> list[str]:
    found = []
    if text == "":
        found.append("empty")
    for n, line in enumerate(text.split("\n"), 1):
        if not line:
            found.append(f"line {n}: empty line")
        elif line != line.strip() or line != line.strip("\u3000\u00a0"):
            found.append(f"line {n}: leading/trailing white space")
        if "  " in line:
            found.append(f"line {n}: run of spaces")
        if _TAG.search(line) and not title:
            found.append(f"line {n}: markup {_TAG.search(line).group()!r}")
        # An entity is a character reference HTML knows: `&A;` or `R&D;` in plain text is text, not a left-over.
        entities = [m.group() for m in _ENTITY.finditer(line) if html.unescape(m.group()) != m.group()]
        if entities:
            found.append(f"line {n}: entity {entities[0]!r}")
        if m := _SPACE_NEXT_TO_CJK.search(line):
            found.append(f"line {n}: space next to CJK {m.group()!r}")
        if m := _FULLWIDTH_ALNUM.search(line):
            found.append(f"line {n}: full-width letter or digit {m.group()!r}")
        if m := _PINYIN.search(line):
            found.append(f"line {n}: pinyin gloss {m.group()!r}")
        bad = [c for c in line if unicodedata.category(c) in ("Cc", "Cf") or c in "\u2028\u2029"]
        if bad:
            found.append(f"line {n}: control or format characters {bad!r}")
        if re.search(r"\s", line.replace(" ", "")):
            found.append(f"line {n}: white space other than a space")
    return found
