"""Tone-marked pinyin glued after characters by a broken converter: ``區(qū)``, ``傳達(dá)``.

A gloss is removed wherever it stands (after a CJK character, after damaged bytes, or with its ``(`` lost:
``?zhǔn)``). Only syllables carrying a tone mark are touched, so Latin text in parentheses survives.
"""

from __future__ import annotations

from imcovid.clean.lazy import lazy

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_SYLLABLE = rf"[a-zü]*[{_TONED}][a-zü{_TONED}]*"
_GLOSS = lazy(rf"[(（]{_SYLLABLE}[)）]")
# "(" eaten together with lost bytes: the fragment follows a damage marker directly.
_HEADLESS = lazy(rf"(?<=[?\ufffd]){_SYLLABLE}[)）]")


GLOSS, HEADLESS_GLOSS = _GLOSS, _HEADLESS  # read by imcovid.trace, which finds a mention's raw line past them


def strip_pinyin(text: str) -> tuple[str, int]:
    text, complete = _GLOSS.subn("", text)
    text, headless = _HEADLESS.subn("", text)
    return text, complete + headless
