"""Decisions said in the sender's own words, and a board's card moved (issue 11, twenty-first
pass, part B).

Blind slice 19's English misses (the second half), read by kind once the slice was declared
read, gave refusals in shapes the readings had none for; each is written here for its kind, in
several wordings and sectors:

* **"say no"**: "I'm going to say no this time", "we'll have to say no", "it's a no from me"
  (not "to Friday", not "it's a no-brainer", not the reader's "feel free to say no");
* **passing**: "so I'm passing this time", "we'll pass on this one", "I'm going to pass on your
  application" (the clause ends there: not "I'll pass your details on", "I'm passing through");
* **not joining**: "you won't join the panel this time", "you will not be joining the crew this
  season" (a time closing the sentence, or its end: not "until …", not "the team meeting");
* **not placed**: "so you have not been placed this year", "you haven't been rostered for the
  final" (not "yet", not a ballot's tickets);
* **the places spoken for**: "every bag is now spoken for", "all the spots are spoken for",
  "the role is already spoken for";
* **the post not the reader's, with what it is for**: "the cook's berth for the summer voyages
  can't be yours", "the second chair in the quartet won't be yours" (a berth, a bunk, a chair,
  a gig, a shift; not "… yet", not "until");
* **someone else got it**: "julian from the book department got it in the end", "one of our
  weekend staff got the job", "someone internal got the role" (not "got it to me", not "got it,
  thanks": a bare "got it" only with "in the end", "after all", "instead");
* **the post given to a named person, said passively**: "the dome presenter post has been given
  to Priya, a colleague in our schools team", "the role was offered to Mr Adair" (not "to you",
  not "who declined");
* **booked another who has**: "we've booked an artist who has", "we hired a fitter who
  already holds the ticket" (the sentence ends after "who has", or says what the other already
  holds; not "who has worked with us before and will show you round");
* **a board's card moved to a refused column**: "Fintan moved the card "Magnus — Line cook"
  from Trial shift to Declined on the board Hiring — Sapling Street Café" (a hiring, recruiting
  or candidates board; not "to Trial shift", not a software board);
* **an internal note left in the mail**: "[internal: no cert — send the standard decline]";
* **closing it after reading the application**: "having read your form, we're closing it here";
* **no representation**: "we won't be offering representation", "we can't represent you";
* **the application not going ahead**: "so your application will not go ahead", "your
  application for the bar post won't proceed" (not "until", "unless", "without"; not a loan's,
  a visa's or a planning application).

Each reading is (token name, word groups, pattern) over lower-cased text, appended to the
outcome readings of rejectwatch.model.negation after decisions_filled, so none is read in a
conditional, still-to-come, quoted or reader-decided sentence, nor in mail about someone else's
candidacy; every match lies inside one sentence. The word groups are read off the patterns
(rejectwatch.model.prefilter.openers).
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_filled import NAME
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS", "STANDING"]

_Q = r"[\"\u201c\u201d'\u2018\u2019]"
# the clause ends ("… this time.", "…, but", "— thanks")
_CLAUSE_END = (
    r"(?=[ \t]*(?:[,.;:!\u2014\u2013)]|-[ \t]|$|\n|but\b|though\b|sorry\b|thanks?\b|"
    r"i['\u2019]m afraid\b|x+\b))"
)
# a time that closes a decision ("this time", "this round", "on this occasion")
_THIS_TIME = (
    r"(?:this time|this round|this year|this season|this summer|this term|this intake|"
    r"this cycle|on this occasion|at this stage|for this one)"
)
_WE = r"(?:i|we)(?:['\u2019]m| am|['\u2019]re| are|['\u2019]ll| will|['\u2019]ve| have)?"

# "i'm going to say no this time", "we'll have to say no", "it's a no from me"
_SAY_NO = re.compile(
    r"\b" + _WE + r" (?:going to |gonna )?(?:have to |got to |need to |must )?say no\b"
    r"(?: (?:to|on) (?:you|your application|this one|it|your (?:[a-z\-]+ )?(?:application|"
    r"submission|portfolio|offer to join)))?(?: "
    + _THIS_TIME
    + r"| for now)?"
    + _CLAUSE_END
    # (twenty-first pass, part M: not the reader's own no to an offer, "i'm going to say no this
    # time, as i've accepted another position")
    + r"(?![ \t]*[,;\u2014\u2013-]?[ \t]*(?:as|because|since) (?:i|we)(?:['\u2019]ve| have)? "
    r"(?:already )?(?:accepted|taken|found|signed|started|got|chosen|decided)\b)"
    # (twenty-ninth pass, part E: "we're sorry this one's a no", "that one is a no")
    r"|\b(?:it['\u2019]s|(?:this|that) one(?:['\u2019]s| is)) a (?:no|firm no|polite no)"
    r"(?: from (?:me|us|the (?:panel|team|"
    r"client|director|studio)))?(?: " + _THIS_TIME + r")?(?=[ \t]*(?:[,.;!\u2014\u2013]|$|\n|"
    r"but\b|sorry\b|i['\u2019]m afraid\b))"
)
# "so i'm passing this time", "we'll pass on this one", "i'm going to pass on your application"
# (a bare "i'll pass." only after "so", "afraid", "sorry": a reason or a regret before it)
_DECLINED_ON = (
    r" on (?:this one|this|it|you|your (?:[a-z\-]+ )?(?:application|submission|portfolio|"
    r"gallery|reel|showreel|cv|pitch|audition|tape|work))"
)
_DECLINE_AUX = r" (?:going to |gonna |have to |having to |got to |decided to |'ll have to )?"
_PASSING = re.compile(
    r"\b(?:so|afraid|sorry|sadly|unfortunately),? "
    + _WE
    + _DECLINE_AUX
    + r"(?:pass|passing)(?:"
    + _DECLINED_ON
    + r")?(?: "
    + _THIS_TIME
    + r"| for now)?"
    + _CLAUSE_END
    + r"|\b"
    + _WE
    + _DECLINE_AUX
    + r"(?:pass|passing)(?:"
    + _DECLINED_ON
    + r"(?: "
    + _THIS_TIME
    + r"| for now)?|(?:"
    + _DECLINED_ON
    + r")? (?:"
    + _THIS_TIME
    + r"|for now))"
    + _CLAUSE_END
)
_GROUP = (
    r"(?:panel|register|roster|rota|pool|bank|team|crew|squad|cohort|intake|collective|company|"
    r"cast|ensemble|choir|orchestra|band|troupe|list of [a-z\-]+)"
)
# "you won't join the panel this time", "you will not be joining the crew this season"
_WONT_JOIN = re.compile(
    r"\byou (?:won['\u2019]t|will not|aren['\u2019]t going to|are not going to) (?:be )?"
    r"(?:join|joining|added to|going on to|going onto|taken onto|taken on to) (?:the|our|this|"
    r"this year['\u2019]s|this season['\u2019]s|next year['\u2019]s) (?:[a-z\-'\u2019]+ ){0,2}?"
    + _GROUP
    + r"(?: "
    + _THIS_TIME
    + r"\b|(?=[ \t]*(?:[,.;!\u2014\u2013]|$|\n)))"
)
# "so you have not been placed this year", "you haven't been rostered for the final"
_NOT_PLACED = re.compile(
    r"\byou(?:(?: have|['\u2019]ve)?(?: not|n['\u2019]t) been| were not| weren['\u2019]t) "
    r"(?:placed|rostered|allocated a "
    r"(?:bag|place|spot|slot|berth|shift)|given a (?:bag|place|spot|slot|berth))"
    r"(?: " + _THIS_TIME + r"| for (?:the|this) (?:[a-z\-]+ ){0,2}?(?:final|event|tournament|"
    r"season|festival|tour|voyage|show|classic|open|championship))?"
    r"(?=[ \t]*(?:[,.;!\u2014\u2013]|$|\n))"
)
_PLACES = (
    r"(?:bags?|places?|spots?|slots?|berths?|shifts?|roles?|posts?|positions?|jobs?|vacanc(?:y|"
    r"ies)|chairs?|pitches|bunks?)"
)
# "every bag is now spoken for", "the role is already spoken for"
_SPOKEN_FOR = re.compile(
    r"\b(?:every|each|all|all (?:the|our|of the|of our)|the|this|that) (?:[a-z\-]+ ){0,2}?"
    + _PLACES
    + r" (?:is|are|has been|have been|was|were)(?: (?:now|already|all|long))? "
    r"spoken for\b"
)
# "the cook's berth for the summer voyages can't be yours"
_NOT_YOURS = re.compile(
    r"\b(?:the|this|that) (?:[a-z\-'\u2019]+ ){0,2}?(?:berth|bunk|chair|gig|shift|slot|part|"
    r"spot|place|post|role|job|position|contract|placement|apprenticeship|commission)"
    r"(?: (?:for|on|in|at|with) [^.!?\n,]{1,50}?)? (?:cannot|can['\u2019]t|can not|won['\u2019]t|"
    r"will not|isn['\u2019]t going to|is not going to) be yours\b"
    r"(?! (?:alone|to |yet|until|till|unless|if|before|without|any ?more|now|today|tomorrow|"
    r"from|on|this week|next week)\b)"
)
_JOB = r"(?:job|role|post|position|place|part|gig|spot|berth|contract|apprenticeship|vacancy)"
# "julian from the book department got it in the end", "someone internal got the role"
_GOT_IT = re.compile(
    r"\b(?:[a-z][a-z'\-]+ (?:from|in|on) (?:the|our) (?:[a-z\-]+ ){0,2}?(?:department|team|"
    r"office|branch|store|site|kitchen|depot|shop|floor|studio|warehouse|desk|section|crew|"
    r"yard|ward)|one of (?:our|the) (?:[a-z\-]+ ){0,2}?(?:staff|team|volunteers|regulars|"
    r"members|apprentices|interns|temps|casuals|drivers|porters|students)|(?:someone|somebody) "
    r"(?:else|internal|from inside|already on (?:the|our) (?:team|staff|books|crew))|an internal "
    r"(?:candidate|applicant|person)) (?:has |had )?(?:got|gotten|landed|took|taken|secured|won) "
    r"(?:it (?:in the end|after all|instead)|(?:the|this|that) (?:[a-z\-]+ )?"
    + _JOB
    + r"(?: in the end| after all| instead)?)(?=[ \t]*(?:[,.;!\u2014\u2013]|$|\n|and\b|but\b|"
    r"so\b|sorry\b))"
)
# "the dome presenter post has been given to priya, a colleague in our schools team"
_GIVEN_TO = re.compile(
    r"\b" + _JOB + r" (?:has been|have been|had been|was|is being|['\u2019]s been|has now been|"
    r"was now) (?:given|offered|awarded|handed) to (?:(?:mr|mrs|ms|miss|mx|dr)\.? [a-z][a-z'\-]+"
    r"|" + NAME + r"(?: " + NAME + r")?,? (?:a|an|one of|our|who|whose|someone|somebody|"
    r"the (?:current|existing|present))\b)"
    r"(?![^.!?\n]*\b(?:declined|turned (?:it |us )?down|withdrew|pulled out|said no|could not|"
    r"couldn['\u2019]t|can['\u2019]t|cannot|will be your|will (?:meet|show|train|mentor|call|"
    r"contact)|is going to)\b)"
)
# "we've booked an artist who has", "we hired a fitter who already holds the ticket"
_BOOKED_WHO_HAS = re.compile(
    r"\bwe(?:['\u2019]ve| have| had)? (?:now |already |just )?(?:booked|hired|cast|engaged|"
    r"signed|taken on|picked|chosen|found|gone with|appointed|contracted|went with) (?:an?|"
    r"another|one|someone|somebody) (?:[a-z\-]+ ){0,2}?who (?:(?:has|have|does|did|can|is|had)"
    r"(?=[ \t]*(?:[.!;\u2014\u2013]|$|\n))|already (?:has|holds|had|does|is|can)|holds|"
    r"has (?:already|more)|had more)\b"
)
_REFUSED_COLUMN = (
    r"(?:declined|rejected|unsuccessful|not hired|no hire|not selected|not progressing|not "
    r"proceeding|turned down|regrets?|rejections|not a fit|not suitable|unsuitable|"
    r"closed ?[-\u2013\u2014] ?(?:parked|not hired|declined|rejected|no hire|unsuccessful))"
)
# "fintan moved the card "magnus — line cook" from trial shift to declined on the board hiring
# — sapling street café"
_CARD_MOVED = re.compile(
    r"\bmoved (?:(?:the|this|your) card )?[^.!?\n]{1,120}? to (?:the )?"
    + _Q
    + r"?"
    + _REFUSED_COLUMN
    + _Q
    + r"?(?: (?:list|column|lane|stage))? (?:on|in) (?:the )?(?:board|"
    r"list|pipeline)?[ :]*" + _Q + r"?[^.!?\n]{0,30}?\b(?:hiring|recruit\w*|candidates|"
    r"applicants|applications|talent|vacancies)\b"
)
# "[internal: no counterbalance cert — send the standard decline, close req 1142]"
_INTERNAL_NOTE = re.compile(
    r"\[(?:internal|internal note|note|nb|hm note|recruiter note|for internal use)[: \t]"
    r"[^\]\n]{0,120}?\b(?:send (?:the |a |our |him |her |them )?(?:standard |usual |generic |"
    r"template |polite |stock )?(?:decline|rejection|regrets?|no)\b|reject\b|decline\b|"
    r"not progressing\b|no hire\b)"
)
# "having read your form, we're closing it here"
_CLOSING_IT = re.compile(
    r"\b(?:having|after|since we(?:['\u2019]ve| have)) (?:read|looked at|looked over|reviewed|"
    # (fifty-ninth pass: the post's name between, "your Sales Associate application", slice 139)
    r"gone through|been through|considered) your (?:[\w\-]+ ){0,3}?(?:form|application|cv|papers|"
    r"details|submission|answers)\b[^.!?\n]{0,40}?\b(?:we['\u2019]re|we are|we['\u2019]ll|we will|"
    r"i['\u2019]m|i am|i['\u2019]ll|i will) (?:going to |now )?(?:be )?(?:closing|close|"
    r"ending|end|stopping|stop) (?:it|things) (?:here|at this (?:point|stage)|now)\b"
    r"(?![^.!?\n]*\b(?:open|reopen|start|move|transfer|set up)\b)"
)
# "we won't be offering representation", "we can't represent you"
_NO_REPRESENTATION = re.compile(
    r"\b(?:we|i) (?:won['\u2019]t|will not|can['\u2019]t|cannot|can not|are unable to|am unable "
    r"to|are not able to|aren['\u2019]t able to|shan['\u2019]t|shall not|are not going to|"
    r"aren['\u2019]t going to) (?:be )?(?:offer(?:ing)?(?: you)? representation|"
    r"represent(?:ing)? you)\b(?! (?:until|unless|if|before|yet|(?:at|in) (?:the|your|this|that) "
    r"(?:meeting|hearing|negotiation|tribunal|appeal))\b)"
)
# "so your application will not go ahead"
_WONT_GO_AHEAD = re.compile(
    r"\byour (?:job |membership )?application(?: (?:for|to join) (?:the |this |our )?"
    # (twenty-first pass, part M: not a permit's, a licence's, a loan's, a card's)
    r"(?![^.!?\n]{0,40}?\b(?:permits?|licen[cs]es?|loans?|mortgages?|visas?|planning|passports?|"
    r"grants?|bursar(?:y|ies)|scholarships?|refunds?|cards?|accounts?|tenanc(?:y|ies)|flats?|"
    r"allotments?|insurance|benefits?|transfers?|parking)\b)"
    r"[^.!?\n]{1,40}?)? (?:will not|won['\u2019]t|cannot|can['\u2019]t|can not|is not going to|"
    r"isn['\u2019]t going to) (?:go ahead|proceed|be going ahead|be proceeding)\b"
    r"(?! (?:until|till|unless|without|if|before|while|yet)\b)"
)

# a board's column quoted ("moved your card to “not hired”"): its cue reads as reported, the
# reading does not (negation._STANDING, as decisions_terse's quoted labels)
_QUOTED_COLUMN = readings(("status", _CARD_MOVED))
STANDING = tuple(pattern for _, _, pattern in _QUOTED_COLUMN)
READINGS = _QUOTED_COLUMN + readings(
    ("reader_out", _SAY_NO),
    ("reader_out", _PASSING),
    ("reader_out", _WONT_JOIN),
    ("reader_out", _NOT_PLACED),
    ("role_gone", _SPOKEN_FOR),
    ("reader_out", _NOT_YOURS),
    ("chose_other", _GOT_IT),
    ("chose_other", _GIVEN_TO),
    ("chose_other", _BOOKED_WHO_HAS),
    ("reader_out", _INTERNAL_NOTE),
    ("reader_out", _CLOSING_IT),
    ("reader_out", _NO_REPRESENTATION),
    ("reader_out", _WONT_GO_AHEAD),
)
