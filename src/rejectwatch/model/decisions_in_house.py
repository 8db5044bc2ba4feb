"""The post kept in house or given to a partner rather than a hire, others getting the nod, a
local taken for the post, and the reader's file taking no further part, in English and five
other languages (issue 11, sixty-seventh pass, third round: blind slices 209 and 210's misses).
Each is written for its shape, not its sentence:

* **done without a hire**: "The studio has opted to give Glass Painter to a partner workshop
  rather than hire directly", "the board has opted to cover the duties through its own staff
  rather than a new hire" (a choice made, then "rather than" a hire);
* **they get the nod**: "other people's experience sat snugger against the post's needs, so
  they get the nod";
* **one taken for the post**: "the hotel took a local for Front Office Executive";
* **no further part**: "The file will take no further part in this competition";
* **abroad**: French "votre dossier se termine avec ce courriel" (your file ends with this
  mail), "les rangs reviennent aux coupeurs des étés passés" (go back to last summers'
  cutters); Dutch "De plek gaat naar een rijder die ..." (the place goes to a driver who ...),
  "Hiermee sluiten we je sollicitatie af" (with this we close your application); Irish
  "Thugamar post an tsnoíodóra do cheardaí ..." (we gave the carver's post to a craftsman),
  "críochnaíonn do chuid anseo" (your part ends here); Armenian "Օգնականի տեղը տրվեց ... մի
  վարպետի" (the assistant's place was given to a master), "ձեր դիմումի ճանապարհը ... փակվում
  է" (your application's road closes); Thai "ขอปิดเรื่องใบสมัครนี้" (we close this
  application's matter).

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_WITHOUT_A_HIRE = re.compile(
    r"\b(?:opted|decided|chosen|chose|elected|agreed|preferred)\b[^.!?\n]{0,40}?\b(?:give|hand|"
    r"pass|cover|spread|keep|move|fill|share|split|absorb|outsource|contract out|send)\b"
    r"[^.!?\n]{0,80}?\brather than "
    r"(?:hire|hiring|recruit|recruiting|appoint|appointing|take on|taking on|(?:a |an )?(?:new |"
    r"direct |outside |fresh )?(?:hire|appointment|recruit))\b(?! (?:through|via|from|on|an? "
    r"agency)\b)"
)
_THEY_GET_THE_NOD = re.compile(
    r"\b(?:so|and) (?:they|those (?:candidates|applicants|people)|the others|others) (?:get|got|"
    r"gets|have got|will get) the nod\b"
)
_TOOK_ONE_FOR = re.compile(
    r"\b(?:the|our) [a-z\-]+ (?:took|has taken|hired|picked|chose|went with|took on) (?:a|an|one) "
    r"(?:local|insider|regular|candidate|person|graduate|student|volunteer|returner|local "
    r"(?:lad|lass|man|woman|person|candidate))"
    r" for (?!you\b|your\b|an? interview\b|the interview\b|a trial\b)(?:the )?(?:[a-z\-]+ ){0,4}?"
    r"[a-z\-]+(?=[ \t]*(?:[.,;:\u2014\u2013]|$)| (?:post|role|job|position)\b)"
)
_NO_FURTHER_PART = re.compile(
    r"\b(?:the|your|this) (?:file|application|candidacy|papers|form|submission) (?:will take|"
    r"takes|can take|is to take) no (?:further|more) part\b"
)
_ABROAD_CHOSEN = re.compile(
    # French: (the rows, the places) go back to last summers' cutters (to those of before)
    r"\b(?:reviennent|revient|sont revenus|est revenu|vont|va) (?:aux|à des|à l['\u2019]|à un|"
    r"à une) (?!vous\b)[^.!?\n]{0,30}?\b(?:des (?:étés|saisons|années) passé(?:e)?s|de "
    r"l['\u2019]an dernier|d['\u2019]avant|habituels|habituelles)\b"
    # Dutch: the place (the job) goes to one who ..., never you
    r"|\bde (?:plek|baan|functie|plaats|vacature)\b[^.!?\n]{0,40}? (?:gaat|ging) naar (?:een|de) "
    r"(?!u\b|jou\b|\w*commissie\b|afdeling\b|manager\b|recruiter\b|team\b)[^.!?\n]{0,40}? die\b"
    # Irish: we gave the post to one (a craftsman, a person), never you
    r"|\bthugamar (?:an )?post\b[^.!?\n]{0,40}? do (?!dhuit\b|duit\b|dhuitse\b)\w"
    # Armenian: the place was given to a master (one)
    r"|տեղը (?:տրվեց|տրվել է|հանձնվեց)[^.!?\n։]{0,40}? (?:մի|մեկ)"
)
_ABROAD_ENDED = re.compile(
    # French: your file ends (closes) with this mail
    r"\bvotre (?:dossier|candidature) se (?:termine|clôt|ferme|conclut|clôture)\b"
    # Dutch: (with this) we close your application
    r"|\b(?:sluiten|sloten) we (?:je|uw|jouw) (?:sollicitatie|kandidatuur|aanmelding|dossier)"
    r"(?: hierbij| hiermee)? af\b"
    r"|\bwe sluiten (?:je|uw|jouw) (?:sollicitatie|kandidatuur|aanmelding)(?: hierbij| hiermee)? "
    r"af\b"
    # Irish: so your part (your application) ends here
    r"|\bcríochnaíonn (?:do chuid|d['\u2019]iarratas)(?: anseo)?\b"
    # Armenian: your application's road (with us) closes
    r"|ձեր դիմումի (?:ճանապարհը|ընթացքը)[^.!?\n։]{0,20}? (?:փակվում է|ավարտվում է|փակվեց)"
    # Thai: we close this application's matter
    r"|ปิดเรื่องใบสมัคร"
)

READINGS = readings(
    ("role_gone", _WITHOUT_A_HIRE),
    ("chose_other", _THEY_GET_THE_NOD),
    ("chose_other", _TOOK_ONE_FOR),
    ("reader_out", _NO_FURTHER_PART),
    ("chose_other", _ABROAD_CHOSEN),
    ("reader_out", _ABROAD_ENDED),
)
