"""CITATION.cff: valid against the vendored CFF 1.2.0 schema, one version with pyproject, and citations that agree."""

from __future__ import annotations

import hashlib
import re
from importlib import resources

import jsonschema
import pytest

from imcovid import citation
from imcovid.version import PROJECT_ROOT, package_version

SCHEMA_SHA256 = "0b8d22140da702d766df318dcff3a91af2f39521298dcf36d76315fd99cc169b"  # see src/imcovid/data/README.md


@pytest.fixture(scope="module")
def cff() -> dict:
    return citation.load_cff(PROJECT_ROOT / "CITATION.cff")


def test_vendored_schema_is_the_official_cff_1_2_0():
    data = resources.files("imcovid").joinpath("data/cff-1.2.0-schema.json").read_bytes()
    assert hashlib.sha256(data).hexdigest() == SCHEMA_SHA256
    schema = citation.cff_schema()
    assert schema["$id"] == "https://citation-file-format.github.io/1.2.0/schema.json"
    jsonschema.Draft7Validator.check_schema(schema)


def test_citation_cff_is_valid(cff):
    assert citation.validate_cff(PROJECT_ROOT / "CITATION.cff") == []
    jsonschema.validate(cff, citation.cff_schema())  # the same check, spelled out with jsonschema


def test_validation_reports_problems(tmp_path):
    bad = tmp_path / "CITATION.cff"
    bad.write_text('cff-version: 1.2.0\ntitle: x\nmessage: m\nauthors: []\nlicense: "not-a-licence"\n'
                   "date-released: 2026-13-40\n", encoding="utf-8")
    problems = "\n".join(citation.validate_cff(bad))
    assert "authors" in problems and "license" in problems and "date-released" in problems


def test_cff_declares_the_dataset(cff):
    assert cff["cff-version"] == "1.2.0" and cff["type"] == "dataset"
    assert cff["title"] == "IMCOVID — Inner Mongolia COVID-19 News Corpus"
    assert cff["authors"] == [{"name": "IMCOVID maintainers"}]
    assert cff["license"] == "CC-BY-NC-4.0"
    assert "remain the property of their original publishers" in cff["abstract"]
    assert cff["preferred-citation"]["type"] == "data"
    assert "doi" not in cff  # none minted yet; see docs/releasing.md


def test_version_is_declared_once_with_pyproject(cff):
    assert str(cff["version"]) == package_version()
    preferred = cff["preferred-citation"]
    # preferred-citation must repeat the top level (GitHub and Zenodo read it), so it is checked here.
    assert str(preferred["version"]) == str(cff["version"])
    assert preferred["date-released"] == cff["date-released"]
    assert str(preferred["year"]) == cff["date-released"][:4]
    assert int(preferred["month"]) == int(cff["date-released"][5:7])


def test_bibtex_carries_version_and_date(cff):
    bib = citation.to_bibtex(cff)
    assert bib.startswith("@misc{imcovid")
    assert f"version = {{{cff['version']}}}" in bib
    assert f"date = {{{cff['date-released']}}}" in bib
    assert f"year = {{{cff['date-released'][:4]}}}" in bib
    assert "author = {{IMCOVID maintainers}}" in bib  # a team name is not split into given/family names
    assert bib.count("{") == bib.count("}")


def test_apa_carries_version_and_date(cff):
    apa = citation.to_apa(cff)
    year, month, day = (int(part) for part in cff["date-released"].split("-"))
    assert apa.startswith("IMCOVID maintainers. (")
    assert f"({year}, {citation._MONTHS[month - 1]} {day})" in apa
    assert f"(Version {cff['version']}) [Data set]" in apa


def test_citations_follow_persons_and_doi():
    cff = {"title": "T & U", "version": "2.1.0", "date-released": "2027-03-04", "doi": "10.1234/abc",
           "authors": [{"family-names": "Druskat", "given-names": "Stephan"}, {"name": "Team_X"}]}
    bib = citation.to_bibtex(cff)
    assert "author = {Druskat, Stephan and {Team\\_X}}" in bib and r"T \& U" in bib and "doi = {10.1234/abc}" in bib
    apa = citation.to_apa(cff)
    assert apa == "Druskat, Stephan, & Team_X. (2027, March 4). T & U (Version 2.1.0) [Data set]. https://doi.org/10.1234/abc"


def test_citation_texts_for_the_card():
    texts = citation.citation_texts()
    assert texts["version"] == package_version()
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", texts["date"])
    assert texts["date"] in texts["bibtex"] and texts["version"] in texts["apa"]
