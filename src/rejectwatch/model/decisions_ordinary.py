"""Decisions told in ordinary ATS mail's plainer turns, read where written-29's misses showed
them (issue 11, twenty-second pass, part F).

Written-29 (ordinary applicant-tracking and recruiter mail in breadth) left 19 of its 160
rejections unfiled, none with a decision token. Two kinds of wording are general enough to read,
each written here in several wordings and stages, never for one message:

* **an application that stops before a stage**: "your application stops before the technical
  interview", "your candidacy stops short of the hiring manager's interviews", "your file
  will stop at the screening stage", "your application ends ahead of the panel round";
* **a hedged end**: "it's very unlikely your application goes any further with us", "it is
  highly unlikely that your candidacy will progress further", "very unlikely we'll take your
  application any further".

None reads a condition ("if the references do not arrive, your application stops before the
panel", "without them your application stops at screening", "… unless you upload it"), a time
it waits for ("unlikely your application goes any further before January"), nor another
application than the reader's. Each reading is (token name, word groups, pattern) over
lower-cased text, appended to the outcome readings of rejectwatch.model.negation after
decisions_before, so none is read in a conditional, still-to-come, quoted or reader-decided
sentence; every match lies inside one sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["OWN_WORDS", "READINGS"]

# the reader's own application, by any of its names ("your cv", "your candidacy")
_YOURS = (
    r"\byour (?:[a-z\-()]+ ){0,3}?(?:application|candidacy|candidature|submission|process|"
    r"file|cv|profile)"
)
# a stage of hiring, named by its last word ("the technical interview", "the panel round")
_STAGE = (
    r"(?:the|our|this|that|your|any) "
    # (never the end of a hire: "stops at the offer stage, as you've accepted")
    r"(?:(?!offer|onboarding|contract|signing|start|induction)[a-z\-'\u2019]+ ){0,4}?"
    r"(?:interviews?|stage|round|"
    r"screen|screening|panel|assessment|test|call|loop|shortlist|sift|onsite)\b"
)
# a condition or a wait after the stage: the stop is not yet a decision
_NOT_AFTER = (
    r"(?![^.!?\n]*\b(?:if|unless|until|till|without|in case|should you|provided|"
    r"as long as)\b)"
)
# a condition or a wait before it, in the sentence's own words ("without them, …")
_NOT_BEFORE = (
    r"(?<!\bif )(?<!\bunless )(?<!\bwithout them )(?<!\bwithout them, )(?<!\botherwise )"
    r"(?<!\botherwise, )(?<!\bor else )(?<!\bor else, )"
)

# "your application stops before the technical interview", "your candidacy stops short of the
# hiring manager's interviews", "your file will stop at the screening stage"
_STOPS_BEFORE = re.compile(
    _NOT_BEFORE
    + _YOURS
    + r" (?:stops|ends|will stop|will end|has stopped|has ended|is stopping|is ending) "
    r"(?:before|short of|ahead of|at) "
    + _STAGE
    + _NOT_AFTER
    # (nor a stage skipped or the way the process runs: "stops before the assessment stage
    # because you already hold the certificate, so we go straight to interview", "stops at the
    # panel interview, after which we decide")
    + r"(?![^.!?\n]*\b(?:after which|at which point|then we|straight to|directly to|skips?|"
    r"exempt|already (?:hold|have|passed))\b)"
)
# "it's very unlikely your application goes any further with us", "it is highly unlikely that
# your candidacy will progress further", "very unlikely we'll take your application any further"
_UNLIKELY_FURTHER = re.compile(
    r"\b(?:very|highly|extremely|most|really) unlikely (?:that )?(?:"
    + _YOURS[2:]
    + r" (?:goes|will go|would go|progresses|will progress|would progress|moves|will move|"
    r"would move|is taken|will be taken|would be taken)"
    r"|(?:we|we['\u2019]ll|we will|we would|we['\u2019]d|the team will|the team would) "
    r"(?:be able to )?(?:take|move|progress) your (?:[a-z\-()]+ ){0,3}?(?:application|"
    r"candidacy|candidature))"
    r" (?:any )?further\b"
    # (a time it waits for, or only for now: "… any further before january", "this month")
    r"(?! (?:before|until|till|this (?:week|month|side of)|for (?:now|the moment)|"
    r"in the next|over the)\b)" + _NOT_AFTER
)

# the reading whose own words hold a "before" (negation._OWN_WORDS: "stops before the technical
# interview" is where the application stopped, not a decision still to come)
_OWN = readings(("reader_out", _STOPS_BEFORE))
OWN_WORDS = tuple(pattern for _, _, pattern in _OWN)
READINGS = _OWN + readings(("reader_out", _UNLIKELY_FURTHER))
