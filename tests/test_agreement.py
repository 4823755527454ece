"""Inter-annotator agreement on real posts two annotators chose independently (tests/data/agreement-real-6, agreement-real-7)."""
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


def test_the_issues_gold_and_this_projects_annotator_agree_on_the_shared_post():
    """tests/data/agreement-real-7: real R_80 (gold that came with issue 14) and Y_3 (a blind annotator of this
    project) are the same raw post; the cleaned texts and every entity agree."""
    first = json.loads((DATA / "real" / "gold" / "R_80.json").read_text(encoding="utf-8"))
    second = json.loads((DATA / "agreement-real-7" / "gold" / "Y_3.json").read_text(encoding="utf-8"))
    assert (DATA / "real" / "raw" / "R_80.txt").read_bytes() == (DATA / "agreement-real-7" / "raw" / "Y_3.txt").read_bytes()
    assert first["text"] == second["text"] and len(first["text"]) == 582
    report = evaluate.score([(first["mentions"], second["mentions"])])
    figures = {kind: (report[kind]["gold"], report[kind]["predicted"], report[kind]["matched"])
               for kind in ("PERSON", "LOCATION", "ORGANIZATION", "DATE")}
    assert figures == {"PERSON": (0, 0, 0), "LOCATION": (11, 11, 11), "ORGANIZATION": (5, 5, 5), "DATE": (8, 8, 8)}


def test_two_blind_annotations_of_real_15_agree_as_documented():
    """tests/data/agreement-real-15: two annotators apart on the same eight cleaned texts; real-15's README gives these
    figures, and its gold is the first annotation with the adjudicated differences (adjudication.json)."""
    folder = DATA / "agreement-real-15"
    pairs, adjudicated = [], []
    for k in range(1, 9):
        first = json.loads((folder / "first" / f"Q_{k}.json").read_text(encoding="utf-8"))
        second = json.loads((folder / "second" / f"Q_{k}.json").read_text(encoding="utf-8"))
        final = json.loads((DATA / "real-15" / "gold" / f"Q_{k}.json").read_text(encoding="utf-8"))
        assert first["text"] == second["text"] == final["text"]
        pairs.append((first["mentions"], second["mentions"]))
        adjudicated.append({(m["type"], m["start"], m["end"]) for m in final["mentions"]})
    report = evaluate.score(pairs)
    figures = {kind: (report[kind]["gold"], report[kind]["predicted"], report[kind]["matched"])
               for kind in ("PERSON", "LOCATION", "ORGANIZATION", "DATE")}
    assert figures == {"PERSON": (95, 95, 95), "LOCATION": (35, 35, 35), "ORGANIZATION": (267, 267, 262),
                       "DATE": (19, 19, 19)}
    # Every span the two agree on is in the adjudicated gold; every disagreement has a recorded decision.
    decisions = json.loads((folder / "adjudication.json").read_text(encoding="utf-8"))
    assert len(decisions) == 24
    for (first, second), final in zip(pairs, adjudicated):
        agreed = {(m["type"], m["start"], m["end"]) for m in first} & {(m["type"], m["start"], m["end"]) for m in second}
        assert agreed <= final


