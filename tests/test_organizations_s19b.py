"""ORGANIZATION rules of session 19, second round (COVID-era local news), table-driven, on made-up sentences: the
second outlet of a pair before 记者 (扬子晚报 / 紫牛新闻记者), an airline named by its flight's number and its branch at
a place (东航MU5735, 东航呼和浩特分公司), a subdistrict named after its road (给予|昭乌达路街道办事处) and a clause's
verb before a community's short name (给予|新华街道办事处); and, for precision, a referring head before a body's
ending (涉事|医院) and a place's hospitals of a grade (上海|三甲|医院). Each rule has negative examples."""

from __future__ import annotations

from datetime import date

import pytest

from imcovid.annotate import annotate
from imcovid.annotate.organizations import _airline_short_form, _graded_hospitals, _referring_head, _road_name_start


def _orgs(text: str) -> list[tuple[str, str]]:
    return [(m["surface"], m["rule"]) for m in annotate(text, date(2022, 1, 27)) if m["type"] == "ORGANIZATION"]


def _surfaces(text: str) -> list[str]:
    return [surface for surface, _ in _orgs(text)]


# --- the second outlet of a pair before 记者 ---------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("女生父母也向扬子晚报 / 紫牛新闻记者寻求帮助。", "紫牛新闻"),
    ("扬子晚报/紫牛新闻记者从警方获悉，案件仍在调查。", "紫牛新闻"),
    ("齐鲁晚报·齐鲁壹点记者 梁莹莹 通讯员 周洪洋", "齐鲁壹点"),
    ("据潇湘晨报／晨视频记者了解，现场秩序井然。", "晨视频"),
])
def test_the_second_outlet_of_a_pair_before_its_reporter_is_an_outlet(text, name):
    assert (name, "organization.paired_outlet") in _orgs(text)


def test_the_second_outlet_of_a_pair_recurs():
    text = "扬子晚报 / 紫牛新闻记者 张斌\n据紫牛新闻报道，院方已对涉事医生停职。"
    assert _surfaces(text).count("紫牛新闻") == 2


@pytest.mark.parametrize("text, not_a_name", [
    ("文字/摄影记者 张三 李四", "摄影"),  # (no outlet's ending before the slash, and 摄影 is a word)
    ("人民日报 / 摄影记者 王五", "摄影"),  # (an ordinary word after the slash is a kind of reporter)
    ("北京日报 / 首席记者 王五", "首席"),  # (a rank)
    ("新华社 / 这位记者说", "这位"),  # (a pronoun)
    ("晚报 / 北京记者站", "北京"),  # (a place)
    ("新华网·两名记者", "两名"),  # (a count)
])
def test_a_pair_before_a_reporter_needs_a_named_second_outlet(text, not_a_name):
    assert not_a_name not in _surfaces(text)


def test_a_slash_without_a_reporter_names_no_second_outlet():
    assert ("紫牛新闻", "organization.paired_outlet") not in _orgs("扬子晚报 / 紫牛新闻 联合出品")


# --- airlines named by their flight and their branches -----------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("东航MU5735航班于3月21日在广西坠毁。", "东航"),
    ("该旅客乘坐国航CA1234航班抵达呼和浩特。", "国航"),
    ("密接者曾乘坐川航3U8633航班。", "川航"),
])
def test_an_airline_is_named_by_its_flight_number(text, name):
    assert (name, "organization.airline_flight") in _orgs(text)


def test_an_airline_named_by_its_flight_recurs():
    assert _surfaces("东航MU5735航班坠毁后，东航启动应急机制。").count("东航") == 2


@pytest.mark.parametrize("text", [
    "东航MU5735航班起飞后一路向东航行。",  # (sailing east)
    "东航MU5735航班停靠在东航站楼。",  # (a terminal)
])
def test_an_airlines_recurrence_is_not_read_inside_other_words(text):
    assert _surfaces(text).count("东航") == 1


