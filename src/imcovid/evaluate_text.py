"""How close the cleaned text is to hand-made gold: character F1 per article, plus agreement of the moved metadata.

**Character F1 (char-F1).** For a predicted text ``p`` and a gold text ``g`` (the ``text`` field as published, lines
joined by ``\\n``, newlines counted as characters), let ``m = LCS(p, g)`` be the length of their longest common
subsequence: the largest number of characters that can be aligned between the two texts in order. Then precision is
``m / len(p)``, recall ``m / len(g)`` and

    char-F1 = 2·m / (len(p) + len(g))          (1.0 when both texts are empty)

So a byline left in the text costs precision by its length, a dropped sentence costs recall by its length, and a
paragraph moved elsewhere costs both (the LCS keeps it in one place only). Unlike a bag of characters, the alignment
is positional: the same characters in another order do not count. The LCS is exact (bit-parallel algorithm of
Allison–Dix / Hyyrö, on Python integers), not difflib's heuristic matching.

The aggregate is the mean of per-article char-F1 over the selected articles, and the worst article.

**Metadata agreement.** ``credits`` as (role, name) pairs and by name alone, and ``original_sources`` by name, are
compared as multisets per article and summed over articles (micro precision, recall, F1);
``original_title`` is counted as agreeing when both are equal (both null included).

Each raw post goes through the same reader and cleaner as the build (:func:`imcovid.readers.read_source`,
:func:`imcovid.clean.clean_document`), so the score is the score of what the build publishes.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from imcovid.clean import clean_document
from imcovid.config import BuildConfig, load_config
from imcovid.readers import SourceRejected, read_source


def lcs_length(a: str, b: str) -> int:
    """Length of the longest common subsequence of ``a`` and ``b`` (exact; O(len(a)·len(b)/wordsize))."""
    if len(a) < len(b):
        a, b = b, a
    if not b:
        return 0
    masks: dict[str, int] = {}
    for i, char in enumerate(b):
        masks[char] = masks.get(char, 0) | (1 << i)
    full = (1 << len(b)) - 1
    row = full  # bit i set: the LCS did not grow at position i of b (Hyyrö's V vector)
    for char in a:
        match = masks.get(char, 0)
        if match:
            kept = row & match
            row = ((row + kept) | (row - kept)) & full
    return len(b) - bin(row).count("1")


def char_f1(predicted: str, gold: str) -> dict:
    """Precision, recall and F1 of ``predicted`` against ``gold`` over LCS-aligned characters."""
    if not predicted and not gold:
        return {"matched": 0, "predicted": 0, "gold": 0, "precision": 1.0, "recall": 1.0, "f1": 1.0}
    m = lcs_length(predicted, gold)
    return {
        "matched": m,
        "predicted": len(predicted),
        "gold": len(gold),
        "precision": m / len(predicted) if predicted else 0.0,
        "recall": m / len(gold) if gold else 0.0,
        "f1": 2 * m / (len(predicted) + len(gold)),
    }


def clean_raw(path: Path, config: BuildConfig) -> dict:
    """The published article fields for one raw post (reader + cleaner, as the build runs them)."""
    raw = path.read_bytes()
    doc = read_source(path.name, raw)
    return clean_document(doc, config).fields


def _bag_counts(gold: list, predicted: list) -> dict:
    g, p = Counter(gold), Counter(predicted)
    return {"gold": sum(g.values()), "predicted": sum(p.values()), "matched": sum((g & p).values())}


def _prf(t: dict) -> dict:
    p = t["matched"] / t["predicted"] if t["predicted"] else 1.0 if not t["gold"] else 0.0
    r = t["matched"] / t["gold"] if t["gold"] else 1.0 if not t["predicted"] else 0.0
    return {**t, "precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def evaluate_cleaning(
    raw_dir: Path,
    gold_dir: Path,
    only: set[str] | None = None,
    exclude: set[str] | frozenset[str] = frozenset(),
    config: BuildConfig | None = None,
) -> dict:
    """Clean every raw post that has a gold file and score it.

    Gold files are matched to raw posts by their ``source_file`` (a file name in ``raw_dir``). ``only`` / ``exclude``
    select gold files by stem (``R_2``), for a development and a held-out split. Returns ``articles`` (per stem: the
    char-F1 counts, and ``rejected`` with the reason when the cleaner rejected the post, which scores 0), ``mean``,
    ``worst`` (F1 and stem), ``n``, and ``metadata`` (micro P/R/F1 for credits and original sources, and the share of
    equal original titles).
    """
    config = config or load_config()
    articles: dict[str, dict] = {}
    meta = {"credits": Counter(), "credit_names": Counter(), "original_sources": Counter()}
    titles_equal = 0
    for gold_path in sorted(Path(gold_dir).glob("*.json"), key=lambda p: _natural(p.stem)):
        stem = gold_path.stem
        if (only is not None and stem not in only) or stem in exclude:
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        raw_path = Path(raw_dir) / gold.get("source_file", f"{stem}.txt")
        try:
            if not raw_path.is_file():
                raise SourceRejected(f"no raw file {raw_path.name} in {raw_dir}")
            fields = clean_raw(raw_path, config)
        except SourceRejected as rejected:
            # Scored as an empty text (F1 0), never skipped: a post the cleaner loses is an error of the cleaner.
            articles[stem] = {**char_f1("", gold["text"]), "f1": 0.0, "rejected": rejected.reason}
            fields = {"credits": [], "original_sources": [], "original_title": None}
        else:
            articles[stem] = char_f1(fields["text"], gold["text"])
        pairs = {
            "credits": ([(c["role"], c["name"]) for c in gold.get("credits") or []],
                        [(c["role"], c["name"]) for c in fields["credits"]]),
            "credit_names": ([c["name"] for c in gold.get("credits") or []], [c["name"] for c in fields["credits"]]),
            "original_sources": (list(gold.get("original_sources") or []), list(fields["original_sources"])),
        }
        for key, (g, p) in pairs.items():
            meta[key].update(_bag_counts(g, p))
        titles_equal += gold.get("original_title") == fields["original_title"]
    n = len(articles)
    scores = [a["f1"] for a in articles.values()]
    worst = min(articles, key=lambda s: (articles[s]["f1"], _natural(s))) if articles else None
    return {
        "n": n,
        "articles": articles,
        "mean": sum(scores) / n if n else None,
        "worst": {"f1": articles[worst]["f1"], "article": worst} if worst else None,
        "metadata": {
            **{key: _prf(dict(counts)) for key, counts in meta.items()},
            "original_title_equal": titles_equal / n if n else None,
        },
    }


def split(split_file: Path) -> dict[str, set[str]]:
    """``split.json`` → ``{"development": {...}, "heldout": {...}}`` of gold stems."""
    data = json.loads(Path(split_file).read_text(encoding="utf-8"))
    return {name: set(stems) for name, stems in data.items()}


def format_report(report: dict, per_article: bool = False) -> str:
    """A Markdown summary: mean and worst char-F1, and metadata agreement (optionally one line per article)."""
    lines = []
    if report["n"]:
        lines.append(f"cleaned text char-F1 over {report['n']} articles: mean {report['mean']:.4f}, "
                     f"worst {report['worst']['f1']:.4f} ({report['worst']['article']})")
    else:
        lines.append("cleaned text char-F1: no articles selected")
    lines += ["", "| field | gold | predicted | matched | precision | recall | F1 |", "|---|---:|---:|---:|---:|---:|---:|"]
    for key in ("credits", "credit_names", "original_sources"):
        t = report["metadata"][key]
        lines.append(f"| {key} | {t['gold']} | {t['predicted']} | {t['matched']} | {t['precision']:.3f} | "
                     f"{t['recall']:.3f} | {t['f1']:.3f} |")
    if report["metadata"]["original_title_equal"] is not None:
        lines.append(f"\noriginal_title equal to gold: {report['metadata']['original_title_equal']:.3f}")
    if per_article:
        lines += ["", "| article | predicted | gold | matched | char-F1 |", "|---|---:|---:|---:|---:|"]
        for stem, a in report["articles"].items():
            note = f" (rejected: {a['rejected']})" if "rejected" in a else ""
            lines.append(f"| {stem} | {a['predicted']} | {a['gold']} | {a['matched']} | {a['f1']:.4f}{note} |")
    return "\n".join(lines)


def _natural(stem: str) -> tuple:
    head, _, tail = stem.rpartition("_")
    return (head, int(tail)) if tail.isdigit() else (stem, -1)
