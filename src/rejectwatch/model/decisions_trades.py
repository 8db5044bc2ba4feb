"""Refusals from trades and channels no slice used, in their general forms (issue 11,
twenty-sixth pass, part W): written-40's misreadings (a bowling alley, a launderette, a roofer,
a packhouse, a hostel, a house-sitting platform, ...) by text, chat, voice note or form reply.

Each form is written here in several wordings and trades, never for one message:

* **no one needed after all**: "so I won't need anyone after all", "I don't need an assistant
  after all", "no extra hand needed" (never the reader, never a day, a cover or "until");
* **the team or the list kept as is**: "keeping the marshal crew as-is for spring", "we're
  keeping our painters list as is for now", "gonna stick with the crew we got" (never a rota,
  never the reader kept on);
* **the sender sorted for a hand**: "I'm sorted for a labourer", "I'm fine for a labourer",
  "we're good on crew for the season", "we're right for the muster without you", "staffed up at
  the dock for this summer" (never for a day or a shift, never the reader's leave);
* **going forward with her or him**: "we're moving forward with her" (a person, never a plan);
* **no vacancy now**: "Sorry, no vacancy now", "No job for now" (never work stopped till a day,
  never a job alert);
* **enough hands**: "we got enough boys on weekends", "we've enough adult helpers for the unit
  now" (never a day's cover, never the reader's day off);
* **the spots spoken for**: "our rookie spots ... are all spoken for", "the work-for-a-bed spots
  ... are taken through to March" (never a party's, a pitch's or a class's spots);
* **full up with hands**: "we're full up with marshals for the season", "we full up in the camp
  for this Carnival" (never tables or guests);
* **a relative doing the work**: "the evenings are sorted, my nephew is doing them till
  Christmas", "sorry, my brother-in-law's doing the weekend deliveries now";
* **the sit or the job closed to new applications**, **another sitter confirmed**;
* **nothing for new starters**: "there's nothing for new starters on the rota this time round";
* **"we can't put you on"** at the end of its clause (never the rota, a shift or the phone);
* **not able to add you to the schedule this year** (never a day's schedule, never a list);
* **all our hands got for the season**: "We've got all our tree wranglers for the season",
  "we've got our full grading crew for the kiwifruit season" (never stock or orders);
* **the shifts covered now**: "we've got the weekend lanes covered now" (never the reader's time
  off, never a day's cover);
* **our crew already picked**: "we already picked our new crew members for the opening" (never
  with the reader welcomed among them);
* **the hours gone to a member of staff**: "the creche hours have gone to a member of staff from
  reception" (never extra or overtime hours, never cover while the reader is away).

Left unread: a named other picked in a note that only thanks the reader in the next sentence
("committee's picked Aroha for the year 7 team"), which reads the same as club news about a
third party; "so that one's not for you".

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_casual import _A, _NOT_THE_READERS
from rejectwatch.model.decisions_crewed import _ON_A_DAY, _PERSON
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

# the end of a clause, or a clause going on with "so" or "and"
_STOP = r"(?=[ \t]*(?:[,.;:!|\u2014\u2013)(]|-[ \t]|$|\n)|[ \t]+(?:so|and)\b)"
_SEASON = (
    r"(?:season|summer|winter|spring|autumn|fall|harvest|muster|year|run|tour|carnival|"
    r"contract|term|opening)"
)
# nobody's leave, cover or day off, nothing the reader is still to do
_NOT_LEAVE = (
    r"(?![^.!?\n]*\b(?:holiday|holidays|leave|day off|time off|break|away|enjoy|rest|cover|"
    r"covering|while|until|till|you can|you" + _A + r"re|you" + _A + r"ll|see you|rota|shift|"
    r"shifts)\b)"
)
# no table, ticket, booking, stock or guest
_NOT_CUSTOMERS = (
    r"(?![^.!?\n]*\b(?:tables?|tickets?|seats?|guests?|stock|orders?|parking|pitch|pitches|"
    r"appointments?|class|classes|course|courses|party|parties|menu|rooms? for)\b)"
)
_HANDS = (
    r"(?:crew|team|staff|hands|helpers|volunteers|marshals|pickers|packers|graders|planters|"
    r"workers|drivers|boys|lads|girls|people|instructors|guides|leaders|cooks|waiters)"
)
_NO_NEED_AFTER_ALL = re.compile(
    r"\b(?:don" + _A + r"t|won" + _A + r"t|do not|will not|no longer|shan" + _A + r"t) need "
    r"(?:anyone|anybody|(?:an? |another )(?:extra |second |new )?" + _PERSON + r"|"
    r"(?:an )?extra (?:pair of )?hands?)(?: (?:this (?:season|summer|year|winter)|now))? "
    r"after all\b" + _NOT_LEAVE
    # (twenty-sixth pass, part K2: never a party or an event called off)
    + r"(?![^.!?\n]*\b(?:cancell?ed|cancel|called off|postponed|rained off)\b)"
    + r"|\bno (?:extra|more|other) (?:pair of )?hands? (?:needed|required|wanted)\b"
    + _ON_A_DAY + _NOT_LEAVE
)  # fmt: skip
# a list of people ("our painters list", "the sitters list"), never customers' or a mailing list
_PEOPLE_LIST = (
    r"(?!(?:customers|members|subscribers|readers|buyers|suppliers|orders|wait|waiting|guest|"
    r"mailing|shopping|reading)\b)[a-z]+(?:ers|ors|ists) list"
)
_KEPT_AS_IS = re.compile(
    r"\b(?:keeping|keep|kept|sticking with|stick with|stuck with|staying with) (?:the|our) "
    r"(?:[a-z\-]+ ){0,2}?(?:" + _HANDS[3:-1] + r"|cast|line-?up|roster|panel|pool|gang|"
    + _PEOPLE_LIST + r")(?: (?:as is|as-is)| we got)"
    r"(?: (?:for now|for the (?:time being|moment|season|summer|year)|this (?:season|summer|year)|"
    r"at the moment|for (?:the )?(?:[a-z\-]+ )?" + _SEASON + r"))?" + _STOP
    + _NOT_THE_READERS + _NOT_CUSTOMERS
)  # fmt: skip
_SORTED_FOR_A = re.compile(
    r"\b(?:i" + _A + r"m|i am|we" + _A + r"re|we are)(?: all| now)? (?:sorted|fine|good|right|"
    r"set|ok|okay|covered) (?:for|on) (?:a |an |our )?(?:new )?(?:" + _PERSON + r"|crew|staff|"
    r"hands|help)(?: now| already| (?:for|this) (?:the )?" + _SEASON + r")?" + _STOP
    + _NOT_LEAVE + _ON_A_DAY
    + r"|\b(?:we" + _A + r"re|we are|i" + _A + r"m|i am)(?: all)? (?:right|set|fine|ok|okay|good|"
    r"sorted) for (?:the |this )(?:[a-z\-]+ ){0,2}?(?:" + _SEASON[3:-1] + r"|job|work) "
    r"without you\b" + _NOT_LEAVE
    + r"|\bstaffed up (?:at|in|on) (?:the |our )?[a-z\-]+ for (?:the|this) " + _SEASON + r"\b"
    + _NOT_LEAVE
)  # fmt: skip
_FORWARD_WITH_THEM = re.compile(
    r"\b(?:we" + _A + r"re|we are|and are|we" + _A + r"ll be|we will be|i" + _A + r"m|i am) "
    r"(?:moving|going) (?:forward|ahead) with (?:her|him)"
    r"(?=[ \t]*(?:[,.;!]|$|\n)| instead\b| for (?:the|this) (?:role|job|position|post)\b)"
)
_NO_VACANCY_NOW = re.compile(
    r"\bno (?:vacancy|vacancies|opening|openings|job|jobs|position|positions) "
    r"(?:for now|now|right now|at the moment|at present|currently|for you (?:now|right now|"
    r"at the moment))\b"
    r"(?![^.!?\n]*\b(?:till|until|shut|closed|flood|weather|rain|snow|back|tomorrow|today|"
    r"alerts?|search|matching|saved|notify|new jobs|area)\b)"
)
_ENOUGH_HANDS = re.compile(
    r"\b(?:we" + _A + r"ve|we have|we|i" + _A + r"ve|i have) (?:got |now )?enough "
    r"(?:[a-z\-]+ )?" + _HANDS + r"(?: (?:on|for) (?:the )?(?:[a-z\-]+ )?(?:weekends?|nights|"
    r"mornings|evenings|unit|team|season|summer|crew|group))?(?: now)?" + _STOP + _NOT_LEAVE
    + r"(?![^.!?\n]*\b(?:tonight|tomorrow|today|this week)\b)"
    # (a day's rota with another day kept: "we've got enough hands, but wednesday is still yours")
    + r"(?![^.!?\n]*\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:" + _A
    + r"s|s)?\b[^.!?\n]*\b(?:yours|still on|you" + _A + r"re on)\b)"
)  # fmt: skip
_SPOTS_SPOKEN_FOR = re.compile(
    r"(?<!party )(?<!parking )(?<!pitch )(?<!tent )(?<!class )(?<!course )(?<!camping )"
    r"(?<!table )(?<!seat )(?<!booking )\b(?:spots|places|positions|roles|jobs|berths) "
    # (twenty-sixth pass, part K2: never a county side's or a league's spots)
    r"(?![a-z\- ]{0,60}?\b(?:squad|county|league|match|fixture)\b)"
    r"(?:[a-z\-]+ ){0,5}?(?:are|have been|were) (?:all |now )?(?:spoken for|taken (?:now|"
    r"already|through (?:to|till) [a-z]+|till [a-z]+|until [a-z]+|for (?:the|this) "
    + _SEASON + r"))\b" + _NOT_CUSTOMERS
    + r"(?![^.!?\n]*\b(?:squad|county|league|match|fixture)\b)"
    + r"(?![^.!?\n]*\b(?:can you|could you|would you|instead|available|free|left)\b)"
)  # fmt: skip
_FULL_UP_WITH = re.compile(
    r"\b(?:we" + _A + r"re|we are|we|i" + _A + r"m|i am)(?: all)? full up "
    r"(?:with (?:[a-z\-]+ )?(?:" + _PERSON + r"|" + _HANDS[3:-1] + r")|in the (?:camp|yard|"
    r"kitchen|workshop|crew|team|shed|packhouse))"
    r"(?: (?:for|this) (?:the |this )?(?:[a-z\-]+ )?" + _SEASON + r"| already| now)*" + _STOP
    + _NOT_CUSTOMERS + _NOT_LEAVE
)  # fmt: skip
_KIN = (
    r"(?:nephew|niece|son|daughter|cousin|brother|sister|brother-in-law|sister-in-law|"
    r"son-in-law|daughter-in-law|uncle|aunt|auntie|missus|wife|husband|grandson|"
    r"granddaughter|young one)"
)
_KIN_DOING_IT = re.compile(
    r"\b(?:sorry|afraid|sorted|covered)\b[^.!?\n]{0,30}?\b(?:my|our) " + _KIN
    + r"(?:" + _A + r"s| is) (?:doing|having|taking|running) (?:them|it|the (?:[a-z\-]+ ){0,2}?"
    r"(?:deliveries|round|rounds|shifts|hours|evenings|mornings|weekends|nights|job|work|rooms|"
    r"counter|bar|van))(?: now| (?:till|until) [a-z]+| for (?:the|this) " + _SEASON + r")?"
    + _STOP + r"(?![^.!?\n]*\b(?:you can|you" + _A + r"re|you" + _A + r"ll|while you|"
    r"cover|covering|holiday|off)\b)"
)  # fmt: skip
# (a post "closed to new applications" is not read: it says when applying stopped, not what became
# of the reader's application, "… closed to new applicants. your application is under review")
_CLOSED_TO_NEW = re.compile(
    r"\b(?:have|has|" + _A + r"ve) (?:now )?confirmed (?:a different|another) "
    r"(?:sitter|house-sitter|candidate|applicant|person|helper|nanny|tutor|cleaner|walker|carer|"
    r"minder|teacher|worker|driver|volunteer)\b" + _NOT_THE_READERS
)
_NOTHING_FOR_NEW = re.compile(
    r"\b(?:nothing|no (?:hours|shifts|room|space|places?|spots?|gaps?|openings?|slots?)) for "
    r"(?:new starters|new staff|new people|newcomers|anyone new|new faces|new applicants|new "
    r"hands"
    # (forty-fifth pass: or one newcomer by trade, "there's no gap for a new player this year")
    r"|(?:a|any|another) new (?:[a-z\-]+ )?(?:[a-z\-]+(?:er|or|ist|ant|ent|ian)|hand|face|"
    r"person|member|starter|recruit|helper|cook|chef|nanny))\b"
    r"(?![^.!?\n]*\b(?:to sign|to bring|to wear|to read|parking|lockers?|uniforms?|yet)\b)"
)
_CANT_PUT_YOU_ON = re.compile(
    r"\b(?:can" + _A + r"t|cant|cannot|can not|couldn" + _A + r"t|won" + _A + r"t be able to|"
    r"aren" + _A + r"t able to|are not able to) put you on"
    r"(?=[ \t]*(?:[,.;!]|$|\n)| this (?:season|summer|year|time)\b| for (?:the|this) "
    r"(?:season|summer|year)\b)"
    r"(?![^.!?\n]*\b(?:rota|shift|shifts|this week|next week|tomorrow|today|tonight|hold|phone|"
    r"speaker|list|train|bus|till|until|course|courses|class|classes|workshop|lessons?)\b)"
)
_NOT_ABLE_TO_ADD = re.compile(
    r"\b(?:weren" + _A + r"t|were not|aren" + _A + r"t|are not|won" + _A + r"t be|will not be) "
    r"able to add you (?:to|onto|on) (?:the|our) (?:[a-z\-]+ )?(?:schedule|team|crew|roster|"
    r"staff|line-?up)"
    r"(?= this (?:year|season|summer|time|fall|winter|round)\b| for (?:the|this) "
    r"(?:season|summer|year)\b|[ \t]*(?:[,.;!]|$|\n))" + _ON_A_DAY
)
_GOT_ALL_OUR = re.compile(
    r"\b(?:we" + _A + r"ve|we have|i" + _A + r"ve|i have) (?:now )?got (?:all (?:of )?our|our "
    r"(?:full|whole)|a full) (?:[a-z\-]+ )?(?:" + _HANDS[3:-1] + r"|(?!customers|members|orders|"
    r"flowers|papers|posters|numbers|burgers|jumpers|stickers|trailers|containers|vouchers|"
    r"covers|letters|folders|markers|heaters|hampers|supplies|tickets)[a-z]+(?:ers|ors))"
    r"(?: sorted| in| booked)? for (?:the|this) (?:[a-z\-]+ )?" + _SEASON + r"\b"
    r"(?: now| already)?" + _STOP
    + _NOT_THE_READERS + _NOT_CUSTOMERS
)  # fmt: skip
_COVERED_NOW = re.compile(
    r"\b(?:got|have) the (?:[a-z\-]+ ){0,2}?(?:lanes|evenings|mornings|weekends?|nights|hours|"
    r"shifts|round|counter|bar|kitchen|job|jobs|position|role|spot|post) (?:all )?(?:covered|"
    r"sorted|"
    r"filled)(?: now| already| for (?:the|this) " + _SEASON + r")" + _STOP + _NOT_LEAVE
)  # fmt: skip

_PICKED_OUR = re.compile(
    r"\b(?:already|now) (?:picked|chosen|found|hired) (?:our|all our|the) (?:new )?"
    r"(?:[a-z\-]+ )?(?:crew|team|staff|hands|helpers)(?: members)?(?: for (?:the|this) "
    r"(?:[a-z\-]+ )?(?:" + _SEASON[3:-1] + r"|launch|event))?" + _STOP + _NOT_THE_READERS
    + _NOT_CUSTOMERS
    + r"(?![^.!?\n]*\b(?:welcome|congrat\w*|one of them|among them)\b)"
)  # fmt: skip
_HOURS_GONE_TO = re.compile(
    r"(?<!extra )(?<!overtime )(?<!spare )(?<!your )\b(?:hours|shifts|evenings|mornings|"
    r"weekends|round) (?:have|has) (?:now )?gone to (?:a|an|one|another|our|my) "
    r"(?:[a-z\-]+ ){0,2}?(?:member of (?:staff|the team)|colleague|staff member|" + _PERSON
    + r")" + _NOT_LEAVE
)  # fmt: skip

READINGS = readings(
    ("role_gone", _NO_NEED_AFTER_ALL),
    ("role_gone", _KEPT_AS_IS),
    ("role_gone", _SORTED_FOR_A),
    ("chose_other", _FORWARD_WITH_THEM),
    ("role_gone", _NO_VACANCY_NOW),
    ("role_gone", _ENOUGH_HANDS),
    ("role_gone", _SPOTS_SPOKEN_FOR),
    ("role_gone", _FULL_UP_WITH),
    ("chose_other", _KIN_DOING_IT),
    ("role_gone", _CLOSED_TO_NEW),
    ("role_gone", _NOTHING_FOR_NEW),
    ("reader_out", _CANT_PUT_YOU_ON),
    ("reader_out", _NOT_ABLE_TO_ADD),
    ("role_gone", _GOT_ALL_OUR),
    ("role_gone", _COVERED_NOW),
    ("chose_other", _PICKED_OUR),
    ("chose_other", _HOURS_GONE_TO),
)
