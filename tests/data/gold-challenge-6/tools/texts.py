"""Collects the inline-markup documents of texts_a.py ... texts_d.py (syntax in markup.py). All texts are invented."""
from texts_a import DOCS as A
from texts_b import DOCS as B
from texts_c import DOCS as C
from texts_d import DOCS as D

DOCS = A + B + C + D
