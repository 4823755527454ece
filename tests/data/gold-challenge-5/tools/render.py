"""Print each text with its mentions bracketed (for reading the annotation): [P:..] [L:..|code] [O:..] [D:..=value]."""
import sys, datetime
import markup
from texts import DOCS
sel = sys.argv[1:]
for d in DOCS:
    if sel and d['id'] not in sel:
        continue
    pa = datetime.datetime.fromisoformat(d['published_at'])
    pub = (pa + datetime.timedelta(hours=8)).date()
    text, ms = markup.parse(d['text'], pub)
    opens, closes = {}, {}
    for m in ms:
        opens.setdefault(m['start'], []).append(m)
        closes.setdefault(m['end'], []).append(m)
    out = []
    for i in range(len(text) + 1):
        for m in reversed(closes.get(i, [])):
            extra = {'LOCATION': f"|{m['code']}", 'DATE': f"={m['value']}", 'PERSON': f"|{m['title']}" if m['title'] else ''}.get(m['type'], '')
            out.append(extra + ']')
        for m in sorted(opens.get(i, []), key=lambda m: -m['end']):
            out.append('[' + m['type'][0] + ':')
        if i < len(text):
            out.append(text[i])
    print('=====', d['id'], pub)
    print(''.join(out))
