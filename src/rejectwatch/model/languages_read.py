"""Refusals in the languages already read, in the kinds blind slice 19 found unread, and the
post not filled in the languages whose pauses read nothing (issue 11, twenty-first pass, part D).

Slice 19 missed four refusals in languages the project reads; none had a decision token. By
kind, each written in the languages read where the kind is common:

* **a required test not passed, so the selection cannot go on** (Czech, a tram driver's
  psychological test: "To jste bohužel nesplnil/a, a proto ve výběrovém řízení nemůžete
  pokračovat"): the reader "cannot continue in the selection" (Czech, Slovak, Polish, German,
  French, Spanish, Italian, Portuguese, Swedish, Danish, Norwegian; Dutch "kunt u niet verder"
  was read), and "you did not pass the test" (English was read: "you did not pass the
  psychometric test"), with the process or the test named, never the bare verb ("nemůžete
  pokračovat bez přihlášení" is a portal's login). Not before "without", "until", "unless";
* **the post given to someone** (German, a late-night shop: "Die Nachtschicht haben wir jetzt
  an jemanden aus dem Kiez gegeben"): the post, the shift or the job (a compound's head too,
  "-schicht", "-stelle", "-job") given or handed to someone who is not the reader; the
  readings knew "die Stelle … an jemand anderen vergeben". Never the reader's papers ("Ihre
  Unterlagen an jemanden aus der Fachabteilung gegeben": forwarded, nothing decided);
* **others found who fit better** (Danish, a kindergarten: "Vi har fundet andre, der passer
  bedre til stillingen"): "others", plural and without a noun, where the readings knew "en
  anden kandidat"; only with "who fit / suit better" or a candidates' noun after it ("vi har
  fundet andre stillinger, som måske passer dig" offers jobs);
* **no interview for you** (the same letter: "så der bliver ingen samtale for dig denne
  gang"): only with "this time" or after "so" / "therefore" (an interview moved is "der bliver
  ingen samtale i morgen");
* **no place for you** (Italian, a farm-stay's kitchen: "quindi per questa estate non c'è posto
  per te"), and **the team already complete** ("Abbiamo già chiuso la squadra della cucina"):
  a team's noun, never the selection ("abbiamo chiuso la selezione" comes before an offer too),
  and no place "at the interview", "in the car park".

The languages' pauses (twentieth pass, part I, left): French, Italian, Portuguese, Dutch and
Polish said a post **not filled** ("le poste ne sera pas pourvu", "la posizione non verrà
coperta", "a vaga não será preenchida", "de vacature wordt niet ingevuld", "stanowisko nie
zostanie obsadzone") and "we decided not to fill it" with no reading, where German, Spanish and
the Nordic languages read them as the post gone; beside a pause and an application kept open
(rejectwatch.model.rules_ahead.paused_kept_open) they are a rule, as the German is. Not before
"before", "until", "internally" (a date or an internal move is no post gone).

Each reading is (token name, word groups, pattern) over lower-cased text, appended to the
outcome readings by rejectwatch.model.decisions_abroad (rejectwatch.model.language_modules), so
the same checks (conditionals, decisions still to come) apply. The guard's words: Romanian
invitations in the third person ("Echipa vă invită la un interviu") and "we await you at the
interview" ("vă așteptăm la interviu"), which no reading held (twentieth pass, part H, left).
"""

from __future__ import annotations

from rejectwatch.model import lazy_re as re
from rejectwatch.model.prefilter import readings

__all__ = [
    "CONDITIONAL",
    "INVITED",
    "READINGS",
]

# (twenty-first pass, part M: a requirement opening the sentence, "Ohne Ihre Unterlagen können
# Sie im Auswahlverfahren nicht weitermachen", "Bez vyplnění formuláře nemůžete ve výběrovém
# řízení pokračovat": a condition, as _UNLESS is after the statement)
CONDITIONAL = (
    r"|(?:^|(?<=[.!?\n]))[ \t]*(?:ohne|bez|sans|sin|senza|sem|utan|uden|uten|zonder)\b"
    r"(?=[^.!?\n]{0,80}?\b(?:können sie|kannst du|dürfen sie|nemůžete|nemůžeš|nemôžete|nemôžeš|"
    r"nie (?:może|możesz)|vous ne pouv|tu ne peux|no (?:puede|puedes)|non (?:può|puoi)|"
    r"não (?:pode|podes)|kan (?:du|ni))\b)"
)
# Romanian: the team, a person, "we" inviting in the third person or awaiting the reader
INVITED = (
    r"|\b(?:vă|te) invită (?:\w+ ){0,2}?(?:la|pentru) (?:un |o )?(?:\w+ )?(?:interviu|discuție|"
    r"întâlnire)\b"
    r"|\b(?:vă|te) (?:așteptăm|aşteptăm|asteptam|așteaptă|aşteaptă) (?:\w+ ){0,5}?la (?:un |o )?"
    r"(?:\w+ )?(?:interviu|discuție|întâlnire)\b"
    r"|\bsă (?:ne întâlnim|vă cunoaștem|vă cunoaştem|vă vedem) (?:\w+ ){0,2}?(?:pentru|la|în "
    r"cadrul) (?:un |o |unui |unei )?(?:\w+ )?(?:interviu|discuție|discuţie)\w*"
)

