"""record_hashes (a batch) gives exactly record_hash of each row, whatever the rows hold."""

from __future__ import annotations

from datetime import date, datetime, timezone

from hypothesis import example, given, settings
from hypothesis import strategies as st

from imcovid.publish.release import record_hash, record_hashes

_TRICKY = st.sampled_from(['},{"', '"}', "\\", '\\"', "},{", "{", "}", "[", "]", "\n", "\x00", "\u2028", "内蒙古"])
_TEXT = st.lists(st.one_of(_TRICKY, st.text(max_size=6)), max_size=4).map("".join)
_SCALAR = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6), _TEXT, st.dates(),
                    st.datetimes(timezones=st.just(timezone.utc)))
_VALUE = st.one_of(_SCALAR, st.lists(_SCALAR, max_size=3), st.dictionaries(_TEXT, _SCALAR, max_size=2),
                   st.lists(st.dictionaries(st.sampled_from(["a", "b"]), _SCALAR, max_size=2), max_size=2))
_STEPS = st.lists(st.fixed_dictionaries({"step": _TEXT, "library": st.sampled_from(["imcovid", "opencc"]),
                                          "library_version": _TEXT, "count": st.integers(0, 9)}), max_size=2)
_ROW = st.builds(lambda row, steps, stamp: {**row, **({"processing_steps": steps} if steps is not None else {}),
                                           **({"dataset_version": stamp} if stamp else {})},
                 st.dictionaries(st.one_of(st.sampled_from(["article_id", "surface", "},{", '"']), _TEXT), _VALUE,
                                 max_size=6),
                 st.none() | _STEPS, st.none() | st.just("7.0.0"))


@settings(max_examples=300, deadline=None)
@given(st.lists(_ROW, max_size=5))
@example([{"},{": None}, {}])  # an empty row hides the cut a key ending in },{ adds
@example([{"a": [{"b": 1}, {"c": 2}]}, {"a": 1}])  # a nested list of objects adds cuts
def test_a_batch_hashes_each_row_as_record_hash_does(rows):
    assert record_hashes(rows) == [record_hash(row) for row in rows]


def test_mention_like_rows_take_the_batch_path_and_agree():
    rows = [{"article_id": "a" * 16, "mention_id": f"{'a' * 16}-{i:08x}", "surface": s, "as_of": date(2021, 11, i + 1),
             "start": i, "end": i + len(s), "parent_id": None, "targeted": i % 2 == 0}
            for i, s in enumerate(['内蒙古', '},{"x', '\\"', "额济纳旗"])]
    assert record_hashes(rows) == [record_hash(row) for row in rows]
    assert record_hashes([]) == []
    stamped = [{**rows[0], "software_version": "7.0.0", "seen": datetime(2021, 1, 1, tzinfo=timezone.utc)}]
    assert record_hashes(stamped) == [record_hash(stamped[0])]
