"""The s21 new user's review of 25.0.0 (``notes/s21-newuser.md``): what the card, codebook, metadata and CLI say
must be true of the data; one test (or table) per item fixed."""

from __future__ import annotations

from pathlib import Path

from imcovid.ids import NESTING_TYPES, with_ids
from imcovid.models import Mention

AID = "8ea7a5e8e9af78c6"
SEEDS = Path(__file__).resolve().parents[1] / "seeds"
ALL_TYPES = ("PERSON", "LOCATION", "ORGANIZATION", "DATE", "MEASURE", "CASE_COUNT")


def _m(type_, start, end):
    return {"type": type_, "start": start, "end": end, "surface": "x" * (end - start)}


# Item 5: 561 mentions lay inside a MEASURE or CASE_COUNT with a null parent_id, while the codebook said null meant
# "each stretch of text once". The codebook must say what nests and what does not, as ids.with_ids does it.
def test_parent_id_description_names_what_nests_and_what_does_not():
    text = Mention.model_fields["parent_id"].description
    assert "Count rows with a null `parent_id` to count each stretch of text once." not in text
    for kind in NESTING_TYPES:
        assert kind in text
    for kind in set(ALL_TYPES) - NESTING_TYPES:
        assert kind in text
    assert "never a parent" in text


def test_measure_and_case_count_spans_are_never_parents_nor_children():
    """内蒙古 (0, 3) inside a CASE_COUNT 内蒙古6例 (0, 5) and a MEASURE (0, 10): all top-level; inside an organization
    (0, 5) the place is nested; a DATE inside a MEASURE stays top-level; a MEASURE inside a MEASURE too."""
    rows = with_ids(AID, [_m("CASE_COUNT", 0, 5), _m("MEASURE", 0, 10), _m("MEASURE", 1, 4), _m("LOCATION", 0, 3),
                          _m("DATE", 6, 8), _m("ORGANIZATION", 20, 25), _m("LOCATION", 20, 23)])
    parents = [row["parent_id"] for row in rows]
    assert parents[:5] == [None] * 5
    assert parents[6] == rows[5]["mention_id"]


# Item 6: Croissant's collection statement, CITATION.cff and .zenodo.json said less than, or other than, the data.
def test_croissant_collection_names_every_platform_and_outlet_of_the_data(seeds_dataset):
    import json

    import pandas as pd

    articles = pd.read_parquet(seeds_dataset / "articles")
    doc = json.loads((seeds_dataset / "croissant.json").read_text(encoding="utf-8"))
    said = doc["rai:dataCollection"]
    for platform, n in articles["platform"].value_counts().items():
        assert f"{platform} ({n})" in said
    for outlet in set(articles["original_outlets"].explode().dropna()):  # canonical names (item 10)
        assert outlet in said
    assert "selected by topic" not in said and "such as one" not in said
    assert f"from {articles['published_date_local'].min()} to {articles['published_date_local'].max()}" in said


def test_data_collection_counts_a_single_plain_text_page_as_one():
    from imcovid.publish.croissant import data_collection

    said = data_collection({"n": 3, "formats": {"hexo": {"ZAKER": 2}, "plaintext": {"北疆新闻": 1}},
                            "outlets": {"内蒙古日报": 2}, "dates": []})
    assert "Of the 3 articles, 2 are Markdown posts" in said and "1 is a plaintext copy of a news page: 北疆新闻 (1)" in said
    assert "Publication dates" not in said  # no dates, no period


def test_zenodo_metadata_carries_version_and_publication_date():
    from imcovid.citation import load_cff, release_date, zenodo_metadata

    cff = load_cff()
    meta = zenodo_metadata(cff)
    assert meta["version"] == str(cff["version"]) and meta["publication_date"] == release_date(cff)


def test_citation_abstract_lists_no_platforms_by_hand():
    """The abstract named three aggregators of the four; the lists are now the data's (card, Croissant)."""
    from imcovid.citation import load_cff

    abstract = load_cff()["abstract"]
    for platform in ("ZAKER", "新浪财经", "趣头条", "观察者网"):
        assert platform not in abstract
    assert "2021–2022" not in abstract


# Item 8: the period is the data's, the months table in calendar order. Item 15: ties with the tenth place kept.
def test_card_period_comes_from_the_first_and_last_article_dates(seeds_dataset):
    import pandas as pd

    card = (seeds_dataset / "README.md").read_text(encoding="utf-8")
    dates = pd.read_parquet(seeds_dataset / "articles")["published_date_local"].dropna()
    assert f"published {dates.min()} to {dates.max()}" in card
    assert "2021–2022" not in card


