"""Numeric thresholds kept as data: one TOML file per stage under ``data/`` (``annotation_thresholds.toml`` for the
annotation rules, ``cleaning_thresholds.toml`` for the cleaning steps), a table per module, read once per process
and checked when read, so that a mistyped value is an error that names its entry, never a rule silently turned off.
Each stage reads its file through its own module (``annotate.wordlists``, ``clean.thresholds``) with its own error
type; the checks are these."""

from __future__ import annotations

import tomllib
from importlib import resources


def parse_thresholds(text: str, name: str, error: type[Exception]) -> dict[str, dict[str, int | float]]:
    """The tables of the thresholds file ``data/<name>.toml`` whose text is ``text``: module → key → a positive
    integer, or for a key ending in ``_share`` a number between 0 and 1; anything else raises ``error``."""
    try:
        tables = tomllib.loads(text)
    except tomllib.TOMLDecodeError as problem:
        raise error(f"{name}.toml: {problem}") from None
    for module, table in tables.items():
        if not isinstance(table, dict) or not table:
            raise error(f"{name}.toml: [{module}] must be a table of thresholds")
        for key, value in table.items():
            if key.endswith("_share"):
                if type(value) not in (int, float) or not 0 < value < 1:
                    raise error(f"{name}.toml: [{module}] {key} = {value!r} is not a share between 0 and 1")
            elif type(value) is not int or value <= 0:
                raise error(f"{name}.toml: [{module}] {key} = {value!r} is not a positive integer")
    return tables


def read_thresholds(name: str, error: type[Exception]) -> dict[str, dict[str, int | float]]:
    """``data/<name>.toml`` read and checked (:func:`parse_thresholds`); a missing file raises ``error``."""
    path = resources.files("imcovid").joinpath(f"data/{name}.toml")
    if not path.is_file():
        raise error(f"data/{name}.toml is missing")
    return parse_thresholds(path.read_text(encoding="utf-8"), name, error)


def look_up(tables: dict[str, dict[str, int | float]], name: str, module: str, key: str,
            error: type[Exception]) -> int | float:
    """The threshold ``key`` of ``module`` in the tables of ``data/<name>.toml``; one it lacks raises ``error``."""
    try:
        return tables[module][key]
    except KeyError:
        raise error(f"data/{name}.toml has no [{module}] {key}") from None
