"""A regular expression searched only where a string every match holds stands.

Python's regex engine tries a pattern that opens with ``\\b`` or an alternation of such
branches at every position of the text (it finds no first character to skip ahead to), so a
search of a long pattern costs about 0.1 us a character even where nothing can match. Every
match of such a pattern consumes one of a few fixed strings ("decision", "made", "still ",
...): where none of them stands, the search cannot succeed and need not run.

:func:`needed` reads those strings off the pattern itself (its parse tree), so they stay true
when the pattern's words change; :class:`Prefiltered` searches with them. A pattern whose
strings cannot be read (case-insensitive, or some branch with no fixed text) is searched as
it is. The answers are the pattern's own: a search is skipped only where it would find
nothing.

Reading a pattern's strings means parsing it again (re's own parser) and walking the tree: for
the few dozen patterns of the readings that cost about 0.05 s of CPU in every process that
loads the model. What :func:`needed`, :func:`openers`, :func:`branches` and :func:`max_width`
find is therefore shipped with the package (``prefilter_cache.json``, written by
``scripts/prefilter_cache.py``)
and looked up by what was asked, the pattern's flags and its text, in a file made by this very
module (its source's hash): a pattern the file does not hold, or a file made by another version
of this module, is read afresh, so a stale file is only slower, never wrong.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from itertools import product
from pathlib import Path
from typing import Any

from rejectwatch.model import lazy_re
from rejectwatch.model.phrases import Phrases

try:  # the parser behind re.compile (Python 3.11+: re._parser; sre_parse before)
    from re import _parser  # type: ignore[attr-defined]
    from re._constants import (  # type: ignore[import-not-found]
        ASSERT,
        ASSERT_NOT,
        AT,
        ATOMIC_GROUP,
        BRANCH,
        IN,
        LITERAL,
        MAX_REPEAT,
        MIN_REPEAT,
        POSSESSIVE_REPEAT,
        RANGE,
        SUBPATTERN,
    )
except ImportError:  # pragma: no cover - another Python: no prefilter, the same answers
    _parser = None

# A run of fixed text is kept as its possible strings while there are at most this many.
MAX_STRINGS = 24
# A string this long is rare enough in a sentence for a prefilter to skip most searches.
GOOD_LENGTH = 6
# Characters a character class may hold and still count as fixed text.
MAX_CLASS = 4
_ZERO_WIDTH = frozenset() if _parser is None else frozenset((AT, ASSERT, ASSERT_NOT))

Strings = frozenset[str]


def needed(pattern: re.Pattern[str]) -> Strings | None:
    """Strings of which every match of ``pattern`` holds one (in the text it consumes);
    None when no such set is known (then every search must run)."""
    found = CACHE.answer("needed", pattern, _needed)
    return None if found is None else frozenset(found)


def _needed(pattern: re.Pattern[str]) -> list[str] | None:
    found = _Reader(MAX_STRINGS, GOOD_LENGTH).candidates(pattern)
    return None if not found else sorted(found[0])


# For a reading's word groups (:func:`openers`): longer strings, rarer in a sentence, and more
# of them (an automaton finds them all in one pass, so their number costs little).
OPENER_STRINGS = 320
OPENER_LENGTH = 10
# the other groups are tested as substrings of the whole text once a reading opens: few
OPENER_GROUPS = 3
OTHER_GROUP_STRINGS = 12
# Eighteenth pass, part H: the opening words of every reading make one automaton (its DFA is
# built inside a scan, and its size and build time grow with them), and a pattern of many
# alternatives in a row expands into hundreds of strings that differ only at one end ("we will
# not be moving forward with your application", "... your candidacy", ...). Each string of a
# reading's opening words is cut to its last (or first) OPENER_WINDOW characters, whichever
# gives fewer strings: every match still holds one of them (a part of a string every match
# holds is held too), and 20 characters stand about as rarely in a sentence as the whole
# (27,821 -> 19,862 phrases for the eighteenth pass's readings; 3,604 -> 3,794 reading searches
# over bench_classify's 5,000 job mails, 2,108 -> 2,108 over its ham)
OPENER_WINDOW = 20


def openers(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], ...]:
    """A reading's word groups, read off its pattern: up to OPENER_GROUPS sets of strings,
    each one every match holds one of, the one likeliest to be rare first (its words open the
    reading; the others are tested once it is open). Raises ValueError for a pattern of which
    no such strings can be read (a reading must have words that open it)."""
    return tuple(tuple(group) for group in CACHE.answer("openers", pattern, _openers))


def _openers(pattern: re.Pattern[str]) -> list[list[str]]:
    found = _Reader(OPENER_STRINGS, OPENER_LENGTH, for_openers=True).candidates(pattern)
    if not found:
        raise ValueError(f"no fixed strings every match holds: {pattern.pattern[:60]!r}")
    groups: list[Strings] = [_windows(found[0], OPENER_WINDOW)]
    for strings in found[1:]:
        if len(strings) > OTHER_GROUP_STRINGS or min(map(len, strings)) < 3:
            continue  # (a test of one or two letters holds in every sentence)
        # a set implied by one already kept (each of its strings inside one of the kept set's,
        # or the other way round) adds no test worth running
        if any(_covers(kept, strings) or _covers(strings, kept) for kept in groups):
            continue
        groups.append(strings)
        if len(groups) == OPENER_GROUPS:
            break
    return [sorted(strings) for strings in groups]


def _windows(strings: Strings, width: int) -> Strings:
    """``strings``, or each cut to its last ``width`` characters, or to its first: the fewest
    (the last ones first among equals: a string's end is where a match's end is reckoned
    from, negation._first_start)."""
    ends = frozenset(string[-width:] for string in strings)
    starts = frozenset(string[:width] for string in strings)
    return min((strings, ends, starts), key=len)


Reading = tuple[str, tuple[tuple[str, ...], ...], re.Pattern[str]]


def readings(*pairs: tuple[str, re.Pattern[str]]) -> tuple[Reading, ...]:
    """(token, word groups, pattern) for each top-level alternative (:func:`branches`) of
    each (token, pattern), its word groups read off it (:func:`openers`)."""
    return tuple(
        (token, openers(branch), branch) for token, pattern in pairs for branch in branches(pattern)
    )


def branches(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], ...]:
    """The top-level alternatives of ``pattern``, each compiled on its own with its flags, so
    that each is searched only where its own opening words stand (a search of many branches
    tries each at every position of the sentence). A sentence holds a match of ``pattern``
    exactly when it holds a match of one of them."""
    parts = CACHE.answer("branches", pattern, _branch_sources)
    if len(parts) == 1:
        return (pattern,)
    # (seventeenth pass: compiled when a text first opens one, rejectwatch.model.lazy_re)
    return tuple(lazy_re.compile(part, pattern.flags) for part in parts)


def _branch_sources(pattern: re.Pattern[str]) -> list[str]:
    """The text of each top-level alternative of ``pattern`` (its ``|`` outside any group or
    class)."""
    source = pattern.pattern
    parts: list[str] = []
    depth, start, index, in_class = 0, 0, 0, False
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if source.startswith("]", index + 1) or source.startswith("^]", index + 1):
                index += 1 + (source[index + 1] == "^")  # "[]...]": a literal "]" first
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(source[start:index])
            start = index + 1
        index += 1
    parts.append(source[start:])
    return parts


# A greater width is read as no bound (re's parser says 2**64 or so for "unbounded").
MAX_WIDTH = 100_000


def max_width(pattern: re.Pattern[str]) -> int | None:
    """The most characters a match of ``pattern`` can span (what it consumes; lookarounds
    consume none); None when there is no bound (``*``, ``+``, ``{n,}``) or it cannot be read.
    A match that holds a string found at ``[start, end)`` starts at ``end - max_width`` or
    later, so a search from there finds what a search of the whole text finds."""
    found = CACHE.answer("width", pattern, _max_width)
    return None if found is None else int(found)


def _max_width(pattern: re.Pattern[str]) -> int | None:
    if _parser is None or not isinstance(pattern.pattern, str):
        return None
    try:
        width = _parser.parse(pattern.pattern, pattern.flags).getwidth()[1]
    except Exception:  # an unexpected parser: no bound known
        return None
    return int(width) if width < MAX_WIDTH else None


def _covers(small: Strings, big: Strings) -> bool:
    """Every string of ``big`` holds one of ``small``'s."""
    return all(any(part in whole for part in small) for whole in big)


