"""Nineteenth pass, part B (issue 11): Maltese, Basque, Irish and Luxembourgish, the forms the
eighteenth pass's Macedonian, Galician, Bengali and Tamil readings lacked, and the familiar
register's "we can't take you" (rejectwatch.model.added_languages). Each refusal gives its
shared token; its twins (a conditional, a decision still to come, a step withheld for want of
papers, a post still to fill, a lift not given) give none; the guard holds an invitation or an
offer and not one negated; the gate shuts on a loan, a flat or a scholarship and stays open
beside a job word. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from readings import decision, marks
from rejectwatch.model import negation
from rejectwatch.model.features import Document
from rejectwatch.model.gate import decided_for_reader
from rejectwatch.model.guard_abroad import held_abroad

OUT, OTHER, GONE = negation.READER_OUT, negation.CHOSE_OTHER, negation.ROLE_GONE


def gate(subject: str, body: str) -> bool:
    return decided_for_reader([Document(subject, body, "team@firm.example")])[0]


@pytest.mark.parametrize(
    ("text", "token"),
    [
        # Maltese
        ("Jiddispjaċina ngħidulek li ma ġejtx magħżula għal din il-pożizzjoni.", OUT),
        ("Sfortunatament, l-applikazzjoni tiegħek ma ġietx aċċettata.", OUT),
        ("Iddeċidejna li ma nkomplux bl-applikazzjoni tiegħek.", OUT),
        ("Ma nistgħux noffrulek il-pożizzjoni f'dan il-mument.", OUT),
        ("Wara ħafna ħsieb, għażilna kandidat ieħor.", OTHER),
        ("Intgħażlet kandidata oħra għal dan ir-rwol.", OTHER),
        ("Il-pożizzjoni diġà ġiet mimlija.", GONE),
        ("Ngħarrfuk li l-post ta' kuntrattur diġà ġie mimli.", GONE),
        # Basque
        ("Tamalez, ez zaitugu hautatu lanpostu honetarako.", OUT),
        ("Zure hautagaitzak ez du aurrera egin.", OUT),
        ("Ezin dizugu lanpostua eskaini.", OUT),
        ("Zure hautagaitzarekin ez jarraitzea erabaki dugu.", OUT),
        ("Azkenean beste hautagai bat aukeratu dugu.", OTHER),
        ("Beste pertsona batekin jarraitzea erabaki dugu.", OTHER),
        ("Lanpostua dagoeneko bete dugu.", GONE),
        # Irish
        ("Ar an drochuair, níor éirigh leat an uair seo.", OUT),
        ("Níor éirigh le d'iarratas.", OUT),
        ("Ní bheidh muid ag leanúint ar aghaidh le d'iarratas.", OUT),
        ("Roghnaíomar iarrthóir eile don phost.", OTHER),
        ("Tá an post líonta cheana.", GONE),
        ("Is oth linn a rá go bhfuil an folúntas líonta anois.", GONE),
        # Luxembourgish
        ("Leider gouf Är Kandidatur net berécksiichtegt.", OUT),
        ("Dir sidd leider net ausgewielt ginn.", OUT),
        ("Leider sidd Dir net ausgewielt ginn.", OUT),
        ("Mir hunn eis fir en anere Kandidat entscheet.", OTHER),
        ("D'Plaz ass schonn besat.", GONE),
        # Zulu, Xhosa
        ("Ngeshwa, isicelo sakho asiphumelelanga.", OUT),
        ("Siyaxolisa, awukhethwanga kulesi sikhundla.", OUT),
        ("Sikhethe omunye umfakisicelo.", OTHER),
        ("Isikhundla sesigcwalisiwe.", GONE),
        ("Ngelishwa, isicelo sakho asiphumelelanga.", OUT),
        # Somali
        ("Nasiib darro, codsigaaga lama aqbalin.", OUT),
        ("Laguma dooran jagadan.", OUT),
        ("Waxaan dooranay musharax kale.", OTHER),
        ("Jagada waa la buuxiyay.", GONE),
        # Amharic
        ("እንደ አለመታደል ሆኖ ማመልከቻዎ ተቀባይነት አላገኘም።", OUT),
        ("ለዚህ የሥራ መደብ አልተመረጡም።", OUT),
        ("ሌላ እጩ መርጠናል።", OTHER),
        ("ቦታው ተሞልቷል።", GONE),
        # the eighteenth pass's languages, in the forms their readings lacked
        ("Се одлучивме да продолжиме со друга кандидатка.", OTHER),
        ("Por agora non segues no proceso.", OUT),
        ("এই পদে আরেকজন প্রার্থীকে বেছে নেওয়া হয়েছে।", OTHER),
        ("மற்றொரு வேட்பாளரைத் தேர்வு செய்துள்ளோம்.", OTHER),
        # the familiar register, and the team already full
        ("Désolée, on ne va pas pouvoir t'embaucher.", OUT),
        ("On ne te prendra pas pour la saison, désolé.", OUT),
        ("Nous ne pourrons pas vous engager.", OUT),
        ("Notre équipe de cueillette est déjà au complet.", GONE),
        ("Malheureusement, l'offre de stage est désormais pourvue.", GONE),
        ("Wir können dich diesmal leider nicht einstellen.", OUT),
        ("Du bist leider nicht in die nächste Runde gekommen.", OUT),
        ("Unser Team ist bereits komplett.", GONE),
        ("No vamos a poder contratarte este verano.", OUT),
        ("El equipo de sala ya está completo.", GONE),
        ("Purtroppo non possiamo assumerti.", OUT),
        ("Não vamos poder te contratar desta vez.", OUT),
    ],
)
def test_added_languages_refusals_give_their_token(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize(
    "text",
    [
        # conditionals and decisions still to come
        "Jekk ma ntgħażiltx, ninfurmawk bl-email.",
        "F'każ li l-applikazzjoni tiegħek ma ġietx aċċettata, nibagħtulek messaġġ.",
        "Malli nagħżlu kandidat ieħor, ninfurmawk.",
        "Hautatzen ez bazaitugu, mezu bat bidaliko dizugu.",
        "Beste hautagai bat aukeratu badugu, jakinaraziko dizugu.",
        "Oraindik ez dugu beste hautagai bat aukeratu.",
        "Mura n-éiríonn leat, cuirfimid ríomhphost chugat.",
        "Má tá iarrthóir eile roghnaithe, cuirfimid in iúl duit.",
        "Wann Dir net ausgewielt gi sidd, kritt Dir eng E-Mail.",
        "Soubal mir eis fir en anere Kandidat entscheet hunn, schreiwe mir Iech.",
        "Se non continúas no proceso, avisarémoste.",
        "Uma ungezwa lutho kithi, isicelo sakho asiphumelelanga.",
        "Haddii codsigaaga lama aqbalin, waan kuu soo sheegi doonaa.",
        "ካልተመረጡ በኢሜል እናሳውቅዎታለን።",
        "ማመልከቻዎ ተቀባይነት አላገኘም ከሆነ እናሳውቅዎታለን።",
        "যদি অন্য একজন প্রার্থীকে নির্বাচন করা হয়েছে, তাহলে জানাব।",
        "Si l'équipe est au complet, on ne pourra pas te prendre cette année.",
        "Falls das Team schon komplett ist, können wir dich nicht einstellen.",
        "Si no podemos contratarte, te avisaremos.",
        "Se não podemos te contratar, avisamos.",
        # silence rules: no answer by a date read as the refusal
        "Jekk ma tismax mingħandna fi żmien ġimgħatejn, ikkunsidra li l-applikazzjoni tiegħek ma "
        "ġietx aċċettata.",
        "Bi asteko epean erantzunik jasotzen ez baduzu, zure hautagaitzak ez du aurrera egin.",
        "Mura gcloiseann tú uainn laistigh de choicís, níor éirigh le d'iarratas.",
        "Wann Dir bis Enn Mee näischt vun eis héiert, gouf Är Kandidatur net berécksiichtegt.",
        "Si tu n'as pas de nouvelles d'ici vendredi, c'est que l'équipe est déjà au complet.",
        # what is withheld is a step without the papers, a lift, a cost, a joke
        "Ma nistgħux nkomplu mingħajr id-dokumenti tiegħek.",
        "On ne pourra pas te prendre à la gare samedi.",
        "Die Kosten können wir leider nicht übernehmen.",
        "Non possiamo prenderti in giro.",
        # a post still to fill, a team to be full
        "Il-pożizzjoni se tkun mimlija sa Diċembru.",
        "Lanpostua abenduan beteko da.",
        "Níl an post líonta fós.",
        "Nach bhfuil an post líonta?",
        "L'équipe sera au complet lundi.",
        "Le poste n'est pas encore pourvu.",
        "Nous vérifions si le poste est déjà pourvu.",
    ],
)
def test_added_languages_twins_without_a_decision(text: str) -> None:
    assert not decision(text)


def test_short_words_are_read_only_in_their_own_language() -> None:
    # Czech "má" (has) and Italian "mura" (walls) are no Irish conditional; Hungarian "ez"
    # (this) no Basque negation; "Meta" no Maltese "when"
    assert decision("Bohužel jsme se rozhodli pro jiného kandidáta, který má více zkušeností.")
    assert decision("Abbiamo scelto un altro candidato, vicino alle mura della città.")
    assert decision("Meta has decided not to move forward with your application.")
    assert held_abroad("Ez a második forduló: meghívjuk Önt egy interjúra.")
    # Zulu "uma" only before the reader's verb: Portuguese "uma" (a) keeps its decision
    assert decision("Uma última vaga foi preenchida por outra candidata.")


@pytest.mark.parametrize(
    "text",
    [
        "Nixtiequ nistednuk għal intervista nhar it-Tnejn.",
        "Elkarrizketa batera gonbidatu nahi zaitugu.",
        "Ba mhaith linn cuireadh a thabhairt duit chuig agallamh.",
        "Mir wëllen Iech gär op e Gespréich invitéieren.",
        "Nixtiequ noffrulek il-pożizzjoni ta' skrivan.",
        "Lanpostua eskaini nahi dizugu.",
        "Ba mhaith linn an post a thairiscint duit.",
        "Siyakumema enhlolokhono ngoMsombuluko.",
        "Waxaan ku martiqaadaynaa wareysi Isniinta.",
        "ለቃለ መጠይቅ ልንጋብዝዎ እንወዳለን።",
        "Sikunikeza isikhundla somabhalane.",
    ],
)
def test_added_languages_invitations_and_offers_are_held(text: str) -> None:
    assert held_abroad(text)
    assert not decision(text)


@pytest.mark.parametrize(
    "text",
    [
        "Jiddispjaċina, ma nistgħux nistednuk għal intervista.",
        "Tamalez, ezin zaitugu elkarrizketara gonbidatu.",
        "Jekk tgħaddi t-test, nistednuk għal intervista.",
        "Asikwazi ukukumema enhlolokhono.",
    ],
)
def test_a_negated_or_conditional_invitation_is_not_held(text: str) -> None:
    assert not held_abroad(text)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Is-self", "Sfortunatament, l-applikazzjoni tiegħek għal is-self ma ġietx aċċettata."),
        ("Applikazzjoni", "Sfortunatament, l-applikazzjoni tiegħek għas-self ma ġietx aċċettata."),
        ("Alokairua", "Tamalez, beste pertsona bat aukeratu dugu etxebizitzarako."),
        ("Scoláireacht", "Ar an drochuair, níor éirigh le d'iarratas ar an scoláireacht."),
        ("Ibhasari", "Ngeshwa, isicelo sakho sebhasari asiphumelelanga."),
        ("ብድር", "እንደ አለመታደል ሆኖ የብድር ማመልከቻዎ ተቀባይነት አላገኘም።"),
    ],
)
def test_a_non_job_decision_in_these_languages_shuts_the_gate(subject: str, body: str) -> None:
    assert decision(body)
    assert not gate(subject, body)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Pożizzjoni ta' uffiċjal tas-self", "L-applikazzjoni tiegħek ma ġietx aċċettata."),
        ("Lanpostua: aseguru-agentea", "Tamalez, ez zaitugu hautatu."),
    ],
)
def test_a_job_word_keeps_the_gate_open(subject: str, body: str) -> None:
    assert gate(subject, body)
