"""CASE_COUNT on provincial and city daily bulletins written as other provinces' commissions write them (issue 15,
fifth round). Each text keeps the figures of a development bulletin's layout and changes only the vocabulary or
the punctuation another outlet uses: invented regression tests of the rules, not evidence of quality (that is
``imcovid evaluate --texts --measures`` on the real sets)."""

from __future__ import annotations

from datetime import date

import pytest

from imcovid.annotate import annotate
from case_count_tuples import case_counts


def _counts(text, published=date(2022, 4, 11)):
    return case_counts(text, published)


# place.trailing_clause: the place said after a figure (，在武汉市 / ，均在长春市 / （苏州市）) is where that figure was
# found; it is no head of the next figure, which stays the province's as the first does.
@pytest.mark.parametrize("where", ["，在武汉市", "，均在武汉市", "（武汉市）", "，均在武汉市、孝感市"])
def test_place_after_a_figure_is_not_the_next_figures_head(where):
    text = f"4月10日0—24时，湖北省新增本土确诊病例1例{where}；新增本土无症状感染者3例；新增境外输入确诊病例2例。"
    assert _counts(text) == [("confirmed_local", 1, "420000", "2022-04-10"),
                             ("asymptomatic_local", 3, "420000", "2022-04-10"),
                             ("confirmed_imported", 2, "420000", "2022-04-10")]


def test_trailing_place_before_a_list_by_place():
    text = "2022年4月10日0时至24时，江苏省新增本土确诊病例3例（苏州市），新增本土无症状感染者7例（苏州市5例、无锡市2例）。"
    assert _counts(text) == [("confirmed_local", 3, "320000", "2022-04-10"),
                             ("asymptomatic_local", 7, "320000", "2022-04-10"),
                             ("asymptomatic_local", 5, "320500", "2022-04-10"),
                             ("asymptomatic_local", 2, "320200", "2022-04-10")]


# case_count.found_part: parts of a breakdown by how the cases were found (为隔离管控人员, 为社区筛查发现, 在隔离管控中
# 发现) are attributes, not metrics; screening counted in 例 is cases found, not people screened.
@pytest.mark.parametrize("parts", ["其中3例为隔离管控人员，9例为社区筛查发现。",
                                   "其中：3例确诊病例和10例无症状感染者为隔离管控人员，2例为社区筛查发现。",
                                   "其中3例确诊病例和10例无症状感染者在隔离管控中发现。",
                                   "其中管控人员13例，社会面筛查人员2例。"])
def test_parts_by_how_found_are_not_counted(parts):
    text = "3月20日0—24时，深圳新增3例新冠肺炎确诊病例，新增12例无症状感染者。" + parts
    assert _counts(text) == [("confirmed_local", 3, "440300", "2022-03-20"),
                             ("asymptomatic_local", 12, "440300", "2022-03-20")]


def test_a_part_by_scope_is_still_counted():
    text = "3月20日0—24时，深圳新增新冠肺炎确诊病例5例，其中3例为境外输入病例。"
    assert ("confirmed_local", 5, "440300", "2022-03-20") in _counts(text)


# place.headline_fallback: a city bulletin that says 全市 before naming its city: the figure after its list by
# district continues the city, not the article's most named place.
def test_figure_after_a_district_list_continues_the_city():
    text = ("3月3日0—24时，全市新增本土确诊病例3例，分别为：市南区2例、市北区1例；新增本土无症状感染者4例，分别为："
            "崂山区3例、黄岛区1例。青岛市卫健委发布。")
    assert _counts(text, date(2022, 3, 4)) == [
        ("confirmed_local", 3, "370200", "2022-03-03"), ("confirmed_local", 2, "370202", "2022-03-03"),
        ("confirmed_local", 1, "370203", "2022-03-03"), ("asymptomatic_local", 4, "370200", "2022-03-03"),
        ("asymptomatic_local", 3, "370212", "2022-03-03"), ("asymptomatic_local", 1, "370211", "2022-03-03")]


