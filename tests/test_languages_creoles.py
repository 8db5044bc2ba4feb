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


# Twenty-fifth pass, part L: written-34's language misses, and each language's usual formulas
# (Catalan said informally, Occitan, Neapolitan, Swiss German, West Frisian, Cebuano; more
# Jamaican, Nigerian Pidgin, Sicilian, Low German, Kriolu and Ilocano forms). The sentences are
# written for these tests, in other trades than the batch's.
@pytest.mark.parametrize(
    "text",
    [
        # Jamaican Patois
        "Di kitchen work gaan to smaddy weh live round di corner.",
        "Di security job gaan to one yute from Spanish Town.",
        "Di boss gi di driver work to smaddy weh know di route.",
        "Wi nah tek on nobody else dis month, sorry.",
        "So yuh cyaan get di job dis time, but tanks.",
        "Dem no pick yuh fi di cashier post.",
        # Nigerian Pidgin
        "Madam don give am to another person wey get experience.",
        "The cleaner work don go to another person.",
        "We don get person for the cashier work already.",
        "We no fit move your application reach next stage.",
        "We no go fit carry your name go next round this time.",
        "Oga no select you for the gateman work.",
        "The company no go hire anybody again this year.",
        # Sicilian and Neapolitan
        "Pigghiammu a n'autra picciotta ca sapi fari i cannoli.",
        "Scigghiemmu a n'autru pû banconi.",
        "Pi ora nun c'è postu pi tia, n'addispiaci.",
        "Avimmo scigliuto a n'ata perzona pe' 'o bancone.",
        "Avimmo già pigliato a n'ato cameriere.",
        "'O posto è già pigliato, ce dispiace.",
        "Mo nun ce sta posto pe' te.",
        "Nun ve putimmo piglià pe' chisto lavoro.",
        # Low German
        "De Stell hett al en annern Bewerber kregen.",
        "Dat warrt dütmal nix mit uns, dat deit mi leed.",
        "Wi köönt di keen Steed anbeden.",
        "Wi hebbt al een funnen för de Steed.",
        # Catalan, said informally
        "Al final hem agafat un noi que viu al poble.",
        "Hem triat una altra persona amb més experiència.",
        "Ens hem quedat amb un altre candidat.",
        "Ja hem trobat algú per a la botiga.",
        "La plaça ja està coberta, ho sento molt.",
        # Occitan
        "Lo trabalh es anat a un autre candidat.",
        "Avèm pres una autra persona per la botiga.",
        "Avèm causit qualqu'un mai.",
        "Contunharem pas amb vòstra candidatura.",
        "Lo pòste es ja ocupat.",
        # Swiss German
        "Mir hend üs für en andere Bewerber entschiede.",
        "Mir händ üs leider für öpper anders entschide.",
        "D'Stell isch scho vergä, tuet mer leid.",
        "Mir chönd dir leider kei Stell aabiete.",
        # West Frisian
        "Wy hawwe de baan jûn oan immen oars.",
        "Wy hawwe immen oars keazen foar de winkel.",
        "De baan is al fergeven.",
        "Foar jo hawwe wy gjin plak mear.",
        "Wy ha gjin plak foar dy yn it team.",
        # Cebuano
        "Naa na mi laing napili para sa trabaho.",
        "Gikuha na namo ang laing aplikante.",
        "Napuno na ang posisyon, pasensya.",
        "Dili na mi makapadayon sa imong aplikasyon.",
        # Kriolu and Ilocano
        "Nu ka ta kontinua ku bu kandidatura.",
        "Saankami nga agtultuloy iti aplikasionmo.",
    ],
)
def test_part_l_refusals_give_a_decision(text: str) -> None:
    assert any(token in marks(text) for token in ANY), marks(text)


@pytest.mark.parametrize(
    "text",
    [
        # Jamaican Patois
        "Di kitchen work gaan to yuh, come Monday.",
        "Wi nah tek on nobody widout references.",
        "If yuh cyaan get di work permit, call mi.",
        "Yuh cyaan get di work done widout di tools.",
        "Dem no pick yuh up from di airport, so tek a taxi.",
        # Nigerian Pidgin
        "Oga don give am to you, come collect am tomorrow.",
        "We go move your matter reach next stage.",
        "If we no fit move your matter reach next stage, we go call you.",
        "We no go hire anybody until January.",
        "We don get your CV for the work, we go call you.",
        # Sicilian and Neapolitan
        "Pigghiammu a tia pû postu, accuminci lunedì.",
        "Nun c'è postu pi tia lunedì, veni martedì.",
        "Se nun ce sta posto pe' te, te chiammammo.",
        "Avimmo pigliato a te pe' 'o bancone.",
        # Low German
        "De Steed hett veel Bewerbungen kregen.",
        "Wi hebbt dien Bewerbung kregen.",
        # Catalan
        "Hem agafat la teva sol·licitud, et truquem aviat.",
        "Al final hem agafat una noia per ensenyar-te la feina.",
        "Ja hem trobat algú? Digues-m'ho.",
        "Si la plaça ja està coberta, t'avisarem.",
        # Occitan
        "Avèm recebut vòstra candidatura.",
        "Se lo pòste es ja ocupat, vos o dirèm.",
        # Swiss German
        "Mir händ üs für dich entschide, härzliche Glückwunsch!",
        "Falls d'Stell scho vergä isch, mälde mir üs.",
        "Mir händ dini Bewerbig übercho.",
        # West Frisian
        "Wy hawwe de baan jûn oan dy, kom moandei.",
        "As wy gjin plak foar dy hawwe, litte wy it witte.",
        "Wy hawwe dyn sollisitaasje ûntfongen.",
        # Cebuano
        "Nadawat namo ang imong aplikasyon, tawagan ka namo.",
        "Kung napuno na ang posisyon, ipahibalo namo ka.",
        "Dili na mi makapadayon ugma, sa Lunes na lang ta.",
        # Kriolu and Ilocano
        "Nu ta kontinua ku bo na sigunda-fera.",
        "Agtultuloykami kenka iti sumaruno a paset.",
    ],
)
def test_part_l_twins_give_no_decision(text: str) -> None:
    assert not decision(text), marks(text)
