"""Outcomes told in shapes no reading held (issue 11, sixty-fifth pass, third round: read slices
193 and 194's misses). Each form is written here in several wordings, never for one message:

* **a Creole "it go to" another**: "it go to a man who trained under Mr Brissett before";
* **the reader's form landing outside or missing the list**: "it lands outside the shortlist this
  month", "Sorry, it misses the interview list for this store";
* **the application that has not come off**: "Regrettably this one hasn't come off for you";
* **places filled before new names were reached**: "returners signed back before we reached new
  names";
* **a check that halts the reader's form**: "which halts your form at step one";
* **the post going to someone described**: "The gardener post goes to a man from Rabat";
* **others who get the post this round**: "Other folks get Chase Crew Driver this round";
* **someone described who has it**: "A North End shop student has it";
* **another chosen, with no noun**: "the client chose another for Hotel Sous Chef";
* **a long-time insider chosen**: "The trust chose a long-time volunteer";
* **a score that ends it**: "Moving on needed 26; this ends it";
* **no invitation to follow**: "No interview invite will follow this time round";
* **a list without the reader's name**: "this year's intern list lacks your name";
* **the post steered elsewhere**: "We're steering the Service Advisor post elsewhere", "steering
  the Marketing Executive work down a different road";
* **rivals who sat nearer the work**: "two rivals sat a touch nearer the day-to-day of Still
  Operator";
* **someone appointed by name who has joined**: "Directors have appointed Shri Amandeep Kang as
  Production Manager; he joined on Monday".

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_casual import _A
from rejectwatch.model.decisions_got_it import NOT_A_GUEST_LIST
from rejectwatch.model.decisions_seats_given import _ROLE_HEAD
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

# one described by what they are ("a man", "a North End shop student")
_PERSON = (
    r"(?:man|woman|lad|lass|local|person|fella|girl|boy|student|apprentice|candidate|applicant|"
    r"worker|hand|volunteer|graduate|returner)"
)
_CREOLE_IT_GO = re.compile(
    r"\b(?:it|di job|de job|di work|de work|the job) (?:go|gone|done go|did go) (?:to|by) (?:a|an|"
    r"one|another|somebody|someone|a next)\b"
)
_LANDS_OUTSIDE = re.compile(
    r"\b(?:it|your (?:[a-z\-]+ ){0,3}?(?:form|application|cv|candidacy)) (?:(?:lands|landed|"
    r"falls|fell|sits|sat) outside|misses|has missed) the "
    + NOT_A_GUEST_LIST
    + r"(?:[a-z\-]+ ){0,2}?(?:shortlist|short-list|list|cut)\b"
)
_NOT_COME_OFF = re.compile(
    r"\b(?:this one|your application|this application) (?:hasn"
    + _A
    + r"t|has not|didn"
    + _A
    + r"t|did not) come off\b"
    r"|\bit (?:hasn" + _A + r"t|has not|didn" + _A + r"t|did not) come off for you\b"
)
_BEFORE_NEW_NAMES = re.compile(
    r"\bbefore we (?:reached|got to|came to|could reach|could get to) (?:new|your|fresh|any new) "
    r"(?:names|applicants|applications|forms|people)\b"
)
_HALTS_YOUR_FORM = re.compile(
    r"\b(?:halts|stops|ends|closes) your (?:form|application|candidacy)"
    r"(?: at (?:step|stage) (?:one|1|two|2)\b| here\b|(?=[ \t]*(?:[.;!\n]|$)))"
)
_GOES_TO_ONE_DESCRIBED = re.compile(
    r"\b(?:post|job|role|position|place|spot|work|shift) goes to (?:a|an|one) (?:[a-z"
    + _A[1:-1]
    + r"\-]+ ){0,2}?"
    + _PERSON
    + r"\b"
)
_OTHERS_GET_IT = re.compile(
    r"\bother (?:folks|people|applicants|candidates|ones|names) (?:get|got|take|took|land|landed) "
    r"(?:it|the (?:job|role|post|place|spot|position|work|shift|contract|offer)|(?:[a-z\-]+ )"
    r"{0,3}?(?:driver|minder|keeper|" + _ROLE_HEAD[3:-1] + r")) (?:this (?:round|time|year|"
    r"season)|on this occasion)\b"
)
_ONE_DESCRIBED_HAS_IT = re.compile(
    r"\b(?:a|an) (?:[a-z\-]+ ){0,3}?"
    + _PERSON
    + r" (?:has|holds|has got) (?:it|the (?:job|role|post|place|spot|position|shift))(?: now)?"
    r"(?=[ \t]*(?:[.;!\n]|$))"
)
_CHOSE_ANOTHER_BARE = re.compile(
    r"\b(?:chose|picked|selected|preferred|went with|has chosen|have chosen) another (?:for|as|"
    r"on)\b"
)
_INSIDER_CHOSEN = re.compile(
    r"\b(?:chose|picked|selected|appointed|hired|went with|took on|has chosen|have chosen) "
    r"(?:a|an) (?:long-?time|long-?serving|local|internal|existing|current|former|returning|"
    r"regular|seasoned|loyal) (?:volunteer|member|colleague|employee|worker|hand|staffer|regular)\b"
)
_THIS_ENDS_IT = re.compile(r"[;:,] (?:so )?(?:this|that) ends it(?=[ \t]*(?:[.!\n]|$))")
_NO_INVITE_WILL_FOLLOW = re.compile(
    r"\bno (?:interview |second-round |further )?(?:invite|invitation|offer|call-?back|interview) "
    r"will (?:follow|come|be coming|be sent)\b"
)
_LIST_LACKS_YOUR_NAME = re.compile(
    r"\b(?<!guest )(?<!mailing )(?<!speaker )(?<!waiting )(?:list|shortlist|short-list|roster|"
    r"line-?up|intake) (?:lacks|does not (?:include|have|hold|carry)|doesn" + _A + r"t (?:include|"
    r"have|hold|carry)|leaves out|omits) your name\b"
)
_STEERED_ELSEWHERE = re.compile(
    r"\bsteering (?:the|this|our) (?:[a-z\-]+ ){0,3}?(?:post|role|job|position|work|vacancy) "
    r"(?:elsewhere|down a different road|another way|in (?:a|another) (?:different )?direction)\b"
)
_RIVALS_NEARER = re.compile(
    r"\b(?:rivals|other (?:candidates|applicants|finalists)|(?:two|three|a few|several) "
    r"(?:rivals|finalists|other (?:candidates|applicants))) (?:sat|sit|were|are|came|ranked|stood) "
    r"(?:a (?:touch|bit|little|shade|notch) )?(?:nearer|closer) (?:to )?(?:the|what|our)\b"
)
_APPOINTED_WHO_JOINED = re.compile(
    r"\b(?:have|has|had) appointed (?:shri |smt |mr |mrs |ms |dr )?[a-z][a-z\-]+(?: [a-z][a-z\-]+)?"
    r" as (?:the |our )?(?:[a-z\-]+ ){0,3}?[a-z\-]+[;,] (?:and )?(?:he|she|they) (?:has |have )?"
    r"(?:joined|accepted|started)\b"
)

READINGS = readings(
    ("chose_other", _CREOLE_IT_GO),
    ("reader_out", _LANDS_OUTSIDE),
    ("reader_out", _NOT_COME_OFF),
    ("reader_out", _BEFORE_NEW_NAMES),
    ("reader_out", _HALTS_YOUR_FORM),
    ("chose_other", _GOES_TO_ONE_DESCRIBED),
    ("chose_other", _OTHERS_GET_IT),
    ("chose_other", _ONE_DESCRIBED_HAS_IT),
    ("chose_other", _CHOSE_ANOTHER_BARE),
    ("chose_other", _INSIDER_CHOSEN),
    ("reader_out", _THIS_ENDS_IT),
    ("reader_out", _NO_INVITE_WILL_FOLLOW),
    ("reader_out", _LIST_LACKS_YOUR_NAME),
    ("role_gone", _STEERED_ELSEWHERE),
    ("chose_other", _RIVALS_NEARER),
    ("chose_other", _APPOINTED_WHO_JOINED),
)
