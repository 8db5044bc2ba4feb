"""The CRM tables (crm.tables) and the CRM commands on the state a scan leaves behind."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import vobject

from rejectwatch import cli
from rejectwatch.crm import records, tables
from rejectwatch.crm.applications import Application
from rejectwatch.crm.extract import Facts
from rejectwatch.errors import InputError, NotFoundError
from rejectwatch.state import DONE, PLANNED, LedgerEntry, RejectionRecord, Store

ACCOUNT = "sam@imap.example"
NOW = datetime.now(UTC).replace(microsecond=0)


def plan_rejection(
    store: Store,
    n: int,
    company: str,
    name: str,
    address: str,
    *,
    reason: str = "another_candidate",
    days_ago: int = 1,
    drafted: bool = True,
) -> str:
    """What scan._decide and scan._record write for one filed rejection."""
    key = f"<rej-{n}@{company.lower().replace(' ', '')}.example>"
    draft_id = f"<rejectwatch.{n:032d}@rejectwatch.invalid>" if drafted else ""
    entry = LedgerEntry(
        account=ACCOUNT,
        message_key=key,
        message_id=key,
        folder="INBOX",
        uidvalidity=7,
        uid=n,
        score=0.97,
        action="file",
        state=PLANNED,
        target_folder="Rejections",
        draft_message_id=draft_id,
    )
    record = RejectionRecord(
        message_key=key,
        message_id=key,
        received=(NOW - timedelta(days=days_ago)).isoformat(timespec="seconds"),
        contact_name=name,
        contact_address=address,
        company=company,
        position="Data Analyst",
        reason=reason,
        subject=f"Your application to {company}",
        score=0.97,
        draft_message_id=draft_id,
        status="draft saved" if drafted else "no reply address",
    )
    store.plan(entry, record, b"draft bytes" if drafted else b"")
    store.advance(ACCOUNT, key, DONE)
    return key


@pytest.fixture
def state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data_dir = tmp_path / "data"
    monkeypatch.setenv("REJECTWATCH_DATA_DIR", str(data_dir))
    store = Store(data_dir / "state.sqlite3")
    plan_rejection(
        store,
        1,
        "Nørdlys",
        "Ingrid Solberg",
        "ingrid@nordlys.example",
        reason="after_interview",
        days_ago=3,
    )
    plan_rejection(
        store, 2, "Larkspur Labs", "", "no-reply@larkspur.example", drafted=False, days_ago=40
    )
    tables.record_facts(
        store,
        ACCOUNT,
        "<rej-1@nørdlys.example>",
        Facts(
            "Nørdlys",
            "Data Analyst",
            "Ingrid Solberg",
            "",
            "after_interview",
            contact_title="Talent Acquisition",
            interviewed=True,
        ),
    )
    for i, (company, days) in enumerate([("Nørdlys", 30), ("Quietly Ltd", 40), ("Fresh", 2)]):
        tables.record_application(
            store,
            ACCOUNT,
            Application(f"<app-{i}@x>", company, "Data Analyst", "", NOW - timedelta(days=days)),
        )
    store.close()
    return data_dir / "state.sqlite3"


def run(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    return cli.main(list(args), stdout=out), out.getvalue()


def test_rejections_json_and_csv(state: Path) -> None:
    code, out = run("rejections", "--format", "json")
    assert code == 0
    rows = json.loads(out)
    assert [r["company"] for r in rows] == ["Larkspur Labs", "Nørdlys"]
    ingrid = rows[1]
    assert ingrid["contact_title"] == "Talent Acquisition"
    assert ingrid["status"] == "draft saved"
    assert ingrid["linkedin"] == records.linkedin_url("Ingrid Solberg", "Nørdlys")
    assert rows[0]["status"] == "no reply address"
    code, out = run("rejections", "--format", "csv", "--reason", "after_interview")
    assert code == 0
    assert [r["company"] for r in csv.DictReader(io.StringIO(out))] == ["Nørdlys"]
    since = (NOW - timedelta(days=10)).date().isoformat()
    assert (
        json.loads(run("rejections", "--format", "json", "--since", since)[1])[0]["company"]
        == "Nørdlys"
    )
    assert (
        json.loads(run("rejections", "--format", "json", "--company", "lark")[1])[0]["company"]
        == "Larkspur Labs"
    )


def test_export_vcard(state: Path, tmp_path: Path) -> None:
    target = tmp_path / "contacts.vcf"
    code, out = run("export", "--vcard", str(target))
    assert code == 0
    assert "2 contact(s)" in out
    cards = list(vobject.readComponents(target.read_text(encoding="utf-8")))
    assert cards[1].fn.value == "Ingrid Solberg"
    assert cards[1].title.value == "Talent Acquisition"
    assert run("rejections", "--format", "vcard")[1] == target.read_bytes().decode("utf-8")


def test_mark_and_mark_replied(state: Path) -> None:
    store = Store(state)
    try:
        assert tables.mark_replied(store, ACCOUNT, "<rej-1@nørdlys.example>")
        assert not tables.mark_replied(store, ACCOUNT, "<unknown@x>")
        assert tables.rejections(store)[1]["status"] == "reply sent"
    finally:
        store.close()
    code, out = run("mark", "rej-1@nørdlys.example", "connected")
    assert code == 0
    assert "connected" in out
    store = Store(state)
    try:
        assert tables.mark_replied(store, ACCOUNT, "<rej-1@nørdlys.example>")
        assert tables.rejections(store)[1]["status"] == "connected"  # never moves back
        row_id = tables.rejections(store)[0]["id"]
        assert tables.mark(store, str(row_id), "reply sent")["status"] == "reply sent"
        with pytest.raises(NotFoundError, match="no such rejection: 999"):
            tables.mark(store, "999", "connected")
        with pytest.raises(InputError, match="unknown status"):
            tables.mark(store, str(row_id), "friends")
    finally:
        store.close()
    assert run("mark", "999", "connected")[0] == NotFoundError.exit_code


def test_ghosted_command_and_company_contact(state: Path) -> None:
    code, out = run("ghosted", "--format", "json")
    assert code == 0
    assert [g["company"] for g in json.loads(out)] == ["Quietly Ltd"]  # Nørdlys answered
    store = Store(state)
    try:
        touched = tables.record_company_contact(
            store, ACCOUNT, "QUIETLY", "", NOW - timedelta(days=1)
        )
        assert touched == 1
        assert tables.record_company_contact(store, ACCOUNT, "", "", NOW) == 0
    finally:
        store.close()
    assert run("ghosted")[1] == "no applications without an answer for 21+ days\n"
    assert json.loads(run("ghosted", "--days", "1", "--format", "json")[1])[0]["company"] == (
        "Quietly Ltd"
    )


def test_record_application_once(state: Path) -> None:
    store = Store(state)
    try:
        app = Application("<app-0@x>", "Nørdlys", "Data Analyst", "", NOW)
        assert not tables.record_application(store, ACCOUNT, app)
        assert len(tables.applications(store)) == 3
    finally:
        store.close()


def test_report_command(state: Path, tmp_path: Path) -> None:
    target = tmp_path / "out" / "report.html"
    code, out = run("report", "--out", str(target))
    assert (code, out) == (0, f"report written to {target}\n")
    page = target.read_text(encoding="utf-8")
    assert page.count("<svg") == 5
    assert "Quietly Ltd" in page
    assert "<script" not in page
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")


def test_commands_on_a_fresh_machine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REJECTWATCH_DATA_DIR", str(tmp_path / "fresh"))
    assert run("ghosted") == (0, "no applications without an answer for 21+ days\n")
    assert json.loads(run("rejections", "--format", "json")[1]) == []
    assert run("mark", "1", "connected")[0] == NotFoundError.exit_code
    assert not (tmp_path / "fresh").exists()


def test_a_filter_that_matches_nothing_says_so(state: Path) -> None:
    # Two rejections are recorded: "none recorded yet" would be untrue.
    code, out = run("rejections", "--company", "no such company")
    assert (code, out) == (0, "no recorded rejection matches --company 'no such company'\n")
    code, out = run("rejections", "--reason", "eligibility", "--since", "2020-01-01")
    assert (code, out) == (
        0,
        "no recorded rejection matches --since 2020-01-01 --reason eligibility\n",
    )
