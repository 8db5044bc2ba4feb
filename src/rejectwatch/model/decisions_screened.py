"""Refusals after a screen, in a two-line note, an HR platform's message, a recruiter's mail or
a public body's letter, in their general forms (issue 11, twenty-seventh pass, part F):
written-41's misreadings (an MRI or lab screen, a coding test, a clinical simulation, a trial
shift, a small office's thread, a council's outcome letter, a recruiter's follow-up).

Each form is written here in several wordings, never for one message:

* **not on the panel**: "You do not appear on the panel that appointments will be drawn from",
  "your name does not appear on the shortlist" (never an attendance sheet or a mailing list);
* **set to a refused status**: "has set your club manager application to Not Progressing" (a
  status word only, never "Interview" or "Shortlisted");
* **not gone your way**: "this time it hasn't gone your way", "the panel's decision did not go
  in your favour" (a decision, an outcome or "it" this time, never an interview or a test);
* **not taken any further**: "we're not taking your account executive application any further"
  (never "until", "unless" or "before");
* **not extended to you**: "we won't be extending the operations executive position to you",
  "will not be extending an offer to you" (never a closing date or a deadline);
* **gone elsewhere**: "the appointment goes elsewhere" (the job, the role, the offer; never the
  reader's post or parcel);
* **the other candidate got it**: "The other candidate got it", "the other finalist got the
  nod" (never a slot or a time);
* **the cut-off not cleared**: "you have not cleared the cut-off for the next round" (never
  "who have not", never a cut-off date);
* **stopping short of a stage**: "we'll stop short of a final interview with you", "we're
  stopping short of the onsite" (never a break for coffee);
* **not to be offered the role**: "you will not be offered the nurse assistant role" (never
  "until", "unless", a parking space);
* **an internal hire, no outside hire**: "We ended up hiring one of our kennel staff into the
  front desk role", "no outside hire needed after all" (never "too", "as well", company for
  the reader);
* **a profile not selected after a round**: "Profile not selected after technical round";
* **not going on with you**: "we will not be going on with you for the sales exec role" (never
  going on with the reader to a place);
* **no offer decided**: "we've decided not to make an offer", "decided not to extend an offer
  to you" (never an offer on premises or a house);
* **not the fit we need**: "not quite the fit we need at this stage", "You're not the right fit
  for us right now" (a clause opening with it or with "you're", never a venue's fit);
* **calling it a day on the application**.

Left unread: "we're stopping before the onsite" (its "before" reads as a choice still to come);
"we're going to give this one a miss" (it reads the same as a business passing on
an event); "We'll leave it there, the manager went with a lad who's done cocktails before" (the
sentence's "we'll" reads as a choice still to come); "we're going to hire a tech who has more
dental experience" (it reads the same as news of a colleague joining).

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_casual import _A
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

# the end of a clause, or a clause going on with "so", "and" or "but"
_STOP = r"(?=[ \t]*(?:[,.;:!|\u2014\u2013)(]|-[ \t]|$|\n)|[ \t]+(?:so|and|but)\b)"
# nothing still to come: no "until", "unless", "before", "once" or "if" after it
_NOT_UNTIL = r"(?![^.!?\n]*\b(?:until|till|unless|before|once|if|pending)\b)"
_POST = r"(?:role|position|post|job|vacancy|opening|placement|contract|offer)"

_NOT_ON_PANEL = re.compile(
    r"\b(?:you|your name) (?:do|does|did) not appear on the (?:[a-z\-]+ ){0,2}?(?:panel(?= "
    r"(?:that|which|from which|of)\b[^.!?\n]{0,40}?\b(?:appoint\w*|drawn|draw|fill\w*|offers?|"
    r"recruit\w*|hire\w*|hiring|successful|qualified|eligible))|"
    r"shortlist|short-list|list of (?:successful|selected|appointable) (?:candidates|applicants))"
    r"\b" + _NOT_UNTIL
)
_SET_TO_REFUSED = re.compile(
    r"\b(?:set|moved|changed|updated|marked) your (?:[a-z\-]+ ){0,3}?application(?: status)? "
    r"(?:to|as) [\"'\u201c\u2018]?(?:not progressing|not progressed|unsuccessful|not selected|"
    r"not shortlisted|declined|rejected)\b"
)
# (part K: a court's, a tribunal's, an inspector's, an insurer's or a game's outcome is no post's)
_NOT_A_POSTS = (
    r"(?:tribunal|court|judge|judges|jury|inspector|inspectorate|insurer|insurers|ombudsman|"
    r"referee|umpire|arbitrator|arbitration|planning|appeal|hearing|claim|ruling|match|game|race|"
    r"vote|ballot|draw|raffle|auction|bid|tender|case)"
)
_NOT_YOUR_WAY = re.compile(
    r"(?:\b(?:this time,? |on this occasion,? )it (?:has not|hasn" + _A + r"t|did not|didn" + _A
    + r"t) (?:gone|go) (?:in )?your (?:way|favou?r)\b"
    + r"|\bit (?:has not|hasn" + _A + r"t|did not|didn" + _A + r"t) (?:gone|go) (?:in )?your "
    r"(?:way|favou?r) (?:this time|on this occasion|this round)\b"
    + r"|\b(?:the|our|its|their) (?!" + _NOT_A_POSTS + r"\b)(?:[a-z\-]+" + _A + r"s )?(?:final )?"
    r"(?:decision|outcome|verdict) (?:has not|hasn" + _A + r"t|did not|didn" + _A + r"t) "
    r"(?:gone|go) (?:in )?your (?:way|favou?r)\b" + _NOT_UNTIL + r")"
    # (part K: never a court's, an insurer's or a game's outcome told after it, "but the
    # coaches were impressed", "the insurer upheld its decision")
    + r"(?![^.!?\n]*\b(?:tribunal|court|insurer|ombudsman|claim|ruling|planning|inspector|"
    r"referee|coach|coaches|match|game|race|league|ballot|vote|raffle|auction)s?\b)"
)  # fmt: skip
_NOT_ANY_FURTHER = re.compile(
    r"\b(?:not|won" + _A + r"t be|will not be) taking your (?:[a-z\-]+ ){0,3}?application "
    r"any further\b" + _NOT_UNTIL
)
# (part K: a shop's, a scheme's or a landlord's offer or contract is no post)
_NOT_A_JOBS = (
    r"(?!(?:early-?bird|loyalty|discount|discounted|promo|promotional|introductory|"
    r"membership|subscription|tenancy|lease|rental|credit|loan|insurance|warranty|price|sale|"
    r"delivery|booking|room|upgrade|free|cashback|referral|mortgage|black friday|cyber monday|"
    r"christmas|holiday|bundle|voucher|coupon)\b)"
)
_NOT_EXTENDED_TO_YOU = re.compile(
    r"\b(?:won" + _A + r"t|will not|not|aren" + _A + r"t|are not) (?:be )?extending (?:the|an|"
    r"our|this) (?:" + _NOT_A_JOBS + r"[a-z\-]+ ){0,3}?" + _NOT_A_JOBS + _POST + r" to you\b"
    + _NOT_UNTIL
)  # fmt: skip
_GONE_ELSEWHERE = re.compile(
    r"(?<!\byour )\bthe (?:appointment|job|role|position|offer|vacancy) (?:goes|has gone|went|"
    r"is going|has now gone) elsewhere\b" + _NOT_UNTIL
)
_OTHER_GOT_IT = re.compile(
    r"\bthe other (?:candidate|applicant|finalist|person|guy|girl|lad|one) got (?:it|the (?:job|"
    r"role|position|post|offer|nod|gig))" + _STOP
)
_CUTOFF_NOT_CLEARED = re.compile(
    r"(?<!\bwho )(?<!\bthat )\b(?:you|your (?:score|scores|result|results|mark|marks|"
    r"submission|test|assessment)) (?:have not|haven" + _A + r"t|has not|hasn" + _A
    + r"t|did not|didn" + _A + r"t|could not|couldn" + _A + r"t) (?:clear|cleared|meet|met|"
    r"reach|reached|make|made) the (?:[a-z\-]+ )?cut-?off(?! date)\b"
    # (part K: never a dispatch's, a delivery's or a race's cut-off)
    r"(?![^.!?\n]*\b(?:dispatch|despatch|delivery|deliveries|shipping|postage|parcel|basket|"
    r"courier|marathon|race|playoffs?|league)\b)"
)  # fmt: skip
_STOP_SHORT = re.compile(
    r"\b(?:we" + _A + r"ll|we will|we" + _A + r"re|we are) (?:stop|stopping) short of "
    r"(?:the|a|an) (?:final |next |second )?(?:onsite|on-site|interview|round|stage|"
    r"panel|loop)(?: (?:stage|round|interview|loop))?(?: with you)?"
    r"(?=[ \t]*(?:[,.;!]|$|\n))"
)
_NOT_OFFERED_THE = re.compile(
    r"\byou (?:will not|won" + _A + r"t) be offered the (?:[a-z\-]+ ){0,3}?(?:role|position|"
    r"job|post|place|contract)\b" + _NOT_UNTIL
)
_INTERNAL_HIRE = re.compile(
    r"(?:\bended up (?:hiring|promoting|moving|appointing|taking on) (?:one of our own|one of our "
    r"(?:[a-z\-]+ ){0,2}?(?:staff|team|people|nurses|techs|employees|admins|colleagues)|someone "
    r"(?:internal|from (?:our own|within))|an internal)\b"
    r"(?![^.!?\n]*\b(?:too|as well|also|alongside|company|with you|join you)\b)"
    + r"|\bno (?:outside|external) (?:hire|appointment|recruitment) (?:is )?(?:needed|required)"
    r"(?: after all)?\b)"
    # (part K: never staff news of the colleague moved, "Jim moves to the Houston desk",
    # "Congratulations, Ama!")
    r"(?![^\n]*\b(?:congratulat\w*|please welcome|join me|promoted|moves? (?:up|to|across|"
    r"over)|takes? over|steps? up)\b)"
)  # fmt: skip
_PROFILE_NOT_SELECTED = re.compile(
    r"(?<!\bif )(?<!\bwhere )\bprofile (?:is |has been |was )?not (?:selected|shortlisted|"
    r"considered) (?:after|in|at) (?:the )?(?:[a-z0-9\-]+ )?(?:round|interview|discussion|"
    r"stage)\b"
)
_NOT_GOING_ON = re.compile(
    r"\b(?:will not|won" + _A + r"t|are not|aren" + _A + r"t|not) (?:be )?going on with you"
    r"(?= for (?:the|this) (?:[a-z\-]+ ){0,3}?(?:role|position|job|post|opening)\b|[ \t]*[,.;!]|"
    r"$|\n)"
)
_NO_OFFER_DECIDED = re.compile(
    r"\bdecided not to (?:make|extend) (?:you )?an offer(?= to you\b| for (?:the|this) "
    r"(?:[a-z\-]+ ){0,2}?(?:role|position|job|post)\b|[ \t]*[,.;!]|$|\n)"
)
_NOT_THE_FIT = re.compile(
    # (part K: opened by a name or a few words naming no thing pitched, "Shane, ", "Had a look
    # - ", never "Looked at Acme's proposal - ")
    r"(?:^|(?<![^.!?\n])[ \t]*(?:(?!(?:proposal|quote|pitch|deck|tender|bid|venue|supplier|"
    r"vendor|product|tool|platform|software|package|design|sample|samples|offer)\b)[a-z"
    + _A[1:-1] + r"\-]+ ?){1,4}(?:[,:;\u2014\u2013]\s*|-\s+)|\byou" + _A + r"re |\byou are )"
    r"not (?:quite )?the "
    r"(?:right )?fit (?:we need|we" + _A + r"re looking for|we are looking for|for us)"
    r"(?= at this (?:stage|point|time)\b| (?:right )?now\b| this time\b| for (?:this|the) "
    r"(?:role|position|job|post)\b|[ \t]*[,.;!]|$|\n)"
    # (part K: never a supplier's, an agency's or a venue's pitch)
    r"(?![^.!?\n]*\b(?:supplier|vendor|proposal|quote|pitch|deck|tender|bid|in-house|venue|"
    r"campaign)s?\b)"
)  # fmt: skip
_CALLING_IT_A_DAY = re.compile(
    r"\bcalling it a day on your (?:[a-z\-]+ ){0,2}?(?:application|candidacy)\b"
)

READINGS = readings(
    ("reader_out", _NOT_ON_PANEL),
    ("status", _SET_TO_REFUSED),
    ("reader_out", _NOT_YOUR_WAY),
    ("reader_out", _NOT_ANY_FURTHER),
    ("reader_out", _NOT_EXTENDED_TO_YOU),
    ("chose_other", _GONE_ELSEWHERE),
    ("chose_other", _OTHER_GOT_IT),
    ("reader_out", _CUTOFF_NOT_CLEARED),
    ("reader_out", _STOP_SHORT),
    ("reader_out", _NOT_OFFERED_THE),
    ("chose_other", _INTERNAL_HIRE),
    ("reader_out", _PROFILE_NOT_SELECTED),
    ("reader_out", _NOT_GOING_ON),
    ("reader_out", _NO_OFFER_DECIDED),
    ("reader_out", _NOT_THE_FIT),
    ("reader_out", _CALLING_IT_A_DAY),
)