def test_an_airlines_branch_after_its_flight_stays_one_name():
    found = _surfaces("东航MU5735航班机组来自东航云南分公司。")
    assert "东航云南分公司" in found and found.count("东航") == 1


@pytest.mark.parametrize("text", [
    "飞机返航MU5735后安全降落。",  # (返航 is a verb)
    "民航CZ3456航班正常起飞。",  # (civil aviation, no airline)
    "举行首航CA123仪式。",  # (a maiden flight)
    "东航MU57350号文件",  # (no flight number: too many digits)
])
def test_no_airline_without_its_short_form_before_a_flight(text):
    assert not [s for s, rule in _orgs(text) if rule == "organization.airline_flight"]


@pytest.mark.parametrize("text, name", [
    ("该患者为东航呼和浩特分公司员工。", "东航呼和浩特分公司"),
    ("国航内蒙古分公司机组人员均已隔离。", "国航内蒙古分公司"),
])
def test_an_airlines_branch_at_a_place_is_named_from_the_airline(text, name):
    assert name in _surfaces(text)


@pytest.mark.parametrize("text, name", [
    ("民航内蒙古分公司", "民航内蒙古分公司"),  # (民航 names no airline)
    ("返航呼和浩特分公司", "返航呼和浩特分公司"),
])
def test_no_airline_before_a_branch_without_its_short_form(text, name):
    assert name not in _surfaces(text)


@pytest.mark.parametrize("word, expected", [
    ("东航", True), ("国航", True), ("深航", True),
    ("民航", False), ("首航", False), ("返航", False), ("领航", False), ("航班", False), ("东方", False),
    ("复航", False), ("外航", False), ("该航", False), ("续航", False),
])
def test_airline_short_forms(word, expected):
    assert _airline_short_form(word) is expected


# --- subdistricts named after their road; verbs before a community's short name ----------------------------------

@pytest.mark.parametrize("text, name", [
    ("经研究，给予昭乌达路街道办事处主任王某政务警告处分。", "昭乌达路街道办事处"),
    ("给予新华路街道办事处副主任李某诫勉谈话。", "新华路街道办事处"),
    ("约谈敕勒川路街道党工委书记。", "敕勒川路街道党工委"),
    ("对中山路街道办事处主任予以免职。", "中山路街道办事处"),
    ("给予解放路街道办事处主任处分。", "解放路街道办事处"),  # (a road named by a verb keeps it)
    ("兴安路街道办事处发布通知。", "兴安路街道办事处"),
    ("给予新华街道办事处主任政务记过处分。", "新华街道办事处"),
    ("约谈新华街道党工委书记。", "新华街道党工委"),
])
def test_a_subdistrict_begins_after_the_clauses_verb(text, name):
    assert name in _surfaces(text)


@pytest.mark.parametrize("text, not_a_name", [
    ("给予昭乌达路街道办事处主任处分。", "达路街道办事处"),
    ("给予新华路街道办事处副主任处分。", "华路街道办事处"),
    ("给予新华街道办事处主任处分。", "给予新华街道办事处"),
    ("约谈新华街道党工委书记。", "约谈新华街道党工委"),
])
def test_a_subdistrict_is_neither_cut_nor_run_on(text, not_a_name):
    assert not_a_name not in _surfaces(text)


def test_a_person_running_into_a_community_still_stops_at_its_two_characters():
    assert "东兴社区党委" in _surfaces("党委书记陈海健东兴社区党委开会。")


@pytest.mark.parametrize("head, road, start", [
    ("给予昭乌达路", 5, 2), ("约谈敕勒川路", 5, 2), ("对中山路", 3, 1), ("解放路", 2, 0), ("给予解放路", 4, 2),
    ("新华路", 2, 0),
])
def test_road_name_start(head, road, start):
    assert _road_name_start(head, road) == start


# --- precision: referring heads and graded hospitals --------------------------------------------------------------

