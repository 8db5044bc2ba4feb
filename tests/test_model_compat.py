"""Older model files still load: a version-7 card's pickled Pipeline (scikit-learn), also one
pickled under the old, flat module paths; and `upgrade` rewrites one as the plain file with the
same numbers. The shipped model is plain (card version 8)."""

from __future__ import annotations

import io
import json
import re
import sys
import zlib
from pathlib import Path
from typing import Any

import joblib
import numpy as np
import pytest
from sklearn.linear_model import LogisticRegression

from rejectwatch.model import classifier, factors, hashing, shared_words
from rejectwatch.model.classifier import Document, Model
from rejectwatch.model.compat import OLD_MODULE_PATHS
from rejectwatch.model.corpus import read_examples
from rejectwatch.model.features import documents_to_views
from rejectwatch.model.plain import FactorStep, PlainPipeline, TfidfStep, to_bytes

REJECTION = Document(
    subject="Your application to Acme",
    body="Thank you for applying for the Analyst position. We regret to inform you that we "
    "will not be moving forward with your application.",
    sender="jobs@acme.example",
)
PICKLED = (hashing.DocumentHasher, shared_words.SharedWordsTfidf, factors.FactorClassifier)


def fitted_pipeline(plain: PlainPipeline) -> Any:
    """The scikit-learn Pipeline a plain model was converted from (its fitted numbers set by
    hand): what a version-7 card's joblib file holds."""
    pipeline = classifier.build_pipeline()
    tfidf_step, factor_step = plain.steps[1][1], plain.steps[2][1]
    assert isinstance(tfidf_step, TfidfStep)
    assert isinstance(factor_step, FactorStep)
    pipeline.named_steps["tfidf"].idf_ = tfidf_step.idf
    last = pipeline.named_steps["classifier"]
    last.weights_, last.intercepts_ = factor_step.weights, factor_step.intercepts
    last.bounds_ = factor_step.bounds
    last.combiner_ = LogisticRegression()
    last.combiner_.classes_ = np.array([0, 1])
    last.combiner_.coef_, last.combiner_.intercept_ = factor_step.coef, factor_step.intercept
    last.classes_ = np.array(["not_rejection", "rejection"])
    return pipeline


def save_version_7(model: Model, directory: Path) -> Path:
    """Write ``model`` as rejectwatch up to card version 7 did: a joblib file and its card."""
    directory.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    joblib.dump(fitted_pipeline(model.scorer), buffer, compress=3)
    (directory / "rejectwatch.joblib").write_bytes(buffer.getvalue())
    card = {k: v for k, v in model.card.items() if k not in ("model_format", "converted_from")}
    card.update(
        card_version=7,
        model_file="rejectwatch.joblib",
        sha256=classifier._sha256(buffer.getvalue()),
    )
    (directory / "rejectwatch.card.json").write_text(json.dumps(card, sort_keys=True, indent=2))
    return directory / "rejectwatch.joblib"


def module_paths(model_file: Path) -> set[str]:
    """The rejectwatch module paths a saved (zlib-compressed) joblib file names."""
    raw = zlib.decompress(model_file.read_bytes())
    return {m.decode() for m in re.findall(rb"rejectwatch(?:\.\w+)+", raw)}


def corpus_sample() -> list[Document]:
    data = classifier.shipped_data_dir()
    assert data is not None
    examples = read_examples(sorted(data.glob("*.jsonl")))
    return [Document(e.subject, e.body, e.sender) for e in examples[::40]]


def test_the_shipped_model_is_plain() -> None:
    shipped = classifier.shipped_model_dir()
    card = json.loads((shipped / "rejectwatch.card.json").read_text())
    assert card["card_version"] == classifier.CARD_VERSION
    assert card["model_file"] == "rejectwatch.npz"
    assert not (shipped / "rejectwatch.joblib").exists()
    assert (shipped / "rejectwatch.npz").stat().st_size <= 10_000_000
    model = classifier.load(None)
    assert model.pipeline is None
    assert model.scores([REJECTION])[0] > model.filing_threshold


