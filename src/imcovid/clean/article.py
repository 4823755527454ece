"""Parsed document → cleaned article fields, per the cleaning contract (``docs/codebook.md`` states each rule).

Pure: no I/O. The output is plain data for the ``Article`` model plus what provenance needs (step counts, the
outlets with their evidence, the rights statement).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from imcovid.clean import boilerplate, bylines, fields, urls
from imcovid.clean.damage import count_damage
from imcovid.clean.dates import from_page_header, note_year_missing, parse_published
from imcovid.clean.fields import Credit
from imcovid.clean.outlets import canonical_outlets
from imcovid.clean.html import Caption, ImageRef, PageMeta, Paragraph
from imcovid.clean.lazy import lazy
from imcovid.clean.pinyin import strip_pinyin
from imcovid.clean.redact import redact
# (CleanedArticle, the memo's look-up and its key's parts live in imcovid.clean.result, which imports no rule module.)
from imcovid.clean.result import (BODY_KEYS_MAX_BYTES, CleanedArticle, Prepared, _blanked_fields,  # noqa: F401
                                  _fields, _settings, finish, look_up, platform_name)
from imcovid.clean.script import changed_chars, detect_script, to_simplified
from imcovid.clean.text import clean_line, clean_line_spaced, collapse_spaces, normalize_line
from imcovid.clean.thresholds import threshold
from imcovid.config import BuildConfig
from imcovid.memo import memo
from imcovid.readers.document import ParsedDocument, SourceRejected

# A short opening line with no sentence end under the title is a subtitle (data/cleaning_thresholds.toml).
_SUBTITLE_MAX = threshold("article", "subtitle_max")
_SITE_IN_FOOTER = lazy(r"^(?P<site>[^\s:：]{2,12}?)(?:版权(?:与|和)?免责声明|版权声明)")


@dataclass
class Line:
    """A paragraph in the source's script (``orig``) and in Simplified (``simp``); equal for Simplified sources."""

    orig: str
    simp: str
    raw: str
    glosses: int = 0  # pinyin glosses removed from this line
    converted: int = 0  # characters tw2s changed in this line
    spaced: str = ""  # ``simp`` with the source's spaces next to CJK kept: where bylines and captions split

    def __post_init__(self) -> None:
        self.spaced = self.spaced or self.simp


def clean_document(doc: ParsedDocument, config: BuildConfig, prepared: Prepared | None = None) -> CleanedArticle:
    """The cleaned fields of ``doc``: from a memo when one holds them (:func:`imcovid.clean.result.look_up`, whose
    answer ``prepared`` is when the caller looked it up already), else made by :func:`_clean` and memoized."""
    prepared = prepared if prepared is not None else look_up(doc, config)
    if prepared.result is not None:
        return prepared.result
    result = memo("clean").made(prepared.key, lambda: _clean(prepared.content, config, prepared.parsed))
    return finish(result, prepared.key, prepared.remember)


