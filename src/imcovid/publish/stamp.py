"""A nothing-changed rebuild that proves its output folder is already the build's result, and stops.

After a build with a cache, :func:`record` keeps, in ``<cache>/done/`` under the output folder's path, what the build
read and what it wrote: a digest of its *inputs* (:func:`inputs_digest`) and the sha256 of every file of the output
folder (and of the JSON Schema files it exported), with the lines the command printed. A later ``imcovid build``
computes the inputs digest first — before importing pydantic, pyarrow, the annotators or the pipeline — and
:func:`served` answers with the printed lines, so that nothing is built or written, only when *all* of these hold:

1. a record is stored for this output folder, intact (its own sha256 checks), of this format;
2. the inputs digest is the recorded one, and every stamp in it was older than ``RACY_NS`` when the record's build
   began (a file rewritten within a coarse clock tick is never trusted, as in the lookup index);
3. the output folder holds exactly the recorded files (no more, no fewer, no symbolic links, no other kind of entry),
   each with the recorded sha256 — every byte is read and hashed (≈0.06 CPU-s for 5,000 posts), stat fields alone
   are never trusted, so a folder edited by hand, even with its times set back, is rebuilt;
4. the exported JSON Schema files, when the command asks for them, are the recorded ones, byte for byte;
5. no interrupted build's ``<out>.tmp-*`` or ``<out>.old-*`` lies beside the folder (the full build clears those);
6. the recorded build was a *fixed point*: the folder it replaced was, hash for hash, the folder it wrote. The build
   reads the previous release in the folder (its ``releases/`` history, its rows for the changelog), so the
   output is a function of the inputs *and* that folder; only a build that left its folder as it found it proves
   that building again from this folder gives this folder. The first nothing-changed rebuild after a change therefore
   runs in full (and records the fixed point); the ones after it stop here.

The inputs digest covers: this module's format, the resolved seeds, output and schema paths, ``--strict``; the
package's code and data files (:func:`imcovid.hashing.code_hash`, as the build key); ``pyproject.toml`` (version and
``[tool.imcovid]``) and ``CITATION.cff`` byte for byte; the Python version and executable; the names of every
installed distribution's metadata folder on ``sys.path`` (``name-version.dist-info``: a library upgraded or removed
changes it — finer than the build key's library versions); the time-zone files the dates are converted with; and
every entry below the seeds folder by relative name and stamp (device, inode, size, mtime, ctime; both of a symbolic
link and of its target), the origins manifest included. The cache only ever changes a build's speed, so it is not an
input. Anything else a build reads would be a new input, added here with the code that reads it (a test lists the
files a build opens and fails on one this digest does not cover).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from pathlib import Path

from imcovid.hashing import RACY_NS, code_hash, stamp_of
from imcovid.version import PROJECT_ROOT

FORMAT = "imcovid-done-1"
DONE = "done"
# Files outside the package whose bytes a build reads (the audit of tests/test_incremental_s16.py keeps this honest).
PROJECT_INPUTS = ("pyproject.toml", "CITATION.cff")
TIME_ZONES = ("Asia/Shanghai", "UTC")


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "imcovid"


def inputs_digest(seeds_dir: Path, out_dir: Path, schema_dir: Path | None, strict: bool) -> tuple[str, int]:
    """(sha256 of everything a build reads but the previous output folder, the newest ctime/mtime among the seeds'
    stamps in ns); see the module's docstring for the list."""
    digest = hashlib.sha256()

    def add(*parts) -> None:
        for part in parts:
            digest.update(part if isinstance(part, bytes) else str(part).encode("utf-8", "surrogateescape"))
            digest.update(b"\0")

    add(FORMAT, os.path.realpath(seeds_dir), os.path.realpath(out_dir),
        os.path.realpath(schema_dir) if schema_dir is not None else "", strict, sys.version, sys.executable,
        code_hash())
    for name in PROJECT_INPUTS:
        add(name, _file_digest(PROJECT_ROOT / name))
    for zone in TIME_ZONES:
        add(zone, _zone_digest(zone))
    for entry in sys.path:
        try:
            names = sorted(n for n in os.listdir(entry or ".") if n.endswith((".dist-info", ".egg-info")))
        except OSError:
            names = []
        add(entry, *names)
    # One line per entry, hashed at once (5,000 seeds: 0.03 CPU-s, most of it the lstat calls).
    lines, newest = [], 0
    for rel, own, target in _tree_stamps(Path(seeds_dir)):
        lines.append(f"{rel}\0{own}\0{target}\n")
        newest = max(newest, own[3], own[4], *(target[3:] if target else ()))
    digest.update("".join(lines).encode("utf-8", "surrogateescape"))
    return digest.hexdigest(), newest


