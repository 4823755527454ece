"""ORGANIZATION cues of business, technology and digest news (session 20, helper org3, notes/s20-org3.md),
table-driven, on made-up sentences: a digest's source account before an item's 【title】 (@某某财经【…】), a listed firm
announcing (某某科技12月14日晚间公告), a name before its stock code (某某医学（000516.SZ）), a body's own account cited
at a clause's opening (某某能源微信公众号消息), an outlet named in letters after 据 (据外媒Foobar报道), the speaker that
opens a headline in 【】 (【某某电子：拟…】), the other party of a firm's deal (微软将收购|某某暴雪), and no firms in a counted list of trades before a generic kind (化工、钢铁等多家企业). Each rule has negative examples: what it must not fire on."""

from __future__ import annotations

from datetime import date

import pytest

from imcovid.annotate import annotate
from imcovid.annotate.organizations import (_digest_citations, _disclosing_firms,
                                            _latin_cited_outlets, _own_accounts, _ticker_names,
                                            _headline_speakers, _parties_of_deals, _speaker_cut,
                                            _trades_before_generic_kind)


def _orgs(text: str) -> list[tuple[str, str]]:
    return [(m["surface"], m["rule"]) for m in annotate(text, date(2022, 1, 27)) if m["type"] == "ORGANIZATION"]


def _surfaces(text: str) -> list[str]:
    return [surface for surface, _ in _orgs(text)]


# --- 1. a digest's source account before the item's 【title】 -------------------------------------------------------

@pytest.mark.parametrize("text, outlet", [
    ("各位早上好。\n@澎湃【某地发布新规】据报道，某地发布新规。", "澎湃"),
    ("早报来了。\n@cnBeta【某公司发布新品】该公司发布新品。", "cnBeta"),
    ("今日要闻\n@晚点LatePost【某公司人事变动】消息称。", "晚点LatePost"),
    ("@鲸视频【某剧将于11月开机】据外媒报道。", "鲸视频"),
])
def test_digest_citation_is_an_outlet(text, outlet):
    assert (outlet, "organization.digest_citation") in _orgs(text)


@pytest.mark.parametrize("text", [
    "网友@张三【转发】这条消息。",  # a handle inside a sentence, a person's
    "他说@某某 你好【笑】",  # no title right after the handle
    "@某某财经 发布【公告】",  # a space: not the digest's form
])
def test_handle_inside_a_sentence_is_no_digest_citation(text):
    assert _digest_citations(text, {}) == []


def test_digest_citation_keeps_the_handle_cut():
    text = "@甲乙控股公告【甲乙控股：境外子公司增发债券】"
    assert ("甲乙控股", "organization.handle") in _orgs(text)
    assert all(surface != "甲乙控股公告" for surface, _ in _orgs(text))


def test_digest_citation_recurs():
    text = "@丙丁财经【某某上涨】丙丁财经消息，某某上涨。"
    assert _surfaces(text).count("丙丁财经") == 2


# --- 2. a listed firm announcing ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, firm", [
    ("瑞星电子12月14日晚间公告，公司拟收购一条产线。", "瑞星电子"),
    ("蓝鲸岛1月18日晚间公告，公司关注到相关传闻。", "蓝鲸岛"),
    ("金桂园服务12月14日晚间在港交所公告，公司股价出现较大波动。", "金桂园服务"),
    ("同一日，青云新能源也发布公告称，部分车型将涨价。", "青云新能源"),
])
def test_firm_announcing_is_named(text, firm):
    assert (firm, "organization.disclosing_firm") in _orgs(text)


@pytest.mark.parametrize("text", [
    "公司公告称，业绩下滑。",  # the kind word
    "该公司公告，董事长辞职。",  # a pronoun
    "此前公告称，将回购股份。",  # a day word
    "上市公司公告显示，业绩增长。",  # a kind of firm
    "某市第五医院发布停诊公告：根据疫情防控要求停诊。",  # the name runs over an act: the ending rule names the hospital
    "某某医药再度发布风险提示公告：公司股价异动。",  # the name runs over an act and a kind of notice
    "12月14日，核酸检测结果公告：全部阴性。",  # what the notice is about, no body
    "新华人寿和太平人寿先后发布公告。",  # a list: each firm is another rule's (LAC's)
])
def test_no_firm_before_a_kind_or_an_act(text):
    assert _disclosing_firms(text, {}, set()) == []