# case_count.state: a state written right before the counted noun with no 的 (治愈出院确诊病例, 现有在院治疗确诊病例)
# is the metric, as 在院治疗的确诊病例 is.
@pytest.mark.parametrize("phrase, metric", [("治愈出院确诊病例12例", "recovered"), ("治愈出院的本土确诊病例12例", "recovered"),
                                            ("现有在院治疗确诊病例12例", "hospitalised"),
                                            ("现有住院治疗的确诊病例12例", "hospitalised")])
def test_state_before_the_counted_noun(phrase, metric):
    text = f"3月3日0—24时，吉林省新增本土确诊病例20例。当日解除医学观察的密切接触者80人，{phrase}。"
    assert _counts(text, date(2022, 3, 4)) == [("confirmed_local", 20, "220000", "2022-03-03"),
                                               (metric, 12, "220000", "2022-03-03")]
    assert [m["surface"] for m in annotate(text, date(2022, 3, 4)) if m["type"] == "CASE_COUNT"][-1].endswith(phrase[-8:])


# value.shared_classifier: a number whose classifier is the next item's (Shanghai's 确诊病例914和无症状感染者25173例).
@pytest.mark.parametrize("joint", ["和", "、"])
def test_number_sharing_the_next_items_classifier(joint):
    text = (f"2022年4月10日0—24时，上海新增本土新冠肺炎确诊病例914{joint}无症状感染者25173例，其中914例确诊病例和24767例"
            "无症状感染者在隔离管控中发现，其余在相关风险人群排查中发现。")
    assert _counts(text) == [("confirmed_local", 914, "310000", "2022-04-10"),
                             ("asymptomatic_local", 25173, "310000", "2022-04-10")]


def test_a_number_before_and_without_a_counted_noun_after_is_no_figure():
    assert _counts("2022年4月10日0—24时，上海新增本土确诊病例3例，4月10和11日两天共开展核酸检测2000万人次。") == [
        ("confirmed_local", 3, "310000", "2022-04-10"), ("tested", 20000000, "310000", None)]


# as_of.today_after_yesterday: 今日 after a 昨日 of the same paragraph is the day after it.
def test_today_after_yesterday():
    text = "4月11日，记者从呼和浩特市卫健委获悉，昨日0时至24时，全市新增本土无症状感染者4例，今日0时至12时新增2例。"
    assert _counts(text) == [("asymptomatic_local", 4, "150100", "2022-04-10"),
                             ("asymptomatic_local", 2, "150100", "2022-04-11")]


# 本地 is read as 本土 wherever the scope of a part or a total is read (Jilin's commission writes 本地).
@pytest.mark.parametrize("scope", ["本土", "本地"])
def test_local_written_bendi_splits_a_total(scope):
    text = (f"3月17日0—24时，31个省（自治区、直辖市）和新疆生产建设兵团报告新增确诊病例80例。其中境外输入病例30例（浙江30例）。\n"
            f"{scope}病例50例\n吉林40例，其中吉林市30例、长春市10例；\n内蒙古10例，其中呼和浩特市8例、通辽市2例。")
    assert _counts(text, date(2022, 3, 18)) == [
        ("confirmed_imported", 30, None, "2022-03-17"), ("confirmed_imported", 30, "330000", "2022-03-17"),
        ("confirmed_local", 50, None, "2022-03-17"), ("confirmed_local", 40, "220000", "2022-03-17"),
        ("confirmed_local", 30, "220200", "2022-03-17"), ("confirmed_local", 10, "220100", "2022-03-17"),
        ("confirmed_local", 10, "150000", "2022-03-17"), ("confirmed_local", 8, "150100", "2022-03-17"),
        ("confirmed_local", 2, "150500", "2022-03-17")]


