"""Nineteenth session, second MEASURE round (s19meas2): error classes found on district notices with numbered items
(eleven Shenzhen district notices reprinted in one post, March 2022), national plans of 14 ministries, short outbreak
bulletins and a resident's lockdown story, annotated by hand before the program was run. Examples are invented
sentences in the style of those posts (regression tests), each with negative examples: what the rule must not fire
on."""

from datetime import date

import pytest

from imcovid.annotate import annotate
from imcovid.annotate.measures import (appeal_to_comply, issued_place, item_spans, notice_issuers, outside_notes,
                                       patient_advice, statement_action)

PUBLISHED = date(2022, 3, 12)


def _measures(text: str, published: date = PUBLISHED) -> list[dict]:
    return [m for m in annotate(text, published) if m["type"] == "MEASURE"]


def _codes(text: str, published: date = PUBLISHED) -> set[str]:
    return {m["code"] for m in _measures(text, published)}


def _actions(text: str, code: str, published: date = PUBLISHED) -> set[str]:
    return {m["action"] for m in _measures(text, published) if m["code"] == code}


# A note in parentheses qualifies a measure; its verb is not the statement's (outside_notes).
@pytest.mark.parametrize("statement, expected", [
    ("在严格落实测温、扫码、限流（按最大接待能力的50%实行）等措施的前提下有序开放", "maintain"),
    ("所有培训机构（含托管，实行线上教学）严格落实防控措施", "maintain"),
    # negatives: the verb outside the note still counts
    ("全市实行封闭管理（含城中村）", "impose"),
    ("进一步加强（含重点场所）疫情防控", "strengthen"),
])
def test_action_ignores_notes(statement, expected):
    assert statement_action(statement) == expected


def test_outside_notes():
    assert outside_notes("限流（按50%实行）、保持间距") == "限流、保持间距"
    assert outside_notes("没有括号的句子") == "没有括号的句子"


# Residents who cooperate with a round carry out no new one (words row impose: not after 配合).
@pytest.mark.parametrize("statement, expected", [
    ("市民要按照政府的部署，有序配合开展全员核酸检测", "maintain"),
    ("有序配合开展全员核酸检测", "maintain"),
    # negatives: a body that carries out the round imposes it
    ("全市开展全员核酸检测", "impose"),
    ("各区组织开展全员核酸检测", "impose"),
])
def test_cooperating_is_no_new_round(statement, expected):
    assert statement_action(statement) == expected


# A certificate to enter public places is a venue rule (C2); to ride public transport, a transport rule (C5).
@pytest.mark.parametrize("text, present, absent", [
    ("疫情防控期间，所有公共场合一律须凭24小时内核酸阴性证明方可出入。", "C2", "C7"),
    ("疫情防控期间，乘坐公共交通工具（含地铁）须凭24小时内核酸阴性证明或当日核酸采样记录。", "C5", "C7"),
    ("疫情防控期间，乘坐地铁须凭48小时内核酸阴性证明。", "C5", "CN-MASS-TESTING"),
])
def test_certificate_by_place(text, present, absent):
    codes = _codes(text)
    assert present in codes and absent not in codes


@pytest.mark.parametrize("text", [
    # negatives: leaving a city with a certificate stays a movement restriction
    "疫情防控期间，离开本市须持48小时内核酸阴性证明。",
    "疫情防控期间，来返人员须凭48小时内核酸阴性证明进出。",
])
def test_travel_certificate_stays_c7(text):
    assert "C7" in _codes(text)


# Advice to a person with symptoms is no public-transport measure (patient_advice).
@pytest.mark.parametrize("head, expected", [
    ("如有出现咽痛、干咳、发热等不适症状，立即就近就诊，就医途中全程佩戴口罩，", True),
    ("做好自我健康监测；如出现发热症状，", True),
    # negatives: no symptoms named; a condition in an earlier part of the sentence
    ("为减少人员流动，", False),
    ("如有出现发热症状请就医；", False),
])
def test_patient_advice(head, expected):
    assert patient_advice(head) is expected


def test_patient_advice_gives_no_c5():
    text = "疫情防控期间，如有出现发热等不适症状，立即就近就诊，就医途中全程佩戴口罩，避免乘坐公共交通工具。"
    assert "C5" not in _codes(text)


