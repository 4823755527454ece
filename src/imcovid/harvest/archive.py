"""Where posts come from: a clone (or a plain copy) of a Hexo archive in the ``source/_posts/<c1>/<c2>/<c3>/<title>.md``
layout, or a folder of posts listed in a ``manifest.jsonl`` that names each one's repository, path and commit.

Git is used through its command line (``git`` must be on PATH for a clone): ``ls-tree`` for the blobs of HEAD,
``log`` for the commits that changed a path, and one long-running ``cat-file --batch`` for the bytes, so no history is
checked out and no Python git library is needed.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

POSTS = "source/_posts"
_GITHUB = re.compile(r"github\.com[:/]+([^/\s]+/[^/\s]+?)(?:\.git)?/?$")


class ArchiveError(Exception):
    """The archive cannot be read (a user error: reported in one line)."""


@dataclass(frozen=True)
class Capture:
    """One version of one post: its path in the archive, the commit that holds these bytes (None for a plain
    folder or a file changed in the work tree) and how to get the bytes."""

    path: str
    commit: str | None
    blob: str | None = None  # git blob id, when the bytes are read from git
    file: str | None = None  # file on disk, when they are read from the work tree or a folder


def git_blob_id(raw: bytes) -> str:
    """The id git gives these bytes as a blob (to tell whether a work-tree file is HEAD's version)."""
    return hashlib.sha1(b"blob %d\0" % len(raw) + raw).hexdigest()


class _CatFile:
    """One ``git cat-file --batch`` process for the whole harvest."""

    def __init__(self, root: Path) -> None:
        self._proc = subprocess.Popen(["git", "-C", str(root), "cat-file", "--batch"], stdin=subprocess.PIPE,
                                      stdout=subprocess.PIPE)

    def read(self, name: str) -> bytes:
        assert self._proc.stdin and self._proc.stdout
        self._proc.stdin.write(name.encode() + b"\n")
        self._proc.stdin.flush()
        header = self._proc.stdout.readline().split()
        if len(header) != 3:
            raise ArchiveError(f"git cannot read object {name}")
        data = self._proc.stdout.read(int(header[2]))
        self._proc.stdout.read(1)  # the newline after the object
        return data

    def close(self) -> None:
        if self._proc.stdin:
            self._proc.stdin.close()
        self._proc.wait()


class Archive:
    """A Hexo archive on disk: a git clone (``.git`` in it) or a plain folder."""

    def __init__(self, root: Path, repo: str | None = None) -> None:
        self.root = Path(root)
        if not self.root.is_dir():
            raise ArchiveError(f"archive {root} is not a folder")
        if not (self.root / POSTS).is_dir():
            raise ArchiveError(f"archive {root} has no {POSTS}/ folder (expected the Hexo layout "
                               f"{POSTS}/<category 1>/<category 2>/<category 3>/<title>.md)")
        self.is_git = (self.root / ".git").exists()
        if self.is_git and shutil.which("git") is None:
            raise ArchiveError(f"archive {root} is a git clone, but the git command is not installed")
        self.head = self._git("rev-parse", "HEAD").strip() if self.is_git else None
        self.repo = repo or self._repo_name()
        self._head_blobs = self._tree_blobs() if self.is_git else {}
        self._cat = _CatFile(self.root) if self.is_git else None

    def close(self) -> None:
        if self._cat:
            self._cat.close()

    def _git(self, *args: str) -> str:
        # Literal pathspecs: a title may hold characters git would read as a glob.
        done = subprocess.run(["git", "-C", str(self.root), "--literal-pathspecs", "-c", "core.quotepath=false", *args],
                              capture_output=True)
        if done.returncode != 0:
            raise ArchiveError(f"git {args[0]} failed in {self.root}: {done.stderr.decode(errors='replace').strip()}")
        return done.stdout.decode("utf-8", errors="surrogateescape")

    def _repo_name(self) -> str:
        """``owner/name`` of the clone's GitHub remote, else the folder's name."""
        if self.is_git:
            try:
                url = self._git("config", "--get", "remote.origin.url").strip()
            except ArchiveError:
                url = ""
            found = _GITHUB.search(url)
            if found:
                return found.group(1)
        return self.root.resolve().name

    def _tree_blobs(self) -> dict[str, str]:
        out = {}
        for entry in self._git("ls-tree", "-r", "-z", "HEAD", "--", POSTS).split("\0"):
            if entry:
                meta, path = entry.split("\t", 1)
                out[path] = meta.split()[2]
        return out

    def paths(self) -> list[str]:
        """Every ``.md`` post under ``source/_posts`` in the work tree (or folder), in code-point order."""
        base = self.root / POSTS
        found = []
        for current, dirnames, filenames in os.walk(base):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in filenames:
                if name.endswith(".md"):
                    found.append((Path(current) / name).relative_to(self.root).as_posix())
        return sorted(found)

    def checked_out(self, path: str, raw: bytes) -> Capture:
        """The work-tree version of ``path``; its commit is HEAD when HEAD holds exactly these bytes (see
        :meth:`introduced` for the commit that brought them)."""
        commit = self.head if self.is_git and self._head_blobs.get(path) == git_blob_id(raw) else None
        return Capture(path, commit, file=str(self.root / path))

    def introduced(self, capture: Capture) -> Capture:
        """The same capture named by the commit that last changed its path up to HEAD (the commit that brought these
        bytes), so that unrelated later commits do not give the same bytes a new origin."""
        if not self.is_git or capture.commit is None:
            return capture
        commit = self._git("log", "-1", "--format=%H", "--no-renames", "HEAD", "--", capture.path).strip()
        return Capture(capture.path, commit or capture.commit, capture.blob, capture.file)

    def history(self, path: str) -> list[Capture]:
        """Every distinct version of ``path`` in the history of HEAD, oldest first, each with the oldest commit that
        holds it (``git log`` lists the commits that changed the path; ``<commit>:<path>`` names the blob)."""
        if not self.is_git:
            return []
        commits = self._git("log", "--format=%H", "--no-renames", "HEAD", "--", path).split()[::-1]
        names = "".join(f"{commit}:{path}\n" for commit in commits).encode()
        done = subprocess.run(["git", "-C", str(self.root), "cat-file", "--batch-check"], input=names,
                              capture_output=True)
        captures: dict[str, Capture] = {}
        for commit, line in zip(commits, done.stdout.decode(errors="replace").splitlines()):
            parts = line.split()
            if len(parts) != 3 or parts[1] != "blob":
                continue  # the commit deleted the path ("<name> missing")
            if parts[0] not in captures:
                captures[parts[0]] = Capture(path, commit, blob=parts[0])
        return list(captures.values())

    def read(self, capture: Capture) -> bytes:
        if capture.file is not None:
            return Path(capture.file).read_bytes()
        assert self._cat is not None and capture.blob
        return self._cat.read(capture.blob)


class ManifestFolder:
    """Posts copied out of an archive with a ``manifest.jsonl`` naming each one's ``file``, ``repo``, ``path`` and
    ``commit`` (the layout of the project's ``harvest/`` material: files in ``raw/``)."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.entries: list[dict] = []
        manifest = self.root / "manifest.jsonl"
        for number, line in enumerate(manifest.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                entry = json.loads(line)
                missing = [k for k in ("file", "repo", "path", "commit") if not entry.get(k)]
            except (json.JSONDecodeError, AttributeError):
                raise ArchiveError(f"{manifest}:{number}: not a JSON object") from None
            if missing:
                raise ArchiveError(f"{manifest}:{number}: missing {', '.join(missing)}")
            file = self._file(entry["file"])
            if not file.is_file():
                raise ArchiveError(f"{manifest}:{number}: file {entry['file']} not found")
            self.entries.append({**entry, "_file": str(file)})
        self.entries.sort(key=lambda e: (e["repo"], e["path"], e["commit"]))

    def _file(self, name: str) -> Path:
        for candidate in (self.root / "raw" / name, self.root / name):
            if candidate.is_file():
                return candidate
        return self.root / "raw" / name

    def captures(self) -> Iterator[tuple[str, Capture]]:
        for entry in self.entries:
            yield entry["repo"], Capture(entry["path"], entry["commit"], file=entry["_file"])


def open_archive(root: Path, repo: str | None = None) -> Archive | ManifestFolder:
    root = Path(root)
    if not root.exists():
        raise ArchiveError(f"archive {root} does not exist")
    if (root / "manifest.jsonl").is_file() and not (root / POSTS).is_dir():
        return ManifestFolder(root)
    return Archive(root, repo)
