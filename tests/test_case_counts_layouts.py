"""CASE_COUNT on layouts of the national and provincial daily bulletins that the development gold does not show
(issue 15, fourth round). Each text is a development bulletin's layout rewritten as outlets write it (a lead line
without its noun, other list punctuation): invented regression tests of the rules, not evidence of quality (that
is ``imcovid evaluate --texts --measures`` on the real sets)."""

from __future__ import annotations

from datetime import date

import pytest

from case_count_tuples import case_counts, case_count_rules


def _counts(text, published=date(2022, 3, 18)):
    return case_counts(text, published)


def _rules(text, published=date(2022, 3, 18)):
    return case_count_rules(text, published)


_ASYMPTOMATIC = ("3月17日0—24时，31个省（自治区、直辖市）和新疆生产建设兵团报告新增无症状感染者1904例，其中境外输入162例。\n"
                 "{lead}\n吉林792例，其中吉林市774例、四平市18例；\n上海203例，均在闵行区。")
_PARTS = [("asymptomatic_local", 792, "220000", "2022-03-17"), ("asymptomatic_local", 774, "220200", "2022-03-17"),
          ("asymptomatic_local", 18, "220300", "2022-03-17"), ("asymptomatic_local", 203, "310000", "2022-03-17")]


# case_count.scope_part: a lead line that is only the local part (本土1742例) of the total before it is a figure of
# that total's kind, and its list by place is local, not the imported part's.
@pytest.mark.parametrize("lead", ["本土1742例", "本土无症状感染者1742例", "其中本土1742例", "本土1742例，分别为："])
def test_local_lead_line_without_its_noun(lead):
    assert _counts(_ASYMPTOMATIC.format(lead=lead)) == [
        ("asymptomatic_imported", 162, None, "2022-03-17"), ("asymptomatic_local", 1742, None, "2022-03-17"), *_PARTS]


def test_scope_part_rule_is_named():
    assert _rules(_ASYMPTOMATIC.format(lead="本土1742例"))[:2] == ["case_count.head", "case_count.scope_part"]


# 其中： with a colon splits a total as 其中 does.
def test_colon_after_qizhong():
    text = ("3月17日0—24时，31个省（自治区、直辖市）和新疆生产建设兵团报告新增确诊病例80例。其中：境外输入病例30例（浙江30例）。\n"
            "本土病例50例\n吉林50例，其中：吉林市40例、长春市10例；")
    assert _counts(text) == [
        ("confirmed_imported", 30, None, "2022-03-17"), ("confirmed_imported", 30, "330000", "2022-03-17"),
        ("confirmed_local", 50, None, "2022-03-17"), ("confirmed_local", 50, "220000", "2022-03-17"),
        ("confirmed_local", 40, "220200", "2022-03-17"), ("confirmed_local", 10, "220100", "2022-03-17")]


_LINES = ("3月17日0—24时，31个省（自治区、直辖市）和新疆生产建设兵团报告新增确诊病例80例。其中境外输入病例30例（浙江30例）。\n"
          "本土病例50例\n吉林40例，其中吉林市30例、长春市10例{end}\n{blank}内蒙古10例，其中呼和浩特市8例、通辽市2例{end}\n"
          "当日转为确诊病例9例。")
_LIST = [("confirmed_imported", 30, None, "2022-03-17"), ("confirmed_imported", 30, "330000", "2022-03-17"),
         ("confirmed_local", 50, None, "2022-03-17"), ("confirmed_local", 40, "220000", "2022-03-17"),
         ("confirmed_local", 30, "220200", "2022-03-17"), ("confirmed_local", 10, "220100", "2022-03-17"),
         ("confirmed_local", 10, "150000", "2022-03-17"), ("confirmed_local", 8, "150100", "2022-03-17"),
         ("confirmed_local", 2, "150500", "2022-03-17")]


