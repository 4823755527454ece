"""MEASURE fixes of session 19 after the second review (notes/s19-rev4.md, items 3, 8, 9, 11 and 12's docstrings):
向所在社区报到 is no mobilisation (arriving people report to their community; only staff turned volunteers are
CN-COMMAND); 不得离开本市/本区 is a movement restriction (C7), staying in a home or compound is C6, and 不得离开隔离点 is
neither; a checkpoint on a highway or a city's edge is no compound's gate (``gate_of_compound``); a notice header
with its number (…指挥部通告（第12号）) is a header, and a later paragraph on another source ends the notice's place
(``notice_issuers``). The texts are invented: regression tests of the rules, not evidence of quality. Each positive
case fails on int19 before these fixes (3f74eec); the negative cases (marked) pass on both."""

from datetime import date

import pytest

from imcovid.annotate import annotate
from imcovid.annotate.measures import gate_of_compound, issued_place, notice_issuers

PUBLISHED = date(2021, 7, 30)


def _measures(text: str, published: date = PUBLISHED) -> list[dict]:
    return [m for m in annotate(text, published) if m["type"] == "MEASURE"]


def _codes(text: str, published: date = PUBLISHED) -> set[str]:
    return {m["code"] for m in _measures(text, published)}


# Item 3: 向所在社区报到 of arriving or returning people is no CN-COMMAND.
@pytest.mark.parametrize("text", [
    "外地来呼人员抵达后须主动向所在社区报到。",
    "返呼人员要第一时间向所在社区报到，配合做好健康监测。",
    "从外地返乡的人员请及时向所在村报到。",
])
def test_arrivals_reporting_no_command(text):
    assert "CN-COMMAND" not in _codes(text)


def test_staff_turned_volunteers_kept():
    """(negative) staff turned volunteers as a body stay CN-COMMAND."""
    assert "CN-COMMAND" in _codes("除保障基本运转人员外，其他人员一律就地转为志愿者，向所在社区报到。")


# Item 8: leaving the city is C7; leaving home or the compound is C6; a quarantine site is neither.
@pytest.mark.parametrize("text, code, absent", [
    ("居民不得离开本市，确需离开的须审批。", "C7", "C6"),
    ("所有人员不得离开本市。", "C7", "C6"),
    ("疫情期间，居民不得离开本区。", "C7", "C6"),
    # negatives: a stay at home or in the compound stays C6
    ("所有人不能离开，必须原地隔离。", "C6", None),
    ("封控期间，居民不得离开小区。", "C6", None),
    ("封控期间，所有人不得离开家。", "C6", None),
])
def test_leaving_city_or_home(text, code, absent):
    codes = _codes(text)
    assert code in codes
    assert absent is None or absent not in codes


def test_leaving_quarantine_site_no_stay_home():
    assert "C6" not in _codes("疫情期间，居民不得离开隔离酒店。")


# Item 9: a highway's checkpoint after a compound's clause is no gate of the compound.
def test_highway_checkpoint_stays_c7():
    codes = _codes("各小区只保留一个出入口，全市高速公路出口设立卡口，对进入车辆进行查验。")
    assert {"C6", "C7"} <= codes


@pytest.mark.parametrize("statement, head, expected", [
    ("全市高速公路出口设立卡口", "各小区只保留一个出入口，", False),
    ("在市界设立卡口值守", "小区实行封闭管理，", False),
    # negatives: the compound's own gate
    ("卡口处设置电子哨兵", "小区、城中村一律实行封闭式管理，", True),
    ("安排工作人员24小时值班值守", "全面加强社区小区围合管理，原则上只保留1个出入口，", True),
])
def test_gate_of_compound(statement, head, expected):
    assert gate_of_compound(statement, head) is expected


# Item 11: a numbered header; the notice ends at a paragraph on another source.
def _places(text: str, spans: list[tuple[str, str]]) -> list[dict]:
    return [{"type": "LOCATION", "start": text.index(s), "end": text.index(s) + len(s), "code": c} for s, c in spans]


def test_numbered_header():
    text = "鄂尔多斯市东胜区新型冠状病毒肺炎疫情防控指挥部通告（第12号）\n一、暂停堂食。"
    issuers = notice_issuers(text, _places(text, [("鄂尔多斯市", "150600"), ("东胜区", "150602")]))
    assert [code for _, code in issuers] == ["150602"]
    assert [m["place_code"] for m in _measures(text) if m["code"] == "C2"] == ["150602"]


def test_notice_ends_at_other_source():
    text = ("新城区新型冠状病毒肺炎疫情防控指挥部通告\n一、暂停堂食。\n"
            "此外，国务院联防联控机制要求，各地不得层层加码。")
    issuers = notice_issuers(text, _places(text, [("新城区", "150102")]))
    assert issued_place(issuers, text.index("一、"), "150100") == "150102"
    assert issued_place(issuers, text.index("各地"), "150100") == "150100"


@pytest.mark.parametrize("text", [
    # negatives: the notice's own closing line and a paragraph opening on 另外 keep the issuer
    "新城区疫情防控指挥部通告\n一、暂停堂食。\n本通告自发布之日起施行。",
    "新城区疫情防控指挥部通告\n一、暂停堂食。\n另外，全区各类学校暂停线下教学。",
    "新城区疫情防控指挥部通告\n一、暂停堂食。\n另据新华社消息，各地不得层层加码。",
])
def test_notice_scope_kept_or_ended(text):
    issuers = notice_issuers(text, _places(text, [("新城区", "150102")]))
    last = text.rindex("\n") + 1
    expected = "150100" if text[last:].startswith("另据") else "150102"
    assert issued_place(issuers, last, "150100") == expected


@pytest.mark.parametrize("line", [
    "市疫情防控指挥部通告（第12号）发布后，市民积极配合",  # (negative) a sentence citing a numbered notice
])
def test_no_numbered_header_in_sentence(line):
    assert notice_issuers(line + "\n新城区实行封闭管理。", [{"type": "LOCATION", "start": 0, "end": 1,
                                                       "code": "150102"}]) == []


def test_annotator_version() -> None:
    """Release 24.0.0 raised the MEASURE and CASE_COUNT rules to 1.10 (later releases raise them further), compared as
    numbers (1.10 > 1.9)."""
    from imcovid.annotate import case_counts, measures
    from tests.test_persons_s15 import _rules_version
    assert _rules_version(measures.ANNOTATOR) == _rules_version(case_counts.ANNOTATOR) >= (1, 10)
