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
throughput for no gain on job mail. (Nineteenth pass, part E: an optional third block, the
char view of mail that is not ASCII, off unless CHAR_VIEW: see there.)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Any, NamedTuple

from rejectwatch.model.markup import readable
from rejectwatch.model.negation import read_all_cues
from rejectwatch.model.trim import new_text

__all__ = [
    "BODY_CHARS",
    "CHAR_FEATURES",
    "CHAR_SCALE",
    "CHAR_VIEW",
    "CUE_FEATURES",
    "CUE_SCALE",
    "HEAD_CHARS",
    "N_FEATURES",
    "Document",
    "documents_to_blocks",
    "documents_to_views",
    "western_stops",
]

BODY_CHARS = 4096  # only the head of a body is read: rejections say so early, and it is fast
N_FEATURES = 2**18  # message block
CUE_FEATURES = 2**17  # refusal-sentence block
# The refusal-sentence block's length relative to the message block's (1.0): chosen on grouped
# CV (0.35-1.4 tried; 0.5-0.7 best, recall at filing +0.06-0.09 over no block).
CUE_SCALE = 0.5
# Nineteenth pass, part E: an optional third block, the **char view**: hashed character 3-5
# grams (within words) of the subject and the first HEAD_CHARS characters of the body, for
# mail whose those hold a non-ASCII character (other mail has an empty char view). The one
# statistical lever that reached languages no reading knows (docs/model.md § 7, eighteenth
# and nineteenth passes, part E). CHAR_VIEW decides whether a model trained here has it; a
# model file says whether it has (rejectwatch.model.plain.HashStep's char_width), so a model
# saved without it loads and scores as before whatever CHAR_VIEW says.
CHAR_VIEW = False
CHAR_FEATURES = 2**18  # its columns
CHAR_SCALE = 0.5  # its length relative to the message block's
HEAD_CHARS = 500


class Document(NamedTuple):
    """What the classifier sees of one message."""

    subject: str
    body: str
    sender: str  # "Name <addr>", "addr" or ""


# Sixteenth pass: Chinese and Japanese end a sentence with a full-width stop (U+3002, U+FF01,
# U+FF1F), where read_cues and the outcome readings look for ".", "!" and "?": a letter's
# decision and the next sentence's "如有疑问" (if you have questions) or "ご不明な点がある場合" on
# one line were one sentence, and the second's conditional withheld the first's reading.
# read_cues is handed the text with those read as the western stops (one character for one:
# every offset is kept; none is a word character, so the words hashed are the same); the texts
# hashed keep them.
# (eighteenth pass, part B: and the Devanagari danda, U+0964 and U+0965, which ends a Hindi
# sentence: a confirmation's "... संपर्क किया जाएगा। यदि ..." was one sentence with the next;
# part C: and the Urdu full stop U+06D4 and the Armenian full stop U+0589,
# rejectwatch.model.world_languages)
_FULL_WIDTH_STOPS = str.maketrans("\u3002\uff01\uff1f\u0964\u0965\u06d4\u0589", ".!?....")
_OTHER_STOPS = tuple(map(chr, _FULL_WIDTH_STOPS))  # the stops above, read off the table


def western_stops(text: str) -> str:
    """``text`` with the full-width stops read as ".", "!" and "?" (unchanged, and not copied,
    when it holds none: the test is seven substring searches)."""
    if text.isascii():  # (p16: a flag of the string, no search)
        return text
    if any(map(text.__contains__, _OTHER_STOPS)):
        return text.translate(_FULL_WIDTH_STOPS)
    return text


def documents_to_views(docs: Sequence[Document]) -> tuple[list[str], list[str]]:
    """Both word blocks' texts. The message block: subject, sender and the head of the body,
    followed by their negation marks; the refusal-sentence block: their cue-bearing sentences
    (see rejectwatch.model.negation; one scan serves both)."""
    texts, sentences = documents_to_blocks(docs)[:2]
    return texts, sentences


def documents_to_blocks(docs: Sequence[Document], char_view: bool = False) -> list[list[str]]:
    """Each block's texts: documents_to_views's two, and with ``char_view`` the char view's
    third (see CHAR_VIEW: the subject and the body's first HEAD_CHARS characters when they
    hold a non-ASCII character, else "")."""
    heads, cuts, chars = [], [], []
    for d in docs:
        body, cut = new_text(readable(d.body, BODY_CHARS), d.subject)
        heads.append(f"{d.subject}\n{d.sender}\n{body}")
        cuts.append(cut)
        if char_view:
            start = f"{d.subject}\n{body[:HEAD_CHARS]}"
            chars.append("" if start.isascii() else start)
    # (eighteenth pass: the cues of every text read in one call, read_all_cues)
    read = read_all_cues([western_stops(head) for head in heads])
    texts = [
        f"{head}\n{marks} {cut}" for head, (marks, _), cut in zip(heads, read, cuts, strict=True)
    ]
    return [texts, [sentences for _, sentences in read], *([chars] if char_view else [])]


