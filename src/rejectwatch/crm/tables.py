"""The CRM's own tables in the state database, and the queries the CRM commands run.

The `rejection` table belongs to :mod:`rejectwatch.state` (the scan writes it in the same
transaction as the ledger); this module adds what the CRM needs beside it -- contact titles,
applications and when each company last wrote -- through ``Store.db``, creating its tables
with ``CREATE TABLE IF NOT EXISTS`` so that any state file, old or new, works.
"""

from __future__ import annotations

import weakref
from datetime import UTC, datetime
from typing import Any

from rejectwatch.crm import records
from rejectwatch.crm.applications import Application
from rejectwatch.crm.extract import Facts
from rejectwatch.errors import InputError, NotFoundError
from rejectwatch.state import Store

__all__ = [
    "applications",
    "ensure_schema",
    "find_rejection",
    "ghosted",
    "mark",
    "mark_replied",
    "record_application",
    "record_company_contact",
    "record_facts",
    "rejections",
]

SCHEMA = """
CREATE TABLE IF NOT EXISTS crm_contact (
    account TEXT NOT NULL,
    message_key TEXT NOT NULL,
    contact_title TEXT NOT NULL DEFAULT '',
    interviewed INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (account, message_key)
);
CREATE TABLE IF NOT EXISTS crm_application (
    id INTEGER PRIMARY KEY,
    account TEXT NOT NULL,
    message_id TEXT NOT NULL,
    company TEXT NOT NULL,
    company_key TEXT NOT NULL,
    sender_domain TEXT NOT NULL,
    position TEXT NOT NULL,
    applied TEXT NOT NULL,
    last_contact TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    UNIQUE (account, message_id, company_key)
);
CREATE INDEX IF NOT EXISTS crm_application_key ON crm_application (account, company_key);
CREATE INDEX IF NOT EXISTS crm_application_domain ON crm_application (account, sender_domain);
"""


def _iso(when: datetime) -> str:
    when = when if when.tzinfo else when.replace(tzinfo=UTC)
    return when.astimezone(UTC).isoformat(timespec="seconds")


_ready: weakref.WeakSet[Store] = weakref.WeakSet()


def ensure_schema(store: Store) -> None:
    """Create the CRM's tables if they are missing, once per Store.

    Every function here calls it, some once a message; executescript would re-run the script
    and commit whatever transaction the caller had open, so it runs only the first time.
    """
    if store in _ready:
        return
    store.db.executescript(SCHEMA)
    _ready.add(store)


# --------------------------------------------------------------------------- rejections


def record_facts(store: Store, account: str, message_key: str, facts: Facts) -> None:
    """Keep what the `rejection` row has no column for (the contact's title, the interview)."""
    ensure_schema(store)
    store.db.execute(
        "INSERT INTO crm_contact (account, message_key, contact_title, interviewed)"
        " VALUES (?,?,?,?) ON CONFLICT (account, message_key) DO UPDATE"
        " SET contact_title=excluded.contact_title, interviewed=excluded.interviewed",
        (account, message_key, facts.contact_title, int(facts.interviewed)),
    )


def rejections(
    store: Store, flt: records.Filter | None = None, account: str | None = None
) -> list[dict[str, Any]]:
    """The recorded rejections, oldest first, with the CRM's extra columns, filtered."""
    ensure_schema(store)
    sql = (
        "SELECT r.*, coalesce(c.contact_title, '') AS contact_title,"
        " coalesce(c.interviewed, 0) AS interviewed FROM rejection r"
        " LEFT JOIN crm_contact c ON c.account = r.account AND c.message_key = r.message_key"
    )
    args: tuple[Any, ...] = ()
    if account is not None:
        sql += " WHERE r.account = ?"
        args = (account,)
    rows = [dict(r) for r in store.db.execute(sql + " ORDER BY r.received, r.id", args)]
    return records.filter_rows(rows, flt or records.Filter())


