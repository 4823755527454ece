"""``to_arrow`` (one struct-array conversion) gives the very batch ``RecordBatch.from_pylist`` gives: the same
serialized bytes for real rows of every config, rows with absent keys (null), extra keys (ignored), nested lists of
structs, and no rows."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pyarrow as pa
import pytest

from imcovid.publish.arrow import arrow_schema
from imcovid.publish.parquet import from_arrow, to_arrow


def _reference(config: str, rows: list[dict]) -> bytes:
    return pa.RecordBatch.from_pylist(rows, schema=arrow_schema(config)).serialize().to_pybytes()


_MENTION = {"article_id": "a" * 16, "mention_id": "a" * 16 + "-0123abcd", "type": "CASE_COUNT", "start": 3, "end": 6,
            "surface": "内蒙古", "value": "56", "metric": "confirmed_local", "as_of": date(2021, 10, 20),
            "targeted": None, "annotator": "x", "rule": "case.count", "parent_id": None}
_PROVENANCE = {"source_file": "a/b.txt", "size_bytes": 10, "sha256": "0" * 64, "format": "hexo", "status": "accepted",
               "chain": [{"role": "archive", "name": "n", "evidence": "e"}, {"role": "seed_file", "name": "m",
                                                                           "evidence": "f"}],
               "processing_steps": [{"step": "s", "library": "l", "library_version": "1", "changed": "c", "count": 2}],
               "origins": [], "flags": ["damaged"], "software_version": "8.0.0", "dataset_version": "8.0.0"}
_ARTICLE = {"id": "a" * 16, "text": "文本\n第二行", "published_at": datetime(2021, 10, 20, 1, 2, 3, 4, tzinfo=timezone.utc),
            "published_date_local": date(2021, 10, 20), "credits": [{"role": "editor", "name": "张三"}],
            "images": [{"url": "https://x", "caption": None, "credit": "c"}],
            "damage": {"pinyin_glosses_removed": 1, "damaged_spans": 0}, "canonical": True, "n_chars": 6}


@pytest.mark.parametrize(("config", "rows"), [
    ("mentions", [_MENTION, {**_MENTION, "type": "MEASURE", "targeted": False, "extra": 1}, {"start": 1}]),
    ("mentions", []),
    ("provenance", [_PROVENANCE]),
    ("provenance", [{"source_file": "x", "chain": None}]),
    ("articles", [_ARTICLE, {**_ARTICLE, "credits": [], "images": None, "damage": None}]),
])
def test_the_same_batch_as_from_pylist(config, rows):
    assert to_arrow(config, rows) == _reference(config, rows)
    assert from_arrow(config, to_arrow(config, rows)).to_pylist() == from_arrow(config, _reference(config, rows)).to_pylist()
