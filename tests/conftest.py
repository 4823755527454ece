"""Shared fixtures: the project's own data (seeds, gold, corpus sample) and datasets built from it once per run."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"
GOLD = DATA / "gold"
CORPUS_GOLD = DATA / "gold-corpus"  # hand-made gold for the corpus sample, with a held-out part (HELDOUT)
CORPUS = DATA / "corpus" / "raw"


def seed_sources() -> list[Path]:
    """Every source file under ``seeds/`` (sub-folders included, the harvest's ``ORIGINS.jsonl`` excluded), in
    code-point order of the relative path, as the build lists them."""
    from imcovid.config import ORIGINS_MANIFEST

    return sorted((p for p in SEEDS.rglob("*") if p.is_file() and p.relative_to(SEEDS).as_posix() != ORIGINS_MANIFEST),
                  key=lambda p: p.relative_to(SEEDS).as_posix())


def seed_names() -> list[str]:
    return [p.relative_to(SEEDS).as_posix() for p in seed_sources()]


N_SEEDS = len(seed_sources())


def load_gold() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.json"))]


@pytest.fixture(scope="session")
def gold() -> list[dict]:
    return load_gold()


@pytest.fixture(scope="session")
def seeds_dataset(tmp_path_factory) -> Path:
    """``imcovid build`` on ``seeds/``, into a temporary folder."""
    from imcovid.pipeline import build

    out = tmp_path_factory.mktemp("seeds-build") / "dataset"
    build(SEEDS, out, jobs=1, progress=False)
    return out


@pytest.fixture(scope="session")
def corpus_seeds(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus-seeds")
    shutil.copytree(SEEDS, folder, dirs_exist_ok=True)
    for path in CORPUS.iterdir():
        shutil.copy2(path, folder / path.name)
    return folder


@pytest.fixture(scope="session")
def corpus_build(tmp_path_factory, corpus_seeds):
    """``imcovid build`` on ``seeds/`` plus the corpus sample, with two workers."""
    from imcovid.pipeline import build

    out = tmp_path_factory.mktemp("corpus-build") / "dataset"
    report = build(corpus_seeds, out, jobs=2, progress=False)
    return out, report


@pytest.fixture(scope="session")
def site(seeds_dataset, tmp_path_factory) -> Path:
    """The documentation site built from the seeds' dataset."""
    from imcovid.docs_site import build_site

    out = tmp_path_factory.mktemp("site") / "site"
    assert build_site(seeds_dataset, out) == 0
    return out


def seeds_with_corpus(folder: Path, captures: int, *, empty: bool) -> Path:
    """``folder`` filled with seeds/ (and its origins manifest) and the corpus sample, plus a repeated capture (same
    bytes: a duplicate), ``captures`` captures that differ by a trailing comment only (one text), a file of another
    kind and, with ``empty``, an empty file: the shapes a multi-job build must route and merge (test_blockwise,
    test_jobs_s12)."""
    shutil.copytree(SEEDS, folder, dirs_exist_ok=True)
    posts = sorted(CORPUS.iterdir())
    for path in posts:
        shutil.copy2(path, folder / path.name)
    shutil.copy2(posts[0], folder / f"zz-again-{posts[0].name}")
    for copy in range(captures):
        (folder / f"zz-capture-{copy}-{posts[1].name}").write_bytes(posts[1].read_bytes() + f"\n<!-- {copy} -->\n".encode())
    if empty:
        (folder / "zz-empty.txt").write_bytes(b"")
    (folder / "zz-notes.pdf").write_bytes(b"%PDF-1.4")
    return folder


class FakeProcess:
    """A stand-in for ``multiprocessing.Process`` in tests of the block-parallel loader (imcovid.blockwise): it runs
    nothing; it is alive from ``start`` until ``terminate`` (which it records in ``stopped``)."""

    def __init__(self, target, args, daemon):
        self.args = args
        self.alive = False
        self.stopped = False

    def start(self):
        self.alive = True

    def join(self, timeout=None):
        pass

    def is_alive(self):
        return self.alive

    def terminate(self):
        self.stopped = True
        self.alive = False
