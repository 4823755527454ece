"""Content-stable identifiers of published records.

A mention's id is derived from what it is — its article, its type and its span — never from its rank among the
other mentions: adding or removing one mention must not rename the others, or a changelog that compares releases by
id would report the wrong rows (under rank ids, ``…-0035`` was 额济纳旗 in one release and 公安部 in the next).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import lru_cache

MENTION_HASH_DIGITS = 8
MENTION_ID_PATTERN = r"^[0-9a-f]{16}-[0-9a-f]{%d}$" % MENTION_HASH_DIGITS
# Nesting is a relation between names (内蒙古 inside 内蒙古日报). MEASURE and CASE_COUNT spans are statements that
# *use* names (内蒙古56例): they neither contain nor sit inside other mentions, or every place named in a figure
# would drop out of the "top-level places" count.
NESTING_TYPES = frozenset({"PERSON", "LOCATION", "ORGANIZATION", "DATE"})


# A span may carry several mentions of one of these types, told apart by this field: one sentence can state two
# measures (核酸检测阴性证明和“北京健康宝”绿码: C7 and CN-HEALTH-CODE) or, in principle, two metrics.
DISCRIMINATOR = {"MEASURE": "code", "CASE_COUNT": "metric"}


def mention_id(article_id: str, type: str, start: int, end: int, key: str | None = None) -> str:  # noqa: A002
    """``<article_id>-<first 8 hex digits of sha1("<type>:<start>:<end>")>``, with ``:<key>`` appended for types whose
    mentions share spans (``DISCRIMINATOR``); any type string works (new mention types get their ids the same way)."""
    return f"{article_id}-{_span_digest(type, int(start), int(end), key or None)}"


@lru_cache(maxsize=1 << 14)  # about 2 MiB: the spans of a few hundred articles
def _span_digest(type: str, start: int, end: int, key: str | None) -> str:  # noqa: A002
    # A function of the span alone, not of the article: copies of a text (and spans that recur across articles) share
    # it, so the cache saves the sha1 of most mentions of a repeated capture.
    text = f"{type}:{start}:{end}" + (f":{key}" if key else "")
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:MENTION_HASH_DIGITS]


def _key(mention: dict) -> str | None:
    field = DISCRIMINATOR.get(mention["type"])
    return mention.get(field) if field else None


def with_ids(article_id: str, mentions: Iterable[dict]) -> list[dict]:
    """The mentions (in their order) with ``article_id``, ``mention_id`` and ``parent_id``.

    ``parent_id`` is the id of the innermost mention whose span contains this one (内蒙古 inside 内蒙古日报), null for
    a top-level mention, so counting only rows with a null ``parent_id`` counts each stretch of text once. Of two
    mentions with the same span, the earlier in the given order is the parent of the later. Only entity mentions
    nest, in one another (``NESTING_TYPES``); MEASURE and CASE_COUNT spans overlap them but are always top-level and
    are never a parent (the codebook's ``parent_id`` says so: ``tests/test_ids.py`` checks the two agree).
    """
    rows = [{"article_id": article_id, "mention_id": mention_id(article_id, m["type"], m["start"], m["end"], _key(m)),
             **m}
            for m in mentions]
    # Longer spans first at the same start: a container comes before what it contains. The stack holds the chain of
    # spans that contain the current position, innermost on top.
    order = sorted((i for i in range(len(rows)) if rows[i]["type"] in NESTING_TYPES),
                   key=lambda i: (rows[i]["start"], -rows[i]["end"], i))
    for row in rows:
        row["parent_id"] = None
    stack: list[dict] = []
    for index in order:
        row = rows[index]
        while stack and stack[-1]["end"] < row["end"]:
            stack.pop()
        row["parent_id"] = stack[-1]["mention_id"] if stack else None
        stack.append(row)
    return rows
