"""The learned MEASURE code proposer (imcovid.annotate.measure_model) and its training (imcovid.measure_training)."""

import json
from datetime import date

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from imcovid import evaluate_measures as em
from imcovid.annotate import annotate
from imcovid.annotate import measure_model as mm
from imcovid.annotate.measures import code_statement, find_measures, statement_spans
from imcovid.version import PROJECT_ROOT


def _naive(model: mm.Model, weights: dict[str, np.ndarray], text: str, spans) -> np.ndarray:
    """The definition the fast scorer must equal: bias plus the weight of every n-gram occurrence of a statement."""
    out = np.tile(model.bias, (len(spans), 1))
    for row, (a, b) in enumerate(spans):
        for f in mm.features(text[a:b]):
            if f in weights:
                out[row] += weights[f]
    return out


_SMALL = ("# a two-code model\nthreshold\t0.5\ncodes\tA B\nbias\t-1 -2\n"
          "核\t0:0.5\n核酸\t0:1.25 1:-0.5\n隔离\t1:3\n离\t1:0.25\n\\t\t0:7\n")


def test_the_model_file_is_read_with_its_escapes():
    model = mm.parse(_SMALL)
    assert model.codes == ("A", "B") and model.threshold == 0.5
    assert list(model.bias) == [-1.0, -2.0]
    text = "核酸\t隔离"
    spans = [(0, 2), (2, 3), (3, 5)]
    assert np.allclose(model.scores(text, spans), [[-1 + 0.5 + 1.25, -2 - 0.5], [6, -2], [-1, -2 + 3 + 0.25]])
    assert model.propose(text, spans) == [["A"], ["A"], ["B"]]


@pytest.mark.parametrize("feature", ["a\tb", "x\\y", "line\nbreak", "\\t", "普通"])
def test_features_survive_the_tsv(feature):
    assert mm._unescape(mm._escape(feature)) == feature


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="核酸检测隔离封控小区居家，。、要严格\t\\ab", min_size=0, max_size=40), st.data())
def test_fast_scores_equal_the_sum_of_feature_weights(text, data):
    weights = {"核": np.array([0.5, 0.0]), "核酸": np.array([1.25, -0.5]), "隔离": np.array([0.0, 3.0]),
               "封控小": np.array([0.75, 0.125]), "\t": np.array([7.0, 0.0]), "a\\": np.array([0.0, -1.5])}
    model = mm.Model(("A", "B"), np.array([-1.0, -2.0]), weights, 0.5)
    cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=8)))
    spans = [(a, b) for a, b in zip(cuts[::2], cuts[1::2]) if a < b]
    # (disjoint and in order, as statements are)
    assert np.allclose(model.scores(text, spans), _naive(model, weights, text, spans))


def test_the_shipped_model_scores_statements_as_its_weights_say():
    model = mm.model()
    text = json.loads((PROJECT_ROOT / "tests/data/gold/000_589f45d3af4ee034.json").read_text(encoding="utf-8"))["text"]
    spans = [(a, b) for _, _, a, b in statement_spans(text)]
    weights = {}
    for line in (PROJECT_ROOT / "src/imcovid" / mm.MODEL).read_text(encoding="utf-8").split("\n")[8:]:
        if line:
            key, _, value = line.partition("\t")
            row = np.zeros(len(model.codes))
            for pair in value.split(" "):
                j, w = pair.split(":")
                row[int(j)] = float(w)
            weights[mm._unescape(key)] = row
    assert np.allclose(model.scores(text, spans), _naive(model, weights, text, spans))


@pytest.mark.parametrize("statement, code", [
    # An invented statement whose instrument no cue of data/measure_cues.tsv names: the model proposes the code.
    ("景区暂停接待游客", "C2"),
])
def test_the_model_proposes_codes_the_cue_table_does_not_name(statement, code):
    assert code in mm.model().propose(statement, [(0, len(statement))])[0]
    assert code not in code_statement(statement)
    text = f"严格落实健康码查验，{statement}。"  # (a text without any cue has no MEASURE: the model is not asked)
    found = [m for m in find_measures(text, [], []) if m["code"] == code]
    assert [(m["surface"], m["rule"]) for m in found] == [(statement, mm.RULE)]


