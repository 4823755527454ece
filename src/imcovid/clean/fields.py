"""Lines that carry metadata, not prose: source and original-title lines, editor and reporter credits, image
captions and credits. Each matcher returns what it found, so the caller moves it into its field."""

from __future__ import annotations

import re
from dataclasses import dataclass

_NAME = r"(?!责任编辑|责编|编辑|见习记者|特约记者|首席记者|记者|通讯员|摄影)[\u4e00-\u9fff·]{2,5}"
_NAMES = rf"{_NAME}(?:[ 、,，]+{_NAME})*"

# 原标题：T 来源：X  |  【来源：X】 | 来源：X | 文章来源：X
_ORIGINAL_TITLE = re.compile(r"^原标题[:：]\s*(?P<title>.+?)(?:\s*(?:来源|稿源)[:：]\s*(?P<source>[^\s]+.*?))?$")
_SEP = r"\s*[:：丨|｜]\s*"
_SOURCE_LINE = re.compile(rf"^[【\[]?\s*(?:文章|新闻|稿件|信息)?(?:来源|稿源){_SEP}(?P<source>[^【】\[\]]+?)\s*[】\]]?$")
_PAREN_SOURCE = re.compile(r"^[（(]\s*(?:图片|图|照片)?(?:来源|图源|稿源)\s*[:：]\s*(?P<source>.+?)\s*[)）]$")
_IMAGE_CREDIT_LINE = re.compile(r"^(?:[（(]\s*)?(?:图片来源|图源|图片|照片|供图|摄影|图)\s*[:：/]\s*(?P<source>.+?)\s*(?:[)）])?$")
# 责任编辑：王珊珊  编辑丨X  记者：X  (责编：温文)  (a short line made only of such credits; Sina appends an editor
# code such as SF055 to the name)
_CREDIT_SEGMENT = re.compile(
    rf"(?P<role>责任编辑|责编|主编|编辑|监审|校对|记者|通讯员|摄影|作者|撰文|文字|文){_SEP.replace(':：', ':：/')}"
    rf"(?P<names>{_NAMES})(?:[A-Za-z]{{1,3}}\d{{2,4}})?"
)
_ROLE = {"责任编辑": "editor", "责编": "editor", "主编": "editor", "编辑": "editor", "监审": "editor",
         "校对": "proofreader", "记者": "reporter", "通讯员": "correspondent", "摄影": "photographer",
         "摄": "photographer", "见习记者": "reporter", "特约记者": "reporter", "首席记者": "reporter",
         "作者": "author", "撰文": "author", "文字": "author", "文": "author"}
# Trailing byline: （内蒙古日报社融媒体记者 章奎） or (记者 张三 通讯员 李四) closing the last paragraph.
_TRAILING_BYLINE = re.compile(rf"[（(](?P<inner>[^（）()]{{0,30}}?(?:记者|通讯员)\s*{_NAMES}(?:\s+[^（）()]{{0,12}}?(?:记者|通讯员)\s*{_NAMES})*)\s*[)）]$")
_BYLINE_SEGMENT = re.compile(rf"(?P<outlet>[^\s（）()、]*?)(?P<role>见习记者|特约记者|首席记者|记者|通讯员)\s*(?P<names>{_NAMES})")
# Photo credit closing a caption: 内蒙古日报社融媒体记者袁永红摄 / 记者 张三 摄 / 张三/摄
_PHOTO_CREDIT = re.compile(rf"(?P<credit>(?P<outlet>[^，。；：、\s]{{0,20}}?)(?:记者|通讯员|摄影记者)?\s*(?P<names>{_NAME}(?:[、 ]{_NAME})*)\s*/?\s*摄(?:影)?)\s*$")
_CAPTION_LEAD = re.compile(r"^(?:图为|上图|下图|左图|右图|图[:：]|▲|△|↑|↓)")
_ATTRIBUTION = re.compile(
    r"据(?:[^，。；“”\"《》「」据\s]{0,12}?)[\"“《「]\s*(?P<name>[^\"”》」，。]{2,24}?)\s*[\"”》」]\s*"
    r"(?:微信公众号|官方微信|微信|官方微博|微博|客户端|公众号|官网|官方网站|网站|消息|报道|讯)"
)


@dataclass(frozen=True)
class Credit:
    role: str
    name: str


@dataclass(frozen=True)
class SourceLine:
    sources: tuple[str, ...]
    original_title: str | None = None
    credits: tuple[Credit, ...] = ()


