"""Scoring imports neither scikit-learn nor scipy; the plain arithmetic is scipy's, exactly."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import numpy as np
import pytest
import scipy.sparse as sp
from scipy.special import expit as scipy_expit

from rejectwatch.errors import ModelError
from rejectwatch.model import plain

# Load the shipped model, score a rejection, an invitation and a digest in one batch and one
# alone, explain one: which heavy libraries got imported?
CHILD = r"""
import json, sys
from rejectwatch.model import classifier
from rejectwatch.model.explain import explain
from rejectwatch.model.features import Document
model = classifier.load()
docs = [
    Document("Your application to Acme", "Thank you for applying for the Analyst position. "
             "Unfortunately we will not be moving forward with your application.",
             "jobs@acme.example"),
    Document("Interview", "We would like to invite you to an interview next week.", "hr@b.example"),
    Document("Weekly digest", "Ten new jobs match your search.", "alerts@jobs.example"),
]
scores = model.scores(docs) + model.scores(docs[:1])
explain(model, docs[0])
heavy = sorted({name.split(".")[0] for name in sys.modules} & {"sklearn", "scipy", "joblib"})
print(json.dumps({"scores": scores, "filing": model.filing_threshold, "heavy": heavy}))
"""


def test_loading_and_scoring_import_neither_scikit_learn_nor_scipy() -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, check=True
    )
    result = json.loads(done.stdout.splitlines()[-1])
    assert result["heavy"] == []
    rejection, invitation, digest, alone = result["scores"]
    assert rejection >= result["filing"] > max(invitation, digest)
    assert alone == rejection


def test_row_sums_add_in_order_as_scipy_does() -> None:
    """float32 rows of very different lengths (and empty ones): the same bits as scipy's
    sparse-times-dense product, which numpy's pairwise sum would not give."""
    rng = np.random.default_rng(7)
    lengths = [0, 1, 2, 3, 17, 800, 0, 5000, 64, 9] * 20
    indptr = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)
    width = 3000
    indices = np.concatenate([np.sort(rng.choice(width, n, replace=n > width)) for n in lengths])
    data = rng.lognormal(0, 2, int(indptr[-1])).astype(np.float32)
    weights = rng.normal(0, 3, (width, 3)).astype(np.float32)
    want = sp.csr_matrix((data, indices, indptr), shape=(len(lengths), width)) @ weights
    rows = plain.Rows(data, indices, indptr, width)
    got = plain._row_sums(np.ascontiguousarray(weights.T), data, rows)
    assert got.dtype == np.float32
    assert np.array_equal(got, want)
    assert not np.array_equal(np.add.reduceat(data[:, None] * weights[indices], indptr[:-1]), want)


def test_expit_is_scipys() -> None:
    edges = [-745.0, -709.9, -709.7, -700.5, 0.0, 40.0]
    x = [*np.random.default_rng(3).normal(0, 12, 20000).tolist(), *edges]
    assert [plain.expit(v) for v in x] == scipy_expit(np.array(x)).tolist()


def test_a_plain_file_that_does_not_fit_together_is_refused() -> None:
    """Steps whose sizes disagree, an unknown format, a file that is no zip: ModelError."""
    hasher = plain.HashStep((8, 4))
    factors = plain.FactorStep(
        np.zeros((12, 3), np.float32),
        np.zeros(3),
        (np.full(3, -5.0), np.full(3, 5.0)),
        np.ones((1, 3)),
        np.zeros(1),
    )
    fits = plain.PlainPipeline(
        [("hash", hasher), ("tfidf", plain.TfidfStep(np.ones(12), True, None)), ("f", factors)]
    )
    assert plain.from_bytes(plain.to_bytes(fits)).positive([["a b c"], [""]]) == [0.5]
    for bad in (np.ones(11), np.ones((12, 1))):
        with pytest.raises(ModelError, match="does not fit 12"):
            plain.PlainPipeline(
                [("hash", hasher), ("tfidf", plain.TfidfStep(bad, True, None)), ("f", factors)]
            )
    with pytest.raises(ModelError, match="not a plain rejectwatch model"):
        plain.from_bytes(b"PK\x03\x04 not really")
