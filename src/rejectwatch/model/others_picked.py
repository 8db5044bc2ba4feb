"""Someone else picked, the reader let go and the list drawn without them, told in shapes no
reading held (issue 11, forty-seventh pass, second round).

Blind slice 68's misses were kinds earlier passes read, worded another way (someone who got the
nod, a recruiter's way of saying who was chosen, is read by rejectwatch.model.roles_filled). Each
reading is written for the kind from a set of wordings of our own and checked on a second set
written apart (tests/test_forty_seventh_pass.py):

* **the post put to someone named**: "Our director put the Front-of-House Manager position to
  Fiachra Loughnane, who accepted this morning" (never to the reader, nor a question put);
* **the reader's name off the list**: "so your name stays off this list" (a public employer's
  referral);
* **the reader's application let go**: "yours is one we're letting go at this stage";
* **every application shut, the reader's among them**: "All open applications on it, yours
  among them, are now shut";
* **kin taking the work**, told as what they will do: "My brother-in-law's been laid off at the
  quarry and he'll do Saturdays on the cheese van with me" (never with the reader in it).

Third round (blind slice 69's misses): the reader ranked beneath those sent on ("You ranked
beneath them"), a stage ended ("Stage: Review · Ended"), a requisition that now reads
"Withdrawn", and one of the employer's own staff who took the hours or the post.

Forty-eighth pass, second round (blind slice 71's misses): the reader's application stopped or
shut by the employer ("Your application has been read, and we are stopping it at this stage",
"We've shut your application with it"), the list that leaves the reader's name out, the
reader's score lower than theirs, a requisition whose status "has changed to: Withdrawn", nobody
from outside given the post, a stage "Ended - another person has accepted", and another person
who has accepted.

Like every outcome reading (rejectwatch.model.plain_outcomes appends them), none is read in a
conditional, still-to-come or quoted sentence; the readings whose own "will" is no condition are
OWN_WORDS (rejectwatch.model.negation reads around them).
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_before import NOT_BY_MISTAKE
from rejectwatch.model.decisions_casual import _A
from rejectwatch.model.others_starting import _KIN_FOUND, _TITLED, CLAUSE_ENDS
from rejectwatch.model.prefilter import readings

__all__ = ["OWN_WORDS", "READINGS"]

# the post put to someone named ("Our director put the Front-of-House Manager position to
# Fiachra Loughnane, who accepted this morning")
_PUT_TO = re.compile(
    r"\b(?:we|they|i|(?:the|our) (?:[a-z\-]+ )?(?:director|board|committee|panel|owners?|"
    r"trustees|manager|team|client|partners|chair|boss|founder|producer))(?:" + _A + r"ve| have| "
    r"has| had)? (?:put|gave|given|offered|handed|awarded) (?:the|our|this|that) (?:[a-z\-]+ )"
    r"{0,4}?(?:post|position|role|job|vacancy|offer|place|contract) to " + _TITLED
    + r"(?:,? (?:who|and (?:she|he|they))(?: has| have)? (?:accepted|said yes|agreed|took it)\b"
    # (forty-eighth pass, fourth round: or gave it, with when the one chosen starts, "The owners
    # gave the Clinic Coordinator position to Meg Whitlam, who will start after Easter")
    r"|,? (?:who|and (?:she|he|they))(?: will| is going to|" + _A + r"ll)? (?:start|starts|begin|"
    r"begins|join|joins|is starting|is joining)\b(?![^.!?\n]*\b(?:you|your)\b)"
    r"|" + CLAUSE_ENDS + r")"
)  # fmt: skip
# the reader's name off the list ("so your name stays off this list")
_NAME_OFF = re.compile(
    # (third round: with "therefore" or "so" in it, "your name is therefore left off the
    # referral")
    r"\byour name (?:therefore |thus |so |accordingly |then )?(?:stays|remains|is|was|has been|"
    r"has stayed|has remained|is being kept|is kept|was kept|was left|has been left|is left)"
    # (fifty-sixth pass: or with "however" set off, "Your name was, however, left off the list sent
    # to the selecting manager", slice 123)
    r"(?: therefore| thus| accordingly|, however,)? (?:left )?off (?:this|the|that|our|its) "
    r"(?:[a-z\-]+ )?"
    r"(?:list|shortlist|register|roster|certificate|referral)\b"
    # (a list of those chosen, never of guests or anything else, nor a slip, "by mistake")
    r"(?! of (?!(?:successful|shortlisted|selected|chosen|those|candidates|applicants|eligible)"
    r"\b))" + NOT_BY_MISTAKE
)
# the reader's application let go ("yours is one we're letting go at this stage")
_LET_GO = re.compile(
    r"\b(?:yours|your application|your cv|your form|your candidacy) is (?:one|among (?:the|those)"
    r"|one of (?:the|those))(?: [a-z\-]+){0,2}? (?:that |which )?(?:we|we" + _A + r"re|we are|i"
    + _A + r"m|i am)(?: now)? (?:letting go|releasing|setting aside|putting aside|not taking "
    r"forward|not progressing)\b"
    r"|\b(?:we|we" + _A + r"re|we are|i" + _A + r"m|i am) (?:now )?letting (?:yours|your "
    r"application|your cv|your form|your candidacy) go\b"
)
# every application shut, the reader's among them ("All open applications on it, yours among
# them, are now shut")
_ALL_SHUT = re.compile(
    r"\b(?:all|every|each)(?: the| open| of the| remaining)? applications?\b[^.!?\n]{0,40}?,? "
    r"yours (?:among them|included|with them|too|as well),? (?:are|is|were|was|have been|has "
    r"been) (?:now )?(?:shut|closed|withdrawn|cancelled|canceled|ended|void)\b"
)
# kin taking the work, told as what they will do ("My brother-in-law's been laid off at the
# quarry and he'll do Saturdays on the cheese van with me"); never with the reader in it
_KIN_WILL_DO = re.compile(
    _KIN_FOUND + r"\b[^.!?\n]{0,80}?\b(?:he|she|they)(?:" + _A + r"ll| will) (?:now )?(?:do|take|"
    r"cover|work|run|man|have) (?:the )?(?:[a-z\-]+ )?(?:saturdays|sundays|weekends|shifts?|"
    r"hours|job|work|stall|van|counter|round|mornings|evenings)\b(?![^.!?\n]*\b(?:you|your)\b)"
)


# Third round (blind slice 69's misses): the reader ranked beneath those sent on ("You ranked
# beneath them"); a stage or status ended ("Stage: Review · Ended"); a requisition that now
# reads "Withdrawn"; one of the employer's own staff who took the hours or the post ("one of
# our dispatch staff asked to take the extra hours in this Shop Assistant post")
_RANKED_BENEATH = re.compile(
    r"\byou (?:ranked|scored|placed|came|sat|finished|fell|landed) (?:just |slightly |a little )?"
    r"(?:beneath|under|below) (?:them|those|that group|the (?:cut|cut-?off|line|threshold|top "
    r"(?:[a-z\-]+ ){0,2}?(?:scorers|applicants|candidates)))" + CLAUSE_ENDS
    # (forty-eighth pass, second round: or the reader's score, "Your score came lower than
    # theirs"; fourth round: or "yours", below "that line")
    + r"|\b(?:your (?:score|mark|rating|result|total|points)s?|yours) (?:came|was|were|fell|sat|"
    r"landed|came in|ended up) (?:just |slightly |a little |a bit )?(?:lower than|below|beneath|"
    r"under) (?:theirs|those|them|(?:the|that) (?:cut|cut-?off|line|threshold|pass mark|top))"
    + CLAUSE_ENDS
)
_STAGE_ENDED = re.compile(
    # (fifth round: or a table row's cells, "Status | Finalised - …")
    r"\b(?:stage|status|state)[ \t]*[:|][ \t]*(?:(?:review|screening|sift|assessment|interview|"
    r"shortlisting|application|selection|final review|hiring manager review)[ \t]*[\u00b7\u2022>|"
    r"\-\u2013\u2014][ \t]*)?(?:(?:ended|closed|stopped|terminated|concluded)"
    r"(?=[ \t]*(?:[.,;!|]|\n|$))"
    # (second and fifth rounds: with why after a dash, "Stage: Ended - another person has
    # accepted"; finalised or completed only so, "Status: Finalised -
    # a different applicant has been engaged")
    r"|(?:ended|closed|stopped|terminated|concluded|finalised|finalized|completed|complete)"
    r"(?=[ \t]*[\-\u2013\u2014:][ \t]*(?:another|someone|other|a different|position|post|role|"
    r"vacancy|job|filled|not selected|unsuccessful|no longer)\b))"
)
_REQUISITION_READS = re.compile(
    r"\b(?:this |the )?(?:requisition|vacancy|posting|job posting|opening|req)\b"
    r"(?: [^.!?\n]{0,30}?)? (?:now reads|now shows|is now|has been (?:set|changed|moved|updated) "
    r"to|changed status to|has changed status to"
    # (forty-eighth pass, second round: "The status of requisition 32154 (Press Room Operator)
    # has changed to: Withdrawn")
    r"|has changed to|changed to|was changed to|has moved to|is set to|was set to)"
    r"[ \t]*[:\-\u2013\u2014]?[ \t]*[\"\u201c']?"
    r"(?:withdrawn|cancelled|canceled|rescinded|abolished|unfilled)\b"
)
_STAFF_TOOK_IT = re.compile(
    r"\b(?:one of our|a member of our|two of our|some of our|our own) (?:[a-z\-]+ )?(?:staff|team|"
    r"crew|employees|colleagues|workers|people|regulars)\b[^.!?\n]{0,40}?\b(?:asked to take|took|"
    r"has taken|have taken|took on|has taken on|got|has got|stepped into|has stepped into) (?:the|"
    r"this|that) (?:[a-z\-]+ ){0,2}?(?:hours|shifts?|post|role|job|position|vacancy|place)\b"
    r"(?![^.!?\n]*\b(?:you|your) (?:will|can|could|would|are|start)\b)"
)


# Forty-eighth pass, second round (blind slice 71's misses): the reader's application stopped or
# shut by the employer ("Your application has been read, and we are stopping it at this stage";
# "We've shut your application with it"; never a form, a portal or a duplicate closed, nor a
# new one opened)
_NOT_A_FORM = (
    r"(?! (?:form|portal|account|page|window|draft|tab|file upload)\b)"
    r"(?![^.!?\n]*\b(?:duplicate|new one|reopen\w*|re-open\w*|opened a new|instead|by mistake|"
    r"editing|for edits)\b)"
)
# (sixtieth pass, third round: or the application named by its post, "Our read of your Café
# Team Member form is done; we're stopping it at this point", slice 149, and "at this step")
_STOPPED_BY_US = re.compile(
    r"\byour (?:[\w\-]+ ){0,4}?(?:application|candidacy|cv|form|submission|file)\b"
    r"[^.!?\n]{0,60}?,? (?:and |so )?"
    r"(?:we|we" + _A + r"re|we are|i" + _A + r"m|i am|we" + _A + r"ve|we have)(?: now)? "
    r"(?:stopping|halting|ending|closing|shutting|stopped|halted|ended|closed|shut) it"
    + CLAUSE_ENDS.replace("(?=", "(?=(?: here| now| at this (?:stage|point|step))?", 1)
    + r"|\b(?:we|we" + _A + r"ve|we have|i" + _A + r"ve|i have|we" + _A + r"re|we are)(?: now)? "
    r"(?:shut|closed|ended|stopped|halted|stopping|closing|shutting) (?:your application|yours|"
    r"your candidacy|your file)" + _NOT_A_FORM
    + r"(?: with it| along with it| here| now| at this (?:stage|point))?" + CLAUSE_ENDS
)  # fmt: skip
# the list that leaves the reader's name out ("so the referral list leaves your name out")
_LIST_LEAVES_OUT = re.compile(
    r"\b(?:the|this|our|that|its) (?:[a-z\-]+ )?(?:list|shortlist|referral|register|roster|"
    r"certificate)(?: list)? (?:leaves|left|has left) (?:your name|you) (?:out|off)\b"
    + NOT_BY_MISTAKE
)
# nobody from outside given the post ("so nobody from outside gets the Shuttle Finisher post this
# round"); never a rule with a condition in it
_NOBODY_FROM_OUTSIDE = re.compile(
    r"\b(?:nobody|no one|no-one|no applicant|no candidate) (?:from outside|from outside the "
    r"(?:company|business|firm|team|shop|school)|external|outside) (?:gets|will get|is getting|got|"
    r"is offered|will be offered|was offered|is given|was given) (?:the|this|that) "
    r"(?:[a-z\-]+ ){0,3}?(?:post|role|job|position|vacancy|hours|place|opening)\b"
    r"(?![^.!?\n]*\b(?:without|unless|until|before|if|ever)\b)"
)
# another person who has accepted ("another person has accepted"); never an interview, a slot or
# an invitation accepted
_ANOTHER_ACCEPTED = re.compile(
    r"\b(?:another|a different|one other|the other) (?:person|candidate|applicant|finalist) "
    r"(?:has |had )?(?:now )?(?:accepted|said yes|taken the (?:post|role|job|offer|position))\b"
    r"(?! (?:an? |the |our |their )?(?:interview|slot|invitation|meeting|time|date|call)\b)"
)

# Third round (blind slice 72's misses): the place or the hours taken, told after who took them
# ("Mzee has brought his grandson … to help at the counter, so the space is taken"; "one of the
# sorting-table staff put her hand up on Monday, so those hours are now taken"); never a
# parking space, a seat or a table, nor a day's rota with the reader on it
_SO_TAKEN = re.compile(
    r"(?:,? so|,? and so|, which means|; so|, meaning) (?:the|that|this|those|these|our|my) "
    r"(?:[a-z\-]+ )?(?:space|spot|place|post|job|position|vacancy|role|opening|hours|shifts|"
    r"slot|gap)(?<!parking space)(?<!parking spot)(?<!car space) (?:is|are|has been|have been|"
    r"was|were)(?: now| already| all)? (?:taken|filled|gone|spoken for|covered)"
    + CLAUSE_ENDS
    + r"(?![^.!?\n]*\b(?:you|your|table|seat|parking|car|bus|tickets?|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|tonight|tomorrow)\b)"
)
# no hire at all for a season ("it turns out the two of us can cover the summer, so no hire this
# year"); never a rule, "no hire without a reference"
# (fifty-sixth pass: or after "meaning", a new start, "our current part-timers are soaking up
# those hours, meaning no new start this season", slice 122)
_NO_HIRE_THIS_YEAR = re.compile(
    r"(?:,? so|,? and so|;|,|\u2014|\u2013| -)(?: meaning| which means)? (?:there(?:" + _A
    + r"s| is| will be|" + _A
    + r"ll be) )?no (?:hire|hiring|hires|new hire|new starter|new starters|taking on|vacancy|"
    r"opening|new start|new recruit|new hand|new staff)s? (?:this|for this|for the|at all this) "
    r"(?:year|season|summer|winter|spring|autumn|time|round|term|intake)" + CLAUSE_ENDS
    # (fourth round: or bare after a reason, "our Calamba branch will close this month-end, so no
    # hiring"; or nobody taken on, "so there'll be no one taken on after all")
    + r"|(?:,? so|,? and so|;) no (?:hiring|hire|new hires|taking on)" + CLAUSE_ENDS
    + r"|\bthere(?:" + _A + r"ll be| will be|" + _A + r"s| is) (?:no one|nobody|no-one) (?:taken "
    r"on|hired|employed|started|brought on)(?: after all| this (?:year|season|time|summer))?"
    + CLAUSE_ENDS
)
# Fourth round (blind slice 73's misses): the client appointing one of its own, told as it
# happens ("the client is appointing their long-serving electrician as Maintenance Manager");
# never the reader, nor a job advertised ("we are hiring an electrician")
_APPOINTING_OWN = re.compile(
    r"\b(?:the client|the company|the employer|the hiring manager|they|the (?:board|panel|"
    r"owners?|family|practice|school|trust|firm|store|site))(?:" + _A + r"s| is| are|" + _A
    + r"re) (?:appointing|promoting|hiring|taking on|bringing in|moving|keeping) (?:their|its|"
    r"one of their|one of its|an internal|a current|an existing)(?: own| long-serving| existing|"
    r"| current| internal| in-house)? (?:[a-z\-]+ ){0,2}?[a-z\-]+ (?:as|into the (?:role|post|"
    r"position)|to the (?:role|post|position)|in the (?:role|post|position))\b"
    r"(?![^.!?\n]*\b(?:you|your)\b)"
)  # fmt: skip
# ... and the work given to kin or someone in a learner's English ("My father decide to give the
# job in the finca to my cousin", "The owner decide to give this work for someone he know")
_DECIDE_TO_GIVE = re.compile(
    r"\b(?:decide|decides|decided|has decide|have decide) to (?:give|hand) (?:the|this|that) "
    r"(?:job|work|post|position|place)\b(?: [^.!?\n,]{0,30}?)? (?:to|for) (?:my|his|her|our|their|"
    r"someone|somebody|another|one|a)\b(?! (?:you|your)\b)"
)
# Fifth round (blind slice 74's misses): a vacancy pulled, each application lapsing with it; the
# employer's own person who gets the job; someone described who won it ("a stitcher won it, one
# who boned bodices …"). (The application told as "it", "Regrettably, it was unsuccessful", is
# left: within one sentence it is a hall booking, a flat or a fundraiser as often.)
_PULLED = re.compile(
    r"\b(?:has|have|had) (?:now )?pulled (?:the |this |our |its )?(?:vacancy|post|role|position|"
    r"job|advert|advertisement|requisition|opening)\b"
    r"|\b(?:each|every|all|your) (?:open )?applications? (?:lapses?|fall(?:s)? away|close(?:s)?) "
    r"(?:along )?with it\b"
)
_OWN_GETS_IT = re.compile(
    r"\b(?:their|its|our) own (?:[a-z\-]+ ){0,3}?(?:gets|got|has got|is getting|takes|took|will "
    r"get|will take|is taking) the (?:[a-z\-]+ ){0,4}?(?:job|post|role|position)\b"
    r"(?![^.!?\n]*\b(?:first|usually|always|normally|often|before anyone)\b)"
)
_DESCRIBED_WON_IT = re.compile(
    r"(?:^|(?<=[;:,.] )|(?<=\band ))(?:a|an|another) (?:[a-z\-]+ ){0,2}?[a-z\-]+ (?:won|got|landed|"
    r"took|bagged) it, (?:one|someone|somebody|an? [a-z\-]+) (?:who|whose|with)\b"
)

_READ_OWN = readings(("chose_other", _KIN_WILL_DO))
OWN_WORDS = tuple(pattern for _, _, pattern in _READ_OWN)
READINGS = _READ_OWN + readings(
    ("chose_other", _PUT_TO),
    ("reader_out", _NAME_OFF),
    ("reader_out", _LET_GO),
    ("reader_out", _ALL_SHUT),
    ("reader_out", _RANKED_BENEATH),
    ("status", _STAGE_ENDED),
    ("role_gone", _REQUISITION_READS),
    ("chose_other", _STAFF_TOOK_IT),
    ("reader_out", _STOPPED_BY_US),
    ("reader_out", _LIST_LEAVES_OUT),
    ("chose_other", _NOBODY_FROM_OUTSIDE),
    ("chose_other", _ANOTHER_ACCEPTED),
    ("role_gone", _SO_TAKEN),
    ("role_gone", _NO_HIRE_THIS_YEAR),
    ("chose_other", _APPOINTING_OWN),
    ("chose_other", _DECIDE_TO_GIVE),
    ("role_gone", _PULLED),
    ("chose_other", _OWN_GETS_IT),
    ("chose_other", _DESCRIBED_WON_IT),
)
