"""Two archive folders first read in session 19: 每经网/重磅原创 (每日经济新闻's own article pages, nbd.com.cn) and
快媒体/首页更新 (kuai.media's summary cards).

* 每日经济新闻's page header ``<div class="g-article-top">`` (headline in ``<h1>``, ``<p class="u-time">`` with the
  outlet and the time line, stock tags) is out of the text (clean/html.py ``_nbd_header`` → ``PageMeta``): the
  headline is the original title where it differs from the post's title, the outlet an original source, and the time
  line the publication time where the front matter says ``date: Invalid Date`` (clean/dates.py ``from_page_header``).
* 快媒体's card ``<a class="sum">`` (clean/html.py ``_summary_card``): the summary without its ``摘要:`` label, its
  cut-off ``...`` and a tweet embed's link and attribution; the outlet is only what the card names (an embedded
  tweet's account that is an outlet's name), the ``点击阅读全文 @site`` link goes to the provenance (s19b).
* Lines of 每日经济新闻's pages any reprint carries too: ``封面图片来源：X`` (fields.match_cover_credit), ``来源：X综合Y、Z``
  (bylines.compiler_line, the one reading of compiler lines), a compiler's list broken over two paragraphs
  (bylines.listed_outlets), the ``每经AI快讯，`` opener (bylines._FLASH_OPENER, kind ``flash``) and the aliases
  每经 / 每经网 → 每日经济新闻 (data/cleaning_outlets.tsv). The review's fixes are tested in test_cleaning_s19b.py.

Bodies are invented in the shape of the real posts read in session 19; the negatives are other platforms' posts and
lines of the same look that must stay as they were."""

from __future__ import annotations

import pytest

from imcovid.clean.bylines import leading_byline, listed_outlets, outlet_name
from imcovid.clean.dates import PublicationDate, from_page_header
from imcovid.clean.fields import match_cover_credit, match_source_line
from imcovid.clean.html import PageMeta, Paragraph, html_to_blocks
from imcovid.config import load_config
from tests.hexo_post import cleaned_fields

CONFIG = load_config()


def clean(body: str, title: str = '某地新增病例', author: str = '每经网',
          categories: tuple[str, ...] = ('金融', '每经网', '重磅原创'), date: str = 'Invalid Date') -> dict:
    return cleaned_fields(body, title, author, categories, date)


def nbd_header(headline: str, time: str = "2021-04-27 07:55:53", source: str = "每日经济新闻") -> str:
    return (f'<div class="g-article-top">\n<h1>\n<!-- <a href="#">模板里的旧标题</a> -->\n{headline}\n</h1>\n'
            f'<!--发布 时间-->\n<p class="u-time">\n<span class="source">\n{source}\n</span>\n'
            f'<span class="time">\n{time}\n</span>\n</p>\n<div class="typeTags">\n'
            f'<a href="#" class="typeTag tagColor1">某某股份 <abbr class="lows">-2.7%</abbr> </a>\n</div>\n</div>\n')


NBD_BODY = ('<div class="g-articl-text">\n<!-- 原创文章自动插入记者、编辑 -->\n<p style="color:#6d6d6d;">每经编辑 张三</p>\n'
            '<p>当地时间4月26日，某国新增病例1000例。</p>\n'
            '<p style="color:#6d6d6d; font-size:small;">封面图片来源：摄图网</p>\n</div>')


# --- 每日经济新闻's page header -----------------------------------------------------------------------------------


def test_page_header_out_of_the_text_into_its_fields():
    f = clean(nbd_header("一度日增千例！某国疫情突然严重，总统宣布全面封锁") + NBD_BODY, title="某国首次实施全面封锁")
    assert f["text"] == "当地时间4月26日，某国新增病例1000例。"
    assert f["original_title"] == "一度日增千例！某国疫情突然严重，总统宣布全面封锁"
    assert f["original_sources"] == ["每日经济新闻"]
    assert f["credits"] == [{"role": "editor", "name": "张三"}]
    # Invalid Date in the front matter: the header's time line (Beijing time) pins the moment
    assert f["published_at"].isoformat() == "2021-04-26T23:55:53+00:00"
    assert str(f["published_date_local"]) == "2021-04-27"
    assert "page header" in f["date_note"] and "date_from_page_header" in f["flags"]


def test_page_header_headline_equal_to_the_title_is_no_original_title():
    f = clean(nbd_header("某地新增病例") + NBD_BODY, title="某地新增病例")
    assert f["original_title"] is None and "某地新增病例" not in f["text"]


def test_a_valid_front_matter_date_is_never_replaced_by_the_header():
    f = clean(nbd_header("标题", time="2021-04-27 07:55:53") + NBD_BODY, date="2021-05-01 10:00:00")
    assert f["published_at"].isoformat() == "2021-05-01T02:00:00+00:00" and f["date_note"] is None


