"""Outcomes told in shapes no reading held (issue 11, fifty-third pass).

Read blind slices 89-92 kept rejections whose decision no reading held. Each form is written
here in several wordings, never for one message:

* **the work kept in the house**: "we're handing the extra hours to a nurse back from leave
  rather than hiring", "cover goes to current staff instead of recruiting" (never a comparison
  that sets up a step, which the guard holds);
* **the post given to a named someone** by a business, a board or a family: "the farm gave the
  foreman job to the foreman's brother", "the committee has offered the post to a member"
  (never to the reader, to an agency, a recruiter or a panel to handle);
* **the one post taken**: "there's funding for one post this winter, which a member's partner
  has taken" (a post, then "which" and its taker; never the reader);
* **no invitation coming**: "so there is no interview invitation this time", "and so no
  interview call follows" (never "needed" or "required", never "yet").

Second round (read slices 93 and 94's misses):

* **others going ahead instead**: "Others with backgrounds closer to cupping are going ahead
  instead" (never "as well", "too" or "first");
* **the reader going no further, or off the list**: "You will therefore go no further in this
  recruitment", "You are therefore off the shortlist";
* **placed under the cut, only the top group certified**: "you were placed under the merit-list
  cut-off", "only the top-scoring group was certified for selection" (done, never "will be");
* **a post closing without interviews**: "So this opening closes without interviews".

Third round (read slices 95 and 96's misses): the reader's form missing the cut ("your form
missed the cut for interviews"); a choice that "closes your application" (since the fifty-fifth
pass read by stated_outcomes, which read it already); "one of them gets it"; "nothing's open
for you"; and the post given by a workplace ("the facility gave the roster to another nurse").

Fourth round (read slices 97 and 98's misses): the team "has moved on from your application";
"this vacancy ends for you"; "unsuccessful news"; one of the employer's own who got it ("one of
our long-serving volunteers got it"); and, in scores_below, what the interview needed told before
the reader's total ("Interview needed 22 of 35; your total was 15").

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_casual import _A, FOR_A_WHILE_ONLY
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_POST = (
    r"(?:job|role|post|position|place|spot|vacancy|opening|hours|shifts|work|contract|roster|"
    r"placement)"
)
# the work kept in the house rather than a hire
# (the work named first, hours, shifts, a role: never a task automated, "We decided to automate
# the monthly report rather than hiring a temp for it", tests/test_decisions_forwarded.py's twin)
_NO_HIRE = re.compile(
    r"\b(?:hours|shifts|work|role|post|job|position|vacancy|cover|rota|duties|opening)\b"
    r"[^.!?\n]{0,80}? (?:rather than|instead of) (?:hiring|recruiting|appointing|advertising|"
    r"taking on (?:anyone|someone|somebody|a new)|taking (?:anyone|someone|somebody) (?:new )?"
    r"on|bringing (?:anyone|someone|somebody) (?:new )?in|adding to the team)\b"
    r"(?! (?:for now|yet)\b)"
)
# the post given by a business, a board or a family to someone not the reader
_GIVEN_TO = re.compile(
    r"\b(?:the|our|my) (?:[a-z\-]+ ){0,2}?(?:farm|owners?|client|board|panel|committee|company|"
    r"business|shop|practice|firm|family|boss|school|trust|band|club|co-?op|cooperative|partners|"
    # (third round: or a workplace, "the facility gave the Night Nurse roster to another nurse")
    r"facility|clinic|hospital|centre|center|hotel|restaurant|store|site|employer|ward|salon|"
    r"kitchen|studio|yard|garage)"
    r" (?:has |have |had )?(?:now |finally |already )?(?:gave|given|handed|offered) the "
    r"(?:[a-z\-]+ ){0,3}?" + _POST + r" to (?!you\b|your\b|us\b|me\b)(?:the|a|an|his|her|their|"
    r"one|another|[a-z]+" + _A + r"s)\b"
    r"(?! (?:agency|recruiter|recruiters|panel|hiring manager|team to|board to|council)\b)"
    # (fifty-fourth pass: nor a post handed over for a while, as decisions_casual._GAVE_TO)
     + FOR_A_WHILE_ONLY
)
# the one post taken: a post, then "which" and who took it
_WHICH_TAKEN = re.compile(
    r"\b(?:one|the|that|this|a single|the only) (?:[a-z\-]+ )?" + _POST + r"\b[^.!?\n]{0,50}?,? "
    r"which (?!you\b|your\b)(?:[a-z\-" + _A[1:-1] + r"]+ ){1,4}?(?:has|have|had) (?:now |since "
    r"|already |just )?(?:taken|filled|accepted|claimed)\b"
)  # fmt: skip
# no invitation coming
_NO_INVITE = re.compile(
    r"\b(?:there" + _A + r"s|there is|there will be|so|and so|and|therefore|hence) no "
    r"(?:interview |further )?(?:invitation|invite|call|call-up|call letter)(?: (?:to|for) "
    r"(?:an? |the )?interview)?(?: for you)? (?:this time|this round|on this occasion|follows|"
    r"will follow|is to follow|is coming|will come)\b(?! (?:yet|until)\b)"
    # (fifty-fifth pass: or the interview itself not following, its sentence opening after the
    # figures, "Your mark: 31 of 60. Interview line: 40. No interview follows this time.")
    r"|(?:^|(?<=[.!;:] )|(?<=\n)|\b(?:so|and so|therefore|hence) )no (?:interview|interview stage|"
    r"invitation|invite) (?:follows|will follow|is to follow)(?: for you)?"
    r"(?: (?:this time|on this occasion|this round))?[ \t]*(?=[.!;]|$)"
    # (third round: or there will be none, after the application was read, "Your Grooming
    # Assistant application was read carefully; there'll be no interview")
    r"|\b(?:read|reviewed|considered|assessed)(?: carefully| in full)?[;,:] (?:and )?there"
    r"(?:" + _A + r"ll| will) be no (?:interview|invitation|invite)(?: for you)?"
    r"(?: (?:this time|on this occasion))?[ \t]*(?=[.!;]|$)"
    # ... or the sender has none for the reader, "the graduate committee regrets it has no
    # assessment-day invitation for you"
    r"|\b(?:has|have|had)(?: got)? no (?:[a-z\-]+ )?(?:interview|assessment|assessment-day|"
    r"interview-day) (?:invitation|invite|place|slot)s? for you\b(?! (?:on|at|this week|today|"
    r"tomorrow|yet)\b)"
    # (fifty-sixth pass: or none coming the reader's way, "having gone through everyone who
    # applied, we're sorry, but no interview is coming your way", and one that can't follow a
    # score, "so an interview invitation can't follow", slice 120)
    r"|\bno (?:interview|invitation|invite|interview invitation|interview invite) (?:is|will be|"
    r"is going to be) (?:coming|headed|heading|sent) (?:your way|to you)\b(?! (?:yet|until|"
    r"before)\b)"
    r"|\b(?:an?|the|any) interview (?:invitation|invite|call)s? (?:can['\u2019]t|cannot|can not|"
    r"won['\u2019]t|will not) follow\b(?! (?:yet|until|before|unless)\b)"
)

# Second round: others going ahead in the reader's stead
_OTHERS_AHEAD = re.compile(
    r"\b(?:others|other (?:candidates|applicants|people|finalists))\b[^.!?\n]{0,80}? (?:are|were|"
    r"will be|have been|" + _A + r"re) (?:going ahead|moving forward|progressing|going through|"
    r"moving on|being progressed|being taken forward|being moved forward) (?:instead|in your "
    r"place|ahead of you|rather than you)\b"
)
# ... the reader going no further, or off the list
_YOU_NO_FURTHER = re.compile(
    r"\byou (?:will|" + _A + r"ll|would|can) (?:therefore |now |thus |so )?(?:go|progress|move|"
    r"proceed) no further\b"
    r"|\byou(?:" + _A + r"re| are| were)(?: therefore| now| thus| so)? off the (?:short ?list|"
    # (never the bare "list": "congrats on the college place! You're off the list now", a
    # withdrawal noted)
    r"interview list|shortlist for (?:this|the) (?:[a-z\-]+ ){0,2}?(?:role|post|vacancy|"
    r"position))\b"
)
# ... placed under the cut, or only the top group certified (done, never to come)
_UNDER_THE_CUT = re.compile(
    r"\byou (?:were|have been|" + _A + r"ve been|are) (?:placed|ranked|rated|scored|listed) "
    r"(?:under|below|beneath|beyond|outside|past) the (?:[a-z\-]+ ){0,2}?(?:cut-?off|cut off|line|"
    r"band|threshold|group)\b"
    r"|\bonly the (?:top|highest|best)(?:-| )(?:scoring|scored|rated|ranked|placed) (?:group|band|"
    r"candidates|applicants|names|category) (?:was|were|has been|have been) (?:certified|referred|"
    r"shortlisted|invited|selected|forwarded|put forward)\b"
)
# ... a post closing without interviews
_CLOSES_UNINTERVIEWED = re.compile(
    r"\b(?:opening|vacancy|post|position|role|requisition|posting)\b (?:now |therefore |so )?"
    r"(?:closes|has closed|is closing|is closed|will close|closed) without (?:any )?"
    r"(?:interviews|interviewing)\b"
)

# Third round (read slices 95 and 96's misses): the reader's form missing the cut
_MISSED_CUT = re.compile(
    r"\byour (?:[a-z\-]+ ){0,2}?(?:form|application|cv|entry|submission|score|mark|paper|test)\b "
    r"(?:has |had )?(?:just |narrowly |sadly )?(?:missed|fell short of|did not make|didn"
    + _A
    + r"t make|failed to make) the (?:cut|cut-off|cutoff|shortlist|grade)\b"
)
# ... a choice that closes the reader's application ("and that closes your application") is
# read by stated_outcomes._CLOSED_BY
# ... one of the others given it ("a couple fitted more snugly, so one of them gets it")
_ONE_OF_THEM = re.compile(
    r"\bone of (?:them|those|the others|the other (?:candidates|applicants|finalists)|"
    # (fourth round: or one of the employer's own, "One of our long-serving volunteers got it")
    r"(?:our|my) (?:[a-z\-]+ ){0,2}?(?:volunteers|staff|team|people|members|regulars|workers|crew|"
    r"employees|casuals|trainees|apprentices)) (?:gets|"
    r"got|has got|is getting|takes|took|has taken) (?:it|the (?:job|role|post|position|place))\b"
    # (never a thing done to "it", "one of them gets it wrong every time")
    r"(?! (?:wrong|right|back|done|through|over|in|out|from|to|sent|fixed|sorted|signed)\b)"
)
# ... nothing open for the reader ("so nothing's open for you right now")
_NOTHING_OPEN = re.compile(
    r"\bnothing(?:" + _A + r"s| is) (?:else )?(?:open|available|going) for you\b"
)

# Fourth round (read slices 97 and 98's misses): the team moved on from the reader's application
_MOVED_ON_FROM = re.compile(
    r"\b(?:has|have|" + _A + r"ve|had) (?:now |since |already )?moved on from your "
    r"(?:[a-z\-" + _A[1:-1] + r"]+ ){0,4}?(?:application|candidacy|candidature|cv|profile|"
    r"submission)\b"
)
# ... the process ending for the reader ("so this vacancy ends for you at shortlisting")
_ENDS_FOR_YOU = re.compile(
    r"\b(?:this|the) (?:[a-z\-]+ )?(?:vacancy|process|competition|recruitment|campaign|round|"
    r"role|post|application|selection) (?:ends|has ended|is over|stops|has stopped|closes|has "
    r"closed) for you\b"
)
# ... and "unsuccessful news" ("Unfortunately it's unsuccessful news on Grooming Assistant")
_UNSUCCESSFUL_NEWS = re.compile(
    r"\b(?:it" + _A + r"s|it is|it was|this is|we have|we" + _A + r"ve got|we have got) "
    r"unsuccessful news\b"
    # (never news for someone or something else, "it's unsuccessful news for the council's bid")
    r"(?! (?:for|about|regarding) (?!you\b|your\b))"
)

READINGS = readings(
    ("role_gone", _NO_HIRE),
    ("chose_other", _GIVEN_TO),
    ("chose_other", _WHICH_TAKEN),
    ("reader_out", _NO_INVITE),
    ("chose_other", _OTHERS_AHEAD),
    ("reader_out", _YOU_NO_FURTHER),
    ("reader_out", _UNDER_THE_CUT),
    ("role_gone", _CLOSES_UNINTERVIEWED),
    ("reader_out", _MISSED_CUT),
    ("chose_other", _ONE_OF_THEM),
    ("reader_out", _NOTHING_OPEN),
    ("reader_out", _MOVED_ON_FROM),
    ("reader_out", _ENDS_FOR_YOU),
    ("reader_out", _UNSUCCESSFUL_NEWS),
)
