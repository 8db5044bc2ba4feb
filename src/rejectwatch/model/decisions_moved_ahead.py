"""Outcomes told in shapes no reading held (issue 11, sixty-sixth pass, first round: read slices
197-200's misses). Each form is written here in several wordings, never for one message:

* **others moving ahead instead**: "Other people are moving ahead this time", "Others with HGV
  cards are moving ahead instead";
* **the screening that shut the reader's form**: "Your form had no permit number, so the
  screening step closed it", "so the sift shut it there and then";
* **a vacancy closed without an interview for the reader**: "The Baker vacancy has closed
  without an interview for you";
* **another applicant engaged**: "Sadly, another applicant has been engaged" (and, from the third
  round, another of any trade: "another artisan has been engaged");
* **a present-tense pick of another for the post**, in Creole or a learner's English: "the yard
  pick another man for Checker" (and, from the second round, with no subject: "client company
  select other specialist for Procurement Specialist"; from the third, "him tek a next person fi
  di work");
* **a job that is taken**: "Scaffolding job's taken", "The welding post is taken, sorry";
* **a crew fully manned**: "Our deckhand crew is fully manned" (read with the other staffed
  teams, rejectwatch.model.decisions_filled);
* **a candidate chosen with a closer profile**: "we chose candidate with profile closer to the
  brief";
* **the people taken forward nearer the brief than the reader**: "The profiles we are taking
  forward sit nearer the brief than yours".

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_casual import _A
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_PEOPLE = (
    r"(?:people|applicants|candidates|folks|finalists|names|profiles|applications|hopefuls|"
    r"contenders|persons)"
)
_END = r"(?=[ \t]*(?:[.;,!\n]|$))"
_OTHERS_MOVING_AHEAD = re.compile(
    r"\b(?:others|other "
    + _PEOPLE
    + r")(?: [^.!?\n;:]{1,60}?)? (?:are|were|will be|"
    + _A
    + r"re) (?:moving|going|pushing|pressing|heading) (?:ahead|forward|on)(?: instead| this time|"
    r" on this one| for now| in this round)?"
    + _END
    # (or others described at length, with "instead" or "this time" to say it is a choice)
    + r"|\bothers? [a-z\-]+(?: [^.!?\n;:]{1,60}?)? (?:are|were|will be|"
    + _A
    + r"re) (?:moving|"
    r"going|pushing|pressing|heading) (?:ahead|forward|on) (?:instead|this time|on this one|in "
    r"this round)" + _END
)
_SCREENING_SHUT_IT = re.compile(
    r"(?:\bso|\band|[,;]) (?:the |our )?(?:screening|sift|sifting|pre-?screen(?:ing)?|"
    r"shortlisting)(?: stage| step| team| round| check)? (?:shut|closed|ended|stopped|halted|"
    r"rejected|declined) (?:it|your (?:form|application|submission|candidacy|cv))\b"
    r"(?! (?:for now|until|till|by mistake|in error)\b)"
)
_SHUT_WITHOUT_YOU = re.compile(
    r"\b(?:vacancy|post|role|position|job|opening|requisition|competition|posting)\b"
    r"[^.!?\n]{0,40}? (?:has |had |was )?(?:shut|closed|been filled|filled|ended|wrapped up|"
    r"concluded) without (?:an? |any )?(?:interview|shortlist|shortlisting|offer|call-?back|"
    r"place|spot)(?: [a-z]+)? (?:for|to) you\b"
)
_ANOTHER_ENGAGED = re.compile(
    r"\b(?:another|a different|one other|someone else|somebody else|an? other) ?(?:candidate|"
    r"applicant|person|worker|contractor|tradesperson|specialist|individual|finalist)?"
    r" (?:has been|was|have been|is now|got|had been) (?:engaged|contracted|retained|signed up|"
    r"signed on)\b(?! (?:in|with|by) you)"
    # (third round: or another of any trade, "another artisan has been engaged", slice 204; never
    # a line, a room or a seat "engaged")
    + r"|\banother (?!(?:line|number|phone|room|toilet|lavatory|seat|signal|tone|gear|clutch|mode|"
    r"engine|party|table|booth)\b)[a-z\-]+ (?:has been|was|had been) engaged\b"
)
_PICKS_ANOTHER = re.compile(
    r"\b(?:the [a-z\-]+|dem|di|de|dey|they|boss|company|management) (?:pick|choose|select|tek|"
    r"tak|hire) (?:another|anodda|anoda|a next|one next|a different|some other) (?:person|man|"
    r"woman|lady|fella|body|candidate|applicant|worker|one) for (?:the )?[a-z\-]+(?: [a-z\-]+)?"
    r"(?: (?:job|post|role|work|position|vacancy|opening))?(?=[ \t]*(?:[.;!\n]|$))"
    # (second round: or with no subject before it, in a plain or learner's English, "client
    # company select other specialist for Procurement Specialist", slice 202)
    + r"|(?<!\bto )(?<!\byou )(?<!\bcan )(?<!\bwill )(?<!\bplease )(?<!\bmay )(?<!\bmust )"
    r"(?<!\bcould )(?<!\bwould )(?<!\bshould )(?<!\bmight )(?<!\blet )(?<!\bnot )(?<!\bi )"
    # (never "we hire another worker for Christmas", a shop's own hiring)
    r"(?<!\bwe )(?<!\bwe often )(?<!\bwe always )(?<!\bwe usually )"
    r"\b(?:pick|select|choose|tek|hire) (?:somebody else|someone else|smaddy else|other "
    r"(?:specialist|person|candidate|applicant|one|worker)|another (?:specialist|person|"
    r"candidate|applicant|worker)) for (?!(?:each|every|any|the next|next|christmas|easter|summer|"
    r"winter|spring|autumn|the (?:season|summer|holidays|weekend|rush))\b)(?:the )?"
    r"(?:[a-z\-]+ ){0,3}?[a-z\-]+(?=[ \t]*(?:[.;,!\n]|$))"
    # (third round: or a Creole "tek a next person fi", with "fi" for "for")
     + r"|\b(?:tek|tak|pick|choose) (?:a next|anodda|anoda|another) (?:person|man|woman|worker) "
    r"fi (?:(?:di|de|the) (?:[a-z\-]+ )?(?:work|job|post|position|role|vacancy)\b|"
    r"(?!(?:di|de|the|a|dis|dat)\b)"
    r"[a-z\-]+(?: [a-z\-]+){0,2}(?=[ \t]*(?:[.;,!\n]|$)))"
)
_JOB_TAKEN = re.compile(
    r"\b(?:job|post|role|position|vacancy|opening|gig)(?:" + _A + r"s| is| has been)"
    r"(?: already| now)? taken(?: now| already)?"
    r"(?=[ \t]*(?:[.;!\n]|$)|, (?:sorry|i" + _A + r"m afraid|unfortunately|mate|though)\b)"
)
_CHOSE_CLOSER = re.compile(
    r"\b(?:chose|picked|selected|went with|appointed|hired|took on) (?:a |another |one )?"
    r"(?:candidate|applicant|person|someone|somebody) (?:with|whose) (?:a |an )?(?:profile|"
    r"background|experience|skills?|cv|record) (?:is |was )?(?:closer|nearer|better matched|"
    r"better suited|more closely (?:aligned|matched))\b"
)
_TAKEN_FORWARD_NEARER = re.compile(
    r"\b(?:profiles|people|applicants|candidates|those|ones|names) (?:we are|we"
    + _A
    + r"re|we"
    + _A
    + r"ve been|we have been|being) (?:taking forward|progressing|moving forward|advancing|"
    r"shortlisting|interviewing|inviting|putting through)\b[^.!?\n]{0,60}? (?:closer|nearer|"
    r"better matched|better suited|stronger)\b[^.!?\n]{0,60}? than (?:yours|you|your)\b"
)

READINGS = readings(
    ("chose_other", _OTHERS_MOVING_AHEAD),
    ("reader_out", _SCREENING_SHUT_IT),
    ("reader_out", _SHUT_WITHOUT_YOU),
    ("chose_other", _ANOTHER_ENGAGED),
    ("chose_other", _PICKS_ANOTHER),
    ("chose_other", _JOB_TAKEN),
    ("chose_other", _CHOSE_CLOSER),
    ("chose_other", _TAKEN_FORWARD_NEARER),
)
