"""Script detection and Traditional → Simplified conversion with OpenCC (``tw2s``: Taiwan-standard Traditional, the
variant the converter that produced the plain-text seeds wrote; plain ``t2s`` would turn 著力 into 著力, not 着力)."""

from __future__ import annotations

from functools import lru_cache

import opencc

from imcovid.clean.lazy import lazy
from imcovid.clean.thresholds import threshold

CONFIG = "tw2s"
# A Simplified text still has a few characters tw2s would change (variants such as 査); a Traditional one has
# many. The thresholds separate the two with a wide margin on the seeds and the corpus.
# (data/cleaning_thresholds.toml)
_MIN_CHANGED = threshold("script", "min_changed")
_MIN_SHARE = threshold("script", "min_share")


@lru_cache(maxsize=1)
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC(f"{CONFIG}.json") if _needs_suffix() else opencc.OpenCC(CONFIG)


def _needs_suffix() -> bool:
    try:
        opencc.OpenCC(CONFIG)
        return False
    except Exception:  # older builds want the file name
        return True


def to_simplified(text: str) -> str:
    return _converter().convert(text)


def changed_chars(before: str, after: str) -> int:
    if len(before) == len(after):
        return sum(1 for a, b in zip(before, after) if a != b)
    return abs(len(before) - len(after)) + sum(1 for a, b in zip(before, after) if a != b)


_HAN = lazy(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_SAMPLE = threshold("script", "sample")  # characters: plenty to tell the scripts apart, flat cost for long articles


def detect_script(text: str) -> str:
    """``zh-Hant`` when tw2s would change a clear share of the Han characters, else ``zh-Hans``."""
    text = text[:_SAMPLE]
    han = len(_HAN.findall(text))
    if not han:
        return "zh-Hans"
    changed = changed_chars(text, to_simplified(text))
    return "zh-Hant" if changed >= _MIN_CHANGED and changed / han >= _MIN_SHARE else "zh-Hans"