# case_count.list_lines: the lines of a list by place go on the list whatever mark ends them (；, 。, a comma,
# nothing, a blank line between), and the lead line before them (本土病例50例) is no heading: it keeps its date.
# The last item is counted even when the next line opens with 当日转为确诊 (that word is the next line's).
@pytest.mark.parametrize("end, blank", [("；", ""), ("。", ""), ("，", ""), ("", ""), ("；", "\n")])
def test_list_lines_whatever_ends_them(end, blank):
    assert _counts(_LINES.format(end=end, blank=blank)) == _LIST


def test_list_lead_opening_a_parenthesis():
    text = _LINES.format(end="；", blank="").replace("本土病例50例\n", "本土病例50例（\n")
    assert _counts(text) == _LIST


# A short line with a figure and no list after it stays a heading (no date of its own).
def test_heading_without_list_keeps_no_date():
    assert _counts("3月17日，吉林新增本土确诊病例10例。\n吉林新增本土确诊10例\n记者了解到，各地正在开展核酸检测。") == [
        ("confirmed_local", 10, "220000", "2022-03-17"), ("confirmed_local", 10, "220000", None)]


_NATIONAL = ("{opening}31个省（自治区、直辖市）和新疆生产建设兵团报告新增确诊病例50例。其中境外输入病例10例（上海10例）；"
             "本土病例40例（吉林40例，均在长春市）。\n当日新增治愈出院病例30例。\n"
             "截至3月17日24时，据31个省（自治区、直辖市）和新疆生产建设兵团报告，累计报告确诊病例1000例。\n"
             "31个省（自治区、直辖市）和新疆生产建设兵团报告新增无症状感染者20例，其中境外输入5例，本土15例（上海15例）。")


# as_of.stated_day: a national bulletin reposted a day or more after its announcement (published 3月19日, 20日) dates
# its figures by the reporting day its 截至 line states, whatever its opening says (a day alone, 今日, 昨日, nothing).
@pytest.mark.parametrize("published", [date(2022, 3, 18), date(2022, 3, 19), date(2022, 3, 20)])
@pytest.mark.parametrize("opening", ["", "国家卫健委今日通报：", "国家卫健委18日通报，", "国家卫健委网站今天（18日）通报，17日0—24时，",
                                     "据国家卫健委消息，昨日0—24时，", "国家卫健委3月18日通报，"])
def test_national_bulletin_reposted_later_keeps_its_reporting_day(opening, published):
    counts = _counts(_NATIONAL.format(opening=opening), published)
    assert len(counts) == 9 and {c[3] for c in counts} == {"2022-03-17"}


# A bulletin reposted more than a week later is dated by its own words only.
def test_stated_day_only_within_a_week():
    counts = _counts(_NATIONAL.format(opening="国家卫健委今日通报："), date(2022, 3, 30))
    assert [c[3] for c in counts] == [None] * 5 + ["2022-03-17"] * 4


# A number reached (达到51例, 增至91例) is a figure; the end of a range (3至5例, 三到五例) is not.
@pytest.mark.parametrize("text, expected", [
    ("截至2021年12月21日，北京累计确诊病例达到51例。", [("confirmed_cumulative", 51, "110000", "2021-12-21")]),
    ("12月21日，北京新增确诊病例3至5例。", []),
    ("12月21日，北京新增确诊病例三到五例。", []),
])
def test_reached_is_no_range(text, expected):
    assert _counts(text, date(2021, 12, 21)) == expected


