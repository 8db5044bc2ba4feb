"""Outcomes told in shapes no reading held (issue 11, fifty-ninth pass).

First round (read slices 139 and 140's misses). Each form is written here in several
wordings, never for one message:

* **the post now staffed**: "The front desk is now staffed", "the weekend shift has now been
  staffed", "the kitchen porter post is already staffed" (now, already or fully; never a
  desk "staffed 9 to 5" nor one "staffed by volunteers");
* **the opening pulled**: "the opening is pulled", "the role has been pulled" (never pulled
  forward, together or up);
* **no meeting to come, as a consequence**: "so no meeting will be set up", "which means no
  call will be booked";
* **the reader's application below a cut, told by its pronoun**: "On the ranked list it sat
  below the referral cut", "it fell below the interview cut-off";
* **no further consideration**: "It will receive no further consideration", "the application
  will be given no further consideration";
* **the application the reader sent, found ineligible**: "The Records Officer application you
  lodged is ineligible", "the form you submitted was found ineligible";
* **screening stopped it**: "screening stopped it before the hiring manager's desk", "the
  knockout questions filtered out your form";
* **the post given to them**: "Selection … is complete, and we're giving the position to them";
* **the application halting here**: "so the application halts here", "The application
  therefore stops at this point".

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_casual import _A
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_APPLICATION = r"(?:application|candidacy|candidature|form|submission|cv|entry)"
# the reader's application by its pronoun or named ("yours", "your Records Officer application")
_IT = (
    r"(?:it|yours|your (?:[a-z\-]+ ){0,3}?" + _APPLICATION
    + r"|the (?:[a-z\-]+ ){0,3}?" + _APPLICATION + r")"
)  # fmt: skip
_POST_WORDS = (
    r"(?:role|post|position|job|vacancy|opening|desk|counter|shift|rota|chair|bench|seat|"
    r"placement|apprenticeship|contract)"
)

_NOW_STAFFED = re.compile(
    r"\b" + _POST_WORDS + r" (?:is|are|was|" + _A + r"s|has|have|" + _A + r"ve)(?: been)? "
    r"(?:now|already|fully|since) (?:been )?(?:fully )?staffed(?=[ \t]*(?:[.;!,]|\n|$))"
)
_PULLED = re.compile(
    r"\b(?:role|post|position|job|vacancy|opening|requisition|req|posting|placement|apprenticeship)"
    # (second round: its number or its title between, "Requisition 87896 (Customs Clearance
    # Executive) was pulled when ...", slice 142)
    r"(?: (?:no\.? ?|#)?\d{2,})?(?: \([^()\n]{1,60}\))? "
    r"(?:is|was|" + _A + r"s|has been|have been|got|had been)(?: now| since| sadly)? pulled\b"
    r"(?! (?:forward|together|up|in|into|back|out of (?:the|our) (?:draw|raffle)|from (?:the|our) "
    r"(?:draw|raffle))\b)"
)
_NO_MEETING_SO = re.compile(
    r"\b(?:so|therefore|hence|and so|which means|meaning|that means) no (?:meeting|interview|call|"
    r"chat|trial|visit|conversation|assessment|follow-up|screening call) (?:will|can|is going to) "
    r"be (?:set up|arranged|scheduled|booked|offered|planned|fixed)\b"
    r"(?! (?:until|unless|before|till|yet|for now)\b)"
)
_BELOW_THE_CUT = re.compile(
    r"\b(?:it|yours) (?:sat|fell|ranked|landed|came|finished|was placed|placed|scored|sits|falls|"
    r"ranks|was|is) (?:just |slightly |narrowly |well |a little )?(?:below|under|beneath) the "
    r"(?:[a-z\-]+ ){0,2}?(?:cut|cut-?off|line|threshold|bar)\b"
)
_NO_FURTHER_CONSIDERATION = re.compile(
    r"\b" + _IT + r" (?:will|shall|is to|would|can) (?:receive|be given|get|be accorded|be "
    r"afforded) no further consideration\b"
)
_SENT_INELIGIBLE = re.compile(
    r"\bthe (?:[a-z\-]+ ){0,3}?" + _APPLICATION + r" (?:that )?you (?:lodged|submitted|sent|made|"
    r"filed|put in|entered|completed)\b[^.!?\n]{0,30}? (?:is|was|has been) (?:deemed |found |"
    r"judged |assessed as |ruled )?(?:ineligible|not eligible|unsuccessful|invalid)\b"
)
_SCREENING_STOPPED = re.compile(
    r"\b(?:screening|(?:the|our) (?:screening|screen|filter|system|ats|sift)(?: stage| step| "
    r"questions?)?|(?:the|our) knock-?out questions?) (?:stopped|halted|removed|filtered out|"
    r"screened out|held back|blocked|ended) " + _IT + r"\b"
)
_GIVING_IT_TO = re.compile(
    r"\b(?:we|i)(?:" + _A + r"re| are|" + _A + r"m| am|" + _A + r"ve| have)? (?:now )?(?:giving|"
    r"given|gave|offering|handing|handed) the (?:[a-z\-]+ ){0,3}?(?:position|role|job|post|place|"
    r"spot|contract|vacancy|placement) to (?:them|him|her)(?=[ \t]*(?:[.;!]|\n|$))"
)
_HALTS_HERE = re.compile(
    r"\bthe (?:[a-z\-]+ ){0,3}?application (?:therefore |thus |so |now )?(?:(?:halts|stops|ends|"
    r"closes|finishes) (?:here|there|at this (?:point|stage))\b|goes no further(?=[ \t]*(?:[.;!]|"
    r"\n|$)))"
)

# Second round
# anyone declining or ending the reader's application ("Orvingham Plant & Garden has studied your
# ... paperwork and is declining your application on this round", "Seoullight Mobility is ending
# your candidacy for ...", "we're declining you for the post")
_DECLINING_YOURS = re.compile(
    r"\b(?:is|are|" + _A + r"re|" + _A + r"s) (?:now |therefore |regretfully |sadly )?(?:declining|"
    r"ending|closing|rejecting|turning down|halting|stopping) (?:your (?:[a-z\-]+ ){0,3}?"
    r"(?:application|candidacy|candidature|submission|bid)|you for (?:the|this|that) "
    r"(?:[a-z\-]+ ){0,3}?(?:post|role|job|position|place|vacancy|opening|traineeship|"
    r"apprenticeship))\b(?! (?:if|unless|when|once|after|should)\b)"
)
# the reader's application, by its pronoun or named ("your Yard Assistant application")
_YOURS = r"(?:yours|your (?:[a-z\-]+ ){0,3}?(?:application|candidacy|form|submission))"
# the application closing as a consequence ("so recruitment is halted and your application
# closes"), or staying with the employer ("your Yard Assistant application stops with us here")
_CLOSES_NOW = re.compile(
    r"\b(?:and|so) " + _YOURS + r" (?:now )?(?:closes|ends|lapses|stops)(?=[ \t]*(?:[.;!]|\n|$))"
    r"|\b" + _YOURS + r" (?:stops|ends|finishes|closes|halts) with us(?=[ \t]*(?:[.;!,\n]|$)| "
    r"(?:here|now|at this (?:point|stage))\b)"
)
# the reader's application closing without an offer ("yours will close without an offer this
# time round")
_CLOSE_WITHOUT = re.compile(
    r"\b" + _YOURS + r" (?:will|is going to|shall|is to) (?:close|end|finish|conclude|lapse) "
    r"without (?:an offer|an interview|a place|an invitation|progressing|going further)\b"
)
_RECRUITMENT_HALTED = re.compile(
    r"\b(?:so|and) (?:the )?(?:recruitment|hiring|the search|the process|the campaign) (?:is|has "
    r"been|was) (?:now )?(?:halted|stopped|cancelled|canceled|called off|ended|scrapped)\b"
    r"(?! (?:until|for now|temporarily|while|till|pending)\b)"
)
# the process ending at a stage, for the reader ("So it ends at screening for you")
_ENDS_AT_FOR_YOU = re.compile(
    r"\b(?:it|this|things|the process|the road|the journey) (?:ends|stops|finishes|ended|stopped) "
    r"(?:at|after|with) (?:the )?(?:screening|shortlisting|sift|sifting|assessment|test|first|"
    r"paper|written)(?: (?:stage|step|round|sift|test))? for you\b"
)
# no interview for the reader, closing its clause ("Your ... application went through with the
# rest; no interview for you")
_NO_INTERVIEW_FOR_YOU = re.compile(
    r"(?:(?<=[;:] )|(?<=, )|(?<=\u2014 )|(?<=\u2013 ))no (?:interview|interview invitation|"
    r"interview call|call-?back|shortlisting) for you(?=[ \t]*(?:[.;!]|\n|$))"
)
# a traineeship or the like declined as a sentence of its own ("Traineeship declined.")
_BARE_DECLINED = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=\n))(?:traineeship|apprenticeship|internship|placement|candidacy|"
    r"candidature|fellowship|studentship|residency|bursary application) (?:declined|"
    r"unsuccessful|not approved|refused)(?=[ \t]*(?:[.;!]|\n|$))"
)
# someone described "is their choice for" the post ("a Jaipur office colleague is their choice for
# Print Designer, starting next month")
_THEIR_CHOICE_FOR = re.compile(
    r"\b(?:a|an|one|another) (?!(?:you|your)\b)(?:[a-z0-9\-" + _A[1:-1] + r"]+ ){1,5}?(?:is|was) "
    r"(?:their|"
    r"our|the (?:panel|board|client|director|directors|manager|team|committee)" + _A + r"s?) "
    r"(?:choice|pick|preferred candidate|selection|preference) for\b"
)
# someone got the post ahead of the reader ("A weaver from Wexford got the job ahead of you")
_AHEAD_OF_YOU = re.compile(
    r"\b(?:got|took|landed|won|was given|has got|has taken|has landed|has won) (?:the|this|that) "
    r"(?:[a-z\-" + _A[1:-1] + r"]+ ){0,3}?(?:job|post|role|position|place|spot|contract|"
    r"apprenticeship|placement|gig|work) (?:ahead of|over|instead of|before) you\b"
)
# the client's preference for other profiles, and going ahead with those ("The client has shown
# preference for profiles with direct hospital procurement background, hence we are moving ahead
# with those")
_PREFERRED_PROFILES = re.compile(
    r"\b(?:shown|expressed|stated|given|has|have|had) (?:(?:a|clear|strong|their|marked) ){0,2}"
    r"preference "
    r"for (?:profiles|candidates|applicants|people|those|someone|somebody)\b[^.!?\n]{0,120}?"
    r"\b(?:moving|going|proceeding|pressing|pushing) (?:ahead|forward|on) with (?:those|them|these|"
    r"such profiles)\b"
)
# the reader's application, "like every" other, shut ("Yours, like every application against
# it, has been shut")
_YOURS_LIKE_EVERY = re.compile(
    r"\byours, like (?:every|all|each|the other|the rest of the) [^,.!?\n]{1,60}, (?:has been|"
    r"have been|was|were|is|are) (?:now )?(?:shut|closed|withdrawn|cancelled|canceled|ended)\b"
)

# Third round
# the post's hours taken in by the client's own staff ("the Catering Assistant hours have been
# absorbed by its existing crew"), and the placement off for the reader ("So that placement's off
# for you")
_ABSORBED = re.compile(
    r"\b(?:hours|shifts|work|role|post|position|duties|job|vacancy|placement)\b[^.!?\n]{0,20}? "
    r"(?:have been|has been|were|was|are|is|got) (?:now )?(?:absorbed|taken up|picked up|covered|"
    r"soaked up|folded in) by (?:its|the|our|their|the client" + _A + r"s) (?:existing|own|current|"
    r"permanent|in-house|regular|resident) (?:crew|staff|team|workforce|employees|people|workers)\b"
)
_OFF_FOR_YOU = re.compile(
    r"\b(?:placement|job|role|post|position|shift|spot|gig|contract|booking|assignment)(?:" + _A
    + r"s| is| has been) (?:now )?off for you(?=[ \t]*(?:[.;!]|\n|$))"
)  # fmt: skip
# someone named brought in as the post holder ("Ewan mulled it over the weekend and has brought
# Mariam in as Still Room Operator"): never the reader, never news to a group
_BROUGHT_IN_AS = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=\n))(?![^.!?\n]*\b(?:you|your|yourself|delighted|pleased|proud|happy|"
    r"welcome|announce|congratulat\w*|thrilled|excited|everyone|everybody|colleagues|all)\b)"
    r"[^.!?\n]{0,60}?\b(?:has|have|" + _A + r"s|" + _A + r"ve) (?:now )?(?:brought|taken|signed) "
    r"(?!(?:the|a|an|our|their|it|them|him|her|one|on)\b)[a-z\-]+(?: [a-z\-]+)? (?:in|on) as "
    r"(?:our |the |a |an )?(?:new )?[a-z]"
)
# a crew filled with its returners ("This season's crew filled up with last year's returners")
_FILLED_WITH_RETURNERS = re.compile(
    r"\b(?:crew|team|roster|rota|squad|intake|cohort|places|spots|positions|line-up)\b "
    r"(?:has |have |had )?(?:filled up|filled|is full|was full|are full|were full) with "
    r"(?:last (?:year|season)" + _A + r"s|returning|existing|our own|regular|former|previous)\b"
)  # fmt: skip
# no place offered to the reader ("No place in the coming cohort is being offered to you")
_NONE_OFFERED_TO_YOU = re.compile(
    r"(?:^|(?<=[.!?;:] )|(?<=\n))no (?:place|spot|offer|position|role|seat|job|post|placement)\b"
    r"[^.!?\n]{0,40}? (?:is being|is|will be|can be|has been|was) (?:offered|given|made) to you\b"
    r"(?! (?:until|unless|before|yet|at this stage of)\b)"
)
# the reader going no further, as a consequence ("so you go no further")
_YOU_GO_NO_FURTHER = re.compile(
    r"\b(?:so|and so|therefore|which means|meaning|hence) you (?:go|get|move|progress|proceed) no "
    r"further\b"
)
# a no for the reader's candidacy ("the team has landed on a no for your candidacy")
_LANDED_ON_NO = re.compile(
    r"\b(?:landed|settled|come down|came down|decided|agreed) on a [\"\u201c'\u2018]?no"
    r"[\"\u201d'\u2019]? (?:for|on) (?:you|your (?:[a-z\-]+ ){0,2}?(?:candidacy|application|"
    r"candidature))\b"
)
# Indonesian: the bench already taken ("Bangku tukang ukir sudah ditempati pengrajin dari ..."),
# the reader not in this year ("jadi Anda belum bisa masuk tahun ini")
_ID_TAKEN = re.compile(
    r"\b(?:posisi|lowongan|jabatan|bangku|tempat|kursi|formasi)\b[^.!?\n]{0,40}? (?:sudah|telah) "
    r"(?:ditempati|diisi|terisi)\b"
)
_ID_NOT_IN = re.compile(
    r"\banda (?:belum|tidak) (?:bisa|dapat) (?:masuk|bergabung|diterima)\b[^.!?\n]{0,20}? "
    r"(?:tahun ini|kali ini|periode ini|musim ini|gelombang ini)\b"
)

READINGS = readings(
    ("role_gone", _NOW_STAFFED),
    ("role_gone", _PULLED),
    ("reader_out", _NO_MEETING_SO),
    ("reader_out", _BELOW_THE_CUT),
    ("reader_out", _NO_FURTHER_CONSIDERATION),
    ("reader_out", _SENT_INELIGIBLE),
    ("reader_out", _SCREENING_STOPPED),
    ("chose_other", _GIVING_IT_TO),
    ("reader_out", _HALTS_HERE),
    ("reader_out", _DECLINING_YOURS),
    ("reader_out", _CLOSES_NOW),
    ("reader_out", _CLOSE_WITHOUT),
    ("role_gone", _RECRUITMENT_HALTED),
    ("reader_out", _ENDS_AT_FOR_YOU),
    ("reader_out", _NO_INTERVIEW_FOR_YOU),
    ("reader_out", _BARE_DECLINED),
    ("chose_other", _THEIR_CHOICE_FOR),
    ("chose_other", _AHEAD_OF_YOU),
    ("chose_other", _PREFERRED_PROFILES),
    ("reader_out", _YOURS_LIKE_EVERY),
    ("role_gone", _ABSORBED),
    ("reader_out", _OFF_FOR_YOU),
    ("chose_other", _BROUGHT_IN_AS),
    ("role_gone", _FILLED_WITH_RETURNERS),
    ("reader_out", _NONE_OFFERED_TO_YOU),
    ("reader_out", _YOU_GO_NO_FURTHER),
    ("reader_out", _LANDED_ON_NO),
    ("role_gone", _ID_TAKEN),
    ("reader_out", _ID_NOT_IN),
)
