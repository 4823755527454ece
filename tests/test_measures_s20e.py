"""MEASURE review of session 20 (helper revmeas, notes/s20-revmeas.md): rules of this session that fired outside the
context they were written for, each pinned by an invented sentence (regression tests, not evidence of quality).

(1) 没有…的计划/打算/必要 denies a measure: the exclude row's 没有 lets a relative clause through (没有病例的管控区),
    not a denial whose 的 closes on a plan or need word.
(2) A plan verb at the head of a sentence is a body's plan, not a traveller's: 对准备在春节期间返乡的人员，要求… is
    a standing requirement (``measures.planned_head``, word row ``plan-of-people``).
(3) A verbal negation (尚未, 并未 …) that only picks out a group (尚未返岗人员一律…) or a time (结果尚未出来前不得…)
    denies no measure (``measures.negated_statement``, word row ``negated-subordinate``).
(4) A clause opening on 都/均 comments on the list before it only when 都/均 is the adverb, not the first character of
    a place (都江堰市加强…; word row ``comment-on-list``).
(5) An attitude clause (进一步统一思想, 提高警惕) is an exhortation: it joins no measure (word row ``exhortation``).
(6) A notice followed (按照自治区下发通知，…) is not a notice issued: it makes nothing impose (word row
    ``notice-issued``).
(7) A describing 的 after an impose word still tells a new deed when 新/先/刚 stands before the word (新成立的指挥部,
    先启用的场馆; word row ``impose-described-new``).
Negative cases (what a fix must not change) are marked."""

from datetime import date

import pytest

from imcovid.annotate import annotate
from imcovid.annotate.measures import negated_statement, planned_head, statement_action

PUBLISHED = date(2022, 8, 10)


def _measures(text: str) -> list[tuple[str, str, str]]:
    return [(m["code"], m["action"], m["surface"]) for m in annotate(text, PUBLISHED) if m["type"] == "MEASURE"]


# (1) 没有…的计划: a denial.
@pytest.mark.parametrize("text, expected", [
    ("记者了解到，目前当地没有实行封控的计划。", []),
    ("该市表示，暂时没有关闭学校的必要。", []),
    ("目前暂时没有封城的打算。", []),
    # negatives: a relative clause says whom the measure is for; a requirement's condition keeps its measure
    ("没有病例的管控区，非必要不出门。", [("C6", "maintain", "没有病例的管控区，非必要不出门")]),
])
def test_denial_with_plan_word(text, expected):
    assert [(c, a, s) for c, a, s in _measures(text)] == expected


# (2) plan verbs at the head: a body's plan, not a traveller's.
@pytest.mark.parametrize("head, plan", [
    ("对准备在春节期间返乡的人员，", False),
    ("计划在国庆期间出行的市民，", False),
    ("凡打算前往外地的旅客，", False),
    # negatives: a body's plan stays announce-plan
    ("该区计划在24小时之内，", True),
    ("我市拟于下周一起，", True),
    ("该县准备在全县范围内，", True),
])
def test_plan_head_of_people(head, plan):
    assert planned_head(head) is plan


def test_plan_head_of_people_keeps_requirement_in_force():
    assert statement_action("要求提前3天向社区报备", "对准备在春节期间返乡的人员，") == "maintain"
    assert statement_action("完成全员核酸检测", "该区计划在24小时之内，") == "announce-plan"


# (3) verbal negation that picks out a group or a time.
@pytest.mark.parametrize("statement, denied", [
    ("尚未返岗人员一律居家健康监测", False),
    ("尚未接种疫苗人员要尽快接种", False),
    ("核酸检测结果尚未出来前不得离开住所", False),
    # negatives: denials stay denials
    ("尚未对全体居民开展核酸检测", True),
    ("当地并未实行封控管理", True),
    ("该小区不是中高风险区", True),
    ("他不是密接人员", True),
    ("然而美国尚未授权为5岁以下儿童接种疫苗", True),
])
def test_negation_of_a_group_or_time(statement, denied):
    assert negated_statement(statement) is denied


def test_negated_group_keeps_its_measure():
    assert [c for c, _, _ in _measures("尚未返岗人员一律居家健康监测。")] == ["CN-HEALTH-MONITORING"]


# (4) 都 of a place name is no 都/均 comment.
@pytest.mark.parametrize("text, expected", [
    ("成都市继续实行封控管理，都江堰市、彭州市加强核酸检测。", ("C6", "maintain", "成都市继续实行封控管理")),
    ("该市实行封控管理，都匀市加强核酸检测。", ("C6", "impose", "该市实行封控管理")),
    # negative: the adverb still joins the list before it
    ("不论是检测还是流调，都要突出“快”和“早”。", ("H3", "strengthen", "不论是检测还是流调，都要突出“快”和“早”")),
])
def test_comment_on_list_not_a_place(text, expected):
    assert expected in _measures(text)


# (5) attitude clauses join nothing.
@pytest.mark.parametrize("text, expected", [
    ("进一步统一思想，严格落实封控措施。", ("C6", "maintain", "严格落实封控措施")),
    ("提高警惕，做好个人防护，坚持戴口罩。", ("H6", "maintain", "做好个人防护，坚持戴口罩")),
    ("强化底线思维，严格落实入境人员集中隔离措施。", ("C8", "maintain", "严格落实入境人员集中隔离措施")),
    # negative: a strengthen clause with content still joins (guideline's 加强价格监管，确保…)
    ("加强价格监管，确保生活必需品市场供应充足。", ("CN-SUPPLY", "strengthen", "加强价格监管，确保生活必需品市场供应充足")),
])
def test_attitude_clause_joins_nothing(text, expected):
    assert expected in _measures(text)


