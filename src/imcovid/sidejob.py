"""One piece of a build's serial tail run in a forked child, beside the parent's own work, when the build was given a
second job (``--jobs 2`` or more).

A one-post rebuild forks no pool: its post is processed in the main process (``pipeline.INLINE_MISSES``) and the
rest is metadata that depends on every file. The second core sat idle, so its time was the one-job rebuild's while
the two-job clean build it is measured against is 1.4× faster. Some of that metadata does not depend on the rest:
PROV (``provenance.prov.json``) reads only the provenance and articles configs, and the card and Croissant do not
read PROV. :func:`start` forks a child that does one such piece and sends back a small picklable result (for PROV,
the file's sha256 and size) while the parent goes on.

Safety, in order of importance:

* the child never returns into the caller's code: whatever happens it ends with ``os._exit``, so it never runs the
  parent's clean-up (``finally`` blocks removing the build's temporary folder, memo flushes, exit handlers);
* a child that fails, is killed or sends nothing is not trusted: :meth:`SideJob.result` returns :data:`FAILED`
  and the caller does the work again in its own process (the same bytes, or the same exception, raised where the
  one-job build raises it);
* :meth:`SideJob.cancel` (the caller's error path) kills and reaps the child before the caller removes the folder
  the child writes into.

Review s22 (revperf), each shown by a test before it was fixed:

* :meth:`SideJob.result` waits a bounded time (``data/sidejob.toml``); a stuck child is killed and reported as
  :data:`FAILED`, so the caller does the work itself instead of hanging the build;
* Ctrl-C or SIGTERM while the parent waits kills the child at once (before, the parent waited for it to finish);
* the child ignores SIGINT (the terminal sends Ctrl-C to the whole group: the parent stops it) and signals are
  blocked across ``fork``, so that no KeyboardInterrupt can be raised in the child before it is inside its own
  ``try`` (it would run the caller's clean-up), nor in the parent before the caller holds the :class:`SideJob`;
* the child dies with its parent (``PR_SET_PDEATHSIG``): a build killed with SIGKILL leaves no orphan writing on;
* stdout and stderr are flushed before ``fork``, so that text the parent had buffered is never written twice;
* no fork where it is unsafe: outside Linux (macOS: system libraries are not fork-safe and Python defaults to
  spawn) or with other Python threads alive (a lock they hold would stay held in the child for ever).
"""

from __future__ import annotations

import os
import pickle
import select
import signal
import sys
import threading
import time
import tomllib
from importlib import resources
from typing import Any, Callable

FAILED = object()  # what result() returns when the child did not finish its work


def _wait_policy(text: str) -> tuple[float, float]:
    """``(min_wait_s, wait_factor)`` from ``data/sidejob.toml``'s text; a wrong file is a ValueError naming it."""
    data = tomllib.loads(text)
    if set(data) != {"min_wait_s", "wait_factor"}:
        raise ValueError(f"data/sidejob.toml: expected min_wait_s and wait_factor, found {sorted(data)}")
    values = []
    for name in ("min_wait_s", "wait_factor"):
        value = data[name]
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
            raise ValueError(f"data/sidejob.toml: {name} must be a positive number, found {value!r}")
        values.append(float(value))
    return values[0], values[1]


MIN_WAIT_S, WAIT_FACTOR = _wait_policy(resources.files("imcovid").joinpath("data/sidejob.toml").read_text("utf-8"))


