"""Issue 16, `--jobs 2`: a clean build's workers get the copies of one text together and do the blocks' encoding;
the writing process only decides and appends — and the bytes are those of a one-job build."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import imcovid.pipeline as pipeline
from imcovid.config import BuildConfig, load_config
from imcovid.pipeline import Task, build, list_sources, route_key

from conftest import CORPUS


def tree_bytes(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def copies(tmp_path_factory) -> Path:
    """Six real posts, each three times under other names: twice with a trailing comment of its own, once with a
    capture line added to its front matter (or, without front matter, a comment) — what an archive's captures look
    like."""
    folder = tmp_path_factory.mktemp("copies")
    posts = sorted(CORPUS.iterdir())[:6]
    for number, path in enumerate(posts):
        raw = path.read_bytes()
        for copy in range(3):
            if copy == 2 and raw.lstrip().startswith(b"---"):
                body = raw.lstrip()[3:]
                data = b"---\ncaptured: 2022-0" + str(copy + 1).encode() + b"-01" + body
            else:
                data = raw + f"\n<!-- capture {copy} -->\n".encode()
            (folder / f"{copy}-{number:02d}{path.suffix}").write_bytes(data)
    return folder


def test_route_key_ignores_front_matter_comments_and_white_space(tmp_path):
    config = load_config()
    one, two, three, other = (tmp_path / name for name in ("a.html", "b.html", "c.html", "d.html"))
    one.write_bytes(b"---\ntitle: x\ndate: 2022-01-01\n---\n<p>\xe6\x96\x87 one</p>\n")
    two.write_bytes(b"---\ntitle: x\ncaptured: 2023\n---\n<p>\xe6\x96\x87   one</p>\n<!-- copy 2 -->\n")
    three.write_bytes(b"<p>\xe6\x96\x87 one</p><!-- a\nmulti-line comment -->")
    other.write_bytes(b"---\ntitle: x\n---\n<p>\xe6\x96\x87 two</p>\n")
    keys = [route_key(Task(str(path), path.name), config) for path in (one, two, three, other)]
    assert keys[0] == keys[1] == keys[2] != keys[3]
    assert route_key(Task(str(one), "a.html", "unsupported file extension"), config) is None
    assert route_key(Task(str(tmp_path / "missing.html"), "missing.html"), config) is None
    small = BuildConfig(**{**config.model_dump(), "max_source_bytes": 10})
    assert route_key(Task(str(one), "a.html"), small) is None


class _Done:
    def __init__(self, value):
        self.value = value

    def get(self):
        return self.value

    def ready(self):
        return True


class _InlineWorkers(pipeline._Workers):
    """The routing without processes: each task runs at once, and the worker it was given to is recorded."""

    def __init__(self, jobs: int) -> None:
        self.pools = [None] * jobs
        self.load = [0] * jobs
        self.given: dict[str, int] = {}

    def submit(self, worker, function, *args):
        if function is pipeline._stage_chunk:
            for task in args[0]:
                self.given[task.source_file] = worker
        return _Done(function(*args))

    def close(self) -> None:
        pass


def test_copies_of_one_text_go_to_one_worker_and_the_workers_share_the_posts(copies, monkeypatch):
    config = load_config()
    sources = list_sources(copies, config)
    calls = []
    monkeypatch.setattr(pipeline, "stage_source", lambda task, *args, **kwargs: calls.append(task) or task.source_file)
    workers = _InlineWorkers(2)
    out = list(pipeline._run_stage_routed(sources, config, "key", workers, progress=False))
    assert out == [task.source_file for task in sources]  # in source order, each once
    by_text: dict[bytes, set[int]] = {}
    for task in sources:
        by_text.setdefault(route_key(task, config), set()).add(workers.given[task.source_file])
    assert len(by_text) == 6 and all(len(given) == 1 for given in by_text.values())
    assert sorted(workers.load) == [9, 9]


def test_a_text_whose_worker_is_far_ahead_moves_to_the_other(tmp_path, monkeypatch):
    config = load_config()
    for number in range(200):  # one text only: its worker would otherwise get every copy
        (tmp_path / f"{number:03d}.html").write_bytes(f"<p>same text</p><!-- {number} -->".encode())
    sources = list_sources(tmp_path, config)
    monkeypatch.setattr(pipeline, "stage_source", lambda task, *args, **kwargs: task.source_file)
    workers = _InlineWorkers(2)
    out = list(pipeline._run_stage_routed(sources, config, "key", workers, progress=False))
    assert out == [task.source_file for task in sources]
    assert min(workers.load) >= 200 // 2 - pipeline.WINDOW_PER_JOB * 2


def test_two_jobs_give_the_bytes_of_one_and_the_writing_process_encodes_no_block(copies, tmp_path, monkeypatch):
    import imcovid.publish.parquet as parquet

    blocks = BuildConfig(**{**load_config().model_dump(), "shard_sources": 6})
    one = tmp_path / "one"
    build(copies, one, jobs=1, progress=False, config=blocks)
    assert len(list((one / "mentions").iterdir())) >= 2, "the test needs several blocks"
    encoded = []  # in this process only: a forked worker appends to its own copy
    write_group = parquet.ConfigWriter._write_group

    def counting(self, table):
        encoded.append(self.config)
        return write_group(self, table)

    monkeypatch.setattr(parquet.ConfigWriter, "_write_group", counting)
    two = tmp_path / "two"
    build(copies, two, jobs=2, progress=False, config=blocks)
    assert tree_bytes(two) == tree_bytes(one)
    assert encoded and not {"articles", "mentions", "provenance"} & set(encoded), encoded
    shutil.rmtree(two)
    build(copies, two, jobs=3, progress=False)  # one block, three workers
    build(copies, tmp_path / "single", jobs=1, progress=False)
    assert tree_bytes(two) == tree_bytes(tmp_path / "single")


def _broken(*args):
    raise RuntimeError("encoding failed in a worker")


def test_a_worker_that_fails_to_encode_fails_the_build_and_leaves_no_folder(copies, tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "encode_mentions_block", _broken)
    out = tmp_path / "out"
    with pytest.raises(RuntimeError, match="encoding failed in a worker"):
        build(copies, out, jobs=2, progress=False)
    assert not out.exists() and not list(tmp_path.glob("out.tmp-*"))
