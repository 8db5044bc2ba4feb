"""Models pickled before the package layout name the old, flat module paths.

A model saved before rejectwatch was split into subpackages (the shipped
``models/rejectwatch.joblib``, and a user's model from an older ``train --from-imap``) names its
classes by their old modules: ``rejectwatch.features.DocumentHasher``,
``rejectwatch.shared_words.SharedWordsTfidf``, ``rejectwatch.factors.FactorClassifier``.
Unpickling imports the module a class names, so while such a model loads, the old names point
at the new modules; afterwards they are gone again. Models saved now name the new paths.
"""

from __future__ import annotations

import importlib
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# The model modules that existed under the flat layout, and where they live now.
OLD_MODULE_PATHS = {
    "rejectwatch.classifier": "rejectwatch.model.classifier",
    "rejectwatch.corpus": "rejectwatch.model.corpus",
    "rejectwatch.evaluation": "rejectwatch.model.validation",
    "rejectwatch.factors": "rejectwatch.model.factors",
    "rejectwatch.features": "rejectwatch.model.features",
    "rejectwatch.negation": "rejectwatch.model.negation",
    "rejectwatch.shared_words": "rejectwatch.model.shared_words",
}

_lock = threading.Lock()


@contextmanager
def old_module_paths() -> Iterator[None]:
    """While inside, ``import rejectwatch.features`` (and the rest) gives the new module."""
    with _lock:
        added = []
        try:
            for old, new in OLD_MODULE_PATHS.items():
                if old not in sys.modules:
                    sys.modules[old] = importlib.import_module(new)
                    added.append(old)
            yield
        finally:
            for old in added:
                sys.modules.pop(old, None)
