"""A learned proposer of MEASURE codes for the statements the cue table does not reach (issue 15, fifth session).

Why: on posts no rule had seen, the cue table misses whole statements (release 7.0.0 on real-5: code recall 0.40;
8.0.0 on real-6: 0.60), and rules written from development sentences did not generalize to held-out posts. A linear
model over character n-grams, trained on the development gold of every real set, generalizes by wording classes
rather than by listed phrases: added to an older release's rules on a set they had not seen, it lifted MEASURE code
F1 (7.0.0 on real-5 0.462 → 0.556, 8.0.0 on real-6 0.671 → 0.706; ``docs`` of the branch give the method).

What: one logistic regression per code (one-vs-rest) over the binary character 1–3-grams of a statement (a clause
cut as the rules cut it). Only the code comes from the model: action, place, targeted flag and mode are decided by
the rules of ``measures.py``, and a code is proposed only where the rules found none of it in the sentence. The
weights are a data file (``data/measure_model.tsv``) written by ``imcovid.measure_training`` from the development
gold named in ``data/measure_model_training.tsv`` (``python -m imcovid.measure_training`` retrains it with
scikit-learn, a test dependency only: scoring needs numpy alone); a test checks that retraining reproduces the file.
"""

from __future__ import annotations

from importlib import resources

import numpy as np

from imcovid.annotate.process_copy import ProcessCopy

MODEL = "data/measure_model.tsv"
TRAINING = "data/measure_model_training.tsv"
RULE = "measure.model"
_NGRAMS = (1, 2, 3)


def features(statement: str) -> list[str]:
    """The statement's character n-grams (1–3), every occurrence: the model's features are their counts. The same
    function feeds the training (scikit-learn's vectorizer, ``analyzer=features``); the scoring counts the same
    n-grams over the whole text at once (:meth:`Model.scores`)."""
    return [statement[i:i + n] for n in _NGRAMS for i in range(len(statement) - n + 1)]


_BITS = 21  # a Unicode code point fits in 21 bits: an n-gram of up to three is one 63-bit integer


def _keys(points: np.ndarray, n: int) -> np.ndarray:
    """The integer key of every n-gram of a code-point array (position i: points[i:i + n])."""
    keys = points[:len(points) - n + 1].copy()
    for k in range(1, n):
        keys = (keys << _BITS) | points[k:len(points) - n + 1 + k]
    return keys


class Model:
    """One logistic regression per code over n-gram counts, read from the model file. Scoring a text looks every
    n-gram of it up at once (one table of integer keys: an n-gram of n code points is one integer, and keys of
    different lengths cannot collide) and adds the weights of the known ones to their statements, so that
    all statements of a text are scored in a few array operations."""

    def __init__(self, codes: tuple[str, ...], bias: np.ndarray, weights: dict[str, np.ndarray], threshold: float):
        self.codes, self.bias, self.threshold = codes, bias, threshold
        grams = sorted(weights)
        keys = np.array([int(_keys(_points(g), len(g))[0]) for g in grams], dtype=np.int64)
        order = np.argsort(keys, kind="stable")
        self.keys = keys[order]
        self.rows = np.array([weights[grams[i]] for i in order]).reshape(len(grams), len(codes))
        # A hash table of the keys: one exact look-up per n-gram of a text, in array operations (a binary search is
        # 4x slower; pandas' hash index is as fast but its import costs every annotating process ~0.25 CPU-s).
        self.index = KeyTable(self.keys)

    def scores(self, text: str, spans: list[tuple[int, int]]) -> np.ndarray:
        """(spans × codes) log-odds of the statements text[a:b] (``spans`` sorted and disjoint)."""
        out = np.tile(self.bias, (len(spans), 1))
        points = _points(text)
        if not spans or not len(self.keys) or not len(points):
            return out
        grams, starts, sizes = [], [], []
        for n in _NGRAMS:
            if len(points) >= n:
                grams.append(_keys(points, n))
                starts.append(np.arange(len(points) - n + 1))
                sizes.append(np.full(len(points) - n + 1, n))
        grams, starts, sizes = np.concatenate(grams), np.concatenate(starts), np.concatenate(sizes)
        at = self.index.rows(grams)
        known = at >= 0
        at, starts, sizes = at[known], starts[known], sizes[known]
        span_starts = np.array([a for a, _ in spans])
        span_ends = np.array([b for _, b in spans])
        # The statement each n-gram starts in, and whether it also ends in it.
        owner = np.searchsorted(span_starts, starts, side="right") - 1
        inside = (owner >= 0) & (starts + sizes <= span_ends[np.maximum(owner, 0)])
        owner, at = owner[inside], at[inside]
        if len(owner):
            # Sum the weight rows per statement: group the n-grams by statement, then one sum per group.
            order = np.argsort(owner, kind="stable")
            owner, at = owner[order], at[order]
            first = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])
            out[owner[first]] += np.add.reduceat(self.rows[at], first, axis=0)
        return out

    def propose(self, text: str, spans: list[tuple[int, int]]) -> list[list[str]]:
        """For each statement text[a:b], the codes whose probability reaches the threshold, in the model's order."""
        if not spans:
            return []
        logit = np.log(self.threshold / (1 - self.threshold))
        out: list[list[str]] = [[] for _ in spans]
        for i, j in zip(*np.nonzero(self.scores(text, spans) >= logit)):
            out[i].append(self.codes[j])
        return out


