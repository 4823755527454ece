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
"""

from __future__ import annotations

import os
import pickle
import signal
from typing import Any, Callable

FAILED = object()  # what result() returns when the child did not finish its work


class SideJob:
    """A forked child doing ``work()``; :meth:`result` waits for it and returns what ``work`` returned."""

    def __init__(self, pid: int, read_fd: int) -> None:
        self.pid, self._fd = pid, read_fd
        self._done = False

    def result(self) -> Any:
        """``work()``'s value, or :data:`FAILED` if the child raised, was killed or sent nothing readable."""
        if self._done:
            return FAILED
        chunks = []
        try:
            with os.fdopen(self._fd, "rb") as pipe:
                while chunk := pipe.read(1 << 16):
                    chunks.append(chunk)
        finally:
            status = _reap(self.pid)
            self._done = True
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
    if not hasattr(os, "fork"):
        return None
    read_fd, write_fd = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_fd)
        os.close(write_fd)
        return None
    if pid == 0:  # the child: never leaves this block
        code = 1
        try:
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
    return SideJob(pid, read_fd)
