"""Outcomes told in shapes no reading held (issue 11, sixty-first pass, fourth round: read slices
157 and 158's misses). Each form is written here in several wordings, never for one message:

* **another slotted into the post**: "The client slotted an internal person into the Underwriting
  Manager seat", "they've put a returner into the role";
* **a list that left the reader out**: "the list of best-qualified names sent to the selecting
  official left yours out", "the shortlist left you off";
* **the others going on, after a comparison**: "… so it's them that go on", "it's those two who go
  through";
* **the reader's application stopped here**: "had to stop your Coach Driver application here",
  "We'll stop yours there";
* **someone now holding the post, or having taken it up**: "a former chandler now holds the job",
  "A volunteer of many years has taken up the paid post" (never the reader);
* **a review that led to another**: "Careful review led us to a different applicant";
* **tilting towards others**: "we're tilting to folks with a CDL-A already in their wallet";
* **the post occupied, the application falling away**: "the Saw Doctor vacancy is now occupied, and
  your application falls away with that";
* **only names ranked above the reader's went on**: "the hiring desk received only names ranked
  above yours";
* **Irish and Newfoundland "after" + -ing, a thing just done**: "We're after taking on a young one
  from Postville".

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_casual import _A
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_POSTS = r"(?:seat|role|post|position|job|spot|place|vacancy|opening|slot)"
_PEOPLE = (
    r"(?:person|candidate|applicant|hire|returner|colleague|worker|local|temp|contractor|"
    r"transfer|member of staff|staff member|employee)"
)

_SLOTTED_INTO = re.compile(
    r"\b(?:slotted|put|placed|moved|dropped|popped|parachuted) (?:an?|another|one|their own|"
    r"one of their own|someone|somebody)(?: (?:internal|in-house|existing|local|current|"
    r"returning|other))? ?" + _PEOPLE + r"?s? (?:into|in) (?:the|that|this|our) (?:[a-z\-&]+ )"
    r"{0,4}?" + _POSTS + r"\b"
)
_LEFT_YOURS_OUT = re.compile(
    r"\b(?:list|shortlist|names|selection|certificate|referral)\b[^.!?\n]{0,80}? (?:left|leaves|"
    r"has left) (?:yours|you|your name|your application) (?:out|off)\b"
    # (never a slip put right, "left your name off by mistake; we've fixed it", "we'll reprint it")
    r"(?![^.!?\n]*\b(?:mistake|error|fixed|fix it|correct|corrected|reprint|add you|add it)\w*)"
)
_THEM_THAT_GO_ON = re.compile(
    r"\b(?:so |and )?it" + _A + r"?s (?:them|those (?:two|three|few|folk|people|ones)|they) "
    r"(?:that|who|as) (?:go|goes|move|moves|get|gets) (?:on|through|forward|ahead)"
    r"(?=[ \t]*(?:[.;!,]|\n|$| now\b| this (?:time|round)\b))"
)
_STOP_YOUR_APPLICATION = re.compile(
    r"\b(?:had to |have to |must |will |we" + _A + r"ll |we will |we" + _A + r"re going to )?"
    r"(?:stop|halt|end|close) (?:your (?:[a-z\-]+ ){0,3}?(?:application|candidacy|candidature|"
    r"form|file)|yours) (?:here|there|now|at this (?:stage|point|step))\b"
)
_NOW_HOLDS = re.compile(
    r"\b(?:a|an|another|one|the other|our) (?:[a-z\-]+ ){0,4}?(?:now holds|has taken up|took up|"
    r"has since taken up) the (?:[a-z\-]+ )?" + _POSTS + r"\b"
)
_LED_TO_ANOTHER = re.compile(
    r"\b(?:led|pointed|brought|took) us to (?:a different|another|an?other|one other) (?:applicant|"
    r"candidate|person|finalist|profile)\b"
)
_TILTING_TO = re.compile(
    r"\b(?:tilting|tipping|veering|inclining|leaning) (?:to|towards?) (?:folks|people|applicants|"
    r"candidates|those|others|profiles|someone|somebody)\b(?: with| who| already)"
)

# the post occupied, and the application falling away with it
_OCCUPIED = re.compile(
    r"\b(?:vacancy|post|position|role|job)\b (?:is|has been|was|is now|has now been) "
    r"(?:now )?occupied\b(?! (?:by you|until|till|for now|temporarily)\b)"
)
_FALLS_AWAY = re.compile(
    r"\byour (?:application|candidacy|candidature|submission)\b (?:now )?(?:falls|fell|has fallen) "
    r"away\b"
)
# only names ranked above the reader's went on
_RANKED_ABOVE = re.compile(
    r"\b(?:only|just) (?:the )?(?:names|applicants|candidates|people|those) (?:ranked|rated|"
    r"scored|placed|listed) (?:above|higher than|ahead of) (?:yours|you|your (?:name|score|"
    r"rating))\b"
)
# Irish and Newfoundland "after" with a verb in -ing: a thing just done ("We're after taking on a
# young one from Postville")
_AFTER_TAKING_ON = re.compile(
    r"\b(?:we" + _A + r"re|we are|they" + _A + r"re|they are|he" + _A + r"s|she" + _A + r"s) "
    r"(?:just )?after (?:taking on|hiring|giving the (?:[a-z\-]+ )?(?:job|post|role|spot) to|"
    r"signing on|picking|taking) (?:a|an|another|someone|somebody|one|the other)\b"
    r"(?! (?:break|look|while|day|week)\b)"
)

READINGS = readings(
    ("chose_other", _SLOTTED_INTO),
    ("reader_out", _LEFT_YOURS_OUT),
    ("chose_other", _THEM_THAT_GO_ON),
    ("reader_out", _STOP_YOUR_APPLICATION),
    ("chose_other", _NOW_HOLDS),
    ("chose_other", _LED_TO_ANOTHER),
    ("chose_other", _TILTING_TO),
    ("role_gone", _OCCUPIED),
    ("reader_out", _FALLS_AWAY),
    ("reader_out", _RANKED_ABOVE),
    ("chose_other", _AFTER_TAKING_ON),
)
