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


class GoldError(ValueError):
    """The gold cannot be scored (no folder, no gold files, no article to compare with): a user error."""


def _match(kind: str, gold: list[dict], predicted: list[dict]) -> tuple[int, list[dict], list[dict]]:
    """(matched, gold mentions left unmatched, predicted mentions left unmatched) of one type in one article."""
    remaining = list(gold)
    rest = []
    if kind != "ORGANIZATION":
        key = _KEY[kind]
        for m in predicted:
            hit = next((i for i, g in enumerate(remaining) if g.get(key) == m.get(key)), None)
            if hit is None:
                rest.append(m)
            else:
                remaining.pop(hit)
        return len(predicted) - len(rest), remaining, rest
    for m in predicted:
        hit = next((i for i, g in enumerate(remaining) if g["surface"] == m["surface"]), None)
        if hit is None:
            rest.append(m)
        else:
            remaining.pop(hit)
    unmatched = []
    for m in rest:
        hit = next((i for i, g in enumerate(remaining) if m["surface"] in g["surface"] or g["surface"] in m["surface"]),
                   None)
        if hit is None:
            unmatched.append(m)
        else:
            remaining.pop(hit)
    return len(predicted) - len(unmatched), remaining, unmatched


def _match_count(kind: str, gold: list[dict], predicted: list[dict]) -> int:
    return _match(kind, gold, predicted)[0]


def score(pairs: list[tuple[list[dict], list[dict]]]) -> dict:
    """``pairs`` of (gold mentions, predicted mentions) per article → per-type and overall micro P/R/F1, and each
    article's counts (``per_article``, in the order of ``pairs``) for the bootstrap interval of a pooled F1."""
    per_article = []
    for gold, predicted in pairs:
        counts = {}
        for kind in TYPES:
            g = [m for m in gold if m["type"] == kind]
            p = [m for m in predicted if m["type"] == kind]
            counts[kind] = {"gold": len(g), "predicted": len(p), "matched": _match_count(kind, g, p)}
        per_article.append(counts)
    totals = {kind: {c: sum(a[kind][c] for a in per_article) for c in ("gold", "predicted", "matched")}
              for kind in TYPES}
    all_counts = {k: sum(t[k] for t in totals.values()) for k in ("gold", "predicted", "matched")}
    report = {kind: _prf(t) for kind, t in totals.items()}
    report["ALL"] = _prf(all_counts)
    report["per_article"] = per_article
    return report