def find_rejection(store: Store, ident: str) -> dict[str, Any]:
    """One rejection by its CRM id (a number) or its Message-ID (``<...>`` optional)."""
    ident = ident.strip()
    if ident.isdigit():
        row = store.db.execute("SELECT * FROM rejection WHERE id = ?", (int(ident),)).fetchone()
    else:
        wanted = ident if ident.startswith("<") else f"<{ident}>"
        row = store.db.execute(
            "SELECT * FROM rejection WHERE message_id IN (?, ?) ORDER BY id DESC LIMIT 1",
            (wanted, ident),
        ).fetchone()
    if row is None:
        raise NotFoundError(f"no such rejection: {ident}")
    return dict(row)


def mark(store: Store, ident: str, status: str) -> dict[str, Any]:
    """Set the follow-up status of one rejection (`rejectwatch mark ID connected`)."""
    if status not in records.STATUSES:
        raise InputError(f"unknown status {status!r}; use one of: {', '.join(records.STATUSES)}")
    row = find_rejection(store, ident)
    store.set_rejection_status(row["account"], row["message_key"], status)
    return {**row, "status": status}


def awaiting_reply(store: Store, account: str) -> bool:
    """Whether any rejection still waits for the user's reply (so Sent is worth a look)."""
    row = store.db.execute(
        "SELECT 1 FROM rejection WHERE account = ? AND status IN (?, ?, ?, ?) LIMIT 1",
        (
            account,
            records.DRAFT_SAVED,
            records.DRAFT_PENDING,
            records.NO_REPLY_ADDRESS,
            records.TOO_OLD,
        ),
    ).fetchone()
    return row is not None


def mark_replied(store: Store, account: str, original_message_id: str) -> bool:
    """A reply to *original_message_id* was seen in Sent: status "reply sent" (never moving
    back from "connected"). Returns whether a rejection row was found."""
    rows = store.db.execute(
        "SELECT message_key, status FROM rejection WHERE account = ? AND message_id = ?",
        (account, original_message_id),
    ).fetchall()
    for row in rows:
        new = records.status_after(row["status"], records.REPLY_SENT)
        if new != row["status"]:
            store.set_rejection_status(account, row["message_key"], new)
    return bool(rows)


# --------------------------------------------------------------------------- applications


def record_application(store: Store, account: str, app: Application) -> bool:
    """Remember a confirmed application (once per message). Returns whether it was new."""
    ensure_schema(store)
    applied = app.applied or datetime.now(UTC)
    cursor = store.db.execute(
        "INSERT OR IGNORE INTO crm_application (account, message_id, company, company_key,"
        " sender_domain, position, applied, created) VALUES (?,?,?,?,?,?,?,?)",
        (
            account,
            app.message_id,
            app.company,
            records.company_key(app.company),
            app.sender_domain,
            app.position,
            _iso(applied),
            _iso(datetime.now(UTC)),
        ),
    )
    return cursor.rowcount == 1


def record_company_contact(
    store: Store, account: str, company: str, sender_domain: str, when: datetime
) -> int:
    """A later message from a company we applied to: its applications are not ghosted (yet).

    Matches by company (see :func:`rejectwatch.crm.records.company_key`) or by the sender's own mail
    domain; either may be "". Returns how many applications it touched.
    """
    ensure_schema(store)
    key = records.company_key(company)
    if not key and not sender_domain:
        return 0
    stamp = _iso(when)
    cursor = store.db.execute(
        "UPDATE crm_application SET last_contact = ? WHERE account = ? AND applied < ?"
        " AND last_contact < ? AND ((? != '' AND company_key = ?)"
        " OR (? != '' AND sender_domain = ?))",
        (stamp, account, stamp, stamp, key, key, sender_domain, sender_domain),
    )
    return cursor.rowcount


def applications(store: Store, account: str | None = None) -> list[dict[str, Any]]:
    ensure_schema(store)
    sql = "SELECT * FROM crm_application"
    args: tuple[Any, ...] = ()
    if account is not None:
        sql += " WHERE account = ?"
        args = (account,)
    return [dict(r) for r in store.db.execute(sql + " ORDER BY applied, id", args)]


def ghosted(
    store: Store, *, now: datetime, days: int, account: str | None = None
) -> list[dict[str, Any]]:
    """Applications with no message from the company for *days* and no rejection."""
    return records.ghosted(
        applications(store, account),
        rejections(store, account=account),
        now=now,
        days=days,
    )
