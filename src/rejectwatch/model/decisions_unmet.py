"""Decisions told as a requirement unmet, a crew filled without the reader, an induction that
ends the process (issue 11, twenty-third pass, part M).

Training batch written-31's English refusals in unusual trades and channels (a home-care
agency's voicemail, a pool test, a night shelter's induction, a lifeboat station's panel, an
orchard's picking crew, a courier platform) carried no decision token. Each is read here for its
general form, in several wordings and trades, never for one message:

* **not placing or taking the reader on, told as a decision already made**: "after your
  induction interview we won't be placing you in that role", "the selection panel is not taking
  you onto the crew this year", "we're not taking you on as a lifeguard: your timed 50m came in
  over the limit", "we won't be adding you to the bank staff list" (not "until your checks
  clear", not "this week" or a day, not "but as a swim teacher", not "instead", not a question);
* **no position or spot for the reader**: "there isn't a position we can give you at the
  minute, because the rural rounds need a driver", "so there won't be a spot for you this
  year", "there's no place on the crew for you this season" (not on a day, a shift, a session
  or a course date: "there's no spot for you on Saturday's shift, come Sunday"; not "yet");
* **a requirement unmet, so the reader cannot be approved**: "your vehicle falls outside our
  requirements, so we can't approve you to deliver right now", "we're unable to clear you to
  drive for us as your licence is under two years old" (not "until you upload your insurance",
  not "once", not "before").

A requirement only listed ("you'll need your own vehicle for the trial", "applicants must hold a
full licence"), a test booked and a crew's rota are no decision and are not read.

Each reading is (token name, word groups, pattern) over lower-cased text, appended to the
outcome readings after decisions_closed_out, so none is read in a conditional, still-to-come,
quoted or reader-decided sentence, nor in mail about someone else's candidacy; every match lies
inside one sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_APOS = r"['\u2019]"
# what follows a decision and takes it back to a time, an alternative or a question
_NOT_FOR_NOW = (
    r"(?![^.!?\n]*\b(?:until|unless|once|before|yet|instead|rather|but as|but we(?:"
    + _APOS
    + r"d| would) (?:love|like)|but you(?:"
    + _APOS
    + r"re| are) (?:welcome|on)|this week|next "
    r"week|today|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"weekend|shift|session|pending)\b)(?![^.!\n]*\?)"
)
# no work: a course, a school, a flat, a table, a club's squad, a clinic's list, a mailing list (a
# place refused there is other mail's, not a job's), anywhere in the rest of the sentence
_NON_JOB = (
    r"(?![^.!?\n]*\b(?:courses?|class(?:es)?|school|nursery|college|university|flat|room|house|"
    r"property|tenancy|lease|rental|landlord|table|restaurant|trip|tour|holiday|parking|car park|"
    r"clinic|surgery|patients?|tenants?|clients?|customers?|members?|membership|allotment|choir|"
    r"band|orchestra|league|rowing|football|netball|rugby|cricket|hockey|sailing|loan|mortgage|"
    r"credit|pupils?|students?|residents?|guests?|mailing|newsletters?|distribution)\b)"
)
# a decision made: "we won't be", "we're not", "the panel isn't", "(the panel sat on Monday)
# and is not"
_WE_ARE_NOT = (
    r"\b"
    + _NON_JOB
    + r"(?:we|i|they|it|and|the (?:[a-z\-'\u2019]+ ){0,2}?(?:panel|station|team|club|crew|farm|"
    r"agency|service|board|committee|coordinator|manager|office))(?: (?:won"
    + _APOS
    + r"t|will not|"
    r"shan" + _APOS + r"t) be| (?:are|is|am) not|" + _APOS + r"re not|" + _APOS + r"m not| "
    r"(?:aren|isn)" + _APOS + r"t)"
)
_PLACE = (
    r"(?:that|the|this|our|a|an|any) (?:[a-z\-]+ ){0,2}?(?:role|post|position|job|crew|team|"
    r"roster|list|register|bank|pool|programme|scheme|rota|service|unit|boat|station)"
)
# not placing or taking the reader on ("we won't be placing you in that role", "is not taking
# you onto the crew this year", "we're not taking you on as a lifeguard")
_NOT_PLACING = re.compile(
    _WE_ARE_NOT + r" (?:placing you (?:in|into|on|onto|with)|taking you (?:onto|on to|into)|"
    r"adding you to|putting you (?:on|onto|into)|accepting you (?:onto|on to|into|as)|"
    r"appointing you (?:to|as)|enrolling you (?:on|onto|in|as)) "
    + _PLACE
    + r"\b"
    + _NOT_FOR_NOW
    + r"|"
    + _WE_ARE_NOT
    + r" (?:going to be )?taking you on(?: as (?:a|an|our|the) [a-z\-]+(?: [a-z\-]+)?)?"
    r"(?=[ \t]*(?:[,.;:!\u2014\u2013]|-[ \t]|$|\n|this (?:time|year|season|round)|for (?:the|"
    r"this) (?:season|year)))" + _NOT_FOR_NOW
)
_SPOT = r"(?:position|place|spot|space|role|job|vacancy|opening|post|berth|seat)"
# no position or spot for the reader ("there isn't a position we can give you at the minute",
# "so there won't be a spot for you this year")
# (read from the sentence's start, so that a course or a flat before it is seen: "the nursery
# is full, so there isn't a place for you")
_FROM_START = r"(?:(?<=^)|(?<=\n)|(?<=[.!?] ))" + _NON_JOB + r"[^.!?\n]*?"
_NO_SPOT = re.compile(
    _FROM_START
    + r"\bthere (?:isn"
    + _APOS
    + r"t|is not|won"
    + _APOS
    + r"t be|will not be|wasn"
    + _APOS
    + r"t|was not) (?:a|an|any) (?:[a-z\-]+ )?"
    + _SPOT
    + r" (?:(?:on|in|with) (?:the|our) "
    r"(?:[a-z\-]+ )?(?:crew|team|squad|rounds|staff) )?(?:we (?:can|could) (?:give|offer) you|"
    r"for you)\b"
    + _NOT_FOR_NOW
    + r"|"
    + _FROM_START
    + r"\bthere(?:"
    + _APOS
    + r"s| is| will be| was) no (?:[a-z\-]+ )?"
    + _SPOT
    + r" (?:(?:on|in|"
    r"with) (?:the|our) (?:[a-z\-]+ )?(?:crew|team|squad|rounds|staff) )?(?:we (?:can|could) "
    r"(?:give|offer) you|for you)(?: (?:on|in|with) (?:the|our) (?:[a-z\-]+ )?(?:crew|team|"
    r"squad|staff))?(?= (?:this|for|at|right|now|so|as|because|i|we|sorry)\b|[ \t]*[,.;:!\n]|$)"
    + _NOT_FOR_NOW
)
# a requirement unmet, so the reader cannot be approved ("we can't approve you to deliver right
# now", "we're unable to clear you to drive for us")
_NOT_APPROVED = re.compile(
    r"\b"
    + _NON_JOB
    + r"(?:we|i)(?: (?:can"
    + _APOS
    + r"t|cannot|can not|couldn"
    + _APOS
    + r"t|could not)|(?:"
    + _APOS
    + r"re| are) (?:unable|not able) to) (?:approve|clear|accept|activate|onboard|sign off|"
    r"register) you (?:to (?:deliver|drive|ride|work|courier|carry|teach|coach|volunteer|"
    r"lifeguard|start)|as (?:a|an|one of our) [a-z\-]+(?: [a-z\-]+)?(?=[ \t]*(?:[,.;:!\n]|$| "
    r"(?:right now|at the moment|at present|this time|for now)\b)))\b" + _NOT_FOR_NOW
)

READINGS = readings(
    ("reader_out", _NOT_PLACING),
    ("reader_out", _NO_SPOT),
    ("reader_out", _NOT_APPROVED),
)
