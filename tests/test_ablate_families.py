"""scripts/ablate_families.py: which W5 group a family falls in, and the capped weights."""

from __future__ import annotations

import json
from pathlib import Path

from rejectwatch.model.corpus import Example
from scriptmod import load_script

ablate = load_script("ablate_families")
DATA = Path(__file__).resolve().parents[1] / "data"


def _example(family: str) -> Example:
    return Example(
        id=family,
        subject="",
        body="",
        sender="",
        label="rejection",
        kind="rejection",
        family=family,
    )


def test_every_w5_family_in_the_corpus_falls_in_one_named_group() -> None:
    families = {
        json.loads(line)["family"]
        for path in DATA.glob("*.jsonl")
        for line in path.read_text().splitlines()
        if line.strip()
    }
    w5 = {f for f in families if f.startswith("w5-")}
    groups = {f: ablate.group(f) for f in w5}
    assert len(w5) == 56
    assert set(groups.values()) == {"nj", "eu-pos", "eu-neg", "digest", "notes"}
    assert w5 >= ablate.EU_REFUSALS  # no stale name in the list of European refusals
    assert all(ablate.group(f) == "old" for f in families - w5)


def test_capped_weights_limit_each_template_family_but_not_real_mail() -> None:
    examples = [_example("w5-big")] * 28 + [_example("small")] * 7 + [_example("ham:x")] * 40
    weights = ablate.capped(14.0)(examples)
    assert sum(weights[:28]) == 14.0
    assert weights[28:35] == [1.0] * 7
    assert weights[35:] == [1.0] * 40
