"""MEASURE classes of issue 15's fifth round, found on the seventh real set's development errors (invented sentences:
regression tests of each rule, not evidence of quality; quality is measured on the real gold)."""

from __future__ import annotations

import pytest

from imcovid.annotate.measures import code_statement, excluded, find_measures, lockdown_as_frame


def _rules(statement):
    """The codes the cue table and the code rules give one statement (no model, no sentence merge)."""
    return set(code_statement(statement))


@pytest.mark.parametrize("statement, codes", [
    # school_scope: exams and their sites are schooling (rule 3 of Choosing the code: schools → C1).
    ("各考场考前一律实行封闭管理", {"C1"}),
    ("为居住在封控区的考生单独设置考场", {"C1"}),
    ("每个区另设隔离酒店考点1个", {"C1"}),
    ("各小区实行封闭管理", {"C6"}),  # no exam: a stay-at-home measure
    ("隔离酒店实行闭环管理", {"CN-CENTRAL-QUARANTINE"}),
    # Cues in other words.
    ("每场考试结束后进行一次全面清洁消毒", {"M1"}),
    ("对所有快递物资进行消毒作业", {"M1"}),
    ("全市中考推迟举行", {"C1"}),
    ("推迟了期末考试", {"C1"}),
    ("每个学校配备专职防疫人员2名", {"CN-COMMAND"}),
    ("两名保洁员被集中隔离", {"CN-CENTRAL-QUARANTINE"}),
    ("密接者就地隔离", {"CN-CENTRAL-QUARANTINE"}),
    ("该院当天开始收治轻症患者", {"CN-MEDICAL"}),
])
def test_exam_sites_and_instruments_in_other_words(statement, codes):
    assert _rules(statement) == codes


@pytest.mark.parametrize("statement, frame", [
    ("封控期间他每天在楼下值守", True),
    ("在封控管理下照常运转", True),
    ("居家的李某报名当了志愿者", True),
    ("封控期间居民足不出户", False),  # the frame names the time, 足不出户 the measure
    ("小区实行封控管理", False),
])
def test_a_lockdown_named_as_a_time_or_circumstance(statement, frame):
    assert lockdown_as_frame(statement) is frame
    assert ("C6" in _rules(statement)) is not frame


@pytest.mark.parametrize("statement, is_excluded", [
    ("该方舱医院位于城市东郊", True),  # a location described
    ("隔离点的饭菜好吃吗", True),  # a question
    ("调集核酸检测力量20万管支援该市", False),  # a mobilization keeps its count
    ("累计采样15万管", True),  # a count of samples is a figure, not a measure
    ("对所有物资逐一消毒", False),
])
def test_descriptions_questions_and_counts(statement, is_excluded):
    assert excluded(statement) is is_excluded


def test_tests_for_discharge_are_patients_care():
    text = "方舱医院统一出舱标准，间隔24小时连续2次核酸检测阴性可出院。"
    codes = [(m["code"], m.get("rule")) for m in find_measures(text, [], []) if m["type"] == "MEASURE"]
    assert ("CN-MASS-TESTING" not in {c for c, _ in codes}) and "CN-MEDICAL" in {c for c, _ in codes}
    # Without a patient's admission or discharge the same test stays compulsory testing.
    text = "全体居民间隔24小时再做1次核酸检测。"
    assert {m["code"] for m in find_measures(text, [], [])} == {"CN-MASS-TESTING"}


@pytest.mark.parametrize("statement, action", [
    # Verbs that put a measure or post newly in place are impose (guideline, action: 设立, 启动 …).
    ("全市设置了20个核酸采样点", "impose"),
    ("方舱医院今天启用", "impose"),
    ("制定了返乡人员管理方案", "impose"),
    ("新增防疫专员10名", "impose"),
])
def test_verbs_of_setting_up_impose(statement, action):
    from imcovid.annotate.measures import statement_action

    assert statement_action(statement) == action


@pytest.mark.parametrize("statement, described", [
    ("方舱内被划分成两个区域", True),  # a place described
    ("这座方舱医院共有三个展馆", True),
    ("方舱医院今天开始收治患者", False),  # its use
    ("加快方舱医院建设", False),  # its making
    ("定点医院和方舱医院规模很大", False),  # another CN-MEDICAL cue (定点医院) stays
])
def test_a_makeshift_hospital_described_as_a_place(statement, described):
    from imcovid.annotate.measures import facility_described

    assert facility_described(statement) is described


@pytest.mark.parametrize("statement, described", [
    ("交给采样点的志愿者", True),  # a sampling site as a place
    ("在采样点最大的感受是温暖", True),
    ("各社区增设采样点", False),  # its making
])
def test_a_sampling_site_as_a_place(statement, described):
    from imcovid.annotate.measures import facility_described

    assert facility_described(statement, "H2") is described
