"""The one version number of the dataset and the software, declared in ``pyproject.toml``.

The build reads ``pyproject.toml`` itself when it runs from a checkout, so a bump takes effect without a reinstall;
an installed copy without the checkout falls back to the distribution metadata written from the same file.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]


@lru_cache(maxsize=1)
def package_version() -> str:
    pyproject = PROJECT_ROOT / "pyproject.toml"
    if pyproject.is_file():
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
        if data.get("project", {}).get("name") == "imcovid":
            return data["project"]["version"]
    from importlib import metadata  # imported on use (≈0.02 s): a rebuild served by imcovid.publish.stamp needs none

    return metadata.version("imcovid")


@lru_cache(maxsize=None)
def library_version(dist: str) -> str:
    """Version of an installed distribution, recorded in provenance for each processing step."""
    from importlib import metadata

    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "unknown"
