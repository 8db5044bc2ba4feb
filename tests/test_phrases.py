"""rejectwatch.model.phrases finds every occurrence of every phrase, on either path."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rejectwatch.model import phrases as phrases_module
from rejectwatch.model.phrases import Phrases

PHRASES = [
    "not",
    "no longer",
    "can't",
    "can\u2019t",
    "no",
    "on",
    "nothing",
    "decided",
    "d",
    "\u00e9d",
]


def naive(text: str) -> list[tuple[int, int, int]]:
    return sorted(
        (start, start + len(phrase), index)
        for index, phrase in enumerate(PHRASES)
        for start in range(len(text))
        if text.startswith(phrase, start)
    )


# the phrases' letters, a dash, a curly quote, an accent, an astral character, a lone surrogate
TEXT = st.text(
    alphabet=st.sampled_from([*"notdecid ln'g\u2019\u00e9\n.-\U0001f600", "\ud800"]), max_size=40
)


@settings(max_examples=1000)
@given(TEXT)
def test_every_occurrence_overlapping_ones_too(text: str) -> None:
    assert sorted(Phrases(PHRASES).find(text)) == naive(text)


@settings(max_examples=500)
@given(TEXT)
def test_occurs_in_says_whether_any_phrase_stands(text: str) -> None:
    phrases = Phrases([*PHRASES, "--"])
    assert phrases.occurs_in(text) == bool(phrases.find(text))


def test_ascii_and_other_text_agree() -> None:
    phrases = Phrases(PHRASES)
    ascii_text = "we have decided: nothing, no longer, can't"
    assert sorted(phrases.find(ascii_text)) == naive(ascii_text)
    other = ascii_text + " caf\u00e9"  # the same positions on the other path
    assert sorted(phrases.find(other)) == naive(other) == naive(ascii_text)
    # positions in characters on every path: after an astral character, and beside a lone
    # surrogate (which UTF-8 cannot encode)
    for text in ("\U0001f600 decided caf\u00e9d", "\ud800 decided caf\u00e9d"):
        assert sorted(phrases.find(text)) == naive(text)


def test_phrases_must_be_distinct_and_non_empty() -> None:
    with pytest.raises(ValueError, match="distinct"):
        Phrases(["not", "not"])
    with pytest.raises(ValueError, match="non-empty"):
        Phrases(["not", ""])


ASCII_TEXT = st.text(alphabet=st.sampled_from([*"notdecid ln'g.-\n"]), max_size=60)


@settings(max_examples=500)
@given(ASCII_TEXT)
def test_the_nfa_and_the_dfa_give_the_same_list(text: str) -> None:
    # ASCII text goes to the NFA of every phrase until enough of it has been searched, then to
    # the DFA of the ASCII phrases: the same occurrences, in the same order
    nfa, dfa = Phrases(PHRASES), Phrases(PHRASES)
    nfa._dfa_after = 10**18
    dfa._dfa_after = -1
    assert nfa.find(text) == dfa.find(text)
    assert nfa._ascii is None
    assert dfa._ascii is not None


def test_the_dfa_is_built_once_enough_ascii_text_was_searched() -> None:
    phrases = Phrases(PHRASES)
    text = "we have decided: nothing, no longer, can't"
    searches = phrases_module.DFA_AFTER * len(PHRASES) // len(text) + 2
    answers = [phrases.find(text) for _ in range(searches)]
    assert phrases._ascii is not None  # built on the way
    assert all(answer == answers[0] for answer in answers)
    assert sorted(answers[0]) == naive(text)


def test_build_all_builds_every_automaton_before_a_fork() -> None:
    phrases = Phrases(PHRASES)
    assert phrases._ascii is None
    assert phrases._rust is None
    assert phrases_module.build_all() >= 1
    assert phrases._ascii is not None
    assert phrases._rust is not None
    for text in ("we have decided: nothing, no longer", "caf\u00e9 decided"):
        assert sorted(phrases.find(text)) == naive(text)


def test_a_large_automaton_never_builds_its_dfa(monkeypatch: pytest.MonkeyPatch) -> None:
    # twenty-first pass: above DFA_MOST ASCII phrases ASCII text stays with the NFA, however
    # much of it is searched and when every automaton is built before a fork; the same answers
    ascii_phrases = sum(phrase.isascii() for phrase in PHRASES)
    monkeypatch.setattr(phrases_module, "DFA_MOST", ascii_phrases - 1)
    large = Phrases(PHRASES)
    text = "we have decided: nothing, no longer, can't"
    searches = phrases_module.DFA_AFTER * len(PHRASES) // len(text) + 2
    answers = [large.find(text) for _ in range(searches)]
    large.build()
    assert phrases_module.build_all() >= 1
    assert large._ascii is None
    assert large._rust is not None
    assert all(answer == answers[0] for answer in answers)
    assert large.find(text) == answers[0]
    assert sorted(answers[0]) == naive(text)
    # one at the bound still builds it
    monkeypatch.setattr(phrases_module, "DFA_MOST", ascii_phrases)
    small = Phrases(PHRASES)
    small.build()
    assert small._ascii is not None
    assert small.find(text) == answers[0]


@settings(max_examples=500)
@given(ASCII_TEXT)
def test_ascii_text_searched_by_the_nfa_of_the_ascii_phrases_alone(text: str) -> None:
    # twenty-third pass, part E: ASCII text can hold only the ASCII phrases, so before the DFA
    # it goes to an NFA of them alone (the readings' one pass: 26,000 of 39,000 phrases, half
    # the build); the same occurrences, in the same order, as the NFA of every phrase
    phrases = Phrases(PHRASES)
    phrases._dfa_after = 10**18
    every = [
        (start, end, index)
        for index, start, end in phrases._nfa().find_matches_as_indexes(text, overlapping=True)
    ]
    assert phrases.find(text) == every
    assert phrases._ascii is None


def test_ascii_text_alone_never_builds_the_nfa_of_every_phrase() -> None:
    phrases = Phrases(PHRASES)
    text = "we have decided: nothing, no longer, can't"
    assert sorted(phrases.find(text)) == naive(text)
    assert phrases._rust is None  # only the ASCII phrases' NFA so far
    other = "caf\u00e9 decided"
    assert sorted(phrases.find(other)) == naive(other)
    assert phrases._rust is not None


def test_an_automaton_of_ascii_phrases_builds_one_nfa() -> None:
    phrases = Phrases(["not", "no longer", "decided"])
    assert phrases.find("not decided") == [(0, 3, 0), (4, 11, 2)]
    assert phrases._ascii_rust is phrases._rust is not None
    assert Phrases(["\u00e9d"]).find("decided") == []  # (no ASCII phrase at all)


@settings(max_examples=500)
@given(TEXT, st.permutations(PHRASES), st.booleans())
def test_the_order_of_the_phrases_changes_no_answer(text: str, order: list[str], dfa: bool) -> None:
    # twenty-third pass, part E: the readings' one pass lists its gate words in the order first
    # met, not sorted (negation._gate_phrases): every path lists the phrases that end at one
    # place longest first, whatever their order, so the same phrases in the same order
    first, other = Phrases(PHRASES), Phrases(order)
    if dfa:
        first._dfa_after = other._dfa_after = -1
    assert [(start, end, first.phrases[index]) for start, end, index in first.find(text)] == [
        (start, end, other.phrases[index]) for start, end, index in other.find(text)
    ]
