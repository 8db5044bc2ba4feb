"""Issue 11, fifty-third pass: a post shut unfilled is read in every wording the pattern names
("without any appointee", "without an appointment", "with no selection"), since the words that
let the pattern run now come from the pattern's own pieces; the same wordings under a condition
or for a meeting stay unread. The guard holds no refusal for others asked to a round or for a
document named as the reason an application is ineligible."""

from __future__ import annotations

import pytest

from readings import decision, marks
from rejectwatch.model import negation
from rejectwatch.model.classifier import held_back
from rejectwatch.model.features import Document

READ = [
    "Thank you for applying. The post now closes without any appointee, as the budget was cut.",
    "The Groundsman role has closed without any selection, so your application ends here.",
    "That requisition shut without an appointee after the site merger.",
    "The Driver vacancy has closed with no appointment made this round.",
]

UNREAD = [
    "If the post closes without any appointee, we will write to everyone who applied.",
    "The vacancy stays open; it will not close without an appointment.",
    "Your interview has closed without any selection of dates; please pick one.",
]


@pytest.mark.parametrize("text", READ)
def test_a_post_shut_unfilled_is_read_in_each_wording(text: str) -> None:
    assert negation.ROLE_GONE in marks(text)


@pytest.mark.parametrize("text", UNREAD)
def test_conditions_and_open_posts_stay_unread(text: str) -> None:
    assert not decision(text)


# The guard (classifier.held_back) no longer holds a refusal for others asked to a round, nor for
# a document named missing as the reason an application is ineligible; the reader asked to a
# round, and an application incomplete for a missing document, are still held.
NOT_HELD = [
    "Ninety people applied; six got asked to a trial shift, and you were not among them.",
    "Twelve applicants were asked to a final panel. We are sorry you were not one of them.",
    "Your application is ineligible: the forklift certificate is missing from your upload, so "
    "we have closed it.",
]
HELD = [
    "Good news: you got asked to a trial shift on Friday at 9.",
    "Four of you were asked to a final panel; please pick a slot by Thursday.",
    "Your application for the Porter post is incomplete: the DBS certificate is missing.",
]


@pytest.mark.parametrize("text", NOT_HELD)
def test_others_asked_and_reasons_for_ineligibility_are_not_held(text: str) -> None:
    assert not held_back(Document("Your application", text, "jobs@example.org"))


@pytest.mark.parametrize("text", HELD)
def test_the_reader_asked_and_an_incomplete_application_are_still_held(text: str) -> None:
    assert held_back(Document("Your application", text, "jobs@example.org"))
