"""Fifteenth pass (issue 11): the readings of blind slice 13's kinds of miss and false
positive, each with the negatives it must leave alone. The sentences are written for these
tests, not copied from the slice or the corpus."""

from __future__ import annotations

import pytest

from readings import decision, marks
from rejectwatch.model import negation
from rejectwatch.model.features import Document
from rejectwatch.model.gate import decided_for_reader


def gate(subject: str, body: str) -> bool:
    return decided_for_reader([Document(subject, body, "notifications@forge.example")])[0]


# what a decision declines: a thing the reader sent in or asked for is no job
@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "[tools/linter] Merge request closed",
            "Priya closed your merge request !88.\n\nWe've decided not to move forward with "
            "this approach and merged !91 instead.",
        ),
        (
            "Decision on paper 412",
            "After a long discussion the committee decided not to include your paper this year.",
        ),
        ("Northfield Open Studios", "Your submission was not selected for the summer show."),
        ("Your overdraft", "Your application for an overdraft increase has been declined."),
        ("Developer portal", "Your application for sandbox access was declined by our team."),
        ("Speaker selection", "Sadly we've decided not to take your talk for the lineup."),
        ("Flat 3, Mill Lane", "The landlord went with another tenant who can start in May."),
    ],
)
def test_a_decision_declining_a_thing_shuts_the_gate(subject: str, body: str) -> None:
    # (twenty-third pass, part C: a pull request's or an overdraft's decision may now be read
    # as no decision at all, rejectwatch.model.things_refused; either way the gate stays shut)
    assert decision(body) or negation.THING_REFUSED in marks(body)
    assert not gate(subject, body)


def test_a_supplier_chosen_reads_no_decision_and_shuts_the_gate() -> None:
    # (twenty-fifth pass, part R: "a different supplier" names no candidate, so a tender given
    # to another firm is read as no decision at all, not as one set aside; the gate stays shut)
    subject = "Tender 5521"
    body = "The framework contract has been awarded to a different supplier."
    assert not decision(body)
    assert not gate(subject, body)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Your application",
            "We've decided not to move forward with your application for the Data Analyst role.",
        ),
        (
            "Order Picker (nights) - outcome",
            "On this occasion your application for Order Picker has been unsuccessful.",
        ),
        (
            "Loan Underwriter vacancy",
            "I'm sorry to say your application was not successful; we appointed another candidate.",
        ),
        (
            "Take-home task",
            "Thanks for the take-home. The panel decided not to take your application further.",
        ),
        ("Shop floor role", "The manager went with another candidate who lives nearer."),
        ("Your application", "Your application for Access Coordinator was unsuccessful."),
    ],
)
def test_a_decision_declining_the_application_keeps_the_gate_open(subject: str, body: str) -> None:
    assert gate(subject, body)


def test_a_books_opening_chapters_are_no_job_opening() -> None:
    body = (
        "Thank you for sending the synopsis and opening chapters of your novel. "
        "It isn't right for our list, so we're passing on it."
    )
    assert not gate("Your manuscript", body)


# someone else brought on, announced in the future with a hiring verb
@pytest.mark.parametrize(
    "text",
    [
        "We slept on it and we're going to bring on someone who has run a night shift before.",
        "Honestly, the team is gonna take on somebody with more hands-on CNC time.",
        "After Friday's chat we will hire someone else for the bar manager job.",
        "The board will appoint another candidate whose fundraising record is longer.",
    ],
)
def test_a_hire_announced_of_someone_described(text: str) -> None:
    assert negation.CHOSE_OTHER in marks(text)


@pytest.mark.parametrize(
    "text",
    [
        "We will hire someone to lead the new warehouse from January.",
        "If we bring on someone else, we'll let you know straight away.",
        "We're going to bring on someone like you who knows the kitchen.",
        "Once we've met everyone, we'll take on someone who fits the rota.",
    ],
)
def test_no_hire_announced_in_these(text: str) -> None:
    assert negation.CHOSE_OTHER not in marks(text)


# other languages: the application or the process stopping here, said of it
@pytest.mark.parametrize(
    "text",
    [
        "Na overleg eindigt de procedure hier voor jou.",
        "Jouw sollicitatie stopt op dit punt, helaas.",
        "Din ansökan går tyvärr inte vidare i rekryteringen.",
        "Søknaden din går dessverre ikke videre til intervju.",
        "Candidatura ta se oprește aici, din păcate.",
        "Lamentablemente, el proceso termina aquí para ti.",
        "Purtroppo il percorso si ferma qui per questa posizione.",
    ],
)
def test_the_application_stopping_here_abroad(text: str) -> None:
    assert negation.READER_OUT in marks(text)


# ... and someone else chosen in the shapes the readings lacked
@pytest.mark.parametrize(
    "text",
    [
        "Efter intervjuerna föll valet på en person med lång erfarenhet av lager.",
        "Denne gangen falt valget på søkere med fagbrev.",
        "De commissie heeft de voorkeur gegeven aan een kandidaat met horeca-ervaring.",
        "Uiteindelijk gaf de manager de voorkeur aan iemand uit het eigen team.",
        "Comisia a ales pentru interviu trei candidați cu experiență în logistică.",
    ],
)
def test_someone_else_preferred_abroad(text: str) -> None:
    assert negation.CHOSE_OTHER in marks(text)


@pytest.mark.parametrize(
    "text",
    [
        "Als je niet door gaat, stopt de procedure voor jou hier.",
        "Om din ansökan inte går vidare hör vi av oss.",
        "Wij geven de voorkeur aan kandidaten met een rijbewijs.",
        "Efter intervjuerna föll valet på dig, grattis!",
        "Dacă aplicația ta se oprește aici, te vom anunța.",
    ],
)
def test_conditionals_policies_and_the_reader_chosen_abroad(text: str) -> None:
    assert not decision(text)


@pytest.mark.parametrize(
    ("body", "twin"),
    [
        (
            "Tack för ditt intresse för tjänsten som Grant Compliance Officer. Tyvärr går din "
            "ansökan inte vidare.",
            "Tack för ditt intresse för programmet Grant Compliance. Tyvärr går din ansökan "
            "inte vidare.",
        ),
        (
            "Takk for søknaden på stillingen som Grant Officer. Denne gangen falt valget på "
            "søkere med fagbrev.",
            "Takk for søknaden til grant-fondet. Denne gangen falt valget på søkere med fagbrev.",
        ),
    ],
)
def test_a_job_named_in_another_language_keeps_the_gate_open(body: str, twin: str) -> None:
    assert gate("Din ansökan", body)
    assert decision(twin)
    assert not gate("Din ansökan", twin)
