"""`rejectwatch evaluate`: metrics with reproducible bootstrap intervals; dev-eval when present."""

from __future__ import annotations

import io
import json
from pathlib import Path

import numpy as np
import pytest

from rejectwatch import cli
from rejectwatch.model import classifier
from rejectwatch.model.measure import evaluate_records
from rejectwatch.model.validation import bootstrap_intervals, confusion_by_kind

DEV_EVAL = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev-eval.jsonl"

RECORDS = [
    {
        "id": "r1",
        "subject": "Your application",
        "body": "Unfortunately we have decided to pursue other candidates for the analyst role.",
        "sender": "jobs@a.example",
        "label": "rejection",
        "kind": "rejection",
    },
    {
        "id": "r2",
        "subject": "",
        "body": "The position has been filled. We will not be moving "
        "forward with your application.",
        "sender": "hr@b.example",
        "label": "rejection",
        "kind": "rejection",
    },
    {
        "id": "n1",
        "subject": "Interview",
        "body": "We'd love to invite you to interview on Monday at 10am.",
        "sender": "jobs@a.example",
        "label": "not_rejection",
        "kind": "interview",
    },
    {
        "id": "n2",
        "subject": "Lunch?",
        "body": "Are we still on for lunch tomorrow?",
        "sender": "pat@c.example",
        "label": "not_rejection",
        "kind": "ham",
    },
]


def test_bootstrap_is_reproducible_and_brackets_the_estimate() -> None:
    positive = np.array([True] * 30 + [False] * 70)
    filed = np.array([True] * 25 + [False] * 5 + [True] * 2 + [False] * 68)
    first = bootstrap_intervals(positive, filed, seed=3)
    assert first == bootstrap_intervals(positive, filed, seed=3)
    low, high = first["recall"]
    assert low <= 25 / 30 <= high
    low, high = first["precision"]
    assert low <= 25 / 27 <= high


def test_confusion_by_kind_counts() -> None:
    table = confusion_by_kind(
        np.array([True, True, False]), np.array([True, False, True]), ["rejection"] * 2 + ["ham"]
    )
    assert table == {
        "ham": {"messages": 1, "filed": 1, "errors": 1},
        "rejection": {"messages": 2, "filed": 1, "errors": 1},
    }


def test_evaluate_records_shape() -> None:
    result = evaluate_records(classifier.load(None), RECORDS)
    assert result["messages"] == 4
    assert result["rejections"] == 2
    for band in ("at_filing", "at_review"):
        assert set(result[band]["ci95"]) == {"precision", "recall", "f1"}
    assert result["at_filing"]["by_kind"]["interview"]["filed"] == 0


def test_evaluate_command_prints_metrics(tmp_path: Path) -> None:
    path = tmp_path / "eval.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in RECORDS))
    out = io.StringIO()
    assert cli.main(["evaluate", str(path)], stdout=out) == 0
    text = out.getvalue()
    for word in ("precision", "recall", "f1", "95% CI", "worst errors", "interview"):
        assert word in text


def test_evaluate_sealed_prints_and_keeps_no_message(tmp_path: Path) -> None:
    """A sealed blind slice is measured by its aggregates only: with --sealed neither the text
    nor the JSON names a message (no id, no subject, no score of one), so its errors stay
    unread by whoever measures it."""
    records = [dict(r, subject=f"Subject {r['id']} marker") for r in RECORDS]
    path = tmp_path / "eval.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    for extra in ([], ["--json"]):
        out = io.StringIO()
        assert cli.main(["evaluate", str(path), "--sealed", *extra], stdout=out) == 0
        text = out.getvalue()
        assert "precision" in text
        assert "marker" not in text
        assert not any(f'"{r["id"]}"' in text or f" {r['id']} " in text for r in records)
    out = io.StringIO()
    assert cli.main(["evaluate", str(path)], stdout=out) == 0
    assert "worst errors" in out.getvalue()  # without --sealed, the errors are listed


def test_evaluate_rejects_unknown_labels(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps({"subject": "", "body": "x", "sender": "", "label": "maybe"}) + "\n")
    assert cli.main(["evaluate", str(path)], stdout=io.StringIO()) == 6


@pytest.mark.skipif(not DEV_EVAL.exists(), reason="../shared/corpus/dev-eval.jsonl not present")
def test_dev_eval_no_offer_or_interview_filed_and_card_matches() -> None:
    """Measures only: the figures must match what the card reports."""
    model = classifier.load(None)
    records = [json.loads(line) for line in DEV_EVAL.read_text().splitlines() if line.strip()]
    result = evaluate_records(model, records)
    filed = result["at_filing"]["filed_by_kind"]
    assert filed.get("offer", 0) == 0
    assert filed.get("interview", 0) == 0
    recorded = model.card.get("evaluations", {}).get("dev-eval")
    if recorded is not None:
        assert recorded["at_filing"]["precision"] == result["at_filing"]["precision"]
        assert recorded["at_filing"]["recall"] == result["at_filing"]["recall"]
