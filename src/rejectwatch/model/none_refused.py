"""A sentence that says nobody has been refused (issue 11, twenty-first pass, part R).

Written-28 scored a paused search at 0.999: "Nobody has been appointed and no applicant has been
turned down." The negation governs the refusal itself, so the sentence tells of no decision at
all; but the readings saw "appointed" and "turned down" and read a post gone (``xrolegone``) and
another chosen (``xchoseother``). Read here, as a rule (rules_ahead.rule_sentence: the cue and
outcome readings see the sentence as one with no decision given, its words entering the refusal
block as ``hyp_``), every sentence whose refusal has no one to fall on:

* a refusal with nobody as its subject, "nobody has been turned down", "no applicant was
  rejected", "none of the candidates has been ruled out", "not a single applicant has yet been
  declined", also after another participle, "no applicant has been appointed or rejected";
* a refusal after "neither" or "nor", "nor has anyone been turned down", "neither has any
  candidate been rejected";
* a refusal negated with anyone as its object, "we have not turned anyone down", "we haven't
  rejected any applicants";
* and in the languages read: "niemand wurde abgelehnt", "kein Bewerber ist abgelehnt worden",
  "personne n'a été refusé", "aucune candidature n'a été écartée", "nadie ha sido rechazado",
  "ningún candidato ha sido descartado", "nessuno è stato scartato", "niemand is afgewezen",
  "geen enkele sollicitant is afgewezen".

And a post withdrawn in a letter that says, in a sentence of its own, that this is no decision
about the reader ("The vacancy has been withdrawn after a restructure. This is not a decision
about you or any applicant."): the sentence that tells the post's fate without naming the reader
reads as no decision (:func:`decision_disowned`); "the vacancy has been withdrawn, so we cannot
take your application further" names the reader and stays a refusal.

A refusal of the reader stands in a sentence of its own ("We have appointed another candidate
and will not be taking your application further"): only the sentence that refuses nobody reads
as no decision.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import Prefiltered
from rejectwatch.model.said_plainly import bounds

__all__ = [
    "DISOWNED_NEEDS",
    "NOBODY_REFUSED_NEEDS",
    "decision_disowned",
    "nobody_refused",
    "refusal_of_nobody",
]

# What a refusal is called, as a participle ("turned down", "rejected", "ruled out")
_REFUSED = (
    r"(?:turned (?:down|away)|rejected|ruled out|refused|declined|told no|screened out|"
    r"eliminated|excluded|dropped|cut|unsuccessful|let down)"
)
# ... and another participle it may follow ("appointed or rejected", "hired nor turned down")
_OR_ANOTHER = r"(?:[a-z]+ (?:or|nor|and) )?"
# Nobody, as a subject ("no one", "no applicant", "none of the candidates", "not a single one")
_NOBODY = (
    r"(?:nobody|no one|no-one|no (?:other |single )?(?:applicant|candidate|application|"
    r"candidacy|person)s?|none of (?:the|our|you|them)(?: [a-z]+)?"
    r"|not (?:a single|one) (?:applicant|candidate|application|person|one))"
)
_AUX = r"(?:has|have|had|was|were|is|are|['\u2019]s)"
_NOBODY_REFUSED = re.compile(
    r"\b" + _NOBODY + r" " + _AUX + r"(?: (?:yet|so far|as yet|actually))? "
    # (twenty-eighth pass, part H: and "being", "nobody is being hired or turned down")
    r"(?:been |yet been |being )?(?:(?:yet|so far|as yet) )?" + _OR_ANOTHER + _REFUSED + r"\b"
    # ... after "neither" or "nor" ("nor has anyone been turned down")
    r"|\b(?:neither|nor) " + _AUX + r" (?:anyone|anybody|any (?:applicant|candidate|"
    r"application)s?|a single (?:applicant|candidate|one)) (?:yet )?been "
    + _OR_ANOTHER
    + _REFUSED
    + r"\b"
    # ... anyone as the object of a negated refusal ("we have not turned anyone down")
    r"|(?:\bnot|n['\u2019]t) (?:yet )?(?:(?:rejected|refused|declined|turned down|ruled out) "
    r"(?:anyone|anybody|any (?:applicant|candidate|application)s?)|(?:turned|ruled) (?:anyone|"
    r"anybody|any (?:applicant|candidate|application)s?) (?:down|out))\b"
    # German: "niemand wurde abgelehnt", "kein Bewerber ist abgelehnt worden", "keiner
    # Bewerberin wurde abgesagt"
    r"|\b(?:niemand|niemandem|keine?r?m? (?:bewerber(?:in)?|kandidat(?:in)?|bewerbung))"
    r"(?:en)? (?:wurde|ist|hat|wird)(?: bisher| bislang| noch)? (?:abgelehnt|abgesagt|"
    r"aussortiert|ausgeschieden)\b"
    # French: "personne n'a été refusé", "aucune candidature n'a été écartée"
    r"|\b(?:personne|aucune? (?:candidat|candidate|candidature|postulant)e?s?) n['\u2019]a "
    r"(?:encore )?\u00e9t\u00e9 (?:refus|rejet|\u00e9cart|\u00e9limin)\u00e9e?s?\b"
    # Spanish: "nadie ha sido rechazado", "ningún candidato ha sido descartado"
    r"|\b(?:nadie|ning\u00fan (?:candidato|aspirante|postulante)|ninguna (?:candidata|"
    r"candidatura|solicitud)) (?:ha|fue)(?: todav\u00eda)? (?:sido )?(?:rechazad|descartad|"
    r"excluid)[oa]s?\b"
    # Italian: "nessuno è stato scartato", "nessun candidato è stato escluso"
    r"|\bnessun[oa]?(?: (?:candidat[oa]|candidatura))? (?:\u00e8|e) (?:ancora )?stat[oa] "
    r"(?:scartat|esclus|respint|rifiutat)[oa]\b"
    # Dutch: "niemand is afgewezen", "geen enkele sollicitant is afgewezen"
    r"|\b(?:niemand|geen (?:enkele )?(?:sollicitant|kandidaat|sollicitatie)) (?:is|werd|zijn)"
    r"(?: nog)? (?:afgewezen|afgevallen)\b"
)
_NOBODY_REFUSED_FAST = Prefiltered(_NOBODY_REFUSED)
# What nobody_refused needs in the text to answer at all (rules_ahead._GATED): each branch of
# _NOBODY_REFUSED ends with a refusal's participle, in English (_REFUSED, or the words of the
# negated refusal) or in a language read. (Twenty-second pass, part E: the strings the prefilter
# finds for the pattern are its subjects', "one", "body", "applicant", "person", which stand in
# two texts of three; these stand in one of seven of the job mail.)
_PARTICIPLE = re.compile(
    _REFUSED + r"|rejected|refused|declined|turned|ruled"
    r"|abgelehnt|abgesagt|aussortiert|ausgeschieden"
    r"|refus|rejet|\u00e9cart|\u00e9limin"
    r"|rechazad|descartad|excluid"
    r"|scartat|esclus|respint|rifiutat"
    r"|afgewezen|afgevallen"
)
NOBODY_REFUSED_NEEDS = (Prefiltered(_PARTICIPLE),)


def nobody_refused(lowered: str, left: int, right: int) -> bool:
    """Does the sentence lowered[left:right] say that nobody has been refused ("Nobody has been
    appointed and no applicant has been turned down", "niemand wurde abgelehnt")?"""
    found = _NOBODY_REFUSED_FAST.search(lowered, left, right)
    # (twenty-first pass, part V: a refusal of the reader after it, in the same sentence, stands:
    # "not one applicant was turned down lightly, and sadly you have not been successful")
    return found is not None and _READER.search(lowered, found.end(), right) is None


def refusal_of_nobody(lowered: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """The first place in lowered[start:end] that says nobody has been refused ("no applications
    have been turned down"), or None (twenty-second pass, part D: for
    rules_ahead.paused_kept_open, a pause that decides nothing of anyone's)."""
    return _NOBODY_REFUSED_FAST.search(lowered, start, len(lowered) if end is None else end)


# "This is not a decision about you", "it is no decision on your application", "no decision
# has been made about you": the letter says in words that what it tells decides nothing of the
# reader's (not "no judgement on your application" nor "no reflection on you": a cancelled
# post's refusal comforts the reader so)
_DISOWNED = re.compile(
    r"\b(?:this|that|it)(?: is|['\u2019]s| was) (?:not|no|in no way) (?:a )?decision "
    r"(?:about|on|of) (?:you|your (?:application|candidacy|cv))\b"
    r"|\bno decision (?:has been|was|is being|has yet been) (?:made|taken) (?:about|on) "
    r"(?:you|your (?:application|candidacy))\b"
)
_DISOWNED_FAST = Prefiltered(_DISOWNED)
# (what decision_disowned needs in the text to answer at all: rules_ahead._GATED)
DISOWNED_NEEDS = (_DISOWNED_FAST,)
# ... with no turn after it ("..., but we will not be taking you forward")
_TURN = re.compile(r"\b(?:but|however|though|although|unfortunately|sadly)\b")
# the reader named in the sentence of the post's fate (it may refuse them), or a regret in it
# ("Unfortunately the vacancy has been withdrawn"): it stays read
_READER = re.compile(
    r"\b(?:you|your|yours|yourself|unfortunately|sadly|regret\w*|sorry|afraid)\b"
    # (twenty-eighth pass, part H: not the reader's application kept as it is, "no one is being
    # hired or rejected for now, and your application stays as it is")
    r"(?<!\byour)(?<!\byours)"
    r"|\byours?\b(?! (?:application |candidacy |cv |file )?(?:stays|remains|will stay|will "
    r"remain|is kept|is still (?:open|live|active|on file|with us|in the process))\b)"
)
# ... or the post's fate a post filled or someone chosen ("The position has been filled. This is
# not a decision about you personally"): that is the reader's refusal, comforted (part V)
_FILLED = re.compile(
    r"\b(?:filled|appointed|hired|offered|chosen|selected|gone to|went to|another|other "
    r"candidates?|internal candidate|successful candidate)\b"
)
_STOPS = (".", "!", "?", "\n")


def decision_disowned(lowered: str, left: int, right: int) -> bool:
    """Does the sentence lowered[left:right] tell something without naming the reader or a
    regret ("The vacancy has been withdrawn after a restructure") in a letter that says in
    another sentence that this is no decision about the reader ("This is not a decision about
    you or any applicant"), with no turn after that?"""
    found = _DISOWNED_FAST.search(lowered)
    if (
        found is None
        or _READER.search(lowered, left, right) is not None
        or _FILLED.search(lowered, left, right) is not None
    ):
        return False
    while found is not None:
        if not left <= found.start() < right:
            end = bounds(lowered, found.end(), found.end(), _STOPS)[1]
            if _TURN.search(lowered, found.end(), end) is None:
                return True
        found = _DISOWNED.search(lowered, found.end())
    return False
