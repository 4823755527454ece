"""Archive folders first read in session 20 (first sight of their layouts): 新媒体/IT 之家/分类资讯, 新媒体/得到/新闻,
金融/格隆汇/搜索关键字 (the 早报 digests) and 新媒体/虎嗅/搜索 (the 虎嗅早报 digests, which the program already cleaned as
the reading's gold wants: no rule).

* IT之家's line above the article, ``<div class="tougao-user">感谢IT之家网友 <a>name</a> 的线索投递！</div>``: page chrome,
  skipped (clean/html.py ``_TIP_THANKS_CLASS``). Only that element: the same words elsewhere stay.
* 得到's editor marks each picture ``<img class="menu-page-image">``; the short paragraph right under it (bracketed or
  not, no sentence end) is the picture's caption (``_CAPTIONED_IMAGE_CLASS``, ``_layout_caption``). Other pictures keep
  the general caption rules: a short line under an ordinary picture stays text.
* 格隆汇's 早报 ends with a link to an earlier issue (``<p>周末重磅：<a href>5月29日 | title</a></p>``, or the label on a
  line of its own and the link below; the date and the title may be two links side by side): a promotion of another
  post, dropped with its label (``_digest_issue_link``, ``_issue_link``, ``_drop_link_label``) — only as the body's one
  such link with nothing but pictures after it (review: a timeline of linked items or one such line amid the text
  stays).
* Under a picture of 得到's editor, a line all in bold (a subheading) or a block of paragraphs is no caption (review).

Bodies are invented in the shape of the real posts read in session 20; the negatives are lines of the same look that
must stay as they were."""

from __future__ import annotations

import pytest

from imcovid.clean.html import Caption, ImageRef, Paragraph, html_to_blocks
from tests.hexo_post import cleaned_fields


def clean(body: str, title: str = '某地新增病例', author: str = 'IT 之家',
          categories: tuple[str, ...] = ('新媒体', 'IT 之家', '分类资讯'), date: str = 'Thu, 06 Jan 2022 06:45:23 GMT') -> dict:
    return cleaned_fields(body, title, author, categories, date)


def texts(html: str) -> list[str]:
    blocks, _ = html_to_blocks(html)
    return [b.text.strip() for b in blocks if isinstance(b, Paragraph) and b.text.strip()]


def captions(html: str) -> list[str]:
    blocks, _ = html_to_blocks(html)
    return [b.text for b in blocks if isinstance(b, Caption)]


# --- IT之家's thanks to a tipster -----------------------------------------------------------------------------------

TIP = ('<div class="tougao-user">感谢IT之家网友 <a href="https://m.ithome.com/html/app/open.html?x" rel="nofollow">某网友'
       '</a> 的线索投递！</div>\n')
LEAD = ('<p data-vmark="f99f"><a class="s_tag" href="https://www.ithome.com/" target="_blank">IT之家</a> 1 月 6 日消息，'
        '14 部门联合发布《关于全力做好 2022 年春运工作的意见》。</p>')


def test_tip_thanks_line_is_out_of_the_text():
    f = clean(TIP + LEAD)
    assert f["text"] == "IT之家1月6日消息，14部门联合发布《关于全力做好2022年春运工作的意见》。"
    assert f["credits"] == []


@pytest.mark.parametrize("html", [
    '<p>感谢IT之家网友 <a href="#">某网友</a> 的线索投递！</p>',  # the words in an ordinary paragraph
    '<div class="tougao">感谢IT之家网友 某网友 的线索投递！</div>',  # another class
    '<span class="tougao-user">感谢网友的线索</span>',  # the class on an inline element
])
def test_tip_thanks_words_elsewhere_stay(html):
    assert texts(html) != []


# --- 得到's picture captions ----------------------------------------------------------------------------------------

IMG = '<img src="https://piccdn3.umiwi.com/img/1.png" property="image" class="menu-page-image" data-v-c197d5ea>'
PLAIN_IMG = '<img src="https://piccdn3.umiwi.com/img/1.png">'
EMPTY = '<p style="text-align:left;"><br></p>'


@pytest.mark.parametrize("after, caption", [
    ('<p style="text-align:left;">（某市保障专班召开防疫培训会）</p>', "（某市保障专班召开防疫培训会）"),
    (EMPTY + '<p style="text-align:left;">某大学研究所副研究员、某课程主理人张三</p>', "某大学研究所副研究员、某课程主理人张三"),
])
def test_the_paragraph_under_a_marked_picture_is_its_caption(after, caption):
    html = '<div class="editor-show"><p>活动将于12月31日举办。</p>' + IMG + after + '<p>除此之外，现场将严格控制观众规模。</p></div>'
    assert captions(html) == [caption]
    assert texts(html) == ["活动将于12月31日举办。", "除此之外，现场将严格控制观众规模。"]


