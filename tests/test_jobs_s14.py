"""Two-job builds after session 14: pandas imported once, before the workers are forked (each worker imported it in
the build's tail, converting every row before that in Python), and ``imcovid build`` ending without the
interpreter's teardown (0.25–0.5 s of freeing objects on one core after the work was done). Neither changes a byte:
the dataset and the schema texts of ``imcovid build`` run as the program are the same at 1, 2 and 3 jobs, with a
cache folder and without."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from imcovid import cli

from conftest import seeds_with_corpus


def tree_bytes(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def seeds(tmp_path_factory) -> Path:
    return seeds_with_corpus(tmp_path_factory.mktemp("jobs-s14-seeds"), 3, empty=True)


def build_argv(seeds: Path, where: Path, jobs: int, cache: bool) -> list[str]:
    argv = [sys.executable, "-m", "imcovid.cli", "build", "--seeds", str(seeds), "--out", str(where / "out"),
            "--jobs", str(jobs), "--schema-dir", str(where / "schema")]
    return argv + (["--cache-dir", str(where / "cache")] if cache else ["--no-cache"])


def user_env() -> dict[str, str]:
    """The environment without PYTHONUNBUFFERED (which a test runner may set): stdout to a pipe or a file is then
    block-buffered, as a user's is, so the last line reaches it only through the final flush in cli._leave."""
    return {name: value for name, value in os.environ.items() if name != "PYTHONUNBUFFERED"}


def program(seeds: Path, where: Path, jobs: int, cache: bool) -> subprocess.CompletedProcess:
    """``python -m imcovid.cli build`` as a user runs it (so through cli.main's own end)."""
    return subprocess.run(build_argv(seeds, where, jobs, cache), capture_output=True, text=True, timeout=600,
                          env=user_env())


@pytest.fixture(scope="module")
def one_job(seeds, tmp_path_factory):
    where = tmp_path_factory.mktemp("jobs-s14-one")
    done = program(seeds, where, 1, cache=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return tree_bytes(where / "out"), tree_bytes(where / "schema")


@pytest.mark.parametrize("jobs, cache", [(1, True), (2, False), (2, True), (3, False), (3, True)])
def test_the_program_gives_the_one_job_bytes_at_any_jobs_with_or_without_cache(seeds, one_job, tmp_path, jobs, cache):
    done = program(seeds, tmp_path, jobs, cache)
    assert done.returncode == 0, done.stderr[-3000:]
    # Its last line reaches a pipe: the streams are flushed before the process ends.
    assert done.stdout.rstrip().splitlines()[-1].startswith("published ")
    assert tree_bytes(tmp_path / "out") == one_job[0]
    assert tree_bytes(tmp_path / "schema") == one_job[1]


def closed(fd: int, argv: list[str]) -> list[str]:
    """``argv`` run with descriptor ``fd`` closed, as a shell's ``>&-`` or ``2>&-`` does."""
    return ["sh", "-c", f'exec "$@" {fd}>&-', "sh", *argv]


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_program_with_stdout_closed_publishes_and_exits_0(seeds, one_job, tmp_path, jobs):
    """`>&-`: sys.stdout is None; the release is published and the exit is 0 (the end's flush skips the stream)."""
    done = subprocess.run(closed(1, build_argv(seeds, tmp_path, jobs, cache=True)), stderr=subprocess.PIPE,
                          text=True, timeout=600, env=user_env())
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr
    assert tree_bytes(tmp_path / "out") == one_job[0]
    assert tree_bytes(tmp_path / "schema") == one_job[1]


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_program_with_stderr_closed_publishes_and_exits_0(seeds, one_job, tmp_path, jobs):
    """`2>&-`: sys.stderr is None; no progress bar, and the same bytes as with stderr open."""
    done = subprocess.run(closed(2, build_argv(seeds, tmp_path, jobs, cache=True)), stdout=subprocess.PIPE,
                          text=True, timeout=600, env=user_env())
    assert done.returncode == 0, done.stdout[-3000:]
    assert done.stdout.rstrip().splitlines()[-1].startswith("published ")
    assert tree_bytes(tmp_path / "out") == one_job[0]
    assert tree_bytes(tmp_path / "schema") == one_job[1]


@pytest.mark.parametrize("sink", ["full disk", "reader gone"])
def test_output_that_could_not_be_written_is_one_line_and_exit_120(seeds, one_job, tmp_path, sink):
    """The final flush of stdout fails (/dev/full; a pipe whose reader has gone): one line on stderr, no traceback,
    exit 120 as the interpreter's own exit gives; the release itself is published."""
    argv = build_argv(seeds, tmp_path, 1, cache=False)
    if sink == "full disk":
        with open("/dev/full", "w") as full:
            done = subprocess.run(argv, stdout=full, stderr=subprocess.PIPE, text=True, timeout=600, env=user_env())
        code, err = done.returncode, done.stderr
    else:
        proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=user_env())
        proc.stdout.close()  # the reader gone before the build writes a line
        err = proc.stderr.read()
        code = proc.wait(timeout=600)
    assert code == 120, err[-3000:]
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("imcovid build: the output could not be written"), err[-3000:]
    assert tree_bytes(tmp_path / "out") == one_job[0]


