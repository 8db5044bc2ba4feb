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

__all__ = ["OWN_WORDS", "READINGS"]

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
    r"(?! (?:list|lists|pool|slots?|shortlist|round|schedule|profile))" + _NOT_FOR_READER
)
# a requirement closed or held by the client ("the client has closed the requirement")
_REQUIREMENT = r"(?:requirement|mandate|req|opening|position|role|vacancy|hiring)"
_HELD = re.compile(
    r"\b(?:client|company|customer|employer|account)(?: side)? (?:has|have|had)(?: now| since)? "
    r"(?:closed|dropped|cancell?ed|scrapped|withdrawn|put on hold|decided to (?:hold|close|drop|"
    r"scrap)) (?:the|this|that|their|its) (?:[a-z\-]+ ){0,3}?" + _REQUIREMENT + r"\b"
    r"(?! (?:window|form|deadline|date|ceremony|hours|times|event|night|day))"
    + _NOT_FOR_READER
    + r"(?![^.!?\n]*\b(?:update|let you "
    r"know|get back|revert|inform you)\b)"
    r"|\b(?:the|this|that) (?:[a-z\-]+ ){0,2}?(?:requirement|mandate) (?:has been|is|was|got|"
    r"stands) (?:now )?(?:closed|dropped|cancell?ed|scrapped|withdrawn|put on hold|on hold|"
    r"filled)\b" + _NOT_FOR_READER + r"(?![^.!?\n]*\b(?:update|let you know|get back|revert|"
    r"inform you)\b)"
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
    + r"|\b(?:he|she)(?:"
    + _APOS
    + r"s| has) got (?:the|that|this) (?:[a-z\-]+ )?"
    + _POST
    + r"(?! of\b)\b"
    + _NOT_FOR_READER
)
# a board's recommendation of a named other ("the SGB has recommended Mrs Botha for the post")
_RECOMMENDED = re.compile(
    r"\b(?:sgb|panel|board|committee|governors|governing body|council|trustees|directors|"
    r"selection panel|interview panel|hiring committee|principal|head) (?:has |have |had )?"
    r"(?:now )?(?:recommended|nominated|endorsed|put forward|selected|chosen) "
    r"(?:(?:mr|mrs|ms|miss|mx|dr|prof)\.? " + NAME + r"|" + NAME + r" " + NAME + r") "
    r"(?:for|to) (?:the|this|that) (?:[a-z\-]+ ){0,2}?" + _POST + r"\b" + _NOT_FOR_READER
)
# no further steps taken with the reader's application ("no further steps will be taken with
# your application")
_NO_FURTHER = re.compile(
    r"\bno (?:further|more) (?:steps?|action) (?:will|shall|can|is going to|is to) be taken "
    r"(?:with|on|in (?:relation|regard) to|regarding|about) (?:your|this) (?:application|"
    r"candidacy|candidature)\b(?! (?:until|till|unless|before|once|if|while)\b)"
    r"|\bwe (?:will|shall|" + _APOS + r"ll) (?:be )?(?:take|taking) no (?:further|more) (?:steps?|"
    r"action) (?:with|on|regarding) (?:your|this) (?:application|candidacy|candidature)\b"
    r"(?! (?:until|till|unless|before|once|if|while)\b)"
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
_LISTED = r"(?:shortlisted|short-listed|selected|successful|qualified|chosen|final|merit|selection)"
_NAME_ABSENT = re.compile(
    r"\byour name (?:is not|isn"
    + _APOS
    + r"t|was not|wasn"
    + _APOS
    + r"t|does not|doesn"
    + _APOS
    + r"t|did not|didn"
    + _APOS
    + r"t|has not been) (?:appear |feature |figure |"
    r"included |listed |placed )?(?:in|on|among|part of) "
    r"(?=(?:the|our) (?:list of (?:[a-z\-]+ )?" + _LISTED + r"|(?:[a-z\-]+ )?" + _LISTED + r" "
    r"(?:list|candidates|students|applicants|names)|shortlist))"
    r"|\byour name (?:is|was|has been) (?:absent|missing|left off|omitted) from (?=(?:the|our) "
    r"(?:list of (?:[a-z\-]+ )?" + _LISTED + r"|(?:[a-z\-]+ )?" + _LISTED + r" (?:list|"
    r"candidates|students|applicants|names)|shortlist))"
)

_READ_OWN = readings(("reader_out", _NO_FURTHER))
OWN_WORDS = tuple(pattern for _, _, pattern in _READ_OWN)
READINGS = (
    readings(
        ("chose_other", _FINALISED),
        ("role_gone", _HELD),
        ("chose_other", _STEPS_INTO),
        ("chose_other", _RECOMMENDED),
        ("reader_out", _YOURS_ENDS),
        ("reader_out", _NAME_ABSENT),
    )
    + _READ_OWN
)
