"""Word knowledge from jieba's dictionary (a registry package, pinned in ``requirements.lock``), read once per process.

A name reader that knows only surnames cannot tell 骆帅 from 骆帅预 (…预计) or 师傅 from a surname 师 + 傅; the
dictionary's frequencies and parts of speech can. Only the entries the rules ask about are kept: words of two
characters; words of three that begin with a surname, and longer ones, which a name cannot be the head of; frequent
two-character verbs and function words; the institution names (tag ``nt``) that ORGANIZATION uses; and the
characters of transliterated names (tag ``nrt``).

Parsing the 349,000 lines of the dictionary takes about half a second, once per process: a build with a cache keeps
the parsed lexicon there (:func:`imcovid.cache.load_lexicon`, which hands it to :func:`install`), so that a worker
forked for one new post does not spend most of its time reading the dictionary. The content is the same either way.
"""

from __future__ import annotations

import importlib.util
import marshal
import os
from collections import Counter
from dataclasses import dataclass, fields

from imcovid.annotate.name_parts import COMPOUND, SINGLE
from imcovid.annotate.process_copy import ProcessCopy
from imcovid.annotate.wordlists import threshold
from imcovid.version import library_version

SOURCE = f"jieba-{library_version('jieba')}:dict.txt"

# Verbs, adverbs, prepositions, conjunctions, particles: the word that follows a name (骆帅|预计).
_FOLLOWER_TAGS = frozenset({"v", "vn", "vd", "d", "p", "c", "ad", "u"})
# Conjunctions, adverbs, prepositions, particles and pronouns: never inside a name read leftwards (不仅|中原区政府).
_FUNCTION_TAGS = frozenset({"c", "d", "p", "u", "r"})
# A string is an ordinary word when the dictionary has it, not as a name, at least this often.
_COMMON_MIN = threshold("lexicon", "common_min")
_FREQUENT = threshold("lexicon", "frequent")
_LONGEST = threshold("lexicon", "longest")
# Three-character words this frequent, whatever their first character, take a name's last character when they begin
# with it (林航|进一步介绍).
_FREQUENT_THREE = threshold("lexicon", "frequent_three")
# Institution names this short are too often generic (中央台, 中心局).
_SHORTEST_INSTITUTION = threshold("lexicon", "shortest_institution")
# A character is one of transliteration when at least this many transliterated names hold it.
_TRANSLITERATION_MIN = threshold("lexicon", "transliteration_min")


@dataclass(frozen=True)
class _Lexicon:
    words: dict[str, tuple[int, str]]  # word -> (frequency, tag)
    followers: frozenset[str]
    function_words: frozenset[str]
    longer: frozenset[str]
    institutions: tuple[str, ...]
    transliteration_chars: frozenset[str]
    frequent_three: frozenset[str]


def dictionary_path() -> str:
    # Found, not imported: importing jieba imports pkg_resources and jieba's segmenter (about 0.1–0.3 s at every
    # start of the program), and only its dictionary file is read here.
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("jieba is not installed (its dictionary file is the lexicon's source)")
    return os.path.join(spec.submodule_search_locations[0], "dict.txt")


# The lexicon of this process: parsed on first use, or installed from a stored copy (imcovid.cache.load_lexicon).
COPY: ProcessCopy[_Lexicon] = ProcessCopy(_Lexicon, "lexicon", lambda: parse(dictionary_path()))
_lexicon = COPY.get
loaded = COPY.loaded
install = COPY.install


def to_marshal(parsed: _Lexicon) -> bytes:
    """``parsed`` as :mod:`marshal` bytes, for a process forked from this one (the same interpreter): its fields are
    plain dicts, sets, tuples and strings, which marshal dumps in a quarter of pickle's time (0.03 against 0.13
    CPU-s; both load in 0.09). Only a hand-over between processes of one build, never stored."""
    return marshal.dumps(tuple(getattr(parsed, field.name) for field in fields(_Lexicon)))


def from_marshal(data: bytes) -> _Lexicon:
    return _Lexicon(*marshal.loads(data))


