"""The build: list sources → per-source step in workers (cached by content) → cross-source steps on small
summaries → one streaming writer → publish metadata → validate → swap the new dataset folder into place.

Nothing is written to the output folder until the whole new release has been built and validated beside it, so an
interrupted or failed build leaves the previous release as it was.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import hashlib
import heapq
import multiprocessing
import os
import pickle
import queue
import shutil
import stat
import sys
import tempfile
import threading
from collections import Counter
from dataclasses import dataclass, field, replace
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path

import pyarrow as pa
from pydantic import ValidationError

from imcovid import memo, panel, sidejob
from imcovid.heap import quiet_collector, return_freed_memory
from imcovid.config import CONFIG_NAMES, ORIGINS_MANIFEST, BuildConfig, load_config
from imcovid.models import RECORD_MODELS, ProvenanceRecord
from imcovid.cache import (BlobStore, LookupIndex, ResultCache, RowMemo, build_key, entry_key, load_hf_features,
                           load_models, read_small, stamp_of)
from imcovid.pending import STORY_COLUMNS, StoryPending
from imcovid.process import Outcome, Task, process, process_raw, read_task
from imcovid.hashing import sha256_file
from imcovid.publish.arrow import uninstall as uninstall_hf_features
from imcovid.publish.parquet import PANEL_BATCH_ROWS, ConfigWriter, data_files, name_parts, to_arrow
from imcovid.publish.release import (RecordHashes, RecordPairs, RecordRuns, canonical_json, hash_parts, record_hash,
                                    record_run)
from imcovid.publish.release import DamagedRun, Written, run_bytes
from imcovid.version import package_version


class BuildFailed(Exception):
    """The new release could not be published; the previous one is untouched."""


@dataclass
class BuildReport:
    accepted: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    flags: Counter = field(default_factory=Counter)
    mentions: int = 0
    # Data files copied from the shard cache (path in the folder → sha256 they were stored with): the final check
    # does not decode them again once their bytes are found to have that sha256.
    reused_files: dict[str, str] = field(default_factory=dict, repr=False)
    # Data files this build wrote (path in the folder → sha256 of the bytes its Parquet writer produced): trusted as a
    # cached shard is, once the file has exactly those bytes.
    written_files: dict[str, str] = field(default_factory=dict, repr=False)

    @property
    def sources(self) -> int:
        return self.accepted + len(self.rejected) + len(self.duplicates)

    def summary(self) -> str:
        lines = [f"{self.sources} sources: {self.accepted} accepted, {len(self.rejected)} rejected, "
                 f"{len(self.duplicates)} duplicates; {self.mentions} mentions"]
        for source, reason in self.rejected:
            lines.append(f"  rejected  {source}: {reason}")
        for source, original in self.duplicates:
            lines.append(f"  duplicate {source}: same bytes as {original}")
        if self.flags:
            lines.append("  flags: " + ", ".join(f"{flag} ×{n}" for flag, n in sorted(self.flags.items())))
        return "\n".join(lines)


def list_sources(seeds_dir: Path, config: BuildConfig) -> list[Task]:
    """Every entry under ``seeds_dir``, in code-point order of the relative path, each with a verdict to come.

    Symbolic links are followed only to files inside ``seeds_dir``; files with other suffixes than the configured
    ones are listed (and rejected) so that nothing dropped into ``seeds/`` goes unreported.
    """
    root = seeds_dir.resolve()
    tasks: list[Task] = []
    for current, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames.sort()
        here = Path(current)
        for name in list(dirnames):
            if (here / name).is_symlink():
                rel = (here / name).relative_to(root).as_posix()
                tasks.append(Task(str(here / name), rel, "symbolic link to a directory; directory links are not followed"))
        prefix = "" if here == root else here.relative_to(root).as_posix() + "/"
        for name in sorted(filenames):
            rel = prefix + name
            if rel == ORIGINS_MANIFEST:
                continue  # the harvest's origin records: metadata joined to the sources' provenance, not a source
            full = os.path.join(current, name)
            # A regular file with a source suffix (one lstat, no Path objects: the listing of a rebuild is per
            # source); anything else gets its verdict from _listing_verdict.
            try:
                regular = stat.S_ISREG(os.lstat(full).st_mode)
            except OSError:
                regular = False
            suffix = os.path.splitext(name)[1].lower()
            if regular and suffix in config.source_suffixes and _name_suffix(name).lower() == suffix:
                tasks.append(Task(full, rel, None))
            else:
                tasks.append(Task(full, rel, _listing_verdict(Path(full), root, config)))
    return sorted(tasks, key=lambda t: t.source_file)


def _name_suffix(name: str) -> str:
    """``Path(name).suffix`` of a file name, spelled on the string (a Path object per source cost a 5,000-post
    rebuild's listing 0.03 CPU-s): the part from the last dot, unless the name starts or ends with that dot."""
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""


def _listing_verdict(path: Path, root: Path, config: BuildConfig) -> str | None:
    if path.is_symlink():
        target = Path(os.path.realpath(path))
        if not target.exists():
            return "broken symbolic link"
        if not target.is_relative_to(root):
            return "symbolic link to a target outside seeds/; not followed"
    if not path.is_file():
        return "not a regular file"
    if path.suffix.lower() not in config.source_suffixes:
        shown = path.suffix or "(none)"
        return f"unsupported file extension {shown}: sources are {' or '.join(config.source_suffixes)} files"
    return None


def _check_output_folder(seeds_dir: Path, out_dir: Path) -> None:
    """The build replaces ``out_dir`` as a whole: refuse anything it must not destroy — the seeds themselves, a folder
    around or inside them, a file, or a folder that holds something other than a release."""
    seeds, out = seeds_dir.resolve(), out_dir.resolve()
    if out == seeds or out.is_relative_to(seeds) or seeds.is_relative_to(out):
        raise BuildFailed(f"output folder {out_dir} is, contains or lies inside the seeds folder {seeds_dir}; "
                          "choose another --out")
    if out_dir.exists() or out_dir.is_symlink():
        if not out_dir.is_dir():
            raise BuildFailed(f"output {out_dir} exists and is not a folder; choose another --out")
        is_release = (out_dir / "SHA256SUMS").is_file() or (out_dir / "releases").is_dir()
        if not is_release and any(out_dir.iterdir()):
            raise BuildFailed(f"output folder {out_dir} is not empty and holds no release (no SHA256SUMS or "
                              "releases/); the build replaces its folder as a whole, so choose another --out")


def default_jobs() -> int:
    """The cores this process may run on (its CPU affinity, e.g. under taskset or a Slurm allocation)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def build(seeds_dir: Path, out_dir: Path, *, jobs: int | None = None, strict: bool = False,
          progress: bool | None = None, schema_dir: Path | None = None, config: BuildConfig | None = None,
          cache_dir: Path | None = None, executor: str = "local", tasks: int | None = None) -> BuildReport:
    """Build ``out_dir`` from ``seeds_dir`` (see :func:`_build`), the cyclic collector quieted meanwhile
    (:func:`imcovid.heap.quiet_collector`: about an eighth of a build's CPU time went to it)."""
    with quiet_collector():
        return _build(seeds_dir, out_dir, jobs=jobs, strict=strict, progress=progress, schema_dir=schema_dir,
                      config=config, cache_dir=cache_dir, executor=executor, tasks=tasks)


def _build(seeds_dir: Path, out_dir: Path, *, jobs: int | None = None, strict: bool = False,
           progress: bool | None = None, schema_dir: Path | None = None, config: BuildConfig | None = None,
           cache_dir: Path | None = None, executor: str = "local", tasks: int | None = None) -> BuildReport:
    """Build ``out_dir`` from ``seeds_dir``.

    The steps, each a function of its inputs and ``config`` only, so that any executor runs the same code:

    1. per source (parallel; :func:`stage_source`): read → parse → clean → annotate → validate, the result stored
       in a content-addressed :class:`~imcovid.cache.ResultCache` (``cache_dir``, or a scratch folder removed after
       the build when None) and a small :class:`Summary` returned;
    2. cross-source (:class:`CrossSource`, on the summaries only): duplicates, id collisions, stories;
    3. writing (:func:`_write_records`): results read back one at a time in source order and streamed to Parquet,
       record hashes spilled to disk; then metadata, validation and the atomic swap.

    ``jobs`` worker processes (default: the cores available); ``executor="datatrove"`` runs step 1 as ``tasks``
    datatrove tasks instead (see :mod:`imcovid.cluster`). Outputs are byte-identical whatever the jobs, executor
    or cache.
    """
    config = config or load_config()
    jobs = default_jobs() if jobs is None else jobs
    if jobs < 1:
        raise BuildFailed(f"jobs must be at least 1, not {jobs}")
    if executor not in ("local", "datatrove"):
        raise BuildFailed(f"unknown executor {executor!r}: use local or datatrove")
    version = package_version()
    seeds_dir, out_dir = Path(seeds_dir), Path(out_dir)
    if not seeds_dir.is_dir():
        raise BuildFailed(f"seeds folder {seeds_dir} " + ("is not a folder" if seeds_dir.exists() else "does not exist"))
    _check_output_folder(seeds_dir, out_dir)
    _recover_interrupted_swap(out_dir)
    sources = list_sources(seeds_dir, config)
    origins = _origins(seeds_dir)  # a malformed origins manifest is reported before anything else
    if not sources:
        raise BuildFailed(f"seeds folder {seeds_dir} holds no source files: nothing to publish")
    tmp = out_dir.parent / f"{out_dir.name}.tmp-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    previous_pool = _arrow_pool_returning_memory()
    # Spills of this build only (record hashes; per-source results when no cache is kept): never in the dataset.
    scratch = Path(tempfile.mkdtemp(prefix="imcovid-build-"))
    try:
        key = build_key(config)
        # Per-source steps memoized by their inputs, in each process of this build; with a cache, the annotation
        # memo is also kept there for later builds (imcovid.memo).
        memo.start(cache_dir, key)
        cache = ResultCache(Path(cache_dir) if cache_dir is not None else scratch / "results")
        # A local build passes results straight to the writer, which consumes them as the workers finish them (the
        # story columns wait for the grouping in a spill, see imcovid.pending); a clean build stores nothing in a
        # cache. The datatrove stage stores results in the cache and the writer reads them back one at a time.
        # The block-parallel path is for builds with several jobs that have nothing in the cache to reuse: a clean
        # build, or the first build with this code and cache folder (no lookup index stored under the build key),
        # whose workers fill the caches as the one-writer build does; a rebuild does not import its module.
        first = cache_dir is not None and jobs > 1 and not LookupIndex.stored(Path(cache_dir), key)
        blockwise = None
        if jobs > 1 and (cache_dir is None or first):
            from imcovid import blockwise
        parallel = blockwise is not None and blockwise.usable(executor, cache_dir, jobs, sources, first_pass=first)
        if cache_dir is not None and not parallel:  # what the build needs of `datasets`, without importing it
            load_hf_features(Path(cache_dir))  # (publish.arrow; the block-parallel path's loader process does this)
        if parallel:
            # The workers write the blocks' shards (imcovid.blockwise).
            summaries = None
        elif executor == "datatrove":
            from imcovid.cluster import run_stage_datatrove

            summaries = run_stage_datatrove(sources, config, cache.directory, key, scratch,
                                            tasks=tasks or jobs, workers=jobs)
        else:
            summaries = _run_stage_local(sources, config, cache.directory if cache_dir is not None else None, key,
                                         jobs, progress, inline=True)
        # A block's part files are cached beside the results, under everything that determines their bytes.
        shards = ResultCache(Path(cache_dir) / "shards") if cache_dir is not None else None
        fragments = ResultCache(Path(cache_dir) / "metadata") if cache_dir is not None else None
        salt = f"{key}\0pyarrow=={pa.__version__}"
        spills = scratch  # this attempt's spills (a second one, without the shard cache, in a folder of its own)
        while True:
            try:
                if summaries is None:
                    # Each data file's PROV fragment and card counts, made by the worker that wrote it
                    # (imcovid.blockwise): in the cache's metadata folder, or this build's scratch.
                    if fragments is None:
                        fragments = blockwise.FlatCache(scratch / "metadata")
                    report, written = blockwise.write_blockwise(sources, config, tmp, scratch, key, origins, jobs,
                                                                progress, global_grouping(), fragments=fragments,
                                                                version=version, cache_dir=cache_dir,
                                                                shards=shards, salt=salt)
                    if cache_dir is not None:  # what a one-job first build stores: an index of no hits
                        LookupIndex(Path(cache_dir), key).save()
                else:
                    report, written = _write_records(sources, summaries, cache, config, tmp, spills,
                                                     global_grouping(), origins, shards=shards, salt=salt, jobs=jobs)
                trusted, hashed = _describe(tmp, out_dir, seeds_dir, version, report, written, config, fragments,
                                            key, strict, jobs=jobs)
                break
            except (_DamagedBlob, DamagedRun) as damaged:
                # A blob of the shard cache (a cached block's panel partials or record-hash run) failed its check
                # when it was read, after other files were written. Rare (a damaged cache): the blob is removed
                # (the next build makes and stores it again) and everything is written again without the shard
                # cache, from the cached results — slower, the same bytes.
                if shards is None:
                    raise
                if isinstance(damaged, DamagedRun) and os.path.isfile(damaged.args[0]):
                    os.unlink(damaged.args[0])
                shards = None
                shutil.rmtree(tmp)
                tmp.mkdir(parents=True)
                spills = scratch / "again"
                spills.mkdir()
                summaries = _run_stage_local(sources, config, cache.directory, key, jobs, progress, inline=True)
        return_freed_memory()
        from imcovid.validate import validate_dataset

        # A rebuild's check reads again only the files whose bytes it has not read before (validate._FileFacts).
        problems = validate_dataset(tmp, json_schema=False, mention_rows=False, config=config, record_rows=False,
                                    trusted=trusted, facts=fragments if shards is not None else None,
                                    hashed=hashed, salt=key)
        if problems:
            raise BuildFailed("the new release does not validate:\n  " + "\n  ".join(problems[:50]))
        _swap_into_place(tmp, out_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    finally:
        memo.stop()
        annotate = sys.modules.get("imcovid.annotate")  # imported only if this build asked it to load anything
        if annotate is not None:
            annotate.forget_before_loading()
        uninstall_hf_features()
        shutil.rmtree(scratch, ignore_errors=True)
        if previous_pool is not None:
            pa.set_memory_pool(previous_pool)
    if schema_dir is not None:
        _export_schemas(Path(schema_dir), Path(cache_dir) if cache_dir is not None else None, key)
    return report


def _describe(tmp: Path, out_dir: Path, seeds_dir: Path, version: str, report: BuildReport,
              written: dict[str, Written], config: BuildConfig, fragments, key: str, strict: bool, jobs: int = 1
              ) -> tuple[frozenset[str], dict[str, tuple[str, int]]]:
    """The build's checks of its report, then its metadata files; returns the data files the final check trusts and
    the (sha256, size) of every data file, as read from the disk."""
    if report.accepted == 0:  # a release without articles is no release
        raise BuildFailed(f"none of the {report.sources} sources in {seeds_dir} gave an article; nothing "
                          f"published\n{report.summary()}")
    if strict and (report.rejected or report.duplicates):
        raise BuildFailed(f"--strict: {len(report.rejected)} rejected and {len(report.duplicates)} duplicate "
                          f"sources\n{report.summary()}")
    return_freed_memory()
    # The data files are final: each is hashed once, for the trust of a shard copied from the cache (only if its
    # bytes still have the sha256 it was stored with), the manifest and the checksums.
    hashed = {path.relative_to(tmp).as_posix(): sha256_file(path)
              for name in CONFIG_NAMES for path in data_files(tmp, name)}
    trusted = frozenset(rel for rel, sha in [*report.reused_files.items(), *report.written_files.items()]
                        if hashed.get(rel, ("",))[0] == sha)
    _publish_metadata(tmp, out_dir, version, report, written, config, fragments=fragments, salt=key, known=hashed,
                      jobs=jobs)
    return trusted, hashed


def _export_schemas(schema_dir: Path, cache_dir: Path | None, key: str) -> None:
    """:func:`imcovid.schema_export.export_schemas`; with a cache, the rendered texts are kept in
    ``<cache>/metadata/`` under the build key (the models' code and pydantic's version are in it), so that a rebuild
    does not have pydantic generate the five JSON Schemas again (0.03–0.05 s). Same texts, same files."""
    from imcovid.schema_export import SCHEMA_FILES, export_schemas, render

    if cache_dir is None:
        export_schemas(schema_dir)
        return
    store = ResultCache(cache_dir / "metadata")
    entry = hashlib.sha256(f"{key}\0json-schemas".encode()).hexdigest()
    texts = store.get(entry)
    if not (isinstance(texts, dict) and set(texts) == set(SCHEMA_FILES)
            and all(isinstance(text, str) for text in texts.values())):
        texts = {config: render(config) for config in SCHEMA_FILES}
        store.put(entry, texts)
    schema_dir.mkdir(parents=True, exist_ok=True)
    for config, name in SCHEMA_FILES.items():
        path = schema_dir / name
        if not path.exists() or path.read_text(encoding="utf-8") != texts[config]:
            path.write_text(texts[config], encoding="utf-8")


def _arrow_pool_returning_memory():
    """Make Arrow allocate from jemalloc with freed pages returned to the system at once, for this build; returns
    the pool to restore afterwards (None when this pyarrow has no jemalloc). The default pool (mimalloc) keeps the
    pages of freed row groups per thread: the writer's and the final check's peaks grew with the corpus (about
    60 MiB more from 2,000 to 6,000 replicated posts, against 30 with jemalloc). Output bytes do not depend on it."""
    try:
        pool = pa.jemalloc_memory_pool()
        pa.jemalloc_set_decay_ms(0)
    except NotImplementedError:
        return None
    previous = pa.default_memory_pool()
    pa.set_memory_pool(pool)
    return previous


# --- step 1: per source -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Summary:
    """What the cross-source steps need of one source; the full result stays in the cache under ``key``."""

    source_file: str
    key: str | None  # cache entry holding the Outcome; None when not cacheable (then ``outcome`` is set)
    outcome: Outcome | None
    sha256: str | None
    article_id: str | None
    story_key: str | None  # platform and title of an article
    signature: dict | None = None  # stories.signature(article), for the stories step (h13's hook)


def stage_source(task: Task, config: BuildConfig, cache_dir: Path | None, key: str, inline: bool = False) -> Summary:
    """Step 1 for one source, as any executor runs it (a worker process, a datatrove task, a Slurm job): the
    result is taken from, or computed into, the content-addressed cache; only its summary comes back. Without a
    cache (``cache_dir`` None: a clean local build streaming to its writer) the result comes back inline; with
    ``inline`` (a local build streaming to its writer) a result just computed comes back inline too, so the writer
    does not read back what a worker has just stored."""
    raw, early = read_task(task, config)
    if raw is None:
        return Summary(task.source_file, None, early, *_head(early))
    if cache_dir is None:
        outcome, _ = process_raw(task, raw, config, rows=False)  # _slim keeps no mention rows
        return Summary(task.source_file, None, _slim(prepare_provenance(outcome)), *_head(outcome))
    cache = _cache(cache_dir)
    entry = entry_key(key, task.source_file, hashlib.sha256(raw).hexdigest())
    head = cache.get_head(entry)
    if isinstance(head, tuple) and len(head) == 4:
        return Summary(task.source_file, entry, None, *head)
    # The lexicon and the MEASURE model from the cache, if this process comes to load the annotators: a miss whose
    # text the annotation memo holds (imcovid.memo) loads neither.
    from imcovid.annotate import before_loading

    before_loading(partial(load_models, cache_dir, key))
    outcome, cacheable = process_raw(task, raw, config, rows=False)
    return _stored_summary(task, entry, outcome, cacheable, cache, inline)


def lookup_source(task: Task, config: BuildConfig, cache_dir: Path, key: str,
                  index: LookupIndex | None = None) -> Summary | None:
    """Step 1 for a source whose result needs no processing: its rejection unread, or its summary from the head of
    its cache entry; None when it must be processed (a miss). What a rebuild's main process resolves itself before
    any worker starts (a few hundredths of a millisecond per source: a pool's pipes cost more). With ``index``, a
    source whose file has the stamp recorded there is served without reading it or its entry
    (:class:`imcovid.cache.LookupIndex`), and a hit read here is recorded."""
    stamp = None
    if index is not None and task.rejection is None:
        try:  # stat before reading: a write after it gives another ctime, so the stamp cannot vouch for newer bytes
            stamp = stamp_of(os.stat(task.path))
        except OSError:
            stamp = None
        found = index.get(task.path, stamp) if stamp is not None else None
        if found is not None:
            return Summary(task.source_file, entry_key(key, task.source_file, found[0]), None, *found[1])
    # The usual case, read here without building a record (read_task does the rest).
    raw = read_small(task.path, config.max_source_bytes) if task.rejection is None else None
    if raw is None:
        raw, early = read_task(task, config)
        if raw is None:
            return Summary(task.source_file, None, early, *_head(early))
    sha = hashlib.sha256(raw).hexdigest()
    entry = entry_key(key, task.source_file, sha)
    head = _cache(cache_dir).get_head(entry)
    if isinstance(head, tuple) and len(head) == 4:
        if stamp is not None and stamp[2] == len(raw):
            index.record(task.path, stamp, sha, head)
        return Summary(task.source_file, entry, None, *head)
    return None


def _stored_summary(task: Task, entry: str, outcome: Outcome, cacheable: bool, cache: ResultCache,
                    inline: bool) -> Summary:
    head = _head(outcome)
    if not cacheable:
        return Summary(task.source_file, None, outcome, *head)
    slim = _slim(prepare_provenance(outcome))
    if not cache.put(entry, slim, head=head):  # cache not writable: hand the result over directly
        return Summary(task.source_file, None, slim, *head)
    return Summary(task.source_file, entry, slim if inline else None, *head)


def _slim(outcome: Outcome) -> Outcome:
    """What the writer needs of a result: the mentions' Arrow rows and hashes, the provenance record and the article
    row (cross-source steps change both: story ids, duplicates), the panel evidence as the spill's rows. The mention
    dicts, the evidence dicts and the signature stay out of the cache entry's body and of the pipe to the writer (the
    signature travels in the summary): moving fewer Python objects is most of what a cached rebuild costs."""
    return replace(outcome, mentions=[], signature=None,
                   panel_evidence=[] if outcome.panel_rows is not None else outcome.panel_evidence)


def prepare_provenance(outcome: Outcome) -> Outcome:
    """Validate, hash and convert to Arrow, here in the worker, the provenance row of a source as it is published
    unless a cross-source step changes it (it repeats another source's bytes, or the harvest's origins join it): a
    rejection's row whole, an accepted source's row and its article row with the story columns left to the grouping
    (Arrow with the columns empty, canonical JSON cut around them)."""
    if outcome.article is not None and outcome.provenance_arrow is not None and outcome.provenance_parts is not None:
        # Prepared in the worker from its record template (imcovid.process.ProvenanceTemplate): the article's part.
        article_parts = outcome.article_parts or hash_parts(outcome.article, STORY_COLUMNS["articles"])
        if article_parts is None:
            return replace(outcome, provenance_arrow=None, provenance_parts=None)
        return replace(outcome, article_arrow=outcome.article_arrow or to_arrow("articles", [outcome.article]),
                       article_parts=article_parts)
    record = dict(outcome.provenance)
    try:
        row = ProvenanceRecord.model_validate(record).model_dump(mode="python")
    except ValidationError:
        return outcome  # the writer validates it again and reports the error there
    if outcome.article is None:
        return replace(outcome, provenance_arrow=to_arrow("provenance", [row]), provenance_hash=record_hash(row))
    provenance_parts = hash_parts(row, STORY_COLUMNS["provenance"])
    # A capture served by a record template (imcovid.process) comes with its article's parts and Arrow bytes made.
    article_parts = outcome.article_parts or hash_parts(outcome.article, STORY_COLUMNS["articles"])
    if provenance_parts is None or article_parts is None:
        return outcome  # a placeholder could not be placed: the writer hashes the finished rows
    return replace(outcome, provenance_arrow=to_arrow("provenance", [row]), provenance_parts=provenance_parts,
                   article_arrow=outcome.article_arrow or to_arrow("articles", [outcome.article]),
                   article_parts=article_parts)


_CACHES: dict[Path, ResultCache] = {}


def _cache(directory: Path) -> ResultCache:
    # One ResultCache per folder and process, so that it remembers which shard folders it has made.
    if directory not in _CACHES:
        _CACHES[directory] = ResultCache(directory)
    return _CACHES[directory]


def _head(outcome: Outcome) -> tuple:
    """The Summary fields of an outcome: sha256, article id, story key, story signature."""
    article = outcome.article
    if article is None:
        return outcome.provenance["sha256"], None, None, None
    return outcome.provenance["sha256"], article["id"], _story_key(article), outcome.signature


def _story_key(article: dict) -> str:
    return f"{article['platform']}\x1f{article['title']}"


WINDOW_PER_JOB = 32
# A cached build with at most this many sources to process processes them in this process, with no pool: for a
# post or two that repeat known texts (imcovid.memo) the work is a few tenths of a CPU-second, less than what forking
# a worker adds (its own imports, e.g. pandas by pyarrow's conversions, and the results' trip through its pipe).
# With a second job each is processed by a forked child of its own while this process looks up the rest (_Beside).
INLINE_MISSES = 2


def _run_stage_local(sources: list[Task], config: BuildConfig, cache_dir: Path | None, key: str, jobs: int,
                     progress: bool | None, inline: bool = False) -> Iterator[Summary]:
    """Summaries in source order, as the workers finish them (the writer consumes them while workers go on)."""
    # No stderr at all (`2>&-` leaves sys.stderr None): no progress bar, and the build goes on.
    show = (sys.stderr is not None and sys.stderr.isatty()) if progress is None else progress
    work = partial(stage_source, config=config, cache_dir=cache_dir, key=key, inline=inline)
    # At most WINDOW sources handed out ahead of the writer: if the writer falls behind (a loaded machine), finished
    # results wait in the workers instead of piling up in this process's memory.
    window = threading.Semaphore(WINDOW_PER_JOB * jobs)
    stop = threading.Event()
    fork = multiprocessing.get_context("fork").Pool

    def throttled(tasks):
        for task in tasks:
            window.acquire()
            if stop.is_set():  # the writer stopped early (an error): hand out nothing more
                return
            yield task

    pool = None
    misses: queue.SimpleQueue = queue.SimpleQueue()  # with a cache: the sources to process, then None
    early: dict = {}  # with a cache: sources looked up ahead that need processing, index → the pool's pending result
    try:
        if cache_dir is None:  # a clean build: every source is processed
            known: list[Summary | None] = [None] * len(sources)
            pool = fork(jobs) if jobs > 1 and len(sources) > 1 else None
            # Chunks of a few sources: fewer round trips through the pool's pipes.
            chunk = max(1, min(8, len(sources) // (jobs * 16)))
            computed = pool.imap(work, throttled(sources), chunksize=chunk) if pool else map(work, sources)
        else:
            # The sources that need no processing (most of a rebuild's) are resolved here (read, sha256, the head of
            # the cache entry: a few hundredths of a millisecond each, less than a trip through a pool's pipes). The
            # pool is forked at the first miss, while nothing but this loop runs here (no Arrow, SQLite or pool
            # thread yet, whose held locks a fork could inherit), and starts on it while the loop goes on; a rebuild
            # that changed nothing starts no pool.
            known, computed = [], None
            lookups = LookupIndex(cache_dir, key)
            parallel = jobs > 1 and len(sources) > 1
            # The newest sources are looked up first: a post just added or edited is a miss, and the pool, once
            # forked, starts on it while this loop looks up the rest — a post that sorts last (or a pool forked late
            # in the loop) waited for the whole loop and then for the models.
            ahead: dict[int, Summary] = {}  # looked up ahead, hits
            if parallel:
                for index in _newest(sources, jobs):
                    summary = lookup_source(sources[index], config, cache_dir, key, lookups)
                    if summary is not None:
                        ahead[index] = summary
                    else:
                        early[index] = _Here(work, sources[index])  # handed to the pool if one is forked
            missed = len(early)
            if parallel and 0 < missed <= INLINE_MISSES:
                # Too few to be worth a pool, but a second core: each is processed by a forked child while this
                # process looks up the rest (_Beside). One at a time into `early`, so that an interrupt between two
                # forks still finds the first child in it (this generator's `finally` cancels it).
                for index in list(early):
                    early[index] = _Beside(work, sources[index])

            def start_pool():
                # Enough to process to be worth workers: the pool, forked now, takes the newest ones looked up
                # ahead, then every miss in listing order (those queued so far first).
                _cancel(early)
                forked = _forked(fork, jobs, lookups.first_pass)
                return (forked, {i: forked.apply_async(work, (sources[i],)) for i in early},
                        forked.imap(work, throttled(iter(misses.get, None))))

            if parallel and missed > INLINE_MISSES:
                pool, early, computed = start_pool()  # (the newest sources alone are enough: no need to wait)
            for index, task in enumerate(sources):
                if index in early:
                    known.append(None)
                    continue
                summary = ahead.pop(index, None) or lookup_source(task, config, cache_dir, key, lookups)
                known.append(summary)
                if summary is None:
                    missed += 1
                    if pool is None and parallel and missed > INLINE_MISSES:
                        pool, early, computed = start_pool()
                    misses.put(task)
            misses.put(None)
            lookups.save()
            if computed is None:
                computed = map(work, iter(misses.get, None))
        bar = progress_bar(len(sources), show)
        for index in range(len(sources)):
            summary, known[index] = known[index], None  # the writer holds it from here
            if summary is not None:
                yield summary
            elif index in early:
                yield early.pop(index).get()
            else:
                yield next(computed)
                window.release()
            bar.update()
        bar.close()
    finally:
        _cancel(early)  # a child still processing a miss the writer never asked for (an error, Ctrl-C)
        stop.set()
        misses.put(None)  # unblock the pool's feeder thread if the loop above was interrupted
        window.release(len(sources) + 1)  # unblock the pool's feeder thread so that terminate() can join it
        if pool:
            pool.terminate()


class _NoBar:
    """What a build without a progress bar updates instead of tqdm's."""

    def update(self, n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass


def progress_bar(total: int, show: bool):
    """tqdm's bar over ``total`` sources when ``show``; else one that does nothing, and tqdm is not imported (its
    import, about 0.015 CPU-s, was a per cent of a one-post rebuild, which shows no bar when not on a terminal)."""
    if not show:
        return _NoBar()
    from tqdm import tqdm

    return tqdm(total=total, unit="src", desc="build")


class _Here:
    """A source to process in this process, when asked (the pool's ``AsyncResult.get`` for a miss kept here)."""

    def __init__(self, work: Callable, task: Task) -> None:
        self.work, self.task = work, task

    def get(self) -> Summary:
        return self.work(self.task)


class _Beside:
    """A source to process, processed by a forked child (:mod:`imcovid.sidejob`) from the moment it is found to be a
    miss; :meth:`get` returns the child's summary, or processes the source here if the child failed (the same
    summary, or the error a one-job build raises, from the same place).

    Why: a two-job rebuild of one or two new posts (``INLINE_MISSES``: too few to be worth a pool) processed them in
    this process when the writer reached them, after looking up every other source, while the second core sat idle.
    The newest sources are looked up first (:func:`_newest`), so a child started on them processes the post while
    this process looks up the rest (about 0.05–0.1 s at 5,000 posts). The child stores the result and the annotation
    memo's entry in the cache as a pool worker would, and sends back the summary, which carries the result (``inline``)."""

    def __init__(self, work: Callable, task: Task) -> None:
        self.work, self.task = work, task
        self.job = sidejob.start(partial(work, task))

    def get(self) -> Summary:
        job, self.job = self.job, None
        summary = job.result() if job is not None else sidejob.FAILED
        return self.work(self.task) if summary is sidejob.FAILED else summary

    def cancel(self) -> None:
        job, self.job = self.job, None
        if job is not None:
            job.cancel()


def _cancel(early: dict) -> None:
    """Kill and reap the children of the :class:`_Beside` misses in ``early`` (a pool takes them over, or the build
    stops)."""
    for pending in early.values():
        if isinstance(pending, _Beside):
            pending.cancel()


def _forked(fork: Callable, jobs: int, first: bool = False):
    """The pool of a build that has sources to process, forked after importing what processing a source needs (the
    readers, cleaning, the stories module; :mod:`imcovid.process` imports them with the first source, so that a
    rebuild served wholly by the cache never does): imported here, they are imported once and shared by the fork,
    instead of once in each worker; the stories module serves this process's grouping too. The annotators' rule
    modules are imported here too for a ``first`` build with this code and cache (no lookup index stored yet: nearly
    every source is to be annotated), not for a rebuild, whose few new posts may all repeat texts the annotation memo holds
    (:mod:`imcovid.memo`) and then never load them."""
    import imcovid.clean.article  # noqa: F401
    import imcovid.readers  # noqa: F401
    import imcovid.stories  # noqa: F401

    if first:
        from imcovid.annotate import import_rules

        import_rules()
    return fork(jobs)


def _newest(sources: list[Task], count: int) -> list[int]:
    """The indexes of the ``count`` sources modified last (newest first; ties in listing order), among those to be
    read: an order to look them up in, nothing more — every source is still looked up by its bytes."""
    stamped = []
    for index, task in enumerate(sources):
        if task.rejection is None:
            try:
                stamped.append((-os.stat(task.path).st_mtime_ns, index))
            except OSError:
                pass
    return [index for _, index in heapq.nsmallest(count, stamped)]


# --- step 2: cross-source ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Decision:
    """The cross-source verdict on one source: published as processed, or turned into a duplicate/rejection."""

    status: str  # "accepted", "duplicate", "collision" or "as-processed" (not an article: keep its own verdict)
    other: str | None = None  # the earlier source it duplicates or collides with
    story_id: str | None = None
    canonical: bool = True


class CrossSource:
    """Duplicates (same bytes as an earlier source), article id collisions and story ids, decided in source order
    from the summaries alone (a few hundred bytes per source, never the records), one source at a time so that
    writing can follow the workers."""

    def __init__(self, groups: dict | None = None) -> None:
        self.first_by_sha: dict[str, str] = {}
        self.ids: dict[str, str] = {}
        self.groups = groups  # article id → (story id, canonical), from a global grouping step when there is one

    def decide(self, summary: Summary) -> Decision:
        sha = summary.sha256
        if summary.article_id is not None:
            if sha in self.first_by_sha:  # a duplicate source belongs to the story of the article it repeats
                story = self.groups.get(summary.article_id) if self.groups is not None else None
                return Decision("duplicate", self.first_by_sha[sha], story_id=story[0] if story else None)
            if summary.article_id in self.ids:
                return Decision("collision", self.ids[summary.article_id])
            self.first_by_sha[sha] = summary.source_file
            self.ids[summary.article_id] = summary.source_file
            story = self.groups.get(summary.article_id) if self.groups is not None else None
            if story is None:
                return Decision("accepted", story_id=_story_id(summary))
            return Decision("accepted", story_id=story[0], canonical=story[1])
        if sha and sha in self.first_by_sha:
            return Decision("duplicate", self.first_by_sha[sha])
        return Decision("as-processed")


def global_grouping() -> Callable[[list[tuple[str, dict]]], dict] | None:
    """The cross-source step that needs every source before its result can be written: the stories (near-duplicate
    copies of one story across captures, forks and aggregators, :func:`imcovid.stories.group`), a function of the
    ``(article_id, signature)`` of every source that gave an article, returning ``{article_id: (story_id,
    canonical)}``. Only the signatures (about a kilobyte each) wait in memory; everything else is written as the
    sources come, the story columns filled in afterwards (:mod:`imcovid.pending`). With None, articles take the
    story id of their platform and title. The cross-source *configs* (the measures and figures panel) are computed
    after writing, from the evidence each source carries. The stories module (datasketch, which imports scipy:
    about 0.5 CPU-s) is imported when the grouping runs, not before: a rebuild whose signatures did not change takes
    the grouping from the cache (:func:`_grouped`)."""
    return _stories_group


def _stories_group(items: list[tuple[str, dict]]) -> dict:
    from imcovid.stories import group

    return group(items)


_STORIES_GROUP = _stories_group  # the stories grouping itself, which _grouped runs from its kept text groups


def _grouped(grouping: Callable, signatures: list[tuple[str, dict]], shards: ResultCache | None, salt: str,
             entries: list[str | None] | None = None) -> dict:
    """``grouping(signatures)``; with a cache and the stories grouping, kept under the sha256 of the build key and
    the signatures in their order (what the grouping is a function of), so that a rebuild whose articles and texts
    are those of an earlier build does not import or run it. Anything else (another grouping, no cache, a value of
    a type the digest does not spell, a damaged entry) runs it.

    ``entries``, when given, holds the cache entry key of each signature's source (None for a source without one).
    When every signature has one, the digest is taken over the article ids and those keys instead of the signatures
    spelled out: an entry key names one result for ever (build key, path, bytes), so it determines the signature,
    and 64 hex digits a source are far cheaper to hash than a spelled-out signature (0.06–0.07 CPU-s of every
    5,000-post rebuild went to spelling them out)."""
    if shards is None or grouping is not _stories_group:
        return grouping(signatures)
    from imcovid.version import library_version

    datasketch = f"datasketch=={library_version('datasketch')}"
    if grouping is _STORIES_GROUP:  # (not a stand-in put in its place)
        grouping = partial(_stories_from_text_groups, shards=shards, salt=salt, datasketch=datasketch)
    if entries is not None and len(entries) == len(signatures) and None not in entries:
        digest = hashlib.sha256(f"{salt}\0stories-grouping-by-entry\0{datasketch}\0".encode())
        digest.update("\0".join(f"{article_id}\0{entry}" for (article_id, _), entry in zip(signatures, entries))
                      .encode())
        return _grouping_stored(grouping, signatures, shards, digest.hexdigest())
    digest = hashlib.sha256(f"{salt}\0stories-grouping\0{datasketch}\0".encode())
    # Spelled out, not pickled: pickle's bytes depend on which values are shared objects (one MinHash per text).
    for article_id, sig in signatures:
        parts = [article_id.encode()]
        for name in sorted(sig):
            value = sig[name]
            if isinstance(value, bytes):
                parts += [name.encode(), b"b", value]
            elif value is None or type(value) in (str, int, float, bool):
                parts += [name.encode(), type(value).__name__.encode(), repr(value).encode()]
            else:
                return grouping(signatures)
        digest.update(len(parts).to_bytes(8, "big") + b"".join(len(part).to_bytes(8, "big") + part for part in parts))
    return _grouping_stored(grouping, signatures, shards, digest.hexdigest())


def _stories_from_text_groups(signatures: list[tuple[str, dict]], shards: ResultCache, salt: str,
                              datasketch: str) -> dict:
    """:func:`imcovid.stories.group` of ``signatures``, its text groups (:func:`imcovid.stories.text_groups`, the
    MinHash-LSH step) kept in ``shards`` under the sorted distinct text hashes, which are all they are a function of
    (with the build key: parameters, code; and datasketch's version). A rebuild that adds, changes or removes a
    copy of a text that stays in the corpus (another capture of a post) keeps the set of texts, so the groups are
    read and only the articles' story ids and canonical flags are made again (:func:`imcovid.stories.assign`, in
    Python: no datasketch, no LSH). An entry is used only when it is a list of lists of strings that hold every text
    once and nothing else; anything else runs the LSH step and stores its groups again."""
    from imcovid.stories import assign, text_groups

    ordered = dict(sorted(signatures))
    texts = sorted({signature["text_sha256"] for signature in ordered.values()})
    digest = hashlib.sha256(f"{salt}\0stories-text-groups\0{datasketch}\0".encode())
    digest.update("\0".join(texts).encode())
    key = digest.hexdigest()
    stored = shards.get(key)
    if (isinstance(stored, list) and all(isinstance(group, list) for group in stored)
            and all(isinstance(text, str) for group in stored for text in group)
            and sorted(text for group in stored for text in group) == texts):
        return assign(ordered, stored)
    groups = text_groups(ordered)
    shards.put(key, groups)
    return assign(ordered, groups)


def _grouping_stored(grouping: Callable, signatures: list[tuple[str, dict]], shards: ResultCache, key: str) -> dict:
    """The grouping kept in ``shards`` under ``key``: read when a checked entry is there, else run and stored."""
    stored = shards.get(key)
    if isinstance(stored, dict):
        return stored
    groups = grouping(signatures)
    shards.put(key, groups)
    return groups


def _story_id(summary: Summary) -> str:
    return _story_id_of(summary.story_key)


def _story_id_of(story_key: str) -> str:
    # Captures of one story (same platform and title, different capture date) share a story id.
    return hashlib.sha256(story_key.encode()).hexdigest()[:16]


# --- step 3: writing --------------------------------------------------------------------------------------------

def _origins(seeds_dir: Path) -> dict[str, list[dict]]:
    """The harvest's origin records (``seeds/ORIGINS.jsonl``) by sha256; a malformed manifest fails the build."""
    if not (Path(seeds_dir) / ORIGINS_MANIFEST).is_file():  # read_origins' empty answer, without importing the
        return {}  # harvest package (its rules import the annotators: about 1 CPU-s of a rebuild that needs none)
    from imcovid.harvest.archive import ArchiveError
    from imcovid.harvest.run import read_origins
    from imcovid.provenance import origin_records

    try:
        return origin_records(read_origins(seeds_dir))
    except ArchiveError as error:
        raise BuildFailed(str(error)) from None
    except (ValueError, KeyError, TypeError) as error:
        raise BuildFailed(f"{seeds_dir / ORIGINS_MANIFEST} is malformed: {type(error).__name__}: {error}") from None


def source_blocks(sources: list[Task], config: BuildConfig) -> list[int]:
    """Where the per-source configs are cut into shards: the end index (exclusive) of each block of sources.

    A block closes after a source whose path hashes to 0 modulo ``shard_sources - shard_sources // 3`` once it holds
    at least ``shard_sources // 3`` sources (or at ``8 * shard_sources``): content-defined boundaries on the sorted
    source list, so that adding, changing or removing a source changes its own block only (and a boundary it moves),
    never the cuts of the others; a corpus under a third of ``shard_sources`` is one block, one file per config."""
    low = max(1, config.shard_sources // 3)
    every = max(1, config.shard_sources - low)
    high = 8 * config.shard_sources
    ends: list[int] = []
    length = 0
    for index, task in enumerate(sources):
        length += 1
        mark = int.from_bytes(hashlib.sha256(task.source_file.encode("utf-8")).digest()[:8], "big") % every == 0
        if length >= high or (length >= low and mark):
            ends.append(index + 1)
            length = 0
    if length or not ends:
        ends.append(len(sources))
    return ends


@dataclass
class _Block:
    """One block of sources as the writer sees it: its members' summaries (without their results) and decisions,
    and, once its rows were made here, the spills of its story-column configs."""

    number: int
    members: list[tuple[Task, Summary, Decision]] = field(default_factory=list)
    pending: dict[str, StoryPending] | None = None
    report: BuildReport = field(default_factory=BuildReport)
    evidence: list[tuple] = field(default_factory=list)
    mention_hashes: RecordPairs = field(default_factory=RecordPairs)
    mentions: ConfigWriter | None = None

    def part(self, config: str) -> str:
        return f"{config}-b{self.number:05d}"

    def open_spills(self, scratch: Path) -> dict[str, StoryPending]:
        """The block's spills of its story-column configs (article and provenance rows until the grouping)."""
        self.pending = {name: StoryPending(name, scratch, self.part(name)) for name in STORY_COLUMNS}
        return self.pending

    def park(self, scratch: Path) -> None:
        """Until the story pass: the members spilled to the scratch folder, the spills' files closed, so that the
        writer's memory and open files do not grow with the number of blocks."""
        self.report = BuildReport()
        for spill in (self.pending or {}).values():
            spill.park()
        path = scratch / f"{self.part('members')}.pickle"
        with open(path, "wb") as handle:
            pickle.dump(self.members, handle, protocol=pickle.HIGHEST_PROTOCOL)
        self.members = path

    def unpark(self) -> None:
        if isinstance(self.members, Path):
            path, self.members = self.members, pickle.loads(self.members.read_bytes())
            path.unlink()


class _NoMentions:
    """The mentions sink of a block's second pass (its mentions shard came from the shard cache)."""

    def write_arrow(self, table, keyed_hashes) -> None:
        pass


def _shard_key(salt: str, config: str, block: _Block, extra: list | None = None) -> str | None:
    """Everything that determines a block's part files of ``config``: the build (code, data, configuration, library
    versions), pyarrow's version, each member's cache entry (path and bytes) and cross-source decision, and ``extra``
    (origins and story values); None when a member has no cache entry."""
    return shard_key_of(salt, config, [(summary.key, decision) for _, summary, decision in block.members], extra)


def shard_key_of(salt: str, config: str, members: list[tuple[str | None, Decision]], extra: list | None = None) \
        -> str | None:
    """:func:`_shard_key` from each member's ``(cache entry, decision)``: what a worker of a two-job first build
    (:mod:`imcovid.blockwise`), which holds no :class:`_Block`, keys the block's entries by."""
    keyed = []
    for entry, decision in members:
        if entry is None:
            return None
        keyed.append([entry, decision.status, decision.other, decision.story_id, decision.canonical])
    text = canonical_json([salt, config, keyed, extra])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def story_extra(members: list[tuple[str | None, str | None, Decision]], groups: dict | None,
                origins: dict[str, list[dict]]) -> list:
    """What keys a block's story-column entries beside its members (:func:`_shard_key`'s ``extra``): each member's
    origin records and story values, from its ``(sha256, article id, decision)``."""
    stories = []
    for _, article_id, decision in members:
        story = _story_of(decision, article_id)
        found = groups.get(story[0]) if story is not None and groups is not None else None
        stories.append(None if story is None else list(found) if found else [story[1], True])
    return [[origins.get(sha256) for sha256, _, _ in members], stories]


def _story_of(decision: Decision, article_id: str | None) -> tuple[str, str | None] | None:
    """The story a source's rows take from the grouping: ``(article id, fallback story id)``, or None."""
    if article_id is None:
        return None
    if decision.status == "duplicate":
        return (article_id, None)
    if decision.status == "accepted":
        return (article_id, decision.story_id)
    return None


def _write_records(sources: list[Task], summaries: Iterable[Summary], cache: ResultCache, config: BuildConfig,
                   tmp: Path, scratch: Path, grouping: Callable | None = None,
                   origins: dict[str, list[dict]] | None = None, shards: ResultCache | None = None,
                   salt: str = "", jobs: int = 1) -> tuple[BuildReport, dict[str, Written]]:
    """Stream every source's result, in source order, into the configs; returns the report and, per config, the
    record hashes (spilled to ``scratch``) and duplicate keys its writers took from the rows.

    The per-source configs are written block by block (:func:`source_blocks`), each block's part files cached in
    ``shards`` (when given) under :func:`_shard_key`: an unchanged block's files are copied from there, its results
    never read. Otherwise, while the workers run, each result is written as it comes: mentions to Parquet, panel
    evidence to its spill, article and provenance rows (validated, converted, hashed but for their story columns) to
    the block's :class:`StoryPending` spills. Once every source is in, ``grouping`` gives the story ids and the spills
    are replayed into Parquet with the story columns filled in; then the panel configs are written from the
    evidence. With a second job (``jobs`` > 1) the last panel config (:data:`PANELS_BESIDE`) is written by a forked
    child while this process groups the stories, writes their configs and the other panel config
    (:func:`_panels_beside`)."""
    origins = origins or {}
    names = ("mentions", *STORY_COLUMNS)
    # Each block's record hashes as a run (release.record_run), merged bucket by bucket into the manifest, the
    # merged buckets cached beside the shards (a rebuild merges the buckets of the posts that changed).
    records = {name: RecordRuns(scratch, name, cache=shards, salt=salt) for name in names}
    parts: dict[str, list[Path]] = {name: [] for name in names}
    reused: dict[str, dict[Path, str]] = {name: {} for name in names}  # part file → sha256 it was cached with
    fresh: dict[Path, str] = {}  # part file written now → sha256 of the bytes its writer wrote
    writers: dict[str, ConfigWriter] = {}
    report = BuildReport()
    decide = CrossSource().decide  # story ids come from the grouping afterwards (StoryPending.replay)
    summaries = iter(summaries)
    # MEASURE and CASE_COUNT evidence of every published article, as each block's partials (panel.block_partials)
    # spilled to ``scratch``, with their sha256 (what the panel configs' shard-cache entry is keyed by).
    panel_spills: dict[str, list[Path]] = {name: [] for name in panel.KEYS}
    panel_shas: list[str] = []
    # With a shard cache, each stream's index (panel.stream_index) spilled beside it: a rebuild reads the partials of
    # the keys that changed only (panel.write_changed).
    panel_indexes: dict[str, list[Path]] = {name: [] for name in panel.KEYS}
    used: set[str] = set()  # the sha256 of every source, to find origin records that match none
    signatures: list[tuple[str, dict]] = []  # what the stories grouping needs of each article
    signature_entries: list[str | None] = []  # the cache entry each signature came from (what keys the grouping)
    minhashes: dict[str, tuple[str, bytes]] = {}  # one copy per distinct normalized text (see _shared)
    blocks: list[_Block] = []
    panel_written: dict[str, Written] = {}  # panel configs copied from the shard cache
    blobs_store = BlobStore(shards.directory / "blobs") if shards is not None else None

    def outcome_of(task: Task, summary: Summary) -> Outcome:
        outcome = summary.outcome or cache.get(summary.key)
        if not isinstance(outcome, Outcome):  # entry lost or damaged since step 1: compute it again
            outcome = process(task, config)
        return outcome

    def start_writing(block: _Block) -> None:
        block.open_spills(scratch)
        block.mentions = ConfigWriter(tmp, "mentions", spill_dir=scratch, shard_bytes=config.shard_bytes,
                                      part=block.part("mentions"), records=block.mention_hashes)

    def write_member(block: _Block, task: Task, summary: Summary, decision: Decision, outcome: Outcome) -> None:
        if _collect(outcome, decision, block.mentions, block.pending, block.report, origins.get(summary.sha256)):
            rows = outcome.panel_rows if outcome.panel_rows is not None else panel.evidence_rows(outcome.panel_evidence)
            block.evidence += rows

    def spill_panel(block: _Block, blobs: dict[str, bytes], indexes: dict | None = None) -> dict[str, str] | None:
        """The block's partials spilled to ``scratch`` (with their stream indexes when there is a shard cache);
        with one, each stream is also stored as a blob (:class:`BlobStore`): returns their sha256 by config, None
        when one could not be stored."""
        digest = hashlib.sha256()
        stored: dict[str, str] | None = {} if shards is not None else None
        for name in panel.KEYS:
            path = scratch / f"panel-{block.part(name)}.pickles"
            path.write_bytes(blobs[name])
            panel_spills[name].append(path)
            sha = hashlib.sha256(blobs[name])
            if shards is not None:
                index = indexes.get(name) if isinstance(indexes, dict) else None
                if not isinstance(index, list):  # an entry without one: made from the stream
                    index = panel.stream_index(blobs[name])
                index_path = path.with_suffix(".index")
                index_path.write_bytes(pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL))
                panel_indexes[name].append(index_path)
                if stored is not None and blobs_store.put(sha.hexdigest(), blobs[name]):
                    stored[name] = sha.hexdigest()
                else:
                    stored = None
            digest.update(sha.digest())
        panel_shas.append(digest.hexdigest())
        return stored

    def spill_stored_panel(block: _Block, cached: dict) -> bool:
        """A cached block's partials left in the blob store, read (and checked) only if the panel writer opens
        them (:class:`_StoredStream`); False, and nothing spilled, when the entry does not name present blobs."""
        shas, indexes = cached.get("panel_blobs"), cached.get("panel_index")
        if not (isinstance(shas, dict) and isinstance(indexes, dict)
                and all(isinstance(shas.get(name), str) and isinstance(indexes.get(name), bytes)
                        and blobs_store.has(shas[name]) for name in panel.KEYS)):
            return False
        digest = hashlib.sha256()
        for name in panel.KEYS:
            path = scratch / f"panel-{block.part(name)}.pickles"
            panel_spills[name].append(_StoredStream(blobs_store, shas[name], path))
            index_path = path.with_suffix(".index")
            index_path.write_bytes(indexes[name])
            panel_indexes[name].append(index_path)
            digest.update(bytes.fromhex(shas[name]))
        panel_shas.append(digest.hexdigest())
        return True

    def keep_run(name: str, run: dict) -> dict | None:
        """A block's record-hash run, made now, added to the config's runs; with a shard cache it is stored as a
        blob and read from there (returns what the block's entry keeps of it: None when it could not be stored)."""
        if blobs_store is None:
            records[name].add_run(run)
            return None
        data, index = run_bytes(run)
        sha = hashlib.sha256(data).hexdigest()
        if not blobs_store.put(sha, data):
            records[name].add_run(run)
            return None
        records[name].add_spilled((blobs_store.path(sha), index))
        return {"run_blob": sha, "run_index": index}

    def stored_run(cached) -> tuple[str, dict] | None:
        """A cached block's run as :meth:`RecordRuns.add_spilled` takes it: its blob, left in the store, and its
        index. The manifest reads a run's piece of a bucket only when that bucket's merged text is not cached (the
        buckets of the keys that changed), and checks it against the index's sha256 (release.DamagedRun): the
        runs were most of what a rebuild read back from the shard entries (30 of 41 MB at 5,000 posts)."""
        if not isinstance(cached, dict):
            return None
        sha, index = cached.get("run_blob"), cached.get("run_index")
        if isinstance(sha, str) and isinstance(index, dict) and blobs_store.has(sha):
            return blobs_store.path(sha), index
        return None

    def finish_mentions(block: _Block) -> None:
        key = _shard_key(salt, "mentions", block) if shards is not None else None
        cached = shards.get(key) if key else None
        run_ref = stored_run(cached) if block.mentions is None else None
        if run_ref is not None and spill_stored_panel(block, cached):
            parts["mentions"] += _restore(tmp / "mentions", block.part("mentions"), cached, reused["mentions"])
            records["mentions"].add_spilled(run_ref)
            _merge(report, cached["report"])
            return
        if block.mentions is None:  # a miss: every member's result is read back and written now
            start_writing(block)
            for task, summary, decision in block.members:
                write_member(block, task, summary, decision, outcome_of(task, summary))
        # Detached before it is closed: an error from here on (a full scratch disk, Ctrl-C) reaches the build's
        # `finally`, which closes the writers still attached; a second close() of this one would fail on its closed
        # file and its AttributeError would replace the real error.
        writer, block.mentions = block.mentions, None
        writer.close()
        parts["mentions"] += writer.parts
        fresh.update(writer.written)
        _merge(report, block.report)
        indexes: dict[str, list] = {}
        partials = panel.block_partials(block.evidence, indexes)
        stored = spill_panel(block, partials, indexes)
        run_ref = keep_run("mentions", record_run(block.mention_hashes))
        if key and stored is not None and run_ref is not None:
            # The run and the partials as blobs beside the entry, named by their sha256, and the panel's indexes
            # pickled as they are spilled: see stored_run and spill_stored_panel.
            shards.put(key, {**_stored(writer.parts), **run_ref, "panel_blobs": stored,
                             "panel_index": {name: pickle.dumps(indexes[name], protocol=pickle.HIGHEST_PROTOCOL)
                                             for name in panel.KEYS}, "report": block.report})
        block.evidence, block.mention_hashes = [], RecordPairs()
        block.park(scratch)

    def write_story_shard(block: _Block, name: str) -> None:
        key = None
        if shards is not None:
            extra = story_extra([(summary.sha256, summary.article_id, decision) for _, summary, decision
                                 in block.members], groups, origins)
            key = _shard_key(salt, name, block, extra)
        cached = shards.get(key) if key else None
        run_ref = stored_run(cached)
        if run_ref is not None:
            parts[name] += _restore(tmp / name, block.part(name), cached, reused[name])
            records[name].add_spilled(run_ref)
            return
        if block.pending is None:  # its mentions came from the shard cache: read its results back now
            block.open_spills(scratch)
            for task, summary, decision in block.members:
                _collect(outcome_of(task, summary), decision, _NoMentions(), block.pending, BuildReport(),
                         origins.get(summary.sha256))
        hashes = RecordPairs()
        writer = ConfigWriter(tmp, name, spill_dir=scratch, shard_bytes=config.shard_bytes,
                              part=block.part(name), records=hashes)
        try:
            for batch, keyed in block.pending[name].replay(groups):
                writer.write_arrow(batch, keyed)
        finally:
            writer.close()
        parts[name] += writer.parts
        fresh.update(writer.written)
        run_ref = keep_run(name, record_run(hashes))
        if key and run_ref is not None:
            shards.put(key, {**_stored(writer.parts), **run_ref})

    try:
        try:
            start = 0
            for number, end in enumerate(source_blocks(sources, config)):
                block = _Block(number)
                blocks.append(block)
                for task in sources[start:end]:
                    summary = next(summaries)
                    decision = decide(summary)
                    if summary.article_id is not None and summary.signature is not None:
                        signatures.append((summary.article_id, _shared(summary.signature, minhashes)))
                        signature_entries.append(summary.key)
                    used.add(summary.sha256)
                    # What the block keeps of the summary (built directly: dataclasses.replace cost a 5,000-post
                    # rebuild 0.02 CPU-s).
                    lean = Summary(summary.source_file, summary.key, None, summary.sha256, summary.article_id,
                                   summary.story_key)
                    if block.mentions is None and (summary.outcome is not None or summary.key is None
                                                   or shards is None):
                        # A result that comes with its summary (computed now) or has no entry: the block cannot be
                        # copied, so its rows are written as they come, the earlier members' read back first.
                        start_writing(block)
                        for earlier in block.members:
                            write_member(block, *earlier, outcome_of(earlier[0], earlier[1]))
                    if block.mentions is not None:
                        write_member(block, task, summary, decision, outcome_of(task, summary))
                    block.members.append((task, lean, decision))
                    del summary
                start = end
                finish_mentions(block)
        finally:
            close = getattr(summaries, "close", None)
            if close:
                close()
            for block in blocks:
                if block.mentions is not None:
                    block.mentions.close()
            return_freed_memory()
        unmatched = sorted(set(origins) - used)
        if unmatched:  # a typo'd or stale hash would silently drop a source's origin
            first = origins[unmatched[0]][0]
            raise BuildFailed(f"{ORIGINS_MANIFEST}: {len(unmatched)} origin record(s) match no source file by sha256, "
                              f"the first {unmatched[0][:16]}… ({first.get('path') or first.get('repo')}); fix or remove them")
        # The panels read only the blocks' partials, spilled above; the stories do not read them.
        beside = None  # (forked inside the try below, so that an interrupt right after the fork still cancels it)
        try:
            if jobs > 1:
                beside = _panels_beside(tmp, scratch, config, panel_spills, panel_indexes, panel_shas, shards, salt)
            here = tuple(panel.KEYS) if beside is None else tuple(panel.KEYS)[:-len(PANELS_BESIDE)]
            groups = _grouped(grouping, signatures, shards, salt, signature_entries) if grouping is not None else None
            del signatures, signature_entries
            for block in blocks:  # both story configs of a block, then the next block: one block's members in memory
                block.unpark()
                for name in STORY_COLUMNS:
                    write_story_shard(block, name)
                block.members = []
                return_freed_memory()
            del groups
            for name in names:
                for part, final in zip(parts[name], name_parts(tmp / name, parts[name])):
                    if part in reused[name]:
                        report.reused_files[final.relative_to(tmp).as_posix()] = reused[name][part]
                    elif part in fresh:
                        report.written_files[final.relative_to(tmp).as_posix()] = fresh[part]
                records[name].finish()
            _write_panels(tmp, scratch, config, report, panel_spills, panel_indexes, panel_shas, shards, salt,
                          writers, panel_written, names=here)
            if beside is not None and not _panels_taken(beside, tmp, scratch, report, writers, panel_written):
                _write_panels(tmp, scratch, config, report, panel_spills, panel_indexes, panel_shas, shards, salt,
                              writers, panel_written, names=PANELS_BESIDE)
        except BaseException:
            if beside is not None:
                beside.cancel()  # before the caller removes the folders the child writes into
            raise
    finally:
        for block in blocks:
            for spill in (block.pending or {}).values():
                spill.close()
    written = {name: (records[name], records[name].duplicates()) for name in names}
    written.update({name: (writer.records, writer.duplicates) for name, writer in writers.items()})
    written.update(panel_written)
    return report, written


def _write_panels(tmp: Path, scratch: Path, config: BuildConfig, report: BuildReport,
                  panel_spills: dict[str, list[Path]], panel_indexes: dict[str, list[Path]], panel_shas: list[str],
                  shards: ResultCache | None, salt: str, writers: dict[str, ConfigWriter],
                  panel_written: dict[str, Written], names: tuple[str, ...] = panel.KEYS) -> None:
    """The cross-source configs (the measures and figures panel; ``names`` of them) from every block's partials, in
    block order; the writers of the configs written go to ``writers``, those copied from the shard cache to
    ``panel_written``."""
    # Cross-source configs: the measures and figures panel, from the evidence of every published article, its
    # files cached under the blocks' partials (a rebuild that changed no MEASURE or CASE_COUNT copies them).
    panel_key = canonical_json([salt, "panel", panel_shas]) if shards is not None else None
    for name in names:
        key = hashlib.sha256(f"{panel_key}\0{name}".encode("utf-8")).hexdigest() if panel_key else None
        cached = shards.get(key) if key else None
        if isinstance(cached, dict):
            restored: dict[Path, str] = {}
            files = name_parts(tmp / name, _restore(tmp / name, f"{name}-panel", cached, restored))
            for part, final in zip(restored, files):
                report.reused_files[final.relative_to(tmp).as_posix()] = restored[part]
            hashes = dict(cached["hashes"])
            counts = Counter(record for record, _ in cached["hashes"])
            panel_written[name] = (hashes, sorted(record for record, n in counts.items() if n > 1))
            continue
        # With a cache the file is spliced from row groups encoded alone, so that the next build copies the
        # unchanged ones (panel.write_changed); the same bytes as the streaming writer's.
        writer = writers[name] = ConfigWriter(tmp, name, spill_dir=scratch, shard_bytes=config.shard_bytes,
                                              part=f"{name}-panel", batch_rows=PANEL_BATCH_ROWS,
                                              spliced=key is not None)
        model = RECORD_MODELS[name]
        # Each key's validated row and record hash, by the digest of its partials: a key whose evidence did not
        # change is neither merged nor validated again. One memo per config in an SQLite file of the cache,
        # replaced by each build that writes the panel (every item in it is addressed by content, so any build's
        # version serves any other); without a cache nothing is kept: memory holds one row at a time.
        memo_key = hashlib.sha256(f"{salt}\0panel-rows\0{name}".encode("utf-8")).hexdigest() if key else None
        memo_rows = RowMemo(shards.directory / "panel-rows" / f"{memo_key}.sqlite") if memo_key else None
        try:
            # With a cache: a rebuild's few changed keys merged alone, its unchanged row groups appended as
            # cached (panel.write_changed); without, every key's partials merged.
            if memo_rows is not None:
                panel.write_changed(name, writer, model, panel_spills[name], panel_indexes[name], memo_rows,
                                    shards, salt, PANEL_BATCH_ROWS)
                rows = iter(())
            else:
                rows = panel.merged_rows(name, panel_spills[name], known=frozenset())
            for digest, row in rows:
                if row is None:
                    done = memo_rows[digest]
                else:
                    validated = model.model_validate(row).model_dump(mode="python")
                    done = (validated, record_hash(validated))
                if memo_rows is not None:
                    memo_rows.put(digest, done)
                writer.write(*done)
        except BaseException:
            if memo_rows is not None:
                memo_rows.discard()
            raise
        finally:
            writer.close()
        files = name_parts(tmp / name, writer.parts)
        for part, final in zip(writer.parts, files):
            report.written_files[final.relative_to(tmp).as_posix()] = writer.written[part]
        if key:
            shards.put(key, {**_stored(files), "hashes": list(writer.records.items())})
            memo_rows.commit()
        return_freed_memory()


# The panel configs the child of _panels_beside writes: the last of panel.KEYS (so that the report, the writers and
# the cached configs get their entries in KEYS' order, the main process's first), case_counts, which took 0.07–0.1
# CPU-s of a 5,000-post rebuild against 0.03–0.05 for measures, which the main process writes after the story
# configs (0.07–0.08 CPU-s): the two sides about even.
PANELS_BESIDE = tuple(panel.KEYS)[-1:]


def _panels_beside(tmp: Path, scratch: Path, config: BuildConfig, panel_spills: dict[str, list[Path]],
                   panel_indexes: dict[str, list[Path]], panel_shas: list[str], shards: ResultCache | None,
                   salt: str) -> sidejob.SideJob | None:
    """A forked child (:mod:`imcovid.sidejob`) that writes the panel configs :data:`PANELS_BESIDE`
    (:func:`_write_panels`) and sends back what the parent keeps of them, or None when no child could be forked.
    Why: at two jobs a one-post rebuild's serial tail had its panels (0.1–0.15 CPU-s at 5,000 posts: the changed keys
    merged, validated and spliced) and its story configs (the grouping, then both story configs of every block) one
    after the other, while the second core sat idle; the panels read only the blocks' partials, spilled to
    ``scratch`` before the fork, and each writes only its own folder, record-hash file and cache entries, none of
    which the story configs or the other panel config read or write."""

    def work() -> tuple:
        report, writers, panel_written = BuildReport(), {}, {}
        _write_panels(tmp, scratch, config, report, panel_spills, panel_indexes, panel_shas, shards, salt, writers,
                      panel_written, names=PANELS_BESIDE)
        # A written config's record hashes are in its SQLite file in ``scratch`` (committed by the writer's close):
        # the parent opens that file again instead of receiving the rows.
        return (report.reused_files, report.written_files,
                {name: str(writer.records.path) for name, writer in writers.items()}, panel_written)

    return sidejob.start(work)


def _panels_taken(beside: sidejob.SideJob | None, tmp: Path, scratch: Path, report: BuildReport,
                  writers: dict, panel_written: dict[str, Written]) -> bool:
    """Whether the child of :func:`_panels_beside` wrote its panel configs: its files' entries added to ``report``
    (in the order :func:`_write_panels` adds them), each written config's record hashes (as ``writers`` holds them:
    what the manifest reads) and the cached configs' to ``panel_written``. False, with whatever a failed child may
    have left removed (its folders, its record-hash files, which a second writer would append to), when there was no
    child or it failed: the caller then writes those configs itself (the same bytes, or the error a one-job build
    raises, from the same place)."""
    if beside is None:
        return False
    taken = beside.result()
    if taken is sidejob.FAILED:
        for name in PANELS_BESIDE:
            shutil.rmtree(tmp / name, ignore_errors=True)
            for leftover in scratch.glob(f".{name}.records.sqlite*"):
                leftover.unlink()
        return False
    reused_files, written_files, records, cached = taken
    report.reused_files.update(reused_files)
    report.written_files.update(written_files)
    for name, path in records.items():
        writers[name] = _Taken(RecordHashes(Path(path)))
    panel_written.update(cached)
    return True


class _Taken:
    """What :func:`_write_records` reads of a panel config's writer when the child of :func:`_panels_beside` wrote
    it: its record hashes and duplicate keys."""

    def __init__(self, records: RecordHashes) -> None:
        self.records = records
        self.duplicates = records.duplicates()  # a list, as ConfigWriter.duplicates gives it


class _DamagedBlob(Exception):
    """A stored panel stream failed its check when the panel writer opened it (see :func:`_build`)."""


class _StoredStream(os.PathLike):
    """A cached block's partials stream (a blob of ``store``), copied to ``path`` in the scratch folder — after its
    sha256 is checked — only when the panel writer first opens it: a rebuild that changed no panel key opens none, one
    that changed a few opens the blocks that hold them. A blob that fails its check raises :class:`_DamagedBlob`."""

    def __init__(self, store: BlobStore, sha: str, path: Path) -> None:
        self.store, self.sha, self.path = store, sha, path
        self._ready = False

    def __fspath__(self) -> str:
        if not self._ready:
            data = self.store.read_checked(self.sha)
            if data is None:
                raise _DamagedBlob(self.sha)
            self.path.write_bytes(data)
            self._ready = True
        return str(self.path)


def _stored(paths: list[Path]) -> dict:
    """A block's part files as a shard-cache entry holds them: their bytes and sha256."""
    blobs = [path.read_bytes() for path in paths]
    return {"parts": blobs, "shas": [hashlib.sha256(blob).hexdigest() for blob in blobs]}


def _restore(folder: Path, part: str, cached: dict, reused: dict[Path, str]) -> list[Path]:
    """A cached block's part files written back under the block's part names (``reused``: each with its sha256)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index, (blob, sha) in enumerate(zip(cached["parts"], cached["shas"])):
        path = folder / f".{part}-{index:05d}.parquet.part"
        path.write_bytes(blob)
        paths.append(path)
        reused[path] = sha
    return paths


def _merge(report: BuildReport, part: BuildReport) -> None:
    report.accepted += part.accepted
    report.mentions += part.mentions
    report.flags.update(part.flags)
    report.rejected += part.rejected
    report.duplicates += [pair for pair in part.duplicates if pair not in report.duplicates]


def _shared(signature: dict, seen: dict[str, tuple[str, bytes]]) -> dict:
    """The signature with its text hash and MinHash values shared with every earlier signature of the same normalized
    text (the same values, one copy): captures, forks and reposts of one text then cost the grouping's wait a small
    dict each, not a kilobyte."""
    first = seen.setdefault(signature["text_sha256"], (signature["text_sha256"], signature["minhash"]))
    if first[1] != signature["minhash"]:  # cannot happen for one text and one configuration: keep it as it is
        return signature
    return {**signature, "text_sha256": first[0], "minhash": first[1]}


def _collect(outcome: Outcome, decision: Decision, mentions: ConfigWriter, pending: dict[str, StoryPending],
             report: BuildReport, origins: list[dict] | None = None) -> bool:
    """Write one source's rows as the cross-source decision says (the story columns wait in ``pending``); True when
    its article was published."""
    record = outcome.provenance
    if origins:  # where the harvest found these bytes: the worker's prepared row does not have it
        from imcovid.provenance import attach_origins  # here: imcovid.provenance imports the cleaning rules

        attach_origins(record, origins)
    prepared = (not origins and outcome.provenance_arrow is not None and decision.status == "as-processed"
                and outcome.article is None)
    # An accepted source's rows as the worker prepared them (Arrow, JSON cut around the story columns).
    ready = (not origins and decision.status == "accepted" and outcome.article_arrow is not None
             and outcome.provenance_arrow is not None)
    story = None  # (article id whose story the provenance row takes, story id when the grouping has none)
    if prepared:  # the worker's row of a rejected source stands: append it
        pending["provenance"].add_arrow(outcome.provenance_arrow, record["source_file"], outcome.provenance_hash)
    elif decision.status == "duplicate" and outcome.article is not None:
        record.update(status="duplicate", duplicate_of=decision.other, article_ids=[outcome.article["id"]],
                      reasons=[f"same bytes as {decision.other}; published once, under that source"])
        story = (outcome.article["id"], None)
        outcome = Outcome(record)
    elif decision.status == "collision":
        record.update(status="rejected", article_ids=[],
                      reasons=[f"article id {outcome.article['id']} collides with {decision.other} (different bytes)"])
        outcome = Outcome(record)
    elif decision.status == "duplicate":
        record.update(status="duplicate", duplicate_of=decision.other, reasons=record["reasons"] or
                      [f"same bytes as {decision.other}"])
    elif decision.status == "accepted":
        story = (outcome.article["id"], decision.story_id)
    if ready:
        pending["provenance"].add_prepared(outcome.provenance_arrow, record["source_file"], story,
                                           outcome.provenance_parts)
    elif not prepared:
        provenance = ProvenanceRecord.model_validate(record).model_dump(mode="python")
        pending["provenance"].add(provenance, story)
    if record["status"] == "accepted" and outcome.article is not None:
        # The article row takes its story from the grouping; the mentions' rows, hashes and Arrow data were made in
        # the worker: this process only appends them.
        if ready:
            pending["articles"].add_prepared(outcome.article_arrow, outcome.article["id"], story, outcome.article_parts)
        else:
            pending["articles"].add(outcome.article, story)
        mentions.write_arrow(outcome.mentions_arrow, outcome.mention_hashes)
        report.accepted += 1
        report.mentions += len(outcome.mention_hashes)
        report.flags.update(outcome.article["flags"])
        return True
    elif record["status"] == "duplicate":
        if (record["source_file"], record["duplicate_of"]) not in report.duplicates:
            report.duplicates.append((record["source_file"], record["duplicate_of"]))
    else:
        report.rejected.append((record["source_file"], "; ".join(record["reasons"])))
    return False


def _publish_metadata(tmp: Path, out_dir: Path, version: str, report: BuildReport,
                      written: dict[str, Written], config: BuildConfig, fragments: ResultCache | None = None,
                      salt: str = "", known: dict[str, tuple[str, int]] | None = None, jobs: int = 1) -> None:
    from imcovid.publish import card, croissant, prov, release

    previous = out_dir if out_dir.is_dir() else None
    # PROV is assembled from one fragment per shard, cached under the shard's sha256 (``fragments``). With a second
    # job it is written by a forked child while this process writes the card, Croissant and, into a new folder,
    # the manifest's record hashes (_prov_beside).
    beside = None  # (started inside the try below, so that an interrupt right after the fork still cancels it)
    data_known = known
    # The card, the PROV graph (megabytes: a manifest line per article) and Croissant are final once written: hashed
    # once for both the release manifest and SHA256SUMS, which each hashed them again.
    final: dict[str, tuple[str, int]] = {}

    def with_prov() -> dict[str, tuple[str, int]]:
        """Every file's (sha256, size) known so far, PROV's included: the child's, or PROV written here if the
        child failed (the same bytes, or the error a one-job build raises)."""
        if prov.PROV_FILE not in final:
            hashed = beside.result() if beside is not None else sidejob.FAILED
            if hashed is sidejob.FAILED:
                if beside is not None:
                    prov.write_prov(tmp, version, cache=fragments, salt=salt, known=data_known)
                hashed = sha256_file(tmp / prov.PROV_FILE)
            final[prov.PROV_FILE] = hashed
        return {**(data_known or {}), **final}

    kept: dict = {}
    manifest: dict[str, tuple[str, int]] = {}  # the manifest written now, hashed as it was written
    try:
        beside = _prov_beside(tmp, version, fragments, salt, known) if jobs > 1 else None
        if beside is None:
            prov.write_prov(tmp, version, cache=fragments, salt=salt, known=known)
            return_freed_memory()  # each step reads the configs back: its peak should not stack on the last one's
        card_meta = card.write_card(tmp, version, config, cache=fragments, known=known, salt=salt)
        return_freed_memory()
        croissant.write_croissant(tmp, version, card_meta, config, cache=fragments, known=known, salt=salt)
        final.update({rel: sha256_file(tmp / rel) for rel in ("README.md", "croissant.json") if (tmp / rel).is_file()})
        # Into a new folder (no published manifest to compare with) the manifest's file list waits for PROV where
        # its text reaches it, after the record hashes; otherwise PROV is waited for here.
        later = with_prov if beside is not None and previous is None else None
        release.write_release(tmp, previous, version, written=written, keep=kept,
                              known=with_prov() if later is None else None, hashed=manifest, files_later=later)
        known = with_prov()
    except BaseException:
        if beside is not None:
            beside.cancel()  # before the caller removes the folder the child writes into
        raise
    release.write_changelog(tmp, known=kept)
    release.write_checksums(tmp, known={**known, **manifest})


def _prov_beside(tmp: Path, version: str, fragments, salt: str, known: dict[str, tuple[str, int]] | None):
    """A forked child (:mod:`imcovid.sidejob`) that writes ``provenance.prov.json`` and returns its (sha256, size),
    or None when no child could be forked. Why: a rebuild's PROV (0.07 CPU-s, 8 MB written at 5,000 posts) and the
    card and Croissant (about as much) read the data files, not each other, so with a second job they overlap."""
    from imcovid.publish import prov

    def work() -> tuple[str, int]:
        path = prov.write_prov(tmp, version, cache=fragments, salt=salt, known=known)
        return sha256_file(path)

    return sidejob.start(work)


# --- atomic replacement -----------------------------------------------------------------------------------------

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _swap_into_place(tmp: Path, out_dir: Path) -> None:
    """Replace ``out_dir`` by ``tmp`` in one step: renameat2(RENAME_EXCHANGE) where the kernel has it, else two
    renames with a marker that :func:`_recover_interrupted_swap` resolves on the next build."""
    if not out_dir.exists():
        os.rename(tmp, out_dir)
        return
    if _exchange(tmp, out_dir):
        shutil.rmtree(tmp)  # tmp now holds the previous release
        return
    old = out_dir.parent / f"{out_dir.name}.old-{os.getpid()}"
    os.rename(out_dir, old)
    os.rename(tmp, out_dir)
    shutil.rmtree(old)


def _exchange(a: Path, b: Path) -> bool:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    return renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0


def _recover_interrupted_swap(out_dir: Path) -> None:
    """A build killed between the two fallback renames leaves only ``<out>.old-*``: put it back."""
    if out_dir.exists():
        for stale in out_dir.parent.glob(f"{out_dir.name}.old-*"):
            shutil.rmtree(stale, ignore_errors=True)
    else:
        olds = sorted(out_dir.parent.glob(f"{out_dir.name}.old-*"))
        if olds:
            os.rename(olds[-1], out_dir)
    for stale in out_dir.parent.glob(f"{out_dir.name}.tmp-*"):
        pid = stale.name.rsplit("-", 1)[-1]
        if not (pid.isdigit() and _alive(int(pid))):
            shutil.rmtree(stale, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return pid != os.getpid()
