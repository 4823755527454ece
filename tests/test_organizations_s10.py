"""ORGANIZATION rules of issue 14's tenth session (rules 1.10), table-driven, on made-up sentences in the style of the
news (the classes were read from unseen archive posts in no gold set; the firms' names of the list rule are invented
and are in no word list)."""

from __future__ import annotations

from datetime import date

import pytest

from imcovid.annotate import annotate
from imcovid.annotate.organizations import _list_items, _sibling_item


def _orgs(text: str) -> list[tuple[str, str]]:
    return [(m["surface"], m["rule"]) for m in annotate(text, date(2022, 5, 1)) if m["type"] == "ORGANIZATION"]


def _surfaces(text: str) -> list[str]:
    return [surface for surface, _ in _orgs(text)]


@pytest.mark.parametrize("text, expected", [
    # items of a list beside two firms found by their endings are firms, notes in brackets and all
    ("上榜的券商分别是瑞昶证券（211名）、丙丁君安（301名）、宏垣证券（331名）。",
     [("瑞昶证券", "organization.generic_ending"), ("丙丁君安", "organization.list_sibling"),
      ("宏垣证券", "organization.generic_ending")]),
    # an item that ends in a sibling's trade is a firm even where its head is an ordinary word (东方|证券)
    ("排名依次为瑞昶证券（第7）、宏垣证券（第14）和东方证券（第15）。",
     [("瑞昶证券", "organization.generic_ending"), ("宏垣证券", "organization.generic_ending"),
      ("东方证券", "organization.list_sibling")]),
    # the first item after 包括, and the name recurring elsewhere
    ("股东还包括庚辛百货、甲乙资产管理有限公司以及丙丁投资有限公司。庚辛百货持股15%。",
     [("庚辛百货", "organization.list_sibling"), ("甲乙资产管理有限公司", "organization.generic_ending"),
      ("丙丁投资有限公司", "organization.generic_ending"), ("庚辛百货", "organization.recurrence")]),
    # the last item ends the clause or stands before 等
    ("会上，腾讯、百度、戊己科云等企业对接交流。",
     [("腾讯", "organization.known_name"), ("百度", "organization.known_name"),
      ("戊己科云", "organization.list_sibling")]),
])
def test_list_sibling(text: str, expected: list[tuple[str, str]]) -> None:
    assert _orgs(text) == expected


@pytest.mark.parametrize("text, absent", [
    # one firm found is not a list of firms
    ("瑞昶证券、丙丁君安均表示看好。", "丙丁君安"),
    # a last item that runs into its predicate is not cut (中石化、中石油和中国建筑毫无悬念…)
    ("中石化、中石油和庚辛建投毫无悬念继续包揽前三。", "庚辛建投毫无悬念继续包揽前三"),
    # places, pronouns, counts and phrases of two frequent words are no firms
    ("腾讯、百度、北京等地的企业参加了活动。", "北京"),
    ("腾讯、百度、其他企业参加了活动。", "其他企业"),
    ("腾讯、百度和分享通信均上榜。", "分享通信"),
])
def test_list_sibling_refuses(text: str, absent: str) -> None:
    assert absent not in _surfaces(text)


@pytest.mark.parametrize("clause, items", [
    ("甲乙证券（211名）、丙丁君安（301名）和戊己证券（331名）", ["甲乙证券", "丙丁君安", "戊己证券"]),
    ("腾讯、百度、英特尔等超1000户企业", ["腾讯", "百度", "英特尔"]),
    ("甲乙以及丙丁", []),  # (no 、: no enumeration read here)
])
def test_list_items(clause: str, items: list[str]) -> None:
    assert [clause[a:b] for a, b in _list_items(clause, 0, len(clause))] == items


@pytest.mark.parametrize("item, trades, expected", [
    ("丙丁君安", set(), True),
    ("东方证券", {"证券"}, True),
    ("东方证券", set(), False),  # (东方 is an ordinary word: only a sibling's trade makes it a firm)
    ("分享通信", set(), False),  # (two frequent words)
    ("其中腾讯", set(), False),
    ("北京", set(), False),
    ("三家", set(), False),
])
def test_sibling_item(item: str, trades: set[str], expected: bool) -> None:
    assert _sibling_item(item, {"北京"}, trades) is expected