def parse(path: str) -> _Lexicon:
    """The lexicon from jieba's dictionary file at ``path``."""
    words: dict[str, tuple[int, str]] = {}
    followers: set[str] = set()
    function_words: set[str] = set()
    longer: set[str] = set()
    institutions: list[str] = []
    frequent_three: set[str] = set()
    in_transliterations: Counter[str] = Counter()
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) != 3:
                continue
            word, freq, tag = parts[0], int(parts[1]), parts[2]
            surname_first = word[0] in SINGLE or word[:2] in COMPOUND
            if len(word) == 2:
                words[word] = (freq, tag)
                if freq >= _FREQUENT and tag in _FOLLOWER_TAGS:
                    followers.add(word)
                if freq >= _FREQUENT and tag in _FUNCTION_TAGS:
                    function_words.add(word)
            elif len(word) == 3 and surname_first:
                words[word] = (freq, tag)
            if len(word) == 3 and freq >= _FREQUENT_THREE and not tag.startswith("nr"):
                frequent_three.add(word)
            elif 4 <= len(word) <= _LONGEST and surname_first and not tag.startswith("nr"):
                longer.add(word)
            if tag == "nt" and len(word) >= _SHORTEST_INSTITUTION:
                institutions.append(word)
            if tag == "nrt":
                in_transliterations.update(set(word))
    chars = frozenset(c for c, n in in_transliterations.items() if n >= _TRANSLITERATION_MIN)
    return _Lexicon(words, frozenset(followers), frozenset(function_words), frozenset(longer), tuple(institutions),
                    chars, frozenset(frequent_three))


def is_common_word(s: str, minimum: int = _COMMON_MIN) -> bool:
    """``s`` is a dictionary word that is not a personal name (全市, 高度, 方面; not 马晓伟)."""
    entry = _lexicon().words.get(s)
    return entry is not None and entry[0] >= minimum and not entry[1].startswith("nr")


def is_word(s: str, minimum: int = 100, but: tuple[str, ...] = ()) -> bool:
    """``s`` is in the dictionary at least ``minimum`` times, whatever its tag but those in ``but``. Unlike
    :func:`is_common_word` this counts words jieba tags as names, which it does for many ordinary words (明星, 宁可)."""
    entry = _lexicon().words.get(s)
    return entry is not None and entry[0] >= minimum and entry[1] not in but


def is_known_name(s: str) -> bool:
    entry = _lexicon().words.get(s)
    return entry is not None and entry[1] in ("nr", "nrfg")


def dictionary_tag(s: str) -> str | None:
    """jieba's part-of-speech tag of a two-character word (ns for a place name), or None."""
    entry = _lexicon().words.get(s)
    return entry[1] if entry else None


def starts_follower(s: str) -> bool:
    """``s`` begins with a frequent two-character verb or function word (预计, 认为, 调研, 曾经)."""
    return s[:2] in _lexicon().followers


def is_function_word(s: str) -> bool:
    return s in _lexicon().function_words


def word_runs_past(text: str, start: int, end: int) -> bool:
    """A dictionary word of four or more characters begins at ``start`` and goes past ``end``: the candidate
    name is the head of that word (华东理|工大学, 羊城晚|报)."""
    longer = _lexicon().longer
    return any(text[start:j] in longer for j in range(max(end + 1, start + 4), min(len(text), start + _LONGEST) + 1))


def begins_frequent_three(text: str, i: int) -> bool:
    """A frequent three-character word that is not a name begins at ``i`` (进一步, 第一时间)."""
    return text[i : i + 3] in _lexicon().frequent_three


def transliteration_chars() -> frozenset[str]:
    """Characters of at least two of the dictionary's transliterated names (tag nrt): 斯, 尔, 德, 查 …"""
    return _lexicon().transliteration_chars


def institution_names() -> tuple[str, ...]:
    """The dictionary's institution names (tag nt) of four or more characters, in dictionary order."""
    return _lexicon().institutions
