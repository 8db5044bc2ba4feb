"""Decisions hedged, given in a thread reply, or said in one line (issue 11, twenty-third pass,
part A).

Blind slice 21's misses in its mix part (the part that resembles the issue's real inboxes), read
by kind once the slice was declared read, gave refusals in shapes no reading had; each is
written here for its kind, in several wordings and sectors:

* **others fit a shade better**: "others in our pipeline map more directly onto what the
  hiring manager is prioritising", "another applicant's experience maps more closely to the
  brief", "someone else's background suits the team slightly better" (not "you and two others
  fit more closely …, so we'd like to invite you", not other roles suiting the reader);
* **the hire gone another way**: "this hire is heading a different way", "we've decided to go
  another route with the role" (not "… a different way with the interview format", not a way
  home or to the office);
* **passing, said in the present**: "we've looked, and we're passing", "we have decided to pass
  on your application" (not "we're passing your CV to the manager", "passing through Leeds");
* **no luck with the application**: "sorry, no luck with your weekend assistant application
  this time round", "you were unlucky this time" (not "no luck with your applications yet?",
  "no luck reaching you by phone");
* **the post being filled from within**: "the director is appointing internally", "we're
  filling the post internally" (not "internally and externally", not a staff notice asking for
  expressions of interest, not a question);
* **a panel agreeing the post goes to another**: "the panel agreed the post goes to Ellie, who
  has been running our sequencing core", "the board decided the role should go to an internal
  candidate" (not "to you", not "…, who will show you round").

Each reading is (token name, word groups, pattern) over lower-cased text, appended to the
outcome readings after decisions_left, so none is read in a conditional, still-to-come, quoted
or reader-decided sentence, nor in mail about someone else's candidacy. The word groups are read
off the patterns (rejectwatch.model.prefilter.openers).
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_filled import NAME
from rejectwatch.model.prefilter import readings

__all__ = ["OWN_WORDS", "READINGS"]

# the rest of the sentence puts the reader among the ones chosen, or asks them to a step
_NOT_WITH_READER = (
    r"(?![^.!?\n]*\b(?:including you|you included|you too|you as well|as well as you|alongside "
    r"you|with you|and you|like you|invite you|meet you|see you|keep you|you['\u2019]re still|"
    r"you are still|you remain|next (?:step|stage|round)|shortlist(?:ed)?|interview|"
    # (part H: the reader given another post, shift or partner, or still asked to talk)
    r"(?:offer|move|moved|put|paired|pair|place|placed|switch|switched|transfer|transferred|"
    r"rota|swap|swapped) you|(?:talk|speak|chat) (?:to|with) you|call you|hear from you|"
    r"your (?:shifts?|rota|slot|hours)|with them on|still,|even so|nonetheless)\b)"
)
# others fit a shade better ("others in our pipeline map more directly onto what the hiring
# manager is prioritising", "another person's blend of experience suits where the practice is
# going a shade better")
_OTHERS = (
    r"(?<!\byou and )(?<!\byou, )(?:(?:some|a few|several|two|three|the) )?(?:others|other "
    r"(?:candidates|applicants|people|finalists|profiles|contenders|interviewees|shortlisted "
    r"candidates)|(?:another|one other|a different) (?:person|candidate|applicant|finalist|"
    r"interviewee|contender)|someone else|somebody else"
    # (fifty-fifth pass: or a few of them by their number, "A few people's hours on rail noise
    # surveys sat nearer what the project wants", slice 112)
    r"|(?:a few|several|a couple of|a handful of|two|three|four) (?:people|applicants|"
    r"candidates|finalists|interviewees))"
)
_WHAT_THEY_BRING = (
    r"(?:['\u2019]s?|s['\u2019])? (?:(?:own|combined|particular|overall) )?(?:blend|mix|"
    r"combination|range|depth|balance|experience|background|backgrounds|profile|profiles|"
    r"skills?|skill ?sets?|track records?|records?|expertise|history|histories|cvs?"
    # (fifty-fifth pass: or the hours or years they have put in, and on what, "people's hours on
    # rail noise surveys")
    r"|hours|years|portfolios?)"
    r"(?: of (?:[a-z\-]+ ){0,3}?(?:experience|skills|strengths|backgrounds?)"
    r"| (?:on|in|with|across) (?!(?:[a-z\-]+ ){0,3}?(?:rotas?|shifts?|timesheets?|schedules?|"
    r"roster)\b)(?:[a-z\-]+ ){0,3}?[a-z\-]+)?"
)
_WHERE = (
    r" (?:in|from|on|within) (?:our|the|this) (?:[a-z\-]+ )?(?:pipeline|process|pool|shortlist|"
    r"field|running|mix|list|search|round)"
)
_FIT_VERB = (
    r" (?:(?:just|simply|probably|arguably|currently|now) )?(?:map|maps|mapped|fit|fits|fitted|"
    r"suit|suits|suited|match|matches|matched|align|aligns|aligned|line up|lines up|lined up|"
    r"sit|sits|sat|tally|tallies|tallied|chime|chimes|chimed|correspond|corresponds|"
    r"corresponded)\b"
)
_CLOSER = (
    # (part H: what they fit is no post: "fit the weekend rota better", "suits the mentoring
    # scheme better", "fit the tender better")
    r"(?![^.!?\n]{0,40}?\b(?:rota|rotas|shifts?|scheme|tender|bid|slots?|rooms?|desk|"
    r"parking|trip|event)\b)"
    r"[^.!?\n]{0,70}?\b(?:more (?:closely|directly|nearly|neatly|tightly|squarely|precisely|"
    r"strongly|naturally|fully)|(?:(?:a|just a) (?:shade|touch|bit|little|fraction|tad|notch) |"
    r"slightly |somewhat |marginally |fractionally |just |a little )?(?:better|closer|nearer))\b"
)
_OTHERS_FIT_BETTER = re.compile(
    r"\b"
    + _OTHERS
    + r"(?:"
    + _WHAT_THEY_BRING
    + r")?(?:"
    + _WHERE
    + r")?"
    + _FIT_VERB
    + _CLOSER
    + _NOT_WITH_READER
)
# the hire gone another way ("this hire is heading a different way - we're now after someone
# more senior", "we've decided to go another route with the role"); a way somewhere, or a
# different way of interviewing, is no decision
_OTHER_WAY = re.compile(
    r"\b(?:hire|hiring|role|post|position|vacancy|search|appointment|recruitment|we|they|client|"
    r"team|company|business|practice|firm|board|panel)"
    r"(?: (?:is|are|has|have|had)|['\u2019](?:s|re|ve|d))?"
    r"(?: (?:now|since|ultimately|eventually|finally|decided to|chosen to|opted to|had to|"
    r"ended up))* (?:go|going|gone|went|head|heading|headed|move|moving|moved|take|taking|"
    r"taken|took|turn|turning|turned) (?:off )?(?:in )?(?:a (?:different|new|separate)|another|"
    r"some other|other) (?:way|route|road|tack)\b"
    r"(?! (?:round|around|to|into|from|through|home|back|across|over|up|down|out)\b)"
    # (a way for a thing, not the hire: "we're going a different route for the retry logic")
    # (part H: nor a way with a thing named bare: "with onboarding", "on hybrid working", "with
    # its pension scheme", "on benefits")
    r"(?! (?:for|with|on|in|about|over|regarding) "
    r"(?!(?:(?:the|this|that|our|your|a|an|these|those|its|their) )?(?:[a-z\-]+ ){0,3}?(?:hire|"
    r"hiring|role|post|position|job|vacancy|appointment|search|recruitment|opening|one)\b"
    # (part Q: nor the post's paperwork, "a different tack with the job description")
    r"(?![ \-](?:description|descriptions|spec|specification|title|advert|advertisement|ad|ads|"
    r"posting|listing|wording|template|pack|page|board|grade|band|budget|brief|outline|"
    r"requirements|criteria|summary|profile)\b)))"
    r"(?![^.!?\n]*\b(?:interviews?|assessments?|format|process|schedule|venue|meeting|call|"
    r"test|task|exercise|questions|stage|round|parking|entrance|door|you['\u2019]re still|you "
    r"are still|keep you|invite you|with you)\b)"
)
# passing, said in the present or decided ("we've looked, and we're passing", "we have decided
# to pass on your application"); "we'll pass" is negation._PASSED's
_ENDS_THERE = (
    r"(?: on (?:you|your (?:application|candidacy|candidature|profile|cv)|this one|this "
    r"occasion|it))?(?=[ \t]*(?:[.,!;\n\u2014\u2013]|-[ \t]|$|for now\b|this time\b|on this "
    r"occasion\b|at this (?:stage|time|point)\b|thanks?\b|sorry\b|i['\u2019]m afraid\b))"
    # (part H: not the writer missing an event: "i'm passing, thanks - i can't make the quiz")
    r"(?![^.!?\n]*\b(?:can['\u2019]?t|cannot|won['\u2019]t|couldn['\u2019]t) (?:make|come|attend|"
    r"join|do)\b|[^.!?\n]*\b(?:quiz|party|drinks|lunch|dinner|coffee|game|match|raffle|sweepstake)\b)"
)
_DECIDER = r"\b(?:we|i|they|the client|the team|the hiring team|the manager)"
_PASSING = re.compile(
    _DECIDER
    + r"(?:['\u2019]re| are|['\u2019]m| am| is)(?: going to be)? passing"
    + _ENDS_THERE
    + r"|"
    + _DECIDER
    + r"(?:['\u2019]ve| have| has)? (?:decided|chosen|opted) to pass"
    + _ENDS_THERE
)
# no luck with the application ("sorry, no luck with your weekend assistant application this
# time round"); never a question, a tip or a wait ("no luck with your applications yet?")
_LUCK = (
    r"no luck(?: this time| on this occasion| this round)? (?:with|on|for) your "
    # (part H: no permit, visa, loan or grant application; no portal, form, upload, claim or
    # booking of the application; nothing to try again)
    r"(?!(?:[a-z0-9\-']+ ){0,3}?(?:visa|permit|passport|parking|mortgage|loan|grant|planning|"
    r"council|housing|benefits?|tenancy|licen[cs]e|membership|funding|card|expenses|travel)\b)"
    r"(?:[a-z0-9\-']+ ){0,4}?(?:application|candidacy|interview|trial|audition|submission)\b"
    r"(?! (?:portal|login|log-in|form|upload|link|page|fee|payment|expenses|claim|booking|slot|"
    r"request|password|account|system|file|documents?|pack)\b)"
    r"(?! yet\b)(?![^.!\n]*\?)"
    r"(?![^.!?\n]*\b(?:try again|retry|resubmit|re-?upload|re-?send|resend|log ?in|password|"
    r"pdf|new link|the link|expired|reset)\b)"
)
_NO_LUCK = re.compile(
    r"\b(?:sorry|sadly|unfortunately|afraid)[,:\- ]{1,3}(?:but |there was |there['\u2019]s "
    r"|it['\u2019]s |it was )?" + _LUCK + r"|\b" + _LUCK + r"(?=[^.!?\n]{0,30}?\b(?:this time|on "
    r"this occasion|this round|i['\u2019]m afraid|sadly|unfortunately)\b)"
    r"|\b(?:you were|you['\u2019]ve been|you have been|your (?:application|candidacy) was) "
    r"unlucky (?:this time|on this occasion|this round)\b(?![^.!\n]*\?)"
)
# the post being filled from within ("the director is appointing internally", "we're filling the
# post internally"); not both ways, not a habit, not a call for staff to apply, not a question
_FROM_WITHIN = re.compile(
    r"(?<!\busually )(?<!\bnormally )(?<!\balways )(?<!\boften )"
    r"\b(?:is|are|['\u2019]s|['\u2019]re|am|['\u2019]m)(?: now)? (?:appointing|filling|"
    r"recruiting|hiring|promoting|going|proceeding)(?: (?:to|for|with) )?(?: ?(?:the|this|that) "
    r"(?:[a-z\-]+ ){0,3}?(?:post|role|job|position|vacancy|opening))? (?:internally|from within)"
    r"\b(?! first\b| initially\b)"
    r"(?![^.!?\n]*\b(?:and externally|or externally|as well|too|apply|applications?|intranet|"
    r"first|initially|where (?:we|possible)|if|unless|usually|normally|always|tend|often|policy|"
    r"before (?:we|advertising|going)|please|expressions? of interest|staff|colleagues|"
    # (part H: a stopgap while the search runs, a post the reader would report to, a ticket)
    r"acting|interim|temporar(?:y|ily)|cover|secondment|while|meanwhile|external search|"
    r"still (?:consider|in)|you['\u2019]re still|you are still|report(?:s|ed|ing)? (?:to|into)|"
    r"your interview|ticket|helpdesk|support)\b)"
    r"(?![^.!\n]*\?)"
    # (and going or proceeding internally names a post: not "going internally for the it
    # support")
    r"(?!(?:(?<=going internally)|(?<=going from within)|(?<=proceeding internally)) "
    r"(?:for|with) (?!(?:(?:the|this|that|our|a|an) )?(?:[a-z\-]+ ){0,3}?(?:post|role|job|"
    r"position|vacancy|opening|hire|appointment)\b))"
)
_POST = (
    r"(?:[a-z\-]+ ){0,3}?(?:job|role|post|position|place|vacancy|apprenticeship|traineeship|"
    # (part H: a bare "contract" is a supplier's as often as a post: "the contract goes to
    # kellerman, who quoted lowest"; a fixed-term or locum contract is a post)
    r"placement|fellowship|studentship|opening|(?<=[a-z\-] )contract)\b"
)
# a panel agreeing the post goes to another ("the panel agreed the post goes to ellie, who has
# been running our sequencing core"; "the board decided the role should go to an internal
# candidate")
_AGREED_GOES_TO = re.compile(
    r"\b(?:agreed|decided|confirmed|concluded|settled|voted|felt|resolved)(?: that)? "
    r"(?:the|this|that|our) " + _POST + r" (?:goes|go|should go|would go|went|has gone|"
    r"['\u2019]s gone|is going|will go) to (?:(?:(?:mr|mrs|ms|miss|mx|dr)\.? )?" + NAME + r"(?: "
    r"" + NAME + r")?(?:,? (?:who|whose)\b|, (?:a|an|one of|our)\b)|(?:an?|another|one other|"
    r"the other) (?:(?:internal|external|other|different|existing|local) )?(?:candidate|"
    r"applicant|person|member of staff|colleague)\b"
    # (part Q: or a name closing the sentence, "the panel decided the post should go to arjun";
    # not a committee, an advert or a place the post's business goes to)
    r"|(?:(?:mr|mrs|ms|miss|mx|dr)\.? )?(?!(?:advert|advertising|tender|committee|panel|board|"
    r"interview|print|press|waste|market|hr|payroll|recruitment|agency|agencies|shortlist|vote|"
    r"ballot|consultation|review|appeal|approval|finance|council|trustees|plan|schedule|"
    r"budget|external|internal|head office|headquarters|hq)\b)" + NAME + r"(?: " + NAME + r")?"
    r"(?=[ \t]*(?:[.!;\n]|$)| in the end\b| this time\b| after all\b))"
    r"(?![^.!?\n]*\b(?:will|['\u2019]ll|starts?|starting|joins?|joining|you['\u2019]d|you would|"
    r"you will|you['\u2019]ll|your|with you|alongside you|and you|you too|please|welcome|"
    # (part H: a choice undone or offered on to the reader, or one only on a condition)
    r"to you|offer you|withdr[a-z]*|declined|turned (?:it )?down|pulled out|fell through|"
    r"if|unless|provided|otherwise|quoted|quote|tender|bid)\b)"
)

# (part Q: the panel's choice of who "should" get the post is no condition of it: the reading's
# own words are not read as a conditional's, negation._OWN_WORDS)
_AGREED = readings(("chose_other", _AGREED_GOES_TO))
OWN_WORDS = tuple(pattern for _, _, pattern in _AGREED)
READINGS = (
    readings(
        ("chose_other", _OTHERS_FIT_BETTER),
        ("chose_other", _OTHER_WAY),
        ("reader_out", _PASSING),
        ("reader_out", _NO_LUCK),
        ("chose_other", _FROM_WITHIN),
    )
    + _AGREED
)
