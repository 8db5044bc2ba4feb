"""Someone else hired, told by name or by a short description, and the reader below a cut, said
in everyday English (issue 11, thirty-eighth pass).

Blind slice 38's misses, read by kind, held refusals with no decision token in shapes that
recur whatever the words around them:

* **a person hired, named or described, with who they are**: "we hired Cody, who's been running
  our Tuesday league, as course attendant", "we hired Lupe from the farmers' co-op in the
  spring", "we have just taken on an assistant, a former student of our ustad";
* **the post going to, or given to, someone named**: "the lamplighter route goes to Declan,
  who's covered it on holidays", "the boatman job is given to Rahman from the Jurong run";
* **the choice settled or leaned**: "the crew settled on the person they're taking on",
  "on balance we leaned toward others whose work runs deeper";
* **the offer gone elsewhere**, with the post's name before it: "the Compliance Data Analyst
  offer went elsewhere";
* **the reader below a cut**: "yours has missed the cut for interviews", "the referral cut fell
  above your rating", "your name is absent from the referral list" (and "your application
  therefore stops at the sift stage": rejectwatch.model.decisions_ordinary's stop, which now
  takes an adverb before its verb).

Second round (blind slice 39's misses): the post **taken by** someone ("the paddock hand job's
been taken by a local", "spot taken by Carlos from Friday social"), held by someone from a group
now ("Josie from the weekend displays has it now"), going to someone from a group named without
an article ("from Tuesday group"), and someone **picked, told by trade** ("we picked a retired
brakeman from our old team": a word for a person by its ending, never a vendor, a supplier or a
winner).

Each reading is (token name, pattern) over lower-cased text, appended to the outcome readings by
rejectwatch.model.plain_outcomes: none fires in a conditional, still-to-come, quoted or
undecided sentence, nor in mail about someone else's candidacy. None reads the reader as the
one hired ("we hired you"), a count or a class hired ("we hired 40 people", "we hired more
staff"), nor a recruiter or reviewer taken on to read the reader's application.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_casual import _A
from rejectwatch.model.prefilter import readings

__all__ = ["NEWS_READINGS", "READINGS"]

# never the reader, a count, a class of staff, or someone taken on to handle the reader's
# application
_NOT_A_CLASS = (
    r"(?!you\b|your\b|yourself\b|us\b|them\b|staff\b|people\b|more\b|new\b|over\b|many\b|"
    r"several\b|some\b|extra\b|seasonal\b|temporary\b|temps?\b|lots\b|plenty\b|dozens\b|"
    r"hundreds\b|a (?:few|number|lot|team|couple|new (?:recruiter|coordinator))\b|\d)"
)
_NOT_STAFFING = (
    r"(?![^.!?\n]*\b(?:you|your|yours|recruit\w*|talent|hr|human resources|hiring|coordinator|"
    r"scheduler|interview\w*|review\w*|screen\w*|assess\w*)\b)"
)
# who the one hired is: "Cody, who's been …", "Lupe from the co-op", "an assistant, a former
# student of our ustad", "Cody as course attendant"
_WHO_THEY_ARE = (
    r"(?:,? who(?:" + _A + r"s| has| had| was| is)?\b| from (?:the|our|a|an|his|her|their|"
    r"last|this)\b| as (?:our |the |a |an )?(?:new )?[a-z\-]+|, (?:a|an|our|the|his|her|my) "
    r"(?:former|old|long-?time|regular|local|past|previous|returning|ex-)\b)"
)
_HIRED = re.compile(
    r"\b(?:we|i|they|he|she)(?:" + _A + r"ve| have| has| had)?(?: just| now| already| finally)? "
    r"(?:hired|taken on|took on|signed on|engaged|brought on) "
    + _NOT_A_CLASS
    + r"(?:an? |the )?(?!(?:[a-z\-]+ )?(?:system|software|tool|process|platform|policy|agency|"
    r"firm|contractor|company|supplier|consultancy|service)s?\b)(?:[a-z\-]+ ){0,2}?[a-z\-]+"
    + _WHO_THEY_ARE
    + _NOT_STAFFING
)
# the post going to, or given to, someone named ("the lamplighter route goes to Declan, who's
# covered it", "the boatman job is given to Rahman from the Jurong run")
_POST = (
    r"(?:job|role|post|position|route|spot|place|shift|berth|seat|slot|round|patch|pitch|"
    r"stall|apprenticeship|traineeship|placement|opening|vacancy)"
)
_GOES_TO = re.compile(
    r"\b(?:the|that|this) (?:[a-z\-]+ ){0,2}?" + _POST + r" (?:now |therefore |then |so )?"
    r"(?:goes|is going|has gone|"
    + _A
    + r"s gone|went|is given|was given|has been given|"
    + _A
    + r"s been given|is handed|was handed|has been handed) to "
    r"(?!you\b|your\b|yourself\b|whoever\b|the\b|an?\b|our\b|someone\b|somebody\b)[a-z\-]+"
    # (second round: or from a group named without an article, "going to Bev from Tuesday group")
    r"(?:,? who\b|,? whose\b| from (?:the|our|a|an|his|her|their|[a-z]+ (?:group|team|crew|shift|"
    r"class|club|social|nights?|league|rota|yard|shop|branch|site))\b| who"
    + _A
    + r"s\b)"
    + _NOT_STAFFING
)
# the one who holds the post, never a team, an office or a pronoun that "has it now" (a receipt's
# "the hiring team has it now")
_NOT_A_TEAM = (
    r"\b(?!(?:the|our|your|hiring|recruiting|recruitment|talent|team|panel|manager|office|"
    r"department|committee|board|hr|we|they|it|this|that|who)\b)"
)
# (second round) the post taken by someone ("the paddock hand job's been taken by a local", "the
# closing-room place has been taken by an apprentice we've trained", "assistant teacher spot
# taken by Carlos from Friday social"), or held by them now ("Josie from the weekend displays
# has it now"); never the reader, a message or a call taken by someone
_TAKEN_BY = re.compile(
    r"\b" + _POST + r"(?:" + _A + r"s| has| is| was)?(?: now| already| just)?(?: been)? taken "
    r"(?:up |on )?by (?!you\b|your\b|yourself\b|surprise\b|storm\b)(?:an? |the |our |my |one of )?"
    r"[a-z\-]+" + _NOT_STAFFING
    # (someone from a group, never a team or an office that has the application now)
    + r"|"
    + _NOT_A_TEAM
    + r"[a-z]+ from (?:the |our )?"
    r"[^.!?\n,;]{1,40}? (?:has|holds) (?:it|the " + _POST + r") now\b"
    + _NOT_STAFFING
)  # fmt: skip
# (second round) someone picked, told by trade ("we picked a retired brakeman from our old team",
# "we chose a welder from the night shift"); a word for a person (a trade's ending), never a
# thing, a supplier or a winner
_PICKED = re.compile(
    r"\b(?:we|i|they|he|she|[a-z]+ crew)(?:" + _A + r"ve| have| has| had)?(?: just| now| already)? "
    r"(?:picked|chose|chosen|selected|went with|gone with) (?:an? |the |one of (?:our|their|the) )"
    r"(?:[a-z\-]+ ){0,2}?(?!(?:supplier|provider|printer|caterer|partner|winner|number|letter|"
    r"answer|paper|cover|poster|sticker|folder|filter|trailer|container|computer|scanner|charger|"
    r"manufacturer|retailer|carrier|courier|contractor|installer|vendor|distributor|sponsor|"
    r"colou?r|motor|generator|tractor|monitor|processor|elevator|indicator|sector|corridor|"
    r"calendar|server|router|player|member|customer|client|tenant|buyer|seller|bidder|"
    r"operator|developer|publisher|designer|venue|agent|agency)s?\b)"
    r"[a-z\-]+(?:man|woman|men|women|er|or|ist|ant|ent|ee|ian)\b"
    r"(?: (?:from|who|whose|with|that)\b|,)" + _NOT_STAFFING
)  # fmt: skip
# (third round, blind slice 40) the post offered or given to someone named or related ("the
# partners have offered the post to Gearóid, who …", "the directors gave the Mill Operator post
# to Mr. Cato", "scutching job's gone to Joe Mulholland's son"); a name may hold any letter
_NAME = r"[^\W\d_]+(?:-[^\W\d_]+)?"
_RELATIVE = (
    r"(?:[^\W\d_]+ ){0,2}?[^\W\d_]+['\u2019]s (?:son|daughter|nephew|niece|brother|sister|"
    r"cousin|lad|girl|boy|grandson|granddaughter|apprentice|wife|husband"
    # (fortieth pass: "the committee's given it to Femke's dad", "we've started Kyle's mate")
    r"|dad|mum|mom|father|mother|uncle|aunt|auntie|mate)\b"
)
_OFFERED_POST = re.compile(
    r"\b(?:gave|given|offered|awarded|handed) (?:the|this|that|our) (?:[a-z\-]+ ){0,3}?" + _POST
    + r" to (?!you\b|your\b|yourself\b|the\b|an?\b|our\b|someone\b|somebody\b)"
    r"(?:(?:mr|mrs|ms|miss|dr|mx)\b|" + _RELATIVE + r"|" + _NAME
    + r"(?:,? who\b|,? whose\b| from\b| who['\u2019]s\b|, (?:a|an|our|the|his|her|my)\b))"
    + _NOT_STAFFING
    + r"|\b(?:[a-z\-]+ ){0,2}?" + _POST + r"(?:['\u2019]s| has)(?: now| already)? gone to "
    + _RELATIVE
    + _NOT_STAFFING
)  # fmt: skip
# ... or held by someone from a place ("Kirsty from the seafront pitch has the summer route")
_HOLDS = re.compile(
    _NOT_A_TEAM
    + _NAME
    + r" from (?:the |our )?"
    r"[^.!?\n,;]{1,40}? (?:has|holds|has got) the (?:[a-z\-]+ ){0,2}?" + _POST + r"\b"
    + _NOT_STAFFING
)  # fmt: skip
# ... or someone engaged, told by a trade ("the studio has engaged Mr Peter Okafor, a leadlight
# craftsman from the cathedral works")
_ENGAGED_TRADE = re.compile(
    r"\b(?:we|i|they|the (?:studio|shop|firm|partners|directors|owners?|workshop|yard|farm|"
    r"bakery|kitchen|crew|practice|company|club|guild|trust))(?:" + _A + r"ve| have| has| had)? "
    r"(?:hired|engaged|taken on|appointed|signed on|brought on) (?!you\b)(?:[^\W\d_]+ ){1,3}?"
    r"[^\W\d_]+, (?:a|an) (?:[a-z\-]+ ){0,2}?[a-z\-]*(?:man|woman|er|or|ist|ian|smith|wright|"
    r"maker|hand)\b"
    + _NOT_STAFFING
)  # fmt: skip
# the choice settled on someone taken on, or leaned toward others ("the crew settled on the
# person they're taking on", "we leaned toward others whose …")
_SETTLED = re.compile(
    r"\bsettled on (?:the|a) (?:person|candidate|applicant|one|finalist|worker|hand) "
    r"(?:they|we|he|she|i)(?:" + _A + r"re| are| were|" + _A + r"ll| will| have|" + _A + r"ve)? "
    r"(?:taking on|hiring|bringing on|appointing|signing|offering)\b"
    r"|\b(?:leaned|leant|tipped|tilted) (?:more )?(?:toward|towards) (?:others|other (?:[a-z\-]+ )?"
    r"(?:candidates|applicants|people|finalists)|another (?:candidate|applicant|person|finalist)|"
    r"someone else|somebody else|(?:the|a|an) (?:[a-z\-]+ )?(?:candidate|applicant|person|"
    r"finalist) (?:who|whose|with))\b"
)
# the offer gone elsewhere, the post's name before it
_OFFER_ELSEWHERE = re.compile(
    r"\bthe (?:[a-z\-]+ ){0,4}?offer (?:went|has gone|" + _A + r"s gone|was made|has been made|"
    r"ended up) elsewhere\b"
)
# never a slip put right (what follows a reading of the reader's name off a list)
_NOT_A_SLIP = (
    r"(?![^.!?\n]*\b(?:error|mistake|mix-up|oversight|glitch|added|corrected|restored|"
    r"reinstated|fixed)\b)"
)
# the reader below a cut ("yours has missed the cut", "the referral cut fell above your rating",
# "your name is absent from the referral list"; "your application therefore stops at the sift
# stage" is decisions_ordinary's stop)
_BELOW_CUT = re.compile(
    r"\b(?:you|yours|your (?:application|score|mark|submission|candidacy|cv|entry|result))"
    r"(?: has| have|" + _A + r"ve|" + _A + r"s)?(?: just| narrowly)? missed the (?:cut|"
    r"cut-off|cutoff|mark)\b"
    r"|\bthe (?:[a-z\-]+ )?(?:cut|cut-off|cutoff|threshold|bar) (?:fell|fall|sat|was|landed|"
    r"came) (?:above|over|higher than) your (?:rating|score|mark|result|points)\b"
    # (a hiring list only, never a guest list or a register of attendance)
    # (fifty-fourth pass: with a word put between, "your name, however, is absent from", or
    # the list named by where it went, "the list forwarded for selection")
    r"|\byour name(?:,? (?:however|though|unfortunately|regrettably|sadly|this time),?)? "
    r"(?:is|was) (?:absent|missing|not) (?:from|on) (?:that|the|this) (?:(?:[a-z\-]+ )?"
    r"(?:referral|certified|certification|interview|eligible|eligibility|merit|selection|"
    r"candidate|hiring|appointment) (?:list|register)\b|(?:list|register) (?:forwarded|sent|"
    r"passed|referred|certified|issued|submitted|given) (?:on )?(?:for|to) (?:the )?(?:selection|"
    r"selecting|hiring|appointing|interview)\b)"
    # (never a slip put right, "missing from the merit list due to a clerical error; it has now
    # been added")
    + _NOT_A_SLIP
)  # fmt: skip

# (fifty-fourth pass) a body that hires choosing someone's kin, told with the body as its
# subject ("The committee met after church and chose Sione's cousin, who lives beside the hall",
# "the owners have picked Tom's daughter"); "we chose …" was read already
_BODY_CHOSE_KIN = re.compile(
    r"\b(?:the|our) (?:[a-z\-]+ )?(?:committee|board|panel|owners?|family|trustees|council|club|"
    r"elders|parish|church|co-?op|partners|directors|boss|manager|chef|skipper|foreman)"
    r"(?: [^.!?\n]{0,40}? and)? (?:chose|picked|selected|appointed|went with|took on|hired|"
    r"(?:has|have) (?:chosen|picked|selected|appointed|gone with|taken on|hired)) "
    + _RELATIVE
    + _NOT_STAFFING
)

# (the words that open each reading and the others a match holds: read off its pattern,
# rejectwatch.model.prefilter.openers)
# (the two a staff bulletin also tells, "good news for the team - we have hired Marguerite, who
# ran the Leeds office": rejectwatch.model.decisions_heard reads them as news after such words)
NEWS_READINGS = readings(("chose_other", _HIRED), ("chose_other", _GOES_TO))
READINGS = NEWS_READINGS + readings(
    ("chose_other", _SETTLED),
    ("chose_other", _TAKEN_BY),
    ("chose_other", _PICKED),
    ("chose_other", _OFFERED_POST),
    ("chose_other", _BODY_CHOSE_KIN),
    ("chose_other", _HOLDS),
    ("chose_other", _ENGAGED_TRADE),
    ("chose_other", _OFFER_ELSEWHERE),
    ("reader_out", _BELOW_CUT),
)
