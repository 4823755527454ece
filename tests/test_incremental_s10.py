"""Issue 16, session 10: the floor of a rebuild — no pandas, jsonschema or block-parallel module loaded by a rebuild
that annotates nothing (imcovid.publish.convert assembles the few rows it converts from Arrow buffers), the JSON
Schemas' texts kept in the cache — and every such rebuild byte-identical to a clean build, at one and two jobs."""

from __future__ import annotations

import json
import pickle
import shutil
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pyarrow as pa
import pytest

from imcovid.config import CONFIG_NAMES
from imcovid.pipeline import build
from imcovid.publish import convert

from test_incremental_s9 import posts  # noqa: F401 — the same eight real posts (a module-scoped fixture)
from test_scale import clean_build_bytes as _clean, tree_bytes


@pytest.fixture(scope="module")
def clean_rows(posts, tmp_path_factory) -> dict:
    """Every config's rows of a clean build of the posts, as Python values, with each config's row type."""
    import pyarrow.parquet as pq

    from imcovid.publish.parquet import data_files, row_type

    out = tmp_path_factory.mktemp("inc10-clean") / "dataset"
    build(posts, out, jobs=1, progress=False)
    return {config: ([row for path in data_files(out, config) for row in pq.read_table(path).to_pylist()],
                     row_type(config)) for config in CONFIG_NAMES}


# --- imcovid.publish.convert: the same arrays as pyarrow's conversion ---------------------------------------------

_ASSEMBLE_ALL = """
import pickle, sys
import pyarrow as pa
from imcovid.publish import convert
rows = pickle.load(open(sys.argv[1], "rb"))
arrays = {config: convert.array(values, kind) for config, (values, kind) in rows.items()}
pickle.dump({"pandas": "pandas" in sys.modules,
             "ipc": {config: pa.RecordBatch.from_struct_array(array).serialize().to_pybytes()
                     for config, array in arrays.items()}}, open(sys.argv[2], "wb"))
"""


def test_real_rows_assemble_without_pandas_to_pyarrows_arrays(clean_rows, tmp_path):
    """Every row of every config of a real build: assembled in a process without pandas (pyarrow's own conversion
    would import it), the record batch equals pyarrow's, value for value and type for type."""
    (tmp_path / "rows.pickle").write_bytes(pickle.dumps(clean_rows))
    subprocess.run([sys.executable, "-c", _ASSEMBLE_ALL, str(tmp_path / "rows.pickle"), str(tmp_path / "out.pickle")],
                   check=True)
    done = pickle.loads((tmp_path / "out.pickle").read_bytes())
    assert not done["pandas"], "assembling the rows imported pandas"
    for config, (rows, kind) in clean_rows.items():
        assert rows, config
        expected = pa.RecordBatch.from_struct_array(pa.array(rows, type=kind))
        got = pa.ipc.read_record_batch(pa.py_buffer(done["ipc"][config]), expected.schema)
        assert got.equals(expected), config


def _same(values, kind):
    got = convert._assemble(values, kind)
    got.validate(full=True)
    expected = pa.array(values, type=kind)
    assert got.type == expected.type and got.null_count == expected.null_count and got.equals(expected), values
    return got


_UTC8 = timezone(timedelta(hours=8))


@pytest.mark.parametrize("values, kind", [
    (["a", None, "内蒙古", ""], pa.string()),
    ([], pa.string()),
    ([None, None], pa.string()),
    ([0, None, -(1 << 63), (1 << 63) - 1], pa.int64()),
    ([True, False, None] * 5, pa.bool_()),
    ([date(2020, 1, 23), None, date(1969, 12, 31)], pa.date32()),
    ([datetime(2020, 1, 23, 8, tzinfo=timezone.utc), None, datetime(2020, 1, 23, 8, 0, 0, 7, tzinfo=_UTC8)],
     pa.timestamp("us", tz="UTC")),
    ([["a", None], None, [], ["呼和浩特"]], pa.list_(pa.string())),
    ([[1, 2], [], None], pa.list_(pa.int64())),
    ([{"role": "记者", "name": None}, None, {"role": "编辑"}], pa.struct([("role", pa.string()), ("name", pa.string())])),
    ([[{"value": 3, "mention_id": "m1"}], None, [None, {"value": None}]],
     pa.list_(pa.struct([("value", pa.int64()), ("mention_id", pa.string())]))),
    ([{"tags": ["x", None], "n": 1}, {"tags": None, "n": None}],
     pa.struct([("tags", pa.list_(pa.string())), ("n", pa.int64())])),
])
def test_assembled_arrays_equal_pyarrows(values, kind):
    _same(values, kind)


