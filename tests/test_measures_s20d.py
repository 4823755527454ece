"""MEASURE conformance to the guideline (measures.md), session 20, helper mspec (notes/s20-mspec.md). (1) *targeted*:
a risk zone limits a measure to part of its place, so 封控区/管控区/防范区 join the word row ``targeted`` (as 风险区
already did). (2) Zone labels: 中风险地区 is 中风险区 (C6 level 2) and 高、中风险区 names a 高风险区 (C6 level 3): cue
rows of ``data/measure_cues.tsv``. (3) A zone downgraded to low risk gives C6 no level (``measures.downgraded_zone``).
(4) *mode*: 要求 used as a noun (根据…有关要求, 按政策要求) or a requirement dropped (不再要求) demands nothing of
others (``measures.sentence_demands``, word row ``requirement-noun``). (5) *level* of C1: a closure of some levels or
kinds of school is 2, of all levels 3 (``measures.school_closure_level``). (6) Spans (rules 1 and 6): several leading
directive words (同时要) are all outside the span, the 要 of 要求 is not cut off alone, and a span keeps the closing
quotation mark of a quotation it opens (``measures.quote_closed``). (7) *level* of C4: a stated gathering limit gives the
OxCGRT band (``measures.gathering_limit_level``; bands in ``data/annotation_thresholds.toml``). (8) *targeted* in
lists (rule 3): list items that name only other codes do not limit a code's measure (``measures.own_items``).
(9) *place_code* rule 6: a sentence with no place of its own that names a national body or a nationwide addressee
gives no place (``measures.national_scope``; word rows ``national-scope``, ``national-source``). The texts are invented: regression tests of the
rules, not evidence of quality. Each positive case fails before these fixes; negative cases are marked."""

from datetime import date

import pytest

from imcovid.annotate import annotate
from imcovid.annotate.measures import (code_statement, downgraded_zone, gathering_limit_level, national_scope, own_items,
                                       quote_closed,
                                       school_closure_level,
                                       sentence_demands, words)

PUBLISHED = date(2022, 10, 28)
HEAD = "新冠肺炎疫情防控指挥部通报，"


def _measures(text: str) -> list[dict]:
    return [m for m in annotate(text, PUBLISHED) if m["type"] == "MEASURE"]


def _c6(text: str) -> dict:
    found = [m for m in _measures(text) if m["code"] == "C6"]
    assert len(found) == 1, found
    return found[0]


# (1) Risk zones are part of a place: targeted.
@pytest.mark.parametrize("statement, targeted", [
    ("全市共有封控区12个", True),
    ("将该街道划为管控区", True),
    ("144个封控区、管控区和防范区", True),
    ("防范区严格限制人员聚集", True),
    # negatives: no zone, no part of the place named
    ("全市实行静态管理", False),
    ("全旗居民非必要不外出", False),
    ("严格落实封控措施", False),
])
def test_zone_word_targeted(statement, targeted):
    assert bool(words()["targeted"].search(statement)) is targeted


@pytest.mark.parametrize("text, targeted", [
    (HEAD + "额济纳旗划定封控区3个。", True),
    (HEAD + "额济纳旗将达来呼布镇划为管控区。", True),
    # negative: a whole banner's stay-at-home rule
    (HEAD + "额济纳旗全体居民足不出户。", False),
])
def test_zone_mentions_targeted(text, targeted):
    assert _c6(text)["targeted"] is targeted


# (2) 中风险地区 → C6 2; 高、中风险区 → C6 3.
@pytest.mark.parametrize("statement, level", [
    ("新增4个中风险地区", 2),
    ("部分街道划定为中风险地区", 2),
    ("强化了高、中风险区管控", 3),
    ("强化了高、中风险地区管控", 3),
    # negatives: the levels already given stay
    ("新增1个中风险区", 2),
    ("新增1个高风险地区", 3),
    ("严格社会面管控", None),
])
def test_zone_label_levels(statement, level):
    assert code_statement(statement)["C6"][0] == level


# (3) A zone downgraded to low risk: no level.
@pytest.mark.parametrize("statement, level", [
    ("将某街道由中风险地区调整为低风险地区", None),
    ("某县的高风险区调整为低风险区", None),
    ("某小区由封控区调整为低风险区", None),
    ("某街道中风险区降为低风险区", None),
    # negatives: a zone in force, or raised, keeps its level
    ("将某街道由低风险地区调整为中风险地区", 2),
    ("某小区划为高风险区", 3),
    ("某街道由中风险区调整为高风险区", 3),
])
def test_downgraded_zone(statement, level):
    found = code_statement(statement)
    downgraded_zone(found, statement)
    assert found["C6"][0] == level


