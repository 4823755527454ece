"""MEASURE rules of issue 15's fourth round, one class of phrasing each (invented sentences: regression tests of each
rule, not evidence of quality; quality is measured on the real gold by ``imcovid evaluate --texts --measures``)."""

from __future__ import annotations

from datetime import date

import pytest

from imcovid.annotate import annotate
from imcovid.annotate.measures import arrival_without_control, code_statement, statement_action


def _codes(text, published=date(2022, 3, 16)):
    return {m["code"] for m in annotate(text, published) if m["type"] == "MEASURE"}


@pytest.mark.parametrize("statement, narration", [
    ("该病例系2021年11月27日从国外入境上海", True),  # a journey
    ("疑似源头感染者入境后38天才确诊", True),
    ("都是境外输入的", True),  # a case's origin
    ("入境后即落实海关检疫、核酸检测、集中隔离医学观察等闭环管理措施", False),
    ("严格执行入境人员口岸检疫", False),
    ("严把外防输入关口", False),
    ("从香港入境人员，均需接受14天集中隔离医学观察", False),  # the control is in the sentence
])
def test_an_arrival_without_a_control_is_narration(statement, narration):
    assert arrival_without_control(statement) is narration
    assert ("C8" in _codes(statement + "。")) is not narration


@pytest.mark.parametrize("statement", [
    "广东疫情整体平稳，但外防输入压力时刻存在",  # a situation, not a measure
    "人员流动高峰未到",
    "新加坡入境人员导致的传染链条",
    "其中三次源头均指向冷链相关产业",
    "在全球逐渐走出疫情、国内保供稳价的背景下",  # a background frame
    "人员聚集及跨区域活动将增大疫情传播风险",  # risk talk
    "且隔离酒店的客房清理与一般酒店不同",  # a comparison describes a facility
    "父亲也在隔离酒店工作过",  # a person's past
])
def test_situations_causes_and_descriptions_are_no_measures(statement):
    from imcovid.annotate.measures import excluded

    assert excluded(statement)


@pytest.mark.parametrize("statement, codes", [
    ("紧急抽调50名医务人员", {"CN-MEDICAL"}),  # medical staff sent: medical resources
    ("从省内各地调派医护人员200名", {"CN-MEDICAL"}),
    ("增派公安干警50名", set()),  # police, not medical staff
])
def test_medical_staff_dispatched(statement, codes):
    assert set(code_statement(statement)) == codes


@pytest.mark.parametrize("statement, action", [
    ("120调度坐席扩容至90个", "strengthen"),  # capacity widened
    ("增设备用考点", "announce-plan"),  # a standby object makes a plan (object cue first)
    ("紧急抽调100个急救车组", "strengthen"),
    ("紧急调派40名核酸采样人员星夜驰援莱西", "strengthen"),  # reinforcements: widened
    ("山东省卫健委调集了全省的核酸检测力量", "strengthen"),
    ("北部战区调派的省外援长医疗队19支", "maintain"),  # 调派的: who the teams are, no new deed
])
def test_increase_verbs_strengthen(statement, action):
    assert statement_action(statement) == action


@pytest.mark.parametrize("statement", ["对于来自不同风险区域的返乡群众", "在做好个人防护的前提下"])
def test_descriptions_do_not_swallow_measures(statement):
    from imcovid.annotate.measures import excluded

    assert not excluded(statement)


@pytest.mark.parametrize("statement, action", [
    # Forbidding a restriction lowers stringency (guideline: prohibitions are measures; of restrictions, relax).
    ("不得随意延长集中隔离观察和居家健康监测期限", "relax"),
    ("不得擅自对低风险地区人员采取集中隔离管控、劝返等措施", "relax"),
    ("不得随意扩大限制出行范围", "relax"),
    ("不得随意禁止外地群众返乡过年", "relax"),
    ("不得在现行的政策基础上擅自加码", "relax"),
    ("不得擅自外出", "maintain"),  # a prohibition on residents: the measure itself
    ("严禁聚集", "maintain"),
    # Ending and lowering.
    ("哈尔滨市终止疫情防控应急响应", "lift"),
    ("全部下调为低风险地区", "relax"),
    ("已有23地降低了风险等级", "relax"),
    ("迅速组成核酸采样志愿队", "impose"),
])
def test_actions_of_restriction_prohibitions_endings_and_new_teams(statement, action):
    assert statement_action(statement) == action


