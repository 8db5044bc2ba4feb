"""A sift or score rule, told as what a band of scores brings (issue 11, twenty-third pass,
part C).

A confirmation from a public-sector or graduate scheme often says how the sift works: "Below the
minimum sift score means no further progress; above it means an interview invitation", "A score
under the pass mark means the application goes no further", "Applications below the minimum
score will not progress to interview", "Falling below the threshold results in the application
being closed". The band of scores is the sentence's subject (below, under or above the minimum,
the pass mark, the threshold, the cut-off, the benchmark), and its verb tells what such a score
brings, in the present or the future, as a habit ("Candidates below the cut-off are not contacted
individually"): no decision taken on anyone yet. Read here as a rule (rules_ahead.rule_sentence).

Not read: a score the reader got, told as done ("Your score was below the minimum required, so
we won't be progressing your application", "You scored below the threshold, which means we
cannot take you further", "Your sift score fell below the pass mark"), or told as it stands with
its consequence for the reader's application after "so" ("Scores land below the cut, so your
application ends here").
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import Prefiltered

__all__ = ["SCORE_RULE_NEEDS", "score_rule"]

# The band of scores ("below the minimum sift score", "under the pass mark", "above the
# threshold", "short of the cut-off"), a scale's words after it
_BAND = re.compile(
    r"\b(?:below|under|beneath|above|over|short of|lower than|higher than) (?:the |our |this )?"
    r"(?:minimum|pass|passing|required|threshold|benchmark|cut-?off|cut|qualifying|target|"
    r"set|agreed|published)\b"
)
_BAND_FAST = Prefiltered(_BAND)
SCORE_RULE_NEEDS = (_BAND_FAST,)
# ... followed in its clause by what such a score brings, as a habit or in the future ("means",
# "will mean", "results in", "leads to", "ends the application", "will not progress", "do not
# go forward")
_BRINGS = re.compile(
    r"\b(?:means?|will mean|would mean|results? in|will result in|leads? to|will lead to|ends?|"
    r"will end|closes?|will close|stops?|will stop"
    r"|(?:will|would|do|does|can|shall)(?: not|n['\u2019]t)|won['\u2019]t|cannot|can['\u2019]t"
    # (thirty-seventh pass: a habit in the present passive, "candidates below the cut-off are not
    # contacted individually", "an application under the pass mark is not taken further")
    r"|(?:are|is)(?: not|n['\u2019]t)(?= (?:[a-z]+ly )?[a-z]+(?:ed|en|t)\b)"
    r"|(?:aren|isn)['\u2019]t(?= (?:[a-z]+ly )?[a-z]+(?:ed|en|t)\b)"
    # (fifty-fourth pass, fifth round: or a clause in the future after it, "Falling under the
    # pass mark and we'll write to say so")
    r"|(?:we|you|they|it|this)(?:['\u2019]ll| will)"
    # (sixty-fourth pass: or what comes or is sent in the present of a routine, "below the
    # cut-off, a results letter comes; above it, an interview call": two receipts, slice 185)
    r"|comes|come|follows|arrives|goes out|is sent|are sent)\b"
)
_CLAUSE_STOP = re.compile("[;:]")
# ... and nothing told as done about a score in the sentence: the reader's score was or fell
# below, the reader scored, the application was
_TOLD_DONE = re.compile(
    r"\b(?:was|were|fell|scored|came|landed|has been|have been|had|did|didn['\u2019]t|got|"
    r"received|achieved|reached)\b"
    # (fifty-eighth pass: never "scored" as an article's adjective, "The scored assessment comes
    # next; candidates below the cut-off won't move to interview", slice 138's confirmations)
    r"(?<!\bthe scored)(?<!\ba scored)(?<!\bour scored)(?<!\bthis scored)(?<!\beach scored)"
    # (a regret in the sentence gives the rule as the reader's outcome: "Unfortunately, scores
    # below the minimum cannot progress")
    r"|\b(?:unfortunately|sadly|regret|regrettably|sorry|afraid)\b"
    # (sixty-fourth pass: or the reader's own application ended in a clause after the rule's,
    # "Below the cut-off, candidates do not proceed to interview; your application in this round
    # ends here", slice 181)
    r"|[;:][ \t]*(?:so |and |therefore |thus |hence )?(?:your (?:[a-z\-]+ ){0,3}?(?:application|"
    r"candidacy|candidature|file|form|submission)|yours)\b[^;.!?\n]{0,40}?\b(?:ends|stops|closes|"
    r"halts|finishes|concludes|goes no further)\b"
)
# ... nor the reader's score told as it stands, before the band: the reader named ("As your score
# is below the pass mark, we will not take your application further", "Your results put you
# below the threshold"), or a result already spoken of, a pronoun its subject in the band's
# clause ("They sit below the benchmark we set, so the application ends at this step")
_READER_NOW = re.compile(r"\byou(?:r|rs|['\u2019]re)?\b")
_SPOKEN_OF = re.compile(r"\b(?:they|it|these|those|both|each|this|which)\b")
# ... nor, in the band's clause, the sender unable now to take the reader on ("With a score below
# the pass mark we cannot progress your application", "Scoring below the threshold means we are
# unable to progress you further"; twenty-third pass, part I): a rule tells what a score brings
# to any application, a refusal what the sender cannot do now for this reader (a rule in the
# future, "will not be able to progress an application", stays a rule)
_UNABLE_FOR_READER = re.compile(
    r"\b(?:cannot|can['\u2019]t|(?:are|am|is) (?:unable|not able)|(?:aren|isn)['\u2019]t able)"
    r"(?: to)? (?:[a-z\-]+ ){0,3}?(?:you\b(?!r)|your (?:application|candidacy)\b)"
)
_CLAUSE_OPENS = re.compile(r".*(?:[;:,]| [-\u2013\u2014] )", re.DOTALL)
# ... nor a band that a consequence for the reader's own application follows with "so" ("Scores
# land below the cut for the assessment centre, so your application ends here"; fifty-fourth
# pass): a rule says what a score "means" or "will" bring to any application, "so" what this
# one's score has brought
_SO_YOURS = re.compile(
    r",? (?:and )?(?:so|therefore|hence|thus|which is why) (?:[a-z\-]+ ){0,2}?"
    r"(?:your (?:application|candidacy|form|file|submission)|yours)\b"
)


def score_rule(lowered: str, left: int, right: int) -> bool:
    """Does the sentence lowered[left:right] tell, as a rule, what a band of scores brings
    ("Below the minimum sift score means no further progress", "Applications below the minimum
    score will not progress to interview"), with nothing told as done?"""
    band = _BAND_FAST.search(lowered, left, right)
    if band is None:
        return False
    # the band's clause: up to a semicolon or a colon (the next clause may be its twin, "above it
    # means an interview invitation")
    stop = _CLAUSE_STOP.search(lowered, band.end(), right)
    end = right if stop is None else stop.start()
    return (
        _BRINGS.search(lowered, band.end(), end) is not None
        and _TOLD_DONE.search(lowered, left, right) is None
        and _READER_NOW.search(lowered, left, band.start()) is None
        and _SPOKEN_OF.search(lowered, _clause_start(lowered, left, band.start()), band.start())
        is None
        and _UNABLE_FOR_READER.search(lowered, band.end(), end) is None
        and _SO_YOURS.search(lowered, band.end(), end) is None
    )


def _clause_start(lowered: str, left: int, at: int) -> int:
    """Where the clause holding ``at`` starts, in the sentence starting at ``left``."""
    opened = _CLAUSE_OPENS.match(lowered, left, at)
    return left if opened is None else opened.end()
