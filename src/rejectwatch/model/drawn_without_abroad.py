"""Another chosen, and the application closed, in languages read slices 187 and 188 refused in
(issue 11, sixty-fourth pass, fifth round). Each is written for its shape, not its sentence:

* **someone chosen**: Turkish "… biri seçildi";
* **the post staffed by someone**: Hebrew "משרת הגנן אוישה על ידי …";
* **the place or the work got by another**: Slovenian "mesto … je že zasedla druga oseba",
  Afrikaans "Die pos … het reeds 'n ander kandidaat gekry", Serbian "posao … je već dobio neko
  drugi";
* **the application closed or ending here**: Slovenian "vašo prijavo smo zato zaključili",
  Afrikaans "ons sluit dus jou aansoek af", Serbian "vaša prijava se ovde završava", German
  "also bekommen Sie von uns kein Angebot".

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_ANOTHER_GOT_IT = re.compile(
    # Turkish: someone (another candidate) was chosen
    r"\b(?:biri|başka biri|başka bir aday|bir başkası|başka bir kişi) seçildi\b"
    # Hebrew: the post was staffed (filled) by
    r"|(?:משרת|המשרה|התפקיד)[^.!?\n]{0,30}? (?:אוישה|אויש|נתפסה|מולאה) על ידי"
    # Slovenian: another person has already taken the place
    r"|\bmesto\b[^.!?\n]{0,30}? (?:je )?(?:že )?(?:zasedla|zasedel|dobila|dobil) (?:druga|drug|"
    r"drugi|nekdo)\b"
    # Afrikaans: the post has already got another candidate
    r"|\b(?:pos|werk|betrekking|plek)\b[^.!?\n]{0,40}? het (?:reeds |al )?['\u2019]n ander "
    r"(?:kandidaat|aansoeker|persoon) gekry\b"
    # Serbian: someone else has already got the job (place)
    r"|\b(?:posao|mesto)\b[^.!?\n]{0,30}? je (?:već )?(?:dobio|dobila|dobilo) (?:neko drugi|neka "
    r"druga|drugi|druga)\b"
)
_CLOSED_FOR_YOU = re.compile(
    # Slovenian: we have therefore closed your application
    r"\bvašo prijavo smo (?:zato )?zaključili\b"
    # Afrikaans: so we close your application
    r"|\bons sluit (?:dus |daarom )?jou aansoek af\b"
    # Serbian: your application ends here
    r"|\b(?:se )?vaša (?:prijava|kandidatura) (?:se )?(?:ovde|ovim|tu) (?:završava|zaključuje)\b"
    # German: so you get no offer from us
    r"|\bbekommen sie (?:von uns )?kein(?:e)? (?:angebot|zusage|stelle)\b"
)

READINGS = readings(
    ("chose_other", _ANOTHER_GOT_IT),
    ("reader_out", _CLOSED_FOR_YOU),
)
