"""A listed company glossed by its stock code (organization.stock_code), from real-14's development posts (finance
news). Invented sentences in the style of real news (regression tests, not evidence)."""

import pytest

from imcovid.annotate import annotate


def orgs(text):
    return [(m["surface"], m["rule"]) for m in annotate(text, None) if m["type"] == "ORGANIZATION"]


@pytest.mark.parametrize("text, name", [
    ("骨科手术机器人企业甲乙航（688277.SH）抛出定增计划。甲乙航公告称。", "甲乙航"),
    ("中国甲融(02799.HK)转让股权一事有了最新进展。", "中国甲融"),
    ("截至目前，甲星新材（002372）获5家机构调研。", "甲星新材"),
    ("建材公司甲星新材（002372）新进入视野。", "甲星新材"),
])
def test_a_name_glossed_by_its_stock_code_is_a_firm(text, name):
    assert (name, "organization.stock_code") in orgs(text)


@pytest.mark.parametrize("text", ["公司股票代码为（600519）。", "他的工号（123456）已登记。", "呼和浩特市邮编（010010）。"])
def test_no_firm_without_a_name_before_the_code(text):
    assert not [s for s, rule in orgs(text) if rule == "organization.stock_code"]
