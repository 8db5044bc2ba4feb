"""Fourteenth pass (issue 11): the readings of blind slice 12's kinds of miss and false
positive, each with the negatives it must leave alone. The sentences are written for these
tests, not copied from the slice or the corpus."""

from __future__ import annotations

import pytest

from readings import decision, marks
from rejectwatch.model import negation
from rejectwatch.model.classifier import held_back
from rejectwatch.model.features import Document


# someone else taken on, in English shapes the readings lacked
@pytest.mark.parametrize(
    "text",
    [
        "In the end the regional manager moved him over into the Site Engineer role.",
        "Our head of finance has placed them straight into the payroll position.",
        "We've kept on the other woman who covered the Sunday shift.",
        "I'm afraid the apprenticeship place for this intake goes to others.",
        "The bursary places go to others from the waiting list.",
        "As of Monday the school has concluded the appointment with an external applicant.",
        "The trust is continuing the search with people whose background is in housing.",
        "The board has moved ahead with a few applicants nearer the brief.",
    ],
)
def test_someone_else_taken_in_fourteenth_pass_shapes(text: str) -> None:
    assert negation.CHOSE_OTHER in marks(text)


@pytest.mark.parametrize(
    "text",
    [
        "We moved you over into the Site Engineer role last month.",
        "If we keep on the other applicant, we will let you know.",
        "We are carrying on with applicants who, like you, have led audits.",
        "The committee will confirm the hire with a candidate next week.",
        "If we carry on with other applicants, we will write to you.",
    ],
)
def test_no_one_else_taken_in_these(text: str) -> None:
    assert not decision(text)


def test_reader_left_off_the_list_appointments_come_from() -> None:
    assert negation.READER_OUT in marks(
        "Sadly your name has not been placed on the reserve list for this campaign."
    )
    assert negation.READER_OUT in marks("You were not included on the merit list.")
    assert not decision("If you are not placed on the panel, you may ask for feedback.")


def test_before_with_a_past_event_is_no_decision_to_come() -> None:
    assert decision(
        "Before we called them, the hiring lead confirmed the hire with another candidate."
    )
    assert not decision("Before we decide, the hiring lead will meet another candidate.")


# other languages: someone else chosen, the reader not taken further
@pytest.mark.parametrize(
    "text",
    [
        "Pozici nabízíme uchazeči, jehož zkušenosti lépe odpovídají zadání.",
        "Tentokrát jsme vybrali kolegu z vlastního oddělení.",
        "Η διεύθυνση επέλεξε μια υποψήφια με εμπειρία στα λιμάνια.",
        "Η εταιρεία θα συνεχίσει με άλλους υποψηφίους για τη θέση.",
        "Valinta kohdistui lopulta toiseen hakijaan.",
        "A vezetés egy másik jelölttel folytatja a kiválasztást.",
        "Şirket deneyimli bir adayla devam etmeye karar verdi.",
        "Ekip saha tecrübesi olan bir adayı tercih etti.",
        "Vi har beslutat att fortsätta med några andra kandidater.",
    ],
)
def test_someone_else_chosen_in_more_shapes_abroad(text: str) -> None:
    assert negation.CHOSE_OTHER in marks(text)


@pytest.mark.parametrize(
    "text",
    [
        "Δυστυχώς η αίτησή σας δεν προκρίθηκε στη συνέντευξη.",
        "Søknaden din blir dessverre ikke med videre.",
        "Vi har desværre ikke mulighed for at indkalde dig til en samtale.",
        "Bu aşamada süreci sizinle devam ettiremiyoruz.",
    ],
)
def test_reader_not_taken_further_abroad(text: str) -> None:
    assert negation.READER_OUT in marks(text)


@pytest.mark.parametrize(
    "text",
    [
        "Αν δεν προκριθείτε, θα σας ενημερώσουμε.",
        "Hvis vi ikke har mulighed for at invitere dig, hører du fra os.",
        "Pozici nabízíme Vám od března.",
    ],
)
def test_conditionals_and_the_reader_chosen_abroad_are_no_decision(text: str) -> None:
    assert not decision(text)


# a whole paragraph in quotation marks is the sender's own message relayed
def test_relayed_message_in_quotes_is_read() -> None:
    body = (
        "Event cancelled by the organiser.\n\nNote from the organiser:\n"
        '"Hello Tam, apologies - the post went to another applicant yesterday, so our call '
        'is cancelled."\n\nCalendar notification'
    )
    assert negation.CHOSE_OTHER in marks(body)
    # a refusal reported inside a sentence stays a quotation
    assert not decision(
        'Every applicant dreads the line "the post went to another applicant", says our guide.'
    )


def test_what_a_status_does_not_mean_is_no_decision() -> None:
    assert not decision(
        "Status: Shortlisted. A shortlisted status doesn't mean you have been selected."
    )
    assert not decision("Being on hold does not necessarily mean your application failed.")
    assert negation.STATUS_REFUSED in marks("Status: not selected for this vacancy.")


def test_a_framed_job_alert_heading_is_no_invitation() -> None:
    refusal = Document(
        "Outcome of your application",
        "Dear Alex,\n\nThank you for applying to Brookfield Foods. Your application for Shift "
        "Supervisor has not been successful on this occasion.\n\nBest wishes,\nTalent team\n\n"
        "=== ROLES FROM YOUR SAVED SEARCH ===\nPacker | Leeds | Apply now\n"
        "Driver | York | Apply now\n",
        "",
    )
    assert not held_back(refusal)
    saved = Document(
        "A job you saved",
        "One of your saved jobs closes tomorrow: Driver, York. Apply now.",
        "",
    )
    assert held_back(saved)
