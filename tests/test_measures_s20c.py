"""MEASURE statements of session 20, helper meas2 (notes/s20-meas2.md), learned on development batch A (real,
real-3 … real-7, gold-corpus). (1) A measure denied or said not to hold (不是中高风险区, 尚未授权…接种疫苗) is no
statement (``measures.negated_statement``, word row ``negated``); a negated lifting or opening, a negation inside a
relative clause, and a requirement's condition (没有核酸结果不能通行: exclude row) stay measures. (2) A clause that ends
on a comment about its measure (要求高, 之关键, 成了基本操作, 带来…麻烦, …而言) is no statement
(``measures.comment_on_measure``). (3) A test certificate required of exam candidates or staff, with no trip named, is
CN-MASS-TESTING, not C7 (``measures.exam_certificate``). The texts are invented: regression tests of the rules, not
evidence of quality. Negative cases (what a rule must not fire on) are marked."""

from datetime import date

import pytest

from imcovid.annotate import annotate
from imcovid.annotate.measures import code_statement, comment_on_measure, excluded, negated_statement

PUBLISHED = date(2022, 1, 20)


def _codes(text: str) -> set[str]:
    return {m["code"] for m in annotate(text, PUBLISHED) if m["type"] == "MEASURE"}


# (1) Denied measures.
@pytest.mark.parametrize("statement, denied", [
    ("该小区不是中高风险区", True),
    ("然而美国尚未授权为5岁以下儿童接种疫苗", True),
    ("当地并未实行封控管理", True),
    ("该地从未实行全员核酸检测", True),
    # negatives: a negated lifting or opening leaves the measure in force; a relative clause says whom a measure is
    # for; 而不是 rejects an alternative; prohibitions are measures; no negation at all
    ("小区封控尚未解除", False),
    ("全市景区尚未恢复开放", False),
    ("商场并未恢复营业", False),
    ("尚未出现病例的小区继续实行封闭管理", False),
    ("给每位住客送餐，而不是让他们到餐厅聚集用餐", False),
    ("不得聚集聚餐", False),
    ("严禁擅自离开隔离场所", False),
    ("全市实行封闭管理", False),
])
def test_negated_statement(statement, denied):
    assert negated_statement(statement) is denied


@pytest.mark.parametrize("text, code, present", [
    ("经排查，该小区不是中高风险区。", "C6", False),
    ("美国尚未授权为5岁以下儿童接种新冠疫苗。", "H7", False),
    # negatives: the measure stays
    ("目前全区封控尚未解除。", "C6", True),
    ("尚未出现病例的小区继续实行封闭管理。", "C6", True),
])
def test_negation_in_sentences(text, code, present):
    assert (code in _codes(text)) is present


# 没有 (exclude row): a denial, but not in a relative clause nor as the condition of a requirement.
@pytest.mark.parametrize("statement, dropped", [
    ("当地没有实行封控", True),
    ("没有行程码怎么办", True),
    # negatives
    ("没有病例的管控区", False),
    ("很多地方没有核酸结果不能通行", False),
    ("没有核酸检测阴性证明的人员不得进入", False),
])
def test_without_in_exclude_row(statement, dropped):
    assert excluded(statement) is dropped


# (2) Comments on a measure.
@pytest.mark.parametrize("statement, comment", [
    ("消杀任务要求高", True),
    ("方舱医院项目建设标准高", True),
    ("是外防输入之关键", True),
    ("随时戴口罩已经成了基本操作", True),
    ("关闭部分高速口确实会给通行带来一定的麻烦", True),
    ("但就守护奶源这一保供的重要环节而言", True),
    # negatives: the measure itself, its strengthening, a 提高…标准 cue, a method the gold codes, 关键 inside a clause
    ("提高隔离酒店消杀标准", False),
    ("对重点人员核酸检测频次要求每天一次", False),
    ("入境隔离是围堵清零中外防输入发现感染者最简便最有效的方法", False),
    ("紧盯关键环节落实核酸检测", False),
    ("对入境人员而言", False),
    ("各小区实行封闭管理", False),
])
def test_comment_on_measure(statement, comment):
    assert comment_on_measure(statement) is comment


@pytest.mark.parametrize("text, code, present", [
    ("方舱医院的消杀任务要求高。", "M1", False),
    ("严格落实外防输入是关键。", "C8", False),
    # negative: the measure stated in its own clause stays
    ("全市开展环境消杀，消杀任务要求高。", "M1", True),
    ("对入境人员而言，须集中隔离14天。", "C8", True),
])
def test_comment_in_sentences(text, code, present):
    assert (code in _codes(text)) is present


# (3) Exam certificates.
@pytest.mark.parametrize("statement, expected, absent", [
    ("管控区内的考生考试须持48小时内两次核酸阴性证明", "CN-MASS-TESTING", "C7"),
    ("参加考试时须向考点提供考前48小时内核酸检测阴性证明", "CN-MASS-TESTING", "C7"),
    ("考务人员须持48小时内核酸检测阴性证明", "CN-MASS-TESTING", "C7"),
    # negatives: a trip named keeps C7; a certificate with no exam is C7; an exam with no certificate is no test
    ("外省返京考生须持48小时内核酸检测阴性证明", "C7", "CN-MASS-TESTING"),
    ("来返人员须持48小时内核酸检测阴性证明", "C7", "CN-MASS-TESTING"),
])
def test_exam_certificate(statement, expected, absent):
    found = code_statement(statement)
    assert expected in found and absent not in found


def test_exam_certificate_is_targeted():
    assert code_statement("考生须持48小时内核酸检测阴性证明参加考试")["CN-MASS-TESTING"][1] is True
