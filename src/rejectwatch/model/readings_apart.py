"""Older false readings the twenty-seventh pass's hostile parts found and left (issue 11,
twenty-seventh pass, part K4).

Older decision readings of rejectwatch.model.negation gave a decision token to mail that
refuses no candidacy of the reader. Each kind is left unread where a reading's token is checked
(negation._unread), by the sentence that holds it and, for some, the mail around it.

Another matter (:func:`another_matter`; the sentence is marked as a thing refused, so the gate
still holds the mail below filing):

* an outcome "did not go in your favour" of a claim, a complaint or a refund, in mail naming no
  application, interview or candidate ("the final outcome did not go in your favour: the
  insurer upheld its decision to decline the claim"; a panel's decision with only an appeal
  named stays read);
* staff news: a choice whose next sentence congratulates the one chosen by name
  ("… into the ward manager post. Congratulations, Ama!");
* a parcel's, an order's or a delivery's cut-off ("you didn't make the cut-off for next-day
  delivery");
* "the job went elsewhere" said of a tender, a contract or a quote, in mail naming no
  application, interview or candidate;
* a task handed to a colleague ("I've asked Priya to take it on this term, so please send her
  the forms") in mail that never speaks of an application, a candidate, an interview, a role,
  a post or a job, nor of the reader's offer or interest ("thanks for offering, we've asked
  Priya to take it on instead" refuses the reader's offer and stays read);
* a coursework mark or a test result of the body "below the pass mark / the threshold" in a
  sentence naming no job, test of a hiring process or application;
* the reader's own withdrawal acknowledged ("thanks for your note: we have withdrawn your
  application … and cancelled the interview").

A clause that only sets a time or a condition (:func:`only_a_clause`; the token is dropped):

* Dutch "ben je niet gekozen, dan …" (an if-clause by inversion at the sentence's start);
* Italian "dopo che avemmo scelto un candidato, …" (a past-time clause before the main one);
* Tagalog and Cebuano "puno na ang trabaho ko" (the writer's own work is full: a busy week).

Refusals in the same words stay read: "the final outcome did not go in your favour this time"
after an interview, "the job went elsewhere" or "went to another applicant" to a candidate,
"we've asked another candidate to take the role", a score "below the pass mark" of an
assessment, "Helaas ben je niet gekozen", "abbiamo scelto un altro candidato", "puno na ang
trabaho" with no owner after it.

Left read: a home "given to another tenant" (or "gone with another tenant"): unreading it would
change the readings of training mail (lettings notes the model has learned with their token).
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re

__all__ = ["HIRING", "another_matter", "only_a_clause"]

_READER_OUT = "xreaderout"
_CHOSE_OTHER = "xchoseother"
_ROLE_GONE = "xrolegone"
_STATUS_REFUSED = "xstatusrefused"

# a hiring process named anywhere in the mail: the reader's candidacy (twenty-ninth pass, part
# T: one pattern for readings_apart and readings_aside, which kept two lists; not "hired" or
# "vacancy", which staff news welcoming or congratulating the one chosen says as a refusal does)
HIRING = re.compile(
    r"\b(?:appl(?:y|ied|ying|icants?|ications?)|candida\w+|interview\w*|shortlist\w*|"
    r"recruit\w*|hiring|cv|résumé|resume|trial (?:day|shift|period))\b"
)
# ... a job named in the sentence
_JOB = re.compile(
    r"\b(?:jobs?|roles?|posts?|positions?|vacanc\w+|candida\w+|interview\w*|hiring|recruit\w*|"
    r"employ\w*|assessments?|applications?|shortlist\w*|aptitude|psychometric|sift)\b"
)
# ... a role named anywhere in the mail
_A_ROLE = re.compile(r"\b(?:jobs?|roles?|posts?|positions?|vacanc\w+|openings?)\b")

_FAVOUR = re.compile(
    r"\b(?:did not|didn['\u2019]t|has not|hasn['\u2019]t|not) (?:gone|go|been)?"
    r" ?(?:in your favou?r|your way)\b"
)
_DISPUTE = re.compile(
    r"\b(?:claims?|insur\w+|complaints?|ombudsman|chargebacks?|refunds?|policyholder|"
    r"your (?:insurance )?policy|parking (?:ticket|fine)|penalty charge)\b"
)

_CONGRATULATED = re.compile(
    r"[.!]?[\s>*\-]*(?:(?:congratulations|congrats|well done),? (?!(?:on|for|to you|you)\b)"
    r"[a-z]+\b|(?:congratulations|congrats) to (?!you\b)[a-z]+\b"
    r"|please join me in congratulating (?!you\b)[a-z]+\b)"
)

_CUT_OFF = re.compile(
    r"\bcut-? ?off (?:time |date )?(?:for|of) (?:(?:next|same)[- ]day |free |standard |express |"
    r"friday |saturday |today['\u2019]?s )*(?:delivery|dispatch|shipping|postage|collection|"
    r"despatch)\b"
)

_ELSEWHERE = re.compile(r"\b(?:went|gone|going|goes) elsewhere\b")
_CONTRACT = re.compile(
    r"\b(?:tenders?|tendering|bids?|bidding|quotes?|quoting|quotations?|suppliers?|"
    r"procurement|subcontract\w*)\b"
)

_ASKED_TO_TAKE = re.compile(r"\basked [a-z]+ to take (?:it|this|that|them) on\b")
# ... to a reader who offered or volunteered for it, or had it asked of them: a refusal
_OFFERED = re.compile(
    r"\b(?:offer\w*|volunteer\w*|interest\w*|keen|instead|rather than|in your place|"
    r"put your name|your name down|sign(?:ed)? up|stepp\w+ (?:up|forward))\b"
)

_BODY_OR_COURSE = re.compile(
    r"\b(?:coursework|assignments?|dissertations?|essays?|module|resubmi\w+|resits?|"
    r"cholesterol|blood (?:pressure|sugar|test)|glucose|haemoglobin|hemoglobin|iron|vitamin \w+|"
    r"bmi|psa|thyroid|ferritin|hba1c)\b"
)
_BELOW = re.compile(r"\bbelow (?:the )?(?:pass mark|threshold|cut-? ?off|minimum)\b")

_WITHDRAWN = re.compile(
    r"\b(?:have|['\u2019]ve|has) (?:now )?withdrawn your (?:application|candidacy)\b"
)
_ACKNOWLEDGED = re.compile(
    r"\b(?:thanks|thank you) for (?:your|the) (?:note|email|e-mail|message|reply|update|letter)\b"
    r"|\b(?:thanks|thank you) for (?:letting us know|informing us|telling us)\b"
    r"|\bas (?:you )?(?:requested|asked)\b|\bat your request\b"
)

# ... with no reason of the sender's own and no regret beside it ("… as the post has been filled")
_REASON = re.compile(
    r"\b(?:as|because|since|due to|unfortunately|sadly|regret\w*|afraid|filled|another|other|"
    r"no longer|unable|cannot|can['\u2019]t)\b"
)


def another_matter(lowered: str, left: int, right: int, token: str) -> bool:
    """Is the decision ``token`` read in ``lowered[left:right]`` one of another matter than the
    reader's candidacy (a claim, staff news, a parcel, a contract, a task, a mark, the
    reader's own withdrawal)?"""
    sentence = lowered[left:right]
    if token in (_READER_OUT, _STATUS_REFUSED) and _FAVOUR.search(sentence):
        return _DISPUTE.search(lowered) is not None and HIRING.search(lowered) is None
    if token in (_CHOSE_OTHER, _ROLE_GONE) and _chosen_apart(lowered, right, sentence, token):
        return True
    if token == _READER_OUT and _missed_apart(sentence):
        return True
    if token in (_ROLE_GONE, _READER_OUT) and _WITHDRAWN.search(sentence):
        return (
            _ACKNOWLEDGED.search(lowered, 0, right) is not None and _REASON.search(sentence) is None
        )
    return False


