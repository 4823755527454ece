"""The corpus's selection rule: about COVID-19 (a lexicon, ``data/selection_rule.toml``) and naming a place in Inner
Mongolia (GB/T 2260 code beginning with 15, found by the annotator's own gazetteer).

Deciding is two-staged so that an archive of 100,000 posts is scanned in minutes: a cheap prefilter runs two
Aho-Corasick automata over the decoded bytes (any COVID-19 term? any name of an Inner Mongolian division?), and only
the posts that pass both are read, cleaned and searched with the annotator's ``find_places`` — the same reading the
published ``mentions`` get, so a place in a menu, an ad or a recommendation block that the cleaning drops does not
select a post.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from imcovid.annotate.matcher import Matcher
from imcovid.annotate.places import find_places, gazetteer
from imcovid.clean import clean_document
from imcovid.config import BuildConfig
from imcovid.readers import SourceRejected, read_source
from imcovid.readers.decode import decode

RULE_VERSION = "selection/1.0"

# Why a post was or was not selected (the summary counts these).
SELECTED_FOCUS = "selected: Inner Mongolia is the focus"
SELECTED_MENTION = "selected: Inner Mongolia is mentioned"
NO_COVID_TERM = "skipped: no COVID-19 term (prefilter)"
NO_PLACE_NAME = "skipped: no Inner Mongolian place name (prefilter)"
TOO_FEW_TERMS = "skipped: too few COVID-19 terms in title and text"
NO_PLACE = "skipped: no Inner Mongolian place in the cleaned title and text"
UNREADABLE = "skipped: unreadable (the build would reject it)"


@dataclass(frozen=True)
class RuleConfig:
    terms: tuple[str, ...]
    title_min: int
    text_min: int
    text_min_per_1000: float
    province_prefix: str
    lead_chars: int


@dataclass
class Decision:
    reason: str
    covid_terms: list[str] = field(default_factory=list)  # distinct terms found, in order of first appearance
    places: list[dict] = field(default_factory=list)  # {"surface", "code", "name"} of each distinct code
    focus: str | None = None  # "focus" | "mention" for a selected post

    @property
    def selected(self) -> bool:
        return self.reason in (SELECTED_FOCUS, SELECTED_MENTION)


@lru_cache(maxsize=1)
def load_rule() -> RuleConfig:
    text = resources.files("imcovid").joinpath("data/selection_rule.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    return RuleConfig(tuple(data["covid"]["terms"]), int(data["covid"]["title_min"]), int(data["covid"]["text_min"]),
                      float(data["covid"]["text_min_per_1000"]),
                      str(data["place"]["province_prefix"]), int(data["place"]["lead_chars"]))


@lru_cache(maxsize=1)
def _term_matcher() -> Matcher:
    return Matcher(load_rule().terms)


def _with_traditional(names: list[str]) -> list[str]:
    """The names and their Traditional spellings (內蒙古, 確診): the prefilter reads raw bytes, before the cleaning
    converts a Traditional source to Simplified; the full read then decides on the converted text."""
    import opencc

    converters = []
    for config in ("s2t", "s2tw"):
        try:
            converters.append(opencc.OpenCC(config))
        except Exception:  # older OpenCC builds want the file name
            converters.append(opencc.OpenCC(f"{config}.json"))
    return sorted({form for name in names for form in (name, *(c.convert(name) for c in converters))})


@lru_cache(maxsize=1)
def _prefilter_term_matcher() -> Matcher:
    return Matcher(_with_traditional(list(load_rule().terms)))


@lru_cache(maxsize=1)
def _place_name_matcher() -> Matcher:
    """Every name and short form of the gazetteer that can denote an Inner Mongolian division, in both scripts."""
    prefix = load_rule().province_prefix
    return Matcher(_with_traditional([name for name, codes in gazetteer().items() if any(c.startswith(prefix) for c in codes)]))


def prefilter(raw: bytes) -> str | None:
    """A reason to skip the post without reading it, or None when it may be selected (both automata hit)."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = decode(raw)[0]  # the reader's own fallbacks (GB18030 …), rarely needed
        except SourceRejected:
            return UNREADABLE
    if not _prefilter_term_matcher().find(text):
        return NO_COVID_TERM
    if not _place_name_matcher().find(text):
        return NO_PLACE_NAME
    return None


def covid_terms(text: str) -> list[str]:
    """Every match of the lexicon in ``text`` (leftmost-longest, non-overlapping)."""
    return [name for _, _, name in _term_matcher().find(text)]


_SENTENCE = re.compile(r"[^。！？!?\n]*[。！？!?]?")


def lead(text: str, limit: int) -> str:
    """The first sentence of ``text``, cut at ``limit`` characters."""
    return _SENTENCE.match(text).group(0)[:limit]


def decide_text(title: str, text: str) -> Decision:
    """The rule on a cleaned title and text."""
    rule = load_rule()
    in_title, in_text = covid_terms(title), covid_terms(text)
    terms = list(dict.fromkeys(in_title + in_text))
    dense = len(in_text) >= rule.text_min and len(in_text) * 1000 >= rule.text_min_per_1000 * max(len(text), 1)
    if len(in_title) < rule.title_min and not dense:
        return Decision(TOO_FEW_TERMS, terms)
    # One search over title + text, as the annotator reads a text: a place named in full in the title decides the
    # reading of its short form in the text.
    joined = title + "\n" + text
    places = [m for m in find_places(joined) if m["code"] and m["code"].startswith(rule.province_prefix)]
    if not places:
        return Decision(NO_PLACE, terms)
    lead_end = len(title) + 1 + len(lead(text, rule.lead_chars))
    focus = any(m["start"] < lead_end for m in places)
    distinct: dict[str, dict] = {}
    for m in places:
        distinct.setdefault(m["code"], {"surface": m["surface"], "code": m["code"], "name": m["name"]})
    return Decision(SELECTED_FOCUS if focus else SELECTED_MENTION, terms, sorted(distinct.values(), key=lambda p: p["code"]),
                    "focus" if focus else "mention")


def decide(raw: bytes, name: str, config: BuildConfig) -> Decision:
    """The rule on one raw post: the prefilter, then the project's reader and cleaner and the gazetteer."""
    skip = prefilter(raw)
    if skip:
        return Decision(skip)
    try:
        cleaned = clean_document(read_source(name, raw), config)
    except SourceRejected:
        return Decision(UNREADABLE)
    except Exception:  # noqa: BLE001 — one odd post must not stop a scan of an archive; it is counted
        return Decision(UNREADABLE)
    return decide_text(cleaned.fields["title"], cleaned.fields["text"])
