"""Check a built dataset folder the way a consumer would: files present, Parquet schemas as declared, every row
valid against ``schema/`` (jsonschema) and against the models (pydantic), ids unique, offsets inside ``text``,
provenance and card consistent with the data. Returns a list of problems; empty means valid."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from datetime import date, datetime
from itertools import groupby
from pathlib import Path

import pyarrow.parquet as pq
import yaml
from pydantic import ValidationError

from imcovid.config import CONFIG_NAMES, BuildConfig, load_config
from imcovid.models import RECORD_MODELS, AnnotatedArticle, Article, Mention, ProvenanceRecord, validation_context
from imcovid.publish.arrow import arrow_schema
from imcovid.heap import return_freed_memory
from imcovid.publish.parquet import data_files, data_path, iter_rows
from imcovid.schema_export import load_schema

MAX_PROBLEMS = 200
DECODED_GROUPS = 16  # row groups decoded by one call of the page check: a few MiB at most, freed at once


def validate_dataset(dataset_dir: Path, schema_dir: Path | None = None, *, json_schema: bool = True,
                     mention_rows: bool = True, config: BuildConfig | None = None,
                     record_rows: bool = True, trusted: frozenset[str] = frozenset(), facts=None,
                     hashed: Mapping[str, tuple[str, int]] | None = None, salt: str = "") -> list[str]:
    """``json_schema=False`` skips the per-row JSON Schema pass (the consumer's check, which costs far more than the
    rest together) and ``mention_rows=False`` the re-validation of mention rows against their article; the build,
    whose workers validated every article with its mentions just before writing them, uses both so that its own
    final check stays proportionate. ``record_rows=False`` (the build again: every article and provenance row was
    validated by its model just before it was written) keeps the file, id, count and card checks but reads only the
    key columns back. ``trusted`` (the build again) names data files, relative to the folder, whose pages need not be
decoded again: shards the build copied from its cache after checking that their sha256 is the one they were stored
with. ``imcovid validate`` and ``imcovid verify`` never skip anything.

