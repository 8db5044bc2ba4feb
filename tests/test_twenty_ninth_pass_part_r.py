"""Twenty-ninth pass, part R (issue 11): a re-read of the pass's source change.

Part H's receipt branches of gate._PENDING_STATUS ("your application has been logged", "your
CV is with us") held a message below filing whenever no decision token was read in it; a refusal
that opens on the receipt and goes on in the same sentence to say the application was reviewed,
assessed or scored, then declines it in words that give no token, was held too (filed before
part H at 0.81-1.00). The receipt followed by "and reviewed" is an account, not a receipt.

Every message here is written for these tests; the receipt twins (the review still ahead) stay
held."""

from __future__ import annotations

import pytest

from readings import held_as_no_job

# a refusal after a receipt and a review already done: never held by the receipt
REVIEWED_THEN_REFUSED = [
    "Dear Ada,\n\nYour application for Finance Officer has been logged and reviewed by the "
    "panel. Regrettably it has not been shortlisted on this occasion.\n\nRegards,\nHR",
    "Dear Ada,\n\nYour application has been logged and assessed against the person "
    "specification. It was not shortlisted this time.\n\nRegards,\nHR",
    "Dear Ada,\n\nYour CV is with us and has been considered by the hiring manager. On this "
    "occasion it has not been taken forward.\n\nRegards",
    "Dear Ada,\n\nYour application to Kestrel Foods has been recorded and scored. Regrettably it "
    "did not reach the interview threshold.\n\nRegards",
]

# ... and the receipts whose review is still ahead: held as before
RECEIPTS_AHEAD = [
    "Dear Ada,\n\nYour application for Finance Officer has been logged and will be reviewed by "
    "the panel after the closing date on 14 March.\n\nRegards,\nHR",
    "Dear Ada,\n\nYour CV is with us and the hiring manager will look at it next week. We will "
    "be in touch either way.\n\nRegards",
    "Dear Ada,\n\nYour application to Kestrel Foods has been recorded and passed to the team "
    "for the Warehouse Lead role.\n\nRegards",
]


@pytest.mark.parametrize("body", REVIEWED_THEN_REFUSED)
def test_a_refusal_after_a_review_is_not_held_as_a_receipt(body: str) -> None:
    assert not held_as_no_job("Your application", body)


@pytest.mark.parametrize("body", RECEIPTS_AHEAD)
def test_a_receipt_with_the_review_ahead_stays_held(body: str) -> None:
    assert held_as_no_job("Your application", body)


def test_a_cv_received_and_reviewed_is_not_held_as_a_receipt() -> None:
    body = (
        "Dear Ada,\n\nWe have received your CV and reviewed it carefully. On this occasion it "
        "has not been taken forward.\n\nRegards"
    )
    assert not held_as_no_job("Your application", body)


def test_a_cv_received_with_the_review_ahead_stays_held() -> None:
    body = (
        "Dear Ada,\n\nWe have received your CV and will review it once the advert closes.\n\n"
        "Regards"
    )
    assert held_as_no_job("Your application", body)
