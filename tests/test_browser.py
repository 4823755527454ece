"""The built site in headless Chromium (Debian's /usr/bin/chromium driven by playwright; no downloaded browser):
pages load without console errors or failed requests, figures render, search finds a Chinese word."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from pathlib import Path

import pytest

from conftest import ROOT

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = ROOT / "test-artifacts"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(),
                       reason="Debian's chromium is not installed (apt-get install chromium); browser test skipped"),
]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # the test reports failed requests itself
        pass


@pytest.fixture(scope="module")
def served_site(site):
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield instance
        instance.close()


def visit(browser, url: str, shot: str):
    page = browser.new_page(viewport={"width": 1280, "height": 1000})
    errors, failed = [], []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("requestfailed", lambda r: failed.append(r.url))
    page.on("response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    page.goto(url, wait_until="networkidle")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / shot), full_page=False)
    return page, errors, failed


@pytest.mark.parametrize("path", ["index.html", "codebook.html", "provenance/index.html", "articles/index.html",
                                  "statistics.html"])
def test_pages_load_cleanly(browser, served_site, path):
    page, errors, failed = visit(browser, f"{served_site}/{path}", path.replace("/", "_") + ".png")
    assert errors == [] and failed == []
    assert page.locator("h1").count() >= 1
    page.close()


def test_source_and_article_pages(browser, served_site, site):
    source = sorted((site / "provenance").glob("source-*.html"))[0].relative_to(site).as_posix()
    article = sorted(p for p in (site / "articles").glob("*.html") if p.name != "index.html")[0].relative_to(site).as_posix()
    for path in (source, article):
        page, errors, failed = visit(browser, f"{served_site}/{path}", path.replace("/", "_") + ".png")
        assert errors == [] and failed == []
        page.close()
    page, _, _ = visit(browser, f"{served_site}/{article}", "article.png")
    assert page.locator("mark.m-location").count() > 0
    page.close()


def test_figures_render(browser, served_site):
    page, errors, failed = visit(browser, f"{served_site}/statistics.html", "statistics.png")
    images = page.locator("article img")
    assert images.count() >= 5
    for i in range(images.count()):
        assert images.nth(i).evaluate("img => img.complete && img.naturalWidth > 0"), images.nth(i).get_attribute("src")
        assert images.nth(i).get_attribute("alt")
    assert errors == [] and failed == []
    page.close()


def _search(page, word: str):
    """Type ``word`` into the site's search box as a reader would and return the result items.

    Chinese characters arrive as inserted text (as from an input method) without key events, and the search reads the
    query on key-up: a key press after the text triggers it, as it would for a reader. The index is built in a web
    worker after load, so a query sent before it is ready is retried, within a bound."""
    search = page.locator("input.md-search__input").first
    results = page.locator(".md-search-result__item")
    for _ in range(10):
        search.focus()
        search.press("Control+a")
        search.press("Backspace")
        page.keyboard.type(word)
        search.press("End")
        try:
            results.first.wait_for(timeout=3000)
            break
        except Exception:  # noqa: BLE001 — playwright's TimeoutError; retried
            continue
    return results


@pytest.mark.parametrize("word", ["annotation", "license", "quality", "额济纳旗", "疫情"])
def test_search_finds_english_and_chinese_words(browser, served_site, word):
    """The site is in English about Chinese data: both must be searchable (with `theme.language: zh` English words
    found nothing)."""
    page, errors, _ = visit(browser, f"{served_site}/index.html", "search-before.png")
    assert page.evaluate("document.documentElement.lang") == "en"  # the interface speaks the pages' language
    results = _search(page, word)
    page.screenshot(path=str(ARTIFACTS / f"search-{word}.png"))
    assert results.count() > 0, word
    assert errors == []
    page.close()


@pytest.mark.parametrize("path", ["codebook.html", "provenance/index.html", "annotation-method.html"])
@pytest.mark.parametrize("width", [1280, 700])
def test_wide_tables_scroll_to_their_last_column(browser, served_site, path, width):
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(f"{served_site}/{path}", wait_until="networkidle")
    tables = page.evaluate("""() => [...document.querySelectorAll('article table')].map(table => {
        const wrap = table.closest('.md-typeset__scrollwrap');
        const edge = () => Math.max(...[...table.rows].map(r => r.cells[r.cells.length - 1].getBoundingClientRect().right));
        if (!wrap) return {wrapped: false};
        const style = getComputedStyle(wrap);
        const before = edge() <= wrap.getBoundingClientRect().right + 1;
        wrap.scrollLeft = wrap.scrollWidth;  // as far right as a reader can scroll
        return {wrapped: true, overflow: style.overflowX, bar: style.scrollbarWidth, fits: before,
                reachable: edge() <= wrap.getBoundingClientRect().right + 1};
    })""")
    assert tables
    for table in tables:
        assert table["wrapped"] and table["overflow"] in ("auto", "scroll") and table["bar"] != "none"
        assert table["fits"] or table["reachable"], table
        if width >= 1280:  # on a desktop screen long values wrap: no column is pushed out of view
            assert table["fits"], table
    page.close()