def _clean(doc: ParsedDocument, config: BuildConfig, parsed: tuple | None) -> CleanedArticle:
    steps: Counter = Counter()
    for flag in doc.flags:  # decoded_gb18030, decoded_big5, decoded_utf16, decoded_with_replacement …
        if flag.startswith("decoded_"):
            steps[flag.replace("decoded_", "decode_", 1)] += 1
    if "markdown_body" in doc.flags:
        steps["render_markdown"] += 1
    if doc.format == "hexo":
        units, title_raw = _hexo_units(*parsed, steps), doc.title
        subtitle_lines: list[str] = []
    else:
        units, title_raw, subtitle_lines = _plaintext_units(doc, steps)
    if not title_raw or not clean_line(title_raw)[0]:
        raise SourceRejected("missing or empty title", format=doc.format, encoding=doc.encoding)

    # Script: decided on the whole body, so every line is converted the same way.
    body_sample = "\n".join(u.raw for u in units if isinstance(u, Line))
    script = detect_script(body_sample + (title_raw or ""))
    convert = script == "zh-Hant"

    def finish(text: str, body: bool = True) -> Line:
        cleaned, spaced, counts = clean_line_spaced(text, body=body)
        steps.update(counts)
        cleaned, glosses = strip_pinyin(cleaned)
        if glosses:
            cleaned = clean_line(cleaned, body=body)[0]
            spaced = collapse_spaces(strip_pinyin(spaced)[0])
        simp = to_simplified(cleaned) if convert else cleaned
        if convert:
            spaced = to_simplified(spaced) if spaced != cleaned else simp
        return Line(cleaned, simp, text, glosses, changed_chars(cleaned, simp) if convert else 0, spaced)

    title = finish(title_raw, body=doc.format != "hexo")
    subtitles = [finish(s) for s in subtitle_lines]
    subtitles = [s for s in subtitles if s.simp]
    lines = [finish(u.raw) if isinstance(u, Line) else u for u in units]

    extracted = _extract_fields(lines, doc, steps, title.simp)
    body: list[Line] = extracted["body"]
    if extracted["abstract"]:  # the outlet's standfirst (html.PageMeta.abstract): subtitle lines, after any other
        points = [s for s in (finish(bylines.without_bullet(point)) for point in extracted["abstract"]) if s.simp]
        subtitles += [p for p in points if p.simp not in {s.simp for s in subtitles}]
    if not body:
        dropped = steps["drop_promotion"] + steps["drop_rights_notice"]
        reason = (
            f"body contains only boilerplate ({dropped} promotion or rights lines dropped, nothing else left)"
            if dropped
            else "body is empty after cleaning"
        )
        raise SourceRejected(reason, format=doc.format, encoding=doc.encoding)

    # Counted on what is published (title, subtitles, body with its byline), not on dropped footers.
    published = [title, *subtitles, *body]
    steps["strip_pinyin"] += sum(line.glosses for line in published)
    steps["opencc_tw2s"] += sum(line.converted for line in published)
    text, text_orig, redactions = _finish_body(body, steps)
    for image in extracted["images"]:
        if image["caption"]:
            image["caption"], counts = redact(image["caption"])
            redactions += sum(counts.values())
            steps["redact_contact_data"] += sum(counts.values())

    glosses = steps["strip_pinyin"]
    damaged = count_damage(text) + count_damage(title.simp) + sum(count_damage(s.simp) for s in subtitles)
    date = parse_published(doc.date_raw, config) if doc.format == "hexo" else parse_published(None, config)
    date = note_year_missing(from_page_header(date, extracted["header_time"], config), text)

    flags = list(doc.flags)
    if date.flag:
        flags.append(date.flag)
    if extracted["summary_only"]:
        flags.append("aggregator_summary")  # (快媒体's card: the text is the first few hundred characters, cut off)
    if convert:
        flags.append("converted_from_traditional")
    if glosses:
        flags.append("pinyin_removed")
    if damaged:
        flags.append("damaged")
    if redactions:
        flags.append("redacted_contact_data")

    platform, platform_evidence = _platform(doc, extracted["rights"])
    cover = None
    if doc.headimg:
        cover_url, _ = urls.unwrap(doc.headimg)
        if (urls.is_web_url(cover_url) and not urls.is_placeholder(cover_url)
                and not urls.is_site_default_cover(cover_url, platform)):
            cover = cover_url
    outlets = _drop_short_forms(_dedupe_outlets(extracted["outlets"]))
    article = {
        "source_format": doc.format,
        "source_script": script,
        "title": title.simp,
        "subtitle": "\n".join(s.simp for s in subtitles) or None,
        "text": text,
        "text_original_script": text_orig if convert else None,
        "published_at": date.published_at,
        "published_date_local": date.local_date,
        "date_note": date.note,
        "platform": platform,
        "categories": list(doc.categories),
        "original_sources": [name for name, _ in outlets],
        "original_outlets": canonical_outlets([name for name, _ in outlets]),
        "original_title": extracted["original_title"],
        "credits": _dedupe_credits(extracted["credits"]),
        "images": extracted["images"],
        "cover_image": cover,
        "rights_statement": "\n".join(extracted["rights"]) or None,
        "damage": {"pinyin_glosses_removed": glosses, "damaged_spans": damaged},
        "redactions": redactions,
        "flags": flags,
    }
    return CleanedArticle(article, steps, outlets, platform_evidence, flags, extracted["linked_site"])


def _hexo_units(blocks: list, stats, steps: Counter) -> list:
    steps["flatten_deep_markup"] += stats.flattened_tags
    steps["skip_markup"] += stats.skipped_elements + stats.promo_subtrees + stats.hidden_subtrees + stats.card_subtrees + stats.chrome_subtrees
    steps["read_page_header"] += stats.page_headers
    steps["html_to_paragraphs"] += len(blocks)
    steps["split_line_list"] += stats.line_list_breaks
    units: list = []
    for block in blocks:
        if isinstance(block, Paragraph):
            units.append(Line(block.text, block.text, block.text))
        else:
            units.append(block)
    return units