@pytest.mark.parametrize("statement", ["今天天气晴朗", "他昨天去了北京", "会议听取了汇报"])
def test_the_model_proposes_nothing_for_narration(statement):
    assert mm.model().propose(statement, [(0, len(statement))]) == [[]]


def test_a_code_the_rules_named_in_the_sentence_is_left_to_them():
    # The model proposes CN-MASS-TESTING here too; the rules' mention (with the rules' span) is the only one.
    statement = "对辖区内居民开展全员核酸检测"
    assert "CN-MASS-TESTING" in mm.model().propose(statement, [(0, len(statement))])[0]
    text = f"为做好疫情防控工作，{statement}。"
    found = [m for m in find_measures(text, [], []) if m["code"] == "CN-MASS-TESTING"]
    assert len(found) == 1 and found[0]["rule"] != mm.RULE


def test_training_reads_only_development_posts():
    from imcovid import measure_training as mt

    read = set()
    for gold, _texts, split in mt.training_sets(PROJECT_ROOT):
        only, exclude = em.split_selection(split, "development") if split else (None, set())
        read |= {(gold, p.stem) for p in em._gold_files(gold, only, exclude)}
        if split:
            parts = json.loads(split.read_text(encoding="utf-8"))
            heldout = set(parts["heldout"]) | set(parts.get("exposed", ()))
            assert not heldout & {stem for g, stem in read if g == gold}
    statements, labels, articles = mt.training_examples(PROJECT_ROOT)
    assert articles == len(read) and len(statements) == len(labels)


def test_retraining_reproduces_the_model_file():
    """The committed weights are what `python -m imcovid.measure_training` gives from the committed gold: the same
    codes, features and weights (to the file's rounding; a weight at the pruning edge may fall either side)."""
    from imcovid import measure_training as mt

    retrained = mm.parse(mt.build(PROJECT_ROOT))
    shipped = mm.model()
    assert retrained.codes == shipped.codes and retrained.threshold == shipped.threshold
    assert np.allclose(retrained.bias, shipped.bias, atol=2e-4)

    def table(model):
        return {int(k): row for k, row in zip(model.keys, model.rows)}

    a, b = table(retrained), table(shipped)
    for key in a.keys() | b.keys():
        x, y = a.get(key, np.zeros(len(shipped.codes))), b.get(key, np.zeros(len(shipped.codes)))
        assert np.all(np.abs(x - y) <= np.where((x == 0) | (y == 0), mt.PRUNE + 2e-4, 2e-4)), key


def test_the_model_keeps_annotation_deterministic():
    text = json.loads((PROJECT_ROOT / "tests/data/gold/001_1b27c432805a107e.json").read_text(encoding="utf-8"))["text"]
    first = annotate(text, date(2021, 10, 25))
    assert first == annotate(text, date(2021, 10, 25))


def test_retraining_without_its_requirements_is_one_line_and_exit_2(monkeypatch, capsys, tmp_path):
    """A user without the test extra, or outside a clone (no development gold), gets one line, not a traceback."""
    import builtins

    import imcovid.version
    from imcovid import measure_training

    monkeypatch.setattr(imcovid.version, "PROJECT_ROOT", tmp_path)  # (main reads the project root from there)
    assert measure_training.main(["--check"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("imcovid.measure_training: the development gold is not here")

    real_import = builtins.__import__

    def no_sklearn(name, *args, **kwargs):
        if name == "sklearn" or name.startswith("sklearn."):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_sklearn)
    assert measure_training.main(["--check"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ['imcovid.measure_training: scikit-learn is not installed (pip install -e ".[test]" installs the pinned version)']


@pytest.mark.parametrize("argv", [["--chek"], ["--check", "--loso"], ["model.tsv"]])
def test_a_mistyped_option_is_one_line_and_exit_2_and_writes_nothing(argv, capsys):
    """A mistyped option must not fall through to retraining, which overwrites the shipped weights."""
    from imcovid import measure_training
    from imcovid.version import PROJECT_ROOT

    weights = PROJECT_ROOT / "src" / "imcovid" / measure_training.MODEL
    before = weights.read_bytes()
    assert measure_training.main(argv) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("imcovid.measure_training: unknown arguments")
    assert weights.read_bytes() == before
