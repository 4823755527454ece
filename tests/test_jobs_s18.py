"""Two-job builds after session 18 (imcovid.blockwise): the warm-up of a fresh two-job build no longer begins by waiting
for the loader's MEASURE model and lexicon. It reads and cleans its source first, and takes them when its annotation
loads the annotators (:func:`imcovid.annotate.before_loading`, :func:`imcovid.blockwise._warm_taking`): the cleaning
(about a tenth of a CPU-second) runs while the loader still parses. The bytes stay the one-job build's, at 1, 2 and 3
jobs, without a cache, with a cold one and with a warm one."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import seeds_with_corpus

# In a fresh interpreter (the annotators not loaded yet): the warm-up run with a stand-in for the loader's side that
# records when it is asked for the model and the lexicon, and the cleaning recorded too; prints what happened.
WARM = """
import json, sys
from pathlib import Path
import imcovid.clean
from imcovid import annotate, blockwise
from imcovid.cache import build_key
from imcovid.config import load_config
from imcovid.process import Task
events = []
original_clean = imcovid.clean.clean_document
def clean(*args, **kwargs):
    events.append("clean")
    return original_clean(*args, **kwargs)
imcovid.clean.clean_document = clean
class Apart:
    def take(self, *names):
        events.append("take " + " ".join(names))
config = load_config()
path = Path(sys.argv[1])
tasks = [Task(str(path), path.name, None if sys.argv[2] == "read" else "rejected unread")]
blockwise._warm_taking(Apart(), tasks, config, build_key(config))
print(json.dumps({"events": events, "loaded": annotate.loaded(), "asked": len(annotate._BEFORE_LOADING)}))
"""


def _warm_in_fresh_process(source: Path, mode: str) -> dict:
    done = subprocess.run([sys.executable, "-c", WARM, str(source), mode], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def _first_post() -> Path:
    return sorted((Path(__file__).parent / "data" / "corpus" / "raw").iterdir())[0]


def test_the_warm_up_cleans_its_source_before_it_takes_the_loaders_parses():
    facts = _warm_in_fresh_process(_first_post(), "read")
    # taken once, when the annotation loaded the annotators: after the cleaning, not before the source was read
    assert facts["events"][0] == "clean"
    assert facts["events"].count("take measure lexicon") == 1
    assert facts["events"].index("take measure lexicon") > facts["events"].index("clean")
    assert facts["loaded"] is True
    assert facts["asked"] == 0  # the request ran and is gone


def test_a_warm_up_that_loads_no_annotator_withdraws_its_request():
    """A warm-up source rejected unread loads nothing: the caller takes the parses after it, and no worker forked
    later inherits a request to run at its own first annotation."""
    facts = _warm_in_fresh_process(_first_post(), "rejected")
    assert facts == {"events": [], "loaded": False, "asked": 0}


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _fresh_build(seeds: Path, out: Path, jobs: int, cache: Path | None) -> dict[str, bytes]:
    argv = [sys.executable, "-m", "imcovid.cli", "build", "--seeds", str(seeds), "--out", str(out), "--jobs", str(jobs),
            "--schema-dir", str(out.parent / f"{out.name}-schema")]
    argv += ["--cache-dir", str(cache)] if cache is not None else ["--no-cache"]
    done = subprocess.run(argv, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return {**_tree(out), **{f"schema/{k}": v for k, v in _tree(out.parent / f"{out.name}-schema").items()}}


@pytest.fixture(scope="module")
def seeds(tmp_path_factory) -> Path:
    return seeds_with_corpus(tmp_path_factory.mktemp("jobs-s18-seeds"), 3, empty=True)


@pytest.fixture(scope="module")
def one_job(seeds, tmp_path_factory) -> dict[str, bytes]:
    return _fresh_build(seeds, tmp_path_factory.mktemp("jobs-s18-one") / "out", 1, None)


@pytest.mark.parametrize("jobs", [2, 3])
def test_fresh_builds_cold_and_warm_cache_give_the_one_job_bytes(seeds, one_job, tmp_path, jobs):
    cache = tmp_path / "cache"
    assert _fresh_build(seeds, tmp_path / "clean", jobs, None) == one_job
    assert _fresh_build(seeds, tmp_path / "cold", jobs, cache) == one_job  # the block-parallel path fills the cache
    assert _fresh_build(seeds, tmp_path / "warm", jobs, cache) == one_job  # the rebuild reuses it
