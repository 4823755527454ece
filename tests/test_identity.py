"""The dataset's identity, licences and versions (issue 17): declared once in CITATION.cff and pyproject.toml,
derived everywhere, never a placeholder."""

from __future__ import annotations

import json
import re

import pytest

from imcovid.config import CONFIG_NAMES
from imcovid import citation
from imcovid.publish import card as card_module
from imcovid.publish import croissant
from imcovid.version import PROJECT_ROOT, package_version

PLACEHOLDERS = re.compile(r"<hub id>|<org>|<repo>|TODO|TBD|example\.(org|com)|xxx", re.I)
FULL = {
    "doi": "10.5281/zenodo.1234567", "repository-code": "https://github.com/imcovid/imcovid",
    "repository": "https://huggingface.co/datasets/imcovid/imcovid", "url": "https://imcovid.github.io/",
    "contact": [{"name": "IMCOVID maintainers", "email": "imcovid@uni.test"}],
}


@pytest.fixture
def full_cff(tmp_path, monkeypatch):
    """CITATION.cff with every identifier declared (a copy; the real one declares what is known)."""
    data = citation.load_cff()
    data.update(FULL)
    data["preferred-citation"] = {**data["preferred-citation"], "doi": FULL["doi"],
                                  "publisher": {"name": "Zenodo"}}
    path = tmp_path / "CITATION.cff"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")  # JSON is YAML
    assert citation.validate_cff(path) == []
    monkeypatch.setattr(citation, "CFF_PATH", path)
    return path


def test_identity_is_read_from_citation_cff():
    ident = citation.identity()
    assert ident["version"] == package_version() and ident["creators"] == ["IMCOVID maintainers"]
    assert ident["contact_name"] == "IMCOVID maintainers"
    # Nothing is known about these yet: each is named as undeclared instead of being made up.
    for key in ("doi", "code_url", "hub_repo_id", "url"):
        assert ident[key] is None
    assert any("DOI" in item for item in ident["undeclared"])
    assert any("url" in item for item in ident["undeclared"])


def test_declared_identifiers_reach_every_citation(full_cff):
    ident = citation.identity()
    assert ident["hub_repo_id"] == "imcovid/imcovid" and ident["undeclared"] == []
    cff = citation.load_cff()
    bib = citation.to_bibtex(cff)
    assert "doi = {10.5281/zenodo.1234567}" in bib and "url = {https://imcovid.github.io/}" in bib
    assert "publisher = {Zenodo}" in bib
    apa = citation.to_apa(cff)
    assert apa.endswith("[Data set]. Zenodo. https://doi.org/10.5281/zenodo.1234567")
    assert "imcovid@uni.test" in citation.takedown_route()
    assert "https://doi.org/10.5281/zenodo.1234567" in citation.availability_statement()


def test_declared_identifiers_reach_card_and_croissant(full_cff, seeds_dataset, tmp_path):
    text, meta = card_module.render_card(seeds_dataset, package_version())
    assert f'load_dataset("imcovid/imcovid", split="train", revision="v{package_version()}")' in text
    assert "imcovid@uni.test" in text and "https://doi.org/10.5281/zenodo.1234567" in text
    folder = tmp_path / "c"
    for config in CONFIG_NAMES:
        (folder / config).mkdir(parents=True)
        (folder / config / "train.parquet").write_bytes((seeds_dataset / config / "train.parquet").read_bytes())
    doc = json.loads(croissant.write_croissant(folder, package_version(), meta).read_text(encoding="utf-8"))
    assert doc["url"] == "https://imcovid.github.io/"
    assert doc["identifier"] == "https://doi.org/10.5281/zenodo.1234567"
    assert "doi = {10.5281/zenodo.1234567}" in doc["citeAs"]


def test_no_placeholder_anywhere(seeds_dataset, site):
    texts = {"card": (seeds_dataset / "README.md").read_text(encoding="utf-8"),
             "croissant": (seeds_dataset / "croissant.json").read_text(encoding="utf-8")}
    for name in ("index.html", "cite.html", "datasheet.html"):
        texts[name] = (site / name).read_text(encoding="utf-8")
    for name, text in texts.items():
        assert not PLACEHOLDERS.search(text), (name, PLACEHOLDERS.search(text).group(0))
    doc = json.loads(texts["croissant"])
    assert "url" not in doc  # none declared: left out (the build summary says so), not invented


def test_build_summary_names_the_undeclared_identifiers(capsys, tmp_path):
    from imcovid import cli

    code = cli.main(["build", "--seeds", str(PROJECT_ROOT / "seeds"), "--out", str(tmp_path / "d"),
                     "--schema-dir", str(tmp_path / "s")])
    out = capsys.readouterr().out
    assert code == 0
    assert "not declared in CITATION.cff yet" in out and "DOI" in out and "Croissant 1.1 requires one" in out


# --- licences ---------------------------------------------------------------------------------------------------

def test_license_file_says_what_covers_what():
    text = (PROJECT_ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "MIT License" in text and "Permission is hereby granted" in text
    assert "CC BY-NC 4.0" in text and "creativecommons.org/licenses/by-nc/4.0" in text
    assert "remain the copyright of their original publishers" in text and "NOT covered" in text
    assert "takedown" in text.lower() and "CITATION.cff" in text
    import tomllib

    assert tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text())["project"]["license"] == {"text": "MIT"}


