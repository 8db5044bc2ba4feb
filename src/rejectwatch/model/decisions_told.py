"""Decisions told in a manager's, a recruiter's or a screener's own words (issue 11,
seventeenth pass).

Blind slice 15's English misses, read by kind once it had been measured, gave decisions the
readings had no shape for, each a shape that recurs whatever the words around it:

* **decided against the reader**: "the hiring manager has decided against moving you forward",
  "we've decided against progressing it", "decided against proceeding after the reference
  stage" (a recruiter's recap after a call; the readings knew "decided not to"; "moving you"
  then read as a decision *for* the reader, see rejectwatch.model.negation's "decided against"
  cue);
* **someone from elsewhere in the firm moving into the post**: "Ewan from our Auckland office
  is moving across into the role", "a lead from the Dublin team has stepped into the
  position" (an internal move told in a thread reply; the readings knew "moved her across
  into the seat");
* **someone asked or taken on as the new holder of the post**: "we've asked Tariq to join the
  studio as our new designer", "we have hired a contractor as our new site lead" (a thread
  reply after a portfolio review);
* **others judged nearer to what is wanted**: "we felt others sat a little nearer to what the
  team wants next year", "other applicants came closer to the brief" (the readings knew
  "other candidates were a closer match");
* **the reader not admitted to a network, programme or pool**: "we can't admit you to the
  network now", "we are unable to accept you onto the scheme" (a freelance network's
  vetting, a programme's intake);
* **a screening not passed, said of the attempt**: "your live session didn't get a pass from
  our reviewers", "the recorded task did not earn a pass".

Not read: the reader's own decision ("you decided against moving"), a thing moved ("decided
against moving the interview to Friday"), the reader as the new hire ("we've asked you to join
as our new ..."), a room or a day ("we can't admit you to the building without ID"); and, as
for every outcome reading (rejectwatch.model.plain_outcomes), none in a conditional,
still-to-come or quoted sentence, none in mail about someone else's candidacy.

Each reading is (token name, word groups, pattern) over lower-cased text; every match lies
inside one sentence. The word groups are read off the patterns
(rejectwatch.model.prefilter.openers).
"""

from __future__ import annotations

