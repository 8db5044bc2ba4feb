"""Outcomes told in shapes no reading held (issue 11, sixty-third pass, second round: read slices
171 and 172's misses). Each form is written here in several wordings, never for one message:

* **the post held or taken by another, the post named first**: "The cattlegridwelding vacancy is
  now held by a Bolgatanga yard welder", "Horsebrassing workshop post: taken by an applicant with
  foundry time" (never held by the reader, nor a meeting or a room held);
* **not offering the reader a post named by its title**: "Regrettably Suame Axle Works cannot
  offer you Workshop Foreman" (the title's head word ends the sentence: never "cannot offer you
  parking", "a refund", "a later slot");
* **a Caribbean "we pick a youth from Black River"**: someone picked, named by who they are and
  where from (never "we pick you", never a thing picked up);
* **the reader's application left there**: "we'll be leaving yours there this time", "we're
  leaving your application there";
* **the file shut**: "your file for it has been shut".

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_casual import _A
from rejectwatch.model.decisions_seats_given import _ROLE_HEAD
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_SOMEONE = (
    r"(?:a|an|another|one of|someone|somebody|one|two|three|the other)\b(?! (?:meeting|call|"
    r"booking|room|event|session|interview|viewing)\b)"
)
# the post named first, ending on a post's word or a role's head word (never a record, a room,
# a title won in a race)
_THE_POST = (
    r"(?:^|(?<=\n)|(?<=[.;:!?] )|(?<=, ))(?:the |this |that |our )?(?:[a-z\-&]+ ){0,4}?"
    # (sixty-fourth pass: or a workshop's bench, "The conchpolishing bench is taken by an islander
    # with years at it", slice 179)
    r"(?:vacancy|post|role|position|job|opening|berth|apprenticeship|internship|traineeship|"
    r"bench|" + _ROLE_HEAD[3:-1] + r"|foreman|chargehand)(?: \([^()\n]{1,30}\))?"
)
_HELD_BY = re.compile(
    _THE_POST
    + r" (?:is|was|has been) (?:now |already )?(?:held|filled|occupied|taken) by "
    + _SOMEONE
    + r"|" + _THE_POST + r"(?::| -| \u2013| \u2014)? (?:now |already )?taken by (?:a|an|another|"
    r"one of|someone|somebody|the other) (?:[a-z\-]+ ){0,2}?(?:applicant|candidate|person|local|"
    r"lad|lass|woman|man|worker|hand|welder|fitter|smith|colleague|apprentice|trainee|[a-z\-]+er)"
    r"\b"
)  # fmt: skip
_NOT_OFFERING_THE_TITLE = re.compile(
    r"\b(?:cannot|can"
    + _A
    + r"t|can not|is unable to|are unable to|will not be able to|won"
    + _A
    + r"t be able to) offer you "
    r"(?!(?:a|an|the|any|more|much|our|this|that|these|those|your)\b)"
    r"(?:[a-z\-&]+ ){0,4}?(?:" + _ROLE_HEAD[3:-1] + r"|foreman|forewoman|chargehand|"
    r"superintendent)"
    r"(?= *(?:[.!;\n]|$|,? (?:this time|at this time|on this occasion|sorry|i" + _A + r"m afraid)))"
)
_WE_PICK_ONE = re.compile(
    r"\b(?:we|dem|they|(?:the|de|di) (?:boss|owner|hotel|yard|company|firm|farm|shop|manager|"
    r"panel)) "
    r"(?:pick|picked|done pick|choose|chose|tek|took) (?:a|one|a next|another) "
    r"(?:[a-z\-]+ )?(?:youth|yout|man|woman|lady|lad|gyal|girl|bwoy|boy|fellow|fella|person|"
    r"somebody|someone|one) (?:from|who|that|wid|with|dat|out of)\b"
)
_LEFT_THERE = re.compile(
    r"\b(?:we" + _A + r"ll|we will|we" + _A + r"re|we are|we" + _A + r"re going to|we have to|"
    r"we must|i" + _A + r"ll|i will|i" + _A + r"m)(?: be)? (?:leaving|leave) (?:yours|your "
    r"(?:application|candidacy|candidature|form|file|cv))(?: for [^.!?\n]{1,40}?)? there\b"
    r"(?! (?:until|till|for now|while|pending)\b)"
)
_FILE_SHUT = re.compile(
    r"\byour (?:file|application|candidacy|candidature|form)(?: for [^.!?\n]{1,40}?)? (?:has "
    r"(?:now )?been|was|is now|is|got) shut\b(?! (?:until|till|for now|while|by mistake)\b)"
)

READINGS = readings(
    ("chose_other", _HELD_BY),
    ("reader_out", _NOT_OFFERING_THE_TITLE),
    ("chose_other", _WE_PICK_ONE),
    ("reader_out", _LEFT_THERE),
    ("reader_out", _FILE_SHUT),
)
