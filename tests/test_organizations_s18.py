"""ORGANIZATION rules of issue 14's eighteenth session (rules 1.18), table-driven, on made-up sentences in the style of
COVID-19 notices and world news (the classes: a country's diplomatic mission named by where it is stationed and its
kind, 中国驻洛杉矶总领馆, 驻釜山总领馆; a seat of government acting for its government, 白宫|表示, 克里姆林宫|发言人; an
airport named by its own name acting or cited, 首都机场|发布提醒, 据白云机场|消息; an accounting firm named by its ending 会计师事务所; and a country and a kind of
company, 美国|上市|公司, which describe firms and name none)."""

from __future__ import annotations

from datetime import date

import pytest

from imcovid.annotate import annotate
from imcovid.annotate.organizations import ANNOTATOR


def _orgs(text: str) -> list[tuple[str, str]]:
    return [(m["surface"], m["rule"]) for m in annotate(text, date(2022, 3, 21)) if m["type"] == "ORGANIZATION"]


def _surfaces(text: str) -> list[str]:
    return [surface for surface, _ in _orgs(text)]


def test_the_rules_are_version_1_18():
    version = ANNOTATOR.split(":")[0].split("/")[1]
    assert tuple(int(p) for p in version.split(".")) >= (1, 18)


@pytest.mark.parametrize("text, name", [
    # a mission's kind that no generic ending reads (总领馆, 使团, 代表团), with its country before 驻
    ("中国驻洛杉矶总领馆发布提醒，请在美同胞做好个人防护。", "中国驻洛杉矶总领馆"),
    ("中国驻欧盟使团发言人表示，中方坚决反对。", "中国驻欧盟使团"),
    ("俄罗斯常驻联合国代表团收到通知，称12名外交官须离境。", "俄罗斯常驻联合国代表团"),
    # (the country left out, at a clause's start or after a particle)
    ("留学生在韩被殴打？驻釜山总领馆已联系当事人了解情况。", "驻釜山总领馆"),
    ("外交部和驻乌克兰使馆将持续跟踪评估安全风险。", "驻乌克兰使馆"),
    ("驻英国使馆发言人就此答记者问。", "驻英国使馆"),
])
def test_a_mission_named_by_its_host_and_kind(text, name):
    assert (name, "organization.mission") in _orgs(text)


@pytest.mark.parametrize("text", [
    "各国驻华使馆陆续恢复签证业务。",  # (many missions, none named)
    "驻华使馆工作人员须每日进行核酸检测。",  # (whose country the text has not said)
    "医疗队进驻使馆区开展核酸检测。",  # (进驻: a verb)
    "中国驻美使领馆将暂停受理签证申请。",  # (使领馆: the missions in general)
    "工作队驻村帮扶，并联系了当地代表团。",
])
def test_missions_in_general_are_not_named(text):
    assert not [s for s in _surfaces(text) if "驻" in s]


def test_missions_abroad_in_general_are_no_mission():
    # (the generic ending 使馆 reads 中国驻外使馆 as before: left alone; the mission rule adds nothing here)
    assert not [s for s, rule in _orgs("中国驻外使馆提醒海外同胞注意防疫。") if rule == "organization.mission"]


def test_a_seat_with_its_country():
    assert "美国白宫" in _surfaces("一名美国白宫官员表示，新规将于下周生效。")


@pytest.mark.parametrize("text, name", [
    ("白宫20日表示，总统与一名确诊者有过接触，检测结果为阴性。", "白宫"),
    ("白宫新闻秘书表示，政府将向每户家庭免费发放检测包。", "白宫"),
    ("白宫方面则强调，美国将继续提供援助。", "白宫"),
    ("克里姆林宫发言人当天表示，总统已接种加强针。", "克里姆林宫"),
    ("青瓦台表示，已对该名员工的工作区域进行消毒。", "青瓦台"),
    ("报道援引一名白宫官员的话称，制裁措施将于下周公布。", "白宫"),
])
def test_a_seat_of_government_acting(text, name):
    assert (name, "organization.seat_acting") in _orgs(text)


@pytest.mark.parametrize("text", [
    "总统在白宫发表讲话，呼吁民众接种疫苗。",  # (where something happens: a place)
    "游客在白宫南草坪前拍照留念。",
    "他入主白宫后签署了多项行政令。",
    "克里姆林宫附近的广场已经封闭。",
])
def test_a_seat_where_something_happens_is_no_body(text):
    assert not [s for s in _surfaces(text) if s.endswith(("白宫", "克里姆林宫"))]


@pytest.mark.parametrize("text, name", [
    ("首都机场发布提醒，进京旅客须持48小时内核酸阴性证明。", "首都机场"),
    ("白云机场发布通告称，进港旅客须配合扫码。", "白云机场"),
    ("据首都机场消息，当日共取消航班285架次。", "首都机场"),
    ("禄口国际机场通报，一名保洁人员核酸检测结果为阳性。", "禄口国际机场"),
])
def test_an_airport_named_by_its_own_name_acting(text, name):
    assert (name, "organization.airport_acting") in _orgs(text)


@pytest.mark.parametrize("text", [
    "该机场发布通知称，航班将正常运行。",  # (pointed at)
    "国内机场发布新规，旅客须出示健康码。",  # (a kind)
    "多个机场宣布取消进出港航班。",  # (a count)
    "旅客抵达机场表示一切顺利。",  # (a verb's object)
    "首都机场消息显示多个航班取消。",  # (news of the airport, not cited with 据)
])
def test_airports_in_general_do_not_act(text):
    assert not [s for s, rule in _orgs(text) if rule == "organization.airport_acting"]


@pytest.mark.parametrize("text", [
    "这家美国上市公司宣布裁员一成。",
    "在万亿美元市值俱乐部中，其他的美国上市公司只有三家。",
    "多家日本外资公司撤离了当地。",
])
def test_a_country_and_a_kind_of_company_name_no_firm(text):
    assert not [s for s in _surfaces(text) if s.endswith("公司")]


@pytest.mark.parametrize("text, name", [
    # (a trade before 公司 after a country is as often a firm's own name: kept)
    ("美国航空公司宣布取消部分航班。", "美国航空公司"),
    ("中国驻日本使馆提醒在日中国公民注意防疫。", "中国驻日本使馆"),
])
def test_names_kept(text, name):
    assert name in _surfaces(text)


@pytest.mark.parametrize("text, name", [
    ("北京丙清会计师事务所(普通合伙)出具的2632份审计报告中，1100份无工作底稿。", "北京丙清会计师事务所"),
    ("丁信会计师事务所（特殊普通合伙）被证监会立案调查。", "丁信会计师事务所"),
])
def test_an_accounting_firm_named_by_its_ending(text, name):
    assert name in _surfaces(text)


@pytest.mark.parametrize("text", [
    "各地财政厅已对85家会计师事务所作出行政处罚。",
    "该会计师事务所被暂停执业6个月。",
    "财政部将加大会计师事务所执业质量检查力度。",
])
def test_accounting_firms_in_general_are_not_named(text):
    assert not [s for s in _surfaces(text) if s.endswith("事务所")]
