"""Negation marks: the words a negation governs, as extra ``neg_<word>`` tokens.

A bag of words sees "we will not be progressing your application" and "we are progressing
your application" as nearly the same. Marking the few words after a negation or a regret cue
("not", "no longer", "unable", "unfortunately", "declined", ...) gives the model features such
as ``neg_progressing`` and ``neg_considering`` that recur across very different phrasings of a
rejection, where the surrounding word pairs do not. The scope is the rest of the clause, at most
five content words: the usual heuristic of sentiment analysis, cheap enough for every message.

Two refinements (issue 11):

* **Decisions without a negation.** "We have offered the role to another candidate" or "the
  team went another way" carry no "not"; a few decision cues ("decided", "another candidate",
  "someone else", "ineligible", ...) put such sentences in the refusal-sentence block too,
  without marks. A sentence with a cue of a decision *for* the reader ("invite you", "move
  you", "delighted") and no negation enters with its words prefixed ``yes_``, so "we'd like
  to move you to the next round" is read apart from "we will not be moving you on".
* **Hypotheticals.** "If you are not selected, we will keep your CV on file" talks about a
  refusal that has not happened. A cue preceded in its sentence by a conditional ("if",
  "should", "unless", "in the event", "either way", "whether", "assume") gets ``hyp_`` marks
  instead of ``neg_`` ones, and a sentence whose first cue is conditional enters the block
  with every word prefixed ``hyp_``, so the model learns a conditional refusal apart from a
  real one.
"""

from __future__ import annotations

import re

__all__ = ["FOR_READER", "HYPOTHETICAL", "MARK", "read_cues"]

MARK = "neg_"
HYPOTHETICAL = "hyp_"
FOR_READER = "yes_"
_NEGATION, _DECISION, _YES = 0, 1, 2
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
# Cues of a decision that need no negation: the sentence enters the refusal block, no marks.
_DECISION_CUES = (
    "decided",
    "decision",
    "chosen",
    "another candidate",
    "other candidates",
    "another applicant",
    "other applicants",
    "someone else",
    "someone whose",
    "another direction",
    "different direction",
    "another way",
    "ineligible",
    "cancelled",
    "canceled",
    "closer match",
    "closer fit",
    "better fit",
    "better match",
)
# Cues of a decision for the reader: a sentence with one and no negation enters the block
# with its words prefixed ``yes_``, so "we'd like to move you to the next round" does not
# share its features with "we will not be moving you to the next round".
_FOR_READER_CUES = (
    "invite you",
    "offer you",
    "move you",
    "moving you",
    "take you",
    "like you to",
    "pleased",
    "delighted",
    "congratulations",
)
_CONDITIONAL = re.compile(
    r"\b(?:if|unless|should|in the event|either way|whether|assume|in case|otherwise)\b"
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


def _cue_ends(lowered: str) -> list[tuple[int, int, int]]:
    """(start, end, kind) of every whole-word cue in ``lowered``, in text order; kind is
    _NEGATION, _DECISION or _YES."""
    found: list[tuple[int, int, int]] = []
    for cues, negation in (
        (_CUES, _NEGATION),
        (_DECISION_CUES, _DECISION),
        (_FOR_READER_CUES, _YES),
    ):
        for cue in cues:  # str.find per cue: far faster than one alternation regex
            start = lowered.find(cue)
            while start != -1:
                end = start + len(cue)
                if (start == 0 or not lowered[start - 1].isalnum()) and (
                    end == len(lowered) or not lowered[end].isalnum()
                ):
                    found.append((start, end, negation))
                start = lowered.find(cue, end)
    found.sort()
    return found


def _prefixed(prefix: str, sentence: str) -> str:
    return " ".join(prefix + word for word in _WORD.findall(sentence))


def read_cues(text: str) -> tuple[str, str]:
    """``(marks, sentences)`` from one scan for the cues: ``neg_<word>`` for each content word
    in the scope of each negation cue, space-joined in the order the cues appear; and the
    sentences that hold a cue, lower-cased, one a line, each once. A rejection is usually one
    such sentence in a long letter; the classifier reads these sentences as a block of their
    own (rejectwatch.features), so the refusal weighs the same however much thanks and
    boilerplate surround it."""
    lowered = text.lower()
    marks: list[str] = []
    # sentence -> [first cue conditional?, any negation?, any cue of a decision for the reader?]
    spans: dict[tuple[int, int], list[bool]] = {}
    for start, end, kind in _cue_ends(lowered):
        left = max(lowered.rfind(stop, 0, start) for stop in _STOPS) + 1
        conditional = _CONDITIONAL.search(lowered, left, start) is not None
        if kind == _NEGATION:
            clause = _CLAUSE.match(lowered, end)
            words = _WORD.findall(clause.group()) if clause else []
            mark = HYPOTHETICAL if conditional else MARK
            marks.extend(mark + word for word in words[:_SCOPE] if word not in _SKIP)
        ends = [i for i in (lowered.find(stop, end) for stop in _STOPS) if i != -1]
        state = spans.setdefault(
            (left, min(ends, default=len(lowered))), [conditional, False, False]
        )
        state[1] = state[1] or kind == _NEGATION
        state[2] = state[2] or kind == _YES
    lines = []
    for (left, right), (conditional, negation, for_reader) in spans.items():
        if conditional:
            lines.append(_prefixed(HYPOTHETICAL, lowered[left:right]))
        elif for_reader and not negation:
            lines.append(_prefixed(FOR_READER, lowered[left:right]))
        else:
            lines.append(lowered[left:right].strip())
    return " ".join(marks), "\n".join(lines)
