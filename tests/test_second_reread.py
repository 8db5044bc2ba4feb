"""Issue 11, twenty-first pass, part N: a hostile re-read of the pass's later readings
(decisions_before, languages_before, guard_shapes) on sentences of real mail they were not
written from. Each misfire is a case here (it failed at 3686fca); each twin is a refusal the
mend must leave decided, or a guard's hold it must keep."""

from __future__ import annotations

import pytest

from readings import decision
from rejectwatch.model.guard_shapes import held_in_shape

# not a refusal of the reader: a newsletter, a rota, a booking, a list of guests, a permit, the
# reader's own request, a project ended
NOT_REFUSALS = (
    # decisions_before
    "Ms Okafor has been appointed to the position of head of finance, effective 1 March.",
    "We are delighted to announce that Dr Patel has been appointed to the role of Chief Medical"
    " Officer.",
    "So the Saturday shift is hers from next week, and you take Sunday.",
    "We got a new plumber in, so we're all set for the kitchen refit.",
    "Hired a van for the move, so we're covered.",
    "All seats on the 9:15 coach are now taken.",
    "We won't add you to the mailing list this time.",
    "This brings your application for a parking permit to an end.",
    "That ends the application window for this year's grants.",
    "Your place on the waiting list has been released because you asked to withdraw.",
    "Your access to Project Heron has been removed as the project has ended.",
    # languages_before
    "Alle Plätze im Bus sind schon vergeben, wir fahren also mit zwei Autos.",
    "Alle Plätze für das Konzert sind bereits vergeben.",
    "Alla platser på bussen är nu tagna.",
    "Alle pladser på kurset er optaget.",
    "Toutes les places du concert sont prises.",
    "Tutti i posti del ristorante sono già occupati.",
    "Todas las plazas del curso de yoga están cubiertas.",
    "Le poste reste vacant jusqu'à votre arrivée en septembre.",
    "Die Stelle bleibt unbesetzt, bis Sie im März anfangen.",
    "Il posto resta vacante fino a lunedì, poi lo assegniamo a te.",
    "Du blev inte lottad till konserten.",
    "Vous n'avez pas été tiré au sort pour le jeu concours.",
    "Je bent niet ingeloot voor de marathon.",
    "Det blir ikke plass til deg i hytta i påsken.",
    "No entras en el grupo de los sábados, estás en el de los domingos.",
    "Não entras na lista de espera do ginásio, já tens lugar.",
    "Non entri nel gruppo WhatsApp? Ti aggiungo io.",
    "Vi tar inte in dig i tid, så kom till mottagningen klockan nio.",
    "No entra usted en el grupo de riesgo.",
)

# the refusals the readings were written for, in other words: still decided
REFUSALS = (
    "Ms Okafor has been appointed to the position.",
    "So the bread shift is hers from next week.",
    "Got a local lass for lambing help this year so I'm set.",
    "Signed up the lad from the college for the apprenticeship, so the forge is full until next"
    " autumn.",
    "I've taken my cousin's boy on for the season now so I'm sorted for help, thanks.",
    "All twelve places are taken.",
    "All beds in the caravans are taken.",
    "So we won't add you this year.",
    "We can't add you to the rota this season.",
    "That ends the pipeline welder application with us.",
    "This brings your application to an end.",
    "Your place on the trainee tram driver scheme has been released.",
    "Your access to Project Heron (image labelling) has been removed.",
    "Die Einsatzstellen im Sommercamp sind für den Jahrgang alle besetzt.",
    "Le jury a décidé de ne retenir aucun candidat et le poste reste vacant.",
    "Die Stelle bleibt unbesetzt.",
    "Du blev inte lottad till någon plats.",
    "Je bent helaas niet ingeloot voor de opleiding.",
    "Så det blir ikke plass til deg nå.",
    "Así que no entras en la plantilla.",
    "Purtroppo non entri in squadra quest'anno.",
    "Por isso não entras na equipa.",
    "Vi tar därför inte in dig.",
)


@pytest.mark.parametrize("text", NOT_REFUSALS)
def test_not_a_refusal_gains_no_decision(text: str) -> None:
    assert not decision(text)


@pytest.mark.parametrize("text", REFUSALS)
def test_refusal_stays_decided(text: str) -> None:
    assert decision(text)


# real rejections the guard must not hold back (held = never filed)
REJECTIONS = (
    "The induction for new starters is on Monday 3 March. I'm afraid your application was"
    " unsuccessful this time.",
    "Your entry for the auditions has been accepted, and the screened round took place on"
    " 14 September. Unfortunately you have not been selected for the final.",
    "Your registration for the trials is confirmed for Saturday 3 May. Sadly the coach has since"
    " decided to close the squad and you won't be invited.",
    "A bed is held for you until Friday. We did not receive your documents, so your application"
    " is closed.",
)

# what the guard was written for: still held
HELD = (
    "A caravan bed is held for you until 19 January. Reply with your bank details and passport"
    " copy by then.",
    "Your entry for the auditions is in. The screened round takes place on 14 September.",
    "Site induction for the pipeline welder crew is Friday at 06:45; without your CSCS card on"
    " the day we can't let you on site.",
    "A bed is held for you until Friday. The office is closed on Sunday, so reply by Saturday.",
)


@pytest.mark.parametrize("text", REJECTIONS)
def test_rejection_not_held(text: str) -> None:
    assert not held_in_shape(text)


@pytest.mark.parametrize("text", HELD)
def test_shape_still_held(text: str) -> None:
    assert held_in_shape(text)
