"""One source, start to finish: file → parsed → cleaned → annotated → validated records, or a rejection.

This is what a worker process runs. It never raises: every failure becomes a rejection with a specific reason, so
one bad file cannot stop a build.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
from dataclasses import dataclass, field, replace

import pyarrow as pa
from pydantic import ValidationError

from imcovid.config import BuildConfig
from imcovid.hashing import sha256_file
from imcovid.ids import with_ids
from imcovid.memo import memo
from imcovid.models import AnnotatedArticle, ProvenanceRecord, validation_context
from imcovid.panel import dated_mentions, evidence_rows
from imcovid.hashing import canonical_json, canonical_json_bytes
from imcovid.pending import STORY_COLUMNS
from imcovid.publish import convert
from imcovid.publish.arrow import arrow_schema as from_arrow_schema
from imcovid.publish.parquet import from_arrow, to_arrow
from imcovid.publish.release import hash_parts, record_hashes
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
        # open() rather than Path.read_bytes(): the same bytes and the same errors, without building a Path (a
        # twentieth of what a repeated capture costs its worker).
        with open(task.path, "rb") as handle:
            return handle.read(), None
    except Exception as error:  # noqa: BLE001 — the build must survive anything one source does
        return None, _rejected(base, f"internal error while reading: {type(error).__name__}: {error}")


def process_raw(task: Task, raw: bytes, config: BuildConfig, rows: bool = True) -> tuple[Outcome, bool]:
    """``(outcome, cacheable)``: the outcome is a pure function of path, bytes, code and configuration, except after
    an internal error (which may be transient, e.g. memory), which is therefore not to be cached. ``rows=False``: the
    caller keeps the mentions' Arrow bytes and hashes, not their rows as dicts (the build's writer:
    ``pipeline._slim``), so a capture served by a record template leaves ``mentions`` empty instead of making them."""
    base = _base_record(task.source_file)
    try:
        return _process_bytes(base, task.source_file, raw, config, rows), True
    except Exception as error:  # noqa: BLE001 — the build must survive anything one source does
        return _rejected(base, f"internal error while processing: {type(error).__name__}: {error}"), False


def _process_bytes(base: dict, source_file: str, raw: bytes, config: BuildConfig, rows: bool = True) -> Outcome:
    # The reading, cleaning and annotating modules are imported with the first source this process reads, not with
    # this module: a rebuild served wholly by the cache (a post removed, nothing changed) never needs them, and their
    # import costs most of a second of CPU (word lists checked, patterns compiled, models' modules, datasketch).
    from imcovid.annotate import annotate
    from imcovid.clean.result import look_up
    from imcovid.clean.steps import step_rows
    from imcovid.provenance import archive_path, build_chain
    from imcovid.readers import SourceRejected, read_source
    from imcovid.stories import signature

    sha = hashlib.sha256(raw).hexdigest()
    base.update(size_bytes=len(raw), sha256=sha)
    try:
        doc = read_source(source_file, raw, sha)
    except SourceRejected as rejected:
        return _rejected(base, rejected.reason, format=rejected.format, encoding=rejected.encoding)
    base.update(format=doc.format, encoding=doc.encoding, archive_path=archive_path(doc))
    try:
        # A cleaning the memo holds is taken without importing the cleaning's rule modules (imcovid.clean.result).
        prepared = look_up(doc, config)
        if prepared.result is not None:
            cleaned = prepared.result
        else:
            from imcovid.clean import clean_document  # (the package's name: imcovid.clean.article's, imported now)

            cleaned = clean_document(doc, config, prepared)
    except SourceRejected as rejected:
        base["chain"] = build_chain(doc, None)
        return _rejected(base, rejected.reason)

    article_id = sha[:16]
    fields = cleaned.fields
    # Captures of one text (the same cleaned fields: see clean_document) differ only in their identity — article
    # id, path, bytes' hash —, so their records are the first capture's with that identity put in (RecordTemplate).
    records = memo("records", RECORD_TEMPLATES_MAX_BYTES)
    inputs_key = getattr(cleaned, "inputs_key", None)
    template = records.get_shared(inputs_key) if inputs_key is not None else None
    if isinstance(template, TemplateSeed):  # the text's second capture: its first capture's template, made now
        template = template.grow()
        records.replace_shared(inputs_key, template, size=template.size if template is not None else None)
    if template is not None:
        identity = template.identity(article_id)
    else:
        mentions = with_ids(article_id, annotate(fields["text"], fields["published_date_local"]))
        summary = _summary(mentions)
    chain = build_chain(doc, cleaned)
    base.update(
        chain=chain,
        original_outlets=[link["name"] for link in chain if link["role"] == "original_outlet"],
        aggregator=next((link["name"] for link in chain if link["role"] == "aggregator"), None),
        rights_statement=fields["rights_statement"],
        processing_steps=step_rows(cleaned.steps),
        flags=list(fields["flags"]),
    )
    # A template's payload with only this capture's identity put in has the template's validation result with the
    # same identity put in (the proof is RecordTemplate.records_for's): its rows are made, not validated again.
    served = template.records_for(identity, source_file, sha, fields, rows=rows or template.segments is None) \
        if template is not None else None
    if served is not None:
        article_row, mention_rows = served
    else:
        if template is not None:
            mentions, summary = template.mentions_for(identity), template.summary_copy()
        article = {
            "id": article_id,
            "source_file": source_file,
            "source_sha256": sha,
            **fields,
            "n_chars": len(fields["text"]),
            **summary,
        }
        try:
            # Validated in full: the payload is the one the steps above give.
            validated = AnnotatedArticle.model_validate({"article": article, "mentions": mentions},
                                                       context=validation_context(config))
        except ValidationError as error:
            return _rejected(base, "validation failed: " + _describe(error))
        # One dump of the whole (one call into pydantic-core, not one per mention): the same rows.
        dumped = validated.model_dump(mode="python")
        article_row, mention_rows = dumped["article"], dumped["mentions"]
    base.update(status="accepted", article_ids=[article_id])
    if template is not None and (served is not None or template.rows_match(identity, mention_rows)):
        # The validated rows are the template's with this identity, field for field: so are their hashes, Arrow
        # data and panel evidence (each a function of the rows, with the identity fields cut out).
        mention_hashes = template.hashes_for(identity, mention_rows)
        mentions_arrow = template.arrow_for(identity)
        evidence, panel_rows = template.evidence_for(identity)
        article_arrow, article_parts = template.article_for(article_row)
    else:
        article_arrow = article_parts = None
        evidence = dated_mentions(article_row["text"], article_row["published_date_local"], mention_rows)
        hashes = record_hashes(mention_rows)
        mention_hashes = list(zip([m["mention_id"] for m in mention_rows], hashes))
        mentions_arrow = to_arrow("mentions", mention_rows)
        panel_rows = evidence_rows(evidence)
        if template is None and inputs_key is not None:
            # What the template is made of, copied now; it is made when a second capture of the text comes (most
            # texts have one capture: making a template costs about a fifth of what a new text costs).
            seed = TemplateSeed((article_id, mentions, summary, mention_rows, hashes, mentions_arrow, evidence,
                                 article_row, fields, base, cleaned), doc)
            records.put_shared(inputs_key, seed, size=seed.size)
    # A capture the template served has the template's signature (a dict of immutable values: a copy of it is a
    # fresh one); the stories memo's key would hash the whole text again.
    story = dict(template.story_signature) if served is not None and template.story_signature is not None \
        else signature(article_row)
    outcome = Outcome(base, article_row, mention_rows, mention_hashes=mention_hashes, mentions_arrow=mentions_arrow,
                      signature=story, panel_evidence=evidence, panel_rows=panel_rows,
                      article_arrow=article_arrow, article_parts=article_parts)
    if template is not None and template.provenance is not None:
        # The provenance row as pipeline.prepare_provenance makes it (Arrow, JSON cut at the story columns).
        prepared = template.provenance.prepared_for(base)
        if prepared is not None:
            outcome.provenance_arrow, outcome.provenance_parts = prepared
    return outcome


class TemplateSeed:
    """A first capture's records and what they were made of (a private copy, pickled), from which :meth:`grow` makes
    the :class:`RecordTemplate` (with its :class:`ProvenanceTemplate`) that the capture would have made: the same
    values, so the same template, only later — when a second capture of the text needs it."""

    def __init__(self, parts: tuple, doc) -> None:
        self.blob = pickle.dumps(parts, protocol=pickle.HIGHEST_PROTOCOL)  # before the caller's objects can change
        self.doc = doc  # frozen: strings and tuples
        self.size = len(self.blob)

    def grow(self) -> "RecordTemplate | None":
        (article_id, mentions, summary, rows, hashes, arrow, evidence, article_row, fields, base,
         cleaned) = pickle.loads(self.blob)
        try:
            made = RecordTemplate.make(article_id, mentions, summary, rows, hashes, arrow, evidence, article_row,
                                       fields=fields)
        except ValueError:
            return None
        made.provenance = ProvenanceTemplate.make(base, self.doc, cleaned)
        if made.article_row is not None:
            # Every capture the template serves (records_for) has this row's text, title and time, all that
            # stories.signature reads of it: its signature is this one.
            from imcovid.stories import signature

            made.story_signature = signature(made.article_row)
        return made


# The fields of a mention row that name its article: everything else in the row is a function of the text.
_IDENTITY = ("article_id", "mention_id", "parent_id")


# The record templates' bound, in pickled bytes: a template (mention rows with their JSON cut and Arrow bytes, the
# article row with its Arrow and JSON) pickles to 20-600 KiB, about 100 KiB for a real post, so a few hundred texts'
# captures are served however their paths interleave (a worker holds them as objects: roughly three times that).
RECORD_TEMPLATES_MAX_BYTES = 32 * 1024 * 1024

# The fields of an article row that name its source (the rest is the cleaned fields and the mentions' summary).
_ARTICLE_IDENTITY = ("id", "source_file", "source_sha256")
_STORY = STORY_COLUMNS["articles"]


def _article_template(row: dict) -> tuple[dict, object, list] | None:
    """The article row, its Arrow batch and its canonical JSON cut at the story and identity fields, or None when
    the cut cannot be made (then every capture's article is converted and cut from its own row)."""
    later = (*_STORY, *_ARTICLE_IDENTITY)
    parts = hash_parts(row, later)
    if parts is None or _fill_parts(parts, row) != hash_parts(row, _STORY):
        return None
    return row, from_arrow("articles", to_arrow("articles", [row])), parts


def _fill_parts(parts: list, row: dict) -> list:
    """``parts`` (cut at the story fields, then the identity fields) with the identity fields of ``row`` written in:
    the parts :func:`hash_parts` gives for the story fields alone."""
    return _fill(parts, row, _STORY, _ARTICLE_IDENTITY)


def _id_positions(data: bytes, article_id: str) -> list[int] | None:
    """Where in the mention rows' Arrow bytes the article id stands: at the start of every non-null value of the
    three identity columns (their offsets read from the batch, which points into ``data``)."""
    buffer = pa.py_buffer(data)
    batch = pa.ipc.read_record_batch(buffer, from_arrow_schema("mentions"))
    prefix = article_id.encode("ascii")
    positions = []
    for name in _IDENTITY:
        column = batch.column(name)
        if not pa.types.is_string(column.type) or column.offset != 0:
            return None
        _, offsets, values = column.buffers()
        if values is None:  # every value null (parent ids of an article without nesting)
            continue
        base = values.address - buffer.address
        starts = memoryview(offsets).cast("i")
        for index in range(len(column)):
            if column[index].is_valid:
                at = base + starts[index]
                if data[at:at + len(prefix)] != prefix:
                    return None
                positions.append(at)
    return positions


# Values that stand for the identity fields while a template's rows are written as canonical JSON (a NUL cannot be
# in an id or in any published text, and each must be found exactly once per row).
_MARKS = tuple(f"\x00imcovid-identity-{name}\x00" for name in _IDENTITY)


def _json_segments(article_id: str, rows: list[dict], hashes: list[str]) -> list[tuple[bytes, ...]] | None:
    """Per row, the canonical JSON :func:`record_hash` hashes, cut around its identity values so that
    ``A.join(segments)`` is the JSON of the row under article id ``A``: ``p0 "A" p1 "A<own digest>" p2 ("A<parent
    digest>" | null) p3`` (keys in sorted order: article_id, mention_id, parent_id). All rows are written in one
    encoding, cut between rows as :func:`imcovid.publish.release.record_hashes` cuts them; each row's segments are
    kept only if joined with the template's own id they give that row's record hash, else None (the copies' rows are
    then hashed in full)."""
    marks = [canonical_json_bytes(mark) for mark in _MARKS]
    text = canonical_json_bytes([{**row, "article_id": _MARKS[0], "mention_id": _MARKS[1], "parent_id": _MARKS[2]}
                                 for row in rows])
    pieces = text[3:-2].split(b'},{"')
    if not rows or len(pieces) != len(rows) or not text.startswith(b'[{"') or not text.endswith(b"}]"):
        return None
    cut = len(article_id)
    key = article_id.encode("ascii")
    segments: list[tuple[bytes, ...]] = []
    for piece, row, hashed in zip(pieces, rows, hashes):
        body = b'{"' + piece + b"}"
        if any(body.count(mark) != 1 for mark in marks):
            return None
        p0, rest = body.split(marks[0])
        p1, rest = rest.split(marks[1])
        p2, p3 = rest.split(marks[2])
        own, parent = row["mention_id"], row["parent_id"]
        if parent is None:
            segs = (p0 + b'"', b'"' + p1 + b'"', own[cut:].encode() + b'"' + p2 + b"null" + p3)
        else:
            segs = (p0 + b'"', b'"' + p1 + b'"', own[cut:].encode() + b'"' + p2 + b'"',
                    parent[cut:].encode() + b'"' + p3)
        if hashlib.sha256(key.join(segs)).hexdigest() != hashed:  # e.g. an id JSON would escape
            return None
        segments.append(segs)
    return segments


class RecordTemplate:
    """One capture's mention records, kept to make another capture's with the same cleaned fields: the same rows but
    for the identity fields (``article_id``; ``mention_id`` and ``parent_id``, which are ``<article_id>-<span
    digest>``, :func:`imcovid.ids.mention_id`).

    Why each part is exact for another capture with article id ``A``:

    * the annotated mentions given to validation: :func:`imcovid.ids.with_ids` of the same annotations, whose ids
      differ only in their article prefix (the span digest and the nesting do not read the article id);
    * the validated rows are compared, every field, with the template's under ``A`` before anything below is used
      (a capture whose rows differ for any reason takes the full path) — or, when the capture's cleaned fields
      equal the template's, its rows are made without validating them again (:meth:`records_for` says why that
      is sound);
    * record hashes: the canonical JSON of a row is its fields' JSON in key order, so it is the template row's JSON
      cut around the identity values (:func:`_json_segments`) with ``A``'s values put back; an
      id is ``A`` and hex digits (both checked by the models), which JSON writes as they are;
    * Arrow: the template's bytes with the article id patched in place (no id changes length), or its record batch
      with the three identity columns replaced: the batch :func:`to_arrow` makes of the rows, byte for byte
      (``tests/test_record_templates.py``);
    * panel evidence: :func:`imcovid.panel.dated_mentions` copies the ids and reads nothing else of them, and the
      spill's rows sort by fields that are not ids; :func:`imcovid.panel.evidence_rows` groups by fields that are
      not ids and sorts ids that all start with ``A-`` (one length), so in the order of their span digests, whatever
      ``A`` is: the template's rows with ``A`` put in (:func:`_reidentify`, checked against evidence_rows for a
      probe id when the template is made).

    Instances are shared by the memo (never copied on a hit), so nothing here changes them or hands out their
    objects: every method builds new rows."""

    def __init__(self, article_id: str, mentions: list[dict], summary: dict, rows: list[dict],
                 segments: list[tuple[bytes, ...]] | None, batch, evidence: list[tuple[int, dict]],
                 patches: tuple[bytes, list[int]] | None = None,
                 article: tuple[dict, object, list] | None = None) -> None:
        self.article_id = article_id
        self.mentions = mentions
        self.summary = summary
        self.rows = rows
        # Each row's mention id and parent id after the article id (the span digests).
        cut = len(article_id)
        self.own = [row["mention_id"][cut:] for row in rows]
        self.parent = [None if row["parent_id"] is None else row["parent_id"][cut:] for row in rows]
        self.segments = segments
        self.batch = batch
        self.evidence = evidence  # (index of the mention row, evidence record)
        self.patches = patches  # the rows' Arrow bytes and where the article id is in them (see _id_positions)
        self.chunks: list[bytes] | None = None  # those bytes cut at the ids' places, when no two places overlap
        self.article = article  # the article row, its Arrow batch and its JSON cut at story and identity fields
        # The cleaned fields the template's payload was made of, and its validated article row pickled (a fresh copy
        # of its nested lists for each capture): what records_for serves; None when not kept.
        self.fields: dict | None = None
        self.article_blob: bytes | None = None
        self.article_row: dict | None = None  # that row loaded once: each capture gets a _fresh copy of it
        # stories.signature of the served rows (a function of their text, title and time, the template's): see
        # TemplateSeed.grow; None when not kept.
        self.story_signature: dict | None = None
        self.panel_rows: list[tuple] | None = None  # panel.evidence_rows of the evidence, see evidence_for
        self.provenance: ProvenanceTemplate | None = None  # the capture's provenance row, see ProvenanceTemplate
        self.article_patch: tuple | None = None  # see _patcher: the article row's Arrow bytes, identity in place

    @classmethod
    def make(cls, article_id: str, mentions: list[dict], summary: dict, rows: list[dict], hashes: list[str],
             arrow: bytes, evidence: list[dict],
             article_row: dict | None = None, fields: dict | None = None) -> "RecordTemplate":
        ids = {row["mention_id"]: index for index, row in enumerate(rows)}
        if len(ids) != len(rows) or any(record["mention_id"] not in ids or record["article_id"] != article_id
                                        for record in evidence):
            raise ValueError("not a template")  # cannot happen for validated rows: the caller stores nothing
        segments = _json_segments(article_id, rows, hashes)
        # Copies of what the caller keeps (it returns the rows in its outcome): the rows are flat dicts of strings,
        # numbers, dates and None (the models' scalar fields), so dict() copies them; the summary holds lists.
        made = cls(article_id, [dict(m) for m in mentions],
                   {k: list(v) if isinstance(v, list) else v for k, v in summary.items()},
                   [dict(row) for row in rows], segments, from_arrow("mentions", arrow),
                   [(ids[record["mention_id"]], dict(record)) for record in evidence])
        # The rows' Arrow bytes with the article id patched in place (every id is the article id followed by the
        # same digest, so no value changes length and no offset moves), used only if patching the template's
        # bytes for another identity gives exactly the batch made with set_column for it.
        positions = _id_positions(arrow, article_id)
        if positions is not None:
            probe = made.identity(_probe_id(article_id))
            made.patches = (arrow, positions)
            ordered = sorted(positions)
            width = len(article_id)
            if all(b - a >= width for a, b in zip(ordered, ordered[1:])):  # apart: the bytes between them, cut once
                made.chunks = [arrow[a + width if i else 0:b] for i, (a, b) in
                               enumerate(zip([0, *ordered], [*ordered, len(arrow)]))]
            if made._patched(probe[0]) != made._arrow_by_columns(probe):
                made.patches = None
            else:
                made.batch = None  # made again from the bytes if ever needed (see _arrow_by_columns)
        if article_row is not None:  # nested lists and dicts: copied through pickle
            blob = pickle.dumps(article_row, protocol=pickle.HIGHEST_PROTOCOL)
            made.article = _article_template(pickle.loads(blob))
            if made.article is not None:
                # The article row's Arrow bytes with the identity values written in place (same lengths: same
                # layout), used only if that gives for two probe identities the batch made column by column.
                mine = made.article[0]
                made.article_patch = _patcher(made._article_by_columns(mine),
                                              [mine[name].encode("utf-8") for name in _ARTICLE_IDENTITY])
                for shift in (1, 2):
                    sha = _shifted(mine["source_sha256"], shift, "0123456789abcdef")
                    probe = {**mine, "id": sha[:16], "source_file": _probe_path(mine["source_file"], shift),
                             "source_sha256": sha}
                    if made.article_patch is not None and _patch(
                            made.article_patch, [probe[name].encode("utf-8") for name in _ARTICLE_IDENTITY]) \
                            != made._article_by_columns(probe):
                        made.article_patch = None
            if fields is not None and article_row["id"] == article_id:
                made.fields, made.article_blob = pickle.loads(pickle.dumps(fields, protocol=pickle.HIGHEST_PROTOCOL)), blob
                made.article_row = pickle.loads(blob)
        # The panel rows of another identity are the template's with the ids put in, if that gives, for a probe id,
        # exactly what evidence_rows makes of the probe's evidence.
        if made.evidence:
            made.panel_rows = _panel_template(article_id, evidence_rows([record for _, record in made.evidence]))
            probe = made.identity(_probe_id(article_id))
            if made.panel_rows is not None and made._panel_rows_for(probe[0]) != evidence_rows(made._evidence_for(probe)):
                made.panel_rows = None
        else:
            made.panel_rows = []
        return made

    def records_for(self, identity: tuple, source_file: str, sha256: str,
                    fields: dict, rows: bool = True) -> tuple[dict, list[dict]] | None:
        """The validated article row and mention rows of a capture with ``identity`` (its article id's),
        ``source_file`` and bytes' ``sha256`` whose cleaned ``fields`` equal the template's, without validating them
        again; None when the template cannot say (fields differ, or no validated article kept): then the capture's
        payload is validated in full.

        Why this is the validation's result. The capture's payload (process._process_bytes) is ``{"article": {id,
        source_file, source_sha256, **fields, n_chars, **summary}, "mentions": mentions_for(identity)}``: with equal
        ``fields``, and the template's summary and annotated mentions, it is the template's payload with only the
        identity values changed — ``id``, ``source_file``, ``source_sha256``; each mention's ``article_id``,
        ``mention_id`` and ``parent_id``, which are ``A`` followed by the template's suffixes. The template's payload
        validated (under the same configuration: the memo key holds it) into the template's rows. Pydantic validates
        each field on its own and then runs the models' validators, so the capture's validation differs only where a
        constraint or validator reads an identity value:

        * field constraints: ``id`` a 16-hex-digit HexId, ``source_sha256`` 64 hex digits, ``source_file`` a
          non-empty string, each mention id ``MENTION_ID_PATTERN``, each ``article_id`` a HexId — checked here
          (:func:`_identity_valid`, and A + a suffix that followed a valid id's 16 hex digits is valid iff A is 16
          hex digits); strings pass through validation unchanged, so the dumped values are the given ones;
        * ``Article._consistent``: ``id == source_sha256[:16]`` — checked here; the rest reads no identity;
        * ``Mention._shape``: the ids start with ``article_id + "-"`` and a parent differs from its child — true of
          ``A`` + the template's suffixes exactly when it was of the template's (the suffixes start with ``-``);
        * ``AnnotatedArticle._offsets_inside_text``: every mention's article id is the article's (``A`` for all),
          ids are unique and each parent id names a containing mention — relations between the suffixes, which do
          not change.

        So the capture validates, and its dump is the template's rows with the identity values put in (with
        ``rows=False``, the mention rows are not made: an empty list stands for them).
        ``tests/test_record_templates.py`` compares it with the full path for every real post of three sets."""
        if self.fields is None or self.article_row is None or fields != self.fields:
            return None
        article_id, own, parent = identity
        if not _identity_valid(article_id, source_file, sha256):
            return None
        # A fresh copy of the row as pickle.loads(article_blob) gives it (new lists and dicts, the same immutable
        # values), without decoding the whole text again for every capture.
        article = _fresh(self.article_row)
        article.update(id=article_id, source_file=source_file, source_sha256=sha256)  # same keys: same order
        if not rows:
            return article, []
        return article, [{**row, "article_id": article_id, "mention_id": o, "parent_id": p}
                         for row, o, p in zip(self.rows, own, parent)]

    @property
    def size(self) -> int:
        """What the template counts as in its memo's bound: the bytes of its encoded parts (mention rows' JSON and
        Arrow, the article's JSON), about its pickled size."""
        encoded = sum(len(piece) for segs in self.segments or () for piece in segs)
        encoded += len(self.patches[0]) if self.patches is not None else self.batch.nbytes
        encoded += len(self.patches[0]) if self.chunks is not None else 0
        if self.article is not None:
            encoded += sum(len(piece) for piece in self.article[2] if isinstance(piece, str)) * 2
        # The served article row (pickled, and loaded once) and fields (about the article's JSON again each), its
        # Arrow bytes to patch, and the provenance row's bytes, record and JSON.
        encoded += 3 * len(self.article_blob or b"") + (len(self.article_patch[0]) if self.article_patch else 0)
        if self.provenance is not None:
            encoded += 3 * len(self.provenance.arrow)
        return encoded + 100 * len(self.rows)

    def identity(self, article_id: str) -> tuple[str, list[str], list[str | None]]:
        """``article_id`` with the mention ids and parent ids of its rows, in row order."""
        return (article_id, [article_id + own for own in self.own],
                [None if parent is None else article_id + parent for parent in self.parent])

    def mentions_for(self, identity: tuple) -> list[dict]:
        article_id, own, parent = identity
        # with_ids gives its rows in the annotations' order, the rows' order (validation and dumping keep it).
        return [{**m, "article_id": article_id, "mention_id": o, "parent_id": p}
                for m, o, p in zip(self.mentions, own, parent)]

    def summary_copy(self) -> dict:
        return {key: list(value) if isinstance(value, list) else value for key, value in self.summary.items()}

    def rows_match(self, identity: tuple, rows: list[dict]) -> bool:
        """Whether ``rows`` are the template's rows under ``identity``, every field equal."""
        article_id, own, parent = identity
        return len(rows) == len(self.rows) and all(
            row == {**mine, "article_id": article_id, "mention_id": o, "parent_id": p}
            for row, mine, o, p in zip(rows, self.rows, own, parent))

    def hashes_for(self, identity: tuple, rows: list[dict]) -> list[tuple[str, str]]:
        article_id, own, _ = identity
        if self.segments is None:
            return list(zip(own, record_hashes(rows)))
        key, sha = article_id.encode(), hashlib.sha256
        return [(o, sha(key.join(segs)).hexdigest()) for o, segs in zip(own, self.segments)]

    def arrow_for(self, identity: tuple) -> bytes:
        if self.patches is not None:
            return self._patched(identity[0])
        return self._arrow_by_columns(identity)

    def _patched(self, article_id: str) -> bytes:
        if self.chunks is not None:  # the id between the chunks: the same bytes as writing it at each position
            return article_id.encode("ascii").join(self.chunks)
        data, positions = self.patches
        out = bytearray(data)
        new = article_id.encode("ascii")
        width = len(new)
        for at in positions:
            out[at:at + width] = new
        return bytes(out)

    def _arrow_by_columns(self, identity: tuple) -> bytes:
        article_id, own, parent = identity
        batch = self.batch if self.batch is not None else from_arrow("mentions", self.patches[0])
        for name, values in zip(_IDENTITY, ([article_id] * batch.num_rows, own, parent)):
            at = batch.schema.get_field_index(name)
            field_ = batch.schema.field(at)
            batch = batch.set_column(at, field_, convert.array(values, field_.type))
        return batch.serialize().to_pybytes()

    def article_for(self, row: dict) -> tuple[bytes | None, list | None]:
        """The article row's Arrow bytes (story columns empty) and :func:`hash_parts` at its story columns, as
        :func:`imcovid.pipeline.prepare_provenance` makes them, when ``row`` is the template's but for its identity
        fields; else ``(None, None)`` (they are made from the row)."""
        if self.article is None:
            return None, None
        mine, batch, parts = self.article
        if row != {**mine, **{name: row.get(name) for name in _ARTICLE_IDENTITY}}:
            return None, None
        if self.article_patch is not None:
            patched = _patch(self.article_patch, [row[name].encode("utf-8") for name in _ARTICLE_IDENTITY])
            if patched is not None:
                return patched, _fill_parts(parts, row)
        return self._article_by_columns(row), _fill_parts(parts, row)

    def _article_by_columns(self, row: dict) -> bytes:
        batch = self.article[1]
        for name in _ARTICLE_IDENTITY:
            at = batch.schema.get_field_index(name)
            field_ = batch.schema.field(at)
            batch = batch.set_column(at, field_, convert.array([row[name]], field_.type))
        return batch.serialize().to_pybytes()

    def evidence_for(self, identity: tuple) -> tuple[list[dict], list[tuple]]:
        evidence = self._evidence_for(identity)
        # The panel's rows are one partial per key over the evidence with this capture's ids (panel.evidence_rows):
        # the template's with the ids put in (see the class's note), else made again from the evidence.
        rows = self._panel_rows_for(identity[0]) if self.panel_rows is not None else evidence_rows(evidence)
        return evidence, rows

    def _evidence_for(self, identity: tuple) -> list[dict]:
        article_id, own, _ = identity
        return [{**record, "article_id": article_id, "mention_id": own[index]} for index, record in self.evidence]

    def _panel_rows_for(self, article_id: str) -> list[tuple]:
        return [(config, sort, key, article_id + first, _reidentify(config, part, article_id))
                for config, sort, key, first, part in self.panel_rows]


def _fresh(value):
    """A copy of a validated row (dicts and lists of strings, numbers, dates, datetimes, None): new containers at
    every level, so that a caller that changes its copy changes no other; the immutable values are shared."""
    kind = type(value)
    if kind is dict:
        return {key: _fresh(item) for key, item in value.items()}
    if kind is list:
        return [_fresh(item) for item in value]
    if kind is tuple:
        return tuple(_fresh(item) for item in value)
    return value


def _probe_id(article_id: str) -> str:
    """An article id other than ``article_id``, of its length: what a template's shortcuts are checked with."""
    return "0" * len(article_id) if article_id != "0" * len(article_id) else "1" * len(article_id)


def _panel_template(article_id: str, rows: list[tuple]) -> list[tuple] | None:
    """An article's :func:`imcovid.panel.evidence_rows` with the article id cut out of every id: the first mention id
    as its suffix, the partial as :func:`_reidentify` takes it (see :func:`imcovid.panel.partial`: measures
    ``(mention ids, article ids, level, targeted, modes)``, case counts ``((mention id, value, article id), …)``);
    None when an id is not the article's (then every capture's rows are made by evidence_rows)."""
    cut = len(article_id)
    mine = lambda value: isinstance(value, str) and value.startswith(article_id + "-")  # noqa: E731
    out = []
    for config, sort, key, first, part in rows:
        if not mine(first):
            return None
        if config == "measures":
            ids, articles, *rest = part
            if not all(mine(i) for i in ids) or articles != (article_id,):
                return None
            part = (tuple(i[cut:] for i in ids), *rest)
        else:
            if not all(len(item) == 3 and mine(item[0]) and item[2] == article_id for item in part):
                return None
            part = tuple((item[0][cut:], item[1]) for item in part)
        out.append((config, sort, key, first[cut:], part))
    return out


def _reidentify(config: str, part: tuple, article_id: str) -> tuple:
    """A partial of :func:`_panel_template` with ``article_id`` put back into its ids."""
    if config == "measures":
        suffixes, *rest = part
        return (tuple([article_id + s for s in suffixes]), (article_id,), *rest)
    return tuple([(article_id + s, value, article_id) for s, value in part])


_HEX16 = re.compile(r"[0-9a-f]{16}")
_HEX64 = re.compile(r"[0-9a-f]{64}")


def _identity_valid(article_id: str, source_file: str, sha256: str) -> bool:
    """What the models check of a capture's identity values (Article.id, source_file, source_sha256 and their
    consistency): see RecordTemplate.records_for."""
    return (isinstance(source_file, str) and len(source_file) >= 1 and isinstance(sha256, str)
            and _HEX64.fullmatch(sha256) is not None and isinstance(article_id, str)
            and _HEX16.fullmatch(article_id) is not None and sha256[:16] == article_id)


# The fields of a provenance record that name its source; the last link of its chain (``seed_file``) names it too.
_PROVENANCE_IDENTITY = ("source_file", "size_bytes", "sha256", "article_ids", "chain")
_PROVENANCE_STORY = STORY_COLUMNS["provenance"]


class ProvenanceTemplate:
    """An accepted capture's provenance row as :func:`imcovid.pipeline.prepare_provenance` prepares it (validated,
    Arrow bytes, canonical JSON cut at the story columns), kept to prepare another capture's whose record is the same
    but for its identity: ``source_file``, ``size_bytes``, ``sha256``, ``article_ids`` and the chain's last link
    (``seed_file``, which names the file, its size and hash: :func:`imcovid.provenance.build_chain`).

    Why it is exact. Such a record validates exactly when its identity values do (``ProvenanceRecord``: a non-empty
    ``source_file``, ``size_bytes`` ≥ 0, a 64-hex-digit ``sha256``, ``article_ids`` a non-empty list of strings —
    the status check reads no more of it than that —, the link's non-empty ``name`` and ``evidence`` under the same
    ``role``: all checked in :meth:`prepared_for`), and its dump is the template's row with those values, which
    validation passes through unchanged. Arrow: a row's IPC bytes are fixed by the lengths of its values, so with
    every identity value of the template's length in bytes, the copy's bytes are the template's with the new values
    written where the old ones stand — their positions found in the template's bytes and checked by converting
    two probe records made by the same code (every byte of each probe value differs from the template's) and
    comparing. JSON: the row's :func:`hash_parts` cut at the identity fields too, the copy's values written in."""

    def __init__(self, record: dict, link_keys: tuple, arrow: bytes, positions: list[tuple[int, int]],
                 size_at: int, parts: list) -> None:
        self.record = record  # a private copy of the template's record
        self.link_keys = link_keys
        self.arrow = arrow
        self.positions = positions  # (byte position, index into the values of _values)
        self.size_at = size_at  # where ``size_bytes`` stands in the Arrow bytes (8 bytes, little-endian)
        self.parts = parts

    @staticmethod
    def _values(record: dict) -> list[bytes]:
        """The identity values searched for in a row's Arrow bytes, shortest first (a longer value written after the
        shorter ones it holds, e.g. the sha256 after the article id, holds them again)."""
        link = record["chain"][-1]
        return [v.encode("utf-8") for v in (record["article_ids"][0], record["source_file"], record["sha256"],
                                            link["evidence"])]

    @classmethod
    def make(cls, record: dict, doc, cleaned) -> "ProvenanceTemplate | None":
        try:
            record = pickle.loads(pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL))
            chain = record["chain"]
            if (record["status"] != "accepted" or len(record["article_ids"]) != 1 or not chain
                    or chain[-1].get("role") != "seed_file" or chain[-1]["name"] != record["source_file"]):
                return None
            row = ProvenanceRecord.model_validate(record).model_dump(mode="python")
            arrow = to_arrow("provenance", [row])
            parts = hash_parts(row, (*_PROVENANCE_STORY, *_PROVENANCE_IDENTITY))
            if parts is None or _fill(parts, row, _PROVENANCE_STORY, _PROVENANCE_IDENTITY) != \
                    hash_parts(row, _PROVENANCE_STORY):
                return None
            values = cls._values(record)
            positions = sorted(((at, index) for index, value in enumerate(values) for at in _find_all(arrow, value)),
                               key=lambda item: len(values[item[1]]))
            batch = pa.ipc.read_record_batch(pa.py_buffer(arrow), from_arrow_schema("provenance"))
            column = batch.column("size_bytes")
            if not pa.types.is_int64(column.type) or column.offset != 0 or column.null_count:
                return None
            size_at = column.buffers()[1].address - pa.py_buffer(arrow).address
            made = cls(record, tuple(chain[-1]), arrow, positions, size_at, parts)
            if size_at < 0 or arrow[size_at:size_at + 8] != record["size_bytes"].to_bytes(8, "little", signed=True):
                return None
            for shift in (1, 2):  # two probes: each byte of each value differs from the template's
                probe = _probe_record(record, doc, cleaned, shift)
                probe_row = ProvenanceRecord.model_validate(probe).model_dump(mode="python")
                if made.prepared_for(probe) != (to_arrow("provenance", [probe_row]),
                                                hash_parts(probe_row, _PROVENANCE_STORY)):
                    return None
            return made
        except (ValidationError, KeyError, TypeError, ValueError, AttributeError, IndexError):
            return None

    def prepared_for(self, record: dict) -> tuple[bytes, list] | None:
        """``(Arrow bytes, hash parts)`` of ``record``'s row, or None when it is not the template's record but for
        valid identity values of the same lengths (then prepare_provenance validates and converts it)."""
        mine = self.record
        chain = record.get("chain")
        if not chain or not isinstance(chain[-1], dict) or tuple(chain[-1]) != self.link_keys:
            return None
        link = chain[-1]
        if link["role"] != mine["chain"][-1]["role"]:
            return None
        same = {**record, "source_file": mine["source_file"], "size_bytes": mine["size_bytes"],
                "sha256": mine["sha256"], "article_ids": mine["article_ids"], "chain": [*chain[:-1], mine["chain"][-1]]}
        if same != mine:
            return None
        source_file, size, sha, ids = record["source_file"], record["size_bytes"], record["sha256"], record["article_ids"]
        if not (isinstance(source_file, str) and source_file and type(size) is int and 0 <= size < 2 ** 63
                and isinstance(sha, str) and _HEX64.fullmatch(sha) and isinstance(ids, list) and len(ids) == 1
                and isinstance(ids[0], str) and isinstance(link["name"], str) and link["name"]
                and isinstance(link["evidence"], str) and link["evidence"]):
            return None
        old, new = self._values(mine), self._values(record)
        if any(len(a) != len(b) for a, b in zip(old, new)):
            return None
        out = bytearray(self.arrow)
        for at, index in self.positions:
            out[at:at + len(new[index])] = new[index]
        out[self.size_at:self.size_at + 8] = size.to_bytes(8, "little", signed=True)
        return bytes(out), _fill(self.parts, record, _PROVENANCE_STORY, _PROVENANCE_IDENTITY)


