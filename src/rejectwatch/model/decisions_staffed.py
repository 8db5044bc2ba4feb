"""Casual refusals from more trades and channels, in their general forms (issue 11,
twenty-seventh pass, part W): written-44's misreadings (a photo studio, a campsite, a milk round,
a salmon farm, a pool service, a fireworks crew, a driving school, ...) by mail, a payment app's
note, a front desk's phone slip, a work coach or an answering service.

Each form is written here in several wordings and trades, never for one message:

* **the reader not booked in**: "so I won't be booking you in", "we won't be booking you this
  season" (never a day's booking, never "until" a check clears);
* **a relative brought in instead** or **given the work**: "decided to bring his daughter in
  on the counter instead", "I've given the early round to my nephew", Irish "I'm after giving
  the changeovers to my cousin" (never while the reader is away, never for a day);
* **ended up taking someone on**: "we ended up taking on a student from the college" (never a
  van, never a new starter announced);
* **someone described got the job**: "a girl with salon experience got the job in the end"
  (never with the reader's own job still open);
* **staffed for the season**: "the crêpe stand is staffed for the market season", "we're
  staffed up at the crazy golf for the summer holidays now" (never with "but", never the
  reader's leave);
* **set or full on hands**: "we're all set on pool techs for the summer route", "we're full on
  crew for bonfire night" (never tonight or a day);
* **a firm with enough hands**: "the laundry has enough operators for the new contract", "we got
  enough guys" (never a day's cover, never "do we have enough");
* **a team settled for the season**: "the keeper has his beating team settled for the season",
  "we've got our coaches sorted for the holiday program" (never with the reader's shift);
* **no room in it for the reader**: "sadly there's no space in it for you", "no place on the
  cages for you just now" (never a car, a van, a table or a day);
* **"you didn't make it this year"** (never a party, a meeting or a dinner);
* **the job's taken, I'm afraid** (never a seat, a table or a day's slot);
* **the reader's profile not considered**: "we are not considering your profile now" (never
  "until" a document arrives, never another role instead);
* **the reader not brought on**: "we won't be bringing you on as a lane coach" (never a tour,
  never "until");
* **a hand got now**: "got a labourer for the brickies now", "got a young fella for the fencing
  gang now" (never a new starter to show round);
* **last year's hands brought back**: "we brought back both boot fitters from last year" (never
  a menu, never with the reader among them);
* **all the staff got now**: Irish "we've all our Christmas staff got now";
* **the job gone to someone described**: "the installer spot went to a young bloke", "the guide
  spots have gone to folks who hold ...", "the classes are going to another teacher" (never
  a room, never while the reader is away);
* **another asked to do the season**: "the owners have asked a retired couple to do the warden
  season", "we've asked Holly to take the second violin chair" (never a day's cover, never the
  reader, never the chair of a meeting);
* **"it's not you this year"** after "sorry";
* **no paid post after all**, **an assistant not needed**, **not enough work for a second pair
  of hands**, **carrying on alone for now** (never the post that is mail, a party or a day);
* **"it's a pass for now"**, **passing on adding the reader** (never a car-park pass, never a
  mailing list);
* **"we can't hire you"** (never "until" a permit arrives);
* **not on the bank this round**; **the jobs filled for the year** (never "filled fast");
  **no start date from us** (never "until").

Left unread: the decision quoted in a video-call notetaker's summary (a quoted sentence is not
read as the sender's own); "the tech bench is full for the winter"; "we've appointed a fitter
with calibration experience" (staff news reads the same).

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_casual import _A, _NOT_A_SEAT, _NOT_THE_READERS
from rejectwatch.model.decisions_crewed import _NOT_A_POST, _ON_A_DAY, _PERSON
from rejectwatch.model.decisions_small_posts import _NOT_A_TEAM
from rejectwatch.model.decisions_trades import _KIN, _NOT_CUSTOMERS, _NOT_LEAVE, _STOP
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

# people who work, in the plural
_WORKERS = (
    r"(?:crew|staff|team|hands|helpers|techs|technicians|operators|guys|fellas|lads|girls|"
    r"ladies|folks|people|coaches|instructors|guides|drivers|cooks|valets|marshals|stewards|"
    r"pickers|porters|cleaners|labourers|fitters|servers|runners|dispatchers|attendants|"
    r"assistants|volunteers|workers|casuals|temps|seasonals)"
)
_TERM = (
    r"(?:season|summer|winter|spring|autumn|fall|year|route|run|tour|term|holidays|program|"
    r"programme|contract|charter|night|christmas)"
)
# never still to come: "until the check clears", "once the visa comes through"
_NOT_YET = r"(?![^.!?\n]*\b(?:until|till|unless|once|pending|before|yet|as soon as|when)\b)"
# never a new starter announced to the staff
_NOT_NEWS = (
    r"(?![^.!?\n]*\b(?:starts|starting|joins|joining|say hello|say hi|welcome|show (?:him|her|"
    r"them)|pleased|delighted|announce)\b)"
)
_NOT_BOOKING_YOU = re.compile(
    r"\b(?:won" + _A + r"t|will not|wont|shan" + _A + r"t) be booking you(?: in)?"
    r"(?=[ \t]*(?:[,.;!]|$|\n)| (?:this|for the|for this) (?:season|term|year|summer|winter|"
    r"autumn|spring|time)\b)" + _ON_A_DAY + _NOT_YET
)
_KIN_INSTEAD = re.compile(
    r"\b(?:bring|bringing|brought|put|putting|have|having) (?:his|her|my|our|their) " + _KIN
    + r"(?: in)? (?:on|at|behind) (?:the )?(?:[a-z\-]+ ){0,2}?(?:counter|till|tills|bar|round|"
    r"van|shop|desk|kitchen|floor|job|shifts|work|yard|door|stall) instead\b"
    + _NOT_LEAVE + _ON_A_DAY
    + r"|\b(?:bring|bringing|brought) (?:his|her|my|our|their) " + _KIN + r" in instead\b"
    + _NOT_LEAVE + _ON_A_DAY
)  # fmt: skip
_GIVEN_TO_KIN = re.compile(
    r"\b(?:given|giving|gave|handed|handing) (?:the|all the|my|our) (?:[a-z\-]+ ){0,3}?"
    r"(?:job|jobs|round|rounds|work|changeovers|counter|van|deliveries|spot|place|post|role|"
    r"apprenticeship|cleaning|weekends|mornings|evenings) to (?:my|our|his|her) " + _KIN + r"\b"
    + _NOT_LEAVE
    + r"(?![^.!?\n]*\b(?:today|tonight|tomorrow|this week|for the (?:day|weekend|night))\b)"
)  # fmt: skip
_ENDED_UP_TAKING = re.compile(
    r"\bended up (?:taking on|taking|hiring|picking|choosing|going with|bringing on) "
    r"(?:someone|somebody|another (?:[a-z\-]+ )?(?:applicant|candidate|person)|(?:a|an|two) "
    r"(?:[a-z\-]+ ){0,2}?(?:" + _PERSON[3:-5] + r"|regular|returner)s?\b)"
    + _NOT_NEWS + _NOT_THE_READERS
)  # fmt: skip
_GOT_THE_JOB = re.compile(
    r"\b(?:someone|somebody|another (?:applicant|candidate|person)|(?:a|an) (?:girl|lad|guy|"
    r"bloke|woman|man|person|lady|fella|local|regular|student)\b[^.!?\n]{0,40}?) got the "
    r"(?:job|role|position|post|spot|place|gig) in the end\b"
    + _NOT_NEWS
    + r"(?![^.!?\n]*\b(?:still open|still yours|you can|you" + _A + r"re|you" + _A + r"ll)\b)"
)  # fmt: skip
# (twenty-seventh pass, part S2: "(?= )\s" is the space, written so that the prefilter opens
# the reading on "staffed ", not on "for the " / "for this ", which stand in most ham: some 700
# more finds a 3,000 ham messages in the one pass, each opening this reading)
_STAFFED_FOR = re.compile(
    r"\bstaffed(?: up)? (?:(?:at|in|on) (?:the |our )?(?:[a-z\-]+ ){1,3}?)?for(?= )\s(?:the|this) "
    r"(?:[a-z\-]+ ){0,2}?" + _TERM + r"\b(?: now| already)?" + _STOP
    + r"(?![^.!?\n]*\b(?:but|still|could use|can you|you can|you" + _A + r"ll|your|request|"
    r"approved|leave|time off|day off|shift|shifts|rota)\b)" + _ON_A_DAY
)  # fmt: skip
_SET_ON_HANDS = re.compile(
    r"\b(?:we" + _A + r"re|we are|i" + _A + r"m|i am)(?: all)? (?:set|full|good|sorted) on "
    r"(?:[a-z\-]+ )?" + _WORKERS + r"(?: (?:for|this) (?:the |this )?(?:[a-z\-]+ ){0,2}?"
    + _TERM + r"| now| already)*" + _STOP + _ON_A_DAY + _NOT_LEAVE
)  # fmt: skip
_HAS_ENOUGH = re.compile(
    r"(?<!\bdoes )(?<!\bdo )(?<!\bif )\b(?:the [a-z\-]+|we) (?:has|have|got|has got|have got|"
    r"now has) enough (?:[a-z\-]+ )?" + _WORKERS + r"\b" + _NOT_LEAVE + _ON_A_DAY
    + r"(?![^.!?\n]*\b(?:go home|early|but)\b)"
)  # fmt: skip
_TEAM_SETTLED = re.compile(
    r"\b(?:has|have|" + _A + r"ve|got|" + _A + r"s got|" + _A + r"ve got) (?:his|her|their|our|"
    r"its) (?:" + _NOT_A_TEAM + r"[a-z\-]+ ){0,2}?(?:team|crew|gang|line-?up|"
    + _WORKERS[3:-1] + r") (?:all )?"
    r"(?:settled|sorted|picked|finalised|finalized|chosen|lined up)(?: for (?:the|this) "
    r"(?:[a-z\-]+ ){0,2}?" + _TERM + r"| now| already)*" + _STOP
    + _NOT_THE_READERS + _NOT_CUSTOMERS + _ON_A_DAY
)  # fmt: skip
_NO_ROOM_IN_IT = re.compile(
    r"\bno (?:place|space|room|spot)s? (?:in it|on it|on the (?!(?:mini)?bus\b|van\b|boat\b|"
    r"car\b|coach\b|train\b|table\b|lift\b|ride\b|list\b|guest)[a-z\-]+) for you"
    r"(?: just now| right now| now| this (?:year|season|time|round))?\b" + _STOP + _NOT_A_SEAT
    + _ON_A_DAY + _NOT_CUSTOMERS
)  # fmt: skip
_DIDNT_MAKE_IT = re.compile(
    r"\byou (?:didn" + _A + r"t|did not|didnt) make it (?:this|that) (?:year|time|round|season)\b"
    + r"(?![^.!?\n]*\b(?:party|feel|better|missed you|hope you|meet|meeting|call|event|night|"
    r"dinner|drinks|wedding|class)\b)"
)  # fmt: skip
_JOB_TAKEN = re.compile(
    r"\b(?:job|role|post|position|spot|counter|round|gig)" + _A + r"s (?:been )?taken"
    r"(?: now| already)?,? (?:i" + _A + r"m afraid|sorry|i" + _A + r"m sorry)\b"
    + _NOT_A_SEAT + _ON_A_DAY
)  # fmt: skip
_NOT_CONSIDERING = re.compile(
    r"\b(?:we" + _A + r"re|we are|i" + _A + r"m|i am) not (?:considering|processing|pursuing) "
    r"your (?:profile|application|cv|candidature|candidacy|resume)"
    r"(?: (?:now|further|any further|at (?:this|the) (?:moment|time|stage)))?\b" + _NOT_YET
    + r"(?![^.!?\n]*\b(?:but|instead|another role|other role|ahead|in turn|order|queue)\b)"
)  # fmt: skip
_NOT_BRINGING_ON = re.compile(
    r"\b(?:won" + _A + r"t|will not|wont|aren" + _A + r"t|are not|not going to) (?:be )?"
    r"(?:bringing|taking) you on(?: board)?(?= as\b| this (?:season|year|time|summer|winter|"
    r"round)\b|[ \t]*(?:[,.;!]|$|\n))" + _ON_A_DAY + _NOT_YET
)
_GOT_A_HAND_NOW = re.compile(
    r"\bgot (?:a|an|me a) (?:new |young |good |local )?(?:lad|lass|guy|bloke|fella|chap|"
    r"labourer|banksman|hand|helper|driver|porter|runner|picker|apprentice|trainee|deckhand|"
    r"mate)(?: for (?:the|my|our) (?:[a-z\-]+ ){0,2}?[a-z\-]+)? now\b"
    + _NOT_NEWS + _NOT_THE_READERS + _ON_A_DAY
)  # fmt: skip
_BROUGHT_BACK = re.compile(
    r"\b(?:brought|bringing|asked) back (?:both|all|all of|our|the|last (?:year|season)"
    + _A + r"s) (?:our |the )?(?:[a-z\-]+ ){0,2}?(?:" + _WORKERS[3:-1] + r"|returners|regulars)"
    r"(?: from last (?:year|season|summer|winter))?\b" + _NOT_THE_READERS
)  # fmt: skip
_ALL_GOT_NOW = re.compile(
    r"\b(?:we" + _A + r"ve|we have|i" + _A + r"ve|i have) all (?:our|the|my) (?:[a-z\-]+ ){0,2}?"
    + _WORKERS + r" (?:got|sorted|hired|picked|found)(?: now| already)?" + _STOP
    + _NOT_THE_READERS + _ON_A_DAY
)  # fmt: skip
_PERSONISH = r"(?:" + _PERSON[3:-5] + r"|lady|ladies|folk|couple|regular|local)s?"
_GONE_TO_SOMEONE = re.compile(
    r"\b(?:the|our|my|that|this) (?:[a-z\-]+ ){0,3}?(?:job|spot|spots|post|role|position|place|"
    r"places|chair|apprenticeship|vacancy|opening|classes|lessons) (?:[a-z\-]+ ){0,4}?(?:went|"
    r"(?:have|has) gone|(?:is|are) going) to (?:(?:a|an|some|two|another|other|the other) "
    r"(?:[a-z\-]+ ){0,3}?" + _PERSONISH + r"|folks|someone|somebody)\b"
    + _NOT_LEAVE + _NOT_NEWS + _ON_A_DAY
)  # fmt: skip
_ASKED_TO_DO_SEASON = re.compile(
    r"\basked (?:(?:a|an|two) (?:[a-z\-]+ ){0,2}?" + _PERSONISH
    + r"|(?!you\b|your\b|them\b|him\b|her\b|us\b|me\b|everyone\b|people\b)[a-z]+) "
    r"to (?:take|fill|do|run|have) "
    r"(?:on )?the (?:[a-z\-]+ ){0,3}?(?:season|post|role|job|position|round|chair|gig)\b"
    + _NOT_LEAVE + _ON_A_DAY
    + r"(?![^.!?\n]*\b(?:meeting|agm|committee|minutes|debate|panel discussion)\b)"
)  # fmt: skip
_NOT_YOU_THIS_YEAR = re.compile(
    r"\bsorry,? (?:that )?it(?:" + _A + r"s| is) not (?:going to be )?you (?:this|that) "
    r"(?:year|time|round|season)\b"
)
_NO_PAID_POST = re.compile(
    r"\bthere(?:" + _A + r"ll be| will be|" + _A + r"s| is) no paid (?:post|job|role|"
    r"position|work) after all\b" + _ON_A_DAY
)
_NOT_NEEDED = re.compile(
    r"\b(?:an?|another|a second) (?:[a-z\-]+ )?(?:assistant|helper|labourer|apprentice|trainee|"
    r"hand) (?:won" + _A + r"t|will not|isn" + _A + r"t|is not|wont) (?:be )?needed"
    r"(?: after all| this (?:season|year|time|summer)| now)?" + _STOP
    + _ON_A_DAY + _NOT_CUSTOMERS + _NOT_LEAVE
)  # fmt: skip
_NOT_ENOUGH_WORK = re.compile(
    r"\bnot enough work (?:coming (?:in|through) |on |about |around )?for (?:a second pair of "
    r"hands|an extra (?:pair of )?hands?|another (?:pair of hands|person|hand|worker)|an? "
    r"(?:assistant|helper|labourer|apprentice))\b" + _ON_A_DAY + _NOT_LEAVE
    + r"|\b(?:keep|keeping|carry on|carrying on|stick|sticking) (?:going |working )?(?:on my own|"
    r"by myself|on our own)(?: for now| for the (?:time being|season|year)| this (?:season|"
    r"year))?" + _STOP + _ON_A_DAY + _NOT_LEAVE
    # (forty-eighth pass: the owner who will manage alone while trade is slow, "Orders are slow
    # this winter and I'll manage alone until spring"; never "until" someone is back, nor the
    # reader in it, "until spring, when you start")
    + r"|\b(?:i|we)(?:" + _A + r"ll| will| can| shall| am going to| are going to)? (?:manage|cope|"
    r"get by|make do|muddle through|muddle on|soldier on) (?:alone|solo|single-handed(?:ly)?|on my "
    r"own|by myself|on our own|by ourselves)(?: for now| for the (?:time being|season|year|winter|"
    r"summer)| this (?:season|year|winter|summer)| until (?:the )?(?:spring|summer|autumn|winter|"
    r"new year|next year|next season|things pick up|trade picks up|orders pick up|work picks up))?"
    + _STOP + _ON_A_DAY + _NOT_LEAVE + r"(?![^.!?\n]*\byou)"
)  # fmt: skip
_A_PASS = re.compile(
    # (sixtieth pass: or bare after "so", "the hire's a guy with prior tin-roller time, so a pass
    # from us", slice 145)
    r"(?:\bit(?:" + _A + r"s| is) a pass(?: from (?:us|me))?|\bso a pass from (?:us|me))"
    r"(?: for now| this time| for this (?:season|year|round))?" + _STOP
    + r"|\bpass(?:ing)? on (?:adding|taking|hiring|bringing|having|booking|putting) you\b"
    + _NOT_A_POST + r"(?![^.!?\n]*\b(?:chat|group|till|until)\b)" + _ON_A_DAY
)  # fmt: skip
_CANT_HIRE_YOU = re.compile(
    r"\b(?:can" + _A + r"t|cannot|can not|won" + _A + r"t be able to|are unable to|aren" + _A
    + r"t able to|are not able to) (?:hire|employ|onboard|engage) you\b"
    + r"(?![^.!?\n]*\b(?:until|till|unless|once|pending|before|yet|without)\b)"
)  # fmt: skip
_NOT_ON_THE_BANK = re.compile(
    r"\byou(?:" + _A + r"re| are) not (?:on|in) the (?:[a-z\-" + _A[1:-1] + r"]+ ){0,2}?"
    r"(?:bank|panel|register|pool) (?:this|for this) (?:round|time|year|intake)\b" + _NOT_A_POST
)
_JOBS_FILLED = re.compile(
    r"\b(?:the|our) (?:[a-z\-]+ ){0,3}?(?:jobs|positions|vacancies|posts|roles|openings) "
    r"(?:[a-z\-]+ ){0,4}?(?:are|were|have been) (?:all |now )?filled (?:for|this) (?:the |this )?"
    r"(?:[a-z\-]+ )?(?:season|year|summer|winter|christmas)\b" + _STOP + _NOT_THE_READERS
    + r"|\byou (?:won" + _A + r"t|will not) be (?:getting|given|offered) a start date\b"
    + _NOT_YET
)  # fmt: skip

READINGS = readings(
    ("reader_out", _NOT_BOOKING_YOU),
    ("chose_other", _KIN_INSTEAD),
    ("chose_other", _GIVEN_TO_KIN),
    ("chose_other", _ENDED_UP_TAKING),
    ("chose_other", _GOT_THE_JOB),
    ("role_gone", _STAFFED_FOR),
    ("role_gone", _SET_ON_HANDS),
    ("role_gone", _HAS_ENOUGH),
    ("role_gone", _TEAM_SETTLED),
    ("reader_out", _NO_ROOM_IN_IT),
    ("reader_out", _DIDNT_MAKE_IT),
    ("role_gone", _JOB_TAKEN),
    ("reader_out", _NOT_CONSIDERING),
    ("reader_out", _NOT_BRINGING_ON),
    ("role_gone", _GOT_A_HAND_NOW),
    ("role_gone", _BROUGHT_BACK),
    ("role_gone", _ALL_GOT_NOW),
    ("chose_other", _GONE_TO_SOMEONE),
    ("chose_other", _ASKED_TO_DO_SEASON),
    ("reader_out", _NOT_YOU_THIS_YEAR),
    ("role_gone", _NO_PAID_POST),
    ("role_gone", _NOT_NEEDED),
    ("role_gone", _NOT_ENOUGH_WORK),
    ("reader_out", _A_PASS),
    ("reader_out", _CANT_HIRE_YOU),
    ("reader_out", _NOT_ON_THE_BANK),
    ("role_gone", _JOBS_FILLED),
)
