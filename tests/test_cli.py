"""The `imcovid` command as a user meets it: every user error is one clear line on stderr and a non-zero exit,
never a traceback (issue 17). `imcovid evaluate` is tested with the evaluation."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT
from imcovid import cli
from imcovid.version import package_version


def run(capsys, *argv: str) -> tuple[int, list[str], str]:
    """Exit code, the lines on stderr, stdout."""
    try:
        code = cli.main(list(argv))
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsys.readouterr()
    return code, err.splitlines(), out


def assert_one_line(lines: list[str], *words: str) -> None:
    assert len(lines) == 1, lines
    assert "Traceback" not in lines[0]
    for word in words:
        assert word in lines[0], (word, lines[0])


@pytest.fixture
def release_copy(seeds_dataset, tmp_path):
    copy = tmp_path / "dataset"
    shutil.copytree(seeds_dataset, copy)
    return copy


def truncate(path):
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def flip(path, where: float = 1 / 3):
    data = bytearray(path.read_bytes())
    data[int(len(data) * where)] ^= 0xFF
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", [truncate, flip])
@pytest.mark.parametrize("config", ["articles", "mentions"])
def test_validate_reports_a_damaged_parquet_file_in_one_line(capsys, release_copy, damage, config):
    damage(release_copy / config / "train.parquet")
    code, lines, _ = run(capsys, "validate", str(release_copy))
    assert code == 1
    assert_one_line(lines, f"{config}/train.parquet")


@pytest.mark.parametrize("damage", [truncate, flip])
def test_verify_names_the_checksum_mismatch_first(capsys, release_copy, damage):
    damage(release_copy / "mentions" / "train.parquet")
    code, lines, _ = run(capsys, "verify", str(release_copy))
    assert code == 1
    assert_one_line(lines, "SHA256SUMS", "mentions/train.parquet", "does not match its checksum")


def test_a_broken_card_header_is_one_line(capsys, release_copy):
    card = release_copy / "README.md"
    lines = card.read_text(encoding="utf-8").split("\n")
    lines[2] = "  : : bad: ["
    card.write_text("\n".join(lines), encoding="utf-8")
    code, err, _ = run(capsys, "validate", str(release_copy))
    assert code == 1
    assert_one_line(err, "README.md", "YAML metadata block does not parse")
    code, err, _ = run(capsys, "verify", str(release_copy))
    assert code == 1
    assert_one_line(err, "README.md", "does not match its checksum")


def test_a_good_release_validates_and_verifies(capsys, seeds_dataset):
    assert run(capsys, "verify", str(seeds_dataset))[0] == 0
    assert run(capsys, "validate", str(seeds_dataset))[0] == 0


@pytest.mark.parametrize("jobs", ["0", "-3", "two"])
def test_jobs_must_be_a_positive_number(capsys, tmp_path, jobs):
    code, lines, _ = run(capsys, "build", "--jobs", jobs, "--out", str(tmp_path / "out"))
    assert code == 2
    assert_one_line(lines, "--jobs")
    assert not (tmp_path / "out").exists()


def test_version(capsys):
    code, _, out = run(capsys, "--version")
    assert code == 0 and out.strip() == f"imcovid {package_version()}"


def test_an_empty_seeds_folder_publishes_nothing(capsys, tmp_path):
    (tmp_path / "seeds").mkdir()
    code, lines, _ = run(capsys, "build", "--seeds", str(tmp_path / "seeds"), "--out", str(tmp_path / "out"),
                         "--schema-dir", str(tmp_path / "schema"))
    assert code == 1 and "no source files" in "\n".join(lines)
    assert not (tmp_path / "out").exists()


def test_seeds_that_give_no_article_publish_nothing(capsys, tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "notes.pdf").write_bytes(b"%PDF-1.4")
    code, lines, _ = run(capsys, "build", "--seeds", str(tmp_path / "seeds"), "--out", str(tmp_path / "out"),
                         "--schema-dir", str(tmp_path / "schema"))
    assert code == 1 and "nothing published" in lines[0]
    assert not (tmp_path / "out").exists()


def test_docs_without_a_dataset(capsys, tmp_path):
    code, lines, _ = run(capsys, "docs", "--dataset", str(tmp_path / "none"), "--site", str(tmp_path / "site"))
    assert code == 1
    assert_one_line(lines, "not a built dataset", "imcovid build")


def test_schema_into_an_unwritable_folder(capsys, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    code, lines, _ = run(capsys, "schema", "--out", str(blocker / "schema"))
    assert code == 1
    assert_one_line(lines, "imcovid schema", "a-file")
    if os.geteuid() != 0:  # root writes anywhere
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o555)
        code, lines, _ = run(capsys, "schema", "--out", str(locked / "schema"))
        assert code == 1
        assert_one_line(lines, "Permission denied")


def test_push_without_a_token_uploads_nothing(capsys, monkeypatch, seeds_dataset, tmp_path):
    monkeypatch.delenv("HF_TOKEN", raising=False)
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))  # no token stored by `hf auth login` either
    monkeypatch.setattr("huggingface_hub.get_token", lambda: None)
    code, lines, _ = run(capsys, "push", "someone/imcovid", "--dir", str(seeds_dataset))
    assert code == 1
    assert_one_line(lines, "no Hugging Face token", "HF_TOKEN")


def test_push_without_network_is_one_line(seeds_dataset, tmp_path):
    """A real HfApi against an endpoint that refuses connections (nothing leaves the machine)."""
    copy = tmp_path / "dataset"
    shutil.copytree(seeds_dataset, copy)
    env = {**os.environ, "HF_TOKEN": "hf_test_token", "HF_ENDPOINT": "http://127.0.0.1:9", "HF_HUB_OFFLINE": "0",
           "HF_HOME": str(tmp_path / "hf")}
    done = subprocess.run([sys.executable, "-m", "imcovid.cli", "push", "someone/imcovid", "--dir", str(copy)],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    lines = done.stderr.splitlines()
    assert done.returncode == 1, done.stderr
    assert_one_line(lines, "push to someone/imcovid failed")


def test_push_refusal_is_one_line(capsys, monkeypatch, release_copy):
    monkeypatch.setenv("HF_TOKEN", "hf_test_token")
    flip(release_copy / "articles" / "train.parquet")
    code, lines, _ = run(capsys, "push", "someone/imcovid", "--dir", str(release_copy))
    assert code == 1
    assert_one_line(lines, "does not verify")


def test_an_unexpected_error_is_one_line_with_a_hint(capsys, monkeypatch):
    def broken(_args):
        raise KeyError("boom")

    monkeypatch.setattr(cli, "_schema", broken)
    monkeypatch.delenv("IMCOVID_DEBUG", raising=False)
    code, lines, _ = run(capsys, "schema")
    assert code == cli.EXIT_BUG
    assert_one_line(lines, "KeyError", "--debug")
    with pytest.raises(KeyError):
        cli.main(["--debug", "schema"])


def test_build_into_an_unwritable_place_and_from_missing_seeds(capsys, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    code, lines, _ = run(capsys, "build", "--out", str(blocker / "dataset"), "--schema-dir", str(tmp_path / "s"))
    assert code == 1
    assert_one_line(lines, "imcovid build", "a-file")
    code, lines, _ = run(capsys, "build", "--seeds", str(tmp_path / "none"), "--out", str(tmp_path / "out"))
    assert code == 1
    assert_one_line(lines, "does not exist")


def test_a_schema_folder_that_is_a_file_is_refused_before_the_build(capsys, tmp_path):
    """Review: ``--schema-dir`` naming a file failed only after the dataset had been published into ``--out``."""
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    for schema_dir in (blocker, blocker / "schema"):
        code, lines, _ = run(capsys, "build", "--out", str(tmp_path / "out"), "--schema-dir", str(schema_dir),
                             "--no-cache")
        assert code == 1
        assert_one_line(lines, "schema folder", "a-file")
        assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("command", ["validate", "verify"])
def test_a_missing_dataset_folder(capsys, tmp_path, command):
    code, lines, _ = run(capsys, command, str(tmp_path / "none"))
    assert code == 1
    assert_one_line(lines, "is not a folder")


def _one_seed(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy2(ROOT / "seeds" / "000_589f45d3af4ee034.txt", seeds)
    return seeds


@pytest.mark.parametrize("target", ["thesis", "seeds", "seeds/inside", "afile"])
def test_build_never_replaces_what_is_not_a_release(tmp_path, capsys, target):
    """The build swaps its output folder as a whole: a folder of the user's files, the seeds themselves or a file
    must be refused in one line, untouched."""
    seeds = _one_seed(tmp_path)
    (tmp_path / "thesis").mkdir()
    (tmp_path / "thesis" / "thesis.tex").write_text("my thesis", encoding="utf-8")
    (tmp_path / "afile").write_text("keep me", encoding="utf-8")
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    rc = cli.main(["build", "--seeds", str(seeds), "--out", str(tmp_path / target), "--schema-dir",
                   str(tmp_path / "schema"), "--jobs", "1", "--no-cache"])
    err = capsys.readouterr().err.strip().splitlines()
    assert rc == 1 and "Traceback" not in "\n".join(err) and "--out" in "\n".join(err)
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before


def test_origin_records_that_match_no_source_fail_the_build(tmp_path, capsys):
    seeds = _one_seed(tmp_path)
    (seeds / "ORIGINS.jsonl").write_text(
        '{"file": "x.md", "sha256": "' + "5" * 64 + '", "repo": "o/r", "path": "source/_posts/a.md", '
        '"commit": null, "rule": "covid+inner-mongolia/1", "focus": "focus", "covid_terms": [], "places": []}\n',
        encoding="utf-8")
    rc = cli.main(["build", "--seeds", str(seeds), "--out", str(tmp_path / "out"), "--schema-dir",
                   str(tmp_path / "schema"), "--jobs", "1", "--no-cache"])
    err = capsys.readouterr().err
    assert rc == 1 and "match no source file" in err and not (tmp_path / "out").exists()


def test_a_truncated_parquet_file_is_a_user_error_naming_verify(tmp_path, capsys, seeds_dataset):
    copy = tmp_path / "dataset"
    shutil.copytree(seeds_dataset, copy)
    data = copy / "articles" / "train.parquet"
    data.write_bytes(data.read_bytes()[:100])
    rc = cli.main(["docs", "--dataset", str(copy), "--site", str(tmp_path / "site")])
    err = capsys.readouterr().err.strip().splitlines()
    assert rc == 1 and len(err) == 1 and "imcovid verify" in err[0] and "bug" not in err[0]


def test_validate_checks_the_mentions_the_panel_cites(tmp_path, seeds_dataset):
    import pyarrow.parquet as pq

    from imcovid.validate import validate_dataset

    copy = tmp_path / "dataset"
    shutil.copytree(seeds_dataset, copy)
    (copy / "SHA256SUMS").unlink()  # the checksums would report the altered file first
    path = copy / "measures" / "train.parquet"
    table = pq.read_table(path)
    rows = table.to_pylist()
    rows[0]["mention_ids"] = [rows[0]["article_ids"][0] + "-deadbeef"]
    pq.write_table(table.from_pylist(rows, schema=table.schema), path)
    problems = validate_dataset(copy)
    assert any("measures row 0 cites" in p and "deadbeef" in p for p in problems), problems


def test_an_unwritable_cache_dir_named_by_the_user_is_one_line(tmp_path, capsys):
    """The cache treats a failed write as a miss; a --cache-dir that cannot be written must not silently make every
    build a full one: it is refused before anything is built."""
    blocker = tmp_path / "cache-is-a-file"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    code = cli.main(["build", "--seeds", str(ROOT / "seeds"), "--out", str(tmp_path / "dataset"),
                 "--schema-dir", str(tmp_path / "schema"), "--cache-dir", str(blocker / "sub")])
    err = capsys.readouterr().err
    assert code == cli.EXIT_USER and err.count("\n") == 1 and "cannot be written" in err and "--cache-dir" in err
    assert not (tmp_path / "dataset").exists()


def test_an_unwritable_default_cache_warns_once_and_builds(tmp_path, monkeypatch):
    """The default cache place (e.g. a read-only home) does not stop a build: one warning line, then a full build."""
    blocker = tmp_path / "xdg-is-a-file"
    blocker.write_text("x", encoding="utf-8")
    env = {**os.environ, "XDG_CACHE_HOME": str(blocker)}
    result = subprocess.run([sys.executable, "-m", "imcovid.cli", "build", "--seeds", str(ROOT / "seeds"),
                             "--out", str(tmp_path / "dataset"), "--schema-dir", str(tmp_path / "schema"),
                             "--jobs", "1"], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if "cannot be written" in line]
    assert len(warnings) == 1 and warnings[0].startswith("imcovid build: warning:")
    assert (tmp_path / "dataset" / "articles").is_dir()


@pytest.mark.parametrize("setting, words", [("shard_sources = 1", "shard_sources"),
                                             ('max_source_bytes = "large"', "max_source_bytes"),
                                             ("window_end = 2020-01-01", "window_end precedes window_start")])
def test_a_bad_build_setting_is_one_line(capsys, monkeypatch, tmp_path, setting, words):
    """A value of [tool.imcovid] the build cannot take: the file, the key and the reason in one line, exit 1, nothing
    published (pydantic's own report spans several lines and links)."""
    from imcovid import config

    (tmp_path / "pyproject.toml").write_text(f"[tool.imcovid]\n{setting}\n", encoding="utf-8")
    monkeypatch.setattr(config, "PROJECT_ROOT", tmp_path)
    config.load_config.cache_clear()
    try:
        code, lines, _ = run(capsys, "build", "--seeds", str(ROOT / "seeds"), "--out", str(tmp_path / "out"),
                             "--schema-dir", str(tmp_path / "schema"), "--no-cache")
    finally:
        config.load_config.cache_clear()
    assert code == 1
    assert_one_line(lines, words)
    assert "pyproject.toml [tool.imcovid]" in lines[0]
    assert not (tmp_path / "out").exists()
