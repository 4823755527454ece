"""The fast paths of the character rules (imcovid.clean.text) give what the rule says, character by character."""

from __future__ import annotations

import unicodedata

from hypothesis import example, given, settings
from hypothesis import strategies as st

from imcovid.clean.text import _WHITESPACE_CONTROLS, strip_invisible


def _reference(text: str) -> tuple[str, int]:
    out, removed = [], 0
    for char in text:
        if char in _WHITESPACE_CONTROLS:
            out.append(" ")
        elif unicodedata.category(char) in ("Cc", "Cf", "Cs", "Co", "Cn") and char != "\ufffd":
            removed += 1
        else:
            out.append(char)
    return "".join(out), removed


@settings(max_examples=500, deadline=None)
@given(st.text(st.characters(codec=None), max_size=40) | st.text("内蒙古 \t\n\x00\u200b\ufeff\ufffd\ue000\U0001f600\U000e0001a", max_size=20))
@example("内蒙古\u200b额济纳旗\x85")
@example("plain line, nothing to change")
@example("\U00020000\u200d")
def test_strip_invisible_is_the_rule(text):
    assert strip_invisible(text) == _reference(text)
