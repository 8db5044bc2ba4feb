"""Text read off a scan, its letters that came out as digits mended (issue 11, twenty-second
pass, part B).

A letter that reaches the reader as a scan's recognised text (a virtual mailbox's scanned post,
a portal's "text preview" of an uploaded letter) often has the round letters read as digits:
"y0u have n0t been shortlisted f0r interview", "B0ROUGH C0UNCIL", "p1ease" (blind slice 20's
council letter, whose refusal no reading found). A word hyphenated at a line's end comes in two
halves ("short-\\nlisted").

:func:`mend` gives such words their letters back: a "0" between letters (or at a word's edge
beside two) becomes "o" ("O" among capitals), a "1" between lower-case letters becomes "l", and
a word broken by a hyphen at a line's end is joined. It mends a text only when at least
``SURE`` words of one case (lower, upper or capitalised) are spelt so: a code ("A0B", "x10"),
a postcode or a hash is not a word of letters, and one such word alone is left as it came.
"""

from __future__ import annotations

import re

__all__ = ["SURE", "mend"]

# how many words spelt with a digit for a letter make a text a scan's
SURE = 3
# a word of letters with a "0" or a "1" where a letter stands ("y0u", "c0nsidered", "t0",
# "app1ication"), up to 20 characters; its case is checked in _word
_WORD = re.compile(r"\b(?=[A-Za-z01]*[A-Za-z][A-Za-z01]*\b)[A-Za-z]*[01][A-Za-z01]*\b")
_ONE_CASE = re.compile(r"[a-z]+|[A-Z]+|[A-Z][a-z]+")
_BROKEN = re.compile(r"(?<=[a-z])-\n(?=[a-z])")


def _letters(word: str) -> str | None:
    """``word`` with its digits read as letters, or None when it is no word of one case."""
    if len(word) > 20 or sum(char.isalpha() for char in word) < 2:
        return None
    chars = list(word)
    capitals = "".join(filter(str.isalpha, word)).isupper()
    for at, char in enumerate(word):
        before = word[at - 1] if at else ""
        after = word[at + 1] if at + 1 < len(word) else ""
        if char == "0":
            chars[at] = "O" if capitals else "o"
        elif char == "1":
            if not (before.islower() and after.islower()):
                return None
            chars[at] = "l"
    text = "".join(chars)
    return text if _ONE_CASE.fullmatch(text) else None


def mend(text: str) -> str:
    """``text`` with its scan's digit-for-letter words mended (see the module's doc); unchanged,
    and not copied, when fewer than SURE words are spelt so."""
    if "0" not in text and "1" not in text:
        return text
    found = [(match, _letters(match.group())) for match in _WORD.finditer(text)]
    mended = [(match, word) for match, word in found if word is not None]
    if len(mended) < SURE:
        return text
    parts: list[str] = []
    last = 0
    for match, word in mended:
        parts += [text[last : match.start()], word or ""]
        last = match.end()
    parts.append(text[last:])
    return _BROKEN.sub("", "".join(parts))
