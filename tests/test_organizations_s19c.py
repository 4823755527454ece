"""ORGANIZATION fixes of session 19 after the review rev1 (its ORGANIZATION items 1, 4-12), table-driven, on made-up
sentences; each table holds the case the fix is for and the negatives the rule must still hold: X控股的 is a firm's
possessive unless a held firm, a body, a person or an ordinary noun makes 控股 the verb; a verb in a firm's name is no
clause (华泰联合证券公司); a trade's market or products after a firm's own name stay the firm's (东方航空市场份额); a
body that opens a document's title is a mention; 和 in 和平安… between two firms joins them; 全州县 is a county; the
police of a place not a country are not labelled foreign, and a continent's are none; 省台 and 市台 alone are no
outlets; a held firm ends before its clause's adverb or act; a bare 立法会 is a body only in a text naming Hong Kong or
Macao."""

from __future__ import annotations

from datetime import date

import pytest

from imcovid.annotate import annotate


def _orgs(text: str) -> list[tuple[str, str]]:
    return [(m["surface"], m["rule"]) for m in annotate(text, date(2022, 1, 27)) if m["type"] == "ORGANIZATION"]


def _surfaces(text: str) -> list[str]:
    return [surface for surface, _ in _orgs(text)]


# 1. X控股的
@pytest.mark.parametrize("text, name", [
    ("海航控股的股价今天上涨了5%。", "海航控股"),
    ("，腾讯控股的股价上涨。", "腾讯控股"),
    ("泛海控股公告称，泛海控股的债务问题持续发酵。", "泛海控股"),
    ("泛海控股的实际控制人发生变更。", "泛海控股"),
    ("其中，甲乙控股的上市公司均在列。", "甲乙控股"),  # (a kind of firm after it: no second firm)
])
def test_a_firm_named_x_kong_gu_before_de_keeps_its_name(text, name):
    assert name in _surfaces(text)


@pytest.mark.parametrize("text, not_a_name", [
    ("公司实际控制人郭家学控股的公司已完成注册。", "郭家学控股"),  # (a person holds it)
    ("目前，大股东控股的公司有三家。", "大股东控股"),  # (an ordinary noun holds it)
    ("该公司控股的子公司已完成注册。", "该公司控股"),
    ("由国资委控股的企业，", "国资委控股"),  # (a body already read)
    ("甲乙集团控股的子公司已完成注册。", "甲乙集团控股"),
    ("其中，甲乙控股的丙丁银行去年净利润增长两成。", "甲乙控股"),  # (a second firm follows)
    ("比如中粮控股的中粮期货、江铜控股的金瑞期货等。", "中粮控股"),
])
def test_kong_gu_de_is_the_verb_before_a_held_firm_or_after_a_holder(text, not_a_name):
    assert not_a_name not in _surfaces(text)


# 4. _kind_of_firm_only
@pytest.mark.parametrize("text, name", [
    ("华泰联合证券公司担任本次发行的保荐机构。", "华泰联合证券公司"),  # (联合 is the firm's word, after a name)
    ("中国对外经济贸易信托公司发布公告。", "中国对外经济贸易信托公司"),
    ("中粮期货公司表示，将加大服务力度。", "中粮期货公司"),
])
def test_a_verb_inside_a_firms_name_is_no_clause(text, name):
    assert name in _surfaces(text)


@pytest.mark.parametrize("text, not_a_name", [
    ("11月再有银行进入信托公司视野。", "再有银行进入信托公司"),  # (an ordinary noun and its verb: a clause)
    ("伟星新材则成为最受信托公司青睐的调研标的。", "最受信托公司"),
    ("这家企业更受信托公司关注。", "更受信托公司"),  # (any degree adverb and 受, not only 最)
    ("近年来，券商系期货公司发展势头迅猛。", "券商系期货公司"),
])
def test_a_clause_or_sort_before_a_kind_names_no_firm(text, not_a_name):
    assert not_a_name not in _surfaces(text)


# 5. a trade's market, products, firms
@pytest.mark.parametrize("text, name", [
    ("东方航空市场份额持续提升。", "东方航空"),
    ("恒瑞医药产品获批上市。", "恒瑞医药"),
])
def test_a_firms_market_or_products_keep_the_firm(text, name):
    assert name in _surfaces(text)


@pytest.mark.parametrize("text", [
    "传统医药市场需求旺盛。",
    "民用航空市场逐步恢复。",
    "中医药产品纷纷上市。",
    "全省医药企业有序复工。",
    "传统医药产业蓬勃发展。",  # (产业, 领域 … end the firm after any head)
])
def test_a_trades_market_or_products_name_no_firm(text):
    assert _surfaces(text) == []


# 6. a body that opens a document's title
@pytest.mark.parametrize("text, name", [
    ("《世界卫生组织新冠疫苗接种指南》指出，", "世界卫生组织"),
    ("依据《中国共产党纪律处分条例》等有关规定，", "中国共产党"),
    ("印发《国务院办公厅关于加强疫情防控的通知》。", "国务院办公厅"),
])
def test_a_body_opening_a_document_title_is_a_mention(text, name):
    assert name in _surfaces(text)


