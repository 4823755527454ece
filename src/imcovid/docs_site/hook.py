"""mkdocs hook: generate the pages into ``docs_dir`` before mkdocs collects files, from $IMCOVID_DATASET
(default ``dataset/`` beside mkdocs.yml)."""

from __future__ import annotations

import os
from pathlib import Path


def on_config(config, **kwargs):
    from imcovid.docs_site import generate

    root = Path(config.config_file_path).parent
    dataset = Path(os.environ.get("IMCOVID_DATASET", root / "dataset"))
    generate(dataset, Path(config.docs_dir))
    return config
