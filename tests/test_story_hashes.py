"""The stories' shingle hashes, computed for a whole text at once in numpy, are xxHash32 of each shingle's UTF-8, as
xxhash computes it one shingle at a time; the MinHash (and so every story id) is the same as from those."""

from __future__ import annotations

import numpy as np
import xxhash
from datasketch import MinHash
from hypothesis import example, given, settings
from hypothesis import strategies as st

from imcovid.stories import _text_hashes, load_story_config, normalize, shingle_hashes, shingles

# ASCII, 2-, 3- and 4-byte UTF-8 characters, so that shingles of every byte length from 5 to 20 occur.
_TEXT = st.text(st.sampled_from("a1Zé§内蒙古额济纳旗\u0800\uffff\U00010000\U00020000\U0010ffff"), max_size=60) | st.text(max_size=30)


@settings(max_examples=400, deadline=None)
@given(_TEXT, st.integers(1, 8))
@example("", 5)
@example("内蒙古", 5)
@example("内蒙古额济", 5)
@example("\U00020000" * 9, 5)  # 20-byte shingles: xxh32's four-lane path
def test_each_shingle_hash_is_xxh32_of_its_utf8(text, size):
    expected = [xxhash.xxh32_intdigest(s.encode("utf-8")) for s in
                ([text[i : i + size] for i in range(len(text) - size + 1)] if len(text) > size else [text] if text else [])]
    assert sorted(shingle_hashes(text, size)) == sorted(expected)
    assert set(shingle_hashes(text, size)) == {xxhash.xxh32_intdigest(s.encode("utf-8")) for s in shingles(text, size)}


def _reference(text: str, title: str, config) -> tuple[str, bytes]:
    # Release 7.0.0: the set of shingles, hashed one by one, into datasketch.
    import hashlib

    normal = normalize(text) or normalize(title)
    m = MinHash(num_perm=config.num_perm, seed=config.seed, scheme=config.scheme, hashfunc=int)
    m.update_batch([xxhash.xxh32_intdigest(v.encode("utf-8")) for v in shingles(normal, config.shingle)])
    return hashlib.sha256(normal.encode("utf-8")).hexdigest(), np.asarray(m.hashvalues, dtype=np.uint64).tobytes()


@settings(max_examples=200, deadline=None)
@given(_TEXT, st.text(max_size=8))
@example("10月26日，额济纳旗新增本土确诊病例6例。\n内蒙古自治区卫生健康委员会通报", "")
@example("！！", "标题")
@example("", "")
def test_the_same_minhash_as_shingle_by_shingle(text, title):
    config = load_story_config()
    assert _text_hashes(text, title, config) == _reference(text, title, config)
