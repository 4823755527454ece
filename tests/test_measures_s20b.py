"""MEASURE action rules of session 20, helper "act" (notes/s20-act.md). (1) An impose word that only describes —
followed by 的 (划定的中风险地区), 着 (张贴着名单) or 会 (新闻发布会), or after 擅自 (the act a prohibition forbids) — is
no impose cue (``measures.described_cue``; word rows ``impose-described-after``/``-before``); 非公开 is not 公开.
(2) A date that ends a period (至8月2日起) or opens a period already over at the text's date (从4月4日到4月8日) is no
start date of a measure (``measures.period_end``, ``measures.ended_period``). (3) A clause that opens on a strengthen
verb with no measure of its own joins the next clause's measure; a 都/均 comment joins the list before it
(``measures.cue_clause_joins``). (4) A survey (有些企业…) imposes nothing; a plan verb at the head of a
sentence (计划在…) plans (``measures.surveyed``, ``measures.planned_head``). (5) A routine release
(及时发布, 由…发布) imposes nothing (``measures.routine_release``). (6) The condition of an announced sanction
(…的，将依法追究) is announce-plan (``measures.sanction_comment``). (7) 将X宣传到位 is the disposal construction
(``measures._DISPOSAL``), not the future. (8) A clause that issues a notice (政府下发通知) joins the
measure after it as impose (``measures.cue_clause_joins``, word row ``notice-issued``). All from the action errors of the development sets real, real-3, real-4, real-5, real-6 and gold-corpus (batch A of s20act). The texts
are invented: regression tests of the rules, not evidence of quality. Negative cases are marked."""

from datetime import date

import pytest

from imcovid.annotate import annotate
from imcovid.annotate.measures import described_cue, ended_period, imposed_cue, period_end, statement_action

PUBLISHED = date(2021, 8, 20)


def _measures(text: str, published: date = PUBLISHED) -> list[tuple[str, str]]:
    return [(m["code"], m["action"]) for m in annotate(text, published) if m["type"] == "MEASURE"]


# (1) An impose word that describes gives no impose.
@pytest.mark.parametrize("statement, word, described", [
    ("有病例的封控区以及划定的中风险地区人员", "划定", True),
    ("公告栏上张贴着最新的中高风险区名单", "张贴", True),
    ("市政府召开第51场疫情防控新闻发布会", "发布", True),
    ("以及擅自发布、传播疫情防控工作信息", "发布", True),
    # negatives: the deed itself, and 会同/会议 after the word are not a meeting noun
    ("卫健委发布疫情防控通告", "发布", False),
    ("市里划定中风险地区", "划定", False),
    ("社区张贴疫情防控告示", "张贴", False),
    ("市卫健委发布会同市场监管部门制定的通知", "发布", False),
    ("指挥部成立了专班", "成立", False),
])
def test_described_cue(statement, word, described):
    start = statement.index(word)
    assert described_cue(statement, start, start + len(word)) is described


@pytest.mark.parametrize("statement, imposed", [
    ("公告栏上张贴着最新的中高风险区名单", False),
    ("泄露非公开发布的疫情防控工作信息", False),
    # negatives: one describing word does not hide a deed in the same statement; 公开 stays a cue
    ("划定的中风险地区实行封闭管理", True),
    ("公开了确诊病例的流调信息", True),
])
def test_imposed_cue(statement, imposed):
    assert imposed_cue(statement) is imposed


@pytest.mark.parametrize("statement, action", [
    ("有病例的封控区以及划定的中风险地区人员", "maintain"),
    ("公告栏上永远张贴着最新的中高风险区的名单", "maintain"),
    ("长春市召开新冠肺炎疫情防控工作新闻发布会", "maintain"),
    ("以及擅自发布、传播、泄露非公开发布的疫情防控工作信息资料", "maintain"),
    # negatives: the deeds stay impose, a strengthen word still strengthens
    ("卫健委发布疫情防控通告", "impose"),
    ("社区在公告栏张贴了中高风险区名单", "impose"),
    ("公开了确诊病例的所有流调信息", "impose"),
    ("加强划定的中风险地区人员管控", "strengthen"),
])
def test_described_cue_in_actions(statement, action):
    assert statement_action(statement) == action


@pytest.mark.parametrize("text, expected", [
    ("1、划定的中风险地区人员，严格按照封控区的要求，足不出户。", ("C6", "maintain")),
    # negative: a zone newly drawn is imposed
    ("即日起，我市划定3个中风险地区，实行足不出户。", ("C6", "impose")),
])
def test_described_cue_in_sentences(text, expected):
    assert expected in _measures(text)


# (2) The end of a period, or a period already over, is no start date.
def _date(text: str, surface: str, value: str) -> dict:
    start = text.index(surface)
    return {"type": "DATE", "start": start, "end": start + len(surface), "value": value}


