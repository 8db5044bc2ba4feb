"""Every occurrence of a fixed set of phrases in a text, in one pass (Aho-Corasick).

The model's readers (rejectwatch.model.negation, rejectwatch.model.trim) look for a few
hundred cue words and footer markers in every message. ASCII text, most mail, goes to
ahocorasick_rs's DFA (Rust), about three times faster than pyahocorasick on a message (3.6 vs
11.9 us for the cue words on an average message); other text goes to pyahocorasick, which
also takes the lone surrogates a JSONL body may carry. Both report every occurrence,
overlapping ones included, so the two give the same set.
"""

from __future__ import annotations

from collections.abc import Sequence

import ahocorasick
import ahocorasick_rs

__all__ = ["Phrases"]


class Phrases:
    """``find(text)``: (start, end, index into ``phrases``) of every occurrence, in no
    particular order."""

    def __init__(self, phrases: Sequence[str]) -> None:
        if len(set(phrases)) != len(phrases) or not all(phrases):
            raise ValueError("phrases must be distinct and non-empty")
        self.phrases = tuple(phrases)
        self._rust = ahocorasick_rs.AhoCorasick(
            list(self.phrases),
            matchkind=ahocorasick_rs.MATCHKIND_STANDARD,
            implementation=ahocorasick_rs.Implementation.DFA,
        )
        self._python = ahocorasick.Automaton()
        for index, phrase in enumerate(self.phrases):
            self._python.add_word(phrase, (index, len(phrase)))
        self._python.make_automaton()

    def find(self, text: str) -> list[tuple[int, int, int]]:
        if text.isascii():
            return [
                (start, end, index)
                for index, start, end in self._rust.find_matches_as_indexes(text, overlapping=True)
            ]
        return [
            (last + 1 - length, last + 1, index)
            for last, (index, length) in self._python.iter(text)
        ]
