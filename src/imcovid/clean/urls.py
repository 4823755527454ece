"""Image URLs: unwrap the archive's CORS proxy, drop placeholders and what is not a web address."""

from __future__ import annotations

import re

from imcovid.clean.lazy import lazy

# The archive rewrote image URLs as https://cors.<name>.workers.dev/?http://original…
_PROXY = lazy(r"^https?://[^/?#]*(?:cors|proxy)[^/?#]*/?\?(?P<inner>https?://.+)$", re.I)
_PLACEHOLDER = lazy(r"^https?://(?:[^/]*\.)?(?:picsum\.photos|placehold\.it|placeholder\.com|via\.placeholder\.com|dummyimage\.com|unsplash\.it)(?:[/:?#]|$)", re.I)
_DECORATION = lazy(r"(?:^data:|/(?:blank|spacer|pixel|loading|lazy)\.(?:gif|png|svg)(?:$|\?))", re.I)
# 快媒体's own interface icons (static/image/kuai/external-link.gif, the "点击阅读全文" link icon): a card without a
# thumbnail gives its feed one of them as the post's image; an icon of the site, not an image of the article.
_SITE_ICON = lazy(r"^https?://(?:[^/]*\.)?kuai\.media/(?:[^?#]*/)?static/image/kuai/", re.I)


def _read_site_covers(name: str = "cleaning_covers.tsv") -> dict[str, re.Pattern]:
    """``data/<name>``: platform → the pattern of its site-wide default cover images (one line each, checked)."""
    from importlib import resources

    text = resources.files("imcovid").joinpath(f"data/{name}").read_text(encoding="utf-8")
    found: dict[str, re.Pattern] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        platform, _, pattern = line.partition("\t")
        if not platform or not pattern or platform != platform.strip():
            raise ValueError(f"{name} line {number}: expected '<platform>\\t<pattern>'")
        if platform in found:
            raise ValueError(f"{name} line {number}: a second line for {platform}")
        found[platform] = re.compile(pattern, re.I)
    return found


_SITE_COVERS = _read_site_covers()


def is_site_default_cover(url: str, platform: str | None) -> bool:
    """Whether ``url`` is the default cover image ``platform``'s feed gives every post without a picture of its own
    (新浪财经's channel image): the site's image, not the article's, so ``cover_image`` is null. Anchored to the
    platform: the same address on another platform's post is left as it is."""
    pattern = _SITE_COVERS.get(platform or "")
    return bool(pattern and pattern.match(url))


def unwrap(url: str) -> tuple[str, bool]:
    url = url.strip()
    match = _PROXY.match(url)
    return (match.group("inner"), True) if match else (url, False)


def is_placeholder(url: str) -> bool:
    return bool(_PLACEHOLDER.match(url) or _DECORATION.search(url) or _SITE_ICON.match(url))


def is_web_url(url: str) -> bool:
    return re.match(r"^https?://[^\s/]+", url) is not None and not re.search(r"\s", url)