# case_count.zero with the scope written before 新增 (无本土新增确诊病例), as some outlets order the words.
@pytest.mark.parametrize("zero", ["无新增本土确诊病例", "无本土新增确诊病例"])
def test_zero_with_scope_before_xinzeng(zero):
    text = f"8月8日，南京市{zero}，无新增境外输入确诊病例。"
    assert _counts(text, date(2021, 8, 9)) == [("confirmed_local", 0, "320100", "2021-08-08"),
                                               ("confirmed_imported", 0, "320100", "2021-08-08")]


# Reclassified cases are no new cases however the counted noun is written (当日转为新冠肺炎确诊病例5例).
@pytest.mark.parametrize("noun", ["确诊病例", "新冠肺炎确诊病例"])
def test_reclassified_cases_are_not_counted(noun):
    text = f"3月10日0—24时，湖南省报告新增无症状感染者3例，当日转为{noun}5例，尚在医学观察21例。"
    assert _counts(text, date(2022, 3, 11)) == [("asymptomatic_local", 3, "430000", "2022-03-10"),
                                                ("under_observation", 21, "430000", "2022-03-10")]


# Classes found on the seventh real set's development bulletins (issue 15, fifth round), each written here in
# other words than the posts'.

# place.district_anaphor: 全区 after a district named in its sentence is that district, not an autonomous region.
def test_quanqu_after_a_district_is_the_district():
    text = ("7月11日，广州市召开发布会。当日，海珠区组织开展全区第一轮全员核酸检测，累计完成采样101.5万人。"
            "12日开展第二轮全员核酸检测，已完成采样80万人。")
    assert [c[2] for c in _counts(text, date(2022, 7, 12))] == ["440105", "440105"]


def test_quanqu_in_inner_mongolia_is_the_region():
    text = "3月3日0—24时，内蒙古自治区新增本土确诊病例3例。截至3月3日24时，全区累计报告本土确诊病例580例。"
    assert [c[2] for c in _counts(text, date(2022, 3, 4))] == ["150000", "150000"]


# The counted noun after its number: 核酸检测阳性人员, 阳性 alone at the end of a clause.
@pytest.mark.parametrize("noun", ["核酸检测阳性人员", "核酸检测结果阳性", "阳性人员", "阳性"])
def test_positive_nouns_after_the_number(noun):
    text = f"3月10日，海淀区在重点人群筛查中发现2名{noun}，已转运至定点医院。"
    assert _counts(text, date(2022, 3, 11)) == [("positive_local", 2, "110108", "2022-03-10")]


# case_count.zero: no case discharged (无新增出院确诊病例, 无新增治愈出院病例) is a zero of recovered.
@pytest.mark.parametrize("zero", ["无新增出院确诊病例", "无新增治愈出院病例", "无新增出院病例"])
def test_zero_discharged(zero):
    text = f"2021年10月3日0时至24时，山东省无新增本土确诊病例。{zero}。"
    assert _counts(text, date(2021, 10, 4)) == [("confirmed_local", 0, "370000", "2021-10-03"),
                                                ("recovered", 0, "370000", "2021-10-03")]


# A period up to today with a time of day and a comma before its end (自…下午3时，到今天下午4时): today's figures.
@pytest.mark.parametrize("period", ["自12月12日下午3时，到今天下午4时", "12月12日15时至今天16时", "自12月12日15时至今"])
def test_period_up_to_today_with_times_of_day(period):
    text = f"新华社12月13日电，{period}，江苏省新增本土确诊病例54例（其中南京市7例、苏州市47例）。"
    assert _counts(text, date(2021, 12, 13)) == [("confirmed_local", 54, "320000", "2021-12-13"),
                                                 ("confirmed_local", 7, "320100", "2021-12-13"),
                                                 ("confirmed_local", 47, "320500", "2021-12-13")]


# case_count.origin_part: parts of imported cases by country of origin are attributes; the place of the figures
# after the parenthesis stays the province's.
@pytest.mark.parametrize("parts", ["（烟台市报告美国、日本输入各1例）", "（均为烟台市报告，美国1例、日本1例）",
                                   "（来自美国1例、来自日本1例）"])
