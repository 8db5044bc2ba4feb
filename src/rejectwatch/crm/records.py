"""Pure: what the CRM shows about recorded rejections and applications.

Filters, follow-up statuses, LinkedIn people-search links, company matching, ghosting, and
the table / CSV / JSON / vCard 3.0 renderings. Rows are plain dicts as the store returns them.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from urllib.parse import quote

from rejectwatch.crm import names
from rejectwatch.crm.vocabulary import (
    CONNECTED,
    DRAFT_PENDING,
    DRAFT_SAVED,
    NO_REPLY_ADDRESS,
    REPLY_SENT,
    STATUSES,
    TOO_OLD,
)

__all__ = [
    "COLUMNS",
    "CONNECTED",
    "DRAFT_PENDING",
    "DRAFT_SAVED",
    "NO_REPLY_ADDRESS",
    "REPLY_SENT",
    "STATUSES",
    "TOO_OLD",
    "Filter",
    "company_key",
    "filter_rows",
    "ghosted",
    "linkedin_url",
    "parse_when",
    "render",
    "status_after",
    "to_vcard",
]

_RANK = {s: i for i, s in enumerate(STATUSES)}
_RANK[TOO_OLD] = _RANK[NO_REPLY_ADDRESS]  # neither saved a draft: one may follow the other

COLUMNS = (
    "id",
    "received",
    "company",
    "position",
    "requisition",
    "contact_name",
    "contact_title",
    "contact_address",
    "contact_source",
    "contact_message_id",
    "reason",
    "status",
    "linkedin",
    "linkedin_note",
    "subject",
    "message_id",
)
TABLE_COLUMNS = ("id", "received", "company", "position", "reason", "thank", "how", "status")
LINKEDIN_SEARCH = "https://www.linkedin.com/search/results/people/?keywords="


def status_after(current: str, new: str) -> str:
    """The status once *new* is seen: statuses only move forward (connected stays connected)."""
    if _RANK.get(new, -1) >= _RANK.get(current, -1):
        return new
    return current


def linkedin_url(name: str, company: str) -> str:
    """A LinkedIn people search for the contact at the company; "" without a contact name."""
    name = " ".join(name.split())
    if not name:
        return ""
    keywords = " ".join(x for x in (name, " ".join(company.split())) if x)
    return LINKEDIN_SEARCH + quote(keywords, safe="")


_LEGAL_SUFFIXES = frozenset(
    {"inc", "llc", "llp", "ltd", "limited", "gmbh", "plc", "corp", "corporation", "co", "ag"}
    | {"sa", "bv", "ab", "oy", "as", "srl", "pty", "the"}
)


def company_key(name: str) -> str:
    """What two spellings of one company share: "Nørdlys AS" ~ "nordlys" ~ "NØRDLYS"."""
    folded = unicodedata.normalize("NFKD", name.replace("ø", "o").replace("Ø", "O"))
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).casefold()
    words = [w for w in re.split(r"[^\w]+", folded.replace("&", " and ")) if w]
    words = [w for w in words if w not in _LEGAL_SUFFIXES]
    return "".join(words)


def parse_when(value: str) -> datetime | None:
    """An ISO timestamp as the store writes it; None when empty or unreadable."""
    try:
        return datetime.fromisoformat(value) if value else None
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class Filter:
    """`rejectwatch rejections --company X --since D --reason R`; empty means any."""

    company: str = ""
    since: date | None = None
    reason: str = ""


def filter_rows(rows: Iterable[dict[str, Any]], flt: Filter) -> list[dict[str, Any]]:
    """Rows matching *flt*: company by substring (accents and case aside), since a day, reason."""
    want = company_key(flt.company)
    out = []
    for row in rows:
        if want and want not in company_key(str(row.get("company") or "")):
            continue
        if flt.reason and row.get("reason") != flt.reason:
            continue
        if flt.since is not None:
            when = parse_when(str(row.get("received") or ""))
            if when is None or when.date() < flt.since:
                continue
        out.append(row)
    return out


def enrich(row: dict[str, Any]) -> dict[str, Any]:
    """A store row with every column the CRM shows: the LinkedIn search (the person at the
    company, else "recruiter" at the company), and in the table who to thank and how."""
    out = {c: row.get(c, "") for c in COLUMNS}
    out["id"] = row.get("id")
    name = str(row.get("contact_name") or "")
    company = str(row.get("company") or "")
    out["linkedin"] = linkedin_url(name, company) or (
        linkedin_url("recruiter", company) if company.strip() else ""
    )
    return out


def thank(row: dict[str, Any]) -> tuple[str, str]:
    """Who to thank for a rejection and how, for the table: ("Jane Doe, Recruiter",
    "email draft (history)"), or ("a recruiter at Acme", "LinkedIn note")."""
    name = " ".join(str(row.get("contact_name") or "").split())
    title = " ".join(str(row.get("contact_title") or "").split())
    address = str(row.get("contact_address") or "")
    company = str(row.get("company") or "")
    who = ", ".join(x for x in (name, title) if x) or address
    if not who and company:
        who = f"a recruiter at {company}"
    source = str(row.get("contact_source") or "")
    if address:
        how = "email" if row.get("status") == TOO_OLD else "email draft"
        how += f" ({source})" if source else ""
    else:
        how = "LinkedIn note" if row.get("linkedin_note") else ("LinkedIn" if who else "")
    return who, how


# --------------------------------------------------------------------------- renderings


def render(rows: Sequence[dict[str, Any]], fmt: str) -> str:
    """*rows* as "table", "csv", "json" or "vcard" text."""
    full = [enrich(r) for r in rows]
    if fmt == "json":
        return json.dumps(full, indent=2, ensure_ascii=False) + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=COLUMNS, extrasaction="ignore")
        writer.writeheader()
        writer.writerows({k: _cell(v) for k, v in row.items()} for row in full)
        return buffer.getvalue()
    if fmt == "vcard":
        return to_vcard(full)
    return _table(full)


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> object:
    """A CSV cell a spreadsheet shows as text: one that would start a formula (=, +, -, @, a
    tab or CR: "CSV injection", where a sender's subject or name runs as a formula on the
    user's machine) gets a leading apostrophe, as OWASP advises. Numbers stay numbers."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def _table(rows: Sequence[dict[str, Any]]) -> str:
    if not rows:
        return "no rejections recorded yet\n"
    shown = [{**r, **dict(zip(("thank", "how"), thank(r), strict=True))} for r in rows]
    cells = [[str(r.get(c) or "")[:40] for c in TABLE_COLUMNS] for r in shown]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(TABLE_COLUMNS)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(TABLE_COLUMNS, widths, strict=True))]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)) for row in cells]
    return "\n".join(line.rstrip() for line in lines) + "\n"


