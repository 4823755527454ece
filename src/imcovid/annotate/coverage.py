"""Which characters of a text the mentions found so far cover, one byte a character, so that "does this span touch
a place / lie inside an organization / overlap a name" costs the span's length, not the number of mentions."""

from __future__ import annotations


class Coverage:
    def __init__(self, length: int, spans=()) -> None:
        self._marks = bytearray(length)
        for start, end in spans:
            self.mark(start, end)

    def mark(self, start: int, end: int) -> None:
        self._marks[start:end] = b"\x01" * (end - start)

    def touches(self, start: int, end: int) -> bool:
        return any(self._marks[start:end])

    def covers(self, start: int, end: int) -> bool:
        return all(self._marks[start:end])