def test_parts_by_country_of_origin_are_not_counted(parts):
    text = f"2021年10月3日0时至24时，全省报告新增境外输入确诊病例2例{parts}。无新增死亡病例。山东省卫健委通报。"
    assert _counts(text, date(2021, 10, 4)) == [("confirmed_imported", 2, "370000", "2021-10-03"),
                                                ("deaths", 0, "370000", "2021-10-03")]


# place.origin: a place people came from (对北京市返沈人员…, 来自天津的…) is not where their figure is counted.
@pytest.mark.parametrize("origin", ["对北京市返沈人员", "对北京市朝阳区来(返)沈人员", "对来自北京市的人员"])
def test_place_of_origin_in_the_head(origin):
    text = f"1月24日，沈阳市沈河区在{origin}主动核酸筛查中发现一例核酸检测阳性人员。"
    assert _counts(text, date(2022, 1, 25)) == [("positive_local", 1, "210103", "2022-01-24")]


# Not figures: people per room (六人一间), counterfactual totals (预防了…万人感染).
def test_people_per_room_is_no_figure():
    text = "3月6日，该院腾出病房给密接，新入住的病房四人一间。"
    assert _counts(text, date(2022, 3, 7)) == []


def test_prevented_infections_are_no_figure():
    text = "他说，假设我国的发病及死亡与全球平均水平相似，则“动态清零”预防了3000万人感染、60万人死亡。"
    assert _counts(text, date(2021, 11, 28)) == []


# 已报告 (reported so far) is a running total.
def test_yibaogao_is_cumulative():
    text = "截至3月5日9时，青岛市本轮疫情已报告11例阳性病例。"
    assert _counts(text, date(2022, 3, 6)) == [("positive_cumulative", 11, "370200", "2022-03-05")]


# Several places named together before one figure: their smallest common division, also after a dateline whose
# place is not one of them.
@pytest.mark.parametrize("dateline", ["", "新华社杭州12月13日电 ", "中新网宁波12月13日电 "])
def test_places_named_together_after_a_dateline(dateline):
    text = f"{dateline}12月12日15时至今天16时，浙江省宁波、绍兴、杭州三地报告新增确诊病例54例（其中，宁波7例、绍兴46例、杭州1例）。"
    assert _counts(text, date(2021, 12, 13))[0] == ("confirmed_local", 54, "330000", "2021-12-13")


# case_count.as_of_total: cases counted up to a moment (截至…，已发现11例阳性) are a running total, not new cases.
@pytest.mark.parametrize("words", ["已发现11例阳性", "发现阳性感染者11例", "已报告11例阳性病例"])
def test_cases_up_to_a_moment_are_cumulative(words):
    text = f"截至3月5日9时，青岛市本轮疫情{words}。"
    assert _counts(text, date(2022, 3, 6)) == [("positive_cumulative", 11, "370200", "2022-03-05")]


# case_count.after_split: a list by place after a split in parentheses goes on from the total before the split.
@pytest.mark.parametrize("split", ["（确诊病例6例、无症状感染者4例）", "（其中确诊病例6例，无症状感染者4例）"])
def test_list_after_a_split_in_parentheses(split):
    text = f"4月10日0—24时，北京新增本土新冠病毒感染者10例{split}，其中朝阳区5例、海淀区3例、丰台区2例。"
    assert _counts(text) == [("positive_local", 10, "110000", "2022-04-10"), ("confirmed_local", 6, "110000", "2022-04-10"),
                             ("asymptomatic_local", 4, "110000", "2022-04-10"), ("positive_local", 5, "110105", "2022-04-10"),
                             ("positive_local", 3, "110108", "2022-04-10"), ("positive_local", 2, "110106", "2022-04-10")]


# Parts of new cases by where they were found (社会面, 管控人员, 闭环内) are attributes, not metrics.
@pytest.mark.parametrize("parts", ["其中社会面3例，管控人员7例", "其中社会面筛查发现3例，隔离观察人员中发现7例",
                                   "其中3例为社会面筛查发现，7例为隔离观察人员", "其中闭环内发现8例、社会面2例"])
