"""MEASURE and CASE_COUNT: rule examples (invented sentences: regression tests of the rules, not evidence of
quality), the scorer, the cross-source panel, and the two published configs. Quality on real gold is measured by
``imcovid evaluate --texts --measures``."""

from __future__ import annotations

import json
from datetime import date

import pytest

from imcovid import evaluate_measures as em
from imcovid.annotate import annotate
from imcovid.annotate.case_counts import metric_for
from imcovid.annotate.measures import code_statement, excluded, statement_action
from imcovid.annotate.numbers import parse_number
from imcovid.panel import case_count_rows, dated_mentions, measure_rows
from case_count_tuples import case_counts

from conftest import DATA


@pytest.mark.parametrize("written, value", [("52", 52), ("1.2万", 12000), ("4.1万", 41000), ("三", 3), ("两", 2),
                                             ("十二", 12), ("一百二十三", 123), ("二十", 20), ("1.5", None),
                                             ("一二", None)])
def test_numbers(written, value):
    assert parse_number(written) == value


def _counts(text, published=date(2022, 3, 16)):
    return case_counts(text, published)


@pytest.mark.parametrize("text, expected", [
    ("3月15日，呼和浩特市新增本土确诊病例3例、无症状感染者5例。",
     [("confirmed_local", 3, "150100", "2022-03-15"), ("asymptomatic_local", 5, "150100", "2022-03-15")]),
    ("3月15日，内蒙古无新增本土确诊病例。", [("confirmed_local", 0, "150000", "2022-03-15")]),
    ("截至3月15日24时，包头市累计报告确诊病例十二例。", [("confirmed_cumulative", 12, "150200", "2022-03-15")]),
    ("3月15日，全区新增确诊病例7例（轻型5例，普通型2例），其中呼和浩特市4例、包头市3例。",  # 全区: the region of the article's places
     [("confirmed_local", 7, "150000", "2022-03-15"), ("confirmed_local", 4, "150100", "2022-03-15"),
      ("confirmed_local", 3, "150200", "2022-03-15")]),
    ("3月15日，赤峰市新增境外输入确诊病例2例。", [("confirmed_imported", 2, "150400", "2022-03-15")]),
    ("自3月1日以来，赤峰市累计追踪密切接触者1780人，次密接2394人。", [("close_contacts", 1780, "150400", None)]),
    ("赤峰市设立卡口3处，出动执法人员80余人次。", []),
    ("确保应检尽检、不漏一人。", []),
    ("赤峰市15日新增确诊病例4例。", [("confirmed_local", 4, "150400", None)]),
])
def test_case_count_rules(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("family, temporal, scope, classifier, metric", [
    ("confirmed", "new", None, "例", "confirmed_local"),
    ("asymptomatic", "new", "imported", "例", "asymptomatic_imported"),
    ("confirmed", "cumulative", None, "例", "confirmed_cumulative"),
    ("positive", "cumulative", None, "例", "positive_cumulative"),
    ("confirmed", None, None, "例", None),
    ("tested", None, None, "份", None),
    ("vaccinated_doses", None, None, "剂次", "vaccinated_doses"),
])
def test_metric_for(family, temporal, scope, classifier, metric):
    assert metric_for(family, temporal, scope, classifier, dated=False) == metric


@pytest.mark.parametrize("statement, codes", [
    ("严格落实封闭管理各项措施", {"C6"}),
    ("查验健康码和行程码", {"CN-HEALTH-CODE"}),
    ("加强隔离场所规范管理", {"CN-CENTRAL-QUARANTINE"}),
    ("对防控不力的严肃追责问责", {"CN-ACCOUNTABILITY"}),
    ("下设核酸检测、流调溯源等十个工作专班", {"CN-COMMAND"}),
    ("认真做好进口冷链货物、车辆、环境的消杀工作", {"CN-COLD-CHAIN"}),
    ("提高思想认识", set()),
    ("所有场馆全部实施闭馆", {"C2"}),
    ("出港旅客须持48小时内核酸检测阴性报告方可进入候机楼", {"C7"}),
    ("市民上班需持48小时内核酸检测阴性报告", {"C2"}),
    ("全市实行静默管理", {"C6"}),
    ("重点人员一天一检", {"CN-MASS-TESTING"}),
    ("带来了防护服、口罩、消毒液", set()),
])
def test_measure_codes(statement, codes):
    assert set(code_statement(statement)) == codes


@pytest.mark.parametrize("statement, action", [
    ("成立疫情防控指挥部", "impose"), ("加强居民小区管控", "strengthen"), ("严格落实领导带班制度", "maintain"),
    ("解除封控管理", "lift"), ("备用隔离点建设", "announce-plan"), ("不得擅自发布疫情信息", "maintain"),
])
def test_measure_actions(statement, action):
    assert statement_action(statement) == action


@pytest.mark.parametrize("statement", ["详细询问核酸检测、居民生活保障等情况", "听取汇报", "未实行封控"])
def test_measure_exclusions(statement):
    assert excluded(statement)


def test_measure_merges_a_sentence_and_keeps_place_and_mode():
    text = "会议强调，乌海市要加强居民小区管控，严格落实封闭管理措施，确保群众足不出户。"
    [m] = [m for m in annotate(text, date(2021, 10, 26)) if m["type"] == "MEASURE"]
    assert (m["code"], m["action"], m["level"], m["place_code"], m["mode"]) == ("C6", "strengthen", "3", "150300", "directive")
    assert m["surface"] == "乌海市要加强居民小区管控，严格落实封闭管理措施，确保群众足不出户"  # a subject in the clause stays
    assert m["rule"] == "measure.cue_table"


def test_scorer_matches_code_action_with_overlap_and_case_count_tuples():
    gold = [{"type": "MEASURE", "start": 0, "end": 10, "code": "C6", "action": "maintain", "level": 3},
            {"type": "MEASURE", "start": 20, "end": 30, "code": "H3", "action": "strengthen"},
            {"type": "CASE_COUNT", "metric": "confirmed_local", "value": 6, "place_code": "152923", "as_of": "2021-10-26"},
            {"type": "CASE_COUNT", "metric": "confirmed_local", "value": 6, "place_code": "152923", "as_of": "2021-10-26"}]
    predicted = [{"type": "MEASURE", "start": 9, "end": 12, "code": "C6", "action": "maintain", "level": "3"},
                 {"type": "MEASURE", "start": 21, "end": 25, "code": "H3", "action": "maintain"},
                 {"type": "MEASURE", "start": 40, "end": 45, "code": "C6", "action": "maintain"},
                 {"type": "CASE_COUNT", "metric": "confirmed_local", "value": "6", "place_code": "152923",
                  "as_of": date(2021, 10, 26)}]
    report = em.score([(gold, predicted)])
    assert report["MEASURE code+action"]["matched"] == 1 and report["MEASURE code"]["matched"] == 2
    assert report["MEASURE code"]["predicted"] == 3
    assert report["CASE_COUNT"]["matched"] == 1 and report["CASE_COUNT"]["gold"] == 2
    assert report["attributes"]["level"] == 1.0


def test_scorer_fails_clearly_without_gold(tmp_path, capsys):
    from imcovid.cli import main

    (tmp_path / "g").mkdir()
    rc = main(["evaluate", "--gold", str(DATA / "gold"), "--texts", "--measures", str(tmp_path / "g")])
    err = capsys.readouterr().err.strip().splitlines()
    assert rc != 0 and len(err) == 1 and "no measure gold files" in err[0]


def test_development_scores_meet_the_bars():
    """The development part of the real measure gold (the held-out posts are not scored here)."""
    only, exclude = em.split_selection(DATA / "real" / "split.json", "development")
    report = em.evaluate_gold_texts(DATA / "real" / "gold-measures", [DATA / "gold", DATA / "real" / "gold"],
                                    only=only, exclude=exclude)
    assert report["CASE_COUNT"]["f1"] >= 0.90
    assert report["MEASURE code"]["f1"] >= 0.75 and report["MEASURE code+action"]["f1"] >= 0.65


def test_panel_keeps_disagreeing_values_and_groups_measures():
    mentions = [
        {"type": "CASE_COUNT", "article_id": "a" * 16, "mention_id": "a" * 16 + "-0001", "metric": "confirmed_local",
         "value": 6, "place_code": "152923", "as_of": "2021-10-26"},
        {"type": "CASE_COUNT", "article_id": "b" * 16, "mention_id": "b" * 16 + "-0001", "metric": "confirmed_local",
         "value": 7, "place_code": "152923", "as_of": "2021-10-26"},
        {"type": "MEASURE", "article_id": "a" * 16, "mention_id": "a" * 16 + "-0002", "code": "C6", "action": "maintain",
         "level": "3", "targeted": True, "place_code": "152923", "mode": "reported", "date": "2021-10-26"},
        {"type": "MEASURE", "article_id": "b" * 16, "mention_id": "b" * 16 + "-0002", "code": "C6", "action": "maintain",
         "level": None, "targeted": False, "place_code": "152923", "mode": "directive", "date": "2021-10-26"},
    ]
    [count] = case_count_rows(reversed(mentions))
    assert count["values"] == [6, 7] and count["disputed"] and count["value"] is None
    [measure] = measure_rows(mentions)
    assert measure["level"] == 3 and measure["targeted"] is False and measure["modes"] == ["directive", "reported"]
    assert measure_rows(reversed(mentions)) == measure_rows(mentions)


def test_dated_mentions_take_the_sentence_date_else_publication():
    text = "10月26日，额济纳旗实行封闭管理。全旗严格落实封闭管理措施。"
    mentions = [dict(m, article_id="a" * 16, mention_id=f"{'a' * 16}-{i:04d}")
                for i, m in enumerate(annotate(text, date(2021, 10, 27)))]
    dates = [m["date"] for m in dated_mentions(text, date(2021, 10, 27), mentions) if m["type"] == "MEASURE"]
    assert dates == ["2021-10-26", "2021-10-27"]


def test_load_dataset_measures_and_case_counts(seeds_dataset, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    import datasets

    measures = datasets.load_dataset(str(seeds_dataset), "measures", split="train")
    assert measures.num_rows > 0
    assert measures.features["date"].dtype == "date32" and measures.features["level"].dtype == "int64"
    assert measures.features["targeted"].dtype == "bool"
    counts = datasets.load_dataset(str(seeds_dataset), "case_counts", split="train")
    assert counts.features["value"].dtype == "int64" and counts.features["as_of"].dtype == "date32"
    ejina = [r for r in counts if r["place_code"] == "152923" and r["metric"] == "confirmed_local"]
    assert ejina and ejina[0]["value"] == 6 and str(ejina[0]["as_of"]) == "2021-10-26"
    mention_ids = set(datasets.load_dataset(str(seeds_dataset), "mentions", split="train")["mention_id"])
    assert all(set(r["mention_ids"]) <= mention_ids for r in measures)


def test_national_bulletin_parts_by_place_and_scope():
    """The shape of the national daily bulletin (invented figures): a national total without a place, its imported
    and local parts in a sentence opening with 其中, and parts by province in parentheses; reclassified cases (含…)
    and their parentheses are not parts. The all-cases total (imported + local, split right after it) has no metric
    and is not annotated (the real gold's convention)."""
    text = ("11月2日0—24时，31个省（自治区、直辖市）和新疆生产建设兵团报告新增确诊病例20例。其中境外输入病例5例"
            "（上海3例，广东2例），含1例由无症状感染者转为确诊病例（辽宁1例）；本土病例15例（内蒙古9例，均在呼伦贝尔市；"
            "甘肃6例，其中兰州市6例）。无新增死亡病例。")
    assert _counts(text, date(2021, 11, 3)) == [
        ("confirmed_imported", 5, None, "2021-11-02"),
        ("confirmed_imported", 3, "310000", "2021-11-02"), ("confirmed_imported", 2, "440000", "2021-11-02"),
        ("confirmed_local", 15, None, "2021-11-02"), ("confirmed_local", 9, "150000", "2021-11-02"),
        ("confirmed_local", 6, "620000", "2021-11-02"), ("confirmed_local", 6, "620100", "2021-11-02"),
        ("deaths", 0, None, "2021-11-02")]


@pytest.mark.parametrize("text, expected", [
    # The end of a reporting window takes the month of its start; a daily rate has no as-of date.
    ("3月13日20时至14日21时，泉州市新增确诊病例22例。", [("confirmed_local", 22, "350500", "2022-03-14")]),
    ("3月1日—15日，泉州市每日新增确诊病例超过10例。", [("confirmed_local", 10, "350500", None)]),
    # A part for a unit that is not a division is a figure without a place; a part by another attribute is none.
    ("3月15日，西安市累计报告确诊病例30例（雁塔区20例、高新10例）。",
     [("confirmed_cumulative", 30, "610100", "2022-03-15"), ("confirmed_cumulative", 20, "610113", "2022-03-15"),
      ("confirmed_cumulative", 10, None, "2022-03-15")]),
    ("3月15日，北京市新增本土确诊病例8例，其中7例为外省返京人员。", [("confirmed_local", 8, "110000", "2022-03-15")]),
    ("3月15日，上海市累计核酸筛查3000多万人次，采集样本233万人份。", [("tested", 30000000, "310000", "2022-03-15")]),
])
def test_case_count_periods_units_and_amounts(text, expected):
    assert _counts(text) == expected


def test_positive_people_split_in_parentheses():
    text = "3月15日，呼和浩特市新增阳性感染者28例（确诊病例3例、无症状感染者25例），新增确诊病例5例（其中重症病例1例）。"
    assert _counts(text) == [("positive_local", 28, "150100", "2022-03-15"),
                             ("confirmed_local", 3, "150100", "2022-03-15"),
                             ("asymptomatic_local", 25, "150100", "2022-03-15"),
                             ("confirmed_local", 5, "150100", "2022-03-15")]


def test_code_tables_use_the_guideline_codes():
    import typing

    from imcovid.annotate.measures import cues
    from imcovid.docs_site.panel_pages import measure_codes
    from imcovid.models import MeasureCode

    allowed = set(typing.get_args(MeasureCode))
    assert {cue.code for cue in cues()} <= allowed
    assert [row["code"] for row in measure_codes()] == list(typing.get_args(MeasureCode))


@pytest.mark.parametrize("text, expected", [
    ("3月15日，吉林省新增本土确诊病例1,139例。", [("confirmed_local", 1139, "220000", "2022-03-15")]),
    ("3月15日，吉林省新增本土确诊病例 56 例。", [("confirmed_local", 56, "220000", "2022-03-15")]),
])
def test_case_count_number_formats(text, expected):
    assert _counts(text) == expected


def test_second_real_set_holds_its_floors():
    """tests/data/real-2: 12 archive posts with MEASURE and CASE_COUNT gold made blind by a separate session after the
    6.0.0 rules were written, scored once for them as a test set (CASE_COUNT 0.810, MEASURE by code 0.403, by
    code+action 0.370). Since the second session it is development data; the rules of issue 15 reach CASE_COUNT
    0.969, MEASURE by code 0.797 and by code+action 0.763 on it. The floors guard against regressions."""
    real2 = DATA / "real-2"
    report = em.evaluate_gold_texts(real2 / "gold-measures", [real2 / "gold"])
    assert report["articles"] == 12
    assert report["CASE_COUNT"]["f1"] >= 0.78
    assert report["MEASURE code"]["f1"] >= 0.38 and report["MEASURE code+action"]["f1"] >= 0.35


def test_two_blind_measure_annotations_agree_as_documented():
    """The agreement figures of tests/data/agreement-measures/README.md, recomputed from the two annotations."""
    import json
    from pathlib import Path

    from imcovid.evaluate_measures import score

    data = Path(__file__).resolve().parent / "data"
    pairs = []
    for second in sorted((data / "agreement-measures").glob("*.json")):
        first_set = "real-4" if second.stem[0] in "HJ" else "real-3"
        first = json.loads((data / first_set / "gold-measures" / second.name).read_text(encoding="utf-8"))
        other = json.loads(second.read_text(encoding="utf-8"))
        assert first["text"] == other["text"], second.name
        pairs.append((first["mentions"], other["mentions"]))
    assert len(pairs) == 8
    report = score(pairs)
    assert round(report["MEASURE code"]["f1"], 3) == 0.900
    assert round(report["MEASURE code+action"]["f1"], 3) == 0.847
    assert round(report["CASE_COUNT"]["f1"], 3) == 0.972
    assert report["CASE_COUNT"]["f1"] >= 0.95
    assert report["MEASURE code"]["f1"] >= 0.78 and report["MEASURE code+action"]["f1"] >= 0.74


# Development parts of later blind sets: (folder, posts, CASE_COUNT, MEASURE code, code+action floors).
# real-3 (K_, L_, M_): 6.0.0 scored 0.420, 0.592, 0.458 on them; the rules of issue 15 reach 0.991, 0.873, 0.812.
# real-5 (P_, Q_, S_): release 7.0.0 scored 0.883, 0.462, 0.334 before any rule was changed against their errors;
# the rules written from those errors reach 0.970, 0.737, 0.605 (0.772, 0.713 after the fourth round's classes).
# real-6 (T_, U_, V_): release 8.0.0 scored 0.845, 0.671, 0.439 before any rule was changed against their errors;
# the fourth round's rules (classes of phrasing, not sentences) reach 0.860 and 0.764. The floors guard against
# regressions.
# real-7 (W_, X_, Y_, Z_, G_): release 9.0.0 scored 0.466, 0.466, 0.381 before any rule was changed against their
# errors (the learned code model trained without them: MEASURE 0.482, 0.392); the fifth round's classes and the
# model retrained with them reach 0.777 and 0.580 (CASE_COUNT is another helper's work this round).
# real-8 (B_, C_, D_): release 10.0.0 scored CASE_COUNT 0.978, MEASURE 0.778, 0.593 before any rule was changed
# against their errors; the sixth round's classes and the model retrained with them reach 0.857 (code).
@pytest.mark.parametrize("folder, posts, case_count, code, code_action",
                         [("real-3", 16, 0.97, 0.85, 0.79), ("real-5", 16, 0.95, 0.76, 0.70),
                          ("real-6", 15, 0.84, 0.85, 0.75), ("real-7", 15, 0.46, 0.75, 0.55),
                          ("real-8", 7, 0.95, 0.82, 0.65)])
def test_later_real_sets_hold_their_development_floors(folder, posts, case_count, code, code_action):
    real = DATA / folder
    only, exclude = em.split_selection(real / "split.json", "development")
    report = em.evaluate_gold_texts(real / "gold-measures", [real / "gold"], only=only, exclude=exclude)
    assert report["articles"] == posts
    assert report["CASE_COUNT"]["f1"] >= case_count
    assert report["MEASURE code"]["f1"] >= code and report["MEASURE code+action"]["f1"] >= code_action


@pytest.mark.parametrize("text, expected", [
    # case_count.split_total: a total of imported and local cases split right after it is counted by no metric; its
    # parts are, even when the next sentence or line opens with the scope; "均为境外输入" makes the total imported.
    ("11月2日，31个省新增确诊病例20例。\n境外输入病例5例（上海5例）；\n本土病例15例（内蒙古15例）。",
     [("confirmed_imported", 5, None, "2021-11-02"), ("confirmed_imported", 5, "310000", "2021-11-02"),
      ("confirmed_local", 15, None, "2021-11-02"), ("confirmed_local", 15, "150000", "2021-11-02")]),
    ("11月2日，31个省新增确诊病例6例，均为境外输入病例。", [("confirmed_imported", 6, None, "2021-11-02")]),
    ("11月2日，31个省新增无症状感染者4例（均为境外输入）。", [("asymptomatic_imported", 4, None, "2021-11-02")]),
    # deaths have no new/cumulative split: 无死亡病例 of a cumulative line is a zero.
    ("11月2日，赤峰市累计确诊病例30例，无死亡病例。",
     [("confirmed_cumulative", 30, "150400", "2021-11-02"), ("deaths", 0, "150400", "2021-11-02")]),
    # case_count.state: a count of people in a state (尚在医学观察的…, 在定点医院隔离治疗的…).
    ("11月2日，赤峰市尚在医学观察的无症状感染者70例（境外输入60例）。",
     [("under_observation", 70, "150400", "2021-11-02")]),
    ("11月2日，赤峰市在定点医院隔离治疗的确诊病例25例。", [("hospitalised", 25, "150400", "2021-11-02")]),
    # Parts in parentheses with a metric of their own take the place of the item they belong to; the list goes on.
    ("11月2日，累计收到港澳台地区通报确诊病例300例。其中，香港特别行政区200例（出院150例，死亡20例），澳门特别行政区100例（出院90例）。",
     [("confirmed_cumulative", 300, None, "2021-11-02"), ("confirmed_cumulative", 200, "810000", "2021-11-02"),
      ("recovered", 150, "810000", "2021-11-02"), ("deaths", 20, "810000", "2021-11-02"),
      ("confirmed_cumulative", 100, "820000", "2021-11-02"), ("recovered", 90, "820000", "2021-11-02")]),
    # A date in a closed parenthesis is an aside; so are its places.
    ("11月2日，湖北省新增出院病例1例（来自10月2日阿富汗—武汉航班），新增死亡病例0例。",
     [("recovered", 1, "420000", "2021-11-02"), ("deaths", 0, "420000", "2021-11-02")]),
    # A heading (a short line without a sentence end) has no as-of date unless it holds one.
    ("11月2日，赤峰市新增本土确诊病例3例。\n赤峰市新增确诊3例\n正文。", [("confirmed_local", 3, "150400", "2021-11-02"),
                                                      ("confirmed_local", 3, "150400", None)]),
    # Parts by place with 报告 between the place and the number.
    ("11月2日，江苏新增本土确诊病例5例（南京市报告3例；扬州市报告2例）。",
     [("confirmed_local", 5, "320000", "2021-11-02"), ("confirmed_local", 3, "320100", "2021-11-02"),
      ("confirmed_local", 2, "321000", "2021-11-02")]),
])
def test_case_count_bulletin_rules(text, expected):
    assert _counts(text, date(2021, 11, 3)) == expected


@pytest.mark.parametrize("statement, codes", [
    # Instruments named by the guideline's code table, found in the second real set's texts.
    ("暂停客运班线和城市公交", {"C5"}),
    ("原则上暂停对外道路客运服务", {"C5"}),
    ("出租车、网约车不得出辖区运营", {"C7"}),
    ("所有小区禁止非居住人员进入", {"C6"}),
    ("其他各类企业暂时停工", {"C2"}),
    ("在全市组织开展大规模核酸检测", {"CN-MASS-TESTING"}),
    ("同乘者请主动上报", {"CN-HEALTH-MONITORING"}),
    ("区纪委监委成立监督检查组", {"CN-ACCOUNTABILITY"}),
    ("切实做好反走私、反偷渡工作", {"C8"}),
    ("该批偷渡人员中", set()),
])
def test_measure_codes_of_the_second_set(statement, codes):
    assert set(code_statement(statement)) == codes


@pytest.mark.parametrize("statement, action", [
    ("8个小区调整为管控区", "relax"), ("组织指导超市、药店等复工开业", "relax"),
    ("在镇海区组织开展大规模核酸检测", "impose"),
])
def test_measure_actions_of_the_second_set(statement, action):
    assert statement_action(statement) == action


@pytest.mark.parametrize("statement", [
    # Problems, causes and evaluations name an instrument without reporting or ordering it.
    "口岸封控难度较大", "医疗资源比较匮乏", "提示本次疫情由新的境外输入源头引起", "根据现有流调和病毒测序结果",
    "外防输入是我国目前的防控重点", "隔离点毕竟不是医院", "未进行药品销售信息实名登记", "又导致人员流调十分困难",
    "行程涉及广州14个重点场所",
])
def test_measure_exclusions_of_problems_and_causes(statement):
    assert excluded(statement)


def test_arrivals_from_abroad_are_c8_whatever_the_instrument():
    text = "从香港入境人员，均需接受14天集中隔离医学观察和7天居家健康监测。"
    measures = [m for m in annotate(text, date(2022, 2, 16)) if m["type"] == "MEASURE"]
    assert [(m["code"], m["rule"]) for m in measures] == [("C8", "measure.arrivals_c8")]
    assert measures[0]["surface"] == text[:-1]


@pytest.mark.parametrize("text, expected", [
    # 达 after the counted noun: a running total reached.
    ("10月27日，额济纳旗确诊病例达92例。", [("confirmed_cumulative", 92, "152923", "2021-10-27")]),
    # 31省区市 is a national bulletin too: its figure has no place.
    ("10月26日，31省区市新增本土确诊病例共24例。", [("confirmed_local", 24, None, "2021-10-26")]),
    # A part by attribute inside a list by place ends at its semicolon; the list goes on.
    ("7月31日，江苏新增本土确诊病例30例（南京市报告14例，其中1例为无症状感染者转为确诊病例；淮安市报告4例；扬州市报告12例）。",
     [("confirmed_local", 30, "320000", "2021-07-31"), ("confirmed_local", 14, "320100", "2021-07-31"),
      ("confirmed_local", 4, "320800", "2021-07-31"), ("confirmed_local", 12, "321000", "2021-07-31")]),
    # People released from observation are not counted, whether 解除 comes before or after the noun.
    ("7月31日，河南省无新增疑似病例；4例无症状感染者解除医学观察。", []),
    ("7月31日，全省解除医学观察的境外输入无症状感染者3例。", []),
])
def test_case_count_totals_lists_and_releases(text, expected):
    assert _counts(text, date(2021, 11, 3)) == expected


@pytest.mark.parametrize("statement, codes", [
    ("提供“流动超市”“流动药店”服务", {"CN-SUPPLY"}),
    ("确保生活必需品市场供应充足", {"CN-SUPPLY"}),
    ("由所在街道安排专车转运至初家医院诊疗", {"CN-MEDICAL"}),
    ("全国暂停经营旅游专列业务", {"C2"}),
    ("对已检测人员视情开展复检", {"CN-MASS-TESTING"}),
    ("风险人群排查和筛查工作持续开展", {"CN-HEALTH-MONITORING"}),
    ("深入开展矛盾纠纷排查调处", set()),
    # A risk zone that only says where another measure applies is not a zone label.
    ("原则上暂停中高风险地区所在的县级行政区域开展对外道路客运服务", {"C5"}),
    ("中风险区", {"C6"}),
])
def test_measure_codes_supply_medical_and_zones(statement, codes):
    assert set(code_statement(statement)) == codes


@pytest.mark.parametrize("statement", ["关于隔离点的规范管理", "个人、单位、重点场所履行相关责任",
                                       "上班扫码也没法操作", "切忌让一码通成为百姓出行的肠梗阻"])
def test_measure_exclusions_of_topics_and_opinions(statement):
    assert excluded(statement)


def test_conditional_retest_is_a_plan():
    assert statement_action("对已检测人员，视情开展复检") == "announce-plan"


@pytest.mark.parametrize("text, published, expected", [
    # 昨日0—24时 is the day before the report date that governs it, else the day before publication.
    ("内蒙古卫健委10月27日通报，昨日0—24时，额济纳旗新增本土确诊病例三例。", date(2021, 10, 27),
     [("confirmed_local", 3, "152923", "2021-10-26")]),
    ("昨日0—24时，额济纳旗新增本土确诊病例三例。", date(2021, 10, 27), [("confirmed_local", 3, "152923", "2021-10-26")]),
    ("昨日0—24时，额济纳旗新增本土确诊病例三例。", None, [("confirmed_local", 3, "152923", None)]),
    # A comparison with yesterday does not date the figure.
    ("10月27日，额济纳旗新增本土确诊病例3例，较昨日减少2例。", date(2021, 10, 28),
     [("confirmed_local", 3, "152923", "2021-10-27")]),
])
def test_case_count_yesterday(text, published, expected):
    assert _counts(text, published) == expected


@pytest.mark.parametrize("text, expected", [
    # One province per line after a lead line ending with its figure or with 分别为：.
    ("3月17日0—24时，31个省报告新增确诊病例20例。其中境外输入病例5例；\n本土病例15例，分别为：\n吉林12例，其中长春市12例；\n"
     "甘肃3例，其中兰州市2例、兰州新区1例。",
     [("confirmed_imported", 5, None, "2022-03-17"), ("confirmed_local", 15, None, "2022-03-17"),
      ("confirmed_local", 12, "220000", "2022-03-17"), ("confirmed_local", 12, "220100", "2022-03-17"),
      ("confirmed_local", 3, "620000", "2022-03-17"), ("confirmed_local", 2, "620100", "2022-03-17"),
      ("confirmed_local", 1, None, "2022-03-17")]),
    # A breakdown on its own line opening with 其中.
    ("3月17日0—24时，31个省报告新增无症状感染者9例。\n其中境外输入4例；\n本土5例，分别在：\n河北5例，均在廊坊市。",
     [("asymptomatic_imported", 4, None, "2022-03-17"), ("asymptomatic_local", 5, None, "2022-03-17"),
      ("asymptomatic_local", 5, "130000", "2022-03-17")]),
    # Response staff are not figures; nor are parts by source.
    ("3月17日，吉林省组织核酸检测工作；湖南援长医疗队459人。", []),
    ("3月17日，南京市筛查出8名阳性人员。病例来源为：集中隔离点6人、社区筛查2人。",
     [("positive_local", 8, "320100", "2022-03-17")]),
    # 共发现 is cumulative; 已达到 too.
    ("3月17日，南京市本轮疫情共发现阳性人员60例。", [("positive_cumulative", 60, "320100", "2022-03-17")]),
])
def test_case_count_layouts_staff_and_sources(text, expected):
    assert _counts(text, date(2022, 3, 18)) == expected


def _measures(text, published):
    return [(m["code"], m["action"]) for m in annotate(text, published) if m["type"] == "MEASURE"]


@pytest.mark.parametrize("text, published, expected", [
    # A start date after the text's date makes a plan; one not after it, a measure newly in force.
    ("从10月8日0时起，所有来穗人员需提供48小时内核酸检测阴性证明。", date(2021, 10, 7), [("C7", "announce-plan")]),
    ("从10月8日0时起，所有来穗人员需提供48小时内核酸检测阴性证明。", date(2021, 10, 9), [("C7", "impose")]),
    # A response triggered only if something happens is a plan.
    ("若无法提供，须在抵穗24小时内就近进行一次核酸检测。", date(2021, 10, 7), [("CN-MASS-TESTING", "announce-plan")]),
    # New risk zones are imposed.
    ("7月28日，民权县新增4处高风险区。", date(2021, 8, 4), [("C6", "impose")]),
])
def test_measure_start_dates_conditions_and_new_zones(text, published, expected):
    assert _measures(text, published) == expected


@pytest.mark.parametrize("statement, codes", [
    ("进返京人员在抵京后72小时内需进行一次核酸检测", {"CN-MASS-TESTING"}),
    ("提醒广大公众做好个人防护", {"H1", "H6"}),
    ("核酸检测单人单检价格最高不得超过40元", {"H2"}),
    ("请立即主动向当地社区报告", {"CN-HEALTH-MONITORING"}),
    ("现对民权县全域人员赋码管理", {"CN-HEALTH-CODE"}),
    ("小区封闭了三天", {"C6"}),
    ("请广大群众主动尽早接种", {"H1", "H7"}),  # an official's reminder (H1 level 1) and its content
    ("保持安全距离", {"M1"}),
])
def test_measure_codes_of_the_third_set(statement, codes):
    assert set(code_statement(statement)) == codes


def test_evaluate_lists_measure_errors_and_refuses_them_for_held_out(capsys):
    from imcovid.cli import main

    real2 = DATA / "real-2"
    assert main(["evaluate", "--gold", str(real2 / "gold"), "--texts", "--measures", str(real2 / "gold-measures"),
                 "--errors"]) == 0
    out = capsys.readouterr().out
    assert "MEASURE F" in out and "rule=measure." in out  # each listed prediction names the rule that made it
    rc = main(["evaluate", "--gold", str(DATA / "real" / "gold"), "--texts", "--measures",
               str(DATA / "real" / "gold-measures"), "--measures-split", "heldout", "--errors"])
    captured = capsys.readouterr()
    assert rc == 2 and captured.err.strip().splitlines() == ["imcovid evaluate: --errors is refused with --measures-split heldout"]
    assert captured.out == ""  # refused before anything was scored


@pytest.mark.parametrize("statement, codes", [
    # Public transport is C5 only when its service is closed or cut, not as a venue of other rules.
    ("全市暂停公共交通运营", {"C5"}),
    ("搭乘公共交通工具时戴口罩", {"H6"}),
])
def test_public_transport_needs_a_closure(statement, codes):
    assert set(code_statement(statement)) == codes


@pytest.mark.parametrize("statement", ["虽然一码通在不久后已经恢复正常", "而此前大数据局长“非必要不亮码”的建议"])
def test_measure_exclusions_of_outages_and_proposals(statement):
    assert excluded(statement)


@pytest.mark.parametrize("statement, codes", [
    ("大力支持参与核酸检测工作", {"CN-MASS-TESTING"}),
    ("出示48小时内核酸检测阴性证明", {"C7"}),
    ("支持方舱医疗救治工作", {"CN-MEDICAL"}),
])
def test_testing_work_and_field_hospitals(statement, codes):
    assert set(code_statement(statement)) == codes


def test_problems_in_testing_are_not_measures():
    assert excluded("一些地方在组织核酸检测中出现防控措施不规范、现场秩序混乱等问题")


@pytest.mark.parametrize("text, expected", [
    # A cumulative figure is dated by the report (截至…, the bulletin's 0—24时 day), not by the outbreak's start.
    ("截至10月26日24时，10月17日以来额济纳旗累计报告本土确诊病例52例。",
     [("confirmed_cumulative", 52, "152923", "2021-10-26")]),
    ("10月26日0—24时，额济纳旗新增本土确诊病例3例。自10月17日额济纳旗发生疫情以来，全旗累计报告本土确诊病例52例。",
     [("confirmed_local", 3, "152923", "2021-10-26"), ("confirmed_cumulative", 52, "152923", "2021-10-26")]),
    # With no report date, a period's start dates nothing (guideline: null).
    ("据报道，10月26日额济纳旗召开会议。自10月17日以来，全旗累计报告本土确诊病例52例。",
     [("confirmed_cumulative", 52, "152923", None)]),
])
def test_cumulative_figures_take_the_report_date(text, expected):
    assert _counts(text, date(2021, 10, 27)) == expected


def test_people_found_in_testing_are_not_people_tested():
    assert _counts("1月12日，大连市甘井子区在对返连人员进行例行核酸检测时发现2人。", date(2022, 1, 27)) == []
    assert _counts("1月12日，大连市累计核酸检测12万人。", date(2022, 1, 27)) == [("tested", 120000, "210200", "2022-01-12")]


@pytest.mark.parametrize("statement, codes", [
    ("乘坐飞机、火车、省际客运班线进（返）京人员", set()),
    ("暂停全市长途客运班线", {"C5"}),
    ("强化了客运管控措施", {"C5"}),
])
def test_road_passenger_services_need_a_suspension(statement, codes):
    assert set(code_statement(statement)) == codes


@pytest.mark.parametrize("statement", ["以冷链从业返乡人员、货运司机居多", "高风险地区"])
def test_descriptions_and_bare_zone_words_are_not_measures(statement):
    assert excluded(statement)


def test_current_cases_said_to_be_in_hospital_are_hospitalised():
    text = "3月15日，呼和浩特市现有本土确诊病例18例，均在定点医院隔离治疗。3月15日，包头市现有确诊病例5例。"
    assert _counts(text) == [("hospitalised", 18, "150100", "2022-03-15")]


# --- issue 15, round 2: rule classes generalized from two sets new to the rules (real-4, gold-corpus A_*) ---

@pytest.mark.parametrize("text, published, expected", [
    # A zero phrase over a list of nouns: each noun is a zero, with the phrase's scope unless it names its own;
    # suspected cases are no metric.
    ("8月5日0—24时，上海市无新增本土确诊病例、疑似病例和无症状感染者。", date(2022, 8, 6),
     [("confirmed_local", 0, "310000", "2022-08-05"), ("asymptomatic_local", 0, "310000", "2022-08-05")]),
    ("11月5日0时至24时，北京无新增境外输入确诊病例和无症状感染者。", date(2021, 11, 6),
     [("confirmed_imported", 0, "110000", "2021-11-05"), ("asymptomatic_imported", 0, "110000", "2021-11-05")]),
    ("6月15日0-24时，广东全省无新增本土确诊病例和本土无症状感染者。", date(2021, 6, 16),
     [("confirmed_local", 0, "440000", "2021-06-15"), ("asymptomatic_local", 0, "440000", "2021-06-15")]),
    ("10月16日，澳门已连续11天无新增有社区传播风险的新冠肺炎病例。", date(2021, 10, 16),
     [("confirmed_local", 0, "820000", "2021-10-16")]),
    # Number first, the noun after it in its longer written forms.
    ("9月10日0-24时，深圳新增20例阳性病例，12例诊断为新冠肺炎确诊病例，8例诊断为新冠病毒无症状感染者。", date(2022, 9, 11),
     [("positive_local", 20, "440300", "2022-09-10"), ("confirmed_local", 12, "440300", "2022-09-10"),
      ("asymptomatic_local", 8, "440300", "2022-09-10")]),
    # Current patients in hospital.
    ("截至6月15日24时，广东全省目前在院213例。", date(2021, 6, 16), [("hospitalised", 213, "440000", "2021-06-15")]),
    # Cases found somewhere are not people under observation or screened; parts by how they were found are not
    # annotated; a mixed count of contacts and their contacts is not close contacts.
    ("9月10日，深圳新增10例阳性病例。其中，在集中隔离人员中发现7例，在高风险区筛查中发现3例。", date(2022, 9, 11),
     [("positive_local", 10, "440300", "2022-09-10")]),
    ("11月4日，大连市将确诊病例的密切接触者和密切接触者的密切接触者共计377人转入医学观察点。", date(2021, 11, 5), []),
])
def test_case_count_zero_lists_number_first_and_found(text, published, expected):
    assert _counts(text, published) == expected


def test_case_count_lists_go_on_across_parts_by_attribute_and_zones_have_no_place():
    text = ("6月15日0-24时，广东全省新增境外输入无症状感染者9例，广州报告3例，来自柬埔寨；深圳报告5例，3例来自南非，其余2例"
            "来自阿富汗；东莞报告1例。")
    assert _counts(text, date(2021, 6, 16)) == [
        ("asymptomatic_imported", n, code, "2021-06-15")
        for n, code in ((9, "440000"), (3, "440100"), (5, "440300"), (1, "441900"))]
    text = "12月23日，西安市累计报告本土确诊病例40例，其中，雁塔区22例、高新区18例。"
    assert _counts(text, date(2021, 12, 24)) == [("confirmed_cumulative", 40, "610100", "2021-12-23"),
                                                 ("confirmed_cumulative", 22, "610113", "2021-12-23"),
                                                 ("confirmed_cumulative", 18, None, "2021-12-23")]


def test_case_count_bulletin_day_and_journey_dates():
    # A running total since a period start, after the bulletin's daily figure, is as of the bulletin's day.
    text = "据江苏省卫健委8月9日通报：8月8日南京市无新增本土确诊病例。\n7月20日以来，南京市累计报告本土确诊病例231例。"
    assert _counts(text, date(2021, 8, 9)) == [("confirmed_local", 0, "320100", "2021-08-08"),
                                               ("confirmed_cumulative", 231, "320100", "2021-08-08")]
    # A person's journey date governs no figure; a sentence opening on N imported cases restates the day's cases.
    text = ("2022年8月5日0—24时，上海市新增境外输入性新冠肺炎确诊病例1例。\n病例1为中国籍，于2022年8月3日抵达上海浦东国际机场，"
            "入关后即被集中隔离观察。\n1例境外输入性确诊病例已转至定点医疗机构救治，已追踪同航班密切接触者62人。")
    assert _counts(text, date(2022, 8, 6)) == [("confirmed_imported", 1, "310000", "2022-08-05"),
                                               ("confirmed_imported", 1, "310000", "2022-08-05"),
                                               ("close_contacts", 62, "310000", "2022-08-05")]


@pytest.mark.parametrize("statement, codes", [
    ("于10月19日零时起解除关闭部份娱乐场所的特别措施", {"C2"}),
    ("初中学业水平考试体育与健身科目统一测试暂停", {"C1"}),
    ("高校也陆续转为封闭管理状态", {"C1"}),
    ("已开展流行病学调查", {"H3"}),
    ("一些城市关闭了部分高速公路的出入口", {"C7"}),
    ("这些城市需要在高速口设立检查点", {"C7"}),
    ("要建立统一格式、全国互认、办理便捷的通行证制度", {"C7"}),
    ("为居民发放抗原自测试纸进行自测", {"CN-MASS-TESTING"}),
    ("随着南京市的多轮核酸检测", {"CN-MASS-TESTING"}),
    ("正在有序开展流调溯源、隔离管控、核酸检测、医疗救治等处置工作", {"H3", "CN-CENTRAL-QUARANTINE", "CN-MASS-TESTING", "CN-MEDICAL"}),
    ("要穿好防护服", {"H6"}),
    ("带来了防护服", set()),
    ("准备为隔离人员提供日常配餐", {"CN-SUPPLY"}),
    ("分三批向普陀区运送100万斤新鲜蔬菜", {"CN-SUPPLY"}),
    ("承接部分物资运输任务", set()),
    ("境外输入确诊病例", set()),
    ("无新增境外输入性新冠肺炎确诊病例", set()),
    ("严格落实境外输入人员闭环管理", {"C8"}),
])
def test_measure_codes_round_two(statement, codes):
    assert set(code_statement(statement)) == codes


@pytest.mark.parametrize("statement, action", [
    ("不得层层加码", "relax"), ("严禁擅自关停高速公路服务区", "relax"), ("严禁在高速公路主线设置防疫检测点", "relax"),
    ("严禁聚集", "maintain"), ("即日起将北蔡镇列为中风险地区", "impose"), ("将第一批3万斤蔬菜送到了市民手中", "maintain"),
    ("将于下周开展全员核酸检测", "announce-plan"), ("要优化核酸筛查", "strengthen"), ("加密设置核酸检测点", "strengthen"),
    ("国务院联防联控机制派出督查组", "impose"), ("新增4个中风险地区", "impose"), ("缩小包围圈再开展一次核酸筛查", "impose"),
])
def test_measure_actions_round_two(statement, action):
    assert statement_action(statement) == action


@pytest.mark.parametrize("statement", [
    "在隔离观察的密接人员排查中发现", "在集中隔离人员中发现", "经初步流调", "并不表示用户实际到访过中高风险地区",
    "在督查组的大力指导和支持下", "一名商铺工作人员告诉记者", "通过口岸联防联控机制", "经过上一轮核酸筛查后",
])
def test_measure_exclusions_round_two(statement):
    assert excluded(statement)


def test_home_observation_is_monitoring():
    text = "因疫情防控政策相关规定，我需要居家健康观察14天。"
    assert _measures(text, date(2022, 3, 10)) == [("CN-HEALTH-MONITORING", "maintain")]


def test_supply_staff_are_no_supply_measure():
    assert "CN-SUPPLY" not in code_statement("为更好地向保供人员提供服务")


def test_arrivals_from_abroad_are_c8_without_a_c8_cue():
    text = "病例1为中国籍，于2022年7月29日抵达上海浦东国际机场，入关后即被集中隔离观察。"
    ms = [m for m in annotate(text, date(2022, 8, 6)) if m["type"] == "MEASURE"]
    assert [(m["code"], m["action"], m["level"], m["rule"]) for m in ms] == [("C8", "maintain", "2", "measure.arrivals_c8")]


def test_fourth_real_set_and_gold_corpus_development_floors():
    """tests/data/real-4's 8 development posts (H_, J_; its held-out part is scored by the docs' quality table) and
    the 14 development A_* posts of tests/data/gold-corpus with the measure gold of annotator G: new to the rules at round 2
    of issue 15 (CASE_COUNT 0.564 / 0.688, MEASURE by code 0.477 / 0.372, by code+action 0.318 / 0.291); the round-2
    rules reach the figures of the floors below or more. The floors guard against regressions."""
    real4 = DATA / "real-4"
    only, exclude = em.split_selection(real4 / "split.json", "development")
    report = em.evaluate_gold_texts(real4 / "gold-measures", [real4 / "gold"], only=only, exclude=exclude)
    assert report["articles"] == 8
    assert report["CASE_COUNT"]["f1"] >= FLOOR_REAL4[0]
    assert report["MEASURE code"]["f1"] >= FLOOR_REAL4[1] and report["MEASURE code+action"]["f1"] >= FLOOR_REAL4[2]
    corpus = DATA / "gold-corpus"
    report = em.evaluate_gold_texts(corpus / "gold-measures", [corpus])
    assert report["articles"] == 14
    assert report["CASE_COUNT"]["f1"] >= FLOOR_CORPUS[0]
    assert report["MEASURE code"]["f1"] >= FLOOR_CORPUS[1] and report["MEASURE code+action"]["f1"] >= FLOOR_CORPUS[2]


FLOOR_REAL4 = (0.94, 0.76, 0.70)
FLOOR_CORPUS = (0.91, 0.79, 0.73)


def test_cue_patterns_run_only_where_their_plain_word_occurs_without_losing_hits():
    """A cue pattern scans a text only when the text holds the plain word every match must contain (``_anchor``);
    over the real development texts this finds exactly the hits of scanning with every pattern."""
    from imcovid.annotate.measures import _anchor, _anchors, _scanner, cue_hits

    assert _anchor("入境人员[^，]{0,20}隔离") == "入境人员" and _anchor("(?:关闭|封闭)[^，]{0,16}出口") == "出口"
    assert _anchor("离[开]?[\u4e00-\u9fff]{1,4}须") == "离" and _anchor("戴上?口罩") == "口罩"
    assert _anchors("(?:关闭|封闭)[^，]{0,16}(?:出口|入口)") == ("关闭", "封闭")
    assert _anchors("(?:须|需)?[^，]{0,6}持证") == ("持证",) and _anchors("(?:须|需)?[^，]{0,6}[持带]") == ()
    words, cue_of, patterns = _scanner()
    for path in sorted((DATA / "real-4" / "gold-measures").glob("*.json")) + sorted((DATA / "real-2" / "gold-measures").glob("*.json")):
        text = json.loads(path.read_text(encoding="utf-8"))["text"]
        full = [(start, i) for start, _, word in words.find(text) for i in cue_of[word]]
        full += [(m.start(), i) for pattern, i, _ in patterns for m in pattern.finditer(text)]
        assert cue_hits(text) == sorted(full)


@pytest.mark.parametrize("statement, codes", [
    ("准备为封闭管理小区提供日常配餐", {"CN-SUPPLY"}),   # the closed compounds are whom the meals serve
    ("任务清单下达——为某封闭管理小区", set()),
    ("严格落实封闭管理各项措施", {"C6"}),
    ("酒店工作人员需要穿着防护服入内工作", {"H6"}),
    ("穿上防护服的他在清理垃圾", set()),                # a description, not a rule
])
def test_beneficiaries_and_descriptions_round_two(statement, codes):
    assert set(code_statement(statement)) == codes


@pytest.mark.parametrize("statement", ["他的健康码变成了红色", "逐一联系未被封闭管理的志愿者"])
def test_events_of_a_person_are_not_measures(statement):
    assert excluded(statement)


def test_in_hospital_noun_keeps_the_running_total_for_the_items_after_it():
    text = "2022年7月3日0时至2022年8月5日24时，上海市累计本土确诊153例，在院治疗13例，死亡0例；无症状感染者650例。"
    assert _counts(text, date(2022, 8, 6)) == [("confirmed_cumulative", 153, "310000", "2022-08-05"),
                                               ("hospitalised", 13, "310000", "2022-08-05"),
                                               ("deaths", 0, "310000", "2022-08-05"),
                                               ("asymptomatic_cumulative", 650, "310000", "2022-08-05")]


@pytest.mark.parametrize("statement, codes", [
    ("大量货车无法驶下高速", {"C7"}),
    ("大量司机因行程码带星而无法下高速", {"C7", "CN-HEALTH-CODE"}),
    ("严禁在高速公路主线和服务区设置防疫检测点", {"C7"}),
])
def test_blocked_movement_is_a_movement_restriction(statement, codes):
    assert not excluded(statement) and set(code_statement(statement)) == codes


def test_an_inability_that_is_no_movement_stays_excluded():
    assert excluded("若无法提供核酸检测阴性证明")


@pytest.mark.parametrize("statement, codes", [
    ("转入医学观察点实施隔离医学观察", {"CN-CENTRAL-QUARANTINE"}),
    ("目前店铺员工都在酒店隔离中", {"CN-CENTRAL-QUARANTINE"}),
])
def test_facility_observation_is_central_quarantine(statement, codes):
    assert set(code_statement(statement)) == codes


def test_a_belief_is_no_measure():
    assert excluded("不少公众以为高速公路无法通行了")


@pytest.mark.parametrize("statement, action", [
    ("各地不得擅自阻断或关闭高速公路", "relax"), ("坚决防止“一刀切”、层层加码", "relax"),
    ("不得随意关闭高速公路和普通公路的服务区、收费站", "relax"),
])
def test_forbidding_closures_relaxes(statement, action):
    assert statement_action(statement) == action


@pytest.mark.parametrize("statement, codes", [
    ("把加强针送到农牧民家门口", {"H7"}),
    ("近几天抗原检测试剂的销量明显增加", set()),
    ("组织居民开展抗原检测", {"CN-MASS-TESTING"}),
])
def test_vaccine_delivery_and_antigen_kits(statement, codes):
    assert set(code_statement(statement)) == codes
