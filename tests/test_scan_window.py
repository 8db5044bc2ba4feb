"""The scan window: a first scan takes recent mail only; --since/--days reach further back.

Old mail is seeded the way a migrated mailbox holds it: APPEND with an INTERNALDATE (and a
Date header) in the past. The window is the server's own SEARCH SINCE.
"""

from __future__ import annotations

import imaplib
import io
import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from imapclient import IMAPClient

from mailgen import make_message
from rejectwatch import cli
from rejectwatch.pipeline.scan import ScanConfig, Scanner
from rejectwatch.state import Store
from rejectwatch.testing.dovecot import DovecotServer
from test_scan_resume import KeywordModel, message_ids

pytestmark = pytest.mark.imap
NOW = datetime.now(UTC)
REJECTION = (
    "Dear Sam,\n\nThank you for the time you spent interviewing for the Product Manager role "
    "with the team. We enjoyed our conversations, but after careful consideration we have "
    "decided to move forward with another candidate whose experience more closely matches "
    "the role. We wish you every success.\n\nBest regards,\nDaniel Okafor\nHead of Product"
)


def append_dated(server: DovecotServer, user: str, raw: bytes, when: datetime) -> None:
    with server.connect(user) as imap:
        typ, data = imap.append("INBOX", "", imaplib.Time2Internaldate(when), raw)
        assert typ == "OK", data


def append_undated(server: DovecotServer, user: str, mid: str, arrived: datetime) -> None:
    """A rejection without a Date header, received by the server at *arrived*."""
    raw = make_message("REJECT Your application", REJECTION, "d@tidewater.example", None, mid)
    raw = b"\r\n".join(line for line in raw.split(b"\r\n") if not line.startswith(b"Date:"))
    assert b"\r\nDate:" not in raw  # From comes first
    client = IMAPClient(server.host, server.port, ssl=False)
    try:
        client.login(user, server.password)
        client.append("INBOX", raw, msg_time=arrived)
    finally:
        client.logout()


def seed(server: DovecotServer, user: str) -> None:
    """Two old messages (400 and 250 days ago) and one from yesterday, all rejections."""
    for mid, days in (("<old-400@t>", 400), ("<old-250@t>", 250), ("<new-1@t>", 1)):
        when = NOW - timedelta(days=days)
        raw = make_message(
            "REJECT Your application", REJECTION, "Daniel <d@tidewater.example>", None, mid, when
        )
        append_dated(server, user, raw, when)


def scanner(server: DovecotServer, user: str, store: Store, days: int) -> Scanner:
    config = ScanConfig(account=user, first_scan_days=days)
    return Scanner(server.mailbox(user), KeywordModel(), store, config, parallel=False)  # type: ignore[arg-type]


def test_a_first_scan_takes_only_the_window_and_later_scans_what_is_newer(
    dovecot: DovecotServer, imap_user: str, tmp_path: Path
) -> None:
    seed(dovecot, imap_user)
    store = Store(tmp_path / "s.sqlite3")
    first = scanner(dovecot, imap_user, store, 180).scan()
    assert first.examined == 1
    assert first.since == (datetime.now(UTC) - timedelta(days=180)).date()
    assert message_ids(dovecot, imap_user, "Rejections") == ["<new-1@t>"]
    assert sorted(message_ids(dovecot, imap_user, "INBOX")) == ["<old-250@t>", "<old-400@t>"]
    # Nothing new: the checkpoint stands past the old mail it left alone (one STATUS).
    assert scanner(dovecot, imap_user, store, 180).scan().nothing_new
    append_dated(
        dovecot,
        imap_user,
        make_message("REJECT again", REJECTION, "x@acme.example", None, "<new-2@t>", NOW),
        NOW,
    )
    later = scanner(dovecot, imap_user, store, 180).scan()
    assert later.examined == 1
    assert "<new-2@t>" in message_ids(dovecot, imap_user, "Rejections")
    assert sorted(message_ids(dovecot, imap_user, "INBOX")) == ["<old-250@t>", "<old-400@t>"]


def test_a_first_scan_with_only_old_mail_still_sets_the_checkpoint(
    dovecot: DovecotServer, imap_user: str, tmp_path: Path
) -> None:
    when = NOW - timedelta(days=300)
    raw = make_message("REJECT", REJECTION, "d@t.example", None, "<only-old@t>", when)
    append_dated(dovecot, imap_user, raw, when)
    store = Store(tmp_path / "s.sqlite3")
    assert scanner(dovecot, imap_user, store, 180).scan().examined == 0
    assert scanner(dovecot, imap_user, store, 180).scan().nothing_new
    assert message_ids(dovecot, imap_user, "INBOX") == ["<only-old@t>"]


