"""A batch of texts' word 1-2 grams, hashed with MurmurHash3 in numpy, all texts at once.

What rejectwatch.model.features.words_and_pairs finds in each text, hashed as scikit-learn's
FeatureHasher hashes it (MurmurHash3 x86, 32 bits, seed 0, signed, of the token's UTF-8),
without making a Python object per token: a first scan's worker spent about 0.3 s per 10,000
messages cutting tokens into lists and 0.3 s calling mmh3 on each of their 5 million tokens.

1. Each text's tokens are laid out in one buffer, each followed by one space. ASCII texts are
   lower-cased and cut by a translation table (letters, digits and "_" are word bytes, every
   other byte a space), runs of one byte dropped, with array operations over the whole batch;
   the other texts likewise in the code points of their ``lower()`` (UTF-32), a word
   character being what ``\\w`` takes (str.isalnum, or "_"), then laid out in UTF-8 (a word
   character never holds the byte of a space): 46 -> 32 ms for the 13% of the mix's texts
   that are not ASCII, against ``\\w\\w+`` found by re and joined.
2. A word is then a span of the buffer, and so is a word pair (the two words and the one space
   between them), so every token is a (start, length) pair.
3. MurmurHash3 runs over all spans at once: the k-th 4-byte block of every span that has one,
   for k = 0, 1, ..., then the tails and the final mix. A span longer than 64 bytes (rare: a
   long run of letters and digits) is hashed by mmh3 itself.

Only the multiset of (row, column) pairs matters to the hashing step, which sorts them.

hashed_char_grams (the optional char view, features.CHAR_VIEW) hashes character 3-5 grams the
same way: the words laid out in one buffer of code points, each gram a span of its UTF-8.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import mmh3
import numpy as np
from numpy.typing import NDArray

from rejectwatch.model.features import (
    _LOWER_NOT_WORD,
    CJK_RANGES,
    INDIC_MARKS,
    cjk_pairs,
    words_and_pairs,
)

__all__ = ["hashed_char_grams", "hashed_tokens", "murmur3_spans", "token_columns"]

_SPACE = 0x20
_LONG_BLOCKS = 16  # spans of more blocks than this are hashed one by one by mmh3
_TEXTS = 1024  # texts hashed together at most

_C1, _C2 = np.uint32(0xCC9E2D51), np.uint32(0x1B873593)
_N1, _FIVE = np.uint32(0xE6546B64), np.uint32(5)
_F1, _F2 = np.uint32(0x85EBCA6B), np.uint32(0xC2B2AE35)
_R13, _R15, _R16, _R17, _R19 = (np.uint32(r) for r in (13, 15, 16, 17, 19))
_ONE, _THREE = np.uint32(1), np.uint32(3)


def _scramble(k: NDArray[np.uint32]) -> NDArray[np.uint32]:
    """k * c1, rotated left 15, * c2 (in place)."""
    k *= _C1
    high = k << _R15
    k >>= _R17
    k |= high
    k *= _C2
    return k


def murmur3_spans(buf: bytes, starts: NDArray[np.int64], lengths: NDArray[np.int64]) -> Any:
    """MurmurHash3 (x86, 32 bits, seed 0), signed, of ``buf[s : s + n]`` for each span, as
    int64: ``mmh3.mmh3_32_sintdigest`` of each slice."""
    count = len(starts)
    out = np.empty(count, np.int64)
    if not count:
        return out
    # four copies of buf read as little-endian words from byte 0, 1, 2 and 3: the word at any
    # byte offset o is flat[(o % 4) * words + o // 4]
    padded = buf + bytes(8)
    words = len(buf) // 4 + 1
    flat = np.concatenate([np.frombuffer(padded, "<u4", count=words, offset=r) for r in range(4)])
    blocks = np.minimum(lengths >> 2, _LONG_BLOCKS + 1).astype(np.uint8)
    order = np.argsort(blocks, kind="stable")  # a radix sort of bytes: fewest blocks first
    blocks = blocks[order]
    starts = starts[order]
    lengths = lengths[order]
    at = (starts & 3) * words + (starts >> 2)  # where each span's first block is in flat
    h = np.zeros(count, np.uint32)
    firsts = np.searchsorted(blocks, np.arange(1, _LONG_BLOCKS + 1), side="left")
    for j, first in enumerate(firsts.tolist()):  # block j of every span that has one
        if first == count:
            break
        k = _scramble(flat[at[first:] + j])
        part = h[first:]
        part ^= k
        high = part << _R13
        part >>= _R19
        part |= high
        part *= _FIVE
        part += _N1
    tail = (lengths & 3).astype(np.uint32)
    k = flat[at + (lengths >> 2)]
    k &= (_ONE << (tail << _THREE)) - _ONE  # the tail's bytes only; 0 when there are none
    h ^= _scramble(k)
    h ^= lengths.astype(np.uint32)
    h ^= h >> _R16
    h *= _F1
    h ^= h >> _R13
    h *= _F2
    h ^= h >> _R16
    out[order] = h.view(np.int32)
    long = np.flatnonzero(blocks > _LONG_BLOCKS)
    if len(long):
        spans = zip(starts[long].tolist(), lengths[long].tolist(), strict=True)
        out[order[long]] = [mmh3.mmh3_32_sintdigest(buf[s : s + n]) for s, n in spans]
    return out


def _runs(word: NDArray[np.bool_]) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """Where each run of True starts and ends (``word`` is empty or ends in False)."""
    edges = np.zeros(len(word) + 1, np.bool_)
    if len(word):
        edges[0] = word[0]
    np.not_equal(word[1:], word[:-1], out=edges[1:-1])
    bounds = np.flatnonzero(edges)
    return bounds[0::2], bounds[1::2]


def _tokens(chars: Any, word: NDArray[np.bool_], lengths: list[int]) -> tuple[Any, Any, Any]:
    """The runs of two or more word characters in ``chars`` (texts of ``lengths`` one after
    another, each followed by a character that is not a word character), laid out one after
    another, each followed by the character after it: that array, each run's length and the
    index of its text."""
    starts, ends = _runs(word)
    kept = ends - starts > 1
    starts, ends = starts[kept], ends[kept]
    inside = np.zeros(len(chars) + 1, np.int8)
    inside[starts] = 1
    inside[ends] -= 1
    keep = np.cumsum(inside[:-1], dtype=np.int8).view(np.bool_)
    keep[ends] = True  # and the character after each run
    text_of = np.searchsorted(np.cumsum([n + 1 for n in lengths]), starts, side="right")
    return chars[keep], ends - starts, text_of


def _ascii_spans(texts: list[str]) -> tuple[bytes, Any, Any, Any]:
    """The tokens of ASCII texts laid out one after another, each followed by a space: the
    buffer, each token's start and length in it, and the index in ``texts`` of its text."""
    raw = (" ".join(texts) + " ").encode("ascii").translate(_LOWER_NOT_WORD)
    chars = np.frombuffer(raw, np.uint8)
    laid, lengths, text_of = _tokens(chars, chars != _SPACE, [len(text) for text in texts])
    return laid.tobytes(), _starts(lengths), lengths, text_of


