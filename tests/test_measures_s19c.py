"""Nineteenth session, fixes of the s19 review (rev2) to the s19meas MEASURE rules: official notices keep their
measures in an itinerary-like sentence (trip_told, rows ``clock-time``, ``trip-duty``), everyday health-code rules
are no app talk (rows ``code-app-talk``, ``code-use``), 不能出门 only with a lockdown told (flag ``lockdown``, row
``lockdown-told``), 将陆续转至 is the future (_DISPOSAL), a city's result is no testing (CN-MASS-TESTING row), a
campaign whose result follows stays (case_found), 送…上门 only for locked-down people (CN-SUPPLY row), a negation
earlier in the clause (CN-MEDICAL row), 显然 is no hedge (row ``speculation``). Examples are invented sentences of the
review's genres (regression tests), each table with negative examples: what the rule must not fire on."""

from datetime import date

import pytest

from imcovid.annotate import annotate
from imcovid.annotate.measures import (case_found, code_app_talk, lockdown_told, speculation, statement_action,
                                       trip_told)

PUBLISHED = date(2022, 1, 20)


def _codes(text: str, published: date = PUBLISHED) -> set[str]:
    return {m["code"] for m in annotate(text, published) if m["type"] == "MEASURE"}


def _actions(text: str, code: str, published: date = PUBLISHED) -> set[str]:
    return {m["action"] for m in annotate(text, published) if m["type"] == "MEASURE" and m["code"] == code}


# (2, 15) trip_told: a notice's start time and a body's deed done to people are no case's trip; 应急/可能 no duty.
@pytest.mark.parametrize("sentence, statement, expected", [
    # an official notice: a start frame (自…起, …起) or 对…开展/进行 done by a body
    ("自1月10日18:00起，对所有抵达我市的人员开展核酸检测。", "对所有抵达我市的人员开展核酸检测", False),
    ("1月10日12时30分起，乘坐火车返回我市的人员，落地后进行核酸检测。", "落地后进行核酸检测", False),
    ("1月10日18时30分，市指挥部通报，对返回本市的人员开展核酸检测。", "对返回本市的人员开展核酸检测", False),
    ("1月10日8时30分开始，返回我市的人员落地后进行核酸检测。", "返回我市的人员落地后进行核酸检测", False),
    # negatives: a case's own trip stays told (应急 and 可能 are no duty; 对其进行 is the case's own test)
    ("18时许，方某乘坐公交车前往应急采样点进行核酸检测。", "方某乘坐公交车前往应急采样点进行核酸检测", True),
    ("18时许，方某可能乘坐公交车前往采样点进行核酸检测。", "方某可能乘坐公交车前往采样点进行核酸检测", True),
    ("18时许，方某乘坐公交车前往医院，对其进行核酸检测。", "对其进行核酸检测", True),
    ("上午5时30分左右，方某乘坐私家车持48小时内核酸检测证明自杭州返乡。", "方某乘坐私家车持48小时内核酸检测证明自杭州返乡",
     True),
])
def test_trip_told_keeps_notices(sentence, statement, expected):
    assert trip_told(sentence, statement) is expected


@pytest.mark.parametrize("text, codes", [
    ("疫情防控指挥部通告：自1月10日18:00起，对所有抵达我市的人员开展核酸检测。", {"CN-MASS-TESTING"}),
    ("疫情防控通告：1月10日12时30分起，乘坐火车返回我市的人员，落地后进行核酸检测，并实行居家健康监测。",
     {"CN-MASS-TESTING", "CN-HEALTH-MONITORING"}),
    ("1月10日18时30分，市疫情防控指挥部通报，对返回本市的人员开展核酸检测和健康监测。",
     {"CN-MASS-TESTING", "CN-HEALTH-MONITORING"}),
])
def test_notice_with_clock_time_keeps_measures(text, codes):
    assert codes <= _codes(text)


def test_case_trip_still_no_measure():
    text = "疫情防控指挥部发布行程轨迹。上午5时30分左右，方某乘坐私家车持48小时内核酸检测证明自杭州返乡。"
    assert "C7" not in _codes(text)


# (3) code_app_talk: 展示, 小程序, 页面, 首页, 业务 are words of everyday code rules; 展示, 申领, 请 are code use.
@pytest.mark.parametrize("statement, expected", [
    ("请主动展示健康码和行程卡", False),
    ("通过微信小程序申领健康码", False),
    ("在小程序首页查看本人健康码", False),
    ("健康码页面显示绿码方可进入", False),
    ("可在政务服务业务平台申领健康码", False),
    # negatives: the app's own failure or software stays app talk
    ("一码通小程序又打不开了", True),
    ("健康码页面一度宕机", True),
    ("西安一码通其它业务照常运行", True),
    ("这是健康码小程序最开始的样子", True),
])
def test_code_app_talk_anchored(statement, expected):
    assert code_app_talk(statement) is expected


@pytest.mark.parametrize("text", [
    "疫情防控期间，进入商场、超市等公共场所，请主动展示健康码和行程卡。",
    "疫情防控期间，市民可通过微信小程序申领健康码。",
])
def test_code_rules_keep_health_code(text):
    assert "CN-HEALTH-CODE" in _codes(text)


def test_app_failure_still_no_code_measure():
    assert "CN-HEALTH-CODE" not in _codes("疫情期间，西安一码通又崩溃了，大家突然发现一码通打不开了。")


