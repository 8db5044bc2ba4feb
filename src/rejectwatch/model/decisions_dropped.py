"""Outcomes told in shapes no reading held (issue 11, sixty-fourth pass, first round: read slices
179 and 180's misses). Each form is written here in several wordings, never for one message:

* **the reader's name or application going no further, or dropped**: "your name goes no
  further", "this application has dropped from consideration", "so it leaves the process at
  this stage" (never "until", "for now" or "by mistake");
* **a public body's list passed on without the reader**: "your rating fell under those passed to
  the selecting official", "below the top-ranked group sent to the hiring official";
* **a result that leaves no listing**: "hence no listing in this competition", "so no place on
  this panel";
* **the call against an offer to the reader**: "the call on CNC Slab Programmer came out against
  an offer to you", "the panel decided against offering you the post";
* **a place withheld from the reader**: "the panel withheld a Graduate Programme place from you";
* **the reader left off or out, after a break**: "… and you're left off", "…; you're out"
  (never "you're out of the office", never a question);
* **the post closing for the reader**: "this announcement closes for you";
* **someone else got it or takes it**: "somebody from our Christmas team got it, so that's
  that", "an internal person takes QA Engineer" (the title's head word ends the clause).

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_casual import _A
from rejectwatch.model.decisions_left_off import NOT_A_JOB_THING
from rejectwatch.model.decisions_seats_given import _ROLE_HEAD
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

# (never for a while or by mistake; decisions_omitted shares it)
NOT_FOR_NOW = r"(?! (?:until|till|for now|while|pending|by mistake|in error)\b)"
# (second round: or up to four words of the post's title before the application, "Your Cold
# Chain Coordinator application goes no further at this point", slice 182; never an application
# that is no job's, decisions_left_off.NOT_A_JOB_THING)
_YOURS = (
    r"(?:your (?:name|details|record|profile|entry|form|paperwork|papers|file|cv|"
    r"(?:(?!(?:" + NOT_A_JOB_THING + r")\b)[a-z\-&]+ ){0,4}?(?:application|candidacy|candidature|"
    r"submission))|this (?:application|candidacy|candidature|submission|file|form|entry)|yours)"
)
_NO_FURTHER = re.compile(
    r"\b" + _YOURS + r"(?: [^.!?\n]{0,30}?)? (?:goes|will go|is going|went|can go|moves|will move|"
    r"travels|will travel|gets|will get|got) no further\b(?! than)" + NOT_FOR_NOW
    # (sixty-sixth pass: or "the" application, the trade named, "The hearthsetting fitter
    # application goes no further, sorry", slice 199)
    + r"|\bthe (?:(?!(?:" + NOT_A_JOB_THING + r")\b)[a-z\-&]+ ){0,4}?(?:application|candidacy|"
    r"candidature) (?:goes|will go|went) no further\b(?! than)" + NOT_FOR_NOW
    + r"|\b" + _YOURS + r" (?:has |have )?(?:now )?(?:dropped|fallen|fell|been dropped|was dropped|"
    r"dropped out|fallen out|fell out) (?:from|out of|of) (?:consideration|the (?:process|running|"
    r"competition|shortlist|pool|selection))\b" + NOT_FOR_NOW
    + r"|\b(?:so|and|therefore|thus|hence),? (?:it|yours|" + _YOURS + r") (?:leaves|left|exits|"
    r"exited|drops out of|dropped out of) the (?:process|competition|running|selection|campaign|"
    r"exercise) (?:here|now|at this (?:stage|point|step))\b"
)  # fmt: skip
_NOT_PASSED_ON = re.compile(
    r"\b(?:fell|falls|fall|was|were|is|are|placed you|places you|came|ranked|scored|sits|sat)"
    r"(?: [a-z\-]+){0,2}? (?:under|below|outside|beneath) (?:those|the (?:[a-z\-]+ ){0,3}?"
    r"(?:group|candidates|applicants|band|list|ones|names|pool|cohort|tier|category)) "
    r"(?:passed|sent|referred|forwarded|certified|put forward|given|released) to the "
    r"(?:selecting|hiring|appointing|recruiting|selection|interview) (?:official|manager|panel|"
    r"authority|officer|board|committee)\b"
)
_NO_LISTING = re.compile(
    r"\b(?:hence|so|therefore|thus|accordingly|which means),? no (?:listing|place|ranking|"
    r"position|progression) (?:in|on|for) (?:this|the) (?:competition|campaign|panel|list|round|"
    r"process|exercise|intake|order of merit)\b"
)
_AGAINST_AN_OFFER = re.compile(
    r"\b(?:came|comes|come|has come|went|go|goes|fell|landed) (?:out |down )?against (?:an offer "
    r"(?:to|for) you|offering you|hiring you|taking you on|appointing you|you)\b"
    r"|\bdecided against (?:an offer (?:to|for) you|offering you (?:the|a|this|that)|hiring you|"
    r"taking you on|appointing you)\b" + NOT_FOR_NOW
)
_WITHHELD_FROM_YOU = re.compile(
    r"\bwith(?:held|holds|holding|hold) (?:a|an|the) (?:[a-z\-&]+ ){0,4}?(?:place|offer|post|role|"
    r"position|spot|seat|contract|job|berth|apprenticeship|internship|traineeship) from you\b"
    + NOT_FOR_NOW
)
_LEFT_OFF_AFTER_A_BREAK = re.compile(
    r"(?:[;,\u2013\u2014]|\band|\bso) you(?:" + _A + r"re| are| were|" + _A + r"ve been| have "
    r"been) (?:left off|out)(?: (?:the|this|our|its) (?:[a-z\-]+ )?(?:list|team|squad|roster|rota|"
    r"shortlist|line-?up|cast|crew|panel))?(?: this (?:time|round|year|season))?"
    r"(?= *(?:[.!;\n]|$))"
)
_CLOSES_FOR_YOU = re.compile(
    r"\b(?:closes|is closing|shuts|has shut|has closed|is closed) for you"
    r"(?= *(?:[.!;\n]|$|,? (?:this time|now|sorry|i" + _A + r"m afraid)))"
)
_SOMEONE_GOT_IT = re.compile(
    r"\b(?:someone|somebody|another [a-z\-]+|an? (?:internal|inside|in-house|existing) "
    r"[a-z\-]+|one of (?:our|their|the) own)(?: [a-z\-]+){0,5}? (?:got|has got|took|has taken|"
    r"takes|landed|bagged) (?:it(?=,? (?:so|and) (?:that" + _A + r"s that|you|your|we)\b|[;.] "
    r"?(?:sorry|you))|(?:the )?(?:[a-z\-&]+ ){0,3}?(?:" + _ROLE_HEAD[3:-1] + r"|foreman)"
    r"(?= *(?:[.!;,\n]|$)))"
)

READINGS = readings(
    ("reader_out", _NO_FURTHER),
    ("reader_out", _NOT_PASSED_ON),
    ("reader_out", _NO_LISTING),
    ("reader_out", _AGAINST_AN_OFFER),
    ("reader_out", _WITHHELD_FROM_YOU),
    ("reader_out", _LEFT_OFF_AFTER_A_BREAK),
    ("reader_out", _CLOSES_FOR_YOU),
    ("chose_other", _SOMEONE_GOT_IT),
)
