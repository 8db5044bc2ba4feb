"""The reader passed over without a refusal word: others picked to go on, the appointment made,
the name left off a referral or interview list (issue 11, twenty-eighth pass, part H).

Blind slice 26's mix part missed eight refusals, several under long footers (a job-alert list, a
scam warning and an E-Verify line, a land acknowledgement and a misdirected-mail line). The
footers were not what hid them: the refusal sentence itself was read by nothing, and with no
decision token the footer's many words carried the score (0.02 to 0.34). Each form is written
here in several wordings and trades, never for one message:

* **others picked to go on**: "the hiring team chose a few others to advance", "we selected
  several others for interview", "the panel has shortlisted some others to move forward" (the
  readings knew "other candidates" and "picked others"; "chose" with a bare "others" and a count
  was unread). Never with the reader among them ("you and a few others", "others as well as
  you", "others too"), never "also" before the verb;
* **the appointment made**: "the committee has made its appointment", "the panel has now made an
  appointment to the post", "an appointment has been made to the position", "the search has
  concluded with an appointment" (a college's or a public body's way of saying the post is
  filled). Never an appointment for or with the reader (a doctor's, an interview's), never one
  of candidates for interview, never with "you" or an offer after it in the sentence;
* **the name left off a list**: "a shorter referral list, which leaves your name off", "the
  hiring committee has left your name off its interview list", "we have left you off the
  certificate", "the referral list sent to the selecting official does not include your name",
  "the certificate went to the hiring manager without your name". Never a mailing list, a
  newsletter, a directory or minutes ("at your request we have left your name off the mailing
  list"), never "yet";
* **qualified, but not referred**: "you were found qualified but were not referred", "you rated
  eligible, but have not been selected for referral" (the subject given once, before "but"; the
  readings knew "you were not referred").

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence; each opens
with its rarest words (rejectwatch.model.prefilter.openers).
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings
from rejectwatch.model.readings_aside import CONTEST

__all__ = ["READINGS"]

_A = r"['\u2019]"
# the reader among the others, in the rest of the sentence
_NOT_BESIDE_YOU = (
    r"(?![^.!?\n]*\b(?:as well as you|alongside you|besides you|including you|you included|"
    r"with you|and you|you too|too|as well|also)\b)"
)
# (part K: never a contest's entries, a conference's talks or a bid's suppliers: "the judges
# selected three others to advance to the regional final, and your project gets a merit
# certificate", "shortlisted three others to proceed to the pitch, plus our incumbent supplier")
_NOT_A_CONTEST = (
    r"(?![^.!?\n]*\b(?:" + CONTEST + r"|logos?|pitch(?:es)?|suppliers?|vendors?|bids?|tenders?|"
    # (nor a county side, a rota while the reader is away)
    r"county|rota|shifts?|while you)\b)"
)
# others picked to go on: "chose a few others to advance", "selected several others for
# interview" (never "you and a few others", never "also chose")
_OTHERS_TO_GO_ON = re.compile(
    r"(?<!\balso )\b(?:chose|chosen|selected|shortlisted|short-listed|preferred|advanced|"
    r"progressed)(?: (?:a (?:few|couple of|handful of|small number of|small group of|number of)|"
    r"several|some|two|three|four|five|a few|\d+))? others\b"
    r" (?:to (?:advance|move (?:forward|ahead|on)|go (?:forward|ahead|through|on)|progress|"
    r"proceed|interview|continue)|for (?:the )?(?:interviews?|next (?:round|stage|step)|"
    r"(?:final|second) (?:round|stage))|whose|who|with (?:more|closer|stronger|"
    r"deeper|longer)|instead)\b" + _NOT_BESIDE_YOU + _NOT_A_CONTEST
)
# the appointment made: "the committee has made its appointment", "an appointment has been made
# to the post" (never for or with the reader, never one of candidates for interview, never "you"
# or an offer after it)
_NOT_TO_YOU = (
    r"(?!\s+(?:for|with)\s+(?:you|your)\b)"
    r"(?![^.!?\n]*\b(?:you|your|offer\w*|congratulat\w*|delighted|pleased|interviews?|doctor|"
    r"dentist|clinic|gp|nurse|surgery|vet"
    # (part K: never the one appointed announced, "the committee has made its appointment of a
    # new chair: Dr Ruiz takes over from June", nor a meeting's minutes)
    r"|of (?:a|the) new|takes? over|taking over|welcom\w*|minutes|agenda|agm|papers follow)\b)"
    # (nor the one appointed named after it, "… the post of mayor's chaplain, reverend ade")
    r"(?![^.!?\n]*, (?:the )?(?:reverend|rev|councillor|cllr|professor|prof|dr|mr|mrs|ms|miss|"
    r"dame|sir)\b)"
    r"(?! of\b)"
)
_APPOINTMENT_MADE = re.compile(
    r"\b(?:committee|panel|board|college|university|school|department|faculty|trust|council|"
    r"institute|search|we)(?:" + _A + r"ve| has| have)(?: now| just| finally)? made "
    r"(?:its|their|our|an|the) (?:final )?appointment\b" + _NOT_TO_YOU
    + r"|\b(?:an|the) appointment (?:has|had) (?:now )?been made (?:to|for) (?:the|this|that) "
    r"(?:[\w\-]+ ){0,3}?(?:post|position|role|vacancy|job|search|chair|professorship|"
    r"lectureship)\b" + _NOT_TO_YOU
    + r"|\b(?:search|recruitment|competition)\b[^.!?\n]{0,80}?\b(?:has )?(?:concluded|ended|"
    r"closed|finished|been completed) with (?:an|the|a successful) appointment\b" + _NOT_TO_YOU
)  # fmt: skip
# the lists a name is left off that are a stage of a hiring (never a mailing list)
_HIRING_LIST = (
    r"(?:(?:[\w\-]+ ){0,2}?(?:referral|interview|short|selection|candidate|certificate|eligibility|"
    r"eligible|final|hiring) ?list|shortlist|short-list|certificate(?: of eligibles)?|referral)"
)
_NOT_A_MAILING = (
    r"(?![^.!?\n]*\b(?:mailing|newsletter|e-?mail list|distribution|directory|minutes|"
    r"alumni|contact list|at your request|as you asked|yet"
    # (part K: never a guest list, a book's credits or a prize's shortlist, "we have left your
    # name off the final list for the wedding", "… left your name off; we'll reprint it")
    r"|wedding|party|guests?|invit\w*|prizes?|awards?|competition|contest|credits|contributors|"
    r"reprint\w*|judges?|entry|entries|longlist\w*|raffle|congratulat\w*|catering|dietary|"
    r"vegetarian|vegan|attendees?|seating|trip|outing|withdr\w*|you asked"
    # (nor a list's mail sent without the reader by mistake, "we left you off the shortlist email
    # by mistake - you are shortlisted")
    r"|mistake|mistakenly|in error|by accident|accidentally|oversight|you are shortlisted)\b)"
)
# the name left off a list: "which leaves your name off", "has left your name off its interview
# list", "does not include your name", "went to the hiring manager without your name"
_NAME_LEFT_OFF = re.compile(
    r"(?<!not )(?<!never )(?<!n" + _A + r"t )"  # "we haven't left you off the shortlist"
    r"\b(?:leaves|left|leave|has left|have left|kept|keeps) (?:your name|you) off"
    r"(?: (?:the|its|their|our|this|that) " + _HIRING_LIST + r"\b|(?= *(?:[.;!\n]|$)))"
    + _NOT_A_MAILING
    + r"|\b" + _HIRING_LIST + r"\b[^.!?\n]{0,80}?\b(?:does not|did not|doesn" + _A + r"t|didn"
    + _A + r"t|will not|won" + _A + r"t) (?:include|contain|carry|list|show|name|have) "
    r"(?:your name|you)\b" + _NOT_A_MAILING
    + r"|\b" + _HIRING_LIST + r"\b[^.!?\n]{0,80}?\b(?:went|was sent|was issued|has gone|has been "
    r"sent|has been issued|went out|was forwarded|has been forwarded)\b[^.!?\n]{0,60}?\bwithout "
    r"(?:your name|you)\b" + _NOT_A_MAILING
)  # fmt: skip
# qualified, but not referred: "you were found qualified but were not referred"
_QUALIFIED_NOT_REFERRED = re.compile(
    r"\byou (?:were|have been|are|rated|scored|ranked|came out)(?: found| rated| assessed| "
    r"deemed)? (?:as )?(?:qualified|eligible|minimally qualified|well qualified)\b"
    # (part K: never a grant's, a scheme's or a clinic's referral: "you were qualified for the
    # grant, but you were not referred to the energy advisor")
    r"(?! for (?:the |a |an |this )?(?:[a-z\-]+ ){0,2}?(?:grants?|loans?|benefits?|schemes?|"
    r"discounts?|refunds?|rebates?|subsid\w*|treatments?|allowances?|support|funding|bursar\w*)\b)"
    r"[^.!?\n]{0,60}?"
    r"(?:,|;| -)? ?\b(?:but|however)\b,? (?:you )?(?:were|was|have|has|had|are)?(?: not|n"
    + _A + r"t) (?:been |being )?(?:referred|selected for referral|among those referred|"
    r"forwarded|certified|put forward)\b"
    r"(?! to (?!(?:the |a |an )?(?:hiring|selecting|selection|recruiting|appointing|interview)))"
    # (nor work handed to a tradesperson on a list: "… not referred any jobs this month")
    r"(?! (?:any |a |the )?(?:jobs?|work|customers?|clients?|leads?|cases?|patients?)\b)"
)  # fmt: skip

READINGS = readings(
    ("chose_other", _OTHERS_TO_GO_ON),
    ("role_gone", _APPOINTMENT_MADE),
    ("reader_out", _NAME_LEFT_OFF),
    ("reader_out", _QUALIFIED_NOT_REFERRED),
)
