"""Bytes → text. UTF-8 first; GB18030 (a superset of GBK and GB2312) is accepted with a flag because Chinese
sites still serve it; anything else is rejected rather than guessed at."""

from __future__ import annotations

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


def decode(raw: bytes) -> tuple[str, str, tuple[str, ...]]:
    """Return ``(text, encoding, flags)``."""
    for magic, what in _BINARY_MAGIC.items():
        if raw.startswith(magic):
            raise SourceRejected(f"binary data: the file is {what}, not text")
    if b"\x00" in raw:
        nul = b"\x00"
        raise SourceRejected(f"binary data: {raw.count(nul)} NUL bytes (first at byte {raw.index(nul)})")
    try:
        text = raw.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError as utf8_error:
        try:
            text = raw.decode("gb18030")
        except UnicodeDecodeError:
            raise SourceRejected(
                f"undecodable bytes: not UTF-8 ({utf8_error.reason} at byte {utf8_error.start}) and not GB18030"
            ) from None
        return _strip_bom(text), "gb18030", ("decoded_gb18030",)
    return _strip_bom(text), encoding, ()


def _strip_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text
