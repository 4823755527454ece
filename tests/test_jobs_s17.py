"""Two-job builds after session 17 (imcovid.blockwise): the start of a fresh two-job build on both cores. The loader
process parses the MEASURE model, jieba's lexicon and what the build needs of ``datasets``, in that order, and hands
each over as soon as it is whole (:class:`imcovid.blockwise._Apart`); the main process imports the rules and pandas,
then stages the warm-up source with the model and the lexicon while the loader still derives the features — a
source's rows need the plain schema only (:func:`imcovid.publish.parquet.row_type`). Until release 21 the main process
parsed the lexicon itself and the warm-up waited for the loader's end. Whatever the loader did (all, part, nothing,
stuck), the bytes are the one-job build's, at 1, 2 and 3 jobs, without a cache and with a cold one."""

from __future__ import annotations

import multiprocessing
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pytest

from imcovid import blockwise
from imcovid.annotate import lexicon, measure_model
from imcovid.models import RECORD_MODELS
from imcovid.publish import arrow, parquet

from conftest import FakeProcess, seeds_with_corpus

# A fresh ``imcovid build`` whose loader may fail at one of its parses ("none": it does not), and which records, in
# the main process, what was there when the warm-up began and who parsed the lexicon.
DRIVER = """
import os, sys, json, pathlib
from imcovid import blockwise, cli
from imcovid.annotate import lexicon, measure_model
log, fail = pathlib.Path(sys.argv[1]), sys.argv[2]
main = os.getpid()
facts = {"lexicon parsed in main": False}
original_parse, original_apart, original_warm = lexicon.parse, blockwise._parse_apart, blockwise._warm
def parse(path):
    if os.getpid() == main:
        facts["lexicon parsed in main"] = True
    return original_parse(path)
def parse_apart(name):
    if name == fail:
        raise RuntimeError("the loader failed at " + name)
    return original_apart(name)
original_take = blockwise._Apart.take
facts["taken in the warm-up"] = []
def warm(*args, **kwargs):
    facts["at the warm-up"] = {"datasets": "datasets" in sys.modules}
    facts["warming"] = True
    try:
        return original_warm(*args, **kwargs)
    finally:
        facts["warming"] = False
        facts["after the warm-up"] = {"lexicon": lexicon.loaded(), "measure": measure_model.loaded(),
                                      "datasets": "datasets" in sys.modules}
def take(self, *names):
    if facts.get("warming"):
        facts["taken in the warm-up"].append(list(names))
    return original_take(self, *names)
lexicon.parse, blockwise._parse_apart, blockwise._warm, blockwise._Apart.take = parse, parse_apart, warm, take
code = cli.main(sys.argv[3:])
facts["main imported datasets"] = "datasets" in sys.modules
log.write_text(json.dumps(facts))
sys.exit(code)
"""


