"""The post gone to another, and the reader's application ending here, in languages read slices
167 and 168 refused in (issue 11, sixty-second pass, fifth round). Each is written for its
shape, not its sentence:

* **the place gone to another applicant**: Finnish "paikka meni toiselle hakijalle", Estonian
  "Koht … läks teisele kandidaadile", Serbian "mesto … dobio je drugi kandidat" (in either
  script), Slovenian "delovno mesto … je dobil drug kandidat";
* **the application ending here**: Finnish "hakemuksesi päättyy tähän", Estonian "teie avaldus
  siin lõpeb", Serbian "vaša prijava se ovde završava", Slovenian "vaša prijava se tukaj konča";
* **the reader's name not on the list**: Hindi "सूची में आपका नाम न आ सका".

READINGS are appended to the outcome readings of rejectwatch.model.negation (plain_outcomes),
so none is read in a conditional, still-to-come, quoted or reader-decided sentence.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

_GONE_TO_ANOTHER = re.compile(
    # Finnish, Estonian: the place went to another applicant
    r"paikka\b[^.!?\n]{0,30}? meni (?:toiselle|toiseen|eräälle) (?:hakijalle|henkilölle|"
    r"ehdokkaalle)\b"
    r"|\bkoht\b[^.!?\n]{0,40}? läks (?:teisele|ühele teisele) (?:kandidaadile|inimesele|"
    r"taotlejale)\b"
    # Serbian (Cyrillic and Latin), Slovenian: another candidate got the place
    r"|\b(?:место|mesto)\b[^.!?\n]{0,40}? (?:добио је|добила је|dobio je|dobila je|je dobil|je "
    r"dobila|dobil je|dobila je) (?:други|друга|drugi|druga|drug|druga) (?:кандидат|кандидаткиња|"
    r"kandidat|kandidatka|kandidatkinja)\b"
)
_ENDS_HERE = re.compile(
    r"\bhakemuksesi päättyy tähän\b"
    r"|\b(?:teie|sinu) avaldus (?:siin|siinkohal) lõpeb\b"
    r"|\bваша пријава се (?:овде|ту) завршава\b|\bvaša prijava se (?:ovde|tukaj|tu) (?:završava|"
    r"konča)\b"
    # Hindi: your name could not come on the list
    r"|सूची में आपका नाम (?:न|नहीं) (?:आ सका|आया|आ पाया)"
)

READINGS = readings(
    ("chose_other", _GONE_TO_ANOTHER),
    ("reader_out", _ENDS_HERE),
)
