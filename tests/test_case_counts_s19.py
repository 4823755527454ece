"""CASE_COUNT rules of session 19, found on unseen daily bulletins and flash news (证券时报网 快讯, 新浪财经, 知乎热榜
answers of January 2022): the 累计 of a count of tests is not carried to the cases found in that testing (rule
``case_count.response_marker``); the parts of a case figure by the state the cases were found in (其中隔离点23例，居家隔离
31例，封管控区5例) are no counts of people under observation (rule ``case_count.found_in_state``); a bulletin's
无治愈出院病例 with no 新增 is a zero of recovered people (rule ``case_count.zero``); 密接 right after the classifier is
the counted noun (发现一例密接); a full-width full stop (．, as some answers end their lines) ends a figure's noun; a
figure after divisions of several provinces named together (天津、北京、上海、河南安阳…，超400人感染) has no place
(rule ``place.across_provinces``), not the last one named nor the article's; 无新增疑似病例和无症状感染者 reads the
zero after the suspected cases (rule ``case_count.zero_list``); (the day-before reading of a window with no day,
``as_of.bare_window``, was dropped after review: see test_case_counts_s19c.py); a list of place lines may open with item numbers (1. 许昌市74例；) after a lead ending 分布如下： (rule ``case_count.list_lines``); a day
without its month that glosses 今天 (今天（10日）) is the publication date when it is that date's day (rule
``as_of.today_gloss``); the author's own jurisdiction (本市, 我省) stays the division it was first resolved to when the
nearest division before a later 本市 lies in another province (rule ``place.own_jurisdiction``); a figure that only
names whose contact or relative someone is (1例确诊病例的密接者) counts no cases (rule ``case_count.relation_after``,
lexicon kind relation_after); cases linked to another place (1例北京关联病例) are read with their noun; a Chinese
numeral with a placeholder zero (一百零五) is read (``numbers.chinese_to_int``); a period started at a full date and
running until a day of its month (自2022年1月15日6时启动，截至16日6时) dates its figures by that day (rule
``as_of.started_until``); a figure's noun may end at a headline's mark (】, #, ｜, ？, ”, …, a space:
【#天津新增33例本土确诊#】, 天津新增33例本土确诊｜最新通报), a figure of its own; a part of a case figure by the
virus variant (其中奥密克戎变异株感染者30例) is an attribute, no figure (rule ``case_count.variant_part``, lexicon kind
variant).
The texts are invented in the layouts of real posts (other numbers and places): regression tests of the rules, not
evidence of quality. Each positive case fails on release 23.0.0; the negative cases (marked) pass on both and guard
the rules' limits."""

from __future__ import annotations

from datetime import date

import pytest

from case_count_tuples import case_count_rules, case_counts

PUBLISHED = date(2022, 1, 16)
DAY = "2022-01-15"


def _counts(text):
    return case_counts(text, PUBLISHED)


