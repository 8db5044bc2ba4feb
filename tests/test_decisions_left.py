"""Twenty-second pass, part L (issue 11): refusals this pass's helpers left unread, read as kinds
(model/decisions_left.py), and the Swedish "tills" (until) that threw away an English "tills"
(cash registers). Every sentence is written for these tests; each kind has twins in the same
words that carry no decision (a confirmation, a pause that keeps the reader, an invitation)."""

from __future__ import annotations

import pytest

from rejectwatch.model.features import Document, documents_to_views
from rejectwatch.model.negation import CHOSE_OTHER, READER_OUT, ROLE_GONE, STATUS_REFUSED

DECISIONS = {READER_OUT, CHOSE_OTHER, ROLE_GONE, STATUS_REFUSED}


def tokens(subject: str, body: str) -> set[str]:
    """The decision tokens a whole message (subject, sender, body) is given."""
    texts, _ = documents_to_views([Document(subject, body, "talent@employer.example")])
    return DECISIONS.intersection(texts[0].rsplit("\n", 1)[-1].split())


@pytest.mark.parametrize(
    "body",
    [
        "Just to let you know, we have hired Chiara, who has five years on the tills.",
        "Quick note: we've taken on Dominik, who has worked the tills at Lidl for years.",
    ],
)
def test_an_english_till_is_no_swedish_until(body: str) -> None:
    assert tokens("Saturday job", body) == {CHOSE_OTHER}


def test_the_swedish_until_still_waits() -> None:
    body = "Tack för din ansökan. Vi återkommer inte tills beslutet är fattat."
    assert tokens("Din ansökan", body) == set()


@pytest.mark.parametrize(
    ("body", "token"),
    [
        # a plain passive with no "your"
        (
            "Regrettably the application was unsuccessful. Other applications are not discussed.",
            READER_OUT,
        ),
        ("Dear Tomasz, this application has been unsuccessful.", READER_OUT),
        ("We're sorry to say the job application wasn't successful this time.", READER_OUT),
        ("Having reviewed everything, the application has not been successful.", READER_OUT),
        ("Thank you, Ms Obi. This role application was unsuccessful.", READER_OUT),
        # Indian-English passives
        ("Post discussion with the panel, other profiles are being taken ahead.", CHOSE_OTHER),
        (
            "Kindly note that other profiles have been carried ahead for this requirement.",
            CHOSE_OTHER,
        ),
        ("Your candidature could not be taken ahead for this opening.", READER_OUT),
        ("Regret to inform that your profile is not moved ahead.", READER_OUT),
        ("As of now we are not taking your profile ahead for the Pune role.", READER_OUT),
        # a pause letter that still refuses the reader
        ("Hiring is frozen, and we won't be considering your current application.", READER_OUT),
        ("We will not be considering any of the applications received so far.", READER_OUT),
        (
            "The post is on hold; none of the applications received to date will be considered.",
            READER_OUT,
        ),
        (
            "Le recrutement est gelé : aucune candidature ne sera retenue, y compris la vôtre.",
            READER_OUT,
        ),
        (
            "El proceso queda en pausa y no avanzaremos con ninguna candidatura, tampoco la suya.",
            READER_OUT,
        ),
        ("Otrzymaliśmy Pana CV, ale niestety nie będziemy go dalej rozpatrywać.", READER_OUT),
        # a general refusal made the reader's
        (
            "Most applicants were not invited to interview. Unfortunately, this includes you.",
            READER_OUT,
        ),
        ("Only six people go to the panel. Sadly that includes your application.", READER_OUT),
        ("Few of the 300 were shortlisted. I'm afraid you are among them.", READER_OUT),
    ],
)
def test_left_refusals_are_read(body: str, token: str) -> None:
    assert token in tokens("Your application", body)


@pytest.mark.parametrize(
    "body",
    [
        # confirmations, waits, other times
        "If the application was unsuccessful, you'll hear from us by Friday.",
        "The application was unsuccessful last year, so we're glad you tried again: interview "
        "on Monday.",
        "This application has been received and is with the hiring team.",
        "Other profiles will be taken ahead only if you decline the offer.",
        "Your profile is moved ahead to the technical round.",
        "We are taking your profile ahead to the client interview.",
        # pauses that keep the reader
        "We won't be considering your current application until the freeze lifts; it stays open.",
        "We will not be considering any applications received after the closing date.",
        "We won't be considering your current application separately, as it is already in the "
        "panel's pack.",
        "La candidature est suspendue ; la vôtre reste à l'étude.",
        # "this includes you" in good news
        "Everyone shortlisted, this includes you, is invited to the open day.",
        "Twelve people were invited to interview. Happily, you are among them.",
    ],
)
def test_twins_are_not_read(body: str) -> None:
    assert tokens("Your application", body) == set()
