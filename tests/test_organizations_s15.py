"""ORGANIZATION rules of issue 14's fifteenth session (rules 1.15), table-driven, on made-up sentences in the style of
COVID-19 reports (the classes: a place's party committee and government written together without a separator, each a
body of its own; a day word between a cited body and 通报/消息, which is the report's day and no part of the name)."""

from __future__ import annotations

from datetime import date

import pytest

from imcovid.annotate import annotate
from imcovid.annotate.organizations import ANNOTATOR


def _orgs(text: str) -> list[tuple[str, str]]:
    return [(m["surface"], m["rule"]) for m in annotate(text, date(2022, 3, 21)) if m["type"] == "ORGANIZATION"]


def _surfaces(text: str) -> list[str]:
    return [surface for surface, _ in _orgs(text)]


def test_the_rules_are_version_1_15():
    version = ANNOTATOR.split(":")[0].split("/")[1]
    assert tuple(int(p) for p in version.split(".")) >= (1, 15)


@pytest.mark.parametrize("text, expected", [
    # the pair after the place's name: the committee keeps the place, the government is named by its level
    ("疫情发生后，满洲里市委市政府高度重视，第一时间启动应急响应。", ["满洲里市委", "市政府"]),
    ("梁园区委区政府高度重视，已做出安排部署。", ["梁园区委", "区政府"]),
    ("额济纳旗委旗政府迅速召开疫情防控工作会议。", ["额济纳旗委", "旗政府"]),
    ("二连浩特市委市政府要求全市上下严格落实防控措施。", ["二连浩特市委", "市政府"]),
    ("事故发生后，湖北省委省政府迅速组织开展救援。", ["湖北省委", "省政府"]),
    ("岳阳县委县人民政府立即部署排查工作。", ["岳阳县委", "县人民政府"]),
    # joint issuers written together, the second named from its own place on
    ("中共满洲里市委满洲里市人民政府印发《关于做好疫情防控工作的通知》。", ["中共满洲里市委", "满洲里市人民政府"]),
    ("中共呼和浩特市委办公厅呼和浩特市人民政府办公厅印发实施方案。",
     ["中共呼和浩特市委办公厅", "呼和浩特市人民政府办公厅"]),
])
def test_party_committee_and_government_written_together(text: str, expected: list[str]) -> None:
    assert _surfaces(text) == expected


@pytest.mark.parametrize("text, expected", [
    # kept as before: the pair alone, the pair with a separator, the two full names
    ("省委省政府高度重视疫情防控工作。", ["省委", "省政府"]),
    ("包头市委、市政府主要负责同志赶赴现场。", ["包头市委", "市政府"]),
    ("中共满洲里市委、满洲里市人民政府发布致全市人民的一封信。", ["中共满洲里市委", "满洲里市人民政府"]),
    # only a government is split off: the committee before another body of the place is not cut there
    ("呼和浩特市委宣传部发布消息。", ["呼和浩特市委宣传部"]),
    ("包头市人民政府新闻办公室召开新闻发布会。", ["包头市人民政府新闻办公室"]),
    ("区政府副区长介绍了全区核酸检测情况。", ["区政府"]),
    ("内蒙古自治区人民政府办公厅发布通知。", ["内蒙古自治区人民政府办公厅"]),
    ("呼和浩特市人民政府办公厅印发通知。", ["呼和浩特市人民政府办公厅"]),
])
def test_bodies_beside_the_pair_unchanged(text: str, expected: list[str]) -> None:
    assert _surfaces(text) == expected


@pytest.mark.parametrize("text", [
    "市政府常务会议研究部署疫情防控工作。",
    "该市政务服务中心暂停线下办理业务。",
    "城市政府应当承担保供稳价的主体责任。",
])
def test_no_pair_where_no_committee(text: str) -> None:
    # (no 委 before the government: nothing is cut, and no committee is made up)
    assert not any(surface.endswith("委") for surface in _surfaces(text))


