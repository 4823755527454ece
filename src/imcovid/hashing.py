"""SHA-256 of a file read in chunks, so that hashing never holds a whole (possibly huge) file in memory."""

from __future__ import annotations

import hashlib
from pathlib import Path

CHUNK = 1 << 20


def sha256_file(path: Path | str) -> tuple[str, int]:
    """``(hex digest, size in bytes)``."""
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK), b""):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size

