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
from imcovid.publish.card import description, feature_type, datasheet, statistics
from imcovid.publish.escape import cell, code, md
from imcovid.publish.parquet import data_files, iter_rows
from imcovid.schema_export import model_schema
from imcovid.docs_site import figures

TYPE_CLASS = {"PERSON": "m-person", "LOCATION": "m-location", "ORGANIZATION": "m-org", "DATE": "m-date",
              "MEASURE": "m-measure", "CASE_COUNT": "m-count"}


def source_slug(source_file: str, sha256: str | None, index: int) -> str:
    """File names of the provenance pages: stable and safe whatever the source's name."""
    return f"source-{(sha256 or '')[:16] or f'n{index:05d}'}"


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def home(out: Path, dataset: Path, version: str) -> None:
    from imcovid.citation import identity
    from imcovid.publish.card import load_snippet

    stats = statistics(dataset)
    cite = citation_texts()
    write(out / "index.md", f"""# {DATASET_TITLE}

{description(stats)}

**Version {version}**, released {cite['date']} · {stats['n_articles']} articles · {stats['n_mentions']} mentions ·
{stats['n_sources']} source files · dates {stats['date_min'] or 'n/a'} to {stats['date_max'] or 'n/a'}

For researchers of epidemic governance, public-health communication and Chinese media who want to ask which
officials acted where and when, with every record traceable to the raw file it came from.

## Quick start

{load_snippet(identity()["hub_repo_id"], version)}

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
             "the example is the value in the first row of the published data. What a mention of each type is, "
             "where its span starts and ends and what its value must be are defined by the "
             "[guidelines](guidelines/index.md), the ones the hand-made gold follows: "
             "[annotation](guidelines/annotation.md), [measures and figures](guidelines/measures.md), "
             "[cleaning](guidelines/cleaning.md), [provenance](guidelines/provenance.md).", ""]
    for config in CONFIG_NAMES:
        model = RECORD_MODELS[config]
        schema = model_schema(config)
        features = hf_features(config)
        first = next(iter_rows(data_files(dataset, config)), {})
        parts += [f"## `{config}`", "", cell(model.__doc__ or ""), "",
                  "| field | type | description | constraints | example |", "|---|---|---|---|---|"]
        for name, info in model.model_fields.items():
            prop = schema["properties"].get(name, {})
            parts.append(f"| `{name}` | {feature_type(features[name])} | {cell(info.description or '')} | "
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
    origins = _origins_section(row.get("origins") or [])
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

{origins}
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


def _origins_section(origins: list[dict]) -> str:
    """Where ``imcovid harvest`` found the bytes in the public archive, and why the selection rule took them."""
    if not origins:
        return ""
    rows = ["## Origin in the public archive", "",
            "Fetch the exact bytes from the repository at the commit (the link opens them on GitHub).", "",
            "| repository | path | commit | Inner Mongolia | COVID-19 terms | places (GB/T 2260) |",
            "|---|---|---|---|---|---|"]
    for o in origins:
        commit = f"[`{o['commit'][:12]}`]({o['url']})" if o["url"] and o["commit"] else (
            f"`{o['commit']}`" if o["commit"] else "unknown")
        rows.append(f"| {md(o['repo'])} | {md(o['path'])} | {commit} | {md(o['focus'] or '—')} | "
                    f"{md('、'.join(o['covid_terms']))} | {md('; '.join(o['places']))} |")
    return "\n".join(rows) + f"\n\nSelected by rule `{md(origins[0]['rule'])}` (see [the harvest](../harvest.md)).\n\n"


def article_pages(out: Path, dataset: Path, provenance: dict[str, str]) -> None:
    mentions: dict[str, list[dict]] = {}
    for m in iter_rows(data_files(dataset, "mentions")):
        mentions.setdefault(m["article_id"], []).append(m)
    # A first pass over two columns: each page names its story's canonical copy and how many copies it has, so a
    # reader who lands on a duplicate capture knows which article to count.
    stories: dict[str, dict] = {}
    for row in iter_rows(data_files(dataset, "articles"), columns=["id", "story_id", "canonical"]):
        story = stories.setdefault(row["story_id"], {"copies": 0, "canonical": None})
        story["copies"] += 1
        if row["canonical"]:
            story["canonical"] = row["id"]
    rows = ["# Articles", "", "| id | date | platform | title | mentions |", "|---|---|---|---|---|"]
    for row in iter_rows(data_files(dataset, "articles")):
        article_mentions = mentions.pop(row["id"], [])
        rows.append(f"| [`{row['id']}`]({row['id']}.md) | {row['published_date_local'] or '—'} | {md(row['platform'] or '—')} | "
                    f"{md(row['title'])} | {len(article_mentions)} |")
        write(out / "articles" / f"{row['id']}.md", _article_page(row, article_mentions, provenance.get(row["source_file"]),
                                                                   stories.get(row["story_id"])))
    write(out / "articles" / "index.md", "\n".join(rows) + "\n")


def _story_cell(row: dict, story: dict | None) -> str:
    """The article's story: its id, and whether this is the copy to count (see the stories page)."""
    if not story or story["copies"] == 1:
        return f"`{row['story_id']}` (the only article of its story)"
    if row["canonical"]:
        return f"`{row['story_id']}`: the canonical copy of {story['copies']} articles"
    canonical = story["canonical"]
    return (f"`{row['story_id']}`: a copy; the canonical one of its {story['copies']} articles is "
            f"[`{canonical}`]({canonical}.md)")


def _article_page(row: dict, mentions: list[dict], source_page: str | None, story: dict | None = None) -> str:
    meta = [
        ("id", f"`{row['id']}`"),
        ("story", _story_cell(row, story)),
        ("source", f"[{md(row['source_file'])}](../provenance/{source_page}.md)" if source_page else md(row["source_file"])),
        ("published", md(str(row["published_at"] or row["date_note"] or "—"))),
        ("platform", md(row["platform"] or "—")),
        ("original sources", md(", ".join(row["original_sources"]) or "—")),
        ("original title", md(row["original_title"] or "—")),
        ("credits", md(", ".join(f"{c['name']} ({c['role']})" for c in row["credits"]) or "—")),
        ("flags", md(", ".join(row["flags"]) or "—")),
        ("damage", f"{row['damage']['pinyin_glosses_removed']} pinyin glosses removed, {row['damage']['damaged_spans']} damaged spans"),
    ]
    images = "\n".join(f"- {code(i['url'])} — {md(i['caption'] or '')} {md(i['credit'] or '')}" for i in row["images"])
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

<div class="article-text" lang="zh-Hans" markdown="0">{highlight(row['text'], mentions)}</div>

## Images

{images or 'none'} (links are not loaded: they point to the aggregators' servers)

## Mentions

| type | surface | normalized | title | offsets |
|---|---|---|---|---|
{chr(10).join(f"| {m['type']} | {md(m['surface'])} | {md(_normalized(m))} | {md(m['title'] or '')} | {m['start']}–{m['end']} |" for m in mentions) or '| — | — | — | — | — |'}
"""


def _subtitle(row: dict) -> str:
    return f"*{md(row['subtitle'])}*\n\n" if row["subtitle"] else ""


def highlight(text: str, mentions: list[dict]) -> str:
    """Escaped text with mentions wrapped in ``<mark>``, nested where one lies inside another (a MEASURE holding a
    LOCATION); a mention crossing the edge of an open one is left out. One ``<p>`` per line: a mark is closed at a
    line break and reopened after it."""
    chosen: list[dict] = []
    stack: list[dict] = []
    for m in sorted(mentions, key=lambda m: (m["start"], -m["end"], m["type"])):
        while stack and stack[-1]["end"] <= m["start"]:
            stack.pop()
        if stack and m["end"] > stack[-1]["end"]:
            continue  # crosses the edge of the enclosing mark
        if stack and (m["start"], m["end"]) == (stack[-1]["start"], stack[-1]["end"]) and m["type"] == stack[-1]["type"]:
            continue  # two measures of one span: one mark
        chosen.append(m)
        stack.append(m)
    opens: dict[int, list[dict]] = {}
    closes: dict[int, int] = {}
    for m in chosen:
        opens.setdefault(m["start"], []).append(m)
        closes[m["end"]] = closes.get(m["end"], 0) + 1
    out: list[str] = []
    open_marks: list[dict] = []
    for i, char in enumerate(text):
        for _ in range(closes.get(i, 0)):
            open_marks.pop()
            out.append("</mark>")
        for m in opens.get(i, []):
            open_marks.append(m)
            out.append(_open_mark(m))
        if char == "\n":
            out.append("</mark>" * len(open_marks) + "\n" + "".join(_open_mark(m) for m in open_marks))
        else:
            out.append(escape(char))
    out.append("</mark>" * len(open_marks))
    return "".join(f"<p>{line}</p>" for line in "".join(out).split("\n"))


def mention_statistics(dataset: Path) -> dict:
    """Counts of the mentions for the statistics page. Places and organizations count top-level mentions only
    (``parent_id`` null): 内蒙古 inside 内蒙古日报 is part of an organization's name, not a place the article names."""
    places: Counter = Counter()  # (code or "", name) → top-level LOCATION mentions
    levels: dict = {}
    organizations: Counter = Counter()
    persons: Counter = Counter()
    by_type = {"top-level": Counter(), "nested": Counter()}
    for m in iter_rows(data_files(dataset, "mentions")):
        nested = m.get("parent_id") is not None
        by_type["nested" if nested else "top-level"][m["type"]] += 1
        if nested:
            continue
        if m["type"] == "LOCATION":
            key = (m["code"] or "", m["name"] or m["surface"])
            places[key] += 1
            levels[key] = m["level"]
        elif m["type"] == "ORGANIZATION":
            organizations[m["surface"]] += 1
        elif m["type"] == "PERSON":
            persons[m["surface"]] += 1
    return {"places": places, "levels": levels, "organizations": organizations, "persons": persons,
            "by_type": by_type}


def _top(counter: Counter, n: int = 20) -> list:
    return sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0])))[:n]


