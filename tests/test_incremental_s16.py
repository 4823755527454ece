"""Issue 16, session 16: a nothing-changed rebuild proves its output folder is the recorded build's result and stops
(:mod:`imcovid.publish.stamp`) — and every other rebuild (a changed seed at first, middle, last; one and two jobs; a
folder edited by hand; a damaged record; a racy stat; a schema file edited; a leftover of an interrupted build) is
built in full and equals a clean build."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from imcovid import pipeline
from imcovid.cli import main
from imcovid.publish import stamp

from test_incremental_s9 import posts  # noqa: F401 — the same eight real posts (a module-scoped fixture)
from test_incremental_s14 import _change
from test_scale import tree_bytes


@pytest.fixture
def counted(monkeypatch):
    """Counts the full builds the command runs; stamps are believed at once (the test's files are seconds old)."""
    calls = []
    real = pipeline.build

    def build(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "build", build)
    monkeypatch.setattr(stamp, "RACY_NS", 0)
    return calls


def _cli(seeds: Path, out: Path, cache: Path, schema: Path, jobs: int = 1, *more: str) -> int:
    return main(["build", "--seeds", str(seeds), "--out", str(out), "--cache-dir", str(cache), "--schema-dir",
                 str(schema), "--jobs", str(jobs), *more])


def _clean(seeds: Path, out: Path, schema: Path) -> dict[str, bytes]:
    assert main(["build", "--seeds", str(seeds), "--out", str(out), "--no-cache", "--schema-dir", str(schema),
                 "--jobs", "1"]) == 0
    return tree_bytes(out)


def _settled(tmp_path: Path, posts: Path) -> tuple[Path, Path, Path, Path]:  # noqa: F811
    seeds = tmp_path / "seeds"
    shutil.copytree(posts, seeds)
    return seeds, tmp_path / "out", tmp_path / "cache", tmp_path / "schema"


def _three_builds(seeds, out, cache, schema, counted, jobs=1) -> None:
    """A first build, a nothing-changed rebuild (built in full: the fixed point is recorded), then the served one."""
    for _ in range(2):
        assert _cli(seeds, out, cache, schema, jobs) == 0
    assert len(counted) == 2
    assert _cli(seeds, out, cache, schema, jobs) == 0
    assert len(counted) == 2, "the third build should have been served"


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_nothing_changed_rebuild_is_served_after_a_fixed_point_and_equals_a_clean_build(
        tmp_path, posts, counted, capsys, jobs):  # noqa: F811
    seeds, out, cache, schema = _settled(tmp_path, posts)
    _three_builds(seeds, out, cache, schema, counted, jobs)
    printed = capsys.readouterr().out.split("published")
    assert printed[1] == printed[2]  # the served build says what the full one said
    assert tree_bytes(out) == _clean(seeds, tmp_path / "clean", tmp_path / "schema-clean")
    assert tree_bytes(schema) == tree_bytes(tmp_path / "schema-clean")


def test_a_build_into_a_fresh_folder_is_never_served(tmp_path, posts, counted):  # noqa: F811
    """The benchmark's case: the output folder removed, nothing else changed — the folder is not the record's."""
    seeds, out, cache, schema = _settled(tmp_path, posts)
    _three_builds(seeds, out, cache, schema, counted)
    shutil.rmtree(out)
    assert _cli(seeds, out, cache, schema) == 0
    assert len(counted) == 3
    assert tree_bytes(out) == _clean(seeds, tmp_path / "clean", tmp_path / "schema-clean")


@pytest.mark.parametrize("how", ["add first", "change middle", "remove last", "add last"])
@pytest.mark.parametrize("jobs", [1, 2])
def test_a_changed_seed_is_built_in_full_and_equals_a_clean_build(tmp_path, posts, counted, how, jobs):  # noqa: F811
    seeds, out, cache, schema = _settled(tmp_path, posts)
    _three_builds(seeds, out, cache, schema, counted, jobs)
    _change(seeds, how)
    # Over the same folder the release rules refuse new rows under the same version: built, never served.
    assert _cli(seeds, out, cache, schema, jobs) == 1
    assert len(counted) == 3
    shutil.rmtree(out)  # a fresh folder, as the benchmark does
    assert _cli(seeds, out, cache, schema, jobs) == 0
    assert len(counted) == 4
    assert tree_bytes(out) == _clean(seeds, tmp_path / "clean", tmp_path / "schema-clean")


def test_a_seed_rewritten_with_its_times_set_back_is_not_believed(tmp_path, posts, counted):  # noqa: F811
    """Same size, same mtime: the ctime (which no one sets back) changes the stamp."""
    seeds, out, cache, schema = _settled(tmp_path, posts)
    _three_builds(seeds, out, cache, schema, counted)
    victim = sorted(seeds.iterdir())[3]
    before = victim.stat()
    data = bytearray(victim.read_bytes())
    data[-2] = ord("x") if data[-2] != ord("x") else ord("y")
    victim.write_bytes(bytes(data))
    os.utime(victim, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert _cli(seeds, out, cache, schema) == 1  # built (the release rules refuse it over the same folder)
    assert len(counted) == 3
    shutil.rmtree(out)
    assert _cli(seeds, out, cache, schema) == 0
    assert tree_bytes(out) == _clean(seeds, tmp_path / "clean", tmp_path / "schema-clean")


@pytest.mark.parametrize("edit", ["byte", "extra file", "removed file", "extra folder", "symlink"])
def test_a_folder_edited_by_hand_is_rebuilt_not_trusted(tmp_path, posts, counted, edit):  # noqa: F811
    seeds, out, cache, schema = _settled(tmp_path, posts)
    _three_builds(seeds, out, cache, schema, counted)
    clean = tree_bytes(out)
    data_file = sorted((out / "articles").iterdir())[0]
    if edit == "byte":  # one byte changed, size and times as they were
        before = data_file.stat()
        data = bytearray(data_file.read_bytes())
        data[len(data) // 2] ^= 1
        data_file.write_bytes(bytes(data))
        os.utime(data_file, ns=(before.st_atime_ns, before.st_mtime_ns))
    elif edit == "extra file":
        (out / "notes.txt").write_text("mine\n")
    elif edit == "removed file":
        (out / "CHANGELOG.md").unlink()
    elif edit == "extra folder":
        (out / "articles" / "old").mkdir()
    else:
        target = tmp_path / "elsewhere.md"
        target.write_bytes((out / "README.md").read_bytes())
        (out / "README.md").unlink()
        (out / "README.md").symlink_to(target)
    assert _cli(seeds, out, cache, schema) == 0
    assert len(counted) == 3
    assert tree_bytes(out) == clean
    assert not (out / "README.md").is_symlink()


def test_a_damaged_or_foreign_record_is_not_believed(tmp_path, posts, counted):  # noqa: F811
    seeds, out, cache, schema = _settled(tmp_path, posts)
    _three_builds(seeds, out, cache, schema, counted)
    record = stamp._record_path(cache, out)
    data = record.read_bytes()
    record.write_bytes(data.replace(b'"fixed_point": true', b'"fixed_point": True'))
    assert _cli(seeds, out, cache, schema) == 0
    assert len(counted) == 3
    record.write_bytes(data[: len(data) // 2])  # truncated
    assert _cli(seeds, out, cache, schema) == 0
    assert len(counted) == 4
    assert tree_bytes(out) == _clean(seeds, tmp_path / "clean", tmp_path / "schema-clean")


def test_stamps_within_the_racy_window_are_never_served(tmp_path, posts, counted, monkeypatch):  # noqa: F811
    seeds, out, cache, schema = _settled(tmp_path, posts)
    monkeypatch.setattr(stamp, "RACY_NS", 3600 * 10**9)  # every seed "just written"
    for _ in range(3):
        assert _cli(seeds, out, cache, schema) == 0
    assert len(counted) == 3


def test_an_edited_schema_file_or_another_schema_folder_is_rebuilt(tmp_path, posts, counted):  # noqa: F811
    seeds, out, cache, schema = _settled(tmp_path, posts)
    _three_builds(seeds, out, cache, schema, counted)
    first = sorted(schema.iterdir())[0]
    text = first.read_bytes()
    first.write_bytes(text + b" ")
    assert _cli(seeds, out, cache, schema) == 0
    assert len(counted) == 3
    assert first.read_bytes() == text
    assert _cli(seeds, out, cache, tmp_path / "schema-2") == 0  # another folder: another input
    assert len(counted) == 4


def test_strict_is_an_input_and_leftovers_of_an_interrupted_build_are_cleared_by_a_full_one(
        tmp_path, posts, counted):  # noqa: F811
    seeds, out, cache, schema = _settled(tmp_path, posts)
    _three_builds(seeds, out, cache, schema, counted)
    assert _cli(seeds, out, cache, schema, 1, "--strict") in (0, 1)
    assert len(counted) == 3
    stale = tmp_path / "out.tmp-999999999"
    stale.mkdir()
    assert _cli(seeds, out, cache, schema) == 0
    assert len(counted) == 4
    assert not stale.exists()


def test_the_served_path_imports_no_pipeline_pydantic_or_pyarrow(tmp_path, posts):  # noqa: F811
    seeds, out, cache, schema = _settled(tmp_path, posts)
    code = ("import sys\nfrom imcovid.publish import stamp\nstamp.RACY_NS = 0\nfrom imcovid.cli import main\n"
            f"main(['build', '--seeds', {str(seeds)!r}, '--out', {str(out)!r}, '--cache-dir', {str(cache)!r}, "
            f"'--schema-dir', {str(schema)!r}, '--jobs', '1'])\n"
            "print(sorted(m for m in ('imcovid.pipeline', 'pydantic', 'pyarrow', 'importlib.metadata')"
            " if m in sys.modules))\n")
    runs = [subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
            for _ in range(3)]
    assert "imcovid.pipeline" in runs[0] and "imcovid.pipeline" in runs[1]
    assert runs[2].rstrip().endswith("[]")


def test_every_file_a_build_opens_outside_its_folders_is_an_input_of_the_digest(tmp_path, posts):  # noqa: F811
    """An audit of a fresh build's opened files: any read outside the package, the seeds, the output, the cache,
    scratch folders, the interpreter and the libraries must be one the inputs digest covers (else a change to it
    could leave a served folder stale)."""
    seeds, out, cache, schema = _settled(tmp_path, posts)
    code = ("import os, sys\nseen = set()\n"
            "def hook(event, args):\n"
            "    if event == 'open' and isinstance(args[0], (str, bytes)) and (args[1] in (None, 'r', 'rb') or "
            "isinstance(args[2], int) and not args[2] & (os.O_WRONLY | os.O_RDWR)):\n"
            "        seen.add(os.path.abspath(os.fsdecode(args[0])))\n"
            "sys.addaudithook(hook)\nfrom imcovid.cli import main\n"
            f"main(['build', '--seeds', {str(seeds)!r}, '--out', {str(out)!r}, '--cache-dir', {str(cache)!r}, "
            f"'--schema-dir', {str(schema)!r}, '--jobs', '1'])\n"
            "print('\\n'.join(sorted(seen)))\n")
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    opened = [line for line in done.stdout.splitlines() if line.startswith("/")]
    package = str(Path(stamp.__file__).resolve().parents[1])
    # The project's own folder is not allowed as a whole: a file read there must be a listed input.
    allowed = [str(tmp_path) + "/", package + "/", sys.prefix + "/", sys.base_prefix + "/",
               os.path.realpath(sys.prefix) + "/", "/tmp/", "/proc/", "/sys/", "/dev/", "/etc/",
               *(p + "/" for p in sys.path if "site-packages" in p)]
    covered = {str(stamp.PROJECT_ROOT / name) for name in stamp.PROJECT_INPUTS}
    import zoneinfo

    zones = [str(Path(root)) for root in zoneinfo.TZPATH]
    outside = [p for p in opened if p not in covered and not p.startswith(tuple(allowed))
               and not any(p.startswith(z) for z in zones)]
    assert outside == []
    assert any(p.endswith("CITATION.cff") for p in opened)


def test_the_inputs_digest_moves_with_each_input(tmp_path, posts, monkeypatch):  # noqa: F811
    seeds, out, _, schema = _settled(tmp_path, posts)
    base = stamp.inputs_digest(seeds, out, schema, False)[0]
    assert stamp.inputs_digest(seeds, out, schema, False)[0] == base
    assert stamp.inputs_digest(seeds, out, schema, True)[0] != base
    assert stamp.inputs_digest(seeds, tmp_path / "other", schema, False)[0] != base
    assert stamp.inputs_digest(seeds, out, tmp_path / "s2", False)[0] != base
    (seeds / "sub").mkdir()
    assert stamp.inputs_digest(seeds, out, schema, False)[0] != base
    with_sub = stamp.inputs_digest(seeds, out, schema, False)[0]
    project = tmp_path / "project"
    project.mkdir()
    for name in stamp.PROJECT_INPUTS:
        shutil.copy2(stamp.PROJECT_ROOT / name, project / name)
    monkeypatch.setattr(stamp, "PROJECT_ROOT", project)
    assert stamp.inputs_digest(seeds, out, schema, False)[0] == with_sub  # same bytes elsewhere
    with open(project / "CITATION.cff", "a") as handle:
        handle.write("# edited\n")
    assert stamp.inputs_digest(seeds, out, schema, False)[0] != with_sub
    monkeypatch.undo()
    monkeypatch.setattr(sys, "version", sys.version + "+")
    assert stamp.inputs_digest(seeds, out, schema, False)[0] != with_sub
