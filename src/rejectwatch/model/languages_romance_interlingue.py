"""Romagnol, Extremaduran, Interlingue (Occidental) and Novial refusals (issue 11, twenty-eighth
pass, part D; Novial twenty-ninth pass, part D).

Blind slice 26 refused in Romagnol ("a l'avèn dê a una ragaza …", we gave it to a girl),
Extremaduran ("hemus escogiu a una moça del pueblu") and Interlingue ("noi ha selectet un altri
candidato") with no decision token: none of the three was read, and their verbs are neither
Italian's, Spanish's nor French's. Each language's general forms are read here, written for the
language and never one message's words:

* Romagnol: "a l'avèn dê / dat a un burdèl …" (the post given to someone), "a j'avèn (zà)
  ciapê un êtar" (another taken), "e' post l'è zà ciapê" (the post taken);
* Extremaduran: "hemus cogiu / escogiu a otru muchachu", "escogimus a una persona que …";
* Interlingue: "noi ha selectet / choisit / engageat un altri candidato", "li posto es ja
  occupat", "vor candidatura ne ha esset selectet".

Blind slice 27 refused in Novial ("nus ha selekte un altri kandidato e nus non pove kontinua
kun vun aplikatione"), Interlingue's sibling, read beside it: "nus ha selekte / trova / prende un
altri kandidato / persone", "li posto es ja okupat", "nus non pove kontinua kun vun
aplikatione", "vun aplikatione non ha esed aseptat".

Their twins stay unread: the post given to the reader ("a te"), a thing given rather than the
post (a ticket, a table, a seat on a train), someone chosen for a party, a fair, a show, another
date chosen, a receipt, an invitation; each language's "if" is Italian's, Spanish's or French's
"se" or "si", read by rejectwatch.model.languages.

Each reading is (token name, word groups, pattern) over lower-cased text, appended to the
outcome readings by rejectwatch.model.decisions_abroad (rejectwatch.model.language_modules), so
the same checks apply. Every match lies inside one sentence and opens with a literal word.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.languages_usual import _AP, _NO_DAY, _no_reader, _not_in_sentence
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]


# (never a party, a fair, a meal, a show, a ticket, a seat, a table or a vehicle)
_NO_EVENT = _not_in_sentence(
    r"festa|fésta|fiesta|fest|feria|fèria|sagra|romería|romeria|boda|matrimòni|matrimonio|"
    r"zéna|zena|cena|comia|comida|pranz|disnê|concert\w*|conciertu|concierto|teàtar|teatro|"
    r"teatru|teatre|theatre|cinema|biglièt\w*|bigliett\w*|billet\w*|entrada|tevla|tàvla|"
    r"tavola|mesa|tabul\w*|table|trèno|treno|tren|trene|pulman|autobus|autobús|bus|machina|"
    r"avion|parchègg\w*|parking|regal|regalo|culòqui|colloquio|entrevista|interview|misa|messa|"
    # (twenty-eighth pass, part Q: a procession, a prize, a contest, an election, a car)
    r"procesión|procesion|premiu|premio|premie|premia|concursu|concurso|concurse|elecciones|"
    r"election\w*|auto|"
    # (twenty-ninth pass, part Q: Novial's and Esperanto's concert)
    r"koncert\w*"
)

# ---------------------------------------------------------------------------------------------
# Romagnol
# ---------------------------------------------------------------------------------------------

_RGN_PERSON = (
    r"(?:un burdèl|una burdèla|un ragaz|una ragaza|una ragazza|un ragazz|un zòvan|una zòvna|"
    r"un zovan|una zovna|una dòna|un òm|una persona|un candidê|una candidêda|un s-cèt|"
    r"(?:un êtar|un êt|un" + _AP + r"êtra|una êtra|n" + _AP + r"êtra|un alt|un êtra)"
    # (a bare "another" is someone only before "who", "for", "from" or the clause's end:
    # "un êtar dè" is another day)
    r"(?=\s*[.,;:!]|\s*$| (?:ch|che|par|pr|ad|d|da|int|in|persona|burdèl|ragaz|ragaza|zòvan)\b|"
    r" ch" + _AP + r"))"
)
_RGN_READER = _no_reader(r"\b(?:te|tè|vuiètar|vuiétar|vó)\b")
_RGN_OTHER = re.compile(
    # "a l'avèn dê a un burdèl", "a l'avèn dat a un'êtra" (we gave it, the post, to someone)
    r"\bl"
    + _AP
    + r"(?:avèn|avèm|avem) (?:zà |bël |pu )?(?:dê|dè|dat|dêt|lasê|lassê) a "
    + _RGN_PERSON
    + _NO_DAY
    + _RGN_READER
    + _NO_EVENT
    # "a j'avèn zà ciapê un êtar", "avèn tolt una ragaza"
    + r"|\b(?:avèn|avèm|avem) (?:zà |bël |pu |za )?(?:ciapê|ciapè|tolt|tôlt|scêlt|sèlt|truvê|"
    r"truvè|asunt|assunt|pres) " + _RGN_PERSON + _NO_DAY + _RGN_READER + _NO_EVENT
)
# "e' post l'è zà ciapê", "e' lavór l'è bël ocupê" (not a seat on a train, a parking space)
_RGN_GONE = re.compile(
    r"\b(?:e"
    + _AP
    + r" |e |al )(?:post|pôst|pòst|lavór|lavor)\b"
    + _NO_EVENT
    + r"(?: (?!l"
    + _AP
    + r"è)\S+){0,3}? l"
    + _AP
    + r"è (?:zà |bël |ormai |za )?(?:ciapê|ciapè|ocupê|ocupè|dê via|andê via)\b"
    + _NO_DAY
)

# ---------------------------------------------------------------------------------------------
# Extremaduran
# ---------------------------------------------------------------------------------------------

_EXT_PERSON = (
    r"(?:(?:otru|otra|una|un|otrus|otras) (?:moça|moçu|moza|mozu|muchachu|muchacha|persona|"
    r"candidatu|candidata|chica|chicu|zagal|zagala|mozina|hombri|mujel|paisanu|paisana|"
    r"vecinu|vecina)|(?:otru|otra)(?=\s*[.,;:!]|\s*$| (?:que|del|de|pal|pa|en|con)\b))"
)
_EXT_OTHER = re.compile(
    r"\b(?:(?:hemus|emus) (?:ya |al final |finalmenti )?(?:escogiu|escogíu|cogiu|cogíu|elegiu|"
    r"elegíu|contratau|tomau|pillau|fichau|cogíu)|escogimus|escogemus|cogimus|cogemus|elegimus|"
    r"contratamus|pillamus|fichamus) (?:ya |al final )?a "
    + _EXT_PERSON
    + r"\b"
    + _NO_DAY
    + _no_reader(r"\b(?:ti|usté|vusotrus|vusotras|tú)\b")
    + _NO_EVENT
)

# ---------------------------------------------------------------------------------------------
# Interlingue (Occidental)
# ---------------------------------------------------------------------------------------------

_IE_PERSON = (
    r"(?:(?:un |una )?(?:altri|altra|altre) (?:candidato|candidata|candidat|person|persona|"
    r"aplicant|aspirant|redactor|redactora|collaborator|collaboratora|employato|employata|homo|"
    r"fémina|féminas|junon|junones|aprendiste|traductor|traductora)|alcun altri|altres|"
    r"un altri(?=\s*[.,;:!]|\s*$| (?:qui|por|de|ex|con)\b))"
)
_IE_OTHER = re.compile(
    r"\bnoi ha (?:ja |finalmen |in fine |dunc |tamen )?(?:selectet|electet|choisit|engageat|"
    r"prendet|trovat|employat|acceptat|preferet|nominat) "
    + _IE_PERSON
    + r"\b"
    + _NO_DAY
    + _no_reader(r"\b(?:vos|vu|te|tu)\b")
    + _NO_EVENT
)
# "li posto es ja occupat", "li position ha esset attribuet"
_IE_GONE = re.compile(
    r"\bli (?:posto|position|plazza|function|functiones)\b"
    + _NO_EVENT
    + r"(?: (?!es\b|ha\b)\S+){0,3}? (?:es|ha esset) (?:ja |jam |nu )?(?:occupat|plenat|"
    r"attribuet|datet|assignat)\b" + _NO_DAY
)
# "vor candidatura ne ha esset selectet", "vu ne esset selectet"
_IE_OUT = re.compile(
    r"\b(?:vor|tui|tu) (?:candidatura|application|solicitation|petition) ne (?:ha esset|esset|"
    r"es|ha) (?:selectet|acceptat|retenet|electet|approbat)\b"
    r"|\bvu ne (?:ha esset|esset|es) (?:selectet|electet|acceptat|retenet)\b"
)

# ---------------------------------------------------------------------------------------------
# Novial (twenty-ninth pass, part D: Interlingue's sibling, read beside it)
# ---------------------------------------------------------------------------------------------

_NOV_PERSON = (
    r"(?:un (?:altri|altra|altre) (?:kandidato|kandidata|kandidate|persone|person|aplikante|"
    r"aplikero|laborero|laborera|employate|asistente|aprentise|homo|fema)|altri persones|"
    r"un altri(?=\s*[.,;:!]|\s*$| (?:kel|kem|por|de|ek|kun)\b))"
)
_NOV_OTHER = re.compile(
    r"\bnus (?:ha |had )?(?:ja |finalim |dunke )?(?:selekte|selekted|elekte|elekted|kosa|kosad|"
    r"prende|prended|trova|trovad|engaja|engajad|emploia|emploiad|preferi|preferid) "
    + _NOV_PERSON
    + r"\b"
    + _NO_DAY
    + _no_reader(r"\b(?:vu|vus|tu|te)\b")
    + _NO_EVENT
)
# "li posto es ja okupat", "li posto ha esed plenat"
_NOV_GONE = re.compile(
    r"\bli (?:posto|postu|positione|loko|laboro|funktione)\b"
    + _NO_EVENT
    + r"(?: (?!es\b|ha\b)\S+){0,3}? (?:es|ha esed|esed) (?:ja |nun )?(?:okupat|okupad|plenat|"
    r"plenad|donat|donad|atribuat)\b(?![^.!?\n]*\bper (?:vu|vus|tu)\b)" + _NO_DAY
)
# "nus non pove kontinua kun vun aplikatione", "vun aplikatione non ha esed aseptat"
_NOV_OUT = re.compile(
    r"\bnus non (?:pove|povad|sal pove|va pove) kontinua kun (?:vun|tun) (?:aplikatione|"
    r"kandidatia|kandidatura|aplika)\b"
    r"|\b(?:vun|tun) (?:aplikatione|kandidatia|kandidatura|aplika) non (?:ha esed|esed|es) "
    r"(?:selektat|selektad|aseptat|aseptad|akseptat|elektat|aprobat)\b"
    r"|\bvu non (?:ha esed|esed|es) (?:selektat|selektad|elektat|aseptat)\b"
)

READINGS = readings(
    ("chose_other", _RGN_OTHER),
    ("role_gone", _RGN_GONE),
    ("chose_other", _EXT_OTHER),
    ("chose_other", _IE_OTHER),
    ("role_gone", _IE_GONE),
    ("reader_out", _IE_OUT),
    ("chose_other", _NOV_OTHER),
    ("role_gone", _NOV_GONE),
    ("reader_out", _NOV_OUT),
)
