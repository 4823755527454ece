"""Session 23, helper "spec": the guidelines checked requirement by requirement on the published dataset and on
bad input; what failed was in the reader and in the bylines of the cleaning contract.

1. *Script and damage* / "a damaged or Traditional source is never dropped silently": a Big5 Traditional file was
   decoded as GB18030 into mojibake with no sign of it but ``decoded_gb18030``; a UTF-8 file with one lost byte was
   rejected whole; a UTF-16 file (Notepad's "Unicode") was rejected as binary data. Now Big5 is read when it reads
   as Chinese better than GB18030, UTF-16/32 by their byte-order mark, and damaged UTF-8 with U+FFFD kept visible
   and counted in ``damage``.
2. Cleaning rule 5: an ``X讯`` opener's credits written as words separated by white space (``南都讯 记者刘倩 通讯员张跃
   昨日上午，…``, ``新快报讯 记者王娟 通讯员冯香婷 王丽君 吴志华报道 记者从…``) stayed in the text.

Invented example sentences; regression tests, not evidence."""

from __future__ import annotations

import pytest

from imcovid.clean import bylines
from imcovid.clean.steps import STEPS
from imcovid.readers.decode import decode
from imcovid.readers.document import SourceRejected

from hexo_post import cleaned_fields
from imcovid.clean import clean_document
from imcovid.config import load_config
from imcovid.readers import read_source

TRAD = "內蒙古自治區衛生健康委員會通報，新增確診病例3例，額濟納旗全旗進入戰時狀態。"
SIMP = "内蒙古自治区卫生健康委员会通报，新增确诊病例3例，额济纳旗全旗进入战时状态。"


@pytest.mark.parametrize(
    "raw, encoding, flags, text",
    [
        (TRAD.encode("big5"), "cp950", ("decoded_big5",), TRAD),
        ((TRAD + "碁銹").encode("cp950"), "cp950", ("decoded_big5",), TRAD + "碁銹"),  # Big5's ETEN extensions
        (SIMP.encode("gbk"), "gb18030", ("decoded_gb18030",), SIMP),
        (TRAD.encode("gb18030"), "gb18030", ("decoded_gb18030",), TRAD),  # Traditional in GBK stays GB18030
        (TRAD.encode("utf-16"), "utf-16-le", ("decoded_utf16",), TRAD),
        (b"\xfe\xff" + SIMP.encode("utf-16-be"), "utf-16-be", ("decoded_utf16",), SIMP),
        (SIMP.encode("utf-32"), "utf-32-le", ("decoded_utf32",), SIMP),
        (SIMP.encode()[:10] + SIMP.encode()[11:], "utf-8", ("decoded_with_replacement",),
         SIMP[:3] + "\ufffd" + SIMP[4:]),
        # negatives: UTF-8 (with or without its mark) is read as it always was
        (SIMP.encode(), "utf-8", (), SIMP),
        (b"\xef\xbb\xbf" + SIMP.encode(), "utf-8", (), SIMP),
    ],
)
def test_decode_reads_chinese_encodings(raw, encoding, flags, text):
    assert decode(raw) == (text, encoding, flags)


@pytest.mark.parametrize(
    "raw, reason",
    [
        (b"\xff\xfe\xfa\xfb\xfc\xfd" * 10, "undecodable bytes"),  # opens like a UTF-16 mark, reads as nothing
        ("Café déjà vu à Zürich".encode("latin-1"), "undecodable bytes"),  # not damaged UTF-8: no valid character
        (b"title\x00\x00body", "NUL bytes"),  # NUL bytes without a byte-order mark are still binary data
    ],
)
def test_decode_still_rejects_what_is_not_text(raw, reason):
    with pytest.raises(SourceRejected, match=reason):
        decode(raw)


def test_every_decode_flag_is_a_processing_step_with_its_library():
    for flag in ("decoded_gb18030", "decoded_big5", "decoded_utf16", "decoded_utf32", "decoded_with_replacement"):
        assert STEPS[flag.replace("decoded_", "decode_", 1)][0] == "python"


def _clean(raw: bytes, name: str = "x.txt") -> dict:
    return clean_document(read_source(name, raw), load_config()).fields


def test_big5_traditional_source_is_converted_not_mojibake():
    fields = _clean(f"內蒙古新增病例\n\n{TRAD}".encode("big5"))
    assert fields["source_script"] == "zh-Hant" and fields["text"] == SIMP
    assert fields["text_original_script"] == TRAD
    assert "decoded_big5" in fields["flags"] and "converted_from_traditional" in fields["flags"]


