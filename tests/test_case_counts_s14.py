"""CASE_COUNT rules of session 14: a national bulletin's note of where its one case is, 本土病例1例（在云南）, closes that
figure's clause, so the zero after it (；无新增死亡病例) stays the country's, not the province's (rule
``place.trailing_clause``, now also for （在X） and （均在X）); 死亡 closing a clause after a count of people (事故造成3人
死亡，5人受伤; 7人被确诊新冠阳性，此外还有1名…) is that count's predicate, not the head of the number that opens the next
clause (rule
``case_count.predicate_before``); a deaths figure in a paragraph on a disaster or an accident that names no epidemic
word (某地公寓楼倒塌…死亡总人数达到40人) is not read (rule ``case_count.other_death_cause``). The texts are invented in the layouts of real news (other numbers and places):
regression tests of the rules, not evidence of quality. Each positive case fails on release 18.0.0; the negative cases
(marked) pass on both and guard the rules' limits."""

from __future__ import annotations

from datetime import date

import pytest

from case_count_tuples import case_counts, case_count_rules
from imcovid.annotate.case_counts import ANNOTATOR
from test_case_counts_s12 import _version

PUBLISHED = date(2021, 7, 16)


def _counts(text):
    return case_counts(text, PUBLISHED)


def test_annotator_version():
    assert _version(ANNOTATOR) >= (1, 5)  # (compared as numbers: test_case_counts_s12._version)


NATIONAL = "7月15日0—24时，31个省（自治区、直辖市）和新疆生产建设兵团报告新增确诊病例19例，其中境外输入病例18例（广东9例，上海9例），"


@pytest.mark.parametrize("text, expected", [
    # the zero after a one-province note stays national
    (NATIONAL + "本土病例1例（在广西）；无新增死亡病例；无新增疑似病例。",
     [("confirmed_imported", 18, None, "2021-07-15"), ("confirmed_imported", 9, "440000", "2021-07-15"),
      ("confirmed_imported", 9, "310000", "2021-07-15"), ("confirmed_local", 1, None, "2021-07-15"),
      ("deaths", 0, None, "2021-07-15")]),
    # negative: the longer note （均在辽宁） was already read as closing the clause; it must stay so
    (NATIONAL + "本土病例2例（均在辽宁）；无新增死亡病例。",
     [("confirmed_imported", 18, None, "2021-07-15"), ("confirmed_imported", 9, "440000", "2021-07-15"),
      ("confirmed_imported", 9, "310000", "2021-07-15"), ("confirmed_local", 2, None, "2021-07-15"),
      ("deaths", 0, None, "2021-07-15")]),
    # negative: a province's bulletin keeps its own place for the figure after the note
    ("7月15日0—24时，广西新增本土确诊病例3例（在南宁市），新增本土无症状感染者2例。",
     [("confirmed_local", 3, "450000", "2021-07-15"), ("asymptomatic_local", 2, "450000", "2021-07-15")]),
    # negative: a list by place after 在 inside the parenthesis is still a list of parts
    ("7月15日0—24时，广西新增本土确诊病例5例（在南宁市青秀区3例、兴宁区2例），新增本土无症状感染者2例。",
     [("confirmed_local", 5, "450000", "2021-07-15"), ("confirmed_local", 3, "450103", "2021-07-15"),
      ("confirmed_local", 2, "450102", "2021-07-15"), ("asymptomatic_local", 2, "450000", "2021-07-15")]),
    # negative: a place right inside the parenthesis is still a part by place
    ("7月15日0—24时，广西新增本土确诊病例3例（南宁市2例、桂林市1例）。",
     [("confirmed_local", 3, "450000", "2021-07-15"), ("confirmed_local", 2, "450100", "2021-07-15"),
      ("confirmed_local", 1, "450300", "2021-07-15")]),
])
def test_parenthesised_place_note_closes_the_clause(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("7月15日，某县一处在建厂房发生坍塌，事故造成3人死亡，5人受伤。", []),
    ("经全力抢救，其中2人送医途中不治死亡，3人在医院抢救无效身亡，1名伤者生命体征平稳。", []),
    ("当地时间7月15日，某市发生枪击事件，造成1名警察死亡，4人受伤。", []),
    ("7月15日，某地发生骚乱，5人死亡，300多人被捕。", []),
    ("截至目前，已搜救出60人，其中8人死亡；52人受伤。", []),
    # the other predicates of people: 阳性, 确诊, 治愈出院 after a count of them
    ("该酒店的工作人员中当日有6人被确诊新冠阳性，此外还有1名工作人员的家属确诊。", []),
    ("7月15日，该市3人治愈出院，2人仍在院治疗。", []),
    # negative: a noun after the next number is that number's own (患者康复出院, 3人为密切接触者)
    ("7月15日，该院已有3名患者死亡，2名患者康复出院。",
     [("deaths", 3, None, "2021-07-15"), ("recovered", 2, None, "2021-07-15")]),
    ("该市已有2人确诊，另有3人为密切接触者。", [("confirmed_cumulative", 2, None, None), ("close_contacts", 3, None, None)]),
    # negative: deaths written as a figure are still read, also after a clause on other deaths
    ("英国7月15日新增确诊病例4万例，新增死亡病例63例，累计死亡128000例。",
     [("confirmed_local", 40000, None, "2021-07-15"), ("deaths", 63, None, "2021-07-15"),
      ("deaths", 128000, None, "2021-07-15")]),
    ("7月15日，该国新增死亡病例，其中12例为老人。", [("deaths", 12, None, "2021-07-15")]),
])
def test_death_predicate_heads_no_next_clause(text, expected):
    assert _counts(text) == expected


