"""Scores of MEASURE and CASE_COUNT mentions against hand-made gold, as the guideline for measures and figures
(``measures.md``, *Evaluation*) defines them.

* MEASURE: a predicted mention matches a gold mention of the same article when ``code`` and ``action`` are equal and
  the spans share at least one character; one-to-one, greedy, largest overlap first. The same score on ``code``
  alone; on matched (code+action) pairs, the accuracy of ``level``, ``targeted``, ``place_code`` and ``mode``; and
  per-code scores.
* CASE_COUNT: per article, the bag of ``(metric, value, place_code, as_of)`` tuples; a true positive is an element of
  the multiset intersection; null equals null; spans are not compared.

Counts are summed over articles (micro-average). Values are normalized first (integers and ISO dates as text) so that
the annotator's records, the published rows and the gold files compare alike.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path

from imcovid.evaluate import _prf, read_gold_file

ATTRIBUTES = ("level", "targeted", "place_code", "mode")
# Where the texts of the measure gold come from (their entity gold files carry the publication date).
DEFAULT_TEXT_DIRS = (Path("tests/data/gold"), Path("tests/data/real/gold"))


class GoldMissing(Exception):
    """No gold file to score against (a user error: one line, non-zero exit)."""


def _norm(value):
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, date)):
        return str(value) if isinstance(value, int) else value.isoformat()
    return str(value)


def _overlap(a: dict, b: dict) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def match_measures(gold: list[dict], predicted: list[dict], keys: tuple[str, ...]) -> list[tuple[dict, dict]]:
    """One-to-one pairs (gold, predicted) with equal ``keys`` and overlapping spans, largest overlap first (ties in
    document order, so the result does not depend on the input order)."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            if all(_norm(g.get(k)) == _norm(p.get(k)) for k in keys):
                size = _overlap(g, p)
                if size > 0:
                    candidates.append((-size, g["start"], p["start"], gi, pi))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, _, _, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gold[gi], predicted[pi]))
    return pairs


def case_count_key(m: dict) -> tuple:
    return (m.get("metric"), _norm(m.get("value")), m.get("place_code"), _norm(m.get("as_of")))


def score(pairs: list[tuple[list[dict], list[dict]]], names: list[str] | None = None) -> dict:
    """``pairs`` of (gold mentions, predicted mentions) per article (any types; the two are picked out); ``names``
    (the articles' file names, in the same order) label the error lists of ``report["errors"]``."""
    errors: list[dict] = []
    counts = {name: Counter() for name in ("MEASURE code+action", "MEASURE code", "CASE_COUNT")}
    attributes = {a: Counter() for a in ATTRIBUTES}
    per_code: dict[str, Counter] = {}
    per_article: list[dict[str, dict[str, int]]] = []
    for gold, predicted in pairs:
        gm = [m for m in gold if m["type"] == "MEASURE"]
        pm = [m for m in predicted if m["type"] == "MEASURE"]
        strict = match_measures(gm, pm, ("code", "action"))
        loose = match_measures(gm, pm, ("code",))
        article = {name: {"gold": len(gm), "predicted": len(pm), "matched": len(matched)}
                   for name, matched in (("MEASURE code+action", strict), ("MEASURE code", loose))}
        for g, p in strict:
            for a in ATTRIBUTES:
                attributes[a].update(pairs=1, equal=int(_norm(g.get(a)) == _norm(p.get(a))))
        for m in gm:
            per_code.setdefault(m["code"], Counter()).update(gold=1)
        for m in pm:
            per_code.setdefault(m["code"], Counter()).update(predicted=1)
        for g, _ in loose:
            per_code[g["code"]].update(matched=1)
        gc = Counter(case_count_key(m) for m in gold if m["type"] == "CASE_COUNT")
        pc = Counter(case_count_key(m) for m in predicted if m["type"] == "CASE_COUNT")
        article["CASE_COUNT"] = {"gold": sum(gc.values()), "predicted": sum(pc.values()),
                                 "matched": sum((gc & pc).values())}
        for name, article_counts in article.items():
            counts[name].update(article_counts)
        per_article.append(article)
        errors.append(_article_errors(names[len(errors)] if names else str(len(errors)), gm, pm, strict, loose,
                                      [m for m in gold if m["type"] == "CASE_COUNT"],
                                      [m for m in predicted if m["type"] == "CASE_COUNT"]))
    report = {name: _prf({k: c[k] for k in ("gold", "predicted", "matched")}) for name, c in counts.items()}
    report["attributes"] = {a: (c["equal"] / c["pairs"] if c["pairs"] else None) for a, c in attributes.items()}
    report["per_code"] = {code: _prf({k: c[k] for k in ("gold", "predicted", "matched")})
                          for code, c in sorted(per_code.items())}
    report["errors"] = errors
    report["per_article"] = per_article  # each article's counts, for the bootstrap interval of a pooled F1
    return report


