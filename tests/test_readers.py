"""Readers: format detection, front-matter variety, safe YAML, encodings."""

from __future__ import annotations

from pathlib import Path

import pytest

from imcovid.readers import SourceRejected, read_source
from imcovid.readers.read import detect_format

from conftest import SEEDS, seed_sources


def post(front: str, body: str = "<div><p>正文。</p></div>") -> bytes:
    return f"\n---\n{front}\n---\n\n{body}\n".encode()


def test_every_seed_parses_with_the_right_format():
    formats = {p.name: read_source(p.name, p.read_bytes()).format for p in seed_sources()}
    assert formats["002_e3bb54e6d95a553f.txt"] == "plaintext"
    assert [f for n, f in formats.items() if n != "002_e3bb54e6d95a553f.txt"] == ["hexo"] * (len(formats) - 1)


def test_detect_format():
    assert detect_format("\n---\ntitle: x\n---\n") == "hexo"
    assert detect_format("标题\n正文") == "plaintext"


@pytest.mark.parametrize(
    "front, title",
    [
        ("title: '额济纳旗_救火_书记'", "额济纳旗_救火_书记"),
        ('title: "\'\'守护志愿者\'\'和保险"', "''守护志愿者''和保险"),
        ("title: '\"魔都结界破了\"'", '"魔都结界破了"'),
        ("title: 无引号标题", "无引号标题"),
        ("  title: '缩进的键'\n  author: ZAKER", "缩进的键"),
        ("title: 制表符\n\tauthor: ZAKER", "制表符"),
    ],
)
def test_front_matter_variety(front, title):
    assert read_source("x.txt", post(front)).title == title


def test_missing_keys_are_none():
    doc = read_source("x.txt", post("title: 只有标题"))
    assert (doc.author, doc.date_raw, doc.headimg, doc.categories) == (None, None, None, ())


@pytest.mark.parametrize("value", ["Tue, 26 Oct 2021 15:48:43 GMT", "2021-08-21 07:07:53", "2021-10-26T16:00:00+08:00"])
def test_dates_stay_strings_for_the_date_rules(value):
    assert read_source("x.txt", post(f"title: t\ndate: {value}")).date_raw == value


def test_python_tags_are_rejected_and_not_executed(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SourceRejected, match="language-specific tag"):
        read_source("x.txt", post('title: !!python/object/apply:os.system ["touch pwned.txt"]'))
    assert not (tmp_path / "pwned.txt").exists()


def test_alias_bomb_is_rejected_quickly():
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)
    )
    with pytest.raises(SourceRejected, match="aliases"):
        read_source("x.txt", post("title: t\n" + bomb))


@pytest.mark.parametrize(
    "raw, reason",
    [
        (b"", "empty file"),
        (b"  \n\t\n", "only white space"),
        (b"\n---\ntitle: t\n<p>body</p>\n", "never closes"),
        (b"\n---\ntitle: [unclosed\n---\n<p>x</p>", "invalid YAML"),
        (b"\n---\n- a\n- b\n---\n<p>x</p>", "list, not a mapping"),
        (b"\n---\njust a scalar\n---\n<p>x</p>", "str, not a mapping"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG image"),
        (b"abc\x00def", "NUL bytes"),
        (b"\xff\xfe\xfa\xfb\xfc", "undecodable"),
    ],
)
def test_rejections_have_specific_reasons(raw, reason):
    with pytest.raises(SourceRejected, match=reason):
        read_source("x.txt", raw)


def test_gb18030_is_decoded_with_a_flag():
    doc = read_source("x.txt", "内蒙古自治区\n额济纳旗新增病例。".encode("gb18030"))
    assert doc.encoding == "gb18030" and "decoded_gb18030" in doc.flags
    assert doc.body.startswith("内蒙古自治区")
