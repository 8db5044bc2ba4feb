"""Why a message scored as it did: the words and word pairs that pushed its score up or down.

A HashingVectorizer keeps no vocabulary, so the message's own tokens and bigrams are
recomputed with the fitted vectorizer's analyzer and hashed to find their columns. A column's
contribution to the log-odds is its TF-IDF value times the logistic regression's coefficient;
features that collide in one column share it (and are listed together).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import numpy as np
from sklearn.feature_extraction import FeatureHasher
from sklearn.feature_extraction.text import HashingVectorizer

from rejectwatch.classifier import Document, Model, documents_to_text
from rejectwatch.errors import ModelError

__all__ = ["Contribution", "Explanation", "explain"]


@dataclass(frozen=True)
class Contribution:
    feature: str  # "word", "two words", or several joined by " | " when they share a column
    weight: float  # added to the log-odds of "rejection"


@dataclass(frozen=True)
class Explanation:
    score: float
    label: str
    intercept: float
    up: tuple[Contribution, ...]  # largest positive contributions first
    down: tuple[Contribution, ...]  # most negative first

    def as_dict(self) -> dict[str, Any]:
        return {
            "score": round(self.score, 6),
            "label": self.label,
            "intercept": round(self.intercept, 4),
            "up": [[c.feature, round(c.weight, 4)] for c in self.up],
            "down": [[c.feature, round(c.weight, 4)] for c in self.down],
        }


def _columns(vectorizer: HashingVectorizer, features: list[str]) -> list[int]:
    """The column each analyzer output lands in, exactly as the fitted vectorizer hashes it."""
    hasher = FeatureHasher(
        n_features=vectorizer.n_features,
        input_type="string",
        alternate_sign=vectorizer.alternate_sign,
        dtype=np.float64,
    )
    matrix = hasher.transform([[f] for f in features]).tocsr()
    return [int(matrix.indices[matrix.indptr[i]]) for i in range(len(features))]


def explain(model: Model, doc: Document, top: int = 8) -> Explanation:
    """The ``top`` features pushing ``doc`` towards rejection, and the ``top`` pushing away."""
    steps = model.pipeline.named_steps
    vectorizer, tfidf, classifier = steps.get("hash"), steps.get("tfidf"), steps.get("classifier")
    if not isinstance(vectorizer, HashingVectorizer) or tfidf is None or classifier is None:
        raise ModelError("this model's pipeline cannot be explained (expected hash/tfidf/LR)")
    text = documents_to_text([doc])
    row = tfidf.transform(vectorizer.transform(text)).tocsr()
    values = dict(zip(row.indices.tolist(), row.data.tolist(), strict=True))
    classes = list(classifier.classes_)
    coef = np.asarray(classifier.coef_[0], dtype=np.float64)
    intercept = float(classifier.intercept_[0])
    sign = 1.0 if classes[1] == "rejection" else -1.0  # coef_ points at classes_[1]

    features = sorted(set(vectorizer.build_analyzer()(text[0])))
    by_column: dict[int, list[str]] = defaultdict(list)
    if features:
        for feature, column in zip(features, _columns(vectorizer, features), strict=True):
            by_column[column].append(feature)
    contributions = [
        Contribution(" | ".join(names), sign * values.get(column, 0.0) * coef[column])
        for column, names in by_column.items()
        if values.get(column, 0.0) and coef[column]
    ]
    contributions.sort(key=lambda c: (-c.weight, c.feature))
    up = tuple(c for c in contributions if c.weight > 0)[:top]
    down = tuple(c for c in reversed(contributions) if c.weight < 0)[:top]
    score = model.scores([doc])[0]
    return Explanation(score, model.label(score), sign * intercept, up, down)