@pytest.mark.parametrize("time", ["", "2021-04-27", "4月27日 07:55", "2019-01-01 08:00:00"])
def test_a_header_time_that_is_no_full_timestamp_in_the_window_leaves_the_date_null(time):
    f = clean(nbd_header("标题", time=time) + NBD_BODY)
    assert f["published_at"] is None and "Invalid Date" in f["date_note"]


def test_from_page_header_keeps_an_out_of_window_front_matter_outcome():
    outside = PublicationDate(None, None, "outside", "date_out_of_window")
    assert from_page_header(outside, "2021-04-27 07:55:53", CONFIG) is outside


def test_a_g_article_top_div_without_time_line_is_walked_as_usual():
    blocks, _ = html_to_blocks('<div class="g-article-top"><h1>某报道</h1><p>正文第一段。</p></div>')
    blocks = [b for b in blocks if not (isinstance(b, Paragraph) and not b.text.strip())]
    assert blocks == [Paragraph("某报道"), Paragraph("正文第一段。")]


def test_page_header_block():
    blocks, stats = html_to_blocks(nbd_header("标题一") + "<p>正文。</p>")
    blocks = [b for b in blocks if not (isinstance(b, Paragraph) and not b.text.strip())]
    assert blocks == [PageMeta("标题一", "每日经济新闻", "2021-04-27 07:55:53"), Paragraph("正文。")]
    assert stats.page_headers == 1


# --- 快媒体's summary card ----------------------------------------------------------------------------------------


def card(summary: str, site: str = "ifeng.com", thumb: bool = True) -> str:
    img = ('<div class="atc"><img width="280" src="https://www.kuai.media/a.jpg" alt="t" class="tn"></div>\n'
           if thumb else "")
    return (f'<a href="https://www.kuai.media/go.php?aid=1" target="_blank" class="sum" rel=" noopener">\n{img}\n'
            f'<strong>摘要</strong>: {summary} <span class="more"><img width="35" src="https://www.kuai.media/l.gif">'
            f"点击阅读全文 @{site}</span>\n</a>")


KUAI = dict(author="快媒体", categories=("新媒体", "快媒体", "首页更新"), date="2021-11-28 03:23:40")

CARD_CASES = {
    "label, cut-off mark and link out": (
        card("综合报道，当地时间27日，多国发现新变种。 新变种来势汹汹  欧洲现多例确诊病例 当地卫 ..."),
        "综合报道，当地时间27日，多国发现新变种。新变种来势汹汹欧洲现多例确诊病例当地卫", []),
    "a tweet embed's link and attribution out, its words kept": (
        card("悲剧每天都在发生。https://t.co/n7g11MhLsHmdash; 某某电台 (@Some_Handle) April 14, 2022上海某干部身亡 ...",
             site="rfa.org", thumb=False),
        "悲剧每天都在发生。上海某干部身亡", ["某某电台"]),
    "an ellipsis of the prose is no cut-off mark": (
        card("某市新增病例3例，其中……", site="sina.com.cn"), "某市新增病例3例，其中……", []),
}


@pytest.mark.parametrize("case", CARD_CASES)
def test_summary_card(case):
    body, text, sources = CARD_CASES[case]
    f = clean(body, **KUAI)
    assert f["text"] == text
    assert f["original_sources"] == sources
    assert str(f["published_date_local"]) == "2021-11-28"
    assert "aggregator_summary" in f["flags"]


def test_a_sum_link_without_the_read_more_link_is_walked_as_usual():
    body = '<p><a class="sum" href="#">摘要</a>: 某市新增病例3例 ...</p>'
    f = clean(body, **KUAI)
    assert f["text"] == "摘要:某市新增病例3例..." and "aggregator_summary" not in f["flags"]


def test_a_tweet_link_outside_a_card_stays():
    body = "<p>他在推特上写道：https://t.co/abcdefmdash; 某某 (@handle) April 14, 2022</p>"
    assert "t.co" in clean(body, author="观察者网", categories=("新媒体", "观察者网", "首页"),
                           date="2022-04-15 00:41:11")["text"]


# --- lines of 每日经济新闻's pages -------------------------------------------------------------------------------


@pytest.mark.parametrize("line, credit", [
    ("封面图片来源：摄图网", "摄图网"),
    ("封面图片来源：每经记者 张怀水 摄", "每经记者 张怀水 摄"),
    ("题图来源：视觉中国", "视觉中国"),
    # negatives: prose that speaks of a cover picture, a credit inside a sentence
    ("封面图片来源于网络，如有侵权请联系删除，我们将及时处理", None),
    ("记者了解到，封面图片来源：某某", None),
    ("封面图片", None),
])
def test_cover_credit(line, credit):
    assert match_cover_credit(line) == credit


