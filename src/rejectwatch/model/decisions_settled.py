"""Decisions settled by a status table, a screen, a match, a mark or a pick of others (issue
11, nineteenth pass, part A).

Blind slice 17's English misses, read by kind once it had been measured, gave decisions stated
in shapes the readings had none for; each is written here for the shape, in several wordings,
and for the sectors and channels no slice has shown yet:

* **a status cell in a table**: an applicant tracker's HTML table ("Stage | Screening",
  "Result | Declined") reaches the readings as a line "result declined" (markup joins cells
  with a space), and a tab- or bar-separated table as "Status<TAB>Disqualified"; a line that is
  only a status label and a refusal is read (not "Result Pending", not a payment's "Transaction
  status: Declined": the label is an application's status, result, outcome or decision alone);
* **not retained at screening**: "yours was not retained at screening", "your application was
  screened out", "was not carried forward from the sift" (a public service's screening letter);
* **not matched or placed**: "you did not match to a residency programme", "you have not been
  placed with a host school", "you were not allocated to a training post" (a match, a
  placement scheme, an allocation of posts);
* **a score under a pass mark, with its consequence**: "your score was below the pass mark",
  "...needs 70% or more, so we are unable to add you to the panel" (a panel, a register, a
  pool or a bank the reader is not put on);
* **the appointment gone another way**: "we have chosen a different route for this
  appointment", "the client took another path with this hire" (the way named for the post,
  never alone: a vendor's "a different direction with our marketing" is no refusal);
* **someone else's work closer to the brief**: "another designer's work spoke more directly to
  the brand refresh", "another applicant's portfolio fitted the brief more closely", "we will be
  taking that forward with them";
* **the slot given to another**: "the programme controller has given the slot to one of our
  volunteer presenters", "we've offered the column to a staff writer" (not an interview slot,
  not to the reader), and "given it to somone else" misspelt;
* **a pick the reader is not in**: "you didn't make the four", "you didn't make it into the
  final six", "you didn't make this year's intake" (not a deadline, a session or a payment).

The next kinds, each a shape above in words a slice has not shown yet (eighteenth pass's
unread list): a named post's spot taken ("the Office Administrator spot is taken now"; not "the
2pm spot", "the interview spot"), the search closed ("the search for this role is now
complete", "our search has concluded"; not "your search", a background search).

Not read: a pending or invited status ("Result Pending", "Status: Invited to interview"), the
reader matched or placed ("you have matched to the Internal Medicine programme"), "whether or
not you have matched" (no decision yet), a score above the mark, a route or a direction taken
by a project or a product, the reader's own work taken forward ("we'll be taking that forward
with you"), an interview slot given away ("we've given your 10am slot to another candidate":
a time, no decision), and, as for every outcome reading (rejectwatch.model.plain_outcomes),
none in a conditional, still-to-come or quoted sentence, none in mail about someone else's
candidacy.

Each reading is (token name, word groups, pattern) over lower-cased text; every match of
READINGS lies inside one sentence, LINE_READINGS start at a line break. The word groups are read
off the patterns (rejectwatch.model.prefilter.openers).
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model import stated_outcomes
from rejectwatch.model.prefilter import readings

__all__ = ["LINE_READINGS", "READINGS", "ROWS", "beside_a_step"]

_NOT = r"(?: not|n['\u2019]t)"
_UNABLE = (
    r"(?:\bunable to|\bnot able to|\bcannot|\bcan not|can['\u2019]t|\bcould not|couldn['\u2019]t|"
    r"\bwere unable to|\bwon['\u2019]t be able to|\bwill not be able to)"
)

# a status cell: a line that is a status label and a refusal ("result declined", from an HTML
# table's "Result | Declined"; "status\tdisqualified"); not "result pending"
_STATUS_CELL = re.compile(
    r"\n[ \t]*(?:application |applicant |candidate |current |final |screening |stage )?"
    r"(?:status|result|outcome|decision)[ \t]*(?:[:|\t\-\u2013\u2014][ \t]*| )"
    r"(?:declined|rejected|unsuccessful|not successful|disqualified|not selected|"
    r"not shortlisted|not progressed|not progressing|screened out|not retained|not suitable|"
    r"not proceeding|not taken forward)[ \t]*(?=\n|$)"
)
# not retained at screening ("yours was not retained at screening", "your application was
# screened out at the sift")
_SCREENED = re.compile(
    r"\b(?:yours|your (?:[a-z\-]+ ){0,2}?(?:application|candidacy|candidature|cv|resume|"
    r"r\u00e9sum\u00e9|submission))(?: was| has| had| have| were)(?: not|n['\u2019]t) (?:been )?"
    r"(?:retained|screened in|carried forward|carried through|passed) (?:at|in|from|through|"
    r"after|for) (?:the )?(?:[a-z\-]+ )?(?:screening|screen|sift|paper sift|shortlisting|"
    r"further consideration)\b"
    r"|\b(?:yours|your (?:[a-z\-]+ ){0,2}?(?:application|candidacy|candidature|cv|resume|"
    r"r\u00e9sum\u00e9|submission)) (?:was|has been|had been|were) screened out\b"
)
# not matched or placed ("you did not match to a residency programme", "you have not been
# placed with a host school"); not the reader matched
_NOT_MATCHED = re.compile(
    r"\byou (?:did|have|were|had|are)" + _NOT + r" (?:been )?(?:match|matched|placed|allocated|"
    r"assigned) (?:to|with|in|into|at) (?:a|an|any|one of) (?:[a-z\-]+ ){0,2}?(?:residency|"
    r"residencies|programmes?|programs?|posts?|positions?|placements?|training posts?|schools?|"
    r"host schools?|rotations?|practices?|firms?|hosts?|employers?|trusts?|deaneries|deanery)\b"
)
# a score under the pass mark ("your score was below the pass mark", "your mark of 58% fell short
# of the threshold")
_UNDER_MARK = re.compile(
    r"\byour (?:[a-z\-]+ ){0,2}?(?:score|mark|result|grade)(?: of \d+(?:\.\d+)?%?)? (?:was|is|"
    r"fell|falls|fall) (?:below|under|short of) (?:the|our) (?:[a-z\-]+ ){0,2}?(?:pass mark|"
    r"passing mark|pass score|passing score|threshold|cut-?off|minimum|required score|"
    r"required mark|benchmark)\b"
)
# the reader not put on a panel, a register or a pool, said as "unable" ("so we are unable to
# add you to the panel at this time"); not a mailing list
_CANT_ADD = re.compile(
    _UNABLE + r" (?:add|place|include|admit|appoint|put) you (?:to|on|onto|on to|into|in) "
    r"(?:the|our|this|that) (?!mailing|newsletter|distribution|waiting)(?:[a-z\-]+ ){0,3}?"
    r"(?:panel|register|roster|pool|bank|reserve list|eligibility list|shortlist|framework|"
    r"rota|cohort)\b"
)
# the appointment gone another way ("we have chosen a different route for this appointment");
# the post named, never the way alone
_OTHER_ROUTE = re.compile(
    r"\b(?:we|they|the (?:[a-z\-]+ )?(?:client|team|panel|company|business|firm|board|school|"
    r"practice|hiring manager))(?:['\u2019]ve| have| has| had)?(?: now)?(?: decided to)? "
    r"(?:chosen|chose|choose|taken|take|took|gone|go|went|opted for|settled on|decided on) "
    r"(?:(?:in|down|with) )?(?:a|another) (?:different|new|separate|other) (?:route|path|way|"
    r"approach|option) (?:for|with|on) (?:this|the|that|our) (?:[a-z\-]+ ){0,2}?(?:appointment|"
    r"role|post|position|vacancy|hire|hiring|job|opening|placement|recruitment)\b"
)
# someone else's work closer to the brief ("another designer's work spoke more directly to the
# brand refresh", "the other applicant's portfolio fitted the brief more closely")
_CLOSER_TO_BRIEF = re.compile(
    r"\b(?:another|the other|a different|other) (?:[a-z\-]+ ){0,2}?(?:designer|candidate|"
    r"applicant|writer|photographer|agency|studio|artist|developer|presenter|freelancer|"
    r"illustrator|consultant|copywriter|architect|editor|producer|creative|contributor)(?:['\u2019]s|"
    r"s['\u2019]) (?:work|portfolio|portfolios|profile|experience|background|pitch|approach|demo|"
    r"reel|samples?|showreel|book) (?:spoke|speaks|mapped|maps|aligned|aligns|fitted|fits|fit|"
    r"matched|matches|suited|suits|answered|answers|sat|sits|was|were|is) (?:more|most|much more|"
    r"a little more|slightly more|better|closer)\b"
    # ... said of several ("a few applicants bring experience that sits closer to what the team
    # needs", "applicants whose backgrounds map more directly onto the brief")
    r"|(?:\bwe(?:['\u2019]ll| will| are|['\u2019]re)? (?:be )?(?:carrying on|continuing|proceeding|"
    r"moving forward|going forward|progressing) with (?:[a-z\-]+ ){0,3}?)?"
    r"\b(?:applicants|candidates|others|people|profiles) (?:whose|with|who bring|that bring|"
    r"bring|bringing) (?:[a-z\-]+ ){0,2}?(?:experience|backgrounds?|profiles?|skills|portfolios?|"
    r"work)(?: that| which)? (?:maps?|sits?|aligns?|fits?|matches|speaks?) (?:more|most|much more|"
    r"a little more|closer|better)(?: (?:directly|closely|naturally))? (?:onto|on to|to|with) "
    r"(?:the brief|what (?:the|our) (?:[a-z\-]+ )?(?:team|role|business|client|practice|studio) "
    r"(?:needs?|requires?|is looking for))"
    # ... and the work taken forward with them ("so we will be taking that forward with them")
    r"|\bwe(?:['\u2019]ll| will| are| have|['\u2019]re|['\u2019]ve)(?: now)?(?: be)? "
    r"(?:taking|taken|take|going ahead|moving forward|going forward|proceeding) (?:(?:it|that|this|"
    r"the (?:project|work|brief|commission|campaign|role)) )?(?:forward )?with (?:them|another "
    r"(?:[a-z\-]+ )?(?:designer|studio|agency|candidate|applicant|writer|artist|freelancer|"
    r"illustrator|photographer)|someone else|somebody else)\b"
)
# the slot given to another ("the programme controller has given the slot to one of our
# volunteer presenters"); not an interview slot, not to the reader; and "given it to somone
# else" misspelt
_SLOT_GIVEN = re.compile(
    r"\b(?:we|they|i|the (?:[a-z\-]+ ){0,2}?(?:controller|editor|producer|manager|director|team|"
    r"panel|board|client|station|company|committee|chef|owner|organisers|organizers))"
    r"(?:['\u2019]ve| have| has| had)?(?: now| since| decided to| chosen to)? (?:given|gave|give|"
    r"offered|handed|awarded) (?:the|that|this) (?!interview|call|meeting|assessment|test)"
    r"(?:[a-z\-]+ ){0,2}?(?:slot|spot|role|job|post|position|part|gig|show|shift|column|"
    r"residency|seat|contract|commission|opening|vacancy|internship|placement) to "
    r"(?!you\b|yourself\b)(?:one of (?:our|the|their)|another|someone|somebody|a |an |our |"
    r"a colleague|the other)"
    r"|\b(?:given|gave|offered|handed) (?:it|the (?:role|job|post|position)) to (?:somone|sombody|"
    r"someon|somenoe|soemone|somoene|somebdy|some one|some body|sum1|some1) (?:else|who|with)\b"
)
# a pick the reader is not in ("you didn't make the four", "you didn't make it into the final
# six"); not a deadline, a session or a payment
_NOT_IN_PICK = re.compile(
    r"\byou (?:did|have|had)" + _NOT + r" (?:quite )?make (?:it )?(?:(?:in)?to |onto |on to )?"
    r"(?:the|this year['\u2019]s|our|their) (?:final |top |last |chosen |lucky )?(?:two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|\d{1,2}|shortlist|short list|"
    r"squad|final list|final round|final cut|intake|cohort|line-?up|selection)\b"
    r"(?! (?:am|pm|o['\u2019]clock|session|deadline|payment|call)\b)"
)
# the next kinds: a named post's spot taken ("the office administrator spot is taken now"; not
# "the 2pm spot", an interview's or a session's spot)
_SPOT_TAKEN = re.compile(
    r"\bthe (?!\d)(?:(?!interview|call|session|parking|tour|demo|webinar|am\b|pm\b|morning|"
    r"afternoon|evening|[a-z]+day\b)[a-z\-]+ ){1,3}(?:spot|seat|opening) (?:is|has been|was|"
    r"['\u2019]s)(?: now| already)? (?:taken|filled|gone)\b"
)
# the search closed ("the search for this role is now complete", "our search has concluded";
# not "your search", a background or a records search)
_SEARCH_DONE = re.compile(
    r"\b(?:the|our) (?:(?:recruitment|hiring|candidate|talent|executive) )?search for (?:this|the|"
    r"our|a|an) (?:[a-z\-]+ ){0,3}?(?:role|post|position|vacancy|hire|appointment|director|"
    r"manager|head|lead|officer|chair|ceo|cfo) (?:is now|is|has now|has) (?:complete|completed|"
    r"concluded|closed|finished|ended)\b"
    r"|\bour (?:recruitment |hiring )?search (?:is now|has now|has) (?:complete|completed|"
    r"concluded|closed|finished|ended)\b"
    # ... or named by the post ("the senior backend engineer search is now complete"); not a
    # background, a records or a home search
    r"|\bthe (?!background|records?|credit|criminal|dbs|title|land|property|home|house|flat|"
    r"job|your|my|web|google|site)(?:[a-z\-]+ ){1,4}?search (?:is now|has now|has) (?:complete|"
    r"completed|concluded|closed|finished|ended)\b"
)
# the post occupied ("the position is now occupied by a colleague from inside the company")
_OCCUPIED = re.compile(
    r"\bthe (?:position|role|post|vacancy|job|opening) (?:is|has been|was)(?: now| already)? "
    r"(?:occupied|taken up)\b"
)
# the team gone another way on the post ("the team went another way on the sous chef role",
# misspelt "anther"); the post named, never the way alone
_OTHER_WAY = re.compile(
    r"\b(?:went|gone|go|going|decided to go) (?:another|anther|annother|a different|a diffrent) "
    r"way (?:on|with|for) (?:the|this|that|our) (?:[a-z\-]+ ){0,3}?(?:role|post|position|job|"
    r"hire|vacancy|opening)\b"
)
# a tracker's trail or disposition ending in a refusal ("progress: submitted → screened → closed
# (unsuccessful)", "visual merchandiser -> not selected", "receptionist - disposition: not moving
# forward"); a table's row ending in "disqualified" after a tab
_TRAIL = re.compile(
    r"\n[^\n]{0,120}?(?:\u2192|->|disposition:)[ \t]*(?:closed[ \t]*)?\(?(?:unsuccessful|"
    r"not selected|not successful|not a fit|disqualified|not moving forward|rejected|declined|"
    r"not progressed)\)?[ \t]*(?=\n|$)"
)
_TAB_ROW = re.compile(
    r"\n[^\n.!?]{2,120}\t[ \t]*(?:disqualified|screened out|not retained)[ \t]*(?=\n|$)"
)

READINGS = readings(
    ("reader_out", _SCREENED),
    ("reader_out", _NOT_MATCHED),
    ("reader_out", _UNDER_MARK),
    ("reader_out", _CANT_ADD),
    ("chose_other", _OTHER_ROUTE),
    ("chose_other", _CLOSER_TO_BRIEF),
    ("chose_other", _SLOT_GIVEN),
    ("reader_out", _NOT_IN_PICK),
    ("role_gone", _SPOT_TAKEN),
    ("role_gone", _SEARCH_DONE),
    ("role_gone", _OCCUPIED),
    ("chose_other", _OTHER_WAY),
)
LINE_READINGS = readings(("status", _STATUS_CELL), ("status", _TRAIL), ("status", _TAB_ROW))
# the rows' patterns: not read in a digest that lists a step for the reader beside them
# (negation._outcomes: "Data Analyst → Not selected" beside "Admissions Officer → Invited to
# interview")
ROWS = tuple(pattern for _, _, pattern in LINE_READINGS)
# ... a step after a trail's arrow ("→ invited to interview", "-> assessment sent")
_STEP_TRAIL = re.compile(
    r"(?:\u2192|->)[ \t]*(?:invited|invitation|interview|assessment|offer|next step|complete|"
    r"submit|upload|in progress|record|book|schedule|action (?:required|needed)|shortlisted)\b"
)


def beside_a_step(pattern: object, lowered: str) -> bool:
    """Does lower-cased ``lowered`` list a step for the reader beside the row ``pattern`` (one
    of ROWS) reads: a step after a trail's arrow, or for a cell or a table row, a row with a
    step (stated_outcomes.lists_a_step; not for a trail, whose own "Progress: Submitted" reads
    as a step there)?"""
    if _STEP_TRAIL.search(lowered):
        return True
    return pattern is not _TRAIL and stated_outcomes.lists_a_step(lowered)
