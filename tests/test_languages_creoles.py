"""Twenty-fifth pass, part D (issue 11): the usual refusal formulas of slice 23's missed
languages. Creoles and pidgins (Jamaican Patois, Nigerian Pidgin, Mauritian Creole, Cape
Verdean Creole) and regional or constructed languages (Sicilian, Friulian, Ilocano,
Interlingua, Low German) are read by rejectwatch.model.languages_creoles; Spanish, German,
Polish and Tagalog forms by rejectwatch.model.languages_usual. Each refusal gives a decision
token; its twins (a receipt, a promise to write if something opens, an invitation, an offer, a
day moved, the reader chosen) give none. The sentences are written for these tests, in other
trades than the slice's."""

from __future__ import annotations

import pytest

from readings import decision, marks
from rejectwatch.model import negation

ANY = (negation.READER_OUT, negation.CHOSE_OTHER, negation.ROLE_GONE)


@pytest.mark.parametrize(
    "text",
    [
        # Jamaican Patois
        "Tanks fi come check wi. Di manager gi di job to one gyal weh did work a one bakery.",
        "Wi pick smaddy else fi di cashier work.",
        "Wi done hire anodda person fi di security post, sorry.",
        "Di position full up now, so nuh badda feel no way.",
        "Di work tek aready, mi sorry.",
        "Yuh neva get di job dis time, but tanks fi come.",
        "Wi cyaa tek yuh on fi di mechanic work.",
        # Nigerian Pidgin
        "We don see person wey sabi cook well well for the restaurant.",
        "Oga don give the work to another person.",
        "We don pick another person for the cashier work.",
        "We no go fit carry you go front for the security work.",
        "We no fit employ you for this work, make you no vex.",
        "You no pass the interview this time.",
        "The work don full, another person don take am.",
        # Mauritian Creole
        "Nou finn swazir enn lot kandida pou sa pos-la.",
        "Nou finn pran enn lot dimounn pou travay dan lakwizinn.",
        "Pos-la finn ranpli, mersi pou ou lintere.",
        "Malerezman ou pa finn seleksione pou pos sekreter.",
        "Nou pa pou kapav kontinie avek ou aplikasion.",
        # Cape Verdean Creole
        "Nu skodje otu pesoa pa kel lugar di kozinheru.",
        "Nu dja kontrata otu algen pa trabadju di motorista.",
        "Vaga dja sta prenxidu, obrigadu pa bu interesi.",
        "Bu ka fika selesionadu pa kel vaga.",
        # Sicilian
        "Avemu sciugghiutu a n'autra picciotta pû postu di cammarera.",
        "Avemu pigghiatu a n'autru cristianu pû magazzinu.",
        "U postu è già pigghiatu, n'addispiaci.",
        "Nun vi putemu pigghiari pû postu di cuocu.",
        # Friulian
        "O vin sielzût un altri candidât pal puest di cjamarîr.",
        "O vin cjolt une altre persone pe ostarie.",
        "Il puest al è za cjapât, nus displâs.",
        # Ilocano
        "Nakapilikamin iti sabali nga aplikante para iti puesto.",
        "Nagpilikami iti sabali a tao para iti trabaho.",
        "Saanka a napili para iti puesto a kusinero.",
        "Napunnon ti puesto, agyamankami iti panagaplaymo.",
        # Interlingua
        "Nos ha seligite un altere candidato pro le posto de contabile.",
        "Nos ha eligite un altere persona con plus de experientia.",
        "Le posto ha jam essite occupate.",
        "Vostre candidatura non ha essite seligite.",
        # Low German
        "Wi hebbt uns för en anner Bewerbersch entscheedt.",
        "Wi hebbt uns för en annern Kandidaat entschieden.",
        "De Steed is al vergeven, dat deit uns leed.",
        "Wi hebbt en annern nahmen för de Warkstee.",
        # Spanish (Colombia and elsewhere)
        "El proceso ya se cerró: la persona seleccionada tiene más años en tesorería.",
        "La persona elegida viene de otra empresa del sector.",
        "El cargo ya fue provisto.",
        "Usted no fue seleccionado para continuar en el proceso.",
        "Su hoja de vida no fue seleccionada en esta ocasión.",
        "Finalmente optamos por un candidato interno.",
        "Optamos por otra persona con más experiencia en bodega.",
        # German
        "Nach den Gesprächen ist unsere Wahl auf eine Kollegin gefallen, die mehr Erfahrung hat.",
        "Unsere Wahl ist auf einen Bewerber gefallen, der schon im Haus arbeitet.",
        "Leider kommen Sie für die Stelle nicht in Frage.",
        "Sie kommen für diese Position leider nicht in Betracht.",
        # Polish
        "Stanowisko magazyniera obsadziliśmy osobą z doświadczeniem.",
        "Obsadziliśmy już to stanowisko kandydatem z branży.",
        "Na tym etapie kończymy z Panem współpracę w tym procesie.",
        "Kończymy z Panią proces rekrutacji na to stanowisko.",
        "Niestety nie przechodzi Pan do kolejnego etapu rekrutacji.",
        "Nie przeszła Pani do następnego etapu.",
        # Tagalog
        "Ikinalulungkot namin, hindi ka pumasa sa aming screening.",
        "Hindi ka pumasa sa final interview.",
        "Hindi po kayo pumasa sa aming pagsusulit para sa posisyon.",
    ],
)
def test_creole_and_regional_refusals_give_a_decision(text: str) -> None:
    assert any(token in marks(text) for token in ANY), marks(text)


