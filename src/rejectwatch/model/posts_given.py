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

Second round (blind slice 49's kinds): the process ended for the reader ("we end the process for
you at this point"), the choice to go on with another who has more, the post being given to
someone with who they are, the post someone else's now and the vacancy closed by it, the post's
holder named by trade and where they are from, someone taken told by who they are, a round
going to kin from now on. Third round (slice 50's): kin working the post now, started or
joining; the post now with kin or kept by kin; the post given to kin told through others ("his
wife's cousin Somchai"); the reader left off the list, and "this round ends for you".

Never the reader as the one chosen, never a staff role in the hiring of the reader
(hired_by_name._NOT_STAFFING), never a thing's seat or a group, and, like every outcome reading
(rejectwatch.model.plain_outcomes appends them), none in a conditional, still-to-come or quoted
sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_casual import _A
from rejectwatch.model.hired_by_name import _NAME, _RELATIVE
from rejectwatch.model.hired_by_name import _NOT_STAFFING as _STAFFING_ASIDE
from rejectwatch.model.insiders_chosen import _KIN, _NAMES, _NOT_THE_READER
from rejectwatch.model.prefilter import readings

__all__ = ["KIN_OR_RELATIVE", "NEWS_READINGS", "OWN_WORDS", "READINGS", "TITLES"]

# never a role in the hiring of the reader after the match (hired_by_name's), a thanks aside
# ("given to Blessing O. thank you for coming", second round)
_NOT_STAFFING = _STAFFING_ASIDE.replace(r"\b(?:you|", r"\b(?:(?<!thank )you|", 1)
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
# never a group, a class or the one who reads the application (nor a department: "your
# application for the job has been handed to recruitment, who will be in touch")
_NOT_A_GROUP = (
    r"(?!(?:staff|members?|students?|applicants?|candidates?|people|those|whoever|whom|each|"
    r"every|other|others|another|internal|external|local|new|one|two|three|me|print|plan|"
    r"waste|tender|auction|market|press|court|recruitment|recruiting|hiring|talent|hr|admin|"
    r"payroll|finance|accounts|reception|management|operations|ops|legal|compliance|onboarding|"
    r"head office|headquarters|personnel)\b)"
)
# a name's first letter, never a contraction's ("you've got the job")
_NAME_STARTS = r"\b(?<![" + _A[1:-1] + r"])"
# a name of one or two words, never the reader or a pronoun as its second ("great news you got
# the job")
_PERSON = (
    _NOT_THE_READER + _NOT_A_GROUP + _NAME
    + r"(?: (?!(?:you|we|they|i|he|she|it|who|and|or|has|have|had|is|was|will)\b)" + _NAME + r")?"
)  # fmt: skip
# kin of the writer or of someone named ("his grandson", "Bhikhabhai's son"), written once for
# the readings here and choices_plain's
_THEIR_KIN = r"(?:my|our|his|her|their) (?:own )?" + _KIN
KIN_OR_RELATIVE = r"(?:" + _THEIR_KIN + r"|" + _RELATIVE + r")"
# kin, told through one or two others ("his wife's cousin Somchai", "Haji sahib's driver's
# brother Naveed"; third round)
_KIN_CHAIN = (
    r"(?:(?:my|our|his|her|their) (?:own )?|(?:[^\W\d_]+ )?[^\W\d_]+" + _A + r"s )(?:[^\W\d_]+"
    + _A + r"s )?" + _KIN
)  # fmt: skip
# the one given it: kin, a relative, someone by title, or a name of one or two words (and an
# initial: "Blessing O.")
_GIVEN_WHOM = (
    r"(?:" + _THEIR_KIN + r"(?: " + _NOT_A_GROUP + _NAMES + r")?"
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
    + KIN_OR_RELATIVE
    + _NOT_STAFFING
    # (third round: or to kin told through others, given by anyone, "Chowkidar post at the
    # godown is given to Haji sahib's driver's brother Naveed", "Lumper job at the pier: boss
    # gave it to his wife's cousin Somchai")
    + r"|\b" + _POST_NAMED + r"\b[^.!?\n]{0,60}? (?:given|gave|handed|gone|went|goes)(?: it)? to "
    + _KIN_CHAIN
    + _NOT_STAFFING
)  # fmt: skip
# ... given by the writer to someone told next ("I've given it to Donnie Fyfe, he's fished the
# water since he was a wee boy")
_GAVE_IT = re.compile(
    r"\b(?:i|we)(?:" + _A + r"ve| have)? (?:given|handed|gave|handed over|assigned) (?:it|the "
    r"(?:[a-z\-]+ ){0,2}?" + _JOB + r") to " + _GIVEN_WHOM + r", (?:(?:he|she|they)(?:" + _A
    + r"s|" + _A + r"ve| has| have| had) (?:[a-z]+ed|[a-z]+en|been|done|known|run|grown|worked|"
    # (third round: or who they are, "I've assigned it to Bodhi, who wove the wattle fence")
    r"taught|built|kept)\b|who (?!will\b|can\b|could\b|would\b|may\b|might\b)[a-z]+)"
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
    r"\b" + KIN_OR_RELATIVE + r"(?: "
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
    r"|\b(?:this|that|it|things|the process|your application|this one|the road|the journey|"
    # (third round: "This round ends for you at the assessment")
    r"this round|this stage) (?:ends|stops|finishes|closes) (?:here )?for you\b"
    # (... and the reader left off the list, and the application closed by it, "you were left
    # off it; this closes the application")
    r"|\byou (?:were|have been|" + _A + r"ve been|are) left off (?:it|(?:the|our|its|their) "
    r"(?:[a-z\-]+ )?(?:shortlist|list))\b"
    # (a clause of its own, never a rule's "an unfinished assessment after that closes the
    # application")
    r"|(?:^|(?<=[;:,.!?] )|(?<=\n)|(?<=\band ))(?:this|that|which) closes (?:the|your) "
    r"application\b(?! (?:window|period|round|form|"
    r"deadline|portal)\b)"
)

# (second round, blind slice 49's kinds) the process ended for the reader ("This is why we end
# the process for you at this point"); never a withdrawal the reader asked for
_END_PROCESS = re.compile(
    r"(?<!as you asked, )(?<!as you requested, )(?<!at your request, )"
    r"\b(?:we|i)(?:" + _A + r"re| are| have|" + _A + r"ve)? (?:end|ended|are ending|close|closed|"
    r"stop|stopped) (?:the|this|our) (?:process|recruitment|selection|application process) "
    r"(?:for you|with you|on your side)\b"
    r"(?![^.!?\n]*\b(?:at your request|as you (?:asked|requested)|you asked|withdr\w*)\b)"
)
# ... the choice to go on with another who has more ("our team chose to go on with one candidate
# having longer practice in piping fine patterns by hand")
_WENT_ON_WITH = re.compile(
    r"\b(?:chose|decided|opted|elected) to (?:go|move|carry|press) (?:on|ahead|forward) with "
    r"(?:one|another|a|an|the other) (?:other )?(?:candidate|applicant|person|finalist)s? "
    r"(?:having|with|whose|who)\b"
)
# ... the post being given to someone with who they are ("We're giving the host job to Nico
# Ferrante, one of our Tuesday league players")
_GIVING = re.compile(
    r"\b(?:we|i)(?:" + _A + r"re| are|" + _A + r"m| am) (?:giving|handing|offering) (?:the|this|"
    r"that) (?:[a-z\-]+ ){0,3}?" + _JOB + r" to " + _PERSON + r"(?:,| -| \u2013)? (?:one of "
    r"(?:our|the|their|his|her)|who|from|a|an)\b"
    + _NOT_STAFFING
)  # fmt: skip
# ... the post someone else's now (never "tell Harriet the job is hers", the reader told of it by
# name), and the vacancy closed by it ("after a trial week on the
# looms the job is now hers. That closes the vacancy.")
_NOW_THEIRS = re.compile(
    r"\b(?:the|that|this) (?:[a-z\-]+ ){0,2}?" + _JOB + r" (?:is|" + _A + r"s) now (?:hers|his|"
    r"theirs)\b"
)
_CLOSES_IT = re.compile(
    r"\b(?:that|this|which) (?:closes|has closed|fills|has filled) (?:the|this|our) (?:vacancy|"
    r"role|post|position|opening)\b"
)
# ... the post named by its trade and its holder from somewhere ("The assistant silhouette artist
# is Mr. Kojima from Kobe", "the commission assistant is Zosia from the Toruń academy"; a trade
# in "-er", "-or" or "-ist" with a word before it, "the apprentice bookbinder"); never a role in
# the hiring of the reader or on the day of an interview
_HOLDER_FROM = re.compile(
    r"\bthe (?!(?:[a-z\-]+ ){0,2}?(?:interviewer|assessor|examiner|recruiter|coordinator|contact|"
    r"host|chair|trainer|instructor|mentor|buddy|manager|supervisor|driver|organi[sz]er|"
    r"receptionist|guide|speaker|panel\w*|winner|judge|sender|owner|landlord|tutor)s?\b)"
    r"(?:(?:[a-z\-]+ ){0,2}?(?:assistant|apprentice|artist|hand|helper|[a-z]+maker|[a-z]+smith|"
    r"[a-z]+wright)|(?!(?:new|old|usual|regular|local|other|main|lead|head|senior)\b)[a-z\-]+ "
    r"[a-z\-]+(?:er|or|ist))\b is (?:" + TITLES + r"\.? )?" + _PERSON
    + r" from (?:the |our )?[^\W\d_]"
    + _NOT_STAFFING
)  # fmt: skip
# ... someone taken, told by who they are ("we have taken Sanne, a student of manuscript repair")
_TAKEN_WHO = re.compile(
    r"\b(?:we|i)(?:" + _A + r"ve| have)? (?:taken|took|chosen|chose|picked) " + _PERSON
    + r", (?:a|an) (?:[a-z\-]+ ){0,3}?(?:student|graduate|apprentice|local|member|regular|"
    r"volunteer|friend|neighbou?r|[a-z]+(?:er|or|ist|man|woman))\b"
    + _NOT_STAFFING
)  # fmt: skip
# ... kin working it now, started or joining ("Doña Marta's grandson Kevin is working the comal
# with us on weekends now", "Bosco's cousin Ivan Mugisha has started with us this week", "Tannie
# Ria's granddaughter Chanel is joining us in the kitchen from the first"; third round); never a
# school or a course started
_KIN_WORKS = re.compile(
    r"\b" + _KIN_CHAIN + r"(?: " + _NOT_THE_READER + _NAMES + r")? (?:is|" + _A + r"s|has) "
    r"(?:now )?"
    r"(?:(?:working|taking|doing|running|covering) (?:the|with us|(?:on|in|for) the)|(?:started|"
    r"starting|joining|with) (?:with )?us)\b(?![^.!?\n]*\b(?:school|uni|university|college|"
    r"nursery|kindergarten|"
    r"class|course)\b)[^.!?\n]{0,60}?\b(?:now|from|this week|yesterday|today|on (?:weekends|"
    r"weekdays)|next)\b"
    + _NOT_STAFFING
)  # fmt: skip
# ... the post now with kin, or kept by kin ("the mercer's counter is now kept by my niece
# Hester", "the dabbawala route … is now with Sandeep Medge, our mukadam's nephew")
_NOW_WITH_KIN = re.compile(
    r"\b(?:is|" + _A + r"s) now (?:with|kept by|run by|held by|done by|worked by|manned by|covered "
    r"by|taken by) (?:" + _KIN_CHAIN + r"\b|" + _PERSON + r", (?:our|my|the|his|her) "
    r"[^,.!?\n]{0,30}?" + _KIN + r")"
    + _NOT_STAFFING
)  # fmt: skip
# ... a round or a cart going to kin from now on ("The cart's going to my cousin Jacko from now
# on")
_KIN_FROM_NOW = re.compile(
    r"\b(?:the|that|this) [a-z\-]+(?:" + _A + r"s| is) going to (?:my|our|his|her|their) (?:own )?"
    + _KIN + r"(?: [^\W\d_]+)? from now on\b"
)  # fmt: skip

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
    ("reader_out", _END_PROCESS),
    ("chose_other", _WENT_ON_WITH),
    ("chose_other", _GIVING),
    ("chose_other", _NOW_THEIRS),
    ("role_gone", _CLOSES_IT),
    ("chose_other", _HOLDER_FROM),
    ("chose_other", _TAKEN_WHO),
    ("chose_other", _KIN_FROM_NOW),
    ("chose_other", _KIN_WORKS),
    ("chose_other", _NOW_WITH_KIN),
)
# (the one a staff bulletin also tells, "great news: Marisa Delgado, who …, is our new
# coordinator": rejectwatch.model.decisions_heard reads it as news after such words)
NEWS_READINGS = readings(("chose_other", _NEW_HOLDER))
READINGS += NEWS_READINGS
