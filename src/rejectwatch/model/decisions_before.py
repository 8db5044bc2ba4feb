"""Decisions told in the kinds of written-27, read before a slice brings them (issue 11,
twenty-first pass, part J).

Written-27 (a breadth batch written before the fact) holds rejections of kinds no file held;
the shipped model left 65 of its 132 English ones unfiled, and none of those carried a decision
token. Each kind is written here in several wordings and sectors, never for one message:

* **someone else chosen**: "the council has called Hephzibah to the role", "Ms Okafor has been
  appointed to the position", "the manager has given it to Oisin from the night shift", "he's
  taken on Lavinia for the bench instead", "the committee asked our current assistant to step up
  into the job", "Zebedee has the last science berth", "every slot went to level 2 folks",
  "offered to, and taken up by, an applicant from Utrecht", "the bread shift is hers from next
  week", "got a local lass for lambing so I'm set", "signed up the lad … so the forge is full";
* **the places gone**: "all twelve places are taken", "all beds in the caravans are taken",
  "the crew list is closed", "the brigade is complete for the season", "yard job gone. ta",
  "Ansel - filled.", "keeping the squad as it is";
* **a list without the reader**: "the list of those selected does not include yours", "the
  ranked list leaves your name off", "roll number … does not appear in the list of candidates
  recommended", "your name didn't make it", "declined to enter your name on the register",
  "we won't add you this year", "we can't bring you in this round", "released the rest of the
  hold list, you included";
* **a test not passed, a file closed, a status changed**: "that ends the welder application
  with us", "today is where your application stops", "this brings your application to an end",
  "clearance has not been granted", "your place on the scheme has been released", "your access
  to Project Heron has been removed", "we've closed your registration", "your account won't be
  switched on", "your submission has been kept in the archive of entries", a form's "Your
  place: not allocated".

None reads a conditional ("if the assessor finds you not yet ready … the place is released"),
a wait ("until", "unless") or the reader's own place ("is yours", "you're on it"). Each reading
is (token name, word groups, pattern) over lower-cased text, appended to the outcome readings of
rejectwatch.model.negation after decisions_spoken, so none is read in a conditional,
still-to-come, quoted or reader-decided sentence; every match lies inside one sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model import third_party
from rejectwatch.model.decisions_filled import NAME
from rejectwatch.model.prefilter import readings

# a list that leaves the reader off by mistake is none (also rejectwatch.model.others_picked)
NOT_BY_MISTAKE = r"(?![^.!?\n]*\b(?:by mistake|in error|accidentally|by accident)\b)"

__all__ = ["OWN_WORDS", "READINGS"]

_POST = (
    r"(?:job|role|post|position|place|berth|bench|shift|slot|spot|apprenticeship|secondment|"
    r"studentship|fellowship|cadetship|traineeship|internship|placement|vacancy|contract)"
)
# a time that closes a decision ("this year", "this round")
_THIS_TIME = (
    r"(?:this time|this round|this year|this season|this summer|this winter|this term|"
    r"this intake|this cycle|on this occasion|for now)"
)
_END = r"(?=[ \t]*(?:[,.;:!|\u2014\u2013)]|-[ \t]|$|\n))"
_HONORIFIC = r"(?:mr|mrs|ms|miss|mx|dr|prof|rev|revd|father|sister)\.?"

# --- someone else chosen ---------------------------------------------------------------------

# "the council has called hephzibah to the role of director of music"
_CALLED_TO = re.compile(
    r"\b(?:has|have|had)(?: now)? called (?:"
    + _HONORIFIC
    + r" )?"
    + NAME
    + r"(?: "
    + NAME
    + r")? to (?:the|this|that) (?:role|post|position|office|living|parish|job|ministry)\b"
)
# "ms lavinia has been appointed to the position" (a named person; never the reader)
_NAMED_APPOINTED = re.compile(
    r"(?<!announce that )(?<!congratulate )(?<!congratulating )(?<!welcome )\b"
    + _HONORIFIC
    + r" "
    + NAME
    + r"(?: "
    + NAME
    + r")? (?:has been|was|have been) "
    r"(?:appointed|selected|chosen) (?:to|for) (?:the|this|that) (?:[a-z\-]+ ){0,2}?"
    r"(?:position|post|role|job|vacancy|appointment)\b"
    # (not a colleague's appointment announced: "… has been appointed to the role of cmo,
    # effective 1 march")
    r"(?![^.!?\n]*\b(?:effective|with effect)\b)"
)
# "the area manager has given it to oisin from the night shift"
_GIVEN_IT = re.compile(
    r"\b(?:has|have|had|['\u2019]s|['\u2019]ve)(?: now)? (?:given|handed|offered|awarded) "
    r"(?:it|the (?:[a-z\-]+ ){0,2}?" + _POST + r") to " + NAME + r" (?:from|in|on) "
    r"(?:the|our) (?:[a-z\-]+ ){0,2}?(?:shift|team|crew|department|office|site|depot|yard|"
    r"ward|floor|branch|store|desk|section)\b"
)
# "he's taken on lavinia for the fixer mason bench instead"
_TAKEN_ON_INSTEAD = re.compile(
    r"\b(?:taken on|took on|signed up|signed|hired|picked|chosen|gone with|went with|booked) "
    + NAME
    + r"(?: "
    + NAME
    + r")? (?:for|as) (?:the|our|this) [^.!?\n,;]{1,50}? instead\b"
)
# "the committee has asked our current assistant to step up into the head coach job"
_STEP_UP = re.compile(
    r"\b(?:asked|invited|chosen|picked|decided on) (?:our|the|one of our) (?:current|existing|"
    r"present|own) [a-z\-]+(?: [a-z\-]+)? to (?:step|move) up (?:into|to) (?:the|this) "
    r"[^.!?\n,;]{0,40}?\b(?:job|role|post|position)\b"
)
# "zebedee has the last science berth", "she's got the last place"
_HAS_THE_LAST = re.compile(
    r"\b" + NAME + r" (?:has|['\u2019]s got|has got|got|took|has taken) the (?:last|final|only) "
    r"(?:[a-z\-]+ ){0,2}?(?:berth|place|spot|slot|seat|bunk|bed|position|post|job)\b"
)
# "every slot went to level 2 folks", "all the places went to returners"
_WENT_TO = re.compile(
    r"\b(?:every|each|all(?: the| of the| our)?) (?:[a-z\-]+ )?(?:slot|place|spot|berth|role|"
    r"post|position|job|bed|bunk|shift)s? (?:went|have gone|has gone|are going|were given) to "
    r"(?!you\b)"
    # (fortieth pass, fourth round: never places taken in the order people queued, "all twelve
    # slots went to members who'd been queuing longer")
    r"(?![^.!?\n]*(?:" + third_party.QUEUED_FIRST + r"))"
)
# "offered to, and taken up by, an applicant from utrecht"
_TAKEN_UP_BY = re.compile(
    r"\b(?:been )?offered to,? and (?:taken up|accepted) by,? (?:an?|another|one|someone|the) "
    r"(?:[a-z\-]+ )?(?:applicant|candidate|student|person|graduate|researcher|colleague)\b"
)
# "so the bread shift is hers from next week"
_IS_HERS = re.compile(
    r"\b(?:so|and) the (?:[a-z\-]+ ){1,3}?is (?:hers|his|theirs) (?:now|from|as of|starting)\b"
    # (not a rota's swap: "…, and you take sunday")
    r"(?![^.!?\n]*\b(?:and|while|so) you(?:['\u2019]ll| will| can)? (?:take|have|get|keep|do|"
    r"cover|swap)\b)"
)
# "got a local lass for lambing help this year so i'm set", "signed up the lad from the
# college for the apprenticeship, so the forge is full", "put his nephew in it in the end so
# we're full up"
_FILLED_SO = re.compile(
    r"\b(?:got|taken on|took on|taken|signed up|signed|hired|found|put|brought in|"
    r"gone with|went with) (?!(?:an?|the|my|our) (?:[a-z\-]+ )?(?:van|car|bike|room|venue|hall|"
    r"table|tickets?|skip|marquee|minibus|coach|taxi|cab|flat|house|cottage|sofa|fridge)\b)"
    r"(?:an?|the|my|his|her|our|their|one of) [^.!?\n]{1,80}?,? so "
    r"(?:i['\u2019]m|we['\u2019]re|i am|we are|the [a-z\-]+ is|the [a-z\-]+ are) "
    r"(?:all |now )?(?:set|sorted|full|full up|covered|complete|fully staffed)\b"
    # (a time the place stays filled is the reading's own: "so the forge is full until next
    # autumn"; not "until you", "unless", "if")
    r"(?: until (?:next|the) (?:autumn|spring|summer|winter|year|season|intake|term)\b)?"
    r"(?! (?:for (?:now|the moment) )?(?:until|unless|if)\b)"
    # (twenty-first pass, part N: nor set for a thing, "so we're all set for the kitchen refit";
    # set for help, for the season, is the reading's own)
    r"(?! (?:for|with|to|on) (?!now\b|the moment\b|(?:this|the) (?:year|season|term|summer|"
    r"winter)\b|help\b|staff\b|hands\b|people\b|workers\b|labou?r\b|cover\b))"
)

# --- the places gone -------------------------------------------------------------------------

# "all twelve places are taken", "all beds in the caravans are taken", "all eight places have
# been given" (not "are given on the day", not an appointment's "all slots for that day"; not a
# market's or a campsite's "all pitches for the season have been allocated", twenty-seventh pass,
# part F: a stallholder's refusal, not a post's)
_ALL_TAKEN = re.compile(
    r"\ball (?:the |our |of the |of our )?(?:[a-z\-]+ )?(?:places|berths|beds|spots|slots|"
    r"seats|bunks|posts|positions|vacancies|roles|cabins)(?: (?:in|on|at|for) "
    r"(?!(?:that|this|the|your|each) (?:day|date|time|week|morning|afternoon|evening)\b)"
    r"(?![^.!?\n,;]{0,40}?\b(?:coach|bus|minibus|train|flight|plane|ferry|car|show|concert|"
    r"match|gig|screening|quiz|restaurant|car park)\b)"
    r"[^.!?\n,;]{1,40}?)? (?:(?:are|were) (?:now |already )?(?:taken|filled|gone|spoken for)|"
    r"have (?:now |already |all )?been (?:given|taken|filled|allocated|offered))" + _END
)
# "your name stayed on the reserve list until this week, when the list was closed" (its "until"
# and "when" are the reading's own)
_RESERVE_CLOSED = re.compile(
    r"\byour name (?:stayed|remained|was kept|was held|sat) on the (?:reserve|waiting|standby) "
    r"list until (?:this|last) (?:week|month|morning|friday|monday),? when (?:the|that|this) "
    r"(?:list|reserve list|waiting list) (?:was|has been) (?:closed|cleared|withdrawn|ended)\b"
)
# "the crew list is closed", "the snowboard instructor list is locked"
_LIST_CLOSED = re.compile(
    r"\bthe (?:[a-z\-]+ ){0,2}?(?:crew|cast|intake|staff|instructor|picker|season|team|squad) "
    r"list (?:is|was|has been) (?:now )?(?:closed|locked|full|final)\b"
    r"(?! (?:to new|for (?:new )?(?:entries|names) until|until|till|unless|for now)\b)"
)
# "the brigade is complete for the season"
_COMPLETE_FOR = re.compile(
    r"\bthe (?:brigade|team|squad|crew|cast|company|kitchen|line-?up|roster|rota) is "
    r"(?:now )?(?:complete|full) for (?:the|this) (?:season|year|summer|winter|tour|run|"
    r"term)\b"
)
# "kitchen porter job gone. ta", "yard job filled" (not a status row's "position filled")
_JOB_GONE = re.compile(
    r"\b(?<!status: )(?<!status - )(?:job|role|shift|berth|vacancy) (?:gone|filled|taken)"
    r"(?=[ \t]*(?:[.!]|$|\n)(?![ \t]*[a-z0-9]+[ \t]*[:/]))"
)
# "ansel - filled. ravi" (a note's whole message: a name, the word, a signature and the line's
# end; the readings are searched from their first words, so the name is only looked behind)
_NAME_FILLED = re.compile(
    r"(?<=[a-z])(?<!form)(?<!sheet)(?<!survey)(?<!order)(?<!request)(?<!tank)(?<!prescription)"
    r" [-\u2013\u2014] (?:filled|gone|taken)"
    r"(?=$|\.[ \t]*(?:[a-z]+[ \t]*)?(?:\n|$))"
)
# "gaffer's had a look and he's keeping the first-team squad as it is"
_KEEPING_AS_IT_IS = re.compile(
    r"\b(?:keeping|keep|kept|leaving|leave) the (?:[a-z\-]+ ){0,2}?(?:squad|team|crew|cast|"
    r"line-?up|brigade|roster|company|band) (?:as it is|as it was|unchanged|the same)" + _END
)

# --- a list without the reader ---------------------------------------------------------------

# "the list of those selected does not include yours", "the ranked list leaves your name off"
_LIST_WITHOUT = re.compile(
    r"\b(?:list|register|roll|shortlist)(?: of [^.!?\n,;]{1,40}?)? (?:does not|doesn['\u2019]t|"
    r"did not|didn['\u2019]t) (?:include|contain|carry|show|have) (?:yours|you|your name)"
    + _END
    + r"|\b(?:list|register|roll|shortlist) (?:leaves|left|has left) (?:you|your name) off\b"
    # (forty-eighth pass: never by mistake, "leaves your name off by mistake; we've fixed it")
    + NOT_BY_MISTAKE
)
# "roll number sr100408 does not appear in the list of candidates recommended"
_NUMBER_NOT_LISTED = re.compile(
    r"\b(?:roll|registration|candidate|application|index|seat) (?:number|no\.?) [a-z0-9\-/]+ "
    r"(?:does not|doesn['\u2019]t|did not) (?:appear|figure) (?:in|on) the (?:[a-z\-]+ )?"
    r"(?:list|merit list|result|panel)\b(?! of (?:candidates )?(?:not|un))"
)
# "your name didn't make it - every slot went to …"
_NAME_DIDNT_MAKE_IT = re.compile(
    r"\byour name (?:didn['\u2019]t|did not|hasn['\u2019]t|has not) (?:make|made) it"
    r"(?: (?:on ?to|onto|on) the (?:[a-z\-]+ ){0,2}?(?:list|roster|rota|shortlist|cut))?" + _END
)
# "the board has therefore declined to enter your name on the register"
_DECLINED_TO_ENTER = re.compile(
    r"\bdeclined to (?:enter|add|place|put|include|list|admit) (?:you|your name)"
    r"(?: (?:on|to|in|onto) (?:the|our) (?:[a-z\-]+ )?(?:register|roll|list|panel|roster|pool))?"
    r"\b"
)
# "so we won't add you this year", "we can't bring you in this round"
_WONT_ADD_YOU = re.compile(
    r"\b(?:we|i) (?:won['\u2019]t|will not|can['\u2019]t|cannot|can not|are not going to|"
    r"aren['\u2019]t going to) (?:be )?(?:add(?:ing)? you(?! to (?:the|our) "
    r"(?:mailing|email|e-mail|guest|invite|invitation|distribution|contact|whatsapp|group|"
    r"newsletter|christmas card) )"
    r"(?: to (?:the|our) (?:[a-z\-']+ )?"
    r"(?:list|roster|rota|register|pool|panel|bank|team|crew))?|bring(?:ing)? you (?:in|on|"
    r"on board|aboard))(?: "
    + _THIS_TIME
    + r")?"
    + _END
    + r"(?![ \t]*(?:until|unless|if|before|yet)\b)"
)
# "released the rest of the hold list, you included"
_RELEASED_YOU = re.compile(
    r"\breleased (?:the rest of |everyone else on |everyone on )?(?:the|its|our) "
    r"(?:hold|reserve|standby|avail|pencil|waiting) list,? (?:you included|including you)\b"
)

# --- a test not passed, a file closed, a status changed --------------------------------------

# the reader's application, up to four words before it told ("the pipeline welder
# application"), never its window, form or fee
_APPLICATION = (
    r"(?:(?!of\b|your\b|side\b|part\b|stage\b)[a-z\-()]+ ){0,4}?"
    r"application(?! (?:window|period|deadline|form|portal|fee|season|round|process)\b)"
)
# "that ends the pipeline welder application with us", "this brings your application to an end"
_ENDS_APPLICATION = re.compile(
    # (forty-third pass: or puts it at an end, "which puts your application at an end here";
    # "this puts an end to your application")
    r"\b(?:that|this|which|it) puts (?:(?:the|your) (?:[a-z\-()]+ ){0,4}?application (?:at|to) "
    r"an end|an end to (?:the|your) (?:[a-z\-()]+ ){0,4}?application)\b"
    r"(?: here| now| with us| at this (?:stage|point))?"
    + _END
    # (forty-third pass: or a message that closes it, "this message closes your application";
    # never a rule, "an unfinished assessment after that closes the application"; opened by
    # "closes your", the words before asked behind it: opened by "this" it ran in most texts)
    + r"|(?:(?<=\bthis )|(?<=\bwhich )|(?<=\bthis message )|(?<=\bthis email )|"
    r"(?<=\bthis e-mail )|(?<=\bthis letter )|(?<=\bthis note )|(?<=\bthis mail ))closes your "
    + _APPLICATION
    + r"(?: (?:for|with) [^.!?\n,;]{1,50}?)?"
    + _END
    + r"|\b(?:that|this|which|it) (?:(?:message|email|e-mail|letter|note|mail) )?(?:ends|brings) "
    r"(?:the|your) "
    + _APPLICATION
    + r"(?! for (?:an?|the|your) (?:[a-z\-]+ )?(?:permit|licen[cs]e|loan|mortgage|visa|grant|"
    r"passport|card|account|allotment|parking|planning|refund|transfer|benefit)s?\b)"
    r"(?: [^.!?\n,;]{1,50}?)?(?: to (?:an end|a close))?(?: with us)?"
    r"(?: for (?:this|the) [a-z\-]+)?" + _END
)
# "today is where your cabin crew application stops"
_WHERE_IT_STOPS = re.compile(
    r"\b(?:today|this|here) is where your (?:[a-z\-()]+ ){0,5}?application (?:stops|ends)\b"
)
# "clearance has not been granted"
_NOT_CLEARED = re.compile(
    r"\b(?:vetting |security )?clearance (?:has not|hasn['\u2019]t|was not|wasn['\u2019]t|"
    r"could not be|cannot be) (?:been )?(?:granted|given|issued)" + _END
)
# "your place on the trainee tram driver scheme has been released"
_PLACE_RELEASED = re.compile(
    r"\byour place (?:on|in) (?:the|our|this) [^.!?\n,;]{1,50}?(?:scheme|programme|program|"
    r"course|intake|list|rota|panel|cohort|team|crew) (?:has been|was|is being) "
    r"(?:released|withdrawn|cancelled|given up)\b"
    r"(?! (?:as|because|since|at) (?:you|your)\b)(?! (?:as|at your) request)"
)
# "your access to project heron (image labelling) has been removed"
_ACCESS_REMOVED = re.compile(
    r"\byour access to (?:the )?project [^.!?\n]{1,60}? (?:has been|was) (?:removed|revoked|"
    r"withdrawn|closed)\b"
    r"(?! (?:as|because|since|now that) (?:the|this) project (?:has |is )?(?:now )?(?:ended|"
    r"finished|closed|complete|completed|over|wound up)\b)"
)
# "we've closed your registration with chalkline education"
_CLOSED_REGISTRATION = re.compile(
    r"\b(?:we|i)(?:['\u2019]ve| have) (?:now )?closed your (?:registration|candidate file|"
    r"candidate profile|application)\b(?! (?:for|on) (?:the|this) (?:[a-z\-]+ )?(?:week|"
    r"weekend|day|event|course|shift)\b)"
)
# "your account won't be switched on: the screening partner's report didn't meet our standard"
_ACCOUNT_NOT_ON = re.compile(
    r"\byour (?:[a-z\-]+ )?account (?:won['\u2019]t|will not|can['\u2019]t|cannot) be "
    r"(?:switched on|activated|turned on|approved|opened)"
    + _END
    + r"(?![ \t]*(?:until|unless|if|before|yet|till)\b)"
)
# "your submission has been kept in the archive of entries"
_ARCHIVED = re.compile(
    r"\byour (?:submission|entry|proposal|application) has been (?:kept|placed|filed|put) in "
    r"(?:the|our) archive\b"
)
# a form's field: "your place: not allocated"
_FIELD_NOT_ALLOCATED = re.compile(
    r"\byour (?:place|berth|spot|slot|bed)[ \t]*:[ \t]*(?:not allocated|not offered|not given|"
    r"none|declined|unsuccessful)\b"
)

# the readings whose own words hold an "until" or a "when" (negation._OWN_WORDS)
_OWN = readings(("role_gone", _FILLED_SO), ("reader_out", _RESERVE_CLOSED))
OWN_WORDS = tuple(pattern for _, _, pattern in _OWN)
READINGS = _OWN + readings(
    ("chose_other", _CALLED_TO),
    ("chose_other", _NAMED_APPOINTED),
    ("chose_other", _GIVEN_IT),
    ("chose_other", _TAKEN_ON_INSTEAD),
    ("chose_other", _STEP_UP),
    ("chose_other", _HAS_THE_LAST),
    ("chose_other", _WENT_TO),
    ("chose_other", _TAKEN_UP_BY),
    ("chose_other", _IS_HERS),
    ("role_gone", _ALL_TAKEN),
    ("role_gone", _LIST_CLOSED),
    ("role_gone", _COMPLETE_FOR),
    ("role_gone", _JOB_GONE),
    ("role_gone", _NAME_FILLED),
    ("role_gone", _KEEPING_AS_IT_IS),
    ("reader_out", _LIST_WITHOUT),
    ("reader_out", _NUMBER_NOT_LISTED),
    ("reader_out", _NAME_DIDNT_MAKE_IT),
    ("reader_out", _DECLINED_TO_ENTER),
    ("reader_out", _WONT_ADD_YOU),
    ("reader_out", _RELEASED_YOU),
    ("reader_out", _ENDS_APPLICATION),
    ("reader_out", _WHERE_IT_STOPS),
    ("reader_out", _NOT_CLEARED),
    ("reader_out", _PLACE_RELEASED),
    ("reader_out", _ACCESS_REMOVED),
    ("reader_out", _CLOSED_REGISTRATION),
    ("reader_out", _ACCOUNT_NOT_ON),
    ("reader_out", _ARCHIVED),
    ("reader_out", _FIELD_NOT_ALLOCATED),
)