def test_zero_days_takes_the_whole_history(
    dovecot: DovecotServer, imap_user: str, tmp_path: Path
) -> None:
    seed(dovecot, imap_user)
    report = scanner(dovecot, imap_user, Store(tmp_path / "s.sqlite3"), 0).scan()
    assert report.examined == 3
    assert report.since is None
    assert message_ids(dovecot, imap_user, "INBOX") == []


def run_cli(args: list[str]) -> tuple[int, dict[str, object]]:
    out = io.StringIO()
    code = cli.main(["scan", "--json", *args], stdout=out)
    return code, json.loads(out.getvalue())


def test_the_cli_uses_the_setting_and_reaches_back_with_days_and_since(
    dovecot: DovecotServer, imap_user: str, imap_env: dict[str, str]
) -> None:
    """REJECTWATCH_FIRST_SCAN_DAYS unset: 180 days (the real model decides here)."""
    seed(dovecot, imap_user)
    code, report = run_cli([])
    assert (code, report["examined"]) == (0, 1)
    assert message_ids(dovecot, imap_user, "Rejections") == ["<new-1@t>"]
    code, report = run_cli(["--days", "300"])  # reaches the 250-day-old one
    assert (code, report["examined"]) == (0, 1)
    assert sorted(message_ids(dovecot, imap_user, "INBOX")) == ["<old-400@t>"]
    since = (NOW - timedelta(days=500)).date().isoformat()
    code, report = run_cli(["--since", since])
    assert (code, report["examined"]) == (0, 1)
    assert message_ids(dovecot, imap_user, "INBOX") == []
    assert run_cli([])[1]["examined"] == 0  # and back to nothing new


