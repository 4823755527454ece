"""The block-parallel writer of a clean local build with several jobs: the workers write the shards, the main process
only decides.

With one writing process (:func:`imcovid.pipeline._write_records`) a second core could not help a build of
replicated posts: the writer's appends, Parquet encoding and spills cost about twice what a worker's memoized
per-source step does, so ``--jobs 2`` ran no faster than ``--jobs 1``. Here every step that concerns one block of
sources (:func:`imcovid.pipeline.source_blocks`) runs in a worker, and the main process keeps what is really
cross-source, on small summaries:

1. **stage** (a worker, a few sources at a time): :func:`imcovid.pipeline.stage_source` for each; the results are
   kept in the worker's memory when it writes their block (:func:`block_writers`, chosen before the start), else
   spilled to the build's scratch folder, one file per block and worker, and only their summaries (without the
   result) come back. Sources are routed to workers by a cheap key that repeated captures of one post share (the
   front matter's title line, else the bytes but for a trailing comment), so that one worker's memos
   (:mod:`imcovid.memo`) serve a text's captures instead of every worker working the text out again;
2. **decide** (main): duplicates and id collisions in source order (:class:`imcovid.pipeline.CrossSource`), the
   stories' signatures kept for the grouping, as in the one-writer build;
3. **block** (the block's writer, fed its decided sources ``PART`` at a time while the staging goes on, see
   :class:`_OpenBlock`): the block's results taken in source order and written as the one-writer build writes them
   (:func:`imcovid.pipeline._collect`); once its last source is decided, its mentions shard, its panel partials, its
   article and provenance rows spilled with the story columns empty (:mod:`imcovid.pending`), its mentions' record
   run;
4. **stories** (main): the grouping, once every signature is in; then per block and story config (any worker) the
   spills replayed into the shard with the story columns filled in;
5. main: the shards named in block order, the record runs and reports merged in block order, the panel from the
   blocks' partials (:func:`imcovid.pipeline._write_panels`) — then metadata and the final check as usual.

Every file is written by the same functions from the same rows in the same order as in the one-writer build, so the
bytes do not depend on which worker wrote which block, on the routing, or on ``--jobs`` (``tests/test_blockwise.py``,
``tests/test_scale.py``). A worker's failure fails the build with its exception.

What two workers spend beyond one job's CPU is what bounds ``--jobs 2``: the models are loaded once, in the main
process before the fork (:func:`_warm`), not once per worker — in a fresh process on both cores, what can be handed
over as a pickle parsed by a loader process meanwhile (:func:`_load_apart`); a worker trusts the files it wrote by
the sha256 their writer hashed on the way to the disk, as the one-writer build does, rather than decoding them
again; a block's results are taken from the spills one at a time, or from the writer's own memory; and a block is
written while its sources are staged, so that what follows the last staged source is short (the last block's
closing, the stories, the panel and the manifest's buckets).
"""

from __future__ import annotations

import gc
import hashlib
import heapq
import itertools
import multiprocessing
import os
import pickle
import queue
import signal
import sys
import time
import traceback
from collections import Counter, OrderedDict, deque
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from imcovid import panel
from imcovid.cache import BlobStore, read_small
from imcovid.config import BuildConfig
from imcovid.heap import return_freed_memory
from imcovid.pending import STORY_COLUMNS, StoryPending
from imcovid.process import Task
from imcovid.publish.parquet import ConfigWriter, name_parts
from imcovid.publish.release import RecordPairs, RecordRuns, record_run, run_bytes, spill_run

# Sources handed to a worker per message, and at most this many per worker handed out ahead of the decisions: the
# results wait on disk, not in memory, but a worker far ahead would only delay the blocks the others wait for.
CHUNK = 8
WINDOW = 96
# A text's captures stay with one worker until it holds this many sources more than the least loaded one; then the
# text moves (one memo miss more) so that one post captured thousands of times does not leave a core idle.
ROUTE_SLACK = 64
# Sources routed ahead of the last decided one, per job (see Feed): what a worker may stage ahead of the slowest one
# (its results wait, kept or spilled, for their decisions), for each worker's own backlog to absorb the others' pauses.
LOOKAHEAD_PER_JOB = 2 * WINDOW
# Keys remembered: a text not seen among the last ROUTE_KEYS keys is routed as a new one (its memo entries, bounded
# too — imcovid.memo — would be gone from its worker by then anyway).
ROUTE_KEYS = 8192
# Which task a free worker takes first: the panel configs and the manifest's buckets (the longest tasks of the tail,
# each ready once every block is written), then the stories (a dozen short tasks that fill the gaps: taken before the
# buckets, they left the mentions' buckets, a tenth of a CPU-second, alone at the very end). Only an order of work,
# never an output. (A block's writing is not among them: it goes to the block's writer as its decisions come, see
# _OpenBlock.)
PRIORITY = {"panel": 1, "resolve": 2, "story": 3}
# A block's decided sources are handed to its writer this many at a time (and the rest when the block is whole).
PART = 32
# How long the main process waits for the loader process (_load_apart), which takes about a second, before it
# loads everything itself: a loader that hangs must not hang the build.
LOADER_SECONDS = 120


def route_key(task: Task, config: BuildConfig) -> bytes:
    """What repeated captures of one post share, read without parsing: the front matter's ``title:`` line, else the
    bytes but for a trailing HTML comment. Only an order of work: a wrong guess costs a memo miss, never an output."""
    if task.rejection is not None:
        return task.source_file.encode("utf-8")
    raw = read_small(task.path, config.max_source_bytes, first=4096)
    if not raw:
        return task.source_file.encode("utf-8")
    head = raw[:4096]
    at = head.find(b"\ntitle:")
    if head.lstrip().startswith(b"---") and at >= 0:
        end = head.find(b"\n", at + 1)
        if end > 0:
            return head[at + 1:end].strip()
    whole = read_small(task.path, config.max_source_bytes) or raw
    body = whole.rstrip()
    if body.endswith(b"-->"):
        cut = body.rfind(b"<!--")
        if cut >= 0 and len(body) - cut <= 1024:
            body = body[:cut]
    return hashlib.sha1(body).digest()


class Router:
    """Sources to workers: a key's sources to the worker that took its first, a new key to the least loaded
    worker (by sources routed), a key moved when its worker runs ``ROUTE_SLACK`` sources ahead."""

    def __init__(self, jobs: int, keep: int = ROUTE_KEYS) -> None:
        self.load = [0] * jobs
        self.keep = keep
        self.home: OrderedDict[bytes, int] = OrderedDict()  # the keys seen last: the main process's memory is bounded

    def route(self, key: bytes) -> int:
        least = min(range(len(self.load)), key=self.load.__getitem__)
        worker = self.home.get(key)
        if worker is None or self.load[worker] > self.load[least] + ROUTE_SLACK:
            worker = self.home[key] = least
            if len(self.home) > self.keep:
                self.home.popitem(last=False)
        else:
            self.home.move_to_end(key)
        self.load[worker] += 1
        return worker


