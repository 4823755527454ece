"""Lines that carry metadata, not prose: source and original-title lines, editor and reporter credits, image
captions and credits. Each matcher returns what it found, so the caller moves it into its field."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from imcovid.clean.lazy import lazy
from imcovid.clean.thresholds import threshold

# Lengths in characters (data/cleaning_thresholds.toml): a source's name, an image-credit line, a caption line
# ending with its credit; longer ones are prose.
_LONGEST_SOURCE_NAME = threshold("fields", "longest_source_name")
_LONGEST_IMAGE_CREDIT = threshold("fields", "longest_image_credit")
_LONGEST_CAPTION_LINE = threshold("fields", "longest_caption_line")

_NAME = r"(?!责任编辑|责编|编辑|见习记者|特约记者|首席记者|记者|通讯员|摄影)[\u4e00-\u9fff·]{2,5}"
_NAMES = rf"{_NAME}(?:[ 、,，]+{_NAME})*"

# 原标题：T 来源：X  |  【来源：X】 | 来源：X | 文章来源：X
_ORIGINAL_TITLE = lazy(r"^原标题[:：]\s*(?P<title>.+?)(?:\s*(?:来源|稿源)[:：]\s*(?P<source>[^\s]+.*?))?$")
_SEP = r"\s*[:：丨|｜]\s*"
# (内容综合：X、@Y、@Z等 / 综合自：X: a round-up names the outlets it was compiled from.)
_SOURCE_LINE = lazy(rf"^[▌■□◎●◆▶►|丨]?\s*[【\[]?\s*(?:(?:文章|新闻|稿件|信息|本文|图文|内容|资料)?(?:来源|稿源|供稿)|"
                          rf"(?:内容|信息|资料|新闻|本文)?综合(?:自)?){_SEP}(?P<source>[^【】\[\]]+?)\s*[】\]]?$")
_PAREN_SOURCE = lazy(r"^[（(]\s*(?:图片|图|照片|文章|新闻|稿件|信息|本文|内容)?(?:来源|图源|稿源)\s*[:：]\s*(?P<source>.+?)\s*[)）]$")
_IMAGE_CREDIT_LINE = lazy(r"^(?:[（(]\s*)?(?:(?:图片来源|照片来源|图源|图片|照片|供图|摄影|图)\s*[:：/／|｜丨]|"
                                # 图据珠海香洲官方微信, 图自网络, 图片来自新华社: 'picture from' without a colon
                                r"(?:图片|照片|图)(?:据|自|源自|来自|来源于|取自)|截图自|截自|"
                                # 图片由受访者提供, （图片由某某医院提供）
                                r"(?:图片|照片|图)由(?=.{1,24}提供))\s*(?P<source>.+?)\s*(?:[)）])?$")
# Photo credit closing a caption: 内蒙古日报社融媒体记者袁永红摄 / 记者 张三 摄 / 张三/摄
_PHOTO_CREDIT = lazy(rf"(?P<credit>(?P<outlet>[^，。；：、\s]{{0,20}}?)(?:记者|通讯员|摄影记者)?\s*(?P<names>{_NAME}(?:[、 ]{_NAME})*)\s*/?\s*摄(?:影)?)\s*$")
_CAPTION_LEAD = lazy(r"^(?:图为|上图|下图|左图|右图|图[:：]|▲|△|↑|↓)")
_ATTRIBUTION = lazy(
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
    compiled: bool = False  # the source is an outlet's compiler line (bylines.compiler_line read it)


def match_source_line(line: str, spaced: str | None = None) -> SourceLine | None:
    """``原标题：T 来源：X`` / ``【来源：X】`` / ``来源：X | 记者 Y`` / ``（来源：X）``. ``spaced`` is the line with the
    source's spaces, which separate an outlet from a credit after it; the names recorded are normalized."""
    spaced = spaced or line
    if m := _ORIGINAL_TITLE.match(line):
        source = _ORIGINAL_TITLE.match(spaced)
        return _with_credits(source.group("source") if source else m.group("source"), m.group("title").strip())
    if m := _SOURCE_LINE.match(spaced):
        return _with_credits(m.group("source"))
    if m := _PAREN_SOURCE.match(spaced):
        return _with_credits(m.group("source"))
    if _COMPILED_BY_OUTLET.match(line):  # (bylines.compiler_line, after the account ids are gone, tells)
        found = _with_credits(line)
        return found if found.compiled else None
    return None


