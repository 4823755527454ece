"""知乎热榜 answers (session 18): the platform's answer header ``<answerer>的回答`` goes to credits (clean/article.py,
``boilerplate.answer_author``; ``data/cleaning_answers.tsv`` rows ``platform`` / ``header``), the link and video cards the
platform draws for another page are skipped (clean/html.py ``_embedded_card``), and the answerer's sign-off (a bare
@profile line, 关注我的知乎: rows ``promotion``) is promotion. All of it on a Q&A platform's posts only (the fixes of
s18fixclean: on another platform's post the same classes, lines and sign-off words are news). Bodies are invented in
the shape of the real answers read in session 18; the negatives are news lines of the same look that must stay."""

from __future__ import annotations

import pytest

from imcovid.clean import clean_document
from imcovid.clean.boilerplate import answer_author, is_answer_platform, is_promotion
from imcovid.config import load_config
from imcovid.readers import read_source

CONFIG = load_config()


def clean(body: str, author: str = "知乎", categories: tuple[str, ...] = ("社交媒体", "知乎", "知乎热榜")):
    cats = "".join(f"\n - {c}" for c in categories)
    raw = (f"\n---\ntitle: '1 月 9 日某市新增 2 例本土确诊病例，目前情况如何？'\ncategories: {cats}\nauthor: {author}\n"
           f"comments: false\ndate: Mon, 10 Jan 2022 02:39:09 GMT\n---\n\n<div>   \n{body}  \n</div>\n            ")
    cleaned = clean_document(read_source("x.md", raw.encode()), CONFIG)
    return cleaned.fields, cleaned.steps


# (body, front-matter author, expected text, expected credits)
HEADER_CASES = {
    "an outlet's answer: header to credits": (
        "某某新闻的回答<br><br><p>1月9日，某市新增2例本土确诊病例。</p><p>来源：央视新闻</p>", "知乎",
        "1月9日，某市新增2例本土确诊病例。", [{"role": "author", "name": "某某新闻"}]),
    "a user's answer, Latin name": (
        "abc123的回答<br><br><h2>一，流调信息</h2><p>正文。</p>", "知乎", "一，流调信息\n正文。",
        [{"role": "author", "name": "abc123"}]),
    "a user name holding 的": (
        "加糖的豆花的回答<br><br><p>正文。</p>", "知乎", "正文。", [{"role": "author", "name": "加糖的豆花"}]),
    "not a Q&A platform: the line stays": (
        "外交部发言人的回答<br><br><p>正文。</p>", "ZAKER", "外交部发言人的回答\n正文。", []),
    "on 知乎, a 的回答 line that is not the first stays": (
        "某某的回答<br><br><p>记者提问。</p><p>发言人的回答</p><p>正文。</p>", "知乎",
        "记者提问。\n发言人的回答\n正文。", [{"role": "author", "name": "某某"}]),
    "on 知乎, a first sentence ending in 的回答 stays": (
        "<p>对此，我们来看专家的回答</p><p>正文。</p>", "知乎", "对此，我们来看专家的回答\n正文。", []),
    "on 知乎, a quoted first line stays": (
        "<p>“张三的回答”</p><p>正文。</p>", "知乎", "“张三的回答”\n正文。", []),
    # (s18fixclean) a first line naming who asked whom is a heading, not an answerer's account
    "on 知乎, a spokesman's answer to a question stays": (
        "<p>国家卫健委新闻发言人对记者提问的回答</p><p>正文。</p>", "知乎", "国家卫健委新闻发言人对记者提问的回答\n正文。", []),
    "on 知乎, an answer about a question stays": (
        "<p>专家关于加强针接种问题的回答</p><p>正文。</p>", "知乎", "专家关于加强针接种问题的回答\n正文。", []),
    "on 知乎, an official's answer at a press conference stays": (
        "<p>市疾控中心主任在发布会上的回答</p><p>正文。</p>", "知乎", "市疾控中心主任在发布会上的回答\n正文。", []),
    "on 知乎, a line longer than an account's name stays": (
        "<p>一位在武汉金银潭医院工作了二十多年的老护士长的回答</p><p>正文。</p>", "知乎",
        "一位在武汉金银潭医院工作了二十多年的老护士长的回答\n正文。", []),
}


@pytest.mark.parametrize("case", HEADER_CASES)
def test_answer_header(case):
    body, author, text, credits = HEADER_CASES[case]
    fields, steps = clean(body, author=author)
    assert fields["text"] == text
    assert fields["credits"] == credits
    if credits:
        assert steps["move_credits"] >= 1


def test_answer_author_needs_the_platform():
    assert answer_author("某某的回答", "知乎") == "某某"
    assert answer_author("某某的回答", "ZAKER") is None
    assert answer_author("某某的回答", None) is None
    assert answer_author("据悉，某某的回答", "知乎") is None