def _two_annotations(name: str, prefix: str, posts: int, measure_posts: int):
    """tests/data/agreement-<name>: the first and second annotators' gold of the same cleaned texts, scored against
    each other as the project scores (entities, and measures for the first ``measure_posts`` posts), with the number
    of adjudication decisions; every span the two agree on must be in the adjudicated gold of tests/data/<name>."""
    folder = DATA / f"agreement-{name}"
    pairs, measure_pairs, adjudicated = [], [], []
    for k in range(1, posts + 1):
        first = json.loads((folder / "first" / "gold" / f"{prefix}_{k}.json").read_text(encoding="utf-8"))
        second = json.loads((folder / "second" / "gold" / f"{prefix}_{k}.json").read_text(encoding="utf-8"))
        final = json.loads((DATA / name / "gold" / f"{prefix}_{k}.json").read_text(encoding="utf-8"))
        assert first["text"] == second["text"] == final["text"]
        pairs.append((first["mentions"], second["mentions"]))
        adjudicated.append({(m["type"], m["start"], m["end"]) for m in final["mentions"]})
        if k <= measure_posts:
            first_m = json.loads((folder / "first" / "gold-measures" / f"{prefix}_{k}.json").read_text(encoding="utf-8"))
            second_m = json.loads((folder / "second" / "gold-measures" / f"{prefix}_{k}.json").read_text(encoding="utf-8"))
            measure_pairs.append((first_m["mentions"], second_m["mentions"]))
    report = evaluate.score(pairs)
    figures = {kind: (report[kind]["gold"], report[kind]["predicted"], report[kind]["matched"])
               for kind in ("PERSON", "LOCATION", "ORGANIZATION", "DATE")}
    measures = evaluate_measures.score(measure_pairs)
    # Every span the two agree on is in the adjudicated gold; every disagreement has a recorded decision.
    decisions = json.loads((folder / "adjudication.json").read_text(encoding="utf-8"))
    for (first, second), final in zip(pairs, adjudicated):
        agreed = {(m["type"], m["start"], m["end"]) for m in first} & {(m["type"], m["start"], m["end"]) for m in second}
        assert agreed <= final
    return figures, measures, len(decisions)


def test_two_blind_annotations_of_real_16_agree_as_documented():
    """tests/data/agreement-real-16: two annotators apart on the same ten cleaned texts of 未名新闻; real-16's README gives
    these figures, and its gold is the first annotation with the adjudicated differences (adjudication.json)."""
    figures, measures, decisions = _two_annotations("real-16", "I", 10, 5)
    assert figures == {"PERSON": (58, 57, 57), "LOCATION": (40, 40, 40), "ORGANIZATION": (117, 118, 116),
                       "DATE": (10, 10, 10)}
    assert (measures["CASE_COUNT"]["gold"], measures["CASE_COUNT"]["matched"]) == (9, 9)
    assert (measures["MEASURE code"]["gold"], measures["MEASURE code"]["predicted"],
            measures["MEASURE code"]["matched"]) == (19, 20, 18)
    assert decisions == 6


def test_two_blind_annotations_of_real_17_agree_as_documented():
    """tests/data/agreement-real-17: two annotators apart on the same nine cleaned texts (seven of 每经网); real-17's
    README gives these figures, and its gold is the first annotation with the adjudicated differences."""
    figures, measures, decisions = _two_annotations("real-17", "J", 9, 7)
    assert figures == {"PERSON": (65, 65, 65), "LOCATION": (103, 102, 102), "ORGANIZATION": (119, 121, 119),
                       "DATE": (60, 60, 60)}
    assert (measures["CASE_COUNT"]["gold"], measures["CASE_COUNT"]["matched"]) == (22, 21)
    assert (measures["MEASURE code"]["gold"], measures["MEASURE code"]["predicted"],
            measures["MEASURE code"]["matched"]) == (73, 76, 69)
    assert decisions == 13


def test_two_blind_annotations_of_real_18_agree_as_documented():
    """tests/data/agreement-real-18: two annotators apart on the same eight cleaned texts (people and organization news
    of 新浪财经 and 观察者网); their measures cannot be paired (they differed on which posts are COVID-19 news: the
    adjudication decides), so only the entities are scored; real-18's README gives these figures."""
    figures, _, decisions = _two_annotations("real-18", "K", 8, 0)
    assert figures == {"PERSON": (56, 62, 56), "LOCATION": (46, 46, 45), "ORGANIZATION": (110, 111, 110),
                       "DATE": (9, 9, 9)}
    assert decisions == 6


def test_two_blind_annotations_of_real_19_agree_as_documented():
    """tests/data/agreement-real-19: two annotators apart on the same eight COVID-19 bulletins and notices (answers of
    news outlets on 知乎热榜); real-19's README gives these figures."""
    figures, measures, decisions = _two_annotations("real-19", "L", 8, 8)
    assert figures == {"PERSON": (11, 11, 11), "LOCATION": (203, 203, 203), "ORGANIZATION": (47, 58, 47),
                       "DATE": (89, 89, 89)}
    assert (measures["CASE_COUNT"]["gold"], measures["CASE_COUNT"]["matched"]) == (56, 53)
    assert (measures["MEASURE code"]["gold"], measures["MEASURE code"]["predicted"],
            measures["MEASURE code"]["matched"]) == (195, 186, 170)
    assert decisions == 11


