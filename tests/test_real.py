"""Quality on REAL posts (tests/data/real, split fixed in split.json): the evidence that counts, end to end from the
raw post (reader → cleaner → annotator), and the `imcovid evaluate` command that measures it."""

from __future__ import annotations

import re

import json
from pathlib import Path

import pytest

from imcovid.cli import main
from imcovid.evaluate import GoldError, evaluate_gold_texts, evaluate_raw, format_errors, format_table, load_split
from imcovid.evaluate_text import char_f1

REAL = Path(__file__).parent / "data" / "real"
SPLIT = load_split(REAL / "split.json")

# Floors a little under the figures measured when the rules were last changed (docs/annotation-method.md gives
# them). ``raw``: the whole path from the raw post, so cleaning counts (bylines left in the text become false
# persons and organizations); ``texts``: the annotators alone, on the gold's own cleaned text.
FLOORS = {
    ("development", "texts"): {"PERSON": 0.99, "LOCATION": 0.99, "ORGANIZATION": 0.945, "DATE": 0.99},
    ("heldout", "texts"): {"PERSON": 0.90, "LOCATION": 0.99, "ORGANIZATION": 0.85, "DATE": 0.98},
    ("development", "raw"): {"PERSON": 0.99, "LOCATION": 0.99, "ORGANIZATION": 0.945, "DATE": 0.99},
    ("heldout", "raw"): {"PERSON": 0.83, "LOCATION": 0.99, "ORGANIZATION": 0.85, "DATE": 0.98},
}
# A second set of real posts (tests/data/real-2), annotated blind by another session after the rules of 6.0.0 were
# written and scored once for those rules (PERSON 0.947, LOCATION 0.993, ORGANIZATION 0.828, DATE 1.000 end to end);
# since then a DEVELOPMENT set: its errors were read and fixed by class (issue 14), and these floors pin what the
# rules reach on it end to end (measured: PERSON 1.000, LOCATION 0.998, ORGANIZATION 0.968, DATE 1.000; cleaned
# text mean 1.000).
REAL_2 = Path(__file__).parent / "data" / "real-2"
FLOORS_2 = {"PERSON": 0.98, "LOCATION": 0.99, "ORGANIZATION": 0.95, "DATE": 0.99}
# A third set (tests/data/real-3): its 16 development posts only (the held-out ones are kept by the lead), annotated
# blind by three sessions. Measured end to end after the fixes of issue 14: PERSON 1.000, LOCATION 0.998,
# ORGANIZATION 0.969, DATE 1.000, cleaned text mean 1.000 (before them: 0.833, 0.998, 0.938, 1.000).
REAL_3 = Path(__file__).parent / "data" / "real-3"
FLOORS_3 = {"PERSON": 0.98, "LOCATION": 0.99, "ORGANIZATION": 0.95, "DATE": 0.99}
# A fourth set (tests/data/real-4): 8 development posts (H_, J_; the held-out ones are kept by the lead), annotated
# blind by two more sessions in genres the first sets had not covered. Measured end to end before issue 14's third
# round: PERSON 1.000, LOCATION 0.982, ORGANIZATION 0.828, DATE 1.000, text mean 0.9937; after it: PERSON 1.000,
# LOCATION 0.982, ORGANIZATION 0.923, DATE 1.000, text mean 1.000; the lead then took out of organizations.txt the
# short forms and the exchanges and airlines that round had added after reading this set's misses (no name prompted
# by gold goes into a lexicon): ORGANIZATION 0.874.
REAL_4 = Path(__file__).parent / "data" / "real-4"
FLOORS_4 = {"PERSON": 0.98, "LOCATION": 0.975, "ORGANIZATION": 0.87, "DATE": 0.99}
# A fifth set (tests/data/real-5): its 16 development posts (P_, Q_, S_; the held-out ones are kept by the lead).
# Scored before any rule was changed against it: PERSON 0.880, LOCATION 0.993, ORGANIZATION 0.815, DATE 0.992, text
# mean 0.9983; after the fixes by class from its errors (issue 14, fourth round): PERSON 1.000, LOCATION 0.997,
# ORGANIZATION 0.921, DATE 1.000, text mean 0.9999.
REAL_5 = Path(__file__).parent / "data" / "real-5"
FLOORS_5 = {"PERSON": 0.98, "LOCATION": 0.99, "ORGANIZATION": 0.90, "DATE": 0.98}
# A sixth set (tests/data/real-6): its 15 development posts (T_ daily bulletins, U_ people- and organization-dense
# posts, V_ measure-dense posts; the held-out ones are kept by the lead). Release 8.0.0 on them, before any rule saw
# them: PERSON 0.904, LOCATION 0.977, ORGANIZATION 0.705, DATE 1.000, text mean 0.9937 / worst 0.9699; after the
# fixes by class from their errors (issue 14, fifth round): PERSON 0.972, LOCATION 0.983, ORGANIZATION 0.881, DATE
# 1.000, text mean 0.9980 (T_2 keeps a 【…】 headline inline with its first sentence that cleaning rule 5 drops, as the
# development gold of real R_9 and R_17 does).
REAL_6 = Path(__file__).parent / "data" / "real-6"
FLOORS_6 = {"PERSON": 0.96, "LOCATION": 0.975, "ORGANIZATION": 0.87, "DATE": 0.99}
# A seventh set (tests/data/real-7): its 15 development posts in two batches (W_, X_, Y_ first; G_, Z_ later: a daily
# bulletin, national reports dense in people and organizations, measure-dense posts; the held-out ones are kept by
# the lead). Release 9.0.0 on the 15, before any rule saw them: PERSON 0.899, LOCATION 0.939, ORGANIZATION 0.740,
# DATE 0.980, text mean 0.9938 / worst 0.9448 (on the first 10: PERSON 0.878, P 0.871, R 0.884); after the fixes by
# class from their errors (issue 14, sixth round): PERSON 0.989, LOCATION 0.957, ORGANIZATION 0.917, DATE 1.000,
# text mean 0.9991.
REAL_7 = Path(__file__).parent / "data" / "real-7"
FLOORS_7 = {"PERSON": 0.97, "LOCATION": 0.95, "ORGANIZATION": 0.90, "DATE": 0.99}
# An eighth set (tests/data/real-8): its 7 development posts (B_ a bulletin, C_ people-dense national reports, D_
# measure-dense posts; the held-out ones are kept by the lead). Release 10.0.0 on them, before any rule saw them:
# PERSON 0.971 (P 0.971, R 0.971), LOCATION 0.988, ORGANIZATION 0.903, DATE 1.000, text mean 1.0000; after the fix by
# class from their PERSON errors (issue 14, seventh round: a one-character verb after a name, 陆翔|住了): PERSON 1.000.
REAL_8 = Path(__file__).parent / "data" / "real-8"
FLOORS_8 = {"PERSON": 0.99, "LOCATION": 0.98, "ORGANIZATION": 0.89, "DATE": 0.99}
# A ninth and a tenth set (tests/data/real-9, real-10: news posts of the corpus's aggregators rich in people and
# organizations, made blind in session 9 from the two forks the session's rule writers did not read; no COVID-19 post
# was left in reach, real-10's V_1 excepted). Release 13.0.0 on their development posts before any rule saw them:
# real-9 PERSON 0.983, LOCATION 1.000, ORGANIZATION 0.840, DATE 1.000; real-10 PERSON 0.945, LOCATION 0.993,
# ORGANIZATION 0.792, DATE 0.800 (their READMEs). After the session's rules (those read on other posts first, then the
# fixes by class from these posts' errors): real-9 PERSON 0.992, ORGANIZATION 0.862; real-10 PERSON 1.000,
# ORGANIZATION 0.906, DATE 0.960, cleaned text 1.000 on both.
REAL_9 = Path(__file__).parent / "data" / "real-9"
FLOORS_9 = {"PERSON": 0.98, "LOCATION": 0.99, "ORGANIZATION": 0.84, "DATE": 0.99}
REAL_10 = Path(__file__).parent / "data" / "real-10"
FLOORS_10 = {"PERSON": 0.98, "LOCATION": 0.98, "ORGANIZATION": 0.88, "DATE": 0.95}
# An eleventh set (tests/data/real-11: 9 news posts of the same kind, made blind in session 10 from the two forks).
# Release 14.0.0 on its 7 development posts before any rule saw them: PERSON 0.957, LOCATION 0.928, ORGANIZATION
# 0.833, DATE 0.976, text 1.000 (its README); 15.0.0: 0.984, 1.000, 0.886, 0.976.
REAL_11 = Path(__file__).parent / "data" / "real-11"
FLOORS_11 = {"PERSON": 0.97, "LOCATION": 0.99, "ORGANIZATION": 0.87, "DATE": 0.97}
# A twelfth (tests/data/real-12: 8 观察者网 news posts, blind, session 10). 14.0.0 on its 5 development posts: PERSON
# 0.954, LOCATION 0.967, ORGANIZATION 0.875, DATE 1.000.
REAL_12 = Path(__file__).parent / "data" / "real-12"
FLOORS_12 = {"PERSON": 0.94, "LOCATION": 0.98, "ORGANIZATION": 0.86, "DATE": 0.99}
# A thirteenth (tests/data/real-13: 8 posts of 观察者网 and cnBeta, blind, session 10). 14.0.0 on its 7 development
# posts: PERSON 0.916, LOCATION 0.972, ORGANIZATION 0.680 (recall 0.526), DATE 1.000; 15.0.0: 0.933, 0.972, 0.742,
# 1.000.
REAL_13 = Path(__file__).parent / "data" / "real-13"
FLOORS_13 = {"PERSON": 0.92, "LOCATION": 0.96, "ORGANIZATION": 0.72, "DATE": 0.99}
# A fourteenth (tests/data/real-14: 8 finance posts of 财联社, blind, session 10's second round; O_1 development because
# a rule writer had read it). 15.0.0 on the hash's 5 development posts: PERSON 0.821, LOCATION 0.945, ORGANIZATION
# 0.647, DATE 1.000, text 0.9952 (its README); 16.0.0 on its 6 development posts: 0.947, 0.986, 0.671, 1.000, text
# 1.000.
REAL_14 = Path(__file__).parent / "data" / "real-14"
FLOORS_14 = {"PERSON": 0.93, "LOCATION": 0.97, "ORGANIZATION": 0.65, "DATE": 0.99}
# A fifteenth (tests/data/real-15: 8 tech and company news posts of cnBeta and 36kr, two of them COVID-19 news, blind,
# annotated twice apart and adjudicated, session 11). 16.0.0 on its 6 development posts: PERSON 0.814 (precision
# 0.725), LOCATION 1.000, ORGANIZATION 0.675 (recall 0.528), DATE 1.000, text 0.9964; 17.0.0 (rules written from these
# development posts among others): 0.988, 1.000, 0.822, 1.000, text 0.9999.
REAL_15 = Path(__file__).parent / "data" / "real-15"
FLOORS_15 = {"PERSON": 0.97, "LOCATION": 0.99, "ORGANIZATION": 0.80, "DATE": 0.99}
TEXT_MEAN_FLOOR = 0.999
TEXT_MEAN_FLOORS = {"real-6": 0.997, "real-7": 0.997}
# Regression floors of the pooled held-out parts (test_every_held_out_part_pooled_holds_its_floor), set a little
# under release 11.0.0's figures.
# (Release 14.0.0: all 57 held-out posts PERSON 0.897, LOCATION 0.987, ORGANIZATION 0.839, DATE 0.991; the 52 of the
# sets before real-9: 0.902, 0.987, 0.852, 0.990. Release 15.0.0: all 63 PERSON 0.926, LOCATION 0.988, ORGANIZATION
# 0.852, DATE 0.991; the 57 before real-11: 0.916, 0.988, 0.846, 0.991. Release 16.0.0: all 65 PERSON 0.916,
# LOCATION 0.988, ORGANIZATION 0.854, DATE 0.992. Release 17.0.0: all 67 (real-15's two held-out company posts added)
# PERSON 0.910, LOCATION 0.988, ORGANIZATION 0.855, DATE 0.992; the 65 before real-15: 0.918, 0.988, 0.856, 0.992.)
# (Release 23.0.0: all 102 (real-18's eight people and organization posts and real-19's eight COVID-19 bulletins of
# 知乎热榜 added, all held out) PERSON 0.926, LOCATION 0.987, ORGANIZATION 0.834, DATE 0.995; the 86 before real-18:
# 0.936, 0.988, 0.837, 0.993.)
# (Release 24.0.0: all 117 (real-20's eight and real-21's seven held-out COVID-19 posts added) PERSON 0.928, LOCATION
# 0.986, ORGANIZATION 0.846, DATE 0.994; the 102 before real-20: 0.926, 0.987, 0.836, 0.995; the 86 before real-18:
# 0.933, 0.988, 0.839, 0.993.)
# (Release 25.0.0: all 125 (real-22's eight posts added, six 虎嗅早报 digests dense in firms and outlets) PERSON 0.921,
# LOCATION 0.986, ORGANIZATION 0.845, DATE 0.992; the 117 before real-22: 0.926, 0.986, 0.854, 0.994; the 102 before
# real-20: 0.923, 0.987, 0.844, 0.995; the 86 before real-18: 0.930, 0.988, 0.848, 0.993.)
# (Release 26.0.0: all 133 (real-23's eight posts added: two 格隆汇 digests dense in firms, six 财联社 lists of the day's
# 《新闻联播》 items) PERSON 0.921, LOCATION 0.986, ORGANIZATION 0.836, DATE 0.991; the 125 before real-23: 0.920, 0.986,
# 0.846, 0.992; the 117 before real-22: 0.925, 0.986, 0.855, 0.994; the 86 before real-18: 0.928, 0.988, 0.849, 0.993.)
FLOORS_ALL = {"PERSON": 0.915, "LOCATION": 0.98, "ORGANIZATION": 0.83, "DATE": 0.985}
# (Release 21.0.0: all 77 (real-16's ten posts of 未名新闻 added, all held out) PERSON 0.930, LOCATION 0.989,
# ORGANIZATION 0.842, DATE 0.992; the 67 before real-16: 0.934, 0.988, 0.855, 0.992.)
# (Release 26.0.0 on the 67 before real-16: PERSON 0.9235 (below 0.925 for the first time: this release's PERSON rules
# cost about 0.002 on the oldest held-out posts, seen at the one final scoring and not investigated, so that those
# posts stay held out), LOCATION 0.988, ORGANIZATION 0.873, DATE 0.992.)
FLOORS_BEFORE_16 = {"PERSON": 0.92, "LOCATION": 0.98, "ORGANIZATION": 0.845, "DATE": 0.985}
# (Release 22.0.0: all 86 (real-17's nine posts, seven of them COVID-19 news of 每经网, all held out) PERSON 0.936,
# LOCATION 0.988, ORGANIZATION 0.836, DATE 0.993; the 77 before real-17: 0.930, 0.989, 0.844, 0.992.)
# (Release 25.0.0 on the 77 before real-17: PERSON 0.923, LOCATION 0.989, ORGANIZATION 0.858, DATE 0.992.)
# (Release 27.0.0 on the 73 before real-17 — four fewer: real's exposed posts out — PERSON 0.91995, LOCATION 0.987,
# ORGANIZATION 0.850, DATE 0.991.)
FLOORS_BEFORE_17 = {"PERSON": 0.915, "LOCATION": 0.98, "ORGANIZATION": 0.838, "DATE": 0.985}
FLOORS_BEFORE_23 = {"PERSON": 0.915, "LOCATION": 0.98, "ORGANIZATION": 0.84, "DATE": 0.985}
FLOORS_BEFORE_22 = {"PERSON": 0.92, "LOCATION": 0.98, "ORGANIZATION": 0.845, "DATE": 0.985}  # (0.85 before 27.0.0 took the four exposed posts out: 0.849 then)
FLOORS_BEFORE_20 = {"PERSON": 0.92, "LOCATION": 0.98, "ORGANIZATION": 0.832, "DATE": 0.985}
FLOORS_BEFORE_18 = {"PERSON": 0.925, "LOCATION": 0.98, "ORGANIZATION": 0.832, "DATE": 0.985}
FLOORS_BEFORE_15 = {"PERSON": 0.91, "LOCATION": 0.98, "ORGANIZATION": 0.84, "DATE": 0.985}
FLOORS_BEFORE_11 = {"PERSON": 0.905, "LOCATION": 0.98, "ORGANIZATION": 0.835, "DATE": 0.985}
FLOORS_BEFORE_9 = {"PERSON": 0.89, "LOCATION": 0.98, "ORGANIZATION": 0.84, "DATE": 0.985}
FLOORS_BEFORE_8 = {"PERSON": 0.87, "LOCATION": 0.98, "ORGANIZATION": 0.825, "DATE": 0.985}
FLOORS_BEFORE_7 = {"PERSON": 0.885, "LOCATION": 0.98, "ORGANIZATION": 0.85, "DATE": 0.985}