@pytest.mark.parametrize("text, expected", [
    ("据广州市卫健委今日通报，5月30日广州市新增境内确诊病例4例。", ["广州市卫健委"]),
    ("据大连市卫健委昨日消息，庄河市新增本土确诊病例。", ["大连市卫健委"]),
    ("据辽宁省卫健委14日通报，大连市新增本土确诊病例。", ["辽宁省卫健委"]),
    # the body cited with 据 and no ending of its own keeps its rule and its span
    ("据天津地铁运营消息，部分站点临时封闭。", ["天津地铁运营"]),
])
def test_a_day_word_before_the_cue_is_no_part_of_the_name(text: str, expected: list[str]) -> None:
    assert _surfaces(text) == expected


@pytest.mark.parametrize("text, expected", [
    # charities and the federation of industry and commerce, named by their place or level as donors' recipients
    ("企业发布公告称，决定向河南省慈善总会捐赠3000万元。", ["河南省慈善总会"]),
    ("呼和浩特市慈善总会发起抗疫募捐。", ["呼和浩特市慈善总会"]),
    ("市慈善会接收社会各界捐款。", ["市慈善会"]),
    ("鄂尔多斯市工商联号召民营企业捐款捐物。", ["鄂尔多斯市工商联"]),
    ("呼和浩特市工商联向抗疫一线捐赠防护物资。", ["呼和浩特市工商联"]),
    # (read before the ending too, by 全国 alone: kept)
    ("全国工商联发布民营企业抗疫倡议书。", ["全国工商联"]),
])
def test_charities_and_federations_end_a_name(text: str, expected: list[str]) -> None:
    assert _surfaces(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the short form 工商联 is no ending where 合会 follows: the longer ending 联合会 reads the whole name
    ("鄂尔多斯市工商联合会向抗疫一线捐赠物资。", ["鄂尔多斯市工商联合会"]),
    ("工商联合会会员企业纷纷捐款。", ["工商联合会"]),
    ("市工商联合会发出倡议，号召会员企业捐款。", ["市工商联合会"]),
    # kept: the full name, and a short form in 联 before 联合 (the verb) or 合作
    ("包头市工商业联合会发出倡议。", ["包头市工商业联合会"]),
    ("市妇联联合市卫健委开展义诊活动。", ["市妇联", "市卫健委"]),
    ("市妇联合作开展心理疏导。", ["市妇联"]),
])
def test_a_short_form_in_lian_does_not_cut_a_longer_name(text: str, expected: list[str]) -> None:
    assert _surfaces(text) == expected


@pytest.mark.parametrize("text", [
    "公安、工商联合执法检查农贸市场。",  # (工商|联合执法: two bodies acting together, not a federation)
    "出席慈善会议的嘉宾表示。",
    "该市举办慈善会演筹集善款。",
    "慈善总会将善款全部用于抗疫。",  # (bare: the kind alone, no name)
    "各级慈善会要做好款物接收。",
    "两国举行经贸协商会，招商会同期举办。",  # (no 商会 ending: 协商会, 招商会 are meetings)
])
def test_no_charity_or_federation(text: str) -> None:
    assert _surfaces(text) == []


def _typed(text: str) -> list[tuple[str, str]]:
    return [(m["type"], m["surface"]) for m in annotate(text, date(2022, 3, 21)) if m["type"] in ("ORGANIZATION", "PERSON")]


@pytest.mark.parametrize("text, expected", [
    # a head's -ko name after the title ends in 科, as a department does: the title begins no unit of the ministry
    ("俄罗斯卫生部部长穆拉什科表示，疫苗接种率仍然偏低。",
     [("ORGANIZATION", "俄罗斯卫生部"), ("PERSON", "穆拉什科")]),
    ("乌克兰卫生部部长利亚什科表示，将延长隔离措施。",
     [("ORGANIZATION", "乌克兰卫生部"), ("PERSON", "利亚什科")]),
    # kept: a hospital's department and a central body's unit after the body
    ("北京大学第一医院感染科主任王贵强表示。",
     [("ORGANIZATION", "北京大学第一医院感染科"), ("PERSON", "王贵强")]),
    ("中共中央书记处书记表示。", [("ORGANIZATION", "中共中央书记处")]),
])
def test_a_title_begins_no_unit(text: str, expected: list[tuple[str, str]]) -> None:
    assert _typed(text) == expected