@pytest.mark.parametrize("text, expected", [
    # the head's title written after the body: the ending inside it ends no second name
    ("包头市交通运输局局长赵某说。", ["包头市交通运输局"]),
    ("呼和浩特市公安局副局长张某介绍。", ["呼和浩特市公安局"]),
    ("任山东省监狱局副局长、政治部副主任。", ["山东省监狱局"]),
    # a firm announcing or setting up another opens a clause
    ("中国华融宣布宁波银行以10亿元竞得。", ["中国华融", "宁波银行"]),
    ("这也意味着筹划设立消费金融公司多年的宁波银行获得牌照。", ["宁波银行"]),
    # verbs of ranking and selection open a clause too
    ("它是山西省唯一入选首批商务部认定名单的企业。", ["商务部"]),
    ("叠加整个医药行业受到冲击。", []),
])
def test_title_and_verbs_end_names(text: str, expected: list[str]) -> None:
    assert _surfaces(text) == expected


@pytest.mark.parametrize("text, expected", [
    # short forms of futures exchanges and trade associations, international and foreign bodies without an ending
    ("郑商所公告，调整手续费标准。", ["郑商所"]),
    ("中汽协数据显示，芯片供应略有缓解。", ["中汽协"]),
    ("IMF下调了美国经济增速预测。", ["IMF"]),
    ("日本厚生劳动省一个研究组发现，", ["厚生劳动省"]),
    ("韩国中央防疫对策本部通报，", ["中央防疫对策本部"]),
    # 制药 ends a firm's name after a proper name, not after an ordinary word
    ("板块中涨幅第二的甲乙制药也仅为40%。", ["甲乙制药"]),
    ("生物制药行业发展迅速。", []),
    # credit cooperatives and the border inspection's general station
    ("包头市农村信用社发放贷款。", ["包头市农村信用社"]),
    ("内蒙古出入境边防检查总站部署防控。", ["内蒙古出入境边防检查总站"]),
    ("到信用社取钱。", []),
    # a rounded count in 家 before a kind of firm: the listed items are firms
    ("甲乙科技、丙丁恒星等超100家省内企业对接交流。", ["甲乙科技", "丙丁恒星"]),
])
def test_names_and_endings(text: str, expected: list[str]) -> None:
    assert _surfaces(text) == expected


@pytest.mark.parametrize("text, expected", [
    # two characters before a firm's trade name it again alone where the dictionary lacks them as a word
    ("瑞昶证券表示，相关成本均由瑞昶承担。",
     [("瑞昶证券", "organization.generic_ending"), ("瑞昶", "organization.short_form")]),
])
def test_two_character_short_form(text: str, expected: list[tuple[str, str]]) -> None:
    assert _orgs(text) == expected


def test_no_short_form_that_is_a_word() -> None:
    # (东方证券 … 东方: the two characters are a word, so 东方 alone names no firm)
    assert "东方" not in _surfaces("东方证券表示，东方将退还手续费。")


@pytest.mark.parametrize("text, expected", [
    # 但 begins a clause, not a name
    ("客服表示不退还。但瑞昶证券随后发出公告。", ["瑞昶证券"]),
    # kinds of bank the dictionary tags as institutions are no bodies; a named one is
    ("其中商业银行上榜数最多。", []),
    ("包头农村商业银行捐赠物资。", ["包头农村商业银行"]),
    # international bodies, Hong Kong's government and vaccine makers' Latin names
    ("二十国集团领导人峰会召开。", ["二十国集团"]),
    ("港府宣布放宽措施。", ["港府"]),
    ("Pfizer与Moderna的疫苗获批。", ["Pfizer", "Moderna"]),
])
def test_stops_kinds_and_names(text: str, expected: list[str]) -> None:
    assert _surfaces(text) == expected


def test_first_item_without_an_introducer_is_no_phrase() -> None:
    # (今年|腾讯: the words before a list's first item are no part of a firm's name)
    assert "今年腾讯" not in _surfaces("今年腾讯、百度、英特尔均有参与。")
