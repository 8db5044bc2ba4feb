"""Text whose UTF-8 was read as Windows-1252 on its way, mended (issue 11, twenty-first pass,
part A).

A letter written in UTF-8 and passed once through software that took its bytes for
Windows-1252 (or Latin-1) arrives with each character outside ASCII spelt as two to four others:
a curly apostrophe as "â€™", "£11.80" as "Â£11.80", "café" as "cafÃ©". Read as it stands,
"wonâ€™t" is no "won't" and no reading of a decision finds it (blind slice 19's kitchen porter
letter, "yours wonâ€™t go forward to a trial shift"). The mail's own charset is no help: the
damage was done before it was labelled, and the message decodes cleanly.

:func:`mend` turns every run of such characters back into the bytes they were and decodes them
as UTF-8, where they decode (a run that does not is left as it was). It mends a text only when
it holds one of the spellings no text means ("â€", "Â" or "Ã" before a character that stands
for a continuation byte): an accented capital before a curly quote (an "É" before a curly
apostrophe, bytes C9 92, would decode) is left alone elsewhere.

ftfy (6.3.1, Apache-2.0, with wcwidth) mends more kinds (damage done twice, other code pages,
HTML entities) and weighs each change by a "badness" score; the kind seen in the corpus is this
one, twice in 27,449 messages (this letter and a ham mail's "Â£31.95"), and twenty lines over the
standard codecs need no new dependency in the model's text view, which every message passes
(rejectwatch.model.markup.readable).
"""

from __future__ import annotations

import re

__all__ = ["mend"]

# The characters Windows-1252 (or Latin-1, for the five bytes 1252 leaves undefined) gives the
# bytes 0x80-0xFF, and the byte each stands for.
_BYTE_OF = {
    bytes([code]).decode("cp1252", errors="strict")
    if code not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
    # (the five are C1 controls when read as Latin-1)
    else chr(code): code
    for code in range(0x80, 0x100)
}
_CONTINUATION = "".join(re.escape(char) for char, code in _BYTE_OF.items() if code < 0xC0)
_LEAD2 = "".join(re.escape(char) for char, code in _BYTE_OF.items() if 0xC2 <= code <= 0xDF)
_LEAD3 = "".join(re.escape(char) for char, code in _BYTE_OF.items() if 0xE0 <= code <= 0xEF)
_LEAD4 = "".join(re.escape(char) for char, code in _BYTE_OF.items() if 0xF0 <= code <= 0xF4)
# a run of what were UTF-8 sequences of two, three or four bytes
_RUN = re.compile(
    f"(?:[{_LEAD2}][{_CONTINUATION}]|[{_LEAD3}][{_CONTINUATION}]{{2}}|"
    f"[{_LEAD4}][{_CONTINUATION}]{{3}})+"
)
# the spellings no text means: a punctuation mark's "â€" + its last byte (the curly quotes, the
# dashes, the ellipsis, the bullet: U+2018-2026), and
# "Ã" or "Â" before a Latin-1 byte ("Ã©", "Â£")
# (twenty-first pass, part M: not a capital word's last letter before a mark, Portuguese
# "IRMÃ…", "MAÇÃ”", Romanian "CÂ—", as they are written; a capital's mojibake inside a capital
# word, "CAFÃ‰", is left as it came)
_CAPITAL = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_MARK = "".join(
    re.escape(char) for char, code in _BYTE_OF.items() if code < 0xC0 and not char.isalpha()
)
_SURE = re.compile(
    f"\u00e2\u20ac[{_CONTINUATION}]|(?<![{_CAPITAL}])[\u00c2\u00c3][{_CONTINUATION}]"
    f"|[\u00c2\u00c3](?![{_MARK}])[{_CONTINUATION}]"
)
# (the first characters of the above, tested as substrings before any pattern runs)
_MARKS = ("\u00e2\u20ac", "\u00c2", "\u00c3")
_C1 = re.compile("[\u0080-\u009f]")


def _decoded(run: re.Match[str]) -> str:
    # (twenty-first pass, part M: a lone pair is mended only when it is itself a sure spelling,
    # so a letter written right beside damaged text, "CAFÉ" + U+2019 + "S" or "Gruß" + U+201C
    # over a quoted "wonâ€™t", stays; and no run becomes a C1 control, "CÂ—" is no "C" + U+0097)
    if len(run.group()) == 2 and not _SURE.search(run.string, run.start(), run.end()):
        return run.group()
    try:
        text = bytes(_BYTE_OF[char] for char in run.group()).decode("utf-8")
    except UnicodeDecodeError:
        return run.group()
    return run.group() if _C1.search(text) else text


def mend(text: str) -> str:
    """``text`` with its UTF-8 read as Windows-1252 turned back (unchanged, and not copied,
    when it holds none: ASCII text is returned at the first test)."""
    if text.isascii() or not any(map(text.__contains__, _MARKS)) or not _SURE.search(text):
        return text
    return _RUN.sub(_decoded, text)