def test_a_version_7_model_loads_with_scikit_learn_and_scores_the_same(tmp_path: Path) -> None:
    """The same numbers pickled as a version-7 Pipeline: it loads through scikit-learn, its
    own predict_proba gives the plain scorer's probabilities on corpus mail bit for bit, and
    `upgrade` writes the shipped plain file back, byte for byte (without the sentence gate of
    the thirty-second pass, which a pickled Pipeline never held)."""
    shipped = classifier.load(None)
    shipped.scorer.sentence_model = None
    path = save_version_7(shipped, tmp_path)
    assert module_paths(path) == {
        "rejectwatch.model.hashing",
        "rejectwatch.model.shared_words",
        "rejectwatch.model.factors",
    }
    old = classifier.load(tmp_path)
    assert old.pipeline is not None
    assert old.card["card_version"] == 7
    docs = corpus_sample()
    assert len(docs) > 100
    assert old.scores(docs) == shipped.scores(docs)
    from_sklearn = old.pipeline.predict_proba(docs)[:, 1].tolist()
    views = list(documents_to_views(docs))
    assert shipped.scorer.positive(views) == from_sklearn

    model_path, _ = classifier.upgrade(tmp_path)
    assert not path.exists()  # the card no longer vouches for it
    assert model_path.read_bytes() == to_bytes(shipped.scorer)
    upgraded = classifier.load(tmp_path)
    assert upgraded.card["converted_from"]["card_version"] == 7
    assert upgraded.scores(docs) == shipped.scores(docs)


def test_a_users_model_pickled_under_old_paths_loads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A retrained model from before the layout: its classes named by their flat modules
    (the hasher by rejectwatch.features, where it lived)."""
    model = classifier.load(None)
    with monkeypatch.context() as m:
        for cls in PICKLED:  # pickle names a class by its __module__, and checks it is there
            new = cls.__module__
            old = "rejectwatch.features" if cls is hashing.DocumentHasher else new
            old = old.replace("rejectwatch.model.", "rejectwatch.")
            m.setitem(sys.modules, old, sys.modules[new])
            m.setattr(cls, "__module__", old)
        path = save_version_7(model, tmp_path)
    assert module_paths(path) == {
        "rejectwatch.features",
        "rejectwatch.shared_words",
        "rejectwatch.factors",
    }
    assert "rejectwatch.features" not in sys.modules
    loaded = classifier.load(tmp_path)
    assert loaded.scores([REJECTION]) == model.scores([REJECTION])
    assert loaded.pipeline is not None
    assert type(loaded.pipeline.steps[-1][1]) is factors.FactorClassifier
    assert not set(OLD_MODULE_PATHS) & set(sys.modules)


def test_a_users_version_7_model_is_upgraded_when_loaded(tmp_path: Path) -> None:
    """The user's model from an older `train --from-imap`: used, and rewritten as a plain file
    with the same numbers, so the next scan loads it without scikit-learn."""
    shipped = classifier.load(None)
    # (a version-7 model has no sentence gate: compared with the shipped model's numbers without
    # it, as above; the sixty-sixth pass's model lifts one of the sample's messages by the gate)
    shipped.scorer.sentence_model = None
    user_dir = tmp_path / "model"
    save_version_7(shipped, user_dir)
    first = classifier.load_preferred(None, user_dir)
    assert first.pipeline is not None  # this load read the pickle
    assert not (user_dir / "rejectwatch.joblib").exists()
    again = classifier.load_preferred(None, user_dir)
    assert again.pipeline is None
    assert again.card["card_version"] == classifier.CARD_VERSION
    assert again.card["converted_from"]["model_file"] == "rejectwatch.joblib"
    docs = corpus_sample()
    assert again.scores(docs) == first.scores(docs) == shipped.scores(docs)
