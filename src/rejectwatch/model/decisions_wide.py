"""Decisions told in the breadth of trades and channels, in the forms blind slice 21's wide
misses used and no reading held (issue 11, twenty-third pass, part B).

Slice 21's English wide misses (a cheesemonger's counter, a lambing hand, a mascot's suit)
refused in three general forms, each written here in several wordings and trades, never for one
message:

* **the work going to a named other**: "the Saturday counter hours are going to Ros, who's been
  doing our markets", "the apprenticeship is going to someone who did a placement with us" (the
  work by its name, then someone, a lad or a lass, or a name set off by ", who"; not "going to
  be shared out", not "going to you and Ros", not "going to increase, who knows");
* **someone coming, "so we're sorted"**: "my brother-in-law's lad is coming up for the whole of
  lambing, so we're sorted", "our regular pickers are coming back, so we're sorted for the
  season" (the sentence ends there or on a season, and never names the reader: not "Sam is
  coming to show you round, so we're sorted", not "so we're sorted for the van");
* **not taken on as a named role**: "as you're above the upper limit we're not able to take you
  on as our matchday performer", "without a category C licence we can't take you on as our
  tipper driver" (the role's words end the sentence, or a season, "sorry" or "but" follows: not
  "… as a lifeguard without the award, so please book it", not "… until June", not a choir's
  "as a member this term").

Part J of the pass re-read them on rotas, swaps, visits and non-job mail: the work going to
another is not read when the sentence leaves the reader something ("so you've got her
Tuesdays", "yours are unchanged") or a one-off opens it ("the spare shift", "the delivery
slot"); someone coming "so we're sorted" not with a day, an hour or a visit's trade or thing;
not taken on as a role not with "this week", an alternative offered ("but the warehouse shift
is yours") or a role no job (a patient, a tenant, a mentee). "We've given the hours to Ros,
who …", "the hours went to Ros, who …" and "so we're sorted for staff" read.

Each reading is (token name, word groups, pattern) over lower-cased text, appended to the
outcome readings of rejectwatch.model.negation after decisions_left, so none is read in a
conditional, still-to-come, quoted or reader-decided sentence; every match lies inside one
sentence.
"""

from __future__ import annotations

from rejectwatch.model import decisions_tested
from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_APOS = r"['\u2019]"
_SEASON, _END = decisions_tested.SEASON, decisions_tested.END

