"""Outcomes stated without a refusal word (issue 11, sixteenth pass).

Blind slice 14's English misses, read by kind, gave decisions said as a plain statement of
what happens to the application, the post or its places, with no "not", no "unfortunately"
and no one "chosen". Each reading is a shape that recurs whatever the words:

* **the application stopping, said with its pronoun and a future or present verb**: "we've
  read your application, and it goes no further than this", "it will stop at this point",
  "yours won't go on from here" (the readings knew "it stops here" and "it will go no
  further"); not "what you tell us goes no further than the panel" (a privacy promise);
* **the reader's application closed or ended by what happened**: "every place is taken, which
  closes your application", "which ends the reserve arrangement for you", "we're closing all
  open applications for the post" (not "applications close on Friday", a deadline);
* **every place taken or filled**: "every place on the programme is taken", "all four
  positions have now been filled" (not "places are filled on a first-come basis", a policy);
* **someone described taking the post, the description between**: "a colleague from our
  Glasgow office, who came through the internal scheme, is taking the role" (the readings knew
  "she is taking the role", a pronoun next to its verb);
* **the post given, in the end, to someone else by its pronoun**: "ended up giving it to our
  pilot customer's ops lead", "in the end we offered it to a former intern" (not "I gave it to
  the hiring manager", a CV handed on);
* **the post going somewhere other than the reader**: "the role is heading somewhere other
  than you", "the job is going elsewhere";
* **the employer choosing to go on with others described**: "we have elected to pursue
  applicants whose profiles align more closely", "we chose to continue with people who …";
* **the post not the reader's**: "the post cannot be yours this time", "the job won't be
  yours on this occasion" (the guard reads "the role is yours" as an offer);
* **the hire taken out of the plan**: "the role has been removed from next year's headcount
  plan", "the vacancy was cut from the budget".

A bare status row (a list or table row whose last cell is a refusal: "• Warehouse Supervisor -
Not selected", "GN-2025-191 | Bid Writer | Closed - Not Hired") is a LINE_READING: it starts at
a line break.

Each reading is (token name, word groups, pattern) over lower-cased text, appended to the
outcome readings by rejectwatch.model.plain_outcomes, so the same checks apply: none in a
conditional, still-to-come or quoted sentence, none in the reader's own decision, none in mail
about someone else's candidacy. The word groups are read off the patterns
(rejectwatch.model.prefilter.openers).
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["LINE_READINGS", "READINGS", "STATUS_ROW", "a_possible_row", "lists_a_step"]

_NOT_YOU = r"(?!you\b|yourself\b|your\b)"
_POST = (
    r"(?:job|role|post|position|vacancy|place|spot|opening|contract|internship|placement|"
    r"seat|offer)s?"
)
_PERSON = (
    r"(?:candidate|applicant|student|person|colleague|employee|finalist|graduate|contractor|"
    r"associate|consultant|intern|manager|member of (?:our|the|my) team)s?"
)
_YOURS = (
    r"(?:your (?:[a-z\-]+ ){0,3}?(?:application|candidacy|candidature)|this application|yours|it)"
)
# a clause end after the stop, so "it will stop at this point in the form if ..." is not one
_ENDS_CLAUSE = (
    r"(?= *(?:[.,;:!\n\-\u2013\u2014]|$|this time|on this occasion|for now|i['\u2019]m afraid|"
    r"sadly|unfortunately"
    # (twenty-eighth pass, part H: or the sender or the search it stops with, "it goes no further
    # with us", "… with the practice", "… in this recruitment", "… for this post")
    r"|with (?:us|(?:the|our) [\w\-]+(?: [\w\-]+)?)(?:[.,;:!\n]|$| this time| on this occasion)"
    r"|in (?:this|the|our) (?:process|recruitment|round|competition|search|campaign)\b"
    r"|for (?:this|the) (?:role|post|position|job|vacancy|opening)\b))"
)
# the application stopping, future or present, with its pronoun ("it goes no further than
# this", "it will stop at this point", "yours will end here")
_NO_FURTHER = re.compile(
    r"\b" + _YOURS + r" (?:now |then |simply )?(?:goes|go|went|will go|['\u2019]ll go|"
    r"is going to go|will now go|can go|can['\u2019]t go|cannot go) no further"
    r"(?: than (?:this|here|that|now|this stage|this point))?"
    + _ENDS_CLAUSE
    + r"|\b"
    + _YOURS
    + r" (?:will|['\u2019]ll|is going to|has to|must|is to) (?:now )?"
    r"(?:stop|end|finish|close) (?:here|there|at this (?:stage|point|step))\b"
)
# the reader's application closed or ended by an event or by the employer ("which closes your
# application", "which ends the reserve arrangement for you", "we're closing all open
# applications")
_CLOSED_BY = re.compile(
    r"\b(?:which|that|this|and this|so this) (?:closes|ends|concludes|closed|ended|concluded) "
    r"(?:your (?:[a-z\-]+ ){0,2}?(?:application|candidacy|candidature|process)\b|(?:the|this) "
    r"(?:[a-z\-]+ ){0,3}?(?:process|application|arrangement|list|reserve|candidacy|recruitment) "
    r"for you\b)"
    # (fifty-fifth pass: the twin reading of decisions_handed_on folded in, "which finishes your
    # candidacy")
    r"|\b(?:which|that|this) finishes your (?:application|candidacy|candidature)\b"
    r"|\b(?:we|i)(?:['\u2019](?:re|ve|m)| are| have| am| will be| have now| are now)? "
    r"(?:closing|closed) (?:all|every|each) (?:of the )?(?:open|remaining|outstanding|live|active|"
    # (seventeenth pass: "we are closing all open searches, including yours")
    r"current|existing|pending) (?:applications|searches|requisitions|recruitment processes)\b"
)
# every place taken ("every place on the programme is taken", "all four positions have now been
# filled"; not "places are filled on a first-come basis")
_ALL_TAKEN = re.compile(
    r"\b(?:every |each |all (?:the |of the |our |of our )?(?:[a-z0-9\-]+ )?|both (?:of )?"
    r"(?:the |our )?)"
    r"(?:[a-z\-]+ )?(?:places?|positions?|spots?|seats?|posts?|roles?|vacanc(?:y|ies)|openings?|"
    # (forty-fourth pass: or a crew's bunks, "a returning crew member has it, so every bunk is
    # taken"; never a seat on a bus or at a show, never a berth: a mooring's are told the same
    # way, "All berths have been allocated for this winter")
    r"internships?|placements?|bunks?|cots?|traineeships?|studentships?)\b"
    r"(?![^.!?\n]*\b(?:bus|coach|train|plane|flight|ferry|tram|taxi|cinema|theatre|theater|"
    r"concert|match|game|restaurant|table|show|gig tickets|stadium|book|booking|booked|reserve|"
    r"reservation)\b)"
    r"(?: [a-z'\u2019\-]+){0,5}? (?:is|are|has been|have been|was|"
    r"were)(?: now| already| all)? (?:taken|filled|allocated|spoken for|gone)\b"
    r"(?! (?:on|as|in order|quickly|fast|early|through|via|first|by the time)\b)"
)
# someone described taking the post, the description between ("a colleague from our Glasgow
# office, who came through the internal scheme, is taking the role")
_SOMEONE_TAKES = re.compile(
    r"\b(?:an?|another|the other|one of (?:our|the|their|my)) (?:[a-z\-]+ ){0,2}?"
    + _PERSON
    + r"\b(?:(?!\byou)[^.!?\n]){0,100}?\b(?:is|has|['\u2019]s|have|are)(?: now| already)? "
    r"(?:taking|taken|accepted|stepping into|stepped into|moving into|moved into|filling|filled)"
    r" (?:the|this|that|our) (?:[a-z\-]+ ){0,2}?(?:role|post|position|job|vacancy|seat|place)\b"
    r"(?! of\b)"
)
# the post given, in the end, to someone else by its pronoun ("ended up giving it to our
# first customer's ops lead")
_GIVEN_IN_THE_END = re.compile(
    r"\b(?:ended up|end up|eventually|finally|in the end,?(?: we| they| i)?) (?:giving|gave|"
    r"offering|offered|handing|handed) (?:it|this one|the (?:[a-z\-]+ ){0,2}?"
    + _POST
    + r") to "
    + _NOT_YOU
    + r"(?!(?:the |our |my )?(?:hiring manager|team|recruit\w*|hr|panel|client)\b)[a-z]"
)
# the post going somewhere other than the reader ("the role is heading somewhere other than
# you", "the job is going elsewhere")
_ELSEWHERE = re.compile(
    r"\b" + _POST + r" (?:is|has|has been|was|will be|['\u2019]s)? ?(?:heading|headed|going|gone|"
    r"went|goes|moving) (?:somewhere|to (?:someone|somebody|a (?:[a-z\-]+ )?" + _PERSON + r"))"
    r" other than you\b"
    r"|\b" + _POST + r" (?:is|has|['\u2019]s) (?:heading|headed|going|gone) elsewhere\b"
)
# the employer choosing to go on with others described ("we have elected to pursue applicants
# whose profiles align more precisely", "chose to continue with people who …")
_TO_PURSUE = re.compile(
    r"\b(?:chose|chosen|decided|opted|elected|resolved) to (?:pursue|proceed with|continue with|"
    r"go with|focus on|prioriti[sz]e|move ahead with|progress with|go forward with) "
    r"(?:the )?(?:other )?(?:candidates|applicants|people|profiles|individuals|others|those) "
    r"(?:whose|who|with|that)\b(?![^.!?\n]{0,60}\b(?:as well as|alongside|along with|and|"
    r"includ\w*|like) you\b)"
)
# the post not the reader's ("the post cannot be yours this time")
_NOT_YOURS = re.compile(
    r"\b(?:the|this|that) (?:[a-z\-]+ ){0,2}?(?:role|post|position|job|place|offer|spot|seat|"
    r"internship|placement) (?:cannot|can['\u2019]t|can not|won['\u2019]t|will not|isn['\u2019]t|"
    r"is not|wasn['\u2019]t|was not)(?: going to)? (?:be )?yours\b(?! (?:alone|to (?:keep|give)))"
)
# the hire taken out of the plan ("the role has been removed from next year's headcount plan")
_OUT_OF_PLAN = re.compile(
    r"\b(?:role|post|position|vacancy|hire|requisition|opening)\b(?: [a-z'\u2019\-]+){0,3}? "
    r"(?:has|have|had|was|were|is|is being)(?: now)? (?:been )?(?:removed|cut|dropped|pulled|"
    r"taken out|struck) (?:from|out of) (?:the|our|this|next|this year['\u2019]s|"
    r"next year['\u2019]s|the company['\u2019]s) ?(?:[a-z'\u2019\-]+ ){0,2}?(?:headcount|budget|"
    r"plan|establishment|workforce plan)\b"
)

# a bare status row: a list or table row whose last cell is a refusal ("• Warehouse Shift
# Supervisor - Not selected", "GN-2025-191 | Bid Writer | Closed - Not Hired"; not a
# sentence: no stop in the row)
# (seventeenth pass: "Employer declined", "Declined by employer", "Archived by employer" in a
# job board's digest)
_BY_WHOM = r" by (?:the )?(?:employer|company|recruiter|hiring team|client)"
_REFUSED = (
    r"(?:(?:not (?:selected|hired|chosen|progressed|progressing|proceeding|shortlisted|successful|"
    r"appointed|offered|taken forward|moved forward)|rejected|unsuccessful|declined|"
    r"no longer (?:under consideration|being considered|considered|in consideration))(?:"
    + _BY_WHOM
    + r")?|(?:employer|company|recruiter|client) (?:declined|rejected|archived)|archived"
    + _BY_WHOM
    + r")"
)
# (in the body: a subject "Travel claim A65603 - declined" is no row; seventeenth pass: nor only
# after a dash or a rule, "- Finance Assistant at Bramble Analytics (Rejected)")
_STATUS_ROW = re.compile(
    # (twentieth pass, part J: a name's "St." in a row, "St. Brigid's Care Homes")
    r"\n[ \t]*(?:[*\-\u2022\u00b7]|\d+[.)])?[ \t]*(?:(?:[^\n.!?:;]|\b(?:st|mt)\. ){2,80}?"
    r"(?: [\-\u2013\u2014] |[|\t]| {2,})[ \t]*(?:closed|archived|filled|complete|completed)?"
    r"[ \t]*(?:[\-\u2013\u2014/:,][ \t]*)?"
    + _REFUSED
    # (thirty-seventh pass: and the stage it came at, "Unsuccessful at screening", "Rejected
    # after interview")
    + r"(?: (?:at|after|in|following) (?:the )?[a-z\-]+(?: [a-z\-]+)?)?"
    r"[ \t]*(?:\|[^\n.!?]{0,40})?"
    r"|[^\n.!?:;()]{2,80}? \([ \t]*" + _REFUSED + r"[ \t]*\)[ \t]*)(?=\n|$)"
)

STATUS_ROW = _STATUS_ROW
# ... and a digest that lists a step for the reader beside it ("Site Reliability Engineer |
# Invited to interview", "- Coordinator - Action required: record your video interview"): the
# guard holds such mail and its refused row is no refusal of the whole message (the corpus's
# interview and next-steps digests)
_STEP_ROW = re.compile(
    r"\n[ \t]*(?:[*\-\u2022\u00b7|]|\d+[.)])?[^\n!?]{0,80}?(?: [\-\u2013\u2014] |[|\t:]| {2,}| \()"
    r"[^\n]{0,40}?\b(?:invited|invitation|interview (?:booked|scheduled|requested)|"
    # (twentieth pass, part J: not a row's "Submitted" or "Completed", a status, no step)
    r"action (?:required|needed)|assessment|offer|next step|complete(?!d)|submit(?!ted)|upload|"
    r"in progress|your move|your turn|next:|record (?:your|the)|book (?:a|your)|schedule|"
    r"asked you|waiting (?:for|on) you|tasks? to complete)"
)


def lists_a_step(lowered: str) -> bool:
    """Does lower-cased ``lowered`` list a row with a step for the reader (_STEP_ROW)? A row that
    itself ends in a refusal (_STATUS_ROW) is none: its step's word is the stage it was refused
    at (twenty-third pass, part B: a portal's "Trainee Analyst   Assessment   Unsuccessful")."""
    for step in _STEP_ROW.finditer(lowered):
        end = lowered.find("\n", step.end())
        if not _STATUS_ROW.match(lowered, step.start(), len(lowered) if end < 0 else end):
            return True
    return False


# ... nor a row of statuses that may come, not the reader's own (sixty-second pass: "Could later
# show | Interview / Not progressed - vacancy filled", two receipts' tables, slice 160): a modal
# or "possible" in the row, or a step offered beside the refusal ("Interview / Not progressed")
_POSSIBLE_ROW = re.compile(
    r"\b(?:could|might|would|possible|possibly|potential|may (?:later|then|also|next)|can (?:later|"
    r"then|also|next))\b"
    r"|\b(?:interview|offer|shortlisted|invited|assessment|hired)\w* ?/ ?(?:not|un|rej|decl)"
)


def a_possible_row(lowered: str, start: int, end: int) -> bool:
    """Does the status row lowered[start:end] list statuses that may come (_POSSIBLE_ROW)?"""
    return _POSSIBLE_ROW.search(lowered, start, end) is not None


READINGS = readings(
    ("reader_out", _NO_FURTHER),
    ("reader_out", _CLOSED_BY),
    ("role_gone", _ALL_TAKEN),
    ("chose_other", _SOMEONE_TAKES),
    ("chose_other", _GIVEN_IN_THE_END),
    ("chose_other", _ELSEWHERE),
    ("chose_other", _TO_PURSUE),
    ("reader_out", _NOT_YOURS),
    ("role_gone", _OUT_OF_PLAN),
)
LINE_READINGS = readings(("status", _STATUS_ROW))
