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
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from itertools import product
from typing import Any

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
    if _parser is None or not isinstance(pattern.pattern, str):
        return None
    if pattern.flags & (re.IGNORECASE | re.LOCALE | re.VERBOSE):
        return None
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # an unexpected parser: fall back to plain searches
        return None
    found = _sequence(list(parsed))
    if not found or "" in found:
        return None
    return found


def _fixed(item: tuple[Any, Any]) -> Strings | None:
    """The strings ``item`` can consume, when they are few and known; None otherwise."""
    op, av = item
    found: Strings | None = None
    if op is LITERAL:
        found = frozenset((chr(av),))
    elif op is IN:
        found = _fixed_class(av)
    elif op is SUBPATTERN or op is ATOMIC_GROUP:
        found = _fixed_sequence(list(av[-1]) if op is SUBPATTERN else list(av))
    elif op is BRANCH:
        alternatives = [_fixed_sequence(list(alternative)) for alternative in av[1]]
        known = [strings for strings in alternatives if strings is not None]
        if len(known) == len(alternatives):
            found = frozenset().union(*known)
    elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT) and av[1] <= 1:
        found = _fixed_sequence(list(av[2]))
        if found is not None and av[0] == 0:
            found |= {""}
    return found if found is not None and len(found) <= MAX_STRINGS else None


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


def _fixed_sequence(items: list[tuple[Any, Any]]) -> Strings | None:
    """The strings a sequence of items can consume, when each item's are known and few."""
    out: Strings = frozenset(("",))
    for item in items:
        if item[0] in _ZERO_WIDTH:
            continue  # consumes nothing
        strings = _fixed(item)
        if strings is None:
            return None
        out = _joined(out, strings)
        if len(out) > MAX_STRINGS:
            return None
    return out


def _joined(left: Iterable[str], right: Iterable[str]) -> Strings:
    return frozenset(a + b for a, b in product(left, right))


def _sequence(items: list[tuple[Any, Any]]) -> Strings | None:
    """The best set of strings of which every match of the sequence holds one: a run of
    fixed text (consecutive items of known strings, zero-width ones in between), or what an
    item that must match holds (a group, a branch, a repeat of at least one)."""
    candidates: list[Strings] = []
    run: Strings | None = frozenset(("",))
    for item in items:
        if item[0] in _ZERO_WIDTH:
            continue
        strings = _fixed(item)
        if strings is not None and "" not in strings:
            candidates.append(strings)  # the item alone: fewer strings than its run
        if strings is not None and run is not None:
            joined = _joined(run, strings)
            if len(joined) <= MAX_STRINGS:
                candidates.append(run)  # a run's start is text every match holds too
                run = joined
                continue
        if run is not None:
            candidates.append(run)
        run = strings  # a fixed item starts the next run; any other ends it
        if strings is None:
            inner = _must(item)
            if inner is not None:
                candidates.append(inner)
            run = frozenset(("",))
    if run is not None:
        candidates.append(run)
    useful = [c for c in candidates if c and "" not in c]
    if not useful:
        return None
    # the fewest strings among those of four characters or more (a shorter one, "is", stands
    # almost everywhere); shorter ones only when nothing else is known
    return max(useful, key=lambda c: (min(GOOD_LENGTH, *map(len, c)), -len(c), min(map(len, c))))


def _must(item: tuple[Any, Any]) -> Strings | None:
    """Strings of which what ``item`` consumes holds one, for an item of no fixed text."""
    op, av = item
    if op is SUBPATTERN:
        return _sequence(list(av[-1]))
    if op is ATOMIC_GROUP:
        return _sequence(list(av))
    if op is BRANCH:
        out: set[str] = set()
        for alternative in av[1]:
            strings = _sequence(list(alternative))
            if strings is None:
                return None
            out |= strings
        return frozenset(out)
    if op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT) and av[0] >= 1:
        return _sequence(list(av[2]))
    return None


class Prefiltered:
    """``pattern.search``, run only where one of the strings its matches need stands.

    ``search(text, pos, endpos)`` answers what ``pattern.search(text, pos, endpos)`` does."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.needs = needed(pattern)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        needs = self.needs
        if needs is not None:
            part = text[pos:endpos]
            for string in needs:
                if string in part:
                    break
            else:
                return None
        return self.pattern.search(text, pos, endpos)
