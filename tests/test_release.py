"""Release manifests, immutability and Croissant version bumps, changelog, checksums, verify, and the Hub push.

Most tests publish a small fake dataset (rows validated by the real models, written with the real Arrow schemas);
the last ones build the real seeds with the pipeline.
"""

from __future__ import annotations

import copy
import hashlib
import json
import shutil
import subprocess
from datetime import date, datetime, timezone
from pathlib import Path
from types import SimpleNamespace

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from imcovid.ids import mention_id
from imcovid.models import Article, Mention, ProvenanceRecord
from imcovid.publish import croissant, prov, release
from imcovid.publish.arrow import arrow_schema
from imcovid.publish.hub import PushRefused, push_to_hub
from imcovid.publish.release import ReleaseConflict
from imcovid.version import PROJECT_ROOT, package_version

VERSION = package_version()  # CITATION.cff declares the same version (tests/test_citation.py)
_MAJOR, _MINOR, _PATCH = (int(part) for part in VERSION.split("."))
NEXT_PATCH = f"{_MAJOR}.{_MINOR}.{_PATCH + 1}"
NEXT_MINOR = f"{_MAJOR}.{_MINOR + 1}.0"
NEXT_MAJOR = f"{_MAJOR + 1}.0.0"


# --- a small fake dataset ------------------------------------------------------------------------------------------

def sample_rows(n: int = 3, version: str = VERSION) -> dict[str, list[dict]]:
    from imcovid.panel import case_count_rows, measure_rows

    rows: dict[str, list[dict]] = {"articles": [], "mentions": [], "provenance": []}
    for i in range(n):
        rows_for_source(rows, i, version)
    aid = rows["articles"][0]["id"]
    evidence = [{"type": "MEASURE", "article_id": aid, "mention_id": f"{aid}-0001", "code": "CN-MASS-TESTING",
                 "action": "strengthen", "level": None, "targeted": False, "place_code": "150100",
                 "mode": "directive", "date": "2021-11-01"},
                {"type": "CASE_COUNT", "article_id": aid, "mention_id": f"{aid}-0002", "metric": "confirmed_local",
                 "value": 2, "place_code": "150100", "as_of": "2021-11-01"}]
    rows["measures"], rows["case_counts"] = measure_rows(evidence), case_count_rows(evidence)
    rows["provenance"].append(ProvenanceRecord(
        source_file="zz_notes.pdf", size_bytes=3, sha256="0" * 64, format="unknown", status="rejected",
        reasons=["unsupported file extension .pdf"], software_version=version, dataset_version=version).model_dump())
    return rows


def rows_for_source(rows: dict, i: int, version: str = VERSION, text: str | None = None) -> None:
    sha = hashlib.sha256(f"source {i}".encode()).hexdigest()
    aid = sha[:16]
    text = text or f"呼和浩特市召开第{i}次疫情防控会议\n会议要求加强核酸检测"
    article = Article(
        id=aid, source_file=f"{i:03d}_{aid}.md", source_sha256=sha, source_format="hexo", source_script="zh-Hans",
        title=f"呼和浩特市疫情防控会议{i}", text=text, published_at=datetime(2021, 11, 1 + i, 2, tzinfo=timezone.utc),
        published_date_local=date(2021, 11, 1 + i), platform="ZAKER", categories=["新媒体", "ZAKER", "source"],
        original_sources=["内蒙古日报社融媒体"], credits=[{"role": "editor", "name": "王五"}],
        images=[{"url": "https://img.example.org/1.jpg", "caption": "会议现场", "credit": None}],
        damage={"pinyin_glosses_removed": 0, "damaged_spans": i % 2}, n_chars=len(text),
        location_codes=["150100"], n_mentions=1)
    mention = Mention(article_id=aid, mention_id=mention_id(aid, "LOCATION", 0, 5), type="LOCATION", start=0, end=5, surface="呼和浩特市",
                      code="150100", level="prefecture", name="呼和浩特市", province_code="150000",
                      prefecture_code="150100", annotator="imcovid-gazetteer", rule="place.full_name")
    chain = [{"role": "original_outlet", "name": "内蒙古日报社融媒体", "evidence": "【来源：内蒙古日报社融媒体】"},
             {"role": "aggregator", "name": "ZAKER", "evidence": "front matter author: 'ZAKER'"},
             {"role": "rsshub_route", "name": "新媒体 / ZAKER / source", "evidence": "front matter categories"},
             {"role": "archive", "name": "Rock-Candy-Tea/RSSHUB-PAGE (Hexo archive on GitHub)", "evidence": "layout"},
             {"role": "seed_file", "name": article.source_file, "evidence": f"sha256 {sha}"}]
    record = ProvenanceRecord(
        source_file=article.source_file, size_bytes=1000 + i, sha256=sha, format="hexo", encoding="utf-8",
        status="accepted", article_ids=[aid], chain=chain, original_outlets=["内蒙古日报社融媒体"], aggregator="ZAKER",
        processing_steps=[{"step": "html_to_paragraphs", "library": "selectolax", "library_version": "0.3.21",
                           "changed": "HTML body turned into paragraphs", "count": 2},
                          {"step": "strip_pinyin", "library": "imcovid", "library_version": version,
                           "changed": "pinyin glosses removed", "count": i}],
        software_version=version, dataset_version=version)
    rows["articles"].append(article.model_dump())
    rows["mentions"].append(mention.model_dump())
    rows["provenance"].append(record.model_dump())


