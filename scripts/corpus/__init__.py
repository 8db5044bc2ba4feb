"""Hand-written fragments and templates for the rejectwatch training corpus.

Every sentence in this package was written for rejectwatch; nothing is copied from
real mail. ``build_corpus.py`` composes the fragments into e-mails.
"""
