"""Decisions on other mail, and rows a digest or a relay lists (issue 11, twentieth pass, part J).

Three kinds of other mail were read as a decision on the reader's application (part B found
them); each kind is now set aside where the readings are checked (rejectwatch.model.negation):

* **a date refused with another proposed** (:func:`another_date`): "I can't put you on the rota
  for the 14th, can you do the 15th?", "we can't take you on Saturday — how about Sunday?" is
  a scheduling question, not a decision about the application ("we can't put you on the rota
  this season" still is, and so is a date refused with nothing offered in its place);
* **the reader's own closing or withdrawal** (:data:`READERS_OWN`, joined to negation's reader's
  own decisions): "Your application has been closed by you", "withdrawn by you on 3 May", "you
  closed your application for Barista" ("your application has been closed", by the employer,
  still reads);
* **a status row about a payment, a card or an order** (:func:`a_payment_row`): "Unfortunately,
  Payment status: declined", "Card status - rejected", "Order status: unsuccessful" ("Application
  status: declined" still reads).

And two rows read that were not (twentieth pass, part B's leftovers), as bare status rows, so a
payment's row is set aside for them too:

* **a careers centre's relay** (:data:`READINGS`): "An employer has reviewed your application.
  Orchard Grocers - Sales Assistant: declined." (a name, a dash, a post, then the refusal ending
  its line);
* **a label on one line and its value on the next** (:data:`LINE_READINGS`): "APPLICATION
  STATUS\\nUnfortunately, Not moving forward" (not "… In review", not "… Not yet reviewed").

Each reading is (token name, word groups, pattern) over lower-cased text; the word groups are
read off the patterns (rejectwatch.model.prefilter.openers). None is read where the other
readings are not (a conditional, still-to-come or quoted sentence, mail about someone else's
candidacy).
"""

from __future__ import annotations

from rejectwatch.model import decisions_filled
from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import Prefiltered, readings

__all__ = ["LINE_READINGS", "READERS_OWN", "READINGS", "a_payment_row", "another_date"]

# a day or a shift named right after the refusal ("for the 14th", "on Saturday", "for the week
# of the 3rd", "that weekend", "tomorrow's shift")
_DATE_AFTER = re.compile(
    r"[^.!?\n]{0,25}?\b(?:on |for |in )?(?:the )?(?:week of (?:the )?|morning of (?:the )?|"
    r"evening of (?:the )?)?(?:\d{1,2}(?:st|nd|rd|th)\b|(?:mon|tues|wednes|thurs|fri|satur|sun)"
    r"day\b|(?:this|that|next) (?:day|date|shift|weekend|week)\b|tomorrow\b|tonight\b)"
)
# ... and another proposed, in the rest of the sentence or the next one ("can you do the 15th?",
# "how about Sunday?", "are you free on the 20th instead?", "would the 10th work?")
_PROPOSED = re.compile(
    r"\b(?:can|could|would) you (?:do|make|cover|work|manage|take|come in)\b|\bhow about\b"
    r"|\bwhat about\b|\bare you (?:free|available|around)\b|\binstead\b"
    r"|\bwould (?:the |that |a )?[^.!?\n]{0,30}\b(?:work|suit) (?:for )?you\b"
    r"|\bwould (?:the |that |a )?[^.!?\n]{0,30}\b(?:work|suit)\b\s*\?"
)
# how far the proposal may stand after the refusal
_PROPOSAL_REACH = 160


def another_date(lowered: str, end: int, right: int) -> bool:
    """Does a day or a shift follow a refusal ending at ``end`` of lower-cased ``lowered`` in its
    sentence (which ends at ``right``), with another one proposed after it, in that sentence or
    the next: a scheduling question, no decision about the application?"""
    date = _DATE_AFTER.match(lowered, end, right)
    if date is None:
        return False
    return (
        _PROPOSED.search(lowered, date.end(), min(len(lowered), right + _PROPOSAL_REACH))
        is not None
    )