from rejectwatch.model import decisions_forwarded
from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_listed import NOT_A_SLOT
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_POST = r"(?:role|post|position|job|seat|vacancy|opening)"
# who else may be chosen
_PERSON = (
    r"(?:candidate|applicant|person|colleague|finalist|graduate|contractor|consultant|"
    r"internal|student|one)s?"
)
_APPLICATION = r"your (?:[a-z\-]+ ){0,3}?(?:application|candidacy|candidature|cv|profile)\b"
# decided against the reader ("has decided against moving you forward", "decided against
# progressing it", "decided against proceeding after the reference stage"); not a thing moved
# ("decided against moving it to Friday"); the reader's own ("you decided against ...") is the
# outcome readings' reader-decided check
_DECIDED_AGAINST = re.compile(
    r"\b(?:decided|chosen|chose|opted|elected) against (?:(?:moving|taking|progressing|"
    r"advancing|putting|bringing|carrying|inviting|shortlisting|offering|hiring|appointing|"
    r"pursuing|considering|continuing with|proceeding with|going ahead with|moving forward with|"
    r"moving ahead with) (?:you\b|" + _APPLICATION + r"|it\b(?! (?:to|until|from)\b))"
    r"|(?:proceeding|progressing|continuing|going (?:any )?further)(?= *(?:[.,;:!\n]|$|after|"
    r"beyond|past|at this|this time|on this occasion)))"
)
# someone from elsewhere in the firm moving into the post ("Ewan from our Auckland office is
# moving across into the role"); not "of" a part played ("stepping into the role of host")
_MOVING_INTO = re.compile(
    r"\b(?:he|she|they|[a-z\-]+ from (?:our|the|their|its|another|a different) "
    r"(?:[a-z\-]+ ){0,3}?(?:office|team|"
    r"site|branch|department|store|depot|group|division|unit|hub|side|campus|practice|lab))"
    r"(?:, [^,.!?\n]{1,80},)? (?:is|are|has|have|was|were|['\u2019]s)(?: now| already| instead)?"
    r"(?: been)? (?:moving|moved|stepping|stepped|transferring|transferred|coming|switching|"
    r"switched|going|promoted|appointed)(?: across| over| up| sideways| straight)? into "
    r"(?:the|this|that) "
    r"(?:[a-z\-]+ ){0,2}?" + _POST + r"(?![\-\w])(?! of\b)"
)
# someone asked or taken on as the new holder of the post ("we've asked Tariq to join the
# studio as our new designer"); not the reader ("asked you to join as our new ...")
_AS_OUR_NEW = re.compile(
    r"\b(?:we|i|they)(?:['\u2019]ve| have| had)?(?: now| just| since| already)? (?:asked|invited|"
    r"hired|appointed|recruited|taken on|brought on|brought in|signed|offered) "
    r"(?!you\b|yourself\b|your\b)[a-z\-]+(?: [a-z\-]+){0,3}? (?:to (?:join|come on board|come "
    r"aboard|come in)(?: (?:the|our|us|at) ?(?:[a-z\-]+ )?(?:team|studio|practice|firm|lab|group|"
    r"company|office|us|board|shop|kitchen|school)?)? )?as (?:our|the|their) (?:new|next) "
    r"[a-z]" + decisions_forwarded.AN_OFFICE + decisions_forwarded.A_ONE_OFF
    # (twenty-sixth pass, part K: never an office, a committee's place or a one-off task, "… as
    # the new member of the book club committee", "… liaison for the quarter")
)
# others judged nearer to what is wanted ("we felt others sat a little nearer to what the team
# wants"); not the reader among them ("... as did you")
_OTHERS_NEARER = re.compile(
    r"\b(?:others|other (?:candidates|applicants|people|finalists|profiles|interviewees))"
    r"(?: [a-z]+ly)? (?:sat|were|came|stood|fell|landed|seemed|looked|felt|fitted)"
    r"(?: just| a (?:little|bit|touch|shade|fair bit)| slightly| somewhat| much| rather)? "
    r"(?:nearer|closer) to (?:what|the|our|where|how)\b"
    r"(?![^.!?\n]{0,60}\b(?:as did you|like you|as you did|and so did you|including you)\b)"
)
# the reader not admitted to a network, programme or pool ("we can't admit you to the network
# now"); not a room or a day ("to the building", "to the assessment centre")
_NOT_ADMITTED = re.compile(
    r"(?:\bcannot|\bcan not|can['\u2019]t|\bunable to|\bnot able to|won['\u2019]t be able to|"
    r"\bwill not be able to) (?:admit|accept|enrol|enroll|onboard|take|add) you "
    r"(?:in|into|onto|on to|to|on|as a member of) (?:the|our|this|this year['\u2019]s) "
    r"(?:[a-z\-]+ ){0,3}?(?:network|programme|program|scheme|course|pool|register|roster|cohort|"
    r"academy|community|bank|intake|platform|marketplace|collective|fellowship|apprenticeship)"
    r"(?![\-\w])"
)
# a screening not passed, said of the attempt ("your live session didn't get a pass from our
# reviewers", "the recorded task did not earn a pass")
_NO_PASS = re.compile(
    r"\b(?:your|the) (?:[a-z\-]+ ){0,3}?(?:session|test|task|exercise|assessment|interview|"
    r"audition|trial|screening|submission|sample|check|review|attempt|answers|recording)"
    r"(?: did not| didn['\u2019]t| failed to) (?:get|earn|receive|achieve|reach|gain|secure) "
    r"(?:a|the) pass\b"
)