class SideJob:
    """A forked child doing ``work()``; :meth:`result` waits for it and returns what ``work`` returned."""

    def __init__(self, pid: int, read_fd: int) -> None:
        self.pid, self._fd = pid, read_fd
        self._done = False
        self.started = time.monotonic()
        self.timed_out = False

    def default_wait(self) -> float:
        """Seconds :meth:`result` waits from now: ``max(min_wait_s, wait_factor × the time since the fork)``."""
        return max(MIN_WAIT_S, WAIT_FACTOR * (time.monotonic() - self.started))

    def result(self, timeout: float | None = None) -> Any:
        """``work()``'s value, or :data:`FAILED` if the child raised, was killed, sent nothing readable or did not
        finish within ``timeout`` seconds (default :meth:`default_wait`; the child is then killed). Any exception
        while waiting (Ctrl-C, SIGTERM made KeyboardInterrupt) kills the child before it propagates."""
        if self._done:
            return FAILED
        deadline = time.monotonic() + (self.default_wait() if timeout is None else timeout)
        chunks = []
        try:
            while True:
                left = deadline - time.monotonic()
                if left <= 0 or not select.select([self._fd], [], [], left)[0]:
                    self.timed_out = True
                    self.cancel()
                    return FAILED
                chunk = os.read(self._fd, 1 << 16)
                if not chunk:
                    break
                chunks.append(chunk)
        except BaseException:
            self.cancel()
            raise
        self._done = True
        os.close(self._fd)
        status = _reap(self.pid)
        if status != 0 or not chunks:
            return FAILED
        try:
            return pickle.loads(b"".join(chunks))
        except Exception:  # noqa: BLE001 — a truncated message: do the work again
            return FAILED

    def cancel(self) -> None:
        """Kill and reap the child (the caller is failing and will remove what the child writes into)."""
        if self._done:
            return
        self._done = True
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        _reap(self.pid)
        try:
            os.close(self._fd)
        except OSError:
            pass


def _reap(pid: int) -> int:
    while True:
        try:
            _, status = os.waitpid(pid, 0)
        except ChildProcessError:
            return -1
        except InterruptedError:
            continue
        return os.waitstatus_to_exitcode(status)


def start(work: Callable[[], Any]) -> SideJob | None:
    """Fork a child that runs ``work()`` and sends its pickled value back; None where fork is not available (the
    caller then does the work itself)."""
    if not _fork_is_safe():
        return None
    for stream in (sys.stdout, sys.stderr):  # else the child holds a copy of what the parent had not written yet
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):
            pass
    parent = os.getpid()
    read_fd, write_fd = os.pipe()
    held = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)
    try:
        pid = os.fork()
    except OSError:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)
        os.close(read_fd)
        os.close(write_fd)
        return None
    if pid == 0:  # the child: never leaves this block
        code = 1
        try:
            # Ctrl-C reaches the whole process group: the parent stops this child (cancel); SIGTERM kills it.
            signal.signal(signal.SIGINT, signal.SIG_IGN)
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            _die_with(parent)
            signal.pthread_sigmask(signal.SIG_SETMASK, held)
            os.close(read_fd)
            data = pickle.dumps(work(), protocol=pickle.HIGHEST_PROTOCOL)
            view = memoryview(data)
            while view:
                view = view[os.write(write_fd, view):]
            code = 0
        except BaseException:  # noqa: BLE001 — reported by the exit code; the parent does the work again
            code = 1
        finally:
            os._exit(code)
    os.close(write_fd)
    job = SideJob(pid, read_fd)
    try:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)  # a Ctrl-C that came during the fork is raised here
    except BaseException:
        job.cancel()
        raise
    return job


_HELD = {signal.SIGINT, signal.SIGTERM}
_PR_SET_PDEATHSIG = 1


def _die_with(parent: int) -> None:
    """In the child: be killed when the parent dies (SIGKILL, the OOM killer), instead of living on as an orphan
    that writes into a build folder no one will move or remove; and stop at once if the parent is already gone."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:
        os._exit(1)


def _fork_is_safe() -> bool:
    """Fork only on Linux (macOS' system libraries are not fork-safe, and Windows has no fork) and only while this
    is the process's one Python thread: a lock another thread holds at fork time (logging, an executor's queue, the
    import lock) would stay held in the child for ever. Native pools (Arrow, jemalloc) re-initialise after fork."""
    return sys.platform.startswith("linux") and hasattr(os, "fork") and threading.active_count() == 1
