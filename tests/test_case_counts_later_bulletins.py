"""CASE_COUNT on layouts of the 2022 national and Inner Mongolia daily bulletins that no gold set holds (issue 15,
seventh round): breakdowns of recovered people, lists of released people, asides on parts by place. The texts are
invented in those layouts (other numbers): regression tests of the rules, not evidence of quality (that is
``imcovid evaluate --texts --measures`` on the real sets)."""

from __future__ import annotations

from datetime import date

import pytest

from imcovid.annotate import annotate
from case_count_tuples import case_counts, case_count_rules


def _counts(text, published=date(2022, 9, 9)):
    return case_counts(text, published)


def _rules(text, published=date(2022, 9, 9)):
    return case_count_rules(text, published)


_NATIONAL = "9月8日0—24时，31个省（自治区、直辖市）和新疆生产建设兵团报告新增确诊病例120例。无新增死亡病例。\n"


# case_count.breakdown_family: the parts of a count of recovered people by scope and by place are recovered people,
# not new cases (the national bulletins from 2022 on break their 治愈出院 down so).
@pytest.mark.parametrize("text, expected", [
    (_NATIONAL + "当日新增治愈出院病例150例，其中境外输入病例20例，本土病例130例（四川71例，广西59例），解除医学观察的密切接触者3000人。",
     [("recovered", 150, None, "2022-09-08"), ("recovered", 20, None, "2022-09-08"),
      ("recovered", 130, None, "2022-09-08"), ("recovered", 71, "510000", "2022-09-08"),
      ("recovered", 59, "450000", "2022-09-08")]),
    # (deaths broken down the same way)
    ("9月8日0—24时，某省报告新增死亡病例5例，其中境外输入病例1例，本土病例4例。",
     [("deaths", 5, None, "2022-09-08"), ("deaths", 1, None, "2022-09-08"), ("deaths", 4, None, "2022-09-08")]),
])
def test_breakdown_of_recovered_keeps_its_family(text, expected):
    assert _counts(text)[-len(expected):] == expected


def test_breakdown_family_rule_is_named():
    text = _NATIONAL + "当日新增治愈出院病例150例，其中境外输入病例20例，本土病例130例。"
    assert _rules(text)[-2:] == ["case_count.breakdown_family", "case_count.breakdown_family"]


# A new-case total's own breakdown is unchanged: 其中境外输入病例 are imported cases.
def test_new_case_breakdown_unchanged():
    assert _counts(_NATIONAL.replace("。无新增死亡病例。\n", "。其中境外输入病例20例，本土病例100例（四川100例）。")) == [
        ("confirmed_imported", 20, None, "2022-09-08"), ("confirmed_local", 100, None, "2022-09-08"),
        ("confirmed_local", 100, "510000", "2022-09-08")]


_RELEASED = ("8月21日0—24时，内蒙古自治区报告本土确诊病例治愈出院9例，其中赤峰市6例、锡林郭勒盟3例；"
             "解除医学观察的本土无症状感染者12例，其中赤峰市10例（红山区4例、翁牛特旗6例）、阿拉善盟2例。")


# case_count.released_list: people released from observation are not counted, nor is the list by place after them
# (before, it went on the list of recovered people before it).
def test_list_after_released_people_is_not_counted():
    assert _counts(_RELEASED, date(2022, 8, 22)) == [
        ("recovered", 9, "150000", "2022-08-21"), ("recovered", 6, "150400", "2022-08-21"),
        ("recovered", 3, "152500", "2022-08-21")]


# case_count.place_part_aside: an aside in parentheses on a part by place (系同一航班确诊病例) says who the people
# were; the part is counted for its place. A part by how the cases were found (其中1例在隔离点检出) is not counted.
@pytest.mark.parametrize("text, expected", [
    ("8月22日0—24时，内蒙古自治区报告本土确诊病例治愈出院3例，其中呼和浩特市1例（系同一航班确诊病例）、锡林郭勒盟2例（均在二连浩特市）。",
     [("recovered", 3, "150000", "2022-08-22"), ("recovered", 1, "150100", "2022-08-22"),
      ("recovered", 2, "152500", "2022-08-22")]),
    ("8月22日0—24时，内蒙古自治区报告新增本土无症状感染者2例（均在阿拉善盟额济纳旗，其中1例在隔离点检出、1例在重点人员筛查中检出）。",
     [("asymptomatic_local", 2, "150000", "2022-08-22")]),
])
def test_aside_on_a_part_by_place(text, expected):
    assert _counts(text, date(2022, 8, 23)) == expected