def write_parquet(folder: Path, rows: dict[str, list[dict]], extra_field: str | None = None) -> None:
    for config, items in rows.items():
        schema = arrow_schema(config)
        if extra_field and config == "articles":
            schema = schema.append(pa.field(extra_field, pa.string()))
            items = [{**row, extra_field: "x"} for row in items]
        (folder / config).mkdir(parents=True, exist_ok=True)
        pq.write_table(pa.Table.from_pylist(items, schema=schema), folder / config / "train.parquet")


def publish(out: Path, rows: dict, version: str = VERSION, *, released: str | None = None,
            card_text: str = "# card\n", extra_field: str | None = None, notes: str | None = None) -> Path:
    """What the pipeline does after writing the Parquet files: build in a temporary folder, swap into ``out``."""
    tmp = out.parent / f"{out.name}.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    write_parquet(tmp, rows, extra_field)
    previous = out if out.is_dir() else None
    if notes and previous:
        (previous / "releases" / f"v{version}.notes.md").write_text(notes, encoding="utf-8")
    prov.write_prov(tmp, version)
    (tmp / "README.md").write_text(card_text, encoding="utf-8")
    croissant.write_croissant(tmp, version, {"title": "IMCOVID", "description": "test"})
    try:
        release.write_release(tmp, previous, version, released=released)
    except BaseException:
        shutil.rmtree(tmp)
        raise
    release.write_changelog(tmp)
    release.write_checksums(tmp)
    shutil.rmtree(out, ignore_errors=True)
    tmp.rename(out)
    return out


def manifest(out: Path, version: str = VERSION) -> dict:
    return json.loads((out / "releases" / f"v{version}.json").read_text(encoding="utf-8"))


@pytest.fixture
def published(tmp_path) -> Path:
    return publish(tmp_path / "dataset", sample_rows())


# --- manifest ------------------------------------------------------------------------------------------------------

