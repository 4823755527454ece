"""ORGANIZATION rules of issue 14's eighth session: the gates of the new rules, table-driven, on made-up sentences
(the classes were read from real posts in no gold set; no name of them is listed here or in a word list)."""

from __future__ import annotations

import pytest

from imcovid.annotate import annotate
from imcovid.annotate.organizations import (_after_person_or_count, _bodies_listed_before, _cited_sites,
                                            _limit_moves, _tagged_name)


@pytest.mark.parametrize("text, name, expected", [
    ("请与各乡镇卫生院和社区卫生服务中心联系", "社区卫生服务中心", False),  # a kind that begins the name
    ("由基层医疗机构负责", "基层医疗机构", False),
    ("与晨曦少儿艺术培训中心合作", "晨曦少儿艺术培训中心", True),
])
def test_a_kind_word_begins_no_tagged_name(text, name, expected):
    start = text.index(name)
    assert _tagged_name(text, start, start + len(name)) is expected


@pytest.mark.parametrize("text, expected", [
    ("许某已转入宁夏回族自治区第四人民医院", "宁夏回族自治区第四人民医院"),  # the name begins with its place
    ("3名工作人员前往北京市疾控中心", "北京市疾控中心"),  # a count of people
    ("察右前旗某物流公司", None),  # 某 after the place: anonymised
    ("另有两家郑州公司", None),  # the body counted
    ("风险地区98个西安卫健委", None),  # only a classifier between: no telling
    ("内蒙古自治区卫健委", None),  # nothing counted
])
def test_the_name_after_a_person_or_a_count(text, expected):
    from imcovid.annotate.places import find_places
    starts = sorted(m["start"] for m in find_places(text))
    cut = _after_person_or_count(text, 0, len(text), starts)
    assert (text[cut:] if cut is not None else None) == expected


@pytest.mark.parametrize("text, expected", [
    ("据国际奥委会官网消息", ["国际奥委会"]),
    ("据世界卫生组织官方网站显示", ["世界卫生组织"]),
    ("据当地政府官网消息", []),  # pointed at
    ("据其官网消息", []),  # a pronoun
    ("据卫健委官网消息", []),  # a bare generic word
    ("据新华网官网", []),  # an outlet's site
])
def test_cited_sites(text, expected):
    assert [text[a:b] for a, b in _cited_sites(text, [])] == expected


@pytest.mark.parametrize("text, found, expected", [
    ("已会同发改委、工信部召开会议", "工信部", ["发改委", "工信部"]),
    ("联合市住建局、市卫健委", "市卫健委", ["市住建局", "市卫健委"]),
    ("干部、工信部", "工信部", ["工信部"]),  # a word, not a body's ending
    ("各部、工信部", "工信部", ["工信部"]),  # pointed at
    ("这一项重要的全国性的综合改革试点工作部、工信部", "工信部", ["工信部"]),  # too long to be one item
])
def test_bodies_listed_before(text, found, expected):
    start = text.index(found)
    spans = {(start, start + len(found)): "organization.known_name"}
    _bodies_listed_before(text, spans)
    assert [text[a:b] for a, b in sorted(spans)] == expected


@pytest.mark.parametrize("text, expected", [
    ("九安医疗涨停，板块冲高", ["九安医疗"]),
    ("若金财互联一字涨停，可能", ["金财互联"]),
    ("新冠检测板块涨停，白酒跌停，个股涨停，该股涨停", []),
    ("多只涨停", []),
    ("今日，九安医疗、金财互联涨停。", ["九安医疗", "金财互联"]),  # the shares listed before it
    ("三一重工、海螺水泥涨停", ["三一重工", "海螺水泥"]),  # a rare word in a firm's name is no phrase of two words
    ("白酒、煤炭、钢铁涨停，猪肉价格涨停", []),  # sectors and prices
    ("开盘即涨停，截至收盘涨停，盘中一度涨停，随后封涨停", []),  # when, not which share
])
def test_limit_moves(text, expected):
    assert [text[a:b] for a, b in _limit_moves(text)] == expected


def test_bad_input_never_crashes():
    for text in ["、", "、、局", "据官网", "据官网消息", "涨停", "，涨停", "某", "许某" * 30 + "医院", "、工信部",
                 "据" + "国" * 30 + "官网"]:
        annotate(text, None)


@pytest.mark.parametrize("item, expected", [
    ("甲乙报业托拉斯", True),
    ("北京", False),  # a place
    ("报纸", False),  # an ordinary word
    ("甲乙丙丁戊己庚辛壬癸子丑寅", False),  # longer than a name glossed
    ("A甲乙", False),  # not a run of Chinese characters
])
def test_glossed_list_items(item, expected):
    from imcovid.annotate.organizations import _glossed_item
    assert _glossed_item(item, {"北京"}) is expected


@pytest.mark.parametrize("text, name, expected", [
    ("《2020年度中国医院综合排行榜》", "中国医院", True),
    ("《内蒙古日报》", "内蒙古日报", False),  # the title is the paper's
    ("《中国医院综合排行榜》", "中国医院", False),  # a body that begins the title issues it, as far as one can tell
    ("《呼和浩特市疫情防控指挥部通告》", "呼和浩特市疫情防控指挥部", False),
    ("《北京市卫健委关于做好防控的通知》", "北京市卫健委", False),  # the body issuing it
    ("《报告》发布后，北京市卫健委表示", "北京市卫健委", False),  # after the title is closed
    ("《未闭合的标题\n北京市卫健委表示", "北京市卫健委", False),  # no closing mark on the line
])
def test_in_a_title(text, name, expected):
    from imcovid.annotate.organizations import _in_a_title
    start = text.index(name)
    assert _in_a_title(text, start, start + len(name)) is expected


@pytest.mark.parametrize("text, expected", [
    # a clause's subject that a place begins and that goes on past it is asked of LAC; its head's title may follow 有关
    ("作为唯一洽购方，上海复星有关负责人早已表示。", ["上海复星"]),
    ("上海市民表示，很满意。", []),  # people, not a body
    ("北京表示，将继续开放。", []),  # a place alone
])
def test_a_subject_begun_by_a_place(text, expected):
    assert [m["surface"] for m in annotate(text, None) if m["type"] == "ORGANIZATION"] == expected
