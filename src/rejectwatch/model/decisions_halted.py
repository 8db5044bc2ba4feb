"""Outcomes told in shapes no reading held (issue 11, fifty-ninth pass).

First round (read slices 139 and 140's misses). Each form is written here in several
wordings, never for one message:

* **the post now staffed**: "The front desk is now staffed", "the weekend shift has now been
  staffed", "the kitchen porter post is already staffed" (now, already or fully; never a
  desk "staffed 9 to 5" nor one "staffed by volunteers");
* **the opening pulled**: "the opening is pulled", "the role has been pulled" (never pulled
  forward, together or up);
* **no meeting to come, as a consequence**: "so no meeting will be set up", "which means no
  call will be booked";
* **the reader's application below a cut, told by its pronoun**: "On the ranked list it sat
  below the referral cut", "it fell below the interview cut-off";
* **no further consideration**: "It will receive no further consideration", "the application
  will be given no further consideration";
* **the application the reader sent, found ineligible**: "The Records Officer application you
  lodged is ineligible", "the form you submitted was found ineligible";
* **screening stopped it**: "screening stopped it before the hiring manager's desk", "the
  knockout questions filtered out your form";
* **the post given to them**: "Selection … is complete, and we're giving the position to them";
* **the application halting here**: "so the application halts here", "The application
  therefore stops at this point".

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_casual import _A
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_APPLICATION = r"(?:application|candidacy|candidature|form|submission|cv|entry)"
# the reader's application by its pronoun or named ("yours", "your Records Officer application")
_IT = (
    r"(?:it|yours|your (?:[a-z\-]+ ){0,3}?" + _APPLICATION
    + r"|the (?:[a-z\-]+ ){0,3}?" + _APPLICATION + r")"
)  # fmt: skip
_POST_WORDS = (
    r"(?:role|post|position|job|vacancy|opening|desk|counter|shift|rota|chair|bench|seat|"
    r"placement|apprenticeship|contract)"
)

_NOW_STAFFED = re.compile(
    r"\b" + _POST_WORDS + r" (?:is|are|was|" + _A + r"s|has|have|" + _A + r"ve)(?: been)? "
    r"(?:now|already|fully|since) (?:been )?(?:fully )?staffed(?=[ \t]*(?:[.;!,]|\n|$))"
)
_PULLED = re.compile(
    r"\b(?:role|post|position|job|vacancy|opening|requisition|posting|placement|apprenticeship) "
    r"(?:is|was|" + _A + r"s|has been|have been|got|had been)(?: now| since| sadly)? pulled\b"
    r"(?! (?:forward|together|up|in|into|back|out of (?:the|our) (?:draw|raffle)|from (?:the|our) "
    r"(?:draw|raffle))\b)"
)
_NO_MEETING_SO = re.compile(
    r"\b(?:so|therefore|hence|and so|which means|meaning|that means) no (?:meeting|interview|call|"
    r"chat|trial|visit|conversation|assessment|follow-up|screening call) (?:will|can|is going to) "
    r"be (?:set up|arranged|scheduled|booked|offered|planned|fixed)\b"
    r"(?! (?:until|unless|before|till|yet|for now)\b)"
)
_BELOW_THE_CUT = re.compile(
    r"\b(?:it|yours) (?:sat|fell|ranked|landed|came|finished|was placed|placed|scored|sits|falls|"
    r"ranks|was|is) (?:just |slightly |narrowly |well |a little )?(?:below|under|beneath) the "
    r"(?:[a-z\-]+ ){0,2}?(?:cut|cut-?off|line|threshold|bar)\b"
)
_NO_FURTHER_CONSIDERATION = re.compile(
    r"\b" + _IT + r" (?:will|shall|is to|would|can) (?:receive|be given|get|be accorded|be "
    r"afforded) no further consideration\b"
)
_SENT_INELIGIBLE = re.compile(
    r"\bthe (?:[a-z\-]+ ){0,3}?" + _APPLICATION + r" (?:that )?you (?:lodged|submitted|sent|made|"
    r"filed|put in|entered|completed)\b[^.!?\n]{0,30}? (?:is|was|has been) (?:deemed |found |"
    r"judged |assessed as |ruled )?(?:ineligible|not eligible|unsuccessful|invalid)\b"
)
_SCREENING_STOPPED = re.compile(
    r"\b(?:screening|(?:the|our) (?:screening|screen|filter|system|ats|sift)(?: stage| step| "
    r"questions?)?|(?:the|our) knock-?out questions?) (?:stopped|halted|removed|filtered out|"
    r"screened out|held back|blocked|ended) " + _IT + r"\b"
)
_GIVING_IT_TO = re.compile(
    r"\b(?:we|i)(?:" + _A + r"re| are|" + _A + r"m| am|" + _A + r"ve| have)? (?:now )?(?:giving|"
    r"given|gave|offering|handing|handed) the (?:[a-z\-]+ ){0,3}?(?:position|role|job|post|place|"
    r"spot|contract|vacancy|placement) to (?:them|him|her)(?=[ \t]*(?:[.;!]|\n|$))"
)
_HALTS_HERE = re.compile(
    r"\bthe (?:[a-z\-]+ ){0,3}?application (?:therefore |thus |so |now )?(?:(?:halts|stops|ends|"
    r"closes|finishes) (?:here|there|at this (?:point|stage))\b|goes no further(?=[ \t]*(?:[.;!]|"
    r"\n|$)))"
)

READINGS = readings(
    ("role_gone", _NOW_STAFFED),
    ("role_gone", _PULLED),
    ("reader_out", _NO_MEETING_SO),
    ("reader_out", _BELOW_THE_CUT),
    ("reader_out", _NO_FURTHER_CONSIDERATION),
    ("reader_out", _SENT_INELIGIBLE),
    ("reader_out", _SCREENING_STOPPED),
    ("chose_other", _GIVING_IT_TO),
    ("reader_out", _HALTS_HERE),
)
