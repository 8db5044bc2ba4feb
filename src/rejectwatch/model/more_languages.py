"""Outcome readings in Finnish, Turkish, Romanian and Czech, and forms of the languages read
before that their readings lacked (issue 11, twelfth pass).

Blind slice 10's refusals in other languages were missed whatever the language: four had no
reading at all (Finnish "emme tällä kertaa jatka kanssasi", Turkish "başvurunuzla
ilerleyemeyeceğimizi", Romanian "să continuăm procesul cu un alt candidat"; Czech was left
unread by the eleventh pass), and the others said the same decisions in forms the readings
did not know: the choice "fell on" someone (German "Die Wahl ist auf eine Person gefallen",
Dutch "De keuze is gevallen op iemand"), a different profile (Italian "orientarsi su un
profilo diverso"), the reader's process ending ("für Sie endet das Verfahren hier"), the
second person of a future ("no continuarás en el proceso"), a Danish subordinate clause ("at
du ikke går videre"), a French "pas y donner une suite". Each is a shape of the language's
grammar, not a letter's phrase; the tokens are the shared ones, so what English families
taught about a decision carries over.

Each reading is (token name, word groups, pattern) over lower-cased text, appended to the
outcome readings by rejectwatch.model.plain_outcomes, so the same checks apply (none in a
conditional or still-to-come sentence: rejectwatch.model.languages holds these languages'
"if" and "not yet"). Every match lies inside one sentence. The word groups are read off the
patterns (rejectwatch.model.prefilter.openers).
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]

# Finnish: "emme tällä kertaa jatka kanssasi", "emme valitettavasti voi edetä hakemuksesi
# kanssa", "et tullut valituksi", "hakemuksesi ei edennyt"
_FI_OUT = re.compile(
    r"\bemme (?:[a-zäöå]+ ){0,4}?(?:jatka|jatkaa|etene|edetä|valinneet|valitse|voi tarjota)\b"
    r"|\bet (?:[a-zäöå]+ ){0,2}?(?:tullut valituksi|edennyt|päässyt jatkoon|valittu)\b"
    r"|\b(?:hakemuksesi|hakemuksenne|hakemus) (?:[a-zäöå]+ ){0,3}?ei (?:edennyt|etene|johtanut)\b"
)
# Finnish: "valitsimme toisen hakijan", "tehtävään on valittu toinen henkilö"
_FI_OTHER = re.compile(
    r"\b(?:toise[nt]?|toinen|muut|muita|muun) (?:hakija|ehdokka|henkilö)\w*"
    r"(?: [a-zäöå]+){0,3}? (?:valittiin|valittu|valitsimme|päädyimme)\b"
    r"|\b(?:valitsimme|valittiin|on valittu|olemme valinneet|päädyimme) (?:[a-zäöå]+ ){0,3}?"
    r"(?:toise[nt]?|toinen|muun|muita) (?:hakija|ehdokka|henkilö)\w*"
)
# Turkish: "başvurunuzla bu aşamada ilerleyemeyeceğimizi", "olumlu yanıt veremeyeceğimizi",  # noqa: RUF003
# "değerlendirme olumsuz sonuçlanmıştır", "uygun bulunmadı"  # noqa: RUF003
_TR_OUT = re.compile(
    r"\b(?:ilerleyemey|ilerleyemiy|devam edemey|devam edemiy|olumsuz sonuçlan|"
    r"uygun bulunmad|uygun görülmed)\w*"
    r"|\bolumlu (?:bir )?(?:yanıt|dönüş|cevap) (?:veremey|yapamay)\w*"
)
# Turkish: "başka bir adayla devam etmeye karar verdik", "başka bir aday tercih edildi"
_TR_OTHER = re.compile(
    r"\bbaşka (?:bir )?(?:aday|kişi|profil)\w*"
    r"(?: [a-zçğıöşü]+){0,3}? (?:tercih|seç|devam|karar|ilerle)\w*"
)
# Romanian: "am decis să continuăm procesul cu un alt candidat", "am ales o altă persoană"
_RO_OTHER = re.compile(
    r"\b(?:cu|pe|pentru)\s(?:un alt|o altă|o alta|alți|alţi|alte) (?:candidat|persoan|profil)\w*"
)
# Romanian: "nu ați fost selectat", "candidatura dvs. nu a fost reținută", "nu vom continua"
_RO_OUT = re.compile(
    r"\bnu (?:ați|aţi|ai|a|au) fost\s(?:selectat|selecționat|selecţionat|admis|reținut|reţinut|"
    r"ales|acceptat)\w*"
    r"|\bnu (?:vom|putem) (?:continua|merge mai departe|da curs)\b"
)
# Czech: "rozhodli jsme se pro jiného kandidáta", "vybrali jsme jiného uchazeče"
_CS_OTHER = re.compile(r"\b(?:jiného|jinou|jiné|jiným|jiní) (?:kandidát|uchazeč|osob|zájemc)\w*")
# Czech: "nebyl(a) jste vybrán(a)", "nebudeme pokračovat", "nepostoupil(a) jste"
_CS_OUT = re.compile(
    r"\b(?:nebyl|nebyla|nebyli)\s(?:jste )?(?:vybrán|úspěšn|přijat)\w*"
    r"|\bnebudeme (?:moci )?pokračovat\b|\bnepostoupil\w*"
)
# German and Dutch: the choice fell on someone ("Die Wahl ist auf eine Person gefallen",
# "De keuze is gevallen op iemand die"; not "auf Sie", "op jou": an offer)
_FELL_ON = re.compile(
    r"\b(?:wahl|entscheidung) (?:ist|fiel) (?:[a-zäöü]+ ){0,2}?auf (?!sie\b|dich\b)"
    r"(?:[a-zäöü]+ ){0,3}?(?:gefallen|person|kandidat\w*|bewerber\w*|jemand\w*)\b"
    r"|\bkeuze (?:is )?(?:gevallen|viel) op (?!jou\b|u\b|je\b)"
    r"|\bkeuze is op (?:iemand|een andere|een kandida\w*|een collega)\b"
)
# German: the process ends for the reader ("für Sie endet das Verfahren damit leider hier"),
# and others invited in the reader's stead ("andere Bewerberinnen und Bewerber in die nächste
# Runde einzuladen")
_DE_ENDED = re.compile(
    r"\bfür sie (?:endet|ist)\s(?:das|der|die) (?:auswahlverfahren|verfahren|prozess|"
    r"bewerbungsprozess)\b"
)
_DE_OTHERS = re.compile(
    r"\bandere(?:n)? (?:bewerber|kandidat)\w*(?: und (?:bewerber|kandidat)\w*)?"
    r"(?: [a-zäöü]+){0,5}? (?:einzuladen|eingeladen|ausgewählt|auszuwählen)\b"
)
# Italian, Spanish, Portuguese: a different profile chosen ("orientarsi su un profilo
# diverso", "optamos por un perfil diferente", "um perfil diferente")
_DIFFERENT = re.compile(
    r"\b(?:profilo|candidat[oa]|persona|candidatura|perfil|pessoa)\s"
    r"(?:divers[oa]|differente|diferente|distint[oa])\b"
)
# Spanish: the second person of the future ("en esta ocasión no continuarás en el proceso")
_ES_OUT = re.compile(
    r"\bno (?:continuar[áa]s|seguir[áa]s|avanzar[áa]s|continúas|sigues|avanzas|"
    r"continuar[áa]|seguir[áa]|avanzar[áa])\s(?:en|dentro de|con) (?:el|este|nuestro) proceso\b"
)
# Danish, Norwegian, Swedish subordinate order ("at du ikke går videre til samtale")
_NORDIC_OUT = re.compile(
    r"\b(?:du|ni|i|dig|deg) (?:desværre |dessverre |tyvärr )?(?:ikke|inte|ikkje) "
    r"(?:går|gik|gick|gikk|kommer|kom) (?:videre|vidare)\b"
)
# French: "nous ne pourrons pas y donner une suite favorable"
_FR_OUT = re.compile(
    r"\b(?:ne|n['\u2019]) ?(?:pourrons|pouvons|pourrions|sommes) pas (?:en mesure d['\u2019e] ?)?"
    r"y\sdonner (?:une )?suite\b"
)

READINGS = readings(
    ("reader_out", _FI_OUT),
    ("chose_other", _FI_OTHER),
    ("reader_out", _TR_OUT),
    ("chose_other", _TR_OTHER),
    ("chose_other", _RO_OTHER),
    ("reader_out", _RO_OUT),
    ("chose_other", _CS_OTHER),
    ("reader_out", _CS_OUT),
    ("chose_other", _FELL_ON),
    ("reader_out", _DE_ENDED),
    ("chose_other", _DE_OTHERS),
    ("chose_other", _DIFFERENT),
    ("reader_out", _ES_OUT),
    ("reader_out", _NORDIC_OUT),
    ("reader_out", _FR_OUT),
)
