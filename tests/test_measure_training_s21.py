"""The yardsticks of the learned MEASURE code model (``imcovid.measure_training``), session 21 ("retire").

Whether to retire the model was judged out of fold with and without it. Two gaps in the yardsticks came up:
``with_proposals`` (first sight: an old release plus today's model trained on the other sets) added the model's codes
without the restrictions the build ships since s21meas (``torn_between``, ``rules_coded_statement``), so first sight
measured a model the build no longer runs; and ``--loso``/``--loso-rules`` could not show the rules alone, the other
side of the comparison (``--without-model``)."""

import pytest

from imcovid import measure_training as mt
from imcovid.annotate import measure_model as mm
from imcovid.evaluate_measures import BREAKDOWN

_MODEL = mm.parse("threshold\t0.5\ncodes\tCN-MASS-TESTING H6\nbias\t-3 -3\n核酸\t0:5\n口罩\t1:5\n")


def _mention(text: str, code: str, surface: str) -> dict:
    start = text.index(surface)
    return {"type": "MEASURE", "start": start, "end": start + len(surface), "surface": surface, "code": code,
            "action": "maintain"}


@pytest.mark.parametrize("text, given, expected", [
    # Two codes for one statement: two guesses at one measure, none proposed (torn_between).
    ("检测核酸并佩戴口罩。", [], []),
    # Negative: one code for each of two statements, both proposed.
    ("组织核酸检测，佩戴口罩。", [], [("CN-MASS-TESTING", "组织核酸检测"), ("H6", "佩戴口罩")]),
    # The release's rules coded the statement (C6): no second code there; the other statement keeps its own.
    ("组织核酸检测，佩戴口罩。", [("C6", "组织核酸检测")], [("C6", "组织核酸检测"), ("H6", "佩戴口罩")]),
    # Negative: a mention on another statement leaves this one to the model.
    ("组织核酸检测，佩戴口罩。", [("C6", "佩戴口罩")], [("C6", "佩戴口罩"), ("CN-MASS-TESTING", "组织核酸检测")]),
])
def test_first_sight_applies_the_shipped_restrictions_of_the_model(text, given, expected):
    out = mt.with_proposals(text, [_mention(text, code, surface) for code, surface in given], _MODEL)
    assert [(m["code"], text[m["start"]:m["end"]]) for m in out] == expected


def test_the_rules_alone_model_proposes_nothing():
    model = mt.no_model(["组织核酸检测"], [{"CN-MASS-TESTING"}])
    assert model.propose("组织核酸检测，佩戴口罩。", [(0, 6), (7, 11)]) == [[], []]
    assert model.propose("", []) == []


@pytest.mark.parametrize("argv, hold_rules, without", [
    (["--loso", "--without-model"], False, True), (["--without-model", "--loso-rules"], True, True),
    (["--loso"], False, False), (["--loso-rules"], True, False)])
def test_leave_one_set_out_with_or_without_the_model(argv, hold_rules, without, capsys, monkeypatch):
    calls = []
    monkeypatch.setattr(mt, "_cannot_train", lambda root: None)
    monkeypatch.setattr(mt, "loso", lambda root, build_model=None, hold_rules=False: calls.append(
        (build_model, hold_rules)) or [])
    monkeypatch.setattr(mt, "format_loso", lambda rows, hold, without_model=False: f"{hold} {without_model}")
    assert mt.main(argv) == 0
    assert calls == [(mt.no_model if without else None, hold_rules)]
    assert capsys.readouterr().out.strip() == f"{hold_rules} {without}"


@pytest.mark.parametrize("argv", [["--without-model"], ["--check", "--without-model"], ["--without-model"] * 2,
                                  ["--first-sight", "--without-model"],
                                  ["--loso", "--without-model", "--without-model"]])
def test_without_model_qualifies_a_leave_one_set_out_only(argv, capsys, monkeypatch):
    """Negative: alone or with retraining it is a mistyped command (exit 2, one line), never a retraining."""
    monkeypatch.setattr(mt, "build", lambda root: pytest.fail("retrained"))
    assert mt.main(argv) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("imcovid.measure_training: unknown arguments")


def test_the_loso_table_says_when_the_model_was_left_out():
    row = {"MEASURE code": {"precision": 1.0, "recall": 0.5, "f1": 0.667, "gold": 2, "predicted": 1, "matched": 1},
           "MEASURE code+action": {"precision": 1.0, "recall": 0.5, "f1": 0.667, "gold": 2, "predicted": 1,
                                   "matched": 1},
           "breakdown": {"gold": 2, "predicted": 1, **{k: 0 for k in BREAKDOWN}}}
    assert "LOSO, without the model" in mt.format_loso([("real", 1, row)], without_model=True)
    assert "without the model" not in mt.format_loso([("real", 1, row)])
