"""Twenty-first session, decisions per item in news digests (helper "mdig").

A digest (《新闻联播》 lists after their lead, 要闻精选, 每经 早财经 NO.1 … NO.10, 每经 N点 1丨…, 虎嗅早报 @outlet【…】)
lists unrelated news. Three decisions the MEASURE
annotator made for the whole article are made per item there (``imcovid.annotate.digest``): a ``自…起施行`` date after
the publication day puts only its own item's provisions in the future (``in_force_key``), an item that names no
COVID-19 word holds no measure (``item_about_covid``), and an item's default place is its own (``item_place``). Case
counts read the NO.1 … and N丨 items one by one as they read a roundup's 1、2、… items (not the @outlet items). Outside
digests nothing changes (negative rows). Examples are invented sentences in the style of the news.
"""

from datetime import date

import pytest

from imcovid.annotate import annotate
from imcovid.annotate.digest import digest_items, headline_items, item_at, numbered_items, numbered_no_items, \
    outlet_items
from imcovid.annotate.measures import in_force_key, item_about_covid, whole_text_start

_FILLER = "国家统计局发布数据，前三季度社会消费品零售总额同比增长，市场运行总体平稳。"


def _no_digest(*bodies: str) -> str:
    return "\n".join(f"NO.{i} {body}" for i, body in enumerate(bodies, 1))


@pytest.mark.parametrize("text, expected", [
    (_no_digest(*["甲。"] * 5), 5),                                   # NO.1 … NO.5, one a line
    (_no_digest(*["甲。"] * 6) + "\nNO.1谷歌：罚款。\nNO.2顺丰：预告。", 6),  # a second run of two is no item
    (_no_digest(*["甲。"] * 4), 0),                                   # too short a run
    ("本通告 NO.1 NO.2 NO.3 NO.4 NO.5", 0),                           # not at line starts
    ("一、严格落实。\n二、加强管控。\n三、做好保障。\n四、强化宣传。\n五、本通告自发布之日起施行。", 0),  # a notice's provisions
    ("1、严格落实。\n2、加强管控。\n3、做好保障。\n4、强化宣传。\n5、自发布之日起施行。", 0),  # numbered provisions, no digest lead
])
def test_digest_item_count(text, expected):
    assert len(digest_items(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("1丨国家卫健委：昨日新增确诊\n每经AI快讯，…。\n3丨四川巴中1例\n据报道…。\n4丨苏州通报\n…。", 3),  # a repost keeps three
    ("1丨甲\n正文。\n2丨乙\n正文。\n3丨丙\n正文。\n4丨丁\n5丨戊", 5),
    ("1丨甲\n正文。\n2丨乙\n正文。", 0),                       # two headings: too few
    ("3丨甲\n正文。\n1丨乙\n正文。\n2丨丙", 0),                 # not numbered upwards
    ("整点投资丨两市首份半年报\n正文。\n2021丨年度回顾\n正文丨附记", 0),  # the bar not after an item number at a line start
])
def test_headline_item_count(text, expected):
    assert len(headline_items(text)) == expected


def test_headline_items_run_to_the_next_heading():
    text = "1丨珠海隧道透水事故\n珠海市已成立现场救援指挥部。\n3丨国家卫健委\n昨日新增确诊病例。\n4丨苏州通报\n正文。"
    items = headline_items(text)
    assert text[items[0][0]:items[0][1]] == "1丨珠海隧道透水事故\n珠海市已成立现场救援指挥部。\n"
    assert items[-1][1] == len(text)


def test_a_rescue_headquarters_in_another_item_is_no_measure():
    # (a tunnel accident's 救援指挥部 in a 每经 N点 digest whose other item is a COVID-19 bulletin; 25.0.0: CN-COMMAND)
    text = ("1丨广东珠海隧道施工段发生透水事故\n珠海市已第一时间成立现场救援指挥部，全力开展救援。\n"
            "3丨国家卫健委：昨日新增确诊病例\n国家卫健委通报，新增本土确诊病例12例，均在云南。\n"
            "4丨苏州通报酒店坍塌事故\n苏州市成立事故调查组。")
    assert not [m for m in _measures(text) if m["code"] == "CN-COMMAND"]


