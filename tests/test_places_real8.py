"""LOCATION rules written from the development errors of real posts (real-8 C_2, real R_77), each with its table of
invented regression sentences: which places they must still find and which readings they must give."""

import pytest

from imcovid.annotate.places import find_places


def places(text: str) -> list[tuple[str, str | None]]:
    return [(m["surface"], m["code"]) for m in find_places(text)]


# _ROAD_DAO: a road of the 道 kind named after a place is no place where a station, a number, a crossing or "along it"
# follows; 道 that starts a county's name or an ordinary word leaves the place before it standing.
@pytest.mark.parametrize("text, expected", [
    ("地铁3号线营口道站部分出入口暂停使用。", []),
    ("在成都道与南京路交口设置检测点。", []),
    ("大理道18号小区封控。", []),
    ("湖南道县新增1例。", [("湖南", "430000"), ("道县", "431124")]),
    ("哈尔滨道里区发布通告。", [("哈尔滨", "230100"), ("道里区", "230102")]),
    ("营口道路运输暂停。", [("营口", "210800")]),
    ("营口市新增1例，营口道站关闭。", [("营口市", "210800")]),
])
def test_road_named_after_a_place(text, expected):
    assert places(text) == expected


# _one_reading_per_name: a full name shared by several divisions takes the one reading its listed occurrences got
# from their neighbours; where the article reads it two ways, it stays undecided.
@pytest.mark.parametrize("text, expected", [
    ("吉林长春通报。北京新增7例，其中海淀区3例、朝阳区4例。\n朝阳区副区长介绍情况。",
     [("吉林", "220000"), ("长春", "220100"), ("北京", "110000"), ("海淀区", "110108"), ("朝阳区", "110105"),
      ("朝阳区", "110105")]),
    ("北京新增7例，其中海淀区3例、朝阳区4例。长春新增3例，其中南关区2例、朝阳区1例。\n朝阳区副区长介绍情况。",
     [("北京", "110000"), ("海淀区", "110108"), ("朝阳区", "110105"), ("长春", "220100"), ("南关区", "220102"),
      ("朝阳区", "220104"), ("朝阳区", None)]),
])
def test_one_reading_per_name(text, expected):
    assert places(text) == expected


# _district_named_in_full: a prefecture's short form that the article also names as a district in full is that district.
@pytest.mark.parametrize("text, expected", [
    ("北京新增病例中海淀区3例、朝阳区4例。海淀与朝阳分别发现6人。",
     [("北京", "110000"), ("海淀区", "110108"), ("朝阳区", "110105"), ("海淀", "110108"), ("朝阳", "110105")]),
    ("辽宁朝阳新增1例。", [("辽宁", "210000"), ("朝阳", "211300")]),  # no district named: the prefecture
    ("乌海市海南区2例；海南5例。", [("乌海市", "150300"), ("海南区", "150303"), ("海南", "460000")]),  # a province stays
])
def test_district_named_in_full(text, expected):
    assert places(text) == expected
