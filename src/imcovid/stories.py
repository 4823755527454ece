"""Stories, not only files: exact and near-duplicate copies of one story (captures of a post over time, the same
post in two RSSHub routes or two forks of the archive, one article carried by two aggregators) share a ``story_id``,
and one of them is the story's ``canonical`` article.

Two steps, as the interface with the pipeline requires: :func:`signature` runs per source (inside the worker) and
returns a small summary of the article's text; :func:`group` runs once over every signature (a cross-source
step) and is deterministic whatever the order of its input. Parameters are data (``data/stories.toml``).
"""

from __future__ import annotations

import hashlib
import re
import sys
import tomllib
import types
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np
import xxhash

from imcovid.memo import memo


def _import_datasketch():
    """datasketch, imported without importing scipy.integrate. The package imports every sketch it has at once, and two
    of its LSH modules import ``scipy.integrate`` at module level only to choose band parameters when none are given:
    a third of a second of CPU at every start of the program (issue 16), for a choice the build fixes in
    ``data/stories.toml`` (``bands``, ``rows``). While datasketch is imported, ``scipy.integrate`` resolves to a
    stand-in whose ``quad`` imports the real module on first call (so datasketch still works if asked to choose);
    the stand-in is removed at once, so any later ``import scipy.integrate`` anywhere gets the real module."""
    if "datasketch" in sys.modules or "scipy.integrate" in sys.modules:
        import datasketch
        return datasketch
    stand_in = types.ModuleType("scipy.integrate")

    def quad(*args, **kwargs):
        import importlib
        return importlib.import_module("scipy.integrate").quad(*args, **kwargs)

    stand_in.quad = quad
    sys.modules["scipy.integrate"] = stand_in
    try:
        import datasketch
    finally:
        if sys.modules.get("scipy.integrate") is stand_in:
            del sys.modules["scipy.integrate"]
    return datasketch


def __getattr__(name: str):
    """``MinHash`` and ``MinHashLSH``, datasketch's, imported on first use (PEP 562): a rebuild that adds or removes
    a copy of a text the corpus already holds groups the stories from the cached text groups (:func:`assign`) and
    takes the new copy's signature from the cache, so it never imports datasketch (with ``numpy.random`` and
    asyncio: about 0.05 CPU-s of a fresh process). Once imported, both are plain module attributes (a test may
    replace one)."""
    if name in ("MinHash", "MinHashLSH"):
        datasketch = _import_datasketch()
        globals().update(MinHash=datasketch.MinHash, MinHashLSH=datasketch.MinHashLSH)
        return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _sketches():
    """This module, whose ``MinHash`` and ``MinHashLSH`` attributes import datasketch when first read."""
    return sys.modules[__name__]


@dataclass(frozen=True)
class StoryConfig:
    shingle: int
    num_perm: int
    seed: int
    threshold: float
    scheme: str
    bands: int
    rows: int


@lru_cache(maxsize=1)
def load_story_config() -> StoryConfig:
    data = tomllib.loads(resources.files("imcovid").joinpath("data/stories.toml").read_text(encoding="utf-8"))
    return StoryConfig(int(data["shingle"]), int(data["num_perm"]), int(data["seed"]), float(data["threshold"]),
                       str(data["scheme"]), int(data["bands"]), int(data["rows"]))


def normalize(text: str) -> str:
    """NFKC, lower case, letters and digits only: what two copies of one story keep in common whatever the
    aggregator did to spaces (ZAKER's ``2 月 21 日``), punctuation and line breaks."""
    text = unicodedata.normalize("NFKC", text).lower()
    # [\W_] is everything but letters and numbers (str.isalnum): one C-level pass instead of a category per character.
    return _NOT_LETTER_OR_NUMBER.sub("", text)


_NOT_LETTER_OR_NUMBER = re.compile(r"[\W_]+")


def shingles(text: str, size: int) -> set[str]:
    if len(text) <= size:
        return {text} if text else set()
    return {text[i : i + size] for i in range(len(text) - size + 1)}


@lru_cache(maxsize=4)
def _permutations(num_perm: int, seed: int, scheme: str):
    # datasketch draws the permutations from the seed for every new MinHash; they are the same each time, and
    # drawing them was a sixth of the signature's cost.
    return _sketches().MinHash(num_perm=num_perm, seed=seed, scheme=scheme).permutations


