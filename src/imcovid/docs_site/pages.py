"""Generated pages of the documentation site. Everything that comes from the data is escaped (``html.escape`` in
HTML blocks, ``md()`` in Markdown): article texts, titles and metadata are untrusted input."""

from __future__ import annotations

import json
from collections import Counter
from html import escape
from pathlib import Path

from imcovid.citation import citation_texts, load_cff
from imcovid.config import CONFIG_NAMES, DATASET_TITLE
from imcovid.models import RECORD_MODELS
from imcovid.publish.arrow import hf_features
from imcovid.publish.card import DESCRIPTION, feature_type, datasheet, statistics
from imcovid.publish.escape import md
from imcovid.publish.parquet import data_files, iter_rows
from imcovid.schema_export import model_schema
from imcovid.docs_site import figures

TYPE_CLASS = {"PERSON": "m-person", "LOCATION": "m-location", "ORGANIZATION": "m-org", "DATE": "m-date"}


def source_slug(source_file: str, sha256: str | None, index: int) -> str:
    """File names of the provenance pages: stable and safe whatever the source's name."""
    return f"source-{(sha256 or '')[:16] or f'n{index:05d}'}"


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def home(out: Path, dataset: Path, version: str) -> None:
    stats = statistics(dataset)
    cite = citation_texts()
    write(out / "index.md", f"""# {DATASET_TITLE}

{DESCRIPTION}

**Version {version}**, released {cite['date']} · {stats['n_articles']} articles · {stats['n_mentions']} mentions ·
{stats['n_sources']} source files · dates {stats['date_min'] or 'n/a'} to {stats['date_max'] or 'n/a'}

For researchers of epidemic governance, public-health communication and Chinese media who want to ask which
officials acted where and when, with every record traceable to the raw file it came from.

## Quick start

```python
from datasets import load_dataset

articles = load_dataset("dataset", split="train")              # or the Hub id; revision="v{version}" pins it
mentions = load_dataset("dataset", "mentions", split="train")
ejina = articles.filter(lambda a: "152923" in a["location_codes"])  # articles mentioning 额济纳旗
```

```python
import pandas as pd
articles = pd.read_parquet("dataset/articles")  # the config's file or all its shards
provenance = pd.read_parquet("dataset/provenance")
```

Start with the [codebook](codebook.md) (every field), the [provenance](provenance/index.md) of each source, the
[statistics](statistics.md), the [annotation quality](annotation-method.md) and [how to cite](cite.md).

## Cite this version

```bibtex
{cite['bibtex']}
```
""")


def codebook(out: Path, dataset: Path) -> None:
    parts = ["# Codebook", "",
             "Every field of every config, generated from the pydantic models and the JSON Schemas in `schema/`; "
             "the example is the value in the first row of the published data.", ""]
    for config in CONFIG_NAMES:
        model = RECORD_MODELS[config]
        schema = model_schema(config)
        features = hf_features(config)
        first = next(iter_rows(data_files(dataset, config)), {})
        parts += [f"## `{config}`", "", md(model.__doc__ or ""), "",
                  "| field | type | description | constraints | example |", "|---|---|---|---|---|"]
        for name, info in model.model_fields.items():
            prop = schema["properties"].get(name, {})
            parts.append(f"| `{name}` | {feature_type(features[name])} | {md(info.description or '')} | "
                         f"{md(_constraints(prop, info.is_required()))} | {md(_example(first.get(name)))} |")
        parts.append("")
    write(out / "codebook.md", "\n".join(parts))


def _constraints(prop: dict, required: bool) -> str:
    items = ["required" if required else "optional"]
    for key in ("pattern", "minLength", "maxLength", "minimum", "exclusiveMinimum", "enum"):
        if key in prop:
            items.append(f"{key}: {prop[key]}")
    for option in prop.get("anyOf", []):
        for key in ("pattern", "enum", "format"):
            if key in option:
                items.append(f"{key}: {option[key]}")
    if "format" in prop:
        items.append(f"format: {prop['format']}")
    return "; ".join(items)


def _example(value) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 80 else text[:77] + "…"


