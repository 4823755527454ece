"""The cleaning contract, rule by rule with small real examples, and against the hand-made gold of the seeds."""

from __future__ import annotations

import pytest

from imcovid.clean import clean_document
from imcovid.clean.damage import count_damage
from imcovid.clean.html import html_to_blocks
from imcovid.clean.pinyin import strip_pinyin
from imcovid.clean.redact import redact
from imcovid.clean.script import detect_script, to_simplified
from imcovid.clean.text import clean_line
from imcovid.clean.urls import is_placeholder, unwrap
from imcovid.config import load_config
from imcovid.readers import SourceRejected, read_source

from conftest import CORPUS, SEEDS, load_gold, seed_sources
from contract import violations

CONFIG = load_config()
GOLD_FIELDS = ["title", "subtitle", "text", "text_original_script", "platform", "original_sources", "original_title",
               "credits", "images", "rights_statement", "damage"]


def clean_file(path):
    return clean_document(read_source(path.name, path.read_bytes()), CONFIG).fields


def clean_html(body: str, front: str = "title: 标题\ndate: Tue, 26 Oct 2021 15:48:43 GMT\nauthor: ZAKER") -> dict:
    raw = f"\n---\n{front}\n---\n\n<div>{body}</div>\n".encode()
    return clean_document(read_source("x.txt", raw), CONFIG).fields


@pytest.mark.parametrize("gold", load_gold(), ids=lambda g: g["source_file"][:3])
@pytest.mark.parametrize("field", GOLD_FIELDS)
def test_seed_matches_gold(gold, field):
    assert clean_file(SEEDS / gold["source_file"])[field] == gold[field]


@pytest.mark.parametrize("gold", load_gold(), ids=lambda g: g["source_file"][:3])
def test_seed_dates_match_gold(gold):
    fields = clean_file(SEEDS / gold["source_file"])
    published = fields["published_at"].isoformat() if fields["published_at"] else None
    local = fields["published_date_local"].isoformat() if fields["published_date_local"] else None
    assert (published, local) == (gold["published_at"], gold["published_date_local"])


@pytest.mark.parametrize("path", sorted(CORPUS.iterdir()) + seed_sources(), ids=lambda p: p.name)
def test_every_cleaned_text_obeys_the_contract(path):
    fields = clean_file(path)
    assert violations(fields["text"]) == []
    assert violations(fields["title"], title=True) == []
    for image in fields["images"]:
        assert image["url"].startswith(("http://", "https://")) and "workers.dev" not in image["url"]


def test_inline_runs_stay_whole_and_blocks_split():
    text = clean_html("<p><strong>1</strong><strong>0 月</strong> 26 日</p><p>a<br>b</p><ul><li>一</li><li>二</li></ul>")["text"]
    assert text == "10月26日\na\nb\n一\n二"


def test_no_markup_comments_scripts_or_entities():
    body = "<p>甲&amp;乙&nbsp;丙<!-- 注释 --></p><script>var x=1;</script><style>.a{}</style><p>&lt;b&gt;字&#20013;</p>"
    assert clean_html(body)["text"] == "甲&乙丙\n字中"


def test_white_space_rules():
    assert clean_line('10 月 26 日，据 " 内蒙古日报 " 微信')[0] == '10月26日，据"内蒙古日报"微信'
    assert clean_line("升级 Windows 11 系统")[0] == "升级Windows 11系统"
    assert clean_line("\u3000\u3000共 ３８６ 人\u00a0")[0] == "共386人"
    assert clean_line("零\u200b宽\ufeff字")[0] == "零宽字"


def test_full_width_punctuation_stays():
    assert clean_line("“预摸排＋主动申报”，带“＊”号")[0] == "“预摸排＋主动申报”，带“＊”号"


def test_pinyin_glosses_in_three_shapes():
    assert strip_pinyin("自治區(qū)黨委") == ("自治區黨委", 1)
    assert strip_pinyin("化工和?;飞a(chǎn)、交通") == ("化工和?;飞a、交通", 1)
    assert strip_pinyin("冷鏈?zhǔn)称贰") == ("冷鏈?称贰", 1)
    assert strip_pinyin("Windows (x64) 与 (de)") == ("Windows (x64) 与 (de)", 0)


def test_traditional_to_simplified_with_tw2s():
    assert to_simplified("著力推動") == "着力推动"
    assert detect_script("會議還研究了其他事項。") == "zh-Hant"
    assert detect_script("会议还研究了其他事项，査处一起。") == "zh-Hans"


def test_damage_is_counted_and_kept():
    text = "冷鏈?称贰⑦M口，化工和?;飞a、城鎮燃?獾戎攸c领域"
    assert count_damage(text) == 3
    assert count_damage("这是问题吗?\n是的？") == 0
    assert count_damage("损坏\ufffd\ufffd字") == 1