# (body, expected text)
CARD_CASES = {
    "a link card repeating the headline": (
        '<p><b>某市公布1例本土确诊病例涉及的轨迹</b></p><p>正文。</p><a href="http://link.zhihu.com/?target=x" '
        'data-draft-node="block" data-draft-type="link-card" class=" wrap external">某市公布1例本土确诊病例涉及的轨迹</a>'
        '<p>信息来源：某某新闻</p>',
        "某市公布1例本土确诊病例涉及的轨迹\n正文。"),
    "a link card to another answer": (
        '<p>正文。</p><a data-draft-node="block" data-draft-type="link-card" href="https://www.zhihu.com/answer/1" '
        'class="internal">6 省份出现本土病例，疫情防控还有哪些方面应注意？</a><p>第二段。</p>',
        "正文。\n第二段。"),
    "a video box: its title and address": (
        '<p><a class="video-box" href="http://link.zhihu.com/?target=v" data-name="某市报告1例阳性">'
        '<img class="thumbnail" src="https://pic2.zhimg.com/v2-a.jpg"><span class="content"><span class="title">'
        '某市报告1例阳性<span class="url"><span class="z-ico-video">https://www.zhihu.com/video/1</span></span>'
        '</span></span></a></p><p>正文。</p>',
        "正文。"),
    "an inline search link keeps its word": (
        '<p>随着病毒的<a href="https://www.zhihu.com/search?q=x" class="internal">潜伏期</a>越来越长。</p>',
        "随着病毒的潜伏期越来越长。"),
    "an ordinary external link keeps its text": (
        '<p>正文。</p><p>点击<a href="http://link.zhihu.com/?target=y" class=" wrap external">2022年1月疫情图</a></p>',
        "正文。\n点击2022年1月疫情图"),
}


@pytest.mark.parametrize("case", CARD_CASES)
def test_embedded_cards(case):
    body, text = CARD_CASES[case]
    fields, steps = clean("某某新闻的回答<br><br>" + body)
    assert fields["text"] == text


def test_cards_are_counted_as_skipped_markup():
    body = ('<p>正文。</p><a data-draft-type="link-card" href="x">卡片</a>'
            '<a class="video-box" href="v"><span class="title">视频</span></a>')
    _, with_cards = clean(body)
    _, without = clean("<p>正文。</p>")
    assert with_cards["skip_markup"] - without["skip_markup"] == 2


@pytest.mark.parametrize("line, dropped", [
    ("@纯洁的微笑", True),
    ("@abc_123", True),
    ("也可以关注我的知乎，一个有故事的程序员，如果对你有用，来个赞吧！", True),
    ("记得关注我的专栏，下期再见", True),
    # negatives: news lines of the same look
    ("据@人民日报消息，某市新增2例。", False),
    ("@某某 你好，这是一段很长的回复正文，写了不止一个词。", False),
    ("请大家为一线医护人员点个赞！", False),
    ("市民关注的核酸检测点已全部开放。", False),
    # the invitation inside a sentence is quoted, not the answerer's (a fraud warning), even on the platform's post
    ("警方提醒，近期有骗子冒充防疫人员，以“关注我的公众号即可领取核酸检测补贴”为由实施诈骗，请市民提高警惕。", False),
    ("民警提醒：对方以“关注我的公众号就送口罩”为由索要验证码的，都是诈骗。", False),
])
def test_sign_off_promotion(line, dropped):
    assert is_promotion(line, answer_page=True) is dropped
    assert is_promotion(line) is False  # on another platform's post the sign-off rows are not read


def test_is_answer_platform():
    assert is_answer_platform("知乎")
    assert not is_answer_platform("知乎日报精选号")
    assert not is_answer_platform("微博")
    assert not is_answer_platform(None)


# 知乎日报: the answerer's profile above the answer and the link to the discussion below it.
DAILY_CASES = {
    "bio, avatar and the hidden link to the original are skipped; the name stays": (
        '<div class="answer"><strong><img class="avatar" src="https://picx.zhimg.com/a.jpg">'
        '<span class="author">某某，</span><span class="bio">地理信息科学 带你认识云和天气</span>'
        '<a href="https://www.zhihu.com/question/1/answer/2" class="originUrl" hidden>查看知乎原文</a></strong>'
        '<div class="content"><p>正文。</p></div></div>'
        '<div class="view-more"><a href="https://www.zhihu.com/question/1">查看知乎讨论</a></div>',
        "某某，\n正文。"),
    "a first line of a word and a comma is not taken for a header (谢邀，)": (
        "<p>谢邀，</p><p>正文。</p>", "谢邀，\n正文。"),
}


