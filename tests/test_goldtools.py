"""The one checker of gold folders: every gold set in the repository passes it, and each check catches its fault."""

from __future__ import annotations

import json

import pytest

from imcovid.goldtools import check_gold_dir, check_mention, main

from conftest import DATA

GOLD_DIRS = sorted([DATA / "gold", DATA / "gold-corpus", DATA / "real" / "gold", *DATA.glob("gold-challenge*")])
TEXT = "10月24日，石泰峰在额济纳旗调研。"


def mention(**changes) -> dict:
    base = {"type": "LOCATION", "start": 11, "end": 15, "surface": "额济纳旗", "title": None, "code": "152923",
            "level": "county", "value": None}
    return {**base, **changes}


def test_every_gold_set_in_the_repository_is_sound():
    assert len(GOLD_DIRS) == 9
    for folder in GOLD_DIRS:
        assert check_gold_dir(folder) == [], folder


def test_a_sound_mention_has_no_problem():
    assert check_mention(TEXT, mention()) == []
    assert check_mention(TEXT, mention(type="DATE", start=0, end=6, surface="10月24日", code=None, level=None,
                                       value="2021-10-24")) == []
    assert check_mention(TEXT, mention(type="PERSON", start=7, end=10, surface="石泰峰", code=None, level=None,
                                       title="自治区党委书记")) == []


@pytest.mark.parametrize(
    "changes, problem",
    [
        ({"start": 12}, "text[12:15] is"),
        ({"end": 99}, "outside the text"),
        ({"start": 5, "end": 5}, "outside the text"),
        ({"type": "PLACE"}, "unknown type"),
        ({"code": "159999"}, "is not a GB/T 2260 code"),
        ({"level": "prefecture"}, "is a county"),
        ({"type": "ORGANIZATION"}, "code/level on a ORGANIZATION"),
        ({"type": "DATE", "code": None, "level": None, "value": "2021-13-40"}, "is not an ISO date"),
        ({"value": "2021-10-24"}, "value on a LOCATION"),
        ({"title": "书记"}, "title on a LOCATION"),
    ],
)
def test_each_fault_of_a_mention_is_named(changes, problem):
    found = check_mention(TEXT, mention(**changes))
    assert any(problem in p for p in found), found


def test_missing_keys_are_named():
    bad = mention()
    del bad["title"]
    assert "are not" in check_mention(TEXT, bad)[0]


def _write(folder, name, doc):
    (folder / name).write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")


def test_folder_faults(tmp_path):
    good = {"source_file": "A_1.txt", "text": TEXT, "credits": [{"role": "reporter", "name": "章奎"}],
            "mentions": [mention()]}
    _write(tmp_path, "A_1.json", good)
    assert check_gold_dir(tmp_path) == []
    _write(tmp_path, "A_2.json", {**good, "source_file": "A_9.txt", "mentions": [mention(), mention()],
                                  "credits": [{"role": "", "name": "章奎"}]})
    (tmp_path / "A_3.json").write_text("{", encoding="utf-8")
    (tmp_path / "HELDOUT").write_text("A_1\nA_7\n", encoding="utf-8")
    problems = check_gold_dir(tmp_path)
    assert any(p.startswith("A_2.json: source_file") for p in problems)
    assert "A_2.json: a mention is listed twice" in problems
    assert any(p.startswith("A_2.json: credit") for p in problems)
    assert any(p.startswith("A_3.json: does not load") for p in problems)
    assert "HELDOUT: A_7 has no gold file" in problems


def test_unsorted_mentions_and_empty_folder(tmp_path):
    date = mention(type="DATE", start=0, end=6, surface="10月24日", code=None, level=None, value="2021-10-24")
    _write(tmp_path, "A_1.json", {"source_file": "A_1.txt", "text": TEXT, "mentions": [mention(), date]})
    assert check_gold_dir(tmp_path) == ["A_1.json: mentions are not sorted by start"]
    assert check_gold_dir(tmp_path / "nothing")[0].endswith("no gold files (*.json)")


def test_command_exit_status(tmp_path, capsys):
    assert main([str(DATA / "gold")]) == 0
    assert capsys.readouterr().out.strip().endswith("gold: ok")
    _write(tmp_path, "A_1.json", {"source_file": "A_1.txt", "text": TEXT, "mentions": [mention(start=12)]})
    assert main([str(tmp_path)]) == 1
    assert "text[12:15]" in capsys.readouterr().err
    assert main([str(tmp_path / "missing")]) == 1
