"""Generated Markdown is escaped once, in one place (`publish/escape.py`), and reads the same in Python-Markdown
(the docs site) and CommonMark with GFM tables (the Hugging Face card): hostile strings from the data never split
a table cell, never become markup, and never show escapes (issue 17)."""

from __future__ import annotations

import html
import re

import markdown
import pytest
from markdown_it import MarkdownIt

from imcovid.publish.escape import cell, code, md

HOSTILE = [
    "旅客|安置点",
    "a | b || c",
    "`rm -rf` and ``double``",
    "it's &#x27; &amp; &lt;b&gt;",
    "https://img.example.org/a_b_c/d__e.jpg?x=1&y=2",
    "<script>alert('x')</script>",
    "*not emphasis* _nor this_ **nor** [link](http://x) ![img](y) <b>bold</b>",
    "# not a heading",
    "1. not a list",
    "- not a list",
    "back\\slash \\| and \\_",
    "~~not struck~~ {curly} (paren) +plus !bang",
    "line one\nline two",
    "`",
    "|",
]


def python_markdown(text: str) -> str:
    return markdown.markdown(text, extensions=["tables", "attr_list", "md_in_html", "admonition"])


def commonmark(text: str) -> str:
    return MarkdownIt("commonmark").enable("table").render(text)


RENDERERS = {"python-markdown": python_markdown, "commonmark+gfm-tables": commonmark}


def table_cells(rendered: str) -> list[list[str]]:
    rows = re.findall(r"<tr>(.*?)</tr>", rendered, re.S)
    return [re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", row, re.S) for row in rows]


def visible(fragment: str) -> str:
    """What a reader sees: tags dropped, entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", fragment)).strip()


@pytest.mark.parametrize("renderer", RENDERERS)
@pytest.mark.parametrize("value", HOSTILE)
def test_md_text_in_a_table_cell_shows_as_written(renderer, value):
    rendered = RENDERERS[renderer](f"| a | b | c |\n|---|---|---|\n| x | {md(value)} | y |\n")
    rows = table_cells(rendered)
    assert [len(r) for r in rows] == [3, 3], rendered  # no cell split, none lost
    assert visible(rows[1][1]) == " ".join(value.split())
    assert "<script" not in rendered and "<b>" not in rendered and "<em>" not in rendered
    assert "<a " not in rendered and "<img" not in rendered and "<code>" not in rendered


@pytest.mark.parametrize("renderer", RENDERERS)
@pytest.mark.parametrize("value", HOSTILE)
def test_md_text_in_a_paragraph_and_heading(renderer, value):
    for prefix in ("", "# ", "- "):
        rendered = RENDERERS[renderer](prefix + md(value) + "\n")
        assert visible(rendered) == " ".join(value.split())
        assert "<script" not in rendered and "<em>" not in rendered and "<ol>" not in rendered


@pytest.mark.parametrize("renderer", RENDERERS)
@pytest.mark.parametrize("value", HOSTILE)
def test_code_span_shows_the_literal(renderer, value):
    flat = " ".join(value.split())
    rendered = RENDERERS[renderer](f"- {code(value)}\n")
    spans = re.findall(r"<code>(.*?)</code>", rendered, re.S)
    assert len(spans) == 1 and html.unescape(spans[0]) == flat, rendered
    rendered = RENDERERS[renderer](f"| a | b |\n|---|---|\n| {code(value, table=True)} | y |\n")
    rows = table_cells(rendered)
    assert [len(r) for r in rows] == [2, 2], rendered
    assert visible(rows[1][0]) == flat


@pytest.mark.parametrize("renderer", RENDERERS)
def test_trusted_cell_keeps_code_spans_and_pipes(renderer):
    description = "`<article_id>-<h>`: the id; `a|b` is one value and 'quotes' stay"
    rendered = RENDERERS[renderer](f"| f | d |\n|---|---|\n| x | {cell(description)} |\n")
    rows = table_cells(rendered)
    assert [len(r) for r in rows] == [2, 2]
    assert rows[1][1].count("<code>") == 2  # code spans rendered, not shown as backticks
    assert "`" not in visible(rows[1][1]) and "&#x27;" not in rows[1][1] and "'quotes'" in html.unescape(rows[1][1])
    assert "a|b" in visible(rows[1][1])


def test_generated_card_shows_no_escapes(seeds_dataset):
    card = (seeds_dataset / "README.md").read_text(encoding="utf-8")
    body = card.split("---\n", 2)[2]
    rendered = commonmark(body)
    text = visible(rendered)
    assert "&#x27;" not in text and "&\\#" not in body
    assert "`" not in "".join(visible(c) for row in table_cells(rendered) for c in row)  # no literal backticks


def mkdocs_cells(line: str) -> int:
    """Cells of a Markdown table row as Python-Markdown (mkdocs) counts them: an unescaped `|` outside code spans
    separates."""
    body = re.sub(r"(`+).+?\1", "code", line.strip())
    body = body[1:] if body.startswith("|") else body
    body = body[:-1] if body.endswith("|") and not body.endswith("\\|") else body
    return len(re.split(r"(?<!\\)\|", body))


def test_site_tables_are_not_split(site):
    """Every table row of every page (generated or hand-written) has as many cells as its header: an unescaped `|`
    in a value (`旅客|安置点`) adds one, which Python-Markdown silently drops and GFM shows as a shifted row."""
    from imcovid.version import PROJECT_ROOT

    bad = []
    for page in sorted((PROJECT_ROOT / "site-src").rglob("*.md")):
        lines = page.read_text(encoding="utf-8").split("\n")
        for number, line in enumerate(lines):
            if re.fullmatch(r"\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?", line.strip()) and number:
                width = mkdocs_cells(lines[number - 1])
                row = number + 1
                while row < len(lines) and lines[row].strip().startswith("|"):
                    if mkdocs_cells(lines[row]) != width:
                        bad.append(f"{page.relative_to(PROJECT_ROOT)}:{row + 1}")
                    row += 1
    assert bad == []


def test_article_pages_show_image_urls_without_escapes(site):
    pages = [p for p in (site / "articles").glob("*.html") if p.name != "index.html"]
    urls = []
    for page in pages:
        urls += [html.unescape(u) for u in re.findall(r"<li><code>(https?://[^<]*)</code>", page.read_text("utf-8"))]
    assert urls and all("\\" not in u for u in urls)


def test_codebook_shows_code_spans_not_backticks_or_entities(site):
    page = (site / "codebook.html").read_text(encoding="utf-8")
    cells = [visible(c) for row in table_cells(page) for c in row]
    assert cells
    assert not [c for c in cells if "`" in c or "&#x27;" in c or "&#39;" in c][:3]
    assert "<code>&lt;article_id&gt;-&lt;h&gt;</code>" in page  # the mention_id description's code span
