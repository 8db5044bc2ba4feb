"""Why a message scored as it did: the words and word pairs that pushed its score up or down.

Hashing keeps no vocabulary, so the message's own tokens and bigrams are recomputed and hashed
as the model's hashing step does (rejectwatch.model.plain) to find their columns; features that
collide in one column share it (and are listed together). Features of the refusal-sentence
block (rejectwatch.model.features) are shown in brackets: ``[not selected]`` is "not selected"
inside a sentence with a negation or regret cue, counted apart from the same words in the
message.

The classifier stacks three linear models (rejection, job mail, refusal; rejectwatch.model.factors)
under a small combiner with a job x refusal interaction. A column's contribution is its TF-IDF
value times each model's weight, each weighted by how much that model moves the final log-odds
for this message: the combiner's gradient averaged along the path from a message with no
features to this one (integrated gradients), so contributions add up to the change in log-odds.
``intercept`` is the rest: the log-odds of a message with no features (plus the path
integral's tiny numerical error), so that intercept plus all contributions is exactly the
log-odds of the message's words. The score and label are what `classify` gives: the decided
gate and the sentence gate may lift it above what the words add up to, the guard hold it
below (rejectwatch.model.classifier.Model.scores). The three models' own probabilities are
shown as ``factors``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import numpy as np

from rejectwatch.model.classifier import Model
from rejectwatch.model.features import Document, documents_to_blocks, words_and_pairs
from rejectwatch.model.plain import FACTORS, expit
from rejectwatch.model.token_hashes import token_columns

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
    # thirty-second pass: the strongest sentence and its probability as the sentence gate reads
    # it (rejectwatch.model.sentence_gate); None for a model without a sentence model
    sentence: tuple[float, str] | None = None

    def as_dict(self) -> dict[str, Any]:
        found = {
            "score": round(self.score, 6),
            "label": self.label,
            "factors": {name: round(p, 4) for name, p in self.factors.items()},
            "intercept": round(self.intercept, 4),
            "up": [[c.feature, round(c.weight, 4)] for c in self.up],
            "down": [[c.feature, round(c.weight, 4)] for c in self.down],
        }
        if self.sentence is not None:
            found["strongest_sentence"] = [round(self.sentence[0], 4), self.sentence[1]]
        return found


def _columns(features: list[str], width: int) -> list[int]:
    """The column each feature lands in, exactly as the model's hashing step hashes it."""
    return [int(c) for c in token_columns(features, width)]


def explain(model: Model, doc: Document, top: int = 8) -> Explanation:
    """The ``top`` features pushing ``doc`` towards rejection, and the ``top`` pushing away."""
    plain = model.scorer
    # (the char view's grams, features.CHAR_VIEW, are not named: they count in ``rest``)
    views = documents_to_blocks([doc], plain.hasher.char_width > 0)
    row = plain.rows(views)
    classifier = plain.classifier
    z = classifier.factor_logits(row)[0]
    logit = float(classifier.combine(z[np.newaxis, :])[0])
    # One weight per column: the three models' weights, each scaled by what a unit of that
    # model's log-odds is worth for this message (integrated gradients, rejectwatch.model.factors).
    local = np.asarray(classifier.weights, dtype=np.float64) @ classifier.path_gradient(z)

    by_column: dict[int, list[str]] = defaultdict(list)
    offset = 0
    for index, (view, width) in enumerate(zip(views, plain.hasher.widths, strict=False)):
        # the message block's features as they are, the refusal sentences' in brackets
        shown = "{}" if index == 0 else "[{}]"
        features = sorted(set(words_and_pairs(view[0])))
        for feature, column in zip(features, _columns(features, width), strict=True):
            by_column[offset + column].append(shown.format(feature))
        offset += width
    values = dict(zip(row.indices.tolist(), row.data.tolist(), strict=True))
    contributions = [
        Contribution(" | ".join(names), values.get(column, 0.0) * float(local[column]))
        for column, names in by_column.items()
        if values.get(column, 0.0) and local[column]
    ]
    contributions.sort(key=lambda c: (-c.weight, c.feature))
    up = tuple(c for c in contributions if c.weight > 0)[:top]
    down = tuple(c for c in reversed(contributions) if c.weight < 0)[:top]
    # what model.scores gives (thirty-second pass: it was the guard over the words' score
    # alone, so a message the decided gate or the sentence gate files was labelled as not
    # filed here); an offer held below filing scores less than its words add up to, a message
    # lifted by a gate more
    score = model.scores([doc])[0]
    rest = logit - sum(c.weight for c in contributions)
    factors = {name: expit(float(v)) for name, v in zip(FACTORS, z, strict=True)}
    gate = plain.sentence_model
    sentence = None if gate is None else gate.strongest(doc)
    return Explanation(score, model.label(score), rest, up, down, factors, sentence)
