"""The canonical JSON of published rows (imcovid.hashing) is made by orjson and must be, byte for byte, what the
standard library's encoder writes: every record hash of every release depends on it."""

from __future__ import annotations

import typing
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from imcovid.hashing import canonical_json, canonical_json_bytes, canonical_json_stdlib
from imcovid.models import RECORD_MODELS

# Every character class that JSON escapes or that UTF-8 spells in 1 to 4 bytes.
_TEXT = st.text(st.characters(codec="utf-8"), max_size=8) | st.sampled_from(
    ["\x00", "\x1f", "\x7f", "\b\f\n\r\t", '"', "\\", "/", "\u2028\u2029", "内蒙古", "\U0001f600", "é", "\ufeff"])
_ZONES = st.sampled_from([None, timezone.utc, timezone(timedelta(hours=8)), timezone(timedelta(hours=-5, minutes=-30))])
_SCALAR = st.one_of(st.none(), st.booleans(), st.integers(-(2**63), 2**64 - 1), st.integers(), _TEXT, st.dates(),
                    st.datetimes(timezones=_ZONES), st.binary(max_size=4))
_VALUE = st.recursive(_SCALAR, lambda inner: st.lists(inner, max_size=3) | st.tuples(inner, inner)
                      | st.dictionaries(_TEXT, inner, max_size=4), max_leaves=12)


@settings(max_examples=600, deadline=None)
@given(_VALUE)
@example({"b": 1, "a": [None, True, date(2021, 10, 17)], "é": "\x00", "\U0001f600": 2, "\uffff": 3})
@example(datetime(2021, 10, 17, 8, 0, 0, 123, tzinfo=timezone.utc))
@example(2**64)  # past orjson's integers: the standard library's path
def test_the_same_bytes_as_the_standard_library(value):
    expected = canonical_json_stdlib(value)
    assert canonical_json(value) == expected
    assert canonical_json_bytes(value) == expected.encode("utf-8")


def test_what_neither_can_write_raises_as_before():
    with pytest.raises(TypeError):
        canonical_json_bytes({"a": {1, 2}})
    with pytest.raises(UnicodeEncodeError):  # a lone surrogate: the standard library's text cannot be UTF-8
        canonical_json_bytes(["\ud800"])
    assert canonical_json(["\ud800"]) == canonical_json_stdlib(["\ud800"])
    assert canonical_json({1: "a", 2: "b"}) == '{"1":"a","2":"b"}'  # keys that are not strings: the stdlib's way


def _admits_float(annotation) -> bool:
    if annotation is float:
        return True
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return any(_admits_float(f.annotation) for f in annotation.model_fields.values())
    return any(_admits_float(arg) for arg in typing.get_args(annotation))


@pytest.mark.parametrize("config", sorted(RECORD_MODELS))
def test_no_published_field_holds_a_float(config):
    # orjson spells floats otherwise (1e-05 as 0.00001, NaN as null): a float field would change record hashes.
    # Should one be needed, hash its rows with canonical_json_stdlib.
    assert not _admits_float(RECORD_MODELS[config])
    assert not any(_admits_float(f.annotation) for f in RECORD_MODELS[config].model_fields.values())