# What cuts a statement short: "without", "until", "unless", "before", in the languages read
_UNLESS = (
    r"(?!,? (?:ohne|bis|solange|sofern|sans|tant qu|jusqu|avant|sin|hasta|mientras|antes de|"
    r"senza|finché|fino|prima (?:di|del|della|che)|sem|até|enquanto|antes|bez|dokud|dopóki|"
    r"dopoki|pokud|dokiaľ|kým|zanim|przed|utan|förrän|innan|uden|før|inden|uten|zonder|tot|"
    r"voordat|unless|without|until|before)\b)"
)


def _each(suffix: str, *alternatives: str) -> str:
    """The alternatives, each followed by ``suffix`` (a look-ahead), as top-level branches (so
    the prefilter still opens each on its own words)."""
    return "|".join(alternative + suffix for alternative in alternatives)


# ---------------------------------------------------------------------------------------------
# The selection cannot go on: the reader cannot continue, a required test not passed
# ---------------------------------------------------------------------------------------------

_CS_PROCESS = (
    r"(?:ve výběrovém řízení|v (?:náborovém|výběrovém) (?:procesu|řízení)|"
    r"v (?:dalším|následujícím) kole|ve výberovom konaní|vo výberovom konaní|"
    r"v (?:ďalšom|dalšom) kole|vo výberovom procese)"
)
_PL_PROCESS = (
    r"(?:udziału )?w (?:procesie (?:rekrutacji|rekrutacyjnym|selekcji)|rekrutacji|"
    r"postępowaniu (?:rekrutacyjnym|kwalifikacyjnym))"
)
_NO_FURTHER = re.compile(
    _each(
        _UNLESS,
        # Czech, Slovak: "ve výběrovém řízení (bohužel) nemůžete (dále) pokračovat", either order
        r"\b" + _CS_PROCESS + r" (?:\w+ ){0,2}?(?:nemůžete|nemůžeš|nemôžete|nemôžeš) (?:\w+ )?"
        r"(?:pokračovat|pokračovať|postoupit|postúpiť)\b",
        r"\b(?:nemůžete|nemůžeš|nemôžete|nemôžeš) " + _CS_PROCESS + r" (?:\w+ )?(?:pokračovat|"
        r"pokračovať)\b",
        r"\b(?:nemůžete|nemůžeš|nemôžete|nemôžeš) (?:\w+ )?(?:pokračovat|pokračovať) "
        + _CS_PROCESS,
        r"\b(?:nemůžeme|nemôžeme) (?:vás|ťa|tě) (?:\w+ )?(?:pustit|posunout|posunúť) (?:\w+ )?do "
        r"(?:dalšího|ďalšieho) kola\b",
        # Polish: "nie może Pan/Pani (dalej) kontynuować udziału w procesie rekrutacji"
        r"\bnie (?:może|możesz|mogą) (?:pan |pani |państwo )?(?:już |dalej |niestety )*"
        r"(?:kontynuować|brać) " + _PL_PROCESS + r"\b",
        # German: "können Sie (leider) am Auswahlverfahren nicht (weiter) teilnehmen"
        r"\b(?:können sie|kannst du|dürfen sie) (?:\w+ ){0,2}?(?:am|im|an dem|in dem) "
        r"(?:weiteren )?(?:auswahlverfahren|bewerbungsverfahren|auswahlprozess|bewerbungsprozess|"
        r"rekrutierungsprozess) (?:leider )?nicht (?:mehr |weiter )?(?:teilnehmen|weitermachen|"
        r"fortfahren|berücksichtigt werden)\b",
        # French: "vous ne pouvez pas poursuivre le processus de sélection"
        r"\b(?:vous ne pouvez|tu ne peux|vous ne pourrez|tu ne pourras) (?:malheureusement )?"
        r"(?:pas|plus) (?:poursuivre|continuer) (?:le|la|dans le|dans la) (?:processus|procédure|"
        r"sélection|recrutement)\b",
        # Spanish, Italian, Portuguese: "no puede continuar en el proceso", "non può proseguire
        # nel processo di selezione", "não pode continuar no processo seletivo"
        r"(?<!¿)\bno (?:puede|puedes|podrá|podrás|continúa|continúas|sigue|sigues) "
        r"(?:continuar |seguir |avanzando |adelante )?en el (?:proceso|concurso|procedimiento)\b",
        r"\bnon (?:può|puoi|potrà|potrai) (?:più )?(?:proseguire|continuare|andare avanti) "
        r"(?:nel|il|con il|nella) (?:processo|percorso|selezione|procedura|concorso)\b",
        r"\bnão (?:pode|podes|poderá|poderás) (?:mais )?(?:continuar|prosseguir|seguir) "
        r"(?:no|o|na|com o) (?:processo|concurso|recrutamento|seleção)\b",
        # Swedish, Danish, Norwegian: "kan du tyvärr inte gå vidare i rekryteringsprocessen"
        r"\bkan (?:du|ni) (?:tyvärr |desværre |dessverre |derfor )?(?:inte|ikke) (?:gå videre|"
        r"gå vidare|fortsætte|fortsätta|fortsette) (?:i|med) (?:rekryteringsprocessen|"
        r"rekryteringen|rekrutteringsprocessen|rekrutteringsprosessen|rekrutteringen|"
        r"ansættelsesforløbet|rekrutteringsforløbet|ansettelsesprosessen|processen|prosessen|forløbet)\b",
    )
)