def match_source_line(line: str) -> SourceLine | None:
    if m := _ORIGINAL_TITLE.match(line):
        source = m.group("source")
        return _with_credits(source, m.group("title").strip())
    if m := _SOURCE_LINE.match(line):
        return _with_credits(m.group("source"))
    if m := _PAREN_SOURCE.match(line):
        return SourceLine((m.group("source").strip(" \"“”'"),))
    return None


_TRAILING_SOURCE = re.compile(r"[【\[]\s*(?:来源|稿源)\s*[:：]\s*(?P<source>[^【】\[\]]+?)\s*[】\]]$")


def split_trailing_source(line: str) -> tuple[str, str] | None:
    """``…正文。【来源：X】`` → (``…正文。``, X)."""
    m = _TRAILING_SOURCE.search(line)
    if not m or m.start() == 0:
        return None
    return line[: m.start()].rstrip(), m.group("source")


def _with_credits(source: str | None, original_title: str | None = None) -> SourceLine:
    """``来源：北京日报客户端 记者：孙乐琪`` carries a credit after the outlet."""
    if not source:
        return SourceLine((), original_title)
    first = _CREDIT_SEGMENT.search(source)
    if first is None or first.start() == 0:
        return SourceLine((source.strip(),), original_title)
    credits = match_credit_line(source[first.start():]) or []
    return SourceLine((source[: first.start()].strip(),), original_title, tuple(credits))


def match_credit_line(line: str) -> list[Credit] | None:
    """A short line made only of credits (责任编辑：X 记者：Y)."""
    if len(line) > 60:
        return None
    line = line.strip("()（）")
    rest = _CREDIT_SEGMENT.sub("", line)
    if rest.strip(" |｜丨/、,，;；") or rest == line:
        return None
    return [Credit(_ROLE[m.group("role")], name) for m in _CREDIT_SEGMENT.finditer(line) for name in _split(m.group("names"))]


# A closing line that is only a reporter byline: 封面新闻记者杨力
_BYLINE_LINE = re.compile(rf"^(?P<outlet>[^\s，。：:、]{{2,16}}?)(?:全媒体|融媒体)?(?P<role>记者)\s*(?P<names>{_NAMES})$")


def match_byline_line(line: str) -> tuple[list[Credit], list[str]] | None:
    m = _BYLINE_LINE.match(line)
    if not m or len(line) > 40:
        return None
    return [Credit("reporter", n) for n in _split(m.group("names"))], [m.group("outlet")]


def split_trailing_byline(line: str) -> tuple[str, list[Credit], list[str]] | None:
    """``(line without byline, credits, outlets)`` when the line ends with a parenthesised reporter byline."""
    m = _TRAILING_BYLINE.search(line)
    if not m:
        return None
    credits: list[Credit] = []
    outlets: list[str] = []
    for seg in _BYLINE_SEGMENT.finditer(m.group("inner")):
        outlet = seg.group("outlet").strip()
        if outlet and outlet not in outlets:
            outlets.append(outlet)
        credits += [Credit(_ROLE[seg.group("role")], name) for name in _split(seg.group("names"))]
    if not credits:
        return None
    return line[: m.start()].rstrip(), credits, outlets


def match_image_credit(line: str) -> str | None:
    """A line that is only an image credit or image source: （来源："今日阿拉善"）, 图片来源：X."""
    if len(line) > 60:
        return None
    if _PAREN_SOURCE.match(line) or _IMAGE_CREDIT_LINE.match(line):
        return line
    return None


def split_caption(line: str) -> tuple[str | None, str, list[Credit]] | None:
    """``(caption, credit, credits)`` when the line ends with a photo credit (…记者袁永红摄)."""
    if len(line) > 200 or not line.endswith(("摄", "摄影")):
        return None
    m = _PHOTO_CREDIT.search(line)
    if not m:
        return None
    caption = line[: m.start("credit")].strip() or None
    names = _split(m.group("names"))
    return caption, m.group("credit").strip(), [Credit("photographer", n) for n in names]


def is_caption_lead(line: str) -> bool:
    return _CAPTION_LEAD.match(line) is not None and len(line) <= 200


def attributions(text: str) -> list[tuple[str, str]]:
    """Outlets an article says it is based on: ``据"内蒙古日报"微信公众号消息`` → (内蒙古日报, the phrase)."""
    return [(m.group("name").strip(), m.group(0)) for m in _ATTRIBUTION.finditer(text)]


def _split(names: str) -> list[str]:
    return [n for n in re.split(r"[ 、,，]+", names.strip()) if n]
