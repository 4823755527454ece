"""Sixteenth session, MEASURE at first sight (s16meas): error classes found on 13 unseen notices and news texts read
before the program was run (zones and people that qualify a rule, exemptions in loosening notices, certificates
checked at venues, requirements no longer made, testing stopped, screening rounds, venues of named kinds closed,
rules for diners, conditions set by a time, workers named by their task). Examples are invented sentences in the
style of real news (regression tests); each case fails on release 20.0.0 (MEASURE 1.6) unless marked as a guard."""

from datetime import date

import pytest

from imcovid.annotate import annotate
from imcovid.annotate.measures import ANNOTATOR, code_statement, excluded, statement_action


def _measures(text: str, published: date = date(2022, 12, 8)) -> list[tuple[str, str, str]]:
    return [(m["code"], m["action"], m["surface"]) for m in annotate(text, published) if m["type"] == "MEASURE"]


def test_annotator_version():
    assert tuple(int(x) for x in ANNOTATOR.split("/")[1].split(":")[0].split(".")) >= (1, 7)


@pytest.mark.parametrize("statement, code", [
    ("各区每周末安排一次社区筛查", "CN-MASS-TESTING"),  # a screening round in the word 筛查
    ("有阳性感染者报告的街道要开展全域筛查", "CN-MASS-TESTING"),
    ("组织好楼宇、园区、街面的全员筛查", "CN-MASS-TESTING"),
    ("如无必要，建议近期不要前往", "C7"),  # travel advised against, the places named before
    ("全县暂时关闭夜市、大排档", "C2"),  # venues of named kinds closed
    ("暂时关闭理发店、足浴店", "C2"),
    ("餐饮单位实行分餐制，单桌人数减半", "C2"),  # rules for diners
    ("就餐人员间隔不少于1米", "M1"),  # a distance in metres
    ("至少登记1名就餐人员身份及联系方式", "CN-HEALTH-MONITORING"),  # registering diners
    ("全力保障广大居民日常生活", "CN-SUPPLY"),  # residents' daily life
])
def test_first_sight_wording_classes(statement, code):
    assert code in code_statement(statement)


@pytest.mark.parametrize("statement, code", [
    ("中风险地区相关人员原则上不离市", "C6"),  # people of a zone: a movement rule, no zone label
    ("离开上述中高风险地区人员满14天的纳入社区健康管理", "C6"),  # people who left a zone
    ("非高风险区不得限制人员流动", "C6"),  # areas that are no zone
    ("对从高、中风险地区以及重点关注地区入（返）市的人员采取健康管理措施", "C6"),
    ("高风险区域和临时管控区域人员核酸筛查按要求执行", "C6"),  # zones whose people are tested
    ("长期居家老人、每日上网课学生、居家办公人员可以不参加核酸检测", "C6"),  # people described by how they live
    ("长期居家老人、每日上网课学生、居家办公人员可以不参加核酸检测", "C1"),
    ("长期居家老人、每日上网课学生、居家办公人员可以不参加核酸检测", "C2"),
    ("加强援沪方舱建设人员、援沪核酸采样人员等离沪人群的防控工作", "CN-MASS-TESTING"),  # workers by their task
    ("加强援沪方舱建设人员、援沪核酸采样人员等离沪人群的防控工作", "CN-MEDICAL"),
])
def test_qualifiers_are_no_measures(statement, code):
    assert code not in code_statement(statement)


@pytest.mark.parametrize("statement, code", [
    ("封控区人员足不出户", "C6"),  # (guard) a zone's own stay-at-home rule
    ("从中风险地区调整为低风险地区", "C6"),  # (guard) a zone relabelled is no people from a zone
    ("抽调核酸采样人员支援社区", "CN-MASS-TESTING"),  # (guard) workers mobilised for testing
    ("铁路等离市不再查核酸证明", "C7"),  # (guard) a certificate for leaving the city stays C7
    ("居家隔离人员严禁外出", "C6"),  # (guard) home isolation is no description of people
])
def test_guards_keep_codes(statement, code):
    assert code in code_statement(statement)


@pytest.mark.parametrize("text, code, absent", [
    # a certificate checked at venues is a venue rule (C2), not a movement restriction (C7)
    ("全市室外景区、公园，不再查验核酸阴性证明。", "C2", "C7"),
    ("其他公共场所不再查验核酸检测阴性证明。", "C2", "C7"),
    ("超市、农贸市场严格查验24小时核酸检测阴性证明。", "C2", "C7"),
    # (guard) travel named in the clause: C7 stays
    ("离市人员须持48小时核酸检测阴性证明。", "C7", "C2"),
])
def test_venue_certificate(text, code, absent):
    codes = {c for c, _, _ in _measures(text)}
    assert code in codes and absent not in codes


