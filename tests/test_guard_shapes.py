"""Twenty-first pass, part I (issue 11): the guard in new shapes.

Kinds of protected mail the guard did not know were filed from written-27 or sat in its review
band: the reader appointed (an offer told as a decision made), a place kept for the reader
while they take a step, or the reader on a list for now (next steps), the reader's entry taken
for a round set for a day, or the reader summoned to one (invitations), and a start set for a
day with a thing to bring said as its consequence, in a letter read off a scan too. Each is
held below filing in English and the languages read; its rejection twins (another person
appointed, a place that has gone, an entry refused, a summons withheld, a start that is
another's, a reserve list) are not. The sentences are
written for these tests, not copied from the written batches, the slices or the corpus."""

from __future__ import annotations

import pytest

from rejectwatch.model.classifier import held_back
from rejectwatch.model.features import Document
from rejectwatch.model.guard_shapes import held_in_shape


def held(body: str, subject: str = "Your application") -> bool:
    return held_back(Document(subject, body, "office@tamsworth-trust.example"))


# each fails on main (dd3c9bc): not held
@pytest.mark.parametrize(
    "body",
    [
        # the reader appointed: English, French, German (both word orders), Dutch, Spanish,
        # Italian, Portuguese, Swedish, Polish
        "Following Tuesday's meeting of the governors, you are hereby appointed as Bursar with "
        "effect from 1 March. Please report to the main office on your first morning.",
        "I write to confirm that the trustees voted to appoint you to the post of Warden.",
        "After the second interview we have decided to hire you for the stores role; the "
        "paperwork follows.",
        "Your appointment as Deputy Registrar has been confirmed by the council this morning.",
        "Madame, nous avons le plaisir de vous informer que vous êtes nommée au poste de cheffe "
        "de service à compter du 1er avril.",
        "Sehr geehrter Herr Brandt, mit Beschluss vom 4. Mai sind Sie zum Leiter der Bauhof-"
        "Kolonne ernannt.",
        "Nach Abschluss des Verfahrens wurden Sie zur Sachbearbeiterin im Bürgeramt bestellt.",
        "Beste mevrouw De Wit, na overleg met het college bent u benoemd tot teamleider.",
        "Hola Inés: has sido contratada como técnica de laboratorio a partir del lunes.",
        "Ciao Marco, sei stato assunto: il contratto arriva in settimana.",
        "Olá Rita, você foi contratada para a vaga de recepcionista.",
        "Hej Maja! Du är anställd från och med måndag.",
        "Szanowny Panie, został pan zatrudniony na stanowisku magazyniera.",
        # a place kept for the reader while they take a step: English, German, French, Dutch,
        # Spanish, Italian, Portuguese
        "We're holding a seat for you on the March induction course until the 14th.",
        "A bunk on the spring crew has been reserved for you until 2 April. Send a copy of "
        "your licence by then.",
        "You have a conditional place on the apprenticeship. It becomes confirmed once we "
        "receive your signed learning agreement.",
        "Your spot on the volunteer rota is held for you until Monday; just reply with your "
        "shirt size.",
        "Ihr Platz im Sommerlager ist bis Freitag für Sie reserviert.",
        "Votre place est réservée jusqu'au 12 mars : merci de nous retourner le contrat signé.",
        "Je plek in de ploeg is tot vrijdag voor je gereserveerd; stuur ons nog je IBAN.",
        "Tu plaza está reservada para ti hasta el viernes, con el uniforme incluido.",
        "Il posto è riservato per te fino a lunedì: mandaci il certificato medico.",
        "A vaga está reservada para você até sexta; envie o atestado.",
        # the reader's entry taken for a round set for a day: English, French, Spanish, Italian
        "You're entered for the open trials at Riverside Park. The first heat is on Saturday "
        "at 10:00; bring boots and a water bottle.",
        "Your registration for the choir auditions is confirmed. Auditions run on 3 March from "
        "18:00 in the crypt.",
        "We have you down for the junior squad trials on Sunday 9 June.",
        "Votre inscription aux auditions est confirmée : rendez-vous le samedi 14 mars à 9h.",
        "Tu inscripción para las audiciones está confirmada; te esperamos el sábado 12 de abril.",
        "La tua iscrizione alle audizioni è confermata: ci vediamo sabato alle 10.",
        # the reader summoned to a round, or a round awaiting them: English, French, Spanish,
        # Italian, Portuguese, Dutch
        "After the first round the panel calls you to the final round on 2 October at 11:00.",
        "You have been recalled to the second audition; details follow.",
        "A short interview awaits you at the depot on Monday.",
        "Madame, le jury vous convoque à l'épreuve orale du concours le 3 juin.",
        "Bonjour Yann, un rendez-vous vous attend jeudi à 15h à l'agence de Brest.",
        "Estimada Sra. Ruiz: le convocamos a la segunda prueba el martes 4 a las 10:00.",
        "Gentile candidata, la convochiamo al colloquio finale giovedì alle 9.",
        "Olá Pedro, convocamos você para a segunda etapa na sexta-feira.",
        "Beste Sanne, hierbij roepen we je op voor de tweede ronde op dinsdag.",
        # the reader on a list for now, a step asked; a start set for a day with a thing to bring
        # said as its consequence; a letter off a scan with its lines broken
        "The rota for the harvest went up today. You're on it, provisionally, for the night "
        "shift - we need your food hygiene certificate by Thursday.",
        "Your first shift at the depot is Monday at 07:00; without steel toe-caps we can't let "
        "you on the floor.",
        "WARDEN'S OFFICE\n\nYou are appointed to the post\nof Assistant Warden, effective "
        "from\nthe first of the month.",
        "Both welds passed. Safety induction for the\nnew platers is Tuesday at 08:00; bring "
        "your\nown gloves.",
    ],
)
def test_held(body: str) -> None:
    assert held_in_shape(body)
    assert held(body)