def _text_mean(report) -> float:
    scores = [char_f1(predicted, gold)["f1"] for _, gold, predicted in report["texts"]]
    return sum(scores) / len(scores)


@pytest.mark.parametrize("folder, floors, articles",
                         [(REAL_2, FLOORS_2, 12), (REAL_3, FLOORS_3, 16), (REAL_4, FLOORS_4, 8),
                          (REAL_5, FLOORS_5, 16), (REAL_6, FLOORS_6, 15), (REAL_7, FLOORS_7, 15), (REAL_8, FLOORS_8, 7),
                          (REAL_9, FLOORS_9, 6), (REAL_10, FLOORS_10, 5), (REAL_11, FLOORS_11, 7),
                          (REAL_12, FLOORS_12, 5), (REAL_13, FLOORS_13, 7),
                          (REAL_14, FLOORS_14, 6), (REAL_15, FLOORS_15, 6)],
                         ids=["real-2", "real-3", "real-4", "real-5", "real-6", "real-7", "real-8", "real-9", "real-10",
                              "real-11", "real-12", "real-13", "real-14", "real-15"])
def test_later_real_sets_hold_their_development_floors(folder, floors, articles):
    split = folder / "split.json"
    only = set(load_split(split)["development"]) if split.is_file() else None
    report = evaluate_raw(folder / "gold", folder / "raw", only)
    assert report["articles"] == articles
    for kind, floor in floors.items():
        assert report[kind]["f1"] >= floor, format_table(report)
    assert _text_mean(report) >= TEXT_MEAN_FLOORS.get(folder.name, TEXT_MEAN_FLOOR)