# scikit-learn's default token pattern is (?u)\b\w\w+\b; a greedy \w\w+ finds exactly the same
# tokens (each maximal run of two or more word characters) about 20% faster.
# Eighteenth pass, part B: the vowel signs and viramas of the Indic scripts (Devanagari to
# Sinhala, U+0900-0DFF, Unicode's Mn and Mc) are no \w to Python's re, so a Hindi word was cut
# at each of them ("सूचित" -> "स", "च", "त", each dropped as too short; "आवेदन" -> "आव", "दन").
# They count as word characters here and in rejectwatch.model.token_hashes (INDIC_MARKS). Thai's
# (U+0E00-0E7F) are left as they were: Thai writes no spaces, and its words cut at the marks are
# the only pieces a clause is read as (with them, a whole clause would be one token).
INDIC_MARKS = tuple(
    code for code in range(0x0900, 0x0E00) if unicodedata.category(chr(code)) in ("Mn", "Mc")
)
_WORD_CLASS = r"[\w" + "".join(map(chr, INDIC_MARKS)) + "]"
_TOKEN = re.compile(_WORD_CLASS + _WORD_CLASS + "+")
# For ASCII text, \w is [A-Za-z0-9_]: every other byte becomes a space, and str.split finds
# the same maximal runs in C, a third faster than the regex.
_NOT_WORD = bytes(c if chr(c).isalnum() or c == ord("_") else ord(" ") for c in range(256))
# The same, lower-casing A-Z on the way: str.lower() of ASCII text changes only those.
_LOWER_NOT_WORD = bytes(_NOT_WORD[c] | 0x20 if 65 <= c <= 90 else _NOT_WORD[c] for c in range(256))


def _ascii_words(text: str, table: bytes = _NOT_WORD) -> list[bytes]:
    """The tokens of ASCII text, as bytes: each maximal run of two or more word characters
    (what _TOKEN finds), after ``table`` (_NOT_WORD for lower-cased text, _LOWER_NOT_WORD to
    lower-case on the way)."""
    return [run for run in text.encode("ascii").translate(table).split() if len(run) > 1]


# Sixteenth pass: Chinese and Japanese write no spaces, so a whole clause of Han and kana was one
# \w\w+ token ("慎重に選考を重ねました結果") and matched only verbatim. A run of them is read as
# its overlapping character pairs instead ("慎重", "重に", "に選", ...), the usual way to cut
# such text without a dictionary; Hangul (Korean writes spaces) and every other script are
# read as before.
# (the ranges, also for rejectwatch.model.token_hashes to find them among code points: kana,
# CJK extension A, the unified ideographs, the compatibility ideographs)
CJK_RANGES = ((0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
_CJK_RUN = re.compile("[" + "".join(f"{chr(low)}-{chr(high)}" for low, high in CJK_RANGES) + "]+")
# the lead bytes of those ranges' UTF-8 (and of the rest of U+3000-9FFF and U+F000-FFFF)
_CJK_LEADS = (*(bytes([lead]) for lead in range(0xE3, 0xEA)), b"\xef")


def _pairs_of(run: re.Match[str]) -> str:
    found = run.group()
    return " " + " ".join([found[i : i + 2] for i in range(len(found) - 1)]) + " "


def cjk_pairs(lowered: str) -> str:
    """``lowered`` with each run of Han and kana written as its character pairs, each a word of
    its own ("選考結果" -> " 選考 考結 結果 "); any other text unchanged. The search runs only
    where the text's UTF-8 holds a lead byte of U+3000-9FFF or U+F000-FFFF (a few memchr passes
    over bytes encoded in C: a regex scan of every text cost about 25 us a 4 kB text, and one
    ordinary message alone 0.37 -> 0.42 ms)."""
    if not any(map(lowered.encode("utf-8", "surrogatepass").__contains__, _CJK_LEADS)):
        return lowered
    return _CJK_RUN.sub(_pairs_of, lowered)


def words(text: str) -> list[str]:
    """The lower-cased tokens of ``text`` as scikit-learn's default token pattern finds them
    (a run of Han and kana as its character pairs: cjk_pairs; an Indic vowel sign inside a
    word: INDIC_MARKS)."""
    lowered = text.lower()
    if lowered.isascii():
        return [run.decode("ascii") for run in _ascii_words(lowered)]
    return _TOKEN.findall(cjk_pairs(lowered))


def words_and_pairs(text: str) -> list[str]:
    """Lower-cased words and adjacent word pairs: what HashingVectorizer(ngram_range=(1, 2))
    yields, about 15% faster (one joined map instead of scikit-learn's n-gram loop)."""
    tokens = words(text)
    tokens += map(" ".join, zip(tokens, tokens[1:], strict=False))  # noqa: RUF007 - zip reuses its tuple
    return tokens


def __getattr__(name: str) -> Any:
    """DocumentHasher lives in rejectwatch.model.hashing (scikit-learn); a model pickled
    before (card version 7 and older) names it here."""
    if name == "DocumentHasher":
        from rejectwatch.model.hashing import DocumentHasher  # noqa: PLC0415 - scikit-learn

        return DocumentHasher
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
