"""Ninth session, MEASURE: the bare ``接种疫苗`` alternative of the H7 cue generalized to vaccination that someone
organizes or urges.

Why: across the development sets the bare phrase fired in statements that tell who has been vaccinated or give advice
to the vaccinated (接种疫苗后仍须注意个人防护, 在大陆接种疫苗的台胞已达…人, 已接种疫苗者的突破性感染) — false in three
sets (real-6, real-7, real-8), never the only cue of a true H7 mention. H7 is a vaccination policy: vaccination
offered, organized or pushed. So 接种疫苗 now counts only after a verb of organizing or urging (组织, 动员, 推进,
引导, 督促 …), as 疫苗接种 already did. Examples are invented sentences in the style of the news."""

import pytest

from imcovid.annotate.measures import ANNOTATOR, find_measures


def _codes(text: str) -> list[tuple[str, str]]:
    return [(m["code"], m["surface"]) for m in find_measures(text, [], [])]


@pytest.mark.parametrize("text, expected", [
    # Vaccination organized or urged by a body: H7.
    ("要组织辖区群众接种疫苗。", [("H7", "组织辖区群众接种疫苗")]),
    ("社区动员60岁以上老人尽快接种疫苗。", [("H7", "社区动员60岁以上老人尽快接种疫苗")]),
    ("各街道督促符合条件的居民接种疫苗。", [("H7", "各街道督促符合条件的居民接种疫苗")]),
    ("加快推进疫苗接种工作。", [("H7", "加快推进疫苗接种工作")]),
    # Who has been vaccinated, or advice to the vaccinated: no vaccination policy, no H7.
    ("全县已有八成居民接种疫苗。", []),
    ("据统计，在本市接种疫苗的外籍人士已达2万人。", []),
])
def test_vaccination_is_h7_when_someone_organizes_or_urges_it(text, expected):
    assert [(c, s) for c, s in _codes(text) if c == "H7"] == expected


def test_advice_to_the_vaccinated_keeps_its_own_measure_and_no_h7():
    # (个人防护 is H6; having been vaccinated is the advice's audience, not a vaccination measure.)
    assert _codes("接种疫苗后仍须注意个人防护。") == [("H6", "接种疫苗后仍须注意个人防护")]


def test_the_measure_annotator_version_says_the_mentions_changed():
    from tests.test_persons_s15 import _rules_version  # (compared as numbers: 1.10 > 1.9)
    assert _rules_version(ANNOTATOR) >= (1, 1)  # (session 10 moved it on to 1.2)


@pytest.mark.parametrize("text, codes", [
    # a wedding or a funeral is a gathering measure only where the text says how to hold it
    ("倡导节俭办婚事、办丧事。", ["C4"]),
    ("王芳的父亲对这桩婚事非常反对。", []),
    # a post taken on as well is a change of command only in the command's chain (书记, 指挥长 …)
    ("由盟委书记代钦兼任旗委书记。", ["CN-COMMAND"]),
    ("他痛批兼任投资公司投评会主席的李滨。", []),
])
def test_bare_words_of_life_and_office_are_no_measures(text, codes):
    from datetime import date

    from imcovid.annotate import annotate

    assert [m["code"] for m in annotate(text, date(2021, 10, 20)) if m["type"] == "MEASURE"] == codes
