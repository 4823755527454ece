"""Pages of the measures and figures panel: the codebook of MEASURE codes (OxCGRT and CoronaNet correspondence), one
timeline page per place with its measures and figures over time (with a figure), and the quality tables of MEASURE
and CASE_COUNT. Text from the data is escaped with ``md()``."""

from __future__ import annotations

import json
from collections import Counter
from functools import lru_cache
from importlib import resources
from pathlib import Path


from imcovid.docs_site import figures
from imcovid.publish.escape import md
from imcovid.publish.parquet import config_rows

INNER_MONGOLIA = "150000"


@lru_cache(maxsize=1)
def measure_codes() -> list[dict]:
    text = resources.files("imcovid").joinpath("data/measure_codes.tsv").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            code, name, levels, coronanet = line.split("\t")
            rows.append({"code": code, "name": name, "levels": levels, "coronanet": coronanet})
    return rows


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def measure_codes_page(out: Path, dataset: Path) -> None:
    from imcovid.publish.card import metric_table  # the card's table of metrics, one source for both

    counts = Counter(m["code"] for m in config_rows(dataset, "mentions", columns=["type", "code"])
                     if m["type"] == "MEASURE")
    rows = [f"| `{r['code']}` | {md(r['name'])} | {md(r['levels'])} | {md(r['coronanet'])} | {counts.get(r['code'], 0)} |"
            for r in measure_codes()]
    _write(out / "measure-codes.md", f"""# Measure codes

The `code` of a MEASURE mention (and of a row of the `measures` config). Where OxCGRT has an indicator for a measure,
its id and ordinal `level` are used; ten `CN-` codes cover instruments of the Chinese response that OxCGRT does not
record. Each code names its nearest CoronaNet policy type. `targeted: true` corresponds to OxCGRT's flag 0 (only part
of the jurisdiction); `place_code` is where the measure applies (CoronaNet's target), not who issued it. The full
rules are in the [guidelines for measures and figures](guidelines/measures.md), the guideline the gold
follows.

| code | measure | OxCGRT levels (`level`) | nearest CoronaNet type | mentions in this release |
|---|---|---|---|---:|
{chr(10).join(rows)}

`action`: `impose` (newly put in place) · `strengthen` · `maintain` · `relax` · `lift` · `announce-plan` (not yet in
force). `mode`: `reported` (in force, decided, carried out; OxCGRT's implementation rule keeps only these) or
`directive` (demanded of others, not reported as done).

## CASE_COUNT metrics

What each `metric` counts and what kind of count it is: **new** (a day's cases, or the period's the text gives),
**running** (a running total), **current** (people in a state at the time), or **new or running** (the guideline
gives these no marker: a day's figure and a running total share the metric, so a `case_counts` row of one may hold
both, marked `values_differ` and `differ_within_article`).

{metric_table()}
""")


def _place_names() -> dict[str, str]:
    from imcovid.annotate.places import divisions

    return {d.code: d.name for d in divisions().values()}


def _scope(code: str) -> str:
    """The code prefix its sub-divisions share (150000 → 15, 152900 → 1529)."""
    if code.endswith("0000"):
        return code[:2]
    if code.endswith("00"):
        return code[:4]
    return code


def timeline_pages(out: Path, dataset: Path) -> None:
    measures = list(config_rows(dataset, "measures"))
    counts = list(config_rows(dataset, "case_counts"))
    names = _place_names()
    places = {r["place_code"] for r in measures + counts if r["place_code"]}
    # Every place with rows, its province and prefecture (their pages gather the rows of their sub-divisions), and
    # Inner Mongolia always.
    pages = set(places) | {INNER_MONGOLIA}
    for code in places:
        pages |= {code[:2] + "0000", code[:4] + "00"}
    pages = sorted(c for c in pages if c in names or c == INNER_MONGOLIA)
    index = ["# Timelines", "",
             "Measures (config `measures`) and figures (config `case_counts`) per place over time, each row linked to the "
             "articles that support it. A province's or prefecture's page lists the rows of its sub-divisions too (a sub-division has figure rows "
             "only where a text gives it a number of its own: `其中有164例来自额济纳旗` does, `内蒙古6例，均在阿拉善盟` does not); its figure "
             "draws the place's own figures (a province's total is never added to its cities'), or, for a place with none, "
             "its sub-divisions' new cases summed by day. `article_ids` may name several captures of one story: join them "
             "to `articles.story_id` to count each report once.", "",
             "| place | code | measure rows | figure rows |", "|---|---|---:|---:|"]
    for code in pages:
        scope = _scope(code)
        place_measures = [r for r in measures if r["place_code"] and r["place_code"].startswith(scope)]
        place_counts = [r for r in counts if r["place_code"] and r["place_code"].startswith(scope)]
        name = names.get(code, code)
        index.append(f"| [{md(name)}]({code}.md) | `{code}` | {len(place_measures)} | {len(place_counts)} |")
        _write(out / "timelines" / f"{code}.md", _timeline_page(out, code, name, place_measures, place_counts, names))
    _write(out / "timelines" / "index.md", "\n".join(index) + "\n")


