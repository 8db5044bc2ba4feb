"""Places withheld: a panel, a roster, a course, a part or a residency the reader is not given
(issue 11, twentieth pass, part A).

Blind slice 18's English misses (first half), read by kind once it had been measured, gave
refusals of a place rather than of a job, told in shapes the readings had none for; each is
written here for the shape, in several wordings, and for the panels, rosters, courses and parts
no slice has shown yet:

* **not added to a panel**: "the committee has not added you to the panel this year", "we did
  not put you on the roster" (a panel, a register, a rota, a pool; not a mailing list, not "not
  added you yet");
* **not added until the reader qualifies**: "we cannot add you to the panel until you qualify",
  "we can't place you on the register until you are fully registered" (the "until" is the
  reader's missing qualification, the refusal is now: its own words are no condition; "until
  your check clears" or "until we hear from your referee" is a process still running, not read);
* **no place to go to the reader**: "no course place can go to you", "there is no place for you
  on the spring course", "no seat on the programme can be offered to you";
* **the decision given as advice followed**: "the medical officer's advice was that we should
  not offer you the post", "the panel's recommendation was that we do not appoint you", "we have
  been advised not to offer you the role" (the "should" is the advice's own);
* **a measure outside the limit**: "your weight was above the limit we can accept for the
  programme", "your height was below the minimum for the course" (the reader's weight, height,
  age or eyesight, not a parcel's or a payment's; a score below a mark is decisions_settled's);
* **a course's places filled**: "the course places have been filled", "all the shifts have been
  allocated" (not "places are filled on a first-come basis", a policy; not an interview's slots);
* **the application going no further**: "your application can't go any further", "your
  candidacy will not be progressed any further" (not a rule: "an unfinished assessment means
  your application can't go any further");
* **a roster closed to the reader**: "the roster stays closed to you this round", "the panel
  remains closed to you for now" (after a score under the standard: "came in at 94.1 %; the pool
  takes writers at 97.5 % or higher");
* **a file that cannot be accepted**: "your file shows five disciplines, so it cannot be
  accepted at this stage" (not a file too large, in a wrong format or a link expired);
* **the part cast**: "the producers have cast the role of Nettle from the first round, so the
  callback is off", "the part has now been cast" (a callback, an audition cancelled because the
  part went elsewhere; never "cast you");
* **the place awarded to another**: "the residency has been awarded to a poet from Orkney",
  "the commission has gone to another studio" (not "to you"; not a grant, a prize or a
  bursary, nor a tender's contract awarded to another supplier: no job);
* **another act decided on**: "the directors decided on the duo from Budapest for the hoop act",
  "the panel settled on a candidate from Leeds for the role" (not a venue, a date, a salary);
* **the post got by an internal applicant**: "an internal applicant has got it", "someone
  internal got the job" (a recruiter's news from the client, often before another role).

Not read, as for every outcome reading (rejectwatch.model.plain_outcomes): none in a
conditional, still-to-come or quoted sentence, none in mail about someone else's candidacy.

Each reading is (token name, word groups, pattern) over lower-cased text; every match lies
inside one sentence. The word groups are read off the patterns
(rejectwatch.model.prefilter.openers).
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["OWN_WORDS", "QUALIFIED_UNTIL", "READINGS"]

_UNABLE = (
    r"(?:\bunable to|\bnot able to|\bcannot|\bcan not|can['\u2019]t|\bcould not|couldn['\u2019]t)"
)
# a panel, a register or a roster (not a mailing list)
_PANEL = (
    r"(?:panel|register|roster|rota|pool|bank|reserve list|eligibility list|framework|cohort|"
    r"squad|list of (?:[a-z\-]+ )?(?:interpreters|umpires|referees|officials|assessors|"
    r"examiners|tutors|performers|freelancers|suppliers))"
)
_POST = (
    r"(?:role|post|position|job|vacancy|opening|contract|placement|appointment|internship|"
    r"apprenticeship|place)"
)
# who decides ("the committee", "the appointments panel", "we")
_WHO = (
    r"(?:we|they|i|the (?:[a-z\-]+ ){0,2}?(?:committee|panel|board|team|association|office|"
    r"organisers|organizers|producers|directors?|coordinator|selectors|club|company))"
)

# not added to a panel ("the committee has not added you to the panel this year"); not "yet"
_NOT_ADDED_CORE = (
    _WHO + r"(?: (?:has|have|had|did)(?: not|n['\u2019]t)| haven['\u2019]t| hasn['\u2019]t|"
    r" didn['\u2019]t) (?:added|add|put|placed|place|included|include|appointed|appoint) you "
    r"(?:to|on|onto|on to|in|into) (?:the|our|this|that) (?!mailing|newsletter|distribution|"
    r"waiting)(?:[a-z\-']+ ){0,3}?" + _PANEL + r"\b(?! yet\b)"
)
_NOT_ADDED = re.compile(r"\b" + _NOT_ADDED_CORE)
# ... for the season, after a reason the reader has not yet met ("because you have not yet
# umpired a full season in the second division, the committee has not added you to the panel
# this year": the reason's "yet" is the reader's, the decision is the season's)
_NOT_ADDED_THIS_YEAR = re.compile(
    r"\b(?:because|as|since) you (?:have|had|are|were)(?: not|n['\u2019]t) yet [^,;:.!?\n]{1,160}, "
    + _NOT_ADDED_CORE
    + r" (?:this|for this|for the) (?:year|season|round|time|cycle|intake|term|window)\b"
)
# the reader's missing qualification ("until you qualify", "until you are fully registered"):
# no process still running, the refusal stands now (negation.read_cues: a negation that lasts
# "until" it is not read as a condition)
QUALIFIED_UNTIL = re.compile(
    r"\buntil you (?:qualify|are (?:fully |properly )?(?:qualified|registered|accredited|"
    r"certified|licensed)|(?:have )?qualified)\b"
)
# not added until the reader qualifies ("we cannot add you to the panel until you qualify")
_UNTIL_QUALIFIED = re.compile(
    _UNABLE + r" (?:add|place|include|book|accept|admit|appoint|put|take) you (?:to|on|onto|"
    r"on to|into|in|for|as) (?:the|our|this|that|an?) (?!mailing|newsletter)(?:[a-z\-']+ ){0,3}?"
    r"(?:" + _PANEL + r"|" + _POST + r"|interpreter|umpire|referee|official|assessor|examiner)s?"
    r"\b until you (?:qualify|are (?:fully |properly )?(?:qualified|registered|accredited|"
    r"certified|licensed)|hold|have (?:qualified|completed|passed|gained|obtained|"
    r"(?:[a-z\-]+ ){0,2}?(?:years?|seasons?|hours?))|complete|pass|gain|obtain|reach|"
    r"(?:re)?register)\b"
)
# no place to go to the reader ("no course place can go to you", "there is no place for you on
# the course")
_NO_PLACE = re.compile(
    r"\bno (?:[a-z\-]+ )?(?:place|seat|spot|position|berth) (?:on (?:the|this) (?:[a-z\-]+ ){0,2}?"
    r"(?:course|programme|program|scheme|panel|team|trip|voyage|cruise) )?(?:can|could|will|is "
    r"able to) (?:go|be offered|be given|be allocated|be awarded) to you\b"
    r"|\bthere (?:is|['\u2019]s|was|will be) no (?:[a-z\-]+ )?(?:place|seat|spot|berth) for you "
    r"(?:on|in) (?:the|this|our) (?:[a-z\-]+ ){0,2}?(?:course|programme|program|scheme|intake|"
    r"cohort|academy|squad|panel|team)\b"
)
# the decision given as advice followed ("the medical officer's advice was that we should not
# offer you the post"); the "should" is the advice's own
_REFUSE_YOU = (
    r"(?:offer you|appoint you|take you on|accept you|admit you|place you|employ you|engage you|"
    r"proceed with (?:your|the) (?:application|appointment|offer|candidacy)|progress your "
    r"(?:application|candidacy))"
)
_ADVISED_NOT = re.compile(
    r"\b(?:advice|recommendation|conclusion|guidance|view|verdict|opinion) (?:after (?:your|the) "
    r"(?:[a-z\-]+ ){0,2}?|following (?:your|the) (?:[a-z\-]+ ){0,2}?|of (?:the|our) (?:[a-z\-]+ )"
    r"{0,2}?)?(?:was|is|had been) that we(?: should| could| would| must| do| did| can)?(?: not|"
    r"n['\u2019]t) "
    + _REFUSE_YOU
    + r"|\bwe (?:have been|were|had been|['\u2019]ve been) (?:advised|told|recommended) not to "
    + _REFUSE_YOU
)
# a measure of the reader outside the limit ("your weight was above the limit we can accept for
# the apprentice flat programme"); the reader's, not a parcel's or a payment's
_OUTSIDE_LIMIT = re.compile(
    r"\byour (?:body )?(?:weight|height|age|bmi|reach|eyesight|vision|colour vision|hearing) "
    r"(?:was|is|came in|measured|fell) (?:(?:above|over|beyond) the (?:upper |maximum )?(?:limit|"
    r"maximum)|(?:below|under|short of) the (?:lower limit|minimum|standard)|"
    r"outside the (?:[a-z\-]+ )?(?:limits?|range))"
    r"(?: (?:we can accept|we accept|allowed|permitted|set) (?:for|on) | (?:for|on) )"
    r"(?:the|our|this) (?:[a-z\-]+ ){0,3}?(?:programme|program|course|scheme|role|post|"
    r"position|job|service|academy|apprenticeship|intake|squad|panel|training)\b"
)
# a course's places filled ("the course places have been filled", "all the shifts have been
# allocated"); not a policy ("places are filled on a first-come basis"), not an interview's
_PLACES_FILLED = re.compile(
    r"\bthe (?:[a-z\-]+ )?(?:course|training|programme|program|academy|scheme|apprenticeship|"
    r"intake|cohort|internship|residency) places (?:have (?:now |all |already )?been |are (?:now |"
    r"all |already ){0,2}|were (?:all )?)(?:filled|taken|allocated|gone)\b"
    r"|\ball (?:the |our |of the |of our )?(?!interview|call|viewing|tour|webinar|session)"
    r"(?:[a-z\-]+ )?shifts (?:have (?:now |already )?been |are (?:now |already )?|were )"
    r"(?:allocated|filled|taken|covered|booked)\b"
)
# the application going no further ("your application can't go any further"); not a rule ("an
# unfinished assessment at the deadline means your application can't go any further")
_NO_FURTHER = re.compile(
    r"\b(?<!means )(?<!mean )your (?:[a-z\-]+ ){0,2}?(?:application|candidacy|candidature|"
    r"submission|registration) "
    r"(?:can['\u2019]t|cannot|can not|won['\u2019]t|will not|could not|couldn['\u2019]t) (?:go|"
    r"progress|proceed|move forward|be progressed|be taken|be carried) any further\b"
)
# a roster closed to the reader ("the roster stays closed to you this round")
_CLOSED_TO_YOU = re.compile(
    r"\b(?:the|our|this) (?:[a-z\-]+ ){0,2}?(?:" + _PANEL + r"|programme|scheme|intake|"
    r"course) (?:stays|remains|is|will stay|will remain|has to stay|must stay) closed to you\b"
)
# a file that cannot be accepted ("your file shows five disciplines, so it cannot be accepted at
# this stage"); not a file too large, in a wrong format, a link or an upload
_FILE_REFUSED = re.compile(
    r"\byour (?:application|file|submission|portfolio|evidence|registration|candidacy|"
    r"dossier)(?:(?!\b(?:mb|kb|size|format|pdf|docx?|upload\w*|attach\w*|large|link|password|"
    r"payment|card)\b)[^.!?\n]){0,160}?,? so (?:it|this|that|they|yours) (?:cannot|can['\u2019]t|"
    r"can not|could not|couldn['\u2019]t|won['\u2019]t) be (?:accepted|approved|admitted|taken "
    r"forward|progressed)\b"
)
# the part cast ("the producers have cast the role of nettle from the first round", "the part
# has now been cast"); never "cast you"
_CAST = re.compile(
    r"\b" + _WHO + r"(?:['\u2019]ve| have| has| had)(?: now| already| just)? cast (?:the|this|that)"
    r" (?:[a-z\-]+ )?(?:role|part|lead)\b"
    r"|\bthe (?:[a-z\-]+ )?(?:role|part)(?: of [a-z\-]+)? (?:has|had|have) (?:now |already )?been "
    r"cast\b(?! (?:as|with) you\b)"
)
# the place awarded to another ("the residency has been awarded to a poet from orkney"); not to
# the reader, not a grant, a prize or a bursary, not a tender's contract ("the contract has been
# awarded to another supplier": a bid lost is no job)
_AWARDED_TO = re.compile(
    r"\b(?:the|this|this year['\u2019]s|our) (?:[a-z\-]+ )?(?:residency|fellowship|commission|"
    r"role|post|position|job|vacancy|placement|appointment|internship|apprenticeship|place|part|"
    r"slot|spot) (?:has|had) (?:now |already )?(?:been awarded|been given|been offered|gone|"
    r"been allocated) to (?!you\b|yourself\b)(?:an? |another |someone|somebody|one of |the "
    r"other |other )(?!(?:[a-z\-]+ )?(?:supplier|bidder|vendor|tenderer|contractor|provider)s?\b)"
)
# another act decided on ("the directors decided on the duo from budapest for the hoop act")
_DECIDED_ON = re.compile(
    r"\b(?:decided|settled|agreed) on (?:the|a|an|another) (?:[a-z\-]+ ){0,2}?(?:duo|trio|pair|"
    r"candidate|applicant|performer|act|artist|dancer|actor|actress|singer|musician|person|"
    r"company|troupe|group|band|writer|designer|studio|agency|player)s? (?:from (?:[a-z\-]+ ){1,2}"
    r")?for (?:the|this|that) (?:[a-z\-]+ ){0,2}?(?:act|role|part|spot|slot|job|post|position|"
    r"show|tour|contract|gig|residency|commission|season)\b"
)
# the post got by an internal applicant ("an internal applicant has got it")
_INTERNAL_GOT = re.compile(
    r"\b(?:an|the|one|a) internal (?:applicant|candidate|hire|person|colleague|appointment|"
    r"transfer)(?:['\u2019]s| has| had| was)? (?:got|gotten|landed|secured|taken|won|been given|"
    r"been offered|been appointed to|got the nod for) (?:it|the (?:[a-z\-]+ ){0,2}?"
    + _POST
    + r"|that one|this one)\b"
    r"|\bsomeone internal (?:has |had )?(?:got|landed|secured|taken|won|been given) (?:it|the "
    r"(?:[a-z\-]+ ){0,2}?" + _POST + r")\b"
)

# the readings whose own words ("until you qualify", "that we should not") are no condition:
# those are looked for around the match only (negation._outcomes)
_OWN = readings(
    ("reader_out", _UNTIL_QUALIFIED),
    ("reader_out", _ADVISED_NOT),
    ("reader_out", _NOT_ADDED_THIS_YEAR),
)
READINGS = _OWN + readings(
    ("reader_out", _NOT_ADDED),
    ("reader_out", _NO_PLACE),
    ("reader_out", _OUTSIDE_LIMIT),
    ("role_gone", _PLACES_FILLED),
    ("reader_out", _NO_FURTHER),
    ("reader_out", _CLOSED_TO_YOU),
    ("reader_out", _FILE_REFUSED),
    ("chose_other", _CAST),
    ("chose_other", _AWARDED_TO),
    ("chose_other", _DECIDED_ON),
    ("chose_other", _INTERNAL_GOT),
)
OWN_WORDS = tuple(pattern for _, _, pattern in _OWN)
