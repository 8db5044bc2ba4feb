"""Decisions given as an allocation, an appointment, an approval or a rule the reader fails
(issue 11, eighteenth pass, part A).

Blind slice 16's English misses, read by kind once it had been measured, gave decisions stated
in shapes the readings had none for; each is written here for the shape, in several wordings,
and for the sectors and channels no slice has shown yet:

* **the decision stated as an allocation or a roster outcome**: "no tutorial groups have been
  allocated to you this semester", "you haven't been rostered any shifts", "we were unable to
  allocate you any teaching", "the available hours were taken up by continuing staff", "we
  have now allocated all sponsored cadet berths", "your name has not been added to the roster",
  "you were not placed on the reserve list" (sessional teaching, crewing, casual pools, agency
  rotas, a roster of pre-assessed candidates);
* **someone else confirmed in the post**: "the trustees confirmed Ulla Drummond in the post at
  Monday's meeting", "the board has ratified Dev's appointment", "the governors appointed a
  deputy head to the role" (a charity's, a school's, a church's or a club's board);
* **someone else asked to lead what the reader applied for**: "we've asked Keziah to lead the
  platform team", "the founders picked Omar to head up the studio";
* **an approval refused**: "we aren't able to approve your tutor profile at this time", "your
  driver account has not been approved" (a platform's vetting: tutors, drivers, hosts);
* **intake closed to the reader**: "we're currently not accepting new Taskers around your
  postcode", "your application won't be processed";
* **a thing the reader can't be offered**: "we cannot offer you sponsorship on this occasion",
  "we're unable to offer you a pupillage", "we can't award you the studentship";
* **a rule the reader fails, with its consequence**: "you don't hold that entitlement yet, so the
  application can't go any further", "..., so we can't take your application forward" (a
  licence class, a visa's hours, an age limit, a colour-vision standard: the rule is the
  reason, the decision the consequence after "so", "therefore", "as a result").

The next kinds, which no slice has shown yet, each a shape above said as another sector says it:
a standard not met ("you do not meet the colour vision standard", "your medical assessment did
not meet the fitness standard"), no placement or work found for the reader ("we could not find a
placement for you this term", "we haven't got any work for you at the moment"), not recommended
for appointment, someone on the staff redeployed into the post, the post no longer going ahead,
the reader taken off a pool or an agency's books, and the application closed by the employer's
side ("your candidacy has been withdrawn by the employer").

Not read: the reader allocated, rostered, confirmed or approved ("you've been allocated two
groups"); a slot, a room or a session ("no interview slots were allocated"); an interviewer
asked to lead the reader's interview; a rule stated as a rule ("an unfinished assessment means
your application can't go any further"); "can't offer you travel costs"; a loan or an app
store listing not approved, a scholarship or a bursary not awarded, a club's volunteer places
filled, a platform's intake paused with the reader waitlisted, an amateur company's casting (no
job, or no decision: the corpus's hard negatives say so); and, as for every
outcome reading (rejectwatch.model.plain_outcomes), none in a conditional, still-to-come or
quoted sentence, none in mail about someone else's candidacy.

Each reading is (token name, word groups, pattern) over lower-cased text; every match lies
inside one sentence. The word groups are read off the patterns
(rejectwatch.model.prefilter.openers).
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_NOT = r"(?:\bnot|n['\u2019]t)"
# ... after an auxiliary ("has not", "hasn't")
_AUX_NOT = r"(?: not|n['\u2019]t)"
# what a school, a crewing office, an agency or a pool hands out
_ALLOTTED = (
    r"(?:tutorial groups?|tutorials?|classes|groups|teaching|hours|shifts|sections|lectures|"
    r"labs|placements?|berths?|contracts?|assignments|work|cover|routes|rounds|cases)"
)
_GIVEN = r"(?:allocated|assigned|rostered|given|offered|allotted)"
# the decision stated as an allocation ("no tutorial groups have been allocated to you this
# semester", "you haven't been rostered any shifts", "we were unable to allocate you any
# teaching"); not the reader allocated, not a slot or a room
_NONE_ALLOTTED = re.compile(
    r"\bno (?:[a-z\-]+ ){0,2}?" + _ALLOTTED + r" (?:have|has|were|was|could|can)(?: not)? (?:be"
    r"(?:en)? )?" + _GIVEN + r" (?:to )?you\b"
    r"|\byou (?:have|were|are|had)" + _AUX_NOT + r" (?:been )?" + _GIVEN + r" any\b"
    r"|(?:\bunable to|\bnot able to|\bcannot|can['\u2019]t|couldn['\u2019]t|\bcould not|"
    r"\bnot been able to) (?:allocate|assign|roster|allot|give|offer) you (?:any|a|an) "
    r"(?:[a-z\-]+ ){0,2}?" + _ALLOTTED + r"\b"
)
# the hours or places taken by others ("the available hours were taken up by continuing staff",
# "the places have all been allocated to returning students"); not slots or sessions (an
# interview day's times)
_TAKEN_UP_BY = re.compile(
    r"\b(?:hours|places|shifts|classes|tutorials|tutorial groups|groups|berths|positions|roles|"
    r"posts|contracts|vacancies|teaching|placements|spots)"
    r" (?:were|have|had|was|has|are)(?: all)?(?: been)? (?:taken up|filled|allocated|given|"
    r"assigned|offered|awarded|covered) (?:by|to) (?:our |the |other |more )?(?:continuing|"
    r"existing|returning|current|internal|senior|permanent|ongoing|higher-degree|postgraduate|"
    r"research|full-time|established|other|staff|candidates|applicants|students|colleagues)\b"
)
# every place handed out ("we have now allocated all sponsored cadet berths for the September
# intake"); not the places of an event ("all places on the assessment day"), nor a club's
# volunteer places, a camp's or a course's (no job)
_ALL_ALLOTTED = re.compile(
    r"\b(?:we|they)(?:['\u2019]ve| have| had)?(?: now| already)? (?:allocated|filled|awarded|"
    r"assigned|offered|given out|handed out) all (?:of )?(?:the |our |this year['\u2019]s |the "
    r"available )?(?:(?!volunteer|visitor|guest|ticket|camp|course|class)[a-z\-]+ ){0,2}?"
    r"(?:places|berths|positions|roles|posts|vacancies|contracts|"
    r"cadetships|traineeships|apprenticeships|internships|studentships|scholarships|tenancies|"
    r"pupillages|placements|hours|shifts|tutorials|groups)\b"
    r"(?! (?:on|at|for) (?:the|our|this|that) (?:[a-z\-]+ )?(?:assessment|interview|open|"
    r"induction|training|webinar|event|day|session|workshop|tour)\b)"
)
# the reader not put on a roster, a register or a pool ("your name has not been added to the
# roster", "you were not placed on the reserve list"); not a mailing list
_NOT_LISTED = re.compile(
    r"\b(?:you|your name|your (?:[a-z\-]+ ){0,2}?(?:application|profile|details|cv|candidacy))"
    r"(?: has| have| was| were| had)"
    + _AUX_NOT
    + r" (?:been )?(?:added|placed|included|entered|put|"
    r"listed|accepted) (?:on|onto|on to|to|in|into) (?:the|our|this|that|this year['\u2019]s) "
    r"(?:[a-z\-]+ ){0,3}?(?:roster|register|reserve list|waiting list|eligibility list|"
    r"shortlist|pool|bank|panel|framework|rota|cohort|network|scheme|programme|program)\b"
    r"|\b(?:we|the (?:[a-z\-]+ ){0,2}?(?:panel|board|team|committee))(?: have| has| did| will)?"
    + _AUX_NOT
    + r"(?: be)? (?:add|adding|place|placing|include|including|put|putting) you (?:on|onto|on to|"
    r"to|in|into) (?:the|our|this|that) (?:[a-z\-]+ ){0,3}?(?:roster|register|reserve list|"
    r"eligibility list|pool|bank|panel|framework|rota|cohort)\b"
)
# someone else confirmed in the post by those who appoint ("the trustees confirmed Ulla
# Drummond in the post at Monday's meeting", "the board has appointed a deputy head to the
# role"); not the reader ("confirmed you in the post"), nor a letter "in the post"
_BOARD = (
    r"(?:we|they|the (?:[a-z\-]+ ){0,2}?(?:trustees|board|governors|committee|panel|council|"
    r"directors|partners|members|chair|dean|principal|head|elders|selectors|founders))"
)
_CONFIRMED_IN_POST = re.compile(
    r"\b" + _BOARD + r"(?: have| has|['\u2019]ve)?(?: now| formally| officially| unanimously)? "
    r"(?:confirmed|appointed|ratified|installed|elected|endorsed) "
    r"(?!you\b|yourself\b|your\b|the (?:date|dates|details|time|offer|contract|letter|"
    r"arrangements|interview)\b)(?:[a-z'\u2019\-]+ ){1,3}?(?:in|into|to|as) (?:the|our|this|that)"
    r" (?:[a-z\-]+ ){0,2}?(?:post|role|position|job|vacancy|appointment|seat|chair|headship)"
    r"(?![\-\w'\u2019])"
    # ... or the appointment of another, named ("the board has ratified Dev's appointment",
    # "Ulla's appointment was confirmed on Monday")
    r"|\b" + _BOARD + r"(?: have| has|['\u2019]ve)?(?: now| formally| officially| unanimously)? "
    r"(?:confirmed|ratified|approved|endorsed|announced) (?!your\b)[a-z\-]+['\u2019]s "
    r"appointment\b"
    r"|(?:^|(?<=[\n.!?] )|(?<=[\n.!?]))(?!your\b)[a-z\-]+(?: [a-z\-]+)?['\u2019]s appointment"
    r"(?: as [a-z ]{3,40}?)? (?:has been|was|is now|is) (?:confirmed|ratified|approved|"
    r"announced|finalised|finalized)\b"
)
# someone else asked to lead what the reader applied for ("we've asked Keziah to lead the
# platform team", "the founders picked Omar to head up the studio"); not the reader, nor an
# interviewer ("asked Sam to lead the interview panel", "to lead your assessment")
_ASKED_TO_LEAD = re.compile(
    r"\b(?:we|i|they|the (?:[a-z\-]+ ){0,2}?(?:team|panel|board|committee|founders?|partners?|"
    r"client|trustees|directors))(?:['\u2019]ve| have| has| had)?(?: now| just| since| already)?"
    r" (?:asked|chosen|chose|picked|appointed|invited|tapped|selected) "
    r"(?!you\b|yourself\b|your\b|us\b|me\b|them\b)[a-z\-]+(?: [a-z\-]+){0,2}? to (?:lead|head|"
    r"head up|run|manage|take over|step into|fill) (?:the|our|that|this) "
    r"(?:(?!interview|hiring|recruitment|selection|assessment|panel|session|call|tour)"
    r"[a-z\-]+ ){0,2}?(?:team|department|function|squad|unit|desk|practice|studio|role|post|"
    r"position|vacancy|programme|office|branch|store|kitchen|lab)(?![\-\w'\u2019])"
)
# an approval refused ("we aren't able to approve your tutor profile at this time", "your
# driver account has not been approved"); not "yet" nor "until ..." (the outcome readings'
# still-to-come check); only a worker's profile or account (a loan, a credit card or an app
# store listing not approved is no job: the corpus's non-job declines say so)
_WORKER = (
    r"(?:tutor|teacher|driver|rider|courier|tasker|freelancer|contractor|worker|cleaner|carer|"
    r"caregiver|nanny|sitter|walker|shopper|interpreter|translator|instructor|coach|therapist|"
    r"helper|handyman|babysitter|dog walker|pro|provider|talent|expert|specialist|candidate)"
)
_APPROVABLE = r"(?:profile|account|application|registration|sign-?up|onboarding)"
_NOT_APPROVED = re.compile(
    r"(?:"
    + _NOT
    + r"|\bunable to|\bcannot) (?:be )?(?:able to )?approve (?:your "
    + _WORKER
    + r" "
    + _APPROVABLE
    + r"|you as an? (?:[a-z\-]+ )?"
    + _WORKER
    + r")\b"
    r"|\byour "
    + _WORKER
    + r" "
    + _APPROVABLE
    + r" (?:has|was|were|is|have)"
    + _AUX_NOT
    + r" (?:been )?approved\b(?! yet\b)"
)
# the reader's application closed unread ("your application won't be processed", after "we're
# not accepting new Taskers around your postcode"); not a platform's intake paused alone ("we're
# not onboarding new riders in Leeds right now. Your application is on our waitlist": a
# waitlist, no decision), nor a step pending ("won't be processed until you verify ...")
_INTAKE_CLOSED = re.compile(
    r"\byour (?:[a-z\-]+ ){0,3}?(?:application|candidacy|candidature|registration|sign-?up)"
    r"(?: will not| won['\u2019]t| cannot| can['\u2019]t| can not| will no longer) be "
    r"(?:processed|considered|accepted|taken forward)"
    r"(?= *(?:[.;!\n]|$|at this (?:time|stage|point)|this time|further|any further|"
    r"on this occasion))"
)
# a thing the reader can't be offered, beyond a post ("we cannot offer you sponsorship on this
# occasion", "we're unable to offer you a pupillage"); not costs or a time ("can't offer you
# travel expenses", "the opportunity to reschedule"); not a scholarship or a bursary (a
# student's award, no job: the corpus's non-job declines)
_CANT_OFFER = re.compile(
    r"(?:\bcannot|can['\u2019]t|\bcan not|\bunable to|\bnot able to|\bnot in a position to|"
    r"won['\u2019]t be able to|\bwill not be able to|" + _NOT + r" be) (?:offer|offering|extend|"
    r"extending|award|awarding|grant|granting) you (?:an? |the |any )?(?:[a-z\-]+ ){0,2}?"
    r"(?:sponsorship|berth|cadetship|studentship|pupillage|tenancy|"
    r"commission|engagement|assignment|gig|employment|opportunity|(?:any|further|more) work)\b"
    r"(?! to\b)"
)
# a rule the reader fails, with the decision as its consequence ("you don't hold that
# entitlement yet, so the application can't go any further", "..., therefore we cannot take your
# application forward"); not the rule itself ("an unfinished assessment means your application
# can't go any further")
_SO_NO_FURTHER = re.compile(
    r"\b(?:so|therefore|as a result|consequently|for that reason|which is why|and so)(?:,)? "
    r"(?:(?:the|your|this) (?:[a-z\-]+ ){0,2}?application (?:can['\u2019]t|cannot|can not|"
    r"won['\u2019]t|will not|isn['\u2019]t able to|is not able to|is unable to) (?:go|progress|"
    r"proceed|move|be taken|be progressed|be considered)(?: any)?(?: further| forward)?"
    r"|we (?:can['\u2019]t|cannot|can not|are unable to|won['\u2019]t be able to|are not able to)"
    r" (?:take|progress|move|consider|accept) (?:it|you|your (?:[a-z\-]+ ){0,2}?application)"
    r"(?: any)?(?: further| forward)?)"
    r"(?= *(?:[.,;!\n]|$|at this|this time|on this occasion|for this))"
)

# The next kinds, no slice's yet: each the shape of a decision slice 16 showed in one sector,
# said as another sector says it.
# a standard the reader does not meet ("you do not meet the colour vision standard required
# for this role", "your medical assessment did not meet the fitness standard"); not "if you do
# not meet ..." (a conditional), nor documents to send again ("your scan does not meet the
# requirements": no such subject here), nor an advert's "applicants who do not meet ..."
_NOT_MET = re.compile(
    r"\b(?:you|your (?:[a-z\-]+ ){0,3}?(?:application|assessment|result|results|score|scores|"
    r"test|medical|eyesight|vision|hearing|experience|qualifications?|profile|licence|license|"
    r"check))(?: do| does| did|['\u2019]ve| have| has)?(?: not|n['\u2019]t) (?:meet|satisfy|reach|"
    r"pass|achieve) (?:the|our|all the|all of the) (?:[a-z\-]+ ){0,4}?(?:standards?|requirements?|"
    r"criteria|threshold|bar|pass mark|cut-?off|minimum)\b"
)
# no placement or assignment found for the reader ("we could not find a placement for you this
# term", "no suitable assignment could be found for you"); not a time or a room
_NONE_FOUND = re.compile(
    r"(?:\bcould not|couldn['\u2019]t|\bwere unable to|\bwere not able to|\bhave not been able to|"
    r"\bhaven['\u2019]t been able to|\bcannot|can['\u2019]t) (?:find|secure|arrange|identify|"
    r"match) (?:a|an|any) (?:suitable )?(?:placement|position|role|host|host family|school|"
    r"assignment|match|vacancy|post) for you\b"
    r"|\bno (?:suitable )?(?:placement|position|role|host|host family|school|assignment|vacancy|"
    r"post)s? (?:could be|has been|was|were|have been) (?:found|identified|secured|arranged) for "
    r"you\b"
    # ... and an agency with no work for the reader ("we haven't got any work for you at the
    # moment", "there are no suitable assignments for you")
    r"|\b(?:we have|we['\u2019]ve got|we have got|there is|there are|there['\u2019]s)"
    r"(?: currently)? no "
    r"(?:suitable )?(?:work|assignments|shifts|roles|vacancies|positions|placements) for you\b"
    r"|\bwe(?: have|['\u2019]ve)?(?: not|n['\u2019]t)(?: got)? (?:any|got any) (?:suitable )?"
    r"(?:work|assignments|shifts|roles|vacancies|positions|placements) for you\b"
)
# the reader not recommended for appointment ("you have not been recommended for appointment",
# "the board did not recommend you for the post")
_NOT_RECOMMENDED = re.compile(
    r"\b(?:you|your (?:[a-z\-]+ ){0,2}?(?:application|candidacy|candidature))(?: have| has| were|"
    r" was)" + _AUX_NOT + r" (?:been )?recommended for (?:appointment|selection|hire|the (?:post|"
    r"role|position|job|vacancy))\b"
    r"|" + _NOT + r" recommend you for (?:appointment|selection|hire|the (?:post|role|position|job|"
    r"vacancy))\b"
)
# someone already on the staff moved into the post ("an existing member of staff has been
# redeployed into the post", "a colleague at risk of redundancy was slotted into the role")
_REDEPLOYED = re.compile(
    r"\b(?:an? |our )?(?:existing |current |internal )?(?:member of (?:our )?staff|colleague|"
    r"employee|staff member|internal candidate)(?: [a-z,\-]+){0,5}? (?:has been|was|have been|"
    r"were) (?:redeployed|slotted|transferred|moved|matched) (?:in)?to (?:the|this|that) "
    r"(?:[a-z\-]+ ){0,2}?(?:post|role|position|vacancy|job)(?![\-\w])(?! of\b)"
)
# the post no longer going ahead ("the role is no longer going ahead", "the job no longer
# exists"); not an interview or a meeting (the outcome readings' check for a post gone)
_NO_LONGER = re.compile(
    r"\b(?:the|this|that) (?:[a-z\-]+ ){0,2}?(?:role|post|position|vacancy|job|opening)"
    r"(?: (?:is|will)(?: be)?)? no longer (?:going ahead|proceeding|exists?|available|required|"
    r"needed|being (?:filled|recruited|advertised))\b"
)
# the reader taken off a pool, a register or an agency's books ("we've removed you from our
# talent pool", "we have taken you off our books"); not a mailing list
_REMOVED = re.compile(
    r"\b(?:we|they)(?:['\u2019]ve| have| had)? (?:now )?(?:removed|taken|deleted) you (?:from|off) "
    r"(?:our|the) (?:[a-z\-]+ ){0,2}?(?:talent pool|pool|register|roster|books|bank|panel|"
    r"shortlist|rota)\b"
)
# the employer's side closing the reader's application ("your candidacy has been withdrawn by
# the employer"); not the reader's own withdrawal ("withdrawn at your request", "by you")
_CLOSED_BY_EMPLOYER = re.compile(
    r"\byour (?:[a-z\-]+ ){0,2}?(?:application|candidacy|candidature) (?:has been|was|have been)"
    r" (?:withdrawn|closed|cancell?ed|rejected|declined|archived) by (?:the )?(?:employer|client|"
    r"company|hiring (?:team|manager)|recruiter|organi[sz]ation|school|agency)\b"
)

# Grouped CV's out-of-fold English misses (bcd2323 retrained, seeds 0-2), the same kinds:
# the reader left off the list ("the panel were unable to include you in the list of candidates
# invited to interview"); not a session ("include you in the Tuesday session")
_NOT_INCLUDED = re.compile(
    r"(?:\bunable to|\bnot able to|\bcannot|can['\u2019]t|\bcould not|couldn['\u2019]t|"
    r"\bdid not|didn['\u2019]t|\bhave not|haven['\u2019]t) include you (?:in|on) (?:the|our) "
    r"(?:[a-z\-]+ ){0,2}?(?:list|shortlist|interviews?|next stage|next round|selection|"
    r"candidates)\b"
)
# the reader's application not among those progressed ("yours is not one we will be
# progressing"), declined now ("we are declining your application"), passed on by the CV
# ("they're passing on your CV for this one"; not "happy to pass on your resume", "we're passing
# on your CV to the client": forwarded)
_NOT_ONE_OF = re.compile(
    r"\byours (?:is|was) not (?:one|among those|one of those) (?:that )?we (?:will be|are|"
    r"['\u2019]ll be|have been) (?:progressing|taking forward|moving forward|shortlisting)\b"
    r"|\b(?:we|they)(?: are|['\u2019]re) declining your (?:[a-z\-]+ )?(?:application|candidacy)\b"
    r"|\b(?:we|they|the (?:client|hiring manager|team|panel))(?:['\u2019]re| are| is) passing on "
    r"your (?:cv|resume|r\u00e9sum\u00e9|portfolio)\b(?! (?:to|with|onto|along)\b)"
)
# the employer's side closing the application, said by a board or a status ("The employer has
# withdrawn your candidacy", "application closed by employer", "Status update: Candidate
# withdrawn by employer", "Result: Not referred"); not the reader's own withdrawal
_EMPLOYER_CLOSED = re.compile(
    r"\bthe (?:employer|client|company|hiring team|hiring manager|recruiter) (?:has|have)"
    r"(?: now)? (?:withdrawn|closed|rejected|declined) your (?:[a-z\-]+ )?(?:application|"
    r"candidacy|candidature)\b"
    r"|\b(?:application|candidate|candidacy) (?:closed|withdrawn|rejected|declined|disqualified)"
    r" by (?:the )?(?:employer|client|company|hiring team)\b"
    r"|\b(?:result|outcome|referral status|status)\s*[:\-]\s*not referred\b"
)
# a score below what is needed ("your overall score placed you in the 42nd percentile, below
# the level needed to progress")
_BELOW_NEEDED = re.compile(
    r"\bbelow (?:the|our) (?:[a-z\-]+ ){0,2}?(?:level|score|mark|threshold|standard|cut-?off|"
    r"bar) (?:needed|required|we need|set) (?:to|for) (?:progress|proceed|pass|move|go|the next|"
    r"progression|an interview|interview)"
)
# everyone needed hired ("we've hired everyone we need for the November rota"); not with the
# reader among them ("..., and you start on Monday")
_ALL_HIRED = re.compile(
    r"\b(?:we|they)(?:['\u2019]ve| have| had)?(?: now| already)? (?:hired|recruited|taken on|"
    r"found|appointed) (?:everyone|everybody|all the (?:people|staff|workers|crew)|enough "
    r"(?:people|staff|workers|crew)) (?:we|they) (?:need|needed)\b"
    r"(?![^.!?\n]{0,80}\b(?:you start|you['\u2019]ll start|including you|"
    r"you['\u2019]re (?:one|among)|you are (?:one|among)|welcome you)\b)"
)

READINGS = readings(
    ("reader_out", _NONE_ALLOTTED),
    ("chose_other", _TAKEN_UP_BY),
    ("role_gone", _ALL_ALLOTTED),
    ("reader_out", _NOT_LISTED),
    ("chose_other", _CONFIRMED_IN_POST),
    ("chose_other", _ASKED_TO_LEAD),
    ("reader_out", _NOT_APPROVED),
    ("reader_out", _INTAKE_CLOSED),
    ("reader_out", _CANT_OFFER),
    ("reader_out", _SO_NO_FURTHER),
    ("reader_out", _NOT_MET),
    ("reader_out", _NONE_FOUND),
    ("reader_out", _NOT_RECOMMENDED),
    ("chose_other", _REDEPLOYED),
    ("role_gone", _NO_LONGER),
    ("reader_out", _REMOVED),
    ("reader_out", _CLOSED_BY_EMPLOYER),
    ("reader_out", _NOT_INCLUDED),
    ("reader_out", _NOT_ONE_OF),
    ("reader_out", _EMPLOYER_CLOSED),
    ("reader_out", _BELOW_NEEDED),
    ("role_gone", _ALL_HIRED),
)