@pytest.mark.parametrize("text, surface, ends", [
    ("至8月2日起，全市新增病例一直维持在5个以下", "8月2日", True),
    ("从4月4日到4月8日，陆续运送蔬菜", "4月8日", True),
    # negatives: a postponement's new date, and a start
    ("高考延期至7月7日起举行", "7月7日", False),
    ("自8月2日起，全市实行封闭管理", "8月2日", False),
])
def test_period_end(text, surface, ends):
    assert period_end(text, _date(text, surface, "2021-08-02")) is ends


@pytest.mark.parametrize("end_value, over", [
    ("2021-08-08", True),
    # negatives: a period that runs to the text's date or beyond is still going on
    ("2021-08-20", False),
    ("2021-08-28", False),
])
def test_ended_period(end_value, over):
    text = "从8月4日到8月8日，陆续运送蔬菜"
    dates = [_date(text, "8月4日", "2021-08-04"), _date(text, "8月8日", end_value)]
    assert ended_period(text, dates[0], dates, PUBLISHED) is over


def test_ended_period_needs_an_end_date():
    text = "自8月4日起，全市实行封闭管理"  # negative: a start with no end
    dates = [_date(text, "8月4日", "2021-08-04")]
    assert ended_period(text, dates[0], dates, PUBLISHED) is False


@pytest.mark.parametrize("text, expected", [
    ("从8月4日到8月8日，全市陆续向封控小区居民配送生活物资。", ("CN-SUPPLY", "maintain")),
    ("至8月2日起，全市新增本土确诊病例一直维持在5个以下，全市开展多轮核酸检测。", ("CN-MASS-TESTING", "maintain")),
    # negatives: a start in the past is imposed, a period still to come is planned
    ("自8月4日起，全市向封控小区居民配送生活物资。", ("CN-SUPPLY", "impose")),
    ("从8月24日到8月28日，全市向封控小区居民配送生活物资。", ("CN-SUPPLY", "announce-plan")),
])
def test_periods_in_sentences(text, expected):
    assert expected in _measures(text)


# (3) A clause that opens on a strengthen verb and names no measure joins the measure of the next clause; a comment
# on a topic list (都/均…) joins the measures of the list (measures.cue_clause_joins).
@pytest.mark.parametrize("text, expected", [
    ("额济纳旗组织超市复工，并加强价格监管，确保生活必需品市场供应充足、价格稳定。",
     ("CN-SUPPLY", "strengthen", "加强价格监管，确保生活必需品市场供应充足、价格稳定", "measure.cue_clause_joins")),
    ("会议强调，要加强价格监管，确保生活必需品市场供应充足。",
     ("CN-SUPPLY", "strengthen", "加强价格监管，确保生活必需品市场供应充足", "measure.cue_clause_joins")),
    ("不论是检测还是流调，都要突出“快”和“早”，千方百计抢时间。",
     ("H3", "strengthen", "不论是检测还是流调，都要突出“快”和“早”", "measure.cue_clause_joins")),
    # negatives: an exhortation about duty or leadership, a purpose clause, a clause whose verb is not first, an
    # impose word telling another deed, a comment with no strengthen word, a clause with a measure of its own
    ("各类公共场所要进一步压实“四方责任”，严格执行测温、扫码等常态化防控措施。",
     ("CN-HEALTH-CODE", "maintain", "严格执行测温、扫码等常态化防控措施", "measure.cue_table")),
    ("要加强组织领导，严格落实封闭管理措施。", ("C6", "maintain", "严格落实封闭管理措施", "measure.cue_table")),
    ("为加强疫情防控，全市开展全员核酸检测。", ("CN-MASS-TESTING", "impose", "全市开展全员核酸检测", "measure.cue_table")),
    ("额济纳旗加强价格监管，确保生活必需品市场供应充足。",
     ("CN-SUPPLY", "maintain", "确保生活必需品市场供应充足", "measure.cue_table")),
    ("公司设置了5个检测点，来保证这次核酸检测全覆盖。",
     ("CN-MASS-TESTING", "maintain", "来保证这次核酸检测全覆盖", "measure.cue_table")),
    ("不论是检测还是流调，都要严格落实。", ("H3", "maintain", "不论是检测还是流调", "measure.cue_table")),
    ("加强宣传，全市开展全员核酸检测。", ("CN-MASS-TESTING", "impose", "全市开展全员核酸检测", "measure.cue_table")),
])
def test_cue_clause_joins(text, expected):
    found = [(m["code"], m["action"], m["surface"], m["rule"]) for m in annotate(text, PUBLISHED)
             if m["type"] == "MEASURE"]
    assert expected in found


