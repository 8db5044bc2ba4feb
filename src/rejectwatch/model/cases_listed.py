"""A refusal as one item of a list of the outcomes a process can have (issue 11, twenty-first
pass, part R).

Written-28's confirmations ("From here there are three possible outcomes:\\n1. an invitation to
a structured interview;\\n2. a place on our reserve list for six months;\\n3. a note that your
application will not progress on this occasion.") scored 0.92 to 0.96: the third item read as a
refusal given. other_cases.a_case_named reads such alternatives written on one line ("What can
happen next: Interview · Offer · Not moving forward"); read here, the list written one item a
line (numbered or bulleted), under a line that ends with a colon and holds a word of
possibility ("possible", "can", "may", "could", "one of", "either", "options", "what happens
next"), at least two items, another of which names a case forward (an interview, an offer, a
place on a list): each item is one of the cases, none given (rules_ahead.rule_sentence).

Not a list under a line that names no possibility ("We have reached the following outcome:\\n-
Not progressed"), nor the outcomes of the reader's several applications ("The outcomes of your
applications:\\n1. Barista - not progressed").
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import Prefiltered

__all__ = ["ITEM_NEEDS", "an_item_of_cases"]

# an item's mark at the opening of its line: "1.", "2)", "-", "*", "•", "·" (a lettered item,
# "b)", is joined to the line above as a soft line break, negation._SOFT_BREAK)
_ITEM = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[\-*\u2022\u00b7])[ \t]+\S")
# a word of possibility in the line that opens the list
_POSSIBLE = re.compile(
    r"\b(?:possible|possibly|can(?!['\u2019]t|not)|could(?!n['\u2019]t)|may|might|one of|"
    r"either|options?|what happens next|what (?:can|could|may|might) happen)\b"
)
# ... not the reader's own "may" ("a few things you might want to know:", "which you may find
# useful:", "in case you could use it:"): a letter's points, given (part V)
_READERS_MODAL = re.compile(
    r"\byou (?:may|might|could|can) (?:want|wish|like|find|need|use|be interested)\b"
)
# a case forward named by another item ("an invitation to interview", "an offer", "a place on
# the reserve list"): the list is of alternatives, not a feedback letter's points
_FORWARD = re.compile(
    r"\b(?:interviews?|offers?|invitations?|invites?|shortlist\w*|reserve list|waiting list|"
    r"next (?:stage|round|step)|trial|assessment)\b"
)
# an_item_of_cases is False wherever none of _FORWARD's strings stands (another item must name
# a case forward; rules_ahead.rule_sentence, twenty-second pass, part E)
ITEM_NEEDS = (Prefiltered(_FORWARD),)
# how many lines above an item the list's opening line may stand
_REACH = 12


def _line(lowered: str, at: int) -> tuple[int, int]:
    """The (start, end) of the line of ``lowered`` that holds ``at``."""
    start = lowered.rfind("\n", 0, at) + 1
    end = lowered.find("\n", at)
    return start, len(lowered) if end < 0 else end


def an_item_of_cases(lowered: str, left: int, right: int) -> bool:
    """Does the sentence lowered[left:right] stand in an item of a list, one item a line, under
    a line ending with a colon that names the items as possible outcomes ("From here there are
    three possible outcomes:\\n1. an invitation ...;\\n2. ...;\\n3. a note that your application
    will not progress")?"""
    start, end = _line(lowered, left)
    if right > end or not _ITEM.match(lowered, start, end):
        return False
    items = 1
    forward = False
    # (the items after this one, then the ones above it, up to the list's opening line)
    after = end + 1
    while after < len(lowered):
        next_start, next_end = _line(lowered, after)
        if not _ITEM.match(lowered, next_start, next_end):
            break
        items += 1
        forward = forward or _FORWARD.search(lowered, next_start, next_end) is not None
        after = next_end + 1
    for _ in range(_REACH):
        if start == 0:
            return False
        start, end = _line(lowered, start - 1)
        if _ITEM.match(lowered, start, end):
            items += 1
            forward = forward or _FORWARD.search(lowered, start, end) is not None
            continue
        opening = lowered[start:end].rstrip()
        return (
            items >= 2
            and forward
            and opening.endswith(":")
            and _POSSIBLE.search(_READERS_MODAL.sub("", opening)) is not None
        )
    return False
