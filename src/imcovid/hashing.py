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


def record_hashes(rows: list[dict]) -> list[str]:
    """:func:`imcovid.publish.release.record_hash` of each row, the same strings, computed for a batch: one canonical
    JSON encoding of the list, cut between rows, instead of one encoding (and one copy) per row. A worker hashes
    every mention row it publishes, so this is most of its record-hash time.

    Why the cut is exact: two non-empty rows always meet at ``},{"``, so the encoding has at least one cut per
    boundary; any other occurrence (a nested list of objects, a string or key ending in ``},{``) only adds cuts. So
    when the pieces are exactly as many as the rows, each piece is one row. Otherwise — or when a row is empty or
    carries what :func:`record_hash` takes out (version stamps, processing steps) — every row is hashed on its own."""
    from imcovid.publish.release import VERSION_STAMPS, canonical_json, record_hash

    if not rows:
        return []
    # An empty row would join its neighbour without a cut (``{}`` does not open with ``{"``), so that another cut,
    # inside a string, could go unnoticed: hashed one by one too.
    if any(not row or row.get("processing_steps") or any(stamp in row for stamp in VERSION_STAMPS) for row in rows):
        return [record_hash(row) for row in rows]
    text = canonical_json(rows)
    parts = text[3:-2].split('},{"')  # '[{"' … '}]'
    if len(parts) != len(rows) or not text.startswith('[{"') or not text.endswith("}]"):
        return [record_hash(row) for row in rows]
    sha = hashlib.sha256
    return [sha(('{"' + part + "}").encode("utf-8")).hexdigest() for part in parts]
