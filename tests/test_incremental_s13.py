"""Issue 16, session 13: the panel's unchanged row groups copied as Parquet bytes on a rebuild.

A splicing :class:`imcovid.publish.parquet.ConfigWriter` assembles each file from row groups encoded alone (one-group
files), their chunks copied and the footer written with the offsets shifted. These tests hold that its files equal
pyarrow's own streaming writer's byte for byte — whole, with a changed group first, in the middle or last, with a
short last group, cut into shards, empty — that a damaged or foreign encoding is refused (and nothing written), and
that rebuilds after a post is added, changed or removed (first and last posts too), with the cached encodings
damaged, equal a clean build."""

from __future__ import annotations

import hashlib
import io
import pickle
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from imcovid import panel, pipeline
from imcovid.publish import parquet
from imcovid.publish.parquet import ConfigWriter, _read_struct, _write_struct, encode_group
from imcovid.publish.release import RECORD_KEYS
from imcovid.pipeline import build

from test_incremental_s9 import posts  # noqa: F401 — the same eight real posts (a module-scoped fixture)
from test_incremental_s12b import small_groups  # noqa: F401 — panel row groups of 4 rows (a fixture)
from test_scale import clean_build_bytes as _clean, tree_bytes

DATASET = Path(__file__).resolve().parents[1] / "dataset"
GROUP = 16  # rows per row group here: the committed panel files give several groups


def _table(config: str, limit: int | None = None) -> pa.Table:
    table = pa.concat_tables(pq.read_table(path, schema=parquet.arrow_schema(config))
                             for path in parquet.data_files(DATASET, config))
    return table.slice(0, limit) if limit else table


def _pairs(config: str, table: pa.Table) -> list[tuple[str, str]]:
    return [(key, f"hash-{key}") for key in table.column(RECORD_KEYS[config]).to_pylist()]


def _groups(table: pa.Table) -> list[pa.RecordBatch]:
    return [table.slice(start, GROUP).combine_chunks().to_batches()[0] for start in range(0, table.num_rows, GROUP)]


def _streamed(tmp: Path, config: str, table: pa.Table, shard_bytes: int = parquet.SHARD_BYTES) -> dict[str, bytes]:
    """What the streaming writer (pyarrow's ParquetWriter throughout) writes for ``table``."""
    writer = ConfigWriter(tmp, config, shard_bytes=shard_bytes, batch_rows=GROUP)
    for batch in table.to_batches(max_chunksize=7):  # odd batches: the writer cuts the groups itself
        writer.write_arrow(batch, _pairs(config, pa.Table.from_batches([batch])))
    writer.close()
    return {path.name: path.read_bytes() for path in writer.files}


def _spliced(tmp: Path, config: str, groups: list[pa.RecordBatch], encoded: dict[int, bytes],
             shard_bytes: int = parquet.SHARD_BYTES) -> tuple[dict[str, bytes], list, ConfigWriter]:
    """The splicing writer given ``groups``, the ones in ``encoded`` as their stored encodings: (files, the
    encodings write_group returned, the writer)."""
    writer = ConfigWriter(tmp, config, shard_bytes=shard_bytes, batch_rows=GROUP, spliced=True)
    made = []
    for number, batch in enumerate(groups):
        pairs = _pairs(config, pa.Table.from_batches([batch]))
        if number in encoded:
            assert writer.write_encoded(encoded[number], pairs)
            made.append(None)
        else:
            made.append(writer.write_group(batch, pairs))
    writer.close()
    return {path.name: path.read_bytes() for path in writer.files}, made, writer


CONFIGS = ["measures", "case_counts", "mentions"]


@pytest.mark.parametrize("config", CONFIGS)
def test_the_footer_codec_writes_back_pyarrows_bytes(config):
    for path in parquet.data_files(DATASET, config)[:2]:
        data = path.read_bytes()
        size = int.from_bytes(data[-8:-4], "little")
        footer = data[-8 - size:-8]
        fields, end = _read_struct(footer)
        out = bytearray()
        _write_struct(out, fields)
        assert end == size and bytes(out) == footer
    empty = encode_group(None, parquet.arrow_schema(config), GROUP)
    fields, _ = parquet._footer(empty)
    out = bytearray()
    _write_struct(out, fields)
    assert bytes(out) == empty[-8 - len(out):-8]


