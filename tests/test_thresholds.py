"""The numeric thresholds of the annotation rules (data/annotation_thresholds.toml) and of the cleaning steps
(data/cleaning_thresholds.toml) live in data files, each read by the module it names and checked when read
(imcovid.thresholds): a test fails on a threshold written in a module's code, or on one a file holds that no module
reads."""

import re
import tomllib
from importlib import resources
from pathlib import Path

import pytest

from imcovid.annotate import wordlists
from imcovid.annotate.wordlists import WordListError
from imcovid.clean import thresholds as clean_thresholds
from imcovid.clean.thresholds import CleaningDataError

CALL = re.compile(r'threshold\("(\w+)", "(\w+)"\)')
# stage: (its data file, its modules' folder, its parser, its look-up, its error)
STAGES = {
    "annotation": ("annotation_thresholds", Path(wordlists.__file__).parent, wordlists.parse_thresholds,
                   wordlists.threshold, WordListError),
    "cleaning": ("cleaning_thresholds", Path(clean_thresholds.__file__).parent, clean_thresholds.parse_thresholds,
                 clean_thresholds.threshold, CleaningDataError),
}
# Constants that are no threshold: a fact of Unicode, the tagger's batch size (which cannot change a label), the size
# of a read in the cleaning (which cannot change a record's text).
NOT_THRESHOLDS = {("measure_model", "_BITS"), ("tagger", "_BATCH_ROWS"), ("result", "BODY_KEYS_MAX_BYTES")}


def _file_keys(name):
    text = resources.files("imcovid").joinpath(f"data/{name}.toml").read_text(encoding="utf-8")
    return {(module, key) for module, table in tomllib.loads(text).items() for key in table}


def _code_keys(folder):
    keys = set()
    for path in folder.glob("*.py"):
        for module, key in CALL.findall(path.read_text(encoding="utf-8")):
            assert module == path.stem, f"{path.name} reads another module's threshold [{module}] {key}"
            keys.add((module, key))
    return keys


@pytest.mark.parametrize("stage", STAGES)
def test_every_threshold_in_the_file_is_read_by_its_module_and_every_read_one_is_in_the_file(stage):
    name, folder, *_ = STAGES[stage]
    assert _file_keys(name) == _code_keys(folder)


def test_a_module_constant_holds_the_files_value():
    from imcovid.annotate import lexicon, organizations
    from imcovid.clean import article, html, script
    assert lexicon._COMMON_MIN == wordlists.threshold("lexicon", "common_min")
    assert organizations._MIN_FIRM_CUES == wordlists.threshold("organizations", "min_firm_cues")
    assert article._SUBTITLE_MAX == clean_thresholds.threshold("article", "subtitle_max") == 40
    assert html._LONGEST_CENTRED_CAPTION == clean_thresholds.threshold("html", "longest_centred_caption")
    assert script._MIN_SHARE == clean_thresholds.threshold("script", "min_share") == 0.03


@pytest.mark.parametrize("stage", STAGES)
@pytest.mark.parametrize("text, message", [
    ("[persons]\nspeaker_min = 0\n", "not a positive integer"),
    ("[persons]\nspeaker_min = 2.5\n", "not a positive integer"),
    ("[persons]\nspeaker_min = true\n", "not a positive integer"),
    ("[persons]\nspeaker_min = \"3\"\n", "not a positive integer"),
    ("[script]\nmin_share = 1.5\n", "not a share between 0 and 1"),
    ("[script]\nmin_share = 0\n", "not a share between 0 and 1"),
    ("[script]\nmin_share = \"0.03\"\n", "not a share between 0 and 1"),
    ("speaker_min = 3\n", "must be a table"),
    ("[persons]\n", "must be a table"),
    ("[persons\nspeaker_min = 3\n", "_thresholds.toml"),
])
def test_a_bad_thresholds_file_is_an_error_that_names_the_entry(stage, text, message):
    name, _, parse, _, error = STAGES[stage]
    with pytest.raises(error, match=message) as raised:
        parse(text)
    assert name in str(raised.value)


@pytest.mark.parametrize("stage", STAGES)
def test_a_threshold_the_file_lacks_is_an_error_naming_it(stage):
    name, _, _, look_up, error = STAGES[stage]
    with pytest.raises(error, match=rf"{name}\.toml has no \[persons\] no_such_key"):
        look_up("persons", "no_such_key")


@pytest.mark.parametrize("stage", STAGES)
def test_no_module_keeps_a_numeric_threshold_in_its_code(stage):
    name, folder, *_ = STAGES[stage]
    # (a number, 10_000, or a product of numbers, 8 * 7)
    literal = re.compile(r"^(_?[A-Z][A-Z0-9_]*) = [\d_]+(?:\.\d+)?(?:\s*[*+]\s*[\d_]+)*\s*(?:#.*)?$", re.M)
    kept = {(path.stem, constant) for path in folder.glob("*.py") for constant in literal.findall(path.read_text("utf-8"))}
    assert kept <= NOT_THRESHOLDS, f"move these to data/{name}.toml: {sorted(kept - NOT_THRESHOLDS)}"
