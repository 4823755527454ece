"""The s21 new user's review of 25.0.0 (``notes/s21-newuser.md``): what the card, codebook, metadata and CLI say
must be true of the data; one test (or table) per item fixed."""

from __future__ import annotations

from imcovid.ids import NESTING_TYPES, with_ids
from imcovid.models import Mention

AID = "8ea7a5e8e9af78c6"
ALL_TYPES = ("PERSON", "LOCATION", "ORGANIZATION", "DATE", "MEASURE", "CASE_COUNT")


def _m(type_, start, end):
    return {"type": type_, "start": start, "end": end, "surface": "x" * (end - start)}


# Item 5: 561 mentions lay inside a MEASURE or CASE_COUNT with a null parent_id, while the codebook said null meant
# "each stretch of text once". The codebook must say what nests and what does not, as ids.with_ids does it.
def test_parent_id_description_names_what_nests_and_what_does_not():
    text = Mention.model_fields["parent_id"].description
    assert "Count rows with a null `parent_id` to count each stretch of text once." not in text
    for kind in NESTING_TYPES:
        assert kind in text
    for kind in set(ALL_TYPES) - NESTING_TYPES:
        assert kind in text
    assert "never a parent" in text


def test_measure_and_case_count_spans_are_never_parents_nor_children():
    """内蒙古 (0, 3) inside a CASE_COUNT 内蒙古6例 (0, 5) and a MEASURE (0, 10): all top-level; inside an organization
    (0, 5) the place is nested; a DATE inside a MEASURE stays top-level; a MEASURE inside a MEASURE too."""
    rows = with_ids(AID, [_m("CASE_COUNT", 0, 5), _m("MEASURE", 0, 10), _m("MEASURE", 1, 4), _m("LOCATION", 0, 3),
                          _m("DATE", 6, 8), _m("ORGANIZATION", 20, 25), _m("LOCATION", 20, 23)])
    parents = [row["parent_id"] for row in rows]
    assert parents[:5] == [None] * 5
    assert parents[6] == rows[5]["mention_id"]
