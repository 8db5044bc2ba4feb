"""A small outfit's places gone to others, in forms slice 26's wide English misses showed unread
(issue 11, twenty-eighth pass, part E): a clockmaker, a piano workshop, a llama-trek page's
reply, a velodrome's events desk and a maple farm, each writing to one applicant by mail or a
page's message.

Each form is written here in several wordings and settings, never for one message:

* **room for one only, and another taken on**: "I can only afford one apprentice this year, and
  I have taken on a young man who …", "we only had room for one intern, so we went with a
  student from the college" (never the reader, never a hire beside the reader's);
* **the post being given to the other**: "so I'm giving it to the other lad", "we're offering
  the place to someone else", "I've decided to give the job to another applicant" (never a
  thing handed over for a task, "to the other lad to finish", never a day's cover);
* **the hands set or sorted for the term**: "the tapping crew is set", "our volunteer team's
  all sorted for this year", "we've got our leaders sorted for this year" (never the reader's
  start, never a day's outing, a match or a quiz side);
* **no slot for the reader this time**: "so there's no slot for you this time", "no slot for
  you this season" (never a day, a rota, an appointment or a customer's booking);
* **last year's people taken back**: "we took back last year's people", "we've had last
  season's pickers back" (never with the reader among them, never stock or returns).

The sentences are read wherever they stand: a page's or a platform's wrapper quoting the owner
("X replied to your message: '…'") is negation._RELAYED's, as before.

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_casual import _A, _NOT_A_SEAT, _NOT_THE_READERS
from rejectwatch.model.decisions_crewed import _BESIDES, _NOT_A_POST, _ON_A_DAY, _PERSON
from rejectwatch.model.decisions_small_posts import _NO_YOU, _NOT_A_TEAM, _NOT_AN_OUTING
from rejectwatch.model.decisions_staffed import _NOT_NEWS, _WORKERS
from rejectwatch.model.decisions_trades import _NOT_CUSTOMERS, _NOT_LEAVE, _STOP
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS", "STANDING"]

# a person, in the words a small outfit uses (decisions_crewed._PERSON, and a few more)
_ANYONE = r"(?:" + _PERSON[3:-5] + r"|one|youngster|lady|fellow|intern|trainee|volunteer)s?\b"
# someone other than the reader
_ANOTHER = (
    r"(?:the other (?:[a-z\-]+ )?" + _ANYONE + r"|someone else|somebody else|(?:a|an|another) "
    r"(?:[a-z\-]+ ){0,2}?" + _ANYONE + r")"
)
# ... or someone described, once the room for one is told
_SOMEONE = r"(?:" + _ANOTHER[3:-1] + r"|(?:someone|somebody) (?=who|with|from|that)\b)"
# a post a small outfit fills
_POST = (
    r"(?:job|role|post|position|place|spot|apprenticeship|placement|traineeship|internship|"
    r"opening|vacancy|berth|work)"
)
# (part K: never a supplier or an event's speaker, "we can only afford one caterer this year, and
# we have gone with a local firm", "we only had room for one speaker on the panel")
_NOT_A_SUPPLIER = (
    r"(?![^.!?\n]*\b(?:firms?|compan(?:y|ies)|suppliers?|vendors?|contractors?|caterers?|catering|"
    r"bands?|djs?|venues?|quotes?|speakers?|panel|conference|gala|festival|wedding"
    # (nor a class's, a trip's or a team's one more place, "only had room for one more child in
    # the tuesday class, so we went with a girl from the waiting list")
    r"|trip|child|children|kids?|pupils?|players?|squad|match|game|waiting list)\b)"
)
_ONLY_ONE_TAKEN = re.compile(
    r"\bonly " + _NOT_A_SUPPLIER
    + r"(?:afford|take|manage|keep|have|had|got|need|needed|fit|train|pay for|take on|"
    r"(?:have |had |got |enough )?(?:room|space|money|work|budget|headcount|funding|funds|"
    r"capacity|places?) for) (?:the )?one\b[^.!?\n]{0,60}?"
    r"(?:,? and|,? so|;|,) (?:i|we)(?:" + _A + r"ve| have| had|" + _A + r"d)?(?: now| already| "
    r"just)? (?:taken on|took on|hired|gone with|went with|picked|chosen|chose|signed(?: up)?|"
    r"(?:given|gave|offered) (?:it|the " + _POST + r") to) " + _SOMEONE
    + _BESIDES + _NO_YOU + _NOT_NEWS + _ON_A_DAY
)  # fmt: skip
_GIVING_IT_TO = re.compile(
    r"\b(?:i|we)(?:" + _A + r"m| am|" + _A + r"re| are|" + _A + r"ve| have|" + _A + r"ll| will)?"
    r"(?: (?:going to|gonna|decided to|chosen to|just|now))* "
    r"(?:giving|offering|handing|give|offer|hand|gave|offered|handed|given) "
    r"(?:it|the (?:[a-z\-]+ ){0,2}?" + _POST + r") to " + _ANOTHER
    + r"(?=[ \t]*(?:[,.;:!\u2014\u2013)]|-[ \t]|$|\n)| (?:who|that|with|because|as|since|"
    r"instead|in the end|this (?:time|year|season))\b)"
    + _NOT_LEAVE + _NOT_A_POST + _NOT_A_SEAT + _ON_A_DAY + _NOT_NEWS
    # (part K: never a home let, "we're giving it to another applicant who can move in on the 1st")
    + r"(?![^.!?\n]*\b(?:move in|moving in|tenan\w*|flat|lease|rent|deposit)\b)"
)  # fmt: skip
_TERM = (
    r"(?:season|summer|winter|spring|autumn|year|term|series|run|tour|intake|harvest|"
    r"programme|program)"
)
# the people an outfit takes on for its season, in the plural (decisions_staffed._WORKERS, the
# plural of a person decisions_crewed._PERSON names, and the roles of a season's casual staff)
_HANDS = (
    r"(?:" + _WORKERS[3:-1] + r"|(?:" + _PERSON[3:-5] + r")s|leaders|wardens|rangers|hosts|"
    r"tappers|shearers|beaters|loaders|riders|grooms|trainees|interns|tutors|ushers|"
    r"invigilators|examiners|assessors|tellers|lifeguards|caddies|umpires|referees|scorers|"
    r"mentors|counsellors|presenters|performers|crew members)"
)
# never the reader's own start, a customer's booking, a day's outing, staff news
_HANDS_TAIL = (
    _NO_YOU
    + _NOT_THE_READERS
    + _NOT_A_SEAT
    + _NOT_CUSTOMERS
    + _ON_A_DAY
    + _NOT_AN_OUTING
    + _NOT_NEWS
)
# (part K: never a season's list given out, "our referees are set for the season, and the
# fixtures list is attached")
_NOT_A_LIST = (
    r"(?![^.!?\n]*\b(?:fixtures?|rota|schedule|timetable|draw|list|line-?up|names) (?:is|are) "
    r"(?:attached|below|enclosed|out|up|online)\b)"
)
_SET_FOR_TERM = (
    r"(?: for (?:the|this) (?:[a-z\-]+ ){0,2}?" + _TERM + r"| now| already)*" + _STOP + _HANDS_TAIL
    + _NOT_A_LIST
)  # fmt: skip
_HANDS_SET = re.compile(
    r"(?<!\byour )\b(?:the|our) (?:" + _NOT_A_TEAM + r"[a-z\-]+ ){0,2}?" + _HANDS
    + r"(?:" + _A + r"s| is| are)(?: all| now| already)? (?:set|sorted|settled|picked|chosen|"
    r"finalised|finalized)" + _SET_FOR_TERM
    + r"|\b(?:we|i)(?:" + _A + r"ve| have|" + _A + r"d| had)?(?: now| already| all)* got "
    r"(?:our|the|all our|all the) (?:" + _NOT_A_TEAM + r"[a-z\-]+ ){0,2}?" + _HANDS
    + r" (?:all )?(?:sorted|set|picked|chosen|lined up)" + _SET_FOR_TERM
)  # fmt: skip
_NO_SLOT_THIS_TIME = re.compile(
    r"\bno slots? (?:left |free |going )?for you this (?:time|season|year|series|round|intake|"
    r"term|summer|winter|spring|autumn)\b" + _STOP + _NOT_A_SEAT + _NOT_CUSTOMERS + _ON_A_DAY
    + r"(?![^.!?\n]*\b(?:clinic|surgery|dentist|doctor|nurse|treatment|vaccin\w*|test|exam|"
    r"session|lesson|course|interview|call|until|next (?:week|month))\b)"
)  # fmt: skip
# last year's people, taken back
_LAST_YEARS = (
    r"(?:all |both |most )?(?:of )?(?:our |the )?last (?:year|season|summer|winter)"
    + _A
    + r"s (?:[a-z\-]+ ){0,2}?(?:"
    + _HANDS[3:-1]
    + r"|lot|regulars|returners)"
)
_TAKE_BACK = r"\b(?:took|taken|taking|had|having|got|getting|brought|bringing|welcomed)"
# (part K: never guests back for a meal or a party, "we had last year's lot back for the harvest
# supper")
_NOT_A_GATHERING = (
    r"(?![^.!?\n]*\bfor (?:the |a |an |our |their )?(?:[a-z\-" + _A[1:-1] + r"]+ ){0,3}?"
    r"(?:supper|dinner|lunch|meal|party|reunion|barbecue|bbq|drinks|visit|concert|show|"
    r"celebration|ceilidh|dance|night|evening|open day)\b(?![ \-](?:club|group|rota|team|shifts?|"
    r"kitchen|staff|crew|service)\b))"
)
_BACK_TAIL = _NO_YOU + _NOT_THE_READERS + _NOT_CUSTOMERS + _NOT_NEWS + _NOT_A_GATHERING
_LAST_YEARS_BACK = re.compile(
    _TAKE_BACK + r" back " + _LAST_YEARS + r"\b" + _BACK_TAIL
    + r"|" + _TAKE_BACK + r" " + _LAST_YEARS + r" back\b" + _BACK_TAIL
)  # fmt: skip

_GIVING = readings(("chose_other", _GIVING_IT_TO))
READINGS = _GIVING + readings(
    ("chose_other", _ONLY_ONE_TAKEN),
    ("role_gone", _HANDS_SET),
    ("reader_out", _NO_SLOT_THIS_TIME),
    ("role_gone", _LAST_YEARS_BACK),
)
# the post given to the other stands after a reason whose own negation reads as conditional
# ("you can't until autumn, so I'm giving it to the other lad"): its own clause after "so" was
# looked at for a condition (negation._outcomes)
STANDING = tuple(pattern for _, _, pattern in _GIVING)