class Feed:
    """Step 1's hand-out: sources routed in source order (:class:`Router`), at most ``lookahead`` past the last
    decided one, into their workers' backlogs; each worker handed the front of its own backlog, ``CHUNK`` sources of
    one block per message, while it holds fewer than ``WINDOW`` sources not yet summarized (``ahead``). A worker's
    sources reach it in source order (what the readers of its spills expect) whatever the others'. Until release 20
    the feed stopped at the first source whose worker was full, and the other worker ran dry behind it (2,000
    replicated posts: about a fifth of the feed's 400 stops found the other worker below two chunks, some at none)."""

    def __init__(self, sources: list[Task], block_of: list[int], writer_of: list[int], jobs: int,
                 key_of: Callable[[Task], bytes], lookahead: int) -> None:
        self.sources, self.block_of, self.writer_of, self.key_of = sources, block_of, writer_of, key_of
        self.lookahead = lookahead
        self.router = Router(jobs)
        self.ahead = [0] * jobs  # sources handed out, not yet summarized
        self.staged_by = [0] * len(sources)  # the worker each source is routed to: its result is in that one's spill
        self.backlog: list[deque[int]] = [deque() for _ in range(jobs)]  # routed, waiting for room in the worker
        self.buffers: list[list[tuple[int, Task]]] = [[] for _ in range(jobs)]
        self.buffer_block = [-1] * jobs
        self.fed = 0  # sources routed

    def __call__(self, decided: int, put: Callable[[int, tuple], None]) -> None:
        """Route and hand out what ``decided`` (sources decided so far) allows; ``put(worker, message)`` sends."""
        sources, limit = self.sources, min(len(self.sources), decided + self.lookahead)
        while self.fed < limit:
            worker = self.router.route(self.key_of(sources[self.fed]))
            self.backlog[worker].append(self.fed)
            self.staged_by[self.fed] = worker
            self.fed += 1
        for worker, waiting in enumerate(self.backlog):
            while waiting and self.ahead[worker] < WINDOW:
                index = waiting.popleft()
                number = self.block_of[index]
                if self.buffers[worker] and self.buffer_block[worker] != number:
                    self._send(worker, put)
                self.buffers[worker].append((index, sources[index]))
                self.buffer_block[worker] = number
                self.ahead[worker] += 1
                if len(self.buffers[worker]) >= CHUNK:
                    self._send(worker, put)
            self._send(worker, put)

    def _send(self, worker: int, put: Callable[[int, tuple], None]) -> None:
        if self.buffers[worker]:
            number = self.buffer_block[worker]
            put(worker, ("stage", number, self.buffers[worker], self.writer_of[number] == worker))
            self.buffers[worker] = []


class FlatCache:
    """A build's scratch cache of what the workers prepare for the main process — each data file's PROV fragment
    and card counts, the manifest's merged record buckets — with the get/put of :class:`imcovid.cache.ResultCache`,
    one file per key in one folder (no checksums: it lives and dies with the build's scratch folder)."""

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)

    def get(self, key: str):
        try:
            return pickle.loads((self.directory / key).read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, ValueError):
            return None

    def put(self, key: str, value) -> bool:
        path = self.directory / key
        temporary = path.with_name(f".{key}.{os.getpid()}")
        temporary.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(temporary, path)
        return True


# --- the workers ------------------------------------------------------------------------------------------------

def _results_path(scratch: Path, block: int, worker: int) -> Path:
    return scratch / f"results-b{block:05d}-w{worker:03d}.pickles"


# Results this worker staged for a block it writes itself, in source order, until the block's writer takes them:
# they never go through a spill (pickled, written, read and unpickled again: about 0.35 of the workers' 5 CPU-s of a
# 2,000-post build when every result went that way). At most the sources staged ahead of their decisions wait here.
_KEPT: dict[int, deque] = {}


def _stage(items: list[tuple[int, Task]], block: int, worker: int, ctx: dict, keep: bool = False) -> list:
    """``keep``: this worker writes ``block`` (see write_blockwise's ``writer_of``), so the results stay here."""
    summaries = []
    if keep:
        kept = _KEPT.setdefault(block, deque())
        for index, task in items:
            summary, outcome = _staged(task, ctx)
            kept.append((index, outcome))
            summaries.append((index, summary))
        return summaries
    staged = []
    for index, task in items:
        summary, outcome = _staged(task, ctx)
        staged.append((index, outcome))
        summaries.append((index, summary))
    _spill_results(staged, _results_path(ctx["scratch"], block, worker))
    return summaries


def _spill_results(staged: list[tuple], path: Path) -> None:
    """A chunk's results (``(index, outcome)`` in source order) appended to the block's spill as one pickle, which
    :meth:`_OpenBlock.add` reads back one chunk at a time. One pickle per result, as until session 22, paid the
    pickler's set-up, frame and write per result and pickled the field names and the dicts' keys again for each: a
    chunk of 8 moves the same results for about a fifth less CPU (0.21 → 0.17 ms a result written and read back,
    2,000 replicated posts), and about half of a two-job build's results cross between its workers this way."""
    with open(path, "ab") as spill:
        pickle.dump(staged, spill, protocol=pickle.HIGHEST_PROTOCOL)


def _staged(task: Task, ctx: dict) -> tuple:
    """One source's summary (without its result) and result. With a cache (a first build, see :func:`usable`) the
    result is stored there as a one-job build stores it (:func:`imcovid.pipeline.stage_source`) and comes back
    inline too; an entry found there already (a cache folder that an interrupted build filled in part) is read back,
    or computed again when it cannot be, as the one-writer build does."""
    from imcovid.pipeline import _cache, stage_source
    from imcovid.process import Outcome, process

    cache_dir = ctx.get("cache_dir")
    summary = stage_source(task, ctx["config"], cache_dir, ctx["key"], inline=cache_dir is not None)
    outcome = summary.outcome
    if outcome is None:  # only with a cache: an entry stored before this build
        outcome = _cache(cache_dir).get(summary.key)
        if not isinstance(outcome, Outcome):
            outcome = process(task, ctx["config"])
    return replace(summary, outcome=None), outcome


def _spill_run(pairs: list[tuple[str, str]], path: Path) -> tuple[Path, dict]:
    """A block's record hashes as a :func:`record_run` spilled to ``path`` (:func:`spill_run`), for
    :meth:`RecordRuns.add_spilled` in the process that writes the manifest."""
    return spill_run(record_run(pairs), path)


