"""A stacked linear classifier: is it job mail, is it a refusal, is it a job rejection?

One logistic regression over word features cannot say "rejection words *and* job context":
a declined rental application and a declined job application share every refusal phrase,
and a job confirmation shares all the job words. Three linear models over the same features
each learn one question, with targets taken from the training mail's ``kind``:

* ``rejection`` - the label itself;
* ``job``       - mail about a job search (every kind but ordinary mail and non-job declines);
* ``refusal``   - a decision against the recipient, job or not (rejections and non-job
                  declines).

A small logistic regression then combines their log-odds, with the ``job`` x ``refusal``
interaction that the linear models lack. It is trained on out-of-fold log-odds (grouped by
family), so it learns how far to trust each model on mail it has not seen.

Scoring is one sparse matrix product against the three stacked weight vectors, so it costs
about what a single logistic regression costs.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from numpy.typing import NDArray
from scipy.special import expit
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, KFold

from rejectwatch.errors import ModelError
from rejectwatch.model.corpus import NEGATIVE, POSITIVE
from rejectwatch.model.plain import FACTORS, FactorStep, interactions

__all__ = ["FACTORS", "FactorClassifier", "factor_targets"]

# Kinds that are not about the user's job search.
NOT_JOB_KINDS = frozenset({"ham", "non_job_rejection_words"})
# Kinds that are a decision against the recipient without being a job rejection.
REFUSAL_KINDS = frozenset({"non_job_rejection_words"})


def factor_targets(labels: Sequence[str], kinds: Sequence[str]) -> NDArray[np.int_]:
    """One 0/1 column per FACTORS entry. A kind this module does not know (mail the user
    labelled) counts as job mail, and as a refusal exactly when it is a rejection."""
    positive = np.asarray(labels) == POSITIVE
    kind = np.asarray(kinds)
    job = ~np.isin(kind, list(NOT_JOB_KINDS))
    refusal = positive | np.isin(kind, list(REFUSAL_KINDS))
    return np.column_stack([positive, job, refusal]).astype(np.int_)


class FactorClassifier(ClassifierMixin, BaseEstimator):  # type: ignore[misc]
    """fit(x, y, kinds=..., groups=...) -> P(rejection) via three stacked linear models.

    ``c`` is the inverse regularisation (LogisticRegression's C) of the three models,
    ``inner_folds`` the number of grouped folds that produce the combiner's training inputs,
    ``combiner_c`` the combiner's C.
    """

    def __init__(
        self, c: float = 4.0, inner_folds: int = 3, combiner_c: float = 1.0, random_state: int = 0
    ) -> None:
        self.c = c
        self.inner_folds = inner_folds
        self.combiner_c = combiner_c
        self.random_state = random_state

    def _linear(self) -> LogisticRegression:
        return LogisticRegression(
            C=self.c,
            class_weight="balanced",
            solver="liblinear",
            dual=True,  # same optimum, about twice as fast with far more features than mail
            max_iter=1000,
            random_state=self.random_state,
        )

    def _fit_weights(
        self, x: Any, targets: NDArray[np.int_], sample_weight: NDArray[np.float64] | None
    ) -> tuple[Any, Any]:
        """Weights (n_features x 3, float32) and intercepts of the three models. A target
        with one value only (possible in a small inner fold) gets zero weights and a fixed
        large intercept of the right sign."""
        weights = np.zeros((x.shape[1], targets.shape[1]), dtype=np.float32)
        intercepts = np.zeros(targets.shape[1])
        for j in range(targets.shape[1]):
            column = targets[:, j]
            if column.min() == column.max():
                intercepts[j] = 8.0 if column[0] else -8.0
                continue
            model = self._linear().fit(x, column, sample_weight=sample_weight)
            weights[:, j] = model.coef_[0]
            intercepts[j] = model.intercept_[0]
        return weights, intercepts

    def _out_of_fold_logits(
        self,
        x: Any,
        targets: NDArray[np.int_],
        groups: NDArray[Any],
        sample_weight: NDArray[np.float64] | None,
    ) -> NDArray[np.float64]:
        """Each example's three log-odds from models fitted without its family."""
        splitter: GroupKFold | KFold
        if len(set(groups.tolist())) >= self.inner_folds:
            splitter = GroupKFold(n_splits=self.inner_folds)
        else:
            splitter = KFold(n_splits=self.inner_folds, shuffle=True, random_state=0)
        out_of_fold = np.zeros((x.shape[0], len(FACTORS)))
        for train_idx, test_idx in splitter.split(x, targets[:, 0], groups):
            fold_weight = None if sample_weight is None else sample_weight[train_idx]
            weights, intercepts = self._fit_weights(x[train_idx], targets[train_idx], fold_weight)
            out_of_fold[test_idx] = x[test_idx] @ weights + intercepts
        return out_of_fold

    def fit(
        self,
        x: Any,
        y: Sequence[str],
        kinds: Sequence[str] | None = None,
        groups: Sequence[str] | None = None,
        sample_weight: Sequence[float] | None = None,
    ) -> FactorClassifier:
        """``sample_weight`` (optional) weighs each example in all four regressions: the
        user's own labelled mail counts more than one synthetic example
        (rejectwatch.pipeline.retrain)."""
        if kinds is None or groups is None:
            raise ModelError("FactorClassifier.fit needs the kinds and groups of the examples")
        labels = np.asarray(y)
        if set(labels.tolist()) != {POSITIVE, NEGATIVE}:
            raise ModelError("training needs examples of both labels")
        targets = factor_targets(labels.tolist(), list(kinds))
        weight = None if sample_weight is None else np.asarray(sample_weight, dtype=np.float64)
        self.combiner_ = LogisticRegression(C=self.combiner_c, max_iter=1000)
        if np.array_equal(targets[:, 0], targets[:, 2]):
            # No refusal that is not a rejection (no non-job declines in the data): the job and
            # refusal models add nothing the rejection model lacks, and a combiner fitted on
            # them learns noise. Pass the rejection model's log-odds through unchanged.
            self.combiner_.classes_ = np.array([0, 1])
            self.combiner_.coef_ = np.array([[1.0, 0.0, 0.0]])
            self.combiner_.intercept_ = np.array([0.0])
            self.bounds_ = (np.full(len(FACTORS), -np.inf), np.full(len(FACTORS), np.inf))
        else:
            out_of_fold = self._out_of_fold_logits(x, targets, np.asarray(groups), weight)
            self.bounds_ = (out_of_fold.min(axis=0), out_of_fold.max(axis=0))
            self.combiner_.fit(interactions(out_of_fold), targets[:, 0], sample_weight=weight)
        self.weights_, self.intercepts_ = self._fit_weights(x, targets, weight)
        self.classes_ = np.array([NEGATIVE, POSITIVE])
        return self

    def factor_logits(self, x: Any) -> NDArray[np.float64]:
        """The three models' log-odds, one row per message, columns in FACTORS order."""
        logits: NDArray[np.float64] = np.asarray(x @ self.weights_, dtype=np.float64)
        logits += self.intercepts_
        return logits

    def combine(self, z: NDArray[np.float64]) -> NDArray[np.float64]:
        """The combiner's log-odds of rejection for rows of factor log-odds.

        The log-odds are first clipped to the range the combiner was trained on: beyond it
        (a message more emphatic than any out-of-fold example) its interaction terms would be
        extrapolated, and an unmistakable rejection could score below a mild one. Refusal
        enters only through min(job, refusal) (rejectwatch.model.plain.interactions), so more
        refusal language can never lower the score."""
        return self.to_plain().combine(z)

    def to_plain(self) -> FactorStep:
        """The fitted numbers for scoring without scikit-learn (rejectwatch.model.plain)."""
        return FactorStep(
            self.weights_,
            self.intercepts_,
            self.bounds_,
            self.combiner_.coef_,
            self.combiner_.intercept_,
        )

    def decision_function(self, x: Any) -> NDArray[np.float64]:
        return self.combine(self.factor_logits(x))

    def predict_proba(self, x: Any) -> NDArray[np.float64]:
        positive = expit(self.decision_function(x))
        return np.column_stack([1.0 - positive, positive])

    def predict(self, x: Any) -> NDArray[Any]:
        return np.asarray(self.classes_[(self.predict_proba(x)[:, 1] >= 0.5).astype(int)])