def _escape(value: str) -> str:
    """vCard 3.0 text escaping (RFC 2426 section 4): backslash, comma, semicolon, newline."""
    value = str(value).replace("\r\n", "\n").replace("\r", "\n")
    value = value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    return re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", "", value).replace("\n", "\\n")


def _fold(line: str) -> str:
    """Fold a content line at 75 octets, never inside a UTF-8 sequence (RFC 2425 5.8.1)."""
    out: list[str] = []
    current = ""
    for ch in line:
        limit = 75 if not out else 74  # continuation lines start with a space
        if len((current + ch).encode("utf-8")) > limit:
            out.append(current)
            current = ch
        else:
            current += ch
    out.append(current)
    return "\r\n ".join(out)


def _card(row: dict[str, Any]) -> str | None:
    name = " ".join(str(row.get("contact_name") or "").split())
    address = str(row.get("contact_address") or "")
    company = " ".join(str(row.get("company") or "").split())
    if not name and not address:
        return None
    prefix, given, family = names.parts(name)  # "Jan van Dijk": family "van Dijk"
    fn = name or (f"{company} ({address})" if company else address)
    received = str(row.get("received") or "")[:10]
    note_parts = [
        "Rejection" + (f" for {row['position']}" if row.get("position") else ""),
        f"on {received}" if received else "",
        f"(reason: {row['reason']})" if row.get("reason") not in (None, "", "unknown") else "",
        f"- follow-up: {row['status']}" if row.get("status") else "",
        f"- contact from: {row['contact_source']}" if row.get("contact_source") else "",
    ]
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"FN:{_escape(fn)}",
        f"N:{_escape(family)};{_escape(given)};;{_escape(prefix)};",
    ]
    if company:
        lines.append(f"ORG:{_escape(company)}")
    if row.get("contact_title"):
        lines.append(f"TITLE:{_escape(str(row['contact_title']))}")
    if address:
        lines.append(f"EMAIL;TYPE=INTERNET:{_escape(address)}")
    lines.append(f"NOTE:{_escape(' '.join(p for p in note_parts if p))}")
    url = row.get("linkedin") or linkedin_url(name, company)
    if url:
        lines.append(f"URL:{url}")
    if row.get("contact_source"):
        lines.append(f"X-REJECTWATCH-CONTACT-SOURCE:{_escape(str(row['contact_source']))}")
    if row.get("contact_message_id"):
        lines.append(f"X-REJECTWATCH-CONTACT-MESSAGE:{_escape(str(row['contact_message_id']))}")
    if row.get("linkedin_note"):
        lines.append(f"X-REJECTWATCH-LINKEDIN-NOTE:{_escape(str(row['linkedin_note']))}")
    lines.append(f"UID:rejectwatch-{_escape(str(row.get('message_id') or row.get('id') or fn))}")
    lines.append("END:VCARD")
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"


