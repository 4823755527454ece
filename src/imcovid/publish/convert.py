"""Python values → Arrow arrays without pyarrow's conversion of Python objects, while pandas is not loaded.

Any conversion of Python objects by pyarrow (``pa.array``, ``pa.scalar``, ``RecordBatch.from_pylist``) first
imports pandas: pyarrow's pandas shim asks whether the object is a pandas array, which costs 0.13–0.2 CPU-s the first
time in a process. A clean build pays it anyway (the Arrow schema is made by `datasets`, which imports pandas), but a rebuild whose new,
changed or removed post needs no annotator converts only a handful of rows — a new post's records, one block's story
columns, a few panel rows — and the import was the largest single cost of such a rebuild. So, as long as pandas is
not in the process, :func:`array` assembles the array from its buffers for the types the configs use (strings,
int64, bool, date32, timestamp[us, UTC], lists and structs of them); once pandas is loaded, or for a value of any
other Python type, pyarrow converts as before. Same values and type, so the same Parquet bytes
(``tests/test_incremental_s10.py`` compares both ways on the rows of real posts).
"""

from __future__ import annotations

import sys
from array import array as _typed
from datetime import date, datetime, timedelta, timezone
from itertools import accumulate

import pyarrow as pa

_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_MICROSECOND = timedelta(microseconds=1)
_INT64 = (-(1 << 63), (1 << 63) - 1)
_INT32_MAX = (1 << 31) - 1
# Arrow's buffers are little-endian; array('i') / array('q') are the machine's int32 / int64.
_NATIVE = sys.byteorder == "little" and _typed("i").itemsize == 4 and _typed("q").itemsize == 8


class _Unsupported(Exception):
    """A value or type the assembly does not spell: pyarrow converts it."""


def array(values: list, type: pa.DataType) -> pa.Array:
    """``pa.array(values, type=type)``, without importing pandas when it is not loaded yet (see the module)."""
    if _NATIVE and "pandas" not in sys.modules:
        try:
            return _assemble(values, type)
        except _Unsupported:
            pass
    return pa.array(values, type=type)


def _assemble(values: list, kind: pa.DataType) -> pa.Array:
    count = len(values)
    present = [value is not None for value in values]
    nulls = count - sum(present)
    validity = pa.py_buffer(_bitmap(present)) if nulls else None
    if kind == pa.string():
        data = [_utf8(value) for value in values]
        offsets = _offsets([len(piece) for piece in data])
        return pa.Array.from_buffers(kind, count, [validity, offsets, pa.py_buffer(b"".join(data))], null_count=nulls)
    if kind == pa.int64():
        return pa.Array.from_buffers(kind, count, [validity, _words("q", values, _int64)], null_count=nulls)
    if kind == pa.bool_():
        bits = pa.py_buffer(_bitmap([_bool(value) for value in values]))
        return pa.Array.from_buffers(kind, count, [validity, bits], null_count=nulls)
    if kind == pa.date32():
        return pa.Array.from_buffers(kind, count, [validity, _words("i", values, _days)], null_count=nulls)
    if pa.types.is_timestamp(kind) and kind.unit == "us" and kind.tz == "UTC":
        return pa.Array.from_buffers(kind, count, [validity, _words("q", values, _microseconds)], null_count=nulls)
    if pa.types.is_list(kind):
        items = [value if value is not None else [] for value in values]
        if any(type(value) is not list for value in items):
            raise _Unsupported
        child = _assemble([item for value in items for item in value], kind.value_type)
        return pa.Array.from_buffers(kind, count, [validity, _offsets([len(value) for value in items])],
                                     null_count=nulls, children=[child])
    if pa.types.is_struct(kind):
        if any(value is not None and type(value) is not dict for value in values):
            raise _Unsupported
        names = [kind.field(index).name for index in range(kind.num_fields)]
        if any(value is not None and not value.keys() <= set(names) for value in values):
            raise _Unsupported
        children = [_assemble([value.get(name) if value is not None else None for value in values],
                              kind.field(index).type) for index, name in enumerate(names)]
        return pa.Array.from_buffers(kind, count, [validity], null_count=nulls, children=children)
    raise _Unsupported


def _bitmap(flags: list[bool]) -> bytes:
    """Arrow's bit-packed layout: flag i is bit i % 8 (least significant first) of byte i // 8."""
    bits = bytearray((len(flags) + 7) // 8)
    for index, flag in enumerate(flags):
        if flag:
            bits[index >> 3] |= 1 << (index & 7)
    return bytes(bits)


def _offsets(lengths: list[int]) -> pa.Buffer:
    offsets = _typed("i", accumulate(lengths, initial=0)) if sum(lengths) <= _INT32_MAX else None
    if offsets is None:
        raise _Unsupported
    return pa.py_buffer(offsets.tobytes())


def _words(code: str, values: list, convert) -> pa.Buffer:
    return pa.py_buffer(_typed(code, [convert(value) if value is not None else 0 for value in values]).tobytes())


def _utf8(value) -> bytes:
    if value is None:
        return b""
    if type(value) is not str:
        raise _Unsupported
    try:
        return value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: pyarrow reports it
        raise _Unsupported from None


def _int64(value) -> int:
    if type(value) is not int or not _INT64[0] <= value <= _INT64[1]:
        raise _Unsupported
    return value


def _bool(value) -> bool:
    if value is None:
        return False
    if type(value) is not bool:
        raise _Unsupported
    return value


def _days(value) -> int:
    if type(value) is not date:
        raise _Unsupported
    return value.toordinal() - _EPOCH_ORDINAL


def _microseconds(value) -> int:
    if type(value) is not datetime or value.tzinfo is None or value.utcoffset() is None:
        raise _Unsupported
    if value.utcoffset() % timedelta(seconds=1):
        raise _Unsupported  # (an offset with a fraction of a second: pyarrow drops it; left to pyarrow, bytes agree)
    return (value - _EPOCH) // _MICROSECOND