def test_parts_by_where_found(parts):
    assert _counts(f"4月10日0—24时，北京新增本土感染者10例，{parts}。") == [("positive_local", 10, "110000", "2022-04-10")]


# A second part named by who the cases are (其中2例为此前报告的无症状感染者，1例为密接者) is an attribute too.
def test_parts_by_who_they_are():
    text = "3月4日，呼和浩特市新增本土确诊病例3例，其中2例为此前报告的无症状感染者，1例为密接者。"
    assert _counts(text, date(2022, 3, 5)) == [("confirmed_local", 3, "150100", "2022-03-04")]


def test_parts_naming_a_metric_are_read():
    text = "3月4日，呼和浩特市新增本土阳性感染者5例，其中2例为确诊病例，3例为无症状感染者。"
    assert _counts(text, date(2022, 3, 5))[0] == ("positive_local", 5, "150100", "2022-03-04")
    assert len(_counts(text, date(2022, 3, 5))) == 3


# 前一日 after a bulletin's day is the day before it; 比前一日 compares.
def test_the_day_before_the_bulletins_day():
    assert _counts("3月4日0—24时，呼和浩特市新增本土确诊病例3例；前一日新增5例，比前一日减少2例。", date(2022, 3, 5)) == [
        ("confirmed_local", 3, "150100", "2022-03-04"), ("confirmed_local", 5, "150100", "2022-03-03")]


# case_count.state: current cases said to be under medical observation are under_observation (as 尚在医学观察的…);
# current cases with no state said are not annotated.
@pytest.mark.parametrize("rest, expected", [("（均在定点医院隔离医学观察）", [("under_observation", 80, "220000", "2022-03-03")]),
                                            ("，均在指定场所进行集中隔离医学观察", [("under_observation", 80, "220000", "2022-03-03")]),
                                            ("", [])])
def test_current_cases_under_observation(rest, expected):
    text = f"截至3月3日24时，吉林省现有本土无症状感染者80例{rest}。"
    assert _counts(text, date(2022, 3, 4)) == expected


# Classes of real-7's second batch, in other words than the posts'.

# case_count.bare_new: new cases with no noun written are confirmed cases; not when a noun follows in the clause.
def test_new_cases_without_a_noun():
    assert _counts("英国确诊病例激增。12月30日，英国单日新增突破18万例。", date(2021, 12, 31)) == [
        ("confirmed_local", 180000, None, "2021-12-30")]
    assert "confirmed_local" not in [c[0] for c in _counts("27日，江西上饶宣布新增1例外省病例关联无症状感染者。",
                                                           date(2022, 1, 28))]


# as_of.anchored_period: a period counted back from an explicit moment is dated by that moment.
def test_period_counted_back_from_an_explicit_moment():
    text = "截至北京时间2021年12月31日6时的过去24小时内，英国单日新增确诊病例18万例。"
    assert _counts(text, date(2021, 12, 31)) == [("confirmed_local", 180000, None, "2021-12-31")]
    assert _counts("过去24小时内，英国新增确诊病例18万例。", date(2021, 12, 31)) == [("confirmed_local", 180000, None, None)]


# People discharged and released together are recovered; a release alone, of contacts or of infections, and staff
# sent are no figures.
@pytest.mark.parametrize("words, expected", [
    ("累计出院和解除医学观察人员超过2万人", [("recovered", 20000, "310000", "2022-04-11")]),
    ("出院及解除隔离医学观察人数超过6000例", [("recovered", 6000, "310000", "2022-04-11")]),
    ("解除医学观察的无症状感染者20例", []),
    ("解除医学观察的密切接触者2000人", []),
    ("12个省份派出了实验室核酸检测人员将近4000人", [])])
def test_released_people(words, expected):
    assert _counts(f"截止4月11日，上海{words}。", date(2022, 4, 12)) == expected