_DAY = "9月18日0—24时，内蒙古自治区报告新增本土确诊病例3例（在赤峰市）。{sentence}"


# case_count.bulletin_paragraph: a later sentence of a paragraph that opens on the day's reporting window reports that
# day's cases when it names their scope (境外输入确诊病例1例，由首都机场…分流); not without a window or a scope.
@pytest.mark.parametrize("text, expected", [
    (_DAY.format(sentence="境外输入确诊病例1例，由首都机场国际航班分流至呼和浩特白塔国际机场。"),
     [("confirmed_imported", 1, "150000", "2022-09-18")]),
    (_DAY.format(sentence="境外输入无症状感染者2例（由首都机场国际航班分流至呼和浩特白塔国际机场）。"),
     [("asymptomatic_imported", 2, "150000", "2022-09-18")]),
    ("据内蒙古卫健委通报，" + _DAY.format(sentence="境外输入确诊病例1例。"), [("confirmed_imported", 1, "150000", "2022-09-18")]),
    # (no window: a sentence of a feature that names imported cases reports no day's figure)
    ("9月18日，内蒙古自治区报告新增本土确诊病例3例。境外输入确诊病例1例，由首都机场分流。", []),
    # (the paragraph's last marker is 累计: a total, read by its own rules)
    (_DAY.format(sentence="累计报告本土确诊病例30例。境外输入确诊病例1例。"), [("confirmed_cumulative", 30, "150000", "2022-09-18")]),
])
def test_later_sentence_of_a_days_bulletin(text, expected):
    assert _counts(text, date(2022, 9, 19))[1:] == expected


_CURRENT = ("截至9月18日24时，内蒙古自治区现有本土确诊病例20例，其中赤峰市15例（红山区5例、松山区10例）、阿拉善盟5例（均在额济纳旗），"
            "本土无症状感染者8例，其中赤峰市8例。境外输入无症状感染者2例，在呼和浩特市。{closing}")
_HOSPITALISED = [("hospitalised", 20, "150000", "2022-09-18"), ("hospitalised", 15, "150400", "2022-09-18"),
                 ("hospitalised", 5, "150402", "2022-09-18"), ("hospitalised", 10, "150404", "2022-09-18"),
                 ("hospitalised", 5, "152900", "2022-09-18"), ("hospitalised", 8, "150000", "2022-09-18"),
                 ("hospitalised", 8, "150400", "2022-09-18"), ("hospitalised", 2, "150000", "2022-09-18")]


# case_count.paragraph_current: the closing sentence of a 现有 paragraph that puts all the people above in hospital
# makes its current counts hospitalised, its later sentences included; without it (or when it is about contacts
# only) current counts are no metric, as before.
@pytest.mark.parametrize("closing, expected", [
    ("以上人员均在定点医院隔离治疗，所有密切接触者都在指定场所集中隔离医学观察，严防疫情扩散蔓延。", _HOSPITALISED),
    ("均在定点医院隔离治疗，所有密切接触者均在指定场所集中隔离医学观察。", _HOSPITALISED),
    ("所有密切接触者均在指定场所集中隔离医学观察。", []),
    ("", []),
])
def test_current_counts_put_in_hospital_by_the_closing_sentence(closing, expected):
    assert _counts(_CURRENT.format(closing=closing), date(2022, 9, 19)) == expected


def test_paragraph_current_rule_is_named():
    text = _CURRENT.format(closing="以上人员均在定点医院隔离治疗。")
    assert "case_count.paragraph_current" in _rules(text, date(2022, 9, 19))


