"""Twenty-second pass, part H (issue 11): a hostile re-read of part D's readings, with sentences
written for it (none is a slice's, none is part D's own), each a kind part D took a decision away
from:

* a search paused "for now" in a letter that refuses the reader or all the applications all the
  same ("We will not be proceeding with any applications, including yours"), its kept words
  keeping the reader for another search or telling of the others ("we will write when the post
  is advertised again", "Nobody has been turned down"): rejectwatch.model.paused_search
  .refused_anyway;
* someone else taken on for the post its holder leaves ("Our previous coordinator isn't coming
  back, and we've appointed Sam to replace her"): a refusal's reason, not an offer's
  (rejectwatch.model.holder_left);
* a silence that "means", joined to a refusal before it in the sentence ("Niestety wybraliśmy
  inną osobę, a brak wiadomości od nas oznacza zakończenie procesu"): rules_ahead._JOINED_BEFORE.

Each with twins that part D's readings must still read as no decision (a pause with the reader
kept, an offer explaining a free post, a silence rule opening its sentence).
"""

from __future__ import annotations

import pytest

from readings import decision, message_decisions, refused

# (subject, body): a pause, and the reader or every application refused all the same
PAUSED_AND_REFUSED = [
    (
        "Lab technician",
        "Dear Dr Ng,\n\nThe post has been withdrawn for the time being. We will not be proceeding "
        "with any applications, including yours. We will write when the post is advertised again."
        "\n\nHR",
    ),
    (
        "Lab technician",
        "Dear Dr Ng,\n\nThe post has been withdrawn for now, and no applications will be taken "
        "forward. Once recruitment restarts, we will contact you.\n\nHR",
    ),
    (
        "Kitchen porter",
        "Hi Jas,\n\nWe have temporarily stopped recruiting for this post. None of the current "
        "applications will be progressed. We'll let you know when it reopens.\n\nMel",
    ),
    (
        "Depot clerk",
        "Dear Ms Obi,\n\nRecruitment is on hold. All current applications have been declined, "
        "yours included. We'll be in touch when recruiting restarts.\n\nPeople team",
    ),
    (
        "Archivist",
        "Dear Dr Ng,\n\nThe vacancy is on hold. We still hold your application, but it won't go "
        "forward in this round. We will contact you when the vacancy reopens.\n\nHR",
    ),
    (
        "Archivist",
        "Dear Dr Ng,\n\nThe vacancy is on hold. Nobody has been turned down. Your application, "
        "however, did not meet the criteria and will not go further.\n\nHR",
    ),
    (
        "Archivist",
        "Dear Dr Ng,\n\nThe vacancy is on hold. No applications have been turned down. We have, "
        "however, decided not to shortlist you.\n\nHR",
    ),
]

# (subject, body): the same pauses, the reader kept (part D's kind, in other words)
PAUSED_KEPT = [
    (
        "Bookkeeper role",
        "Hi Nadia,\n\nWe've had to put the bookkeeper hiring on ice until the audit is done. Your "
        "application is still with us and we'll pick it back up as soon as things restart.\n\n"
        "Cheers, Alan",
    ),
    (
        "Bookkeeper role",
        "Hi Nadia,\n\nWe are freezing all hiring until the merger completes. Your application "
        "hasn't been rejected; we'll come back to you once the freeze is lifted.\n\nAlan",
    ),
    (
        "Bookkeeper role",
        "Hi Nadia,\n\nThe role has been cancelled for now because of a funding gap. We are keeping "
        "your application and will consider it when the role is re-advertised.\n\nAlan",
    ),
    (
        "Archivist",
        "Dear Dr Ng,\n\nThe vacancy is on hold until March, and no application will be progressed "
        "until then. Nobody has been turned down, and we will write again when it restarts.\n\nHR",
    ),
    (
        "Archivist",
        "Dear Dr Ng,\n\nFor now the vacancy is on hold, so we will not be shortlisting anyone yet. "
        "We still hold your application and will pick it up again when the vacancy reopens."
        "\n\nHR",
    ),
    (
        "Admin role",
        "Hi Rosa,\n\nHiring for the admin role is on hold. You don't need to do anything further. "
        "We'll be in touch when hiring restarts.\n\nTom",
    ),
    (
        "Admin role",
        "Hi Rosa,\n\nHiring for the admin role is on hold. No candidates have been interviewed or "
        "turned down. We will write again when it restarts.\n\nTom",
    ),
    (
        "Admin role",
        "Hi Rosa,\n\nHiring for the admin role is on hold. This is not a reflection on your "
        "application, and yours stays on file.\n\nTom",
    ),
]


