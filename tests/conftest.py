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
    for path in [*SEEDS.iterdir(), *CORPUS.iterdir()]:
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
