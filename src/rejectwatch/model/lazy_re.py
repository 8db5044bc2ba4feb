"""The stdlib's ``re``, with each pattern compiled the first time a text needs it.

The readings' regex tables (807 patterns in some twenty modules, many of them for
languages most mail is not written in) took about 0.2 s of CPU to compile in every process
that imports the classifier, before it read a single message. A module that imports this one
as ``re`` (``from rejectwatch.model import lazy_re as re``) gets from :func:`compile` a
:class:`LazyPattern`, which holds the pattern's text and flags and calls the stdlib's
``re.compile`` when one of its methods is first called; it then keeps the compiled pattern's
own bound methods in its slots, so a later call costs about what a compiled pattern's does. A
pattern no text opens is never compiled. The answers are the compiled pattern's own: the same
text and flags, compiled by the same function.

``pattern`` and ``flags`` answer without compiling (what ``rejectwatch.model.prefilter`` reads
a pattern by), so do ``is`` and ``==`` (one object for each text and flags, as re's cache gives
while it holds them). A pattern's syntax errors surface when it is first used:
:func:`compile_all` compiles every pattern made so far (tests/test_lazy_re.py calls it).
Everything else here is re's own.
"""

from __future__ import annotations

import re
from re import (
    ASCII,
    DEBUG,
    DOTALL,
    IGNORECASE,
    LOCALE,
    MULTILINE,
    UNICODE,
    VERBOSE,
    A,
    I,
    L,
    M,
    Match,
    Pattern,
    RegexFlag,
    S,
    U,
    X,
    error,
    escape,
    findall,
    finditer,
    fullmatch,
    match,
    search,
    split,
    sub,
    subn,
)
from typing import Any, cast

__all__ = [
    "ASCII",
    "DEBUG",
    "DOTALL",
    "IGNORECASE",
    "LOCALE",
    "MULTILINE",
    "UNICODE",
    "VERBOSE",
    "A",
    "I",
    "L",
    "LazyPattern",
    "M",
    "Match",
    "Pattern",
    "RegexFlag",
    "S",
    "U",
    "X",
    "compile",
    "compile_all",
    "error",
    "escape",
    "findall",
    "finditer",
    "fullmatch",
    "match",
    "search",
    "split",
    "sub",
    "subn",
]

# the methods a compiled pattern answers with; each is put on the LazyPattern once compiled
_METHODS = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
)
# letters of an inline flag group ("(?m)"): only the compiled pattern knows its flags then
_INLINE_FLAGS = frozenset("aiLmsux")
# one object for each text and flags
_MADE: dict[tuple[str, int], LazyPattern] = {}
# (twenty-third pass, part E: the flags as plain ints, for LazyPattern.flags: "ASCII | LOCALE"
# made a RegexFlag through enum's machinery at each of the 5,504 calls of an import, 15 ms)
_ASCII_OR_LOCALE = int(ASCII | LOCALE)
_UNICODE = int(UNICODE)


def compile(pattern: str | Pattern[str], flags: int | RegexFlag = 0) -> Pattern[str]:
    """``re.compile(pattern, flags)``, compiled when first used (typed as what it stands for:
    a LazyPattern answers every method and attribute a compiled pattern does)."""
    if isinstance(pattern, LazyPattern | Pattern):
        return re.compile(pattern, flags) if isinstance(pattern, Pattern) else cast(Any, pattern)
    if not isinstance(pattern, str):  # bytes: compiled now (the readings have none)
        return re.compile(pattern, flags)
    key = (pattern, int(flags))
    made = _MADE.get(key)
    if made is None:
        made = _MADE[key] = LazyPattern(pattern, int(flags))
    return cast(Pattern[str], made)


def compile_all() -> int:
    """Compile every pattern made so far (raising re.error for one that is not valid); how
    many there are."""
    for made in list(_MADE.values()):
        made.compiled()
    return len(_MADE)


class LazyPattern:
    """A pattern's text and flags, compiled by ``re.compile`` when a method first needs it."""

    # (slots: a compiled pattern's methods, once set, are read about as fast as its own)
    __slots__ = ("_compiled", "_flags", "pattern", *_METHODS)

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled: Pattern[str] | None = None

    @property
    def flags(self) -> int:
        """The compiled pattern's ``flags`` (re.UNICODE added for text, as re.compile does)."""
        if self._compiled is None and not (
            self.pattern.startswith("(?") and self.pattern[2:3] in _INLINE_FLAGS
        ):
            # (an int, as re.compile's flags are, not a RegexFlag: they are formatted into keys)
            return self._flags if self._flags & _ASCII_OR_LOCALE else self._flags | _UNICODE
        return self.compiled().flags

    def compiled(self) -> Pattern[str]:
        """The compiled pattern (compiled now if it was not)."""
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self.pattern, self._flags)
            for name in _METHODS:  # found without __getattr__ from now on
                setattr(self, name, getattr(compiled, name))
        return compiled

    def __getattr__(self, name: str) -> Any:
        """A compiled pattern's method or attribute (``search``, ``groups``, ...), compiling
        the pattern at the first; once compiled, its methods are found on the instance and
        this is not called for them again."""
        if name.startswith("__"):  # (copy's and pickle's probes compile nothing)
            raise AttributeError(name)
        compiled = self.compiled()
        return getattr(self if name in _METHODS else compiled, name)

    def __repr__(self) -> str:
        return f"lazy_re.compile({self.pattern!r}, {self._flags})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (compile, (self.pattern, self._flags))
