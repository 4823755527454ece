"""The documentation site: pages generated from the built dataset, the models and CITATION.cff, plus the
hand-written pages of ``docs/``, built with mkdocs-material (``imcovid docs`` or ``mkdocs build --strict``)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from imcovid.version import PROJECT_ROOT, package_version

STATIC = PROJECT_ROOT / "docs"
GOLD = PROJECT_ROOT / "tests" / "data" / "gold"
CORPUS_GOLD = PROJECT_ROOT / "tests" / "data" / "gold-corpus"
EVALUATION_MARK = "<!-- evaluation table -->"
VERSION_MARK = "{{ version }}"
# The real posts with blind gold and their fixed development / held-out split: the evidence of quality.
REAL = PROJECT_ROOT / "tests" / "data" / "real"
REAL_MARK = "<!-- real evaluation tables -->"
MEASURE_EVALUATION_MARK = "<!-- measure evaluation tables -->"
# The annotation page opens with the current annotators (from the code) and figures (from data/quality.toml).
CURRENT_MARK = "<!-- current state -->"
# Marks of docs/annotation-method.md → the gold set whose development and held-out tables replace them (a set that is
# all held out, the fourth challenge set, gets one table).
SPLIT_EVALUATIONS = {
    "<!-- corpus evaluation tables -->": CORPUS_GOLD,
    "<!-- challenge evaluation tables -->": PROJECT_ROOT / "tests" / "data" / "gold-challenge",
    "<!-- challenge 2 evaluation tables -->": PROJECT_ROOT / "tests" / "data" / "gold-challenge-2",
    "<!-- challenge 3 evaluation tables -->": PROJECT_ROOT / "tests" / "data" / "gold-challenge-3",
    "<!-- challenge 5 evaluation tables -->": PROJECT_ROOT / "tests" / "data" / "gold-challenge-5",
}
WHOLE_EVALUATIONS = {
    "<!-- challenge 4 evaluation table -->": PROJECT_ROOT / "tests" / "data" / "gold-challenge-4",
    "<!-- challenge 6 evaluation table -->": PROJECT_ROOT / "tests" / "data" / "gold-challenge-6",
}


def generate(dataset: Path, out: Path) -> None:
    """Write the whole docs tree for ``dataset`` into ``out`` (emptied first): static pages, then generated ones."""
    from imcovid.docs_site import pages, panel_pages

    dataset, out = Path(dataset), Path(out)
    from imcovid.publish.parquet import data_files

    if not data_files(dataset, "articles"):
        raise FileNotFoundError(f"{dataset} is not a built dataset (run imcovid build first)")
    out.mkdir(parents=True, exist_ok=True)
    for old in out.iterdir():  # the folder itself stays: mkdocs checks it exists before the hook runs
        if old.name != ".gitignore":
            shutil.rmtree(old) if old.is_dir() else old.unlink()
    shutil.copytree(STATIC, out, dirs_exist_ok=True)
    version = package_version()
    # Hand-written pages name the current version as {{ version }}: every version string of the site comes from
    # the one declared in pyproject.toml.
    for page in out.rglob("*.md"):
        text = page.read_text(encoding="utf-8")
        if VERSION_MARK in text:
            page.write_text(text.replace(VERSION_MARK, version), encoding="utf-8")
    annotation = out / "annotation-method.md"
    if annotation.is_file():
        page = annotation.read_text(encoding="utf-8").replace(EVALUATION_MARK, pages.evaluation_table(dataset, GOLD))
        if CURRENT_MARK in page:
            page = page.replace(CURRENT_MARK, pages.current_state())
        if REAL_MARK in page:
            page = page.replace(REAL_MARK, pages.real_evaluation_tables(REAL))
        for mark, gold in SPLIT_EVALUATIONS.items():
            page = page.replace(mark, pages.corpus_evaluation_tables(gold))
        for mark, gold in WHOLE_EVALUATIONS.items():
            page = page.replace(mark, pages.gold_text_table(gold))
        if MEASURE_EVALUATION_MARK in page:
            page = page.replace(MEASURE_EVALUATION_MARK, panel_pages.measure_quality_tables())
        annotation.write_text(page, encoding="utf-8")
    pages.home(out, dataset, version)
    pages.codebook(out, dataset)
    pages.datasheet_page(out, dataset)
    source_pages = pages.provenance_pages(out, dataset)
    pages.article_pages(out, dataset, source_pages)
    pages.statistics_page(out, dataset)
    from imcovid.docs_site.corpus import append_corpus_section

    append_corpus_section(out, dataset)
    pages.versions_page(out, dataset)
    pages.cite_page(out, version)
    panel_pages.measure_codes_page(out, dataset)
    panel_pages.timeline_pages(out, dataset)


def build_site(dataset: Path, site: Path, strict: bool = True) -> int:
    """Generate the pages and run mkdocs; returns a process exit code."""
    import logging

    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    import jieba

    # The search plugin segments Chinese with jieba, which announces its dictionary on stderr at every build (its
    # import sets its logger to DEBUG, so it is imported first).
    jieba.setLogLevel(logging.WARNING)

    os.environ["IMCOVID_DATASET"] = str(Path(dataset).resolve())
    config = load_config(str(PROJECT_ROOT / "mkdocs.yml"), site_dir=str(Path(site).resolve()), strict=strict)
    build(config)
    print(f"site written to {site}")
    return 0
