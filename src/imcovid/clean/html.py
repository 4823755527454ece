"""HTML body → a flat stream of paragraphs and images in reading order.

Block elements and ``<br>`` end a paragraph, inline elements vanish and keep their text (so
``<strong>1</strong><strong>0 月</strong>`` stays one run), scripts, styles, comments and promotion widgets are
skipped. The walk is iterative, so nesting depth cannot exhaust the Python stack, and over-deep markup is flattened
before parsing because the parser's own cost grows steeply with depth.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

from imcovid.clean.lazy import lazy
from imcovid.clean.thresholds import threshold

BLOCK_TAGS = frozenset(
    "p div li ul ol dl dt dd h1 h2 h3 h4 h5 h6 blockquote pre table thead tbody tfoot tr caption section article "
    "header footer aside nav main figure figcaption hr center address form fieldset details summary body html".split()
)
CELL_TAGS = frozenset({"td", "th"})
SKIP_TAGS = frozenset(
    "script style noscript template iframe object embed svg canvas head title meta link button input select "
    "textarea video audio source map area".split()
)
# Class or id tokens of aggregator widgets (QR codes, app download boxes, recommendations): their subtree is
# promotion, images included.
_PROMO_TOKEN = lazy(
    r"(^|[_-])(qr|qrcode|appendqr|erweima|app-?download|download-?app|recommend|related|share|advert|ads?|"
    r"support-author|reward|bqian)([_-]|$)",
    re.I,
)
# Sina wraps an image and its caption as <div class="img_wrapper"><img><span class="img_descr">caption</span>.
# (ZAKER: <div class="img_box"><img></div><div class="zaker_div"><div class="zk_decsimg">● caption</div>.)
_CAPTION_TOKEN = lazy(r"^(img_descr|img-desc|image-caption|pic-?desc|wp-caption-text|zk_decsimg)$", re.I)
# A card the Q&A platform (知乎) draws for an embedded link or video (<a data-draft-type="link-card">title</a>,
# <a class="video-box">…<span class="title">title</span><span class="url">https://…/video/…</span></a>): a box pointing
# to another page, whose label repeats a headline or names the video, not a paragraph of the post. Drawn as a block of
# its own by the platform; an ordinary inline link keeps its text. Read on a Q&A platform's posts only (``answer_page``):
# elsewhere an outlet's own class of the same name (link-box, bio, avatar) may wrap a sentence of the article.
_CARD_DRAFT_TYPES = frozenset({"link-card", "video"})
_CARD_CLASSES = frozenset({"video-box", "link-box"})
# The answerer's profile that 知乎日报 sets above each answer (<img class="avatar"><span class="author">name，</span>
# <span class="bio">self-description</span><a class="originUrl" hidden>查看知乎原文</a>): the picture, the bio and the
# hidden link to the original are page furniture (the name stays: a line of a name and a comma is no sure header).
# Class names only (an id names one element, and is no sign of the platform's furniture).
_PROFILE_CLASSES = frozenset({"bio", "originUrl", "avatar"})
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# IT之家's page chrome above the article: <div class="tougao-user">感谢IT之家网友 <a>name</a> 的线索投递！</div> thanks
# the reader who sent the tip. It is the page's line, not the article's (no role of the credits fits a tipster): the
# subtree is skipped and counted. Only that class of that element: the words alone are not read anywhere.
_TIP_THANKS_CLASS = "tougao-user"
# 得到's editor (<div class="editor-show">) marks each picture <img class="menu-page-image"> and puts the picture's
# caption in the next paragraph, bracketed or not (（武汉市…召开防疫培训会）, or a speaker's name and title): a short
# paragraph right after such an image, with no sentence end, is its caption (not a line all in bold: a subheading; not
# a block holding paragraphs, which would glue them into one). Other images keep the general rules.
_CAPTIONED_IMAGE_CLASS = "menu-page-image"
_SENTENCE_END_MARK = lazy(r"[。！？!?；;…]$")
# A list written as plain text in one element, its items on source lines of their own (财联社's telegraphs of the day's
# 《新闻联播》 or 《人民日报》 items: <div>【headline】财联社10月11日电，…主要内容有：\n1、…。\n2、…。</div>): in HTML a
# line break is white space, but there each line is an item of a numbered list, a paragraph to a reader. Read only
# where the text node itself shows the list: at least ``shortest_line_list`` of its lines open with an item number, the
# numbers counting 1, 2, 3… in order. Then a line break of that node ends a paragraph before an item number or a
# sub-item mark (so the lead-in line is one too), after a sentence's end and at a blank line; any other line break is a
# wrap inside the lead-in or an item and stays white space (:func:`_list_items`).
_LINE_ITEM_NUMBER = lazy(r"^[ \t\u3000\u00a0]*(\d{1,2})(?:、|[.．](?!\d))")
# 8.2021年我国小微企业贷款…: an item number whose text opens with a figure, read as one only where it is the next number.
_LINE_ITEM_NUMBER_BEFORE_FIGURE = lazy(r"^[ \t\u3000\u00a0]*(\d{1,2})[.．](?=\d)")
# （1）湖北开工89个项目… / ①… / 一、…: a sub-item (or a section) under an item of the list, a line of its own too.
_LINE_SUB_ITEM = lazy(r"^[ \t\u3000\u00a0]*(?:[（(]\d{1,2}[）)]|[①-⑳]|[一二三四五六七八九十]{1,2}、)")
_SHORTEST_LINE_LIST = threshold("html", "shortest_line_list")
_SHORTEST_LAYOUT_CAPTION = threshold("html", "shortest_layout_caption")
# A daily digest's link to an earlier issue at the end of the issue (格隆汇 早报: <p>周末重磅：<a href>5月29日 | title</a>
# </p>, or the label 周末重磅 on a line of its own and the link in the next paragraph; the date and the title may be two
# links side by side, <a>6月26日 | </a><a>title</a>): a paragraph that is that link, with at most a short label before
# it, is a promotion of another post. The label line right before such a link (no sentence end, at most a few
# characters) goes with it. Read only in that place (``_digest_issue_link``): the body's one link opening with a date
# and a bar, with no text after its paragraph (pictures may follow). A list of such links (a timeline of linked items,
# 3月5日 | 事件) or one such line amid the text is the article's.
_ISSUE_LINK_DATE = lazy(r"^\s*\d{1,2}月\d{1,2}日\s*[|｜]")
_ISSUE_LINK_TEXT = lazy(r"^\s*\d{1,2}月\d{1,2}日\s*[|｜]\s*\S")
_LONGEST_LINK_LABEL = threshold("html", "longest_issue_link_label")
_LABEL_COLON = lazy(r"[:：]")
_TAG = lazy(r"<(/?)([A-Za-z][A-Za-z0-9-]*)[^>]*?(/?)>")


@dataclass(frozen=True)
class Paragraph:
    text: str


@dataclass(frozen=True)
class ImageRef:
    src: str


@dataclass(frozen=True)
class Caption:
    """Text the markup itself marks as an image caption."""

    text: str


@dataclass(frozen=True)
class PageMeta:
    """What an outlet's own page header or an aggregator's summary card says about the article, out of the text:
    the outlet's headline, the outlet (or the site the card links to) and the outlet's time line, each None when
    the layout has none (:func:`_nbd_header`, :func:`_summary_card`)."""

    headline: str | None = None
    source: str | None = None
    time: str | None = None
    abstract: tuple[str, ...] = ()  # the outlet's standfirst above the text (每日经济新闻's ◎ lines): the subtitle
    summary_only: bool = False  # the text is an aggregator's cut-off summary of the article, not the article
    site: str | None = None  # the site an aggregator's card links to for the full article (provenance, not a source)
    accounts: tuple[str, ...] = ()  # the accounts of tweets embedded in a card's summary (自由亚洲电台 (@RFA_Chinese))


@dataclass
class HtmlStats:
    skipped_elements: int = 0
    promo_subtrees: int = 0
    card_subtrees: int = 0  # embedded link and video cards, an answerer's profile (_embedded_card, _PROFILE_CLASSES)
    hidden_subtrees: int = 0  # inline runs a reader never sees (near-white text: a watermark), dropped with their text
    flattened_tags: int = 0
    page_headers: int = 0  # an outlet's page header or an aggregator's summary card read into a PageMeta
    chrome_subtrees: int = 0  # a page's own line around the article (IT之家's thanks to a tipster)
    line_list_breaks: int = 0  # paragraphs of a numbered list written as source lines ended at a line break


def flatten_deep_markup(html: str, max_depth: int) -> tuple[str, int]:
    """Drop tags nested deeper than ``max_depth`` (their text stays). Returns the HTML and the number of tags dropped."""
    depth = 0
    dropped = 0

    def visit(match: re.Match) -> str:
        nonlocal depth, dropped
        closing, name, self_closing = match.group(1), match.group(2).lower(), match.group(3)
        if name in _VOID or self_closing:
            return match.group(0)
        if closing:
            depth = max(depth - 1, 0)
            keep = depth < max_depth
        else:
            keep = depth < max_depth
            depth += 1
        if not keep:
            dropped += 1
            return ""
        return match.group(0)

    if html.count("<") < max_depth:
        return html, 0
    return _TAG.sub(visit, html), dropped


def html_to_blocks(html: str, max_depth: int = 256, comments: list[str] | None = None,
                   answer_page: bool = False) -> tuple[list[Paragraph | ImageRef | Caption], HtmlStats]:
    """The blocks of ``html`` and the parser's counts. With ``comments`` (a list), the markup of every comment node the
    walk passes (``<!--data-->``, in order) is appended to it: what :func:`trailing_comment`'s proof reads. With
    ``answer_page`` (the post is a Q&A platform's answer, ``boilerplate.is_answer_platform``), the platform's link and
    video cards and the answerer's profile are skipped too."""
    stats = HtmlStats()
    html, stats.flattened_tags = flatten_deep_markup(html, max_depth)
    root = LexborHTMLParser(html).body
    out: list[Paragraph | ImageRef | Caption] = []
    buffer: list[str] = []
    captioned_image: ImageRef | None = None  # the last image 得到's editor marks as followed by its caption
    issue_link = _digest_issue_link(root) if root is not None else None  # (the paragraph's mem_id, its inline label)

    def flush() -> None:
        if buffer:
            out.append(Paragraph("".join(buffer)))
            buffer.clear()

    if root is None:
        return out, stats
    # Each property of a node (tag, child, next, parent, mem_id) builds a new Python object: each is read once.
    root_id = root.mem_id
    node: LexborNode | None = root.child
    while node is not None:
        tag = node.tag
        child = None
        if tag == "-text":
            text = node.text_content or ""
            if "\n" in text and _numbered_lines(text):
                *items, text = _list_items(text)
                stats.line_list_breaks += sum(bool(item.strip()) for item in items)
                for item in items:
                    buffer.append(item)
                    flush()
                # (the last item may go on in the inline markup after the node)
            buffer.append(text)
        elif tag == "br":
            flush()
        elif tag == "img":
            flush()
            src = _image_src(node)
            if src and answer_page and _profile(node.attributes):
                stats.card_subtrees += 1  # an answerer's avatar: not a picture of the post
            elif src:
                out.append(ImageRef(src))
                if _CAPTIONED_IMAGE_CLASS in _tokens(node.attributes):
                    captioned_image = out[-1]
        elif tag in SKIP_TAGS or tag.startswith("-") or tag.startswith("_"):
            if comments is not None and tag in ("-comment", "_comment"):
                comments.append(node.html or "")
            stats.skipped_elements += tag not in ("-comment", "_comment")
        elif (tokens := _tokens(attrs := node.attributes)) and _any_token(tokens, _PROMO_TOKEN):  # read once
            stats.promo_subtrees += 1
        elif tag == "div" and _NBD_HEADER_CLASS in tokens and (meta := _nbd_header(node)) is not None:
            flush()
            out.append(meta)
            stats.page_headers += 1
        elif tag == "div" and _NBD_ABSTRACT_CLASS in tokens and (points := _nbd_abstract(node)):
            flush()
            out.append(PageMeta(abstract=points))
            stats.page_headers += 1
        elif tag == "a" and _SUMMARY_CARD_CLASS in tokens and (card := _summary_card(node)) is not None:
            flush()
            out.extend(card)
            stats.page_headers += 1
        elif answer_page and ((tag == "a" and _embedded_card(attrs, tokens)) or (tokens and _profile(attrs))):
            stats.card_subtrees += 1
        elif ("style" in attrs or "color" in attrs) and _invisible(node, attrs):
            stats.hidden_subtrees += 1
        elif tokens and _any_token(tokens, _CAPTION_TOKEN):
            flush()
            caption = node.text(deep=True) or ""
            if caption.strip():
                out.append(Caption(caption))
        elif tag == "figcaption" and _after_image(out, buffer) and (caption := (node.text(deep=True) or "").strip()):
            buffer.clear()  # <figure><img><figcaption>: the markup's own caption of the image before it
            out.append(Caption(caption))
        elif tag == "div" and _TIP_THANKS_CLASS in tokens:
            flush()
            stats.chrome_subtrees += 1
        elif issue_link is not None and tag == "p" and node.mem_id == issue_link[0]:
            flush()
            if not issue_link[1]:
                _drop_link_label(out)  # (the label line goes with the link: one promotion, counted once)
            stats.promo_subtrees += 1
        elif (tag in _CENTRED_CAPTION_TAGS and captioned_image is not None and _after_image(out, buffer)
              and _last_image(out) is captioned_image and (caption := _layout_caption(node))):
            buffer.clear()  # (only white space was waiting there)
            out.append(Caption(caption))
        elif tag in _CENTRED_CAPTION_TAGS and _after_image(out, buffer) and (caption := _centred_caption(node)):
            buffer.clear()  # (only white space was waiting there)
            out.append(Caption(caption))
        elif tag == "pre":
            flush()
            for line in (node.text(deep=True) or "").split("\n"):
                buffer.append(line)
                flush()
        else:
            if tag in BLOCK_TAGS:
                flush()
            elif tag in CELL_TAGS:
                buffer.append(" ")
            child = node.child
        if child is not None:
            node = child
            continue
        # Leave the node: climb until a sibling exists, closing blocks on the way up.
        following = node.next
        while following is None:
            node = node.parent
            if node is None or node.mem_id == root_id:
                node = None
                break
            tag = node.tag
            if tag in BLOCK_TAGS:
                flush()
            following = node.next
        if node is not None:
            if tag in BLOCK_TAGS:
                flush()
            node = following
    flush()
    return out, stats


# 每日经济新闻's article page (nbd.com.cn, archived under 每经网) opens with its own header: <div class="g-article-top">
# holding the outlet's headline in <h1> (after a commented-out template link), <p class="u-time"> with
# <span class="source">每日经济新闻</span> and <span class="time">2021-04-27 07:55:53</span>, and <div
# class="typeTags"> of stock and industry tags (依依股份 -2.7%). None of it is the article's text; the headline,
# the outlet and the time line are what the page says about it. Read only in that exact shape (the class names and
# a <p class="u-time"> inside): another page's div of the same class with no time line is walked as usual.
_NBD_HEADER_CLASS = "g-article-top"


def _nbd_header(node: LexborNode) -> PageMeta | None:
    """The headline, outlet and time line of 每日经济新闻's page header, or None when ``node`` lacks its time line."""
    time_line = node.css_first("p.u-time")
    if time_line is None:
        return None

    def text_of(selector: str, within: LexborNode) -> str | None:
        found = within.css_first(selector)
        value = " ".join((found.text(deep=True) or "").split()) if found is not None else ""
        return value or None

    return PageMeta(text_of("h1", node), text_of("span.source", time_line), text_of("span.time", time_line))


# Under the header, 每日经济新闻's page may set a standfirst: <div class="g-article-abstract"> with empty decoration divs
# and one <p> a point, each opened by ◎ (◎上海周鸿宝奶奶几乎是A股最高龄股民。…). It sums the article up above the
# text (whose first paragraphs often say it again): the subtitle, not text.
_NBD_ABSTRACT_CLASS = "g-article-abstract"


_ABSTRACT_POINT = lazy(r"^◎")


def _nbd_abstract(node: LexborNode) -> tuple[str, ...]:
    """The points of 每日经济新闻's standfirst (their ◎ marks are dropped with the other bullets, bylines.without_bullet),
    or () when the div is not that shape: each <p> a ◎ point and no text outside them. Anything else in such a div
    (a paragraph of the article without its <p>) is walked as text, never lost."""
    points = tuple(p for p in (" ".join((p.text(deep=True) or "").split()) for p in node.css("p")) if p)
    if not points or not all(_ABSTRACT_POINT.match(p) for p in points):
        return ()
    everything = "".join((node.text(deep=True) or "").split())
    return points if everything == "".join("".join(p.split()) for p in points) else ()


# 快媒体 (kuai.media) posts are an aggregator's summary card, not the article: <a class="sum" href=…go.php…> holding
# a thumbnail (<div class="atc"><img class="tn">), the label <strong>摘要</strong>: , the first few hundred characters
# of the article cut off with " ...", and <span class="more"><img>点击阅读全文 @ifeng.com</span> naming the site the
# article is on. The text is the summary without its label and its cut-off mark; the site is where the article comes
# from. Read only when the card has that "more" link; any other <a class="sum"> is walked as usual.
_SUMMARY_CARD_CLASS = "sum"
_SUMMARY_LABEL = lazy(r"^\s*摘要\s*$")
_SUMMARY_LEAD = lazy(r"^\s*[:：]\s*")
_SUMMARY_CUT = lazy(r"\s+\.{3}\s*$")  # (the card's own mark: a space and three full stops)
# A tweet embedded in the article leaves, in the card's flattened summary, the tweet's link and its attribution glued
# to the text: ``https://t.co/n7g11MhLsHmdash; 自由亚洲电台 (@RFA_Chinese) April 14, 2022`` (the embed's ``&mdash;``
# lost its ampersand). Link, account and date are the embed's furniture; the tweet's own words stay.
_TWEET_ATTRIBUTION = lazy(r"\s*https?://t\.co/\S+?(?:&?mdash;|—)\s*(?P<account>[^()（）\n]{1,40}?)\s*[(（]@\w{1,30}[)）]\s*"
                          r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                          r"\s+\d{1,2},\s*\d{4}")
_READ_MORE_SITE = lazy(r"点击阅读全文\s*@\s*(?P<site>[A-Za-z0-9.\-]+\.[A-Za-z]{2,})\s*$")


def _summary_card(node: LexborNode) -> list | None:
    """The blocks of 快媒体's summary card (its thumbnail, the summary's paragraphs, a PageMeta naming the site it
    links to and the outlet an embedded tweet's account names), or None. A ``<br>`` or a block element inside the
    card starts a new paragraph (spec/cleaning rule 2)."""
    more = node.css_first("span.more")
    if more is None or not (site := _READ_MORE_SITE.search(" ".join((more.text(deep=True) or "").split()))):
        return None
    images: list = []
    parts: list[str] = []
    child = node.child
    while child is not None:
        tag = child.tag
        if tag == "-text":
            parts.append(child.text_content or "")
        elif tag == "br":
            parts.append("\n")
        elif tag == "strong" and _SUMMARY_LABEL.match(child.text(deep=True) or ""):
            pass  # the card's label
        elif tag == "span" and "more" in _tokens(child.attributes):
            pass  # the link to the full article (read above)
        elif tag == "img" or (tag == "div" and "atc" in _tokens(child.attributes)):
            for img in ([child] if tag == "img" else child.css("img")):
                if src := _image_src(img):
                    images.append(ImageRef(src))
        elif not tag.startswith(("-", "_")) and tag not in SKIP_TAGS:
            inner = _card_text(child)
            parts.append(f"\n{inner}\n" if tag in BLOCK_TAGS else inner)
        child = child.next
    summary = _SUMMARY_CUT.sub("", _SUMMARY_LEAD.sub("", "".join(parts).strip()))
    accounts = [m.group("account").strip() for m in _TWEET_ATTRIBUTION.finditer(summary)]
    summary = _TWEET_ATTRIBUTION.sub("", summary)
    paragraphs = [Paragraph(line.strip()) for line in summary.split("\n") if line.strip()]
    return [*images, *paragraphs, PageMeta(None, None, None, summary_only=True, site=site.group("site"),
                                           accounts=tuple(dict.fromkeys(accounts)))]


def _card_text(node: LexborNode) -> str:
    """The text of an element inside a summary card, a ``<br>`` in it kept as a line break."""
    if node.css_first("br") is None:
        return node.text(deep=True) or ""
    return "".join("\n" if n.tag == "br" else (n.text_content or "") for n in node.traverse(include_text=True)
                   if n.tag in ("-text", "br"))


def _image_src(node: LexborNode) -> str | None:
    attrs = node.attributes
    for key in ("src", "data-original", "data-src"):
        value = (attrs.get(key) or "").strip()
        if value:
            return value
    return None


def _embedded_card(attrs: dict, tokens: list[str]) -> bool:
    """An ``<a>`` the platform draws as a card for another page or a video (``_CARD_DRAFT_TYPES``, ``_CARD_CLASSES``)."""
    return attrs.get("data-draft-type") in _CARD_DRAFT_TYPES or any(token in _CARD_CLASSES for token in tokens)


def _profile(attrs: dict) -> bool:
    """An element of the answerer's profile (``_PROFILE_CLASSES``, read in its class attribute only)."""
    return any(token in _PROFILE_CLASSES for token in (attrs.get("class") or "").split())


def _has_token(node: LexborNode, pattern: re.Pattern) -> bool:
    return _any_token(_tokens(node.attributes), pattern)


# A short centred paragraph right after an image is that image's caption (观察者网: <p align="center"><span
# style="color:#666666;">涠洲岛 图自…</span></p> under <p align="center"><img></p>); prose is never centred there.
_CENTRED_CAPTION_TAGS = frozenset({"p", "div"})
_CENTRED = lazy(r"text-align\s*:\s*center", re.I)
_LONGEST_CENTRED_CAPTION = threshold("html", "longest_centred_caption")
# …覆盖率约10.5%。（图为疫苗接种现场/澎湃影像）: a longer centred paragraph is still the caption when it ends by saying
# what the picture shows (图为…) or whose it is (图/…).
_PICTURE_MARK_END = lazy(r"[（(]\s*图(?:为|片|\s*[/／])[^（）()]{0,40}[）)]$")
_LONGEST_CENTRED_CAPTION_WITH_MARK = threshold("html", "longest_centred_caption_with_mark")


def _numbered_lines(text: str) -> bool:
    """Whether the lines of the text node ``text`` hold a numbered list: ``shortest_line_list`` or more lines open with
    an item number (1、 or 1. but not 1.5), and those numbers count 1, 2, 3… in order (a second list may start again at
    1). A sentence broken across source lines, or a line that opens with a figure (2.5亿元…, 3、4个), shows no such run
    and keeps its line breaks as white space."""
    lines = text.split("\n")
    numbers = [number for number in _line_numbers(lines) if number is not None]
    plain = sum(bool(_LINE_ITEM_NUMBER.match(line)) for line in lines)  # (8.2021年… continues a run, never makes one)
    if plain < _SHORTEST_LINE_LIST or numbers[0] != 1:
        return False
    steps = list(zip(numbers, numbers[1:]))  # (a second list in the same node starts again at 1)
    return all(after in (before + 1, 1) for before, after in steps) and any(after == before + 1 for before, after in steps)


def _line_numbers(lines: list[str]) -> list[int | None]:
    """The item number that opens each of ``lines`` (1、 1. 1．), or None. ``N.`` before a figure (1.5亿元, but also
    8.2021年我国…, item 8 whose text opens with a year) is an item number only where it is the next one of the run;
    such a line continues a run and never makes one (:func:`_numbered_lines` counts only the plain item numbers)."""
    numbers: list[int | None] = []
    last = None
    for line in lines:
        number = None
        if match := _LINE_ITEM_NUMBER.match(line):
            number = int(match.group(1))
        elif (match := _LINE_ITEM_NUMBER_BEFORE_FIGURE.match(line)) and last is not None and int(match.group(1)) == last + 1:
            number = last + 1
        numbers.append(number)
        last = number if number is not None else last
    return numbers


def _list_items(text: str) -> list[str]:
    """The paragraphs of a text node that holds a numbered list (:func:`_numbered_lines`): a line break ends one before
    a line that opens with an item number or a sub-item mark (（1） ① 一、), after a line that ends a sentence (。！？；…)
    and at a blank line; any other break (an item or the lead-in wrapped over two source lines: 全体市民要配合核酸检测，\\n
    做到应检尽检。) is a wrap and stays in the paragraph as white space."""
    lines = text.split("\n")
    numbers = _line_numbers(lines)
    items = [lines[0]]
    for before, line, number in zip(lines, lines[1:], numbers[1:]):
        if (number is not None or _LINE_SUB_ITEM.match(line) or not line.strip() or not before.strip()
                or _SENTENCE_END_MARK.search(before.rstrip())):
            items.append(line)
        else:
            items[-1] += "\n" + line
    return items


def _after_image(out: list, buffer: list[str]) -> bool:
    """Nothing but white space since the last image."""
    if any(part.strip() for part in buffer):
        return False
    for block in reversed(out):
        if isinstance(block, Paragraph) and not block.text.strip():
            continue
        return isinstance(block, ImageRef)
    return False


def _last_image(out: list) -> ImageRef | None:
    """The image the stream ends with, past empty paragraphs (``None`` when something else ends it)."""
    for block in reversed(out):
        if isinstance(block, Paragraph) and not block.text.strip():
            continue
        return block if isinstance(block, ImageRef) else None
    return None


def _layout_caption(node: LexborNode) -> str | None:
    """The paragraph under a picture of 得到's editor, read as its caption: short (but not a bare number), no sentence
    end and no colon closing it, no picture, one paragraph (a block holding blocks is more than a caption) and not
    all in bold (a bold line under a picture is a subheading of what follows, not what the picture shows)."""
    text = (node.text(deep=True) or "").strip()
    if not _SHORTEST_LAYOUT_CAPTION <= len(text) <= _LONGEST_CENTRED_CAPTION or _SENTENCE_END_MARK.search(text):
        return None  # (a section number, 1, or a line that opens what follows, 以下为演讲全文：, is no caption)
    if node.css_first("img") is not None or text.endswith((":", "：")) or any(
            block.mem_id != node.mem_id for block in node.css(_NESTED_BLOCKS)):  # (the selector matches node itself)
        return None
    return None if _all_bold(node, text) else text


_NESTED_BLOCKS = ", ".join(sorted(BLOCK_TAGS - {"body", "html"}))  # (the block elements, as a CSS selector)


def _all_bold(node: LexborNode, text: str) -> bool:
    """Whether every character of ``text`` (the words of ``node``) stands inside ``<strong>`` or ``<b>``."""
    bold = "".join("".join((b.text(deep=True) or "").split()) for b in node.css("strong, b")
                   if not _inside_bold(b, node.mem_id))
    return bold == "".join(text.split())


def _inside_bold(element: LexborNode, stop_id: int) -> bool:
    """Whether ``element`` stands inside another ``<strong>``/``<b>`` below the node ``stop_id`` (counted once)."""
    parent = element.parent
    while parent is not None and parent.mem_id != stop_id:
        if parent.tag in ("strong", "b"):
            return True
        parent = parent.parent
    return False


def _digest_issue_link(root: LexborNode) -> tuple[int, str] | None:
    """The paragraph (its ``mem_id``) and inline label of a digest's link to an earlier issue, or ``None``. Only where a
    digest sets it: the one link of the body whose words open with a date and a bar (two or more are a list of the
    article's, a timeline), in a paragraph of that link (and its title's) and at most a label (:func:`_issue_link`), and
    nothing but pictures and white space after it to the end of the body (the issue's last line)."""
    found = [link for link in root.css("a[href]") if _ISSUE_LINK_DATE.match(link.text(deep=True) or "")]
    if len(found) != 1:
        return None
    paragraph = found[0].parent
    while paragraph is not None and paragraph.tag != "p":
        paragraph = paragraph.parent
    if paragraph is None or (label := _issue_link(paragraph)) is None or not _ends_body(paragraph, root.mem_id):
        return None
    return paragraph.mem_id, label


def _ends_body(node: LexborNode, root_id: int) -> bool:
    """Whether nothing a reader sees as text follows ``node`` up to the end of the body (pictures, empty paragraphs,
    scripts and comments may)."""
    while node is not None and node.mem_id != root_id:
        following = node.next
        while following is not None:
            tag = following.tag
            if not (tag in SKIP_TAGS or tag.startswith(("-comment", "_comment"))) and (
                    following.text(deep=True) or "").strip():
                return False
            following = following.next
        node = node.parent
    return True


def _issue_link(node: LexborNode) -> str | None:
    """The label before a digest's link to an earlier issue when ``node`` is such a paragraph ('' for no label), else
    ``None``: its links (one, or the date's and the title's side by side), whose words are a date, a bar and a title,
    and nothing but a short label before them (no words between or after the links, no picture)."""
    links = node.css("a")
    if not links or any(not (link.attributes.get("href") or "").strip() for link in links):
        return None
    words = "".join("".join((link.text(deep=True) or "").split()) for link in links)
    if not _ISSUE_LINK_TEXT.match(words) or node.css_first("img") is not None:
        return None
    whole = "".join((node.text(deep=True) or "").split())
    if not whole.endswith(words):
        return None  # (words after or between the links: a sentence that cites an issue, not the link line)
    label = whole[: len(whole) - len(words)]
    return label if len(label) <= _LONGEST_LINK_LABEL and not _SENTENCE_END_MARK.search(label) else None


def _drop_link_label(out: list) -> None:
    """Drop the label line (周末重磅) right before a digest's issue link: a short line with no sentence end and no colon
    (a short credit or source line there, 编辑：张三, 来源：X, is read by its own rules and stays)."""
    for index in range(len(out) - 1, -1, -1):
        block = out[index]
        if isinstance(block, Paragraph) and not block.text.strip():
            continue
        label = block.text.strip() if isinstance(block, Paragraph) else ""
        if (label and len(label) <= _LONGEST_LINK_LABEL and not _SENTENCE_END_MARK.search(label)
                and not _LABEL_COLON.search(label)):
            del out[index]
        return


def _centred_caption(node: LexborNode) -> str | None:
    attrs = node.attributes
    if (attrs.get("align") or "").lower() != "center" and not _CENTRED.search(attrs.get("style") or ""):
        return None
    text = (node.text(deep=True) or "").strip()
    longest = _LONGEST_CENTRED_CAPTION_WITH_MARK if _PICTURE_MARK_END.search(text) else _LONGEST_CENTRED_CAPTION
    return text if 0 < len(text) <= longest and node.css_first("img") is None else None


def _tokens(attrs: dict) -> list[str]:
    """The tokens of the element's class and id attributes (``attrs``: the element's attributes)."""
    return f"{attrs.get('class') or ''} {attrs.get('id') or ''}".split()


# Text a reader never sees is not the article's: a short run of text in an inline element whose own colour is too close
# to white to read on the page — the watermark some aggregators put after each paragraph (<font color="#F8F8F8">
# Mitbbs.com</font>), invisible on the site and left in the text by a plain extraction. Only that shape: hiding styles
# are not read (WeChat hides its whole body with visibility:hidden until a script shows it; "read more" blocks are
# display:none), a block is never dropped (a child may set its own colour), an element holding other elements is kept,
# and white text is read where the element or a parent sets a background that is not plain white (a heading on a red
# band or on a picture).
_INLINE_TAGS = frozenset("font span a b strong em i small sup sub u".split())
_STYLE_COLOUR = lazy(r"(?:^|;)\s*color\s*:\s*([^;]+)", re.I)
_BACKGROUND = lazy(r"background(?:-color|-image)?\s*:\s*([^;]+)", re.I)
_COLOUR_VALUE = lazy(r"#[0-9a-f]{3,6}\b|rgba?\([^)]*\)", re.I)
_HEX_COLOUR = lazy(r"#([0-9a-f]{3}|[0-9a-f]{6})\b", re.I)
_RGB_COLOUR = lazy(r"rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})", re.I)
_PLAIN_BACKGROUND_WORDS = frozenset({"transparent", "none", "inherit", "initial", "unset", "white", "!important"})
_FAINTEST_VISIBLE = threshold("html", "faintest_visible_channel")
_LONGEST_INVISIBLE_TEXT = threshold("html", "longest_invisible_text")


def _near_white(colour: str) -> bool:
    """A CSS or ``<font>`` colour whose red, green and blue are all above the faintest readable channel value."""
    colour = colour.strip().lower()
    if colour == "white":
        return True
    if match := _HEX_COLOUR.match(colour):
        digits = match.group(1)
        if len(digits) == 3:
            digits = "".join(d * 2 for d in digits)
        channels = [int(digits[i:i + 2], 16) for i in (0, 2, 4)]
    elif match := _RGB_COLOUR.match(colour):
        channels = [int(value) for value in match.groups()]
    else:
        return False
    return min(channels) > _FAINTEST_VISIBLE


def _plain_background(value: str) -> bool:
    """A CSS background that paints nothing or plain white: no picture, no gradient, no colour a text could show on."""
    value = value.strip().lower()
    if "url(" in value or "gradient(" in value:
        return False
    if colour := _COLOUR_VALUE.search(value):
        return _near_white(colour.group(0))
    return all(word in _PLAIN_BACKGROUND_WORDS for word in value.split())


def _invisible(node: LexborNode, attrs: dict) -> bool:
    """An inline element of text alone, short, in a near-white colour of its own, on no painted background."""
    if node.tag not in _INLINE_TAGS:
        return False
    style = attrs.get("style") or ""
    colour = attrs.get("color") or ((match := _STYLE_COLOUR.search(style)) and match.group(1)) or ""
    if not _near_white(colour):
        return False
    child = node.child
    while child is not None:  # text alone: an element inside may be a run of its own, in its own colour
        if child.tag != "-text":
            return False
        child = child.next
    if len((node.text(deep=True) or "").strip()) > _LONGEST_INVISIBLE_TEXT:
        return False
    ancestor: LexborNode | None = node
    while ancestor is not None:  # (rare: only near-white text climbs)
        own = ancestor.attributes or {}
        if any(not _plain_background(match.group(1)) for match in _BACKGROUND.finditer(own.get("style") or "")):
            return False
        if own.get("bgcolor") and not _near_white(own["bgcolor"]):
            return False
        if own.get("background"):  # the old attribute names a picture
            return False
        ancestor = ancestor.parent
    return True


def _any_token(tokens: list[str], pattern: re.Pattern) -> bool:
    return any(pattern.search(token) for token in tokens)


# A comment at the very end of a body, then white space only: ``<!--`` data ``-->``, the data without the characters
# that could make the tokenizer leave the comment state or change what it keeps (``<``, ``!``, ``-``, ``>``, ``&``,
# NUL, CR, U+FFFD) and not blank. Archive captures and copies often differ by such a trailing comment alone.
_TRAILING_COMMENT = lazy(r"<!--([^<>!\-&\x00\r\ufffd]*)-->([ \t\n\f]*)")
_LONGEST_TRAILING_COMMENT = threshold("html", "longest_trailing_comment")


def trailing_comment(html: str) -> tuple[str, str, str] | None:
    """``(prefix, data, tail)`` when ``html`` is ``prefix + "<!--" + data + "-->" + tail`` as the pattern above says
    (``data`` not blank, ``tail`` white space), else None.

    Why another body ``prefix + "<!--" + other + "-->" + tail`` (``other`` of the same pattern) has the same blocks
    and counts as ``html`` whenever :func:`comment_is_markup` holds for ``html`` — so that the build can take a
    capture's cleaning from another capture's without parsing it (:func:`imcovid.clean.article.clean_document`):

    * :func:`flatten_deep_markup`: both have the same number of ``<`` (the data holds none), and its tag pattern
      matches at the same places with the same name and closing marks (a match can run from the prefix into the
      comment, up to the ``>`` of ``-->``, whose groups are read from its start and from the ``-`` before ``>``):
      the same tags are dropped; :func:`comment_is_markup` asks that none is, so both bodies are parsed unchanged.
    * Tokenizing (WHATWG HTML, which lexbor implements): the state at the end of ``prefix`` is a function of the
      prefix (what follows is ``<!--`` in both, and no lookahead — a character reference's name — runs past a
      ``<``). :func:`comment_is_markup` found, in ``html``'s tree, a comment node whose data is ``data``, which the
      prefix does not hold: a comment's data is a run of consecutive input characters (NUL replaced, excluded here),
      and ``data`` can stand in ``html`` only where the pattern put it (it holds none of ``<!->`` to overlap the
      marks, is not blank to fit in the tail). So that comment began at the ``<`` of ``<!--`` in the data state —
      only the data state goes to the tag-open state that reads ``<!--`` as a comment. In ``other``'s body the same
      state meets the same ``<!--``, the data has no character that ends or changes a comment (``-``, ``<``, NUL,
      ``>`` first), so one comment token with data ``other`` is emitted, then the same tail and end of file.
    * Tree construction never reads a comment token's data (in every insertion mode a comment is inserted, or first
      flushes pending table text, the same for any data), so both trees are the same but for that comment's data.
    * :func:`html_to_blocks` never reads a comment's data: comment nodes are skipped uncounted, and
      ``text(deep=True)`` (captions, ``pre``) and text nodes' ``text_content`` leave comments out.

    ``tests/test_clean_body_memo.py`` checks the lexbor facts this rests on and the end result."""
    at = html.rfind("<!--")
    if at < 0 or len(html) - at > _LONGEST_TRAILING_COMMENT:
        return None
    found = _TRAILING_COMMENT.fullmatch(html, at)
    if found is None or not found.group(1).strip():
        return None
    return html[:at], found.group(1), found.group(2)


def comment_is_markup(prefix: str, data: str, comments: list[str], stats: HtmlStats) -> bool:
    """Whether the walk of ``prefix + "<!--" + data + "-->" + tail`` (its ``comments`` and ``stats``) shows that the
    trailing comment was read as a comment, in the data state, without dropping tags (see :func:`trailing_comment`)."""
    return stats.flattened_tags == 0 and data not in prefix and f"<!--{data}-->" in comments
