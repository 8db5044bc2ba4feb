"""Hand-written families of e-mail for the rejectwatch training corpus, one folder per kind of
mail (see README.md in this folder).

Every sentence in this package was written for rejectwatch; nothing is copied from
real mail. ``build_corpus.py`` composes the families into e-mails, in the order of
``build_order.BUILD_ORDER``.
"""
