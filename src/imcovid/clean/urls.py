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


def unwrap(url: str) -> tuple[str, bool]:
    url = url.strip()
    match = _PROXY.match(url)
    return (match.group("inner"), True) if match else (url, False)


def is_placeholder(url: str) -> bool:
    return bool(_PLACEHOLDER.match(url) or _DECORATION.search(url) or _SITE_ICON.match(url))


def is_web_url(url: str) -> bool:
    return re.match(r"^https?://[^\s/]+", url) is not None and not re.search(r"\s", url)