def test_death_predicate_rule_names():
    # (the figures that stay are read by their own rules, not dropped with the predicate's)
    assert case_count_rules("7月15日，该国新增死亡病例5例，3人死亡，2人受伤。", PUBLISHED) == ["case_count.head"]


@pytest.mark.parametrize("text, expected", [
    ("据当地媒体报道，14日在某市倒塌的公寓楼中又发现3具遗体，死亡总人数达到40人。", []),
    ("据应急管理局消息，5月3日晚，某区突发龙卷风。截至5月4日6时，因灾死亡4人，受伤120人。", []),
    # negative: N人死亡 is no figure already (its number is no deaths count of the guideline's wording)
    ("7月15日，某国西部发生强烈地震，目前已造成210人死亡。", []),
    # negative: an epidemic paragraph keeps its deaths, whatever else it names
    ("7月15日，该国新增确诊病例900例，新增死亡病例8例，另有一起交通事故中2人遇难。",
     [("confirmed_local", 900, None, "2021-07-15"), ("deaths", 8, None, "2021-07-15")]),
    ("该国卫生部7月15日通报，累计死亡病例12000例。", [("deaths", 12000, None, "2021-07-15")]),
    # negative: the cause in another paragraph does not reach the epidemic's
    ("某市一处厂房发生坍塌事故。\n7月15日，该国新增死亡病例6例。", [("deaths", 6, None, "2021-07-15")]),
])
def test_other_death_cause(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 较前一天0时新增: a day's new cases counted from the hour before, as news agencies relay Korea's bulletins
    ("据韩联社报道，韩国中央防疫对策本部通报，截至当天0时，韩国较前一天0时新增新冠确诊病例1215例，累计确诊16.1万例。",
     [("confirmed_local", 1215, None, None), ("confirmed_cumulative", 161000, None, None)]),
    # negative: a change compared with the day before is still no count
    ("韩国新增确诊病例较前一天0时增加215例。", []),
])
def test_compared_new_with_hour(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a running total in its own clause after a clause with 新增 (rule case_count.total_in_clause)
    ("截至7月14日，该国疫情持续蔓延，创下单日新增病例数新高，确诊病例总数达到3120万例。",
     [("confirmed_cumulative", 31200000, None, "2021-07-14")]),
    ("截至7月14日，该国儿童病例创下一周新增病例数新高，使得该国儿童确诊病例总数达到700万例。",
     [("confirmed_cumulative", 7000000, None, "2021-07-14")]),
    # negative: a clause of its own after the figure before (no 新增 in the words between): read so already
    ("截至当地时间7月14日，该国新冠肺炎确诊病例单日新增4.2万例，使得该国确诊病例总数达到3120万例。",
     [("confirmed_local", 42000, None, "2021-07-14"), ("confirmed_cumulative", 31200000, None, "2021-07-14")]),
    # negative: 新增 in the figure's own clause keeps it new
    ("7月14日，该省当日新增病例总数为35例。", [("confirmed_local", 35, None, "2021-07-14")]),
    # negative: no counted noun before 总数 in its clause: not read
    ("英国7月14日新增确诊病例3万例，总数达到520万例。", [("confirmed_local", 30000, None, "2021-07-14")]),
])
def test_total_in_clause(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 中国 right before its marker is the country (national, null), not the division of the paragraph before
    ("7月14日，云南省新增本土确诊病例5例。\n截至7月14日，中国累计报告接种新冠病毒疫苗14亿剂次。",
     [("confirmed_local", 5, "530000", "2021-07-14"), ("vaccinated_doses", 1400000000, None, "2021-07-14")]),
    # negative: 中国 naming a body (中国疾控中心) or 中国香港 is no national scope
    ("中国疾控中心报告，7月14日北京新增本土确诊病例3例。", [("confirmed_local", 3, "110000", "2021-07-14")]),
    ("7月14日，中国香港新增确诊病例3例。", [("confirmed_local", 3, "810000", "2021-07-14")]),
])
def test_china_before_marker_is_national(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a running total in a clause of its own after a clause counting over a relative period: the 截至 moment dates it
    # (rule as_of.total_after_period)
    ("该学会的统计数据显示，截至当地时间7月14日，该国儿童新冠肺炎确诊病例在一周内增加了3.2万例，创下一周新增病例数新高，"
     "使得该国儿童确诊病例总数达到412000例。",
     [("confirmed_local", 32000, None, None), ("confirmed_cumulative", 412000, None, "2021-07-14")]),
    # negative: the period in the total's own clause is the total's (a 7-day total has no single as-of date)
    ("截至7月14日，该市近7天累计报告确诊病例20例。", [("confirmed_cumulative", 20, None, None)]),
    # negative: no 截至 before the period: nothing dates the total
    ("近7天，该市新增确诊病例20例，累计确诊病例总数达到300例。",
     [("confirmed_local", 20, None, None), ("confirmed_cumulative", 300, None, None)]),
])
def test_total_after_period(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 境外输入关联: a local case linked to an imported one (scope local), also after the number
    ("7月20日，某市新增1例境外输入关联确诊病例。", [("confirmed_local", 1, None, "2021-07-20")]),
    ("7月20日，南京市新增境外输入关联确诊病例1例。", [("confirmed_local", 1, "320100", "2021-07-20")]),
    # negative: a case named in a notice's heading, with no day or 新增, is no figure
    ("关于某区1例境外输入关联确诊病例处置进展的通报", []),
    # negative: imported cases stay imported
    ("7月20日，某市新增2例境外输入确诊病例。", [("confirmed_imported", 2, None, "2021-07-20")]),
])
def test_import_linked_is_local(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a paragraph opening on a foreign health authority: its 本土 (domestic) figures are that country's, null
    ("据报道，深圳新增本土确诊病例3例。\n韩国中央防疫对策本部通报。3月5日，新增本土确诊病例21万例。",
     [("confirmed_local", 3, "440300", None), ("confirmed_local", 210000, None, "2021-03-05")]),
    # negative: an anaphor after the foreign body keeps the figure at home
    ("呼和浩特市新增本土确诊病例3例。\n日本厚生劳动省数据显示，日本疫情持续。3月5日，我市新增本土确诊病例2例。",
     [("confirmed_local", 3, "150100", None), ("confirmed_local", 2, "150100", "2021-03-05")]),
    # negative: a country's epidemic as the opening, no health body: a border city's 本土 figure stays home
    ("满洲里市新增本土确诊病例3例。\n当前，俄罗斯疫情持续高位运行。3月5日，新增本土确诊病例2例。",
     [("confirmed_local", 3, "150781", None), ("confirmed_local", 2, "150781", "2021-03-05")]),
])
def test_foreign_reporter_paragraph(text, expected):
    assert _counts(text) == expected


