"""The honest yardstick of the measure step (issue 15, seventh session): first sight — each development set scored by
the release that was current before the set's measure gold entered the repository, a release that had never seen it
(``imcovid.measure_training.first_sight``), alone and with today's code model trained on the other sets
(``with_proposals``). Leave-one-set-out holds out only the model, the rules having been written from every set."""

import subprocess

import pytest

from imcovid import measure_training as mt
from imcovid.annotate import measure_model as mm
from imcovid.version import PROJECT_ROOT


def _history() -> bool:
    """Is the repository here with its history (not an unpacked package, not a shallow clone)?"""
    try:
        shallow = subprocess.run(["git", "-C", str(PROJECT_ROOT), "rev-parse", "--is-shallow-repository"],
                                 capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return False
    return shallow == "false"


needs_history = pytest.mark.skipif(not _history(), reason="first sight reads the repository's history")


@needs_history
def test_each_set_is_scored_by_a_release_that_had_not_seen_it():
    releases = dict(mt.first_sight_releases(PROJECT_ROOT))
    assert set(releases) == {gold.parent.name for gold, _, _ in mt.training_sets(PROJECT_ROOT)}
    scored = {name: commit for name, commit in releases.items() if commit}
    assert len(scored) >= 6  # (the first set came with the measure step itself: no release before it)
    for name, commit in scored.items():
        gold = next(g for g, _, _ in mt.training_sets(PROJECT_ROOT) if g.parent.name == name)
        folder = str(gold.relative_to(PROJECT_ROOT))
        unseen = subprocess.run(["git", "-C", str(PROJECT_ROOT), "cat-file", "-e", f"{commit}:{folder}"],
                                capture_output=True).returncode != 0
        has_step = subprocess.run(["git", "-C", str(PROJECT_ROOT), "cat-file", "-e",
                                   f"{commit}:src/imcovid/annotate/measures.py"], capture_output=True).returncode == 0
        assert unseen and has_step, name


@needs_history
def test_first_sight_runs_the_old_release_and_scores_its_development_posts():
    rows = mt.first_sight(PROJECT_ROOT, only=("real-8",))
    assert [row[0] for row in rows] == ["real-8"]
    _, commit, articles, alone, with_model = rows[0]
    docs = dict(mt.development_articles(PROJECT_ROOT))["real-8"]
    assert articles == len(docs)
    gold = sum(m["type"] == "MEASURE" for _, doc in docs for m in doc["mentions"])
    assert alone["MEASURE code"]["gold"] == with_model["MEASURE code"]["gold"] == gold
    # The release before the set was fitted to none of its posts: it scores under today's rules (fitted to them).
    assert 0 < alone["MEASURE code"]["f1"] < 0.85
    assert with_model["MEASURE code"]["predicted"] >= alone["MEASURE code"]["predicted"]
    table = mt.format_first_sight(rows)
    assert "| real-8 | " + commit[:7] in table and "| pooled |" in table and "code precision at first sight" in table


_MODEL = mm.parse("threshold\t0.5\ncodes\tCN-MASS-TESTING H6\nbias\t-3 -3\n核酸\t0:5\n口罩\t1:5\n")


@pytest.mark.parametrize("text, mentions, expected", [
    # A statement the model finds, in a sentence with no mention of its code: one mention, its span the statement.
    ("全市实施核酸检测。", [], [("CN-MASS-TESTING", "全市实施核酸检测", "impose")]),
    # Two statements of one code in a sentence: one mention from the first to the last (guideline, rule 2).
    ("要组织核酸检测，加快核酸采样。", [], [("CN-MASS-TESTING", "组织核酸检测，加快核酸采样", "strengthen")]),
    # The rules named the code in the sentence: they decide its span; another code is still proposed.
    ("做好核酸检测，佩戴口罩。", [{"type": "MEASURE", "start": 0, "end": 6, "code": "CN-MASS-TESTING",
                                 "action": "maintain"}],
     [("CN-MASS-TESTING", "做好核酸检测", "maintain"), ("H6", "佩戴口罩", "maintain")]),
    # A statement of the exclusion list (how cases were found) proposes nothing.
    ("在重点人群核酸检测中发现。", [], []),
])
def test_with_proposals_adds_what_the_model_finds_as_find_measures_does(text, mentions, expected):
    out = mt.with_proposals(text, [{**m, "surface": text[m["start"]:m["end"]]} for m in mentions], _MODEL)
    assert [(m["code"], text[m["start"]:m["end"]], m["action"]) for m in out] == expected


def test_first_sight_is_an_option_of_the_training_command(capsys, monkeypatch):
    calls = []
    monkeypatch.setattr(mt, "first_sight", lambda root: calls.append(root) or [])
    monkeypatch.setattr(mt, "_cannot_train", lambda root: None)
    assert mt.main(["--first-sight"]) == 0
    assert calls and "set (first sight)" in capsys.readouterr().out


def test_with_proposals_keeps_a_lifting_statement_apart_from_a_tightening_one():
    text = "组织核酸检测，取消核酸检测。"
    out = mt.with_proposals(text, [], _MODEL)
    assert [(text[m["start"]:m["end"]], m["action"]) for m in out] == [("组织核酸检测", "maintain"),
                                                                        ("取消核酸检测", "lift")]
