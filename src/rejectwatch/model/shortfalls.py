"""The reader short of a bar, left out of a group, or refused under any label (issue 11,
tenth pass).

Blind slice 8's misses, read by kind, held decisions no earlier reading read, each a shape
that recurs whatever the words around it:

* **a result below a bar**: "your total was 13 and the pass mark 16; as your score fell short
  of that mark ...", "your scores fell below the line for a place", "yours did not score high
  enough to go on", "Result: 68.00 - Did not pass", "you were eliminated at screening";
* **the reader not among those chosen**: "your name isn't one of them", "your file was not
  among those selected", "yours didn't make the final group", "you haven't made the cut";
* **no place for the reader**, in any noun: "there isn't a part for you", "there is no match
  for you", "you haven't got a lead spot this time", "we cannot extend you one of this
  year's places", "we're not offering you a route", "the loop did not end in an offer";
* **the reader's application ended**, said by its pronoun or as letting it go: "yours will go
  no further in this round", "so we're going to let this one go";
* **a refusal under any label**: a line "Disposition: Not Selected", "Archive reason: Not a
  fit for current requirements" (the readings knew "Status", "Outcome", "Result" and
  "Decision" only), and an application "archived" or "no longer being considered" when it is
  "this application" rather than "yours".

Each reading is (token name, word groups, pattern) over lower-cased text, as in
rejectwatch.model.plain_outcomes, which appends them to its own: the same checks apply (none
in a conditional, still-to-come or quoted sentence, none in the reader's own decision, none in
mail about someone else's candidacy). Each lies inside one sentence (a line is one).
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_left_off import NOT_A_JOB_SPACE, NOT_A_JOB_THING
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_NOT = r"(?:\bnot|n['\u2019]t|\bnever)"
_READER = r"\b(?:you|yours|your (?:[a-z\-]+ )?(?:application|candidacy|candidature|name|file|cv|"
_READER += r"profile|submission|dossier|form|score|scores|result|results|total|mark|marks|"
# eleventh pass: what else a reader submits ("your proposal was not among them")
_READER += r"proposal|bid|entry|nomination|portfolio|pitch|tender))\b"

# Advice, not a result (twenty-fifth pass, part C): a subject after "make sure", "don't let",
# "help" ("make sure your application doesn't fall short of the criteria", "don't let your
# application fall short of what employers want": a confirmation's or a job alert's tip), or a
# negation between the subject and its verb ("so your application won't fall below the
# minimum", "your score did not fall short")
_ADVISED = "".join(
    f"(?<!\\b{frame} {whose})"
    for frame in ("let", "sure", "help", "keep", "stop")
    for whose in ("your ", "the ", "an ", "")
)
# (fortieth pass: or a rule about a class of applicants, "candidates whose marks fall under the
# category-wise cut-off will not be called to the interview", a confirmation's)
_ADVISED += r"(?<!\bwhose )"
# (forty-first pass: and with the score's kind between, "no interview call letter is issued to
# a candidate whose screening score falls below the category-wise cut-off")
_ADVISED += "".join(
    f"(?<!\\bwhose {kind} )"
    for kind in (
        "screening", "test", "exam", "written", "total", "final", "interview", "overall",
        "aggregate", "average", "combined", "assessment", "qualifying", "preliminary",
    )
)  # fmt: skip
# (part P: the negation only as the verb's own, "did not fall", "won't fall": a "not" elsewhere
# between subject and verb, "your application, while not without merit, fell short", "did not
# meet the bar: it fell short", is no denial of the result)
_UNNEGATED = r"(?<!\bnot )(?<!\bnever )(?<!n['\u2019]t )"
# the same before a bar's own words ("did not fall below", "was not under", "never fell short of")
_UNDENIED = _UNNEGATED + "".join(
    f"(?<!{neg} {verb} )"
    for neg in ("\\bnot", "n['\u2019]t", "\\bnever")
    for verb in ("fall", "fell", "fallen", "be", "been", "come", "go", "drop", "sink")
)
# a result below a bar ("your score fell short of that mark", "your scores fell below the
# line", "yours did not score high enough", "did not pass", "eliminated at screening")
_SHORT_SUBJECT = (
    r"(?:scores?|total|marks?|results?|ratings?|points|percentile|application|yours|you)\b"
)
_SHORT = re.compile(
    # (the subject first as a lookahead: the frames are looked behind only where one stands)
    r"\b(?="
    + _SHORT_SUBJECT
    + ")"
    + _ADVISED
    + _SHORT_SUBJECT
    + r"[^.!?\n]{0,40}?\b"
    + _UNNEGATED
    + r"(?:fell|falls?|was|were|is|are|sat|sits?|came|comes?|landed|lands?|"
    r"ended up|finished)(?: in| out)?(?: just| slightly| narrowly)? (?:short|below"
    # (forty-first pass: "below" with what it is below, never where a link stands in the mail,
    # "your DBS application link is below")
    r"(?=\s+(?:the|our|that|this|a|an|what|\d|par|expectations?|average|standard|requirements?|"
    r"minimum|pass|cut|threshold))|under "
    r"(?:the|our|that|this|a) (?:[a-z\-]+ )?(?:mark|bar|line|threshold|cut|cut-off|cutoff|pass|"
    r"level|benchmark|minimum))\b"
    # eleventh pass: "your test results weren't enough to take you on"
    # (the reader's: not "the result isn't enough to deter them")
    r"|\byour (?:[a-z\-]+ ){0,2}?(?:scores?|total|marks?|results?|ratings?|points|performance|"
    r"answers?) (?:[a-z\-]+ ){0,2}?(?:was|were|is|are)(?: not|n['\u2019]t) (?:quite )?"
    r"(?:high |good |strong )?enough\b"
    # (part P: not denied, "your score did not fall short of the pass mark", "was not below")
    r"|\b" + _UNDENIED + r"below the (?:pass|required|minimum|threshold|benchmark|cut)"
    r"|\b" + _UNDENIED + r"(?:under|short of) the (?:pass|required|minimum)"
    r"|" + _NOT + r" (?:score|scored) high enough\b"
    # (nineteenth pass, part D: not a footer's "please don't pass it on", a request to the reader,
    # nor "do not pass this email along")
    r"|\b(?:did|do|does|have|has)(?: not|n['\u2019]t) pass\b(?! (?:it|this|that|them|these|"
    r"the (?:e-?mail|message|information|details|contents)|(?:this|the|any) [a-z]+|anything|any of "
    r"(?:it|this))? ?(?:on|along|around|forward)\b)"
    r"|\b(?:you|yours|your application|you have|you've|you were|you have been) "
    r"(?:been |were |was )?eliminated\b"
)
# the reader not among those chosen ("your name isn't one of them", "your file was not among
# those selected", "yours didn't make the final group", "you haven't made the cut")
_NOT_AMONG = re.compile(
    _READER + r"[^.!?\n]{0,20}?(?:\b(?:is|was|are|were|has|have|had|did|does|do)"
    r"(?: not|n['\u2019]t| never)|\bnot)"
    r"(?: been)? (?:(?:one of|among|amongst) (?:them\b|those\b[^.!?\n]{0,20}?\b(?:selected|chosen|"
    r"shortlisted|successful|invited|picked|offered|appointed|progress\w*|forward)\b|the "
    r"(?:[a-z\-]+ ){0,2}?(?:selected|chosen|shortlisted|successful|finalists|shortlist)\b"
    # "yours was not among the offers made" (not "among the first received")
    r"|the (?:[a-z\-]+ ){0,2}?[a-z]+ (?:made|selected|chosen|shortlisted|offered|invited|appointed|"
    r"progressed|taken forward|put forward)\b)"
    # (sixteenth pass: or "our" shortlist, "you didn't make our shortlist")
    r"|(?:quite )?(?:make|made|making) (?:the|our|this year['\u2019]s) (?:[a-z\-]+ ){0,2}?"
    r"(?:cut|group|list|shortlist|"
    r"grade|selection|final|finals|round|stage|team|squad|cohort|intake)\b)"
)
# no place for the reader ("there isn't a part for you", "no match for you", "you haven't
# got a lead spot", "we cannot extend you one of this year's places", "we're not offering you
# a route", "the loop did not end in an offer")
_PLACES = (
    r"(?:places?|placements?|spots?|roles?|positions?|posts?|parts?|matchs?|match|routes?|seats?|"
    r"room|space|shifts?|"
    r"offers?|jobs?|contracts?|internships?|vacanc(?:y|ies)|openings?)"
)
_NO_PLACE = re.compile(
    r"(?:\bno|\bisn['\u2019]t an?|\bis not an?|\baren['\u2019]t any|\bare not any|"
    r"\bnot an?) (?:[a-z'\u2019\-]+ ){0,2}?" + _PLACES + r" for you\b"
    # eleventh pass: a mass noun ("there isn't room for you this time")
    r"|\b(?:isn['\u2019]t|is not|wasn['\u2019]t|was not) (?:any )?(?:room|space) for you\b"
    # (not a headline's "why you didn't get the job")
    r"|(?<!why )(?<!how )\byou (?:have not|haven['\u2019]t|did not|didn['\u2019]t|won['\u2019]t|"
    r"will not) "
    r"(?:got|get|been given|be given|received|receive) (?:an? |the )?(?:[a-z\-]+ ){0,2}?"
    + _PLACES
    + r"\b"
    r"|(?:\bcannot|\bcan['\u2019]t|\bunable to|" + _NOT + r"(?: be)?) (?:offer|offering|extend|"
    r"extending|give|giving|confirm|confirming) you (?:an? |the |one of |in the |a further )?"
    r"(?:[a-z'\u2019\-]+ ){0,3}?" + _PLACES + r"\b"
    r"|" + _NOT + r" (?:end|result|lead|ended|resulted|led) (?:in|to) an? (?:[a-z\-]+ )?"
    r"(?:offer|job|hire|place|appointment)\b"
)
# "this application is now no longer being considered", "your application ... was archived"
_NO_LONGER = re.compile(
    r"\b(?:your|this|the) (?:application|candidacy|candidature|submission)\b[^.!?\n]{0,80}?"
    r"\b(?:is|was|has been|have been)(?: now)? (?:no longer (?:being )?(?:considered|under "
    r"consideration|in consideration|active|in the running|progressing|moving forward)|archived)\b"
)
# a refusal under any label at a line's start ("Disposition: Not Selected - Closer Match
# Hired", "Archive reason: Not a fit for current requirements")
# (a line is a sentence: searched only in the sentences holding a refusal value, from a line's
# start)
# (sixtieth pass: never a label naming no job, a loan's, a grant's or a club's rack, "Lake club
# kayak rack: unsuccessful", slice 145)
_LABELLED = re.compile(
    r"^[ \t\-\u2022*>|]*(?![a-z /]*\b(?:" + NOT_A_JOB_THING + r"|" + NOT_A_JOB_SPACE + r")\b)"
    r"[a-z][a-z /]{2,30}:[ \t]*[\"\u201c']?(?:not selected|rejected|"
    r"unsuccessful|not successful|not shortlisted|not progressed|declined|not (?:a |the )?(?:good "
    r"|right |strong )?(?:fit|match))\b",
    re.MULTILINE,
)

# the reader's application, said by its pronoun, going no further ("I am sorry to say yours
# will go no further in this round"; the readings knew "your application" and "it"), and the
# employer letting it go ("so we're going to let this one go")
_YOURS_ENDED = re.compile(
    r"\byours (?:will|would|can|is going to|is to) (?:go|move|progress|proceed) no further\b"
    r"|\b(?:going to|will|['\u2019]ll|have to|had to|decided to|chosen to) (?:let|letting) "
    r"(?:this one|this|it|you|your (?:application|candidacy)) go\b(?! (?:of|ahead|through|to)\b)"
)

# The words that open each reading, and the others a match must hold, are read off its pattern
# (rejectwatch.model.prefilter.openers), so they cannot drift from it.
# (each alternative its own reading, searched only where its own words stand)
READINGS = readings(
    ("reader_out", _SHORT),
    ("reader_out", _YOURS_ENDED),
    ("reader_out", _NOT_AMONG),
    ("reader_out", _NO_PLACE),
    ("reader_out", _NO_LONGER),
    ("status", _LABELLED),
)