_TEST_NOUN = (
    r"(?:\w*test\w*|\w*toets\w*|psychotest\w*|vyšetření|zkoušk\w+|prueba\w*|examen|prova|esame|teste|exame|"
    r"épreuve|eignungstest|einstellungstest|prüfung|assessment|toets|egzamin\w*|badani\w*|"
    r"testet|testen|provet|prøven)"
)
_TEST_FAILED = re.compile(
    _each(
        _UNLESS,
        # Czech, Slovak: "(to / test / vyšetření) jste (bohužel) nesplnil/a", "jste neprošel
        # testem"
        r"\b(?:to|ten|tu|ty|test\w*|vyšetření|zkoušku|psychotesty?|podmínky \w+) jste "
        r"(?:bohužel |žel )?"
        r"(?:nesplnil|nesplnila|nesplnili|nesplnil/a|nesplnil\(a\)|neprošel|neprošla|neprošel/a|"
        r"nesložil|nesložila|nesložil/a)(?![\w/])",
        r"\bjste (?:bohužel |žel )?(?:nesplnil|nesplnila|nesplnil/a|neprošel|neprošla|nesložil|"
        r"nesložila) (?:\w+ )?" + _TEST_NOUN,
        r"\b(?:ste|si) (?:žiaľ |bohužiaľ )?(?:nesplnili|nesplnil|nesplnila|neprešli|neprešiel|"
        r"neprešla) (?:\w+ )?" + _TEST_NOUN,
        # Polish: "nie zdał(a) Pan(i) testu", "nie zaliczył Pan egzaminu"
        r"\bnie (?:zdał|zdała|zdałeś|zdałaś|zaliczył|zaliczyła|zaliczyłeś|zaliczyłaś)"
        r"(?: pan| pani)? (?:\w+ )?" + _TEST_NOUN,
        # German: "(leider) haben Sie den Eignungstest nicht bestanden"
        r"\b(?:haben sie|hast du) (?:leider )?(?:den|die|das) (?:\w+ )?"
        + _TEST_NOUN
        + r" (?:leider )?nicht bestanden\b",
        # French, Spanish, Italian, Portuguese
        r"\b(?:vous n|tu n)['\u2019](?:avez|as) (?:malheureusement )?pas (?:réussi|validé|passé "
        r"avec succès) (?:le |l['\u2019]|les |la )" + _TEST_NOUN,
        r"(?<!¿)\bno (?:superó|ha superado|superaste|has superado|aprobó|ha aprobado|aprobaste|"
        r"has aprobado|pasó|pasaste) (?:el |la |las |los )" + _TEST_NOUN,
        r"\bnon (?:ha|hai) (?:purtroppo )?superato (?:il |la |l['\u2019]|le |i )" + _TEST_NOUN,
        r"\bnão (?:foi aprovad[oa]|passou|superou|conseguiu passar) (?:no |na |o |a )" + _TEST_NOUN,
        # Dutch, Swedish, Danish, Norwegian
        r"\b(?:u bent|je bent|jij bent) (?:helaas )?niet geslaagd voor (?:de|het) (?:\w+ )?"
        + _TEST_NOUN,
        # (inverted only after "helaas", "daarom": "Bent u niet geslaagd, dan …" is an "if")
        r"\b(?:helaas|daarom|dus|jammer genoeg) (?:bent u|ben je|ben jij) niet geslaagd voor "
        r"(?:de|het) (?:\w+ )?" + _TEST_NOUN,
        r"\b(?:du|ni) (?:klarade|bestod|besto) (?:tyvärr |desværre |dessverre )?(?:inte|ikke) "
        r"(?:\w+ )?" + _TEST_NOUN,
        r"\b(?:klarade|bestod|besto) (?:du|ni) (?:tyvärr |desværre |dessverre )?(?:inte|ikke) "
        r"(?:\w+ )?" + _TEST_NOUN,
    )
)

