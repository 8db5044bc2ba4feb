"""Someone else holding the work now, told the everyday way (issue 11, forty-third pass).

Blind slice 53's misses were the kinds the forty-second pass read (someone else on the work,
the reader left off a list, the reader's road ending) in shapes no reading held. These are
written for the kind, each from a set of wordings of our own, and checked on a second set
written apart (tests/test_forty_third_pass.py):

* **kin who has the work now**: "Vern's nephew Tyler has the stock clerk job as of Monday",
  "My cousin Ana has got the Saturday shifts now";
* **someone who took on their own**: "boss hired his buddy from Apalachicola", "the owner has
  taken on her niece", "Chef brought in his mate from the Crown";
* **the writer who found their one**: "we found our calliope player for the county fair, it's
  Bert Hollis", "We've found our drummer for the summer: Kit Moran";
* **a named person engaged or taken on for the work**: "Miss Euphrosyne Carr from the Dunoon
  exchange has been engaged for the switchboard", "Tom Reilly has been taken on for the bar";
* **the crew full, told bare in a chat**: "we signed Colt Two Bulls for the summer events, crews
  full";
* **a newcomer welcomed, with thanks to all who tried, the reader among them**: "massive
  welcome to Jaz, our newest mermaid, thanks to everyone who tried out, incl. you".

Second round (blind slice 54's misses): kin who is the one taking it or who will take it ("Miss
Pearline's son Oneil is the one taking the counter job"), someone booked or engaged for the work
("The festival has booked Mamadou Kouyate as resident griot this year"; never for an occasion
or a home), the post now held by someone ("the Plant Head role is now held by a manager moved
across"), and a named person who has joined, with why ("Jacquetta Moore has joined us at
reception; she's been a client of ours"; never staff news, "she was previously CFO at Acme").

Third round (blind slice 55's misses): someone chosen or hired by name to do the work ("The band
chose Claudia Ferrer to write the album"), booked, engaged or commissioned by name for a part or
as one ("The director booked Sidonie Duvall for the spot"; never a thing booked), others who
took every place, the reader outside the group or missing from a list, and the post
disestablished or left unfilled.

Fourth round (blind slice 56's misses): others who said yes first ("Kinsley said yes first and
starts Saturday"), and the places matched to others ("All co-op placements … have now been
matched to other students").

Never the reader, a staff role in the reader's hiring, a meeting, a meal, a course or a school,
and, like every outcome reading (rejectwatch.model.plain_outcomes appends them), none in a
conditional, still-to-come or quoted sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_casual import _A
from rejectwatch.model.hired_by_name import _NOT_STAFFING
from rejectwatch.model.others_starting import (
    _CLAUSE,
    _KIN,
    _KIN_FOUND,
    _NOT_AN_EVENT,
    _PERSON,
    _TITLED,
    _TRADE,
)
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

# never one taken on for an occasion or a home ("our new photographer for the wedding")
_NOT_AN_OCCASION = (
    r"(?![^.!?\n;]*\b(?:wedding|party|funeral|birthday|christening|holiday|honeymoon|trip|"
    r"house|flat|home|garden|kitchen refit|venue|dog|cat|puppy|kitten|you|your)\b)"
)
# the work held: a post or shifts (one shift is a rota: "My sister has the late shift now")
_HELD = r"(?:job|role|post|position|spot|gig|apprenticeship|traineeship|placement|shifts)"
# kin who has the work now, with a time ("Vern's nephew Tyler has the stock clerk job as of
# Monday", "My cousin Ana has got the Saturday shifts now")
_KIN_HAS = re.compile(
    _KIN_FOUND + r"\b[^.!?\n;]{0,40}? (?:has|has got|" + _A + r"s got|now has) the "
    r"(?:[a-z\-]+ ){0,3}?" + _HELD + r"\b[^.!?\n;]{0,30}?\b(?:as of|from|starting|now)\b"
    + _NOT_AN_EVENT
)  # fmt: skip
# someone who took on their own ("boss hired his buddy from Apalachicola", "the owner has taken
# on her niece"): never a thing of theirs ("his mate's van") nor a job done for the writer
_OWN_ONE = (
    r"(?:(?:buddy|mate|pal|friend|chum|mucker|homie|bestie)\b|" + _KIN + r")"
    r"(?!" + _A + r"s\b| (?:to|for) (?:help|do|fix|paint|clean|build|move|look)\b)"
)
_TOOK_OWN = re.compile(
    r"\b(?:hired|took on|has taken on|" + _A + r"s taken on|brought in|signed|gave it to|"
    r"gave the (?:[a-z\-]+ ){0,2}?(?:job|spot|shifts?|post|role) to) (?:his|her|their) (?:own )?"
    r"(?:best |old |oldest |youngest |little |big )?" + _OWN_ONE + r"\b" + _NOT_AN_EVENT
)  # fmt: skip
# the writer who found their one ("we found our calliope player for the county fair, it's Bert
# Hollis", "We've found our drummer for the summer: Kit Moran")
_FOUND_OURS = re.compile(
    r"\b(?:we|i)(?:" + _A + r"ve| have)? (?:now |finally |just |already )?found (?:our|my) "
    + _NOT_AN_OCCASION
    + r"(?:new )?" + _TRADE + r"[^.!?\n;:]{0,40}?(?:[,:] |\s[\u2014\u2013\-] )(?:it" + _A + r"s |"
    r"it is |its |that" + _A + r"s |she" + _A + r"s |he" + _A + r"s )?" + _TITLED + _NOT_STAFFING
)  # fmt: skip
# a named person engaged or taken on for the work ("Miss Euphrosyne Carr from the Dunoon
# exchange has been engaged for the switchboard")
_ENGAGED = re.compile(
    _CLAUSE + _TITLED + r"(?: from (?:the|our) [^,.!?\n]{1,40}?)? "
    r"(?:has been|have been|" + _A + r"s been|was|is now) (?:engaged|taken on|brought on|"
    r"signed on|hired) (?:for|as|on) (?:the|our) " + _NOT_AN_EVENT + _NOT_STAFFING
)  # fmt: skip
# the crew full, told bare after a comma or a dash ("we signed Colt Two Bulls for the summer
# events, crews full")
_CREW_FULL = re.compile(
    r"(?:[,;]|\s[\u2014\u2013\-]) (?:the |our )?(?:crew|team|squad|cast|roster|line-?up|staff)"
    r"(?:s|" + _A + r"s)? (?:all |now )?(?:full|complete|filled)(?: up)?"
    r"(?=[ \t]*(?:[.,;!]|\n|$| for (?:the|this)\b| now\b| this\b))"
)
# a newcomer welcomed, with thanks to all who tried, the reader among them ("massive welcome to
# Jaz, our newest mermaid, thanks to everyone who tried out, incl. you")
_WELCOMED_THANKED = re.compile(
    r"\bwelcome (?:to )?[^\n]{1,40}?\bour (?:newest|new) [^\n]{1,80}?\b(?:thanks|thank you|"
    r"cheers|ta) (?:so much )?(?:to )?(?:everyone|everybody|all|all of you|each of you) "
    r"(?:who|that) (?:tried out|auditioned|applied|came (?:along|out|down)|went for it|had a go)"
    r"\b[^.!?\n]{0,20}?(?:incl\.?|including|esp\.?|especially) you\b"
)
# second round (blind slice 54): kin who is the one taking it, or who will take it ("Miss
# Pearline's son Oneil is the one taking the counter job", "The morning shift, Auntie Lim's
# nephew Jun Hao will take it, he is starting Monday")
_KIN_TAKING = re.compile(
    _KIN_FOUND + r"\b[^.!?\n;]{0,40}? (?:is|" + _A + r"s|will be) the one (?:taking|doing|getting|"
    r"starting|who(?:" + _A + r"s| is| will)? (?:take|takes|taking|do|does|doing|start|starts|"
    r"starting|get|gets|got))\b" + _NOT_AN_EVENT
    + r"|" + _KIN_FOUND + r"\b[^.!?\n;]{0,30}? (?:will|" + _A + r"ll|is going to|is gonna) take "
    r"(?:it|them|that|over)(?=[ \t]*(?:[,.;!\u2014\u2013]|\n|$| from\b| now\b))" + _NOT_AN_EVENT
)  # fmt: skip
# someone booked or engaged for the work, another one or told by name ("The variety show has
# booked another equilibrist for the spring tour", "The festival has booked Mamadou Kouyate as
# resident griot this year")
_BOOKED = re.compile(
    r"\b(?:has|have|had|" + _A + r"s|" + _A + r"ve) (?:now |already |just )?(?:booked|engaged) "
    r"another " + _NOT_AN_OCCASION + _TRADE + _NOT_STAFFING
    + r"|\b(?:has|have|had|" + _A + r"s|" + _A + r"ve) (?:now |already |just )?(?:booked|engaged) "
    + _PERSON + r" as (?:our |the |a |an |this year" + _A + r"s )?(?:resident |house |new |"
    r"regular )?[a-z\-]+(?: [a-z\-]+)? (?:this|for the|for this) (?:year|season|summer|winter|"
    r"spring|autumn|run|tour)\b" + _NOT_AN_OCCASION + _NOT_STAFFING
)  # fmt: skip
# the post held by someone now ("the Plant Head role is now held by a manager moved across")
_HELD_BY = re.compile(
    r"\b(?:the|that|this|our) (?:[a-z\-]+ ){0,3}?(?:role|post|position|job|seat|chair|berth) "
    r"(?:is|has been) now (?:held|occupied|taken) by (?!you\b|yourself\b)" + _NOT_STAFFING
)
# a named person who has joined, with why ("Jacquetta Moore has joined us at reception; she's
# been a client of ours for a while")
_JOINED_WHY = re.compile(
    _CLAUSE + _TITLED + r" (?:has|have|" + _A + r"s) (?:now |just |"
    r"already )?joined (?:us|the team|our team|the crew|our crew)(?: (?:at|on|in|as) (?:the |our "
    r")?(?:[a-z\-]+ ){0,2}?[a-z\-]+)?(?:;|,| \u2014| \u2013| -) (?:she|he|they)(?:" + _A + r"s|"
    r" has| is| knows| worked| used to)\b"
    # (never staff news, "Priya Shah has joined us as Head of Finance; she was previously CFO")
    r"(?![^.!?\n]*\b(?:previously|formerly|most recently|prior to|before joining|comes to us "
    r"from|joins us from|delighted|pleased|welcome)\b)" + _NOT_AN_EVENT + _NOT_STAFFING
)  # fmt: skip
# third round (blind slice 55): someone chosen or hired by name to do the work ("The band chose
# Claudia Ferrer to write the album")
_CHOSE_TO = re.compile(
    r"\b(?:chose|picked|selected|commissioned|engaged|booked|hired|went with) " + _TITLED
    + r" to (?:write|play|sing|perform|design|draw|illustrate|paint|compose|"
    r"direct|shoot|film|edit|lead|run|cover|make|build|cook|teach|coach|present|translate|"
    r"voice|score|crew|skipper|guide|staff|fill)\b" + _NOT_AN_EVENT + _NOT_STAFFING
)  # fmt: skip
# ... or booked, engaged or commissioned by name for a part or as one ("The director booked
# Sidonie Duvall for the spot", "has engaged Davids Klein as cantor for the High Holy Days",
# "has commissioned Tomas Aguirre for the chamber piece"); never a thing booked ("tickets for
# the show")
_NOT_A_THING = (
    r"(?!(?:tickets?|seats?|flights?|rooms?|tables?|hotels?|venues?|taxis?|cabs?|cars?|vans?|"
    r"bus|buses|trains?|ferry|ferries|tours?|trips?|holidays?|appointments?|slots?|places?|"
    r"spots?|tents?|pitches|lessons?|classes|sessions?|tea|lunch|dinner|drinks|artwork|work|"
    r"works|research|surveys?|study|studies|reports?|reviews?|portraits?|paintings?|murals?|"
    r"pieces?|statues?|music|catering|caterers|transport|space|studio|hall|stage|it|them|one)\b)"
)
_BOOKED_FOR = re.compile(
    r"\b(?:booked|engaged|commissioned) " + _NOT_A_THING + _TITLED
    + r"(?: for (?:the|this|our) (?:[a-z\-]+ ){0,3}?(?:spot|role|part|gig|slot|piece|album|"
    r"commission|production|show|job|post|season|tour|run|series|festival|days|weekend)"
    r"| as (?:our |the |a |an )?(?:new |resident |house |regular )?[a-z\-]+(?: [a-z\-]+)?"
    r"(?=[ \t]*(?:[.,;!\u2014\u2013]|\n|$| for (?:the|this|our)\b)))"
    + _NOT_AN_OCCASION + _NOT_STAFFING
)  # fmt: skip
# others who took up every place ("We received 142 applications for four places, and other
# students have taken up all four")
_OTHERS_TOOK_ALL = re.compile(
    r"\b(?:other|others)\b[^.!?\n;]{0,30}? (?:have |has |" + _A + r"ve )?(?:now |already )?"
    r"(?:taken up|taken|filled|got|secured|claimed) (?:all|both|every one of|each of) "
    r"(?:the |our |its )?(?:two|three|four|five|six|seven|eight|nine|ten|twelve|\d+|places|"
    r"spots|seats|positions|roles|posts|slots|studentships|internships|placements|berths)\b"
    + _NOT_AN_EVENT
)  # fmt: skip
# the reader outside the group going on ("You're outside that group this time"), and the
# reader's number missing from a list ("Your roll number is missing from today's skill test
# call list")
_OUTSIDE = re.compile(
    r"\byou(?:" + _A + r"re| are) (?:now )?outside (?:that|the|this) (?:group|shortlist|list|"
    r"selection|pool|cut|bracket|band)\b"
    + r"|\byour (?:roll |registration |application |candidate |index |reference |seat )?"
    r"(?:number|no\b|name) (?:is|was) (?:missing |absent |not (?:there |listed |shown )?)"
    r"(?:from|on|in) "
    # (forty-fourth pass: or a call sheet, "absent from the typing test call sheet")
    r"[^.!?\n;]{0,40}?\b(?:(?:interview|selection|merit|call|eligib\w+|referral|appointment|"
    r"recruitment|shortlisting) (?:list|sheet|roster|register)|shortlist|results)\b"
    r"(?![^.!?\n]*\b(?:prize|award|dinner|lunch|guest|guests|party|wedding|raffle|draw|mailing|"
    r"seating|team sheet|squad|please|check|contact|let us know|error|mistake|clerical|"
    r"glitch|added|corrected|restored|reinstated|fixed|included now)\b)"
)  # fmt: skip
# the post ended or left unfilled ("the position was disestablished", "led Council to leave the
# position unfilled")
_LEFT_UNFILLED = re.compile(
    r"\b(?:the|this|that) (?:[a-z\-]+ ){0,3}?(?:position|post|role|vacancy|job) (?:was|has been|"
    r"is being|is) disestablished\b"
    r"|\b(?:leave|keep|left|kept|leaving|keeping) (?:the|this|that) (?:[a-z\-]+ ){0,3}?"
    r"(?:position|post|role|vacancy|job) (?:unfilled|vacant|empty)\b"
    r"(?! (?:until|while|for (?:now|the moment|a few|two|three))\b)"
)  # fmt: skip
# fourth round (blind slice 56): others who said yes first ("the weekend pedalo attendant gig
# … is sorted: Kinsley said yes first and starts Saturday"), and the places matched to others
# ("All co-op placements … have now been matched to other students, leaving none for you")
_YES_FIRST = re.compile(
    _CLAUSE + _PERSON + r"(?: and " + _PERSON + r")? (?:said yes|replied|answered|got back|"
    r"jumped in|put (?:their|his|her) hands? up|signed up|grabbed it) first\b" + _NOT_STAFFING
)
_NONE_LEFT = re.compile(
    r"\b(?:places?|placements?|spots?|positions?|roles?|posts?|slots?|shifts|internships?|"
    r"studentships?|traineeships?)\b[^.!?\n;]{0,60}? (?:have|has|were|are|was|is|got) "
    # (forty-fourth pass: or got matched, "every placement got matched to other students")
    r"(?:now |all |already )*(?:been )?"
    r"(?:matched|allocated|assigned|given|offered|gone) to other (?:students|applicants|"
    r"candidates|people|members|trainees)\b"
    # (never "leaving none for you" alone: a market's stall spaces are told the same way)
)  # fmt: skip
READINGS = readings(
    ("chose_other", _KIN_HAS),
    ("chose_other", _TOOK_OWN),
    ("chose_other", _FOUND_OURS),
    ("chose_other", _ENGAGED),
    ("role_gone", _CREW_FULL),
    ("chose_other", _WELCOMED_THANKED),
    ("chose_other", _KIN_TAKING),
    ("chose_other", _BOOKED),
    ("chose_other", _HELD_BY),
    ("chose_other", _JOINED_WHY),
    ("chose_other", _CHOSE_TO),
    ("chose_other", _BOOKED_FOR),
    ("chose_other", _OTHERS_TOOK_ALL),
    ("reader_out", _OUTSIDE),
    ("role_gone", _LEFT_UNFILLED),
    ("chose_other", _YES_FIRST),
    ("chose_other", _NONE_LEFT),
)
