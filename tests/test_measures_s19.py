"""Nineteenth session, MEASURE on unseen real posts (s19meas): error classes found on 12 COVID-19 posts of 知乎热榜
(answers of news outlets and of residents on local measures, January 2022: a county's published itinerary, a city's
notice of a case, a police case, a compound's lockdown told by a resident, a health-code app's crash), annotated by
hand before the program was run. Examples are invented sentences in the style of those posts (regression tests),
each with negative examples: what the rule must not fire on."""

from datetime import date

import pytest

from imcovid.annotate import annotate
from imcovid.annotate.measures import (abroad_named, case_found, code_app_talk, speculation, statement_action,
                                       trip_told)

PUBLISHED = date(2022, 1, 20)


def _measures(text: str, published: date = PUBLISHED) -> list[tuple[str, str, str]]:
    return [(m["code"], m["action"], m["surface"]) for m in annotate(text, published) if m["type"] == "MEASURE"]


def _codes(text: str, published: date = PUBLISHED) -> set[str]:
    return {code for code, _, _ in _measures(text, published)}


def _actions(text: str, code: str, published: date = PUBLISHED) -> set[str]:
    return {action for c, action, _ in _measures(text, published) if c == code}


# Speculation: the writer's guess or judgement reports nothing (word row ``speculation``).
@pytest.mark.parametrize("statement, expected", [
    ("当前应该已实行全封闭管理", True),
    ("显然该院为定点医院", False),  # 显然 asserts: no guess (s19 review)
    ("我觉得现在最主要的还是得限制境外输入", True),
    ("更大范围的全员核酸筛查已经势在必行", True),
    ("不知道需要被隔离多长时间", True),
    # negatives: a directive with 应该, an estimate of a body (预估), a plain report
    ("各地应该严格落实封控措施", False),
    ("经预估，全市需设置采样点300个", False),
    ("该小区已实行封闭管理", False),
])
def test_speculation(statement, expected):
    assert speculation(statement) is expected


@pytest.mark.parametrize("text, code", [
    ("疫情防控中，当前该小区应该已实行全封闭管理。", "C6"),
    ("疫情形势严峻，我觉得现在最主要的还是得限制境外输入。", "C8"),
    ("疫情之下，多轮次的全员核酸筛查已经势在必行。", "CN-MASS-TESTING"),
])
def test_speculation_is_no_measure(text, code):
    assert code not in _codes(text)


def test_report_beside_speculation_stays():
    text = "疫情发生后，该小区已实行封闭管理，显然该院为定点医院。"
    assert "C6" in _codes(text)


# A health-code app's talk: its software, pages, load or failure (word rows ``code-app-talk``, ``code-use``).
@pytest.mark.parametrize("statement, expected", [
    ("大家突然发现一码通打不开了", True),
    ("估计一码通的程序员压力巨大", True),
    ("这是健康码小程序最开始的样子", True),
    ("也不会影响用户扫码查询", True),
    # negatives: rules of using the code, even beside the app's words
    ("进入小区须查验健康码", False),
    ("健康码系统崩溃期间凭纸质证明通行", False),
    ("市民被赋黄码", False),
])
def test_code_app_talk(statement, expected):
    assert code_app_talk(statement) is expected


def test_app_crash_post_names_no_code_measure():
    text = ("疫情期间，西安一码通又崩溃了，大家突然发现一码通打不开了。估计一码通的程序员现在压力巨大。"
            "第二次改版新增了核酸检测信息。")
    assert not {"CN-HEALTH-CODE", "CN-MASS-TESTING"} & _codes(text)


def test_code_rule_in_app_sentence_stays():
    text = "疫情防控期间，北京健康宝将通过核酸检测数据库进行比对，未按时检测的将进行弹窗提示。"
    assert "CN-HEALTH-CODE" in _codes(text)