# ---------------------------------------------------------------------------------------------
# The post given to someone: German, Dutch, French, Italian, Spanish, Portuguese, Polish, Nordic
# ---------------------------------------------------------------------------------------------

# the post named by its title between ("die Stelle als Sachbearbeiter/in Meldewesen haben wir …")
_AS_ROLE = r"(?: als [\w/-]+(?: [\w/-]+){0,2}?)?"
_DE_POST = r"(?:\w*(?:stelle|schicht|job|platz|position|rolle|dienst|aushilfe)|den job|die stelle)"
# not "… given to someone, but the early shift is still free" (another shift offered)
_NO_TURN = r"(?![^.!?\n]*\b(?:aber|doch|jedoch|maar|mais|ma|pero|mas|ale|men)\b)"
_GIVEN_TO = re.compile(
    _each(
        _NO_TURN,
        # German: "die Nachtschicht haben wir (jetzt) an jemanden aus dem Kiez gegeben"
        r"\b(?:die|den|diese|diesen|das) "
        + _DE_POST
        + _AS_ROLE
        + r" (?:haben wir|hat \w+) (?:\w+ ){0,3}?an "
        r"(?!sie\b|dich\b|ihnen\b|euch\b)(?:jemand\w*|eine?n?|einer|eine kollegin|einen kollegen) "
        r"(?:\w+ ){0,6}?(?:gegeben|vergeben|weitergegeben)\b",
        r"\bwir haben (?:\w+ ){0,2}?(?:die|den|diese|diesen|das) "
        + _DE_POST
        + r" (?:\w+ ){0,2}?an (?!sie\b|dich\b|ihnen\b|euch\b)(?:jemand\w*|eine?n?|einer) "
        r"(?:\w+ ){0,6}?(?:gegeben|vergeben)\b",
        # Dutch: "de nachtdienst hebben we aan iemand uit de buurt gegeven"
        r"\b(?:de|het|die|deze) \w*(?:dienst|baan|functie|plek|plaats|vacature|shift|job) "
        r"(?:[\w/]+ ){0,3}?(?:hebben we|hebben wij) (?:\w+ ){0,3}?aan (?:iemand|een) (?:\w+ ){0,6}?"
        r"(?:gegeven|vergeven)\b",
        r"\bwe hebben (?:de|het|die|deze) \w*(?:dienst|baan|functie|plek|vacature|shift|job) "
        r"(?:\w+ ){0,2}?aan (?:iemand|een) (?:\w+ ){0,6}?(?:gegeven|vergeven)\b",
        # French: "on a donné / confié le poste à quelqu'un (du quartier)"
        r"\b(?:on a|nous avons) (?:déjà |finalement )?(?:donné|confié|attribué|filé) "
        r"(?:le poste|le créneau|le service|le job|le boulot|la place|la mission) à "
        r"(?:quelqu['\u2019]un|une autre|un autre|une personne|un gars|une fille|un jeune)\b",
        # Italian: "abbiamo dato / affidato il turno a qualcuno"
        r"\babbiamo (?:già )?(?:dato|affidato|assegnato|passato) (?:il turno|il posto|il lavoro|"
        r"la posizione|il ruolo|la stagione) (?:\w+ ){0,3}?a (?:qualcuno|un altro|"
        r"un['\u2019]altra|un ragazzo|una ragazza|una persona)\b",
        # Spanish, Portuguese: "le dimos el turno a alguien del barrio", "demos a vaga a alguém"
        r"\b(?:le )?(?:dimos|dejamos|pasamos|asignamos|hemos dado) (?:el turno|el puesto|la plaza|"
        r"el trabajo|la chamba|la vacante)(?: de \w+)? a (?:alguien|otra persona|otro|otra|un "
        r"chico|una chica)\b",
        r"\b(?:demos|passamos|entregamos) (?:o turno|a vaga|o lugar|o trabalho|o posto) "
        r"(?:\w+ )?(?:a|para) (?:alguém|outra pessoa|outro|outra)\b",
        # Polish: "daliśmy tę zmianę komuś", "oddaliśmy to miejsce komuś innemu"
        r"\b(?:daliśmy|oddaliśmy|przekazaliśmy) (?:już )?(?:tę zmianę|to miejsce|to stanowisko|"
        r"tę pracę|ten etat|tę posadę|zmianę|stanowisko|miejsce) (?:\w+ )?(?:komuś|innej osobie|"
        r"innemu)\b",
        # Danish, Swedish, Norwegian: "vagten har vi givet til en (anden)", "passet har vi gett
        # till någon", "vakten har vi gitt til en annen"
        r"\b\w*(?:vagten|stillingen|jobbet|passet|tjänsten|vakten|pladsen|platsen) har vi "
        r"(?:\w+ )?(?:givet|gett|gitt|givit) (?:\w+ )?(?:til|till) (?:en|nogen|någon|noen|ei)\b"
        r"(?! af jer| av er)",
    )
)