@pytest.mark.parametrize("text, expected", [
    # the cases found by a round of testing after its cumulative sample count: new, not cumulative
    ("1月15日0—24时，呼和浩特市累计采样检测120万人，共检出阳性15例，均来自新城区。",
     [("tested", 1200000, "150100", DAY), ("positive_local", 15, "150100", DAY)]),
    ("1月15日，包头市累计采样80万人份，已出报告11万人，检出阳性感染者6例。",
     [("tested", 110000, "150200", DAY), ("positive_local", 6, "150200", DAY)]),
    # negative: a case figure's own 累计 stays, and so does the marker carried within the cases' own list
    ("截至1月15日24时，呼和浩特市累计报告确诊病例20例、无症状感染者3例。",
     [("confirmed_cumulative", 20, "150100", DAY), ("asymptomatic_cumulative", 3, "150100", DAY)]),
    # negative: a test count after a test count keeps the list's marker (no case figure involved)
    ("1月15日，包头市累计核酸检测120万人，其中东河区30万人。",
     [("tested", 1200000, "150200", DAY), ("tested", 300000, "150202", DAY)]),
])
def test_response_marker_not_carried_to_cases(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # parts by where the cases were found: no figures (the first part, 隔离点, was none already)
    ("1月15日，额济纳旗全员核酸检测共检出阳性15例，其中隔离点10例，居家隔离4例，封管控区1例。",
     [("positive_local", 15, "152923", DAY)]),
    ("1月15日，额济纳旗新增确诊病例15例，其中居家隔离5例，集中隔离10例。",
     [("confirmed_local", 15, "152923", DAY)]),
    # negative: a current marker makes the part a count of people under observation
    ("截至1月15日24时，天津累计报告无症状感染者22例，其中尚在医学观察14例。",
     [("asymptomatic_cumulative", 22, "120000", DAY), ("under_observation", 14, "120000", DAY)]),
    # negative: the parts of close contacts by their quarantine are people under observation
    ("1月15日，包头市新增密切接触者120人，其中集中隔离80人，居家隔离40人。",
     [("close_contacts", 120, "150200", DAY), ("under_observation", 80, "150200", DAY),
      ("under_observation", 40, "150200", DAY)]),
    # negative: people in quarantine in a sentence of their own, not a breakdown of cases
    ("1月15日，额济纳旗新增确诊病例15例。目前，集中隔离1200人，居家隔离500人。",
     [("confirmed_local", 15, "152923", DAY), ("under_observation", 1200, "152923", DAY),
      ("under_observation", 500, "152923", DAY)]),
    # negative: parts by place after the same breakdown word stay
    ("1月15日，包头市新增确诊病例5例，其中东河区3例、昆都仑区2例。",
     [("confirmed_local", 5, "150200", DAY), ("confirmed_local", 3, "150202", DAY),
      ("confirmed_local", 2, "150203", DAY)]),
])
def test_parts_by_state_found_in(text, expected):
    assert _counts(text) == expected


def test_found_in_state_rule_names():
    assert case_count_rules("1月15日，额济纳旗新增确诊病例15例，其中居家隔离5例。", PUBLISHED) == ["case_count.head"]


@pytest.mark.parametrize("text, expected", [
    ("2月12日15时至24时，辽宁省新增1例本土新冠肺炎确诊病例。无治愈出院病例。",
     [("confirmed_local", 1, "210000", "2022-02-12"), ("recovered", 0, "210000", "2022-02-12")]),
    ("1月15日，包头市无出院病例。", [("recovered", 0, "150200", DAY)]),
    # negative: the new-case zero and deaths as before
    ("1月15日0—24时，天津无新增治愈出院病例，无死亡病例。",
     [("recovered", 0, "120000", DAY), ("deaths", 0, "120000", DAY)]),
    # negative: 无出院病例的 qualifies something else (a ward, a hospital): no figure
    ("1月15日，包头市无出院病例的定点医院继续救治。", []),
])
def test_zero_recovered_without_new(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("1月15日，北京延庆发现一例密接。", [("close_contacts", 1, "110119", DAY)]),
    ("1月15日，北京延庆发现2例密接人员。", [("close_contacts", 2, "110119", DAY)]),
    # negative: secondary contacts are not counted
    ("1月15日，北京延庆发现1例次密接。", []),
    # negative: 密接 qualifying a longer noun after the figure (密接者的家属: a contact's relative) is not the contacts
    ("1月15日，北京延庆发现1例密接者的家属阳性。", []),
])
def test_close_contacts_abbreviated_after_classifier(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("1月10日，许昌禹州检测出74例确诊病例．", [("confirmed_local", 74, "411081", "2022-01-10")]),
    # negative: a full-width point before a digit is a decimal point, not a sentence's end
    ("1月10日，禹州检测出74例确诊病例．5", []),
])
def test_full_width_full_stop(text, expected):
    assert case_counts(text, date(2022, 1, 13)) == expected