# the reader's own closing or withdrawal (joined to negation._READER_DECIDED): "closed by you",
# "withdrawn by you on 3 May", "you closed your application"
READERS_OWN = (
    r"\b(?:closed|withdrawn|cancell?ed|archived|retracted|deleted) (?:\()?by you(?:rself)?\b"
    r"|\byou(?:['\u2019]ve| have)? (?:closed|cancell?ed|deleted|archived|retracted) your "
    r"(?:[a-z\-]+ ){0,2}?(?:application|candidacy|profile)\b"
    # (twenty-fifth pass, part K: and the reader's withdrawal named, "following your withdrawal,
    # your application status has been changed to Inactive")
    r"|\byour (?:own )?withdrawal\b"
    # (twenty-first pass, part R: and the reader's own no told back to them, "you told me nights
    # weren't for you, so ... the client has since filled it", "you turned the role down", "you
    # passed on the offer": what became of the post after is no decision about the reader)
    r"|\byou (?:told|let) me(?: know)?(?: that)? [^.!?\n]{0,60}?\b(?:was|were|is|are|would be)"
    r"(?:n['\u2019]t| not) (?:really )?(?:for|right for) you\b"
    r"|\byou(?:['\u2019]d| had)? (?:turned|passed) (?:it|that one|the (?:role|job|post|position|"
    r"offer|opportunity|shift|assignment|placement)) (?:down|up)\b"
    r"|\byou(?:['\u2019]d| had)? passed on (?:it|that one|the (?:role|job|post|position|offer|"
    r"opportunity|shift|assignment|placement))\b"
)

# a status row about a payment, a card or an order: its word right before the label
_PAYMENT = (
    r"(?:payment|card|order|transaction|refund|invoice|direct debit|subscription|delivery|parcel|"
    r"shipment|purchase|checkout|billing|charge|top-?up|claim|expense|reimbursement|loan|"
    r"booking fee|fee)s?"
)
_PAYMENT_LABEL = re.compile(
    r"\b" + _PAYMENT + r" (?:[a-z]+ )?(?:status|outcome|result|decision)\b"
    # ("Status of your payment: declined")
    r"|\b(?:status|outcome|result) of (?:your|the|this|my) (?:[a-z]+ )?" + _PAYMENT + r"\b"
)
# how far before the match the label may stand (on its line)
_LABEL_REACH = 40


# (twenty-first pass, part E) the reader's own withdrawal named in a record ("Disposition:
# Withdrawn by candidate (your request of 2 May)", "Reason: Withdrawn by applicant", "candidate
# withdrew", "self-withdrawn"); not "withdrawn by employer", "withdrawn by the recruiter"
_OWN_WITHDRAWAL = re.compile(
    r"\bwithdr(?:awn|ew|awal)\b[^\n]{0,30}?\b(?:by (?:the )?(?:candidate|applicant)|by you|"
    r"your (?:own )?request|(?:the )?(?:candidate|applicant)(?:['\u2019]s)? (?:own )?request)\b"
    r"|\b(?:the candidate|the applicant|candidate|applicant|you) withdrew\b"
    r"|\b(?:candidate|applicant|self)[ \-]withdr(?:awn|ew|awal)\b"
)
_OWN_WITHDRAWAL_FAST = Prefiltered(_OWN_WITHDRAWAL)
# ... and the row it closes: a closing and no refusal ("Stage: Screening → Closed", "Status:
# Closed"; not "Status: Closed - not selected")
_CLOSING = re.compile(r"\b(?:closed|withdrawn|archived|inactive|ended)\b")
_NOT_ONLY_CLOSED = re.compile(
    r"\b(?:declined|unsuccessful|rejected|not|no longer|turned down|ineligible|filled|"
    r"cancell?ed|employer|recruiter|company|hiring team)\b"
)