# as_of.relative_period: a figure for a period counted back from the text's day (近一周, 过去约22小时里, 10天来) has
# no single as-of date, whatever date an earlier sentence gives; a date of the same sentence still governs others.
@pytest.mark.parametrize("text, expected", [
    ("12月20日，北京通报疫情。\n近一周，北京新增本土确诊病例30例。", [("confirmed_local", 30, "110000", None)]),
    ("12月20日，北京通报疫情。\n在过去约22小时里，北京新增确诊病例20例。", [("confirmed_local", 20, "110000", None)]),
    ("12月20日，北京通报疫情。\n10天来，北京感染者已达到224例。", [("positive_cumulative", 224, "110000", None)]),
    ("12月20日，北京新增本土确诊病例3例。", [("confirmed_local", 3, "110000", "2021-12-20")]),
])
def test_relative_period_has_no_date(text, expected):
    assert _counts(text, date(2021, 12, 21)) == expected


# place.abroad: a figure for a foreign country or the world has no division (null), not the article's place; 北京时间
# is a time zone, not Beijing; where imported cases come from (缅甸输入, 来自美国) does not move them abroad, nor
# does 朝鲜 inside 延边朝鲜族自治州.
@pytest.mark.parametrize("text, expected", [
    ("截至北京时间2021年12月21日6时，美国累计确诊病例达到5104988例。在过去约22小时里，美国新增确诊病例20305例，新增死亡病例1293例。",
     [("confirmed_cumulative", 5104988, None, "2021-12-21"), ("confirmed_local", 20305, None, None), ("deaths", 1293, None, None)]),
    ("北京市召开发布会。12月21日，全球新增确诊病例超过60万例。", [("confirmed_local", 600000, None, "2021-12-21")]),
    ("12月21日0-24时，云南全省新增境外输入确诊病例1例(缅甸输入)，新增无症状感染者2例，均为境外输入。",
     [("confirmed_imported", 1, "530000", "2021-12-21"), ("asymptomatic_imported", 2, "530000", "2021-12-21")]),
    ("12月21日，吉林新增本土确诊病例5例，其中延边朝鲜族自治州5例。",
     [("confirmed_local", 5, "220000", "2021-12-21"), ("confirmed_local", 5, "222400", "2021-12-21")]),
    ("12月21日，上海新增境外输入确诊病例3例，来自美国。", [("confirmed_imported", 3, "310000", "2021-12-21")]),
])
def test_figures_abroad_have_no_place(text, expected):
    assert _counts(text, date(2021, 12, 21)) == expected


# 出现了确诊病例 / 已出现: cases that appeared are new ones (a list by place after a colon too).
def test_cases_that_appeared_are_new():
    assert _counts("3月7日，河北省也相继出现了确诊病例：邢台市3例、石家庄市2例。", date(2022, 3, 8)) == [
        ("confirmed_local", 3, "130500", "2022-03-07"), ("confirmed_local", 2, "130100", "2022-03-07")]


# as_of.paragraph: a date in a paragraph about something else (a notice, no figure, not a dateline) dates no figure of
# a later paragraph; a bulletin's date or a dateline does.
@pytest.mark.parametrize("text, expected", [
    ("2月28日12时，三亚机场发通告：所有出港旅客需持48小时内两次证明；暂停所有前往北京的航班。\n"
     "广东省在应对外来输入的同时，东莞市新增本土确诊病例24例。", [("confirmed_local", 24, "441900", None)]),
    ("2月28日0—24时，广东省新增本土确诊病例30例。\n东莞市新增本土确诊病例24例。",
     [("confirmed_local", 30, "440000", "2022-02-28"), ("confirmed_local", 24, "441900", "2022-02-28")]),
    ("2022年2月28日\n东莞市新增本土确诊病例24例。", [("confirmed_local", 24, "441900", "2022-02-28")]),
])
def test_a_date_about_something_else_dates_no_later_paragraph(text, expected):
    assert _counts(text, date(2022, 3, 8)) == expected


