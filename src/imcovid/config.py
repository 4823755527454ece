"""Build configuration: the collection window and the limits every source is held to.

Values live in ``[tool.imcovid]`` of ``pyproject.toml`` so that they are declared once, next to the version; the
defaults below are the same values and apply when the package runs outside a checkout. Nothing here reads the clock:
a window taken from "now" would make builds unreproducible.
"""

from __future__ import annotations

import tomllib
from datetime import date
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from imcovid.version import PROJECT_ROOT

DATASET_NAME = "IMCOVID"
DATASET_TITLE = "IMCOVID — Inner Mongolia COVID-19 News Corpus"
LOCAL_TZ = "Asia/Shanghai"
SPLIT = "train"
CONFIG_NAMES = ("articles", "mentions", "provenance", "measures", "case_counts")


class BuildConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    window_start: date = Field(date(2021, 1, 1), description="First local (Asia/Shanghai) date of the collection window.")
    window_end: date = Field(date(2022, 12, 31), description="Last local (Asia/Shanghai) date of the collection window.")
    max_source_bytes: int = Field(5 * 1024 * 1024, gt=0, description="Sources larger than this are rejected unread.")
    max_html_depth: int = Field(256, gt=0, description="Deeper HTML nesting is flattened; its text is kept.")
    source_suffixes: tuple[str, ...] = Field((".txt", ".md"), description="File suffixes read as sources.")
    shard_bytes: int = Field(256 * 1024 * 1024, gt=0, description="A config's Parquet file is cut into Hub-named "
                             "shards (train-00000-of-0000N.parquet) once it passes this size.")
    shard_sources: int = Field(300, ge=3, description="The per-source configs (articles, mentions, provenance) are "
                               "written in shards of about this many sources, cut where the sorted source list says "
                               "(imcovid.pipeline.source_blocks), so that a rebuild re-encodes only the shards whose "
                               "sources changed; a corpus smaller than a third of it is one file.")

    @model_validator(mode="after")
    def _window_ordered(self) -> "BuildConfig":
        if self.window_end < self.window_start:
            raise ValueError("window_end precedes window_start")
        return self


class ConfigError(ValueError):
    """A value of ``[tool.imcovid]`` the build cannot take: the user's to fix, said in one line."""


@lru_cache(maxsize=1)
def load_config() -> BuildConfig:
    pyproject = PROJECT_ROOT / "pyproject.toml"
    values: dict = {}
    if pyproject.is_file():
        values = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("tool", {}).get("imcovid", {})
    if "source_suffixes" in values:
        values["source_suffixes"] = tuple(values["source_suffixes"])
    try:
        return BuildConfig(**values)
    except ValidationError as error:  # pydantic's report spans lines and links; the user needs key, reason, value
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']} (got {e.get('input')!r})" if e["loc"]
                             else e["msg"] for e in error.errors(include_url=False))
        raise ConfigError(f"{pyproject} [tool.imcovid]: {problems}") from None


# The harvest's record of where each seed came from (``imcovid harvest``): metadata beside the sources, not a source.
ORIGINS_MANIFEST = "ORIGINS.jsonl"
