"""Refusals written-32 left unread, in their general forms (issue 11, twenty-fourth pass,
part H).

Each form is written here in several wordings, trades and countries, never for one message:

* **the application stopped short of a stage**: "your application got a careful read; it stops
  short of the interview stage", "your CV fell short of the shortlist this time" (said of the
  reader's application, CV or profile, never of a document or a rule: "applications that fall
  short of the criteria" is a rule);
* **the reader's candidature dropped**: "hence they are dropping your candidature here", "the
  client has dropped your profile", "your candidature stands dropped" (Indian recruiters'
  phrasing; not "yet", "until", "for now", not the reader's own "you may drop your
  candidature");
* **the other one taken**: "they take the other guy", "the client went with the other
  candidate", "boss picked the other one" (Singaporean and plain; never "might", "may", "if");
* **the reader's name not in the final list**: "you have not made it to the Graduate Engineer
  Trainee offer list", "your name is not figuring in the final list", "your name does not
  appear on the list of selected students" (a list of the selected, final, merit or offer
  list: never an event's register);
* **not the candidate appointed**: "you were not the candidate appointed", "you weren't the
  applicant selected";
* **the stage not scaled through**: "your candidacy did not scale through at that stage"
  (Nigerian English);
* **no nod, not you**: "didn't get the nod from the client, sorry", "decision's made and it's not
  you this round";
* **a process finalised with no appointment**: "the selection process has been finalised with
  no appointment made", "the recruitment closed without an appointment" (not "on the day",
  "yet", "so far").

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["NOT_A_SLOT", "READINGS"]

# nothing still to come after the decision's words in its clause
_NOT_LATER = (
    r"(?!(?:(?! - )[^.!?\n,;\u2013\u2014])*?\b(?:yet|until|unless|before|if|for now|for the "
    r"moment|so far|on the day|temporarily)\b)"
)
# no modal or condition before the decision's words in its clause ("they might take the other
# candidate", "if the client drops your profile")
_NO_MODAL_BEFORE = (
    r"(?<!\bmight )(?<!\bmay )(?<!\bcould )(?<!\bwould )(?<!\bshould )(?<!\bwill )"
    r"(?<!\bcan )(?<!\bto )(?<!\bif )(?<!\bwhether )"
)
_READERS = (
    r"your (?:[\w\-'\u2019]+ ){0,4}?(?:application|cv|r[ée]sum[ée]|candidacy|candidature|"
    r"profile|submission|form)"
)

# the application stopped short of a stage
_STOPPED_SHORT = re.compile(
    r"\b" + _READERS + r"\b[^.!?\n]{0,80}?\b(?:stops|stopped|falls|fell|has fallen|comes|came) "
    r"short of (?:the |our |an? )?(?:[\w\-]+ ){0,2}?(?:interview|shortlist\w*|stage|round|"
    r"assessment|panel)\b"
    + _NOT_LATER
    # (sixty-third pass: or the reader's form by its pronoun short of a final number, "your
    # form went through two sifts. This year it falls short of the final forty")
    + r"|\b(?:it|yours) (?:falls|fell|has fallen|comes|came) short of the (?:final|last|top) "
    r"(?:\d+|ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|dozen|cut|group|list|"
    r"shortlist)\b" + _NOT_LATER
)
# the reader's candidature dropped (by the client, the panel, the sender); not a CV "dropped"
# on to someone, sent in a recruiter's slang (twenty-fourth pass, part T: "I have dropped your
# CV to the hiring manager", "we've dropped your profile across to the client", "dropped your
# application in to the portal")
_SENT_ON = (
    r"(?! (?:(?:across|over|along|through|off|back|straight|directly) )?(?:to|into|onto|in to|"
    r"with|in (?:the|our|their) (?:[\w\-]+ )?(?:portal|system|tracker|inbox|mail|drive|folder|"
    r"pipeline|database|group|chat))\b)"
    r"(?! (?:across|over|along|through)\b)"
)
_DROPPED = re.compile(
    r"\b(?:(?:is|are|have|has|had|['\u2019]ve|['\u2019]re|['\u2019]s)"
    r"(?: decided to drop| dropping| dropped)|decided to drop) (?:your|the reader['\u2019]s) "
    r"(?:candidature|candidacy|profile|cv|application|nomination)\b"
    + _SENT_ON
    + _NOT_LATER
    + r"|\byour (?:candidature|candidacy|profile|cv|application|nomination) (?:has been|was|is "
    r"being|stands|is) dropped\b" + _SENT_ON + _NOT_LATER
)
# the other one taken ("they take the other guy")
# (twenty-fourth pass, part T: not "the other one" that is a slot, a date or a room, "the
# client picked the other one - the Thursday slot suits them better"; rejectwatch.model.
# decisions_told's plain choice asks it too)
NOT_A_SLOT = (
    r"(?!(?<=\bone)[^.!?\n]{0,50}\b(?:slot|date|shift|room|session|option|venue|location|"
    r"timing|appointment|day)s?\b)"
)
_OTHER_ONE = re.compile(
    r"\b(?:they|we|client|the client|company|boss|the boss|hm|panel|the panel|management|team)"
    r"(?: side)? " + _NO_MODAL_BEFORE + r"(?:take|took|taking|go with|went with|going with|"
    r"pick|picked|choose|chose|select|selected) the other (?:guy|girl|one|candidate|person|"
    r"applicant|fella|chap|lady|gentleman|profile)\b(?!['\u2019]s)" + NOT_A_SLOT + _NOT_LATER
)
# the reader's name not in the final list; the reader not made it to it
_LIST = (
    # (twenty-fourth pass, part T: a word between only of a hiring's list, not "the final
    # speaker list", "the final guest list"; not a race's "results list")
    r"(?:(?:final|selected|selection|merit|offer|shortlisted|short|successful)(?: (?:selection|"
    r"merit|offer|interview|placement|hiring|recruitment|candidates?|selected|shortlist|"
    r"appointment))? list|list of (?:the )?(?:selected|successful|shortlisted|final)\b)"
)
# ... nor a list of a place of study, a ticket, a house or a draw, nor a list not yet out or
# mistaken, anywhere in its sentence ("your name is not in the final list of admitted students
# for the MBA", "… on the list of successful applicants for the housing scheme", "… not on the
# final list because the list has not been published"; twenty-fourth pass, part T)
_NOT_A_HIRING_LIST = (
    r"(?![^.!?\n]*?\b(?:admi(?:t|ts|tted|ssions?)|enrol\w*|tickets?|housing|"
    r"tenanc\w*|ballot|lottery|draw|raffle|visa|guests?|speakers?|exhibitors?|attendees?|race|"
    r"raffle|not (?:yet )?(?:been )?(?:published|released|out|finali[sz]ed)|glitch|typo|"
    r"mistake|in error|fixed)\b)"
)
_NOT_LISTED = re.compile(
    r"\byour name"
    + _NOT_A_HIRING_LIST
    + r" (?:is|was|does|did|has)(?: (?:not|n['\u2019]t)|n['\u2019]t)(?: been)? "
    r"(?:figuring|figure|figured|appearing|appear|appeared|featuring|feature|featured|found|"
    r"included|listed|present|there|in|on|among)\b(?: (?:in|on|among|under))?(?: the)? "
    r"(?:[\w\-]+ ){0,4}?"
    + _LIST
    + _NOT_LATER
    + r"|\b(?:you|your (?:name|profile|application))"
    + _NOT_A_HIRING_LIST
    + r"(?: have| has|['\u2019]ve)? "
    r"(?:not|n['\u2019]t) made it (?:to|into|onto|on) the (?:[\w\-]+ ){0,4}?"
    + _LIST
    + _NOT_LATER
    + r"|\b(?:you|your (?:name|profile|application))"
    + _NOT_A_HIRING_LIST
    + r" (?:did not|didn['\u2019]t) make it "
    r"(?:to|into|onto|on) the (?:[\w\-]+ ){0,4}?" + _LIST + _NOT_LATER
)
# not the candidate appointed
_NOT_THE_ONE = re.compile(
    r"\byou (?:were|are|was)(?: (?:not|n['\u2019]t)|n['\u2019]t) the (?:candidate|applicant|person|"
    r"one) (?:appointed|selected|chosen|hired|picked|who was (?:appointed|selected|chosen))\b"
)
# the stage not scaled through
_NOT_SCALED = re.compile(
    r"\b(?:did|does|could|has|have)(?: (?:not|n['\u2019]t)|n['\u2019]t) scaled? through\b"
    + _NOT_LATER
)
# no nod; not you this round
_NOT_YOU = (
    r"\b(?:it['\u2019]s|it is|it was) not you (?:this (?:round|time)|on this occasion|for this "
    r"(?:one|role|post|position))\b"
)
_NO_NOD = re.compile(
    r"(?<!\bi )(?<!\bthey )(?<!\bhe )(?<!\bshe )(?<!\bi still )\b(?:did not|didn['\u2019]t) "
    r"(?:get|receive) the (?:nod|green light|go-ahead|thumbs[- ]up)\b"
    # (twenty-fourth pass, part T: not a place in a team's side, "you didn't get the nod for
    # Saturday's match squad")
    r"(?! for (?:the |this |next |saturday['\u2019]s |sunday['\u2019]s |[\w]+['\u2019]s )?"
    r"(?:[\w\-]+ ){0,2}?(?:squad|line-?up|team sheet|first team|starting (?:eleven|xi|five|"
    r"line-?up)|match|game|fixture|race|regatta|tournament)\b)"
    + _NOT_LATER
    # ... "it's not you this round" after a decision or a regret, or with a regret after it (not
    # "don't worry, it's not you this time - our portal sent the wrong email", nor "it's not you
    # this time who has to wait"; twenty-fourth pass, part T)
    + r"|\b(?:decision\w*|decided|chos\w*|picked|selected|went|gone|result|outcome|verdict|"
    r"sorry|unfortunately|afraid|sadly|regret\w*)\b[^.!?\n]{0,60}?"
    + _NOT_YOU
    + r"(?! (?:who|that|whom)\b)"
    r"|" + _NOT_YOU + r"(?! (?:who|that|whom)\b),? (?:i['\u2019]m |i am )?(?:sorry|afraid|"
    r"unfortunately|sadly)\b"
)
# a process finalised with no appointment
_NO_APPOINTMENT = re.compile(
    r"\b(?:finali[sz]ed|concluded|closed|completed|ended)\b[^.!?\n]{0,30}?\b(?:with no|without "
    r"(?:an?|any)) (?:appointment|hire|selection|successful candidate)(?: (?:being |having been )?"
    r"made)?\b" + _NOT_LATER
)

READINGS = readings(
    ("reader_out", _STOPPED_SHORT),
    ("reader_out", _DROPPED),
    ("chose_other", _OTHER_ONE),
    ("reader_out", _NOT_LISTED),
    ("reader_out", _NOT_THE_ONE),
    ("reader_out", _NOT_SCALED),
    ("reader_out", _NO_NOD),
    ("role_gone", _NO_APPOINTMENT),
)
