"""Issue 11, fiftieth pass: the guard reads an offer told as the reader hired (slice 82's offer,
read after the slice was measured by both models that filed it). The wordings below are written
apart from the slice's: the reader hired in the present ("you're hired"), the job got, a team
wanting the reader from a day or a week on; and the shapes that must stay unread: a negation, a
condition, a past wish, "we want you to know", a request with a deadline. (Fifty-first pass: a
team wanting the reader is read after any word ending in "d", "... and wants you from Monday";
only a contracted "would", "we'd want you", keeps it unread.)"""

from __future__ import annotations

import pytest

from rejectwatch.model.negation import offers_the_job

OFFERS = [
    "Sugar shack – you're hired\nGood news, the crew wants you from Tuesday, 4 November.",
    "You're hired! Your start date is the 3rd; bring boots.",
    "Good news: you are officially hired as our deckhand for the season.",
    "Congrats, you got the job! The paperwork follows tomorrow.",
    "You've got the role - welcome aboard, see you at the depot.",
    "The kitchen needs you from Monday at 7, whites provided.",
    "The warehouse team wants you to start from next week if that suits.",
    "We want you on board from the 12th of May.",
    # fifty-first pass: after a word that merely ends in "d", not a contracted "would"
    "The yard manager read your trial report and wants you from Monday.",
    "Our head chef tasted the dish and needs you from next week, whites provided.",
    "Ferry crew sorted and wants you to start from the 14th.",
]
NOT_OFFERS = [
    "We want you to know we read every application in full.",
    "Unfortunately you are not hired for this role.",
    "We wanted you from the start, but the budget was cut and the post is gone.",
    "Sadly you didn't get the job this time.",
    "If you got the job, you would start in May, but we chose another applicant.",
    "We'd want you from Monday if the funding came through, but it did not.",
    "Thank you. We need you to confirm your details by Friday.",
    "Whether you got the role or not, we will write to you by June.",
    # fifty-first pass: a contracted "would" still keeps the offer unread
    "They\u2019d need you from next week, so we chose someone already local.",
    "We would want you from the spring, had the post not been cut.",
]


@pytest.mark.parametrize("text", OFFERS)
def test_an_offer_told_as_the_reader_hired_is_read(text: str) -> None:
    assert offers_the_job(text)


@pytest.mark.parametrize("text", NOT_OFFERS)
def test_no_offer_in_a_negation_condition_or_request(text: str) -> None:
    assert not offers_the_job(text)