def test_a_condition_after_a_list_number_makes_a_plan():
    text = "3、如果市民朋友发现自己有发热等症状，要正确佩戴口罩，及时到就近医院发热门诊就医。"
    actions = {m["code"]: m["action"] for m in annotate(text, date(2021, 12, 24)) if m["type"] == "MEASURE"}
    assert actions == {"H6": "announce-plan", "CN-MEDICAL": "announce-plan"}


@pytest.mark.parametrize("statement, codes", [
    # Instruments named in other words than the cue table's first entries (guideline's code table, same classes).
    ("要佩戴医用外科或以上级别口罩", {"H6"}),
    ("继续加强自我防护", {"H6"}),
    ("就医过程中不乘坐公共交通工具", {"C5"}),
    ("主动告知接触史", {"CN-HEALTH-MONITORING"}),
    ("扫码、测体温进园", {"CN-HEALTH-CODE", "CN-HEALTH-MONITORING"}),
    ("没有病例的管控区非必要不出门", {"C6"}),  # leaving home: stay-at-home, not internal movement
    ("全市人员非必要不出市", {"C7"}),
    ("不在小区聚集、聊天", {"C4"}),
    ("减少等待时间、减少人员聚集", set()),  # a result, no limit on gatherings
    ("倡导节俭办婚事、办丧事", {"C4"}),
    ("严格校园出入管理", {"C1"}),
    ("莱西各医院已暂停接诊", {"CN-MEDICAL"}),
    ("公共场所活动轨迹公布如下", {"H1"}),
    ("加强广播宣传", {"H1"}),
    ("瑞典取消了几乎所有的疫情防控限制措施", {"M1"}),
    ("民警在各路口卡点值守", {"C7"}),
    ("可携48小时核酸检测阴性报告返程", {"C7"}),
    ("暂停所有前往北京的航班", {"C7"}),
    ("近期该病例已纳入管控隔离", {"CN-CENTRAL-QUARANTINE"}),
    ("如果都是在管控隔离区中出来的数据", set()),  # a zone's name
    ("山东省卫健委调集了全省的核酸检测力量", {"CN-MASS-TESTING"}),  # a team for one measure is that measure
    ("我们将认真核实、督促整改", {"CN-ACCOUNTABILITY"}),
    ("香港迪士尼乐园17日关闭一天", {"C2"}),  # a venue closed
    ("市博物馆暂停开放", {"C2"}),
])
def test_instruments_in_other_words(statement, codes):
    assert set(code_statement(statement)) == codes


@pytest.mark.parametrize("statement, codes", [
    # A group of people (滞留游客) is whom another measure is for; alone it stays the guideline's supply cue.
    ("多渠道、第一时间将疫情防控政策和措施向滞留游客宣传到位", {"H1"}),
    ("北海市及时通过全域旅游大数据系统摸清当前滞留游客数目", {"CN-HEALTH-MONITORING"}),
    ("全面掌握滞留游客的详细信息", {"CN-SUPPLY"}),
    # A person's vaccination status is no vaccination measure; vaccinating people is.
    ("包括已接种疫苗者的突破性感染和未接种疫苗者的严重并发症", set()),
    ("在大陆接种疫苗的台胞已达9.9万人", set()),
    ("这几例患者回国前均已接种疫苗", set()),
    ("下令尽快为学生群体接种新冠疫苗", {"H7"}),
])
def test_groups_and_statuses_qualify_people(statement, codes):
    assert set(code_statement(statement)) == codes


