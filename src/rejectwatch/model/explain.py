"""Why a message scored as it did: the words and word pairs that pushed its score up or down.

A HashingVectorizer keeps no vocabulary, so the message's own tokens and bigrams are
recomputed with each block's analyzer and hashed to find their columns; features that collide
in one column share it (and are listed together). Features of the refusal-sentence block
(rejectwatch.model.features) are shown in brackets: ``[not selected]`` is "not selected" inside a
sentence with a negation or regret cue, counted apart from the same words in the message.

The classifier stacks three linear models (rejection, job mail, refusal; rejectwatch.model.factors)
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

from rejectwatch.errors import ModelError
from rejectwatch.model.classifier import Model
from rejectwatch.model.factors import FACTORS, FactorClassifier
from rejectwatch.model.features import Document, DocumentHasher, documents_to_views, vectorizer

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


def _blocks(
    hasher: DocumentHasher, text: str, sentences: str
) -> list[tuple[HashingVectorizer, int, str, str]]:
    """(vectorizer, column offset, display format, text) of each block of one message."""
    message_end, _ = hasher.block_ends
    return [
        (vectorizer(hasher.n_features), 0, "{}", text),
        (vectorizer(hasher.cue_features), message_end, "[{}]", sentences),
    ]


def explain(model: Model, doc: Document, top: int = 8) -> Explanation:
    """The ``top`` features pushing ``doc`` towards rejection, and the ``top`` pushing away."""
    steps = model.pipeline.named_steps
    hasher, tfidf, classifier = steps.get("hash"), steps.get("tfidf"), steps.get("classifier")
    if (
        not isinstance(hasher, DocumentHasher)
        or tfidf is None
        or not isinstance(classifier, FactorClassifier)
    ):
        raise ModelError("this model's pipeline cannot be explained (expected hash/tfidf/factors)")
    texts, sentences = documents_to_views([doc])
    row = tfidf.transform(hasher.hash_views(texts, sentences)).tocsr()
    z = classifier.factor_logits(row)[0]
    logit = float(classifier.combine(z[np.newaxis, :])[0])
    # One weight per column: the three models' weights, each scaled by what a unit of that
    # model's log-odds is worth for this message (integrated gradients, rejectwatch.model.factors).
    local = np.asarray(classifier.weights_, dtype=np.float64) @ classifier.path_gradient(z)

    by_column: dict[int, list[str]] = defaultdict(list)
    for block_vectorizer, offset, shown, text in _blocks(hasher, texts[0], sentences[0]):
        features = sorted(set(block_vectorizer.build_analyzer()(text)))
        if features:
            columns = _columns(block_vectorizer, features)
            for feature, column in zip(features, columns, strict=True):
                by_column[offset + column].append(shown.format(feature))
    values = dict(zip(row.indices.tolist(), row.data.tolist(), strict=True))
    contributions = [
        Contribution(" | ".join(names), values.get(column, 0.0) * float(local[column]))
        for column, names in by_column.items()
        if values.get(column, 0.0) and local[column]
    ]
    contributions.sort(key=lambda c: (-c.weight, c.feature))
    up = tuple(c for c in contributions if c.weight > 0)[:top]
    down = tuple(c for c in reversed(contributions) if c.weight < 0)[:top]
    # what model.scores gives, without running the pipeline again (an offer held below filing
    # scores less than its words add up to; see Model.guard)
    score = model.guard(doc, float(expit(logit)))
    rest = logit - sum(c.weight for c in contributions)
    factors = {name: float(expit(v)) for name, v in zip(FACTORS, z, strict=True)}
    return Explanation(score, model.label(score), rest, up, down, factors)
