"""Readers: raw source bytes → :class:`ParsedDocument`, or :class:`SourceRejected` with a specific reason.

A reader knows formats, not cleaning rules: it decodes, detects the format, splits front matter from body and hands
both on untouched.
"""

from imcovid.readers.document import ParsedDocument, SourceRejected
from imcovid.readers.read import read_source

__all__ = ["ParsedDocument", "SourceRejected", "read_source"]
