"""The one parsed copy of a large resource that a process uses (jieba's lexicon, the MEASURE model): parsed on first
use, or installed from a stored copy (:func:`imcovid.cache.load_models`), so that a worker forked for one new post of
a rebuild reads a checked pickle instead of parsing the resource's file again."""
from __future__ import annotations

from typing import Callable, Generic, TypeVar

T = TypeVar("T")


class ProcessCopy(Generic[T]):
    def __init__(self, kind: type, name: str, parse: Callable[[], T]):
        self._kind, self._name, self._parse = kind, name, parse
        self._copy: T | None = None

    def get(self) -> T:
        if self._copy is None:
            self._copy = self._parse()
        return self._copy

    def loaded(self) -> bool:
        """The copy is in memory (parsed or installed)."""
        return self._copy is not None

    def install(self, stored: object) -> None:
        """Use ``stored`` (a stored copy of the parse's result) instead of parsing; anything else is refused, so that
        a foreign or damaged cache entry is parsed again (TypeError)."""
        if not isinstance(stored, self._kind):
            raise TypeError(f"not a {self._name}: {type(stored).__name__}")
        self._copy = stored