def _article_errors(name: str, gm: list[dict], pm: list[dict], strict: list, loose: list,
                    gold_counts: list[dict], predicted_counts: list[dict]) -> dict:
    """One article's MEASURE and CASE_COUNT errors: code+action false positives and misses (a pair matched on
    code alone is listed as a wrong action), and the CASE_COUNT tuples left over on each side."""
    strict_g = {id(g) for g, _ in strict}
    strict_p = {id(p) for _, p in strict}
    wrong_action = [(g, p) for g, p in loose if id(g) not in strict_g and id(p) not in strict_p]
    wrong_g = {id(g) for g, _ in wrong_action}
    wrong_p = {id(p) for _, p in wrong_action}
    missing = Counter(case_count_key(m) for m in gold_counts) - Counter(case_count_key(m) for m in predicted_counts)
    extra = Counter(case_count_key(m) for m in predicted_counts) - Counter(case_count_key(m) for m in gold_counts)

    def pick(mentions, leftover):
        out, left = [], Counter(leftover)
        for m in mentions:
            if left[case_count_key(m)] > 0:
                left[case_count_key(m)] -= 1
                out.append(m)
        return out

    return {"article": name,
            "measure_false_positives": [p for p in pm if id(p) not in strict_p and id(p) not in wrong_p],
            "measure_misses": [g for g in gm if id(g) not in strict_g and id(g) not in wrong_g],
            "measure_wrong_action": wrong_action,
            "case_count_false_positives": pick(predicted_counts, extra),
            "case_count_misses": pick(gold_counts, missing)}


def _show_measure(m: dict) -> str:
    return (f"{m.get('code')} {m.get('action')} [{m['start']}:{m['end']}] {m.get('surface', '')!r}"
            f" level={m.get('level')} targeted={m.get('targeted')} place={m.get('place_code')} mode={m.get('mode')}"
            + (f" rule={m['rule']}" if m.get("rule") else ""))


def _show_count(m: dict) -> str:
    return (f"{m.get('metric')}={m.get('value')} place={m.get('place_code')} as_of={_norm(m.get('as_of'))}"
            f" [{m['start']}:{m['end']}] {m.get('surface', '')!r}" + (f" rule={m['rule']}" if m.get("rule") else ""))


def format_errors(report: dict) -> str:
    """The errors of ``report`` per article: MEASURE false positives (FP), misses (FN) and code matches with the
    wrong action (ACTION gold → predicted); CASE_COUNT false positives and misses, with the rule of each
    predicted mention."""
    lines = []
    for e in report["errors"]:
        body = [f"  MEASURE FP {_show_measure(m)}" for m in e["measure_false_positives"]]
        body += [f"  MEASURE FN {_show_measure(m)}" for m in e["measure_misses"]]
        body += [f"  MEASURE ACTION {g.get('action')} → {p.get('action')}: {_show_measure(p)}"
                 for g, p in e["measure_wrong_action"]]
        body += [f"  CASE_COUNT FP {_show_count(m)}" for m in e["case_count_false_positives"]]
        body += [f"  CASE_COUNT FN {_show_count(m)}" for m in e["case_count_misses"]]
        if body:
            lines.append(f"{e['article']}:")
            lines.extend(body)
    return "\n".join(lines) if lines else "no MEASURE or CASE_COUNT errors"


