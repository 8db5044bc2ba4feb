"""Outcomes told in shapes no reading held (issue 11, sixty-sixth pass, second round: read slices
201 and 202's misses). Each form is written here in several wordings, never for one message:

* **someone named taking up the post**: "Lindiwe from Pinetown takes up Shift Supervisor on the
  first";
* **a panel's pick named**: "The directors' pick for Booking Lead is Ruairidh from Dunrossness";
* **someone brought on board for the post**: "The partners have brought Shanice on board for
  Floor Supervisor";
* **a committee gone for someone as the post**: "The committee has gone for Aisling Quirke as
  Practice Manager"; a Creole "De owners decide to go wid Kendra Ebanks for Dock Supervisor";
* **another who received the job**: "Other person received the job" (the present-tense pick,
  "client company select other specialist for Procurement Specialist", is read with the first
  round's Creole pick, rejectwatch.model.decisions_moved_ahead);
* **gone with another, in Shetland wording**: "we've gone wi anidder applicant";
* **the hiring team that declined the submission**: "the hiring team declined your submission
  today";
* **places of a programme all taken**: "Attachment places this session are all taken" (and a
  rota full with no gap left, "The rota is full; no gap remains", read with the other staffed
  teams, rejectwatch.model.decisions_filled);
* **the cut that ends it**: "Interview list cut sat at 61%, which ends it here";
* **the file shut at the screening step**: "screening found your form without it, so the file
  shut at that step";
* **a submission flipped to inactive, a requisition that got its hire**: "requisition 82116 got
  its hire, which flips your submission to Inactive";
* **a form that stands ineligible, and so is rejected**: "your form stands ineligible ... Hence it
  is rejected";
* **those nearer the brief are the ones progressed**: "Several profiles sit a bit nearer the
  brief, and those are the ones we are progressing"; "so it's them two that move along";
* **another route taken and someone signed**: "has gone another route and signed a contract
  cleaning crew".

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_casual import _A
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

# a sentence's start (after a stop, a line break or a semicolon)
_START = r"(?:(?<![^\n.!?;])|(?<=[.!?;] ))"
_NO_READER = r"(?![^.!?\n]*\byou)"
_NAME = r"(?!(?:you|your|yours|i|we|it|this|that|they|a|an|the|some|new|our|more|extra)\b)"
_TAKES_UP = re.compile(
    # (the present and a bare title only: never a bulletin's "will take up the post in the
    # spring", two staff announcements among the training mail)
    _START + _NAME + r"[a-z][a-z'\-]+(?: [a-z][a-z'\-]+){0,3}? (?:takes up|is taking up) "
    r"(?!(?:a lot|lots|time|space|room|much|most|the|her|his|their|its|a|an|this|that)\b)"
    r"(?:[a-z\-]+ ){0,3}?[a-z\-]+ (?:on|from|next)\b" + _NO_READER
)
_PICK_FOR_IS = re.compile(
    r"\b(?:directors|director|board|panel|committee|partners|owners|owner|hiring manager|manager|"
    r"client|founders)(?:" + _A + r"s?)? (?:final )?(?:pick|choice) for (?:the )?(?:[a-z\-]+ )"
    r"{0,3}?[a-z\-]+ (?:is|was) " + _NAME + r"[a-z]" + _NO_READER
)
_BROUGHT_ON_BOARD = re.compile(
    r"\b(?:have|has|" + _A + r"ve|" + _A + r"s) brought " + _NAME + r"[a-z][a-z'\-]+(?: "
    r"[a-z][a-z'\-]+)? (?:(?:on board|onboard|aboard) (?:for|as)|in as) "
    # (a bare title only: never "in as our new head chef", an announcement, nor "on board for
    # the summer")
    r"(?!(?:a|an|the|our|your|my|this|that|some|now|good)\b)[a-z]"
)
_GONE_FOR_AS = re.compile(
    r"\b(?:committee|panel|board|partners|owners|directors|hiring team|hiring manager|client) "
    r"(?:has|have|" + _A + r"ve|" + _A + r"s) gone for " + _NAME + r"[a-z][a-z'\-]+ [a-z][a-z'\-]+"
    r" (?:as|for) (?:the |our )?[a-z]"
    # (a Creole "decide to go wid", and its plain twin, a full name and the post after it)
     + r"|\bdecided? to go (?:wid|with) " + _NAME + r"(?!(?:option|plan|one|tuesday|monday|"
    r"wednesday|thursday|friday)\b)[a-z][a-z'\-]+ [a-z][a-z'\-]+ for (?:the )?(?:[a-z\-]+ ){0,3}?"
    r"[a-z\-]+(?=[ \t]*(?:[.;,!\n]|$))"
)
_OTHER_RECEIVED = re.compile(
    r"\b(?:other|another) (?:person|candidate|applicant|specialist) (?:received|got|gets|"
    r"receives|took|takes) the (?:job|post|position|role|vacancy|place)\b"
)
_GONE_WI_ANIDDER = re.compile(
    r"\b(?:gone|goin|going|went|gaen) wi(?:th)? (?:anidder|anither|anudder|anodder) "
    r"(?:applicant|candidate|person|body|lad|lass|een|worker)\b"
)
_HIRING_TEAM_DECLINED = re.compile(
    r"\b(?:hiring (?:team|manager|panel)|recruit(?:ing|ment) team|recruiter|employer) (?:has |"
    r"have )?declined your (?:submission|application|candidacy|profile|cv)\b"
)
_PLACES_ALL_TAKEN = re.compile(
    r"\b(?:attachment|internship|placement|training|apprentice(?:ship)?|trainee|graduate|intake|"
    r"programme|program) (?:places|slots|spots|positions|seats|vacancies)\b[^.!?\n;]{0,30}? "
    r"(?:are|were|have been|has been|have all been|have now been|have already been) "
    r"(?:all |now |already ){0,2}(?:taken|filled|allocated|full)\b"
)
_WHICH_ENDS_IT = re.compile(
    r"\b(?:cut|line|threshold|pass mark|mark|cut-?off|cutoff)\b[^.!?\n]{0,40}?, which ends it"
    r"(?: here| there| for you)?(?=[ \t]*(?:[.;!\n]|$))"
)
_FILE_SHUT_AT_STEP = re.compile(
    r"\b(?:so|and) (?:the|your) (?:file|form|application|submission) (?:shut|closed|stopped|"
    r"ended) (?:at|with) (?:that|this|the) (?:step|stage|point|screening|sift)\b"
)
_FLIPPED_INACTIVE = re.compile(
    r"\b(?:flips|flipped|sets|moves|moved|turns|turned|switches|switched|changes|changed) your "
    r"(?:submission|application|candidacy|profile) (?:status )?to [\"'\u201c]?(?:inactive|closed|"
    r"not selected|rejected|unsuccessful|archived)\b"
    + r"|\b(?:requisition|vacancy|post|role|opening|position)\b[^.!?\n]{0,30}? (?:got|has got) its "
    r"(?:hire|person|candidate|new hire)\b"
)
_STANDS_INELIGIBLE = re.compile(
    r"\byour (?:[a-z\-]+ ){0,2}?(?:form|application|candidature|candidacy)\b (?:stands|stood|is "
    r"found|was found|has been found|is declared|was declared) ineligible\b"
    + r"|\b(?:hence|therefore|thus|accordingly),? (?:it|your (?:form|application|candidature)) "
    r"(?:is|has been|stands) rejected\b"
)
_THOSE_PROGRESSED = re.compile(
    r"\b(?:nearer|closer|better|stronger|more)\b[^.!?\n]{0,80}?,? and (?:those|they|these) are "
    r"the ones we(?:" + _A + r"re| are| will be) (?:progressing|taking forward|interviewing|"
    r"moving forward with|inviting|putting through)\b"
    + r"|\bso it(?:"
    + _A
    + r"s| is) (?:them|those|they)(?: two| three| both)? (?:that|who) "
    r"(?:move|moves|go|goes|get|gets|are moving|are going) (?:along|forward|on|through)\b"
)
_ANOTHER_ROUTE_SIGNED = re.compile(
    r"\b(?:gone|going|went|go) (?:another|a different) (?:route|way|direction) and (?:signed|"
    r"hired|took on|taken on|appointed|brought in|engaged|contracted)\b"
)

READINGS = readings(
    ("chose_other", _TAKES_UP),
    ("chose_other", _PICK_FOR_IS),
    ("chose_other", _BROUGHT_ON_BOARD),
    ("chose_other", _GONE_FOR_AS),
    ("chose_other", _OTHER_RECEIVED),
    ("chose_other", _GONE_WI_ANIDDER),
    ("reader_out", _HIRING_TEAM_DECLINED),
    ("role_gone", _PLACES_ALL_TAKEN),
    ("reader_out", _WHICH_ENDS_IT),
    ("reader_out", _FILE_SHUT_AT_STEP),
    ("reader_out", _FLIPPED_INACTIVE),
    ("reader_out", _STANDS_INELIGIBLE),
    ("chose_other", _THOSE_PROGRESSED),
    ("chose_other", _ANOTHER_ROUTE_SIGNED),
)
