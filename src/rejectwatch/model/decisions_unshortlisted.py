"""English refusals still unread after slice 23 (issue 11, twenty-fifth pass, part B), in
their general forms: the wide part's misses (a member's or a group's reply, a marketplace's
roster, an SMS) and the forms the twenty-fourth pass listed as unread.

Each form is written here in several wordings and trades, never for one message:

* **someone taken on or asked, so the post covered, or the sender sorted for that hand**:
  "we've taken on Josie from down the lane, who can do the early milking, so the relief milker
  job is covered now", "I've asked a girl from the riding school …, so I'm sorted for a groom
  this season" (never with the reader in between, "who will train you"; never a shift, a lift
  or a day);
* **no room to add the reader**: "there's no room to add you this term", "no room to take you
  on for the summer season" (never a car, a van, a chat, a group or a table; never a day);
* **the roster, crew or pool full**: "the tutor roster is now full", "our packing crew for the
  apple harvest is full" (never a day's crew, "full of", a move to a later intake, a "but";
  never a squad, a team, an intake or a cohort: a junior club's "the squad is full this term");
* **no start for the reader this time**: "no start date for you this time", "no work for you
  this year" (never "yet", never a week or a shift);
* **the cast, squad or shortlist picked and the reader not in it**: "the director has picked
  the cast and you are not in it", "we've finalised the shortlist and you're not on it";
* **the reader not admitted to the next stage**: "we cannot admit you to the next stage", "we
  are unable to move you to the next round" (never until, unless, without, if);
* **the post offered to another, who accepted**: "the post was first offered to a colleague
  already on the staff, who has accepted it".

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_crewed import _NOT_A_POST, _NOT_AFTER_IF, _ON_A_DAY, _PERSON
from rejectwatch.model.decisions_unmet import _NON_JOB
from rejectwatch.model.prefilter import readings

__all__ = ["OWN_WORDS", "READINGS"]

_A = r"['\u2019]"
# a hand of the kind taken on (decisions_crewed's people, and a trainee)
_HAND = r"(?:trainees?\b|" + _PERSON + r")"
# no condition or time still ahead in the rest of the clause ("… until you start", "if")
_NOT_AHEAD = (
    r"(?!(?:(?! - )[^.!?\n,;\u2013\u2014])*?\b(?:yet|until|unless|before|if|once|when|"
    r"so far|temporarily)\b)"
)
# (part K: never a trip, a course, a club or a table, decisions_unmet; never a raffle, tickets
# or a newsletter, decisions_crewed; never a part of the day or a weekend, "our weekend roster
# is now full"; never a fete's, a bake sale's or an open day's helpers)
_NOT_A_JOB = (
    _NON_JOB
    + _NOT_A_POST
    + r"(?![^.!?\n]*\b(?:weekends?|mornings?|afternoons?|evenings?|overnight|fete|fair|bake "
    r"sale|jumble sale|fundraiser|coffee morning|quiz|picnic|barbecue|bbq|party|open days?)\b)"
)
# no condition or time ahead anywhere in the rest of the sentence
_NO_CONDITION_AFTER = r"(?![^.!?\n]*\b(?:until|unless|without|if|once|when|before|yet)\b)"
# the sender's taking on, asking or hiring another (never the reader)
_TOOK = (
    _NOT_AFTER_IF + r"\b(?:i|we)(?:" + _A + r"ve| have| had)? (?:already |now |just )?"
    r"(?:taken on|took on|hired|asked|signed(?: up)?|brought in|gone with|went with) "
    r"(?!you\b|your\b)"
)
# ... and, with no word of the reader in between, "so" the post is covered or the sender sorted
_TAKEN_SO_COVERED = re.compile(
    _TOOK
    # (part K: never a day's or a weekend's cover, "I've asked Jenny to do the Saturday, so I'm
    # sorted for a cleaner this weekend")
    + _ON_A_DAY
    + r"(?![^.!?\n]*\bweekends?\b)"
    r"(?:(?!\byou|\b(?:if|unless|until|whether|once|when|might|may|would)\b)"
    r"[^.!?\n]){1,140}?,? so (?:"
    r"the (?:[\w\-]+ ){0,3}?(?:role|job|post|position|vacancy|opening|place)(?:" + _A
    + r"s| is| has been)(?: now| already| all)? (?:covered|filled|taken)\b(?! by\b)"
    r"|(?:i|we)(?:" + _A + r"m|" + _A + r"re| am| are)(?: all| now)? (?:sorted|set|covered) "
    r"for (?:a|an|another|our)(?: [\w\-]+)? " + _HAND + _ON_A_DAY
    + r")"
    + _NOT_AHEAD
)  # fmt: skip
# no room to add the reader (never a car, a chat or a table; never a day)
_NO_ROOM = re.compile(
    r"\bno (?:room|space)(?: left)? to (?:add|take|fit|squeeze|include|place|put) you\b"
    r"(?! (?:in|on|into|onto|to|at) (?:the|our|my|your|a|this) (?:[\w\-]+ )?(?:car|van|bus|"
    r"minibus|taxi|cab|chat|group|thread|call|meeting|photo|picture|table|boat|lift|mailing|"
    r"newsletter|list)s?\b)" + _ON_A_DAY + _NOT_A_JOB + _NO_CONDITION_AFTER
)
# the roster, the crew or the pool full (read from the words that name it; never a day's crew,
# "full of", a move to a later intake, a "but" or an offer after it; never a squad, a team, an
# intake or a cohort, which a child's club or a school fills as often as an employer)
_LIST_FULL = re.compile(
    r"\b(?:our|the|this|that|this year" + _A + r"s|next year" + _A + r"s|this season" + _A
    + r"s)" + _ON_A_DAY + _NOT_A_JOB + r"(?: [\w\-" + _A[1:-1] + r"]+){0,3}? (?:roster|crew|"
    r"line-?up|gang|(?<!swimming )(?<!car )(?<!paddling )(?<!plunge )(?<!splash )(?<!lap )"
    r"(?<!leisure )(?<!office )(?<!betting )pool)(?: (?:for|this|next) [^.!?\n]{0,50}?)? "
    r"(?:is|are|" + _A + r"s|has been|have been)(?: now| already| all| completely)? "
    r"(?:full|full up|fully booked|fully staffed)\b(?![\-]| of\b)"
    r"(?![^.!?\n]*\b(?:but|moved|move|put|placed|transferred|offer|offered|instead|waiting "
    r"list|waitlist|apply|let you know)\b)" + _NO_CONDITION_AFTER
)  # fmt: skip
# no start, work or opening for the reader this time (never "yet", never a week or a shift)
_NO_START = re.compile(
    r"\bno (?:start(?: date)?|work|job|opening|vacancy|berth|contract) for you (?:this|that) "
    r"(?:time|season|year|round|intake|term|summer|winter|spring|autumn|harvest|flush|tour)\b"
    + _NOT_A_JOB
    + _NO_CONDITION_AFTER
)
# the cast, squad or shortlist picked and the reader not in it
_NOT_IN_IT = re.compile(
    r"\b(?:picked|chosen|chose|selected|finali[sz]ed|settled|named|confirmed|announced) "
    r"(?:the|our|this|its|his|her|their|this year" + _A + r"s) (?:[\w\-]+ ){0,4}?(?:cast|crew|"
    r"team|squad|line-?up|shortlist|short list|intake|cohort|band|choir|ensemble|company|"
    r"finalists)\b[^.!?\n]{0,60}?(?:,|;| and| but| -)(?: sadly| unfortunately| i" + _A
    + r"m afraid| i am afraid| i" + _A + r"m sorry to say)?,? you(?:" + _A + r"re| are| were)"
    r"(?: not|n" + _A + r"t) (?:in|on|part of|among) (?:it|them|that one)\b" + _NOT_AHEAD
)  # fmt: skip
# the reader not admitted to the next stage, round or phase (never a rule with a condition)
_NOT_NEXT_STAGE = re.compile(
    r"(?:\bcannot|\bcan not|can" + _A + r"t|\bunable to|\bnot able to|won" + _A
    + r"t be able to|\bwill not be able to) (?:admit|move|advance|take|put|pass|put through) "
    r"you (?:forward |through )?(?:to|into|onto|through to) the next (?:stage|round|phase|step|"
    r"level)\b" + _NO_CONDITION_AFTER
)  # fmt: skip
# the post offered to another, who accepted ("… offered to a colleague, who has accepted it")
_OFFERED_ACCEPTED = re.compile(
    r"\b(?:role|job|post|position|vacancy|place|contract)(?: was| has been| had been) (?:first )?"
    r"offered to (?!you\b|your\b)(?:a|an|another|one of|our|the)\b[^.!?\n]{0,80}?(?:,? who|,? and "
    r"(?:they|she|he))(?: (?:has|have|had))? (?:now |since |already )?accepted\b"
)  # fmt: skip

# (the taken-on reading holds the hand's own "before": "who can do mornings before school runs"
# is no choice still to come; the reading's own words are checked for a condition, OWN_WORDS)
_READ_OWN = readings(("role_gone", _TAKEN_SO_COVERED))
OWN_WORDS = tuple(pattern for _, _, pattern in _READ_OWN)
READINGS = _READ_OWN + readings(
    ("reader_out", _NO_ROOM),
    ("role_gone", _LIST_FULL),
    ("reader_out", _NO_START),
    ("reader_out", _NOT_IN_IT),
    ("reader_out", _NOT_NEXT_STAGE),
    ("chose_other", _OFFERED_ACCEPTED),
)
