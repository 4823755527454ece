"""The rows whose story columns wait for the stories grouping (imcovid.pending) and the hash cut at a later field
(release.hash_parts / hash_with): filled in afterwards, they must give exactly the rows and hashes of rows written
with their story from the start."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pyarrow as pa

from imcovid.pending import StoryPending
from imcovid.publish.arrow import arrow_schema
from imcovid.publish.parquet import BATCH_ROWS
from imcovid.publish.release import hash_parts, hash_with, record_hash


def _provenance(i: int, text: str = "") -> dict:
    row = {name: None for name in arrow_schema("provenance").names}
    row.update(source_file=f"{i:04d}.txt", size_bytes=i, sha256=f"{i:064x}", format="hexo", status="accepted",
               reasons=[text] if text else [], flags=[], article_ids=[f"{i:016x}"], chain=[], original_outlets=[], origins=[],
               processing_steps=[{"step": "read", "library": "imcovid", "library_version": "9.9.9",
                                  "changed": "characters", "count": 2}],
               software_version="9.9.9", dataset_version="9.9.9")
    return row


def test_hash_parts_filled_in_equal_the_hash_of_the_finished_row():
    row = {"id": "ab", "text": "内蒙古 \"quoted\" \x00 text", "story_id": None, "canonical": True,
           "published_at": datetime(2022, 3, 1, 8, tzinfo=timezone.utc), "day": date(2022, 3, 1),
           "software_version": "1.0.0"}
    parts = hash_parts(row, ("story_id", "canonical"))
    assert len(parts) == 5
    for values in (("0123456789abcdef", False), (None, True)):
        assert hash_with(parts, values) == record_hash({**row, "story_id": values[0], "canonical": values[1]})


def test_hash_parts_refuse_a_row_that_already_holds_the_placeholder():
    row = {"id": "ab", "text": "\x00imcovid-later-story_id\x00", "story_id": None}
    assert hash_parts(row, ("story_id",)) is None


def test_rows_filled_in_after_the_grouping_equal_rows_written_with_their_story(tmp_path):
    spill = StoryPending("provenance", tmp_path)
    rows, expected = [], []
    n = BATCH_ROWS + 40  # two batches
    for i in range(n):
        row = _provenance(i, text="\x00imcovid-later-story_id\x00" if i == 7 else "")  # i == 7: no placeholder
        rows.append(row)
        if i % 3 == 0:
            spill.add(row, None)  # final as given
            expected.append(row)
        elif i % 3 == 1:
            spill.add(row, (f"{i:016x}", f"{i:016x}"[::-1]))  # grouped below for some, else the fallback
            story = "f" * 16 if i % 2 else f"{i:016x}"[::-1]
            expected.append({**row, "story_id": story})
        else:
            spill.add(row, (f"{i:016x}", None))  # a duplicate: the story of its article, else none
            expected.append({**row, "story_id": "f" * 16 if i % 2 else None})
    groups = {f"{i:016x}": ("f" * 16, False) for i in range(n) if i % 2}
    batches, hashes = [], []
    for batch, pairs in spill.replay(groups):
        batches.append(batch)
        hashes.extend(pairs)
    table = pa.Table.from_batches(batches, schema=arrow_schema("provenance"))
    assert table.to_pylist() == pa.Table.from_pylist(expected, schema=arrow_schema("provenance")).to_pylist()
    assert hashes == [(row["source_file"], record_hash(row)) for row in expected]
    assert not spill.path.exists()  # the spill is removed once replayed


def test_a_row_given_as_arrow_keeps_its_place(tmp_path):
    from imcovid.publish.parquet import to_arrow

    spill = StoryPending("provenance", tmp_path)
    first, second, third = _provenance(1), _provenance(2), _provenance(3)
    spill.add(first, ("a" * 16, "b" * 16))
    spill.add_arrow(to_arrow("provenance", [second]), second["source_file"], record_hash(second))
    spill.add(third, None)
    out = [row for batch, _ in spill.replay(None) for row in batch.to_pylist()]
    assert [row["source_file"] for row in out] == ["0001.txt", "0002.txt", "0003.txt"]
    assert out[0]["story_id"] == "b" * 16 and out[1]["story_id"] is None


def test_rows_prepared_one_by_one_are_patched_like_rows_given_whole(tmp_path):
    from imcovid.publish.parquet import to_arrow

    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    whole = StoryPending("provenance", tmp_path / "a")
    prepared = StoryPending("provenance", tmp_path / "b")
    for i in range(BATCH_ROWS + 3):
        row = _provenance(i)
        story = (f"{i:016x}", "e" * 16) if i % 4 else None
        whole.add(row, story)
        if story is None:
            prepared.add(row, None)
        else:
            prepared.add_prepared(to_arrow("provenance", [row]), row["source_file"], story,
                                  hash_parts(row, ("story_id",)))
    groups = {f"{i:016x}": ("d" * 16, True) for i in range(0, BATCH_ROWS, 3)}
    a = [(batch.to_pylist(), pairs) for batch, pairs in whole.replay(groups)]
    b = [(batch.to_pylist(), pairs) for batch, pairs in prepared.replay(groups)]
    assert [r for rows, _ in a for r in rows] == [r for rows, _ in b for r in rows]
    assert [p for _, pairs in a for p in pairs] == [p for _, pairs in b for p in pairs]
