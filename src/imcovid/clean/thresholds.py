"""The cleaning steps' numeric thresholds, read from ``data/cleaning_thresholds.toml`` (one table per module of
``clean/``) and checked when first read (:mod:`imcovid.thresholds`), as the annotation rules read theirs: a mistyped
value is an error that names its entry, never a step silently turned off."""

from __future__ import annotations

from functools import lru_cache

from imcovid import thresholds

FILE = "cleaning_thresholds"


class CleaningDataError(ValueError):
    """A data file of the cleaning steps is missing or wrong."""


def parse_thresholds(text: str) -> dict[str, dict[str, int | float]]:
    """module → key → value: a positive integer, or for a key ending in ``_share`` a number between 0 and 1."""
    return thresholds.parse_thresholds(text, FILE, CleaningDataError)


@lru_cache(maxsize=1)
def _thresholds() -> dict[str, dict[str, int | float]]:
    return thresholds.read_thresholds(FILE, CleaningDataError)


def threshold(module: str, key: str) -> int | float:
    """The threshold ``key`` of the cleaning step ``clean/<module>.py``."""
    return thresholds.look_up(_thresholds(), FILE, module, key, CleaningDataError)
