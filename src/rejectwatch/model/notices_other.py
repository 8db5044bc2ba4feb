"""Other mail that still read as a decision (issue 11, twenty-fifth pass, part Q).

The decision readings of rejectwatch.model.negation found a decision on the reader's application
in mail that gives none; each kind is now left unread where a reading's token is checked
(negation._unread), by the sentence that holds it and the mail around it:

* **staff news** (:func:`_staff_news`): "the board has appointed Grace, who has led …, as its new
  chief executive", "we filled the analyst position on the west desk - Tori starts on the 3rd",
  "the desk head job went to Phillip, he'll be announced Monday": someone else chosen or a post
  filled, told as news (a welcome, an announcement, a start date, a login to set up) in mail that
  never speaks to the reader as an applicant (no "your application", no "you applied", no
  "thank you for applying", no regret: "sorry", "unfortunately", and no word of a hiring
  process: a candidate, a panel, a shortlist, a vacancy, another, someone else);
* **a notice about an advert** (:func:`_an_advert`): "the job you saved has been filled", "this
  posting is no longer available … see similar jobs", "the role was offered to a colleague who
  accepted it last year, and now it's open again … apply by 30 June" (not "the post you applied
  for has been filled", "the job you applied for is no longer available to you");
* **a rota's pause** (:func:`_a_pause`): "no shifts for you this week - next week looks busier"
  (not "no further work for you after this week", "none this week and none next week either");
* **a condition** (:func:`_a_condition`): "we can't put you through to the next stage without a
  right-to-work check. Please upload your passport" (not "without a work permit", nor one with
  nothing asked of the reader);
* **a bid or a supplier refused** (:func:`_a_bid`): "your quote was unsuccessful for lot 2", "we
  decided to go with a different vendor for the risk system", "your bid for the inspection
  contract has not been selected" (not a freelancer's proposal for a job, nor a role named).

Twenty-sixth pass, part C (written-38's other mail):

* **staff news told to a whole team** (:func:`_told_to_a_team`): "A quick note for the whole
  team: the Ops Lead vacancy … has been filled by Grace", "Hi all, the night supervisor post has
  been filled by Omar" (a group greeted, no regret, nothing said to an applicant; not "Hi
  Jordan, unfortunately the post has been filled by another candidate");
* **a hiring pause** (:func:`_a_hold`): "the requisition is on hold … your application stays
  active and nobody has been chosen; we will pick it back up", "hiring is paused … no one has
  been appointed, applications remain live" (not "put on hold indefinitely, so we are closing
  all applications", nor a post cancelled);
* **an election** (:func:`_an_election`): "the members elected Ruth as Treasurer. Three other
  candidates stood" (not a committee that "appointed" a coach).

Twenty-eighth pass, part C (written-48's other mail): a hiring pause whose mail says the reader's
application "has not been closed" and "moves again once we get the green light" (:func:`_a_hold`),
and **a time moved** (:func:`_a_time_moved`): "all slots for Thursday's assessment centre have been
filled, so we've booked you into Friday's" (not "all positions have been filled, so we've put you
on our reserve list").

negation marks the sentence set aside as a thing refused, so gate.no_job_decision still holds
the mail below filing.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re

__all__ = ["not_a_decision"]

# The reader spoken to as an applicant, or a refusal's regret anywhere in the mail: a decision
# there stays read whatever else the mail holds.
# (forty-eighth pass, fourth round: a thanks for coming, "Thanks for coming over on Monday", is
# a word to the one who came: _TO_THE_APPLICANT, _TO_AN_APPLICANT)
# (fifty-sixth pass: or thanked "again" for a visit, "thanks again for visiting our
# conservation studio. The director has chosen Dr. Lena Brauer ...; she joins us from ...",
# slice 120's thread reply)
_THANKED_FOR_COMING = (
    r"|\bthank(?:s| you)(?: again| so much| once more)? for (?:coming (?:over|in|by|along|round|"
    r"out|down|up)|stopping by|popping in|calling in|dropping in|dropping by|visiting (?:us|our|"
    r"the)|your visit|the visit)\b"
)
# (sixty-second pass: or met and thanked for the time given, "Great meeting you in person last
# week. The Yard Manager job's been handed to someone …, so she joins us next. Thanks for all
# the time and energy": two thread replies, slice 166)
_MET_AND_THANKED = (
    r"|\b(?:great|good|nice|lovely|a pleasure|pleasure|wonderful) (?:meeting|to meet|to have met|"
    r"chatting with|chatting to|talking with|talking to|speaking with|speaking to) you\b"
    r"|\bthank(?:s| you) for (?:all )?(?:the|your) (?:time|energy|effort)\b"
)
_TO_THE_APPLICANT = re.compile(
    r"\byour (?:[a-z\-]+ )?(?:application|candidacy|candidature|cv|résumé|resume|interviews?|"
    r"submission|profile for|file)\b"
    r"|\byou(?:rself)?\b[^.!?\n]{0,40}\b(?:applied|interviewed|came in|met (?:with )?"
    r"(?:us|the|our))\b"
    r"|\bappl(?:ying|ied|icants?|ications?)\b|\bthank(?:s| you) for (?:your )?(?:interest|time)\b"
    # (forty-seventh pass: thanked in other words, "Cheers for your time", "Appreciated the trip
    # out to our depot": a reply to the one who came)
    r"|\b(?:cheers|many thanks|grateful|appreciated?) for (?:your )?(?:interest|time)\b"
    r"|\bappreciated (?:the|your) (?:trip|visit|chat|call|tour|meeting|time)\b"
    # (forty-eighth pass, fourth round: or thanked for coming, "Thanks for coming over on
    # Monday": a reply to the one who came)
    + _THANKED_FOR_COMING
    + _MET_AND_THANKED
    # (sixty-seventh pass: or thanked for wanting to join, "Malo 'aupito for wanting to join us at
    # the gallery. We have filled the Gallery Assistant post with someone from the weavers", a
    # refusal of slice 207 read as staff news on its "join us")
    + r"|\b(?:for|about) (?:wanting|hoping|offering|your wish|your interest in wanting) to (?:join|"
    r"work (?:with|for|at|alongside))\b"
    + r"|\b(?:sorry|unfortunately|regret\w*|sadly|afraid|bad news|disappoint\w*|commiserat\w*|"
    r"unsuccessful|feedback)\b"
    # (the words of a hiring process the reader was in: a mail about one is to a candidate)
    r"|\b(?:candidat\w+|finalists?|shortlist\w*|interview\w*|panel|the process|hiring (?:team|"
    r"manager|official|committee|panel)|recruit\w*|status|vacanc\w+|competition|"
    r"second round|conversations?|outcome|decision|in the end|another|different|someone else|"
    r"somebody else|freelanc\w+|proposals?|client)\b"
)

# --- staff news -----------------------------------------------------------------------------
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_NEWS = re.compile(
    r"\bplease (?:join (?:me|us) in )?(?:welcom\w+|congratulat\w+)\b|\bjoin (?:me|us) in\b"
    r"|\bcongratulations to\b|\b(?:(?:we|i) (?:are|am|['\u2019]re|['\u2019]m) (?:pleased|happy|"
    r"delighted|proud) to |to )announce\b|\beffective (?:today|immediately|" + _WEEKDAY + r")\b"
    r"|\bjoins? us\b|\bwill (?:report|take over|assume)\b|\b(?:has been|was|been) promoted\b"
    r"|\bfyi\b|\b(?:her|his|their) (?:logins?|desk|badge|first day)\b"
    r"|\bstop (?:forwarding|sending) (?:me )?(?:resumes|cvs)\b|\borgani[sz]ational\b"
    r"|\bhe['\u2019]ll be announced\b|\bbe announced\b"
)
_YOU = re.compile(r"\byou(?:r|rs|rself|['\u2019](?:ve|re|ll|d))?\b")


def _staff_news(lowered: str, left: int, right: int) -> bool:
    return (
        lowered[left:right].isascii()
        and _YOU.search(lowered, left, right) is None
        # (twenty-seventh pass, part S: the applicant's words, found early in most mail, asked
        # before the news, found in few: the same answer, most texts searched once, not twice)
        and _TO_THE_APPLICANT.search(lowered) is None
        and _NEWS.search(lowered) is not None
        # (sixty-fourth pass: never a reply to the one it greets, their own mail quoted below it,
        # "Hello Phoebe, … The board has appointed Kelvin Daley to the Site Foreman job; he joins
        # us from the Trants crusher next month. … From: Phoebe Arkwright", slice 180)
        and not _answers_the_greeted(lowered)
    )


_GREETED = re.compile(
    r"(?:^|\n)[ \t]*(?:hi|hello|hey|hiya|dear|morning|good morning|good afternoon|good evening) "
    r"(?!(?:all|team|everyone|everybody|folks|colleagues|both|there)\b)([a-z][a-z'\u2019\-]+)\b"
)


# (sixty-seventh pass: or greeted in any language on a short line of its own, "Isanmesez Vaine,",
# "Muraho Grace,", "Fakaalofa lahi atu Makoa,": thread refusals of slices 208 and 209 read as
# staff news on "his first day")
_GREETED_ABROAD = re.compile(
    r"(?:^|\n)[ \t]*(?:[^\W\d_]+[ \t]){1,3}(?!(?:all|team|everyone|everybody|folks|colleagues|"
    r"both|there)\b)([^\W\d_][^\W\d_'\u2019\-]*)[ \t]*,[ \t]*(?=\n)"
)


def _answers_the_greeted(lowered: str) -> bool:
    """Does the mail greet one person by name at a line's start in its first 400 characters and
    answer them: its subject a reply's ("RE: [EXT] Re: Site Foreman - quick question"), or a
    message from them quoted below it ("From: Phoebe Arkwright <…>")?"""
    reply = _A_REPLY.match(lowered) is not None
    if not reply and "from:" not in lowered:
        return False
    greeted = _GREETED.search(lowered, 0, 400) or _GREETED_ABROAD.search(lowered, 0, 400)
    if greeted is None:
        return False
    if reply:
        return True
    name = re.escape(greeted.group(1))
    return re.search(r"(?:^|\n)[ \t>]*from:[ \t]*[\"']?" + name + r"\b", lowered) is not None


_A_REPLY = re.compile(r"[ \t]*(?:re|aw|sv|antw|rv|odp)[ \t]*:")


# --- staff news told to a whole team (twenty-sixth pass, part C) -----------------------------
_A_TEAM = re.compile(
    r"(?:^|\n)\s*(?:hi|hello|hey|dear|morning|good morning) (?:all|team|everyone|everybody|"
    r"colleagues|folks|both)\b"
    r"|\b(?:for|to) (?:the (?:whole|entire) (?:team|office|department|site|store|depot|ward|"
    r"crew)|all (?:staff|the team|colleagues))\b|\ball[- ]staff\b"
)
# (the words a refusal to an applicant uses: the first groups of _TO_THE_APPLICANT, its regret)
_TO_AN_APPLICANT = re.compile(
    r"\byour (?:[a-z\-]+ )?(?:application|candidacy|candidature|cv|résumé|resume|interviews?|"
    r"submission)\b|\byou(?:rself)?\b[^.!?\n]{0,40}\b(?:applied|interviewed)\b"
    r"|\bthank(?:s| you) for (?:your )?(?:interest|time|applying)\b"
    # (thirty-ninth pass: a trial or a visit thanked for, "Hi Sam, thanks for the trial. The dairy
    # hand job has gone to Colm; he starts Monday" is no staff news)
    r"|\bthank(?:s| you) for (?:the|your|coming (?:in )?for (?:the|your)|doing the) (?:[a-z\-]+ )?"
    r"(?:trial|interview|visit|chat|tour|session|test|audition)\b"
    # (forty-eighth pass, fourth round: or thanked for coming, "Thanks for coming over on
    # Monday. The trustees … asked Hettie Gummow to take the … post; she starts next month")
    + _THANKED_FOR_COMING
    + _MET_AND_THANKED
    # (sixty-seventh pass: or thanked for wanting to join, "Malo 'aupito for wanting to join us at
    # the gallery. We have filled the Gallery Assistant post with someone from the weavers", a
    # refusal of slice 207 read as staff news on its "join us")
    + r"|\b(?:for|about) (?:wanting|hoping|offering|your wish|your interest in wanting) to (?:join|"
    r"work (?:with|for|at|alongside))\b"
    + r"|\b(?:sorry|unfortunately|regret\w*|sadly|afraid|bad news|disappoint\w*|commiserat\w*|"
    r"unsuccessful|feedback|another candidate|other candidates?|someone else|somebody else)\b"
    # (fifty-ninth pass: or the one chosen left unnamed, "the director's choice … is a candidate
    # from the … germplasm unit, who joins us next month", slice 140: staff news names them)
    r"|\b(?:is|was) (?:a|an|one) (?:[a-z\-]+ )?(?:candidate|applicant|finalist)\b"
)
# (every match of _FILLED_BY_NAME holds one of these)
_FILLED_BY = ("filled by ", "taken by ", "appointed by ")
_FILLED_BY_NAME = re.compile(
    r"\b(?:filled|taken|appointed) by (?!an?\b|the\b|one\b|another\b|someone\b|somebody\b)"
    r"[a-z]+\b"
)


def _told_to_a_team(lowered: str, left: int, right: int) -> bool:
    return (
        _YOU.search(lowered, left, right) is None
        # (twenty-seventh pass, part S: the post filled by name, in few texts, asked before the
        # greeting to a team, whose "(?:^|\n)\s*" the engine tries at every character)
        # (twenty-seventh pass, part S2: its three strings found by str.find first, absent
        # from most mail, where the search tries its alternation at every character)
        and any(filled in lowered for filled in _FILLED_BY)
        and _FILLED_BY_NAME.search(lowered) is not None
        and _A_TEAM.search(lowered) is not None
        and _TO_AN_APPLICANT.search(lowered) is None
    )


# --- a post not hired for from outside, told to a whole team (twenty-eighth pass, part A) ----
# "Hi all, the budget was cut, so there's no external hire for the analyst post after all" is a
# restructure told to staff, read as a refusal's "so there's no outside hire for it after all"
# (decisions_reshaped) is: a group greeted, no "you" in the sentence, nothing said to an
# applicant. (Its words found by str.find first: absent from most mail.)
_NO_HIRE_WORDS = ("outside hire", "external hire", "externally", "from outside")


def _no_hire_told_to_a_team(lowered: str, left: int, right: int) -> bool:
    sentence = lowered[left:right]
    return (
        any(words in sentence for words in _NO_HIRE_WORDS)
        and _YOU.search(lowered, left, right) is None
        and _A_TEAM.search(lowered) is not None
        and _TO_AN_APPLICANT.search(lowered) is None
    )


# --- news or a quote in the words after the decision (twenty-sixth pass, part K2) ------------
# A club's, a parish's or a shop's news to its members or staff goes on, after a sentence no
# refusal's words differ from, with a welcome, praise or thanks to the group, a briefing, thanks
# to a department or a start ("the under-12s have their new coach for the season! welcome sarah",
# "stewarding team complete for the season. thank you! briefing on friday", "we've now picked
# our new team for the launch. great work, everyone"), in mail that speaks to no one reader; a
# householder's "sorry, i've already got someone now" goes on with thanks for a quote or a family
# member coming to sit, a host's with the reader's own sit confirmed.
# (a clause's or a sentence's break: the decision's own sentence may hold the news after a colon,
# a comma or a dash, "… for the summer: jo starts monday", "… helpers now, thank you all!")
_BREAK = r"(?:^|[!.?:;,\u2013\u2014]|\s-)[\s!.:;,\-\u2013\u2014]*"
_DAYS = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|next|tomorrow|today)"
_GROUP = r"(?:team|all|everyone|everybody|folks)\b"
_NEWS_AFTER = re.compile(
    _BREAK + r"(?:great news[\s!.:;,\-]*)?"
    r"(?:(?:please )?welcome (?!to\b|back\b|news\b)[a-z]+|please (?:join (?:me|us) in )?(?:welcom|"
    r"congratulat)\w*|please make (?:her|him|them) welcome|(?:congratulations|congrats) to\b|"
    r"(?:great work|well done|good job),? " + _GROUP + r"|thank(?:s| you)(?: so much)?[\s!.,]+"
    r"briefing|briefing (?:on|at|is|notes for (?:the|all))\b|thank(?:s| you) to (?:hr|the|our|"
    # (sixty-third pass: never a relative clause after a choice, "has selected a candidate with
    # lab automation experience, who starts next month", slice 177's thread replies)
    r"everyone|all)\b|(?!who\b|that\b|which\b)[a-z]+ (?:starts|joins (?:us|the team)) (?:on )?"
    + _DAYS
    # (thanks to the whole group, not for applying nor "all the same")
    + r"|thank(?:s| you)(?: so much| very much)?,? " + _GROUP
    + r"(?! the same\b)(?! for (?:apply|your|com|interview|putting|offering))"
    r"(?! (?:who|that) (?:applied|came|interviewed|put|sent|offered)))"
)  # fmt: skip
_TURNED_ASIDE_AFTER = re.compile(
    _BREAK + r"(?:thanks|thank you|cheers)(?: (?:so much|very much|anyway))? "
    r"for (?:the|your) (?:quote|estimate|price)\b"
    r"|" + _BREAK + r"(?:my|our) (?:mum|mom|dad|mother|father|gran|nan|grandma|"
    r"grandad|grandpa|nana|husband|wife|partner)(?: is|['\u2019]s) coming (?:over|round)\b"
    r"|" + _BREAK + r"your (?:sit|house-?sit|stay|booking|dates?|pitch|room|table|order|visit|"
    r"lesson|session)\b[^.!?\n]{0,30}?\b(?:is|are) (?:still |also )?confirmed\b"
)
# (a quote, an estimate or a price thanked for; a relative coming over; a booking confirmed)
_TURNED_ASIDE_WORDS = ("quote", "estimate", "price", " coming ", "confirmed")
# "you" as no one reader: thanks, "see you", "you all"
_YOU_TO_ONE = re.compile(
    r"(?<!\bthank )(?<!\bsee )\byou(?:r|rs|rself|['\u2019](?:ve|re|ll|d))?\b(?! all\b)"
)


def _news_after(lowered: str, left: int, right: int) -> bool:
    """Does the decision sentence lowered[left:right] (no "you" in it) open news to a group, in
    mail that speaks to no one reader and says nothing to an applicant, or turn down a quote, an
    offer to sit or a second sit, told after a break in it or in the words right after it?"""
    if not lowered[left:right].isascii() or _YOU_TO_ONE.search(lowered, left, right):
        return False
    after = lowered[left : right + 80]
    # (twenty-seventh pass, part S2: a quote's, a visit's or a confirmation's word first, by
    # str.find: every match of _TURNED_ASIDE_AFTER holds one of them)
    if any(word in after for word in _TURNED_ASIDE_WORDS) and _TURNED_ASIDE_AFTER.search(after):
        return True
    return (
        _NEWS_AFTER.search(after) is not None
        and _YOU_TO_ONE.search(lowered) is None
        and _TO_AN_APPLICANT.search(lowered) is None
    )


# --- a hiring pause (twenty-sixth pass, part C) --------------------------------------------
_ON_HOLD = re.compile(
    r"\b(?:on hold|paused|pausing|frozen|on ice)\b(?! (?:indefinitely|for good|permanently))"
)
# ... the reader's application not closed, withdrawn or turned down ("your application has not
# been closed", "yours isn't withdrawn")
_NOT_CLOSED = (
    r"|\b(?:your application|your candidacy|yours|it) (?:has not|hasn['\u2019]t|is not|"
    r"isn['\u2019]t|will not|won['\u2019]t) (?:been |be )?(?:closed|withdrawn|rejected|declined|"
    r"turned down)\b"
)
_KEPT_LIVE = re.compile(
    r"\b(?:stays?|remains?|kept|staying|remaining) (?:live|active|open)\b"
    r"|\b(?:won['\u2019]t|will not|don['\u2019]t|do not) need to re-?apply\b"
    r"|\bno need to (?:re-?apply|apply (?:again|a second time))\b"
    r"|\b(?:pick|picking) (?:it|things|the (?:process|search|recruitment)) (?:back )?up\b"
    r"|\bwill (?:resume|restart|re-?open)\b"
    # (twenty-eighth pass, part C: the reader's application said not to be closed, and the
    # search going on once a sign-off comes, "Your application has not been closed, and it moves
    # again once we get the green light", written-48)
    + _NOT_CLOSED
    + r"|\b(?:moves?|moving|starts?|goes|going) (?:forward )?again\b"
    r"|\b(?:once|when|as soon as) (?:we|they|the (?:team|business)) (?:get|gets|have|has|receive)"
    r" (?:the )?(?:green light|go-?ahead|sign-?off|approval)\b"
)
_CLOSED_NOW = re.compile(
    r"\b(?<!not )(?<!not been )(?<!n['\u2019]t been )(?<!never been )"
    r"(?:clos(?:e|ed|ing)|withdrawn|cancell?ed|no longer|not (?:be )?(?:progress|tak|mov|fill|"
    r"recruit)\w*|won['\u2019]t be (?:progress|tak|mov|fill|recruit)\w*|indefinitely|for good|"
    r"permanently)\b"
)


def _a_hold(lowered: str) -> bool:
    return (
        _ON_HOLD.search(lowered) is not None
        and _KEPT_LIVE.search(lowered) is not None
        and _CLOSED_NOW.search(lowered) is None
    )


# --- a time moved (twenty-eighth pass, part C) ----------------------------------------------
# The slots of one sitting full and the reader booked into another, in the sentence or right
# after it: "all slots for Thursday's assessment centre have been filled, so we've booked you into
# Friday's", "every place at the morning session is taken - we've moved you to 2pm" (written-48's
# next steps); not a post filled and the reader put on a list ("all positions have been filled,
# so we've put you on our reserve list").
_A_SITTING = re.compile(
    r"\b(?:slots?|timeslots?|sessions?|sittings?|dates?|days?|times?|mornings?|afternoons?|"
    r"evenings?|panels?|appointments?|assessment (?:centres?|centers?|days?))\b"
)
_MOVED_YOU = re.compile(
    r"\b(?:booked|moved|put|placed|slotted|rescheduled|switched|transferred|added) you "
    r"(?:in|into|onto|on|to|for)\b(?! (?:the |our |a |my )?(?:[a-z\-]+ )?(?:reserve|waiting|"
    r"talent|candidate|standby|mailing|contact)\b)"
)
_MOVED_REACH = 120


def _a_time_moved(lowered: str, left: int, right: int) -> bool:
    return (
        _A_SITTING.search(lowered, left, right) is not None
        and _MOVED_YOU.search(lowered, left, right + _MOVED_REACH) is not None
    )


# --- a slot taken, another asked for (twenty-ninth pass, part C) ----------------------------
# An interview's or a test's time taken by someone else, and the reader asked to pick another or
# offered one, in the sentence or right after it: "the slot you picked has since been filled by
# someone else. Do pick another from the link", "the Tuesday slot has gone to someone else -
# could you do Wednesday instead?" (written-51's invitations); not a post filled ("the role was
# filled by another candidate before we could book your interview"), nor a slot refused with a
# negation ("all interview slots went to other candidates, so we won't be inviting you").
_SLOT = (
    r"\b(?:slots?|timeslots?|sessions?|appointments?|sittings?|(?:\d[\d:.]*\s*(?:am|pm)?|"
    r"morning|afternoon|evening|interview|call|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"(?:['\u2019]s)?) (?:times?|spots?)|times? (?:you|that you) (?:chose|picked|booked|wanted|"
    r"selected|asked for))\b"
)
_SLOT_TAKEN = re.compile(
    _SLOT + r"[^.!?\n]{0,50}?\b(?:filled|taken|booked|gone|grabbed|claimed|snapped up|reserved)\b"
)
_ANOTHER_TIME = re.compile(
    r"\b(?:pick|choose|select|book|grab|take) (?:another|a new|a different|a later|an earlier|"
    r"one of the other|other)\b(?!\s+(?:[a-z\-]+\s+)?(?:roles?|jobs?|positions?|posts?|vacanc\w+|"
    r"openings?|opportunit\w+)\b)"
    r"|\b(?:another|a new|a different|a later|an earlier) (?:slot|timeslot|time|date|session|day|"
    r"appointment)\b"
    r"|\bcould you (?:do|make)\b|\b(?:are|would) you (?:be )?(?:free|available)\b"
)
# (a post or a place named, or the reader refused, in the sentence: a refusal's)
_NOT_A_SLOT = re.compile(
    r"\b(?:jobs?|roles?|posts?|positions?|vacanc\w+|openings?|places?|offers?|contracts?|shifts?|"
    r"not|no longer|unable|cannot)\b|n['\u2019]t\b"
)
_ANOTHER_REACH = 160


def _a_slot_taken(lowered: str, left: int, right: int) -> bool:
    return (
        _SLOT_TAKEN.search(lowered, left, right) is not None
        and _NOT_A_SLOT.search(lowered, left, right) is None
        and _ANOTHER_TIME.search(lowered, left, right + _ANOTHER_REACH) is not None
    )


# --- other applicants seen first (twenty-ninth pass, part C) --------------------------------
# A status: the team "is interviewing other applicants first and will be in touch should they
# want to meet", "the panel is meeting other candidates first" (written-51's status); not the
# others seen and one chosen ("interviewed other applicants first and have now offered the post
# to one of them").
_SEEN_FIRST = re.compile(
    r"\b(?:is|are|['\u2019]re|['\u2019]s|am) (?:still |currently |now |busy )?(?:interviewing|"
    r"meeting|seeing|speaking (?:to|with)|talking (?:to|with)|screening|calling|phoning|"
    r"assessing) (?:[a-z\-]+ ){0,2}?(?:applicants|candidates|people)\b[^.!?\n;]{0,40}?\bfirst\b"
)
_CHOSEN = re.compile(
    r"\b(?:decided|chosen|chose|offered|appointed|selected|picked|hired|filled|went with|"
    r"gone with|going with)\b"
)


def _others_seen_first(lowered: str, left: int, right: int) -> bool:
    return (
        _SEEN_FIRST.search(lowered, left, right) is not None
        and _CHOSEN.search(lowered, left, right) is None
    )


# --- an election (twenty-sixth pass, part C) -----------------------------------------------
# (not "voted for": a co-operative's or a team's vote on a hire is a refusal, "the members voted
# for the other shortlisted person to take the post", blind slices 7 and 15)
_ELECTED = re.compile(r"\b(?:elected|re-?elected|election|ballot|agm|annual general meeting)\b")
_STOOD = re.compile(r"\b(?:stood|standing|ran) (?:for|in|against)\b|\bcandidates? stood\b")
_ELECTION_REACH = 300


def _an_election(lowered: str, left: int, right: int) -> bool:
    # (candidates who stood, near the decision: "the committee has elected Tom Hale to the post
    # of secretary" alone is a post filled, tests/test_eighteenth_pass_given.py)
    return (
        _ELECTED.search(lowered, max(0, left - _ELECTION_REACH), right) is not None
        and _STOOD.search(lowered, max(0, left - _ELECTION_REACH), right + _ELECTION_REACH)
        is not None
        and _OWN_APPLICATION.search(lowered) is None
    )


# --- a notice about an advert ---------------------------------------------------------------
_SAVED = re.compile(
    r"\byou(?:['\u2019]ve| have)? (?:saved|bookmarked|starred|were (?:viewing|watching|looking "
    r"at)|viewed|followed|liked)\b|\bsaved (?:jobs?|searche?s?)\b"
)
_POSTING = re.compile(
    r"\b(?:this|the) (?:job )?(?:posting|listing|advert|advertisement|ad) (?:is|has|was)\b"
)
_ALERT = re.compile(
    r"\bsimilar (?:jobs|roles|vacancies|openings|positions)\b|\b(?:jobs|roles|vacancies) like "
    r"(?:this|it)\b|\bjob alerts?\b|\bnew matches\b|\brecommended (?:jobs|roles)\b"
    r"|\bmatches for you\b|\bbrowse\b|\bmore jobs\b"
)
_AGAIN = re.compile(
    r"\b(?:now|so|and) (?:it['\u2019]s |it is |the (?:role|post|position|job) is |we are |"
    r"we['\u2019]re )?"
    r"(?:(?:open|vacant|available|live) again|re-?advertis\w+|advertis\w+ (?:it|the (?:role|post|"
    r"position|job)) again|re-?opened|back open)\b"
)
_TO_APPLY = re.compile(r"\bapply\b|\bsend (?:us )?(?:your|a) cv\b|\binterested\b")
_OWN_APPLICATION = re.compile(
    r"\byou(?:['\u2019]ve| have)? applied\b|\byour (?:[a-z\-]+ )?(?:application|candidacy)\b"
    r"|\bthank(?:s| you) for applying\b"
)
_AGAIN_REACH = 200


def _an_advert(lowered: str, left: int, right: int, role_gone: bool) -> bool:
    if _OWN_APPLICATION.search(lowered) is not None:
        return False
    if _SAVED.search(lowered, left, right) is not None or (
        _AGAIN.search(lowered, left, min(len(lowered), right + _AGAIN_REACH)) is not None
        and _TO_APPLY.search(lowered) is not None
    ):
        return True
    # (an alert's post gone, in mail with no regret and no hiring process: "sadly we have filled
    # the vacancy … browse our other roles" is a refusal)
    return (
        role_gone
        and _YOU.search(lowered, left, right) is None
        and _TO_THE_APPLICANT.search(lowered) is None
        and (
            _ALERT.search(lowered) is not None or _POSTING.search(lowered, left, right) is not None
        )
    )


# --- a rota's pause -------------------------------------------------------------------------
_NOW = re.compile(
    r"(?<!after )(?<!beyond )(?<!past )(?<!from )\b(?:this (?:week|weekend|month|"
    + _WEEKDAY
    + r")|today|tonight|tomorrow)\b"
)
_FOR_GOOD = re.compile(r"\b(?:further|any ?more|no longer|again|future|ever|longer)\b")
_LATER = re.compile(
    r"\bnext (?:week|weekend|month|" + _WEEKDAY + r")\b|\bthe week after\b"
    r"|\bfrom (?:" + _WEEKDAY + r"|the \d|next)\b"
)
_CLAUSE_NEGATION = re.compile(r"\b(?:no|not|none|nor|either|neither|nothing)\b|n['\u2019]t\b")
_CLAUSE_STARTS = (".", "!", "?", "\n", ",", ";", " - ", " but ", " and ")
_LATER_REACH = 200


def _a_pause(lowered: str, left: int, right: int) -> bool:
    now = _NOW.search(lowered, left, right)
    if now is None or _FOR_GOOD.search(lowered, left, right) is not None:
        return False
    for later in _LATER.finditer(lowered, now.end(), min(len(lowered), right + _LATER_REACH)):
        clause = max(lowered.rfind(mark, now.end(), later.start()) for mark in _CLAUSE_STARTS)
        clause = now.end() if clause < 0 else clause
        stop = min(
            (
                at
                for mark in (".", "!", "?", "\n", ",", ";")
                if (at := lowered.find(mark, later.end())) >= 0
            ),
            default=len(lowered),
        )
        if _CLAUSE_NEGATION.search(lowered, clause, stop) is None:
            return True
    return False


# --- a condition ----------------------------------------------------------------------------
_WITHOUT = re.compile(
    r"\b(?:without|until we (?:have|receive|get|see)) (?:a |an |the |your |first |seeing |"
    r"receiving )?(?:[a-z\-]+ ){0,3}?(?:checks?|documents?|documentation|certificates?|proof|"
    r"passport|id|identification|share code|references?|forms?|signature|consent|evidence|"
    r"copy|copies|details)\b"
)
_ASKED = re.compile(
    r"\b(?:please|can you|could you|kindly) (?:[a-z]+ )?(?:upload|send|provide|complete|book|"
    r"share|submit|forward|email|bring|return|sign|fill)\b"
)


def _a_condition(lowered: str, left: int, right: int) -> bool:
    return _WITHOUT.search(lowered, left, right) is not None and _ASKED.search(lowered) is not None


# --- a bid or a supplier refused ------------------------------------------------------------
_BID = re.compile(
    r"\b(?:your|the|this) (?:[a-z\-]+ )?(?:bid|tender|quote|quotation)\b(?! (?:writer|manager|team|"
    r"coordinator|lead|specialist|officer))"
    r"|\b(?:another|a different|the other|an?other|one other) (?:[a-z\-]+ )?(?:vendor|supplier|"
    r"provider|bidder)\b|\brf[pqi]s?\b|\blot \d+|\bdeclined to quote\b"
    r"|\b(?:contract (?:was |has been |is )?awarded|awarded the contract)\b"
    # (a contract awarded to a titled person is a post filled: "we've awarded the contract to Dr
    # Ferreira", tests/test_decisions_filled.py)
    r"(?! to (?:dr|mr|mrs|ms|miss|mx|prof|professor)\b)"
)
_A_JOB = re.compile(
    r"\b(?:jobs?|roles?|posts?|positions?|vacanc\w+|candida\w+|hire|hiring|interview\w*|"
    r"recruit\w*|cv|résumé|resume|employ\w*|shifts?|freelanc\w*|gigs?|applicants?)\b"
    # (a bid to join a team is an application: "your bid to join the audit team ... was not
    # successful"; fifty-fifth pass: so is a bid to be or become one of the staff, "About your bid
    # to be a Sales Advisor: you haven't been selected", slice 111's footer refusals)
    r"|\bbid to (?:join|(?:be|become) (?:a|an|our|the|one of)|work as|train as|start as)\b"
    # (never to supply or serve as a business, "your bid to be a supplier")
    r"(?! (?:[a-z\-]+ ){0,2}?(?:suppliers?|vendors?|providers?|contractors?|partners?|stockists?|"
    r"sponsors?|venues?|hosts?|caterers?|distributors?)\b)"
)


def _a_bid(lowered: str, left: int, right: int) -> bool:
    return (
        _BID.search(lowered, left, right) is not None
        and _A_JOB.search(lowered, left, right) is None
    )


def not_a_decision(lowered: str, left: int, right: int, reader_out: bool, role_gone: bool) -> bool:
    """Is the decision read in the sentence lowered[left:right] one of other mail: staff news, a
    notice about an advert, a rota's pause, a condition, a bid refused? (``reader_out``: its token
    is the reader out, read for a pause or a condition; ``role_gone``: the post gone.)"""
    if (
        _a_bid(lowered, left, right)
        or _an_advert(lowered, left, right, role_gone)
        or _news_after(lowered, left, right)
    ):
        return True
    if reader_out:
        return _a_pause(lowered, left, right) or _a_condition(lowered, left, right)
    # (twenty-ninth pass, part C: a slot taken and another asked for, others seen first)
    if _a_slot_taken(lowered, left, right) or (
        not role_gone and _others_seen_first(lowered, left, right)
    ):
        return True
    if role_gone and (
        _a_hold(lowered)
        or _no_hire_told_to_a_team(lowered, left, right)
        or _a_time_moved(lowered, left, right)
    ):
        return True
    return (
        _staff_news(lowered, left, right)
        or _told_to_a_team(lowered, left, right)
        or (not role_gone and _an_election(lowered, left, right))
    )
