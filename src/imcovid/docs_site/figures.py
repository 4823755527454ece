"""Statistics figures as SVG, drawn at build time with matplotlib.

Figures must not depend on the machine's fonts: text is kept as text in the SVG (``svg.fonttype: none``), so the
reader's browser renders the Chinese labels, and layout is measured with DejaVu Sans, the font matplotlib ships, so
the same data gives the same bytes on every machine. DejaVu has no CJK glyphs: matplotlib's warnings about them
(and about fonts it cannot find) say nothing about the output and are silenced here, in one place.
"""

from __future__ import annotations

import io
import logging
import warnings
from collections import Counter
from contextlib import contextmanager
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.ticker import MaxNLocator  # noqa: E402

STYLE = {
    "svg.fonttype": "none",  # text stays text: CJK labels render with the reader's fonts, the file stays small
    "svg.hashsalt": "imcovid",  # fixed ids: the same data gives the same bytes
    "font.family": "sans-serif",
    "font.sans-serif": ["DejaVu Sans"],  # bundled with matplotlib: the same metrics on every machine
    "axes.spines.top": False,
    "axes.spines.right": False,
}
COLOR = "#3f6fb5"
MUTED = "#9aa5b1"


@contextmanager
def _quiet():
    """matplotlib's style, without its font warnings (missing CJK glyphs in DejaVu; see the module docstring)."""
    logger = logging.getLogger("matplotlib.font_manager")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        with plt.rc_context(STYLE), warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=r"Glyph \d+ .* missing from font", category=UserWarning)
            warnings.filterwarnings("ignore", message=r"findfont", category=UserWarning)
            yield
    finally:
        logger.setLevel(level)


def _save(fig, path: Path) -> None:
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None, "Creator": None})
    plt.close(fig)
    path.write_text(buffer.getvalue(), encoding="utf-8")


def _counts_axis(axis) -> None:
    """Counts are whole numbers: no 2.5 articles on a tick."""
    axis.set_major_locator(MaxNLocator(integer=True))


def bar_chart(counts: Counter | dict, path: Path, xlabel: str, *, top: int = 15, horizontal: bool = True) -> None:
    items = sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))[:top]
    labels = [str(k) for k, _ in items] or ["(none)"]
    values = [v for _, v in items] or [0]
    with _quiet():
        fig, ax = plt.subplots(figsize=(6.5, max(1.6, 0.38 * len(labels) + 0.8)))
        if horizontal:
            ax.barh(labels[::-1], values[::-1], color=COLOR)
            ax.set_xlabel(xlabel)
            _counts_axis(ax.xaxis)
        else:
            ax.bar(labels, values, color=COLOR)
            ax.set_ylabel(xlabel)
            _counts_axis(ax.yaxis)
        _save(fig, path)


def stacked_bar_chart(parts: dict[str, Counter], path: Path, xlabel: str) -> None:
    """Horizontal bars of several parts each (e.g. top-level and nested mentions per type), with a legend."""
    labels = sorted({key for counter in parts.values() for key in counter}, key=str)
    totals = {label: sum(counter.get(label, 0) for counter in parts.values()) for label in labels}
    labels = sorted(labels, key=lambda label: (-totals[label], str(label)))[::-1] or ["(none)"]
    with _quiet():
        fig, ax = plt.subplots(figsize=(6.5, max(1.6, 0.45 * len(labels) + 1.0)))
        left = [0] * len(labels)
        for (name, counter), color in zip(parts.items(), (COLOR, MUTED, "#d9a441", "#5aa469")):
            values = [counter.get(label, 0) for label in labels]
            ax.barh(labels, values, left=left, color=color, label=name)
            left = [a + b for a, b in zip(left, values)]
        ax.set_xlabel(xlabel)
        _counts_axis(ax.xaxis)
        ax.legend(loc="lower right", frameon=False)
        _save(fig, path)