# the work going to a named other
_WORK = (
    r"(?:shifts?|hours|job|role|post|position|place|spot|slot|apprenticeship|traineeship|"
    r"contract|vacancy|placement|work"
    # (twenty-fourth pass, part B: a trade's own word for the place, "the trainee bench")
    r"|bench|chair|berth)"
)
# the rest of the sentence gives the reader something: a swap, a shift kept, an alternative
# (part J: "…, who asked to swap with you, so you've got her Tuesdays", "- yours are unchanged")
_READER_KEEPS = (
    r"(?![^.!?\n]*\b(?:you(?:" + _APOS + r"ve| have)? got|you keep|you(?:" + _APOS + r"ll| will) "
    r"(?:get|have|keep|still)|you get|you can|you(?:" + _APOS + r"re| are) on|your (?:\w+ )?"
    r"(?:shifts?|hours|days|slot|rota|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|"
    r"sundays)|yours|swap|swapping|instead|welcome|see you|for you|while you)\b)"
)
# a one-off's words before the work (part J: "the spare shift", "the delivery slot")
_ONE_OFF = r"(?!(?:spare|extra|overtime|delivery|collection|parking|booking|relief|cover)\b)"
# someone, a lad or a lass, or a name set off by ", who" (not "going to increase, who knows")
_SOMEONE = (
    r"(?:someone|somebody|a (?:lad|lass|woman|man|girl|guy|chap|colleague|friend|regular|local|"
    r"student|person) (?:who|from|that)"
    # (twenty-fourth pass, part B: an applicant of the kind the work wants, "an applicant who
    # has already completed the course", "a candidate who lives nearer"; a name before "who's"
    # or "who has" without its comma, "Callum who's done his Saturdays with us")
    r"|(?:an?|another) (?:[a-z\-]+ )?(?:applicant|candidate|trainee|apprentice|narrator|"
    r"performer|rider|groom|cook|chef|driver|hand) (?:who|from|that|with)"
    r"|(?!you\b|your\b|be\b|those\b|anyone\b|people\b|staff\b|all\b)[a-z\-]+ who(?:"
    + _APOS
    + r"s| has| had| is| was)"
    r"|(?!you\b|your\b|be\b)[a-z\-]+, who(?!(?: \w+)? knows\b))\b"
)
# (part M) a shift, hours or a slot going to a colleague: a rota swap ("the shift has gone to a
# colleague who asked for extra hours")
_NOT_A_SWAP = r"(?!(?:[a-z\-'\u2019]+ ){0,4}?(?:shifts?|hours|slots?)\b[^.!?\n]*? to a colleague\b)"
_THE_WORK = (
    _NOT_A_SWAP + r"(?:the|our|this|that) (?:" + _ONE_OFF + r"[a-z\-'\u2019]+ ){0,3}?" + _WORK
)
_GOING_TO_OTHER = re.compile(
    r"\b" + _THE_WORK + r"(?:(?:" + _APOS + r"s| is| are| has| have)(?: now| already)?(?: been)? "
    r"(?:going|gone|given|offered)| went) to "
    + _SOMEONE
    + _READER_KEEPS
    # part J: the work given by "we" ("we've given the weekend hours to Ros, who …")
    + r"|\bwe(?:"
    + _APOS
    + r"ve| have)?(?: now| already)? (?:given|offered) "
    + _THE_WORK
    + r" to "
    + _SOMEONE
    + _READER_KEEPS
    # (twenty-fourth pass, part B: and told as it happens, "we're giving the apprenticeship to
    # Callum who's done his Saturdays with us")
    + r"|\bwe(?:"
    + _APOS
    + r"re| are) (?:giving|offering) "
    + _THE_WORK
    + r" to "
    + _SOMEONE
    + _READER_KEEPS
)
# someone coming, "so we're sorted"; read from the sentence's start, which never names the reader
# (part J: not a day, an hour or a visit's trade: "the plumber is coming Tuesday, so we're
# sorted", "the caterers are coming at nine", "the new fridge is coming tomorrow")
_A_VISIT = (
    r"(?![^.!?\n]*\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|"
    r"tonight|morning|afternoon|evening|o" + _APOS + r"clock|at (?:\d|noon|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve)|next week|this week|plumber|electrician|"
    r"engineer|fridge|parcel|delivery|caterers?|kids|children|babysit\w*)\b)"
)
_COMING_SO_SORTED = re.compile(
    r"(?:(?<=^)|(?<=\n)|(?<=[.!?] ))(?![^.!?\n]*\byou)" + _A_VISIT + r"[^.!?\n]*?"
    r"\b(?:is|are|has|have|" + _APOS + r"s)(?: all)?(?: already)? (?:coming|returning|back|"
    r"agreed|signed up|doing|covering|taking)\b[^.!?\n]{0,100}?,? so we(?:" + _APOS + r"re| are)"
    r"(?: all)? (?:sorted|covered|fully staffed|full up)(?: " + _SEASON + r"| for (?:staff|help|"
    r"hands|pickers|workers|people|cover))?"
    r"(?=[ \t]*(?:[.!;]|$|\n))"
)
# not taken on as a named role (the role's words, never a condition or a time after them)
_ROLE_WORD = (
    r"(?!(?:until|unless|without|before|till|after|when|if|yet|on|at|from|for|in|while|because|"
    r"as|once|this|next|today|tomorrow|tonight)\b)[a-z\-'\u2019]+"
)
# (part J) no role a job: a patient, a tenant, a mentee, a member (a choir's "as a member")
_NO_JOB_ROLE = (
    r"(?!members?\b|(?:[a-z\-]+ )?(?:patients?|tenants?|lodgers?|mentees?|clients?|customers?|"
    r"pupils?|residents?|guests?)\b)"
)
_NOT_TAKEN_ON_AS = re.compile(
    decisions_tested.WE_CANNOT
    + r" (?:take you on|hire you|sign you up|sign you|bring you on|employ you|engage you|appoint "
    r"you) as (?:our|a|an|the|your) "
    + _NO_JOB_ROLE
    + r"(?:"
    + _ROLE_WORD
    + r" ){0,3}?"
    + _ROLE_WORD
    + r"(?: "
    + _SEASON
    + r")?"
    + _END
    # (part J) no alternative offered later: "but the warehouse shift is yours", "but we'd love
    # you in the warehouse", "but you're very welcome as a marshal"
    + r"(?![^.!?\n]*\b(?:yours|welcome|love (?:you|to have you)|offer you|instead)\b)"
)

READINGS = readings(
    ("chose_other", _GOING_TO_OTHER),
    ("chose_other", _COMING_SO_SORTED),
    ("reader_out", _NOT_TAKEN_ON_AS),
)