def _patcher(data: bytes, values: list[bytes]) -> tuple[bytes, list[tuple[int, int]], list[int]]:
    """``data`` with where each of ``values`` stands in it (every occurrence; shorter values first, so that a longer
    value that holds a shorter one is written after it) and their lengths: what :func:`_patch` writes other values
    of the same lengths into. Only used once checked against a real conversion for probe values."""
    positions = sorted(((at, index) for index, value in enumerate(values) for at in _find_all(data, value)),
                       key=lambda item: len(values[item[1]]))
    return data, positions, [len(value) for value in values]


def _patch(patcher: tuple, values: list[bytes]) -> bytes | None:
    """The patcher's bytes with ``values`` written where the template's stood; None if a length differs."""
    data, positions, lengths = patcher
    if any(len(value) != length for value, length in zip(values, lengths)):
        return None
    out = bytearray(data)
    for at, index in positions:
        out[at:at + lengths[index]] = values[index]
    return bytes(out)


def _probe_path(path: str, shift: int) -> str:
    """An ASCII path of ``path``'s length in UTF-8 bytes whose every byte differs from it."""
    usual, other = ("q", "r") if shift == 1 else ("r", "s")
    return "".join(other if byte == ord(usual) else usual for byte in path.encode("utf-8"))


def _find_all(data: bytes, value: bytes) -> list[int]:
    if not value:  # an empty value stands nowhere (and would be found everywhere)
        return []
    found, at = [], data.find(value)
    while at >= 0:
        found.append(at)
        at = data.find(value, at + len(value))
    return found


