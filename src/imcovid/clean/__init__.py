"""Cleaning: parsed document → cleaned article fields, following the cleaning contract rule by rule.

Character rules live in ``text``, ``pinyin``, ``damage``, ``redact`` and ``script``; structure in ``html``; lines that
carry metadata in ``fields`` and ``boilerplate``; ``article`` applies them in order.
"""

__all__ = ["CleanedArticle", "clean_document"]


def __getattr__(name: str):
    """``clean_document`` and ``CleanedArticle`` from :mod:`imcovid.clean.article`, imported when first asked for:
    importing a submodule (:mod:`imcovid.clean.result`, :mod:`imcovid.clean.steps`) does not import every rule
    module with the package (see :mod:`imcovid.clean.result`)."""
    if name in __all__:
        from imcovid.clean import article

        return getattr(article, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