# the application not going further, negated ("your application won't go further"; the
# readings knew "it will go no further" and "won't be going further"); not "what you tell us
# won't go further than the panel", nor a rule ("an unfinished test means your application
# can't go any further")
_WONT_GO_FURTHER = re.compile(
    r"\b(?:it|yours|this application|your (?:[a-z\-]+ ){0,3}?(?:application|candidacy|"
    r"candidature)) (?:won['\u2019]t|will not|isn['\u2019]t going to|"
    r"is not going to|didn['\u2019]t|did not) go (?:any )?further\b(?! than\b)"
)
# the places or the post going to others, said ahead ("this year's places will go to other
# students"; the readings knew "goes to others")
_WILL_GO_TO = re.compile(
    r"\b(?:places?|posts?|roles?|jobs?|positions?|spots?|seats?|internships?|placements?)\b"
    r"(?: [a-z'\u2019\-]+){0,3}? (?:will|are going to|is going to|['\u2019]ll) (?:now )?go to "
    r"(?:other|another|a different|someone|somebody)\b"
    # (and said now of someone described: "the role is going to a colleague already in the
    # Infrastructure team")
    r"|\b(?:place|post|role|job|position|spot|seat|internship|placement)\b (?:is|has)(?: now)? "
    r"(?:going|gone) to (?:an?|another|one of (?:our|the|their)|the other) (?:[a-z\-]+ ){0,3}?"
    + _PERSON
    + r"\b"
)
# a choice of someone else told plainly ("the director picked another applicant who ...", "I
# chose them, mainly because ..."); not a time or a place chosen, nor "them" as a thing ("we
# chose them as our caterer")
_CHOSE_SOMEONE = re.compile(
    r"\b(?:we|i|they|the (?:[a-z\-]+ ){0,2}?(?:team|panel|manager|client|committee|board|"
    r"director|founders?|partners?))(?:['\u2019]ve| have| has| had)? (?:chose|picked) "
    r"(?:(?:them|him|her)(?= *(?:[.,;!\n]|$|because|instead|over you|for the (?:role|job|post|"
    r"position)))|someone|somebody|(?:a|an|another|the other) (?:[a-z\-]+ ){0,2}?"
    + _PERSON
    + r"\b"
    # (twenty-fourth pass, part T: not "the other one" that is a slot, "the client picked the
    # other one - the Thursday slot suits them better")
    + NOT_A_SLOT
    + r")"
)
# the post offered to a third party by pronoun ("an internal applicant came forward and we've
# offered them the post")
_OFFERED_THEM = re.compile(
    r"\b(?:we|i|they)(?:['\u2019]ve| have| had)?(?: now| since| just| already)? (?:offered|given) "
    r"(?:him|her|them) the (?:[a-z\-]+ ){0,2}?(?:post|role|job|position|place|contract|seat)\b"
)
# passing on the reader, said bare ("we're passing for now", "hiring mgr passed.")
_PASSING = re.compile(
    r"\b(?:we|i|they)(?:['\u2019]re| are|['\u2019]ll| will)? (?:passing|pass)(?: on (?:this one|it|"
    r"your application|you))? (?:for now|this time|on this occasion|this round)\b"
    r"|\b(?:hiring (?:mgr|manager)|the client|the panel|the employer) (?:has )?passed"
    r"(?= *(?:[.,;!\n]|$))"
)
# the outcome said to be a no ("the outcome is a no this time"; the readings knew "it's a no
# from them"); not "negative" (a screening test's result)
# (thirty-first pass: nor a question's answer, "can you apply for two roles at once? the
# answer is no": the question asked just before)
_OUTCOME_NO = re.compile(
    r"(?<!\?\s)(?<!\?\sthe )(?<!\?\sour )(?<!\?\smy )"
    r"\b(?:outcome|answer|decision|verdict) (?:is|was|['\u2019]s) (?:a )?no"
    r"(?= *(?:[.,;:!\n]|$|this time|from|for now|on this occasion|i['\u2019]m afraid|sadly|but))"
)