class _Reader:
    """Reads the sets of fixed strings of a pattern, with at most ``max_strings`` strings a
    set, preferring sets whose shortest string is ``good_length`` long or longer."""

    def __init__(self, max_strings: int, good_length: int, for_openers: bool = False) -> None:
        self.max_strings = max_strings
        self.good_length = good_length
        # for a reading's opening words: the longest strings on average first, and a run of
        # fixed text joined to how the item after it starts ("not " + "one of th")
        self.for_openers = for_openers

    def candidates(self, pattern: re.Pattern[str]) -> list[Strings]:
        """Every set of strings found of which every match holds one, the best first."""
        if _parser is None or not isinstance(pattern.pattern, str):
            return []
        if pattern.flags & (re.IGNORECASE | re.LOCALE | re.VERBOSE):
            return []
        try:
            parsed = _parser.parse(pattern.pattern, pattern.flags)
        except Exception:  # an unexpected parser: fall back to plain searches
            return []
        return self._ranked(self._useful(list(parsed)))

    def _ranked(self, useful: list[Strings]) -> list[Strings]:
        """``useful`` (in the pattern's order), the best first. For a reading's opening words
        the one of long enough strings that stands latest in the pattern: a reading's subject
        comes first and is common ("your application for", "you"), what is said of it later
        and rare ("n't been shortlisted", "is no longer being considered")."""
        unique = list(dict.fromkeys(useful))
        if self.for_openers:
            order = {strings: index for index, strings in enumerate(unique)}
            return sorted(
                unique,
                key=lambda c: (min(self.good_length, *map(len, c)), order[c]),
                reverse=True,
            )
        # (a stable sort: the first of equal merit first, as max() picks it)
        return sorted(unique, key=self._merit, reverse=True)

    def _merit(self, strings: Strings) -> tuple[int, int, int]:
        # the fewest strings among those of ``good_length`` characters or more (a shorter
        # one, "is", stands almost everywhere); shorter ones only when nothing else is known
        shortest = min(map(len, strings))
        return (min(self.good_length, shortest), -len(strings), shortest)

    def _fixed(self, item: tuple[Any, Any]) -> Strings | None:
        """The strings ``item`` can consume, when they are few and known; None otherwise."""
        op, av = item
        found: Strings | None = None
        if op is LITERAL:
            found = frozenset((chr(av),))
        elif op is IN:
            found = _fixed_class(av)
        elif op is SUBPATTERN or op is ATOMIC_GROUP:
            found = self._fixed_sequence(list(av[-1]) if op is SUBPATTERN else list(av))
        elif op is BRANCH:
            alternatives = [self._fixed_sequence(list(alternative)) for alternative in av[1]]
            known = [strings for strings in alternatives if strings is not None]
            if len(known) == len(alternatives):
                found = frozenset().union(*known)
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT) and av[1] <= 1:
            found = self._fixed_sequence(list(av[2]))
            if found is not None and av[0] == 0:
                found |= {""}
        return found if found is not None and len(found) <= self.max_strings else None

    def _fixed_sequence(self, items: list[tuple[Any, Any]]) -> Strings | None:
        """The strings a sequence of items can consume, when each item's are known and few."""
        out: Strings = frozenset(("",))
        for item in items:
            if item[0] in _ZERO_WIDTH:
                continue  # consumes nothing
            strings = self._fixed(item)
            if strings is None:
                return None
            out = _joined(out, strings)
            if len(out) > self.max_strings:
                return None
        return out

    def _useful(self, items: list[tuple[Any, Any]]) -> list[Strings]:
        """The sets of strings of which every match of the sequence holds one: each run of
        fixed text (consecutive items of known strings, zero-width ones in between), a run's
        start, and what an item that must match holds (a group, a branch, a repeat of at least
        one)."""
        candidates: list[Strings] = []
        run: Strings | None = frozenset(("",))
        run_before: Strings | None = None
        for item in items:
            if item[0] in _ZERO_WIDTH:
                continue
            strings = self._fixed(item)
            if strings is not None and "" not in strings:
                candidates.append(strings)  # the item alone: fewer strings than its run
            if strings is not None and run is not None:
                joined = _joined(run, strings)
                if len(joined) <= self.max_strings:
                    candidates.append(run)  # a run's start is text every match holds too
                    run = joined
                    continue
                # too many to join whole: the run's ends joined to the item ("n't been " +
                # "selected")
                candidates.extend(self._bridges(run, strings))
            if run is not None:
                candidates.append(run)
            run_before = run
            run = strings  # a fixed item starts the next run; any other ends it
            if strings is None:
                inner = self._must(item)
                if inner is not None:
                    candidates.append(inner)
                candidates.extend(self._bridges(run_before, self._starts_of(item)))
                run = frozenset(("",))
        if run is not None:
            candidates.append(run)
        return [c for c in candidates if c and "" not in c]

    def _starts(self, items: list[tuple[Any, Any]]) -> Strings | None:
        """Strings one of which every match of the sequence starts with; None if none known."""
        out: Strings = frozenset(("",))
        for item in items:
            if item[0] in _ZERO_WIDTH:
                continue
            strings = self._fixed(item)
            if strings is None:
                strings = self._starts_of(item)
                if strings is not None and len(_joined(out, strings)) <= self.max_strings:
                    out = _joined(out, strings)
                break
            joined = _joined(out, strings)
            if len(joined) > self.max_strings:
                break
            out = joined
        return None if "" in out else out

    def _starts_of(self, item: tuple[Any, Any]) -> Strings | None:
        """Strings one of which every match of ``item`` (of no fixed text) starts with."""
        return _inside(item, self._starts, self.max_strings)

    def _bridges(self, ends: Strings | None, starts: Strings | None) -> list[Strings]:
        """For a reading's opening words: [the strings where ``ends`` meet ``starts``], or []
        (not for a plain prefilter, or when either is unknown or may be empty)."""
        if not self.for_openers or not ends or not starts or "" in ends or "" in starts:
            return []
        bridged = self._bridged(ends, starts)
        return [] if bridged is None else [bridged]

    def _bridged(self, ends: Strings, starts: Strings) -> Strings | None:
        """Strings every match holds where text ending in one of ``ends`` is followed by text
        starting with one of ``starts``: each end cut to its last characters (as few as keep
        the number of strings within bounds) joined to each start."""
        ends = frozenset(e for e in ends if not any(o != e and e.endswith(o) for o in ends))
        starts = frozenset(s for s in starts if not any(o != s and s.startswith(o) for o in starts))
        for keep in range(max(map(len, ends)), 0, -1):
            cut = frozenset(e[-keep:] for e in ends)
            if len(cut) * len(starts) <= self.max_strings:
                return _joined(cut, starts)
        return None

    def _sequence(self, items: list[tuple[Any, Any]]) -> Strings | None:
        """The best set of strings of which every match of the sequence holds one."""
        useful = self._useful(items)
        return self._ranked(useful)[0] if useful else None

    def _must(self, item: tuple[Any, Any]) -> Strings | None:
        """Strings of which what ``item`` consumes holds one, for an item of no fixed text."""
        return _inside(item, self._sequence, None)


