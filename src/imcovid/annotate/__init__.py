"""Annotation: cleaned text → typed mentions (PERSON, LOCATION, ORGANIZATION, DATE) with offsets into ``text``.

Rules and a code table first, so that most mentions can be explained; then Baidu's LAC tagger, on short windows only,
for the personal names that no cue introduces. The result is reproducible, and its quality is measured against
hand-made gold (``imcovid evaluate``). Each mention names the rule set, table or model that produced it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from types import SimpleNamespace

from imcovid.memo import memo

# The annotators (rule modules, word lists, patterns, gazetteers, LAC, the lexicon, the MEASURE model) are loaded
# with the first text this process annotates, not with this package: a build whose new or changed posts repeat texts
# kept by the annotation memo (:mod:`imcovid.memo`, kept in the build's cache) never needs them, and loading them
# costs a fresh process about 0.8 CPU-s. What a build asks to run first (:func:`before_loading`: the lexicon and the
# MEASURE model read from its cache) runs then.
_RULES: list[SimpleNamespace] = []
_BEFORE_LOADING: list[Callable[[], object]] = []
_IMPORTED: list[SimpleNamespace] = []  # the rule modules' functions, once imported (import_rules)


def before_loading(load: Callable[[], object]) -> None:
    """Run ``load`` just before the annotators are loaded in this process (replacing what an earlier call asked);
    nothing when they are loaded already."""
    if not _RULES:
        _BEFORE_LOADING[:] = [load]


def forget_before_loading() -> None:
    """A build ends: what it asked to run before loading (reading its cache) is not for a later caller of this
    process (``imcovid evaluate``, a test), whose cache folder may be another or gone."""
    _BEFORE_LOADING.clear()


def loaded() -> bool:
    """True once this process has loaded the annotators."""
    return bool(_RULES)


def _rules() -> SimpleNamespace:
    if not _RULES:
        for load in _BEFORE_LOADING:
            load()
        _BEFORE_LOADING.clear()
        _RULES.append(import_rules())
    return _RULES[0]


def import_rules() -> SimpleNamespace:
    """Import the rule modules (word lists read and checked, patterns compiled), not the models they load on first
    use: what a build's main process does before forking workers that will annotate many texts, so that they share
    it (:func:`imcovid.pipeline._forked`)."""
    if not _IMPORTED:
        from imcovid.annotate.case_counts import find_case_counts
        from imcovid.annotate.coverage import Coverage
        from imcovid.annotate.dates import find_dates
        from imcovid.annotate.measures import find_measures
        from imcovid.annotate.organizations import find_organizations
        from imcovid.annotate.persons import find_persons
        from imcovid.annotate.places import find_places
        from imcovid.annotate.wordlists import check_all

        # Every word list is read and checked once, when the annotators are loaded (a worker's first text): a
        # repeated or empty entry stops the program here, with the file and line, not later in the middle of a build.
        check_all()
        _IMPORTED.append(SimpleNamespace(
            find_case_counts=find_case_counts, Coverage=Coverage, find_dates=find_dates, find_measures=find_measures,
            find_organizations=find_organizations, find_persons=find_persons, find_places=find_places))
    return _IMPORTED[0]


def annotate(text: str, published_date_local: date | None) -> list[dict]:
    """Every mention of ``text``, sorted by offsets. A pure function of its two arguments: inside a build, captures
    that repeat a text are annotated once per worker (:mod:`imcovid.memo`)."""
    annotations = memo("annotate")
    return annotations.call(annotations.key(text, published_date_local), lambda: _annotate(text, published_date_local))


def _annotate(text: str, published_date_local: date | None) -> list[dict]:
    r = _rules()
    find_places, find_organizations, find_persons, Coverage = r.find_places, r.find_organizations, r.find_persons, \
        r.Coverage
    find_dates, find_case_counts, find_measures = r.find_dates, r.find_case_counts, r.find_measures
    places = find_places(text)
    place_spans = [(m["start"], m["end"]) for m in places]
    orgs = find_organizations(text, place_spans)
    persons = find_persons(text, place_spans, [(m["start"], m["end"]) for m in orgs])
    # A span the person rules read as a name is not also a body: one span, one type. (The person rules leave the
    # organizations' spans alone but where a transliterated name after a position speaks elsewhere in the text:
    # 副外长格鲁什科 … 格鲁什科表示.)
    named = {(m["start"], m["end"]) for m in persons}
    orgs = [m for m in orgs if (m["start"], m["end"]) not in named]
    # A place inside a name read at a strong cue (记者 高长春) is part of the name, not a location.
    person_spans = Coverage(len(text), [(m["start"], m["end"]) for m in persons])
    places = [m for m in places if not person_spans.touches(m["start"], m["end"])]
    dates = find_dates(text, published_date_local)
    mentions = places + orgs + persons + dates
    # Figures and measures read the places and dates found above (guideline measures.md); they never change them.
    figures = find_case_counts(text, places, dates, published_date_local)
    mentions += figures + find_measures(text, places, orgs, figures, dates, published_date_local)
    order = {"PERSON": 0, "LOCATION": 1, "ORGANIZATION": 2, "DATE": 3, "CASE_COUNT": 4, "MEASURE": 5}
    return one_mention_per_id(sorted(mentions, key=lambda m: (m["start"], m["end"], order[m["type"]])))


def one_mention_per_id(mentions: list[dict]) -> list[dict]:
    """The first of mentions that would get the same id (same type and span, and for figures and measures the same
    metric or code: :func:`imcovid.ids.mention_id`). Two such mentions cannot both be published, and the record check
    would reject the whole article for it (a rule that read one figure for two places on one span did, in 12.0.0):
    one rule's slip must cost that mention, not the article."""
    from imcovid.ids import DISCRIMINATOR

    seen: set[tuple] = set()
    out = []
    for m in mentions:
        field = DISCRIMINATOR.get(m["type"])
        key = (m["type"], m["start"], m["end"], m.get(field) if field else None)
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out


__all__ = ["annotate"]
