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
import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np
import xxhash
from datasketch import MinHash, MinHashLSH

from imcovid.memo import memo


@dataclass(frozen=True)
class StoryConfig:
    shingle: int
    num_perm: int
    seed: int
    threshold: float
    scheme: str


@lru_cache(maxsize=1)
def load_story_config() -> StoryConfig:
    data = tomllib.loads(resources.files("imcovid").joinpath("data/stories.toml").read_text(encoding="utf-8"))
    return StoryConfig(int(data["shingle"]), int(data["num_perm"]), int(data["seed"]), float(data["threshold"]),
                       str(data["scheme"]))


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
    return MinHash(num_perm=num_perm, seed=seed, scheme=scheme).permutations


def _minhash(values: set[str], config: StoryConfig) -> MinHash:
    # xxHash32 of each shingle instead of datasketch's default (the first 4 bytes of SHA-1): the same 32-bit input
    # to the permutations, from a C function about eight times faster; the shingles' hashing was most of the
    # signature's cost, and the signature runs for every source.
    # The shingles are hashed here, in one comprehension, and handed over as the integers they are (``hashfunc=int``):
    # datasketch would call a Python-level hash function per shingle again. No sorting: a MinHash is a minimum per
    # permutation, the same whatever the order of the values.
    m = MinHash(num_perm=config.num_perm, seed=config.seed, scheme=config.scheme, hashfunc=int,
                permutations=_permutations(config.num_perm, config.seed, config.scheme))
    digest = xxhash.xxh32_intdigest
    m.update_batch([digest(v.encode("utf-8")) for v in values])
    return m


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
            np.asarray(_minhash(shingles(normal, config.shingle), config).hashvalues, dtype=np.uint64).tobytes())


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
    config = config or load_story_config()
    signatures = dict(sorted(items))
    ids = list(signatures)
    parent = {i: i for i in ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    by_hash: dict[str, str] = {}
    for i in ids:
        first = by_hash.setdefault(signatures[i]["text_sha256"], i)
        if first != i:
            union(first, i)
    # Only one representative of each identical text goes through LSH: identical copies are joined already, and
    # comparing every copy with every other (captures of one post, replicated posts) would be quadratic.
    lsh = MinHashLSH(threshold=config.threshold, num_perm=config.num_perm)
    for i in sorted(by_hash.values()):
        m = MinHash(num_perm=config.num_perm, seed=config.seed, scheme=config.scheme,
                    hashvalues=_values(signatures[i]).copy(),
                    permutations=_permutations(config.num_perm, config.seed, config.scheme))
        for other in sorted(lsh.query(m)):
            if similarity(signatures[i], signatures[other]) >= config.threshold:
                union(i, other)
        lsh.insert(i, m)
    members: dict[str, list[str]] = {}
    for i in ids:
        members.setdefault(find(i), []).append(i)
    out: dict[str, tuple[str, bool]] = {}
    for group_ids in members.values():
        sid = story_id(group_ids)
        canonical = min(group_ids, key=lambda i: _canonical_key(i, signatures[i]))
        for i in group_ids:
            out[i] = (sid, i == canonical)
    return out