def _plaintext_units(doc: ParsedDocument, steps: Counter) -> tuple[list, str | None, list[str]]:
    raw_lines = [line for line in doc.body.split("\n")]
    content = [(i, line) for i, line in enumerate(raw_lines) if clean_line(line)[0]]
    if not content:
        return [], None, []
    title = content[0][1]
    rest = content[1:]
    subtitles: list[str] = []
    # Short lines right after the title, before the first sentence, are subtitles (a dek of one or two lines).
    while rest and len(rest) > 1 and len(strip_pinyin(clean_line(rest[0][1])[0])[0]) <= _SUBTITLE_MAX and not _SENTENCE_END.search(clean_line(rest[0][1])[0]):
        subtitles.append(rest[0][1])
        rest = rest[1:]
        if len(subtitles) == 3:
            break
    return [Line(line, line, line) for _, line in rest], title, subtitles


def _extract_fields(lines: list, doc: ParsedDocument, steps: Counter, title: str) -> dict:
    body: list[tuple[int, Line]] = []  # (index of the unit, line): the index orders what moves out
    images: list[dict] = []
    credits: list[tuple[tuple, fields.Credit]] = []
    outlets: list[tuple[tuple, str, str]] = []  # (rank, outlet, evidence)
    rights: list[str] = []
    original_title = None
    compiler_open = False  # (the last line was a compiler's line ending in 、: its list goes on in the next one)
    abstract: tuple[str, ...] = ()  # (the outlet's standfirst, html.PageMeta.abstract)
    summary_only = False  # (the text is an aggregator's cut-off summary, html.PageMeta.summary_only)
    header_time = None  # (the time line of the outlet's page header: the date when the front matter has none)
    linked_site = None  # (the site an aggregator's card links to: provenance evidence, not an original source)
    after_image: dict | None = None

    def credit(rank: tuple, found) -> None:
        credits.extend((rank, c) for c in found)

    def outlet(rank: tuple, names, evidence: str) -> None:
        outlets.extend((rank, name, evidence) for name in names)

    # (The platform that carries the post, as the front matter names it: a report it compiled itself names the
    # outlets it compiled from; a Q&A platform's post is an answer, with its header and sign-off.)
    platform = platform_name(doc)
    answer_page = boilerplate.is_answer_platform(platform)
    footer_start = _footer_start(lines)
    recommended = _recommended_titles(lines, answer_page)
    credit_line_at = -1  # (index of the last whole credit line moved out: what follows it closes the post)
    previous_text = ""  # (the text line before, for a video player's label and duration)
    seen_text = False  # (a text line came before: a Q&A platform's answer header opens the post only)
    for index, unit in enumerate(lines):
        if isinstance(unit, PageMeta):
            header = _page_meta(unit, title)
            if header["source"]:
                outlet((index, 0), [header["source"]], f"the outlet named in the page's header: {unit.source!r}")
            for account in header["accounts"]:
                outlet((index, 0), [account], f"the account of the tweet embedded in the card's summary: {account!r}")
            linked_site = linked_site or header["site"]
            original_title = original_title or header["headline"]
            header_time = header_time or unit.time
            abstract = abstract or unit.abstract
            summary_only = summary_only or unit.summary_only
            steps["move_source_lines"] += 1
            continue
        if isinstance(unit, ImageRef):
            image = _image(unit.src, steps)
            after_image = image
            if image is not None:
                images.append(image)
            continue
        if isinstance(unit, Caption):
            caption = bylines.without_bullet(clean_line(unit.text)[0] or "")  # (● 2022年3月14日凌晨，…: layout)
            if caption and images:
                images[-1]["caption"] = caption
                if pair := fields.split_caption_credit(" ".join(unit.text.split())):  # 涠洲岛 图自…: its credit
                    images[-1]["caption"] = normalize_line(pair[0]) if pair[0] else None
                    images[-1]["credit"] = normalize_line(pair[1])
                steps["move_captions"] += 1
            continue
        line = unit
        if not line.simp:
            continue
        rank = (index, 0)
        previous_image, after_image = after_image, None
        first_line, seen_text = not seen_text, True
        if first_line and (answerer := boilerplate.answer_author(line.simp, platform)):
            credit(rank, [Credit("author", answerer)])  # 纯洁的微笑的回答 above a 知乎 answer: the answerer
            steps["move_credits"] += 1
            continue
        if footer_start is not None and index >= footer_start:
            rights.append(line.raw.strip())
            steps["drop_rights_notice"] += 1
            continue
        if note := bylines.republication_note(line.spaced):
            outlet(rank, [note.outlet], f"the aggregator's note on the republished post: {line.simp!r}")
            credit(rank, note.credits)
            if note.rights:
                rights.append(note.rights)
            original_title = original_title or note.original_title
            steps["move_source_lines"] += 1
            continue
        if index in recommended:  # the titles listed under 相关推荐 at the end: a widget, not prose
            steps["drop_promotion"] += 1
            continue
        # (A picture's credit right under the picture is that picture's: the caption rules below take it.)
        if (found := _credit_line(line)) and not (previous_image is not None and bylines.is_picture_credit(line.spaced)):
            credit(rank, found.credits)
            outlet(rank, found.outlets, f"reporter byline in the text: {line.simp!r}")
            steps["move_credits"] += 1
            credit_line_at = index
            continue
        if boilerplate.is_promotion(line.simp, answer_page):
            if name := bylines.source_from_line(line.spaced):
                outlet(rank, [name], f"source named in a promotion line: {line.simp!r}")
            steps["drop_promotion"] += 1
            continue
        if boilerplate.is_rights_notice(line.simp):
            rights.append(line.orig)
            if name := bylines.source_from_line(line.spaced) or bylines.source_in_notice(line.spaced):
                outlet(rank, [name], f"first publisher named in the rights notice: {line.simp!r}")
            steps["drop_rights_notice"] += 1
            continue
        if previous_image is not None and (image_credit := fields.match_image_credit(line.simp)):
            previous_image["credit"] = image_credit  # （来源："今日阿拉善"） under a photo credits the photo
            steps["move_captions"] += 1
            continue
        if (cover_credit := fields.match_cover_credit(line.simp)) is not None:
            # the cover picture's credit (the front matter's image): not text; a photographer it names is credited
            credit(rank, _cover_photographers(cover_credit))
            steps["drop_cover_credit"] += 1
            continue
        if images and (pictures_credit := fields.match_pictures_credit(line.simp)):
            for image in images:  # 照片来源：X among the closing credits: the credit of every picture without one
                image["credit"] = image["credit"] or pictures_credit
            steps["move_captions"] += 1
            continue
        if (compiled := bylines.compiler_line(line.simp, platform)) is not None:
            outlet(rank, compiled, f"the outlet that compiled the report: {line.simp!r}")
            steps["move_source_lines"] += 1
            compiler_open = line.simp.endswith("、")
            continue
        if compiler_open and (names := bylines.listed_outlets(line.simp)):
            # 每日经济新闻综合自环球网、 / 央视新闻、中新网、界面新闻等: the list goes on in the next paragraph
            outlet(rank, names, f"the outlets of a compiler's line, continued: {line.simp!r}")
            steps["move_source_lines"] += 1
            compiler_open = line.simp.endswith("、")
            continue
        compiler_open = False
        if source := fields.match_source_line(line.simp, line.spaced):
            outlet(rank, source.sources, f"source line in the text: {line.simp!r}")
            original_title = original_title or source.original_title
            credit(rank, source.credits)
            steps["move_source_lines"] += 1
            compiler_open = source.compiled and line.simp.endswith("、")  # (来源：X综合自Y、 / Z、W: one list)
            continue
        if name := bylines.source_from_line(line.spaced):
            outlet(rank, [name], f"source line in the text: {line.simp!r}")
            steps["move_source_lines"] += 1
            continue
        if names := bylines.compiled_sources(line.spaced):
            outlet(rank, names, f"the sources of a compiled report: {line.simp!r}")
            steps["move_source_lines"] += 1
            continue
        if previous_image is not None and _attach_caption(previous_image, line, credits, rank):
            steps["move_captions"] += 1
            continue
        if previous_image is not None and (caption := fields.bullet_caption(line.simp)):
            previous_image["caption"] = caption  # (after the caption rules: a bulleted caption may carry a credit)
            steps["move_captions"] += 1
            continue
        if photographer := bylines.caption_photographer(line.spaced):
            # A picture's caption with its photographer where the picture itself is gone (the top picture of a
            # ZAKER post): not text; the photographer is credited.
            credit(rank, [Credit("photographer", photographer)])
            steps["move_captions"] += 1
            continue
        before, previous_text = previous_text, line.simp
        if boilerplate.is_player_remnant(line.simp, before):
            steps["drop_promotion"] += 1
            continue
        if (cut := bylines.trailing_byline(line.spaced)) and line.spaced[: cut.start].strip():
            # …确诊病例。（总台记者 修治国） closing a paragraph inside a compilation, not only the last one
            credit(rank, cut.byline.credits)
            outlet(rank, cut.byline.outlets, f"reporter byline closing a paragraph: {cut.what!r}")
            steps["move_credits"] += 1
            line = _keep_prefix(line, _nonspace(line.spaced[: cut.start]))
        if trailing := fields.split_trailing_source(line.simp):
            kept, source_name = trailing
            outlet(rank, [source_name], f"source note closing a paragraph: {line.simp[len(kept):]!r}")
            steps["move_source_lines"] += 1
            line = _keep_prefix(line, _nonspace(kept))
        outlet(rank, [name for name, _ in fields.attributions(line.simp)],
               f"attribution in the text: {line.simp!r}")
        if account := bylines.channel_account(line.simp):
            outlet(rank, [account], f"account cited opening a paragraph: {line.simp[:60]!r}")
        body.append((index, line))

    if body:
        _opening(body, title, steps, credit, outlet)
    if body and _page_counter(body, credit_line_at):
        body.pop()
        steps["drop_promotion"] += 1
    if body:
        _closing(body, steps, credit, outlet)
    return {"body": [line for _, line in body], "images": images,
            "credits": [c for _, c in sorted(credits, key=lambda item: item[0])],
            "outlets": _source_outlets(outlets),
            "rights": rights, "original_title": original_title, "header_time": header_time,
            "abstract": abstract, "summary_only": summary_only, "linked_site": linked_site}


