"""From a mention to the raw line it came from (``imcovid trace MENTION_ID``).

Offsets refer to the cleaned ``text``; the raw file has markup, spaces the aggregator inserted (``84 例``), entities,
full-width digits and, for the converted plain-text seed, Traditional characters with pinyin glosses. So the raw file
is read line by line into comparable characters (tags, glosses and white space skipped, entities decoded, full-width
ASCII folded, Traditional converted when the source was), each remembering its raw column, and the mention's surface
is looked for there. The mention is the k-th occurrence of its surface in ``text``; when the raw file has as many
occurrences in its body, the k-th is the one; otherwise (a caption, a title or a source line moved out of the text
also holds the words) the candidate whose surroundings agree with the mention's own context in its paragraph is the
one, when it agrees strictly better than every other; failing that, every candidate is listed."""

from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow.compute as pc
import pyarrow.parquet as pq

from imcovid.clean import pinyin  # the converter's pinyin glosses, 區(qū) and ?zhǔn), as the cleaning removes them
from imcovid.publish.parquet import data_files
from imcovid.readers.decode import decode
from imcovid.readers.document import SourceRejected

_TAG = re.compile(r"<[^>]*>")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+\d*);")
_CONTEXT = 20  # characters of text and raw line shown on each side
# When the raw body holds the surface more (or fewer) times than the text, the candidate is chosen by its
# surroundings: up to this many characters of the mention's paragraph on each side are compared, and the best
# candidate must agree on at least _LEAST_AGREEMENT of them and beat every other.
_CONTEXT_MATCH = 30
_LEAST_AGREEMENT = 4


@dataclass
class Trace:
    mention: dict
    article: dict
    source: Path
    sha256_ok: bool
    occurrence: int  # the mention is this occurrence (0-based) of its surface in the article's text
    in_text: int  # occurrences of the surface in the text
    candidates: list[tuple[int, int, int, str]] = field(default_factory=list)  # (line, column, end column, line)
    chosen: int | None = None  # index into candidates: the k-th when the counts agree, else the one whose context agrees
    how: str | None = None  # "count" (the k-th of as many) or "context" (the surroundings agree best), None if not chosen
    agreement: list[int] = field(default_factory=list)  # per candidate: characters of context that agree with the text

    def lines(self) -> list[str]:
        m, text = self.mention, self.article["text"]
        before = text[max(0, m["start"] - _CONTEXT):m["start"]].replace("\n", "⏎")
        after = text[m["end"]:m["end"] + _CONTEXT].replace("\n", "⏎")
        out = [f"mention {m['mention_id']}  {m['type']}  {m['surface']}  (rule {m['rule']})"]
        if values := _values(m):
            out.append(f"fields  {values}")
        out += [f"text    article {m['article_id']}, text[{m['start']}:{m['end']}]: …{before}[{m['surface']}]{after}…",
                f"sentence {_sentence(text, m['start'], m['end'])}  (article published {self.article.get('published_date_local') or 'on no known date'})",
               f"source  {self.source}  (sha256 {'matches' if self.sha256_ok else 'DIFFERS from'} the article's "
               "source_sha256)"]
        if not self.candidates:
            out.append(f"raw     the surface was not found in the raw file (occurrence {self.occurrence + 1} of "
                       f"{self.in_text} in the text)")
        for index, (line, start, end, raw) in enumerate(self.candidates):
            mark = "raw    " if index == self.chosen else "maybe  "
            out.append(f"{mark} line {line}, columns {start + 1}–{end}: …{raw[max(0, start - _CONTEXT):start]}"
                       f"[{raw[start:end]}]{raw[end:end + _CONTEXT]}…")
        if self.candidates and self.chosen is None:
            out.append(f"        (the text has {self.in_text} occurrences and the raw body {len(self.candidates)}: "
                       f"this mention is occurrence {self.occurrence + 1} of the text, and no candidate's "
                       "surroundings agree with its context better than every other's)")
        elif self.how == "context":
            out.append(f"        (the text has {self.in_text} occurrences and the raw body {len(self.candidates)}: "
                       f"chosen by its surroundings, {self.agreement[self.chosen]} characters agree with the "
                       f"mention's context in the text; the next best {_second(self.agreement)})")
        return out


