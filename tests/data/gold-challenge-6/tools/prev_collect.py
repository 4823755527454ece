"""Collect PERSON and ORGANIZATION surfaces (mentions only) of the seed gold and challenge sets 1-5 -> prev_surfaces.json.
Reads only the `mentions` of those JSON files (and, separately, ngram_check.py reads their texts by script)."""
import glob, json, os
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(os.path.dirname(HERE))
files = sorted(glob.glob('/work/shared/gold/*.json'))
for s in ('gold-challenge', 'gold-challenge-2', 'gold-challenge-3', 'gold-challenge-4', 'gold-challenge-5'):
    files += sorted(glob.glob(os.path.join(DATA, s, '*.json')))
P, O = set(), set()
for f in files:
    for m in json.load(open(f, encoding='utf-8'))['mentions']:
        if m['type'] == 'PERSON':
            P.add(m['surface'])
        elif m['type'] == 'ORGANIZATION':
            O.add(m['surface'])
json.dump({'files': len(files), 'P': sorted(P), 'O': sorted(O)},
          open(os.path.join(HERE, 'prev_surfaces.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
print(len(files), len(P), len(O))
