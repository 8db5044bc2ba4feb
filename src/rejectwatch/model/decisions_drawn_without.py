"""Outcomes told in shapes no reading held (issue 11, sixty-fourth pass, fifth round: read slices
187 and 188's misses). Each form is written here in several wordings, never for one message:

* **a shortlist drawn without the reader**: "the Finishing Operator shortlist was drawn on
  Tuesday without you on it";
* (**no offer coming from the sender**, "no offer will come from us", is read with its twin
  "no offer comes your way" in decisions_claimed);
* **the choice made for someone named**: "The director has made the choice for Vlad Chirilă";
* **a Caribbean pick, a post "get fill by" someone, "so dis one close"**: "We done pick somebody
  fuh de Detailer job now, so dis one close", "De position get fill by one young man from Old
  Road";
* **the post going "their way"**: "so Orchard Lead goes their way";
* **the post handed to someone**: "The seaweedpressing assistant role has been handed to a
  Spiddal local" (never to a panel, a committee or an agency);
* **someone from somewhere starting as the post**: "A lad from Wem is starting as hoofparing
  assistant";
* **the post with its new starter already**: "The sausagelinking line has its new starter
  already";
* **the reader placed below the line**: "you sat sixth and below that line";
* **no interview for the reader**: "There'll be no periscopecleaning technician interview for
  you".

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_casual import _A
from rejectwatch.model.decisions_seats_given import _ROLE_HEAD
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_DRAWN_WITHOUT_YOU = re.compile(
    r"\b(?:shortlist|short-list|list|panel|line-?up|roster|rota)\b[^.;!?\n]{0,40}? (?:was|were|"
    r"has been|got) (?:drawn|drawn up|made|put together|compiled|finalised|finalized|set)"
    r"(?: [^.;!?\n]{0,30}?)? without you\b"
)
_CHOICE_FOR_SOMEONE = re.compile(
    r"\b(?:has |have |had )?made (?:the|a|their|his|her|our) (?:final )?(?:choice|decision|"
    r"selection|pick) (?:for|of) (?!(?:you|yourself|your|the|a|an|this|that|which)\b)"
    r"[a-z][a-z'\u2019\-]+ [a-z]"
)
_CARIBBEAN_PICK = re.compile(
    r"\b(?:we|dey|they|de boss|di boss) (?:done |don |did )?(?:pick|tek|choose|hire|find) "
    r"(?:somebody|someone|(?:a next|another|one)(?: [a-z]+)?) (?:fuh|for) (?:de|di|the|dat|that) "
    r"(?:[a-z\-]+ ){0,3}?(?:job|post|position|spot|role|work|place)\b"
    r"|\b(?:position|post|job|spot|role|vacancy) (?:get|got|done get) (?:fill|filled|tek|taken) "
    r"by\b"
)
_SO_THIS_ONE_CLOSES = re.compile(r"\bso (?:dis|this|dat|that) one (?:close|closed|done)\b")
_GOES_THEIR_WAY = re.compile(
    r"\bso (?:the )?(?:[a-z\-&]+ ){0,4}?(?:" + _ROLE_HEAD[3:-1] + r"|post|job|role|position|"
    r"lead|spot|place) (?:goes|went|has gone) (?:their|his|her|the other|someone else"
    + _A
    + r"s) way\b"
)
_HANDED_TO_ONE = re.compile(
    r"\b(?:role|post|job|position|place|spot|vacancy|berth)(?: [a-z\-]+)? (?:has been|was|is being|"
    r"got) handed (?:over )?to (?:a|an|one) (?!(?:panel|committee|agency|recruiter|team|manager|"
    r"colleague in (?:hr|human))\b)"
)
_STARTING_AS = re.compile(
    r"\b(?:a|an|another|one) (?:[a-z\-]+ ){0,2}?(?:lad|lass|man|woman|person|girl|boy|local|"
    r"fellow|chap|applicant|candidate) from [a-z][a-z\-]+ is (?:starting|beginning|taking over|"
    r"joining) as\b"
)
_NEW_STARTER_ALREADY = re.compile(
    r"\b(?:line|crew|team|post|role|job|position|bench|shop|yard)(?: [a-z\-]+)? (?:has|have|got) "
    r"(?:its|their|a|the) new (?:starter|hire|recruit|hand|person|worker)\b"
)
_BELOW_THAT_LINE = re.compile(
    r"\byou (?:sat|came|ranked|placed|finished|were)(?: [a-z0-9]+)?(?: and)? (?:below|under|"
    r"beneath|outside) (?:that|the|this) (?:line|cut|cut-off|cutoff|mark|threshold|group)\b"
)
_NO_INTERVIEW_FOR_YOU = re.compile(
    r"\bthere(?:" + _A + r"ll| will) be no (?:[a-z\-]+ ){0,4}?(?:interview|offer|place|call-?back|"
    r"second round)s? for you\b"
)

READINGS = readings(
    ("reader_out", _DRAWN_WITHOUT_YOU),
    ("chose_other", _CHOICE_FOR_SOMEONE),
    ("chose_other", _CARIBBEAN_PICK),
    ("reader_out", _SO_THIS_ONE_CLOSES),
    ("chose_other", _GOES_THEIR_WAY),
    ("chose_other", _HANDED_TO_ONE),
    ("chose_other", _STARTING_AS),
    ("chose_other", _NEW_STARTER_ALREADY),
    ("reader_out", _BELOW_THAT_LINE),
    ("reader_out", _NO_INTERVIEW_FOR_YOU),
)
