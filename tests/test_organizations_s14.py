"""ORGANIZATION rules of issue 14's fourteenth session (rules 1.14), table-driven, on made-up sentences in the style of
COVID-19 reports (the classes: community health centres named by their community, homes of care named after their
place, a foreign body's name that begins with its country inside the words read before the ending, one firm found in
a list before a kind of firm, and counts in 万 and levels before a kind of body as no names)."""

from __future__ import annotations

from datetime import date

import pytest

from imcovid.annotate import annotate
from imcovid.annotate.organizations import ANNOTATOR


def _orgs(text: str) -> list[tuple[str, str]]:
    return [(m["surface"], m["rule"]) for m in annotate(text, date(2021, 7, 21)) if m["type"] == "ORGANIZATION"]


def _surfaces(text: str) -> list[str]:
    return [surface for surface, _ in _orgs(text)]


def test_the_rules_are_version_1_14():
    version = ANNOTATOR.split(":")[0].split("/")[1]
    assert tuple(int(p) for p in version.split(".")) >= (1, 14)


@pytest.mark.parametrize("text, expected", [
    # a community's own name before 社区卫生服务中心: unknown to the dictionary (LAC misses it before 门诊)
    ("7月16日下午14:00前往铜山社区卫生服务中心门诊就诊，16:30返回家中。",
     [("铜山社区卫生服务中心", "organization.community_clinic")]),
    ("7月18日下午骑电动车至禄口社区卫生服务中心门诊就诊。", [("禄口社区卫生服务中心", "organization.community_clinic")]),
    # a place name the dictionary knows, with the street's level word
    ("该病例曾到东湖街道社区卫生服务中心门诊接种疫苗。", [("东湖街道社区卫生服务中心", "organization.community_clinic")]),
    ("当日前往铁心桥社区卫生服务站门诊配药。", [("铁心桥社区卫生服务站", "organization.community_clinic")]),
])
def test_community_clinic(text: str, expected: list[tuple[str, str]]) -> None:
    assert _orgs(text) == expected


@pytest.mark.parametrize("text", [
    "市民可前往社区卫生服务中心接种疫苗。",
    "当地社区卫生服务中心工作人员上门采样。",
    "城市社区卫生服务中心承担基本医疗服务。",
    "今年新建社区卫生服务中心5家。",
    "中心城区社区卫生服务中心排起长队。",
    "辖区内社区卫生服务中心和卫生院开设发热哨点。",
    "奥密克戎社区卫生服务中心应急演练。",
    "全市共有120家社区卫生服务中心提供核酸采样。",
])
def test_no_community_clinic(text: str) -> None:
    # (the rule reads no kind, count or variant as a community; what LAC reads there is its own, and unchanged)
    assert "organization.community_clinic" not in {rule for _, rule in _orgs(text)}


@pytest.mark.parametrize("text, expected", [
    ("本周，前海人寿深圳幸福之家养老院解除了封闭式管理。", "深圳幸福之家养老院"),
    ("该市第一社会福利院开展全员核酸检测，上海市第一社会福利院发生聚集性疫情。", "上海市第一社会福利院"),
])
def test_home_of_care(text: str, expected: str) -> None:
    assert any(expected in s for s in _surfaces(text))


@pytest.mark.parametrize("text", [
    "上海养老院出现聚集性疫情。",
    "武汉市养老院全部实行封闭管理。",
    "县养老院的老人已接种疫苗。",
    "全市养老院实行封闭管理，民政部门要求各养老院暂停探视。",
    "公办养老院和民办养老院均需落实防控措施。",
])
def test_no_home_of_care(text: str) -> None:
    assert not any(s.endswith(("养老院", "福利院", "敬老院")) for s in _surfaces(text))


@pytest.mark.parametrize("text, expected", [
    # the country begins the foreign body's name inside the words read before its ending
    ("在最先确诊的病例中，有国家流行史英国卫生安全局发表公报称，可能是通过社区传播感染。", "英国卫生安全局"),
    # a mission: the sending country and 驻 before the host country
    ("俄罗斯外交部就此召见美国驻俄罗斯使馆武官。", "美国驻俄罗斯使馆"),
])
def test_country_inside(text: str, expected: str) -> None:
    assert expected in _surfaces(text)


@pytest.mark.parametrize("text, absent", [
    ("这是道德国家委员会的决定。", "德国家委员会"),          # 道德|国家: no 德国 there
    ("双方同意加强中英国际合作委员会的作用。", "英国际合作委员会"),  # 中英|国际
    ("公司旗下完美国际医院开业。", "美国际医院"),            # 完美|国际
    ("资产约占俄罗斯整个银行业资产的三分之一。", "俄罗斯整个银行"),  # a pronoun after the country
    ("该研究由贝斯以色列女执事医疗中心完成。", "以色列女执事医疗中心"),  # a transliterated name holds the country
])
def test_no_country_inside(text: str, absent: str) -> None:
    assert absent not in _surfaces(text)


