"""English refusals written-34 left unread (issue 11, twenty-fifth pass, part H), in their
general forms:

* **someone named chosen or landed on, who has done the job or starts soon** (a person's reply
  in a thread after an interview): "We've landed on Mitch, who's done a few shutdowns on our
  site before, and he starts next month", "the board made its selection and chose Kerwin, who
  has acted in the post for the past year", "we went with Priya in the end, who has run a pass
  before" (never with the reader after it, "who will be your mentor", "to show you around";
  never a date, a suggestion or a supplier, "which"; never a chair, a host or a panel; never
  news, "we are pleased to announce that the board has appointed", "as its new chief");
* **an application that stands regretted** (South Asian and East African usage): "your
  candidature stands regretted", "your application has been regretted", "the committee has
  regretted your candidature" (never "approved" or "shortlisted", never a condition);
* **a bid, candidature or nomination for a post that was unsuccessful**: "your bid for the Ward
  Administrator position was unsuccessful" (the nouns the plain outcome readings do not hold);
* **an application not considered because it came late**: "the municipality did not consider
  your application because it arrived after the advertised closing date", "your application
  was not considered as it was received after the closing date", "your application arrived
  after the closing date and so could not be considered" (never a rule for late applications,
  "late applications will not be accepted", which rejectwatch.model.rules_ahead reads as one).

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_crewed import _NOT_AFTER_IF
from rejectwatch.model.decisions_unshortlisted import _NO_CONDITION_AFTER
from rejectwatch.model.prefilter import readings

__all__ = ["OWN_WORDS", "READINGS"]

_A = r"['\u2019]"
# no condition still ahead in the rest of the clause (the named one's own "before", "who's done
# a few shutdowns on our site before", is no choice still to come: OWN_WORDS)
_NOT_AHEAD = (
    r"(?!(?:(?! - )[^.!?\n,;\u2013\u2014])*?\b(?:yet|until|unless|if|once|whether|so far|"
    r"temporarily)\b)"
)
# no word of the reader in the rest of the sentence ("who will be your mentor", "to show you
# around"), nor a role at the reader's meeting ("who chairs the panel", "to host the day")
_NOT_FOR_THE_READER = (
    r"(?![^.!?\n]*\b(?:you|your|yours|chair|chairs|chairing|panel|interview|host|hosts|mentor|"
    r"buddy|meet|introduce|contact|guide|onboarding|induction)\b)"
    # nor news of an appointment ("... as its new chief executive", "as chair")
    r"(?![^.!?\n]*\bas (?:(?:its|our|the|their) )?(?:new |next |interim |acting )?(?:chief|ceo|"
    r"cfo|coo|chair|chairman|chairwoman|chairperson|president|vice|director|head|dean|editor|"
    r"trustee|governor|member|patron|ambassador)\b)"
)
# the chooser: the sender, or a board, a panel, a school, a client (never the reader)
_CHOOSER = (
    _NOT_AFTER_IF
    + r"(?<!\bannounce )(?<!\bannounce that )(?<!\bannounces that )(?<!\bannouncing that )"
    r"\b(?:we|i|they|the (?:board|panel|committee|team|client|owners?|partners|"
    r"directors|company|firm|school|hospital|practice|office|crew|site|department|ministry|"
    r"council|agency|hiring manager|manager|principal|head))\b"
    r"(?:(?!\byou|\b(?:if|unless|until|whether|once|when|might|may|would|will|pleased|"
    r"delighted|proud|excited|thrilled|happy|announce|announces|announcing)\b)[^.!?\n]){0,60}?"
)
# a name (one or two words), not a pronoun, an article, a thing or a time
_NAME = (
    r"(?!(?:you|your|the|a|an|our|this|that|these|those|it|its|him|her|them|us|me|one|what|"
    r"which|some|any|all|both|each|either|up|out|off|on|in|to|for|from|by|with|option|plan|"
    r"idea|approach|suggestion|date|time|day|venue|quote|supplier|vendor|design|version|"
    r"proposal|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next|another|someone|"
    r"somebody|other)\b)"
    r"(?:(?:mr|mrs|ms|miss|dr)\.? )?[a-z][a-z\-" + _A[1:-1] + r"]+(?: [a-z][a-z\-]+)?"
)
# ... who has done the job, or starts soon
_WHO_DID = (
    r"(?: in the end| after all)?,? (?:who(?:" + _A + r"s|" + _A + r"d| has| had| is| was)"
    r"(?: already| also| been)? (?:done|run|acted|covered|taught|worked|held|led|managed|"
    r"served|been|filled|driven|built|done|handled|started|joined|accepted|got|brings|"
    r"more|the)\b|(?:and|who|so) (?:he|she|they)?(?: )?(?:starts|start|joins|join|begins|"
    r"will start|will join|will begin|is starting|are starting|has accepted|have accepted|"
    r"accepted)\b)"
)
_CHOSE_NAMED = re.compile(
    _CHOOSER
    + r"(?:" + _A + r"ve |" + _A + r"d | have | has | had |\b)?(?:landed on|settled on|gone "
    r"with|went with|chose|chosen|picked|selected|appointed|decided on|opted for) "
    + _NAME + _WHO_DID + _NOT_FOR_THE_READER + _NOT_AHEAD
)  # fmt: skip
# an application that stands, or has been, regretted; or the sender has regretted it
_APPLICATION = r"(?:application|candidature|candidacy|nomination|bid|cv|profile|submission)"
_REGRETTED = re.compile(
    r"\byour (?:[\w\-]+ )?" + _APPLICATION + r"\b[^.!?\n]{0,80}?\b(?:stands|has been|have been|"
    r"is|was|remains|stood|has hereby been|is hereby)(?: hereby| now| therefore)? regretted\b"
    + _NO_CONDITION_AFTER
    + r"|\b(?:we|i|the (?:[\w\-]+ )?(?:committee|board|panel|management|company|bank|"
    r"department))(?:" + _A + r"ve| have| has)? regretted your (?:[\w\-]+ )?" + _APPLICATION
    + r"\b"
)  # fmt: skip
# a bid, candidature or nomination for a post that was unsuccessful (a post named: never a
# tender's "your bid for lot 2 was unsuccessful")
_BID_UNSUCCESSFUL = re.compile(
    r"\byour (?:bid|candidature|candidacy|nomination|expression of interest) (?:for|to join) "
    r"[^.!?\n]{0,60}?(?<!\bgas )(?<!\bpower )(?<!\boil )(?<!\bpipeline )(?<!\bcrude )"
    r"(?<!\btrading )(?<!\bfutures )(?<!\bswap )(?<!\blong )(?<!\bshort )"
    r"\b(?:post|position|role|job|vacancy|appointment|team|internship|"
    r"traineeship|fellowship|apprenticeship|graduate scheme)\b[^.!?\n]{0,30}?"
    r"(?:was|has been|is|were|have been) (?:unsuccessful|not successful)\b"
    + _NO_CONDITION_AFTER
    # (never a trader's bid for a position, nor a volunteer's for a charity team)
    + r"(?<!\bteam was unsuccessful)(?<!\bteam was not successful)"
    r"(?![^.!?\n]*\b(?:market|markets|price|prices|offer|lifted|traded|counterparty|volunteer\w*)\b)"
)
# ... not considered because it came late
_LATE = (
    r"\b(?:because|as|since|given that)\b(?: it| this)?[^.!?\n]{0,20}?\b(?:arrived|was received|"
    r"came in|came|was submitted|reached us|was sent|got to us|was lodged)\b[^.!?\n]{0,30}?"
    r"\b(?:after|past|late|later than|beyond|outside)\b"
)
_NOT_CONSIDERED_LATE = re.compile(
    r"\b(?:did not|didn" + _A + r"t|could not|couldn" + _A + r"t|was unable to|were unable "
    r"to|are unable to|cannot) (?:consider|accept|process|review|assess|take forward) your\b"
    r"[^.!?\n]{0,60}?\b(?:application|cv|candidature)\b"
    r"[^.!?\n]{0,40}?" + _LATE
    + r"|\byour (?:[\w\-]+ )?(?:application|cv|candidature)\b[^.!?\n]{0,40}?"
    r"\b(?:was|has) not (?:been )?(?:considered|accepted|processed|reviewed|assessed)\b"
    r"[^.!?\n]{0,20}?" + _LATE
    + r"|\byour (?:[\w\-]+ )?(?:application|cv|candidature) (?:arrived|was "
    r"received|came in|reached us) (?:after|past|later than|beyond) [^.!?\n]{0,40}?\b(?:and|so)"
    r"(?: so| therefore)? (?:was not|wasn" + _A + r"t|could not|couldn" + _A + r"t|cannot|has "
    r"not)(?: be| been)? (?:considered|accepted|processed|reviewed)\b"
)  # fmt: skip

_READ_OWN = readings(("chose_other", _CHOSE_NAMED))
OWN_WORDS = tuple(pattern for _, _, pattern in _READ_OWN)
READINGS = _READ_OWN + readings(
    ("reader_out", _REGRETTED),
    ("reader_out", _BID_UNSUCCESSFUL),
    ("reader_out", _NOT_CONSIDERED_LATE),
)
