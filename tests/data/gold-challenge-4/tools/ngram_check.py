"""Report 12-character strings shared between the F texts and the texts of the earlier challenge sets and the
seed gold (to make sure no sentence was reused). Reads only the JSON files' `text` fields."""
import glob
import json
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 12
sys.path.insert(0, '.')
from build import build  # noqa: E402

others = []
for pat in ['/work/main/tests/data/gold-challenge/*.json', '/work/main/tests/data/gold-challenge-2/*.json',
            '/work/main/tests/data/gold-challenge-3/*.json', '/work/shared/gold/*.json']:
    for f in sorted(glob.glob(pat)):
        others.append((f.split('/')[-2] + '/' + f.split('/')[-1], json.load(open(f, encoding='utf-8'))['text']))
grams = {}
for name, t in others:
    for i in range(len(t) - N + 1):
        grams.setdefault(t[i:i + N], name)
out, _ = build()
hits = 0
for i, rec, _ in out:
    t = rec['text']
    seen = set()
    for k in range(len(t) - N + 1):
        g = t[k:k + N]
        if g in grams and g not in seen and '\n' not in g:
            seen.add(g)
            hits += 1
            print(i, repr(g), grams[g])
print(hits, 'shared', N, '-grams')
