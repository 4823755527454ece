"""data/quality.toml — the release's pooled held-out figures that the dataset card shows — is what the code in hand
measures on tests/data, for the version in hand: a rule change that moves a figure, or a version bump, fails here
until `python -m imcovid.quality --write` is run (docs/releasing.md)."""

from pathlib import Path

import pytest

from imcovid import quality
from imcovid.version import package_version

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def figures():
    return quality.measured(DATA)


def test_quality_file_is_what_the_code_measures(figures):
    written = quality.QUALITY_FILE.read_text(encoding="utf-8")
    assert written == quality.render(figures, package_version()), \
        "data/quality.toml is stale: run `python -m imcovid.quality --write` (docs/releasing.md)"


def test_quality_file_reads_back(figures):
    loaded = quality.load()
    assert loaded["release"] == package_version()
    assert loaded["posts"] == figures["posts"] and loaded["measure_posts"] == figures["measure_posts"]
    for name, t in loaded["entities"].items():
        low, high = t["interval"]
        assert 0 <= low <= high <= 1 and 0 <= t["f1"] <= 1, name
    assert set(loaded["measures"]) == set(quality.MEASURE_NAMES)


def test_quality_command_refuses_a_folder_without_gold(tmp_path, capsys):
    assert quality.main(["--data", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no real gold sets" in err
