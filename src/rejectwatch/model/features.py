"""What the classifier reads of a message: two blocks of hashed word 1-2 grams.

* the **message block**: subject, sender and the head of the body, plus the negation marks
  of rejectwatch.model.negation;
* the **refusal-sentence block**: only the sentences that hold a negation or regret cue
  ("not", "unfortunately", "regret", ...).

SharedWordsTfidf normalises each block on its own, so a refusal sentence counts the same in
a two-line note and in a long letter full of thanks, careers-site links and legal footers;
in one normalised vector it was diluted by everything around it, and long real rejections
scored low. Hashing rather than a learned vocabulary keeps the model small, loading instant
and scoring fast; character n-grams were dropped earlier because they cost five times the
throughput for no gain on job mail.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise, repeat
from typing import Any, NamedTuple

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import HashingVectorizer

from rejectwatch.model.markup import readable
from rejectwatch.model.negation import read_cues
from rejectwatch.model.trim import new_text

__all__ = [
    "BODY_CHARS",
    "CUE_FEATURES",
    "CUE_SCALE",
    "N_FEATURES",
    "Document",
    "DocumentHasher",
    "documents_to_views",
]

BODY_CHARS = 4096  # only the head of a body is read: rejections say so early, and it is fast
N_FEATURES = 2**18  # message block
CUE_FEATURES = 2**17  # refusal-sentence block
# The refusal-sentence block's length relative to the message block's (1.0): chosen on grouped
# CV (0.35-1.4 tried; 0.5-0.7 best, recall at filing +0.06-0.09 over no block).
CUE_SCALE = 0.5


class Document(NamedTuple):
    """What the classifier sees of one message."""

    subject: str
    body: str
    sender: str  # "Name <addr>", "addr" or ""


def documents_to_views(docs: Sequence[Document]) -> tuple[list[str], list[str]]:
    """Both blocks' texts. The message block: subject, sender and the head of the body,
    followed by their negation marks; the refusal-sentence block: their cue-bearing sentences
    (see rejectwatch.model.negation; one scan serves both)."""
    texts, cues = [], []
    for d in docs:
        body, cut = new_text(readable(d.body, BODY_CHARS), d.subject)
        head = f"{d.subject}\n{d.sender}\n{body}"
        marks, sentences = read_cues(head)
        texts.append(f"{head}\n{marks} {cut}")
        cues.append(sentences)
    return texts, cues


# scikit-learn's default token pattern is (?u)\b\w\w+\b; a greedy \w\w+ finds exactly the same
# tokens (each maximal run of two or more word characters) about 20% faster.
_TOKEN = re.compile(r"\w\w+")
# For ASCII text, \w is [A-Za-z0-9_]: every other byte becomes a space, and str.split finds
# the same maximal runs in C, a third faster than the regex.
_NOT_WORD = bytes(c if chr(c).isalnum() or c == ord("_") else ord(" ") for c in range(256))


def _ascii_words(lowered: str) -> list[bytes]:
    """The tokens of lower-cased ASCII text, as bytes: each maximal run of two or more word
    characters (what _TOKEN finds)."""
    return [run for run in lowered.encode("ascii").translate(_NOT_WORD).split() if len(run) > 1]


def words(text: str) -> list[str]:
    """The lower-cased tokens of ``text`` as scikit-learn's default token pattern finds them."""
    lowered = text.lower()
    if lowered.isascii():
        return [run.decode("ascii") for run in _ascii_words(lowered)]
    return _TOKEN.findall(lowered)


def words_and_pairs(text: str) -> list[str]:
    """Lower-cased words and adjacent word pairs: what HashingVectorizer(ngram_range=(1, 2))
    yields, about 15% faster (one joined map instead of scikit-learn's n-gram loop)."""
    tokens = words(text)
    return tokens + list(map(" ".join, pairwise(tokens)))


def _hashed_tokens(text: str) -> list[str] | list[bytes]:
    """words_and_pairs(text) as the hashing loop reads them: for ASCII text the same tokens
    as bytes, which it hashes as they are (a str token is first encoded to UTF-8, the same
    bytes for ASCII), so nothing is decoded here or encoded there."""
    lowered = text.lower()
    if not lowered.isascii():
        return words_and_pairs(text)
    tokens = _ascii_words(lowered)
    return tokens + list(map(b" ".join, pairwise(tokens)))


@lru_cache(maxsize=4)
def vectorizer(n_features: int) -> HashingVectorizer:
    """The word 1-2 gram hasher of one block (stateless, so shared)."""
    return HashingVectorizer(
        analyzer=words_and_pairs,
        n_features=n_features,
        alternate_sign=False,
        norm=None,
        dtype=np.float32,
    )


def hash_counts(texts: Sequence[str], n_features: int) -> sp.csr_matrix:
    """``vectorizer(n_features).transform(texts)``, the same matrix, about 25% faster: the
    tokens (bytes for ASCII text, see _hashed_tokens) go to scikit-learn's own hashing loop
    as (token, 1) pairs made in C by zip and repeat, where FeatureHasher wraps each token in
    a Python generator. Falls back to the vectorizer if a scikit-learn release moves that
    loop."""
    if _hashing is None or not texts:
        return vectorizer(n_features).transform(texts)
    indices, indptr, values = _hashing(
        (zip(_hashed_tokens(text), repeat(1)) for text in texts),
        n_features,
        np.float32,
        False,  # alternate_sign
        seed=0,
    )
    counts = sp.csr_matrix(
        (values, indices, indptr), dtype=np.float32, shape=(len(texts), n_features)
    )
    counts.sum_duplicates()  # also sorts the indices, as FeatureHasher does
    return counts


try:  # FeatureHasher's own loop (murmurhash3 of each token's UTF-8)
    from sklearn.feature_extraction._hashing_fast import transform as _hashing
except ImportError:  # pragma: no cover - a scikit-learn that moved it
    _hashing = None


def side_by_side(left: sp.csr_matrix, right: sp.csr_matrix) -> sp.csr_matrix:
    """``sp.hstack([left, right], format="csr")``, the same arrays in the same order (each
    row: left's entries, then right's shifted past left's columns), without scipy's general
    stacking machinery, which costs more than the copying when one message is scored."""
    rows = left.shape[0]
    indptr = left.indptr.astype(np.int64) + right.indptr
    left_rows = np.repeat(np.arange(rows), np.diff(left.indptr))
    right_rows = np.repeat(np.arange(rows), np.diff(right.indptr))
    left_at = np.arange(left.nnz) + right.indptr[left_rows]
    right_at = np.arange(right.nnz) + left.indptr[right_rows + 1]
    data = np.empty(left.nnz + right.nnz, dtype=np.result_type(left.dtype, right.dtype))
    indices = np.empty(left.nnz + right.nnz, dtype=np.int64)
    data[left_at], data[right_at] = left.data, right.data
    indices[left_at], indices[right_at] = left.indices, right.indices + left.shape[1]
    index_type = np.int32 if max(indptr[-1], left.shape[1] + right.shape[1]) < 2**31 else np.int64
    return sp.csr_matrix(
        (data, indices.astype(index_type), indptr.astype(index_type)),
        shape=(rows, left.shape[1] + right.shape[1]),
    )


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
        message = hash_counts(texts, self.n_features)
        cues = hash_counts(sentences, self.cue_features)
        return side_by_side(message, cues)

    @property
    def block_ends(self) -> tuple[int, int]:
        """The column after each block: (message, refusal sentences)."""
        return (self.n_features, self.n_features + self.cue_features)
