"""ORGANIZATION rules of session 22 (helper org, learnt on business news read first-hand: 证券时报网 要闻, 中证网 资讯),
table-driven, on made-up sentences, with negative examples:

- a list before 等, a trade and a generic kind (甲乙担保、丙丁担保等担保机构, 甲、乙、丙等视频平台:
  ``organization.listed_before_trade_kind``), not a list of trades (化工、钢铁等传统企业) or places;
- a list counted right after its last item with no 等 (甲、乙、丙和丁4家公司: ``organization.exactly_counted_list``),
  only where the count is the number of items, never after 其中, 共 or 等, never a list of places or parts of places;
- a list read after an earlier list's 等, kind and joiner (甲、乙等10余家银行及丙、丁等担保机构);
- a periodical titled in 《》 before 杂志/周刊/月刊/期刊, or a title ending in 新闻/周刊 that publishes
  (``organization.titled_periodical``), not a document's title acting (《通知》指出) nor a programme (《新闻联播》);
- a preposition of means (通过, after a modal: 可通过) before a list's first item opens the clause, not the name;
- a registered name with its place of registration in brackets (甲乙信息技术（深圳）有限公司:
  ``organization.place_bracketed_firm``), cut after a place or a holder written before it, not a kind alone (该公司
  （深圳）…), not a bracket that holds no place.
"""

from __future__ import annotations

from datetime import date

import pytest

from imcovid.annotate import annotate


def _orgs(text: str) -> list[tuple[str, str]]:
    return [(m["surface"], m["rule"]) for m in annotate(text, date(2022, 4, 1)) if m["type"] == "ORGANIZATION"]


def _surfaces(text: str) -> list[str]:
    return [surface for surface, _ in _orgs(text)]


# --- a list before 等, a trade and a generic kind ----------------------------------------------------------------------

@pytest.mark.parametrize("text, names", [
    ("7月23日，甲乙银行及河南丙丁投资担保、郑州戊己担保等担保机构表示，将提供支持。", ["河南丙丁投资担保", "郑州戊己担保"]),
    ("10月，庚辛艺、壬癸视频、子丑等视频平台接连宣布取消超前点播。", ["庚辛艺", "壬癸视频", "子丑"]),
    ("寅卯能源、辰巳能源等能源企业签约。", ["寅卯能源", "辰巳能源"]),
])
def test_list_before_a_trade_and_a_generic_kind(text, names):
    found = _orgs(text)
    for name in names:
        assert (name, "organization.listed_before_trade_kind") in found


@pytest.mark.parametrize("text, not_a_body", [
    ("化工、钢铁等传统企业表示压力较大。", "化工"),
    ("北京、上海等一线城市的企业表示。", "北京"),
    ("餐饮、零售等服务企业受到冲击。", "餐饮"),
    ("医生、护士等医疗机构人员参加培训。", "医生"),
    ("保险、证券等金融机构纷纷跟进。", "保险"),
    # (no item shows the trade: a list of kinds as often as of firms, test_organizations_s9b)
    ("同时，甲乙海运、丙丁罗特等航运企业宣布冻结运价。", "甲乙海运"),
    # (等 inside a word, 高等: no list's end)
    ("甲乙学院、丙丁学院等高等教育机构参加。", "丙丁学院等高"),
])
def test_no_list_of_trades_or_places_before_a_trade_and_kind(text, not_a_body):
    assert not_a_body not in _surfaces(text)


# --- a list counted exactly after its last item, with no 等 -------------------------------------------------------------

@pytest.mark.parametrize("text, names", [
    ("部分公司净利逆势增长。甲乙汽车、厦门丙丁、戊己汽车和庚辛联合控股4家公司净利均实现增长。",
     ["甲乙汽车", "厦门丙丁", "戊己汽车", "庚辛联合控股"]),
    ("甲乙科技、丙丁生物和戊己药业三家公司发布公告。", ["甲乙科技", "丙丁生物", "戊己药业"]),
    ("甲乙物流与丙丁快运两家企业达成合作。", ["甲乙物流", "丙丁快运"]),
])
def test_list_counted_exactly_after_its_last_item(text, names):
    found = _surfaces(text)
    for name in names:
        assert name in found


