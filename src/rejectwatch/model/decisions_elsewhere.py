"""Outcomes told in shapes no reading held (issue 11, sixty-second pass, fifth round: read slices
167 and 168's misses). Each form is written here in several wordings, never for one message:

* **the reader's profile or application stopped, or no longer considered**: "Screening stopped your
  file here" (the second round's), "Hiring company stops your profile for Production Planner", "the
  hiring team has stopped your application here", "the employer has stopped considering this
  application";
* **left off a list**: "Your application … was left off the eligibles list given to the hiring
  manager";
* **the hire going elsewhere**: "Gutterjointing hire goes elsewhere this time", "this hire goes a
  different way", "We're offering the position elsewhere";
* **the post not coming the reader's way**: "The labourer post hasn't come your way";
* **others sitting nearer the brief, the sender focusing on them**: "a few applicants sat
  nearer what the brief calls for, and we'll be focusing on them from here";
* **not appointing the reader**: "we will not appoint you as sluicekeeping assistant";
* **another going forward**: "A different candidate goes forward this round";
* **the application ending without an interview**: "your application ends without an
  interview";
* **stopping there, as a consequence**: "nothing in your file shows it, so we must stop there".

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_casual import _A
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_YOURS = r"(?:your|this|the) (?:[a-z\-]+ ){0,2}?(?:profile|application|candidacy|candidature|cv)"
_STOPPED_YOURS = re.compile(
    # a stage that stopped it (second round: "Screening stopped your file here", "the sift has
    # ended your application")
    r"\b(?:screening|the screen|the sift|sifting|the review|shortlisting|the panel|eligibility "
    r"checks?|the checks?) (?:has |have )?(?:stopped|halted|ended|closed) your (?:file|application|"
    r"candidacy|candidature|form)\b(?! (?:for now|until|till|temporarily)\b)"
    # ... or anyone ("Hiring company stops your profile", "the employer has stopped considering
    # this application")
    r"|"
    r"\b(?:stops|stopped|has stopped|have stopped|halts|halted|has halted) " + _YOURS + r"\b"
    r"(?! (?:from|being|for now|until|till|temporarily|by mistake)\b)"
    r"|\b(?:stopped|stops|has stopped|have stopped|ceased|has ceased) considering " + _YOURS + r"\b"
)
# never a name left off or dropped by mistake, or put back
NOT_BY_MISTAKE = r"(?![^.!?\n]{0,40}\b(?:by mistake|in error|mistakenly|added|fixed|corrected)\b)"
_LEFT_OFF_THE_LIST = re.compile(
    r"\b(?:your (?:[a-z\-]+ ){0,3}?(?:application|name|candidacy)(?: for(?: [a-z\-]+){1,4}?)?|"
    r"you) (?:was|were|has been|have "
    r"been|got|is) left off (?:the|our) (?:[a-z\-]+ ){0,2}?(?:list|shortlist|certificate|roster|"
    r"register)\b" + NOT_BY_MISTAKE
    # (sixty-third pass: or fallen off it, "your name fell off the list this time"; never a
    # mailing list)
    + r"|\b(?:your name|you) (?:fell|dropped|slipped|came|has fallen|has dropped) off (?:the|our) "
    r"(?!(?:[a-z\-]+ )?(?:mailing|email|e-mail|distribution|newsletter|contact|waiting|wait)\b)"
    r"(?:[a-z\-]+ ){0,2}?(?:list|shortlist)\b" + NOT_BY_MISTAKE
    # ... or a list drawn up without the reader, "the interview list is drawn up and you are off
    # it"
    + r"|\b(?:interview |short)?list (?:is|was|has been) (?:drawn up|made|set|finalised|finalized|"
    r"complete|done)(?: now)?,? (?:and|but) you(?:['\u2019]re| are) (?:off it|not on it)\b"
)  # fmt: skip
_GOES_ELSEWHERE = re.compile(
    # (never "your post", the reader's mail: "your post went elsewhere, the courier left it")
    r"\b(?<!your )(?:hire|job|post|role|position|place|spot|contract|this one|that one|appointment)"
    r" (?:goes|"
    r"went|has gone|is going|" + _A + r"s going|" + _A + r"s gone) (?:elsewhere|a different way|"
    r"another way|in another direction|in a different direction)\b"
    r"|\b(?:offering|offered|giving|given|awarding|awarded) the (?:[a-z\-]+ )?(?:position|post|job|"
    r"role|place|spot) elsewhere\b"
)
_NOT_YOUR_WAY = re.compile(
    # (never an earlier or another post, "the last role didn't go your way")
    r"\b(?<!last )(?<!previous )(?<!other )(?<!first )(?:post|job|role|position|place|spot|work|"
    r"contract) (?:hasn"
    + _A
    + r"t|has not|didn"
    + _A
    + r"t|did not|won"
    + _A
    + r"t|will not) (?:come|fallen|fall|gone|go) your way\b"
)
_OTHERS_NEARER = re.compile(
    r"\b(?:a few|some|several|two|three|other|the other) (?:applicants|candidates|people|profiles|"
    r"finalists) (?:sat|sit|fit|fitted|matched|lined up|came) (?:nearer|closer|better|more "
    r"closely)\b"
    r"|\b(?:we" + _A + r"ll|we will|we" + _A + r"re going to|we are going to) be (?:focusing|"
    r"concentrating) on (?:them|those|these|those (?:applicants|candidates)) (?:from here|from now|"
    r"now|going forward)\b"
)
_NOT_APPOINT_YOU = re.compile(
    r"\b(?:will not|won" + _A + r"t|shall not|cannot|can" + _A + r"t|are unable to|decided not "
    r"to|have decided not to) appoint you\b(?! (?:until|before|unless|if)\b)"
)
_ANOTHER_GOES_FORWARD = re.compile(
    r"\b(?:a different|another|one other|the other) (?:candidate|applicant|person|finalist|"
    r"profile) (?:goes|is going|went|moves|is moving|has gone) (?:forward|through|ahead|on)\b"
    r"(?! (?:with you|alongside you|and you)\b)"
)
_ENDS_WITHOUT = re.compile(
    r"\byour (?:application|candidacy|candidature|file) (?:ends|ended|closes|closed|stops|"
    r"stopped|finishes|finished) without (?:an? )?(?:interview|offer|further (?:steps?|progress)|"
    r"a place)\b(?![^.!?\n]{0,12}\b(?:last|previous) (?:year|time|round|season)\b)"
)
_MUST_STOP_THERE = re.compile(
    r"\b(?:so|hence|therefore|thus)(?:,)? (?:we|i)(?: (?:must|have to|need to|will|shall)|"
    + _A
    + r"ll) stop (?:there|here)\b(?! (?:for now|until|till)\b)"
)

READINGS = readings(
    ("reader_out", _STOPPED_YOURS),
    ("reader_out", _LEFT_OFF_THE_LIST),
    ("chose_other", _GOES_ELSEWHERE),
    ("reader_out", _NOT_YOUR_WAY),
    ("chose_other", _OTHERS_NEARER),
    ("reader_out", _NOT_APPOINT_YOU),
    ("chose_other", _ANOTHER_GOES_FORWARD),
    ("reader_out", _ENDS_WITHOUT),
    ("reader_out", _MUST_STOP_THERE),
)