def datasheet_page(out: Path, dataset: Path) -> None:
    write(out / "datasheet.md", "# Datasheet and data statement\n\nThe same text as the dataset card.\n\n"
          + datasheet(statistics(dataset)).replace("## ", "## ", 1))


def provenance_pages(out: Path, dataset: Path) -> dict[str, str]:
    """One page per source and an overview; returns ``source_file → page name``."""
    pages: dict[str, str] = {}
    rows = ["# Provenance", "",
            "One row per raw source file, accepted or rejected. An article's `id` is the first 16 hex digits of "
            "the SHA-256 of its raw file; the source page lists the chain of custody with its evidence.", "",
            "| source | status | format | size | sha256 | articles | reasons |", "|---|---|---|---|---|---|---|"]
    for index, row in enumerate(iter_rows(data_files(dataset, "provenance"))):
        slug = source_slug(row["source_file"], row["sha256"], index)
        pages[row["source_file"]] = slug
        articles = ", ".join(f"[`{a}`](../articles/{a}.md)" for a in row["article_ids"] if row["status"] == "accepted")
        rows.append(f"| [{md(row['source_file'])}]({slug}.md) | {row['status']} | {row['format']} | {row['size_bytes']} | "
                    f"`{(row['sha256'] or '')[:16]}…` | {articles} | {md('; '.join(row['reasons']))} |")
        write(out / "provenance" / f"{slug}.md", _source_page(row))
    write(out / "provenance" / "index.md", "\n".join(rows) + "\n")
    return pages


def _source_page(row: dict) -> str:
    chain = "\n".join(f"| {md(link['role'])} | {md(link['name'])} | {md(link['evidence'])} |" for link in row["chain"])
    steps = "\n".join(f"| {md(s['step'])} | {md(s['library'])} {md(s['library_version'])} | {md(s['changed'])} | {s['count']} |"
                      for s in row["processing_steps"])
    articles = "\n".join(f"- [`{a}`](../articles/{a}.md)" for a in row["article_ids"] if row["status"] == "accepted")
    rights = escape(row["rights_statement"]) if row["rights_statement"] else "none found"
    # The page's <title> comes from the front matter: mkdocs writes page titles into templates unescaped, so
    # they must never carry text from the data.
    return f"""---
title: "Source {(row['sha256'] or 'unreadable')[:16]}"
---

# Source {md(row['source_file'])}

| | |
|---|---|
| status | {row['status']} |
| reasons | {md('; '.join(row['reasons'])) or '—'} |
| flags | {md(', '.join(row['flags'])) or '—'} |
| format / encoding | {row['format']} / {md(row['encoding'] or '?')} |
| size | {row['size_bytes']} bytes |
| sha256 | `{row['sha256'] or '—'}` |
| duplicate of | {md(row['duplicate_of'] or '—')} |
| story id | `{row['story_id'] or '—'}` |
| archive path | {md(row['archive_path'] or '—')} |
| software / dataset version | {md(row['software_version'])} / {md(row['dataset_version'])} |

## Articles produced

{articles or 'none'}

## Chain of custody

| link | name | evidence |
|---|---|---|
{chain or '| — | — | — |'}

## Processing steps that changed the text

| step | software | what it changes | count |
|---|---|---|---|
{steps or '| — | — | — | — |'}

## Rights statement (verbatim)

<pre class="rights">{rights}</pre>
"""


def article_pages(out: Path, dataset: Path, provenance: dict[str, str]) -> None:
    mentions: dict[str, list[dict]] = {}
    for m in iter_rows(data_files(dataset, "mentions")):
        mentions.setdefault(m["article_id"], []).append(m)
    rows = ["# Articles", "", "| id | date | platform | title | mentions |", "|---|---|---|---|---|"]
    for row in iter_rows(data_files(dataset, "articles")):
        article_mentions = mentions.pop(row["id"], [])
        rows.append(f"| [`{row['id']}`]({row['id']}.md) | {row['published_date_local'] or '—'} | {md(row['platform'] or '—')} | "
                    f"{md(row['title'])} | {len(article_mentions)} |")
        write(out / "articles" / f"{row['id']}.md", _article_page(row, article_mentions, provenance.get(row["source_file"])))
    write(out / "articles" / "index.md", "\n".join(rows) + "\n")


