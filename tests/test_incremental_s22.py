"""Session 22 (issue 16 item 1, the one-post rebuild at two jobs). No timed assertions: behaviour only.

With a second job the build's PROV graph is written by a forked child (:mod:`imcovid.sidejob`) while the main
process writes the card and Croissant. The bytes must stay a one-job clean build's; a child that fails must be
replaced by the same work in the main process; a failing main process must kill and reap the child before it
removes the folder the child writes into; the child must never run the parent's clean-up."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from imcovid import sidejob
from imcovid.pipeline import BuildFailed, build
from imcovid.publish import card, prov

from test_scale import clean_build_bytes, first_corpus_posts, tree_bytes


# --- the side job itself -------------------------------------------------------------------------------------------

def _boom():
    raise ValueError("in the child")


def _exit_quietly():
    os._exit(0)  # ends with status 0 but sends nothing


@pytest.mark.parametrize("work, expected", [
    (lambda: ("ab" * 3, 6), ("ababab", 6)),
    (lambda: {"big": b"x" * 300_000}, {"big": b"x" * 300_000}),  # more than a pipe's buffer
    (lambda: None, None),
])
def test_a_side_job_returns_what_its_work_returned(work, expected):
    job = sidejob.start(work)
    assert job is not None
    assert job.result() == expected


@pytest.mark.parametrize("work", [_boom, _exit_quietly, lambda: os.kill(os.getpid(), 9)])
def test_a_side_job_that_fails_or_sends_nothing_is_not_trusted(work):
    """Negative: an exception, an exit without a value or a kill give FAILED, never a value."""
    job = sidejob.start(work)
    assert job.result() is sidejob.FAILED
    assert job.result() is sidejob.FAILED  # asked again: still nothing


def test_the_child_never_runs_the_callers_clean_up(tmp_path):
    """Negative: a child whose work raises ends there; the caller's ``finally`` runs once, in the caller."""
    marks = tmp_path / "marks"
    marks.mkdir()
    job = None
    try:
        job = sidejob.start(_boom)
    finally:
        (marks / f"finally-{os.getpid()}").write_text("x")
    assert job.result() is sidejob.FAILED
    assert sorted(p.name for p in marks.iterdir()) == [f"finally-{os.getpid()}"]


def test_cancel_kills_and_reaps_the_child(tmp_path):
    flag = tmp_path / "late"

    def slow():
        time.sleep(5)
        flag.write_text("written after cancel")

    job = sidejob.start(slow)
    start = time.monotonic()
    job.cancel()
    assert time.monotonic() - start < 4
    with pytest.raises(ChildProcessError):
        os.waitpid(job.pid, os.WNOHANG)  # reaped: no zombie left
    assert not flag.exists()
    assert job.result() is sidejob.FAILED


# --- in the build --------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def posts(tmp_path_factory) -> Path:
    return first_corpus_posts(tmp_path_factory.mktemp("s22-posts"), 10)


@pytest.fixture(scope="module")
def reference(posts, tmp_path_factory) -> dict[str, bytes]:
    return clean_build_bytes(posts, tmp_path_factory.mktemp("s22-clean") / "dataset")


def _count_side_jobs(monkeypatch) -> list:
    started = []
    real = sidejob.start

    def counting(work):
        job = real(work)
        started.append(job)
        return job

    monkeypatch.setattr(sidejob, "start", counting)
    return started


@pytest.mark.parametrize("jobs, cached, side_jobs", [(1, False, 0), (1, True, 0), (2, False, 1), (2, True, 1)])
def test_prov_beside_the_card_gives_a_one_job_clean_builds_bytes(posts, reference, tmp_path, monkeypatch, jobs,
                                                                  cached, side_jobs):
    started = _count_side_jobs(monkeypatch)
    cache = tmp_path / "cache" if cached else None
    build(posts, tmp_path / "out", jobs=jobs, progress=False, cache_dir=cache)
    assert tree_bytes(tmp_path / "out") == reference
    assert len(started) == side_jobs  # one job: no child (negative)


def test_a_one_post_rebuild_at_two_jobs_equals_a_clean_build(posts, tmp_path, monkeypatch):
    seeds = tmp_path / "seeds"
    shutil.copytree(posts, seeds)
    cache = tmp_path / "cache"
    build(seeds, tmp_path / "first", jobs=2, progress=False, cache_dir=cache)
    names = sorted(seeds.iterdir())
    names[4].write_bytes(names[4].read_bytes() + b"\n<!-- changed -->\n")
    started = _count_side_jobs(monkeypatch)
    build(seeds, tmp_path / "rebuilt", jobs=2, progress=False, cache_dir=cache)
    assert len(started) == 1
    assert tree_bytes(tmp_path / "rebuilt") == clean_build_bytes(seeds, tmp_path / "clean")


def test_a_failed_child_is_replaced_by_the_work_in_the_main_process(posts, reference, tmp_path, monkeypatch):
    """Negative: PROV fails in the child only (a damaged disk, a killed process): the main process writes it."""
    parent = os.getpid()
    real = prov.write_prov

    def fails_in_the_child(*args, **kwargs):
        if os.getpid() != parent:
            path = real(*args, **kwargs)
            path.write_text("half a graph")  # a child that wrote garbage and then died
            os._exit(3)
        return real(*args, **kwargs)

    monkeypatch.setattr(prov, "write_prov", fails_in_the_child)
    build(posts, tmp_path / "out", jobs=2, progress=False, cache_dir=tmp_path / "cache")
    assert tree_bytes(tmp_path / "out") == reference


def test_a_failing_main_process_kills_the_child_and_leaves_no_folder(posts, tmp_path, monkeypatch):
    """Negative: the card fails while the child still writes PROV: the child is killed and reaped before the
    temporary folder is removed, and nothing is left beside the output folder."""
    started = _count_side_jobs(monkeypatch)
    real_prov = prov.write_prov

    def slow_prov(*args, **kwargs):
        time.sleep(2)
        return real_prov(*args, **kwargs)

    def broken_card(*args, **kwargs):
        raise RuntimeError("card failed")

    monkeypatch.setattr(prov, "write_prov", slow_prov)
    monkeypatch.setattr(card, "write_card", broken_card)
    out = tmp_path / "parent" / "out"
    out.parent.mkdir()
    with pytest.raises((RuntimeError, BuildFailed)):
        build(posts, out, jobs=2, progress=False, cache_dir=tmp_path / "cache")
    assert len(started) == 1
    with pytest.raises(ChildProcessError):
        os.waitpid(started[0].pid, os.WNOHANG)
    time.sleep(2.5)  # had the child lived on, it would have written PROV into the removed folder by now
    assert list(out.parent.iterdir()) == []