class _OpenBlock:
    """Step 3 for one block, fed as the block's decisions come (:func:`_write_part`) rather than once the block is
    whole: the worker that writes the block appends each source's rows while the sources after it are still staged,
    so that only the block's last few sources and its closing are left when the staging ends. Written before, the
    last block's whole writing (a quarter of a CPU-second at 2,000 posts) came after the last source was staged, on
    the build's critical path, with the other core idle or on a shorter task."""

    def __init__(self, number: int, ctx: dict) -> None:
        from imcovid.pipeline import _Block

        scratch, config = ctx["scratch"], ctx["config"]
        self.block = block = _Block(number)
        block.open_spills(scratch)
        block.mentions = ConfigWriter(ctx["tmp"], "mentions", spill_dir=scratch, shard_bytes=config.shard_bytes,
                                      part=block.part("mentions"), records=block.mention_hashes)
        # Each worker's spill of this block, read in order: a worker staged its sources of the block in source order,
        # and every member handed over was spilled (its chunk's file closed) before its summary was sent. A spill
        # holds one pickle per chunk (_spill_results): the chunk's results not taken yet wait in ``unread``.
        self.spills: dict[int, object] = {}
        self.unread: dict[int, deque] = {}
        # With a cache: each member's (cache entry, sha256, article id, decision), what the block's shard-cache
        # entries are keyed by (imcovid.pipeline.shard_key_of, story_extra).
        self.keyed: list[tuple] = []

    def add(self, members: list[tuple], ctx: dict) -> None:
        """``members``: ``(index, sha256, decision, worker that staged it, cache entry, article id)``, the block's
        next sources in order."""
        from imcovid.pipeline import _collect

        block, number = self.block, self.block.number
        kept = _KEPT.get(number)
        for index, sha256, decision, worker, entry, article_id in members:
            if ctx.get("shards") is not None:
                self.keyed.append((entry, sha256, article_id, decision))
            if worker == ctx["worker"]:  # staged here for this block: kept in memory (_stage)
                at, outcome = kept.popleft()
            else:
                at, outcome = self._read(worker, ctx)
            if at != index:  # cannot happen: a worker's sources of a block were spilled once each, in order
                raise RuntimeError(f"block {number}: source {index} expected in worker {worker}'s spill, found {at}")
            if _collect(outcome, decision, block.mentions, block.pending, block.report, ctx["origins"].get(sha256)):
                rows = outcome.panel_rows if outcome.panel_rows is not None else panel.evidence_rows(outcome.panel_evidence)
                block.evidence += rows

    def _read(self, worker: int, ctx: dict) -> tuple:
        """The next result of ``worker``'s spill of this block, ``(index, outcome)``."""
        unread = self.unread.get(worker)
        while not unread:  # a chunk is never empty (Feed sends none), but an empty one must not end the reading
            spill = self.spills.get(worker)
            if spill is None:
                spill = self.spills[worker] = open(_results_path(ctx["scratch"], self.block.number, worker), "rb")
            unread = self.unread[worker] = deque(pickle.load(spill))
        return unread.popleft()

    def finish(self, ctx: dict) -> dict:
        block, number, scratch = self.block, self.block.number, ctx["scratch"]
        if _KEPT.pop(number, None) or any(self.unread.values()):  # cannot happen: the members are every source
            raise RuntimeError(f"block {number}: results staged for it were not written")
        for spill in self.spills.values():  # every result read (the members are the block's every source)
            spill.close()
            os.unlink(spill.name)
        block.mentions.close()
        shas = _finish_parts("mentions", block.mentions, ctx)
        for spill in block.pending.values():
            spill.park()
        spills = {}
        shards = ctx.get("shards")
        indexes: dict[str, list] | None = {} if shards is not None else None
        partials = panel.block_partials(block.evidence, indexes)
        for name in panel.KEYS:
            path = scratch / f"panel-{block.part(name)}.pickles"
            path.write_bytes(partials[name])
            spills[name] = path
        done = {"parts": block.mentions.parts, "shas": shas, "report": block.report, "panel": spills}
        if shards is None:
            done["run"] = _spill_run(block.mention_hashes, scratch / f".mentions.run-b{number:05d}")
            return done
        done.update(_store_mentions(self, partials, indexes, ctx))
        return done


def _store_mentions(opened: _OpenBlock, partials: dict[str, bytes], indexes: dict[str, list], ctx: dict) -> dict:
    """A first build with a cache (:func:`usable`): the block's mentions entry of the shard cache, as
    :func:`imcovid.pipeline._write_records` stores it (``finish_mentions``) — the part files with their sha256, the
    record-hash run and the panel partials as blobs, the partials' stream indexes, the block's report — under the same
    key, so that the next build copies the block. Returns the run (read from its blob, as the one-writer build reads
    it), each partial's stream index spilled beside the partials (what :func:`imcovid.pipeline._write_panels` takes)
    and the digest of the partials that keys the panel's entries; the members are kept for the story configs'
    entries (:func:`_store_story`)."""
    from imcovid.pipeline import shard_key_of

    block, scratch, shards, salt = opened.block, ctx["scratch"], ctx["shards"], ctx["salt"]
    blobs = BlobStore(shards.directory / "blobs")
    digest = hashlib.sha256()
    stored: dict[str, str] | None = {}
    index_paths = {}
    for name in panel.KEYS:
        sha = hashlib.sha256(partials[name]).hexdigest()
        index_paths[name] = path = scratch / f"panel-{block.part(name)}.index"
        path.write_bytes(pickle.dumps(indexes[name], protocol=pickle.HIGHEST_PROTOCOL))
        if stored is not None and blobs.put(sha, partials[name]):
            stored[name] = sha
        else:
            stored = None
        digest.update(bytes.fromhex(sha))
    run = _run_blob(block.mention_hashes, blobs, scratch / f".mentions.run-b{block.number:05d}")
    key = shard_key_of(salt, "mentions", [(entry, decision) for entry, _, _, decision in opened.keyed])
    if key is not None and stored is not None and run[1] is not None:
        shards.put(key, {"parts": [path.read_bytes() for path in block.mentions.parts],
                         "shas": [block.mentions.written[path] for path in block.mentions.parts],
                         "run_blob": run[1], "run_index": run[0][1], "panel_blobs": stored,
                         "panel_index": {name: pickle.dumps(indexes[name], protocol=pickle.HIGHEST_PROTOCOL)
                                         for name in panel.KEYS}, "report": block.report})
    (scratch / f"members-b{block.number:05d}.pickle").write_bytes(
        pickle.dumps(opened.keyed, protocol=pickle.HIGHEST_PROTOCOL))
    return {"run": run[0], "panel_index": index_paths, "panel_sha": digest.hexdigest()}


def _run_blob(pairs: RecordPairs, blobs: BlobStore, spill: Path) -> tuple[tuple[Path, dict], str | None]:
    """A block's record run stored as a blob of the shard cache and read from there, as the one-writer build's
    ``keep_run`` does: ``((path, index), sha256)``; spilled to ``spill`` (and no sha256) when it could not be stored."""
    run = record_run(pairs)
    data, index = run_bytes(run)
    sha = hashlib.sha256(data).hexdigest()
    if not blobs.put(sha, data):
        return spill_run(run, spill), None
    return (blobs.path(sha), index), sha


# The blocks this worker writes and has not closed yet (a worker process's own: the main process holds none).
_OPEN: dict[int, _OpenBlock] = {}


def _write_part(number: int, members: list[tuple], ctx: dict) -> None:
    """Step 3, a block's next decided sources appended by the worker that writes the block."""
    if number not in _OPEN:
        _OPEN[number] = _OpenBlock(number, ctx)
    _OPEN[number].add(members, ctx)


def _write_block(number: int, members: list[tuple], workers: int, ctx: dict) -> dict:
    """Step 3, a block's last decided sources, then the block closed: its mentions shard, panel partials, story
    spills and record run. ``members`` as :meth:`_OpenBlock.add` takes them."""
    block = _OPEN.pop(number, None) or _OpenBlock(number, ctx)
    block.add(members, ctx)
    return block.finish(ctx)


