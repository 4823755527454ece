"""Property-based tests: for arbitrary HTML fragments and text the cleaner never raises, and what it publishes keeps
the invariants of the cleaning contract. ``IMCOVID_HYPOTHESIS=long`` runs many more examples."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from imcovid.clean import clean_document
from imcovid.clean.text import clean_line
from imcovid.config import load_config
from imcovid.readers import SourceRejected, read_source

from contract import violations

settings.register_profile("ci", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("long" if os.environ.get("IMCOVID_HYPOTHESIS") == "long" else "ci")

CONFIG = load_config()
# Text that stresses the rules: CJK, full-width forms, spaces of every kind, controls, pinyin, markup characters.
ALPHABET = st.one_of(
    st.characters(codec="utf-8", exclude_categories=["Cs"]),
    st.sampled_from(list("额济纳旗疫情防控，。“”（）【】、：０１９ＡＺａｚ\u3000\u00a0\u200b\ufeff\t\r\n <>&;/\"'=?(qū)ǎ")),
)
TEXT = st.text(alphabet=ALPHABET, max_size=80)
TAGS = st.sampled_from(["p", "div", "span", "strong", "b", "a", "br", "img", "li", "ul", "table", "tr", "td", "pre",
                        "script", "style", "h2", "blockquote", "font", "section"])


@st.composite
def html_fragment(draw, depth=0):
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.integers(0, 3))
        if kind == 0 or depth > 3:
            parts.append(draw(TEXT).replace("<", "&lt;"))
        elif kind == 1:
            parts.append(draw(st.sampled_from(["<br>", "<img src='http://a.cn/x.jpg'>", "<!-- c -->", "&nbsp;", "&#20013;",
                                               "<img src='https://picsum.photos/1'>", "</p>", "<p"])))
        else:
            tag = draw(TAGS)
            attrs = draw(st.sampled_from(["", " class='appendQr_wrap'", " style='x'", " class=\"img_descr\""]))
            parts.append(f"<{tag}{attrs}>{draw(html_fragment(depth + 1))}</{tag}>")
    return "".join(parts)


def as_post(title: str, body: str) -> bytes:
    return f"\n---\ntitle: {title!r}\ndate: 2021-10-26 08:00:00\n---\n\n<div>{body}</div>\n".encode()


@given(body=html_fragment())
@example(body="&lt;A\x1b>")  # a control inside an escaped tag: removed after the markup check, it left <A> behind
def test_cleaner_never_raises_on_html_and_keeps_invariants(body):
    try:
        fields = clean_document(read_source("x.txt", as_post("标题", body)), CONFIG).fields
    except SourceRejected:
        return
    assert violations(fields["text"]) == []
    for image in fields["images"]:
        assert image["url"].startswith("http")


@given(text=TEXT.filter(lambda t: t.strip()))
@example(text="&A;")  # no character reference HTML knows: plain text, kept as written
def test_cleaner_never_raises_on_plain_text(text):
    raw = ("标题\n" + text).encode("utf-8", "surrogatepass")
    try:
        fields = clean_document(read_source("x.txt", raw), CONFIG).fields
    except SourceRejected:
        return
    assert violations(fields["text"]) == []
    assert violations(fields["title"], title=True) == []


@given(text=TEXT)
def test_clean_line_is_idempotent_and_clean(text):
    once, _ = clean_line(text)
    assert clean_line(once)[0] == once
    if once:
        assert violations(once) == []
