"""CASE_COUNT qualifiers: what the text states about a figure beyond its metric.

The guideline's metrics (``measures.md``, CASE_COUNT) are coarse: ``confirmed_cumulative`` holds an imported-case
total and the all-case total of one national bulletin, ``recovered`` a day's discharges and two running totals,
``under_observation`` asymptomatic people and close contacts. The evaluation tuple ``(metric, value, place_code,
as_of)`` stays as the guideline has it; three optional fields say which quantity a figure is, so that the
``case_counts`` panel (:mod:`imcovid.panel`) can keep different quantities apart:

- ``origin``: ``imported`` when the text states the figure to be imported (境外输入, 输入, 入境的), ``local`` when it
  states it local (本土, 本地, 境外输入关联); null when it says neither.
- ``period``: ``new`` (新增, 当日新增, 新报告: the day's or the stated period's new figures), ``cumulative`` (累计,
  共有, 共报告, 已达: a running total, no start stated), ``cumulative_since`` (a running total over a period whose
  start the sentence states: 本轮疫情, 10月17日以来, 自…起), ``current`` (现有, 尚在, 在院: people in a state now);
  null when the text gives no marker.
- ``subject``: for the metrics of people in a state (``under_observation``, ``hospitalised``), who they are:
  ``confirmed``, ``asymptomatic``, ``positive`` or ``contacts`` (尚在医学观察的无症状感染者 / …的密切接触者); null for
  other metrics and when the text names no such group (居家健康监测人员).

The figure readers of :mod:`imcovid.annotate.case_counts` already read the marker and the scope a figure's words
give (a list item takes the marker and the scope of the list's head, as the guideline's ``新增本土…、无症状感染者…``
rule says); the functions here turn that reading into the fields, and add the two cues the reading does not carry:
a paragraph that opens on imported cases (:func:`paragraph_origin`) and a stated counting period
(:func:`since_stated`). Each field is set by one function; :func:`qualifiers` applies them all.
"""

from __future__ import annotations

import re

ORIGINS = ("imported", "local")
PERIODS = ("new", "cumulative", "cumulative_since", "current")
SUBJECTS = ("confirmed", "asymptomatic", "positive", "contacts")
# The metrics of people in a state at the time: the only ones whose subject is told.
STATE_METRICS = ("under_observation", "hospitalised")
_SUBJECT_OF_FAMILY = {"confirmed": "confirmed", "asymptomatic": "asymptomatic", "positive": "positive",
                      "close_contacts": "contacts"}
# What a metric itself fixes (guideline, CASE_COUNT metric list): its origin (the ``_local`` metrics count cases
# *not stated* to be imported, so the metric implies local only for the panel's key, never for the field) and its
# kind of count (``models.METRIC_KINDS``).
_METRIC_ORIGIN = {"confirmed_local": "local", "asymptomatic_local": "local", "positive_local": "local",
                  "confirmed_imported": "imported", "asymptomatic_imported": "imported"}
_SENTENCE_END = "。！？\n"
_LINE_OPENING = re.compile(r"[ \t\u3000]*(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]\s*)?")


def origin_of(scope: str | None) -> str | None:
    """The origin a figure's reading states: the scope term of its words or of its list's head (境外输入 → imported;
    本土, 境外输入关联 → local; none → null)."""
    return scope if scope in ORIGINS else None


def period_of(temporal: str | None) -> str | None:
    """The kind of count a figure's marker states (新增 → new, 累计 → cumulative, 现有 → current), or null."""
    return temporal if temporal in ("new", "cumulative", "current") else None


def subject_of(metric: str, family: str | None) -> str | None:
    """Who the people of a state metric are, from the counted noun (尚在医学观察的密切接触者 → contacts); null for
    other metrics (a death is no one's subject here) and for nouns of no group (居家健康监测人员)."""
    if metric not in STATE_METRICS:
        return None
    return _SUBJECT_OF_FAMILY.get(family or "")


def _scope_terms() -> list[tuple[str, str]]:
    from imcovid.annotate.case_counts import terms

    return terms()["scope"]


