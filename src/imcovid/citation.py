"""``CITATION.cff``: load it, validate it against the official CFF 1.2.0 schema, and render it as BibTeX or APA.

``CITATION.cff`` is where the release date (``date-released``) is declared, once: the release manifest, Croissant's
``datePublished`` and the citations are all read from it, never from the clock. The schema is vendored
(``imcovid/data/cff-1.2.0-schema.json``, see the README beside it) so validation works offline.
"""

from __future__ import annotations

import copy

import json
import re
from datetime import date, datetime
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from imcovid.version import PROJECT_ROOT

CFF_PATH = PROJECT_ROOT / "CITATION.cff"
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]


class _CffLoader(yaml.SafeLoader):
    """YAML without implicit timestamps: ``2026-11-23`` stays the string it is written as. The CFF schema asks
    tools to treat dates as strings, and an impossible date must reach the schema's pattern, not crash the parser."""


_CffLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_cff(path: Path | None = None) -> dict:
    """The CFF file as plain JSON-like data, dates as ``YYYY-MM-DD`` strings."""
    path = Path(path or CFF_PATH)
    if not path.is_file():
        raise FileNotFoundError(f"{path} not found: the release date and citation are declared in CITATION.cff")
    return copy.deepcopy(_parsed(path.read_text(encoding="utf-8")))


@lru_cache(maxsize=4)
def _parsed(text: str) -> dict:
    # Keyed by the file's text, so that an edited file is parsed again: a build reads CITATION.cff for the card, the
    # datasheet, Croissant and the release manifest, and each pure-Python YAML parse cost about 0.04 s of the serial
    # part of the build. Callers get a copy, free to change it.
    return _dates_to_str(yaml.load(text, Loader=_CffLoader))


def _dates_to_str(value):
    if isinstance(value, dict):
        return {key: _dates_to_str(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_dates_to_str(item) for item in value]
    if isinstance(value, (date, datetime)):  # an explicit !!timestamp tag
        return value.isoformat()
    return value


@lru_cache(maxsize=1)
def cff_schema() -> dict:
    text = resources.files("imcovid").joinpath("data/cff-1.2.0-schema.json").read_text(encoding="utf-8")
    return json.loads(text)


def validate_cff(path: Path | None = None) -> list[str]:
    """Problems of the file against the CFF 1.2.0 schema, one line each (empty list: valid)."""
    try:
        data = load_cff(path)
    except (OSError, ValueError, yaml.YAMLError) as error:
        return [f"cannot read {path or CFF_PATH}: {error}"]
    import jsonschema  # here, not at the top: every build imports this module, none validates the CFF (0.04 s)

    validator = jsonschema.Draft7Validator(cff_schema(), format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)
    problems = []
    for error in sorted(validator.iter_errors(data), key=lambda e: (list(map(str, e.absolute_path)), e.message)):
        where = "/".join(str(part) for part in error.absolute_path) or "(top level)"
        problems.append(f"{where}: {error.message}")
    return problems


def release_date(cff: dict) -> str:
    """``date-released`` as ``YYYY-MM-DD`` (the top level's, which ``preferred-citation`` must repeat)."""
    value = cff.get("date-released")
    if not value:
        raise ValueError("CITATION.cff has no date-released: declare the release date there")
    return str(value)


def _work(cff: dict) -> dict:
    """What to cite: ``preferred-citation`` over the top level, as GitHub's "Cite this repository" does."""
    return {**cff, **cff.get("preferred-citation", {})}


def _author_names(authors: list[dict]) -> list[tuple[str, bool]]:
    """(name, is_entity) per author: entities by ``name``, persons as ``family, given``."""
    names = []
    for author in authors:
        if "name" in author:
            names.append((author["name"], True))
        else:
            family = " ".join(p for p in (author.get("name-particle"), author.get("family-names")) if p)
            given = author.get("given-names")
            suffix = author.get("name-suffix")
            names.append((", ".join(p for p in (family, suffix, given) if p), False))
    return names


_BIBTEX_SPECIAL = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
                   "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}


def _bib(text: str) -> str:
    text = "".join(_BIBTEX_SPECIAL.get(c, c) for c in str(text))
    return text.replace("—", "---").replace("–", "--")


def citation_texts(path: Path | None = None) -> dict:
    """What the card shows: ``version``, ``date`` (``date-released``), ``bibtex`` and ``apa``."""
    cff = load_cff(path or CFF_PATH)
    return {"version": str(cff.get("version", "")), "date": release_date(cff), "bibtex": to_bibtex(cff).strip(),
            "apa": to_apa(cff)}


def to_bibtex(cff: dict) -> str:
    """A ``@misc`` entry (plain BibTeX has no dataset type; biblatex reads ``date`` and ``version``)."""
    work = _work(cff)
    released = work.get("date-released") or release_date(cff)
    year = str(work.get("year") or released[:4])
    names = _author_names(work.get("authors", []))
    # Double braces keep a team name from being split into given and family names.
    author = " and ".join(f"{{{_bib(name)}}}" if entity else _bib(name) for name, entity in names)
    key = re.sub(r"[^a-z0-9]+", "", work["title"].split()[0].lower()) + year
    if work.get("version"):
        key += "_v" + re.sub(r"[^0-9a-zA-Z]+", "_", str(work["version"]))
    fields = [
        ("title", f"{{{_bib(work['title'])}}}"),
        ("author", author),
        ("year", year),
        ("date", released),
        ("version", _bib(work.get("version", ""))),
        ("note", f"Dataset, version {_bib(work['version'])}, released {released}" if work.get("version") else ""),
        ("publisher", _bib(identity(cff)["publisher"] or "")),
        ("doi", work.get("doi", "")),
        ("url", identity(cff)["url"] or ""),
        ("license", work.get("license", "") if isinstance(work.get("license"), str) else ""),
    ]
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields if value)
    return f"@misc{{{key},\n{body}\n}}\n"


