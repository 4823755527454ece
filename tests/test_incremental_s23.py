"""Session 23 (issue 16 item 1, the one-post rebuild at two jobs). No timed assertions: behaviour only.

With a second job, a rebuild that has too few sources to process for a pool (``pipeline.INLINE_MISSES``) processes
them in forked children (:class:`imcovid.pipeline._Beside`) while the main process looks up the rest, and the last panel
config (``pipeline.PANELS_BESIDE``) is written by a forked child (:func:`imcovid.pipeline._panels_beside`) while the
main process writes the story configs and the other panel config. The bytes must stay a one-job clean build's; a child that fails must be replaced by the same work in
the main process, whatever it left behind; a failing main process must kill and reap its children; one job forks
nothing of this."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from imcovid import pipeline, sidejob
from imcovid.pipeline import BuildFailed, build

from test_scale import clean_build_bytes, first_corpus_posts, tree_bytes


@pytest.fixture(autouse=True)
def _alone_in_the_process(monkeypatch):
    """As in test_incremental_s22: threads an earlier test left alive must not stop the side jobs under test."""
    monkeypatch.setattr(sidejob, "_fork_is_safe", lambda: sidejob.sys.platform.startswith("linux"))


@pytest.fixture(scope="module")
def posts(tmp_path_factory) -> Path:
    return first_corpus_posts(tmp_path_factory.mktemp("s23-posts"), 10)


def _kinds(monkeypatch) -> list[str]:
    """The side jobs started from now on, by what they do: "miss", "panels" or "other" (PROV)."""
    started = []
    real = sidejob.start

    def counting(work):
        job = real(work)
        name = getattr(work, "__qualname__", "")  # a miss's work is a partial (of stage_source): it has none
        started.append("panels" if name.startswith("_panels_beside") else "other" if name else "miss")
        return job

    monkeypatch.setattr(sidejob, "start", counting)
    return started


def _warm(posts: Path, tmp_path: Path, jobs: int = 2) -> tuple[Path, Path]:
    seeds, cache = tmp_path / "seeds", tmp_path / "cache"
    shutil.copytree(posts, seeds)
    build(seeds, tmp_path / "first", jobs=jobs, progress=False, cache_dir=cache)
    return seeds, cache


def _touch(path: Path, note: str) -> None:
    path.write_bytes(path.read_bytes() + f"\n<!-- {note} -->\n".encode())


# --- which children a build starts --------------------------------------------------------------------------------

@pytest.mark.parametrize("jobs, changed, expected", [
    (2, 1, ["miss", "panels", "other"]),            # one post changed: its child, the panels' child, PROV's
    (2, 2, ["miss", "miss", "panels", "other"]),    # two: INLINE_MISSES, each in a child of its own
    (2, 0, ["panels", "other"]),                     # nothing to process: no miss child (negative)
    (1, 1, []),                                      # one job: no child at all (negative)
])
def test_a_rebuild_forks_what_its_jobs_and_misses_call_for_and_equals_a_clean_build(posts, tmp_path, monkeypatch,
                                                                                      jobs, changed, expected):
    seeds, cache = _warm(posts, tmp_path, jobs)
    names = sorted(seeds.iterdir())
    for number in range(changed):
        _touch(names[3 + 3 * number], f"changed {number}")
    started = _kinds(monkeypatch)
    build(seeds, tmp_path / "rebuilt", jobs=jobs, progress=False, cache_dir=cache)
    assert started == expected
    assert tree_bytes(tmp_path / "rebuilt") == clean_build_bytes(seeds, tmp_path / "clean")


def test_more_misses_than_inline_go_to_a_pool_and_their_children_are_cancelled(posts, tmp_path, monkeypatch):
    """Negative: three changed posts: the two newest are found first (two children), the third makes a pool worth
    it; the children are killed and reaped, the pool processes all three, the bytes are a clean build's."""
    seeds, cache = _warm(posts, tmp_path)
    started_jobs = []
    real = sidejob.start

    def keeping(work):
        job = real(work)
        started_jobs.append(job)
        return job

    monkeypatch.setattr(sidejob, "start", keeping)
    names = sorted(seeds.iterdir())
    for number, index in enumerate((1, 4, 7)):
        _touch(names[index], f"changed {number}")
    build(seeds, tmp_path / "rebuilt", jobs=2, progress=False, cache_dir=cache)
    for job in started_jobs:
        with pytest.raises(ChildProcessError):  # reaped: no zombie left
            os.waitpid(job.pid, os.WNOHANG)
    assert tree_bytes(tmp_path / "rebuilt") == clean_build_bytes(seeds, tmp_path / "clean")