def _article_page(row: dict, mentions: list[dict], source_page: str | None) -> str:
    meta = [
        ("id", f"`{row['id']}`"),
        ("source", f"[{md(row['source_file'])}](../provenance/{source_page}.md)" if source_page else md(row["source_file"])),
        ("published", md(str(row["published_at"] or row["date_note"] or "—"))),
        ("platform", md(row["platform"] or "—")),
        ("original sources", md(", ".join(row["original_sources"]) or "—")),
        ("original title", md(row["original_title"] or "—")),
        ("credits", md(", ".join(f"{c['name']} ({c['role']})" for c in row["credits"]) or "—")),
        ("flags", md(", ".join(row["flags"]) or "—")),
        ("damage", f"{row['damage']['pinyin_glosses_removed']} pinyin glosses removed, {row['damage']['damaged_spans']} damaged spans"),
    ]
    images = "\n".join(f"- `{md(i['url'])}` — {md(i['caption'] or '')} {md(i['credit'] or '')}" for i in row["images"])
    legend = " ".join(f'<mark class="{cls}">{kind}</mark>' for kind, cls in TYPE_CLASS.items())
    return f"""---
title: "Article {row['id']}"
---

# {md(row['title'])}

{_subtitle(row)}| | |
|---|---|
{chr(10).join(f'| {k} | {v} |' for k, v in meta)}

## Text

{legend}

<div class="article-text" markdown="0">{highlight(row['text'], mentions)}</div>

## Images

{images or 'none'} (links are not loaded: they point to the aggregators' servers)

## Mentions

| type | surface | normalized | title | offsets |
|---|---|---|---|---|
{chr(10).join(f"| {m['type']} | {md(m['surface'])} | {md(m['code'] or m['value'] or '')} | {md(m['title'] or '')} | {m['start']}–{m['end']} |" for m in mentions) or '| — | — | — | — | — |'}
"""


def _subtitle(row: dict) -> str:
    return f"*{md(row['subtitle'])}*\n\n" if row["subtitle"] else ""


def highlight(text: str, mentions: list[dict]) -> str:
    """Escaped text with outermost mentions wrapped in ``<mark>``, one ``<p>`` per line."""
    spans = []
    last_end = -1
    for m in sorted(mentions, key=lambda m: (m["start"], -m["end"])):
        if m["start"] >= last_end:
            spans.append(m)
            last_end = m["end"]
    out, pos = [], 0
    for m in spans:
        out.append(escape(text[pos:m["start"]]))
        out.append(f'<mark class="{TYPE_CLASS[m["type"]]}" title="{escape(m["type"])}">{escape(text[m["start"]:m["end"]])}</mark>')
        pos = m["end"]
    out.append(escape(text[pos:]))
    return "".join(f"<p>{line}</p>" for line in "".join(out).split("\n"))


