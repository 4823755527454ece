"""Statistics figures as SVG, drawn at build time with matplotlib (text kept as text so the browser renders CJK)."""

from __future__ import annotations

import io
from collections import Counter
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

plt.rcParams.update({
    "svg.fonttype": "none",  # text stays text: CJK labels render with the reader's fonts, the file stays small
    "svg.hashsalt": "imcovid",  # fixed ids: the same data gives the same bytes
    "font.family": ["Noto Sans CJK SC", "Noto Serif CJK SC", "DejaVu Sans", "sans-serif"],
    "axes.spines.top": False,
    "axes.spines.right": False,
})


def _save(fig, path: Path) -> None:
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None, "Creator": None})
    plt.close(fig)
    path.write_text(buffer.getvalue(), encoding="utf-8")


def bar_chart(counts: Counter | dict, path: Path, xlabel: str, *, top: int = 15, horizontal: bool = True) -> None:
    items = sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))[:top]
    labels = [str(k) for k, _ in items] or ["(none)"]
    values = [v for _, v in items] or [0]
    fig, ax = plt.subplots(figsize=(6.5, max(1.6, 0.38 * len(labels) + 0.8)))
    if horizontal:
        ax.barh(labels[::-1], values[::-1], color="#3f6fb5")
        ax.set_xlabel(xlabel)
    else:
        ax.bar(labels, values, color="#3f6fb5")
        ax.set_ylabel(xlabel)
    _save(fig, path)


def timeline(dates: Counter, path: Path) -> None:
    days = sorted(dates)
    fig, ax = plt.subplots(figsize=(6.5, 2.4))
    ax.bar([d.isoformat() for d in days] or ["(no dates)"], [dates[d] for d in days] or [0], color="#3f6fb5")
    ax.set_ylabel("articles")
    ax.tick_params(axis="x", labelrotation=45)
    _save(fig, path)


def histogram(values: list[int], path: Path, xlabel: str) -> None:
    fig, ax = plt.subplots(figsize=(6.5, 2.4))
    ax.hist(values or [0], bins=min(20, max(1, len(values))), color="#3f6fb5")
    ax.set_xlabel(xlabel)
    ax.set_ylabel("articles")
    _save(fig, path)


def place_timeline(measures: list[dict], counts: list[dict], path: Path) -> None:
    """Measures and figures of one place over time: new cases by as-of date above (cumulative figures as a line),
    one dot per measure row below (one line per code, filled for reported, open for directive)."""
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
        top.plot(days, [cumulative[d] for d in days], "o-", color="#333333", label="cumulative")
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
