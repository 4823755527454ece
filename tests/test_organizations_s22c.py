"""ORGANIZATION rules of session 22 (helper org3, learnt on local COVID-19 notices and news of Inner Mongolia read
first-hand from the search tool's web pages), table-driven, on made-up sentences, with negative examples:

- a body named by the town's or village's level word alone before its function (镇党委, 镇卫生院, 乡政府, 村委:
  ``organization.level_body``), where the story is about one town or village; not a kind of town (乡镇, 城镇, 小镇,
  乡村, 农村), not every town (各镇, 全镇, 该镇, 我镇), not an alternative in brackets (社区（村委）), and not a town's
  own name cut (云山镇党委 stays whole);
- 团委 and 红会 (the Red Cross's short form) as endings of a body named by its place or level, like 妇联 (自治区团委,
  自治区红会, 市红会), not bare (团委书记讲话), not every one (各级团委, 各地红会), not inside a word (网红会客厅).
"""

from __future__ import annotations

from datetime import date

import pytest

from imcovid.annotate import annotate


def _orgs(text: str) -> list[tuple[str, str]]:
    return [(m["surface"], m["rule"]) for m in annotate(text, date(2022, 4, 1)) if m["type"] == "ORGANIZATION"]


def _surfaces(text: str) -> list[str]:
    return [surface for surface, _ in _orgs(text)]


# --- the town's or village's body named by its level word ------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("镇党委书记提出建立疫情防控风险档案。", "镇党委"),
    ("抽调人员与镇卫生院配合，开展核酸检测。", "镇卫生院"),
    ("据镇卫生院介绍，采样工作已经完成。", "镇卫生院"),
    ("确保村委对常住户信息底数清。", "村委"),
    ("乡政府工作人员连夜到场。", "乡政府"),
    ("镇政府组织人员入户排查。", "镇政府"),
])
def test_town_level_body(text, name):
    assert (name, "organization.level_body") in _orgs(text)


@pytest.mark.parametrize("text, name", [
    ("前述的录音，是涉事镇党委主要负责人所说。", "涉事镇党委"),  # (read as before; the gold counts 镇党委 inside it)
    ("山东省平度市云山镇党委表示，将严肃处理。", "山东省平度市云山镇党委"),  # a town's own name is not cut
])
def test_town_named_before_level_stays_whole(text, name):
    assert name in _surfaces(text)


@pytest.mark.parametrize("text", [
    "全旗304个医疗机构、乡村卫生院开展自查。",  # 乡村: a kind
    "乡镇卫生院和村卫生室要落实预检分诊。",  # 乡镇: a kind
    "农村卫生院人手不足。",
    "小镇医院人满为患。",  # 小镇: a word, not the level
    "他在城镇政府任职多年。",
    "各镇党委要压实责任。",  # every town
    "全镇卫生院暂停门诊。",
    "该镇政府回应称正在核实。",
    "我镇党委高度重视。",
    "请主动向所在社区（村委）和单位报告。",  # an alternative to a kind of place
    "下乡医疗队抵达。",
    "全旗各苏木镇卫生院开展自查。",  # every sumu and town
    "贫困村党支部要发挥作用。",  # a kind of village
])
def test_town_level_body_negative(text):
    assert not any(s[:1] in "镇乡村" or s.startswith(("小镇", "城镇", "乡村", "农村", "乡镇")) for s in _surfaces(text)), _orgs(text)


# --- 团委 and 红会 as endings ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("自治区团委发出倡议，号召团员青年参与防控。", "自治区团委"),
    ("自治区红会紧急拨付物资支援一线。", "自治区红会"),
    ("市红会接收社会捐款。", "市红会"),
])
def test_mass_body_endings(text, name):
    assert (name, "organization.generic_ending") in _orgs(text)


@pytest.mark.parametrize("text", [
    "团委书记在会上讲话。",
    "各级团委要动员青年。",
    "各地红会积极行动。",
    "网红会客厅开业。",
    "这场红会很热闹。",
])
def test_mass_body_endings_negative(text):
    assert not any(s.endswith(("团委", "红会")) for s in _surfaces(text)), _orgs(text)
