"""ORGANIZATION rules of issue 14's sixteenth session (rules 1.16), table-driven, on made-up sentences in the style of
business and COVID-19 news (the classes: a firm's short name of a brand and a trade that is as often an ordinary noun,
商汤|科技, 斯微|生物, read where the firm acts and then where it recurs; a stock's move rounded, 涨超/涨近/跌逾, or said of
the session, 盘中一度, in a list of moves)."""

from __future__ import annotations

from datetime import date

import pytest

from imcovid.annotate import annotate
from imcovid.annotate.organizations import ANNOTATOR


def _orgs(text: str) -> list[tuple[str, str]]:
    return [(m["surface"], m["rule"]) for m in annotate(text, date(2022, 3, 21)) if m["type"] == "ORGANIZATION"]


def _surfaces(text: str) -> list[str]:
    return [surface for surface, _ in _orgs(text)]


def test_the_rules_are_version_1_16():
    version = ANNOTATOR.split(":")[0].split("/")[1]
    assert tuple(int(p) for p in version.split(".")) >= (1, 16)


@pytest.mark.parametrize("text, name", [
    # a brand and a trade where a clause begins, before the firm's act (its reply, approval, officer, side, filing)
    ("甲乙医疗回复深交所关注函称，公司产品已获授权。", "甲乙医疗"),
    ("去年，丙丁生物启动了一期临床试验。", "丙丁生物"),
    ("记者从戊己生物方面获悉，此次获批的疫苗为迭代疫苗。", "戊己生物"),
    ("庚辛科技创始人表示，公司将推迟上市。", "庚辛科技"),
    ("，壬癸基因获批上市一款新冠检测试剂盒。", "壬癸基因"),
    ("此前，子丑科技董事长曾公开回应。", "子丑科技"),
    # (an adverb or a day between the name and the act)
    ("甲乙科技11日公开发布声明表示，将推迟上市。", "甲乙科技"),
    ("，丙丁生物也披露了聆讯后资料集。", "丙丁生物"),
])
def test_a_brand_and_a_trade_name_a_firm_that_acts(text, name):
    assert (name, "organization.brand_trade") in _orgs(text)


def test_the_firm_recurs_where_no_act_follows():
    text = "记者从戊己生物方面获悉，此次获批开展临床试验。接种了戊己生物的疫苗后，7天内报告不良反应。"
    assert ("戊己生物", "organization.recurrence") in _orgs(text)


@pytest.mark.parametrize("text, not_a_firm", [
    # a kind of trade, however it acts: a frequent word before it
    ("智慧医疗发布了新的服务标准。", "智慧医疗"),
    ("在精准医疗方面，我市取得了新进展。", "精准医疗"),
    ("，数字医疗表示将覆盖全市。", "数字医疗"),
    ("国内合成生物表示乐观。", "合成生物"),
    # a place's or a country's trade
    ("北京科技表示，将加大研发投入。", "北京科技"),
    ("美国生物公告称，疫苗已获批准。", "美国生物"),
    # a pronoun or determiner, not a brand
    ("该生物公告称，已完成实验。", "该生物"),
    # the act runs on into a noun: an event or a title, the firm does not act
    ("低碳科技发布会在京召开。", "低碳科技"),
    ("，甲乙科技称号被授予五家企业。", "甲乙科技"),
    # no act after it: a phrase
    ("大力推进绿色低碳科技创新行动。", "低碳科技"),
    ("，智慧医疗也发布了新标准。", "智慧医疗"),
])
def test_no_firm_without_a_brand_or_an_act(text, not_a_firm):
    assert ("organization.brand_trade") not in {r for s, r in _orgs(text) if s == not_a_firm}
    assert not [s for s, r in _orgs(text) if r == "organization.brand_trade"]


