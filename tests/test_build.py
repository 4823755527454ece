"""The build end to end, read back the way users read it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from imcovid.pipeline import build
from imcovid.schema_export import SCHEMA_FILES, render
from imcovid.validate import validate_dataset
from imcovid.version import package_version

from conftest import CORPUS, N_SEEDS, ROOT, SEEDS, seed_names
from contract import violations


def tree_bytes(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_seeds_give_one_article_and_one_provenance_row_each(seeds_dataset):
    assert N_SEEDS == 19  # the five first seeds and the 14 harvested corpus posts
    assert pq.read_metadata(seeds_dataset / "articles" / "train.parquet").num_rows == N_SEEDS
    provenance = pd.read_parquet(seeds_dataset / "provenance" / "train.parquet")
    assert len(provenance) == N_SEEDS and set(provenance["status"]) == {"accepted"}
    assert sorted(provenance["source_file"]) == seed_names()


def test_every_corpus_post_is_published(corpus_build):
    out, report = corpus_build
    expected = N_SEEDS + len(list(CORPUS.iterdir()))
    assert report.rejected == [] and report.accepted == expected
    articles = pd.read_parquet(out / "articles" / "train.parquet")
    assert len(articles) == expected and articles["id"].is_unique
    for row in articles.itertuples():
        assert violations(row.text) == [], row.source_file


def test_load_dataset_gives_typed_features(seeds_dataset, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    import datasets

    articles = datasets.load_dataset(str(seeds_dataset), split="train")
    assert articles.num_rows == N_SEEDS
    features = articles.features
    assert features["published_at"].dtype == "timestamp[us, tz=UTC]"
    assert features["published_date_local"].dtype == "date32"
    assert set(features["images"].feature) == {"url", "caption", "credit", "credit_name"}
    assert set(features["credits"].feature) == {"role", "name"}
    provenance = datasets.load_dataset(str(seeds_dataset), "provenance", split="train")
    assert provenance.num_rows == N_SEEDS and provenance.features["sha256"].dtype == "string"
    mentions = datasets.load_dataset(str(seeds_dataset), "mentions", split="train")
    assert mentions.features["start"].dtype == "int64"


def test_pandas_reads_every_config(seeds_dataset):
    for config in ("articles", "mentions", "provenance"):
        frame = pd.read_parquet(seeds_dataset / config / "train.parquet")
        assert len(frame.columns) > 3


def test_ids_derive_from_raw_bytes(seeds_dataset):
    import hashlib

    articles = pd.read_parquet(seeds_dataset / "articles" / "train.parquet")
    for row in articles.itertuples():
        assert row.id == hashlib.sha256((SEEDS / row.source_file).read_bytes()).hexdigest()[:16]


def test_validate_passes_and_catches_a_bad_row(seeds_dataset, tmp_path):
    assert validate_dataset(seeds_dataset) == []
    broken = tmp_path / "broken"
    shutil.copytree(seeds_dataset, broken)
    table = pq.read_table(broken / "articles" / "train.parquet")
    rows = table.to_pylist()
    rows[0]["text"] = rows[0]["text"] + "\n\n<p>tag</p>"
    rows[1]["id"] = rows[0]["id"]
    pq.write_table(type(table).from_pylist(rows, schema=table.schema), broken / "articles" / "train.parquet")
    assert validate_dataset(broken) == ["articles/train.parquet: does not match its checksum in SHA256SUMS "
                                        "(damaged or changed since release)"]
    (broken / "SHA256SUMS").unlink()  # a copy changed on purpose: its rows are checked
    problems = validate_dataset(broken)
    assert any("empty line" in p for p in problems)
    assert any("duplicate id" in p for p in problems)


def test_cli_validate_exit_codes(seeds_dataset, tmp_path):
    cli = [sys.executable, "-m", "imcovid.cli", "validate"]
    assert subprocess.run([*cli, str(seeds_dataset)], capture_output=True).returncode == 0
    empty = tmp_path / "empty"
    empty.mkdir()
    result = subprocess.run([*cli, str(empty)], capture_output=True, text=True)
    assert result.returncode == 1 and "missing data file" in result.stderr


def test_build_is_deterministic(seeds_dataset, tmp_path):
    again = tmp_path / "again"
    build(SEEDS, again, jobs=2, progress=False)
    assert tree_bytes(again) == tree_bytes(seeds_dataset)


def committed_tree(folder: str) -> dict[str, bytes]:
    """The files of ``folder`` as committed in git (HEAD), so a build run before the tests cannot mask a difference;
    the working tree when this is not a git checkout."""
    try:
        names = subprocess.run(["git", "ls-files", "-z", folder], cwd=ROOT, capture_output=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return tree_bytes(ROOT / folder)
    files = {}
    for name in filter(None, names.decode().split("\0")):
        blob = subprocess.run(["git", "show", f"HEAD:{name}"], cwd=ROOT, capture_output=True)
        if blob.returncode == 0:
            files[Path(name).relative_to(folder).as_posix()] = blob.stdout
    return files or tree_bytes(ROOT / folder)


def test_committed_dataset_is_what_the_build_makes(tmp_path):
    assert (ROOT / "dataset").is_dir(), "dataset/ must be committed"
    published = committed_tree("dataset")
    # The build carries the manifests of earlier releases over from the folder it replaces, as it does in place.
    out = tmp_path / "dataset"
    (out / "releases").mkdir(parents=True)
    for name, data in published.items():
        if name.startswith("releases/") and name != f"releases/v{package_version()}.json":
            (out / name).write_bytes(data)
    build(SEEDS, out, jobs=1, progress=False)
    rebuilt = tree_bytes(out)
    assert sorted(rebuilt) == sorted(published)
    differing = [name for name in rebuilt if rebuilt[name] != published[name]]
    assert differing == [], f"committed dataset/ differs from a rebuild of seeds/: {differing}"


def test_committed_schema_matches_the_models():
    committed = committed_tree("schema")
    for config, name in SCHEMA_FILES.items():
        assert name in committed, f"schema/{name} missing"
        assert committed[name].decode() == render(config), f"schema/{name} differs from the models: run imcovid schema"


def test_strict_turns_a_rejection_into_failure_and_leaves_output_alone(tmp_path):
    from imcovid.pipeline import BuildFailed

    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    (seeds / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    report = build(seeds, out, progress=False)
    assert report.rejected == [("empty.txt", "empty file")]
    before = tree_bytes(out)
    with pytest.raises(BuildFailed, match="--strict"):
        build(seeds, out, strict=True, progress=False)
    assert tree_bytes(out) == before
    assert [p.name for p in tmp_path.iterdir() if ".tmp-" in p.name] == []


def test_empty_body_is_a_rejected_provenance_row(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy2(SEEDS / "000_589f45d3af4ee034.txt", seeds)
    (seeds / "hollow.txt").write_text("\n---\ntitle: 空\ndate: 2021-10-26 08:00:00\n---\n<div><p> </p></div>\n", encoding="utf-8")
    build(seeds, tmp_path / "out", progress=False)
    provenance = pd.read_parquet(tmp_path / "out" / "provenance" / "train.parquet").set_index("source_file")
    assert provenance.loc["hollow.txt", "status"] == "rejected"
    assert list(provenance.loc["hollow.txt", "reasons"]) == ["body is empty after cleaning"]


def test_card_metadata_declares_every_config(seeds_dataset):
    from huggingface_hub import DatasetCard

    card = DatasetCard.load(seeds_dataset / "README.md")
    data = card.data.to_dict()
    # No task_categories: the data has no label or token-tag columns (tests/test_identity.py checks claims).
    for key in ("pretty_name", "license", "language", "language_details", "size_categories",
                "annotations_creators", "language_creators", "source_datasets", "configs", "dataset_info"):
        assert data.get(key), key
    assert data["language"] == ["zh"]
    assert {c["config_name"] for c in data["configs"]} == {"articles", "mentions", "provenance", "measures",
                                                          "case_counts"}
    assert [c["config_name"] for c in data["configs"] if c.get("default")] == ["articles"]
    rows = {i["config_name"]: i["splits"][0]["num_examples"] for i in data["dataset_info"]}
    assert rows["articles"] == N_SEEDS and rows["provenance"] == N_SEEDS
    assert "## Datasheet" in card.text and "## Data statement" in card.text and "takedown" in card.text


@pytest.mark.parametrize("built", ["seeds_dataset", "corpus_build"])
def test_record_hashes_taken_while_writing_are_those_of_the_files(built, request):
    # The build hashes each row as it writes it; `imcovid verify` re-reads the Parquet files and must agree.
    from imcovid.publish.release import verify

    folder = request.getfixturevalue(built)
    folder = folder[0] if isinstance(folder, tuple) else folder
    assert verify(folder) == []


def test_the_converted_seed_records_its_converter_as_unknown(seeds_dataset):
    """provenance.md: for the plain-text seed, "the converter that produced the Traditional text with pinyin is
    unknown" — the record says so, with the trace as evidence, and no other source gets such a link."""
    import pyarrow.parquet as pq

    rows = pq.read_table(seeds_dataset / "provenance" / "train.parquet").to_pylist()
    converters = {row["source_file"]: [link for link in row["chain"] if link["role"] == "converter"] for row in rows}
    converted = {name: links for name, links in converters.items() if links}
    assert len(converted) == 1
    (name, links), = converted.items()
    assert name.startswith("002") and links[0]["name"] == "unknown converter" and "pinyin" in links[0]["evidence"]
    chain = next(row["chain"] for row in rows if row["source_file"] == name)
    assert [link["role"] for link in chain][-2:] == ["converter", "seed_file"]


