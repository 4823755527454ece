"""Read one source: bytes → decoded text → format → :class:`ParsedDocument`."""

from __future__ import annotations

import hashlib
import re

from imcovid.readers.decode import decode
from imcovid.readers.document import ParsedDocument, SourceRejected
from imcovid.readers.frontmatter import parse_front_matter, split_front_matter
from imcovid.readers.markdown import is_markdown
from imcovid.readers.markdown import render as render_markdown

_OPENING_FENCE = re.compile(r"\A\s*---[ \t]*\r?\n")


def detect_format(text: str) -> str:
    """A Hexo post opens (after blank lines) with a ``---`` fence; anything else is read as plain text."""
    return "hexo" if _OPENING_FENCE.match(text) else "plaintext"


def read_source(source_file: str, raw: bytes, sha256: str | None = None) -> ParsedDocument:
    """``sha256`` may be passed when the caller has hashed the bytes already."""
    sha256 = sha256 or hashlib.sha256(raw).hexdigest()
    text, encoding, flags = decode(raw)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise SourceRejected("empty file" if not raw else "file contains only white space", encoding=encoding)
    common = dict(source_file=source_file, sha256=sha256, size_bytes=len(raw), encoding=encoding, flags=flags)
    fmt = detect_format(text)
    if fmt == "plaintext":
        return ParsedDocument(format="plaintext", body=text, **common)
    try:
        yaml_text, body = split_front_matter(text)
        meta = parse_front_matter(yaml_text)
    except SourceRejected as rejected:
        rejected.encoding = encoding
        raise
    if is_markdown(body):
        body = render_markdown(body)
        common["flags"] = (*flags, "markdown_body")
    return ParsedDocument(
        format="hexo",
        body=body,
        title=_scalar(meta.get("title")),
        categories=tuple(c for c in (_scalar(x) for x in _as_list(meta.get("categories"))) if c),
        author=_scalar(meta.get("author")),
        date_raw=_scalar(meta.get("date")),
        # The archive writes the feed item's picture twice, as headimg and as thumbnail; front matter varies and a
        # post missing one key still has its picture under the other.
        headimg=_scalar(meta.get("headimg")) or _scalar(meta.get("thumbnail")),
        **common,
    )


def _scalar(value) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    text = str(value).strip()
    return text or None


def _as_list(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]
