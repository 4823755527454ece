"""The cross-source panel: MEASURE and CASE_COUNT mentions of all articles gathered into the `measures` and
`case_counts` configs, each row linked to its evidence (mention and article ids).

Per source, :func:`dated_mentions` attaches to each MEASURE mention its date (the explicit date of its sentence, else
the article's publication date, as the guideline says) and keeps only the fields the panel needs; the cross-source
functions :func:`measure_rows` and :func:`case_count_rows` take those small records from every article, in any order,
and return rows in a deterministic order. Disagreeing figures are kept side by side and marked, never averaged; a
running total smaller than an earlier one of its place and metric is marked too (:class:`RunningTotals`, the one flag
that depends on other keys' rows: it is set in the rows' order, however they are made).
"""

from __future__ import annotations

import hashlib
import heapq
import io
import pickle
import re
from collections.abc import Iterable, Iterator
from datetime import date

_SENTENCE_END = "。！？\n"
_KEEP = ("article_id", "mention_id", "type", "start", "code", "action", "level", "targeted", "place_code", "mode",
         "metric", "value", "as_of", "origin", "period", "subject")


def _iso(value) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, date) else str(value)


def dated_mentions(text: str, published: date | None, mentions: Iterable[dict]) -> list[dict]:
    """Per source: the MEASURE and CASE_COUNT mentions of one article, with a ``date`` for each MEASURE (the last
    explicit DATE of its sentence before or inside it, else ``published``) and a ``place_scope`` for each CASE_COUNT
    (:func:`place_scope`)."""
    mentions = list(mentions)
    dates = [m for m in mentions if m["type"] == "DATE" and m.get("value")]
    places = [m for m in mentions if m["type"] == "LOCATION" and not m.get("parent_id")]
    national: list[bool] = []  # (whether the text reports national figures: looked for once, at the first need)
    out = []
    for m in mentions:
        if m["type"] not in ("MEASURE", "CASE_COUNT"):
            continue
        record = {k: m.get(k) for k in _KEEP}
        if m["type"] == "MEASURE":
            sentence = max(text.rfind(c, 0, m["start"]) for c in _SENTENCE_END) + 1
            inside = [d for d in dates if sentence <= d["start"] and d["end"] <= m["end"]]
            record["date"] = inside[-1]["value"] if inside else _iso(published)
        else:
            record["place_scope"] = place_scope(text, m, places, national)
        out.append(record)
    return out


_CLAUSE_END = "，,；;：:。！？\n"
# Several divisions named together as the place of a figure: a number of provinces other than all 31 (涉及至少16省份,
# 波及16个省份, 多省份, 5个省区市), or Hong Kong, Macao and Taiwan together (港澳台地区). Not 31个省（自治区、直辖市）or
# 31省份, the whole country's bulletin.
_SEVERAL_DIVISIONS = re.compile(r"(?:(?<!\d)(?!31(?!\d))\d{1,2}|多|(?<![一二两三四五六七八九十])(?!三十一)[一二两三四五六七八九十]{1,3})个?省(?:份|区市|市)|港澳台")