# (4) A survey of measures here and there (有些企业…, 一些城市…) imposes nothing (measures.surveyed); a plan verb at
# the head of a sentence (计划在…, 拟于…) makes its statements announce-plan like 将 (measures.planned_head).
@pytest.mark.parametrize("statement, head, action", [
    ("有些员工较多的企业同时设置了多个检测点进行检测", "", "maintain"),
    ("一些城市在高速口设立检查点", "", "maintain"),
    ("完成全区企业的全员核酸检测", "该区计划在24小时之内，", "announce-plan"),
    ("开展全员核酸检测", "拟于明日，", "announce-plan"),
    # negatives: 部分 of a body's own area, a strengthen or lift word in a survey, 计划 as a noun
    ("部分区域实施临时管控", "", "impose"),
    ("一些城市继续加强管控", "", "strengthen"),
    ("有的小区已经解除管控了", "", "lift"),
    ("开展全员核酸检测", "按照工作计划，", "impose"),
    ("开展全员核酸检测", "该区不打算在本周，", "impose"),
    ("开展全员核酸检测", "模拟在疫情条件下，", "impose"),
])
def test_survey_and_plan_head(statement, head, action):
    assert statement_action(statement, head) == action


# (5) A routine release of information (及时发布, 动态更新发布, 由…发布) imposes nothing (measures.routine_release).
@pytest.mark.parametrize("statement, action", [
    ("病例详情由相关设区市发布", "maintain"),
    ("动态更新发布检测电子地图", "maintain"),
    ("加强宣传引导，及时发布疫情信息和防控进展情况", "strengthen"),
    ("每日公布核酸检测结果", "maintain"),
    # negatives: a notice issued, a release with no routine word, a routine word elsewhere in the statement
    ("市指挥部发布第5号通告", "impose"),
    ("公布了确诊病例的活动轨迹", "impose"),
    ("及时发现，市卫健委发布通告", "impose"),
    ("由市指挥部发布第5号通告", "impose"),
])
def test_routine_release(statement, action):
    assert statement_action(statement) == action


# (6) The condition of an announced sanction (…的，将依法追究) takes the comment's action (measures.sanction_comment).
@pytest.mark.parametrize("text, expected", [
    ("不主动报告或不配合防疫工作,造成严重后果的，将依法依规追究相关责任。",
     ("CN-HEALTH-MONITORING", "announce-plan", "measure.sanction_comment")),
    ("拒不配合核酸检测的，将依法追究法律责任。", ("CN-MASS-TESTING", "announce-plan", "measure.sanction_comment")),
    # negatives: a 将 clause after a statement that is no condition (no 的) does not touch it
    ("返乡人员要主动报告，社区将提供上门核酸检测服务。", ("CN-HEALTH-MONITORING", "maintain", "measure.cue_table")),
    ("全市开展全员核酸检测，将于明日完成。", ("CN-MASS-TESTING", "impose", "measure.cue_table")),
])
def test_sanction_comment(text, expected):
    found = [(m["code"], m["action"], m["rule"]) for m in annotate(text, PUBLISHED) if m["type"] == "MEASURE"]
    assert expected in found


# (7) 将 + object + a verb with its result (宣传到位, 落实到人) is the disposal construction, not the future.
@pytest.mark.parametrize("statement, action", [
    ("多渠道、第一时间将疫情防控政策和措施向滞留游客宣传到位", "maintain"),
    ("将各项防控措施落实到位", "maintain"),
    ("将核酸检测结果通知到人", "maintain"),
    # negatives: 将于/将在/将尽快/将把 mark the future; 到位 as the verb itself
    ("将于明日将物资配送到位", "announce-plan"),
    ("物资将在明日配送到位", "announce-plan"),
    ("将尽快落实到位", "announce-plan"),
    ("将把各项措施落实到位", "announce-plan"),
    ("核酸检测队伍将于今晚到位", "announce-plan"),
])
def test_disposal_with_result(statement, action):
    assert statement_action(statement) == action


# (8) A clause that issues a notice joins the measure after it as impose (measures.cue_clause_joins, notice-issued).
@pytest.mark.parametrize("text, expected", [
    ("上午十点，政府下发通知，全市A级景区必须缩减至少50%的游客承载量。",
     ("C2", "impose", "全市A级景区必须缩减至少50%的游客承载量", "measure.cue_clause_joins")),
    ("兰州发布通告：市民群众非必要不离兰。", ("C7", "impose", "市民群众非必要不离兰", "measure.cue_clause_joins")),
    # negatives: a notice named (发布的通告), a provision that goes on, a dated provision keeps its date's reading
    ("根据市指挥部发布的通告，全市继续实行封闭管理。", ("C6", "maintain", "全市继续实行封闭管理", "measure.cue_table")),
    ("市指挥部发布通告，全市继续实行封闭管理。",
     ("C6", "maintain", "全市继续实行封闭管理", "measure.cue_clause_joins")),
    ("市指挥部发布通告，自8月25日零时起，全市实行封闭管理。",
     ("C6", "announce-plan", "全市实行封闭管理", "measure.cue_table")),
])
def test_notice_issued_joins(text, expected):
    found = [(m["code"], m["action"], m["surface"], m["rule"]) for m in annotate(text, PUBLISHED)
             if m["type"] == "MEASURE"]
    assert expected in found