@pytest.mark.parametrize("text, expected", [
    ("截至目前，奥密克戎本土疫情分别在天津、北京、上海、河南安阳，超400人感染。",
     [("positive_cumulative", 400, None, None)]),
    ("1月15日，天津市、河南安阳市累计报告感染者400余例。", [("positive_cumulative", 400, None, DAY)]),
    # negative: divisions of one province share it (浙江), of one prefecture share that (牡丹江)
    ("浙江省宁波、绍兴、杭州三地报告新增确诊病例43例。", [("confirmed_local", 43, "330000", None)]),
    ("1月15日，黑龙江绥芬河、东宁新增确诊病例4例。", [("confirmed_local", 4, "231000", DAY)]),
    # negative: two places not named together: the one in the figure's clause
    ("1月15日，北京、上海均出现本土阳性人员，北京新增1例本土确诊病例。", [("confirmed_local", 1, "110000", DAY)]),
    # negative: 分别 gives each place its figure
    ("1月15日，呼和浩特市、包头市新增确诊病例分别为5例、3例。",
     [("confirmed_local", 5, "150100", DAY), ("confirmed_local", 3, "150200", DAY)]),
])
def test_places_of_several_provinces(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("1月15日0—24时，北京新增1例本土新冠肺炎病例（海淀区），无新增疑似病例和无症状感染者。",
     [("confirmed_local", 1, "110000", DAY), ("asymptomatic_local", 0, "110000", DAY)]),
    # the scope of an earlier zero phrase is not the later nouns'
    ("1月15日，北京无新增境外输入确诊病例，无新增疑似病例和无症状感染者。",
     [("confirmed_imported", 0, "110000", DAY), ("asymptomatic_local", 0, "110000", DAY)]),
    # negative: suspected cases alone are no metric
    ("1月15日，北京无新增疑似病例。", []),
])
def test_zero_list_after_suspected_cases(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("1月15日，河南新增本土确诊病例87例，分布如下：\n1. 许昌市74例；\n2. 郑州市8例；\n3. 安阳市5例。",
     [("confirmed_local", 87, "410000", DAY), ("confirmed_local", 74, "411000", DAY),
      ("confirmed_local", 8, "410100", DAY), ("confirmed_local", 5, "410500", DAY)]),
    ("1月15日，河南新增本土确诊病例87例：\n1、许昌市74例；\n2、郑州市13例。",
     [("confirmed_local", 87, "410000", DAY), ("confirmed_local", 74, "411000", DAY),
      ("confirmed_local", 13, "410100", DAY)]),
    # negative: numbered lines after a figure that are no parts of it
    ("1月15日，河南新增本土确诊病例87例。\n1. 许昌市召开会议。\n2. 郑州市8个小区封控。",
     [("confirmed_local", 87, "410000", DAY)]),
    # negative: a lead with 如下 but no figure before it leads nothing counted
    ("1月15日，河南防控措施如下：\n1. 许昌市74个小区封控；\n2. 郑州市8个小区封控。", []),
])
def test_numbered_list_lines(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("published, text, expected", [
    (date(2022, 1, 10), "记者今天（10日）从许昌市人民政府新闻发布会上了解到，禹州市今天（10日）0—12时新增本土确诊病例34例。",
     [("confirmed_local", 34, "411081", "2022-01-10")]),
    # negative: a glossed day that is not the publication day's dates nothing (a repost); nor does 今天 alone
    (date(2022, 1, 10), "禹州市今天（9日）0—12时新增本土确诊病例34例。", [("confirmed_local", 34, "411081", None)]),
    (date(2022, 1, 10), "禹州市今天0—12时新增本土确诊病例34例。", [("confirmed_local", 34, "411081", None)]),
    # negative: a compared 今日 (较今日) is no gloss
    (date(2022, 1, 10), "禹州市新增本土确诊病例34例，较今日（10日）上午公布的数字多2例。",
     [("confirmed_local", 34, "411081", None)]),
])
def test_today_glossed_by_its_day(published, text, expected):
    assert case_counts(text, published) == expected


@pytest.mark.parametrize("text, expected", [
    ("北京新增确诊病例\n1月15日，本市新增2例本土新冠肺炎确诊病例。\n患者已在开往威海的列车上进行管控。截至目前，本市累计报告本土确诊病例3例。",
     [("confirmed_local", 2, "110000", DAY), ("confirmed_cumulative", 3, "110000", DAY)]),
    # negative: two cities of one province, each with its own 本市: the nearest stays
    ("呼和浩特市卫健委通报，1月15日，本市新增2例本土确诊病例。包头市卫健委通报，1月15日，本市新增3例本土确诊病例。",
     [("confirmed_local", 2, "150100", DAY), ("confirmed_local", 3, "150200", DAY)]),
    # negative: a division named after the anaphor is the figure's own
    ("北京新增确诊病例\n1月15日，本市新增2例本土确诊病例。\n截至目前，本市海淀区累计报告本土确诊病例3例。",
     [("confirmed_local", 2, "110000", DAY), ("confirmed_cumulative", 3, "110108", DAY)]),
])
def test_own_jurisdiction_stays(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a figure naming whose contact someone is: no count of cases
    ("1月15日，北京海淀区1例确诊病例的密接者在河北廊坊检测阳性。", []),
    ("1月15日，天津津南区报告的1例确诊病例的密接者在安阳市检出阳性。", []),
    # negative: the day's figure named again with its marker stays
    ("1月15日，天津新增的3例确诊病例的密切接触者已全部隔离。", [("confirmed_local", 3, "120000", DAY)]),
    # negative: a count of the contacts themselves stays
    ("1月15日，北京新增密切接触者12人。", [("close_contacts", 12, "110000", DAY)]),
])
def test_relation_after_figure(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("1月15日，河北廊坊报告1例北京关联病例。", [("confirmed_local", 1, "131000", DAY)]),
    ("1月15日，廊坊市新增2例北京关联的本土确诊病例。", [("confirmed_local", 2, "131000", DAY)]),
    # negative: 境外输入关联 is local, 境外输入 imported, as before
    ("1月15日，廊坊市新增1例境外输入关联确诊病例。", [("confirmed_local", 1, "131000", DAY)]),
    ("1月15日，廊坊市新增1例境外输入确诊病例。", [("confirmed_imported", 1, "131000", DAY)]),
])
def test_place_linked_cases(text, expected):
    assert _counts(text) == expected


