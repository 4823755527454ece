"""provenance.prov.json: read back with the ``prov`` library; every source and article is there, with its relations."""

from __future__ import annotations

import hashlib
import warnings
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from prov.model import ProvDocument

from imcovid.models import Article, ProvenanceRecord
from imcovid.publish.arrow import arrow_schema
from imcovid.publish.prov import qid, write_prov
from imcovid.version import PROJECT_ROOT

VERSION = "1.0.0"
WEIRD_NAME = 'ZAKER/疫情 "防控" 通报 (1)【转载】.md'  # spaces, quotes, brackets, CJK, a folder


def _source(i: int, name: str | None = None, **record) -> tuple[dict, dict]:
    sha = hashlib.sha256(f"raw {i}".encode()).hexdigest()
    name = name or f"{i:03d}_{sha[:16]}.md"
    text = f"第{i}条"
    article = Article(id=sha[:16], source_file=name, source_sha256=sha, source_format="hexo", source_script="zh-Hans",
                      title=f"标题{i}", text=text, date_note="no date", damage={"pinyin_glosses_removed": 0,
                      "damaged_spans": 0}, n_chars=len(text)).model_dump()
    chain = [{"role": "original_outlet", "name": "内蒙古日报社融媒体", "evidence": "来源"},
             {"role": "original_outlet", "name": "今日阿拉善", "evidence": "来源"},
             {"role": "aggregator", "name": "新浪财经", "evidence": "author"},
             {"role": "rsshub_route", "name": "新媒体 / 新浪财经 / 滚动", "evidence": "categories"},
             {"role": "archive", "name": "Rock-Candy-Tea/RSSHUB-PAGE (Hexo archive on GitHub)", "evidence": "layout"},
             {"role": "seed_file", "name": name, "evidence": "bytes"}]
    fields = dict(source_file=name, size_bytes=100 + i, sha256=sha, format="hexo", encoding="utf-8",
                  status="accepted", article_ids=[sha[:16]], chain=chain, aggregator="新浪财经",
                  processing_steps=[{"step": "opencc_tw2s", "library": "opencc", "library_version": "1.1.9",
                                     "changed": "Traditional → Simplified", "count": i % 3},
                                    {"step": "strip_pinyin", "library": "imcovid", "library_version": VERSION,
                                     "changed": "pinyin removed", "count": 1}],
                  software_version=VERSION, dataset_version=VERSION)
    fields.update(record)
    return article, ProvenanceRecord(**fields).model_dump()


def make_dataset(root: Path, n: int = 4) -> dict:
    articles, records = [], []
    for i in range(n):
        article, record = _source(i, WEIRD_NAME if i == 1 else None)
        articles.append(article)
        records.append(record)
    # A duplicate of source 0 and a rejected file: sources without articles.
    records.append(_source(0, "zz_copy.md", status="duplicate", duplicate_of=records[0]["source_file"],
                           reasons=["same bytes"], article_ids=[])[1])
    records.append(ProvenanceRecord(source_file="zz_bad.bin", size_bytes=0, format="unknown", status="rejected",
                                    reasons=["unsupported file extension .bin"], software_version=VERSION,
                                    dataset_version=VERSION).model_dump())
    for config, rows in (("articles", articles), ("provenance", records)):
        (root / config).mkdir(parents=True, exist_ok=True)
        pq.write_table(pa.Table.from_pylist(rows, schema=arrow_schema(config)), root / config / "train.parquet")
    return {"articles": articles, "provenance": records}


def read_back(path: Path) -> ProvDocument:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # prov warns about ids PROV-N cannot write: there must be none
        return ProvDocument.deserialize(str(path), format="json")


def relations(doc: ProvDocument, kind: str) -> list[dict]:
    out = []
    for record in doc.get_records():
        if type(record).__name__ == kind:
            out.append({str(k): str(v) for k, v in record.attributes})
    return out


@pytest.fixture
def dataset(tmp_path):
    rows = make_dataset(tmp_path)
    return tmp_path, rows, read_back(write_prov(tmp_path, VERSION))