@pytest.mark.parametrize("statement", [
    "一名社区工作者跟心理咨询师杨永青说",  # a speech frame
    "杨永青主张在心理疏导时做“情景剥离”",  # a person's opinion
    "并将执行封锁和出入境防疫管理政策视为负面因素",  # an evaluation of policies
    "这样一个入境策略不符合我们国家的情景",
    "其他未公布活动轨迹的新增确诊病例",  # a measure said not taken
    "我们预感这次医院会再次停诊",  # a feeling about what may come
    "努力实现7天社会面动态清零、14天消除高风险区域的防控目标",  # a goal (guideline: goals are no measures)
])
def test_speech_opinion_and_negation_are_no_measures(statement):
    from imcovid.annotate.measures import excluded

    assert excluded(statement)


def test_a_bare_list_of_targets_takes_the_direction_of_its_comment():
    text = ("二、大型会议、活动、论坛、培训、演出、庙会、集市等活动，在严格执行常态化疫情防控措施的前提下，有序恢复举办。"
            "四、福利机构、养老服务机构、精神卫生机构，在严格执行常态化疫情防控措施的前提下，有序恢复常态化管理。")
    found = {(m["code"], m["action"], m["rule"]) for m in annotate(text, date(2021, 10, 14)) if m["type"] == "MEASURE"}
    assert found == {("C3", "relax", "measure.list_comment"), ("H8", "relax", "measure.list_comment")}


@pytest.mark.parametrize("statement, action", [
    ("运用微信群、电话短信、入户摸排等方式", "maintain"),  # a means with its own verb, whatever comes later
    ("麻将馆、洗浴、影院等各类经营场所", "maintain"),  # 麻将 is no future marker
])
def test_lists_without_a_comment_keep_their_action(statement, action):
    assert statement_action(statement) == action


def test_only_the_comment_right_after_the_list_decides():
    text = "运用微信群、电话短信、入户摸排等方式，建立信息台账，准确掌握已解除人员数。"
    actions = {m["action"] for m in annotate(text, date(2022, 1, 20)) if m["type"] == "MEASURE"}
    assert "lift" not in actions


@pytest.mark.parametrize("statement, codes", [
    ("组建了1860人的核酸检测支援队伍", {"CN-MASS-TESTING"}),  # a count of staff sent is no epidemic figure
    ("火速安排采样人员2200人", {"CN-MASS-TESTING"}),
    ("北海市卫健委主任等2人被免职", {"CN-ACCOUNTABILITY"}),  # nor a count of officials sanctioned
    ("排查进入示范区返乡人员934人", set()),  # a count of people screened stays a figure
    ("全国累计报告接种新冠病毒疫苗29亿9416.2万剂次", set()),  # doses given: a figure
    ("已有多位台湾知名人士专程“登陆”接种大陆新冠疫苗", set()),  # people's own vaccination
    ("增加疫苗接种", {"H7"}),
])
def test_counts_of_staff_and_sanctions_and_vaccination_in_other_words(statement, codes):
    assert set(code_statement(statement)) == codes or (codes == set() and _excluded(statement))


def _excluded(statement):
    from imcovid.annotate.measures import excluded

    return excluded(statement)


@pytest.mark.parametrize("statement, codes", [
    ("哈尔滨市中高风险地区全部下调为低风险地区", {"C6"}),
    ("已有23地降低了风险等级", {"C6"}),
    ("及时到具有发热门诊的医疗机构就诊并进行核酸检测", {"CN-MEDICAL", "H2"}),  # a symptomatic person's test
    ("莱西市人民医院发热门诊在就诊人员的筛查检测中", {"CN-MEDICAL"}),  # how cases were found: no testing rule
])
def test_zone_downgrades_and_tests_at_the_clinic(statement, codes):
    assert set(code_statement(statement)) == codes


