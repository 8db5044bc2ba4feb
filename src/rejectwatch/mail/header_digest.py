"""Which messages of a folder a SEARCH of From/To/Cc/Subject could find, from headers fetched.

A first scan fetches the header of every message in the watched folder; the look-ups for whom
to thank then SEARCH that folder's From, To, Cc and Subject for company names and domains,
round after round, and each SEARCH makes the server read the header of every message (Dovecot:
about 40 ms of its CPU per SEARCH of 10,000 messages, most of the scan's work on its side).
A :class:`FolderDigest` keeps, per message the scan fetched, the letters, digits, dots and
hyphens of those four fields, lower-cased. The server finds a term inside a field's value; a
term made only of those characters, found there, is found in the digest too (dropping every
other character can join text, never split a match), unless the server reads the field other
than as its bytes: an encoded word (``=?``), a comment in an address (``(``, which the server
drops), a byte outside printable ASCII, a header cut short. Such a message is always a
candidate, and so is every message the digest has not seen. The SEARCH is then restricted to
``UID <candidates>``: the server gives the same answer, having read a few headers, not all.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence

import ahocorasick_rs

__all__ = ["FolderDigest", "usable_term"]

FIELDS = frozenset({"FROM", "TO", "CC", "SUBJECT"})  # what the digest can answer for
LAST = 4_294_967_295  # the largest UID there can be: written "*" (whatever is largest then)
# A longer UID set is not worth sending (a SEARCH per 8 KB of it): the SEARCH goes unrestricted.
MAX_SET_CHARS = 160_000
_KEPT = b"abcdefghijklmnopqrstuvwxyz0123456789.-"
_DROP = bytes(b for b in range(256) if b not in _KEPT)
_TERM_RE = re.compile(r"[a-z0-9.-]+")
# Text a server writes into an address it cannot parse (Dovecot: MISSING_DOMAIN and others):
# a term inside one of these words may match where the message's own bytes do not.
_SERVER_WORDS = ("missing", "mailbox", "domain", "syntax", "error", "invalid", "route")
# A field and its continuation lines; the names spelt out in either case (what re.I does for
# bytes, a third faster).
_FIELD_RE = re.compile(
    rb"^([fF][rR][oO][mM]|[tT][oO]|[cC][cC]|[sS][uU][bB][jJ][eE][cC][tT])[ \t]*:"
    rb"(.*(?:\r?\n[ \t].*)*)",
    re.M,
)
_ODD_RE = re.compile(rb"[^\t\r\n -~]|=\?")


def usable_term(term: str) -> bool:
    """Whether the digest answers for *term*: lower-case ASCII letters, digits, dots and
    hyphens, and no part of a word the server may write into an address itself."""
    return bool(_TERM_RE.fullmatch(term)) and not any(term in w for w in _SERVER_WORDS)


def digest(raw: bytes) -> bytes | None:
    """The kept characters of a message's From, To, Cc and Subject; None when the server may
    read them otherwise (see the module's text) or the header is not all there."""
    if raw.startswith((b"\r\n", b"\n")):  # no header at all
        return b""
    crlf = raw.find(b"\n\r\n")  # the empty line that ends the header
    lf = raw.find(b"\n\n", 0, len(raw) if crlf < 0 else crlf + 1)
    end = crlf if lf < 0 else lf
    if end < 0:
        return None
    address: list[bytes] = []
    subject: list[bytes] = []
    for name, value in _FIELD_RE.findall(raw, 0, end + 1):
        (subject if name.lower() == b"subject" else address).append(value)
    kept = b"".join(address) + b"".join(subject)
    if _ODD_RE.search(kept) or any(b"(" in value for value in address):
        return None
    return kept.lower().translate(None, _DROP)


class _Batch:
    __slots__ = ("ends", "text", "uids")

    def __init__(self, uids: array[int], text: str, ends: array[int]) -> None:
        self.uids, self.text, self.ends = uids, text, ends


class FolderDigest:
    """The digests of the messages a scan fetched from one folder.

    *listed*: the folder's UIDs the scan set out to fetch; *complete_after*: when *listed*
    holds every UID above that one at the time (a scan without a window), the UIDs above it
    not listed are known to be absent. Everything else the digest has not seen is a candidate
    of every look-up, and so is anything that arrives later (``max+1:*``).
    """

    def __init__(self, listed: Sequence[int], complete_after: int | None) -> None:
        self._listed = array("I", sorted(listed))
        self._fetched = bytearray(len(self._listed))  # 1 at the place of a listed UID seen
        self._top = self._listed[-1] if self._listed else 0  # the largest UID listed or seen
        # What the digest can never rule out: below the checkpoint, or outside a window.
        self._outside: list[tuple[int, int]] = []
        if complete_after is not None:
            if complete_after >= 1:
                self._outside.append((1, complete_after))
        else:
            previous = 0
            for uid in self._listed:
                if uid > previous + 1:
                    self._outside.append((previous + 1, uid - 1))
                previous = uid
        self._batches: list[_Batch] = []
        self._always: set[int] = set()  # seen, but always a candidate

    def add(self, messages: Iterable[tuple[int, bytes]]) -> None:
        """Digest fetched messages (UID, raw bytes from the start of the message)."""
        uids, parts, ends = array("I"), [], array("I")
        at = 0
        for uid, raw in messages:
            self._seen(uid)
            kept = digest(raw)
            if kept is None:
                self._always.add(uid)
                continue
            uids.append(uid)
            parts.append(kept)
            at += len(kept) + 1
            ends.append(at)  # one past the message's separator
        if uids:
            text = b"\x00".join(parts).decode("ascii") + "\x00"
            self._batches.append(_Batch(uids, text, ends))

    def within(self, terms: Iterable[str], fields: Iterable[str]) -> bytes | None:
        """The UID set a SEARCH for any of *terms* in any of *fields* may be restricted to,
        with the same answer; None when the digest cannot say (a term or field it does not
        answer for, or a set too long to be worth sending)."""
        wanted = list(dict.fromkeys(terms))
        if not wanted or not all(usable_term(t) for t in wanted):
            return None
        if not {f.upper() for f in fields} <= FIELDS:
            return None
        automaton = ahocorasick_rs.AhoCorasick(wanted)
        hits = set(self._always)
        for batch in self._batches:
            found = automaton.find_matches_as_indexes(batch.text)
            hits.update(batch.uids[bisect_right(batch.ends, start)] for _, start, _ in found)
        text = ",".join(
            f"{a}:{'*' if b == LAST else b}" if a != b else str(a)
            for a, b in _merged(_ranges(sorted(hits)) + self._unseen())
        )
        return text.encode() if len(text) <= MAX_SET_CHARS else None

    def _seen(self, uid: int) -> None:
        place = bisect_left(self._listed, uid)
        if place < len(self._listed) and self._listed[place] == uid:
            self._fetched[place] = 1
        self._top = max(self._top, uid)

    def _unseen(self) -> list[tuple[int, int]]:
        """Runs of the UIDs the digest has not seen and cannot rule out."""
        out = list(self._outside)
        start = self._fetched.find(0)
        while start >= 0:  # listed, not fetched yet
            end = self._fetched.find(1, start)
            end = len(self._fetched) if end < 0 else end
            out += _ranges(self._listed[start:end])
            start = self._fetched.find(0, end)
        out.append((self._top + 1, LAST))
        return out


def _ranges(uids: Iterable[int]) -> list[tuple[int, int]]:
    """Sorted UIDs as (first, last) runs."""
    out: list[tuple[int, int]] = []
    for uid in uids:
        if out and out[-1][1] == uid - 1:
            out[-1] = (out[-1][0], uid)
        else:
            out.append((uid, uid))
    return out


def _merged(runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping or touching runs joined."""
    out: list[tuple[int, int]] = []
    for first, last in sorted(runs):
        if out and first <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(last, out[-1][1]))
        else:
            out.append((first, last))
    return out