def _inside(
    item: tuple[Any, Any],
    read: Callable[[list[tuple[Any, Any]]], Strings | None],
    limit: int | None,
) -> Strings | None:
    """What ``read`` finds inside ``item`` (a group, each alternative of a branch, a repeat of at
    least one), when every part of it is known (and, for a branch, at most ``limit``)."""
    op, av = item
    if op is SUBPATTERN:
        return read(list(av[-1]))
    if op is ATOMIC_GROUP:
        return read(list(av))
    if op is BRANCH:
        out: set[str] = set()
        for alternative in av[1]:
            strings = read(list(alternative))
            if strings is None:
                return None
            out |= strings
        return frozenset(out) if limit is None or len(out) <= limit else None
    if op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT) and av[0] >= 1:
        return read(list(av[2]))
    return None


def _fixed_class(members: list[tuple[Any, Any]]) -> Strings | None:
    """The characters of a class of a few literal characters (``['\u2019]``)."""
    chars: set[str] = set()
    for kind, value in members:
        if kind is LITERAL:
            chars.add(chr(value))
        elif kind is RANGE and value[1] - value[0] < MAX_CLASS:
            chars.update(chr(c) for c in range(value[0], value[1] + 1))
        else:
            return None
    return frozenset(chars) if 0 < len(chars) <= MAX_CLASS else None


