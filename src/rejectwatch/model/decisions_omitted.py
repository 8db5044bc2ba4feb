"""Outcomes told in shapes no reading held (issue 11, sixty-fourth pass, third round: read slices
183 and 184's misses). Each form is written here in several wordings, never for one message:

* **the reader's name omitted from a list**: "Your name is therefore omitted from the list",
  "your details have been left off the merit list";
* **no more hires for the season**: "Potashburning demonstrator roster for summer is full; no
  more hires this season" (the roster alone is no decision: a staff rota fills too);
* **hiring wrapped up without the reader**: "harvest hiring's wrapped up, without you this time";
* **the offer heading to a different applicant**: "the offer is heading to a different
  applicant";
* **the reader's candidacy closing, "here" before its verb**: "so your candidacy here closes",
  or "this" application after "so": "so this application closes".

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_dropped import NOT_FOR_NOW
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_OMITTED = re.compile(
    r"\byour (?:name|application|details|entry|file|cv|candidacy) (?:is|was|has been|have been|"
    r"are|were)(?: therefore| thus| so| now| accordingly| sadly)? (?:omitted|left off|dropped|"
    r"removed|excluded|struck|taken off) (?:from|off) (?:the|our|this) (?:[a-z\-]+ )?(?:list|"
    r"shortlist|roster|panel|register|pool|order of merit)\b" + NOT_FOR_NOW
)
# (never a roster alone: "Our weekend roster is now full. Please pick another shift" is a rota's)
_ROSTER_FULL = re.compile(
    r"\bno more (?:hires|hiring|places|spots|openings|vacancies|positions|taking on) (?:this|for "
    r"the|for this) (?:season|year|summer|winter|spring|autumn|fall|round|intake|harvest)\b"
)
_WRAPPED_UP_WITHOUT_YOU = re.compile(
    r"\b(?:wrapped up|done|finished|complete|completed|closed|sorted|settled|filled|over)(?: up)?"
    r",? without you\b"
)
_OFFER_HEADING = re.compile(
    r"\bthe (?:offer|job|post|role|position|place|spot|contract) is (?:heading|headed|off) (?:to|"
    r"for) (?:a different (?:applicant|candidate|person|finalist)|another (?:applicant|candidate|"
    r"person|finalist)|someone else|somebody else)\b"
)
_CANDIDACY_HERE_CLOSES = re.compile(
    r"\byour (?:candidacy|application|candidature|file|submission)(?: here| with us| at this "
    r"(?:stage|point))?"
    # (sixty-fifth pass: or the post named between, "With this notice your application for
    # vacancy 14960 closes", two council notices, slice 189; or the notice after the verb)
    r"(?: for (?:vacancy|the|this|our|post|role|position|job|requisition|ref\w*)\b"
    r"[^.;!?\n]{0,40}?)?"
    r" (?:closes|ends|stops|finishes|concludes|halts)(?: (?:with|by) (?:this|the present) "
    r"(?:notice|letter|e-?mail|message|note))?(?=[ \t]*(?:[.;!\n]|$))"
    # (fourth round: or "this" or "the" application after "so", "… shortlisted from 31 upwards, so
    # this application closes", slice 186; once decisions_does_without's)
    r"|\bso (?:this|the) (?:application|candidacy|candidature|submission) (?:closes|ends|stops)"
    r"(?=[ \t]*(?:[.;!\n]|$))"
)

READINGS = readings(
    ("reader_out", _OMITTED),
    ("role_gone", _ROSTER_FULL),
    ("reader_out", _WRAPPED_UP_WITHOUT_YOU),
    ("chose_other", _OFFER_HEADING),
    ("reader_out", _CANDIDACY_HERE_CLOSES),
)
