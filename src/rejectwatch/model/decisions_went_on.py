"""Outcomes told in shapes no reading held (issue 11, sixty-third pass, third round: read slices
173 and 174's misses). Each form is written here in several wordings, never for one message:

* **the reader's name not on the list in a northern word**: "your name's nowt on the shortlist",
  "your name's nae on the list";
* **no room for another**: "nae room for another", "there's no room for anyone else" (never a
  car, a bag, a meeting);
* **going ahead with others**: "the manager is going ahead with others for this post";
* **a hire made, the reader's record set inactive**: "a hire has been made against it", "your
  candidate record flips to Inactive";
* **another who got the post named by its title**: "a different candidate got Claims Handler";
* **a certificate or list that lacked the reader's name**: "the referral certificate handed to
  the hiring official lacked your name";
* **no interview after bad news**: "Bad news I'm afraid: no interview.";
* **passing on an offer, or on the title for the reader**: "we'll pass on an offer", "they're
  passing on Field Data Analyst for you";
* **those nearer the brief going on**: "… sat nearer to what Test Technician asks for, so those
  folk go on";
* **not accepting the reader this time**: "unfortunately we could not accept you this time";
* **the candidature not taken up**: "your candidature for Accounts Assistant … was not taken up".

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_casual import _A
from rejectwatch.model.decisions_seats_given import _ROLE_HEAD
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_TITLED = r"(?:[a-z\-&]+ ){0,4}?(?:" + _ROLE_HEAD[3:-1] + r"|foreman|chargehand)\b"
_NAME_NOWT_ON = re.compile(
    r"\byour name(?:" + _A + r"s| is| was)(?: still)? (?:nowt|nae|naw|nay) on (?:the|our) "
    r"(?!(?:guest|mailing|waiting|wait|email|e-mail|contact|invite|invitation)\b)"
    r"(?:[a-z\-]+ )?(?:shortlist|list)\b"
)
_NO_ROOM_FOR_ANOTHER = re.compile(
    r"\b(?:no|nae|nay) room (?:for|fer) (?:another|anyone else|anybody else|one more)\b"
    r"(?! (?:car|van|bag|bike|chair|desk|table|box|meeting|item|topic|booking|guest|night|day|"
    r"dish|course|plate|drink|course)\b)"
)
_AHEAD_WITH_OTHERS = re.compile(
    # (never a silence rule's consequence, "without an invite by then, take it we're going ahead
    # with others")
    r"(?<!take it )(?<!take it that )(?<!assume )(?<!assume that )"
    r"\b(?:is|are|we" + _A + r"re|we are|they" + _A + r"re|has|have|we" + _A + r"ve) (?:now )?"
    r"(?:going|gone) (?:on )?ahead with (?:others|other (?:candidates|applicants|people)|the "
    r"others|someone else|somebody else)\b"
)
_HIRE_MADE = re.compile(r"\ba hire has (?:now |already )?been made\b(?! (?:yet|soon)\b)")
_RECORD_INACTIVE = re.compile(
    r"\byour (?:[a-z\-]+ )?(?:record|profile|application|file) (?:flips|flipped|has flipped|moves|"
    r"has moved|is set|was set|has been set|changes|has changed) to ['\"\u2018\u201c]?inactive\b"
)
_ANOTHER_GOT_THE_TITLE = re.compile(
    r"\b(?:a different|another|the other|one other) (?:candidate|applicant|person|finalist) "
    r"(?:got|landed|won|secured|took|gets) (?!(?:an?|the|to|in|through|on|back|you)\b)" + _TITLED
)
_LACKED_YOUR_NAME = re.compile(
    r"\b(?:certificate|list|shortlist|roster|register|referral)\b[^.!?\n]{0,60}? (?:lacked|"
    r"omitted|missed|left out|did not carry|didn" + _A + r"t carry|did not bear) your name\b"
)
_NO_INTERVIEW = re.compile(
    r"\b(?:bad news|sad news|sorry|afraid)\b[^.!?\n]{0,15}?[:,\u2013\u2014\-] ?no interview"
    r"(?: (?:this time|on this occasion|for you|this round))?(?= *[.!]|$)"
)
_PASS_ON_OFFER = re.compile(
    r"\b(?:we" + _A + r"ll|we will|we" + _A + r"re going to|we are going to|we have to|we must|"
    r"we" + _A + r"re|we are|they" + _A + r"re|they are|they" + _A + r"ll|they will|they" + _A
    + r"ve decided to|we" + _A + r"ve decided to)(?: have to)? (?:pass|passing) on (?:an offer|"
    r"making (?:you )?an offer|" + _TITLED + r" for you)"
    r"|\b(?:are|is|were|was) passing on " + _TITLED + r" for you\b"
)  # fmt: skip
_NEARER_SO_THEY_GO_ON = re.compile(
    r"\b(?:nearer|closer|better|stronger|more closely)\b[^.!?\n]{0,80}?\bso (?:those|these|they|"
    r"the others?)(?: (?:folk|folks|people|candidates|applicants|ones|two|three))? (?:go|goes|"
    r"move|moves|are going) (?:on|forward|through|ahead)(?= *[.!;]|$)"
)
_NOT_ACCEPT_THIS_TIME = re.compile(
    r"\b(?:could not|couldn" + _A + r"t|cannot|can" + _A + r"t|were unable to|are unable to) "
    r"accept (?:you|your (?:application|candidacy|candidature)) (?:this time|on this occasion|at "
    r"this time|for (?:the|this) (?:post|role|position|vacancy))(?= *[.!;,]|$)"
)
_NOT_TAKEN_UP = re.compile(
    r"\byour (?:[a-z\-]+ ){0,2}?(?:candidature|candidacy|application)(?: for [^.!?\n]{1,40}?)?"
    r"(?: at [^.!?\n]{1,40}?)? (?:was not|wasn" + _A + r"t|has not been|hasn" + _A + r"t been) "
    r"taken up\b"
)

READINGS = readings(
    ("reader_out", _NAME_NOWT_ON),
    ("role_gone", _NO_ROOM_FOR_ANOTHER),
    ("chose_other", _AHEAD_WITH_OTHERS),
    ("role_gone", _HIRE_MADE),
    ("reader_out", _RECORD_INACTIVE),
    ("chose_other", _ANOTHER_GOT_THE_TITLE),
    ("reader_out", _LACKED_YOUR_NAME),
    ("reader_out", _NO_INTERVIEW),
    ("reader_out", _PASS_ON_OFFER),
    ("chose_other", _NEARER_SO_THEY_GO_ON),
    ("reader_out", _NOT_ACCEPT_THIS_TIME),
    ("reader_out", _NOT_TAKEN_UP),
)
