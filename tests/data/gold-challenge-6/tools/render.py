"""Print the built texts with mentions bracketed, for reading: [TYPE text] (innermost shown last)."""
import sys
from build import build
out, err, _ = build()
want = set(sys.argv[1:])
for i, rec, n in out:
    if want and i not in want:
        continue
    t = rec['text']
    ins = {}
    for m in rec['mentions']:
        ins.setdefault(m['start'], []).append('[' + m['type'][0] + ':')
        ins.setdefault(m['end'], []).insert(0, ']')
    s = ''.join(''.join(ins.get(k, [])) + ch for k, ch in enumerate(t)) + ''.join(ins.get(len(t), []))
    print('=====', i, rec['published_date_local'], n)
    print(s)
    for m in rec['mentions']:
        if m['type'] == 'PERSON' and m['title']:
            print('   P', m['surface'], '|', m['title'])
for e in err:
    print('ERROR', e)