# The normalized fields of each mention type, in the codebook's order: what a reader checks against the sentence
# (a figure's date, place, origin and period; a measure's code and action) — a quick check of 27.0.0 had to join
# the mentions and articles configs by hand to see them.
_FIELDS = {
    "PERSON": ("title",),
    "LOCATION": ("code", "level", "name"),
    "ORGANIZATION": (),
    "DATE": ("value",),
    "MEASURE": ("code", "action", "level", "targeted", "place_code", "mode"),
    "CASE_COUNT": ("metric", "value", "place_code", "as_of", "origin", "period", "subject"),
}
_SENTENCE_END = "。！？!?；;\n"
_LONGEST_SENTENCE = 240  # characters of the sentence shown; a longer one is cut around the mention


def _values(mention: dict) -> str:
    """The mention's normalized fields, ``name=value``, null ones shown as null (a null place or date is an answer)."""
    parts = []
    for name in _FIELDS.get(mention.get("type"), ()):
        value = mention.get(name)
        parts.append(f"{name}={'null' if value is None else value}")
    if mention.get("note"):
        parts.append(f"note={mention['note']}")
    return "  ".join(parts)


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence holding ``text[start:end]``, the span in brackets (its context decides a figure's date and
    scope more often than the 20 characters either side do)."""
    left = max((text.rfind(c, 0, start) for c in _SENTENCE_END), default=-1) + 1
    ends = [i for i in (text.find(c, end) for c in _SENTENCE_END) if i >= 0]
    right = min(ends) + 1 if ends else len(text)
    left = max(left, start - _LONGEST_SENTENCE // 2)
    right = min(right, end + _LONGEST_SENTENCE // 2)
    return (text[left:start] + f"[{text[start:end]}]" + text[end:right]).replace("\n", "⏎").strip()


def _second(values: list[int]) -> int:
    """The second-highest value (0 when there is one value)."""
    return sorted(values, reverse=True)[1] if len(values) > 1 else 0


def _fold(ch: str) -> str:
    """Full-width ASCII to ASCII (the cleaning folds ３８６ to 386), on both sides of the comparison."""
    code = ord(ch)
    return chr(code - 0xFEE0) if 0xFF01 <= code <= 0xFF5E else ch


def comparable(line: str) -> tuple[str, list[int]]:
    """``line`` without tags, pinyin glosses (whole, or with their ``(`` lost after damaged bytes) and white space,
    entities decoded and full-width ASCII folded, with the raw column of each character kept."""
    chars: list[str] = []
    columns: list[int] = []
    i = 0
    while i < len(line):
        skipped = _TAG.match(line, i) or pinyin.GLOSS.match(line, i) or pinyin.HEADLESS_GLOSS.match(line, i)
        if skipped:
            i = skipped.end()
            continue
        entity = _ENTITY.match(line, i)
        if entity:
            for ch in html.unescape(entity.group()):
                if not ch.isspace():
                    chars.append(_fold(ch))
                    columns.append(i)
            i = entity.end()
            continue
        if not line[i].isspace():
            chars.append(_fold(line[i]))
            columns.append(i)
        i += 1
    return "".join(chars), columns


def _find_mention(dataset: Path, mention_id: str) -> dict:
    for path in data_files(dataset, "mentions"):
        table = pq.read_table(path)
        hit = table.filter(pc.equal(table["mention_id"], mention_id))
        if hit.num_rows:
            return hit.to_pylist()[0]
    raise LookupError(f"no mention {mention_id} in {dataset}")


def _find_article(dataset: Path, article_id: str) -> dict:
    columns = ["id", "source_file", "source_sha256", "source_format", "source_script", "text", "published_date_local"]
    for path in data_files(dataset, "articles"):
        # (the publication date only where the file has it: a folder of an older release or a partial one still traces)
        present = set(pq.read_schema(path).names)
        table = pq.read_table(path, columns=[c for c in columns if c in present or c != "published_date_local"])
        hit = table.filter(pc.equal(table["id"], article_id))
        if hit.num_rows:
            return hit.to_pylist()[0]
    raise LookupError(f"no article {article_id} in {dataset}")


def _body_lines(raw: str, source_format: str) -> list[tuple[int, str]]:
    """(1-based line number, line) of the raw file's body: a Hexo post's front matter (title, categories) is not
    the text the offsets refer to."""
    lines = raw.splitlines()
    start = 0
    if source_format == "hexo":
        fences = [n for n, line in enumerate(lines) if line.strip() == "---"][:2]
        if len(fences) == 2:
            start = fences[1] + 1
    return [(n + 1, lines[n]) for n in range(start, len(lines))]


def trace(mention_id: str, dataset: Path, seeds: Path) -> Trace:
    """The mention, its article, its raw file and the raw line(s) holding its surface."""
    dataset, seeds = Path(dataset), Path(seeds)
    mention = _find_mention(dataset, mention_id)
    article = _find_article(dataset, mention["article_id"])
    source = seeds / article["source_file"]
    data = source.read_bytes()
    sha_ok = hashlib.sha256(data).hexdigest() == article["source_sha256"]
    try:  # the bytes read as the build read them (imcovid.readers.decode)
        raw = decode(data)[0]
    except SourceRejected:
        raw = data.decode("utf-8", errors="replace")
    text, surface = article["text"], mention["surface"]
    occurrence = _count(text, surface, mention["start"])
    in_text = _count(text, surface, len(text))
    wanted = comparable(surface)[0]
    convert = article.get("source_script") == "zh-Hant"
    candidates, matched = [], []
    left, right = _paragraph_context(text, mention["start"], mention["end"])
    for number, line in _body_lines(raw, article["source_format"]):
        chars, columns = comparable(line)
        if convert:
            from imcovid.clean.script import to_simplified

            simplified = to_simplified(chars)
            chars = simplified if len(simplified) == len(chars) else chars
        at = chars.find(wanted)
        while at >= 0:
            last = at + len(wanted) - 1
            candidates.append((number, columns[at], columns[last] + 1, line))
            matched.append(_agreement(chars, at, at + len(wanted), left, right))
            at = chars.find(wanted, at + len(wanted))
    if candidates and len(candidates) == in_text:
        chosen, how = occurrence, "count"
    else:
        chosen, how = _best_context(matched), "context"
        if chosen is None:
            how = None
    return Trace(mention, article, source, sha_ok, occurrence, in_text, candidates, chosen, how, matched)


def _paragraph_context(text: str, start: int, end: int) -> tuple[str, str]:
    """The comparable characters of the mention's paragraph before and after it (at most ``_CONTEXT_MATCH`` each)."""
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    para_end = len(text) if para_end < 0 else para_end
    return (comparable(text[max(para_start, start - _CONTEXT_MATCH):start])[0],
            comparable(text[end:min(para_end, end + _CONTEXT_MATCH)])[0])


def _agreement(chars: str, start: int, end: int, left: str, right: str) -> int:
    """How many characters around a raw candidate agree with the mention's own context in the text, read outwards
    from the surface on each side until the first difference."""
    n = 0
    while n < len(left) and n < start and chars[start - 1 - n] == left[-1 - n]:
        n += 1
    k = 0
    while k < len(right) and end + k < len(chars) and chars[end + k] == right[k]:
        k += 1
    return n + k


def _best_context(matched: list[int]) -> int | None:
    """The candidate whose surroundings agree best with the mention's context in the text, when one agrees strictly
    better than every other and on at least ``_LEAST_AGREEMENT`` characters (a caption, a title or a source line that
    also holds the words reads differently around them); None when two tie."""
    if not matched:
        return None
    best = max(matched)
    if best < _LEAST_AGREEMENT or matched.count(best) > 1:
        return None
    return matched.index(best)


def _count(text: str, surface: str, before: int) -> int:
    """Non-overlapping occurrences of ``surface`` in ``text`` that start before ``before``."""
    n, at = 0, text.find(surface)
    while 0 <= at < before:
        n += 1
        at = text.find(surface, at + len(surface))
    return n
