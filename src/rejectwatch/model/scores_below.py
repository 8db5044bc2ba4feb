"""The reader's score below the cut, told as two numbers (issue 11, thirty-eighth pass, second
round).

Blind slices 38 and 39 held public-sector and scored-sift refusals that give only the figures:
"Your score was 47 against a cut-off of 55", "Your score was 54, while the cut-off was set at
62", "Yours received 58 points, and the interview threshold was set at 71". No word says no;
the numbers do. A reading here matches the reader's score and a cut after it in one sentence,
and :func:`below` keeps it only when the score is the lower: "you scored 78 against a pass mark
of 60" is a pass and stays unread, like any reading (rejectwatch.model.negation._outcomes asks
:func:`below` of these patterns), none in a conditional, still-to-come or quoted sentence.
"""

from __future__ import annotations

import re as std_re

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["LINE_READINGS", "PATTERNS", "READINGS", "below"]

_NUMBER = r"\d{1,4}(?:\.\d{1,2})?"
_CUT = (
    r"(?:cut-off|cutoff|cut off|cut|threshold|pass mark|passing (?:mark|score)|qualifying "
    r"(?:marks?|scores?)|minimum(?: score| mark)?|benchmark|bar"
    # (forty-fifth pass: "the interview line was drawn at 33")
    # (sixty-fourth pass: or a merit line, "below the merit line of 65 per cent", slice 181)
    r"|(?:interview|shortlist|shortlisting|pass|qualifying|cut-off|merit) line|merit (?:mark|score)"
    # (fifty-fourth pass, fifth round: or shortlisting itself set at a score, "shortlisting was
    # set at 38")
    r"|shortlisting(?= (?:was |is |had been )?set (?:at|to)\b)"
    # (forty-eighth pass, third round: or the line itself, "while the line sat at 27")
    r"|(?<=the )line"
    # (sixty-third pass: or a round's line for interview, "while this round's line for interview
    # sat at 25", slice 174)
    r"|(?<=['\u2019]s )line(?= (?:for|to) (?:interview|shortlist|the next))"
    # (fifty-sixth pass, fourth round: or "qualifying" before its number, "you scored 96 marks out
    # of 200 against a qualifying 114 marks", slice 125)
    r"|qualifying(?= \d))"
)
# the cut after the score, with no other number between ("against a cut-off of 55", ", while
# the cut-off was set at 62", ", and the interview threshold was set at 71")
# (forty-fifth pass: up to 30 characters between the cut and its number, "where the cut for
# interviews sat at 28")
# (fifty-fifth pass: the score may end on its "%", "you obtained 48%; qualifying mark 55%")
_THEN_CUT = (
    r"(?:\b|(?<=%))[^.!?\n\d]{0,50}?\b" + _CUT + r"\b[^.!?\n\d]{0,30}?(?P<cut>" + _NUMBER + r")\b"
)
# (thirty-ninth pass, third round: or the cut told as the lowest score asked for, "Yours came
# to 27 out of 50, and we invited to interview everyone on 34 or above")
_THEN_FLOOR = (
    r"\b[^.!?\n\d]{0,80}?\b(?:everyone|everybody|those|applicants|candidates|anyone|all)"
    # (fifty-fourth pass, fifth round: or those invited, "candidates invited to interview scored
    # 36 or higher")
    r"(?: (?:invited|called|asked|shortlisted|taken) (?:to|for) (?:an? )?(?:interview|the next "
    r"stage|assessment) scored"
    r"|(?: (?:who|that) (?:scored|got|reached|had))? (?:on|with|at|scoring|of)?) ?(?P<cut>"
    + _NUMBER
    + r")(?: points?| marks?)? (?:or|and) (?:above|more|higher|over|better)\b"
)
# (fortieth pass: or the lowest score that went through, "Yours received 24 out of 50; the
# lowest mark invited to interview was 32")
_THEN_LOWEST = (
    r"\b[^.!?\n\d]{0,50}?\b(?:the )?(?:lowest|minimum|smallest) (?:[a-z\-]+ )?(?:score|mark|"
    r"total|rating)s? (?:invited|called|taken|shortlisted|accepted|put through|that went through|"
    r"that made it|to make it|to get|to be invited|to be shortlisted|to progress|needed|"
    r"required)\b[^.!?\n\d]{0,30}? (?:was|is|of|stood at|came to|being|:) ?(?P<cut>"
    + _NUMBER
    + r")\b"
)
# (forty-fourth pass: or the cut told as what the reader's group needed to go on, "Your score
# was 38 out of 100; your category required 44 to progress"; a sentence's readings never reach
# the next sentence)
_THEN_NEEDED = (
    r"(?:; |,? and |, (?:but|while|whereas) |[^.!?\n\d]{0,3})(?:your |the |this )?"
    r"(?:[a-z\-]+ ){0,2}?(?:category|group|quota|band|stream|list|post|round|grade|class)"
    r" (?:needed|required|asked for|called for|had a cut-off of|had a minimum of) (?:a score of "
    r"|a mark of |at least |a minimum of )?(?P<cut>" + _NUMBER + r")\b(?: \([a-z]{1,6}\))?"
    r"(?: marks?| points?)? to (?:go on|go through|qualify|progress|pass|proceed|be called|be "
    r"shortlisted|make it|get through|advance|be invited|move on)\b"
)
# (... or the cut told first, "Your category's cut-off mark is 58/100 and you scored 49/100")
_CUT_HEAD = (
    r"\b(?:(?:your|the) (?:[a-z\-]+ ){0,2}?(?:category|group)(?:['\u2019]s)? )?(?:the )?"
    r"(?:[a-z\-]+ )?" + _CUT + r"(?: mark| score)?"
    r"(?: for (?:your|the|general|all) [a-z\- ]{1,30}?)? (?:is|was|of|stood at|came to|:) ?"
    r"(?P<cut>" + _NUMBER + r")(?: ?/ ?\d+| out of \d+| marks?| points?)?"
)
# (forty-eighth pass, fifth round: or the cut told as the last one called's score, "The last
# candidate called for interview scored 47 out of 70; you scored 41")
_LAST_CALLED_HEAD = (
    r"\bthe (?:last|lowest(?:-scoring)?) (?:candidate|applicant|person|one|name) (?:called|invited|"
    r"shortlisted|taken|put through|sent through)(?: (?:for|to) (?:an? |the )?(?:interview|next "
    r"(?:stage|round)|assessment))? (?:scored|had|got|was on|came in at) (?P<cut>" + _NUMBER
    + r")(?: ?/ ?\d+| out of \d+| marks?| points?)?"
)
_THEN_MINE = (
    r"(?:,? and|;|,|,? but|, while|, whereas) (?:you scored|you got|you obtained|you secured|"
    r"you achieved|your (?:[a-z\-]+ ){0,2}?(?:score|mark|marks|total) (?:was|is|came to|:)) ?"
    r"(?P<mine>" + _NUMBER + r")\b"
)
# the reader's score: "your score was 47", "your written mark of 54", "your total: 61"
# (fifty-second pass: or for a post, "your written-test mark for Meter Reader: 38")
_YOUR_SCORE_HEAD = (
    r"\byour (?:[a-z\-]+ ){0,2}?(?:score|mark|marks|result|rating|total|points)"
    r"(?: (?:in|for|on) [^.!?\n\d]{1,40}?)?(?: was| is| of| came to| stands at| stood at|"
    r" totalled|:)? (?P<mine>" + _NUMBER + r")(?:%| ?per ?cent| points?| marks?| out of \d+|"
    # (fifty-fifth pass: or "of" a total, "Your mark: 31 of 60. Interview line: 40.")
    r" ?/ ?\d+| of \d+\b)?"
    # (fifty-seventh pass: or a unit and then the total, "your score 62 marks out of 150;
    # qualifying score 75 marks")
    r"(?:(?:(?<=marks)|(?<=mark)|(?<=points)|(?<=point)) out of \d+)?"
)
# ... or "yours received 58 points", "you scored 41 marks" (a unit or "out of" needed: "you have
# 14 days" is no score)
_YOU_SCORED_HEAD = (
    r"\b(?:you|yours|your application|your answers|your test|your (?:form|cv|entry|submission|"
    r"paper|sift form)"
    # (sixty-third pass: or an assessment named by its post, "your online assessment for Junior
    # Electrical Engineer came out at 19 of 35", slice 174)
    r"|your (?:online |written |aptitude |technical )?(?:assessment|test|exam)"
    r"(?: for [^.!?\n\d]{1,40}?)?)(?: have| has)? (?:received|scored|"
    r"got|obtained|achieved|earned|reached|attained|totalled|totaled|came to|came out at) (?P<mine>"
    + _NUMBER
    # (forty-fifth pass: or a bare number set against the cut, "you obtained 41 against the
    # qualifying mark of 48")
    + r")(?:%| ?per ?cent| points?| marks?| out of \d+|/\d+|(?= against\b)"
    # (fifty-third pass: or set under the cut after a comma, "You scored 58, under the board's
    # cut-off of 64")
    # (fifty-seventh pass: or "lower than", and a Portuguese-style unit, "you obtained 8.4
    # values, lower than the minimum of 9.5 values")
    r"|(?: values?)?(?=,? (?:under|below|beneath|short of|lower than|less than)\b)"
    # (fifty-second pass, third round: or "of" a total, "Yours scored 12 of 36")
    # (sixtieth pass: or bare before "while" and the qualifying number, "you scored 41 while 48
    # qualifies")
    r"| of \d+|(?=,? (?:while|whereas) \d))"
)
# (forty-third pass: or a results letter's line whose marks are the reader's, told after a
# colon as a score out of a total, "Written examination marks: 97/200, against a General
# category cut-off of 111.5")
_MARKS_LINE_HEAD = (
    r"(?:^|(?<=\n)|(?<=[.!?] ))(?!(?:[a-z\-]+ ){0,3}?(?:minimum|required|qualifying|pass|"
    r"passing|maximum|average|highest|lowest|cut-off|cutoff)\b)"
    r"(?:[a-z\-]+ ){0,3}?(?:marks|score|result|total)(?: obtained| "
    r"secured| awarded)?: (?P<mine>" + _NUMBER + r")(?: ?/ ?\d+| out of \d+)"
)
_YOUR_SCORE = re.compile(_YOUR_SCORE_HEAD + _THEN_CUT)
_MARKS_LINE = re.compile(_MARKS_LINE_HEAD + _THEN_CUT)
# (sixtieth pass: or the cut told as the number that qualifies, "you scored 41 while 48
# qualifies", "you scored 56/100 while 60/100 qualifies", slice 145)
_THEN_QUALIFIES = (
    r",? (?:while|whereas) (?:a |the )?(?P<cut>" + _NUMBER + r")(?:%| ?/ ?\d+| marks?| points?)? "
    r"(?:qualifies|qualified|passes|passed|was needed|is needed|were needed|are needed|was "
    r"required|is required|were required|are required|gets through|got through|goes through|"
    r"went through|makes the cut|made the cut)\b"
)
_YOU_SCORED = re.compile(_YOU_SCORED_HEAD + _THEN_CUT)
_YOU_SCORED_QUALIFIES = re.compile(_YOU_SCORED_HEAD + _THEN_QUALIFIES)
_YOUR_SCORE_QUALIFIES = re.compile(_YOUR_SCORE_HEAD + _THEN_QUALIFIES)
_YOUR_SCORE_FLOOR = re.compile(_YOUR_SCORE_HEAD + _THEN_FLOOR)
_YOU_SCORED_FLOOR = re.compile(_YOU_SCORED_HEAD + _THEN_FLOOR)
_YOUR_SCORE_LOWEST = re.compile(_YOUR_SCORE_HEAD + _THEN_LOWEST)
_YOU_SCORED_LOWEST = re.compile(_YOU_SCORED_HEAD + _THEN_LOWEST)
_YOUR_SCORE_NEEDED = re.compile(_YOUR_SCORE_HEAD + _THEN_NEEDED)
_CUT_THEN_MINE = re.compile(_CUT_HEAD + _THEN_MINE)
_LAST_CALLED_THEN_MINE = re.compile(_LAST_CALLED_HEAD + _THEN_MINE)