def test_caption_moves_into_the_image_record():
    f = clean('<div class="editor-show"><p>活动将于12月31日举办。</p>' + IMG
              + '<p style="text-align:left;">（某市保障专班召开防疫培训会）</p><p>现场将严格控制观众规模。</p></div>',
              author="得到", categories=("新媒体", "得到", "新闻"))
    assert f["text"] == "活动将于12月31日举办。\n现场将严格控制观众规模。"
    assert [i["caption"] for i in f["images"]] == ["（某市保障专班召开防疫培训会）"]


@pytest.mark.parametrize("html", [
    IMG + '<p>怎么获取这个大杀器呢？</p>',  # a sentence (ends with a question mark)
    IMG + '<p>现场将严格控制观众规模。</p>',  # a sentence
    IMG + '<p>' + "很长的一段正文" * 10 + '</p>',  # longer than a caption
    PLAIN_IMG + '<p>某大学研究所副研究员张三</p>',  # an ordinary picture: a short line under it stays text
    IMG + '<p>第一段正文。</p><p>某大学研究所副研究员张三</p>',  # not right under the picture
    IMG + EMPTY + '<p style="text-align:left;">1</p>',  # a section number
    IMG + '<p style="text-align:left;">以下为张三演讲全文：</p>',  # a line that opens what follows
])
def test_lines_that_are_no_caption_of_a_marked_picture_stay(html):
    assert captions(html) == []


# --- 格隆汇 早报's link to an earlier issue --------------------------------------------------------------------------

ISSUE = '<a href="https://www.gelonghui.com/p/467792" target="_blank">5月29日 | 重磅！某某预算案出炉；某市全面实施疫苗预约</a>'


@pytest.mark.parametrize("html", [
    '<p><span><strong>周末重磅：</strong></span>' + ISSUE + '</p>',
    '<p><span><strong><font color="#dc143c">周末重磅</font></strong></span></p><p>' + ISSUE + '</p>',
    '<p>' + ISSUE + '</p>',
])
def test_a_digests_link_to_an_earlier_issue_is_dropped_with_its_label(html):
    assert texts('<p>6. 某市场有望突破6万亿元</p><p>数据显示，到2040年市场有望突破1万亿美元。</p>' + html) == [
        "6. 某市场有望突破6万亿元", "数据显示，到2040年市场有望突破1万亿美元。"]


def test_the_issue_link_is_out_of_the_cleaned_text():
    f = clean('<p>数据显示，到2040年市场有望突破1万亿美元。</p><p><span><strong>周末重磅：</strong></span>' + ISSUE + '</p>',
              author="格隆汇", categories=("金融", "格隆汇", "搜索关键字"), date="Mon, 19 Jan 1970 18:40:18 GMT")
    assert f["text"] == "数据显示，到2040年市场有望突破1万亿美元。"


@pytest.mark.parametrize("html, kept", [
    ('<p>5月29日 | 某市全面实施疫苗预约</p>', ["5月29日 | 某市全面实施疫苗预约"]),  # no link: a line of the text
    ('<p><a href="https://x.cn/1">某市全面实施疫苗预约</a></p>', ["某市全面实施疫苗预约"]),  # a link with no date and bar
    ('<p>详见' + ISSUE + '一文的报道。</p>', None),  # a sentence citing the issue: words after the link
    ('<p>据报道，此前我们已经发布过：' + ISSUE + '</p>', None),  # a longer lead-in than a label
    ('<p>市场有望突破1万亿美元。</p><p>' + ISSUE + '</p>', ["市场有望突破1万亿美元。"]),  # a sentence before it stays
    ('<p><a href="https://x.cn/1">5月29日 | 甲</a><a href="https://x.cn/2">5月30日 | 乙</a></p>', None),  # two links
])
def test_lines_that_are_no_issue_link_stay(html, kept):
    out = texts(html)
    assert out == kept if kept is not None else out != []


@pytest.mark.parametrize("line", ["以上就是今天的早报。", "责任编辑：李四", "来源：某某网"])
def test_a_line_before_an_issue_link_that_is_no_label_stays(line):
    assert texts('<p>' + line + '</p><p>' + ISSUE + '</p>') == [line]


def test_the_credit_line_before_an_issue_link_is_still_a_credit():
    f = clean('<p>数据显示，市场有望突破1万亿美元。</p><p>责任编辑：李四</p><p>' + ISSUE + '</p>',
              author="格隆汇", categories=("金融", "格隆汇", "搜索关键字"))
    assert f["text"] == "数据显示，市场有望突破1万亿美元。"
    assert [(c["role"], c["name"]) for c in f["credits"]] == [("editor", "李四")]


# --- review (session 20, revclean): the issue link only where a digest sets it, and in its two-link shape ------------
# The rule read any paragraph that is one date|title link, anywhere: a timeline of linked items (one <p> a link) lost
# its items and the heading above them, and a single such line amid the text lost it too. It is now read only on the
# body's one link opening with a date and a bar, with nothing but pictures after its paragraph. 格隆汇's Monday issues
# also set the date and the title as two links side by side (<a>6月26日 | </a><a>title</a>, two of three unseen
# issues read in review): the paragraph of those links is the same promotion.