def test_the_cli_with_first_scan_days_zero_takes_old_mail(
    dovecot: DovecotServer,
    imap_user: str,
    imap_env: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("REJECTWATCH_FIRST_SCAN_DAYS", "0")
    seed(dovecot, imap_user)
    code, report = run_cli([])
    assert (code, report["examined"]) == (0, 3)
    assert message_ids(dovecot, imap_user, "INBOX") == []


def test_days_and_since_are_checked(capsys: pytest.CaptureFixture[str]) -> None:
    for args in (
        ["--days", "0"],
        ["--since", "last week"],
        ["--days", "3", "--since", "2026-01-01"],
    ):
        with pytest.raises(SystemExit) as raised:
            cli.main(["scan", *args])
        assert raised.value.code == 2
    assert "not a date" in capsys.readouterr().err


def test_a_date_header_from_no_plausible_year_is_judged_by_internaldate(
    dovecot: DovecotServer, imap_user: str, tmp_path: Path
) -> None:
    """A Date header of year 9999 made a year-old rejection look new (drafted, and the CRM
    recorded it as received in 9999); one of year 0201 went into the CRM as such. Both now
    count as undated, as an unreadable Date does: the draft age goes by INTERNALDATE and the
    CRM's date is never absurd."""
    old = NOW - timedelta(days=400)
    for mid, header, when in (
        ("<year-9999@t>", "Fri, 31 Dec 9999 23:59:59 +0000", old),
        ("<year-0201@t>", "Mon, 3 Jun 0201 10:00:00 +0000", NOW - timedelta(days=1)),
    ):
        raw = make_message("REJECT Your application", REJECTION, "d@tidewater.example", None, mid)
        raw = raw.replace(
            next(line for line in raw.split(b"\r\n") if line.startswith(b"Date:")),
            b"Date: " + header.encode(),
        )
        append_dated(dovecot, imap_user, raw, when)
    store = Store(tmp_path / "s.sqlite3")
    config = ScanConfig(account=imap_user, draft_max_age_days=14)
    scan = Scanner(dovecot.mailbox(imap_user), KeywordModel(), store, config, parallel=False)  # type: ignore[arg-type]
    report = scan.scan()
    by_id = {o.message_id: o for o in report.outcomes}
    assert by_id["<year-9999@t>"].action == by_id["<year-0201@t>"].action == "file"
    assert by_id["<year-9999@t>"].too_old  # received 400 days ago, whatever its Date says
    assert not by_id["<year-9999@t>"].drafted
    assert not by_id["<year-0201@t>"].too_old  # received yesterday
    assert by_id["<year-0201@t>"].drafted
    received = {r["message_id"]: r["received"] for r in store.rejections(imap_user)}
    assert set(received) == set(by_id)
    # the CRM's date is when the server received each (INTERNALDATE), to the second
    assert received == {
        "<year-9999@t>": old.replace(microsecond=0).isoformat(),
        "<year-0201@t>": (NOW - timedelta(days=1)).replace(microsecond=0).isoformat(),
    }


def test_a_rejection_without_a_date_header_is_recorded_as_received_by_the_server(
    dovecot: DovecotServer, imap_user: str, tmp_path: Path
) -> None:
    """With no Date header, the CRM row's date was the scan's clock, which says when the
    scan ran, not when the rejection came. It is now the message's INTERNALDATE."""
    arrived = datetime(2026, 3, 4, 9, 30, 15, tzinfo=timezone(timedelta(hours=2)))
    append_undated(dovecot, imap_user, "<nd@t>", arrived)
    store = Store(tmp_path / "s.sqlite3")
    scan = scanner(dovecot, imap_user, store, 365)
    scan.clock = lambda: datetime(2026, 11, 30, 12, 0, tzinfo=UTC)  # the scan runs much later
    report = scan.scan(since=arrived.date())
    assert [(o.message_id, o.action) for o in report.outcomes] == [("<nd@t>", "file")]
    [row] = store.rejections(imap_user)
    assert row["received"] == "2026-03-04T07:30:15+00:00"


def test_an_undated_rejection_asks_the_server_for_its_internaldate_once(
    dovecot: DovecotServer, imap_user: str, tmp_path: Path
) -> None:
    """The draft age and the CRM date of an undated rejection both come from INTERNALDATE;
    the scan asked for it twice (once for the age, once for the CRM row). It asks once now,
    and both still hold: the old one is too old for a draft, the CRM dates are the server's."""
    arrivals = {
        "<nd-old@t>": datetime(2025, 1, 2, 8, 0, 5, tzinfo=UTC),
        "<nd-new@t>": datetime(2026, 11, 29, 16, 45, 0, tzinfo=UTC),
    }
    for mid, arrived in arrivals.items():
        append_undated(dovecot, imap_user, mid, arrived)
    mailbox = dovecot.mailbox(imap_user)
    asked: list[str] = []  # each FETCH command sent that names INTERNALDATE
    wire = mailbox.client._imap
    send = wire._command

    def counting(name: str, *args: object) -> object:
        if name.upper() in {"FETCH", "UID"} and "INTERNALDATE" in repr(args).upper():
            asked.append(repr(args))
        return send(name, *args)

    wire._command = counting
    config = ScanConfig(account=imap_user, first_scan_days=0, draft_max_age_days=14)
    scan = Scanner(mailbox, KeywordModel(), Store(tmp_path / "s.sqlite3"), config, parallel=False)  # type: ignore[arg-type]
    scan.clock = lambda: datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
    store = scan.store
    report = scan.scan()
    by_id = {o.message_id: o for o in report.outcomes}
    assert {m: o.action for m, o in by_id.items()} == dict.fromkeys(arrivals, "file")
    assert by_id["<nd-old@t>"].too_old
    assert not by_id["<nd-old@t>"].drafted
    assert by_id["<nd-new@t>"].drafted
    assert not by_id["<nd-new@t>"].too_old
    received = {r["message_id"]: r["received"] for r in store.rejections(imap_user)}
    assert received == {m: a.isoformat() for m, a in arrivals.items()}
    assert len(asked) == len(arrivals), asked  # one INTERNALDATE look-up per message


@pytest.mark.parametrize("max_age", [None, 14])
def test_a_dry_run_asks_for_internaldate_only_for_the_draft_age(
    dovecot: DovecotServer, imap_user: str, tmp_path: Path, max_age: int | None
) -> None:
    """A dry run writes no CRM row, so an undated rejection's INTERNALDATE is wanted only to
    tell whether it is too old for a draft: without draft_max_age_days it is not asked."""
    append_undated(dovecot, imap_user, "<d@t>", datetime(2025, 1, 2, 8, 0, 5, tzinfo=UTC))
    mailbox = dovecot.mailbox(imap_user)
    asked: list[int] = []
    real = mailbox.internal_date

    def internal_date(uid: int) -> datetime | None:
        asked.append(uid)
        return real(uid)

    mailbox.internal_date = internal_date  # type: ignore[method-assign]
    config = ScanConfig(account=imap_user, first_scan_days=0, draft_max_age_days=max_age)
    scan = Scanner(mailbox, KeywordModel(), Store(tmp_path / "s.sqlite3"), config, parallel=False)  # type: ignore[arg-type]
    scan.clock = lambda: datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
    [outcome] = scan.scan(dry_run=True).outcomes
    assert outcome.action == "file"
    assert outcome.too_old == (max_age is not None)  # received long before the scan
    assert outcome.drafted == (max_age is None)
    assert len(asked) == (0 if max_age is None else 1)
