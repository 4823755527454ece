"""ORGANIZATION rules of issue 14's twelfth session (rules 1.12), table-driven, on made-up sentences in the style of the
news (the classes were read from unseen archive posts in no gold set: hospital and university departments, a CDC's
institutes, names with 和 inside, a body's acronym after a name LAC read, ranges of levels, labs)."""

from __future__ import annotations

from datetime import date

import pytest

from imcovid.annotate import annotate
from imcovid.annotate.organizations import ANNOTATOR


def _orgs(text: str) -> list[tuple[str, str]]:
    return [(m["surface"], m["rule"]) for m in annotate(text, date(2022, 5, 1)) if m["type"] == "ORGANIZATION"]


def _surfaces(text: str) -> list[str]:
    return [surface for surface, _ in _orgs(text)]


def test_the_rules_are_version_1_12_or_later():
    """Compared as numbers: as text, "1.20" would not start with "1.1" and "1.9" would sort after "1.12"."""
    from tests.test_persons_s15 import _rules_version
    assert _rules_version(ANNOTATOR) >= (1, 12)


@pytest.mark.parametrize("text, expected", [
    # a hospital's respiratory and critical care department: its standard name holds 与, still a unit of the hospital
    ("市第一医院呼吸与危重症医学科主任王强表示，患者病情平稳。", "市第一医院呼吸与危重症医学科"),
    ("记者从包头市中心医院呼吸与危重症医学科获悉，两名患者已出院。", "包头市中心医院呼吸与危重症医学科"),
    # a university's department (…学系) after its school
    ("香港大学医学院微生物学系教授表示，疫苗仍然有效。", "香港大学医学院微生物学系"),
    # a CDC's institute (…预防控制所) after the CDC
    ("中国疾病预防控制中心病毒病预防控制所研究员介绍了变异株的情况。", "中国疾病预防控制中心病毒病预防控制所"),
])
def test_departments_and_institutes_are_units_of_the_body_before_them(text, expected):
    assert expected in _surfaces(text)


@pytest.mark.parametrize("text, not_expected", [
    # 与 still stops every other unit: two bodies named, not one (卫健委与|疾控中心)
    ("市卫健委与市疾控中心联合发布通告。", "市卫健委与市疾控中心"),
    # 系 alone is no unit (关系, 体系): only …学系
    ("医院体系建设得到加强。", "医院体系"),
    # 联合 opens a clause of bodies acting together: the second body is no unit of the first
    ("复星医药联合军事科学院军事医学研究院研发了这款疫苗。", "复星医药联合军事科学院"),
])
def test_what_is_no_unit(text, not_expected):
    assert not_expected not in _surfaces(text)


def test_the_second_body_after_lianhe_is_read_alone():
    # (on 1.11: 复星医药联合军事科学院, one name through the unit 学院)
    assert _surfaces("复星医药联合军事科学院军事医学研究院研发了这款疫苗。") == ["复星医药", "军事科学院军事医学研究院"]


@pytest.mark.parametrize("text, expected", [
    # full names of ministries with 和 inside (和 stops a name read from its ending)
    ("人力资源和社会保障部近日印发通知，延长补贴期限。", "人力资源和社会保障部"),
    ("住房和城乡建设部发布新规。", "住房和城乡建设部"),
    ("国家发展和改革委员会召开新闻发布会。", "国家发展和改革委员会"),
    # health agencies abroad whose Chinese names hold 和
    ("美国国家过敏症和传染病研究所所长表示，加强针有必要。", "美国国家过敏症和传染病研究所"),
    ("英国药品和保健品管理局批准了这款口服药。", "英国药品和保健品管理局"),
    ("欧洲疾病预防和控制中心表示，奥密克戎的风险很高。", "欧洲疾病预防和控制中心"),
])
def test_names_with_he_inside(text, expected):
    assert expected in _surfaces(text)


def test_two_bodies_joined_by_he_stay_two():
    assert _surfaces("教育部和国家卫生健康委员会联合发文。") == ["教育部", "国家卫生健康委员会"]


def test_the_acronym_glossed_after_a_name_lac_read_is_the_body_too():
    text = "贝斯以色列女执事医疗中心(BIDMC)的研究人员参与了试验。论文作者包括BIDMC的博士后。"
    orgs = _orgs(text)
    assert ("BIDMC", "organization.acronym_gloss") in orgs
    assert [s for s, _ in orgs].count("BIDMC") == 2


def test_a_lowercase_or_single_capital_gloss_is_no_acronym():
    # (the gloss must hold two capitals, as for the rules' own names)
    assert "Mo" not in _surfaces("贝斯以色列女执事医疗中心(Mo)的研究人员参与了试验。")


@pytest.mark.parametrize("text, expected, not_expected", [
    # a day word before a firm's short name at its share price opens the clause, it is no part of the name
    ("近日斯康股价高开低走，市场预期转弱。", "斯康", "近日斯康"),
    ("日前斯康股价连续下跌。", "斯康", "日前斯康"),
])
def test_a_day_word_begins_no_firm_at_its_share_price(text, expected, not_expected):
    surfaces = _surfaces(text)
    assert expected in surfaces and not_expected not in surfaces


@pytest.mark.parametrize("text", [
    "推动县级以上人民政府因地制宜设立家庭教育指导机构。",
    "省级以上医院要发挥带动作用。",
    "乡镇级以下政府部门要落实责任。",
])
def test_a_range_of_levels_names_a_kind_of_body(text):
    assert _surfaces(text) == []


@pytest.mark.parametrize("text, expected", [
    ("记者从武汉大学病毒学国家重点实验室获悉，研究取得进展。", "武汉大学病毒学国家重点实验室"),
    ("内蒙古自治区乳业生物技术重点实验室正式揭牌。", "内蒙古自治区乳业生物技术重点实验室"),
])
def test_a_key_laboratory_is_a_body(text, expected):
    assert expected in _surfaces(text)


@pytest.mark.parametrize("text", [
    "该校拥有3个国家重点实验室。",
    "省级重点实验室建设稳步推进。",
    "今年新建重点实验室12个。",
])
def test_key_laboratories_counted_or_by_level_are_no_body(text):
    assert _surfaces(text) == []


def test_an_acronym_written_before_the_name_that_glosses_it_is_the_body():
    text = "CDE(国家药监局药品审评中心)给了很大的支持。此前CDE已受理申请。"
    orgs = _orgs(text)
    assert ("CDE", "organization.acronym_gloss") in orgs
    assert [s for s, _ in orgs].count("CDE") == 2


@pytest.mark.parametrize("text", [
    # one capital is no acronym; nor Latin letters that run on into a longer word before the bracket
    "X（国家卫健委）发布通知。",
    "ABCDEFGHIJ（国家卫健委）发布通知。",
])
def test_no_acronym_before_the_bracket(text):
    assert _surfaces(text) == ["国家卫健委"]


@pytest.mark.parametrize("text, latin", [
    # (review) a product, an indicator or a title glued to the word before, or named as no body
    ("半导体ETF（国联安基金）当日上涨3%。今年以来，ETF规模持续增长。", "ETF"),
    ("阿里巴巴CEO（阿里巴巴集团）张勇表示，多家公司的CEO认为。", "CEO"),
    ("数据显示，PMI（国家统计局）回落。PMI已连续两月回落。", "PMI"),
])
def test_latin_words_that_name_no_body_are_no_acronym_gloss(text, latin):
    assert not any(latin in s for s in _surfaces(text))
