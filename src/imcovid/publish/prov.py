"""``provenance.prov.json``: the build as a W3C PROV graph (PROV-JSON), read back by the ``prov`` library.

What the graph says (ids under the ``imcovid:`` prefix, ``urn:imcovid:``; names are percent-encoded so that every
id is a valid PROV-N qualified name, the readable name is in ``prov:label``):

* entities: each raw file ``source/<source_file>`` (sha256, size, format, status), each published article
  ``article/<id>``, and the release ``release/v<version>``, a ``prov:Collection`` that ``hadMember`` its articles;
* activities: the build ``build/v<version>`` (used every source, generated every article and the release), and one
  shared activity per processing step ``step/<step>/<library>/<version>`` with what it changes and how many sources
  and changes it made; the build ``wasInformedBy`` each step. Per-source counts stay in the provenance config;
* agents: original outlets, aggregators, RSSHub, the Hexo archive (each source ``wasAttributedTo`` them, with the
  chain role), the software (imcovid and the libraries of the processing steps) and the maintainers;
* derivations: article ``wasDerivedFrom`` its source (through the build); a duplicate source ``alternateOf`` the
  one it repeats; a harvested source ``wasDerivedFrom`` (a ``prov:Quotation``, a byte-for-byte copy) each archive
  capture ``capture/<repo>/<commit>/<path>`` that holds its bytes (``prov:location``: the URL of those bytes).

The file is written by hand, section by section, while the Parquet files are read in batches, so memory holds
only the (few) agents and steps, never all sources. Keys within an entry are sorted, entries follow the Parquet
order, and nothing comes from the clock, so the same dataset gives the same bytes.
"""

from __future__ import annotations

import hashlib
import json
import pickle
import re
import tempfile
from functools import lru_cache
from json.encoder import encode_basestring
from pathlib import Path
from urllib.parse import quote

try:  # the encoder json.dumps(ensure_ascii=False, sort_keys=True) builds on every call, made once
    from json.encoder import c_make_encoder as _c_make_encoder
except ImportError:  # pragma: no cover — CPython without the _json accelerator
    _c_make_encoder = None


PROV_FILE = "provenance.prov.json"
NAMESPACE = "urn:imcovid:"
BATCH_ROWS = 512
MAINTAINERS = "imcovid:agent/maintainers"
RSSHUB = "imcovid:agent/rsshub"
_PREFIXES = {"imcovid": NAMESPACE, "xsd": "http://www.w3.org/2001/XMLSchema#", "prov": "http://www.w3.org/ns/prov#"}
# Chain roles → the kind of agent a source is attributed to (the seed file is the entity itself).
# The serialized sections of a fragment, spilled per file while the graph is assembled.
_SECTIONS = ("alternateOf", "entity", "used", "wasAttributedTo", "wasDerivedFrom", "hadMember", "wasGeneratedBy")
_AGENT_KIND = {"original_outlet": "outlet", "aggregator": "aggregator", "archive": "archive"}


@lru_cache(maxsize=4096)  # agents and steps recur on every source; bounded, so memory stays flat
def qid(kind: str, *parts: str) -> str:
    """``imcovid:<kind>/<part>/…`` with each part percent-encoded (PROV-N allows no spaces, quotes, brackets …)."""
    return "imcovid:" + "/".join([kind, *(quote(str(p), safe="/._-~") for p in parts)])


# The characters ``quote(..., safe="/._-~")`` leaves as they are (its always-safe set and ``safe``): a name made of
# them only is its own encoding.
_UNQUOTED = re.compile(r"[A-Za-z0-9_.\-~/]*")


def _name_id(kind: str, name: str) -> str:
    """:func:`qid` of one name that recurs rarely (a source file, an article id): not kept in qid's cache, where
    thousands of them would push out the agents and steps, and not percent-encoded when nothing in it needs it."""
    if _UNQUOTED.fullmatch(name):
        return f"imcovid:{kind}/{name}"
    return "imcovid:" + kind + "/" + quote(name, safe="/._-~")


def _type(name: str) -> dict:
    return {"$": name, "type": "prov:QUALIFIED_NAME"}


