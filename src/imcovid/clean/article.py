"""Parsed document → cleaned article fields, per the cleaning contract (``docs/codebook.md`` states each rule).

Pure: no I/O. The output is plain data for the ``Article`` model plus what provenance needs (step counts, the
outlets with their evidence, the rights statement).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from imcovid.clean import boilerplate, fields, urls
from imcovid.clean.damage import count_damage
from imcovid.clean.dates import parse_published
from imcovid.clean.html import Caption, ImageRef, Paragraph, html_to_blocks
from imcovid.clean.pinyin import strip_pinyin
from imcovid.clean.redact import redact
from imcovid.clean.script import changed_chars, detect_script, to_simplified
from imcovid.clean.text import clean_line
from imcovid.config import BuildConfig
from imcovid.readers.document import ParsedDocument, SourceRejected

_SUBTITLE_MAX = 40
_SENTENCE_END = re.compile(r"[。！？!?；;]$")
_SITE_IN_FOOTER = re.compile(r"^(?P<site>[^\s:：]{2,12}?)(?:版权(?:与|和)?免责声明|版权声明)")


@dataclass
class Line:
    """A paragraph in the source's script (``orig``) and in Simplified (``simp``); equal for Simplified sources."""

    orig: str
    simp: str
    raw: str
    glosses: int = 0  # pinyin glosses removed from this line
    converted: int = 0  # characters tw2s changed in this line


@dataclass
class CleanedArticle:
    fields: dict
    steps: Counter
    outlets: list[tuple[str, str]]  # (outlet, evidence)
    platform_evidence: str | None = None
    flags: list[str] = field(default_factory=list)


def clean_document(doc: ParsedDocument, config: BuildConfig) -> CleanedArticle:
    steps: Counter = Counter()
    if "decoded_gb18030" in doc.flags:
        steps["decode_gb18030"] += 1
    if "markdown_body" in doc.flags:
        steps["render_markdown"] += 1
    if doc.format == "hexo":
        units, title_raw = _hexo_units(doc, config, steps), doc.title
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
        cleaned, counts = clean_line(text, body=body)
        steps.update(counts)
        cleaned, glosses = strip_pinyin(cleaned)
        cleaned = clean_line(cleaned, body=body)[0] if glosses else cleaned
        simp = to_simplified(cleaned) if convert else cleaned
        return Line(cleaned, simp, text, glosses, changed_chars(cleaned, simp) if convert else 0)

    title = finish(title_raw, body=doc.format != "hexo")
    subtitles = [finish(s) for s in subtitle_lines]
    subtitles = [s for s in subtitles if s.simp]
    lines = [finish(u.raw) if isinstance(u, Line) else u for u in units]

    extracted = _extract_fields(lines, doc, steps)
    body: list[Line] = extracted["body"]
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

    flags = list(doc.flags)
    if date.flag:
        flags.append(date.flag)
    if convert:
        flags.append("converted_from_traditional")
    if glosses:
        flags.append("pinyin_removed")
    if damaged:
        flags.append("damaged")
    if redactions:
        flags.append("redacted_contact_data")

    cover = None
    if doc.headimg:
        cover_url, _ = urls.unwrap(doc.headimg)
        cover = cover_url if urls.is_web_url(cover_url) and not urls.is_placeholder(cover_url) else None

    platform, platform_evidence = _platform(doc, extracted["rights"])
    outlets = _dedupe_outlets(extracted["outlets"])
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
        "original_title": extracted["original_title"],
        "credits": _dedupe_credits(extracted["credits"]),
        "images": extracted["images"],
        "cover_image": cover,
        "rights_statement": "\n".join(extracted["rights"]) or None,
        "damage": {"pinyin_glosses_removed": glosses, "damaged_spans": damaged},
        "redactions": redactions,
        "flags": flags,
    }
    return CleanedArticle(article, steps, outlets, platform_evidence, flags)


def _hexo_units(doc: ParsedDocument, config: BuildConfig, steps: Counter) -> list:
    blocks, stats = html_to_blocks(doc.body, config.max_html_depth)
    steps["flatten_deep_markup"] += stats.flattened_tags
    steps["skip_markup"] += stats.skipped_elements + stats.promo_subtrees
    steps["html_to_paragraphs"] += len(blocks)
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


