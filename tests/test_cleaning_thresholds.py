"""The cleaning steps' numeric thresholds live in one data file (data/cleaning_thresholds.toml), each read by the
module it names and checked when read — as the annotation rules' (tests/test_thresholds.py)."""

import re
import tomllib
from importlib import resources
from pathlib import Path

import pytest

from imcovid.clean import thresholds
from imcovid.clean.thresholds import CleaningDataError, parse_thresholds, threshold

CLEAN = Path(thresholds.__file__).parent
CALL = re.compile(r'threshold\("(\w+)", "(\w+)"\)')


def _file_keys():
    text = resources.files("imcovid").joinpath("data/cleaning_thresholds.toml").read_text(encoding="utf-8")
    return {(module, key) for module, table in tomllib.loads(text).items() for key in table}


def _code_keys():
    keys = set()
    for path in CLEAN.glob("*.py"):
        for module, key in CALL.findall(path.read_text(encoding="utf-8")):
            assert module == path.stem, f"{path.name} reads another module's threshold [{module}] {key}"
            keys.add((module, key))
    return keys


def test_every_threshold_in_the_file_is_read_by_its_module_and_every_read_one_is_in_the_file():
    assert _file_keys() == _code_keys()


def test_the_module_constants_hold_the_files_values():
    from imcovid.clean import article, html, script
    assert article._SUBTITLE_MAX == threshold("article", "subtitle_max") == 40
    assert html._LONGEST_CENTRED_CAPTION == threshold("html", "longest_centred_caption")
    assert script._MIN_SHARE == threshold("script", "min_share") == 0.03


@pytest.mark.parametrize("text, message", [
    ("[script]\nmin_changed = 0\n", "not a positive integer"),
    ("[script]\nmin_changed = 2.5\n", "not a positive integer"),
    ("[script]\nmin_changed = true\n", "not a positive integer"),
    ("[script]\nmin_share = 1.5\n", "not a share between 0 and 1"),
    ("[script]\nmin_share = 0\n", "not a share between 0 and 1"),
    ("[script]\nmin_share = \"0.03\"\n", "not a share between 0 and 1"),
    ("min_changed = 3\n", "must be a table"),
    ("[script]\n", "must be a table"),
    ("[script\nmin_changed = 3\n", "cleaning_thresholds.toml"),
])
def test_a_bad_thresholds_file_is_an_error_that_names_the_entry(text, message):
    with pytest.raises(CleaningDataError, match=message):
        parse_thresholds(text)


def test_a_threshold_the_file_lacks_is_an_error_naming_it():
    with pytest.raises(CleaningDataError, match=r"\[script\] no_such_key"):
        threshold("script", "no_such_key")


# Constants that are no threshold of a step: the size of a read (which cannot change a record's text).
NOT_THRESHOLDS = {("article", "BODY_KEYS_MAX_BYTES")}


def test_no_cleaning_module_keeps_a_numeric_threshold_in_its_code():
    literal = re.compile(r"^(_?[A-Z][A-Z0-9_]*) = [\d_]+(?:\.\d+)?(?:\s*[*+]\s*[\d_]+)*\s*(?:#.*)?$", re.M)
    kept = {(path.stem, name) for path in CLEAN.glob("*.py") for name in literal.findall(path.read_text("utf-8"))}
    assert kept <= NOT_THRESHOLDS, f"move these to data/cleaning_thresholds.toml: {sorted(kept - NOT_THRESHOLDS)}"