def _minhash_of(hashes: list[int], config: StoryConfig):
    # The shingles' hashes (shingle_hashes) go in as the integers they are (``hashfunc=int``): datasketch would call a
    # Python-level hash function per shingle again. No sorting: a MinHash is a minimum per permutation, the same
    # whatever the order of the values.
    m = _sketches().MinHash(num_perm=config.num_perm, seed=config.seed, scheme=config.scheme, hashfunc=int,
                            permutations=_permutations(config.num_perm, config.seed, config.scheme))
    m.update_batch(hashes)
    return m


# xxHash32 (seed 0) of the UTF-8 bytes of each shingle instead of datasketch's default (the first 4 bytes of SHA-1):
# the same 32-bit input to the permutations, far cheaper. It is computed for every shingle of a text at once, in
# numpy, rather than by one call of xxhash per shingle (about a thousand a text; tests/test_story_hashes.py compares
# both). Shingles are not deduplicated first: a MinHash keeps a minimum per permutation, which a value seen twice
# does not change.
_P1, _P2, _P3, _P4, _P5 = (np.uint32(p) for p in (2654435761, 2246822519, 3266489917, 668265263, 374761393))
# Inputs of 16 bytes or more take xxHash32's four-lane path: left to xxhash itself (a shingle of 5 characters gets
# there only with 4-byte characters).
_STRIPE = 16


def _rotl(x: np.ndarray, r: int) -> np.ndarray:
    return (x << np.uint32(r)) | (x >> np.uint32(32 - r))


def shingle_hashes(text: str, size: int) -> list[int]:
    """xxHash32 (seed 0) of the UTF-8 of each shingle of ``text`` (:func:`shingles`, with repeats), as integers."""
    if len(text) <= size:
        return [xxhash.xxh32_intdigest(text.encode("utf-8"))] if text else []
    raw = text.encode("utf-8")
    points = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    widths = 1 + (points >= 0x80).astype(np.int64) + (points >= 0x800) + (points >= 0x10000)  # UTF-8 bytes
    offsets = np.concatenate(([0], np.cumsum(widths)))
    starts = offsets[: len(text) - size + 1]
    lengths = offsets[size:] - starts
    # Each shingle's first 16 bytes (zeros past the text's end), as bytes and as four little-endian words; every
    # shingle goes through every step of xxHash32's short path, and keeps a step's result only where its length
    # has that step.
    rows = np.frombuffer(raw + bytes(_STRIPE), dtype=np.uint8)[starts[:, None] + np.arange(_STRIPE)]
    words = rows.view("<u4")
    h = _P5 + lengths.astype(np.uint32)
    n_words = lengths // 4
    for k in range(3):
        h = np.where(n_words > k, _rotl(h + words[:, k] * _P3, 17) * _P4, h)
    index = np.arange(len(rows))
    for j in range(3):
        byte = rows[index, np.minimum(n_words * 4 + j, _STRIPE - 1)].astype(np.uint32)
        h = np.where(lengths % 4 > j, _rotl(h + byte * _P5, 11) * _P1, h)
    h ^= h >> np.uint32(15)
    h *= _P2
    h ^= h >> np.uint32(13)
    h *= _P3
    h ^= h >> np.uint32(16)
    found = h.tolist()
    for i in np.flatnonzero(lengths >= _STRIPE).tolist():
        found[i] = xxhash.xxh32_intdigest(raw[starts[i] : starts[i] + lengths[i]])
    return found


def signature(article: dict, config: StoryConfig | None = None) -> dict:
    """The per-source summary: hash of the normalized text, MinHash values of its shingles, and what choosing the
    canonical article needs (capture time, length)."""
    config = config or load_story_config()
    text, title = article["text"], article.get("title") or ""
    published = article.get("published_at")
    # The text's hashes are a function of the text, the title (read when the text normalizes to nothing) and the
    # parameters alone: captures repeating a text compute them once per worker (imcovid.memo).
    hashes = memo("story-minhash")
    key = hashes.key(text, title, config.shingle, config.num_perm, config.seed, config.scheme)
    text_sha256, minhash = hashes.call(key, lambda: _text_hashes(text, title, config))
    return {
        "text_sha256": text_sha256,
        "minhash": minhash,
        "published_at": published.isoformat() if hasattr(published, "isoformat") else published,
        "n_chars": len(text),
    }


def _text_hashes(text: str, title: str, config: StoryConfig) -> tuple[str, bytes]:
    normal = normalize(text) or normalize(title)
    # Bytes, not a list of ints: the signatures of every source wait in memory for the grouping step (1 KiB each
    # instead of about 5).
    return (hashlib.sha256(normal.encode("utf-8")).hexdigest(),
            np.asarray(_minhash_of(shingle_hashes(normal, config.shingle), config).hashvalues,
                       dtype=np.uint64).tobytes())


