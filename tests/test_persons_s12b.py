"""PERSON rules of the twelfth session's second round, each on its own examples (table-driven). The examples are made
up in the style of company and technology news (invented people, firms and products), not taken from any gold set nor
from the unannotated posts the error classes were read from: a one-character adverb (曾, 已) after a name of two
characters is no third given character (刘斌|曾公开表示); a reduplicated form the text writes before a position and a
name, or before a brand's word, is a firm or a product (途途|总裁李强), not a child's familiar name; LAC's surname and
one given character one character before a list's 、 (…|用、); the other name a bracket gives after a found name
(张强（花名：行癫）); 信中 (in the letter) is no name; a name run on into a rare character, cut again once LAC has
found the shorter name (钱隆辞|任总裁)."""

from __future__ import annotations

import pytest

from imcovid.annotate import annotate
from imcovid.annotate import persons as P
from imcovid.annotate.name_reader import read_name
from imcovid.annotate.uncued import _cut_before_list_mark


def persons(text):
    return [m["surface"] for m in annotate(text, None) if m["type"] == "PERSON"]


def rules(text):
    return [(m["surface"], m["rule"]) for m in annotate(text, None) if m["type"] == "PERSON"]


@pytest.mark.parametrize("text, expected", [
    ("刘斌曾公开表示，公司将加大投入", "刘斌"),
    ("张凯曾在德国一家汽车零部件企业工作8年", "张凯"),
    ("王立已在会上作出部署", "王立"),
    ("陈伟曾任该公司副总裁", "陈伟"),
    # negatives: 均 and 正 end many names (李建均, 王立正) and stay; 曾 before a mark ends the name (刘宗曾、)
    ("李建均表示，项目进展顺利", "李建均"),
    ("刘宗曾、李明出席", "刘宗曾"),
    ("曾国强曾在此工作", "曾国强"),  # (曾 as the surname is no adverb)
])
def test_read_name_stops_before_an_adverb(text, expected):
    assert read_name(text, 0) == expected


@pytest.mark.parametrize("text, expected", [
    ("该公司CEO刘斌曾公开表示，分别有系统集成、自动驾驶等团队向其汇报。", ["刘斌"]),
    ("公司总裁陈伟曾任多家企业高管。据知情人士透露，陈伟曾一度返回德国休假。", ["陈伟", "陈伟"]),
    # a firm before the adverb and a verb of saying: 华为 is a word, no name
    ("启动该项目时，华为曾表示，要打赢未来的技术战争。", []),
    # negatives: the name itself ends at a mark or speaks at once
    ("主任刘宗曾、副主任李明出席会议。", ["刘宗曾", "李明"]),
    ("李建均表示，项目进展顺利。", ["李建均"]),
])
def test_a_name_before_the_adverb_曾(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a product or a firm written reduplicated, with a position and a name after it once in the text
    ("记者获悉，途途于近日完成一轮人事调整。途途总裁李强表示，途途在2022年会有更多商业化动作。", ["李强"]),
    # a brand's word after it (…|平台)
    ("途途平台用户已超5亿。途途在过去7年发展中最大的焦虑是盈利。", []),
    # negatives: a child's familiar name, with no firm's cue, stays a person
    ("轩轩在家里上网课。轩轩说想念同学。", ["轩轩", "轩轩"]),
    ("辰辰在家里上网课，辰辰说想念老师。", ["辰辰", "辰辰"]),
])
def test_a_reduplicated_firm_is_no_familiar_name(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("form, text, expected", [
    ("途途", "途途总裁李强表示", True),
    ("途途", "途途App上线", True),
    ("轩轩", "轩轩说想念同学", False),
    ("轩轩", "轩轩老师好", False),  # (a position with no name after it: a teacher may be called so)
])
def test_firm_form(form, text, expected):
    assert P._firm_form(text, form) is expected


@pytest.mark.parametrize("text, start, name, expected", [
    ("“三号首长”孙立用、轮值董事长赵平出席", 6, "孙立", True),
    # negatives: the reader stops the name before 等 (a list's end), and a name LAC read whole is left
    ("王强等、李明", 0, "王强", False),
    ("孙立用、赵平", 0, "孙立用", False),
    ("孙立在、赵平", 0, "孙立", False),  # (在 ends the reading: 孙立|在)
])
def test_cut_before_list_mark(text, start, name, expected):
    assert _cut_before_list_mark(text, start, name) is expected


@pytest.mark.parametrize("text, expected", [
    ("阿里云总裁张强（花名：行癫）此前接受采访时表示，将继续投入。", ["张强", "行癫"]),
    ("公司副总裁王明（花名：不凡）表示，平台取得了不凡的成绩。", ["王明", "不凡"]),  # (once: the word later is no name)
    ("记者刘明（网名“小鱼”）说，他很好。", ["刘明", "小鱼"]),
    # negatives: no found name before the bracket; a bracket that is no gloss of a name
    ("该药（又名：连花）疗效确切。", []),
    ("公司（花名册见附件）已上报。", []),
])
def test_nickname_glosses(text, expected):
    assert persons(text) == expected


def test_nickname_rule_name():
    assert ("行癫", "person.nickname") in rules("阿里云总裁张强（花名：行癫）此前接受采访时表示，将继续投入。")


@pytest.mark.parametrize("text, expected", [
    ("公司发布致股东的信。信中表示，过去一年业绩增长。", []),
    ("信中华表示，过去一年业绩增长。", ["信中华"]),  # (a full name of the surname 信 stays)
])
def test_in_the_letter_is_no_name(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the shorter name is found by LAC only: a second pass after LAC cuts the run-on character (辞 is rare in names)
    ("公司突然发布公告：钱隆卸任行政总裁职务。【钱隆辞任总裁！】8月12日，钱隆的长子对记者表示。",
     ["钱隆", "钱隆", "钱隆"]),
    ("公司发布公告：吴军卸任行政总裁职务，吴军仍然担任董事会主席。吴军辞任总裁后，其子接任。", ["吴军", "吴军", "吴军"]),
    # negative: a name's frequent character that makes a word with the next (华|表示) is not cut after LAC
    ("张丽华表示同意。张丽任总经理。", ["张丽华", "张丽"]),
])
def test_run_on_names_after_lac(text, expected):
    assert persons(text) == expected
