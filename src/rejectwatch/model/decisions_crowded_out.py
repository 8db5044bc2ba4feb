"""Outcomes told in shapes no reading held (issue 11, sixty-second pass, fourth round: read slices
165 and 166's misses). Each form is written here in several wordings, never for one message:

* **someone else getting it, or another who get or got it**: "Somebody else is getting it",
  "Another builder get it this time", "Another plasterer got this one", "a local string-maker got
  it this time" (never a band, a team, a buyer or a tenant);
* **the sender not carrying on with the reader's**: Jamaican "so we nah carry on with yours",
  "we won't go on with your form"; and the Jamaican bare verb before it, "The boss take on a
  plasterer from Spanish Town";
* **not offering the reader the post**: "Trincomalee Harbour Stores won't be offering you
  Storekeeper", "we aren't offering you the role" (never a refund, a lift or a discount);
* **a crew full of returners, new starters crowded out**: "This season's crew is full of
  returners, with new starters crowded out";
* **a public-sector notice's "referred …, no"** and **the application closed by the notice**:
  "referred to the selecting official, no", "With this notice your application closes";
* **other people going forward, after a comparison**: "Having weighed each conversation, other
  people will go forward for Data Analyst".

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_casual import _A
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_WHAT = (
    r"(?:it(?! (?:to|done|sorted|fixed|ready|back|out|over|through|right|wrong|in|on)\b)|this one|"
    r"that one|the (?:job|post|role|spot|place|start|nod|berth|seat|gig|work|contract))\b"
)
# (never a band, a team, a buyer or a tenant, who get a spot, a house or a flat)
_NOT_A_WORKER = (
    r"(?!(?:band|combo|act|group|club|side|entry|horse|dog|team|couple|family|buyer|bidder|"
    r"tenant)\b)"
)
_SOMEONE_GETTING_IT = re.compile(
    # (second round: one of the applicants or a worker who got it, "an applicant got it with
    # street-lamp experience", "another hand got the start")
    r"\b(?:an|another|one|a different|the other) (?:other )?(?:applicant|candidate|person|"
    r"finalist|local|worker|hand|tradesman|tradeswoman|trainee|apprentice) got (?:it|the (?:job|"
    r"post|role|spot|place|start|nod|berth|seat))\b"
    r"|\b(?:somebody|someone|another (?:[a-z\-]+ ){0,1}?[a-z\-]+) (?:else )?(?:is|" + _A + r"s) "
    r"getting "
    + _WHAT
    + r"|\banother (?:[a-z\-]+ ){0,2}?"
    + _NOT_A_WORKER
    + r"[a-z\-]+ (?:got|get|gets|has got|"
    + _A
    + r"s got) "
    + _WHAT
    + r"|\b(?:a|one) (?:local|young|retired|older|seasoned|nearby|village|returning|former) "
    r"(?:[a-z\-]+ )?" + _NOT_A_WORKER + r"[a-z\-]+ got " + _WHAT
)
_NOT_CARRYING_ON = re.compile(
    r"\b(?:we|i)(?: (?:nah|naa|nuh|doh|won"
    + _A
    + r"t|will not|are not|aren"
    + _A
    + r"t|can"
    + _A
    + r"t|cannot)| (?:do not|don"
    + _A
    + r"t)) (?:carry|carrying|go|going|move|moving) on with "
    r"(?:yours|your (?:application|form|cv|file|candidacy))\b"
)
_BOSS_TAKE_ON = re.compile(
    r"\b(?:boss|owner|client|hotel|company|firm|manager|shop|dem|yard|foreman) (?:take|tek|done "
    r"take) on (?:a|an|one|wan) (?!(?:new )?(?:project|contract|order|job|loan|lease)\b)[a-z\-]+"
)
_NOT_OFFERING_YOU = re.compile(
    r"\b(?:won"
    + _A
    + r"t|will not|wouldn"
    + _A
    + r"t|would not|isn"
    + _A
    + r"t|is not|aren"
    + _A
    + r"t|are not|not) (?:be )?offering you (?:the )?"
    r"(?!(?:a |an |any )?(?:refund|lift|discount|loan|credit|ticket|tickets|seat|room|parking|"
    r"upgrade|voucher|ride|place on the (?:trip|tour|course))\b)"
    # (never a perk beside an offer, "we won't be offering you accommodation, but …")
    r"(?!(?:a |an |any )?(?:accommodation|relocation|housing|travel|transport|bonus|overtime|"
    r"company car|car|signing|sponsorship|visa|equity|shares|stock|remote|hybrid|flexible|more|"
    r"less|extra|meals?|uniform|training|a pay rise|pay rise|raise)\b)"
    r"(?:(?:the|a|this|that) (?:[a-z\-]+ ){0,3}?(?:role|post|job|position|place|contract|start)|"
    r"[a-z][a-z\-&]*(?: [a-z][a-z\-&]*){0,3}?(?=[ \t]*(?:[,.;!\n]|$)))"
)
_CROWDED_OUT = re.compile(
    r"\b(?:crew|team|roster|rota|squad|gang|intake|cohort|line-up|lineup)\b[^.!?\n]{0,20}? "
    r"(?:is|are|was|were|" + _A + r"s) (?:full|filled|made up) (?:of|with) (?:returners|"
    r"returning (?:hands|staff|crew|workers)|regulars|last (?:year|season)" + _A + r"s|existing "
    r"staff|our own)\b"
    r"|\bnew (?:starters|applicants|faces|hands|people|candidates) (?:are |were |get |got |"
    r"being )?(?:crowded|squeezed|pushed|left) out\b"
)
_REFERRED_NO = re.compile(
    # (the "no" closing its clause: never a list of statuses, "Referred, Not referred, or …")
    r"\breferred(?: to (?:the )?[a-z ]{0,30}?)?[:,;]? no\b(?=[ \t]*(?:[.;!]|\n|$))"
    r"|\b(?:with this (?:notice|letter|message|e-?mail)|herewith|hereby|as of today),? your "
    r"(?:application|candidacy|candidature|file) (?:closes|is closed|ends|is ended)\b"
)
_OTHERS_WILL_GO_FORWARD = re.compile(
    r"\bother (?:people|applicants|candidates|finalists|folk) will (?:go|move|be going|be moving|"
    r"progress|advance) (?:forward|through|ahead|on)\b"
    r"(?! (?:with you|alongside you|and you|as well as you)\b)"
)

READINGS = readings(
    ("chose_other", _SOMEONE_GETTING_IT),
    ("reader_out", _NOT_CARRYING_ON),
    ("chose_other", _BOSS_TAKE_ON),
    ("reader_out", _NOT_OFFERING_YOU),
    ("role_gone", _CROWDED_OUT),
    ("reader_out", _REFERRED_NO),
    ("chose_other", _OTHERS_WILL_GO_FORWARD),
)