def test_transport_advice_to_all_stays_c5():
    text = "疫情防控期间，市民出行尽量避免乘坐公共交通工具。"
    assert "C5" in _codes(text)


# An appeal that only names whom it asks to obey the rules is no information campaign (appeal_to_comply).
@pytest.mark.parametrize("statement, rest, expected", [
    ("请广大市民朋友、各社区小区、相关企业单位", "，自觉遵守有关法律法规，积极配合", True),
    ("请广大市民", "，严格遵守上述规定。", True),
    # negatives: a reminder with content; the addressees followed by advice
    ("请广大市民", "，非必要不前往中高风险地区。", False),
    ("请广大市民做好个人防护", "，自觉遵守有关规定。", False),
])
def test_appeal_to_comply(statement, rest, expected):
    assert appeal_to_comply(statement, rest) is expected


# Cue rows of this round, each with its negatives.
@pytest.mark.parametrize("text, code", [
    ("疫情防控期间，坚持勤洗手、常清洁、用公筷等良好卫生习惯。", "M1"),
    ("疫情防控期间，小区出入口严格执行体温必测。", "CN-HEALTH-MONITORING"),
    ("疫情防控期间，全区机关干部一律就地转为志愿者，向所在社区报到。", "CN-COMMAND"),
    ("疫情防控期间，市民如遇到生活、就医等困难，可拨打暖心服务热线。", "CN-SUPPLY"),
    ("为做好春运疫情防控，减少长距离旅游出行。", "C7"),
    ("为做好春运疫情防控，引导公众谨慎选择长途旅游。", "C7"),
    ("为做好疫情防控，景区合理设置游客接待上限。", "C2"),
    ("小区出现疑似病例后，所有人不能离开，必须原地隔离。", "C6"),
])
def test_new_cues(text, code):
    assert code in _codes(text)


@pytest.mark.parametrize("text, code", [
    ("疫情防控期间，下沉一线的领导干部要靠前指挥。", "CN-COMMAND"),  # leadership style (guideline exclusions)
    ("疫情期间，市民可拨打12345投诉热线反映问题。", "CN-SUPPLY"),  # a complaint line is no supply
    ("疫情期间，医护人员不能离开工作岗位。", "C6"),  # a duty of staff, no lockdown
    ("受疫情影响，旅游收入上限难以突破。", "C2"),
    ("疫情期间，他回忆起居家隔离的日子。", "CN-HEALTH-MONITORING"),  # a span of one's life
    ("疫情期间热线：85900203 85900154 85900307沙井街道", "CN-SUPPLY"),  # a list of phone numbers
])
def test_new_cues_negatives(text, code):
    assert code not in _codes(text)


# A numbered item counts as one sentence (merge_item_sentences).
def test_item_spans():
    text = "通告如下：\n一、小区实行封闭式管理。非本小区居民谢绝进入。\n二、餐饮场所暂停堂食。\n说明文字。（一）甲。（二）乙。"
    spans = item_spans(text)
    assert [text[a:b] for a, b in spans] == ["一、小区实行封闭式管理。非本小区居民谢绝进入。", "二、餐饮场所暂停堂食。"]


def test_item_merges_one_code():
    text = ("疫情防控指挥部通告如下：\n二、小区、城中村一律实行封闭式管理，原则上只保留1个出入口。"
            "全面实行居民白名单制管理，非本小区居民谢绝进入。\n三、餐饮场所一律暂停堂食。")
    c6 = [m for m in _measures(text) if m["code"] == "C6"]
    assert len(c6) == 1 and c6[0]["surface"].endswith("谢绝进入")


def test_items_stay_apart():
    # negatives: two items, and sentences outside any numbered item, are not merged
    text = ("疫情防控指挥部通告如下：\n一、小区实行封闭式管理。\n二、小区严格落实封闭管理。\n"
            "全市小区实行封闭式管理。全市村庄实行封闭式管理。")
    c6 = [m for m in _measures(text) if m["code"] == "C6"]
    assert len(c6) == 4