def _fill(parts: list, row: dict, story: tuple, identity: tuple) -> list:
    """``parts`` (cut at the ``story`` fields, then the ``identity`` fields) with the identity values of ``row``
    written in: the parts :func:`hash_parts` gives for the story fields alone."""
    out: list = []
    text: list[str] = []  # joined once per piece of the result: the pieces hold the article's whole text
    for piece in parts:
        if isinstance(piece, str):
            text.append(piece)
        elif piece >= len(story):
            text.append(canonical_json(row[identity[piece - len(story)]]))
        else:
            out += ["".join(text), piece]
            text = []
    out.append("".join(text))
    return out


def _shifted(text: str, shift: int, alphabet: str) -> str:
    return "".join(alphabet[(alphabet.index(c) + shift) % len(alphabet)] for c in text)


def _probe_record(record: dict, doc, cleaned, shift: int) -> dict:
    """The record the same code makes for a capture of other identity values of the same lengths, every byte of each
    different from the template's: a hex digest and digits shifted, the path's bytes replaced by ASCII letters."""
    sha = _shifted(record["sha256"], shift, "0123456789abcdef")
    digits = str(record["size_bytes"])
    size = int(_shifted(digits[0], shift, "123456789") + _shifted(digits[1:], shift, "0123456789"))
    path = _probe_path(record["source_file"], shift)
    probe_doc = replace(doc, source_file=path, sha256=sha, size_bytes=size)
    from imcovid.provenance import build_chain

    chain = build_chain(probe_doc, cleaned)
    return {**record, "source_file": path, "size_bytes": size, "sha256": sha, "article_ids": [sha[:16]],
            "chain": chain}


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