@pytest.mark.parametrize("text, code", [
    # a care home named in 除…外 before a loosening is where the old rule holds, no H8 measure
    ("除养老院、福利院、医疗机构等特殊场所外，不要求提供核酸检测阴性证明。", "H8"),
    ("除养老机构、儿童福利机构外，其他公共场所不再查验核酸检测阴性证明。", "H8"),
])
def test_exempted_places(text, code):
    assert code not in {c for c, _, _ in _measures(text)}


def test_exempted_place_with_its_measure_stays():
    # (guard) the place left out of a relaxation keeps its measure, named
    assert ("C6" in {c for c, _, _ in _measures("除巴彦县仍需封闭管理外，其他旗县有序恢复正常生产生活秩序。")})


@pytest.mark.parametrize("statement, action", [
    ("不要求提供核酸检测阴性证明", "lift"),  # a requirement no longer made
    ("不查验健康码", "lift"),
    ("进入公园无需出示健康码", "lift"),
    ("无社会面感染者可停止全员核酸检测", "lift"),  # testing stopped
    ("无外出需求的可以不参加核酸检测", "relax"),  # a group let off a duty
    ("不得停工、停产、停业", "relax"),  # forbidding closures
    ("严禁以各种方式封堵消防通道、单元门", "relax"),
    ("不得出入小区", "maintain"),  # (guard) a prohibition on people
    ("暂停营业", "impose"),  # (guard) a closure, no lifting
])
def test_actions(statement, action):
    assert statement_action(statement) == action


@pytest.mark.parametrize("head, action", [
    ("疫情存在扩散风险时，", "announce-plan"),  # a condition set by its time
    ("发生跨区的广泛社区传播疫情时，", "announce-plan"),
    ("今年以来，", "impose"),  # (guard: 开展 a round)
    ("及时，", "impose"),  # (guard) 时 of another word
])
def test_condition_by_time(head, action):
    assert statement_action("每日开展1次全员核酸检测", head) == action


def test_bingtuan_is_no_plan():
    # 建设 in 新疆生产建设兵团 (a national bulletin's body) is no facility being built
    assert statement_action("31个省（自治区、直辖市）和新疆生产建设兵团现有高风险地区14个") == "maintain"


@pytest.mark.parametrize("statement, is_excluded", [
    ("在该小区全域完成核酸采样后", True),  # a clause that only sets a time
    ("当社区完成一轮核酸筛查之后", True),
    ("感染者符合标准出院、出舱后", True),
    ("针对旅游景区景点、餐饮场所", True),  # a notice's bare scope
    ("可基于流调研判", False),  # (guard: findings, not excluded; the H3 check drops it)
    ("21日完成全区的核酸检测后", False),  # (guard) a round reported as done
    ("完成打卡登记及查验绿码无误后", False),  # (guard) a check required
    ("针对重点人群开展核酸检测", False),  # (guard) a scope with its measure
])
def test_frames(statement, is_excluded):
    assert excluded(statement) is is_excluded


def test_tracing_as_basis_is_no_tracing():
    assert "H3" not in code_statement("可基于流调研判")
    assert "H3" not in code_statement("经流调研判")
    assert "H3" in code_statement("加快流调溯源")  # (guard)


@pytest.mark.parametrize("text, code", [
    # (guards) negatives of ordinary news: a registry's address, habits, a family's livelihood, a park as a place
    ("各区婚姻登记处地址及联系方式如下。", "CN-HEALTH-MONITORING"),
    ("养成勤洗手、常通风、分餐制等良好卫生习惯。", "C2"),
    ("为保障其家人基本生活，民政部门发放了救助金。", "CN-SUPPLY"),
    ("市民在公园散步时要佩戴口罩。", "C2"),
])
def test_negatives_of_ordinary_news(text, code):
    assert code not in {c for c, _, _ in _measures(text)}


# Second first-sight set (read after the first commit): the learned model's school closings without a school, a
# notice's announcing and purpose clauses, a cap on customers, a distance as 间距, passes and people kept in place.

