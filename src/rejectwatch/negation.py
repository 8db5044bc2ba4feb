"""Negation marks: the words a negation governs, as extra ``neg_<word>`` tokens.

A bag of words sees "we will not be progressing your application" and "we are progressing
your application" as nearly the same. Marking the few words after a negation or a regret cue
("not", "no longer", "unable", "unfortunately", "declined", ...) gives the model features such
as ``neg_progressing`` and ``neg_considering`` that recur across very different phrasings of a
rejection, where the surrounding word pairs do not. The scope is the rest of the clause, at most
five content words: the usual heuristic of sentiment analysis, cheap enough for every message.
"""

from __future__ import annotations

import re

__all__ = ["MARK", "read_cues"]

MARK = "neg_"
_CONTRACTED = ("can", "won", "wouldn", "isn", "aren", "don", "didn", "couldn", "haven")
_CUES = (
    "not",
    "no longer",
    "never",
    "unable",
    "cannot",
    *(f"{stem}{apostrophe}t" for stem in _CONTRACTED for apostrophe in ("'", "\u2019")),
    "unfortunately",
    "unsuccessful",
    "decline",
    "declined",
    "regret",
    "sadly",
)
_CLAUSE = re.compile(r"[^.!?\n;:]{0,60}")
_WORD = re.compile(r"[a-z]{3,}")
_SKIP_WORDS = (
    "the and that this with for your you our are was were been have has had will would able "
    "any these those from into about its their them they which who whom"
)
_SKIP = frozenset(_SKIP_WORDS.split())
_SCOPE = 5
_STOPS = (".", "!", "?", "\n")  # where a sentence ends, roughly


def _cue_ends(lowered: str) -> list[tuple[int, int]]:
    """(start, end) of every whole-word negation cue in ``lowered``, in text order."""
    found: list[tuple[int, int]] = []
    for cue in _CUES:  # str.find per cue: far faster than one alternation regex over the text
        start = lowered.find(cue)
        while start != -1:
            end = start + len(cue)
            if (start == 0 or not lowered[start - 1].isalnum()) and (
                end == len(lowered) or not lowered[end].isalnum()
            ):
                found.append((start, end))
            start = lowered.find(cue, end)
    found.sort()
    return found


def read_cues(text: str) -> tuple[str, str]:
    """``(marks, sentences)`` from one scan for the cues: ``neg_<word>`` for each content word
    in the scope of each negation cue, space-joined in the order the cues appear; and the
    sentences that hold a cue, lower-cased, one a line, each once. A rejection is usually one
    such sentence in a long letter; the classifier reads these sentences as a block of their
    own (rejectwatch.features), so the refusal weighs the same however much thanks and
    boilerplate surround it."""
    lowered = text.lower()
    marks: list[str] = []
    spans: dict[tuple[int, int], None] = {}
    for start, end in _cue_ends(lowered):
        clause = _CLAUSE.match(lowered, end)
        words = _WORD.findall(clause.group()) if clause else []
        marks.extend(MARK + word for word in words[:_SCOPE] if word not in _SKIP)
        left = max(lowered.rfind(stop, 0, start) for stop in _STOPS) + 1
        ends = [i for i in (lowered.find(stop, end) for stop in _STOPS) if i != -1]
        spans[left, min(ends, default=len(lowered))] = None
    sentences = "\n".join(lowered[left:right].strip() for left, right in spans)
    return " ".join(marks), sentences