@pytest.fixture(scope="module")
def reports():
    return {}


def _report(reports, part, mode):
    if (part, mode) not in reports:
        only = set(SPLIT[part])
        reports[(part, mode)] = (evaluate_raw(REAL / "gold", REAL / "raw", only) if mode == "raw"
                                 else evaluate_gold_texts(REAL / "gold", only))
    return reports[(part, mode)]


@pytest.mark.parametrize("part, mode", sorted(FLOORS))
def test_real_floors(reports, part, mode):
    report = _report(reports, part, mode)
    assert report["articles"] == len(SPLIT[part])
    for kind, floor in FLOORS[(part, mode)].items():
        assert report[kind]["f1"] >= floor, format_table(report)


def test_the_split_is_the_fixed_one():
    # 18 held out when the split was made; four of them are also in seeds/ (the harvest issue's posts), so every
    # review of the built dataset read them: since release 27.0.0 they are "exposed" and count in neither part.
    assert len(SPLIT["development"]) == 40 and len(SPLIT["heldout"]) == 14 and len(SPLIT["exposed"]) == 4
    parts = [set(SPLIT[k]) for k in ("development", "heldout", "exposed")]
    assert not (parts[0] & parts[1] or parts[0] & parts[2] or parts[1] & parts[2])
    stems = {p.stem for p in (REAL / "gold").glob("*.json")}
    assert parts[0] | parts[1] | parts[2] == stems


