"""Outcomes told in shapes no reading held (issue 11, sixty-fifth pass, second round: read slices
191 and 192's misses). Each form is written here in several wordings, never for one message:

* **the post given or settled on someone named, who accepted**: "The founders gave Article Clerk
  to Tanvi Joshi, who accepted on Wednesday", "The committee settled on Ellis Noy for Press
  Minder; he accepted";
* **the post handed by its owner to someone described**: "the client handed Front Office Lead to
  a rival shortlister", "The co-op board handed it to a member's son";
* **the post going to somebody else, in the present**: "yet Line Cook goes to somebody else";
* **someone else who has it now**: "Someone else has it now";
* **a Creole passive, the work "give to" another**: "di work give to a next man";
* **no offer made or coming, the post named between**: "will make no offer to you for the News
  Reader position", "No Glass Cutter offer is coming your way from us";
* **the reader's file shut without progress**: "We've shut your Ticketing Agent file without
  progressing it";
* **the application stopping at a step**: "Your Fragrance Consultant application stops at
  review", "so your application ends with the exercise";
* **the reader's name beyond the list's edge**: "the intake is fixed, and your name sits beyond
  its edge";
* **a candidacy marked inactive, or no longer considered**: "this candidacy is marked inactive;
  … is no longer considering it";
* **the others' applications progressed**: "applications from people whose background sits
  nearer the team's work, and we have progressed those";
* **the post's tasks shared among present staff**: "sharing its tasks among present staff".

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_casual import _A
from rejectwatch.model.decisions_seats_given import _ROLE_HEAD
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

# a name of one or two words ("tanvi joshi", "ellis noy")
_NAME = r"[a-z][a-z" + _A[1:-1] + r"\-]+(?: [a-z][a-z" + _A[1:-1] + r"\-]+)?"
_ACCEPTED = r"(?:has |have )?(?:accepted|said yes|starts|begins|joins|started|signed)\b"
_GIVEN_TO_ONE_WHO_ACCEPTED = re.compile(
    r"\b(?:gave|has given|have given|handed|awarded|offered) (?:the )?(?:[a-z\-]+ ){0,3}?(?:job|"
    r"role|post|position|place|spot|contract|offer|minder|keeper|"
    + _ROLE_HEAD[3:-1]
    + r") to "
    + _NAME
    + r",? (?:who|and (?:she|he|they)) "
    + _ACCEPTED
    + r"|\bsettled on "
    + _NAME
    + r" for (?:the )?(?:[a-z\-]+ ){0,3}?[a-z\-]+[;,]? (?:and )?(?:he|she|they) "
    + _ACCEPTED
)
# who may hand a post on ("the client", "the co-op board", "the founders", "we")
_OWNER = (
    r"(?:client|board|panel|team|manager|boss|owner|owners|committee|they|we|co-op|firm|founders?|"
    r"trustees|company|employer|studio|shop|family)"
)
# one described who gets it ("a rival shortlister", "a member's son")
_ONE_DESCRIBED = (
    r"(?:a|an|another|one) (?:[a-z" + _A[1:-1] + r"\-]+ ){0,3}?(?:son|daughter|candidate|"
    r"applicant|shortlister|finalist|contender|person|local|lad|lass|man|woman|fella|member|"
    r"insider|graduate|nephew|niece|cousin|returner|regular)\b"
)
_HANDED_TO_ONE_DESCRIBED = re.compile(
    r"\b" + _OWNER + r" (?:has |have |had |just )?handed (?:it|(?:the )?(?:[a-z\-]+ ){1,4}?)"
    r"(?: over)? ?to " + _ONE_DESCRIBED
)
_GOES_TO_SOMEBODY_ELSE = re.compile(
    r"\b(?:job|role|post|position|place|spot|work|shift|minder|keeper|"
    + _ROLE_HEAD[3:-1]
    + r") (?:goes|is going) to (?:somebody|someone) else\b"
)
_SOMEONE_ELSE_HAS_IT = re.compile(
    r"\b(?:someone|somebody) else (?:has|holds|has got|" + _A[1:-1] + r"s got) (?:it|the "
    r"(?:job|role|post|place|spot|position|work|bench|stool|chair)) now\b"
)
_CREOLE_GIVEN = re.compile(
    r"\b(?:di|de|the|dat|that) (?:work|job|post|place|spot|position) (?:give|gi|giv) (?:to|by) "
    r"(?:a next|another|somebody|someone|one)\b"
)
_NO_OFFER_NAMED = re.compile(
    r"\b(?:will|shall|would|is going to|are going to|can) make no (?:[a-z\-]+ ){0,2}?offer "
    r"(?:to|for) you\b"
    r"|\bno (?:[a-z\-]+ ){1,3}?offer (?:is|will be) (?:coming|heading|going) your way\b"
)
_SHUT_WITHOUT_PROGRESS = re.compile(
    r"\b(?:shut|closed|archived|filed away|withdrawn) (?:your|this) (?:[a-z\-]+ ){0,3}?(?:file|"
    r"application|candidacy|record) without (?:progressing|advancing|taking it (?:any )?further|"
    r"moving it (?:forward|on)|further action)\b"
)
_STOPS_AT_A_STEP = re.compile(
    r"\byour (?!(?:grant|visa|loan|mortgage|permit|licen[cs]e|planning|housing|benefit|membership|"
    r"passport)\b)(?:[a-z\-]+ ){0,3}?(?:application|candidacy|file|form) (?:stops|ends|halts|"
    r"closes) "
    r"(?:(?:at|with) (?:the )?(?:review|screening|sift|shortlisting|first sift|paper sift|cv "
    r"review|exercise|test|written test|assessment|written exercise|first sort|sort|first cut|"
    r"first round|step one|stage one|this point|this stage"
    # (sixty-sixth pass: or the paper or test just marked, "your candidacy ends with this
    # paper", two exam notices, slice 198)
    r"|this (?:paper|test|exam|examination|written test|assessment|exercise))"
    # (the step ends the clause: never "stops at the screening stage for now", "ends at the
    # assessment stage with an offer")
    r"(?=[ \t]*(?:[.;!\n]|$))"
    # (third round: or "here", "Your Tour Boat Skipper form halts here, this round")
    r"|here(?=[ \t]*(?:[.;!,\n]|$)))"
)
_BEYOND_ITS_EDGE = re.compile(
    r"\byour (?:name|application|score|ranking|entry) (?:sits|sat|falls|fell|lies|lay|lands|"
    r"landed) (?:just )?(?:beyond|outside|below|under|past) (?:its|the|that|this) (?:edge|line|"
    r"cut|cut-?off|list|shortlist|limit|threshold|mark|boundary)\b"
)
_MARKED_INACTIVE = re.compile(
    r"\b(?:this|your) (?:candidacy|application|candidature) (?:is|has been|was) (?:now )?marked "
    r"(?:as )?inactive\b"
    r"|\b(?:candidacy|application|candidature)\b[^.!?\n]{0,80}?\bno longer considering "
    r"(?:it|this)\b"
)
_OTHERS_PROGRESSED = re.compile(
    r"\b(?:applications|candidates|applicants|people|profiles) (?:from|whose|who|with)\b"
    r"[^.!?\n]{0,160}?\bwe(?:" + _A + r"ve| have) (?:progressed|advanced|taken forward|moved "
    r"forward with|shortlisted) (?:those|these|them)\b"
)
_TASKS_SHARED = re.compile(
    r"\bsharing (?:its|the|their|those|his|her) (?:tasks|duties|work|responsibilities) "
    r"(?:out )?(?:among|between|across) (?:present|current|existing|our) (?:staff|team|"
    r"colleagues|employees)\b"
    r"|\b(?:its|the|their) (?:tasks|duties|responsibilities) (?:will be|are being|have been) "
    r"(?:shared|split|spread|divided) (?:among|between|across) (?:present|current|existing) "
    r"(?:staff|team|colleagues|employees)\b"
)

READINGS = readings(
    ("chose_other", _GIVEN_TO_ONE_WHO_ACCEPTED),
    ("chose_other", _HANDED_TO_ONE_DESCRIBED),
    ("chose_other", _GOES_TO_SOMEBODY_ELSE),
    ("chose_other", _SOMEONE_ELSE_HAS_IT),
    ("chose_other", _CREOLE_GIVEN),
    ("reader_out", _NO_OFFER_NAMED),
    ("reader_out", _SHUT_WITHOUT_PROGRESS),
    ("reader_out", _STOPS_AT_A_STEP),
    ("reader_out", _BEYOND_ITS_EDGE),
    ("reader_out", _MARKED_INACTIVE),
    ("chose_other", _OTHERS_PROGRESSED),
    ("role_gone", _TASKS_SHARED),
)