def _extract_fields(lines: list, doc: ParsedDocument, steps: Counter) -> dict:
    body: list[Line] = []
    images: list[dict] = []
    credits: list[fields.Credit] = []
    outlets: list[tuple[str, str]] = []
    rights: list[str] = []
    original_title = None
    after_image: dict | None = None

    footer_start = _footer_start(lines)
    for index, unit in enumerate(lines):
        if isinstance(unit, ImageRef):
            image = _image(unit.src, steps)
            after_image = image
            if image is not None:
                images.append(image)
            continue
        if isinstance(unit, Caption):
            caption = clean_line(unit.text)[0]
            if caption and images:
                images[-1]["caption"] = caption
                steps["move_captions"] += 1
            continue
        line = unit
        if not line.simp:
            continue
        previous_image, after_image = after_image, None
        if footer_start is not None and index >= footer_start:
            rights.append(line.raw.strip())
            steps["drop_rights_notice"] += 1
            continue
        if previous_image is not None and _attach_caption(previous_image, line.simp, credits):
            steps["move_captions"] += 1
            continue
        if boilerplate.is_promotion(line.simp):
            steps["drop_promotion"] += 1
            continue
        if boilerplate.is_rights_notice(line.simp):
            rights.append(line.orig)
            steps["drop_rights_notice"] += 1
            continue
        if source := fields.match_source_line(line.simp):
            outlets += [(s, f"source line in the text: {line.simp!r}") for s in source.sources]
            original_title = original_title or source.original_title
            credits += source.credits
            steps["move_source_lines"] += 1
            continue
        if found := fields.match_credit_line(line.simp):
            credits += found
            steps["move_credits"] += 1
            continue
        if trailing := fields.split_trailing_source(line.simp):
            kept, source = trailing
            outlets.append((source, f"source note closing a paragraph: {line.simp[len(kept):]!r}"))
            steps["move_source_lines"] += 1
            cut = len(kept) if len(line.orig) == len(line.simp) else line.orig.rfind("【")
            line = Line(line.orig[:cut].rstrip(), kept, line.raw, line.glosses, line.converted)
        outlets += [(name, f"attribution in the text: {phrase!r}") for name, phrase in fields.attributions(line.simp)]
        body.append(line)

    if body and (split := fields.split_trailing_byline(body[-1].simp)):
        remaining, found, byline_outlets = split
        credits += found
        outlets += [(o, f"reporter byline in the text: {body[-1].simp[len(remaining):].strip()!r}") for o in byline_outlets]
        steps["move_credits"] += 1
        last = body.pop()
        if remaining:
            cut = len(remaining) if len(last.orig) == len(last.simp) else _last_paren(last.orig)
            body.append(Line(last.orig[:cut].rstrip(), remaining, last.raw, last.glosses, last.converted))
    elif body and (byline := fields.match_byline_line(body[-1].simp)):
        found, byline_outlets = byline
        credits += found
        outlets += [(o, f"reporter byline closing the text: {body[-1].simp!r}") for o in byline_outlets]
        steps["move_credits"] += 1
        body.pop()
    return {"body": body, "images": images, "credits": credits, "outlets": outlets, "rights": rights,
            "original_title": original_title}


def _footer_start(lines: list) -> int | None:
    """Index of a footer (版权与免责声明 …) that runs to the end of the document, if one is there."""
    text_lines = [i for i, u in enumerate(lines) if isinstance(u, Line) and u.simp]
    for rank, index in enumerate(text_lines):
        if boilerplate.FOOTER_START.search(lines[index].simp) and rank >= len(text_lines) // 2:
            return index
    return None


def _attach_caption(image: dict, line: str, credits: list) -> bool:
    if credit := fields.match_image_credit(line):
        image["credit"] = credit
        return True
    if split := fields.split_caption(line):
        caption, credit, found = split
        image["caption"], image["credit"] = caption, credit
        credits += found
        return True
    if fields.is_caption_lead(line):
        image["caption"] = line
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


def _dedupe_credits(credits: list[fields.Credit]) -> list[dict]:
    out: list[dict] = []
    for credit in credits:
        row = {"role": credit.role, "name": credit.name}
        if row not in out:
            out.append(row)
    return out


def _last_paren(text: str) -> int:
    return max(text.rfind("("), text.rfind("（"))