def test_cover_credit_line_out_of_the_text_on_any_platform():
    body = "<p>正文。</p><p>封面图片来源：摄图网</p>"
    assert clean(body, author="新浪财经", categories=("金融", "新浪财经", "新浪财经－国內"),
                 date="2021-06-12 13:40:32")["text"] == "正文。"


@pytest.mark.parametrize("line, sources", [
    ("来源：每日经济新闻综合央视新闻、公开信息", ("每日经济新闻", "央视新闻")),
    ("来源：每日经济新闻综合自央视新闻、中新网", ("每日经济新闻", "央视新闻", "中新网")),
    # negatives: a source list without 综合, a 综合 whose first word is no outlet
    ("来源：央视新闻、公开信息", ("央视新闻", "公开信息")),
    ("来源：某某综合整治办公室", ("某某综合整治办公室",)),
])
def test_compiled_source_line(line, sources):
    assert match_source_line(line).sources == sources


@pytest.mark.parametrize("line, outlets", [
    ("央视新闻、中新网、界面新闻等", ["央视新闻", "中新网", "界面新闻"]),
    ("澎湃新闻", ["澎湃新闻"]),
    # negatives: places and other words listed the same way
    ("北京、上海、广州等", None),
    ("央视新闻、公开资料", None),
    ("", None),
])
def test_listed_outlets(line, outlets):
    assert listed_outlets(line) == outlets


def test_a_compiler_list_broken_over_two_paragraphs():
    body = ("<p>正文。</p><p>每日经济新闻综合自环球网、</p><p>央视新闻、中新网、界面新闻等</p>")
    f = clean(body, date="2021-06-12 13:40:32")
    assert f["text"] == "正文。"
    assert f["original_sources"] == ["环球网", "央视新闻", "中新网", "界面新闻"]


def test_a_list_of_outlets_not_after_a_compiler_line_stays():
    body = "<p>正文。</p><p>央视新闻、中新网、界面新闻等</p>"
    assert clean(body, date="2021-06-12 13:40:32")["text"] == "正文。\n央视新闻、中新网、界面新闻等"


@pytest.mark.parametrize("text, cut", [
    ("每经AI快讯，某某股份7月16日在投资者互动平台表示，…", "每经AI快讯，"),
    ("每经快讯：某某股份公告称，…", "每经快讯："),
    # negatives: no outlet before 快讯, the opener alone, 快讯 inside the sentence
    ("今日快讯，某地新增病例3例。", None),
    ("每经AI快讯，", None),
    ("据每经AI快讯，某某股份表示…", None),
    ("新华社快讯：某国宣布…", None),  # a news agency's flash label, like its dateline, stays
])
def test_flash_opener(text, cut):
    found = leading_byline(text)
    assert (found.what if found and found.kind == "opener" else None) == cut
    if cut:
        assert found.byline.outlets == ("每日经济新闻",)


def test_aliases_of_the_outlet():
    assert outlet_name("每经") == outlet_name("每经网") == "每日经济新闻"


def test_other_platforms_posts_are_unchanged():
    """A ZAKER post with a headline, a time-like line and a 快讯 heading of its own keeps them all."""
    body = ('<div class="article-top"><h1>某地新增病例</h1><p class="time">2021-04-27 07:55:53</p></div>'
            "<p>快讯，某地新增病例3例。</p>")
    f = clean(body, title="另一个标题", author="ZAKER", categories=("新媒体", "ZAKER", "channel"),
              date="2021-04-27 08:00:00")
    assert f["text"] == "某地新增病例\n2021-04-27 07:55:53\n快讯，某地新增病例3例。"
    assert f["original_title"] is None and f["original_sources"] == []


def test_standfirst_is_the_subtitle():
    abstract = ('<div class="g-article-abstract" style="color:black"><div class="m-abstractUp"></div>'
                '<div class="m-abstractDown"></div><p>◎某地股民年逾百岁。她只买最熟悉的股。</p><p>◎第二点。</p></div>')
    f = clean(nbd_header("标题") + abstract + NBD_BODY)
    assert f["subtitle"] == "某地股民年逾百岁。她只买最熟悉的股。\n第二点。"
    assert f["text"] == "当地时间4月26日，某国新增病例1000例。"


def test_a_marked_paragraph_of_the_text_is_no_subtitle():
    f = clean(nbd_header("标题") + '<div class="g-articl-text"><p>◎要点一：某地新增病例。</p><p>正文。</p></div>')
    assert f["subtitle"] is None and f["text"].startswith("◎要点一")
