"""Eighteenth session, MEASURE at first sight (s18meas): error classes found on 12 unseen COVID-19 news texts of
2021–2022 (county and city notices of closures, school suspensions, transport stops and restarts, Hong Kong's
reopening, Beijing's holiday rules, a border reopening), annotated by hand before the program was run, and compared
with the classes of the two earlier first-sight sets (s16meas, s17meas). Examples are invented sentences in the
style of real news (regression tests); each case fails on release 22.0.0 (MEASURE 1.8) unless marked as a guard."""

from datetime import date

import pytest

from imcovid.annotate import annotate
from imcovid.annotate.measures import ANNOTATOR, excluded, purpose_continued


def _measures(text: str, published: date = date(2022, 4, 20)) -> list[tuple[str, str, str]]:
    return [(m["code"], m["action"], m["surface"]) for m in annotate(text, published) if m["type"] == "MEASURE"]


def _codes(text: str, published: date = date(2022, 4, 20)) -> set[str]:
    return {code for code, _, _ in _measures(text, published)}


def _actions(text: str, code: str, published: date = date(2022, 4, 20)) -> set[str]:
    return {action for c, action, _ in _measures(text, published) if c == code}


def test_annotator_version():
    assert tuple(int(x) for x in ANNOTATOR.split("/")[1].split(":")[0].split(".")) >= (1, 9)


# Reopening and restarting wording, recurring in all three first-sight sets (s16: 可停止…检测; s17: 废除, 到期,
# 无需戴口罩; s18: 恢复运行, 恢复晚市堂食, 都可重开, 容许, 重新开放): the code and the loosening direction.
@pytest.mark.parametrize("text, code, action", [
    ("疫情防控指挥部通告，城乡公共交通、出租汽车有序恢复运行。", "C5", "relax"),
    ("疫情防控指挥部通告，全市中小学有序恢复线下教学。", "C1", "relax"),
    ("特区政府宣布，餐厅恢复晚市堂食，放宽疫情防控限制。", "C2", "relax"),
    ("因疫情关闭的健身中心、美容院、游乐场都可重开。", "C2", "relax"),
    ("疫情防控措施调整后，电影院可容许顾客在院内饮食。", "C2", "relax"),
    ("涉疫商场超市原则上关闭一天后即重新开放。", "C2", "relax"),
])
def test_reopening_is_relaxed(text, code, action):
    assert action in _actions(text, code)


# A restart whose time is still to be announced: the service stays suspended (maintain), no relaxation.
def test_restart_time_to_be_announced_is_no_relaxation():
    text = "受疫情影响，长途客运、汽渡恢复运营时间另行通知。"
    assert _actions(text, "C5") == {"maintain"}


# Missed wording of suspensions and closures (s18 set): classes held at school, venues of any kind before 场所,
# religious services with the verb first, a cap written 不超N人, venues qualified by 聚集性.
@pytest.mark.parametrize("text, code", [
    ("疫情防控指挥部通知，市区中小学、幼儿园暂停到校上课。", "C1"),
    ("疫情防控期间，全市幼儿园暂停入园。", "C1"),
    ("为防控疫情，全面关闭辖区公墓等骨灰安放场所。", "C2"),
    ("疫情期间，暂时关闭宗教场所，暂停集体宗教活动。", "C4"),
    ("防疫部门倡导家庭聚会不超10人。", "C4"),
    ("疫情防控期间，人员聚集性场所暂停对外开放。", "C2"),
    ("受疫情影响，疫情高发区实行弹性上班。", "C2"),
    ("疫情高发的区要减少跨区流动。", "C7"),
    ("疫情期间，广大市民停止非必要流动。", "C7"),
    ("疫情之下当局鼓励民众在地过年。", "C7"),
    ("当局本周解除了对该市为期约一个月的封锁，该市上月暴发德尔塔疫情。", "C6"),
    ("疫情暴发以来，中国的边境基本被关闭。", "C8"),
])
def test_first_sight_wording_classes(text, code):
    assert code in _codes(text)


# Not a measure: a purpose run at the head of a notice's sentence (guideline, Statements, rule 5).
def test_purpose_run_is_no_measure():
    text = "为全力做好新冠肺炎疫情防控工作，减少人员流动、聚集，有效切断病毒传播途径，决定暂停举办大型活动。"
    assert "C7" not in _codes(text)
    assert "C3" in _codes(text)


