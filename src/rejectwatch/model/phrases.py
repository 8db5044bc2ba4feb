"""Every occurrence of a fixed set of phrases in a text, in one pass (Aho-Corasick).

The model's readers (rejectwatch.model.negation, rejectwatch.model.trim) look for a few
hundred cue words and footer markers in every message. ASCII text, most mail, goes to
ahocorasick_rs's DFA (Rust), about three times faster than pyahocorasick on a message (3.6 vs
11.9 us for the cue words on an average message), once enough of it has been searched to pay
for building one (before that, and for an automaton too large for a DFA, DFA_MOST, a
contiguous NFA of the ASCII phrases, and for any other text UTF-8 can encode a contiguous NFA
of every phrase; each answers in characters); text with lone
surrogates, which a JSONL body may carry, goes to pyahocorasick. All report every
occurrence, overlapping ones included, so they give the same set.
"""

from __future__ import annotations

import sys
import weakref
from collections.abc import Sequence

import ahocorasick
import ahocorasick_rs

__all__ = ["DFA_AFTER", "DFA_MOST", "Phrases", "build_all"]

# Characters of ASCII text an automaton searches with its NFA, for each of its phrases, before
# it builds its DFA (see Phrases.__init__): building takes about 6-10 us a phrase and the DFA
# saves about 6.5 ns a character, so it pays back after some 1,500 characters a phrase. At 100
# the readings' automaton of 15,000 phrases waits for 1.5 million characters (about 1,600
# average messages, at most 10 ms of slower searches): a command that reads a few messages
# never builds it; one of 30 phrases builds its DFA within the first few messages.
DFA_AFTER = 100
# ASCII phrases above which an automaton never builds its DFA: ASCII text goes to the NFA of
# every phrase. Twenty-first pass: the readings' one pass (17,385 ASCII phrases of 27,704)
# built a DFA of about 28 MB in 0.17 s, and in a batch of mail, where each message's other
# work pushes it out of the processor's cache, it searched no faster than the NFA: the whole
# of Model.scores over bench_classify's 5,000 corpus messages, in one process, the two paths
# alternating five times, 0.618-0.704 s with the DFA against 0.572-0.712 s with the NFA, and
# over its 5,000 ham 0.813-0.981 s against 0.804-0.886 s. Searched in a loop with nothing
# between, the DFA is still ahead (2.8 million characters of ham: 35-39 against 43-50 ms at
# 17,385 phrases, 39 against 41-54 ms at 10,000, 8 against 22 ms at 100), so the small
# automata (the footers', the quote hints') keep theirs.
DFA_MOST = 8_000


