"""CASE_COUNT rules of session 17, found on unseen news (bulletins, world figures, Hong Kong papers on the mainland): a
zone among the places before 各 is one of the places (九龙坡区、两江新区、沙坪坝区各1例: a figure each, the zone's without a
division; rule ``case_count.each``); deaths written 病故, 染疫不治, 染疫身亡 or N例死亡; 本土新确诊 and the disease name 新型肺炎
of wire digests; a list item's skip word (13例无症状转确诊和…) no longer drops the next figure that names its own noun; a
total split at once into confirmed and asymptomatic parts with 包括/分别为 or Hong Kong's 宗/个案 is their sum (positive_local
when local; an imported one has no metric and is not annotated, its parts are); a large count with no classifier
before its noun (累计超过1000万确诊病例; rule ``value.no_classifier``); a date before a place and 在对入境人员… dates the
finding; a count before its verb (6人被确诊为新冠肺炎病例), not inside a noun phrase (5名被确诊新冠的患者); a part after
其中 takes the whole's disease and cause (2例鼠疫病例，其中1例死亡; deaths after a vaccination are no figures); 内地
before a report is the mainland as a whole (no place); cases of people arriving (自香港入境的) are imported. The texts are invented in the layouts of real news (other numbers and places): regression tests of the rules,
not evidence of quality. Each positive case fails on release 21.0.0; the negative cases (marked) pass on both and guard
the rules' limits, except the crash (坠机), a precision fix that fails on 21.0.0."""

from __future__ import annotations

from datetime import date

import pytest

from case_count_tuples import case_count_rules, case_counts
from imcovid.annotate.case_counts import ANNOTATOR
from test_case_counts_s12 import _version

PUBLISHED = date(2021, 11, 5)
DAY = "2021-11-04"


def _counts(text):
    return case_counts(text, PUBLISHED)


def test_annotator_version():
    assert _version(ANNOTATOR) >= (1, 8)  # (compared as numbers: test_case_counts_s12._version)