@pytest.mark.parametrize("text, expected", [
    # 零新增天数 counts days, not cases
    ("8月10日，湖南省已报告确诊病例的市州实现零新增天数：常德市10天。", []),
    # 连续11天无新增 is that day's zero
    ("8月10日，澳门已连续11天无新增本土确诊病例。", [("confirmed_local", 0, "820000", "2021-08-10")]),
    # doses written 万剂 are doses given; 2剂 is a course per person
    ("截至6月30日，北京接种剂次约17.4万剂。", [("vaccinated_doses", 174000, "110000", "2021-06-30")]),
    ("截至6月30日，北京已接种2剂的人群。", []),
    # forecasts and averages are not counts
    ("6月30日，专家称北京每日新增病例数将超63万例。", []),
    ("截至6月30日，北京7日平均病例数超7200例。", []),
    # screening: people checked (筛查了逾50万人), nucleic-acid screening: people tested
    ("6月30日，上海已在全市范围内筛查了逾50万人。", [("screened", 500000, "310000", "2021-06-30")]),
    ("6月30日，上海开展了一次核酸筛查，累计筛查3000多万人次。", [("tested", 30000000, "310000", "2021-06-30")]),
    # the figure a phrase refers to (新增的28例确诊病例的轨迹), dated by the window on the line before
    ("西安市将8月10日8时-24时\n新增的28例确诊病例的\n活动轨迹公布如下。", [("confirmed_local", 28, "610100", "2021-08-10")]),
    # the first case, of its day (报告1例无症状感染者以来)
    ("2021年7月28日湖南省报告1例无症状感染者以来，各市州实现零新增。",
     [("asymptomatic_local", 1, "430000", "2021-07-28"), ("confirmed_local", 0, "430000", None)]),
    # 在大陆: the mainland as a whole
    ("截至6月30日，在大陆接种疫苗的台胞已达9.9万人，接种剂次约17.4万剂。北京市将继续做好服务。",
     [("vaccinated_doses", 174000, None, "2021-06-30")]),
])
def test_more_phrasings(text, expected):
    assert _counts(text, date(2021, 8, 11)) == expected


# case_count.period_head and place.heading: a count of days before a figure (6天超500人感染) makes it the period's new
# cases, with no as-of date; a heading with no place of its own is about the article's place (北海), not the place
# of the paragraph's last figure (广西).
def test_period_heading_takes_the_articles_place():
    text = ("北海是旅游城市，目前仍有2000多名游客滞留北海。北海市全力做好服务。\n截至7月17日24时，广西本轮疫情已有本土确诊病例68例。\n"
            "“旅游胜地”疫情突起，6天超500人感染\n7月12日，北海市海城区确诊首例无症状感染者。")
    assert _counts(text, date(2022, 7, 18)) == [("confirmed_cumulative", 68, "450000", "2022-07-17"),
                                               ("positive_local", 500, "450500", None)]


# A place named right after a figure (均在东莞市) is where it is counted, over the place carried from the figure before.
def test_place_after_over_carried_place():
    text = "2月28日，广东省东莞市新增本土确诊病例24例、惠州市新增1例，新增无症状感染者18例，均在东莞市。"
    assert _counts(text, date(2022, 3, 1)) == [("confirmed_local", 24, "441900", "2022-02-28"),
                                              ("confirmed_local", 1, "441300", "2022-02-28"),
                                              ("asymptomatic_local", 18, "441900", "2022-02-28")]


# A line broken after a comma goes on the same sentence (its date makes the cases a day's new ones); a number of
# people making up a team (1860人的核酸检测支援队伍) is response staff.
@pytest.mark.parametrize("text, expected", [
    ("3月4日，初春的周末，\n莱西市人民医院在就诊人员的检测中，发现了3例新冠肺炎确诊病例。",
     [("confirmed_local", 3, "370285", "2022-03-04")]),
    ("3月4日，山东省卫健委组建了1860人的核酸检测支援队伍。", []),
])
def test_broken_lines_and_teams(text, expected):
    assert _counts(text, date(2022, 3, 8)) == expected


