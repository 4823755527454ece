"""Escaping for the Markdown the build writes (card, docs pages): the one place where text becomes Markdown.

Three kinds of text, three functions:

* :func:`md` — untrusted text (titles, outlet names, article text, anything from the data): shown exactly as
  written, never as markup, safe inside a table cell, on one line;
* :func:`cell` — trusted Markdown written by us (field descriptions with code spans): kept as Markdown, made safe
  inside a table cell;
* :func:`code` — a literal shown as a code span (URLs, patterns, types): no backslashes appear in it.

Each function is applied exactly once, where the text is put into Markdown: applying two of them, or one twice,
shows escapes to the reader (``&#x27;``, ``\\_``). The output reads the same in Python-Markdown (mkdocs) and in
CommonMark/GFM (the Hugging Face card); ``tests/test_escape.py`` renders hostile strings through both.
"""

from __future__ import annotations

import re

# Characters that start Markdown constructs, escaped with a backslash (every renderer accepts these escapes). `~` is
# left alone: Python-Markdown would show `\~` literally, and it is markup in neither renderer's configuration here.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|-])")
_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def _one_line(text: str) -> str:
    return " ".join(text.split())  # a newline would end a table row or a list item


def md(text) -> str:
    """Untrusted text, shown as written: no tags, entities, links, emphasis or code; a ``|`` does not split a table
    cell. Quotes are left as they are (an ``&#x27;`` would show once a backslash escape broke it)."""
    text = "".join(_HTML.get(c, c) for c in str(text))
    return _one_line(_MD_SPECIAL.sub(r"\\\1", text))


def cell(markdown) -> str:
    """Trusted Markdown inside a table cell: one line, and pipes (also inside code spans) escaped."""
    return _one_line(str(markdown)).replace("|", "\\|")


def code(text, *, table: bool = False) -> str:
    """A code span showing ``text`` literally (its backticks included); ``table=True`` for a table cell, where a
    pipe is escaped (both renderers drop that backslash before the code span is formed)."""
    text = _one_line(str(text))
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or not text.strip() else ""
    out = f"{fence}{pad}{text}{pad}{fence}"
    return out.replace("|", "\\|") if table else out
