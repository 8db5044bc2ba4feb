"""SQLite state: checkpoints, the ledger of what was done, the CRM, and status.

The ledger is what makes a scan crash-safe: the intent to handle a rejection is
written (with the draft's deterministic Message-ID) before anything touches the
server, and each later step only moves the row forward. `":memory:"` works for tests.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rejectwatch.errors import StateError

SCHEMA_VERSION = 2

SCHEMA = """
CREATE TABLE IF NOT EXISTS checkpoint (
    account TEXT NOT NULL,
    folder TEXT NOT NULL,
    uidvalidity INTEGER NOT NULL,
    last_uid INTEGER NOT NULL,
    updated TEXT NOT NULL,
    PRIMARY KEY (account, folder, uidvalidity)
);
CREATE TABLE IF NOT EXISTS ledger (
    account TEXT NOT NULL,
    message_key TEXT NOT NULL,
    message_id TEXT NOT NULL,
    folder TEXT NOT NULL,
    uidvalidity INTEGER NOT NULL,
    uid INTEGER NOT NULL,
    score REAL NOT NULL,
    action TEXT NOT NULL,
    state TEXT NOT NULL,
    target_folder TEXT NOT NULL,
    draft_message_id TEXT NOT NULL DEFAULT '',
    draft BLOB NOT NULL DEFAULT x'',
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    PRIMARY KEY (account, message_key)
);
CREATE INDEX IF NOT EXISTS ledger_state ON ledger (account, state);
CREATE TABLE IF NOT EXISTS failure (
    account TEXT NOT NULL,
    folder TEXT NOT NULL,
    uidvalidity INTEGER NOT NULL,
    uid INTEGER NOT NULL,
    attempts INTEGER NOT NULL,
    error TEXT NOT NULL,
    updated TEXT NOT NULL,
    since TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (account, folder, uidvalidity, uid)
);
CREATE TABLE IF NOT EXISTS rejection (
    id INTEGER PRIMARY KEY,
    account TEXT NOT NULL,
    message_key TEXT NOT NULL,
    message_id TEXT NOT NULL,
    received TEXT NOT NULL,
    contact_name TEXT NOT NULL,
    contact_address TEXT NOT NULL,
    company TEXT NOT NULL,
    position TEXT NOT NULL,
    reason TEXT NOT NULL,
    subject TEXT NOT NULL,
    score REAL NOT NULL,
    draft_message_id TEXT NOT NULL,
    status TEXT NOT NULL,
    created TEXT NOT NULL,
    contact_source TEXT NOT NULL DEFAULT '',
    contact_message_id TEXT NOT NULL DEFAULT '',
    linkedin_note TEXT NOT NULL DEFAULT '',
    requisition TEXT NOT NULL DEFAULT '',
    UNIQUE (account, message_key)
);
CREATE TABLE IF NOT EXISTS correction (
    account TEXT NOT NULL,
    message_key TEXT NOT NULL,
    message_id TEXT NOT NULL,
    folder TEXT NOT NULL,
    uidvalidity INTEGER NOT NULL,
    uid INTEGER NOT NULL,
    noticed TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT 'not_rejection',
    subject TEXT NOT NULL DEFAULT '',
    sender TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (account, message_key)
);
CREATE TABLE IF NOT EXISTS review (
    id INTEGER PRIMARY KEY,
    account TEXT NOT NULL,
    message_key TEXT NOT NULL,
    subject TEXT NOT NULL,
    sender TEXT NOT NULL,
    date TEXT NOT NULL,
    mark TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    UNIQUE (account, message_key)
);
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""
# Columns added after a table first shipped: added to older databases when they are opened.
ADDED_COLUMNS = (
    ("failure", "since", "TEXT NOT NULL DEFAULT ''"),  # when the first failure was
    ("correction", "label", "TEXT NOT NULL DEFAULT 'not_rejection'"),
    ("correction", "subject", "TEXT NOT NULL DEFAULT ''"),
    ("correction", "sender", "TEXT NOT NULL DEFAULT ''"),
    ("correction", "body", "TEXT NOT NULL DEFAULT ''"),
)