# 每日经济新闻综合自京东官方微信号（ID：jd）、公开资料: an outlet's own line naming what it compiled its report from,
# with what bylines.compiler_line's whole-line reading does not take (an account's id in brackets).
_COMPILED_BY_OUTLET = lazy(r"^(?P<outlet>[\u4e00-\u9fff]{2,12}?)综合自\s*(?P<source>[^。！？!?]{2,80})$")


_TRAILING_SOURCE = lazy(r"[【\[]\s*(?:来源|稿源)\s*[:：]\s*(?P<source>[^【】\[\]]+?)\s*[】\]]$")


def split_trailing_source(line: str) -> tuple[str, str] | None:
    """``…正文。【来源：X】`` → (``…正文。``, X)."""
    m = _TRAILING_SOURCE.search(line)
    if not m or m.start() == 0:
        return None
    return line[: m.start()].rstrip(), m.group("source")


# A WeChat account's id after its name: 来源：某某发布（ID：moumou）.
_ACCOUNT_ID = lazy(r"\s*[（(]\s*(?:微信)?(?:ID|id|微信号)\s*[:：][^（）()]*[)）]")


def _with_credits(source: str | None, original_title: str | None = None) -> SourceLine:
    """``北京日报客户端 | 记者 孙乐琪`` carries a credit after the outlet; ``央视新闻、西安发布`` names two outlets."""
    from imcovid.clean import bylines  # bylines imports Credit from here
    from imcovid.clean.text import normalize_line

    if not source:
        return SourceLine((), original_title)
    source = _ACCOUNT_ID.sub("", source).strip()
    credits: tuple[Credit, ...] = ()
    for m in re.finditer(r"[\s|｜丨，,；;]+", source):
        if found := bylines.parse_byline(source[m.end():]):
            source, credits = source[: m.start()], found.credits
            break
    if (compiled := bylines.compiler_line(normalize_line(source), listed_only=True)) is not None:
        return SourceLine(tuple(compiled), original_title, credits, compiled=True)  # 来源：X综合(自)Y、Z
    names = [bylines.outlet_name(_account(normalize_line(n))) for n in re.split(r"[、]", source) if n.strip()]
    if any(len(n) > _LONGEST_SOURCE_NAME for n in names):
        names = [bylines.outlet_name(normalize_line(source))]
    return SourceLine(tuple(n for n in names if n), original_title, credits)


def _account(name: str) -> str:
    """``@宁波发布`` → 宁波发布, ``北京日报等`` → 北京日报: the handle's @ and a list's closing 等 are not the name."""
    name = name.lstrip("@＠ ")
    return name[:-1].rstrip() if name.endswith("等") and len(name) > 3 else name


# （来源："今日阿拉善"）, 来源：国家卫健委官网, 图片来源：X: a source label before the name, the whole line in brackets or not.
_SOURCE_LABELLED = lazy(r"^[（(]?\s*(?:图片|照片|图)?(?:来源|图源|稿源)\s*[:：]\s*(?P<name>.+?)\s*[)）]?$")
_NAME_QUOTES = "\"“”'‘’《》「」『』"


