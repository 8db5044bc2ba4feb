"""scripts/build_corpus.py still writes exactly the committed data/*.jsonl, and the family
names it groups cross-validation by are unique (scripts/corpus/README.md)."""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

from scriptmod import load_script

DATA = Path(__file__).resolve().parents[1] / "data"


def test_generator_reproduces_committed_corpus_byte_for_byte() -> None:
    build = load_script("build_corpus")
    stats: dict[str, Counter[str]] = {"raw": Counter(), "dup": Counter()}
    files = build.generate(random.Random(build.SEED), set(), stats)
    assert set(files) == {p.name for p in DATA.glob("*.jsonl")} - {"ham-spamassassin.jsonl"}
    for name, rows in files.items():
        text = "".join(
            json.dumps({k: row[k] for k in build.KEYS}, ensure_ascii=False) + "\n" for row in rows
        )
        assert text == (DATA / name).read_text(encoding="utf-8"), f"{name} differs from data/"


def test_family_names_are_unique_across_the_build_order() -> None:
    build = load_script("build_corpus")
    names = Counter(entry[0] for part in build.BUILD_ORDER for entry in part.families)
    assert names, "no families"
    assert [n for n, c in names.items() if c > 1] == []