def _finish_parts(config_name: str, writer: ConfigWriter, ctx: dict) -> list[str]:
    """What the main process would otherwise do with each part file after the build, done here where the file was
    written, each keyed by the sha256 of the bytes its Parquet writer produced (:attr:`ConfigWriter.written`, hashed
    on their way to the disk): the file's PROV fragment and card counts put in the build's scratch metadata cache,
    where :func:`imcovid.publish.prov.write_prov` and :func:`imcovid.publish.card.write_card` look them up. Returns
    each file's sha256, with which the final check trusts the file while its bytes keep it — as the one-writer build
    trusts what it wrote. The pages are not decoded again here (they were, until release 12: about a tenth of the
    workers' CPU, which ``--jobs 1`` never spent; ``imcovid validate`` / ``imcovid verify`` decode everything)."""
    from imcovid.publish import card, prov

    shas = []
    for path in writer.parts:
        sha = writer.written[path]
        fragments = ctx.get("fragments")
        if fragments is not None:
            if config_name in ("articles", "provenance"):
                version = ctx["version"]
                ids = {"build": prov.qid("build", f"v{version}"), "release": prov.qid("release", f"v{version}")}
                prov._fragment(ctx["tmp"], path, config_name, ids, fragments, ctx["key"])
            if config_name in card._PARTS:
                key = hashlib.sha256(f"{ctx['key']}\0card-statistics\0{config_name}\0{sha}".encode("utf-8")).hexdigest()
                fragments.put(key, card._PARTS[config_name](path))
        shas.append(sha)
    return shas


def _write_panel(name: str, spills: list[Path], ctx: dict, indexes: list[Path] | None = None,
                 panel_shas: list[str] | None = None) -> dict:
    """The panel config ``name`` from every block's partials, as :func:`imcovid.pipeline._write_panels` writes it
    without a cache; its record hashes come back as pairs. With a cache (``indexes``: each block's stream indexes,
    ``panel_shas``: each block's digest of its partials) it is that function that writes it, and stores it, as the
    one-writer build does."""
    if ctx.get("shards") is not None:
        return _write_panel_stored(name, spills, indexes, panel_shas, ctx)
    from imcovid.models import RECORD_MODELS
    from imcovid.publish.parquet import PANEL_BATCH_ROWS
    from imcovid.publish.release import record_hash

    pairs = RecordPairs()
    writer = ConfigWriter(ctx["tmp"], name, spill_dir=ctx["scratch"], shard_bytes=ctx["config"].shard_bytes,
                          part=f"{name}-panel", batch_rows=PANEL_BATCH_ROWS, records=pairs)
    model = RECORD_MODELS[name]
    try:
        for _, row in panel.merged_rows(name, spills, known=frozenset()):
            validated = model.model_validate(row).model_dump(mode="python")
            writer.write(validated, record_hash(validated))
    finally:
        writer.close()
    shas = _finish_parts(name, writer, ctx)
    files = name_parts(ctx["tmp"] / name, writer.parts)
    return {"pairs": list(pairs), "files": [(path, sha) for path, sha in zip(files, shas)]}


def _write_panel_stored(name: str, spills: list[Path], indexes: list[Path], panel_shas: list[str], ctx: dict) -> dict:
    from imcovid.pipeline import BuildReport, _write_panels

    report = BuildReport()
    writers: dict[str, ConfigWriter] = {}
    copied: dict = {}
    _write_panels(ctx["tmp"], ctx["scratch"], ctx["config"], report, {name: spills}, {name: indexes}, panel_shas,
                  ctx["shards"], ctx["salt"], writers, copied, names=(name,))
    if name in writers:  # in key order, as the manifest reads them
        written = ({record: sha for record, sha in writers[name].records.items()}, writers[name].duplicates)
    else:
        written = copied[name]
    files = [(ctx["tmp"] / path, sha) for path, sha in [*report.written_files.items(), *report.reused_files.items()]]
    return {"written": written, "files": files}


class _Share(RecordRuns):
    """The record runs of a config, resolved for some of its buckets only."""

    def __init__(self, folder: Path, name: str, cache, buckets: list[str], salt: str = "") -> None:
        super().__init__(folder, name, cache=cache, salt=salt)
        self.share = buckets

    def _buckets(self) -> list[str]:
        return self.share


def resolve_shares(runs: list[tuple[Path, dict]], jobs: int) -> list[list[str]]:
    """A config's manifest buckets (in key order) cut into at most ``jobs`` runs of consecutive buckets of about equal
    bytes in the blocks' runs, one merging task each: the mentions' buckets, merged by one worker, were the longest
    task at the very end of a build (0.1–0.2 CPU-s at 2,000 posts). Only a division of work, never an output."""
    sizes: dict[str, int] = {}
    for _, index in runs:
        for bucket, (_, length, _) in index.items():
            sizes[bucket] = sizes.get(bucket, 0) + length
    total = sum(sizes.values())
    shares: list[list[str]] = [[]]
    done = 0
    for bucket in sorted(sizes):
        if shares[-1] and len(shares) < jobs and done >= total * len(shares) / jobs:
            shares.append([])
        shares[-1].append(bucket)
        done += sizes[bucket]
    return [share for share in shares if share]


def _resolve_records(name: str, runs: list[tuple[Path, dict]], ctx: dict, buckets: list[str] | None = None,
                     share: int = 0) -> None:
    """The manifest's record buckets of ``name`` (all, or ``buckets``) merged from every block's run, here rather than
    in the main process: each merged bucket goes to the scratch cache, where the main process's :class:`RecordRuns`
    (the same runs, the same cache) finds it."""
    folder = ctx["scratch"] / "resolve" / f"{name}-{share}"  # each share's own merged lines: shares run at once
    records = RecordRuns(folder, name, cache=ctx["records"], salt=ctx["salt"]) if buckets is None else \
        _Share(folder, name, ctx["records"], buckets, ctx["salt"])
    records.folder.mkdir(parents=True, exist_ok=True)
    for run in runs:
        records.add_spilled(run)
    records.duplicates()
    (records.folder / f".{name}.lines").unlink(missing_ok=True)


_GROUPS: dict[Path, dict] = {}


def _write_story(number: int, name: str, ctx: dict) -> dict:
    """Step 4 for one block and story config: the block's spill replayed with the story columns filled in."""
    path = ctx["scratch"] / "groups.pickle"
    if path not in _GROUPS:
        _GROUPS.clear()
        _GROUPS[path] = pickle.loads(path.read_bytes())
    groups = _GROUPS[path]
    part = f"{name}-b{number:05d}"
    spill = StoryPending(name, ctx["scratch"], part, parked=True)
    hashes = RecordPairs()
    writer = ConfigWriter(ctx["tmp"], name, spill_dir=ctx["scratch"], shard_bytes=ctx["config"].shard_bytes,
                          part=part, records=hashes)
    try:
        for batch, keyed in spill.replay(groups):
            writer.write_arrow(batch, keyed)
    finally:
        writer.close()
    shas = _finish_parts(name, writer, ctx)
    spilled = ctx["scratch"] / f".{name}.run-b{number:05d}"
    if ctx.get("shards") is None:
        return {"parts": writer.parts, "shas": shas, "run": _spill_run(hashes, spilled)}
    return {"parts": writer.parts, "shas": shas, "run": _store_story(number, name, writer, hashes, groups, spilled, ctx)}