def _page_meta(meta: PageMeta, title: str) -> dict:
    """The outlet and the headline a page header or summary card gives (:class:`PageMeta`): the headline is the
    original title where it differs from the post's title (the archive's title is often a shortened or cut-off
    form of it), and nothing where it only repeats the title. A card's outlet is only what it names: the account of
    a tweet embedded in the summary when that is an outlet's name (自由亚洲电台 (@RFA_Chinese)); the site it links
    to (rfa.org, 163.com: often a portal or an aggregator, not the writer) is no outlet's name and goes to the
    provenance as the card's link, without ``www.``/``m.``."""
    headline = clean_line(meta.headline)[0] if meta.headline else None
    source = normalize_line(meta.source) if meta.source else None
    if headline and (headline == title or bylines.repeats_title(headline, title)):
        headline = None
    accounts = [bylines.outlet_name(a) for a in (normalize_line(a) for a in meta.accounts) if bylines.is_outlet(a)]
    site = _SITE_PREFIX.sub("", meta.site.lower()) if meta.site else None
    return {"headline": headline or None, "source": bylines.outlet_name(source) if source else None,
            "accounts": accounts, "site": site}


_SITE_PREFIX = lazy(r"^(?:www|m|wap)\.")


def _cover_photographers(credit: str) -> list[Credit]:
    """The photographers a cover picture's credit names (``封面图片来源：每经记者 张怀水 摄``): credited like any
    photographer (spec/cleaning rule 5: credits are moved, not lost); a credit naming an agency or a stock library
    (摄图网, 视觉中国) names no one."""
    found = bylines.parse_byline(credit)
    return [c for c in found.credits if c.role == "photographer"] if found else []


