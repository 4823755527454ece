"""List 12-character strings shared by the H texts and the texts of the seed gold and challenge sets 1-5
(read by script only; the gold-corpus texts are not read)."""
import collections
import glob
import json
import os

from build import build

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(os.path.dirname(HERE))
N = 12
files = sorted(glob.glob('/work/shared/gold/*.json'))
for s in ('gold-challenge', 'gold-challenge-2', 'gold-challenge-3', 'gold-challenge-4', 'gold-challenge-5'):
    files += sorted(glob.glob(os.path.join(DATA, s, '*.json')))
old = set()
for f in files:
    t = json.load(open(f, encoding='utf-8'))['text']
    old.update(t[i:i + N] for i in range(len(t) - N + 1))
out, err, _ = build()
shared = collections.Counter()
for i, rec, n in out:
    t = rec['text']
    for j in range(len(t) - N + 1):
        g = t[j:j + N]
        if g in old and '\n' not in g:
            shared[(i, g)] += 1
for (i, g), c in sorted(shared.items()):
    print(i, g)
print(len(shared), 'shared', N, '-grams')