def test_manifest_lists_files_records_fields_and_counts(published):
    m = manifest(published)
    assert m["version"] == VERSION
    from imcovid.citation import load_cff

    assert m["date_released"] == load_cff()["date-released"]
    assert sorted(m["files"]) == ["README.md", "articles/train.parquet", "case_counts/train.parquet", "croissant.json",
                                  "measures/train.parquet", "mentions/train.parquet", "provenance.prov.json",
                                  "provenance/train.parquet"]
    for rel, entry in m["files"].items():
        data = (published / rel).read_bytes()
        assert entry == {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
    rows = sample_rows()
    assert m["configs"]["articles"]["count"] == 3 and m["configs"]["provenance"]["count"] == 4
    assert sorted(m["configs"]["articles"]["records"]) == sorted(r["id"] for r in rows["articles"])
    assert sorted(m["configs"]["mentions"]["records"]) == sorted(r["mention_id"] for r in rows["mentions"])
    assert "zz_notes.pdf" in m["configs"]["provenance"]["records"]
    assert m["configs"]["provenance"]["fields"]["chain"] == "list<struct<role: string, name: string, evidence: string>>"
    assert m["configs"]["articles"]["fields"]["published_at"] == "timestamp[us, tz=UTC]"


def test_manifest_is_deterministic(tmp_path):
    a = publish(tmp_path / "a", sample_rows())
    b = publish(tmp_path / "b", sample_rows())
    for name in ("releases/v%s.json" % VERSION, "SHA256SUMS", "CHANGELOG.md", "provenance.prov.json", "croissant.json"):
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_record_hash_ignores_only_the_release_version_stamps():
    row = sample_rows()["provenance"][0]
    bumped = copy.deepcopy(row)
    bumped.update(software_version="9.9.9", dataset_version="9.9.9")
    bumped["processing_steps"][1]["library_version"] = "9.9.9"  # the step done by imcovid itself
    assert release.record_hash(row) == release.record_hash(bumped)
    other_library = copy.deepcopy(row)
    other_library["processing_steps"][0]["library_version"] = "0.4.0"  # selectolax: a real change
    assert release.record_hash(row) != release.record_hash(other_library)


# --- immutability and bumps ----------------------------------------------------------------------------------------

def test_rebuilding_the_same_records_keeps_the_manifest_byte_for_byte(published):
    before = (published / "releases" / f"v{VERSION}.json").read_bytes()
    publish(published, sample_rows())
    assert (published / "releases" / f"v{VERSION}.json").read_bytes() == before
    assert release.verify(published) == []


def test_changing_a_record_without_a_bump_needs_major(published):
    rows = sample_rows()
    changed_id = rows["articles"][1]["id"]
    rows["articles"][1]["title"] = "改过的标题"
    with pytest.raises(ReleaseConflict, match="MAJOR") as error:
        publish(published, rows)
    assert changed_id in str(error.value)
    assert release.verify(published) == []  # the published release is untouched


def test_removing_a_record_needs_major(published):
    rows = sample_rows()
    gone = rows["articles"].pop()["id"]
    rows["mentions"].pop()
    with pytest.raises(ReleaseConflict, match="MAJOR") as error:
        publish(published, rows)
    assert gone in str(error.value)


def test_adding_a_record_needs_minor(published):
    rows = sample_rows()
    rows_for_source(rows, 7)
    with pytest.raises(ReleaseConflict, match="MINOR") as error:
        publish(published, rows)
    assert rows["articles"][-1]["id"] in str(error.value)


def test_adding_a_field_needs_minor(published):
    with pytest.raises(ReleaseConflict, match="MINOR") as error:
        publish(published, sample_rows(), extra_field="summary")
    assert "summary" in str(error.value)


def test_same_records_new_serialization_needs_patch(published):
    with pytest.raises(ReleaseConflict, match="PATCH") as error:
        publish(published, sample_rows(), card_text="# card, reworded\n")
    assert "README.md" in str(error.value)


def test_a_new_version_must_be_big_enough(published):
    rows = sample_rows()
    rows_for_source(rows, 7)
    with pytest.raises(ReleaseConflict, match="MINOR"):
        publish(published, rows, NEXT_PATCH, released="2027-01-01")
    out = publish(published, rows, NEXT_MINOR, released="2027-01-01")
    assert sorted(p.name for p in (out / "releases").glob("*.json")) == [f"v{VERSION}.json", f"v{NEXT_MINOR}.json"]
    assert release.verify(out) == []


def test_published_manifests_are_copied_byte_for_byte(published):
    first = (published / "releases" / f"v{VERSION}.json").read_bytes()
    out = publish(published, sample_rows(version=NEXT_PATCH), NEXT_PATCH, released="2027-01-01",
                  card_text=f"# card v{NEXT_PATCH}\n")
    assert (out / "releases" / f"v{VERSION}.json").read_bytes() == first


def test_version_stamps_alone_allow_a_patch(published):
    # New version numbers in every provenance row are not a record change (see release.record_hash).
    out = publish(published, sample_rows(version=NEXT_PATCH), NEXT_PATCH, released="2027-01-01")
    assert manifest(out, NEXT_PATCH)["configs"]["provenance"]["records"] == \
        manifest(out)["configs"]["provenance"]["records"]


def test_an_older_version_is_refused(published):
    with pytest.raises(ReleaseConflict, match="older"):
        publish(published, sample_rows(), "0.9.0", released="2026-01-01")


def test_cff_version_must_match_the_build(tmp_path):
    from importlib.metadata import version

    declared = version("imcovid")
    other = f"{int(declared.split('.')[0]) + 1}.0.0"  # any version but the one CITATION.cff declares
    with pytest.raises(ReleaseConflict, match="CITATION.cff"):
        publish(tmp_path / "dataset", sample_rows(), other)


# --- changelog -----------------------------------------------------------------------------------------------------

def test_changelog_lists_added_removed_and_changed_ids_and_schema(published):
    rows = sample_rows()
    removed = rows["articles"].pop(0)["id"]
    rows["mentions"].pop(0)
    rows["provenance"].pop(0)
    changed = rows["articles"][0]["id"]
    rows["articles"][0]["title"] = "新标题"
    rows_for_source(rows, 9)
    added = rows["articles"][-1]["id"]
    out = publish(published, rows, NEXT_MAJOR, released="2027-02-02", extra_field="summary",
                  notes="Hand-written: titles re-cleaned.\n")
    text = (out / "CHANGELOG.md").read_text(encoding="utf-8")
    newest, oldest = text.index(f"## v{NEXT_MAJOR} — 2027-02-02"), text.index(f"## v{VERSION} — ")
    assert newest < oldest  # newest release first
    section = text[newest:oldest]
    assert "Hand-written: titles re-cleaned." in section
    assert section.index("### Notes") < section.index("### Changes")
    assert "MAJOR" in section
    assert f"articles: 1 added: `{added}`" in section
    assert f"articles: 1 removed: `{removed}`" in section
    assert f"articles: 1 changed — fields changed: `title` ×1: `{changed}` (title)" in section
    assert "articles: 1 field added: `summary (string)`" in section
    assert "articles 3" in section and "First release" in text[oldest:]


def test_changelog_says_which_fields_changed(published):
    """v3→v5 said "123 changed" when only `annotator` had changed: the changelog names the fields, per id."""
    rows = sample_rows()
    for mention in rows["mentions"]:
        mention["annotator"] = "imcovid-gazetteer 2"
    rows["articles"][1]["title"] = "新标题"
    rows["articles"][1]["n_mentions"] = 1
    out = publish(published, rows, NEXT_MAJOR, released="2027-02-02")
    changes = manifest(out, NEXT_MAJOR)["changes"]
    mention_ids = sorted(m["mention_id"] for m in rows["mentions"])
    assert changes["changed_fields"]["mentions"] == {i: ["annotator"] for i in mention_ids}
    assert changes["changed_fields"]["articles"] == {rows["articles"][1]["id"]: ["title"]}
    text = (out / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"mentions: 3 changed — fields changed: `annotator` ×3: `{mention_ids[0]}` (annotator)" in text
    assert "articles: 1 changed — fields changed: `title` ×1" in text


def test_adding_a_mention_is_one_added_row(published):
    """With rank ids, a mention inserted before the others renumbered them: the changelog listed wrong rows."""
    rows = sample_rows()
    article = rows["articles"][0]
    first = rows["mentions"][0]
    new = {**first, "mention_id": mention_id(article["id"], "ORGANIZATION", 0, 7), "type": "ORGANIZATION",
           "end": 7, "surface": article["text"][:7], "code": None, "level": None, "name": None,
           "province_code": None, "prefecture_code": None}
    rows["mentions"].insert(0, new)
    out = publish(published, rows, NEXT_MINOR, released="2027-02-02")
    changes = manifest(out, NEXT_MINOR)["changes"]
    assert changes["bump"] == "MINOR"
    assert changes["added"] == {"mentions": [new["mention_id"]]}
    assert "changed" not in changes and "removed" not in changes


# --- checksums and verify ------------------------------------------------------------------------------------------

def test_checksums_cover_every_file_but_itself_sorted(published):
    lines = (published / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    paths = [line.split("  ", 1)[1] for line in lines]
    on_disk = sorted(p.relative_to(published).as_posix() for p in published.rglob("*") if p.is_file())
    assert paths == sorted(paths) == [p for p in on_disk if p != "SHA256SUMS"]
    for line in lines:
        digest, rel = line.split("  ", 1)
        assert digest == hashlib.sha256((published / rel).read_bytes()).hexdigest()
    if shutil.which("sha256sum"):
        subprocess.run(["sha256sum", "--check", "--quiet", "SHA256SUMS"], cwd=published, check=True)


def test_verify_passes_on_a_fresh_release(published):
    assert release.verify(published) == []


@pytest.mark.parametrize("where", ["start", "middle", "end"])
def test_verify_catches_a_flipped_byte_in_any_file(published, where):
    for path in sorted(p for p in published.rglob("*") if p.is_file()):
        original = path.read_bytes()
        data = bytearray(original)
        index = {"start": 0, "middle": len(data) // 2, "end": len(data) - 1}[where]
        data[index] ^= 0x01
        path.write_bytes(bytes(data))
        try:
            assert release.verify(published), f"flipped byte {index} of {path.relative_to(published)} not caught"
        finally:
            path.write_bytes(original)
    assert release.verify(published) == []


def test_verify_catches_missing_and_extra_files(published):
    (published / "extra.txt").write_text("not released\n")
    (published / "croissant.json").unlink()
    problems = "\n".join(release.verify(published))
    assert "extra.txt is not part of the release" in problems
    assert "croissant.json is missing" in problems


def test_verify_recomputes_record_hashes(published):
    # Rewrite a Parquet file with one changed row, then make the file hashes agree: only the records tell.
    rows = sample_rows()
    rows["articles"][2]["text"] = rows["articles"][2]["text"].replace("会议", "会")
    rows["articles"][2]["n_chars"] = len(rows["articles"][2]["text"])
    write_parquet(published, {"articles": rows["articles"]})
    path = published / "releases" / f"v{VERSION}.json"
    m = json.loads(path.read_text(encoding="utf-8"))
    data = (published / "articles/train.parquet").read_bytes()
    m["files"]["articles/train.parquet"] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
    path.write_text(release.dump_manifest(m), encoding="utf-8")
    release.write_checksums(published)
    problems = release.verify(published)
    assert len(problems) == 1 and rows["articles"][2]["id"] in problems[0] and "changed" in problems[0]


# --- push to the Hub (up to the network call) ----------------------------------------------------------------------

class FakeHub:
    """Records what push_to_hub asks of ``HfApi``."""

    def __init__(self):
        self.calls = []

    def create_repo(self, repo_id, **kwargs):
        self.calls.append(("create_repo", repo_id, kwargs))

    def upload_folder(self, **kwargs):
        self.calls.append(("upload_folder", kwargs["repo_id"], kwargs))
        return SimpleNamespace(oid="c0ffee", commit_url="local://commit/c0ffee")

    def create_tag(self, repo_id, **kwargs):
        self.calls.append(("create_tag", repo_id, kwargs))


def test_push_uploads_the_folder_and_tags_the_commit(published):
    hub = FakeHub()
    result = push_to_hub(published, "someone/imcovid", revision_tag=f"v{VERSION}", api=hub)
    assert [c[0] for c in hub.calls] == ["create_repo", "upload_folder", "create_tag"]
    upload = hub.calls[1][2]
    assert upload["folder_path"] == str(published) and upload["repo_type"] == "dataset"
    assert upload["delete_patterns"] == "*"
    tag = hub.calls[2][2]
    assert tag["tag"] == f"v{VERSION}" and tag["revision"] == "c0ffee" and tag["repo_type"] == "dataset"
    assert tag["exist_ok"] is False
    assert result["commit"] == "c0ffee"


def test_push_refuses_a_wrong_tag_or_a_damaged_folder(published):
    hub = FakeHub()
    with pytest.raises(PushRefused, match="v9.9.9"):
        push_to_hub(published, "someone/imcovid", revision_tag="v9.9.9", api=hub)
    (published / "README.md").write_text("tampered\n")
    with pytest.raises(PushRefused, match="README.md"):
        push_to_hub(published, "someone/imcovid", revision_tag=f"v{VERSION}", api=hub)
    assert hub.calls == []


# --- the real build ------------------------------------------------------------------------------------------------

def real_build(out: Path) -> Path:
    try:
        from imcovid.pipeline import build
        from imcovid.publish import card  # noqa: F401
    except ImportError as error:  # the pipeline is written in parallel with this module
        pytest.skip(f"pipeline not importable yet: {error}")
    build(PROJECT_ROOT / "seeds", out, progress=False)
    return out


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    return real_build(tmp_path_factory.mktemp("real") / "dataset")


def test_real_build_verifies_and_lists_every_seed(built):
    assert release.verify(built) == []
    m = manifest(built)
    from imcovid.config import load_config
    from imcovid.pipeline import list_sources

    seeds = sorted(task.source_file for task in list_sources(PROJECT_ROOT / "seeds", load_config()))
    assert sorted(m["configs"]["provenance"]["records"]) == seeds
    assert m["configs"]["articles"]["count"] == len(seeds)


def test_real_rebuild_is_byte_identical(built):
    before = (built / "SHA256SUMS").read_bytes()
    real_build(built)  # same version, same seeds: must reproduce the release exactly
    assert (built / "SHA256SUMS").read_bytes() == before


def _git(folder, *args):
    return subprocess.run(["git", "-C", str(folder), *args], capture_output=True, text=True, check=True).stdout.strip()


@pytest.mark.skipif(not shutil.which("git"), reason="git is not installed")
def test_push_tags_the_git_commit_that_holds_the_release(published, tmp_path):
    """The docs promise `git checkout v<version>`: `imcovid push` makes that tag, on the commit holding the
    release, and refuses an uncommitted release or a tag that names another commit."""
    repo = published.parent
    _git(repo, "init", "-q")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "add", "dataset")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "release")
    (published / "releases" / "scratch.txt").write_text("x")  # uncommitted: refused before any upload
    hub = FakeHub()
    with pytest.raises(PushRefused):
        push_to_hub(published, "someone/imcovid", revision_tag=f"v{VERSION}", api=hub, git_tag=True)
    assert hub.calls == []
    (published / "releases" / "scratch.txt").unlink()
    env_name = {"GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t"}
    import os

    os.environ.update(env_name)
    try:
        result = push_to_hub(published, "someone/imcovid", revision_tag=f"v{VERSION}", api=hub, git_tag=True)
    finally:
        for key in env_name:
            os.environ.pop(key, None)
    assert result["git_tag"] == f"v{VERSION}"
    assert _git(repo, "rev-parse", f"v{VERSION}^{{commit}}") == _git(repo, "rev-parse", "HEAD")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "--allow-empty", "-m", "later")
    with pytest.raises(PushRefused, match="points at another commit"):
        push_to_hub(published, "someone/imcovid", revision_tag=f"v{VERSION}", api=FakeHub(), git_tag=True)


# --- record runs: sliced by bisect, the same pieces as the key-by-key loop -----------------------------------------

from hypothesis import given, settings, strategies as st  # noqa: E402


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.text(alphabet="ab-\x00\u00e9\U0001f600", max_size=4),
                          st.text(alphabet="0123456789abcdef", max_size=3)), max_size=40))
def test_record_run_is_the_key_by_key_run(pairs):
    """Short keys (shorter than the bucket prefix, or a prefix of another key), repeated keys (the later hash
    last) and non-ASCII keys: the same buckets, in the same order, with the same pickled pieces."""
    fast, slow = release.record_run(pairs), release._record_run_by_key(pairs)
    assert list(fast) == list(slow) and fast == slow


@pytest.mark.parametrize("pairs", [[], [("", "h")], [("a", "1"), ("a", "2"), ("ab", "3"), ("a\x00", "4")],
                                   [(f"{i:04x}-{j}", f"{i}{j}") for i in range(50, 0, -1) for j in range(3)]])
def test_record_run_examples(pairs):
    assert release.record_run(pairs) == release._record_run_by_key(pairs)