def test_every_source_and_article_is_an_entity(dataset):
    _, rows, doc = dataset
    entities = {str(r.identifier): r for r in doc.get_records() if type(r).__name__ == "ProvEntity"}
    for record in rows["provenance"]:
        entity = entities[qid("source", record["source_file"])]
        attrs = {str(k): v for k, v in entity.attributes}
        assert attrs["prov:label"] == record["source_file"]
        assert attrs["imcovid:sizeBytes"] == record["size_bytes"]
        assert attrs.get("imcovid:sha256") == record["sha256"]
        assert attrs["imcovid:status"] == record["status"]
    for article in rows["articles"]:
        assert qid("article", article["id"]) in entities
    release = {str(k): str(v) for k, v in entities[f"imcovid:release/v{VERSION}"].attributes}
    assert release["prov:type"] == "prov:Collection"


def test_weird_file_names_survive_as_labels_and_percent_encoded_ids(dataset):
    _, _, doc = dataset
    source = next(r for r in doc.get_records() if str(r.identifier) == qid("source", WEIRD_NAME))
    assert dict((str(k), v) for k, v in source.attributes)["prov:label"] == WEIRD_NAME
    assert " " not in str(source.identifier) and '"' not in str(source.identifier)


def test_articles_derive_from_their_sources_and_belong_to_the_release(dataset):
    _, rows, doc = dataset
    build, release = f"imcovid:build/v{VERSION}", f"imcovid:release/v{VERSION}"
    derived = {(d["prov:generatedEntity"], d["prov:usedEntity"], d["prov:activity"])
               for d in relations(doc, "ProvDerivation")}
    members = {(m["prov:collection"], m["prov:entity"]) for m in relations(doc, "ProvMembership")}
    generated = {(g["prov:entity"], g["prov:activity"]) for g in relations(doc, "ProvGeneration")}
    for article in rows["articles"]:
        aid = qid("article", article["id"])
        assert (aid, qid("source", article["source_file"]), build) in derived
        assert (release, aid) in members and (aid, build) in generated
    assert (release, build) in generated
    used = {u["prov:entity"] for u in relations(doc, "ProvUsage") if u["prov:activity"] == build}
    assert used == {qid("source", r["source_file"]) for r in rows["provenance"]}
    assert relations(doc, "ProvAlternate") == [{"prov:alternate1": qid("source", "zz_copy.md"),
                                                 "prov:alternate2": qid("source", rows["provenance"][0]["source_file"])}]


def test_agents_and_attributions_follow_the_chain(dataset):
    _, rows, doc = dataset
    agents = {str(r.identifier): {str(k): str(v) for k, v in r.attributes}
              for r in doc.get_records() if type(r).__name__ == "ProvAgent"}
    labels = {a["prov:label"] for a in agents.values()}
    assert {"内蒙古日报社融媒体", "今日阿拉善", "新浪财经", "RSSHub", "IMCOVID maintainers", "imcovid", "opencc",
            "Rock-Candy-Tea/RSSHUB-PAGE (Hexo archive on GitHub)"} <= labels
    assert agents[f"imcovid:software/imcovid/{VERSION}"]["imcovid:version"] == VERSION
    assert agents["imcovid:software/opencc/1.1.9"]["prov:type"] == "prov:SoftwareAgent"
    attributed = {(a["prov:entity"], a["prov:agent"], a["imcovid:role"])
                  for a in relations(doc, "ProvAttribution") if "imcovid:role" in a}
    first = qid("source", rows["provenance"][0]["source_file"])
    assert (first, qid("outlet", "今日阿拉善"), "original_outlet") in attributed
    assert (first, qid("aggregator", "新浪财经"), "aggregator") in attributed
    assert (first, "imcovid:agent/rsshub", "rsshub_route") in attributed
    associated = {(a["prov:activity"], a["prov:agent"]) for a in relations(doc, "ProvAssociation")}
    assert (f"imcovid:build/v{VERSION}", f"imcovid:software/imcovid/{VERSION}") in associated
    assert ("imcovid:step/opencc_tw2s/opencc/1.1.9", "imcovid:software/opencc/1.1.9") in associated
    step = next({str(k): v for k, v in r.attributes} for r in doc.get_records()
                if str(r.identifier) == "imcovid:step/opencc_tw2s/opencc/1.1.9")
    # counts 0, 1, 2, 0 for the four accepted sources, 0 for the duplicate
    assert step["imcovid:sourcesChanged"] == 2 and step["imcovid:changes"] == 3


def test_output_is_deterministic_and_has_no_clock_time(tmp_path):
    make_dataset(tmp_path)
    first = write_prov(tmp_path, VERSION).read_bytes()
    assert write_prov(tmp_path, VERSION).read_bytes() == first
    text = first.decode()
    assert "Time" not in text and "prov:time" not in text