def test_a_condition_of_who_makes_a_plan():
    text = "如出现发热、干咳等症状的，要佩戴医用外科口罩，及时到具有发热门诊的医疗机构就诊并进行核酸检测。"
    found = {(m["code"], m["action"], m["level"], m["rule"])
             for m in annotate(text, date(2021, 10, 14)) if m["type"] == "MEASURE"}
    assert found == {("H6", "announce-plan", None, "measure.cue_table"),
                     ("CN-MEDICAL", "announce-plan", None, "measure.cue_table"),
                     ("H2", "announce-plan", "2", "measure.clinic_test")}


@pytest.mark.parametrize("statement, codes", [
    ("切实做到应检尽检、应转尽转、应隔尽隔、应治尽治", {"CN-MASS-TESTING", "CN-CENTRAL-QUARANTINE", "CN-MEDICAL"}),
    ("以上2人已转送至定点医疗机构隔离诊治", {"CN-MEDICAL"}),  # 以上2人: who, no figure
])
def test_treat_every_patient_and_the_people_named_before(statement, codes):
    from imcovid.annotate.measures import excluded

    assert set(code_statement(statement)) == codes and not excluded(statement)


@pytest.mark.parametrize("statement, head, action", [
    ("全市A级旅游景区暂停开放", "", "impose"),  # a closure reported: newly in place
    ("公交、出租车、地铁停运", "", "impose"),
    ("继续暂停组织旅游团队前往中高风险地区", "", "maintain"),  # goes on
    ("一些城市因为疫情防控的原因关闭了部分高速公路出入口", "", "maintain"),  # surveyed over many places
    ("26家药店被查封、停业整顿", "", "maintain"),  # a sanction
    ("疫情以来医院几次关停", "", "maintain"),  # history
    ("原则上暂停中高风险地区所在的县级行政区域开展对外道路客运服务", "交通部门则强化了客运管控措施，", "maintain"),
    ("已暂停培训机构线下服务", "为进一步减少人员流动，涠洲岛旅游区严格执行北海市分区域管控要求，", "impose"),  # a purpose
])
def test_reported_closures_are_imposed(statement, head, action):
    assert statement_action(statement, head) == action


@pytest.mark.parametrize("statement, is_excluded", [
    ("无法出示行程码的需要先登记", False),  # 无法…的: who, a condition on people
    ("系统无法正常使用", True),  # a malfunction
])
def test_unable_who_is_a_condition_not_a_malfunction(statement, is_excluded):
    from imcovid.annotate.measures import excluded

    assert excluded(statement) is is_excluded


@pytest.mark.parametrize("statement, codes", [
    ("北海市将游客按照所在区域风险等级进行分类管理处置", {"C7"}),  # measures by origin (guideline: 分类、分区 → C7 2)
    ("德清县已指定专人与上述人员沟通，并寄去他们急需的物资和药品", {"CN-SUPPLY"}),
])
def test_sorting_by_origin_and_supplies_sent(statement, codes):
    assert set(code_statement(statement)) == codes


def test_a_warning_issued_is_imposed():
    assert statement_action("武汉市疾控专家还专门发出提醒") == "impose"


@pytest.mark.parametrize("statement, codes", [
    # Rule 2 before rule 3: a venue named beside another instrument says where it applies; alone it is C2.
    ("市长20日宣布了对健身房和餐馆等室内场所的疫苗接种证明要求", {"V4"}),  # a duty to be vaccinated
    ("在人员密集场所规范佩戴口罩", {"H6"}),
    ("药房、超市、饭店等重点场所", {"C2"}),
    ("未接种疫苗者不得进入", {"V4"}),
    ("请符合条件的市民主动尽早接种新冠病毒疫苗", {"H7"}),  # vaccination offered, no duty
])
def test_venues_yield_to_instruments_and_vaccination_duties(statement, codes):
    assert set(code_statement(statement)) == codes


