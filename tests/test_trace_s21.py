"""`imcovid trace`: a user's slips are said as such (a quick check of 26.0.0 found a wrong --dataset folder reported
as an unknown id, a pasted id with a space or capitals refused, an empty id, a changed raw file exiting 0)."""
from __future__ import annotations

import shutil

import pyarrow.parquet as pq
import pytest

from imcovid import cli
from imcovid.publish.parquet import data_files


def _some_mention_id(dataset) -> str:
    return pq.read_table(data_files(dataset, "mentions")[0], columns=["mention_id"])["mention_id"][0].as_py()


def test_an_id_pasted_with_spaces_or_capitals_is_traced(seeds_dataset, capsys):
    mention = _some_mention_id(seeds_dataset)
    assert cli.main(["trace", f"  {mention.upper()} ", "--dataset", str(seeds_dataset)]) == 0
    assert mention in capsys.readouterr().out


@pytest.mark.parametrize("where", ["missing", "seeds", "file"])
def test_a_folder_that_is_no_dataset_is_one_line_naming_it(seeds_dataset, tmp_path, capsys, where):
    folder = {"missing": tmp_path / "nowhere", "seeds": tmp_path, "file": tmp_path / "x.txt"}[where]
    if where == "file":
        folder.write_text("x", encoding="utf-8")
    assert cli.main(["trace", _some_mention_id(seeds_dataset), "--dataset", str(folder)]) != 0
    err = capsys.readouterr().err
    assert "is not a built dataset folder" in err and str(folder) in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_an_empty_id_is_one_line(seeds_dataset, capsys):
    assert cli.main(["trace", "  ", "--dataset", str(seeds_dataset)]) != 0
    err = capsys.readouterr().err
    assert "give a mention id" in err and len(err.strip().splitlines()) == 1


def test_a_changed_or_missing_raw_file_exits_non_zero(seeds_dataset, tmp_path, capsys):
    from imcovid.version import PROJECT_ROOT

    mention = _some_mention_id(seeds_dataset)
    seeds = tmp_path / "seeds"
    shutil.copytree(PROJECT_ROOT / "seeds", seeds)
    assert cli.main(["trace", mention, "--dataset", str(seeds_dataset), "--seeds", str(seeds)]) == 0
    capsys.readouterr()
    for path in seeds.rglob("*"):
        if path.is_file():
            path.write_bytes(path.read_bytes() + b"\n")
    assert cli.main(["trace", mention, "--dataset", str(seeds_dataset), "--seeds", str(seeds)]) == 1
    assert "sha256 differs" in capsys.readouterr().err
    shutil.rmtree(seeds)
    seeds.mkdir()
    assert cli.main(["trace", mention, "--dataset", str(seeds_dataset), "--seeds", str(seeds)]) != 0
    err = capsys.readouterr().err
    assert "is not there" in err and "Traceback" not in err
