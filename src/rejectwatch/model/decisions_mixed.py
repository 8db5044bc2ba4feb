"""Decisions told in the real inboxes' English mail that no reading read (issue 11, twenty-fourth
pass, part A: blind slice 22's mix misses).

Slice 22's mix part missed refusals whose decision no reading read. Each is read here for its
general form, in several wordings, trades and countries, never for one message:

* **a candidate finalised, in Indian-English agency and hiring idiom**: "the hiring manager has
  finalised an internal colleague for this role", "the client has freezed another profile",
  "we have locked a senior candidate for the position" (not a list, a pool, slots or a round;
  nothing of the reader's after it);
* **a requirement closed or held by the client**: "the client has closed the requirement", "the
  requirement has been put on hold from the client side", "the client has decided to hold the
  mandate" (not until, once or till it reopens; not an update promised);
* **someone else stepping into the post, said informally in a thread**: "Kelvin, our night-shift
  supervisor, is stepping into the Ops Lead seat", "so he's got the spot", "she has got the job"
  (a named person or he/she; not acting, interim, covering or for a day or a shift; not a step
  of the reader's after it: "is stepping into the hiring manager seat and will run your final
  round");
* **a board's recommendation of a named other for the post**: "the SGB has recommended Mrs Botha
  for the post", "the committee nominated Dr Okafor for the position" (not "you");
* **no further steps taken with the reader's application**: "no further steps will be taken with
  your application", "we will take no further action on your application" (its own "will" is no
  condition: OWN_WORDS; not "until" or "unless");
* **the reader's one among the applicants assessed ends**: "the panel has now assessed all
  applicants, and yours ends at this stage";
* **the reader's name absent from a shortlisted or selected list** (a campus drive's result):
  "your name is absent from the list of shortlisted students", "your name isn't on the selected
  list", "your name was missing from the final merit list" (not an attendance or a mailing list).

Each reading is (token name, word groups, pattern) over lower-cased text, appended to the
outcome readings after decisions_unmet, so none is read in a conditional, still-to-come, quoted
or reader-decided sentence, nor in mail about someone else's candidacy; every match lies inside
one sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_filled import NAME
from rejectwatch.model.prefilter import readings

__all__ = ["OWN_WORDS", "PAUSES", "READINGS", "pause_taken_back"]

_APOS = r"['\u2019]"
# the rest of the sentence gives the reader a step, a place or a time that takes it back
_NOT_FOR_READER = (
    r"(?![^.!?\n]*\b(?:you|your|yours|until|till|unless|once|before|reopens?|re-?opened|resumes?|"
    r"acting|interim|temporar(?:y|ily)|cover|covering|maternity|leave|meantime|for the day|"
    r"today|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|"
    r"shift|session)\b)(?![^.!\n]*\?)"
)
_POST = (
    r"(?:role|post|position|job|vacancy|opening|seat|spot|place|gig|apprenticeship|traineeship|"
    r"internship|berth|contract|appointment|requirement|mandate)"
)
# a candidate finalised ("the hiring manager has finalised an internal colleague for this role")
_FINALISED = re.compile(
    r"\b(?:finali[sz]ed|freezed|frozen|locked(?: in)?|zeroed in on|zeroed on|closed on) "
    r"(?:an?|another|one other|the other|one) (?:(?:internal|external|other|different|existing|"
    r"local|senior|more experienced|more senior|immediate joiner|immediate) )?(?:[a-z\-]+ )?"
    r"(?:candidate|applicant|colleague|profile|person|resource|employee|member of staff)\b"
    r"(?!"
    + _APOS
    + r"s\b| (?:[a-z\-]+ )?(?:list|lists|pool|slots?|shortlist|round|schedule|profile|"
    r"interview|date|form|sheet|call|test|assessment|evaluation|feedback|documents?))"
    + _NOT_FOR_READER
)
# a requirement closed or held by the client ("the client has closed the requirement")
_REQUIREMENT = r"(?:requirement|mandate|req|opening|position|role|vacancy|hiring)"
_UPDATE_PROMISED = r"(?![^.!?\n]*\b(?:update|let you know|get back|revert|inform you)\b)"
_HELD = re.compile(
    r"\b(?:client|company|customer|employer|account)(?: side)? (?:has|have|had)(?: now| since)? "
    r"(?:closed|dropped|cancell?ed|scrapped|withdrawn|decided to (?:close|drop|scrap)) "
    r"(?:the|this|that|their|its) (?:[a-z\-]+ ){0,3}?" + _REQUIREMENT + r"\b"
    r"(?! (?:window|form|deadline|date|ceremony|hours|times|event|night|day))"
    + _NOT_FOR_READER
    + _UPDATE_PROMISED
    + r"|\b(?:the|this|that) (?:[a-z\-]+ ){0,2}?(?:requirement|mandate) (?:has been|is|was|got|"
    r"stands) (?:now )?(?:closed|dropped|cancell?ed|scrapped|withdrawn|filled)\b"
    + _NOT_FOR_READER
    + _UPDATE_PROMISED
)
# ... or put on hold ("the requirement has been put on hold from the client side"): a pause,
# read only when its paragraph does not take it back (pause_taken_back)
_PAUSED = re.compile(
    r"\b(?:client|company|customer|employer|account)(?: side)? (?:has|have|had)(?: now| since)? "
    r"(?:put on hold|decided to hold) (?:the|this|that|their|its) (?:[a-z\-]+ ){0,3}?"
    + _REQUIREMENT
    + r"\b"
    + _NOT_FOR_READER
    + _UPDATE_PROMISED
    + r"|\b(?:the|this|that) (?:[a-z\-]+ ){0,2}?(?:requirement|mandate) (?:has been|is|was|got|"
    r"stands) (?:now )?(?:put )?on hold\b"
    + _NOT_FOR_READER
    + _UPDATE_PROMISED
    # (twenty-fourth pass, part M: a hold with no end, "the mandate is on hold indefinitely, so
    # we are closing your file", whatever the rest of its sentence says of the reader)
    + r"|\b(?:the|this|that) (?:[a-z\-]+ ){0,2}?(?:requirement|mandate|position|role|vacancy) "
    r"(?:has been|is|was) (?:now )?(?:put )?on hold (?:indefinitely|for the foreseeable future)\b"
    r"(?![^.!?\n]*\b(?:until|till|unless|once|reopens?|resumes?|back)\b)" + _UPDATE_PROMISED
)
# (twenty-fourth pass, part M) what takes a hold back in its paragraph: news or its return
# promised, or the reader kept in ("put on hold. Will keep you posted", "we expect it back in a
# fortnight", "your profile remains shortlisted with them", "on hold for two weeks")
_TAKEN_BACK = re.compile(
    r"\b(?:keep you (?:posted|updated|informed)|update you|(?:will|shall|" + _APOS + r"ll) "
    r"(?:update|inform|revert|get back)|let you know|expect (?:it|them|the [a-z\-]+) back|"
    r"reopens?|re-?opened|resumes?|back on|(?:remains?|still|stays?) (?:active|shortlisted|"
    r"under consideration|in (?:the running|consideration|the pipeline)|with (?:the client|"
    r"them))|resched\w*|postponed|for (?:a|an|one|two|three|four|a few|some|the next) "
    r"(?:[a-z]+ )?(?:days?|weeks?|months?|fortnight|while|quarter))\b"
)
_PARAGRAPH_AHEAD = 240


def pause_taken_back(lowered: str, end: int) -> bool:
    """Does the rest of the paragraph after a hold read at ``end`` (up to _PARAGRAPH_AHEAD
    characters) take the hold back?"""
    stop = lowered.find("\n\n", end)
    stop = min(len(lowered) if stop < 0 else stop, end + _PARAGRAPH_AHEAD)
    return _TAKEN_BACK.search(lowered, end, stop) is not None


# (twenty-fourth pass, part M) who got it, by kin or trade ("my cousin's got the spot", "our old
# sous chef has got the job back"); a job, a role or a post, or a spot, a place, a seat only
# where its clause ends: "she's got the spot by the lift", "the place at goal attack" are no post
_KIN = (
    r"(?:cousin|nephew|niece|son|daughter|brother|sister|friend|mate|apprentice|trainee|intern|"
    r"chef|colleague|neighbou?r|lad|guy|bloke|girl|temp|volunteer|hire|manager|supervisor)"
)
_GOT_POST = (
    r"(?:(?:role|post|position|job|vacancy|opening|apprenticeship|traineeship|internship|"
    r"contract|appointment)(?! of\b)\b|(?:spot|place|seat|berth|gig)\b(?=[ \t]*(?:[.!,;:\n]|$|"
    r"back\b|instead\b|i" + _APOS + r"m afraid|i am afraid|this time\b|sorry\b)))"
)
# someone else stepping into the post ("Kelvin, our night-shift supervisor in Reno, is stepping
# into the Ops Lead seat", "so he's got the spot")
_APPOSITION = r"(?:,(?![^,.;:!?\n]*\byou)[^,.;:!?\n]{1,60},)?"
_STEPS_INTO = re.compile(
    r"(?:(?<=^)|(?<=[\n,;:])|(?<=\band)|(?<=[.!?] )|(?<=\bso )|(?<=\bbut )|(?<=\bthat )|"
    r"(?<=\bdecided ))[ \t]*"
    r"(?:(?:mr|mrs|ms|miss|mx|dr)\.? )?(?!(?:he|she|they|it|we|i|who|which|there|here|that|"
    r"this|has|have|had|is|was|be|been|and|but|so|now|then|also|already|just|recently)\b)"
    + NAME
    + r"(?: "
    + NAME
    + r")?"
    + _APPOSITION
    + r" (?:is stepping|has stepped|"
    r"steps|stepped|is stepping up|has stepped up) into (?:the|that|this|our) (?:[a-z\-]+ ){0,3}?"
    + _POST
    + r"\b"
    + _NOT_FOR_READER
    + r"|\b(?:he|she|(?:my|our|his|her|their) (?:[a-z\-]+ ){0,2}?"
    + _KIN
    + r")(?:"
    + _APOS
    + r"s| has) got (?:the|that|this) (?:[a-z\-]+ )?"
    + _GOT_POST
    + _NOT_FOR_READER
)
# a board's recommendation of a named other ("the SGB has recommended Mrs Botha for the post")
_RECOMMENDED = re.compile(
    r"\b(?:sgb|panel|board|committee|governors|governing body|council|trustees|directors|"
    r"selection panel|interview panel|hiring committee|principal|head) (?:has |have |had )?"
    r"(?:now )?(?:recommended|nominated|endorsed|put forward|selected|chosen) "
    r"(?:(?:mr|mrs|ms|miss|mx|dr|prof)\.? " + NAME + r"|" + NAME + r" " + NAME + r") "
    r"(?:for|to) (?:appointment (?:to|as) )?(?:the|this|that) (?:[a-z\-]+ ){0,2}?"
    r"(?:" + _POST + r"|bursar|principal|head|deputy|treasurer|secretary|chair)\b" + _NOT_FOR_READER
)
# no further steps taken with the reader's application ("no further steps will be taken with
# your application")
# (twenty-fourth pass, part M: not for now, nor an application merely complete with a step
# ahead, "... as it is complete; we will be in touch to arrange an interview")
_NOT_PAUSED = (
    r"(?! (?:until|till|unless|before|once|if|while)\b)(?![^.!?\n]*\b(?:for now|for the time "
    r"being|as yet|yet|complete|in touch|contact you|interview|after the closing|pending)\b)"
)
_NO_FURTHER = re.compile(
    r"\bno (?:further|more) (?:steps?|action) (?:will|shall|can|is going to|is to) be taken "
    r"(?:with|on|in (?:relation|regard) to|regarding|about) (?:your|this) (?:application|"
    r"candidacy|candidature)\b" + _NOT_PAUSED + r"|\bwe (?:will|shall|" + _APOS + r"ll) (?:be )?"
    r"(?:take|taking) no (?:further|more) (?:steps?|action) (?:with|on|regarding) (?:your|this) "
    r"(?:application|candidacy|candidature)\b" + _NOT_PAUSED + r"|\bwe (?:will|shall) not be "
    r"taking (?:any )?(?:further|more) (?:steps?|action) (?:with|on|regarding) (?:your|this) "
    r"(?:application|candidacy|candidature)\b" + _NOT_PAUSED
)
# the reader's one among those assessed ends ("... assessed all applicants, and yours ends at
# this stage")
_YOURS_ENDS = re.compile(
    r"\b(?:applicants|applications|candidates|submissions|entries|candidacies)\b[^.!?\n]{0,80}"
    r"(?:,|;| and| but)(?: unfortunately| sadly| regrettably)? yours (?:ends|has ended|ended|"
    r"stops|has stopped|finishes|closes|goes no further|went no further|does not (?:progress|"
    r"proceed|go (?:any )?further)|did not (?:progress|proceed|go (?:any )?further)) "
    r"(?:at this (?:stage|point)|here|now|with this round)\b"
)
# the reader's name absent from a shortlisted or selected list ("your name is absent from the
# list of shortlisted students for the next round")
_LISTED = (
    r"(?:shortlisted|short-listed|selected|successful|qualified|chosen|final|merit|selection"
    # (fifty-fifth pass: or the list of those going on to the next step, "Your name is therefore
    # absent from the interview call list", slice 112)
    r"|interview|call|referral|eligibility|eligible|reserve|assessment|test|exam|examination|"
    r"shortlisting|hiring|appointment|candidate)"
)
# ... or the list sent to the one who picks ("Your name was not included on the list forwarded
# to the selecting official")
_LIST_SENT_ON = (
    r"|list (?:[a-z\-]+ ){0,2}?(?:to|for) (?:the )?(?:selecting|hiring|appointing) (?:official|"
    r"manager|panel|officer|board)"
)
# (fifty-fifth pass: the absence told as following from what came before, "therefore", "thus")
_SO = r"(?:therefore |thus |so |now |accordingly |consequently )?"
# (twenty-fourth pass, part M: not for a reason that keeps the reader in, "... for round one,
# but you've been moved directly to the final round", "due to a clerical error; it has now been
# added", "as you were exempt from the written test")
_KEEPS_IN = (
    # (fifty-fifth pass: a reason that is others ahead keeps the reader out, "because the
    # applicants placed on that list scored higher")
    r"(?![^.!?\n]*\b(?:but|however|because(?! (?:the |other |all |those )?(?:applicants|"
    r"candidates|others|people|ones)\b)|since you|as you|due to|error|mistake|added|yet|"
    r"exempt|directly|already|revised|corrected)\b)"
)
# the list named next, for a reason that does not keep the reader in (shared by both branches)
_THE_LIST = (
    r"(?=(?:the|our) (?:list of (?:[a-z\-]+ )?"
    + _LISTED
    + r"|(?:[a-z\-]+ )?"
    + _LISTED
    + r" (?:list|candidates|students|applicants|names)|shortlist"
    + _LIST_SENT_ON
    + r"))"
    + _KEEPS_IN
)
_NAME_ABSENT = re.compile(
    r"\byour name (?:is not|isn"
    + _APOS
    + r"t|was not|wasn"
    + _APOS
    + r"t|does not|doesn"
    + _APOS
    + r"t|did not|didn"
    + _APOS
    + r"t|has not been|could not be|couldn"
    + _APOS
    + r"t be|cannot be) "
    + _SO
    + r"(?:(?:appear |feature |figure |included |listed |placed )?"
    r"(?:in|on|among|part of)|(?:make|made) it (?:to|onto|into)) "
    + _THE_LIST
    + r"|\byour name (?:is|was|has been) "
    + _SO
    + r"(?:absent|missing|left off|omitted|kept off) from "
    + _THE_LIST
)

_READ_OWN = readings(("reader_out", _NO_FURTHER))
OWN_WORDS = tuple(pattern for _, _, pattern in _READ_OWN)
_READ_PAUSED = readings(("role_gone", _PAUSED))
PAUSES = frozenset(pattern for _, _, pattern in _READ_PAUSED)
READINGS = (
    readings(
        ("chose_other", _FINALISED),
        ("role_gone", _HELD),
        ("chose_other", _STEPS_INTO),
        ("chose_other", _RECOMMENDED),
        ("reader_out", _YOURS_ENDS),
        ("reader_out", _NAME_ABSENT),
    )
    + _READ_PAUSED
    + _READ_OWN
)
