"""A process concluded without the reader, in its general forms (issue 11, twenty-eighth pass,
part F): written-45's misreadings, in public-sector and campus notices, chains' applicant
systems under long footers, notes after a screen, and recruiters' follow-ups.

Each form is written here in several wordings, never for one message:

* **the reader did not succeed**: "you did not succeed this time", "your application didn't
  succeed on this occasion", "we regret that you did not succeed in it" (the reader or the
  application as subject, ending there or on the occasion or the process; never an upload);
* **eliminated from the process**: "so you are eliminated from this process" (never a quiz, a
  game or a round of a contest);
* **a candidature that stands rejected**: "your application stands rejected as ..." (never
  "will stand rejected", a rule for later);
* **a shortlist without the reader**: "the shortlist has been drawn up, and it excludes your
  application", "the shortlist was settled without your name";
* **short of the requirements**: "your CV fell short of our essential criteria" (the reader's
  application as subject, never a budget or a bid);
* **not progressing, not moving ahead or forward**: "your application won't progress from
  here", "your application will not move ahead", "your candidature is not moving forward",
  "is not going forward this year" (never "until" something arrives);
* **not considered or called for interview**: "your application ... is not considered for the
  interview", "you have not been called to interview";
* **no interview round for the reader**: "there won't be an interview round for you"; **an
  interview not the next step for the reader**: "so an on-site interview isn't the next step
  for you" (never "yet", "first", "as" or "since": a step skipped or coming later);
* **the reader's application stopped**: "the supervisor is stopping your application here";
* **the role restructured and its search over**: "We're restructuring the operations analyst
  role into two part-time posts", "the original search has wrapped up" (a role, position or post
  restructured, never a team; a search finished, never with an offer or an invitation after);
* **others the team will pursue**: "the team will pursue other candidates for the spring
  cohort", "is going to proceed with other applicants" (never "as well as", "also" or "too");
* **a post filled with a temp or an insider**: "decided to fill the biller spot with a temp
  they already had on site" (never a shift or a cover while someone is away);
* **someone described who got it**, **"so not you this time"**: "Someone who can do the
  weekend opens got it" (never a prize or a raffle).

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_casual import _A
from rejectwatch.model.decisions_left_off import NAMED_APPLICATION
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

# the reader's application, as a sentence's subject, or with the post it is for after it
_FOR = r"(?: for [^.!?\n]{1,80}?)?"
_YOURS = (
    r"(?:your (?:(?:job|online|recent|original|internship|graduate|summer|seasonal|casual|"
    r"written) )?"
    r"(?:application|candidature|candidacy|cv|resume|profile|submission|"
    r"bid for the (?:role|post|position|job)))"
)
# the end of a clause, or a clause going on with "so", "and" or "but"
_STOP = r"(?=[ \t]*(?:[,.;:!|\u2014\u2013)(]|-[ \t]|$|\n)|[ \t]+(?:so|and|but|as|since)\b)"
# nothing still to come: no "until", "unless", "once" or "pending" after it
_NOT_UNTIL = r"(?![^.!?\n]*\b(?:until|till|unless|once|pending|yet)\b)"
_NOT = r"(?:n" + _A + r"t| not)"
_POST = r"(?:role|position|post|job|vacancy|opening|spot|seat|place|requisition)"

_DID_NOT_SUCCEED = re.compile(
    # (sixtieth pass: or the application named by its post, "unfortunately the Harness Buckler
    # application didn't succeed this time")
    r"\b(?:you|"
    + _YOURS
    + r"|"
    + NAMED_APPLICATION
    + r") (?:did|have|has|were|was)"
    + _NOT
    + r" (?:been )?"
    r"(?:succeed|successful)(?= (?:this time|on this occasion|in (?:it\b|(?:this|the|your) "
    r"(?:[a-z\-]+ )?(?:process|round|competition|exercise|campaign|selection|assessment|"
    r"application|bid)\b))|" + _STOP + r")" + _NOT_UNTIL
)
_ELIMINATED = re.compile(
    r"\b(?:you|" + _YOURS + r") (?:are|were|have been|has been|was|is) (?:now )?eliminated "
    r"from (?:this|the|our) (?:[a-z\-]+ )?(?:process|selection|competition|campaign|recruitment|"
    r"exercise)\b"
)
_STANDS_REJECTED = re.compile(
    r"\b(?:candidature|candidacy|application|cv|profile)\b[^.!?\n]{0,80}?\bstands rejected\b"
)
_SHORTLIST_WITHOUT = re.compile(
    r"\bshortlist\b[^.!?\n]{0,40}?\b(?:excludes|excluded|leaves out|left out) (?:you\b|"
    + _YOURS
    + r")"
    r"|\bshortlist (?:was|has been|is) (?:[a-z]+ )?(?:settled|drawn up|finalised|finalized|"
    # (forty-sixth pass: or with its time told first, "A shortlist was drawn up last week
    # without your name")
    r"made|completed|agreed)(?: (?:last|this|on|earlier this|over the) [a-z]+| yesterday| "
    r"today| earlier| now)? without (?:you\b|your name|" + _YOURS + r")"
    # (forty-sixth pass, third round: or drawn up by its makers, "The store crew drew up a
    # shortlist without your name on it")
    r"|\b(?:we|they|the (?:[a-z\-]+ )?(?:crew|team|panel|store|shop|managers?|committee|board|"
    r"studio|kitchen|office|owners?|partners))(?:" + _A + r"ve| have| has| had)? (?:drew up|"
    r"drawn up|made|settled|finalised|finalized|agreed|put together|pulled together) (?:a|the|"
    r"our|its|their) shortlist(?: (?:last|this|on) [a-z]+| yesterday| today)? without "
    r"(?:you\b|your name|" + _YOURS + r")"
)
_FELL_SHORT = re.compile(
    r"\b(?:you|" + _YOURS + _FOR + r") (?:fell|has fallen|have fallen) short of (?:the|our|this) "
    r"(?:[a-z" + _A[1:-1] + r"\-]+ ){0,2}?(?:requirements|criteria|standard|threshold|bar|mark|"
    r"benchmark)\b"
)
_NOT_PROGRESSING = re.compile(
    r"\b" + _YOURS + r" (?:(?:won" + _A + r"t|will not|cannot|can" + _A + r"t) (?:be )?"
    r"(?:progress|progressing|move ahead|moving ahead|go ahead|going ahead|move forward|moving "
    r"forward)|(?:is|are)" + _NOT + r" (?:moving|going) (?:forward|ahead))"
    r"(?= (?:from here|any further|further|this (?:time|year|round)|at this (?:stage|point))|"
    + _STOP
    + r")"
    + _NOT_UNTIL
)
_NOT_CALLED = re.compile(
    r"\b(?:you|" + _YOURS + _FOR + r") (?:have|has|were|was|is|are)" + _NOT + r" (?:been )?"
    r"(?:called|considered) (?:to|for) (?:an? |the )?interview\b" + _NOT_UNTIL
)
_NO_ROUND_FOR_YOU = re.compile(
    r"\bthere (?:won" + _A + r"t be|will not be|will be no|is no) (?:an? )?(?:[a-z\-]+ )?"
    r"(?:interview|round|stage)(?: round| stage)? for you"
    + _STOP
    + r"(?![^.!?\n]*\b(?:as you|since|because|internal|yet|first|instead)\b)"
)
_NOT_THE_NEXT_STEP = re.compile(
    r"\b(?:interview|onsite|on-site|assessment|panel|second round|final round)\b[^.!?\n]{0,20}? "
    r"(?:is" + _NOT + r"|won" + _A + r"t be|will not be) the next (?:step|stage) for you\b"
    r"(?![^.!?\n]*\b(?:yet|first|instead|rather|before|until)\b)"
)
_STOPPING_YOURS = re.compile(
    r"\b(?:is|are|am|we" + _A + r"re|i" + _A + r"m) (?:stopping|ending|halting) your "
    r"(?:application|candidacy|candidature|process)(?= here| at this (?:stage|point)| now)"
)
_RESTRUCTURED = re.compile(
    r"\b(?:restructuring|restructured|reshaping|reshaped) (?:the|this|that) (?:[a-z\-]+ ){0,3}?"
    r"(?:role|position|post|vacancy|job)(?: as advertised)? into\b"
    r"|\b(?:the|our|this) (?:original |advertised )?search (?:as advertised )?(?:has|have) "
    r"(?:now )?(?:finished|ended|wrapped up|concluded|closed)"
    + _STOP
    + r"(?![^.!?\n]*\b(?:offer|invite|invited|invitation|pleased|delighted|congratulat\w*|"
    r"you(?:" + _A + r"re| are) (?:through|shortlisted|invited))\b)"
)
_PURSUE_OTHERS = re.compile(
    r"\b(?:will|" + _A + r"ll|(?:is|are) going to) (?:pursue|proceed with|move forward with|go "
    r"ahead with|continue with|hire) (?:(?:other|another) (?:candidates?|applicants?|profiles?)\b"
    # (sixty-first pass: or others told bare with "instead", "the team will pursue others
    # instead", slice 153's two Lever-like notices)
    r"|(?:others|someone else|somebody else) instead\b)"
    r"(?![^.!?\n]*\b(?:as well|also|too|alongside|in addition|besides|along with)\b)"
)
_FILLED_WITH = re.compile(
    r"\b(?:decided|chose|opted|agreed|going) to fill (?:the|this|that|our) (?:[a-z\-]+ ){0,3}?"
    + _POST
    + r" (?:with|from) (?:a temp|an? (?:internal|in-house|existing|current)|one of "
    r"(?:their|our|its) own|someone (?:internal|in-house|already))"
    r"(?![^.!?\n]*\b(?:while|leave|off sick|cover|covering|shift|today|tonight)\b)"
)
_SOMEONE_GOT_IT = re.compile(
    r"\b(?:someone|somebody|(?:a|an) (?:lad|lass|girl|guy|bloke|woman|man|person|candidate|"
    r"applicant)) (?:who|whose|with) [^.!?\n]{1,60}? got (?:it|the (?:job|role|spot|position|"
    r"gig|post|place))(?=,? (?:so|sorry|i" + _A + r"m afraid|unfortunately)\b|" + _STOP + r")"
    r"(?![^.!?\n]*\b(?:prize|raffle|award|trophy|welcome|starts|starting|joins)\b)"
    r"|\bso (?:it" + _A + r"s |it is )?not (?:going to be )?you this (?:time|round|year)\b"
)

READINGS = readings(
    ("reader_out", _DID_NOT_SUCCEED),
    ("reader_out", _ELIMINATED),
    ("reader_out", _STANDS_REJECTED),
    ("reader_out", _SHORTLIST_WITHOUT),
    ("reader_out", _FELL_SHORT),
    ("reader_out", _NOT_PROGRESSING),
    ("reader_out", _NOT_CALLED),
    ("reader_out", _NO_ROUND_FOR_YOU),
    ("reader_out", _NOT_THE_NEXT_STEP),
    ("reader_out", _STOPPING_YOURS),
    ("role_gone", _RESTRUCTURED),
    ("chose_other", _PURSUE_OTHERS),
    ("chose_other", _FILLED_WITH),
    ("chose_other", _SOMEONE_GOT_IT),
)
