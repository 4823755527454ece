"""The statistics page's section on the corpus as harvested: the selection rule's verdicts (focus or mention), the
spread of the sources over aggregators and months, and stories against captures."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from imcovid.publish.escape import md
from imcovid.publish.parquet import config_rows


def corpus_section(dataset: Path) -> str:
    articles = list(config_rows(dataset, "articles"))
    focus: dict[str, str] = {}
    repos: Counter = Counter()
    for row in config_rows(dataset, "provenance"):
        origins = row.get("origins") or []
        for article_id in row["article_ids"]:
            kinds = {o["focus"] for o in origins}
            focus[article_id] = "focus" if "focus" in kinds else "mention" if kinds else "first seeds (chosen by hand)"
        repos.update({o["repo"] for o in origins})
    months = sorted({a["published_date_local"].strftime("%Y-%m") for a in articles if a["published_date_local"]})
    platforms = sorted({a["platform"] or "(unknown)" for a in articles})
    cells: Counter = Counter()
    for a in articles:
        month = a["published_date_local"].strftime("%Y-%m") if a["published_date_local"] else "(no date)"
        cells[(a["platform"] or "(unknown)", month)] += 1
    if any(not a["published_date_local"] for a in articles):
        months.append("(no date)")
    grid = ["| aggregator | " + " | ".join(months) + " | all |", "|---" * (len(months) + 2) + "|"]
    for p in platforms:
        counts = [cells[(p, m)] for m in months]
        grid.append(f"| {md(p)} | " + " | ".join(str(c or "") for c in counts) + f" | {sum(counts)} |")
    split = Counter(focus.get(a["id"], "first seeds (chosen by hand)") for a in articles)
    stories = Counter(a.get("story_id") or a["id"] for a in articles)
    sizes = Counter(stories.values())
    lines = [
        "## The corpus: selection, aggregators, months, stories", "",
        "Sources other than the five first seeds were selected by `imcovid harvest` (see [the harvest](harvest.md)): "
        "about COVID-19 by a documented lexicon, and naming a place with a GB/T 2260 code beginning with 15 by the annotator's "
        "gazetteer. Inner Mongolia is the *focus* of a source when such a place is in its title or lead, and only "
        "*mentioned* otherwise.", "",
        "| Inner Mongolia is | articles |", "|---|---|",
        *[f"| {md(k)} | {v} |" for k, v in sorted(split.items())], "",
        "Archive repositories the harvested sources were taken from: "
        + (", ".join(f"{md(r)} ({n})" for r, n in sorted(repos.items())) or "none") + ".", "",
        "### Articles by aggregator and month (Asia/Shanghai)", "", *grid, "",
        "### Stories and captures", "",
        f"{len(articles)} articles make {len(stories)} stories (exact and near-duplicate copies share `story_id`; "
        "see [stories](stories.md)). Count stories, not captures, with "
        "`articles.filter(lambda a: a[\"canonical\"])` or `df[df.canonical]`.", "",
        "| articles in the story | stories |", "|---|---|",
        *[f"| {k} | {v} |" for k, v in sorted(sizes.items())], "",
    ]
    return "\n".join(lines)


def append_corpus_section(out: Path, dataset: Path) -> None:
    page = out / "statistics.md"
    text = page.read_text(encoding="utf-8") if page.is_file() else "# Statistics\n"
    page.write_text(text.rstrip("\n") + "\n\n" + corpus_section(dataset), encoding="utf-8")