def paragraph_origin(text: str, pos: int) -> str | None:
    """``imported`` when the figure at ``pos`` stands in a paragraph that opens on imported cases and states no
    other scope before it: a national bulletin's imported paragraph, 境外输入现有确诊病例377例…。累计确诊病例9670例，
    累计治愈出院病例9293例，无死亡病例。 — its running totals are the imported cases' (rule ``origin.paragraph``).
    Only a scope that *opens* the paragraph governs its later sentences: a 境外输入 inside an earlier sentence of a
    paragraph (新增确诊病例5例，其中境外输入2例。累计确诊病例100例) qualifies nothing after that sentence — one that opens a
    sentence of the paragraph does (a bulletin whose imported section follows the day's figures in one paragraph) — and
    a paragraph opening on 本土 is no section (本土 figures come with their own scope in every bulletin seen)."""
    line = text.rfind("\n", 0, pos) + 1
    # The section may also open a sentence inside the paragraph (…无症状感染者12例。境外输入现有确诊病例377例…。
    # 累计确诊病例9670例…): the nearest sentence opening a scope, from the figure's sentence back to the paragraph's.
    starts = [line] + [i + 1 for i in range(line, pos) if text[i] in "。！？"]
    for start in reversed(starts):
        opening = _LINE_OPENING.match(text, start).end()
        found = next(((term, value) for term, value in _scope_terms() if text.startswith(term, opening)), None)
        if found is None:
            continue
        if found[1] != "imported" or found[0] == "入境的":
            return None
        between = text[opening + len(found[0]):pos]
        if any(term in between for term, _ in _scope_terms()):
            return None  # (another scope stated since the opening: the figure is not the section's alone)
        return "imported"
    return None


# A counting period whose start the sentence states: this round of the outbreak (本轮疫情, 此轮疫情, 本轮“西北疫情”), or a date before
# 以来/至今 (10月17日以来), or before 起/开始 in the total's own clause (自2022年1月1日起，累计…); the date may be written without its year or month (17日以来). Not
# 疫情发生以来 or 今年以来 (no start of an outbreak's count), not 截至 (an end), not a relative period (近14天以来: the
# as-of rules' business).
_SINCE = re.compile(r"(?:本|此|这一?|新一)轮(?:本土)?(?:[“\"「][^”\"」]{0,8}?)?(?:疫情|聚集性疫情)"
                    r"|(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?:\d{1,2}时)?(?:零时|0时)?\s*(?:以来|至今|(?P<start>起|开始))")
_CLAUSE_MARKS = "，,；;：:"


def since_stated(text: str, pos: int) -> bool:
    """Does the sentence of the figure at ``pos`` state, before it, the start of the period its running total counts
    (31省份累计报告本土确诊病例1327例 after 10月17日以来 or 本轮疫情: the outbreak's total, not the all-time one; rule
    ``period.since``)? Only the figure's own sentence: a start stated in an earlier sentence does not carry over."""
    sentence = max(text.rfind(c, 0, pos) for c in _SENTENCE_END) + 1
    for m in _SINCE.finditer(text, sentence, pos):
        if m.group("start") is None:
            return True
        # 起/开始 also start a measure (自1月1日起执行…，累计报告…): only a start whose clause is the total's own
        # (自2022年1月1日起，累计报告…: at most the comma right after it) opens the total's period
        if not any(c in _CLAUSE_MARKS for c in text[m.end() + 1:pos]):
            return True
    return False


def qualifiers(text: str, pos: int, metric: str, family: str | None, temporal: str | None,
               scope: str | None) -> dict[str, str | None]:
    """The three fields of the figure at ``pos`` (its span's start) with ``metric``, from the reading of its words
    (``family``, ``temporal`` and ``scope``, those of its list's head for a list item)."""
    origin = origin_of(scope) or paragraph_origin(text, pos)
    period = period_of(temporal)
    if period == "cumulative" and since_stated(text, pos):
        period = "cumulative_since"
    return {"origin": origin, "period": period, "subject": subject_of(metric, family)}


def key_qualifiers(metric: str, origin: str | None, period: str | None, subject: str | None) -> tuple:
    """The qualifiers a ``case_counts`` row is keyed by: the mention's, with what its metric fixes filled in
    (``confirmed_local`` is a new count of cases not stated imported: a 新增本土 figure and a bare 新增 one of the same
    place and day are one quantity, and stay in one row; a running total's period is ``cumulative`` unless stated
    otherwise). So that only qualifiers the metric leaves open split a row."""
    from imcovid.models import METRIC_KINDS

    kind = METRIC_KINDS.get(metric, ("", ""))[0]
    implied = {"new": "new", "running": "cumulative", "current": "current"}.get(kind)
    return (_METRIC_ORIGIN.get(metric) or origin, period or implied, subject)


def implied_qualifiers(metric: str) -> tuple:
    """The key qualifiers of a figure its text qualifies no further than its metric does (its row keeps the id of
    releases before the qualifiers)."""
    return key_qualifiers(metric, None, None, None)