def test_firm_announcing_recurs():
    text = "蓝鲸岛1月18日晚间公告，公司关注到相关传闻。蓝鲸岛股价收涨。"
    assert _surfaces(text).count("蓝鲸岛") == 2


# --- 3. a name before its stock code -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, firm", [
    ("近日，华信医学（000516.SZ）旗下两家医院陷入舆情。", "华信医学"),
    ("1月6日诺安健康(6606.HK)旗下产品获批。", "诺安健康"),
    ("随后金山矿业（601899）发布公告。", "金山矿业"),
])
def test_name_before_stock_code_is_a_firm(text, firm):
    assert firm in _surfaces(text)


def test_kind_of_firm_before_the_name_is_left_out():
    text = "新三板挂牌公司天宇期货（834277）公告称。"
    assert _ticker_names(text, {}, set()) == [(7, 11)]  # 天宇期货, not 新三板挂牌公司天宇期货


@pytest.mark.parametrize("text", [
    "该公司（000516.SZ）发布公告。",  # a pronoun and a kind
    "上市公司（600000）",  # a kind of firm
    "电话（010-12345678）",  # no stock code
    "截至2021年（20210101）",  # a date, no code of an exchange
])
def test_no_firm_before_a_code_of_no_name(text):
    assert _ticker_names(text, {}, set()) == []


# --- 4. a body's own account cited at a clause's opening ---------------------------------------------------------

@pytest.mark.parametrize("text, body", [
    ("“南湖市场监管”微信公众号12月14日消息，检查发现问题。", "南湖市场监管"),
    ("未来能源微信公众号消息，公司完成融资。", "未来能源"),
    ("，星河科技官方微博发布声明称。", "星河科技"),
])
def test_own_account_names_its_owner(text, body):
    assert body in _surfaces(text)


@pytest.mark.parametrize("text", [
    "其微信公众号消息，称将调整。",  # a pronoun
    "官方微信公众号发布，称将调整。",  # a kind of account
    "个人公众号发布文章称。",  # a kind of account
    "他在微信公众号发布文章称。",  # a person and where he posted
])
def test_no_owner_of_a_kind_of_account(text):
    assert _own_accounts(text, {}, set()) == []


# --- 5. an outlet named in letters after 据 ------------------------------------------------------------------------

@pytest.mark.parametrize("text, outlet", [
    ("据外媒Foobarati报道，某公司进入餐饮行业。", "Foobarati"),
    ("据Tech月球报道，某公司上线新平台。", "Tech月球"),
])
def test_outlet_in_letters_after_ju(text, outlet):
    assert (outlet, "organization.latin_cited") in _orgs(text)


@pytest.mark.parametrize("text", [
    "据了解，某公司上线新平台。",  # no name
    "据报道，某公司上线新平台。",  # no name
    "据WHO数据显示，病例增加。",  # data, not a report
])
def test_no_outlet_in_letters_without_a_report(text):
    assert _latin_cited_outlets(text, {}) == []


# --- 6. a counted list of trades before a generic kind of firm names no firms -------------------------------------

@pytest.mark.parametrize("text", [
    "记者走访了北京、上海等多家企业。",  # places, no firms
    "他咨询了化工、钢铁等多家企业。",  # trades, no firms
])
def test_no_firms_from_places_or_trades_after_le(text):
    surfaces = _surfaces(text)
    assert not {"北京", "上海", "化工", "钢铁"} & set(surfaces)


@pytest.mark.parametrize("kind, items, expected", [
    ("等多家企业", ["化工", "钢铁"], True),  # trades before a generic kind
    ("等5家公司", ["煤炭", "有色"], True),
    ("等7家银行", ["工行", "建行", "中行"], False),  # a kind that is a trade: short names of firms
    ("等10家公司", ["翔宇医疗", "完美世界"], False),  # not every item an ordinary word
])
def test_trades_before_generic_kind(kind, items, expected):
    assert _trades_before_generic_kind(kind, items) is expected


# --- 7. the speaker that opens a digest item's headline in 【】 -----------------------------------------------------