# ---------------------------------------------------------------------------------------------
# Others found who fit better; no interview for you
# ---------------------------------------------------------------------------------------------

_BETTER = (
    r"(?:passer|passar|passen|matcher|matchar|er|är|erano|sont|son|são|passt|pasują) "
    r"(?:\w+ ){0,2}?(?:bedre|bättre|besser|beter|mieux|mejor|melhor|lepiej)"
)
_OTHERS_FOUND = re.compile(
    # Danish, Norwegian, Swedish: "vi har fundet andre, der passer bedre (til stillingen)"
    r"\bvi har (?:\w+ )?(?:fundet|funnet|hittat|valgt|valt) andr[ae](?: (?:kandidater|ansøgere|"
    r"søkere|sökande|profiler))?,? (?:der|som) (?:\w+ ){0,2}?"
    + _BETTER
    + r"|\bvi har (?:\w+ )?(?:fundet|funnet|hittat) andr[ae] (?:kandidater|ansøgere|søkere|"
    r"sökande)\b"
    # German, Dutch: "wir haben andere gefunden, die besser passen"
    r"|\bwir haben (?:\w+ )?andere (?:bewerber\w* |kandidat\w* )?gefunden,? die (?:\w+ ){0,3}?"
    r"(?:besser|eher)\b"
    r"|\bwe hebben (?:\w+ )?anderen (?:\w+ )?gevonden,? die (?:\w+ ){0,3}?beter\b"
    # Italian, Spanish, French, Portuguese, Polish
    r"|\babbiamo (?:\w+ )?trovato altr[ie] (?:candidat[ie] |profili |persone )?(?:più adatt[ie]|"
    r"che (?:\w+ ){0,2}?(?:meglio|più adatt))"
    r"|\bhemos (?:\w+ )?encontrado (?:a )?otr[oa]s (?:candidat[oa]s |perfiles |personas )?"
    r"(?:que (?:\w+ ){0,2}?(?:mejor|más)|más adecuad)"
    r"|\bnous avons (?:\w+ )?trouvé d['\u2019]autres (?:candidats |candidates |profils |"
    r"personnes )?(?:qui (?:\w+ ){0,2}?mieux|plus adapté)"
    r"|\b(?:encontramos|achamos) (?:\w+ )?outr[oa]s (?:candidat[oa]s |perfis |pessoas )?"
    r"(?:que (?:\w+ ){0,2}?melhor|mais adequad)"
    r"|\bznaleźliśmy (?:\w+ )?(?:innych|inne osoby|innych kandydatów|inne kandydatki),? "
    r"(?:którzy|które) (?:\w+ ){0,2}?lepiej\b"
)
_NO_INTERVIEW = re.compile(
    _each(
        _NO_TURN,
        # Danish, Norwegian, Swedish: "(så) der bliver ingen samtale for dig denne gang"
        r"\b(?:der|det) (?:bliver|blir) (?:desværre |dessverre |tyvärr |derfor )?ingen "
        r"(?:samtale|intervju|jobsamtale|jobbintervju|intervjuer) (?:for|för|til|till) "
        r"(?:dig|deg)(?= (?:denne gang|i denne omgang|i denne runde|denne gangen|i denne runden|"
        r"den här gången|denna gång|i den här omgången)\b)",
        r"\b(?:så|derfor|därför) (?:der|det) (?:bliver|blir) (?:\w+ )?ingen (?:samtale|intervju|"
        r"jobsamtale|jobbintervju) (?:for|för|til|till) (?:dig|deg)\b",
        # German, Dutch: "es wird (diesmal) kein Gespräch für Sie geben", "er komt (deze keer)
        # geen gesprek voor jou"
        r"\bes wird (?:diesmal |dieses mal |leider |also )*kein (?:vorstellungs|bewerbungs)?"
        r"gespräch (?:mit |für )(?:ihnen|sie|dir|dich) geben\b",
        r"\ber komt (?:deze keer |dit keer |helaas |dus )*geen (?:sollicitatie)?gesprek "
        r"(?:voor|met) (?:u|jou|je)\b(?! (?:op|morgen|vandaag|maandag|dinsdag|woensdag|"
        r"donderdag|vrijdag)\b)",
    )
)

# ---------------------------------------------------------------------------------------------
# No place for you; the team already complete
# ---------------------------------------------------------------------------------------------