def to_apa(cff: dict) -> str:
    """APA 7 reference for a data set: ``Author. (Year, Month Day). Title (Version x) [Data set]. DOI/URL``."""
    work = _work(cff)
    released = work.get("date-released") or release_date(cff)
    day = date.fromisoformat(released)
    names = [name for name, _ in _author_names(work.get("authors", []))]
    if len(names) > 1:
        authors = ", ".join(names[:-1]) + ", & " + names[-1]
    else:
        authors = names[0] if names else work["title"]
    authors = authors if authors.endswith(".") else authors + "."
    version = f" (Version {work['version']})" if work.get("version") else ""
    ident = identity(cff)
    where = f" https://doi.org/{work['doi']}" if work.get("doi") else ""
    if not where and ident["url"]:
        where = f" {ident['url']}"
    # APA 7 leaves the publisher out when it is the author.
    publisher = f" {ident['publisher']}." if ident["publisher"] and ident["publisher"] not in names else ""
    return (f"{authors} ({day.year}, {_MONTHS[day.month - 1]} {day.day}). {work['title']}{version} [Data set]."
            f"{publisher}{where}").rstrip()


# --- the dataset's identity -----------------------------------------------------------------------------------

HUB_PREFIX = "https://huggingface.co/datasets/"
# What each licence covers; the SPDX ids are the declared ones (CITATION.cff `license`, pyproject's licence).
DATA_LICENSE_NAME = "CC BY-NC 4.0"
DATA_LICENSE_URL = "https://creativecommons.org/licenses/by-nc/4.0/"
CODE_LICENSE = "MIT"
TEXTS_RIGHTS = ("The article texts, titles and images remain the copyright of their original publishers; they are "
                "included, cleaned and with the rights statement each source carried, for non-commercial research "
                "only, and are not covered by CC BY-NC 4.0 or MIT.")


def identity(cff: dict | None = None) -> dict:
    """The dataset's identifiers, all read from ``CITATION.cff`` (the one place they are declared):

    ``title``, ``version``, ``date``, ``creators`` (the names as cited), ``doi`` (``doi``), ``code_url``
    (``repository-code``), ``hub_repo_id`` (from ``repository`` when it is a Hugging Face dataset URL), ``url``
    (``url``, else the Hub page, else the code repository), ``contact_email`` (the first ``contact`` with an
    ``email``), ``contact_name``, ``publisher`` (``preferred-citation.publisher.name``), and ``undeclared``: one
    phrase per identifier that is not declared yet (shown in the build summary; nothing is ever printed in its
    place)."""
    cff = load_cff() if cff is None else cff
    work = _work(cff)
    repository = str(cff.get("repository") or "")
    hub = repository[len(HUB_PREFIX):].strip("/") if repository.startswith(HUB_PREFIX) else None
    contacts = cff.get("contact") or []
    email = next((c["email"] for c in contacts if c.get("email")), None)
    contact_name = next((_author_names([c])[0][0] for c in contacts), None)
    publisher = (work.get("publisher") or {}).get("name") if isinstance(work.get("publisher"), dict) else None
    url = cff.get("url") or (f"{HUB_PREFIX}{hub}" if hub else None) or cff.get("repository-code") or None
    found = {
        "title": cff.get("title"), "version": str(cff.get("version", "")), "date": release_date(cff),
        "creators": [name for name, _ in _author_names(cff.get("authors", []))],
        "doi": work.get("doi") or cff.get("doi"), "code_url": cff.get("repository-code"), "hub_repo_id": hub,
        "url": url, "contact_email": email, "contact_name": contact_name, "publisher": publisher,
    }
    labels = {"doi": "DOI (not minted yet)", "code_url": "code repository URL (`repository-code`)",
              "hub_repo_id": "Hugging Face repository id (`repository: https://huggingface.co/datasets/<id>`)",
              "url": "landing page URL (`url`; Croissant 1.1 requires one)",
              "contact_email": "contact e-mail (`contact`)", "publisher": "publisher (`preferred-citation.publisher`)"}
    found["undeclared"] = [label for key, label in labels.items() if not found[key]]
    return found


