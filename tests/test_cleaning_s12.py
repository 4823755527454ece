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
    "other posts' titles under 相关推荐 at the end are dropped": (
        "<p>第一段。</p><p>第二段。</p><p>第三段。</p><p><strong>相关推荐：</strong></p>"
        "<p><a href='x'>独家 | 某公司创始人造车获领投</a></p><p><a href='y'>某公司发布新品</a></p>",
        "第一段。\n第二段。\n第三段。", [], [], None),
    "titles under 相关文章 before a closing note: the note still goes to its fields": (
        "<p>第一段。</p><p>第二段。</p><p>相关文章:</p><p><a href='x'>某地法官阻止某项强制令</a></p>"
        "<p>本文来自“某某见闻”，某某网经授权发布。</p>", "第一段。\n第二段。", [], ["某某见闻"],
        "某某网经授权发布。"),
    "a sentence after the heading ends the list and stays": (
        "<p>第一段。</p><p>第二段。</p><p>相关新闻：</p><p>某公司发布新品</p><p>此前，某公司已宣布裁员。</p>",
        "第一段。\n第二段。\n此前，某公司已宣布裁员。", [], [], None),
    "a heading in the first half is no closing widget: the lines after it stay": (
        "<p>相关阅读</p><p>某公司发布新品</p><p>第一段。</p>", "某公司发布新品\n第一段。", [], [], None),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_closing_notes_and_recommendations(case):
    body, text, credits, sources, rights = CASES[case]
    fields = clean_html(body)
    assert (fields["text"], fields["credits"], fields["original_sources"]) == (text, credits, sources)
    assert fields["rights_statement"] == rights