# Guards of the new cues (they pass on 22.0.0, which lacks the cues, and fail with the cues' guards removed: found
# on the development texts and the read posts): people described as moving (流动人员, 流动性大, 流动增加), a border
# opened as policy, and the time after a suspension that only frames the measure after it.
@pytest.mark.parametrize("text, code", [
    ("疫情期间不再对跨地区流动人员查验健康码。", "C7"),
    ("但潜在风险人员跨地区流动性大，疫情防控压力大。", "C7"),
    ("疫情发生时正值开学季，人员跨区域流动增加。", "C7"),
    ("这是否也是中国向外开放边境迈出的一步？疫情防控如何调整？", "C8"),
])
def test_new_cue_guards(text, code):
    assert code not in _codes(text)


def test_time_after_a_suspension_frames_the_next_measure():
    # (guard of the new C1 cue 暂停…线下教学: the measure is 继续严格落实校园封闭管理, maintain, not imposed again)
    text = "疫情期间，学校暂停线下教学后，继续严格落实校园封闭管理。"
    assert _actions(text, "C1") == {"maintain"}


# Guards (pass on 22.0.0 as well): a clause that leaves the purpose run is a statement again; a decided measure after
# a purpose run stays; a transport stop still reads as before; a cap of 不超过 keeps its count.
@pytest.mark.parametrize("text, code", [
    ("为有效阻断疫情蔓延，迅速切断传播链，全市公交停运。", "C5"),
    ("为减少人员流动，坚决阻断疫情传播途径，经研究决定，全市所有公交营运线路暂时停运。", "C5"),
    ("疫情期间，家庭聚会聚餐不超过10人。", "C4"),
    ("疫情期间，减少跨省流动，非必要不离市。", "C7"),
])
def test_guards_keep_codes(text, code):
    assert code in _codes(text)


@pytest.mark.parametrize("statement, head, expected", [
    ("减少人员流动、聚集", "为全力做好新冠肺炎疫情防控工作，", True),
    ("有效切断病毒传播途径", "为全力做好疫情防控工作，减少人员流动、聚集，", True),
    ("广大市民停止非必要流动", "为有效阻断疫情蔓延，迅速切断传播链，", False),
    ("减少人员流动", "", False),  # no purpose clause before it: a measure
    ("减少人员流动", "为做好防控，经研究决定，", False),  # the run was left (经研究决定)
    ("减少人员外出", "为居民提供上门服务，", False),  # 为 of a beneficiary, no purpose (guard)
])
def test_purpose_continued(statement, head, expected):
    assert purpose_continued(statement, head) is expected


# Negatives of the new cues in ordinary and neighbouring news (lessons of earlier reviews: words with other senses).
# Guards: they pass on 22.0.0, which lacks the cues, and failed on the first draft of each cue (no kindergarten
# frame, no limiting verb, no covid column, no crackdown lookahead).
@pytest.mark.parametrize("text, code", [
    ("疫情防控期间，公园暂停入园。", "C1"),  # a park's entry, not a kindergarten's
    ("疫情之下，各地促进人才跨区域流动。", "C7"),  # economic policy, not a limit
    ("俄乌冲突升级，波兰关闭边境。另据报道，当地新冠疫情平稳。", "C8"),  # a war's border, not the epidemic's
    ("疫情期间，公安机关依法关闭违规经营场所。", "C2"),  # a crackdown, not a closure for the epidemic
])
def test_new_cues_other_senses(text, code):
    assert code not in _codes(text)


def test_supply_after_a_purpose_clause_stays():
    # (guard: fails with 保障 among the purpose-goal verbs)
    text = "为做好疫情防控，全力保障封控区居民生活物资供应。"
    assert "CN-SUPPLY" in _codes(text)


# Precision commit: 居家 in a school's or a family's sense (居家生活指导, 居家学习) is no stay-at-home order.
def test_home_in_a_school_sense_is_no_lockdown():
    assert "C6" not in _codes("疫情期间幼儿园开展线上居家生活指导。")