# A case's own trip in an itinerary (clock time and a traveller's verb, no duty in the statement).
@pytest.mark.parametrize("sentence, statement, expected", [
    ("上午5时30分左右，方某乘坐私家车持48小时内核酸检测证明自杭州返乡。", "方某乘坐私家车持48小时内核酸检测证明自杭州返乡",
     True),
    ("上午8时30分左右自驾车返回社区报备返乡行程，并前往卫生院核酸采样点进行核酸采样。", "并前往卫生院核酸采样点进行核酸采样",
     True),
    # negatives: a duty (须, 可), no clock time, opening hours (a range)
    ("8时30分起，返乡人员须持48小时核酸检测阴性证明返回。", "返乡人员须持48小时核酸检测阴性证明返回", False),
    ("返乡人员抵达后进行核酸检测。", "返乡人员抵达后进行核酸检测", False),
    ("采样时间8:00-18:00，市民前往就近采样点进行核酸检测。", "市民前往就近采样点进行核酸检测", False),
    ("市民可于8时30分左右前往就近采样点进行核酸检测。", "市民可于8时30分左右前往就近采样点进行核酸检测", False),
])
def test_trip_told(sentence, statement, expected):
    assert trip_told(sentence, statement) is expected


def test_itinerary_keeps_quarantine_done_to_the_case():
    text = ("疫情防控指挥部发布行程轨迹。1月20日18：43，方某携带核酸检测阴性证明，乘坐G2541次列车返回。"
            "20时30分，将方某闭环转运集中医学观察隔离点集中隔离。")
    codes = _codes(text)
    assert "C7" not in codes and "CN-CENTRAL-QUARANTINE" in codes
    assert _actions(text, "CN-CENTRAL-QUARANTINE") == {"maintain"}  # 将X闭环转运…: the disposal construction


# The test or screening by which a case was found.
@pytest.mark.parametrize("statement, rest, expected", [
    ("沈阳市在对北京来（返）沈人员例行主动核酸检测中", "，发现一例核酸检测阳性人员", True),
    ("对一名返同人员进行核酸检测", "，结果为阳性", True),
    # negatives: a test with a response after it, a test not followed by a finding
    ("对密接人员进行核酸检测", "，全部转运至集中隔离点", False),
    ("全市开展全员核酸检测", "，应检尽检", False),
])
def test_case_found(statement, rest, expected):
    assert case_found(statement, rest) is expected


@pytest.mark.parametrize("text, code", [
    ("疫情通报：沈阳市在对北京来（返）沈人员例行主动核酸检测中，发现一例核酸检测阳性人员。", "C7"),
    ("沈阳新增本土确诊病例为来（返）沈人员例行主动核酸检测发现。疫情防控。", "C7"),
    ("疫情通报：济南市历城区报告2名已隔离管控人员新冠病毒核酸检测阳性。", "CN-CENTRAL-QUARANTINE"),
])
def test_how_a_case_was_found_is_no_measure(text, code):
    assert code not in _codes(text)


def test_response_after_a_positive_stays():
    text = "疫情防控要求，核酸检测阳性人员要立即转运至定点医院。"
    assert "CN-MEDICAL" in _codes(text)


# A date of a case's finding is no start date (于1月15日…发现); a start date still is.
def test_date_of_finding_makes_no_impose():
    text = "疫情通报：该病例于1月15日在坪山区核酸筛查中发现，流调溯源工作正在进行中。"
    assert _actions(text, "H3") == {"maintain"}


def test_since_a_finding_is_a_start():
    text = "疫情发生后，自1月15日发现阳性病例后，区纪委迅速成立监督检查组，开展疫情防控监督检查。"
    assert "impose" in _actions(text, "CN-ACCOUNTABILITY")


# The model's C8 needs travel from abroad named (word row ``abroad``).
@pytest.mark.parametrize("sentence, expected", [
    ("严格落实入境人员闭环管理", True),
    ("毫不放松抓好外防输入工作", True),
    ("1月21日23时抵达济南后立即转至集中隔离点集中隔离", False),
    ("已经追踪到的密切接触者均已全部采取集中医学隔离观察", False),
])
def test_abroad_named(sentence, expected):
    assert abroad_named(sentence) is expected


