"""Refusal shapes the readings lost (issue 11, thirtieth pass, part L), in their general forms.

The thirtieth pass's closing note listed refusals that carried no decision token, so the word
weights alone had to file them. Three of its four shapes are read here (the fourth, a "not …
yet" clause that made its whole sentence undecided, is negation._not_yet_aside):

* **the outcome told about "it"**, the sentence before it having the reader's application as
  its subject: "Your Claims Officer application has been logged and reviewed by the panel. I am
  sorry to tell you that it was unsuccessful" (also "it has not been successful", "it did not
  succeed", "it will not be taken further"). Read only after such a sentence (after_application:
  "your ... application", "your candidacy", "your CV" opening it), never when that sentence is
  about a loan, a grant, a booking, a payment, a flat or a course;
* **"it" not shortlisted** after the same sentence: "it has not been shortlisted on this
  occasion", "it didn't make the shortlist" (never "yet", never "until");
* **the reader counted among those not taken on**: "you're one of those we won't be taking
  forward", "you are among the applicants we will not be progressing", "yours is one of the
  applications we won't take further" (a negated verb of taking on after "we", never "yet",
  "until" or a "but" after it; the reader among those taken forward has no negation).

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional ("if it is unsuccessful", "should it not be shortlisted"),
still-to-come, quoted or reader-decided sentence; the "it" readings (AFTER_APPLICATION) are
read only where after_application finds the reader's application in the sentence before.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_casual import _A
from rejectwatch.model.decisions_concluded import _NOT_UNTIL
from rejectwatch.model.prefilter import readings
from rejectwatch.model.said_plainly import bounds

__all__ = ["AFTER_APPLICATION", "READINGS", "after_application"]

_NOT = r"(?: not|n" + _A + r"t)"
# nothing after it in its sentence that turns it back ("but", "however")
_NO_BUT = r"(?![^.!?\n]*\b(?:but|however|although)\b)"

# nothing after it in its sentence of a form that failed to send ("it was not successful
# because the upload failed, please try again")
_NOT_SENT = (
    r"(?![^.!?\n]*\b(?:upload\w*|re-?submit\w*|re-?send|try again|technical|error|saved?|"
    r"attach\w*|format|payment|browser|portal)\b)"
)
# nothing after it in its sentence that makes it a first step since undone ("it was not
# shortlisted by the screener at first, but I overrode that")
_AT_FIRST = r"(?![^.!?\n]*\b(?:at first|initially|originally|to begin with|first time round)\b)"
# the outcome told about "it": unsuccessful, not successful, did not succeed, not taken further
_IT_OUTCOME = re.compile(
    r"\bit (?:was|is|has been|had been|" + _A + r"s been) unsuccessful\b" + _NOT_UNTIL + _NOT_SENT
    + r"|\bit (?:was|is|has|had)" + _NOT + r"(?: been)? successful\b" + _NOT_UNTIL + _NOT_SENT
    + r"|\bit (?:did|has|had)" + _NOT + r" (?:succeed|succeeded|progress|progressed|go forward|"
    r"gone forward|go further|gone further|go through|gone through)\b" + _NOT_UNTIL + _NOT_SENT
    + _AT_FIRST
    + r"|\bit (?:will not|won" + _A + r"t|cannot|can" + _A + r"t|can not) be (?:taken|"
    r"progressed|moved|carried|put) (?:forward|further|through)\b" + _NOT_UNTIL
)  # fmt: skip
# "it" not shortlisted, or not through to the shortlist
_IT_NOT_SHORTLISTED = re.compile(
    r"\bit (?:was|has|had|is)" + _NOT + r"(?: been)? (?:shortlisted|short-listed|short listed|"
    r"selected for (?:the )?(?:shortlist|interview))\b" + _NOT_UNTIL + _AT_FIRST
    + r"|\bit (?:did|has|had)" + _NOT + r" (?:make|made) (?:the|our|its|this) "
    r"(?:[a-z\-]+ ){0,2}?(?:shortlist|short list|short-list|cut)\b" + _NOT_UNTIL + _AT_FIRST
)  # fmt: skip

# the reader counted among those not taken on: "you're one of those we won't be taking forward"
_ONE_OF = (
    r"\b(?:you(?:" + _A + r"re| are| were)|yours (?:is|was)|your (?:application|candidacy|"
    r"candidature|cv|profile) (?:is|was))(?: sadly| unfortunately| regrettably)? "
    r"(?:one of|among|amongst) (?:the|those|our|a few|a number of)(?: [a-z\-]+){0,3}? "
    r"(?:(?:that|who|whom|which) )?(?:we|i|the (?:[a-z\-]+ )?(?:panel|team|committee|"
    r"company|manager|board))"
)
_TAKE = (
    r"(?:take|progress|move|invite|shortlist|select|put|advance|proceed|offer|call|interview|"
    r"pick|hire|appoint)"
)
_TAKING = (
    r"(?:taking|progressing|moving|inviting|shortlisting|selecting|putting|advancing|"
    r"proceeding|offering|calling|interviewing|picking|hiring|appointing)"
)
_ONE_OF_THOSE = re.compile(
    _ONE_OF
    + r"(?: (?:won" + _A + r"t|will not|shan" + _A + r"t)(?: be " + _TAKING + r"| " + _TAKE
    + r")"
    r"|(?:" + _A + r"re not| are not| aren" + _A + r"t| were not| weren" + _A + r"t) " + _TAKING
    + r"|(?:" + _A + r"ve| have| had)?(?: decided| chosen) not to " + _TAKE
    + r"|(?: did not| didn" + _A + r"t| could not| couldn" + _A + r"t| cannot| can" + _A
    + r"t| were unable to| are unable to| will be unable to| have not been able to) " + _TAKE
    + r")\b"
    + _NOT_UNTIL
    + _NO_BUT
)  # fmt: skip

# the sentence before: the reader's application (a job's) as its subject, opening it
_APPLICATION_SUBJECT = re.compile(
    r"[ \t\u2022*>\-]*(?:(?:and|so|now|today|recently|earlier),? )?your (?:[a-z\-" + _A[1:-1]
    + r"]+ ){0,6}?(?:application|candidacy|candidature|cv|resume|r\u00e9sum\u00e9|"
    r"application form)\b"
)  # fmt: skip
# ... never a loan's, a grant's, a booking's, a payment's, a flat's or a course's
_NOT_A_JOB = re.compile(
    r"\b(?:loans?|mortgages?|credit|cards?|grants?|funding|bursar(?:y|ies)|scholarships?|visas?|"
    r"passports?|permits?|licen[cs]es?|planning|housing|tenanc(?:y|ies)|rental|lease|flats?|"
    r"apartments?|property|booking|reservation|membership|insurance|claim|refund|benefits?|"
    r"allowance|pension|payments?|account|overdraft|courses?|degree|admissions?|school|"
    r"nursery|parking|allotment|tender|bid|proposal|abstract|paper|manuscript|pitch|award|"
    r"nomination|entry|competition|appeal|complaint|adoption|fostering|transfer of ownership|"
    r"draft|saved|uploaded|upload)\b"
)
# the stops negation._sentence_start reads a sentence between
_STOPS = (".", "!", "?", "\n")
# how far back a blank line may push the sentence before
_BLANKS = 3


# what may stand before "it" in its sentence: a regret or a telling, nothing with a subject of
# its own ("We tried to call you but it was unsuccessful" is about the call)
_REGRET = (
    r"(?:unfortunately|regrettably|sadly|however|alas|on this occasion|at this (?:time|stage|"
    r"point)|this time|in this (?:instance|case|round)|(?:i|we)(?:"
    + _A
    + r"m|"
    + _A
    + r"re| am| are) afraid)"
)
_TELLING = (
    r"(?:(?:i|we)(?:" + _A + r"m|" + _A + r"re| am| are)? (?:very |so |truly )?(?:sorry|sad|"
    r"writing|regret|have|must|need|wanted|want)(?: to)?(?: (?:tell|inform|let|say|advise|"
    r"confirm|share))?(?: you)?(?: know)?|please (?:be advised|note)|this is to (?:let you know|"
    r"inform you|confirm)|(?:i|we) (?:can )?confirm)(?: that)?"
)
_LEAD_IN = re.compile(
    r"[\s\u2022*>\-]*(?:" + _REGRET + r",?\s*)?(?:" + _TELLING + r",?\s*)?(?:" + _REGRET
    + r",?\s*)?"
)  # fmt: skip


def after_application(lowered: str, left: int, at: int) -> bool:
    """Does the reading at ``at`` open its sentence (which starts at ``left``), after a regret or
    a telling at most ("I am sorry to tell you that it was unsuccessful"), and is the sentence
    before it (blank lines skipped) opened by the reader's application, candidacy or CV as its
    subject, and about no loan, grant, booking, payment, flat or course (_NOT_A_JOB)?"""
    if _LEAD_IN.fullmatch(lowered, left, at) is None:
        return False
    end = left - 1
    for _ in range(_BLANKS):
        if end < 0:
            return False
        start = bounds(lowered, end, end, _STOPS)[0]
        if lowered[start:end].strip():
            return (
                _APPLICATION_SUBJECT.match(lowered, start, end) is not None
                and _NOT_A_JOB.search(lowered, start, end) is None
            )
        end = start - 1
    return False


_READ_IT = readings(("reader_out", _IT_OUTCOME), ("reader_out", _IT_NOT_SHORTLISTED))
AFTER_APPLICATION = tuple(pattern for _, _, pattern in _READ_IT)
READINGS = _READ_IT + readings(("reader_out", _ONE_OF_THOSE))
