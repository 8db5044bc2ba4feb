"""applications: which messages confirm an application, and what they say about it."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest

from mailgen import mail_value
from rejectwatch.crm.applications import application_received, sender_domain
from rejectwatch.mail.message import Address, Mail

WHEN = datetime(2024, 5, 2, 9, 0, tzinfo=UTC)


def mail(subject: str, text: str, sender: Address) -> Mail:
    return mail_value(message_id="<a@x>", subject=subject, sender=sender, date=WHEN, text=text)


def test_confirmation_from_the_company() -> None:
    app = application_received(
        mail(
            "Application received",
            "Hi Sam,\n\nThank you for applying for the Data Analyst position at Larkspur Labs. "
            "We have received your application and will review it soon.",
            Address("Larkspur Labs", "no-reply@larkspur.example"),
        )
    )
    assert app is not None
    assert (app.company, app.position, app.sender_domain, app.applied) == (
        "Larkspur Labs",
        "Data Analyst",
        "larkspur.example",
        WHEN,
    )


def test_confirmation_through_an_ats_has_no_sender_domain() -> None:
    app = application_received(
        mail(
            "Thank you for applying to Fjordline",
            "Good news: your application is in! We will review every application.",
            Address("Fjordline", "no-reply@us.greenhouse-mail.io"),
        )
    )
    assert app is not None
    assert (app.company, app.sender_domain) == ("Fjordline", "")


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Your application to Acme",
            "We received your application. Unfortunately we have decided not to proceed.",
        ),
        ("Interview", "We'd love to invite you to an interview next week."),
        ("Lunch?", "Are you free on Friday?"),
        ("Your application", "We have received your application."),  # no company anywhere
    ],
)
def test_not_a_confirmation(subject: str, text: str) -> None:
    assert application_received(mail(subject, text, Address("", "someone@gmail.com"))) is None


def test_sender_domain() -> None:
    assert sender_domain("jobs@acme.com") == "acme.com"
    assert sender_domain("x@greenhouse.io") == ""
    assert sender_domain("sam@gmail.com") == ""
    assert sender_domain("nobody") == ""


def test_ordinary_mail_takes_the_cheap_exit() -> None:
    ham = mail(
        "Minutes of Tuesday's meeting",
        "Hi all, attached are the minutes. " * 40,
        Address("Kim", "kim@example.org"),
    )
    start = time.perf_counter()
    for _ in range(2000):
        assert application_received(ham) is None
    per_message = (time.perf_counter() - start) / 2000
    assert per_message < 100e-6  # measured ~3 µs; generous for slow CI machines


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Eingangsbestätigung Ihrer Bewerbung",
            "Sehr geehrte Frau Lee,\n\nvielen Dank für Ihr Interesse. Wir haben Ihre Bewerbung "
            "als Data Analyst (m/w/d) gut erhalten und melden uns in Kürze.",
        ),
        (
            "Ihre Bewerbung",
            "Hallo Sam,\n\nIhre Bewerbung ist bei uns eingegangen. Wir prüfen sie sorgfältig.",
        ),
        (
            "Accusé de réception de votre candidature",
            "Bonjour,\n\nNous avons bien reçu votre candidature et nous l'étudierons.",
        ),
        (
            "Tu candidatura",
            "Hola Sam,\n\nHemos recibido tu candidatura para el puesto de Analista de Datos.",
        ),
        (
            "Je sollicitatie",
            "Beste Sam,\n\nWe hebben je sollicitatie in goede orde ontvangen.",
        ),
    ],
)
def test_a_confirmation_in_german_french_spanish_or_dutch(subject: str, text: str) -> None:
    app = application_received(mail(subject, text, Address("", "jobs@kestrel-dynamics.de")))
    assert app is not None
    assert (app.company, app.sender_domain) == ("Kestrel Dynamics", "kestrel-dynamics.de")


@pytest.mark.parametrize(
    "text",
    [
        "Wir haben Ihre Bewerbung erhalten. Leider müssen wir Ihnen mitteilen, dass wir uns für "
        "eine andere Kandidatin entschieden haben.",
        "Nous avons bien reçu votre candidature. Malheureusement, nous ne pouvons pas y donner "
        "une suite favorable.",
        "Hemos recibido tu candidatura. Lamentablemente, hemos decidido continuar con otros "
        "candidatos.",
        "We hebben je sollicitatie ontvangen. Helaas hebben we besloten niet verder te gaan.",
    ],
)
def test_a_refusal_in_other_languages_is_no_confirmation(text: str) -> None:
    assert application_received(mail("Bewerbung", text, Address("", "jobs@kestrel.de"))) is None