def test_a_rescue_headquarters_in_a_covid_article_stays():
    # (negative: the same sentences as one article, without item headings, are read as before: CN-COMMAND)
    text = "珠海市已第一时间成立现场救援指挥部，全力开展救援。\n国家卫健委通报，新增本土确诊病例12例，均在云南。"
    assert [m for m in _measures(text) if m["code"] == "CN-COMMAND"]


def test_no_items_end_at_the_next_item_and_the_last_line():
    text = _no_digest("甲。", "乙。", "丙。", "丁。", "戊。") + "\n7月13日，北向资金净流入25.79亿。"
    items = numbered_no_items(text)
    assert [text[a:b].strip() for a, b in items] == ["NO.1 甲。", "NO.2 乙。", "NO.3 丙。", "NO.4 丁。", "NO.5 戊。"]
    assert item_at(items, text.index("北向资金")) is None  # (a close after the items belongs to none)


def test_roundup_items_after_a_lead():
    text = "财联社10月24日电，今天《新闻联播》主要内容有：\n" + "\n".join(f"{i}、新闻{i}。" for i in range(1, 7))
    assert len(digest_items(text)) == 6


@pytest.mark.parametrize("items, pos, expected", [
    ([(0, 10), (10, 20)], 12, ("item", 10)),
    ([(0, 10), (10, 20)], 25, -1),   # after the items (a close): the whole text's
    ([], 5, -1),                     # no digest
])
def test_in_force_key(items, pos, expected):
    assert in_force_key(items, pos) == expected


@pytest.mark.parametrize("starts_at, item, expected", [
    ({-1: "future"}, None, "future"),                  # a notice: its date reaches every sentence
    ({-1: "future"}, (10, 20), None),                  # a digest item is not reached by the whole text's key
    ({("item", 10): "future"}, (10, 20), "future"),    # its own item's date
    ({("item", 30): "future"}, (10, 20), None),        # another item's date
])
def test_whole_text_start(starts_at, item, expected):
    assert whole_text_start(starts_at, item) == expected


@pytest.mark.parametrize("item_text, expected", [
    ("南京市报告1例确诊病例，密切接触者均已隔离。", True),
    ("国务院联防联控机制发布会：防控措施要提速提质。", True),
    ("教育部：不得强制教师参与暑期托管。", False),
    ("税务部门出台措施助力能源电力保供。", False),
])
def test_item_about_covid(item_text, expected):
    assert item_about_covid(item_text, (0, len(item_text))) is expected


_RULE = "工信部等三部门印发网络产品安全漏洞管理规定。本规定自2021年9月1日起施行。"
_CASE = ("南京市报告1例新冠肺炎确诊病例，患者正在市公共卫生医疗中心接受治疗。目前排查出密切接触者10人，"
         "在南京9人均已隔离、采样检测，均阴性；在外地1人，已发函当地协查。")


def _measures(text, published=date(2021, 7, 14)):
    return [m for m in annotate(text, published) if m["type"] == "MEASURE"]


def test_a_later_rule_of_one_item_plans_nothing_of_another():
    text = _no_digest(_RULE, _FILLER, _FILLER, _CASE, _FILLER)
    found = _measures(text)
    assert found and all(m["action"] != "announce-plan" for m in found)


def test_outside_a_digest_the_date_still_reaches_the_whole_notice():
    # (negative: the same sentences as one notice, no items: its provisions are planned, as before)
    text = _CASE + "\n" + _RULE
    found = _measures(text)
    assert found and all(m["action"] == "announce-plan" for m in found)


def test_a_later_rule_of_its_own_item_still_plans_it():
    own = "南京市发布疫情防控通告。各小区严格落实出入登记和测温。本通告自2021年8月1日起施行。"
    text = _no_digest(_FILLER, own, _FILLER, _FILLER, _FILLER)
    found = _measures(text)
    assert found and all(m["action"] == "announce-plan" for m in found)


_TEACHERS = "教育部召开新闻通气会，要求全国各地严格落实校外培训机构预收费监管，暂停线下培训。"


def test_an_item_without_covid_words_holds_no_measure():
    text = _no_digest(_TEACHERS, _FILLER, _CASE, _FILLER, _FILLER)
    assert not [m for m in _measures(text) if m["start"] < text.index("NO.2")]
    assert [m for m in _measures(text) if m["start"] > text.index("NO.3")]  # (the COVID item keeps its measures)


