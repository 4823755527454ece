"""Issue 16, session 8: what a rebuild with a cache no longer imports — ``datasets`` (its three facts kept in the
cache: :func:`imcovid.cache.load_hf_features`) and the harvest package (no origins manifest) — and that the bytes
stay those of a clean build."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from imcovid.cache import load_hf_features
from imcovid.models import RECORD_MODELS
from imcovid.publish import arrow, card

from conftest import CORPUS, seed_sources


def tree_bytes(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(autouse=True)
def _nothing_installed():
    arrow.uninstall()
    yield
    arrow.uninstall()


def _asked_of_datasets() -> dict:
    """What ``datasets`` itself says, for every config: the schema's metadata, the card's features and types."""
    import datasets

    out = {}
    for config in RECORD_MODELS:
        features = datasets.Features.from_arrow_schema(arrow.plain_schema(config))
        meta = json.dumps({"info": {"features": features.to_dict()}}, sort_keys=True).encode()
        read_back = datasets.Features.from_arrow_schema(arrow.plain_schema(config).with_metadata({b"huggingface": meta}))
        out[config] = (meta, read_back._to_yaml_list(), {n: (repr(f), type(f).__name__) for n, f in read_back.items()})
    return out


def test_the_derived_facts_are_what_datasets_says():
    truth = _asked_of_datasets()
    derived = arrow.derive()
    assert derived["info_fields"], "the card's dataset_info could not be checked against datasets"
    for config, (meta, yaml_list, types) in truth.items():
        assert derived[config]["meta"] == meta
        assert derived[config]["yaml"] == yaml_list
        assert derived[config]["types"] == types


@pytest.mark.parametrize("config", sorted(RECORD_MODELS))
@pytest.mark.parametrize("numbers", [(0, 0, 0), (6571363, 5000, 2889481), (1, 2**40, 3)])
def test_installed_facts_give_the_same_schema_card_info_and_types(config, numbers):
    """Same schema bytes, the same dataset_info (keys in the same order: compared as JSON text) and the same type
    cells as asking ``datasets``, for any sizes."""
    import datasets

    arrow.arrow_schema.cache_clear()
    schema = arrow.arrow_schema(config)
    num_bytes, num_examples, download = numbers
    info = datasets.DatasetInfo(features=arrow.hf_features(config), config_name=config,
                                splits=datasets.SplitDict({"train": datasets.SplitInfo(
                                    "train", num_bytes=num_bytes, num_examples=num_examples)}),
                                download_size=download, dataset_size=num_bytes)
    table = card.field_table(config)
    assert arrow.dataset_info(config, "train", num_bytes, num_examples, download) is None  # nothing installed
    arrow.install(arrow.derive())
    arrow.arrow_schema.cache_clear()
    assert arrow.arrow_schema(config).equals(schema, check_metadata=True)
    assert arrow.arrow_schema(config).metadata == schema.metadata
    assert json.dumps(arrow.dataset_info(config, "train", num_bytes, num_examples, download)) == \
        json.dumps(info._to_yaml_dict())
    assert card.field_table(config) == table
    arrow.arrow_schema.cache_clear()


@pytest.mark.parametrize("garbage", [None, [], {"articles": {}}, {c: {"meta": "text"} for c in RECORD_MODELS}])
def test_install_refuses_what_derive_does_not_make(garbage):
    with pytest.raises(TypeError):
        arrow.install(garbage)
    assert not arrow.installed()


def test_the_facts_are_kept_in_the_cache_and_a_damaged_copy_is_derived_again(tmp_path, monkeypatch):
    made = []
    real = arrow.derive
    monkeypatch.setattr(arrow, "derive", lambda: made.append(1) or real())
    assert load_hf_features(tmp_path) is False and len(made) == 1 and arrow.installed()
    first = arrow._DERIVED
    arrow.uninstall()
    assert load_hf_features(tmp_path) is True and len(made) == 1 and arrow._DERIVED == first
    arrow.uninstall()
    for entry in (p for p in (tmp_path / "metadata").rglob("*") if p.is_file()):
        data = bytearray(entry.read_bytes())
        data[-3] ^= 0xFF
        entry.write_bytes(bytes(data))
    assert load_hf_features(tmp_path) is False and len(made) == 2 and arrow._DERIVED == first
    # Another version of datasets is another key: derived again, not served the old copy.
    arrow.uninstall()
    monkeypatch.setattr(arrow, "derived_key", lambda: "hf-features-1\0datasets==0.0-other\0schemas")
    assert load_hf_features(tmp_path) is False and len(made) == 3


_PROBE = """
import sys
from pathlib import Path
from imcovid.pipeline import build
build(Path(sys.argv[1]), Path(sys.argv[2]), jobs=1, progress=False, cache_dir=Path(sys.argv[3]))
heavy = sorted(m for m in ("datasets", "pandas", "imcovid.harvest") if m in sys.modules)
print("IMPORTED", ",".join(heavy))
"""


def test_a_rebuild_with_a_cache_imports_neither_datasets_nor_the_harvest_and_equals_a_clean_build(tmp_path):
    """A fresh process, as `imcovid build` runs: the first (cold) build asks ``datasets`` and keeps the answer; the
    rebuild, with one post changed, never imports ``datasets`` or the harvest package, and both equal clean builds."""
    from imcovid.pipeline import build

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for path in [*(p for p in seed_sources() if p.suffix == ".txt"), *sorted(CORPUS.iterdir())[:6]]:
        shutil.copy2(path, seeds / path.name)
    cache = tmp_path / "cache"

    def run(out: str) -> str:
        done = subprocess.run([sys.executable, "-c", _PROBE, str(seeds), str(tmp_path / out), str(cache)],
                              capture_output=True, text=True, check=True)
        return done.stdout.strip().splitlines()[-1]

    assert run("cold").startswith("IMPORTED")
    build(seeds, tmp_path / "clean-1", jobs=1, progress=False)
    assert tree_bytes(tmp_path / "cold") == tree_bytes(tmp_path / "clean-1")
    post = sorted(seeds.glob("*.txt"))[0]
    post.write_bytes(post.read_bytes() + b"\n<!-- changed -->\n")
    imported = run("warm")
    assert "datasets" not in imported and "imcovid.harvest" not in imported, imported
    build(seeds, tmp_path / "clean-2", jobs=1, progress=False)
    assert tree_bytes(tmp_path / "warm") == tree_bytes(tmp_path / "clean-2")
