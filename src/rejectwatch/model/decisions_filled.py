"""Decisions told as the place filled, the team picked or the reader not put on it (issue 11,
twentieth pass, part B).

Blind slice 18's English misses (the second half), read by kind once the slice was declared
read, gave decisions in shapes the readings had none for; each is written here for its kind,
in several wordings and sectors:

* **the post given to a named person**: "the trustees have given the job to Mr Pryce, who has
  helped at the hall for many years", "the panel offered the post to Ms Okafor", "our bat lead
  has taken on Niamh Corrigan, who holds the class 2 licence already" (an honorific, or a name
  with what the person already has; never "to you", never "who will be your mentor");
* **the team staffed or full**: "so the survey season is staffed", "the crew for this summer is
  now full", "sorry, all full up for the season now" (a team, a crew, a rota or a season; not a
  course's housing "fully booked", not "if we're full up");
* **someone got**: "we've got someone now, thanks tho!", "we've already hired somebody, sorry"
  (the sentence ends there: not "we've got someone to show you round");
* **others gone for, with what they hold**: "we've gone for instructors who hold at least their
  Level 2", "we opted for drivers who already have a C1 licence", and the pick finished:
  "we've finished picking this season's team." (the sentence ends with the team);
* **the one asked to join**: "the candidate we have asked to join us had a little more hands-on
  time" (not "the candidates we've asked to join us for interview", not "you are the
  candidate …");
* **not put on the crew**: "so I can't put you on the crew", "we're unable to take you on the
  squad this season" (not "until your check clears");
* **not open to the reader, after a result**: "so this project isn't open to you", "which means
  the panel is not open to you" (not "yet", not "until");
* **a push notification's row**: "Unfortunately, Update: Buyer's Assistant (Atlanta, GA) -
  unsuccessful" (a post's row after "Update:"; not a payment's or a meeting's);
* **nothing suitable, said with a regret** (a speculative CV's reply): "I'm sorry to say
  there's nothing suitable for you here at present", "unfortunately we have no vacancies that
  match your background" (not a job alert's "no jobs match your search");
* **an application's status moved by the tracker**: "your application for Receptionist has
  moved to: Unsuccessful", "was set to: No longer under consideration", "Brightpath Health
  updated your application for Staff Nurse: Withdrawn by hiring team" (not "moved to:
  Interview", not "In review").

"Not taken forward to interview" was read as a decision not yet taken ("not taken" is a pending
word of rejectwatch.model.negation); negation's pending words now leave "not taken forward"
alone, and the older readings of "not taken forward" read it.

Each reading is (token name, word groups, pattern) over lower-cased text; every match lies
inside one sentence. The word groups are read off the patterns
(rejectwatch.model.prefilter.openers).
"""

from __future__ import annotations

from rejectwatch.model import decisions_terse
from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["NAME", "READINGS", "TAKEN_ON", "UNDER_SUBJECT", "under_refusal"]

