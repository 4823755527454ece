"""Session 22 (issue 16, build speed per core). No timed assertions: behaviour only.

The Parquet codec of every file the build writes is build configuration kept as data
(``src/imcovid/data/parquet_writer.toml``, read by :mod:`imcovid.publish.parquet`): zstd level 3 in release 27 (snappy measured
and set aside there). These tests check that the file is read and checked, and that every column chunk of every file a build
writes — pyarrow's writer (no cache), the splicing writer (with a cache) and the block-parallel writers of two jobs —
uses it, with the same bytes on each path."""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from imcovid.config import CONFIG_NAMES, BuildConfig
from imcovid.pipeline import build
from imcovid.publish import parquet
from imcovid.publish.parquet import data_files, encode_group

from test_scale import tree_bytes

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _data_file() -> dict:
    return tomllib.loads(resources.files("imcovid").joinpath("data", "parquet_writer.toml").read_text("utf-8"))


def test_the_writer_options_take_the_data_file():
    values = _data_file()
    assert parquet.CODEC == {key: (value.lower() if key == "compression" else value) for key, value in values.items()}
    for key, value in parquet.CODEC.items():
        assert parquet._WRITER_OPTIONS[key] == value
    assert parquet._WRITER_OPTIONS["write_page_index"] is False  # the splicer cannot hold a page index


def test_the_release_codec_is_zstd_level_3():
    """The choice measured in the data file's header (release 27): a change of codec is a change of every file's
    bytes, so it is said here too."""
    assert parquet.CODEC == {"compression": "zstd", "compression_level": 3}


@pytest.mark.parametrize("text, expected", [
    ('compression = "snappy"', {"compression": "snappy"}),
    ('compression = "SNAPPY"', {"compression": "snappy"}),
    ('compression = "zstd"\ncompression_level = 9', {"compression": "zstd", "compression_level": 9}),
    ('compression = "zstd"', {"compression": "zstd"}),
    ('compression = "gzip"\ncompression_level = 6', {"compression": "gzip", "compression_level": 6}),
    ('compression = "none"', {"compression": "none"}),
    ('compression = "lz4"', {"compression": "lz4"}),
])
def test_codec_read(text, expected):
    assert parquet._codec(text) == expected


@pytest.mark.parametrize("text", [
    "",  # no codec named
    'compression = "lzo"',  # not a codec pyarrow writes
    'compression = "zstd9"',
    "compression = 3",
    'compression = "snappy"\ncompression_level = 1',  # snappy takes no level: pyarrow would reject or ignore it
    'compression = "lz4"\ncompression_level = 1',
    'compression = "zstd"\ncompression_level = "high"',
    'compression = "zstd"\ncompression_level = true',
    'compression = "zstd"\ncompression_level = 3.5',
    'compression = "snappy"\nuse_dictionary = false',  # only the codec is data; the other options are fixed
    'codec = "snappy"',
])
def test_codec_refused(text):
    with pytest.raises(ValueError, match="parquet_writer.toml"):
        parquet._codec(text)


def _codecs(dataset: Path) -> set[str]:
    """Every column chunk's codec in every Parquet file of ``dataset``."""
    found = set()
    for config in CONFIG_NAMES:
        files = data_files(dataset, config)
        assert files, config
        for path in files:
            meta = pq.ParquetFile(path).metadata
            for group in range(meta.num_row_groups):
                for column in range(meta.num_columns):
                    found.add(meta.row_group(group).column(column).compression)
    return found


def test_an_encoded_group_uses_the_codec():
    """The splicing writer's unit (a cached build's panel groups): one row group encoded alone."""
    import pyarrow as pa

    schema = pa.schema([("a", pa.string()), ("b", pa.int64())])
    table = pa.table({"a": ["甲乙丙"] * 40, "b": list(range(40))}, schema=schema)
    meta = pq.ParquetFile(pa.BufferReader(encode_group(table, schema, 64))).metadata
    assert {meta.row_group(0).column(i).compression for i in range(2)} == {parquet.CODEC["compression"].upper()}


@pytest.fixture(scope="module")
def builds(tmp_path_factory) -> dict[str, Path]:
    """The seeds built in several files (``shard_sources=3``) on each writing path: clean (no cache) at one and two
    jobs (pyarrow's writer; block-parallel writers), a cold cache at one job (the splicing writer) and the same cache
    warm at two jobs (cached row groups copied)."""
    root = tmp_path_factory.mktemp("codec")
    config = BuildConfig(shard_sources=3)
    cache = root / "cache"
    outs = {}
    for name, jobs, cache_dir in [("clean-1", 1, None), ("clean-2", 2, None), ("cached-1", 1, cache),
                                  ("warm-2", 2, cache)]:
        outs[name] = root / name
        build(SEEDS, outs[name], jobs=jobs, progress=False, config=config, cache_dir=cache_dir)
    return outs


@pytest.mark.parametrize("name", ["clean-1", "clean-2", "cached-1", "warm-2"])
def test_every_column_chunk_uses_the_codec(builds, name):
    assert _codecs(builds[name]) == {parquet.CODEC["compression"].upper()}


def test_the_same_bytes_on_every_path(builds):
    reference = tree_bytes(builds["clean-1"])
    assert len([name for name in reference if name.endswith(".parquet")]) > len(CONFIG_NAMES)  # several shards
    for name in ("clean-2", "cached-1", "warm-2"):
        assert tree_bytes(builds[name]) == reference, name


def test_the_codec_file_is_in_the_build_key(tmp_path, monkeypatch):
    """Review s22 (revperf): a cache made under one codec is never spliced into files of another: the data file's
    bytes are part of ``hashing.code_hash`` and so of the build key (negative: another file's comment does not
    leave the key as it was either, and the same bytes give the same key)."""
    import shutil

    from imcovid import hashing

    package = Path(hashing.__file__).resolve().parent
    copy = tmp_path / "imcovid"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "docs_site"))

    def key_of(folder: Path) -> str:
        monkeypatch.setattr(hashing, "_PACKAGE_DIR", folder)
        hashing.code_hash.cache_clear()
        try:
            return hashing.code_hash()
        finally:
            hashing.code_hash.cache_clear()

    before = key_of(copy)
    assert key_of(copy) == before
    toml = copy / "data" / "parquet_writer.toml"
    toml.write_text(toml.read_text("utf-8").replace('compression = "zstd"\ncompression_level = 3',
                                                    'compression = "snappy"'), "utf-8")
    assert key_of(copy) != before
