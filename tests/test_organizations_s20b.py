"""ORGANIZATION rules of session 20 (helper org2, learnt on the development parts of real … real-8), table-driven, on
made-up sentences: a name introduced in quotes in apposition with a kind of body (``_called_bodies``: 一家名为“Main
Street Travel”的旅行社, 金融服务公司“Ally Invest”), with negative examples (a kind of place, event or product after the
quoted name, a nickname given by others, a kind that points back or ends a name found already, a Han name after a
kind of firm)."""

from __future__ import annotations

from datetime import date

import pytest

from imcovid.annotate import annotate
from imcovid.annotate.organizations import _quoted_body_name


def _orgs(text: str) -> list[tuple[str, str]]:
    return [(m["surface"], m["rule"]) for m in annotate(text, date(2022, 4, 1)) if m["type"] == "ORGANIZATION"]


def _surfaces(text: str) -> list[str]:
    return [surface for surface, _ in _orgs(text)]


# --- a verb of naming, a quoted name, 的 and a kind of body ---------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("纽约一家名为“Main Street Travel”的旅行社的负责人表示，订单大幅减少。", "Main Street Travel"),
    ("他是一支叫“心灵港湾”的青年志愿服务队的队长。", "心灵港湾"),
    ("当地一家名叫“安心守护”的公益组织送来了物资。", "安心守护"),
    ("一家叫做“Green Path”的公司承接了转运工作。", "Green Path"),
    ("社区成立了一支名为“红马甲”的志愿队。", "红马甲"),
])
def test_called_body(text, name):
    assert (name, "organization.called_body") in _orgs(text)


def test_called_body_recurs():
    text = "他是一支叫“心灵港湾”的青年志愿服务队的队长。心灵港湾成立于2020年。"
    assert _surfaces(text).count("心灵港湾") == 2


@pytest.mark.parametrize("text, name", [
    ("一夜之间，一个叫“莱西”的山东小城引发关注。", "莱西"),            # a kind of place
    ("当地开展了一次名为“清零行动”的活动。", "清零行动"),              # an event
    ("他下载了一款名为“HealthHub”的App。", "HealthHub"),              # a product
    ("被称为“抗疫先锋”的团队来到社区。", "抗疫先锋"),                  # a nickname others give
    ("孩子们大声尖叫“快来看”的样子很可爱。", "快来看"),                # 叫 inside 尖叫
    ("一个名为“幸福里”的小区出现病例。", "幸福里"),                    # a compound, a place
])
def test_called_name_of_no_body(text, name):
    assert name not in _surfaces(text)


# --- a kind of firm before a quoted Latin name ----------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("金融服务公司“Ally Invest”的首席策略师表示，市场感到紧张。", "Ally Invest"),
    ("调查机构“Morning Consult”的数据显示，支持率下降。", "Morning Consult"),
])
def test_quoted_latin_after_kind(text, name):
    assert (name, "organization.called_body") in _orgs(text)


@pytest.mark.parametrize("text, name", [
    ("该公司“Omicron”相关产品已下架。", "Omicron"),            # the kind points back: the firm's product
    ("，公司“Model Y”车型交付量上升。", "Model Y"),             # a bare kind at a clause's start
    ("金融服务公司“CEO”一职空缺。", "CEO"),                     # a title, not a body
    ("外资机构“组团”看好下半年中国市场。", "组团"),             # a Han word after a kind: not read
    ("其中一批公司“长跑”能力突出。", "长跑"),
])
def test_quoted_after_kind_no_body(text, name):
    assert name not in _surfaces(text)


@pytest.mark.parametrize("name, places, expected", [
    ("Ally Invest", set(), True),
    ("CEO", set(), False),
    ("心灵港湾", set(), True),
    ("莱西", {"莱西"}, False),
])
def test_quoted_body_name(name, places, expected):
    assert _quoted_body_name(name, places) is expected
