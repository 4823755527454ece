"""A block-parallel worker ends when the build's main process is killed (SIGKILL, the out-of-memory killer) instead of
waiting for ever on its inbox with its memory held (review of session 15: the default build with an empty cache takes
this path now)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

SCRIPT = textwrap.dedent("""
    import multiprocessing, sys, time
    from imcovid import blockwise
    blockwise.POLL_SECONDS = 0.2
    ctx = multiprocessing.get_context("fork")

    def middle(pids):
        inbox, outbox = ctx.Queue(), ctx.Queue()
        worker = ctx.Process(target=blockwise._worker, args=(0, 1, inbox, outbox, {}))
        worker.start()
        pids.put(worker.pid)
        time.sleep(600)  # the build's main process, busy: killed by the test

    pids = ctx.Queue()
    main = ctx.Process(target=middle, args=(pids,))
    main.start()
    print(main.pid, pids.get(timeout=60), flush=True)
    main.join()
""")


def _gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return True
    return state in ("Z", "X")  # exited (a zombie until its new parent reaps it)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_a_worker_ends_when_the_main_process_is_killed(tmp_path):
    runner = subprocess.Popen([sys.executable, "-c", SCRIPT], stdout=subprocess.PIPE, text=True)
    worker_pid = None
    try:
        main_pid, worker_pid = map(int, runner.stdout.readline().split())
        assert not _gone(worker_pid)
        time.sleep(0.5)
        assert not _gone(worker_pid)  # a live main process: the worker waits
        os.kill(main_pid, signal.SIGKILL)
        deadline = time.monotonic() + 20
        while not _gone(worker_pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert _gone(worker_pid), "the orphaned worker still waits on its inbox"
    finally:
        if worker_pid is not None and not _gone(worker_pid):
            os.kill(worker_pid, signal.SIGKILL)  # (when the test fails: leave no process behind)
        runner.kill()
        runner.wait()