@pytest.mark.parametrize("text, expected", [
    # case_count.of_which: "of the new cases, 29 were found by …" breaks the figure down by how they were found, as
    # 其中 does: no part is counted.
    ("10月25日，额济纳旗报告新增本土确诊病例35例。额济纳旗新增确诊病例中，29例为全员核酸筛查中确诊；3例为集中隔离人员核酸检测中确诊；"
     "1例在主动就诊时核酸检测中确诊。", [("confirmed_local", 35, "152923", "2021-10-25")]),
    # A zero that qualifies a noun (连续7日无新增阳性感染者的小区) reports no figure.
    ("10月8日，呼和浩特市新增无症状感染者30例。连续7日无新增阳性感染者的小区，实行“两日一检”。",
     [("asymptomatic_local", 30, "150100", "2021-10-08")]),
    # Patients discharged (5名患者出院, 共有423名患者陆续治愈出院) are recovered people.
    ("3月17日，呼和浩特市又有5名患者出院，截至目前，共有423名患者陆续治愈出院。",
     [("recovered", 5, "150100", "2021-03-17"), ("recovered", 423, "150100", "2021-03-17")]),
])
def test_more_bulletin_phrasings(text, expected):
    assert _counts(text, date(2021, 12, 1)) == expected


@pytest.mark.parametrize("text, published, expected", [
    # A list lead ending with a dash (本土病例4例——) leads its list lines as a colon does.
    ("11月20日0—24时，31个省（自治区、直辖市）和新疆生产建设兵团报告新增确诊病例9例。其中境外输入病例5例（上海5例）；本土病例4例——\n"
     "辽宁3例，均在大连市；\n云南1例，在德宏傣族景颇族自治州。", date(2021, 11, 21),
     [("confirmed_imported", 5, None, "2021-11-20"), ("confirmed_imported", 5, "310000", "2021-11-20"),
      ("confirmed_local", 4, None, "2021-11-20"), ("confirmed_local", 3, "210000", "2021-11-20"),
      ("confirmed_local", 1, "530000", "2021-11-20")]),
    # case_count.dated_parts: a list by place in a sentence of its own (按照行政区域划分，…) after parts by sex goes on
    # the day's figure before them.
    ("4月10日，上海市新增500例新冠肺炎本土确诊病例。\n今天发布的500例确诊病例中，男性260例，女性240例。按照行政区域划分，松江区300例、"
     "闵行区200例。", date(2022, 4, 11),
     [("confirmed_local", 500, "310000", "2022-04-10"), ("confirmed_local", 500, "310000", "2022-04-10"),
      ("confirmed_local", 300, "310117", "2022-04-10"), ("confirmed_local", 200, "310112", "2022-04-10")]),
    # The new marker after the number (报告2例新增境外输入性新冠肺炎确诊病例).
    ("2022年4月16日0—24时，上海通过口岸联防联控机制，报告2例新增境外输入性新冠肺炎确诊病例。", date(2022, 4, 17),
     [("confirmed_imported", 2, "310000", "2022-04-16")]),
])
def test_list_and_marker_layouts(text, published, expected):
    assert _counts(text, published) == expected


# case_count.restated: a figure named again to break it down (新增的3例确诊病例中，…; 118例…确诊病例中，…) is the figure it
# names, of that metric, place and day.
def test_restated_figure_takes_the_named_figures_metric():
    text = ("2020年4月15日7时至4月16日7时，内蒙古自治区报告新增境外输入新冠肺炎确诊病例3例。其中，新增的3例确诊病例中，2例为来自俄罗斯由满洲里"
            "公路口岸入境的病例。\n截至2020年4月16日7时，内蒙古自治区累计报告境外输入新冠肺炎确诊病例118例。118例境外输入新冠肺炎确诊病例中，"
            "74例来自俄罗斯、44例来自英国。")
    assert _counts(text, date(2020, 4, 16)) == [
        ("confirmed_imported", 3, "150000", "2020-04-16"), ("confirmed_imported", 3, "150000", "2020-04-16"),
        ("confirmed_cumulative", 118, "150000", "2020-04-16"), ("confirmed_cumulative", 118, "150000", "2020-04-16")]
    assert _rules(text, date(2020, 4, 16))[1] == "case_count.restated"


