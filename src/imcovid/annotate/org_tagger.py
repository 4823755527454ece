"""ORGANIZATION read by Baidu's LAC tagger (the model of ``tagger.py``, its ``ORG-B``/``ORG-I`` labels), on short
windows only.

LAC was trained on a large general corpus, not on this project's gold, so what it calls an organization is a judgement
that the rules, with their word lists, do not make. Its encoder costs some ten microseconds a character and a fixed
cost a call (measured on the build machine: whole articles would cost more than the rest of the annotation), so it
reads only a few fixed-length windows of an article, where a body's name may end and the rules found none
(``organizations.py`` chooses them and judges what LAC reads there: on the development posts of every real set, about
one window a post, 0.5 ms of CPU). All windows of an article have one length, so that they make one batch, one call
of the encoder; batches never mix articles, so a rebuild gives the same labels whatever the number of workers.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from imcovid.annotate.tagger import SOURCE, _model

__all__ = ["SOURCE", "WINDOW", "tagged_spans", "window_ending_at"]

_ORG = "ORG"
# Characters of a window: enough for LAC to see a name of up to ten characters and the words around it.
WINDOW = 14
# A line break is a sentence's end to LAC, which never saw one in training (it would read it into the name after it).
_AS_SENTENCE_END = str.maketrans({"\n": "。", "\r": "。"})


@lru_cache(maxsize=1)
def _labels() -> tuple[np.ndarray, np.ndarray]:
    """(label → is ORG-B or ORG-I, label → continues a word: an "-I" label)."""
    model = _model()
    org = np.array([label.startswith(_ORG + "-") for label in model.labels])
    inside = np.array([label.endswith("-I") for label in model.labels])
    return org, inside


def _decode(scores: np.ndarray, transitions: np.ndarray) -> np.ndarray:
    """Best label path of each row (Viterbi over the CRF transitions), all rows at once, the walk back included."""
    rows, steps, _ = scores.shape
    best = scores[:, 0].copy()
    back = np.zeros((steps, rows, scores.shape[2]), dtype=np.int64)
    for t in range(1, steps):
        total = best[:, :, None] + transitions[None]
        back[t] = total.argmax(axis=1)
        best = total.max(axis=1) + scores[:, t]
    paths = np.zeros((rows, steps), dtype=np.int64)
    paths[:, -1] = best.argmax(axis=1)
    index = np.arange(rows)
    for t in range(steps - 1, 0, -1):
        paths[:, t - 1] = back[t, index, paths[:, t]]
    return paths


# Characters a window reaches past the point where a name would end (the word after it tells LAC where it ends).
_AFTER = 2


def window_ending_at(text: str, end: int) -> tuple[int, int]:
    """The window of ``WINDOW`` characters for a name that would end at ``end`` (shorter only in a shorter text)."""
    right = min(len(text), end + _AFTER)
    left = max(0, right - WINDOW)
    return left, min(len(text), left + WINDOW)


def tagged_spans(text: str, windows: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """For each (start, end) window of ``text``, the (start, end) offsets in ``text`` of the words LAC labels as an
    organization there. Windows of one length go to the encoder together; the others one length at a time."""
    found: list[list[tuple[int, int]]] = [[] for _ in windows]
    if not windows:
        return found
    model = _model()
    org, inside = _labels()
    by_length: dict[int, list[int]] = {}
    for i, (a, b) in enumerate(windows):
        if b > a:  # an empty window holds no name, and the encoder aborts the process on a zero-length row
            by_length.setdefault(b - a, []).append(i)
    for length in sorted(by_length):
        group = by_length[length]
        scores = model.emissions([text[a:b].translate(_AS_SENTENCE_END) for a, b in (windows[i] for i in group)])
        # A row where every character's best ORG score falls short of its best score by more than the decoding
        # margin has no organization on its best path (the argument of tagger._tag_batch for persons).
        gap = scores.max(axis=2) - scores[:, :, org].max(axis=2)
        rows = np.flatnonzero((gap <= model.decode_margin).any(axis=1))
        if not len(rows):
            continue
        paths = _decode(scores[rows], model.transitions)
        for row, path in zip(rows.tolist(), paths):
            start = windows[group[row]][0]
            # Words as the package reads them: a word runs on over every following "-I" label whatever its type, and
            # takes the type of its first label.
            labels = path.tolist()
            i = 0
            while i < len(labels):
                j = i + 1
                while j < len(labels) and inside[labels[j]]:
                    j += 1
                if org[labels[i]]:
                    found[group[row]].append((start + i, start + j))
                i = j
    return found
