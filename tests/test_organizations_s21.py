"""ORGANIZATION rules of session 21 (helper org, learnt on foreign and business news read first-hand: 半岛电视台 中文网,
品玩, and a digest of 虎嗅 read by another helper), table-driven, on made-up sentences, with negative examples:

- an acronym glossed after a body's name with a space before the bracket (卫生服务总局 (DGHS)), and a grouping of
  states glossed by a letter and its count (七国集团（G7）), not a product's code after a firm (华为（P50）), and not a
  gloss inside a longer unit's name (菲律宾大学 (UP) 医学院);
- a name glossed by a Latin acronym that no rule read (``_glossed_bodies``: 国际兴奋剂检测机构 (ITA)), not a counted,
  anonymised or referring body (一家研究机构（ABC）, 该机构（ABC）), nor a title's abbreviation (首席执行官（CEO）).
"""

from __future__ import annotations

from datetime import date

import pytest

from imcovid.annotate import annotate


def _orgs(text: str) -> list[tuple[str, str]]:
    return [(m["surface"], m["rule"]) for m in annotate(text, date(2022, 4, 1)) if m["type"] == "ORGANIZATION"]


def _surfaces(text: str) -> list[str]:
    return [surface for surface, _ in _orgs(text)]


# --- acronym glosses: a space before the bracket, a grouping's letter and count -------------------------------------

@pytest.mark.parametrize("text, acronym, count", [
    ("根据世界卫生组织 (WHO) 的数据，WHO建议各国加快接种。", "WHO", 2),
    ("七国集团（G7）领导人在英国结束峰会，G7承诺提供10亿剂疫苗。", "G7", 2),
    ("二十国集团（G20）领导人峰会在罗马举行。", "G20", 1),
    ("欧洲疾病预防和控制中心 (ECDC) 将其归类为关注的变体。", "ECDC", 1),
])
def test_acronym_glossed_after_a_space_or_a_grouping(text, acronym, count):
    assert _surfaces(text).count(acronym) == count


@pytest.mark.parametrize("text, not_a_body", [
    ("华为（P50）手机将于下月发布。", "P50"),            # a letter and a number after a firm: a product's code
    ("小米集团（X20）新品发布。", None),                # (a firm ending in 集团 may have one: only a bare letter+count)
    ("菲律宾大学 (UP) 医学院助理教授在社交媒体上写道。", "UP"),  # the gloss inside a longer unit's name
    ("该公司首席执行官（CEO）表示，订单增加。", "CEO"),
    ("国家统计局公布国内生产总值（GDP）增长5%。", "GDP"),
])
def test_no_acronym_that_names_no_body(text, not_a_body):
    if not_a_body:
        assert not_a_body not in _surfaces(text)


# --- a name glossed by an acronym, read from the gloss ---------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("国际兴奋剂检测机构 (ITA) 表示，相关样本是在决赛后收集的。", "国际兴奋剂检测机构"),
    ("根据政府间气候变化专门委员会（IPCC）的报告，各国时间不多。", "政府间气候变化专门委员会"),
    ("根据卫生服务总局 (DGHS) 发布的每日公报，新增病例近2000例。", "卫生服务总局"),
    ("根据最近发布的联合国政府间气候变化专门委员会 (IPCC) 报告，各国时间不多。", "联合国政府间气候变化专门委员会"),
    ("管理纽约市公共交通的大都会运输署（MTA）主席表示。", "大都会运输署"),
])
def test_glossed_name(text, name):
    assert (name, "organization.glossed_name") in _orgs(text)


def test_glossed_name_keeps_its_acronym_where_it_recurs():
    text = "国际兴奋剂检测机构 (ITA) 表示，样本已送检。ITA称将在两周内公布结果。"
    assert _surfaces(text).count("ITA") == 2


@pytest.mark.parametrize("text", [
    "一家研究机构（ABC）称，该产品合格。",        # a counted body
    "该机构（ABC）表示，结果将很快公布。",          # a body the text points back to
    "某检测机构（XYZ）出具了报告。",                # an anonymised body
    "该公司首席执行官（CEO）表示，订单增加。",      # a title's abbreviation, no body's ending before it
    "这一机构（ABC）的负责人拒绝置评。",            # a referring word before the kind
])
def test_no_glossed_name(text):
    assert not [s for s, rule in _orgs(text) if rule == "organization.glossed_name"]