# A bare number (a page counter, a widget's count) or a short label without punctuation (a column's tag, 专题).
_BARE_LABEL = lazy(r"^(?:\d{1,3}|[\u4e00-\u9fff]{1,4})$")


def _page_counter(body: list, credit_line_at: int) -> bool:
    """The last line is a bare number or a short label after the closing credit line (责任编辑：… then ``12``,
    本文作者：… then ``专题``): the page's furniture left by the aggregator, not text. (A round-up's item numbers
    stand before their items.)"""
    if len(body) < 2 or not _BARE_LABEL.match(body[-1][1].simp):
        return False
    return body[-2][0] < credit_line_at < body[-1][0]


def _source_outlets(outlets: list[tuple[tuple, str, str]]) -> list[tuple[str, str]]:
    """In reading order. Where a source line names where the article comes from, a byline's outlet is not added
    beside it: ``（总台记者 …）`` over ``来源：央视新闻客户端`` would record one outlet twice under two names."""
    ordered = sorted(outlets, key=lambda item: item[0])
    if any(evidence.startswith("source line") for _, _, evidence in ordered):
        ordered = [item for item in ordered if "byline" not in item[2]]
    return [(name, evidence) for _, name, evidence in ordered]


# A credit line is short; a longer line holding a role word is prose about a reporter (data/cleaning_thresholds.toml).
_LONGEST_CREDIT_LINE = threshold("article", "longest_credit_line")