@pytest.mark.parametrize("text, names", [
    ("热门中概股拉升：甲乙汽车涨近20%，丙丁科技涨超30%。", ["甲乙汽车", "丙丁科技"]),
    ("个股方面，戊己云涨超21.3%，庚辛教育涨约20%，壬癸股份跌逾5%。", ["戊己云", "庚辛教育", "壬癸股份"]),
    # the session's words and a new share's are no part of the name
    ("重要个股方面，甲乙云盘中一度涨超7%，丙丁汽车涨超8%。", ["甲乙云", "丙丁汽车"]),
    ("科技股领涨，新股戊己博药涨超3%、庚辛汽车涨超8%。", ["戊己博药", "庚辛汽车"]),
])
def test_rounded_moves_in_a_list_name_firms(text, names):
    found = {s for s, r in _orgs(text) if r in ("organization.stock_move", "organization.recurrence")}
    assert set(names) <= found
    assert not [s for s in found if s.startswith(("新股", "盘中")) or s.endswith(("一度", "盘中"))]


@pytest.mark.parametrize("text", [
    # prices and indices rounded: no firm
    "猪肉价格涨超10%，鸡蛋价格涨近5%。",
    "恒生指数涨超2%，恒生科技指数涨近3%。",
    # an index's session (恒指|午盘) and a fund's ticker: no firm
    "恒指午盘涨1.2%，国企指数涨1.5%。",
    "中概ETF KWEB盘中一度涨超7%，CQQQ盘中一度涨超3%。",
])
def test_rounded_moves_of_prices_indices_and_funds_name_no_firm(text):
    assert not [s for s, r in _orgs(text) if r == "organization.stock_move"]


@pytest.mark.parametrize("text, name", [
    # a stake held or traded in a percentage of equity names the firm (and a bound on the stake is no part of it)
    ("2020年报数据显示，甲乙生物持有丙丁生物2.34%股权。", "丙丁生物"),
    ("该银行拟向对方转让戊己消费金融70%股权。", "戊己消费金融"),
    ("庚辛科技今年又入股壬癸房产20%股份，布局房产交易。", "壬癸房产"),
])
def test_a_stake_names_the_firm_held(text, name):
    assert (name, "organization.share_cue") in _orgs(text)


@pytest.mark.parametrize("text", [
    "公司拟收购标的公司51%股权。",
    "公司拟转让全资子公司100%股权。",
    "大股东持有公司5%以上股份。",
    "该基金持有其5%股份。",
    "股东航空工业拟减持公司不超2.96%股份。",
])
def test_a_stake_in_a_kind_of_firm_names_none(text):
    assert not [s for s, r in _orgs(text) if r == "organization.share_cue"]


def test_firms_paired_with_a_slash_in_a_list_of_firms():
    text = "此外，西藏药业/甲乙生物、丽珠集团/珠海丙丁均处于临床I期。甲乙生物在2016年便创建研发平台。"
    found = _orgs(text)
    assert ("甲乙生物", "organization.listed_firm") in found
    assert ("甲乙生物", "organization.recurrence") in found


@pytest.mark.parametrize("text", [
    # a slash between units or figures, no firm before it
    "猪肉价格每公斤30元/斤，鸡蛋5元/斤。",
    "检测能力达到每天10万管/日、20万人/次。",
])
def test_a_slash_without_firms_names_none(text):
    assert not [s for s, r in _orgs(text) if r == "organization.listed_firm"]


@pytest.mark.parametrize("text, name, not_names", [
    # a firm's holdings and deals end the words read before a name, and begin no unit of the name before them
    ("计划通过集中竞价和大宗交易方式减持所持公司股份不超过12.49亿股。", None, ["大宗交易方式减持所持公司"]),
    ("参与认购方包括甲乙集团、丙丁财险。", "甲乙集团", ["认购方包括甲乙集团"]),
    ("重整前，北京甲乙集团持有丙丁集团49%的股份。", "丙丁集团", ["北京甲乙集团持有丙丁集团"]),
    ("其中包括甲乙控股有限公司收购丙丁公司股权案件。", "甲乙控股有限公司", ["甲乙控股有限公司收购丙丁公司"]),
    # the shares held or traded are no firm named X股份
    ("在同一期间内，某某亦减持恒大系股份，包括于去年8月减持。", None, ["恒大系股份"]),
])
def test_deals_end_names(text, name, not_names):
    found = _surfaces(text)
    if name:
        assert name in found
    assert not set(not_names) & set(found)


