"""Session 19 (issue 16, one-post rebuild): modules a build does not need unless it uses them are imported on use —
markdown-it by the first Markdown body, tqdm by a build that shows its progress bar."""

from __future__ import annotations

import subprocess
import sys

import pytest

from imcovid.pipeline import progress_bar
from imcovid.readers.markdown import render


def test_importing_the_build_and_the_readers_imports_neither_markdown_it_nor_tqdm():
    code = ("import sys\nimport imcovid.pipeline, imcovid.readers, imcovid.clean\n"
            "print(sorted(m for m in ('markdown_it', 'tqdm') if m in sys.modules))\n")
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert done.stdout.strip() == "[]"


def test_a_markdown_body_still_renders_with_markdown_it():
    assert render("正文**加粗**\n第二行") == "<p>正文<strong>加粗</strong><br />\n第二行</p>\n"
    assert "markdown_it" in sys.modules


@pytest.mark.parametrize("show", [False, True])
def test_the_progress_bar_counts_when_shown_and_is_silent_otherwise(show, capsys):
    bar = progress_bar(3, show)
    for _ in range(3):
        bar.update()
    bar.close()
    err = capsys.readouterr().err
    if show:
        assert "3/3" in err and bar.n == 3
    else:
        assert err == "" and not hasattr(bar, "n")