def _credit_line(line: Line) -> bylines.Byline | None:
    """A whole line that is a byline with a role word (``澎湃新闻高级记者 朱奕奕``, ``【文/观察者网 周弋博】``)."""
    if len(line.spaced) > _LONGEST_CREDIT_LINE or not bylines.may_be_byline(line.spaced):
        return None
    if (m := bylines.tables().role_pattern.match(line.spaced)) and re.match(r"[\u4e00-\u9fff](?<!丨)", line.spaced[m.end():]) \
            and not bylines.reported_from(line.spaced):  # (记者张三 北京报道: a byline all the same)
        return None  # 记者手记, 编辑部通知: a role word glued to what follows opens prose, not a byline
    return bylines.parse_byline(line.spaced)


def _opening(body: list, title: str, steps: Counter, credit, outlet) -> None:
    """The top of the body: a headline repeating the title, an ``X讯`` opener or a bracketed byline, a byline
    after the dateline; and the outlets the opening names (dateline, ``据…消息``)."""
    index, first = body[0]
    if (end := bylines.title_headline(first.spaced, title)) is not None:
        rest = first.spaced[end:].strip()
        if rest or len(body) > 1:  # a one-line telegraph keeps its line as text
            steps["drop_title_repeat"] += 1
            if rest:
                body[0] = (index, first := _drop_prefix(first, _nonspace(first.spaced[:end])))
            else:
                body.pop(0)
                if not body:
                    return
                index, first = body[0]
    elif len(body) > 1 and bylines.repeats_title(first.simp, title) and not bylines.introduces_list(first.simp):
        steps["drop_title_repeat"] += 1
        body.pop(0)
        index, first = body[0]
    if cut := bylines.leading_byline(first.spaced):
        credit((index, 0), cut.byline.credits)
        where = "outlet's opener" if cut.kind == "opener" else "byline opening the text"
        outlet((index, 0), cut.byline.outlets, f"{where}: {cut.what!r}")
        steps["move_credits"] += 1
        rest = first.spaced[cut.end:].strip()
        if not rest:
            body.pop(0)
            if not body:
                return
            index, first = body[0]
        else:
            body[0] = (index, first := _drop_prefix(first, _nonspace(first.spaced[:cut.end])))
    if cut := bylines.byline_after_dateline(first.spaced):
        credit((index, 1), cut.byline.credits)
        steps["move_credits"] += 1
        body[0] = (index, first := _drop_span(first, _nonspace(first.spaced[:cut.start]),
                                               _nonspace(first.spaced[:cut.end])))
    if (end := bylines.title_after_dateline(first.spaced, title)) is not None:
        steps["drop_title_repeat"] += 1  # 中新网上海5月12日电 题：… (the title again)
        body[0] = (index, first := _keep_prefix(first, _nonspace(first.spaced[:end])))
    if found := bylines.dateline(first.simp):
        outlet((index, 1), [found[0]], f"dateline opening the text: {found[1].group(0)!r}")
    first_sentence = re.split(r"(?<=[。！？!?])", first.spaced, maxsplit=1)[0]
    if names := bylines.opening_attribution(first_sentence):
        outlet((index, 2), [normalize_line(n) for n in names], f"attribution opening the text: {first_sentence[:60]!r}")


