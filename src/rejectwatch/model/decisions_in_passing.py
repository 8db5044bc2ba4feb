"""Decisions told in passing: in a postscript, in a translation, in a fax, in three words
(issue 11, twenty-first pass, part A).

Blind slice 19's English misses (the first half), read by kind once the slice was declared
read, gave decisions in shapes the readings had none for; each is written here for its kind,
in several wordings and sectors:

* **the places gone to those coming back**: "all twelve seasonal places for this summer went to
  keepers returning from last year", "the summer posts have gone to last year's team" (staff
  returning, already on the books; not a place going *to* the reader), and what is left for the
  reader: "so there is nothing left to offer you", "we have nothing else to offer you";
* **the post going to someone with more**: "the job is going to a joiner with more sash-window
  work behind them", "the role goes to an applicant who already holds the licence" (a present
  or a future told as the decision; "has gone to …" was read before), and the post going
  elsewhere with a word between: "the apprenticeship therefore goes elsewhere", "so the contract
  is now going elsewhere";
* **not put on the books**: "so we're not going to add you to our books", "I'm not adding you to
  the setters' rota", "we won't be putting you on the panel" (a panel, a register, a roster, the
  books; not a mailing list, a chat, a calendar, not next week's rota, not "yet"), and the plain
  "we're not going to take you on", "we will not employ you this time";
* **not through to a trial shift**: "yours won't go forward to a trial shift", "your form will
  not be put through to a taster day" (a kitchen's, a shop's or a bar's stage, as an interview
  is an office's);
* **the work given to someone else on the list**: "this memoir will be written by someone else
  on our list", "the translation will be done by another translator" (a book, a chapter, a
  commission, a score; not a meeting, an interview, a project handed over);
* **a trial piece judged**: "so the puzzle is not one we could run", "your sample chapter isn't
  something we can use", "on both the work was some way from where a first-year apprentice
  needs to begin" (a work made for the trial, not a clip or a file to send again, not feedback;
  not before a turn, "…, but you're through");
* **a refusal in translated English**: "we regret that we will decline to meet your hope this
  time", "we could not respond to your wish", "we have decided to refrain from adopting you",
  "your application was not adopted this time", "we decided to see off the hiring this time" (a
  Japanese recruiter's words put into English by a machine: a hope or a wish not met, an
  "adoption" forgone; not "we cannot meet your wish to start later", a date or a salary; not a
  pet's adoption refused, "your adoption of Biscuit was not possible");
* **"found someone", in three words**: "No thanks, found someone. Good luck", "Sorry, already got
  somebody!" (after a "no thanks" or a "sorry", the sentence ending there: not "thanks, found
  someone to cover it");
* **a rule the reader misses, then "we'll have to leave it"**: "you passed your test in 2024, so
  we'll have to leave it for the moment", "so I'll have to say no for this season" (the sentence
  ending there). The same words are a turn for the guard (rejectwatch.model.steps_ahead's
  _TURN, ``TURNS``): "you passed your test in 2024" is the reader's licence, not a stage passed,
  once the sentence turns to "so we'll have to leave it".

Two shapes are not readings of their own: a postscript's "P.S. Sorry, should have said first —
the shop job has gone to somebody else" was marked conditional for its "should"; a "should have
said / told you / written / let you know" is an apology for the order, never a condition
(``APOLOGY``, read by rejectwatch.model.negation's _CONDITIONAL). And a letter whose UTF-8 was
read as Windows-1252 on the way ("Weâ€™ve now read all the forms and yours wonâ€™t go
forward") is mended before it is read (rejectwatch.model.mojibake).

Not read, as for every outcome reading (rejectwatch.model.plain_outcomes): none in a
conditional, still-to-come or quoted sentence, none in mail about someone else's candidacy.

Each reading is (token name, word groups, pattern) over lower-cased text; every match lies
inside one sentence. The word groups are read off the patterns
(rejectwatch.model.prefilter.openers).
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["APOLOGY", "NEGATIONS", "READINGS", "TURNS"]

_Q = r"['\u2019]"
_POST = (
    r"(?:job|role|post|position|place|contract|vacancy|apprenticeship|internship|placement|"
    r"traineeship|commission|residency|opening|spot|offer)"
)
# the sentence ends here (or turns to a wish, a thanks)
_ENDS = (
    r"(?=\s*(?:[.!;\n]|$|,? (?:but|and|so|sorry|thanks|good luck|all the best)\b"
    r"| [\u2013\u2014-] ))"
)

# the places gone to those coming back ("all twelve seasonal lock-keeper places for this summer
# went to keepers returning from last year")
_RETURNING = (
    r"(?:(?:[a-z\-]+ ){0,2}?(?:returning|coming back|who (?:worked|were|helped) (?:with us|here|"
    r"for us))|returners|last (?:year|season|summer)" + _Q + r"s (?:[a-z\-]+ ){0,1}?(?:team|staff|"
    r"crew|keepers|people|volunteers|guides|instructors|workers)|(?:our |the )?(?:existing|"
    r"current|regular) (?:staff|team|crew|volunteers|workers|people)|(?:our )?regulars|"
    r"(?:people|staff|workers|applicants) already (?:on our books|on the books|with us|on staff|"
    r"working here))"
)
_GONE_TO_RETURNING = re.compile(
    r"\b(?:places|posts|roles|jobs|spots|positions|berths|vacancies|contracts|placements|"
    r"pitches) (?:for (?:this|the|next) (?:[a-z\-]+ ){0,2}?)?(?:went|have (?:all |now )?gone|had "
    r"gone|are (?:all )?going|have (?:all )?been (?:given|offered)|were (?:all )?(?:given|offered)"
    r") (?:back )?to "
    + _RETURNING
    # (not "... and to you", "including you")
    + r"(?![^.!?\n]*\b(?:and (?:to )?you|including you|you(?:"
    + _Q
    + r"re| are) (?:one|among))\b)"
)
# ... and nothing left for the reader ("so there is nothing left to offer you")
_NOTHING_LEFT = re.compile(
    r"\b(?:there (?:is|was)|there" + _Q + r"s|we (?:have|had)|we" + _Q + r"ve(?: got)?|i (?:have|"
    r"had)|i" + _Q + r"ve(?: got)?) nothing (?:left|else|more) (?:to offer you|(?:that )?we can "
    r"offer you|(?:that )?i can offer you)\b"
    # (twenty-first pass, part M: the sentence ends there, or with its time: not "nothing left
    # to offer you in the sale", a shop's stock)
    r"(?: (?:this|for this|for the) (?:time|year|season|summer|winter|spring|autumn|round|month)"
    r"| at (?:the moment|present|this (?:time|stage|point))| right now| for now| now)?" + _ENDS
)
# the post going to someone with more ("the job is going to a joiner with more sash-window work
# behind them"); not a print job, a batch job
_GOING_TO_MORE = re.compile(
    r"\bthe (?!print |batch |cron |build |backup |test )(?:[a-z\-]+ ){0,2}?"
    + _POST
    + r" (?:therefore |then |now |so )?(?:is going|goes|will go|went|is gone) to (?:an? |another |"
    r"someone|somebody)(?:[a-z\-]+ ){0,2}?(?:with (?:a bit |a little |rather |far |much )?"
    r"(?:more|longer|stronger|greater|deeper|wider)|who (?:already )?(?:has|had|holds|held)|"
    r"who" + _Q + r"s (?:already|been))\b"
)
# ... and going elsewhere with a word between ("the apprenticeship therefore goes elsewhere")
_GOES_ELSEWHERE = re.compile(
    r"\bthe (?:[a-z\-]+ ){0,2}?" + _POST + r" (?:therefore |then |now |so |instead |this time |"
    r"unfortunately |sadly )?(?:goes|is (?:now |therefore )?going|has (?:now |therefore )?gone|"
    r"went|will (?:now |therefore )?go|will be going) elsewhere\b"
)
# a panel, a register, the books (not a mailing list, a chat, a calendar)
_BOOKS = (
    r"(?!mailing|newsletter|distribution|waiting|group|chat|channel|email|whatsapp|calendar|"
    r"invite|thread|guest)(?:[a-z\-']+ ){0,3}?(?:books|panel|register|roster|rota|pool|bank|"
    r"crew|squad|framework|reserve list|setters" + _Q + r"? (?:rota|list))\b(?! yet\b)"
    # (not next week's rota: a worker's shifts)
    r"(?! (?:next|this|for next|for this|for the) (?:week|weekend|month|shift)| on (?:mon|tues|"
    r"wednes|thurs|fri|satur|sun)day| for (?:mon|tues|wednes|thurs|fri|satur|sun)day)"
)
# not put on the books ("so we're not going to add you to our books", "i'm not adding you to the
# setters' rota", "we won't be putting you on the panel")
# ("we're not", "i am not"; "we won't", "i will not")
_WE_ARE_NOT = r"\b(?:we|i)(?:" + _Q + r"re| are|" + _Q + r"m| am) not "
_WE_WONT = r"\b(?:we|i) (?:won" + _Q + r"t|will not) "
_NOT_ON_BOOKS = re.compile(
    _WE_ARE_NOT + r"(?:going to )?(?:add|adding|put|putting|place|placing|include|including|take|"
    r"taking) you (?:on|onto|on to|to|into) (?:the|our|my) " + _BOOKS + r"|" + _WE_WONT + r"be "
    r"(?:adding|putting|placing|including|taking) you (?:on|onto|on to|to|into) (?:the|our|my) "
    + _BOOKS
)
# ... and the plain "we're not going to take you on", "we will not employ you this time"
_NOT_TAKING_ON = re.compile(
    _WE_ARE_NOT + r"going to (?:take you on|employ you|hire you|appoint you|engage you|progress "
    r"your application|take your application (?:any )?(?:further|forward))"
    + _ENDS
    + r"|"
    + _WE_WONT
    + r"(?:be )?(?:employ(?:ing)?|hir(?:e|ing)|appoint(?:ing)?|engag(?:e|ing)|"
    r"tak(?:e|ing) on) you(?: (?:this time|on this occasion|"
    r"for (?:this|the) (?:role|post|position|job|season)))?" + _ENDS
)
# not through to a trial shift ("yours won't go forward to a trial shift", "your form will not be
# put through to a taster day"); a hospitality trade's stage, as an interview is an office's
_NO_TRIAL = re.compile(
    r"\b(?:you|yours|your (?:application|application form|form|cv|candidacy|submission|details)) "
    r"(?:won" + _Q + r"t|will not|would not|wouldn" + _Q + r"t|did not|didn" + _Q + r"t|is not|"
    r"isn" + _Q + r"t|are not|aren" + _Q + r"t|can" + _Q + r"t|cannot)(?: be)? (?:go|going|move|"
    r"moving|progress|progressing|put|invited|asked|taken|passed|sent)(?: forward| through| on)? "
    r"(?:to|for|into) (?:an? |the |our )?(?:paid |unpaid |short |first )?(?:trial|taster|tryout|"
    r"try-out|working) (?:shifts?|days?|sessions?|interviews?|weeks?|mornings?|evenings?|"
    r"afternoons?|services?)\b"
)
# the work given to someone else on the list ("this memoir will be written by someone else on
# our list"); not a meeting, an interview, a project handed over
_WORKS = (
    r"memoir|book|biography|autobiography|novel|chapter|manuscript|translation|commission|"
    r"series|column|score|soundtrack|illustrations?|portrait|mural|cookbook|history|script|"
    r"screenplay|piece|puzzle|crossword|feature|album|recording|voice-?over|audiobook|artwork|"
    r"cover"
)
_WORK = r"(?:" + _WORKS + r")"
_WRITTEN_BY_ANOTHER = re.compile(
    r"\b(?:this|the|that) (?:[a-z\-]+ ){0,2}?" + _WORK + r" (?:will|is going to|" + _Q + r"ll) "
    r"(?:now |instead )?be (?:written|ghosted|ghostwritten|translated|illustrated|painted|drawn|"
    r"composed|scored|edited|designed|photographed|narrated|voiced|recorded|set|done|taken on|"
    r"handled) by (?:someone else|somebody else|another (?:[a-z\-]+ )?(?:writer|author|ghost|"
    r"ghostwriter|translator|illustrator|artist|painter|composer|editor|designer|photographer|"
    r"narrator|freelancer|setter|member|person|contributor)|one of our other)"
)
# a trial piece judged ("so the puzzle is not one we could run", "your sample chapter isn't
# something we can use"): a work the reader made for the trial, not a clip or a file (re-sent),
# not feedback or a date ("feedback isn't something we can give")
_TRIAL_WORK = (
    r"(?:" + _WORKS + r"|sample|test piece|trial piece|dish|plate|bake|entry|design|sketch)"
)
_PIECE_UNUSED = re.compile(
    r"\b(?:the|your|this|that) (?:[a-z\-]+ ){0,2}?"
    + _TRIAL_WORK
    + r" (?:is|was)(?: not|n"
    + _Q
    + r"t) (?:one|something) (?:we|i) (?:could|can|would|will|are able to|were able to) (?:run|"
    r"use|publish|print|air|broadcast|put forward|accept|book|sell|stock|show|screen|stage|"
    r"serve|take)\b"
)
# ... or short of the standard ("on both the work was some way from where a first-year
# apprentice needs to begin"); not before a turn ("..., but you're through to round two")
_SHORT_OF_STANDARD = re.compile(
    r"\b(?:the|your) (?:[a-z\-]+ ){0,2}?(?:work|piece|test piece|trial piece|sample|dish|plate|"
    r"performance|set|audition|result|entry|chapter|translation|bake|weld|joint|finish|"
    r"workmanship) (?:was|were|fell|came in|came out|sat) (?:still )?(?:some way|a long way|well|"
    r"rather|quite a way|a way|too far) (?:short of|below|from) (?:where|the standard|the level|"
    r"what)\b(?![^.!?\n]*\b(?:but|though|although|yet|still|however)\b)"
)
# a refusal in translated English ("we regret that we will decline to meet your hope this
# time"); a hope or a wish, not "your wish to start later", "your wish for a higher rate"
_HOPE_UNMET = re.compile(
    r"\b(?:decline|declined|refrain from|forgo|forego|withhold|cannot|can not|could not|"
    r"couldn" + _Q + r"t|unable to|not able to|impossible to|were not able to) (?:to )?(?:meet|"
    r"meeting|answer|answering|respond to|responding to|fulfil|fulfill|fulfilling|satisfy|"
    r"satisfying|grant|granting|realise|realize|accept|accepting|comply with|live up to) your "
    r"(?:hope|hopes|wish|wishes|desire|desires|expectation|expectations)\b(?! (?:to|for|"
    r"regarding|about|of|concerning)\b)"
)
# ... and the "adoption" forgone ("we have decided to refrain from adopting you", "your
# application was not adopted this time")
_NOT_ADOPTED = re.compile(
    r"\b(?:refrain from|forgo|forego|decline|withhold|give up|not to|not|n" + _Q + r"t|unable to|"
    r"not able to|cannot|can not|could not) (?:adopt|adopting|the adoption of|adoption of) you\b"
    r"|\b(?:refrain from|forgo|forego|decline|withhold|give up|pass on) (?:the |your )?(?:adoption"
    r"|employment|hiring) (?:of you |of your application )?(?:this time|on this occasion|in this "
    r"time|at this time)\b"
    # (a translation's "see off" / "send off": the hiring forgone, "we decided to see off the
    # hiring this time")
    r"|\b(?:see|send|seeing|sending|saw|sent) off (?:the |your )?(?:adoption|employment|hiring|"
    r"recruitment)(?: of you)?(?: this time| on this occasion| at this time)?\b"
    # (the application "not adopted", never a pet's adoption refused: "your adoption was not
    # possible" is left to the gate's other refusals)
    r"|\byour (?:application|candidacy|entry) (?:was|is|has been|will be) not (?:adopted|"
    r"accepted for adoption)\b"
    r"|\bnot to adopt your (?:application|candidacy)\b"
    r"|\byour (?:employment|hiring) (?:was|is|has been|will be) (?:not possible|not decided|"
    r"declined|refrained|forgone|not realised|not realized)\b"
)
# "found someone", in three words ("no thanks, found someone. good luck"), after a "no thanks"
# or a "sorry"; the sentence ends there
_FOUND_SOMEONE = re.compile(
    r"\b(?:no thanks|no thank you|thanks but|thanks anyway but|thanks though but|sorry|cheers but|"
    r"afraid|apologies)[,!.]? (?:but |mate |love |pal )?(?:we(?:"
    + _Q
    + r"ve| have) |i(?:"
    + _Q
    + r"ve| have) )?(?:already |just )?(?:found|got|hired|picked|taken on) (?:someone|somebody|a "
    r"(?:helper|person|lad|girl|guy|student))(?: (?:else|now|already|thanks|sorry|in the end))*"
    + _ENDS
)
# a rule the reader misses, then "we'll have to leave it" (the sentence ends there)
_LEAVE_IT = (
    r"\b(?:so|and so|which means|that means) (?:we|i)(?:" + _Q + r"ll| will|" + _Q + r"re going to|"
    r" are going to|" + _Q + r"m going to| am going to) (?:have to|need to|must) (?:leave it|pass|"
    r"say no|let (?:this|it) (?:one )?go|give it a miss)(?: (?:there|for now|for the moment|for "
    r"the time being|for this (?:season|year|summer|round)|this (?:time|season|year|summer|round)"
    r"|on this occasion))?"
)
# (twenty-first pass, part M: read only after the reader's rule, "you passed your test in 2024,
# so ...": not "the printer is broken again, so we'll have to leave it for the moment")
_LEAVE_IT_READ = re.compile(r"\byou(?:r)?\b[^.!?\n]{0,160}?" + _LEAVE_IT + _ENDS)
# the guard's turn (rejectwatch.model.steps_ahead._TURN): "you passed your test in 2024, so
# we'll have to leave it" is no stage passed
TURNS = _LEAVE_IT
# an apology for the order, no condition ("sorry, should have said first", "i should have told
# you sooner"): negation's _CONDITIONAL reads no "should" before it
APOLOGY = (
    r"(?: have|" + _Q + r"ve) (?:said|mentioned|told|written|let you know|been in touch|replied|"
    r"got back|come back|warned|explained)\b"
)

# nothing left to offer the reader: a negation of "offer you" (rejectwatch.model.negation's cues;
# without it "so there is nothing left to offer you" entered the refusal block as an offer,
# every word ``yes_``)
NEGATIONS = (
    "nothing left to offer",
    "nothing else to offer",
    "nothing more to offer",
    "nothing to offer",
)

READINGS = readings(
    ("role_gone", _GONE_TO_RETURNING),
    ("reader_out", _NOTHING_LEFT),
    ("chose_other", _GOING_TO_MORE),
    ("chose_other", _GOES_ELSEWHERE),
    ("reader_out", _NOT_ON_BOOKS),
    ("reader_out", _NOT_TAKING_ON),
    ("reader_out", _NO_TRIAL),
    ("chose_other", _WRITTEN_BY_ANOTHER),
    ("reader_out", _PIECE_UNUSED),
    ("reader_out", _SHORT_OF_STANDARD),
    ("reader_out", _HOPE_UNMET),
    ("reader_out", _NOT_ADOPTED),
    ("chose_other", _FOUND_SOMEONE),
    ("reader_out", _LEAVE_IT_READ),
)
