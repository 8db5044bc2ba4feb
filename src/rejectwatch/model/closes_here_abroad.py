"""The post taken by another, and the reader's application closing here, in languages read slices
169 and 170 refused in (issue 11, sixty-third pass, first round). Each is written for its shape,
not its sentence:

* **the application closing or ending here, or with this letter**: Croatian "Vaša prijava ovim se
  zaključuje", Albanian "aplikimi juaj mbyllet këtu", Irish "críochnaíonn d'iarratas anseo",
  Basque "zure eskaera hemen amaitzen da", Tamil "your (this) petition ends with this, or
  here", Swahili "ombi
  lako linaishia hapa", Hungarian "jelentkezését ezzel lezárjuk", Bulgarian "Кандидатурата Ви
  спира дотук", Amharic "your application closes with this", Yoruba "we will not go on with your
  application", Spanish "su solicitud se queda fuera";
* **the place taken by another**: Croatian "mjesto … dobila je gospođa …", Albanian "Vendin e
  … e mori një nxënës", Irish "Chuaigh post an cheardaí chuig printíseach", Basque "lanpostua …
  ikastun batek hartu du", Tamil "one person was appointed", Swahili "… ndiye amepata nafasi",
  Bulgarian "Избрахме човек …" (we chose a person), Amharic "a person has taken it", Spanish
  "Los puestos ya los ocupan …"; never the reader.

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_AP = "['\u2018\u2019]"

_CLOSES_HERE = re.compile(
    # Croatian: your application is hereby closed, or ends here
    r"\bvaša (?:prijava|kandidatura) (?:se )?(?:ovim|ovime|ovdje|tu) (?:se )?(?:zaključuje|"
    r"završava|zatvara)\b"
    # Albanian: your application closes here, or with this
    r"|\b(?:aplikimi|kandidatura|kërkesa) (?:juaj|jote|yt) (?:mbyllet|përfundon|mbaron|ndalet) "
    r"(?:këtu|me kaq|me "
    r"këtë)\b"
    # Irish: your application ends here
    r"|\b(?:críochnaíonn|stopann|dúntar) (?:d" + _AP + r"iarratas|bhur n-iarratas) "
    r"(?:anseo|ansin)\b"
    # Basque: your application ends here
    r"|\bzure (?:eskaera|hautagaitza|eskabidea) (?:hemen|honekin|hor) (?:amaitzen|bukatzen|ixten|"
    r"gelditzen) da\b"
    # Tamil: your petition (application) ends with this, or here
    # (sixty-fourth pass: or this petition, "இந்த மனு இங்கே முடிகிறது", once settled_abroad's)
    r"|(?:உங்கள்|இந்த) (?:மனு|விண்ணப்பம்) (?:இத்துடன்|இங்கே|இங்கு) (?:முடிகிறது|முடிவடைகிறது|"
    r"நிறைவடைகிறது)"
    # Swahili: your application ends here
    r"|\bombi lako (?:linaishia|linaisha|linafungwa|limeishia|linakomea) (?:hapa|hapo)\b"
    # Hungarian: with this we close your application
    r"|\bjelentkezését (?:ezzel |most |itt )?(?:lezárjuk|lezártuk)\b"
    # Bulgarian: your candidacy stops here
    r"|\b(?:кандидатурата|молбата|заявката) (?:ви|ти) (?:спира|приключва|завършва) (?:дотук|тук)\b"
    # Amharic: your application closes (ends) with this, or here
    r"|ማመልከቻዎ (?:በዚህ|እዚህ) (?:ይዘጋል|ያበቃል|ተዘግቷል)"
    # Yoruba: we will not go on with your application (a tone mark may be a combining letter)
    r"|\ba (?:kò|ko) ní (?:tẹ̀síwájú|tesiwaju) (?:pẹ̀lú|pelu) (?:ìbéèrè|ibeere) (?:rẹ|re|yín|yin)"
    r"(?!\w)"
    # Spanish: your application stays out (never "no se queda fuera")
    r"|(?<!\bno )\b(?:su|tu) (?:solicitud|candidatura) (?:se )?queda (?:fuera|descartada)\b"
)
_TAKEN_BY_ANOTHER = re.compile(
    # Croatian: the place was got by [a person] (never you)
    r"\bmjesto\b[^.!?\n]{0,40}? (?:dobila je|dobio je|je dobila|je dobio|dobili su)\b "
    r"(?!vas\b|vi\b|vama\b)\w+"
    # Albanian: [a person] took the place (never you)
    r"|\bvendin\b[^.!?\n]{0,40}? e (?:mori|ka marrë|zuri)\b (?!ju\b|ti\b)\w+"
    # Irish: the post went to [a person] (never you)
    r"|\bchuaigh (?:an )?post\b[^.!?\n]{0,40}? (?:chuig|go dtí) (?!thú\b|sibh\b)\w+"
    # Basque: [a person] has taken the post
    r"|\b(?:lanpostua|tokia|lekua)\b[^.!?\n]{0,60}? (?:batek|beste batek) (?:hartu|eskuratu|lortu) "
    r"(?:du|zuen)\b"
    # Tamil: one person was appointed
    r"|ஒருவர் (?:அமர்த்தப்பட்டார்|நியமிக்கப்பட்டார்)"
    # Swahili: [a person] is the one who got the place
    r"|\bndiye (?:amepata|aliyepata|amechukua|aliyechukua) nafasi\b"
    # Bulgarian: we chose a person (another, a master)
    r"|\bизбрахме (?:човек|друг|друга|колега|майстор|кандидат)\b"
    # Amharic: a person (a specialist, a worker) has taken it
    r"|(?:ሰው|ባለሙያ|ሠራተኛ) ወስ(?:ዷል|ዳለች|ደዋል)"
    # Spanish: the posts are already held by …
    r"|\b(?:los puestos|las plazas) ya (?:los|las) (?:ocupan|tienen|han cubierto)\b"
    r"|\b(?:el puesto|la plaza) ya (?:lo|la) (?:ocupa|tiene|ha cubierto)\b"
)

READINGS = readings(
    ("reader_out", _CLOSES_HERE),
    ("chose_other", _TAKEN_BY_ANOTHER),
)
