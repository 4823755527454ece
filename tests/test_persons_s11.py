"""PERSON rules of the eleventh session, each on its own examples (table-driven). The examples are made up in the style
of company, court and society news (invented people), not taken from any gold set nor from the unannotated posts the
error classes were read from: a county's two-character short form as a three-character name's surname and first given
character, after a position and where the name recurs (妻子|姚安|娜: 姚安 is a county of Yunnan); and a one-character
conjunction opening a clause before an act, never a surname there (但|豹皮|也是假的); 代言人 (a brand's ambassador) as
a position before a name; owners and landlords (房东, 房主, 车主, 业主) as positions, after which a surname and a
courtesy form are the mention (房东|景女士, not 房东景; 车主|张先生, though 主张 is a word)."""

from __future__ import annotations

import re

import pytest

from imcovid.annotate import annotate
from imcovid.annotate import persons as P


def mentions(text, types=("PERSON",)):
    return [(m["surface"], m["type"], m["rule"]) for m in annotate(text, None) if m["type"] in types]


@pytest.mark.parametrize("text, expected", [
    # a name read after a position (a kinship word here) whose first two characters are a county's short form, with
    # a Yunnan place elsewhere in the text so that the short form is read as that county: the name wins, everywhere
    ("公开信息显示，他出生于云南昆明。他的妻子姚安娜是一名医生。姚安娜说，她很忙。",
     [("云南", "LOCATION"), ("昆明", "LOCATION"), ("姚安娜", "PERSON"), ("姚安娜", "PERSON")]),
    ("赤峰市林西县的医生林西平表示，患者病情稳定。林西平说，将继续观察。",
     [("赤峰市", "LOCATION"), ("林西县", "LOCATION"), ("林西平", "PERSON"), ("林西平", "PERSON")]),
    # negatives: the county itself, short or full, stays a place (no name runs on past it, or no cue before it)
    ("云南省姚安县县长王明到姚安调研。",
     [("云南省", "LOCATION"), ("姚安县", "LOCATION"), ("王明", "PERSON"), ("姚安", "LOCATION")]),
    ("赤峰市林西县书记到林西调研。", [("赤峰市", "LOCATION"), ("林西县", "LOCATION"), ("林西", "LOCATION")]),
    ("记者来到林西，看到各处秩序井然。", []),
])
def test_county_short_form_opening_a_name_after_a_position(text, expected):
    assert [(s, t) for s, t, _ in mentions(text, ("PERSON", "LOCATION"))] == expected


@pytest.mark.parametrize("text, expected", [
    # before an act, a conjunction opening a clause is no surname (但 is one, rarely)
    ("回来想再次出售，但豹皮也是假的。", []),
    ("但豹皮也是假的。", []),
    # … before a verb of saying a name may still begin with 但, and a name after the conjunction is read
    ("但汉松称，他没有收到通知。", [("但汉松", "PERSON", "person.clause_start")]),
    ("但斌表示，市场仍有机会。", [("但斌", "PERSON", "person.clause_start")]),
    ("但王某某已在牧场工作。", [("王某某", "PERSON", "person.anonymised")]),
    ("而李某某也被查处。", [("李某某", "PERSON", "person.anonymised")]),
])
def test_conjunction_before_an_act_is_no_surname(text, expected):
    assert mentions(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("此外，机身还有品牌代言人李一航签名，极具辨识度。", [("李一航", "PERSON", "person.after_position")]),
    # negatives: the role without a name
    ("公司品牌代言人为谁尚未公布。", []),
    ("该品牌代言人也发声称，产品没有问题。", []),
    ("代言人代表品牌形象。", []),
])
def test_brand_ambassador_is_a_position(text, expected):
    assert mentions(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("7月8日，一女租客失联。房东景女士说，租客近期交租时失联了。",
     [("景女士", "PERSON", "person.anonymised")]),
    ("房东李先生告诉记者，租客已搬走。", [("李先生", "PERSON", "person.anonymised")]),
    # (车主, 业主 and 房主 are no positions: they run into 物业主任, 企业主管, 列车主管 — an independent review's cases.)
    ("小区物业主管刘先生告诉记者，物资已经送到。", [("刘先生", "PERSON", "person.anonymised")]),
    ("物业主任刘强表示，将全力配合防疫。", [("刘强", "PERSON", "person.after_position")]),
    # a full name before the courtesy form is still the mention (no position inside it)
    ("邀请了王国华女士出席。", [("王国华", "PERSON", "person.name_before_courtesy")]),
    # negatives: the roles alone, and 主张 as a verb
    ("房东是谁？业主委员会表示，将配合。车主可以在线预约。", []),
    ("他主张先生产后消费。", []),
])
def test_owner_and_landlord_before_a_courtesy_form(text, expected):
    assert mentions(text) == expected


@pytest.mark.parametrize("text", ["浙江省宁波市通报：病例3的妻子为宁海人，在宁波市区务工。", "浙江金华：其妻子武义籍，在当地务工。"])
def test_a_county_before_人_or_籍_is_where_someone_is_from(text):
    assert not [m for m in mentions(text) if m[1] == "PERSON"]


def test_annotator_version():
    # (1.12 or later: session 12 raised it to 1.13, test_persons_s12.py pins that)
    assert all(re.search(r"imcovid-rules/1\.(?:1[2-9]|[2-9]\d)\b", a) for a in (P.ANNOTATOR, P.TAGGER_ANNOTATOR))
