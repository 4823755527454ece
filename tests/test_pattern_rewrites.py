"""Patterns rewritten for speed (so that they open with a literal or a character class the regular-expression engine
can skip to) match exactly what the patterns they replace matched, wherever a search starts and ends."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from imcovid.annotate.case_counts import _YESTERDAY
from imcovid.clean.redact import _CANDIDATE

_REWRITES = [
    (re.compile(r"(?<![较比与同])(?:昨日|昨天)"), _YESTERDAY, "较比与同昨日天今a"),
    (re.compile(r"@|\d{7}|\d{3}[- ]\d{4}"), _CANDIDATE, "@1234 -a٣"),
]


@settings(max_examples=800, deadline=None)
@given(st.data())
def test_the_same_matches(data):
    for before, after, alphabet in _REWRITES:
        text = data.draw(st.text(st.sampled_from(alphabet), max_size=16))
        start = data.draw(st.integers(-1, len(text) + 1))
        end = data.draw(st.integers(0, len(text) + 1))
        found, expected = after.search(text, start, end), before.search(text, start, end)
        assert (found and found.span()) == (expected and expected.span())
        assert [m.span() for m in after.finditer(text)] == [m.span() for m in before.finditer(text)]