def _rows(dataset_dir: Path, config: str, columns: list[str]):
    from imcovid.publish.parquet import config_rows

    yield from config_rows(dataset_dir, config, columns=columns, batch_size=BATCH_ROWS)


class _Writer:
    """Writes ``"section": {"id": {...}, ...}`` pieces of one JSON object, one entry per line."""

    def __init__(self, handle):
        self.handle = handle
        self.sections = 0
        self.entries = 0
        self.counter = 0

    def open(self, name: str) -> None:
        self.handle.write(("{\n" if self.sections == 0 else ",\n") + f" {json.dumps(name)}: {{")
        self.sections += 1
        self.entries = 0

    def entry(self, key: str, value: dict | str) -> None:
        sep = "\n" if self.entries == 0 else ",\n"
        self.handle.write(f"{sep}  {json.dumps(key, ensure_ascii=False)}: "
                          f"{json.dumps(value, ensure_ascii=False, sort_keys=True)}")
        self.entries += 1

    def relation(self, value: dict) -> None:
        # Relations need a key; a running counter keeps them unique and deterministic.
        self.counter += 1
        self.entry(f"_:r{self.counter}", value)

    def serialized(self, entries: list[tuple[str, str]]) -> None:
        """Entries whose key and value are already JSON text (a fragment's), written in one piece."""
        if entries:
            self.handle.write(("\n" if self.entries == 0 else ",\n")
                              + ",\n".join([f"  {key}: {value}" for key, value in entries]))
            self.entries += len(entries)

    def relations(self, values: list[str]) -> None:
        """Relations whose values are already JSON text, numbered on from the last one written, in one piece."""
        if values:
            first = self.counter + 1
            self.handle.write(("\n" if self.entries == 0 else ",\n")
                              + ",\n".join([f"  \"_:r{number}\": {value}"
                                             for number, value in enumerate(values, first)]))
            self.counter += len(values)
            self.entries += len(values)

    def close(self) -> None:
        self.handle.write("\n }" if self.entries else "}")

    def finish(self) -> None:
        self.handle.write("\n}\n")


def write_prov(tmp: Path, version: str, cache=None, salt: str = "",
               known: dict[str, tuple[str, int]] | None = None) -> Path:
    """Write ``tmp/provenance.prov.json`` from ``tmp/provenance`` and ``tmp/articles`` and return its path.

    Each Parquet file (a shard) is read once into a *fragment* — its entries serialized, its agents, steps and
    captures — and the fragments are assembled in file order (relation keys numbered then). With ``cache`` (an
    :class:`imcovid.cache.ResultCache`) a fragment is stored under the sha256 of its file's bytes and ``salt`` (the
    build key): a rebuild that reuses a shard reuses its fragment instead of reading its rows. ``known``: the
    (sha256, size) of data files the caller has (by path in ``tmp``), not hashed again."""
    tmp = Path(tmp)
    build = qid("build", f"v{version}")
    release = qid("release", f"v{version}")
    software = qid("software", "imcovid", version)
    ids = {"build": build, "release": release}
    with tempfile.TemporaryDirectory(prefix="imcovid-prov-") as spill:
        return _assemble(tmp, version, ids, software, Path(spill), cache, salt, known or {})