def tree_bytes(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def seeds(tmp_path_factory) -> Path:
    return seeds_with_corpus(tmp_path_factory.mktemp("jobs-s17-seeds"), 3, empty=True)


def fresh_build(seeds: Path, where: Path, jobs: int, fail: str = "none", cache: bool = False) -> tuple[dict, dict, dict]:
    """A build in a fresh interpreter: (dataset bytes, schema bytes, the driver's facts)."""
    import json

    where.mkdir(parents=True)
    driver, log = where / "driver.py", where / "facts.json"
    driver.write_text(DRIVER, encoding="utf-8")
    argv = [sys.executable, str(driver), str(log), fail, "build", "--seeds", str(seeds), "--out", str(where / "out"),
            "--jobs", str(jobs), "--schema-dir", str(where / "schema")]
    argv += ["--cache-dir", str(where / "cache")] if cache else ["--no-cache"]
    done = subprocess.run(argv, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return tree_bytes(where / "out"), tree_bytes(where / "schema"), json.loads(log.read_text())


@pytest.fixture(scope="module")
def one_job(seeds, tmp_path_factory):
    dataset, schema, _ = fresh_build(seeds, tmp_path_factory.mktemp("jobs-s17-one") / "j1", 1)
    return dataset, schema


@pytest.mark.parametrize("jobs, cache, fail", [
    (2, False, "none"),
    (3, False, "none"),
    (2, True, "none"),  # a cold cache: the first build with a cache takes the block-parallel path too
    (3, True, "none"),
    (2, False, "features"),  # the model and the lexicon came, the features did not: derived on first use
    (2, False, "lexicon"),  # the model came, the lexicon did not: the warm-up parses it here
    (2, False, "measure"),  # nothing came
])
def test_a_fresh_build_takes_the_loaders_parses_as_they_come_and_gives_the_one_job_bytes(
        seeds, one_job, tmp_path, jobs, cache, fail):
    dataset, schema, facts = fresh_build(seeds, tmp_path / f"j{jobs}", jobs, fail, cache)
    assert dataset == one_job[0]
    assert schema == one_job[1]
    came = {"none": 3, "features": 2, "lexicon": 1, "measure": 0}[fail]
    # The warm-up took the model and the lexicon as its annotation loaded the annotators (session 18: not before its
    # source was read and cleaned), whatever came; it never imported `datasets` (its rows need the plain schema only).
    assert facts["taken in the warm-up"] == [["measure", "lexicon"]]
    assert facts["at the warm-up"] == {"datasets": False}
    assert facts["after the warm-up"] == {"measure": True, "lexicon": True, "datasets": False}
    assert facts["lexicon parsed in main"] == (came < 2)
    assert facts["main imported datasets"] == (came < 3)


def test_a_sources_rows_are_converted_without_datasets(tmp_path):
    """The warm-up (and a worker's staging) converts rows with the plain schema's fields: `datasets` is not imported
    for it (release 21 imported it there, 0.45 CPU-s, through the schema with the Hugging Face metadata)."""
    code = ("import sys\n"
            "from imcovid.publish import parquet\n"
            "parquet.to_arrow('mentions', [])\n"
            "parquet.to_arrow('articles', [])\n"
            "print('datasets' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "False"


@pytest.mark.parametrize("config", sorted(RECORD_MODELS))
def test_the_row_type_is_the_published_schemas_fields(config):
    """Same fields, types and order as the schema the files are written with: the metadata is the schema's only."""
    assert parquet.row_type(config) == pa.struct(list(arrow.arrow_schema(config)))
    assert all(field.metadata is None for field in arrow.arrow_schema(config))


@pytest.fixture
def nothing_loaded(monkeypatch):
    monkeypatch.delitem(sys.modules, "datasets", raising=False)
    monkeypatch.setattr(arrow, "_DERIVED", None)
    monkeypatch.setattr(measure_model.COPY, "_copy", None)
    monkeypatch.setattr(lexicon.COPY, "_copy", None)


class KeptOpen:
    """The sending end as the loader holds it: the main process closes its own copy after the fork, here the test is
    the loader, so that close is not the loader's."""

    def __init__(self, end) -> None:
        self.end = end

    def close(self) -> None:
        pass

    def send(self, name: str) -> None:
        self.end.send(name)


class Later(FakeProcess):
    """A loader that does nothing by itself: the test writes its files and sends their names."""

    def __init__(self, target, args, daemon):
        super().__init__(target, args, daemon)
        self.folder, self.sender, self.names = args[0], args[1], args[2]

    def give(self, name: str, parsed) -> None:
        blockwise._apart_path(self.folder, name).write_bytes(blockwise._dumped_apart(name, parsed))
        self.sender.send(name)

    def end(self) -> None:
        self.alive = False
        self.sender.end.close()


@pytest.fixture
def fake_loader(monkeypatch):
    """A context whose Process is a :class:`Later`, with a real pipe whose sending end the test keeps."""
    real_pipe = multiprocessing.Pipe

    def pipe(duplex=True):
        receiver, sender = real_pipe(duplex)
        return receiver, KeptOpen(sender)

    monkeypatch.setattr(blockwise.multiprocessing, "Pipe", pipe)

    class Context:
        loaders: list[Later] = []

        def Process(self, target, args, daemon):  # noqa: N802 — multiprocessing's name
            self.loaders.append(Later(target, args, daemon))
            return self.loaders[-1]

    return Context()


def test_take_installs_what_the_warm_up_needs_while_the_rest_is_parsed(nothing_loaded, fake_loader, tmp_path):
    """The main process takes the model and the lexicon when they come, and the features only when called."""
    apart = blockwise._load_apart(fake_loader, tmp_path)
    loader = fake_loader.loaders[0]
    assert loader.names == blockwise.APART == ("measure", "lexicon", "features")
    loader.give("measure", blockwise._parse_apart("measure"))
    loader.give("lexicon", blockwise._parse_apart("lexicon"))
    apart.take("measure", "lexicon")
    assert measure_model.loaded() and lexicon.loaded()
    assert not arrow.installed()  # not waited for: the loader is still deriving it
    loader.give("features", blockwise._parse_apart("features"))
    loader.end()
    apart()
    assert arrow.installed()
    assert not loader.stopped
    assert list(tmp_path.iterdir()) == []  # each parse's file removed once installed


def test_a_loader_stuck_after_the_model_is_stopped_and_the_rest_loaded_on_first_use(nothing_loaded, fake_loader,
                                                                                    tmp_path, monkeypatch):
    monkeypatch.setattr(blockwise, "LOADER_SECONDS", 0.3)
    apart = blockwise._load_apart(fake_loader, tmp_path)
    loader = fake_loader.loaders[0]
    loader.give("measure", blockwise._parse_apart("measure"))
    apart.take("measure", "lexicon")  # the lexicon never comes
    assert loader.stopped
    assert measure_model.loaded() and not lexicon.loaded()
    apart()
    assert not arrow.installed()
    assert list(tmp_path.iterdir()) == []


def test_a_loader_that_ends_early_leaves_the_rest_to_first_use(nothing_loaded, fake_loader, tmp_path):
    apart = blockwise._load_apart(fake_loader, tmp_path)
    loader = fake_loader.loaders[0]
    loader.give("measure", blockwise._parse_apart("measure"))
    loader.end()  # failed at the lexicon: the pipe ends
    apart.take("measure", "lexicon")
    assert not loader.stopped
    assert measure_model.loaded() and not lexicon.loaded()
    apart()
    assert not arrow.installed()


def test_a_lexicon_loaded_already_is_not_parsed_by_the_loader(nothing_loaded, fake_loader, tmp_path, monkeypatch):
    monkeypatch.setattr(lexicon.COPY, "_copy", object())
    blockwise._load_apart(fake_loader, tmp_path).stop()
    assert fake_loader.loaders[0].names == ("measure", "features")


def test_the_lexicon_handed_over_as_marshal_bytes_is_the_parse():
    parsed = lexicon.parse(lexicon.dictionary_path())
    again = lexicon.from_marshal(blockwise._dumped_apart("lexicon", parsed))
    assert isinstance(again, type(parsed))
    assert again == parsed
    assert list(again.words) == list(parsed.words) and again.institutions == parsed.institutions


def test_ctrl_c_in_the_warm_up_stops_the_loader_instead_of_waiting_for_it(nothing_loaded, fake_loader, seeds,
                                                                          tmp_path, monkeypatch):
    import time

    from imcovid.config import load_config
    from imcovid.pipeline import list_sources

    real = blockwise._load_apart

    def load_apart(context, scratch, cache_dir=None, key=""):
        apart = real(fake_loader, scratch, cache_dir, key)
        fake_loader.loaders[-1].give("measure", blockwise._parse_apart("measure"))
        fake_loader.loaders[-1].give("lexicon", blockwise._parse_apart("lexicon"))
        return apart  # the features never come: the loader would still be deriving them

    def warm(sources, config, key):
        raise KeyboardInterrupt

    monkeypatch.setattr(blockwise, "_load_apart", load_apart)
    monkeypatch.setattr(blockwise, "_warm", warm)
    monkeypatch.setattr(blockwise, "LOADER_SECONDS", 30)
    config = load_config()
    sources = list_sources(seeds, config)
    started = time.monotonic()
    with pytest.raises(KeyboardInterrupt):
        blockwise.write_blockwise(sources, config, tmp_path / "tmp", tmp_path, "key", {}, 2, False, None)
    assert fake_loader.loaders[-1].stopped
    assert time.monotonic() - started < 15  # stopped at once, not after waiting LOADER_SECONDS for the features


def test_a_loader_that_cannot_write_its_file_stops_quietly(tmp_path, monkeypatch, capfd):
    """A full or size-limited scratch folder (review: ``ulimit -f``): the loader hands over nothing more and closes
    its end, without a traceback and without a temporary file left; the main process loads the rest on first use."""
    monkeypatch.setattr(blockwise, "_parse_apart", lambda name: {"name": name})
    # (the loader ignores Ctrl-C, a process-wide setting children inherit: not in the test's own process)
    monkeypatch.setattr(blockwise.signal, "signal", lambda *args: None)

    def full(name, parsed):
        raise OSError(27, "File too large")

    monkeypatch.setattr(blockwise, "_dumped_apart", full)
    sent, closed = [], []

    class Sender:
        def send(self, name):
            sent.append(name)

        def close(self):
            closed.append(True)

    blockwise._loaded_apart(tmp_path, Sender(), names=("measure", "lexicon"))
    assert sent == [] and closed == [True]
    assert list(tmp_path.iterdir()) == []
    assert "Traceback" not in capfd.readouterr().err
