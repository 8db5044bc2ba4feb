"""Twenty-first pass, part K (issue 11): refusals in the languages read, in the kinds written-27
held before any slice did (rejectwatch.model.languages_before): every place taken in the
plural, a pool full; not on the list of those admitted, ranked and not selected, the places gone
to others; nobody chosen and the post left vacant; the reader's application closed; not taken
in, not drawn, not in the team; no room "becomes", enough people found; a team with a long name
complete, Polish "mamy już pełny skład"; others chosen by a trait or from last year. Each refusal
gives its shared token; its twins (a place reserved, a provisional list, a lottery won, a trial
shift, a second round, a warning that an application will close, a conditional, a question, a
shift still free) give none. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from readings import decision, gate, marks, message_decisions
from rejectwatch.model import negation

OUT, OTHER, GONE = negation.READER_OUT, negation.CHOSE_OTHER, negation.ROLE_GONE


@pytest.mark.parametrize(
    ("text", "token"),
    [
        # every place taken, in the plural; a pool or list full
        ("Die Praktikumsplätze im Tierheim sind für dieses Frühjahr leider alle vergeben.", GONE),
        ("Alle Ferienjobs in der Gärtnerei sind inzwischen besetzt.", GONE),
        ("Die Nachtdienste für Dezember wurden schon alle verteilt.", GONE),
        ("Alla platser på sommarlägret är redan tillsatta.", GONE),
        ("Alle pladser på holdet er nu besat.", GONE),
        ("Alle plassene i kantina er allerede fylt for sommeren.", GONE),
        ("Alle plekken in de keuken zijn inmiddels vergeven.", GONE),
        ("Toutes les places de moniteur sont déjà prises pour juillet.", GONE),
        ("La place d'animatrice au centre aéré a été pourvue la semaine dernière.", GONE),
        ("Tutti i posti da bagnino sono già occupati per agosto.", GONE),
        ("Todas las plazas de monitor están ya cubiertas.", GONE),
        ("Todas as vagas de recepcionista já foram preenchidas.", GONE),
        ("Listan för extrapersonal är redan full inför jul.", GONE),
        ("Puljen af afløsere er fuld for i år.", GONE),
        # not on the list of those admitted, ranked and not selected
        ("Su nombre no aparece entre los aspirantes admitidos a la bolsa.", OUT),
        ("Vous ne figurez pas parmi les candidats retenus pour cette session.", OUT),
        ("Il suo nominativo non risulta tra gli ammessi alla prova orale.", OUT),
        ("Nella graduatoria finale risulti idonea ma non selezionata.", OUT),
        ("O seu nome não consta entre os aprovados do concurso.", OUT),
        ("U staat niet tussen de toegelaten kandidaten voor de opleiding.", OUT),
        ("Leider stehen Sie nicht auf der Liste der ausgewählten Bewerberinnen.", OUT),
        # the places gone to others
        ("Tutti i posti del corso sono andati a candidati con più esperienza.", OTHER),
        ("Las pocas plazas del programa han sido para quienes tenían más puntos.", OTHER),
        ("Les places du stage sont allées à d'autres candidats mieux classés.", OTHER),
        ("As duas vagas do programa foram para quem tinha mais experiência.", OTHER),
        # nobody chosen, the post left vacant
        ("La commission a choisi de ne retenir aucune candidature cette année.", GONE),
        ("Après les auditions, le poste de violon solo reste vacant.", GONE),
        ("La giuria ha deciso di non selezionare nessun candidato.", GONE),
        ("Dopo le audizioni il posto resta vacante.", GONE),
        ("Tras las pruebas, la plaza ha quedado desierta.", GONE),
        ("Depois das entrevistas, a vaga fica por preencher.", GONE),
        ("Die Jury hat beschlossen, keinen der Bewerber auszuwählen.", GONE),
        ("Die Stelle bleibt daher vorerst unbesetzt.", GONE),
        ("Na de audities: de functie blijft voorlopig onvervuld.", GONE),
        # the reader's application closed
        ("Ta candidature est par conséquent clôturée.", OUT),
        ("Deine Bewerbung haben wir daher geschlossen.", OUT),
        ("La sua candidatura è stata pertanto chiusa.", OUT),
        ("Tu solicitud ha sido cerrada.", OUT),
        ("A sua candidatura foi encerrada.", OUT),
        ("Uw sollicitatie is daarom gesloten.", OUT),
        ("Din ansøgning er derfor lukket.", OUT),
        # not taken in, not drawn, not in the team
        ("Vi tar tyvärr inte in dig i höst.", OUT),
        ("Vi tager dig desværre ikke ind på holdet.", OUT),
        ("Vi tar deg dessverre ikke inn denne gangen.", OUT),
        ("Du blev tyvärr inte lottad till feriejobbet.", OUT),
        ("Du ble dessverre ikke trukket ut denne gangen.", OUT),
        ("Sie wurden leider nicht ausgelost.", OUT),
        ("Vous n'avez malheureusement pas été tirée au sort.", OUT),
        ("Je bent helaas uitgeloot voor de opleiding.", OUT),
        ("Con ese tiempo no entras en el equipo de socorristas.", OUT),
        ("Con questo tempo non entri in squadra quest'estate.", OUT),
        ("Com esse tempo não entras na equipa de nadadores-salvadores.", OUT),
        # no room "becomes"; enough people
        ("Derfor blir det dessverre ikke plass til deg på båten.", OUT),
        ("Der bliver desværre ikke plads til dig i år.", OUT),
        ("Det blir tyvärr ingen plats för dig den här säsongen.", OUT),
        ("Vi har allerede fått nok folk til plukkingen.", GONE),
        ("Vi har fået folk nok til høsten.", GONE),
        ("Vi har redan fått tillräckligt med folk till skörden.", GONE),
        # a team with a long name complete; Polish "mamy już pełny skład"
        ("L'équipe des saisonniers pour la cueillette des pommes est déjà au complet.", GONE),
        ("Het team begeleiders voor het zomerkamp op Texel is al compleet.", GONE),
        ("Do pakowania jabłek mamy już pełny skład.", GONE),
        ("Na ten sezon mamy już komplet.", GONE),
        # others chosen by a trait or from last year
        ("Wij hebben gekozen voor kandidaten met meer ervaring op het water.", OTHER),
        ("Wir haben die Helfer aus dem vorigen Jahr wieder geholt.", OTHER),
        ("Nous avons repris l'équipe de l'an dernier.", OTHER),
        ("Abbiamo richiamato i ragazzi dell'anno scorso.", OTHER),
    ],
)
def test_refusals_of_the_kinds_give_their_token(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize(
    "text",
    [
        # a place reserved, a shift still free, a pool with room
        "Für das Praktikum haben wir einen Platz für Sie reserviert.",
        "Die Frühschichten sind alle verteilt, aber für die Spätschicht suchen wir noch jemanden.",
        "Alla platser är tillsatta utom två på kvällspasset; vill du ha ett?",
        "Alle plekken zijn vergeven behalve de zaterdagdienst.",
        "La place est à toi si tu confirmes avant vendredi.",
        "Listan är full av bra namn, och ditt är ett av dem.",
        # a provisional list, a list of those excluded, a question, a condition
        "Su nombre figura entre los excluidos por falta de documentación; tiene diez días para "
        "subsanarlo.",
        "Su nombre no figura entre los excluidos, así que puede presentarse a la prueba.",
        "¿No figura entre los admitidos? Revise su correo de confirmación.",
        "Si su nombre no figura entre los admitidos, puede presentar una reclamación.",
        "Risulta idoneo selezionato: si presenti entro venerdì per la firma.",
        "Se il posto resta vacante, la riapriremo a marzo.",
        "Wenn die Stelle unbesetzt bleibt, melden wir uns bei Ihnen.",
        # a second round, a trial shift, a lottery won
        "Le jury vous convoque au second tour de l'audition.",
        "Du har blivit lottad till en plats på kolonin.",
        "Du ble trukket ut til en plass på kurset.",
        "Sie wurden ausgelost und erhalten einen Platz im Kurs.",
        # an application that will close, one still open
        "Sans réponse avant lundi, votre candidature sera close.",
        "Ihre Bewerbung bleibt geöffnet, bis wir entschieden haben.",
        "La sua candidatura resta aperta per la prossima selezione.",
        # who enters: the rule, not a decision
        "Quien supere la prueba entra en la plantilla de verano.",
        "Si no entras en el equipo este año, te avisaremos de la próxima convocatoria.",
        "¿No entras en la plantilla? Pregunta por la bolsa de reserva.",
        # a place in a car, enough people not yet
        "Det blir ikke plass til deg i bilen, så ta toget.",
        "Vi har ikke fått nok folk ennå, så kom gjerne innom.",
        # a welcome, a question
        "Avec toi, l'équipe des animateurs pour l'été est au complet !",
        "Met jou erbij is het team begeleiders voor de zomer compleet.",
        "Czy mamy już pełny skład na sobotę?",
        # ourselves chosen
        "We hebben gekozen voor jou als nieuwe kampleider.",
    ],
)
def test_twins_of_the_kinds_read_no_decision(text: str) -> None:
    assert not decision(text)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Ferienjob im Freibad",
            "Hallo Jonas,\n\ndie Aushilfsstellen an der Kasse sind für die Sommerferien "
            "mittlerweile alle vergeben. Deine Bewerbung haben wir deshalb geschlossen.\n\n"
            "Viele Grüße\nBäderbetrieb",
        ),
        (
            "Lista ammessi - tirocinio",
            "Gentile candidata,\n\nè uscita la graduatoria del tirocinio: risulta idonea non "
            "selezionata, perché i tre posti sono andati a chi aveva più crediti.\n\nCordiali "
            "saluti\nUfficio stage",
        ),
        (
            "Sommerjobb på kaia",
            "Hei Ola,\n\nvi har fått nok folk til lossinga i sommer, så det blir ikke plass til "
            "deg denne gangen. Lykke til!\n\nHilsen\nHavna",
        ),
        (
            "Audition de clarinette",
            "Madame,\n\nau terme de l'audition, le jury a choisi de ne retenir aucun candidat "
            "et le poste reste vacant. Merci de votre venue.\n\nL'orchestre",
        ),
    ],
)
def test_the_kinds_pass_the_decided_gate(subject: str, body: str) -> None:
    assert message_decisions(subject, body)
    assert gate(subject, body)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Ferienjob im Freibad",
            "Hallo Jonas,\n\nfür die Sommerferien haben wir an der Kasse einen Platz für dich "
            "reserviert. Bitte schick uns bis Freitag deine Steuer-ID.\n\nViele Grüße\n"
            "Bäderbetrieb",
        ),
        (
            "Lista ammessi - tirocinio",
            "Gentile candidata,\n\nè uscita la graduatoria del tirocinio: risulta idonea "
            "selezionata. Si presenti entro il 3 marzo, altrimenti il posto passa al primo "
            "idoneo non selezionato.\n\nCordiali saluti\nUfficio stage",
        ),
    ],
)
def test_the_twins_as_letters_stay_undecided(subject: str, body: str) -> None:
    assert not message_decisions(subject, body)
