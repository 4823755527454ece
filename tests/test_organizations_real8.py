"""ORGANIZATION rules added from the errors of real-8's development posts and checked across the other development
sets (issue 14): each rule with examples it must find and look-alikes it must leave alone. The sentences are
invented; names and places are not taken from any gold."""

from __future__ import annotations

from datetime import date

import pytest

from imcovid.annotate import annotate
from imcovid.annotate.wordlists import words

PUBLISHED = date(2022, 1, 6)


def orgs(text):
    return [(m["surface"], m["rule"]) for m in annotate(text, PUBLISHED) if m["type"] == "ORGANIZATION"]


@pytest.mark.parametrize("text, expected", [
    # a state firm's branch named by its division and its trade
    ("内蒙古移动与包头市疾控中心合作。", [("内蒙古移动", "organization.branch_of_trade"),
                                     ("包头市疾控中心", "organization.generic_ending")]),
    ("市民可到山东福彩各网点兑奖。", [("山东福彩", "organization.branch_of_trade")]),
    ("湖北邮政开通绿色通道。", [("湖北邮政", "organization.branch_of_trade")]),
    # the trade without a division before it names no branch
    ("他每周都买体彩，也用移动支付。", []),
])
def test_branch_of_trade(text, expected):
    assert orgs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a body cited with 据 … 消息/通报 that begins with a division, whatever its ending
    ("据呼和浩特公交运营消息，部分线路将调整。", [("呼和浩特公交运营", "organization.cited_body")]),
    # a date between the body and the cue
    ("据吉林省卫健委12日通报，新增病例3例。", [("吉林省卫健委", "organization.generic_ending")]),
    # the place alone speaks for its government: a place, no body
    ("据包头市通报，该市新增病例。", []),
    # a topic, not who reports
    ("据包头市最新疫情防控通报，全市停课。", []),
    # a person cited, no division at the start
    ("据王华通报，病例曾到超市。", []),
    # a body's site: the body is found inside it, the site is not added
    ("据包头市卫健委网站消息，新增病例。", [("包头市卫健委", "organization.generic_ending")]),
])
def test_cited_body(text, expected):
    assert orgs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the one disease control centre of the story, named by its function at a clause start or after 根据
    ("全市封控期间，疾控中心再次提醒市民。", [("疾控中心", "organization.bare_body")]),
    ("根据疾控中心的数据，病例下降。", [("疾控中心", "organization.bare_body")]),
    # an item of a list of kinds, or a kind after a determiner, is no body
    ("医院、疾控中心等单位参与。", []),
    ("当地疾控中心主任表示。", []),
    ("各级疾控中心要加强监测。", []),
])
def test_bare_body(text, expected):
    assert orgs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a task force's second name in brackets is part of the name read leftwards
    ("威海市委统筹疫情防控和经济运行工作领导小组（指挥部）办公室发布通告。",
     [("威海市委统筹疫情防控和经济运行工作领导小组（指挥部）办公室", "organization.generic_ending")]),
    # the 的 of the disease's early name inside a task force's name
    ("包头市新型冠状病毒感染的肺炎疫情防控工作指挥部发布通告。",
     [("包头市新型冠状病毒感染的肺炎疫情防控工作指挥部", "organization.generic_ending")]),
    # bodies whose generic word was missing from the endings
    ("自治区政协召开会议，市委党校组织学习。", [("自治区政协", "organization.generic_ending"),
                                           ("市委党校", "organization.generic_ending")]),
    ("呼和浩特客运段在列车上备齐物资。", [("呼和浩特客运段", "organization.generic_ending")]),
    # a bare ending names no body
    ("中队和党校都停课了。", []),
])
def test_new_endings_and_boundaries(text, expected):
    assert orgs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a department named by its function right after its body is part of the longest name
    ("北京协和医院急诊医学部门负责人表示。", [("北京协和医院急诊医学部门", "organization.sub_unit")]),
    # kinds of department after a body are not units of it
    ("市卫健委等部门联合检查。", [("市卫健委", "organization.generic_ending")]),
    ("市卫健委相关部门负责人表示。", [("市卫健委", "organization.generic_ending")]),
])
def test_department_as_unit(text, expected):
    assert orgs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a newspaper named by its title in 《》
    ("英国《卫报》报道称，美国《华盛顿邮报》也有报道。", [("卫报", "organization.titled_paper"),
                                                  ("华盛顿邮报", "organization.titled_paper")]),
    # a kind of document ending in 报 is no outlet
    ("《特区公报》刊登了批示，《疫情简报》第5期。", []),
])
def test_titled_paper(text, expected):
    assert orgs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a verb right before 中心 makes the body's own noun (协调中心), it opens no clause there
    ("澳门新冠病毒感染应变协调中心宣布入境新规。", [("澳门新冠病毒感染应变协调中心", "organization.generic_ending")]),
    # a clause-opening verb before a bare generic ending still cuts it: no body
    ("国务院派出工作组指导。", [("国务院", "organization.standing_name")]),
])
def test_verb_compound_before_centre(text, expected):
    assert orgs(text) == expected


def test_new_lists_are_read():
    assert "电信" in words("organization_branch_trades") and "疾控中心" in words("organization_bare_bodies")
