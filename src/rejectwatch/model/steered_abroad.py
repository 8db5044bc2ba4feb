"""Another chosen, in languages read slices 193 and 194 refused in (issue 11, sixty-fifth pass,
third round). Each is written for its shape, not its sentence:

* **someone stayed with, took, got or will take the place**: Portuguese "Um aprendiz de Gaia
  ficou com o lugar de pintor"; Ukrainian "Місце гончаря отримала дівчина з Яворова"; Polish
  "Miejsce szlifierza zajmie czeladnik z Pucka"; Dutch "Een houtdraaier uit Wormer neemt de plek
  in"; Malay "Tempat pelukis batik diambil oleh seorang anak muda"; Hungarian "A festői helyet
  egy pápai fiatal kapta meg";
* **the place given or gone to someone**: Amharic "የረዳትነቱ ቦታ … ተሰጥቷል"; Tamil "… உழைத்தவருக்கு
  இடம் போனது"; Albanian "Vendi shkon te një mjeshtër";
* **someone else selected**: Basque "beste norbait hautatu dugu"; Yoruba "… ló gba ipò náà".

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_ANOTHER_GOT_IT = re.compile(
    # Portuguese: someone stayed with (got) the place (never the cleft "quem ficou com",
    # posts_filled_abroad's, nor the reader, "você")
    r"\b(?<!quem )ficou com (?:o|a) (?:lugar|posto|cargo|emprego|trabalho|vaga)\b"
    r"(?![^.!?\n]{0,20}\b(?:você|voce|tu|a senhora|o senhor)\b)"
    # Ukrainian: the place (post) was received, taken by
    r"|(?:місце|посаду|посада|роботу)[^.!?\n]{0,30}? (?:отримала|отримав|отримали|зайняла|"
    r"зайняв|зайняли|дісталася|дісталось|дістався)\b(?! (?:ви|ти|вам|тобі)\b)"
    # Polish: the place (post) will be, was taken by
    r"|\b(?:miejsce|stanowisko|posadę|posada)\b[^.!?\n]{0,30}? (?:zajmie|zajęła|zajął|dostał|"
    r"dostała|otrzymał|otrzymała|objął|objęła|obejmie)\b(?! (?:pan|pani|ty|państwo)\b)"
    # Dutch: someone takes the place
    r"|\bneemt de (?:plek|plaats|baan|functie|vacature) in\b"
    # Malay: the place (post) was taken, filled by
    r"|\b(?:tempat|jawatan|kerja)\b[^.!?\n]{0,30}? (?:diambil|diisi|telah diisi|telah diambil) "
    r"oleh\b"
    # Hungarian: got (won, filled) the place (post, job)
    r"|\b(?:helyet|állást|pozíciót|munkát|posztot)\b[^.!?\n]{0,40}? (?:kapta meg|nyerte el|"
    r"töltötte be|foglalta el)\b(?! (?:ön|te)\b)"
    # Amharic: the place was given to another, to a (one) ... (never "for tomorrow", a slot's)
    r"|ቦታ[^።\n]{0,40}?ለ(?:ሌላ|አንድ|አንዲት)[^።\n]{0,30}?ተሰጥቷል"
    # Tamil: the place (post, job) went to one
    r"|(?:க்கு|கு) (?:இடம்|பதவி|வேலை) (?:போனது|சென்றது)"
    # Albanian: the place goes (went) to a
    r"|\bvendi (?:shkon|shkoi|iu dha|i shkoi) (?:te|tek|për) (?:një|nje)\b"
    # Basque: we selected (chose) someone else
    r"|\bbeste (?:norbait|hautagai bat|pertsona bat)\b[^.!?\n]{0,40}? (?:hautatu|aukeratu|"
    r"kontratatu) (?:dugu|da|dute)\b"
    # Yoruba: (another) is who took the position
    r"|\bl[óo] gba (?:ipò|iṣẹ́|iṣẹ|àyè) (?:náà|yìí)"
)

READINGS = readings(
    ("chose_other", _ANOTHER_GOT_IT),
)