class Phrases:
    """``find(text)``: (start, end, index into ``phrases``) of every occurrence, in no
    particular order."""

    def __init__(self, phrases: Sequence[str]) -> None:
        if len(set(phrases)) != len(phrases) or not all(phrases):
            raise ValueError("phrases must be distinct and non-empty")
        self.phrases = tuple(phrases)
        # Sixteenth pass: ASCII text (most mail) can only hold the ASCII phrases, so they alone
        # make the DFA. A DFA of every phrase grew to 87 MB once the readings held thousands of
        # Han, kana, Cyrillic and Arabic ones (its states are byte-wise); other text goes to a
        # contiguous NFA of them all (a few MB, slower, 13% of mail).
        # Seventeenth pass: each automaton is built when first needed, and ASCII text goes to
        # the NFA too until DFA_AFTER characters a phrase of it have been searched (building
        # the DFA of the readings' 9,500 ASCII phrases cost 90 ms of every process that
        # imported the classifier, the NFA of all 15,000 phrases 20 ms; the DFA searches ASCII
        # text about 6.5 ns a character faster, so it pays back after some 14 million). Both
        # report the same occurrences in the same order (tests/test_phrases.py).
        self._ascii_index: list[int] = []  # (made when first needed, _ascii_indexes)
        self._ascii_indexed = False
        self._ascii: ahocorasick_rs.AhoCorasick | None = None  # the DFA, built later
        self._ascii_chars = 0  # characters of ASCII text searched by the NFA so far
        self._dfa_after = DFA_AFTER * len(self.phrases)
        # (twenty-first pass: never for a large automaton, DFA_MOST)
        self._dfa_ok = sum(map(str.isascii, self.phrases)) <= DFA_MOST
        if not self._dfa_ok:
            self._dfa_after = sys.maxsize
        self._rust: ahocorasick_rs.AhoCorasick | None = None  # the NFA, built when first needed
        # the NFA of the ASCII phrases, for ASCII text before the DFA, likewise (and the index
        # of each of its phrases, None when they are all ASCII: the NFA above, same indexes)
        self._ascii_rust: ahocorasick_rs.AhoCorasick | None = None
        self._ascii_rust_index: list[int] | None = None
        self._python: ahocorasick.Automaton | None = None  # built when first needed
        self._leftmost: ahocorasick_rs.AhoCorasick | None = None  # for occurs_in, likewise
        _MADE.add(self)

    def find(self, text: str) -> list[tuple[int, int, int]]:
        # ASCII text goes to the DFA of the ASCII phrases once it is built (DFA_AFTER), and
        # until then to the NFA of the ASCII phrases; any other text UTF-8 can encode to the
        # NFA of every phrase (all answer in characters, not bytes, astral ones included);
        # lone surrogates to pyahocorasick
        if text.isascii():
            dfa = self._ascii
            if dfa is None and self._ascii_chars + len(text) > self._dfa_after:
                dfa = self._dfa()
            if dfa is not None:
                index_of = self._ascii_index
                found = dfa.find_matches_as_indexes(text, overlapping=True)
                return [(start, end, index_of[index]) for index, start, end in found]
            self._ascii_chars += len(text)
            # (twenty-third pass, part E: to the NFA of the ASCII phrases alone, the only ones
            # ASCII text can hold; the readings' one pass holds 26,000 of 39,000 phrases, and
            # building the NFA of them all took 0.11 s of every command that classifies mail,
            # the ASCII phrases' 0.06 s)
            nfa, ascii_of = self._ascii_nfa()
            found = nfa.find_matches_as_indexes(text, overlapping=True)
            if ascii_of is None:
                return [(start, end, index) for index, start, end in found]
            return [(start, end, ascii_of[index]) for index, start, end in found]
        nfa = self._rust if self._rust is not None else self._nfa()
        try:
            found = nfa.find_matches_as_indexes(text, overlapping=True)
        except UnicodeEncodeError:  # lone surrogates
            pass
        else:
            return [(start, end, index) for index, start, end in found]
        return [
            (last + 1 - length, last + 1, index)
            for last, (index, length) in self._automaton().iter(text)
        ]

    def build(self) -> None:
        """Build now the automata find() uses (the NFA, and the DFA for ASCII text unless the
        automaton is too large for one, DFA_MOST): for a process about to search many texts,
        or about to fork workers that will."""
        if self._dfa_ok:
            self._dfa()
        else:  # (ASCII text goes to the NFA of the ASCII phrases)
            self._ascii_nfa()
        self._nfa()

    def _nfa(self) -> ahocorasick_rs.AhoCorasick:
        """The contiguous NFA of every phrase (built at the first call)."""
        if self._rust is None:
            self._rust = ahocorasick_rs.AhoCorasick(
                list(self.phrases),
                matchkind=ahocorasick_rs.MATCHKIND_STANDARD,
                implementation=ahocorasick_rs.Implementation.ContiguousNFA,
            )
        return self._rust

    def _ascii_nfa(self) -> tuple[ahocorasick_rs.AhoCorasick, list[int] | None]:
        """The contiguous NFA of the ASCII phrases (built at the first call; the NFA of every
        phrase when all are ASCII), and the index in ``phrases`` of each of its phrases (None:
        the same index). Reached from ASCII text, a state of either NFA reports the phrases
        that end there longest first, so both give the same list (tests/test_phrases.py)."""
        if self._ascii_rust is None:
            index_of = self._ascii_indexes()
            if len(index_of) == len(self.phrases):
                self._ascii_rust, self._ascii_rust_index = self._nfa(), None
            else:
                self._ascii_rust = ahocorasick_rs.AhoCorasick(
                    [self.phrases[i] for i in index_of],
                    matchkind=ahocorasick_rs.MATCHKIND_STANDARD,
                    implementation=ahocorasick_rs.Implementation.ContiguousNFA,
                )
                self._ascii_rust_index = index_of
        return self._ascii_rust, self._ascii_rust_index

    def _ascii_indexes(self) -> list[int]:
        """The index of each ASCII phrase in ``phrases``, in order (made at the first call)."""
        if not self._ascii_indexed:
            self._ascii_index = [i for i, phrase in enumerate(self.phrases) if phrase.isascii()]
            self._ascii_indexed = True
        return self._ascii_index

    def _dfa(self) -> ahocorasick_rs.AhoCorasick:
        """The DFA of the ASCII phrases (built at the first call)."""
        if self._ascii is None:
            self._ascii = ahocorasick_rs.AhoCorasick(
                [self.phrases[i] for i in self._ascii_indexes()],
                matchkind=ahocorasick_rs.MATCHKIND_STANDARD,
                implementation=ahocorasick_rs.Implementation.DFA,
            )
        return self._ascii

    def occurs_in(self, text: str) -> bool:
        """Does any phrase occur in ``text``? One pass of a leftmost-first automaton (built at
        the first call), which reports a run of dashes once every five, not at every dash: a
        third of the cost of find() on mail with rules of "-----" (21 against 64 ms for the
        quote hints of 10,000 bench_cli previews)."""
        if self._leftmost is None:
            self._leftmost = ahocorasick_rs.AhoCorasick(
                list(self.phrases), matchkind=ahocorasick_rs.MATCHKIND_LEFTMOST_FIRST
            )
        try:
            return bool(self._leftmost.find_matches_as_indexes(text))
        except UnicodeEncodeError:  # lone surrogates
            return any(phrase in text for phrase in self.phrases)

    def _automaton(self) -> ahocorasick.Automaton:
        """pyahocorasick's automaton, built at the first text with lone surrogates (building it
        cost 7 ms of every worker's start for the readings' 8,900 phrases)."""
        if self._python is None:
            automaton = ahocorasick.Automaton()
            for index, phrase in enumerate(self.phrases):
                automaton.add_word(phrase, (index, len(phrase)))
            automaton.make_automaton()
            self._python = automaton
        return self._python


# every Phrases made in this process, for build_all
_MADE: weakref.WeakSet[Phrases] = weakref.WeakSet()


def build_all() -> int:
    """Build the automata of every Phrases made so far (Phrases.build); how many there are. A
    scan's first worker calls it before it forks the others (rejectwatch.pipeline.workers),
    so that they inherit the automata instead of each building its own."""
    made = list(_MADE)
    for phrases in made:
        phrases.build()
    return len(made)
