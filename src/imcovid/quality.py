"""The release's measured quality on real posts whose errors were never read, as one data file.

The docs' quality tables score every real set's development and held-out parts when the site is built. A user of the
published dataset who never builds the docs still needs the figures that say how far to trust the mentions, and
needs them for the very release in hand. So the pooled held-out figures — F1, precision, recall and the bootstrap
interval of F1 over posts (``evaluate_interval``) for each entity type, the cleaned text's char-F1, and MEASURE and
CASE_COUNT as the guideline scores them — are written once per release to ``data/quality.toml``
(``python -m imcovid.quality --write``, a step of docs/releasing.md), read by the dataset card, and recomputed from
``tests/data`` by ``tests/test_quality_file.py``: a rule change that moves a figure fails the suite until the file is
rewritten, so the card never shows figures of another release's rules.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from pathlib import Path

QUALITY_FILE = Path(__file__).parent / "data" / "quality.toml"
ENTITY_TYPES = ("PERSON", "LOCATION", "ORGANIZATION", "DATE")
MEASURE_NAMES = ("CASE_COUNT", "MEASURE code", "MEASURE code+action")
_COUNTS = ("gold", "predicted", "matched")


def entity_parts(data: Path, which: str | None = None):
    """(label, folder, part, report, text scores) for every part (or every ``which`` part) of every real set under
    ``data``: each post read, cleaned and annotated as the build does it and scored against its blind gold
    (``evaluate.evaluate_raw``)."""
    from imcovid.docs_site.pages import real_set_parts
    from imcovid.evaluate import evaluate_raw
    from imcovid.evaluate_text import char_f1

    for label, folder, only, part in real_set_parts(data):
        if which is not None and part != which:
            continue
        report = evaluate_raw(folder / "gold", folder / "raw", only)
        texts = [char_f1(predicted, gold)["f1"] for _, gold, predicted in report["texts"]]
        yield label, folder, part, report, texts


def measure_parts(data: Path, which: str | None = None):
    """(label, part, report) for every part (or every ``which`` part) of every real set with measure gold (the seeds
    belong to the first set's development part), and the older corpus sample's development posts, scored as the
    guideline for measures says."""
    from imcovid import evaluate_measures as em
    from imcovid.docs_site.pages import real_set_parts

    parts = []
    for label, folder, _, part in real_set_parts(data):
        if not (folder / "gold-measures").is_dir():
            continue
        texts = [data / "gold", folder / "gold"] if folder.name == "real" else [folder / "gold"]
        if (folder / "split.json").is_file():
            only, exclude = em.split_selection(folder / "split.json", part)
        else:
            only, exclude = None, set()
        parts.append((label, folder / "gold-measures", texts, only, exclude, part))
    corpus = data / "gold-corpus"
    if (corpus / "gold-measures").is_dir():
        parts.append(("corpus sample, dev.", corpus / "gold-measures", [corpus], None, set(), "development"))
    for label, gold, texts, only, exclude, part in parts:
        if which is not None and part != which:
            continue
        try:
            report = em.evaluate_gold_texts(gold, texts, only=only, exclude=exclude)
        except em.GoldMissing:
            continue  # a part with no measure gold (real-10: its one COVID-19 post is held out)
        yield label, part, report


def pooled(per_article: list[dict], names: tuple[str, ...]) -> dict[str, dict]:
    """Micro-averaged P/R/F1 of ``names`` over articles' counts, with the bootstrap interval of F1 over articles."""
    from imcovid.evaluate import _prf
    from imcovid.evaluate_interval import f1_interval

    out = {}
    for name in names:
        counts = {c: sum(a[name][c] for a in per_article) for c in _COUNTS}
        out[name] = {**_prf(counts), "interval": f1_interval([a[name] for a in per_article])}
    return out


def measured(data: Path) -> dict:
    """The pooled held-out figures of the code in hand on the real sets under ``data``."""
    from imcovid.evaluate_interval import load_settings

    entity_articles: list[dict] = []
    texts: list[float] = []
    for _, _, _, report, scores in entity_parts(data, "heldout"):
        entity_articles += report["per_article"]
        texts += scores
    measure_articles: list[dict] = []
    for _, _, report in measure_parts(data, "heldout"):
        measure_articles += report["per_article"]
    return {"posts": len(entity_articles), "measure_posts": len(measure_articles),
            "level": load_settings().level,
            "entities": pooled(entity_articles, ENTITY_TYPES),
            "text": {"mean": sum(texts) / len(texts), "worst": min(texts)},
            "measures": pooled(measure_articles, MEASURE_NAMES)}


def render(figures: dict, release: str) -> str:
    """``figures`` as the TOML of ``data/quality.toml`` (rounded as the docs print them)."""
    lines = ["# The release's measured quality on real posts whose errors were never read: every real set's held-out",
             "# part pooled (F1, precision, recall and the bootstrap interval of F1 over posts, data/evaluation.toml).",
             "# Written by `python -m imcovid.quality --write` when a release is cut (docs/releasing.md), read by the",
             "# dataset card, recomputed by tests/test_quality_file.py. Do not edit by hand.",
             f'release = "{release}"', f"posts = {figures['posts']}", f"measure_posts = {figures['measure_posts']}",
             f"level = {figures['level']}", "",
             "[text]", f"mean = {figures['text']['mean']:.4f}", f"worst = {figures['text']['worst']:.4f}"]
    for section, table in (("entities", figures["entities"]), ("measures", figures["measures"])):
        for name, t in table.items():
            # (No interval with fewer than two posts: an empty array, not a zero-width one.)
            interval = f"[{t['interval'][0]:.3f}, {t['interval'][1]:.3f}]" if t["interval"] else "[]"
            lines += ["", f'[{section}."{name}"]', f"f1 = {t['f1']:.3f}", f"precision = {t['precision']:.3f}",
                      f"recall = {t['recall']:.3f}", f"gold = {t['gold']}", f"interval = {interval}"]
    return "\n".join(lines) + "\n"


def load(path: Path | None = None) -> dict | None:
    """The figures of ``data/quality.toml``, or None where the file is missing."""
    path = path or QUALITY_FILE
    return tomllib.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def main(argv: list[str] | None = None) -> int:
    from imcovid.version import PROJECT_ROOT, package_version

    parser = argparse.ArgumentParser(prog="python -m imcovid.quality",
                                     description="measure the pooled held-out quality and write data/quality.toml")
    parser.add_argument("--data", default=str(PROJECT_ROOT / "tests" / "data"), help="folder of the real gold sets")
    parser.add_argument("--write", action="store_true", help="write data/quality.toml (else print it)")
    args = parser.parse_args(argv)
    data = Path(args.data)
    if not (data / "real" / "gold").is_dir():
        print(f"imcovid.quality: no real gold sets under {data}", file=sys.stderr)
        return 2
    text = render(measured(data), package_version())
    if args.write:
        QUALITY_FILE.write_text(text, encoding="utf-8")
        print(QUALITY_FILE)
    else:
        print(text, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