def _store_story(number: int, name: str, writer: ConfigWriter, hashes: RecordPairs, groups: dict | None,
                 spilled: Path, ctx: dict) -> tuple[Path, dict]:
    """A first build with a cache: the block's entry of the story config ``name`` in the shard cache, as
    :func:`imcovid.pipeline._write_records` stores it (``write_story_shard``: the part files with their sha256 and the
    record-hash run as a blob, keyed by the members, their origins and story values); returns the run."""
    from imcovid.pipeline import shard_key_of, story_extra

    shards = ctx["shards"]
    keyed = pickle.loads((ctx["scratch"] / f"members-b{number:05d}.pickle").read_bytes())
    run, sha = _run_blob(hashes, BlobStore(shards.directory / "blobs"), spilled)
    extra = story_extra([(sha256, article_id, decision) for _, sha256, article_id, decision in keyed], groups,
                        ctx["origins"])
    key = shard_key_of(ctx["salt"], name, [(entry, decision) for entry, _, _, decision in keyed], extra)
    if key is not None and sha is not None:
        shards.put(key, {"parts": [path.read_bytes() for path in writer.parts],
                         "shas": [writer.written[path] for path in writer.parts], "run_blob": sha, "run_index": run[1]})
    return run


def _next_message(inbox, parent: int):
    """The next message of ``inbox``; the worker ends at once if the main process is gone (killed by SIGKILL or the
    out-of-memory killer: the worker is orphaned, and it holds the write end of its own inbox, so it would wait for
    ever, holding its memory)."""
    while True:
        try:
            return inbox.get(timeout=POLL_SECONDS)
        except queue.Empty:
            if os.getppid() != parent:
                os._exit(1)  # nobody reads what it would write, and a queue's feeder thread would wait to flush


def _worker(worker: int, workers: int, inbox, outbox, ctx: dict) -> None:
    ctx = {**ctx, "worker": worker}
    parent = os.getppid()
    while True:
        message = _next_message(inbox, parent)
        if message is None:
            return
        kind = message[0]
        try:
            if kind == "stage":
                result = _stage(message[2], message[1], worker, ctx, keep=message[3])
            elif kind == "part":  # no answer: the block's last part answers for it
                _write_part(message[1], message[2], ctx)
                continue
            elif kind == "block":
                result = _write_block(message[1], message[2], workers, ctx)
            elif kind == "panel":
                result = _write_panel(message[1], message[2], ctx, *message[3:])
            elif kind == "resolve":
                result = _resolve_records(message[1][0], message[2], ctx, message[3], message[1][1])
            else:
                result = _write_story(message[1], message[2], ctx)
            if kind != "stage":  # a block's or a config's temporaries: not kept for the next task's peak
                return_freed_memory()
            # Pickled here, inside the try: a result the queue's feeder thread failed to pickle would be lost with
            # only a line on stderr, and the main process would wait for it for ever.
            outbox.put(pickle.dumps((kind, worker, tuple(message[1:3]) if kind == "story" else message[1], result),
                                    protocol=pickle.HIGHEST_PROTOCOL))
        except BaseException as error:  # noqa: BLE001 — the build fails in the main process with this error
            try:  # the main process must be able to load it again, not only this one to dump it
                pickle.loads(pickle.dumps(error))
            except Exception:  # noqa: BLE001
                error = RuntimeError(f"{type(error).__name__}: {error}")
            error.__cause__ = None
            outbox.put(pickle.dumps(("error", worker, traceback.format_exc(), error),
                                    protocol=pickle.HIGHEST_PROTOCOL))
            return


# --- the main process -------------------------------------------------------------------------------------------

# How long the main process waits for a message before it checks that the workers live, and a worker for a task
# before it checks that the main process does.
POLL_SECONDS = 5


def _receive(outbox, processes, poll: float = POLL_SECONDS):
    """The next message from the workers, loaded; None when none came within ``poll`` seconds and every worker
    lives. A worker that stopped fails the build (:class:`imcovid.pipeline.BuildFailed`) — but what it sent just
    before it stopped (its exception) is read first: a worker that raised puts its error and exits, and that can
    happen between a wait that found nothing and the check, which then reported "exit code 0" instead of the
    error."""
    from imcovid.pipeline import BuildFailed

    try:
        return pickle.loads(outbox.get(timeout=poll))
    except queue.Empty:
        pass
    dead = [process for process in processes if not process.is_alive()]
    if not dead:
        return None
    try:
        return pickle.loads(outbox.get(timeout=1))
    except queue.Empty:
        raise BuildFailed(f"a build worker stopped unexpectedly (exit code {dead[0].exitcode})") from None


def block_writers(sizes: list[int], jobs: int) -> list[int]:
    """The worker that writes each block (of ``sizes`` sources): the largest blocks first, each to the worker with
    the fewest sources to write so far (the longest-processing-time rule). Blocks given out in source order were
    1,158 against 842 sources for 2,000 replicated posts (1,044 against 956 this way): a worker writing a fifth more
    ends its share later and the other waits. Only an order of work, never an output."""
    writing = [0] * jobs
    writer = [0] * len(sizes)
    for number in sorted(range(len(sizes)), key=lambda at: (-sizes[at], at)):
        writer[number] = min(range(jobs), key=lambda w: (writing[w], w))
        writing[writer[number]] += sizes[number]
    return writer


def _warm(sources: list[Task], config: BuildConfig, key: str) -> None:
    """Load here, before the fork, what the per-source step loads on first use — LAC's model, the lexicon, the
    MEASURE model, the word lists and the rules' compiled patterns and gazetteers — by staging the first source
    that is not rejected unread, its result dropped (memos change no output). Each worker then starts with them,
    sharing their pages copy-on-write: in a fresh process (``imcovid build``) each worker spent about 0.6 CPU-s
    loading its own copy, which ``--jobs 1`` spends once; a process that loaded them in an earlier build pays one
    source. A failure here is left for the worker that stages the source to report."""
    from imcovid.pipeline import stage_source

    for task in sources[:16]:
        if task.rejection is None:
            try:
                stage_source(task, config, None, key)
            except Exception:  # noqa: BLE001 — only a warm-up: the worker staging this source reports its error
                pass
            return


def _warm_taking(apart: "_Apart", sources: list[Task], config: BuildConfig, key: str) -> None:
    """:func:`_warm` with the loader's MEASURE model and lexicon taken when the warm-up's annotation loads the
    annotators (:func:`imcovid.annotate.before_loading`), not before its source is read and cleaned: until release
    22 the warm-up began by waiting for them (0.09–0.17 s of a fresh two-job build, the other core busy with the
    loader's parses), though its reading and cleaning (about 0.1 CPU-s) need neither. What the annotators were not
    loaded for (a warm-up source rejected, or its mentions from the annotation memo) is taken after it by the caller
    (:class:`_Apart` called), and the request is withdrawn, for no worker to inherit it."""
    from imcovid import annotate

    annotate.before_loading(lambda: apart.take("measure", "lexicon"))
    try:
        _warm(sources, config, key)
    finally:
        if not annotate.loaded():
            annotate.forget_before_loading()


# What the loader process parses (_load_apart), in the order the main process needs them: the MEASURE model and the
# lexicon before the warm-up's annotation (_warm_taking), what the build needs of `datasets` only after it (the
# workers' writing: the warm-up's rows need the plain schema only, imcovid.publish.parquet.row_type).
APART = ("measure", "lexicon", "features")


