"""Two closing shapes of republished tech and company news (real-15's development posts Q_4 and Q_8, 36kr; the same
widget on cnBeta): the aggregator's note on where a post came from, and the list of other posts' titles under a
相关推荐 heading. Invented sentences in the shape of real posts: regression cases, not evidence of quality."""

from __future__ import annotations

import pytest

from tests.test_cleaning_rules import clean_html, reporters

# (body, expected text, credits, original_sources, rights_statement)
CASES = {
    "the note: account, ID, reporter, editors, the platform's permission": (
        "<p>公司宣布重整。</p><p>本文来自微信公众号“某某财经”（ID:moumou），记者：张晓明，编辑：李晓红 王晓东，"
        "某某网经授权发布。</p>", "公司宣布重整。",
        reporters("张晓明") + reporters("李晓红", "王晓东", role="editor"), ["某某财经"], "某某网经授权发布。"),
    "the note with an author only": (
        "<p>公司宣布重整。</p><p>本文来自微信公众号“某某观察”（ID：mmgc），作者：张晓明，某某网经授权发布。</p>",
        "公司宣布重整。", reporters("张晓明", role="author"), ["某某观察"], "某某网经授权发布。"),
    "the note with no credits": (
        "<p>公司宣布重整。</p><p>本文来自“某某见闻”，某某网经授权发布。</p>", "公司宣布重整。", [], ["某某见闻"],
        "某某网经授权发布。"),
    "the note with the cover picture's credit (虎嗅's shape): the picture's credit is not a person's": (
        "<p>公司宣布重整。</p><p>本文来自微信公众号：某某APP（ID：mm），作者：张晓明，题图来自：某某图库</p>",
        "公司宣布重整。", reporters("张晓明", role="author"), ["某某APP"], None),
    "an account named in quotes with its ID and nothing else: a source line": (
        "<p>公司宣布重整。</p><p>本文来自微信公众号“某某日报”（ID：mm）</p>", "公司宣布重整。", [], ["某某日报"], None),
    "credits that do not read as a byline: only the outlet is taken (source_from_line), no name is invented": (
        "<p>公司宣布重整。</p><p>本文来自“某某见闻”，作者：一位不愿透露姓名的资深从业人士，某某网经授权发布。</p>",
        "公司宣布重整。", [], ["某某见闻"], None),
    "the note with the account's own title after it (review): the title to original_title": (
        "<p>公司宣布重整。</p><p>本文来自微信公众号“某某家”（ID:moumou），作者：张晓明，某某网经授权发布。原标题《某某公司，又收获一个IPO》。</p>",
        "公司宣布重整。", reporters("张晓明", role="author"), ["某某家"], "某某网经授权发布。"),
    "a note whose author is a studio (no byline): the line stays whole, as before (review)": (
        "<p>公司宣布重整。</p><p>本文来自微信公众号“某某经”（ID:mmj），作者：某某经工作室，某某网经授权发布。</p>",
        "公司宣布重整。\n本文来自微信公众号“某某经”（ID:mmj），作者：某某经工作室，某某网经授权发布。", [], [], None),
    "other posts' titles under 相关推荐 at the end are dropped": (
        "<p>第一段。</p><p>第二段。</p><p>第三段。</p><p><strong>相关推荐：</strong></p>"
        "<p><a href='x'>独家 | 某公司创始人造车获领投</a></p><p><a href='y'>某公司发布新品</a></p>",
        "第一段。\n第二段。\n第三段。", [], [], None),
    "titles under 相关文章 before a closing note: the note still goes to its fields": (
        "<p>第一段。</p><p>第二段。</p><p>相关文章:</p><p><a href='x'>某地法官阻止某项强制令</a></p>"
        "<p>本文来自“某某见闻”，某某网经授权发布。</p>", "第一段。\n第二段。", [], ["某某见闻"],
        "某某网经授权发布。"),
    "a sentence after the heading: the heading opens more of the article, nothing under it is dropped": (
        "<p>第一段。</p><p>第二段。</p><p>相关新闻：</p><p>某公司发布新品</p><p>此前，某公司已宣布裁员。</p>",
        "第一段。\n第二段。\n某公司发布新品\n此前，某公司已宣布裁员。", [], [], None),
    "延伸阅读 with its own text (a subheading, then prose) stays (review)": (
        "<p>第一段。</p><p>第二段。</p><p>第三段。</p><p>延伸阅读</p><p>奥密克戎BA.2的三个特点</p>"
        "<p>传播速度更快，潜伏期更短。</p>",
        "第一段。\n第二段。\n第三段。\n奥密克戎BA.2的三个特点\n传播速度更快，潜伏期更短。", [], [], None),
    "the closing byline after the list is still read (review)": (
        "<p>第一段。</p><p>第二段。</p><p>第三段。</p><p>相关新闻：</p><p>某公司发布新品</p><p>（记者 张晓明 李红）</p>",
        "第一段。\n第二段。\n第三段。", reporters("张晓明", "李红"), [], None),
    "the editor after the list is still read (review)": (
        "<p>第一段。</p><p>第二段。</p><p>第三段。</p><p>相关新闻：</p><p>某公司发布新品</p><p>责任编辑：王晓明</p>",
        "第一段。\n第二段。\n第三段。", reporters("王晓明", role="editor"), [], None),
    "a heading in the first half is no closing widget: the lines after it stay": (
        "<p>相关阅读</p><p>某公司发布新品</p><p>第一段。</p>", "某公司发布新品\n第一段。", [], [], None),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_closing_notes_and_recommendations(case):
    body, text, credits, sources, rights = CASES[case]
    fields = clean_html(body)
    assert (fields["text"], fields["credits"], fields["original_sources"]) == (text, credits, sources)
    assert fields["rights_statement"] == rights
    if "原标题" in body:
        assert fields["original_title"] == "某某公司，又收获一个IPO"
