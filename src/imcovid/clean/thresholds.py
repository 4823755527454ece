"""The cleaning steps' numeric thresholds, read from ``data/cleaning_thresholds.toml`` (one table per module of
``clean/``) and checked when first read, as the annotation rules read theirs: a mistyped value is an error that names
its entry, never a step silently turned off."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources

FILE = "cleaning_thresholds"


class CleaningDataError(ValueError):
    """A data file of the cleaning steps is missing or wrong."""


def parse_thresholds(text: str) -> dict[str, dict[str, int | float]]:
    """module → key → value: a positive integer, or for a key ending in ``_share`` a number between 0 and 1."""
    try:
        tables = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise CleaningDataError(f"{FILE}.toml: {error}") from None
    for module, table in tables.items():
        if not isinstance(table, dict) or not table:
            raise CleaningDataError(f"{FILE}.toml: [{module}] must be a table of thresholds")
        for key, value in table.items():
            if key.endswith("_share"):
                if type(value) not in (int, float) or not 0 < value < 1:
                    raise CleaningDataError(f"{FILE}.toml: [{module}] {key} = {value!r} is not a share between 0 and 1")
            elif type(value) is not int or value <= 0:
                raise CleaningDataError(f"{FILE}.toml: [{module}] {key} = {value!r} is not a positive integer")
    return tables


@lru_cache(maxsize=1)
def _thresholds() -> dict[str, dict[str, int | float]]:
    path = resources.files("imcovid").joinpath(f"data/{FILE}.toml")
    if not path.is_file():
        raise CleaningDataError(f"data/{FILE}.toml is missing")
    return parse_thresholds(path.read_text(encoding="utf-8"))


def threshold(module: str, key: str) -> int | float:
    """The threshold ``key`` of the cleaning step ``clean/<module>.py``."""
    try:
        return _thresholds()[module][key]
    except KeyError:
        raise CleaningDataError(f"data/{FILE}.toml has no [{module}] {key}") from None
