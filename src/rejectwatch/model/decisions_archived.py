"""Decisions told as "a no" for a named role, an application moved to the archive, a hedge in
learner's English, a name left off a public service's shortlist (issue 11, twenty-fifth pass,
part A).

Blind slice 23's mix (the English mail of the issue's real inboxes) missed seven rejections
that carried no decision token: a retailer's one-line refusal over a long careers footer, an
ATS's bare archive notice, a hedge in non-native English, a provincial department's notice.
Each is read here for its general form, in several wordings, trades and countries, never for
one message:

* **the role said to be a no for the reader**: "this time round, Visual Merchandiser is a no for
  you", "the Barista post is going to be a no from the store team", "your application is a no
  this time" (the readings knew only "it's a no" and "the answer's a no for you"; not a day, a
  shift or a slot, "Saturday is a no for you"; not a course or a flat; not a question);
* **the application moved to the archive**: "the hiring team moved your Data Analyst application
  to the archive", "your application has been placed in our inactive pile", "you're now out of
  the running for this role", "you are no longer in the running", a bare "Status: Archived" or
  "changed to Inactive" (not at the reader's request, not after a withdrawal or a newer
  application, not by a retention rule or by mistake, not into a talent pool);
* **a hedge in learner's English**: "other persons correspond in more points to what the
  department is searching, so we give them the precedence", "we regret we cannot proceed your
  profile", "your candidature is not matching at this time", "your candidature was not kept for
  the next step", "we cannot give a positive answer to your candidature" (not "until", "without"
  or "yet"; not a portal or a form that cannot go on);
* **a name left off a shortlist**: "the panel left you off the shortlist in respect of
  Administration Clerk", "your name was left off the interview list" (not "we haven't left you
  off", not a mailing list).

Each reading is (token name, word groups, pattern) over lower-cased text, appended to the
outcome readings after decisions_crewed, so none is read in a conditional, still-to-come,
quoted or reader-decided sentence, nor in mail about someone else's candidacy; every match lies
inside one sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_crewed import _NOT_A_POST
from rejectwatch.model.decisions_unmet import _NON_JOB, _NOT_FOR_NOW
from rejectwatch.model.prefilter import readings

__all__ = ["BARE_STATUS", "READINGS", "not_the_readers"]

_A = r"['\u2019]"
# the sentence from its start, holding no course, flat or club, and no day, shift or slot ("let
# me know if Saturday is a no for you")
_FROM_START = (
    r"(?:(?<=^)|(?<=\n)|(?<=[.!?] ))"
    + _NON_JOB
    + r"(?![^.!?\n]*\b(?:slots?|shifts?|dates?|days?|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|weekends?|mornings?|afternoons?|evenings?|call|meeting)\b)[^.!?\n]*?"
)
_APPLICATION = r"(?:application|candidacy|candidature|profile|submission)"
# the role it was for ("your application for Junior Architect")
_FOR_ROLE = r"(?: (?:for|as) [^.!?\n,;]{1,60}?)?"
# the role said to be a no ("Visual Merchandiser is a no for you", "is going to be a no from
# the store team", "your application is a no this time")
_A_NO = re.compile(
    _FROM_START
    + r"\b(?:is|will be|is going to be|was) (?:a )?(?:firm |clear )?no (?:for you\b(?! to\b)|"
    r"from (?:us|me|the (?:[a-z\-]+ ){0,2}?(?:team|panel|client|manager|store|business|board|"
    r"committee|company|employer|shop|branch))\b|this time\b|on this occasion\b)" + _NOT_FOR_NOW
)
# what a move to the archive is not: the reader's own asking, a newer application, a rule, a
# mistake put right, a pool kept for later (part K: nor an account left idle, "because you
# haven't logged in", "sign in to keep it visible")
_NOT_A_REFUSAL = (
    r"(?![^.!?\n]*\b(?:withdr\w*|request\w*|asked|duplicate|newer|new application|reappl\w*|"
    r"applied again|retention|privacy|gdpr|data|reactivat\w*|restor\w*|mistake|error|"
    r"accident\w*|talent pool|automatically|after \d+|months?|until|unless|once|logged|log in|"
    r"login|sign in|signed in|inactivity|visible|your account)\b)"
)
_ARCHIVE = (
    r"(?:the |our )?(?:archive|archived (?:folder|list|pile|applications|candidates)|inactive "
    r"(?:folder|list|pile|applications|candidates|status)|closed (?:folder|list|pile|"
    r"applications))\b"
)
# the application moved to the archive ("the hiring team moved your Data Analyst application
# to the archive"), or the reader out of (no longer in) the running
_ARCHIVED = re.compile(
    r"\b(?:we|i|they|the (?:[a-z\-]+ ){0,2}?(?:team|manager|recruiter|panel|employer|company|"
    r"store|client|department))(?: have| has|" + _A + r"ve)?(?: now)? (?:moved|put|placed|"
    r"transferred|filed|shifted|decided to (?:move|put|place|transfer|file|shift)) your "
    r"(?:[a-z\-]+ ){0,3}?" + _APPLICATION + r" (?:to|into|in) "
    + _ARCHIVE + _NOT_A_REFUSAL
    + r"|\byour (?:[a-z\-]+ ){0,3}?" + _APPLICATION + _FOR_ROLE
    + r" (?:has been|have been|was|is now|got) "
    r"(?:moved|put|placed|transferred|filed|shifted) (?:to|into|in) " + _ARCHIVE + _NOT_A_REFUSAL
    + r"|\b(?:you|your (?:[a-z\-]+ ){0,3}?" + _APPLICATION + r")(?: are| is|" + _A + r"re| were|"
    r" was| have been| has been)(?: now)? (?:out of|no longer in) the running\b" + _NOT_A_REFUSAL
    + _NOT_A_POST
)  # fmt: skip
# a bare status of archived or inactive ("Status: Archived", "the status of your application
# changed to Inactive"; not "Archived (withdrawn by you)"; part K: a status line opening its
# line, or the application's, never a job's, an account's or an alert's, "Job status: Archived",
# "Warehouse Operative - Leeds - Status: Archived", "your account status has been changed to
# Inactive")
_STATUS_ARCHIVED = re.compile(
    r"(?:(?<=^)|(?<=\n))[ \t]*(?:your )?(?:(?:application|candidate|candidacy|candidature) )?"
    # (thirty-seventh pass: a portal's changed status, "New status: Archived", "Current status:
    # Inactive")
    r"(?:(?:new|current|updated|latest|changed) )?"
    r"status(?: update)?[ \t]*[:\-\u2013\u2014][ \t]*[\"'\u201c]?(?:archived|"
    r"inactive)\b[\"'\u201d]?(?=[ \t]*(?:$|\n|[.;]))" + _NOT_A_REFUSAL
    + r"|\b(?:status of your (?:[a-z\-]+ ){0,3}?" + _APPLICATION + _FOR_ROLE
    + r"|(?:application|candidate|candidacy|candidature) status) (?:has )?(?:been )?"
    r"(?:changed|moved|updated|set) to:? [\"'\u201c]?(?:archived|inactive)\b" + _NOT_A_REFUSAL
)  # fmt: skip
BARE_STATUS = frozenset(pattern for _, _, pattern in readings(("status", _STATUS_ARCHIVED)))
# what a bare status of archived is not the reader's application's in: a digest that lists more
# than one status, a vacancy's own page (its applicants counted), a job alert, a saved job
# (a bare label, not "previous status:" or "application status:", a trail's or the reader's own)
_STATUS_LINE = re.compile(r"(?<![a-z] )\bstatus[ \t]*[:\-\u2013\u2014]")
_NOT_AN_APPLICATION = re.compile(
    r"\b(?:(?:job )?alert subscription|saved (?:jobs?|roles?|searche?s?)|(?:jobs?|roles?|"
    r"vacancies|adverts?) you (?:saved|follow(?:ed)?|starred|liked)|roles you follow|"
    r"(?:applicants|applications|candidates|views|clicks)[ \t]*:[ \t]*\d)"
)


def not_the_readers(lowered: str) -> bool:
    """Is a bare status of archived in lower-cased ``lowered`` a listing's (more than one status
    line) or a job's, a vacancy's or an alert's, not the reader's application's? (part K)"""
    return len(_STATUS_LINE.findall(lowered)) > 1 or _NOT_AN_APPLICATION.search(lowered) is not None