def test_every_predicted_mention_names_its_rule(reports):
    report = _report(reports, "development", "raw")
    rules = {e["rule"] for e in report["errors"] if e["error"] == "false positive"}
    assert rules and all(rule and "." in rule for rule in rules)


def test_errors_list_misses_and_false_positives_with_rule_and_context(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    text = "国家卫生健康委党组书记、主任马晓伟一行到额济纳旗。"
    doc = {"source_file": "a.txt", "text": text, "published_date_local": "2021-10-26",
           "mentions": [{"type": "PERSON", "start": 14, "end": 17, "surface": "马晓伟"},
                        {"type": "PERSON", "start": 0, "end": 2, "surface": "国家"}]}
    (gold / "a.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    report = evaluate_gold_texts(gold)
    person = [e for e in report["errors"] if e["type"] == "PERSON"]
    assert [(e["error"], e["surface"]) for e in person] == [("miss", "国家")]
    places = [e for e in report["errors"] if e["type"] == "LOCATION"]
    assert places and places[0]["error"] == "false positive" and places[0]["rule"] == "place.full_name"
    assert "[额济纳旗]" in places[0]["context"]
    listing = format_errors(report["errors"])
    assert "## PERSON misses (1)" in listing and "place.full_name" in listing and "## LOCATION false positives (1)" in listing


def test_evaluate_command_scores_real_posts_with_errors(capsys):
    args = ["evaluate", "--gold", str(REAL / "gold"), "--raw", str(REAL / "raw"), "--split", str(REAL / "split.json"),
            "--part", "development", "--errors"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert out.startswith("| type | gold | predicted | matched | precision | recall | F1 |")
    assert "| PERSON | 57 |" in out and "false positives" in out and re.search(r"  \[(person|organization|place|date)\.", out)


@pytest.mark.parametrize("args, message", [
    (["--gold", "no-such-folder", "--texts"], "gold folder no-such-folder does not exist"),
    (["--gold", "{empty}", "--texts"], "holds no gold files"),
    (["--gold", "{real}", "--texts", "--split", "{split}", "--part", "nope"], "has no part 'nope'"),
    (["--gold", "{real}", "--texts", "--split", "{split}"], "--split and --part go together"),
    (["--gold", "{real}", "--raw", "no-such-raw"], "raw folder no-such-raw does not exist"),
    (["--gold", "{real}", "--errors"], "--errors needs --raw or --texts"),
    (["--gold", "{real}", "--dataset", "{empty}"], "holds no built dataset"),
    (["--gold", "{other}", "--raw", "{raw}"], "has its raw post in"),
])
def test_evaluate_fails_with_one_clear_line(tmp_path, capsys, args, message):
    empty = tmp_path / "empty"
    empty.mkdir()
    other = tmp_path / "other"
    other.mkdir()
    (other / "x.json").write_text(json.dumps({"source_file": "not-there.txt", "text": "", "mentions": []}),
                                  encoding="utf-8")
    fill = {"{empty}": str(empty), "{real}": str(REAL / "gold"), "{split}": str(REAL / "split.json"),
            "{other}": str(other), "{raw}": str(REAL / "raw")}
    assert main(["evaluate", *[fill.get(a, a) for a in args]]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err and "Traceback" not in err


def test_gold_error_for_a_selection_that_names_no_file():
    with pytest.raises(GoldError, match="none of the 1 files"):
        evaluate_gold_texts(REAL / "gold", {"R_does_not_exist"})


def test_every_held_out_part_pooled_holds_its_floor():
    """The docs' estimate for unseen posts (every real set's held-out part, pooled: 129 posts since 27.0.0 took real's four
    posts that are also in seeds/ out of it ("exposed"); before that 133 posts since real-23 came in; 125 since real-22 came in; 117 since real-20 and real-21 came in (real-21's N_6 is development); 102 since real-18 and real-19; 86 since real-17; 77 since real-16; 67 since real-15; 65 since real-11 to real-14; 57
    since real-9 and real-10; 52 before):
    a regression floor, not a quality claim — the PERSON and ORGANIZATION bars are higher. The held-out posts of the
    sets before real-7 (42) and before real-8 (50) keep their own floors, so that a harder new set cannot hide a
    regression on them. Release 9.0.0 on the 42: PERSON 0.879, LOCATION 0.988, ORGANIZATION 0.852, DATE 0.993; 10.0.0:
    0.892, 0.988, 0.857, 0.993; on the 50: 0.875, 0.988, 0.831, 0.990. The figures of release 11.0.0 are in the
    docs' quality table (real-8's README gives 10.0.0's on its posts)."""
    from imcovid.docs_site.pages import real_set_parts
    from imcovid.evaluate import _prf

    kinds = ("PERSON", "LOCATION", "ORGANIZATION", "DATE")
    # group -> the sets it leaves out
    later = {"real-9", "real-10", "real-11", "real-12", "real-13", "real-14", "real-15", "real-16", "real-17", "real-18",
             "real-19", "real-20", "real-21", "real-22", "real-23"}
    newest = {"real-18", "real-19", "real-20", "real-21", "real-22", "real-23"}
    groups = {"all": set(), "before real-23": {"real-23"}, "before real-22": {"real-22", "real-23"}, "before real-20": {"real-20", "real-21", "real-22", "real-23"}, "before real-18": newest, "before real-17": {"real-17"} | newest,
              "before real-16": {"real-16", "real-17"} | newest,
              "before real-15": {"real-15", "real-16", "real-17"} | newest,
              "before real-11": {"real-11", "real-12", "real-13", "real-14", "real-15", "real-16", "real-17"} | newest,
              "before real-9": later,
              "before real-8": {"real-8"} | later,
              "before real-7": {"real-7", "real-8"} | later}
    pooled = {group: {k: {"gold": 0, "predicted": 0, "matched": 0} for k in kinds} for group in groups}
    posts = dict.fromkeys(groups, 0)
    for label, folder, only, part in real_set_parts(Path(__file__).parent / "data"):
        if part != "heldout":
            continue
        report = evaluate_raw(folder / "gold", folder / "raw", only)
        for group, left_out in groups.items():
            if folder.name in left_out:
                continue
            posts[group] += report["articles"]
            for kind, counts in pooled[group].items():
                for c in counts:
                    counts[c] += report[kind][c]
    # (four fewer in every group since 27.0.0: real's R_1, R_3, R_4 and R_67 are "exposed", in seeds/; see real/README.md)
    assert posts == {"all": 129, "before real-23": 121, "before real-22": 113, "before real-20": 98, "before real-18": 82, "before real-17": 73, "before real-16": 63, "before real-15": 61, "before real-11": 53, "before real-9": 48, "before real-8": 46, "before real-7": 38}
    floors = {"all": FLOORS_ALL, "before real-23": FLOORS_BEFORE_23, "before real-22": FLOORS_BEFORE_22, "before real-20": FLOORS_BEFORE_20, "before real-18": FLOORS_BEFORE_18, "before real-17": FLOORS_BEFORE_17, "before real-16": FLOORS_BEFORE_16, "before real-15": FLOORS_BEFORE_15, "before real-11": FLOORS_BEFORE_11, "before real-9": FLOORS_BEFORE_9,
              "before real-8": FLOORS_BEFORE_8, "before real-7": FLOORS_BEFORE_7}
    for group, group_floors in floors.items():
        f1 = {kind: _prf(counts)["f1"] for kind, counts in pooled[group].items()}
        assert all(f1[kind] >= floor for kind, floor in group_floors.items()), (group, f1)