# Two odd 64-bit multipliers (the golden ratio's, as in Fibonacci hashing, and one of xxhash's primes): the top bits of
# key × multiplier are a key's two candidate slots.
_MULTIPLIERS = (np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F))
_EMPTY = -1  # no key is negative: three 21-bit code points fill at most 63 bits


class KeyTable:
    """Integer keys → their positions, for whole arrays at once (a cuckoo hash table: every key sits in one of its two
    candidate slots, so a look-up reads both slots and compares, with no probing loop). Same answers as
    ``pandas.Index(keys).get_indexer`` on distinct non-negative keys: the key's position, or -1 for an unknown one."""

    def __init__(self, keys: np.ndarray):
        # At most a quarter of the slots used: placing never runs into a cycle in practice; if it did, a larger
        # table is tried (the result is the same table for the same keys: placement is in key order).
        bits = max(4, (4 * len(keys) - 1).bit_length())
        while (table := _place(keys, bits)) is None:
            bits += 1
        self.shift = np.uint64(64 - bits)
        self.slot_keys, self.slot_rows = table

    def rows(self, keys: np.ndarray) -> np.ndarray:
        first, second = _candidates(keys, self.shift)
        out = np.where(self.slot_keys[first] == keys, self.slot_rows[first], -1)
        there = self.slot_keys[second] == keys
        out[there] = self.slot_rows[second[there]]
        return out


def _candidates(keys: np.ndarray, shift: np.uint64) -> tuple[np.ndarray, np.ndarray]:
    unsigned = keys.astype(np.uint64)
    return tuple((unsigned * m >> shift).astype(np.intp) for m in _MULTIPLIERS)


def _place(keys: np.ndarray, bits: int) -> tuple[np.ndarray, np.ndarray] | None:
    """The slots (key, position) of a table of 2**bits slots, or None if the keys cannot all be placed."""
    first, second = (c.tolist() for c in _candidates(keys, np.uint64(64 - bits)))
    slot = [_EMPTY] * (1 << bits)  # the position of the key in each slot
    for row in range(len(keys)):
        # Put the key in its first slot; a key pushed out moves to its other slot, and so on.
        moving, at = row, first[row]
        for _ in range(len(keys) + 1):
            slot[at], moving = moving, slot[at]
            if moving == _EMPTY:
                break
            at = second[moving] if at == first[moving] else first[moving]
        else:
            return None
    rows = np.array(slot, dtype=np.intp)
    slot_keys = np.full(len(rows), _EMPTY, dtype=np.int64)
    slot_keys[rows != _EMPTY] = keys[rows[rows != _EMPTY]]
    return slot_keys, rows


def _points(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)


def model_bytes() -> bytes:
    """The weights file as shipped in the package (what the model is parsed from, and what a stored copy is keyed by)."""
    return resources.files("imcovid").joinpath(MODEL).read_bytes()


def parse_shipped() -> Model:
    """The shipped weights file parsed (no memo: :data:`COPY` keeps the process's model)."""
    # As the text file it is read as everywhere (universal newlines), so that the model does not depend on the way in.
    return parse(model_bytes().decode("utf-8").replace("\r\n", "\n").replace("\r", "\n"))


# The model of this process: parsed on first use, or installed from a stored copy. A worker forked for one new post
# of a rebuild took 0.1–0.15 s to parse the weights' 15,000 lines: a build with a cache keeps the parsed model there
# (:func:`imcovid.cache.load_models`, keyed by the weights file's bytes) and installs it.
COPY: ProcessCopy[Model] = ProcessCopy(Model, "measure model", lambda: parse_shipped())
model = COPY.get
loaded = COPY.loaded
install = COPY.install


def parse(text: str) -> Model:
    """The model file: ``#`` comment lines, ``threshold<TAB>t``, ``codes<TAB>c1 c2 …``, ``bias<TAB>b1 b2 …``, then
    one line per feature: ``feature<TAB>j:w j:w …`` (the code's column and the weight, non-zero weights only)."""
    codes: tuple[str, ...] = ()
    bias = np.zeros(0)
    threshold = 0.5
    weights: dict[str, np.ndarray] = {}
    for line in text.split("\n"):
        if not line or line.startswith("#"):
            continue
        key, _, value = line.partition("\t")
        if key == "threshold" and not codes:
            threshold = float(value)
        elif key == "codes" and not codes:
            codes = tuple(value.split(" "))
        elif key == "bias" and not weights:
            bias = np.array([float(v) for v in value.split(" ")])
        else:
            row = np.zeros(len(codes))
            for pair in value.split(" "):
                j, w = pair.split(":")
                row[int(j)] = float(w)
            weights[_unescape(key)] = row
    return Model(codes, bias, weights, threshold)


# Features are written escaped so that a tab, a line break or a backslash inside an n-gram survive the TSV.
def _escape(feature: str) -> str:
    return feature.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def _unescape(feature: str) -> str:
    out, i = [], 0
    while i < len(feature):
        if feature[i] == "\\" and i + 1 < len(feature):
            out.append({"t": "\t", "n": "\n", "r": "\r"}.get(feature[i + 1], feature[i + 1]))
            i += 2
        else:
            out.append(feature[i])
            i += 1
    return "".join(out)