def test_proxy_urls_unwrapped_and_placeholders_dropped():
    assert unwrap("https://cors.zfour.workers.dev/?http://zkres2.myzaker.com/a.jpg") == ("http://zkres2.myzaker.com/a.jpg", True)
    assert is_placeholder("https://picsum.photos/id/10/800/600")
    fields = clean_html('<p>甲</p><img src="https://picsum.photos/200"><p>乙</p>',
                        "title: t\nheadimg: 'https://picsum.photos/id/1/400'")
    assert fields["images"] == [] and fields["cover_image"] is None


def test_image_caption_and_credit_move_to_the_image():
    fields = clean_html('<p>正文。</p><p><img src="http://a.cn/1.jpg"></p><p>10月24日，石泰峰来到医院。内蒙古日报社融媒体记者袁永红摄</p><p>后文。</p>')
    assert fields["text"] == "正文。\n后文。"
    assert fields["images"] == [{"url": "http://a.cn/1.jpg", "caption": "10月24日，石泰峰来到医院。",
                                 "credit": "内蒙古日报社融媒体记者袁永红摄"}]
    assert fields["credits"] == [{"role": "photographer", "name": "袁永红"}]


def test_source_lines_and_editor_move_to_fields():
    fields = clean_html("<p>原标题：某某会议召开 来源：央视网</p><p>正文。</p><p>【来源：内蒙古日报社融媒体】</p><p>责任编辑：王珊珊</p>")
    assert fields["text"] == "正文。"
    assert fields["original_title"] == "某某会议召开"
    assert fields["original_sources"] == ["央视网", "内蒙古日报社融媒体"]
    assert fields["credits"] == [{"role": "editor", "name": "王珊珊"}]


def test_trailing_byline_goes_to_credits():
    fields = clean_html("<p>会议还研究了其他事项。（内蒙古日报社融媒体记者 章奎）</p>")
    assert fields["text"] == "会议还研究了其他事项。"
    assert fields["credits"] == [{"role": "reporter", "name": "章奎"}]
    assert fields["original_sources"] == ["内蒙古日报社融媒体"]


def test_boilerplate_dropped_and_rights_recorded():
    fields = clean_html("<p>正文。</p><p>打开APP阅读全文</p><p>【纠错】</p><p>版权归原作者所有，向原创致敬</p>")
    assert fields["text"] == "正文。"
    assert fields["rights_statement"] == "版权归原作者所有，向原创致敬"


def test_contact_data_redacted_but_numbers_kept():
    text, counts = redact("热线13812345678、0471-6912345，邮箱a.b@163.com，身份证11010519491231002X。"
                          "10月26日新增6例，累计84例，内政发〔2021〕12号，许可证15120200009-1")
    assert text == ("热线[PHONE]、[PHONE]，邮箱[EMAIL]，身份证[ID_NUMBER]。"
                    "10月26日新增6例，累计84例，内政发〔2021〕12号，许可证15120200009-1")
    assert counts == {"email": 1, "id_number": 1, "phone": 2}


@pytest.mark.parametrize(
    "body, reason",
    [("<p></p><p> </p>", "body is empty after cleaning"),
     ("<p>打开APP阅读全文</p><p>版权归原作者所有，向原创致敬</p>", "only boilerplate")],
)
def test_empty_body_is_rejected_with_its_reason(body, reason):
    with pytest.raises(SourceRejected, match=reason):
        clean_html(body)


def test_missing_title_is_rejected():
    with pytest.raises(SourceRejected, match="missing or empty title"):
        clean_html("<p>正文。</p>", "author: ZAKER")


def test_deep_and_unclosed_markup_is_bounded():
    blocks, stats = html_to_blocks("<div>" * 100_000 + "深", max_depth=CONFIG.max_html_depth)
    assert [b.text for b in blocks] == ["深"] and stats.flattened_tags > 0
    blocks, _ = html_to_blocks('<div class="' + "a" * 1_000_000)
    assert blocks == []


def test_source_note_closing_a_paragraph_moves_out():
    fields = clean_html("<p>正文第一段。</p><p>最后一段。【来源：阿拉善日报】</p>")
    assert fields["text"] == "正文第一段。\n最后一段。"
    assert fields["original_sources"] == ["阿拉善日报"]


@pytest.mark.parametrize("text, kept", [
    # a body's published line, as real posts print them (the real gold keeps these): kept
    ("宁阳县疾病预防控制中心电话：0538-5623042", True),
    ("人工处理，联系电话：0756-2611324，周一至周五", True),
    ("24小时咨询热线为0471-6912345。", True),
    ("传真 (0471)6912345", True),
    # no label right before it, or a mobile number: personal, redacted
    ("请拨打0471-6912345联系他", False),
    ("热线13812345678", False),
    ("电话号码是138 1234 5678", False),
])
def test_a_bodys_published_landline_is_not_personal_data(text, kept):
    redacted, counts = redact(text)
    assert (redacted == text) is kept and counts["phone"] == (0 if kept else 1)
