"""Refusals in the languages read, in the kinds written-27 held before any slice did (issue 11,
twenty-first pass, part K).

Written-27 (rejectwatch data/blind/make_written27.py) wrote 40 refusals in eleven languages the
project reads, in channels and registers no file held; the shipped model filed 14 and 26 read no
decision token at all. They tell the decision in kinds no reading knew, each written here in the
languages read where the kind is common:

* **every place taken, in the plural** ("die Einsatzstellen … sind alle besetzt", "Die Schichten
  … sind alle verteilt", "Alla platser … är nu tillsatta", "la mission … a été pourvue"): the
  readings knew "die Stelle ist besetzt", one post; a pool or list full ("poolen är fylld");
* **not on the list of those admitted, or ranked and not selected** ("su nombre no figura entre
  los admitidos", "Lei risulta idoneo non selezionato", "i pochi posti sono andati a chi aveva un
  punteggio più alto"); never the list of those excluded ("figura entre los excluidos por falta de
  documentación" is a provisional list with days to mend it);
* **nobody chosen, the post left vacant** ("le jury a décidé de ne retenir aucun candidat et le
  poste reste vacant");
* **the reader's application closed** ("Votre candidature est donc close", "Ihre Bewerbung haben
  wir deshalb geschlossen"), in the past or present: "sera close si …" is a warning;
* **the reader not taken in, not drawn, not in the team** ("Vi tar därför inte in dig", "Du blev
  inte lottad till någon plats", "así que no entras en la plantilla");
* **no room for you, with "becomes"** ("så det blir ikke plass til deg nå": the readings knew
  "det er ikke plass"), and **enough people found** ("Vi har fått nok folk");
* **the team complete, its name long** ("l'équipe de porteurs de hottes pour les vendanges est
  au complet", "het team kampleiders voor deze zomer is rond", "mamy już pełny skład"): the
  readings allowed three words between the team and its verb, and Polish only "skład jest pełny";
* **others chosen, by a trait or from last year** ("we hebben gekozen voor mensen met een CWO-4
  diploma", "wir haben die Leute vom letzten Jahr wieder genommen", "on a pris les habitués du
  village").

Each reading is (token name, word groups, pattern) over lower-cased text, appended to the
outcome readings by rejectwatch.model.decisions_abroad (rejectwatch.model.language_modules), so
the same checks (conditionals, decisions still to come) apply. Every twin of written-27 (an
offer, a trial shift, a place reserved, a provisional list, a lottery won) reads nothing.
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = ["READINGS"]


# not "… all taken, but the January shifts are still free" (another place offered)
_NO_TURN = (
    r"(?![^.!?\n]*\b(?:aber|doch|jedoch|außer|ausser|bis auf|maar|behalve|mais|sauf|ma|tranne|"
    r"pero|salvo|excepto|mas|exceto|ale|oprócz|men|utom|undtagen|unntatt)\b)"
)
# a welcome: "Avec toi, l'équipe … est au complet", "Met jou erbij …"
_NOT_WITH_YOU = "".join(
    f"(?<!{words} )" for words in ("avec toi,", "avec vous,", "avec toi", "met jou", "z tobą")
)

# ---------------------------------------------------------------------------------------------
# Every place taken (plural), a pool or list full
# ---------------------------------------------------------------------------------------------

# (twenty-first pass, part N) seats on a bus, at a concert, a restaurant, on a course are no
# posts: "Alle Plätze im Bus sind schon vergeben", "Toutes les places du concert sont prises"
_NOT_SEATS = (
    r"(?![^.!?\n]{0,80}?\b(?:bus|bussen|busse|zug|tåget|toget|flug|flyget|auto|bil|bilen|"
    r"konzert|konserten|concert|concerto|concierto|kino|cinéma|cinema|teatro|théâtre|theater|"
    r"restaurant|ristorante|restaurante|parking|estacionamento|parkeringen|kurs|kurset|kursen|"
    r"curso|corso|cours|cursus|match|partita|partido|spiel|wedstrijd)\b)"
)
_PLACES_TAKEN = re.compile(
    "|".join(
        _NOT_SEATS + branch + _NO_TURN
        for branch in (
            # German: "die Einsatzstellen … sind (für den Jahrgang) alle besetzt", "alle Plätze
            # sind vergeben"
            r"\b(?:die|alle|unsere) (?:\w+ )?\w*(?:stellen|plätze|schichten|dienste|jobs)\b"
            r"[^.!?\n]{0,60}? (?:sind|wurden|waren) (?:[^.!?\n]{0,40}? )?"
            r"(?:schon |bereits |jetzt )?"
            r"(?:alle|sämtlich) (?:schon |bereits )?(?:besetzt|vergeben|verteilt)\b(?! werden)",
            r"\balle (?:\w+ )?\w*(?:stellen|plätze|schichten|dienste|jobs)\b[^.!?\n]{0,60}? "
            r"(?:sind|wurden) (?:\w+ ){0,2}?(?:besetzt|vergeben|verteilt)\b(?! werden)",
            # Swedish, Danish, Norwegian: "alla platser … är nu tillsatta", "alle pladser er
            # besat", "alle plassene er fylt"
            r"\balla (?:\w+ )?(?:platser|platserna|tjänster|tjänsterna|passen|jobb|jobben)\b"
            r"[^.!?\n]{0,60}? är (?:nu |redan )?(?:tillsatta|fyllda|bokade|fördelade|tagna)\b",
            r"\balle (?:\w+ )?(?:pladser|pladserne|plasser|plassene|stillinger|stillingene|"
            r"stillingerne|vagter|vagterne|vakter|vaktene)\b[^.!?\n]{0,60}? er (?:nu |nå |"
            r"allerede )?(?:besat|besatt|besatte|fyldt|fylt|fylte|optaget|opptatt|fordelt|tatt)\b",
            # Dutch: "alle plekken … zijn vergeven"
            r"\balle (?:\w+ )?(?:plekken|plaatsen|diensten|functies|shifts|vacatures)\b"
            r"[^.!?\n]{0,60}? zijn (?:nu |al |inmiddels )?(?:vergeven|bezet|ingevuld|verdeeld)\b",
            # French: "toutes les places sont prises", "la mission … a été pourvue"
            r"\btoutes les (?:\w+ )?(?:places|missions)\b[^.!?\n]{0,60}? sont (?:déjà |désormais |"
            r"maintenant )?(?:pourvues|prises|attribuées|complètes)\b",
            r"\b(?:la|cette) (?:mission|place)\b[^.!?\n]{0,60}? (?:a été|est) (?:déjà |désormais )?"
            r"(?:pourvue|attribuée)\b",
            # Italian, Spanish, Portuguese: "tutti i posti sono già occupati", "todas las plazas
            # están cubiertas", "todas as vagas estão preenchidas"
            r"\btutti i (?:\w+ )?(?:posti|turni)\b[^.!?\n]{0,60}? sono (?:già |ormai |stati )?"
            r"(?:occupati|assegnati|coperti)\b",
            r"\btodas las (?:\w+ )?(?:plazas|vacantes)\b[^.!?\n]{0,60}? (?:están|han sido|fueron) "
            r"(?:ya )?(?:cubiertas|ocupadas|asignadas|adjudicadas)\b",
            r"\btodas as (?:\w+ )?(?:vagas|posições)\b[^.!?\n]{0,60}? (?:estão|foram) (?:já )?"
            r"(?:preenchidas|ocupadas|atribuídas)\b",
            # a pool, list or team full: "poolen är fylld", "puljen er fuld", "listen er full"
            r"\b(?:poolen|listan|gruppen|puljen|listen|gruppa) (?:\w+ ){0,3}?"
            r"(?:är|er) (?:redan |nu |nå |allerede )?(?:fylld|full|fullsatt|fulltalig|fuld|"
            r"fuldtallig|fulltallig)\b(?! (?:av|af|med)\b)",
        )
    )
)

# ---------------------------------------------------------------------------------------------
# Not on the list of those admitted, ranked and not selected; the places gone to others
# ---------------------------------------------------------------------------------------------

_ADMITTED = (
    r"(?:admitid[oa]s|seleccionad[oa]s|aprobad[oa]s|admis|admises|lauréats|retenus|ammessi|"
    r"selezionati|vincitori|aprovad[oa]s|admitid[oa]s|selecionad[oa]s|toegelaten|geselecteerden|"
    r"zugelassenen|ausgewählten)"
)
_NOT_LISTED = re.compile(
    # Spanish: "su nombre no figura entre los admitidos"
    r"(?<!¿)\bno (?:figura|figuras|aparece|apareces|está|estás) (?:\w+ )?(?:entre|en la lista de) "
    r"(?:los |las )?(?:aspirantes |candidatos |personas )?" + _ADMITTED + r"\b"
    # French: "vous ne figurez pas parmi les admis", "votre nom ne figure pas sur la liste des
    # candidats retenus"
    r"|\bne (?:figure|figurez|figures|figurent) pas (?:parmi|sur la liste d)(?:es|e)? "
    r"(?:les |des )?(?:candidats |candidates |personnes )?" + _ADMITTED + r"\b"
    # Italian: "non risulta tra gli ammessi", "risulta idoneo non selezionato"
    r"|\bnon (?:risulta|risulti|figura|figuri|compare|compari) (?:\w+ )?(?:tra|fra|nell['\u2019]"
    r"elenco de) ?(?:gli |i |le )?(?:candidati )?" + _ADMITTED + r"\b"
    r"|\b(?:risulta|risulti|è|sei|e['\u2019]|risultato|risultata) (?:\w+ )?idone[oa] "
    r"(?:ma )?non (?:selezionat[oa]|vincitore|vincitrice|assegnatari[oa])\b"
    # Portuguese: "o seu nome não consta entre os aprovados"
    r"|\bnão (?:consta|constas|figura|aparece) (?:\w+ )?(?:entre (?:os |as )?|na lista d(?:os|as) )"
    r"(?:candidatos )?" + _ADMITTED + r"\b"
    # Dutch, German: "u staat niet tussen de toegelaten kandidaten", "Sie sind nicht unter den
    # ausgewählten Bewerbern"
    r"|\b(?:staat|sta|staan) (?:\w+ )?niet (?:tussen|bij|op de lijst van) de "
    + _ADMITTED
    + r"\b|\b(?:sind|stehen|bist|stehst) (?:sie|du) (?:leider )?nicht (?:unter den|auf der liste "
    r"der) " + _ADMITTED + r"\b"
)
_PLACES_WENT_TO = re.compile(
    # Italian: "i pochi posti del progetto sono andati a chi aveva un punteggio più alto"
    r"\b(?:i|tutti i) (?:\w+ )?posti\b[^.!?\n]{0,50}? sono (?:già )?andati a (?:chi|altr[ie]|"
    r"candidat[ie])\b"
    # Spanish, French, Portuguese: "las plazas han sido para quienes …", "les places sont allées
    # à d'autres", "as vagas foram para quem …"
    r"|\blas (?:\w+ )?plazas\b[^.!?\n]{0,50}? (?:han sido|fueron|han ido) (?:para|a) (?:quienes|"
    r"otr[oa]s|l[oa]s candidat)"
    r"|\bles (?:\w+ )?places\b[^.!?\n]{0,50}? sont allées à (?:d['\u2019]autres|ceux|celles)\b"
    r"|\bas (?:\w+ )?vagas\b[^.!?\n]{0,50}? foram para (?:quem|outr[oa]s)\b"
)

# ---------------------------------------------------------------------------------------------
# Nobody chosen, the post left vacant
# ---------------------------------------------------------------------------------------------

# (twenty-first pass, part N) a post left vacant until the reader comes is theirs: "Le poste reste
# vacant jusqu'à votre arrivée", "Die Stelle bleibt unbesetzt, bis Sie im März anfangen"
_UNTIL = (
    r"(?![^.!?\n]{0,40}?\b(?:jusqu['\u2019]|bis|fino a|finché|hasta|até|tot|tills|indtil|inntil)"
    r"(?:\b|(?=\w)))"
)
_NONE_CHOSEN = re.compile(
    # French: "le jury a décidé de ne retenir aucun candidat", "le poste reste vacant"
    r"\bde ne retenir aucune? (?:candidat|candidate|candidature|des candidat)"
    r"|(?<!\bsi )(?<!tant que )(?<!tant qu['\u2019])\b(?:le|ce) poste\b[^.!?\n,;]{0,40}? "
    r"(?:reste|restera|"
    r"demeure) (?:donc |ainsi |pour l['\u2019]instant )?(?:vacant|non pourvu)\b" + _UNTIL +
    # Italian: "di non selezionare nessun candidato", "il posto resta vacante"
    r"|\bdi non (?:selezionare|scegliere|nominare) (?:nessun|alcun) (?:candidat|partecipant)"
    r"|(?<!\bse )\b(?:il posto|la posizione|il ruolo)\b[^.!?\n,;]{0,40}? "
    r"(?:resta|rimane|resterà|rimarrà) "
    r"(?:quindi |pertanto )?(?:vacante|scopert[oa])\b" + _UNTIL +
    # Spanish, Portuguese: "la plaza queda desierta", "a vaga fica por preencher"
    r"|(?<!\bsi )\b(?:la plaza|el puesto) (?:\w+ )?(?:queda|ha quedado|se declara|ha sido "
    r"declarada?) (?:\w+ )?(?:desiert[oa]|vacante)\b"
    + _UNTIL
    + r"|(?<!\bse )\b(?:a vaga|o posto|o cargo) (?:\w+ )?(?:fica|ficou|permanece) (?:\w+ )?(?:por "
    r"preencher|vag[oa]|deserta)\b" + _UNTIL +
    # German, Dutch: "keinen der Bewerber auszuwählen … die Stelle bleibt unbesetzt", "de functie
    # blijft onvervuld"
    r"|\b(?:keinen|keine) (?:der )?(?:bewerber\w*|kandidat\w*|teilnehmer\w*) (?:\w+ )?"
    r"(?:auszuwählen|ausgewählt|zu berücksichtigen)\b"
    r"|(?<!\bwenn )\b(?:die|diese) stelle (?:\w+ )?bleibt (?:also |somit |daher )?(?:vorerst )?"
    r"unbesetzt\b"
    + _UNTIL
    + r"|\b(?:geen (?:enkele )?(?:kandidaat|sollicitant) (?:\w+ )?(?:te )?(?:selecteren|kiezen|"
    r"aan te nemen))\b"
    r"|(?<!\bals )\b(?:de|deze) (?:functie|vacature|positie) blijft (?:dus |voorlopig )?"
    r"(?:vacant|onvervuld)\b" + _UNTIL
)

# ---------------------------------------------------------------------------------------------
# The reader's application closed
# ---------------------------------------------------------------------------------------------

_APPLICATION_CLOSED = re.compile(
    # French: "votre candidature est donc close"
    r"\b(?:votre|ta) candidature (?:est|a été) (?:donc |désormais |par conséquent |"
    r"maintenant )?(?:close|clôturée|classée sans suite)\b"
    # German: "Ihre Bewerbung haben wir deshalb geschlossen", "wurde geschlossen"
    r"|\b(?:ihre|deine) bewerbung (?:haben wir|wurde|ist) (?:deshalb |daher |somit |nun |jetzt |"
    r"damit )?geschlossen\b"
    # Italian, Spanish, Portuguese: "la sua candidatura è stata chiusa", "su candidatura ha sido
    # cerrada", "a sua candidatura foi encerrada"
    r"|\b(?:la sua|la tua) candidatura (?:è stata|è) (?:quindi |pertanto )?chiusa\b"
    r"|\b(?:su|tu) (?:candidatura|solicitud) (?:ha sido|fue|queda) (?:por tanto |por lo tanto |"
    r"entonces )?cerrada\b"
    r"|\b(?:a sua|a tua) candidatura (?:foi|está) (?:portanto |por isso )?(?:encerrada|fechada)\b"
    # Dutch, Swedish, Danish, Norwegian: "je sollicitatie is gesloten", "din ansökan är stängd"
    r"|\b(?:je|uw|jouw) sollicitatie (?:is|werd) (?:daarom |dus )?gesloten\b"
    r"|\b(?:din ansökan|din ansøgning|din søknad|søknaden din|ansökan) (?:är|er|blev|ble) "
    r"(?:derfor |därför |nu |nå )?(?:stängd|lukket|lukka)\b"
    # (fifty-sixth pass: or it stops here, "Søknaden din stopper derfor her", slice 121)
    r"|\b(?:din ansökan|din ansøgning|din søknad|søknaden din|ansøgningen|ansökan) (?:stopper|"
    r"stoppar|slutter|slutar|ender|ends) (?:derfor |därför |dermed |så )?(?:her|här)\b"
)

# ---------------------------------------------------------------------------------------------
# Not taken in, not drawn, not in the team; no room "becomes"; enough people
# ---------------------------------------------------------------------------------------------

# (twenty-first pass, part N) a draw for a concert, a race or a prize is no post's: "Du blev inte
# lottad till konserten", "Je bent niet ingeloot voor de marathon"
_NOT_EVENT = (
    r"(?! (?:\w+ )?(?:till|til|for|för|für|voor|pour|per|para) (?:\w+ ){0,2}?(?:konserten|"
    r"konsert|konzert|concert|concerto|marathon|maraton|maratona|loppet|festival\w*|finale|"
    r"tickets?|billetter|biljetter|kaartjes|jeu|concours|prijs\w*|lotteri\w*|loterij)\b)"
)
# (twenty-first pass, part N) a waiting list, a chat group, or another group the reader is in:
# "No entras en el grupo de los sábados, estás en el de los domingos", "Não entras na lista de
# espera do ginásio, já tens lugar", "Non entri nel gruppo WhatsApp? Ti aggiungo io"
_OTHER_GROUP = (
    r"(?! (?:de espera|d['\u2019]attesa|whatsapp|de whatsapp|de riesgo|di rischio|de risco)\b)"
    r"(?![^.!?\n]*\b(?:estás (?:en|na|no)|stai (?:nel|nella|in)|sei (?:nel|nella|già)|já tens|"
    r"ya tienes|ti aggiungo|te añado|te adiciono)\b)"
)
_NOT_TAKEN_IN = re.compile(
    # Swedish, Danish, Norwegian: "vi tar därför inte in dig", "vi tager dig ikke ind"
    r"\bvi tar (?:därför |tyvärr |alltså |dessverre |derfor )*(?:inte|ikke) (?:in|inn) "
    r"(?:dig|deg)\b(?! i tid\b)"
    r"|\bvi (?:tar|tager) (?:dig|deg) (?:därför |tyvärr |desværre |dessverre |derfor )*(?:inte|"
    r"ikke) (?:in|ind|inn)\b"
    # not drawn in a lottery: "du blev inte lottad", "du ble ikke trukket ut", "Sie wurden nicht
    # ausgelost", "vous n'avez pas été tiré(e) au sort", "je bent niet ingeloot"
    r"|\b(?:du blev|du har) (?:tyvärr )?inte (?:blivit )?(?:lottad|utlottad|dragen)\b"
    + _NOT_EVENT
    + r"|\bdu (?:blev|ble|er) (?:desværre |dessverre )?ikke (?:blevet |blitt )?(?:udtrukket|"
    r"trukket ud|trukket ut|trukket)\b"
    + _NOT_EVENT
    + r"|\b(?:sie wurden|du wurdest) (?:leider )?nicht ausgelost\b"
    + _NOT_EVENT
    + r"|\b(?:vous n|tu n)['\u2019](?:avez|as) (?:malheureusement )?pas été (?:tiré|tirée|tirés|"
    r"tirées) au sort\b"
    + _NOT_EVENT
    + r"|\b(?:u bent|je bent|jij bent) (?:helaas )?(?:niet ingeloot|uitgeloot)\b"
    + _NOT_EVENT
    # not into the team: "así que no entras en la plantilla", "non entri in squadra", "não entras
    # na equipa"
    + r"|(?<!¿)(?<!\bsi )\bno (?:entras|entrarás|vas a entrar|has entrado|entra usted) en "
    r"(?:la plantilla|el equipo|la bolsa|el grupo|la lista)\b"
    + _OTHER_GROUP
    + r"|(?<!\bse )\bnon (?:entri|entrerai|sei entrat[oa]|rientri) (?:nella|nel|in|nell['\u2019])"
    r" ?(?:squadra|organico|graduatoria|gruppo|team)\b"
    + _OTHER_GROUP
    + r"|(?<!\bse )\bnão (?:entras|vais entrar|entraste|entrou) (?:na|no|para a|para o) "
    r"(?:equipa|equipe|quadro|grupo|lista)\b" + _OTHER_GROUP
)
# a place at an interview, in a car, on a course is no post
_NOT_LOGISTICS = (
    r"(?! (?:\w+ )?(?:i hytta|på hytta|i hytten|på hytten|i stugan|i sommerhuset|i bilen|"
    r"på kurset|på kurs|på intervjuet|på samtalen|i bussen|på "
    r"parkeringen|på intervjun)\b)"
)
_NO_ROOM_BECOMES = re.compile(
    # Norwegian, Danish, Swedish: "så det blir ikke plass til deg nå", "der bliver ikke plads til
    # dig", "det blir ingen plats för dig"
    r"\b(?:det|der) (?:blir|bliver) (?:dessverre |desværre |derfor |altså )?(?:ikke|ingen) "
    r"(?:plass|plads) (?:til|for) (?:deg|dig|dere|jer)\b"
    + _NOT_LOGISTICS
    + r"|\b(?:derfor|därför|så|dessverre|desværre|tyvärr) (?:blir|bliver) (?:det|der) "
    r"(?:dessverre |desværre |tyvärr )?(?:ikke|ingen|inte) (?:plass|plads|plats) (?:til|for|för) "
    r"(?:deg|dig|dere|jer|er)\b"
    + _NOT_LOGISTICS
    + r"|\bdet blir (?:tyvärr |därför )?(?:ingen plats|inte plats) (?:för|till) (?:dig|er)\b"
    + _NOT_LOGISTICS
)
_ENOUGH_PEOPLE = re.compile(
    # Norwegian, Danish, Swedish: "vi har fått nok folk", "vi har fået folk nok", "vi har fått
    # tillräckligt med folk"
    r"\bvi har (?:nå |nu |allerede |redan )?(?:fått|fået) (?:nok folk|folk nok|nok (?:søkere|"
    r"ansøgere|hjelpere|hjælpere)|tillräckligt (?:med |många )?(?:folk|sökande)|nog med folk)\b"
)

# ---------------------------------------------------------------------------------------------
# The team complete, its name long; Polish "mamy już pełny skład"
# ---------------------------------------------------------------------------------------------

_TEAM_NAMED_COMPLETE = re.compile(
    # French: "l'équipe de porteurs de hottes pour les vendanges est au complet"
    _NOT_WITH_YOU
    + r"\bl['\u2019]équipe (?:de |des |d['\u2019]|du )[^.!?\n,;]{0,60}? est (?:déjà |désormais |"
    r"maintenant )?(?:au complet|complète)\b"
    # Dutch: "het team kampleiders voor deze zomer is rond"
    + "|"
    + _NOT_WITH_YOU
    + r"\bhet team (?:\w+ ){1,7}?is (?:al |inmiddels |nu )?(?:rond|compleet|vol)"
    r"(?=\s*(?:[.,;:!)]|$|bezet\b))"
    # Polish: "mamy już pełny skład", "mamy już komplet"
    r"|(?<!czy )\bmamy (?:już |teraz )?(?:pełny|kompletny|zamknięty) (?:skład|zespół)\b"
    r"|(?<!czy )\bmamy już komplet(?=\s*(?:[.,;:!)]|$|ludzi|osób|pracowników))"
)

# ---------------------------------------------------------------------------------------------
# Others chosen, by a trait or from last year
# ---------------------------------------------------------------------------------------------

_OTHERS_BY_TRAIT = re.compile(
    # Dutch: "we hebben gekozen voor mensen met een CWO-4 diploma"
    r"\b(?:we|wij) hebben (?:\w+ )?gekozen voor (?:mensen|kandidaten|sollicitanten|iemand|"
    r"anderen|andere kandidaten) (?:met|die)\b"
    # German: "wir haben die Leute vom letzten Jahr wieder genommen"
    r"|\bwir haben (?:die|unsere) (?:leute|helfer\w*|aushilfen|kräfte|crew) (?:vom|aus dem) "
    r"(?:letzten|vorigen|vergangenen) jahr (?:\w+ )?(?:genommen|eingestellt|geholt)\b"
    # French, Italian: "on a pris les habitués (du village)", "abbiamo ripreso i ragazzi
    # dell'anno scorso"
    r"|\b(?:on a|nous avons) (?:déjà )?(?:pris|repris|gardé) (?:les habitués|ceux de l['\u2019]an "
    r"dernier|l['\u2019]équipe de l['\u2019]an dernier|les mêmes que l['\u2019]an dernier)"
    r"|\babbiamo (?:già )?(?:ripreso|richiamato) (?:i ragazzi|le persone|la squadra|gli stessi) "
    r"(?:\w+ )?dell['\u2019]anno scorso\b"
)

READINGS = readings(
    ("role_gone", _PLACES_TAKEN),
    ("reader_out", _NOT_LISTED),
    ("chose_other", _PLACES_WENT_TO),
    ("role_gone", _NONE_CHOSEN),
    ("reader_out", _APPLICATION_CLOSED),
    ("reader_out", _NOT_TAKEN_IN),
    ("reader_out", _NO_ROOM_BECOMES),
    ("role_gone", _ENOUGH_PEOPLE),
    ("role_gone", _TEAM_NAMED_COMPLETE),
    ("chose_other", _OTHERS_BY_TRAIT),
)