@pytest.mark.parametrize("case", DAILY_CASES)
def test_zhihu_daily_profile(case):
    body, text = DAILY_CASES[case]
    fields, _ = clean(body, categories=("社交媒体", "知乎", "知乎日报"))
    assert fields["text"] == text
    assert fields["images"] == []


@pytest.mark.parametrize("line, dropped", [
    ("查看知乎讨论", True),
    ("查看知乎原文", True),
    ("网友在知乎讨论中查看了原文。", False),
])
def test_zhihu_daily_links(line, dropped):
    assert is_promotion(line) is dropped


def clean_on(platform: str, categories: tuple[str, ...], body: str) -> str:
    return clean(body, author=platform, categories=categories)[0]["text"]


# (s18fixclean) The card and profile rules read the Q&A platform's markup only on its posts: another outlet's class of
# the same name (a bio box, an avatar id, a link box inside a sentence) wraps the article's own text.
OTHER_PLATFORM_CASES = {
    "a bio box on a ZAKER post (_PROFILE_CLASSES)": (
        "ZAKER", ("新媒体", "ZAKER", "source"),
        '<p>市政府召开新闻发布会。</p><div class="bio"><p>某某，某大学附属医院感染科主任，出席发布会。</p></div>'
        '<p>某某表示，疫情总体可控。</p>',
        "市政府召开新闻发布会。\n某某，某大学附属医院感染科主任，出席发布会。\n某某表示，疫情总体可控。"),
    "an avatar id on a 人民网 post (_PROFILE_CLASSES, id)": (
        "人民网", ("新媒体", "人民网"),
        '<p>记者来到方舱医院。</p><p><span id="avatar">护士某某已连续工作36小时，</span>仍坚守在岗位上。</p>',
        "记者来到方舱医院。\n护士某某已连续工作36小时，仍坚守在岗位上。"),
    "a link box inside a 澎湃新闻 sentence (_CARD_CLASSES)": (
        "澎湃新闻", ("新媒体", "澎湃新闻"),
        '<p>上海市卫健委今天通报，<a class="link-box" href="http://example.com/1">本市新增本土确诊病例3例</a>，'
        '均在隔离管控中发现。</p>',
        "上海市卫健委今天通报，本市新增本土确诊病例3例，均在隔离管控中发现。"),
    "a video box on a 新京报 post (_CARD_CLASSES)": (
        "新京报", ("新媒体", "新京报"),
        '<p>正文。</p><p><a class="video-box" href="http://example.com/v">视频：方舱医院内部实拍</a></p>',
        "正文。\n视频：方舱医院内部实拍"),
    "a link-card draft type on a ZAKER post (_CARD_DRAFT_TYPES)": (
        "ZAKER", ("新媒体", "ZAKER", "source"),
        '<p>据通报，<a data-draft-type="link-card" href="http://example.com/2">某区新增2例无症状感染者</a>。</p>',
        "据通报，某区新增2例无症状感染者。"),
    "a fraud warning quoting a sign-off on a 新京报 post (sign-off rows)": (
        "新京报", ("新媒体", "新京报"),
        '<p>记者获悉。</p><p>警方提醒，近期有骗子冒充防疫人员，以"关注我的公众号即可领取核酸检测补贴"为由实施诈骗，'
        '已有12名市民被骗，请市民提高警惕。</p>',
        '记者获悉。\n警方提醒，近期有骗子冒充防疫人员，以"关注我的公众号即可领取核酸检测补贴"为由实施诈骗，'
        '已有12名市民被骗，请市民提高警惕。'),
    "a lone @account on a Weibo post (sign-off rows)": (
        "微博", ("社交媒体", "微博"),
        "<p>今天的发布会信息如下。</p><p>@上海发布</p><p>本市新增本土确诊病例3例。</p>",
        "今天的发布会信息如下。\n@上海发布\n本市新增本土确诊病例3例。"),
}


@pytest.mark.parametrize("case", OTHER_PLATFORM_CASES)
def test_answer_rules_only_on_the_platform(case):
    platform, categories, body, text = OTHER_PLATFORM_CASES[case]
    assert clean_on(platform, categories, body) == text


def test_an_avatar_image_elsewhere_stays_a_picture():
    fields, _ = clean('<p>正文。</p><img class="avatar" src="https://img.example.com/a.jpg"><p>护士在岗。</p>',
                      author="人民网", categories=("新媒体", "人民网"))
    assert [image["url"] for image in fields["images"]] == ["https://img.example.com/a.jpg"]


def test_profile_ids_are_not_read_on_the_platform():
    # an id names one element: on a 知乎 post too, only the profile's class marks the furniture
    body = '<p>正文。</p><p><span id="bio">某某医生在方舱医院工作了两个月。</span></p>'
    assert clean_on("知乎", ("社交媒体", "知乎", "知乎日报"), body) == "正文。\n某某医生在方舱医院工作了两个月。"
