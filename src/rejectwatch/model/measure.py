"""Measure a model on a labelled JSONL file: what `rejectwatch evaluate` prints.

Only measures: nothing here fits or tunes anything. Each input line has ``subject``, ``body``,
``sender`` and ``label`` (``rejection`` | ``not_rejection``), optionally ``kind`` and ``id``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TextIO

import numpy as np

from rejectwatch.errors import InputError
from rejectwatch.model.classifier import Document, Model
from rejectwatch.model.corpus import LABELS, POSITIVE
from rejectwatch.model.validation import bootstrap_intervals, confusion_by_kind, metrics_at

__all__ = ["evaluate_records", "print_evaluation"]

BOOTSTRAP_SEED = 20240611
WORST = 10


def _check(records: Sequence[dict[str, Any]]) -> None:
    for number, record in enumerate(records, 1):
        if record.get("label") not in LABELS:
            raise InputError(
                f"record {number}: label must be one of {', '.join(sorted(LABELS))}, "
                f"got {record.get('label')!r}"
            )


def _at(
    positive: np.ndarray[Any, Any],
    scores: np.ndarray[Any, Any],
    kinds: list[str],
    threshold: float,
) -> dict[str, Any]:
    summary = metrics_at(positive, scores, kinds, threshold)
    filed = scores >= threshold
    summary["ci95"] = {
        name: [round(low, 4), round(high, 4)]
        for name, (low, high) in bootstrap_intervals(positive, filed, seed=BOOTSTRAP_SEED).items()
    }
    summary["by_kind"] = confusion_by_kind(positive, filed, kinds)
    return summary


def evaluate_records(model: Model, records: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Scores, metrics at both thresholds (with 95% bootstrap intervals), the worst errors."""
    _check(records)
    docs = [
        Document(str(r.get("subject") or ""), str(r.get("body") or ""), str(r.get("sender") or ""))
        for r in records
    ]
    scores = np.asarray(model.scores(docs), dtype=np.float64)
    positive = np.array([r["label"] == POSITIVE for r in records], dtype=bool)
    kinds = [str(r.get("kind") or r["label"]) for r in records]
    filing, review = model.filing_threshold, model.review_threshold
    errors = []
    for i in range(len(records)):
        wrong = bool(positive[i]) != bool(scores[i] >= filing)
        if wrong:
            # how far on the wrong side of the filing threshold
            margin = filing - scores[i] if positive[i] else scores[i] - filing
            errors.append((float(margin), i))
    errors.sort(key=lambda item: (-item[0], item[1]))
    worst = [
        {
            "id": records[i].get("id", f"#{i + 1}"),
            "kind": kinds[i],
            "label": records[i]["label"],
            "score": round(float(scores[i]), 4),
            "subject": str(records[i].get("subject") or "")[:60],
        }
        for _, i in errors[:WORST]
    ]
    return {
        "messages": len(records),
        "rejections": int(positive.sum()),
        "at_filing": _at(positive, scores, kinds, filing),
        "at_review": _at(positive, scores, kinds, review),
        "worst_errors": worst,
        "bootstrap": {"resamples": 2000, "seed": BOOTSTRAP_SEED, "level": 0.95},
    }


def without_messages(result: dict[str, Any]) -> dict[str, Any]:
    """*result* with nothing that names a message (its worst errors dropped): what may be
    seen of a sealed blind slice."""
    return {key: value for key, value in result.items() if key != "worst_errors"}


def print_evaluation(result: dict[str, Any], out: TextIO) -> None:
    print(f"{result['messages']} messages, {result['rejections']} rejections", file=out)
    for name in ("at_filing", "at_review"):
        m = result[name]
        ci = m["ci95"]
        band = "filing" if name == "at_filing" else "review"
        print(f"\nat the {band} threshold {m['threshold']:.4f}:", file=out)
        for metric in ("precision", "recall", "f1"):
            low, high = ci[metric]
            print(f"  {metric:9} {m[metric]:.4f}  (95% CI {low:.4f} - {high:.4f})", file=out)
        print(
            f"  true positives {m['true_positives']}, false positives {m['false_positives']}, "
            f"false negatives {m['false_negatives']}",
            file=out,
        )
        if name == "at_filing":
            print(f"  {'kind':26} {'messages':>8} {'filed':>6} {'errors':>6}", file=out)
            for kind, row in m["by_kind"].items():
                print(
                    f"  {kind:26} {row['messages']:8d} {row['filed']:6d} {row['errors']:6d}",
                    file=out,
                )
    if "worst_errors" not in result:
        return  # measure.without_messages: a sealed slice
    print("\nworst errors at the filing threshold:", file=out)
    if not result["worst_errors"]:
        print("  none", file=out)
    for e in result["worst_errors"]:
        print(
            f"  {e['id']}  {e['kind']}  score {e['score']:.4f}  {e['subject']!r}",
            file=out,
        )
