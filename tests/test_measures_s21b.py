"""MEASURE place_code conformance to the guideline (measures.md, place_code rule 5), session 21, helper ccm
(notes/s21-ccm.md, new-user review s21 item 3): a statement whose last places are a list of divisions named together
(北京、内蒙古、甘肃等多地已暂停跨省旅游经营活动; also the list of the sentence, for a statement that names no place,
``measures.sentence_listed_places``) applies in the smallest division containing them all (None when only the
country does), targeted (``measures.listed_places``). A list that says whose or whence people are (…等地的专家,
北京、天津来返人员) is no scope and keeps the earlier reading (the last place named). The texts are invented: regression tests of the rule, not
evidence of quality. Negative cases (what the rule must not change) are marked."""

from datetime import date

import pytest

from imcovid.annotate import annotate
from imcovid.annotate.measures import _common_division

PUBLISHED = date(2021, 11, 18)


def _places(text: str) -> list[tuple]:
    return [(m["code"], m["place_code"], m["targeted"]) for m in annotate(text, PUBLISHED) if m["type"] == "MEASURE"]


@pytest.mark.parametrize("text, expected", [
    ("目前，北京、内蒙古、甘肃等多地已暂停跨省旅游经营活动。", [("C2", None, True)]),
    ("呼和浩特市、包头市等地已暂停跨省旅游经营活动。", [("C2", "150000", True)]),
    ("北京市海淀区、朝阳区已划分多个封控区域。", [("C6", "110000", True)]),
    ("对海淀区、朝阳区实行封控管理。", [("C6", "110000", True)]),
    ("锡林郭勒盟、阿拉善盟要严格落实集中隔离措施。", [("CN-CENTRAL-QUARANTINE", "150000", True)]),
    ("额济纳旗、阿拉善左旗等地已暂停跨省旅游经营活动。", [("C2", "152900", True)]),
    # a statement with no place of its own in a sentence whose list of places is its scope (rules 2 and 5)
    ("新增4个中风险地区，涉浦东新区、嘉定区、闵行区、崇明区。", [("C6", "310000", True)]),
    # negatives: a list that qualifies a noun (whose experts) keeps the earlier reading; one place; a list that is not where the measure applies (where teams came from), with the place
    # after it; a title's place before another place; the same place twice
    ("内蒙古、甘肃等地的专家表示，要严格落实集中隔离措施。", [("CN-CENTRAL-QUARANTINE", "620000", False)]),
    ("内蒙古、甘肃等地的专家表示，额济纳旗要严格落实集中隔离措施。", [("CN-CENTRAL-QUARANTINE", "152923", False)]),
    ("对北京、天津来返人员实行集中隔离。", [("C7", "120000", False), ("CN-CENTRAL-QUARANTINE", "120000", False)]),
    ("北京、天津籍人员须实行集中隔离。", [("CN-CENTRAL-QUARANTINE", "120000", False)]),
    ("额济纳旗已暂停跨省旅游经营活动。", [("C2", "152923", True)]),  # (旅游: targeted by its cue)
    ("有来自辽宁、陕西调派的医疗队在长春市开展核酸检测。", [("CN-MASS-TESTING", "220100", False),
                                                            ("CN-MEDICAL", "220100", False)]),
    ("陈占云同志因疫情防控工作中履职尽责和落实不力，被免去额济纳旗旗委书记职务。",
     [("CN-ACCOUNTABILITY", "152923", False)]),
    ("由阿拉善盟盟委书记代钦兼任额济纳旗旗委书记。", [("CN-COMMAND", "152923", False)]),
])
def test_listed_places_take_their_smallest_common_division(text, expected):
    assert _places(text) == expected


def _place(code: str, level: str, prefecture: str | None, province: str | None) -> dict:
    return {"code": code, "level": level, "prefecture_code": prefecture, "province_code": province}