@pytest.mark.parametrize("text, body", [
    ("@某某新闻【云雀电影：对试图破坏评分的行为将追责】云雀电影针对争议作出回应。", "云雀电影"),
    ("@某某财经【星海电子：拟收购德国一条产线】星海电子晚间称，交易尚待批准。", "星海电子"),
    ("@某某新闻【青禾佳缘再回应：正全面开展自查】青禾佳缘表示，已停职相关员工。", "青禾佳缘"),  # the act is cut off
    ("@某某新闻【某国政府首次对外发声：遭受灾难】某国政府称。", None),  # anonymised: no name
])
def test_headline_speaker_is_a_body(text, body):
    found = [surface for surface, rule in _orgs(text) if rule in ("organization.headline_speaker", "organization.recurrence")]
    assert (body in found) if body else found == []


@pytest.mark.parametrize("text", [
    "@某某新闻【福奇：三剂疫苗可能成为标准】福奇说。",  # a transliterated person's name
    "@某某新闻【俞敏洪：我挺好】俞敏洪说。",  # a person's name
    "@某某新闻【陕西：医院要能开尽开】陕西要求。",  # a place
    "@某某新闻【朝鲜：无法参加冬奥会】朝鲜称。",  # a country
    "@某某新闻【专家：不必恐慌】专家表示。",  # people
    "@某某新闻【美媒：疫苗有效】美媒称。",  # a kind of outlet
    "@某某新闻【最新百强县榜单发布：江苏25席】最新百强县榜单显示。",  # a thing described
    "@某某新闻【国台办发言人：坚决反对】国台办发言人表示。",  # a body's spokesperson (the body is another rule's)
    "@某某新闻【调查：多数人支持】调查显示。",  # a kind of report
    "@某某新闻【一图读懂：新规要点】",  # a count begins it
    "@某某新闻【编者按：本文转自某报】",  # a label the text never names again
    "@某某新闻【温馨提示：出行请戴口罩】",  # a label the text never names again
    "【星海电子：拟收购德国一条产线】星海电子晚间称。",  # no digest source before the headline: not this form
    "【温馨提示：出行请戴口罩】温馨提示发布。",  # a label outside a digest
])
def test_no_headline_speaker_that_is_no_body(text):
    assert _headline_speakers(text, {}, {"陕西"}) == []


@pytest.mark.parametrize("name, expected", [
    ("世纪佳缘再回应", 4),
    ("某国政府首次对外发声", 4),
    ("豆瓣电影", 4),
    ("乐视手机回归", 6),  # no act of a body's: the whole run
])
def test_speaker_cut(name, expected):
    assert _speaker_cut(name) == expected


# --- 8. the other party of a found firm's deal or partnership ------------------------------------------------------

@pytest.mark.parametrize("text, party", [
    ("微软将以687亿美元收购云雀暴雪，成公司史上最大规模收购。云雀暴雪股价大涨。", "云雀暴雪"),
    ("京东集团宣布与Foobify达成战略合作。", "Foobify"),
    ("腾讯并购星河互娱，交易尚待批准。", "星河互娱"),
    ("京东集团与趣多多达成合作。", "趣多多"),  # a name that ends like a count word (多) is still one
])
def test_party_of_a_deal_is_a_firm(text, party):
    assert party in _surfaces(text)


@pytest.mark.parametrize("text", [
    "微软收购包括动视暴雪和King在内的公司。",  # a word of the clause begins the run
    "华为与当地政府签署协议。",  # a body of a kind
    "华为与3家公司签署协议。",  # counted
    "腾讯收购的公司很多。",  # 的: no name
    "他收购云雀暴雪。",  # no body found before the deal
])
def test_no_party_that_is_no_name(text):
    spans = {(m["start"], m["end"]): m["rule"] for m in annotate(text, date(2022, 1, 27)) if m["type"] == "ORGANIZATION"
             and m["rule"] != "organization.deal_party"}
    assert _parties_of_deals(text, spans, set()) == []


# --- review s20 (revorg3): the business cues must not take persons, topics or particles -----------------------------

def _persons(text: str) -> list[str]:
    return [m["surface"] for m in annotate(text, date(2022, 1, 27)) if m["type"] == "PERSON"]