def test_months_table_is_in_calendar_order_with_no_date_last():
    from collections import Counter

    from imcovid.publish.card import _month_table

    table = _month_table(Counter({"2022-02": 4, "(no date)": 1, "2021-10": 3, "2021-12": 9}))
    rows = [line.split("|")[1].strip().replace("\\", "") for line in table.splitlines()[2:]]
    assert rows == ["2021-10", "2021-12", "2022-02", "(no date)"]


def test_top_places_keep_ties_with_the_last_place():
    from collections import Counter

    from imcovid.publish.card import _top_with_ties

    counts = Counter({"a": 5, "b": 4, "c": 3, "d": 3, "e": 2})
    assert [k for k, _ in _top_with_ties(counts, 3)] == ["a", "b", "c", "d"]
    assert [k for k, _ in _top_with_ties(counts, 4)] == ["a", "b", "c", "d"]  # no tie beyond: nothing added
    assert [k for k, _ in _top_with_ties(Counter({"a": 1}), 10)] == ["a"]


# Item 10: outlet names normalised in a new column; the raw names kept; the card counts canonical names.
import pytest  # noqa: E402


@pytest.mark.parametrize("raw, canonical", [
    (["国家卫健委官网"], ["国家卫生健康委员会"]),
    (["国家卫生健康委网站", "国家卫生健康委员会官方网站"], ["国家卫生健康委员会"]),  # two aliases of one outlet: once
    (["内蒙古日报社融媒体", "今日阿拉善"], ["内蒙古日报", "今日阿拉善"]),
    (["央视网", "中央广播电视总台"], ["央视网", "中央广播电视总台"]),  # negative: a website of a group stays its own
    (["新京报"], ["新京报"]),  # negative: a name not listed is its own canonical name
    ([], []),
])
def test_canonical_outlets(raw, canonical):
    from imcovid.clean.outlets import canonical_outlets

    assert canonical_outlets(raw) == canonical


def test_outlet_table_has_no_chains_and_every_alias_is_a_seed_outlet(seeds_dataset, corpus_build):
    import json

    import pandas as pd

    from imcovid.clean.outlets import canonical_names, canonical_outlets
    from imcovid.schema_export import model_schema

    table = canonical_names()
    assert not set(table.values()) & set(table)
    articles = pd.read_parquet(seeds_dataset / "articles")
    corpus = pd.read_parquet(corpus_build[0] / "articles")  # seeds and the corpus sample
    assert set(table) <= set(corpus["original_sources"].explode().dropna())
    for raw, canonical in zip(articles["original_sources"], articles["original_outlets"]):
        assert list(canonical) == canonical_outlets(list(raw))
    card = (seeds_dataset / "README.md").read_text(encoding="utf-8")
    assert "| 国家卫生健康委员会 | 4 |" in card and "| 国家卫健委官网 |" not in card
    # The codebook (card field table), the JSON Schema of `imcovid schema` and Croissant describe the column.
    assert "`original_outlets`" in card
    assert "canonical" in model_schema("articles")["properties"]["original_outlets"]["description"]
    doc = json.loads((seeds_dataset / "croissant.json").read_text(encoding="utf-8"))
    fields = [f for rs in doc["recordSet"] if rs["name"] == "articles" for f in rs["field"]]
    assert any(f["name"] == "original_outlets" and "canonical" in f["description"] for f in fields)


# Item 14: the licence names every config. Item 12: how to read nullable integers as integers. Item 13: CLI.
def test_license_names_every_config():
    from imcovid.config import CONFIG_NAMES
    from imcovid.version import PROJECT_ROOT

    section = (PROJECT_ROOT / "LICENSE").read_text(encoding="utf-8").split("\n3. ")[0].split("\n2. ")[1]
    for config in CONFIG_NAMES:
        assert f"`{config}`" in section


def test_card_says_how_to_read_nullable_integers(seeds_dataset):
    import pandas as pd

    card = (seeds_dataset / "README.md").read_text(encoding="utf-8")
    assert 'dtype_backend=\\"numpy_nullable\\"' in card or 'dtype_backend="numpy_nullable"' in card
    counts = pd.read_parquet(seeds_dataset / "case_counts", dtype_backend="numpy_nullable")
    assert str(counts["value"].dtype) == "Int64"