BEIJING, INNER_MONGOLIA, GANSU = (_place("110000", "province", None, None), _place("150000", "province", None, None),
                                  _place("620000", "province", None, None))
HOHHOT, BAOTOU = _place("150100", "prefecture", None, "150000"), _place("150200", "prefecture", None, "150000")
EJINA, ALXA_LEFT = _place("152923", "county", "152900", "150000"), _place("152921", "county", "152900", "150000")
HAIDIAN, CHAOYANG = _place("110108", "county", None, "110000"), _place("110105", "county", None, "110000")
XINCHENG = _place("150102", "county", "150100", "150000")


@pytest.mark.parametrize("places, expected", [
    ([BEIJING, INNER_MONGOLIA, GANSU], None),
    ([HOHHOT, BAOTOU], "150000"),
    ([EJINA, ALXA_LEFT], "152900"),
    ([HAIDIAN, CHAOYANG], "110000"),  # (a municipality's districts: the city, no 市辖区 prefecture)
    ([INNER_MONGOLIA, HOHHOT], "150000"),  # (one of them contains the other)
    ([HOHHOT, XINCHENG], "150100"),
    ([EJINA, EJINA], "152923"),
])
def test_common_division(places, expected):
    assert _common_division(places) == expected


# Review (helper revccm, notes/s21-revccm.md). A list after a word of origin, transit or contact, or before a noun of
# people (来自北京、上海等地人员, 途经…, 与…确诊病例有接触, 津南区、南开区等中高风险地区返安人员) says where people have
# been: the rule does not fire (no null, no targeted flag from the list). A list whose containing division is one of
# its own places (内蒙古、呼和浩特市) covers the whole of that place: not targeted; a city named before its districts
# (呼和浩特市新城区、回民区) is no item of the list.
@pytest.mark.parametrize("text, list_reading", [
    ("呼和浩特市疫情防控指挥部要求，来自北京、上海等地人员一律实行集中隔离14天。", (None, True)),
    ("呼和浩特市疫情防控指挥部要求，对北京、天津人员一律实行集中隔离14天。", (None, True)),
    ("包头市要求，凡途经北京、天津等地人员须进行核酸检测。", (None, True)),
    ("呼和浩特市要求，与北京、天津等地确诊病例有接触的人员须集中隔离。", (None, True)),
    ("安阳市要求，有天津市津南区、南开区等中高风险地区返安人员须集中隔离。", ("120000", True)),
    ("包头市要求，北京、上海等中高风险地区所在城市来包人员须集中隔离。", (None, True)),
])
def test_origin_lists_are_no_scope(text, list_reading):
    found = _places(text)
    assert found and all((place, targeted) != list_reading for _, place, targeted in found)


@pytest.mark.parametrize("text, expected", [
    ("内蒙古、呼和浩特市全面开展全员核酸检测。", [("CN-MASS-TESTING", "150000", False)]),
    ("包头市东河区、包头市实行封闭管理。", [("C6", "150200", False)]),
    # negative: the city before its districts is not in the list: still targeted
    ("呼和浩特市新城区、回民区实行封闭管理。", [("C6", "150100", True)]),
])
def test_list_containing_one_of_its_places(text, expected):
    assert _places(text) == expected


# Review: a list of the sentence, outside a statement with no place, that says where an outbreak is (…等地出现本土
# 病例, …等地疫情形势) or a statement that names its own place by an anaphor (全市要…) is the context, not the scope:
# the sentence-level list gives no place (negative cases of ``sentence_listed_places``'s use).
@pytest.mark.parametrize("text", [
    "鄂尔多斯市讯 近日，北京、上海等地相继出现本土疫情，全市要严格落实集中隔离措施。",
    "近期北京、天津等地疫情形势严峻，要严格落实集中隔离措施。",
])
def test_context_lists_are_no_scope(text):
    found = _places(text)
    assert found and all((place, targeted) != (None, True) for _, place, targeted in found)