def format_per_code(report: dict) -> str:
    """MEASURE precision, recall and F1 by code (code alone, span overlap), every code of the gold or the
    predictions: which codes are missed (recall), which fire falsely (precision), and codes never emitted."""
    lines = ["| code | gold | predicted | matched | precision | recall | F1 |", "|---|---:|---:|---:|---:|---:|---:|"]
    for code, t in report["per_code"].items():
        lines.append(f"| {code} | {t['gold']} | {t['predicted']} | {t['matched']} | {t['precision']:.3f} | "
                     f"{t['recall']:.3f} | {t['f1']:.3f} |")
    return "\n".join(lines)


def split_selection(split_file: Path, split: str) -> tuple[set[str] | None, set[str]]:
    """(only, exclude) for a split of the measure gold: ``heldout`` is the fixed held-out list of ``split.json``;
    ``development`` is everything else (the seeds and the development posts) except the ``exposed`` list: held-out
    posts whose text reviewers have read (they are also in ``seeds/``, so every audit of the built dataset shows them),
    which count in neither part."""
    if split == "all":
        return None, set()
    path = Path(split_file)
    if not path.is_file():
        raise GoldMissing(f"split file {path} does not exist")
    try:
        parts = json.loads(path.read_text(encoding="utf-8"))
        heldout, exposed = set(parts["heldout"]), set(parts.get("exposed", ()))
    except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, AttributeError) as problem:
        raise GoldMissing(f"cannot read the split file {path}: {type(problem).__name__}: {problem}") from None
    return (heldout, set()) if split == "heldout" else (None, heldout | exposed)


def _gold_files(gold_dir: Path, only: set[str] | None, exclude: set[str]) -> list[Path]:
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise GoldMissing(f"measure gold folder {gold_dir} does not exist")
    paths = [p for p in sorted(gold_dir.glob("*.json"))
             if (only is None or p.stem in only) and p.stem not in exclude]
    if not paths:
        raise GoldMissing(f"no measure gold files (*.json) in {gold_dir}" + (" for the selected split" if only or exclude else ""))
    return paths


def _published_date(path: Path, doc: dict, texts_dirs: list[Path]) -> date | None:
    """The article's publication date: from the gold file, else from the entity gold file of the same name
    (``tests/data/gold/`` for the seeds, ``tests/data/real/gold/`` for real posts) whose ``text`` it copies."""
    if doc.get("published_date_local"):
        return date.fromisoformat(doc["published_date_local"])
    for folder in texts_dirs:
        other = Path(folder) / path.name
        if other.is_file():
            meta = json.loads(other.read_text(encoding="utf-8"))
            if meta.get("text") == doc["text"] and meta.get("published_date_local"):
                return date.fromisoformat(meta["published_date_local"])
    return None


def evaluate_gold_texts(gold_dir: Path, texts_dirs: list[Path], only: set[str] | None = None,
                        exclude: set[str] = frozenset()) -> dict:
    """Annotate each gold ``text`` directly, with the article's publication date, and score MEASURE and CASE_COUNT."""
    from imcovid.annotate import annotate

    pairs, names = [], []
    for path in _gold_files(gold_dir, only, exclude):
        doc = read_gold_file(path, GoldMissing)
        published = _published_date(path, doc, texts_dirs)
        pairs.append((doc["mentions"], annotate(doc["text"], published)))
        names.append(path.stem)
    report = score(pairs, names)
    report["articles"] = len(pairs)
    return report


def evaluate_dirs(gold_dir: Path, dataset_dir: Path) -> dict:
    """Score the MEASURE and CASE_COUNT rows published in ``dataset_dir`` against gold matched by ``source_file``
    (only the gold files whose article is in the dataset; the others are listed as missing)."""
    import pyarrow.parquet as pq

    paths = _gold_files(gold_dir, None, frozenset())
    articles = pq.read_table(Path(dataset_dir) / "articles" / "train.parquet", columns=["id", "source_file"]).to_pylist()
    by_source = {a["source_file"]: a["id"] for a in articles}
    mentions: dict[str, list[dict]] = {}
    for row in pq.read_table(Path(dataset_dir) / "mentions" / "train.parquet").to_pylist():
        if row["type"] in ("MEASURE", "CASE_COUNT"):
            mentions.setdefault(row["article_id"], []).append(row)
    pairs, missing, names = [], [], []
    for path in paths:
        doc = read_gold_file(path, GoldMissing)
        article_id = by_source.get(doc["source_file"])
        if article_id is None:
            missing.append(doc["source_file"])
            continue
        pairs.append((doc["mentions"], mentions.get(article_id, [])))
        names.append(path.stem)
    report = score(pairs, names)
    report["articles"] = len(pairs)
    report["missing"] = missing
    return report


