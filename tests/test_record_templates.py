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
    # Its provenance row's too (ProvenanceTemplate): compared below through prepare_provenance.
    fields.pop("provenance_arrow"), fields.pop("provenance_parts")
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
        # The provenance row came from the first capture's template, with this capture's identity.
        assert served.provenance_arrow is not None and served.provenance_arrow == prepared.provenance_arrow
        assert served.provenance_parts == prepared.provenance_parts
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


def _template_of(path: Path, tmp_path: Path, config):
    """The record template made by processing one capture of ``path`` in a build's memos, and that capture."""
    (tmp_path / "a.txt").write_bytes(path.read_bytes() + b"\n<!-- one capture -->\n")
    memo.start()
    try:
        first = process(Task(str(tmp_path / "a.txt"), "a.txt"), config)
        templates = memo.memo("records")._shared
        assert len(templates) == 1
        (template, _), = templates.values()
        # A text's first capture keeps what its template is made of; the template is made at its second capture.
        template = template.grow()
    finally:
        memo.stop()
    return template, first


def test_a_served_capture_is_not_validated_again_and_gets_the_validated_rows(config, tmp_path, monkeypatch):
    # The capture whose cleaned fields equal the template's gets its rows from RecordTemplate.records_for, without
    # a call into pydantic for its article and mentions; the rows are those the full validation gives.
    import imcovid.process as process_module

    path = sorted((DATA / "real" / "raw").iterdir())[0]
    raw = path.read_bytes()
    (tmp_path / "a.txt").write_bytes(raw + b"\n<!-- one capture -->\n")
    (tmp_path / "b.txt").write_bytes(raw + b"\n<!-- another capture -->\n")
    task = Task(str(tmp_path / "b.txt"), "deeper/b.txt")
    with memo.disabled():
        reference = process(task, config)
    calls = []
    original = process_module.AnnotatedArticle.model_validate
    monkeypatch.setattr(process_module.AnnotatedArticle, "model_validate",
                        lambda *a, **k: calls.append(1) or original(*a, **k))
    memo.start()
    try:
        process(Task(str(tmp_path / "a.txt"), "a.txt"), config)
        assert len(calls) == 1
        served = process(task, config)
    finally:
        memo.stop()
    assert len(calls) == 1  # the second capture was served
    assert _outcome_fields(served) == _outcome_fields(reference)
    assert list(served.article) == list(reference.article)  # same keys in the same order
    assert [list(m) for m in served.mentions] == [list(m) for m in reference.mentions]


def test_records_for_serves_only_equal_fields_and_a_valid_identity(config, tmp_path):
    template, first = _template_of(sorted(CORPUS.iterdir())[0], tmp_path, config)
    # The capture's cleaned fields, equal to the template's (not read back from the article row: the row adds what the
    # model derives, e.g. each image's credit_name).
    fields = dict(template.fields)
    sha = "0123456789abcdef" + "0" * 48
    identity = template.identity(sha[:16])
    article, rows = template.records_for(identity, "x/y.txt", sha, fields)
    assert article == {**first.article, "id": sha[:16], "source_file": "x/y.txt", "source_sha256": sha}
    assert [row["mention_id"] for row in rows] == identity[1]
    # Anything the template cannot vouch for goes to full validation (None).
    changed = {**fields, "title": fields["title"] + "x"}
    assert template.records_for(identity, "x/y.txt", sha, changed) is None
    assert template.records_for(identity, "", sha, fields) is None  # source_file must not be empty
    assert template.records_for(identity, "x/y.txt", sha.upper(), fields) is None  # not a lower-case sha256
    other = "f" * 16 + sha[16:]
    assert template.records_for(identity, "x/y.txt", other, fields) is None  # id is not the sha256's prefix
    short = template.identity("0123456789abcde")
    assert template.records_for(short, "x/y.txt", "0123456789abcde" + "0" * 49, fields) is None


