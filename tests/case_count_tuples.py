"""The CASE_COUNT mentions of a text as the case-count tests compare them, one definition the test files share."""

from __future__ import annotations

from imcovid.annotate import annotate


def case_counts(text: str, published) -> list[tuple]:
    """``(metric, value, place_code, as_of)`` of each CASE_COUNT mention, in text order (the scorer's tuple)."""
    return [(m["metric"], int(m["value"]), m["place_code"], m["as_of"]) for m in annotate(text, published)
            if m["type"] == "CASE_COUNT"]


def case_count_rules(text: str, published) -> list[str]:
    """The rule of each CASE_COUNT mention, in text order."""
    return [m["rule"] for m in annotate(text, published) if m["type"] == "CASE_COUNT"]
