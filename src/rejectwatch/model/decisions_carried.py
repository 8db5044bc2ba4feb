"""Outcomes told in shapes no reading held (issue 11, sixtieth pass).

Second round (read slices 147 and 148's misses). Each form is written here in several
wordings, never for one message:

* **every place held by others**: "somebody else holds each of its places", "others have
  taken every seat", "all the places are held by other applicants";
* **consideration under a notice ended**: "Consideration under this announcement ends", "no
  referral to the selecting official", a score told bare below a referral cut ("Score below
  the referral cut");
* **the others carried on with, after a comparison**: "Two people on the shortlist had logged
  more hours, and the post is carrying on with them", "A handful matched the brief more
  snugly, and it's them we'll carry forward" (never a rule for whoever passes, "candidates
  who pass will be invited and we'll take them forward");
* **another approved as the post**: "the superintendent has approved the candidate from
  Warangal as Clinical Pharmacist";
* **the post closing for the reader**: "Kiosk Supervisor is closing for you here";
* **a different set of applicants progressing**;
* **the reader's file closed**: "the clapper shop closes your file";
* **someone pipped the reader**: "a binder with years on bamboo spars pipped you", "edged you
  out";
* **nobody else taken on**: "no one else is being added", "we won't be needing anybody else
  this winter" (Scots and Shetland spellings too, "we'll no be needin onybody else");
* **the post sorted with an applicant**: "Slat shaper's sorted with a Cambridge applicant".

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_casual import _A
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_PLACES = r"(?:places|seats|spots|slots|posts|positions|vacancies|openings|roles)"
_OTHERS = (
    r"(?:somebody else|someone else|others|other (?:applicants|candidates|people|trainees)|"
    r"another (?:applicant|candidate|person))"
)
# the sentence ends, or goes on with "and" or "so"
_END = r"(?=[ \t]*(?:[.;!,]|\n|$| and\b| so\b))"
# the sentence or its clause ends, and nothing goes on from it
_CLOSED = r"(?=[ \t]*(?:[.;!]|\n|$))"

_PLACES_HELD = re.compile(
    r"\b" + _OTHERS + r" (?:holds?|has|have|took|takes?|has taken|have taken|filled|fills?|"
    r"has filled|have filled) (?:each|every|all)(?: of)? (?:its |the |our |their |those |these )?"
    r"(?:" + _PLACES + r"|place|seat|spot|slot)\b"
    r"|\b(?:each|every|all)(?: of)? (?:its |the |our |their |those |these )?(?:" + _PLACES
    + r"|place|seat|spot|slot) (?:is|are|was|were|has been|have been) (?:now )?(?:held|taken|"
    r"filled) by " + _OTHERS + r"\b"
)  # fmt: skip
_CONSIDERATION_ENDS = re.compile(
    r"\bconsideration (?:under|for|in|on) (?:this|the|that) (?:[a-z\-]+ ){0,2}?(?:announcement|"
    r"vacancy|posting|competition|process|recruitment|campaign|exercise|requisition|advert|"
    r"notice)(?: (?:no\.? ?|#)?[a-z0-9\-]+)? (?:now )?(?:ends|has ended|ended|is ended|closes|"
    r"is closed|has closed|concludes|has concluded)" + _END
    # (both told bare, and closing their clause: never a case named, "an ineligible rating, or
    # no referral to the hiring official, would reach you as a notice", nor a rule, "score under
    # the interview line and we email you both numbers")
    + r"|\bno referral (?:to|for) (?:the )?(?:selecting|hiring|appointing) (?:official|manager|"
    r"panel|officer)" + _CLOSED
    + r"|(?:^|(?<=\n)|(?<=[.;:] ))(?:score|mark|rating|result) (?:was |fell |is )?(?:below|"
    r"under|beneath) (?:the )?(?:referral|interview|qualifying|pass|shortlist|shortlisting) "
    r"(?:cut|cut-?off|line|mark|threshold|bar)" + _CLOSED
)  # fmt: skip
# the others carried on with, told after they were compared with the reader
_COMPARED = (
    r"\b(?:people|applicants|candidates|others|handful|few|pair|finalists|two|three|four)\b"
    r"[^.!?\n]{0,80}?\b(?:more|better|closer|stronger|longer|greater|snugly|closely)\b"
    r"[^.!?\n]{0,80}?"
)
_CARRIED_ON_WITH = re.compile(
    _COMPARED
    + r"(?:\b(?:is|are|we" + _A + r"re|we are|will be|we" + _A + r"ll be|we will be) (?:carrying "
    r"on|continuing|going on|pressing on|going ahead|proceeding|moving forward|going forward) "
    r"with them|\bit" + _A + r"s them (?:we" + _A + r"ll|we will|we" + _A + r"re going to|we are "
    r"going to) (?:carry|take|move|bring|put) (?:forward|through|on)|\b(?:we" + _A + r"ll|we "
    r"will) (?:carry|take|move|bring|put) them (?:forward|through|on)(?: instead)?)"
    + _END
)  # fmt: skip
_APPROVED_AS = re.compile(
    r"\b(?:approved|confirmed|ratified|endorsed|appointed) (?:the|a|another|one) (?:other )?"
    r"(?:candidate|applicant|person|nominee)(?: (?:from|of|at) [a-z\-]+(?: [a-z\-]+)?)? as "
    r"(?!(?:suitable|eligible|qualified|shortlisted|a finalist|one of)\b)(?:the |our |a |an )?"
    r"[a-z\-]+\b(?![^.!?\n]*\byou\b)"
)
_CLOSING_FOR_YOU = re.compile(
    r"\b(?:is|are|has|have)(?: now)? (?:closing|closed|ending|ended|finishing|stopping|stopped) "
    r"for you (?:here|now|at this (?:stage|point|step))\b"
)
_DIFFERENT_SET = re.compile(
    r"\ba different (?:set|group|batch|pool|handful) of (?:applicants|candidates|people) "
    r"(?:is|are) (?:now )?(?:progressing|moving forward|going forward|going through|being "
    r"progressed|advancing)\b"
)
_CLOSES_YOUR_FILE = re.compile(
    r"\b(?:closes|has closed|is closing|we close|we" + _A + r"re closing|we are closing|we" + _A
    + r"ve closed|we have closed) your (?:file|record|dossier)\b"
    r"(?! (?:if|unless|when|once|after|should|on|at|in)\b)"
)
_PIPPED = re.compile(
    r"(?<!\bnever )(?<!\bnobody )(?<!\bno one )(?<!n" + r"['\u2019]t )"
    r"\b(?:pipped|edged out|edged) you(?: out)?(?: to (?:it|the (?:post|job|role|place|spot|"
    r"line)))?" + _END
)
_NOBODY_ELSE_TAKEN = re.compile(
    r"\bno(?: ?one|body) else (?:is being|will be|is going to be|gets|is getting|can be) (?:added|"
    r"taken on|hired|brought on|signed on|signed up|needed)" + _END
    + r"|\b(?:we|we" + _A + r"ll|we will|we" + _A + r"d) (?:no|not|nae|won" + _A + r"t|will not|"
    r"willnae|winna|wunna) be (?:needing|needin|wanting|wantin|taking on|takin on|hiring|"
    r"lookin for|looking for) (?:anybody|anyone|onybody|anyane|any ane|any more (?:staff|help|"
    r"hands))(?: else)?\b(?! else\b| to\b| for (?:the|your|an?) (?:interview|meeting|visit|"
    r"trial)\b)"
)  # fmt: skip
_SORTED_WITH = re.compile(
    r"\b[a-z\-]+" + _A + r"s (?:now |all )?sorted with (?:a|an|another|one|the other) "
    r"(?:[a-z\-]+ ){0,2}?(?:applicant|candidate|person|local|lad|lass|bloke|guy|woman|man)\b"
)

READINGS = readings(
    ("chose_other", _PLACES_HELD),
    ("reader_out", _CONSIDERATION_ENDS),
    ("chose_other", _CARRIED_ON_WITH),
    ("chose_other", _APPROVED_AS),
    ("reader_out", _CLOSING_FOR_YOU),
    ("chose_other", _DIFFERENT_SET),
    ("reader_out", _CLOSES_YOUR_FILE),
    ("chose_other", _PIPPED),
    ("role_gone", _NOBODY_ELSE_TAKEN),
    ("chose_other", _SORTED_WITH),
)
