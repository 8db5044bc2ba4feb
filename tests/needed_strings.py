"""Strings of which every match of a pattern consumes one, read off its parse tree: a text that
holds none of them cannot match, so a test that asks a pattern of every text of the corpus
(tests/test_outcome_cues.py's word gates) searches only the texts that hold one and gets the
same answers. Written apart from rejectwatch.model.prefilter (which reads such strings for the
readings and their word gates) and simpler, so that it does not share a mistake with what it
checks: only literals, small classes of literals, groups, alternations, repeats of one or more,
and zero-width items (which consume nothing) are read; anything else ends a run of fixed text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import product
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
    SUBPATTERN,
)
from typing import Any

# a run of fixed text is kept as its strings while there are at most this many
_MANY = 64
_EMPTY = frozenset({""})

Strings = frozenset[str]


def needed(pattern: re.Pattern[str]) -> Strings | None:
    """Non-empty strings of which every match of ``pattern`` consumes one; None when none
    can be read (then every text must be searched)."""
    if pattern.flags & re.IGNORECASE:
        return None
    return _needed_in(list(_parser.parse(pattern.pattern, pattern.flags)))


def _fixed(op: Any, av: Any) -> Strings | None:
    """Every string the item may consume (zero-width items consume ""), or None when they
    are not few and fixed."""
    if op in (AT, ASSERT, ASSERT_NOT):
        return _EMPTY
    if op is LITERAL:
        return frozenset({chr(av)})
    if op is IN and len(av) <= 4 and all(member is LITERAL for member, _ in av):
        return frozenset(chr(code) for _, code in av)
    if op is SUBPATTERN and not av[1] & re.IGNORECASE:
        return _fixed_sequence(av[3])
    found = _either(av[1], _fixed_sequence) if op is BRANCH else None
    return found if found is None or len(found) <= _MANY else None


def _either(branches: list[Any], read: Callable[[Any], Strings | None]) -> Strings | None:
    """The strings ``read`` finds in each branch of an alternation, all together; None if it
    finds none in one of them."""
    found: set[str] = set()
    for branch in branches:
        strings = read(branch)
        if strings is None:
            return None
        found |= strings
    return frozenset(found)


def _fixed_sequence(items: list[tuple[Any, Any]]) -> Strings | None:
    run = _EMPTY
    for op, av in items:
        strings = _fixed(op, av)
        if strings is None or len(run) * len(strings) > _MANY:
            return None
        run = frozenset(left + right for left, right in product(run, strings))
    return run


def _shortest(strings: Strings) -> int:
    return min(map(len, strings))


def _needed_in(items: list[tuple[Any, Any]]) -> Strings | None:
    """Of a sequence: the strings of a run of its fixed items (consumed one after another, so
    every match consumes one of their concatenations) or of one item every match consumes, the
    set whose shortest string is longest."""
    found: list[Strings] = []
    run = _EMPTY
    for op, av in items:
        strings = _fixed(op, av)
        if strings is not None and len(run) * len(strings) <= _MANY:
            run = frozenset(left + right for left, right in product(run, strings))
            continue
        found.append(run)
        run = _EMPTY if strings is None else strings
        if strings is None:
            inner = _needed_by(op, av)
            if inner is not None:
                found.append(inner)
    found.append(run)
    found = [strings for strings in found if _shortest(strings) > 0]
    return max(found, key=_shortest) if found else None


def _needed_by(op: Any, av: Any) -> Strings | None:
    """Of an item that is not fixed text: the strings every match of it consumes one of."""
    if op is SUBPATTERN:
        return None if av[1] & re.IGNORECASE else _needed_in(av[3])
    if op is ATOMIC_GROUP:
        return _needed_in(av)
    if op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
        return _needed_in(av[2]) if av[0] >= 1 else None
    return _either(av[1], _needed_in) if op is BRANCH else None
