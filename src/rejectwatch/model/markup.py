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
# (forty-seventh pass: a table whose first row is its header cells, "Role | Stage | State" over
# "Orchard Hand | Screening | Closed", is read row by row as its header names each cell, "Role:
# Orchard Hand | Stage: Screening | State: Closed": the value stood apart from the word that says
# what it is, so no status reading saw a status)
_TABLE = re.compile(r"(<table\b[^<>]*>)(.*?)(</table\s*>)", re.I | re.S)
_ROW = re.compile(r"<tr\b[^<>]*>", re.I)
_CELL_OPEN = re.compile(r"<(t[dh])\b[^<>]*>", re.I)
_A_POST = re.compile(
    r"(?:job|role|post|position|vacancy|opening|job title|title|requisition|application|"
    r"employer|company)s?"
)
_ROW_END = re.compile(r"</tr\s*>|</t(?:head|body|foot)\s*>|<t(?:head|body|foot)\b[^<>]*>", re.I)
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
    if "<th" in text or "<TH" in text:
        text = _TABLE.sub(_headed_rows, text)
    text = _RULE.sub("\n\n----\n\n", text)
    text = _BLOCK.sub("\n", text)
    text = _CELL.sub(" | ", text)
    text = html.unescape(_TAG.sub("", text))
    lines = (
        _EDGE_BARS.sub("", _SPACES.sub(" ", line).strip()).strip() for line in text.split("\n")
    )
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()[:limit]


def _cells(row: str) -> list[tuple[str, str]]:
    """(tag, text) of each cell of a table row's markup, its tags removed."""
    parts = _CELL_OPEN.split(_ROW_END.sub("", row))
    return [
        (parts[at].lower(), _SPACES.sub(" ", html.unescape(_TAG.sub(" ", parts[at + 1]))).strip())
        for at in range(1, len(parts) - 1, 2)
    ]


def _headed_rows(table: re.Match[str]) -> str:
    """A table whose first row is two or more header cells, each later row of as many cells
    written as "header: cell" (an empty cell left out), unless it is a digest of posts; any
    other table unchanged."""
    rows = [_cells(row) for row in _ROW.split(table.group(2))[1:]]
    rows = [row for row in rows if row]
    if len(rows) < 2 or len(rows[0]) < 2 or any(tag != "th" for tag, _ in rows[0]):
        return table.group(0)
    heads = [text for _, text in rows[0]]
    if not all(heads) or any(len(row) != len(heads) for row in rows[1:]):
        return table.group(0)
    # (never a digest, several rows each a post, "Role | Stage" over "Barista | Rejected" and
    # "Cook | Invited to interview": its rows are read as rows, so that a step on one of them is
    # seen beside a refusal on another, stated_outcomes.lists_a_step; a trail of one
    # application's steps, "Step | Status" over "Applied | Done" and "Review | Not progressing",
    # is read by its header)
    if len(rows) > 2 and _A_POST.fullmatch(heads[0].lower()):
        return table.group(0)
    body = "".join(
        "<tr>"
        + "".join(
            f"<td>{html.escape(head)}: {html.escape(text)}</td>"
            for head, (_, text) in zip(heads, row, strict=True)
            if text
        )
        + "</tr>"
        for row in rows[1:]
    )
    return f"{table.group(1)}{body}{table.group(3)}"
