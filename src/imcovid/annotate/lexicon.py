"""Word knowledge from jieba's dictionary (a registry package, pinned in ``requirements.lock``): which strings are
ordinary words rather than personal names, and which two-character words are verbs or adverbs that follow a name.

A name reader that knows only surnames cannot tell 骆帅 from 骆帅预 (…预计) or 师傅 from a surname 师 + 傅; the
dictionary's frequencies and parts of speech can. Only the entries that matter are kept: words of two
characters, words of three that begin with a surname character (and longer ones, which a name cannot be the head of), and frequent two-character verbs, adverbs, prepositions and
conjunctions.
"""

from __future__ import annotations

import os
from functools import lru_cache

import jieba

from imcovid.annotate.surnames import COMPOUND, SINGLE
from imcovid.version import library_version

SOURCE = f"jieba-{library_version('jieba')}:dict.txt"

_FOLLOWER_TAGS = frozenset({"v", "vn", "vd", "d", "p", "c", "ad", "u"})
# Conjunctions, adverbs, prepositions, particles and pronouns: never inside a name read leftwards (不仅|中原区政府).
_FUNCTION_TAGS = frozenset({"c", "d", "p", "u", "r"})
# A string is an ordinary word when the dictionary has it, not as a name, at least this often.
_COMMON_MIN = 30
_FOLLOWER_MIN = 200
_LONGEST = 7


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, tuple[int, str]], frozenset[str], frozenset[str], frozenset[str]]:
    words: dict[str, tuple[int, str]] = {}
    followers: set[str] = set()
    longer: set[str] = set()
    function_words: set[str] = set()
    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) != 3:
                continue
            word, freq, tag = parts[0], int(parts[1]), parts[2]
            if len(word) == 2:
                words[word] = (freq, tag)
                if tag in _FUNCTION_TAGS and freq >= _FOLLOWER_MIN:
                    function_words.add(word)
            if word[0] in SINGLE or word[:2] in COMPOUND:
                if len(word) == 3:
                    words[word] = (freq, tag)
                elif 4 <= len(word) <= _LONGEST and not tag.startswith("nr"):
                    longer.add(word)
            if len(word) == 2 and tag in _FOLLOWER_TAGS and freq >= _FOLLOWER_MIN:
                followers.add(word)
    return words, frozenset(followers), frozenset(longer), frozenset(function_words)


def is_common_word(s: str, minimum: int = _COMMON_MIN) -> bool:
    """``s`` is a dictionary word that is not a personal name (全市, 高度, 方面; not 马晓伟)."""
    entry = _tables()[0].get(s)
    return entry is not None and entry[0] >= minimum and not entry[1].startswith("nr")


def is_known_name(s: str) -> bool:
    entry = _tables()[0].get(s)
    return entry is not None and entry[1] in ("nr", "nrfg")


def starts_follower(s: str) -> bool:
    """``s`` begins with a frequent two-character verb or function word (预计, 认为, 调研, 曾经)."""
    return s[:2] in _tables()[1]


def is_function_word(s: str) -> bool:
    return s in _tables()[3]


def word_runs_past(text: str, start: int, end: int) -> bool:
    """A dictionary word of four or more characters begins at ``start`` and goes past ``end``: the candidate
    name is the head of that word (华东理|工大学, 羊城晚|报)."""
    longer = _tables()[2]
    return any(text[start:j] in longer for j in range(max(end + 1, start + 4), min(len(text), start + _LONGEST) + 1))


def dictionary_tag(s: str) -> str | None:
    """jieba's part-of-speech tag of a two-character word (ns for a place name), or None."""
    entry = _tables()[0].get(s)
    return entry[1] if entry else None
