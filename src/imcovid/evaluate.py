"""Precision, recall and F1 of mentions against gold, as the annotation guidelines define them.

Per article, mentions are compared as bags: PERSON by surface, LOCATION by code, DATE by normalized value, and
ORGANIZATION by surface with overlap allowed — a predicted organization matches a gold one when one surface contains
the other (so 国务院联防联控机制综合组 matches 国务院联防联控机制综合组赴内蒙古工作组). Matching is one-to-one, exact
matches first. Counts are summed over articles (micro-average).
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path

TYPES = ("PERSON", "LOCATION", "ORGANIZATION", "DATE")
_KEY = {"PERSON": "surface", "LOCATION": "code", "DATE": "value"}


def _match_count(kind: str, gold: list[dict], predicted: list[dict]) -> int:
    if kind != "ORGANIZATION":
        key = _KEY[kind]
        g = Counter(m.get(key) for m in gold)
        p = Counter(m.get(key) for m in predicted)
        return sum((g & p).values())
    remaining = [m["surface"] for m in gold]
    matched = 0
    rest = []
    for m in predicted:
        if m["surface"] in remaining:
            remaining.remove(m["surface"])
            matched += 1
        else:
            rest.append(m["surface"])
    for surface in rest:
        hit = next((g for g in remaining if surface in g or g in surface), None)
        if hit is not None:
            remaining.remove(hit)
            matched += 1
    return matched


def score(pairs: list[tuple[list[dict], list[dict]]]) -> dict:
    """``pairs`` of (gold mentions, predicted mentions) per article → per-type and overall micro P/R/F1."""
    totals = {kind: {"gold": 0, "predicted": 0, "matched": 0} for kind in TYPES}
    for gold, predicted in pairs:
        for kind in TYPES:
            g = [m for m in gold if m["type"] == kind]
            p = [m for m in predicted if m["type"] == kind]
            totals[kind]["gold"] += len(g)
            totals[kind]["predicted"] += len(p)
            totals[kind]["matched"] += _match_count(kind, g, p)
    all_counts = {k: sum(t[k] for t in totals.values()) for k in ("gold", "predicted", "matched")}
    report = {kind: _prf(t) for kind, t in totals.items()}
    report["ALL"] = _prf(all_counts)
    return report


def _prf(t: dict) -> dict:
    p = t["matched"] / t["predicted"] if t["predicted"] else 1.0 if not t["gold"] else 0.0
    r = t["matched"] / t["gold"] if t["gold"] else 1.0 if not t["predicted"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {**t, "precision": p, "recall": r, "f1": f}


def load_gold(gold_dir: Path) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(Path(gold_dir).glob("*.json"))]


def evaluate_gold_texts(gold_dir: Path, only: set[str] | None = None, exclude: set[str] = frozenset()) -> dict:
    """Annotate each gold text directly (no dataset needed) and score it; ``only`` / ``exclude`` select gold files
    by name without ``.json`` (a development and a held-out split)."""
    from imcovid.annotate import annotate

    pairs = []
    for path in sorted(Path(gold_dir).glob("*.json")):
        if (only is not None and path.stem not in only) or path.stem in exclude:
            continue
        doc = json.loads(path.read_text(encoding="utf-8"))
        published = date.fromisoformat(doc["published_date_local"]) if doc.get("published_date_local") else None
        pairs.append((doc["mentions"], annotate(doc["text"], published)))
    report = score(pairs)
    report["articles"] = len(pairs)
    return report


def held_out(gold_dir: Path) -> set[str]:
    """Names of the held-out gold files (``HELDOUT``: one per line), never looked at while writing rules."""
    path = Path(gold_dir) / "HELDOUT"
    return set(path.read_text(encoding="utf-8").split()) if path.is_file() else set()


def evaluate_dirs(gold_dir: Path, dataset_dir: Path) -> dict:
    """Score the mentions published in ``dataset_dir`` against gold files matched by ``source_file``."""
    from imcovid.publish.parquet import config_rows

    articles = list(config_rows(Path(dataset_dir), "articles", columns=["id", "source_file"]))
    by_source = {a["source_file"]: a["id"] for a in articles}
    mentions: dict[str, list[dict]] = {}
    for row in config_rows(Path(dataset_dir), "mentions"):
        mentions.setdefault(row["article_id"], []).append(row)
    pairs = []
    missing = []
    for doc in load_gold(gold_dir):
        article_id = by_source.get(doc["source_file"])
        if article_id is None:
            missing.append(doc["source_file"])
            continue
        pairs.append((doc["mentions"], mentions.get(article_id, [])))
    report = score(pairs)
    report["articles"] = len(pairs)
    report["missing"] = missing
    return report


def format_table(report: dict) -> str:
    lines = ["| type | gold | predicted | matched | precision | recall | F1 |", "|---|---:|---:|---:|---:|---:|---:|"]
    for kind in (*TYPES, "ALL"):
        t = report[kind]
        lines.append(f"| {kind} | {t['gold']} | {t['predicted']} | {t['matched']} | {t['precision']:.3f} | "
                     f"{t['recall']:.3f} | {t['f1']:.3f} |")
    if report.get("missing"):
        lines.append(f"\nGold files without a published article: {', '.join(report['missing'])}")
    return "\n".join(lines)
