"""IMCOVID — Inner Mongolia COVID-19 News Corpus.

The package turns the raw sources in ``seeds/`` into the published dataset in ``dataset/``:
``readers`` (bytes → parsed document) → ``clean`` (→ cleaned article) → ``annotate`` (→ mentions)
→ ``models`` (validation) → ``publish`` (Parquet, card, metadata). ``pipeline`` orchestrates, ``cli`` is the entry point.
"""

from imcovid.version import package_version

__version__ = package_version()
