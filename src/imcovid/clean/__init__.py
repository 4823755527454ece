"""Cleaning: parsed document → cleaned article fields, following the cleaning contract rule by rule.

Character rules live in ``text``, ``pinyin``, ``damage``, ``redact`` and ``script``; structure in ``html``; lines that
carry metadata in ``fields`` and ``boilerplate``; ``article`` applies them in order.
"""

from imcovid.clean.article import CleanedArticle, clean_document

__all__ = ["CleanedArticle", "clean_document"]