def place_scope(text: str, mention: dict, places: list[dict], national: list[bool]) -> str:
    """The place scope of one CASE_COUNT (guideline: ``place_code`` null for the country and for a unit that is not
    a division; the panel must not file the second under the first). ``division``: it has a code. With no code, in
    this order: ``unplaced`` when its sentence before it names several divisions together (已波及16个省份…累计…;
    累计收到港澳台地区通报确诊病例…); ``national`` when a national term reports it in its clause (31个省（自治区、直辖市）
    和新疆生产建设兵团报告新增…, 全国新增…); ``unplaced`` when a place names itself in its clause or span (兰州新区32例;
    美国新增…, a place with no code; ``places``: the article's top-level LOCATION mentions, so that 新疆 inside
    新疆生产建设兵团 is none) or when the text reports no national figure anywhere (a zone's or a town's bulletin:
    排查进入示范区返乡人员934人); else ``national`` — a figure of a national bulletin with no place of its own
    (无新增死亡病例, 累计治愈出院病例91787例). ``national`` caches whether the text reports national figures. The
    national tests are the annotator's own (:mod:`imcovid.annotate.case_counts`), not a second list."""
    if mention.get("place_code"):
        return "division"
    from imcovid.annotate.case_counts import _national_at, _national_report

    start, end = mention["start"], mention["end"]
    sentence = max(text.rfind(c, 0, start) for c in _SENTENCE_END) + 1
    if _SEVERAL_DIVISIONS.search(text, sentence, end):
        return "unplaced"
    clause = max(text.rfind(c, 0, start) for c in _CLAUSE_END) + 1
    if _national_at(text, clause, start) >= 0:
        return "national"
    if any(clause <= p["start"] < end for p in places):
        return "unplaced"
    if not national:
        national.append(_national_report(text))
    return "national" if national[0] else "unplaced"


