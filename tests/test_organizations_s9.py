"""ORGANIZATION rules of issue 14's ninth session (rules 1.9), table-driven, on made-up sentences in the style of the
news (the classes were read from unseen archive posts in no gold set; no name of theirs is in a word list)."""

from __future__ import annotations

from datetime import date

import pytest

from imcovid.annotate import annotate
from imcovid.annotate.organizations import _begin_at_place, _counted_item


def _orgs(text: str) -> list[tuple[str, str]]:
    return [(m["surface"], m["rule"]) for m in annotate(text, date(2022, 5, 1)) if m["type"] == "ORGANIZATION"]


@pytest.mark.parametrize("text, expected", [
    # a list counted in 家 before a kind of firm names firms, ordinary words and Latin letters included
    ("其中，金禾医疗、华阳集团、ABC科技、快乐天地等10家公司获得调研。",
     [("金禾医疗", "organization.counted_list"), ("华阳集团", "organization.generic_ending"),
      ("ABC科技", "organization.counted_list"), ("快乐天地", "organization.counted_list")]),
    # … not places, nor a list that is not counted in 家
    ("北京、上海等10家企业入选。", []),
    # (LAC reads 金禾医疗 at its trade, session 23's organization.tagged_trade; no counted list is read)
    ("金禾医疗、快乐天地等公司入选。", [("金禾医疗", "organization.tagged_trade")]),
    # a firm written in its registered form is named again by the words before that form
    ("近日，国投电力控股股份有限公司获得执照。国投电力将跟踪项目。",
     [("国投电力控股股份有限公司", "organization.generic_ending"), ("国投电力", "organization.short_form")]),
    # … but not by a place, nor by two characters only
    ("北京有限公司成立。北京下雪了。", [("北京有限公司", "organization.generic_ending")]),
    # a dateline's 电 or 讯 after the day begins no name; 电力 after a day is no dateline
    ("中新网广州6月22日电广州海关22日消息。", [("中新网", "organization.known_name"),
                                       ("广州海关", "organization.generic_ending")]),
    # 而 opens a clause, not a name
    ("而浙商证券分析师指出。", [("浙商证券", "organization.generic_ending")]),
    # 电 inside a firm's name (…电力) does not cut it; after 致 (致电) it does
    ("记者致电科强食品公司。国投电力控股股份有限公司发布公告。",
     [("科强食品公司", "organization.generic_ending"), ("国投电力控股股份有限公司", "organization.generic_ending")]),
    # a trade that begins with a stop character (经纪) does not end a firm's name
    ("北京联创房地产经纪有限公司被查处。", [("北京联创房地产经纪有限公司", "organization.generic_ending")]),
    ("经调查，北京联创房地产有限公司被查处。", [("北京联创房地产有限公司", "organization.generic_ending")]),
    # the verbs that take a patient to a hospital begin no name
    ("他被送往磨西镇卫生院。", [("磨西镇卫生院", "organization.generic_ending")]),
    ("患者转至额济纳旗人民医院救治。", [("额济纳旗人民医院", "organization.generic_ending")]),
    # 中心卫生院 is one ending (a township's central clinic), not 中心 + 卫生院
    ("他被送往磨西镇中心卫生院。", [("磨西镇中心卫生院", "organization.generic_ending")]),
    # a learned society, and stock exchanges by their short names
    ("记者从新四军研究会方面获悉。", [("新四军研究会", "organization.tagged_ending")]),
    ("该公司在港交所公告。", [("港交所", "organization.known_name")]),
    # a team described by a level with 级 is a kind of team, not a body named
    ("派出国家级公共卫生专家组赶赴灾区。", []),
    ("国家卫健委专家组到达。", [("国家卫健委专家组", "organization.generic_ending")]),
])
def test_rules_of_session_9(text, expected):
    assert _orgs(text) == expected


@pytest.mark.parametrize("item, expected", [
    ("快乐天地", True), ("ABC科技", True),
    ("北京", False),  # a place
    ("北京天地", False),  # a place's name begins it
    ("某公司", False), ("10家", False), ("其他", False),
    ("这一家公司的名", False),  # a stop character inside
])
def test_an_item_of_a_counted_list(item, expected):
    assert _counted_item(item, {"北京"}) is expected


@pytest.mark.parametrize("text, start, expected", [
    ("北京谦和之源房地产经纪有限公司", 3, 0),  # one character after the place, no stop between
    ("北京联创房地产经纪有限公司", 1, 0),  # inside the place's name (the window cut it)
    ("北京联创房地产经纪有限公司", 2, 0),  # right after the place
    ("北京市民和谐公司", 5, 5),  # a stop character between
    ("北京的和谐公司", 3, 3),
    ("北京市民文化服务公司", 6, 6),  # more than two characters after the place
])
def test_a_name_lac_read_begins_at_its_place(text, start, expected):
    assert _begin_at_place(text, start, [(0, 2)]) == expected


def _orgs(text):
    from datetime import date

    from imcovid.annotate import annotate

    return [(m["surface"], m["rule"]) for m in annotate(text, date(2022, 1, 22)) if m["type"] == "ORGANIZATION"]


@pytest.mark.parametrize("text, expected", [
    # outlets named as the one told, cited with a month, or acting as a source
    ("王丽告诉九派新闻，去年底判决。", [("九派新闻", "organization.cited_source")]),
    ("据开屏新闻2020年12月报道，该案开庭。", [("开屏新闻", "organization.cited_source")]),
    ("米内网数据显示，该品种已通过评价。", [("米内网", "organization.cited_source")]),
    ("他告诉记者，情况属实。", []),  # no outlet named
    # a registered company whose name ends in trade words (信息服务), not a kind of company alone
    ("他们通过甲乙金服信息服务有限公司吸收资金。", [("甲乙金服信息服务有限公司", "organization.generic_ending")]),
    ("一家信息服务有限公司成立。", []),
    # a firm written with its trade and 集团 is named again by the words before them
    ("甲乙丙药业集团董事长去世。目前甲乙丙已有57个品种通过评价。",
     [("甲乙丙药业集团", "organization.generic_ending"), ("甲乙丙", "organization.short_form")]),
    # courts by their short kind, prisons
    ("山西省忻州市中院以故意杀人罪判处王芳10年有期徒刑。", [("山西省忻州市中院", "organization.generic_ending")]),
    ("目前，王芳已在忻州市监狱服刑。", [("忻州市监狱", "organization.generic_ending")]),
    # a list introduced by 包括 inside its clause, counted with words that rank the firms
    ("该公司下属企业包括甲乙存储、丙丁展锐、戊己同创等多家业界知名公司。",
     [("甲乙存储", "organization.listed_before_kind"), ("丙丁展锐", "organization.listed_before_kind"),
      ("戊己同创", "organization.listed_before_kind")]),
])
def test_outlets_courts_and_introduced_lists(text, expected):
    assert _orgs(text) == expected
