"""Why a message scored as it did: the words and word pairs that pushed its score up or down.

A HashingVectorizer keeps no vocabulary, so the message's own tokens and bigrams are
recomputed with the fitted vectorizer's analyzer and hashed to find their columns; features
that collide in one column share it (and are listed together).

The classifier stacks three linear models (rejection, job mail, refusal; rejectwatch.factors)
under a small combiner with a job x refusal interaction. A column's contribution is its TF-IDF
value times each model's weight, each weighted by how much that model moves the final log-odds
for this message: the combiner's gradient averaged along the path from a message with no
features to this one (integrated gradients), so contributions add up to the change in log-odds.
``intercept`` is the rest: the log-odds of a message with no features (plus the path
integral's tiny numerical error), so that intercept plus all contributions is exactly the
message's log-odds. The three models' own probabilities are shown as ``factors``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy.special import expit
from sklearn.feature_extraction import FeatureHasher
from sklearn.feature_extraction.text import HashingVectorizer

from rejectwatch.classifier import Document, Model, documents_to_text
from rejectwatch.errors import ModelError
from rejectwatch.factors import FACTORS, FactorClassifier

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
    factors: dict[str, float]  # each stacked model's own probability, FACTORS order

    def as_dict(self) -> dict[str, Any]:
        return {
            "score": round(self.score, 6),
            "label": self.label,
            "factors": {name: round(p, 4) for name, p in self.factors.items()},
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
    if (
        not isinstance(vectorizer, HashingVectorizer)
        or tfidf is None
        or not isinstance(classifier, FactorClassifier)
    ):
        raise ModelError("this model's pipeline cannot be explained (expected hash/tfidf/factors)")
    text = documents_to_text([doc])
    row = tfidf.transform(vectorizer.transform(text)).tocsr()
    z = classifier.factor_logits(row)[0]
    logit = float(classifier.combine(z[np.newaxis, :])[0])
    # One weight per column: the three models' weights, each scaled by what a unit of that
    # model's log-odds is worth for this message (integrated gradients, rejectwatch.factors).
    local = np.asarray(classifier.weights_, dtype=np.float64) @ classifier.path_gradient(z)

    features = sorted(set(vectorizer.build_analyzer()(text[0])))
    by_column: dict[int, list[str]] = defaultdict(list)
    if features:
        for feature, column in zip(features, _columns(vectorizer, features), strict=True):
            by_column[column].append(feature)
    values = dict(zip(row.indices.tolist(), row.data.tolist(), strict=True))
    contributions = [
        Contribution(" | ".join(names), values.get(column, 0.0) * float(local[column]))
        for column, names in by_column.items()
        if values.get(column, 0.0) and local[column]
    ]
    contributions.sort(key=lambda c: (-c.weight, c.feature))
    up = tuple(c for c in contributions if c.weight > 0)[:top]
    down = tuple(c for c in reversed(contributions) if c.weight < 0)[:top]
    score = float(expit(logit))  # what model.scores gives, without running the pipeline again
    rest = logit - sum(c.weight for c in contributions)
    factors = {name: float(expit(v)) for name, v in zip(FACTORS, z, strict=True)}
    return Explanation(score, model.label(score), rest, up, down, factors)