def test_downgraded_zone_in_text():
    m = _c6("新冠肺炎疫情防控指挥部决定，即时起将额济纳旗达来呼布镇由中风险地区调整为低风险地区。")
    assert m["level"] is None and m["action"] == "relax"


# (4) 要求 as a noun, or a requirement dropped, is no demand.
@pytest.mark.parametrize("sentence, demands", [
    ("根据国务院联防联控机制有关要求，将某街道由中风险地区调整为低风险地区", False),
    ("员工按政策要求做好核酸检测", False),
    ("各考点考前根据防疫要求严格封闭管理", False),
    ("针对持非绿健康码乘客，遵照疫情防控要求处置", False),
    ("某市不再要求查验核酸阴性证明", False),
    ("市长恢复了室内戴口罩要求", False),
    # negatives: demands stay demands
    ("会议要求各地严格落实封控措施", True),
    ("政策要求不得层层加码", True),
    ("上级要求各地做好核酸检测", True),
    ("根据有关要求，各地要严格落实封控措施", True),
    ("各地必须严格落实封控措施", True),
    ("不要聚集", True),
])
def test_sentence_demands(sentence, demands):
    assert sentence_demands(sentence) is demands


@pytest.mark.parametrize("text, mode", [
    ("新冠肺炎疫情防控指挥部根据国务院联防联控机制有关要求，将额济纳旗达来呼布镇由高风险区调整为低风险区。", "reported"),
    (HEAD + "额济纳旗不再要求查验核酸阴性证明。", "reported"),
    # negative: a demand
    ("新冠肺炎疫情防控指挥部要求，额济纳旗居民非必要不外出。", "directive"),
])
def test_mode_in_text(text, mode):
    found = _measures(text)
    assert found and all(m["mode"] == mode for m in found)


# (5) C1 level of a closure.
@pytest.mark.parametrize("statement, level", [
    ("全区中小学校暂时停学", 2),
    ("已暂停培训机构线下服务", 2),
    ("全市中小学校、幼儿园暂停线下教学，启动线上教学", 2),
    ("全市各级各类学校一律停课", 3),
    # negatives: no level or kind named, no closure, a closure ended
    ("学校停课", None),
    ("严格校园出入管理", None),
    ("高校严格实施封闭式管理", None),
    ("全市中小学取消停课", None),
])
def test_school_closure_level(statement, level):
    found = {"C1": (None, False)}
    school_closure_level(found, statement)
    assert found["C1"][0] == level


# (6) Span edges.
@pytest.mark.parametrize("text, surface", [
    ("新冠肺炎疫情防控会议强调，同时要加强居民小区管控。", "加强居民小区管控"),
    ("新冠肺炎疫情防控会议强调，要求全旗实行封闭管理。", "全旗实行封闭管理"),
    ("额济纳旗新冠肺炎疫情防控指挥部通报，全旗实行“区域封闭、足不出户、服务上门”。", "全旗实行“区域封闭、足不出户、服务上门”"),
    # negatives: a subject inside the clause stays; a quotation closed inside the span is left as it is
    ("新冠肺炎疫情防控会议强调，各级指挥系统必须保持在线状态。", "各级指挥系统必须保持在线状态"),
    ("额济纳旗新冠肺炎疫情防控指挥部通报，全旗实行“足不出户”管理。", "全旗实行“足不出户”管理"),
])
def test_span_edges(text, surface):
    assert [m["surface"] for m in _measures(text)] == [surface]


@pytest.mark.parametrize("text, end, closed", [
    ("发布“温馨提示”。", 7, 8),
    # negatives: no open quotation; the next mark is no closing quote
    ("发布温馨提示。", 6, 6),
    ("实行“足不出户”管理。", 10, 10),
    ("发布“温馨提示，请", 7, 7),
])
def test_quote_closed(text, end, closed):
    assert quote_closed(text, 0, end) == closed