# --- a child that fails -------------------------------------------------------------------------------------------

def test_a_failed_miss_child_is_replaced_by_the_work_in_the_main_process(posts, tmp_path, monkeypatch):
    """Negative: processing the post fails in the child only (killed, out of memory): the main process does it."""
    seeds, cache = _warm(posts, tmp_path)
    _touch(sorted(seeds.iterdir())[5], "changed")
    parent = os.getpid()
    real = pipeline.stage_source

    def dies_in_the_child(*args, **kwargs):
        if os.getpid() != parent:
            os._exit(3)
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "stage_source", dies_in_the_child)
    started = _kinds(monkeypatch)
    build(seeds, tmp_path / "rebuilt", jobs=2, progress=False, cache_dir=cache)
    assert started[0] == "miss"
    assert tree_bytes(tmp_path / "rebuilt") == clean_build_bytes(seeds, tmp_path / "clean")


def test_a_failed_panels_child_leaves_nothing_the_main_process_would_keep(posts, tmp_path, monkeypatch):
    """Negative: the child writes the panels, adds a stray part file and a record row, then dies: the main process
    removes what it left (a second writer would append to its record-hash file) and writes the same bytes."""
    seeds, cache = _warm(posts, tmp_path)
    _touch(sorted(seeds.iterdir())[2], "changed")
    parent = os.getpid()
    real = pipeline._write_panels

    def dies_after_writing(tmp, scratch, *args, **kwargs):
        real(tmp, scratch, *args, **kwargs)
        if os.getpid() != parent:
            from imcovid.publish.release import RecordHashes

            for name in pipeline.PANELS_BESIDE:  # what the child writes (the main process writes the others)
                (tmp / name).mkdir(exist_ok=True)
                (tmp / name / "stray.parquet").write_bytes(b"half a file")
                records = RecordHashes(scratch / f".{name}.records.sqlite")
                records.add("stray-key", "0" * 64)
                records.finish()
            os._exit(3)

    monkeypatch.setattr(pipeline, "_write_panels", dies_after_writing)
    started = _kinds(monkeypatch)
    build(seeds, tmp_path / "rebuilt", jobs=2, progress=False, cache_dir=cache)
    assert "panels" in started
    assert tree_bytes(tmp_path / "rebuilt") == clean_build_bytes(seeds, tmp_path / "clean")


def test_no_fork_means_the_one_job_path(posts, tmp_path, monkeypatch):
    """Negative: where no child can be forked (another thread alive, not Linux) everything runs in the main process,
    with the same bytes."""
    seeds, cache = _warm(posts, tmp_path)
    _touch(sorted(seeds.iterdir())[6], "changed")
    monkeypatch.setattr(sidejob, "_fork_is_safe", lambda: False)
    build(seeds, tmp_path / "rebuilt", jobs=2, progress=False, cache_dir=cache)
    assert tree_bytes(tmp_path / "rebuilt") == clean_build_bytes(seeds, tmp_path / "clean")


# --- a main process that fails ------------------------------------------------------------------------------------