# their rejection twins, held by neither
@pytest.mark.parametrize(
    "body",
    [
        "We won't be inviting you to interview for the stores role.",
        # another person appointed; the reader not appointed; an appointment that might have been
        "The Commission has considered the panel's recommendation. Mr Okafor has been appointed "
        "to the position. Any appeal must be lodged within 14 days.",
        "I am sorry to tell you that you were not appointed to the post of Warden.",
        "Unfortunately you have not been hired for the warehouse role.",
        "Had you been appointed to the role, we would have written by the end of May.",
        "Leider sind Sie nicht zum Leiter der Kolonne ernannt worden.",
        "Für die Stelle wurden Sie als Sachbearbeiterin leider nicht eingestellt.",
        "Helaas bent u niet benoemd tot teamleider.",
        "Lamentablemente no has sido contratada como técnica de laboratorio.",
        "Il dottor Rossi è stato nominato responsabile del reparto.",
        # a place that has gone, or one that cannot be kept
        "A bunk on the spring crew had been reserved for you until 2 April; it has now been "
        "given to the next person on the list.",
        "Your spot on the volunteer rota was held for you until Monday. As we didn't hear back, "
        "the spot has gone to someone else.",
        "We are unable to hold a place for you on the March induction course.",
        "All beds in the caravans are taken and the crew list is closed; we don't keep a "
        "reserve list.",
        "Leider ist Ihr Platz im Sommerlager nicht mehr für Sie reserviert.",
        # an entry refused, a round behind
        "You were entered for the trials on Saturday 4 May, but you were not selected for the "
        "squad.",
        "Your registration for the choir auditions is not confirmed: the list closed on 3 March.",
        "The screened round ended on 14 September with four players invited to the final, and "
        "your number was not one of the four.",
        # a summons withheld, a start that is another's, a reserve list
        "The jury has decided not to call you to the final round.",
        "Nous ne pouvons malheureusement pas vous convoquer à l'épreuve orale.",
        "Lamentablemente no le convocamos a la segunda prueba.",
        "Induction for the successful candidates is on Friday 4 May; unfortunately you were not "
        "among them.",
        "The first shift for the new crew is Monday at 07:00, but we won't be taking you on.",
        "The rota for the harvest went up today. You're on the reserve list, provisionally.",
    ],
)
def test_rejection_twins_not_held(body: str) -> None:
    assert not held_in_shape(body)
    assert not held(body)
