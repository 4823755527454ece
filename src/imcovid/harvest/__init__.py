"""Harvest: select the corpus's posts from a clone of the public Hexo archive (``imcovid harvest``)."""

from imcovid.harvest.archive import ArchiveError
from imcovid.harvest.rule import Decision, decide, decide_text, prefilter
from imcovid.harvest.run import HarvestReport, harvest, read_origins

__all__ = ["ArchiveError", "Decision", "HarvestReport", "decide", "decide_text", "harvest", "prefilter", "read_origins"]
