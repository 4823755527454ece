"""Regular expressions of the cleaning modules, compiled when first used instead of when imported.

A rebuild that adds or changes one post imports :mod:`imcovid.clean` for that post alone: compiling its ~150
module-level patterns was most of the import's 0.09–0.12 CPU-s, and one post uses about half of them (80 of 149 for
the first post of the benchmark's corpus, 105 after 95 posts of every kind). A :class:`LazyPattern` stands where the
compiled pattern stood and compiles it on first use; the matching itself is :mod:`re`'s, so every result (and every
output byte) is the one the eager pattern gave.
"""

from __future__ import annotations

import re

# The methods and attributes of re.Pattern copied onto the proxy once compiled: later calls find them in the
# instance's own dictionary, with no detour through __getattr__ (the hot loops of the cleaning call them per line).
_FORWARDED = ("search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer", "scanner", "pattern",
              "flags", "groups", "groupindex")


class LazyPattern:
    """``re.compile(pattern, flags)`` made on first attribute access (``.search``, ``.sub``, ``.pattern`` …).

    Only a pattern's methods and attributes are used through it: a module-level constant passed to a function of
    :mod:`re` itself (``re.sub(_X, …)``) would need the compiled pattern (``_X.compiled``)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = (pattern, flags)

    def _compile(self) -> re.Pattern:
        compiled = re.compile(*self._source)
        self.__dict__.update({name: getattr(compiled, name) for name in _FORWARDED})
        self.__dict__["compiled"] = compiled  # for a caller that needs the re.Pattern itself
        return compiled

    def __getattr__(self, name: str):  # only for names not yet in the instance's dictionary
        if name.startswith("__") or name == "_source":
            raise AttributeError(name)
        compiled = self._compile()
        return compiled if name == "compiled" else getattr(compiled, name)

    def __repr__(self) -> str:
        return f"LazyPattern({self._source[0]!r}, {self._source[1]!r})"


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """What the cleaning modules write instead of ``re.compile`` for a pattern made at import."""
    return LazyPattern(pattern, flags)