# Ledger states, in the order a rejection goes through them.
PLANNED = "planned"  # intent recorded (and CRM row written); nothing on the server yet
DRAFTED = "drafted"  # the draft exists in Drafts (or none was wanted)
DONE = "done"  # the message was moved (or found already moved / gone)
OPEN_STATES = (PLANNED, DRAFTED)
# Columns added to `rejection` after version 1, added to older databases when opened.
ADDED_REJECTION_COLUMNS = ("contact_source", "contact_message_id", "linkedin_note", "requisition")
# An uncertain message (action "review") is planned, then marked where it is and queued:
IN_REVIEW = "review"  # left in its folder, marked, waiting for `rejectwatch review`
DISMISSED = "dismissed"  # the user said it is not a rejection; it stays where it is
FORGOTTEN = "forgotten"  # dropped from the queue by the user (e.g. the message is gone)
REVIEW_ACTION = "review"  # the ledger action of an uncertain message (scan.REVIEW)
# Labels of a correction (the classifier's two labels).
REJECTION_LABEL = "rejection"
NOT_REJECTION_LABEL = "not_rejection"


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    account: str
    message_key: str
    message_id: str
    folder: str
    uidvalidity: int
    uid: int
    score: float
    action: str
    state: str
    target_folder: str
    draft_message_id: str


@dataclass(frozen=True, slots=True)
class ReviewRecord:
    """What the review queue shows about an uncertain message besides its ledger row."""

    subject: str
    sender: str
    date: str  # ISO 8601, or "" when the message has no usable Date


@dataclass(frozen=True, slots=True)
class ReviewItem:
    """One entry of the review queue: the ledger row joined with what the queue shows."""

    id: int
    entry: LedgerEntry
    subject: str
    sender: str
    date: str
    mark: str  # how it was marked on the server ("keyword:...", "label:..."), "" if not
    created: str


@dataclass(frozen=True, slots=True)
class RejectionRecord:
    message_key: str
    message_id: str
    received: str
    contact_name: str
    contact_address: str
    company: str
    position: str
    reason: str
    subject: str
    score: float
    draft_message_id: str
    status: str
    contact_source: str = ""  # see rejectwatch.crm.contacts.SOURCES
    contact_message_id: str = ""  # the message the contact was found in
    linkedin_note: str = ""
    requisition: str = ""


