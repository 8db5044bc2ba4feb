"""The fast paths of rejectwatch.model.features give what scikit-learn's own would, exactly."""

from __future__ import annotations

import re

import numpy as np
import scipy.sparse as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from rejectwatch.model.features import N_FEATURES, hash_counts, side_by_side, vectorizer, words

TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from([*"ab_Z09 .,'\n\t-", "\u00e9", "\u00df", "\u0130", "\u212a", "\u2019"]),
        st.characters(),
    ),
    max_size=60,
)


@settings(max_examples=800)
@given(TEXT)
def test_words_are_the_default_token_pattern(text: str) -> None:
    assert words(text) == re.findall(r"(?u)\b\w\w+\b", text.lower())


@settings(max_examples=200)
@given(st.lists(TEXT, min_size=1, max_size=6))
def test_hash_counts_is_the_vectorizer(texts: list[str]) -> None:
    fast = hash_counts(texts, N_FEATURES)
    slow = vectorizer(N_FEATURES).transform(texts)
    assert fast.dtype == slow.dtype == np.float32
    assert fast.shape == slow.shape
    assert np.array_equal(fast.indptr, slow.indptr)
    assert np.array_equal(fast.indices, slow.indices)
    assert np.array_equal(fast.data, slow.data)


def test_hash_counts_sums_repeated_tokens() -> None:
    counts = hash_counts(["not not not selected", ""], 2**10)
    assert sorted(counts[0].data.tolist()) == [1.0, 1.0, 2.0, 3.0]  # selected, not selected,
    assert counts[1].nnz == 0  # "not not" twice, "not" three times; an empty text is a row


@settings(max_examples=100)
@given(st.lists(TEXT, min_size=1, max_size=5), st.lists(TEXT, min_size=1, max_size=5))
def test_side_by_side_is_hstack(left: list[str], right: list[str]) -> None:
    rows = min(len(left), len(right))
    a, b = hash_counts(left[:rows], 2**8), hash_counts(right[:rows], 2**6)
    fast, slow = side_by_side(a, b), sp.hstack([a, b], format="csr")
    assert fast.shape == slow.shape
    for got, want in ((fast.indptr, slow.indptr), (fast.indices, slow.indices)):
        assert np.array_equal(got, want)
    assert np.array_equal(fast.data, slow.data)
    assert fast.dtype == slow.dtype
