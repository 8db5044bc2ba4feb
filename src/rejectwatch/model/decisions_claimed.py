"""Outcomes told in shapes no reading held (issue 11, sixty-fourth pass, second round: read slices
181 and 182's misses). Each form is written here in several wordings, never for one message:

* **the seats claimed by others**: "Returning workers claimed every seat", "regular hands took all
  the places";
* **the line or crew full with others**: "The line is full with last fall's crew";
* **a cleft naming the one who got it**: "'tis a maid local to the Warren who's got it", "it's a
  lad from the depot that's landed the job";
* **someone else getting the post now**: "A different person is getting the role", "someone else
  is getting the job";
* **the post given to another by name**: "The owners give the Divemaster post to Shem Baptiste
  from the Grenville side" (never to the reader, nor to an agency, a panel or a board, nor asked
  or still to come: "please give", "could you give", "we'll give"; a bare present "give" only
  after its subject, "the owners give", never "maybe manager give this place to somebody");
* **going ahead with others who fit closer**: "we'll go ahead with folks whose dispatch
  background fits our shop closer" (a comparative is what makes it a choice made);
* **the offers or the selection leaving the reader out**: "this intake's offers leave you out";
* **the application missing selection**: "Your application missed selection for the cohort";
* **no offer coming the reader's way**: "sorry, no offer comes your way this time", "no offer
  will come from us".

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_casual import _A
from rejectwatch.model.decisions_left_off import NOT_A_JOB_THING
from rejectwatch.model.decisions_seats_given import _ROLE_HEAD
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_PLACES = (
    r"(?:seat|place|spot|slot|position|post|role|job|berth|bunk|shift|vacanc(?:y|ie)|opening)s?"
)
_SEATS_CLAIMED = re.compile(
    r"\b(?:returning|existing|former|regular|internal|local) (?:[a-z\-]+ ){0,2}?(?:workers|staff|"
    r"crew|hands|applicants|candidates|pickers|packers|folk|regulars|returners) (?:claimed|took|"
    r"filled|have taken|have claimed|have filled|got|snapped up|grabbed) (?:every|each|all(?: of)?"
    r"(?: the)?"
    r"|the) (?:remaining |available |open )?" + _PLACES + r"\b"
)
_FULL_WITH_OTHERS = re.compile(
    r"\bthe (?:[a-z\-]+ )?(?:line|crew|team|roster|rota|squad|bench|gang|shift) is (?:already )?"
    r"(?:full|filled|"
    r"complete) (?:up )?(?:with|from) (?:[a-z'\u2019\-]+ ){0,3}?(?:crew|staff|hands|people|"
    r"pickers|workers|returners|regulars|team|folks|folk|sorters|packers)\b"
)
_CLEFT_GOT_IT = re.compile(
    r"(?:\bit" + _A + r"s|" + _A + r"tis|\btis|\bit is|\bit was|" + _A + r"twas|\btwas) "
    r"(?:a|an|another|one of|someone|somebody) (?:[a-z'\u2019\-]+ ){0,6}?(?:who" + _A + r"s|who "
    r"has|that" + _A + r"s|that has|who|that) (?:got|landed|taken|bagged|won|gotten|been given) "
    r"(?:it(?=[ \t]*(?:[.,;!\n]|$|(?:in the end|this time|sorry)\b))|the (?:job|post|role|place|"
    r"spot|"
    r"position|seat|berth)\b)"
)
_GETTING_IT = re.compile(
    r"\b(?:(?:a different|another|some other|one other) (?:[a-z\-]+ )?(?:person|candidate|"
    r"applicant|worker|hand|trainee|one)|someone else|somebody else) is getting (?:the|this|that) "
    r"(?:role|job|post|position|place|spot|seat|contract|berth|apprenticeship|internship)\b"
)
_GIVEN_BY_NAME = re.compile(
    r"(?<!please )(?<!you )(?<!to )(?<!kindly )(?<!pls )(?<!will )(?<!ll )"
    r"\b(?:gives|gave|given|hands|handed|awards|awarded|(?<=owners )give|(?<=owner )give|"
    r"(?<=boss )give|(?<=board )give|(?<=panel )give|(?<=they )give|(?<=dem )give) "
    # (fifth round: or "de", a Caribbean "the", and a comma after the name, "De owners give de
    # Tour Host spot to Dwayne Mills, who say yes", slice 187)
    r"(?:the|this|that|de|di) (?:[a-z\-&]+ ){0,4}?(?:post|job|role|position|place|spot|vacancy|"
    r"berth|contract|seat|"
    + _ROLE_HEAD[3:-1]
    + r"|foreman) (?:to|over to) (?!(?:you|yourself|your|her|his|their|my|our|its|him|them|me|"
    r"us)\b|the (?:agency|recruiter|team|board|"
    r"panel|committee|council|trust|union)\b|our (?:agency|recruiter)\b)(?:[a-z][a-z'\u2019\-]+"
    r",? ){1,3}?(?:from|who|of|with|and)\b"
)
_AHEAD_WITH_CLOSER = re.compile(
    r"\bwe(?:" + _A + r"ll| will| are| " + _A + r"re)?(?: be)? (?:go(?:ing)? ahead|proceed(?:ing)?|"
    r"mov(?:e|ing) (?:ahead|forward)|continu(?:e|ing)|press(?:ing)? on) with (?:folks|people|"
    r"candidates|applicants|others|those|ones|profiles|other [a-z]+) (?:whose|who|that) "
    r"[^.;!?\n]{3,80}?\b(?:closer|more closely|better|more directly|more exactly|more nearly|"
    r"more strongly)\b"
)
_LEAVE_YOU_OUT = re.compile(
    r"\b(?:offers|places|seats|shortlist|list|selection|picks|choices|final (?:list|cut)|cut)"
    r"\b[^.;!?\n]{0,30}? (?:leave|leaves|left|have left|has left) you out\b"
)
_MISSED_SELECTION = re.compile(
    r"\b(?:your (?:(?!(?:" + NOT_A_JOB_THING + r")\b)[a-z\-]+ ){0,3}?(?:application|candidacy|"
    r"candidature|submission|entry)|yours) (?:narrowly |just )?missed (?:out on )?(?:selection|"
    r"the (?:cut|shortlist|final list|"
    r"interview list))\b"
)
_NO_OFFER_YOUR_WAY = re.compile(
    r"\bno (?:offer|place|role|job|contract|seat|position)s? (?:comes|came|is coming|will come|"
    r"coming|goes|went|heads|is heading) your way\b"
    # (fifth round: or from the sender, "no offer will come from us", slice 188; once
    # decisions_drawn_without's)
    r"|\bno offer (?:will|is going to|shall|would) (?:come|be coming|follow) (?:from us|your way|"
    r"to you)\b"
)

READINGS = readings(
    ("chose_other", _SEATS_CLAIMED),
    ("role_gone", _FULL_WITH_OTHERS),
    ("chose_other", _CLEFT_GOT_IT),
    ("chose_other", _GETTING_IT),
    ("chose_other", _GIVEN_BY_NAME),
    ("chose_other", _AHEAD_WITH_CLOSER),
    ("reader_out", _LEAVE_YOU_OUT),
    ("reader_out", _MISSED_SELECTION),
    ("reader_out", _NO_OFFER_YOUR_WAY),
)