def _parse_apart(name: str):
    """One thing the loader parses, as the process that uses it would parse it on first use."""
    if name == "measure":
        from imcovid.annotate import measure_model

        return measure_model.parse_shipped()
    if name == "lexicon":
        from imcovid.annotate import lexicon

        return lexicon.parse(lexicon.dictionary_path())
    from imcovid.publish import arrow

    return arrow.derive()


def _dumped_apart(name: str, parsed) -> bytes:
    """What the loader writes for ``name``: the lexicon as marshal bytes (:func:`imcovid.annotate.lexicon.to_marshal`:
    a tenth of a CPU-second less than pickle on the loader's side, now the longer of the two), the rest pickled."""
    if name == "lexicon":
        from imcovid.annotate import lexicon

        return lexicon.to_marshal(parsed)
    return pickle.dumps(parsed, protocol=pickle.HIGHEST_PROTOCOL)


def _install_apart(name: str, data: bytes) -> None:
    """``data`` from :func:`_dumped_apart` installed in this process, as a build with a cache installs its copy."""
    from imcovid.annotate import lexicon, measure_model
    from imcovid.publish import arrow

    if name == "lexicon":
        lexicon.install(lexicon.from_marshal(data))
        return
    {"measure": measure_model.install, "features": arrow.install}[name](pickle.loads(data))


def _apart_path(folder: Path, name: str) -> Path:
    return folder / f"loaded-apart-{name}"


def _loaded_apart(folder: Path, sender, names: tuple[str, ...] = APART, cache_dir: Path | None = None,
                  key: str = "") -> None:
    """In the loader process (:func:`_load_apart`): each of ``names`` parsed, written to its file in ``folder``
    (:func:`_dumped_apart`), and its name sent (``sender``, a pipe's end) as soon as the file is whole, so that the main process installs what it needs
    first while the rest is parsed; at the first failure nothing more (the main process then loads the rest on first
    use and reports the error there, with the build's own context)."""
    # Ctrl-C goes to the whole process group: the main process reports it in one line and stops this daemon process;
    # here it would only print a traceback of its own (review).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parsed = {}
    for name in names:
        try:
            parsed[name] = _parse_apart(name)
        except Exception:  # noqa: BLE001 — only a head start: the same load is done again where it fails the build
            break
        path = _apart_path(folder, name)
        temporary = path.with_name(f".{path.name}.{os.getpid()}")
        try:
            temporary.write_bytes(_dumped_apart(name, parsed[name]))
            os.replace(temporary, path)
        except Exception:  # noqa: BLE001 — a full or limited scratch folder (review): stop handing over, quietly;
            temporary.unlink(missing_ok=True)  # the main process loads the rest on first use, as after a failed parse
            break
        try:
            sender.send(name)
        except OSError:  # the main process is gone (its build failed or was stopped): nobody to hand anything to
            return
    sender.close()
    if cache_dir is not None:  # a first build with a cache: kept there for the next build, as a one-job build would
        from imcovid.cache import store_parsed

        try:  # (the lexicon: by the main process, _store_lexicon, while the workers stage)
            store_parsed(cache_dir, key, measure=parsed.get("measure"), features=parsed.get("features"))
        except Exception:  # noqa: BLE001 — a cache not written changes the next build's speed, never its bytes
            pass


def _store_lexicon(cache_dir: Path, key: str) -> None:
    """The lexicon installed here before the fork, kept in the cache folder (:func:`imcovid.cache.store_parsed`)
    as a one-job first build keeps it: done here, once the workers are staging, rather than in the loader process,
    whose end is on the critical path of the start."""
    from imcovid.annotate import lexicon
    from imcovid.cache import store_parsed

    if lexicon.loaded():
        store_parsed(cache_dir, key, lexicon=lexicon.COPY.get())


def _import_pandas() -> None:
    """Import pandas (and with it ``pyarrow.compute``) here, before the fork, for the workers to share. The loader
    imports it for ``datasets`` but this process did not, so each worker imported it itself in the build's tail —
    its first ``pa.Table.from_pylist`` of panel rows and first card count (0.17–0.19 CPU-s each, on both cores at the
    very end) — and converted every row before that in Python (:mod:`imcovid.publish.convert`, without pandas)."""
    import pandas  # noqa: F401


class _Apart:
    """The main process's side of the loader (:func:`_load_apart`): :meth:`take` waits for some of its parses (a
    name on the pipe: its file is whole) and installs them here; called, it takes everything and ends the loader.
    A loader that ends early, fails or takes longer than ``LOADER_SECONDS`` in all leaves what did not come to be
    loaded on first use, as a build without a loader does."""

    def __init__(self, loader=None, receiver=None, folder: Path | None = None, names: tuple[str, ...] = ()) -> None:
        self.loader, self.receiver, self.folder, self.names = loader, receiver, folder, names
        self.came: list[str] = []
        self.deadline: float | None = None

    def take(self, *names: str) -> None:
        if self.loader is None:
            return
        if self.deadline is None:
            self.deadline = time.monotonic() + LOADER_SECONDS
        while self.receiver is not None and any(name in self.names and name not in self.came for name in names):
            left = self.deadline - time.monotonic()
            try:
                if left <= 0 or not self.receiver.poll(left):  # stuck (it should take a second): loaded here instead
                    self.stop()
                    break
                self.came.append(self.receiver.recv())
            except (EOFError, OSError):  # the loader ended (a failure: what it did not send is loaded here)
                self._close()
        for name in names:
            path = _apart_path(self.folder, name)
            if name in self.came and path.exists():
                try:
                    _install_apart(name, path.read_bytes())
                finally:
                    path.unlink(missing_ok=True)

    def __call__(self) -> None:
        self.take(*self.names)
        self._close()
        if self.loader is not None:
            self.loader.join(timeout=max(0.0, self.deadline - time.monotonic()) if self.deadline else 0)
            if self.loader.is_alive():
                self.stop()
        for name in self.names:  # what came but was not taken (a failure between): not left in the scratch folder
            if self.folder is not None:
                _apart_path(self.folder, name).unlink(missing_ok=True)

    def _close(self) -> None:
        if self.receiver is not None:
            self.receiver.close()
            self.receiver = None

    def stop(self) -> None:
        if self.loader is not None:
            self.loader.terminate()
            self.loader.join()
        self._close()


