"""Statistics page and figures (issue 17): integer ticks, undated articles shown, GB/T codes, organizations and
mention types, top-level places only, and SVGs that do not depend on the machine's fonts."""

from __future__ import annotations

import logging
import re
import warnings
from collections import Counter
from datetime import date

import pyarrow.parquet as pq

from imcovid.docs_site import figures
from imcovid.docs_site.pages import mention_statistics


def svg_texts(path) -> list[str]:
    return re.findall(r"<text[^>]*>([^<]*)</text>", path.read_text(encoding="utf-8"))


def test_count_axes_have_integer_ticks(tmp_path):
    figures.bar_chart(Counter({"额济纳旗": 1, "阿拉善盟": 2}), tmp_path / "bar.svg", "mentions")
    figures.timeline(Counter({date(2021, 10, 20): 1, date(2021, 10, 21): 2}), tmp_path / "days.svg", undated=1)
    figures.histogram([120, 800, 950], tmp_path / "hist.svg", "characters")
    figures.stacked_bar_chart({"top-level": Counter({"LOCATION": 1}), "nested": Counter({"LOCATION": 2})},
                              tmp_path / "types.svg", "mentions")
    for name in ("bar.svg", "days.svg", "hist.svg", "types.svg"):
        numbers = [t.strip().replace("\u2212", "-") for t in svg_texts(tmp_path / name)
                   if re.fullmatch(r"\s*[\u2212-]?[\d.]+\s*", t)]
        assert numbers, name
        assert not [n for n in numbers if "." in n and name != "hist.svg"], (name, numbers)
    hist_counts = [t for t in svg_texts(tmp_path / "hist.svg")]
    assert not any(re.fullmatch(r"\d+\.\d+", t) for t in hist_counts[-6:])  # the count axis (y) is integral


def test_text_stays_text_and_no_font_warnings(tmp_path, caplog):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a font warning would fail here
        with caplog.at_level(logging.WARNING):
            figures.bar_chart(Counter({"内蒙古自治区党委": 3, "国务院联防联控机制": 2}), tmp_path / "a.svg", "mentions")
    assert not [r for r in caplog.records if "font" in r.getMessage().lower()]
    svg = (tmp_path / "a.svg").read_text(encoding="utf-8")
    assert "内蒙古自治区党委" in svg_texts(tmp_path / "a.svg")  # text, for the browser to render
    assert "<path id=\"DejaVuSans" not in svg and "glyph" not in svg.lower()
    assert "font-family: 'DejaVu Sans', sans-serif" in svg


def test_figures_are_the_same_whatever_fonts_are_installed(tmp_path, monkeypatch):
    """Layout is measured with matplotlib's bundled DejaVu Sans: another preferred font on the machine (here a
    rcParams default pointing elsewhere) does not change a byte."""
    import matplotlib

    figures.bar_chart(Counter({"额济纳旗": 2}), tmp_path / "one.svg", "mentions")
    monkeypatch.setitem(matplotlib.rcParams, "font.sans-serif", ["Noto Sans CJK SC", "WenQuanYi Zen Hei"])
    figures.bar_chart(Counter({"额济纳旗": 2}), tmp_path / "two.svg", "mentions")
    assert (tmp_path / "one.svg").read_bytes() == (tmp_path / "two.svg").read_bytes()


def test_statistics_page(site, seeds_dataset):
    articles = pq.read_table(seeds_dataset / "articles" / "train.parquet").to_pylist()
    undated = sum(1 for a in articles if a["published_date_local"] is None)
    assert undated >= 1  # the seeds include an undated article
    page = (site / "statistics.html").read_text(encoding="utf-8")
    text = re.sub(r"<[^>]+>", "", page)
    assert f"without one: {undated} (" in text
    assert "no date" in svg_texts(site / "figures" / "articles-per-day.svg")
    assert "<code>152923</code>" in page  # GB/T 2260 codes in the places table
    for name in ("organizations.svg", "mention-types.svg", "places.svg"):
        assert (site / "figures" / name).is_file()
    assert "Most mentioned organizations" in text and "Mentions by type" in text


def test_places_count_top_level_mentions_only(seeds_dataset):
    mentions = pq.read_table(seeds_dataset / "mentions" / "train.parquet").to_pylist()
    nested = [m for m in mentions if m["type"] == "LOCATION" and m["parent_id"]]
    assert nested  # e.g. 内蒙古 inside an organization's name
    counts = mention_statistics(seeds_dataset)
    top_level = sum(1 for m in mentions if m["type"] == "LOCATION" and m["parent_id"] is None)
    assert sum(counts["places"].values()) == top_level
    assert counts["by_type"]["nested"]["LOCATION"] == len(nested)
