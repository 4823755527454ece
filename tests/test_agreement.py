"""Inter-annotator agreement on the one real post two blind annotators chose independently (tests/data/agreement-real-6)."""
import json
from pathlib import Path

from imcovid import evaluate, evaluate_measures

DATA = Path(__file__).resolve().parent / "data"


def _pair(kind: str) -> tuple[dict, dict]:
    first = json.loads((DATA / "real-6" / kind / "U_6.json").read_text(encoding="utf-8"))
    second = json.loads((DATA / "agreement-real-6" / kind / "V_5.json").read_text(encoding="utf-8"))
    return first, second


def test_the_two_cleaned_texts_are_identical():
    for kind in ("gold", "gold-measures"):
        first, second = _pair(kind)
        assert first["text"] == second["text"] and len(first["text"]) == 3143


def test_entity_agreement_is_as_documented():
    first, second = _pair("gold")
    report = evaluate.score([(first["mentions"], second["mentions"])])
    figures = {kind: (report[kind]["gold"], report[kind]["predicted"], report[kind]["matched"])
               for kind in ("PERSON", "LOCATION", "ORGANIZATION", "DATE")}
    assert figures == {"PERSON": (3, 3, 3), "LOCATION": (86, 86, 86), "ORGANIZATION": (13, 14, 13), "DATE": (11, 11, 11)}


def test_measure_agreement_is_as_documented():
    first, second = _pair("gold-measures")
    report = evaluate_measures.score([(first["mentions"], second["mentions"])])
    assert round(report["MEASURE code"]["f1"], 3) == 0.951
    assert round(report["MEASURE code+action"]["f1"], 3) == 0.787
    assert (report["CASE_COUNT"]["matched"], report["CASE_COUNT"]["gold"], report["CASE_COUNT"]["predicted"]) == (21, 21, 21)