def test_found_in_state_not_for_contacts_of_cases():
    # negative: the parts of the contacts of cases (the last noun before 其中) by their quarantine are people observed
    assert _counts("1月15日，包头市追踪到确诊病例的密切接触者100人，其中隔离点80人，居家隔离20人。") == [
        ("close_contacts", 100, "150200", DAY), ("under_observation", 20, "150200", DAY)]


@pytest.mark.parametrize("numeral, value", [
    ("一百零五", 105), ("一千零二", 1002), ("一万零三百", 10300),
    # negative: a zero that is a digit of its own, not a placeholder after a unit, is still no numeral
    ("一〇五", None), ("二〇二二", None),
    # negative: the forms read before
    ("两百", 200), ("十二", 12), ("一百二十三", 123), ("〇", 0),
])
def test_chinese_numeral_with_placeholder_zero(numeral, value):
    from imcovid.annotate.numbers import parse_number

    assert parse_number(numeral) == value


def test_figure_with_placeholder_zero():
    assert _counts("1月15日，天津新增确诊病例一百零五例。") == [("confirmed_local", 105, "120000", DAY)]


def test_response_marker_rule_recorded():
    assert case_count_rules("1月15日，包头市累计采样检测120万人，共检出阳性15例。", PUBLISHED) == [
        "case_count.head", "case_count.response_marker"]