# a place at an interview, in a car, on a course, a shuttle is no post
_NOT_LOGISTICS = (
    r"(?! (?:\w+ )?(?:al colloquio|nel parcheggio|in macchina|in auto|sulla navetta|al corso|"
    r"all['\u2019]incontro|en la entrevista|en el coche|en el aparcamiento|en el curso|à "
    r"l['\u2019]entretien|dans la voiture|au parking|na entrevista|no carro|no estacionamento|"
    r"beim gespräch|im auto|auf dem parkplatz|im kurs|bij het gesprek|in de auto|op de parkeer\w*|"
    r"na rozmowie|w samochodzie|na parkingu|na kursie|på intervjun|i bilen|på samtalen|"
    r"på intervjuet)\b)"
)
_NO_PLACE = re.compile(
    # Italian, Spanish, French, Portuguese: "non c'è (più) posto per te", "no hay sitio para
    # ti", "il n'y a pas de place pour toi", "não há lugar para você"
    r"(?<!\bse )(?<!\bsi )\bnon c['\u2019]è (?:più |ancora )?(?:un )?posto per (?:te|lei|voi)\b"
    + _NOT_LOGISTICS
    + r"|(?<!¿)(?<!\bsi )\bno (?:hay|habrá|tenemos) (?:más |un )?(?:sitio|lugar|hueco|plaza|cupo) "
    r"para (?:ti|usted|vos)\b"
    + _NOT_LOGISTICS
    + r"|\b(?:il )?n['\u2019]y (?:a|aura) (?:malheureusement )?(?:pas|plus) (?:de )?place pour "
    r"(?:toi|vous)\b"
    + _NOT_LOGISTICS
    + r"|\bnão (?:há|haverá|temos) (?:mais )?(?:lugar|vaga|espaço) para (?:você|ti|si|o senhor|"
    r"a senhora)\b"
    + _NOT_LOGISTICS
    # German, Dutch, Polish, Czech: "ist (leider) kein Platz für dich", "er is geen plek voor
    # jou" (not "is er geen": the Dutch inverted "if"), "nie ma dla Ciebie miejsca", "není pro
    # vás místo"
    + r"|\b(?:ist|gibt es|haben wir) (?:\w+ ){0,3}?kein(?:en)? platz (?:mehr )?für "
    r"(?:dich|sie|euch)\b"
    + _NOT_LOGISTICS
    + r"|\b(?:er is|hebben we) (?:\w+ ){0,2}?geen (?:plek|plaats|ruimte) (?:meer )?voor "
    r"(?:jou|je|u)\b"
    + _NOT_LOGISTICS
    + r"|(?<!czy )\bnie ma (?:już )?(?:dla (?:ciebie|pana|pani|was) miejsca|miejsca dla "
    r"(?:ciebie|pana|pani|was))\b"
    + _NOT_LOGISTICS
    + r"|\b(?:není|nemáme) (?:\w+ )?(?:pro vás|pro tebe) (?:\w+ )?místo\b"
    r"|\b(?:pro vás|pro tebe) (?:\w+ ){0,2}?(?:není|nemáme) (?:\w+ )?místo\b"
    # Swedish, Danish, Norwegian: "det finns ingen plats för dig", "der er ikke plads til dig"
    r"|\b(?:finns det|det finns) (?:\w+ )?(?:ingen plats|inte plats) för (?:dig|er)\b"
    r"|\b(?:er der|der er|er det|det er) (?:\w+ )?(?:ikke plads|ingen plads|ikke plass|ingen "
    r"plass) (?:til|for) (?:dig|deg|jer|dere)\b" + _NOT_LOGISTICS
)
# not the team complete "with you" (a welcome: "Con te la squadra è al completo", "Avec toi,
# l'équipe est au complet", "Con tu incorporación, el equipo ya está completo")
_NOT_WITH_YOU = "".join(
    f"(?<!{words} )"
    for words in (
        "con te",
        "con te,",
        "con lei,",
        "contigo",
        "contigo,",
        "con usted,",
        "avec toi",
        "avec toi,",
        "avec vous,",
        "com você",
        "com você,",
        "consigo,",
        "mit dir",
        "mit dir,",
        "mit ihnen",
        "mit ihnen,",
        "met jou",
        "met jou,",
        "met u,",
        "z tobą",
        "z tobą,",
        "incorporación,",
        "incorporación",
        "arrivo,",
        "arrivée,",
        "chegada,",
        "ingresso,",
        "eintritt",
        "eintritt,",
        "komst,",
    )
)
_TEAM_COMPLETE = re.compile(
    # Italian: "abbiamo già chiuso / completato la squadra (della cucina)"
    r"\babbiamo (?:già )?(?:chiuso|completato|riempito) (?:la squadra|il team|l['\u2019]organico|"
    r"lo staff|la brigata)\b"
    + "|"
    + _NOT_WITH_YOU
    + r"\b(?:la squadra|il team|l['\u2019]organico|lo staff|la brigata) (?:\w+ ){0,3}?è (?:già )?"
    r"(?:al completo|completa|completo|chius[oa])\b"
    # Spanish, French, Portuguese: "ya cerramos el equipo", "l'équipe est déjà complète"
    r"|(?<!¿)\bya (?:cerramos|completamos|armamos|tenemos completo) (?:el equipo|la plantilla|el "
    r"personal)\b"
    + "|"
    + _NOT_WITH_YOU
    + r"\b(?:el equipo|la plantilla) (?:\w+ ){0,3}?(?:ya )?está (?:ya )?(?:complet[oa]|"
    r"cerrad[oa])\b"
    r"|\b(?:on a|nous avons) (?:déjà )?(?:bouclé|complété|fermé) (?:l['\u2019]équipe|la brigade)\b"
    + "|"
    + _NOT_WITH_YOU
    + r"\b(?:l['\u2019]équipe|la brigade) (?:\w+ ){0,3}?est (?:déjà )?(?:au complet|complète)\b"
    r"|\b(?:já )?(?:fechamos|completamos) (?:a equipe|a equipa|o quadro)\b"
    + "|"
    + _NOT_WITH_YOU
    + r"\b(?:a equipe|a equipa|o quadro) (?:\w+ ){0,3}?(?:já )?está (?:já )?(?:complet[ao]|"
    r"fechad[ao])\b"
    # German, Dutch, Polish: "das (Küchen)team ist schon komplett", "het team is al compleet",
    # "skład jest już pełny"
    # ("komplett", "voll", "vol" only at a clause's end or before "besetzt" / "bezet": "das
    # Team ist komplett begeistert", "het team is vol vertrouwen" are no team complete)
     + "|" + _NOT_WITH_YOU + r"\b(?:das \w*team|die mannschaft) (?:\w+ ){0,4}?ist (?:\w+ ){0,4}?"
    r"(?:komplett|voll|vollständig)(?=\s*(?:[.,;:!)]|$|besetzt\b))"
    r"|\bwir haben (?:das \w*team|die mannschaft) (?:schon |bereits )?(?:komplett|voll)"
    r"(?=\s*(?:[.,;:!)]|$))"
    + "|"
    + _NOT_WITH_YOU
    + r"\b(?:het team|de ploeg) (?:\w+ ){0,3}?is (?:al |inmiddels )?(?:compleet|vol|rond)"
    r"(?=\s*(?:[.,;:!)]|$|bezet\b))"
    + "|"
    + _NOT_WITH_YOU
    + r"\b(?:zespół|skład|ekipa) (?:\w+ ){0,3}?(?:jest|mamy) (?:już )?(?:pełny|pełna|"
    r"skompletowany|skompletowana|zamknięty|zamknięta)\b"
    r"|\b(?:skompletowaliśmy|zamknęliśmy) (?:już )?(?:zespół|skład|ekipę)\b"
)

