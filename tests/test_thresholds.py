"""The annotation rules' numeric thresholds live in one data file (data/annotation_thresholds.toml), each read by the
module it names and checked when read."""

import re
import tomllib
from importlib import resources
from pathlib import Path

import pytest

from imcovid.annotate import wordlists
from imcovid.annotate.wordlists import WordListError, parse_thresholds, threshold

ANNOTATE = Path(wordlists.__file__).parent
CALL = re.compile(r'threshold\("(\w+)", "(\w+)"\)')


def _file_keys():
    text = resources.files("imcovid").joinpath("data/annotation_thresholds.toml").read_text(encoding="utf-8")
    return {(module, key) for module, table in tomllib.loads(text).items() for key in table}


def _code_keys():
    keys = set()
    for path in ANNOTATE.glob("*.py"):
        for module, key in CALL.findall(path.read_text(encoding="utf-8")):
            assert module == path.stem, f"{path.name} reads another module's threshold [{module}] {key}"
            keys.add((module, key))
    return keys


def test_every_threshold_in_the_file_is_read_by_its_module_and_every_read_one_is_in_the_file():
    assert _file_keys() == _code_keys()


def test_a_module_constant_holds_the_files_value():
    from imcovid.annotate import lexicon, organizations
    assert lexicon._COMMON_MIN == threshold("lexicon", "common_min")
    assert organizations._MIN_FIRM_CUES == threshold("organizations", "min_firm_cues")


@pytest.mark.parametrize("text, message", [
    ("[persons]\nspeaker_min = 0\n", "not a positive integer"),
    ("[persons]\nspeaker_min = 2.5\n", "not a positive integer"),
    ("[persons]\nspeaker_min = true\n", "not a positive integer"),
    ("[persons]\nspeaker_min = \"3\"\n", "not a positive integer"),
    ("speaker_min = 3\n", "must be a table"),
    ("[persons]\n", "must be a table"),
    ("[persons\nspeaker_min = 3\n", "annotation_thresholds.toml"),
])
def test_a_bad_thresholds_file_is_an_error_that_names_the_entry(text, message):
    with pytest.raises(WordListError, match=message):
        parse_thresholds(text)


def test_a_threshold_the_file_lacks_is_an_error_naming_it():
    with pytest.raises(WordListError, match=r"\[persons\] no_such_key"):
        threshold("persons", "no_such_key")


# Constants that are no threshold of a rule: a fact of Unicode and the tagger's batch size (which cannot change a label).
NOT_THRESHOLDS = {("measure_model", "_BITS"), ("tagger", "_BATCH_ROWS")}


def test_no_rule_module_keeps_a_numeric_threshold_in_its_code():
    # (a number, 10_000, or a product of numbers, 8 * 7)
    literal = re.compile(r"^(_?[A-Z][A-Z0-9_]*) = [\d_]+(?:\.\d+)?(?:\s*[*+]\s*[\d_]+)*\s*(?:#.*)?$", re.M)
    kept = {(path.stem, name) for path in ANNOTATE.glob("*.py") for name in literal.findall(path.read_text("utf-8"))}
    assert kept <= NOT_THRESHOLDS, f"move these to data/annotation_thresholds.toml: {sorted(kept - NOT_THRESHOLDS)}"