class Store:
    """The state database. One connection, used from one thread at a time (the daemon's
    polls are serialised by its lock, so the connection may move between threads)."""

    def __init__(self, path: Path | str) -> None:
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(
            str(path), isolation_level=None, timeout=30, check_same_thread=False
        )
        try:
            self._open()
        except sqlite3.Error as e:  # "file is not a database", "readonly database", ...
            self._db.close()
            raise StateError(f"the state database {path} cannot be used: {e}") from e

    def _open(self) -> None:
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(SCHEMA)
        columns = {r["name"] for r in self._db.execute("PRAGMA table_info(failure)")}
        if "since" not in columns:  # a database from before the column (the first failure)
            self._db.execute("ALTER TABLE failure ADD COLUMN since TEXT NOT NULL DEFAULT ''")
        self._add_columns()
        self._migrate()

    def _migrate(self) -> None:
        """Bring a database written by an older version up to date (columns only added)."""
        if self.meta("schema_version") == str(SCHEMA_VERSION):
            return  # nothing to do: no write lock taken (the CRM commands only read)
        with self.transaction():
            have = {r["name"] for r in self._db.execute("PRAGMA table_info(rejection)")}
            for column in ADDED_REJECTION_COLUMNS:
                if column not in have:
                    self._db.execute(
                        f"ALTER TABLE rejection ADD COLUMN {column} TEXT NOT NULL DEFAULT ''"
                    )
            self._db.execute(
                "INSERT INTO meta (key, value) VALUES ('schema_version', ?)"
                " ON CONFLICT (key) DO UPDATE SET value=excluded.value",
                (str(SCHEMA_VERSION),),
            )

    def _add_columns(self) -> None:
        for table, column, declaration in ADDED_COLUMNS:
            have = {row["name"] for row in self._db.execute(f"PRAGMA table_info({table})")}
            if column not in have:
                self._db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {declaration}")

    def close(self) -> None:
        self._db.close()

    @property
    def db(self) -> sqlite3.Connection:
        """The connection, for modules that keep tables of their own (the CRM extras)."""
        return self._db

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    # --- checkpoints -------------------------------------------------------------------------

    def last_uid(self, account: str, folder: str, uidvalidity: int) -> int:
        row = self._db.execute(
            "SELECT last_uid FROM checkpoint WHERE account=? AND folder=? AND uidvalidity=?",
            (account, folder, uidvalidity),
        ).fetchone()
        return int(row["last_uid"]) if row else 0

    def set_last_uid(self, account: str, folder: str, uidvalidity: int, uid: int) -> None:
        self._db.execute(
            "INSERT INTO checkpoint (account, folder, uidvalidity, last_uid, updated) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (account, folder, uidvalidity) DO UPDATE "
            "SET last_uid=max(last_uid, excluded.last_uid), updated=excluded.updated",
            (account, folder, uidvalidity, uid, now_iso()),
        )

    # --- ledger ------------------------------------------------------------------------------

    def ledger_entry(self, account: str, message_key: str) -> LedgerEntry | None:
        row = self._db.execute(
            "SELECT * FROM ledger WHERE account=? AND message_key=?", (account, message_key)
        ).fetchone()
        return _ledger(row) if row else None

    def open_entries(self, account: str) -> list[LedgerEntry]:
        """Rejections whose handling was started and not finished (e.g. after a crash)."""
        marks = ",".join("?" for _ in OPEN_STATES)
        rows = self._db.execute(
            f"SELECT * FROM ledger WHERE account=? AND state IN ({marks}) ORDER BY uid",
            (account, *OPEN_STATES),
        ).fetchall()
        return [_ledger(r) for r in rows]

    def plan(
        self,
        entry: LedgerEntry,
        rejection: RejectionRecord | None,
        draft: bytes = b"",
        review: ReviewRecord | None = None,
    ) -> None:
        """Record the intent, the draft to save and the CRM row (or, for an uncertain
        message, its review-queue row), in one transaction."""
        stamp = now_iso()
        with self.transaction():
            self._db.execute(
                "INSERT INTO ledger (account, message_key, message_id, folder, uidvalidity, uid,"
                " score, action, state, target_folder, draft_message_id, draft, created, updated)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    entry.account,
                    entry.message_key,
                    entry.message_id,
                    entry.folder,
                    entry.uidvalidity,
                    entry.uid,
                    entry.score,
                    entry.action,
                    entry.state,
                    entry.target_folder,
                    entry.draft_message_id,
                    draft,
                    stamp,
                    stamp,
                ),
            )
            if rejection is not None:
                self._insert_rejection(entry.account, rejection, stamp)
            if review is not None:
                self._db.execute(
                    "INSERT OR IGNORE INTO review (account, message_key, subject, sender, date,"
                    " created) VALUES (?,?,?,?,?,?)",
                    (
                        entry.account,
                        entry.message_key,
                        review.subject,
                        review.sender,
                        review.date,
                        stamp,
                    ),
                )

    def draft_bytes(self, account: str, message_key: str) -> bytes:
        row = self._db.execute(
            "SELECT draft FROM ledger WHERE account=? AND message_key=?", (account, message_key)
        ).fetchone()
        return bytes(row["draft"]) if row else b""

    def advance(self, account: str, message_key: str, state: str) -> None:
        self._db.execute(
            "UPDATE ledger SET state=?, updated=? WHERE account=? AND message_key=?",
            (state, now_iso(), account, message_key),
        )

    def _insert_rejection(self, account: str, r: RejectionRecord, stamp: str) -> None:
        self._db.execute(
            "INSERT OR IGNORE INTO rejection (account, message_key, message_id, received,"
            " contact_name, contact_address, company, position, reason, subject, score,"
            " draft_message_id, status, created, contact_source, contact_message_id,"
            " linkedin_note, requisition) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                account,
                r.message_key,
                r.message_id,
                r.received,
                r.contact_name,
                r.contact_address,
                r.company,
                r.position,
                r.reason,
                r.subject,
                r.score,
                r.draft_message_id,
                r.status,
                stamp,
                r.contact_source,
                r.contact_message_id,
                r.linkedin_note,
                r.requisition,
            ),
        )

    def set_rejection_status(
        self, account: str, message_key: str, status: str, *, only_if: str | None = None
    ) -> None:
        """Set the status (when `only_if` is given: only a row whose status is that)."""
        sql = "UPDATE rejection SET status=? WHERE account=? AND message_key=?"
        args: tuple[str, ...] = (status, account, message_key)
        if only_if is not None:
            sql, args = sql + " AND status=?", (*args, only_if)
        self._db.execute(sql, args)

    def rejections(self, account: str | None = None) -> list[dict[str, Any]]:
        sql = "SELECT * FROM rejection"
        args: Sequence[Any] = ()
        if account is not None:
            sql += " WHERE account=?"
            args = (account,)
        rows = self._db.execute(sql + " ORDER BY received, id", args).fetchall()
        return [dict(r) for r in rows]

    # --- corrections: the user's word on a message, for retraining -------------------------

    def record_correction(
        self,
        account: str,
        message_key: str,
        *,
        message_id: str,
        folder: str,
        uidvalidity: int,
        uid: int,
        label: str = NOT_REJECTION_LABEL,
        subject: str = "",
        sender: str = "",
        body: str = "",
    ) -> None:
        """The user's label for a message: a filed one they moved back (not_rejection), or a
        review item they confirmed (rejection) or dismissed (not_rejection). Where the message
        is (folder, uidvalidity, uid; uid 0 when unknown: find it by Message-ID), and, when
        known, a copy of its subject, sender and text. The latest word on a message wins."""
        self._db.execute(
            "INSERT INTO correction (account, message_key, message_id, folder, uidvalidity, uid,"
            " noticed, label, subject, sender, body) VALUES (?,?,?,?,?,?,?,?,?,?,?)"
            " ON CONFLICT (account, message_key) DO UPDATE SET folder=excluded.folder,"
            " uidvalidity=excluded.uidvalidity, uid=excluded.uid, label=excluded.label,"
            " subject=CASE WHEN excluded.subject != '' THEN excluded.subject ELSE subject END,"
            " sender=CASE WHEN excluded.sender != '' THEN excluded.sender ELSE sender END,"
            " body=CASE WHEN excluded.body != '' THEN excluded.body ELSE body END",
            (
                account,
                message_key,
                message_id,
                folder,
                uidvalidity,
                uid,
                now_iso(),
                label,
                subject,
                sender,
                body,
            ),
        )

    def corrections(self, account: str) -> list[dict[str, Any]]:
        """Every correction, oldest first; each row has a `label` (rejection/not_rejection)."""
        rows = self._db.execute(
            "SELECT * FROM correction WHERE account=? ORDER BY noticed, rowid", (account,)
        ).fetchall()
        return [dict(r) for r in rows]

    # --- the review queue: uncertain messages left in place ---------------------------------

    def review_items(self, account: str) -> list[ReviewItem]:
        """The queue: uncertain messages waiting for the user's word, oldest first."""
        rows = self._db.execute(
            _REVIEW_SELECT + " WHERE r.account=? AND l.action=? AND l.state IN (?,?) ORDER BY r.id",
            (account, REVIEW_ACTION, PLANNED, IN_REVIEW),
        ).fetchall()
        return [_review_item(r) for r in rows]

    def review_item(self, account: str, item_id: int) -> ReviewItem | None:
        """One queue entry by its id, whatever became of it (confirmed, dismissed)."""
        row = self._db.execute(
            _REVIEW_SELECT + " WHERE r.account=? AND r.id=?", (account, item_id)
        ).fetchone()
        return _review_item(row) if row else None

    def set_review_mark(self, account: str, message_key: str, mark: str) -> None:
        self._db.execute(
            "UPDATE review SET mark=? WHERE account=? AND message_key=?",
            (mark, account, message_key),
        )

    def confirm_review(
        self,
        entry: LedgerEntry,
        rejection: RejectionRecord,
        draft: bytes,
        correction: dict[str, Any],
    ) -> bool:
        """Turn a review item into a planned filing (ledger, CRM row, correction) in one
        transaction. False, and nothing written, when it is no longer waiting for review."""
        stamp = now_iso()
        with self.transaction():
            changed = self._db.execute(
                "UPDATE ledger SET action=?, state=?, uidvalidity=?, uid=?, target_folder=?,"
                " draft_message_id=?, draft=?, updated=? WHERE account=? AND message_key=?"
                " AND action=? AND state IN (?,?,?,?)",
                (
                    entry.action,
                    entry.state,
                    entry.uidvalidity,
                    entry.uid,
                    entry.target_folder,
                    entry.draft_message_id,
                    draft,
                    stamp,
                    entry.account,
                    entry.message_key,
                    REVIEW_ACTION,
                    PLANNED,
                    IN_REVIEW,
                    DISMISSED,
                    FORGOTTEN,
                ),
            ).rowcount
            if changed:
                self._insert_rejection(entry.account, rejection, stamp)
                self.record_correction(entry.account, entry.message_key, **correction)
        return bool(changed)

    def forget_review(self, account: str, message_key: str) -> bool:
        """Drop a waiting item from the queue; no correction. False if it was not waiting."""
        return bool(
            self._db.execute(
                "UPDATE ledger SET state=?, updated=? WHERE account=? AND message_key=?"
                " AND action=? AND state IN (?,?)",
                (FORGOTTEN, now_iso(), account, message_key, REVIEW_ACTION, PLANNED, IN_REVIEW),
            ).rowcount
        )

    def dismiss_review(
        self, account: str, message_key: str, uidvalidity: int, uid: int, correction: dict[str, Any]
    ) -> bool:
        """Mark a review item dismissed and record the correction, in one transaction. False,
        and nothing written, when it is no longer waiting for review."""
        with self.transaction():
            changed = self._db.execute(
                "UPDATE ledger SET state=?, uidvalidity=?, uid=?, updated=? WHERE account=?"
                " AND message_key=? AND action=? AND state IN (?,?)",
                (
                    DISMISSED,
                    uidvalidity,
                    uid,
                    now_iso(),
                    account,
                    message_key,
                    REVIEW_ACTION,
                    PLANNED,
                    IN_REVIEW,
                ),
            ).rowcount
            if changed:
                self.record_correction(account, message_key, **correction)
        return bool(changed)

    # --- failures ----------------------------------------------------------------------------

    def record_failure(
        self, account: str, folder: str, uidvalidity: int, uid: int, error: str
    ) -> int:
        """Count one more failed attempt at a message; returns the attempts so far."""
        stamp = now_iso()
        self._db.execute(
            "INSERT INTO failure (account, folder, uidvalidity, uid, attempts, error, updated,"
            " since) VALUES (?,?,?,?,1,?,?,?) ON CONFLICT (account, folder, uidvalidity, uid)"
            " DO UPDATE SET attempts=attempts+1, error=excluded.error, updated=excluded.updated",
            (account, folder, uidvalidity, uid, error[:500], stamp, stamp),
        )
        row = self._db.execute(
            "SELECT attempts FROM failure WHERE account=? AND folder=? AND uidvalidity=? AND uid=?",
            (account, folder, uidvalidity, uid),
        ).fetchone()
        return int(row["attempts"])

    def retryable_failures(
        self, account: str, folder: str, uidvalidity: int, max_attempts: int
    ) -> list[int]:
        rows = self._db.execute(
            "SELECT uid FROM failure WHERE account=? AND folder=? AND uidvalidity=?"
            " AND attempts < ? ORDER BY uid",
            (account, folder, uidvalidity, max_attempts),
        ).fetchall()
        return [int(r["uid"]) for r in rows]

    def clear_failure(self, account: str, folder: str, uidvalidity: int, uid: int) -> None:
        self._db.execute(
            "DELETE FROM failure WHERE account=? AND folder=? AND uidvalidity=? AND uid=?",
            (account, folder, uidvalidity, uid),
        )

    def stuck(self, account: str, min_attempts: int) -> list[dict[str, Any]]:
        """Rejections whose draft or move the server refused on `min_attempts` scans or more
        (their ledger rows are still open): oldest failure first."""
        marks = ",".join("?" for _ in OPEN_STATES)
        rows = self._db.execute(
            "SELECT f.*, l.message_id FROM failure f JOIN ledger l ON l.account=f.account"
            " AND l.folder=f.folder AND l.uidvalidity=f.uidvalidity AND l.uid=f.uid"
            f" WHERE f.account=? AND f.attempts >= ? AND l.state IN ({marks})"
            " ORDER BY f.since, f.updated",
            (account, min_attempts, *OPEN_STATES),
        ).fetchall()
        return [dict(r) for r in rows]

    def failures(self, account: str) -> list[dict[str, Any]]:
        rows = self._db.execute(
            "SELECT * FROM failure WHERE account=? ORDER BY updated", (account,)
        ).fetchall()
        return [dict(r) for r in rows]

    # --- status ------------------------------------------------------------------------------

    def set_meta(self, key: str, value: str) -> None:
        self._db.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value=excluded.value",
            (key, value),
        )

    def meta(self, key: str, default: str = "") -> str:
        row = self._db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return str(row["value"]) if row else default

    def counts(self, account: str) -> dict[str, int]:
        out: dict[str, int] = {}
        for row in self._db.execute(
            "SELECT action, state, count(*) AS n FROM ledger WHERE account=?"
            " GROUP BY action, state",
            (account,),
        ):
            out[f"{row['action']}:{row['state']}"] = int(row["n"])
        return out


def _ledger(row: sqlite3.Row) -> LedgerEntry:
    return LedgerEntry(
        account=row["account"],
        message_key=row["message_key"],
        message_id=row["message_id"],
        folder=row["folder"],
        uidvalidity=int(row["uidvalidity"]),
        uid=int(row["uid"]),
        score=float(row["score"]),
        action=row["action"],
        state=row["state"],
        target_folder=row["target_folder"],
        draft_message_id=row["draft_message_id"],
    )


_REVIEW_SELECT = (
    "SELECT r.id AS review_id, r.subject AS review_subject, r.sender AS review_sender,"
    " r.date AS review_date, r.mark AS review_mark, r.created AS review_created, l.*"
    " FROM review r JOIN ledger l ON l.account = r.account AND l.message_key = r.message_key"
)


def _review_item(row: sqlite3.Row) -> ReviewItem:
    return ReviewItem(
        id=int(row["review_id"]),
        entry=_ledger(row),
        subject=row["review_subject"],
        sender=row["review_sender"],
        date=row["review_date"],
        mark=row["review_mark"],
        created=row["review_created"],
    )