def test_damaged_utf8_source_is_kept_with_its_damage_counted():
    raw = ("\n---\ntitle: 新增病例\ndate: Tue, 26 Oct 2021 15:48:43 GMT\n---\n<div><p>" + SIMP + "</p></div>").encode()
    cut = raw.index(SIMP.encode()) + 10
    fields = _clean(raw[:cut] + raw[cut + 1:], "x.md")
    assert "\ufffd" in fields["text"] and fields["damage"]["damaged_spans"] == 1
    assert {"damaged", "decoded_with_replacement"} <= set(fields["flags"])


CATS = ("新媒体", "ZAKER", "channel")


@pytest.mark.parametrize(
    "first, text, credits, source",
    [
        ("南都讯 记者张三 昨日，广州新增病例。", "昨日，广州新增病例。", [("reporter", "张三")], "南方都市报"),
        ("南都讯 记者刘倩 通讯员张跃 昨日上午，各界人士举行仪式。", "昨日上午，各界人士举行仪式。",
         [("reporter", "刘倩"), ("reporter", "张跃")], "南方都市报"),
        ("南都讯 记者 王成波 深圳市车辆号牌拍卖仍在进行。", "深圳市车辆号牌拍卖仍在进行。", [("reporter", "王成波")],
         "南方都市报"),
        ("南都讯 记者蒋小天 发自北京 近期，河北省通报。", "近期，河北省通报。", [("reporter", "蒋小天")], "南方都市报"),
        ("新快报讯 记者王娟 通讯员冯香婷 王丽君 吴志华报道 记者从医科大学获悉，该校启动救助。",
         "记者从医科大学获悉，该校启动救助。",
         [("reporter", "王娟"), ("reporter", "冯香婷"), ("reporter", "王丽君"), ("reporter", "吴志华")], "新快报"),
        # the forms read before stay as they were
        ("羊城晚报讯 记者严艺文、通讯员交通宣报道：昨日起，地铁恢复运营。", "昨日起，地铁恢复运营。",
         [("reporter", "严艺文"), ("reporter", "交通宣")], "羊城晚报"),
        ("南都讯（记者 张三）昨日，广州新增病例。", "昨日，广州新增病例。", [("reporter", "张三")], "南方都市报"),
        # negatives: no name after the role word, no role word, a name glued to the sentence
        ("南都讯 记者从市卫健委获悉，新增病例。", "记者从市卫健委获悉，新增病例。", [], "南方都市报"),
        ("新快报讯 2月19日，广州新增病例。", "2月19日，广州新增病例。", [], "新快报"),
        ("交汇点讯 昨日，南京新增病例。", "昨日，南京新增病例。", [], "交汇点"),
        ("南都讯 记者张三昨日到访。", "记者张三昨日到访。", [], "南方都市报"),
    ],
)
def test_spaced_credits_after_an_outlet_opener(first, text, credits, source):
    fields = cleaned_fields(f"<p>{first}</p><p>正文二。</p>", "测试标题", "ZAKER", CATS, "2021-10-26 08:00:00")
    assert fields["text"] == text + "\n正文二。"
    assert [(c["role"], c["name"]) for c in fields["credits"]] == credits
    assert fields["original_sources"] == [source]


@pytest.mark.parametrize(
    "rest",
    [
        " 记者从市卫健委获悉，新增病例。",  # a sentence that opens with 记者
        " 张三 李四 昨日，…",  # names with no role word
        " 记者张三",  # nothing after the credits: not an opener's credits followed by a sentence
        " 发自北京 近期，…",  # a dispatch place before any role
    ],
)
def test_spaced_credits_negatives(rest):
    assert bylines.spaced_credits(rest) is None


# 3. "User errors: one clear line, non-zero exit, no traceback": a gold file a user wrote or damaged by hand was an
#    "unexpected error … (a bug)" with exit 3. Now one line naming the file and where it fails, exit 2.
from imcovid import cli  # noqa: E402

from conftest import ROOT  # noqa: E402

GOOD_GOLD = '{"source_file": "000_589f45d3af4ee034.txt", "text": "x", "mentions": []}'


@pytest.mark.parametrize(
    "content, words",
    [
        (b"{not json", ("gold file", "x.json", "not valid JSON", "line 1, column 2")),
        (b"[1, 2]", ("gold file", "x.json", "JSON list")),
        (b"\xff\xfe{}", ("gold file", "x.json", "not UTF-8")),
        (b'{"source_file": "a.txt", "text": "x", "mentions": [1]}', ("gold file", "x.json", "mentions list")),
        (b'{"source_file": "a.txt", "text": "x"}', ("gold file", "x.json", "mentions list")),
    ],
)
@pytest.mark.parametrize("mode", [(), ("--texts",)])
def test_a_bad_gold_file_is_a_user_error(capsys, tmp_path, content, words, mode):
    (tmp_path / "x.json").write_bytes(content)
    code = cli.main(["evaluate", "--gold", str(tmp_path), "--dataset", str(ROOT / "dataset"), *mode])
    out, err = capsys.readouterr()
    lines = err.splitlines()
    assert code == 2 and len(lines) == 1 and "Traceback" not in err and "a bug" not in err, err
    assert all(word in lines[0] for word in words), lines[0]


