"""The MEASURE model's n-gram look-up (session 11): ``measure_model.KeyTable`` against the alternatives, CPU ms for
one pass over the development texts of the gold (``tests/test_startup_s11.py`` picks them; held-out posts are not
read). Needs pandas (the test extra) for the reference.

    python benchmarks/measure_lookup.py
"""

import sys
import time

import numpy as np
import pandas as pd

from imcovid.annotate import measure_model as mm
from imcovid.version import PROJECT_ROOT

sys.path.insert(0, str(PROJECT_ROOT / "tests"))
from test_startup_s11 import _development_texts  # noqa: E402


def main() -> None:
    model = mm.parse_shipped()
    keys = model.keys
    grams = []
    for text in _development_texts():
        points = mm._points(text)
        grams.append(np.concatenate([mm._keys(points, n) for n in mm._NGRAMS if len(points) >= n]))
    index = pd.Index(keys)
    table = {k: i for i, k in enumerate(keys.tolist())}

    def searchsorted(g):
        at = np.minimum(np.searchsorted(keys, g), len(keys) - 1)
        return np.where(keys[at] == g, at, -1)

    def dict_per_unique(g):
        unique, inverse = np.unique(g, return_inverse=True)
        return np.array([table.get(k, -1) for k in unique.tolist()], dtype=np.intp)[inverse]

    ways = {"KeyTable": model.index.rows, "pandas.Index": index.get_indexer, "searchsorted": searchsorted,
            "dict per unique n-gram": dict_per_unique}
    for g in grams:
        for way in ways.values():
            assert np.array_equal(way(g), index.get_indexer(g))
    print(f"{len(grams)} texts, {sum(map(len, grams))} n-grams, {len(keys)} keys")
    for _ in range(3):
        row = {}
        for name, way in ways.items():
            start = time.process_time()
            for _ in range(5):
                for g in grams:
                    way(g)
            row[name] = round((time.process_time() - start) / 5 * 1000, 1)
        print("CPU ms per pass:", row)


if __name__ == "__main__":
    main()
