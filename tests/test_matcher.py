"""The name matcher's DFA finds exactly what the default Aho-Corasick automaton finds (leftmost-longest)."""

from __future__ import annotations

import ahocorasick_rs
from hypothesis import given, settings
from hypothesis import strategies as st

from imcovid.annotate.matcher import Matcher
from imcovid.annotate.places import gazetteer

from conftest import CORPUS


def _reference(names: list[str], text: str) -> list[tuple[int, int, str]]:
    names = list(dict.fromkeys(names))
    automaton = ahocorasick_rs.AhoCorasick(names, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
    return [(start, end, names[i]) for i, start, end in automaton.find_matches_as_indexes(text)]


def test_the_gazetteer_matches_as_before_on_real_posts():
    from imcovid.readers import read_source

    names = list(gazetteer())
    matcher = Matcher(names)
    texts = [read_source(p.name, p.read_bytes()).body for p in sorted(CORPUS.iterdir())]
    found = 0
    for text in texts:
        assert matcher.find(text) == _reference(names, text)
        found += len(matcher.find(text))
    assert found > 100


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="内蒙古呼和浩特市包头区旗盟", min_size=1, max_size=4), min_size=1, max_size=12),
       st.text(alphabet="内蒙古呼和浩特市包头区旗盟，。 ", max_size=60))
def test_overlapping_names_match_as_the_default_automaton_does(names, text):
    assert Matcher(names).find(text) == _reference(names, text)
