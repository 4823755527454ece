"""Twenty-third session, MEASURE precision on first-sight text (helper "meas"): kinds of false measure found by
reading every measure the program publishes on posts no MEASURE rule was written from (the s21/s22 readings for
other types, a batch of notices and world news read for this round), each kind seen in at least two posts of
different outlets:

- a measure a government says it will not take, 但不会实施强制接种, 我们不能再采取封锁措施了 (word row ``negated``);
- a venue word that only says where something happens, 在16家露天电影院放映…, with no rule in its sentence
  (``venue_named_only``, rows ``venue-rule`` and ``venue-operation``);
- a supply word that only names a kind of vehicle or venue, 生活保障车辆…方可出入 (``supply_as_qualifier``, row
  ``supply-qualifier``);
- a regulator's summons, 住建部约谈…5地负责人, in a sentence that does not name the epidemic (cue row 约谈, flag covid);
- a vaccination coverage figure, 87%的65岁及以上老年人接种了加强针, read as a vaccination policy
  (``vaccination_coverage``, rows ``vaccination-coverage`` and ``vaccination-drive``).

Examples are invented sentences in the style of those posts (regression tests), each with negative examples: what
the rule must not fire on."""

from datetime import date

import pytest

from imcovid.annotate import annotate
from imcovid.annotate.measures import (negated_statement, supply_as_qualifier, vaccination_coverage,
                                       venue_named_only)

PUBLISHED = date(2022, 4, 1)


def _codes(text: str, published: date = PUBLISHED) -> set[str]:
    return {m["code"] for m in annotate(text, published) if m["type"] == "MEASURE"}


# A refusal: 不会/不打算/无意/不考虑 (再) or 不能再 before an imposing verb. Not a prohibition (不能聚集), not a rule
# against mandates (不能强制), not a refused reopening (the opening word keeps the measure in force).
@pytest.mark.parametrize("statement, expected", [
    ("但不会实施强制接种", True),
    ("但我们不能再采取封锁措施了", True),
    ("该国不会再实行全国封锁", True),
    ("政府不打算推行疫苗强制令", True),
    ("当局无意重新实施宵禁", True),
    # negatives
    ("居民不能聚集", False),
    ("各地不能强制要求群众接种疫苗", False),
    ("我们今天不会重新开放旅行", False),
    ("将实施强制接种", False),
    ("不能再外出", False),
])
def test_refusal_is_a_negation(statement, expected):
    assert negated_statement(statement) is expected


@pytest.mark.parametrize("text, code, present", [
    ("俄政府目标在2022年第二季度完成80%人口接种，但不会实施强制接种。", "V4", False),
    ("侯赛因表示，我们不能再采取封锁措施了，生活必须继续。", "C6", False),
    ("受疫情影响，该国不会再实行全国封锁。", "C6", False),
    # negatives: a prohibition and a plan stay measures
    ("疫情期间，居民不能聚集。", "C4", True),
    ("俄政府表示将实施强制接种。", "V4", True),
])
def test_refusal_in_text(text, code, present):
    assert (code in _codes(text)) is present


# A venue named only as the place of something else, with no rule or control in its sentence.
@pytest.mark.parametrize("sentence, expected", [
    ("柏林电影节期间，预计在16家露天电影院放映126部参展影片", True),
    ("一名卫生工作者在被改造成疫苗接种中心的电影院内为一名居民注射了疫苗", True),
    ("奈娃家族成为“天堂电影院共建计划”的陪伴大使", True),
    # negatives: a closure, an operating rule, a notice item whose rule is in the next clause
    ("德国全国电影院迄今已关闭超过6个月", False),
    ("全市电影院、KTV暂停营业", False),
    ("三、全区各类商场超市等重点场所，要严格落实通风、消毒等防控措施", False),
    ("电影院上座率不得超过50%", False),
    ("健身房实行预约制", False),
    ("疫情期间各影院闭门谢客", False),
])
def test_venue_named_only(sentence, expected):
    assert venue_named_only(sentence) is expected


