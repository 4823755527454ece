"""CASE_COUNT conformance to the guideline (measures.md), session 20, helper mspec (notes/s20-mspec.md): a total's
parts by place are all annotated, each with its own place_code, and a part for a unit that is no GB/T division (a
town, 镇/乡; a street or community, 街道/社区) has place_code null (rule ``case_count.list_item``; the parts' names
are read as places by ``case_counts._strip_places_and_days`` and their units by the ``zone`` and ``subunit`` terms of
``data/case_count_terms.tsv``). Parts by sex or age stay unannotated. The texts are invented: regression tests of the
rules, not evidence of quality. Each positive case fails before the fix; negative cases are marked."""

from __future__ import annotations

from datetime import date

import pytest

from imcovid.annotate import annotate

PUBLISHED = date(2022, 10, 28)


def _tuples(text: str) -> list[tuple]:
    return sorted((m["metric"], int(m["value"]), m["place_code"] or "", m["as_of"] or "")
                  for m in annotate(text, PUBLISHED) if m["type"] == "CASE_COUNT")


@pytest.mark.parametrize("text, expected", [
    ("10月26日，额济纳旗新增本土确诊病例3例，其中达来呼布镇2例、东风镇1例。",
     [("confirmed_local", 1, "", "2022-10-26"), ("confirmed_local", 2, "", "2022-10-26"),
      ("confirmed_local", 3, "152923", "2022-10-26")]),
    ("10月26日，广州市新增本土确诊病例3例，其中海珠区2例、新塘镇1例。",
     [("confirmed_local", 1, "", "2022-10-26"), ("confirmed_local", 2, "440105", "2022-10-26"),
      ("confirmed_local", 3, "440100", "2022-10-26")]),
    ("10月26日，广州市新增本土确诊病例3例，其中新港街道2例、滨江街道1例。",
     [("confirmed_local", 1, "", "2022-10-26"), ("confirmed_local", 2, "", "2022-10-26"),
      ("confirmed_local", 3, "440100", "2022-10-26")]),
    # negatives: divisions keep their codes; parts by sex or age are not annotated
    ("10月26日，广州市新增本土确诊病例3例，其中海珠区2例、天河区1例。",
     [("confirmed_local", 1, "440106", "2022-10-26"), ("confirmed_local", 2, "440105", "2022-10-26"),
      ("confirmed_local", 3, "440100", "2022-10-26")]),
    ("10月26日，广州市新增本土确诊病例3例，其中男性2例、女性1例。",
     [("confirmed_local", 3, "440100", "2022-10-26")]),
    ("10月26日，广州市新增本土确诊病例3例，其中轻型2例、普通型1例。",
     [("confirmed_local", 3, "440100", "2022-10-26")]),
])
def test_parts_by_town(text, expected):
    assert _tuples(text) == expected