@pytest.mark.parametrize("text, not_a_name", [
    ("《2020年度中国医院综合排行榜》发布。", "中国医院"),  # (a body's words inside a title, not opening it)
])
def test_words_inside_a_title_are_no_body(text, not_a_name):
    assert not_a_name not in _surfaces(text)


# 7. 和 between two firms
@pytest.mark.parametrize("text, names", [
    ("中国人寿和平安人寿均表示，", ["中国人寿", "平安人寿"]),
    ("中国平安和平安银行均发布公告。", ["中国平安", "平安银行"]),
])
def test_he_between_two_firms_joins_them(text, names):
    found = _surfaces(text)
    assert all(name in found for name in names)
    assert "".join(names[:1]) + "和" + names[1] not in found


def test_he_before_ping_an_joins_no_span():
    assert "中国太保和平安人寿" not in _surfaces("中国太保和平安人寿先后发布公告。")


@pytest.mark.parametrize("text, name", [
    ("中国人民保卫世界和平委员会表示，", "中国人民保卫世界和平委员会"),  # (和平 inside a name)
    ("国家卫生和计划生育委员会发布通知。", "国家卫生和计划生育委员会"),
    ("住房和城乡建设部表示，", "住房和城乡建设部"),
])
def test_he_inside_a_name_stays(text, name):
    assert name in _surfaces(text)


# 8. 全州县
def test_a_county_named_quanzhou_is_no_whole_division():
    assert "全州县天湖医药有限公司" in _surfaces("全州县天湖医药有限公司被查处。")


@pytest.mark.parametrize("text", ["全省医药企业有序复工。", "先后召开全省中医药振兴大会和科技大会。"])
def test_a_whole_division_still_names_no_firm(text):
    assert _surfaces(text) == []


# 9. police of places
@pytest.mark.parametrize("text, name, rule", [
    ("据德国警方通报，一名男子被捕。", "德国警方", "organization.foreign_police"),
    ("对此，纽约警方表示，事件仍在调查中。", "纽约警方", "organization.police_of_named_place"),
    ("横店警方通报称，", "横店警方", "organization.police_of_named_place"),  # (a Chinese town: not foreign)
])
def test_police_of_a_place_and_its_label(text, name, rule):
    assert (name, rule) in _orgs(text)


@pytest.mark.parametrize("text", ["欧洲警方逮捕了一名嫌疑人。", "东南亚警方联合行动。", "当地警方已介入调查。"])
def test_no_police_body_of_a_continent_or_no_place(text):
    assert not any(surface.endswith("警方") for surface in _surfaces(text))


def test_a_chinese_place_is_never_labelled_foreign():
    assert not any(rule == "organization.foreign_police" for _, rule in _orgs("横店警方通报称，"))


# 10. 省台, 市台
@pytest.mark.parametrize("text", ["省台记者从现场获悉，", "市台记者在现场看到，", "县台记者从现场获悉，"])
def test_a_station_named_by_its_level_alone_is_no_outlet(text):
    assert _surfaces(text) == []


@pytest.mark.parametrize("text, name", [("南都记者从现场获悉，", "南都"), ("总台记者从现场获悉，", "总台")])
def test_an_outlet_before_its_reporter_stays(text, name):
    assert name in _surfaces(text)


# 11. a held firm in running text
@pytest.mark.parametrize("text, names", [
    ("中粮控股的中粮期货、江铜控股的金瑞期货均在列。", ["中粮", "中粮期货", "江铜", "金瑞期货"]),
    ("其中，甲乙控股的丙丁银行也发布公告称，", ["甲乙", "丙丁银行"]),
    ("比如中粮控股的中粮期货公告称，", ["中粮", "中粮期货"]),
])
def test_a_held_firm_ends_before_its_clauses_adverb_or_act(text, names):
    found = _orgs(text)
    assert all((name, "organization.controlled_firm") in found for name in names)


@pytest.mark.parametrize("text", ["其中，甲乙控股的上市公司均在列。", "其控股的上市公司也发布公告。"])
def test_a_kind_of_firm_held_is_no_controlled_firm(text):
    assert not any(rule == "organization.controlled_firm" for _, rule in _orgs(text))


# 12. 立法会
@pytest.mark.parametrize("text, name", [
    ("香港特区政府表示，经过点票，立法会90个议席全部顺利产生。", "立法会"),
    ("澳门特区立法会表示，将尽快审议法案。", "澳门特区立法会"),
    ("香港特别行政区第七届立法会选举于19日8时30分开始。", "香港特别行政区第七届立法会"),
])
def test_a_legislative_council_in_a_text_naming_its_region(text, name):
    assert name in _surfaces(text)


@pytest.mark.parametrize("text", ["立法会选举将于下月举行。", "经过点票，立法会90个议席全部顺利产生。"])
def test_a_bare_legislative_council_elsewhere_is_no_body(text):
    assert "立法会" not in _surfaces(text)