def _rewritten(folder: Path, config: str, change) -> None:
    path = folder / config / "train.parquet"
    table = pq.read_table(path)
    rows = table.to_pylist()
    change(rows)
    pq.write_table(type(table).from_pylist(rows, schema=table.schema), path)


# The build's own final check reads only the key columns, column-wise (validate._key_rows): it must find what the
# consumer's check finds of the links between configs, in the same words.
_LINK_BREAKS = [
    ("articles", lambda rows: rows[1].update(id=rows[0]["id"]), "articles: duplicate id {a0}"),
    ("provenance", lambda rows: next(r for r in rows if r["status"] == "accepted")["article_ids"].append("f" * 16),
     "names article ffffffffffffffff, which is not published from it"),
    ("provenance", lambda rows: next(r for r in rows if r["status"] == "accepted").update(status="rejected"),
     "provenance lists"),
    ("measures", lambda rows: rows[0]["article_ids"].append("e" * 16), "measures row 0 cites unknown article eeeeeeeeeeeeeeee"),
    ("case_counts", lambda rows: rows[-1]["article_ids"].insert(0, "d" * 16), "cites unknown article dddddddddddddddd"),
]


@pytest.mark.parametrize("config, change, expected", _LINK_BREAKS, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(_LINK_BREAKS)])
def test_the_builds_final_check_finds_broken_links_as_the_full_check_does(seeds_dataset, tmp_path, config, change,
                                                                          expected):
    broken = tmp_path / "broken"
    shutil.copytree(seeds_dataset, broken)
    (broken / "SHA256SUMS").unlink()
    a0 = pq.read_table(broken / "articles" / "train.parquet", columns=["id"]).column("id")[0].as_py()
    expected = expected.format(a0=a0)
    _rewritten(broken, config, change)
    quick = validate_dataset(broken, json_schema=False, mention_rows=False, record_rows=False)
    full = validate_dataset(broken)
    assert any(expected in problem for problem in quick), quick
    assert any(expected in problem for problem in full), full
    assert validate_dataset(seeds_dataset, json_schema=False, mention_rows=False, record_rows=False) == []


