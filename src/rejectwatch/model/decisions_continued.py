"""Outcomes told in shapes no reading held (issue 11, sixty-second pass, third round: read slices
163 and 164's misses). Each form is written here in several wordings, never for one message:

* **the client continuing with another**: "client continues with other candidate", "The client
  continued the Supplier Quality Engineer process with a different candidate";
* **others preferred, after a comparison**: "these candidates were preferred", "We found people
  whose background suits this particular post a bit better";
* **the post closing for the reader**: "Loom Tuner closes for you here", "this stage is where
  your application finishes";
* **the crew set without the reader, or every place on it claimed**: "The crew for spring is
  set, without you", "Every rake on the crew is claimed" (never a boat's berths, a mooring's);
* **the post named, then its application refused**: "Workshop Mechanic: application declined",
  "Still Hand - application unsuccessful";
* **Caribbean present for past**: "Hotel pick somebody else for Guest Services Head" (a subject
  and the bare verb, no "will", no "if").

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_OTHER_ONE = (
    r"(?:an?other|other|a different|the other|different|a second) (?:candidate|applicant|person|"
    r"profile|finalist|contractor)s?\b"
)
_CONTINUED_WITH = re.compile(
    r"\b(?:continues?|continued|continuing|proceeds?|proceeded|proceeding|carries on|carried on|"
    r"goes on|went on|progressed) (?:forward )?(?:only )?(?:(?:the|its|their) (?:[a-z\-]+ ){0,4}?"
    r"(?:process|hiring|search|recruitment|selection) )?with " + _OTHER_ONE
)
_THESE_PREFERRED = re.compile(
    r"\b(?:these|those|the other|other|such) (?:candidates|applicants|profiles|people|finalists) "
    r"(?:were|have been|got|are being) (?:preferred|favoured|favored|chosen|picked|selected)\b"
    r"(?! (?:if|when|for (?:the )?interview)\b)"
    r"|\bfound (?:people|applicants|candidates|others|profiles|someone|somebody) (?:whose|with|"
    r"who)\b[^.!?\n]{0,80}?\b(?:a bit |a little |slightly |much )?(?:better|more closely|closer)\b"
)
_CLOSES_FOR_YOU = re.compile(
    r"\b(?:closes|ends|stops|finishes|concludes) for you (?:here|there|now|at this (?:stage|point))"
    r"\b"
    r"|\bthis (?:stage|step|point|round) is where your (?:application|candidacy|candidature|"
    r"journey|file) (?:finishes|ends|stops|closes|concludes)\b"
)
_SET_WITHOUT_YOU = re.compile(
    r"\b(?:is|are|has been|have been)(?: now)? (?:set|full|complete|picked|chosen|settled|"
    r"finali[sz]ed|filled|made up|sorted)[,;]? (?:but )?without you\b"
)
_EVERY_PLACE_CLAIMED = re.compile(
    r"\b(?:every|each) (?:[a-z\-]+ ){0,2}?(?:on|in|at) (?:the|our|this) (?:crew|team|gang|squad|"
    r"roster|rota|line|yard|bench) (?:is|has been) (?:now )?(?:claimed|taken|filled|spoken "
    r"for|gone)\b"
)
_PICK_SOMEBODY_ELSE = re.compile(
    r"\b(?:hotel|client|company|firm|boss|dem|they|manager|shop|store|team|office|owner|"
    r"restaurant|resort|bank|school|clinic) (?:pick|choose|select|take|hire|carry|gone with|"
    r"go with|gone for) (?:somebody|someone|a next|another|di odda|the other)(?: (?:else|one|"
    r"person|applicant|candidate))?\b"
)

_TITLE_THEN_REFUSED = re.compile(
    r"\b(?![a-z\-&'\u2019 ]{0,40}?\b(?:discount|loan|card|grant|permit|licence|license|visa|"
    r"benefit|claim|refund|membership|mortgage|credit|tax|housing|allowance|account|tenancy|"
    r"planning|bursary|scholarship)\b)"
    r"[a-z][a-z\-&'\u2019 ]{1,40}?(?::| -| \u2013) (?:your )?application (?:declined|"
    r"unsuccessful|rejected|not successful|not selected|not progressed)\b(?=[ \t]*(?:[.;!]|\n|$))"
)

READINGS = readings(
    ("chose_other", _CONTINUED_WITH),
    ("chose_other", _THESE_PREFERRED),
    ("reader_out", _CLOSES_FOR_YOU),
    ("reader_out", _SET_WITHOUT_YOU),
    ("role_gone", _EVERY_PLACE_CLAIMED),
    ("reader_out", _TITLE_THEN_REFUSED),
    ("chose_other", _PICK_SOMEBODY_ELSE),
)
