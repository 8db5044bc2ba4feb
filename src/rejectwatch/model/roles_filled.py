"""The post filled by someone else, in the employer's own hiring verbs (issue 11, 31st pass).

The last two slices' misses carried no decision token, and most of the English ones said only
that the post now had its person, in whatever verb the sender hires with: someone engaged,
taken on, signed, promoted or moved into the post, a transfer or an internal move confirmed
into it, the nod given to others, the team gone with a person, a cohort complete without the
reader, the reader's application left out of the group, "the answer is no", and (thirty-seventh
pass) the post filled by a third person. The readings here take those shapes in general: a
hiring verb in the perfect or the past, a third person as its object (never "you"), and the
post, the role, or "as our" plus a title as its end.

Each reading is (token name, pattern) over lower-cased text, appended to the outcome readings
by rejectwatch.model.plain_outcomes: none fires in a conditional, still-to-come, quoted or
undecided sentence, nor in mail about someone else's candidacy.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_casual import _A
from rejectwatch.model.others_starting import _CLAUSE
from rejectwatch.model.prefilter import openers, readings

__all__ = ["READINGS"]

# the post, with up to three words of its title before it
_POST = (
    r"(?:[a-z0-9\-&/]+ ){0,3}?(?:position|role|post|job|vacancy|opening|place|seat|contract|"
    r"placement|posting)\b(?! of\b)"
)
# ... or a slot, for a move into it
_SLOT = r"(?:" + _POST + r"|(?:[a-z0-9\-&/]+ ){0,3}?slot\b)"
# nothing after it in its sentence that opens up another post ("..., which opens up the team
# lead role you applied for")
_NOT_OPENED = (
    r"(?![^.!?\n]*\b(?:opens? up|opening up|frees? up|freeing up|vacated|vacates|creates? (?:a|an|"
    r"the) (?:new )?(?:vacancy|opening))\b)"
)
# a third person: an article or a quantifier, then up to 60 characters without "you"
# (not one who hires: an agency, a recruiter, an assessor, a panel, a hiring manager)
_THIRD = (
    r"(?:a|an|one of (?:our|the|their|his|her|its)|someone|somebody|another|our|his|her|their|"
    r"two|three|the|its)\b(?:(?!\byou|\byour|\bhiring\b|\brecruit|\bagency|\bagencies|"
    r"\bassessor|\binterviewer|\bpanel|\bheadhunt|\bsearch firm)[^.!?\n;:]){1,60}?"
)
# a verb of hiring, done ("have engaged", "has taken on", "took on", "'ve signed")
_DONE = r"(?:\b(?:have|has|had)|" + _A + r"(?:ve|s|d))(?: now| just| already| since)? "
_HIRED = (
    r"(?:engaged|taken on|took on|signed(?: on| up)?|promoted|transferred|redeployed|seconded|"
    r"brought (?:in|on)|recruited|appointed|hired)"
)

# 1. someone hired into the post, or as "our" title ("we've engaged a chef from our sister
#    restaurant for the sous chef position", "I have taken on a former records officer as our
#    archivist", "the park has promoted one of our seasonal rangers into the permanent post")
_INTO_POST = re.compile(
    _DONE + _HIRED + r" (?!you\b|yourself\b)" + _THIRD
    + r" (?:(?:for|into|to|in) (?:the|our|this|that|their|its) " + _POST
    + r"|as (?:our|the|their|its) (?:new )?[a-z\-]+(?: [a-z\-]+){0,2}?(?=\s*(?:[,.;!\n]|$|\band\b"
    r"|\bfrom\b|\bso\b)))" + _NOT_OPENED
    + r"|\b(?:took on|engaged|signed|promoted|transferred|redeployed|seconded|appointed) "
    r"(?!you\b|yourself\b)" + _THIRD + r" (?:for|into|to) (?:the|our|this|that) " + _POST
    + _NOT_OPENED
)  # fmt: skip
# 2. a move into the post confirmed ("management has confirmed the transfer of an officer from
#    our Takoradi branch into the Procurement Officer post")
_MOVE_CONFIRMED = re.compile(
    r"\b(?:confirmed|approved|agreed|settled on|gone with|went with|opted for|decided on) "
    r"(?:the|an?) (?:internal )?(?:transfer|move|redeployment|secondment|promotion|"
    r"appointment|reassignment) of "
    + _THIRD
    + r" (?:in)?to (?:the|our|this|that) "
    + _SLOT
    + _NOT_OPENED
)
# 3. the nod given to others ("others got the nod", "the nod went to a colleague"; forty-seventh
#    pass: or to one told by who they are at a clause's start, "for Maintenance Manager, an
#    engineer already in charge of their dryers got the nod", never the reader, nor a nod to a
#    next step, "got the nod to interview")
_THE_NOD = re.compile(
    r"\b(?:others|other (?:people|candidates|applicants)|another (?:candidate|applicant|person)|"
    r"someone else|somebody else) (?:got|have got|" + _A + r"ve got|received|were given|was "
    r"given|have been given) the nod\b"
    r"|\bthe nod (?:went|has gone|" + _A + r"s gone) to (?!you\b)"
    # (forty-eighth pass: or after a word of how it ended, "In the end a chef from the hotel
    # kitchen got the nod")
    r"|" + _CLAUSE + r"(?:(?:in the end|finally|eventually|ultimately|at last),? )?"
    r"(?:an?|another|the other|one|someone|somebody|two|three|their|our) "
    r"(?:(?!you\b|your\b)[^.!?\n,;:]){0,80}?\b(?:got|gets|has got|had got|was given|has been "
    r"given|received) the nod\b(?! (?:to|for) (?:an? |the )?(?:interview|call|chat|next|second|"
    r"final|assessment|trial)\b)"
)
# 4. the team gone with a person ("we went with the maker who did our puppets")
_WENT_WITH = re.compile(
    r"\b(?:we|i|they|the (?:panel|team|client|board|manager|owner|director|committee)) "
    r"(?:went|have gone|" + _A + r"ve gone|had gone) with (?:the|a|an|one|someone|somebody|"
    r"another) (?:[a-z\-]+ ){0,3}?(?:who|whose)\b"
)
# 5. a cohort, crew or team complete without the reader
_WITHOUT_YOU = re.compile(
    r"\b(?:cohort|intake|crew|team|class|group|panel|roster|squad|shortlist|list) (?:is|was|"
    r"has been|" + _A + r"s been|is now|was now) (?:complete|full|filled|set|picked|chosen|"
    r"finali[sz]ed|closed) without you\b"
)
# 6. the reader's application left out ("I've chosen to leave yours out of the interview
#    group")
_LEFT_OUT = re.compile(
    r"\b(?:leave|left|leaving) (?:yours|your (?:application|cv|name|form|candidacy)) out of "
    r"(?:the|our|this|that) (?:[a-z\-]+ ){0,2}?(?:group|list|shortlist|round|pool|stage|"
    r"interviews?|selection)\b"
)
# 7. "the answer is no" ("I'll be direct: the answer for now is no")
# (not a question's answer, "can you apply for two roles at once? the answer is no")
_ANSWER_NO = re.compile(
    r"(?<!\?\s)\b(?:the|my|our) answer (?:for now |this time |on this one |on this occasion |this "
    r"round |this year |this season )?"
    r"is (?:a )?"
    r"no\b(?![-\u2010-\u2015]|\s*(?:one|longer|more|doubt|problem|need|matter|different))"
)
# 8. the post filled by a third person (thirty-seventh pass: "the place is now filled by a graduate
#    of the textiles course", "the bench post has been filled by one of our apprentices"; not a
#    post to be filled, "will be filled by", nor one filled by a panel or an agency)
_FILLED_BY = re.compile(
    r"\b(?:the|this|that|our) " + _POST + r" (?:is|was|has been|have been|had been|got)"
    r"(?: now| already| since| just)? filled by (?!you\b|yourself\b)" + _THIRD + _NOT_OPENED
)

# (forty-seventh pass, speed: the hiring verbs every match of _INTO_POST's first branch holds,
# read off _HIRED. The prefilter ranks a reading's word sets by their shortest string and places
# the later first, so it opened the branch on " to the ", " as our ", " in the " … (found in most
# sentences of everyday mail) rather than on these; the verbs open it now, and those words are
# asked after them)
_HIRING_VERBS = openers(re.compile(_HIRED))[0]
# (the words that open each reading and the others a match holds: read off its pattern,
# rejectwatch.model.prefilter.openers)
_READINGS = readings(
    ("chose_other", _INTO_POST),
    ("chose_other", _MOVE_CONFIRMED),
    ("chose_other", _THE_NOD),
    ("chose_other", _WENT_WITH),
    ("reader_out", _WITHOUT_YOU),
    ("reader_out", _LEFT_OUT),
    ("reader_out", _ANSWER_NO),
    ("chose_other", _FILLED_BY),
)
# (the first is _INTO_POST's first branch: opened by its verbs, its own groups asked after them)
_DONE_TOKEN, _DONE_GROUPS, _DONE_BRANCH = _READINGS[0]
READINGS = ((_DONE_TOKEN, (_HIRING_VERBS, *_DONE_GROUPS), _DONE_BRANCH), *_READINGS[1:])
