"""Thirteenth session, MEASURE: a quarantine site named only as a place is no measure, and 将近 ("nearly") is no
future marker. Examples are invented sentences in the style of real news (regression tests)."""

import pytest

from imcovid.annotate.measures import ANNOTATOR, code_statement, statement_action


@pytest.mark.parametrize("statement", [
    "隔离点有时反而成为了疫情防控的风险点",  # a risk, not an instrument
    "都曾出现因隔离点造成的感染事件",  # a cause of infections
    "父亲也在隔离酒店工作过",  # a person's workplace
    "承担着该隔离酒店所有信息报表的统计",  # a job in the site
    "其中包括口岸、隔离场所",  # its workers as a group to be vaccinated
    "为确保疫情期间自贡市隔离点环境安全",  # environmental monitoring of the site
    "隔离酒店不仅包三餐",  # what the site offers
])
def test_a_quarantine_site_named_as_a_place_is_no_measure(statement):
    assert "CN-CENTRAL-QUARANTINE" not in code_statement(statement)


@pytest.mark.parametrize("statement", [
    "华住集团有851家门店被征用为隔离酒店",  # requisitioned
    "梁某所工作的酒店成为了隔离酒店",  # designated: the site is named as what the building became
    "全市新增3处集中隔离点",  # new sites
    "设立集中隔离点12个",
    "将师生转移到集中隔离点",  # people moved into it
    "密接人员已转运至集中隔离点进行隔离",
    "备足检测流调力量和隔离场所",  # capacity held ready
    "隔离酒店必须严格落实消杀措施",  # a duty laid on the site
])
def test_a_quarantine_site_in_use_stays_a_measure(statement):
    # (guards: these pass on main too; they show the facility check keeps a site in use)
    assert "CN-CENTRAL-QUARANTINE" in code_statement(statement)


@pytest.mark.parametrize("statement", [
    "12个省份派出了实验室核酸检测人员将近4000人",
    "已组织将近3000名医护人员驰援",
])
def test_nearly_is_no_future(statement):
    assert statement_action(statement) != "announce-plan"


@pytest.mark.parametrize("statement", [
    "将对重点人群开展核酸检测",  # 将 + verb: a plan
    "即将启用方舱医院",
])
def test_future_will_stays_a_plan(statement):
    assert statement_action(statement) == "announce-plan"


def test_annotator_version():
    # (session 14 moved it on to 1.5; compared as numbers, not strings)
    assert tuple(int(x) for x in ANNOTATOR.split("/")[1].split(":")[0].split(".")) >= (1, 4)


@pytest.mark.parametrize("statement", [
    "下令尽快为学生群体接种新冠疫苗",  # an order issued
    "市长20日恢复了室内戴口罩要求",  # a requirement restored
    "学校改线上教学",  # a switch to remote classes
    "高中学业水平考试延期至6月18日举行",  # a postponement
    "推迟了高考时间",
])
def test_an_order_a_postponement_or_a_switch_is_imposed(statement):
    assert statement_action(statement) == "impose"


@pytest.mark.parametrize("statement, action", [
    ("继续实施封闭管理", "maintain"),  # carried on, not newly put in place
    ("继续延期开学", "maintain"),
    ("其余区县继续按照通告规定开展全员核酸检测", "maintain"),
    ("持续强化网格化管理", "strengthen"),  # a strengthen word still strengthens
    ("继续加强并实施封闭管理", "strengthen"),
    ("全市实施封闭管理", "impose"),  # no continuation: newly put in place
    ("各地将推迟开学", "announce-plan"),  # the future wins over a postponement
    ("不得随意推迟开学时间", "maintain"),  # a prohibition without a start cue
])
def test_a_measure_carried_on_is_maintained(statement, action):
    assert statement_action(statement) == action


def test_a_model_proposal_for_a_quarantine_site_still_passes_the_statement_checks():
    from imcovid.annotate.measures import rules_refuse

    # (CN-CENTRAL-QUARANTINE became a facility code: its proposals skip the facility check only)
    assert rules_refuse("对所有解除7天集中隔离的密接人员", "CN-CENTRAL-QUARANTINE")
    assert not rules_refuse("密接人员已转运至集中隔离点", "CN-CENTRAL-QUARANTINE")
