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
_ORDERED_ITEM = re.compile(r"^(\d+)([.)])")  # `1. ` at the start of a line would open a numbered list


def _one_line(text: str) -> str:
    return " ".join(text.split())  # a newline would end a table row or a list item


def md(text) -> str:
    """Untrusted text, shown as written: no tags, entities, links, emphasis or code; a ``|`` does not split a table
    cell. Quotes are left as they are (an ``&#x27;`` would show once a backslash escape broke it)."""
    text = "".join(_HTML.get(c, c) for c in _one_line(str(text)))
    return _ORDERED_ITEM.sub(r"\1\\\2", _MD_SPECIAL.sub(r"\\\1", text))


_CODE_SPAN = re.compile(r"(`+)(.+?)\1")


def cell(markdown) -> str:
    """Trusted Markdown inside a table cell, on one line: code spans are kept (one holding a pipe is rewritten as
    :func:`code` does in tables), and a pipe outside them is escaped."""
    text, out, pos = _one_line(str(markdown)), [], 0
    for span in _CODE_SPAN.finditer(text):
        out.append(text[pos:span.start()].replace("|", "\\|"))
        inner = span.group(2)
        out.append(code(inner.strip() if inner.startswith(" ") and inner.endswith(" ") else inner, table=True))
        pos = span.end()
    out.append(text[pos:].replace("|", "\\|"))
    return "".join(out)


def code(text, *, table: bool = False) -> str:
    """A code span showing ``text`` literally (its backticks included). ``table=True`` for a table cell: a pipe in
    a code span needs ``\\|`` in GFM but shows that backslash in Python-Markdown, so such a span is written as an
    HTML ``<code>`` element with the pipe (and everything Markdown could read) as numeric character references."""
    text = _one_line(str(text))
    if table and "|" in text:
        return "<code>" + "".join(f"&#{ord(c)};" if c in "&<>|*_`\\[]~" else c for c in text) + "</code>"
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or not text.strip() else ""
    return f"{fence}{pad}{text}{pad}{fence}"
