"""Pure: the position a letter names on a label line of its own, as public employers and
hiring tools write them: "Vacancy: Staff Nurse", "Job title: Android Developer", "Requisition:
12345 - Registered Nurse", "Title/Series/Grade: Safety Inspector / GS-1102-07/09", "Stelle:",
"Poste :", "Puesto:", "Functie:"; an HTML table's row ("<td>Vacancy</td><td>Staff Nurse</td>"
reads "Vacancy Staff Nurse"); a plain-text table with a "Role" column.

A label line states the title, but what follows a label is not always one ("Role: No longer
under consideration", "Vacancy: MP-DRB-24-87010282"): the value must read as a title, and a
code alone is the requisition (crm.decorations), never the position.
"""

from __future__ import annotations

import re

from rejectwatch.crm.places import is_place
from rejectwatch.crm.position import clean_position, looks_like_title, title_abroad
from rejectwatch.crm.text import title_cased

__all__ = ["position_from_labels"]

_LABELS = (
    r"vacancy|vacancy title|post|post title|role|role title|position|position title|job"
    r"|job title|job role|posting|requisition|title/series/grade"
    r"|stelle|stellenbezeichnung|poste|intitul[ée] du poste|puesto|cargo|vaga|vacante|functie"
    r"|vacature"
)
_LABEL_LINE_RE = re.compile(
    r"^[ \t*•-]*\**(?:" + _LABELS + r")\**[ \t]*(?:[:：]|[ \t]\|)\**[ \t]*(.+?)[ \t*|]*$",
    re.IGNORECASE | re.MULTILINE,
)
# An HTML table row as mail.message renders it: the label cell, one space, the value cell.
_ROW_RE = re.compile(
    r"^(?:vacancy|position|role|job title)[ \t]+([^|:\n]{2,80}?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_PIPE_ROW_RE = re.compile(r"^[ \t]*\|(.+)\|[ \t]*$")
_HEADER_CELL_RE = re.compile(r"^(?:" + _LABELS + r")$", re.IGNORECASE)
# "12345 - Registered Nurse", "Registered Nurse - REQ-45413": a code on one side of a dash.
_CODE = r"#?[A-Z0-9][A-Z0-9/_.-]*\d[A-Z0-9/_.-]*"
_CODE_FIRST_RE = re.compile(r"^" + _CODE + r"\s+[-\u2013\u2014|:]\s+(.+)$")
_CODE_LAST_RE = re.compile(r"^(.+?)\s+[-\u2013\u2014|]\s+" + _CODE + r"$")
# A US federal pay plan and grade after the title: ", GS-0343-11", " / GS-1102-07/09".
_GRADE_RE = re.compile(r"\s*[,/]\s*(?:GS|GG|WG|WS|GL|NH|ZP)-\d[\d/-]*$")
# What a status or a sentence says where a title would stand.
_NOT_TITLE_RE = re.compile(
    r"\b(?:your|our|you|we|this|that|the above|please|apply|click|view|see|n/?a|tbc|not"
    r"|no longer|filled|closed|open|unsuccessful|successful|rejected|declined|withdrawn"
    r"|archived|pending|selected|shortlisted|applied|interview|reviewed|status|update"
    r"|has|have|been|was|were|is|are|will)\b",
    re.IGNORECASE,
)


def _title_of(value: str, text: str, *, plain_only: bool = False) -> str:
    """*value* as a title, without a code, grade or place beside it; "" if it is none."""
    value = value.strip()
    coded = _CODE_FIRST_RE.match(value) or _CODE_LAST_RE.match(value)
    if coded:
        value = coded.group(1)
    value = _GRADE_RE.sub("", value)
    head, comma, rest = value.partition(", ")
    if comma and is_place(rest, text):
        value = head  # "Civil Engineer, Seattle, WA"
    head, dash, rest = value.rpartition(" - ")
    if dash and is_place(rest, text):
        value = head  # "Data Analyst - London"
    title = clean_position(value)
    if not title or not title[0].isalpha() or "|" in title or _NOT_TITLE_RE.search(title):
        return ""
    if looks_like_title(title) or title_abroad(title):
        return title
    return title if not plain_only and title_cased(title) else ""


def _from_pipe_table(text: str) -> str:
    """The value under a "Role" (or "Position", "Vacancy"...) heading of a plain-text table."""
    lines = text.splitlines()
    for index, line in enumerate(lines[:-2]):
        header = _PIPE_ROW_RE.match(line)
        if header is None:
            continue
        cells = [c.strip(" *") for c in header.group(1).split("|")]
        column = next((i for i, c in enumerate(cells) if _HEADER_CELL_RE.match(c)), None)
        if column is None:
            continue
        found = set()
        for row in lines[index + 1 :]:
            match = _PIPE_ROW_RE.match(row)
            if match is None:
                break
            values = [c.strip(" *") for c in match.group(1).split("|")]
            if len(values) == len(cells) and not set(values[column]) <= set("-: "):
                found.add(values[column])
        # one row: the application this letter is about; more: a digest of several
        return _title_of(found.pop(), text) if len(found) == 1 else ""
    return ""


def position_from_labels(text: str) -> str:
    """The title on a label line (or in a table) near the top of *text*; "" if none."""
    head = text[:6000]
    for match in _LABEL_LINE_RE.finditer(head):
        title = _title_of(match.group(1), head)
        if title:
            return title
    for match in _ROW_RE.finditer(head):
        title = _title_of(match.group(1), head, plain_only=True)
        if title:
            return title
    return _from_pipe_table(head) if "|" in head else ""
