"""TF-IDF that learns only from words several independent writers used.

Most of the training corpus is synthetic: each template family is one writer, and a model
fitted on it happily learns a family's quirks (a phrase, a signature, a house style) as if
they said something about rejections. Real mail is written by other people, so those quirks
do not carry over. ``SharedWordsTfidf`` is scikit-learn's TfidfTransformer with one change:
a hashed feature that occurs in fewer than ``min_sources`` independent sources gets an idf of
zero, so no later step can put weight on it. Setting the idf (not a separate mask step)
keeps scoring exactly as fast as plain TF-IDF.

A source is a template family, except for real mail (families starting with ``ham:`` or
``user:``), where every message was written by someone else and counts on its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.exceptions import NotFittedError
from sklearn.feature_extraction.text import TfidfTransformer

from rejectwatch.model.plain import TfidfStep, normalise_blocks, weigh

__all__ = ["REAL_MAIL_PREFIXES", "SharedWordsTfidf", "sources"]

REAL_MAIL_PREFIXES = ("ham:", "user:")


def sources(families: Sequence[str]) -> list[str]:
    """One writer key per example: its family, or the example itself for real mail."""
    return [
        f"{family}#{i}" if family.startswith(REAL_MAIL_PREFIXES) else family
        for i, family in enumerate(families)
    ]


def source_counts(x: Any, keys: Sequence[str]) -> np.ndarray[Any, Any]:
    """For each column of ``x``, how many distinct ``keys`` have a row where it is non-zero."""
    _, key_index = np.unique(np.asarray(keys), return_inverse=True)
    rows = sp.csr_matrix(x)
    membership = sp.csr_matrix(
        (np.ones(rows.shape[0], dtype=np.float32), (key_index, np.arange(rows.shape[0]))),
        shape=(int(key_index.max()) + 1, rows.shape[0]),
    )
    present = rows.copy()
    present.data = np.ones_like(present.data)
    per_key = (membership @ present).tocsc()
    per_key.eliminate_zeros()
    return np.diff(per_key.indptr)


class SharedWordsTfidf(TfidfTransformer):  # type: ignore[misc]
    """A TfidfTransformer whose fit takes ``sources`` (one writer key per row, see
    ``sources()``) and zeroes the idf of features seen in < ``min_sources`` of them.
    Without ``sources`` every row counts as its own source.

    ``blocks`` splits the columns into blocks normalised on their own: ``((end, scale), ...)``
    gives each block [previous end, end) unit L2 length times ``scale``; None is one block of
    scale 1 (plain TF-IDF)."""

    def __init__(
        self,
        min_sources: int = 3,
        sublinear_tf: bool = True,
        blocks: tuple[tuple[int, float], ...] | None = None,
    ) -> None:
        super().__init__(norm=None, sublinear_tf=sublinear_tf)
        self.min_sources = min_sources
        self.blocks = blocks

    def fit(self, x: Any, y: Any = None, sources: Sequence[str] | None = None) -> SharedWordsTfidf:
        keys = list(sources) if sources is not None else [str(i) for i in range(x.shape[0])]
        if len(keys) != x.shape[0]:
            raise ValueError(f"sources has {len(keys)} entries for {x.shape[0]} rows")
        if self.blocks and self.blocks[-1][0] != x.shape[1]:
            raise ValueError(f"blocks end at column {self.blocks[-1][0]}, not {x.shape[1]}")
        super().fit(x)
        rare = source_counts(x, keys) < self.min_sources
        idf = np.array(self.idf_, copy=True)  # type: ignore[has-type]
        idf[rare] = 0.0
        self.idf_ = idf
        self.rare_features_ = int(np.count_nonzero(rare & (np.asarray(x.getnnz(axis=0)) > 0)))
        return self

    def transform(self, x: Any, copy: bool = True) -> sp.csr_matrix:
        weighted = self._tfidf(x, copy)
        blocks = self.blocks or ((weighted.shape[1], 1.0),)
        weighted.data = normalise_blocks(weighted.data, weighted.indices, weighted.indptr, blocks)
        return weighted

    def _tfidf(self, x: Any, copy: bool) -> sp.csr_matrix:
        """TfidfTransformer.transform's arithmetic (norm is None here: the blocks are
        normalised after), the same operations in the same order (rejectwatch.model.plain),
        without its per-call input validation."""
        idf = getattr(self, "idf_", None)
        if idf is None:
            raise NotFittedError(f"{type(self).__name__} is not fitted yet")
        weighted = sp.csr_matrix(x, copy=copy)
        if weighted.shape[1] != idf.shape[0]:
            raise ValueError(f"{weighted.shape[1]} features, but fitted on {idf.shape[0]}")
        if weighted.dtype not in (np.float64, np.float32):
            weighted = weighted.astype(np.float64)
        if not np.isfinite(weighted.data).all():
            raise ValueError("input contains NaN or infinity")
        weigh(weighted.data, weighted.indices, idf, self.sublinear_tf)
        return weighted

    def to_plain(self) -> TfidfStep:
        """The fitted numbers for scoring without scikit-learn (rejectwatch.model.plain)."""
        return TfidfStep(np.asarray(self.idf_), self.sublinear_tf, self.blocks)
