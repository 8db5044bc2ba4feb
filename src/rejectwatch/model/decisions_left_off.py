"""Outcomes told in shapes no reading held (issue 11, fifty-second pass, second round).

Blind slices 87 and 88, read after the pass's first-round model measured them, held rejections
with no decision read at all. Each form is written here in several wordings, never for one
message:

* **left off a list**: "the referral certificate omits your name", "the roster sent to the
  hiring manager does not include you", "your application reached the qualified rating, but the
  best-qualified list left it off" (a certificate, a roster, a register or a referral, merit or
  interview list; never a mailing list, a shortlist or a final list, which prizes have too, never
  "yet");
* **the reader's part over**: "your part in this recruitment is over", "consideration for this
  vacancy has ended", "your candidacy for the post has come to an end" (never "complete", which
  may be a finished test);
* **missed out**: "this time round you have missed out" (the reader as subject, in the present
  perfect: a draw's or a ballot's "you missed out this year" is told in the simple past; never a
  ticket, a draw, a place or a sale missed out on);
* **no place to offer**: "so there is no place to offer you", "we have no role we can offer
  you" (never "yet" or "until").

Third round (slices 91 and 92's misses): the application itself ineligible, others progressed
instead, a numbered public competition cancelled (each below with what it never reads).

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_casual import _A
from rejectwatch.model.prefilter import readings

__all__ = ["LINE_READINGS", "READINGS"]

# (never a shortlist or a final list, which prizes, awards and readings have as often)
_LIST = (
    r"(?:certificate|roster|register|list of (?:eligibles|candidates|applicants)|(?:referral|"
    r"eligible|eligibility|merit|best-qualified|qualified|interview|selection) list)"
)
_LEAVES_OUT = (
    r"(?:omits|omitted|has omitted|excludes|excluded|has excluded|(?:does|did)(?: not|n"
    + _A
    + r"t) (?:include|name|carry|list))"
)
_READER = r"(?:your name|you\b|your application|your candidacy|yours)"
# left off a list: the list leaves out the reader, or the reader's application named first
# and the list leaving "it" off ("never a mailing list": no list of mail is among _LIST)
_LEFT_OFF = re.compile(
    r"\b" + _LIST + r"\b[^.!?\n;]{0,60}? " + _LEAVES_OUT + r" " + _READER
    + r"(?! (?:yet|for now|at this point)\b)"
    r"|\byour application\b[^.!?\n]{0,100}?\b" + _LIST + r"\b[^.!?\n]{0,60}? (?:left|leaves|"
    r"has left) (?:it|you) off\b"
)  # fmt: skip
# the reader's part over ("your part in this recruitment is over", "consideration for this
# vacancy has ended")
_PART_OVER = re.compile(
    r"\b(?:your (?:part|involvement|participation|candidacy|candidature|application|journey)|"
    r"(?:further )?consideration) (?:in|for|with) (?:this|the|our) (?:[a-z\-]+ ){0,2}?"
    r"(?:vacancy|recruitment|process|competition|selection|campaign|role|post|position|round|"
    r"exercise|opening|requisition|job)\b(?: [a-z0-9\-]+){0,3}? (?:has (?:now )?ended|"
    r"(?:is|is now) over|(?:is|is now) at an end|has (?:now )?come to an end|ends here|"
    r"stops here|has (?:now )?concluded|is (?:now )?closed|has (?:now )?closed)\b"
)
# missed out, told as done ("this time round you have missed out")
# (the present perfect only: a draw's or a ballot's "you missed out this year" is told in the
# simple past, and never a thing missed out on, a ticket, a draw, a ballot or a sale)
_MISSED_OUT = re.compile(
    r"\b(?:you" + _A + r"ve|you have) (?:just |narrowly |sadly |unfortunately |unluckily )?"
    r"missed out\b"
    r"(?! on (?:the |a |an |our |this |any )?(?:[a-z\-]+ )?(?:deadline|discount|sale|offer code|"
    r"newsletter|tickets?|draw|ballot|raffle|prize|lottery|giveaway|seats?|places?|entry|"
    r"entries)\b)"
)
# no place to offer the reader ("so there is no place to offer you")
_NO_PLACE = re.compile(
    r"\b(?:there is|there" + _A + r"s|there are|we have|we" + _A + r"ve got|we've|we have got) "
    r"no (?:place|position|role|spot|vacancy|job|opening|post|seat|placement|space|room|"
    r"vacancies|positions|roles|places|openings) (?:left |now |available )?(?:(?:that |which )?"
    r"(?:we can|we could|i can|to) offer you)\b(?! (?:yet|until|for now)\b)"
)

# never ineligible for a fee, a grant or a refund (shared with decisions_stopped)
NOT_FOR_A_FEE = (
    r"(?! (?:for (?:a |the )?(?:fee|grant|waiver|refund|discount|bursary|expense|travel)))"
)
# what an application named by the words before it may be for, and no job's (shared with
# negation._NOT_A_JOB_APPLICATION, which names a few more)
NOT_A_JOB_THING = (
    r"grant|grants|loan|visa|mortgage|planning|insurance|credit|benefit|benefits|passport|"
    r"licence|license|permit|tenancy|rental|housing|school|university|college|course|bursary|"
    r"scholarship|funding|membership|tax|pension|claim|stall|pitch|ballot|allotment|card|account"
)
# (sixtieth pass: and a club's or a landlord's space to keep things in, "Lake club kayak rack:
# unsuccessful", slice 145)
NOT_A_JOB_SPACE = (
    r"racks?|lockers?|moorings?|berths?|storage|parking|plots?|kennels?|stables?|garages?|sheds?|"
    r"huts?|kayaks?|canoes?|boats?|bikes?|pews?"
)
_NO_JOBS = r"(?:" + NOT_A_JOB_THING + r"|refund|parking)"
# (sixtieth pass: the reader's application named by its post, up to three words before it, "your
# Draughtsman Turner application", or "the Harness Buckler application" after "unfortunately"
# or "regrettably"; never a grant's or a loan's, nor an earlier or another one, "your previous
# application")
_NOT_THIS_ONE = (
    r"(?!(?:" + NOT_A_JOB_THING + r"|previous|earlier|last|past|prior|former|old|other|first|new|"
    r"second|next|future"
    # (nor a trader's, an app's or a writer's, "your vendor application has been declined", "your
    # app submission was rejected", "your abstract submission")
    # (nor a host's, "Your host application was declined: the listing photos are missing")
    r"|vendor|supplier|seller|merchant|partner|partnership|affiliate|reseller|exhibitor|trader|"
    r"host|hosting|"
    r"app|listing|paper|abstract|article|manuscript|poster|talk|proposal|photo|entry|artwork|"
    r"award|festival|conference|event|market)\b)"
)
NAMED_APPLICATION = (
    r"(?:your (?:" + _NOT_THIS_ONE + r"[a-z\-]+ ){0,3}?|(?:(?<=unfortunately )|(?<=regrettably )|"
    r"(?<=sadly )|(?<=unfortunately, )|(?<=regrettably, )|(?<=sadly, ))the (?:" + _NOT_THIS_ONE
    + r"[a-z\-]+ ){1,3}?)(?:application|candidacy|candidature|submission)\b"
)
# ... and how an application is told ineligible, after its verb: "found", "rated", "ruled" … or
# bare (shared by _APPLICATION_INELIGIBLE and _REVIEWED_THEN_INELIGIBLE)
_JUDGED_INELIGIBLE = (
    r"(?: found| deemed| judged| declared| assessed as| rated| marked| ruled)?(?: to be)? "
    r"(?:ineligible|not eligible)\b" + NOT_FOR_A_FEE
)
# Third round (slices 91 and 92's misses): the application itself ineligible ("Your application
# is ineligible: the certificate is missing"; never a fee, a grant or a refund)
_APPLICATION_INELIGIBLE = re.compile(
    # (fifty-fifth pass: or named by its number, "Application 69456 for Civil Inspector is
    # ineligible", slice 115)
    r"(?:\byour (?:[a-z\-]+ ){0,3}?|(?:^|(?<=\n)|(?<=[.!?] ))(?:your )?)"
    r"(?<!\w)(?:application|candidacy|candidature|submission)"
    r"(?:(?: no\.?| number| ref\.?| reference)? #?\d{3,9}(?: for (?:the )?[^.!?\n,;]{1,50}?)?)?"
    r" (?:is|was|has "
    # (fifty-third pass: or checked first, "your application was checked and rated ineligible")
    r"been)(?: (?:checked|reviewed|assessed|screened) and)?" + _JUDGED_INELIGIBLE
)
# ... others progressed instead of the reader ("we're progressing others instead"; never others
# as well, first or alongside the reader)
_OTHERS_INSTEAD = re.compile(
    r"\b(?:progressing|progressed|taking forward|taken forward|moving forward with|moved forward "
    r"with|proceeding with|proceeded with|going ahead with|gone ahead with|continuing with) others"
    r"(?= instead\b| ahead of you\b| rather than you\b|[ \t]*[.;!])"
)
# ... and a numbered public competition cancelled ("competition 53378 (Building Inspector) is
# cancelled"; a number, never a sports or a prize competition; "no." ends a sentence here, as
# everywhere in negation)
_COMPETITION_CANCELLED = re.compile(
    r"\bcompetition (?:no |number |ref |#)?\d{3,}\b[^.!?\n]{0,60}? (?:is|has been|was|is "
    r"now|has now been) (?:cancell?ed|canceled|withdrawn|closed without (?:a |an |any )?"
    r"(?:appointment|hire|selection))\b"
)

# Fifty-fourth pass: the application reviewed, then "it" ineligible in the next sentence ("Your
# application for Clerk III has been reviewed by the Commission. It is ineligible: ..."); two
# sentences, so a line reading
_REVIEWED_THEN_INELIGIBLE = re.compile(
    # (fifty-eighth pass: never a grant's, a loan's or another thing's application, "Your grant
    # application has been checked. Sadly it is ineligible")
    r"\byour (?:(?!" + _NO_JOBS + r"\b)[a-z\-]+ ){0,3}?(?:application|candidacy|candidature|"
    r"submission)\b"
    r"[^.!?\n]{0,80}? (?:has been|was|have been) (?:reviewed|checked|assessed|screened|"
    r"considered|examined)\b[^.!?\n]{0,60}?\.[ \t]+"
    # (fifty-eighth pass: or after a word of regret, "… has been screened. Unfortunately it is
    # ineligible as …", slice 133)
    r"(?:(?:unfortunately|sadly|regrettably|however|i am afraid|i" + _A + r"m afraid),? )?"
    r"(?:it|this) (?:is|was|has been)"
    + _JUDGED_INELIGIBLE
)

READINGS = readings(
    ("reader_out", _APPLICATION_INELIGIBLE),
    ("chose_other", _OTHERS_INSTEAD),
    ("role_gone", _COMPETITION_CANCELLED),
    ("reader_out", _LEFT_OFF),
    ("reader_out", _PART_OVER),
    ("reader_out", _MISSED_OUT),
    ("reader_out", _NO_PLACE),
)# (fifty-fifth pass, fourth round: or a team went through the application, and the next
# sentence says "it" was not successful, "The Bungendore store team went through your Weekend
# Team Member application. It hasn't been successful.", slice 117's careers-desk refusals)
_READ_THEN_NOT_SUCCESSFUL = re.compile(
    r"\b(?:went|gone|looked|read|worked) (?:through|over|at) your (?:[\w\-]+ ){0,4}?"
    r"(?:application|candidacy|candidature|submission|cv|form)\.[ \t]+(?:it|this) (?:has not|"
    r"hasn['\u2019]t|was not|wasn['\u2019]t|is not|isn['\u2019]t)(?: been)? (?:successful|"
    r"progressed|shortlisted|selected|taken forward)\b"
)

LINE_READINGS = readings(
    ("reader_out", _REVIEWED_THEN_INELIGIBLE), ("reader_out", _READ_THEN_NOT_SUCCESSFUL)
)
