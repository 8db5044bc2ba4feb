"""scripts/blind_history.py: which slice a model commit had never seen, and how filed mail is
counted (pure logic; the git and classify parts run in the script itself)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from rejectwatch.model.classifier import load
from rejectwatch.model.plain import from_bytes, to_bytes
from scriptmod import load_script

REPO = Path(__file__).resolve().parents[1]

history = load_script("blind_history")


@pytest.mark.parametrize(
    ("name", "number"),
    [
        ("blind-slice.jsonl", 1),
        ("blind-slice-2.jsonl", 2),
        ("blind-slice-21.jsonl", 21),
        ("written-29.jsonl", None),
        ("blind-slice-21.jsonl.bak", None),
    ],
)
def test_slice_numbers_come_from_the_file_name(name: str, number: int | None) -> None:
    assert history.slice_number(name) == number


def test_the_sealed_slice_of_the_twenty_second_pass_model_is_slice_21() -> None:
    try:
        assert history.sealed_slice("afc0cfd") == 21
    except subprocess.CalledProcessError:
        pytest.skip("this checkout has no history back to afc0cfd")


def test_a_gate_filed_message_stays_filed_and_protected_mail_is_counted() -> None:
    records = [
        {"id": "r1", "label": "rejection", "kind": "rejection"},
        {"id": "r2", "label": "rejection", "kind": "rejection"},
        {"id": "o1", "label": "not_rejection", "kind": "interview"},
        {"id": "o2", "label": "not_rejection", "kind": "application_received"},
    ]
    answers = [
        {"id": "r1", "label": "rejection", "score": 0.40},  # filed by the decided gate
        {"id": "r2", "label": "not_rejection", "score": 0.55},
        {"id": "o1", "label": "not_rejection", "score": 0.58},
        {"id": "o2", "label": "not_rejection", "score": 0.10},
    ]
    at_filing = history.tally(records, answers, 0.6)
    assert (at_filing["tp"], at_filing["fp"], at_filing["protected"]) == (1, 0, 0)
    lower = history.tally(records, answers, 0.5)
    assert (lower["tp"], lower["fp"], lower["protected"], lower["rejections"]) == (2, 1, 1, 2)


def test_a_model_file_without_its_sentence_model_is_the_pipeline_alone(tmp_path: Path) -> None:
    """sentence_gate_history classifies a slice by a gate-bearing model without its gate: the
    file left is the Pipeline alone, and its card vouches for it (the model loads)."""
    for name in ("rejectwatch.npz", "rejectwatch.card.json"):
        (tmp_path / name).write_bytes((REPO / "models" / name).read_bytes())
    copy = tmp_path / "rejectwatch.npz"
    assert from_bytes(copy.read_bytes()).sentence_model is not None
    assert history.drop_sentence_model(copy)
    stripped = load(tmp_path)
    assert stripped.scorer.sentence_model is None
    pipeline = load(REPO / "models").scorer
    pipeline.sentence_model = None
    assert copy.read_bytes() == to_bytes(pipeline)
    before = copy.read_bytes()
    assert not history.drop_sentence_model(copy)  # nothing left to drop
    assert copy.read_bytes() == before
