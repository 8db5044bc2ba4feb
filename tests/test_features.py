"""The two feature blocks: the whole message, and its refusal sentences normalised apart."""

from __future__ import annotations

import numpy as np
import pytest

from rejectwatch.features import CUE_FEATURES, N_FEATURES, Document, DocumentHasher
from rejectwatch.negation import read_cues
from rejectwatch.shared_words import SharedWordsTfidf

SHORT = Document(
    "Your application",
    "Hi Sam,\n\nUnfortunately we will not be moving forward with your application.\n\nBest,\nAna",
    "Ana <ana@example.test>",
)
LONG = Document(
    SHORT.subject,
    SHORT.body.replace(
        "\n\nBest",
        "\n\nThank you for the time you gave us. Our careers site lists every open role, and "
        "you can set up job alerts there.\n\nFollow us on LinkedIn for news from our teams."
        "\n\nBest",
    ),
    SHORT.sender,
)


def cue_sentences(text: str) -> str:
    return read_cues(text)[1]


def test_cue_sentences_are_the_sentences_with_a_negation_or_regret_cue() -> None:
    text = (
        "Thanks for applying. After review, we have decided not to proceed! "
        "We wish you well.\nSadly the role is now filled"
    )
    assert cue_sentences(text).split("\n") == [
        "after review, we have decided not to proceed",
        "sadly the role is now filled",
    ]
    assert cue_sentences("Thanks for applying, we will be in touch.") == ""


def test_a_sentence_with_two_cues_is_kept_once() -> None:
    assert cue_sentences("Unfortunately we cannot offer you the role.") == (
        "unfortunately we cannot offer you the role"
    )


def test_hasher_puts_the_refusal_sentences_in_their_own_columns() -> None:
    counts = DocumentHasher().transform([SHORT, Document("Hello", "See you on Monday.", "")])
    assert counts.shape == (2, N_FEATURES + CUE_FEATURES)
    first, second = counts.getrow(0).indices, counts.getrow(1).indices
    assert (first >= N_FEATURES).any()  # the refusal sentence
    assert (first < N_FEATURES).any()  # the whole message
    assert not (second >= N_FEATURES).any()  # no cue, nothing in the second block


def test_each_block_has_its_own_length_so_padding_does_not_dilute_the_refusal() -> None:
    hasher = DocumentHasher()
    counts = hasher.transform([SHORT, LONG])
    message_end, cue_end = hasher.block_ends
    tfidf = SharedWordsTfidf(min_sources=1, blocks=((message_end, 1.0), (cue_end, 0.5)))
    rows = tfidf.fit(counts).transform(counts).toarray()
    message, refusal = rows[:, :message_end], rows[:, message_end:]
    assert np.linalg.norm(message, axis=1) == pytest.approx([1.0, 1.0])
    assert np.linalg.norm(refusal, axis=1) == pytest.approx([0.5, 0.5])
    # The long letter's refusal block is exactly the short note's; its message block is not.
    assert refusal[0] == pytest.approx(refusal[1])
    assert not np.allclose(message[0], message[1])


def test_blocks_must_cover_the_columns() -> None:
    counts = DocumentHasher().transform([SHORT])
    with pytest.raises(ValueError, match="blocks end at column"):
        SharedWordsTfidf(min_sources=1, blocks=((N_FEATURES, 1.0),)).fit(counts)
