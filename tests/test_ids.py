"""Mention ids are content-stable: derived from article, type and span, never from a rank (issue 17)."""

from __future__ import annotations

import re

from imcovid.ids import MENTION_ID_PATTERN, mention_id, with_ids
from imcovid.models import Mention

AID = "8ea7a5e8e9af78c6"


def _m(type_, start, end, surface="x"):
    return {"type": type_, "start": start, "end": end, "surface": surface * (end - start)}


def test_mention_id_depends_only_on_article_type_and_span():
    one = mention_id(AID, "LOCATION", 10, 14)
    assert re.fullmatch(MENTION_ID_PATTERN, one) and one.startswith(AID + "-")
    assert mention_id(AID, "LOCATION", 10, 14) == one
    assert len({one, mention_id(AID, "ORGANIZATION", 10, 14), mention_id(AID, "LOCATION", 10, 15),
                mention_id(AID, "LOCATION", 11, 14), mention_id("0" * 16, "LOCATION", 10, 14)}) == 5
    # Any type string, e.g. the MEASURE and CASE_COUNT types added by other annotators.
    assert re.fullmatch(MENTION_ID_PATTERN, mention_id(AID, "CASE_COUNT", 0, 3))


def test_adding_a_mention_does_not_rename_the_others():
    """The v1→v2 defect: with rank ids, inserting a mention before 额济纳旗 gave its id to another mention."""
    before = with_ids(AID, [_m("LOCATION", 20, 24), _m("ORGANIZATION", 40, 43)])
    after = with_ids(AID, [_m("PERSON", 2, 5), _m("LOCATION", 20, 24), _m("ORGANIZATION", 40, 43)])
    ids_before = {(r["type"], r["start"]): r["mention_id"] for r in before}
    ids_after = {(r["type"], r["start"]): r["mention_id"] for r in after}
    assert all(ids_after[key] == value for key, value in ids_before.items())


def test_parent_id_marks_nested_mentions():
    rows = with_ids(AID, [_m("ORGANIZATION", 0, 5), _m("LOCATION", 0, 3), _m("LOCATION", 8, 11),
                          _m("LOCATION", 0, 2)])
    by = {(r["type"], r["start"], r["end"]): r for r in rows}
    org = by[("ORGANIZATION", 0, 5)]
    assert org["parent_id"] is None and by[("LOCATION", 8, 11)]["parent_id"] is None
    assert by[("LOCATION", 0, 3)]["parent_id"] == org["mention_id"]
    assert by[("LOCATION", 0, 2)]["parent_id"] == by[("LOCATION", 0, 3)]["mention_id"]  # the innermost container
    # Order of the input does not matter.
    again = with_ids(AID, list(reversed([{k: r[k] for k in ("type", "start", "end", "surface")} for r in rows])))
    assert {r["mention_id"]: r["parent_id"] for r in again} == {r["mention_id"]: r["parent_id"] for r in rows}


def test_model_rejects_rank_ids():
    row = {"article_id": AID, "mention_id": f"{AID}-0035", "type": "LOCATION", "start": 0, "end": 2, "surface": "内蒙",
           "annotator": "t", "rule": "place.short_form"}
    try:
        Mention.model_validate(row)
    except ValueError:
        pass
    else:
        raise AssertionError("a rank id was accepted")
    Mention.model_validate({**row, "mention_id": mention_id(AID, "LOCATION", 0, 2)})


def test_figures_and_measures_neither_contain_nor_nest():
    rows = with_ids(AID, [
        {"type": "CASE_COUNT", "start": 0, "end": 6, "surface": "内蒙古56例"},
        {"type": "LOCATION", "start": 0, "end": 3, "surface": "内蒙古"},
        {"type": "MEASURE", "start": 10, "end": 20, "surface": "x" * 10},
        {"type": "ORGANIZATION", "start": 12, "end": 18, "surface": "额济纳旗政府"},
        {"type": "LOCATION", "start": 12, "end": 16, "surface": "额济纳旗"},
    ])
    parents = {r["surface"]: r["parent_id"] for r in rows}
    assert parents["内蒙古"] is None and parents["内蒙古56例"] is None and parents["x" * 10] is None
    assert parents["额济纳旗政府"] is None
    assert parents["额济纳旗"] == mention_id(AID, "ORGANIZATION", 12, 18)


def test_two_measures_on_one_span_get_two_ids():
    span = {"type": "MEASURE", "start": 48, "end": 80, "surface": "x" * 32}
    rows = with_ids(AID, [{**span, "code": "C7"}, {**span, "code": "CN-HEALTH-CODE"}])
    assert len({r["mention_id"] for r in rows}) == 2
    assert rows[0]["mention_id"] == mention_id(AID, "MEASURE", 48, 80, "C7")
    # names keep the id they had: no key for them
    assert with_ids(AID, [{"type": "LOCATION", "start": 0, "end": 3, "surface": "内蒙古"}])[0]["mention_id"] == \
        mention_id(AID, "LOCATION", 0, 3)
