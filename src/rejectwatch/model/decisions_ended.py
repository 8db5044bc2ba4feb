"""Outcomes told in shapes no reading held (issue 11, fifty-eighth pass).

First round (read slices 133 and 134's misses). Each form is written here in several
wordings, never for one message:

* **the reader's application ended by a consequence clause**: "so that's where your
  application ends", "which rules yours out", "Hence your candidature ends before interview",
  "so it cannot advance in this recruitment";
* **the employer passing on the form**: "… has been looked over, and the shop is passing on
  it" (the clause ends there: never "passing it on to", "passing on your CV to");
* **someone described who has the post, and so**: "someone holding rope access tickets got it,
  so that's …", "a former county player has it, so yours …" (the consequence names the reader's
  application or a pass);
* **the post gone their way**: "so Apiary Hand has gone their way", "the role has gone someone
  else's way";
* **someone chosen by name as the new holder of the post**: "the elders chose Tasi, a youth
  group helper these three years, as our new Hall Manager" (never the reader, never an
  announcement with a welcome or a delight, or to a group: "Dear members, the board has chosen …
  as our next Executive Director");
* **a status label the record has moved to**: "REQ-87601 has flipped to 'Closed - Filled by
  Another Candidate'" (the label quoted; a label still to come is told_ahead's).

Second round (read slices 135 and 136's misses):

* **no interview for the reader**, as the outcome of a read or a mark: "… has been read; no
  interview this time round", "yours came to 21, which means no interview invitation";
* **nothing left for the reader**: "which leaves nothing for you at present";
* **a need the reader does not meet**: "we need gold bullion experience, and you have none
  listed";
* **a group settled without the reader**: "has settled its summer cohort without you in it", "the
  final list … carries other names than yours";
* **consideration of the application ended**: "consideration of your application has ended";
* **someone else who has the post**: "another embroiderer has the couture-season contract", "the
  brewer's given Packaging Operator to a person already on our weekend canning crew", "picked
  those holding rope rescue certificates".

Third round (read slices 137 and 138's misses): a crew "set now minus your name"; "we're
passing" closing its sentence; "you'll miss out this time round"; a director's "leaning is
toward a rigger with …"; a post that "goes to another glassworker"; "rated under the group
forwarded"; "no go this time"; "someone's been taken on for Packer"; "a returning employee gets
the … position"; "our Saturday staff supplied the new hammerer"; "finalised other profile";
"and now the position is filled"; a score "below the 26 required"; and, across two sentences,
the reader's application missing an item, then "It therefore stops here".

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_casual import _A
from rejectwatch.model.prefilter import readings

__all__ = ["LINE_READINGS", "READINGS", "STANDING"]

# the reader's application, named by up to two words before it ("your Wharf Clerk application")
_APPLICATION = r"(?:application|candidacy|candidature|form|submission|bid)"
_YOURS = r"(?:yours|your (?:[a-z\-]+ ){0,2}?" + _APPLICATION + r")"
# a sentence's end, or a comma before the next clause
_CLAUSE_END = r"(?=[ \t]*(?:[.;!,]|\n|$))"

_ENDS_THERE = re.compile(
    r"\b(?:that|this)(?:" + _A + r"s| is) where (?:your|the) (?:[a-z\-]+ ){0,3}?" + _APPLICATION
    + r" (?:ends|stops|finishes|closes)\b(?! up\b)"
    r"|\b" + _YOURS + r" (?:ends|ended|stops|stopped|finishes|closes|closed) (?:here,? |there,? )?"
    r"(?:before|short of|ahead of) (?:the |any )?(?:interviews?|interview stage|shortlist|"
    r"shortlisting|assessment centre|assessments?|panel)\b"
    r"|\byours (?:ends|stops|finishes|closes) (?:there|here)\b"
)  # fmt: skip
_RULES_OUT = re.compile(
    r"\b(?:which|that|this|so that) (?:rules|ruled|has ruled) (?:you|" + _YOURS + r"|your "
    r"(?:score|mark|result|paper|test)) out\b(?! (?:of (?:the )?(?:draw|raffle|prize)|for "
    r"(?:the |a )?(?:refund|discount|prize))\b)"
)
_CANNOT_ADVANCE = re.compile(
    r"\b(?:so|therefore|hence|thus|and so|which means) (?:it|" + _YOURS + r") (?:cannot|can"
    + _A + r"t|can not|could not|couldn" + _A + r"t|will not|won" + _A + r"t|is unable to) "
    r"(?:advance|progress|proceed|go (?:any )?further|move (?:forward|on))"
    r"(?: (?:in|within|through) (?:this|the) (?:[a-z\-]+ )?(?:recruitment|process|competition|"
    r"selection|campaign|round|exercise|vacancy)| to (?:interview|the (?:next|interview|"
    r"assessment) (?:stage|step|round)))?" + _CLAUSE_END
)  # fmt: skip
_PASSING_ON_IT = re.compile(
    r"\b(?:is|are|" + _A + r"s|" + _A + r"re) (?:now |regretfully |sadly )?passing on (?:it|"
    + _YOURS + r")(?: this time| for now| on this occasion)?(?=[ \t]*(?:[.;!]|\n|$))"
)  # fmt: skip
# someone described who has the post, then the consequence for the reader
_GOT_IT_SO = re.compile(
    r"\b(?:someone|somebody|a|an|another|one|the other)\b(?! (?:of )?(?:you|your)\b)"
    r"(?: [\w\-" + _A[1:-1] + r"]+){1,8}? (?:has |had )?(?:got|has|took|landed|bagged|won|gets|"
    r"takes) it,? (?:so|and so|which means|meaning) (?:that" + _A + r"s (?:where|a pass|a no|"
    r"it for)|" + _YOURS + r")\b"
)  # fmt: skip
_GONE_THEIR_WAY = re.compile(
    r"\b(?:role|post|job|position|vacancy|place|spot|contract|placement|apprenticeship|hand|"
    r"assistant|opening) (?:has|have|had) (?:now )?gone (?:their|someone else" + _A + r"s|the "
    r"other (?:candidate|applicant|finalist)" + _A + r"s) way\b"
    r"|\bso (?:[a-z\-]+ ){1,4}?(?:has|have) gone (?:their|someone else" + _A + r"s) way\b"
)
# chosen by name, perhaps with an aside between commas, "as our new …" ending the sentence
_CHOSEN_AS_NEW = re.compile(
    # (no welcome, no delight, no reader and no group addressed anywhere in the sentence: "Dear
    # members, the board has chosen … as our next Executive Director" is news to a membership)
    r"(?:^|(?<=[.!?] )|(?<=\n))(?![^.!?\n]*\b(?:you|your|yourself|delighted|pleased|proud|happy|"
    r"welcome|announce|congratulat\w*|thrilled|excited|members|everyone|everybody|colleagues|"
    r"friends|folks|staff|supporters|subscribers|parishioners|residents)\b)[^.!?\n]{0,60}?"
    r"\b(?:chose|chosen|picked|selected|appointed|named|hired|took on|taken on) "
    r"(?!(?:the|a|an|our|their|this|that|it|them|him|her|one)\b)[\w\-" + _A[1:-1] + r"]+"
    r"(?: [\w\-" + _A[1:-1] + r"]+)?(?:, [^,.!?\n]{3,80},)? as (?:our|the|their) (?:new|next) "
    r"(?:[a-z\-]+ ){0,3}?[a-z\-]+(?=[ \t]*(?:[.;!]|\n|$))"
)
_FLIPPED_TO = re.compile(
    r"\b(?:has|have) (?:now |just )?(?:flipped|switched|changed|moved|turned|gone|been (?:set|"
    r"changed|moved|updated|switched)) to:? ?[\"\u201c'\u2018]\s*"
    r"(?:closed\s*[\-\u2013\u2014:,]\s*)?"
    r"(?:filled by (?:another|other|an?other|a different) (?:candidate|applicant|person)|another "
    r"(?:candidate|applicant) (?:hired|selected|chosen)|not selected|not progressing|not "
    r"progressed|unsuccessful|rejected|declined|out of consideration|no longer under "
    r"consideration)\b"
)

# Second round
_NO_INTERVIEW = re.compile(
    r"(?:(?<=[;:] )|(?<=, ))no interview(?: invitation| call| slot| offer)?(?: for you)? "
    r"(?:this time(?: round)?|on this occasion|this round|at this stage|this cycle)\b"
    r"|\b(?:which|that|this) means no (?:interview|shortlisting|invitation to interview)"
    r"(?: invitation| call| slot)?(?: for you| this time)?(?=[ \t]*(?:[.;!,]|\n|$))"
)  # fmt: skip
_NOTHING_FOR_YOU = re.compile(
    r"\b(?:which|that|this|and that|so that) leaves (?:nothing|no (?:place|spot|role|room|opening|"
    r"position|post|work|job|vacancy|bench|seat)) (?:open )?for you\b"
)
_NONE_OF_WHAT_WE_NEED = re.compile(
    r"\bwe (?:need|needed|require|required|want|wanted|look for|looked for) (?:[a-z0-9\-]+ ){0,6}?"
    r"(?:experience|qualifications?|certificates?|tickets?|licen[cs]es?|skills?|training),? (?:and|"
    r"but) you (?:have|had|hold|held|show|showed) none(?: listed| shown| on (?:your|the) (?:cv|"
    r"form|application))?\b"
)
_SETTLED_WITHOUT_YOU = re.compile(
    r"\b(?:settled|finalised|finalized|filled|completed|chosen|picked|closed) (?:its|the|our|this "
    r"year" + _A + r"s) (?:[a-z\-]+ ){0,3}?(?:cohort|intake|team|crew|shortlist|list|group|class|"
    r"panel|roster) without you\b"
    r"|\b(?:carries|holds|has|lists|shows|bears|names) (?:other names than yours|names other than "
    r"yours)\b"
)
_CONSIDERATION_ENDED = re.compile(
    r"\bconsideration of your (?:[a-z\-]+ ){0,2}?(?:application|candidacy|candidature|cv|profile|"
    r"form) (?:has )?(?:ended|closed|stopped|concluded|finished)\b"
)
_ANOTHER_HAS_IT = re.compile(
    r"\banother (?!(?:round|time|day|week|year|go|chance|look|option|date)\b)(?:[a-z\-]+ ){0,2}?"
    r"(?:has|got|took|won|landed|gets) the (?:[a-z\-]+ ){0,3}?(?:contract|job|post|position|role|"
    r"place|spot|bench|work|commission|placement|apprenticeship)\b"
    r"|\b(?:has|have|" + _A + r"s|" + _A + r"ve) (?:now )?given "
    r"(?!(?:you|your|it|this|that|them|us|me|a|an|the|some|any|our|feedback|notice|notes)\b)"
    r"(?:[a-z\-]+ ){1,4}?to (?:a|an|our|one of our|someone|somebody|another|the other) "
    r"(?:[a-z\-" + _A[1:-1] + r"]+ ){0,5}?(?:person|"
    r"candidate|applicant|colleague|member|volunteer|regular|worker|hand|lad|lass|woman|man|local|"
    r"intern|temp|trainee|apprentice|student|graduate|crew|staff)\b"
    r"|\b(?:picked|chose|selected|went with|took on|took) those (?:holding|with|who|already|"
    r"having)\b"
)  # fmt: skip

# Third round
_SET_MINUS_YOU = re.compile(
    r"\b(?:is|was|are|were|has been|have been)(?: now)? (?:set|settled|full|picked|chosen|"
    r"finali[sz]ed|complete|sorted)(?: now)? (?:minus|without) (?:your name|you)\b"
)
_WE_PASS = re.compile(
    r"\b(?:we|i)(?:" + _A + r"re| are|" + _A + r"m| am"
    # (fifty-ninth pass: or after what was done first, "we read it over and are passing", slice
    # 142)
    + r"| (?:[a-z\-]+ ){1,5}?and (?:are|am)) passing(?: on (?:it|this|this one|yours))?"
    r"(?: this time| for now| on this occasion)?(?=[ \t]*(?:[.;!]|\n|$))"
)  # fmt: skip
_MISS_OUT = re.compile(
    r"\byou(?:" + _A + r"ll| will) miss out (?:this time(?: round)?|this season|this year|on this "
    r"occasion|this round)\b"
)
_LEANING_TOWARD = re.compile(
    r"\b(?:leaning|leaning is|lean is|leans|leaned|leant) (?:toward|towards) (?:a|an|another|"
    r"someone|somebody|the other)\b(?! (?:[a-z\-]+ )?(?:approach|option|solution|date|time|format|"
    r"plan|idea|design|venue)\b)"
)
_GOES_TO_ANOTHER = re.compile(
    r"\b(?:chair|bench|post|role|job|position|place|spot|seat|contract|vacancy|opening|work|"
    r"apprenticeship|placement)\b[^.!?\n]{0,20}? (?:goes|went|has gone|is going) to (?:another|a "
    r"different|one other) (?!(?:round|stage|date|time|day|week|site|office|team|department|branch|"
    r"location|store|shop|address|account|recruiter|manager|colleague for review)\b)[a-z\-]+\b"
)  # fmt: skip
_RATED_UNDER = re.compile(
    r"\brated (?:under|below|beneath|outside) (?:the |those in the )?(?:group|band|candidates|"
    r"applicants|cut|list|those)\b[^.!?\n]{0,40}?(?:forwarded|referred|sent|put forward|passed)\b"
)
_NO_GO = re.compile(
    r"\b(?:a |it" + _A + r"s a )?no[ -]go(?: for you)? "
    r"(?:this time|on this occasion|this round|for now)\b"
)  # fmt: skip
_SOMEONE_TAKEN_ON = re.compile(
    r"\b(?:someone|somebody)(?:" + _A + r"s| has) been (?:taken on|hired|appointed|chosen|picked|"
    r"selected|brought in|engaged) (?:for|as)\b(?! (?:your|you)\b)"
    r"|\b(?:a|an|another|one of our) (?:[a-z\-]+ ){0,3}?(?:employee|worker|staff member|colleague|"
    r"candidate|applicant|volunteer|regular|hand|person|starter|apprentice|trainee|intern|student|"
    r"local) (?:gets|takes) the (?:[a-z\-]+ ){0,3}?(?:position|post|job|role|place|spot|contract)\b"
    r"|\b(?:our|existing|current) (?:[a-z\-]+ )?(?:staff|team|crew|volunteers|workforce) "
    r"(?:supplied|provided|produced|filled) the new [a-z\-]+\b"
    r"|\b(?:client|employer|company|hirer) (?:has )?(?:finali[sz]ed|selected|chose|closed with) "
    r"(?:other|another|a different) (?:profile|candidate|applicant|resume|cv)\b"
)  # fmt: skip
_NOW_FILLED = re.compile(
    r"\band (?:now |since then )?the (?:position|post|role|job|vacancy) (?:is|has been) (?:now )?"
    r"(?:filled|taken)\b"
)
_BELOW_REQUIRED = re.compile(
    r"\byour (?:[a-z\-]+ ){0,3}?(?:score|mark|result)\b[^.!?\n]{0,60}? was \d+(?:\.\d+)?(?: (?:of|"
    r"out of) \d+)?(?: points| marks)?,? (?:below|under|short of|less than) the (?:\d+ )?"
    r"(?:points? |marks? )?(?:required|needed|qualifying|minimum|pass mark|cut-?off)\b"
)  # fmt: skip
# across two sentences: the reader's application found lacking, then "it" stopping
_LACKING_THEN_STOPS = re.compile(
    r"\byour (?:[a-z\-]+ ){0,3}?application\b[^.!?\n]{0,80}? (?:lacks|is missing|does not "
    r"(?:include|show|meet))\b[^\n]{0,160}?[.!?)][ \t]+it (?:therefore |thus |so |now |"
    r"consequently )?(?:stops|ends|closes|halts|goes no further)(?: here| at this (?:stage|point))?"
    r"(?=[ \t]*[.;!])"
    # (fifty-ninth pass: or it "is therefore rejected at screening", slice 144)
    r"|\byour (?:[a-z\-]+ ){0,3}?application\b[^.!?\n]{0,80}? (?:lacks|is missing|does not "
    r"(?:include|show|meet))\b[^\n]{0,160}?[.!?)][ \t]+it is (?:therefore |thus |so |now |"
    r"consequently )?(?:rejected|declined|ineligible|not eligible|unsuccessful)(?: at (?:the )?"
    r"(?:screening|sift|sifting|eligibility)(?: stage| check)?)?(?=[ \t]*[.;!])"
)

READINGS = readings(
    ("reader_out", _ENDS_THERE),
    ("reader_out", _RULES_OUT),
    ("reader_out", _CANNOT_ADVANCE),
    ("reader_out", _PASSING_ON_IT),
    ("chose_other", _GOT_IT_SO),
    ("chose_other", _GONE_THEIR_WAY),
    ("chose_other", _CHOSEN_AS_NEW),
    ("status", _FLIPPED_TO),
    ("reader_out", _NO_INTERVIEW),
    ("reader_out", _NOTHING_FOR_YOU),
    ("reader_out", _NONE_OF_WHAT_WE_NEED),
    ("reader_out", _SETTLED_WITHOUT_YOU),
    ("reader_out", _CONSIDERATION_ENDED),
    ("chose_other", _ANOTHER_HAS_IT),
    ("reader_out", _SET_MINUS_YOU),
    ("reader_out", _WE_PASS),
    ("reader_out", _MISS_OUT),
    ("chose_other", _LEANING_TOWARD),
    ("chose_other", _GOES_TO_ANOTHER),
    ("reader_out", _RATED_UNDER),
    ("reader_out", _NO_GO),
    ("chose_other", _SOMEONE_TAKEN_ON),
    ("role_gone", _NOW_FILLED),
    ("reader_out", _BELOW_REQUIRED),
)
LINE_READINGS = readings(("reader_out", _LACKING_THEN_STOPS))
# a label quoted stands, though quoted words are others' (negation._STANDING)
STANDING = tuple(pattern for name, _, pattern in READINGS if name == "status")
