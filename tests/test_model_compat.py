"""Models pickled under the old, flat module paths still load; new models pickle the new paths."""

from __future__ import annotations

import re
import sys
import zlib
from pathlib import Path

import pytest

from rejectwatch.model import classifier, factors, features, shared_words
from rejectwatch.model.classifier import Document
from rejectwatch.model.compat import OLD_MODULE_PATHS

REJECTION = Document(
    subject="Your application to Acme",
    # a job named: the bare "Thank you for applying. We regret ... not be moving forward." with
    # no word of a job scores 0.953 against the version-6 model's filing threshold of 0.960
    # (main's code on the same corpus: 0.936 against 0.978); it lands in the review band
    body="Thank you for applying for the Analyst position. We regret to inform you that we "
    "will not be moving forward with your application.",
    sender="jobs@acme.example",
)
PICKLED = (features.DocumentHasher, shared_words.SharedWordsTfidf, factors.FactorClassifier)


def module_paths(model_file: Path) -> set[str]:
    """The rejectwatch module paths a saved (zlib-compressed) joblib file names."""
    raw = zlib.decompress(model_file.read_bytes())
    return {m.decode() for m in re.findall(rb"rejectwatch(?:\.\w+)+", raw)}


def test_the_shipped_model_loads_and_leaves_no_aliases() -> None:
    # retrained since the layout (card version 6), it names the new paths; a model that names
    # the old ones is test_a_users_model_pickled_under_old_paths_loads
    shipped = classifier.shipped_model_dir()
    assert module_paths(shipped / "rejectwatch.joblib") == {
        "rejectwatch.model.features",
        "rejectwatch.model.shared_words",
        "rejectwatch.model.factors",
    }
    model = classifier.load(None)
    assert model.scores([REJECTION])[0] > model.filing_threshold
    assert not set(OLD_MODULE_PATHS) & set(sys.modules)  # the aliases are gone again


def test_a_model_saved_now_names_the_new_paths(tmp_path: Path) -> None:
    classifier.save(classifier.load(None), tmp_path)
    assert module_paths(tmp_path / "rejectwatch.joblib") == {
        "rejectwatch.model.features",
        "rejectwatch.model.shared_words",
        "rejectwatch.model.factors",
    }
    assert classifier.load(tmp_path).scores([REJECTION])[0] > 0.5


def test_a_users_model_pickled_under_old_paths_loads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A retrained model from before the layout: its classes named by their flat modules."""
    model = classifier.load(None)
    with monkeypatch.context() as m:
        for cls in PICKLED:  # pickle names a class by its __module__, and checks it is there
            new = cls.__module__
            old = new.replace("rejectwatch.model.", "rejectwatch.")
            m.setitem(sys.modules, old, sys.modules[new])
            m.setattr(cls, "__module__", old)
        classifier.save(model, tmp_path)
    assert module_paths(tmp_path / "rejectwatch.joblib") == {
        "rejectwatch.features",
        "rejectwatch.shared_words",
        "rejectwatch.factors",
    }
    assert "rejectwatch.features" not in sys.modules
    loaded = classifier.load(tmp_path)
    assert loaded.scores([REJECTION]) == pytest.approx(model.scores([REJECTION]))
    assert type(loaded.pipeline.steps[-1][1]) is factors.FactorClassifier
    assert not set(OLD_MODULE_PATHS) & set(sys.modules)
