"""Refusals the twenty-third pass left unread, and slice 22's wide English misses, in their
general forms (issue 11, twenty-fourth pass, part B).

Each form is written here in several wordings and trades, never for one message:

* **a place not offered, told in the past**: "the selectors have therefore not offered you a
  place this intake", "the panel has decided not to offer you a seat on the course", "we
  haven't given you a berth this season" (not "yet", "until", "unless", "before", "if" after
  it: "we have not offered you a place yet");
* **the application's result negative**: "the result of your application is negative", "the
  outcome of your audition was, sadly, negative", "your application result: negative" (the
  reader's application, audition, trial or bid: never a test's, a check's or a screen's
  result, and never "positive");
* **the client not moved ahead with the reader's profile**: "the client has not moved ahead
  with your profile", "the hiring manager didn't go forward with your CV" (not "yet", "for
  now", "until", "at this stage");
* **the matter let rest**: "we'll let this one rest here", "I think we'll let your
  application rest there on this occasion", "we're going to leave it there for this role"
  (a rest with no time to it: not "for now", "for today", "until", "and pick it up");
* **"it" the application, unsuccessful, in passing**: "Thanks for applying for the bakery
  job. I'm afraid it hasn't been successful this time", "Your application for the stables -
  sadly it wasn't successful" (read across one stop, from the application to the "it", with
  no payment, fee, delivery, upload or test between them: "the payment for your application
  fee ... it hasn't been successful" is not read);
* **a silence rule applied after its time**: "14 days have now passed since the closing date.
  As our advert said, a lack of response by then means you have not been successful" (the
  time said to have passed before the rule; the same rule stated ahead in a receipt stays a
  rule, rules_ahead);
* **the work given to a named other, or someone taken on for it**: "we've taken on Marcus for
  the forge apprenticeship", "we've hired Dev as our new pot-washer" (a name, not "you",
  "staff", "two", "extra"; not "too", "as well", "alongside you" after it; decisions_wide
  reads "we're giving the apprenticeship to Callum who's done his Saturdays with us").

READINGS are searched in one sentence; LINE_READINGS in the whole text (their match may cross
one stop); both appended to the outcome readings of rejectwatch.model.negation, so none is
read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_lost import _NOT_SENT
from rejectwatch.model.prefilter import readings

__all__ = ["LINE_READINGS", "OWN_WORDS", "READINGS"]

_APOS = r"['\u2019]"
# nothing still to come, no condition, after the decision's words in its clause (not "the
# skipper went for lads who've fished before" after a dash)
_NOT_LATER = (
    r"(?!(?:(?! - )[^.!?\n,;\u2013\u2014])*?\b(?:yet|until|unless|before|if|for now|for the "
    r"moment|at this stage|for today|so far"
    # (twenty-fourth pass, part K: "at this point", "at present", "for the time being")
    r"|at this point|at present|for the time being|as things stand)\b)"
)
# ... and nothing awaited from the reader or anyone in the sentence ("because we still need your
# right-to-work documents", "as we're waiting on your references")
_NOTHING_AWAITED = (
    r"(?![^.!?\n]*\b(?:still need|need (?:your|the|a|to see)|still waiting|waiting (?:for|on)|"
    r"awaiting|pending|once (?:you|we|the))\b)"
)
_PLACE = (
    r"(?:place|role|post|position|job|apprenticeship|traineeship|placement|contract|spot|seat|"
    r"berth|chair|bench|internship|scholarship)"
)

# a place not offered, told in the past
# (twenty-fourth pass, part K: not a seat or a spot on a rota, a coach or a flight, "I haven't
# given you a spot on Saturday's rota"; nor a place kept from the reader for the reader's own
# reason, "since you asked for the day off", "as you said you'd drive"; nor an invitation's
# "we have not offered you the role at this point - this is an invitation to interview")
_NOT_A_RIDE = (
    r"(?! (?:on|in|at) (?:the |a |our |this |next |[a-z]+['\u2019]s )?(?:[a-z\-]+ )?(?:rota|"
    r"schedule|coach|bus|minibus|flight|plane|train|car|van|ferry|shuttle|table|trip|tour|"
    r"outing|excursion)\b)"
)
_NOT_THE_READERS_REASON = (
    r"(?![^.!?\n]*\b(?:as|since|because) you(?:['\u2019]d| had| have|['\u2019]ve)? (?:asked|said|"
    r"requested|told|wanted|preferred|chose|decided|mentioned|opted|booked)\b)"
    r"(?![^.!?\n]*\b(?:invitation|invite you|not an offer)\b)"
)
_A_PLACE = (
    r" you (?:a|an|the) (?:[a-z\-'\u2019]+ ){0,3}?"
    + _PLACE
    + r"\b"
    + _NOT_A_RIDE
    + _NOT_LATER
    + _NOTHING_AWAITED
    + _NOT_THE_READERS_REASON
)
_NOT_OFFERED = re.compile(
    r"\b(?:have|has|" + _APOS + r"ve)(?: therefore| now| sadly| unfortunately| regrettably"
    r"| on this occasion)?(?: (?:decided|chosen) not to (?:offer|give)| not (?:offered|given))"
    + _A_PLACE
    + r"|\b(?:haven|hasn)"
    + _APOS
    + r"t(?: therefore| sadly)? (?:offered|given)"
    + _A_PLACE
)
# the application's result negative (twenty-fourth pass, part K: not a test's "negative for the
# marker"; "your trial result" is a test's too; a benefit, a permit or a licence applied for is
# things_refused's)
_RESULT_NEGATIVE = re.compile(
    r"\b(?:result|outcome|decision) (?:of|on|for) your (?:application|candidacy|candidature|"
    r"audition|trial|bid|submission)\b[^.!?\n]{0,60}? (?:is|was|has been|came back|:)"
    r"(?: sadly| unfortunately| regrettably|,)*:? negative\b(?! for\b)"
    r"|\byour (?:application|audition|candidacy) (?:result|outcome)(?: is| was)?:? "
    r"negative\b"
)
# the client not moved ahead with the reader's profile
_NOT_MOVED_AHEAD = re.compile(
    r"\b(?:(?:has|have|had)(?: decided)? not|(?:hasn|haven|hadn|didn)" + _APOS + r"t|did not) "
    r"(?:moved?|gone|go|progressed?|proceeded|proceed) (?:ahead|forward|further) with your "
    r"(?:profile|cv|application|candidacy|r[ée]sum[ée]|submission)\b"
    + _NOT_LATER
    + _NOTHING_AWAITED
)
# the matter let rest, with no time to it
_REST_ENDS = (
    r"(?=[ \t]*(?:[,.;!)\u2014\u2013]|-[ \t]|$|\n|sorry\b|but\b|i" + _APOS + r"m afraid\b))"
    # (twenty-fourth pass, part K: not a round of questions left there before the next meeting,
    # "let's leave it there for this round; the panel would like to see you for round two"; nor
    # a complaint's or a dispute's matter let rest, no longer read)
    r"(?![^.!?\n]*\b(?:see you|meet you|speak (?:to|with) you|talk (?:to|with) you|invite you|"
    r"next round|round (?:two|2)|second round|next stage|next step)\b)"
)
_LET_REST = re.compile(
    r"\b(?:let|leave) (?:this one|this|it|your application|your candidacy) rest (?:here|there)\b"
    r"(?: (?:on this occasion|for this (?:role|one|post|job|position|vacancy|time|round)|this "
    r"time))?" + _REST_ENDS + r"|\bleave (?:this one|it|your application) (?:here|there) "
    r"(?:on this occasion|for this (?:role|one|post|job|position|vacancy|round)|this time)"
    + _REST_ENDS
)
# someone named taken on for the work (not "you", a number, staff or a kind of person)
_TAKEN_ON_NAMED = re.compile(
    r"\bwe(?:" + _APOS + r"ve| have)? (?:taken on|hired|appointed|signed up|signed) "
    r"(?!(?:you|your|more|extra|new|two|three|four|several|some|staff|a|an|the|another|our|"
    r"temps?|agency|seasonal|additional|all|both|them|him|her)\b)[a-z\-]+ (?:for|as) (?:the|our|"
    r"this|a|an) (?:[a-z\-'\u2019]+ ){0,3}?(?:apprenticeship|role|job|post|position|"
    r"placement|traineeship|vacancy|contract|spot|place|apprentice|trainee|bench|chair)\b"
    # (not a coordinator or a manager of the work, "as our new apprentice coordinator")
    r"(?! (?:coordinator|manager|lead|officer|scheme|programme|program|recruiter|partner|"
    r"assessor|mentor|supervisor|tutor|team|panel)\b)"
    # (nothing for the reader after it, nor others listed beside: "and Ella for the office")
    r"(?![^.!?\n]*\b(?:too|as well|alongside you|and you|with you|you can|you(?:"
    + _APOS
    + r"ll| will)|yours|instead|contact you|in touch|interview|meet you|and [a-z]+ (?:for|as))\b)"
    + _NOT_LATER
)

READINGS = readings(
    ("reader_out", _NOT_OFFERED),
    ("status", _RESULT_NEGATIVE),
    ("reader_out", _NOT_MOVED_AHEAD),
    ("reader_out", _LET_REST),
    ("chose_other", _TAKEN_ON_NAMED),
)

# "it" the application, unsuccessful: from the application to the "it", across one stop at
# most, with nothing else "it" could be between them
_OTHER_IT = (
    r"(?!payment|fee|card|transfer|parcel|delivery|upload|file|attachment|form|test|booking|"
    r"order|e-?mail|message|call|login|password|link|document|check|request|reference|video|"
    r"recording|invoice|refund|claim|visa|permit|appeal|search|scan|photo)"
)
_IT_UNSUCCESSFUL = re.compile(
    r"\b(?:your (?:application|candidacy|audition|trial|bid|submission)|applying|you applied)\b"
    r"(?:" + _OTHER_IT + r"[^.!?\n]){0,90}?(?:[.!?:;][ \t]+|[ \t]+[-\u2013\u2014][ \t]+|,[ \t]+)"
    r"(?:(?:but|and|so) )?(?:(?:sadly|unfortunately|regrettably|alas|i" + _APOS + r"m afraid|i am "
    r"afraid|i" + _APOS + r"m sorry to say|i am sorry to say|i" + _APOS + r"m sorry but),? )?"
    r"it (?:(?:has not|hasn" + _APOS + r"t|was not|wasn" + _APOS + r"t|has not|did not prove|"
    r"didn" + _APOS + r"t prove)(?: been)? successful|(?:has been|was|" + _APOS + r"s been) "
    r"unsuccessful)\b(?! (?:yet|in\b|at\b))"
    # (thirty-first pass: nor a form that failed to send, "it was not successful: the upload of
    # your CV failed, so please try again", as part L's "it" reading)
    + _NOT_SENT
)
# a silence rule applied after its time: the time said to have passed, then the rule
_RULE_APPLIED = re.compile(
    r"\b(?:(?:have|has) now (?:passed|gone by|elapsed|expired)|(?:have|has) (?:passed|gone by|"
    r"elapsed|expired) since|(?:is|are) now (?:past|behind us|over)|we(?:" + _APOS + r"re| are) "
    r"now (?:past|beyond))\b[^.!?\n]{0,80}?[.!?;,][ \t]+(?:[^.!?\n]{0,40}?,[ \t]+)?"
    r"(?:a |the )?(?:lack|absence) of (?:any )?(?:response|reply|contact|word|news)"
    r"[^.!?\n]{0,60}? means (?:that )?(?:you (?:have|were|are)|your application (?:has|was|is))"
    r" (?:not been successful|unsuccessful|not successful)\b"
)

LINE_READINGS = (
    (
        "reader_out",
        (
            ("successful", "unsuccessful"),
            ("application", "applying", "applied", "candidacy", "audition", "trial", "bid"),
            # (twenty-fourth pass, part S: and the "it" every match holds, so that the whole
            # text is searched only where one stands)
            # (its pattern's "it " then "'s been", as written)
            ("it has", "it was", "it did", "it '", "it \u2019"),
        ),
        _IT_UNSUCCESSFUL,
    ),
    (
        "reader_out",
        (("passed", "gone by", "elapsed", "expired", "now past", "now beyond", "behind us"),),
        _RULE_APPLIED,
    ),
)
# (the rule's own words, "a lack of response … means", are no conditional, negation._OWN_WORDS)
OWN_WORDS = (_RULE_APPLIED,)
