"""Two-job builds after session 16: the feed of the block-parallel build (imcovid.blockwise.Feed) no longer stops for
every worker when the next source's worker is full. Sources are routed in source order, each to the worker that holds
its text (imcovid.blockwise.Router); until release 20, a source whose worker already held ``WINDOW`` sources stopped
the feed, and the other worker ran dry behind it (2,000 replicated posts: about a fifth of the feed's 400 stops found
the other worker below two chunks, some at none). Now each worker's routed sources wait in its own backlog, up to a
lookahead past the last decided source. Only an order of work: the bytes are those of ``--jobs 1``."""

from __future__ import annotations

from pathlib import Path

import pytest

import imcovid.pipeline as pipeline
from imcovid import blockwise
from imcovid.config import BuildConfig, load_config
from imcovid.process import Task

from conftest import seeds_with_corpus


def feed_of(keys: str, blocks: list[int] | None = None, lookahead: int = 100, jobs: int = 2):
    """A Feed over one source per letter of ``keys`` (the letter is the source's text), and what it sends."""
    sources = [Task(f"/{i}", f"{i}-{key}") for i, key in enumerate(keys)]
    block_of = blocks or [0] * len(keys)
    feed = blockwise.Feed(sources, block_of, [0] * (max(block_of) + 1), jobs,
                          lambda task: task.source_file.split("-")[1].encode(), lookahead)
    sent: list[tuple[int, int, list[int]]] = []  # (worker, block, source indexes)
    return feed, sent, lambda worker, message: sent.append((worker, message[1], [i for i, _ in message[2]]))


@pytest.fixture
def small(monkeypatch):
    monkeypatch.setattr(blockwise, "WINDOW", 2)
    monkeypatch.setattr(blockwise, "CHUNK", 2)


@pytest.mark.parametrize("keys, expected", [
    # (each source's text, what each worker is sent by the first call: a window of 2, chunks of 2)
    ("aaaabb", [(0, 0, [0, 1]), (1, 0, [4, 5])]),  # worker 0 full after two: worker 1 still gets its sources
    ("abab", [(0, 0, [0, 2]), (1, 0, [1, 3])]),
    ("aaaaaa", [(0, 0, [0, 1])]),  # one text: the rest waits for room in its worker
])
def test_a_full_worker_does_not_stop_the_others(small, keys, expected):
    feed, sent, put = feed_of(keys)
    feed(0, put)
    assert sent == expected
    assert feed.ahead == [sum(len(s) for w, _, s in expected if w == worker) for worker in range(2)]


def test_a_worker_gets_its_sources_in_source_order_as_it_has_room(small):
    feed, sent, put = feed_of("aaaabb")
    feed(0, put)
    sent.clear()
    feed(0, put)  # no room anywhere: nothing sent
    assert sent == []
    feed.ahead[0] -= 1  # worker 0 summarized one source
    feed(0, put)
    assert sent == [(0, 0, [2])]
    feed.ahead[0] -= 2
    feed(0, put)
    assert sent[1:] == [(0, 0, [3])]
    assert feed.staged_by == [0, 0, 0, 0, 1, 1]


def test_the_lookahead_bounds_the_sources_routed_past_the_last_decided_one(small):
    feed, sent, put = feed_of("abababab", lookahead=3)
    feed(0, put)
    assert feed.fed == 3 and sent == [(0, 0, [0, 2]), (1, 0, [1])]
    feed(2, put)  # two decided: two more may be routed
    assert feed.fed == 5


def test_a_message_holds_one_block(small):
    feed, sent, put = feed_of("aaa", blocks=[0, 1, 1])
    feed(0, put)
    assert sent == [(0, 0, [0]), (0, 1, [1])]


def many_blocks() -> BuildConfig:
    return BuildConfig(**{**load_config().model_dump(), "shard_sources": 6})


def tree_bytes(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def seeds(tmp_path_factory) -> Path:
    """The corpus sample with many captures of one text (one key: its worker fills first), a duplicate, an empty file
    and a file of another kind."""
    return seeds_with_corpus(tmp_path_factory.mktemp("jobs-s16-seeds"), 12, empty=True)


@pytest.fixture(scope="module")
def one_job(seeds, tmp_path_factory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("jobs-s16-one") / "out"
    pipeline.build(seeds, out, jobs=1, progress=False, config=many_blocks())
    return tree_bytes(out)


@pytest.mark.parametrize("jobs", [2, 3])
@pytest.mark.parametrize("cache", [False, True])
def test_sources_past_a_full_worker_give_the_one_job_bytes(seeds, one_job, tmp_path, monkeypatch, jobs, cache):
    """A window of 2, chunks of 1, a lookahead of 5 per job: the feed meets full workers all the time and hands the
    others sources past them; the dataset is the one-job build's, clean and with a cold cache (whose workers store
    what they staged), and so is the rebuild from that cache."""
    monkeypatch.setattr(blockwise, "WINDOW", 2)
    monkeypatch.setattr(blockwise, "CHUNK", 1)
    monkeypatch.setattr(blockwise, "LOOKAHEAD_PER_JOB", 5)
    passed = []
    original = blockwise.Feed.__call__

    def spy(self, decided, put):
        sent = []
        original(self, decided, lambda worker, message: (sent.append((worker, message)), put(worker, message)))
        # A source handed out while an earlier one waits in a full worker's backlog: what the old feed never did.
        waiting = [self.backlog[w][0] for w in range(len(self.backlog)) if self.backlog[w]]
        if waiting and any(index > min(waiting) for _, message in sent for index, _ in message[2]):
            passed.append(decided)

    monkeypatch.setattr(blockwise.Feed, "__call__", spy)
    cache_dir = tmp_path / "cache" if cache else None
    pipeline.build(seeds, tmp_path / "out", jobs=jobs, progress=False, config=many_blocks(), cache_dir=cache_dir)
    assert passed, "no source passed a full worker: the test does not reach what it is for"
    assert tree_bytes(tmp_path / "out") == one_job
    if cache:
        pipeline.build(seeds, tmp_path / "again", jobs=jobs, progress=False, config=many_blocks(), cache_dir=cache_dir)
        assert tree_bytes(tmp_path / "again") == one_job
