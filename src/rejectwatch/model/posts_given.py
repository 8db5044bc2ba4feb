"""The post given to someone, told bare, and the reader's road ending here (issue 11, forty-first
pass).

Blind slice 48's English misses told the decision as a plain fact about someone else, often
in a channel of its own (a payment's note, a chat line, a logbook margin) and often with no
article, no verb of choosing and no clause on who the one chosen is:

* **the post given or handed to someone**, told bare: "Weighman job given to Mr Mulenga from
  the scales office", "contortionist role given to Blessing O.", "bosun berth given to Tanya
  Hebb, sailed with us", "The scribe seat at my table … is given to my nephew Ankit", "cowman
  post to Bhikhabhai's son Ravi";
* **given by the writer to someone told next**: "I've given it to Donnie Fyfe, he's fished the
  water since he was a wee boy";
* **it going to someone with who they are**: "It goes to Oisín Daly, who came up through our
  juniors";
* **someone named to the post**: "Master Yoon has named Dae-ho Park his assistant instructor";
* **someone with who they are as the post's new holder**: "Marisa Delgado, who has run our
  Thursday distribution for two years, is our new coordinator" (a bulletin's news too, so
  rejectwatch.model.decisions_heard reads it after a bulletin's words);
* **someone who said yes to it and starts**: "Carol, Wendy's daughter-in-law, said yes to the
  cutting table this morning, so she'll be measuring and cutting from next week";
* **kin running it from a day**: "His grandson Lachie Burrows will be running the counter from
  June";
* **someone from a crew taking it for the season**: "Jesse from the engine room crew is taking it
  this season";
* **someone who got the job**, told by name;
* **someone taken on, so the place is full**: "We took on Shane Metcalfe a fortnight back, …, so
  the bench is full till spring";
* **others who had done more, and that swung it**: "A couple of the others have done more
  highway-side dismantles …, and in the finish that swung it their way";
* **the reader's road ending here**: "this stage is as far as your application goes", "Sorry to
  say this one ends here for you".

Never the reader as the one chosen, never a staff role in the hiring of the reader
(hired_by_name._NOT_STAFFING), never a thing's seat or a group, and, like every outcome reading
(rejectwatch.model.plain_outcomes appends them), none in a conditional, still-to-come or quoted
sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_casual import _A
from rejectwatch.model.hired_by_name import _NAME, _NOT_STAFFING, _RELATIVE
from rejectwatch.model.insiders_chosen import _KIN, _NAMES, _NOT_THE_READER
from rejectwatch.model.prefilter import readings

__all__ = ["NEWS_READINGS", "OWN_WORDS", "READINGS", "TITLES"]

# a post by its own name; a spot, a berth, a seat or a place only with a trade before it, never
# a seat on a coach or a place on a course ("the last seat", "a window seat")
_JOB = r"(?:job|role|post|position|vacancy|opening|apprenticeship|traineeship|placement|gig)"
_NOT_A_THING = (
    r"(?!(?:window|aisle|front|back|last|first|next|free|spare|empty|extra|one|two|three|coach|"
    r"bus|train|flight|table|car|parking|camp|course|class|waiting|reserved|vip|booked|your|my|"
    r"the|a|an|that|this|our|his|her|their|its|every|each|any|no|ringside|box|guest|press)\b)"
)
_POST_NAMED = (
    r"(?<!\byour )(?:" + _JOB + r"|" + _NOT_A_THING + r"[a-z\-]+(?:" + _A + r"s)? (?:spot|berth|"
    r"seat|place|bench|stall|station|pitch))"
)
# a title before a name, in the Englishes of the slices ("Encik Hafiz", "Shri Tripathi")
TITLES = (
    r"(?:mr|mrs|ms|miss|dr|mx|encik|cik|puan|shri|sri|smt|pak|ibu|bu|master|sister|brother|"
    r"uncle|auntie|aunty)"
)
# never a group, a class or the one who reads the application
_NOT_A_GROUP = (
    r"(?!(?:staff|members?|students?|applicants?|candidates?|people|those|whoever|whom|each|"
    r"every|other|others|another|internal|external|local|new|one|two|three|me|print|plan|"
    r"waste|tender|auction|market|press|court)\b)"
)
# a name's first letter, never a contraction's ("you've got the job")
_NAME_STARTS = r"\b(?<![" + _A[1:-1] + r"])"
# a name of one or two words, never the reader or a pronoun as its second ("great news you got
# the job")
_PERSON = (
    _NOT_THE_READER + _NOT_A_GROUP + _NAME
    + r"(?: (?!(?:you|we|they|i|he|she|it|who|and|or|has|have|had|is|was|will)\b)" + _NAME + r")?"
)  # fmt: skip
# the one given it: kin, a relative, someone by title, or a name of one or two words (and an
# initial: "Blessing O.")
_GIVEN_WHOM = (
    r"(?:(?:my|our|his|her|their) (?:own )?" + _KIN + r"(?: " + _NOT_A_GROUP + _NAMES + r")?"
    r"|" + _RELATIVE + r"(?: " + _NOT_A_GROUP + _NAMES + r")?"
    r"|" + TITLES + r"\.? " + _NAMES
    + r"|" + _PERSON + r"(?: [a-z]\.)?)"
)  # fmt: skip
# ... and where the name ends: a stop, a bracket, a dash, who they are or thanks
_NAME_ENDS = (
    r"(?=[ \t]*(?:[.,;:!(\u2014\u2013\-]|\n|$)| (?:from|who|whose|as|thank|thanks|tq|cheers|"
    r"he|she|they)\b)"
)
# the post given or handed to someone, told bare ("Weighman job given to Mr Mulenga from the
# scales office", "bosun berth given to Tanya Hebb, sailed with us"); handed on bare, kin only
# ("cowman post to Bhikhabhai's son Ravi")
_GIVEN = re.compile(
    r"\b" + _POST_NAMED + r"\b[^.!?\n]{0,60}? (?:(?:is|was|has been|have been|" + _A + r"s been|"
    r"now) )?(?:given|handed|awarded) (?:over )?to " + _GIVEN_WHOM + _NAME_ENDS
    + _NOT_STAFFING
    + r"|(?:^|(?<=[.!?:;\n] )|(?<=[\n\u2014\u2013\-] ))(?:[a-z\-]+ ){1,2}" + _JOB + r" to "
    r"(?:(?:my|our|his|her|their) (?:own )?" + _KIN + r"|" + _RELATIVE + r")"
    + _NOT_STAFFING
)  # fmt: skip
# ... given by the writer to someone told next ("I've given it to Donnie Fyfe, he's fished the
# water since he was a wee boy")
_GAVE_IT = re.compile(
    r"\b(?:i|we)(?:" + _A + r"ve| have)? (?:given|handed|gave|handed over) (?:it|the (?:[a-z\-]+ "
    r"){0,2}?" + _JOB + r") to " + _GIVEN_WHOM + r", (?:he|she|they)(?:" + _A + r"s|" + _A
    + r"ve| has| have| had) (?:[a-z]+ed|been|done|known|run|grown|worked|taught|built|kept)\b"
    + _NOT_STAFFING
)  # fmt: skip
# ... it going to someone, with who they are ("It goes to Oisín Daly, who came up through our
# juniors"); never one who will act on the reader's application
_IT_GOES = re.compile(
    r"\bit (?:goes|went|has gone|" + _A + r"s gone|is going) to (?:" + TITLES + r"\.? )?"
    + _PERSON + r",? who(?:" + _A + r"s| has| had| was| is)? "
    r"(?!will\b|can\b|could\b|would\b|should\b|may\b|might\b|going\b)[a-z]+"
    + _NOT_STAFFING
)  # fmt: skip
# ... someone named to the post by the one who leads ("Master Yoon has named Dae-ho Park his
# assistant instructor"); never a firm naming "its new chief executive" in a bulletin
_NAMED_TO = re.compile(
    r"\b(?:has|have|had|" + _A + r"s|" + _A + r"ve)(?: now| just| officially)? (?:named|appointed) "
    + _PERSON + r" (?:as )?(?:his|her|their) "
    r"(?:new )?(?!(?:winner|recipient|champion|contact|point|host|chair|interviewer|recruiter|"
    r"representative|rep|liaison|buddy|mentor|guide)s?\b)(?:[a-z\-]+ ){0,2}?[a-z\-]+\b"
    + _NOT_STAFFING
)  # fmt: skip
# ... someone with who they are as the post's new holder ("Marisa Delgado, who has run our
# Thursday distribution for two years, is our new coordinator"); a bulletin's news too
_NEW_HOLDER = re.compile(
    _NAME_STARTS + _PERSON + r", who\b[^.!?\n]{1,100}?, (?:is|will be) (?:now )?"
    r"(?:our|the) new (?!(?:[a-z\-]+ )?(?:recruit\w*|hiring|hr|talent|people|interviewer|contact|"
    r"office|address|site|building|location|website|portal|number|system|platform|app|policy|"
    r"process|email|phone|branch|store|shop|home|base)\b)(?:[a-z\-]+ ){0,2}?[a-z\-]+\b"
    + _NOT_STAFFING
)  # fmt: skip
# ... someone who said yes to it and starts ("Carol, Wendy's daughter-in-law, said yes to the
# cutting table this morning, so she'll be measuring and cutting from next week")
_SAID_YES_STARTS = re.compile(
    _NAME_STARTS + _PERSON + r"(?:, [^,.!?\n]{1,60},)? said yes to (?:the|our) "
    r"[^.!?\n,]{1,50}?,? so (?:he|she|they)(?:" + _A + r"ll| will) (?:be|start)\b"
    + _NOT_STAFFING
)  # fmt: skip
# ... kin running it from a day ("His grandson Lachie Burrows will be running the counter from
# June")
_KIN_RUNS = re.compile(
    r"\b(?:(?:my|our|his|her|their) (?:own )?" + _KIN + r"|" + _RELATIVE + r")(?: "
    + _NOT_THE_READER + _NAMES + r")? (?:will be|" + _A + r"ll be|is|" + _A + r"s) (?:running|"
    r"manning|minding|covering|staffing|working|taking over) (?:the|that|this) "
    r"(?!(?:[a-z\-]+ ){0,2}?(?:marathon|race|half|relay|raffle|party|bath|errands|school run|"
    r"meeting|session|workshop|class)\b)(?:[a-z\-]+ ){0,2}?[a-z\-]+ (?:from|next|this|starting|"
    r"as of)\b"
    + _NOT_STAFFING
)  # fmt: skip
# ... someone from a crew taking it for the season ("Jesse from the engine room crew is taking
# it this season")
_TAKING_IT = re.compile(
    _NAME_STARTS + _PERSON + r" from (?:the|our) [^.!?\n,;]{1,40}? (?:is|" + _A
    + r"s) taking it (?:this|next|for the) (?:season|year|summer|winter|spring|autumn|term|tour|"
    r"trip|run|harvest)\b"
    + _NOT_STAFFING
)  # fmt: skip
# ... someone who got the job, told by name (never a congratulation passed on, nor a
# testimonial's "Priya got the job she wanted after using our CV review")
_GOT_JOB = re.compile(
    _NAME_STARTS + _PERSON + r"(?: from (?:the|our) [^.!?\n,;]{1,40}?)? (?:got|landed|has "
    r"got|" + _A + r"s got) (?:the|that|this) (?:[a-z\-]+ ){0,2}?" + _JOB
    # (nor a job somewhere else, "a girl from the bakery got the job there, so the café job is
    # still open")
    + r"\b(?! (?:there|elsewhere|at|with|in|down|over|somewhere)\b)"
    r"(?![^.!?\n]*\b(?:congrat\w*|thanks to|dreams?|wanted|using|with (?:our|the|a) help|after "
    r"(?:using|taking|joining|reading)|still (?:open|free|available|going|vacant))\b)"
    + _NOT_STAFFING
)  # fmt: skip
# ... someone taken on, so the place is full ("We took on Shane Metcalfe a fortnight back, …, so
# the bench is full till spring")
_TOOK_ON_FULL = re.compile(
    r"\b(?:we|i)(?:" + _A + r"ve| have)? (?:took on|taken on|hired|brought on|signed on|"
    r"engaged|started) " + _PERSON + r"\b[^.!?\n]{0,100}?,? so "
    r"(?:the|our|my) (?:[a-z\-]+ ){0,2}?(?:is|are|" + _A + r"s) (?:now )?(?:full|filled|"
    r"taken)\b"
)  # fmt: skip
# ... others who had done more, and that swung it ("A couple of the others have done more
# highway-side dismantles …, and in the finish that swung it their way")
_SWUNG = re.compile(
    r"\b(?:a few|some|several|two|three|a couple|most)(?: or (?:two|three|four))?(?: of the)? "
    r"(?:others|other (?:people|candidates|applicants|finalists)|people|candidates|applicants|"
    r"finalists)\b[^.!?\n]{0,80}?\b(?:had|have|" + _A + r"d|" + _A + r"ve) (?:done|had|got|put "
    r"in|logged|spent) (?:more|longer|deeper|wider)\b[^.!?\n]{0,100}?(?:,? and|;|,)"
    r"[^.!?\n]{0,30}?\b(?:that|this|it) (?:swung|tipped|tilted|decided|settled|won) (?:it|things|"
    r"the decision|the balance)\b"
)  # fmt: skip
# the reader's road ending here ("this stage is as far as your application goes", "Sorry to
# say this one ends here for you")
_ENDS_HERE = re.compile(
    r"\b(?:this|that|here|it)(?: stage| step| round| point)? is (?:as far as (?:your "
    r"(?:application|candidacy|entry|journey)|you|yours) (?:goes|go|gets|get)(?! (?:through|"
    r"to|on|reviewed|checked|read|seen|passed|sent|forwarded)\b)|where (?:your (?:application|"
    r"candidacy|entry|journey)|you|yours) (?:ends|stops))\b"
    r"|\b(?:this|that|it|things|the process|your application|this one|the road|the journey) "
    r"(?:ends|stops|finishes) here for you\b"
)

# (the readings whose own "will" is no condition: rejectwatch.model.negation reads around them)
_WILL_READINGS = readings(("chose_other", _SAID_YES_STARTS), ("chose_other", _KIN_RUNS))
OWN_WORDS = tuple(pattern for _, _, pattern in _WILL_READINGS)
READINGS = _WILL_READINGS + readings(
    ("chose_other", _GIVEN),
    ("chose_other", _GAVE_IT),
    ("chose_other", _IT_GOES),
    ("chose_other", _NAMED_TO),
    ("chose_other", _TAKING_IT),
    ("chose_other", _GOT_JOB),
    ("chose_other", _TOOK_ON_FULL),
    ("chose_other", _SWUNG),
    ("reader_out", _ENDS_HERE),
)
# (the one a staff bulletin also tells, "great news: Marisa Delgado, who …, is our new
# coordinator": rejectwatch.model.decisions_heard reads it as news after such words)
NEWS_READINGS = readings(("chose_other", _NEW_HOLDER))
READINGS += NEWS_READINGS
