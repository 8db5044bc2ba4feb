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


def test_sentence_splitter_does_not_end_a_sentence_at_an_abbreviation() -> None:
    build = load_script("build_corpus")
    text = (
        "Hi Ji-woo,\nSt. Brigid's Care Homes won't be taking your application further. "
        "Dr. Okafor and Mr. Hale met e.g. four people. See No. 4 at Acme Ltd. in the list. "
        "We spoke to Acme Ltd. Then we decided! Is it 3.5 years? Yes."
    )
    assert [text[a:b] for a, b in build.sentences(text)] == [
        "Hi Ji-woo,",
        "St. Brigid's Care Homes won't be taking your application further.",
        "Dr. Okafor and Mr. Hale met e.g. four people.",
        "See No. 4 at Acme Ltd. in the list.",
        "We spoke to Acme Ltd.",
        "Then we decided!",
        "Is it 3.5 years?",
        "Yes.",
    ]


def test_unfortunately_goes_before_the_whole_refusal_sentence() -> None:
    build = load_script("build_corpus")
    body = "Hi Ji-woo,\n\nSt. Brigid's Care Homes won't be taking your application further."
    # the first attempt whose side generator adds the word
    attempt = next(
        a
        for a in range(1, 50)
        if build.side_rng("unfortunately", "t", a).random() < build.UNFORTUNATELY_RATE
    )
    assert build.with_unfortunately("t", attempt, body) == (
        "Hi Ji-woo,\n\nUnfortunately, St. Brigid's Care Homes won't be taking your application"
        " further."
    )
