"""Text read off a scan, its letters that came out as digits mended (issue 11, twenty-second
pass, part B).

A letter that reaches the reader as a scan's recognised text (a virtual mailbox's scanned post,
a portal's "text preview" of an uploaded letter) often has the round letters read as digits:
"y0u have n0t been shortlisted f0r interview", "B0ROUGH C0UNCIL", "p1ease" (blind slice 20's
council letter, whose refusal no reading found). A word hyphenated at a line's end comes in two
halves ("short-\\nlisted").

:func:`mend` gives such words their letters back: a "0" between letters, or at the edge of a
short word ("t0", "0f", "int0"), becomes "o" ("O" in a word of capitals), a "1" between
lower-case letters becomes "l", and a word broken by a hyphen at a line's end is joined. A word
is read only where it stands between spaces or punctuation, so a path, a time, a size or a host
("/dev/md0", "12:00AM", "11.0pt", "imf10bis.example.net") is none, nor is a name ending in a
digit ("eth0", "Card0"). It mends a text only when at least ``SURE`` words of one case (lower,
upper or capitalised) are spelt so: one such word alone is left as it came. Of the 28,425
training messages (twenty-second pass) it mends two, slice 20's two scanned letters.

What is spelt with digits on purpose is left (twenty-second pass, part I): a text holding a
leetspeak word ("l33t", "h4x0r", "Pa55w0rd": another digit between lower-case letters), a line
that names a password, a user name, a login, a PIN or a code, a word of capitals of CODE_LENGTH
characters or fewer ("AB0C", "BO0K" on a price list) and a word of hexadecimal digits
("dead0ff" in a commit log).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

__all__ = ["CODE_LENGTH", "SURE", "mend"]

# how many words spelt with a digit for a letter make a text a scan's
SURE = 3
# a word of letters with a "0" or a "1" where a letter stands ("y0u", "c0nsidered",
# "app1ication"), standing on its own between spaces or punctuation (not "/dev/md0", "11.0pt",
# "12:00AM", "#cc0000"); its digits and its case are checked in _letters
_END = r"(?![^\s.,;:!?)\]\"'\u2019\u201d])(?![.,;:!?][^\s)\]\"'\u2019\u201d])"
_WORD = re.compile(
    r"(?<![^\s(\[\"'\u2018\u201c])(?=[A-Za-z01]*[A-Za-z][A-Za-z01]*" + _END + r")"
    r"[A-Za-z]*[01][A-Za-z01]*" + _END
)
# the short words whose "o" stands at an edge ("t0", "0f", "int0"): any other word's digit must
# stand between two letters ("eth0", "raid0", "Card0" are names)
_EDGE_WORDS = frozenset(
    (
        "to",
        "of",
        "on",
        "or",
        "no",
        "so",
        "do",
        "go",
        "into",
        "also",
        "too",
        "who",
        "two",
        "one",
        "only",
        "our",
        "out",
        "over",
        "other",
        "once",
        "own",
    )
)
_ONE_CASE = re.compile(r"[a-z]+|[A-Z]+|[A-Z][a-z]+")
# a word of capitals this short is a code ("AB0C", "X0Y", "BO0K" on a price list), not a scan's
CODE_LENGTH = 4
# a word of hexadecimal digits ("dead0ff", "c0ffee", "ba0bab" in a commit's log), not a scan's
_HEX = re.compile(r"[0-9a-f]{5,}")
# a word with another digit between letters ("l33t", "h4x0r", "Pa55w0rd"): a text that holds one
# is written so on purpose, a user name or a password, not a scan
# (twenty-second pass, part P: written from its digit, "[2-9]" with the letter before it tested
# after it, so that the search skips to each digit instead of trying every letter; it finds
# such a word wherever "[a-z][2-9]+[a-z]" does, one character further on)
_LEET = re.compile(r"[2-9](?<=[a-z][2-9])[2-9]*[a-z]")
# a line that gives a password, a user name or a code: its words are the user's own spelling
_ACCOUNT_LINE = re.compile(
    r"^.*\b(?:passwords?|passcodes?|passphrases?|user ?names?|usernames?|logins?|log-?in|"
    r"pins?|handles?|gamertags?|nicknames?|codes?)\b.*$",
    re.IGNORECASE | re.MULTILINE,
)
_BROKEN = re.compile(r"(?<=[a-z])-\n(?=[a-z])")
# a "0" or a "1" beside a letter: every word _WORD finds holds one (its letters and digits stand
# together between two characters that are neither), so a text with fewer than SURE of them has
# fewer than SURE words to mend and is passed over without _WORD's slower search; _words reads
# them in order (the count before it uses _BESIDE_EACH, faster, below)
_BESIDE = re.compile(r"[01](?:(?<=[A-Za-z][01])|(?=[A-Za-z]))")
# (part P: the same, one pattern a digit: a pattern that opens with one literal character is
# searched by the engine's fast scan for that character, one that opens with a class ("[01]")
# tests the class at every character, about three times slower over ordinary mail; counted
# for the pre-check, where the order of the digits found does not matter)
_BESIDE_EACH = tuple(
    (digit, re.compile(digit + r"(?:(?<=[A-Za-z]" + digit + r")|(?=[A-Za-z]))")) for digit in "01"
)
# the characters of a word _WORD may find: it finds a whole run of them or nothing
_RUN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ01")
_RUN = re.compile(r"[A-Za-z01]+")


def _letters(word: str) -> str | None:
    """``word`` with its digits read as letters, or None when it is no word of one case."""
    if len(word) > 20 or sum(char.isalpha() for char in word) < 2 or _HEX.fullmatch(word):
        return None
    chars = list(word)
    capitals = "".join(filter(str.isalpha, word)).isupper()
    if capitals and len(word) <= CODE_LENGTH and word.lower().replace("0", "o") not in _EDGE_WORDS:
        return None
    for at, char in enumerate(word):
        # (the letters either side of a run of digits: "WESTM00R")
        before = word[:at].rstrip("01")[-1:]
        after = word[at + 1 :].lstrip("01")[:1]
        if char == "0":
            if (
                not (before.isalpha() and after.isalpha())
                and word.lower().replace("0", "o") not in _EDGE_WORDS
            ):
                return None
            chars[at] = "O" if capitals else "o"
        elif char == "1":
            if not (before.islower() and after.islower()):
                return None
            chars[at] = "l"
    text = "".join(chars)
    return text if _ONE_CASE.fullmatch(text) else None


def _beside_at_least(text: str, count: int) -> bool:
    """Whether ``text`` holds ``count`` or more of _BESIDE's matches (a "0" or a "1" beside a
    letter; it is read no further)."""
    found = 0
    for digit, beside in _BESIDE_EACH:
        if digit in text:
            found += sum(1 for _ in islice(beside.finditer(text), count - found))
            if found >= count:
                return True
    return False


def _words(text: str) -> Iterator[re.Match[str]]:
    """The matches of _WORD in ``text``, in order, those of ``_WORD.finditer(text)``.

    A match of _WORD is a whole run of letters, "0" and "1" (its edges stand where such a run
    ends: before it a space, a bracket or a quote, after it a space or punctuation) that holds a
    digit and a letter, so a digit beside a letter (_BESIDE): each run around one of those is
    matched at its start alone (part P: _WORD, which opens with a look behind, was tried at
    every position of the text, about 0.2 ms a long message)."""
    end = 0
    for beside in _BESIDE.finditer(text):
        at = beside.start()
        if at < end:  # in the run just read
            continue
        start = at
        while start > 0 and text[start - 1] in _RUN_CHARS:
            start -= 1
        run = _RUN.match(text, at)
        end = at + 1 if run is None else run.end()
        found = _WORD.match(text, start)
        if found is not None:
            yield found


def mend(text: str) -> str:
    """``text`` with its scan's digit-for-letter words mended (see the module's doc); unchanged,
    and not copied, when fewer than SURE words are spelt so."""
    if not _beside_at_least(text, SURE):
        return text
    if _LEET.search(text):
        return text
    found = [(match, _letters(match.group())) for match in _words(text)]
    mended = [(match, word) for match, word in found if word is not None]
    if len(mended) < SURE:
        return text
    # (the lines naming a password or a code, looked for only in a text that may be mended)
    accounts = [line.span() for line in _ACCOUNT_LINE.finditer(text)]
    mended = [
        (match, word)
        for match, word in mended
        if not any(start <= match.start() < end for start, end in accounts)
    ]
    if len(mended) < SURE:
        return text
    parts: list[str] = []
    last = 0
    for match, word in mended:
        parts += [text[last : match.start()], word or ""]
        last = match.end()
    parts.append(text[last:])
    return _BROKEN.sub("", "".join(parts))
