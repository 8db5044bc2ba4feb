"""Boilerplate paragraphs (careers-site pointers, EEO and privacy notes, app and help-centre
footers) that build_corpus.py wraps around a share of the mail of every kind."""