def test_a_bad_measure_gold_file_is_a_user_error(capsys, tmp_path):
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "x.json").write_text(GOOD_GOLD, encoding="utf-8")
    (tmp_path / "measures").mkdir()
    (tmp_path / "measures" / "x.json").write_bytes(b"{not json")
    code = cli.main(["evaluate", "--gold", str(tmp_path / "gold"), "--dataset", str(ROOT / "dataset"),
                     "--measures", str(tmp_path / "measures")])
    err = capsys.readouterr().err
    assert code == 2 and "not valid JSON" in err and "a bug" not in err and "Traceback" not in err


def test_a_good_gold_file_still_scores(capsys, tmp_path):  # negative: nothing else is refused
    (tmp_path / "x.json").write_text(GOOD_GOLD, encoding="utf-8")
    assert cli.main(["evaluate", "--gold", str(tmp_path), "--dataset", str(ROOT / "dataset")]) == 0
    assert "| PERSON |" in capsys.readouterr().out


# 4. Metadata (cleaning contract: "front matter varies: keys missing"): the archive writes the item's picture as both
#    headimg and thumbnail; a post without headimg lost its cover although thumbnail held it.
@pytest.mark.parametrize(
    "keys, cover",
    [
        ("thumbnail: 'https://cors.zfour.workers.dev/?http://img.example.cn/a.jpg'\n", "http://img.example.cn/a.jpg"),
        ("headimg: 'https://cors.zfour.workers.dev/?http://img.example.cn/b.jpg'\n"
         "thumbnail: 'https://cors.zfour.workers.dev/?http://img.example.cn/a.jpg'\n", "http://img.example.cn/b.jpg"),
        # negatives: a placeholder under either key is no cover
        ("thumbnail: 'https://picsum.photos/400/300?random=12'\n", None),
        ("headimg: 'https://picsum.photos/400/300?random=12'\nthumbnail: 'https://picsum.photos/400/300?random=12'\n",
         None),
        ("", None),
    ],
)
def test_cover_from_headimg_else_thumbnail(keys, cover):
    raw = f"\n---\ntitle: 新增病例\n{keys}date: Tue, 26 Oct 2021 15:48:43 GMT\n---\n<div><p>正文。</p></div>\n"
    assert _clean(raw.encode(), "x.md")["cover_image"] == cover


# 5. Provenance ("let a reader trace every published article back to its raw bytes"): `imcovid trace` printed the
#    surface and 20 characters either side, not the mention's normalized fields nor its sentence, so whether the
#    evidence says that date, place or origin could not be read from it (s22 check of 27.0.0, item 9).
from imcovid import trace as trace_module  # noqa: E402


@pytest.mark.parametrize(
    "text, span, sentence",
    [
        ("第一句。截至目前，我旗共有确诊病例84例，患者已收入医院。第三句。", "共有确诊病例84例",
         "截至目前，我旗[共有确诊病例84例]，患者已收入医院。"),
        ("标题行\n其中境外输入病例16例；另有本土病例。", "境外输入病例16例", "其中[境外输入病例16例]；"),
        ("没有句号的一行", "没有", "[没有]句号的一行"),  # negative: no end mark, the whole line
    ],
)
def test_trace_sentence(text, span, sentence):
    start = text.index(span)
    assert trace_module._sentence(text, start, start + len(span)) == sentence


@pytest.mark.parametrize(
    "mention, shown",
    [
        ({"type": "CASE_COUNT", "metric": "confirmed_local", "value": 6, "place_code": "152923", "as_of": "2021-10-26",
          "origin": None, "period": "new", "subject": None},
         "metric=confirmed_local  value=6  place_code=152923  as_of=2021-10-26  origin=null  period=new  subject=null"),
        ({"type": "DATE", "value": None, "note": "no year"}, "value=null  note=no year"),
        ({"type": "ORGANIZATION"}, ""),  # negative: no normalized field, no line
    ],
)
def test_trace_fields(mention, shown):
    assert trace_module._values(mention) == shown


def test_trace_prints_fields_and_sentence_of_the_published_mention(capsys):
    import pyarrow.parquet as pq

    rows = pq.read_table(ROOT / "dataset" / "mentions" / "train.parquet",
                         columns=["mention_id", "type", "value"]).to_pylist()
    figure = next(r for r in rows if r["type"] == "CASE_COUNT")
    assert cli.main(["trace", figure["mention_id"], "--dataset", str(ROOT / "dataset"), "--seeds",
                     str(ROOT / "seeds")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1].startswith("fields  metric=") and f"value={figure['value']}" in out[1]
    assert out[3].startswith("sentence ") and "article published 20" in out[3]