def _closing(body: list, steps: Counter, credit, outlet) -> None:
    """A bracketed byline closing the last paragraph, or making up the last line (names alone allowed there); the
    end mark ``（完）`` before it."""
    index, last = body[-1]
    if (at := bylines.end_mark(last.spaced)) is not None:
        steps["drop_promotion"] += 1
        if not last.spaced[:at].strip():
            body.pop()
            if not body:
                return
            index, last = body[-1]
        else:
            body[-1] = (index, last := _keep_prefix(last, _nonspace(last.spaced[:at])))
    whole_line = bylines.is_bracketed(last.spaced)
    cut = bylines.trailing_byline(last.spaced)
    if cut is None:
        candidate = bylines.trailing_byline(last.spaced, require_role=False)
        before = last.spaced[: candidate.start].rstrip() if candidate else ""
        if candidate and (whole_line or before.endswith(("。", "！", "？", "”", "!", "?"))):
            cut = candidate
    if cut is None and whole_line and len(body) > 1:
        cut = bylines.lone_name_line(last.spaced) or bylines.account_alone(last.spaced)
    if cut is None:
        return
    credit((index, 9), cut.byline.credits)
    outlet((index, 9), cut.byline.outlets, f"reporter byline closing the text: {cut.what!r}")
    steps["move_credits"] += 1
    if not last.spaced[: cut.start].strip():
        body.pop()
    else:
        body[-1] = (index, _keep_prefix(last, _nonspace(last.spaced[: cut.start])))


def _nonspace(text: str) -> int:
    return len(text) - text.count(" ")


def _offset(text: str, count: int) -> int:
    """Index in ``text`` just after its ``count``-th character that is not a space."""
    seen = 0
    for i, char in enumerate(text):
        if seen == count:
            return i
        if char != " ":
            seen += 1
    return len(text)


def _drop_span(line: Line, start: int, end: int) -> Line:
    """``line`` without the characters from the ``start``-th to the ``end``-th non-space character (counted the
    same way in the spaced, the published and the original-script forms, which differ only in spaces)."""
    def cut(text: str) -> str:
        return normalize_line(text[: _offset(text, start)] + text[_offset(text, end):])

    spaced = line.spaced[: _offset(line.spaced, start)] + " " + line.spaced[_offset(line.spaced, end):]
    return Line(cut(line.orig), cut(line.simp), line.raw, line.glosses, line.converted, collapse_spaces(spaced))


def _drop_prefix(line: Line, count: int) -> Line:
    return _drop_span(line, 0, count)


def _keep_prefix(line: Line, count: int) -> Line:
    return _drop_span(line, count, 10**9)


# A widget's list of other posts' titles under a heading (相关推荐：, 相关阅读, 推荐阅读: list_heading in
# cleaning_boilerplate.tsv) in the second half of the post: short lines with no sentence end.
_SENTENCE_END = lazy(r"[。！？!?…；;]$|[。！？!?][”’\"」』）)]$")
_LONGEST_LISTED_TITLE = threshold("article", "longest_listed_title")


def _recommended_titles(lines: list, answer_page: bool = False) -> set[int]:
    """Indices of the other posts' titles listed under a 相关推荐 heading that closes the post: every line after the
    heading is such a title (at most 60 characters, no sentence end) or a closing line the rules below read (credits,
    sources, notes, promotions); a sentence after the heading means the heading opens more of the article (延伸阅读
    and its text), and nothing is dropped."""
    text_lines = [i for i, u in enumerate(lines) if isinstance(u, Line) and u.simp]
    for rank, index in enumerate(text_lines):
        if rank < len(text_lines) // 2 or not boilerplate.is_list_heading(lines[index].simp):
            continue
        titles: set[int] = set()
        for later in text_lines[rank + 1:]:
            line = lines[later]
            if _closing_line(line, answer_page):
                continue  # (read by its own rule: the credits and sources after the list are kept)
            if len(line.simp.strip()) > _LONGEST_LISTED_TITLE or _SENTENCE_END.search(line.simp.strip()):
                titles = set()
                break
            titles.add(later)
        if titles:
            return titles
    return set()


def _closing_line(line: Line, answer_page: bool = False) -> bool:
    """A line a closing rule reads: a credit, source or republication note, a promotion or rights notice."""
    return bool(_credit_line(line) or bylines.republication_note(line.spaced) or bylines.source_from_line(line.spaced)
                or fields.match_source_line(line.simp, line.spaced) or boilerplate.is_promotion(line.simp, answer_page)
                or boilerplate.is_rights_notice(line.simp) or bylines.trailing_byline(line.spaced)
                or bylines.lone_name_line(line.spaced))


def _footer_start(lines: list) -> int | None:
    """Index of a footer (版权与免责声明 …) that runs to the end of the document, if one is there."""
    text_lines = [i for i, u in enumerate(lines) if isinstance(u, Line) and u.simp]
    for rank, index in enumerate(text_lines):
        if boilerplate.FOOTER_START.search(lines[index].simp) and rank >= len(text_lines) // 2:
            return index
    return None