_BMP_WORD: NDArray[np.bool_] | None = None  # re's \w for each code point below 0x10000


def _is_word(codes: NDArray[np.uint32]) -> NDArray[np.bool_]:
    r"""Is each code point a word character as re's ``\w`` reads str (alphanumeric by
    str.isalnum, or "_"), or an Indic vowel sign (features.INDIC_MARKS, as features.words
    reads them)? The Basic Multilingual Plane from a table made at the first call (5 ms), any
    other code point asked of Python."""
    global _BMP_WORD  # noqa: PLW0603 - built once, when a text that is not ASCII comes
    if _BMP_WORD is None:
        table = np.fromiter(map(str.isalnum, map(chr, range(0x10000))), np.bool_, 0x10000)
        table[ord("_")] = True
        table[list(INDIC_MARKS)] = True
        _BMP_WORD = table
    word = _BMP_WORD[np.minimum(codes, 0xFFFF)]
    astral = np.flatnonzero(codes > 0xFFFF)
    if len(astral):
        found = codes[astral]
        distinct = np.unique(found)
        alnum = np.fromiter(map(str.isalnum, map(chr, distinct.tolist())), np.bool_, len(distinct))
        word[astral] = alnum[np.searchsorted(distinct, found)]
    return word


def _other_spans(texts: list[str]) -> tuple[bytes, Any, Any, Any]:
    r"""_ascii_spans for any texts: the tokens of features.words in each one's ``lower()``, found
    in their code points (UTF-32; a lone surrogate is no word character) and laid out in
    UTF-8 (a word character never holds the byte of a space)."""
    lowered = [text.lower() for text in texts]
    encoded = (" ".join(lowered) + " ").encode("utf-32-le", "surrogatepass")
    codes = np.frombuffer(encoded, "<u4")
    if _holds_cjk(codes):  # a run of Han and kana is read as its pairs (features.cjk_pairs)
        lowered = [cjk_pairs(text) for text in lowered]
        encoded = (" ".join(lowered) + " ").encode("utf-32-le", "surrogatepass")
        codes = np.frombuffer(encoded, "<u4")
    word = _is_word(codes)
    spaced = np.where(word, codes, np.uint32(_SPACE)).astype("<u4")
    laid, _, text_of = _tokens(spaced, word, [len(text) for text in lowered])
    buf = laid.tobytes().decode("utf-32-le").encode("utf-8")
    starts, ends = _runs(np.frombuffer(buf, np.uint8) != _SPACE)
    return buf, starts, ends - starts, text_of


