"""How sure a pooled F1 is: a percentile bootstrap over articles.

The quality tables pool a few dozen held-out posts into one F1 per type. That figure is an estimate for unseen posts
of the same kind, and a reader comparing it with a bar needs to know how far it could move with other posts. The
articles are the unit of resampling (a post's mentions share one writer, one layout and one reading decision), so
each draw takes as many articles as the part has, with replacement, sums their (gold, predicted, matched) counts and
recomputes F1 as the table does (micro-average). The settings (draws, seed, level) are data:
``data/evaluation.toml``.
"""

from __future__ import annotations

import random
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Mapping, Sequence

SETTINGS_FILE = Path(__file__).parent / "data" / "evaluation.toml"


@dataclass(frozen=True)
class BootstrapSettings:
    resamples: int
    seed: int
    level: float

    def __post_init__(self) -> None:
        if self.resamples < 100:
            raise ValueError(f"bootstrap resamples must be at least 100, not {self.resamples}")
        if not 0.5 <= self.level < 1:
            raise ValueError(f"bootstrap level must be in [0.5, 1), not {self.level}")


@lru_cache(maxsize=None)
def load_settings(path: Path = SETTINGS_FILE) -> BootstrapSettings:
    table = tomllib.loads(path.read_text(encoding="utf-8"))["bootstrap"]
    return BootstrapSettings(resamples=int(table["resamples"]), seed=int(table["seed"]), level=float(table["level"]))


def f1_interval(articles: Sequence[Mapping[str, int]],
                settings: BootstrapSettings | None = None) -> tuple[float, float] | None:
    """The ``settings.level`` percentile interval of the pooled F1 over ``articles`` (each a mapping with ``gold``,
    ``predicted`` and ``matched`` counts of one type), or None with fewer than two articles (no spread to show)."""
    from imcovid.evaluate import _prf

    settings = settings or load_settings()
    counts = [(a["gold"], a["predicted"], a["matched"]) for a in articles]
    n = len(counts)
    if n < 2:
        return None
    draw = random.Random(settings.seed)
    values = []
    for _ in range(settings.resamples):
        g = p = m = 0
        for i in draw.choices(range(n), k=n):
            g += counts[i][0]
            p += counts[i][1]
            m += counts[i][2]
        values.append(_prf({"gold": g, "predicted": p, "matched": m})["f1"])
    values.sort()
    tail = (1 - settings.level) / 2
    low = values[int(tail * (settings.resamples - 1))]
    high = values[round((1 - tail) * (settings.resamples - 1))]
    return low, high


def format_interval(interval: tuple[float, float] | None) -> str:
    return "–" if interval is None else f"{interval[0]:.3f} – {interval[1]:.3f}"  # (spaced: a narrow table wraps it)