def _assemble(tmp: Path, version: str, ids: dict, software: str, spill: Path, cache, salt: str,
              known: dict[str, tuple[str, int]]) -> Path:
    """The graph from the fragments of every file, which wait in ``spill`` one section per file: memory holds one
    fragment (and the few agents, steps and captures), not the graph."""
    from imcovid.publish.parquet import data_files

    build, release = ids["build"], ids["release"]

    agents = {
        MAINTAINERS: {"prov:type": _type("prov:Organization"), "prov:label": "IMCOVID maintainers"},
        software: {"prov:type": _type("prov:SoftwareAgent"), "prov:label": "imcovid", "imcovid:version": version},
    }
    steps: dict[str, dict] = {}
    captures: dict[str, dict] = {}

    def merge(fragment: dict) -> None:
        # First seen wins, in row order, as one pass over every row would have it; step counts add up.
        for agent_id, attributes in fragment["agents"].items():
            agents.setdefault(agent_id, attributes)
        for step_id, step in fragment["steps"].items():
            if step_id not in steps:
                steps[step_id] = {"agent": step["agent"], "attributes": dict(step["attributes"])}
            else:
                attributes = steps[step_id]["attributes"]
                attributes["imcovid:sourcesChanged"] += step["attributes"]["imcovid:sourcesChanged"]
                attributes["imcovid:changes"] += step["attributes"]["imcovid:changes"]
        for capture_id, attributes in fragment["captures"].items():
            captures.setdefault(capture_id, attributes)

    # One spill file per section, each fragment's piece found by its offset: a file per fragment and section cost a
    # rebuild more in opening files (about 200 at 5,000 posts) than in reading them.
    pieces: dict[tuple[str, str], tuple[int, int]] = {}  # (tag, section) → offset and length in the section's file
    files = {section: open(spill / section, "wb") for section in _SECTIONS}
    try:
        def stashed(config: str) -> list[str]:
            tags = []
            for index, path in enumerate(data_files(tmp, config)):
                fragment = _fragment(tmp, path, config, ids, cache, salt, known)
                tag = f"{config}-{index:05d}"
                for section in _SECTIONS:
                    if section in fragment:
                        blob = pickle.dumps(fragment[section], protocol=pickle.HIGHEST_PROTOCOL)
                        pieces[tag, section] = (files[section].tell(), len(blob))
                        files[section].write(blob)
                if config == "provenance":
                    merge(fragment)
                tags.append(tag)
            return tags

        sources = stashed("provenance")
        articles = stashed("articles")
    finally:
        for handle in files.values():
            handle.close()

    def stored(tags: list[str], section: str):
        """The section's pieces of ``tags``, in order, read back one at a time."""
        with open(spill / section, "rb") as handle:
            for tag in tags:
                offset, length = pieces[tag, section]
                handle.seek(offset)
                yield pickle.loads(handle.read(length))

    path = tmp / PROV_FILE
    with open(path, "w", encoding="utf-8") as handle:
        out = _Writer(handle)

        def entries(tags: list[str], section: str) -> None:
            for piece in stored(tags, section):
                out.serialized(piece)

        def relations(tags: list[str], section: str) -> None:
            for piece in stored(tags, section):
                out.relations(piece)

        out.open("activity")
        out.entry(build, {"prov:type": _type("imcovid:Build"), "prov:label": f"imcovid build of release v{version}",
                          "imcovid:version": version})
        for step_id, step in sorted(steps.items()):
            out.entry(step_id, step["attributes"])
        out.close()

        out.open("agent")
        for agent_id, attributes in sorted(agents.items()):
            out.entry(agent_id, attributes)
        out.close()

        out.open("alternateOf")
        relations(sources, "alternateOf")
        out.close()

        out.open("entity")
        entries(articles, "entity")
        out.entry(release, {"prov:type": _type("prov:Collection"), "prov:label": f"IMCOVID v{version}",
                            "imcovid:version": version})
        entries(sources, "entity")
        for capture_id, attributes in sorted(captures.items()):
            out.entry(capture_id, attributes)
        out.close()

        out.open("hadMember")
        relations(articles, "hadMember")
        out.close()

        out.open("prefix")
        for prefix, uri in sorted(_PREFIXES.items()):
            out.entry(prefix, uri)
        out.close()

        out.open("used")
        relations(sources, "used")
        out.close()

        out.open("wasAssociatedWith")
        out.relation({"prov:activity": build, "prov:agent": software, "prov:role": "software"})
        out.relation({"prov:activity": build, "prov:agent": MAINTAINERS, "prov:role": "operator"})
        for step_id, step in sorted(steps.items()):
            out.relation({"prov:activity": step_id, "prov:agent": step["agent"]})
        out.close()

        out.open("wasAttributedTo")
        out.relation({"prov:entity": release, "prov:agent": MAINTAINERS})
        relations(sources, "wasAttributedTo")
        out.close()

        out.open("wasDerivedFrom")
        relations(articles, "wasDerivedFrom")
        relations(sources, "wasDerivedFrom")
        out.close()

        out.open("wasGeneratedBy")
        out.relation({"prov:entity": release, "prov:activity": build})
        relations(articles, "wasGeneratedBy")
        out.close()

        out.open("wasInformedBy")
        for step_id in sorted(steps):
            out.relation({"prov:informed": build, "prov:informant": step_id})
        out.close()
        out.finish()
    return path


