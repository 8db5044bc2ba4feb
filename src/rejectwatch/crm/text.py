"""Pure: small text helpers the readers of a rejection share (crm.extract and its parts)."""

from __future__ import annotations

import re
import unicodedata
from re import _constants as sre_constants
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

__all__ = ["compact", "fold", "guarded", "prose_of", "title_cased"]


def compact(value: str) -> str:
    return re.sub(r"[\W_]+", "", value).casefold()


def fold(value: str) -> str:
    """Lower case without accents: "Chloé" ~ "chloe"."""
    if value.isascii():
        return value.lower()
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def prose_of(text: str) -> str:
    """Body text with line breaks inside paragraphs joined, for phrase matching."""
    return re.sub(r"[ \t]*\n[ \t]*(?!\n)", " ", text[:6000].replace("\r", ""))


# Words a title joins its capitalised words with: "Head of Sales", "Minister for Health",
# "Chargé de Mission", "Leiter für Vertrieb", "R&D / QA Lead".
_JOINING = frozenset({"of", "and", "in", "for", "&", "-", "\u2013", "/", "de", "du", "des", "la"})
_JOINING |= {"le", "y", "en", "van", "voor", "und", "für"}


def title_cased(value: str) -> bool:
    """*value* is written as a title: at most six words, each a joining word or with a capital
    in its first two letters ("Data Analyst", "iOS Developer", "(Remote)") or in brackets
    ("(contract)"), the last no joining word ("Head of"), the first with no digit ("2nd Line")."""
    words = value.split()
    return (
        0 < len(words) <= 6
        and all(
            w.lower() in _JOINING or w[0] == "(" or any(ch.isupper() for ch in w[:2]) for w in words
        )
        and words[-1].lower() not in _JOINING
        and not any(ch.isdigit() for ch in words[0])
    )


# --- a cheap first test for a long alternation -----------------------------------------------

_ZERO_WIDTH = (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT)
_PREFIX = 3  # characters of each match the guard looks at
_MAX_SET = 4096  # prefixes kept while reading a pattern; more: no guard


def guarded(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, behind a lookahead that fails at once where no match can
    start: ``(?=[A][B][C])(?:pattern)``, where A holds every first character a match can
    have, B every second one and C every third, read off the parsed pattern (case-insensitive
    when the pattern is). Every match, span and group is the one the pattern alone finds (a
    lookahead consumes nothing and the classes only admit more); it is just found faster.
    Python's regex engine tries each branch of a case-insensitive alternation in turn at
    every position of the text: most positions of mail text now fail on three class tests.

    The pattern is compiled as it is when it is not plain enough to read (a character
    category, ``.``, a back reference, a case-insensitive part in a case-sensitive pattern)
    or can match fewer than three characters."""
    # (s18: the flags read off the parse, as re.compile takes them, rather than off a first
    # compile of the pattern thrown away: 15 patterns compiled once, not twice, at import)
    parsed = sre_parse.parse(pattern, flags)
    read_flags = parsed.state.flags
    if read_flags & ~(re.IGNORECASE | re.UNICODE):
        return re.compile(pattern, flags)
    found = _prefixes(list(parsed), read_flags & re.IGNORECASE)
    if not found or any(len(p) < _PREFIX for p in found):
        return re.compile(pattern, flags)
    classes = "".join(
        "[" + "".join(sorted({re.escape(p[i]) for p in found})) + "]" for i in range(_PREFIX)
    )
    return re.compile(f"(?={classes})(?:{pattern})", flags)


def _prefixes(items: list[tuple[Any, Any]], nocase: int) -> set[str] | None:
    """Every string of _PREFIX characters (or fewer, where a match may end) a match of the
    parsed *items* can begin with; None when that cannot be told."""
    out = {""}
    for op, av in items:
        if all(len(p) >= _PREFIX for p in out):
            break
        alternatives = _one(op, av, nocase)
        if alternatives is None:
            return None
        out = {p if len(p) >= _PREFIX else (p + a)[:_PREFIX] for p in out for a in alternatives}
        if len(out) > _MAX_SET:
            return None
    return out


def _one(op: Any, av: Any, nocase: int) -> set[str] | None:  # noqa: PLR0911 - one per kind
    """What one parsed item of a pattern can match, cut to _PREFIX characters; None: unknown."""
    if op is sre_constants.LITERAL:
        return {chr(av)}
    if op in _ZERO_WIDTH:
        return {""}
    if op is sre_constants.IN:
        return _class_chars(av)
    if op is sre_constants.SUBPATTERN:
        _, add_flags, _, sub = av
        if add_flags & re.IGNORECASE and not nocase:
            return None
        return _prefixes(list(sub), nocase)
    if op is sre_constants.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            found = _prefixes(list(branch), nocase)
            if found is None:
                return None
            union |= found
        return union
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
        low, high, sub = av
        once = _prefixes(list(sub), nocase)
        return None if once is None else _repeated(once, low, high)
    return None


def _class_chars(items: list[tuple[Any, Any]]) -> set[str] | None:
    chars: set[str] = set()
    for kind, value in items:
        if kind is sre_constants.LITERAL:
            chars.add(chr(value))
        elif kind is sre_constants.RANGE and value[1] - value[0] < 64:
            chars.update(map(chr, range(value[0], value[1] + 1)))
        else:  # a category, a negated class: anything
            return None
    return chars


def _repeated(once: set[str], low: int, high: int) -> set[str]:
    """What *low* to *high* copies of an item that matches *once* can match (cut short)."""
    result: set[str] = set()
    copies = {""}
    for count in range(_PREFIX + 1):
        if count > high:
            break
        if count >= low or count == _PREFIX:
            result |= copies
        copies = {(p + a)[:_PREFIX] for p in copies for a in once}
    return result