@pytest.mark.parametrize("text, not_a_name", [
    ("记者陪同刘女士来到涉事医院，找到了影像科负责人。", "涉事医院"),
    ("执法人员前往涉案公司调查。", "涉案公司"),
    ("当晚被送到该医院救治。", "该医院"),
])
def test_a_referring_head_names_no_body(text, not_a_name):
    assert not_a_name not in _surfaces(text)


@pytest.mark.parametrize("text, name", [
    ("患者被送到协和医院救治。", "协和医院"),  # (a hospital named by a word is still named where someone goes)
    ("该院属于涉县医院。", "涉县医院"),  # (涉 inside a place's name is no referring word)
])
def test_a_named_hospital_is_still_read(text, name):
    assert name in _surfaces(text)


@pytest.mark.parametrize("head, expected", [
    ("涉事", True), ("上述", True), ("该", True), ("涉事中", False), ("协和", False), ("涉县", False),
])
def test_referring_heads(head, expected):
    assert _referring_head(head) is expected


@pytest.mark.parametrize("text, not_a_name", [
    ("市第六人民医院等几家知名上海三甲医院分别发布公告。", "上海三甲医院"),
    ("据了解，北京三甲医院将开放发热门诊。", "北京三甲医院"),
    ("患者被转至北京公立医院。", "北京公立医院"),
])
def test_a_places_hospitals_of_a_grade_are_no_name(text, not_a_name):
    assert not_a_name not in _surfaces(text)


@pytest.mark.parametrize("text, name", [
    ("北京儿童医院专家表示，儿童也要接种。", "北京儿童医院"),  # (a kind that names one after its place)
    ("上海市第六人民医院专家会诊。", "上海市第六人民医院"),
    ("患者被送往内蒙古自治区人民医院救治。", "内蒙古自治区人民医院"),
])
def test_a_hospital_named_after_its_place_stays_a_name(text, name):
    assert name in _surfaces(text)


@pytest.mark.parametrize("between, expected", [
    ("三甲", True), ("市三甲", True), ("公立", True), ("儿童", False), ("第六人民", False), ("", False),
])
def test_graded_hospitals(between, expected):
    assert _graded_hospitals(between) is expected


# --- the state's team: a body where it guides or speaks, a kind where it is sent ----------------------------------

@pytest.mark.parametrize("text", [
    "指挥体系要灵活高效，在国家工作组指导下，迅速形成省市县高效协同的工作机制。",
    "国家工作组要求，要加快转运隔离。",
])
def test_the_states_team_that_guides_or_speaks_is_a_body(text):
    assert "国家工作组" in _surfaces(text)


@pytest.mark.parametrize("text", [
    "综合组迅速派出国家工作组赴吉林、山东等地指导。",  # (a team sent: a kind)
    "随即成立国家工作组。",  # (a team formed)
    "国家级公共卫生专家组赶赴当地。",  # (a level's team)
])
def test_a_team_sent_or_formed_by_the_state_names_none(text):
    assert not [s for s in _surfaces(text) if s.endswith("组")]


# --- a township's, subdistrict's or community's task force; proper nouns before 街道 and 社区 ----------------------

@pytest.mark.parametrize("text, name", [
    ("3月8日小红门乡社区防控组接到通知，其出发地已被划为中风险地区。", "小红门乡社区防控组"),
    ("小红门乡疫情防控组接到通知。", "小红门乡疫情防控组"),
    ("东兴社区疫情防控工作组通知居民做核酸。", "东兴社区疫情防控工作组"),
    ("金桥街道疫情防控指挥部发布通告。", "金桥街道疫情防控指挥部"),
    ("海拉尔区社区防控组发布提示。", "海拉尔区社区防控组"),
    ("新华街道疫情防控指挥部发布通告。", "新华街道疫情防控指挥部"),  # (新华: a proper noun, however frequent)
    ("和平社区居委会组织志愿者值守。", "和平社区居委会"),
])
def test_a_local_task_force_is_named_by_its_place(text, name):
    assert name in _surfaces(text)