def statistics_page(out: Path, dataset: Path) -> None:
    stats = statistics(dataset)
    days: Counter = Counter()
    lengths = []
    for row in iter_rows(data_files(dataset, "articles")):
        lengths.append(row["n_chars"])
        if row["published_date_local"]:
            days[row["published_date_local"]] += 1
    places: Counter = Counter()
    persons: Counter = Counter()
    for m in iter_rows(data_files(dataset, "mentions")):
        if m["type"] == "LOCATION":
            places[m["name"] or m["surface"]] += 1
        elif m["type"] == "PERSON":
            persons[m["surface"]] += 1
    fig = out / "figures"
    fig.mkdir(parents=True, exist_ok=True)
    figures.timeline(days, fig / "articles-per-day.svg")
    figures.bar_chart(stats["platforms"], fig / "platforms.svg", "articles")
    figures.bar_chart(stats["outlets"], fig / "outlets.svg", "articles naming the outlet")
    figures.histogram(lengths, fig / "lengths.svg", "characters of text")
    figures.bar_chart(stats["flags"], fig / "flags.svg", "articles")
    figures.bar_chart(places, fig / "places.svg", "mentions")
    figures.bar_chart(persons, fig / "persons.svg", "mentions")

    def table(counter: Counter, head: str) -> str:
        rows = [f"| {head} | count |", "|---|---|"] + [f"| {md(k)} | {v} |" for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0])))[:20]]
        return "\n".join(rows)

    write(out / "statistics.md", f"""# Statistics

Generated from the published data: {stats['n_articles']} articles, {stats['n_mentions']} mentions,
{stats['n_sources']} source files.

## Articles per day (Asia/Shanghai)

![Bar chart of the number of articles per publication day, {len(days)} days with articles](figures/articles-per-day.svg)

## Articles per platform

![Bar chart of articles per platform (aggregator or site)](figures/platforms.svg)

{table(stats['platforms'], 'platform')}

## Original outlets

![Bar chart of how many articles name each original outlet](figures/outlets.svg)

{table(stats['outlets'], 'outlet')}

## Text lengths

![Histogram of article lengths in characters, from {stats['chars_min']} to {stats['chars_max']}](figures/lengths.svg)

## Quality flags

![Bar chart of quality flags raised on articles](figures/flags.svg)

{table(stats['flags'], 'flag')}

## Most mentioned places

![Bar chart of the most mentioned administrative divisions](figures/places.svg)

{table(places, 'place')}

## Most mentioned people

![Bar chart of the most mentioned persons](figures/persons.svg)

{table(persons, 'person')}
""")


def versions_page(out: Path, dataset: Path) -> None:
    changelog = dataset / "CHANGELOG.md"
    body = changelog.read_text(encoding="utf-8") if changelog.is_file() else "No changelog in this dataset folder."
    body = body.replace("\n# ", "\n## ")
    if body.startswith("# "):
        body = "#" + body
    write(out / "versions.md", "# Versions\n\nGenerated from the release manifests in `dataset/releases/`.\n\n" + body)


def cite_page(out: Path, version: str) -> None:
    cite = citation_texts()
    from imcovid.citation import CFF_PATH

    cff = Path(CFF_PATH).read_text(encoding="utf-8") if Path(CFF_PATH).is_file() else json.dumps(load_cff(), ensure_ascii=False, indent=2)
    write(out / "cite.md", f"""# Cite

Cite the version you used. This is version **{version}**, released {cite['date']}.

## BibTeX

```bibtex
{cite['bibtex']}
```

## APA

{cite['apa']}

## Pin the version

- On the Hugging Face Hub: `load_dataset("<hub id>", revision="v{version}")`.
- In this repository: check out the git tag `v{version}`; `imcovid verify dataset` re-hashes every file against
  `dataset/releases/v{version}.json`.

No DOI has been minted yet; when one is (Hub "Generate DOI" or Zenodo), it goes into `CITATION.cff` and appears here.

## CITATION.cff

```yaml
{cff}
```
""")


def evaluation_table(dataset: Path, gold: Path) -> str:
    from imcovid.evaluate import evaluate_dirs, format_table

    if not gold.is_dir():
        return "Gold files are not available in this checkout."
    return format_table(evaluate_dirs(gold, dataset))


def gold_text_table(gold: Path) -> str:
    """A gold set scored as a whole (annotating the gold texts), for a set that is all held out."""
    from imcovid.evaluate import evaluate_gold_texts, format_table

    if not gold.is_dir():
        return "Gold files are not available in this checkout."
    report = evaluate_gold_texts(gold)
    return f"All {report['articles']} texts, none of them read while writing the rules:\n\n{format_table(report)}"


def corpus_evaluation_tables(gold: Path) -> str:
    """A gold set with a HELDOUT list (the corpus sample, the challenge set), scored on its development and held-out
    parts separately (annotating the gold texts)."""
    from imcovid.evaluate import evaluate_gold_texts, format_table, held_out

    if not gold.is_dir():
        return "Gold files are not available in this checkout."
    held = held_out(gold)
    dev, test = evaluate_gold_texts(gold, exclude=held), evaluate_gold_texts(gold, only=held)
    return (f"Development part ({dev['articles']} articles, read while writing the rules):\n\n{format_table(dev)}\n\n"
            f"Held-out part ({test['articles']} articles, not read while writing the rules):\n\n{format_table(test)}")
