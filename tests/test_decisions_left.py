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