def takedown_route(ident: dict | None = None) -> str:
    """Where a rights holder writes, from the declared contact (never a made-up address)."""
    ident = identity() if ident is None else ident
    if ident["contact_email"]:
        return f"write to {ident['contact_name'] or 'the maintainers'} at <{ident['contact_email']}>"
    if ident["code_url"]:
        return f"open an issue titled \"takedown\" at {ident['code_url'].rstrip('/')}/issues"
    if ident["hub_repo_id"]:
        return f"open a discussion titled \"takedown\" in the Community tab of {HUB_PREFIX}{ident['hub_repo_id']}"
    return ("open an issue titled \"takedown\" on the repository you obtained the dataset from (on the Hugging Face "
            "Hub: the dataset's *Community* tab); no contact address is declared in CITATION.cff yet")


def availability_statement(ident: dict | None = None) -> str:
    """A data-availability statement to paste into a paper, from the declared identifiers only."""
    ident = identity() if ident is None else ident
    name = f"{ident['title']}, version {ident['version']} (released {ident['date']})"
    if ident["doi"]:
        where = f"is openly available at https://doi.org/{ident['doi']}"
    elif ident["url"]:
        where = f"is openly available at {ident['url']}"
    else:
        where = "is distributed as a versioned dataset folder (no public repository or DOI has been declared yet)"
    pin = (f"; the release is pinned by the tag v{ident['version']} and its manifest releases/v{ident['version']}.json, "
           "which lists the SHA-256 of every file and record")
    return (f"The data analysed in this study, {name}, {where}{pin}. Annotations, metadata and provenance are "
            f"licensed under {DATA_LICENSE_NAME}; the software that builds them is {CODE_LICENSE}-licensed; "
            "the article texts remain the copyright of their original publishers and are included for non-commercial "
            "research only.")


# --- Zenodo ---------------------------------------------------------------------------------------------------

ZENODO_PATH = PROJECT_ROOT / ".zenodo.json"


def zenodo_metadata(cff: dict | None = None) -> dict:
    """``.zenodo.json`` (Zenodo's deposit metadata, read when a GitHub release is archived), derived from
    CITATION.cff: Zenodo prefers this file to CITATION.cff, so it is generated, never edited (``imcovid zenodo``;
    ``tests/test_identity.py`` fails when it is stale). ``version`` and ``publication_date`` are CITATION.cff's
    ``version`` and ``date-released``, so a deposit made from the file alone says which release it is (Zenodo would
    otherwise take them from the GitHub release only); the file is regenerated with every release."""
    cff = load_cff() if cff is None else cff
    ident = identity(cff)

    def person(author: dict) -> dict:
        entry = {"name": _author_names([author])[0][0]}
        if author.get("affiliation"):
            entry["affiliation"] = author["affiliation"]
        if author.get("orcid"):
            entry["orcid"] = str(author["orcid"]).rsplit("/", 1)[-1]
        return entry

    related = []
    if ident["code_url"]:
        related.append({"identifier": ident["code_url"], "relation": "isSupplementedBy", "resource_type": "software"})
    if ident["hub_repo_id"]:
        related.append({"identifier": f"{HUB_PREFIX}{ident['hub_repo_id']}", "relation": "isIdenticalTo",
                        "resource_type": "dataset"})
    meta = {
        "upload_type": "dataset",
        "title": cff["title"],
        "creators": [person(a) for a in cff.get("authors", [])],
        "contributors": [{**person(c), "type": "ContactPerson"} for c in cff.get("contact", [])],
        "description": " ".join(str(cff.get("abstract", "")).split()),
        "version": ident["version"],
        "publication_date": ident["date"],
        "license": {"id": str(cff.get("license", "")).lower()},
        "access_right": "open",
        "keywords": list(cff.get("keywords", [])),
        "notes": (f"Licences: annotations, metadata and provenance {DATA_LICENSE_NAME}; software {CODE_LICENSE}. "
                  + TEXTS_RIGHTS + " See LICENSE."),
    }
    if related:
        meta["related_identifiers"] = related
    if ident["doi"]:
        meta["doi"] = ident["doi"]
    return meta


def dump_zenodo(meta: dict) -> str:
    return json.dumps(meta, ensure_ascii=False, indent=2) + "\n"