@pytest.mark.parametrize("values, kind", [
    ([1], pa.string()),                                   # not a str: pyarrow decides (it refuses)
    (["\ud800"], pa.string()),                            # a lone surrogate: pyarrow reports it
    ([True], pa.int64()),                                 # a bool is no int64 here
    ([1 << 63], pa.int64()),                              # out of range
    ([1], pa.bool_()),
    ([datetime(2020, 1, 1)], pa.date32()),                # a datetime is no date
    (["2020-01-01"], pa.date32()),
    ([datetime(2020, 1, 1)], pa.timestamp("us", tz="UTC")),  # naive
    # an offset with a fraction of a second, which pyarrow drops (a review's case: bytes must not depend on pandas)
    ([datetime(2020, 1, 1, tzinfo=timezone(timedelta(microseconds=7)))], pa.timestamp("us", tz="UTC")),
    ([("a",)], pa.list_(pa.string())),                    # a tuple
    ([{"other": 1}], pa.struct([("role", pa.string())])),  # a key the struct does not have
    ([1.5], pa.float64()),                                # a type the assembly does not spell
])
def test_anything_else_is_left_to_pyarrow(values, kind, monkeypatch):
    with pytest.raises(convert._Unsupported):
        convert._assemble(values, kind)
    try:
        expected = pa.array(values, type=kind)
    except (pa.ArrowException, ValueError, TypeError, OverflowError, UnicodeError) as error:
        expected = error
    # convert.array as a process without pandas runs it (pandas is loaded in the test process: hide it, so that the
    # assembly is tried and its fallback to pyarrow is what answers — a review found this half compared pyarrow with
    # itself otherwise)
    monkeypatch.delitem(sys.modules, "pandas", raising=False)
    if isinstance(expected, Exception):
        with pytest.raises(type(expected)):
            convert.array(values, kind)
    else:
        assert convert.array(values, kind).equals(expected)


# --- fresh-process rebuilds -----------------------------------------------------------------------------------------

_FRESH = """
import json, sys
from pathlib import Path
from imcovid.pipeline import build
build(Path(sys.argv[1]), Path(sys.argv[2]), jobs=int(sys.argv[4]), progress=False, cache_dir=Path(sys.argv[3]),
      schema_dir=Path(sys.argv[5]))
print(json.dumps({name: name in sys.modules for name in ("pandas", "jsonschema", "imcovid.blockwise",
                                                          "imcovid.annotate.persons")}))
"""


def _fresh_build(seeds: Path, out: Path, cache: Path, jobs: int, schemas: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", _FRESH, str(seeds), str(out), str(cache), str(jobs), str(schemas)],
                          check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("jobs", [1, 2])
def test_rebuilds_that_annotate_nothing_load_no_pandas_and_equal_a_clean_build(posts, tmp_path, jobs):
    seeds, cache = tmp_path / "seeds", tmp_path / "cache"
    shutil.copytree(posts, seeds)
    _fresh_build(seeds, tmp_path / "first", cache, jobs, tmp_path / "schema")
    names = sorted(p.name for p in seeds.iterdir())
    raw = (seeds / names[2]).read_bytes()
    steps = [("nothing", lambda: None),
             ("add", lambda: (seeds / "zz-another-capture.txt").write_bytes(raw + b"\n<!-- captured again -->\n")),
             ("change", lambda: (seeds / names[2]).write_bytes(raw + b"\n<!-- edited capture -->\n")),
             ("remove", lambda: (seeds / names[5]).unlink())]
    for step, change in steps:
        change()
        out = tmp_path / f"out-{step}"
        loaded = _fresh_build(seeds, out, cache, jobs, tmp_path / "schema")
        assert loaded == {"pandas": False, "jsonschema": False, "imcovid.blockwise": False,
                          "imcovid.annotate.persons": False}, step
        assert tree_bytes(out) == _clean(seeds, tmp_path / f"clean-{step}"), step


def test_json_schemas_from_the_cache_are_the_exported_files(posts, tmp_path):
    """The schema folder a cached build writes equals what export_schemas writes, from a stored entry or, when the
    entry is damaged, rendered again."""
    from imcovid.schema_export import export_schemas

    export_schemas(tmp_path / "expected")
    expected = tree_bytes(tmp_path / "expected")
    cache = tmp_path / "cache"
    for attempt in range(3):
        schemas = tmp_path / f"schema-{attempt}"
        build(posts, tmp_path / f"out-{attempt}", jobs=1, progress=False, cache_dir=cache, schema_dir=schemas)
        assert tree_bytes(schemas) == expected, attempt
        if attempt == 1:  # damage every metadata entry: each is a miss and made again
            for entry in (cache / "metadata").rglob("*"):
                if entry.is_file():
                    data = entry.read_bytes()
                    entry.write_bytes(data[:-1] + bytes([data[-1] ^ 1]))
