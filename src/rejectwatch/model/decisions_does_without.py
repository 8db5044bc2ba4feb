"""Outcomes told in shapes no reading held (issue 11, sixty-fourth pass, fourth round: read slices
185 and 186's misses). Each form is written here in several wordings, never for one message:

* **a list that does without the reader**: "the Counter Butcher shortlist does without your
  name", "the final list went without you";
* **the reader's profile put on the reject side**: "client has put your profile for Sales
  Coordinator on the reject side";
* **a Caribbean "so is dem we tek"**: the others are the ones taken;
* **an existing staffer winning the post**: "An existing Ballygunge Dental Care staffer won the
  Front Desk Executive vacancy";
* **the search ending, "as does your application"**: "The search ends there, as does your
  application";
* **the reader's application sitting outside the places**: "Yours was read, but it sits outside
  the two dozen";
* **the reader's part in the competition ending**: "Your part in this competition ends";
* **every place taken, none left for the reader**: "Every student attachment placement for the
  coming term is taken; none remains for you with us";
* **the reader off the roster**: "You're off the roster this fall" (never off the hook, off
  duty or off sick, nor a bare "list": "you're off the list now" confirms a withdrawal);
* **a crew set or completed with others**: "October's crew is set with folks who've worn our
  waders before", "Our lichenscraping crew has been completed";
* (**"so this application closes"**, after a result, is read with its twin in
  decisions_omitted);
* **a status that now reads "Inactive"**: "Courier Driver (ID 58128): its status now reads
  Inactive" (never an alert's or a subscription's).

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_casual import _A
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_LIST_WITHOUT_YOU = re.compile(
    r"\b(?:shortlist|short-list|list|panel|selection|line-?up|roster|rota|cohort|squad|cast)\b"
    r"[^.;!?\n]{0,20}? (?:does|did|will do|goes|went|has gone|will go|is going) without "
    r"(?:your name|you|yours|your application)\b"
)
_REJECT_SIDE = re.compile(
    r"\b(?:put|placed|moved|kept|has put|have put) your (?:profile|cv|application|candidacy|"
    r"resume|résumé)(?: for [^.;!?\n]{1,40}?)? (?:on|in|to|into) the (?:reject|rejected|"
    r"rejection|no|"
    r"declined?|regret) (?:side|pile|list|bucket|column|stack|folder)\b"
)
_IS_DEM_WE_TEK = re.compile(
    r"\b(?:so )?(?:is|it" + _A + r"s|a) (?:dem|them|those|dose|odders|others|dem odder|the "
    r"others) (?:we|dey|they|de boss|di boss) (?:tek|take|took|pick|picked|choose|chose|go with|"
    r"went with)\b"
)
_STAFFER_WON = re.compile(
    r"\b(?:an? )?(?:existing|internal|current|in-house|serving) (?:[a-z\-&]+ ){0,4}?(?:staffer|"
    r"employee|colleague|candidate|applicant|member of (?:staff|the team)|team member) (?:won|got|"
    r"took|landed|secured|has won|has taken|has secured)\b"
)
_AS_DOES_YOURS = re.compile(
    r"\b(?:ends|stops|closes|finishes|concludes) (?:there|here|now|at that point),? as does "
    r"(?:your "
    r"(?:application|candidacy|candidature|file)|yours)\b"
)
_OUTSIDE_THE_PLACES = re.compile(
    r"\b(?:it|yours|your (?:application|entry|score|form|submission|candidacy)) (?:sits|sat|falls|"
    r"fell|lies|lay|is|was|came|ranks|ranked|finished|finishes) (?:just )?outside (?:the|our) "
    r"(?:top |final |first )?(?:[a-z0-9\-]+ ){0,2}?(?:dozen|places|seats|spots|list|cut|"
    r"shortlist|group|cohort|intake|score|scores|\d+|[a-z]+(?:ty|teen)|ten|hundred)\b"
)
_YOUR_PART_ENDS = re.compile(
    r"\byour (?:part|involvement|participation|place|run) in (?:this|the) (?:[a-z\-]+ )?"
    r"(?:competition|process|"
    r"campaign|recruitment|selection|exercise|round|scheme) (?:ends|is over|has ended|stops|closes|"
    r"finishes|concludes)\b" + r"(?! (?:when|once|if|on|at|after)\b)"
)
_NONE_LEFT_FOR_YOU = re.compile(
    r"\bnone (?:remains|is left|left|remain|is available|are left) for you\b(?! to\b)"
)
# (a word naming the kind of place first: never "every place on the coach is taken")
_EVERY_PLACE_TAKEN = re.compile(
    r"\bevery (?:[a-z\-]+ ){1,4}?(?:placement|place|seat|spot|slot|post|position|role|berth)"
    r"(?: for [^.;!?\n]{0,40}?)? (?:is|was|has been) (?:now |already )?(?:taken|filled|gone)\b"
)
_OFF_THE_ROSTER = re.compile(
    r"\byou(?:" + _A + r"re| are| were|" + _A + r"ve been| have been) (?:now )?off the (?:roster|"
    r"rota|shortlist|team sheet|crew list|squad|schedule)\b"
)
_CREW_SET = re.compile(
    r"\b(?:crew|team|roster|line-?up|squad|gang) (?:is|was|has been) (?:now |already )?(?:set|"
    r"settled|picked|chosen|made up|completed|filled)(?: (?:with|from) (?:folks|people|hands|"
    r"pickers|workers|regulars|returners|those|ones)\b|(?=[ \t]*(?:[.;!\n]|$)))"
)
# (a bare "Inactive" is no refusal value of every status line: a job alert's subscription shows
# it too, "Status: Inactive / Your job alert subscription is paused")
_NOW_READS_INACTIVE = re.compile(
    r"(?<!alert )(?<!alerts )(?<!subscription )(?<!account )\bstatus now (?:reads|shows|says) "
    r"[\"\u201c']?inactive\b"
)

READINGS = readings(
    ("reader_out", _LIST_WITHOUT_YOU),
    ("reader_out", _REJECT_SIDE),
    ("chose_other", _IS_DEM_WE_TEK),
    ("chose_other", _STAFFER_WON),
    ("reader_out", _AS_DOES_YOURS),
    ("reader_out", _OUTSIDE_THE_PLACES),
    ("reader_out", _YOUR_PART_ENDS),
    ("reader_out", _NONE_LEFT_FOR_YOU),
    ("role_gone", _EVERY_PLACE_TAKEN),
    ("reader_out", _OFF_THE_ROSTER),
    ("role_gone", _CREW_SET),
    ("reader_out", _NOW_READS_INACTIVE),
)