def _row_id(*parts) -> str:
    return hashlib.sha256("|".join("" if p is None else str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


# What each config groups by: one row per key over the mentions of every article. A figure with no place code is
# keyed by its place scope too (see place_scope), so that a zone's or a foreign country's figure never joins the
# country's row; and by its qualifiers (origin, period, subject: see _qualifiers_of), so that a national bulletin's
# imported-case total, its all-case total and its day's discharges are rows of their own, not one row of three values.
KEYS = {"measures": ("MEASURE", ("place_code", "date", "code", "action")),
        "case_counts": ("CASE_COUNT", ("place_code", "as_of", "metric", "place_scope", "origin", "period", "subject"))}
_QUALIFIERS = ("origin", "period", "subject")


def group_key(config: str, mention: dict) -> tuple:
    if config == "case_counts":
        return (mention.get("place_code"), _iso(mention.get("as_of")), mention.get("metric"), _scope_of(mention),
                *_qualifiers_of(mention))
    return tuple(_iso(mention.get(f)) if f == "date" else mention.get(f) for f in KEYS[config][1])


def _qualifiers_of(mention: dict) -> tuple:
    """A figure's (origin, period, subject) as its row is keyed: the mention's, with what its metric fixes filled in
    (:func:`imcovid.annotate.count_qualifiers.key_qualifiers`: a 新增本土 and a bare 新增 figure of one place and day
    are one quantity, one row)."""
    from imcovid.annotate.count_qualifiers import key_qualifiers

    return key_qualifiers(mention["metric"], *(mention.get(q) for q in _QUALIFIERS))


def _scope_of(mention: dict) -> str:
    """A figure's place scope: as :func:`dated_mentions` found it, else (evidence made without the text) from its
    place code alone: ``division`` with a code, ``national`` without."""
    return mention.get("place_scope") or ("division" if mention.get("place_code") else "national")


def sort_text(key: tuple) -> str:
    """The rows' order as one string (nulls last, then by text; parts joined by NUL, which sorts before any character):
    what an on-disk sort orders by to give the same order as sorting the keys in memory."""
    return "\x00".join("1" if part is None else "0" + str(part) for part in key)


def measure_rows(mentions: Iterable[dict]) -> list[dict]:
    """One row per (place_code, date, code, action) over the MEASURE mentions of every article."""
    return _rows("measures", mentions)


def case_count_rows(mentions: Iterable[dict]) -> list[dict]:
    """One row per (place_code, as_of, metric, place_scope, origin, period, subject) over the CASE_COUNT mentions of
    every article."""
    return _rows("case_counts", mentions)


def _rows(config: str, mentions: Iterable[dict]) -> list[dict]:
    groups: dict[tuple, list[dict]] = {}
    for m in mentions:
        if m["type"] == KEYS[config][0]:
            groups.setdefault(group_key(config, m), []).append(m)
    totals = RunningTotals() if config == "case_counts" else None
    out = []
    for key in sorted(groups, key=sort_text):
        part = partial(config, sorted(groups[key], key=lambda m: m["mention_id"]))
        falls = totals.falls(key, {value for _, value, _ in part}) if totals is not None else False
        out.append(row_of(config, key, part, falls=falls))
    return out


def row(config: str, key: tuple, evidence: list[dict]) -> dict:
    """The row of one key from its evidence, sorted by mention id (a ``case_counts`` row alone: its
    ``below_earlier_total`` needs the rows before it, :class:`RunningTotals`, and is false here)."""
    return row_of(config, key, partial(config, evidence))


class RunningTotals:
    """The ``below_earlier_total`` flag of ``case_counts`` rows, fed every row's key and values in the rows' order
    (:func:`sort_text`: by place code, then as-of date, nulls last), so that one pass over the rows in any of the
    build's ways of making them (in memory, :func:`merged_rows`, :func:`write_changed`) sets it alike. A row of a
    running-total metric (``METRIC_KINDS`` kind ``running``: ``confirmed_cumulative``, ``asymptomatic_cumulative``,
    ``positive_cumulative``) with an as-of date is flagged when its largest value is smaller than the largest value
    of a row of the same place code, place scope, metric, period and subject with an earlier as-of
    date and an origin the row's total holds (a total of all cases holds local and imported ones): even its largest figure
    cannot be the running total. (Its largest, not any: a row that also holds a part of the total, the imported
    cases' running total beside the country's, is marked ``differ_within_article`` already; comparing its smallest
    value flagged six of the nine rows of the 26.0.0 panel for that alone.) Why: a running total cannot
    fall, so such a row holds a figure the annotation filed wrongly (a city's or this round's total the text gives as
    the region's: Inner Mongolia's confirmed_cumulative 169 on 2021-11-16, 20 on 2021-11-28) or an earlier one is
    wrong; no rule can tell from one text, so the reader is warned. The later, lower row is the one flagged (not the
    earlier, higher one) because the known errors of this kind are parts filed as the whole, which are smaller than
    the true total, and because the rows come in date order: the flag of a row needs only the rows before it, one
    running maximum per place, scope and metric, never a look ahead. Rows without an as-of date, ``unplaced`` rows
    (figures of different places under one key), and every other metric (new and current counts rise and fall; ``deaths`` and the like mix new and running counts), are never
    flagged."""

    def __init__(self) -> None:
        self._highest: dict[tuple, int] = {}

    @staticmethod
    def watches(key: tuple) -> bool:
        """Whether the row of ``key`` (place_code, as_of, metric, place_scope, then the qualifiers) can be flagged: a dated running total
        of a division or of the country (an ``unplaced`` row gathers figures of different places: a zone's, several
        provinces', a foreign country's; they make no series)."""
        from imcovid.models import METRIC_KINDS

        return key[1] is not None and key[3] != "unplaced" and METRIC_KINDS.get(key[2], ("",))[0] == "running"

    def falls(self, key: tuple, values) -> bool:
        """The flag of the row of ``key`` with ``values`` (the next row in order); remembers its largest value."""
        if not values or not self.watches(key):
            return False
        # The period and subject too: one round's total since a stated start is no all-time total. The origin is
        # compared by what a total holds: a total of all cases (origin null) holds the local and the imported ones,
        # so it falls below an earlier total of any origin; a local or imported total only below one of its own
        # origin (an imported total is no fall from an earlier all-case total).
        origin, rest = key[4] if len(key) > 4 else None, tuple(key[5:])
        group = (key[0], key[2], key[3], *rest)
        earlier = [self._highest.get((*group, o)) for o in ((None, "local", "imported") if origin is None else (origin,))]
        earlier = [h for h in earlier if h is not None]
        mine = (*group, origin)
        self._highest[mine] = max(values) if mine not in self._highest else max(self._highest[mine], max(values))
        return bool(earlier) and max(values) < max(earlier)


def key_of_sort(sort: str) -> tuple:
    """The key whose :func:`sort_text` is ``sort`` (its parts as strings, None for a null)."""
    return tuple(None if part == "1" else part[1:] for part in sort.split("\x00"))


def _falls_digest(digest: str) -> str:
    """The digest of a row whose ``below_earlier_total`` is true: the flag is no part of the key's partials (it
    depends on other keys' rows), so it is folded into the digest that names the row in the row memo and the cached
    row groups (:func:`write_changed`); a row whose flag changes is made again, never taken from a cache."""
    return hashlib.sha256(f"{digest}\0below_earlier_total".encode("utf-8")).hexdigest()


# A *partial* is what a row needs of some of its evidence (one block of sources' worth), in a form that merges: the
# row of a key is made from the merge of the partials of every block, so that a block's partials can be cached with
# its shard and an unchanged block's evidence is never read again. measures: (mention ids, article ids, highest
# level or None, all targeted, modes); case_counts: ((mention id, value, article id), …); every sequence sorted.

def partial(config: str, evidence: list[dict]) -> tuple:
    """The partial of some evidence of one key (any order)."""
    if config == "measures":
        levels = [int(m["level"]) for m in evidence if m.get("level") not in (None, "")]
        return (tuple(sorted(m["mention_id"] for m in evidence)), tuple(sorted({m["article_id"] for m in evidence})),
                max(levels) if levels else None, all(bool(m.get("targeted")) for m in evidence),
                tuple(sorted({m["mode"] for m in evidence if m.get("mode")})))
    return tuple(sorted((m["mention_id"], int(m["value"]), m["article_id"]) for m in evidence))


def merge_partials(config: str, parts: list[tuple]) -> tuple:
    """One partial from the partials of disjoint sets of evidence of one key."""
    if len(parts) == 1:
        return parts[0]
    if config == "measures":
        levels = [p[2] for p in parts if p[2] is not None]
        return (tuple(sorted(i for p in parts for i in p[0])), tuple(sorted({i for p in parts for i in p[1]})),
                max(levels) if levels else None, all(p[3] for p in parts), tuple(sorted({x for p in parts for x in p[4]})))
    return tuple(sorted(e for p in parts for e in p))


def row_of(config: str, key: tuple, merged: tuple, falls: bool = False) -> dict:
    """The row of one key from the partial of all its evidence (``falls``: a ``case_counts`` row's
    ``below_earlier_total``, :class:`RunningTotals`)."""
    return _measure_row(key, merged) if config == "measures" else _case_count_row(key, merged, falls)


def _measure_row(key: tuple, merged: tuple) -> dict:
    place, day, code, action = key
    mention_ids, article_ids, level, targeted, modes = merged
    return {
        "measure_id": _row_id(place, day, code, action),
        "place_code": place,
        "date": date.fromisoformat(day) if day else None,
        "code": code,
        "action": action,
        "level": level,
        "targeted": targeted,
        "modes": list(modes),
        "mention_ids": list(mention_ids),
        "article_ids": list(article_ids),
    }


def case_count_id(place: str | None, as_of: str | None, metric: str, scope: str, qualified: tuple) -> str:
    """A row's id from its key. A row of a division or of the country keeps the id of releases before the place
    scope; an unplaced row (new then) has the scope in its id, so that it never takes the country's id. A row whose
    qualifiers are only what its metric implies keeps the id of releases before the qualifiers; any other has them
    after (``origin|period|subject``, null as empty), so that it never takes that row's id."""
    from imcovid.annotate.count_qualifiers import implied_qualifiers

    parts = (place, as_of, metric) if scope != "unplaced" else (place, as_of, metric, scope)
    if tuple(qualified) != implied_qualifiers(metric):
        parts += tuple(qualified)
    return _row_id(*parts)


def _case_count_row(key: tuple, merged: tuple, falls: bool = False) -> dict:
    place, as_of, metric, scope, *qualified = key
    values = sorted({value for _, value, _ in merged})
    by_article: dict[str, set[int]] = {}
    for _, value, article in merged:
        by_article.setdefault(article, set()).add(value)
    articles = sorted(by_article)
    return {
        "case_count_id": case_count_id(place, as_of, metric, scope, tuple(qualified)),
        "place_code": place,
        "place_scope": scope,
        "as_of": date.fromisoformat(as_of) if as_of else None,
        "metric": metric,
        **dict(zip(_QUALIFIERS, qualified)),
        "value": values[0] if len(values) == 1 else None,
        "values": values,
        **value_flags(by_article),
        "below_earlier_total": falls,
        "evidence": [{"value": value, "mention_id": mention, "article_id": article}
                     for mention, value, article in merged],
        "article_ids": articles,
    }


def value_flags(by_article: dict[str, set[int]]) -> dict[str, bool]:
    """Whether a row's values agree, from the values each article gives for its key. ``values_differ``: the row
    holds more than one distinct value (its ``value`` is null). ``differ_within_article``: one article alone gives
    several values — figures of different quantities the annotation files under one place, date and metric (a new
    and a running count, a subtotal and a total), not a disagreement between sources. ``disputed``: the values come
    from different articles and no one article gives them all — articles disagree (a figure revised, misreported or
    read differently); two bulletins giving the same two figures, or one giving a part of the other's, do not."""
    sets = list(by_article.values())
    union = set().union(*sets)
    return {"values_differ": len(union) > 1,
            "differ_within_article": any(len(values) > 1 for values in sets),
            "disputed": len(union) > 1 and all(values != union for values in sets)}


def evidence_rows(mentions: Iterable[dict]) -> list[tuple[str, str, tuple, str, tuple]]:
    """Per source (in the worker): an article's evidence as one row per key ``(config, sort text, key, smallest
    mention id, partial)`` (see :func:`partial`), so that the one writing process only merges small tuples."""
    groups: dict[tuple[str, str], list[dict]] = {}
    for m in mentions:
        for config, (kind, _) in KEYS.items():
            if m["type"] == kind:
                groups.setdefault((config, sort_text(group_key(config, m))), []).append(m)
    rows = []
    for (config, sort), evidence in groups.items():
        # Same sort text, same key (its parts are joined by NUL, which no code, date or place holds); the key is
        # taken from the evidence of the smallest mention id, as a sort of all the evidence would give it.
        first = min(evidence, key=lambda m: m["mention_id"])
        rows.append((config, sort, group_key(config, first), first["mention_id"], partial(config, evidence)))
    return rows


def block_partials(rows: Iterable[tuple[str, str, tuple, str, tuple]], indexes: dict | None = None) -> dict[str, bytes]:
    """Per block of sources (in the writer): its sources' :func:`evidence_rows` as, per config, the pickles of
    ``(sort text, key, sha256 of the partial, pickled partial)`` one key after another in the rows' order — what the
    block's shard-cache entry keeps and :func:`merged_rows` streams, so that memory holds one key of each block at a
    time however large the corpus, and a key whose partials are all as before is known without unpickling them.
    ``indexes``, when given, receives each config's :func:`stream_index` (made here as the stream is written)."""
    groups: dict[str, dict[str, list[tuple]]] = {name: {} for name in KEYS}
    for config, sort, key, first, part in rows:
        groups[config].setdefault(sort, []).append((first, key, part))
    out = {}
    for config, by_sort in groups.items():
        stream = io.BytesIO()
        index = []
        for sort in sorted(by_sort):
            found = by_sort[sort]
            key = min(found, key=lambda item: item[0])[1]
            part = pickle.dumps(merge_partials(config, [item[2] for item in found]), protocol=pickle.HIGHEST_PROTOCOL)
            start, sha = stream.tell(), hashlib.sha256(part).digest()
            pickle.dump((sort, key, sha, part), stream, protocol=pickle.HIGHEST_PROTOCOL)
            index.append((sort, sha, start, stream.tell() - start))
        out[config] = stream.getvalue()
        if indexes is not None:
            indexes[config] = index
    return out


def _stream(path) -> Iterator[tuple]:
    # Each item was pickled on its own (block_partials), so nothing refers back to an earlier one: one unpickling per
    # item (pickle.load), whose memo goes with it. One Unpickler for the whole stream kept every object it had loaded
    # alive in its memo (a whole stream in memory: tens of MiB at 20,000 posts), and emptying that memo after each
    # item cost twice the unpickling.
    with open(path, "rb") as handle:
        load = pickle.load
        while True:
            try:
                yield load(handle)
            except EOFError:
                return


def merged_rows(config: str, paths: list, known=frozenset()) -> Iterator[tuple[str, dict | None]]:
    """The config's rows in order from the :func:`block_partials` streams of every block (files at ``paths``), each
    key's partials merged: one key of each block in memory at a time. Yields ``(digest, row)``, the digest naming
    the key's partials (block by block); the row is None when the digest is in ``known`` (the caller has the row
    of those very partials), so an unchanged key costs neither a merge nor a row."""
    group: list[tuple] = []
    totals = RunningTotals() if config == "case_counts" else None  # (below_earlier_total, in the rows' order)
    for item in heapq.merge(*(_stream(path) for path in paths), key=lambda item: item[0]):
        if group and item[0] != group[0][0]:
            yield _row_of_group(config, group, known, totals)
            group = []
        group.append(item)
    if group:
        yield _row_of_group(config, group, known, totals)


def stream_index(blob: bytes) -> list[tuple[str, bytes, int, int]]:
    """``(sort text, sha256 of the partial, offset, length)`` of each item of one :func:`block_partials` stream, what
    :func:`write_changed` reads instead of the stream (a block's shard-cache entry keeps it beside the stream)."""
    handle, load, out = io.BytesIO(blob), pickle.load, []
    while True:
        start = handle.tell()
        try:
            item = load(handle)
        except EOFError:
            return out
        out.append((item[0], item[2], start, handle.tell() - start))


# At most this many keys whose partials no memo knows for :func:`write_changed`; more (a first build, a large change)
# and the streams are merged whole (:func:`merged_rows`), one key of each block in memory at a time.
CHANGED_KEYS_MAX = 512


def _stored_batch(config: str, stored, rows: int, from_arrow):
    """A cached row group's Arrow batch when the entry is whole (``rows`` rows and as many record hashes), else None:
    an entry that does not serve is made again, never trusted."""
    if not (isinstance(stored, dict) and isinstance(stored.get("arrow"), bytes)
            and isinstance(stored.get("pairs"), list) and len(stored["pairs"]) == rows):
        return None
    try:
        table = from_arrow(config, stored["arrow"])
    except Exception:  # noqa: BLE001 — e.g. bytes of another schema
        return None
    return table if table.num_rows == rows else None


def _stored_pairs(stored, rows: int) -> list | None:
    """A cached row group's (record key, record hash) pairs when there are ``rows`` of them, else None."""
    if isinstance(stored, dict) and isinstance(stored.get("pairs"), list) and len(stored["pairs"]) == rows:
        return stored["pairs"]
    return None


def _groups_of(sorts: set[str], paths: list, indexes: list) -> dict[str, list[tuple]]:
    """The stream items of the keys ``sorts``, each key's in block order, read at their offsets."""
    groups: dict[str, list[tuple]] = {sort: [] for sort in sorts}
    for path, index_path in zip(paths, indexes):
        with open(index_path, "rb") as handle:
            wanted = [(offset, length) for sort, _, offset, length in pickle.load(handle) if sort in groups]
        if wanted:
            with open(path, "rb") as handle:
                for offset, length in wanted:
                    handle.seek(offset)
                    item = pickle.loads(handle.read(length))
                    groups[item[0]].append(item)
    return groups


def write_changed(config: str, writer, model, paths: list, indexes: list, memo, batches, salt: str,
                  batch_rows: int) -> bool:
    """Write the config's rows to ``writer`` as :func:`merged_rows` would give them, with the row memo ``memo`` (a
    :class:`imcovid.cache.RowMemo`) of the previous build; True when few keys changed since that build and only
    those were merged, False when the streams were merged whole (more than :data:`CHANGED_KEYS_MAX` unknown keys:
    a first build, a large change), their row groups cached all the same for the next build. Every key's digest comes from the blocks' stream indexes (:func:`stream_index`, pickled in the files at
    ``indexes``) without reading a partial; the changed keys' partials are read at their offsets and merged. The rows
    go to the writer in its row groups of ``batch_rows``, each group cached in ``batches`` (a
    :class:`imcovid.cache.ResultCache`) under its rows' digests — its Parquet encoding with a splicing writer
    (``ConfigWriter(spliced=True)``, what the build uses with a cache), else its Arrow: a group whose rows did not
    change is copied as stored (or its Arrow encoded again), its rows neither unpickled nor converted (their memo
    entries carried over as stored). The Parquet bytes are those of the rows written one by one (the same Arrow
    data in the same row groups)."""
    from imcovid.publish.parquet import from_arrow, to_arrow
    from imcovid.publish.release import RECORD_KEYS, record_hash

    running: dict[str, object] = {}
    for index_path in indexes:  # one block's index in memory at a time; a running sha256 per key
        with open(index_path, "rb") as handle:
            for sort, sha, _, _ in pickle.load(handle):
                digest = running.get(sort)
                if digest is None:
                    digest = running[sort] = hashlib.sha256()
                digest.update(sha)
    keyed = [(sort, running[sort].hexdigest()) for sort in sorted(running)]
    del running
    # below_earlier_total depends on the rows before a row: the dated running totals' partials are read (a small
    # part of the panel) and fed in the rows' order, and a flagged row's digest names its flag too, so that a row
    # whose flag changed is made again and its row group is not copied as cached.
    falls: dict[str, bool] = {}
    watched_groups: dict[str, list[tuple]] = {}
    if config == "case_counts":
        watched = {sort for sort, _ in keyed if RunningTotals.watches(key_of_sort(sort))}
        watched_groups = _groups_of(watched, paths, indexes) if watched else {}
        totals = RunningTotals()
        for sort, _ in keyed:
            if sort in watched_groups:
                group = watched_groups[sort]
                falls[sort] = totals.falls(group[0][1], {value for item in group
                                                         for _, value, _ in pickle.loads(item[3])})
        keyed = [(sort, _falls_digest(digest) if falls.get(sort) else digest) for sort, digest in keyed]
    unknown = {sort for sort, digest in keyed if not memo.has(digest)}
    record_key = RECORD_KEYS[config]

    def batch_key(digests: list[str]) -> str:
        return hashlib.sha256("\0".join([salt, "panel-batch", config, *digests]).encode("utf-8")).hexdigest()

    def append(digests: list[str], done: list[tuple[dict, str]]) -> None:
        arrow = to_arrow(config, [row for row, _ in done])
        pairs = [(row[record_key], hashed) for row, hashed in done]
        # Each call is one row group (batch_rows rows, the last one fewer). A splicing writer returns its Parquet
        # encoding, kept for the next build to copy (ConfigWriter.write_encoded) instead of its Arrow: a seventh of
        # the bytes to read and check; a group whose encoding does not serve is made again from the row memo.
        encoded = writer.write_group(from_arrow(config, arrow), pairs)
        batches.put(batch_key(digests), {"pairs": pairs, "parquet": encoded} if encoded is not None
                    else {"arrow": arrow, "pairs": pairs})

    if len(unknown) > CHANGED_KEYS_MAX:
        del keyed, unknown, watched_groups, falls  # (merged_rows flags the rows as above, in the same order)
        digests, done = [], []
        for digest, row in merged_rows(config, paths, known=memo):  # one key of each block at a time
            if row is None:
                found = memo.get(digest)  # loaded just before by the merge (RowMemo keeps the last row read)
            else:
                validated = model.model_validate(row).model_dump(mode="python")
                found = (validated, record_hash(validated))
            memo.put(digest, found)
            digests.append(digest)
            done.append(found)
            if len(done) == batch_rows:
                append(digests, done)
                digests, done = [], []
        if done:
            append(digests, done)
        return False
    fresh = {sort: watched_groups[sort] for sort in unknown if sort in watched_groups}
    rest = unknown - fresh.keys()
    fresh.update(_groups_of(rest, paths, indexes) if rest else {})
    del watched_groups
    for start in range(0, len(keyed), batch_rows):
        chunk = keyed[start:start + batch_rows]
        digests = [digest for _, digest in chunk]
        stored = batches.get(batch_key(digests)) if not any(sort in fresh for sort, _ in chunk) else None
        pairs = _stored_pairs(stored, len(chunk))
        # An unchanged group: its Parquet bytes copied (a splicing writer), else its stored Arrow encoded again (an
        # entry of a writer that did not splice); an entry that serves neither way is made again from the rows.
        if pairs is not None and memo.carry(digests) and writer.write_encoded(stored.get("parquet"), pairs):
            continue
        table = _stored_batch(config, stored, len(chunk), from_arrow)
        if table is not None and memo.carry(digests):
            encoded = writer.write_group(table, stored["pairs"])
            if encoded is not None:  # an entry of a writer that did not splice: stored as this one stores it
                batches.put(batch_key(digests), {"pairs": stored["pairs"], "parquet": encoded})
            continue
        done = []
        for sort, digest in chunk:
            found = None if sort in fresh else memo.get(digest)
            if found is None:  # changed, or its memo entry did not load: merged from its partials
                group = fresh.pop(sort, None) or _groups_of({sort}, paths, indexes)[sort]
                _, row = _row_of_group(config, group, frozenset(), falls=falls.get(sort, False))
                validated = model.model_validate(row).model_dump(mode="python")
                found = (validated, record_hash(validated))
            memo.put(digest, found)
            done.append(found)
        append(digests, done)
    return True


def _row_of_group(config: str, group: list[tuple], known, totals: RunningTotals | None = None,
                  falls: bool | None = None) -> tuple[str, dict | None]:
    """The digest and row of one key's stream items (None for a row in ``known``). Its ``below_earlier_total`` is
    ``falls`` when given, else from ``totals`` (fed this row, the rows before it having been fed in order), else
    false; a flagged row's digest is :func:`_falls_digest` of its partials'."""
    digest = hashlib.sha256(b"".join(item[2] for item in group)).hexdigest()
    parts = None
    if falls is None:
        falls = False
        if totals is not None and totals.watches(group[0][1]):  # (a dated running total: its values are needed)
            parts = [pickle.loads(item[3]) for item in group]
            falls = totals.falls(group[0][1], {value for part in parts for _, value, _ in part})
    if falls:
        digest = _falls_digest(digest)
    if digest in known:
        return digest, None
    parts = parts if parts is not None else [pickle.loads(item[3]) for item in group]
    # The key of the evidence with the smallest mention id: the first of a partial's mention ids (measures) or of its
    # (mention id, value, article id) triples (case_counts) is at [0][0].
    key = min(zip(group, parts), key=lambda pair: pair[1][0][0])[0][1]
    return digest, row_of(config, key, merge_partials(config, parts), falls=falls)
