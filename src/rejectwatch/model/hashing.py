"""The Pipeline's first step: documents -> raw counts of hashed word 1-2 grams, two blocks.

A scikit-learn transformer (so it sits in the Pipeline that is trained and cross-validated)
around the plain hashing of rejectwatch.model.plain, which scoring uses without scikit-learn:
the message block in columns [0, n_features), the refusal-sentence block after it
(rejectwatch.model.features). It learns nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin

from rejectwatch.model.features import CUE_FEATURES, N_FEATURES, Document, documents_to_views
from rejectwatch.model.plain import HashStep

__all__ = ["DocumentHasher"]


class DocumentHasher(TransformerMixin, BaseEstimator):  # type: ignore[misc]
    """Documents -> raw counts, message block in columns [0, n_features), refusal-sentence
    block after it. Learns nothing."""

    def __init__(self, n_features: int = N_FEATURES, cue_features: int = CUE_FEATURES) -> None:
        self.n_features = n_features
        self.cue_features = cue_features

    def fit(self, docs: Sequence[Document], y: Any = None) -> DocumentHasher:
        del docs, y
        return self

    def transform(self, docs: Sequence[Document]) -> sp.csr_matrix:
        return self.hash_views(*documents_to_views(docs))

    def hash_views(self, texts: Sequence[str], sentences: Sequence[str]) -> sp.csr_matrix:
        """The counts of texts already made by documents_to_views."""
        rows = self.to_plain().transform([texts, sentences])
        return sp.csr_matrix((rows.data, rows.indices, rows.indptr), shape=(rows.rows, rows.width))

    def to_plain(self) -> HashStep:
        return HashStep((self.n_features, self.cue_features))

    @property
    def block_ends(self) -> tuple[int, int]:
        """The column after each block: (message, refusal sentences)."""
        return (self.n_features, self.n_features + self.cue_features)