def test_outside_a_digest_the_topic_stays_the_articles():
    # (negative: one article that names the epidemic elsewhere keeps the statement's C1, as before)
    text = _TEACHERS + "\n" + _CASE
    assert [m["code"] for m in _measures(text) if m["start"] < len(_TEACHERS)] == ["C1"]


def test_an_items_place_is_its_own():
    beijing = "北京市朝阳区、北京市海淀区、北京市东城区举办北京文化论坛。"
    national = "国务院联防联控机制要求，各地严格落实入境人员集中隔离措施，加强口岸疫情防控。"
    text = _no_digest(beijing, beijing, national, _FILLER, _FILLER)
    found = [m for m in _measures(text) if m["start"] > text.index("NO.3")]
    assert found and all(m["place_code"] is None for m in found)


def test_case_counts_of_an_item_read_alone():
    # (25.0.0 read the text as one article: the other item's 北京 became the figure's place, 110000)
    figure = "昨日新增本土确诊病例21例。"
    text = _no_digest("北京市举办文化论坛。北京市朝阳区发布消息。", _FILLER, figure, _FILLER, _FILLER)
    counts = [m for m in annotate(text, date(2021, 10, 24)) if m["type"] == "CASE_COUNT"]
    assert [(m["metric"], int(m["value"]), m["place_code"]) for m in counts] == [("confirmed_local", 21, None)]


def test_case_counts_outside_a_digest_keep_the_articles_place():
    # (negative: one article about 呼和浩特 without items: its figure takes the article's place, as before)
    text = "呼和浩特市召开疫情防控会议。呼和浩特市发布消息。\n昨日新增本土确诊病例21例。"
    counts = [m for m in annotate(text, date(2021, 10, 24)) if m["type"] == "CASE_COUNT"]
    assert [(int(m["value"]), m["place_code"]) for m in counts] == [(21, "150100")]


_OUTLETS = ("大家早上好！今天的早报来了。\n"
            "天津迎战奥密克戎！\n@界面新闻【天津：离津须持有48小时内核酸阴性证明】据天津发布消息，广大市民非必要不离津。\n"
            "@北京日报【燕郊一居民为天津感染者密接】据网信三河消息，该密接者曾乘坐公交车。\n"
            "一则通报\n@中国新闻网【6位公职人员被建议问责】上海市政府发布火灾事故调查报告，6位公职人员被建议问责。\n")


def test_outlet_items():
    items = outlet_items(_OUTLETS)
    assert len(items) == 3
    assert _OUTLETS[items[0][0]:].startswith("天津迎战奥密克戎！")   # (its heading line opens the item)
    assert _OUTLETS[items[2][0]:].startswith("一则通报")
    assert item_at(items, _OUTLETS.index("大家早上好")) is None      # (the greeting belongs to no item)


@pytest.mark.parametrize("text", [
    "@界面新闻【甲】正文。\n@北京日报【乙】正文。",                     # two: too few
    "据@天津发布微博消息【甲】，\n转发@人民日报【乙】\n见@新华社【丙】",    # not at line starts
])
def test_no_outlet_items(text):
    assert outlet_items(text) == []


def test_an_accountability_item_of_an_outlet_digest_is_no_measure():
    assert not [m for m in _measures(_OUTLETS, date(2022, 1, 10)) if m["code"] == "CN-ACCOUNTABILITY"]
    assert [m for m in _measures(_OUTLETS, date(2022, 1, 10)) if m["code"] == "C7"]  # (the COVID item keeps its C7)


def test_case_counts_do_not_read_outlet_items_alone():
    # (figures of an @outlet digest keep the existing reading: numbered items only are read one by one)
    assert numbered_items(_OUTLETS) == [] and digest_items(_OUTLETS) == outlet_items(_OUTLETS)


def test_outside_a_digest_the_accountability_statement_stays():
    # (negative: the same sentences as one article without @outlet【…】 items are read as before)
    text = "上海市政府发布火灾事故调查报告，6位公职人员被建议问责。\n天津：离津须持有48小时内核酸阴性证明，广大市民非必要不离津。"
    assert [m for m in _measures(text, date(2022, 1, 10)) if m["code"] == "CN-ACCOUNTABILITY"]
