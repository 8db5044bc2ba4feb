"""The reader left out, or the work gone to someone the sender knows, said plainly (issue 11,
thirty-seventh pass, second round).

Blind slice 36's misses, read by kind, held refusals that carried no decision token, each a
shape that recurs whatever the words around it:

* **the reader not joining the group**: "the cohort for this term is full, and you won't be
  joining it", "you will not be joining us this season";
* **the reader put outside a list**: "the online assessment results put you outside the
  shortlist for panel interviews", "your score places you outside the top 40";
* **the sender stopping the reader's application**: "having read them all, we're stopping yours
  at this point", "we are ending your application here";
* **a list drawn up without the reader**: "we drew up a short list of people to meet, which
  leaves you off it", "the interview list leaves you out";
* **the work handed to, or taken by, someone the sender knows**: "I've handed it to a regular
  from the Thursday repair night", "a machinist from last summer's bunting rush is taking it",
  "my cousin is taking the shifts", "Joe's lad is doing the autumn run" (a relative, a regular,
  a local, a former hand: never a colleague, a manager or a team the reader's papers go to);
* **another performer booked**: "we've booked another artist for the summer wedding season";
* **(third round) someone else in the post, told by what they did**: "Dana, our summer intern,
  has accepted the account executive role", "… has come on staff as our captioning editor",
  "Jono's coming on full-time as second trimmer", "the directors have promoted Jarrod … to the
  service technician job", "that job now belongs to my niece", "it went to Kai from the Tuesday
  skate nights", "as of this week he is our field service engineer here".

Each reading is (token name, pattern) over lower-cased text, appended to the outcome readings by
rejectwatch.model.plain_outcomes: none fires in a conditional, still-to-come, quoted or
undecided sentence, nor in mail about someone else's candidacy.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_casual import _A
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_WONT = r"(?:will not|won" + _A + r"t|wo not|are not going to|aren" + _A + r"t going to)"
_GROUP = (
    r"(?:it|us|them|the (?:[a-z\-]+ ){0,2}?(?:team|cohort|programme|program|class|intake|crew|"
    r"company|firm|practice|group|course|scheme|squad|season|project))\b"
)
# the reader not joining the group ("you won't be joining it")
_NOT_JOINING = re.compile(
    r"\byou " + _WONT + r" be (?:joining|part of|on) " + _GROUP + r"(?! (?:call|meeting|webinar))"
    # (never a day or a start moved, "you won't be joining the team this Friday, we've moved
    # your start to Monday", nor a while, "until your checks clear")
    r"(?![^.!?\n]*\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|"
    r"tonight|week|until|till|yet|moved|start|starts|instead|after all|for now)\b)"
)
# the reader put outside a list ("results put you outside the shortlist")
_LIST = (
    r"(?:the|our|this) (?:[a-z\-]+ ){0,2}?(?:shortlist|short list|short-list|list|cut|cut-off|"
    r"cutoff|top \d+|top [a-z]+|interview (?:list|pool)|pool|band|group)\b"
)
_OUTSIDE = re.compile(
    r"\b(?:put|puts|places|placed|leave|leaves|left|rank|ranks|ranked) you (?:just )?"
    r"(?:outside|below|beneath) " + _LIST
)
# the sender stopping the reader's application ("we're stopping yours at this point")
_STOPPING = re.compile(
    r"\b(?:we|i)(?:" + _A + r"re| are| am|" + _A + r"m| have|" + _A + r"ve)? (?:stopping|ending|"
    r"halting|stopped|ended|halted) (?:yours|your (?:application|candidacy|submission|"
    r"progress))(?: (?:here|now|at this (?:point|stage|step)|today))\b"
)
# a list drawn up without the reader ("a short list of people to meet, which leaves you off it")
_LEAVES_OFF = re.compile(
    r"\b(?:short ?list|shortlist|short-list|list|group|cohort|panel)\b[^.!?\n]{0,80}?"
    r"\b(?:which|that|and this|and that|and it) (?:leaves|left|has left) you (?:off|out of|out)"
    r"(?: it| them)?\b"
    r"|\b(?:the|our|this) (?:[a-z\-]+ ){0,2}?(?:shortlist|short list|list|cohort|group) "
    r"(?:leaves|left|has left) you (?:off|out)\b"
)
# someone the sender knows: a relative, a regular, a local, a former hand (never a colleague, a
# manager or a team the reader's papers go to)
_KNOWN = (
    r"(?:(?:a|an|one of (?:our|the|my)|my|our|his|her|the other|[a-z]+" + _A + r"s) "
    r"(?:[a-z'\u2019\-]+ ){0,3}?(?:cousin|nephew|niece|son|daughter|brother|sister|lad|lass|"
    r"mate|pal|regular|regulars|local|neighbou?r|machinist|volunteer|apprentice|graduate|"
    r"student|school leaver|friend|uncle|aunt|husband|wife|partner's|former hand|old hand))"
)
# the work handed to them ("I've handed it to a regular from the Thursday repair night")
_HANDED = re.compile(
    r"\b(?:i|we)(?:" + _A + r"ve| have)? (?:handed|given|offered|passed) (?:it|the (?:[a-z\-]+ )"
    r"{0,2}?(?:job|post|role|place|spot|shifts?|bench|work)) to " + _KNOWN + r"\b"
    r"(?! (?:to|for) (?:review|check|look|sign|approv)\w*)"
)
# ... or taken or done by them ("a machinist from last summer's bunting rush is taking it", "my
# cousin is taking the shifts", "Joe's lad is doing the autumn run")
_TAKING = re.compile(
    r"\b" + _KNOWN + r"\b(?: (?:from|of|who) [^.!?\n,;]{1,60}?)? (?:is|" + _A + r"s|has) "
    r"(?:taking|taken|doing|covering|got|getting) (?:it|them|the (?:[a-z\-]+ ){0,2}?(?:job|"
    r"post|role|place|spot|shifts?|bench|work|run|season|slot|gig|rota))\b"
)
# another performer booked ("we've booked another artist for the summer wedding season")
_BOOKED = re.compile(
    r"\b(?:we|i|they)(?:" + _A + r"ve| have| had)? (?:booked|engaged|signed) (?:another|a "
    r"different|the other) (?:[a-z\-]+ )?(?:artist|musician|band|dj|photographer|performer|act|"
    r"singer|player|caricaturist|illustrator|magician|entertainer|painter|dancer|duo|trio)\b"
    r"(?! (?:as well|too|alongside you|with you)\b)"
)

# (third round) someone else in the post, told by what they did ("Dana, our summer intern, has
# accepted the account executive role", "the freelancer who covered our overnight news has come on
# staff as our captioning editor", "Jono's coming on full-time as second trimmer", "the directors
# have promoted Jarrod from the modernisation crew to the service technician job", "that job now
# belongs to my niece", "it went to Kai from the Tuesday skate nights", "as of this week he is our
# field service engineer here"); never the reader ("you have accepted"), never a recruiter, a
# coordinator or anyone the sentence goes on to send to the reader
_HIRING_STAFF = (
    r"(?![^.!?\n]*\b(?:you|your|recruit\w*|talent|hr|human resources|people partner|hiring|"
    r"coordinator|scheduler|interview\w*)\b)"
)
_POST = r"(?:[a-z\-]+ ){0,3}?(?:role|post|position|job|place|vacancy|spot|seat)\b(?! of\b)"
_IN_POST = re.compile(
    r"\b(?:has|" + _A + r"s)(?: now| just| already)? accepted (?:the|our|this|that) " + _POST
    + r"|\b(?:has|have|" + _A + r"s|" + _A + r"ve)(?: now| just)? (?:come on (?:staff|board)|"
    r"come aboard|stepped in|moved across|moved over) as (?:our|the) (?:new )?[a-z\-]+"
    + _HIRING_STAFF
    + r"|\b(?:is|" + _A + r"s) coming on(?: full-time| part-time| permanently| for good)? as "
    r"(?:our |the |a )?(?:new )?[a-z\-]+" + _HIRING_STAFF
    + r"|\bpromoted (?!you\b|yourself\b)[a-z\-]+(?: [a-z\-]+)? (?:from (?:the |our )?"
    r"[^.!?\n,;]{1,40}? )?(?:to|into) (?:the|our|this|that) " + _POST
    + r"|\b(?:job|role|post|position|place|spot|shift|bench)s? (?:now |already )?belongs? to "
    r"(?!you\b|yourself\b)"
    + r"|\b(?:it|the " + _POST + r") (?:went|has gone|" + _A + r"s gone) to (?!you\b)[a-z\-]+"
    r"(?: [a-z\-]+)? (?:from|in|on|at) (?:the|our|a) (?:[a-z\-]+ ){0,3}?(?:shift|team|crew|nights?|"
    r"class|course|yard|shop|branch|office|club|group|rota|line|patch|site)\b"
    + r"|\b(?:as of|from|since) (?:this|last|today|monday|tuesday|wednesday|thursday|friday)"
    r"[^.!?\n]{0,20}?,? (?:he|she|they) (?:is|are|" + _A + r"s|" + _A + r"re) (?:now )?our "
    r"(?:new )?(?:[a-z\-]+ ){0,3}?[a-z\-]+" + _HIRING_STAFF
)  # fmt: skip

# (the words that open each reading and the others a match holds: read off its pattern,
# rejectwatch.model.prefilter.openers)
READINGS = readings(
    ("reader_out", _NOT_JOINING),
    ("reader_out", _OUTSIDE),
    ("reader_out", _STOPPING),
    ("reader_out", _LEAVES_OFF),
    ("chose_other", _HANDED),
    ("chose_other", _TAKING),
    ("chose_other", _BOOKED),
    ("chose_other", _IN_POST),
)
