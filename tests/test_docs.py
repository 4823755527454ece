"""The documentation site: strict build, generated from the data, escaped, offline."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from imcovid.docs_site import build_site
from imcovid.models import RECORD_MODELS
from imcovid.pipeline import build

from conftest import N_SEEDS, ROOT, SEEDS

XSS_TITLE = "<script>alert(1)</script>"
XSS_POST = ("\n---\ntitle: '<script>alert(1)</script>'\nauthor: '<img src=x onerror=alert(2)>'\n"
            "date: 2021-10-26 08:00:00\n---\n\n<div><p>&lt;script&gt;alert(3)&lt;/script&gt;额济纳旗正文。</p></div>\n")


def html_files(site: Path) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): p.read_text(encoding="utf-8") for p in site.rglob("*.html")}


def test_mkdocs_build_strict_passes(seeds_dataset, tmp_path):
    env = {**os.environ, "IMCOVID_DATASET": str(seeds_dataset)}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "s")],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert (tmp_path / "s" / "index.html").is_file()


def test_every_page_kind_is_there(site, seeds_dataset):
    pages = html_files(site)
    for page in ("index.html", "codebook.html", "datasheet.html", "statistics.html", "versions.html", "cite.html",
                 "maintainers.html", "cleaning.html", "annotation-method.html", "provenance/index.html",
                 "articles/index.html"):
        assert page in pages, page
    assert len([p for p in pages if p.startswith("articles/") and p != "articles/index.html"]) == N_SEEDS
    assert len([p for p in pages if p.startswith("provenance/source-")]) == N_SEEDS


def test_codebook_lists_every_field_of_every_config(site):
    codebook = (site / "codebook.html").read_text(encoding="utf-8")
    for model in RECORD_MODELS.values():
        for name in model.model_fields:
            assert f"<code>{name}</code>" in codebook, name


def test_home_and_cite_carry_version_and_citation(site):
    from imcovid.citation import citation_texts
    from imcovid.version import package_version

    home = (site / "index.html").read_text(encoding="utf-8")
    cite = (site / "cite.html").read_text(encoding="utf-8")
    assert f"Version {package_version()}" in home and "load_dataset" in home
    assert citation_texts()["date"] in cite and f"releases/v{package_version()}.json" in cite


def test_annotation_page_reports_the_measured_table(site):
    page = (site / "annotation-method.html").read_text(encoding="utf-8")
    assert "evaluation table" not in page and "LOCATION" in page and "precision" in page


def test_no_network_resources(site):
    for name, html in html_files(site).items():
        for url in re.findall(r'src="(https?://[^"]+)"|<link[^>]*href="(https?://[^"]+)"', html):
            pytest.fail(f"{name} loads {url}")
        assert "fonts.googleapis" not in html


def test_untrusted_text_is_escaped(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    (seeds / "xss.txt").write_text(XSS_POST, encoding="utf-8")
    dataset = tmp_path / "dataset"
    build(seeds, dataset, progress=False)
    site = tmp_path / "site"
    build_site(dataset, site)
    pages = html_files(site)
    joined = "\n".join(pages.values())
    assert "<script>alert(1)</script>" not in joined and "<script>alert(3)" not in joined
    assert "onerror=alert(2)>" not in joined.replace("onerror=alert(2)&gt;", "")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in joined
    card = (dataset / "README.md").read_text(encoding="utf-8")
    assert XSS_TITLE not in card


def test_measure_pages_codebook_timeline_and_highlighting(site):
    codes = (site / "measure-codes.html").read_text(encoding="utf-8")
    for code in ("C6", "C8", "CN-CENTRAL-QUARANTINE", "CN-INFO-CONTROL"):
        assert f"<code>{code}</code>" in codes, code
    assert "External Border Restrictions" in codes and "Anti-Disinformation Measures" in codes
    # The Inner Mongolia page gathers its sub-divisions: the Ejina (额济纳旗) outbreak of October 2021 is there,
    # figures and measures, with its figure.
    inner_mongolia = (site / "timelines" / "150000.html").read_text(encoding="utf-8")
    assert "额济纳旗" in inner_mongolia and "2021-10-26" in inner_mongolia
    assert "confirmed_local" in inner_mongolia and "figures/150000.svg" in inner_mongolia
    assert (site / "timelines" / "figures" / "150000.svg").read_text(encoding="utf-8").startswith("<?xml")
    assert (site / "timelines" / "152923.html").is_file()
    articles = [p.read_text(encoding="utf-8") for p in (site / "articles").glob("*.html") if p.name != "index.html"]
    assert any('class="m-measure"' in page for page in articles)
    assert any('class="m-count"' in page for page in articles)
    quality = (site / "annotation-method.html").read_text(encoding="utf-8")
    assert "MEASURE code+action" in quality and "Held-out part" in quality
