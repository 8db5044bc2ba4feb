"""The outcome readings' other word groups (issue 11, twentieth pass, part F): a group of many
words is tested by one pass of its own automaton, and answers what a substring test of each of
its words answers."""

from __future__ import annotations

import json
from pathlib import Path

from rejectwatch.model import negation

DATA = Path(__file__).resolve().parents[1] / "data"


def substring_answer(others: tuple[tuple[bool, frozenset[str], object], ...], text: str) -> bool:
    """What each reading's gate asked before: a word of every group standing in ``text`` (a
    group the one pass finds met with its gate words, any other by substring tests)."""
    present = negation._gate_hits(text).keys()
    return all(
        not group.isdisjoint(present) if in_hits else any(word in text for word in group)
        for in_hits, group, _ in others
    )


def test_every_large_group_the_one_pass_misses_has_its_automaton() -> None:
    passes = 0
    for others in negation._OTHER_GATES.values():
        for in_hits, group, automaton in others:
            if in_hits or len(group) < negation.GROUP_PASS:
                assert automaton is None
            else:
                assert automaton is not None
                assert set(automaton.phrases) == group
                passes += 1
    assert passes > 0


def test_a_group_automaton_finds_a_word_inside_or_across_another() -> None:
    # the leftmost-first pass reports one match where words overlap: presence is what counts
    words = frozenset(
        {"forwarded to", "ded to the", "to the panel", "on to", "go on to"}
        | {f"word{i}" for i in range(10)}
    )
    automaton = negation.Phrases(sorted(words))
    for text, holds in [
        ("we forwarded to the panel", True),  # three overlapping words
        ("it was then passed to them", False),
        ("let's go on to the next", True),
        ("nothing here but a word", False),
        ("word9", True),
        ("\ud800 lone surrogate, then go on to", True),
        ("\ud800 lone surrogate alone", False),
    ]:
        assert automaton.occurs_in(text) is holds, text
        assert any(word in text for word in words) is holds


def test_the_gates_answer_as_substring_tests_on_the_corpus() -> None:
    texts = []
    for path in sorted(DATA.glob("*.jsonl"))[:6]:
        for line in path.read_text(encoding="utf-8").splitlines()[:150]:
            row = json.loads(line)
            texts.append(negation._cue_text(f"{row['subject']}\n{row['body']}"))
    assert len(texts) > 300
    opened = 0
    for text in texts:
        present = negation._gate_hits(text).keys()
        for others in negation._OTHER_GATES.values():
            expected = substring_answer(others, text)
            assert negation._holds_each(others, present, text) is expected
            opened += expected
    assert opened > 0
