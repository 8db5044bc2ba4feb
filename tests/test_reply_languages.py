"""Drafts in the rejection's language: German, French, Spanish, Dutch, Italian, Portuguese;
English when the rejection is in English, in two languages, too short to tell, or in a
language we do not write."""

from __future__ import annotations

from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mailgen import mail_value
from rejectwatch.crm.extract import REASONS, Facts
from rejectwatch.crm.reply import Profile, build_draft, render_body
from rejectwatch.crm.reply_languages import LANGUAGES, language_of, wording
from rejectwatch.mail.message import Address

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
PROFILE = Profile(name="Sam Lee", email="sam@example.org", signature="")
FACTS = Facts("Acme", "Data Analyst", "Priya Shah", "priya@acme.example", "another_candidate")

REJECTIONS = {
    "de": (
        "Hallo Sam,\n\nvielen Dank für Ihre Bewerbung und Ihr Interesse an unserem Unternehmen. "
        "Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden "
        "haben. Wir wünschen Ihnen für Ihre Zukunft alles Gute.\n\nMit freundlichen Grüßen\n"
        "Priya Shah"
    ),
    "fr": (
        "Bonjour Sam,\n\nNous vous remercions pour votre candidature. Malheureusement, nous ne "
        "pouvons pas donner une suite favorable à votre candidature pour le poste. Nous vous "
        "souhaitons bonne continuation.\n\nBien cordialement,\nPriya Shah"
    ),
    "es": (
        "Hola, Sam:\n\nGracias por tu interés en nuestra empresa. Lamentablemente, hemos "
        "decidido seguir adelante con otros candidatos para el puesto. Te deseamos mucha "
        "suerte.\n\nUn saludo,\nPriya Shah"
    ),
    "nl": (
        "Beste Sam,\n\nBedankt voor je sollicitatie. Helaas hebben wij besloten niet verder te "
        "gaan met jouw sollicitatie. We wensen je veel succes.\n\nMet vriendelijke groet,\n"
        "Priya Shah"
    ),
    "it": (
        "Gentile Sam,\n\ngrazie per la candidatura. Purtroppo la sua candidatura non è stata "
        "selezionata per le fasi successive del processo. Le auguriamo il meglio.\n\n"
        "Cordiali saluti,\nPriya Shah"
    ),
    "pt": (
        "Olá Sam,\n\nAgradecemos o seu interesse. Infelizmente, a sua candidatura não foi "
        "selecionada para a vaga. Desejamos muito sucesso na sua carreira.\n\n"
        "Cumprimentos,\nPriya Shah"
    ),
}
ENGLISH = (
    "Dear Sam,\n\nThank you for your application. Unfortunately we have decided to move "
    "forward with other candidates whose experience more closely matches the role. We wish "
    "you every success.\n\nKind regards,\nPriya Shah"
)
# Words only the draft in that language would hold, and its closing line
MARKS = {
    "de": ("Hallo Priya,", "vielen Dank", "Stelle als Data Analyst bei Acme", "Viele Grüße\n"),
    "fr": ("Bonjour Priya,", "le poste de Data Analyst chez Acme", "Bien cordialement,\n"),
    "es": ("Hola, Priya:", "el puesto de Data Analyst en Acme", "Un saludo cordial,\n"),
    "nl": ("Beste Priya,", "de functie Data Analyst bij Acme", "Met vriendelijke groet\n"),
    "it": ("Gentile Priya,", "posizione di Data Analyst presso Acme", "Cordiali saluti,\n"),
    "pt": ("Olá, Priya,", "a vaga de Data Analyst na Acme", "Cordialmente,\n"),
}


def test_every_language_we_write_has_a_rejection_here() -> None:
    assert set(REJECTIONS) == set(LANGUAGES) == set(MARKS)


