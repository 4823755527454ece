"""The build: list sources → process them in worker processes → write records as they come → publish metadata →
validate → swap the new dataset folder into place.

Nothing is written to the output folder until the whole new release has been built and validated beside it, so an
interrupted or failed build leaves the previous release as it was.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import hashlib
import multiprocessing
import os
import shutil
import sys
from collections import Counter
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from tqdm import tqdm

from imcovid.config import BuildConfig, load_config
from imcovid import panel
from imcovid.models import RECORD_MODELS, ProvenanceRecord
from imcovid.process import Outcome, Task, process
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
        for name in sorted(filenames):
            path = here / name
            rel = path.relative_to(root).as_posix()
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
    _recover_interrupted_swap(out_dir)
    tasks = list_sources(seeds_dir, config)
    tmp = out_dir.parent / f"{out_dir.name}.tmp-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    try:
        report, written = _write_records(tasks, tmp, jobs, config, progress)
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


def _write_records(tasks: list[Task], tmp: Path, jobs: int, config: BuildConfig,
                   progress: bool | None) -> tuple[BuildReport, dict[str, Written]]:
    """Process every source and write the three configs; returns the report and, per config, the record hashes and
    duplicate keys its writer took from the rows."""
    writers = {name: ConfigWriter(tmp, name) for name in ("articles", "mentions", "provenance")}
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
            if _collect(outcome, writers, report, first_by_sha, ids):
                panel_mentions.extend(panel.dated_mentions(outcome.article["text"],
                                                           outcome.article["published_date_local"], outcome.mentions))
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
            # Captures of one story (same platform and title, different capture date) share a story id.
            key = f"{outcome.article['platform']}\x1f{outcome.article['title']}"
            record["story_id"] = hashlib.sha256(key.encode()).hexdigest()[:16]
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
