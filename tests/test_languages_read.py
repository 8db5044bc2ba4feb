"""Twenty-first pass, part D (issue 11): refusals in languages already read, in the kinds blind
slice 19 found unread (rejectwatch.model.languages_read): a selection the reader cannot
continue and a required test not passed, the post or shift given to someone, others found who
fit better and no interview this time, no place for the reader and the team already complete;
the post not filled in French, Italian, Portuguese, Dutch and Polish (their pauses read nothing);
Romanian invitations in the third person (the guard); Belarusian "калі" told of the past
(rejectwatch.model.newer_languages). Each refusal gives its shared token; its twins (a
conditional, the reader's papers forwarded, jobs found for the reader, an interview moved, a
place in a car park, a selection closed before an offer, a post not filled before a date or
filled internally, a pause with the application kept open, a public body's confirmation) give
none. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from readings import decision, gate, marks, message_decisions
from rejectwatch.model import negation
from rejectwatch.model.classifier import held_back
from rejectwatch.model.features import Document
from rejectwatch.model.guard_abroad import held_abroad

OUT, OTHER, GONE = negation.READER_OUT, negation.CHOSE_OTHER, negation.ROLE_GONE


@pytest.mark.parametrize(
    ("text", "token"),
    [
        # the selection cannot go on
        (
            "Výsledek testu bohužel nebyl dostatečný, proto ve výběrovém řízení nemůžete "
            "pokračovat.",
            OUT,
        ),
        ("Bohužel nemůžete dále pokračovat ve výběrovém řízení na pozici skladníka.", OUT),
        ("Žiaľ, vo výberovom konaní nemôžete pokračovať.", OUT),
        ("Niestety nie może Pani dalej kontynuować udziału w procesie rekrutacji.", OUT),
        ("Daher können Sie am weiteren Auswahlverfahren leider nicht teilnehmen.", OUT),
        ("Vous ne pouvez malheureusement pas poursuivre le processus de recrutement.", OUT),
        ("Por este motivo no puede continuar en el proceso de selección.", OUT),
        ("Per questo motivo non può più proseguire nel percorso di selezione.", OUT),
        ("Por isso não pode continuar no processo de recrutamento.", OUT),
        ("Därför kan du tyvärr inte gå vidare i rekryteringsprocessen.", OUT),
        ("Derfor kan du desværre ikke fortsætte i rekrutteringsforløbet.", OUT),
        # a required test not passed
        ("Lékařskou prohlídku jste prošel, ale psychotest jste bohužel nesplnil.", OUT),
        ("Test z języka niemieckiego: niestety nie zdała Pani egzaminu.", OUT),
        ("Leider haben Sie den Einstellungstest nicht bestanden.", OUT),
        ("Malheureusement, vous n'avez pas réussi le test technique.", OUT),
        ("Lamentablemente no superó la prueba de conducción.", OUT),
        ("Purtroppo non ha superato la prova pratica in cucina.", OUT),
        ("Infelizmente não passou no teste de aptidão física.", OUT),
        ("Helaas bent u niet geslaagd voor de rekentoets.", OUT),
        ("Tyvärr klarade du inte testet för truckkort.", OUT),
        # the post or the shift given to someone
        ("Die Frühschicht haben wir inzwischen an jemanden aus dem Dorf vergeben.", OTHER),
        ("Den Aushilfsjob haben wir an eine Studentin aus der Nachbarschaft gegeben.", OTHER),
        ("Wir haben die Stelle schon an einen ehemaligen Azubi gegeben.", OTHER),
        (
            "Die Stelle als Sachbearbeiter/in Meldewesen haben wir an eine Kollegin aus dem "
            "eigenen Amt vergeben.",
            OTHER,
        ),
        (
            "De functie beleidsmedewerker hebben we aan een collega uit een ander team gegeven.",
            OTHER,
        ),
        ("Abbiamo affidato il turno della domenica a una ragazza del quartiere.", OTHER),
        ("Ten jste bohužel nesplnila, proto nemůžete ve výběrovém řízení dále pokračovat.", OUT),
        ("Pro vás letos bohužel nemáme místo.", OUT),
        ("De zaterdagdienst hebben we aan iemand uit het dorp gegeven.", OTHER),
        ("On a finalement confié le créneau à une personne du village.", OTHER),
        ("Abbiamo già affidato il turno serale a un ragazzo del paese.", OTHER),
        ("Le dimos el puesto a alguien que ya trabajaba con nosotros.", OTHER),
        ("Demos a vaga a outra pessoa do bairro.", OTHER),
        ("Oddaliśmy już tę zmianę komuś z sąsiedztwa.", OTHER),
        ("Weekendvagten har vi givet til en studerende fra byen.", OTHER),
        ("Kvällspasset har vi gett till någon från orten.", OTHER),
        # others found who fit better; no interview this time
        ("Vi har fundet andre ansøgere, der matcher profilen bedre.", OTHER),
        ("Vi har dessverre funnet andre som passer bedre til stillingen.", OTHER),
        ("Vi har hittat andra sökande som passar bättre.", OTHER),
        ("Wir haben andere Bewerber gefunden, die noch besser ins Team passen.", OTHER),
        ("We hebben anderen gevonden die nog beter bij het team passen.", OTHER),
        ("Abbiamo trovato altri candidati più adatti alla posizione.", OTHER),
        ("Hemos encontrado otros perfiles que se ajustan mejor.", OTHER),
        ("Nous avons trouvé d'autres candidats qui correspondent mieux au poste.", OTHER),
        ("Der bliver desværre ingen samtale til dig i denne omgang.", OUT),
        ("Så det blir ingen intervju for deg.", OUT),
        ("Es wird also kein Vorstellungsgespräch mit Ihnen geben.", OUT),
        ("Er komt deze keer helaas geen sollicitatiegesprek voor u.", OUT),
        # no place for the reader; the team already complete
        ("Mi dispiace, ma quest'anno non c'è posto per te in sala.", OUT),
        ("Lo siento, esta temporada no hay hueco para ti en la cocina.", OUT),
        ("Désolé, il n'y a plus de place pour vous dans l'équipe cette saison.", OUT),
        ("Infelizmente não há vaga para você nesta temporada.", OUT),
        ("In der Küche ist diesen Sommer leider kein Platz mehr für dich.", OUT),
        ("Er is helaas geen plek meer voor jou in de keuken.", OUT),
        ("Przykro mi, ale w tym sezonie nie ma dla Pana miejsca.", OUT),
        ("Bohužel pro vás letos nemáme místo.", OUT),
        ("Tyvärr finns det ingen plats för dig i köket i år.", OUT),
        ("Desværre er der ikke plads til dig på holdet.", OUT),
        ("L'organico della sala è già al completo per la stagione.", GONE),
        ("Abbiamo completato lo staff con i ragazzi dell'anno scorso.", GONE),
        ("Ya completamos la plantilla para el verano.", GONE),
        ("L'équipe de salle est déjà complète pour l'été.", GONE),
        ("A equipe da cozinha já está completa.", GONE),
        ("Das Serviceteam ist für diesen Sommer schon komplett.", GONE),
        ("Het team is inmiddels compleet.", GONE),
        ("Skład na ten sezon jest już pełny.", GONE),
        # the post not filled, where pauses read nothing
        ("Le poste ne sera finalement pas pourvu cette année.", GONE),
        ("Nous avons décidé de ne pas pourvoir ce poste.", GONE),
        ("La posizione non verrà più coperta.", GONE),
        ("Abbiamo deciso di non coprire questa posizione.", GONE),
        ("A vaga não será mais preenchida.", GONE),
        ("Decidimos não preencher esta vaga.", GONE),
        ("De vacature wordt niet meer ingevuld.", GONE),
        ("We hebben besloten deze functie niet in te vullen.", GONE),
        ("To stanowisko pozostanie nieobsadzone.", GONE),
        ("Zdecydowaliśmy się nie obsadzać tego stanowiska.", GONE),
        # Belarusian "калі" told of the past, and "калі ласка"
        ("Калі камісія разгледзела ўсе заявы, яна абрала іншага кандыдата.", OTHER),
        ("Калі ласка, звярніце ўвагу: мы абралі іншага кандыдата.", OTHER),
    ],
)
def test_read_language_refusals_give_their_token(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize(
    "text",
    [
        # a condition, a step ahead, a portal's login
        "Pokud test nesplníte, nemůžete ve výběrovém řízení pokračovat.",
        "Bez přihlášení nemůžete pokračovat.",
        "Sollten Sie den Test nicht bestehen, können Sie am Auswahlverfahren nicht teilnehmen.",
        "Si no supera la prueba, no puede continuar en el proceso.",
        "Si su folio no aparece en la lista, significará que no continúa en el proceso.",
        "Se non supera la prova, non può proseguire nel processo di selezione.",
        "Vous ne pouvez pas poursuivre le processus sans envoyer votre diplôme.",
        "Om du inte klarar testet kan du inte gå vidare i rekryteringsprocessen.",
        # the reader's papers forwarded; another shift still free
        "Wir haben Ihre Unterlagen an jemanden aus der Fachabteilung gegeben.",
        "Wir haben Ihre Bewerbung an eine Kollegin weitergegeben.",
        "Die Frühschicht haben wir an jemanden gegeben, aber die Nachtschicht ist noch frei.",
        "We hebben je cv aan iemand van de afdeling gegeven.",
        # other jobs found for the reader; an interview moved
        "Vi har fundet andre stillinger, som måske passer dig.",
        "Vi har hittat andra tjänster som kan passa dig.",
        "Der bliver ingen samtale for dig i morgen; den er flyttet til fredag.",
        "Er komt geen gesprek voor u op maandag, we verplaatsen het naar dinsdag.",
        # a place at an interview or in a car park; a question; a condition
        "Non c'è posto per te nel parcheggio, vieni pure in autobus.",
        "No hay sitio para ti en el aparcamiento, mejor ven en metro.",
        "Se non c'è posto per te in sala, ti proponiamo la cucina.",
        "Czy nie ma dla Pana miejsca w tym terminie?",
        # the selection closed before an offer; a team not the employer's
        "Abbiamo chiuso la selezione e siamo felici di offrirti il posto.",
        # the post not filled before a date, internally, or paused with the application open
        "Le poste ne sera pas pourvu avant septembre.",
        "La posizione non verrà coperta prima di gennaio.",
        "A vaga não será preenchida antes de março.",
        "De vacature wordt niet ingevuld voor de zomer.",
        "Le poste ne sera pas pourvu en interne.",
        "Le recrutement est suspendu et le poste ne sera pas pourvu pour l'instant. Votre "
        "candidature reste ouverte.",
        "De werving is opgeschort en de vacature wordt voorlopig niet ingevuld. Uw sollicitatie "
        "blijft openstaan.",
        # a pause with the application kept open, said with the application's other nouns
        "El proceso queda en pausa y el puesto no se cubrirá por ahora. Su solicitud sigue "
        "abierta.",
        "La selezione è sospesa e la posizione per ora non verrà coperta. La sua domanda resta "
        "aperta.",
        "O recrutamento está suspenso e a vaga não será preenchida por enquanto. A sua inscrição "
        "continua ativa.",
        "Le recrutement est en pause et le poste ne sera pas pourvu pour le moment. Votre dossier "
        "reste ouvert.",
        # Belarusian: the reader in the clause, a negation, a future verb
        "Калі вы не былі абраны, мы паведамім вам.",
        "Калі мы абярэм іншага кандыдата, мы вам напішам.",
        "Калі ў вас ёсць пытанні, мы абралі б іншы дзень.",
    ],
)
def test_read_language_twins_without_a_decision(text: str) -> None:
    assert not decision(text)


@pytest.mark.parametrize(
    ("text", "token"),
    [
        # kept for other posts, or a turn: the post gone stands
        (
            "El proceso queda en pausa y el puesto no se cubrirá. Su solicitud sigue abierta para "
            "futuras vacantes.",
            GONE,
        ),
        (
            "La selezione è sospesa e la posizione non verrà coperta. La tua domanda resta aperta, "
            "ma abbiamo scelto un altro candidato.",
            OTHER,
        ),
    ],
)
def test_a_pause_kept_for_other_posts_still_reads_the_post_gone(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize(
    "text",
    [
        "Echipa de recrutare vă invită la un interviu tehnic marți.",
        "Directorul vă invită la o discuție la sediul nostru din Cluj.",
        "Vă așteptăm joi la ora 10 la interviu.",
        "Ne-ar plăcea să ne întâlnim pentru un interviu săptămâna viitoare.",
    ],
)
def test_romanian_invitations_in_the_third_person_are_held(text: str) -> None:
    assert held_abroad(text)


@pytest.mark.parametrize(
    "text",
    [
        "Echipa nu vă invită la interviu de această dată.",
        "Din păcate, nu vă putem invita la un interviu.",
    ],
)
def test_romanian_invitations_negated_are_not_held(text: str) -> None:
    assert not held_abroad(text)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # a public body's confirmation: the conditional's refusal stays undecided
        (
            "Eingangsbestätigung – Sachbearbeitung Bürgeramt",
            "Sehr geehrte Frau Okafor,\n\nIhre Bewerbung ist bei uns eingegangen. Sollten Sie "
            "den schriftlichen Test nicht bestehen, können Sie am weiteren Auswahlverfahren "
            "nicht teilnehmen. Wir melden uns nach Ablauf der Frist.\n\nMit freundlichen "
            "Grüßen\nPersonalamt der Gemeinde Hohenfeld",
        ),
        (
            "Ontvangstbevestiging sollicitatie",
            "Beste meneer Tahir,\n\nWij hebben uw sollicitatie ontvangen. Als u niet slaagt "
            "voor de rekentoets, kunt u niet verder in de selectieprocedure. U hoort uiterlijk "
            "over drie weken van ons.\n\nMet vriendelijke groet,\nGemeente Zeewolde-Oost",
        ),
        (
            "Registro de folio – Plaza de auxiliar",
            "C. Laura Méndez\n\nSu registro quedó asentado con el folio 22-104. El 3 de junio se "
            "publicará la lista de folios que pasan a entrevista; si su folio no aparece, "
            "significará que no continúa en el proceso.\n\nAyuntamiento de Villa Nueva",
        ),
    ],
)
def test_public_confirmations_stay_undecided(subject: str, body: str) -> None:
    assert not message_decisions(subject, body)
    assert not held_back(Document(subject, body, "personal@gemeinde.example"))


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Výsledek testů – prodavač/ka",
            "Dobrý den,\n\ndo výběrového řízení patří povinný test. Ten jste bohužel nesplnil/a, "
            "a proto ve výběrovém řízení nemůžete pokračovat.\n\nS pozdravem\nPersonální "
            "oddělení",
        ),
        (
            "Schicht am Wochenende",
            "Hi Tomasz,\n\ndanke, dass du vorbeigeschaut hast. Die Wochenendschicht haben wir "
            "jetzt an jemanden aus dem Viertel gegeben. Sorry!\n\nGruß, Aylin",
        ),
        (
            "Sommersæson i køkkenet",
            "Hej Ida\n\nTak for din ansøgning. Vi har fundet andre, der passer bedre til "
            "opgaven, så der bliver ingen samtale for dig denne gang.\n\nVenlig hilsen\nKroen",
        ),
        (
            "Cameriere stagione estiva",
            "Ciao Marco,\n\ngrazie per la disponibilità. Abbiamo già chiuso la squadra della "
            "sala, quindi quest'anno non c'è posto per te. Buona estate!\n\nLa Locanda",
        ),
    ],
)
def test_the_kinds_pass_the_decided_gate(subject: str, body: str) -> None:
    assert message_decisions(subject, body)
    assert gate(subject, body)