@pytest.mark.parametrize(
    "text",
    [
        # Jamaican Patois
        "Tanks fi yuh application, wi wi call yuh fi di interview pon Monday.",
        "Di boss gi di job to yuh, come in tomorrow fi start.",
        "If wi pick smaddy else, wi wi let yuh know.",
        # Nigerian Pidgin
        "We don see your CV, we go call you next week.",
        "We don see your application, thank you.",
        "We go carry you go front to the next stage.",
        "If we no fit employ you, we go tell you.",
        "We no go fit see you on Monday, make we do Tuesday.",
        # Mauritian Creole
        "Nou finn resevwar ou aplikasion, nou pou kontak ou.",
        "Nou finn swazir ou pou enn lantretien lindi.",
        "Si pos-la finn ranpli, nou pou dir ou.",
        # Cape Verdean Creole
        "Nu resebe bu kandidatura, obrigadu.",
        "Nu skodje-bu pa entrevista na sigunda-fera.",
        # Sicilian
        "Avemu arricivutu a vostra dumanna, vi chiamamu prestu.",
        "Avemu sciugghiutu a vui pû postu, accuminzati lunedì.",
        # Friulian
        "O vin ricevût la tô domande, ti clamìn la setemane che ven.",
        "O vin sielzût te pal colloqui di martars.",
        # Ilocano
        "Naawatmi ti aplikasionmo, agurayka iti tawagmi.",
        "Napilika para iti interbiu inton Lunes.",
        # Interlingua
        "Nos ha recipite vostre candidatura e vos contactara tosto.",
        "Nos ha seligite vos pro un interview le lunedi.",
        # Low German
        "Wi hebbt dien Bewerbung kregen, wi mellt uns.",
        "Wi hebbt uns för di entscheedt, kumm Maandag.",
        # Spanish
        "La persona seleccionada deberá presentarse el lunes con sus documentos.",
        "Si usted es la persona seleccionada, le llamaremos.",
        "Usted fue seleccionado para la entrevista del jueves.",
        "La persona seleccionada trabajará en el turno de noche.",
        "La persona seleccionada tiene que presentar sus antecedentes.",
        "Para este cargo optamos por un perfil flexible y con ganas de aprender.",
        "Su hoja de vida fue seleccionada para la siguiente etapa.",
        # German
        "Unsere Wahl ist auf Sie gefallen, herzlichen Glückwunsch!",
        "Die Wahl des Termins fiel auf Montag.",
        "Prüfen Sie bitte, ob Sie für die Stelle in Frage kommen.",
        "Sie kommen für die nächste Runde in Frage, wir melden uns.",
        # Polish
        "Stanowisko obsadzimy do końca miesiąca.",
        "Przechodzi Pan do kolejnego etapu rekrutacji.",
        "Stanowisko kasjera obsadziliśmy, ale mamy dla Pani inną propozycję.",
        "Jeśli nie przechodzi Pan do kolejnego etapu, poinformujemy mailowo.",
        # Tagalog
        "Pumasa ka sa aming screening, binabati kita!",
        "Kung hindi ka pumasa sa screening, padadalhan ka namin ng email.",
    ],
)
def test_creole_and_regional_twins_give_no_decision(text: str) -> None:
    assert not decision(text), marks(text)