@pytest.mark.parametrize("text, present", [
    ("宗教活动场所暂停对外开放、暂停举行活动。", False),  # venues closed, no school: no C1 from the model
    # (guard) exams in the sentence: the model's C1 stays (s21: on a statement the rules left alone — beside the
    # rules' C6 of 严格封闭管理 it was a second code, which the model no longer adds: rules_coded_statement)
    ("考生须在考点接受体温检测，由考点紧急启用备用考场组织考试。", True),
    ("各中小学暂停线下教学，改为网上教学。", True),  # (guard) the cue table's C1
])
def test_model_school_closing_needs_a_school(text, present):
    assert ("C1" in {c for c, _, _ in _measures(text, date(2021, 8, 3))}) is present


@pytest.mark.parametrize("statement, is_excluded", [
    ("现就进一步强化重点场所疫情防控工作通告如下", True),  # a notice announced
    ("现将有关事项通告如下", True),
    ("为严格落实“外防输入、内防反弹”防控策略", True),  # a purpose
    ("为全面落实常态化防控措施", True),
    ("为居民提供生活物资", False),  # (guard) 为 as "for": a supply measure
    ("为封控小区居民配送蔬菜", False),  # (guard)
])
def test_notice_and_purpose_frames(statement, is_excluded):
    assert excluded(statement) is is_excluded


@pytest.mark.parametrize("statement, code", [
    ("最大接纳消费人数均不得超过满额接待人数的50%", "C2"),  # a cap on a venue's customers
    ("接待顾客量不超过最大承载量50%", "C2"),  # (guard: a cue of 1.6 already)
    ("排队时保持2米以上间距", "M1"),  # a distance as 间距
    ("对工作人员和车辆实行通行管理", "C7"),  # passes
    ("严禁工作人员随意流动", "C7"),  # people kept from moving about
])
def test_second_set_wording_classes(statement, code):
    assert code in code_statement(statement)


@pytest.mark.parametrize("text, absent, present", [
    # a penalty for shops or the public enforces the broken measure: no CN-ACCOUNTABILITY (guideline rule 4)
    ("四、各部门要加强监管，发现违规经营的，要严肃查处。", "CN-ACCOUNTABILITY", None),
    ("对不符合防疫要求擅自开放的场所，一经发现从严查处。", "CN-ACCOUNTABILITY", None),
    # (guards) a topic clause already gave the broken measure in 1.6; sanctions on officials keep the code
    ("对拒不配合核酸检测的个人，依法追究法律责任。", "CN-ACCOUNTABILITY", "CN-MASS-TESTING"),
    ("对履职不力的干部严肃问责。", None, "CN-ACCOUNTABILITY"),
    ("对失职渎职的工作人员依法依规追责问责。", None, "CN-ACCOUNTABILITY"),
])
def test_public_sanction(text, absent, present):
    codes = {c for c, _, _ in _measures(text)}
    assert absent is None or absent not in codes
    assert present is None or present in codes


# Review of MEASURE 1.7 (s16fixmeas): each row fails on the first 1.7 version (branch int16) unless marked as a guard.

def _codes(text: str) -> set[str]:
    return {c for c, _, _ in _measures(text, date(2022, 4, 12))}


@pytest.mark.parametrize("text, code", [
    # a zone that is the object of a prohibition is the lockdown, no qualifier of people
    ("区内人员不得离开管控区。", "C6"),
    ("封控期间，居民严禁离开封控区域。", "C6"),
    ("从今天起高风险区域严禁人员进出。", "C6"),  # 从…起 is a time, not people coming from a zone
    ("从今日起封控区内人员一律不得进出。", "C6"),
    ("即日起，封控区人员严禁离开封控区。", "C6"),
])
def test_review_banned_zone_is_the_measure(text, code):
    assert code in _codes(text)


@pytest.mark.parametrize("statement", [
    "离开上述及其他中高风险地区人员满14天的纳入社区健康管理",  # (guard) people who left a zone
    "对从高、中风险地区以及重点关注地区入（返）市的人员采取健康管理措施",  # (guard) people coming from a zone
])
def test_review_zone_qualifiers_stay(statement):
    assert "C6" not in code_statement(statement)


@pytest.mark.parametrize("text, present", [
    # screening of something else than the virus is no mass testing
    ("各乡镇开展“两癌”筛查。", False),
    ("全市开展适龄儿童视力筛查。", False),
    ("区妇幼保健院开展新生儿听力全面筛查。", False),
    ("各区要开展结核病筛查和宫颈癌筛查工作。", False),
    ("纪委监委组织开展问题线索筛查。", False),
    ("为何上海近期开展连续筛查？", False),  # a question headline (为何)
    ("全市开展新一轮全面筛查。", True),  # (guard) a round of screening, no other object
    ("该区组织开展新冠病毒筛查。", True),  # (guard) the virus named
    ("明天起开展三轮全员筛查。", True),  # (guard)
])
def test_review_screening_is_for_the_virus(text, present):
    assert ("CN-MASS-TESTING" in _codes(text)) is present


