"""Text a reader never sees is not the article's (clean/html.py `_invisible`): a short inline run in a near-white colour
of its own (a watermark) is dropped with its text; hiding styles, blocks, runs holding other runs, long runs and white
text on a painted background are kept. Invented bodies in the shape of real posts are
regression cases; the real 未名新闻 post (tests/data/cleaning-s16) is the case the rule was written for."""

from __future__ import annotations

from pathlib import Path

import pytest

from imcovid.clean import clean_document
from imcovid.clean.html import _near_white
from imcovid.config import load_config
from imcovid.readers import read_source
from tests.test_cleaning_rules import clean_html

DATA = Path(__file__).parent / "data" / "cleaning-s16"

# (body, expected text)
CASES = {
    "a near-white watermark after each paragraph": (
        '<p>第一段。<font color="#F8F8F8">Mitbbs.com</font><br></p><p>第二段。<font color="#F8F8F8">Mitbbs.com</font></p>',
        "第一段。\n第二段。"),
    "white in a style attribute": ('<p>正文。<span style="color:#ffffff">某某网</span></p>', "正文。"),
    "rgb near white": ('<p>正文。<span style="font-size:12px; color: rgb(250, 250, 250)">某某网</span></p>', "正文。"),
    "three-digit white": ('<p>正文。<span style="color:#FFF">某某网</span></p>', "正文。"),
    "hiding styles are not read: WeChat hides its body until a script shows it (review)": (
        '<div id="js_content" style="visibility: hidden; opacity: 0;"><p>新增确诊病例3例。</p></div>', "新增确诊病例3例。"),
    "a display:none continuation is kept (review)": (
        '<p>新增3例。</p><div class="article-more" style="display:none"><p>目前已封控管理。</p></div>',
        "新增3例。\n目前已封控管理。"),
    "a block in white whose paragraph sets its own dark colour is read (review)": (
        '<section style="color: rgb(255, 255, 255);"><p style="color: rgb(51, 51, 51);">新增确诊病例3例。</p></section>',
        "新增确诊病例3例。"),
    "a white span holding a run of its own colour is kept": (
        '<p><span style="color:#fff">注：<span style="color:#333">以上为截至昨日数据。</span></span></p>', "注：以上为截至昨日数据。"),
    "white heading on a background picture is read (review)": (
        '<section style="background-image: url(https://x.cn/a.png)"><p><span style="color:#fff">三、出行提示</span></p></section>',
        "三、出行提示"),
    "white heading on a gradient is read (review)": (
        '<section style="background: linear-gradient(#c00, #900)"><p><span style="color:#fff">四、其他</span></p></section>',
        "四、其他"),
    "a watermark on a parent's white rgb background is dropped (review)": (
        '<div style="background-color: rgb(255, 255, 255)"><p>正文。<font color="#F8F8F8">x.com</font></p></div>', "正文。"),
    "a long near-white run is kept (prose on a dark page, not a watermark)": (
        '<p><span style="color:#fafafa">' + "这是一段很长的正文内容，" * 5 + '</span></p>', "这是一段很长的正文内容，" * 5),
    "grey text is read": ('<p>正文。<span style="color:#999999">（资料图）</span></p>', "正文。（资料图）"),
    "dark text is read": ('<p><font color="#333333">新增确诊病例3例。</font></p>', "新增确诊病例3例。"),
    "a light but readable grey is read": ('<p><span style="color:#e0e0e0">浅灰文字。</span></p>', "浅灰文字。"),
    "white text on a red band (its own background) is read": (
        '<p><span style="color:#fff;background-color:#c00000">一、疫情概况</span></p><p>正文。</p>', "一、疫情概况\n正文。"),
    "white text on a parent's coloured background is read": (
        '<section style="background-color: rgb(192, 0, 0)"><p><span style="color:#ffffff">二、防控措施</span></p></section>',
        "二、防控措施"),
    "white text on a white parent background is hidden": (
        '<div style="background:#ffffff"><p>正文。<span style="color:#fefefe">水印</span></p></div>', "正文。"),
    "a text-indent style alone changes nothing": ('<p style="text-indent:2em">正文。</p>', "正文。"),
    "background-color alone (a highlight) keeps the text": (
        '<p><span style="background-color:#ffff00">重点提示。</span></p>', "重点提示。"),
}


@pytest.mark.parametrize("name", CASES)
def test_hidden_text(name):
    body, text = CASES[name]
    assert clean_html(body)["text"] == text


@pytest.mark.parametrize("colour, white", [
    ("#F8F8F8", True), ("#fff", True), ("white", True), ("rgb(255,255,255)", True), ("rgba(250, 250, 250, 1)", True),
    ("#ECECEC", False), ("#e0e0e0", False), ("#999", False), ("red", False), ("", False), ("#ggg", False),
])
def test_near_white(colour, white):
    assert _near_white(colour) is white


def test_the_dropped_elements_are_counted():
    fields, steps = clean_html('<p>一。<font color="#F8F8F8">x.com</font></p><p>二。<font color="#F8F8F8">x.com</font></p>',
                               with_steps=True)
    base_fields, base_steps = clean_html("<p>一。</p><p>二。</p>", with_steps=True)
    assert fields["text"] == base_fields["text"]
    assert steps["skip_markup"] == base_steps["skip_markup"] + 2


def test_the_real_post_loses_its_watermark_and_keeps_its_caption():
    path = DATA / "mitbbs-us-cases.md"
    fields = clean_document(read_source(path.name, path.read_bytes()), load_config()).fields
    assert "Mitbbs" not in fields["text"]
    assert fields["text"].splitlines()[0].endswith("当时为251989万例。")
    assert len(fields["text"].splitlines()) == 5
    assert [image["caption"] for image in fields["images"]] == ["CNN报道截图"]
    assert "CNN报道截图" not in fields["text"]
