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

from rejectwatch.model.features import CUE_FEATURES, N_FEATURES, Document, documents_to_blocks
from rejectwatch.model.plain import HashStep

__all__ = ["DocumentHasher"]


class DocumentHasher(TransformerMixin, BaseEstimator):  # type: ignore[misc]
    """Documents -> raw counts, message block in columns [0, n_features), refusal-sentence
    block after it, and the char view's ``char_features`` columns last when it has them
    (rejectwatch.model.features.CHAR_VIEW, as classifier.build_pipeline sets it; 0: none).
    Learns nothing."""

    def __init__(
        self, n_features: int = N_FEATURES, cue_features: int = CUE_FEATURES, char_features: int = 0
    ) -> None:
        self.n_features = n_features
        self.cue_features = cue_features
        self.char_features = char_features

    def fit(self, docs: Sequence[Document], y: Any = None) -> DocumentHasher:
        del docs, y
        return self

    def transform(self, docs: Sequence[Document]) -> sp.csr_matrix:
        return self.hash_views(*documents_to_blocks(docs, self._chars > 0))

    def hash_views(self, *views: Sequence[str]) -> sp.csr_matrix:
        """The counts of texts already made by documents_to_blocks (documents_to_views's two
        without the char view)."""
        rows = self.to_plain().transform(views)
        return sp.csr_matrix((rows.data, rows.indices, rows.indptr), shape=(rows.rows, rows.width))

    @property
    def _chars(self) -> int:
        # (a hasher pickled before the char view existed has no char_features: none)
        return int(getattr(self, "char_features", 0))

    def to_plain(self) -> HashStep:
        return HashStep((self.n_features, self.cue_features), self._chars)

    @property
    def block_ends(self) -> tuple[int, int]:
        """The column after each block: (message, refusal sentences)."""
        return (self.n_features, self.n_features + self.cue_features)