def test_unknown_option_is_reported_by_its_command(capsys):
    from imcovid import cli

    with pytest.raises(SystemExit):
        cli.main(["build", "--nope"])
    assert "imcovid build: error: unrecognized arguments: --nope" in capsys.readouterr().err


def test_zenodo_to_an_unwritable_path_says_what_to_do(capsys, tmp_path):
    from imcovid import cli

    folder = tmp_path / "ro.json"
    folder.mkdir()  # a folder where the file should be: writing fails with an OSError
    assert cli.main(["zenodo", "--out", str(folder)]) != 0
    err = capsys.readouterr().err
    assert f"cannot write {folder}" in err and "pass a writable --out" in err


def test_docs_and_evaluate_options_have_help():
    from imcovid import cli

    p = cli.parser()
    for command, option in (("docs", "--dataset"), ("docs", "--site"), ("evaluate", "--dataset")):
        actions = {a.option_strings[0]: a for a in p.commands[command]._actions if a.option_strings}
        assert actions[option].help


def test_harvest_summary_names_the_folder_given():
    from imcovid.harvest.run import HarvestReport

    assert "new files into seedsH;" in HarvestReport(seeds_dir="seedsH").summary()


# Item 11: an image credit's name without its source label, brackets and quotes; the credit itself stays verbatim.
@pytest.mark.parametrize("credit, name", [
    ("（来源：\"今日阿拉善\"）", "今日阿拉善"),
    ("来源：国家卫健委官网", "国家卫健委官网"),
    ("(图片来源：《某某日报》)", "某某日报"),
    ("图源：某某发布", "某某发布"),
    # a photo credit gives the photographer's name, a picture source its own (session 22, tests/test_records_s22.py)
    ("内蒙古日报社融媒体记者袁永红摄", "袁永红"),
    ("新华社资料图", "新华社"),
    # negative: no label and no role, the credit is its own name
    ("新华社", "新华社"),
    ("（来源：）", "（来源：）"),  # a label with no name: kept as it is
    (None, None),
])
def test_credit_name(credit, name):
    from imcovid.clean.fields import credit_name
    from imcovid.models import Image

    assert credit_name(credit) == name
    image = Image.model_validate({"url": "http://a.cn/1.jpg", "caption": None, "credit": credit,
                                  "credit_name": "anything"})
    assert image.credit == credit and image.credit_name == name


def test_published_image_credit_names(seeds_dataset):
    import pandas as pd

    articles = pd.read_parquet(seeds_dataset / "articles")
    pairs = {(im["credit"], im["credit_name"]) for images in articles["images"] for im in images if im["credit"]}
    assert ("（来源：\"今日阿拉善\"）", "今日阿拉善") in pairs


# Item 11: a source with no date whose text opens with 8月5日 has no year, not "no date"; the date stays null.
@pytest.mark.parametrize("text, note", [
    ("8月5日,自治区党委召开会议。", "no year in the source: the text opens with the month and day 8月5日 only, and "
                                   "nothing pins the year"),
    ("十月二十六日，某地召开会议。", "no year in the source: the text opens with the month and day 十月二十六日 only, "
                                     "and nothing pins the year"),
    ("会议于8月5日召开。", "no date in the source"),  # negative: a date inside the text does not date the source
    ("2021年8月5日，某地召开会议。", "no date in the source"),  # negative: not a month-day opening (the year is there
                                                               # but the rule does not read dates out of the text)
])
def test_no_year_note(text, note):
    from imcovid.clean.dates import PublicationDate, note_year_missing
    from imcovid.config import load_config
    from imcovid.clean.dates import parse_published

    missing = parse_published(None, load_config())
    got = note_year_missing(missing, text)
    assert got.note == note and got.published_at is None and got.local_date is None and got.flag == "date_missing"
    dated = PublicationDate(None, None, "date '2021-13-01' does not parse", "date_unparseable")
    assert note_year_missing(dated, text) is dated  # another reason is kept