# ，均为本土病例 says the scope of the figure before; it names no noun of the figures after it (deaths by place stay
# deaths), and 为本土病例，在北京 places a national death in Beijing as 均为…，在吉林 does.
@pytest.mark.parametrize("text, expected", [
    ("11月28日0—24时，31个省（自治区、直辖市）和新疆生产建设兵团报告新增死亡病例3例，均为本土病例，其中北京2例、吉林1例。",
     [("deaths", 3, None, "2022-11-28"), ("deaths", 2, "110000", "2022-11-28"), ("deaths", 1, "220000", "2022-11-28")]),
    ("11月28日0—24时，31个省（自治区、直辖市）和新疆生产建设兵团报告新增死亡病例1例，为本土病例，在北京。",
     [("deaths", 1, "110000", "2022-11-28")]),
    ("11月28日0—24时，31个省（自治区、直辖市）和新疆生产建设兵团报告新增确诊病例36例，均为境外输入病例（上海20例，广东16例）。",
     [("confirmed_imported", 36, None, "2022-11-28"), ("confirmed_imported", 20, "310000", "2022-11-28"),
      ("confirmed_imported", 16, "440000", "2022-11-28")]),
])
def test_scope_clause_names_no_noun(text, expected):
    assert _counts(text, date(2022, 11, 29)) == expected


# 现有 (current) close contacts are people held under observation now (guideline: 现有/尚在 → under_observation).
def test_current_close_contacts_are_under_observation():
    text = "截至10月26日24时，内蒙古自治区累计报告本土确诊病例422例。\n现有密切接触者1245人，均在指定地点隔离医学观察。"
    assert _counts(text, date(2021, 10, 27)) == [("confirmed_cumulative", 422, "150000", "2021-10-26"),
                                                ("under_observation", 1245, "150000", "2021-10-26")]


# A sentence ending with a figure and a full stop (…，本土1742例。) leads the place lines after it, also on the first line.
@pytest.mark.parametrize("prefix", ["", "国家卫健委通报。\n"])
def test_list_lead_ending_a_sentence(prefix):
    text = prefix + ("3月17日0—24时，31个省（自治区、直辖市）和新疆生产建设兵团报告新增无症状感染者1904例，其中境外输入162例，"
                     "本土1742例。\n吉林792例，其中吉林市774例、四平市18例；\n上海203例，均在闵行区。")
    assert _counts(text) == [("asymptomatic_imported", 162, None, "2022-03-17"),
                             ("asymptomatic_local", 1742, None, "2022-03-17"), *_PARTS]


# 均在X after a figure carried for a division that contains X is a breakdown: the division stays (as 河北24例，均在廊坊市).
def test_place_after_inside_the_carried_place_keeps_it():
    text = "3月28日0—24时，内蒙古自治区新增本土确诊病例5例和本土无症状感染者10例，均在呼和浩特市。"
    assert _counts(text, date(2022, 3, 29)) == [("confirmed_local", 5, "150000", "2022-03-28"),
                                               ("asymptomatic_local", 10, "150000", "2022-03-28")]


# 截至28日24时 written without its month dates nothing, the day before publication included (measures.md as_of: a day
# without its month → null; release 28.0.0 dropped the day-before-publication reading).
@pytest.mark.parametrize("day, expected", [("28", None), ("25", None)])
def test_stated_day_without_its_month(day, expected):
    text = f"内蒙古卫健委通报，截至{day}日24时，内蒙古自治区累计报告本土确诊病例100例。"
    assert _counts(text, date(2022, 3, 29)) == [("confirmed_cumulative", 100, "150000", expected)]


# A paragraph introducing a report (a press conference, a health commission's notice) dates the paragraphs after it.
def test_report_paragraph_dates_the_next():
    text = "3月18日下午，呼和浩特市召开第25场新闻发布会，介绍最新进展。\n会上，市卫健委主任介绍，全市新增本土确诊病例5例。"
    assert _counts(text, date(2022, 3, 19)) == [("confirmed_local", 5, "150100", "2022-03-18")]
