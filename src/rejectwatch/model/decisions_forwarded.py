"""Refusals blind slice 24's mix part left unread, in their general forms (issue 11,
twenty-sixth pass, part A): a thread reply or a forward that names who was taken, a graduate
scheme's journey ended at a stage, a warm note whose hire heads elsewhere, a hedge that the need
was met without a hire.

Each form is written here in several wordings and trades, never for one message:

* **a programme journey ended at a stage**: "your journey ends before the assessment centre",
  "this is where your application journey with the scheme comes to an end", "your journey on
  the programme ends at this stage" (never a journey that goes on or begins, nor the process
  told: "your journey ends with an assessment centre day");
* **a named other appointed**, in a thread or a forward: "we'll appoint Jordan, who already
  knows the prep room", "we're going to appoint Ollie, who's been on our pass" (a name and
  "who" after it, or the sentence ending on the name; never "as our technician from September"
  for a colleague, never with the reader in the rest of the sentence);
* **a named other asked to join as the post**: "we've asked Tomasz to join as our first
  operations lead", "we have asked Lindiwe to join the team as our community organiser" (never
  the reader asked to a round, never a starter who will work alongside the reader);
* **the post's hours given to another by pronoun**: "we've given the dispensary assistant hours
  to her" (a post's hours, never a day's shift or extra hours, never while the reader is away);
* **the hire heading elsewhere**: "this hire is heading elsewhere" (never elsewhere in the
  business);
* **the need met without a hire**: "leadership has opted to cover this by extending an existing
  contractor's remit rather than adding a hire", "decided to share the work across the current
  team instead of recruiting for the post" (a hire, a recruitment or an appointment not made;
  never a caterer or a supplier, never a hire chosen over a contractor).

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence; each opens
with its rarest words (rejectwatch.model.prefilter.openers), so a text holding none of them is
never searched by the sentence patterns.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_crewed import _DAYS, _PERSON
from rejectwatch.model.decisions_filled import NAME
from rejectwatch.model.prefilter import readings

__all__ = ["AN_OFFICE", "A_ONE_OFF", "JOURNEY_GOES_ON", "NOT_A_JOURNEY", "OWN_WORDS", "READINGS"]

_A = r"['\u2019]"
# the rest of the sentence keeps the reader in ("… and he'll be your line report", "alongside
# you", "while you're on leave", "so you can have the day off")
_READER_KEPT = (
    r"(?![^.!?\n]*\b(?:you|your|you" + _A + r"(?:re|ll|d|ve))\b)"
)  # fmt: skip
# a programme journey ended at a stage ("your journey ends before the assessment centre", "this
# is where your application journey with the scheme comes to an end")
# (never a journey by rail, road or air, a learning or a customer journey, nor an onboarding
# or induction programme: twenty-sixth pass, part K)
# (rejectwatch.model.negation's older "your journey … ends here" reads the same words)
NOT_A_JOURNEY = (
    r"(?:onward|return|homeward|outward|outbound|inbound|train|rail|bus|coach|flight|ferry|"
    r"cruise|travel|learning|customer|induction|onboarding|orientation|reading|fitness|wellness|"
    r"shopping|loyalty|rewards|welcome)"
)
_NOT_A_JOURNEY = r"(?!(?:[a-z\-]+ ){0,4}?" + NOT_A_JOURNEY + r"\b)"
_JOURNEY = (
    r"your " + _NOT_A_JOURNEY + r"(?:[a-z\-]+ ){0,2}?journey(?: (?:with|on|in|through) (?:us|"
    r"(?:the|our|this) (?:[\w\-" + _A[1:-1] + r"]+ ){0,5}?(?:programme|program|scheme|process|"
    r"intake|recruitment|campaign|contract programme)))?"
)
# (nor one whose sentence goes on into the work or the travel: "… and your first rotation
# begins", "welcome aboard, your contract is attached", "so please change trains")
JOURNEY_GOES_ON = (
    r"(?![^.!?\n]*\b(?:welcome|congratulations|your (?:[a-z\-]+ ){0,2}?(?:rotation|role|"
    r"placement|contract|employment|start date|first day)|you (?:are|become|join|start)|"
    r"change (?:trains|buses|planes)|travell?ing|station|platform|terminal|hotel|flight)\b)"
)
_ENDS = (
    r"(?:ends|has ended|will end|is ending|stops|has stopped|comes to an end|has come to an end|"
    r"will come to an end|is over|finishes|closes)"
)
_JOURNEY_ENDS = re.compile(
    r"\b" + _JOURNEY + r" " + _ENDS + r"(?: [a-z]+)?? (?:here|now|today|at this (?:stage|point)|"
    r"before (?:the |our |your )?(?:[\w\-]+ ){0,2}?(?:assessment (?:centre|center|day)|"
    r"interviews?|final|next (?:stage|round|step)|stage|round|panel|offer))\b" + JOURNEY_GOES_ON
    + r"|\bthis is where " + _JOURNEY + r" (?:ends|stops|comes to an end|finishes)\b"
    + JOURNEY_GOES_ON
)  # fmt: skip
# (twenty-sixth pass, part K: nor an office, a club's or a committee's place, or a member's
# one-off task, wherever it stands in the sentence: "… who's been our acting treasurer,
# permanently", "… to the steering group", "… as the captain", "… as our note taker")
AN_OFFICE = (
    r"(?![^.!?\n]*\b(?:treasurer|secretary|trustee|governor|chairperson|chairman|chairwoman|"
    r"captain|vice-captain|note taker|note-taker|minute taker|first aid|member of|liaison|"
    r"steering group|advisory board|board (?:call|meeting)|council|taskforce|task force|club|"
    r"committee|warden|fire marshal|first aider)\b)"
)
# (nor for a match, a tour, a call or a quarter, nor on a project: "… as the captain for
# saturday's match", "… as our new risk adviser on the dabhol project")
A_ONE_OFF = (
    r"(?![^.!?\n]*\b(?:(?:on|for) (?:the|this|our) (?:[\w\-]+ ){0,2}?project|for (?:(?:the|"
    r"this|our|next|[a-z]+" + _A + r"s) )?(?:[\w\-]+ ){0,2}?(?:quarter|season|tour|trip|match|"
    r"game|fixture|call|meeting|event|weekend|week|day|evening|night|term))\b)"
)
# a named other appointed ("we'll appoint jordan, who already knows the prep room", "we're going
# to appoint ollie, who's been on our pass since spring", "we will appoint amira.")
_APPOINT_NAMED = re.compile(
    r"\b(?:we|i|the panel|the head|the board)(?:" + _A + r"ll| will| shall|" + _A
    + r"re going to| are going to| is going to)(?: now)? appoint "
    + NAME + r"(?: " + NAME + r")?"
    r"(?:,? who(?:" + _A + r"s| has| had| already| was| knows| brings| holds)\b|"
    r"(?=[ \t]*(?:[.!;\n]|$)))" + _READER_KEPT
    # (never an office or a task given to a member, "… as reviewer for this pr", "… to lead the
    # working group", "at the agm … as treasurer")
    + r"(?![^.!?\n]*\b(?:as (?:the |our )?(?:reviewer|chair|chairperson|secretary|treasurer|"
    r"trustee|governor|director|point of contact|owner|representative|rep|lead for|mentor)|to "
    r"(?:lead|chair|run|handle|review|oversee|coordinate|represent|own)|agm|committee|working "
    r"group|project|ticket|audit|pr)\b)" + AN_OFFICE
)  # fmt: skip
# a named other asked to join as the post ("we've asked tomasz to join as our first operations
# lead"; decisions_crewed reads "asked jonty to be our assistant engineer")
_ASKED_TO_JOIN = re.compile(
    r"\b(?:we|i)(?:" + _A + r"ve| have)? (?:now |since )?asked (?!you\b|your\b)" + NAME
    + r" to join(?: (?:us|the team|our team|the practice|the firm|the crew))? as "
    r"(?:our|the) (?:first |new |next )?(?!first aid\b|aid\b)[a-z\-]+" + _READER_KEPT + AN_OFFICE
    + A_ONE_OFF
)  # fmt: skip
# the post's hours given to another by pronoun ("we've given the dispensary assistant hours to
# her"; decisions_filled reads the post given to a named person "who …")
_HOURS_GIVEN = re.compile(
    r"\b(?:we|i)(?:" + _A + r"ve| have)? (?:now )?(?:given|offered|handed) the " + _DAYS
    + r"(?:[\w\-]+ ){0,2}?" + _PERSON + r" (?:hours|job|role|post|position) to (?:her|him|"
    r"them)\b" + _READER_KEPT
    + r"(?![^.!?\n]*\b(?:while|until|for now|this week|temporarily)\b)"
)  # fmt: skip
# the hire heading elsewhere ("this hire is heading elsewhere"; decisions_hedged reads "heading a
# different way")
_HEADING_ELSEWHERE = re.compile(
    r"\b(?:this|the) (?:hire|appointment|vacancy)(?: is|" + _A + r"s|has| has) "
    r"(?:heading|headed|going|gone) elsewhere\b"
    r"(?! (?:in|within|on|to|inside|across)\b)" + _READER_KEPT
)  # fmt: skip
# the need met without a hire ("opted to cover this by extending an existing contractor's remit
# rather than adding a hire", "decided to share the work across the current team instead of
# recruiting for the post")
_WITHOUT_A_HIRE = re.compile(
    r"\b(?:opted|decided|chosen|chose|agreed|elected|resolved) to (?!(?:add|make|take on|hire|"
    r"recruit|appoint|open|create)\b)(?:[\w\-" + _A[1:-1] + r"]+ ){1,12}?"
    r"(?:rather than|instead of) (?:(?:adding|making|taking on|bringing in|opening|creating) "
    r"(?:a|an|another|the) (?:new |permanent |full-time |extra |additional )?(?:hire|headcount|"
    r"head|role|post|position|appointment|member of staff|employee)|(?:recruiting|hiring|"
    r"appointing)(?: for (?:the|this|that) (?:[a-z\-]+ ){0,2}?(?:post|role|position|job|"
    r"vacancy))?)"
    # (the hire not made ends the clause: never "rather than hiring a temp", "instead of adding
    # a new employee to the on-call rota"; never a question)
    r"(?=[ \t]*(?:[.,;:!\n\u2013\u2014]|-[ \t]|$))(?![^.!\n]*\?)"
    r"(?![^.!?\n]*\b(?:for now|yet|until|this (?:quarter|month)|next (?:quarter|month|year)|"
    r"revisit|re-?advertise)\b)"
)  # fmt: skip

# (the journey ends "before" a stage: no time still to come, negation._OWN_WORDS)
_ENDED = readings(("reader_out", _JOURNEY_ENDS))
OWN_WORDS = tuple(pattern for _, _, pattern in _ENDED)
READINGS = _ENDED + readings(
    ("chose_other", _APPOINT_NAMED),
    ("chose_other", _ASKED_TO_JOIN),
    ("chose_other", _HOURS_GIVEN),
    ("chose_other", _HEADING_ELSEWHERE),
    ("role_gone", _WITHOUT_A_HIRE),
)
