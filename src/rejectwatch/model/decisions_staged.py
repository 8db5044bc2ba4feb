"""Refusals written-37 left unread, in their general forms (issue 11, twenty-sixth pass,
part F): a scheme's stage, a public service's list, a candidacy closed, a post taken.

Each form is written here in several wordings and sectors, never for one message:

* **not progressing to the next or final stage**: "you are not progressing to the final stage
  of the trainee scheme", "you're not advancing to the next round", results "not strong enough
  for you to go on to the final round", "you missed the list of those moving on", a score that
  "places you below the cut-off" (never "you are now progressing", never "candidates not
  progressing …", a rule about others);
* **an employer that did not rank the reader**: "Harbour Engineering did not rank you for the
  summer placement" (never "has not ranked you yet");
* **a candidacy concluded or standing rejected**: "your candidacy for the analyst class has now
  concluded", "the candidature you submitted for Junior Engineer stands rejected" (never "once
  your candidacy has concluded", never "concluded its first stage");
* **ineligible for the post**: "you are ineligible for this vacancy", "you are not eligible for
  this announcement" (never a bursary, an allowance or a fee of the programme's);
* **not recommended**: "you are not recommended for appointment or for the order of merit",
  "you have not been recommended for a position" (never "you are recommended");
* **not on the list of those selected**: "your registration number is not in the list of
  candidates selected for the technical round", "your name does not appear among those
  shortlisted for interview" (never "is in the list", never "… yet");
* **an internal appointment to the post**: "the regional director has approved an internal
  appointment to the branch manager role" (never an internal appointment process, never one
  for the reader).

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_crewed import _NOT_AFTER_IF
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_A = r"['\u2019]"
# a stage of a scheme or a process
_STAGE = (
    r"(?:the |our |this year" + _A + r"s )?(?:next|final|last|following|second|third|"
    r"assessment|interview|technical) (?:stage|round|phase|step|part|panel)s?\b"
    # (twenty-sixth pass, part K2: never a cup's or a league's round)
    r"(?![^.!?\n]*\b(?:cup|tournament|league|match|quiz|championships?|trophy|play-?offs?)\b)"
)
_NOT_ONWARD = re.compile(
    _NOT_AFTER_IF + r"(?<!\bwhether )\byou(?:" + _A + r"re| are| were)(?: not|n" + _A + r"t) "
    r"(?:progressing|advancing|proceeding|moving (?:on|forward|ahead)|going (?:on|through|"
    r"forward)) (?:on |forward |through )?(?:to|into) " + _STAGE
    + r"|\b(?:not|n" + _A + r"t) (?:high|strong|good) enough for you to (?:go|move|progress|"
    r"proceed|advance)(?: on| through| forward)? to " + _STAGE
    + r"|" + _NOT_AFTER_IF + r"\byou (?:missed|just missed) the (?:list|cut) of those "
    r"(?:moving|going|selected|invited|called|progressing)\b"
    + r"|\b(?:placed|places|puts|put|leaves|left) you (?:outside|below|beneath) (?:the )?"
    r"(?:number of places|places available|cut-?off|pass mark|threshold|quota)\b"
)  # fmt: skip
_NOT_RANKED = re.compile(
    _NOT_AFTER_IF + r"\b(?:did not|didn" + _A + r"t|has not|hasn" + _A + r"t|have not|haven"
    + _A + r"t) rank(?:ed)? you\b(?! (?:yet|so far|at this (?:point|stage)|higher|lower|first)\b)"
    + r"(?![^.!?\n]*\byet\b)"
    + r"(?![^.!?\n]*\b(?:top \w+|table|leaderboard|league|division|playing|players?)\b)"
)  # fmt: skip
_CANDIDACY_ENDED = re.compile(
    _NOT_AFTER_IF + r"\byour (?:candidacy|candidature)(?: for (?:the |a |an |this )?"
    r"(?:[\w\-]+ ){0,3}?[\w\-]+)? (?:has|had) (?:now )?(?:concluded|ended|come to an end)\b"
    r"(?! (?:its|the|with|in|at|successfully)\b)"
    + r"|\b(?:your )?(?:candidacy|candidature)(?: (?:you|that you) (?:submitted|made|lodged|"
    r"filed))?(?: for (?:the (?:post|position) of )?(?:[\w\-()]+ ){0,3}?[\w\-()]+)? "
    r"(?:stands|is hereby|has been|is) (?:rejected|cancell?ed|not accepted)\b"
)  # fmt: skip
_POST = (
    r"(?:announcement|vacancy|post|position|role|competition|programme|program|scheme|intake|"
    r"job|opening|appointment|recruitment)"
)
_INELIGIBLE = re.compile(
    _NOT_AFTER_IF + r"(?<!\bwhether )\byou (?:are|were) (?:ineligible|not eligible) for "
    r"(?:this|the) " + _POST + r"\b(?!" + _A + r"s\b)(?! (?:bursary|allowance|grant|discount|"
    r"benefit|fee|waiver|relocation|travel|loan|scholarship)\b)"
    + r"(?![^.!?\n]*\b(?:offers?|income|prize|draw|as an? (?:employee|member of staff|"
    r"staff member))\b)"
)  # fmt: skip
_NOT_RECOMMENDED = re.compile(
    _NOT_AFTER_IF + r"\byou (?:are|were|have) not (?:been )?recommended(?: by the [\w\-]+)? "
    r"for (?:a |the |an |any |inclusion in the )?(?:role|position|post|appointment|job|vacancy|"
    r"engagement|merit pool|merit list|order of merit)\b"
)  # fmt: skip
_NOT_LISTED = re.compile(
    _NOT_AFTER_IF + r"\byour (?:name|roll number|registration number|application number|"
    r"candidate number) (?:is not|isn" + _A + r"t|does not (?:appear|feature)|doesn" + _A
    + r"t (?:appear|feature)) (?:in|on|among) (?:the (?:list|roll|panel) of )?(?:the )?"
    r"(?:students|candidates|applicants|those|names) (?:[\w\-]+ )?(?:selected|shortlisted|"
    r"successful|called|invited|chosen|moving|going|recommended)\b(?![^.!?\n]*\byet\b)"
    # (twenty-sixth pass, part K2: never a county side's, a choir's or a tournament's list)
    r"(?![^.!?\n]*\b(?:county|squad|match|tournament|fixture|choir|orchestra)\b)"
)  # fmt: skip
_INTERNAL_APPOINTMENT = re.compile(
    _NOT_AFTER_IF + r"\b(?:has|have|had) (?:since )?(?:signed off|approved|made|confirmed|"
    r"agreed) an internal appointment (?:to|for|in) (?:the|this|our) (?:[\w\-]+ ){0,3}?"
    r"(?:post|role|position|job|vacancy)\b"
)  # fmt: skip

READINGS = readings(
    ("reader_out", _NOT_ONWARD),
    ("reader_out", _NOT_RANKED),
    ("reader_out", _CANDIDACY_ENDED),
    ("reader_out", _INELIGIBLE),
    ("reader_out", _NOT_RECOMMENDED),
    ("reader_out", _NOT_LISTED),
    ("role_gone", _INTERNAL_APPOINTMENT),
)
