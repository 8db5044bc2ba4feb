"""Another preferred, in hedges, learners' English, thread replies and text messages (issue 11,
twenty-ninth pass, part A): slice 27's mix misses in their general forms.

Each form is written here in several wordings and trades, never for one message:

* **the ones who continue have more**: a learner's hedge naming no refusal, only that the
  people who go on in the process have more years or experience, or a profile nearer the post
  ("the profile of the people who will continue in the process has more years working in ...",
  "the candidates that pass to the next phase have more experience in ...", "the persons who
  follow in the selection count with more practice in ..."); never with the reader among them;
* **others closer, and theirs go forward**: "others brought experience closer to this job's
  daily round", "other applicants showed skills nearer to what the site needs", "theirs go
  forward" (never a proposal's, a paper's or a bid's; never the reader with them);
* **the post goes to an insider or someone described**: "the Laboratory Officer position will
  go to our current contract staff", "the role goes to a staff member from our Kano office",
  "the seat has gone to an internal candidate" (never news welcoming the one appointed, never a
  policy that it goes so first, never a panel, a board or an advert);
* **agreed to bring in a named other for the post**: "the partners met and agreed to bring in
  Tomás, who has been temping with us, for the Paralegal seat", "the board decided to appoint
  Ms Rahman to the Bursar post" (never the reader, never an agency, never cover until the
  search goes on, never a round of interviews);
* **someone got it, and why**: a text's "someone local got it cos they can start monday",
  "somebody else got the job as they had their ticket already" (never a shift, a day, a parcel
  or a question; never a thing got wrong or sorted).

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_casual import _A
from rejectwatch.model.prefilter import readings
from rejectwatch.model.third_party import GOT_FIRST

__all__ = ["AGREED_BRANCHES", "READINGS"]

# the reader not among the ones preferred ("like you", "you too", "including you", "you will")
_NOT_WITH_READER = (
    r"(?![^.!?\n]*\b(?:like you|as you|and you|you too|you also|with you|including you|"
    r"among them|one of them|can you|could you|would you|will you|are you|do you|"
    r"you(?:" + _A + r"ll| will|" + _A + r"re| are| have| can| still| got|" + _A + r"ve)|"
    r"your (?:interview|next|place|invitation|slot))\b)"
)  # fmt: skip
# never news welcoming the one appointed, nor a policy of whom a post goes to first
_NOT_NEWS = (
    r"(?![^.!?\n]*\b(?:welcome|welcoming|congratulat\w*|join me|please|pleased|delighted|"
    r"announce\w*|starts|joins|joining|first|if|unless|where|when|normally|usually|always|"
    r"policy|priority|preference|until|while|meantime|interim|cover)\b)"
)
# never a proposal's, a paper's, a bid's or a grant's
_NOT_A_JOB_WORD = (
    r"(?:proposals?|papers?|abstracts?|bids?|tenders?|grants?|submissions?|pitch(?:es)?|ideas?|"
    r"designs?|entries|entry|projects?|teams?)"
)
_NOT_A_JOB = r"(?![^.!?\n]*\b" + _NOT_A_JOB_WORD + r"\b)"
_MORE_OF = (
    r"(?:more (?:[a-z\-]+ ){0,2}?(?:years|experience|expertise|knowledge|practice|seniority|"
    r"background|training|trajectory|specialisation|specialization)|a (?:profile|background|"
    r"experience) (?:more|closer|nearer|better) (?:adjusted|adapted|aligned|suited|matched|"
    r"fitted|adequate|related|close|near|to)\b)"
)
# the people who go on in the process have more years or experience
_CONTINUING_HAVE_MORE = re.compile(
    r"\b(?:people|persons|candidates|applicants|profiles|participants|ones) (?:who|that|which) "
    r"(?:will |are going to |do |can )?(?:continue|continues|go on|goes on|pass|passes|advance|"
    r"advances|follow|follows|stay|stays|remain|remains|keep going|keep on)\b[^.!?\n]{0,30}?"
    r"\b(?:process|selection|phase|stage|step|round|recruitment|procedure|competition)\b"
    r"[^.!?\n]{0,30}? "
    r"(?:has|have|had|bring|brings|show|shows|count with|counts with|possess|possesses|"
    r"own|owns|present|presents) " + _MORE_OF + _NOT_WITH_READER
)  # fmt: skip
_CLOSER = (
    r"(?:closer|nearer|more relevant|more directly relevant|better suited|better matched|"
    r"more closely matched|more closely aligned|more aligned)"
)
_OTHERS = r"(?:others|other (?:applicants|candidates|people|persons|profiles))"
# others closer to the post, and theirs go forward (the sentence naming no proposal or bid)
_OTHERS_CLOSER = re.compile(
    r"\b" + _OTHERS + r" (?:brought|had|have|showed|shown|offered|bring|came with|come with|"
    r"presented) (?:[a-z\-]+ ){0,2}?(?:experience|skills|backgrounds?|profiles?|track records?|"
    r"expertise|knowledge) " + _CLOSER + r"\b" + _NOT_WITH_READER + _NOT_A_JOB
    + r"|\b" + _OTHERS + r"\b(?:(?!\b" + _NOT_A_JOB_WORD + r"\b)[^.!?\n]){1,120}?\btheirs "
    r"(?:go|goes|will go|are going|went|have gone|move|moves|will move|are moving|moved|proceed|"
    r"proceeds|will proceed) (?:forward|ahead|on|through)\b" + _NOT_WITH_READER + _NOT_A_JOB
)  # fmt: skip
_POST = r"(?:role|position|post|job|seat|vacancy|opening|place|appointment|contract)"
# the post goes to an insider or someone described
_POST_GOES_TO = re.compile(
    r"(?<!\beach )(?<!\bevery )\b" + _POST + r" (?:will go|goes|is going|has gone|went|"
    r"will be going|is to go|has been given|will be given|is being given|is given) "
    r"to (?:a|an|one of|our|one of our|the) "
    r"(?:[a-z\-]+ ){0,2}?(?:staff|staff member|staff members|colleague|colleagues|employee|"
    r"team member|member of (?:our )?staff|internal candidate|internal applicant|temp|"
    r"secondee|intern|trainee|current (?:[a-z\-]+ )?(?:staff|employee|colleague|worker)|"
    r"person|candidate|applicant|someone|somebody)\b" + _NOT_NEWS + _NOT_WITH_READER
    # (never a rule of whom it will go to: the best, the highest score, whoever)
    + r"(?![^.!?\n]*\b(?:best|highest|most|strongest|top|whoever|whichever)\b)"
    # (twenty-ninth pass, part K: nor a seat filled by a vote, "the seat will go to a current
    # staff member, elected by the staff council next week")
    + r"(?![^.!?\n]*\b(?:elected|election|elections|ballot|vote|voted|votes|voting|nominated|"
    r"nomination|nominations|rota|rotation)\b)"
)  # fmt: skip
# agreed to bring in a named other for the post (the name any words but the reader's)
_BRING_IN = (
    r"(?:bring in|bring on|take on|hire|appoint|engage|go with|offer (?:it|the "
    r"(?:[a-z\-]+ ){0,3}?" + _POST + r") to)"
)  # fmt: skip
# (the one brought in: never the reader, an agency, a recruiter or a consultant)
_NOT_THE_ONE = (
    r"(?!\b(?:you|your|him|her|them|agency|agencies|recruiters?|recruitment|consultants?|"
    r"consultancy|headhunters?|firm)\b)"
)
_NOT_A_ROUND = (
    r"(?![^.!?\n]*\b(?:agency|agencies|recruiters?|consultants?|interviews?|round|shortlist|"
    r"panel|search|campaign)\b)"
)
# (twenty-ninth pass, part K: never a colleague brought in for a client's seat or a meeting,
# "agreed to bring in Louise, who has handled the audits, for the client seat on the steering
# group")
_NOT_FOR_A_CLIENT = (
    r"(?![^.!?\n]*\b(?:(?:the|our|a|their) (?:[a-z\-]+ )?(?:client|clients|client's|customer|"
    r"customer's|steering|committee)|meeting|meetings|pitch|presentation|workshop)\b)"
)
_AGREED_TO_BRING_IN = re.compile(
    r"\b(?:agreed|decided|chose|opted|elected|voted|resolved) to " + _NOT_FOR_A_CLIENT
    + _BRING_IN + r" "
    r"(?:" + _NOT_THE_ONE + r"[^.!?\n]){1,120}? (?:for|to|as|in) (?:the|our) "
    r"(?:[a-z\-]+ ){0,4}?" + _POST + r"\b" + _NOT_A_ROUND + _NOT_NEWS + _NOT_WITH_READER
    + r"|\b(?:agreed|decided|chose|opted|elected|voted|resolved) to " + _NOT_FOR_A_CLIENT
    + _BRING_IN + r" "
    + _NOT_THE_ONE + r"[a-z\u00c0-\u024f\-]+(?: [a-z\u00c0-\u024f\-]+)?, who (?:has|had|is|"
    r"was|" + _A + r"s)\b" + _NOT_A_ROUND + _NOT_NEWS + _NOT_WITH_READER
)  # fmt: skip
# someone got it, and why
_SOMEONE_GOT_IT = re.compile(
    r"\b(?:someone|somebody|another (?:applicant|person|candidate|lad|girl))(?: local| else| "
    r"from (?:the )?(?:town|village|area|island|valley))? got (?:it|the (?:job|role|position|"
    r"post|spot|place|gig|work)) (?:cos|coz|cause|cuz|because|since|as)\b"
    + _NOT_WITH_READER
    # (twenty-ninth pass, part K: never a ticket, a flat or a raffle got first, "someone local
    # got it cos they queued from 6am", "somebody else got the place because they could move
    # in on the 1st")
    + r"(?![^.!?\n]*" + GOT_FIRST + r")"
)  # fmt: skip

_AGREED = readings(("chose_other", _AGREED_TO_BRING_IN))
READINGS = (
    readings(
        ("chose_other", _CONTINUING_HAVE_MORE),
        ("chose_other", _OTHERS_CLOSER),
        ("chose_other", _POST_GOES_TO),
    )
    + _AGREED
    + readings(("chose_other", _SOMEONE_GOT_IT))
)
# the readings of a choice agreed on, which decisions_heard.told_otherwise leaves unread when the
# reader stands among those who chose ("the hiring panel (you, Maria and me) agreed to offer the
# analyst role to Sipho, who had the best case study") or news is told before it
AGREED_BRANCHES = frozenset(pattern for _, _, pattern in _AGREED)