def test_domestic_arrival_quarantine_is_not_c8():
    text = "疫情通报：病例1月21日23时抵达济南后立即转至历城区集中隔离点集中隔离。"
    codes = _codes(text)
    assert "C8" not in codes and "CN-CENTRAL-QUARANTINE" in codes


# 限流 alone only in a sentence that names the epidemic; a count of imported cases is no C8 measure.
@pytest.mark.parametrize("text, code, present", [
    ("疫情期间，景区实行限流。", "C2", True),
    ("疫情防控。应对这样的问题，解决起来无非有两个方案，一个是限流，另外一个就是扩容。", "C2", False),
    ("疫情防控。昨天境外输入新增了确诊66个。", "C8", False),
    ("疫情防控。严格做好境外输入人员闭环管理。", "C8", True),
])
def test_rate_limit_and_import_counts(text, code, present):
    assert (code in _codes(text)) is present


# A code's colour told as one's status is no code measure.
def test_own_code_colour_is_no_measure():
    assert "CN-HEALTH-CODE" not in _codes("疫情期间小区封闭，而且我们的健康码都还是绿的。")
    assert "CN-HEALTH-CODE" in _codes("疫情期间，进入小区须查验健康码。")


# Lockdown told as residents live it; "apart from" and roads are not.
@pytest.mark.parametrize("text, present", [
    ("疫情发生后，任何人不能出楼门。", True),
    ("疫情发生后，只是不能出小区。", True),
    ("疫情发生后，一觉醒来就被封在舅舅家了。", True),
    ("疫情发生后，2号楼已被封闭。", True),
    ("疫情发生后，小区大门已经关闭，只能进，不能出。", True),
    # negatives
    ("疫情期间的隔离过程，除了不能出门，憋得慌以外，生活没有不便。", False),
    ("疫情期间，演员不能出现在舞台上。", False),
    ("疫情期间，因施工道路已被封闭。", False),
])
def test_lockdown_as_lived(text, present):
    assert ("C6" in _codes(text)) is present


# Supplies brought to the door; itineraries published; a hospital's outpatient service suspended; testing rounds.
@pytest.mark.parametrize("text, code, action", [
    ("疫情期间，居委会志愿者挨家挨户送来蔬菜。", "CN-SUPPLY", "maintain"),
    ("小区封控期间，只是需要志愿者送上门。", "CN-SUPPLY", "maintain"),
    ("罗田县新冠肺炎疫情防控指挥部发布一例阳性返乡者行程轨迹。", "H1", "impose"),
    ("疫情发生后，坪山区妇幼保健院暂停门急诊医疗服务。", "CN-MEDICAL", "impose"),
    ("疫情期间，西安市通知开始又一轮全市核酸检测。", "CN-MASS-TESTING", "impose"),
    ("疫情发生以来，该机构承担了郑州市近三分之一的人员核酸检测筛查任务。", "CN-MASS-TESTING", "maintain"),
])
def test_recall_cues(text, code, action):
    assert action in _actions(text, code)


@pytest.mark.parametrize("text, code", [
    ("疫情期间，快递公司照常送货，电商平台订单增长。", "CN-SUPPLY"),  # no delivery to the door
    ("疫情防控。病例的行程轨迹显示其曾到过超市。", "H1"),  # an itinerary told, not published
    ("疫情防控。该院门诊量比去年增长两成。", "CN-MEDICAL"),  # a figure, no suspension
    ("疫情防控。全市核酸检测机构共有20家。", "CN-MASS-TESTING"),  # (guard: facilities counted)
])
def test_recall_cues_negatives(text, code):
    assert code not in _codes(text)