# 新华社资料图, 视觉中国供图, 某某医院提供, 视觉中国/图, （新华社发）: a source and the word saying it gave the picture.
_SOURCE_GAVE = lazy(r"^[（(]?\s*(?P<name>[^\s，。；：:（()）/／]{2,20}?)\s*(?:资料图|供图|提供|[/／]\s*图|发)\s*[)）]?$")
# 图/视觉中国, 摄影：张三, 图片：某某发布: a picture's or photographer's label before the name.
_ROLE_LABELLED = lazy(r"^[（(]?\s*(?:图片|照片|图|摄影|供图)\s*[:：/／|｜丨]\s*(?P<name>[^，。；]+?)\s*[)）]?$")
_PHOTO_ROLE = lazy(r"摄影记者|记者|通讯员|特约摄影")
# 受访者供图, 通讯员供图: a picture handed in by a role, not by a named source: the credit stays whole.
_HANDED_IN_BY_ROLE = frozenset({"受访者", "受访单位", "通讯员", "记者", "本报", "网络", "网友", "作者"})


def _without_outlet(name: str) -> str:
    """``新华社王五`` → 王五: an outlet glued before a photographer's name with no role word between (the outlet is
    before a name of three characters, else of two; an outlet is a known one or has an outlet's ending); any other name
    is returned as it is."""
    from imcovid.clean import bylines  # bylines imports Credit from here

    for cut in range(len(name) - 3, len(name) - 1):
        if cut >= 2 and bylines.is_outlet(name[:cut]):
            return name[cut:]
    return name


def credit_name(credit: str | None) -> str | None:
    """The name an image credit gives, without its label and role words: the credit is kept verbatim, as the
    cleaning contract and the gold have it, and a reader filtering by source or photographer wants the name.
    (1) A source label, brackets and quotes go (（来源："今日阿拉善"） → 今日阿拉善, 来源：国家卫健委官网 → 国家卫健委官网).
    (2) A photo credit gives its photographers' names, joined by 、 (内蒙古日报社融媒体记者袁永红摄 → 袁永红, 记者 张三 李四
    摄 → 张三、李四): the outlet and the role are not the name. (3) A source that gave the picture, without the word that
    says so (新华社资料图 → 新华社, 视觉中国/图 → 视觉中国); not a role that handed it in (受访者供图 stays whole).
    Anything else is its own name."""
    if credit is None:
        return None
    found = _SOURCE_LABELLED.match(credit)
    if found:
        return found["name"].strip(_NAME_QUOTES + " （）()") or credit
    name = found["name"].strip(_NAME_QUOTES) if (found := _ROLE_LABELLED.match(credit)) else credit
    if name.rstrip(" ）)").endswith(("摄", "摄影")):
        after_role = _PHOTO_ROLE.split(name.strip("（）() "))[-1]  # the names follow the last role word
        if photo := _PHOTO_CREDIT.search(after_role):
            return "、".join(_without_outlet(n) for n in _split(photo.group("names")))
    if gave := _SOURCE_GAVE.match(name):
        return credit if gave["name"] in _HANDED_IN_BY_ROLE else gave["name"].strip(_NAME_QUOTES)
    return name or credit


def match_image_credit(line: str) -> str | None:
    """A line that is only an image credit or image source: （来源："今日阿拉善"）, 图片来源：X."""
    if len(line) > _LONGEST_IMAGE_CREDIT:
        return None
    if _PAREN_SOURCE.match(line) or _IMAGE_CREDIT_LINE.match(line):
        return line
    return None


# 照片来源：无锡观察 among the closing credits, away from any image: the source of the post's pictures.
_PICTURES_SOURCE = lazy(r"^[（(]?\s*(?:(?:图片来源|照片来源|图源)\s*[:：]\s*[^，。；：:]{1,30}?|"
                              r"(?:本文)?(?:图片|照片)均?(?:来自|来源于|源自)[^，。；：:]{1,20}?)\s*[)）]?$")


