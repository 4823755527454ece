"""Cleaning rules 5 and 6 for the shapes the seventh set of real posts (tests/data/real-7) showed, one table row per
shape: read-more link labels and split like-and-share calls of round-ups, an outlet's ``X综合`` line, a credit line
with a lost separator, a picture credit naming no one, a reporter's name alone in closing brackets, bulleted
captions under pictures. The rows are short real-shaped regression cases (placeholder names), not evidence of
quality (that is the real sets' development figures)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from imcovid.clean import bylines, clean_document
from imcovid.clean.boilerplate import is_promotion
from imcovid.clean.fields import bullet_caption, match_pictures_credit
from imcovid.config import load_config
from imcovid.evaluate_text import evaluate_cleaning, format_report
from imcovid.readers import read_source

CONFIG = load_config()


def clean_html(body: str, author: str = "ZAKER", with_steps: bool = False):
    raw = f"\n---\ntitle: 标题\ndate: Tue, 26 Oct 2021 15:48:43 GMT\nauthor: {author}\n---\n\n<div>{body}</div>\n"
    cleaned = clean_document(read_source("x.txt", raw.encode()), CONFIG)
    return (cleaned.fields, cleaned.steps) if with_steps else cleaned.fields


@pytest.mark.parametrize("line, dropped", [
    ("详细>>>", True), ("详情>>", True), ("阅读全文》", True), ("查看原文→", True),
    ("点亮赞", True), ("和在看", True), ("告诉更多人", True), ("点个在看", True),
    ("详细介绍>>>", False), ("更多", False), ("和在看台上的观众一起", False), ("告诉更多人吧，他说", False),
])
def test_link_labels_and_split_like_and_share_calls(line, dropped):
    assert is_promotion(line) is dropped


def test_a_round_ups_link_labels_go_and_its_item_numbers_stay():
    fields, steps = clean_html("<p>1</p><p>某地新增病例。</p><p>详细>>></p><p>2</p><p>某地开放景区。</p><p>详细>>></p>"
                               "<p>点亮赞</p><p>和在看</p><p>告诉更多人</p>", with_steps=True)
    assert fields["text"] == "1\n某地新增病例。\n2\n某地开放景区。"
    assert steps["drop_promotion"] == 5


@pytest.mark.parametrize("line, platform, sources", [
    ("某某商报综合", "趣头条", ["某某商报"]),
    # (s19b: one convention, the compiler and what it lists, not 公开资料)
    ("某某经济新闻综合自甲公司官方微信号、公开资料", "新浪财经", ["某某经济新闻"]),
    ("观察者网综合自财经网、北京头条", "观察者网", ["财经网", "北京头条"]),
    # one convention (s19b): the compiler and each listed outlet (development gold real-9 S_5 records them so)
    ("某某经济新闻综合上游新闻、澎湃新闻", "新浪财经", ["某某经济新闻", "上游新闻", "澎湃新闻"]),
    ("观察者网综合财经网、中国新闻网", "观察者网", ["财经网", "中国新闻网"]),
    ("观察者网综合财经网、北京头条", "观察者网", ["财经网", "北京头条"]),  # (s19b: the first is an outlet's name)
    ("某某日报综合整治城市环境", "新浪财经", None),  # 综合整治: no outlet after 综合
    ("文科综合", "趣头条", None),  # no outlet before 综合
    ("他说综合自己的经验", "趣头条", None),
    ("内容综合：某某日报", "趣头条", None),  # a source line: fields.match_source_line reads it
])
def test_compiler_line(line, platform, sources):
    assert bylines.compiler_line(line, platform) == sources


def test_an_outlets_compiled_line_leaves_the_text_for_the_sources():
    fields = clean_html("<p>正文。</p><p>某某商报综合</p>")
    assert (fields["text"], fields["original_sources"]) == ("正文。", ["某某商报"])


def test_a_credit_line_with_a_lost_separator():
    fields = clean_html("<p>正文。</p><p>主播：某甲?剪辑：王某某</p><p>审核：李某某</p>")
    assert fields["text"] == "正文。"
    assert [c["name"] for c in fields["credits"]] == ["某甲", "王某某", "李某某"]


def test_the_short_name_of_an_outlet_in_its_opener_and_byline():
    fields = clean_html("<p>南都讯 3月11日，某区新增病例。</p><p>采写：南都记者 王某某 通讯员 李某某</p>")
    assert fields["text"] == "3月11日，某区新增病例。"
    assert fields["credits"] == [{"role": "reporter", "name": "王某某"}, {"role": "reporter", "name": "李某某"}]
    assert fields["original_sources"] == ["南方都市报"]


@pytest.mark.parametrize("line, matched", [
    ("图片：通讯员供图", True), ("图/受访者提供", True), ("照片：受访单位供图", True),
    ("图片：某某景区", False), ("图片展示了通讯员的工作", False),
])
def test_a_picture_credit_naming_no_one(line, matched):
    assert (match_pictures_credit(line) is not None) is matched


def test_a_picture_credit_naming_no_one_credits_the_pictures():
    fields = clean_html('<p>正文。</p><p><img src="http://a.cn/1.jpg"></p><p>正文二。</p><p>图片：通讯员供图</p>')
    assert fields["text"] == "正文。\n正文二。"
    assert fields["images"][0]["credit"] == "图片：通讯员供图"


@pytest.mark.parametrize("last, text, credits", [
    ("（贺某萍）", "正文。", [{"role": "reporter", "name": "贺某萍"}]),
    ("（欧阳某某）", "正文。", [{"role": "reporter", "name": "欧阳某某"}]),
    ("（李大勇为化名）", "正文。\n（李大勇为化名）", []),  # a note on a name, not a name
    ("（高清）", "正文。\n（高清）", []),  # two characters: too often no name
    ("（待续）", "正文。\n（待续）", []),
    ("（某某日报）", "正文。", []),  # an outlet alone: the outlet rule (a source), not a person
])
def test_a_name_alone_in_closing_brackets_is_the_reporter(last, text, credits):
    fields = clean_html(f"<p>正文。</p><p>{last}</p>")
    assert (fields["text"], fields["credits"]) == (text, credits)


def test_a_name_alone_in_brackets_is_no_byline_when_it_is_the_whole_text():
    assert clean_html("<p>（贺某萍）</p>")["text"] == "（贺某萍）"


@pytest.mark.parametrize("line, caption", [
    ("● 2022年3月14日凌晨，某某医院。", "2022年3月14日凌晨，某某医院。"),
    ("●某地", None),  # too short: a heading
    ("■陕西", None),
])
def test_bullet_caption(line, caption):
    assert bullet_caption(line) == caption


def test_a_bulleted_caption_under_a_picture_goes_to_the_picture():
    fields = clean_html('<p>正文。</p><p><img src="http://a.cn/1.jpg"></p><p>● 2022年2月，某地，在路口等活的农民工。</p>'
                        "<p>● 不在图下的要点保留。</p>")
    assert fields["text"] == "正文。\n●不在图下的要点保留。"
    assert fields["images"][0]["caption"] == "2022年2月，某地，在路口等活的农民工。"


@pytest.mark.parametrize("body, text", [
    ("<p>正文。</p><p>责任编辑：王某某</p><p>12</p>", "正文。"),  # a counter after the closing credits
    ("<p>正文。</p><p>12</p>", "正文。\n12"),  # no credit line before it: kept
    ("<p>正文。</p><p>责任编辑：王某某</p><p>专题</p>", "正文。"),  # a column's tag
    ("<p>正文。</p><p>责任编辑：王某某</p><p>后来他说，好。</p>", "正文。\n后来他说，好。"),  # prose stays
    ("<p>1</p><p>正文。</p><p>责任编辑：王某某</p><p>2</p><p>正文二。</p>", "1\n正文。\n2\n正文二。"),  # item numbers
])
def test_a_bare_number_or_label_after_the_closing_credits_is_page_furniture(body, text):
    assert clean_html(body)["text"] == text


# The seventh set's development posts (tests/data/real-7: W_, X_, Y_, Z_, G_; the held-out ones are kept by the lead).
# Release 9.0.0 on them, before any rule saw them: text char-F1 mean 0.9938, worst 0.9448 (Y_2); credits F1 0.600,
# credit names 0.800, original sources 0.609. After the rules above: mean 1.0000, worst 1.0000; credits 0.625
# (Y_2's annotator gives 主播/剪辑/审核/监制 the roles anchor, video_editor, reviewer, producer, which the Credit model
# does not have; Z_3's photographers under its pictures are not credits there; Z_6's 【文/观察者网 …】 writer is a
# reporter there, an author in real R_8), credit names 0.938, original sources 0.800.
REAL_7 = Path(__file__).parent / "data" / "real-7"


def test_the_seventh_real_sets_development_cleaning_holds_its_floors():
    only = set(json.loads((REAL_7 / "split.json").read_text(encoding="utf-8"))["development"])
    report = evaluate_cleaning(REAL_7 / "raw", REAL_7 / "gold", only=only, config=CONFIG)
    assert report["n"] == 15
    assert report["mean"] >= 0.9995 and report["worst"]["f1"] >= 0.999, format_report(report, per_article=True)
    meta = report["metadata"]
    assert meta["credits"]["f1"] >= 0.62 and meta["credit_names"]["f1"] >= 0.93, format_report(report)
    assert meta["original_sources"]["f1"] >= 0.79, format_report(report)


@pytest.mark.parametrize("last, text, sources", [
    ("（健康山东）", "正文。", ["健康山东"]),  # an account named after its place
    ("（宁波发布）", "正文。", ["宁波发布"]),
    ("（北京）", "正文。\n（北京）", []),  # a place alone is no account
    ("（李大勇为化名）", "正文。\n（李大勇为化名）", []),
    ("（北京时间）", "正文。\n（北京时间）", []),
])
def test_a_place_named_account_alone_in_closing_brackets_is_the_source(last, text, sources):
    fields = clean_html(f"<p>正文。</p><p>{last}</p>")
    assert (fields["text"], fields["original_sources"], fields["credits"]) == (text, sources, [])


@pytest.mark.parametrize("line, account", [
    ("某市教委政务微信“某某教育”发布公告：", "某某教育"),
    ("据某县人民政府新闻办公室官方微信公众号“某某发布”10月24日通报，10月12日，该县新增病例。", "某某发布"),
    ("某市卫健委微信公众号“某某健康官微”当日深夜发文，就疫情防控作出回应。", "某某健康官微"),
    ("微信公众号“某某发布”发布消息", "某某发布"),
    ("同日，公众号“某某网”发文称，系统故障。", None),  # inside a sentence: one voice among others
    ("2月18日，某市教育局在其官方微信公众号“某某教育”宣布，开学。", None),
    ("他在微信公众号“某某”上看到", None),  # no publishing verb
])
def test_channel_account(line, account):
    assert bylines.channel_account(line) == account


def test_an_account_cited_opening_a_paragraph_is_a_source_and_its_line_stays():
    fields = clean_html("<p>某地发生地震。</p><p>某市卫健委微信公众号“某某健康官微”当日深夜发文，称应优先保障安全。</p>")
    assert fields["text"] == "某地发生地震。\n某市卫健委微信公众号“某某健康官微”当日深夜发文，称应优先保障安全。"
    assert fields["original_sources"] == ["某某健康官微"]


def test_an_outlet_named_in_full_and_by_a_part_of_its_name_is_recorded_once():
    fields = clean_html("<p>交汇点讯 3月1日，某地新增病例。</p><p>来源：新华日报交汇点</p>")
    assert fields["original_sources"] == ["新华日报交汇点"]