def format_table(report: dict) -> str:
    from imcovid.evaluate_interval import f1_interval, format_interval, load_settings

    level = f"{load_settings().level:.0%} interval"
    lines = [f"| measure | gold | predicted | matched | precision | recall | F1 | F1 {level} |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for name in ("CASE_COUNT", "MEASURE code+action", "MEASURE code"):
        t = report[name]
        interval = format_interval(f1_interval([a[name] for a in report["per_article"]]))
        lines.append(f"| {name} | {t['gold']} | {t['predicted']} | {t['matched']} | {t['precision']:.3f} | "
                     f"{t['recall']:.3f} | {t['f1']:.3f} | {interval} |")
    shown = ", ".join(f"{a} {v:.3f}" if v is not None else f"{a} n/a" for a, v in report["attributes"].items())
    lines.append(f"\nMEASURE attributes on code+action matches ({report['articles']} articles): {shown}")
    if report.get("missing"):
        lines.append(f"\nMeasure gold files without a published article: {', '.join(report['missing'])}")
    return "\n".join(lines)


BREAKDOWN = ("missed sentence", "missed statement", "wrong code", "no span overlap", "wrong action",
             "false measure", "extra statement", "false code")


def error_breakdown(articles: list[tuple[str, list[dict], list[dict]]]) -> Counter:
    """Kinds of MEASURE errors over (text, gold mentions, predicted mentions) per article, to see where a system
    loses (guideline, *Evaluation*): gold measures unmatched on code, by whether the system said nothing in their
    sentence (missed sentence), something of other codes elsewhere in it (missed statement), another code on an
    overlapping span (wrong code) or the same code on a span that does not overlap (no span overlap); code matches
    with another action (wrong action); predicted measures unmatched on code, by whether their sentence holds no gold
    measure (false measure), gold measures elsewhere in it (extra statement) or a gold one of another code on the
    same span (false code)."""
    from imcovid.annotate.measures import _SENTENCE

    out = Counter()
    for text, gold, predicted in articles:
        gm = [m for m in gold if m["type"] == "MEASURE"]
        pm = [m for m in predicted if m["type"] == "MEASURE"]
        loose = match_measures(gm, pm, ("code",))
        strict = match_measures(gm, pm, ("code", "action"))
        out["gold"] += len(gm)
        out["predicted"] += len(pm)
        out["wrong action"] += len(loose) - len(strict)
        sentences = [(s.start(), s.end()) for s in _SENTENCE.finditer(text)]

        def sentence(m):
            return next(((a, b) for a, b in sentences if a <= m["start"] < b), (m["start"], m["end"]))

        matched_g = {id(g) for g, _ in loose}
        matched_p = {id(p) for _, p in loose}
        for g in gm:
            if id(g) in matched_g:
                continue
            a, b = sentence(g)
            near = [p for p in pm if a <= p["start"] < b]
            if any(_overlap(g, p) for p in pm if p["code"] != g["code"]):
                out["wrong code"] += 1
            elif any(p["code"] == g["code"] for p in near):
                out["no span overlap"] += 1
            elif near:
                out["missed statement"] += 1
            else:
                out["missed sentence"] += 1
        for p in pm:
            if id(p) in matched_p:
                continue
            a, b = sentence(p)
            if any(_overlap(g, p) and g["code"] != p["code"] for g in gm):
                out["false code"] += 1
            elif any(a <= g["start"] < b for g in gm):
                out["extra statement"] += 1
            else:
                out["false measure"] += 1
    return out
