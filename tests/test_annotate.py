"""Annotation against the seeds' gold (the bars of the issue) and rule by rule on the guidelines' examples."""

from __future__ import annotations

from datetime import date

import pytest

from imcovid.annotate import annotate
from imcovid.evaluate import evaluate_dirs, evaluate_gold_texts, format_table, score

from conftest import CORPUS, GOLD

BARS = {"LOCATION": 0.95, "PERSON": 0.90, "DATE": 0.95, "ORGANIZATION": 0.70}


@pytest.fixture(scope="module")
def gold_report():
    return evaluate_gold_texts(GOLD)


@pytest.mark.parametrize("kind", sorted(BARS))
def test_gold_bars(gold_report, kind):
    assert gold_report[kind]["f1"] >= BARS[kind], format_table(gold_report)


def test_published_mentions_meet_the_bars(seeds_dataset):
    report = evaluate_dirs(GOLD, seeds_dataset)
    assert report["articles"] == 5 and report["missing"] == []
    for kind, bar in BARS.items():
        assert report[kind]["f1"] >= bar, format_table(report)


def kinds(text, published=date(2021, 10, 26)):
    return [(m["type"], m["surface"]) for m in annotate(text, published)]


def by_type(text, kind, published=date(2021, 10, 26)):
    return [m for m in annotate(text, published) if m["type"] == kind]


def test_person_title_is_the_introducing_phrase():
    [person] = [m for m in by_type("国家卫生健康委党组书记、主任马晓伟一行到额济纳旗。", "PERSON")]
    assert (person["surface"], person["title"]) == ("马晓伟", "国家卫生健康委党组书记、主任")
    [person] = by_type("会上，盟委委员、秘书长魏治国一同督导。", "PERSON")
    assert (person["surface"], person["title"]) == ("魏治国", "盟委委员、秘书长")


def test_each_name_of_a_leaders_list_is_a_person():
    persons = by_type("自治区领导张韶春、包钢、丁绣峰及有关部门负责同志参加活动。", "PERSON")
    assert [(p["surface"], p["title"]) for p in persons] == [("张韶春", "自治区领导"), ("包钢", "自治区领导"), ("丁绣峰", "自治区领导")]


def test_postposed_title_and_recurrences():
    persons = by_type("马晓伟在听取汇报后强调。王莉霞指出，马晓伟主任一行来我区。国家卫生健康委主任马晓伟说。", "PERSON")
    assert [p["surface"] for p in persons].count("马晓伟") == 3
    assert any(p["title"] == "主任" for p in persons)


def test_anonymised_and_honorific_persons():
    surfaces = [p["surface"] for p in by_type("确诊病例许某曾与平某某接触，王女士表示配合。", "PERSON")]
    assert surfaces == ["许某", "平某某", "王女士"]


def test_locations_carry_code_level_and_parents():
    places = {m["surface"]: m for m in by_type("额济纳旗和阿拉善盟、内蒙古自治区，以及二连浩特市、呼和浩特。", "LOCATION")}
    assert places["额济纳旗"]["code"] == "152923" and places["额济纳旗"]["level"] == "county"
    assert places["额济纳旗"]["prefecture_code"] == "152900" and places["额济纳旗"]["province_code"] == "150000"
    assert places["阿拉善盟"]["code"] == "152900" and places["内蒙古自治区"]["code"] == "150000"
    assert places["二连浩特市"]["code"] == "152501" and places["呼和浩特"]["code"] == "150100"


def test_short_forms_and_places_inside_organizations():
    codes = [m["code"] for m in by_type("据内蒙古日报消息，额济纳旗纪委监委通报，阿拉善健康宝码。", "LOCATION")]
    assert codes == ["150000", "152923", "152900"]


def test_not_locations():
    assert by_type("我区全旗自治区各地西北地区来京人员", "LOCATION") == []


def test_ambiguous_name_is_decided_by_context_or_left_null():
    [m] = by_type("朝阳区发现1例。", "LOCATION")
    assert m["code"] is None and "ambiguous" in m["note"]
    decided = by_type("北京市朝阳区发现1例。", "LOCATION")
    assert [x["code"] for x in decided] == ["110000", "110105"]


def test_organizations_longest_name_without_positions():
    orgs = [m["surface"] for m in by_type("由阿拉善盟盟委书记代钦兼任额济纳旗旗委书记。中共额济纳旗纪律检查委员会发布通告。", "ORGANIZATION")]
    assert orgs == ["阿拉善盟盟委", "额济纳旗旗委", "中共额济纳旗纪律检查委员会"]
    assert by_type("成立疫情防控指挥部。", "ORGANIZATION") == []


def test_dates_take_the_publication_year_and_never_guess():
    [d] = by_type("10月26日，额济纳旗通报。", "DATE")
    assert d["value"] == "2021-10-26"
    [d] = by_type("2022年1月1日以来", "DATE")
    assert d["value"] == "2022-01-01"
    [d] = by_type("12月30日召开会议", "DATE", published=date(2022, 1, 5))
    assert d["value"] == "2021-12-30"
    [d] = by_type("8月5日召开会议", "DATE", published=None)
    assert d["value"] is None and d["note"]
    assert by_type("17日上午，当天，昨日", "DATE") == []


def test_offsets_hold_on_every_corpus_text():
    from imcovid.clean import clean_document
    from imcovid.config import load_config
    from imcovid.readers import read_source

    for path in sorted(CORPUS.iterdir()):
        fields = clean_document(read_source(path.name, path.read_bytes()), load_config()).fields
        mentions = annotate(fields["text"], fields["published_date_local"])
        assert mentions == annotate(fields["text"], fields["published_date_local"])  # deterministic
        for m in mentions:
            assert fields["text"][m["start"]:m["end"]] == m["surface"], (path.name, m)


def test_score_on_hand_made_cases():
    gold = [{"type": "PERSON", "surface": "代钦"}, {"type": "PERSON", "surface": "代钦"},
            {"type": "ORGANIZATION", "surface": "国务院联防联控机制综合组赴内蒙古工作组"},
            {"type": "LOCATION", "surface": "内蒙古", "code": "150000"}, {"type": "DATE", "surface": "8月5日", "value": None}]
    predicted = [{"type": "PERSON", "surface": "代钦"}, {"type": "PERSON", "surface": "魏治国"},
                 {"type": "ORGANIZATION", "surface": "国务院联防联控机制综合组"},
                 {"type": "LOCATION", "surface": "内蒙古自治区", "code": "150000"}]
    report = score([(gold, predicted)])
    assert report["PERSON"]["matched"] == 1 and report["PERSON"]["precision"] == 0.5 and report["PERSON"]["recall"] == 0.5
    assert report["ORGANIZATION"]["matched"] == 1
    assert report["LOCATION"]["f1"] == 1.0
    assert report["DATE"]["recall"] == 0.0