# A closing paragraph of its own (以上患者均在定点医院接受隔离治疗) puts the current counts above it in hospital, unless a
# paragraph between reports new figures.
@pytest.mark.parametrize("between, expected", [
    ("截至2020年4月22日24时，内蒙古自治区报告无症状感染者0例。\n",
     [("hospitalised", 1, "150000", "2020-04-23"), ("hospitalised", 84, "150000", "2020-04-23"),
      ("asymptomatic_cumulative", 0, "150000", "2020-04-22")]),
    ("满洲里市当日新增境外输入确诊病例3例。\n", [("confirmed_imported", 3, "150781", "2020-04-23")]),
])
def test_closing_paragraph_puts_current_counts_in_hospital(between, expected):
    text = ("截至2020年4月23日7时，内蒙古自治区现有输入本土确诊病例1例、疑似病例2例；境外输入确诊病例84例、疑似病例5例。\n" + between
            + "以上患者均在定点医院接受隔离治疗，所有密切接触者均在定点场所集中隔离医学观察。")
    assert _counts(text, date(2020, 4, 23)) == expected


# Parts by the test that found them (8例为集中隔离期间核酸检测中结果呈阳性) are not counted.
def test_parts_found_by_a_test_are_not_counted():
    text = ("12月2日，满洲里市新增本土新冠肺炎确诊病例11例。据了解，新增的确诊病例中，8例为集中隔离期间核酸检测中结果呈阳性，经专家组会诊，"
            "诊断为新冠肺炎确诊病例；3例为封控区人群核酸检测中结果呈阳性。")
    assert _counts(text, date(2021, 12, 3)) == [("confirmed_local", 11, "150781", "2021-12-02")]


def test_heading_list_item_span_has_no_space():
    spans = [m["surface"] for m in annotate("昨日31省份新增本土确诊病例39例 内蒙古19例\n正文。", date(2022, 10, 24))
             if m["type"] == "CASE_COUNT"]
    assert spans == ["新增本土确诊病例39例", "内蒙古19例"]


# 亿 counts cases too (全球累计确诊病例已超过2.9亿例); 14亿人 stays a population.
@pytest.mark.parametrize("text, expected", [
    ("世卫组织数据显示，截至1月4日，全球累计确诊病例已超过2.9亿例。", [("confirmed_cumulative", 290000000, None, "2022-01-04")]),
    ("截至1月4日，全国累计确诊病例14亿人中无一例重症。", []),
])
def test_yi_counts_cases(text, expected):
    assert _counts(text, date(2022, 1, 5)) == expected


# place.section_heading: a heading line that is only a place (【北京】, 北京：) names the place of the figures under it
# that name none, not the place the section before left.
@pytest.mark.parametrize("heading, expected_place", [("【北京】", "110000"), ("北京：", "110000"), ("各地：", "620000")])
def test_section_heading_names_the_place(heading, expected_place):
    text = ("【甘肃】\n10月26日0时至24时，甘肃省新增本土确诊病例4例。\n" + heading + "\n新增3例本土确诊病例。")
    assert _counts(text, date(2021, 10, 27)) == [("confirmed_local", 4, "620000", "2021-10-26"),
                                                 ("confirmed_local", 3, expected_place, "2021-10-26")]


# A list item's span keeps a 中 or 为 of its place name (榆中县76例); 其中 and 为 open an item only at its start.
def test_item_span_keeps_zhong_of_a_place_name():
    text = "11月24日0—24时，甘肃省新增无症状感染者80例，其中兰州市80例（城关区4例、榆中县76例）。"
    spans = [m["surface"] for m in annotate(text, date(2022, 11, 25)) if m["type"] == "CASE_COUNT"]
    assert spans == ["新增无症状感染者80例", "兰州市80例", "城关区4例", "榆中县76例"]


# case_count.successive: 先后新增确诊9例、5例、18例 lists the figures of successive days, each of the list's kind; a bare
# item without 先后/依次/分别 stays a part by attribute (not counted).
@pytest.mark.parametrize("text, expected", [
    ("21日至24日，额济纳旗先后新增确诊9例、5例、18例。", [("confirmed_local", 9, "152923", None),
                                               ("confirmed_local", 5, "152923", None), ("confirmed_local", 18, "152923", None)]),
    ("21日，额济纳旗新增确诊9例、5例。", [("confirmed_local", 9, "152923", None)]),
])
def test_successive_figures(text, expected):
    assert _counts(text, date(2021, 10, 27)) == expected
    if len(expected) > 1:
        assert _rules(text, date(2021, 10, 27))[1:] == ["case_count.successive"] * (len(expected) - 1)