@pytest.mark.parametrize("text, not_a_body", [
    ("甲乙科技、丙丁生物和戊己药业2家公司表示。", "甲乙科技"),  # 3 items, count 2: no list of these firms
    ("其中，甲乙科技、丙丁生物和戊己药业共3家公司表示。", "甲乙科技"),  # 共 before the count
    ("北京、上海2家公司表示。", "北京"),
    ("北京市区、上海城区2家公司表示。", "北京市区"),
    ("发展、稳定和安全3家企业。", "发展"),
    ("今年新增上市公司15家，其中境内上市公司14家、境外上市公司1家。", "境外上市公司"),
])
def test_no_list_where_the_count_is_not_the_items(text, not_a_body):
    assert not_a_body not in _surfaces(text)


def test_exactly_counted_list_rule_and_recurrence():
    found = _orgs("甲乙汽车、丙丁信达和戊己联合控股3家公司净利增长。丙丁信达上半年净利同比增长。")
    assert ("丙丁信达", "organization.exactly_counted_list") in found
    assert [s for s, _ in found].count("丙丁信达") == 2


# --- a list read after an earlier list's 等, kind and joiner ------------------------------------------------------------

def test_list_after_an_earlier_list():
    found = _surfaces("农业发展银行、甲乙银行、丙丁银行等10余家银行及河南戊己投资担保、郑州庚辛担保等担保机构表示将联合扶持。")
    assert "河南戊己投资担保" in found and "郑州庚辛担保" in found
    assert not any("银行及" in s for s in found)


# --- periodicals titled in 《》 --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("8月3日，《财富》杂志在其官网发布世界500强排行榜。", "财富"),
    ("他在《甲乙》期刊上发表论文。", "甲乙"),
    ("朝鲜劳动党中央机关报《劳动新闻》11日发表题为“友谊”的文章。", "劳动新闻"),
    ("《丙丁周刊》刊文指出，市场回暖。", "丙丁周刊"),
])
def test_titled_periodical(text, name):
    assert (name, "organization.titled_periodical") in _orgs(text)


@pytest.mark.parametrize("text, not_a_body", [
    ("《通知》指出，银行要加强管理。", "通知"),
    ("《报告》显示，消费市场回暖。", "报告"),
    ("《新闻联播》报道了这一消息。", "新闻联播"),
    ("今年《财富》世界500强排行榜企业的营业收入约为37.8万亿美元。", "财富"),
    ("他读了《平凡的世界》一书。", "平凡的世界"),
    ("《甲乙新闻》指出，活动将延期。", "甲乙新闻"),  # (not an act of publishing)
])
def test_no_titled_periodical_for_documents_and_programmes(text, not_a_body):
    assert not_a_body not in _surfaces(text)


# --- registered names with a bracketed place -------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("由中国信息通信研究院、甲乙银行、塔比星信息技术（深圳）有限公司三大主体牵头成立。", "塔比星信息技术（深圳）有限公司"),
    ("会上曝光了云南省昆明呈贡区丙丁字节（云南）科技有限公司的问题。", "丙丁字节（云南）科技有限公司"),
    ("甲乙医药控股子公司戊己实业（香港）有限公司与对方签约。", "戊己实业（香港）有限公司"),
])
def test_registered_name_with_a_bracketed_place(text, name):
    assert (name, "organization.place_bracketed_firm") in _orgs(text)


def test_bracketed_place_keeps_the_short_form():
    found = _surfaces("2月19日，富途证券国际（香港）有限公司宣布捐赠。富途方面表示，公司在香港业务正常。")
    assert "富途证券国际（香港）有限公司" in found and "富途" in found


@pytest.mark.parametrize("text, not_a_body", [
    ("该公司（深圳）有限公司表示。", "公司（深圳）有限公司"),
    ("他在深圳（南山）工作，后加入某科技有限公司。", "深圳（南山）"),
    ("甲乙科技（试行）有限公司章程修订。", "甲乙科技（试行）有限公司"),  # (no place in the bracket)
])
def test_no_bracketed_firm_without_a_name_or_a_place(text, not_a_body):
    assert not any(not_a_body in s for s in _surfaces(text))


# --- a preposition of means before a list's first item --------------------------------------------------------------

@pytest.mark.parametrize("text, name, not_a_body", [
    ("可通过甲乙优选、丙丁买菜等电商平台预定购买。", "甲乙优选", "可通过甲乙优选"),
    ("通过甲乙优选、丙丁买菜等电商平台下单。", "甲乙优选", "通过甲乙优选"),
])
def test_preposition_before_the_first_item(text, name, not_a_body):
    found = _surfaces(text)
    assert name in found and not_a_body not in found


def test_a_name_with_a_verb_inside_keeps_it():
    assert "农业发展银行" in _surfaces("农业发展银行、甲乙银行等10余家银行表示将提供支持。")