# The word lists and the look-back of the session's rules are data (data/case_count_terms.tsv kinds ``predicate``,
# ``covid_word``, ``epidemic_word``, ``total_noun``, ``total_word``; [case_counts] predicate_window of
# data/annotation_thresholds.toml), read by the patterns the rules use: every term of a kind is matched by its pattern.
@pytest.mark.parametrize("kinds, pattern", [
    (("covid_word",), "_COVID_WORD"),
    (("covid_word", "epidemic_word"), "_EPIDEMIC_WORD"),
])
def test_word_patterns_are_read_from_the_lexicon(kinds, pattern):
    from imcovid.annotate import case_counts
    terms = [t for kind in kinds for t, _ in case_counts.terms()[kind]]
    assert terms and all(getattr(case_counts, pattern).fullmatch(t) for t in terms)
    # (Latin letters in any case: Covid, OMICRON)
    assert all(getattr(case_counts, pattern).fullmatch(t.swapcase()) for t in terms if t.isascii())


def test_predicates_and_totals_are_read_from_the_lexicon():
    from imcovid.annotate import case_counts
    predicates = {t for t, _ in case_counts.terms()["predicate"]}
    assert predicates == case_counts._PREDICATES and {"死亡", "阳性", "确诊"} <= predicates
    assert predicates <= {t for t, _ in case_counts.terms()["category"]}  # (the rule compares a head's counted noun)
    for noun, _ in case_counts.terms()["total_noun"]:
        for total, _ in case_counts.terms()["total_word"]:
            assert case_counts._TOTAL_IN_CLAUSE.fullmatch(noun + total)


@pytest.mark.parametrize("before", [
    "12345余人经过多日的全力救治后均已治愈出院，此外还有",  # the longest clause the window is for: 28 characters
    "事故造成3人死亡，",
])
def test_predicate_window_holds_the_clause(before):
    from imcovid.annotate import case_counts
    from imcovid.annotate.wordlists import threshold
    assert case_counts._PREDICATE_WINDOW == threshold("case_counts", "predicate_window") >= len(before)
    text = "7月15日，" + before
    assert case_counts._PREDICATE_OF_CLAUSE_BEFORE.search(text, len(text) - case_counts._PREDICATE_WINDOW, len(text))
