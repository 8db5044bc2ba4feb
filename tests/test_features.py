"""Engineered decision features: a decision stated as fact vs. conditionally (not yet wired in)."""

from __future__ import annotations

from pathlib import Path

import joblib
import numpy as np

from rejectwatch.classifier import Document
from rejectwatch.features import FEATURE_NAMES, DecisionFeatures, document_features


def _on(subject: str, body: str, sender: str = "") -> set[str]:
    row = document_features(subject, body, sender)
    return {name for name, value in zip(FEATURE_NAMES, row, strict=True) if value}


def test_factual_decision_about_this_application() -> None:
    on = _on(
        "Your application",
        "Thank you for applying for the role. Unfortunately we will not be moving forward "
        "with your application.",
    )
    assert {"decision:progress", "decision stated as fact", "decision about you"} <= on
    assert "decision stated conditionally" not in on


def test_conditional_phrasing_is_not_a_decision() -> None:
    for body in (
        "Thank you for applying for the role. If we decide not to proceed with your "
        "application we will let you know.",
        "Thanks for applying. If you haven't heard within two weeks, please consider your "
        "application unsuccessful.",
        "Thanks for applying for the position. Due to volume we cannot respond to "
        "unsuccessful applicants.",
    ):
        on = _on("Application received", body)
        assert "decision stated conditionally" in on, body
        assert "decision stated as fact" not in on, body


def test_invitation_is_progressing() -> None:
    on = _on("Interview", "We'd like to move forward with you and invite you to interview.")
    assert "mentions:invite" in on
    assert "decision stated as fact" not in on


def test_transformer_is_stateless_bounded_and_picklable(tmp_path: Path) -> None:
    docs = [Document("", "", ""), Document("Hi", "The position has been filled. " * 20, "")]
    transformer = DecisionFeatures().fit(docs)
    matrix = transformer.transform(docs)
    assert matrix.shape == (2, len(FEATURE_NAMES))
    assert float(matrix.min()) >= 0.0
    assert float(matrix.max()) <= 1.0
    joblib.dump(transformer, tmp_path / "t.joblib")
    again = joblib.load(tmp_path / "t.joblib")
    assert np.array_equal(again.transform(docs), matrix)
