"""One source, start to finish: file → parsed → cleaned → annotated → validated records, or a rejection.

This is what a worker process runs. It never raises: every failure becomes a rejection with a specific reason, so
one bad file cannot stop a build.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from imcovid.annotate import annotate
from imcovid.clean import clean_document
from imcovid.clean.steps import step_rows
from imcovid.config import BuildConfig
from imcovid.hashing import sha256_file
from imcovid.ids import with_ids
from imcovid.models import AnnotatedArticle, validation_context
from imcovid.panel import dated_mentions, evidence_rows
from imcovid.provenance import archive_path, build_chain
from imcovid.publish.parquet import to_arrow
from imcovid.publish.release import record_hashes
from imcovid.readers import SourceRejected, read_source
from imcovid.stories import signature
from imcovid.version import package_version


@dataclass
class Outcome:
    provenance: dict
    article: dict | None = None
    mentions: list[dict] = field(default_factory=list)
    # Release-manifest hashes of the mention rows, computed here in the worker (and cached with the rest) so that the
    # single writing process does not spend its time hashing.
    mention_hashes: list[tuple[str, str]] = field(default_factory=list)  # (mention_id, hash) in row order
    # The mention rows as an Arrow IPC stream, converted here for the same reason. The article row is converted by
    # the writer: its story_id and canonical come from a cross-source step.
    mentions_arrow: bytes | None = None
    # The provenance row as published when no cross-source step changes it (see pipeline.prepare_provenance).
    provenance_arrow: bytes | None = None
    provenance_hash: str | None = None
    # An accepted source's provenance and article rows as Arrow (story columns empty) with their canonical JSON cut
    # around the story columns (release.hash_parts), made in the worker (pipeline.prepare_provenance) so that the
    # writer, and a cached rebuild, only append them; None when not prepared.
    provenance_parts: list | None = None
    article_arrow: bytes | None = None
    article_parts: list | None = None
    signature: dict | None = None  # stories.signature of the article: per-source work for the cross-source grouping
    # The article's MEASURE and CASE_COUNT evidence, dated (panel.dated_mentions): per-source work for the panel.
    panel_evidence: list[dict] = field(default_factory=list)
    # The same evidence as the panel spill's rows (panel.evidence_rows), made here so that the writer only inserts.
    panel_rows: list[tuple] | None = None


@dataclass(frozen=True)
class Task:
    path: str  # absolute path to read
    source_file: str  # path relative to the seeds folder, POSIX separators
    rejection: str | None = None  # decided while listing (symlink outside seeds/, unsupported extension …)


def process(task: Task, config: BuildConfig) -> Outcome:
    """One source, no cache: what :func:`imcovid.pipeline.stage_source` does on a cache miss."""
    raw, early = read_task(task, config)
    return early if raw is None else process_raw(task, raw, config)[0]


def read_task(task: Task, config: BuildConfig) -> tuple[bytes | None, Outcome | None]:
    """``(raw bytes, None)`` of a source to process, or ``(None, rejection)`` for one rejected unread (listing
    verdict, size limit, unreadable). Never raises."""
    base = _base_record(task.source_file)
    try:
        if task.rejection:
            sha, size = sha256_file(task.path) if os.path.isfile(task.path) else (None, 0)
            return None, _rejected(base, task.rejection, size_bytes=size, sha256=sha)
        size = os.stat(task.path).st_size
        if size > config.max_source_bytes:
            sha, _ = sha256_file(task.path)
            return None, _rejected(base, f"file is {size} bytes, larger than the {config.max_source_bytes}-byte "
                                         "limit; not read", size_bytes=size, sha256=sha)
        return Path(task.path).read_bytes(), None
    except Exception as error:  # noqa: BLE001 — the build must survive anything one source does
        return None, _rejected(base, f"internal error while reading: {type(error).__name__}: {error}")


def process_raw(task: Task, raw: bytes, config: BuildConfig) -> tuple[Outcome, bool]:
    """``(outcome, cacheable)``: the outcome is a pure function of path, bytes, code and configuration, except after
    an internal error (which may be transient, e.g. memory), which is therefore not to be cached."""
    base = _base_record(task.source_file)
    try:
        return _process_bytes(base, task.source_file, raw, config), True
    except Exception as error:  # noqa: BLE001 — the build must survive anything one source does
        return _rejected(base, f"internal error while processing: {type(error).__name__}: {error}"), False


def _process_bytes(base: dict, source_file: str, raw: bytes, config: BuildConfig) -> Outcome:
    sha = hashlib.sha256(raw).hexdigest()
    base.update(size_bytes=len(raw), sha256=sha)
    try:
        doc = read_source(source_file, raw, sha)
    except SourceRejected as rejected:
        return _rejected(base, rejected.reason, format=rejected.format, encoding=rejected.encoding)
    base.update(format=doc.format, encoding=doc.encoding, archive_path=archive_path(doc))
    try:
        cleaned = clean_document(doc, config)
    except SourceRejected as rejected:
        base["chain"] = build_chain(doc, None)
        return _rejected(base, rejected.reason)

    article_id = sha[:16]
    fields = cleaned.fields
    mentions = with_ids(article_id, annotate(fields["text"], fields["published_date_local"]))
    article = {
        "id": article_id,
        "source_file": source_file,
        "source_sha256": sha,
        **fields,
        "n_chars": len(fields["text"]),
        **_summary(mentions),
    }
    chain = build_chain(doc, cleaned)
    base.update(
        chain=chain,
        original_outlets=[link["name"] for link in chain if link["role"] == "original_outlet"],
        aggregator=next((link["name"] for link in chain if link["role"] == "aggregator"), None),
        rights_statement=fields["rights_statement"],
        processing_steps=step_rows(cleaned.steps),
        flags=list(fields["flags"]),
    )
    try:
        validated = AnnotatedArticle.model_validate({"article": article, "mentions": mentions},
                                                   context=validation_context(config))
    except ValidationError as error:
        return _rejected(base, "validation failed: " + _describe(error))
    base.update(status="accepted", article_ids=[article_id])
    # One dump of the whole (one call into pydantic-core, not one per mention): the same rows.
    dumped = validated.model_dump(mode="python")
    article_row, mention_rows = dumped["article"], dumped["mentions"]
    evidence = dated_mentions(article_row["text"], article_row["published_date_local"], mention_rows)
    return Outcome(base, article_row, mention_rows,
                   mention_hashes=list(zip([m["mention_id"] for m in mention_rows], record_hashes(mention_rows))),
                   mentions_arrow=to_arrow("mentions", mention_rows), signature=signature(article_row),
                   panel_evidence=evidence, panel_rows=evidence_rows(evidence))


def _summary(mentions: list[dict]) -> dict:
    def distinct(kind: str, key: str) -> list[str]:
        return sorted({m[key] for m in mentions if m["type"] == kind and m[key]})

    return {
        "persons": distinct("PERSON", "surface"),
        "location_codes": distinct("LOCATION", "code"),
        "organizations": distinct("ORGANIZATION", "surface"),
        "n_mentions": len(mentions),
    }


def _base_record(source_file: str) -> dict:
    version = package_version()
    return {
        "source_file": source_file,
        "size_bytes": 0,
        "sha256": None,
        "format": "unknown",
        "encoding": None,
        "status": "rejected",
        "reasons": [],
        "flags": [],
        "article_ids": [],
        "duplicate_of": None,
        "story_id": None,
        "chain": [],
        "original_outlets": [],
        "aggregator": None,
        "archive_path": None,
        "rights_statement": None,
        "origins": [],
        "processing_steps": [],
        "software_version": version,
        "dataset_version": version,
    }


def _rejected(base: dict, reason: str, **updates) -> Outcome:
    base.update({k: v for k, v in updates.items() if v is not None or k not in base})
    base.update(status="rejected", reasons=[reason], article_ids=[])
    return Outcome(base)


def _describe(error: ValidationError) -> str:
    parts = []
    for item in error.errors()[:5]:
        where = ".".join(str(p) for p in item["loc"]) or "record"
        parts.append(f"{where}: {item['msg']}")
    more = f" (+{error.error_count() - 5} more)" if error.error_count() > 5 else ""
    return "; ".join(parts) + more
