"""Personal contact data in article text → typed placeholders.

Mobile numbers (1[3-9] + 9 digits), landlines with an area code (0xx-xxxxxxxx), e-mail addresses and 18-digit
resident ID numbers: any 18-character number introduced as one (身份证号, 证件号码, 公民身份号码 …), even when its
birth date or checksum is wrong — a typo in a published ID number leaves it personal data —, and otherwise those with
a valid birth date and checksum. Digits that are part of longer numbers, dates, case counts or document numbers do
not match: every pattern needs non-digit boundaries.

A landline right after the label of a body's published line (``疾病预防控制中心电话：0538-…``, ``咨询热线：…``; the labels are
the data file ``public_line_labels.txt``) is not personal contact data (cleaning.md rule 7): news print the numbers of
offices, hot-lines and help desks for readers to call, and the real posts' gold keeps them. A mobile number stays
personal wherever it stands.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from imcovid.clean.lazy import lazy

PLACEHOLDERS = {"email": "[EMAIL]", "id_number": "[ID_NUMBER]", "phone": "[PHONE]"}

_EMAIL = lazy(r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_ID = lazy(r"(?<![0-9A-Za-z])[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])")
# An ID number introduced as one: the cue, an optional colon or 为/是, then 17 digits and a digit or X.
_CUED_ID = lazy(r"((?:公民身份号码|身份证件号码|身份证号码|身份证号|身份证|证件号码|证件号|身份号码)\s*(?:[:：]|为|是)?\s*)"
                      r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
_MOBILE = lazy(r"(?<![0-9])(?:\+?86[- ]?)?1[3-9]\d(?:[- ]?\d{4}){2}(?![0-9]|-\d)")
_LANDLINE = lazy(r"(?<![0-9])(?:[(（]0\d{2,3}[)）]|0\d{2,3}-)\d{7,8}(?:-\d{1,5})?(?![0-9])")
_LABEL_GAP = lazy(r"\s*(?:[:：]|为|是)?\s*$")  # between a line's label and its number
# Every pattern needs one of @, seven digits, or three digits, a space or hyphen and four (a mobile may be written
# in groups: 138 1234 5678); most lines have none. Written to open with a character class the engine skips to — the
# same matches as @|\d{7}|\d{3}[- ]\d{4}, which the engine tried at every position.
_CANDIDATE = lazy(r"[@\d](?:(?<=@)|(?<=\d)(?:\d{6}|\d{2}[- ]\d{4}))")
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def _valid_id(number: str) -> bool:
    try:
        date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return False
    total = sum(int(d) * w for d, w in zip(number[:17], _ID_WEIGHTS))
    return _ID_CHECK[total % 11] == number[17].upper()


@lru_cache(maxsize=1)
def _public_labels() -> tuple[str, ...]:
    from imcovid.annotate.wordlists import words

    return tuple(sorted(words("public_line_labels"), key=len, reverse=True))


def is_public_line(text: str, start: int) -> bool:
    """Whether the number at ``start`` follows the label of a body's published line (a colon, 为 or 是 between)."""
    before = text[max(0, start - 16):start]
    gap = _LABEL_GAP.search(before)
    head = before[:gap.start()] if gap else before
    return head.endswith(_public_labels())


def redact(text: str) -> tuple[str, dict[str, int]]:
    counts = {"email": 0, "id_number": 0, "phone": 0}
    if not _CANDIDATE.search(text):
        return text, counts

    def sub(kind: str, pattern: re.Pattern, value: str, check=None) -> str:
        def replace(match: re.Match) -> str:
            if check is not None and not check(match):
                return match.group()
            counts[kind] += 1
            return PLACEHOLDERS[kind]

        return pattern.sub(replace, value)

    text = sub("email", _EMAIL, text)

    def cued(match: re.Match) -> str:
        counts["id_number"] += 1
        return match.group(1) + PLACEHOLDERS["id_number"]

    text = _CUED_ID.sub(cued, text)
    text = sub("id_number", _ID, text, lambda match: _valid_id(match.group()))
    text = sub("phone", _MOBILE, text)
    text = sub("phone", _LANDLINE, text, lambda match: not is_public_line(match.string, match.start()))
    return text, counts