# 图片：通讯员供图, 图/受访者提供, 照片：受访单位供图, 配图：某某医院供图: the post's pictures credited to no one
# by name — to a role, or to whoever handed them in.
_PICTURES_HANDOUT = lazy(r"^[（(]?\s*(?:图片|照片|配图|图)\s*[:：/／|｜丨]\s*(?:由)?"
                               r"(?:(?:通讯员|受访者|受访单位|记者|本报|网络|网友)(?:供图|提供|拍摄|摄)?"
                               r"|[^，。；：:]{1,20}?(?:供图|提供))\s*[)）]?$")


# 封面图片来源：摄图网 closing a 每日经济新闻 page (its template adds the line when the cover picture is not shown in
# the text), 题图来源：X: the credit of the cover picture, which the front matter's image is; a whole line only.
_COVER_CREDIT = lazy(r"^[（(]?\s*(?:封面图片|封面图|题图)(?:来源|来自|来源于)\s*[:：]\s*(?P<credit>[^，。；：:]{1,30}?)\s*[)）]?$")


def match_cover_credit(line: str) -> str | None:
    """The credit a whole ``封面图片来源：X`` line gives the cover picture, else None."""
    return m.group("credit") if (m := _COVER_CREDIT.match(line)) else None


def match_pictures_credit(line: str) -> str | None:
    """A line that names where the post's pictures come from (图片来源：X, 照片来源：X, 图片：通讯员供图),
    wherever it stands."""
    return line if _PICTURES_SOURCE.match(line) or _PICTURES_HANDOUT.match(line) else None


def split_caption(line: str) -> tuple[str | None, str, list[Credit]] | None:
    """``(caption, credit, credits)`` when the line ends with a photo credit (…记者袁永红摄)."""
    if len(line) > _LONGEST_CAPTION_LINE or not line.endswith(("摄", "摄影")):
        return None
    m = _PHOTO_CREDIT.search(line)
    if not m:
        return None
    caption = line[: m.start("credit")].strip() or None
    names = _split(m.group("names"))
    return caption, m.group("credit").strip(), [Credit("photographer", n) for n in names]


def is_caption_lead(line: str) -> bool:
    return _CAPTION_LEAD.match(line) is not None and len(line) <= _LONGEST_CAPTION_LINE


def attributions(text: str) -> list[tuple[str, str]]:
    """Outlets an article says it is based on: ``据"内蒙古日报"微信公众号消息`` → (内蒙古日报, the phrase)."""
    return [(m.group("name").strip(), m.group(0)) for m in _ATTRIBUTION.finditer(text)]


def _split(names: str) -> list[str]:
    return [n for n in re.split(r"[ 、,，]+", names.strip()) if n]


# A caption with its credit after it, split where the source separates them (a space, or the end of a sentence):
# '12月21日，西安市民排队准备进行核酸检测 图源：视觉中国', '…新闻发布会。来源：国新网',
# '航拍吉林农业科技学院。 （视觉中国/图）', '珠海机场值机口（央广网发 珠海机场供图）'.
# ('涠洲岛 图自某某旅游区网站', '会议现场（来源：某某广播电视台新闻频道）': 图自 "picture from", a bracketed source.)
_CREDIT_TAIL = lazy(r"(?:(?<=\s)|(?<=[。！？!?]))(?P<credit>(?:(?:图源|图片来源|图片|来源|摄影|图)\s*[:：/／|｜丨]|图自)"
                          r"\s*@?[^，。：:]{1,30}?)\s*$")
_PAREN_CREDIT_TAIL = lazy(r"(?P<credit>[（(](?:[^（）()]{1,30}(?:供图|/\s*图|／图|摄|图片|资料图)|"
                                r"\s*(?:图片来源|图源|来源)\s*[:：][^（）()]{2,30})\s*[)）])\s*$")
# A line that is only an image's credit: 新华社资料图, 受访者供图, 视觉中国/图
_CREDIT_ONLY = lazy(r"^[（(]?[^\s，。；：:（()）]{1,20}(?:资料图|供图|/\s*图|图片)[)）]?$")
# 视觉中国 图, 某某发布 图: a source and 图 after a space.
_SPACED_PICTURE = lazy(r"^[^\s，。；：:（()）]{2,20}\s+图$")
# A photo credit without a role word, the name cut off by a space or a slash: '春运期间的北京南站 牛宏超 / 摄'
_BARE_PHOTO = lazy(r"(?P<name>[\u4e00-\u9fff·]{2,5})\s*/\s*摄$|\s(?P<name2>[\u4e00-\u9fff·]{2,5})\s*摄$")


