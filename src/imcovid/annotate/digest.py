"""Items of a news digest (s21mdig).

A digest (今天《新闻联播》主要内容有：1、…2、…, 《人民日报》要闻精选, 每经早财经 NO.1 … NO.10) lists unrelated news one
item after the other. Decisions the annotators make for a whole article — is it about COVID-19, does a
``自…起施行`` date put the notice's every provision in the future, which place is the article's own — are an item's
decisions there: each item is a news of its own (guideline *measures.md*: measures unrelated to COVID-19 in the same
article are not annotated; a measure's place is that of the body concerned, a national body's measure has none).

:func:`digest_items` finds the items; the measure and case-count annotators use it.
"""

from __future__ import annotations

import re

from imcovid.annotate.wordlists import threshold

# NO.1 … at a line's start: the 每经 早财经 digest numbers its items so (NO.1 7月12日，国务院总理…). The marker is a
# digest's own: notices number their provisions 一、 or 1. and 1、.
_NO_ITEM = re.compile(r"(?:^|(?<=\n))[ \t\u3000]*NO\.[ \t]*(?P<n>\d{1,2})(?!\d)")
_NO_ITEMS = threshold("digest", "no_items")  # (a run of NO.1 … this long: a digest)


def numbered_no_items(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each item of a run NO.1, NO.2 … at line starts, at least ``no_items`` long; each item
    ends where the next starts, the last one at its line's end. Shorter runs (a second list NO.1谷歌 NO.2顺丰 of two
    company news) are no items."""
    if "NO." not in text:
        return []
    runs: list[list[re.Match]] = []
    for m in _NO_ITEM.finditer(text):
        n = int(m.group("n"))
        if runs and n == int(runs[-1][-1].group("n")) + 1:
            runs[-1].append(m)
        elif n == 1:
            runs.append([m])
    items: list[tuple[int, int]] = []
    for run in runs:
        if len(run) < _NO_ITEMS:
            continue
        last_end = text.find("\n", run[-1].end())
        last_end = len(text) if last_end < 0 else last_end
        ends = [m.start() for m in run[1:]] + [last_end]
        items += [(m.start(), e) for m, e in zip(run, ends)]
    return items


def digest_items(text: str) -> list[tuple[int, int]]:
    """The items of a digest in ``text``, else []: a roundup after a digest's lead (``case_counts.roundup_items``:
    1、…2、… after 新闻联播, 要闻精选 …) or a run of NO.1 … items. The lines before, between and after items (the lead,
    a close) belong to no item."""
    from imcovid.annotate.case_counts import roundup_items  # (case_counts imports this module)
    items = roundup_items(text) or numbered_no_items(text)
    return sorted(items)


def item_at(items: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    """The item holding position ``pos``, else None (outside every item, or no digest)."""
    for a, b in items:
        if a <= pos < b:
            return a, b
    return None
