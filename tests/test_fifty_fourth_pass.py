"""Issue 11, fifty-fourth pass: someone described by a relative clause who "has taken the job"
is someone else chosen, and a "before" that closes that clause is no step still to come; a
status line beside a rule for a class of applications ("closed ones move to the archive") is no
refused status. Wordings written apart from the blind slices; conditions, the reader among the
class and other news stay unread."""

from __future__ import annotations

import pytest

from readings import decision, marks
from rejectwatch.model import negation

READ = [
    (
        "Thanks for coming in. Someone who's laid floors before has taken the job.",
        negation.CHOSE_OTHER,
    ),
    (
        "Sorry Dara, a fitter who's worked here before has taken the job.",
        negation.CHOSE_OTHER,
    ),
    (
        "Thank you for your time on Tuesday. A baker who knows the ovens has landed the job.",
        negation.CHOSE_OTHER,
    ),
    ("Status: Not selected. Closed ones move to the archive.", negation.STATUS_REFUSED),
]

UNREAD = [
    "If someone who has done this before has taken the job, we will let you know.",
    "Before we decide, someone who has run a till before will need to check your form.",
    "Thanks for applying. Your status shows as Received; closed ones move to the archive "
    "after a year.",
    "Application status: In review. Rejected applications are deleted after twelve months.",
]


@pytest.mark.parametrize(("text", "token"), READ)
def test_the_kinds_missed_are_read(text: str, token: str) -> None:
    assert token in marks(text)


@pytest.mark.parametrize("text", UNREAD)
def test_conditions_and_rules_for_a_class_stay_unread(text: str) -> None:
    assert not decision(text)
