"""Escaping of untrusted text (titles, outlet names, article text) for the Markdown and HTML the build writes."""

from __future__ import annotations

import html
import re

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~>-])")


def md(text: str) -> str:
    """Text safe inside Markdown (tables included) and the HTML it renders to: no tags, no links, no emphasis."""
    text = html.escape(str(text), quote=True)
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return " ".join(text.split())  # a newline would end a table row
