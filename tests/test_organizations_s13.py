"""ORGANIZATION rules of issue 14's thirteenth session (rules 1.13), table-driven, on made-up sentences in the style of
COVID-19 news from abroad and from Hong Kong (the classes: national news agencies abroad cited once by their short
names, Hong Kong's health bodies and SAR departments whose names the endings do not read alone, the liaison offices'
short forms, and 总司长 as a title, not a unit)."""

from __future__ import annotations

from datetime import date

import pytest

from imcovid.annotate import annotate
from imcovid.annotate.organizations import ANNOTATOR


def _orgs(text: str) -> list[tuple[str, str]]:
    return [(m["surface"], m["rule"]) for m in annotate(text, date(2022, 3, 1)) if m["type"] == "ORGANIZATION"]


def _surfaces(text: str) -> list[str]:
    return [surface for surface, _ in _orgs(text)]


def test_the_rules_are_version_1_13():
    # (1.13 or later, compared as numbers: later sessions bump the version)
    version = ANNOTATOR.split(":")[0].split("/")[1]
    assert tuple(int(p) for p in version.split(".")) >= (1, 13)


@pytest.mark.parametrize("text, expected", [
    # a national news agency or broadcaster abroad, cited once (no second cue to find it by)
    ("据韩联社报道，韩国单日新增确诊病例超过5000例。", "韩联社"),
    ("据朝中社报道，朝鲜召开会议部署防疫工作。", "朝中社"),
    ("德新社报道称，德国多地收紧防疫措施。", "德新社"),
    ("据俄新社报道，俄罗斯新增确诊病例2万例。", "俄新社"),
    ("据埃菲社报道，西班牙新增病例有所下降。", "埃菲社"),
    ("据安莎社报道，意大利将延长紧急状态。", "安莎社"),
    ("越通社消息，越南新增本土病例。", "越通社"),
    ("据NHK报道，东京都新增确诊病例1200例。", "NHK"),
    ("据KBS报道，首尔新增确诊病例。", "KBS"),
    ("美国CNBC报道称，多家企业推迟员工返岗。", "CNBC"),
    # Hong Kong's health bodies and SAR departments, written alone
    ("卫生防护中心传染病处主任在记者会上表示，患者已送院隔离。", "卫生防护中心传染病处"),
    ("医院管理局表示，公立医院病床使用率已超过九成。", "医院管理局"),
    ("食物及卫生局局长表示将加强检测。", "食物及卫生局"),
    ("食物环境卫生署关闭了多个街市。", "食物环境卫生署"),
    ("医务卫生局局长表示，将扩大快速检测。", "医务卫生局"),
    ("卫生署署长表示，疫苗接种率继续提升。", "卫生署"),
    ("入境处表示，将加强对入境人士的检疫。", "入境处"),
    ("政府新闻处发布公告称，将扩大强制检测范围。", "政府新闻处"),
    ("民政事务总署为受检人士提供食物包。", "民政事务总署"),
    ("社会福利署表示，安老院舍员工须每日检测。", "社会福利署"),
    # the central government's liaison offices by their short forms
    ("香港中联办表示，将全力支持特区政府抗疫。", "香港中联办"),
    ("澳门中联办主任慰问了抗疫一线人员。", "澳门中联办"),
])
def test_bodies_named_without_an_ending_read_alone(text, expected):
    assert expected in _surfaces(text)
    assert dict(_orgs(text))[expected] in ("organization.known_name", "organization.sub_unit")


@pytest.mark.parametrize("text, expected", [
    # the longest name as written stays the mention
    ("香港特区政府卫生署卫生防护中心12日公布，香港新增1例确诊病例。", "香港特区政府卫生署卫生防护中心"),
    ("北京市医院管理局印发通知，要求各市属医院加强预检分诊。", "北京市医院管理局"),
    ("香港入境事务处表示，将加强口岸检疫。", "香港入境事务处"),
    ("中央人民政府驻香港特别行政区联络办公室发表声明。", "中央人民政府驻香港特别行政区联络办公室"),
])
def test_a_longer_name_keeps_its_span(text, expected):
    surfaces = _surfaces(text)
    assert expected in surfaces
    assert not any(s != expected and s in expected for s in surfaces)


@pytest.mark.parametrize("text, expected, not_expected", [
    # 总司长 is a title (director-general): the body is the ministry, not a 总司 unit of it
    ("以色列卫生部总司长表示，将推行第四剂疫苗。", "以色列卫生部", "以色列卫生部总司"),
    ("该国卫生部总司长当天确诊感染新冠病毒。", None, "卫生部总司"),
])
def test_zong_si_zhang_is_a_title(text, expected, not_expected):
    surfaces = _surfaces(text)
    if expected:
        assert expected in surfaces
    assert not_expected not in surfaces


@pytest.mark.parametrize("text, expected", [
    # a 司 unit after a ministry is still read (商务部|消费促进司), and so is the 司 of 司司长
    ("商务部消费促进司负责人表示，将推动消费回暖。", "商务部消费促进司"),
    ("外交部领事司司长表示，将为海外同胞提供协助。", "外交部领事司"),
])
def test_si_units_are_still_units(text, expected):
    assert expected in _surfaces(text)


@pytest.mark.parametrize("text, not_expected", [
    # ordinary words and other names that hold a listed name are no mention of it
    ("市公安局出入境处民警提醒，办理护照须预约。", "入境处"),
    ("他在卫生防护用品公司工作，负责采购口罩。", "卫生防护中心"),
    ("该社区卫生服务中心为居民接种疫苗。", "卫生署"),
    ("联社成员单位和农村信用社共同支持抗疫。", "越通社"),
])
def test_listed_names_inside_other_words_are_no_mention(text, not_expected):
    assert not_expected not in _surfaces(text)


@pytest.mark.parametrize("text, kind", [
    # kinds of hospital the dictionary lists as institution names: bare, they name any hospital of the kind
    ("医院管理局表示，公立医院病床使用率已超过九成。", "公立医院"),
    ("深化公立医院改革，推动中小医院高质量发展。", "中小医院"),
    ("复诊患者可通过网上医院预约开药。", "网上医院"),
    ("医保特约医院名单已在官网公布。", "特约医院"),
])
def test_kinds_of_hospital_are_no_body(text, kind):
    assert kind not in _surfaces(text)


@pytest.mark.parametrize("text, expected", [
    # a body named with the kind inside is still read whole
    ("银川市公立医院管理委员会办公室发布通知。", "银川市公立医院管理委员会办公室"),
    ("北京大学第一医院等公立医院参与试点。", "北京大学第一医院"),
])
def test_names_holding_a_kind_of_hospital_are_still_read(text, expected):
    assert expected in _surfaces(text)


def test_a_board_secretary_is_a_firm_officer_cue():
    # 董秘 / 董事会秘书 (the board secretary) is a listed firm's officer: a name before it at two places is a firm
    text = "天盛科技董秘王某表示，公司将加大研发投入。对此，天盛科技董秘王某告诉记者，天盛科技产品已进入多家医院。"
    assert _surfaces(text).count("天盛科技") == 3


@pytest.mark.parametrize("text", [
    # kinds of firm and counted officers before the title name no firm
    "上市公司董秘王某表示，上市公司董秘需要严格履职。",
    "多位董秘表示，多位董秘认为市场回暖。",
    "该公司原董秘李某离职，该公司现任董秘张某接任。",
])
def test_a_board_secretary_after_no_name_makes_no_firm(text):
    assert _surfaces(text) == []
