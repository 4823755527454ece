"""All inline-markup sources of challenge set 4 (F_001 ... F_020); syntax in markup.py. All texts are invented."""
import texts_a
import texts_b
import texts_c
import texts_d

DOCS = texts_a.DOCS + texts_b.DOCS + texts_c.DOCS + texts_d.DOCS