# Twenty-seventh pass, part D: Spanish in the perfect ("este año hemos completado los equipos /
# la cuadrilla con gente del pueblo"), European Portuguese's preterite in "-ámos" ("já fechámos a
# equipa de verão com …"), never a match, a tournament, a trip's or a game's teams, nor a team
# completed with the reader
_TEAM_COMPLETED = re.compile(
    _NOT_WITH_YOU
    + r"\b(?:hemos|habíamos) (?:ya )?(?:completado|cerrado|cubierto|armado) (?:ya )?(?:el equipo|"
    r"los equipos|la plantilla|la cuadrilla|las cuadrillas|el personal)\b"
    r"(?![^.!?\n]*\b(?:contigo|con usted|con vosotros|torneo|partido|partidos|liga|fútbol|"
    r"baloncesto|pádel|carrera|excursión|concurso|juego|juegos|gincana|gymkhana|campamento|"
    r"olimpiada|trivial|quiz|"
    # (twenty-seventh pass, part Q: nor news naming who came, nor works starting for a client)
    r"llegada|fichaje|nombramiento|directivo|directiva|empezamos|arrancamos|comenzamos|"
    r"bienvenid[oa]s?)\b)"
    + "|"
    + _NOT_WITH_YOU
    # (twenty-seventh pass, part Q: nor "com a tua entrada completámos a equipa")
    + "".join(f"(?<!{word} )" for word in ("entrada", "entrada,", "chegada", "chegada,"))
    + r"\b(?:fechámos|completámos|fechámos já|completámos já) (?:a equipa|a equipe|o quadro|"
    r"as equipas|a vaga|as vagas)\b"
    r"(?![^.!?\n]*\b(?:contigo|consigo|torneio|jogo|jogos|futebol|campeonato|excursão|passeio|"
    r"concurso|corrida|acampamento|quiz|"
    r"chegada|arrancamos|começamos|iniciamos|bem-vind[oa]s?|workshop|curso|formação|aula|aulas|"
    r"sessão|inscrições)\b)"
)

# ---------------------------------------------------------------------------------------------
# The post not filled, or a decision not to fill it: French, Italian, Portuguese, Dutch, Polish
# ---------------------------------------------------------------------------------------------