def test_a_dealer_is_no_firm_named_from_its_second_character():
    # (经销商集团 was read as the firm 销商集团, whose short form 销商 then recurred in every 经销商; 经销商 is a kind)
    text = "从数据上来看，上半年上市经销商集团销量同比下滑17.8%。许多经销商营业受限，一些经销商因此资金链断裂。"
    assert not [s for s in _surfaces(text) if "销商" in s]


@pytest.mark.parametrize("text, not_a_firm, firm", [
    # a subsidiary named by its kind is no firm (全资子公司, 快递子公司); the firm named after it is
    ("公司拟将其全资子公司的股权转让给关联方。", "全资子公司", None),
    ("据悉，甲乙集团考虑出售快递子公司。", "快递子公司", "甲乙集团"),
    ("同日，甲乙股份宣布其控股子公司丙丁实业拟收购一家企业。", "控股子公司丙丁实业", "丙丁实业"),
])
def test_a_subsidiary_named_by_its_kind_is_no_firm(text, not_a_firm, firm):
    found = _surfaces(text)
    assert not_a_firm not in found
    if firm:
        assert firm in found


def test_a_brand_and_trade_firm_is_named_by_its_brand_again():
    text = "记者从汐博生物方面获悉，此次获批的是迭代疫苗。汐博方面称，海外临床数据初步证实其效力。"
    assert ("汐博", "organization.short_form") in _orgs(text)


def test_a_brand_that_is_a_word_is_not_read_alone():
    # (东方 is a frequent word: 东方生物's brand alone names no firm)
    text = "东方生物公告称，其检测试剂获批。东方国家的疫情有所缓和。"
    assert "东方" not in _surfaces(text)


def test_a_brand_inside_its_full_name_joins_no_name_before_it():
    # (智飞 at the start of 智飞生物 is no name of its own: the kind before it, 疫苗公司, is not joined to it)
    text = "甲乙生物、智飞生物均发布公告称将扩产。据互动平台信息，A股疫苗公司智飞生物等也已开始布局。智飞方面表示，产能充足。"
    assert not [s for s in _surfaces(text) if s.endswith("公司智飞")]


# Review of 1.16 (fixes, same version). Each table holds the reviewer's reproduction and its neighbours.

@pytest.mark.parametrize("text, not_firms", [
    # 某某医疗|方面 is a field as often as a firm's side: only a side that speaks is the firm's act (方面获悉/表示/称)
    ("今年以来，全省对新冠医疗方面的投入持续加大。新冠疫苗接种率已超过80%，新冠病毒检测能力大幅提升。", ["新冠医疗", "新冠"]),
    ("医护人员在疫情防控和重症医疗方面做了大量工作。", ["重症医疗"]),
    ("我们要在节能减排和低碳科技方面加大投入，倡导低碳出行。", ["低碳科技", "低碳"]),
    ("全市在疫情防控和抗疫科技方面加大投入，支援抗疫一线。", ["抗疫科技", "抗疫"]),
    ("全市加强对病原生物方面的研究。", ["病原生物"]),
    ("，在妇幼医疗和跨境医疗方面持续发力。", ["妇幼医疗", "跨境医疗"]),
])
def test_a_field_before_fangmian_names_no_firm(text, not_firms):
    assert not set(not_firms) & set(_surfaces(text))


@pytest.mark.parametrize("text, name", [
    ("记者从戊己生物方面获悉，此次获批的疫苗为迭代疫苗。", "戊己生物"),
    ("，庚辛生物方面表示，公司运营一切正常。", "庚辛生物"),
    ("，壬癸医疗方面称，产品已获授权。", "壬癸医疗"),
    ("今年1月，子丑生物方面向本报记者透露，该疫苗已完成一期试验。", "子丑生物"),
])
def test_a_firms_side_that_speaks_names_it(text, name):
    assert (name, "organization.brand_trade") in _orgs(text)