# Item 9: from a mention to its raw file, line and columns (`imcovid trace`).
@pytest.mark.parametrize("line, chars", [
    ("<p>共有确诊病例 84 例</strong>", "共有确诊病例84例"),  # tags and inserted spaces
    ("據&quot;內蒙古日報&quot;", "據\"內蒙古日報\""),  # entities decoded
    ("３８６例", "386例"),  # full-width digits folded as the cleaning does
    ("區(qū)域", "區域"),  # pinyin glosses skipped
    ("Windows 11", "Windows11"),  # negative: spaces go on both sides of the comparison, words stay
])
def test_comparable(line, chars):
    from imcovid.trace import comparable

    got, columns = comparable(line)
    assert got == chars and len(columns) == len(got)
    assert all(line[c] == ch or line[c] in "&３８６" for c, ch in zip(columns, got))


def test_trace_finds_the_raw_line_of_a_figure(seeds_dataset, capsys):
    import pandas as pd

    from imcovid import cli
    from imcovid.trace import comparable, trace

    mentions = pd.read_parquet(seeds_dataset / "mentions")
    hit = mentions[(mentions["article_id"] == "8ea7a5e8e9af78c6") & mentions["surface"].str.contains("84例")]
    mention_id = hit["mention_id"].iloc[0]
    found = trace(mention_id, seeds_dataset, SEEDS)
    assert found.sha256_ok and found.chosen is not None
    line, start, end, raw = found.candidates[found.chosen]
    assert line == 16 and "84 例" in raw[start:end]  # the raw line keeps the aggregator's spaces
    assert comparable(raw[start:end])[0] == comparable(found.mention["surface"])[0]
    assert cli.main(["trace", mention_id, "--dataset", str(seeds_dataset), "--seeds", str(SEEDS)]) == 0
    assert "line 16, columns" in capsys.readouterr().out


def test_trace_reads_the_traditional_source_and_most_mentions_pin_one_line(seeds_dataset):
    import pandas as pd

    from imcovid.trace import trace

    mentions = pd.read_parquet(seeds_dataset / "mentions")
    articles = pd.read_parquet(seeds_dataset / "articles")
    hant = set(articles.loc[articles["source_script"] == "zh-Hant", "id"])
    sample = pd.concat([mentions[mentions["article_id"].isin(hant)].head(10), mentions.iloc[::40]])
    pinned = [trace(mid, seeds_dataset, SEEDS) for mid in sample["mention_id"]]
    # 2,076 of the 2,137 mentions of the seeds pin one line (a title or caption moved out of the text also holds
    # the words of the others, which are listed as candidates); the converted seed's first lines are its title.
    assert sum(t.chosen is not None for t in pinned) >= 0.8 * len(pinned)
    assert any(t.chosen is not None and t.article["id"] in hant for t in pinned)


def test_trace_of_an_unknown_id_is_one_line(capsys, seeds_dataset):
    from imcovid import cli

    assert cli.main(["trace", "0000000000000000-00000000", "--dataset", str(seeds_dataset)]) != 0
    assert "no mention 0000000000000000-00000000" in capsys.readouterr().err


# Item 4: the guidelines the gold follows are shipped as docs pages and linked from the codebook, card and
# annotation page (the site's strict build is tests/test_docs.py).
GUIDELINES = ("annotation", "measures", "cleaning", "provenance")


def test_guidelines_are_shipped_and_linked(seeds_dataset, tmp_path):
    import yaml

    from imcovid.docs_site import pages
    from imcovid.version import PROJECT_ROOT

    folder = PROJECT_ROOT / "docs" / "guidelines"
    for name in GUIDELINES:
        page = (folder / f"{name}.md").read_text(encoding="utf-8")
        assert page.startswith("# ") and "The guideline the gold follows" in page
    assert "the guidelines that the hand-made gold follows" in (folder / "index.md").read_text(encoding="utf-8")
    nav = yaml.safe_load((PROJECT_ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["nav"]
    listed = {page for entry in nav for value in entry.values()
              for page in (value if isinstance(value, list) else [value])
              for page in ([page] if isinstance(page, str) else list(page.values()))}
    assert {f"guidelines/{name}.md" for name in GUIDELINES} | {"guidelines/index.md"} <= listed
    pages.codebook(tmp_path, seeds_dataset)
    codebook = (tmp_path / "codebook.md").read_text(encoding="utf-8")
    for name in GUIDELINES:
        assert f"(guidelines/{name}.md)" in codebook
    assert "docs/guidelines/" in (seeds_dataset / "README.md").read_text(encoding="utf-8")
    assert "(guidelines/index.md)" in (PROJECT_ROOT / "docs" / "annotation-method.md").read_text(encoding="utf-8")
