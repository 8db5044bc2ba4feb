"""Outcomes told in shapes no reading held (issue 11, sixty-fifth pass, fourth round: read slices
195 and 196's misses). Each form is written here in several wordings, never for one message:

* **others who carry on or move forward**: "Your Branch Executive application was reviewed;
  others carry on from here", "after careful review, others move forward";
* **other people pursued**: "we're pursuing other folks right now";
* **others with more, which swung it**: "Others had more glasshouse hours under their belts,
  which swung it";
* **a crew settled, so the reader's profile goes on a list**: "Our crew for Deckhand is settled,
  so your profile goes to the standby list";
* **the reader's rank below the band passed up**: "Only top-ranked names were passed up to the
  hiring official; yours ranked below that band" (and, from the sixty-sixth pass, "only the
  top-ranked band was sent to the selecting official, and you ranked below it");
* **a panel's present-tense pick of someone named**: "The hiring group pick Sharmaine Callwood
  for Store Manager";
* **people with closer histories taken on**: "Two people had histories a shade closer to the
  night-shift end of Night Team Lead; we're taking them on".

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_casual import _A
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_OTHERS_CARRY_ON = re.compile(
    # (after the reader's own application or a review, never a rule's "others go on")
    r"(?:\byour\b[^.!?\n;:]{0,80}?|\bafter (?:a |the )?(?:careful |close )?(?:review|look|"
    r"consideration)\b[^.!?\n;:]{0,20}?)[;,:] ?"
    r"others (?:carry on|go on|move on|continue|progress|advance|go forward|move forward|go "
    r"through)(?: from here| to (?:the )?(?:next|interview|final)(?: [a-z\-]+){0,2})?"
    r"(?=[ \t]*(?:[.;!\n]|$))"
)
_PURSUING_OTHERS = re.compile(
    r"\b(?:pursuing|progressing|going with|moving ahead with) other (?:folks|people|applicants|"
    r"candidates|profiles|finalists)\b"
)
_MORE_SWUNG_IT = re.compile(
    r"\bothers had more [^.!?\n]{1,60}?(?:, )?(?:which|that|and that|and it) (?:swung|tipped|"
    r"decided|clinched|settled) it\b"
)
_CREW_SETTLED = re.compile(
    r"\b(?:crew|team|line-?up|roster|cast|squad|intake|cohort)\b(?: for [a-z\- ]{1,40}?)? (?:is|"
    r"are|has been|was) (?:settled|set|complete|finalised|finalized|filled)\b"
    r"(?=[^.!?\n]{0,20}\bso (?:your|you)\b)"
)
_YOURS_BELOW_THE_BAND = re.compile(
    r"\b(?:yours|your (?:name|score|rank|ranking|application|mark)) (?:ranked|sat|fell|came|"
    r"scored|placed|landed|was) (?:just )?(?:below|under|beneath) (?:that|the|this) "
    r"(?:band|line|cut|cut-?off|threshold|mark|tier)\b"
    # (never another round's, "fell below that line last year, but this time you are through")
    r"(?![^.!?\n]{0,20}\b(?:last|previous) (?:year|time|round)\b)"
    # (sixty-sixth pass: or the band named first and the reader below it, "only the top-ranked
    # band was sent to the selecting official, and you ranked below it", slice 199)
    + r"|\b(?:only|just) the (?:[a-z\-]+ ){0,2}?(?:band|group|names|tier|candidates|applicants|"
    r"list|scorers|ones)\b[^.!?\n]{0,80}?[;,] (?:and |but )?you (?:ranked|placed|scored|came|"
    r"fell|sat|landed|were) (?:just )?(?:below|under|outside|beneath) (?:it|them|that|this)\b"
)
_PANEL_PICKS_NAMED = re.compile(
    r"\b(?:group|panel|board|team|committee|directors|founders|owners) (?:pick|picks|choose|"
    r"chooses|select|selects|settle on|settles on) [a-z][a-z"
    + _A[1:-1]
    + r"\-]+ [a-z][a-z"
    + _A[1:-1]
    + r"\-]+ for (?:the )?(?:[a-z\-]+ ){0,3}?[a-z\-]+[;,.]"
)
_CLOSER_TAKEN_ON = re.compile(
    r"\b(?:two|three|four|a few|several|other) (?:people|applicants|candidates|finalists) had "
    r"[^.!?\n]{1,60}? closer to\b[^.!?\n]{0,80}?[;,] (?:so )?we(?:" + _A + r"re| are) (?:taking|"
    r"bringing) (?:them|those) on\b"
)

READINGS = readings(
    ("chose_other", _OTHERS_CARRY_ON),
    ("chose_other", _PURSUING_OTHERS),
    ("chose_other", _MORE_SWUNG_IT),
    ("role_gone", _CREW_SETTLED),
    ("reader_out", _YOURS_BELOW_THE_BAND),
    ("chose_other", _PANEL_PICKS_NAMED),
    ("chose_other", _CLOSER_TAKEN_ON),
)
