"""Issue 16: a capture whose body repeats another's, or repeats it but for a trailing HTML comment, takes that
capture's cleaning without parsing its body (the ``clean-body`` memo of imcovid.clean.article.clean_document). The
proof is imcovid.clean.html.trailing_comment's; these tests check the parser facts it rests on, that the shortcut is
taken only when the walk saw the trailing comment as a comment, and the end result on real posts."""

from __future__ import annotations

from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from imcovid import memo
from imcovid.clean import html as clean_html  # where the cleaning's look-up calls the parser (clean.result)
from imcovid.clean import clean_document
from imcovid.clean.html import comment_is_markup, html_to_blocks, trailing_comment
from imcovid.config import BuildConfig
from imcovid.readers import read_source

from conftest import CORPUS, DATA

CONFIG = BuildConfig()
REAL = sorted((DATA / "real" / "raw").iterdir()) + sorted(CORPUS.iterdir())


def _comments(html: str) -> list[str]:
    return [node.html for node in LexborHTMLParser(html).root.traverse(include_text=True) if node.tag == "-comment"]


def test_lexbor_leaves_comments_out_of_text_and_writes_their_data_as_it_was():
    body = LexborHTMLParser("<pre>a<!-- x -->b</pre><div class='img_descr'>c<!--y-->d</div>").body
    assert body.text(deep=True) == "abcd"
    assert _comments("<p>x</p><!--  a\tb 第1号 -->\n") == ["<!--  a\tb 第1号 -->"]


@pytest.mark.parametrize("html, expected", [
    ("<p>x</p>\n<!-- copy 7 -->\n", ("<p>x</p>\n", " copy 7 ", "\n")),
    ("<p>x</p><!--副本-->", ("<p>x</p>", "副本", "")),
    ("<p>x</p>", None),
    ("<p>x</p><!-- a-b -->", None),  # a dash could end the comment
    ("<p>x</p><!-- a<b -->", None),
    ("<p>x</p><!--   -->", None),  # blank data stands everywhere
    ("<p>x</p><!-- a -->x", None),  # text after it
    ("<p>x</p><!-- " + "a" * 300 + " -->", None),
])
def test_trailing_comment_splits_only_the_pattern(html, expected):
    assert trailing_comment(html) == expected


@pytest.mark.parametrize("prefix", [
    "<p>a</p><textarea>", "<p>a</p><title>", "<p>a</p><script>", "<p>a</p><style>", "<p>a</p><xmp>",
    "<p>a</p><plaintext>", '<p class="x', "<p>a</p><!-- open", "<p>a</p><?pi", "<p>a</p><!", "<svg><![CDATA[",
    "<p>a</p><div class='share'>",  # a promotion subtree: the walk does not enter it, so it cannot tell
])
def test_no_shortcut_when_the_walk_does_not_see_the_trailing_comment(prefix):
    html = prefix + "<!-- copy 1 -->\n"
    comments: list[str] = []
    _, stats = html_to_blocks(html, comments=comments)
    split = trailing_comment(html)
    assert split is not None and not comment_is_markup(split[0], split[1], comments, stats)


def test_no_shortcut_when_the_prefix_holds_the_data_or_tags_are_dropped():
    html = "<p>copy 1</p><!--copy 1-->"
    comments: list[str] = []
    _, stats = html_to_blocks(html, comments=comments)
    assert not comment_is_markup(*trailing_comment(html)[:2], comments, stats)
    deep = "<div>" * 5 + "x" + "</div>" * 5 + "<!-- c -->"
    comments = []
    _, stats = html_to_blocks(deep, max_depth=3, comments=comments)
    assert stats.flattened_tags and not comment_is_markup(*trailing_comment(deep)[:2], comments, stats)


@pytest.mark.parametrize("path", REAL, ids=lambda p: p.name)
def test_a_real_body_has_the_same_blocks_whatever_its_trailing_comment(path: Path):
    doc = read_source(path.name, path.read_bytes())
    if doc.format != "hexo":
        pytest.skip("not a Hexo post")
    for prefix in (doc.body, doc.body + "<div><b>", doc.body + "<pre>", doc.body + "<p class='img_descr'>"):
        first, other = prefix + "\n<!-- capture 1 -->\n", prefix + "\n<!-- 另一个 capture 23456 -->\n"
        comments: list[str] = []
        blocks, stats = html_to_blocks(first, comments=comments)
        assert html_to_blocks(other) == (blocks, stats)
        split = trailing_comment(first)
        # Inside a caption or <pre> the walk reads the text whole and does not pass the comment: no shortcut there.
        assert comment_is_markup(split[0], split[1], comments, stats) == ("<pre>" not in prefix[-5:]
                                                                         and "img_descr" not in prefix[-30:])


def _captures(path: Path) -> list[bytes]:
    raw = path.read_bytes()
    return [raw + b"\n<!-- capture a -->\n", raw + b"\n<!-- capture bb 2 -->\n", raw + b"\n<!-- capture a -->\n",
            raw + b"<textarea>\n<!-- capture a -->\n", raw + b"<textarea>\n<!-- capture c -->\n"]


def test_in_a_build_a_repeated_body_is_not_parsed_and_gets_the_same_cleaning(monkeypatch):
    calls = []
    real_walk = clean_html.html_to_blocks
    monkeypatch.setattr(clean_html, "html_to_blocks", lambda *a, **k: calls.append(1) or real_walk(*a, **k))
    paths = [p for p in REAL if read_source(p.name, p.read_bytes()).format == "hexo"][:8]
    expected = [[clean_document(read_source(f"{p.stem}-{i}.txt", raw), CONFIG).fields
                 for i, raw in enumerate(_captures(p))] for p in paths]
    assert len(calls) == 5 * len(paths)  # outside a build every capture is parsed
    calls.clear()
    memo.start()
    try:
        for path, fields in zip(paths, expected):
            got = [clean_document(read_source(f"{path.stem}-{i}.txt", raw), CONFIG).fields
                   for i, raw in enumerate(_captures(path))]
            assert got == fields
        # Per post: the first capture is parsed, the next two (another trailing comment, the same body) are served;
        # behind an open <textarea> the comment is text, so each of the last two is parsed.
        assert len(calls) == 3 * len(paths)
        assert memo.stats()["clean-body"][0] == 2 * len(paths)
    finally:
        memo.stop()
