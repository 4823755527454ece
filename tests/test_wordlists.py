"""The annotators' word lists: one data file each, checked when read."""

from __future__ import annotations

import pytest

from imcovid.annotate import wordlists
from imcovid.annotate.wordlists import LISTS, WordListError, check_all, parse, words


def test_every_list_is_read_and_checked():
    check_all()
    for name in LISTS:
        assert words(name), name


@pytest.mark.parametrize("text, entries", [
    ("# a comment\n书记\n主任\n", ("书记", "主任")),
    ("书记\n\n# group\n主任\n", ("书记", "主任")),
    ("Intel\n", ("Intel",)),
])
def test_parse_reads_entries_in_order(text, entries):
    assert parse("x", text) == entries


@pytest.mark.parametrize("text, message", [
    ("书记\n主任\n书记\n", "x.txt line 3: '书记' repeats line 1"),
    ("# only a comment\n\n", "x.txt has no entries"),
    ("书记 \n", "has spaces around it"),
    (" 主任\n", "has spaces around it"),
])
def test_parse_rejects_bad_lists(text, message):
    with pytest.raises(WordListError, match=message):
        parse("x", text)


def test_unknown_list_is_an_error():
    with pytest.raises(WordListError, match="not a word list"):
        words("no_such_list")


def test_lists_that_must_stay_apart_do(monkeypatch):
    monkeypatch.setattr(wordlists, "DISJOINT", [("surnames_single", "surnames_single")])
    with pytest.raises(WordListError, match="share"):
        check_all()


def test_no_list_shares_an_entry_with_a_list_it_must_not():
    for a, b in wordlists.DISJOINT:
        assert not set(words(a)) & set(words(b))