@pytest.mark.parametrize("text, expected", [
    ("自2022年1月15日6时启动，截至16日6时，全市第三次全员核酸检测累计采样检测12431636人，共检出59例阳性。",
     [("tested", 12431636, None, "2022-01-16"), ("positive_local", 59, None, "2022-01-16")]),
    # negative: a day alone that ends no period started at a full date still dates nothing
    ("1月15日，天津开展全员核酸检测。截至16日6时，累计采样检测120万人。", [("tested", 1200000, "120000", None)]),
])
def test_started_until_day(text, expected):
    assert case_counts(text, date(2022, 1, 17)) == expected


@pytest.mark.parametrize("text, expected", [
    # a text with no counted noun anywhere: its bare new figures are read too
    ("1月28日0-7时，杭州再新增6例，其中富阳有3例。",
     [("confirmed_local", 6, "330100", "2022-01-28"), ("confirmed_local", 3, "330111", "2022-01-28")]),
    # negative: 新增 with another classifier or unit is no case figure
    ("1月28日，杭州新增6个小区封控，新增就业1200万人。", []),
])
def test_bare_new_in_text_without_nouns(text, expected):
    assert case_counts(text, date(2022, 1, 28)) == expected


@pytest.mark.parametrize("text, expected", [
    # a headline in brackets or a hashtag before the body: a figure of its own, with no date of its own
    ("【#天津新增33例本土确诊#】1月15日0－24时，天津新增33例本土新冠肺炎确诊病例。",
     [("confirmed_local", 33, "120000", None), ("confirmed_local", 33, "120000", DAY)]),
    ("#北京新增1例本土确诊# 据北京市卫健委消息，1月15日0－24时，北京新增1例本土确诊病例。",
     [("confirmed_local", 1, "110000", None), ("confirmed_local", 1, "110000", DAY)]),
    # negative: a bracketed label with no figure adds nothing
    ("【天津疫情】1月15日0－24时，天津新增33例本土新冠肺炎确诊病例。", [("confirmed_local", 33, "120000", DAY)]),
])
def test_bracketed_and_hashtag_headlines(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text", [
    "天津新增33例本土确诊｜最新通报\n1月15日，天津新增33例本土确诊病例。",
    "天津新增33例本土确诊？\n1月15日，天津新增33例本土确诊病例。",
    "“天津新增33例本土确诊”引关注。1月15日，天津新增33例本土确诊病例。",
    "天津新增33例本土确诊 均在津南区\n1月15日，天津新增33例本土确诊病例。",
])
def test_headline_marks_end_the_noun(text):
    assert _counts(text) == [("confirmed_local", 33, "120000", None), ("confirmed_local", 33, "120000", DAY)]


def test_headline_mark_does_not_end_a_longer_noun():
    # negative: a noun that goes on after the figure (确诊病例的活动轨迹) is read as before, once
    assert _counts("1月15日，天津公布新增的33例本土确诊病例的活动轨迹｜最新") == [("confirmed_local", 33, "120000", DAY)]


@pytest.mark.parametrize("text, expected", [
    ("1月15日，天津新增本土确诊病例33例，其中奥密克戎变异株感染者30例。", [("confirmed_local", 33, "120000", DAY)]),
    # negative: a figure of variant infections with its own marker, or a part by place, stays
    ("1月15日，天津新增奥密克戎变异株感染者30例。", [("positive_local", 30, "120000", DAY)]),
    ("截至1月15日，全国累计报告奥密克戎变异株感染者400余例，其中天津累计报告奥密克戎感染者300例。",
     [("positive_cumulative", 400, None, DAY), ("positive_cumulative", 300, "120000", DAY)]),
    ("1月15日，天津新增本土确诊病例33例，其中津南区30例，均为奥密克戎变异株感染者。",
     [("confirmed_local", 33, "120000", DAY), ("confirmed_local", 30, "120112", DAY)]),
])
def test_parts_by_variant(text, expected):
    assert _counts(text) == expected