SPLIT_ISSUE = ('<a href="http://mp.weixin.qq.com/s?a=1"><strong><strong>6月26日 |</strong></strong> </a>'
               '<a href="http://mp.weixin.qq.com/s?a=1"><strong>反垄断再起，某巨头普遍下跌；某公司撤回上市申请</strong></a>')
LAST = '<p><img src="https://img3.gelonghui.com/1.jpg"></p><p></p><p></p>'


@pytest.mark.parametrize("html", [
    '<p><span><strong><font color="#ff0000">周末重磅</font></strong></span></p><p><span><strong></strong></span>'
    + SPLIT_ISSUE + '</p>' + LAST,  # the date and the title in two links, the label on the line above
    '<p><span><strong>周末重磅：</strong></span>' + SPLIT_ISSUE + '</p>' + LAST,  # the label inline
    '<p>周末重磅</p><p>' + ISSUE + '</p>' + LAST,  # one link, pictures and empty paragraphs after it
])
def test_the_last_issue_link_is_dropped_in_either_shape(html):
    assert texts('<p>7. 某行业需求料逐步复苏</p><p>机构看好雨季结束后的反弹行情。</p>' + html) == [
        "7. 某行业需求料逐步复苏", "机构看好雨季结束后的反弹行情。"]


@pytest.mark.parametrize("html, kept", [
    # a timeline of linked items: each line and the heading above them are the article's
    ('<p>疫情时间线</p><p><a href="https://x.cn/1">3月5日 | 某市发现首例病例</a></p>'
     '<p><a href="https://x.cn/2">3月6日 | 某市启动应急响应</a></p>',
     ["疫情时间线", "3月5日 | 某市发现首例病例", "3月6日 | 某市启动应急响应"]),
    # one such line amid the text (text follows it): not the issue's last line
    ('<p>相关报道</p><p>' + ISSUE + '</p><p>以下为正文。</p>', ["相关报道", "5月29日 | 重磅！某某预算案出炉；某市全面实施疫苗预约", "以下为正文。"]),
    # two links with words between them: a sentence, not the link line
    ('<p><a href="https://x.cn/1">6月26日 | </a>详见<a href="https://x.cn/2">某报道</a></p>', ["6月26日 | 详见某报道"]),
    # words outside any paragraph after the link's paragraph: the body does not end with the link
    ('<div><p>' + ISSUE + '</p>尾注的文字</div>', ["5月29日 | 重磅！某某预算案出炉；某市全面实施疫苗预约", "尾注的文字"]),
    # a second date|bar line as text after the link: the body does not end with the link
    ('<p>' + ISSUE + '</p><p>6月1日 | 某市恢复线下营业</p>',
     ["5月29日 | 重磅！某某预算案出炉；某市全面实施疫苗预约", "6月1日 | 某市恢复线下营业"]),
])
def test_issue_shaped_links_outside_a_digests_last_line_stay(html, kept):
    assert texts(html) == kept


def test_the_dropped_issue_link_is_counted_once_with_its_label():
    _, stats = html_to_blocks('<p>机构看好反弹行情。</p><p>周末重磅</p><p>' + SPLIT_ISSUE + '</p>' + LAST)
    assert stats.promo_subtrees == 1


# --- review (revclean): what stands under a picture of 得到's editor but is no caption -------------------------------
# A bold line right under the picture is a subheading of what follows; a block that holds paragraphs is more than one
# caption (its lines would have been glued into one). Both stay text; the plain or bracketed line is still a caption.

@pytest.mark.parametrize("html", [
    IMG + EMPTY + '<p style="text-align:left;"><strong>第一部分 防疫方案</strong></p><p>现场将严格控制观众规模。</p>',
    IMG + '<p><b>演讲主题</b><b>基本盘</b></p>',  # bold in two runs
])
def test_a_subheading_under_a_marked_picture_stays(html):
    assert captions(html) == []


def test_a_block_of_paragraphs_under_a_marked_picture_is_not_glued_into_one_caption():
    html = IMG + '<div><p>（某市召开防疫培训会）</p><p>第二段正文</p></div>'
    assert captions(html) == ["（某市召开防疫培训会）"]  # the block's first paragraph, as under the picture itself
    assert texts(html) == ["第二段正文"]


@pytest.mark.parametrize("after, caption", [
    ('<p style="text-align:left;">（某市保障专班召开<strong>防疫培训会</strong>）</p>', "（某市保障专班召开防疫培训会）"),  # bold in part
    ('<p style="text-align:left;">（某大学副教授张三）<br></p>', "（某大学副教授张三）"),  # a trailing line break
])
def test_a_caption_with_some_markup_is_still_a_caption(after, caption):
    assert captions(IMG + after + '<p>正文继续。</p>') == [caption]
