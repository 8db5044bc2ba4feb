"""Small posts refused in forms a small trade or a group writes (issue 11, twenty-seventh pass,
part E): slice 25's wide English misses (a tea blender, a hut committee's newsletter, a heel
bar's noticeboard, a tree farm's page, a fairground's call log, an engravers' guild, a willow
crafts reply-all, a kite school's booking platform) read in their general forms.

Each form is written here in several wordings and trades, never for one message:

* **the only spot taken by someone**: "we only have one spot this season and Jules from our
  instructor course has taken it", "we only had one opening and Tomasz, who worked the spring
  fair, has got it" (never a lesson's, a class's or a tour's spot, never the reader);
* **a person described who got it**, opening its sentence: "A lad who already does key cutting
  got it", "a young woman from the college got the apprenticeship" (never "got it to us",
  "got it fixed": the clause ends there);
* **the crew sorted**: "we've got our netting and loading crew sorted from returning pickers
  now", "we've got the pickers all sorted" (never a quiz or a party team, never with the reader
  starting);
* **kept as it is rather than take anyone on**: "we're going to keep it that way through the
  winter rather than take anyone on", "we'll manage the shop ourselves instead of hiring anyone"
  (never the reader trained up, never for a day, a week or a cover);
* **a group note to those who applied and were not picked**: "To those who applied and weren't
  picked this year, thank you" (never "if you applied", never to those picked);
* **none of them with a place for the reader**: "none of them has a place for you", "none of the
  farms had a spot for you" (never "for you to park");
* **each chose a candidate already known**: "each chose a candidate already at the jewellery
  school" (never to interview or shortlist, never with the reader among them);
* **someone else asked to do it instead**: "I've asked Hetty to do it as she helped on the
  spring course", "we've asked Priya to take it on this season instead" (never a task handed on
  with no reason or season, never with the reader).

A platform's wrapper quoting the owner's refusal ('X replied: "…"', an e-sign's 'Reason given:
"…"') is negation._RELAYED's, and a later chance noted after a semicolon ("…full for this year;
number kept for next season only if they ring back") negation._CONTRAST_AFTER's.

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_casual import _A, _END, _NAMED, _NOT_A_SEAT, _NOT_THE_READERS
from rejectwatch.model.decisions_crewed import _NOT_AFTER_IF
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

# no "you" in the rest of the sentence (the reader kept, started or welcomed)
_NO_YOU = r"(?![^.!?\n]*\b(?:you|your|start|starts|starting|welcome)\b)"
# a post a small trade fills
_POST = (
    r"(?:spot|place|position|opening|vacancy|job|post|role|berth|slot|space|apprenticeship|"
    r"placement|traineeship)"
)
# a lesson's, a class's, a tour's or a booking's spot
_NOT_A_CUSTOMERS = (
    r"(?![^.!?\n]*\b(?:lessons?|class|classes|sessions?|booking|booked|tickets?|seats?|tables?|"
    r"tour|trip|pitch|room|cabin|tent|"
    # (part K: nor a seat in a vehicle, a vessel's berth at a dock, a diary's appointment)
    r"minibus|bus|car|train|flight|dock|quay|harbour|marina|mooring|vessel|diary|calendar|"
    r"appointments?|check-?up)\b)"
)
_ONE_SPOT_TAKEN = re.compile(
    r"(?:\b(?:only|just) (?:have|had|got|" + _A + r"ve got|have got|had got) (?:the )?)?"
    r"\bone " + _POST + r"\b" + _NOT_A_CUSTOMERS
    + r"[^.!?\n]{0,60}?(?:,? and|,? but|,) (?!(?:you|we|i|they|it|that|this|there)\b)"
    r"(?:(?!you\b)[a-z][\w\-" + _A[1:-1] + r"]*[ ,]+){1,8}?(?:has |" + _A + r"s |had )?"
    r"(?:taken|took|got|filled|bagged|grabbed|snapped up|landed) it" + _END + _NOT_THE_READERS
)  # fmt: skip
_DESCRIBED_GOT_IT = re.compile(
    # (fifty-seventh pass: or after "and", "but" or "so", "flooded with replies, and a local got
    # it")
    r"(?:(?<=\band )|(?<=\bbut )|(?<=\bso )|(?<![a-z] )(?<![a-z]))(?:a|an|another|one) "
    r"(?:[a-z\-]+ )?"
    r"(?:lad|lass|girl|boy|guy|bloke|chap|fella|fellow|woman|man|student|apprentice|trainee|"
    r"applicant|candidate|person|local|youngster|teenager|school-?leaver|graduate)\b"
    r"(?:,? (?:who|from|at|with|that|already|off|in|on)\b[^.!?\n]{0,60}?,?)?"
    # (fifty-eighth pass: "'s" on the noun itself, "a local lad's got the winter's work", slice 135)
    r"(?: has| had|" + _A + r"s)? (?:got|took|taken|landed|bagged|snapped up|ended up with) "
    # (fifty-seventh pass: the post by its title, "an internal person got the Front Office Manager
    # post"; a post's title of words only, never a spot's or the reader's)
    # (fifty-eighth pass: or a season's, "a local lad's got the winter's work", slice 135)
    r"(?:it|the (?:[a-z]+" + _A + r"s )?(?:job|place|spot|role|post|position|apprenticeship|"
    r"placement|work|round|hours|traineeship)|the (?:(?!your\b)[a-z\-]+ ){1,3}?(?:job|role|post|"
    r"position|vacancy|opening|apprenticeship|placement|traineeship))" + _END + _NOT_THE_READERS
)  # fmt: skip
# a quiz's, a party's or a sports side's team
_NOT_A_TEAM = (
    r"(?!(?:quiz|party|football|netball|rugby|cricket|hockey|darts|pub|pool|relay|debate|"
    r"project|wedding|raffle|christmas party|bowling|five-a-side)\b)"
)
# (part K: nor helpers, marshals or guides for a day's outing, a race, a sale or a fete)
_NOT_AN_OUTING = (
    r"(?![^.!?\n]*\bfor (?:the |our |this |next )?(?:[\w\-" + _A[1:-1] + r"]+ ){0,4}?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|weekend|"
    r"\d+k|race|walk|hike|bake sale|jumble sale|car boot|fete|gala|parade|ceremony|regatta|"
    r"outing|open day|fun run|sponsored)\b)"
)
_CREW_SORTED = re.compile(
    r"\b(?:we|i)(?:" + _A + r"ve| have|" + _A + r"d| had)?(?: now| already| finally| all)? got "
    r"(?:our|the|all our|all the) (?:" + _NOT_A_TEAM + r"[\w\-" + _A[1:-1] + r"]+ ){0,3}?"
    r"(?:crew|team|staff|pickers|hands|helpers|workers|gang|seasonals|lads|guides|instructors|"
    r"stewards|marshals) (?:all )?(?:sorted|in place|lined up|fixed up)\b"
    + _NO_YOU + _NOT_THE_READERS + _NOT_A_SEAT + _NOT_AN_OUTING
)  # fmt: skip
_RATHER_THAN_HIRE = re.compile(
    r"\b(?:we|i)"
    # (part K: never a desk's, a department's or a quarter's headcount, told to colleagues)
    r"(?![^.!?\n]*\b(?:q[1-4]|quarter|headcount|fiscal|fy\d*|traders?)\b)"
    r"(?:" + _A + r"(?:re|m|ve|ll|d)| are| am| have| will| would| had)?"
    r"(?: (?:going to|gonna|decided to|just|probably|now|rather|better|to|all))* "
    r"(?:keep|kept|keeping|stay|staying|stick|sticking|carry on|carrying on|manage|managing|"
    r"muddle|cover|covering|run|running|do|doing)\b(?:(?!\byou)[^.!?\n]){0,80}?"
    r"\b(?:rather than|instead of) (?:take|taking|hire|hiring|bring|bringing|employ|employing|"
    r"add|adding|recruit|recruiting)(?: on)? (?:anyone|anybody|someone|somebody|new|extra|"
    r"more|another)\b"
    r"(?![^.!?\n]*\b(?:day|days|week|weeks|fortnight|today|tomorrow|while|cover|you|your)\b)"
)  # fmt: skip
_THOSE_NOT_PICKED = re.compile(
    _NOT_AFTER_IF + r"\bto (?:those|all those|everyone|everybody|all|each) (?:of you )?"
    r"(?:who|that) applied(?: [^.!?\n]{0,30}?)? (?:and|but) (?:weren" + _A + r"t|were not|"
    r"wasn" + _A + r"t|was not|didn" + _A + r"t|did not|haven" + _A + r"t|have not) "
    r"(?:been )?(?:picked|selected|chosen|successful|get (?:a|the) (?:place|spot|post|role|job)|"
    r"make it)\b"
)  # fmt: skip
_NONE_HAS_A_PLACE = re.compile(
    r"\bnone of "
    # (part K: never hotels', garages' or restaurants' rooms and slots, a booking's)
    r"(?!(?:the |those )?(?:[\w\-" + _A[1:-1] + r"]+ ){0,2}?(?:hotels|b&bs|guesthouses|"
    r"hostels|campsites|cottages|apartments|airlines|flights|restaurants)\b)"
    r"(?:them|those|the (?:[\w\-" + _A[1:-1] + r"]+ ){0,2}?[\w\-]+s)(?: either)? "
    r"(?:has|had|have|could offer|can offer|was able to offer|were able to offer|could find|"
    r"found|could make) (?:a |any )?(?:[\w\-]+ )?(?:" + _POST[3:-1] + r"|room) for you\b"
    r"(?! to\b)"
)  # fmt: skip
_EACH_CHOSE_KNOWN = re.compile(
    r"\b(?:each|each of them|each one|both|all three|all of them|they) (?:[\w\-]+ )?"
    r"(?:chose|picked|took|took on|went with|selected|settled on) (?:a|an) (?:[\w\-]+ )?"
    r"(?:candidate|applicant|student|trainee|apprentice|person|lad|girl|woman|man|graduate|"
    r"local) (?:already|from (?:their|our|the)|they already)\b"
    r"(?![^.!?\n]*\b(?:interview|interviews|shortlist|next round|assessment|trial|meet|you|"
    r"your|"
    # (part K: nor a school's or a club's entrant for a contest)
    r"debate|final|finals|squad|match|competition|contest|quiz|prize|award|choir|concert|race|"
    r"tournament|olympiad)\b)"
)  # fmt: skip
_ASKED_INSTEAD = re.compile(
    r"\b(?:i|we)(?:" + _A + r"ve| have| had|" + _A + r"d)?(?: already| now| just)? "
    r"(?:asked|roped in) " + _NAMED + r" to (?:do it|take it on|take it|cover it|run it|"
    r"do the (?:job|role|weekends?|course|stall|work))\b"
    r"(?=[^.!?\n]*?\b(?:instead|(?:as|because|since) (?:she|he|they)(?:" + _A + r"s| has| had| "
    r"have)? (?:helped|did|done|ran|run|worked|covered|assisted)|this (?:time|year|season|"
    r"summer|term)|who (?:helped|did|ran|worked|covered))\b)"
    r"(?![^.!?\n]*\b(?:you|your)\b)"
)  # fmt: skip

READINGS = readings(
    ("chose_other", _ONE_SPOT_TAKEN),
    ("chose_other", _DESCRIBED_GOT_IT),
    ("role_gone", _CREW_SORTED),
    ("role_gone", _RATHER_THAN_HIRE),
    ("reader_out", _THOSE_NOT_PICKED),
    ("reader_out", _NONE_HAS_A_PLACE),
    ("chose_other", _EACH_CHOSE_KNOWN),
    ("chose_other", _ASKED_INSTEAD),
)
