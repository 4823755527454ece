"""CASE_COUNT rules of session 15: a figure that a national health body reports right after its name
(国家卫健委：昨日新增本土确诊病例55例) is the country's, not the place of a paragraph or news item before it (rule
``place.national_reporter``); the items of a numbered roundup of separate news (新闻联播要闻: 1、…。2、…) are read one by
one with the roundup's lead (a digest's lead: 《新闻联播》主要内容, 要闻精选…), so that a place or a date of one item (在京闭幕, 明年3月5日) is not that of a figure in
another (rule ``case_count.roundup_item``). The texts are invented in the layouts of real news (other numbers and
places): regression tests of the rules, not evidence of quality. Each positive case fails on release 19.0.0; the
negative cases (marked) pass on both and guard the rules' limits."""

from __future__ import annotations

from datetime import date

import pytest

from case_count_tuples import case_counts
import imcovid.annotate.case_counts as rules
from imcovid.annotate.case_counts import ANNOTATOR
from test_case_counts_s12 import _version

PUBLISHED = date(2021, 11, 3)


def _counts(text):
    return case_counts(text, PUBLISHED)


def test_annotator_version():
    assert _version(ANNOTATOR) >= (1, 6)  # (compared as numbers: test_case_counts_s12._version)


@pytest.mark.parametrize("text, expected", [
    # the body's figure is national; its part by province keeps the province
    ("呼和浩特市召开疫情防控工作会议。\n国家卫健委：昨日新增本土确诊病例12例，其中内蒙古10例。",
     [("confirmed_local", 12, None, "2021-11-02"), ("confirmed_local", 10, "150000", "2021-11-02")]),
    # a place named in the sentence before is not the figure's
    ("重庆举行西部投资洽谈会。国家卫健委通报疫情：昨日新增本土确诊病例7例。",
     [("confirmed_local", 7, None, "2021-11-02")]),
    # website, report word and the reporting window between the body and its figures; the next figure of the
    # sentence is the same body's
    ("额济纳旗召开会议。\n据国家卫生健康委员会官网消息，11月2日0—24时，新增本土确诊病例9例，新增本土无症状感染者4例。",
     [("confirmed_local", 9, None, "2021-11-02"), ("asymptomatic_local", 4, None, "2021-11-02")]),
    # negative: a place of the figure's own after the body's colon
    ("国家卫健委：内蒙古昨日新增本土确诊病例3例。",
     [("confirmed_local", 3, "150000", "2021-11-02")]),
    # negative: the body sends a team; the figure is the place's
    ("国家卫健委专家组抵达后，呼和浩特市新增本土确诊病例2例。",
     [("confirmed_local", 2, "150100", None)]),
    # negative: the body named first, the figure then of a place named after it
    ("国家卫健委派出工作组赴额济纳旗，额济纳旗新增确诊病例5例。",
     [("confirmed_local", 5, "152900", None)]),
    # negative: a provincial commission is no national reporter
    ("内蒙古自治区卫健委：昨日新增本土确诊病例6例。",
     [("confirmed_local", 6, "150000", "2021-11-02")]),
])
def test_national_reporter(text, expected):
    assert _counts(text) == expected


LEAD = "财联社11月3日电，今天《新闻联播》主要内容有："