@pytest.mark.parametrize("text, not_firm", [
    # the words before a stake are a part of a holding, a role in the deal or a kind of firm, or run from a holding
    ("控股股东直接持有发行人45.6%的股份。", "发行人"),
    ("公司拟转让所持重庆啤酒20%股权。", "所持重庆啤酒"),
    ("公司拟收购控股子公司剩余30%股权。", "控股子公司剩余"),
    ("公司拟出售非核心业务51%股权。", "非核心业务"),
    ("公司拟出售所持全部20%股权。", "全部"),
    ("公司拟受让原股东30%股权。", "原股东"),
    ("公司拟收购境外企业20%股权。", "境外企业"),
    ("公司拟出售旗下酒店业务60%股权。", "旗下酒店业务"),
])
def test_a_stake_names_no_part_role_or_kind(text, not_firm):
    assert not_firm not in _surfaces(text)
    assert not [s for s, r in _orgs(text) if r == "organization.share_cue" and s != "重庆啤酒"]


def test_a_stake_named_after_the_holding_it_comes_from():
    assert ("丙丁啤酒", "organization.share_cue") in _orgs("公司拟转让所持丙丁啤酒20%股权。")


@pytest.mark.parametrize("text", [
    # coins, sectors and commodities move in rounded figures: no sign of listed shares, no firm
    "比特币涨超5%，以太坊涨近8%，狗狗币涨逾10%。",
    "元宇宙涨超5%，医美涨近4%，预制菜涨逾3%。",
    "沪镍涨超5%，沪锡涨近4%。",
    "布油涨超2%，美油涨近3%。",
    "现货白银涨超3%，现货黄金涨近1%。",
])
def test_rounded_moves_without_a_sign_of_listed_shares_name_no_firm(text):
    assert not [s for s, r in _orgs(text) if r == "organization.stock_move"]


@pytest.mark.parametrize("text, name", [
    # a trade's shares or listed shares in the sentence: the rounded moves are firms'
    ("汽车股走高，甲乙汽车涨超8%，丙丁汽车涨近5%。", "甲乙汽车"),
    ("港股方面，戊己云涨超6%，庚辛教育涨近4%。", "戊己云"),
])
def test_rounded_moves_after_a_word_of_listed_shares_name_firms(text, name):
    assert (name, "organization.stock_move") in _orgs(text)


def test_a_rounded_move_names_a_firm_named_elsewhere():
    text = "庚辛博涨超5%，壬癸云涨近8%。庚辛博公告称，新药获批。"
    assert ("庚辛博", "organization.stock_move") in _orgs(text)
    assert "壬癸云" not in _surfaces(text)


@pytest.mark.parametrize("text, names", [
    # an exact move of a Latin ticker in a list names the firm (as before 1.16)
    ("AMC涨20%，GME涨10%。", ["AMC", "GME"]),
    ("，AMC跌12.5%，GME跌9.3%。", ["AMC", "GME"]),
])
def test_exact_moves_of_tickers_name_firms(text, names):
    assert set(names) <= {s for s, r in _orgs(text) if r == "organization.stock_move"}


@pytest.mark.parametrize("text, person", [
    # a post before the brand of a firm named earlier: a person (persons.py), not the firm's short form
    ("，沃森生物公告称疫苗获批。世卫组织科学家沃森表示，病毒仍在变异。", "沃森"),
    ("富途证券发布公告。美国总统富途表示欢迎。", "富途"),
])
def test_a_short_form_takes_no_name_after_a_post(text, person):
    found = annotate(text, date(2022, 3, 21))
    assert not [m for m in found if m["type"] == "ORGANIZATION" and m["surface"] == person]


def test_a_short_form_recurs_where_no_post_comes_before():
    assert ("富途", "organization.short_form") in _orgs("富途证券发布公告。富途承担全部责任。")


@pytest.mark.parametrize("text, firm", [
    # a firm whose name ends in 子 is no kind of subsidiary; a firm's listed name after a deal is the firm
    ("今年以来，金种子公司业绩下滑。", "金种子公司"),
    ("记者联系了金种子公司。", "金种子公司"),
    ("控股股东拟增持伊利股份。", "伊利股份"),
])
def test_a_firm_ending_in_zi_or_traded_by_its_listed_name(text, firm):
    assert firm in _surfaces(text)


@pytest.mark.parametrize("text", [
    "公司及其境外子公司均正常运营。",
    "该公司一家子公司被罚款。",
    "大股东拟增持公司股份。",
])
def test_subsidiaries_and_shares_of_kinds_name_no_firm(text):
    assert not _surfaces(text)
