"""ORGANIZATION rules of session 23 (helper org: a non-fitted source of names), table-driven, on made-up sentences,
with negative examples:

- a firm's short name ended by a trade that is as often an ordinary phrase (某某信托, 某某科技, 某某能源, 某某汽车,
  某某资本, 某某国际: data/organization_brand_trades.txt and data/organization_tagged_trades.txt), read where LAC
  labels a body that ends exactly at the trade (``organization.tagged_trade``); the brand before the trade must be no
  ordinary word (硬核|科技, 辖内|银行, 清洁|能源), no trade itself (新能源|汽车), no place alone (上海|信托), end in no
  ordinary word (门|急诊|医疗, 中央|企业|科技) and hold no verb of a clause (某某经纬|咨询|某某食品); a trade that
  begins a longer word (汽车站, 能源局) is asked nothing;
- a body named right before a head's title (某某联谊会|会长, 某某集团|董事长) where LAC reads a body ending there
  (``organization.tagged_title``): not a person (张伟|董事长), a kind (公司|董事长) or a word that names none (相关|负责人);
- an item of a 、-list that holds a name found, where LAC reads the whole item as one body (``organization.tagged_list_item``):
  not an ordinary word (苹果), not places or things (北京、上海; 包子、稀饭);
- the short forms of firms read late (by LAC or the business cues) by the tests of the rules' firms (小鹏汽车 … 小鹏).
"""

from __future__ import annotations

from datetime import date

import pytest

from imcovid.annotate import annotate

RULE = "organization.tagged_trade"


def _orgs(text: str) -> list[tuple[str, str]]:
    return [(m["surface"], m["rule"]) for m in annotate(text, date(2022, 4, 1)) if m["type"] == "ORGANIZATION"]


@pytest.mark.parametrize("text, names", [
    ("另外，华坤信托、中泓信托11月则分别调研了12家公司。", ["华坤信托", "中泓信托"]),
    ("去年6月，岚鹏汽车的智能驾驶研发体系进行了调整。", ["岚鹏汽车"]),
    ("新宙邦、坚朗五金、鼎晟科技、中闽能源等均获得2家机构调研。", ["鼎晟科技", "中闽能源"]),
    ("该公司宣布，旗下瓴泰科技将于明年上市。", ["瓴泰科技"]),
    ("本轮融资由国投招商、人泰资本联合领投。", ["人泰资本"]),
    # a brand or abbreviation jieba knows may be a frequent word (光大/j, 国投/j)
    ("据悉，光大信托本月新发三只产品。", ["光大信托"]),
    ("公告显示，国投资本将增持该股。", ["国投资本"]),
])
def test_tagged_trade(text, names):
    found = _orgs(text)
    for name in names:
        assert (name, RULE) in found, (name, found)


@pytest.mark.parametrize("text, not_name", [
    ("今年以来，新能源汽车销量持续增长。", "新能源汽车"),  # a trade before the trade: a sort of trade
    ("坪山区妇幼保健院暂停门急诊医疗服务。", "门急诊医疗"),  # an ordinary word before the trade
    ("国资委发布《中央企业科技创新成果推荐目录》。", "中央企业科技"),
    ("这是一项硬核科技，改变了行业。", "硬核科技"),
    ("辖内银行要加强风险管理。", "辖内银行"),
    ("上海信托业务增长较快。", "上海信托"),  # a place alone before the trade: the trade of a place
    ("他乘坐长途汽车站的班车回家。", "长途汽车"),  # the trade begins a longer word
    ("清洁能源和普惠金融发展迅速。", "清洁能源"),
    ("目前，东方汽车正在扩建厂房。", "东方汽车"),  # a word of direction (s), no brand
    ("去年金融行业整体向好，今年科技板块领涨。", "今年科技"),  # a time word, no brand
    ("该市今年汽车销量大涨。", "今年汽车"),
    ("清洁能源和普惠金融发展迅速。", "普惠金融"),
    ("中新经纬咨询卫龙食品旗舰店，该店客服表示正在排查。", "中新经纬咨询卫龙食品"),  # a clause's verb inside
])
def test_tagged_trade_negative(text, not_name):
    assert not_name not in [surface for surface, _ in _orgs(text)]


def test_tagged_trade_leaves_found_names_alone():
    # a body a rule found keeps its own rule and span: the trade inside it is no cue for LAC
    found = _orgs("市能源局发布通知。")
    assert found == [("市能源局", "organization.generic_ending")]


# --- the short forms of firms read late (by LAC at a trade, or by the business cues) -----------------------------

@pytest.mark.parametrize("text, short", [
    ("岚鹏汽车今年交付了十万辆车。业内人士认为，岚鹏仍需提升产能。", "岚鹏"),
])
def test_short_form_of_a_late_firm(text, short):
    assert (short, "organization.short_form") in _orgs(text)


@pytest.mark.parametrize("text, not_name", [
    ("岚鹏汽车发布新车。该车由何岚鹏设计。", "岚鹏"),  # a given name after a surname
    ("岚鹏汽车今年交付新车。岚鹏广场同日开业。", "岚鹏"),  # the site before a facility word, not the firm
])
def test_short_form_of_a_late_firm_negative(text, not_name):
    assert not_name not in [surface for surface, _ in _orgs(text)]


# --- LAC before a head's title (某某联谊会|会长, 某某集团|董事长) --------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("会上，中华青年企业家联谊会会长李某致辞。", "中华青年企业家联谊会"),
])
def test_tagged_title(text, name):
    assert (name, "organization.tagged_title") in _orgs(text)


@pytest.mark.parametrize("text, not_name", [
    ("张伟董事长在会上讲话。", "张伟"),  # a person before the title
    ("公司董事长李某当天宣布辞职。", "公司"),  # a kind, no name
    ("据悉，相关负责人表示将尽快处理。", "相关"),
    ("市民王女士说，社区主任很负责。", "社区"),
])
def test_tagged_title_negative(text, not_name):
    assert not_name not in [surface for surface, _ in _orgs(text)]


# --- LAC at the items of a 、-list that holds a name found ------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("自治区团委、青联、学联等单位参加。", "青联"),
    ("此前，腾讯、奇虎360、美团均发布了声明。", "奇虎360"),
])
def test_tagged_list_item(text, name):
    assert (name, "organization.tagged_list_item") in _orgs(text)


@pytest.mark.parametrize("text, not_name", [
    ("京东、苹果、三星纷纷降价。", "苹果"),  # an ordinary word, whatever LAC reads
    ("会议要求北京、上海、广州等地加强防控。", "上海"),  # places, no name found in the list
    ("早餐有包子、稀饭、鸡蛋和牛奶。", "稀饭"),
])
def test_tagged_list_item_negative(text, not_name):
    assert not_name not in [surface for surface, _ in _orgs(text)]