def _closed_at_readers_request(lowered: str, start: int) -> bool:
    """Is the status row holding ``start`` a closing alone ("Stage: Screening → Closed") in a
    record that names the reader's own withdrawal ("Disposition: Withdrawn by candidate")?"""
    left = lowered.rfind("\n", 0, start) + 1
    right = lowered.find("\n", start)
    right = len(lowered) if right < 0 else right
    return (
        _CLOSING.search(lowered, left, right) is not None
        and _NOT_ONLY_CLOSED.search(lowered, left, right) is None
        and _OWN_WITHDRAWAL_FAST.search(lowered) is not None
        and any(
            _named_as_done(lowered, found.start()) for found in _OWN_WITHDRAWAL.finditer(lowered)
        )
    )


# (twenty-first pass, part M: the withdrawal named as done, not as a case: "If you have
# withdrawn your application at your own request, please ignore this", "applications withdrawn
# by the candidate are also shown as closed")
_A_CASE_BEFORE = re.compile(r"\b(?:if|unless|when|whether|where|applications|candidates|any)\b")


def _named_as_done(lowered: str, start: int) -> bool:
    """Is the withdrawal at ``start`` named as done, no "if" or a class before it in its
    sentence?"""
    left = max(lowered.rfind(mark, 0, start) for mark in (".", "!", "?", "\n")) + 1
    return _A_CASE_BEFORE.search(lowered, left, start) is None


def a_payment_row(lowered: str, start: int, end: int) -> bool:
    """Is the status row read at ``start``-``end`` of lower-cased ``lowered`` (a reading's match,
    or a status cue's sentence up to its first cue) a payment's, a card's or an order's
    ("Unfortunately, Payment status: declined"), not an application's? (Twenty-first pass, part
    E: or one closed at the reader's own request, "Stage: Screening → Closed" in a record whose
    disposition reads "Withdrawn by candidate": no refusal of the reader's application.)"""
    left = max(start - _LABEL_REACH, lowered.rfind("\n", 0, start) + 1)
    return _PAYMENT_LABEL.search(lowered, left, end) is not None or _closed_at_readers_request(
        lowered, start
    )


_REFUSED = (
    r"(?:declined|unsuccessful|rejected|not selected|not shortlisted|not progressed|"
    r"not progressing|not moving forward|not taken forward|not proceeding|"
    r"no longer under consideration)"
)
# a careers centre's relay: "<employer> - <post>: declined." ending its line, at a line's or a
# sentence's start
_RELAYED_ROW = re.compile(
    r"(?:(?<=\n)|(?<=[.!?] ))[ \t]*(?![^\n]{0,60}\b(?:card|visa|mastercard|amex|paypal|payment|"
    r"order|transaction|refund|invoice|purchase|delivery|parcel)\b)"
    r"[a-z0-9&][^\n.!?:;]{1,60}? [\-\u2013\u2014] [^\n.!?:;]{2,60}?: "
    + _REFUSED
    + r"\.?[ \t]*(?=\n|$)"
)
# a label on one line and its value on the next ("APPLICATION STATUS\nUnfortunately, Not moving
# forward")
_LABEL_ABOVE = re.compile(
    r"\n[ \t]*(?:(?:application|candidate|candidacy|current|your) )?(?:status|outcome|decision)"
    r"[ \t]*:?[ \t]*\n(?:[ \t]*\n)?[ \t]*(?:(?:unfortunately|sadly|regrettably),?[ \t]*)?"
    + _REFUSED
    + r"[ \t]*\.?[ \t]*(?=\n|$)"
)

# someone named appointed, with what sets them apart ("They've appointed Ffion Ellery, whose
# dissertation … is close to half our caseload"; part B read "…, who holds"), or starting ("…, and
# she starts on the 3rd"): not a post-holder the reader would work with ("whose team you'd join")
_APPOINTED_WHOSE = re.compile(
    decisions_filled.TAKEN_ON
    + r"(?:whose\b(?![^.!?\n]{0,80}\byou)|and (?:she|he|they)(?: starts| start|['\u2019]s starting|"
    r" is starting| begins)\b)"
)

READINGS = readings(("status", _RELAYED_ROW), ("chose_other", _APPOINTED_WHOSE))
LINE_READINGS = readings(("status", _LABEL_ABOVE))
