"""Twenty-first pass, part M (issue 11): a hostile re-read of the pass's new readings, on
sentences of real mail they were not written from. Each misfire found is a case here (it failed
before the mend): an English name read as a Frisian conditional, correct text "mended" as
mojibake. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from readings import decision, marks, message_decisions
from rejectwatch.model import negation
from rejectwatch.model.mojibake import mend

OUT = negation.READER_OUT


@pytest.mark.parametrize(
    "text",
    [
        # English "as Jo said": a colleague named, no Frisian "as jo" (if you)
        "As Jo explained, we have decided not to move forward with your application.",
        "As Jo said, unfortunately you have not been successful on this occasion.",
        "As Jo mentioned on the phone, we have decided not to progress your application.",
    ],
)
def test_a_name_after_as_is_no_frisian_conditional(text: str) -> None:
    assert OUT in marks(text)


def test_frisian_as_jo_stays_a_conditional() -> None:
    assert not decision("As jo net selektearre binne, dan hearre jo dat fan ús.")
    assert not decision(
        "As jo foar de ein fan de moanne neat fan ús heard hawwe, is it net slagge."
    )


@pytest.mark.parametrize(
    "text",
    [
        # a capital word's last letter before a mark, as written (Portuguese, Romanian)
        "Morada: RUA DA IRMÃ\u2026 e a MAÇÃ\u201d, obrigado",
        "ROMÂNIA \u2014 Bucureşti, CÂ\u2014",
        "«AMANHÃ» disse ele",
        "João Gonçalves, São Paulo; Château, crème brûlée; Grüße aus München",
    ],
)
def test_correct_text_is_not_mended(text: str) -> None:
    assert mend(text) == text


@pytest.mark.parametrize(
    ("text", "mended"),
    [
        # correct letters written beside a quoted damaged letter stay as written
        (
            "See you at the CAFÉ\u2019S door.\n> Weâ€™ve read your form",
            "See you at the CAFÉ\u2019S door.\n> We\u2019ve read your form",
        ),
        (
            "Mit freundlichem \u201eGruß\u201c\n> yours wonâ€™t go forward",
            "Mit freundlichem \u201eGruß\u201c\n> yours won\u2019t go forward",
        ),
        # and damaged text is still mended, a capital's too
        ("Â£31.95 for the cafÃ©, â‚¬40", "£31.95 for the café, €40"),
        ("MÃœNCHEN, Ã‰COLE, naÃ¯ve", "MÜNCHEN, ÉCOLE, naïve"),
    ],
)
def test_only_damaged_text_is_mended(text: str, mended: str) -> None:
    assert mend(text) == mended


# The decision readings on other mail: a council's permit, an office's printer, a shop's sale,
# the reader's own no to an offer (each gained a decision on this pass's merge).
OTHER_MAIL = [
    (
        "Parking permit",
        "Dear resident,\n\nYour application for the parking permit will not go ahead. The zone "
        "is full.\n\nCouncil parking team",
    ),
    (
        "Office printer",
        "Hi team,\n\nThe printer on the second floor is broken again, so we'll have to leave it "
        "for the moment. Please use the one by reception for your timesheets.\n\nFacilities",
    ),
    (
        "Clearance sale",
        "Dear customer,\n\nThere is nothing left to offer you in the sale, sorry, everything has "
        "gone. Our new stock of work boots arrives next week.\n\nBootco",
    ),
    (
        "Re: your offer",
        "Hi Jane,\n\nThank you, but I'm going to say no this time, as I've accepted another "
        "position.\n\n> We are pleased to offer you the role of analyst.\n\nBest,\nAlex",
    ),
]


@pytest.mark.parametrize(
    ("text", "token"),
    [
        # the readings' own refusals stay decided
        ("You passed your test in 2024, so we'll have to leave it for the moment.", OUT),
        ("Your licence is under two years old, so I'll have to say no for this season.", OUT),
        ("I'm afraid there is nothing left to offer you this summer.", OUT),
        ("So there is nothing left to offer you, sorry.", OUT),
        ("Your application for the bar supervisor post won't proceed.", OUT),
        ("Having read it twice, I'm going to say no this time.", OUT),
    ],
)
def test_refusals_stay_decided(text: str, token: str) -> None:
    assert token in marks(text)


# Real refusals in the shapes other_cases reads as a case ahead, each going on to the reader's
# own decision: a silence already kept, explained; a kind or an "or not", then a regret.
REFUSALS = [
    (
        "Update",
        "Dear Sam,\n\nWeeks passed without a word from us? Then I owe you an apology: we have "
        "decided not to progress your application.\n\nKind regards,\nHR",
    ),
    (
        "Outcome",
        "Dear Sam,\n\nThank you for interviewing. An unsuccessful application gets a letter, and "
        "I'm afraid this is yours: we will not be offering you the role.\n\nRegards,\nHR",
    ),
    (
        "Outcome",
        "Dear Sam,\n\nShortlisted or not, every applicant hears from us; I'm sorry to say you "
        "were not shortlisted for the role.\n\nRegards,\nHR",
    ),
]


@pytest.mark.parametrize(("subject", "body"), REFUSALS)
def test_a_refusal_after_a_case_stays_decided(subject: str, body: str) -> None:
    assert OUT in message_decisions(subject, body)


# A requirement opening the sentence ("without your papers you cannot go on in the selection"):
# a condition in the languages read, as "without" after the statement was (languages_read).
REQUIREMENTS = [
    (
        "Výběrové řízení",
        "Dobrý den,\n\nbez vyplnění formuláře nemůžete ve výběrovém řízení pokračovat. Prosíme "
        "o doplnění do pátku.\n\nPersonální oddělení",
    ),
    (
        "Ihre Bewerbung",
        "Guten Tag,\n\nohne Ihre Unterlagen können Sie im Auswahlverfahren nicht weitermachen. "
        "Bitte senden Sie sie bis Freitag.\n\nPersonal",
    ),
]


@pytest.mark.parametrize(("subject", "body"), OTHER_MAIL + REQUIREMENTS)
def test_other_mail_gains_no_decision(subject: str, body: str) -> None:
    assert not message_decisions(subject, body)


def test_a_failed_test_then_the_requirement_stays_decided() -> None:
    body = (
        "Guten Tag,\n\nleider haben Sie den Eignungstest nicht bestanden. Ohne bestandenen Test "
        "können Sie am Auswahlverfahren nicht weiter teilnehmen.\n\nPersonal"
    )
    assert OUT in message_decisions("Ihre Bewerbung", body)


def test_a_withdrawal_named_as_a_case_keeps_the_closed_row_read() -> None:
    # other_mail reads "Status: Closed" as the reader's own closing only when the record names
    # the withdrawal as done ("Disposition: Withdrawn by candidate"), not as a case
    body = (
        "Application: Barista (ref 2231)\nStatus: Closed\n\nIf you withdrew your application at "
        "your own request, no action is needed.\n\nCareers team"
    )
    assert negation.STATUS_REFUSED in message_decisions("Application update", body)