@pytest.mark.parametrize("text, person, read", [
    ("小米集团与雷建军达成协议。", "雷建军", False),  # a person as the other side of a deal (deal_party)
    ("张文海微信公众号消息，病毒仍在变异。", "张文海", True),  # a person's own account (own_account)
    ("罗永明官方微博发布，公司将上市。", "罗永明", True),  # a person's own account (own_account)
])
def test_business_cues_leave_persons_to_the_person_rules(text, person, read):
    assert person not in _surfaces(text)
    assert (person in _persons(text)) or not read  # (where the person rules read it, it stays a person)


@pytest.mark.parametrize("text", [
    "@某某新闻【比特币：跌破3万美元】比特币跌破3万美元。",  # a topic, named again with what befalls it
    "@某某新闻【世界杯：阿根廷夺冠】世界杯阿根廷夺冠。",  # an event
    "@某某新闻【神舟十三号：成功返回】神舟十三号成功返回。",  # a craft
    "@某某新闻【新冠疫苗加强针：可以打】新冠疫苗加强针可以打。",  # a thing
    "@某某新闻【北京冬奥会：门票不公开销售】北京冬奥会组委会称。",  # the event of a body named by its ending
    "@某某新闻【张文海团队：病毒在变】张文海团队称病毒在变。",  # a person's team
    "@某某新闻【诺贝尔奖得主：病毒来自自然】诺贝尔奖得主称。",  # a person described
])
def test_no_headline_speaker_that_is_a_topic_or_people(text):
    assert _headline_speakers(text, {}, set()) == []


@pytest.mark.parametrize("text, body", [
    ("@某某新闻【青禾存储：回应】青禾存储回应称，传闻不实。", "青禾存储"),  # the body speaks where named again
    ("火山爆发后，某甲国政府首次对外发声\n@某某网【星河佳缘再回应：正自查】星河佳缘表示，已停职。", "星河佳缘"),
])
def test_headline_speaker_that_speaks_again(text, body):
    assert body in [text[a:b] for a, b in _headline_speakers(text, {}, set())]


@pytest.mark.parametrize("text, party", [
    ("腾讯收购了星河科技，交易完成。", "星河科技"),  # the particle 了 after the verb is no part of the name
    ("腾讯收购雷蛇，交易完成。", "雷蛇"),  # a firm bought keeps a person's shape (雷某)
])
def test_party_after_le(text, party):
    assert party in _surfaces(text)
    assert "了" + party not in _surfaces(text)


@pytest.mark.parametrize("text", [
    "特斯拉起诉前员工，索赔100万美元。",  # people, not a party that is a body
    "某某科技起诉网友，索赔10万元。",  # people
    "小米集团起诉王建林，索赔10万元。",  # a person sued
])
def test_no_party_that_is_people(text):
    spans = {(m["start"], m["end"]): m["rule"] for m in annotate(text, date(2022, 1, 27)) if m["type"] == "ORGANIZATION"
             and m["rule"] != "organization.deal_party"}
    assert _parties_of_deals(text, spans, set()) == []


@pytest.mark.parametrize("text", [
    "今日股价上涨的（600519）表现抢眼。",  # a phrase with 的 before a code
])
def test_no_ticker_name_with_de(text):
    assert _ticker_names(text, {}, set()) == []


def test_ticker_name_after_de():
    text = "此外，以某地上市公司为主体的星辰在线（01797.HK）加大投入。"
    assert [text[a:b] for a, b in _ticker_names(text, {}, set())] == ["星辰在线"]


def test_headline_speaker_that_announces_again():
    text = "@某某新闻【鲸湾岛：相关传闻不实】鲸湾岛1月18日晚间公告，公司关注到相关传闻。"
    assert [text[a:b] for a, b in _headline_speakers(text, {}, set())] == ["鲸湾岛"]


@pytest.mark.parametrize("text", [
    "全国各地公告，疫情好转。",  # places in general
    "多地公告，暂停堂食。",
])
def test_no_disclosing_firm_that_is_places(text):
    assert _disclosing_firms(text, {}, set()) == []


@pytest.mark.parametrize("text", [
    "薇薇微信公众号消息，直播暂停。",  # two characters: a person's name as often as a body's
])
def test_no_owner_of_two_characters(text):
    assert _own_accounts(text, {}, set()) == []