def _load_apart(context, scratch: Path, cache_dir: Path | None = None, key: str = "") -> _Apart:
    """Load what the workers will need before forking them, on both cores: a fresh process (``imcovid build``) spent
    1.4–1.7 CPU-s here on one core while the other idled — a third of a two-job build's wall-clock at 2,000 posts.
    What can be handed over as a pickle is parsed in a loader process forked now (:data:`APART`) — the MEASURE model
    (0.1 CPU-s), jieba's lexicon (0.3, and 0.1 to dump, 0.07 to load) and what the build needs of ``datasets``
    (:func:`imcovid.publish.arrow.derive`: its import, 0.45–0.5 CPU-s, is most of it) — while this process imports the
    cleaning and annotation rules (0.35) and pandas (0.25), then stages the warm-up source (:func:`_warm`, 0.35) with
    the model and the lexicon as soon as they come. Until release 21 the lexicon was parsed here and the warm-up
    waited for the loader's end: this process's 1.2 CPU-s against the loader's 0.6, the warm-up with the other core
    idle. The returned :class:`_Apart` installs the parses here, before the fork of the workers, which share them. The
    same parse either way (a build with a cache installs the same objects from it: :func:`imcovid.cache.load_models`),
    so never an output; nothing is forked when a build in this process loaded them already."""
    from imcovid import annotate
    from imcovid.annotate import lexicon, measure_model
    from imcovid.publish import arrow

    if arrow.installed() or "datasets" in sys.modules or measure_model.loaded():
        return _Apart()
    names = tuple(name for name in APART if name != "lexicon" or not lexicon.loaded())
    receiver, sender = multiprocessing.Pipe(duplex=False)
    loader = context.Process(target=_loaded_apart, daemon=True,
                             args=(scratch, sender, names) if cache_dir is None else (scratch, sender, names,
                                                                                       cache_dir, key))
    try:
        loader.start()
    finally:
        sender.close()  # the loader's end: once the loader is gone, a read here ends (EOFError) instead of waiting
    apart = _Apart(loader, receiver, scratch, names)
    try:
        import imcovid.clean.article  # noqa: F401 — loaded here for the workers, as _warm would

        annotate.import_rules()
        _import_pandas()
    except BaseException:
        apart.stop()
        raise
    return apart


