"""Issue 11, fifty-first pass: the guard's "wants you from Monday" no longer stops at a word
that merely ends in "d" ("... and wants you from Monday"); only a contracted "would" ("we'd
want you") still keeps it from reading an offer."""

from __future__ import annotations

import pytest

from rejectwatch.model.negation import offers_the_job

OFFERS = [
    "The yard manager read your trial report and wants you from Monday.",
    "Our head chef tasted the dish and needs you from next week, whites provided.",
    "Ferry crew sorted and wants you to start from the 14th.",
]
NOT_OFFERS = [
    "We'd want you from Monday if the grant had come through, but it has not.",
    "They\u2019d need you from next week, so we chose someone already local.",
    "We would want you from the spring, had the post not been cut.",
]


@pytest.mark.parametrize("text", OFFERS)
def test_a_team_wanting_the_reader_after_a_word_ending_in_d_is_read(text: str) -> None:
    assert offers_the_job(text)


@pytest.mark.parametrize("text", NOT_OFFERS)
def test_a_contracted_would_still_keeps_the_offer_unread(text: str) -> None:
    assert not offers_the_job(text)