# (5) 不能出门/出村 counts only in a sentence that tells a lockdown or quarantine.
@pytest.mark.parametrize("sentence, expected", [
    ("小区封控了，任何人不能出楼门。", True),
    ("我们被封在家里，不能出门。", True),
    ("社区实行静默管理，居民不能出门。", True),
    # negatives: illness, weather, a road closure
    ("我阳了以后不能出门，只能在家躺着。", False),
    ("因大雪封路，村民不能出村。", False),
    ("生病了不能出门。", False),
    ("我阳了以后居家隔离，不能出门。", False),
    ("因道路封闭施工，村民不能出村。", False),
    ("瓶子密封了，不能出门。", False),
])
def test_lockdown_told(sentence, expected):
    assert lockdown_told(sentence) is expected


@pytest.mark.parametrize("text, expected", [
    ("疫情防控期间，小区封控了，任何人不能出楼门。", True),
    ("新冠疫情期间，我们的小区被封了，大家不能出门。", True),
    # negatives: a person's illness, weather
    ("新冠疫情放开后，我阳了以后不能出门，只能在家躺着。", False),
    ("疫情期间因大雪封路，村民不能出村。", False),
    ("新冠疫情期间，我生病了不能出门。", False),
    ("新冠疫情期间，我阳了以后居家隔离，不能出门。", False),
])
def test_lived_lockdown_needs_lockdown(text, expected):
    assert ("C6" in _codes(text)) is expected


# (7) 将 + an adverb + 转至/转入: the future, not the disposal construction.
@pytest.mark.parametrize("statement, expected", [
    ("确诊患者将陆续转至定点医院集中救治", "announce-plan"),
    ("隔离人员将逐步转入居家健康监测", "announce-plan"),
    ("密接人员将统一转运至集中隔离点", "announce-plan"),
    ("患者将分批转入定点医院", "announce-plan"),
    # negatives: an object between 将 and the verb (the disposal construction), 全部 before an object
    ("将方某转至定点医院", "maintain"),
    ("将全部密接人员转运至集中隔离点", "maintain"),
    ("将其闭环转运集中医学观察隔离点", "maintain"),
])
def test_future_transfer(statement, expected):
    assert statement_action(statement) == expected


# (8) 全市/全区…核酸检测 only as testing, not its result or the people it found.
@pytest.mark.parametrize("text, expected", [
    ("疫情防控：全区核酸检测阳性人员已全部转运。", False),
    ("疫情防控：全市核酸检测结果均为阴性。", False),
    ("疫情防控：全市核酸检测数据已上报。", False),
    # negatives: the testing itself stays
    ("疫情防控：明日开始又一轮全市核酸检测。", True),
    ("疫情防控：全区核酸检测于今日启动。", True),
])
def test_city_testing_not_result(text, expected):
    assert ("CN-MASS-TESTING" in _codes(text)) is expected


# (9) case_found: a campaign whose result follows stays a measure.
@pytest.mark.parametrize("statement, rest, expected", [
    ("对全市人员开展核酸检测", "，检出阳性感染者3例", False),
    ("全区组织重点人群核酸检测", "，发现阳性2例", False),
    ("对所有入境人员进行核酸检测", "，检出阳性1例", False),
    # negatives: a case's own test stays how the case was found
    ("对一名返同人员进行核酸检测", "，结果为阳性", True),
    ("沈阳市在对北京来（返）沈人员例行主动核酸检测中", "，发现一例核酸检测阳性人员", True),
])
def test_case_found_keeps_campaign(statement, rest, expected):
    assert case_found(statement, rest) is expected


def test_campaign_with_result_is_measure():
    assert "CN-MASS-TESTING" in _codes("疫情防控：对全市人员开展核酸检测，检出阳性感染者3例。")


# (10) 送…上门 only for locked-down or quarantined people, or given by a community or volunteers.
@pytest.mark.parametrize("text, expected", [
    ("疫情期间，志愿者为封控小区居民送菜上门。", True),
    ("疫情期间，社区工作人员把药送上门。", True),
    ("疫情期间，把生活物资送上门给隔离人员。", True),
    # negatives: a platform's commercial delivery
    ("疫情期间，外卖平台推出无接触配送，骑手把餐送上门。", False),
    ("疫情期间，美团推出送菜上门服务。", False),
    ("疫情期间，社区团购平台推出送菜上门服务。", False),
])
def test_door_delivery_needs_lockdown(text, expected):
    assert ("CN-SUPPLY" in _codes(text)) is expected


# (11) A negation earlier in the clause (并未完全, 没有全部, 不会再) keeps 暂停门诊 from being a measure.
@pytest.mark.parametrize("text, expected", [
    ("疫情期间，医院并未完全暂停门诊服务。", False),
    ("疫情期间，医院没有全部暂停门诊。", False),
    ("疫情期间，医院不会再暂停门诊。", False),
    # negatives: no negation (未来 is no negation), a negation in another clause
    ("疫情期间，市妇幼保健院暂停门急诊医疗服务。", True),
    ("疫情期间，市医院未来三天暂停门诊。", True),
    ("疫情尚未结束，市医院暂停门诊。", True),
])
def test_clinic_suspension_negation(text, expected):
    assert ("CN-MEDICAL" in _codes(text)) is expected


# (16) 显然 asserts; only a guess drops the statement.
@pytest.mark.parametrize("statement, expected", [
    ("当地显然已实行全域静态管理", False),
    # negatives: a guess stays a guess
    ("当地估计已实行全域静态管理", True),
    ("当地应该已实行全域静态管理", True),
])
def test_obviously_is_no_hedge(statement, expected):
    assert speculation(statement) is expected


def test_obvious_report_is_measure():
    assert "C6" in _codes("疫情之下，当地显然已实行全域静态管理。")
