"""The processing steps that can change a source's text, each with the software that does it.

Steps count what they change per source; the counts become the provenance record's ``processing_steps`` (only steps
that changed something are listed), in the order below, which is the order they run.
"""

from __future__ import annotations

import platform
from collections import Counter

from imcovid.version import library_version, package_version

# name: (distribution doing the work, what it changes)
STEPS: dict[str, tuple[str, str]] = {
    "decode_gb18030": ("python", "bytes decoded as GB18030 instead of UTF-8 (count: 1)"),
    "decode_big5": ("python", "bytes decoded as Big5 instead of UTF-8 (count: 1)"),
    "decode_utf16": ("python", "bytes decoded as UTF-16 by their byte-order mark (count: 1)"),
    "decode_utf32": ("python", "bytes decoded as UTF-32 by their byte-order mark (count: 1)"),
    "decode_with_replacement": ("python", "damaged UTF-8 bytes decoded as U+FFFD, kept visible and counted in damage (count: 1)"),
    "render_markdown": ("markdown-it-py", "Markdown body rendered to HTML before cleaning (count: 1)"),
    "flatten_deep_markup": ("imcovid", "tags nested deeper than the configured limit removed before parsing (text kept)"),
    "html_to_paragraphs": ("selectolax", "HTML body turned into paragraphs and images (count: blocks produced)"),
    "split_line_list": ("imcovid", "a numbered list written as source lines of one text node read as one paragraph per item (count: paragraphs ended at a source line break)"),
    "skip_markup": ("selectolax", "scripts, styles, iframes and promotion widgets skipped (count: elements)"),
    "read_page_header": ("imcovid", "an outlet's page header, standfirst or an aggregator's summary card read out of the text into fields (count: blocks)"),
    "decode_entities": ("python", "double-escaped HTML entities decoded"),
    "strip_markup": ("imcovid", "tag-like text left by double-escaped entities removed"),
    "strip_invisible": ("python", "control, zero-width and format characters removed"),
    "fullwidth_to_ascii": ("imcovid", "full-width letters and digits turned into ASCII"),
    "normalize_whitespace": ("imcovid", "lines whose white space was collapsed, stripped or removed next to CJK"),
    "strip_pinyin": ("imcovid", "tone-marked pinyin glosses removed"),
    "drop_promotion": ("imcovid", "aggregator promotion lines dropped"),
    "drop_rights_notice": ("imcovid", "rights, copyright and disclaimer lines dropped from text (kept in rights_statement)"),
    "move_source_lines": ("imcovid", "来源 / 原标题 lines moved to original_sources / original_title"),
    "drop_title_repeat": ("imcovid", "headlines at the top of the body that repeat the title dropped (the title holds them)"),
    "move_credits": ("imcovid", "editor and reporter credit lines and bylines moved to credits"),
    "move_captions": ("imcovid", "image captions and image credits moved to the image records"),
    "drop_cover_credit": ("imcovid", "the cover picture's credit line (封面图片来源：X) dropped from text; a photographer it names goes to credits"),
    "unwrap_proxy_urls": ("imcovid", "image URLs unwrapped from the archive's CORS proxy"),
    "drop_placeholder_images": ("imcovid", "placeholder or non-web images dropped"),
    "opencc_tw2s": ("opencc", "characters converted from Traditional to Simplified (OpenCC tw2s)"),
    "redact_contact_data": ("imcovid", "phone numbers, e-mail addresses and ID numbers replaced by typed placeholders"),
}


def step_rows(counts: Counter) -> list[dict]:
    rows = []
    for name, (dist, changed) in STEPS.items():
        count = counts.get(name, 0)
        if count:
            rows.append(
                {
                    "step": name,
                    "library": dist,
                    "library_version": _version(dist),
                    "changed": changed,
                    "count": int(count),
                }
            )
    return rows


def _version(dist: str) -> str:
    if dist == "imcovid":
        return package_version()
    if dist == "python":
        # major.minor: a patch release of Python does not change what the codecs and str methods do, and the
        # version is part of each provenance record's content hash.
        return ".".join(platform.python_version_tuple()[:2])
    return library_version({"opencc": "OpenCC"}.get(dist, dist))
