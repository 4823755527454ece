"""Start-up cost of an annotating process (session 11): the MEASURE model's n-gram look-up without pandas.

``measure_model.KeyTable`` replaced a ``pandas.Index`` whose import cost every annotating process ~0.25 CPU-s. The
proposals must not move: they are compared here with the pandas look-up (pandas is a test dependency) on every
development text of the real gold sets and of the corpus gold; held-out posts are not read."""

import json
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from imcovid.annotate import measure_model as mm
from imcovid.annotate.measures import statement_spans
from imcovid.version import PROJECT_ROOT

DATA = PROJECT_ROOT / "tests" / "data"


def _development_texts() -> list[str]:
    """The cleaned text of every development post of the gold (a set without a split file is all development)."""
    texts = {}
    for folder in sorted(DATA.glob("real*")):
        split = folder / "split.json"
        # as evaluate_measures.split_selection reads it: development is everything but the held-out list
        heldout = set(json.loads(split.read_text(encoding="utf-8"))["heldout"]) if split.is_file() else set()
        for gold in ("gold", "gold-measures"):
            for path in sorted((folder / gold).glob("*.json")):
                if path.stem not in heldout:
                    texts[folder.name, path.stem] = path
    corpus = DATA / "gold-corpus"
    heldout = set((corpus / "HELDOUT").read_text(encoding="utf-8").split())
    for path in sorted(corpus.glob("*.json")):
        if path.stem not in heldout:
            texts["gold-corpus", path.stem] = path
    out = {json.loads(path.read_text(encoding="utf-8"))["text"] for path in texts.values()}
    return sorted(out)


class _PandasIndex:
    """The look-up the model used before: a pandas hash index over the same keys."""

    def __init__(self, keys):
        self.index = pd.Index(keys)

    def rows(self, keys):
        return self.index.get_indexer(keys)


@pytest.fixture(scope="module")
def models():
    new = mm.parse_shipped()
    old = mm.parse_shipped()
    old.index = _PandasIndex(old.keys)
    return new, old


def test_proposals_equal_the_pandas_lookup_on_every_development_text(models):
    new, old = models
    texts = _development_texts()
    assert len(texts) > 150  # the real sets' and the corpus gold's development posts
    proposed = 0
    for text in texts:
        spans = [(a, b) for _, _, a, b in statement_spans(text)]
        assert np.array_equal(new.scores(text, spans), old.scores(text, spans))
        codes = new.propose(text, spans)
        assert codes == old.propose(text, spans)
        proposed += sum(map(len, codes))
    assert proposed > 0


@pytest.mark.parametrize("keys", [
    [],
    [0],
    [5, 3, 9, 0, 2 ** 62 + 7, 2 ** 63 - 1],
    list(range(0, 4096, 16)),                  # keys that share their low bits
    [k << 42 for k in range(1, 300)],          # three-grams that differ only in their first character
])
def test_the_key_table_answers_as_a_pandas_index(keys):
    keys = np.array(keys, dtype=np.int64)
    table = mm.KeyTable(keys)
    probe = np.concatenate([keys, keys + 1, np.array([0, 1, 2 ** 63 - 1], dtype=np.int64)])
    probe = probe[probe >= 0]
    assert np.array_equal(table.rows(probe), pd.Index(keys).get_indexer(probe))


@settings(max_examples=60, deadline=None)
@given(st.sets(st.integers(0, 2 ** 63 - 1), max_size=300), st.lists(st.integers(0, 2 ** 63 - 1), max_size=100))
def test_the_key_table_answers_as_a_pandas_index_on_any_keys(keys, others):
    keys = np.array(sorted(keys), dtype=np.int64)
    probe = np.concatenate([keys, np.array(others, dtype=np.int64)])
    assert np.array_equal(mm.KeyTable(keys).rows(probe), pd.Index(keys).get_indexer(probe))


def test_the_shipped_table_holds_every_feature_once(models):
    new, _ = models
    assert np.array_equal(new.index.rows(new.keys), np.arange(len(new.keys)))
    assert (new.index.slot_keys != mm._EMPTY).sum() == len(new.keys)


def test_annotating_in_a_fresh_process_does_not_import_pandas():
    script = ("import sys\nfrom datetime import date\nfrom imcovid.annotate import annotate, measure_model\n"
              "m = annotate('呼和浩特市要求全市小区实行封闭管理，居民居家隔离，暂停堂食。', date(2022, 10, 1))\n"
              "assert measure_model.loaded() and any(x['type'] == 'MEASURE' for x in m), m\n"
              "print('pandas' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_record_models_are_built_on_first_use_not_at_import():
    """``defer_build``: importing the models builds no validator (a rebuild that validates nothing skips ~10 ms);
    the first validation builds it and validates as before (missing and unknown fields are still refused)."""
    script = ("import pydantic, imcovid.models as m\n"
              "ours = [c for c in vars(m).values() if isinstance(c, type) and issubclass(c, m._Strict)]\n"
              "print(len(ours), sum(c.__pydantic_complete__ for c in ours))\n"
              "try:\n    m.Credit.model_validate({'nonsense': 1})\nexcept pydantic.ValidationError as e:\n"
              "    print(' '.join(sorted(x['type'] for x in e.errors())))\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    counts, errors = out.stdout.splitlines()
    assert counts.split()[1] == "0" and int(counts.split()[0]) >= 10
    assert errors == "extra_forbidden missing missing"
