"""New shapes the harvest brings: Markdown bodies (Hugo/Jekyll exports) and ID numbers introduced as such.

The Markdown post below is invented (a regression test of the shape, not evidence of quality): the real posts of the
archive are HTML, and every one of them must come out exactly as before (checked in test_html_posts_are_not_markdown).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from imcovid.clean import clean_document
from imcovid.clean.redact import redact
from imcovid.clean.steps import step_rows
from imcovid.config import load_config
from imcovid.readers import read_source
from imcovid.readers.markdown import is_markdown

DATA = Path(__file__).resolve().parent / "data"

MARKDOWN_POST = """---
title: '呼和浩特市新增本土确诊病例3例'
categories:
 - 新媒体
 - 某站
 - 首页
author: 某站
date: Mon, 21 Feb 2022 17:33:08 GMT
---

## 疫情通报

2月21日，**呼和浩特市**新增本土确诊病例3例，详见[通报原文](https://example.org/notice)。
*全市*继续开展核酸检测。

![核酸检测现场](https://example.org/a.jpg)

- 第一例：在集中隔离点发现
- 第二例：在重点人群筛查中发现

> 请市民配合。
"""


def test_markdown_body_is_rendered_before_cleaning():
    doc = read_source("post.md", MARKDOWN_POST.encode())
    assert "markdown_body" in doc.flags
    cleaned = clean_document(doc, load_config())
    text = cleaned.fields["text"]
    assert not re.search(r"\*|!\[|\]\(|^#|^- |^> ", text, re.M)
    assert text.split("\n") == ["疫情通报", "2月21日，呼和浩特市新增本土确诊病例3例，详见通报原文。", "全市继续开展核酸检测。",
                                "第一例：在集中隔离点发现", "第二例：在重点人群筛查中发现", "请市民配合。"]
    assert [i["url"] for i in cleaned.fields["images"]] == ["https://example.org/a.jpg"]
    steps = {row["step"]: row for row in step_rows(cleaned.steps)}
    assert steps["render_markdown"]["library"] == "markdown-it-py"


@pytest.mark.parametrize("folder", ["real/raw", "corpus/raw"])
def test_html_posts_are_not_markdown(folder):
    for path in sorted((DATA / folder).iterdir()):
        doc = read_source(path.name, path.read_bytes())
        assert "markdown_body" not in doc.flags, path.name


def test_is_markdown_needs_markdown_syntax_and_no_html_blocks():
    assert is_markdown("正文**加粗**")
    assert not is_markdown("<p>正文**加粗**</p>")
    assert not is_markdown("只是一段纯文本。")


@pytest.mark.parametrize("text, expected", [
    ("患者身份证号：150102199003071234，现住", "患者身份证号：[ID_NUMBER]，现住"),  # checksum fails: still redacted
    ("证件号码为15010219900307123X的旅客", "证件号码为[ID_NUMBER]的旅客"),
    ("公民身份号码 110101199013071235", "公民身份号码 [ID_NUMBER]"),  # month 13: still an ID number by its cue
    ("身份证150102199003071234", "身份证[ID_NUMBER]"),
])
def test_cued_id_numbers_are_redacted_whatever_their_checksum(text, expected):
    redacted, counts = redact(text)
    assert redacted == expected and counts["id_number"] == 1


@pytest.mark.parametrize("text", ["病例数150102199003071234例", "文号20220307123456789012", "身份证号1501021990030712345"])
def test_uncued_or_longer_numbers_stay(text):
    assert redact(text) == (text, {"email": 0, "id_number": 0, "phone": 0})
