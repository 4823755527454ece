"""The LAC stage of ORGANIZATION (annotate/org_tagger.py): its decoding is the tagger's, its windows have one length,
its answers do not depend on the other windows of the batch, and the gates that keep them are the rules' own."""

from __future__ import annotations

import numpy as np
import pytest

from imcovid.annotate import _annotate, annotate
from imcovid.annotate.org_tagger import WINDOW, tagged_spans, window_ending_at
from imcovid.annotate.organizations import ANNOTATOR, _tagged_name
from imcovid.annotate.tagger import SOURCE as TAGGER
from imcovid.annotate.tagger import _model


def test_vectorised_decoding_is_the_taggers():
    model = _model()
    text = "据农业部通知，本周起恢复。该中心与晨曦少儿艺术培训中心合作。眼下，每一位蒙牛乳业员工都在岗位上。"
    pieces = [text[i : i + WINDOW] for i in range(0, len(text) - WINDOW)]
    scores = model.emissions(pieces)
    assert _walk_back_row_by_row(scores, model.transitions) == model.decode(scores)


def _walk_back_row_by_row(scores, transitions):
    """The Viterbi path of each row with the walk back done one row at a time (the tagger's former decoder)."""
    rows, steps, _ = scores.shape
    best = scores[:, 0].copy()
    back = np.zeros((steps, rows, scores.shape[2]), dtype=np.int64)
    for t in range(1, steps):
        total = best[:, :, None] + transitions[None]
        back[t] = total.argmax(axis=1)
        best = total.max(axis=1) + scores[:, t]
    paths = []
    for row in range(rows):
        label = int(best[row].argmax())
        path = [label]
        for t in range(steps - 1, 0, -1):
            label = int(back[t, row, label])
            path.append(label)
        paths.append(path[::-1])
    return paths


@pytest.mark.parametrize("length, end, expected", [
    (100, 50, (38, 52)),  # two characters past the end, the rest before it
    (100, 99, (86, 100)),  # at the text's end: the window slides left
    (100, 3, (0, 14)),  # at its start: the window keeps its length
    (9, 5, (0, 9)),  # a text shorter than a window: the whole text
])
def test_windows_have_one_length(length, end, expected):
    assert window_ending_at("字" * length, end) == expected


def test_a_windows_answer_does_not_depend_on_the_others():
    text = "据农业部通知，本周起恢复。该中心与晨曦少儿艺术培训中心合作。"
    windows = [window_ending_at(text, text.index("农业部") + 3), window_ending_at(text, len(text) - 3)]
    together = tagged_spans(text, windows)
    alone = [tagged_spans(text, [w])[0] for w in windows]
    assert together == alone
    assert [text[a:b] for a, b in together[0]] == ["农业部"]


def test_a_line_break_is_no_part_of_a_name():
    text = "李先生说。\n农业部表示，将恢复。"
    [spans] = tagged_spans(text, [window_ending_at(text, text.index("农业部") + 3)])
    assert all("\n" not in text[a:b] for a, b in spans)


@pytest.mark.parametrize("text, name, expected", [
    ("与晨曦少儿艺术培训中心合作", "晨曦少儿艺术培训中心", True),
    ("要求当地卫健委负责", "卫健委", False),  # 当地|卫健委: every such body
    ("全市疾控中心值守", "市疾控中心", False),  # a determiner before the level
    ("城市政府要担起责任", "城市政府", False),  # a kind of place before the ending
    ("市光路-东方体育中心", "东方体育中心", False),  # a stop of a route
    ("某物流公司", "某物流公司", False),  # anonymised
    ("两家医院", "两家医院", False),  # counted
    ("说。⏎农业部", "⏎农业部", False),  # not a run of characters
])
def test_gates_of_a_tagged_name(text, name, expected):
    start = text.index(name)
    assert _tagged_name(text, start, start + len(name)) is expected


def test_no_window_without_an_unanchored_ending(monkeypatch):
    import imcovid.annotate.organizations as organizations

    calls = []
    monkeypatch.setattr(organizations, "tagged_spans", lambda text, windows: calls.append(windows) or [])
    annotate("内蒙古自治区卫生健康委员会发布通知。", None)
    assert calls == []


def test_bad_input_never_crashes():
    for text in ["", "局", "部部部部", "中心" * 40, "\n\n公司\n", "A-公司", "医院" + "\u3000" * 20]:
        annotate(text, None)


def test_names_lac_read_name_the_model_as_their_annotator():
    orgs = [m for m in annotate("昨日，美疾控中心更新了指南。\n美疾控中心称。内蒙古自治区卫生健康委员会发布。", None)
            if m["type"] == "ORGANIZATION"]
    assert [(m["surface"], m["rule"]) for m in orgs] == [
        ("美疾控中心", "organization.tagged_ending"), ("美疾控中心", "organization.recurrence"),
        ("内蒙古自治区卫生健康委员会", "organization.generic_ending")]
    assert [m["annotator"].split(":")[0] for m in orgs] == [TAGGER, TAGGER, ANNOTATOR.split(":")[0]]  # (the rules' version, whatever it is now)


def test_the_same_text_gives_the_same_mentions():
    text = "13日，叮当快药宣布上线抗原试剂。据农业部通知，每一位蒙牛乳业员工到岗。昨日，伊利股份发布公告。"
    first = _annotate(text, None)  # (not the memo of annotate(): every call computes)
    assert all(_annotate(text, None) == first for _ in range(3))


def test_empty_windows_are_skipped_not_sent_to_the_encoder():
    # (the encoder aborts the whole process on a zero-length row)
    from imcovid.annotate.org_tagger import tagged_spans
    assert tagged_spans("国台办发言人表示", [(0, 0), (3, 3)]) == [[], []]
