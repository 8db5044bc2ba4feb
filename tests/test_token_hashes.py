"""rejectwatch.model.token_hashes hashes every text's tokens as mmh3 does, one by one."""

from __future__ import annotations

import json
from pathlib import Path

import mmh3
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rejectwatch.model import token_hashes
from rejectwatch.model.features import words_and_pairs
from rejectwatch.model.token_hashes import _FEW, hashed_tokens, murmur3_spans

DATA = Path(__file__).resolve().parent.parent / "data"

# ASCII words of every length around the block and long-span bounds, separators, case,
# the Kelvin sign (lower-cases to ASCII "k"), non-ASCII letters, a lone surrogate and an
# astral digit (a word character beyond the Basic Multilingual Plane), astral characters
TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from(
            [
                *"ab_Z09 .,'\n\t-",
                "\u00e9",
                "\u00df",
                "\u0130",
                "\u212a",
                "\u2019",
                "\ud800",
                "\U0001d7d8",
                # Han, hiragana, katakana and the prolonged sound mark, read as pairs
                "\u4e2d",
                "\u6587",
                "\u3042",
                "\u30ab",
                "\u30fc",
                # a Devanagari letter, vowel sign and nasal mark, a Tamil virama: combining
                # marks read as word characters (eighteenth pass)
                "\u0928",
                "\u0940",
                "\u0902",
                "\u0bcd",
            ]
        ),
        st.characters(),
    ),
    max_size=80,
)
LONG_WORDS = st.lists(
    st.builds(lambda n, c: c * n, st.integers(0, 150), st.sampled_from(["a", "Z", "9", "\u00e9"])),
    max_size=6,
).map(" ".join)


def _one_by_one(texts: list[str], width: int) -> list[tuple[int, int]]:
    """(text index, column) of every token, hashed by mmh3 one token at a time."""
    return sorted(
        (i, abs(mmh3.hash(token)) % width)
        for i, text in enumerate(texts)
        for token in words_and_pairs(text)
    )


def _batch(texts: list[str], width: int) -> list[tuple[int, int]]:
    rows, columns = hashed_tokens(texts, width)
    return sorted(zip(rows.tolist(), columns.tolist(), strict=True))


@settings(max_examples=300)
@given(st.binary(max_size=300), st.data())
def test_murmur3_of_spans_is_mmh3(buf: bytes, data: st.DataObject) -> None:
    spans = data.draw(
        st.lists(st.tuples(st.integers(0, len(buf)), st.integers(0, len(buf))), max_size=20)
    )
    starts = [min(a, b) for a, b in spans]
    lengths = [abs(a - b) for a, b in spans]
    got = murmur3_spans(buf, np.array(starts, np.int64), np.array(lengths, np.int64)).tolist()
    expected = [
        mmh3.mmh3_32_sintdigest(buf[a : a + n]) for a, n in zip(starts, lengths, strict=True)
    ]
    assert got == expected


@settings(max_examples=300)
@given(st.lists(st.one_of(TEXT, LONG_WORDS), max_size=8), st.sampled_from([2**6, 2**18]))
def test_a_batch_hashes_what_each_token_hashes_to(texts: list[str], width: int) -> None:
    assert _batch(texts, width) == _one_by_one(texts, width)


def test_the_corpus_hashes_alike() -> None:
    texts = []
    for path in sorted(DATA.glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines):
                if number % 7 == 0:
                    record = json.loads(line)
                    texts.append(f"{record.get('subject', '')}\n{record.get('body', '')}")
    assert any(not text.isascii() for text in texts)
    for i in range(0, len(texts), 200):
        assert _batch(texts[i : i + 200], 2**18) == _one_by_one(texts[i : i + 200], 2**18)


def test_no_texts_and_texts_without_tokens() -> None:
    assert _batch([], 2**10) == []
    assert _batch(["", "a b c", "\u00e9 . \u212a"], 2**10) == []
    assert [row for row, _ in _batch(["x", "ab cd", "", "\u00e9\u00e9"], 2**10)] == [1, 1, 1, 3]


def test_many_texts_are_hashed_a_slice_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """Past _TEXTS texts the batch is hashed in slices: each slice's rows keep their place."""
    texts = ["Not selected", "", "caf\u00e9 au lait", "we regret", "x", "\u00e9t\u00e9 ok"] * 3
    expected = _one_by_one(texts, 2**10)
    monkeypatch.setattr(token_hashes, "_TEXTS", 4)
    assert _batch(texts, 2**10) == expected


@settings(max_examples=200)
@given(st.lists(st.one_of(TEXT, LONG_WORDS), max_size=_FEW))
def test_a_few_texts_hash_alike_by_either_path(texts: list[str]) -> None:
    """A batch of at most _FEW texts is hashed token by token (scoring one message alone);
    the array path gives the same (row, column) pairs for it."""
    by_tokens = _batch(texts, 2**18)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(token_hashes, "_FEW", 0)
        assert _batch(texts, 2**18) == by_tokens
