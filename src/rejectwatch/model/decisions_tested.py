"""Decisions told after a practical test, an audition or a trial, and the places full (issue 11,
twenty-second pass, part B).

Blind slice 20's English misses of new kinds (a vineyard, a tree surgeon, a snowcat crew, rope
access, an escape room, a festival's projection booth, a racing yard, a court reporters' speed
test) refused in forms no reading held; each is written here for its general form, in several
wordings and trades, never for one message:

* **the crew full for the season**: "the winter pruning crew is full for this season", "our
  picking team is full this year", "we're full up for the summer" (a season, a year, a
  festival: not "full on Friday", "full this week", "full of good people", not "so your first
  shift is Monday", not a waiting list);
* **no place, said in three words**: "so no crew place for now", "sorry, no apprenticeship this
  year" (after "so", "sorry", "afraid" or a dash, with "for now", "for you" or a season closing
  it; a job's word, or a place, spot or seat with a word of work before it: not "no crew place
  needed", not "no place for you to park", not a squad's "so no spot this season");
* **the places gone to others**: "all our snowcat seats for the season have gone to drivers
  coming back from last winter", "every stall has gone to last year's traders, leaving none for
  you" (to people, or with "leaving none for you": not the coach seats, not the tickets);
* **the job not happening for the reader**: "so the façade job's not happening for you", "that
  contract isn't going to happen for you this time" (not "till March", not "tomorrow");
* **the work given to others from the same trial**: "we're giving the game-master shifts to two
  other people from the audition" (not "…, so you'll be on the Sunday team");
* **not needed this year**: "so we're all set and don't need you this year", "we won't be
  needing you this season" (not "to bring anything", not "this Friday");
* **the decider has said no**: "so the guvnor's said no", "the head chef has said no to taking
  you on" (a boss, a client, a panel; the sentence ends there or says no to the reader: not "to
  Tuesday", not a request the reader made, "I asked …, and the manager said no");
* **the place not possible**: "so a trainee place is not possible this year", "an
  apprenticeship here isn't possible for you" (not "a place on Tuesday's session is not
  possible, so we've put you on Thursday");
* **a test failed, a standard not met**: "you failed the driving assessment", "your climb didn't
  meet our standard" (not a retake already booked, "a retake is booked for 4 May");
* **not taking the reader on**: "we're not going to take you on this time".

Each reading is (token name, word groups, pattern) over lower-cased text, appended to the
outcome readings of rejectwatch.model.negation after decisions_before, so none is read in a
conditional, still-to-come, quoted or reader-decided sentence; every match lies inside one
sentence.

Part I of the pass re-read them on mail they were not written from: a club's squad, a car park's
spots, a dinner's seats, a marina's berth (_NOT_WORK), news or a welcome after "full"
(_OTHER_WAY), a date moved, a holiday or a renewal (_NOT_YET), a test of a car, an eye or a web
form and a retake offered are no decision (tests/test_sixth_reread.py).
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["END", "READINGS", "SEASON", "WE_CANNOT"]

_APOS = r"['\u2019]"
# a season, a year, a round: what a whole decision closes on (not a day, not a week)
_SEASON = (
    r"(?:this (?:time|round|year|season|summer|winter|spring|autumn|term|intake|cycle|harvest|"
    r"festival)|for (?:the|this) (?:season|year|summer|winter|spring|autumn|harvest|festival|"
    r"term|intake|tour|voyage)|for now|on this occasion)"
)
_END = r"(?=[ \t]*(?:[,.;:!)\u2014\u2013]|-[ \t]|$|\n|sorry\b|but\b|i['\u2019]m afraid\b))"
# (read by rejectwatch.model.decisions_wide too)
SEASON, END = _SEASON, _END
# a reader put somewhere else, or told of a next step, later in the sentence
_NEXT_STEP = (
    r"(?![^.!?\n]*\b(?:put you|moved you|move you|you['\u2019]ll|you will|you['\u2019]re on|"
    r"you are on|your (?:first |trial |new )?(?:shift|start|interview|trial|slot)|waiting list|"
    r"instead|see you|you can|you get|yours)\b)"
)
_GROUP = (
    r"(?:crew|team|roster|rota|brigade|intake|cohort|pool|bank|gang|line-?up|cast|company|staff)"
)
# the group or the places a club, a class, a car park or a dinner has, not an employer's (sixth
# re-read: "the coaching team", "the netball squad", "all our parking spots", "every seat at
# the dinner")
_NOT_WORK = (
    r"(?:coaching|rowing|netball|football|rugby|cricket|hockey|running|swimming|cycling|"
    r"sports?|parking|car park|dinner|table|allotment|car boot|boot sale|coach|bus|minibus|"
    r"train|flight|concert|match|wedding|party|gala|class|lesson|trip|raffle|tickets?|extra|"
    r"spare|free|remaining|school|holiday|festive|tourist|youth|junior|kids|children|veterans|"
    r"camping|campsite|caravan|tent|marathon|race|marina|mooring|repair|servicing|delivery|installation|order)"
)
_NW_AHEAD = r"(?!(?:[a-z\-]+ ){0,2}?" + _NOT_WORK + r"\b)"
# another way in, a booking, a welcome or a thank-you after the sentence: news of a club or a
# venue, not a decision on the reader (sixth re-read: "…; the next trials are in spring",
# "…! Welcome aboard", "…, so book early", "…, but the development squad has places")
_OTHER_WAY = (
    r"(?![^\n]{0,120}?\b(?:welcome|congratulations|thanks to (?:everyone|all)|everyone who|"
    r"thank(?:s| you)(?: so much| again)? (?:to all|to our|for all)|customers|guests|diners|"
    r"book (?:early|now|online|ahead)|booking|open (?:day|evening)|next trials?|trials? (?:are|"
    r"is|will be)|(?:has|have) places|places left|try (?:the|our)|join (?:us|our|the))\b)"
)
# a pause, a holiday or a rearranged date after it: not yet, not a decision (sixth re-read: "so
# no job for now — I'm on holiday till Monday", "the gig's not happening for now, …; we'll
# reschedule", "…, it's been renewed automatically")
_NOT_YET = (
    r"(?![^.!?\n]{0,100}?\b(?:till|until|holiday|tomorrow|next week|reschedul\w*|postpon\w*|"
    r"renew\w*|automatic\w*|subscription|policy|membership|out of stock|injur\w*|rest up|"
    r"get well)\b)"
)

# "the winter pruning crew is full for this season", "we're full up for the summer"
_CREW_FULL = re.compile(
    r"\b(?:(?:the|our|this year"
    + _APOS
    + r"s|this season"
    + _APOS
    + r"s) "
    + _NW_AHEAD
    + r"(?:[a-z\-]+ ){0,2}?"
    + _GROUP
    + r"(?: (?:on|at|in|for|of) (?:the|our|this) [a-z\-]+(?: [a-z\-]+)?)?(?: is| was| has been|"
    + _APOS
    + r"s)|we(?:"
    + _APOS
    + r"re| are))(?: now| already| all)?"
    r" full(?: up)?(?: again)?(?:,? "
    + _SEASON
    + r"){1,2}(?: now)?"
    + _END
    + _NEXT_STEP
    + _OTHER_WAY
)
_PLACE = (
    r"(?:place|job|role|spot|seat|berth|post|position|apprenticeship|traineeship|placement|"
    r"contract|gig|vacancy)"
)
# the work a three-word refusal names: a job's word, or a place, a spot or a seat with a word
# of work before it ("crew place", "van seat"; not a squad's "no spot this season", w28's
# Sunday league)
_WORK_PLACE = (
    r"(?:(?:[a-z\-]+ )?(?:job|role|post|position|apprenticeship|traineeship|placement|contract|"
    r"gig|vacancy|berth)|(?:[a-z\-]+ )?(?:crew|work|job|staff|trainee|apprentice|kitchen|"
    r"rota|shift|yard|site|seasonal|harvest|picking|floor) (?:place|spot|seat)|(?:harvest|"
    r"seasonal|picking|farm|building|site|kitchen|casual|shift|agency|labouring|cover|relief|"
    r"temp) work|(?:place|spot|seat|berth) on the (?:[a-z\-]+ )?(?:crew|team|rota|staff|line-?up|"
    r"scheme))"
)
# (twenty-second pass, part P: every branch opens with its letter or its sign, the word's start
# tested after it, "s(?<!\ws)o" for "\bso", so that the regex engine skips to the positions
# that hold one of them instead of trying each of the six branches at every position of a
# sentence: the same matches, 3-4 times faster over bench_classify's sentences)
_NO_FROM = (
    r"(?:s(?<!\ws)o,?|s(?<!\ws)orry,?|a(?<!\wa)fraid,?|s(?<!\ws)adly,?|\u2014|\u2013|:|;|-) no "
)
# "so no crew place for now", "sorry, no apprenticeship this year"
_NO_PLACE_FOR = re.compile(
    _NO_FROM
    + _WORK_PLACE
    + r"(?: for you)?,? "
    + _SEASON
    + _END
    + _NOT_YET
    + r"|"
    + _NO_FROM
    + _WORK_PLACE
    + r" for you"
    + r"(?=[ \t]*(?:[,.;!\u2014\u2013]|-[ \t]|$|\n))"
    + _NEXT_STEP
)
_PLACES = (
    r"(?:seats|places|spots|slots|berths|shifts|jobs|roles|posts|positions|stalls|pitches|chairs|"
    r"bunks|vacancies|apprenticeships|placements|contracts)"
)
_PEOPLE = (
    r"(?:drivers|staff|people|folk|folks|crew|returners|regulars|candidates|applicants|members|"
    r"traders|riders|pickers|workers|guides|instructors|hands|operators|players|students|"
    r"volunteers|locals|colleagues|trainees|apprentices|those|others|our own|ones)"
)
_ALL_PLACES = (
    # (part P: the opening words looked for first: the test of the rest of the sentence that
    # follows, asked at every position of it before, cost most of a sentence's search)
    r"(?=\b(?:all|every|each|both|the ))"
    r"(?![^.!?\n]*?\b" + _NOT_WORK + r"\b[^.!?\n]*?\b(?:gone|went|been|given|taken)\b)"
    r"\b(?:all|all (?:the|our|of the|of our)|every|each|both|the (?:two|three|four|five|six|few|"
    r"only))(?: [a-z\-'\u2019]+){0,3}? (?:" + _PLACES + r"|stall|pitch|seat|place|spot|"
    r"berth|job|role)(?: (?:for|on|in|at) [^.!?\n,]{1,40}?)? (?:have|has|had)? ?(?:now |all |"
    r"already )?(?:gone|went|been given|been taken|been handed|been offered) (?:to|by) "
    # (not the reader's own: "all the places went to you and your crew")
    r"(?![^.!?\n]{0,40}?\b(?:you|your|yours)\b(?<!for you))"
)
# "all our deckhand places have gone to people we already know"
_PLACES_GONE_TO = re.compile(
    _ALL_PLACES + r"(?:[a-z\-'\u2019]+ ){0,4}?" + _PEOPLE + r"\b(?![ \t]*(?:and you|like you))"
)
# "all our snowcat seats for the season have gone to drivers coming back from last winter"
_PLACES_GONE_BACK = re.compile(
    _ALL_PLACES
    + r"[^.!?\n]{0,60}?\b(?:coming back|come back|returning|returners|back from last|from last "
    r"(?:year|season|summer|winter|spring|autumn|time|harvest|intake)|last (?:year|season|summer|"
    r"winter|spring|autumn|harvest)['\u2019]s)\b"
)
# "…, leaving none for you", "so there's none left for you"
_PLACES_NONE_LEFT = re.compile(
    _ALL_PLACES
    + r"[^.!?\n]{1,80}?(?:,? leaving (?:none|no room|nothing|no place|no seat|no spot)(?: left)? "
    r"for you|,? so there (?:is|are|['\u2019]s) (?:none|no room|nothing)(?: left)? for you)\b"
)
_JOB = (
    r"(?:job|role|post|position|placement|contract|gig|apprenticeship|traineeship|place|"
    r"secondment|season|commission)"
)
# "so the façade job's not happening for you", "that contract isn't going to happen for you"
_HAPPEN = (
    r"(?:(?:"
    + _APOS
    + r"s| is)? (?:not|n"
    + _APOS
    + r"t|isn"
    + _APOS
    + r"t) (?:happening|going to happen)| won"
    + _APOS
    + r"t happen| will not happen)"
)
_NOT_HAPPENING = re.compile(
    r"\b(?:the|that|this|your) "
    + _NW_AHEAD
    + r"(?:[a-z\-\u00e0-\u00ff]+ ){0,2}?"
    + _JOB
    + _HAPPEN
    + r"(?: for you(?: "
    + _SEASON
    + r")?| "
    + _SEASON
    + r")"
    + _END
    + _NEXT_STEP
    + _NOT_YET
    + r"|\bso,? (?:the|that|this|your) "
    + _NW_AHEAD
    + r"(?:[a-z\-\u00e0-\u00ff]+ ){0,2}?"
    + _JOB
    + _HAPPEN
    + _END
    + _NEXT_STEP
    + _NOT_YET
)
_OTHERS = (
    r"(?:(?:two|three|four|a couple of|a few|some|the)? ?other (?:people|candidates|applicants|"
    r"players|actors|performers|riders|drivers|hopefuls|folk|folks|trialists|triallists|ones|"
    r"pickers|workers|hands|lads)"
    r"|(?:two|three|four|five) (?:people|candidates|applicants|others) (?:from|who|we|at)\b)"
)
# "so we're giving the game-master shifts to two other people from the audition"
_GIVING_TO_OTHERS = re.compile(
    r"\b(?:we|i)(?:" + _APOS + r"re| are|" + _APOS + r"ve| have|" + _APOS + r"m| am)? "
    r"(?:giving|given|gave|handing|handed|offering|offered|passing|passed) (?:the|our|those|"
    r"these|both|all the|all our) "
    + _NW_AHEAD
    + r"(?:[a-z\-]+ ){0,2}?(?:shifts|spots|slots|roles|jobs|parts|gigs|"
    r"places|seats|berths|posts|positions|sessions|dates|bookings|contracts|job|role|part|gig|"
    r"place|post|position|shift|spot|slot) to " + _OTHERS + _NEXT_STEP
)
# "so we're all set and don't need you this year", "we won't be needing you this season"
_DONT_NEED_YOU = re.compile(
    r"\b(?:we|i)(?:" + _APOS + r"re| are|" + _APOS + r"m| am| will| shall)?(?: (?:all set|fully "
    r"staffed|covered) "
    r"and)? (?:don" + _APOS + r"t|do not|won" + _APOS + r"t|will not|shan" + _APOS + r"t|"
    r"shall not|no longer|won" + _APOS + r"t be|will not be) (?:need|needing) you(?: (?:for|on) "
    r"(?:the|this) (?:[a-z\-]+ ){0,2}?(?:job|role|season|harvest|festival|summer|winter|tour|"
    r"crew|team|production|show|event))?(?: (?:after all|"
    + _SEASON
    + r"))+"
    + _END
    + _NEXT_STEP
    + _NOT_YET
)
_DECIDER = (
    r"(?:guv['\u2019]?nor|gaffer|governor|boss|bosses|owner|owners|manager|client|panel|committee|board|"
    r"chef|head chef|director|trainer|skipper|captain|partner|partners|trustees|governors|head|"
    r"principal|foreman|supervisor|producer|conductor|editor|team)"
)
# "so the guvnor's said no", "the head chef has said no to taking you on"
_DECIDER_SAID_NO = re.compile(
    r"(?:^|(?<=[.!?\n]) ?|(?<=[.!?] ))(?![^.!?\n]*\b(?:asked|ask|request|requested|if|whether|"
    r"could you|can you|about the|about your (?:hours|pay|parking|holiday|leave))\b)"
    r"[^.!?\n]*?\b(?:the|our|my) (?:[a-z\-]+ )?"
    + _DECIDER
    + r"(?:"
    + _APOS
    + r"s| has| have|"
    + _APOS
    + r"ve)?(?: now| finally| sadly| reluctantly)? said no(?: to (?:you|your "
    r"application|taking you on|hiring you|having you|you joining|your joining|offering you "
    r"(?:the|a) [a-z\-]+)(?: (?:the|our) (?:[a-z\-]+ )?(?:team|crew|staff|company|firm|"
    r"yard|kitchen|site|project))?)?(?: "
    + _SEASON
    + r")?(?=[ \t]*(?:[.!;\u2014\u2013]|-[ \t]|$|\n|, "
    r"(?:i" + _APOS + r"m afraid|sorry|i" + _APOS + r"m sorry)\b))"
)
# "so a trainee place is not possible this year", "an apprenticeship here isn't possible for you"
_NOT_POSSIBLE = re.compile(
    r"\b(?:a|an|the|your) "
    + _NW_AHEAD
    + r"(?:[a-z\-]+ ){0,2}?"
    + _PLACE
    + r"(?: (?:with us|here|(?:on|in) the (?!"
    + _NOT_WORK
    + r"\b)[a-z\-]+))? (?:is not|isn"
    + _APOS
    + r"t|is no longer|"
    + _APOS
    + r"s not) possible"
    r"(?: for you(?: " + _SEASON + r")?| " + _SEASON + r"| at (?:the moment|present|this stage)|"
    r" right now)" + _END + _NEXT_STEP
)
_TEST = (
    r"(?:test|assessment|audition|trial|practical|exam|examination|check|climb|dive|ride|drive|"
    r"demo|demonstration|trade test|skills test|try-?out|screen test|sample|piece|cut|weld|"
    r"bake|shift|session|run|tape|reel|cook|set|driving|welding|performance|dish|plate)"
)
# a test of a car, an eye, a blood sample, a web form: no test of the reader's work (sixth
# re-read: "you failed the MOT test", "the captcha test", "the eye test")
_NOT_A_TRADE = (
    r"(?!(?:[a-z\-]+ ){0,2}?(?:mot|captcha|eye|eyesight|hearing|blood|covid|pcr|antigen|"
    r"emissions?|smog|bleep|beep|pe|quiz|theory|spelling|typing speed|vision|allergy|pregnancy|"
    r"phishing|awareness|compliance)\b)"
)
# a retake or a second go already booked: a next step, not a decision
_RETAKE_BOOKED = (
    r"(?![^\n]{0,160}?\b(?:retake|re-?sit|re-?test|second (?:attempt|go|try)|another go)\b"
    r"[^.!?\n]{0,60}?\b(?:booked|scheduled|arranged|set for|is on|at \d|on (?:the )?\d|on "
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)"
    # (or offered: "you can retake it from next week", "please try again", "send another batch")
    r"(?![^\n]{0,160}?\b(?:you can (?:retake|re-?sit|re-?test|re-?book|book|try)|try again|"
    r"please (?:try|resubmit|re-?send|send (?:another|a new)|retake|re-?sit|re-?do|complete)|"
    r"retake it|do the training|"
    r"re-?book|book (?:online|another|"
    r"a retake|your retake))\b)"
)
# "you failed the driving assessment", "your climb didn't meet our standard"
_TEST_FAILED = re.compile(
    r"\byou (?:failed|did not pass|didn"
    + _APOS
    + r"t pass|have not passed|haven"
    + _APOS
    + r"t passed|were unsuccessful (?:in|at|on)) (?:the|your|our|this|today"
    + _APOS
    + r"s|yesterday"
    + _APOS
    + r"s) "
    + _NOT_A_TRADE
    + r"(?:[a-z\-]+ ){0,2}?"
    + _TEST
    + r"\b(?! (?:is|will|was "
    r"booked))"
    + _RETAKE_BOOKED
    + r"|\b(?:your|the) "
    + _NOT_A_TRADE
    + r"(?:[a-z\-]+ ){0,2}?"
    + _TEST
    + r"s? (?:did not|didn"
    + _APOS
    + r"t|does not|doesn"
    + _APOS
    + r"t) (?:meet|reach|come up to) (?:our|the|my) (?:[a-z\-'\u2019]+ )?"
    r"(?:standard|standards|bar|mark|level|requirements?)\b" + _RETAKE_BOOKED
)
# "we're not going to take you on this time"
# (the refusal's opening, which rejectwatch.model.decisions_wide reads before a named role)
WE_CANNOT = (
    r"\b(?:we|i)(?:(?:" + _APOS + r"re| are|" + _APOS + r"m| am) (?:not going to(?: be able to)?|"
    r"not able to|unable to)| (?:can" + _APOS + r"t|cannot|can not|won" + _APOS + r"t be able to|"
    r"will not be able to))"
)
_NOT_TAKING_ON = re.compile(
    WE_CANNOT + r" (?:take you on|"
    r"hire you|sign you|sign you up|bring you on|bring you in)(?: "
    + _SEASON
    + r")?"
    + _END
    + r"(?![ \t]*(?:until|unless|without|before|yet)\b)"
)

READINGS = readings(
    ("role_gone", _CREW_FULL),
    ("reader_out", _NO_PLACE_FOR),
    ("chose_other", _PLACES_GONE_TO),
    ("role_gone", _PLACES_GONE_BACK),
    ("reader_out", _PLACES_NONE_LEFT),
    ("reader_out", _NOT_HAPPENING),
    ("chose_other", _GIVING_TO_OTHERS),
    ("reader_out", _DONT_NEED_YOU),
    ("reader_out", _DECIDER_SAID_NO),
    ("reader_out", _NOT_POSSIBLE),
    ("reader_out", _TEST_FAILED),
    ("reader_out", _NOT_TAKING_ON),
)
