"""ORGANIZATION rules of issue 14's eleventh session (rules 1.11), table-driven, on made-up sentences in the style of the
news (the classes were read from unseen archive posts in no gold set; the firms' names of the count rule are invented
and are in no word list)."""

from __future__ import annotations

from datetime import date

import pytest

from imcovid.annotate import annotate


def _orgs(text: str) -> list[tuple[str, str]]:
    return [(m["surface"], m["rule"]) for m in annotate(text, date(2022, 5, 1)) if m["type"] == "ORGANIZATION"]


def _surfaces(text: str) -> list[str]:
    return [surface for surface, _ in _orgs(text)]


# (organization.counted_exactly, a list closed by a count of exactly its items, was withdrawn before release: an
# independent review showed it reading people as firms, 张伟和王芳两家公司参与竞标.)


def test_a_count_is_no_unit_of_the_name_before_it():
    # (华为和中兴|两家公司: the count's 公司 is no unit of 中兴; on 1.10 the name ran on as 中兴两家公司)
    assert "中兴两家公司" not in _surfaces("华为和中兴两家公司签署协议。")


@pytest.mark.parametrize("text, expected", [
    # the head's title X长 of a two-character unit (支队, 大队, 总队, 中队) ends the unit's name before it
    ("发布会上，河北省公安厅食药环侦总队总队长张强表示，全省严打环境犯罪。", ["河北省公安厅食药环侦总队"]),
    ("鄂尔多斯市消防救援支队支队长赵亮介绍了救援情况。", ["鄂尔多斯市消防救援支队"]),
    ("满洲里市公安局交警大队副大队长李军说。", ["满洲里市公安局交警大队"]),
    ("乌海市海勃湾区消防中队中队长李军说。", ["乌海市海勃湾区消防中队"]),
    # 长 beginning a place is no title: the unit's name runs on (交警支队|长江路大队)
    ("包头市公安局交警支队长江路大队发布通告。", ["包头市公安局交警支队长江路大队"]),
    # a unit under the unit is still joined (一大队)
    ("赤峰市公安局交管支队一大队民警说。", ["赤峰市公安局交管支队一大队"]),
])
def test_unit_head_title(text, expected):
    assert [s for s in _surfaces(text) ] == expected


@pytest.mark.parametrize("text, expected", [
    # the US FDA's Chinese names: 和/与 inside them used to cut the name down to its ending
    ("美国食品和药物管理局（FDA）当日批准了该疫苗。", ["美国食品和药物管理局", "FDA"]),
    ("该药品获得美国食品与药品监督管理局批准上市。", ["美国食品与药品监督管理局"]),
])
def test_foreign_health_bodies(text, expected):
    assert _surfaces(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 娇|滴滴的: after a status word's first character (娇滴, jieba's z) the pair ends an ABB adjective
    ("娇滴滴的老公叫着，每天嘘寒问暖。", []),
    # the company itself stays, before a verb, a kind or at a clause's end
    ("他用滴滴打车回家。", ["滴滴"]),
    ("乘客通过滴滴平台叫车。", ["滴滴"]),
    ("她打了一辆滴滴。", ["滴滴"]),
])
def test_reduplicated_name_in_an_abb_adjective(text, expected):
    assert _surfaces(text) == expected