# A period with 时间 and a comma before its figure (10天时间，超800例感染者): the new cases of that period, no single day.
def test_period_with_shijian():
    assert _counts("四川省广安市邻水县10天时间，超800例感染者。", date(2022, 5, 19)) == [
        ("positive_local", 800, "511623", None)]


# A 日 that ends a date starts no country (10月17日本轮疫情: not 日本): the figure stays the province's.
@pytest.mark.parametrize("text, expected_place", [
    ("11月9日，内蒙古自治区召开新闻发布会。自10月17日本轮疫情发生以来，我区累计报告本土确诊病例166例。", "150000"),
    ("11月9日，据日本厚生劳动省统计，日本累计确诊病例180万例。", None),
])
def test_date_before_ben_is_no_japan(text, expected_place):
    assert [c[2] for c in _counts(text, date(2021, 11, 10))] == [expected_place]


# A day of a timeline with nothing new (7月26日，无新增。) is a zero of positive people that day; 无新增 inside a longer
# phrase is read by its own rules.
def test_timeline_day_without_new_infections():
    text = "7月25日，民权县通告2例无症状感染者。\n7月26日，无新增。\n7月27日，民权县新增2例无症状感染者。"
    assert _counts(text, date(2022, 8, 4)) == [
        ("asymptomatic_local", 2, "411421", "2022-07-25"), ("positive_local", 0, "411421", "2022-07-26"),
        ("asymptomatic_local", 2, "411421", "2022-07-27")]


# The restated figure is the one of its family and written marker (新增的3例 names the new cases, not a total of 3).
def test_restated_figure_follows_its_marker():
    text = "11月9日，某市新增本土确诊病例3例，累计报告本土确诊病例3例。新增的3例确诊病例中，2例为学生。"
    assert _counts(text, date(2021, 11, 10))[-1] == ("confirmed_local", 3, None, "2021-11-09")


# None found outside quarantine (社会面零新增, 社会面无新增阳性感染者) is a part by how cases were found, not the day's zero.
@pytest.mark.parametrize("text, expected", [
    ("9月10日0-24时，深圳新增20例阳性病例，均为集中隔离人员，社会面零新增。", [("positive_local", 20, "440300", "2022-09-10")]),
    ("9月10日，深圳市社会面无新增阳性感染者。", []),
    ("9月10日，深圳市无新增阳性感染者。", [("positive_local", 0, "440300", "2022-09-10")]),
])
def test_community_zero_is_a_part(text, expected):
    assert _counts(text, date(2022, 9, 11)) == expected


# 累计新增 over a period is a running total (the guideline's cumulative "for whatever period the text gives").
def test_cumulative_new_over_a_period():
    assert _counts("10月19日~26日8时，内蒙古阿拉善盟额济纳旗累计新增本土确诊病例78例。", date(2021, 10, 27)) == [
        ("confirmed_cumulative", 78, "152923", "2021-10-26")]


# case_count.parts_after_note: a 其中 list after a note inside a part's parentheses is the part's breakdown by place when
# its figures add up to the part's (包头市4例（含1例…转为确诊病例，其中昆都仑区2例、青山区2例）); when they add up to
# the note's figure (乌海市6例（含2例…，其中海勃湾区1例、乌达区1例）) they break the note down and are not counted.
def test_parts_after_a_note_in_parentheses():
    text = ("10月21日0—24时，内蒙古自治区报告新增本土确诊病例10例，其中包头市4例（含1例由无症状感染者转为确诊病例，其中昆都仑区2例、"
            "青山区2例）、乌海市6例（含2例由无症状感染者转为确诊病例，其中海勃湾区1例、乌达区1例）。")
    assert _counts(text, date(2022, 10, 22)) == [
        ("confirmed_local", 10, "150000", "2022-10-21"), ("confirmed_local", 4, "150200", "2022-10-21"),
        ("confirmed_local", 2, "150203", "2022-10-21"), ("confirmed_local", 2, "150204", "2022-10-21"),
        ("confirmed_local", 6, "150300", "2022-10-21")]
