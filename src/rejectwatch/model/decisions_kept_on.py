"""Casual refusals from seasonal and small-outfit trades, in their general forms (issue 11,
twenty-eighth pass, part W): written-47's misreadings (a bulb farm, Christmas turkeys, pea
viners, a calf rearer, a glasshouse, greyhound kennels, a quiz night, beach donkeys, a film set,
bike couriers, a pawn shop, punting, a stud farm, a mehndi studio, ...) by mail, a landline
text, an e-card, a housemate's message, a coaching platform or a reply from a watch.

Each form is written here in several wordings and trades, never for one message:

* **all the hands we need**: "we've got all the pickers we need for the flower season now",
  "we've employed the attendants we needed for December" (never a day, never the reader's own);
* **nothing for the reader this season**: "nothing for you this year I'm afraid", "so no work
  for you this crop" (never "to do", never a raffle, a class or a booking);
* **"sorry you missed out this time"** (never a draw, tickets or a day);
* **grand or full for hands**: Irish "we're grand for pluckers this Christmas", "we're full for
  marquee crew this summer", "we're good on couriers for the winter" (never guests, never a
  day, never with "but");
* **crewed up**: "the viners are crewed up for the season" (never "until" or "once");
* **"can't use you this year"** (never a day, never "until");
* **someone lined up**: "we've got a calf rearer lined up for spring already" (never a day,
  never a party, never for the reader);
* **no one more taken on**: "not going to take anyone on after all", "we're not taking on
  extra glasshouse staff this summer", "he not taking on anybody else on the grill now",
  "we're not hiring for the counter anymore", "we're gonna hold off on adding a sales associate
  right now" (never customers or work, never "until", never with "but");
* **no room on the rota for the reader**: "there won't be room for you on the stewards' rota",
  "no slot on the timetable for you this term", "no place on the grading line for you" (never
  a bus, a guest list or a course, never a day);
* **the post left for now**: "we'll leave the trainee packer spot for now", "we'll leave it for
  this season" (never "leave it for now" alone: a meeting says that);
* **not the right match**: "we don't think the bar is the right match for you right now"
  (never with another slot offered);
* **sticking with the hands we have**: "I'm going to stick with the two lads I have" (never a
  day, never the reader in it);
* **going with a named other as the post**: "we're going with Niamh as the quiz host";
* **someone described selected**: "the academy has selected a coach having state-level
  experience" (never a new starter announced);
* **the post going to one of ours**: "the coach role is going to one of our volunteer coaches";
* **the post given to someone described**: "we're giving the chair to a lash tech who's ...";
* **no one needed**: "so I don't need anyone" (never "to" do something, never a party);
* **last year's hand kept on**: "I've kept on last year's girl";
* **the reader's name not on the list** (never a guest list, never "shall I add it");
* **a season booked without the reader**: "this wedding season is booked without you" (never
  while the reader was away);
* **the places filled**: "we've filled the chauffeur places for the summer", "all our holiday
  gift wrap shifts are filled", "the foaling season jobs are filled now" (never a day's
  shifts, never seats or a course, never with an offer of another);
* **the owner says no on the job**; **went a different way for the post**; **the job kept for
  someone of ours**; Irish **"the job is after going to a girl who ..."**; **the gig kept in
  house**; **"we cannot include you now"**; **"I've got someone for the bakery"**; **"not
  going ahead for you"**; **full for the year "and you won't be on it"**; **the same gang as
  last year back**.

Left unread: a landline text's refusal under its "From: / Sent:" lines (read as a reply's
quoted history, trim.strip_quoted); "the car guard spots are all allocated" (parking spots read
the same); a Caribbean "so we full up for the season" (a campsite says it to campers).

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_casual import _A, _NOT_A_SEAT, _NOT_THE_READERS
from rejectwatch.model.decisions_crewed import _NOT_A_POST, _ON_A_DAY, _PERSON
from rejectwatch.model.decisions_staffed import _NOT_NEWS, _NOT_YET, _WORKERS
from rejectwatch.model.decisions_trades import _NOT_CUSTOMERS, _NOT_LEAVE, _STOP
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

# people who work, in the plural: the staffed module's and more trades' own words
_HANDS = (
    r"(?:" + _WORKERS[3:-1] + r"|pluckers|couriers|riders|cutters|hosts|wrappers|chauffeurs|"
    r"deckies|deckhands|grooms|viners|packers|graders|planters|boys|waiters|leaders|artists|"
    r"associates|agents|clerks|therapists|rearers|minders|coaches)"
)
# one person in a post (a trade's own word), singular or plural
_ROLE = (
    r"(?:" + _PERSON[3:-5] + r"|associate|clerk|host|agent|attendant|operator|controller|"
    r"courier|packer|rider|rearer|artist|therapist|tech|camera op|pa|merch person|caller|"
    r"ranger|warden|keeper|guard|handler|presenter|compere)(?:e?s)?\b"
)
# a season, a year's part, a month or Christmas
_WHEN = (
    r"(?:season|summer|winter|spring|autumn|fall|harvest|year|term|crop|run|tour|christmas|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)"
)
_TERM_AFTER = (
    r"(?: (?:for |this |over )(?:the |this )?(?:[a-z\-]+ ){0,2}?" + _WHEN
    + r"| now| already| right now| for now| at the moment| after all| any ?more)*"
)  # fmt: skip
_WE = r"(?:we" + _A + r"ve|we have|i" + _A + r"ve|i have|we|i)"
_NOT_BUT = r"(?![^.!?\n]*\bbut\b)"
# a clause's end, or a reason after it ("... this summer as the second block isn't planted")
_OR_A_REASON = r"(?:" + _STOP + r"|(?= (?:as|because|since|cos|coz)\b))"
# no "you" later in the sentence: not the reader's own place, shift or cover
_NO_YOU = r"(?![^.!?\n]*\byou)"
# nobody's leave or cover ("for a while" is no leave)
_NOT_AWAY = (
    r"(?![^.!?\n]*\b(?:holiday|holidays|leave|day off|time off|away|cover|covering|while you|"
    r"until|till|you can|you" + _A + r"re|you" + _A + r"ll|rota|shift)\b)"
)
# a day's words inside a phrase ("all Saturday shifts"): never a day's cover
_NOT_A_DAYS = (
    r"(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|tomorrow|today|"
    r"tonight|overtime|extra|spare)\b)"
)

_ALL_WE_NEED = re.compile(
    r"\b" + _WE + r" (?:got|employed|hired|taken on|found|recruited) (?:all )?the (?:[a-z\-]+ )?"
    + _HANDS + r" (?:we|i) (?:need|needed|want|wanted)" + _TERM_AFTER + _STOP
    + _ON_A_DAY + _NOT_THE_READERS
)  # fmt: skip
_NOTHING_FOR_YOU = re.compile(
    r"\b(?:nothing|no work|no job|no jobs) for you (?:this|for this|for the) " + _WHEN + r"\b"
    + _NOT_YET + _NOT_A_POST + _NOT_CUSTOMERS
)  # fmt: skip
_MISSED_OUT = re.compile(
    r"\b(?:sorry|shame|a shame|a pity|unlucky)(?: that)? you(?:" + _A + r"ve)? missed out "
    r"(?:this|on this) (?:time|year|round|season|one)\b" + _NOT_A_POST + _NOT_CUSTOMERS
    + _ON_A_DAY
)  # fmt: skip
_GRAND_FOR_HANDS = re.compile(
    r"\b(?:we" + _A + r"re|we are|i" + _A + r"m|i am) (?:grand|good|right|fine|sorted|full|set) "
    r"(?:for|on) (?:[a-z\-]+ )?" + _HANDS + _TERM_AFTER + _STOP + _ON_A_DAY + _NOT_LEAVE
    + _NOT_CUSTOMERS + _NOT_BUT
)  # fmt: skip
_CREWED_UP = re.compile(
    r"\b(?:are|is|we" + _A + r"re|we are|" + _A + r"re) (?:all )?(?:crewed|manned) up"
    + _TERM_AFTER + _STOP + _NOT_YET + _ON_A_DAY + _NOT_THE_READERS
)  # fmt: skip
_CANT_USE_YOU = re.compile(
    r"\b(?:can" + _A + r"t|cannot|can not|won" + _A + r"t be able to|couldn" + _A + r"t) use "
    r"you" + _TERM_AFTER + _STOP + _NOT_YET + _ON_A_DAY
)  # fmt: skip
_LINED_UP = re.compile(
    r"\b" + _WE + r" got (?:a|an|someone|somebody|another)(?: [a-z\-]+){0,3}? lined up"
    + _TERM_AFTER + _STOP + _ON_A_DAY + _NOT_A_SEAT + _NOT_THE_READERS
)  # fmt: skip
_ANYONE_MORE = (
    r"(?:any(?:one|body)(?: else)?|any more (?:[a-z\-]+ )?" + _HANDS + r"|(?:extra|more|new|"
    r"additional) (?:[a-z\-]+ )?" + _HANDS + r")"
)
_NOT_TAKING_ON = re.compile(
    r"\bnot (?:going to |gonna )?(?:take|taking) " + _ANYONE_MORE + r" on" + _TERM_AFTER
    + _STOP + _NOT_YET + _NOT_BUT
    + r"|\bnot (?:going to |gonna )?(?:taking on|take on|hiring|recruiting|adding|employing) "
    + _ANYONE_MORE + r"(?: (?:on|at|for|in) the (?:[a-z\-]+ ){0,2}?[a-z\-]+)?" + _TERM_AFTER
    + _OR_A_REASON + _NOT_YET + _NOT_BUT + _NOT_CUSTOMERS + _ON_A_DAY
    + r"|\bnot hiring (?:for|on) the (?:[a-z\-]+ ){0,2}?[a-z\-]+ (?:any ?more|after all)\b"
    + _NOT_BUT + _NOT_CUSTOMERS
    + r"|\bhold(?:ing)? off on (?:adding|hiring|taking on|bringing on|recruiting) (?:a|an|"
    r"another|any) (?:[a-z\-]+ ){0,2}?" + _ROLE + _TERM_AFTER + _STOP + _NOT_YET + _NOT_BUT
)  # fmt: skip
_RENT = r"(?:rota|roster|timetable|team|crew|list|books|line|chain|floor|schedule|bank)\b"
_NO_ROOM_ON = re.compile(
    r"\b(?:no|won" + _A + r"t be (?:any )?|will not be (?:any )?|isn" + _A + r"t (?:any )?)"
    r"(?:room|space|place|slot|spot)s? for you on (?:the|our) (?:[a-z\-" + _A[1:-1] + r"]+ ){0,2}?"
    + _RENT + _NOT_A_SEAT + _NOT_CUSTOMERS + _ON_A_DAY
    + r"|\bno (?:room|space|place|slot|spot)s? on (?:the|our) (?:[a-z\-" + _A[1:-1] + r"]+ ){0,2}?"
    + _RENT + r" for you\b" + _NOT_A_SEAT + _NOT_CUSTOMERS + _ON_A_DAY
)  # fmt: skip
_LEAVE_IT = re.compile(
    r"\b(?:we" + _A + r"ll|we will|i" + _A + r"ll|i will|gonna|going to) leave (?:it|the "
    r"(?:[a-z\-]+ ){0,3}?(?:spot|job|role|post|position|place|gig|apprenticeship)) (?:for "
    r"(?:this|the) (?:[a-z\-]+ )?(?:season|year|summer|winter|term|round)|this (?:season|year|"
    r"round))" + _STOP + _NOT_YET + _ON_A_DAY + _NOT_A_SEAT
    + r"|\bleave the (?:[a-z\-]+ ){0,3}?(?:spot|job|role|post|position|gig|apprenticeship) for "
    r"now" + _STOP + _NOT_YET + _ON_A_DAY + _NOT_A_SEAT
)  # fmt: skip
_NOT_RIGHT_MATCH = re.compile(
    r"\b(?:don" + _A + r"t|do not) think (?:the|this) (?:[a-z\-]+ ){0,2}?(?:bar|job|role|team|"
    r"place|position|post|crew|work|shop|kitchen) is (?:the |a )?right (?:match|fit) for you"
    r"(?: right now| now| at the moment| just now)?" + _STOP
    + r"(?![^.!?\n]*\b(?:let" + _A + r"s|instead|how about|another|other|would|could)\b)"
)  # fmt: skip
_STICK_WITH = re.compile(
    r"\b(?:stick|sticking|stay|staying) with the (?:[a-z\-]+ ){0,2}?"
    r"(?:lads|girls|guys|ones|" + _HANDS[3:-1] + r") (?:i|we) (?:have|"
    + _A + r"ve got|already have|got|had)\b" + _ON_A_DAY + _NO_YOU + _NOT_LEAVE
)  # fmt: skip
_GOING_WITH_AS = re.compile(
    r"\b(?:we" + _A + r"re|we are|i" + _A + r"m|i am|we" + _A + r"ve|we have) (?:going|gone|"
    r"decided to go) with (?!you\b|your\b)[a-z]+ as (?:the|our) (?:[a-z\-]+ ){0,2}?" + _ROLE
    + _ON_A_DAY + _NO_YOU + _NOT_NEWS
)  # fmt: skip
_SELECTED_SOMEONE = re.compile(
    r"\b(?:has|have|" + _A + r"ve) (?:selected|chosen|picked) (?:a|an) (?:[a-z\-]+ ){0,2}?"
    + _ROLE + r" (?:having|with|who)\b" + _NOT_NEWS + _NOT_THE_READERS + _ON_A_DAY
)  # fmt: skip
_TO_ONE_OF_OURS = re.compile(
    r"\b(?:job|role|post|position|place|spot|spots|places|chair|gig|work|shifts) (?:is |are |"
    r"has |have )?(?:going|gone|went|been given|given) to one of (?:our|the|my) "
    r"(?:[a-z\-]+ ){0,2}?" + _ROLE + _NOT_LEAVE + _NOT_NEWS + _ON_A_DAY
)  # fmt: skip
_GIVING_IT_TO = re.compile(
    r"\b(?:giving|gave) the (?:[a-z\-]+ ){0,2}?(?:chair|job|role|spot|place|post|position|gig|"
    r"shifts|hours) to (?:a|an|another|someone|somebody)\b" + _NOT_AWAY + _NOT_NEWS + _ON_A_DAY
    + r"(?![^.!?\n]*\b(?:meeting|agm|committee|minutes|debate)\b)"
)  # fmt: skip
_NO_ONE_NEEDED = re.compile(
    r"\b(?:i|we) (?:don" + _A + r"t|do not|won" + _A + r"t|will not|dont) need (?:anyone|"
    r"anybody|nobody|any more (?:help|hands|staff))(?: else)?" + _TERM_AFTER + _STOP
    + _ON_A_DAY + _NOT_YET + _NOT_A_SEAT
)  # fmt: skip
_NOT_NEEDED_NOW = re.compile(
    r"\b(?:now|already),? so you (?:won" + _A + r"t|will not|wont) be needed\b" + _TERM_AFTER
    + _STOP + _ON_A_DAY + _NOT_YET
    + r"|\byou (?:won" + _A + r"t|will not|wont) be needed (?:this (?:[a-z\-]+ )?" + _WHEN
    + r"|for (?:the|this) (?:[a-z\-]+ ){0,2}?" + _WHEN + r"|after all|any ?more)\b" + _STOP
    + _ON_A_DAY + _NOT_YET + _NOT_A_SEAT
)  # fmt: skip
_KEPT_ON = re.compile(
    r"\b(?:kept|keeping) on (?:the same|our "
    r"(?:old|usual|regular)) (?:[a-z\-]+ )?(?:girl|lad|guy|ones|" + _ROLE[3:]
)
_NAME_NOT_ON = re.compile(
    r"\byour name(?:" + _A + r"s not| is not| isn" + _A + r"t| wasn" + _A + r"t| was not) on "
    r"(?:the|our) (?:[a-z\-]+ )?(?:list|rota|roster|call sheet)\b"
    + r"(?![^.!?\n]*\b(?:guest|party|shall|should|add|can you|could you|let me|yet|until)\b)"
    + r"(?<!guest list)"
)  # fmt: skip
_WITHOUT_YOU = re.compile(
    r"\b(?:season|crew|team|rota|roster|tour|line-?up|cast) (?:is|are|was|were|has been|have "
    r"been|got) (?:booked|cast|crewed|filled|staffed|picked|sorted|made up|set) without you\b"
    + r"(?![^.!?\n]*\b(?:away|ill|sick|off|holiday|leave)\b)" + _ON_A_DAY
)  # fmt: skip
_POSTS = r"(?:places|spots|jobs|positions|posts|roles|vacancies|slots|shifts)"
_PLACES_FILLED = re.compile(
    r"\b" + _WE + r" filled (?:the|our|all (?:the|our)|both) (?:" + _NOT_A_DAYS + r"[a-z\-]+ )"
    r"{0,2}?" + _POSTS + r"(?: for (?:the|this) (?:[a-z\-]+ ){0,2}?" + _WHEN + r"| this "
    + _WHEN + r")?" + _STOP + _NOT_CUSTOMERS + _NOT_A_POST + _ON_A_DAY + _NO_YOU
    + r"|\b(?:all )?(?:our|the) (?:" + _NOT_A_DAYS + r"[a-z\-]+ ){0,3}?" + _POSTS
    # (fifty-fourth pass: or full, "the management has concluded the hiring and the slots are
    # full")
    + r" (?:(?:are|have been) (?:all )?filled|are (?:now |all |already )?full)(?: now| already)?"
    r"(?=[ \t]*(?:[,.;:!]|$|\n)| (?:so|and|with|by)\b)" + _NOT_CUSTOMERS + _NOT_A_POST
    + _ON_A_DAY + _NO_YOU + _NOT_BUT
)  # fmt: skip
_SAYS_NO = re.compile(
    r"\b(?:owner|boss|manager|gaffer|committee|chef|skipper|captain|he|she|they) (?:says|said|"
    r"say) no (?:on|to) (?:the|your) (?:[a-z\-]+ ){0,2}?(?:job|role|position|post|application|"
    r"gig|spot|place)\b" + _ON_A_DAY
    + r"(?![^.!?\n]*\b(?:holiday|holidays|leave|day off|time off|away|swap|cover)\b)"
)  # fmt: skip
_OTHER_WAY = re.compile(
    r"\bwent (?:a|in a) different (?:way|direction) (?:for|with) the (?:[a-z\-]+ ){0,2}?" + _ROLE
)
_KEPT_FOR = re.compile(
    r"\b(?:kept|keeping|saved|saving) the (?:[a-z\-]+ ){0,3}?(?:job|role|post|spot|place|"
    r"position|gig|work|hours|shifts) for (?:our|my|his|her|their|a|an|one of)\b"
    + _NOT_LEAVE + _ON_A_DAY + _NOT_YET + _NO_YOU
)  # fmt: skip
_IS_AFTER_GOING = re.compile(
    r"\b(?:job|role|spot|post|position|place|gig|shifts|work)(?:" + _A + r"s| is| has) after "
    r"going to (?:a|an|another|someone|somebody|one of)\b" + _NOT_LEAVE + _ON_A_DAY
)
_IN_HOUSE = re.compile(
    r"\bkeep(?:ing)? the (?:[a-z\-]+ ){0,3}?(?:gig|job|role|position|post|vacancy|spot) "
    r"in[- ]house\b" + _NOT_YET
)
_CANT_INCLUDE_YOU = re.compile(
    r"\b(?:can" + _A + r"t|cannot|can not|are unable to|won" + _A + r"t be able to) include "
    r"you(?: now| this (?:time|season|year|round)| for (?:this|the) (?:[a-z\-]+ )?(?:season|"
    r"year|time))?" + _STOP + _NOT_YET + _NOT_A_SEAT
)  # fmt: skip
_GOT_SOMEONE_FOR = re.compile(
    r"\b(?:we" + _A + r"ve|we have|i" + _A + r"ve|i have) got (?:someone|somebody) for the "
    r"(?:[a-z\-]+ ){0,2}?[a-z\-]+" + _STOP + _ON_A_DAY + _NOT_CUSTOMERS + _NOT_A_SEAT + _NO_YOU
    + r"(?![^.!?\n]*\b(?:leak|boiler|repair|fix|quote|delivery|van|move)\b)"
)  # fmt: skip
_NOT_AHEAD_FOR_YOU = re.compile(
    r"\b(?:isn" + _A + r"t|is not|" + _A + r"s not|not) going (?:ahead|forward) for you\b"
    r"(?! lot)" + _NOT_YET + _ON_A_DAY
)
_FULL_NOT_ON_IT = re.compile(
    r"\bfull(?: up)? for (?:this|the) (?:[a-z\-]+ )?(?:year|season|summer|winter) and you "
    r"(?:won" + _A + r"t|will not) be (?:on|in) it\b"
)
_SAME_GANG_BACK = re.compile(
    r"\bthe same (?:gang|crew|lads|girls|team|hands|staff|people|ones|" + _HANDS[3:-1] + r") as "
    r"(?:last|the last) [a-z]+ (?:are|is) back\b" + _NOT_THE_READERS
)

READINGS = readings(
    ("role_gone", _ALL_WE_NEED),
    ("reader_out", _NOTHING_FOR_YOU),
    ("reader_out", _MISSED_OUT),
    ("role_gone", _GRAND_FOR_HANDS),
    ("role_gone", _CREWED_UP),
    ("reader_out", _CANT_USE_YOU),
    ("chose_other", _LINED_UP),
    ("role_gone", _NOT_TAKING_ON),
    ("reader_out", _NO_ROOM_ON),
    ("role_gone", _LEAVE_IT),
    ("reader_out", _NOT_RIGHT_MATCH),
    ("chose_other", _STICK_WITH),
    ("chose_other", _GOING_WITH_AS),
    ("chose_other", _SELECTED_SOMEONE),
    ("chose_other", _TO_ONE_OF_OURS),
    ("chose_other", _GIVING_IT_TO),
    ("role_gone", _NO_ONE_NEEDED),
    ("chose_other", _KEPT_ON),
    ("reader_out", _NOT_NEEDED_NOW),
    ("reader_out", _NAME_NOT_ON),
    ("reader_out", _WITHOUT_YOU),
    ("role_gone", _PLACES_FILLED),
    ("reader_out", _SAYS_NO),
    ("chose_other", _OTHER_WAY),
    ("chose_other", _KEPT_FOR),
    ("chose_other", _IS_AFTER_GOING),
    ("chose_other", _IN_HOUSE),
    ("reader_out", _CANT_INCLUDE_YOU),
    ("chose_other", _GOT_SOMEONE_FOR),
    ("reader_out", _NOT_AHEAD_FOR_YOU),
    ("reader_out", _FULL_NOT_ON_IT),
    ("role_gone", _SAME_GANG_BACK),
)
