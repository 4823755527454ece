"""The chain of custody of one source, built only from evidence found in it (see ``spec/provenance.md``).

original outlet → aggregator → RSSHub route → Hexo archive capture → seed file. A link is recorded only when
something in the file supports it, and the evidence is quoted with it. A source whose text bears a converter's trace
(tone-marked pinyin glued after characters) gets a ``converter`` link whose name says the converter is unknown: the
trace is evidence that one was used, and nothing in the file names it.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from imcovid.clean.result import CleanedArticle
from imcovid.readers.document import ParsedDocument

ARCHIVE = "Rock-Candy-Tea/RSSHUB-PAGE"
_ARCHIVE_UNSAFE = re.compile(r'["/\\:*?<>|]')


def archive_path(doc: ParsedDocument) -> str | None:
    """Where the Hexo archive keeps a capture: ``source/_posts/<c1>/<c2>/<c3>/<title>.md`` (unsafe characters → ``_``)."""
    if doc.format != "hexo" or len(doc.categories) != 3 or not doc.title:
        return None
    parts = [_ARCHIVE_UNSAFE.sub("_", part) for part in (*doc.categories, doc.title)]
    return "source/_posts/" + "/".join(parts[:3]) + f"/{parts[3]}.md"


def build_chain(doc: ParsedDocument, cleaned: CleanedArticle | None) -> list[dict]:
    chain: list[dict] = []
    if cleaned is not None:
        chain += [{"role": "original_outlet", "name": name, "evidence": evidence} for name, evidence in cleaned.outlets]
    if doc.format == "hexo":
        if doc.author:
            evidence = f"front matter author: {doc.author!r}"
            if len(doc.categories) >= 2 and doc.categories[1] == doc.author:
                evidence += f"; categories[1]: {doc.categories[1]!r}"
            if cleaned is not None and cleaned.linked_site:  # (快媒体's card: a summary linking to the article)
                evidence += (f"; the post is the aggregator's summary card, linking to the full article on "
                             f"{cleaned.linked_site} (点击阅读全文 @…): the site that holds the article, not named as its outlet")
            chain.append({"role": "aggregator", "name": doc.author, "evidence": evidence})
        if len(doc.categories) == 3:
            route = " / ".join(doc.categories)
            chain.append({"role": "rsshub_route", "name": route,
                          "evidence": f"front matter categories {list(doc.categories)!r} mirror the RSSHub route of the feed"})
        proxied = "cors.zfour.workers.dev" in doc.body or "cors.zfour.workers.dev" in (doc.headimg or "")
        evidence = "Hexo post layout of the archive (front matter title/categories/author/comments/date/thumbnail)"
        if proxied:
            evidence += "; image URLs rewritten through the archive's CORS proxy cors.zfour.workers.dev"
        path = archive_path(doc)
        if path:
            evidence += f"; archive path by its naming rule: {path}"
        chain.append({"role": "archive", "name": f"{ARCHIVE} (Hexo archive on GitHub)", "evidence": evidence})
    elif cleaned is not None and cleaned.fields.get("platform") and cleaned.platform_evidence:
        chain.append({"role": "aggregator", "name": cleaned.fields["platform"], "evidence": cleaned.platform_evidence})
    converter = converter_link(cleaned)
    if converter:
        chain.append(converter)
    chain.append({"role": "seed_file", "name": doc.source_file,
                  "evidence": f"{doc.size_bytes} bytes, sha256 {doc.sha256}, decoded as {doc.encoding}"})
    return chain


def converter_link(cleaned: CleanedArticle | None) -> dict | None:
    """The unknown converter behind a text that came with pinyin glosses glued after its characters (the seed from
    北疆新闻, per ``spec/provenance.md``): recorded as unknown — the glosses show a converter, none is named."""
    glosses = (cleaned.fields.get("damage") or {}).get("pinyin_glosses_removed", 0) if cleaned is not None else 0
    if not glosses:
        return None
    script = cleaned.fields.get("source_script")
    return {"role": "converter", "name": "unknown converter",
            "evidence": f"the text came in {script or 'its'} script with {glosses} tone-marked pinyin glosses glued "
                        "after characters, the trace of a conversion tool that the source does not name"}


def origin_records(origins: list[dict]) -> dict[str, list[dict]]:
    """sha256 → the ``Origin`` records of ``seeds/ORIGINS.jsonl`` for those bytes, in a fixed order."""
    out: dict[str, list[dict]] = {}
    for origin in origins:
        # (Lists and the focus word are checked here, before any source is processed: a string where a list belongs
        # would be published as its characters, a wrong word fail the build at its end: review. The checks mirror
        # models.Origin by hand because importing and building the record models costs every rebuild, even one that
        # validates nothing; the record is validated against Origin again when its source is published.)
        for key in ("covid_terms", "places"):
            if not isinstance(origin.get(key, []), list) or not all(isinstance(x, str) for x in origin.get(key, [])):
                raise ValueError(f"{origin.get('file')}: {key} must be a list of strings")
        if origin.get("focus") not in (None, "focus", "mention"):
            raise ValueError(f"{origin.get('file')}: focus must be 'focus', 'mention' or null, not {origin['focus']!r}")
        if not isinstance(origin.get("rule"), str) or not origin["rule"]:
            raise ValueError(f"{origin.get('file')}: rule must be a non-empty string")
        repo, path, commit = origin["repo"], origin["path"], origin.get("commit")
        url = f"https://github.com/{repo}/blob/{commit}/{quote(path)}" if commit and repo.count("/") == 1 else None
        record = {"repo": repo, "path": path, "commit": commit, "url": url, "rule": origin["rule"],
                  "focus": origin.get("focus"), "covid_terms": list(origin.get("covid_terms", [])),
                  "places": list(origin.get("places", []))}
        if record not in out.setdefault(origin["sha256"], []):
            out[origin["sha256"]].append(record)
    for records in out.values():
        records.sort(key=lambda r: (r["repo"], r["path"], r["commit"] or ""))
    return out


def attach_origins(record: dict, origins: list[dict]) -> None:
    """Put a source's archive captures into its provenance record, and let the chain's archive link say which
    repository, path and commit the bytes were taken from (the evidence: the harvest's manifest)."""
    if not origins:
        return
    record["origins"] = origins
    captures = "; ".join(f"{o['repo']} {o['path']} at commit {o['commit'] or 'unknown'}" for o in origins)
    evidence = f"harvested by imcovid harvest (seeds/ORIGINS.jsonl): {captures}"
    for link in record.get("chain", []):
        if link["role"] == "archive":
            link["name"] = f"{origins[0]['repo']} (Hexo archive on GitHub)"
            link["evidence"] = f"{link['evidence']}; {evidence}"
            return
    record.setdefault("chain", []).insert(max(len(record["chain"]) - 1, 0), {
        "role": "archive", "name": f"{origins[0]['repo']} (Hexo archive on GitHub)", "evidence": evidence})
