"""tests/needed_strings.py, which lets the word-gate test (test_outcome_cues) skip the texts a
pattern cannot match: the strings it reads must be ones every match consumes."""

from __future__ import annotations

import re

import pytest

from needed_strings import needed
from rejectwatch.model import negation


@pytest.mark.parametrize(
    ("pattern", "strings"),
    [
        # a run of literals through zero-width items (they consume nothing)
        (r"\bnot\b (?<=t )going", {"not going"}),
        # an alternation in a run: each of its strings with the rest
        (
            r"\b(?:we|they) (?:won't|will not)\b",
            {"we won't", "we will not", "they won't", "they will not"},
        ),
        # a small class of literals is fixed text, a wider one ends the run
        (r"r[ae]ject[a-z]+ed", {"raject", "reject"}),
        # a repeat of one or more: every match consumes its strings; of none or more: nothing
        (r"(?:bad news)+ \w+ (?:sorry)?", {"bad news"}),
        (r"(?:ab)?\w+", None),
        # a case-insensitive group reads nothing, and neither does a case-insensitive pattern
        (r"(?i:Status)\w+", None),
        (re.compile("status", re.IGNORECASE), None),
    ],
)
def test_strings_every_match_consumes(
    pattern: str | re.Pattern[str], strings: set[str] | None
) -> None:
    compiled = pattern if isinstance(pattern, re.Pattern) else re.compile(pattern)
    assert needed(compiled) == (None if strings is None else frozenset(strings))


def test_the_readings_matches_in_their_own_tests_consume_them() -> None:
    """Every outcome reading's match of a sentence the suite gives it holds one of the strings
    read off its pattern."""
    texts = [
        "Unfortunately we will not be progressing your application.",
        "Current status: Rejected",
        "We have decided to move forward with another candidate.",
        "The position has been filled.",
        "Leider können wir Ihre Bewerbung nicht weiter berücksichtigen.",
    ]
    matched = 0
    for _, _, pattern in negation._OUTCOMES:
        strings = needed(pattern)
        for text in texts:
            found = pattern.search(text.lower())
            if found is not None and strings is not None:
                matched += 1
                assert any(string in found.group() for string in strings), pattern.pattern[:40]
    assert matched
