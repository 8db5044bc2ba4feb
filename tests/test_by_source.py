"""scripts/by_source.py: what is filed from the thresholds, the figures counted over it, the
lowest filing threshold a pool allows, and which file each training row came from."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from scriptmod import load_script

by_source = load_script("by_source")


def _pool(
    scores: list[float], positive: list[bool], kinds: list[str], **flags: list[bool]
) -> dict[str, Any]:
    n = len(scores)
    return {
        "scores": np.array(scores),
        "positive": np.array(positive),
        "kinds": np.array(kinds),
        "gated": np.array(flags.get("gated", [False] * n)),
        "held": np.array(flags.get("held", [False] * n)),
    }


def test_filed_from_filing_or_from_decided_through_the_gate_never_when_held() -> None:
    scores = np.array([0.9, 0.6, 0.6, 0.9, 0.4])
    gated = np.array([False, True, False, True, True])
    held = np.array([False, False, False, True, False])
    assert by_source.filed_at(scores, gated, held, 0.8, 0.5).tolist() == [
        True,  # above filing
        True,  # between the two, the gate read
        False,  # between the two, the gate shut
        False,  # above filing but held back by the guard
        False,  # gated but below decided
    ]
    # with no decided threshold the gate is not read
    assert by_source.filed_at(scores, gated, held, 0.8, None).tolist() == [
        True,
        False,
        False,
        False,
        False,
    ]


def test_figures_count_weighted_precision_and_protected_mail() -> None:
    positive = np.array([True, True, False, False, False])
    filed = np.array([True, False, True, True, False])
    kinds = np.array(["rejection", "rejection", "offer", "application_received", "ham"])
    weights = np.array([1.0, 1.0, 1.0, 3.0, 1.0])
    f = by_source.figures(positive, filed, kinds, weights)
    assert (f["tp"], f["fp"], f["fn"]) == (1, 2, 1)
    assert f["precision"] == pytest.approx(1 / 3)
    assert f["precision_mix"] == pytest.approx(1 / 5)
    assert f["recall"] == pytest.approx(0.5)
    assert f["protected"] == 1
    assert f["fp_kinds"] == {"offer": 1, "application_received": 1}


def test_lowest_filing_stops_above_a_negative_and_above_any_protected_mail() -> None:
    grid = [0.5, 0.6, 0.7, 0.8, 0.9]
    # 99 rejections at 0.95, one confirmation at 0.75: filing must clear it
    pool = _pool(
        [0.95] * 99 + [0.75, 0.65],
        [True] * 99 + [False, True],
        ["rejection"] * 99 + ["ham", "rejection"],
    )
    assert by_source.lowest_filing(pool, decided=0.99, grid=grid, target=0.999) == 0.8
    # at 0.99 one negative among 101 filed is allowed: the bottom of the grid, which files all
    assert by_source.lowest_filing(pool, decided=0.99, grid=grid, target=0.99) == 0.5
    # a second negative below the rejection at 0.65 stops it there
    pool = _pool(
        [0.95] * 99 + [0.75, 0.65, 0.55],
        [True] * 99 + [False, True, False],
        ["rejection"] * 99 + ["ham", "rejection", "ham"],
    )
    assert by_source.lowest_filing(pool, decided=0.99, grid=grid, target=0.99) == 0.6
    # a protected mail is never allowed, whatever the precision
    protected = _pool([0.95] * 99 + [0.75], [True] * 99 + [False], ["rejection"] * 99 + ["offer"])
    assert by_source.lowest_filing(protected, decided=0.99, grid=grid, target=0.9) == 0.8
    everywhere = _pool([0.95, 0.97], [True, False], ["rejection", "interview"])
    assert by_source.lowest_filing(everywhere, decided=0.99, grid=grid) is None


def test_rows_are_attributed_to_their_file_in_reading_order(tmp_path: Path) -> None:
    def write(name: str, families: list[str]) -> Path:
        path = tmp_path / name
        rows = [
            {
                "id": f"{name}-{i}",
                "subject": "s",
                "body": "b",
                "sender": "a@b.example",
                "label": "rejection",
                "kind": "rejection",
                "family": family,
            }
            for i, family in enumerate(families)
        ]
        path.write_text("".join(json.dumps(r) + "\n" for r in rows))
        return path

    first = write("a.jsonl", ["f1", "f1", "d12-en-left-out"])
    second = write("b.jsonl", ["blind1-x"])
    # the family the shipped model leaves out is not counted, as training_examples drops it
    assert by_source.source_of([first, second]) == [("a.jsonl", 2), ("b.jsonl", 1)]