def write_blockwise(sources: list[Task], config: BuildConfig, tmp: Path, scratch: Path, key: str,
                    origins: dict[str, list[dict]], jobs: int, progress: bool | None,
                    grouping: Callable | None, fragments=None, version: str = "", cache_dir: Path | None = None,
                    shards=None, salt: str = ""):
    """Steps 1–5 above; returns what :func:`imcovid.pipeline._write_records` returns. ``fragments``: the metadata
    cache the workers fill with each data file's PROV fragment and card counts (see :func:`_finish_parts`): the
    build's scratch one, or the cache folder's. With ``cache_dir`` (a first build with a cache, see :func:`usable`),
    ``shards`` (its shard cache) and ``salt`` (what keys the shard cache), the caches are filled as the one-writer
    build fills them: each result stored by the worker that computes it, each block's entries by its writer, the
    panel's and the record buckets' by the worker that writes them, the grouping, the models and the features here."""
    from imcovid.config import ORIGINS_MANIFEST
    from imcovid.pipeline import (BuildFailed, BuildReport, CrossSource, _grouped, _merge, _shared, progress_bar,
                                  source_blocks)

    ends = source_blocks(sources, config)
    starts = [0] + ends[:-1]
    block_of = []
    for number, (start, end) in enumerate(zip(starts, ends)):
        block_of += [number] * (end - start)
    context = multiprocessing.get_context("fork")
    ctx = {"scratch": scratch, "config": config, "key": key, "tmp": tmp, "origins": origins,
           "fragments": fragments, "version": version, "cache_dir": cache_dir, "shards": shards,
           # the manifest's merged record buckets: with the shard cache, keyed by its salt, as the one-writer build
           "records": shards if shards is not None else fragments, "salt": salt if shards is not None else ""}
    apart = _load_apart(context, scratch, cache_dir, key)
    try:
        _warm_taking(apart, sources, config, key)
    except BaseException:  # Ctrl-C (the warm-up reports no error of its own): the loader stopped, not waited for
        apart.stop()
        raise
    apart()  # everything the loader parses, here before the fork: the workers share it
    if cache_dir is not None:
        from imcovid.cache import load_hf_features
        from imcovid.publish import arrow

        if not arrow.installed():  # no loader ran (`datasets` imported already, in this process): as a rebuild does
            load_hf_features(Path(cache_dir))
    inboxes = [context.Queue() for _ in range(jobs)]
    outbox = context.Queue()
    processes = [context.Process(target=_worker, args=(worker, jobs, inboxes[worker], outbox, ctx), daemon=True)
                 for worker in range(jobs)]
    # What exists now (the models, word lists, memos) is never garbage in a worker: frozen out of the collector
    # before the fork, a worker's full collections neither walk it nor touch (and so copy) its pages. The build
    # unfreezes it at its end (imcovid.heap.quiet_collector).
    gc.freeze()
    # No stderr at all (`2>&-` leaves sys.stderr None): no progress bar, and the build goes on.
    show = (sys.stderr is not None and sys.stderr.isatty()) if progress is None else progress
    bar = progress_bar(len(sources), show)
    names = ("mentions", *STORY_COLUMNS)
    records = {name: RecordRuns(scratch, name, cache=ctx["records"], salt=ctx["salt"]) for name in names}
    runs: dict[str, dict[int, tuple]] = {name: {} for name in names}  # each block's spilled run, per config
    resolved: set[str] = set()  # configs whose every share of buckets is merged
    unresolved: dict[str, int] = {}  # config → shares of its buckets still to merge
    parts: dict[str, list[Path]] = {name: [] for name in names}
    shas: dict[Path, str] = {}  # part file → sha256, as the worker that wrote it found it
    report = BuildReport()
    panel_spills: dict[str, list[Path]] = {name: [] for name in panel.KEYS}
    panel_indexes: dict[str, list[Path]] = {name: [] for name in panel.KEYS}  # with a cache: the streams' indexes
    panel_shas: dict[int, str] = {}  # with a cache: each block's digest of its partials
    panel_out: dict[str, dict] = {}
    try:
        for process in processes:  # inside the try: a failed start stops the workers started before it
            process.start()
        if cache_dir is not None:  # kept for the next build, here while the workers stage (see _store_lexicon)
            _store_lexicon(cache_dir, key)
        summaries: dict[int, object] = {}
        decide = CrossSource().decide
        signatures: list[tuple[str, dict]] = []
        signature_entries: list[str | None] = []  # with a cache: each signature's cache entry (what keys the grouping)
        minhashes: dict = {}
        used: set[str] = set()
        members: list[tuple] = []
        blocks_out: dict[int, dict] = {}
        stories_out: dict[tuple[int, str], dict] = {}
        groups_ready = False
        decided = assembled = written_blocks = 0
        writer_of = block_writers([end - start for start, end in zip(starts, ends)], jobs)
        feed = Feed(sources, block_of, writer_of, jobs, lambda task: route_key(task, config), LOOKAHEAD_PER_JOB * jobs)
        ahead, staged_by = feed.ahead, feed.staged_by

        def put(worker: int, message: tuple) -> None:
            inboxes[worker].put(message)

        ready: list[tuple[int, int, tuple]] = []  # tasks any worker may take: (priority, order, message)
        working = [False] * jobs  # whether a worker holds one of them (it holds at most one at a time)

        def dispatch(message: tuple) -> None:
            """A task for any worker, handed out (:func:`pump`) once everything a message made ready is queued, to the
            first worker that holds none: a long task queued behind another in one worker's inbox left the other core
            idle at the end of the build."""
            heapq.heappush(ready, (PRIORITY[message[0]], next(order), message))

        order = itertools.count()  # within a priority, first ready first taken

        def pump() -> None:
            while ready and not all(working):
                idle = [worker for worker in range(jobs) if not working[worker]]
                worker = min(idle, key=ahead.__getitem__)  # the one with the fewest sources still to stage
                working[worker] = True
                inboxes[worker].put(heapq.heappop(ready)[2])

        def assemble() -> None:
            """The finished blocks, in block order, added as the one-writer build adds them."""
            nonlocal assembled
            while assembled in blocks_out and all((assembled, name) in stories_out for name in STORY_COLUMNS):
                block = blocks_out.pop(assembled)
                for name, done in (("mentions", block), *((name, stories_out.pop((assembled, name)))
                                                          for name in STORY_COLUMNS)):
                    parts[name] += done["parts"]
                    shas.update(zip(done["parts"], done["shas"]))
                    records[name].add_spilled(done["run"])
                _merge(report, block["report"])
                assembled += 1

        feed(decided, put)

        def runs_done(name: str, number: int, run: tuple) -> None:
            """Once a config's every run is in, its manifest buckets are merged by a worker."""
            runs[name][number] = run
            if len(runs[name]) == len(ends) and fragments is not None:
                every = [runs[name][at] for at in range(len(ends))]
                shares = resolve_shares(every, jobs)
                unresolved[name] = len(shares)
                for share, buckets in enumerate(shares):
                    dispatch(("resolve", (name, share), every, buckets))
                if not shares:
                    resolved.add(name)

        while assembled < len(ends) or len(panel_out) < len(panel.KEYS) or \
                len(resolved) < (len(names) if fragments is not None else 0):
            message = _receive(outbox, processes)
            if message is None:
                continue
            kind, worker, what, result = message
            if kind == "error":
                raise result from RuntimeError(f"in build worker {worker}:\n{what}")
            if kind == "stage":
                ahead[worker] -= len(result)
                for index, summary in result:
                    summaries[index] = summary
                bar.update(len(result))
                # Decisions in source order, as far as the summaries go; a block's decisions complete: its writing.
                while decided in summaries:
                    summary = summaries.pop(decided)
                    decision = decide(summary)
                    if summary.article_id is not None and summary.signature is not None:
                        signatures.append((summary.article_id, _shared(summary.signature, minhashes)))
                        signature_entries.append(summary.key)
                    used.add(summary.sha256)
                    number = block_of[decided]
                    members.append((decided, summary.sha256, decision, staged_by[decided], summary.key,
                                    summary.article_id))
                    decided += 1
                    # The block's writer appends its decided sources as they come (PART at a time), and closes
                    # the block with its last ones.
                    if decided == ends[number]:
                        inboxes[writer_of[number]].put(("block", number, members))
                        members = []
                    elif len(members) >= PART:
                        inboxes[writer_of[number]].put(("part", number, members))
                        members = []
                feed(decided, put)  # after the decisions: the lookahead counts from the last decided source
                if decided == len(sources) and not groups_ready:
                    unmatched = sorted(set(origins) - used)
                    if unmatched:  # a typo'd or stale hash would silently drop a source's origin
                        first = origins[unmatched[0]][0]
                        raise BuildFailed(f"{ORIGINS_MANIFEST}: {len(unmatched)} origin record(s) match no source "
                                          f"file by sha256, the first {unmatched[0][:16]}… "
                                          f"({first.get('path') or first.get('repo')}); fix or remove them")
                    # With a cache, kept there as the one-writer build keeps it (imcovid.pipeline._grouped).
                    groups = _grouped(grouping, signatures, shards, salt, signature_entries) \
                        if grouping is not None else None
                    signatures, minhashes, signature_entries = [], {}, []
                    (scratch / "groups.pickle").write_bytes(pickle.dumps(groups, protocol=pickle.HIGHEST_PROTOCOL))
                    del groups
                    groups_ready = True
                    for number in range(len(ends)):
                        if number in blocks_out:
                            for name in STORY_COLUMNS:
                                dispatch(("story", number, name))
            elif kind == "block":
                blocks_out[what] = result
                runs_done("mentions", what, result["run"])
                for name in panel.KEYS:
                    panel_spills[name].append((what, result["panel"][name]))
                    if "panel_index" in result:
                        panel_indexes[name].append((what, result["panel_index"][name]))
                if "panel_sha" in result:
                    panel_shas[what] = result["panel_sha"]
                written_blocks += 1
                if written_blocks == len(ends):  # every block's partials: the panel configs, one task each
                    for name in panel.KEYS:
                        message = ("panel", name, [path for _, path in sorted(panel_spills[name])])
                        if shards is not None:
                            message += ([path for _, path in sorted(panel_indexes[name])],
                                        [panel_shas[at] for at in range(len(ends))])
                        dispatch(message)
                if groups_ready:
                    for name in STORY_COLUMNS:
                        dispatch(("story", what, name))
            elif kind == "story":
                working[worker] = False
                stories_out[tuple(what)] = result
                runs_done(what[1], what[0], result["run"])
            elif kind == "resolve":
                working[worker] = False
                unresolved[what[0]] -= 1
                if not unresolved[what[0]]:
                    resolved.add(what[0])
            else:
                working[worker] = False
                panel_out[what] = result
            assemble()
            pump()
        bar.close()
        for inbox in inboxes:
            inbox.put(None)
    except BaseException:
        for process in processes:
            if process.is_alive():
                process.terminate()
        raise
    finally:
        for process in processes:
            if process.pid is not None:  # started
                process.join(timeout=30)
        for channel in inboxes + [outbox]:  # everything sent was read, or the build failed
            channel.cancel_join_thread()
            channel.close()
    # Step 5: the shards named in block order; every file the workers checked is trusted by the final check while
    # its bytes keep the sha256 they had then (BuildReport.reused_files).
    for name in names:
        for part, final in zip(parts[name], name_parts(tmp / name, parts[name])):
            report.reused_files[final.relative_to(tmp).as_posix()] = shas[part]
        records[name].finish()
    written = {name: (records[name], records[name].duplicates()) for name in names}
    for name in panel.KEYS:
        if "written" in panel_out[name]:  # with a cache: as imcovid.pipeline._write_panels gives them
            written[name] = panel_out[name]["written"]
            for path, sha in panel_out[name]["files"]:
                report.reused_files[path.relative_to(tmp).as_posix()] = sha
            continue
        pairs = panel_out[name]["pairs"]
        hashes = dict(pairs)
        counts = Counter(record for record, _ in pairs)
        # In key order, as the one-writer build's RecordHashes gives them (the last hash of a key written twice).
        written[name] = ({record: hashes[record] for record in sorted(hashes)},
                         sorted(record for record, n in counts.items() if n > 1))
        for path, sha in panel_out[name]["files"]:
            report.reused_files[path.relative_to(tmp).as_posix()] = sha
    return_freed_memory()
    return report, written


def usable(executor: str, cache_dir: Path | None, jobs: int, sources: list[Task], first_pass: bool = False) -> bool:
    """Whether a build takes this path: a local build with several jobs and sources that has nothing in a cache to
    reuse — a clean one (no cache), or the first with this code and cache folder (``first_pass``: no lookup index
    stored under the build key, see :meth:`imcovid.cache.LookupIndex.stored`), which fills the cache as it writes.
    A rebuild keeps the one-writer path, whose blocks are copied from the shard cache. (Until release 19, a first
    build with a cache took the one-writer path too: its main process wrote everything, 70 % of a one-job build's
    work, and ``--jobs 2`` ran no faster than ``--jobs 1``.)"""
    return (executor == "local" and (cache_dir is None or first_pass) and jobs > 1 and len(sources) > 1
            and os.name == "posix")