def test_a_failing_story_step_kills_the_panels_child_and_leaves_no_folder(posts, tmp_path, monkeypatch):
    """Negative: the stories' grouping fails while the panels child still runs: the child is killed and reaped
    before the temporary folder is removed, and nothing is left beside the output folder."""
    seeds, cache = _warm(posts, tmp_path)
    _touch(sorted(seeds.iterdir())[1], "changed")
    parent = os.getpid()
    real = pipeline._write_panels

    def slow(*args, **kwargs):
        if os.getpid() != parent:
            time.sleep(2)
        return real(*args, **kwargs)

    def broken(*args, **kwargs):
        raise RuntimeError("grouping failed")

    monkeypatch.setattr(pipeline, "_write_panels", slow)
    monkeypatch.setattr(pipeline, "_grouped", broken)
    started_jobs = []
    real_start = sidejob.start

    def keeping(work):
        job = real_start(work)
        started_jobs.append(job)
        return job

    monkeypatch.setattr(sidejob, "start", keeping)
    out = tmp_path / "parent" / "out"
    out.parent.mkdir()
    with pytest.raises((RuntimeError, BuildFailed)):
        build(seeds, out, jobs=2, progress=False, cache_dir=cache)
    assert started_jobs
    for job in started_jobs:
        with pytest.raises(ChildProcessError):
            os.waitpid(job.pid, os.WNOHANG)
    time.sleep(2.5)  # had the child lived on, it would have written the panels into the removed folder by now
    assert list(out.parent.iterdir()) == []


# --- the miss child's object --------------------------------------------------------------------------------------

def _sleepy(task):
    time.sleep(30)
    return task


@pytest.mark.parametrize("fork_ok, in_child", [(True, True), (False, False)])
def test_beside_gives_the_childs_value_or_does_the_work_here(monkeypatch, fork_ok, in_child):
    """Forked: the value comes from the child (another pid); not forked (negative): computed in this process."""
    monkeypatch.setattr(sidejob, "_fork_is_safe", lambda: fork_ok)
    pending = pipeline._Beside(lambda task: (task, os.getpid()), "t")
    value, pid = pending.get()
    assert value == "t"
    assert (pid != os.getpid()) is in_child
    pending.cancel()  # after get(): nothing to cancel, no error


def test_cancel_kills_and_reaps_a_miss_child():
    pending = pipeline._Beside(_sleepy, "t")
    pid = pending.job.pid
    pipeline._cancel({3: pending, 4: object()})  # anything else in the dict is left alone
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)
    assert pending.job is None


def test_the_child_writes_the_last_panel_configs_so_the_order_stays_the_keys():
    """The main process's panel configs come first in panel.KEYS, the child's last: the report's, the writers' and
    the cached configs' entries keep the one-process order. Negative: the child does not write every config (the
    main process would then wait for all of them)."""
    from imcovid import panel

    keys = tuple(panel.KEYS)
    assert pipeline.PANELS_BESIDE and keys[-len(pipeline.PANELS_BESIDE):] == pipeline.PANELS_BESIDE
    assert len(pipeline.PANELS_BESIDE) < len(keys)


def test_an_interrupt_between_two_miss_forks_kills_the_first_child(posts, tmp_path, monkeypatch):
    """Negative: Ctrl-C arrives while the second changed post's child is forked: the first child is killed and
    reaped (the stage's `finally`), the build stops, and nothing is left beside the output folder."""
    seeds, cache = _warm(posts, tmp_path)
    names = sorted(seeds.iterdir())
    _touch(names[2], "changed 0")
    _touch(names[6], "changed 1")
    started_jobs = []
    real = sidejob.start

    def second_interrupted(work):
        if started_jobs:
            raise KeyboardInterrupt
        job = real(work)
        started_jobs.append(job)
        return job

    monkeypatch.setattr(sidejob, "start", second_interrupted)
    out = tmp_path / "parent" / "out"
    out.parent.mkdir()
    with pytest.raises(KeyboardInterrupt):
        build(seeds, out, jobs=2, progress=False, cache_dir=cache)
    assert len(started_jobs) == 1
    with pytest.raises(ChildProcessError):
        os.waitpid(started_jobs[0].pid, os.WNOHANG)
    assert list(out.parent.iterdir()) == []
