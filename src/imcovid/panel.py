"""The cross-source panel: MEASURE and CASE_COUNT mentions of all articles gathered into the `measures` and
`case_counts` configs, each row linked to its evidence (mention and article ids).

Per source, :func:`dated_mentions` attaches to each MEASURE mention its date (the explicit date of its sentence, else
the article's publication date, as the guideline says) and keeps only the fields the panel needs; the cross-source
functions :func:`measure_rows` and :func:`case_count_rows` take those small records from every article, in any order,
and return rows in a deterministic order. Disagreeing figures are kept side by side and marked, never averaged.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import date

_SENTENCE_END = "。！？\n"
_KEEP = ("article_id", "mention_id", "type", "start", "code", "action", "level", "targeted", "place_code", "mode",
         "metric", "value", "as_of")


def _iso(value) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, date) else str(value)


def dated_mentions(text: str, published: date | None, mentions: Iterable[dict]) -> list[dict]:
    """Per source: the MEASURE and CASE_COUNT mentions of one article, with a ``date`` for each MEASURE (the last
    explicit DATE of its sentence before or inside it, else ``published``)."""
    mentions = list(mentions)
    dates = [m for m in mentions if m["type"] == "DATE" and m.get("value")]
    out = []
    for m in mentions:
        if m["type"] not in ("MEASURE", "CASE_COUNT"):
            continue
        record = {k: m.get(k) for k in _KEEP}
        if m["type"] == "MEASURE":
            sentence = max(text.rfind(c, 0, m["start"]) for c in _SENTENCE_END) + 1
            inside = [d for d in dates if sentence <= d["start"] and d["end"] <= m["end"]]
            record["date"] = inside[-1]["value"] if inside else _iso(published)
        out.append(record)
    return out


def _row_id(*parts) -> str:
    return hashlib.sha256("|".join("" if p is None else str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


def _sort_key(value) -> tuple:
    return (value is None, "" if value is None else str(value))


def measure_rows(mentions: Iterable[dict]) -> list[dict]:
    """One row per (place_code, date, code, action) over the MEASURE mentions of every article."""
    groups: dict[tuple, list[dict]] = {}
    for m in mentions:
        if m["type"] == "MEASURE":
            groups.setdefault((m.get("place_code"), _iso(m.get("date")), m["code"], m["action"]), []).append(m)
    rows = []
    for key in sorted(groups, key=lambda k: tuple(_sort_key(p) for p in k)):
        place, day, code, action = key
        evidence = sorted(groups[key], key=lambda m: m["mention_id"])
        levels = [int(m["level"]) for m in evidence if m.get("level") not in (None, "")]
        rows.append({
            "measure_id": _row_id(place, day, code, action),
            "place_code": place,
            "date": date.fromisoformat(day) if day else None,
            "code": code,
            "action": action,
            "level": max(levels) if levels else None,
            "targeted": all(bool(m.get("targeted")) for m in evidence),
            "modes": sorted({m["mode"] for m in evidence if m.get("mode")}),
            "mention_ids": [m["mention_id"] for m in evidence],
            "article_ids": sorted({m["article_id"] for m in evidence}),
        })
    return rows


def case_count_rows(mentions: Iterable[dict]) -> list[dict]:
    """One row per (place_code, as_of, metric) over the CASE_COUNT mentions of every article."""
    groups: dict[tuple, list[dict]] = {}
    for m in mentions:
        if m["type"] == "CASE_COUNT":
            groups.setdefault((m.get("place_code"), _iso(m.get("as_of")), m["metric"]), []).append(m)
    rows = []
    for key in sorted(groups, key=lambda k: tuple(_sort_key(p) for p in k)):
        place, as_of, metric = key
        evidence = sorted(groups[key], key=lambda m: m["mention_id"])
        values = sorted({int(m["value"]) for m in evidence})
        rows.append({
            "case_count_id": _row_id(place, as_of, metric),
            "place_code": place,
            "as_of": date.fromisoformat(as_of) if as_of else None,
            "metric": metric,
            "value": values[0] if len(values) == 1 else None,
            "values": values,
            # Two values from one article are figures of different sub-populations the text does not separate
            # by place or date (not a dispute); two articles giving different values are.
            "disputed": len(values) > 1 and len({m["article_id"] for m in evidence}) > 1,
            "evidence": [{"value": int(m["value"]), "mention_id": m["mention_id"], "article_id": m["article_id"]}
                         for m in evidence],
            "article_ids": sorted({m["article_id"] for m in evidence}),
        })
    return rows
