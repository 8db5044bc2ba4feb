"""Outcomes told in shapes no reading held (issue 11, sixty-second pass, first round: read slices
159 and 160's misses). Each form is written here in several wordings, never for one message:

* **the reader not accommodated this time**: "we could not accommodate you this session as all
  slots are filled", "we're unable to place you this intake" (never a day or an hour: "we
  couldn't fit you in on Tuesday" is a rescheduling);
* **the file halting at a stage**: "so the file halts at screening", "your candidacy stopped at
  the sift";
* **the reader's name not sent on**: "Your name, however, went unreferred to the selecting
  official", "your application remained uncertified";
* **those ranked above taking every slot**: "candidates ranked above you took every referral
  slot", "applicants scored higher than you filled all the places";
* **the sender declining it**: "We're declining it; the file closes", "we've passed on it";
* **another taken on, the verb contracted**: "Another labourer's been taken on for the sedge
  work", "a second picker's been hired";
* **consideration ended**: "consideration of this application has ended", "consideration of
  your candidacy is now over";
* **the post offered to a named kind of person**: "The post is offered to a retired locksmith
  from Bloxwich", "the job has been given to a young welder" (never "a suitable candidate", a
  rule, nor a person still to be found: "to a candidate who holds …").

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_casual import _A
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_SPELL = (
    r"(?:session|intake|cycle|round|year|term|season|time|summer|winter|spring|autumn|semester|"
    r"batch|cohort|programme|program)"
)
_NOT_ACCOMMODATED = re.compile(
    r"\b(?:could not|couldn" + _A + r"t|cannot|can" + _A + r"t|can not|cyaan|caan|were unable to|"
    r"are unable "
    r"to|weren" + _A + r"t able to|aren" + _A + r"t able to|won" + _A + r"t be able to|will not be "
    r"able to) (?:accommodate|place|take on|take|tek) you(?: on)?"
    r"(?: (?:this|that|for this|in this|on this|for the) (?:coming |current |next )?"
    + _SPELL
    + r")?"
    r"(?: right now| for now)?"
    r"(?=[ \t]*(?:[.;!,]|\n|$| as\b(?! an?\b| the\b| our\b)| because\b| since\b| due\b| given\b))"
)
_FILE_HALTS = re.compile(
    # (the file or the candidacy: "your application stops at the screening stage" is read, or
    # not, by older readings that know a grant's and another year's)
    r"\b(?:the|your|this) (?:[a-z\-]+ ){0,2}?(?:file|candidacy|candidature) "
    r"(?:now )?(?:halts|halted|stops|stopped|stalls|stalled|ends|ended|rests) (?:here )?(?:at|in) "
    r"(?:the )?(?:screening|sift|sifting|shortlisting|first|initial|paper|eligibility|this|that)\b"
    # (never a pause, "stops at the screening stage for now, and we'll be in touch")
    r"(?![^.!?\n]{0,30}\b(?:for now|for the moment|for a while|until|till|while|pending)\b)"
)
_UNREFERRED = re.compile(
    r"\b(?:your (?:name|application|candidacy|candidature|file)|you)(?:, [a-z]+,)? (?:went|was|"
    r"were|remained|stayed|has gone|is|has been|have been)(?: [a-z]+ly|, [a-z]+,)? (?:un-?referred|"
    r"uncertified|unlisted)\b"
)
_ABOVE_TOOK_ALL = re.compile(
    r"\b(?:candidates|applicants|others|people|names|those|finalists)\b(?: [a-z\-]+){0,2}? "
    r"(?:ranked|rated|scored|placed|listed|scoring|marked) (?:above|higher than|ahead of|over) "
    r"(?:you|yours|your (?:name|score|mark|rating))\b (?:took|filled|got|claimed|used up|had) "
    r"(?:every|all|all the|each|the (?:only |few )?)(?: [a-z\-]+)?? ?(?:slots?|places?|spots?|"
    r"seats?|referrals?|positions?|posts?|vacancies|openings)\b"
)
_DECLINING_IT = re.compile(
    r"\b(?:we|i)(?:" + _A + r"re|" + _A + r"ve|" + _A + r"m| are| have| am)?"
    r" (?:declining|declined|turning down|turned down|passing on|passed on) it"
    r"(?=[ \t]*(?:[.;!,]|\n|$| now\b| this time\b| here\b| today\b))"
)
_TAKEN_ON_CONTRACTED = re.compile(
    r"\b(?:another|a different|one other|a second|a local|an older|a younger) (?:[a-z\-]+ ){0,2}?"
    r"[a-z\-]+" + _A + r"s been (?:taken on|hired|picked|chosen|selected|appointed|signed on|"
    r"signed up|given the (?:job|post|role|spot|place|start))\b"
)
_CONSIDERATION_ENDED = re.compile(
    r"\bconsideration of (?:this|your|the|that) (?:[a-z\-]+ ){0,2}?(?:application|candidacy|"
    r"candidature|cv|file|profile|submission)\b (?:has |had )?(?:now )?(?:ended|ceased|stopped|"
    r"concluded|finished|closed|come to an end|is (?:now )?(?:over|at an end|closed|ended))\b"
)
_OFFERED_TO_A = re.compile(
    r"\b(?:the|this|that) (?:[a-z\-]+ ){0,2}?(?:post|job|role|position|place|spot|vacancy|opening)"
    r" (?:is|was|has been|" + _A + r"s been|is being|got) (?:now )?(?:offered|given|awarded) to "
    r"(?:a|an) (?!(?:successful|suitable|right|chosen|selected|preferred|qualified|strongest|best|"
    r"top|shortlisted|eligible|candidate|applicant|person|new hire)\b)(?:[a-z\-]+ ){0,3}?[a-z\-]+"
    r"(?=[ \t]*(?:[.;!,]|\n|$| from\b| in\b| of\b))"
)

READINGS = readings(
    ("reader_out", _NOT_ACCOMMODATED),
    ("reader_out", _FILE_HALTS),
    ("reader_out", _UNREFERRED),
    ("chose_other", _ABOVE_TOOK_ALL),
    ("reader_out", _DECLINING_IT),
    ("chose_other", _TAKEN_ON_CONTRACTED),
    ("reader_out", _CONSIDERATION_ENDED),
    ("chose_other", _OFFERED_TO_A),
)
