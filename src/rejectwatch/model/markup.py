"""A body given as HTML, read as the text a mail client shows (issue 11, fifth pass).

Mail fetched from the server reaches the model as text already (rejectwatch.mail.message
turns an HTML part into text), but a body handed to ``classify FILE.jsonl`` or ``evaluate``
may be the raw HTML of the message. Read as words, "<p style="margin:0 0 12px">" is a
sentence of style attributes; and a sentence that starts after an image URL's dots or runs
into a table cell's closing tag is cut where no sentence ends, so the refusal sentence the
model reads on its own (rejectwatch.model.negation) loses its start. A body that holds block
markup is read as text first: script, style and head dropped, each block on its own line,
tags removed, character references decoded.

A regex reading rather than a parser: the model package imports nothing from the mail
package, and this needs only lines and words, not a DOM. Plain text costs one substring test
(and one regex search when it holds a "<", as quoted "Name <addr>" lines do).
"""

from __future__ import annotations

import html
import re

from rejectwatch.model import ocr
from rejectwatch.model.mojibake import mend

__all__ = ["MAX_HTML_CHARS", "readable"]

# How much of an HTML body is read: markup is several times longer than its text, and a
# newsletter's tail holds nothing the model reads (it keeps the head of the text only).
MAX_HTML_CHARS = 65_536
# Block markup that only HTML has: an e-mail address in angle brackets is not one.
_MARKUP = re.compile(r"<(?:html|body|p|div|br|table|tr|td|span|font|li|ul|h[1-6])\b[^<>]*>", re.I)
_DROPPED = re.compile(r"<(script|style|head|title)\b.*?</\1\s*>", re.I | re.S)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
# Where a block starts or ends, a line ends; a table cell ends with a bar (thirty-seventh pass:
# it ended with a space, so a status table's row "Scan Technician II Unsuccessful at screening"
# ran its cells into one phrase that no status-row reading could part; a bar between cells is
# how a plain-text table reads, "Scan Technician II | Unsuccessful at screening").
_BLOCK = re.compile(
    r"</?(?:p|div|br|tr|table|li|ul|ol|h[1-6]|blockquote|section|header|footer|hr)\b[^<>]*>",
    re.I,
)
_CELL = re.compile(r"</t[dh]\s*>", re.I)
# (sixteenth pass: a rule is a paragraph of its own, as in plain text: where a newsletter's
# block starts under a letter; measured with the pass's model, 7 training messages read
# differently)
_RULE = re.compile(r"<hr\b[^<>]*>", re.I)
_TAG = re.compile(r"<[^<>]*>")
# the bars a row's first and last cells leave at its ends
_EDGE_BARS = re.compile(r"^(?:\|\s*)+|(?:\s*\|)+$")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")


def readable(body: str, limit: int) -> str:
    """The first ``limit`` characters of ``body`` as text: unchanged unless it holds block
    markup, else the HTML read as text (see the module's doc); UTF-8 that was read as
    Windows-1252 on its way ("Weâ€™ve") mended (twenty-first pass, rejectwatch.model.mojibake),
    and a scan's digits for letters ("y0u have n0t been") read as letters (twenty-second pass,
    rejectwatch.model.ocr)."""
    head = ocr.mend(mend(body[:limit]))
    if "<" not in head or _MARKUP.search(head) is None:
        return head
    # (twenty-fourth pass, part E: a body no longer than ``limit`` (nor MAX_HTML_CHARS) is all
    # in ``head``, mended already: not mended a second time)
    whole = (
        head if len(body) <= min(limit, MAX_HTML_CHARS) else ocr.mend(mend(body[:MAX_HTML_CHARS]))
    )
    text = _COMMENT.sub(" ", whole)
    text = _DROPPED.sub(" ", text)
    text = _RULE.sub("\n\n----\n\n", text)
    text = _BLOCK.sub("\n", text)
    text = _CELL.sub(" | ", text)
    text = html.unescape(_TAG.sub("", text))
    lines = (
        _EDGE_BARS.sub("", _SPACES.sub(" ", line).strip()).strip() for line in text.split("\n")
    )
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()[:limit]
