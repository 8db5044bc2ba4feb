"""Outcomes told in shapes no reading held (issue 11, sixty-sixth pass, third round: read slices
203 and 204's misses). Each form is written here in several wordings, never for one message:

* **a request or form that fell short of the shortlist**: "Your request to train in
  glasseyemaking fell short of this spring's shortlist";
* **a vacancy that brings no interview the reader's way**: "this vacancy brings no interview your
  way";
* **someone named picked by the one who hires**: "The director picked Ankit Raj, who signs his
  contract this week";
* **someone brought on board, said in the past**: "The partners brought Ashley Chiasson on board";
* **those going forward had more**: "The people going forward for Relief Driver had more time on
  refrigerated trucks";
* **the team chose to stop the application**: "our team chose to stop your application here";
* **a plain decision for another candidate**: "client decide other candidate for Facilities
  Assistant", "The company decide to hire other candidate for Import Coordinator" (its Creole
  twin, "him tek a next person fi di work", and another of any trade engaged, "another artisan
  has been engaged", are read with the first round's picks and engagements,
  rejectwatch.model.decisions_moved_ahead);
* **the post named, then someone who got it**: "Weatherballooning observer: a Bureau veteran got
  it";
* **an application sitting outside consideration**: "It now sits outside consideration".

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.decisions_brought_aboard import _NAME, _NO_READER, _START
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

# (never an announcement: a new starter welcomed, congratulated or promoted)
_NOT_NEWS = (
    r"(?![^.!?\n]*\b(?:new|congratulat\w*|welcome\w*|delighted|pleased|announce\w*|promot\w*)\b)"
)
_FELL_SHORT = re.compile(
    r"\byour (?:[a-z\-]+ ){0,2}?(?:request|application|form|entry|bid|submission|cv)\b"
    r"[^.!?\n]{0,50}? (?:fell|falls|has fallen) short of (?:the|this|that|our)\b[^.!?\n]{0,25}?"
    r"\b(?:shortlist|short-list|cut|line|list|mark|threshold|selection|intake)\b"
)
_BRINGS_NO_INTERVIEW = re.compile(
    r"\b(?:vacancy|post|role|application|opening|position|job)\b[^.!?\n]{0,20}? (?:brings|will "
    r"bring|holds|offers|leads to|means) no (?:interview|offer|call-?back|next step)s? (?:your "
    r"way|for you|this time)\b"
)
_BOSS_PICKED_NAMED = re.compile(
    _START + r"(?:the |our )?(?:[a-z'\u2019]+ )?(?:director|directors|manager|panel|board|"
    r"committee|partners|owners|owner|team|client|boss|chef|foreman) (?:has |have )?(?:picked|"
    r"chose|selected|appointed|hired|went with|settled on) " + _NAME + r"[a-z][a-z'\-]+ "
    r"[a-z][a-z'\-]+(?:,| who\b| as\b| for\b)"
    + _NO_READER
    + _NOT_NEWS
    # (or brought on board, said in the past, "The partners brought Ashley Chiasson on board")
    + r"|"
    + _START
    + r"(?:the |our )?(?:[a-z'\u2019]+ )?(?:director|directors|manager|panel|"
    r"board|committee|partners|owners|owner|team|client|boss) brought " + _NAME + r"[a-z][a-z'\-]+"
    r"(?: [a-z][a-z'\-]+)? (?:on board|onboard|aboard)(?=[ \t]*(?:[.;,!\n]|$))" + _NOT_NEWS
)
_FORWARD_HAD_MORE = re.compile(
    r"\b(?:people|applicants|candidates|those|ones|names|profiles) (?:going|moving|taken|put) "
    r"(?:forward|through|ahead)\b[^.!?\n]{0,40}? (?:had|have|brought|bring|showed|show) more\b"
)
_CHOSE_TO_STOP = re.compile(
    r"(?<!\byou )(?<!\byou['\u2019]ve )(?<!\byou have )(?<!\byou['\u2019]d )"
    r"\b(?:chose|decided|opted|elected) to (?:stop|end|close|halt|not progress|not continue) "
    r"(?:with )?your (?:[a-z\-]+ ){0,2}?(?:application|candidacy|form|file)\b"
    r"(?! (?:until|till|for now|while)\b)"
)
_DECIDE_OTHER = re.compile(
    r"\bdecided? (?:to (?:hire|pick|choose|select|take|tek) |on |for )?(?:other|another|a next) "
    r"(?:candidate|person|applicant|specialist|worker)\b(?! (?:if|when|should)\b)"
)
# a post's title: up to four words, the last a worker's ("observer", "craftsperson", "hand",
# "mate"), never a thing's ("order", "parcel", "raffle")
_TITLE = (
    r"(?:[a-z'\u2019\-]+ ){0,3}?(?!(?:order|number|letter|parcel|winner|prize|voucher|ticket|"
    r"cover|paper|poster|flyer|computer|printer|charger|folder|jumper|sweater|counter|container|"
    r"corner|water|dinner|supper|centre|center|theatre|theater|answer|member|weather|register|"
    r"reminder|newsletter|offer|other|matter|quarter|timer|trailer|remainder)\b)"
    r"[a-z\-]*(?:er|or|ist|ian|ant|ent|hand|mate|person|man|woman|smith|wright|keeper|ee|cook|"
    r"chef|nurse|guard|lead|clerk|porter|aide|tech)"
)
_TITLE_THEN_GOT_IT = re.compile(
    _START + r"[ \t]*" + _TITLE + r": (?:a|an|one|the) (?:[a-z\-]+ ){0,3}?[a-z\-]+ (?:got|has got|"
    r"took|has taken|landed|bagged) it\b"
)
_OUTSIDE_CONSIDERATION = re.compile(
    r"\b(?:it|your (?:[a-z\-]+ ){0,2}?(?:application|candidacy|form|profile)) (?:now )?(?:sits|"
    r"is|falls|stands|lies) (?:now )?outside (?:of )?consideration\b"
)

READINGS = readings(
    ("reader_out", _FELL_SHORT),
    ("reader_out", _BRINGS_NO_INTERVIEW),
    ("chose_other", _BOSS_PICKED_NAMED),
    ("chose_other", _FORWARD_HAD_MORE),
    ("reader_out", _CHOSE_TO_STOP),
    ("chose_other", _DECIDE_OTHER),
    ("chose_other", _TITLE_THEN_GOT_IT),
    ("reader_out", _OUTSIDE_CONSIDERATION),
)
