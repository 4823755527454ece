"""Numbers as news write them: Arabic digits (``1139``, ``1.2万``) and Chinese numerals (``三``, ``两``, ``十二``,
``一百二十三``, ``四万``, ``一百零五``), converted to integers."""

from __future__ import annotations

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}
CHINESE_NUMERAL_CHARS = "".join(_DIGITS) + "十百千万"


def chinese_to_int(s: str) -> int | None:
    """一 … 九千九百九十九万…; None when ``s`` is not a well-formed numeral."""
    if not s:
        return None
    total, section, digit = 0, 0, None
    for char in s:
        if char in _DIGITS:
            if char in "零〇" and digit is None and (section or total):
                continue  # 一百零五, 一千零二: a zero between a unit and a digit only holds the place
            if digit is not None and char not in "零〇":
                return None  # two digits in a row (一二) is not a numeral
            digit = _DIGITS[char]
        elif char in _UNITS:
            section += (1 if digit is None else digit) * _UNITS[char]
            digit = None
        elif char == "万":
            total = (total + section + (digit or 0)) * 10000
            section, digit = 0, None
        else:
            return None
    return total + section + (digit or 0)


def parse_number(s: str) -> int | None:
    """``52``, ``1.2万`` (12000), ``4.1万``, ``1.2亿`` (120000000), ``三``, ``十二``; None when it is not a non-negative integer."""
    if not s:
        return None
    if s[0].isdigit():
        s = s.replace(",", "")  # thousands separators (1,139)
        scale = 1
        if s.endswith("万"):
            s, scale = s[:-1], 10000
        elif s.endswith("亿"):
            s, scale = s[:-1], 100_000_000  # (1.2亿剂次 of vaccine doses)
        try:
            value = float(s) * scale if "." in s else int(s) * scale
        except ValueError:
            return None
        return int(round(value)) if float(value).is_integer() or scale > 1 else None
    return chinese_to_int(s)
