"""scripts/blind_history.py: which slice a model commit had never seen, and how filed mail is
counted (pure logic; the git and classify parts run in the script itself)."""

from __future__ import annotations

import subprocess

import pytest

from scriptmod import load_script

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