def _joined(left: Iterable[str], right: Iterable[str]) -> Strings:
    return frozenset(a + b for a, b in product(left, right))


class Prefiltered:
    """``pattern.search``, run only where one of the strings its matches need stands.

    ``search(text, pos, endpos)`` answers what ``pattern.search(text, pos, endpos)`` does."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.needs = needed(pattern)
        self.slot = -1 if self.needs is None else OPENED.add(self.needs)

    def may_match(self, text: str) -> bool:
        """False only where ``pattern`` cannot match ``text``: none of the strings its matches
        need stands in it (True when no such strings are known)."""
        needs = self.needs
        return needs is None or any(map(text.__contains__, needs))

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        # s15: the readings search a message sentence by sentence, so most calls come for the
        # text of the call before: where none of the strings stands anywhere in it (found for
        # every pattern at once, by one pass of an automaton), none stands in a part of it,
        # and the part's own test (about 2 us for 35 strings) is skipped
        if self.needs is not None:
            if not OPENED.is_open(text, self.slot):
                return None
            # twenty-first pass: in a part of the text (a sentence), the strings are looked up
            # where that pass found them (OPENED.stands_within), not searched for again one by
            # one in a copy of the part (a pattern of 64 strings: 64 substring tests of every
            # cue sentence, 6 % of a batch); the whole text needs no test (it is open)
            if pos != 0 or endpos < len(text):
                # (twenty-first pass, part O: re reads a negative bound as 0, a slice from the
                # end: "n't decided"[-1:11] is "d", where the pattern searched from -1 matches)
                pos, endpos = max(pos, 0), max(endpos, 0)
                within = OPENED.stands_within(text, self.slot, pos, endpos)
                if within is None:
                    within = self.may_match(text[pos:endpos])
                if not within:
                    return None
        return self.pattern.search(text, pos, endpos)


class _Opened:
    """Which prefiltered patterns' strings stand anywhere in a text: one pass of an automaton
    (rejectwatch.model.phrases) over the union of every pattern's strings, remembered for the
    last text asked about (held, so that ``is`` finds it again). A caller that passes over the
    text with an automaton of its own may hand in what it found (:meth:`remember`)."""

    def __init__(self) -> None:
        self.needs: list[Iterable[str]] = []
        self.phrases: Phrases | None = None
        self.owners: list[tuple[int, ...]] = []
        # the last text, the slots open in it, and how many patterns (the first ones
        # registered) that answer covers
        self.last: tuple[str | None, frozenset[int], int] = (None, frozenset(), 0)
        # where the strings stand in the last text: the automaton's matches (start, end, index)
        # and each index's slots (None: not known), and by slot, made when first asked
        self._found: Sequence[tuple[int, int, int]] | None = None
        self._slots_of: Sequence[Sequence[int]] = ()
        self._spans: dict[int, tuple[list[int], list[int]]] | None = None
        # (twenty-seventh pass, part S: the indices of each slot's strings, for the last
        # ``slots_of`` handed in: the callers hand in the same one for every text)
        self._indices_of: Sequence[Sequence[int]] | None = None
        self._indices: dict[int, frozenset[int]] = {}

    def add(self, needs: Iterable[str]) -> int:
        """Register one pattern's strings; its slot."""
        self.needs.append(needs)
        self.phrases = None
        return len(self.needs) - 1

    def strings(self) -> tuple[dict[str, tuple[int, ...]], int]:
        """Each string of the patterns registered so far -> the slots of those that need it,
        and how many patterns that is."""
        owners: dict[str, list[int]] = {}
        for slot, needs in enumerate(self.needs):
            for string in needs:
                owners.setdefault(string, []).append(slot)
        return {string: tuple(slots) for string, slots in owners.items()}, len(self.needs)

    def remember(
        self,
        text: str,
        slots: frozenset[int],
        covered: int,
        found: Sequence[tuple[int, int, int]] | None = None,
        slots_of: Sequence[Sequence[int]] = (),
    ) -> None:
        """Take ``slots`` as the open ones in ``text`` among the first ``covered`` patterns:
        the slots of every string of :meth:`strings` (which said ``covered``) standing in it.
        ``found``: every occurrence (start, end, index) of the caller's automaton in ``text``,
        overlapping ones included, and ``slots_of[index]`` the slots of that phrase (for
        :meth:`stands_within`)."""
        self.last = (text, slots, covered)
        self._found, self._slots_of, self._spans = found, slots_of, None

    def is_open(self, text: str, slot: int) -> bool:
        """Does one of the strings of the pattern in ``slot`` stand in ``text``?"""
        last, slots, covered = self.last
        # (p16: a text equal to the last, not only the same object: the guard's readers each
        # lower-case the message afresh, and each copy cost a pass of the automaton)
        if slot >= covered or (last is not text and last != text):
            phrases = self.phrases
            if phrases is None:
                owners, _ = self.strings()
                phrases = self.phrases = Phrases(sorted(owners))
                self.owners = [owners[string] for string in phrases.phrases]
            owner = self.owners
            found = phrases.find(text)
            slots = frozenset(slot for _, _, index in found for slot in owner[index])
            self.remember(text, slots, len(self.needs), found, owner)
        return slot in slots

    def stands_within(self, text: str, slot: int, pos: int, endpos: int) -> bool | None:
        """Does one of the strings of the pattern in ``slot`` stand in ``text[pos:endpos]``,
        by where the last pass found them (None when it is not known: another text, no
        positions kept, or a negative bound)? For a slot :meth:`is_open` just answered."""
        last, _, covered = self.last
        found = self._found
        if found is None or slot >= covered or pos < 0 or endpos < 0:
            return None
        if last is not text and last != text:
            return None
        spans = self._spans
        if spans is None:
            spans = self._spans = {}
        # (twenty-seventh pass, part S: each slot's strings' places gathered when the slot is
        # first asked about in this text, not every slot's at once: some four slots are asked
        # about a text, where its strings belong to some forty; the same places, sorted)
        got = spans.get(slot)
        if got is None:
            indices = self._slot_indices().get(slot, frozenset())
            pairs = sorted((start, end) for start, end, index in found if index in indices)
            got = spans[slot] = ([start for start, _ in pairs], [end for _, end in pairs])
        starts, ends = got
        # the strings that start at pos or after, before endpos: one ending by endpos stands
        for at in range(bisect_left(starts, pos), len(starts)):
            if starts[at] >= endpos:
                break
            if ends[at] <= endpos:
                return True
        return False

    def _slot_indices(self) -> dict[int, frozenset[int]]:
        """Each slot -> the indices of ``slots_of`` (the last handed in) that name it."""
        slots_of = self._slots_of
        if self._indices_of is not slots_of:
            indices: dict[int, set[int]] = {}
            for index, owners in enumerate(slots_of):
                for owner in owners:
                    indices.setdefault(owner, set()).add(index)
            self._indices = {owner: frozenset(found) for owner, found in indices.items()}
            self._indices_of = slots_of
        return self._indices

    def open_among(self, text: str, slots: frozenset[int]) -> frozenset[int]:
        """The slots of ``slots`` in which one of the pattern's strings stands in ``text`` (one
        answer for them all: the answer :meth:`is_open` keeps for the highest covers every slot
        up to it)."""
        if not slots:
            return slots
        self.is_open(text, max(slots))
        return self.last[1] & slots


