"""A fast reader of the untagged FETCH responses a scan asks for (pure: bytes in, values out).

imapclient's generic parser (``response_parser.parse_fetch_response``) lexes every response
one token at a time in Python: about a sixth of a second of the scan's own CPU for 10,000
previews. The answers to the FETCHes a scan sends (UID, RFC822.SIZE, BODY[...] sections,
FLAGS and MODSEQ a server may add unasked) are simple enough to read with one regular
expression a line, in the order the server chose.

Input is what imaplib collects for ``FETCH``: a list whose items are a line (bytes) or, where
a line ends in a literal ``{n}``, a (line, literal bytes) pair, the rest of the line following
as the next item. Atoms, numbers, ``NIL``, quoted strings (with ``\\"`` and ``\\\\`` escapes),
literals and nested parenthesised lists are read; anything else (ENVELOPE, BODYSTRUCTURE,
INTERNALDATE, a malformed line) raises :class:`UnreadableError`, and the caller falls back on
imapclient's parser for that response. Values are what imapclient's parser gives for the same
items: keys in upper case, numbers as int, strings as bytes, NIL as None, lists as tuples.
A response without a UID (an unsolicited FLAGS update for a message not asked for) is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeAlias

__all__ = ["UnreadableError", "read_fetch"]

Value: TypeAlias = int | bytes | tuple["Value", ...] | None
Data: TypeAlias = Sequence[bytes | tuple[bytes, bytes] | None]

# One item and its value: a number, NIL, a quoted string or a flat list of atoms (FLAGS). The
# keys are the items a scan's FETCHes return: anything else goes to imapclient's parser.
_KEY = rb" *(UID|RFC822\.SIZE|FLAGS|MODSEQ|BODY\[[^\]\r\n]*\](?:<\d+>)?)"
_PAIR = re.compile(
    _KEY + rb' (?:(\d+)|(NIL)|"((?:[^"\\\r\n]|\\["\\])*)"|\(([^()"{}\r\n]*)\))', re.IGNORECASE
)
_LITERAL_PAIR = re.compile(_KEY + rb" \{(\d+)\}$", re.IGNORECASE)
_START = re.compile(rb"(\d+) \(")
_END = re.compile(rb" *\) *")
_ESCAPE = re.compile(rb"\\([\"\\])")


class UnreadableError(ValueError):
    """A response this reader does not take (the caller uses imapclient's parser instead)."""


def read_fetch(data: Data) -> dict[int, dict[bytes, Value]]:
    """UID -> {item: value} for every response in *data* that carries a UID."""
    out: dict[int, dict[bytes, Value]] = {}
    found: dict[bytes, Value] | None = None  # the items of the response being read
    for item in data:
        if item is None:
            continue
        line, literal = item if isinstance(item, tuple) else (item, None)
        if not isinstance(line, bytes):
            raise UnreadableError(f"not a response line: {item!r}")
        at = 0
        if found is None:  # a response starts: "<seq> ("
            start = _START.match(line)
            if start is None:
                raise UnreadableError(f"not a FETCH response: {line[:40]!r}")
            found = {b"SEQ": int(start.group(1))}
            at = start.end()
        while (pair := _PAIR.match(line, at)) is not None:
            found[pair.group(1).upper()] = _value(pair)
            at = pair.end()
        if literal is not None:
            last = _LITERAL_PAIR.match(line, at)
            if last is None or int(last.group(2)) != len(literal):
                raise UnreadableError(f"a literal without its item at {line[at : at + 40]!r}")
            found[last.group(1).upper()] = literal
            continue  # the response goes on in the next item
        if _END.fullmatch(line, at) is None:
            raise UnreadableError(f"unreadable at {line[at : at + 40]!r}")
        _keep(found, out)
        found = None
    if found is not None:
        raise UnreadableError("the last FETCH response is cut short")
    return out


def _value(pair: re.Match[bytes]) -> Value:
    _, number, _, quoted, flat = pair.groups()
    if number is not None:
        return int(number)
    if quoted is not None:
        return _ESCAPE.sub(rb"\1", quoted)
    if flat is not None:
        return tuple(int(a) if a.isdigit() else a for a in flat.split())
    return None  # NIL


def _keep(found: dict[bytes, Value], out: dict[int, dict[bytes, Value]]) -> None:
    """File one whole response under its UID (merged with an earlier one for the same)."""
    uid = found.pop(b"UID", None)
    if isinstance(uid, int):
        out.setdefault(uid, {}).update(found)
    elif uid is not None:
        raise UnreadableError(f"not a UID: {uid!r}")
    # else unsolicited: FLAGS changed by another session, for a message not asked for
