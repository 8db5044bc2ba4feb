"""Twenty-second pass, part K (issue 11): precision, a confirmation's rule for the people not
chosen, a refusal still to come told as what will happen ("Those not chosen get an email when
the post is filled", "If another applicant fills the role, you'll be told by email"):
rejectwatch.model.filled_ahead, read by rules_ahead.rule_sentence.

Each with twins of the same words told as done, which must stay decided. Every sentence is
written for these tests (none is a slice's or a batch's); read by negation.read_cues, so a
retrain changes nothing.
"""

from __future__ import annotations

import pytest

from readings import message_decisions

_THANKS = "Thank you for applying for the warehouse supervisor role; it reached us safely. "

# A confirmation's rule for those not chosen, in English and the four languages read
STILL_TO_COME = [
    _THANKS + "Those not chosen get an email when the post is filled.",
    _THANKS + "We email everyone else as soon as the role is filled.",
    _THANKS + "After the position is filled, all other applicants will be informed.",
    _THANKS + "After someone is appointed, we will let the rest know by email.",
    _THANKS + "Once the vacancy is filled, everyone who was not selected hears from us.",
    _THANKS + "Should the job be filled by another person, you'll get a short email from us.",
    "Hi Sam, got your CV for the bar job, cheers. When we pick someone, the rest of you are "
    "told by text - no need to chase.",
    "Vielen Dank für Ihre Bewerbung als Lagerist. Nach Besetzung der Stelle erhalten alle "
    "anderen Bewerberinnen und Bewerber eine Nachricht.",
    "Vielen Dank für Ihre Bewerbung. Sobald die Stelle besetzt ist, informieren wir alle, die "
    "nicht berücksichtigt wurden.",
    "Merci pour votre candidature. Une fois le poste pourvu, les autres candidats recevront un "
    "courriel.",
    "Gracias por su candidatura. Cuando se cubra la vacante, los demás candidatos recibirán un "
    "correo.",
    "Dziękujemy za aplikację. Po obsadzeniu stanowiska pozostali kandydaci otrzymają wiadomość "
    "e-mail.",
]

# The same words, the filling or the choice told as done: still decisions
TOLD_AS_DONE = [
    "Thank you for applying. The post has been filled, so we will not take your application "
    "further.",
    "Thank you for your patience. Once we had interviewed, we appointed someone else.",
    "Dear Ana, the vacancy has now been filled and we will not be taking your application "
    "further.",
    "Thanks for applying. As the post is filled, we won't be progressing your application.",
    "Hello, after careful review we have decided not to progress your application.",
    # (an opener's clause closed by a comma before the choice: a refusal, its feedback ahead)
    "After careful consideration, we have selected another candidate and will email you "
    "feedback.",
    "After much thought, the position has been filled by an internal candidate and we will let "
    "you know of future roles.",
    "Die Stelle wurde bereits besetzt.",
    "Le poste a été pourvu par une autre personne.",
    "Stanowisko zostało już obsadzone.",
]


@pytest.mark.parametrize("body", STILL_TO_COME)
def test_a_refusal_still_to_come_reads_no_decision(body: str) -> None:
    assert not message_decisions("Your application", body)


@pytest.mark.parametrize("body", TOLD_AS_DONE)
def test_the_filling_told_as_done_stays_decided(body: str) -> None:
    assert message_decisions("Your application", body)
