"""`rejectwatch train --from-imap`: learn from the mail the user has sorted.

Positives: the rejections folder, and review items the user confirmed. Negatives: the "not
a rejection" folder, the filed messages the user moved back and the review items the user
dismissed (the store's corrections). The examples are kept as JSONL under
``data_dir/training`` (family ``user:<folder>``), added to the shipped corpus, and a candidate
model is trained. It replaces the user's model only when it is not worse than the current
model on held-out data: the user's examples scored out of fold (the candidate never sees the
example it is scored on; the current model never saw any of them), and the shipped corpus's
grouped cross-validation recorded in both cards (the same folds: the user's examples join
every training side and are never scored there, so the user's mail cannot outvote a loss of
precision elsewhere).

The user's examples carry real weight: 210 of them among 10,000 synthetic ones at weight 1
changed nothing (issue 11). Each counts ``user_weight()`` times, so that together they weigh
about a fifth of the corpus (at most MAX_USER_WEIGHT each), and the words they use count as
each message's own writer (rejectwatch.model.shared_words).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import structlog

from rejectwatch.errors import InputError, ModelError
from rejectwatch.mail.mailbox import Mailbox
from rejectwatch.mail.message import parse
from rejectwatch.model import classifier
from rejectwatch.model.classifier import Document, Model
from rejectwatch.model.corpus import (
    NEGATIVE,
    POSITIVE,
    Example,
    example_weights,
    read_examples,
    training_examples,
)
from rejectwatch.model.validation import grouped_folds

__all__ = [
    "Comparison",
    "compare",
    "gather",
    "read_user_examples",
    "retrain_from_examples",
    "train_candidate",
    "user_weight",
    "weights_for",
    "write_user_examples",
]

log = structlog.get_logger()

USER_FOLDS = 3
PROVENANCE = "the user's own mailbox (train --from-imap)"
# The candidate may lose at most this much shipped-corpus CV precision against the current model.
CV_PRECISION_SLACK = 0.005
# The user's examples together weigh about this share of the shipped corpus ...
USER_SHARE = 0.1
# ... but one example never more than this many synthetic ones (a handful of corrections
# should fix their own kind of mail, not rewrite the model).
MAX_USER_WEIGHT = 40.0


def user_weight(n_shipped: int, n_user: int) -> float:
    """How many synthetic examples one of the user's examples counts for."""
    if n_user == 0:
        return 1.0
    return float(min(MAX_USER_WEIGHT, max(1.0, USER_SHARE * n_shipped / n_user)))


def weights_for(shipped: Sequence[Example], user: Sequence[Example]) -> list[float]:
    """Sample weights for ``[*shipped, *user]``: the corpus's own (read blind slices count
    more, corpus.example_weights), user_weight() for the user."""
    weight = user_weight(len(shipped), len(user))
    return (example_weights(shipped) or [1.0] * len(shipped)) + [weight] * len(user)


