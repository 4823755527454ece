"""ORGANIZATION rules of issue 14's ninth session, second round (rules 1.9), table-driven, on made-up sentences in the
style of the financial news (the classes were read from unseen archive posts in no gold set; every firm's name here is
invented, and none is in a word list)."""

from __future__ import annotations

from datetime import date

import pytest

from imcovid.annotate import annotate


def _orgs(text: str) -> list[tuple[str, str]]:
    return [(m["surface"], m["rule"]) for m in annotate(text, date(2022, 5, 1)) if m["type"] == "ORGANIZATION"]


@pytest.mark.parametrize("text, expected", [
    # shares counted in 股 after a verb of holding name a listed firm, and its name recurs as the firm
    ("股东已累计减持所持甲乙高新股份809万股。甲乙高新一直备受基金青睐。",
     [("甲乙高新", "organization.share_cue"), ("甲乙高新", "organization.recurrence")]),
    # a share price where a clause begins, with or without 的
    ("受此影响，丙丁科技股价大跌。", [("丙丁科技", "organization.share_cue")]),
    ("作为板块最火的个股之一，戊己电源的股价涨幅惊人。", [("戊己电源", "organization.share_cue")]),
    # an exchange filing
    ("昨日，庚辛水泥晚间公告称，公司将回购股份。", [("庚辛水泥", "organization.share_cue")]),
    # no firm named: a pronoun, an ordinary word, a count, a place or a list of prices before the cue
    ("公司股价下跌。", []),
    ("该股股价大涨。", []),
    ("其中，个股公告显示，业绩向好。", []),
    ("次日，两家公司股价回落。", []),
    ("近期，多家券商公告显示，业绩向好。", []),
    ("今年以来，全市的股价普遍下跌。", []),
    ("北京，房价与股价齐跌。", []),
    ("在此背景下，龙头的股价回落。", []),
    # shares of a firm that is only a word are no name (持有|公司股份)
    ("公司持有长江存储股份。", []),
])
def test_share_cue(text: str, expected: list[tuple[str, str]]) -> None:
    assert _orgs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a list counted in 家 before any trade and 企业/公司 names firms (等5家航运企业)
    ("同时，甲乙海运、丙丁罗特等5家航运企业，集体宣布冻结运价。",
     [("甲乙海运", "organization.listed_before_kind"), ("丙丁罗特", "organization.listed_before_kind")]),
    # … but not without the count in 家 (等航运企业 may be a kind of the items)
    ("同时，甲乙海运、丙丁罗特等航运企业宣布冻结运价。", []),
])
def test_counted_trade_after_list(text: str, expected: list[tuple[str, str]]) -> None:
    assert _orgs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 理事会 ends a body's name like 委员会 (a fund's or a society's governing body)
    ("今日，全国社会保障基金理事会披露年度报告。", [("全国社会保障基金理事会", "organization.generic_ending")]),
    # … but a council with no name before it is none
    ("会议选举产生了新一届理事会。", []),
])
def test_council_ending(text: str, expected: list[tuple[str, str]]) -> None:
    assert _orgs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a centre written before 项目 names a building project, also where the name recurs (…中心主会场)
    ("当天，甲乙金融中心项目开工，甲乙金融中心主会场设在新区。", []),
    # … but a centre's project team, its engineer or the centre alone is the body
    ("市疾控中心项目组专家介绍。", [("市疾控中心", "organization.generic_ending")]),
    ("市疾病预防控制中心工程师表示。", [("市疾病预防控制中心", "organization.generic_ending")]),
])
def test_project_not_a_body(text: str, expected: list[tuple[str, str]]) -> None:
    assert _orgs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # two or more list items glossed by a Latin name are firms (the glosses too, as acronyms), and recur
    ("其中，甲乙电（TSMC）、丙丁科（MediaTek）及戊己（Qualcomm）订单增加，甲乙电营收增长。",
     [("甲乙电", "organization.glossed_list"), ("TSMC", "organization.acronym_gloss"),
      ("丙丁科", "organization.glossed_list"), ("MediaTek", "organization.acronym_gloss"),
      ("戊己", "organization.glossed_list"), ("Qualcomm", "organization.known_name"),
      ("甲乙电", "organization.recurrence")]),
    # the name begins after the last stop character (中国台湾的|甲乙电)
    ("其余厂商中，中国台湾的甲乙电（TSMC）、丙丁电（UMC）共计占据65%的份额。",
     [("甲乙电", "organization.glossed_list"), ("TSMC", "organization.acronym_gloss"),
      ("丙丁电", "organization.glossed_list"), ("UMC", "organization.acronym_gloss")]),
    # not strains of the virus, places, persons (mostly transliterated names) or a lone glossed name
    ("这些变异株包括德尔塔（Delta）、奥密克戎（Omicron）等变异株。", []),
    ("在北京（Beijing）、上海（Shanghai）设厂。", []),
    ("随着拜登（Biden）、约翰逊（Johnson）会面。", []),
    ("韩国甲乙电子（Samsung）占据17%的份额。", []),
])
def test_glossed_list(text: str, expected: list[tuple[str, str]]) -> None:
    assert _orgs(text) == expected