def _chosen_apart(lowered: str, right: int, sentence: str, token: str) -> bool:
    """Staff news congratulating the one chosen, a task handed on, a contract gone elsewhere."""
    if token == _CHOSE_OTHER and _CONGRATULATED.match(lowered, right):
        return HIRING.search(lowered) is None
    if token == _CHOSE_OTHER and _ASKED_TO_TAKE.search(sentence):
        return not (HIRING.search(lowered) or _A_ROLE.search(lowered) or _OFFERED.search(lowered))
    if _ELSEWHERE.search(sentence):
        return _CONTRACT.search(lowered) is not None and HIRING.search(lowered) is None
    return False


def _missed_apart(sentence: str) -> bool:
    """A delivery's cut-off, a coursework mark or a test of the body below a threshold."""
    if _CUT_OFF.search(sentence):
        return True
    return (
        _BELOW.search(sentence) is not None
        and _BODY_OR_COURSE.search(sentence) is not None
        and _JOB.search(sentence) is None
    )


_INVERTED_IF = re.compile(
    r"[\s>*\-\"'(]*(?:ben|word|wordt|bent) (?:je|jij|u) (?:helaas )?niet (?:[a-z]+ ){0,3}?"
    r"(?:gekozen|aangenomen|geselecteerd|uitgenodigd)\b[^.!?]*?,? dan\b"
)
_AFTER_CHOOSING = re.compile(
    r"[\s>*\-\"'(]*dopo che (?:avemmo|avevamo|abbiamo|avete|avevate|hanno|avevano|ebbero) "
    r"(?:scelto|selezionato)\b[^,.!?]*,"
)
_OWN_WORK_FULL = re.compile(
    r"\bpuno na (?:ang|an) trabaho (?:ko|nako|namo|namin|nato|natin|naton)\b"
)


def only_a_clause(lowered: str, left: int, right: int, token: str) -> bool:
    """Is the decision ``token`` read in ``lowered[left:right]`` only a clause that sets a
    condition or a time, or the writer's own full week?"""
    if token == _READER_OUT and "dan" in lowered[left:right]:
        return _INVERTED_IF.match(lowered, left, right) is not None
    if token == _CHOSE_OTHER and "dopo che" in lowered[left:right]:
        return _AFTER_CHOOSING.match(lowered, left, right) is not None
    if token == _ROLE_GONE and "puno na" in lowered[left:right]:
        return _OWN_WORK_FULL.search(lowered, left, right) is not None
    return False
