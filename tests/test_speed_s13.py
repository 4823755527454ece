"""Session 13, speed per core: the shortcuts of a repeated capture's worker step give what the steps they skip give.

Each shortcut is held to the code it replaces: the cleaning key's fields to those of the blanked document copy, the
configuration's JSON to pydantic's, an article row's structural copy to its pickled copy, a served capture's story
signature to :func:`imcovid.stories.signature` of its row, and the reading of a source to ``Path.read_bytes``
(bytes and errors)."""

from __future__ import annotations

import pickle
from dataclasses import replace
from pathlib import Path

import pytest

from imcovid import memo
from imcovid.clean.article import _blanked_fields, _fields, _settings
from imcovid.config import BuildConfig, load_config
from imcovid.process import Task, _fresh, process, read_task
from imcovid.readers.document import ParsedDocument
from imcovid.stories import signature

from conftest import CORPUS

POSTS = sorted(CORPUS.iterdir())[:4]


@pytest.fixture(scope="module")
def config():
    return load_config()


def _blanked_copy(doc: ParsedDocument) -> ParsedDocument:
    # What clean_document gave the cleaning (and keyed it by) before session 13.
    return replace(doc, source_file="", sha256="", size_bytes=0, body="" if doc.format == "hexo" else doc.body)


@pytest.mark.parametrize("fmt, body", [("hexo", "<p>呼和浩特市新增确诊病例1例。</p>"),
                                       ("plaintext", "标题\n呼和浩特市新增确诊病例1例。"),
                                       ("hexo", "")])
def test_the_cleaning_key_fields_are_those_of_the_blanked_copy(fmt, body):
    doc = ParsedDocument("posts/a.md", "ab" * 32, 1234, fmt, "utf-8", body, "标题", ("新闻", "内蒙古"), "作者",
                         "2022-10-01 08:00:00", None, ("markdown_body",))
    assert _blanked_fields(doc) == _fields(_blanked_copy(doc))
    # The memo keys pickle them: the same bytes, so the same keys as before.
    assert pickle.dumps(_blanked_fields(doc), protocol=5) == pickle.dumps(_fields(_blanked_copy(doc)), protocol=5)


def test_the_cleaning_key_fields_follow_a_real_post(config):
    from imcovid.readers import read_source

    for path in POSTS:
        raw = path.read_bytes()
        doc = read_source(path.name, raw, "0" * 64)
        assert _blanked_fields(doc) == _fields(_blanked_copy(doc))


def test_the_settings_are_each_configurations_own_json():
    a, b = load_config(), BuildConfig(max_html_depth=7)
    for config in (a, b, a, a, b):  # alternated: the last one seen is not taken for another
        assert _settings(config) == config.model_dump_json()
    assert _settings(a) != _settings(b)


def test_a_fresh_row_equals_its_pickled_copy_and_shares_no_container(config, tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(POSTS[0].read_bytes())
    row = process(Task(str(path), "a.txt"), config).article
    copy = _fresh(row)
    assert copy == row == pickle.loads(pickle.dumps(row))
    assert list(copy) == list(row)  # key order
    for key, value in row.items():
        if isinstance(value, (list, dict)):
            assert copy[key] is not value
    nested = {"credits": [{"role": "记者", "name": "某某"}], "damage": {"mojibake": 0}, "flags": ["damaged"]}
    twin = _fresh(nested)
    twin["credits"][0]["name"] = "另一人"
    twin["damage"]["mojibake"] = 3
    twin["flags"].append("dated")
    assert nested == {"credits": [{"role": "记者", "name": "某某"}], "damage": {"mojibake": 0}, "flags": ["damaged"]}


@pytest.mark.parametrize("path", POSTS, ids=lambda p: p.name)
def test_a_served_capture_has_the_signature_of_its_own_row(path: Path, config, tmp_path):
    raw = path.read_bytes()
    files = [tmp_path / f"{name}.txt" for name in "abcd"]
    for i, file in enumerate(files):
        file.write_bytes(raw + f"\n<!-- capture {i} -->\n".encode())
    with memo.disabled():
        reference = [process(Task(str(file), file.name), config) for file in files]
    memo.start()
    try:
        served = [process(Task(str(file), file.name), config) for file in files]
        asked = memo.stats()["story-minhash"][:2]
    finally:
        memo.stop()
    for got, want in zip(served, reference):
        assert got.signature == want.signature == signature(want.article)
    # The four captures have the same parsed blocks: the second, third and fourth took the record template's
    # signature; the memo was asked for the first capture's and for the template's (made at the second), not theirs.
    assert asked == (1, 1), asked
    # A caller that changes its signature changes no other capture's.
    served[2].signature["n_chars"] = -1
    assert served[3].signature == reference[3].signature


def test_a_source_is_read_as_path_read_bytes_reads_it(config, tmp_path):
    post = tmp_path / "a.txt"
    post.write_bytes(POSTS[0].read_bytes())
    raw, early = read_task(Task(str(post), "a.txt"), config)
    assert early is None and raw == post.read_bytes()
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    raw, early = read_task(Task(str(folder), "folder.txt"), config)
    assert raw is None
    try:
        Path(folder).read_bytes()
    except OSError as error:
        expected = f"internal error while reading: {type(error).__name__}: {error}"
    assert early.provenance["reasons"] == [expected]