@pytest.mark.parametrize("statement, action", [
    ("将方某某闭环转运集中医学观察隔离点集中隔离", "maintain"),
    ("将其转至定点医院", "maintain"),
    ("将尽快转运至定点医院", "announce-plan"),
    ("将立即转至集中隔离点", "announce-plan"),
    ("西安市通知开始又一轮全市核酸检测", "impose"),
])
def test_actions(statement, action):
    assert statement_action(statement) == action


# Second batch (six more unseen 知乎 posts, among them a city's zone notice): words inside longer words, frames,
# responsibility talk, praise, venue names and highway bans.
@pytest.mark.parametrize("statement, action", [
    ("尽早完成新冠疫苗加强针接种", "maintain"),  # 加强 inside 加强针 (a booster shot) is no strengthening
    ("进一步的流调工作还在进行中", "maintain"),  # 进一步的: an adjective, not 进一步 + verb
    ("加强疫苗接种工作", "strengthen"),
    ("进一步扩大核酸检测范围", "strengthen"),
    ("现将其活动轨迹通报如下", "maintain"),  # the disposal construction: published here and now
    ("将于明日公布检测结果", "announce-plan"),
])
def test_actions_second_batch(statement, action):
    assert statement_action(statement) == action


@pytest.mark.parametrize("text, code, present", [
    ("疫情防控。封控、管控管理期间，希望大家给予理解、支持和配合。", "C6", False),  # a list of lockdowns as a time
    ("疫情防控。封控区、管控区管控和服务要严格落实属地责任、行业监管责任。", "C6", False),  # responsibility talk
    ("疫情防控。在此向参与流调工作的人员表示敬意。", "H3", False),  # praise of workers
    ("疫情防控。凡来自国内中高风险地区车辆，禁止在城内高速站口下站。", "C7", True),
    ("疫情防控。商场、超市等基本生活物资供应场所合理控制购物人员数量。", "CN-SUPPLY", False),  # a venue's name
    ("疫情防控。做好封控区群众的生活物资供应。", "CN-SUPPLY", True),
    ("疫情防控。关于新增无症状感染者活动轨迹的通报。现将其活动轨迹通报如下：", "H1", True),
    # guards: a lockdown in force, a tracing measure, a notice's frame still a frame
    ("疫情防控。该小区继续实行封控管理。", "C6", True),
    ("疫情防控。全面开展流调溯源工作。", "H3", True),
    ("疫情防控。现就有关事项通告如下：", "H1", False),
])
def test_second_batch(text, code, present):
    assert (code in _codes(text)) is present


@pytest.mark.parametrize("text, code", [
    ("疫情防控期间，医生不能出门诊。", "C6"),  # 出门 inside 出门诊
    ("疫情防控期间，该院未暂停门急诊服务。", "CN-MEDICAL"),  # negation
    ("疫情防控。该病例的行程轨迹通报显示其曾去过超市。", "H1"),  # what a bulletin shows: findings, not publishing
])
def test_new_cues_negatives(text, code):
    assert code not in _codes(text)


@pytest.mark.parametrize("text, present", [
    ("疫情防控通告：管控区内全体人员实行“人不出区、严禁聚集”管理措施。", False),  # the zone label's formula
    ("疫情防控通告：防范区内实行“强化社会面管控，严格限制人员聚集”管理措施。", True),  # 防范区 states the limit
    ("疫情防控通告：管控区内实行封闭管理，严禁聚集。", True),  # a ban outside the quotes
])
def test_zone_formula(text, present):
    assert ("C4" in _codes(text)) is present


@pytest.mark.parametrize("text, present", [
    ("我发现杭州最近几次流调展示出来的感染者的生活，真的太社畜了。", False),  # what tracing shows: findings
    ("疫情防控。流调显示该病例曾到过超市。", False),
    ("疫情防控。全面开展流调溯源工作。", True),  # guard: tracing itself
])
def test_tracing_shows_is_findings(text, present):
    assert ("H3" in _codes(text)) is present