@pytest.mark.parametrize("text, expected", [
    # a zone inside the list of districts before 各: five figures, the zone's without a division
    ("11月4日0—24时，重庆市报告新增本地确诊病例5例（江北区、渝中区、北碚区、两江新区、南岸区各1例）。",
     [("confirmed_local", 5, "500000", DAY), ("confirmed_local", 1, "500105", DAY),
      ("confirmed_local", 1, "500103", DAY), ("confirmed_local", 1, "500109", DAY),
      ("confirmed_local", 1, None, DAY), ("confirmed_local", 1, "500108", DAY)]),
    # the zone opening the list
    ("11月4日0—24时，重庆市报告新增本地确诊病例3例（两江新区、江北区、南岸区各1例）。",
     [("confirmed_local", 3, "500000", DAY), ("confirmed_local", 1, None, DAY),
      ("confirmed_local", 1, "500105", DAY), ("confirmed_local", 1, "500108", DAY)]),
    # the zone closing the list after 和
    ("11月4日，西安市新增本土确诊病例3例，莲湖区、灞桥区和高新区各1例。",
     [("confirmed_local", 3, "610100", DAY), ("confirmed_local", 1, "610104", DAY),
      ("confirmed_local", 1, "610111", DAY), ("confirmed_local", 1, None, DAY)]),
])
def test_zone_in_each_list(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # (negative) a list of divisions only, as before
    ("11月4日0—24时，重庆市报告新增本地确诊病例2例（江北区、南岸区各1例）。",
     [("confirmed_local", 2, "500000", DAY), ("confirmed_local", 1, "500105", DAY),
      ("confirmed_local", 1, "500108", DAY)]),
    # (negative) words other than a zone in the list: no figure for each
    ("11月4日0—24时，重庆市报告新增本地确诊病例2例，江北区新增病例和南岸区各1例。",
     [("confirmed_local", 2, "500000", DAY), ("confirmed_local", 1, "500108", DAY)]),
])
def test_zone_in_each_list_limits(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # deaths as overseas papers write other countries' figures
    ("另据秘鲁卫生部3日通报，秘鲁境内新增1842人确诊，累计确诊攀升至221万3004例；另新增95人染疫不治，累计病故增至20万1126例。",
     [("confirmed_local", 1842, None, None), ("confirmed_cumulative", 2213004, None, None),
      ("deaths", 95, None, None), ("deaths", 201126, None, None)]),
    ("阿根廷新增3120人染疫身亡。",
     [("deaths", 3120, None, None)]),
    # N例死亡 after the cases' classifier
    ("据该国卫生部统计，智利11月3日全境共新增2万4318例确诊及187例死亡。",
     [("confirmed_local", 24318, None, "2021-11-03"), ("deaths", 187, None, "2021-11-03")]),
])
def test_deaths_words(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a crash's deaths are no epidemic figure (坠机, a cause of death other than the epidemic; read on 21.0.0)
    ("一架直升机在山区坠机，坠机事件相关的死亡人数上升至11人。", []),
    # (negative) 例死亡 in an accident's paragraph
    ("事故共造成4例死亡、6人受伤。", []),
    # (negative) 病故 after a small count of people is not read
    ("该院3名老职工近年先后病故。", []),
])
def test_deaths_words_limits(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a wire digest's wording: 新型肺炎, 本土新确诊, and a reclassification item before the next figure
    ("11月4日0至24时，中国大陆报告21例新型肺炎本土新确诊、4例无症状转确诊和33例本土无症状，无新增死亡病例。",
     [("confirmed_local", 21, None, DAY), ("asymptomatic_local", 33, None, DAY), ("deaths", 0, None, DAY)]),
])
def test_digest_wording(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # (negative) a word before the earlier figure still governs both (released people, not new cases)
    ("当日解除医学观察5例无症状感染者和3例密切接触者。", [("close_contacts", 3, None, None)]),
    # (negative) the reclassified item itself stays unread
    ("11月4日，中国大陆报告4例无症状转确诊。", []),
])
def test_digest_wording_limits(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # imported people testing positive, split at once: the parts only (no metric counts the sum)
    ("上海市卫健委表示，前一天新增从香港输入个案27宗，分别为19宗确诊、8宗无症状感染。",
     [("confirmed_imported", 19, "310000", DAY), ("asymptomatic_imported", 8, "310000", DAY)]),
    ("11月4日，浙江新增境外输入病例7例，包括4例确诊病例和3例无症状感染者。",
     [("confirmed_imported", 4, "330000", DAY), ("asymptomatic_imported", 3, "330000", DAY)]),
    # local ones: the sum is positive_local, 无症状感染个案 asymptomatic
    ("11月4日，深圳新增本土个案41宗，包括16宗确诊和25宗无症状感染个案。",
     [("positive_local", 41, "440300", DAY), ("confirmed_local", 16, "440300", DAY),
      ("asymptomatic_local", 25, "440300", DAY)]),
])
def test_split_at_once(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # (negative) a part that does not add up keeps the total as written
    ("11月4日，浙江新增境外输入病例7例，其中4例确诊病例来自日本。",
     [("confirmed_imported", 7, "330000", DAY)]),
])
def test_split_at_once_limits(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # large counts before their noun, no classifier
    ("截至目前，英国累计超过900万确诊病例。", [("confirmed_cumulative", 9000000, None, None)]),
    ("巴西和俄罗斯分别累计逾2186万确诊、60万病故；864万确诊病例、24万病故。",
     [("confirmed_cumulative", 21860000, None, None), ("deaths", 600000, None, None),
      ("confirmed_cumulative", 8640000, None, None), ("deaths", 240000, None, None)]),
])
def test_large_count_noun_after(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # (negative) money, a population
    ("该市投入超过2000万元用于确诊病例救治。", []),
    ("该市有1200万人口，新增确诊病例2例。", [("confirmed_local", 2, None, None)]),
])
def test_large_count_noun_after_limits(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a date before a place and 在对入境人员…: the finding's day
    ("11月4日二连浩特市在对入境人员核酸筛查中发现3例新冠肺炎确诊病例。",
     [("confirmed_local", 3, "152501", DAY)]),
])
def test_date_before_inbound_screening(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # (negative) a journey's date governs no figure after it
    ("该病例10月28日从蒙古国入境，新增确诊病例1例。", [("confirmed_local", 1, None, None)]),
])
def test_date_before_inbound_screening_limits(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the count before its verb, COVID-19 named after it
    ("11月4日，同车乘客中又有6人被确诊为新冠肺炎病例。", [("confirmed_local", 6, None, DAY)]),
    ("截至11月4日，该校共有14人被确诊感染新冠病毒。", [("confirmed_cumulative", 14, None, DAY)]),
    # (negative) people found to be contacts are no cases
    ("11月4日，该小区有9人被确诊为密切接触者。", []),
])
def test_count_before_its_verb(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # (review s17fixcc/8a) a relative clause inside a noun phrase: the count is the patients', of the verb after it
    ("截至11月4日，该院收治的5名被确诊新冠的患者已全部治愈出院。", []),
    ("截至11月4日，5名被确诊新冠肺炎的患者已全部治愈出院。", []),
    ("截至11月4日，该院收治的3名被确诊为新冠肺炎病例的学生均已转入定点医院。", []),
])
def test_count_before_its_verb_not_in_noun_phrase(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # (review s17fixcc/5) a part after 其中 has the whole's disease: another disease's deaths and parts are no figures
    ("11月4日，巴彦淖尔市报告2例鼠疫病例，其中1例死亡。", []),
    ("11月4日，江苏省报告人感染H7N9禽流感病例3例，其中1例死亡。", []),
    ("截至11月4日，广东省今年累计报告登革热病例1000例，其中21例死亡。", []),
    ("截至11月4日，广东省今年累计报告登革热病例1000例，其中，21例为重症。", []),
    ("11月4日，巴彦淖尔市报告2例鼠疫病例，其中1名患者死亡。", []),
    # deaths after a vaccination are adverse events, not the epidemic's, whatever their wording
    ("截至11月4日，该国接种第三剂疫苗后共出现3例死亡。", []),
    ("截至11月4日，该国报告接种疫苗后出现血栓病例30例，其中7例死亡。", []),
    ("截至11月4日，该国接种新冠疫苗后共出现3例死亡病例。", []),
])
def test_deaths_other_disease_or_vaccine(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # (negative) a COVID-19 whole keeps its parts
    ("11月4日，该国新增确诊病例3000例，其中7例死亡。",
     [("confirmed_local", 3000, None, DAY), ("deaths", 7, None, DAY)]),
    # (negative) another disease in an earlier clause of the sentence is not the figure's
    ("当前正值流感高发季节，11月4日该市新增本土确诊病例5例，其中1例死亡。",
     [("confirmed_local", 5, None, DAY), ("deaths", 1, None, DAY)]),
    # (negative) the vaccination in the next clause is not the deaths'
    ("11月4日，该国新增死亡病例3例，均未接种新冠疫苗。", [("deaths", 3, None, DAY)]),
])
def test_deaths_other_disease_or_vaccine_limits(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 内地 (Hong Kong papers' word for the mainland) before a report: the country's figures, no place (the article's
    # most named place, Beijing, before)
    ("11月4日，内地新增本土个案120宗，包括50宗确诊及70宗无症状感染。北京多3宗病例。",
     [("positive_local", 120, None, DAY), ("confirmed_local", 50, None, DAY), ("asymptomatic_local", 70, None, DAY)]),
    ("11月4日，内地新增本土确诊病例50例，其中北京3例。",
     [("confirmed_local", 50, None, DAY), ("confirmed_local", 3, "110000", DAY)]),
    # (negative) 内地 inside 省内|地市 is no mainland: the province's figure (fails with 内地 alone as a national term)
    ("11月4日，广东省内地市新增本土确诊病例5例。", [("confirmed_local", 5, "440000", DAY)]),
    ("11月4日，深圳市新增本土确诊病例5例，市内地铁停运。", [("confirmed_local", 5, "440300", DAY)]),
])
def test_mainland_is_national(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # cases of people arriving (自香港入境的, 经…口岸入境的) are imported, whether the scope is written after the number or
    # before the parts of a total split at once
    ("11月4日，内地新增至少119宗自香港入境的新冠病例，当中包括86宗确诊和33宗无症状感染个案。",
     [("confirmed_imported", 86, None, DAY), ("asymptomatic_imported", 33, None, DAY)]),
    ("11月4日，满洲里市新增3例经满洲里口岸入境的确诊病例。", [("confirmed_imported", 3, "150781", DAY)]),
    # (negative) the contacts of arriving people are local cases; people screened on arrival (对入境人员) no scope
    ("11月4日，满洲里市新增本土确诊病例3例，均为入境的货车司机的密切接触者。", [("confirmed_local", 3, "150781", DAY)]),
    ("11月4日二连浩特市在对入境人员核酸筛查中发现2例新冠肺炎确诊病例。", [("confirmed_local", 2, "152501", DAY)]),
])
def test_arrivals_are_imported(text, expected):
    assert _counts(text) == expected


def test_rules_recorded():
    assert case_count_rules("11月4日0—24时，重庆市报告新增本地确诊病例2例（江北区、两江新区各1例）。", PUBLISHED) == [
        "case_count.head", "case_count.each", "case_count.each"]
