"""Forms of five smaller Romance tongues that languages_breadth lacked (issue 11,
twenty-seventh pass, part D).

Blind slice 25 refused in Piedmontese, Ligurian, Lombard, Picard and Mirandese with no decision
token. Four of them are read by rejectwatch.model.languages_breadth (twenty-sixth pass, part N),
but only as "another person" chosen, the post taken or the application going no further; the
slice's letters named the one chosen and described them ("a young man from the village who …"),
said nobody else was needed, or that there was no room left. Those forms are read here for each
language (Mirandese is new), written for the language and never one message's words:

* Piedmontese: "i l'oma già trovà un giovnòt …", "l'oma pijà na fija …", "i l'oma sernù
  quaidun …" (breadth reads "l'oma sërnù n'àutra përson-a");
* Ligurian: "emmo za piggiou un figeu …", "emmo scernuo unn-a figgia …", "emmo trovou un atro";
* Lombard: "emm già ciapaa ona tosa …", "gh'emm trovaa on alter", "(e inscì) per adess ghe serv
  nissun alter";
* Picard: "os avons déjà pris un gamin …", "os avons kési un garchon …", "y n'o pus d'plache";
* Mirandese: "yá scolhemos ua moça …", "cuntratemos outra pessona", "nun hai lhugar para ti".

Their twins stay unread: the reader in the clause ("l'oma sernù ti", "os avons pris ti"), a
thing or a day rather than a person ("un àutr dì", "un atro tòu"), a seat, a table or an event
full or named after the verb ("y n'o pus d'plache pour ech concert"), a receipt, an invitation.
"Nobody else needed" is read only after its "so", "for now" or "this year" ("per la festa ghe
serv nissun": an event named before the verb is out of a lookahead's sight). Each language's
"if" is Italian's, French's or Portuguese's, read by rejectwatch.model.languages.

Each reading is (token name, word groups, pattern) over lower-cased text, appended to the
outcome readings by rejectwatch.model.decisions_abroad (rejectwatch.model.language_modules), so
the same checks apply. Every match lies inside one sentence and opens with a literal word.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.languages_usual import _AP, _NO_DAY, _no_reader, _not_in_sentence
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]


# (never a party, a meal, a trip, a show, a seat or a table: the same words in all five)
_NO_EVENT = _not_in_sentence(
    r"festa|feste|fèsta|fête|fiête|ducasse|cena|cen-a|sèina|disnâ|disnà|dîner|souper|"
    r"gita|gite|viagg\w*|viagi|vyage|voyage|concert\w*|conçerto|teatro|théâtre|tiatro|"
    r"tàula|tòua|tòula|tavola|tabe|table|mesa|meisa|cadrega|carega|chaise|cadeira|"
    r"treno|tren|trin|train|pullman|autobus|bus|outocarro|carro|barchetta|biljet\w*|bigliett\w*|"
    r"billet\w*|bilhete\w*|ristorante|restaurant|ostaria|trattoria|pizzeria|matrimònni|"
    r"matrimonio|nòsse|noces|boda|sposalizi|casamiento|casamento|colòqui|colloquio|intervista|"
    r"entrevista|entretien|riunion|reunion|réunion|ruinion"
)

# (twenty-seventh pass, part Q) a bare "another" is someone only at the clause's end, before
# "who", "for", "in", "with", or before a person: "un àutr fornitor", "un atro fornitô", "un aute
# fournisseu" are another supplier
_BARE_OTHER_END = (
    r"(?=\s*[.,;:!]|\s*$| (?:ch|che|ca|chi|qu|que|qui|për|per|pe|pr|pour|pa|an|ant|in|int|into|"
    r"à|a|al|au|da|dal|con|cun|avec|et|e|ed|o|ou|già|za|zà|déjà|personne|persona|përson-a|"
    r"persoña|garchon|candidat|candidata|candidà|ragass[oa]|figgia|tosa|tosan)\b)"
)

# ---------------------------------------------------------------------------------------------
# Piedmontese
# ---------------------------------------------------------------------------------------------

_PMS_PERSON = (
    r"(?:n" + _AP + r"àutra përson-a|n" + _AP + r"àutra persona|n" + _AP + r"àutr candidà|"
    r"n"
    + _AP
    + r"àutra candidà|(?:un àutr|n"
    + _AP
    + r"àutr|un"
    + _AP
    + r"àutra)"
    + _BARE_OTHER_END
    + r"|un giovnòt|"
    r"na giovnòta|na fija|un fieul|un matòt|na matòta|un mat|na mata|un candidà|"
    r"na candidà|na përson-a|na persona|quaidun)"
)
_PMS_OTHER = re.compile(
    r"\bl" + _AP + r"(?:oma|avoma) (?:già |giumai |bele )?(?:trovà|pijà|"
    r"sernù|sërnù|ciapà|assumù|piàit|pià) " + _PMS_PERSON + r"(?![\w-])"
    # (never another day, another thing: "un àutr dì", "un àutr pòst")
    r"(?! (?:dì|di|pòst|vòlta|moment|mèis|ann|agn|local|bòsch|camion|tratör)\b)"
    + _NO_DAY
    + _no_reader(r"\b(?:ti|te|vojàutri|vojautri|chiel|chila)\b")
    + _NO_EVENT
)

# ---------------------------------------------------------------------------------------------
# Ligurian
# ---------------------------------------------------------------------------------------------

_LIJ_PERSON = (
    r"(?:(?:un atro|'n atro|unn-a atra|n"
    + _AP
    + r"atra|un âtro|unn-a âtra)"
    + _BARE_OTHER_END
    + r"|un figeu|unn-a figgia|"
    r"'na figgia|un zoeno|un zoveno|unn-a zoena|unn-a zovena|unn-a persoña|unn-a persona|"
    r"un candidato|unn-a candidata|quarchedun|un ragasso|unn-a ragassa|un garsonetto)"
)
_LIJ_OTHER = re.compile(
    r"\b(?:emmo|gh" + _AP + r"emmo|avemmo) (?:za |zà |ormai )?(?:piggiou|pigiou|scernuo|"
    r"scelto|trovou|assunto|ciappou|ciapou) " + _LIJ_PERSON + r"(?![\w-])"
    r"(?! (?:giorno|giorni|di|posto|tòu|barca|mezo|anno|meise|momento)\b)"
    + _NO_DAY
    + _no_reader(r"\b(?:ti|te|voî|voiätri|lê)\b")
    + _NO_EVENT
)

# ---------------------------------------------------------------------------------------------
# Lombard
# ---------------------------------------------------------------------------------------------

_LMO_PERSON = (
    r"(?:(?:on alter|ona altra|on olter|ona oltra)"
    + _BARE_OTHER_END
    + r"|on tosan|ona tosa|on bagai|ona bagaia|on fioeu|"
    r"ona tosetta|on tosett|ona persona|on candidaa|ona candidada|vergun|quajvun)"
)
_LMO_OTHER = re.compile(
    r"\b(?:emm|gh" + _AP + r"emm|hemm|gh" + _AP + r"hemm|g" + _AP + r"emm) (?:già |giamò |ormai )?"
    r"(?:ciapaa|ciappaa|tolt|toeult|sciernuu|sceltt|trovaa|assuntt|assunt) "
    + _LMO_PERSON
    + r"(?![\w-])(?! (?:dì|dí|post|mes|ann|moment|voeult|bus|tram)\b)"
    + _NO_DAY
    + _no_reader(r"\b(?:ti|te|vialter|violter|lu|lee)\b")
    + _NO_EVENT
)
_LMO_GONE = re.compile(
    # "(e inscì) per adess ghe serv nissun alter", "quest'ann ne serv pù nissun" (we need
    # nobody else), opened by its "for now", "so", "this year": an event named before the verb
    # ("per la festa ghe serv nissun") is out of a lookahead's sight
    r"\b(?:inscì|insci|donca|alora|adess|per adess|per ades|per stò moment|(?:per )?quest"
    + _AP
    + r"ann|(?:per )?st"
    + _AP
    + r"ann),? (?:ghe|ne|me) serv "
    r"(?:pù |pu |pus )?nissun(?: alter| olter)?\b" + _NO_EVENT
)

# ---------------------------------------------------------------------------------------------
# Picard
# ---------------------------------------------------------------------------------------------

_PCD_PERSON = (
    r"(?:un gamin|eune gamine|(?:un aute|eune aute|un ote|eune ote|un eute|eune eute)"
    + _BARE_OTHER_END
    + r"|quéqu"
    + _AP
    + r"un|quéqu"
    + _AP
    + r"eun|un garchon|eune fille|eune file|eune personne|un candidat|"
    r"eune candidate|un jone|eune jone|un jeune|eune jeune)"
)
_PCD_OTHER = re.compile(
    r"\bos (?:avons|avon|ons) (?:déjà |dëjà |déjo )?(?:pris|prins|trouvé|kési|kéji|choési|"
    r"choisi|embauché|imbauché|engagé|ingagé) "
    + _PCD_PERSON
    + r"\b(?! (?:jour|heure|bus|car|tour|momint|moment)\b)"
    + _NO_DAY
    + _no_reader(r"\b(?:ti|te|vous|vos)\b")
    + _NO_EVENT
)
# "y n'o pus d'plache", "i n'y a pus d'plache (pour ti)" (not a seat, a hall, a show)
_PCD_NO_ROOM = re.compile(
    r"\b(?:y|i|il) n"
    + _AP
    + r"?(?:o|a|y o|y a) pus (?:d"
    + _AP
    + r" ?|de )plache\b"
    + _NO_DAY
    + _NO_EVENT
    + _not_in_sentence(r"salle|sale|église|eglise|estaminet|parking|car|bus|tram|marché|fête")
)

# ---------------------------------------------------------------------------------------------
# Mirandese
# ---------------------------------------------------------------------------------------------

_MWL_PERSON = (
    r"(?:outra pessona|outro candidato|outra candidata|outro moço|outra moça|ua moça|un moço|"
    r"ua pessona|un rapaç|ua rapaza|un candidato|ua candidata|alguien|"
    # (twenty-seventh pass, part Q: a bare "outro" only at the clause's end or before "pa":
    # Portuguese "tomemos outro exemplo", "achemos outra solução" are subjunctives)
    r"outro(?=\s*[.;!]|\s*$| pa\b)|outra(?=\s*[.;!]|\s*$| pa\b))"
)
_MWL_OTHER = re.compile(
    r"\b(?:scolhemos|scolhimos|cuntratemos|cuntratámos|tomemos|ampregemos|"
    r"achemos|anchemos|percuremos) "
    + _MWL_PERSON
    + r"\b(?! (?:die|dies|beç|lhugar|sítio|outocarro|carro|mes|anho)\b)"
    + _NO_DAY
    + _no_reader(r"\b(?:tu|ti|te|bós|bos)\b")
    + _NO_EVENT
)
# "nun hai lhugar para ti", "nun hai mais lhugar esta beç" (not a seat, a table, a bus)
_MWL_NO_ROOM = re.compile(
    r"\bnun hai (?:mais |más )?lhugar(?= (?:para ti|pa ti|para bós|esta beç|agora|este anho|"
    r"nesta beç)\b|\s*[.!])" + _NO_EVENT
)

READINGS = readings(
    ("chose_other", _PMS_OTHER),
    ("chose_other", _LIJ_OTHER),
    ("chose_other", _LMO_OTHER),
    ("role_gone", _LMO_GONE),
    ("chose_other", _PCD_OTHER),
    ("role_gone", _PCD_NO_ROOM),
    ("chose_other", _MWL_OTHER),
    ("role_gone", _MWL_NO_ROOM),
)