# (fourth round: or the marks told bare after a colon, then the qualifying marks in the same
# sentence, "Written test, Junior Clerk: marks secured 47; qualifying marks 55", slice 118)
_MARKS_SECURED = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?:] ))(?:marks|score|total) (?:secured|obtained|awarded|scored) "
    r"(?P<mine>" + _NUMBER + r")(?: ?/ ?\d+| out of \d+| of \d+)?" + _THEN_CUT
)
READINGS = readings(
    ("reader_out", _YOUR_SCORE),
    ("reader_out", _YOU_SCORED),
    ("reader_out", _YOU_SCORED_QUALIFIES),
    ("reader_out", _YOUR_SCORE_QUALIFIES),
    ("reader_out", _MARKS_LINE),
    ("reader_out", _MARKS_SECURED),
    ("reader_out", _YOUR_SCORE_FLOOR),
    ("reader_out", _YOU_SCORED_FLOOR),
    ("reader_out", _YOUR_SCORE_LOWEST),
    ("reader_out", _YOU_SCORED_LOWEST),
    ("reader_out", _YOUR_SCORE_NEEDED),
    ("reader_out", _CUT_THEN_MINE),
    ("reader_out", _LAST_CALLED_THEN_MINE),
)
# (fifty-second pass: or the score and the cut in two sentences or lines in a row, a results
# letter's fields, "Your written-test mark for Meter Reader: 38. Qualifying line: 50.", "Your
# score: 41/100\nCut-off: 55/100", "Your written test score was 41. The qualifying mark was 55.";
# searched in the whole text, its match crossing that one stop)
# that one stop, a sentence's or a line's; then the next sentence or line, and its first words
# ("Your score: 41/100\nCut-off: 55/100")
_STOP_APART = r"(?:[.;][ \t]*\n?|[ \t]*\n)[ \t]*\n?[ \t]*"
# (fifty-fourth pass, fourth round: its words may be possessives, "this competition's qualifying
# mark stood at 65")
_NEXT = _STOP_APART + r"(?:the |our |this )?(?:[a-z\-]+(?:['\u2019]s)? ){0,2}?"
_APART_CUT = (
    _NEXT
    + _CUT
    + r"(?: mark| score| line)?(?: (?:for|to|needed|required)[^.!?\n\d]{0,30}?)?"
    # (fifty-fourth pass: or named by who set it, "The qualifying mark set by the board was 65")
    + r"(?: (?:set|fixed|agreed|decided|published) by (?:the |our )?(?:[a-z\-]+ ){0,2}?"
    r"(?:board|panel|commission|committee|council|school|university|department|ministry|"
    r"examiners?))?"
    # (fifth round: or "Pass mark set: 60%")
    + r"(?: was| is| of| stood at| sat at| came to| was set at| is set at| set:| set at|:)? ?"
    + r"(?P<cut>"
    + _NUMBER
    + r")\b"
)
# (second round: or the cut told as what the next stage needed, "Your score: 54 out of 100. The
# interview stage needed 60")
_APART_NEEDED = (
    _NEXT
    + r"(?:stage|round|shortlist|list|interviews?|interview stage|next stage) (?:needed|required|"
    r"asked for|called for|demanded|took|was open to scores of) (?:a score of |a mark of |at least "
    r"|a minimum of )?(?P<cut>" + _NUMBER + r")\b"
)
# (third round: or the cut told as where interviews began, "interviews began at 21"; a cut
# told as "we interviewed from 21 upward" was tried and dropped: its opening "from " stands in
# most sentences, and the gate-word search slowed every message)
# (fifty-sixth pass: the shortlist or the list named by its post, "Your total came to 18 of 30;
# the Programme Administrator shortlist began at 23", slice 120)
_THEN_BEGAN = (
    r"\b[^.!?\n\d]{0,50}?\b(?:interviews?|shortlist|shortlisting|invitations?|interview list) "
    r"(?:began|started|begin|start|ran from|were from|opened) (?:at|from) (?P<cut>"
    + _NUMBER
    + r")\b"
)
# (fifty-third pass, third round: or the cut's line first, then the reader's, "Qualifying mark:
# 45 of 100. Your mark: 38."; a colon after the cut, so a line of a results letter)
_CUT_LINE_THEN_MINE = re.compile(
    r"(?:qualifying|pass|passing|minimum|cut-off|cutoff|shortlisting|interview) (?:mark|score|"
    r"line|threshold)s?: (?P<cut>" + _NUMBER + r")(?: of \d+| out of \d+| ?/ ?\d+|%| marks?)?"
    + _STOP_APART
    + r"your (?:[a-z\-]+ ){0,2}?(?:score|mark|marks|total|"
    r"result)(?: was| is| came to|:)? ?(?P<mine>" + _NUMBER + r")\b"
)
# (fourth round: or what the next stage needed told first, then the reader's total, "Interview
# needed 22 of 35; your total was 15")
_NEEDED_HEAD = (
    r"\b(?:interview|interviews|the interview|shortlisting|the shortlist|the next stage|next stage|"
    r"stage two) (?:needed|required|asked for|called for|took) (?:a score of |at least |a minimum "
    r"of )?(?P<cut>" + _NUMBER + r")(?: of \d+| out of \d+| ?/ ?\d+| marks?| points?)?"
)
_NEEDED_THEN_MINE = re.compile(_NEEDED_HEAD + _THEN_MINE)
_YOUR_SCORE_BEGAN = re.compile(_YOUR_SCORE_HEAD + _THEN_BEGAN)
_YOU_SCORED_BEGAN = re.compile(_YOU_SCORED_HEAD + _THEN_BEGAN)
# (searched in the whole text, so opened by its literal "your " with no \b before it: the engine
# scans for a literal prefix only, and no English word ends in "your")
_YOUR_SCORE_OPENED = _YOUR_SCORE_HEAD.removeprefix(r"\b")
_SCORE_THEN_CUT_APART = re.compile(_YOUR_SCORE_OPENED + _APART_CUT)
_SCORE_THEN_NEEDED_APART = re.compile(_YOUR_SCORE_OPENED + _APART_NEEDED)
# (fifty-fourth pass, third round: the cut told as what a board fixed, "The board fixed 60 as the
# qualifying mark"; and the reader's score told bare after "you scored", its sentence ending
# there, "Written test, Clerical Officer: you scored 52. The board fixed 60 as the qualifying
# mark")
_APART_FIXED = (
    _NEXT
    + r"(?:fixed|set|made|put|placed|drew) (?P<cut>"
    + _NUMBER
    + r") as (?:the|its|our|their) (?:[a-z\-]+ )?"
    + _CUT
    + r"\b"
)
_YOU_SCORED_BARE = r"you(?: have)? scored (?P<mine>" + _NUMBER + r")(?=[.;])"
_SCORE_THEN_FIXED_APART = re.compile(_YOUR_SCORE_OPENED + _APART_FIXED)
_SCORED_THEN_CUT_APART = re.compile(_YOU_SCORED_BARE + _APART_CUT)
_SCORED_THEN_FIXED_APART = re.compile(_YOU_SCORED_BARE + _APART_FIXED)
# (fifty-fifth pass: or the cut told as the score that won the post, "You totalled 31 of 50. The
# highest score, 42, secured the appointment", slice 113's hospice and housing panels)
_APART_TOP = (
    _NEXT
    + r"(?:highest|top|winning|best|leading) (?:[a-z\-]+ )?(?:score|mark|total|result)"
    r"(?:,| of| was| at| came to|:)? ?(?P<cut>" + _NUMBER + r")(?: of \d+| out of \d+| ?/ ?\d+)?,? "
    r"(?:secured|won|got|took|earned|landed|gained)(?: the| our)? (?:appointment|post|job|role|"
    r"position|offer|place|contract)\b"
)
_SCORE_THEN_TOP_APART = re.compile(_YOUR_SCORE_OPENED + _APART_TOP)
# (third round: or a results letter's own line of marks, then the cut's, "Marks obtained: 41.
# Qualifying mark: 50.", slice 115)
# (sixty-third pass: or a stage's result line naming the post, in points or per cent,
# "Screening result, Lift Mechanic: 19 of 35. Interview threshold: 26.", slice 169; never a
# line of a bar's own figure, "Minimum score, Driver: 40")
_MARKS_LINE_BARE = (
    r"(?:^|(?<=\n)|(?<=[.!?] ))"
    r"(?!(?:[a-z\-]+ ){0,3}?(?:minimum|required|qualifying|pass|passing|maximum|average|highest|"
    r"lowest|cut-off|cutoff|median|mean|top)\b)"
    r"(?:(?:screening|sift|test|assessment|interview|exam|written|aptitude) )?"
    r"(?:marks|score|total|result)(?: obtained| secured| awarded| "
    r"scored)?(?:, [^:.!?\n\d]{1,40})?: (?P<mine>"
    + _NUMBER
    + r")(?: ?/ ?\d+| out of \d+| of \d+|%)?(?=[.;]|[ \t]*\n)"
)
_MARKS_THEN_CUT_APART = re.compile(_MARKS_LINE_BARE + _APART_CUT)
_SCORED_THEN_TOP_APART = re.compile(_YOU_SCORED_HEAD + _APART_TOP)
READINGS += readings(
    ("reader_out", _YOUR_SCORE_BEGAN),
    ("reader_out", _YOU_SCORED_BEGAN),
    ("reader_out", _NEEDED_THEN_MINE),
)
LINE_READINGS = readings(
    ("reader_out", _SCORE_THEN_CUT_APART),
    ("reader_out", _SCORE_THEN_NEEDED_APART),
    ("reader_out", _CUT_LINE_THEN_MINE),
    ("reader_out", _SCORE_THEN_FIXED_APART),
    ("reader_out", _SCORED_THEN_CUT_APART),
    ("reader_out", _SCORED_THEN_FIXED_APART),
    ("reader_out", _SCORE_THEN_TOP_APART),
    ("reader_out", _SCORED_THEN_TOP_APART),
    ("reader_out", _MARKS_THEN_CUT_APART),
)
PATTERNS = frozenset(pattern for _, _, pattern in READINGS + LINE_READINGS)


def below(match: std_re.Match[str]) -> bool:
    """Is the reader's score in a match of one of PATTERNS lower than the cut it names?"""
    return float(match.group("mine")) < float(match.group("cut"))
