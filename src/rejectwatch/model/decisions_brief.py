"""Refusals said briefly, in a note or a line of one, that blind slice 25's mix part left
unread, in their general forms (issue 11, twenty-seventh pass, part A): a two-line note that
calls the application a pass, a screen note with no next interview for the reader, no place
available for the reader, a form scored below the line, the post confirmed for a named other,
others nearer to the need interviewed instead.

Each form is written here in several wordings and trades, never for one message:

* **a pass from us, for a round**: "Firmware Engineer is a pass from us this round", "it's a
  polite pass from the team on this one", "a pass from the hiring team this time" (from the
  sender's side, "us" or a team, and for a round, a time or this one; never a test result or a
  score that is a pass, a visitor's pass, nor with "congratulations" or "through to" after it);
* **no next interview for the reader**: "so there's no next interview for you", "there will be
  no second interview for you", "no further round for you this time" (never "no second
  interview for you to prepare for: we'd like to offer you the post", never one put off to a
  day or "yet", never "until");
* **no place available for the reader**: "there is no placement available for you", "no
  attachment place open for you", "no space left for you on the 2026 team" (negation reads "no
  placement for you" already; here with "available", "open", "left" or "free" between, never
  "yet" or "until" after it);
* **the reader's form scored below the line**: "your form scored below the line for
  interview", "your application scored just below the shortlisting threshold" (the reader's own
  form, never a class of forms, "forms that score below the line are not taken forward", nor a
  score above it);
* **the post confirmed for a named other**: "Dr Okafor has confirmed the dental nurse position
  for Ms Reyes", "confirmed the bookkeeper role with Mrs Achterberg", "confirmed Mr Doyle for
  the kitchen porter job" (a post word and a title before the name; never the reader, never a
  slot, a shift or a trial);
* **others nearer to the need interviewed instead**: "we're interviewing people whose
  backgrounds sit a bit nearer to the practice's needs right now" (a choice in the present,
  the others described by what they have; never with the reader among them, "and you're one of
  them").

Twenty-seventh pass, part K2 narrowed each against mail that refuses no reader: a deal, a bid
or a lanyard that is "a pass", a support desk's follow-up call, a parking, storage or minibus
space, a tax, clinical or pupil's threshold, a trader's position, a trade's job or a clinic's
appointment on a day, the reader's own placement or start, a study interviewing people whose
commutes are closer.

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence; each opens
with its rarest words (rejectwatch.model.prefilter.openers), so a text holding none of them is
never searched by the sentence patterns.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_forwarded import _READER_KEPT
from rejectwatch.model.prefilter import readings

__all__ = ["OWN_WORDS", "READINGS"]

_A = r"['\u2019]"
# (_READER_KEPT: the rest of the sentence keeps the reader in, "… and you're one of them", "for
# you - can you start on the 3rd?", decisions_forwarded)
# ... or a time that puts the step off, not away ("this week", "yet", "until March")
_PUT_OFF = (
    r"(?![^.!?\n]*\b(?:yet|until|till|before|this week|next week|today|tomorrow|for the moment|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)"
)
# a pass from us, for a round ("firmware engineer is a pass from us this round", "it's a polite
# pass from the team on this one")
# (twenty-seventh pass, part K2: never a deal, a bid or a pitch, "the offtake deal is a pass from
# us this round", "it's a pass from the investment team for now", nor a lanyard that is "a pass
# for the whole team this year")
_NOT_A_HIRE = (
    r"(?![^.!?\n]*\b(?:deals?|term sheets?|decks?|bids?|proposals?|pitch(?:es)?|tenders?|quotes?|"
    r"investments?|valuation|pricing|margins?|lanyards?|badges?|tickets?|wristbands?|expo|"
    r"festival)\b)"
)
_A_PASS = re.compile(
    r"(?<!result )(?<!score )(?<!grade )(?<!test )(?<!exam )(?<!check )(?<!mark )"
    r"(?<!deal )(?<!bid )(?<!proposal )(?<!pitch )(?<!deck )(?<!lanyard )(?<!badge )"
    r"(?<!ticket )"
    r"\b(?:is|" + _A + r"s|was) a (?:[a-z]+ )?pass (?:from|for) (?:us|the "
    r"(?!(?:whole|entire|investment|deal|credit|risk|ventures?|acquisitions?|portfolio) )"
    r"(?:[a-z\-]+ )?(?:team|panel|client|business|practice|firm|company))"
    r",?(?: (?:i" + _A + r"m afraid|sadly|unfortunately|then))?"
    r" (?:this (?:round|time|cycle|year|season|intake)|on this (?:one|occasion|round|role|"
    r"opening|vacancy)|for (?:now|this (?:one|round|role|position|post|opening|vacancy)|the "
    r"(?:[a-z\-]+ )?(?:role|position|post|opening|vacancy))|at this (?:stage|point|time))\b"
    r"(?![^.!?\n]*\b(?:congratulations|well done|through to|passed)\b)" + _NOT_A_HIRE
)  # fmt: skip
# no next interview for the reader ("so there's no next interview for you", "there will be no
# second interview for you")
_NO_NEXT_STEP = re.compile(
    # (twenty-seventh pass, part K2: a call, a meeting or a conversation only as a stage of
    # interviews, never a support desk's "no follow-up call for you", a board's "no second
    # meeting for you this quarter")
    r"\bno (?:(?:next|second|further|follow-up|final|onsite|on-site|next-stage|panel) "
    r"(?:interview|round|stage|step)|(?:final|onsite|on-site|next-stage|panel) (?:conversation|"
    r"call|meeting))s? for you\b(?! to\b)"
    r"(?![^.!?\n]*\b(?:offer you|the (?:job|post|role|position) is yours|congratulations)\b)"
    + _PUT_OFF
)  # fmt: skip
# no place available for the reader ("there is no placement available for you")
# (never a class, a course or an event full: "the evening class has filled up, with no room left
# for you this term", a college's other mail)
_NO_PLACE_AVAILABLE = re.compile(
    r"\bno (?!(?:parking|car|bike|storage|disk|desk|locker|seating|table|camping|mooring|garage|"
    r"server|inbox|mailbox|office|shelf|fridge) )"
    r"(?:[a-z\-]+ )?(?:place|placement|attachment|space|spot|role|position|vacancy|opening|"
    r"internship)s? (?:available|open|left|free|going) for you\b"
    + _PUT_OFF
    + r"(?![^.!?\n]*\b(?:class|course|lesson|workshop|session|event|tour|trip|term|semester|"
    r"car park|drive|folder|basement|garage|minibus|bus|coach|car|van|boat|ferry|flight|train|"
    r"plane|table|match|game|fixture)\b)"
)
# the reader's form scored below the line ("your form scored below the line for interview")
_BELOW_THE_LINE = re.compile(
    r"\byour (?!(?:tax|vat|council|blood|cholesterol|sugar|glucose|credit|energy|meter|water|"
    r"pension|benefit|income|mock|coursework|homework|exam|module|maths|spelling|driving|"
    r"theory) )(?:[a-z\-]+ )?(?:form|application|score|submission|answers|"
    r"responses|exercise|"
    r"test|assessment|result)s? (?:scored|fell|came in|came out|sat|landed|was scored|was "
    r"marked|ranked|placed) (?:just |slightly |narrowly |a little |a bit )?(?:below|under) (?:the "
    r"|our )?(?:[a-z\-]+ )?(?:line|threshold|cut-?off|bar|pass mark|mark|benchmark|minimum)\b"
    # (twenty-seventh pass, part K2: never a bill, a payment or a treatment under a threshold)
    r"(?![^.!?\n]*\b(?:tax|payments?|due|pay|bills?|refunds?|rebates?|treatment|medication|"
    r"dose|resubmit|resit|re-sit|retake|tutoring|revision|homework)\b)"
)
# the post confirmed for a named other ("dr okafor has confirmed the dental nurse position for
# ms reyes", "confirmed mr doyle for the kitchen porter job")
_TITLE_NAME = r"(?:mr|mrs|ms|miss|mx|dr)\.? [a-z][a-z'\-]+"
_POST = r"(?:position|role|post|job|vacancy|opening)"
# (twenty-seventh pass, part K2: never a trader's position, "confirmed the long power position
# with Mr Belden", a clinic's appointment, "confirmed the appointment for Mrs Reyes on Thursday
# at 10:30" (no post word now), a trade's job on a day, "confirmed the roofing job with Mr Hale
# for Friday the 12th", the reader's own placement or start, "confirmed the placement year role
# with Mr Evans", "the analyst position for Ms Tan starting 1 March")
_NOT_ANOTHER_HIRED = (
    r"(?![^.!?\n]*\b(?:at (?:the )?close|desk|strip|book(?:ed)?|hedge|trades?|contracts?|mw|"
    r"mmbtu|starting|start date|welcome|congratulations|(?:mon|tues|wednes|thurs|fri|satur|"
    r"sun)day|tomorrow|tonight|next week|morning|afternoon|at \d|\d+(?:st|nd|rd|th)|plumber|"
    r"builder|electrician|roofer|decorator)\b)"
)
_NOT_A_HIRES_POST = (
    r"(?!(?:[a-z\-]+ ){0,3}?(?:long|short|net|open|hedge|hedged|trading|futures|swap|spread|basis|"
    r"hub|gas|power|placement|internship|work experience|shadowing|year) " + _POST + r")"
)
_CONFIRMED_NAMED = re.compile(
    r"\bconfirmed (?:the |our |this )?" + _NOT_A_HIRES_POST + r"(?:[a-z\-]+ ){0,3}?" + _POST
    + r" (?:for|to|with) " + _TITLE_NAME + _READER_KEPT + _NOT_ANOTHER_HIRED
    + r"|\bconfirmed " + _TITLE_NAME + r" (?:for|in|as) (?:the|our|this) (?:[a-z\-]+ ){0,3}?"
    + _POST + _READER_KEPT + _NOT_ANOTHER_HIRED
)  # fmt: skip
# others nearer to the need interviewed instead ("we're interviewing people whose backgrounds
# sit a bit nearer to the practice's needs right now")
_OTHERS_NEARER = re.compile(
    r"\b(?:we" + _A + r"re|we are|the (?:team|panel|practice) is) (?:now )?(?:interviewing|"
    r"inviting|shortlisting|seeing|meeting|progressing) (?:people|candidates|applicants|others|"
    # (twenty-seventh pass, part K2: what they have for the post, never a study's or a product
    # team's users, "people whose commutes are closer to the city centre")
    r"those) whose (?:[a-z\-]+ ){0,2}?(?:backgrounds?|experiences?|skills?|skill ?sets?|profiles?|"
    r"expertise|qualifications?|track records?|cvs?|careers?|portfolios?|knowledge|"
    r"specialisms?|specialities|specialties)(?: [a-z\-]+)? "
    r"(?:sit|sits|are|is|lie|lies|fit|fits|match|matches) "
    r"(?:a bit |a little |slightly |somewhat )?(?:nearer|closer)\b" + _READER_KEPT
)  # fmt: skip

# (the others nearer are interviewed in the present: its "we're interviewing" is the choice
# made, no search still running, negation._OWN_WORDS)
_OWN = readings(("chose_other", _OTHERS_NEARER))
OWN_WORDS = tuple(pattern for _, _, pattern in _OWN)
READINGS = _OWN + readings(
    ("reader_out", _A_PASS),
    ("reader_out", _NO_NEXT_STEP),
    ("reader_out", _NO_PLACE_AVAILABLE),
    ("reader_out", _BELOW_THE_LINE),
    ("chose_other", _CONFIRMED_NAMED),
)