if _c_make_encoder is not None:
    # What json.dumps(value, ensure_ascii=False, sort_keys=True) runs, without making a JSONEncoder and a C encoder
    # for each of the graph's entries (most of their cost): the same separators, string escaping (json's own
    # encode_basestring), key sort, number spelling and NaN handling (tests/test_prov.py compares both).
    _ENCODER = _c_make_encoder(None, json.JSONEncoder(ensure_ascii=False, sort_keys=True).default, encode_basestring,
                               None, ": ", ", ", True, False, True)

    def _dump(value: dict | str) -> str:
        return "".join(_ENCODER(value, 0))
else:  # pragma: no cover
    def _dump(value: dict | str) -> str:
        return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _fragment(tmp: Path, path: Path, config: str, ids: dict, cache, salt: str,
              known: dict[str, tuple[str, int]] | None = None) -> dict:
    """What one Parquet file of ``config`` puts in the graph, from the cache when its bytes were seen before (their
    sha256 taken from ``known`` when the caller has it: the build hashed every data file already)."""
    key = None
    if cache is not None:
        from imcovid.hashing import sha256_file

        rel = path.relative_to(tmp).as_posix()
        sha = known[rel][0] if known and rel in known else sha256_file(path)[0]
        text = "\0".join([salt, "prov-fragment", config, ids["build"], sha])
        key = hashlib.sha256(text.encode("utf-8")).hexdigest()
        cached = cache.get(key)
        if isinstance(cached, dict):
            return cached
    fragment = (_source_fragment if config == "provenance" else _article_fragment)(path, ids)
    if key is not None:
        cache.put(key, fragment)
    return fragment


def _s(value) -> str:
    """A value as json.dumps(value, ensure_ascii=False) writes it: a string by json's own encoder, as the templates
    below write the graph's relations (anything else, e.g. None, by :func:`_dump`)."""
    return encode_basestring(value) if type(value) is str else _dump(value)


# The relations every article and source adds, written from templates with their keys in sorted order: the text
# _dump gives the same dicts (tests/test_prov.py), without a dict and a sort per relation.
def _article_fragment(path: Path, ids: dict) -> dict:
    from imcovid.publish.parquet import iter_rows

    build, release = _s(ids["build"]), _s(ids["release"])
    fragment: dict = {"entity": [], "hadMember": [], "wasDerivedFrom": [], "wasGeneratedBy": []}
    entity, members, derived, generated = (fragment[name] for name in fragment)
    article_type = _dump(_type("imcovid:Article"))
    for row in iter_rows(path, columns=["id", "title", "source_file"]):
        article = _s(_name_id("article", row["id"]))
        entity.append((article, f'{{"prov:label": {_s(row["title"])}, "prov:type": {article_type}}}'))
        members.append(f'{{"prov:collection": {release}, "prov:entity": {article}}}')
        derived.append(f'{{"prov:activity": {build}, "prov:generatedEntity": {article}, '
                       f'"prov:usedEntity": {_s(_name_id("source", row["source_file"]))}}}')
        generated.append(f'{{"prov:activity": {build}, "prov:entity": {article}}}')
    return fragment


