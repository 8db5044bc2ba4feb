"""What the passes' reading tests ask of a sentence (tests/test_*_pass.py): the marks
negation.read_cues gives it, and whether one of them is a decision the gate reads as given to
the reader."""

from __future__ import annotations

from rejectwatch.model import negation
from rejectwatch.model.negation import read_cues

DECISIONS = (
    negation.READER_OUT,
    negation.CHOSE_OTHER,
    negation.ROLE_GONE,
    negation.STATUS_REFUSED,
)


def marks(text: str) -> list[str]:
    return read_cues(text)[0].split()


def decision(text: str) -> bool:
    """Any decision token the gate reads as given to the reader."""
    found = marks(text)
    return any(token in found for token in DECISIONS)