def test_reads_parquet_in_batches_only(tmp_path, monkeypatch):
    make_dataset(tmp_path, n=1200)

    def refuse(*args, **kwargs):
        raise AssertionError("whole-file read")

    monkeypatch.setattr(pq, "read_table", refuse)
    monkeypatch.setattr(pq.ParquetFile, "read", refuse)
    doc = read_back(write_prov(tmp_path, VERSION))
    assert len(relations(doc, "ProvDerivation")) == 1200


def test_real_build_has_every_seed_and_article(tmp_path):
    try:
        from imcovid.pipeline import build
        from imcovid.publish import card  # noqa: F401
    except ImportError as error:
        pytest.skip(f"pipeline not importable yet: {error}")
    out = tmp_path / "dataset"
    build(PROJECT_ROOT / "seeds", out, progress=False)
    doc = read_back(out / "provenance.prov.json")
    ids = {str(r.identifier) for r in doc.get_records() if r.identifier is not None}
    from imcovid.config import load_config
    from imcovid.pipeline import list_sources

    seeds = [task.source_file for task in list_sources(PROJECT_ROOT / "seeds", load_config())]
    assert {qid("source", name) for name in seeds} <= ids
    articles = pq.read_table(out / "articles" / "train.parquet", columns=["id"]).column("id").to_pylist()
    assert {qid("article", a) for a in articles} <= ids
    # Harvested sources also derive from the archive capture they copy (repository, commit, path).
    origins = pq.read_table(out / "provenance" / "train.parquet", columns=["origins"]).column("origins").to_pylist()
    captures = [o for row in origins for o in row]
    assert {qid("capture", o["repo"], o["commit"], o["path"]) for o in captures} <= ids
    assert len(relations(doc, "ProvDerivation")) == len(articles) + len(captures)


# --- the graph's text is what json.dumps(ensure_ascii=False, sort_keys=True) writes ---------------------------------

from hypothesis import given, settings, strategies as st  # noqa: E402

from imcovid.publish import prov as prov_module  # noqa: E402

_JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
                     lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
                     max_leaves=12)


@settings(max_examples=300, deadline=None)
@given(_JSON)
def test_dump_is_json_dumps_sorted_without_ascii_escapes(value):
    import json

    assert prov_module._dump(value) == json.dumps(value, ensure_ascii=False, sort_keys=True)
    if not isinstance(value, (dict, list)):  # _s writes the names and labels (strings, or None)
        assert prov_module._s(value) == json.dumps(value, ensure_ascii=False)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["source", "article"]), st.text())
def test_name_ids_are_qids(kind, name):
    assert prov_module._name_id(kind, name) == qid(kind, name)


@pytest.mark.parametrize("name", ["a.md", WEIRD_NAME, 'q"uote\\back\nline\x01\u2028.md', "sp ace/x~y_z-1.txt", ""])
def test_every_entry_is_json_dumps_of_its_value(tmp_path, name):
    """Relations are written from templates: each entry's text must be what json.dumps (sorted keys, no ASCII
    escapes) writes for the value it parses to, for awkward names too (quotes, backslashes, control characters)."""
    import json

    articles, records = [], []
    for i in range(3):
        article, record = _source(i, name if i == 1 and name else None)
        articles.append(article)
        records.append(record)
    records.append(_source(0, name + "-copy", status="duplicate", duplicate_of=records[0]["source_file"],
                           reasons=["same bytes"], article_ids=[])[1])
    for config, rows in (("articles", articles), ("provenance", records)):
        (tmp_path / config).mkdir(parents=True, exist_ok=True)
        pq.write_table(pa.Table.from_pylist(rows, schema=arrow_schema(config)), tmp_path / config / "train.parquet")
    text = write_prov(tmp_path, VERSION).read_text(encoding="utf-8")
    graph = json.loads(text)
    entries = 0
    for line in text.split("\n"):  # not splitlines: U+2028 is no line break in JSON
        if line.startswith("  ") and not line.startswith("   "):
            key, _, value = line.strip().rstrip(",").partition(": ")
            assert value == json.dumps(json.loads(value), ensure_ascii=False, sort_keys=True), line
            entries += 1
    assert entries == sum(len(section) for section in graph.values())
    assert qid("source", records[1]["source_file"]) in graph["entity"]
