"""Session 20, what a new user hits (notes/s20-newuser.md items 5-14): the licence of third-party texts, the card's
composition and quality caveats, the codebook's null prefecture, CMS user ids and a platform's default cover image,
the pandas attribute clash, the annotation page's opening, and the CLI's messages and command list."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from imcovid import cli
from imcovid.clean import clean_document, urls
from imcovid.clean.article import is_user_id
from imcovid.config import load_config
from imcovid.publish import card
from imcovid.readers import read_source

ROOT = Path(__file__).resolve().parents[1]
CONFIG = load_config()
SINA_DEFAULT = "https://n.sinaimg.cn/finance/cece9e13/20200514/343233024.png"


def clean_post(body: str, author: str, headimg: str | None = None) -> dict:
    img = f"\nheadimg: '{headimg}'" if headimg else ""
    raw = (f"\n---\ntitle: 标题\ndate: Tue, 26 Oct 2021 15:48:43 GMT\nauthor: {author}{img}\n---\n\n"
           f"<div>{body}</div>\n")
    return clean_document(read_source("x.txt", raw.encode()), CONFIG).fields


# --- item 11: credits that name no person, a platform's default cover --------------------------------------------

@pytest.mark.parametrize("name, is_id", [
    ("u008", True), ("SF014", True), ("NB12345", True),
    # negative: names, pen names and a code glued to a name are not ids
    ("刘万里", False), ("上方文Q", False), ("u", False), ("u0", False), ("Tom", False), ("张三SF014", False),
])
def test_user_ids(name, is_id):
    assert is_user_id(name) is is_id
    assert is_user_id(name, "proofreader") is is_id


@pytest.mark.parametrize("role", ["author", "reporter", "photographer"])
def test_outside_the_editing_workflow_a_latin_handle_is_kept(role):
    assert not is_user_id("abc123", role)  # a Q&A answerer's account name is the credit the source gives


def test_an_answerers_latin_handle_stays_a_credit():
    fields = clean_post("abc123的回答<br><br><p>正文。</p>", "知乎")
    assert fields["credits"] == [{"role": "author", "name": "abc123"}]


@pytest.mark.parametrize("line, credits", [
    ("流程编辑：u008", []),
    ("责任编辑：SF014", []),
    # negative: a person's name with its staff code keeps the name; a plain editor stays
    ("责任编辑：刘万里 SF014", [{"role": "editor", "name": "刘万里"}]),
    ("编辑：高艳", [{"role": "editor", "name": "高艳"}]),
])
def test_a_cms_user_id_is_no_persons_credit(line, credits):
    fields = clean_post(f"<p>正文。</p><p>{line}</p>", "趣头条")
    assert fields["text"] == "正文。"  # the byline still leaves the text
    assert fields["credits"] == credits


@pytest.mark.parametrize("author, headimg, kept", [
    ("新浪财经", SINA_DEFAULT, False),
    ("新浪财经", "https://cors.zfour.workers.dev/?" + SINA_DEFAULT, False),  # proxied, unwrapped first
    # negative: the platform's own article pictures stay, and the same address on another platform stays
    ("新浪财经", "https://n.sinaimg.cn/sinakd20211118s/197/w837h960/20211118/1789-abc.gif", True),
    ("新浪财经", "https://n.sinaimg.cn/finance/cece9e13/20200514/343233024.png.jpg", True),
    ("ZAKER", SINA_DEFAULT, True),
    ("观察者网", "https://i.guancha.cn/news/2022/03/07/20220307094434140.png", True),
])
def test_a_platforms_default_cover_is_not_the_articles(author, headimg, kept):
    fields = clean_post("<p>正文。</p>", author, headimg)
    assert (fields["cover_image"] is not None) is kept


def test_default_covers_are_read_per_platform():
    assert urls.is_site_default_cover(SINA_DEFAULT, "新浪财经")
    assert not urls.is_site_default_cover(SINA_DEFAULT, None)
    assert not urls.is_site_default_cover(SINA_DEFAULT, "新浪")


# --- items 6 and 7: composition from the data, quality caveats from quality.toml ----------------------------------

def _places(*rows):
    return Counter({row[:5]: row[5] for row in rows})


def test_composition_counts_articles_by_province_and_inner_mongolian_places():
    places = _places(
        # a: Inner Mongolia
        ("a", "150000", "内蒙古自治区", "province", True, 3), ("a", "152923", "额济纳旗", "county", True, 2),
        # b: Beijing, naming Inner Mongolia once
        ("b", "110000", "北京市", "province", True, 4), ("b", "150000", "内蒙古自治区", "province", True, 1),
        # c: a round-up over many provinces
        *[("c", f"{p}0000", "内蒙古自治区" if p == 15 else f"P{p}", "province", True, 1)
          for p in (12, 13, 14, 15, 21, 22)],
        # d: Inner Mongolia only inside an organization's name (nested)
        ("d", "150000", "内蒙古自治区", "province", False, 1), ("d", "410100", "郑州市", "prefecture", True, 2),
    )
    first = {("a", "150000"): 0, ("b", "110000"): 5, ("b", "150000"): 0}
    comp = card.composition(5, places, first)
    assert comp["inner_mongolia_any"] == 4 and comp["inner_mongolia_top"] == 3
    assert comp["about"] == Counter({"内蒙古自治区": 1, "北京市": 1, card.SEVERAL_PROVINCES: 1, "410000": 1,
                                     card.NO_PLACE: 1})
    assert comp["im_places"] == Counter({"额济纳旗": 1})
    text = card.composition_text(comp)
    assert "4 of the 5 articles name a place in Inner Mongolia" in text and "| 额济纳旗 | 1 |" in text
    assert "4 of 5 articles" in card.composition_summary(comp)


def test_a_tie_goes_to_the_province_named_first():
    places = _places(("a", "110000", "北京市", "province", True, 1), ("a", "150000", "内蒙古自治区", "province", True, 1))
    assert card.composition(1, places, {("a", "110000"): 9, ("a", "150000"): 2})["about"] == Counter({"内蒙古自治区": 1})
    assert card.composition(1, places, {("a", "110000"): 1, ("a", "150000"): 2})["about"] == Counter({"北京市": 1})


def test_the_card_and_datasheet_show_the_composition(seeds_dataset):
    text = (seeds_dataset / "README.md").read_text(encoding="utf-8")
    assert "### What the corpus is made of" in text and "name a place in Inner Mongolia" in text
    assert "**What is it made of?** Counted from the mentions" in text
    assert "$composition" not in text


def test_quality_caveats_read_the_figures_from_quality_toml():
    from imcovid.quality import load

    q = load()
    caveat = card.measures_caveat()
    assert f"{q['measures']['MEASURE code']['f1']:.3f}" in caveat and "exploratory" in caveat
    assert f"{q['measures']['MEASURE code+action']['f1']:.3f}" in caveat
    section = card.quality_section()
    assert "mixed genres" in section and "COVID-19 news" in section and "finance" in section
    assert caveat in section


def test_no_measure_figure_is_typed_in_the_card_code():
    source = (ROOT / "src" / "imcovid" / "publish" / "card.py").read_text(encoding="utf-8")
    assert not re.search(r"0\.[0-9]{3}", source.split("def measures_caveat", 1)[1].split("\ndef ", 1)[0])


# --- item 9: prefecture_code null ------------------------------------------------------------------------------

def test_the_codebook_says_when_prefecture_code_is_null():
    from imcovid.annotate.places import divisions
    from imcovid.models import Mention

    said = Mention.model_fields["prefecture_code"].description
    assert "null for a province" in said.lower() and "province-level municipalities" in said
    d = divisions()
    for code in ("110105", "310115", "120104", "500112", "469023", "429004", "419001", "659001"):
        assert d[code].level == "county" and d[code].prefecture_code is None, code  # what the text says is true
        assert d[code].name[:2] in said or d[code].province_code in ("110000", "310000", "120000", "500000", "460000",
                                                                     "650000"), code
    assert d["152923"].prefecture_code == "152900"  # negative: a county with a prefecture keeps it


# --- item 12: pandas attribute clash ----------------------------------------------------------------------------

def test_card_and_readme_warn_about_flags_and_mode():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for text in (readme, card.PANDAS_NAMES):
        assert 'df["flags"]' in text and 'df["mode"]' in text and "DataFrame.flags" in text


def test_the_card_carries_the_pandas_warning(seeds_dataset):
    assert card.PANDAS_NAMES in (seeds_dataset / "README.md").read_text(encoding="utf-8")


# --- item 13: the annotation page opens with the current state ----------------------------------------------------

def test_annotation_page_opens_with_the_current_state():
    from imcovid.docs_site import CURRENT_MARK
    from imcovid.docs_site.pages import current_annotators, current_state

    page = (ROOT / "docs" / "annotation-method.md").read_text(encoding="utf-8")
    head, _, history = page.partition("## History of the rule rounds")
    assert history and page.index(CURRENT_MARK) < page.index("## Method") < page.index("## History")
    assert not re.search(r"imcovid-rules/1\.\d+", head)  # no version typed before the history
    state = current_state()
    from imcovid.annotate import persons
    from imcovid.quality import load

    assert persons.ANNOTATOR in state and dict(current_annotators())["PERSON (rules)"] == persons.ANNOTATOR
    assert f"{load()['entities']['PERSON']['f1']:.3f}" in state


# --- item 5: licence --------------------------------------------------------------------------------------------

def test_license_covers_third_party_texts_in_tests_and_every_text_field():
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    section3 = text.split("\n3. ", 1)[1].split("Takedown:", 1)[0]
    for field in ("`title`", "`subtitle`", "`text`", "`text_original_script`", "`original_title`", "`credits`",
                  "`images`", "`cover_image`", "`rights_statement`", "`original_sources`"):
        assert field in section3, field
    assert "tests/data/*/raw/" in section3 and "gold" in section3
    assert "not\n   under MIT" in text or "not under MIT" in text.replace("\n   ", " ")


# --- docs/releasing.md: tags ---------------------------------------------------------------------------------------

def test_releasing_says_a_release_is_tagged_at_its_release_commit():
    text = (ROOT / "docs" / "releasing.md").read_text(encoding="utf-8")
    assert "A release is tagged `vX.Y.Z` at its release commit" in text


# --- item 14: the CLI -------------------------------------------------------------------------------------------

def _run(capsys, *argv):
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_zenodo_into_a_missing_folder_is_one_clear_line(capsys, tmp_path):
    missing = tmp_path / "missing-dir"
    code, _, err = _run(capsys, "zenodo", "--out", str(missing / "z.json"))
    assert code == 1 and err.count("\n") == 1
    assert f"the folder {missing} does not exist" in err and "--out" in err
    assert not missing.exists()


def test_zenodo_into_an_existing_folder_still_writes(capsys, tmp_path):
    code, out, _ = _run(capsys, "zenodo", "--out", str(tmp_path / "z.json"))
    assert code == 0 and (tmp_path / "z.json").is_file()


def test_build_errors_name_the_users_out_folder_not_the_temporary_one(capsys, tmp_path, monkeypatch):
    from imcovid import pipeline

    out = tmp_path / "no" / "d"

    def fail(seeds, out_dir, **kwargs):
        raise FileNotFoundError(2, "No such file or directory", f"{out_dir}.tmp-4242")

    monkeypatch.setattr(pipeline, "build", fail)
    code, _, err = _run(capsys, "build", "--seeds", str(ROOT / "seeds"), "--out", str(out), "--no-cache",
                        "--schema-dir", str(tmp_path / "s"))
    assert code == 1 and err.count("\n") == 1
    assert ".tmp-" not in err and f"the output folder {out} cannot be written" in err


def test_other_os_errors_of_a_build_are_left_as_they_were(capsys, tmp_path, monkeypatch):
    from imcovid import pipeline

    def fail(seeds, out_dir, **kwargs):  # negative: an error on another file names that file
        raise PermissionError(13, "Permission denied", str(tmp_path / "seeds" / "a.txt"))

    monkeypatch.setattr(pipeline, "build", fail)
    code, _, err = _run(capsys, "build", "--seeds", str(ROOT / "seeds"), "--out", str(tmp_path / "d"), "--no-cache",
                        "--schema-dir", str(tmp_path / "s"))
    assert code == 1 and str(tmp_path / "seeds" / "a.txt") in err and "output folder" not in err


def _readme_commands() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return readme.split("## The `imcovid` command", 1)[1].split("```text", 1)[1].split("```", 1)[0]


def test_readme_lists_every_option_of_every_command():
    block = _readme_commands()
    parser = cli.parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    for name, command in sub.choices.items():
        assert f"imcovid {name}" in block, name
        for action in command._actions:
            for option in action.option_strings:
                if option.startswith("--") and option != "--help":
                    assert option in block, f"{name} {option}"
    for action in parser._actions:
        for option in action.option_strings:
            if option.startswith("--") and option != "--help":
                assert option in block, option


def test_version_is_what_the_readme_says(capsys):
    from imcovid.version import package_version

    with pytest.raises(SystemExit):
        cli.main(["--version"])
    out = capsys.readouterr().out.strip()
    assert out == f"imcovid {package_version()}"
    line = next(line for line in _readme_commands().splitlines() if line.startswith("imcovid --version"))
    assert "one number for the package and the dataset" in line