@pytest.mark.parametrize("text, expected", [
    # a date and a place of earlier items govern no figure of a later one; the lead's day dates the world figure
    (LEAD + "1、某会议在京闭幕，决定明年3月5日召开大会。2、国务院印发通知。3、新疆维吾尔自治区召开座谈会。4、前10个月我国进出口"
     "增长。5、国家卫健委：昨日新增本土确诊病例93例，其中内蒙古25例。6、全球累计新冠确诊病例超2亿4700万例。",
     [("confirmed_local", 93, None, "2021-11-02"), ("confirmed_local", 25, "150000", "2021-11-02"),
      ("confirmed_cumulative", 247000000, None, "2021-11-03")]),
    # an item's figure with no place takes none from the item before
    (LEAD + "1、习近平会见外宾。2、李克强主持召开国务院常务会议。3、辽宁大连：加强疫情防控。4、全国秋粮收获过八成。"
     "5、国家卫生健康委通报疫情：昨日新增确诊病例20例，其中本土病例14例。",
     [("confirmed_local", 14, None, "2021-11-02")]),
    # negative: a foreign item stays foreign
    (LEAD + "1、某会议在京闭幕。2、国务院印发通知。3、新疆维吾尔自治区召开座谈会。4、前10个月我国进出口增长。"
     "5、美国新冠肺炎累计确诊病例超4660万例。",
     [("confirmed_cumulative", 46600000, None, "2021-11-03")]),
    # negative: a bulletin's five numbered points (no digest's lead) are no roundup: the first point's day dates them all
    ("呼和浩特市疫情防控指挥部通报：\n1、11月2日0—24时，新增本土确诊病例3例。\n2、新增本土无症状感染者5例。\n"
     "3、累计报告本土确诊病例20例。\n4、全市累计治愈出院16例。\n5、全市开展核酸检测150万人次。",
     [("confirmed_local", 3, "150100", "2021-11-02"), ("asymptomatic_local", 5, "150100", "2021-11-02"),
      ("confirmed_cumulative", 20, "150100", "2021-11-02"), ("recovered", 16, "150100", "2021-11-02"),
      ("tested", 1500000, "150100", "2021-11-02")]),
    # negative: a bulletin's three numbered points are no roundup: its place and day govern them all
    ("11月2日0—24时，呼和浩特市：1、新增本土确诊病例3例。2、新增本土无症状感染者5例。3、累计报告本土确诊病例20例。",
     [("confirmed_local", 3, "150100", "2021-11-02"), ("asymptomatic_local", 5, "150100", "2021-11-02"),
      ("confirmed_cumulative", 20, "150100", "2021-11-02")]),
    # negative: a city bulletin after a paper's name, a bulletin's heading or a press conference's contents is no
    # roundup: the first point's day and place govern the bare points after it (新增…, 治愈出院…)
    ("新民晚报讯 上海市卫健委今早通报：\n1、2021年11月2日0—24时，上海市新增本土新冠肺炎确诊病例1例。\n"
     "2、新增境外输入性新冠肺炎确诊病例6例。\n3、治愈出院12例。\n4、累计本土确诊病例389例。\n5、新增本土无症状感染者2例。",
     [("confirmed_local", 1, "310000", "2021-11-02"), ("confirmed_imported", 6, "310000", "2021-11-02"),
      ("recovered", 12, "310000", "2021-11-02"), ("confirmed_cumulative", 389, "310000", "2021-11-02"),
      ("asymptomatic_local", 2, "310000", "2021-11-02")]),
    ("【呼和浩特疫情要闻】\n1、11月2日0—24时，呼和浩特市新增本土确诊病例3例。\n2、新增本土无症状感染者5例。\n"
     "3、治愈出院2例。\n4、累计报告本土确诊病例20例。\n5、全市开展核酸检测150万人次。",
     [("confirmed_local", 3, "150100", "2021-11-02"), ("asymptomatic_local", 5, "150100", "2021-11-02"),
      ("recovered", 2, "150100", "2021-11-02"), ("confirmed_cumulative", 20, "150100", "2021-11-02"),
      ("tested", 1500000, "150100", "2021-11-02")]),
    ("新华社呼和浩特11月3日电 内蒙古召开疫情防控新闻发布会，发布会主要内容如下：1、11月2日0—24时，内蒙古新增本土确诊"
     "病例4例。2、新增本土无症状感染者5例。3、治愈出院3例。4、累计报告本土确诊病例20例。5、全区开展核酸检测150万人次。",
     [("confirmed_local", 4, "150000", "2021-11-02"), ("asymptomatic_local", 5, "150000", "2021-11-02"),
      ("recovered", 3, "150000", "2021-11-02"), ("confirmed_cumulative", 20, "150000", "2021-11-02"),
      ("tested", 1500000, "150000", "2021-11-02")]),
    # two runs in one paragraph: the second run (国际要闻：1、…) ends the first run's last item, its items are read
    (LEAD + "国内要闻：1、习近平会见外宾。2、国务院召开常务会议。3、全国秋粮收购进度过半。4、我国成功发射卫星。5、冬奥会"
     "筹备工作推进。国际要闻：1、美国累计新冠肺炎确诊病例超4660万例。2、英国新增确诊病例3.2万例。3、联合国大会召开会议。"
     "4、日本举行选举。5、欧盟召开峰会。",
     [("confirmed_cumulative", 46600000, None, "2021-11-03"), ("confirmed_local", 32000, None, "2021-11-03")]),
])
def test_roundup_items(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize("text, count", [
    ("《人民日报》要闻精选：1、甲。2、乙。3、丙。4、丁。5、戊。", 5),
    ("《人民日报》要闻精选：1、甲。2、乙。3、丙。4、丁。", 0),  # too short for a roundup
    ("《人民日报》要闻精选：1、甲。2、乙。4、丙。5、丁。6、戊。", 0),  # not consecutive
    ("今天《新闻联播》主要内容有：\n1、甲。\n2、乙。\n3、丙。\n4、丁。\n5、戊。\n后记。", 5),  # one item a line
    ("指挥部通报：1、甲。2、乙。3、丙。4、丁。5、戊。", 0),  # no digest's lead: a bulletin's points
    # no digest's lead either: a paper's name (晚报), a bulletin's heading (疫情要闻), a press conference's contents
    ("新民晚报讯 市卫健委今早通报：\n1、甲。\n2、乙。\n3、丙。\n4、丁。\n5、戊。", 0),
    ("【上海疫情要闻】\n1、甲。\n2、乙。\n3、丙。\n4、丁。\n5、戊。", 0),
    ("召开疫情防控新闻发布会，发布会主要内容如下：1、甲。2、乙。3、丙。4、丁。5、戊。", 0),
    ("今日早报。国内要闻：1、甲。2、乙。3、丙。4、丁。5、戊。", 0),
    ("一、甲。二、乙。三、丙。四、丁。五、戊。", 0),  # sections, not items
])
def test_roundup_item_runs(text, count):
    assert len(getattr(rules, "roundup_items")(text)) == count


def test_roundup_items_cover_the_list():
    text = "《人民日报》要闻精选：1、甲。2、乙。3、丙。4、丁。5、戊。\n后记：1、己。"
    items = getattr(rules, "roundup_items")(text)
    assert [text[a:b] for a, b in items] == ["1、甲。", "2、乙。", "3、丙。", "4、丁。", "5、戊。"]


@pytest.mark.parametrize("text, expected", [
    # 超 alone before a large total with no classifier, the counted noun right before it
    (LEAD + "1、某会议在京闭幕。2、国务院印发通知。3、新疆维吾尔自治区召开座谈会。4、前10个月我国进出口增长。"
     "5、美国累计新冠肺炎确诊病例超4660万。",
     [("confirmed_cumulative", 46600000, None, "2021-11-03")]),
    ("截至11月2日，美国累计确诊超4660万，死亡超75万。", [("confirmed_cumulative", 46600000, None, "2021-11-02")]),
    # negative: money and residents after a case word, and 超 in other words
    ("确诊患者的救治费用已超5亿。", []),
    ("确诊病例所在小区居民超2万。", []),
    ("全市超市销售额超5亿，新增确诊病例3例。", [("confirmed_local", 3, None, None)]),
    # negative: a total followed by more words in its clause (a title run on) is not read
    ("美国累计新冠确诊病例超5228万美国奥密克戎传播广", []),
])
def test_no_classifier_after_chao(text, expected):
    assert _counts(text) == expected