def test_panel_rows_of_another_identity_are_those_evidence_rows_makes(config, tmp_path):
    from imcovid.panel import evidence_rows

    checked = 0
    for path in sorted((DATA / "real-5" / "raw").iterdir())[:6]:
        template, _ = _template_of(path, tmp_path, config)
        if not template.evidence:
            continue
        assert template.panel_rows is not None
        for other in ("fedcba9876543210", "0000000000000001"):
            identity = template.identity(other)
            evidence, rows = template.evidence_for(identity)
            assert rows == evidence_rows(evidence)
            assert all(record["article_id"] == other for record in evidence)
        checked += 1
    assert checked


def test_a_capture_under_a_path_of_another_length_gets_the_same_rows_as_the_full_path(config, tmp_path):
    # The Arrow bytes are patched in place only for identity values of the template's lengths; a longer path (and
    # a size with more digits) takes the conversions, and the rows are the same as the full path's.
    path = sorted((DATA / "real" / "raw").iterdir())[1]
    raw = path.read_bytes()
    (tmp_path / "a.txt").write_bytes(raw + b"\n<!-- one capture -->\n")
    (tmp_path / "b.txt").write_bytes(raw + b"\n<!-- another capture, with a longer comment " + b"x" * 20000 + b" -->\n")
    task = Task(str(tmp_path / "b.txt"), "a/much/longer/path/to/the/capture-b.txt")
    with memo.disabled():
        reference = prepare_provenance(process(task, config))
    memo.start()
    try:
        process(Task(str(tmp_path / "a.txt"), "a.txt"), config)
        served = process(task, config)
        assert memo.stats()["records"][:2] == (1, 1)
    finally:
        memo.stop()
    assert served.provenance_arrow is None  # not patched: prepare_provenance converts it
    assert prepare_provenance(served) == reference


def test_a_template_is_made_at_a_texts_second_capture_only(config, tmp_path, monkeypatch):
    # A text seen once makes no template (most texts of a corpus are seen once); its second capture makes it from
    # the first capture's copy and is served by it, as it was when the first capture made it.
    import imcovid.process as process_module

    made = []
    original = process_module.RecordTemplate.make
    monkeypatch.setattr(process_module.RecordTemplate, "make",
                        classmethod(lambda cls, *a, **k: made.append(1) or original.__func__(cls, *a, **k)))
    raw = sorted((DATA / "real" / "raw").iterdir())[1].read_bytes()
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_bytes(raw + f"\n<!-- capture {name} -->\n".encode())
    with memo.disabled():
        reference = process(Task(str(tmp_path / "c.txt"), "c.txt"), config)
    memo.start()
    try:
        process(Task(str(tmp_path / "a.txt"), "a.txt"), config)
        assert made == []
        process(Task(str(tmp_path / "b.txt"), "b.txt"), config)
        assert made == [1]
        served = process(Task(str(tmp_path / "c.txt"), "c.txt"), config)
        assert made == [1]
    finally:
        memo.stop()
    assert _outcome_fields(served) == _outcome_fields(reference)
    assert served.provenance_arrow is not None


def test_without_rows_a_served_capture_has_the_same_records_but_no_mention_dicts(config, tmp_path):
    # The build's writer keeps the mentions' Arrow bytes and hashes only (pipeline._slim): process_raw(rows=False)
    # does not make the dicts of a served capture; everything else is what rows=True gives.
    from imcovid.process import process_raw

    raw = sorted((DATA / "real" / "raw").iterdir())[2].read_bytes()
    captures = [raw + f"\n<!-- capture {name} -->\n".encode() for name in "abc"]
    outcomes = {}
    for rows in (True, False):
        memo.start()
        try:
            outcomes[rows] = [process_raw(Task(f"{i}.txt", f"{i}.txt"), data, config, rows=rows)[0]
                              for i, data in enumerate(captures)]
        finally:
            memo.stop()
    with_rows, without = outcomes[True][2], outcomes[False][2]
    assert without.mentions == [] and len(with_rows.mentions) > 0
    assert {**vars(without), "mentions": with_rows.mentions} == vars(with_rows)
