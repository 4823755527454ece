"""What the cleaning gives (:class:`CleanedArticle`), and the look-up of a cleaning the memo already holds
(:func:`look_up`), in a module that imports none of the cleaning's rules.

A rebuild whose new or changed post is another capture of a text an earlier build cleaned (the ``clean`` memo is kept
in the cache: :mod:`imcovid.memo`) takes its cleaning from there; :mod:`imcovid.process` looks it up here first, and
imports :mod:`imcovid.clean.article` (every rule module, their word lists, patterns and OpenCC: about 0.05–0.07
CPU-s of a fresh process, compiling their 3,400 lines included when no bytecode is cached) only on a miss. The key
and the result are those :func:`imcovid.clean.article.clean_document` has always used: it calls this look-up first.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from dataclasses import fields as dataclass_fields

from imcovid.config import BuildConfig
from imcovid.memo import MISSING, memo
from imcovid.readers.document import ParsedDocument


@dataclass
class CleanedArticle:
    fields: dict
    steps: Counter
    outlets: list[tuple[str, str]]  # (outlet, evidence)
    platform_evidence: str | None = None
    flags: list[str] = field(default_factory=list)
    linked_site: str | None = None  # the site an aggregator's summary card links to (快媒体: 点击阅读全文 @rfa.org)


# The clean-body memo holds two 32-byte keys per body: a few thousand bodies is a fraction of a MiB.
BODY_KEYS_MAX_BYTES = 1024 * 1024


@dataclass
class Prepared:
    """What :func:`look_up` found and computed: the cleaning (None: in no memo) and what the cleaning goes on from when
    it is not — the document it is given, the body's parse (blocks and counts; None for a document with no HTML
    body), the key of the ``clean`` memo, and what the ``clean-body`` memo is to learn once the cleaning is made."""

    result: CleanedArticle | None
    content: ParsedDocument | None = None
    parsed: tuple | None = None
    key: bytes | None = None
    remember: tuple | None = None  # (body key, cleaning key) for the clean-body memo


def look_up(doc: ParsedDocument, config: BuildConfig) -> Prepared:
    """The cleaning of ``doc`` if a memo holds it, found as :func:`imcovid.clean.article.clean_document` always found
    it. Only a Hexo body's HTML parse depends on the exact markup: what follows is a function of the parsed blocks,
    the document's metadata and ``config`` — never of the file's path, bytes or hash, which are blanked here so that
    no rule can come to read them — and is memoized under those inputs (:mod:`imcovid.memo`). A capture whose body
    another capture had (or had but for a trailing comment, :func:`imcovid.clean.html.trailing_comment`) has that
    capture's blocks, so the key of its cleaning is taken from the ``clean-body`` memo without parsing the body;
    otherwise the body is parsed (the parser's module, :mod:`imcovid.clean.html`, and the answer platforms of
    :mod:`imcovid.clean.boilerplate`, not the rules) and the cleaning looked up under the key of its blocks."""
    from imcovid.clean import boilerplate
    from imcovid.clean.html import comment_is_markup, html_to_blocks, trailing_comment

    blanked = _blanked_fields(doc)
    cleaned = memo("clean")
    settings = _settings(config)
    bodies = body_key = split = None
    if doc.format == "hexo":
        bodies = memo("clean-body", BODY_KEYS_MAX_BYTES)
        split = trailing_comment(doc.body)
        # What determines the blocks and counts (the body, or its prefix and tail around a trailing comment whose
        # data they do not depend on) and everything else the cleaning's key holds.
        body_key = bodies.key(blanked, (split[0], split[2]) if split else doc.body, split is not None, settings)
        key = bodies.get_shared(body_key)
        result = cleaned.get(key) if key is not None else None
        if result is not None:
            result.inputs_key = key
            return Prepared(result)
    content = replace(doc, source_file="", sha256="", size_bytes=0, body="" if doc.format == "hexo" else doc.body)
    comments: list[str] | None = [] if split is not None else None
    # (A Q&A platform's post has its cards and profile furniture skipped: read from the front matter, which both memo
    # keys hold.)
    parsed = (html_to_blocks(doc.body, config.max_html_depth, comments,
                             answer_page=boilerplate.is_answer_platform(platform_name(doc)))
              if doc.format == "hexo" else None)
    blocks, stats = parsed if parsed is not None else ((), None)
    # Every field of the document (a field added later is keyed too), the blocks and the parser's counts, the config.
    key = cleaned.key(blanked, tuple(blocks), _fields(stats) if stats else None, settings)
    remember = None
    if bodies is not None and (split is None or comment_is_markup(split[0], split[1], comments, stats)):
        remember = (body_key, key)
    found = cleaned.find(key)
    if found is MISSING:
        return Prepared(None, content, parsed, key, remember)
    return Prepared(finish(found, key, remember))


def finish(result: CleanedArticle, key: bytes, remember: tuple | None) -> CleanedArticle:
    """``result`` (the cleaning under ``key``, found or made) with the key of everything the cleaning read: what
    follows it in a worker (annotation, records) is a function of the cleaned fields and ``config`` alone, so
    imcovid.process keys its record templates by it too. The clean-body memo learns the body's cleaning key."""
    if remember is not None:
        body_key, key = remember
        memo("clean-body", BODY_KEYS_MAX_BYTES).put_shared(body_key, key, size=len(key) + len(body_key))
    result.inputs_key = key
    return result


def platform_name(doc: ParsedDocument) -> str | None:
    """The platform that carries the post, as its front matter names it: the author, else the second category."""
    return doc.author or (doc.categories[1] if len(doc.categories) >= 2 else None)


def _fields(instance) -> tuple:
    # dataclasses.astuple without its deep copy: the values are strings, numbers and tuples of strings.
    return tuple(getattr(instance, f.name) for f in dataclass_fields(instance))


_DOCUMENT_FIELDS = tuple(f.name for f in dataclass_fields(ParsedDocument))
# What the cleaning must not read of a document (its file's path, hash and size) and the value it is blanked to.
_BLANK = {"source_file": "", "sha256": "", "size_bytes": 0}
_BLANK_HEXO = {**_BLANK, "body": ""}  # a Hexo body's HTML reaches the cleaning as its parsed blocks


def _blanked_fields(doc: ParsedDocument) -> tuple:
    """The fields of the document the cleaning is given (``doc`` with ``_BLANK``'s fields blanked, and a Hexo body),
    the same values, without making that document: a repeated capture, served by the memo, needs only its key (the
    copy and the field list cost about a twentieth of such a capture's CPU)."""
    blank = _BLANK_HEXO if doc.format == "hexo" else _BLANK
    return tuple(blank[name] if name in blank else getattr(doc, name) for name in _DOCUMENT_FIELDS)


_SETTINGS: tuple = (None, "")  # the last configuration seen and its JSON, replaced as one value (threads)


def _settings(config: BuildConfig) -> str:
    """``config.model_dump_json()``, written once per configuration object (frozen: it cannot change after)."""
    global _SETTINGS
    last = _SETTINGS
    if last[0] is config:
        return last[1]
    settings = config.model_dump_json()
    _SETTINGS = (config, settings)
    return settings