@pytest.mark.parametrize("config", ["articles", "mentions", "provenance", "measures", "case_counts"])
def test_card_dataset_info_is_the_datasets_librarys_yaml_dict(seeds_dataset, config, monkeypatch):
    """card._yaml_dict skips DatasetInfo._to_yaml_dict's asdict of the whole info: same keys, order and values."""
    import datasets

    from imcovid.publish import card

    made = []
    original = card._yaml_dict
    monkeypatch.setattr(card, "_yaml_dict", lambda info: made.append(info) or original(info))
    ours = card.dataset_info(seeds_dataset, config)
    assert isinstance(made[0], datasets.DatasetInfo)
    theirs = made[0]._to_yaml_dict()
    assert list(ours) == list(theirs) and ours == theirs


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_final_check_trusts_exactly_the_files_the_build_wrote(tmp_path, monkeypatch, jobs):
    """The final check skips decoding a data file's pages only where the file's bytes are those its Parquet writer
    produced (hashed on their way to the disk) or a worker checked; a file changed after writing is decoded again."""
    import imcovid.validate as validate
    from imcovid.publish.parquet import ConfigWriter

    seen = {}
    real = validate.validate_dataset

    def spy(folder, **kwargs):
        seen["trusted"] = kwargs.get("trusted", frozenset())
        seen["files"] = {p.relative_to(folder).as_posix() for p in Path(folder).rglob("*.parquet")}
        return real(folder, **kwargs)

    monkeypatch.setattr(validate, "validate_dataset", spy)
    build(SEEDS, tmp_path / "out", jobs=jobs, cache_dir=None)
    assert seen["files"] and seen["trusted"] == seen["files"]

    # A file whose bytes differ from what its writer produced is not trusted.
    original_close = ConfigWriter._close_shard

    def corrupting_close(self):
        original_close(self)
        if self.path.name == "articles" or self.path.parent.name == "articles":
            part = self._shards[-1]
            part.write_bytes(part.read_bytes())  # same bytes: still trusted
            self.written[part] = "0" * 64  # as if the disk held other bytes than the writer produced
    monkeypatch.setattr(ConfigWriter, "_close_shard", corrupting_close)
    build(SEEDS, tmp_path / "out2", jobs=1, cache_dir=None)
    assert not any(f.startswith("articles/") for f in seen["trusted"])
    assert any(f.startswith("articles/") for f in seen["files"])
