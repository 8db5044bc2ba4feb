"""Decisions told tersely, by the subject line, or in words the readings took for a condition
(issue 11, nineteenth pass, part I).

The grouped CV's out-of-fold English misses that no reading saw (the nineteenth pass, part A's
list), each written for its kind in several wordings:

* **a decision only in the subject**: a body that says "Please see subject" / "As per the
  subject line" / "The subject says it all" over a subject that is a refusal ("Store Manager:
  not progressing", "Position filled", "Application outcome: not selected"); read only when the
  subject refuses (:func:`subject_refuses`), not over "Interview invitation" or a payment's
  "Card payment unsuccessful";
* **parting ways**: "I think it's best if we part ways on this one", "it would be best for both
  of us to part ways on this role" (the "if" is the sentence's own, no condition: the words of
  a match of OWN_WORDS are not read as conditional or still to come, only those around it);
* **only those living near**: "we're only able to consider people already living near the
  office for this one, sorry", "sadly we can only consider applicants based within commuting
  distance" (a refusal said as a rule: only with "sorry" / "sadly" / "for this one", never a
  rule in an advert or "we'll only contact applicants living near the office");
* **another direction, and the others closed out**: "we've gone in a different direction for
  this hire and will be closing out the remaining candidates this week, you included" (the
  "will" is the closing out of the others, the decision is taken);
* **a better match looked for**: "the panel has finished its interviews for this vacancy. Your
  details will stay on our talent pool, and a recruiter will reach out if a better match
  appears" (someone will write when a better match for the reader appears: this one was not);
* **filled already**: "Filled already, sorry!", "Sorry - already filled!" (a reply to a
  check-in, the post unnamed; not "filled already, sorry for the duplicate form");
* **our person found**: "we found our person for this one", "we've found the right person for
  the role" (not "for the other role", not "once we've found our person");
* **a status set by the employer, quoted**: "Northwind marked your application as “Not a fit”"
  (the quotation marks are the label's: the match opens on "marked").

The next kinds, from grouped CV's out-of-fold English misses on 597673e (seed 0): a founder's
pass ("I'm going to pass on this round", "we're going to hold off on you for now"; not "pass your
CV to", "hold off on the interviews until January"), a debrief's conclusion ("the team concluded
that the gaps in system design were too large for this level"), a status set by a tracker ("the
application for … was set to: Archived (not selected)").

Each reading is (token name, word groups, pattern) over lower-cased text; every match lies
inside one sentence. The word groups are read off the patterns
(rejectwatch.model.prefilter.openers).
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["OWN_WORDS", "READINGS", "SEE_SUBJECT_PATTERNS", "STANDING", "subject_refuses"]

_POST = (
    r"(?:role|post|position|job|vacancy|opening|hire|appointment|placement|contract|"
    r"opportunity)"
)

# the body points at the subject ("please see subject", "as per the subject line")
_SEE_SUBJECT = re.compile(
    r"\b(?:please )?(?:see|refer to|read) (?:the )?subject(?: line| above| of this (?:e-?mail|"
    r"message))?(?=[ \t]*[.!:;,\n]|$)"
    r"|\bas (?:per|in|stated in) (?:the )?subject(?: line| above)?(?=[ \t]*[.!:;,\n]|$)"
    r"|\b(?:the )?subject (?:line )?says it all\b"
)
# a subject that is a refusal (the text's first line: rejectwatch.model.features puts the
# subject first)
_SUBJECT_REFUSAL = re.compile(
    r"\A(?![^\n]*\b(?:payment|card|transaction|order|delivery|parcel|login|sign-in|password|"
    r"verification|invoice|refund|booking)\b)[^\n]{0,160}?\b(?:not progressing|not progressed|"
    r"not selected|not shortlisted|not successful|unsuccessful|regret|regrets|no offer|declined|"
    r"rejected|not moving forward|position filled|role filled|post filled|vacancy filled|"
    r"not proceeding|not taken forward)\b"
)
# parting ways on the application ("i think it's best if we part ways on this one")
_PART_WAYS = re.compile(
    r"\b(?:it['\u2019]s|it is|it['\u2019]d be|it would be|it will be|best) (?:best|better|"
    r"fairest|right|kindest)?(?: for (?:us|both of us|everyone|both sides))?(?: if| that| to)? "
    r"(?:we )?part ways (?:on|for|with|over) (?:this one|this (?:[a-z\-]+ )?" + _POST + r"|the "
    r"(?:[a-z\-]+ )?" + _POST + r"|this occasion|this process|this application)\b"
)
# only those living near considered, with a regret ("we're only able to consider people
# already living near the office for this one, sorry")
_ONLY_NEAR = (
    r"we(?:['\u2019]re| are| can)? only (?:able to )?(?:consider|accept|take on|hire|progress|"
    r"look at|shortlist) (?:people|applicants|candidates|those|someone|staff) (?:who (?:are |"
    r"already )?(?:live|living|based|located|resident)|who['\u2019]re|already|living|based|"
    r"located|resident)(?: [a-z\-]+){0,3}? (?:near|close to|within|in|around|local to|nearby)\b"
)
_LIVING_NEAR = re.compile(
    r"\b" + _ONLY_NEAR + r"[^.!?\n]{0,80}?(?:,? sorry\b|,? i['\u2019]m afraid\b|for this one\b)"
    r"|\b(?:sorry|sadly|unfortunately|i['\u2019]m afraid)[,:]? " + _ONLY_NEAR
)
# another direction taken, and the others closed out ("we've gone in a different direction
# for this hire and will be closing out the remaining candidates this week, you included")
_DIRECTION_CLOSING = re.compile(
    r"\bwe(?:['\u2019]ve| have)(?: now)? (?:gone|decided to go|chosen to go|gone ahead) in (?:a|"
    r"another) (?:different|new|other) direction (?:for|with|on) (?:this|the|that) "
    r"(?:[a-z\-]+ ){0,2}?" + _POST + r" and (?:will|we['\u2019]ll) be (?:closing out|closing|"
    r"notifying|letting|declining|releasing|informing|updating|writing to) (?:all )?(?:the )?"
    r"(?:remaining|other|rest of the) (?:candidates|applicants|finalists|people)(?: [a-z]+ "
    r"(?:week|today|now))?(?:,? (?:you included|including you|yourself included))?"
)
# a better match looked for ("a recruiter will reach out if a better match appears")
_BETTER_MATCH = re.compile(
    r"\b(?:a recruiter|a member of (?:the|our) team|we|someone|the team|our team)(?: will|"
    r"['\u2019]ll) (?:reach out|be in touch|contact you|get in touch|get back to you|let you know)"
    r"(?: with you)? (?:if|when|should|as soon as) (?:a |an )?(?:better|closer|more suitable|"
    r"stronger) (?:match|fit)(?: for you)? (?:appears?|comes? up|comes? along|opens?|opens? up|"
    r"arises?|turns? up|is posted|be posted)\b"
)
# filled already, the post unnamed ("filled already, sorry!"); not "sorry for ...", not a thing
# said to be filled ("your form is filled already, sorry!")
_FILLED_ALREADY = re.compile(
    r"\b(?<!is )(?<!are )(?<!was )(?<!were )(?<!been )filled already[,!.]* (?:sorry|"
    r"i['\u2019]m afraid|unfortunately)\b(?! (?:for|about|to)\b)"
    r"|\b(?:sorry|afraid|unfortunately)[,!.]*[ \t]*(?:[\-\u2013\u2014] )?(?:it['\u2019]s |it was |"
    r"it has been |it['\u2019]s been |been )?(?:already filled|filled already)(?=[ \t]*[.!\n]|$)"
)
# our person found ("we found our person for this one"); not for another role
_PERSON_FOUND = re.compile(
    r"\bwe(?:['\u2019]ve| have)?(?: now| just| already)? found (?:our|the right|the perfect|our "
    r"new|the) (?:person|hire|candidate|match|someone)(?: for (?:this|the|that) (?:one|"
    + _POST
    + r"))?(?=[ \t]*(?:[.!,;:\u2014\u2013\-]|$|\n))"
)
# a status set by the employer, the label quoted ("marked your application as “not a fit”")
_MARKED_AS = re.compile(
    r"\b(?:marked|set|moved|updated|changed|flagged) your (?:application|candidacy|profile|"
    r"application status|status) (?:as|to) [\"\u201c'\u2018]?(?:not a fit|not selected|"
    r"unsuccessful|declined|rejected|not moving forward|not progressing|not suitable|"
    r"not shortlisted)\b"
)
# The next kinds, from grouped CV's out-of-fold English misses on 597673e (seed 0):
# a founder's pass ("I'm going to pass on this round", "we're going to hold off on you for now");
# not "pass your CV to", "pass on the conference", "hold off on the interviews until January"
_PASS_ON_YOU = re.compile(
    r"\b(?:i['\u2019]m|i am|we['\u2019]re|we are|we['\u2019]ve|we have|i['\u2019]ve|i have)"
    r"(?: going to| gonna| decided to| got to| had to)? (?:pass|hold off) on (?:you|your "
    r"(?:application|candidacy|profile|cv)|this round|this one|hiring you|bringing you on)\b"
    r"(?! (?:until|till|to)\b)"
)
# the debrief's conclusion ("in the debrief the team concluded that the gaps in stakeholder
# management were too large for this level")
_GAPS_TOO_LARGE = re.compile(
    r"\b(?:the (?:[a-z\-]+ )?(?:team|panel|group|committee|hiring manager)|we) (?:concluded|"
    r"agreed|felt|decided|found) that (?:the |your )?(?:[a-z\-]+ ){0,4}?gaps? in "
    r"(?:[a-z\-]+ ){1,4}?"
    r"(?:was|were|is|are) too (?:large|big|wide|great|significant|much) for (?:this|the|that) "
    r"(?:level|role|post|position|grade|seniority|job)\b"
)
# an application's status set by the tracker ("the application for accounts payable clerk was
# set to: archived (not selected)"; "set to: application not taken forward" is left to the
# pending check, whose "not taken" it holds)
_SET_TO = re.compile(
    r"\b(?:your |the )application(?: for [^.!?\n]{1,80}?)? (?:was|has been|is now) (?:set|moved|"
    r"changed|updated) to:? [\"\u201c'\u2018]?(?:archived \(not selected\)|not selected|"
    r"unsuccessful|declined|rejected|not progressing|"
    r"not moving forward|not shortlisted|closed \(not selected\))"
)

SEE_SUBJECT = readings(("status", _SEE_SUBJECT))
# the readings whose own words ("if we part ways", "only able to consider", "will be closing
# out", "if a better match appears") are no condition and nothing still to come: those are
# looked for around the match only (negation._outcomes)
_OWN = readings(
    ("reader_out", _PART_WAYS),
    ("reader_out", _LIVING_NEAR),
    ("chose_other", _DIRECTION_CLOSING),
    ("reader_out", _BETTER_MATCH),
)
# ... and the label quoted by the employer: its cue reads as reported, the reading does not
_MARKED = readings(("status", _MARKED_AS), ("status", _SET_TO))
READINGS = (
    SEE_SUBJECT
    + _OWN
    + _MARKED
    + readings(
        ("role_gone", _FILLED_ALREADY),
        ("chose_other", _PERSON_FOUND),
        ("reader_out", _PASS_ON_YOU),
        ("reader_out", _GAPS_TOO_LARGE),
    )
)
OWN_WORDS = tuple(pattern for _, _, pattern in _OWN)
# the readings that stand in a sentence whose first cue reads as conditional or reported
# (negation.read_cues): their own words were looked at around the match
STANDING = OWN_WORDS + tuple(pattern for _, _, pattern in _MARKED)
SEE_SUBJECT_PATTERNS = tuple(pattern for _, _, pattern in SEE_SUBJECT)


def subject_refuses(lowered: str) -> bool:
    """Is the first line of lower-cased ``lowered`` (the subject) a refusal?"""
    return _SUBJECT_REFUSAL.match(lowered) is not None