# (6) a notice followed is no notice issued.
@pytest.mark.parametrize("text, expected", [
    ("按照自治区下发通知，各地要做好核酸检测工作。", ("CN-MASS-TESTING", "maintain", "各地要做好核酸检测工作")),
    ("根据上级印发通知，各地要做好核酸检测工作。", ("CN-MASS-TESTING", "maintain", "各地要做好核酸检测工作")),
    # negative: a notice issued here makes its provision impose
    ("市政府下发通知，全市A级景区必须缩减至少50%的游客承载量。",
     ("C2", "impose", "全市A级景区必须缩减至少50%的游客承载量")),
])
def test_notice_followed_is_not_issued(text, expected):
    assert expected in _measures(text)


# (7) 新成立的, 先启用的: a new deed told in a describing phrase.
@pytest.mark.parametrize("statement, action", [
    ("新成立的疫情防控指挥部负责全市防控工作", "impose"),
    ("先启用的方舱医院为3号4号馆", "impose"),
    # negatives: a description with no 'new' word does not impose; 最新 is 'latest', not 'newly'
    ("划定的中风险地区人员足不出户", "maintain"),
    ("公告栏上张贴着最新的名单", "maintain"),
    ("及时转发最新发布的疫情信息", "maintain"),
])
def test_new_deed_in_a_description(statement, action):
    assert statement_action(statement) == action


# (1b) 没有 before a preposition or an impose verb denies, whatever 的 follows.
@pytest.mark.parametrize("text, expected", [
    ("目前当地并没有对全市的小区实行封控。", []),
    ("该区没有实行全域的静默管理。", []),
])
def test_denial_before_a_verb(text, expected):
    assert _measures(text) == expected


# (2b) people as the subject of the plan verb.
@pytest.mark.parametrize("head, plan", [
    ("很多市民打算春节返乡，", False),
    ("不少旅客计划在国庆期间出行，", False),
    # negative: a body as the subject
    ("该旗计划在本周内，", True),
])
def test_plan_head_by_people(head, plan):
    assert planned_head(head) is plan


# (8) survey: 有的放矢 and 不少于 are no indefinite actors.
@pytest.mark.parametrize("statement, action", [
    ("有的放矢地开展新一轮全员核酸检测", "impose"),
    ("不少于两轮全员核酸检测由各旗县组织开展新一轮", "impose"),
    # negative: a survey of measures here and there stays maintain
    ("有些员工较多的企业同时设置了多个检测点进行检测", "maintain"),
])
def test_survey_words_inside_other_words(statement, action):
    assert statement_action(statement) == action


# (9) a team whose task is no one measure, or who is sent to guide, stays CN-COMMAND.
@pytest.mark.parametrize("text", [
    "国家卫健委派出工作组，指导当地开展流调溯源、核酸检测和患者救治工作。",
    "自治区派出工作组赴额济纳旗，指导做好滞留游客服务保障工作。",
    "市里组建了突击队，分别前往各社区开展流调溯源、核酸检测和患者救治工作。",
])
def test_team_with_no_single_task(text):
    assert "CN-COMMAND" in [c for c, _, _ in _measures(text)]


def test_team_joins_its_single_task():
    # negative: a team whose next clause names one task still joins it (s20meas)
    codes = [(c, a) for c, a, _ in _measures("组建了3批“青年突击队”，分别前往各小区开展核酸采样秩序维护工作。")]
    assert ("CN-MASS-TESTING", "impose") in codes and "CN-COMMAND" not in [c for c, _ in codes]


# (10) 将 + adverb + verb + 到位 is the future (no object: not the disposal construction).
@pytest.mark.parametrize("statement, action", [
    ("核酸检测点将全面设置到位", "announce-plan"),
    ("各项防控物资将按时配送到户", "announce-plan"),
    # negatives: an object between 将 and the verb is the disposal construction (s20act)
    ("多渠道、第一时间将疫情防控政策和措施向滞留游客宣传到位", "maintain"),
    ("将防控责任落实到人", "maintain"),
])
def test_future_result_not_disposal(statement, action):
    assert statement_action(statement) == action


# (1c) negative: 没有 + impose verb inside a relative clause that names places keeps the sentence's measure.
@pytest.mark.parametrize("text, code", [
    ("没有封控的小区，居民要非必要不外出。", "C6"),
    ("没有实行封闭管理的小区要严格落实出入管控。", "C7"),
])
def test_denial_verb_in_relative_clause(text, code):
    assert code in [c for c, _, _ in _measures(text)]


# (3b) a denial followed by what does hold (不是…而是) keeps the statement.
@pytest.mark.parametrize("statement, denied", [
    ("此次实行的不是封控而是全域静默管理", False),
    ("并未实行封控但要求居民非必要不外出", False),
    # negative: a plain denial
    ("此次实行的不是封控", True),
])
def test_negation_with_contrast(statement, denied):
    assert negated_statement(statement) is denied


def test_negation_with_contrast_keeps_measure():
    assert "C6" in [c for c, _, _ in _measures("此次实行的不是封控而是全域静默管理。")]


# (11) a comment's noun governed by a verb is the object or aim of a deed, no comment.
@pytest.mark.parametrize("text, code", [
    ("严把入境人员闭环管理这一关键。", "C8"),
    ("要引导群众让戴口罩、勤洗手成为习惯。", "H6"),
])
def test_governed_comment_is_a_measure(text, code):
    assert code in [c for c, _, _ in _measures(text)]


@pytest.mark.parametrize("statement", [
    # negatives: comments on a measure stay comments (s20meas2)
    "随时戴口罩已经成了基本操作",
    "消杀任务要求高",
    "使用健康码已经成为常态",
])
def test_comment_on_measure_still_a_comment(statement):
    from imcovid.annotate.measures import comment_on_measure
    assert comment_on_measure(statement)
