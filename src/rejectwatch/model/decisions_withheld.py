"""An outcome withheld from the reader, in its general forms (issue 11, twenty-ninth pass, part
F): written-49's misreadings, in campus and public-sector notices, chains' applicant systems under
long footers, attached letters, notes after a screen or a trial, texts from small employers and
English written by hiring staff whose first language is Spanish or Chinese.

Each form is written here in several wordings, never for one message:

* **not the reader's way**: "the post has not gone your way this time", "the final interview
  did not end in your favour", "the appointment did not go to you" (a post, an appointment, an
  outcome or a round as subject, never a parcel, a vote or a match; never "yet");
* **no place for the reader**: "there's no crew spot at the restaurant for you right now",
  "there's no desk for you this season" (never parking, a table or a class, never "until",
  never a slot moved);
* **none given to the reader**: "none has been allocated to you", "none of those places can go
  to you this year", "no project was matched to your application" (never tickets or prizes);
* **the application goes no further**: "your application goes no further", "your application
  won't go on" (never "until" or "without");
* **a vacancy withdrawn**: "we have withdrawn the parks apprentice vacancy" (never to re-advertise
  or update it, never the reader's own withdrawal);
* **declared ineligible**: "you were declared ineligible", "your application ..., so it was
  declared ineligible" (never a fee waiver, a grant or an expense);
* **can't move the reader ahead**: "we can't move you ahead for the MR opening" (never "until");
* **the job not the reader's**: "so the job's not yours this time" (never "to lose", never "yet");
* **the post covered by someone**: "the position was covered already by a person from the
  plant" (never a shift, never an insurance or an agreement);
* **not needed after all**: "so you're not needed after all" (never a day, a shift or jury duty);
* **a different way for the post**: "we've decided to go a different way for the apprentice
  spot" (a post, never a booking or a menu);
* **proceeding with the others described**: "we're prioritising candidates with bilingual French
  ... and will be proceeding with them";
* **another candidate more matched**: "we feel other candidate is more match for this position";
* **the reader's application failed**: "treat this as notice that your application failed"
  (never to upload, a payment or a scan, never with "resubmit" or "try again");
* **a list drawn up without the reader**: "the final interview round has been drawn up, and
  regretfully your application is not in it", "the shortlist leaves you out" (never "yet").

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_casual import _A

# the end of a clause, or a clause going on with "so", "and" or "but"; nothing still to come
# after it in its sentence (decisions_concluded's, twenty-ninth pass part R: written twice)
from rejectwatch.model.decisions_concluded import _NOT_UNTIL, _STOP
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_NOT = r"(?:n" + _A + r"t| not)"
_POST = (
    r"(?:role|position|post|job|vacancy|opening|spot|placement|requisition|appointment|offer|"
    r"selection|internship|traineeship|apprenticeship)"
)
# a few words naming what the post is ("the final interview", "the parks apprentice vacancy")
_WORDS = r"(?:[a-z\-]+ ){0,4}?"

_NOT_YOUR_WAY = re.compile(
    # (never an earlier process a recruiter is sorry to hear about, "the last process didn't
    # go your way")
    r"\b(?:the|this|our) (?!last |previous |earlier |other )"
    + _WORDS
    + _POST
    + r"s? (?:has|have|did|does|is|was)"
    + _NOT
    + r" (?:gone|go|going|end|ended|turned out|turn out|worked out|work out|come out|came out) "
    r"(?:in )?(?:your way|your favou?r|to you)\b"
    + _NOT_UNTIL
    # (an interview or a round only ended against the reader, never "gone your way": a feeling
    # about how it went, said before any decision)
    + r"|\b(?:the|this|that|your) (?:[a-z\-]+ ){0,2}?(?:interview|round|assessment|stage)s? "
    r"(?:has|have|did)" + _NOT + r" (?:end|ended) in your favou?r\b" + _NOT_UNTIL
)
_NO_PLACE_FOR_YOU = re.compile(
    r"\bthere(?:"
    + _A
    + r"s| is| will be| are) no (?!parking|car |table|seat at|room at)"
    + _WORDS
    + r"(?:spot|place|desk|slot|opening|position|role|job|vacancy|chair)s? "
    # (left, or where: "at the Tulsa restaurant", "in the office"; never "on it", a course)
    r"(?:(?:left|going|available|free|open) )?(?:(?:at|in) (?:the|our) (?:[a-z\-]+ ){0,3}?)?"
    r"for you"
    r"(?= (?:right now|now|this (?:time|season|year|round|term|intake|summer|winter)|"
    r"at (?:the moment|present|this stage))|" + _STOP + r")"
    r"(?![^.!?\n]*\b(?:until|unless|instead|course|class|workshop|session|lesson|tour|flight|"
    r"trip|event|on it|so we(?:" + _A + r"ve| have)? (?:moved|booked|put)|"
    r"moved you|booked you|but"
    # (nor a patient's or a client's appointment, "there's no slot for you this time at the
    # clinic, please call back": tests/test_decisions_places_gone.py's twin, after part F's merge)
    r"|appointments?|call (?:us )?back|ring (?:us )?back|rebook\w*|reschedul\w*|doctor|dentist|"
    r"surgery|patients?)\b)"
)
_NONE_TO_YOU = re.compile(
    r"\bnone (?:of (?:them|those|these|the|our) "
    r"(?:(?!tickets?\b|prizes?\b|seats?\b)[a-z\-]+ ){0,2}?)?(?:has|have|can|could|"
    r"will|was|were)(?: been| be)? (?:allocated|given|offered|awarded|assigned|go|gone) to you\b"
    r"(?![^.!?\n]*\b(?:ticket|tickets|prize|prizes|raffle|draw|seats? at)\b)"
    + _NOT_UNTIL
    + r"|\bno (?:[a-z\-]+ )?(?:project|placement|place|role|post|position|host|supervisor)s? "
    r"(?:was|were|has been|have been|could be) (?:matched|allocated|assigned) (?:to|with) "
    r"(?:you|your application)\b" + _NOT_UNTIL
)
_GOES_NO_FURTHER = re.compile(
    r"\byour (?:application|candidacy|candidature)(?: for [^.!?\n]{1,80}?)? "
    r"(?:goes|is going|went) no further\b"
    + _NOT_UNTIL
    + r"|\byour (?:application|candidacy|candidature)(?: for [^.!?\n]{1,80}?)? "
    r"(?:won" + _A + r"t|will not) go on" + _STOP + _NOT_UNTIL
)
_VACANCY_WITHDRAWN = re.compile(
    r"\b(?:we|council|the (?:council|board|department|trust|company|school|university|"
    r"organi[sz]ation|charity)) (?:has|have) withdrawn (?:the|this|our) "
    + _WORDS
    + r"(?:vacancy|post|position|role|job|opening)\b"
    r"(?![^.!?\n]*\b(?:re-?advertis\w*|re-?open\w*|re-?post\w*|update|updated|temporarily|"
    r"while|until|amend\w*|correct\w*)\b)"
)
_DECLARED_INELIGIBLE = re.compile(
    r"(?:\b(?:you|your (?:application|candidature|candidacy)\b[^.!?\n]{0,120}?\bit)"
    r"(?: was| were| has been| have been| is| are) (?:declared|found|deemed|ruled|rated) "
    r"(?:to be )?ineligible\b"
    # (fifty-seventh pass: or the panel ruling it so, "the screening panel ruled the application
    # ineligible")
    r"|\b(?:ruled|declared|deemed|found|judged|marked|rated) (?:your|the) (?:[a-z\-]+ )?"
    r"(?:application|candidature|candidacy|submission|form) (?:as |to be )?ineligible\b)"
    r"(?![^.!?\n]*\b(?:fee|waiver|grant|discount|refund|reimburse\w*|bursary|scholarship|"
    r"loan|benefit|allowance|rebate|vote)\b)"
)
_CANT_MOVE_YOU = re.compile(
    r"\b(?:we|i)(?: can" + _A + r"t| cannot| can not| won" + _A + r"t| will not| are unable to|"
    r" aren" + _A + r"t able to) (?:move|take|put|bring) you (?:ahead|forward|through)\b"
    r"(?![^.!?\n]*\b(?:until|till|unless|once|pending|without)\b)"
)
_NOT_YOURS = re.compile(
    r"\b(?:the|this|that) (?:[a-z\-]+ )?(?:job|role|post|position|place|spot|gig)"
    r"(?:" + _A + r"s| is| was)" + _NOT + r" yours\b(?! to\b| yet\b)" + _NOT_UNTIL
)
_COVERED_BY = re.compile(
    r"\b(?:position|post|role|vacancy|job|opening) (?:was|has been|is|got) (?:already )?"
    r"(?:covered|filled|taken)(?: already)? by (?:a |an |another |one |our )?(?:[a-z\-]+ )?"
    r"(?:person|candidate|colleague|member|employee|applicant|someone|somebody|internal)\b"
    r"(?![^.!?\n]*\b(?:shift|shifts|while|leave|cover|today|tonight|insurance|policy|"
    r"agreement)\b)"
)
_NOT_NEEDED = re.compile(
    r"\byou(?:(?:" + _A + r"re| are)" + _NOT + r"|(?: won" + _A + r"t| will not) be) needed "
    r"(?:after all|anymore|any more|any longer)\b"
    r"(?![^.!?\n]*\b(?:tomorrow|today|tonight|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|shift|jury|meeting|cover|covering)\b)"
)
_DIFFERENT_WAY = re.compile(
    r"\bgo(?:ne|ing)? (?:a|in a) different (?:way|route) (?:for|with) (?:the|this|our) "
    r"(?:[a-z\-]+ ){0,3}?(?:spot|role|post|position|job|hire|vacancy|place|apprenticeship|"
    r"traineeship)\b"
)
_PROCEEDING_WITH_THEM = re.compile(
    r"\bprioriti[sz]ing (?:candidates|applicants|people|those|profiles) (?:with|who|whose)\b"
    r"[^.!?\n]{0,120}?\b(?:proceed|proceeding|move forward|moving forward|go ahead|going ahead|"
    r"continue|continuing) with them\b"
)
_OTHER_MORE_MATCH = re.compile(
    r"\b(?:other|another) (?:candidate|applicant|profile|person)s? (?:is|are|was|were|has|have) "
    r"(?:more|better|most) (?:match|matched|suitable|fit|fitted|adequate|aligned|adjusted|"
    r"adherent|aderent)\b"
)
_APPLICATION_FAILED = re.compile(
    # (never what something means or why, "does not mean your application failed")
    r"(?<!mean )(?<!means )(?<!meant )(?<!imply )(?<!implies )(?<!why )(?<!whether )"
    r"\byour (?:application|candidature|candidacy)(?: for [^.!?\n]{1,60}?)? (?:has )?failed"
    + _STOP
    + r"(?![^.!?\n]*\b(?:resubmit\w*|try again|re-?upload|upload|payment|scan)\b)"
)
_LIST_WITHOUT = re.compile(
    r"\b(?:shortlist|list|round|cohort|intake|selection)\b[^.!?\n]{0,40}? leaves you out\b"
    r"|\b(?:drawn up|finalised|finalized|settled|completed|picked|chosen|made)\b"
    r"[^.!?\n]{0,60}?\byour (?:application|name|cv|profile) (?:is|was)"
    + _NOT
    + r" (?:in|on|among) (?:it|them|there)\b"
    + _NOT_UNTIL
)

READINGS = readings(
    ("reader_out", _NOT_YOUR_WAY),
    ("reader_out", _NO_PLACE_FOR_YOU),
    ("reader_out", _NONE_TO_YOU),
    ("reader_out", _GOES_NO_FURTHER),
    ("role_gone", _VACANCY_WITHDRAWN),
    ("reader_out", _DECLARED_INELIGIBLE),
    ("reader_out", _CANT_MOVE_YOU),
    ("reader_out", _NOT_YOURS),
    ("chose_other", _COVERED_BY),
    ("reader_out", _NOT_NEEDED),
    ("chose_other", _DIFFERENT_WAY),
    ("chose_other", _PROCEEDING_WITH_THEM),
    ("chose_other", _OTHER_MORE_MATCH),
    ("reader_out", _APPLICATION_FAILED),
    ("reader_out", _LIST_WITHOUT),
)