def timeline(dates: Counter, path: Path, undated: int = 0) -> None:
    """Articles per day, and a separate grey bar for the articles without a date, so none is silently left out."""
    days = sorted(dates)
    labels = [d.isoformat() for d in days]
    values = [dates[d] for d in days]
    colors = [COLOR] * len(days)
    if undated:
        labels.append("no date")
        values.append(undated)
        colors.append(MUTED)
    with _quiet():
        fig, ax = plt.subplots(figsize=(6.5, 2.4))
        ax.bar(labels or ["(no articles)"], values or [0], color=colors or [COLOR])
        ax.set_ylabel("articles")
        _counts_axis(ax.yaxis)
        ax.tick_params(axis="x", labelrotation=45)
        _save(fig, path)


def histogram(values: list[int], path: Path, xlabel: str) -> None:
    with _quiet():
        fig, ax = plt.subplots(figsize=(6.5, 2.4))
        ax.hist(values or [0], bins=min(20, max(1, len(values))), color=COLOR)
        ax.set_xlabel(xlabel)
        ax.set_ylabel("articles")
        _counts_axis(ax.yaxis)
        _save(fig, path)


def place_timeline(measures: list[dict], counts: list[dict], path: Path, own: str | None = None) -> None:
    """Measures and figures of one place over time: new cases by as-of date above (cumulative figures as a line),
    one dot per measure row below (one line per code, filled for reported, open for directive).

    Figures are drawn for the place ``own`` itself where it has any: adding a province's total to its cities' figures
    would count cases twice, and a cumulative line that jumps between places (the province's 169, a banner's 84)
    would seem to fall. Only a place without figures of its own shows its sub-divisions' new cases, summed by day."""
    if own is not None and any(r["place_code"] == own for r in counts):
        counts = [r for r in counts if r["place_code"] == own]
    elif own is not None:
        counts = [r for r in counts if r["metric"] not in ("confirmed_cumulative", "positive_cumulative")]
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(7.5, 4.8), sharex=True,
                                      gridspec_kw={"height_ratios": [1, 1.4]})
    new = Counter()
    cumulative: dict = {}
    for row in counts:
        if row["as_of"] is None:
            continue
        value = row["value"] if row["value"] is not None else max(row["values"])
        if row["metric"] in ("confirmed_local", "asymptomatic_local", "positive_local", "confirmed_imported",
                             "asymptomatic_imported"):
            new[row["as_of"]] += value
        elif row["metric"] in ("confirmed_cumulative", "positive_cumulative"):
            cumulative[row["as_of"]] = max(cumulative.get(row["as_of"], 0), value)
    if new:
        days = sorted(new)
        top.bar(days, [new[d] for d in days], color="#c0504d", width=0.8, label="new cases and infections")
    if cumulative:
        days = sorted(cumulative)
        # Points, not a line: reports give cumulative totals of different outbreaks (本轮), which are no series.
        top.plot(days, [cumulative[d] for d in days], "o", color="#333333", label="cumulative, as reported")
    top.set_ylabel("figures")
    if new or cumulative:
        top.legend(loc="upper right", fontsize=8, frameon=False)
    dated = [m for m in measures if m["date"] is not None]
    codes = sorted({m["code"] for m in dated})
    for m in dated:
        y = codes.index(m["code"])
        reported = "reported" in m["modes"]
        bottom.plot([m["date"]], [y], "o", color="#3f6fb5", markerfacecolor="#3f6fb5" if reported else "white",
                    markersize=7)
    bottom.set_yticks(range(len(codes)))
    bottom.set_yticklabels(codes or [], fontsize=8)
    bottom.set_ylim(-0.8, max(len(codes), 1) - 0.2)
    bottom.set_ylabel("measures")
    bottom.tick_params(axis="x", labelrotation=45)
    if not dated and not new and not cumulative:
        bottom.text(0.5, 0.5, "no dated rows", transform=bottom.transAxes, ha="center")
    _save(fig, path)