# A monitoring figure's trend reports data (the learned model proposed CN-HEALTH-MONITORING for it in context): the
# exclusion row itself, since the model's proposal depends on the whole text.
def test_figure_trend_is_excluded():
    assert excluded("包括污水监测病毒量、社区检测阳性比率、医院监测数据等均显示向下")
    assert not excluded("加强污水监测")



# --- s18 review (fix helper s18fixmeas): each case below fails on the merged 1.9 rules before the fix ---

# 1. 重开 only as a word (not the end of 着重, 注重, 慎重, 隆重 nor the start of 重开展/重开幕), not negated in the four
# characters before it, and the C2 reopening row only where the sentence names the epidemic.
@pytest.mark.parametrize("text, code", [
    ("各地要着重开展重点人群核酸检测。", "CN-MASS-TESTING"),
    ("要注重开展健康码查验。", "CN-HEALTH-CODE"),
    ("对中高风险地区来返人员着重开展核酸检测和健康监测。", "C7"),
    ("对中高风险地区来返人员着重开展核酸检测和健康监测。", "CN-MASS-TESTING"),
    ("慎重开展大规模核酸检测。", "CN-MASS-TESTING"),
    ("疫情期间，健身中心、美容院等场所暂时不会重开。", "C2"),
    ("疫情期间，影院尚未获准重新开放。", "C2"),
])
def test_reopen_inside_other_words_or_negated_is_no_relaxation(text, code):
    assert "relax" not in _actions(text, code)


@pytest.mark.parametrize("text", [
    "第十届全民健身运动会在市体育馆隆重开幕。",
    "健身中心、美容院等场所暂时不会重开。",
    "经过三年修缮，国家大剧院今日重开。",
    "车厢内不允许饮食。",
    "学校允许学生在教室用餐。",
])
def test_reopening_and_dining_rows_need_the_epidemic(text):
    assert "C2" not in _codes(text)


def test_reopening_after_many_venues_stays_relaxed():
    # (guard: 不少 is no negation)
    assert "relax" in _actions("疫情缓解后，不少影院已重开。", "C2")


# 2. 关闭…场所 is no venue closure when the 场所 is the venue code or its scanning kit (a health-code check lifted), a
# closed state (门窗关闭、通风不良的场所) or a closure for another cause (a hygiene problem).
@pytest.mark.parametrize("text", [
    "多地宣布关闭场所码，不再查验健康码。",
    "各区陆续关闭场所码服务。",
    "广州市关闭各类场所的扫码查验设备。",
    "市民应尽量避免前往门窗关闭、通风不良的场所。",
    "疫情期间，市场监管部门关闭了3家存在食品安全问题的餐饮场所。",
])
def test_closing_a_venue_code_or_a_state_is_no_venue_closure(text):
    assert "C2" not in _codes(text)


@pytest.mark.parametrize("text", [
    "各区陆续关闭场所码服务。",
    "广州市关闭各类场所的扫码查验设备。",
])
def test_venue_code_switched_off_is_lifted(text):
    assert _actions(text, "CN-HEALTH-CODE") == {"lift"}


# 3. A goal clause that names a concrete measure (a target place, a kind of event) ends the purpose run (rule 5).
@pytest.mark.parametrize("text, code", [
    ("为切实保障广大师生身体健康，避免前往中高风险地区，减少聚集性活动。", "C7"),
    ("为切实保障广大师生身体健康，避免前往中高风险地区，减少聚集性活动。", "C4"),
    ("为进一步巩固疫情防控成果，避免举办大型聚集性活动，倡导文明健康的生活方式。", "C4"),
    ("为进一步做好春节期间疫情防控工作，减少人员流动，减少聚集性活动，倡导就地过年。", "C4"),
])
def test_purpose_clause_with_content_is_a_statement(text, code):
    assert code in _codes(text)


# 4. 在地过年 is not the end of 所在地过年; 5. an illegal religious activity stopped is a crackdown.
@pytest.mark.parametrize("text, code", [
    ("疫情防控期间，很多人选择回户籍所在地过年。", "C7"),
    ("疫情期间，不少务工人员回到老家所在地过节。", "C7"),
    ("当地政府责令停止一切非法宗教活动。", "C4"),
    ("民族宗教部门依法停止违规宗教活动。", "C4"),
])
def test_other_senses_of_s18_cues(text, code):
    assert code not in _codes(text)