# what a hedge's "cannot go on" is not: a time to wait for, a missing paper, a portal
_NOT_A_PORTAL = (
    r"(?![^.!?\n]*\b(?:until|unless|without|before|once|yet|portal|website|site|link|browser|"
    r"form|login|password|technical|system|upload\w*|documents?|missing)\b)"
)
_CANNOT = (
    r"(?:cannot|can not|can" + _A + r"t|could not|couldn" + _A + r"t|are not able to|aren" + _A
    + r"t able to|are unable to|will not|won" + _A + r"t|decided not to|decided to not)"
)  # fmt: skip
# others given the precedence, in learner's English ("other persons correspond in more points
# to what the department is searching, so we give them the precedence in this selection")
_PRECEDENCE = re.compile(
    r"\b(?:other|others|another)\b[^.!?\n]{0,200}?\b(?:so|therefore|thus|hence|for this reason|"
    r"that is why|this is why),? (?:we|the (?:[a-z\-]+ ){0,2}?(?:team|department|"
    r"committee|panel|company|firm|direction|management|jury))(?: have| has|" + _A + r"ve)?"
    r"(?: decided to| chose to)? (?:give|gave|given|accord|accorded|grant|granted) (?:them|"
    r"him|her|these|those) (?:the |a )?(?:precedence|priority|preference)\b"
    r"(?![^.!?\n]*\b(?:future|always|usually|normally|generally|next (?:round|time|vacancy)|"
    r"who|whose|still|considered|invit\w*|slots?|booking)\b)" + _NOT_FOR_NOW
)
# a hedge in learner's English ("we regret we cannot proceed your profile", "your candidature
# is not matching at this time", "was not kept for the next step", "we cannot give a positive
# answer to your candidature")
_HEDGED = re.compile(
    r"\b" + _CANNOT + r" (?:proceed|continue|go further|go on|go forward|advance|pursue|"
    r"retain|carry on)(?: (?:with|on|to))? (?:your|yours) (?:profile|candidature|candidacy|"
    r"dossier)\b" + _NOT_A_PORTAL
    + r"|\b" + _CANNOT + r" proceed your application\b" + _NOT_A_PORTAL
    + r"|\byour (?:profile|candidature|candidacy|application|dossier) (?:is|was|are|were)"
    r"(?: not|n" + _A + r"t) (?:matching|corresponding|fitting|adapted|adequate)\b"
    r"(?![^.!?\n]*\b(?:formats?|files?|size|names?|e-?mail|address|attachments?|documents?|"
    r"upload\w*)\b)" + _NOT_FOR_NOW
    + r"|\byour (?:profile|candidature|candidacy|application) (?:was|were|has|have|is)(?: not|n"
    + _A + r"t)(?: been)? (?:kept|withheld|chosen) (?:for|in|at|to)\b"
    r"(?![^.!?\n]*\b(?:on file|database|records?|data|delet\w*|request\w*)\b)" + _NOT_FOR_NOW
    + r"|\b" + _CANNOT + r" (?:give|offer|send|provide) (?:you )?(?:a )?(?:positive|favourable|"
    r"favorable) (?:answer|response|reply|outcome)\b" + _NOT_A_PORTAL
)  # fmt: skip
# (part K: the list, not an email about it, "left you off the shortlist email by mistake")
_SHORTLIST = (
    r"(?:the|our|this) (?:[a-z\-]+ ){0,2}?(?:shortlist|short-list|short list|interview list|"
    r"list of (?:shortlisted|successful|selected) (?:candidates|applicants))\b"
    r"(?! (?:e-?mails?|messages?|notifications?|letters?|threads?|mailings?|cc)\b)"
    r"(?![^.!?\n]*\b(?:mistake|error|accident\w*|oversight)\b)"
)
# a name left off a shortlist ("the panel left you off the shortlist", "your name was left off
# the interview list"; not "we haven't left you off the shortlist")
_LEFT_OFF = re.compile(
    r"(?<!not )(?<!n" + _A + r"t )(?<!never )\b(?:left|kept|dropped|omitted) you (?:off|out of) "
    + _SHORTLIST + _NOT_FOR_NOW
    + r"|\b(?:you|your name|your application)(?: were| was| have been| has been|" + _A
    + r"ve been) (?:left|kept|dropped|omitted) (?:off|out of) " + _SHORTLIST + _NOT_FOR_NOW
)  # fmt: skip

READINGS = readings(
    ("reader_out", _A_NO),
    ("reader_out", _ARCHIVED),
    ("status", _STATUS_ARCHIVED),
    ("chose_other", _PRECEDENCE),
    ("reader_out", _HEDGED),
    ("reader_out", _LEFT_OFF),
)
