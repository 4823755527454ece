"""JSON Schema of every record type, exported from the pydantic models into ``schema/`` (one file each).

The committed files are what a consumer in another language validates against; a test fails when they drift from
the models.
"""

from __future__ import annotations

import json
from pathlib import Path

from imcovid.models import RECORD_MODELS
from imcovid.version import PROJECT_ROOT

SCHEMA_FILES = {"articles": "article.schema.json", "mentions": "mention.schema.json",
                "provenance": "provenance_record.schema.json", "measures": "measure_row.schema.json",
                "case_counts": "case_count_row.schema.json"}
DEFAULT_SCHEMA_DIR = PROJECT_ROOT / "schema"


def model_schema(config: str) -> dict:
    schema = RECORD_MODELS[config].model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema


def render(config: str) -> str:
    return json.dumps(model_schema(config), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def export_schemas(schema_dir: Path = DEFAULT_SCHEMA_DIR) -> list[Path]:
    schema_dir = Path(schema_dir)
    schema_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for config, name in SCHEMA_FILES.items():
        path = schema_dir / name
        text = render(config)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def load_schema(config: str, schema_dir: Path | None = None) -> dict:
    """The committed schema when there is a ``schema/`` folder, else the one the models give."""
    folder = Path(schema_dir) if schema_dir else DEFAULT_SCHEMA_DIR
    path = folder / SCHEMA_FILES[config]
    if path.is_file():
        return json.loads(path.read_text(encoding="utf-8"))
    if schema_dir:
        raise FileNotFoundError(f"no schema file {path}")
    return model_schema(config)
