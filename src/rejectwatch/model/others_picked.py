"""Someone else picked, the reader let go and the list drawn without them, told in shapes no
reading held (issue 11, forty-seventh pass, second round).

Blind slice 68's misses were kinds earlier passes read, worded another way. Each reading is
written for the kind from a set of wordings of our own and checked on a second set written apart
(tests/test_forty_seventh_pass.py):

* **someone who got the nod**, a recruiter's way of saying who was chosen: "for Maintenance
  Manager, an engineer already in charge of their dryers got the nod" (never the reader, nor a
  nod to a next step: "got the nod to interview");
* **the post put to someone named**: "Our director put the Front-of-House Manager position to
  Fiachra Loughnane, who accepted this morning" (never to the reader, nor a question put);
* **the reader's name off the list**: "so your name stays off this list" (a public employer's
  referral);
* **the reader's application let go**: "yours is one we're letting go at this stage";
* **every application shut, the reader's among them**: "All open applications on it, yours
  among them, are now shut";
* **kin taking the work**, told as what they will do: "My brother-in-law's been laid off at the
  quarry and he'll do Saturdays on the cheese van with me" (never with the reader in it).

Like every outcome reading (rejectwatch.model.plain_outcomes appends them), none is read in a
conditional, still-to-come or quoted sentence; the readings whose own "will" is no condition are
OWN_WORDS (rejectwatch.model.negation reads around them).
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_casual import _A
from rejectwatch.model.others_starting import _KIN_FOUND, _TITLED, CLAUSE_ENDS
from rejectwatch.model.prefilter import readings

__all__ = ["OWN_WORDS", "READINGS"]

# where a clause starts: the sentence's start, or after a comma, a colon, a semicolon or a dash
_CLAUSE_START = r"(?:^|(?<=\n)|(?<=[,:;\u2014\u2013] )|(?<= - ))"
# someone who got the nod ("an engineer already in charge of their dryers got the nod")
_GOT_THE_NOD = re.compile(
    _CLAUSE_START + r"(?:an?|another|the other|one|someone|somebody|two|three|their|our) "
    r"(?:(?!you\b|your\b)[^.!?\n,;:]){0,80}?\b(?:got|gets|has got|had got|was given|has been "
    r"given|received) the nod\b(?! (?:to|for) (?:an? |the )?(?:interview|call|chat|next|second|"
    r"final|assessment|trial)\b)"
)
# the post put to someone named ("Our director put the Front-of-House Manager position to
# Fiachra Loughnane, who accepted this morning")
_PUT_TO = re.compile(
    r"\b(?:we|they|i|(?:the|our) (?:[a-z\-]+ )?(?:director|board|committee|panel|owners?|"
    r"trustees|manager|team|client|partners|chair|boss|founder|producer))(?:" + _A + r"ve| have| "
    r"has| had)? put (?:the|our|this|that) (?:[a-z\-]+ ){0,4}?(?:post|position|role|job|vacancy|"
    r"offer|place|contract) to " + _TITLED + r"(?:,? (?:who|and (?:she|he|they))(?: has| have)? "
    r"(?:accepted|said yes|agreed|took it)\b|" + CLAUSE_ENDS + r")"
)
# the reader's name off the list ("so your name stays off this list")
_NAME_OFF = re.compile(
    r"\byour name (?:stays|remains|is|was|has been|has stayed|has remained|is being kept|is "
    r"kept|was kept|was left|has been left|is left) off (?:this|the|that|our|its) (?:[a-z\-]+ )?"
    r"(?:list|shortlist|register|roster|certificate|referral)\b"
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

_READ_OWN = readings(("chose_other", _KIN_WILL_DO))
OWN_WORDS = tuple(pattern for _, _, pattern in _READ_OWN)
READINGS = _READ_OWN + readings(
    ("chose_other", _GOT_THE_NOD),
    ("chose_other", _PUT_TO),
    ("reader_out", _NAME_OFF),
    ("reader_out", _LET_GO),
    ("reader_out", _ALL_SHUT),
)
