"""Refusals written-36 left unread, in their general forms (issue 11, twenty-fifth pass,
part V): a trade's own words by text, chat, voicemail, DM or a thread reply.

Each form is written here in several wordings and trades, never for one message:

* **the crew, gang or team full or complete**: "picking crew's full up now", "the interior team
  is now complete without you", "our instructor team for the winter season is complete" (never
  a day's or a week's crew: "the crew's full this week, next week's open"; never a quiz side, a
  car or a table);
* **the places all taken, the hands all booked in**: "barista places at this store are all
  taken", "the Christmas extra hands are all booked in now" (never a car park's spaces, a
  course's places or the interview slots);
* **our person got, the sender set or sorted for the post**: "we've got our person for the grill
  now", "we've got our twelve", "sorted for the bass dep now", "we're all set for event staff
  through September", "we got fixed up with a porter" (never for a day's shift: "we've got our
  person for the Friday shift, can you do Saturday?");
* **the post handed to another; someone appointed as the post**: "the gaffer has handed the
  foreman's job to Sunita", "the parish council has appointed Sunita as Director of Music";
* **the boss took on others**: "boss took on two from the agency yesterday" (never one who
  serves the reader: "you'll be showing them round");
* **no room for the reader**: "no room on the gang", "there's no space on the rota for you",
  "we can't find room for you on the mountain this year" (never a seat in a car or at a table);
* **the spot taken**: "spot's taken sorry" (never a parking spot, a bay or a table);
* **the post not there any more; kept in the family**: "the assistant's place you asked about
  isn't there any more", "so there's no improver's job after all", "Dad wants to keep the van
  to just him and my brother" (a son coming home told as news stays unread);
* **an app's activation refused, the demand covered**: "activating you as a Tasker in Hull isn't
  possible right now", "demand for handyman tasks there is already covered" (never "until you
  upload your ID").

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_crewed import _NOT_A_POST, _NOT_AFTER_IF, _PERSON
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS", "reader_on_it"]

_A = r"['\u2019]"
# the rest of the clause (never past a comma or a sentence's end)
_CLAUSE = r"[^,;:.!?\n]"
# no day, shift or week in the rest of the clause ("for the Friday shift", "this week")
_NO_DAY = (
    r"(?!" + _CLAUSE + r"*\b(?:shift|shifts|rota|tonight|tomorrow|today|this week|next week|"
    r"weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)"
)
# no car, table, car park, quiz side or class in the rest of the sentence
_NOT_A_SEAT = (
    r"(?![^.!?\n]*\b(?:car|cars|car park|parking|bay|bays|table|tables|minibus|bus|coach|train|"
    r"quiz|five-a-side|football|netball|match|dinner|party|trip|outing|interview|interviews|"
    r"open day|webinar|workshop|session|viewing|flat|room share|tenants?|waiting list|waitlist|"
    r"squad|club|membership|term|offsite|off-site|game|games|softball|golf|tournament|gala|"
    r"conference|venue|lodge|agenda|calendar|meeting|call|rollout|kick-?off|event)\b)"
    # nor a trading desk's book, price or deal ("the position you asked about is no longer
    # available - we hedged it", "no room on the books for more length")
    r"(?![^.!?\n]*\b(?:hedged?|hedging|traded|trades?|book|books|risk|length|exposure|price|"
    r"prices|market|markets|counterpart(?:y|ies)|deals?|sale|sell|selling|buyers?|acquisition|"
    r"merger|bid|bids|offer lifted)\b)"
)
# no one who serves the reader, nor a question put to the reader
_NOT_FOR_YOU = (
    r"(?![^.!?\n]*\b(?:you(?:" + _A + r"ll| will) be|with you|to help you|alongside you|your "
    r"(?:induction|training|mentor|buddy)|can you|could you|would you|are you free)\b)"
)
_CREW = (
    r"(?<!\bdeal )(?<!\bproject )(?<!\bworking )(?<!\bsteering )(?<!\baudit )(?<!\breview )"
    r"(?<!\bpitch )(?<!\baccount )(?<!\bcoverage )(?<!\bintegration )(?<!\btask )"
    r"(?<!\bnegotiating )(?<!\bbid )"
    # (nor a sports side or its coaches: "the rowing crew is full for the season", "the youth
    # team is full", tests/test_sixth_reread.py)
    r"(?<!\browing )(?<!\byouth )(?<!\bcoaching )(?<!\bsailing )(?<!\bfootball )"
    r"(?<!\bnetball )(?<!\bcricket )(?<!\brugby )(?<!\bhockey )(?<!\bquiz )(?<!\bdebating )"
    r"(?:crew|gang|team|line-?up|brigade|cast|staff)"
)
_FULL = (
    re.compile(
        r"\b" + _CREW + r"(?: (?:for|on|at) (?:the|this|our) (?:[\w\-]+ ){0,3}?(?:season|"
        r"summer|winter|run|tour|voyage|harvest|year|job|build|contract))?"
        r"(?:" + _A + r"s| is| was| has been)(?: now| already| all)? (?:full(?: up)?|complete|"
        r"filled|sorted)\b(?! of\b)" + _NO_DAY + _NOT_A_SEAT + _NOT_A_POST + _NOT_FOR_YOU
        # (nor a season's end told to someone who worked it: "thanks so much for all your help
        # this summer")
        + r"(?![^\n]*\b(?:all your help|your hard work|your help this)\b)"
        + r"|\b(?:places|spots|positions|roles|vacancies|jobs|berths|hands)"
        r"(?: (?:at|in|on|for) (?:this|the|our) [\w\-]+)? (?:are|were|have been) (?:now |already )?"
        r"all (?:taken|filled|gone|spoken for|booked(?: in| up)?)\b(?! off\b)"
        + _NO_DAY + _NOT_A_SEAT + _NOT_A_POST + _NOT_FOR_YOU
        # (sixty-third pass: the crew made full by others named before, "two Porthallow boys
        # have the berths now, and that's the crew full")
        + r"|\b(?:and |so )?that" + _A + r"s the " + _CREW + r" (?:full(?: up)?|complete)\b"
        + _NO_DAY + _NOT_A_SEAT + _NOT_A_POST + _NOT_FOR_YOU
    )
)  # fmt: skip
_OUR_PERSON = re.compile(
    _NOT_AFTER_IF + r"\bwe(?:" + _A + r"ve| have)? (?:now |already |finally )?got our "
    r"(?:person|man|woman|guy|girl|lad|lass|people|hire|new starter|(?:two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|\d+)(?= *[,.!?;\n]| now\b))\b" + _NO_DAY + _NOT_FOR_YOU
    + r"|\bwe(?:" + _A + r"ve)? got (?:fixed up|sorted(?: out)?) with (?:a|an|another|someone|"
    r"somebody) (?:[\w\-]+ )?" + _PERSON + _NOT_FOR_YOU
)  # fmt: skip
# the sender set for the post's people, and so passing on the reader
_SET_FOR = re.compile(
    r"(?<!you" + _A + r"re )(?<!you are )\b(?:we" + _A + r"re |we are |i" + _A + r"m |i am )?"
    r"(?:all )?(?:sorted|set|covered) for (?:the |a |our |an )?(?:[\w\-]+ ){0,2}?(?:dep|deps|"
    r"staff|hands|helpers|porters?|waiters|pickers|drivers|instructors)\b"
    + _NO_DAY
    + _NOT_FOR_YOU
    + _NOT_A_SEAT
    + r"|\bso (?:we|i)(?:"
    + _A
    + r"ll| will) pass(?: on (?:you|this one))?(?: for (?:this|the) "
    r"(?:year|season|summer|winter|time))?(?= *(?:[,.!?\n]|$))"
)
_HANDED = re.compile(
    r"\b(?:has|have|had|" + _A + r"s)? ?(?:handed|given|passed) the (?:[\w\-" + _A[1:-1]
    + r"]+ ){0,2}?(?:job|role|post|position|berth|gig|contract) to (?!you\b|your\b|us\b|me\b)"
    r"[\w\-]+" + _NOT_A_POST + _NOT_FOR_YOU + _NOT_A_SEAT
    # (fifty-seventh pass: or offered to someone described by where they are from or what they
    # did, "the professor has offered the position to a researcher from Innsbruck"; never to an
    # agency or a board to advertise, "the committee has offered the post to the agency")
    + r"|\b(?:has|have|had|" + _A + r"s)? ?offered the (?:[\w\-" + _A[1:-1]
    + r"]+ ){0,2}?(?:job|role|post|position|berth|contract) to (?:a|an|another|one) "
    r"(?!(?:agency|agencies|recruiter|recruitment|firm|company|board|panel|committee|newspaper|"
    r"paper|website|site|platform|printer)\b)[\w\-]+ "
    r"(?:from|who|with|at|in|that)\b" + _NOT_A_POST + _NOT_FOR_YOU + _NOT_A_SEAT
    # (a company's own appointments are staff news: "the company has appointed Lavorato as head
    # of trading")
    + r"|(?<!\bcompany )(?<!\bfirm )(?<!\bcorporation )(?<!\bgroup )(?<!\bbank )"
    r"\b(?:has|have) appointed (?!you\b)[\w\-]+(?: [\w\-]+)? as (?!your\b|our new buddy\b)"
    r"(?:the |our |its )?(?:new )?(?:director|organist|manager|head|clerk|warden|leader|"
    r"coordinator|conductor|foreman|chef|coach|teacher)\b(?![^.!?\n]*\b(?:delighted|pleased|"
    r"proud|happy|welcome)\b)" + _NOT_FOR_YOU
)  # fmt: skip
_BOSS_TOOK = re.compile(
    r"\b(?:the )?(?:boss|gaffer|foreman|owner|skipper|captain|chef|manager)(?:" + _A
    + r"s| has| had)? (?:took|taken|brought) on (?:two|three|four|five|a couple|a few|someone|"
    r"somebody|another|a new|\d+)\b" + _NOT_FOR_YOU
    + r"(?![^.!?\n]*\b(?:too|as well|and you|and yourself)\b)"
)  # fmt: skip
_NO_ROOM = re.compile(
    r"\bno (?:room|space) (?:on|in) (?:the|our) (?:gang|crew|team|rota|books)\b"
    r"(?! (?:calendar|diary|budget|schedule|channel|drive|folder|site|page|chat|room)\b)"
    + _NO_DAY + _NOT_A_SEAT
    + r"|\b(?:can" + _A + r"t|cannot|can not|couldn" + _A + r"t|could not|unable to) (?:find|make) "
    r"(?:room|space|a place|a spot) for you\b" + _NO_DAY + _NOT_A_SEAT
    + r"|\bno (?:hours|shifts|work|places|contracts) (?:are|is) (?:being |now )?offered to "
    r"(?:new|you|further)\b" + _NO_DAY + _NOT_A_SEAT
)  # fmt: skip
_SPOT_TAKEN = re.compile(
    r"(?<!\bparking )(?<!\byour )(?<!\d )(?<!am )(?<!pm )\bspot(?:"
    + _A
    + r"s| is| has been)(?: now| already)? "
    r"(?:taken|gone|filled)\b(?! care\b)(?! (?:above|below|over|under|up|down|through|to|at)\b)"
    + _NOT_A_SEAT
    + _NO_DAY
)
_NOT_THERE = re.compile(
    r"\b(?:job|role|post|position|place|vacancy|opening)(?: you (?:asked|enquired|wrote|applied) "
    r"(?:about|for))? (?:isn" + _A + r"t|is not|is no longer) (?:there|available|going)"
    r"(?: any ?more)?\b" + _NOT_A_SEAT + _NOT_A_POST
    + r"(?![^.!?\n]*\b(?:yet|until|today|tomorrow|online|on the website)\b)"
    + r"|\b(?:there" + _A + r"s|there is|so) no (?:[\w\-]+(?:" + _A + r"s)? ){1,2}(?:job|role|post|"
    r"position|opening|vacancy|place)(?: [a-z]+){0,2}? after all\b"
    + r"|\bkeep (?:the van|the shop|the business|the job|the work|it) (?:in the family|to just "
    r"(?:him|her|them|us|family))\b" + _NOT_A_SEAT
)  # fmt: skip
_NOT_ACTIVATED = re.compile(
    r"\b(?:activating|onboarding|approving|accepting|adding) you (?:as|onto|to)\b[^.!?\n]{0,60}? "
    r"(?:isn" + _A + r"t|is not|won" + _A + r"t be|will not be) possible\b"
    r"(?![^.!?\n]*\b(?:until|unless|before|once|if|yet|needs?|please|form|upload|submit)\b)"
    # (demand for work or hands, never for a commodity: "demand for gas in the area is covered")
    + r"|\bdemand for (?:[\w\-]+ ){0,2}?(?:tasks|jobs|work|shifts|riders|drivers|couriers|"
    r"workers|taskers|helpers|staff|hands|cleaners|providers|pros|services|handymen|"
    r"tradespeople) (?:there |here |in your area )?is (?:already |"
    r"currently |fully )+(?:covered|met)\b"
)  # fmt: skip

READINGS = readings(
    ("role_gone", _FULL),
    ("chose_other", _OUR_PERSON),
    ("reader_out", _SET_FOR),
    ("chose_other", _HANDED),
    ("chose_other", _BOSS_TOOK),
    ("reader_out", _NO_ROOM),
    ("role_gone", _SPOT_TAKEN),
    ("role_gone", _NOT_THERE),
    ("reader_out", _NOT_ACTIVATED),
)


# (twenty-seventh pass, part K) The reader among the people of a full team: "the stall team is
# full for this season and you're on it", "our picking crew is full up now, and you're one of
# them", "the kitchen team is full for the season, including you", "you made the cut", "you've got
# one of them", or the next sentence opening so ("The crew's full. You're on it!"). Never the
# reader not on it, on a reserve or waiting list, or in it only on a condition.
_ON_IT = (
    r"(?:\byou(?:" + _A + r"re| are)(?: now| already| also| definitely| officially)? (?:on|in|"
    r"part of|one of) (?:it|them|the (?:[\w\-]+ ){0,2}?(?:team|crew|gang|rota|staff|line-?up|"
    r"brigade|cast)|our (?:[\w\-]+ ){0,2}?(?:team|crew|gang|rota|staff|line-?up|brigade|cast))"
    r"|\b(?:including|plus) you|\byou included|\bwith you (?:on board|onboard|in it|in the "
    r"(?:team|crew|gang))|\byou(?:" + _A + r"ve| have)? (?:made (?:it|the cut|the team|the crew)|"
    r"got (?:one of them|one of (?:the|those) (?:places|spots|jobs|posts)|a place|a spot|the job))"
    r"|\bwelcome (?:aboard|to the (?:team|crew)))\b"
)
_READER_ON_IT = re.compile(_ON_IT)
_STOP = re.compile(r"[.!?\n]")
_READER_ON_IT_NEXT = re.compile(r"[.!?][ \t]*(?:and |so )?" + _ON_IT)
# a reserve, a waiting list or a condition: the reader not (yet) on the team
_NOT_ON_IT_YET = re.compile(
    r"\b(?:reserve|reserves|waiting|wait list|waitlist|standby|stand-by|back-?up|pool|file|"
    r"if|unless|once|should|when|next (?:season|year|time))\b"
)


def reader_on_it(lowered: str, left: int, right: int) -> bool:
    """Does the sentence lowered[left:right], which reads a team or its places full, or the
    sentence after it, put the reader on that team (a full team that includes the reader is no
    post gone)?"""
    found = _READER_ON_IT.search(lowered, left, right)
    end = right
    if found is None:
        found = _READER_ON_IT_NEXT.match(lowered, right)
        if found is None:
            return False
        stop = _STOP.search(lowered, found.end())
        end = len(lowered) if stop is None else stop.start()
    return _NOT_ON_IT_YET.search(lowered, left, end) is None