_POST = (
    r"(?:job|post|role|position|place|contract|vacancy|appointment|opening|placement|spot|"
    r"apprenticeship|internship)"
)
# a team the reader would have joined
_TEAM = (
    r"(?:team|crew|squad|rota|roster|line-?up|cast|intake|cohort|staff|season|kitchen|"
    r"station|department)"
)
_UNABLE = (
    r"(?:\bunable to|\bnot able to|\bcannot|\bcan not|can['\u2019]t|\bcould not|couldn['\u2019]t|"
    r"\bwon['\u2019]t be able to|\bwill not be able to)"
)
# the post given to a named person ("given the job to mr pryce", "taken on niamh corrigan, who
# holds the class 2 licence already"); never to the reader (twenty-first pass: shared with
# decisions_spoken's "given to priya, a colleague")
NAME = (
    r"(?!(?:you|your|yourself|the|a|an|this|that|my|his|her|their|our|us|me|them)\b)"
    r"[a-z][a-z'\-]+"
)
_GIVEN_NAMED = re.compile(
    r"\b(?:given|gave|offered|awarded|handed) (?:the|this|that) (?:[a-z\-]+ ){0,2}?"
    + _POST
    + r" to (?:(?:mr|mrs|ms|miss|mx|dr)\.? [a-z][a-z'\-]+|"
    + NAME
    + r"(?: "
    + NAME
    + r")?,? "
    r"who(?:['\u2019]s| has| had| holds| held| already| was| knows| brings)\b(?! (?:will|going)\b))"
)
# (twentieth pass, part J: the head shared with other_mail's "…, whose …")
TAKEN_ON = (
    r"\b(?:has|have|['\u2019]ve|had) (?:taken on|hired|appointed|picked|chosen|gone with|taken) "
    r"(?:(?:mr|mrs|ms|miss|mx|dr)\.? [a-z][a-z'\-]+|" + NAME + r"(?: " + NAME + r")?),? "
)
_TAKEN_ON_NAMED = re.compile(
    TAKEN_ON + r"who "
    r"(?:holds|already|has (?:already|more|years|held|been (?:with|on|helping|working|"
    r"covering))|had (?:already|more)|brings)\b"
)
# the team staffed or full ("so the survey season is staffed", "sorry, all full up for the
# season now")
_STAFFED = re.compile(
    r"\b(?:so|and|now) (?:the|our|this|that|every|each) (?:[a-z\-'\u2019]+ ){0,3}?"
    + _TEAM
    + r" (?:is|are|has been|have been)(?: now)?(?: (?:fully|all|completely))? (?:staffed|crewed|"
    r"full|full up|filled)\b(?! (?:with|by) you)"
    r"|\b(?:sorry|afraid|unfortunately|sadly)[,!]?(?: [a-z\-'\u2019]+){0,3}?,? (?:we['\u2019]re |"
    r"we are |all |we['\u2019]re all |we are all )?(?:full up|fully staffed|fully crewed)\b"
    r"|\b(?:all|we['\u2019]re|we are) (?:full up|fully staffed|fully crewed) for (?:the|this) "
    r"(?:season|summer|winter|year|term|harvest|festival)\b"
    # (sixty-sixth pass, first round: or the team named at the sentence's start, fully manned,
    # "Boomstringing crew is fully manned", slice 199)
     + r"|(?:(?<![^\n.!?])|(?<=[.!?] ))(?:(?:our|the|this|that) )?(?:[a-z\-]+ ){0,2}?"
    r"(?:team|crew|squad|rota|roster|line-?up|gang|shift|intake|cohort) "
    r"(?:is|are|has been|have been)(?: now)? "
    r"(?:fully|all) (?:manned|crewed|staffed)(?: now| up)?(?: for (?:the|this) [a-z]+)?"
    r"(?=[ \t]*(?:[.;!\n]|$))"
    # (second round: or a rota full with no gap left, "The waterwheelgreasing rota is full; no gap
    # remains", slice 201)
     + r"|\b(?:rota|roster|crew|team|shift pattern)\b[^.!?\n]{0,20}? is (?:full|full up)[;,:] no "
    r"(?:gap|space|spot|place|slot|room|opening|vacancy)s? (?:remains?|is left|left)\b"
)
# (sixtieth pass: the post has its person, "The Plant Area Assistant vacancy now has its person",
# "the role already has its new starter", slice 146; never a post with a person to report to,
# "the role has a person to shadow", nor a question)
_HAS_ITS_PERSON = re.compile(
    r"\b(?:the|this|that|our) (?:[a-z\-'\u2019]+ ){0,3}?" + _POST + r" (?:now |already )?has "
    r"(?:its|her|his|their) (?:new )?(?:person|someone|holder|hire|starter|recruit|appointee)"
    r"(?=[ \t]*(?:[,.;!]|\n|$| and\b| so\b| now\b))"
)
# someone got ("we've got someone now, thanks tho!"); the sentence ends there
_GOT_SOMEONE = re.compile(
    r"(?<!have )(?<!has )(?<!had )\bwe(?:['\u2019]ve| have)? (?:now |already |just )?(?:got|"
    r"found|hired|taken on|picked) "
    r"(?:someone|somebody|a person)(?: (?:now|already|else))?(?: for (?:it|this one|the "
    + _POST
    + r"))?(?: (?:now|already))?(?=[ \t]*(?:[,.!;\u2014\u2013]|-[ \t]|$|\n|thanks?\b|sorry\b|"
    r"i['\u2019]m afraid\b))"
)
# others gone for, with what they hold ("we've gone for instructors who hold at least their
# level 2"); the pick finished ("we've finished picking this season's team.")
_GONE_FOR = re.compile(
    r"\bwe(?:['\u2019]ve| have)? (?:gone|went|opted|decided|plumped) for (?:[a-z\-]+ ){0,2}?"
    r"(?:[a-z\-]+s|people|staff|someone|somebody) who (?:already )?(?:hold|have|had|held|bring|"
    r"brought|can already|are already|were already)\b(?![^.!?\n]*\byou(?:['\u2019]re| are) "
    r"(?:one|among)\b)"
    r"|\bwe(?:['\u2019]ve| have)? (?:now )?(?:finished|completed|done) (?:picking|choosing|"
    r"selecting|putting together|recruiting) (?:this|next|the|our) (?:[a-z\-'\u2019]+ ){0,2}?"
    + _TEAM
    + r"(?=[ \t]*(?:[.!;]|$|\n))"
)
# the one asked to join ("the candidate we have asked to join us had more hands-on time")
_ASKED_TO_JOIN = re.compile(
    r"(?<!you are )(?<!you['\u2019]re )\bthe (?:candidate|applicant|person|finalist|engineer|"
    r"designer|analyst|officer|manager|instructor|nurse|teacher) (?:who |whom |that )?"
    r"we(?:['\u2019]ve| have)? (?:asked|invited) to join (?:us|the team|our team)\b"
    r"(?! (?:for|on|at|in) (?:an? |the |our )?(?:interview|call|assessment|meeting|day|chat))"
)
# not put on the crew ("so i can't put you on the crew")
_CANT_PUT_ON = re.compile(
    _UNABLE + r" (?:put|take|have|sign|add|bring) you (?:on|onto|on to|into|to) (?:the|our|this|"
    r"that|this season['\u2019]s|next season['\u2019]s|this year['\u2019]s) (?:[a-z\-]+ ){0,2}?"
    r"(?:crew|team|squad|books|line-?up|staff|payroll|cast)\b"
    r"(?! (?:until|till|before|unless|if|yet|for now|just yet)\b)"
)
# not open to the reader, after a result ("so this project isn't open to you")
_NOT_OPEN = re.compile(
    r"\b(?:so|and|which means|meaning) (?:this|the|that) (?:[a-z\-']+ ){0,2}?(?:project|role|"
    r"programme|program|panel|task|post|position|job|contract|pool|queue|register|scheme) "
    r"(?:isn['\u2019]t|is not|won['\u2019]t be|will not be|is no longer) (?:open|available) to "
    r"you\b(?! (?:yet|until|till|before|unless|if|now)\b)"
)
# a push notification's row ("unfortunately, update: buyer's assistant (atlanta, ga) -
# unsuccessful")
_UPDATE_ROW = re.compile(
    r"\bupdate:[ \t]+(?![^\n]*\b(?:payment|card|transaction|order|delivery|parcel|refund|"
    r"meeting|invitation|event|calendar|booking|subscription|login|password)\b)[^\n]{1,90}?"
    r"[ \t][\-\u2013\u2014|:][ \t]*(?:unsuccessful|not successful|not selected|not progressing|"
    r"not shortlisted|rejected|declined)(?=[ \t]*(?:[.!]|$|\n))"
)
# nothing suitable, with a regret ("i'm sorry to say there's nothing suitable for you here at
# present", "unfortunately we have no vacancies that match your background")
_NOTHING_SUITABLE = re.compile(
    r"\b(?:sorry|afraid|unfortunately|regret|sadly)\b[^.!?\n]{0,50}?\b(?:there['\u2019]s|there "
    r"is|we have|we['\u2019]ve got|we currently have|we have currently|we do not have|"
    r"we don['\u2019]t have)(?: currently| at (?:the moment|present))? (?:nothing|no (?:role|"
    r"roles|vacancy|vacancies|position|positions|opening|openings|post|posts|job|jobs)|"
    r"(?:any|a) (?:role|vacancy|vacancies|position|opening|post|job)s?)"
    r"(?: currently| at (?:the moment|present))? "
    r"(?:suitable for you|that (?:would )?(?:matches|match|suits|suit|fits|fit) your "
    r"(?:background|experience|skills|profile|cv))\b"
    r"|\bwe (?:do not|don['\u2019]t)(?: currently)? have any (?:suitable )?(?:vacancies|roles|"
    r"positions|openings|jobs|posts) (?:that|which) (?:match|suit|fit) your (?:background|"
    r"experience|skills|profile|cv)\b"
)
# the enquiry taken no further ("so i'm afraid we can't take your enquiry any further")
_NO_FURTHER = re.compile(
    _UNABLE + r" (?:take|progress|pursue|move) your (?:enquiry|application|cv|request|"
    r"speculative application) (?:any further|further|forward)\b(?! (?:until|till|unless|if|"
    r"without|yet)\b)"
)
# not shortlisted, said of what the panel could do ("the panel has not been able to shortlist
# you for this vacancy"; "unable to shortlist you" is read by an older reading)
_NOT_BEEN_ABLE = re.compile(
    r"\b(?:has|have|had)(?: not|n['\u2019]t) been able to (?:shortlist|progress|take forward|"
    r"invite) you\b(?![^.!?\n]*\b(?:yet|until|till|reach|contact|get hold of|hear from|pending|"
    r"outstanding|still)\b)"
)
# not moving on to interview ("the shortlisting panel looked at your
# application, and it will not be moving on to the interview stage")
_WONT_MOVE_ON = re.compile(
    r"\b(?:it|your application|your candidacy|your cv|your form)(?: will not| won['\u2019]t) be "
    r"(?:moving on|moving forward|going forward|progressing|taken forward|carried forward|put "
    r"forward) to (?:the |an? )?(?:interview|assessment|shortlist|next)(?: stage| round| step)?\b"
)
# an application's status moved by the tracker ("has moved to: unsuccessful", "updated your
# application for staff nurse: withdrawn by hiring team")
_REFUSED = (
    r"(?:unsuccessful|not selected|declined|rejected|not progressing|not progressed|not "
    r"proceeding|not moving forward|not shortlisted|no longer (?:under|in) consideration|"
    r"(?:application )?not taken forward|did not advance|not advanced|archived[ \t]*[\-\u2013"
    r"\u2014][ \t]*not (?:progressed|selected)|closed[ \t]*[\-\u2013\u2014][ \t]*other "
    r"candidates selected)"
)
_MOVED_TO = re.compile(
    r"\byour application(?: for [^.!?\n]{1,80}?)? (?:has moved|has been moved|moved|was moved|"
    r"was set|has been set|is now set|was changed|has changed|has been changed) to:? "
    r"[\"\u201c'\u2018]?(?:" + _REFUSED + r"|closed|archived)\b"
    r"|\bupdated your application(?: for [^.!?\n]{1,80}?)?: (?:" + _REFUSED + r"|withdrawn by "
    r"(?:the )?(?:hiring team|employer|recruiter)|closed)\b"
    r"|\b(?:your|the) application for [^.!?\n]{1,80}? is now:? [\"\u201c'\u2018]?"
    + _REFUSED
    + r"\b"
    r"|\byour (?:[a-z\-]+ ){1,5}?application has been closed by (?!you\b)"
    # "changed the status of your application for pharmacist from "reviewed" to "not selected""
    r"|\bchanged the status of your application(?: for [^.!?\n]{1,80}?)? from [^.!?\n]{1,40}? "
    r"to [\"\u201c'\u2018]?" + _REFUSED + r"\b"
)
# a bare status row of a tracker, a label or a post (with its requisition) and a refusal
# ("decision: did not advance", "unfortunately, current status: closed - other candidates
# selected", "qa analyst (req jr77342): no longer in consideration"); not "status: in review"
_BARE_ROW = re.compile(
    r"(?<![^\n])(?:unfortunately,?[ \t]+)?(?:(?:current |application )?status|decision|"
    r"outcome|result|[^\n:]{2,80}?\((?:req|ref|job id|id|requisition)\b[^\n)]{0,20}\)):[ \t]*"
    + _REFUSED
    + r"(?=[ \t]*(?:[.!]|$|\n))"
)
# the application not taken on, said of the employer ("unfortunately, st. brigid's care homes
# won't be taking your physiotherapist application to the next stage")
_NOT_TAKING = re.compile(
    r"\b(?:won['\u2019]t|will not) be taking your (?:[a-z\-]+ ){0,5}?application (?:to the next "
    r"(?:stage|round|step)|any further|further|forward)\b(?! (?:until|unless|if|without)\b)"
)
# Under a subject that refuses ("Decision: Food Technologist (unsuccessful)", "Veterinary
# Nurse: not progressing"; decisions_terse.subject_refuses) a body that only regrets, points
# above or wishes the reader well: "sorry this one didn't work out", "details above, sorry",
# "all the best with the search" (read only under such a subject, negation._outcomes)
_WORKED_OUT = re.compile(
    r"\bsorry(?: that)? (?:this one|it|this|things) (?:didn['\u2019]t|did not|hasn['\u2019]t|"
    r"has not) (?:work(?:ed)? out|come off)\b"
)
_DETAILS_ABOVE = re.compile(
    r"\b(?:details|the news|the decision|the outcome) (?:above|in the subject(?: line)?)"
    r"(?=[ \t]*(?:[,.!;:\u2014\u2013]|-[ \t]|$|\n))"
)
_BEST_WITH_SEARCH = re.compile(
    r"\b(?:all the best|best of luck|good luck) (?:with|in) (?:the|your) (?:job )?search\b"
)
_UNDER = readings(
    ("status", _WORKED_OUT), ("status", _DETAILS_ABOVE), ("status", _BEST_WITH_SEARCH)
)
UNDER_SUBJECT = tuple(pattern for _, _, pattern in _UNDER)
# a subject that is the reader's own decision ("Re: Offer declined", "Withdrawal - not
# proceeding"): no refusal of the reader
_READERS_OWN = re.compile(
    r"\A[^\n]{0,160}?\b(?:offer declined|declined (?:the |our |your )?offer|withdraw\w*|"
    r"you declined|declined by (?:you|the candidate|candidate)|not accepting|cancel\w*)\b"
)

READINGS = _UNDER + readings(
    ("chose_other", _GIVEN_NAMED),
    ("chose_other", _TAKEN_ON_NAMED),
    ("role_gone", _STAFFED),
    ("role_gone", _HAS_ITS_PERSON),
    ("chose_other", _GOT_SOMEONE),
    ("chose_other", _GONE_FOR),
    ("chose_other", _ASKED_TO_JOIN),
    ("reader_out", _CANT_PUT_ON),
    ("reader_out", _NOT_OPEN),
    ("status", _UPDATE_ROW),
    ("reader_out", _NOTHING_SUITABLE),
    ("status", _MOVED_TO),
    ("reader_out", _NO_FURTHER),
    ("reader_out", _NOT_BEEN_ABLE),
    ("reader_out", _WONT_MOVE_ON),
    ("status", _BARE_ROW),
    ("reader_out", _NOT_TAKING),
)


def under_refusal(lowered: str) -> bool:
    """Is the first line of lower-cased ``lowered`` (the subject) a refusal of the reader
    (decisions_terse.subject_refuses), not the reader's own decision ("Re: Offer declined")?"""
    return decisions_terse.subject_refuses(lowered) and _READERS_OWN.match(lowered) is None
