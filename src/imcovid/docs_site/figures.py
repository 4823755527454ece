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
