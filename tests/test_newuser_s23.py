"""Session 23, a new user's findings: each fixed finding has a test here."""
import re
from pathlib import Path

import pytest

from imcovid.publish import card

CARD_SOURCE = Path(card.__file__).read_text(encoding="utf-8")


@pytest.mark.parametrize("ident, expect_url", [
    ({"code_url": None, "hub_repo_id": None}, False),
    ({"code_url": "https://example.org/imcovid", "hub_repo_id": None}, True),
])
def test_guidelines_pointer_has_no_link_out_of_the_dataset_folder(ident, expect_url):
    text = card.guidelines_pointer(ident, "27.0.0")
    assert "](" not in text  # no Markdown link at all: relative ones break on the Hub
    for name in ("annotation.md", "measures.md", "cleaning.md", "provenance.md"):
        assert name in text
    assert ("https://example.org/imcovid" in text and "`v27.0.0`" in text) == expect_url


def test_card_template_has_no_relative_link_leaving_the_folder():
    """Negative: the card (README of the Hub repository) must not link to ``../`` paths."""
    assert not re.search(r"\]\(\.\./", CARD_SOURCE)


@pytest.mark.parametrize("name, code, title", [
    ("额济纳旗", "152923", '"Timeline: 额济纳旗 (152923)"'),
    ("152923", "152923", '"Timeline 152923"'),  # negative: no name known, no repeated code
    ('a "b": c', "150000", '"Timeline: a \\"b\\": c (150000)"'),  # quotes and colon stay valid front matter
])
def test_timeline_page_title_names_the_place(name, code, title):
    from imcovid.docs_site.panel_pages import _page_title

    assert _page_title(name, code) == title
