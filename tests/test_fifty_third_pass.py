"""Issue 11, fifty-third pass: a post shut unfilled is read in every wording the pattern names
("without any appointee", "without an appointment", "with no selection"), since the words that
let the pattern run now come from the pattern's own pieces; the same wordings under a condition
or for a meeting stay unread."""

from __future__ import annotations

import pytest

from readings import decision, marks
from rejectwatch.model import negation

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
