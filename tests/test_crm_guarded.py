"""crm.text.guarded: a long alternation behind a first-characters lookahead finds exactly the
matches the plain pattern finds (spans and groups), on the project's mail and on text made
of the patterns' own words with case changes and Unicode look-alikes mixed in."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rejectwatch.crm import applications, extract, reason
from rejectwatch.crm.text import guarded

DATA = Path(__file__).resolve().parents[1] / "data"

# every pattern the CRM compiles through guarded(), with what it was before
GUARDED = [
    *(
        (pattern, compiled)
        for (_, pattern), (_, compiled, _) in zip(reason._RULES, reason._REASON_RULES, strict=True)
    ),
    (reason._AFTER_INTERVIEW, reason._INTERVIEWED_RE),
    (applications._GATE_RE.pattern.split(")(?:", 1)[1][:-1], applications._GATE_RE),
    (
        applications._NOT_CONFIRMATION_RE.pattern.split(")(?:", 1)[1][:-1],
        applications._NOT_CONFIRMATION_RE,
    ),
    (extract._UNMONITORED_RE.pattern.split(")(?:", 1)[1][:-1], extract._UNMONITORED_RE),
]


def found(
    pattern: re.Pattern[str], text: str
) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_every_crm_pattern_is_guarded() -> None:
    for _, compiled in GUARDED:
        assert compiled.pattern.startswith("(?=["), compiled.pattern[:60]


def corpus_texts() -> list[str]:
    texts = []
    for path in sorted(DATA.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines()[:400]:
            if line.strip():
                record = json.loads(line)
                texts.append(f"{record.get('subject', '')}\n{record.get('body', '')}")
    return texts


def test_the_same_matches_on_the_corpus() -> None:
    texts = corpus_texts()
    assert len(texts) > 1000
    texts += [re.sub(r"\s+", " ", text) for text in texts]  # squeezed, as reason_in reads it
    for source, compiled in GUARDED:
        plain = re.compile(source, re.IGNORECASE)
        for text in texts:
            assert found(compiled, text) == found(plain, text)


# Words of the patterns themselves, so that matches happen, and characters that fold oddly
# under IGNORECASE (the Kelvin sign, the long s, dotted and dotless i, the sharp s).
WORDS = sorted(
    {w for source, _ in GUARDED for w in re.findall(r"[a-zà-ÿ']{2,}", source)}
    | {"\u212a", "\u017f", "\u0130", "\u0131", "ß", "ﬁ", "K", "S", "I", "\n", ". ", "; ", "-"}
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40), st.lists(st.booleans(), max_size=40))
def test_the_same_matches_on_the_patterns_words(words: list[str], upper: list[bool]) -> None:
    text = " ".join(
        w.upper() if up else w for w, up in zip(words, upper + [False] * 40, strict=False)
    )
    for source, compiled in GUARDED:
        assert found(compiled, text) == found(re.compile(source, re.IGNORECASE), text)


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"\bab|cd\b", 0),
        (r"(?i:ab)|cd", 0),  # a case-insensitive part of a case-sensitive pattern
        (r"a?b", re.IGNORECASE),  # may match one character
        (r"\w+ing", re.IGNORECASE),  # a category
        (r"[^x]yz|k[0-9]", re.IGNORECASE),  # a negated class
        (r"(?<!you )\b(?:has|had) filled|k(?-i:[A-Z])", re.IGNORECASE),
        (r"(?:ab){0,2}cd|e{3,}", re.IGNORECASE),
    ],
)
def test_guarded_or_left_alone_the_matches_are_the_same(pattern: str, flags: int) -> None:
    compiled = guarded(pattern, flags)
    plain = re.compile(pattern, flags)
    samples = ["ab cd", "AB CD", "\u212aZ kz KZ", "xyz yz k5 K5", "you has filled, she had filled"]
    samples += ["abcd ababcd eee EEE cd", "b ab aab", "walking WALKING"]
    for text in samples:
        assert found(compiled, text) == found(plain, text)


def test_a_class_folds_case_as_the_literal_does() -> None:
    """The lookahead's class of a letter admits every character the letter itself matches
    case-insensitively (the whole Basic Multilingual Plane, Kelvin sign and long s included)."""
    for letter in "abcdefghijklmnopqrstuvwxyzé'":
        literal = re.compile(re.escape(letter), re.IGNORECASE)
        kind = re.compile("[" + re.escape(letter) + "]", re.IGNORECASE)
        for code in range(0x10000):
            char = chr(code)
            if literal.match(char):
                assert kind.match(char), (letter, hex(code))
