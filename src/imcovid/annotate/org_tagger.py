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

from imcovid.annotate.tagger import SOURCE, _model, words
from imcovid.annotate.wordlists import threshold

__all__ = ["SOURCE", "WINDOW", "tagged_spans", "window_ending_at"]

_ORG = "ORG"
# Characters of a window: enough for LAC to see a name of up to ten characters and the words around it.
WINDOW = threshold("org_tagger", "window")
# A line break is a sentence's end to LAC, which never saw one in training (it would read it into the name after it).
_AS_SENTENCE_END = str.maketrans({"\n": "。", "\r": "。"})


@lru_cache(maxsize=1)
def _org_labels() -> np.ndarray:
    """label → is ORG-B or ORG-I (for the test of whether a row needs decoding at all)."""
    return np.array([label.startswith(_ORG + "-") for label in _model().labels])


# Characters a window reaches past the point where a name would end (the word after it tells LAC where it ends).
_AFTER = threshold("org_tagger", "after")


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
    org = _org_labels()
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
        for row, path in zip(rows.tolist(), model.decode(scores[rows])):
            start = windows[group[row]][0]
            found[group[row]] += [(start + i, start + j) for i, j, kind in words([model.labels[k] for k in path])
                                  if kind == _ORG]
    return found
