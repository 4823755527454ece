"""Outlet names normalised: the canonical name of each outlet in ``original_sources`` (``data/outlet_canonical_names.tsv``),
so that 国家卫健委官网, 国家卫生健康委网站 and 国家卫生健康委员会官方网站 count as one outlet. The raw names are kept."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data" / "outlet_canonical_names.tsv"


@lru_cache(maxsize=1)
def canonical_names() -> dict[str, str]:
    """The table: a recorded name → its outlet's canonical name. A malformed or repeated row, or a canonical name
    that is itself listed as an alias (a chain), stops the program with the line."""
    table: dict[str, str] = {}
    for n, line in enumerate(DATA.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or not all(p.strip() == p and p for p in parts) or parts[0] in table or parts[0] == parts[1]:
            raise ValueError(f"{DATA.name} line {n}: bad or duplicate row {line!r}")
        table[parts[0]] = parts[1]
    chained = sorted(set(table.values()) & set(table))
    if chained:
        raise ValueError(f"{DATA.name}: canonical names listed as aliases too: {', '.join(chained)}")
    return table


# 阿拉善盟行政公署_旗区新闻: a feed's name, the site and its section joined by an underscore (the aggregator's way of
# naming a government site's column); the outlet is the site. Both sides are words of Chinese characters.
_FEED_SECTION = re.compile(r"^(?P<site>[\u4e00-\u9fff]{2,20})_(?P<section>[\u4e00-\u9fff]{2,12})$")


def without_feed_section(name: str) -> str:
    """``阿拉善盟行政公署_旗区新闻`` → 阿拉善盟行政公署: the outlet, not the section of its site that the feed carried
    (``original_sources`` keeps the name as written); a name with no such underscore is returned as it is."""
    m = _FEED_SECTION.match(name)
    return m.group("site") if m else name


def canonical_outlets(names: list[str]) -> list[str]:
    """``original_sources`` as canonical outlet names, in order, each once (two aliases of one outlet in one article
    count once; a feed's section after ``_`` is not part of the outlet)."""
    table = canonical_names()
    out: list[str] = []
    for name in names:
        name = without_feed_section(name)
        canonical = table.get(name, name)
        if canonical not in out:
            out.append(canonical)
    return out