def test_card_datasheet_and_croissant_state_the_licences(seeds_dataset):
    card = (seeds_dataset / "README.md").read_text(encoding="utf-8")
    meta = card.split("---\n", 2)[1]
    assert "license: cc-by-nc-4.0" in meta
    assert card_module.license_statement() in card
    assert "remain the copyright of their original publishers" in card
    assert "Terms of use and takedown" in card and citation.takedown_route() in card
    doc = json.loads((seeds_dataset / "croissant.json").read_text(encoding="utf-8"))
    assert doc["sdLicense"] == "https://spdx.org/licenses/CC-BY-NC-4.0.html"
    assert doc["license"][0] == "https://spdx.org/licenses/CC-BY-NC-4.0.html"
    assert "copyright of their publishers" in doc["license"][1]["name"]


def test_card_claims_only_tasks_the_columns_support(seeds_dataset):
    import yaml

    meta = yaml.safe_load((seeds_dataset / "README.md").read_text(encoding="utf-8").split("---\n", 2)[1])
    claimed = set(meta.get("task_categories", [])) | set(meta.get("task_ids", []))
    columns = {f["name"] for info in meta["dataset_info"] for f in info["features"]}
    # text-classification needs a label column, token-classification tokens and tags: the data has neither.
    if "text-classification" in claimed:
        assert {"label", "labels"} & columns
    if claimed & {"token-classification", "named-entity-recognition"}:
        assert {"tokens", "ner_tags"} <= columns


# --- versions ---------------------------------------------------------------------------------------------------



def _dataset_versions(text: str) -> set[str]:
    """Versions written as the dataset's: `vX.Y.Z`, `revision=…`, `version X.Y.Z`."""
    found = set(re.findall(r"(?<![\w.])v(\d+\.\d+\.\d+)\b", text))
    found |= set(re.findall(r"(?<![-\w])[Vv]ersion:?\s+\**(\d+\.\d+\.\d+)", text))
    return found


def test_readme_names_only_the_declared_version():
    """The README cannot be generated: it is checked (it named v4.0.0 while the release was 5.0.0)."""
    assert _dataset_versions((PROJECT_ROOT / "README.md").read_text(encoding="utf-8")) <= {package_version()}


def test_hand_written_docs_name_no_version():
    """docs/ pages write `{{ version }}` (filled in by the site build) or `v<version>`, never a number."""
    for page in sorted((PROJECT_ROOT / "docs").glob("*.md")):
        assert not re.findall(r"(?<![\w.])v\d+\.\d+\.\d+\b", page.read_text(encoding="utf-8")), page.name


def test_site_pages_name_only_the_declared_version(site):
    for page in sorted(site.rglob("*.html")):
        if page.name in ("versions.html",):  # the changelog names every release
            continue
        found = _dataset_versions(re.sub(r"<[^>]+>", " ", page.read_text(encoding="utf-8")))
        assert found <= {package_version()}, (page.name, found)


def test_readme_availability_statement_is_the_generated_one():
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    quoted = " ".join(line.lstrip("> ").strip() for line in readme.split("Data availability statement", 1)[1]
                      .split("\n") if line.startswith(">"))
    assert quoted == citation.availability_statement()


def test_cite_page_has_statement_and_no_false_promise(site):
    cite = (site / "cite.html").read_text(encoding="utf-8")
    assert "Data availability statement" in cite
    import html

    assert html.unescape(re.sub(r"<[^>]+>", "", cite)).count(citation.availability_statement()) == 1
    if citation.identity()["hub_repo_id"] is None:
        assert "revision=" not in cite  # no Hub repository, so no Hub revision to promise


def test_zenodo_json_is_derived_from_citation_cff():
    """A GitHub release archived by Zenodo (the DOI route of docs/releasing.md) takes .zenodo.json, which must say
    what CITATION.cff says: it is generated (`imcovid zenodo`) and compared here."""
    committed = (PROJECT_ROOT / ".zenodo.json").read_text(encoding="utf-8")
    assert committed == citation.dump_zenodo(citation.zenodo_metadata()), "run `imcovid zenodo`"
    meta = json.loads(committed)
    assert meta["upload_type"] == "dataset" and meta["license"] == {"id": "cc-by-nc-4.0"}
    assert meta["creators"] == [{"name": "IMCOVID maintainers"}] and "publishers" in meta["notes"]
    # The release it describes (review s21 item 6): regenerated with every version bump (docs/releasing.md).
    cff = citation.load_cff()
    assert meta["version"] == str(cff["version"]) and meta["publication_date"] == citation.release_date(cff)
    releasing = (PROJECT_ROOT / "docs" / "releasing.md").read_text(encoding="utf-8")
    assert "Zenodo" in releasing and "imcovid zenodo" in releasing


def test_zenodo_metadata_follows_declared_identifiers(full_cff):
    meta = citation.zenodo_metadata()
    assert meta["doi"] == "10.5281/zenodo.1234567"
    assert {"identifier": "https://github.com/imcovid/imcovid", "relation": "isSupplementedBy",
            "resource_type": "software"} in meta["related_identifiers"]


def test_card_documents_nested_mentions(seeds_dataset):
    card = (seeds_dataset / "README.md").read_text(encoding="utf-8")
    assert "**Nested mentions.**" in card and "`parent_id`" in card