@lru_cache(maxsize=1)
def _agency_tail() -> re.Pattern:
    """A picture agency's name alone in brackets closing a caption: '南京"猎鹰号"实验室。（视觉中国）'."""
    from imcovid.clean import bylines  # bylines imports Credit from here

    names = "|".join(map(re.escape, bylines.tables().pictures))
    return re.compile(rf"(?P<credit>[（(]\s*(?:{names})\s*(?:/\s*图|供图|发|图)?\s*[)）])\s*$", re.I)


@lru_cache(maxsize=1)
def _agency_only() -> re.Pattern:
    """A line that is only a picture agency's credit: 新华社发, 视觉中国供图."""
    from imcovid.clean import bylines

    names = "|".join(map(re.escape, bylines.tables().pictures))
    return re.compile(rf"^[（(]?\s*(?:{names})\s*(?:/\s*图|供图|发|图)?\s*[)）]?$", re.I)


_SHOWN_AND_CREDIT = lazy(r"\s*[（(]\s*(?P<shown>图为[^（）()/／]{1,40}?)\s*[/／]\s*(?P<credit>[^（）()/／]{2,20})\s*[）)]$")


def split_caption_credit(spaced: str) -> tuple[str | None, str] | None:
    """``(caption, credit)`` of a caption line that ends with its image's credit; works on the line with the
    source's spaces, since they mark where the caption ends."""
    if len(spaced) > _LONGEST_CAPTION_LINE:
        return None
    if _CREDIT_ONLY.match(spaced.replace(" ", "")) or _SPACED_PICTURE.match(spaced) or _agency_only().match(spaced):
        return None, spaced
    if m := _SHOWN_AND_CREDIT.search(spaced):
        # …覆盖率约10.5%。（图为疫苗接种现场/澎湃影像）: what the picture shows stays in the caption, after the slash
        # is its credit.
        return (spaced[: m.start()] + m.group("shown")).strip() or None, m.group("credit").strip()
    m = _CREDIT_TAIL.search(spaced) or _PAREN_CREDIT_TAIL.search(spaced) or _agency_tail().search(spaced)
    if m:
        caption = spaced[: m.start("credit")].strip()
        return caption or None, m.group("credit").strip()
    if m := _BARE_PHOTO.search(spaced):
        name = m.group("name") or m.group("name2")
        start = m.start("name") if m.group("name") else m.start("name2")
        if m.group("name") and start > 0 and not spaced[start - 1].isspace() and len(name) > 3:
            # Glued to the caption ('北京南站牛宏超 / 摄'): a Chinese name is most often three characters.
            start += len(name) - 3
        caption = spaced[:start].strip(" ，,")
        return caption or None, spaced[start:].strip()
    return None


def photo_credit_names(credit: str) -> list[str]:
    m = _BARE_PHOTO.search(credit) or _PHOTO_CREDIT.search(credit)
    if not m:
        return []
    names = m.groupdict().get("names") or m.groupdict().get("name") or m.groupdict().get("name2") or ""
    return _split(names)


# ● 2022年3月14日凌晨，上海第六人民医院。: a caption set as a bulleted line right under its picture (ZAKER's
# 精读 features); the bullet is layout.
_BULLET_CAPTION = lazy(r"^[●•▲△]\s*(?P<caption>[^●•▲△]{4,120})$")


def bullet_caption(line: str) -> str | None:
    """The caption of a bulleted line (only asked of a line right under an image), else None."""
    m = _BULLET_CAPTION.match(line)
    return m.group("caption").strip() if m else None
