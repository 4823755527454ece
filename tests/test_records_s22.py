"""Session 22 audit of the published records against their sources (helper "records"): the causes found in
cleaning, provenance, the card and ``imcovid trace``, one table-driven test per rule, with what each must not do."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from imcovid.clean import bylines
from imcovid.clean.fields import credit_name

ROOT = Path(__file__).resolve().parents[1]


# 1. An image credit's name: the photographer's name, the source that gave the picture; not the outlet, the role word
#    or the word saying it gave it. (The credit itself stays verbatim.)
@pytest.mark.parametrize("credit, name", [
    ("内蒙古日报社融媒体记者袁永红摄", "袁永红"),
    ("记者 张三 李四 摄", "张三、李四"),
    ("记者 张三、李四 摄影", "张三、李四"),
    ("（新华社记者 王五 摄）", "王五"),
    ("摄影记者赵六摄", "赵六"),
    ("新华社王五摄", "王五"),
    ("人民网张三摄", "张三"),
    ("欧阳晓晖摄", "欧阳晓晖"),  # negative: a four-character name with no outlet in it stays whole
    ("王小明摄", "王小明"),
    ("张三/摄", "张三"),
    ("摄影：张三", "张三"),
    ("新华社资料图", "新华社"),
    ("视觉中国/图", "视觉中国"),
    ("图/视觉中国", "视觉中国"),
    ("（新华社发）", "新华社"),
    ("某某医院提供", "某某医院"),
    ("（来源：\"今日阿拉善\"）", "今日阿拉善"),
    ("来源：国家卫健委官网", "国家卫健委官网"),
    # negative: a role that handed the picture in is no name; a name with no label or role is its own name
    ("受访者供图", "受访者供图"),
    ("图/受访者提供", "图/受访者提供"),
    ("通讯员供图", "通讯员供图"),
    ("新华社", "新华社"),
    ("某某摄影协会", "某某摄影协会"),
    ("（来源：）", "（来源：）"),
    (None, None),
])
def test_credit_name_is_the_name_alone(credit, name):
    assert credit_name(credit) == name


# 2. A feed's name with its section (site_section) is the site's outlet (original_outlets; original_sources keeps
#    the name as written).
@pytest.mark.parametrize("name, outlet", [
    ("阿拉善盟行政公署_旗区新闻", "阿拉善盟行政公署"),
    ("某某市人民政府_政务要闻", "某某市人民政府"),
    # negative: no underscore, Latin words around it, a one-character side
    ("阿拉善盟行政公署", "阿拉善盟行政公署"),
    ("news_cn", "news_cn"),
    ("某_旗区新闻", "某_旗区新闻"),
])
def test_a_feeds_section_is_not_part_of_the_outlet(name, outlet):
    from imcovid.clean.outlets import without_feed_section

    assert without_feed_section(name) == outlet


def test_the_source_keeps_its_written_name_and_the_outlet_is_the_site():
    from imcovid.clean.fields import match_source_line
    from imcovid.clean.outlets import canonical_outlets

    written = match_source_line("【来源：阿拉善盟行政公署_旗区新闻】").sources
    assert written == ("阿拉善盟行政公署_旗区新闻",)  # original_sources: as written (the seeds' gold)
    assert canonical_outlets(list(written)) == ["阿拉善盟行政公署"]
    assert canonical_outlets(["国家卫健委官网", "阿拉善盟行政公署_旗区新闻", "阿拉善盟行政公署"]) == \
        ["国家卫生健康委员会", "阿拉善盟行政公署"]


# 3. A role word glued to a noun-making character is no credit: 记者站 is a reporter station.
@pytest.mark.parametrize("line", [
    "18.中央广播电视总台马那瓜记者站成立；",
    "新华社北京记者站成立",
    "外交部记者会",
    "本报编辑部",
    "3.某某日报记者节活动举行",
])
def test_a_role_word_inside_a_noun_is_no_byline(line):
    assert bylines.parse_byline(line) is None


@pytest.mark.parametrize("line, credits", [
    ("（内蒙古日报社融媒体记者 章奎）", [("reporter", "章奎")]),
    ("记者 张三 编辑 李四", [("reporter", "张三"), ("editor", "李四")]),
    ("责任编辑：王珊珊", [("editor", "王珊珊")]),
])
def test_bylines_still_read(line, credits):
    found = bylines.parse_byline(line)
    assert found is not None and [(c.role, c.name) for c in found.credits] == credits


# 4. A first line that repeats the title and ends with a colon introduces a list: it stays in the text.
@pytest.mark.parametrize("line, introduces", [
    ("11月22日《新闻联播》节目主要内容：", True),
    ("今日要闻:", True),
    # negative: a headline repeating the title (no colon) is still dropped
    ("11月22日《新闻联播》节目主要内容", False),
    ("31省份新增本土确诊93例", False),
])
def test_introduces_list(line, introduces):
    assert bylines.introduces_list(line) is introduces


def _hexo(title: str, body: str) -> bytes:
    return (f"\n---\ntitle: '{title}'\ncategories: \n - 新媒体\n - 观察者网\n - 首页\nauthor: 观察者网\n"
            f"comments: false\ndate: Mon, 22 Nov 2021 21:59:11 GMT\n---\n\n<div>{body}</div>\n").encode()


def _clean(raw: bytes) -> dict:
    from imcovid.clean import clean_document
    from imcovid.config import BuildConfig
    from imcovid.readers.read import read_source

    return clean_document(read_source("x.md", raw), BuildConfig()).fields


def test_a_digests_lead_line_stays_and_its_items_are_no_bylines():
    title = "11月22日《新闻联播》节目主要内容"
    items = ["11月22日《新闻联播》节目主要内容：", "1.习近平出席纪念峰会；", "2.国家卫生健康委通报最新疫情；",
             "3.中央广播电视总台马那瓜记者站成立；", "4.多地积极应对寒潮天气。"]
    fields = _clean(_hexo(title, "".join(f"<p>\n{i}\n</p>" for i in items)))
    assert fields["text"].split("\n") == items
    assert fields["credits"] == [] and fields["original_sources"] == []


def test_a_headline_repeating_the_title_still_goes():
    title = "31省份新增本土确诊93例"
    fields = _clean(_hexo(title, f"<p>{title}</p><p>据国家卫健委官网消息，本土病例93例。</p>"))
    assert fields["text"] == "据国家卫健委官网消息，本土病例93例。"


# 5. The card names the guidelines it follows (session 23: by their path in the code repository, not by a relative
#    link ``../docs/...``, which is broken on the Hub; see tests/test_newuser_s23.py).
def test_the_card_links_the_guidelines():
    from imcovid.publish import card

    text = card.guidelines_pointer({"code_url": None, "hub_repo_id": None}, "27.0.0")
    assert "`docs/guidelines/`" in text
    for name in ("index.md", "annotation.md", "measures.md", "cleaning.md", "provenance.md"):
        assert name == "index.md" or f"`{name}`" in text
        assert (ROOT / "docs" / "guidelines" / name).is_file()


# 6. trace: when the raw body holds the surface more often than the text, the candidate whose surroundings agree
#    with the mention's context is chosen; a tie is not.
@pytest.mark.parametrize("matched, chosen", [
    ([16, 0, 12, 0], 0),
    ([4, 60, 23], 1),
    ([12, 12], None),  # negative: a tie
    ([3, 1], None),  # negative: too little agrees
    ([], None),
])
def test_best_context(matched, chosen):
    from imcovid.trace import _best_context

    assert _best_context(matched) == chosen


def test_agreement_reads_outwards_from_the_surface():
    from imcovid.trace import _agreement

    chars = "原标题：国务院联防联控机制综合组到阿拉善盟"
    at = chars.index("阿拉善盟")
    assert _agreement(chars, at, at + 4, "机制综合组到", "额济纳旗") == 6
    assert _agreement(chars, at, at + 4, "自治区有关部门和", "、额济纳旗") == 0


def _dataset_with_text(tmp_path: Path, raw: str, text: str, surface: str, start: int) -> tuple[Path, Path]:
    import hashlib

    import pyarrow as pa
    import pyarrow.parquet as pq

    seeds, dataset = tmp_path / "seeds", tmp_path / "dataset"
    (seeds).mkdir()
    (dataset / "mentions").mkdir(parents=True)
    (dataset / "articles").mkdir()
    (seeds / "a.txt").write_text(raw, encoding="utf-8")
    sha = hashlib.sha256(raw.encode()).hexdigest()
    pq.write_table(pa.Table.from_pylist([{"id": "a" * 16, "source_file": "a.txt", "source_sha256": sha,
                                          "source_format": "text", "source_script": "zh-Hans", "text": text}]),
                   dataset / "articles" / "train.parquet")
    pq.write_table(pa.Table.from_pylist([{"mention_id": "a" * 16 + "-00000001", "article_id": "a" * 16,
                                          "type": "LOCATION", "surface": surface, "start": start,
                                          "end": start + len(surface), "rule": "place.full_name"}]),
                   dataset / "mentions" / "train.parquet")
    return dataset, seeds


def test_trace_chooses_the_line_by_its_context(tmp_path):
    from imcovid.trace import trace

    raw = "国务院工作组到阿拉善盟额济纳旗指导\n马晓伟一行到阿拉善盟额济纳旗指导支持疫情处置工作\n自治区有关部门和阿拉善盟负责同志参加\n"
    text = "马晓伟一行到阿拉善盟额济纳旗指导支持疫情处置工作\n自治区有关部门和阿拉善盟负责同志参加"
    dataset, seeds = _dataset_with_text(tmp_path, raw, text, "阿拉善盟", text.index("阿拉善盟"))
    found = trace("a" * 16 + "-00000001", dataset, seeds)
    assert len(found.candidates) == 3 and found.chosen == 1 and found.how == "context"
    assert "chosen by its surroundings" in "\n".join(found.lines())


def test_trace_lists_candidates_when_contexts_tie(tmp_path):
    from imcovid.trace import trace

    raw = "到阿拉善盟。\n到阿拉善盟。\n"
    text = "到阿拉善盟。"
    dataset, seeds = _dataset_with_text(tmp_path, raw, text, "阿拉善盟", 1)
    found = trace("a" * 16 + "-00000001", dataset, seeds)
    assert found.chosen is None and "maybe" in "\n".join(found.lines())


# 7. trace reads past a pinyin gloss whose "(" was lost with damaged bytes (冷鏈?zhǔn)稱貳), as the cleaning does.
@pytest.mark.parametrize("line, chars", [
    ("冷鏈?zhǔn)稱貳⑦M(jìn)口", "冷鏈?稱貳⑦M口"),
    ("區(qū)域", "區域"),
    # negative: Latin in brackets without a tone mark stays; a toned word not after damage keeps its letters
    ("Windows (beta) 11", "Windows(beta)11"),
    ("abc zhǔn) 字", "abczhǔn)字"),
])
def test_trace_skips_glosses_as_the_cleaning_does(line, chars):
    from imcovid.trace import comparable

    assert comparable(line)[0] == chars
