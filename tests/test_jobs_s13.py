"""Two-job clean builds after session 13 (imcovid.blockwise): in a fresh process, what the workers will need is loaded
on both cores before they are forked — a loader process parses what can be handed over as a pickle (what the build
needs of ``datasets``, the MEASURE model) while the main process imports the rules and parses the lexicon. Whether
the loader ran, failed or was not needed, the bytes are the one-job build's; the main process of a two-job build
never imports ``datasets`` itself."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from imcovid import blockwise
from imcovid.annotate import measure_model
from imcovid.publish import arrow

from conftest import FakeProcess, seeds_with_corpus

# Run as a fresh ``imcovid build`` (nothing loaded yet: the case the loader is for), with the loader's function
# wrapped to leave a mark (it runs in the forked loader) or to fail; prints whether the main process imported datasets.
DRIVER = """
import sys, pathlib
from imcovid import blockwise, cli
marker, mode = pathlib.Path(sys.argv[1]), sys.argv[2]
original = blockwise._loaded_apart
def loaded_apart(*args, **kwargs):
    marker.touch()
    if mode == "fail":
        raise RuntimeError("the loader failed")
    original(*args, **kwargs)
blockwise._loaded_apart = loaded_apart
code = cli.main(sys.argv[3:])
print("main imported datasets:", "datasets" in sys.modules)
sys.exit(code)
"""


def tree_bytes(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def seeds(tmp_path_factory) -> Path:
    return seeds_with_corpus(tmp_path_factory.mktemp("jobs-s13-seeds"), 3, empty=True)


def fresh_build(seeds: Path, where: Path, jobs: int, mode: str = "ok") -> tuple[dict, dict, bool, bool]:
    """A build in a fresh interpreter: (dataset bytes, schema bytes, whether the loader ran, whether the main process
    imported datasets)."""
    where.mkdir(parents=True)
    driver, marker = where / "driver.py", where / "loader-ran"
    driver.write_text(DRIVER, encoding="utf-8")
    done = subprocess.run([sys.executable, str(driver), str(marker), mode, "build", "--seeds", str(seeds),
                           "--out", str(where / "out"), "--jobs", str(jobs), "--no-cache",
                           "--schema-dir", str(where / "schema")], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    imported = "main imported datasets: True" in done.stdout
    return tree_bytes(where / "out"), tree_bytes(where / "schema"), marker.exists(), imported


@pytest.fixture(scope="module")
def one_job(seeds, tmp_path_factory):
    dataset, schema, loader, imported = fresh_build(seeds, tmp_path_factory.mktemp("jobs-s13-one") / "j1", 1)
    assert not loader and imported  # one job: no loader, the build imports datasets as before
    return dataset, schema


@pytest.mark.parametrize("jobs, mode, loader_ran, main_imports_datasets", [
    (2, "ok", True, False),  # the loader's parse installed: the main process never imports datasets
    (3, "ok", True, False),
    (2, "fail", True, True),  # a failed loader: each thing loaded on first use, as before session 13
])
def test_a_fresh_build_loads_apart_and_gives_the_one_job_bytes(seeds, one_job, tmp_path, jobs, mode, loader_ran,
                                                               main_imports_datasets):
    dataset, schema, ran, imported = fresh_build(seeds, tmp_path / f"j{jobs}", jobs, mode)
    assert (ran, imported) == (loader_ran, main_imports_datasets)
    assert dataset == one_job[0]
    assert schema == one_job[1]


class NoFork:
    """A multiprocessing context that must not be asked for a process."""

    def Process(self, *args, **kwargs):  # noqa: N802 — multiprocessing's name
        raise AssertionError("a loader was forked although everything it loads is here already")


@pytest.mark.parametrize("already", ["datasets imported", "features installed", "measure model loaded"])
def test_no_loader_when_a_build_in_this_process_loaded_it(already, monkeypatch, tmp_path):
    monkeypatch.delitem(sys.modules, "datasets", raising=False)
    monkeypatch.setattr(arrow, "_DERIVED", None)
    monkeypatch.setattr(measure_model.COPY, "_copy", None)
    if already == "datasets imported":
        monkeypatch.setitem(sys.modules, "datasets", object())
    elif already == "features installed":
        monkeypatch.setattr(arrow, "_DERIVED", {"info_fields": None})
    else:
        monkeypatch.setattr(measure_model.COPY, "_copy", object())
    install = blockwise._load_apart(NoFork(), tmp_path)
    assert install() is None
    assert list(tmp_path.iterdir()) == []


def test_the_speed_benchmark_accounts_each_workers_cpu_page_faults_and_system_time(seeds, tmp_path):
    """benchmarks/build.py --only speed: what each worker of a two-job build spent, its copy-on-write and fresh-page
    faults among it (what two workers spend beyond one job)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import build as bench

    with bench._TwoJobAccounts(tmp_path / "accounts") as accounts:
        bench._build(seeds, tmp_path / "out", jobs=2)
    each = accounts.workers()
    assert len(each) == 2
    for cpu, faults, system in each:
        assert cpu > 0 and faults > 0 and system >= 0
    assert blockwise._worker is accounts.worker  # put back


def test_a_stuck_loader_is_stopped_and_nothing_is_installed(monkeypatch, tmp_path):
    """A loader that does not finish in LOADER_SECONDS is stopped; the build loads everything itself (first use)."""
    monkeypatch.delitem(sys.modules, "datasets", raising=False)
    monkeypatch.setattr(arrow, "_DERIVED", None)
    monkeypatch.setattr(measure_model.COPY, "_copy", None)
    monkeypatch.setattr(blockwise, "LOADER_SECONDS", 0.2)
    stopped = []

    class Stuck(FakeProcess):
        def terminate(self):
            stopped.append(True)
            super().terminate()

    class Context:
        Process = Stuck

    blockwise._load_apart(Context(), tmp_path)()
    assert stopped == [True]
    assert not arrow.installed() and not measure_model.loaded()


def test_ctrl_c_does_not_make_the_loader_print_a_traceback(tmp_path):
    """Ctrl-C reaches the whole process group; the main process reports it in one line and stops the daemon loader,
    which must not die on a KeyboardInterrupt of its own (review: a 25-line traceback after `interrupted`)."""
    import multiprocessing
    import os
    import signal
    import time

    receiver, sender = multiprocessing.Pipe(duplex=False)
    loader = multiprocessing.get_context("fork").Process(target=blockwise._loaded_apart, args=(tmp_path, sender))
    loader.start()
    sender.close()
    time.sleep(0.3)  # past the loader's first statement; its imports and parse take longer
    os.kill(loader.pid, signal.SIGINT)
    loader.join(timeout=120)
    assert loader.exitcode == 0  # a KeyboardInterrupt would end it with 1 (and print its traceback)
    assert [receiver.recv() for _ in blockwise.APART] == list(blockwise.APART)
    assert all(blockwise._apart_path(tmp_path, name).exists() for name in blockwise.APART)
