"""Outcomes told in shapes no reading held (issue 11, sixty-fifth pass, first round: read slices
189 and 190's misses). Each form is written here in several wordings, never for one message:

* **someone described, not named, who got it**: "A Burton drayman's son got it", "Somebody from
  the Whitehorse guild got it", "a fella fae Wishaw got it and starts next month";
* **a Caribbean "give it to somebody else"**, the present for the past: "We give it to somebody
  else dis time";
* **others who took every shift or place**: "Banff returners took every shift, sorry";
* **the sender passing for the season**: "Crew's full, so Half Moon Bay passes this year";
* **the reader's name or form missing the list**: "your name missed the Mamba Point final list";
* **the reader rated, yet outside the group put forward**: "you were rated qualified, yet
  outside the top group passed to the hiring manager".

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_casual import _A
from rejectwatch.model.prefilter import readings

__all__ = ["NOT_A_GUEST_LIST", "READINGS"]

# the post as "it" or named ("got it", "got the job", "took the post")
_THE_POST = (
    r"(?:it|the (?:job|role|post|place|spot|position|work|gig|shift|seat|vacancy|opening|"
    r"contract|stool|bench|chair|stall|berth))\b"
    # (never a thing got done, "a local lad got it fixed", "someone from IT got it working")
    r"(?! (?:fixed|done|sorted|working|back|running|wrong|right|repaired|mended|going|started|"
    r"open|in|out|to|from|for me|for us)\b)"
    # (nor a job of another kind or at another place, "a local got the job of showing you round",
    # "a girl from the bakery got the job there")
    r"(?! (?:of|there|at|over there|elsewhere|with|instead)\b)"
)
# someone described by who they are, not by name: "a drayman's son", "a fella fae Wishaw",
# "somebody from the guild", "one of the regulars"
_SOMEONE_DESCRIBED = re.compile(
    r"\b(?:a|an|one|another|some)(?: [a-z" + _A[1:-1] + r"\-]+){0,3}? (?:son|daughter|lad|lass|"
    r"man|woman|fella|fellow|chap|guy|girl|boy|local|person|applicant|candidate|nephew|niece|"
    r"cousin|neighbou?r|regular|returner|worker|hand|student|graduate|member|one)"
    r"(?: (?:fae|from|of|in|at|on|out of) (?:the |our )?[a-z" + _A[1:-1] + r"\-]+"
    r"(?: [a-z\-]+){0,2}?)?"
    r" (?:got|took|landed|won|bagged|has got|has taken|has landed|gets|takes|will take|is "
    r"taking) "
    + _THE_POST
    # (third round: or one described by a relative clause, "A local carpenter who knows the moor
    # paths got the work")
    + r"|\b(?:a|an) (?:[a-z\-]+ ){0,2}?[a-z\-]+ who [^.;!?\n]{1,50}? (?:got|took|landed|won|"
    r"bagged|has got|has taken|has landed) "
    + _THE_POST
    # (second round: or any one who is described by where they come from or trained, "A mason
    # from our old crew got it", "A setter trained at the Bewdley brush shop got the stool")
    + r"|\b(?:a|an) [a-z\-]+(?: (?:trained|based|working|raised|apprenticed))? (?:fae|from|out "
    r"of|at) (?:the |our )?[a-z" + _A[1:-1] + r"\-]+(?: [a-z\-]+){0,3}? (?:got|took|landed|won|"
    r"bagged|has got|has taken|has landed) "
    + _THE_POST
    + r"|\b(?:somebody|someone|some one)(?: else)? (?:fae|from|of|in|at|out of) (?:the |our )?"
    r"[a-z" + _A[1:-1] + r"\-]+(?: [a-z\-]+){0,2}? (?:got|took|landed|won|bagged|has got|"
    r"has taken|has landed|gets) " + _THE_POST
)
_GIVE_IT_TO_ANOTHER = re.compile(
    r"\b(?:we|dey|they|di boss|de boss|the boss|me|i) (?:done |don |did )?(?:give|gi|gib|giv) "
    r"(?:it|de job|di job|the job|de work|di work|the work|the post|the role|the place|de "
    r"place|di place) (?:to|by|fi|fuh) (?:somebody|someone|a next|another|one next|some other)\b"
)
_TOOK_EVERY_SHIFT = re.compile(
    r"\b(?:returners|regulars|locals|others|staff|students|members|volunteers|veterans|"
    r"old hands|(?:returning|former|existing|current|local|internal|our own|our) [a-z\-]+s) "
    r"(?:took|have taken|filled|snapped up|grabbed|claimed|have filled|have claimed) "
    r"(?:every|all the|all of the|each|all our|all of our) (?:shift|place|spot|slot|seat|role|"
    r"post|position|opening|vacanc(?:y|ies))s?\b"
    # (never the seats of an evening out, "the regulars took every seat at the quiz")
    r"(?![^.!?\n]{0,30}\b(?:quiz|party|show|concert|match|game|talk|event|course|class|"
    r"workshop|trip|tour|bus|table|dinner|lunch|meeting|webinar)\b)"
)
_PASSES_THIS_YEAR = re.compile(
    r"\bso (?:[a-z" + _A[1:-1] + r"\-]+ ){1,4}?(?:passes|is passing|will pass|must pass|has to "
    r"pass)(?: on (?:you|your [a-z]+|this one))? (?:this|for this) (?:year|time|round|season|"
    r"summer|winter|intake)\b"
)
# the lists that are no job's, a guest list, a mailing list, a speaker line-up (other mail)
NOT_A_GUEST_LIST = (
    r"(?!(?:[a-z\-]+ ){0,3}?(?:guest|mailing|speaker|invite|invitation|waiting|e-?mail|party)\b)"
)
_NAME_MISSED_THE_LIST = re.compile(
    r"\byour (?:name|application|form|cv|candidacy|entry|profile) (?:missed|has missed|"
    r"didn"
    + _A
    + r"t make) the "
    + NOT_A_GUEST_LIST
    + r"(?:[a-z\-]+ ){0,3}?(?:list|shortlist|short-list|cut|line-?up|roster|selection)\b"
)
_OUTSIDE_THE_TOP = re.compile(
    r"\b(?:yet|but|though|however,?|just) (?:you (?:were|are|fell|sit|sat|came|ranked|finished) "
    r")?(?:outside|below|beneath|short of) the (?:top|leading|highest|first|final|short-?listed)"
    r"(?: [a-z0-9\-]+)? (?:group|list|band|tier|few|candidates|applicants|ranks?|places?)\b"
)

READINGS = readings(
    ("chose_other", _SOMEONE_DESCRIBED),
    ("chose_other", _GIVE_IT_TO_ANOTHER),
    ("chose_other", _TOOK_EVERY_SHIFT),
    ("reader_out", _PASSES_THIS_YEAR),
    ("reader_out", _NAME_MISSED_THE_LIST),
    ("reader_out", _OUTSIDE_THE_TOP),
)