# `imcovid build` as the program (cli.main() with no arguments, as the console script calls it), with an exit
# handler, an object whose finalizer only the interpreter's teardown runs, and optionally a live non-daemon thread.
DRIVER = """
import atexit, pathlib, sys, threading, time
marks = pathlib.Path(sys.argv[1])
atexit.register(lambda: (marks / "atexit").touch())
class Teardown:  # what it needs kept on itself: the teardown clears the module's names first
    def __init__(self, path):
        self.path, self.open = str(path), open
    def __del__(self):
        self.open(self.path, "w").close()
kept = Teardown(marks / "teardown")
thread = sys.argv[2] == "thread"
sys.argv = ["imcovid", *sys.argv[3:]]
from imcovid import cli
build = cli._run
def run(args):  # the thread started once the build is done, so that it still runs when the program ends
    code = build(args)
    if thread:
        threading.Thread(target=lambda: (time.sleep(0.5), (marks / "thread").touch())).start()
    return code
cli._run = run
sys.exit(cli.main())
"""


@pytest.mark.parametrize("case, seeds_ok, thread, code, teardown", [
    ("built", True, False, 0, False),  # exit handlers run, streams flushed, the teardown skipped
    ("failed", False, False, 1, False),  # a failed build ends the same way, with its exit code
    ("thread", True, True, 0, True),  # a live non-daemon thread: the ordinary exit, which waits for it
])
def test_the_build_program_ends_without_the_teardown(seeds, tmp_path, case, seeds_ok, thread, code, teardown):
    marks = tmp_path / "marks"
    marks.mkdir()
    driver = tmp_path / "driver.py"
    driver.write_text(DRIVER, encoding="utf-8")
    done = subprocess.run([sys.executable, str(driver), str(marks), "thread" if thread else "-", "build",
                           "--seeds", str(seeds if seeds_ok else tmp_path / "missing"), "--out", str(tmp_path / "out"),
                           "--jobs", "1", "--no-cache", "--schema-dir", str(tmp_path / "schema")],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == code, done.stderr[-3000:]
    assert (marks / "atexit").exists()
    assert (marks / "teardown").exists() == teardown
    assert (marks / "thread").exists() == thread
    if seeds_ok:
        assert done.stdout.rstrip().splitlines()[-1].startswith("published ")
    else:
        assert "missing" in done.stderr


def test_main_called_with_arguments_returns(seeds, tmp_path):
    """A caller's cli.main([...]) (tests, notebooks) gets the exit code back; its process goes on."""
    code = cli.main(["build", "--seeds", str(seeds), "--out", str(tmp_path / "out"), "--jobs", "1", "--no-cache",
                     "--schema-dir", str(tmp_path / "schema")])
    assert code == 0


# A fresh two-job clean build whose workers record, when they start, whether pandas is already in their process.
WORKERS = """
import pathlib, sys
from imcovid import blockwise, cli
marks = pathlib.Path(sys.argv[1])
original = blockwise._worker
def worker(number, workers, inbox, outbox, ctx):
    (marks / f"worker-{number}").write_text(str("pandas" in sys.modules))
    original(number, workers, inbox, outbox, ctx)
blockwise._worker = worker
sys.exit(cli.main(sys.argv[2:]))
"""


def test_the_workers_are_forked_with_pandas_loaded(seeds, one_job, tmp_path):
    marks = tmp_path / "marks"
    marks.mkdir()
    driver = tmp_path / "driver.py"
    driver.write_text(WORKERS, encoding="utf-8")
    done = subprocess.run([sys.executable, str(driver), str(marks), "build", "--seeds", str(seeds),
                           "--out", str(tmp_path / "out"), "--jobs", "2", "--no-cache",
                           "--schema-dir", str(tmp_path / "schema")], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    assert [(marks / f"worker-{n}").read_text() for n in range(2)] == ["True", "True"]
    assert tree_bytes(tmp_path / "out") == one_job[0]  # pyarrow's conversions instead of imcovid.publish.convert's
