"""Issue 16: the memos of pure per-source steps (imcovid.memo) change no output — a build of repeated captures gives
the same bytes with and without them, at one and two jobs — and they are bounded, copy their results and never
memoize a failure."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from imcovid import memo
from imcovid.annotate import annotate
from imcovid.pipeline import build

from conftest import CORPUS
from test_scale import tree_bytes


@pytest.fixture(scope="module")
def captures(tmp_path_factory) -> Path:
    """Six real posts, each captured four times: the bare original, and three copies with an HTML comment of their
    own (bytes and id differ, the text does not), as an archive's repeated captures are; one has its comment inside
    the markup."""
    folder = tmp_path_factory.mktemp("memo-seeds")
    for path in sorted(CORPUS.iterdir())[:6]:
        raw = path.read_bytes()
        (folder / f"{path.stem}-a.txt").write_bytes(raw)
        (folder / f"{path.stem}-b.txt").write_bytes(raw + b"\n<!-- capture b -->\n")
        (folder / f"{path.stem}-c.txt").write_bytes(raw + b"\n<!-- capture c -->\n")
        (folder / f"{path.stem}-d.txt").write_bytes(raw.replace(b"</p>", b"</p><!-- d -->", 1) + b"\n<!-- d -->\n")
    return folder


@pytest.fixture(scope="module")
def reference(captures, tmp_path_factory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("memo-off") / "dataset"
    with memo.disabled():
        build(captures, out, jobs=1, progress=False)
    assert all(hits == 0 for hits, _, _ in memo.stats().values())
    return tree_bytes(out)


def test_a_build_with_memos_is_byte_identical_and_uses_them(captures, reference, tmp_path):
    build(captures, tmp_path / "on", jobs=1, progress=False)
    assert tree_bytes(tmp_path / "on") == reference
    stats = memo.stats()
    # Each post's front matter is read once and served three times more.
    assert stats["front-matter"][:2] == (18, 6), stats["front-matter"]
    # Its text's story signature is computed once and served twice by the memo (the second capture, and the record
    # template made at the third: see below); the third and fourth captures, served by that template, take the
    # template's signature without asking the memo (imcovid.process).
    assert stats["story-minhash"][:2] == (12, 6), stats["story-minhash"]
    # The cleaning is keyed by the parsed blocks, white space between tags included: the bare capture ends its body
    # with other white space than the three copies that close with a comment, which share one entry.
    assert stats["clean"][:2] == (12, 12), stats["clean"]
    # A capture whose cleaning was served takes its records from the capture it repeats (imcovid.process's record
    # templates, keyed as the cleaning is): annotation runs only for the twelve cleanings computed, six of them
    # repeating a text annotated before.
    assert stats["records"][:2] == (12, 12), stats["records"]
    assert stats["annotate"][:2] == (6, 6), stats["annotate"]


def test_two_jobs_with_memos_give_the_same_bytes(captures, reference, tmp_path):
    build(captures, tmp_path / "two", jobs=2, progress=False)
    assert tree_bytes(tmp_path / "two") == reference


def test_memos_are_off_and_empty_outside_a_build(captures, tmp_path):
    build(captures, tmp_path / "out", jobs=1, progress=False)
    assert all(entries == 0 for _, _, entries in memo.stats().values())
    text = "内蒙古自治区呼和浩特市"
    first, second = annotate(text, date(2021, 11, 1)), annotate(text, date(2021, 11, 1))
    assert first == second and first is not second
    assert memo.stats()["annotate"][2] == 0


def test_a_hit_is_a_copy_the_caller_cannot_change():
    m = memo.Memo("test")
    memo.start()
    try:
        first = m.call(m.key("x"), lambda: [{"a": 1}])
        first[0]["a"] = 2
        again = m.call(m.key("x"), lambda: pytest.fail("computed twice"))
        assert again == [{"a": 1}]
        assert (m.hits, m.misses) == (1, 1)
    finally:
        memo.stop()


def test_keys_tell_inputs_apart():
    m = memo.Memo("test")
    assert m.key("a", None) != m.key("a", "")
    assert m.key(date(2021, 1, 1)) != m.key("2021-01-01")
    assert m.key("a", "b") == m.key("a", "b") != memo.Memo("other").key("a", "b")


def test_a_memo_is_bounded_and_drops_the_least_recently_used():
    m = memo.Memo("test", max_bytes=400)
    memo.start()
    try:
        for i in range(20):
            m.call(m.key(i), lambda i=i: "x" * 100 + str(i))
        assert 1 <= len(m) <= 3 and m._bytes <= 400
        m.call(m.key(19), lambda: pytest.fail("the newest entry was dropped"))
        m.call(m.key(0), lambda: "recomputed")
        assert m.misses == 21
    finally:
        memo.stop()


def test_a_failure_is_never_memoized():
    m = memo.Memo("test")
    calls = []

    def fail():
        calls.append(1)
        raise ValueError("bad input")

    memo.start()
    try:
        for _ in range(2):
            with pytest.raises(ValueError):
                m.call(m.key("bad"), fail)
        assert len(calls) == 2 and len(m) == 0
    finally:
        memo.stop()


def test_a_shared_entry_is_a_private_copy_and_bounded():
    m = memo.Memo("test", max_bytes=400)
    memo.start()
    try:
        value = [{"a": 1}]
        m.put_shared(m.key("x"), value)
        value[0]["a"] = 2  # the caller's own object: not the stored one
        assert m.get_shared(m.key("x")) == [{"a": 1}]
        assert m.get_shared(m.key("x")) is m.get_shared(m.key("x"))  # shared, not copied
        assert m.get_shared(m.key("y")) is None
        for i in range(20):
            m.put_shared(m.key(i), "x" * 100 + str(i))
        assert 1 <= len(m) <= 3 and m._bytes <= 400
        assert m.get_shared(m.key(19)) is not None and m.get_shared(m.key(0)) is None
    finally:
        memo.stop()
    assert m.get_shared(m.key(19)) is None  # nothing outside a build


def test_a_result_that_cannot_be_copied_is_returned_and_not_memoized():
    m = memo.Memo("test")
    memo.start()
    try:
        unpicklable = [lambda: None]
        assert m.call(m.key("f"), lambda: unpicklable) is unpicklable
        assert len(m) == 0 and m.call(m.key("f"), lambda: "again") == "again"
    finally:
        memo.stop()
