"""Markdown bodies (Hugo or Jekyll exports: front matter, then Markdown instead of HTML) are rendered to HTML with
``markdown-it-py`` (CommonMark) so that the usual HTML cleaning applies: no ``**bold**``, ``![alt](url)`` or
``[text](url)`` syntax reaches ``text``; images become image records and links keep their text.

A body is read as Markdown only when it holds no block-level HTML element at all: the archive's own posts wrap
their HTML in ``<div>``/``<p>``, and HTML that happens to contain ``**`` must not be re-read.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

_BLOCK_HTML = re.compile(r"<(?:p|div|section|article|table|ul|ol|li|h[1-6]|blockquote|figure|br|img|span|pre)\b",
                         re.I)
# What makes a body Markdown rather than plain text: emphasis, images, links, headings, list items, quotes, rules.
_MARKDOWN_SYNTAX = re.compile(r"\*\*[^*\n]+\*\*|!\[[^\]\n]*\]\([^)\n]+\)|\[[^\]\n]+\]\([^)\n]+\)|^#{1,6}\s|^\s*[-*+]\s|"
                              r"^\s*\d+\.\s|^>\s|^(?:-{3,}|\*{3,})\s*$|__[^_\n]+__", re.M)


def is_markdown(body: str) -> bool:
    return not _BLOCK_HTML.search(body) and bool(_MARKDOWN_SYNTAX.search(body))


@lru_cache(maxsize=1)
def _renderer() -> MarkdownIt:
    # Imported here, by the first Markdown body: every process that reads a source imports this module, and
    # markdown-it's import (about 0.03 CPU-s, a few per cent of a one-post rebuild) is wasted on the HTML posts that
    # make up the archive.
    from markdown_it import MarkdownIt

    # CommonMark with raw HTML passed through, and a single newline kept as a line break: Chinese posts put one
    # paragraph per line.
    return MarkdownIt("commonmark", {"html": True, "breaks": True})


def render(body: str) -> str:
    return _renderer().render(body)