@pytest.mark.parametrize("text, code, action", [
    # a past time in the condition clause tells history, no plan
    ("2020年初武汉暴发疫情时，全市公交地铁全部停运。", "C5", "impose"),
    ("去年当地出现疫情时，该区对全部小区实行封闭管理。", "C6", "impose"),
    ("发生跨区的广泛社区传播疫情时，全市公交地铁全部停运。", "C5", "announce-plan"),  # (guard) a condition
])
def test_review_past_time_is_no_condition(text, code, action):
    assert (code, action) in {(c, a) for c, a, _ in _measures(text, date(2022, 4, 12))}


@pytest.mark.parametrize("text, present", [
    # accountability wording (问责, 追责, 督导检查) and units keep CN-ACCOUNTABILITY; the public as victim is no target
    ("对因工作失误导致疫情扩散、影响居民正常生活的，一律严肃问责。", True),
    ("对隐瞒不报、迟报漏报的单位和个人，一律严肃追责。", True),
    ("自治区纪委监委成立督导组，对各盟市商户落实防控措施情况开展督导检查。", True),
    ("发现违规经营的，要严肃追责问责。", True),
    ("对影响群众生活的，依法查处。", True),
    ("对违规经营的商户依法查处并严肃问责。", True),
    ("对违规营业的商户，依法处罚。", False),  # (guard) a penalty on shops
    ("四、各部门要加强监管，发现违规经营的，要严肃查处。", False),  # (guard, the first version's case)
])
def test_review_public_sanction_is_a_penalty(text, present):
    assert ("CN-ACCOUNTABILITY" in _codes(text)) is present


def test_review_public_sanction_applies_to_the_model():
    # the learned model's CN-ACCOUNTABILITY passes the same check as the cue table's (rule before: cue hits only)
    from imcovid.annotate.measures import public_sanction
    assert public_sanction("要严肃查处", "发现违规经营的，")
    assert not public_sanction("要严肃追责问责", "发现违规经营的，")
    assert [r for c, a, s in _measures("发现违规经营的，要严肃追责问责。", date(2022, 4, 12))
            for r in [c] if c == "CN-ACCOUNTABILITY"] == ["CN-ACCOUNTABILITY"]
    rules = {m["rule"] for m in annotate("发现违规经营的，要严肃追责问责。", date(2022, 4, 12))
             if m["type"] == "MEASURE" and m["code"] == "CN-ACCOUNTABILITY"}
    assert rules == {"measure.cue_table"}


@pytest.mark.parametrize("text, code, present", [
    # travel advice needs a place of travel: venues or a hospital are no travel
    ("疾控中心建议大家不要前往商场、超市等人员密集场所。", "C7", False),
    ("如非必要，建议近期不要前往医院陪护探视。", "C7", False),
    ("疾控中心建议大家不要前往商场、超市等人员密集场所。", "C2", True),
    ("建议市民近期不要前往中高风险地区。", "C7", True),  # (guard)
    ("建议广大市民暂缓前往北京市。", "C7", True),  # (guard)
])
def test_review_travel_advice_needs_a_place(text, code, present):
    assert (code in _codes(text)) is present


@pytest.mark.parametrize("text, present", [
    ("4月12日起，全市中小学线上教学期间学生一律不得返校。", True),  # a time, no description of people
    ("长期居家老人、每日上网课学生、居家办公人员可以不参加核酸检测。", False),  # (guard)
    ("居家办公和学习人员可以不参加核酸检测。", False),  # (guard)
])
def test_review_people_state_is_no_time(text, present):
    assert ("C1" in _codes(text)) is present


def test_review_documented_word_rows_exist():
    # every row a comment block opens on ("# row, row: what it is") is a row of the file (notice-frame and purpose
    # were documented as rows but live in the exclude row)
    import re
    from pathlib import Path

    import imcovid
    path = Path(imcovid.__file__).parent / "data" / "measure_words.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    rows = {line.split("\t", 1)[0] for line in lines if line and not line.startswith("#")}
    for line in lines:
        m = re.match(r"# ([a-z][a-z-]+(?:, [a-z][a-z-]+)*): ", line)
        if m:
            for name in m.group(1).split(", "):
                assert name in rows, name
