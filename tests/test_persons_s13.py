"""PERSON rules of the thirteenth session, each on its own examples (table-driven). The examples are made up in the
style of world and epidemic news (invented people), not taken from any gold set nor from the unannotated posts the
error classes were read from: a run of several dotted names joined by an ordinary word is cut into its names (首相
甲·乙|任命|丙·丁); a dotted name after a word that overlaps another keeps its first character (第一夫人|马…·…, not
人马); a surname whose given characters two cuts took away is no name (运动员|尚未); a word of a person's infection or
test ends a transliterated name after a position (总统…|新冠检测呈阳性)."""

from __future__ import annotations

import pytest

from imcovid.annotate import annotate
from imcovid.annotate import persons as P
from imcovid.annotate.name_reader import dotted_names, read_name, read_unlisted
from imcovid.annotate.wordlists import words


def persons(text):
    return [m["surface"] for m in annotate(text, None) if m["type"] == "PERSON"]


@pytest.mark.parametrize("text, expected", [
    # two dotted names in one run of characters that can be in such names, joined by a verb: both names
    ("当地时间3日，英国首相亨利·威尔逊任命约翰·史密斯担任卫生大臣。", ["亨利·威尔逊", "约翰·史密斯"]),
    ("法国总统埃马纽埃尔·马丁会见德国总理奥拉夫·霍夫曼。", ["埃马纽埃尔·马丁", "奥拉夫·霍夫曼"]),
    # a single dotted name with a word after it is read as before
    ("美国总统乔·贝克任命他为卫生部长。", ["乔·贝克"]),
    # negatives: headings of words joined by dots are no names, however many dots
    ("战疫·一线·暖闻", []),
    ("健康·生活·时尚", []),
])
def test_dotted_names_joined_by_a_word(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 人马 is a word too, but 夫人 is the one the text means: the name keeps 马
    ("海地第一夫人马蒂娜·莫雷尔在遇袭3天后首次发声。", ["马蒂娜·莫雷尔"]),
    # no overlap: the cut after the last word is as before
    ("海地第一夫人玛蒂娜·莫雷尔在遇袭后首次发声。", ["玛蒂娜·莫雷尔"]),
])
def test_dotted_name_after_overlapping_words(text, expected):
    assert persons(text) == expected


def test_dotted_runs_cut_at_an_inner_word():
    text = "首相亨利·威尔逊任命约翰·史密斯担任卫生大臣"
    assert [name for _, name in dotted_names(text, P._AFTER_POSITION)] == ["亨利·威尔逊", "约翰·史密斯"]


@pytest.mark.parametrize("text, at, expected", [
    # 接受 takes 接, then 未接 takes 未: the surname alone is left, which is no name
    ("由于该男性运动员尚未接受核酸检测", "尚", None),
    # a surname and given characters still read
    ("教练尚文杰表示", "尚", "尚文杰"),
    ("记者王明表示", "王", "王明"),
])
def test_no_surname_alone(text, at, expected):
    assert read_name(text, text.index(at)) == expected


@pytest.mark.parametrize("text, expected", [
    ("由于该男性运动员尚未接受新冠病毒核酸检测，调查员前往确认。", []),
    ("该名队员尚未返回驻地，教练尚文杰表示将配合调查。", ["尚文杰"]),
])
def test_no_surname_alone_in_text(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("巴西总统阿尔瓦雷斯新冠检测结果呈阳性，症状轻微。", ["阿尔瓦雷斯"]),
    ("美国总统拜登核酸检测结果为阴性。", ["拜登"]),
    ("该国卫生部长穆兰加病情好转，已经出院。", ["穆兰加"]),
    # negatives: a position, then no name before the word of infection
    ("总统府新冠疫情通报会今日举行。", []),
    ("美国总统选举新冠疫情成焦点。", []),
    ("市长办公室新冠疫苗接种点开放。", []),
    ("专家组新冠病毒溯源研究报告发布。", []),
    # a Han name after a position is read as before (王新冠 is a name of a surname and given characters)
    ("院长王新冠表示，医院运转正常。", ["王新冠"]),
])
def test_health_words_end_a_transliterated_name(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("阿尔瓦雷斯新冠检测结果呈阳性", "阿尔瓦雷斯"),
    ("拜登核酸检测", "拜登"),
    ("选举新冠疫情", None),
])
def test_read_unlisted_before_health_words(text, expected):
    assert read_unlisted(text, 0) == expected


def test_health_words_list():
    assert {"新冠", "核酸", "阳性"} <= set(words("person_health_after"))


def test_version():
    assert "imcovid-rules/1.14" in P.ANNOTATOR and "imcovid-rules/1.14" in P.TAGGER_ANNOTATOR


@pytest.mark.parametrize("text, expected", [
    # foreign divisions listed with their cases are places, not persons (LAC reads 孔敬府 as a name)
    ("泰国新增确诊病例中，北标府、暖武里府、孔敬府、猜也奔府各2例。", []),
    ("美国加州洛杉矶郡新增确诊病例超过1万例。", []),
    # a name a cue introduces is not checked against the list
    ("该府发言人孔敬表示，将加强防控。", ["孔敬"]),
])
def test_divisions_end_no_uncued_name(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 病毒, 疫苗 and 症状 are not in the list: after a transliteration they name a disease or a drug
    ("总统埃博拉疫苗接种计划启动。", []),
    ("专家奥密克戎症状较轻。", []),
])
def test_disease_words_end_no_name(text, expected):
    assert persons(text) == expected
