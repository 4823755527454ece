"""The block-parallel clean build (imcovid.blockwise): the same bytes as the one-writer build for any --jobs, with
many blocks, duplicates, rejections and the harvest's origins; a worker's error fails the build; the routing and
the story spills, table-driven."""

from __future__ import annotations

from pathlib import Path

import pytest

from imcovid import blockwise
from imcovid.config import BuildConfig, load_config
from imcovid.pending import StoryPending
from imcovid.pipeline import BuildFailed, build, list_sources, source_blocks
from imcovid.process import Task

from conftest import CORPUS, SEEDS, seeds_with_corpus


def tree_bytes(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def mixed_seeds(tmp_path_factory) -> Path:
    """seeds/ (with its origins manifest) and the corpus sample, plus a repeated capture (same bytes), captures that
    differ by a trailing comment only, an empty file and a file of another kind."""
    return seeds_with_corpus(tmp_path_factory.mktemp("blockwise-seeds"), 3, empty=True)


def many_blocks() -> BuildConfig:
    return BuildConfig(**{**load_config().model_dump(), "shard_sources": 6})


def test_blockwise_is_used_for_a_clean_build_with_jobs_only():
    sources = [Task("a", "a"), Task("b", "b")]
    assert blockwise.usable("local", None, 2, sources)
    assert not blockwise.usable("local", None, 1, sources)
    assert not blockwise.usable("local", Path("cache"), 2, sources)
    assert not blockwise.usable("datatrove", None, 2, sources)
    assert not blockwise.usable("local", None, 2, sources[:1])


@pytest.mark.parametrize("config", [None, "many"], ids=["default-blocks", "many-blocks"])
def test_blockwise_builds_the_one_writer_bytes_for_any_jobs(mixed_seeds, tmp_path, config):
    config = many_blocks() if config else load_config()
    if config.shard_sources == 6:
        assert len(source_blocks(list_sources(mixed_seeds, config), config)) > 5
    report = build(mixed_seeds, tmp_path / "one", jobs=1, progress=False, config=config)
    assert report.duplicates and report.rejected
    expected = tree_bytes(tmp_path / "one")
    for jobs in (2, 3):
        again = build(mixed_seeds, tmp_path / f"jobs{jobs}", jobs=jobs, progress=False, config=config)
        assert tree_bytes(tmp_path / f"jobs{jobs}") == expected
        assert again.summary() == report.summary()


def test_a_failing_worker_fails_the_build_and_leaves_no_output(mixed_seeds, tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise ValueError("a block could not be written")

    monkeypatch.setattr(blockwise, "_write_block", broken)
    with pytest.raises(ValueError, match="a block could not be written"):
        build(mixed_seeds, tmp_path / "out", jobs=2, progress=False)
    assert not (tmp_path / "out").exists()
    assert not list(tmp_path.glob("out.tmp-*"))


class _TwoArgumentError(Exception):
    """Dumps with pickle but cannot be loaded again (its __init__ wants two arguments, its args hold one)."""

    def __init__(self, a, b):
        super().__init__(f"{a}: {b}")


def test_a_worker_error_that_cannot_be_loaded_again_still_says_what_failed(mixed_seeds, tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise _TwoArgumentError("block", "could not be written")

    monkeypatch.setattr(blockwise, "_write_block", broken)
    with pytest.raises(RuntimeError, match="_TwoArgumentError: block: could not be written"):
        build(mixed_seeds, tmp_path / "out", jobs=2, progress=False)
    assert not (tmp_path / "out").exists()


def test_a_worker_that_dies_fails_the_build(mixed_seeds, tmp_path, monkeypatch):
    import os

    monkeypatch.setattr(blockwise, "_write_story", lambda *args: os._exit(3))
    with pytest.raises(BuildFailed, match="stopped unexpectedly"):
        build(mixed_seeds, tmp_path / "out", jobs=2, progress=False)


def test_a_result_that_cannot_be_pickled_fails_the_build_instead_of_hanging(mixed_seeds, tmp_path, monkeypatch):
    # The queue's feeder thread pickled results after put() returned: a failure there was a line on stderr and the
    # main process waited for ever. The worker now pickles its message itself, inside its try.
    monkeypatch.setattr(blockwise, "_write_story", lambda *args: {"parts": [], "shas": [], "run": lambda: None})
    with pytest.raises(Exception, match="pickle"):
        build(mixed_seeds, tmp_path / "out", jobs=2, progress=False)
    assert not (tmp_path / "out").exists()


def test_a_worker_that_fails_to_start_stops_the_others(mixed_seeds, tmp_path, monkeypatch):
    import multiprocessing.process

    started = []
    real_start = multiprocessing.process.BaseProcess.start

    def start(self):
        if started:
            raise OSError("no more processes")
        started.append(self)
        real_start(self)

    monkeypatch.setattr(multiprocessing.process.BaseProcess, "start", start)
    with pytest.raises(OSError, match="no more processes"):
        build(mixed_seeds, tmp_path / "out", jobs=2, progress=False)
    started[0].join(timeout=30)
    assert not started[0].is_alive()
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("rejections, staged", [
    # (each source's rejection, the source the main process stages before the fork to load the models)
    ([None, None], "s0"),
    (["symlink", None, None], "s1"),  # a source rejected unread loads nothing
    (["empty"] * 3, None),  # nothing to stage: the workers load what they need
])
def test_warm_stages_the_first_readable_source_before_the_fork(monkeypatch, default_config, rejections, staged):
    import imcovid.pipeline

    calls = []

    def stage(task, *args, **kwargs):
        calls.append(task.source_file)
        raise ValueError("a warm-up error is the worker's to report")

    monkeypatch.setattr(imcovid.pipeline, "stage_source", stage)
    sources = [Task(f"p{i}", f"s{i}", rejection) for i, rejection in enumerate(rejections)]
    blockwise._warm(sources, default_config, "key")  # never raises
    assert calls == ([staged] if staged else [])


@pytest.fixture
def default_config() -> BuildConfig:
    return load_config()


class _Outbox:
    """A queue whose gets answer from a list: queue.Empty for None."""

    def __init__(self, answers):
        self.answers = list(answers)

    def get(self, timeout=None):
        import queue

        answer = self.answers.pop(0)
        if answer is None:
            raise queue.Empty
        return answer


class _Process:
    def __init__(self, alive, exitcode=None):
        self.alive, self.exitcode = alive, exitcode

    def is_alive(self):
        return self.alive


@pytest.mark.parametrize("answers, alive, expected", [
    # (what the outbox gives on each get, whether the worker lives, the message or the error expected)
    ([("stage", 0, 1, [])], True, ("stage", 0, 1, [])),  # a message: loaded
    ([None], True, None),  # nothing yet, every worker alive: wait again
    ([None, ("error", 0, "trace", ValueError("x"))], False, ("error", 0, "trace", "x")),  # its error, not its exit
    ([None, None], False, "stopped unexpectedly \\(exit code 0\\)"),  # nothing sent: its exit code
])
def test_receive_reads_what_a_stopped_worker_sent_before_its_exit_code(answers, alive, expected):
    import pickle

    outbox = _Outbox(None if answer is None else pickle.dumps(answer) for answer in answers)
    processes = [_Process(True), _Process(alive, None if alive else 0)]
    if isinstance(expected, str):
        with pytest.raises(BuildFailed, match=expected):
            blockwise._receive(outbox, processes, poll=0)
        return
    got = blockwise._receive(outbox, processes, poll=0)
    if got is not None and isinstance(got[3], Exception):
        got = (*got[:3], str(got[3]))
    assert got == expected


@pytest.mark.parametrize("routed, loads", [
    # (keys routed in order, each worker's load after them)
    ([b"a", b"b", b"a", b"a"], [3, 1]),  # a text's captures stay with its worker
    ([b"a", b"b", b"c", b"d"], [2, 2]),  # a new text goes to the least loaded worker
    ([b"a"] * (blockwise.ROUTE_SLACK + 3), [blockwise.ROUTE_SLACK + 1, 2]),  # a text too far ahead moves
    ([b"a", b"b", b"c", b"d", b"e", b"a"], [3, 3]),  # a key forgotten (only 4 kept) is routed as new
])
def test_router(routed, loads):
    router = blockwise.Router(2, keep=4)
    for key in routed:
        router.route(key)
    assert router.load == loads


@pytest.mark.parametrize("content, same_as", [
    # captures of one post: the same key
    (b"---\ntitle: 'A'\ndate: 2021\n---\n<p>x</p>\n<!-- copy 2 -->\n", b"---\ntitle: 'A'\ndate: 2022\n---\n<p>y</p>\n"),
    (b"<p>text</p>\n<!-- capture 1 -->\n", b"<p>text</p>\n<!-- capture 2 -->"),
])
def test_route_key_of_captures(tmp_path, content, same_as):
    config = load_config()
    (tmp_path / "a.txt").write_bytes(content)
    (tmp_path / "b.txt").write_bytes(same_as)
    key = blockwise.route_key(Task(str(tmp_path / "a.txt"), "a.txt"), config)
    assert key == blockwise.route_key(Task(str(tmp_path / "b.txt"), "b.txt"), config)
    (tmp_path / "c.txt").write_bytes(b"<p>another text</p>\n")
    assert key != blockwise.route_key(Task(str(tmp_path / "c.txt"), "c.txt"), config)
    # unreadable or rejected sources are routed by their path
    assert blockwise.route_key(Task(str(tmp_path / "missing.txt"), "missing.txt"), config) == b"missing.txt"


def test_story_spill_replays_rows_given_every_way_in_order(tmp_path):
    """Rows added as dicts, as final Arrow rows and as prepared rows (story column empty, JSON cut around it) come
    back in order with the story column filled in and their record hashes — also from a parked spill reopened by
    another writer, as a block-parallel build's story task does."""
    import pyarrow.parquet as pq

    from imcovid.publish.parquet import BATCH_ROWS, to_arrow
    from imcovid.publish.release import hash_parts, record_hash

    published = pq.read_table(Path(__file__).resolve().parents[1] / "dataset" / "provenance" / "train.parquet")
    base = published.to_pylist()
    rows, expected = [], []
    for index in range(BATCH_ROWS + 40):
        row = {**base[index % len(base)], "source_file": f"copy-{index:04d}.txt", "story_id": None}
        story = None if index % 4 == 3 else (f"article-{index % 5}", f"fallback-{index}")
        groups_value = {"article-1": ("grouped", True)}.get(story[0]) if story else None
        final = {**row, "story_id": None if story is None else (groups_value or (story[1], True))[0]}
        rows.append((index, row, story))
        expected.append((final, record_hash(final)))

    def spill(folder: Path) -> StoryPending:
        pending = StoryPending("provenance", folder, "provenance-b00000")
        for index, row, story in rows:
            if story is None:
                pending.add_arrow(to_arrow("provenance", [row]), row["source_file"], record_hash(row))
            elif index % 4 == 0:
                pending.add(row, story)
            else:
                pending.add_prepared(to_arrow("provenance", [row]), row["source_file"], story,
                                     hash_parts(row, ("story_id",)))
        return pending

    groups = {"article-1": ("grouped", True)}
    for reopened in (False, True):
        folder = tmp_path / str(reopened)
        folder.mkdir()
        pending = spill(folder)
        if reopened:
            pending.park()
            pending = StoryPending("provenance", folder, "provenance-b00000", parked=True)
        got_rows, got_hashes = [], []
        for batch, keyed in pending.replay(groups):
            assert batch.num_rows <= BATCH_ROWS
            got_rows += batch.to_pylist()
            got_hashes += keyed
        assert [row["source_file"] for row in got_rows] == [row["source_file"] for row, _ in expected]
        assert [row["story_id"] for row in got_rows] == [row["story_id"] for row, _ in expected]
        assert got_hashes == [(row["source_file"], hashed) for row, hashed in expected]