``facts`` (a rebuild's: an :class:`imcovid.cache.ResultCache`), with ``hashed`` (the sha256 and size of each data
file, read from the disk by the build after writing it) and ``salt`` (the build key): what this check reads of a
data file — its schema's verdict, its row count and, for the build's key-column passes, its key columns — is kept
under the file's sha256, and a file whose bytes had that sha256 in an earlier check is not opened again. Those facts
are a function of the file's bytes (and of this code: the build key), so the check is the one it was; only a file
whose bytes are new (the changed posts' shards, the panel, a rebuild of other code) is read. Used only with
``record_rows=False`` and ``json_schema=False`` (the build's own check)."""
    dataset_dir = Path(dataset_dir)
    context = validation_context(config or load_config())  # the collection window the articles are checked against
    problems: list[str] = []
    if not dataset_dir.is_dir():
        return [f"{dataset_dir} is not a folder"]
    damaged = _checksum_mismatches(dataset_dir)
    if damaged:  # rows of a damaged file would only repeat the finding, file after file
        return damaged
    stored_rows = dict.fromkeys(CONFIG_NAMES, 0)  # from the footers read here (no second parse of each)
    remembered = _FileFacts(dataset_dir, facts, hashed, salt, trusted) if facts is not None and hashed is not None \
        and not record_rows and not json_schema else None
    for config in CONFIG_NAMES:
        paths = data_files(dataset_dir, config)
        if not paths:
            problems.append(f"missing data file {data_path(dataset_dir, config).relative_to(dataset_dir)}")
            continue
        expected = arrow_schema(config).remove_metadata()
        for path in paths:
            known = remembered.footer(config, path) if remembered is not None else None
            if known is not None:  # these bytes were read by an earlier check: its findings
                schema_problem, rows = known
                stored_rows[config] += rows
                if schema_problem:
                    problems.append(schema_problem)
                continue
            # The footer is parsed once per file (at 20,000 posts the mentions file's 2,225 row groups take about
            # 50 MiB once parsed) and every row group is decoded on its own, in this thread: ``iter_batches`` over
            # the whole file held about 40 MiB more at its peak and left it behind.
            try:
                parquet = pq.ParquetFile(path)
                actual = parquet.schema_arrow.remove_metadata()
            except Exception as error:  # noqa: BLE001 — a truncated or damaged file is a finding, not a crash
                problems.append(f"{path.relative_to(dataset_dir).as_posix()}: not a readable Parquet file "
                                f"({_one_line(error)})")
                continue
            try:  # every page decodes (a flipped byte fails here, once, instead of halfway through the row checks)
                groups = 0 if path.relative_to(dataset_dir).as_posix() in trusted else parquet.num_row_groups
                # DECODED_GROUPS row groups a call: the same pages decoded, with a sixth less of the reader's
                # fixed cost per call (a mentions row group is 512 rows of 23 small column chunks).
                for first in range(0, groups, DECODED_GROUPS):
                    parquet.read_row_groups(range(first, min(groups, first + DECODED_GROUPS)), use_threads=False)
                parquet_rows = parquet.metadata.num_rows
                stored_rows[config] += parquet_rows
            except Exception as error:  # noqa: BLE001
                problems.append(f"{path.relative_to(dataset_dir).as_posix()}: rows cannot be read ({_one_line(error)})")
                continue
            finally:
                del parquet
                return_freed_memory()  # the parsed footer's pages: the next file's would stack on them
            schema_problem = "" if actual.equals(expected) else \
                f"{config}: Parquet schema differs from the models: {_schema_diff(actual, expected)}"
            if schema_problem:
                problems.append(schema_problem)
            if remembered is not None:
                remembered.read_footer(config, path, schema_problem, parquet_rows)
    if remembered is not None:
        remembered.store()
    if problems:
        return problems
    if json_schema:  # imported only then: the build's final check skips the JSON Schemas (jsonschema: 0.04 s)
        import jsonschema
    validators = {c: jsonschema.Draft202012Validator(inline_refs(load_schema(c, schema_dir))) if json_schema else None
                  for c in CONFIG_NAMES}
    counts = {}
    article_ids: set[str] = set()
    source_of: dict[str, str] = {}
    rows = _rows_checked(dataset_dir, "mentions", validators, problems) if mention_rows else iter(())
    mentions_by_article = groupby(rows, key=lambda m: m["article_id"])
    pending = next(mentions_by_article, None)
    n_articles = n_mentions = 0
    article_columns = None if record_rows or json_schema else ["id", "source_file"]
    provenance_columns = None if record_rows or json_schema else ["source_file", "status", "article_ids"]
    # The build's pass (ids and paths only) reads its columns column-wise, without a dict per row.
    for article_id, source_file in (_key_rows(dataset_dir, "articles", article_columns, problems, remembered)
                                    if article_columns is not None else ()):
        n_articles += 1
        if article_id in article_ids:
            problems.append(f"articles: duplicate id {article_id}")
        article_ids.add(article_id)
        source_of[article_id] = source_file
        if pending is not None and pending[0] == article_id:
            n_mentions += sum(1 for _ in pending[1])
            pending = next(mentions_by_article, None)
    for row in (_rows_checked(dataset_dir, "articles", validators, problems) if article_columns is None else ()):
        n_articles += 1
        if row["id"] in article_ids:
            problems.append(f"articles: duplicate id {row['id']}")
        article_ids.add(row["id"])
        source_of[row["id"]] = row["source_file"]
        mentions = []
        if pending is not None and pending[0] == row["id"]:
            mentions = list(pending[1])
            pending = next(mentions_by_article, None)
        n_mentions += len(mentions)
        try:
            bundle = AnnotatedArticle(article=Article.model_validate(row, context=context),
                                      mentions=[Mention.model_validate(m) for m in mentions])
            if mention_rows and bundle.article.n_mentions != len(mentions):
                problems.append(f"articles: {row['id']} declares {bundle.article.n_mentions} mentions, has {len(mentions)}")
        except ValidationError as error:
            problems.append(f"articles: {row['id']}: {_first_error(error)}")
        if len(problems) > MAX_PROBLEMS:
            return problems
    if pending is not None:
        problems.append(f"mentions: rows for article {pending[0]} out of article order or for an unknown article")
    if not mention_rows:
        n_mentions = stored_rows["mentions"]
    counts["articles"], counts["mentions"] = n_articles, n_mentions
    published_sources = 0
    n_provenance = 0
    for source_file, status, ids in (_key_rows(dataset_dir, "provenance", provenance_columns, problems, remembered)
                                     if provenance_columns is not None else ()):
        n_provenance += 1
        if status == "accepted":
            published_sources += 1
            for article_id in ids:
                if source_of.get(article_id) != source_file:
                    problems.append(f"provenance: {source_file} names article {article_id}, which is not published from it")
    for row in (_rows_checked(dataset_dir, "provenance", validators, problems) if provenance_columns is None else ()):
        n_provenance += 1
        try:
            ProvenanceRecord.model_validate(row)
        except ValidationError as error:
            problems.append(f"provenance: {row['source_file']}: {_first_error(error)}")
        if row["status"] == "accepted":
            published_sources += 1
            for article_id in row["article_ids"]:
                if source_of.get(article_id) != row["source_file"]:
                    problems.append(f"provenance: {row['source_file']} names article {article_id}, which is not published from it")
    counts["provenance"] = n_provenance
    # The cross-source panel configs: every row against its model (and JSON Schema), evidence pointing at articles
    # and at MEASURE / CASE_COUNT mentions of those articles (only those two columns are read back for this).
    # The build wrote the panel from the mentions it had just written, so its own final check skips this lookup,
    # which holds every MEASURE and CASE_COUNT id in memory (``record_rows=False``).
    evidence_types = {}
    for m in iter_rows(data_files(dataset_dir, "mentions"), columns=["mention_id", "article_id", "type"]) \
            if record_rows else ():
        if m["type"] in ("MEASURE", "CASE_COUNT"):
            evidence_types[m["mention_id"]] = (m["type"], m["article_id"])
    for config in ("measures", "case_counts"):
        n_rows = 0
        # The build (``record_rows=False``) validated every panel row by its model just before writing it, or copied
        # its file from the cache (sha256 checked) as a build of this code wrote it: only the rows' links to this
        # release's articles are checked, from that one column.
        columns = None if record_rows or json_schema else ["article_ids"]
        for (ids,) in (_key_rows(dataset_dir, config, columns, problems, remembered) if columns is not None else ()):
            n_rows += 1
            unknown = [a for a in ids if a not in article_ids]
            if unknown:
                problems.append(f"{config} row {n_rows - 1} cites unknown article {unknown[0]}")
        for row in (_rows_checked(dataset_dir, config, validators, problems) if columns is None else ()):
            n_rows += 1
            try:
                RECORD_MODELS[config].model_validate(row)
            except ValidationError as error:
                problems.append(f"{config} row {n_rows - 1}: {_first_error(error)}")
            unknown = [a for a in row["article_ids"] if a not in article_ids]
            if unknown:
                problems.append(f"{config} row {n_rows - 1} cites unknown article {unknown[0]}")
            if not record_rows:
                continue
            wanted = "MEASURE" if config == "measures" else "CASE_COUNT"
            cited = row["mention_ids"] if config == "measures" else [e["mention_id"] for e in row["evidence"]]
            for mention_id in cited:
                found = evidence_types.get(mention_id)
                if found is None or found[0] != wanted or found[1] not in row["article_ids"]:
                    problems.append(f"{config} row {n_rows - 1} cites {mention_id}, which is no {wanted} mention of "
                                    "its articles")
                    break
        counts[config] = n_rows
    if published_sources != n_articles:
        problems.append(f"provenance lists {published_sources} accepted sources for {n_articles} articles")
    problems += _check_card(dataset_dir, counts)
    return problems


def _rows_checked(dataset_dir: Path, config: str, validators: dict, problems: list[str],
                  columns: list[str] | None = None):
    validator = validators[config]
    rows = enumerate(iter_rows(data_files(dataset_dir, config), columns=columns))
    while True:
        try:
            index, row = next(rows)
        except StopIteration:
            return
        except Exception as error:  # noqa: BLE001 — damaged pages (a flipped byte) fail while reading rows
            problems.append(f"{config}: rows cannot be read ({_one_line(error)})")
            return
        if validator is not None:
            for error in validator.iter_errors(to_json(row)):
                where = "/".join(str(p) for p in error.absolute_path) or "row"
                problems.append(f"{config} row {index}: {where}: {error.message} (JSON Schema)")
                break
        yield row


def _key_rows(dataset_dir: Path, config: str, columns: list[str], problems: list[str], remembered=None):
    """The build's key-column passes (:func:`_rows_checked` without a JSON Schema validator, ``columns`` only): each
    row as a tuple of those columns, every column of a row group converted at once (a dict made per row cost these
    passes most of their time). With ``remembered`` (:class:`_FileFacts`), a file's key rows read by an earlier
    check of the same bytes are taken from there, and those read here are kept."""
    try:
        for path in data_files(dataset_dir, config):
            rows = remembered.key_rows(config, path, columns) if remembered is not None else None
            if rows is not None:
                yield from rows
                continue
            parquet = pq.ParquetFile(path)
            # Rows go out a row group at a time, as without facts; only a file whose facts are kept is held whole
            # (one shard's key columns) until it is stored.
            read = [] if remembered is not None else None
            for group in range(parquet.num_row_groups):
                table = parquet.read_row_group(group, columns=columns, use_threads=False)
                rows = list(zip(*[table.column(name).to_pylist() for name in columns]))
                if read is not None:
                    read += rows
                yield from rows
            if remembered is not None:
                remembered.read_key_rows(config, path, columns, read)
    except Exception as error:  # noqa: BLE001 — damaged pages (a flipped byte) fail while reading rows
        problems.append(f"{config}: rows cannot be read ({_one_line(error)})")
    if remembered is not None:
        remembered.store(forget=True)


class _FileFacts:
    """What the build's final check read of each data file, by the sha256 of the file's bytes (``hashed``, taken
    by the build from the disk): its schema's verdict (the problem line, empty when the schema is the models'), its
    row count and its key columns, one checked entry of ``cache`` per file under the build key ``salt``. A file
    whose sha256 is not in ``hashed`` is always read, and only a ``trusted`` file's facts are used: the others are
    read as before (and their facts kept). An entry that is not whole is never used (the file is read again)."""

    def __init__(self, dataset_dir: Path, cache, hashed: Mapping[str, tuple[str, int]], salt: str,
                 trusted: frozenset[str]) -> None:
        self.dataset_dir, self.cache, self.hashed, self.salt = dataset_dir, cache, hashed, salt
        self.trusted = trusted
        self.entries: dict[str, dict] = {}  # by cache key: what is known of the file (from the cache or read)
        self.changed: set[str] = set()

    def _key(self, config: str, path: Path) -> str | None:
        found = self.hashed.get(path.relative_to(self.dataset_dir).as_posix())
        if found is None:
            return None
        return hashlib.sha256("\0".join([self.salt, "final-check-facts", config, found[0]]).encode()).hexdigest()

    def _entry(self, key: str) -> dict | None:
        if key not in self.entries:
            stored = self.cache.get(key)
            whole = (isinstance(stored, dict) and isinstance(stored.get("schema"), str)
                     and type(stored.get("rows")) is int and isinstance(stored.get("keys"), dict))
            self.entries[key] = stored if whole else None
        return self.entries[key]

    def _usable(self, config: str, path: Path) -> str | None:
        """The key of a file whose facts may be used: a trusted one (its sha256 on the disk the one its writer, or
        the shard cache it was copied from, recorded); any other file is read as without facts (its facts kept)."""
        return self._key(config, path) if path.relative_to(self.dataset_dir).as_posix() in self.trusted else None

    def footer(self, config: str, path: Path) -> tuple[str, int] | None:
        key = self._usable(config, path)
        entry = self._entry(key) if key is not None else None
        return (entry["schema"], entry["rows"]) if entry is not None else None

    def read_footer(self, config: str, path: Path, schema_problem: str, rows: int) -> None:
        key = self._key(config, path)
        if key is not None:
            self.entries[key] = {"schema": schema_problem, "rows": rows, "keys": {}}
            self.changed.add(key)

    def key_rows(self, config: str, path: Path, columns: list[str]) -> list[tuple] | None:
        key = self._usable(config, path)
        entry = self._entry(key) if key is not None else None
        rows = entry["keys"].get("\0".join(columns)) if entry is not None else None
        if isinstance(rows, list) and len(rows) == entry["rows"] \
                and all(type(row) is tuple and len(row) == len(columns) for row in rows):
            return rows
        return None

    def read_key_rows(self, config: str, path: Path, columns: list[str], rows: list[tuple]) -> None:
        key = self._key(config, path)
        entry = self._entry(key) if key is not None else None
        if entry is not None and len(rows) == entry["rows"]:
            entry["keys"]["\0".join(columns)] = rows
            self.changed.add(key)

    def store(self, forget: bool = False) -> None:
        """Store what was read since the last call; with ``forget`` (the end of a pass over one config's key rows)
        also let go of the facts held, so that a corpus's key rows are not held for the whole check."""
        for key in sorted(self.changed):
            self.cache.put(key, self.entries[key])
        self.changed.clear()
        if forget:
            self.entries.clear()


def _checksum_mismatches(dataset_dir: Path) -> list[str]:
    """One line per data file that differs from its line in ``SHA256SUMS``. A folder
    without ``SHA256SUMS`` (a consumer's own copy or subset) is checked row by row only."""
    from imcovid.hashing import sha256_file

    sums = dataset_dir / "SHA256SUMS"
    if not sums.is_file():
        return []
    read = {f"{config}/train.parquet" for config in CONFIG_NAMES}  # the card check explains a broken card itself
    problems = []
    for line in sums.read_text(encoding="utf-8", errors="replace").splitlines():
        expected, _, rel = line.partition("  ")
        if rel in read and (dataset_dir / rel).is_file() and sha256_file(dataset_dir / rel)[0] != expected:
            problems.append(f"{rel}: does not match its checksum in SHA256SUMS (damaged or changed since release)")
    return problems


def _one_line(error: BaseException) -> str:
    first = (str(error).strip().splitlines() or [""])[0]
    return f"{type(error).__name__}: {first}"


def inline_refs(schema: dict) -> dict:
    """The same schema with local ``#/$defs/…`` references replaced by their targets (the models are not recursive);
    resolving references is most of jsonschema's cost per row."""
    defs = schema.get("$defs", {})

    def resolve(node):
        if isinstance(node, dict):
            ref = node.get("$ref", "")
            if ref.startswith("#/$defs/"):
                siblings = {k: resolve(v) for k, v in node.items() if k != "$ref"}
                return {**resolve(defs[ref.removeprefix("#/$defs/")]), **siblings}
            return {k: resolve(v) for k, v in node.items() if k != "$defs"}
        if isinstance(node, list):
            return [resolve(v) for v in node]
        return node

    return resolve(schema)


def to_json(value):
    if isinstance(value, dict):
        return {k: to_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [to_json(v) for v in value]
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return value


def _check_card(dataset_dir: Path, counts: dict) -> list[str]:
    card = dataset_dir / "README.md"
    if not card.is_file():
        return ["missing dataset card README.md"]
    try:
        text = card.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        return [f"README.md: not UTF-8 ({error.reason} at byte {error.start})"]
    if not text.startswith("---\n") or text.count("---\n") < 2:
        return ["README.md has no YAML metadata block"]
    try:
        meta = _load_yaml(text.split("---\n", 2)[1])
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        return [f"README.md: the YAML metadata block does not parse{where}: {getattr(error, 'problem', None) or error}"]
    if not isinstance(meta, dict):
        return ["README.md: the YAML metadata block is not a mapping"]
    problems = []
    try:
        declared = {c["config_name"]: c for c in meta.get("configs") or []}
        infos = {i["config_name"]: i for i in meta.get("dataset_info") or []}
    except (TypeError, KeyError, AttributeError) as error:
        return [f"README.md: malformed configs or dataset_info in the metadata block ({_one_line(error)})"]
    for config in CONFIG_NAMES:
        if config not in declared:
            problems.append(f"card: config {config} not declared in configs")
        info = infos.get(config)
        if info is None:
            problems.append(f"card: config {config} has no dataset_info")
            continue
        try:
            examples = sum(s["num_examples"] for s in info.get("splits", []))
        except (TypeError, KeyError, AttributeError):
            problems.append(f"card: dataset_info of {config} has malformed splits")
            continue
        if examples != counts.get(config):
            problems.append(f"card: dataset_info says {examples} {config} rows, the data has {counts.get(config)}")
    return problems


def _load_yaml(text: str):
    """``yaml.safe_load`` (same data), parsed by libyaml when PyYAML has it: the card's metadata block cost the final
    check more than its row checks. A block that does not parse is parsed again in Python, whose error is reported."""
    loader = getattr(yaml, "CSafeLoader", None)
    if loader is not None:
        try:
            return yaml.load(text, Loader=loader)  # noqa: S506 — the C SafeLoader
        except yaml.YAMLError:
            pass
    return yaml.safe_load(text)


def _schema_diff(actual, expected) -> str:
    a = {f.name: str(f.type) for f in actual}
    e = {f.name: str(f.type) for f in expected}
    diffs = [f"{k}: {a.get(k)} != {e.get(k)}" for k in sorted(set(a) | set(e)) if a.get(k) != e.get(k)]
    return "; ".join(diffs[:5]) or "field order"


def _first_error(error: ValidationError) -> str:
    item = error.errors()[0]
    return f"{'.'.join(map(str, item['loc'])) or 'record'}: {item['msg']}"

