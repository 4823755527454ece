"""The build: list sources → process them in worker processes → write records as they come → publish metadata →
validate → swap the new dataset folder into place.

Nothing is written to the output folder until the whole new release has been built and validated beside it, so an
interrupted or failed build leaves the previous release as it was.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import multiprocessing
import os
import shutil
import sys
from collections import Counter
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from tqdm import tqdm

from imcovid import panel
from imcovid.config import ORIGINS_MANIFEST, BuildConfig, load_config
from imcovid.models import RECORD_MODELS, ProvenanceRecord
from imcovid.process import Outcome, Task, process
from imcovid.provenance import attach_origins
from imcovid.publish.parquet import ConfigWriter
from imcovid.publish.release import Written
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
    ones are listed (and rejected) so that nothing dropped into ``seeds/`` goes unreported. The one exception is
    ``ORIGINS.jsonl`` at the top of ``seeds_dir``: the harvest's record of where sources came from, read as metadata.
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
        for name in sorted(filenames):
            path = here / name
            rel = path.relative_to(root).as_posix()
            if rel == ORIGINS_MANIFEST:
                continue  # the harvest's origin records: metadata joined to the sources' provenance, not a source
            tasks.append(Task(str(path), rel, _listing_verdict(path, root, config)))
    return sorted(tasks, key=lambda t: t.source_file)


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


def build(seeds_dir: Path, out_dir: Path, *, jobs: int = 1, strict: bool = False, progress: bool | None = None,
          schema_dir: Path | None = None, config: BuildConfig | None = None) -> BuildReport:
    config = config or load_config()
    version = package_version()
    seeds_dir, out_dir = Path(seeds_dir), Path(out_dir)
    if not seeds_dir.is_dir():
        raise BuildFailed(f"seeds folder {seeds_dir} does not exist")
    if jobs < 1:
        raise BuildFailed(f"jobs must be at least 1, not {jobs}")
    _recover_interrupted_swap(out_dir)
    tasks = list_sources(seeds_dir, config)
    origins = _origins(seeds_dir)  # a malformed origins manifest is reported before anything else
    if not tasks:
        raise BuildFailed(f"seeds folder {seeds_dir} holds no source files: nothing to publish")
    tmp = out_dir.parent / f"{out_dir.name}.tmp-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    try:
        report, written = _write_records(tasks, tmp, jobs, config, progress, origins)
        if report.accepted == 0:  # a release without articles is no release
            raise BuildFailed(f"none of the {report.sources} sources in {seeds_dir} gave an article; nothing "
                              f"published\n{report.summary()}")
        if strict and (report.rejected or report.duplicates):
            raise BuildFailed(f"--strict: {len(report.rejected)} rejected and {len(report.duplicates)} duplicate "
                              f"sources\n{report.summary()}")
        _publish_metadata(tmp, out_dir, version, report, written)
        from imcovid.validate import validate_dataset

        problems = validate_dataset(tmp, json_schema=False, mention_rows=False)
        if problems:
            raise BuildFailed("the new release does not validate:\n  " + "\n  ".join(problems[:50]))
        _swap_into_place(tmp, out_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if schema_dir is not None:
        from imcovid.schema_export import export_schemas

        export_schemas(schema_dir)
    return report


def _origins(seeds_dir: Path) -> dict[str, list[dict]]:
    """The harvest's origin records (``seeds/ORIGINS.jsonl``) by sha256; a malformed manifest fails the build."""
    from imcovid.harvest.archive import ArchiveError
    from imcovid.harvest.run import read_origins
    from imcovid.provenance import origin_records

    try:
        return origin_records(read_origins(seeds_dir))
    except ArchiveError as error:
        raise BuildFailed(str(error)) from None
    except (ValueError, KeyError, TypeError) as error:
        raise BuildFailed(f"{seeds_dir / ORIGINS_MANIFEST} is malformed: {type(error).__name__}: {error}") from None