def _source_fragment(path: Path, ids: dict) -> dict:
    from imcovid.publish.parquet import iter_rows

    build = _s(ids["build"])
    fragment: dict = {"agents": {}, "steps": {}, "captures": {}, "alternateOf": [], "entity": [], "used": [],
                      "wasAttributedTo": [], "wasDerivedFrom": []}
    agents, steps = fragment["agents"], fragment["steps"]
    by_step: dict[tuple, dict] = {}  # (step, library, version) → its entry in ``steps``: the ids made once
    columns = ["source_file", "sha256", "size_bytes", "format", "status", "reasons", "archive_path", "duplicate_of",
               "chain", "processing_steps", "origins"]
    for row in iter_rows(path, columns=columns):
        source = _s(_name_id("source", row["source_file"]))
        links = [(link, _link_agent(link)) for link in row["chain"] or []]
        for link, agent in links:
            if agent and agent not in agents and agent != MAINTAINERS:
                kind = "prov:SoftwareAgent" if agent == RSSHUB else "prov:Organization"
                label = "RSSHub" if agent == RSSHUB else link["name"]
                agents[agent] = {"prov:type": _type(kind), "prov:label": label, "imcovid:role": link["role"]}
        for step in row["processing_steps"] or []:
            named = (step["step"], step["library"], step["library_version"])
            entry = by_step.get(named)
            if entry is None:  # first seen in this file: as the loop over every step did, first seen wins
                library = qid("software", step["library"], step["library_version"])
                agents.setdefault(library, {"prov:type": _type("prov:SoftwareAgent"), "prov:label": step["library"],
                                            "imcovid:version": step["library_version"]})
                step_id = qid("step", *named)
                entry = by_step[named] = steps.setdefault(step_id, {"agent": library, "attributes": {
                    "prov:type": _type("imcovid:ProcessingStep"), "prov:label": step["step"],
                    "imcovid:changed": step["changed"], "imcovid:sourcesChanged": 0, "imcovid:changes": 0}})
            if step["count"]:
                entry["attributes"]["imcovid:sourcesChanged"] += 1
                entry["attributes"]["imcovid:changes"] += step["count"]
        if row["status"] == "duplicate" and row["duplicate_of"]:
            fragment["alternateOf"].append(f'{{"prov:alternate1": {source}, '
                                           f'"prov:alternate2": {_s(_name_id("source", row["duplicate_of"]))}}}')
        fragment["entity"].append((source, _dump(_source_attributes(row))))
        origins = row.get("origins") or []
        for origin in origins:
            fragment["captures"].setdefault(_capture_id(origin), _capture_attributes(origin))
        fragment["used"].append(f'{{"prov:activity": {build}, "prov:entity": {source}}}')
        for link, agent in links:
            if agent:
                route = f', "imcovid:route": {_s(link["name"])}' if link["role"] == "rsshub_route" else ""
                fragment["wasAttributedTo"].append(f'{{"imcovid:role": {_s(link["role"])}{route}, '
                                                   f'"prov:agent": {_s(agent)}, "prov:entity": {source}}}')
        for origin in origins:
            # The seed file is a byte-for-byte copy of the archive's capture, made by ``imcovid harvest``.
            fragment["wasDerivedFrom"].append(_dump({"prov:generatedEntity": _name_id("source", row["source_file"]),
                                                     "prov:usedEntity": _capture_id(origin),
                                                     "prov:type": _type("prov:Quotation")}))
    return fragment


def _source_attributes(row: dict) -> dict:
    attributes = {"prov:type": _type("imcovid:RawSource"), "prov:label": row["source_file"],
                  "imcovid:sizeBytes": row["size_bytes"], "imcovid:format": row["format"],
                  "imcovid:status": row["status"]}
    if row["sha256"]:
        attributes["imcovid:sha256"] = row["sha256"]
    if row["archive_path"]:
        attributes["imcovid:archivePath"] = row["archive_path"]
    if row["reasons"]:
        attributes["imcovid:reasons"] = "; ".join(row["reasons"])
    return attributes


def _capture_id(origin: dict) -> str:
    return qid("capture", origin["repo"], origin["commit"] or "unknown-commit", origin["path"])


def _capture_attributes(origin: dict) -> dict:
    """A post as the public archive stores it at one commit: where to fetch the exact bytes."""
    attributes = {"prov:type": _type("imcovid:ArchiveCapture"), "prov:label": origin["path"],
                  "imcovid:repository": origin["repo"], "imcovid:path": origin["path"],
                  "imcovid:selectionRule": origin["rule"]}
    if origin["commit"]:
        attributes["imcovid:commit"] = origin["commit"]
    if origin["url"]:
        attributes["prov:location"] = origin["url"]
    if origin["focus"]:
        attributes["imcovid:innerMongolia"] = origin["focus"]
    return attributes


def _link_agent(link: dict) -> str | None:
    if link["role"] == "rsshub_route":
        return RSSHUB  # one agent; the route is an attribute of the attribution
    kind = _AGENT_KIND.get(link["role"])
    return qid(kind, link["name"]) if kind else None