_NOT_DATED = (
    r"(?! (?:\w+ )?(?:avant|d['\u2019]ici|en interne|jusqu|par|da|por|door|przez|prima|entro|"
    r"internamente|fino|antes|"
    r"até|internamente|voor|vóór|intern|tot|przed|wewnętrznie|do (?:końca|czasu)|by|before|"
    r"until)\b)"
)
_NOT_FILLED = re.compile(
    # French: "le poste ne sera pas pourvu", "nous avons décidé de ne pas pourvoir le poste"
    r"\b(?:le|ce) (?:poste|recrutement) (?:\w+ )?ne (?:sera|va|peut|pourra) (?:\w+ )?(?:pas|plus) "
    r"(?:être )?(?:pourvu|attribué|ouvert|maintenu)\b"
    + _NOT_DATED
    + r"|\b(?:décidé|choisi) de ne pas (?:pourvoir|maintenir|ouvrir|recruter pour) "
    r"(?:le|ce|ces) (?:poste|postes|recrutement)\b"
    r"|\bnous ne recruterons (?:\w+ )?personne (?:pour|sur) (?:ce|le) poste\b"
    + _NOT_DATED
    # Italian: "la posizione non verrà coperta", "abbiamo deciso di non coprire la posizione"
    + r"|\b(?:la posizione|il posto|il ruolo|la posizione aperta) (?:\w+ ){0,2}?non (?:verrà|sarà|"
    r"potrà essere) (?:più )?(?:coperta?|coperto|ricopert[oa]|assegnat[oa])\b"
    + _NOT_DATED
    + r"|\bdeciso di non (?:coprire|ricoprire|assegnare|procedere con) (?:la|il|questa|questo) "
    r"(?:posizione|ruolo|posto|assunzione)\b"
    r"|\bnon assumeremo (?:\w+ )?nessuno (?:per|su) (?:questo|il|questa|la) (?:ruolo|posizione|"
    r"posto)\b"
    + _NOT_DATED
    # Portuguese: "a vaga não será preenchida", "decidimos não preencher a vaga"
    + r"|\b(?:a vaga|o cargo|a posição|o posto) (?:\w+ ){0,2}?não (?:será|vai ser|poderá ser) "
    r"(?:mais )?(?:preenchid[oa]|ocupad[oa])\b"
    + _NOT_DATED
    + r"|\b(?:decidimos|optámos por|optamos por) não (?:preencher|ocupar|abrir) (?:a|o|esta|este) "
    r"(?:vaga|cargo|posição|posto)\b"
    r"|\bnão vamos contratar (?:\w+ )?ninguém (?:para|na) (?:esta|a|essa) (?:vaga|posição|função)\b"
    + _NOT_DATED
    # Dutch: "de vacature wordt niet ingevuld", "we hebben besloten de functie niet in te vullen"
    + r"|\b(?:de|deze) (?:vacature|functie|positie|baan) (?:wordt|zal) (?:\w+ )?niet (?:meer )?"
    r"(?:ingevuld|vervuld|opgevuld|worden ingevuld|worden vervuld)\b"
    + _NOT_DATED
    + r"|\bbesloten (?:om )?(?:de|deze) (?:vacature|functie|positie) niet (?:meer )?(?:in te "
    r"vullen|te vervullen|open te stellen)\b"
    r"|\bwe nemen (?:\w+ )?niemand aan (?:voor|op) (?:deze|de) (?:functie|vacature|positie)\b"
    + _NOT_DATED
    # Polish: "stanowisko nie zostanie obsadzone", "zdecydowaliśmy się nie obsadzać stanowiska"
    # (not "nie zostanie obsadzone": "zostanie", will be, is a word of a decision still to come
    # in the Polish readings; "pozostanie nieobsadzone", will stay unfilled, is read)
    + r"|\b(?:stanowisko|to stanowisko|ten etat|wakat) (?:\w+ ){0,2}?(?:pozostanie|pozostaje) "
    r"(?:\w+ )?(?:nieobsadzone|nieobsadzony|wolne)\b"
    + _NOT_DATED
    + r"|\bzdecydowaliśmy (?:się )?nie (?:obsadzać|obsadzić) (?:tego |tej )?(?:stanowiska|"
    r"posady|wakatu)\b"
    r"|\bnikogo nie zatrudnimy (?:na|do) (?:to|tego|ten) (?:stanowisko|stanowiska|etat|zespołu)\b"
    + _NOT_DATED
)

READINGS = readings(
    ("reader_out", _NO_FURTHER),
    ("reader_out", _TEST_FAILED),
    ("chose_other", _GIVEN_TO),
    ("chose_other", _OTHERS_FOUND),
    ("reader_out", _NO_INTERVIEW),
    ("reader_out", _NO_PLACE),
    ("role_gone", _TEAM_COMPLETE),
    ("role_gone", _TEAM_COMPLETED),
    ("role_gone", _NOT_FILLED),
)
