"""Outcomes told in shapes no reading held (issue 11, sixty-third pass, fifth round: read slices
177 and 178's misses). Each form is written here in several wordings, never for one message:

* **a panel that settled against the reader**: "the panel settled against taking you on to the
  final stage", "we decided against moving you forward";
* **a cohort's offers or places gone elsewhere**: "this cohort's offers went elsewhere", "the
  places have gone elsewhere";
* **the post going to others, "not you"**: "Trimmer goes to other applicants, not you";
* **the role going to a named kind of person instead**: "That role is going to a Holyhead slater
  instead";
* **a few candidates matching the needs more exactly**: "a few candidates matched our current
  needs a little more exactly";
* **no seat for the reader**: "No seat on it for you in 2026, sadly";
* **a Caribbean "A youth from Mandeville get the spot"** (its "so yours stop here" is
  process_ended's since the sixty-fourth pass);
* **a bare outcome after the post's title or a status**: "Stirrupbuffing worker at Kandy: with
  regret, unsuccessful.", "Forklift Driver - new status: consideration ended."

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_SETTLED_AGAINST = re.compile(
    r"\b(?:settled|decided|came down|ruled|voted|agreed) against (?:taking you|moving you|"
    r"progressing you|inviting you|bringing you|putting you|advancing you|offering you|hiring "
    r"you|appointing you|your (?:application|candidacy|candidature))\b"
)
_OFFERS_ELSEWHERE = re.compile(
    r"\b(?:offers|places|spots|seats|positions|roles|jobs|posts|berths) (?:went|have gone|"
    r"had gone|are going|have all gone|all went) elsewhere\b"
)
_TO_OTHERS_NOT_YOU = re.compile(
    r"\b(?:goes|went|has gone|is going) to (?:other|another|a different|the other) "
    r"(?:applicants?|candidates?|people|persons?|finalists?),? not (?:to )?you\b"
)
_GOING_TO_ONE_INSTEAD = re.compile(
    r"\b(?:role|job|post|position|place|spot|contract|work) (?:is going|goes|went|has gone) to "
    r"(?:a|an|another|one|someone|somebody) (?!(?:new|different|later|other) (?:date|time|team|"
    r"department|round|stage)\b)[^.!?\n,]{0,40}?\binstead\b"
)
_MATCHED_MORE_EXACTLY = re.compile(
    r"\b(?:a few|some|several|two|three|other|the other) (?:applicants|candidates|people|profiles|"
    r"finalists) (?:matched|met|fitted|fit|suited) (?:our|the|your|this|its) (?:[a-z\-]+ ){0,3}?"
    r"(?:needs|brief|requirements|criteria|spec|specification) (?:a (?:little|bit|touch) )?"
    r"(?:more (?:exactly|closely|precisely|fully)|better)\b"
)
_NO_SEAT_FOR_YOU = re.compile(
    r"\bno (?:seat|place|spot|berth|room) (?:on (?:it|the (?!(?:minibus|bus|coach|train|boat|ferry|"
    r"trip|table|outing|rota|car|van)\b)[a-z\-]+) )?for you\b"
    r"(?! (?:at|on) (?:the|this|our|your) (?:table|dinner|bus|coach|trip|event|call|meeting)\b)"
)
_YOUTH_GOT_IT = re.compile(
    r"\b(?:a|one|another|de|di) (?:[a-z\-]+ )?(?:youth|yout|man|woman|lady|gyal|girl|bwoy|boy|"
    r"somebody|person) (?:from|out of|outta) [a-z\-]+ (?:get|got|tek|took|land|landed|tek up) "
    r"(?:the|di|de) (?:spot|job|work|post|place|position)\b"
)
_TITLE_THEN_OUTCOME = re.compile(
    # (a line of prose, never a digest's bullet, "• Sales Rep - Orchard Trust: Unsuccessful")
    # (nor an order's, a payment's or a transaction's status or result, "Order status:
    # unsuccessful")
    r"(?:^|(?<=\n)|(?<=[.!?] ))(?![ \t]*[\u2022*\-\u2013\u00b7>|])"
    r"(?![^.!?\n:]*\b(?:status|result|order|payment|transaction|top-up|refund|delivery|booking|"
    r"transfer|upload|login|sign-in|verification)\b)[^.!?\n:]{2,60}: "
    r"(?:with regret,? |sadly,? |regrettably,? |"
    r"sorry,? )?unsuccessful(?= *[.!]|$)"
    r"|\bnew status: (?:consideration ended|no longer (?:under )?consider(?:ed|ation)|not "
    r"(?:selected|progressed|shortlisted)|unsuccessful)\b"
    # (sixty-sixth pass: or any status line whose value is consideration ended, "now carries the
    # status: consideration ended", two bare status updates, slice 197)
    # (sixty-seventh pass, second round: or the line's value changed to it, "status changed to:
    # consideration ended", two status mails of slice 208)
    r"|(?<!new )\bstatus(?: (?:changed|updated|set|moved|switched)(?: to)?| now)?: consideration "
    r"(?:ended|closed|concluded|over|stopped|finished)\b"
)

READINGS = readings(
    ("reader_out", _SETTLED_AGAINST),
    ("chose_other", _OFFERS_ELSEWHERE),
    ("chose_other", _TO_OTHERS_NOT_YOU),
    ("chose_other", _GOING_TO_ONE_INSTEAD),
    ("chose_other", _MATCHED_MORE_EXACTLY),
    ("reader_out", _NO_SEAT_FOR_YOU),
    ("chose_other", _YOUTH_GOT_IT),
    ("reader_out", _TITLE_THEN_OUTCOME),
)