def test_two_blind_annotations_of_real_20_agree_as_documented():
    """tests/data/agreement-real-20: two annotators apart on the same eight COVID-19 posts (每经网 reports of 2021's
    outbreaks, two 快媒体 cards, a 证券时报网 telegraph), from folders no earlier set used but one; real-20's README gives
    these figures."""
    figures, measures, decisions = _two_annotations("real-20", "M", 8, 8)
    assert figures == {"PERSON": (51, 51, 51), "LOCATION": (204, 204, 204), "ORGANIZATION": (111, 109, 109),
                       "DATE": (111, 111, 111)}
    assert (measures["CASE_COUNT"]["gold"], measures["CASE_COUNT"]["predicted"],
            measures["CASE_COUNT"]["matched"]) == (64, 66, 55)
    assert (measures["MEASURE code"]["gold"], measures["MEASURE code"]["predicted"],
            measures["MEASURE code"]["matched"]) == (122, 115, 112)
    assert decisions == 29


def test_two_blind_annotations_of_real_21_agree_as_documented():
    """tests/data/agreement-real-21: two annotators apart on the same eight COVID-19 posts (two national bulletins of
    观察者网 with figures per province, six answers of news outlets on 知乎热榜); real-21's README gives these figures."""
    figures, measures, decisions = _two_annotations("real-21", "N", 8, 8)
    assert figures == {"PERSON": (10, 10, 10), "LOCATION": (524, 528, 524), "ORGANIZATION": (49, 50, 49),
                       "DATE": (60, 60, 60)}
    assert (measures["CASE_COUNT"]["gold"], measures["CASE_COUNT"]["predicted"],
            measures["CASE_COUNT"]["matched"]) == (408, 414, 406)
    assert (measures["MEASURE code"]["gold"], measures["MEASURE code"]["predicted"],
            measures["MEASURE code"]["matched"]) == (99, 97, 82)
    assert decisions == 18


def test_two_blind_annotations_of_real_22_agree_as_documented():
    """tests/data/agreement-real-22: two annotators apart on the same eight posts (six 虎嗅早报 morning digests with
    COVID-19 items, two cnBeta reports); real-22's README gives these figures."""
    figures, measures, decisions = _two_annotations("real-22", "R", 8, 8)
    assert figures == {"PERSON": (110, 110, 110), "LOCATION": (318, 318, 318), "ORGANIZATION": (533, 545, 531),
                       "DATE": (94, 94, 94)}
    assert (measures["CASE_COUNT"]["gold"], measures["CASE_COUNT"]["predicted"],
            measures["CASE_COUNT"]["matched"]) == (14, 14, 11)
    assert (measures["MEASURE code"]["gold"], measures["MEASURE code"]["predicted"],
            measures["MEASURE code"]["matched"]) == (123, 100, 92)
    assert decisions == 43


def test_two_blind_annotations_of_real_23_agree_as_documented():
    """tests/data/agreement-real-23: two annotators apart on the same eight posts (two 格隆汇 morning digests, six
    财联社 lists of the day's 《新闻联播》 items, each with one to three COVID-19 items); real-23's README gives these
    figures. DATE agrees on spans but not on values: the two digests' front-matter date is broken (19 Jan 1970), and
    one annotator recovered a year from it (decided: null, as the guidelines say)."""
    figures, measures, decisions = _two_annotations("real-23", "C", 8, 8)
    assert figures == {"PERSON": (59, 59, 59), "LOCATION": (69, 65, 64), "ORGANIZATION": (264, 268, 263),
                       "DATE": (24, 24, 11)}
    assert (measures["CASE_COUNT"]["gold"], measures["CASE_COUNT"]["predicted"],
            measures["CASE_COUNT"]["matched"]) == (17, 16, 16)
    assert (measures["MEASURE code"]["gold"], measures["MEASURE code"]["predicted"],
            measures["MEASURE code"]["matched"]) == (10, 5, 5)
    assert decisions == 13
