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
    "驻村工作队代表团前往考察。",  # (驻村: a host no list holds, before a kind no consulate's)
])
def test_missions_in_general_are_not_named(text):
    assert not [s for s in _surfaces(text) if "驻" in s]


@pytest.mark.parametrize("text", [
    # (review of 1.18: a word of envoys or troops in general inside a longer host, and a verb inside it)
    "近日，驻华外交使团和国际组织代表参观了冬奥村。",
    "此次活动邀请了驻京外国记者代表团参加。",
    "驻外记者代表团抵达北京。",
    "驻港部队派出代表团参加活动。",
    "驻华外交官代表团参观了冬奥村。",
])
def test_a_host_of_envoys_or_troops_in_general_is_no_mission(text):
    assert not [s for s, rule in _orgs(text) if rule == "organization.mission"]


@pytest.mark.parametrize("text, name", [
    # (a host no list holds, kept where the kind or the words make it a country's own post)
    ("中国驻纽约总领馆提醒侨胞做好防护。", "中国驻纽约总领馆"),
    ("中国驻日内瓦代表团表示，中方将积极参与。", "中国驻日内瓦代表团"),
    # (a country's one-character short form, an international body)
    ("我驻美使馆提醒在美同胞注意安全。", "驻美使馆"),
    ("中国常驻世贸组织代表团表示，中方将积极参与。", "中国常驻世贸组织代表团"),
])
def test_a_mission_whose_host_is_a_country_a_body_or_a_city_abroad(text, name):
    assert (name, "organization.mission") in _orgs(text)


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


@pytest.mark.parametrize("text", [
    # (review of 1.18: where someone speaks, after 在, is a place, not the body acting)
    "特朗普周四（9日）在白宫表示，他收到了中国国家主席习近平的信件。",
    "约翰逊在唐宁街称，英国将放宽防疫限制。",
    "普京在克里姆林宫表示，俄方愿意合作。",
    "普京20日在克里姆林宫表示，俄方愿意合作。",
    "马克龙在爱丽舍宫表示，法国将继续支持。",
    "特朗普在白宫官员陪同下视察了检测点。",
    "钟南山院士在白云机场表示，疫情防控不能松懈。",
    "王毅在首都机场表示，中方愿同各方加强合作。",
])
def test_a_seat_or_an_airport_where_someone_speaks_is_no_body(text):
    assert not [s for s, rule in _orgs(text) if rule in ("organization.seat_acting", "organization.airport_acting")]


@pytest.mark.parametrize("text, name", [
    # (the clause's subject after a word that opens the clause, a day or a stop; its statement or staff anywhere)
    ("但白宫表示，目前没有计划改变政策。", "白宫"),
    ("对此，白宫表示，目前没有计划改变政策。", "白宫"),
    ("当天稍晚时美国白宫也发布公告，宣布延长紧急状态。", "美国白宫"),
    ("9日下午白宫发表声明，宣布延长紧急状态。", "白宫"),
    ("周四白宫表示，将继续提供援助。", "白宫"),
    ("美媒称白宫发表声明，谴责这一袭击。", "白宫"),  # (a verb of saying opens the clause it reports)
    ("布伦南：这正是白宫说的，中方能做到。", "白宫"),  # (是 before the agent of a cleft)
    ("4月9日，拜登通过白宫声明催促国会通过新冠援助法案。", "白宫"),
    ("首都机场20日发布提醒，进京旅客须持核酸阴性证明。", "首都机场"),
])
def test_a_seat_or_an_airport_as_its_clauses_subject_acts(text, name):
    assert name in _surfaces(text)


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


@pytest.mark.parametrize("text", [
    # (review of 1.18: a count of the big ones before the kind is a group of firms, of accountants or of lawyers alike)
    "普华永道等国际四大会计师事务所的市场份额持续扩大。",
    "北京三大会计师事务所被立案调查。",
    "北京三大律师事务所被立案调查。",
])
def test_a_count_of_the_big_ones_before_the_kind_names_no_firm(text):
    assert not [s for s in _surfaces(text) if s.endswith("事务所")]


def test_a_place_beginning_with_a_count_still_names_its_body():
    assert "五大连池市第一人民医院" in _surfaces("五大连池市第一人民医院发布通告。")