def _slug(folder: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", folder.lower()).strip("-") or "folder"


def _example(raw: bytes, folder: str, label: str, kind: str, *, truncated: bool) -> Example:
    mail = parse(raw, truncated=truncated)
    key = mail.message_id or hashlib.sha256(raw).hexdigest()[:24]
    return Example(
        id=f"user:{key}",
        subject=mail.subject,
        body=mail.text,
        sender=mail.sender_line,
        label=label,
        kind=kind,
        family=f"user:{folder}",
    )


def _folder_examples(
    mailbox: Mailbox, folder: str, label: str, kind: str, max_bytes: int
) -> list[Example]:
    if not mailbox.folder_exists(folder):
        log.info("train.folder_missing", folder=folder)
        return []
    mailbox.select(folder, readonly=True)
    uids = mailbox.uids_after(0)
    return [
        _example(f.raw, folder, label, kind, truncated=f.truncated)
        for f in mailbox.fetch(uids, max_bytes)
    ]


def _stored_example(row: dict[str, Any], label: str, kind: str) -> Example | None:
    """The copy of a corrected message the store kept (review confirm/dismiss), if any."""
    if not (row.get("body") or row.get("subject")):
        return None
    key = row.get("message_id") or row.get("message_key") or ""
    return Example(
        id=f"user:{key}",
        subject=str(row.get("subject") or ""),
        body=str(row.get("body") or ""),
        sender=str(row.get("sender") or ""),
        label=label,
        kind=kind,
        family=f"user:{row['folder']}",
    )


def _correction_examples(
    mailbox: Mailbox, corrections: Sequence[dict[str, Any]], max_bytes: int
) -> list[Example]:
    """The messages the user corrected: moved back out of the rejections folder, or confirmed
    or dismissed in review (a row's ``label``; not_rejection when absent). Each is found again
    by UID or (when the UID is stale or unknown) by Message-ID; when it is gone from the
    server, the copy the store kept is used, and without one it is skipped."""
    found: list[Example] = []
    for row in corrections:
        label = str(row.get("label") or NEGATIVE)
        kind = "rejection" if label == POSITIVE else "user_correction"
        folder = str(row["folder"])
        uids: list[int] = []
        if mailbox.folder_exists(folder):
            state = mailbox.select(folder, readonly=True)
            if state.uidvalidity == int(row["uidvalidity"]) and int(row["uid"]):
                uids = sorted(mailbox.existing([int(row["uid"])]))
            if not uids and row.get("message_id"):
                uids = mailbox.search_header("Message-ID", str(row["message_id"]))[:1]
        fetched_any = False
        for fetched in mailbox.fetch(uids, max_bytes):
            found.append(_example(fetched.raw, folder, label, kind, truncated=fetched.truncated))
            fetched_any = True
        if not fetched_any:
            stored = _stored_example(row, label, kind)
            if stored is not None:
                found.append(stored)
    return found


def gather(
    mailbox: Mailbox,
    *,
    rejections_folder: str,
    not_rejection_folder: str,
    corrections: Sequence[dict[str, Any]],
    max_bytes: int,
) -> list[Example]:
    """Every labelled example the mailbox offers. A message labelled twice counts as the
    corrections say (the store's rows, oldest first: the user's latest word wins); otherwise
    as a negative when it is both in the rejections and the "not a rejection" folder."""
    positives = _folder_examples(mailbox, rejections_folder, POSITIVE, "rejection", max_bytes)
    negatives = (
        _folder_examples(mailbox, not_rejection_folder, NEGATIVE, "user_not_rejection", max_bytes)
        if not_rejection_folder
        else []
    )
    corrected = _correction_examples(mailbox, corrections, max_bytes)
    by_id: dict[str, Example] = {}
    for example in positives + negatives + corrected:
        by_id[example.id] = example
    return [by_id[key] for key in sorted(by_id)]


def write_user_examples(examples: Sequence[Example], directory: Path) -> list[Path]:
    """One JSONL file per source folder under ``directory`` (replaced atomically)."""
    directory.mkdir(parents=True, exist_ok=True)
    for old in directory.glob("user-*.jsonl"):
        old.unlink()
    by_family: dict[str, list[Example]] = {}
    for example in examples:
        by_family.setdefault(example.family, []).append(example)
    paths = []
    for family, rows in sorted(by_family.items()):
        path = directory / f"user-{_slug(family.removeprefix('user:'))}.jsonl"
        lines = [
            json.dumps(
                {
                    "id": e.id,
                    "subject": e.subject,
                    "body": e.body,
                    "sender": e.sender,
                    "label": e.label,
                    "kind": e.kind,
                    "provenance": PROVENANCE,
                    "family": e.family,
                },
                ensure_ascii=False,
                sort_keys=True,
            )
            for e in rows
        ]
        tmp = path.with_suffix(".jsonl.tmp")
        tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
        tmp.replace(path)
        paths.append(path)
    return paths


def read_user_examples(directory: Path) -> list[Example]:
    return read_examples(sorted(directory.glob("user-*.jsonl")))


@dataclass(frozen=True)
class Comparison:
    """How the current and the candidate model did on the user's held-out examples."""

    held_out: int
    current_errors: int
    candidate_errors: int
    current_cv_precision: float
    candidate_cv_precision: float
    current_cv_recall: float
    candidate_cv_recall: float

    @property
    def candidate_not_worse(self) -> bool:
        return (
            self.candidate_errors <= self.current_errors
            and self.candidate_cv_precision >= self.current_cv_precision - CV_PRECISION_SLACK
        )

    def lines(self) -> list[str]:
        return [
            f"{'':38} {'current':>9} {'candidate':>9}",
            f"{'errors on your ' + str(self.held_out) + ' held-out messages':38} "
            f"{self.current_errors:9d} {self.candidate_errors:9d}",
            f"{'grouped-CV precision at filing':38} "
            f"{self.current_cv_precision:9.4f} {self.candidate_cv_precision:9.4f}",
            f"{'grouped-CV recall at filing':38} "
            f"{self.current_cv_recall:9.4f} {self.candidate_cv_recall:9.4f}",
        ]


def _errors(model: Model, examples: Sequence[Example], scores: Sequence[float]) -> int:
    return sum(
        (e.label == POSITIVE) != (s >= model.filing_threshold)
        for e, s in zip(examples, scores, strict=True)
    )


def compare(
    current: Model, candidate: Model, shipped: Sequence[Example], user: Sequence[Example]
) -> Comparison:
    """Score the user's examples out of fold for the candidate's recipe, directly for the
    current model (which was trained without them), and put the cards' CV figures beside."""
    docs = [Document(e.subject, e.body, e.sender) for e in user]
    current_scores = current.scores(docs)
    candidate_scores = np.zeros(len(user))
    if user:
        # Each user message is its own group: threads are rare in a rejections folder.
        labels = [e.label for e in user]
        n = min(USER_FOLDS, len(user))
        splits: list[tuple[Any, Any]]
        try:
            splits = grouped_folds(labels, [e.id for e in user], n) if n >= 2 else []
        except ModelError:
            splits = []
        if not splits:
            splits = [(np.array([], dtype=np.intp), np.arange(len(user)))]
        for train_idx, test_idx in splits:
            user_train = [user[i] for i in train_idx]
            train_set = list(shipped) + user_train
            pipeline = classifier.build_pipeline()
            pipeline.fit(
                [Document(e.subject, e.body, e.sender) for e in train_set],
                np.array([e.label for e in train_set]),
                **classifier.fit_params(
                    [e.kind for e in train_set],
                    [e.family for e in train_set],
                    weights_for(shipped, user_train),
                ),
            )
            fold_scores = Model(pipeline, candidate.card).scores([docs[i] for i in test_idx])
            candidate_scores[test_idx] = fold_scores
    return Comparison(
        held_out=len(user),
        current_errors=_errors(current, user, current_scores),
        candidate_errors=_errors(candidate, user, candidate_scores.tolist()),
        current_cv_precision=float(current.card.get("cv", {}).get("precision", 0.0)),
        candidate_cv_precision=float(candidate.card["cv"]["precision"]),
        current_cv_recall=float(current.card.get("cv", {}).get("recall", 0.0)),
        candidate_cv_recall=float(candidate.card["cv"]["recall"]),
    )


def train_candidate(
    shipped: Sequence[Example],
    user: Sequence[Example],
    *,
    data_files: Sequence[Path] = (),
    created: str | None = None,
) -> Model:
    """A candidate trained on the shipped corpus plus the user's examples, weighted
    (weights_for), with its card noting them. The one recipe `train --from-imap` and
    scripts/simulate_corrections.py share."""
    model = classifier.train(
        [*shipped, *user],
        data_files=data_files,
        created=created,
        sample_weights=weights_for(shipped, user),
    )
    model.card["user_examples"] = {
        "total": len(user),
        "by_label": {
            label: sum(e.label == label for e in user) for label in sorted({POSITIVE, NEGATIVE})
        },
        "weight_each": round(user_weight(len(shipped), len(user)), 4),
    }
    return model


def retrain_from_examples(
    shipped_files: Sequence[Path], user_files: Sequence[Path]
) -> tuple[Model, list[Example], list[Example]]:
    """A candidate trained on the shipped corpus plus the user's examples (not yet saved)."""
    if not shipped_files:
        raise InputError("the shipped training corpus was not found; cannot retrain")
    shipped = training_examples(shipped_files)
    user = read_examples(user_files)
    if not user:
        raise InputError("no labelled messages found in the mailbox; nothing to learn from")
    model = train_candidate(
        shipped,
        user,
        data_files=[*shipped_files, *user_files],
        created=datetime.now(UTC).isoformat(timespec="seconds"),
    )
    return model, shipped, user
