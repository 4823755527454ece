"""The reader's output and its failure."""

from __future__ import annotations

from dataclasses import dataclass, field


class SourceRejected(Exception):
    """A source that cannot be published; ``reason`` is written to the build report and the provenance record."""

    def __init__(self, reason: str, *, format: str = "unknown", encoding: str | None = None):
        super().__init__(reason)
        self.reason = reason
        self.format = format
        self.encoding = encoding


@dataclass(frozen=True)
class ParsedDocument:
    source_file: str
    sha256: str
    size_bytes: int
    format: str  # "hexo" | "plaintext"
    encoding: str
    body: str  # HTML for a Hexo post, plain text otherwise
    title: str | None = None
    categories: tuple[str, ...] = ()
    author: str | None = None
    date_raw: str | None = None
    headimg: str | None = None
    flags: tuple[str, ...] = field(default_factory=tuple)
