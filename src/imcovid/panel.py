"""The cross-source panel: MEASURE and CASE_COUNT mentions of all articles gathered into the `measures` and
`case_counts` configs, each row linked to its evidence (mention and article ids).

Per source, :func:`dated_mentions` attaches to each MEASURE mention its date (the explicit date of its sentence, else
the article's publication date, as the guideline says) and keeps only the fields the panel needs; the cross-source
functions :func:`measure_rows` and :func:`case_count_rows` take those small records from every article, in any order,
and return rows in a deterministic order. Disagreeing figures are kept side by side and marked, never averaged.
"""

from __future__ import annotations

import hashlib
import pickle
import sqlite3
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


# What each config groups by: one row per key over the mentions of every article.
KEYS = {"measures": ("MEASURE", ("place_code", "date", "code", "action")),
        "case_counts": ("CASE_COUNT", ("place_code", "as_of", "metric"))}


def group_key(config: str, mention: dict) -> tuple:
    return tuple(_iso(mention.get(f)) if f in ("date", "as_of") else mention.get(f) for f in KEYS[config][1])


def sort_text(key: tuple) -> str:
    """The rows' order as one string (nulls last, then by text; parts joined by NUL, which sorts before any character):
    what an on-disk sort orders by to give the same order as sorting the keys in memory."""
    return "\x00".join("1" if part is None else "0" + str(part) for part in key)


def measure_rows(mentions: Iterable[dict]) -> list[dict]:
    """One row per (place_code, date, code, action) over the MEASURE mentions of every article."""
    return _rows("measures", mentions)


def case_count_rows(mentions: Iterable[dict]) -> list[dict]:
    """One row per (place_code, as_of, metric) over the CASE_COUNT mentions of every article."""
    return _rows("case_counts", mentions)


def _rows(config: str, mentions: Iterable[dict]) -> list[dict]:
    groups: dict[tuple, list[dict]] = {}
    for m in mentions:
        if m["type"] == KEYS[config][0]:
            groups.setdefault(group_key(config, m), []).append(m)
    return [row(config, key, sorted(groups[key], key=lambda m: m["mention_id"]))
            for key in sorted(groups, key=sort_text)]


def row(config: str, key: tuple, evidence: list[dict]) -> dict:
    """The row of one key from its evidence, sorted by mention id."""
    return (_measure_row if config == "measures" else _case_count_row)(key, evidence)


def _measure_row(key: tuple, evidence: list[dict]) -> dict:
    place, day, code, action = key
    levels = [int(m["level"]) for m in evidence if m.get("level") not in (None, "")]
    return {
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
    }


def _case_count_row(key: tuple, evidence: list[dict]) -> dict:
    place, as_of, metric = key
    values = sorted({int(m["value"]) for m in evidence})
    return {
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
    }


def evidence_rows(mentions: Iterable[dict]) -> list[tuple[str, str, str, bytes]]:
    """Per source (in the worker): an article's evidence as the spill's rows ``(config, sort text, mention id,
    pickled record)``, so that the one writing process only inserts them."""
    rows = []
    for m in mentions:
        for config, (kind, _) in KEYS.items():
            if m["type"] == kind:
                rows.append((config, sort_text(group_key(config, m)), m["mention_id"],
                             pickle.dumps(m, protocol=pickle.HIGHEST_PROTOCOL)))
    return rows


class EvidenceSpill:
    """The panel's evidence of every published article, kept on disk (SQLite in the build's scratch folder) and read
    back grouped by key in the rows' order, so that memory holds one group at a time however large the corpus."""

    BATCH = 8192  # rows per INSERT: one executemany per source cost the writer more than the rows themselves

    def __init__(self, folder) -> None:
        self._db = sqlite3.connect(str(folder / "panel-evidence.sqlite"))
        self._db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; "
                               "CREATE TABLE evidence (config TEXT, sort TEXT, mention_id TEXT, record BLOB)")
        self._pending: list[tuple] = []

    def add(self, mentions: Iterable[dict]) -> None:
        self.add_rows(evidence_rows(mentions))

    def add_rows(self, rows: list[tuple[str, str, str, bytes]]) -> None:
        """Rows made by :func:`evidence_rows` (in a worker)."""
        self._pending.extend(rows)
        if len(self._pending) >= self.BATCH:
            self._flush()

    def _flush(self) -> None:
        if self._pending:
            self._db.executemany("INSERT INTO evidence VALUES (?, ?, ?, ?)", self._pending)
            self._pending = []

    def rows(self, config: str):
        """The config's rows in order, one group of evidence in memory at a time."""
        self._flush()
        self._db.execute("CREATE INDEX IF NOT EXISTS by_key ON evidence (config, sort, mention_id)")
        # Groups are told apart by their sort text (one per key: the parts are joined by NUL, which no code, date or
        # place holds), so a record is unpickled but its key is computed once per group.
        sort, evidence = None, []
        query = "SELECT sort, record FROM evidence WHERE config = ? ORDER BY sort, mention_id"
        for text, blob in self._db.execute(query, (config,)):
            if text != sort and evidence:
                yield row(config, group_key(config, evidence[0]), evidence)
                evidence = []
            sort = text
            evidence.append(pickle.loads(blob))
        if evidence:
            yield row(config, group_key(config, evidence[0]), evidence)

    def close(self) -> None:
        self._db.close()