def similarity(a: dict, b: dict) -> float:
    """Estimated Jaccard similarity of two signatures' shingle sets (1.0 for identical normalized texts)."""
    if a["text_sha256"] == b["text_sha256"]:
        return 1.0
    return float(np.mean(_values(a) == _values(b)))


def _values(sig: dict) -> np.ndarray:
    return np.frombuffer(sig["minhash"], dtype=np.uint64)


def story_id(member_ids: Iterable[str]) -> str:
    """Derived from the smallest article id in the story: the same corpus gives the same id, but a capture added later
    whose (content-hash) id sorts first renames the story, so story ids are not stable across releases."""
    return hashlib.sha256(("story\x1f" + min(member_ids)).encode()).hexdigest()[:16]


def _canonical_key(article_id: str, sig: dict) -> tuple:
    # The earliest capture (articles without a date last), then the longest text, then the id.
    published = sig.get("published_at")
    return (published is None, published or "", -int(sig.get("n_chars") or 0), article_id)


def group(items: Iterable[tuple[str, dict]], config: StoryConfig | None = None
          ) -> dict[str, tuple[str, bool]]:
    """``article_id → (story_id, is_canonical)`` for every item: identical normalized texts, then MinHash-LSH
    candidates whose estimated Jaccard similarity reaches the threshold, joined transitively (union-find)."""
    signatures = dict(sorted(items))
    return assign(signatures, text_groups(signatures, config))


def text_groups(signatures: dict[str, dict], config: StoryConfig | None = None) -> list[list[str]]:
    """The stories as groups of distinct texts (their ``text_sha256``), each group's hashes sorted, the groups in
    the order of their smallest hash: MinHash-LSH candidates among the distinct texts whose estimated Jaccard
    similarity reaches the threshold, joined transitively.

    A function of the *set* of distinct texts alone (with the parameters): a pair is compared when it shares a band
    (LSH's candidates, whatever the order of insertion) and joined when similar enough, and the groups are the
    connected components of those pairs, which no order changes. So the groups can be kept under the sorted text
    hashes (:func:`imcovid.pipeline._grouped`): adding or removing a copy of a text the corpus holds leaves them
    as they were, and :func:`assign` makes the articles' story ids from them without datasketch."""
    config = config or load_story_config()
    by_hash: dict[str, str] = {}
    for i in sorted(signatures):
        by_hash.setdefault(signatures[i]["text_sha256"], i)
    parent = {h: h for h in by_hash}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    # Only one representative of each identical text goes through LSH: identical copies are one text already, and
    # comparing every copy with every other (captures of one post, replicated posts) would be quadratic.
    sketches = _sketches()
    lsh = sketches.MinHashLSH(threshold=config.threshold, num_perm=config.num_perm, params=(config.bands, config.rows))
    for text, i in sorted(by_hash.items(), key=lambda item: item[1]):
        m = sketches.MinHash(num_perm=config.num_perm, seed=config.seed, scheme=config.scheme,
                             hashvalues=_values(signatures[i]).copy(),
                             permutations=_permutations(config.num_perm, config.seed, config.scheme))
        for other in sorted(lsh.query(m)):
            if similarity(signatures[i], signatures[by_hash[other]]) >= config.threshold:
                union(text, other)
        lsh.insert(text, m)
    members: dict[str, list[str]] = {}
    for text in sorted(by_hash):
        members.setdefault(find(text), []).append(text)
    return list(members.values())


def assign(signatures: dict[str, dict], groups: list[list[str]]) -> dict[str, tuple[str, bool]]:
    """``article_id → (story_id, is_canonical)`` of the articles ``signatures`` (sorted by id) from the stories as
    groups of their texts (:func:`text_groups`): a story is every article whose text is in one group, its id taken
    from its smallest article id, its canonical article the earliest capture (then the longest text, then the id).
    Raises KeyError when an article's text is in no group (groups made for other texts: never served)."""
    story_of = {text: number for number, texts in enumerate(groups) for text in texts}
    members: dict[int, list[str]] = {}
    for i in signatures:  # in id order: each story's members, the stories by their smallest id (group()'s order)
        members.setdefault(story_of[signatures[i]["text_sha256"]], []).append(i)
    out: dict[str, tuple[str, bool]] = {}
    for group_ids in members.values():
        sid = story_id(group_ids)
        canonical = min(group_ids, key=lambda i: _canonical_key(i, signatures[i]))
        for i in group_ids:
            out[i] = (sid, i == canonical)
    return out