@pytest.mark.parametrize(("subject", "body"), PAUSED_AND_REFUSED)
def test_a_pause_that_refuses_the_applications_stays_decided(subject: str, body: str) -> None:
    assert message_decisions(subject, body)


@pytest.mark.parametrize(("subject", "body"), PAUSED_KEPT)
def test_a_pause_with_the_reader_kept_still_reads_no_decision(subject: str, body: str) -> None:
    assert not message_decisions(subject, body)


# someone else taken on for the post the holder leaves: the reader refused
HOLDER_REPLACED = [
    "Our previous coordinator isn't coming back, and we've appointed Sam to replace her.",
    "Our last warden isn't returning, and the post has gone to a colleague from the north site.",
    "Jan felt unable to continue, and after interviews we have given the job to Ruth.",
    "Our receptionist won't be returning after her leave, and we've decided to hire from within "
    "the team.",
    "Our cook is not returning this season and we have recruited his replacement already.",
    "Mrs Khan won't be coming back, and we've promoted her deputy into the role.",
    "Our night porter isn't coming back, so we've taken on Dev, who knows the building.",
    "The current holder has decided not to renew, and the role has been offered to an internal "
    "applicant.",
]

# the reader taken on for it: an offer
HOLDER_LEFT_FOR_THE_READER = [
    "Since Ana isn't coming back, we've offered the post to you and hope you'll accept.",
    "Ana isn't coming back, and we have chosen you to take her place.",
    "Ana isn't coming back, so we've appointed you as her successor from 1 May.",
    "Our warden won't be returning, and the board has selected you for the post.",
    "Our warden won't be returning, so we'd like you to be his replacement.",
    "Our librarian won't return after the summer, so the post is open and we'd love you to "
    "start in September.",
]


@pytest.mark.parametrize("body", HOLDER_REPLACED)
def test_a_holder_replaced_by_someone_else_stays_refused(body: str) -> None:
    assert refused(body)


@pytest.mark.parametrize("body", HOLDER_LEFT_FOR_THE_READER)
def test_a_holder_left_for_the_reader_is_no_refusal(body: str) -> None:
    assert not refused(body)


# a refusal, and a silence rule joined to it in the sentence
SILENCE_AFTER_A_REFUSAL = [
    "Niestety nie została Pani wybrana, a brak kontaktu z naszej strony oznacza, że nie "
    "prowadzimy dalszych rozmów.",
    "Po analizie zgłoszeń zdecydowaliśmy się na inną osobę, a brak wiadomości od nas oznacza "
    "zakończenie procesu.",
    "Lamentablemente hemos elegido a otra persona, y la falta de respuesta a su último correo "
    "significa que el proceso está cerrado.",
    "Hemos decidido no seguir adelante con su candidatura; la ausencia de noticias posteriores "
    "significa que no hay cambios.",
    "Leider haben wir uns für eine andere Bewerberin entschieden, und das Ausbleiben einer "
    "Antwort bedeutet nicht, dass wir Ihre Unterlagen nicht gelesen haben.",
    "Nous avons retenu une autre candidature ; l'absence de réponse de notre part signifie que "
    "le poste est pourvu.",
    "Malheureusement votre candidature n'a pas été retenue, et l'absence de nouvelles signifie "
    "que le processus est terminé.",
]

# the silence rule opening its sentence: no decision
SILENCE_OPENING = [
    "Brak kontaktu z naszej strony do końca maja oznacza, że wybraliśmy inne osoby.",
    "La falta de noticias en tres semanas significa que hemos elegido a otra persona.",
    "Das Ausbleiben einer Antwort bis Freitag bedeutet, dass wir uns anders entschieden haben.",
    "Bitte beachten Sie: keine Rückmeldung bis zum Monatsende bedeutet eine Absage.",
    "L'absence de nouvelles d'ici un mois signifie que nous avons retenu un autre profil.",
]


@pytest.mark.parametrize("body", SILENCE_AFTER_A_REFUSAL)
def test_a_refusal_before_a_silence_rule_stays_decided(body: str) -> None:
    assert decision(body)


@pytest.mark.parametrize("body", SILENCE_OPENING)
def test_a_silence_rule_opening_its_sentence_reads_no_decision(body: str) -> None:
    assert not decision(body)
