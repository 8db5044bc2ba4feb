"""Decisions told in ordinary ATS mail's plainer turns, read where written-29's misses showed
them (issue 11, twenty-second pass, part F).

Written-29 (ordinary applicant-tracking and recruiter mail in breadth) left 19 of its 160
rejections unfiled, none with a decision token. Two kinds of wording are general enough to read,
each written here in several wordings and stages, never for one message:

* **an application that stops before a stage**: "your application stops before the technical
  interview", "your candidacy stops short of the hiring manager's interviews", "your file
  will stop at the screening stage", "your application ends ahead of the panel round";
* **a hedged end**: "it's very unlikely your application goes any further with us", "it is
  highly unlikely that your candidacy will progress further", "very unlikely we'll take your
  application any further".

None reads a condition ("if the references do not arrive, your application stops before the
panel", "without them your application stops at screening", "… unless you upload it"), a time
it waits for ("unlikely your application goes any further before January"), nor another
application than the reader's. Each reading is (token name, word groups, pattern) over
lower-cased text, appended to the outcome readings of rejectwatch.model.negation after
decisions_before, so none is read in a conditional, still-to-come, quoted or reader-decided
sentence; every match lies inside one sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["OWN_WORDS", "READINGS"]

# the reader's own application, by any of its names ("your cv", "your candidacy")
_YOURS = (
    # (never an application for something else or an earlier one: "your grant application",
    # "your visa application", "your previous application", "your application process")
    r"\byour (?:(?!grant|loan|mortgage|visa|credit|insurance|planning|passport|benefits?|"
    r"rental|tenancy|membership|funding|scholarship|residence|permit|school|course|college|"
    r"university|previous|last|earlier|former|past|old|other)[a-z\-()]+ ){0,3}?"
    r"(?:application|candidacy|candidature|submission|file|cv|profile)(?! process)"
)
# the reader's own withdrawal, or a past round, earlier in the sentence ("as you asked to
# withdraw, your application stops at this stage", "last year your application stopped at the
# screening stage"): read from the sentence's start
_NOT_WITHDRAWN = (
    r"(?:(?<=^)|(?<=\n)|(?<=[.!?] ))"
    r"(?![^.!?\n]*\b(?:withdr[a-z]*|last (?:year|time|round)|previously)\b)[^.!?\n]*?"
)
# a stage of hiring, named by its last word ("the technical interview", "the panel round"),
# never a team ("goes no further than the screening team")
_STAGE = (
    r"(?:the|our|this|that|your|any) "
    # (never the end of a hire: "stops at the offer stage, as you've accepted")
    r"(?:(?!offer|onboarding|contract|signing|start|induction)[a-z\-'\u2019]+ ){0,4}?"
    r"(?:interviews?|stage|round|screen|screening|panel|assessment|test|call|loop|shortlist|"
    r"shortlisting|sift|onsite|review)\b"
    r"(?! (?:team|staff|committee|manager|department|people|members?)\b)"
)
# a condition or a wait after the stage: the stop is not yet a decision
_NOT_AFTER = (
    r"(?![^.!?\n]*\b(?:if|unless|until|till|without|in case|should you|provided|"
    r"as long as)\b)"
)
# a condition or a wait before it, in the sentence's own words ("without them, …")
_NOT_BEFORE = (
    r"(?<!\bif )(?<!\bunless )(?<!\bwithout them )(?<!\bwithout them, )(?<!\botherwise )"
    r"(?<!\botherwise, )(?<!\bor else )(?<!\bor else, )"
)
# after "further": a time it waits for, only for now, the form it is in, or no stop at all
# ("… any further before january", "this month", "… further unchanged", "further astray")
_WAITS = (
    r"(?! (?:before|until|till|this (?:week|month|side of)|for (?:now|the moment)|"
    r"in the next|over the|today|tonight|yet|unchanged|unnoticed|unread|as it stands|as is|"
    r"in its (?:current|present) form|astray|afield|into|than)\b)" + _NOT_AFTER
)

# "your application stops before the technical interview", "your candidacy stops short of the
# hiring manager's interviews", "your file will stop at the screening stage", "your
# application went no further than the cv review", "your application stands closed at the
# screening stage"
_STOPS_BEFORE = re.compile(
    _NOT_WITHDRAWN
    + _NOT_BEFORE
    + _YOURS
    # (thirty-eighth pass: an adverb before the verb, "your application therefore stops at the
    # sift stage")
    # (forty-fifth pass: "your candidature accordingly stops before the interview")
    + r"(?: therefore| thus| so| then| accordingly| consequently| hence)?"
    + r" (?:stops|ends|will stop|will end|has stopped|has ended|is stopping|is ending|stopped|"
    r"ended|was stopped|has been stopped|has come to an end|came to an end|goes no further|"
    r"went no further|will go no further|did not go further|didn['\u2019]t go further|"
    r"will not (?:go|progress|move|proceed) (?:any )?further|stands closed|stood closed|"
    r"is closed|was closed|has been closed) "
    r"(?:before|short of|ahead of|at|than|beyond) "
    + _STAGE
    + _NOT_AFTER
    # (nor a stage skipped or the way the process runs: "stops before the assessment stage
    # because you already hold the certificate, so we go straight to interview", "stops at the
    # panel interview, after which we decide")
    + r"(?![^.!?\n]*\b(?:after which|at which point|then we|straight to|directly to|skips?|"
    r"exempt|already (?:hold|have|passed))\b)"
    # (nor a stage it reaches, a pause, a mistake mended, a hire or another role: "ends at the
    # final round, where you'll meet the ceo", "stops at the panel interview on monday", "stops
    # at this stage while we gather references", "… for now", "… pending a right-to-work
    # check", "ends with an offer", "was stopped … by mistake - it's now moving to the panel",
    # "it goes no further than the screening, which is confidential")
     + r"(?![^.!?\n]*\b(?:where|while|whilst|pending|for now|for the time being|temporar\w*|"
    r"for (?:a|a few|two|three|several) (?:days?|weeks?)|during|resumes?|then|offer\w*|"
    r"congratulations|next week|this week|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"bring|book|through to|next step|will decide|decision the same|for (?:the|a|another) "
    r"(?:next|different|other) (?:role|post|position|vacancy|opening)|mistake|in error|"
    r"glitch|reopen\w*|restored|now moving|invited to|this year|but this time|"
    r"confidential\w*|never share)\b)"
)
# "it's very unlikely your application goes any further with us", "it is highly unlikely that
# your candidacy will progress further", "very unlikely we'll take your application any
# further", "it's doubtful your application will go any further"
_UNLIKELY_FURTHER = re.compile(
    # (never a denied hedge: "it is not very unlikely that your application goes further")
    r"(?<!\bnot )(?<!\bnot that )(?<!\bhardly )(?<!\bnot very )(?<!\bnot highly )(?<!\bnot so )"
    r"\b(?:(?:very|highly|extremely|most|really|quite) )?(?:unlikely|doubtful) (?:that )?(?:"
    + _YOURS[2:]
    + r" (?:goes|will go|would go|progresses|will progress|would progress|moves|will move|"
    r"would move|is taken|will be taken|would be taken)"
    r"|(?:we|we['\u2019]ll|we will|we would|we['\u2019]d|we can|we could|the team will|"
    r"the team would) "
    r"(?:be able to )?(?:take|move|progress) your (?:[a-z\-()]+ ){0,3}?(?:application|"
    r"candidacy|candidature))"
    r" (?:any )?further\b" + _WAITS
)
# "your application is very unlikely to go any further", "we'd be unlikely to take your
# application further"
_UNLIKELY_TO = re.compile(
    r"(?:"
    + _YOURS[2:]
    + r" is|we['\u2019]re|we are|we['\u2019]d be|we would be|we['\u2019]ll be|we will be) "
    r"(?:very |highly |extremely |most |really )?unlikely to "
    r"(?:go|progress|move|be taken|be moved|take your (?:[a-z\-()]+ ){0,3}?(?:application|"
    r"candidacy|candidature)) (?:any )?further\b" + _WAITS
)
# "your application is not going further", "your candidature will not be proceeded further",
# "your application doesn't go further this time", "your candidature is not being taken
# further", "your profile is not moved further"
_NOT_FURTHER = re.compile(
    _NOT_WITHDRAWN
    + _NOT_BEFORE
    + _YOURS
    + r" (?:is not|isn['\u2019]t|will not be|won['\u2019]t be|does not|doesn['\u2019]t|did not|"
    r"didn['\u2019]t|will not|won['\u2019]t|has not|hasn['\u2019]t|has not been|"
    r"hasn['\u2019]t been) (?:being )?(?:going|moving|progressing|proceeding|go|move|progress|"
    r"proceed|be proceeded|be taken|be moved|taken|moved|progressed|proceeded|gone) "
    r"(?:any )?further\b" + _WAITS
)

# the reading whose own words hold a "before" (negation._OWN_WORDS: "stops before the technical
# interview" is where the application stopped, not a decision still to come)
_OWN = readings(("reader_out", _STOPS_BEFORE))
OWN_WORDS = tuple(pattern for _, _, pattern in _OWN)
READINGS = _OWN + readings(
    ("reader_out", _UNLIKELY_FURTHER), ("reader_out", _UNLIKELY_TO), ("reader_out", _NOT_FURTHER)
)