# What str.split splits on (str.isspace; tests/test_char_view.py checks every code point): 29
# code points, all below U+3001, as a table over them.
SPACES = (*range(0x09, 0x0E), *range(0x1C, 0x21), 0x85, 0xA0, 0x1680, *range(0x2000, 0x200B))
SPACES += (0x2028, 0x2029, 0x202F, 0x205F, 0x3000)
_SPACE_TABLE = np.zeros(0x3002, np.bool_)
_SPACE_TABLE[list(SPACES)] = True


def _is_space(codes: NDArray[np.uint32]) -> NDArray[np.bool_]:
    """Is each code point one str.split splits on?"""
    return _SPACE_TABLE[np.minimum(codes, 0x3001)]


def _holds_cjk(codes: NDArray[np.uint32]) -> bool:
    """Does any code point fall in the Han and kana ranges features.cjk_pairs reads?"""
    if not len(codes) or int(codes.max()) < CJK_RANGES[0][0]:
        return False
    return any(bool(((codes >= low) & (codes <= high)).any()) for low, high in CJK_RANGES)


def _starts(lengths: NDArray[np.int64]) -> NDArray[np.int64]:
    """Where each token starts when each is followed by one space."""
    starts = np.zeros(len(lengths), np.int64)
    np.cumsum(lengths[:-1] + 1, out=starts[1:])
    return starts


def token_columns(tokens: list[str], width: int) -> NDArray[np.int64]:
    """The column of each token (a word or a word pair) as scikit-learn's FeatureHasher puts
    it: |h| mod ``width``, h by mmh3 one token at a time."""
    return np.abs(np.fromiter(map(mmh3.hash, tokens), np.int64, len(tokens))) % width


# A batch this small is hashed token by token: the array path's fixed cost (about 70 us a call,
# twice a message) made scoring one message alone 0.24 -> 0.40 ms (scripts/bench_classify.py),
# which the daemon does for each new message.
_FEW = 2


def _columns(hashes: NDArray[np.int64], width: int) -> Any:
    """|h| mod ``width`` (a mask when ``width`` is a power of two: the same numbers, faster)."""
    magnitudes = np.abs(hashes)
    if width & (width - 1) == 0:
        magnitudes &= width - 1
        return magnitudes
    return magnitudes % width


def _hashed_one_by_one(texts: Sequence[str], width: int) -> tuple[Any, Any]:
    """hashed_tokens for a few texts: words_and_pairs, then token_columns."""
    tokens = [words_and_pairs(text) for text in texts]
    rows = np.repeat(np.arange(len(texts), dtype=np.int64), [len(t) for t in tokens])
    return rows, token_columns([token for text in tokens for token in text], width)


def _in_parts(
    hashed: Callable[[Sequence[str], int], tuple[Any, Any]], texts: Sequence[str], width: int
) -> tuple[Any, Any]:
    """``hashed`` (hashed_tokens or hashed_char_grams) over ``texts`` _TEXTS at a time, each
    part's rows moved on by the texts before it."""
    parts = [hashed(texts[i : i + _TEXTS], width) for i in range(0, len(texts), _TEXTS)]
    offset = [part_rows + i * _TEXTS for i, (part_rows, _) in enumerate(parts)]
    return np.concatenate(offset), np.concatenate([columns for _, columns in parts])


