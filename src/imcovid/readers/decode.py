"""Bytes → text. UTF-8 first (UTF-16 and UTF-32 where the file opens with their byte-order mark); a UTF-8 file with
a few damaged bytes is read with U+FFFD in their place (the damage stays visible and is counted, never papered over);
GB18030 (a superset of GBK and GB2312) or Big5 (Traditional sources) are accepted with a flag, whichever of the two
reads as Chinese text; anything else is rejected rather than guessed at."""

from __future__ import annotations

import codecs
import re

from imcovid.readers.document import SourceRejected

_BINARY_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive",
    b"\x1f\x8b": "a gzip archive",
    b"RIFF": "a RIFF (WebP/WAV) file",
}

# Byte-order marks, longest first (UTF-32 LE's mark begins with UTF-16 LE's).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)

# The legacy Chinese encodings tried, in order, when the bytes are not UTF-8, with the flag each sets: a file in one
# of them often also decodes without error in the other (Big5's byte ranges lie inside GB18030's), so the reading
# with fewer implausible characters wins (a tie keeps the first). Big5 is read as cp950, Windows' Big5 with the
# ETEN extensions (碁, 銹) that Traditional files carry and Python's strict ``big5`` refuses.
_LEGACY = (("gb18030", "decoded_gb18030"), ("cp950", "decoded_big5"))

# Code-point ranges of what Chinese news text is made of: ASCII, Latin-1's signs, general punctuation, letter-like
# and number forms, arrows, maths, enclosed numbers, geometric shapes and symbols, CJK punctuation, the common CJK
# ideographs, full-width forms and emoji. Kana, bopomofo, box drawing, rare ideograph blocks, private use and the
# like are what a wrong legacy decoding produces (Big5 read as GB18030 gives ず籜獀跋矫ネ…ㄒ).
_PLAUSIBLE = (
    (0x09, 0x0A), (0x0D, 0x0D), (0x20, 0x7E), (0xA0, 0xFF), (0x2000, 0x206F), (0x2100, 0x22FF),
    (0x2460, 0x24FF), (0x25A0, 0x27BF), (0x3000, 0x3003), (0x3008, 0x3011), (0x3014, 0x301F),
    (0x4E00, 0x9FFF), (0xFE30, 0xFE4F), (0xFF01, 0xFF5E), (0xFFE0, 0xFFE6), (0x1F300, 0x1FAFF),
)


# One character class of everything outside _PLAUSIBLE: the count is a regex scan in C, not a Python loop over every
# character and range (a 5 MiB legacy file is read twice, once per encoding tried).
_IMPLAUSIBLE = re.compile("[^" + "".join(f"{re.escape(chr(lo))}-{re.escape(chr(hi))}" for lo, hi in _PLAUSIBLE) + "]")
# Valid non-ASCII characters of a text read with replacement (U+FFFD marks the damaged places).
_NON_ASCII_VALID = re.compile("[^\x00-\x7f\ufffd]")


def _implausible(text: str) -> int:
    """How many characters of ``text`` Chinese news text is not made of (see ``_PLAUSIBLE``)."""
    return sum(1 for _ in _IMPLAUSIBLE.finditer(text))


def decode(raw: bytes) -> tuple[str, str, tuple[str, ...]]:
    """Return ``(text, encoding, flags)``."""
    for magic, what in _BINARY_MAGIC.items():
        if raw.startswith(magic):
            raise SourceRejected(f"binary data: the file is {what}, not text")
    if (wide := _byte_order_marked(raw)) is not None:
        return wide
    if b"\x00" in raw:
        nul = b"\x00"
        raise SourceRejected(f"binary data: {raw.count(nul)} NUL bytes (first at byte {raw.index(nul)})")
    try:
        return _strip_bom(raw.decode("utf-8")), "utf-8", ()
    except UnicodeDecodeError as utf8_error:
        first_error = utf8_error
    if (damaged := _damaged_utf8(raw)) is not None:
        return damaged
    readings = []
    for encoding, flag in _LEGACY:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        readings.append((_implausible(text), len(readings), encoding, flag, text))
    if not readings:
        raise SourceRejected(
            f"undecodable bytes: not UTF-8 ({first_error.reason} at byte {first_error.start}), not GB18030 and not Big5"
        )
    _, _, encoding, flag, text = min(readings)
    return _strip_bom(text), encoding, (flag,)


def _byte_order_marked(raw: bytes) -> tuple[str, str, tuple[str, ...]] | None:
    """A file that opens with a UTF-16 or UTF-32 byte-order mark (what Windows Notepad saves as "Unicode"), read in
    that encoding — its NUL bytes are the high bytes of ASCII characters, not binary data. Only where the reading is
    valid and mostly plausible text: a binary file may open with the two bytes of a mark by chance."""
    for bom, encoding, flag in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw[len(bom):].decode(encoding)
            except UnicodeDecodeError:
                return None
            if text and 2 * _implausible(text) < len(text):
                return text, encoding, (f"decoded_{flag.replace('-', '')}",)
            return None
    return None


def _damaged_utf8(raw: bytes) -> tuple[str, str, tuple[str, ...]] | None:
    """A UTF-8 file with some damaged bytes (a lost byte of a character, a cut sequence): read with U+FFFD where the
    bytes are invalid, so the damage stays visible in the text and is counted by the cleaning's damage step (cleaning
    contract, *Script and damage*), rather than rejecting the whole article. Only where the valid non-ASCII characters
    outnumber the damaged places: a file in another encoding read as UTF-8 is nearly all damage."""
    text = raw.decode("utf-8", errors="replace")
    damaged = text.count("\ufffd")
    valid = sum(1 for _ in _NON_ASCII_VALID.finditer(text))
    if damaged < valid:
        return _strip_bom(text), "utf-8", ("decoded_with_replacement",)
    return None


def _strip_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text
