"""Lines that are not the article: aggregator promotion (dropped) and rights notices (dropped from ``text`` but kept,
verbatim, as the rights statement). The patterns are data (``data/cleaning_boilerplate.tsv``), one per line."""

from __future__ import annotations

import re
from importlib import resources

_KINDS = ("promotion", "rights", "footer", "caption")


def _load() -> dict[str, re.Pattern]:
    text = resources.files("imcovid").joinpath("data/cleaning_boilerplate.tsv").read_text(encoding="utf-8")
    found: dict[str, list[str]] = {kind: [] for kind in _KINDS}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        kind, _, pattern = line.partition("\t")
        if kind not in found or not pattern:
            raise ValueError(f"cleaning_boilerplate.tsv line {number}: expected '<{'|'.join(_KINDS)}>\\t<pattern>'")
        if pattern in found[kind]:
            raise ValueError(f"cleaning_boilerplate.tsv line {number}: duplicate pattern")
        re.compile(pattern)  # a broken line is named by its number
        found[kind].append(pattern)
    # Joined with a bare "|": alternation binds loosest, so this is the same pattern, and the engine scans a flat
    # alternation faster than one of groups.
    return {kind: re.compile("|".join(patterns), re.I) for kind, patterns in found.items()}


_PATTERNS = _load()
PROMOTION = _PATTERNS["promotion"]
RIGHTS = _PATTERNS["rights"]
FOOTER_START = _PATTERNS["footer"]
CAPTION = _PATTERNS["caption"]


def is_promotion(line: str) -> bool:
    return PROMOTION.search(line) is not None


def is_rights_notice(line: str) -> bool:
    return RIGHTS.search(line) is not None


def is_caption(line: str) -> bool:
    """A short line that names what a picture shows (…截图, …剧照): the caption of the image right before it."""
    return len(line) <= 30 and CAPTION.search(line.strip("（）()")) is not None  # (also in brackets: （资料图）)
