"""Byte damage stays visible; it is counted, never repaired.

A lost character shows as U+FFFD or as an ASCII ``?`` that stands inside Chinese text (Chinese typesetting uses the
full-width ``？`` as its question mark, so an ASCII one between Han characters is a hole, not punctuation).
"""

from __future__ import annotations

import re

from imcovid.clean.text import CJK_CLASS
from imcovid.clean.lazy import lazy

_HOLE = lazy(rf"\ufffd+|(?<=[{CJK_CLASS}])\?+(?=[^\s”’\"')）》」』】\]?!！？]|$)")


def count_damage(text: str) -> int:
    """Number of damaged spans (runs of holes) in ``text``."""
    return sum(1 for m in _HOLE.finditer(text) if not _is_question_at_end(text, m))


def _is_question_at_end(text: str, match: re.Match) -> bool:
    # "…吗?" closing a line is a sloppy question mark, not lost bytes.
    return match.group().startswith("?") and (match.end() == len(text) or text[match.end()] == "\n")