def _file_digest(path: Path) -> str:
    try:
        with open(path, "rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return "missing"


def _zone_digest(zone: str) -> str:
    """The bytes of the first file of ``zoneinfo.TZPATH`` that holds ``zone`` (where the standard library takes it
    from; the ``tzdata`` package is a distribution on ``sys.path``, in the digest by its version)."""
    import zoneinfo

    for root in zoneinfo.TZPATH:
        path = Path(root) / zone
        if path.is_file():
            return f"{path}:{_file_digest(path)}"
    return "missing"


def _tree_stamps(root: Path):
    """(relative name, lstat stamp, stat stamp of a symbolic link's target or None) of every entry below ``root``,
    sorted by name, folders walked (a symbolic link to a folder is stamped, not walked: the build does not follow it
    either). An entry that vanishes meanwhile is left out (its folder's own stamp has changed)."""
    def walk(folder: str, prefix: str):
        try:
            entries = sorted(os.scandir(folder), key=_name)
        except OSError:
            return
        for entry in entries:
            rel = prefix + entry.name
            try:
                own = stamp_of(entry.stat(follow_symlinks=False))
            except OSError:
                continue
            target = None
            if entry.is_symlink():
                try:
                    target = stamp_of(entry.stat())
                except OSError:
                    target = None
            yield rel, own, target
            if entry.is_dir(follow_symlinks=False):
                yield from walk(entry.path, rel + "/")

    try:
        yield "", stamp_of(os.stat(root)), None  # the folder itself (a seeds folder replaced by another)
    except OSError:
        return
    yield from walk(str(root), "")


def _name(entry: os.DirEntry) -> str:
    return entry.name


def listing(folder: Path) -> dict[str, str] | None:
    """{relative path: sha256} of every file below ``folder`` (folders as ``path/`` → ""), or None when ``folder`` is
    a symbolic link or anything in it is not a plain file or folder (a symbolic link, a socket)."""
    if not os.path.isdir(folder) or os.path.islink(folder):
        return None
    names = _names(folder)
    if names is None:
        return None
    return {name: "" if name.endswith("/") else _file_digest(Path(folder) / name) for name in sorted(names)}


def written_listing(folder: Path) -> dict[str, str] | None:
    """What :func:`listing` gives for a folder the build has just written and checked, without reading the data
    again: the sha256 of every file as its ``SHA256SUMS`` states them (the final check compared them with the bytes)
    and of ``SHA256SUMS`` itself; None unless the folder holds exactly those files. A claim only: a rebuild reads and
    hashes every file before it believes it."""
    sums_path = Path(folder) / "SHA256SUMS"
    try:
        text = sums_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    output = {"SHA256SUMS": _file_digest(sums_path)}
    for line in text.splitlines():
        sha, sep, rel = line.partition("  ")
        if not sep or len(sha) != 64:
            return None
        output[rel] = sha
        parts = rel.split("/")
        for depth in range(1, len(parts)):
            output["/".join(parts[:depth]) + "/"] = ""
    names = _names(folder)
    return output if names is not None and names == set(output) else None


def _names(folder: Path) -> set[str] | None:
    """Every entry's relative name below ``folder`` (folders ending in ``/``), or None on a link or special file."""
    found: set[str] = set()

    def walk(path: str, prefix: str) -> bool:
        for entry in os.scandir(path):
            rel = prefix + entry.name
            if entry.is_symlink():
                return False
            if entry.is_dir(follow_symlinks=False):
                found.add(rel + "/")
                if not walk(entry.path, rel + "/"):
                    return False
            elif entry.is_file(follow_symlinks=False):
                found.add(rel)
            else:
                return False
        return True

    try:
        return found if walk(str(folder), "") else None
    except OSError:
        return None


def _schema_listing(schema_dir: Path | None, names) -> dict[str, str]:
    if schema_dir is None:
        return {}
    return {name: _file_digest(Path(schema_dir) / name) for name in sorted(names)}


def _record_path(cache_dir: Path, out_dir: Path) -> Path:
    return Path(cache_dir) / DONE / hashlib.sha256(os.path.realpath(out_dir).encode("utf-8", "surrogateescape")
                                                  ).hexdigest()


def _load(cache_dir: Path, out_dir: Path) -> dict | None:
    """The stored record, or None (missing, damaged, foreign)."""
    try:
        data = _record_path(cache_dir, out_dir).read_bytes()
        check, _, body = data.partition(b"\n")
        if hashlib.sha256(body).hexdigest().encode() != check:
            return None
        record = json.loads(body)
    except (OSError, ValueError):
        return None
    if not (isinstance(record, dict) and record.get("format") == FORMAT and isinstance(record.get("output"), dict)
            and isinstance(record.get("schemas"), dict) and isinstance(record.get("lines"), list)):
        return None
    return record


def _leftovers(out_dir: Path) -> bool:
    """Whether an interrupted build's folder lies beside ``out_dir`` (the full build clears or restores those)."""
    parent, name = os.path.dirname(os.path.abspath(out_dir)), os.path.basename(os.path.abspath(out_dir))
    try:
        return any(n.startswith((f"{name}.tmp-", f"{name}.old-")) for n in os.listdir(parent))
    except OSError:
        return True


class Check:
    """What a build with a cache learns before building: the inputs digest, the stored record, and whether the
    output folder is, hash for hash, what that record says the build wrote (hashed only when the inputs match)."""

    def __init__(self, seeds_dir: Path, out_dir: Path, schema_dir: Path | None, cache_dir: Path, strict: bool):
        self.out_dir, self.schema_dir, self.cache_dir = Path(out_dir), schema_dir, Path(cache_dir)
        self.began = time.time_ns()
        self.inputs, newest = inputs_digest(seeds_dir, out_dir, schema_dir, strict)
        self.settled = newest < self.began - RACY_NS  # no stamp within the racy window
        self.record = _load(self.cache_dir, self.out_dir)
        # The folder as the recorded build left it: hashed only when a record with these inputs exists (else no
        # fixed point can come of it and the folder's bytes do not matter here).
        self.folder_matches = False
        if self.record is not None and self.record.get("inputs") == self.inputs:
            self.folder_matches = listing(self.out_dir) == self.record["output"]

    def served(self) -> list[str] | None:
        """The printed lines of the recorded build when conditions 1–6 of the module's docstring hold, else None."""
        record = self.record
        if not (self.settled and self.folder_matches and record.get("fixed_point") is True
                and record.get("settled") is True):
            return None
        if self.schema_dir is not None and _schema_listing(self.schema_dir, record["schemas"]) != record["schemas"]:
            return None
        if self.schema_dir is None and record["schemas"]:
            return None
        if _leftovers(self.out_dir):
            return None
        return [str(line) for line in record["lines"]]

    def record_build(self, lines: list[str], schema_names) -> None:
        """Keep this (full) build's record: its inputs, the output folder's files by sha256 as they are now, the
        schema files and the printed ``lines``; a fixed point when the folder it replaced was the recorded output of
        the same inputs and equals what it wrote. Best effort: a record that cannot be written only costs the next
        nothing-changed rebuild its short cut."""
        output = written_listing(self.out_dir)
        if output is None:
            return
        fixed_point = self.folder_matches and self.record.get("output") == output
        record = {"format": FORMAT, "inputs": self.inputs, "settled": self.settled, "fixed_point": fixed_point,
                  "output": output, "schemas": _schema_listing(self.schema_dir, schema_names), "lines": lines}
        body = json.dumps(record, sort_keys=True, ensure_ascii=False).encode("utf-8")
        path = _record_path(self.cache_dir, self.out_dir)
        part = path.with_name(f"{path.name}.{os.getpid()}.part")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            part.write_bytes(hashlib.sha256(body).hexdigest().encode() + b"\n" + body)
            os.replace(part, path)
        except OSError:
            pass
        finally:  # a failed or interrupted write leaves no partial file behind
            try:
                part.unlink()
            except OSError:
                pass
