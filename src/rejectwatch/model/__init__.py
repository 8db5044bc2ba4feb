"""The classifier: pure scikit-learn, no IMAP, no SQLite.

Owns the features (``features``, ``shared_words``, ``negation``), the estimator (``factors``),
training, the saved model and its card (``classifier``), the labelled corpus (``corpus``),
grouped cross-validation and thresholds (``validation``), ``rejectwatch evaluate``
(``measure``) and the per-message explanation (``explain``).

May import: ``rejectwatch.errors`` and ``rejectwatch.model.*``; nothing else from rejectwatch.
"""