# A notice's provisions take the place of the body that issued it (notice_issuers, issued_place).
def test_notice_issuers():
    text = "深圳市福田区新型冠状病毒肺炎疫情防控指挥部通告\n一、实施全区全员核酸检测。\n深圳市罗湖区疫情防控指挥部通告\n二、餐饮暂停堂食。"
    places = [{"type": "LOCATION", "start": 0, "end": 3, "code": "440300"},
              {"type": "LOCATION", "start": 3, "end": 6, "code": "440304"},
              {"type": "LOCATION", "start": text.index("深圳市罗湖区"), "end": text.index("深圳市罗湖区") + 3, "code": "440300"},
              {"type": "LOCATION", "start": text.index("罗湖区"), "end": text.index("罗湖区") + 3, "code": "440303"}]
    issuers = notice_issuers(text, places)
    assert [code for _, code in issuers] == ["440304", "440303"]
    assert issued_place(issuers, text.index("一、"), "440300") == "440304"
    assert issued_place(issuers, text.index("二、"), "440300") == "440303"
    assert issued_place(issuers, 0 - 1, "440300") == "440300"  # before any header: the article's place


@pytest.mark.parametrize("line", [
    "市疫情防控指挥部召开会议",  # a meeting, no notice header
    "根据指挥部通告，现将有关事项通知如下",  # a sentence that cites a notice
])
def test_no_issuer_line(line):
    assert notice_issuers(line + "\n福田区实行封闭管理。", [{"type": "LOCATION", "start": 0, "end": 1, "code": "440304"}]) == []


def test_district_notice_place():
    text = ("深圳市福田区新型冠状病毒肺炎疫情防控指挥部通告\n根据当前疫情防控形势，现就有关措施通告如下：\n"
            "一、餐饮场所一律暂停堂食。\n深圳市罗湖区新型冠状病毒肺炎疫情防控指挥部通告\n"
            "根据当前疫情防控形势，现就有关措施通告如下：\n一、餐饮场所一律暂停堂食。")
    places = [m["place_code"] for m in _measures(text) if m["code"] == "C2"]
    assert places == ["440304", "440303"]


# A compound's gate (卡口, 值班值守) in a sentence on its closed management is that lockdown's enforcement, C6
# (compound_gate, gate_of_compound).
@pytest.mark.parametrize("text, absent", [
    ("疫情防控期间，小区、城中村一律实行封闭式管理，卡口处设置电子哨兵，安保人员24小时值守。", "C7"),
    ("疫情防控期间，全面加强社区小区围合管理，原则上只保留1个出入口，安排工作人员24小时值班值守。", "CN-COMMAND"),
])
def test_compound_gate(text, absent):
    codes = _codes(text)
    assert "C6" in codes and absent not in codes


@pytest.mark.parametrize("text, code", [
    # negatives: a city's checkpoints, a leaders' duty roster, no compound named before the statement
    ("疫情防控期间，全市在高速出口设立卡口，对来返人员查验核酸证明。", "C7"),
    ("疫情防控期间，小区实行封闭管理，各级领导带班值守。", "CN-COMMAND"),
    ("疫情防控期间，各单位严格落实24小时值班值守制度。", "CN-COMMAND"),
])
def test_compound_gate_negatives(text, code):
    assert code in _codes(text)


# The same appeal in one clause (请广大市民朋友自觉落实疫情防控措施): generic implementation, no H1.
@pytest.mark.parametrize("statement, expected", [
    ("请广大市民朋友自觉落实疫情防控措施", True),
    ("请市民积极配合疫情防控工作", True),
    # negatives: a reminder that names something to do
    ("请广大市民主动尽早接种疫苗", False),
    ("请市民非必要不离开本市", False),
])
def test_comply_only(statement, expected):
    assert appeal_to_comply(statement, "。") is expected


@pytest.mark.parametrize("text, code", [
    # negatives of the tightened rows: a government service line, a patient turned volunteer, supplies for a stay
    ("疫情期间，市民可拨打12345政务服务热线咨询。", "CN-SUPPLY"),
    ("疫情期间，他从患者转为志愿者。", "CN-COMMAND"),
])
def test_tightened_rows_negatives(text, code):
    assert code not in _codes(text)


def test_supplies_for_a_stay_stay():
    assert "CN-SUPPLY" in _codes("疫情防控期间，社区为居家隔离的居民做好生活保障。")
