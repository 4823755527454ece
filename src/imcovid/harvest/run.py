"""``imcovid harvest``: scan an archive, copy every post that meets the selection rule into ``seeds/`` byte for byte,
and record where each came from in ``seeds/ORIGINS.jsonl``.

Naming is by content: a selected capture becomes ``seeds/harvest/<first 16 hex digits of its SHA-256>.md``; bytes
already anywhere in ``seeds/`` are not copied again (their origin is still recorded), so a second run adds nothing.
``ORIGINS.jsonl`` is metadata, not a source: the build lists it apart and joins its lines to the provenance records
by SHA-256.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from imcovid.config import ORIGINS_MANIFEST, BuildConfig, load_config
from imcovid.harvest.archive import Archive, ArchiveError, Capture, ManifestFolder, open_archive
from imcovid.harvest.rule import RULE_VERSION, Decision, decide

HARVEST_FOLDER = "harvest"


@dataclass
class HarvestReport:
    posts: int = 0  # paths (or manifest entries) scanned
    captures: int = 0  # versions decided
    reasons: Counter = field(default_factory=Counter)
    copied: list[str] = field(default_factory=list)
    present: int = 0  # selected bytes already in seeds/
    origins_added: int = 0
    seconds: float = 0.0
    seeds_dir: str = "seeds"  # the folder copied into, as given (the summary named "seeds" whatever --into said)

    def summary(self) -> str:
        rate = self.posts / self.seconds if self.seconds else 0.0
        lines = [f"scanned {self.posts} posts ({self.captures} captures) in {self.seconds:.1f} s ({rate:.0f} posts/s)"]
        for reason, n in sorted(self.reasons.items()):
            lines.append(f"  {n:7d}  {reason}")
        lines.append(f"copied {len(self.copied)} new files into {self.seeds_dir}; {self.present} selected captures were already "
                     f"there; {self.origins_added} new origin records")
        return "\n".join(lines)


def _origin(repo: str, capture: Capture, decision: Decision, file: str, sha: str) -> dict:
    return {
        "file": file, "sha256": sha, "repo": repo, "path": capture.path, "commit": capture.commit,
        "rule": RULE_VERSION, "focus": decision.focus, "covid_terms": decision.covid_terms,
        "places": [f"{p['code']} {p['surface']}" for p in decision.places],
    }


def read_origins(seeds_dir: Path) -> list[dict]:
    """The origin records of ``seeds_dir`` (empty when it has no manifest)."""
    path = Path(seeds_dir) / ORIGINS_MANIFEST
    if not path.is_file():
        return []
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                origin = json.loads(line)
            except json.JSONDecodeError as error:
                raise ArchiveError(f"{path}:{number}: not JSON ({error.msg})") from None
            if not isinstance(origin, dict) or not all(origin.get(k) for k in ("file", "sha256", "repo", "path")):
                raise ArchiveError(f"{path}:{number}: an origin needs file, sha256, repo and path")
            out.append(origin)
    return out


def _origin_key(origin: dict) -> tuple:
    return origin["file"], origin["repo"], origin["path"], origin["commit"] or ""


def _write_origins(seeds_dir: Path, origins: list[dict]) -> None:
    path = seeds_dir / ORIGINS_MANIFEST
    tmp = path.with_name(path.name + ".tmp")
    lines = [json.dumps(o, ensure_ascii=False, sort_keys=True) for o in sorted(origins, key=_origin_key)]
    tmp.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    os.replace(tmp, path)


def _existing_files(seeds_dir: Path) -> dict[str, str]:
    """sha256 → relative path of every file already in ``seeds_dir`` (the first in code-point order)."""
    out: dict[str, str] = {}
    for current, dirnames, filenames in os.walk(seeds_dir):
        dirnames.sort()
        for name in sorted(filenames):
            full = Path(current) / name
            rel = full.relative_to(seeds_dir).as_posix()
            if rel == ORIGINS_MANIFEST or not full.is_file():
                continue
            out.setdefault(hashlib.sha256(full.read_bytes()).hexdigest(), rel)
    return out


def harvest(archive_dir: Path, seeds_dir: Path, *, all_captures: bool = False, repo: str | None = None,
            progress: bool | None = None, config: BuildConfig | None = None) -> HarvestReport:
    config = config or load_config()
    seeds_dir = Path(seeds_dir)
    if seeds_dir.exists() and not seeds_dir.is_dir():
        raise ArchiveError(f"seeds folder {seeds_dir} is not a folder")
    archive = open_archive(Path(archive_dir), repo)
    show = sys.stderr.isatty() if progress is None else progress
    report = HarvestReport(seeds_dir=str(seeds_dir))
    started = time.perf_counter()
    selected: list[tuple[str, Capture, bytes, Decision]] = []
    try:
        if isinstance(archive, ManifestFolder):
            for capture_repo, capture in tqdm(list(archive.captures()), disable=not show, unit="post", desc="harvest"):
                raw = Path(capture.file).read_bytes()
                report.posts += 1
                _decide(capture_repo, capture, raw, config, report, selected)
        else:
            for path in tqdm(archive.paths(), disable=not show, unit="post", desc="harvest"):
                raw = (archive.root / path).read_bytes()
                report.posts += 1
                capture = archive.checked_out(path, raw)
                history = all_captures and archive.is_git
                decision = _decide(archive.repo, capture, raw, config, report, selected, count=not history)
                if history and decision.selected:
                    # Every version of a selected path is its own source, decided on its own bytes.
                    for version in archive.history(path):
                        _decide(archive.repo, version, archive.read(version), config, report, selected)
                elif history:
                    report.captures += 1
                    report.reasons[decision.reason] += 1
                elif decision.selected and archive.is_git:
                    selected[-1] = (archive.repo, archive.introduced(capture), raw, decision)
    finally:
        if isinstance(archive, Archive):
            archive.close()
    report.seconds = time.perf_counter() - started
    _store(seeds_dir, selected, report)
    return report


def _decide(repo: str, capture: Capture, raw: bytes, config: BuildConfig, report: HarvestReport,
            selected: list, count: bool = True) -> Decision:
    decision = decide(raw, capture.path, config)
    if count:
        report.captures += 1
        report.reasons[decision.reason] += 1
        if decision.selected:
            selected.append((repo, capture, raw, decision))
    return decision


def _store(seeds_dir: Path, selected: list[tuple[str, Capture, bytes, Decision]], report: HarvestReport) -> None:
    """Copy the selected bytes not yet in ``seeds_dir`` and add their origins (nothing is written when nothing is
    new, so a second run leaves every file as it was)."""
    if not selected:
        return
    seeds_dir.mkdir(parents=True, exist_ok=True)
    existing = _existing_files(seeds_dir)
    origins = read_origins(seeds_dir)
    known = {_origin_key(o) for o in origins}
    added = []
    for repo, capture, raw, decision in selected:
        sha = hashlib.sha256(raw).hexdigest()
        if sha in existing:
            report.present += 1
        else:
            rel = f"{HARVEST_FOLDER}/{sha[:16]}.md"
            target = seeds_dir / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_name(target.name + ".tmp")
            tmp.write_bytes(raw)
            os.replace(tmp, target)
            existing[sha] = rel
            report.copied.append(rel)
        origin = _origin(repo, capture, decision, existing[sha], sha)
        if _origin_key(origin) not in known:
            known.add(_origin_key(origin))
            added.append(origin)
    if added:
        _write_origins(seeds_dir, origins + added)
    report.origins_added = len(added)