def _differ(row: dict) -> str:
    """What a figure row's note column says of its values (CaseCountRow.values_differ and why, and
    below_earlier_total)."""
    notes = (["**disputed**"] if row.get("disputed") else []) \
        + (["values differ within one article"] if row.get("differ_within_article") else []) \
        + (["**below an earlier total**"] if row.get("below_earlier_total") else [])
    return "; ".join(notes)


def _articles(ids: list[str]) -> str:
    return ", ".join(f"[`{a[:8]}`](../articles/{a}.md)" for a in ids)


def _page_title(name: str, code: str) -> str:
    """The browser tab's and search index's title of a timeline page: the place's name, not only its code.

    A reader looking for 额济纳旗 among tabs or search results sees "Timeline 152923" otherwise. Quoted as JSON, which
    is valid YAML, so a name with a quote or colon cannot break the page's front matter.
    """
    return json.dumps(f"Timeline: {name} ({code})" if name and name != code else f"Timeline {code}", ensure_ascii=False)


def _timeline_page(out: Path, code: str, name: str, measures: list[dict], counts: list[dict],
                   names: dict[str, str]) -> str:
    figure = out / "timelines" / "figures" / f"{code}.svg"
    figure.parent.mkdir(parents=True, exist_ok=True)
    figures.place_timeline(measures, counts, figure, own=code)

    def when(value) -> str:
        return value.isoformat() if value else "—"

    def key(row, field):
        return (row[field] is None, row[field] or "")

    def qualified(row) -> str:  # (origin, period, subject: what keeps two rows of one metric apart)
        said = [row.get(q) for q in ("origin", "period", "subject") if row.get(q)]
        return f" ({', '.join(said)})" if said else ""

    count_rows = [f"| {when(r['as_of'])} | {md(names.get(r['place_code'], r['place_code']))} | `{r['metric']}`{qualified(r)} | "
                  f"{r['value'] if r['value'] is not None else ' / '.join(map(str, r['values']))} | "
                  f"{_differ(r)} | {_articles(r['article_ids'])} |"
                  for r in sorted(counts, key=lambda r: (key(r, 'as_of'), r['place_code'], r['metric'], qualified(r)))]
    measure_rows = [f"| {when(r['date'])} | {md(names.get(r['place_code'], r['place_code']))} | `{r['code']}` | {r['action']} | "
                    f"{r['level'] or ''} | {'yes' if r['targeted'] else 'no'} | {', '.join(r['modes'])} | "
                    f"{_articles(r['article_ids'])} |"
                    for r in sorted(measures, key=lambda r: (key(r, 'date'), r['place_code'], r['code'], r['action']))]
    return f"""---
title: {_page_title(name, code)}
---

# {md(name)} (`{code}`)

{len(measures)} measure rows and {len(counts)} figure rows for this place and its sub-divisions.

![Figures (new cases by as-of date, cumulative totals) and measures (one dot per row and date; filled: reported, open: directive) for {md(name)}](figures/{code}.svg)

## Figures

| as of | place | metric | value | | articles |
|---|---|---|---:|---|---|
{chr(10).join(count_rows) or '| — | — | — | — | | — |'}

## Measures

| date | place | code | action | level | targeted | modes | articles |
|---|---|---|---|---|---|---|---|
{chr(10).join(measure_rows) or '| — | — | — | — | — | — | — | — |'}
"""


def measure_quality_tables() -> str:
    """MEASURE and CASE_COUNT quality on real posts: one row per development / held-out part of every real set with
    measure gold (the seeds belong to the first set's development part), the older corpus sample's development posts,
    and a row pooling every held-out part, with the bootstrap interval of each pooled F1 over posts."""
    from imcovid import evaluate_measures as em
    from imcovid.evaluate_interval import format_interval, load_settings
    from imcovid.quality import MEASURE_NAMES, measure_parts, pooled
    from imcovid.version import PROJECT_ROOT

    data = PROJECT_ROOT / "tests" / "data"
    if not (data / "real" / "gold-measures").is_dir():
        return "Measure gold files are not available in this checkout."
    lines = ["| part | articles | CASE_COUNT | MEASURE code | MEASURE code+action |",
             "|---|---:|---:|---:|---:|"]
    held: list[dict] = []
    for label, part, report in measure_parts(data):
        lines.append(f"| {label} | {report['articles']} | "
                     + " | ".join(f"{em._prf(report[n])['f1']:.3f}" for n in MEASURE_NAMES) + " |")
        if part == "heldout":
            held += report["per_article"]
    if held:
        figures = pooled(held, MEASURE_NAMES)
        lines.append(f"| **held-out, pooled** | {len(held)} | "
                     + " | ".join(f"{figures[n]['f1']:.3f}" for n in MEASURE_NAMES) + " |")
        lines.append(f"| held-out, {load_settings().level:.0%} interval | | "
                     + " | ".join(format_interval(figures[n]["interval"]) for n in MEASURE_NAMES) + " |")
    return "\n".join(lines)