OPENED = _Opened()


CACHE_FILE = Path(__file__).with_name("prefilter_cache.json")
CACHE_FORMAT = 1


def source_hash() -> str | None:
    """SHA-256 of this module's source: what a cache file must have been made by; None when
    the source cannot be read (then nothing is looked up)."""
    try:
        return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
    except OSError:
        return None


class DerivedCache:
    """What this module has read off each pattern (:func:`needed`, :func:`openers`,
    :func:`branches`, :func:`max_width`), looked up first in ``path`` (None: nowhere).

    An answer is taken from the file only when the file was made by this module's current
    source and holds an entry for the same question, flags and pattern text; any other
    question is computed, and so is every question when the file is missing, unreadable or
    made by another source. ``answers`` holds every answer given in this process (what
    ``scripts/prefilter_cache.py`` writes), ``misses`` the questions the file did not answer.
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.answers: dict[str, Any] = {}
        self.misses: list[str] = []
        self._shipped: dict[str, Any] | None = None

    def answer(
        self, kind: str, pattern: re.Pattern[str], compute: Callable[[re.Pattern[str]], Any]
    ) -> Any:
        """``compute(pattern)``'s answer (plain JSON values), from the file when it holds it."""
        if not isinstance(pattern.pattern, str):
            return compute(pattern)
        key = f"{kind} {pattern.flags} {pattern.pattern}"
        if key in self.answers:
            return self.answers[key]
        shipped = self._load()
        if key in shipped and _well_formed(kind, shipped[key]):
            found = shipped[key]
        else:
            self.misses.append(key)
            found = compute(pattern)
        self.answers[key] = found
        return found

    def _load(self) -> dict[str, Any]:
        if self._shipped is None:
            self._shipped = {}
            if self.path is not None:
                made_by = source_hash()
                try:
                    data = json.loads(self.path.read_text(encoding="utf-8"))
                except (OSError, ValueError):  # missing or damaged: everything is computed
                    data = None
                if (
                    made_by is not None
                    and isinstance(data, dict)
                    and data.get("format") == CACHE_FORMAT
                    and data.get("source") == made_by
                    and isinstance(data.get("entries"), dict)
                ):
                    self._shipped = data["entries"]
        return self._shipped

    def write(self, path: Path) -> None:
        """Write every answer given so far (one entry a line, in key order) to ``path``."""
        lines = [f"{_json(key)}: {_json(self.answers[key])}" for key in sorted(self.answers)]
        head = f'{{"format": {CACHE_FORMAT}, "source": "{source_hash()}", "entries": {{\n'
        path.write_text(head + ",\n".join(lines) + "\n}}\n", encoding="utf-8")


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _well_formed(kind: str, value: Any) -> bool:
    """A shipped answer has the shape ``kind``'s answers have (a damaged file is computed)."""
    if kind == "needed":
        return value is None or _strings(value)
    if kind == "openers":
        return isinstance(value, list) and bool(value) and all(_strings(g) for g in value)
    if kind == "width":
        return value is None or (type(value) is int and value >= 0)
    return _strings(value) and bool(value)  # branches


def _strings(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(s, str) for s in value)


CACHE = DerivedCache(CACHE_FILE)