def _attach_caption(image: dict, line: Line, credits: list, rank: tuple) -> bool:
    """The line right after an image is its caption or credit when it looks like one (see the codebook)."""
    split = fields.split_caption(line.simp)
    if split and re.search(r"记者|通讯员", split[1]):
        caption, credit, found = split
        image["caption"], image["credit"] = caption, credit
        credits.extend((rank, c) for c in found)
        return True
    if pair := fields.split_caption_credit(line.spaced):
        caption, credit = pair
        image["caption"] = normalize_line(caption) if caption else None
        image["credit"] = normalize_line(credit)
        if image["credit"].endswith(("摄", "摄影")):
            credits.extend((rank, fields.Credit("photographer", n)) for n in fields.photo_credit_names(credit))
        return True
    if split:
        caption, credit, found = split
        image["caption"], image["credit"] = caption, credit
        credits.extend((rank, c) for c in found)
        return True
    if fields.is_caption_lead(line.simp) or boilerplate.is_caption(line.simp):
        image["caption"] = line.simp
        return True
    return False


def _image(src: str, steps: Counter) -> dict | None:
    url, unwrapped = urls.unwrap(src)
    steps["unwrap_proxy_urls"] += unwrapped
    if not urls.is_web_url(url) or urls.is_placeholder(url):
        steps["drop_placeholder_images"] += 1
        return None
    return {"url": url, "caption": None, "credit": None}


def _finish_body(body: list[Line], steps: Counter) -> tuple[str, str, int]:
    redactions = 0
    simp_lines, orig_lines = [], []
    for line in body:
        simp, counts = redact(line.simp)
        orig, _ = redact(line.orig)
        redactions += sum(counts.values())
        simp_lines.append(simp)
        orig_lines.append(orig)
    steps["redact_contact_data"] += redactions
    return "\n".join(simp_lines), "\n".join(orig_lines), redactions


def _platform(doc: ParsedDocument, rights: list[str]) -> tuple[str | None, str | None]:
    if doc.format == "hexo":
        if doc.author:
            return doc.author, f"front matter author: {doc.author!r}"
        if len(doc.categories) >= 2:
            return doc.categories[1], f"front matter categories[1]: {doc.categories[1]!r}"
        return None, None
    for line in rights:
        first = to_simplified(strip_pinyin(line)[0])
        if m := _SITE_IN_FOOTER.match(first):
            return m.group("site"), f"site named in the footer: {strip_pinyin(line)[0][:40]!r}"
    return None, None


def _dedupe_outlets(outlets: list[tuple[str, str]]) -> list[tuple[str, str]]:
    seen: dict[str, str] = {}
    for name, evidence in outlets:
        name = name.strip(" \"“”'《》")
        if name and name not in seen:
            seen[name] = evidence
    return list(seen.items())


def _drop_short_forms(outlets: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """One outlet named in full and by a part of its name (新华日报交汇点 in a source line, 交汇点 in its 讯 opener) is
    recorded once, in full."""
    names = [name for name, _ in outlets]
    return [(name, evidence) for name, evidence in outlets
            if not any(name != other and name in other for other in names)]


# The roles of an outlet's editing workflow, whose credit lines a content system may sign with a user id.
_WORKFLOW_ROLES = frozenset({"editor", "proofreader"})


def is_user_id(name: str, role: str = "editor") -> bool:
    """Whether an editing-workflow credit (editor, proofreader) names a content system's user id or a staff code
    standing alone (流程编辑：u008, 责任编辑：SF014: letters then digits, the byline parser's staff code), not a
    person. The byline is still a byline (dropped from `text`), but it credits no person, so no credit is kept; a
    person's name with its code (刘万里 SF014) keeps the name. Outside the workflow roles a Latin handle is the
    credit the source gives (a Q&A answerer's account name, abc123的回答) and stays."""
    return role in _WORKFLOW_ROLES and bylines.is_staff_code(name)


def _dedupe_credits(credits: list[fields.Credit]) -> list[dict]:
    out: list[dict] = []
    for credit in credits:
        if is_user_id(credit.name, credit.role):
            continue
        row = {"role": credit.role, "name": credit.name}
        if row not in out:
            out.append(row)
    return out
