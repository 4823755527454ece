"""Twenty-second session, MEASURE on first-sight posts (helper "meas"): error kinds found on a batch of COVID-19
notices and news of 2020-2022 read and annotated by hand before the program was run (district notices on mass testing
and lockdowns, rules for travel home at the Spring Festival, a city's press conference), each kind seen in at least
two posts of two outlets:

- a notice's title, 关于开展全员核酸检测的通告, read as a topic heading (``notice_title``);
- a measure said not to be needed, 持核酸检测阴性证明返乡后不需要隔离, read as one (word row ``negated``);
- a request to the public, 请广大市民…, coded H1 beside the instrument it asks people to take part in
  (``request_only``, ``request_yields``).

Examples are invented sentences in the style of those posts (regression tests), each with negative examples: what
the rule must not fire on."""

from datetime import date

import pytest

from imcovid.annotate import annotate
from imcovid.annotate.measures import excluded, negated_statement, notice_title, request_only, request_yields

PUBLISHED = date(2022, 4, 1)


def _measures(text: str, published: date = PUBLISHED) -> list[tuple[str, str, str]]:
    return [(m["code"], m["action"], m["surface"]) for m in annotate(text, published) if m["type"] == "MEASURE"]


def _codes(text: str, published: date = PUBLISHED) -> set[str]:
    return {code for code, _, _ in _measures(text, published)}


# A notice's title states the measure the notice puts in place; a topic heading with 关于 names none.
@pytest.mark.parametrize("statement, expected", [
    ("关于开展全员核酸检测的通告", True),
    ("关于全域封控管理开展全员核酸检测的通告", True),
    ("关于调整疫情风险等级的公告（2022年第22号）", True),
    ("关于进一步加强疫情防控工作的通知", True),
    ("关于新增无症状感染者活动轨迹的通报", True),
    # negatives: a topic heading, a covering note for another document, a title quoted inside a sentence
    ("关于隔离点的规范管理", False),
    ("关于印发新冠肺炎疫情防控方案的通知", False),
    ("市指挥部发布关于开展全员核酸检测的通告", False),
    ("关于开展全员核酸检测的通告，请广大市民积极配合", False),
])
def test_notice_title(statement, expected):
    assert notice_title(statement) is expected


@pytest.mark.parametrize("statement, expected", [
    ("关于开展全员核酸检测的通告", False),   # a title: not excluded
    ("关于隔离点的规范管理", True),          # a topic heading: still excluded (row ``exclude``, ``^关于``)
    ("关于印发新冠肺炎疫情防控方案的通知", True),
])
def test_excluded_reads_titles_without_their_guanyu(statement, expected):
    assert excluded(statement) is expected


@pytest.mark.parametrize("text, code, present", [
    ("关于开展全员核酸检测的通告\n根据疫情防控需要，决定在全区范围内开展全员核酸检测。", "CN-MASS-TESTING", True),
    ("关于全域封控管理开展全员核酸检测的通告\n疫情防控。", "C6", True),
    ("关于全域封控管理开展全员核酸检测的通告\n疫情防控。", "CN-MASS-TESTING", True),
    # negatives: a topic heading and a covering note name no measure of their own
    ("关于隔离点的规范管理\n疫情防控工作总结。", "CN-CENTRAL-QUARANTINE", False),
    ("关于印发集中隔离场所管理办法的通知\n疫情防控。", "CN-CENTRAL-QUARANTINE", False),
])
def test_notice_title_in_a_text(text, code, present):
    assert (code in _codes(text)) is present


# A measure said not to be needed is not annotated; 不再需要 lifts one; the measures beside it stay.
@pytest.mark.parametrize("statement, expected", [
    ("持核酸检测阴性证明返乡后不需要隔离", True),
    ("低风险地区来返人员不需要核酸检测和隔离", True),
    ("绿码人员无需报备", True),
    ("入园无须查验健康码", True),
    ("来访人员不用出示核酸阴性证明", True),
    # negatives: a lifting, a need stated, an unrelated 不用, a prohibition
    ("持绿码人员不再需要隔离", False),
    ("返乡人员需要进行14天居家健康监测", False),
    ("居民不用担心物资供应", False),
    ("不得拒绝核酸检测", False),
    ("不得搞不必要的隔离", False),          # 不必 inside 不必要 (unnecessary): no denial
    ("减少不必要的核酸检测", False),
])
def test_negated_statement_not_needed(statement, expected):
    assert negated_statement(statement) is expected


@pytest.mark.parametrize("text, code, present", [
    ("疫情防控。持核酸检测阴性证明返乡后不需要隔离，但需要进行14天居家健康监测。", "C7", False),
    ("疫情防控。持核酸检测阴性证明返乡后不需要隔离，但需要进行14天居家健康监测。", "CN-HEALTH-MONITORING", True),
    ("疫情防控。返乡人员须持有7日内核酸检测阴性证明。", "C7", True),   # the requirement itself stays
])
def test_not_needed_in_a_text(text, code, present):
    assert (code in _codes(text)) is present


@pytest.mark.parametrize("statement, expected", [
    ("请广大市民在指定时间", True),
    ("请广大居民在各自社区、单位组织下有序开展", True),
    ("请广大群众主动尽早接种", True),
    # negatives: another H1 cue of its own, no request at all
    ("温馨提示：请广大市民主动接种疫苗", False),
    ("及时发布疫情信息，请市民关注", False),
    ("全员核酸检测工作由所在街道统筹调度", False),
])
def test_request_only(statement, expected):
    assert request_only(statement) is expected


@pytest.mark.parametrize("codes, expected", [
    ({"H1", "CN-MASS-TESTING"}, True),
    ({"H1", "H7"}, True),
    ({"H1", "C7", "C4"}, True),
    # negatives: only the caution officials urge, or nothing else in the sentence
    ({"H1", "H6", "M1"}, False),
    ({"H1", "C4"}, False),
    ({"H1"}, False),
])
def test_request_yields(codes, expected):
    assert request_yields(codes) is expected


@pytest.mark.parametrize("text, code, present", [
    ("疫情防控。请广大市民在指定时间，每天到就近采样点进行检测，应检尽检、不落一户、不漏一人。", "H1", False),
    ("疫情防控。请广大市民在指定时间，每天到就近采样点进行检测，应检尽检、不落一户、不漏一人。",
     "CN-MASS-TESTING", True),
    ("疫情防控。请广大群众主动尽早接种新冠疫苗。", "H1", False),
    # negatives: a request for caution keeps its H1; so does a request with an H1 cue of its own
    ("疫情防控。请市民继续履行个人防控责任，做好戴口罩、勤洗手、保持社交距离等防护措施。", "H1", True),
    ("疫情防控。温馨提示：请广大市民主动接种疫苗。", "H1", True),
])
def test_request_in_a_text(text, code, present):
    assert (code in _codes(text)) is present