def _open_mark(m: dict) -> str:
    return f'<mark class="{TYPE_CLASS[m["type"]]}" title="{escape(_mark_title(m))}">'


def _mark_title(m: dict) -> str:
    if m["type"] == "MEASURE":
        level = f" level {m['level']}" if m.get("level") else ""
        return f"MEASURE {m['code']} {m['action']}{level} ({m['mode']})"
    if m["type"] == "CASE_COUNT":
        return f"CASE_COUNT {m['metric']} = {m['value']}"
    return m["type"]


def _normalized(m: dict) -> str:
    """The mentions table's normalized column: codes and dates, a measure's coding, a figure's tuple."""
    if m["type"] == "MEASURE":
        level = f" level {m['level']}" if m.get("level") else ""
        targeted = ", targeted" if m.get("targeted") else ""
        return f"{m['code']} {m['action']}{level}{targeted}, {m['mode']}, place {m.get('place_code') or '—'}"
    if m["type"] == "CASE_COUNT":
        return f"{m['metric']} = {m['value']}, place {m.get('place_code') or '—'}, as of {m.get('as_of') or '—'}"
    return m["code"] or m["value"] or ""


def statistics_page(out: Path, dataset: Path) -> None:
    stats = statistics(dataset)
    days: Counter = Counter()
    lengths = []
    undated = 0
    for row in iter_rows(data_files(dataset, "articles")):
        lengths.append(row["n_chars"])
        if row["published_date_local"]:
            days[row["published_date_local"]] += 1
        else:
            undated += 1
    counts = mention_statistics(dataset)
    places, organizations, persons = counts["places"], counts["organizations"], counts["persons"]
    by_type = counts["by_type"]
    fig = out / "figures"
    fig.mkdir(parents=True, exist_ok=True)
    figures.timeline(days, fig / "articles-per-day.svg", undated=undated)
    figures.bar_chart(stats["platforms"], fig / "platforms.svg", "articles")
    figures.bar_chart(stats["outlets"], fig / "outlets.svg", "articles naming the outlet")
    figures.histogram(lengths, fig / "lengths.svg", "characters of text")
    figures.bar_chart(stats["flags"], fig / "flags.svg", "articles")
    figures.stacked_bar_chart(by_type, fig / "mention-types.svg", "mentions")
    figures.bar_chart(Counter({name: n for (_, name), n in places.items()}), fig / "places.svg",
                      "top-level mentions")
    figures.bar_chart(organizations, fig / "organizations.svg", "top-level mentions")
    figures.bar_chart(persons, fig / "persons.svg", "top-level mentions")

    def table(counter: Counter, head: str) -> str:
        rows = [f"| {head} | count |", "|---|---|"] + [f"| {md(k)} | {v} |" for k, v in _top(counter)]
        return "\n".join(rows)

    place_rows = ["| place | GB/T 2260 code | level | top-level mentions |", "|---|---|---|---|"]
    place_rows += [f"| {md(name)} | {code(gb) if gb else '— (ambiguous, see `note`)'} | "
                   f"{md(counts['levels'].get((gb, name)) or '—')} | {n} |" for (gb, name), n in _top(places)]
    type_rows = ["| type | top-level | nested | all |", "|---|---|---|---|"]
    for kind in sorted(set(by_type["top-level"]) | set(by_type["nested"])):
        top, inner = by_type["top-level"][kind], by_type["nested"][kind]
        type_rows.append(f"| {md(kind)} | {top} | {inner} | {top + inner} |")
    dated = sum(days.values())

    write(out / "statistics.md", f"""# Statistics

Generated from the published data: {stats['n_articles']} articles, {stats['n_mentions']} mentions,
{stats['n_sources']} source files.

## Articles per day (Asia/Shanghai)

Articles with a publication date: {dated}; without one: {undated} (the grey *no date* bar; `date_note` says why).

![Bar chart of the number of articles per publication day, {len(days)} days with articles, and a bar of {undated} articles without a date](figures/articles-per-day.svg)

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

## Mentions by type

An entity mention (PERSON, LOCATION, ORGANIZATION, DATE) can lie inside another one (a place inside an
organization's name: 内蒙古 in 内蒙古日报); such a *nested* mention has the containing mention's id in `parent_id`.
MEASURE and CASE_COUNT spans overlap entity mentions (内蒙古 inside `内蒙古6例`) but are never a parent, so the
places and names inside them stay top-level. The counts below the charts of places, organizations and people are of
top-level entity mentions only, so each stretch of text counts once among them.

![Stacked bar chart of mentions per type, top-level and nested](figures/mention-types.svg)

{chr(10).join(type_rows)}

## Most mentioned places

![Bar chart of the administrative divisions most often named as places in their own right](figures/places.svg)

{chr(10).join(place_rows)}

## Most mentioned organizations

![Bar chart of the most mentioned organizations](figures/organizations.svg)

{table(organizations, 'organization')}

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
    """How to cite, pin and describe the data, all derived from CITATION.cff (imcovid.citation.identity): an
    identifier that is not declared there is said to be missing, never shown as a placeholder."""
    from imcovid.citation import CFF_PATH, availability_statement, identity
    from imcovid.publish.card import license_statement, pin_snippet

    cite = citation_texts()
    ident = identity()
    cff = Path(CFF_PATH).read_text(encoding="utf-8") if Path(CFF_PATH).is_file() else json.dumps(load_cff(), ensure_ascii=False, indent=2)
    if ident["hub_repo_id"]:
        load = f"""```python
from datasets import load_dataset

articles = load_dataset("{ident['hub_repo_id']}", split="train", revision="v{version}")
```"""
    else:
        load = ("No Hugging Face repository id is declared in `CITATION.cff` yet, so this release is loaded from its "
                "folder: `load_dataset(\"dataset\", split=\"train\")`.")
    missing = "".join(f"\n- {cell(item)}" for item in ident["undeclared"])  # our own Markdown
    write(out / "cite.md", f"""# Cite

Cite the version you used. This is version **{version}**, released {cite['date']}.

## BibTeX

```bibtex
{cite['bibtex']}
```

## APA

{cite['apa']}

## Data availability statement

For the data-availability section of a paper (it names this version; it is generated from `CITATION.cff`):

> {availability_statement(ident)}

## Pin the version

{pin_snippet(ident, version)}

{load}

## Licence

{license_statement()}

## Identifiers not declared yet

These are left out of the citations, the card and Croissant until they are declared in `CITATION.cff` (see
[Releasing](releasing.md)):
{missing or chr(10) + "- none"}

## CITATION.cff

```yaml
{cff}
```
""")


# The real sets with blind gold, in the order they were made: folder under tests/data, label, and whether it has a
# fixed development / held-out split (real-2 has none: a test set for 6.0.0, development data since).
REAL_SETS = (("real", "real"), ("real-2", "real-2"), ("real-3", "real-3"), ("real-4", "real-4"), ("real-5", "real-5"),
             ("real-6", "real-6"), ("real-7", "real-7"), ("real-8", "real-8"), ("real-9", "real-9"),
             ("real-10", "real-10"), ("real-11", "real-11"), ("real-12", "real-12"),
             ("real-13", "real-13"), ("real-14", "real-14"), ("real-15", "real-15"),
             ("real-16", "real-16"), ("real-17", "real-17"), ("real-18", "real-18"),
             ("real-19", "real-19"), ("real-20", "real-20"), ("real-21", "real-21"),
             ("real-22", "real-22"), ("real-23", "real-23"))


def current_annotators() -> list[tuple[str, str]]:
    """(mention type, annotator string) of the annotators that make this release's mentions, read from the modules
    that write them (the ``annotator`` value of each mention), so the page never names another version."""
    from imcovid.annotate import case_counts, dates, measures, organizations, persons, places

    return [("PERSON (rules)", persons.ANNOTATOR), ("PERSON (tagger, no cue)", persons.TAGGER_ANNOTATOR),
            ("LOCATION", places.ANNOTATOR), ("ORGANIZATION (rules)", organizations.ANNOTATOR),
            ("ORGANIZATION (tagger)", organizations.TAGGER_ANNOTATOR), ("DATE", dates.ANNOTATOR),
            ("MEASURE", measures.ANNOTATOR), ("CASE_COUNT", case_counts.ANNOTATOR)]


def current_state() -> str:
    """The annotation page's opening: the current annotators (from the code), and the release's held-out figures
    with their caveats (from ``data/quality.toml``, as the dataset card shows them)."""
    from imcovid.publish.card import quality_section

    rows = ["| mentions | `annotator` |", "|---|---|"]
    rows += [f"| {kind} | `{annotator}` |" for kind, annotator in current_annotators()]
    return ("The annotators of this release (the `annotator` value of each mention):\n\n" + "\n".join(rows)
            + "\n\nThe release's measured quality, pooled over every real set's held-out part (posts whose errors "
              "were never read):\n\n" + quality_section())


def real_set_parts(data: Path):
    """(label, folder, only, part) for every part of every real set present under ``data``: the development part,
    then the held-out part, of each set (``only`` None: the whole set)."""
    from imcovid.evaluate import load_split

    for name, label in REAL_SETS:
        folder = data / name
        if not (folder / "gold").is_dir():
            continue
        if not (folder / "split.json").is_file():
            yield f"{label}, all (dev.)", folder, None, "development"
            continue
        split = load_split(folder / "split.json")
        for part in ("development", "heldout"):
            if split.get(part):
                yield f"{label}, {'held-out' if part == 'heldout' else 'dev.'}", folder, set(split[part]), part


def real_evaluation_tables(real: Path) -> str:
    """The quality table on REAL posts (the evidence that counts): each post of every real set read, cleaned and
    annotated as the build does it, scored against its blind gold on the sets' fixed development and held-out parts —
    one row per part, F1 per type and the cleaned text's char-F1 — and a row pooling every held-out part (the
    estimate for unseen posts), with the bootstrap interval of each pooled F1 over posts (``evaluate_interval``)."""
    from imcovid.evaluate import _prf
    from imcovid.evaluate_interval import format_interval, load_settings
    from imcovid.quality import ENTITY_TYPES, entity_parts, pooled

    if not (real / "gold").is_dir() or not (real / "split.json").is_file():
        return "The real posts' gold is not available in this checkout."
    heads = {"PERSON": "PERSON", "LOCATION": "LOC", "ORGANIZATION": "ORG", "DATE": "DATE"}
    lines = ["| part (posts) | " + " | ".join(heads[k] for k in ENTITY_TYPES) + " | text mean / worst |",
             "|---|" + "---:|" * (len(ENTITY_TYPES) + 1)]
    held_articles: list[dict] = []
    held_texts: list[float] = []

    def row(label: str, f1: dict, texts: list[float]) -> str:
        return (f"| {label} ({len(texts)}) | " + " | ".join(f"{f1[k]:.3f}" for k in ENTITY_TYPES)
                + f" | {sum(texts) / len(texts):.4f} / {min(texts):.4f} |")

    for label, _, part, report, texts in entity_parts(real.parent):
        lines.append(row(label, {k: _prf(report[k])["f1"] for k in ENTITY_TYPES}, texts))
        if part == "heldout":
            held_articles += report["per_article"]
            held_texts += texts
    if held_texts:
        figures = pooled(held_articles, ENTITY_TYPES)
        lines.append(row("**held-out, pooled**", {k: figures[k]["f1"] for k in ENTITY_TYPES}, held_texts))
        lines.append(f"| held-out, {load_settings().level:.0%} interval | "
                     + " | ".join(format_interval(figures[k]["interval"]) for k in ENTITY_TYPES) + " | |")
    return "\n".join(lines)


def evaluation_table(dataset: Path, gold: Path) -> str:
    from imcovid.evaluate import evaluate_dirs, format_table

    if not gold.is_dir():
        return "Gold files are not available in this checkout."
    return format_table(evaluate_dirs(gold, dataset), intervals=False)


def gold_text_table(gold: Path) -> str:
    """A gold set scored as a whole (annotating the gold texts), for a set that is all held out."""
    from imcovid.evaluate import evaluate_gold_texts, format_table

    if not gold.is_dir():
        return "Gold files are not available in this checkout."
    report = evaluate_gold_texts(gold)
    return f"All {report['articles']} texts, none of them read while writing the rules:\n\n{format_table(report, intervals=False)}"


def corpus_evaluation_tables(gold: Path) -> str:
    """A gold set with a HELDOUT list (the corpus sample, the challenge set), scored on its development and held-out
    parts separately (annotating the gold texts)."""
    from imcovid.evaluate import evaluate_gold_texts, format_table, held_out

    if not gold.is_dir():
        return "Gold files are not available in this checkout."
    held = held_out(gold)
    dev, test = evaluate_gold_texts(gold, exclude=held), evaluate_gold_texts(gold, only=held)
    return (f"Development part ({dev['articles']} articles, read while writing the rules):\n\n{format_table(dev, intervals=False)}\n\n"
            f"Held-out part ({test['articles']} articles, not read while writing the rules):\n\n{format_table(test, intervals=False)}")
