"""Issue 16, session 12 (second part): the panel of a one-post rebuild. With small row groups (so that the panel has
several), a post added, changed and removed each rebuilds the measures and case_counts files byte for byte as a
clean build writes them, the keys the post does not touch are neither merged nor validated again, and the row groups
it does not touch are appended from the cache as stored Arrow (only the touched ones converted from rows)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from imcovid import panel, pipeline
from imcovid.publish import parquet
from imcovid.pipeline import build

from test_incremental_s9 import posts  # noqa: F401 — the same eight real posts (a module-scoped fixture)
from test_scale import tree_bytes

# Rows per panel row group in these tests: the eight posts give a few dozen keys, so several groups.
SMALL_GROUPS = 4


@pytest.fixture()
def small_groups(monkeypatch):
    monkeypatch.setattr(pipeline, "PANEL_BATCH_ROWS", SMALL_GROUPS)
    monkeypatch.setattr(parquet, "PANEL_BATCH_ROWS", SMALL_GROUPS)


@pytest.fixture()
def counted(monkeypatch):
    """How each ``write_changed`` call went: its return value, the rows validated and the rows converted to Arrow."""
    calls: list[dict] = []
    write_changed, to_arrow = panel.write_changed, parquet.to_arrow

    def counted_write_changed(config, writer, model, *args, **kwargs):
        seen = {"config": config, "validated": 0, "converted": 0}
        calls.append(seen)

        class Model:
            @staticmethod
            def model_validate(row):
                seen["validated"] += 1
                return model.model_validate(row)

        def counted_to_arrow(name, rows):
            seen["converted"] += len(rows)
            return to_arrow(name, rows)

        monkeypatch.setattr(parquet, "to_arrow", counted_to_arrow)
        try:
            seen["incremental"] = write_changed(config, writer, Model, *args, **kwargs)
        finally:
            monkeypatch.setattr(parquet, "to_arrow", to_arrow)
        return seen["incremental"]

    monkeypatch.setattr(panel, "write_changed", counted_write_changed)
    return calls


def _panel_rows(out: Path) -> dict[str, int]:
    import pyarrow.parquet as pq

    return {name: pq.ParquetFile(out / name / "train.parquet").metadata.num_rows for name in panel.KEYS}


def test_one_post_rebuilds_of_the_panel_equal_a_clean_build_and_touch_few_rows(posts, tmp_path, small_groups,
                                                                                counted):
    seeds, cache = tmp_path / "seeds", tmp_path / "cache"
    shutil.copytree(posts, seeds)
    build(seeds, tmp_path / "first", jobs=1, progress=False, cache_dir=cache)
    rows = _panel_rows(tmp_path / "first")
    assert all(n > 3 * SMALL_GROUPS for n in rows.values()), rows  # several row groups per config
    # A first build: every key is new and converted (fewer than CHANGED_KEYS_MAX here, so merged key by key).
    assert {c["config"]: c["converted"] for c in counted} == rows
    names = sorted(p.name for p in seeds.iterdir())
    # The posts with the most panel keys: the change and the removal move many rows, the capture added few.
    raw = (seeds / names[2]).read_bytes()
    steps = [("add", lambda: (seeds / "zz-another-capture.txt").write_bytes(raw + b"\n<!-- captured again -->\n")),
             ("change", lambda: (seeds / names[2]).write_bytes(raw.replace("。".encode(), "。 ".encode(), 1)
                                                             + b"\n<!-- edited -->\n")),
             ("remove", lambda: (seeds / names[5]).unlink()),
             ("nothing", lambda: None)]
    for step, change in steps:
        change()
        counted.clear()
        out = tmp_path / f"out-{step}"
        build(seeds, out, jobs=1, progress=False, cache_dir=cache)
        rebuilt = tree_bytes(out)
        counted_now = list(counted)
        assert rebuilt == tree_bytes(_build_clean(seeds, tmp_path / f"clean-{step}")), step
        rows = _panel_rows(out)
        for call in counted_now:  # a config whose blocks' partials did not change is copied whole (no call)
            assert call["incremental"], (step, call)
            assert call["validated"] <= call["converted"] < rows[call["config"]], (step, call)


def _build_clean(seeds: Path, out: Path) -> Path:
    build(seeds, out, jobs=1, progress=False)
    return out


def test_the_panel_of_a_rebuild_with_damaged_row_group_entries_is_made_again(posts, tmp_path, small_groups,
                                                                             monkeypatch):
    """The cached row groups damaged (their Arrow bytes cut): they are converted again, never trusted."""
    seeds, cache = tmp_path / "seeds", tmp_path / "cache"
    shutil.copytree(posts, seeds)
    build(seeds, tmp_path / "first", jobs=1, progress=False, cache_dir=cache)
    real = panel._stored_batch
    broken = []

    def cut(config, stored, rows, from_arrow):
        if isinstance(stored, dict) and isinstance(stored.get("arrow"), bytes):
            broken.append(config)
            stored = {**stored, "arrow": stored["arrow"][: len(stored["arrow"]) // 2]}
        return real(config, stored, rows, from_arrow)

    monkeypatch.setattr(panel, "_stored_batch", cut)
    # Since session 13 a cached group holds its Parquet encoding (a splicing writer), not its Arrow: cut it too
    # (its groups are then made from the row memo; tests/test_incremental_s13.py damages the encodings alone).
    write_encoded = parquet.ConfigWriter.write_encoded

    def cut_encoded(self, encoded, keyed_hashes):
        if isinstance(encoded, bytes):
            broken.append("encoded")
            encoded = encoded[: len(encoded) // 2]
        return write_encoded(self, encoded, keyed_hashes)

    monkeypatch.setattr(parquet.ConfigWriter, "write_encoded", cut_encoded)
    (seeds / "zz-another-capture.txt").write_bytes(sorted(seeds.iterdir())[2].read_bytes() + b"\n<!-- again -->\n")
    build(seeds, tmp_path / "out", jobs=1, progress=False, cache_dir=cache)
    assert broken, "no cached row group was offered"
    assert tree_bytes(tmp_path / "out") == tree_bytes(_build_clean(seeds, tmp_path / "clean"))
