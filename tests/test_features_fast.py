"""The fast paths of rejectwatch.model.features and .plain give what scikit-learn's own would,
exactly."""

from __future__ import annotations

import re
from itertools import groupby

import numpy as np
import scipy.sparse as sp
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.feature_extraction.text import HashingVectorizer

from rejectwatch.model.features import INDIC_MARKS, N_FEATURES, cjk_pairs, words, words_and_pairs
from rejectwatch.model.plain import HashStep

TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from([*"ab_Z09 .,'\n\t-", "\u00e9", "\u00df", "\u0130", "\u212a", "\u2019"]),
        # (eighteenth pass: Devanagari letters, vowel signs and a virama, INDIC_MARKS)
        st.sampled_from(["\u0938", "\u0942", "\u093f", "\u094d", "\u0e2a", "\u0e31"]),
        st.characters(),
    ),
    max_size=60,
)


def _default_tokens(text: str) -> list[str]:
    """scikit-learn's default token pattern, \\w\\w+, with the Indic vowel signs counted as word
    characters (eighteenth pass): each maximal run of two or more, found letter by letter."""
    runs = groupby(text, key=lambda c: c.isalnum() or c == "_" or ord(c) in INDIC_MARKS)
    return [run for run in ("".join(chars) for word, chars in runs if word) if len(run) > 1]


@settings(max_examples=800)
@given(TEXT)
def test_words_are_the_default_token_pattern(text: str) -> None:
    # (sixteenth pass: a run of Han and kana read as its character pairs first, cjk_pairs)
    assert words(text) == _default_tokens(cjk_pairs(text.lower()))
    if not any(ord(c) in INDIC_MARKS for c in text):
        assert words(text) == re.findall(r"(?u)\b\w\w+\b", cjk_pairs(text.lower()))


def _vectorizer(n_features: int) -> HashingVectorizer:
    """scikit-learn's own hashing, as the Pipeline used it up to card version 7."""
    return HashingVectorizer(
        analyzer=words_and_pairs,
        n_features=n_features,
        alternate_sign=False,
        norm=None,
        dtype=np.float32,
    )


@settings(max_examples=200)
@given(st.lists(TEXT, min_size=1, max_size=5), st.lists(TEXT, min_size=1, max_size=5))
def test_plain_hashing_is_the_vectorizer(left: list[str], right: list[str]) -> None:
    """rejectwatch.model.plain's hashing (mmh3, numpy) gives scikit-learn's matrix exactly:
    both blocks side by side, columns sorted, repeats counted, empty texts as empty rows."""
    rows = min(len(left), len(right))
    left, right = left[:rows], right[:rows]
    plain = HashStep((N_FEATURES, 2**6)).transform([left, right])
    slow = sp.hstack(
        [_vectorizer(N_FEATURES).transform(left), _vectorizer(2**6).transform(right)],
        format="csr",
    )
    assert plain.data.dtype == slow.dtype == np.float32
    assert (plain.rows, plain.width) == slow.shape
    assert np.array_equal(plain.indptr, slow.indptr)
    assert np.array_equal(plain.indices, slow.indices)
    assert np.array_equal(plain.data, slow.data)


def test_plain_hashing_counts_repeated_tokens() -> None:
    counts = HashStep((2**10,)).transform([["not not not selected", ""]])
    assert counts.indptr.tolist() == [0, 4, 4]  # an empty text is an empty row
    # selected, not selected, "not not" twice, "not" three times
    assert sorted(counts.data.tolist()) == [1.0, 1.0, 2.0, 3.0]
