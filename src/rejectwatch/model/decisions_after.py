"""What the re-reads of the twenty-fourth pass left (issue 11, twenty-fourth pass, part P).

Parts K and M read parts A to D against mail written to break them and left these kinds, each read
here in its general form:

* **a post left unfilled, told after a decision**: "After the panel meeting, the post will not
  be filled", "following a review of the interviews, the vacancy won't be filled this year",
  "sadly the position will remain unfilled" (UNFILLED). Its "will" is no condition (OWN_WORDS);
  not until, unless, before, once or for now; not "on a permanent basis", "externally",
  "through an agency" (how a post is filled, an advert's); not with an "if" or a "when" in its
  leading phrase; a shift, a slot or a rota is no post;
* **the one chosen revealed as the reader** in the same sentence or the next ("the panel has
  selected a candidate for the post. That candidate is you", "we've picked someone for the
  job. And that someone is you!"): no one else was chosen (revealed_as_reader, read where
  negation reads the reader kept);
* **an offer disclaimed beside an invitation** ("This is an invitation to interview; we have
  not offered you the role", "To be clear, we have not offered you the role — we'd like you to
  come in on Tuesday"): not a refusal (offer_disclaimed). Not an invitation to apply again,
  to keep in touch or to join a talent pool (a rejection's courtesy);
* **the reader moved on past a list**: "your name is not on the selected list for round one,
  but you've been moved straight to round two" is no refusal (reader_moved_on).
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = [
    "OWN_WORDS",
    "READINGS",
    "UNFILLED",
    "offer_disclaimed",
    "reader_moved_on",
    "revealed_as_reader",
    "turned_to_reader",
]

_APOS = r"['\u2019]"
_NO_CONDITION = r"(?:(?!\b(?:if|unless|should|when|whether|until|once)\b)[^.!?\n])"
# the decision the post's fate followed, in a leading phrase ("after the panel meeting",
# "following a review of the interviews", "having considered all applications")
_AFTER_DECISION = (
    r"\b(?:after|following|further to|in light of|as a result of|having)\b"
    + _NO_CONDITION
    + r"{0,80}?\b(?:meeting|met|meets|review|reviewed|discussion|discussed|deliberations?|"
    r"consideration|considered|interviews?|interviewed|panel|board|committee|budget|"
    r"restructur(?:e|ing)|careful thought)\b" + _NO_CONDITION + r"{0,80}?"
    # ... or a regret or a decision before it ("sadly", "we have decided that")
    r"|\b(?:unfortunately|sadly|regrettably|i" + _APOS + r"m afraid|i am afraid|"
    r"(?:sorry|regret) to (?:say|tell you|inform you|let you know)|(?:has|have|had) (?:been )?"
    r"decided|(?:the|a) decision (?:has been|was) (?:made|taken))\b" + _NO_CONDITION + r"{0,60}?"
)
_POST = r"(?:role|post|position|vacancy|job|opening|appointment)"
_UNFILLED_VERB = (
    r"(?:will not|won" + _APOS + r"t|will no longer|is not going to|isn" + _APOS + r"t going to|"
    r"shall not|will now not|will not now) be (?:filled|recruited to|appointed to)"
    r"|(?:will|is going to|is to|shall) (?:now )?(?:remain|stay|be left|go) (?:unfilled|vacant)"
    # (forty-eighth pass, fifth round: or now, "The post stays unfilled and each application
    # lapses with it")
    r"|(?:stays|remains|is staying|is remaining) unfilled"
)
# how a post is filled, or for now: an advert's or a pause ("will not be filled on a permanent
# basis", "externally", "until the new year", "for now")
_NOT_PAUSED = (
    r"(?! (?:on|by|through|via|from|with|externally|internally|permanently|temporarily|"
    r"immediately)\b)(?![^.!?\n]*\b(?:until|till|unless|before|once|if|yet|for now|for the time "
    r"being|for the moment|for a (?:few|couple)|temporarily)\b)"
)
UNFILLED = re.compile(
    r"(?:"
    + _AFTER_DECISION
    + r"),? (?:the|this|that|our|your) (?:[a-z\-]+ ){0,3}?"
    + _POST
    + r"(?: of [^.!?\n,]{1,50}?)?(?: you applied for)? (?:"
    + _UNFILLED_VERB
    + r")\b"
    + _NOT_PAUSED
)
_READ_OWN = readings(("role_gone", UNFILLED))
OWN_WORDS = tuple(pattern for _, _, pattern in _READ_OWN)
READINGS = _READ_OWN

# the one chosen revealed as the reader ("That candidate is you", "and that someone is you!",
# "Congratulations, it's you!"); not "it's not you", "it isn't you"
_REVEALED = re.compile(
    r"\b(?:it(?:" + _APOS + r"s| is| was)|that(?:" + _APOS + r"s| is| was)|that (?:candidate|"
    r"someone|somebody|person|one|applicant|profile) (?:is|was)|the (?:candidate|person|one|"
    r"applicant|profile) (?:is|was)|(?:and )?(?:yes|yep),) you\b"
    r"(?=[ \t]*(?:[!.;:)]|,(?! (?:and|but|or|not)\b)|$))"
)
# ... not when the sentence of the choice names another ("we've offered the role to another
# candidate. It was you and one other at the end")
_ANOTHER = re.compile(
    r"\b(?:another|other|others|someone else|somebody else|different|internal|external|not you)\b"
)
_NEXT_SENTENCE = 160


def revealed_as_reader(lowered: str, left: int, right: int) -> bool:
    """Is the one chosen in the sentence lowered[left:right] revealed as the reader, in it or in
    the sentence after it (``_NEXT_SENTENCE`` characters on, not past a blank line), the choice
    naming no other?"""
    if "you" not in lowered[left : right + _NEXT_SENTENCE]:
        return False
    if _ANOTHER.search(lowered, left, right):
        return False
    end = right + _NEXT_SENTENCE
    blank = lowered.find("\n\n", right, end)
    return _REVEALED.search(lowered, left, end if blank < 0 else blank) is not None


# an invitation for the reader, or a disclaimer's opener ("to be clear", "just so you know")
_INVITATION = re.compile(
    r"\b(?:(?:this|it) is (?:an|only an|just an) invitation|invitation (?:to|for) (?:an? |the |"
    r"your )?(?:interview|assessment|second|final|next|meet|chat|call|trial)|invit(?:e|ing) you "
    r"(?:to|for) (?:an? |the |your )?(?:interview|assessment|second|final|next|meet|chat|call|"
    r"trial|come)|(?:would|" + _APOS + r"d) (?:like|love) (?:you to (?:come|attend|join|meet)|to "
    r"(?:meet|see|interview|invite) you)|come in (?:on|for|next|this)|(?:shortlisted|selected) "
    r"(?:you )?for (?:an? )?interview)\b"
)
_DISCLAIMER = re.compile(
    r"\b(?:to be clear|just to be clear|to clarify|just so you know|for the avoidance of doubt|"
    r"i should (?:say|add|stress|mention)|to be transparent)\b"
)
_OFFER_WORDS = ("offer", "given you", "made you")


def offer_disclaimed(lowered: str, left: int, right: int, start: int, end: int) -> bool:
    """Is the not-offered reading lowered[start:end] (in the sentence lowered[left:right]) a
    disclaimer beside an invitation: one in its sentence, or in the next after an opener such as
    "to be clear"?"""
    if not any(word in lowered[start:end] for word in _OFFER_WORDS):
        return False
    if _INVITATION.search(lowered, left, start) or _INVITATION.search(lowered, end, right):
        return True
    if _DISCLAIMER.search(lowered, left, start) is None:
        return False
    ahead = lowered.find("\n\n", right, right + _NEXT_SENTENCE)
    stop = ahead if ahead >= 0 else right + _NEXT_SENTENCE
    return _INVITATION.search(lowered, right, stop) is not None


# the reader moved past the list or the round, not out of it ("your name is not on the selected
# list for round one, but you've been moved straight to round two"); not a pool or a file
_MOVED_ON = re.compile(
    r"\b(?:but|however|as|since|because)\b,? (?:you(?:" + _APOS + r"ve| have)? (?:been |now been |"
    r"already been )?(?:moved|put|taken|sent|fast-?tracked|advanced|progressed|promoted|"
    r"exempted)|you (?:go|move|progress|skip|went|moved|progressed) (?:straight|directly))\b"
    r"(?! (?:to|into|onto) (?:our |the |a |your )?(?:[a-z\-]+ )?(?:pool|list|file|database|"
    r"bank|register|archive|reserve|waiting|talent)\b)"
)


def reader_moved_on(lowered: str, end: int, right: int) -> bool:
    """Does the rest of the sentence after a reading of the reader left out (lowered[end:right])
    move the reader on past it ("..., but you've been moved straight to round two")?"""
    return _MOVED_ON.search(lowered, end, right) is not None


# Twenty-fourth pass, part T: the reader out of one post or one round and offered another, or
# wanted all the same, in a turn of the same sentence ("you were not the candidate appointed to
# the Durban site, but we are delighted to offer you the Cape Town position instead", "they took
# the other guy for Jurong, but for Tampines they want you", "your CV fell short of the
# shortlist criteria, but the manager would like to meet you anyway"); not an offer of
# feedback, a call or a place in a pool, nor an invitation to apply again
_TURNED_TO_READER = re.compile(
    r"\b(?:but|however|and|though|although|while|yet|instead|because)\b"
    r"[^.!?\n]{0,60}?\b(?:(?:offer|offering|give|giving) you (?:the|a|an|our|their) "
    r"(?:(?!feedback|call|chat|place in|spot in|pool|newsletter)[\w\-]+ ){0,4}?"
    r"(?:role|post|position|job|contract|shift|seat|vacancy|opening|posting)\b"
    r"|(?:want|wants|need|needs) you(?: (?:for|at|on|in|to start)\b| *(?:[\-\u2013\u2014,;]|$))"
    r"|(?:would|" + _APOS + r"d) (?:still )?(?:like|love) to (?:meet|see|interview|hire) you "
    r"(?:anyway|regardless|all the same|nonetheless|nevertheless)\b)"
    r"(?![^.!?\n]*\b(?:future|talent|pool|apply|re-?apply|newsletter|keep in touch)\b)"
)


def turned_to_reader(lowered: str, end: int, right: int) -> bool:
    """Does the rest of the sentence after a reading of the reader left out or another chosen
    (lowered[end:right]) turn to offer the reader another post, or want the reader all the
    same?"""
    return _TURNED_TO_READER.search(lowered, end, right) is not None