@pytest.mark.parametrize("config", CONFIGS)
def test_a_spliced_file_equals_the_streamed_one(config, tmp_path):
    table = _table(config, 200 if config == "mentions" else None)
    groups = _groups(table)
    assert len(groups) > 4 and groups[-1].num_rows < GROUP  # several groups, a short last one
    streamed = _streamed(tmp_path / "streamed", config, table)
    fresh, made, writer = _spliced(tmp_path / "fresh", config, groups, {})
    assert fresh == streamed
    assert all(isinstance(one, bytes) for one in made)
    # The sha256 recorded while writing is the file's (the build's final check compares them).
    assert sorted(writer.written.values()) == sorted(hashlib.sha256(data).hexdigest() for data in fresh.values())
    # Every group copied from its encoding: the same bytes again.
    copied, _, _ = _spliced(tmp_path / "copied", config, groups, dict(enumerate(made)))
    assert copied == streamed


@pytest.mark.parametrize("changed", ["first", "middle", "last"])
def test_a_changed_group_among_copied_ones(changed, tmp_path):
    config = "case_counts"
    table = _table(config)
    groups = _groups(table)
    _, made, _ = _spliced(tmp_path / "first-build", config, groups, {})
    number = {"first": 0, "middle": len(groups) // 2, "last": len(groups) - 1}[changed]
    # A different row in that group (another row of the file in its place; the row keys stay distinct enough for
    # the writer, which keeps no key index here): the group's bytes change, its neighbours' do not.
    rows = pa.Table.from_batches([groups[number]]).to_pylist()
    rows[0] = {**rows[0], "value": (rows[0]["value"] or 0) + 1}
    groups[number] = pa.RecordBatch.from_pylist(rows, schema=parquet.arrow_schema(config))
    encoded = {n: one for n, one in enumerate(made) if n != number}
    spliced, _, _ = _spliced(tmp_path / "rebuild", config, groups, encoded)
    assert spliced == _streamed(tmp_path / "streamed", config, pa.Table.from_batches(groups))


def test_shards_are_cut_where_the_streaming_writer_cuts_them(tmp_path):
    config = "measures"
    table = _table(config)
    groups = _groups(table)
    one = encode_group(pa.Table.from_batches([groups[0]]), parquet.arrow_schema(config), GROUP)
    shard_bytes = 3 * (parquet._footer(one)[1] - 4)  # about three groups' chunks per shard
    streamed = _streamed(tmp_path / "streamed", config, table, shard_bytes)
    assert len(streamed) > 1
    _, made, _ = _spliced(tmp_path / "first", config, groups, {}, shard_bytes)
    spliced, _, _ = _spliced(tmp_path / "again", config, groups, {1: made[1], 2: made[2], 4: made[4]}, shard_bytes)
    assert spliced == streamed


def test_an_empty_spliced_file_equals_pyarrows(tmp_path):
    config = "measures"
    writer = ConfigWriter(tmp_path, config, batch_rows=GROUP, spliced=True)
    writer.close()
    assert [p.read_bytes() for p in writer.files] == [encode_group(None, parquet.arrow_schema(config), GROUP)]


def _damaged(good: bytes, other: bytes) -> dict[str, object]:
    size = int.from_bytes(good[-8:-4], "little")
    flipped = bytearray(good)
    flipped[len(good) - 8 - size + 3] ^= 0xFF  # inside the footer
    # (A byte changed inside the chunks or a statistic keeps the structure: the cache entry's sha256 refuses it, as
    # it refuses changed Arrow bytes; the splicer checks the structure.)
    return {
        "none": None, "text": good.decode("latin-1"), "cut": good[: len(good) // 2], "no magic": b"PAR0" + good[4:],
        "footer flipped": bytes(flipped), "footer length": good[:-8] + (size + 1).to_bytes(4, "little") + good[-4:],
        "another config": other, "two groups": None,
    }


def test_a_damaged_or_foreign_encoding_is_refused_and_nothing_written(tmp_path):
    config = "measures"
    groups = _groups(_table(config))
    _, made, _ = _spliced(tmp_path / "first", config, groups, {})
    other_groups = _groups(_table("case_counts"))
    other = encode_group(pa.Table.from_batches([other_groups[0]]), parquet.arrow_schema("case_counts"), GROUP)
    two = encode_group(pa.Table.from_batches(groups[:2]), parquet.arrow_schema(config), 2 * GROUP)
    cases = _damaged(made[1], other)
    cases["two groups"] = two
    for name, bad in cases.items():
        writer = ConfigWriter(tmp_path / name.replace(" ", "-"), config, batch_rows=GROUP, spliced=True)
        writer.write_group(groups[0], _pairs(config, pa.Table.from_batches([groups[0]])))
        pairs = _pairs(config, pa.Table.from_batches([groups[1]]))
        assert not writer.write_encoded(bad, pairs), name
        assert writer.count == GROUP, name
        # the wrong row count for a good encoding
        assert not writer.write_encoded(made[1], pairs[:-1]), name
        writer.write_group(groups[1], pairs)  # the fallback: encoded again
        for batch in groups[2:]:
            writer.write_group(batch, _pairs(config, pa.Table.from_batches([batch])))
        writer.close()
        assert [p.read_bytes() for p in writer.files] == \
            list(_streamed(tmp_path / f"s-{name.replace(' ', '-')}", config, _table(config)).values()), name


def test_write_group_refuses_rows_off_a_group_boundary(tmp_path):
    config = "measures"
    groups = _groups(_table(config))
    pairs = [_pairs(config, pa.Table.from_batches([batch])) for batch in groups]
    writer = ConfigWriter(tmp_path / "a", config, batch_rows=GROUP, spliced=True)
    writer.write_arrow(groups[0].slice(0, 3), pairs[0][:3])  # rows pending
    with pytest.raises(ValueError):
        writer.write_group(groups[1], pairs[1])
    assert not writer.write_encoded(b"PAR1", pairs[1])
    writer = ConfigWriter(tmp_path / "b", config, batch_rows=GROUP, spliced=True)
    writer.write_group(groups[-1], pairs[-1])  # a short group: the last one
    with pytest.raises(ValueError):
        writer.write_group(groups[0], pairs[0])
    with pytest.raises(ValueError):
        writer.write_arrow(groups[0], pairs[0])
    # A streaming writer never splices.
    streaming = ConfigWriter(tmp_path / "c", config, batch_rows=GROUP)
    assert streaming.write_group(groups[0], pairs[0]) is None
    assert not streaming.write_encoded(b"PAR1", pairs[1])


# Whole builds: small panel row groups so that the eight real posts give several per config (the fixture of
# test_incremental_s12b).


@pytest.fixture()
def copied(monkeypatch):
    """How many row groups were copied from their encodings (write_encoded True) per build."""
    seen = {"copied": 0, "refused": 0}
    real = ConfigWriter.write_encoded

    def counted(self, encoded, keyed_hashes):
        done = real(self, encoded, keyed_hashes)
        seen["copied" if done else "refused"] += 1
        return done

    monkeypatch.setattr(ConfigWriter, "write_encoded", counted)
    return seen


def test_rebuilds_copy_unchanged_groups_and_equal_a_clean_build(posts, tmp_path, small_groups, copied):
    seeds, cache = tmp_path / "seeds", tmp_path / "cache"
    shutil.copytree(posts, seeds)
    build(seeds, tmp_path / "first", jobs=1, progress=False, cache_dir=cache)
    names = sorted(p.name for p in seeds.iterdir())
    first, last = seeds / names[0], seeds / names[-1]
    first_raw = first.read_bytes()
    steps = [("add first", lambda: (seeds / "0000-a-capture.txt").write_bytes(first_raw + b"\n<!-- again -->\n")),
             ("change first", lambda: first.write_bytes(first_raw.replace("。".encode(), "。 ".encode(), 1))),
             ("change last", lambda: last.write_bytes(last.read_bytes() + b"\n<!-- edited -->\n")),
             ("remove last", lambda: last.unlink()),
             ("remove a middle one", lambda: (seeds / names[3]).unlink())]
    any_copied = 0
    for step, change in steps:
        change()
        copied.update(copied=0, refused=0)
        out = tmp_path / f"out-{step.replace(' ', '-')}"
        build(seeds, out, jobs=1, progress=False, cache_dir=cache)
        assert tree_bytes(out) == _clean(seeds, tmp_path / f"clean-{step.replace(' ', '-')}"), step
        assert copied["refused"] == 0, step
        any_copied += copied["copied"]
    assert any_copied > 0


def _damage_encodings(cache: Path, how) -> int:
    """Rewrite every cached panel row group's entry with its encoding damaged by ``how`` (a valid entry, checksums
    made again: what the splicer itself must refuse)."""
    damaged = 0
    for path in sorted((cache / "shards").rglob("*")):
        if not path.is_file() or path.name.startswith("."):
            continue
        owner = pipeline.ResultCache(path.parent.parent)
        value = owner.get(path.name)
        if isinstance(value, dict) and isinstance(value.get("parquet"), bytes) and "pairs" in value:
            owner.put(path.name, {**value, "parquet": how(value["parquet"])})
            damaged += 1
    return damaged


@pytest.mark.parametrize("how", ["cut", "foreign", "missing"])
def test_a_rebuild_with_damaged_encodings_equals_a_clean_build(posts, tmp_path, small_groups, copied, how):
    seeds, cache = tmp_path / "seeds", tmp_path / "cache"
    shutil.copytree(posts, seeds)
    build(seeds, tmp_path / "first", jobs=1, progress=False, cache_dir=cache)
    other = encode_group(None, parquet.arrow_schema("articles"), 1)
    damage = {"cut": lambda data: data[:-9], "foreign": lambda data: other, "missing": lambda data: None}[how]
    assert _damage_encodings(cache, damage) > 2
    names = sorted(p.name for p in seeds.iterdir())
    (seeds / names[-1]).unlink()
    copied.update(copied=0, refused=0)
    build(seeds, tmp_path / "out", jobs=1, progress=False, cache_dir=cache)
    assert copied["copied"] == 0 and copied["refused"] > 0
    assert tree_bytes(tmp_path / "out") == _clean(seeds, tmp_path / "clean")
    # The groups encoded again were stored with their encodings: the next rebuild copies them.
    (seeds / "zz-a-capture.txt").write_bytes((seeds / names[2]).read_bytes() + b"\n<!-- again -->\n")
    copied.update(copied=0, refused=0)
    build(seeds, tmp_path / "out2", jobs=1, progress=False, cache_dir=cache)
    assert copied["copied"] > 0 and copied["refused"] == 0
    assert tree_bytes(tmp_path / "out2") == _clean(seeds, tmp_path / "clean2")


def test_the_spliced_bytes_read_back_as_the_rows(tmp_path):
    """Beyond equality with pyarrow's file: the spliced file reads back, row group by row group, as the rows."""
    config = "case_counts"
    table = _table(config)
    groups = _groups(table)
    _, made, _ = _spliced(tmp_path / "first", config, groups, {})
    files, _, _ = _spliced(tmp_path / "again", config, groups, dict(enumerate(made)))
    (data,) = files.values()
    read = pq.ParquetFile(io.BytesIO(data))
    assert read.num_row_groups == len(groups)
    assert read.read().equals(table.cast(read.schema_arrow))
    assert pickle.loads(pickle.dumps(made[0])) == made[0]


def test_the_cards_file_sizes_come_from_the_cache_and_damaged_entries_are_read_again(posts, tmp_path, monkeypatch):
    """card.dataset_info keeps each data file's (bytes, rows) under its sha256: a second card with every file known
    opens no Parquet footer; entries damaged or of another type are read from the footers again; the card is the
    same text each time, and the same as without a cache."""
    from imcovid.cache import ResultCache
    from imcovid.hashing import sha256_file
    from imcovid.publish import card

    out = tmp_path / "out"
    build(posts, out, jobs=1, progress=False)
    known = {path.relative_to(out).as_posix(): sha256_file(path) for path in out.rglob("*.parquet")}
    store = ResultCache(tmp_path / "metadata")
    plain, _ = card.render_card(out, "0.0.1")
    first, _ = card.render_card(out, "0.0.1", cache=store, known=known, salt="s13")
    assert first == plain
    opened = []
    real = card.pq.ParquetFile

    def counted(path, *args, **kwargs):
        opened.append(path)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(card.pq, "ParquetFile", counted)
    again, _ = card.render_card(out, "0.0.1", cache=store, known=known, salt="s13")
    assert again == plain and opened == []
    # Every sizes entry replaced by a value of the wrong shape: read from the footers again, the same card.
    for path in sorted((tmp_path / "metadata").rglob("*")):
        if path.is_file() and not path.name.startswith("."):
            value = store.get(path.name)
            if isinstance(value, tuple):
                store.put(path.name, (value[0], float(value[1])))
    damaged, _ = card.render_card(out, "0.0.1", cache=store, known=known, salt="s13")
    assert damaged == plain and len(opened) == len(known)


# Review s13rev2, finding 1: a row group the splicer refuses (a pyarrow writing a page index, a bloom filter, a new
# footer field) falls back to pyarrow's own writer with one warning line, the bytes those of a build without a cache;
# never a failed build. A page index (write_page_index=True) stands for such a pyarrow.

def test_the_locked_pyarrows_groups_are_accepted(tmp_path, capsys):
    """The splicer serves the pyarrow of requirements.lock (else every cached build falls back, slower, unnoticed
    but for a warning line); no page index is asked of pyarrow, whatever its default."""
    assert parquet._WRITER_OPTIONS["write_page_index"] is False
    for config in CONFIGS:
        table = _table(config, 3 * GROUP)
        splicer = parquet._Splicer(parquet.arrow_schema(config))
        for batch in _groups(table):
            one = encode_group(pa.Table.from_batches([batch]), parquet.arrow_schema(config), GROUP)
            assert splicer.parse_group(one, batch.num_rows, GROUP) is not None, config
        _, made, writer = _spliced(tmp_path / config, config, _groups(table), {})
        assert writer.spliced and all(isinstance(one, bytes) for one in made), config
    assert capsys.readouterr().err == ""


def _page_index(monkeypatch):
    monkeypatch.setitem(parquet._WRITER_OPTIONS, "write_page_index", True)


@pytest.mark.parametrize("config", ["measures", "case_counts"])
@pytest.mark.parametrize("refused", [0, 2])  # the first group refused, or the third after two spliced
def test_a_refused_group_falls_back_to_pyarrows_writer(config, refused, tmp_path, monkeypatch, capsys):
    table = _table(config)
    groups = _groups(table)
    writer = ConfigWriter(tmp_path / "spliced", config, batch_rows=GROUP, spliced=True)
    made = []
    for number, batch in enumerate(groups):
        if number == refused:
            _page_index(monkeypatch)
        made.append(writer.write_group(batch, _pairs(config, pa.Table.from_batches([batch]))))
    writer.close()
    assert not writer.spliced
    assert all(isinstance(one, bytes) for one in made[:refused]) and all(one is None for one in made[refused:])
    files = {path.name: path.read_bytes() for path in writer.files}
    assert files == _streamed(tmp_path / "streamed", config, table)  # every group written with a page index
    assert sorted(writer.written.values()) == sorted(hashlib.sha256(data).hexdigest() for data in files.values())
    assert writer.count == table.num_rows
    assert sorted(p.name for p in writer.path.parent.glob("*parquet*")) == sorted(files)  # no part file left
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and "warning" in err[0] and config in err[0]
    # A stored encoding is refused once the writer no longer splices: its rows are encoded again by the caller.
    again = ConfigWriter(tmp_path / "again", config, batch_rows=GROUP, spliced=True)
    again.write_group(groups[0], _pairs(config, pa.Table.from_batches([groups[0]])))
    assert not again.spliced and not again.write_encoded(made[0] or b"", _pairs(config, pa.Table.from_batches([groups[1]])))
    again.close()


def test_a_cached_build_with_a_refused_pyarrow_equals_a_clean_build(posts, tmp_path, small_groups, monkeypatch,
                                                                     capsys):
    _page_index(monkeypatch)
    seeds, cache = tmp_path / "seeds", tmp_path / "cache"
    shutil.copytree(posts, seeds)
    build(seeds, tmp_path / "first", jobs=1, progress=False, cache_dir=cache)
    assert tree_bytes(tmp_path / "first") == _clean(seeds, tmp_path / "clean")
    names = sorted(p.name for p in seeds.iterdir())
    (seeds / names[-1]).unlink()
    build(seeds, tmp_path / "rebuild", jobs=1, progress=False, cache_dir=cache)
    assert tree_bytes(tmp_path / "rebuild") == _clean(seeds, tmp_path / "clean2")
    warnings = [line for line in capsys.readouterr().err.splitlines() if "warning" in line]
    assert warnings and all("splicer" in line for line in warnings)


# Review s13rev2, finding 2: a group's footer entry is walked, not built (the schema and key-value metadata compared as
# bytes, the entry kept as bytes with the positions of its offsets): still pyarrow's bytes.

@pytest.mark.parametrize("config", CONFIGS)
def test_a_group_entry_kept_as_bytes_splices_back_to_its_file(config):
    for rows in (GROUP, 3):
        one = encode_group(_table(config, rows), parquet.arrow_schema(config), GROUP)
        splicer = parquet._Splicer(parquet.arrow_schema(config))
        group = splicer.parse_group(one, rows, GROUP)
        entry, patches = group[1]
        assert isinstance(entry, bytes) and entry in one and patches
        sink = io.BytesIO()
        splicer.open(sink)
        splicer.append(*group)
        splicer.close()
        assert sink.getvalue() == one, config


def test_fifteen_groups_and_more_splice_to_pyarrows_bytes(tmp_path):
    """The row-group list's length leaves its head byte at 15 groups (Thrift's long form)."""
    config = "mentions"
    table = _table(config, 20 * GROUP + 5)
    groups = _groups(table)
    assert len(groups) > 15
    streamed = _streamed(tmp_path / "streamed", config, table)
    fresh, made, _ = _spliced(tmp_path / "fresh", config, groups, {})
    copied, _, _ = _spliced(tmp_path / "copied", config, groups, dict(enumerate(made)))
    assert fresh == streamed and copied == streamed
