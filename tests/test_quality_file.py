"""data/quality.toml — the release's pooled held-out figures that the dataset card shows — is what the code in hand
measures on tests/data, for the version in hand: a rule change that moves a figure, or a version bump, fails here
until `python -m imcovid.quality --write` is run (docs/releasing.md)."""

import hashlib
from pathlib import Path

import pytest

from imcovid import quality
from imcovid.version import package_version

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def figures():
    return quality.measured(DATA)


def test_quality_file_is_what_the_code_measures(figures):
    # Compared by digest, so that a failure does not print the held-out figures of code in progress (they are read
    # once, when a release is cut).
    written = quality.QUALITY_FILE.read_bytes() if quality.QUALITY_FILE.is_file() else b""
    fresh = quality.render(figures, package_version()).encode("utf-8")
    stale = hashlib.sha256(written).hexdigest() != hashlib.sha256(fresh).hexdigest()
    assert not stale, "data/quality.toml is missing or stale: run `python -m imcovid.quality --write` (docs/releasing.md)"


def test_quality_file_reads_back(figures):
    loaded = quality.load()
    assert loaded is not None, "data/quality.toml is missing"
    assert loaded["release"] == package_version()
    assert (loaded["posts"], loaded["measure_posts"]) == (figures["posts"], figures["measure_posts"])
    for name, t in {**loaded["entities"], **loaded["measures"]}.items():
        assert not t["interval"] or 0 <= t["interval"][0] <= t["interval"][1] <= 1, name
        assert 0 <= t["f1"] <= 1, name
    assert set(loaded["measures"]) == set(quality.MEASURE_NAMES)


def test_card_section_shows_the_file(tmp_path, monkeypatch):
    from imcovid.publish import card

    fake = {"posts": 3, "measure_posts": 2, "level": 0.95, "text": {"mean": 0.99, "worst": 0.9},
            "entities": {k: {"f1": 0.5, "precision": 0.5, "recall": 0.5, "gold": 10, "matched": 5, "predicted": 10,
                             "interval": (0.25, 0.75)} for k in quality.ENTITY_TYPES},
            "measures": {k: {"f1": 0.4, "precision": 0.4, "recall": 0.4, "gold": 5, "matched": 2, "predicted": 5,
                             "interval": None} for k in quality.MEASURE_NAMES}}
    path = tmp_path / "quality.toml"
    path.write_text(quality.render(fake, "9.9.9"), encoding="utf-8")
    monkeypatch.setattr(quality, "QUALITY_FILE", path)
    section = card.quality_section()
    assert "| PERSON | 0.500 | 0.250–0.750 | 0.500 | 0.500 | 10 |" in section
    assert "| CASE_COUNT | 0.400 | – | 0.400 | 0.400 | 5 |" in section
    assert "on 3 held-out posts" in section and "release 9.9.9" in section
    monkeypatch.setattr(quality, "QUALITY_FILE", tmp_path / "missing.toml")
    assert "no `data/quality.toml`" in card.quality_section()


def test_quality_command_refuses_a_folder_without_gold(tmp_path, capsys):
    assert quality.main(["--data", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no real gold sets" in err
