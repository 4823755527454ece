"""Issue 16: a capture whose cleaned fields repeat an earlier capture's takes its mention records from that capture's
(imcovid.process.RecordTemplate) — re-identified, validated in full, hashed — and gets exactly the records the full
path gives: rows, record hashes, Arrow bytes and panel evidence, for every real post."""

from __future__ import annotations

from pathlib import Path

import pytest

from imcovid import memo
from imcovid.config import load_config
from imcovid.pipeline import prepare_provenance
from imcovid.process import RecordTemplate, Task, process
from imcovid.publish.parquet import to_arrow
from imcovid.publish.release import record_hash

from conftest import CORPUS, DATA

REAL = [path for folder in (CORPUS, DATA / "real" / "raw", DATA / "real-5" / "raw")
        for path in sorted(folder.iterdir())]


def _outcome_fields(outcome) -> dict:
    fields = dict(vars(outcome))
    # A served capture also brings its article's Arrow bytes and JSON parts (else made by prepare_provenance):
    # compared below with what prepare_provenance makes of the reference's row.
    fields.pop("article_arrow"), fields.pop("article_parts")
    return fields


@pytest.fixture(scope="module")
def config():
    return load_config()


@pytest.mark.parametrize("path", REAL, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_a_second_capture_gets_the_records_of_the_full_path(path: Path, tmp_path: Path, config):
    raw = path.read_bytes()
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    # Both close with a comment of their own: the same parsed blocks (a bare capture ends its body with other white
    # space, so it is cleaned on its own), different bytes and ids.
    first.write_bytes(raw + b"\n<!-- one capture -->\n")
    second.write_bytes(raw + b"\n<!-- another capture -->\n")
    task = Task(str(second), "captures/b.txt")
    with memo.disabled():
        reference = process(task, config)
    memo.start()
    try:
        process(Task(str(first), "captures/a.txt"), config)
        served = process(task, config)
        templates = memo.stats().get("records", (0, 0, 0))
    finally:
        memo.stop()
    assert _outcome_fields(served) == _outcome_fields(reference)
    if reference.article is not None:
        # The first capture's template served the second.
        assert templates[:2] == (1, 1), templates
        prepared = prepare_provenance(reference)
        assert served.article_arrow == prepared.article_arrow
        assert served.article_parts == prepared.article_parts
        assert prepare_provenance(served) == prepared
        assert [h for _, h in served.mention_hashes] == [record_hash(m) for m in reference.mentions]
        assert served.mentions_arrow == to_arrow("mentions", reference.mentions)


def test_rows_that_differ_from_the_template_are_not_served(config, tmp_path):
    path = sorted(CORPUS.iterdir())[0]
    (tmp_path / "a.txt").write_bytes(path.read_bytes())
    memo.start()
    try:
        outcome = process(Task(str(tmp_path / "a.txt"), "a.txt"), config)
        template = RecordTemplate.make(outcome.article["id"], [dict(m) for m in outcome.mentions], {},
                                       outcome.mentions, [h for _, h in outcome.mention_hashes],
                                       outcome.mentions_arrow, outcome.panel_evidence)
    finally:
        memo.stop()
    other = "0123456789abcdef"
    identity = template.identity(other)
    rows = [{**m, "article_id": other, "mention_id": o, "parent_id": p}
            for m, o, p in zip(outcome.mentions, identity[1], identity[2])]
    assert template.rows_match(identity, rows)
    changed = [dict(row) for row in rows]
    changed[0]["surface"] += "x"
    assert not template.rows_match(identity, changed)
    assert not template.rows_match(identity, rows[:-1])
    assert not template.rows_match(template.identity("fedcba9876543210"), rows)
    # What the template makes for the other identity is what the full functions make of its rows.
    assert template.arrow_for(identity) == to_arrow("mentions", rows)
    assert [h for _, h in template.hashes_for(identity, rows)] == [record_hash(row) for row in rows]