@pytest.mark.parametrize("text", [
    "防控组成员全部到位。",  # (the bare word)
    "社区防控组人员上门排查。",  # (a kind: no township named)
    "各乡镇疫情防控指挥部要压实责任。",  # (every township's)
    "当地社区疫情防控工作组已介入。",  # (a local one, not named)
    "城市社区党委要发挥作用。",  # (城市 is an ordinary word, though the dictionary tags it a place word)
    "美丽乡村党支部",  # (美丽 likewise)
])
def test_a_kind_of_local_task_force_names_none(text):
    assert not _surfaces(text)


# --- units of a discipline commission: stationed groups and numbered offices --------------------------------------

@pytest.mark.parametrize("text, name", [
    ("经市纪委监委驻市卫健委纪检监察组调查，", "市纪委监委驻市卫健委纪检监察组"),
    ("据中央纪委国家监委驻中信集团纪检监察组、广州市纪委监委联合发布消息，", "中央纪委国家监委驻中信集团纪检监察组"),
    ("经旗纪委监委第二纪检监察室调查，", "旗纪委监委第二纪检监察室"),
    ("市纪委监委第一监督检查室负责同志表示，", "市纪委监委第一监督检查室"),
    ("自治区纪委监委第五审查调查室", "自治区纪委监委第五审查调查室"),
])
def test_a_discipline_commissions_unit_is_one_body(text, name):
    assert name in _surfaces(text)


@pytest.mark.parametrize("text", [
    "纪检监察组要加强监督。",  # (the bare word)
    "各派驻纪检监察组要压实责任。",  # (every stationed group)
])
def test_a_kind_of_discipline_unit_names_none(text):
    assert not _surfaces(text)


# --- apps and a firm's products are no bodies ---------------------------------------------------------------------

@pytest.mark.parametrize("text, not_a_name", [
    ("多数员工在腾讯视频、抖音上“摸鱼”的时间最多。", "腾讯"),
    ("在网易云音乐上听了22.5个G。", "网易"),
    ("打开百度地图查看。", "百度"),
    ("可以通过“北京健康宝”、支付宝“健康码”查询。", "支付宝"),  # (a payment app)
    ("别人买东西用微信支付，只有我用现金。", "微信支付"),
])
def test_a_firms_product_or_an_app_is_no_body(text, not_a_name):
    assert not_a_name not in _surfaces(text)


@pytest.mark.parametrize("text, name", [
    ("腾讯新闻报道称，", "腾讯新闻"),  # (an outlet, not a product word)
    ("腾讯公司表示将配合调查。", "腾讯公司"),
    ("百度发布公告。", "百度"),
])
def test_a_firm_or_its_outlet_is_still_a_body(text, name):
    assert name in _surfaces(text)


# --- a brand's two characters as a firm's short form -------------------------------------------------------------

def test_a_known_brand_of_two_characters_recurs_as_the_firm():
    text = "国美控股集团有限公司（以下简称“国美集团”）的内部文件称，国美员工在办公区域禁止玩游戏。"
    assert ("国美", "organization.short_form") in _orgs(text)


@pytest.mark.parametrize("text, not_a_name", [
    ("美的集团宣布涨价，这是美的选择。", "美的"),  # (the dictionary tags 美的 as no brand)
    ("中国平安集团表示，平安无事。", "平安"),  # (an ordinary word)
    ("新华集团董事长表示，新华街道将配合。", "新华"),  # (a place named by the same characters)
])
def test_two_characters_that_are_other_words_are_no_short_form(text, not_a_name):
    assert not_a_name not in _surfaces(text)


def test_a_known_outlet_holding_the_brand_stays_the_outlet():
    found = _orgs("新华集团董事长表示，据新华社报道，")
    assert ("新华社", "organization.known_name") in found and ("新华", "organization.short_form") not in found
