"""Twenty-second session, MEASURE (helper "meas4"): denied, past and routine statements, and reopenings, decided from
the guideline (measures.md):

- a rumour denial states no measure (*Not measures*): ``rumour_denied`` with the word rows ``rumour-false`` and
  ``rumour-frame``; a heading asked as a question is answered after its question mark (``question_answer``);
- a past measure given as background is annotated (a statement that a measure "was decided, carried out"), with the
  action of its own cue: a closure that once was put in place (曾暂停, 此前…已关闭) is ``impose`` like development gold
  (此前…宣布暂停 impose, 去年12月…今年1月解封 lift); only repeated or continuing history (以来, 几次, 多次) stays
  ``maintain`` (word row ``closure-goes-on``);
- a venue's routine closure or reopening (每周一闭馆, 因例行检修暂停运营, 假期结束后恢复正常营业) is no COVID-19
  measure unless its sentence names an epidemic cause: ``routine_closure``, word row ``routine-closure``;
- a reopening is ``relax`` (guideline *action*: 有序恢复; development gold 有序恢复营业活动 relax): the exclusion
  ``恢复正常`` (a system restored) no longer swallows 恢复正常营业/开放/运营; 暂不恢复, 尚未恢复 keep the closure
  (maintain).

Examples are invented sentences (regression tests), each rule with negative examples: what it must not fire on."""

from datetime import date

import pytest

from imcovid.annotate import annotate
from imcovid.annotate.measures import question_answer, routine_closure, rumour_denied

PUBLISHED = date(2022, 4, 1)


def _measures(text: str, published: date = PUBLISHED) -> list[tuple[str, str]]:
    return [(m["code"], m["action"]) for m in annotate(text, published) if m["type"] == "MEASURE"]


def _codes(text: str) -> set[str]:
    return {code for code, _ in _measures(text)}


# --- denied: a rumour's content is no measure -------------------------------------------------------------------
@pytest.mark.parametrize("statement, rest, answer, expected", [
    ("全市商场暂停营业的传言不实", "", "", True),
    ("全市中小学将停课系谣言", "", "", True),
    ("有网友称全市中小学停课", "，经核实，该消息不实", "", True),
    ("全市中小学停课", "，经核实，该传言纯属谣言", "", True),
    ("教师寒暑假将被取消", "", "教育部辟谣：没有依据", True),
    ("某市普通高中招生不再受区域限制", "", "", False),
    # negatives: a denial of another rumour named after the statement, a measure with no denial, a failure of
    # implementation (落实不实), false information as the object of a sanction (信息不实的), refuting as a measure
    ("全市中小学停课", "，网传的封城消息不实", "", False),
    ("全市中小学停课", "", "", False),
    ("对工作作风不实的干部严肃问责", "", "", False),
    ("对隐瞒行程、信息不实的人员依法追责", "", "", False),
    ("及时发布权威信息，主动辟谣", "", "", False),
])
def test_rumour_denied(statement, rest, answer, expected):
    assert rumour_denied(statement, rest, answer) is expected


@pytest.mark.parametrize("text, sentence_end, expected", [
    ("全市将封城？官方辟谣：假的\n下一行", 5, "官方辟谣：假的"),
    ("全市将封城？官方辟谣：假的", 5, "官方辟谣：假的"),
    # negative: a sentence that does not end on a question mark has no answer
    ("全市将封城。官方辟谣：假的", 5, ""),
])
def test_question_answer(text, sentence_end, expected):
    assert question_answer(text, sentence_end) == expected


@pytest.mark.parametrize("text, code, expected", [
    ("疫情防控期间，有网友称全市中小学停课，经核实，该消息不实。", "C1", False),
    ("疫情防控期间，全市商场暂停营业的传言不实。", "C2", False),
    ("疫情防控期间，网传全市中小学停课？教育局辟谣：没有依据。", "C1", False),
    # negatives: the truth told after a denial, a statement before a denial of another rumour, a ban on rumours
    ("网传全市封城的消息不实，受疫情影响，全市中小学停课。", "C1", True),
    ("受疫情影响，全市中小学停课，网传的封城消息不实。", "C1", True),
    ("疫情防控期间，受疫情影响，全市中小学停课？", "C1", True),
    ("疫情防控期间，不得编造、传播虚假疫情信息，该消息不实。", "CN-INFO-CONTROL", True),
])
def test_rumoured_measures_in_articles(text, code, expected):
    assert (code in _codes(text)) is expected


# --- past: annotated, with the action of its own cue ------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("疫情防控期间，去年此时，全市曾暂停全部堂食。", ("C2", "impose")),
    ("受疫情影响，此前该市已关闭全部娱乐场所。", ("C2", "impose")),
    # negatives (not impose): repeated or continuing history, a closure said to go on
    ("疫情以来医院几次关停。", ("C2", "maintain")),
    ("受疫情影响，全市娱乐场所继续暂停营业。", ("C2", "maintain")),
])
def test_past_closures_keep_their_cue_action(text, expected):
    assert expected in _measures(text)


# --- routine: a venue's rest day or works is no COVID-19 measure ------------------------------------------------
@pytest.mark.parametrize("statement, head, expected", [
    ("博物馆每周一闭馆", "疫情防控期间，", True),
    ("地铁2号线因例行检修暂停运营", "疫情防控期间，", True),
    ("图书馆暂停开放", "疫情防控期间，因装修改造，", True),
    ("2月18日起商场恢复正常营业", "春节假期结束，", True),
    # negatives: an epidemic cause in the sentence, works as the object suspended, a plain closure, no closure word
    ("博物馆每周一闭馆", "受疫情影响，", False),
    ("与防疫无关的装修工程一律暂停", "疫情防控期间，", False),
    ("全市A级景区暂停开放", "", False),
    ("中小学提前放假", "", False),
    ("每周一进行一次全员核酸检测", "", False),
    ("娱乐场所暂停营业，每周一次开展消杀", "", False),
    ("全市公交每周二次消毒，暂停运营", "", False),
])
def test_routine_closure(statement, head, expected):
    assert routine_closure(statement, head) is expected


@pytest.mark.parametrize("text, code, expected", [
    ("疫情防控期间，博物馆每周一闭馆，其余时间正常开放。", "C2", False),
    ("疫情防控期间，地铁2号线因例行检修暂停运营。", "C5", False),
    # negatives: a COVID-19 closure stays, also one with a weekly day named under an epidemic cause
    ("受疫情影响，全市A级景区暂停开放。", "C2", True),
    ("受疫情影响，博物馆每周一闭馆。", "C2", True),
])
def test_routine_closures_in_articles(text, code, expected):
    assert (code in _codes(text)) is expected


# --- reopening: relax; not yet reopened: the closure maintained -------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("疫情形势好转，全市经营场所有序恢复正常营业。", ("C2", "relax")),
    ("疫情形势好转，全市商场恢复正常营业。", ("C2", "relax")),
    ("受疫情影响，商场尚未恢复正常营业。", ("C2", "maintain")),
    ("受疫情影响，全市商场暂不恢复正常营业。", ("C2", "maintain")),
])
def test_reopening(text, expected):
    assert expected in _measures(text)


@pytest.mark.parametrize("text", [
    # negatives: a system restored, life in general restored, a reopening date still to be announced
    "疫情期间，一码通已经恢复正常。",
    "疫情期间，健康码系统恢复正常运行。",
    "疫情形势好转，全市恢复正常生产生活秩序。",
])
def test_restorations_are_no_reopening(text):
    assert _codes(text) == set()