@pytest.mark.parametrize("text, expected", [
    # one item found (a known name) and the other a firm's short name: both firms
    ("万孚生物、东方生物等公司的抗原检测试剂获批上市。", ["万孚生物", "东方生物"]),
    ("华大基因、润达检测等第三方检测机构承担了大量核酸检测任务。", ["华大基因", "润达检测"]),
])
def test_list_with_one_found_firm(text: str, expected: list[str]) -> None:
    assert _surfaces(text) == expected


@pytest.mark.parametrize("text, absent", [
    ("小区业主、东方生物等公司捐赠了物资。", "小区业主"),  # two ordinary words: people beside the firm
    ("爱心人士、华润万家等机构捐赠了物资。", "爱心人士"),
    ("朝阳区、东方生物等公司参与保供。", "朝阳区"),
])
def test_list_with_one_found_firm_not_people(text: str, absent: str) -> None:
    assert absent not in _surfaces(text)


@pytest.mark.parametrize("text, absent", [
    ("截至5月底，全国10.2万所义务教育学校开展课后服务。", "义务教育学校"),  # a count in 万: no name
    ("北京、天津及可能受影响的省级气象局启动应急响应。", "省级气象局"),       # a level: a kind of body
])
def test_counted_or_levelled_kinds(text: str, absent: str) -> None:
    assert not any(absent in s for s in _surfaces(text))


# Review s14rev1, finding 2: the country inside a name begins a foreign body's name only where the words before it are
# the clause's (a verb, a kind in apposition, more than a firm's short name); a firm's short name before it names the
# firm's subsidiary, read whole (小米|印度公司), and a verb of going or aid makes the country the team's host.
@pytest.mark.parametrize("text, expected", [
    ("小米印度公司被指控违反外汇管理法。", "小米印度公司"),
    ("蔚来德国公司正式成立。", "蔚来德国公司"),
    ("安踏日本公司成立。", "安踏日本公司"),
    ("药明康德美国研究中心关闭。", "药明康德美国研究中心"),
])
def test_country_after_a_firm_is_its_subsidiary(text: str, expected: str) -> None:
    assert _surfaces(text) == [expected]


@pytest.mark.parametrize("text", [
    "国家卫健委派出援助巴基斯坦抗疫医疗专家组。",
    "赴意大利抗疫医疗专家组圆满完成任务。",
    "首批赴俄罗斯医疗专家组出发。",
    "援柬埔寨抗疫医疗专家组返回昆明。",
    "援埃塞俄比亚抗疫医疗专家组组长表示。",
    "支援菲律宾抗疫专家组抵达马尼拉。",
    "援助柬埔寨医疗专家组向当地捐赠物资。",
])
def test_no_team_given_to_its_host_country(text: str) -> None:
    assert not any(s.startswith(("巴基斯坦", "意大利", "俄罗斯", "柬埔寨", "埃塞俄比亚", "菲律宾")) for s in _surfaces(text))


@pytest.mark.parametrize("text, expected", [
    # the clause's words before the country stay out (a verb, a kind in apposition, a long phrase): kept from 1.14
    ("接种美国莫德纳公司疫苗的人群。", "美国莫德纳公司"),
    ("跨国企业法国达能集团宣布。", "法国达能集团"),
    ("受制裁的金融机构俄罗斯联邦储蓄银行表示。", "俄罗斯联邦储蓄银行"),
    ("俄罗斯外交部就此召见美国驻俄罗斯使馆武官。", "美国驻俄罗斯使馆"),
])
def test_country_after_the_clause_still_begins_the_name(text: str, expected: str) -> None:
    assert expected in _surfaces(text)


# Review s14rev1, finding 4: 内 (within) after a body or area is no community's name; a home named from its place on
# is a body of its own, not joined to the firm that runs it.
@pytest.mark.parametrize("text", [
    "医联体内社区卫生服务中心与三甲医院对接。",
    "医共体内社区卫生服务中心统一采购药品。",
])
def test_no_community_clinic_within_a_body(text: str) -> None:
    assert _surfaces(text) == []


def test_home_named_from_its_place_is_not_joined_to_its_firm() -> None:
    # (and its short form defined after it, 深圳幸福之家, is not joined to the firm either)
    text = ("本周，前海人寿深圳幸福之家养老院（以下简称“深圳幸福之家”）解除了封闭式管理。"
            "深圳幸福之家是前海人寿保险股份有限公司（以下简称“前海人寿”）旗下的高端养老机构。")
    surfaces = _surfaces(text)
    assert "深圳幸福之家养老院" in surfaces and surfaces.count("前海人寿") == 2
    assert not any(s.startswith("前海人寿深圳") for s in surfaces)
