"""Outcomes told in shapes no reading held (issue 11, sixty-third pass, fourth round: read slices
175 and 176's misses). Each form is written here in several wordings, never for one message:

* **a list made without the reader's name**: "the shortlist was drawn up minus your name",
  "selectors finalised the cohort list, leaving your name off it" (never a mailing list, never a
  name left off by mistake);
* **the application by its pronoun not picked**: "I'm afraid it wasn't picked for interview";
* **the stage where the candidacy halts**: "this round is where your candidacy halts";
* **moving with another person**: "they are moving with another person for the logistics officer
  role";
* **a bare "Ineligible" with its reason**: "Ineligible, as the domicile certificate is absent."

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_casual import _A
from rejectwatch.model.decisions_elsewhere import NOT_BY_MISTAKE
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_LIST_WITHOUT_YOU = re.compile(
    r"\b(?:list|shortlist|roster|register|certificate)\b[^.!?\n]{0,30}? (?:was|were|has been|"
    r"is|got) (?:drawn up|made|compiled|finali[sz]ed|set|settled|closed) (?:minus|without) your "
    r"name\b" + NOT_BY_MISTAKE
    + r"|\b(?:list|shortlist|roster|register|certificate)\b[^.!?\n]{0,20}?,? (?:leaving|which "
    r"left|and left|that left) your name (?:off|out)(?: of)? (?:it|the list|the shortlist)?\b"
    + NOT_BY_MISTAKE
)  # fmt: skip
_IT_NOT_PICKED = re.compile(
    r"(?<!if )(?<!whether )\b(?:it|yours) (?:was not|wasn" + _A + r"t|has not been|hasn" + _A
    + r"t been) (?:picked|chosen|selected|shortlisted|put forward) for (?:an? |the )?interview\b"
)  # fmt: skip
_WHERE_IT_HALTS = re.compile(
    r"\b(?:this|that) (?:round|stage|point|step) is where your (?:candidacy|application|"
    r"candidature|journey|file) (?:halts|stops|ends|closes|finishes)\b"
)
_MOVING_WITH_ANOTHER = re.compile(
    r"\b(?:are|is|were|was|we" + _A + r"re|they" + _A + r"re) (?:now )?moving with (?:another|a "
    r"different|the other|one other) (?:person|candidate|applicant|finalist|profile)\b"
    r"(?!['\u2019]s\b)"
)
_BARE_INELIGIBLE = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?] ))ineligible(?:,| -| \u2013| \u2014|:)? (?:as|because|since|due to|"
    r"owing to|for want of|for lack of)\b"
)

READINGS = readings(
    ("reader_out", _LIST_WITHOUT_YOU),
    ("reader_out", _IT_NOT_PICKED),
    ("reader_out", _WHERE_IT_HALTS),
    ("chose_other", _MOVING_WITH_ANOTHER),
    ("reader_out", _BARE_INELIGIBLE),
)
