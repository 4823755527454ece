"""CASE_COUNT on the development part of the eighth blind real set (tests/data/real-8: B_, C_, D_ posts; the lead adds
the held-out part at merge time).

Release 10.0.0 scored 0.978 on these 7 posts before any rule was changed (46 gold tuples, 44 predicted, 44 matched);
no rule of this round was written from their errors. The two misses are national totals of new cases split into
imported and local parts right after (新增确诊病例192例。其中境外输入病例82例…本土病例110例): the development gold of
every earlier set leaves such totals out (36 of 36), so the rules keep doing so. The floor guards against
regressions; it is no evidence for unseen posts (the held-out parts are)."""

from __future__ import annotations

from pathlib import Path

from imcovid import evaluate_measures as em

REAL_8 = Path(__file__).parent / "data" / "real-8"


def test_real8_development_case_count_floor():
    only, exclude = em.split_selection(REAL_8 / "split.json", "development")
    report = em.evaluate_gold_texts(REAL_8 / "gold-measures", [REAL_8 / "gold"], only=only, exclude=exclude)
    assert report["articles"] >= 7
    assert report["CASE_COUNT"]["f1"] >= 0.97
