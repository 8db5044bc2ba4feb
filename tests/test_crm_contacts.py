"""The CRM's new fields: where the contact came from, the LinkedIn note; old databases migrate."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import vobject

from rejectwatch.crm import records, tables
from rejectwatch.state import DONE, PLANNED, LedgerEntry, RejectionRecord, Store

NOTE = "Hello, thank you for letting me know about the role at Acme. Best wishes, Sam"
ROWS = [
    {
        "id": 1,
        "received": "2024-05-02T10:00:00+00:00",
        "company": "Acme",
        "position": "Data Analyst",
        "requisition": "JR-0090067",
        "contact_name": "Jane Doe",
        "contact_title": "Recruiter",
        "contact_address": "jane.doe@acme.example",
        "contact_source": "history",
        "contact_message_id": "<schedule-1@acme.example>",
        "reason": "another_candidate",
        "status": "draft saved",
        "linkedin_note": "Hi Jane, thank you. Best wishes, Sam",
        "subject": "Your application to Acme",
        "message_id": "<rej-1@acme.myworkday.com>",
    },
    {
        "id": 2,
        "received": "2024-06-11T08:30:00+00:00",
        "company": "Acme",
        "position": "",
        "contact_name": "",
        "contact_address": "",
        "contact_source": "none",
        "reason": "unknown",
        "status": "no reply address",
        "linkedin_note": NOTE,
        "subject": "Update",
        "message_id": "<rej-2@acme.myworkday.com>",
    },
]


def test_table_says_who_to_thank_and_how() -> None:
    table = records.render(ROWS, "table").splitlines()
    assert table[0].split() == list(records.TABLE_COLUMNS)
    assert "Jane Doe, Recruiter" in table[1]
    assert "email draft (history)" in table[1]
    assert "a recruiter at Acme" in table[2]
    assert "LinkedIn note" in table[2]
    too_old = {**ROWS[0], "status": records.TOO_OLD}
    assert records.thank(too_old) == ("Jane Doe, Recruiter", "email (history)")


def test_csv_and_json_carry_the_new_fields() -> None:
    parsed = list(csv.DictReader(io.StringIO(records.render(ROWS, "csv"))))
    new = ("contact_source", "contact_message_id", "linkedin_note", "requisition")
    assert all(field in parsed[0] for field in new)
    assert parsed[0]["contact_message_id"] == "<schedule-1@acme.example>"
    assert parsed[1]["linkedin_note"] == NOTE
    rows = json.loads(records.render(ROWS, "json"))
    assert rows[0]["contact_source"] == "history"
    assert rows[0]["requisition"] == "JR-0090067"
    assert rows[1]["linkedin"] == records.linkedin_url("recruiter", "Acme")


def test_vcard_carries_the_source_and_the_note() -> None:
    [card] = vobject.readComponents(records.render(ROWS, "vcard"))
    assert card.fn.value == "Jane Doe"
    assert card.contents["x-rejectwatch-contact-source"][0].value == "history"
    assert card.contents["x-rejectwatch-contact-message"][0].value == "<schedule-1@acme.example>"
    assert (
        card.contents["x-rejectwatch-linkedin-note"][0].value
        == "Hi Jane, thank you. Best wishes, Sam"
    )
    assert "contact from: history" in card.note.value


def test_too_old_moves_on_to_reply_sent() -> None:
    assert records.status_after(records.TOO_OLD, records.REPLY_SENT) == records.REPLY_SENT
    no_address = records.NO_REPLY_ADDRESS
    assert records.status_after(records.TOO_OLD, no_address) == no_address
    assert records.status_after(records.CONNECTED, records.TOO_OLD) == records.CONNECTED


VERSION_1_REJECTION = """
CREATE TABLE rejection (
    id INTEGER PRIMARY KEY, account TEXT NOT NULL, message_key TEXT NOT NULL,
    message_id TEXT NOT NULL, received TEXT NOT NULL, contact_name TEXT NOT NULL,
    contact_address TEXT NOT NULL, company TEXT NOT NULL, position TEXT NOT NULL,
    reason TEXT NOT NULL, subject TEXT NOT NULL, score REAL NOT NULL,
    draft_message_id TEXT NOT NULL, status TEXT NOT NULL, created TEXT NOT NULL,
    UNIQUE (account, message_key)
);
INSERT INTO rejection VALUES (1, 'acct', '<old@x>', '<old@x>', '2024-01-01T00:00:00+00:00',
    'Ingrid', 'ingrid@nordlys.example', 'Nordlys', 'Analyst', 'unknown', 'No', 0.9, '',
    'no reply address', '2024-01-01T00:00:00+00:00');
"""


def test_a_version_1_database_gains_the_columns_and_keeps_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    with sqlite3.connect(path) as db:
        db.executescript(VERSION_1_REJECTION)
    store = Store(path)
    try:
        [old] = tables.rejections(store)
        assert old["contact_name"] == "Ingrid"
        assert (old["contact_source"], old["linkedin_note"], old["requisition"]) == ("", "", "")
        entry = LedgerEntry(
            "acct", "<new@x>", "<new@x>", "INBOX", 1, 2, 0.9, "file", PLANNED, "R", ""
        )
        record = RejectionRecord(
            "<new@x>",
            "<new@x>",
            "2024-02-01T00:00:00+00:00",
            "",
            "",
            "Acme",
            "",
            "unknown",
            "Sorry",
            0.9,
            "",
            "no reply address",
            contact_source="none",
            linkedin_note=NOTE,
        )
        store.plan(entry, record)
        store.advance("acct", "<new@x>", DONE)
        new = tables.rejections(store)[1]
        assert (new["contact_source"], new["linkedin_note"]) == ("none", NOTE)
        assert store.meta("schema_version") == "2"
    finally:
        store.close()
    Store(path).close()  # opening again is a no-op
