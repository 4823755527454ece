"""Items of a news digest (s21mdig).

A digest (今天《新闻联播》主要内容有：1、…2、…, 《人民日报》要闻精选, 每经早财经 NO.1 … NO.10, 每经 N点 1丨…) lists unrelated news one
item after the other. Decisions the annotators make for a whole article — is it about COVID-19, does a
``自…起施行`` date put the notice's every provision in the future, which place is the article's own — are an item's
decisions there: each item is a news of its own (guideline *measures.md*: measures unrelated to COVID-19 in the same
article are not annotated; a measure's place is that of the body concerned, a national body's measure has none).

:func:`digest_items` finds the items for the measure annotator; the case-count annotator reads the numbered ones
(:func:`numbered_items`) one by one.
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


# 1丨国家卫健委：昨日新增确诊病例24例 … at a line's start: the 每经 N点 digests head each item so, its text on the lines
# after it. The bar 丨 after an item's number is a digest's mark, not a notice's or a bulletin's.
_HEADLINE_ITEM = re.compile(r"(?:^|(?<=\n))[ \t\u3000]*(?P<n>\d{1,2})[ \t]*[丨｜](?!\d)")
_HEADLINE_ITEMS = threshold("digest", "headline_items")  # (this many headed items, numbered upwards: a digest)


def headline_items(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each item of a digest whose items are headed ``N丨headline`` at line starts, numbered upwards
    (a repost may leave items out: 1丨…, 3丨…, 4丨…), at least ``headline_items`` of them; each item runs from its
    heading to the next heading, the last one to the text's end."""
    if "丨" not in text and "｜" not in text:
        return []
    heads = list(_HEADLINE_ITEM.finditer(text))
    if len(heads) < _HEADLINE_ITEMS or any(int(b.group("n")) <= int(a.group("n")) for a, b in zip(heads, heads[1:])):
        return []
    ends = [m.start() for m in heads[1:]] + [len(text)]
    return [(m.start(), e) for m, e in zip(heads, ends)]


# @界面新闻【天津：9日24时起，离津须持有48小时内核酸阴性证明和绿码】据… at a line's start: a digest (虎嗅早报) quoting
# one outlet's news an item; a short heading line right before it (天津迎战奥密克戎！) opens the item.
_OUTLET_ITEM = re.compile(r"(?:^|(?<=\n))[ \t\u3000]*@[^\s@【】\n]{1,20}【")
_OUTLET_ITEMS = threshold("digest", "outlet_items")  # (this many @outlet【…】 items: a digest)
_ITEM_HEADING = threshold("digest", "item_heading")  # (the longest heading line that opens the next item)


def outlet_items(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each ``@outlet【headline】text`` item of a digest, at least ``outlet_items`` of them; an item
    runs from its line (or the short heading line before it, without a sentence end) to the next item's start, the
    last one to the text's end."""
    if "@" not in text:
        return []
    starts = []
    for m in _OUTLET_ITEM.finditer(text):
        start = m.start()
        line = text.rfind("\n", 0, max(start - 1, 0)) + 1
        heading = text[line:start].strip()
        if 0 < len(heading) <= _ITEM_HEADING and "。" not in heading and not _OUTLET_ITEM.match(text, line) \
                and (not starts or line > starts[-1]):
            start = line
        starts.append(start)
    if len(starts) < _OUTLET_ITEMS:
        return []
    return list(zip(starts, starts[1:] + [len(text)]))


def numbered_items(text: str) -> list[tuple[int, int]]:
    """The items of a digest whose items are numbered (1、 after a lead, NO.1 …, N丨), else []. Case counts read these
    one by one. (Not the @outlet【…】 items: a quoted outlet's headline figure, 【深圳新增1例本土确诊…】1月9日，…, is
    dated by the existing rules from the text around it, and read alone it was left undated: three figures of s20's
    虎嗅早报 posts.)"""
    from imcovid.annotate.case_counts import roundup_items  # (case_counts imports this module)
    return sorted(roundup_items(text) or numbered_no_items(text) or headline_items(text))


def digest_items(text: str) -> list[tuple[int, int]]:
    """The items of a digest in ``text``, else []: a roundup after a digest's lead (``case_counts.roundup_items``:
    1、…2、… after 新闻联播, 要闻精选 …), a run of NO.1 … items, items headed N丨 (每经 N点), or @outlet【…】 items
    (虎嗅早报). The lines before, between and after items (the lead, a close) belong to no item."""
    return numbered_items(text) or outlet_items(text)


def item_at(items: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    """The item holding position ``pos``, else None (outside every item, or no digest)."""
    for a, b in items:
        if a <= pos < b:
            return a, b
    return None