# (7) C4 level of a stated gathering limit.
@pytest.mark.parametrize("sentence, level", [
    ("防范区严格限制人员聚集，聚集人数不得超过10人", 4),
    ("举办婚宴等聚集性活动人数不超过50人", 3),
    ("室内活动人数控制在500人以内", 2),
    ("各类活动人数控制在2000人以内", 1),
    ("聚会人数不超过100人，聚餐不超过10人", 4),
    # negatives: no limit, a cap on no gathering, a count of staff or visits
    ("严格限制人员聚集", None),
    ("严禁聚集，餐馆接待不超过50人", None),
    ("严禁聚集，出动执法人员80余人次", None),
    ("减少聚集，活动参与人员达300人次", None),
])
def test_gathering_limit_level(sentence, level):
    found = {"C4": (None, False)}
    gathering_limit_level(found, sentence)
    assert found["C4"][0] == level


def test_gathering_limit_in_text():
    found = [m for m in _measures("新冠肺炎疫情期间，额济纳旗防范区严格限制人员聚集，聚集人数不得超过10人。") if m["code"] == "C4"]
    assert [(m["level"], m["targeted"]) for m in found] == [("4", True)]


# (8) Targeted words of other codes' list items.
@pytest.mark.parametrize("statement, code, codes, kept", [
    ("围绕患者转运、滞留游客服务保障、备用隔离点建设", "CN-MEDICAL", {"CN-MEDICAL", "CN-SUPPLY", "CN-CENTRAL-QUARANTINE"},
     "围绕患者转运"),
    ("围绕患者转运、滞留游客服务保障、备用隔离点建设", "CN-SUPPLY", {"CN-MEDICAL", "CN-SUPPLY", "CN-CENTRAL-QUARANTINE"},
     "围绕、滞留游客服务保障"),
    # negatives: the scope before the list stays; no list, or one code only, keeps the statement whole
    ("婚姻登记场所执行查看健康码、测温", "CN-HEALTH-MONITORING", {"CN-HEALTH-CODE", "CN-HEALTH-MONITORING"},
     "婚姻登记场所执行查看、测温"),
    ("各小区实行封闭管理", "C6", {"C6"}, "各小区实行封闭管理"),
    ("滞留游客、隔离人员生活保障", "CN-SUPPLY", {"CN-SUPPLY"}, "滞留游客、隔离人员生活保障"),
])
def test_own_items(statement, code, codes, kept):
    assert own_items(statement, code, codes) == kept


def test_list_targeted_in_text():
    text = ("额济纳旗旗委书记代钦强调，要紧盯问题、加快节奏，围绕患者转运、滞留游客服务保障、备用隔离点建设、满足群众日常"
            "医疗需求等方面工作，加快细化方案。新冠肺炎疫情防控工作要抓实。")
    targeted = {m["code"]: m["targeted"] for m in _measures(text)}
    assert targeted["CN-MEDICAL"] is False and targeted["CN-SUPPLY"] is True


# (9) Nationwide measures of national bodies: no place.
@pytest.mark.parametrize("sentence, national", [
    ("国家药监局又批准5家公司的新冠抗原检测试剂盒产品的注册申请", True),
    ("会议强调，各地要依法依规制定通行管控措施，不得层层加码", True),
    ("文化和旅游部出台了实施跨省旅游经营活动管理熔断机制", True),
    ("国务院联防联控机制派出督查组，赴10个省市开展督查工作", True),
    # negatives: a national body as the source of a standard; a department of a local government; localities as
    # the source of news; provinces counted
    ("严格按照国务院联防联控机制第九版防控方案规定，及时对病例活动轨迹进行研判", False),
    ("公安部门要抽调警力加强巡逻", False),
    ("提醒广大公众，要密切关注各地发布的疫情动态信息", False),
    ("全国9个省份派出1.1万余名医务人员承担方舱医院医疗队的任务", False),
])
def test_national_scope(sentence, national):
    assert national_scope(sentence) is national


@pytest.mark.parametrize("text, place", [
    ("额济纳旗新冠肺炎疫情防控指挥部通报。国家药监局批准5款新冠抗原检测试剂，居民可自行购买抗原检测试剂进行自测。", None),
    # negatives: a place in the sentence decides; a sentence with no national body takes the article's place
    ("额济纳旗新冠肺炎疫情防控指挥部通报。国务院联防联控机制要求，额济纳旗实行封闭管理。", "152923"),
    ("额济纳旗新冠肺炎疫情防控指挥部通报。全体居民足不出户。", "152923"),
])
def test_national_place_in_text(text, place):
    found = _measures(text)
    assert found and all(m["place_code"] == place for m in found), found