@pytest.mark.parametrize("lang", sorted(REJECTIONS))
def test_a_rejection_in_a_language_we_write_gets_its_draft_in_it(lang: str) -> None:
    assert language_of(REJECTIONS[lang]) == lang
    mail = mail_value(
        subject="Ihre Bewerbung" if lang == "de" else "Re: Data Analyst",
        sender=Address("Priya Shah", "priya@acme.example"),
        text=REJECTIONS[lang],
    )
    draft = build_draft(mail, FACTS, PROFILE, draft_message_id="<d1@rejectwatch>", now=NOW)
    parsed = BytesParser(policy=policy.default).parsebytes(draft.as_bytes(policy=policy.SMTP))
    assert isinstance(parsed, EmailMessage)
    assert parsed["X-Rejectwatch-Draft-For"] == mail.message_id
    assert parsed["In-Reply-To"] == mail.message_id
    body = parsed.get_content().replace("\r\n", "\n")
    flat = " ".join(body.split())  # the wrapping aside
    for mark in MARKS[lang]:
        assert mark in body if mark.endswith("\n") else mark in flat, (mark, body)
    assert body.rstrip().endswith("Sam Lee")
    assert "Thank you" not in body
    assert "Best wishes" not in body


@pytest.mark.parametrize(
    "text",
    [
        ENGLISH,
        # in two languages, as a German company writing to an international applicant does
        REJECTIONS["de"] + "\n\n---\n\n" + ENGLISH,
        # too short to tell
        "Leider nein. Danke!",
        # a language we do not write (Polish, Swedish)
        "Dzień dobry, dziękujemy za przesłanie aplikacji. Niestety nie zakwalifikowała się "
        "Pani do kolejnego etapu rekrutacji. Życzymy powodzenia.",
        "Hej Sam, tack för din ansökan. Tyvärr har vi valt att gå vidare med andra kandidater "
        "för tjänsten. Vi önskar dig lycka till.",
        # English with a German address and company name in it
        ENGLISH + "\n\nAcme GmbH, Müllerstraße 12, 10115 Berlin, Geschäftsführer: Jan Müller",
        "",
    ],
    ids=["english", "bilingual", "short", "polish", "swedish", "german-footer", "empty"],
)
def test_english_when_the_language_is_not_clearly_one_we_write(text: str) -> None:
    assert language_of(text) == "en"
    body = render_body(mail_value(text=text), FACTS, PROFILE)
    assert body.startswith("Hi Priya,\n")
    assert "Best wishes,\nSam Lee" in body


def test_english_boilerplate_around_a_greeted_german_rejection_is_still_german() -> None:
    """A hiring tool adds English paragraphs (privacy, accessibility) to a German letter:
    its greeting and words are German, and so is the reply."""
    text = (
        "Hallo Sam,\n\nwir können Ihnen die Stelle leider nicht anbieten.\n\nWe can send this "
        "information in large print, Braille or audio. Simply let us know what you need.\n\n"
        "Wir bedanken uns für Ihr Interesse.\n\nThis message was sent to you from our careers "
        "portal; you can change the e-mail you receive from us at any time."
    )
    assert language_of(text) == "de"


def test_links_and_addresses_are_no_words() -> None:
    """ "com" in every link read as Portuguese ("com" = "with")."""
    text = "Read more: https://news.example.com/a https://b.example.com/c x@y.com " * 5
    assert language_of(text) == "en"


@pytest.mark.parametrize("lang", LANGUAGES)
@given(
    first=st.sampled_from(["", "Priya"]),
    company=st.sampled_from(["", "Acme", "A" * 70]),
    position=st.sampled_from(["", "Data Analyst"]),
    interviewed=st.booleans(),
    reason=st.sampled_from(REASONS),
)
def test_no_gap_where_a_fact_is_missing(
    lang: str, first: str, company: str, position: str, interviewed: bool, reason: str
) -> None:
    said = wording(
        lang,
        first=first,
        company=company,
        position=position,
        interviewed=interviewed,
        reason=reason,
    )
    assert said is not None
    text = "\n".join([said.greeting, *said.paragraphs])
    assert "  " not in text
    assert " ," not in text
    assert " ." not in text
    assert "{" not in text
    assert "None" not in text
    assert (first in said.greeting) if first else "Priya" not in text
    if company:
        assert company in text
    if position:
        assert position in text
    assert len(said.paragraphs) == (3 if interviewed or reason == "role_cancelled" else 2)


@pytest.mark.parametrize("lang", ["en", "pl", ""])
def test_no_local_wording_for_english_or_a_language_we_do_not_write(lang: str) -> None:
    said = wording(lang, first="", company="", position="", interviewed=False, reason="")
    assert said is None
