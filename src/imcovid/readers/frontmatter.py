"""YAML front matter of a Hexo post, read with a safe loader only.

Timestamps are kept as strings (the date rules are applied by ``clean.dates``, not by YAML's resolver), aliases are
refused outright (front matter never needs them, and they are how "billion laughs" bombs work), and language tags
such as ``!!python/object`` fail in the safe constructor without running anything.
"""

from __future__ import annotations

import re
import textwrap

import yaml

from imcovid.memo import memo
from imcovid.readers.document import SourceRejected


# libyaml's parser when PyYAML was built with it (the wheels are); the constructor is the safe one either way.
_BASE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _FrontMatterLoader(_BASE_LOADER):
    """Safe loader without the implicit timestamp resolver."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

_FENCE = re.compile(r"^---[ \t]*$", re.MULTILINE)


def split_front_matter(text: str) -> tuple[str, str]:
    """Return ``(yaml_text, body)`` of a post whose first non-blank line is ``---``."""
    start = _FENCE.search(text)
    assert start is not None, "caller checked the opening fence"
    end = _FENCE.search(text, start.end())
    if end is None:
        line = text.count("\n", 0, start.start()) + 1
        raise SourceRejected(f"front matter opened with '---' on line {line} never closes", format="hexo")
    return text[start.end() : end.start()], text[end.end() :]


def parse_front_matter(yaml_text: str) -> dict:
    # A function of the YAML text alone: captures of one post repeat it, so a worker parses it once (imcovid.memo).
    parsed = memo("front-matter")
    return parsed.call(parsed.key(yaml_text), lambda: _parse_front_matter(yaml_text))


def _parse_front_matter(yaml_text: str) -> dict:
    data = _load(yaml_text)
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise SourceRejected(f"front matter is a YAML {type(data).__name__}, not a mapping of keys", format="hexo")
    return data


def _load(yaml_text: str):
    try:
        return _safe_load(yaml_text)
    except SourceRejected:
        raise
    except yaml.YAMLError as first_error:
        repaired = _reindent(yaml_text)
        if repaired != yaml_text:
            try:
                return _safe_load(repaired)
            except yaml.YAMLError:
                pass
        raise SourceRejected(f"invalid YAML front matter: {_describe(first_error)}", format="hexo") from None


_KEY_LINE = re.compile(r"^[ \t]+(?=[A-Za-z_][\w-]*:(?:[ \t]|$))", re.MULTILINE)
_ITEM_LINE = re.compile(r"^[ \t]*-(?=[ \t])", re.MULTILINE)


def _reindent(yaml_text: str) -> str:
    """Hexo front matter is flat (keys, and lists under a key); captures sometimes indent keys oddly or with tabs.
    Put every key at column 0 and every list item at column 1, which restores the only structure it can have."""
    return _ITEM_LINE.sub(" -", _KEY_LINE.sub("", textwrap.dedent(yaml_text.expandtabs(2))))


def _safe_load(yaml_text: str):
    if "*" in yaml_text:  # no alias can exist without one; parsing events only then keeps the common case cheap
        for event in yaml.parse(yaml_text, Loader=_FrontMatterLoader):
            if isinstance(event, yaml.AliasEvent):
                raise SourceRejected("YAML front matter uses aliases (*name); refused to guard against alias bombs",
                                     format="hexo")
    try:
        return yaml.load(yaml_text, Loader=_FrontMatterLoader)  # noqa: S506 — a SafeLoader subclass
    except yaml.constructor.ConstructorError as error:
        raise SourceRejected(
            f"YAML front matter uses a language-specific tag, not executed: {_describe(error)}", format="hexo"
        ) from None


def _describe(error: yaml.YAMLError) -> str:
    problem = getattr(error, "problem", None) or str(error).splitlines()[0]
    mark = getattr(error, "problem_mark", None)
    where = f" (front-matter line {mark.line + 1}, column {mark.column + 1})" if mark is not None else ""
    return f"{problem}{where}"