def _prf(t: dict) -> dict:
    p = t["matched"] / t["predicted"] if t["predicted"] else 1.0 if not t["gold"] else 0.0
    r = t["matched"] / t["gold"] if t["gold"] else 1.0 if not t["predicted"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {**t, "precision": p, "recall": r, "f1": f}


def read_gold_file(path: Path, error: type[Exception] = GoldError) -> dict:
    """One gold file: a JSON object with a ``mentions`` list of objects. A file a user wrote or damaged by hand (not
    UTF-8, not JSON, not an object, no mentions) is a user error, said in one line naming the file and where it
    fails, not an unexpected exception (``imcovid evaluate`` exits 2, not 3 with "a bug")."""
    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
    except UnicodeDecodeError as problem:
        raise error(f"gold file {path} is not UTF-8 text ({problem.reason} at byte {problem.start})") from None
    except json.JSONDecodeError as problem:
        raise error(f"gold file {path} is not valid JSON: {problem.msg} (line {problem.lineno}, column "
                    f"{problem.colno})") from None
    except OSError as problem:
        raise error(f"cannot read the gold file {path}: {problem.strerror or problem}") from None
    if not isinstance(doc, dict):
        raise error(f"gold file {path} holds a JSON {type(doc).__name__}, not an object with a mentions list")
    mentions = doc.get("mentions")
    if not isinstance(mentions, list) or not all(isinstance(m, dict) and "type" in m for m in mentions):
        raise error(f"gold file {path} has no mentions list of objects with a type")
    return doc


def load_gold(gold_dir: Path) -> list[dict]:
    return [read_gold_file(p) for p in gold_files(gold_dir)]


def evaluate_gold_texts(gold_dir: Path, only: set[str] | None = None, exclude: set[str] = frozenset()) -> dict:
    """Annotate each gold text directly (no dataset needed) and score it; ``only`` / ``exclude`` select gold files
    by name without ``.json`` (a development and a held-out split)."""
    from imcovid.annotate import annotate

    pairs, errors = [], []
    for path in gold_files(gold_dir, only):
        if path.stem in exclude:
            continue
        doc = read_gold_file(path)
        published = date.fromisoformat(doc["published_date_local"]) if doc.get("published_date_local") else None
        predicted = annotate(doc["text"], published)
        pairs.append((doc["mentions"], predicted))
        errors += _errors(path.stem, doc["text"], doc["text"], doc["mentions"], predicted)
    if not pairs:
        raise GoldError(f"no gold file of {gold_dir} is left to score")
    report = score(pairs)
    report["articles"] = len(pairs)
    report["errors"] = errors
    return report


def held_out(gold_dir: Path) -> set[str]:
    """Names of the held-out gold files (``HELDOUT``: one per line), never looked at while writing rules."""
    path = Path(gold_dir) / "HELDOUT"
    return set(path.read_text(encoding="utf-8").split()) if path.is_file() else set()


def evaluate_dirs(gold_dir: Path, dataset_dir: Path) -> dict:
    """Score the mentions published in ``dataset_dir`` against gold files matched by ``source_file``."""
    from imcovid.publish.parquet import config_rows

    docs = load_gold(gold_dir)
    table = Path(dataset_dir) / "articles"
    if not table.is_dir():
        raise GoldError(f"{dataset_dir} holds no built dataset (no {table}); run imcovid build, or use --texts/--raw")
    articles = list(config_rows(Path(dataset_dir), "articles", columns=["id", "source_file"]))
    by_source = {a["source_file"]: a["id"] for a in articles}
    mentions: dict[str, list[dict]] = {}
    for row in config_rows(Path(dataset_dir), "mentions"):
        mentions.setdefault(row["article_id"], []).append(row)
    pairs = []
    missing = []
    for doc in docs:
        article_id = by_source.get(doc["source_file"])
        if article_id is None:
            missing.append(doc["source_file"])
            continue
        pairs.append((doc["mentions"], mentions.get(article_id, [])))
    if not pairs:
        raise GoldError(f"no gold file of {gold_dir} matches an article of {dataset_dir} (by source_file)")
    report = score(pairs)
    report["articles"] = len(pairs)
    report["missing"] = missing
    return report


def load_split(path: Path) -> dict[str, list[str]]:
    """The fixed development / held-out split of a gold set (``split.json``: part name → file stems)."""
    try:
        split = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise GoldError(f"cannot read the split {path}: {error}") from None
    if not isinstance(split, dict) or not all(isinstance(v, list) for v in split.values()):
        raise GoldError(f"{path} is not a split (an object of part name -> list of gold file names)")
    return split


def gold_files(gold_dir: Path, only: set[str] | None = None) -> list[Path]:
    """The gold JSON files of ``gold_dir`` (those named in ``only``, if given); a missing or empty folder, or a
    selection that names no file of it, is a :class:`GoldError`."""
    folder = Path(gold_dir)
    if not folder.is_dir():
        raise GoldError(f"gold folder {folder} does not exist")
    paths = sorted(folder.glob("*.json"))
    if not paths:
        raise GoldError(f"gold folder {folder} holds no gold files (*.json)")
    if only is not None:
        paths = [p for p in paths if p.stem in only]
        if not paths:
            raise GoldError(f"none of the {len(only)} files of the chosen part is in {folder}")
    return paths


# Characters of text shown on each side of an error.
_CONTEXT = 12


def _error_rows(stem: str, text: str, kind: str, misses: list[dict], false_positives: list[dict]) -> list[dict]:
    def context(m: dict) -> str:
        start, end = m.get("start"), m.get("end")
        if start is None or end is None or text[start:end] != m["surface"]:
            at = text.find(m["surface"])
            if at < 0:
                return ""
            start, end = at, at + len(m["surface"])
        return (text[max(0, start - _CONTEXT):start] + "[" + text[start:end] + "]" + text[end:end + _CONTEXT]) \
            .replace("\n", "⏎")

    rows = []
    for what, mentions in (("miss", misses), ("false positive", false_positives)):
        for m in mentions:
            rows.append({"article": stem, "type": kind, "error": what, "surface": m["surface"],
                         "key": m.get(_KEY.get(kind, "surface")), "rule": m.get("rule") if what != "miss" else None,
                         "context": context(m)})
    return rows


def _errors(stem: str, gold_text: str, text: str, gold: list[dict], predicted: list[dict]) -> list[dict]:
    """Misses (in the gold's text) and false positives (in the predicted text) of every type in one article."""
    rows = []
    for kind in TYPES:
        _, misses, false_positives = _match(kind, [m for m in gold if m["type"] == kind],
                                            [m for m in predicted if m["type"] == kind])
        rows += _error_rows(stem, gold_text, kind, misses, [])
        rows += _error_rows(stem, text, kind, [], false_positives)
    return rows


def evaluate_raw(gold_dir: Path, raw_dir: Path, only: set[str] | None = None) -> dict:
    """Score the whole path on real posts: each gold file's raw post (``source_file`` in ``raw_dir``) is read,
    cleaned and annotated as the build does it, and its mentions are compared with the gold's. The report also
    holds every error (``errors``: misses and false positives per type, with the rule that made each predicted
    mention and a little context) and the (gold text, cleaned text) pairs (``texts``) for the text score."""
    from imcovid.annotate import annotate
    from imcovid.clean import clean_document
    from imcovid.config import load_config
    from imcovid.readers import SourceRejected, read_source

    raw = Path(raw_dir)
    if not raw.is_dir():
        raise GoldError(f"raw folder {raw} does not exist")
    config = load_config()
    pairs, errors, texts, missing = [], [], [], []
    for path in gold_files(gold_dir, only):
        doc = read_gold_file(path)
        source = raw / doc.get("source_file", "")
        if not doc.get("source_file") or not source.is_file():
            missing.append(doc.get("source_file") or path.name)
            continue
        try:
            fields = clean_document(read_source(source.name, source.read_bytes()), config).fields
            predicted = annotate(fields["text"], fields["published_date_local"])
        except SourceRejected as rejected:  # a rejected post predicts nothing: every gold mention is missed
            fields, predicted = {"text": ""}, []
            missing.append(f"{source.name} (rejected: {rejected.reason})")
        pairs.append((doc["mentions"], predicted))
        texts.append((path.stem, doc["text"], fields["text"]))
        errors += _errors(path.stem, doc["text"], fields["text"], doc["mentions"], predicted)
    if not pairs:
        raise GoldError(f"no gold file of {gold_dir} has its raw post in {raw}")
    report = score(pairs)
    report.update(articles=len(pairs), missing=missing, errors=errors, texts=texts)
    return report


def format_errors(errors: list[dict]) -> str:
    """Errors grouped by type, then misses and false positives, one a line: article, surface, rule, context."""
    lines = []
    for kind in TYPES:
        for what in ("false positive", "miss"):
            rows = [e for e in errors if e["type"] == kind and e["error"] == what]
            if not rows:
                continue
            lines.append(f"\n## {kind} {'misses' if what == 'miss' else 'false positives'} ({len(rows)})")
            for e in sorted(rows, key=lambda e: (e["rule"] or "", e["article"], e["surface"])):
                key = f" ({e['key']})" if e["key"] and e["key"] != e["surface"] else ""
                rule = f"  [{e['rule']}]" if e["rule"] else ""
                lines.append(f"{e['article']}\t{e['surface']}{key}{rule}\t{e['context']}")
    return "\n".join(lines).lstrip("\n")


def format_table(report: dict, intervals: bool = True) -> str:
    """The per-type table; with each article's counts (``per_article``), a last column gives the bootstrap interval
    of F1 over articles (``evaluate_interval``): how far the figure could move with other posts of the same kind.
    (``intervals=False``: the docs' tables of earlier gold sets, which keep to the page's width.)"""
    from imcovid.evaluate_interval import f1_interval, format_interval, load_settings

    per_article = report.get("per_article") if intervals else None
    level = f"{load_settings().level:.0%} interval" if per_article else None
    lines = ["| type | gold | predicted | matched | precision | recall | F1 |" + (f" F1 {level} |" if level else ""),
             "|---|---:|---:|---:|---:|---:|---:|" + ("---:|" if level else "")]
    for kind in (*TYPES, "ALL"):
        t = report[kind]
        interval = ""
        if level:
            per = [a[kind] if kind != "ALL" else {c: sum(a[k][c] for k in TYPES) for c in ("gold", "predicted", "matched")}
                   for a in per_article]
            interval = f" {format_interval(f1_interval(per))} |"
        lines.append(f"| {kind} | {t['gold']} | {t['predicted']} | {t['matched']} | {t['precision']:.3f} | "
                     f"{t['recall']:.3f} | {t['f1']:.3f} |{interval}")
    if report.get("missing"):
        lines.append(f"\nGold files without a published article: {', '.join(report['missing'])}")
    return "\n".join(lines)
