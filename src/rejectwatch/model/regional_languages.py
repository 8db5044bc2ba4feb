"""Refusals in the languages already read, in shapes their readings lacked: a public-sector
list's exclusion, regional and informal registers, Traditional Chinese as written in Hong Kong,
and a choice that "fell on" a candidate (issue 11, twentieth pass, part D).

Blind slice 18 missed eight refusals in languages the project reads; none had a decision
token. By kind:

* **a public standby list's provisional resolution** (Spanish "figura usted como EXCLUIDA
  provisionalmente por no haber acreditado la titulación exigida"): a public employer does not
  say it chose someone else, it lists the reader as excluded, with a time to appeal. Read in the
  four languages with such lists: Spanish "figura / consta / ha quedado (usted) (como) excluida",
  "no admitida"; Portuguese "consta como excluída", "encontra-se excluído"; Italian "risulta
  esclusa (dalla graduatoria)", "la sua domanda è stata esclusa"; Catalan "figura com a exclosa",
  "ha quedat exclòs". Only with the reader as the subject (a verb of the reader's, "usted", "su
  solicitud"): "la lista de admitidos y excluidos" names no one;
* **Latin-American informal Spanish** ("ya conseguimos a alguien para el turno de noche", a
  Peruvian "chamba"): someone found, said with "conseguir" (and "agarrar", "jalar", Brazilian
  "arrumar", "achar"; French "on a déjà trouvé / pris quelqu'un") and "ya" / "já" / "déjà",
  the informal "we've got somebody";
* **Polish informal** ("Re: praca na magazynie": "wzięliśmy już kogoś z uprawnieniami …, więc
  na razie nic dla Ciebie nie mamy"): "taken" someone ("wzięliśmy", "mamy już kogoś") and
  "nothing for you" ("nic dla Ciebie nie mamy"); a reply's "Re:" and a phone's English
  signature were not the cause;
* **Traditional Chinese as written in Hong Kong** ("我們已聘請另一位具備審計經驗的人士"):
  "聘請" (engaged) where the readings knew "聘用", and "取錄" (admitted) where they knew "錄取";
  colloquial Cantonese "請咗第二個人" (hired someone else), "已經搵到人" (found someone);
* **a choice that fell on a candidate** (Swiss Italian "la scelta è caduta su una candidata
  che conosce già …"): the one chosen is "a candidate", with no "other"; to the reader, any
  candidate named so is another. Italian, Spanish ("la elección recayó en una candidata") and
  Portuguese ("a escolha recaiu sobre uma candidata"); French and German were read already.
  Not "su di lei", "en usted" (the reader chosen);
* **West-African and informal French** ("On est finalement partis sur un profil qui gère déjà
  …", Dakar): "partir sur un profil", the "on" of the team, an adverb between;
* **the same kinds' siblings**: someone already found or the post taken, said informally
  ("ya se llenó la vacante", "on a déjà quelqu'un pour le poste", "le poste est déjà pris",
  "wir haben schon jemanden gefunden", Swiss German "mir händ scho öpper anders gnoh",
  "abbiamo già trovato qualcuno", "já preenchemos a vaga", "już kogoś mamy"), not after the
  question's opener (Spanish "¿", Polish "czy": a reading searched up to its sentence's end
  never sees the closing "?"); a French competition's list ("vous n'êtes pas admise à
  concourir", "déclarée irrecevable") and a German selection list ("nicht in die engere
  Auswahl aufgenommen");
* **German "es hat nicht gereicht"** (it was not enough: the reader not chosen), only in the
  past or after "leider" / "diesmal": the slice's German confirmation ("Falls es am Ende nicht
  für Sie reicht, schreiben wir Ihnen trotzdem") is the conditional twin and stays unread.

Two misses were not the readings' words: a Dutch reason clause ahead of the refusal ("Omdat u
nog geen BOA-certificaat heeft, gaat u niet door naar de gespreksronde") put its "nog geen" (not
yet) in the decision's sentence (rejectwatch.model.negation cuts such a clause now, as it cut
"having …,"); and a Hindi negated offer ("नियुक्ति पत्र आपको नहीं जा पाएगा", the letter of
appointment will not go to you) was held as an offer because Hindi's negation follows the words
(rejectwatch.model.said_plainly reads a negated verb after an offer there now, in
the verb-final languages read).

Each reading is (token name, word groups, pattern) over lower-cased text, appended to the
outcome readings by rejectwatch.model.decisions_abroad (rejectwatch.model.language_modules), so
the same checks (conditionals, decisions still to come) apply. This module brings no
conditional, guard or gate words: its languages' words stand in the places that read them.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = [
    "CONDITIONAL",
    "READINGS",
]

_AP = "['\u2018\u2019]"

# The checks' words: Portuguese and Italian "se" before the list's verbs ("se consta como
# excluída", "se risulta esclusa", "se já preenchemos a vaga": not a reflexive's place), Hong
# Kong's "if you" said with "閣下" ("如閣下未獲取錄"); the guard's and the gate's words: those
# of the languages read, where they stand
CONDITIONAL = (
    r"|(?<!-)\bse (?:consta|figura|risulta|risultasse|ficar|fica|encontrar|la scelta|la decisione|"
    r"a escolha|já)\b"
    r"|(?:如|若|倘若|如果)(?:閣下|阁下)"
)

# ---------------------------------------------------------------------------------------------
# A public list's exclusion: Spanish, Portuguese, Italian, Catalan
# ---------------------------------------------------------------------------------------------

_WHEN = (
    r"(?:provisionalmente |definitivamente |provisoriamente |provisionalment |definitivament |"
    r"provvisoriamente )?"
)
# what the reader is left out of: a list, a call, a competition, a selection
_FROM_LIST = (
    r" (?:de la|del|de las|de los|da|do|dalla|dal|dall['\u2019]|dai|dalle|de l['\u2019]) ?"
    r"(?:bolsa|proceso|procedimiento|lista|listado|convocatoria|concurso|oposición|selección|"
    r"pruebas|procedimento|seleção|graduatoria|selezione|procedura|elenco|bando|avviso|borsa|"
    r"llista|procés|convocatòria)\b"
)
_LISTED_OUT = re.compile(
    # Spanish: "figura usted como excluida", "consta como no admitida" (a list names the
    # reader); "ha quedado (usted) excluido de la bolsa", "su solicitud ha sido excluida"
    r"\b(?:figura|figuras|consta|constas|aparece|apareces)(?: usted| ud\.?| vd\.?)? como "
    + _WHEN
    + r"(?:excluid[oa]|no admitid[oa]|inadmitid[oa])\b"
    r"|\b(?:queda|quedas|ha quedado|has quedado|ha resultado|has resultado|resulta|resultas) "
    r"(?:usted |ud\. |vd\. )" + _WHEN + r"(?:excluid[oa]|no admitid[oa]|inadmitid[oa])\b"
    r"|\b(?:queda|quedas|ha quedado|has quedado|ha resultado|has resultado|resulta|resultas) "
    + _WHEN
    + r"(?:excluid[oa]|no admitid[oa]|inadmitid[oa])"
    + _FROM_LIST
    + r"|\b(?:usted|su solicitud|su candidatura|tu solicitud|tu candidatura|su instancia)"
    r" (?:\w+ )?ha sido " + _WHEN + r"(?:excluid[oa]|inadmitid[oa])\b"
    # Portuguese: "consta como excluída", "a sua candidatura foi excluída", "encontra-se
    # excluído do concurso"
    r"|\b(?:consta|figura) como " + _WHEN + r"(?:excluíd[oa]|não admitid[oa])\b"
    r"|\b(?:encontra-se|ficou|fica) "
    + _WHEN
    + r"(?:excluíd[oa]|não admitid[oa])"
    + _FROM_LIST
    + r"|\b(?:a sua candidatura|a sua inscrição|sua candidatura|sua inscrição|você)"
    r" (?:\w+ )?foi " + _WHEN + r"(?:excluíd[oa]|não admitid[oa])\b"
    # Italian: "lei risulta esclusa", "risulta esclusa dalla graduatoria", "la sua domanda è
    # stata esclusa"
    r"|\blei risulta " + _WHEN + r"(?:esclus[oa]|non ammess[oa])\b"
    r"|\brisulta "
    + _WHEN
    + r"(?:esclus[oa]|non ammess[oa])"
    + _FROM_LIST
    + r"|\b(?:la sua (?:domanda|candidatura)|la tua (?:domanda|candidatura)) (?:\w+ )?"
    r"(?:è stata|risulta) " + _WHEN + r"(?:esclusa|non ammessa)\b"
    # French: a competition's list ("vous n'êtes pas admise à concourir", "votre candidature a
    # été déclarée irrecevable", "vous ne figurez pas sur la liste des candidats admis"); German
    # "Sie wurden nicht in die Auswahlliste aufgenommen"
    r"|\bvous n['\u2019](?:êtes|avez) pas (?:été )?admise? à (?:concourir|l['\u2019]épreuve|"
    r"l['\u2019]oral|l['\u2019]écrit|la sélection)"
    r"|\b(?:votre candidature|votre dossier) (?:a été|est) (?:déclarée? )?(?:irrecevable|non "
    r"recevable)\b"
    r"|\bvous ne figurez pas sur la liste (?:des |de )?(?:candidats |candidates )?(?:admis|"
    r"retenus|sélectionnés)\b"
    r"|\b(?:sie wurden|du wurdest|ihre bewerbung wurde) (?:leider )?nicht in die (?:auswahlliste|"
    r"bewerberliste|vorschlagsliste|engere auswahl) aufgenommen\b"
    # Catalan: "figura com a exclosa", "consta com a no admesa", "ha quedat exclòs de la borsa"
    r"|\b(?:figura|figures|consta|constes)(?: vostè)? com a "
    + _WHEN
    + r"(?:exclòs|exclosa|no admès|no admesa)\b"
    r"|\b(?:ha quedat|has quedat|resulta|resultes) (?:vostè )?"
    + _WHEN
    + r"(?:exclòs|exclosa|no admès|no admesa)"
    + _FROM_LIST
)

# ---------------------------------------------------------------------------------------------
# Someone found, said informally: Latin-American Spanish, Brazilian Portuguese, French
# ---------------------------------------------------------------------------------------------

_SOMEONE_FOUND = re.compile(
    r"(?<!¿)\bya (?:conseguimos|agarramos|jalamos|cogimos|tomamos|encontramos|contratamos|elegimos|"
    r"escogimos)"
    r"(?: a)? (?:alguien|otra persona|otro chico|otra chica|otro pata|otro chamo|otra chama|"
    r"otro man|otro muchacho|otra muchacha)\b(?! que (?:te|le|les|los|las|os) )"
    r"|(?<!¿)\bya (?:tenemos|hay) (?:a )?(?:alguien|otra persona) (?:para|en) "
    r"(?:el|la|ese|esa|este|esta) (?:puesto|turno|chamba|plaza|vacante|cargo|trabajo|chance)\b"
    r"|\bjá (?:arrumamos|achamos|pegamos|arranjamos|contratamos|escolhemos) (?:alguém|outra "
    r"pessoa|outro cara|outra moça|outro rapaz)\b(?! que (?:te|lhe|vai) )"
    r"|\bon a (?:déjà |finalement )?(?:trouvé|pris|embauché) quelqu['\u2019]un\b"
    r"(?! (?:qui|pour) (?:va|vous|te|t['\u2019]))"
    # "ya encontramos a la persona que buscábamos", "on a déjà quelqu'un pour le poste", "wir
    # haben schon jemanden gefunden", Swiss German "mir händ scho öpper anders gnoh", "abbiamo
    # già trovato qualcuno", Polish "już kogoś mamy", "mamy już kogoś."
    r"|(?<!¿)\bya (?:encontramos|conseguimos|tenemos) a la persona "
    r"(?:que buscábamos|indicada|ideal)\b"
    r"|\bon a (?:déjà|maintenant) (?:quelqu['\u2019]un|une personne) (?:pour|sur) (?:le|ce) "
    r"(?:poste|job|boulot)\b"
    r"|\bwir haben (?:schon|bereits|inzwischen) (?:jemanden|jemand anderen|eine andere person) "
    r"(?:gefunden|eingestellt|genommen)\b"
    r"|\bmir (?:händ|hend|hei|hän) (?:scho |bereits )?öpper (?:anders |anderi |andere )?"
    r"(?:gno|gnoh|gnoo|gfunde|igstellt)\b"
    r"|\babbiamo già (?:trovato|preso|assunto) (?:qualcuno|un['\u2019]altra persona)\b"
    r"(?= per (?:il|la|questo|questa) (?:posto|ruolo|posizione|turno|lavoro)\b|\s*[.,!]|\s*$)"
    r"|(?<!czy )\b(?:już|juz) (?:kogoś|kogos) (?:mamy|znaleźliśmy|wzięliśmy|zatrudniliśmy)\b"
    r"|(?<!czy )\bmamy (?:już|juz) (?:kogoś|kogos)(?=\s*[.,!]|\s*$)"
)
# The post taken, said informally: "ya se llenó la vacante", "ya cubrimos el puesto", "ya quedó
# ocupado el puesto", "le poste est déjà pris", "já preenchemos a vaga", "la posizione è già
# stata occupata"
_POST_TAKEN = re.compile(
    r"(?<!¿)\bya (?:se )?(?:llenó|ocupó|cubrió|cubrimos|llenamos|ocupamos) "
    r"(?:la vacante|el puesto|la plaza|el cupo|la chamba)\b"
    r"|(?<!¿)\bya quedó (?:ocupad[oa]|cubiert[oa]|llen[oa]) "
    r"(?:el puesto|la vacante|la plaza|el cupo)\b"
    r"|\b(?:le|ce) poste est (?:déjà|maintenant) pris\b"
    r"|\bjá (?:preenchemos|fechamos|ocupamos) a vaga\b"
    r"|\b(?:la posizione|il posto di lavoro|il ruolo) è già stat[oa] (?:occupat[oa]|assegnat[oa]"
    r"|pres[oa])\b"
)

# Polish informal: "wzięliśmy już kogoś", "mamy już kogoś na to miejsce", "nic dla Ciebie nie
# mamy"
_PL_TAKEN = re.compile(
    r"\b(?:wzięliśmy|wzieliśmy|wzięlismy|wzielismy|przyjęliśmy|przyjelismy) (?:już |juz |sobie )?"
    r"(?:kogoś|kogos)\b"
    r"|\bmamy (?:już|juz) (?:kogoś|kogos) (?:na (?:to|tę|te|ten) (?:miejsce|stanowisko|zmianę|"
    r"etat)|innego|inną)\b"
)
_PL_NOTHING = re.compile(
    r"(?<!\bjak )(?<!\bjeśli )(?<!\bjeżeli )(?<!\bgdy )"
    r"\bnic (?:dla (?:ciebie|cię|pana|pani|was)) nie mamy\b"
    r"|\bnie mamy (?:dla (?:ciebie|pana|pani|was) )(?:nic|niczego|pracy|miejsca|etatu)\b"
)

# ---------------------------------------------------------------------------------------------
# Traditional Chinese as written in Hong Kong, and colloquial Cantonese
# ---------------------------------------------------------------------------------------------

_ZH_HK_OTHER = re.compile(
    r"(?:聘請|聘请|聘任|委任|請咗|请咗|揀咗|拣咗|取錄|取录|錄取|录取)(?:了|咗)?"
    r"(?:另一位|另外一位|另一名|其他|其它|第二個|第二个|另一個|另一个|第二位)"
    r"[^。，,\n]{0,20}?(?:候選人|候选人|應徵者|应征者|應聘者|应聘者|申請人|申请人|人選|人选|人士|人)"
)
_ZH_HK_OUT = re.compile(
    r"(?:未(?:能)?(?:獲|获|被)?|不獲|不获)(?:取錄|取录|選中|选中|委任|聘請|聘请)"
    r"|未能獲選|未能获选|未獲選|未获选"
)
_ZH_HK_GONE = re.compile(r"(?:已經|已经|已)(?:搵到|揾到)(?:人|合適嘅人|合适嘅人)")

# ---------------------------------------------------------------------------------------------
# A choice that fell on a candidate: Italian, Spanish, Portuguese
# ---------------------------------------------------------------------------------------------

_CHOICE_FELL = re.compile(
    r"\b(?:la (?:nostra )?scelta|la (?:nostra )?decisione) (?:\w+ ){0,2}?(?:è|e['\u2019]) "
    r"(?:\w+ ){0,2}?cadut[ao] su (?:un|una|un['\u2019])\s?(?:altr\w+ )?(?:candidat\w*|profil\w*|"
    r"persona|collega|figura|professionista)"
    r"|\bla (?:nuestra )?elección (?:final )?(?:\w+ ){0,2}?(?:recayó|ha recaído) en "
    r"(?:un|una|otro|otra) (?:candidat\w*|perfil|persona|profesional|aspirante)"
    r"|\ba (?:nossa )?escolha (?:\w+ ){0,2}?(?:recaiu|acabou por recair) (?:sobre|em) "
    r"(?:um|uma|outro|outra) (?:candidat\w*|perfil|pessoa|profissional)"
)

# French, informal and West-African: "on est finalement partis sur un profil qui …"
_FR_WENT_FOR = re.compile(
    r"\b(?:on est|on s['\u2019]est|nous sommes|nous nous sommes) (?:\w+ ){0,2}?"
    r"(?:partis|parti|partie|parties|orientés?|orientées?|tournés?|tournées?) (?:sur|vers) "
    r"(?:un|une) (?:autre )?(?:profil|candidat\w*|personne|prestataire|consultant\w*)\b"
    r"(?! comme (?:le vôtre|le tien|vous|toi))"
)

# German: "es hat (leider) nicht (für Sie) gereicht", "leider reicht es diesmal nicht"
_DE_NOT_ENOUGH = re.compile(
    r"\b(?:es hat|hat es) (?:\w+ ){0,3}?nicht (?:ganz )?(?:(?:für (?:sie|dich|euch|eine? \w+)|"
    r"zu einer \w+) )?gereicht\b"
    r"|\b(?:leider|diesmal|dieses mal) reicht es (?:\w+ ){0,2}?nicht(?: ganz)? (?:für (?:sie|"
    r"dich|euch)|für eine (?:einladung|zusage))\b"
)

READINGS = readings(
    ("reader_out", _LISTED_OUT),
    ("chose_other", _SOMEONE_FOUND),
    ("role_gone", _POST_TAKEN),
    ("chose_other", _PL_TAKEN),
    ("reader_out", _PL_NOTHING),
    ("chose_other", _ZH_HK_OTHER),
    ("reader_out", _ZH_HK_OUT),
    ("role_gone", _ZH_HK_GONE),
    ("chose_other", _CHOICE_FELL),
    ("chose_other", _FR_WENT_FOR),
    ("reader_out", _DE_NOT_ENOUGH),
)