def to_vcard(rows: Iterable[dict[str, Any]]) -> str:
    """vCard 3.0 cards, one per contact (the latest rejection's facts), CRLF line ends."""
    by_contact: dict[str, dict[str, Any]] = {}
    for row in rows:
        key = str(row.get("contact_address") or row.get("contact_name") or "").casefold()
        if key:
            by_contact[key] = row  # rows come oldest first: the newest wins
    cards = [c for c in (_card(r) for r in by_contact.values()) if c]
    return "".join(cards)


# --------------------------------------------------------------------------- ghosting


def ghosted(
    applications: Iterable[dict[str, Any]],
    rejections: Iterable[dict[str, Any]],
    *,
    now: datetime,
    days: int,
) -> list[dict[str, Any]]:
    """Applications with no word from the company for *days* since the last message.

    An application counts as answered (never ghosted) once a rejection from the same company
    (same :func:`company_key`, or the same mail domain) was received after it was made.
    Each result gets ``silent_days``.
    """
    answered_keys: dict[str, datetime] = {}
    answered_domains: dict[str, datetime] = {}
    for r in rejections:
        when = parse_when(str(r.get("received") or ""))
        if when is None:
            continue
        key = company_key(str(r.get("company") or ""))
        if key:
            answered_keys[key] = max(when, answered_keys.get(key, when))
        address = str(r.get("contact_address") or "")
        if "@" in address:
            domain = address.rsplit("@", 1)[1].lower()
            answered_domains[domain] = max(when, answered_domains.get(domain, when))
    out = []
    for app in applications:
        applied = parse_when(str(app.get("applied") or ""))
        if applied is None:
            continue
        answered = answered_keys.get(str(app.get("company_key") or "")) or answered_domains.get(
            str(app.get("sender_domain") or "")
        )
        if answered is not None and answered >= applied:
            continue
        last = parse_when(str(app.get("last_contact") or "")) or applied
        last = max(last, applied)
        silent = now - _aware_like(last, now)
        if silent >= timedelta(days=days):
            out.append({**app, "silent_days": silent.days})
    return out


def _aware_like(value: datetime, reference: datetime) -> datetime:
    if (value.tzinfo is None) == (reference.tzinfo is None):
        return value
    if value.tzinfo is None:
        return value.replace(tzinfo=reference.tzinfo)
    return value.replace(tzinfo=None)
