"""Mention._shape reads the fields once, from the instance's dict: it accepts and refuses exactly what the checks
written attribute by attribute (below, as they stood in release 7.0.0) accept and refuse, with the same message."""

from __future__ import annotations

import re
import typing
from datetime import date
from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from imcovid.models import MeasureCode, Mention

_GB_CODE = re.compile(r"^[1-9][0-9]{5}$")


def _reference(self) -> str | None:  # release 7.0.0's Mention._shape, returning the message instead of raising
    if self.end <= self.start:
        return "end must be greater than start"
    if self.end - self.start != len(self.surface):
        return "end - start must equal len(surface)"
    if self.parent_id is not None and (self.parent_id == self.mention_id
                                       or not self.parent_id.startswith(self.article_id + "-")):
        return "parent_id must name another mention of the same article"
    if not self.mention_id.startswith(self.article_id + "-"):
        return "mention_id must start with article_id"
    if self.type == "MEASURE":
        if not (self.code in typing.get_args(MeasureCode) and self.action and self.mode and self.targeted is not None):
            return "a MEASURE needs a measure code, an action, a mode and a targeted flag"
        if self.level is not None and not self.level.isdigit():
            return "a MEASURE level is an OxCGRT ordinal (1-5)"
    elif self.type == "LOCATION":
        if self.code is not None and not _GB_CODE.match(self.code):
            return "a LOCATION code is a 6-digit GB/T 2260 code"
        if self.level is not None and self.level.isdigit():
            return "a LOCATION level is province, prefecture or county"
    elif self.code or self.level or self.name:
        return "code, level and name are for LOCATION and MEASURE mentions only"
    if self.name and self.type != "LOCATION":
        return "name is for LOCATION mentions only"
    if self.type == "CASE_COUNT":
        if self.metric is None or self.value is None or not self.value.isdigit():
            return "a CASE_COUNT needs a metric and an integer value"
    elif self.type == "DATE":
        if self.value is not None and self.value.isdigit():
            return "a DATE value is an ISO 8601 date"
    elif self.value is not None:
        return "value is for DATE and CASE_COUNT mentions only"
    if self.type != "CASE_COUNT" and (self.metric is not None or self.as_of is not None):
        return "metric and as_of are for CASE_COUNT mentions only"
    if self.type != "MEASURE" and (self.action or self.mode or self.targeted is not None):
        return "action, mode and targeted are for MEASURE mentions only"
    if self.type not in ("MEASURE", "CASE_COUNT") and self.place_code is not None:
        return "place_code is for MEASURE and CASE_COUNT mentions only"
    if self.type != "PERSON" and self.title is not None:
        return "title is for PERSON mentions only"
    return None


_A, _B = "a" * 16, "b" * 16
_BASE = {"article_id": _A, "mention_id": f"{_A}-0123abcd", "start": 0, "end": 3, "surface": "内蒙古", "title": None,
         "code": None, "level": None, "name": None, "value": None, "metric": None, "as_of": None, "action": None,
         "targeted": None, "place_code": None, "mode": None, "annotator": "x", "parent_id": None, "rule": "r"}
# A valid mention of each type, then up to three fields changed: most rows break one check or two.
_VALID = {
    "PERSON": {"title": "主任"},
    "LOCATION": {"code": "150000", "level": "province", "name": "内蒙古自治区"},
    "ORGANIZATION": {},
    "DATE": {"value": "2021-10-20"},
    "MEASURE": {"code": "C1", "action": "impose", "mode": "reported", "targeted": False, "level": "2",
                "place_code": "150000"},
    "CASE_COUNT": {"value": "56", "metric": "confirmed_local", "as_of": date(2021, 10, 20), "place_code": "150000"},
}
_CHANGES = st.sampled_from([
    ("start", 3), ("end", 2), ("surface", "内蒙"), ("mention_id", f"{_B}-0123abcd"), ("parent_id", f"{_A}-0123abcd"),
    ("parent_id", f"{_A}-ffffffff"), ("parent_id", f"{_B}-ffffffff"), ("title", "主任"), ("title", None),
    ("code", None), ("code", "150000"), ("code", "C1"), ("code", "CN-SUPPLY"), ("code", "CN-OTHER"), ("level", None),
    ("level", "province"), ("level", "2"), ("name", "内蒙古自治区"), ("name", None), ("value", None), ("value", "56"),
    ("value", "2021-10-20"), ("metric", None), ("metric", "confirmed_local"), ("as_of", None),
    ("as_of", date(2021, 10, 20)), ("action", None), ("action", "impose"), ("targeted", None), ("targeted", True),
    ("place_code", None), ("place_code", "150000"), ("mode", None), ("mode", "reported")])
_MENTION = st.builds(lambda kind, changes: {**_BASE, **_VALID[kind], "type": kind, **dict(changes)},
                     st.sampled_from(sorted(_VALID)), st.lists(_CHANGES, max_size=3))


@settings(max_examples=1500, deadline=None)
@given(_MENTION)
def test_the_same_verdict_and_message(row):
    expected = _reference(SimpleNamespace(**row))
    try:
        Mention.model_validate(row)
        found = None
    except ValidationError as error:
        found = error.errors()[0]["msg"].removeprefix("Value error, ")
    assert found == expected
