"""An invented Hexo post of the archive's shape (front matter, one ``<div>`` body) cleaned as the build cleans it:
the helper the cleaning tests of sessions 19–21 each had a copy of."""
from __future__ import annotations

from imcovid.clean import clean_document
from imcovid.config import load_config
from imcovid.readers import read_source

CONFIG = load_config()


def hexo_raw(body: str, title: str, author: str, categories: tuple[str, ...], date: str) -> str:
    """The raw text of a post with this front matter and ``body`` inside the archive's ``<div>``."""
    cats = "".join(f"\n - {c}" for c in categories)
    return (f"\n---\ntitle: '{title}'\ncategories: {cats}\nauthor: {author}\ncomments: false\ndate: {date}\n---\n\n"
            f"<div>   \n{body}\n</div>\n            ")


def cleaned_fields(body: str, title: str, author: str, categories: tuple[str, ...], date: str) -> dict:
    """The cleaned fields of that post."""
    return clean_document(read_source("x.md", hexo_raw(body, title, author, categories, date).encode()), CONFIG).fields
