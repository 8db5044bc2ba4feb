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

Third round (read slices 149 and 150's misses):

* **the post named by its title alone, gone elsewhere or to another**: "Store Manager went
  elsewhere, I'm afraid", "Narrow margins, yet Staff Engineer lands elsewhere", "Cupping Lab
  Assistant now belongs to a colleague" (never a person, "we went elsewhere for lunch");
* **no appointment or consideration to follow**: "no appointment follows", "no further
  consideration follows under this announcement", "no further consideration will be given";
* **every file closed, the reader's with them**: "Every file, yours as well, now shut";
* **no interview this time round**, closing its sentence;
* **the reader's application by its pronoun, closing**: "Yours showed no licence, so it closes
  here" (and "Our read of your form is done; we're stopping it at this point", read by
  others_picked._STOPPED_BY_US, now with the post's name between);
* **the application closed as a result**: "Application closed accordingly";
* **the reader's place not come through**: "your place hasn't come through";
* **a learner's "cannot go together"**: "we cannot go together in this recruitment";
* **turned down for the post**: "the client turned you down for the senior biologist role";
* **one of the others picked**: "one of those is who we're picking".

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
    r"\b(?:closes|has closed|is closing|we close|we"
    + _A
    + r"re closing|we are closing|we"
    + _A
    + r"ve closed|we have closed) your (?:file|record|dossier)\b"
    r"(?! (?:if|unless|when|once|after|should|on|at|in)\b)"
)
_PIPPED = re.compile(
    r"(?<!\bnever )(?<!\bnobody )(?<!\bno one )(?<!n['\u2019]t )"
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

# Third round
# the post named by its title alone, at its clause's start (never a person, a thing sent or a
# meeting)
_TITLE = (
    r"(?:^|(?<=\n)|(?<=[.;:!?] )|(?<=, )|(?<=yet )|(?<=but )|(?<=so ))"
    r"(?!(?:i|we|you|they|he|she|it|this|that|everyone|everybody|our|my|your|their|money|"
    r"budget|funding|work|mail|post|letter|parcel|delivery|stock|order|call|meeting|lunch)\b)"
    r"(?:the )?(?:[a-z\-&]+ ){0,4}?[a-z\-&]+(?: \([^()\n]{1,30}\))?(?: (?:offer|position|role|post|"
    r"job|vacancy))?"
)  # fmt: skip
# ... gone elsewhere ("Store Manager went elsewhere, I'm afraid")
_TITLE_ELSEWHERE = re.compile(
    _TITLE + r" (?:went|goes|has gone|is going|lands|landed|has landed|heads|headed|has headed) "
    r"elsewhere" + _END
)
# ... or belonging now to another ("Cupping Lab Assistant now belongs to a colleague out of
# nursery")
_TITLE_BELONGS = re.compile(
    _TITLE + r" (?:now belongs|belongs now|has now gone|now goes) to (?:a|an|another|one of|"
    r"someone|somebody|our|the other)\b(?! (?:new )?(?:team|department|division|group|unit)\b)"
)
_FOLLOWS = (
    r" (?:follows|will follow|is to follow|results|can follow|will be given|can be given|is "
    r"given)\b(?![^.!?\n]*\b(?:until|unless|if|before|pending)\b)"
)
_NO_APPOINTMENT_FOLLOWS = re.compile(r"\bno (?:appointment|hire|selection)" + _FOLLOWS)
_NO_CONSIDERATION_FOLLOWS = re.compile(r"\bno (?:further consideration|offer)" + _FOLLOWS)
_EVERY_FILE_SHUT = re.compile(
    r"\b(?:every|each|all) (?:(?:open|live|pending|current|other) )?(?:file|application|candidacy|"
    r"form|cv)s?(?: (?:under|on|for|to|in) (?:it|this|that|them|the (?:post|role|requisition|"
    r"vacancy)))?,? (?:yours|including yours)(?: as well| too| included| among them| along with "
    r"them| with them)?,? (?:is |are |has been |have been |now |is now "
    r"|are now )*(?:shut|closed|closing|ended|archived)\b"
)
_NO_INTERVIEW_THIS_TIME = re.compile(
    r"\bno (?:interview|call-?back|interview invite|interview invitation|invite|invitation)"
    r"(?: for you)? (?:this time(?: round| around)?|on this occasion|this round)"
    # (ending its sentence: never "no interview this time round; you go straight to the trial")
    r"(?=[ \t]*(?:[.!]|\n|$))"
)
# (the reader's application named, then "we're stopping it", is others_picked._STOPPED_BY_US)
_IT_STOPPED = re.compile(
    r"\byours\b[^.!?\n]{0,80}?\bso it (?:closes|ends|stops|halts|finishes) (?:here|now|at this "
    r"(?:point|stage|step))\b"
)
_CLOSED_ACCORDINGLY = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?;] ))(?:your )?(?:application|candidacy|file) (?:was |is |has been "
    r")?(?:now )?closed (?:accordingly|as a result|therefore|for you)" + _END
)
_PLACE_NOT_THROUGH = re.compile(
    r"\byour (?:place|spot|seat|offer|appointment)(?: on [^.!?\n]{1,40}?)? (?:hasn"
    + _A
    + r"t|has not|didn"
    + _A
    + r"t|did not) come (?:through|off)\b"
    r"(?![^.!?\n]*\b(?:yet|until|unless|if)\b)"
)
_NOT_GO_TOGETHER = re.compile(
    r"\b(?:cannot|can" + _A + r"t|could not|couldn" + _A + r"t) go together(?: with you)? (?:in|"
    r"for|on) (?:this|the) (?:recruitment|hiring|process|position|role|opportunity|time|"
    r"selection)\b"
)
_TURNED_DOWN_FOR = re.compile(
    r"\b(?:turned|have turned|has turned|had turned) you down for (?:the|this|that) "
    r"(?:[a-z\-]+ ){0,3}?(?:role|job|post|position|vacancy|opening|contract|placement)\b"
)
_ONE_OF_THOSE_PICKED = re.compile(
    r"\bone of (?:those|them|these|the others)\b[^.!?\n]{0,20}? (?:is )?(?:who|whom|the one) "
    r"(?:we" + _A + r"re|we are|we" + _A + r"ve|we have|we" + _A + r"ll be|we will be) (?:picking|"
    r"choosing|taking|going with|hiring|picked|chosen|taken|hired)\b"
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
    ("chose_other", _TITLE_ELSEWHERE),
    ("chose_other", _TITLE_BELONGS),
    ("role_gone", _NO_APPOINTMENT_FOLLOWS),
    ("reader_out", _NO_CONSIDERATION_FOLLOWS),
    ("reader_out", _EVERY_FILE_SHUT),
    ("reader_out", _NO_INTERVIEW_THIS_TIME),
    ("reader_out", _IT_STOPPED),
    ("reader_out", _CLOSED_ACCORDINGLY),
    ("reader_out", _PLACE_NOT_THROUGH),
    ("reader_out", _NOT_GO_TOGETHER),
    ("reader_out", _TURNED_DOWN_FOR),
    ("chose_other", _ONE_OF_THOSE_PICKED),
)
