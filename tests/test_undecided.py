"""Training copies of the read rejections without their decision tokens (thirtieth pass)."""

from __future__ import annotations

import numpy as np
import pytest
from tests.test_classifier import make_examples

from rejectwatch.model import classifier, undecided
from rejectwatch.model.features import Document, documents_to_blocks, documents_to_views
from rejectwatch.model.hashing import DocumentHasher
from rejectwatch.model.undecided import (
    Undecided,
    carries_decision,
    strip_decisions,
    with_undecided_copies,
)

READ = Document(
    "Your application",
    "Thank you for your interest. We have decided not to move forward with your application "
    "and have chosen another candidate.",
    "hr@acme.example",
)
UNREAD = Document("Lunch", "Ramen on Friday near the office?", "Friend <f@y.example>")


def test_strip_decisions_takes_out_the_decision_tokens_and_nothing_else() -> None:
    text, sentences = (view[0] for view in documents_to_blocks([READ]))
    assert carries_decision(text)
    assert "xchoseother" in sentences
    stripped = strip_decisions(text)
    assert not carries_decision(stripped)
    assert "xchoseother" not in stripped
    assert "xchoseother" not in strip_decisions(sentences)
    # the words and the other marks (neg_…) stay, in order
    assert stripped.split() == [w for w in text.split() if w not in undecided.DECISION_TOKENS]
    assert "neg_forward" in stripped
    assert not carries_decision(documents_to_views([UNREAD])[0][0])


def test_the_hasher_reads_a_copy_without_its_tokens() -> None:
    hasher = DocumentHasher()
    rows = hasher.transform([READ, Undecided(*READ), UNREAD, Undecided(*UNREAD)]).toarray()
    text, sentences = (view[0] for view in documents_to_blocks([READ]))
    expected = hasher.hash_views([strip_decisions(text)], [strip_decisions(sentences)]).toarray()
    assert np.array_equal(rows[1], expected[0])
    assert not np.array_equal(rows[0], rows[1])
    # a message with no decision token hashes the same either way
    assert np.array_equal(rows[2], rows[3])


def test_only_rejections_with_a_decision_token_are_copied() -> None:
    docs = [READ, UNREAD, READ, Undecided(*READ)]
    texts = documents_to_views(docs)[0]
    # the second READ is no rejection here; a copy is never copied again
    assert with_undecided_copies(docs, texts, [True, True, False, True]) == [0]


@pytest.fixture(scope="module")
def trained() -> tuple[classifier.Model, int]:
    examples = make_examples()
    texts = documents_to_views([Document(e.subject, e.body, e.sender) for e in examples])[0]
    read = sum(
        e.label == "rejection" and carries_decision(t) for e, t in zip(examples, texts, strict=True)
    )
    return classifier.train(examples, cv_folds=3), read


def test_training_adds_the_copies_but_cv_counts_the_corpus_only(
    trained: tuple[classifier.Model, int],
) -> None:
    model, read = trained
    examples = make_examples()
    assert read > 0
    card = model.card["examples"]
    assert card["undecided_copies"] == {"count": read, "weight": undecided.COPY_WEIGHT}
    assert card["total"] == len(examples)
    assert sum(card["by_label"].values()) == len(examples)
    rejections = sum(e.label == "rejection" for e in examples)
    for band in ("at_filing", "at_review"):
        cv = model.card["cv"][band]
        assert cv["true_positives"] + cv["false_negatives"] == rejections


def test_the_copies_teach_the_refusal_words(
    trained: tuple[classifier.Model, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A refusal no reading knows, in the corpus's refusal words, scores higher when the
    models were also trained on the read rejections without their tokens."""
    with_copies, _ = trained
    monkeypatch.setattr(classifier, "with_undecided_copies", lambda *_: [])
    without = classifier.train(make_examples(), cv_folds=3)
    assert "undecided_copies" in without.card["examples"]
    assert without.card["examples"]["undecided_copies"]["count"] == 0
    probe = Document(
        "Regarding the Data Analyst position",
        "We regret that we will not be progressing your candidacy with Vandelay.",
        "",
    )
    assert not carries_decision(documents_to_views([probe])[0][0])
    assert (
        with_copies.scorer.positive(documents_to_blocks([probe]))[0]
        > without.scorer.positive(documents_to_blocks([probe]))[0]
    )