@pytest.mark.parametrize("text, present", [
    ("柏林电影节期间，预计在16家露天电影院放映126部参展影片。", False),
    ("疫情期间，她在电影院看了一场电影。", False),
    # negatives
    ("受新冠疫情影响，德国全国电影院迄今已关闭超过6个月。", True),
    ("即日起，全市电影院、KTV暂停营业。", True),
    ("三、全区各类商场超市、文化娱乐等重点场所，要严格落实通风、消毒等防控措施。", True),
])
def test_venue_named_only_in_text(text, present):
    assert ("C2" in _codes(text)) is present


# A supply word that names a kind of vehicle or venue; a supply cue outside the qualifier keeps CN-SUPPLY.
@pytest.mark.parametrize("statement, expected", [
    ("生活保障车辆由市疫情防控指挥部批准后方可出入", True),
    ("市域内承担生产生活物资、邮政快递、电力、铁路等车辆需持有通行证上路行驶", True),
    ("对运输民生物资和粮食、能源等重要生产生活物资的船舶实施优先引航", True),
    ("民生保供经营场所在落实扫码测温等防控措施的基础上实行限流管理", True),
    # negatives: supplies brought to people
    ("为封控小区居民配送生活物资", False),
    ("社区做好生活物资保障", False),
    ("为封控小区居民配送生活必需品，配送车辆凭证通行", False),
    ("保障隔离人员生活需求", False),
])
def test_supply_as_qualifier(statement, expected):
    assert supply_as_qualifier(statement) is expected


@pytest.mark.parametrize("text, present", [
    ("疫情期间，生活保障车辆由市疫情防控指挥部批准后方可出入。", False),
    ("民生保供经营场所在落实扫码测温等防控措施的基础上实行限流管理。", False),
    # negatives
    ("疫情期间，为封控小区居民配送生活物资。", True),
    ("疫情期间，社区做好生活物资保障。", True),
])
def test_supply_as_qualifier_in_text(text, present):
    assert ("CN-SUPPLY" in _codes(text)) is present


# A summons counts only in a sentence that names the epidemic.
@pytest.mark.parametrize("text, present", [
    ("近期住建部约谈广州、合肥等5地负责人。", False),
    ("约谈过程中，金融管理部门提出整改要求。", False),
    # negatives: a summons over the epidemic
    ("因疫情防控不力，市纪委约谈3名街道负责人。", True),
    ("针对隔离酒店管理漏洞，区疫情防控指挥部约谈酒店负责人。", True),
])
def test_summons_needs_the_epidemic(text, present):
    assert ("CN-ACCOUNTABILITY" in _codes(text)) is present


# A coverage figure is a statistic; a goal or a drive is a vaccination measure.
@pytest.mark.parametrize("statement, expected", [
    ("87%的65岁及以上老年人接种了加强针", True),
    ("而近15%的人接种了加强针剂", True),
    ("全市新冠疫苗全程接种率达87.6%", True),
    ("全市已有120万人完成全程接种", True),
    # negatives: a goal, a drive, no figure
    ("力争60岁以上老年人接种率达到90%以上", False),
    ("加快推进老年人接种，确保接种率达到80%", False),
    ("全面推进新冠疫苗加强针接种工作", False),
    ("为60岁以上老年人接种加强针", False),
])
def test_vaccination_coverage(statement, expected):
    assert vaccination_coverage(statement) is expected


@pytest.mark.parametrize("text, present", [
    ("据日本官方数据，87%的65岁及以上老年人接种了加强针。", False),
    # negatives
    ("全面推进新冠疫苗加强针接种工作。", True),
    ("即日起为60岁以上老年人接种新冠疫苗加强针。", True),
])
def test_vaccination_coverage_in_text(text, present):
    assert ("H7" in _codes(text)) is present


# A clause that only dates another event by a measure (…之时, …后不久) is a time frame, no statement.
@pytest.mark.parametrize("text, present", [
    ("莫迪并未采取任何严厉措施，直到2020年3月24日宣布印度实行全面封锁之时，疫情已经蔓延。", False),
    ("2020年3月，加州州长颁布了美国第一次封锁措施后不久，一名员工的病毒检测呈阳性。", False),
    # negatives: the measure reported in its own clause
    ("2020年3月24日，为应对新冠疫情，印度宣布实行全面封锁。", True),
    ("受疫情影响，加州州长颁布了封锁措施，不久后又延长了期限。", True),
])
def test_time_frame_clause(text, present):
    assert ("C6" in _codes(text)) is present
