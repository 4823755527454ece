"""Twenty-third session, MEASURE recall by statement structure (helper "meas2"): two kinds of missed or miscoded
statements, each seen in posts of different outlets read before the program was run on them (the reading and its
sources: /work/s23read/meas2/, notes s23-meas2.md):

- a negative-test certificate required to go to school or to work (全体师生凭48小时核酸检测阴性证明入校; 上班上学人员须持
  …证明，方可返岗工作、返校学习) is a school (C1) or workplace (C2) rule, not a movement restriction (C7):
  ``measures.school_work_certificate`` with word rows ``school-entry`` and ``work-entry``;
- testing joined by 和/及/与 to another instrument under one verb (加强核酸检测和居民健康监测, 落实居家健康监测和核酸检测
  要求) is compulsory testing, as the 、 list of the cue table already was: a row of ``measure_cues.tsv``.

Examples are invented sentences in the style of those posts (regression tests), with negative examples: a trip
named beside the school or work (C7 stays), exams (CN-MASS-TESTING stays), a briefing's topic, a trip alone, a
test's result, fee or certificate, how cases were found, negation, history and another country's rule."""

from datetime import date

import pytest

from imcovid.annotate import annotate
from imcovid.annotate.measures import school_work_certificate, school_work_codes

PUBLISHED = date(2022, 11, 15)
COVID = "新冠肺炎疫情防控指挥部通告\n"


def _codes(sentence: str) -> set[str]:
    return {m["code"] for m in annotate(COVID + sentence, PUBLISHED) if m["type"] == "MEASURE"}


@pytest.mark.parametrize("statement, rest, codes", [
    # school and work entry on a certificate
    ("全体师生凭48小时核酸检测阴性证明入校", "", ("C1",)),
    ("返校需持48小时内核酸阴性证明", "", ("C1",)),
    ("学生须持72小时核酸检测阴性证明", "，方可返校。", ("C1",)),
    ("员工凭48小时核酸证明方可到岗上班", "", ("C2",)),
    ("全市上班上学人员须持48小时内核酸检测阴性证明", "，方可返岗工作、返校学习", ("C2", "C1")),
    # negatives: a trip named besides; exams; no certificate; a briefing's topic; the consequence not a condition
    ("进返京上班人员须持48小时内核酸检测阴性证明", "", ()),
    ("来（返）校师生须持48小时内核酸检测阴性证明", "", ()),
    ("考生须持48小时内核酸阴性证明参加考试", "", ()),
    ("离开本市须持48小时内核酸阴性证明", "", ()),
    ("全体师生员工需提前7天返回本市", "", ()),
    ("发言人介绍假期后返岗返校人员须持48小时内核酸检测阴性证明的有关情况", "", ()),
    ("市民须持48小时内核酸检测阴性证明", "，学校另行通知。", ()),
    ("公园入园须持48小时核酸阴性证明", "", ()),
])
def test_school_work_codes(statement, rest, codes):
    assert school_work_codes(statement, rest) == codes


def test_school_work_certificate_recodes_only_c7():
    found = {"C7": (None, False), "H6": (None, False)}
    school_work_certificate(found, "全体师生凭48小时核酸检测阴性证明入校")
    assert found == {"C1": (None, False), "H6": (None, False)}
    untouched = {"C2": (None, True)}
    school_work_certificate(untouched, "全体师生凭48小时核酸检测阴性证明入校")
    assert untouched == {"C2": (None, True)}  # (no C7 from the cue table: nothing to recode)


@pytest.mark.parametrize("sentence, present, absent", [
    ("全体师生凭48小时核酸检测阴性证明入校，走读学生严格实行闭环管理。", {"C1"}, {"C7"}),
    ("“五一”假期后，全市上班上学人员须持48小时内核酸检测阴性证明，方可返岗工作、返校学习。", {"C1", "C2"}, {"C7"}),
    ("师生返校需持48小时内核酸阴性证明。", {"C1"}, {"C7"}),
    # negatives: a trip keeps C7; exams keep compulsory testing; a briefing's topic is not turned into two codes
    ("省外来返人员上班须持48小时内核酸检测阴性证明。", {"C7"}, {"C1"}),
    ("离开本市须持48小时内核酸阴性证明。", {"C7"}, {"C1", "C2"}),
    ("考生须持48小时内核酸阴性证明参加考试。", {"CN-MASS-TESTING"}, {"C7"}),
    ("发言人介绍了假期后返岗返校人员须持48小时内核酸检测阴性证明的有关情况。", set(), {"C1", "C2"}),
    # negatives: negated and another country's rule
    ("学生返校不需要持核酸检测阴性证明。", set(), {"C1", "C7"}),
])
def test_school_work_certificate_in_sentences(sentence, present, absent):
    codes = _codes(sentence)
    assert present <= codes
    assert not (absent & codes)


@pytest.mark.parametrize("sentence, present", [
    # testing joined by 和/及/与 to another instrument under one verb
    ("根据疫情传播风险评估结果，加强核酸检测和居民健康监测。", True),
    ("以实际返乡时间落实居家健康监测和核酸检测要求。", True),
    ("各社区做好人员排查及核酸检测工作。", True),
    ("全面开展流调溯源与核酸检测。", True),
    # negatives: a result, a fee, a certificate; how cases were found; a comparison; negation
    ("居家隔离和核酸检测费用由政府承担。", False),
    ("所有人员的健康监测和核酸检测结果均为阴性。", False),
    ("通过排查和核酸检测，发现3名阳性人员。", False),
    ("抗原检测与核酸检测有何区别？", False),
    ("返乡人员不需要进行健康监测和核酸检测。", False),
])
def test_testing_joined_to_another_instrument(sentence, present):
    assert ("CN-MASS-TESTING" in _codes(sentence)) is present
