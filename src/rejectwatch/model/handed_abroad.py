"""Another chosen, and the application closed, in languages read slices 191 and 192 refused in
(issue 11, sixty-fifth pass, second round). Each is written for its shape, not its sentence:

* **someone else got the post, or it passes to another**: Italian "il posto … l'ha ottenuto
  qualcun altro", "La saldatura dei telai passa a un ragazzo di Fidenza"; Persian "جای … به
  هنرجوی دیگری رسید"; Bengali "চেয়ারটা এবার আরেকজন পেয়েছেন"; Lithuanian "vieta … atiteko kitam
  žmogui"; Danish "Polstrerpladsen gik til en ung kvinde"; Icelandic "Afgreiðslustarfið fékk ungur
  maður"; Galician "O banco de xoieiro quedou para un rapaz"; French "Une diplômée … prend ce
  poste";
* **the application closed here or by this mail**: Italian "chiudiamo qui la pratica", "la tua
  domanda si chiude qui"; Persian "پرونده‌تان را می‌بندیم"; Lithuanian "jūsų prašymas čia
  baigiasi"; Danish "vi lukker din ansøgning"; Icelandic "umsókn þín endar hér"; Galician
  "pechamos a túa candidatura"; French "ce courriel referme votre dossier".

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_ANOTHER_GOT_IT = re.compile(
    # Italian: someone else got it; it passes to a boy (a girl, another)
    r"\bl['\u2019]ha (?:ottenuto|preso|avuto|vinto) (?:qualcun altro|qualcun['\u2019]altra|"
    r"un altro|un['\u2019]altra|un(?:a)? (?:altr[oa] )?candidat[oa])\b"
    r"|\bpassa a (?:un|una) (?:ragazz[oa]|altr[oa]|candidat[oa]|persona|giovane)\b"
    # Persian: the place reached (went to) another
    r"|به [^.!?\n\u060c\u061b]{0,25}?دیگری رسید"
    # Bengali: another person got it this time
    r"|(?:আরেকজন|অন্য কেউ|অন্য একজন|অন্যজন) পেয়েছেন"
    # Lithuanian: the place fell to another person (candidate)
    r"|\batiteko kit(?:am|ai) (?:žmogui|kandidatui|asmeniui|kandidatei|pretendentui)\b"
    # Danish: the place (post, job) went to a ...
    r"|\b\w*(?:pladsen|stillingen|jobbet|posten) gik til (?:en|et|den|anden|en anden)\b"
    # Icelandic: the job got (was got by) ..., never "you" ("Starfið fékkst þú")
    r"|\b\w*starfið fékk\b(?! (?:þú|þig|þér)\b)"
    # Galician: the bench (post) stayed for a lad (another)
    r"|\bquedou para (?:un|unha|outro|outra)\b"
    # French: a graduate (another) takes this post
    r"|\b(?:une?|un autre|une autre) [^.!?\n]{0,60}? prend (?:ce|le) poste\b"
)
_CLOSED_HERE = re.compile(
    # Italian: we close the file here; your application closes here
    r"\bchiudiamo qui la (?:pratica|candidatura|domanda)\b"
    r"|\b(?:la tua|la sua|la vostra) (?:domanda|candidatura|pratica) si chiude qui\b"
    # Persian: we close your file
    r"|پرونده[\u200c ]?(?:تان|ات|ی شما) را (?:می[\u200c ]?بندیم|بستیم)"
    # Lithuanian: your application ends here
    r"|\bjūsų (?:prašymas|paraiška|kandidatūra) (?:čia|tuo) baigiasi\b"
    # Danish: we close your application
    r"|\bvi lukker (?:derfor |hermed )?din ansøgning\b"
    # Icelandic: your application ends here
    r"|\bumsókn þín endar (?:hér|þar)\b"
    # Galician: we close your candidacy
    r"|\bpechamos a (?:túa|súa) candidatura\b"
    # French: this mail closes your file
    r"|\b(?:ce|le présent) (?:courriel|message|mail|e-mail) (?:referme|clôt|ferme|clôture) "
    r"votre (?:dossier|candidature)\b"
)

READINGS = readings(
    ("chose_other", _ANOTHER_GOT_IT),
    ("reader_out", _CLOSED_HERE),
)