@pytest.mark.parametrize("statement, action", [
    ("北海市涠洲岛旅游区亦宣布实行临时性管控", "impose"),
    ("武汉宣布部分街道划定为中风险地区", "impose"),
    ("宣布解除管控", "lift"),
])
def test_announced_measures_are_imposed(statement, action):
    assert statement_action(statement) == action


@pytest.mark.parametrize("statement, action", [
    ("医护人员将莱西七中在校师生转移到集中隔离点", "maintain"),  # 将 marks the object moved: no future
    ("北海市将游客按照所在区域风险等级进行分类管理处置", "maintain"),
    ("纪委监委将全面开展专项督查", "announce-plan"),  # 将 + verb: the future
])
def test_the_disposal_construction_is_no_future(statement, action):
    assert statement_action(statement) == action


@pytest.mark.parametrize("found, targets, left", [
    ({"CN-SUPPLY": (None, True), "H1": (None, False)}, {"CN-SUPPLY"}, {"H1"}),
    ({"CN-SUPPLY": (None, True)}, {"CN-SUPPLY"}, {"CN-SUPPLY"}),  # alone it stays
    ({"C2": (None, True), "C6": (None, False)}, set(), {"C2", "C6"}),  # instruments never yield
])
def test_targets_yield(found, targets, left):
    from imcovid.annotate.measures import targets_yield

    targets_yield(found, targets)
    assert set(found) == left


@pytest.mark.parametrize("statement, head, action", [
    ("公开了确诊病例的所有流调信息", "", "impose"),  # information released: a new measure (发布)
    ("公共场所活动轨迹公布如下", "", "impose"),
    ("啥轨迹也不公布", "", "maintain"),  # not published
    ("公布每个人每天的详细行程轨迹", "刚开始确诊人数少的时候，", "maintain"),  # history
    ("紧急启动专项保供服务", "此前，淘菜菜已联合菜鸟和饿了么，", "impose"),  # 此前 alone: still news
])
def test_releases_are_imposed_unless_told_as_history(statement, head, action):
    assert statement_action(statement, head) == action


@pytest.mark.parametrize("statement, codes", [
    ("核酸检测随即展开", {"CN-MASS-TESTING"}),  # testing launched, verb after its noun
    ("上海已在全市范围内筛查了逾50万人", {"CN-MASS-TESTING"}),  # an area-wide screening
    ("全市共有44个24小时核酸检测机构", set()),  # capacity, no screening
])
def test_testing_launched_and_area_wide(statement, codes):
    assert set(code_statement(statement)) == codes


@pytest.mark.parametrize("statement, codes, action", [
    ("（2）对所有解除7天集中隔离的密接人员", set(), "maintain"),  # who the rule that follows is for
    ("对所有在集中隔离场所完成7天隔离的次密接人员", set(), "maintain"),
    ("解除集中隔离", {"CN-CENTRAL-QUARANTINE"}, "lift"),
])
def test_people_released_from_quarantine_qualify(statement, codes, action):
    assert set(code_statement(statement)) == codes
    assert statement_action(statement) == action


@pytest.mark.parametrize("statement, codes", [
    ("但健康码仍为绿码", set()),  # one person's code told of, no code rule
    ("后采“黄码”人员", set()),  # people named by their code
    ("进入商场须扫码亮码", {"CN-HEALTH-CODE"}),
])
def test_code_states_of_people_are_no_code_rules(statement, codes):
    assert set(code_statement(statement)) == codes


@pytest.mark.parametrize("statement, codes, action", [
    ("不得随意禁止外地群众返乡过年", {"C7"}, "relax"),  # forbidding a restriction on coming home
    ("个别地方不允许低风险地区群众返乡", {"C7"}, "maintain"),
])
def test_restrictions_on_coming_home(statement, codes, action):
    assert set(code_statement(statement)) == codes
    assert statement_action(statement) == action
