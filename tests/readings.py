"""What the passes' reading tests ask of a sentence (tests/test_*_pass.py): the marks
negation.read_cues gives it, and whether one of them is a decision the gate reads as given to
the reader."""

from __future__ import annotations

from rejectwatch.model import negation
from rejectwatch.model.features import Document, documents_to_views
from rejectwatch.model.gate import decided_for_reader, no_job_decision
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


def refused(text: str) -> bool:
    """A decision token, or a negation read as a refusal given (neg_: not hyp_)."""
    return decision(text) or any(mark.startswith("neg_") for mark in marks(text))


def message_marks(subject: str, body: str, sender: str = "talent@employer.example") -> list[str]:
    """The marks a whole message (subject, sender, body) is given (its cue view's last line)."""
    texts, _ = documents_to_views([Document(subject, body, sender)])
    return texts[0].rsplit("\n", 1)[-1].split()


def message_decisions(subject: str, body: str, sender: str = "talent@employer.example") -> set[str]:
    """The decision tokens a whole message (subject, sender, body) is given."""
    return set(DECISIONS).intersection(message_marks(subject, body, sender))


def held_as_no_job(subject: str, body: str, sender: str = "someone@example.org") -> bool:
    """Does gate.no_job_decision hold the whole message (its views) below filing?"""
    texts, sentences = documents_to_views([Document(subject, body, sender)])
    return no_job_decision(texts[0], sentences[0])


def gate(subject: str, body: str) -> bool:
    """Does the gate read a decision given to the reader about a job in this one message
    (twentieth pass: the language tests' own copies of it may import this one)?"""
    return decided_for_reader([Document(subject, body, "team@firm.example")])[0]