def _write_records(tasks: list[Task], tmp: Path, jobs: int, config: BuildConfig,
                   progress: bool | None, origins: dict[str, list[dict]] | None = None
                   ) -> tuple[BuildReport, dict[str, Written]]:
    """Process every source and write the three configs; returns the report and, per config, the record hashes and
    duplicate keys its writer took from the rows."""
    writers = {name: ConfigWriter(tmp, name) for name in ("articles", "mentions", "provenance")}
    # Rows wait in memory until every source is processed: story ids are a cross-source result (stories.group) that
    # the article and provenance rows carry.
    buffers = {name: _Buffer() for name in writers}
    signatures: dict[str, dict] = {}
    panel_mentions: list[dict] = []  # MEASURE and CASE_COUNT evidence of every article, for the cross-source panel
    report = BuildReport()
    first_by_sha: dict[str, str] = {}
    ids: dict[str, str] = {}
    show = sys.stderr.isatty() if progress is None else progress
    work = partial(process, config=config)
    pool = multiprocessing.get_context("fork").Pool(jobs) if jobs > 1 else None
    try:
        outcomes = pool.imap(work, tasks, chunksize=8) if pool else map(work, tasks)
        for outcome in tqdm(outcomes, total=len(tasks), disable=not show, unit="src", desc="build"):
            attach_origins(outcome.provenance, (origins or {}).get(outcome.provenance["sha256"], []))
            if outcome.article is not None and outcome.signature is not None:
                signatures[outcome.article["id"]] = outcome.signature
            if _collect(outcome, buffers, report, first_by_sha, ids):
                panel_mentions.extend(panel.dated_mentions(outcome.article["text"],
                                                           outcome.article["published_date_local"], outcome.mentions))
        _assign_stories(buffers, signatures)
        for name, buffer in buffers.items():
            for row in buffer.rows:
                writers[name].write(row)
    finally:
        if pool:
            pool.terminate()
        for writer in writers.values():
            writer.close()
    # Cross-source configs: the measures and figures panel, from the evidence of every published article.
    for name, rows in (("measures", panel.measure_rows(panel_mentions)),
                       ("case_counts", panel.case_count_rows(panel_mentions))):
        writer = writers[name] = ConfigWriter(tmp, name)
        model = RECORD_MODELS[name]
        for row in rows:
            writer.write(model.model_validate(row).model_dump(mode="python"))
        writer.close()
    return report, {name: (writer.records, writer.duplicates) for name, writer in writers.items()}


class _Buffer:
    def __init__(self) -> None:
        self.rows: list[dict] = []

    def write(self, row: dict) -> None:
        self.rows.append(row)


def _assign_stories(buffers: dict[str, _Buffer], signatures: dict[str, dict]) -> None:
    """Group the published articles into stories and write ``story_id``/``canonical`` into their rows and the
    ``story_id`` into the provenance rows (a duplicate source gets the story of the article it repeats)."""
    from imcovid.stories import group

    published = [row["id"] for row in buffers["articles"].rows]
    stories = group((article_id, signatures[article_id]) for article_id in published)
    for row in buffers["articles"].rows:
        row["story_id"], row["canonical"] = stories[row["id"]]
    for row in buffers["provenance"].rows:
        article = next((a for a in row["article_ids"] if a in stories), None)
        row["story_id"] = stories[article][0] if article else None


def _collect(outcome: Outcome, writers: dict, report: BuildReport, first_by_sha: dict, ids: dict) -> bool:
    """Write one outcome; True when its article was published."""
    record = outcome.provenance
    sha = record["sha256"]
    if outcome.article is not None:
        article_id = outcome.article["id"]
        if sha in first_by_sha:
            record.update(status="duplicate", duplicate_of=first_by_sha[sha], article_ids=[article_id],
                          reasons=[f"same bytes as {first_by_sha[sha]}; published once, under that source"])
            report.duplicates.append((record["source_file"], first_by_sha[sha]))
            outcome = Outcome(record)
        elif article_id in ids:
            record.update(status="rejected", article_ids=[],
                          reasons=[f"article id {article_id} collides with {ids[article_id]} (different bytes)"])
            outcome = Outcome(record)
        else:
            first_by_sha[sha] = record["source_file"]
            ids[article_id] = record["source_file"]
    elif sha and sha in first_by_sha:
        record.update(status="duplicate", duplicate_of=first_by_sha[sha], reasons=record["reasons"] or
                      [f"same bytes as {first_by_sha[sha]}"])
    provenance = ProvenanceRecord.model_validate(record).model_dump(mode="python")
    writers["provenance"].write(provenance)
    if record["status"] == "accepted" and outcome.article is not None:
        writers["articles"].write(outcome.article)
        for mention in outcome.mentions:
            writers["mentions"].write(mention)
        report.accepted += 1
        report.mentions += len(outcome.mentions)
        report.flags.update(outcome.article["flags"])
        return True
    elif record["status"] == "duplicate":
        if (record["source_file"], record["duplicate_of"]) not in report.duplicates:
            report.duplicates.append((record["source_file"], record["duplicate_of"]))
    else:
        report.rejected.append((record["source_file"], "; ".join(record["reasons"])))
    return False


def _publish_metadata(tmp: Path, out_dir: Path, version: str, report: BuildReport,
                      written: dict[str, Written]) -> None:
    from imcovid.publish import card, croissant, prov, release

    previous = out_dir if out_dir.is_dir() else None
    prov.write_prov(tmp, version)
    card_meta = card.write_card(tmp, version)
    croissant.write_croissant(tmp, version, card_meta)
    release.write_release(tmp, previous, version, written=written)
    release.write_changelog(tmp)
    release.write_checksums(tmp)


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