def hashed_tokens(texts: Sequence[str], width: int) -> tuple[Any, Any]:
    """Each text's word 1-2 grams (rejectwatch.model.features.words_and_pairs) hashed into
    ``width`` columns, as |MurmurHash3| mod width: (the text's index, the column) of every
    token, in no particular order. Many texts are hashed _TEXTS at a time, which bounds the
    arrays made for them (training hashes the whole corpus in one call)."""
    if len(texts) <= _FEW:
        return _hashed_one_by_one(texts, width)
    if len(texts) > _TEXTS:
        return _in_parts(hashed_tokens, texts, width)
    plain = [i for i, text in enumerate(texts) if text.isascii()]
    other = [i for i, text in enumerate(texts) if not text.isascii()]
    buf, starts, lengths, text_of = _ascii_spans([texts[i] for i in plain])
    rows = np.asarray(plain, np.int64)[text_of]
    if other:
        tail, first, size, piece_of = _other_spans([texts[i] for i in other])
        rows = np.concatenate([rows, np.asarray(other, np.int64)[piece_of]])
        starts = np.concatenate([starts, first + len(buf)])
        lengths = np.concatenate([lengths, size])
        buf += tail
    # a pair: a token and the next one of the same text, with the space between them
    same = rows[1:] == rows[:-1]
    pair_starts = starts[:-1][same]
    pair_lengths = (starts[1:] + lengths[1:])[same] - pair_starts
    hashes = murmur3_spans(
        buf, np.concatenate([starts, pair_starts]), np.concatenate([lengths, pair_lengths])
    )
    return np.concatenate([rows, rows[:-1][same]]), _columns(hashes, width)


def hashed_char_grams(texts: Sequence[str], width: int) -> tuple[Any, Any]:
    """Each text's character 3-5 grams within words, hashed into ``width`` columns as
    scikit-learn's HashingVectorizer(analyzer="char_wb", ngram_range=(3, 5),
    alternate_sign=False) hashes them (nineteenth pass, part E: the optional char view,
    rejectwatch.model.features.CHAR_VIEW): each lower-cased word (a run of what str.split
    does not split on) padded with a space either side, its n-grams spans of one UTF-8
    buffer, MurmurHash3 over all spans at once. (the text's index, the column) of every gram,
    in no particular order; an empty text has none.

    Twentieth pass, part G: the words are found (SPACES) and laid out in the batch's code
    points with array operations, as _other_spans finds the word tokens, instead of split and
    joined text by text and word by word in Python; where a gram starts is where enough of
    its padded word is left. The same spans of the same bytes as before, so the same columns
    (scripts/bench_char_hash.py: 16-27% less CPU time on the corpus mix, a loaded machine)."""
    if len(texts) > _TEXTS:
        return _in_parts(hashed_char_grams, texts, width)
    lowered = [text.lower() for text in texts]
    encoded = (" ".join(lowered) + " ").encode("utf-32-le", "surrogatepass")
    codes = np.frombuffer(encoded, "<u4")
    space = _is_space(codes)
    starts, ends = _runs(~space)  # the words (the batch ends in a space)
    if not len(starts):
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    text_of = np.searchsorted(np.cumsum([len(text) + 1 for text in lowered]), starts, "right")
    # each word padded with a space either side, laid end to end
    sizes = ends - starts
    padded = sizes + 2
    firsts = np.zeros(len(padded), np.int64)
    np.cumsum(padded[:-1], out=firsts[1:])
    laid = np.full(int(firsts[-1] + padded[-1]), _SPACE, np.uint32)
    inside = np.flatnonzero(~space)
    laid[inside + np.repeat(firsts + 1 - starts, sizes)] = codes[inside]
    # each code point's UTF-8 length, so a gram of code points is a span of the UTF-8 bytes
    bytes_of = 1 + (laid >= 0x80) + (laid >= 0x800) + (laid >= 0x10000)
    offsets = np.zeros(len(laid) + 1, np.int64)
    np.cumsum(bytes_of, out=offsets[1:])
    # how many code points are left in its padded word from each place of the layout
    left = np.repeat(firsts + padded, padded) - np.arange(len(laid))
    row_of = np.repeat(text_of, padded)
    at = [np.flatnonzero(left >= 3)]  # where a 3-gram starts; a 4-gram, among them; ...
    at += [at[0][left[at[0]] >= 4]]
    at += [at[1][left[at[1]] >= 5]]
    begin = np.concatenate(at)
    end = np.concatenate([at[0] + 3, at[1] + 4, at[2] + 5])
    buf = laid.tobytes().decode("utf-32-le", "surrogatepass").encode("utf-8", "surrogatepass")
    hashes = murmur3_spans(buf, offsets[begin], offsets[end] - offsets[begin])
    return row_of[begin], _columns(hashes, width)