# part H (issue 11, seventeenth pass): terse and relayed refusals
# the post taken, said bare ("Role's been taken.", "the spot is taken now, sorry"); not the
# reader's own post ("your role"), a time ("the 10am spot": no word before "spot"), a
# phrase ("taken into account", "taken seriously") nor a table or a seat
_POST_TAKEN = re.compile(
    r"(?:^|(?<=[\n.!?]) *|\b(?:the|that|this) (?:[a-z\-]+ ){0,2}?(?=(?:role|post|position|job|"
    r"vacancy|opening)\b)|\b(?:the|that) (?=spot\b))"
    r"(?:role|post|position|job|vacancy|opening|spot)(?:['\u2019]s| is| has)"
    r"(?: now| already| just)?"
    r"(?: been)? (?:taken|gone)(?= *(?:[.,;!\n]|$|now\b|already\b|i['\u2019]m afraid|sorry|"
    r"unfortunately|sadly))"
)
# a job board relaying the employer's archive ("The employer archived your application",
# "Fern & Co has archived your application for Clerk", the employer named by the board); not the
# reader's own ("you archived"), nor a draft ("your draft was archived"), nor a rule ("we
# archived", "automatically archived")
_EMPLOYER_ARCHIVED = re.compile(
    r"(?<![\w'\u2019])(?!(?:you|we|i|automatically|it|they)\b)[a-z&'\u2019\-]+\.?"
    r"(?: has| have)?(?: now)? archived your (?:[a-z\-]+ ){0,3}?"
    r"(?:application|candidacy|candidature)\b"
)
# a requirement the reader doesn't meet, stated as a limit with regret ("Unfortunately we're only
# able to consider people living near the office"); not the plain rule of an advert or a
# confirmation ("please note we can only consider applicants who hold ...": no regret)
_ONLY_CONSIDER = re.compile(
    r"\b(?:unfortunately|sadly|regrettably|i['\u2019]m afraid|we['\u2019]re afraid)\b"
    r"[^.!?\n]{0,60}?\b(?:only|solely) (?:(?:be )?able to |in a position to )?(?:consider|accept|"
    r"take (?:forward|on)|progress|interview|shortlist|hire|employ|appoint|recruit) "
    r"(?:people|candidates|applicants|those|someone|applications from [a-z]+)\b"
)
# not retained, said of the reader's application ("your application was not retained for the
# next step"); the readings knew "your candidature was not retained" after "please consider"
_NOT_RETAINED = re.compile(
    r"\b(?:you|your (?:[a-z\-]+ ){0,3}?(?:application|candidacy|candidature|cv|profile|file))"
    r" (?:was not|were not|wasn['\u2019]t|weren['\u2019]t|has not been|have not been|"
    r"hasn['\u2019]t been|haven['\u2019]t been) retained\b(?! (?:on file|in our|in the|by us for "
    r"future))"
)
# not moving forward, said bare ("We will not be moving forward."; a forwarded letter's
# decision); not "with the renovation", nor "until your references are in"
_NOT_MOVING_FORWARD = re.compile(
    r"\bwe(?: will not| won['\u2019]t| are not| aren['\u2019]t|['\u2019]re not| have decided not "
    r"to| will no longer)(?: be)? (?:moving|going|proceeding|progressing) (?:forward|ahead|further)"
    r"(?= *(?:[.;!\n]|$|at this (?:time|stage|point)|this time|for now|on this occasion|"
    r"i['\u2019]m afraid))"
)

READINGS = readings(
    ("chose_other", _CHOSE_SOMEONE),
    ("chose_other", _OFFERED_THEM),
    ("reader_out", _PASSING),
    ("reader_out", _OUTCOME_NO),
    ("reader_out", _WONT_GO_FURTHER),
    ("chose_other", _WILL_GO_TO),
    ("reader_out", _DECIDED_AGAINST),
    ("chose_other", _MOVING_INTO),
    ("chose_other", _AS_OUR_NEW),
    ("chose_other", _OTHERS_NEARER),
    ("reader_out", _NOT_ADMITTED),
    ("reader_out", _NO_PASS),
    ("role_gone", _POST_TAKEN),
    ("reader_out", _EMPLOYER_ARCHIVED),
    ("reader_out", _ONLY_CONSIDER),
    ("reader_out", _NOT_RETAINED),
    ("reader_out", _NOT_MOVING_FORWARD),
)
