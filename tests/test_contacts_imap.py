"""Whom the draft goes to, against the real Dovecot: the person from the mailbox's history.

A rejection from an applicant-tracking system (``acme@myworkday.com``) names nobody a reply
reaches; the recruiter is found in earlier mail, in Sent, or as a calendar invitation's
organiser. With nobody at all: no draft, and a LinkedIn note in the CRM. Old news: no draft.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from email.message import EmailMessage, Message
from email.policy import SMTP, default
from pathlib import Path
from typing import Any

import pytest

from mailgen import make_message
from rejectwatch.crm import contacts
from rejectwatch.crm.extract import extract
from rejectwatch.crm.linkedin import MAX_NOTE, note_length
from rejectwatch.errors import MailboxError
from rejectwatch.mail.message import parse
from rejectwatch.pipeline import history
from rejectwatch.pipeline.history import HistoryLookup
from rejectwatch.pipeline.scan import ScanConfig, Scanner
from rejectwatch.state import Store
from rejectwatch.testing.dovecot import DovecotServer, TestServer
from serverenv import point_at
from test_fetch_preview import LimitProxy
from test_scan_crm import crm_rows, run
from test_scan_resume import KeywordModel

REJECTION_ID = "<rej-wd-1@acme.myworkday.com>"
JANE_ID = "<schedule-1@acme.example>"
RECENT = datetime.now(UTC) - timedelta(days=2)


def workday_rejection(when: datetime = RECENT, sender: str = "Acme <acme@myworkday.com>") -> bytes:
    return make_message(
        "Your application to Acme - Data Analyst",
        "Dear Sam,\n\nThank you for your interest in the Data Analyst position at Acme and for "
        "the time you spent with our team. After careful consideration, we have decided to "
        "move forward with other candidates whose experience more closely matches our "
        "needs.\n\nWe wish you every success in your search.\n\nAcme Talent Acquisition",
        sender,
        to="Sam Applicant <sam@example.test>",
        message_id=REJECTION_ID,
        date=when,
    )


def jane_scheduling(when: datetime = RECENT - timedelta(days=10)) -> bytes:
    return make_message(
        "Data Analyst interview - scheduling",
        "Hi Sam,\n\nThanks for your time on the phone. Could you do Tuesday at 10:00 for the "
        "interview with our analytics lead?\n\nBest,\nJane Doe\nRecruiter, Acme",
        "Jane Doe <jane.doe@acme.example>",
        to="Sam Applicant <sam@example.test>",
        message_id=JANE_ID,
        date=when,
        extra_headers={"Cc": "Interview Team <interviews@acme.example>"},
    )


def sent_to_jane() -> bytes:
    return make_message(
        "Re: Data Analyst interview",
        "Hi Jane, Tuesday at 10:00 works for me. Best, Sam",
        "Sam Applicant <sam@example.test>",
        to="Jane Doe <jane.doe@acme.example>",
        message_id="<sent-1@example.test>",
        date=RECENT - timedelta(days=9),
    )


def drafts(server: DovecotServer, user: str) -> list[Message]:
    return [message_from_bytes(raw, policy=default) for raw in server.list_folder(user, "Drafts")]


def assert_nothing_read(server: DovecotServer, user: str, folders: tuple[str, ...]) -> None:
    for folder in folders:
        flags = server.folder_flags(user, folder)
        assert flags, f"{folder} should hold the seeded mail"
        assert all(b"\\Seen" not in f for _, f in flags), (folder, flags)


@pytest.fixture
def user_env(imap_env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    monkeypatch.setenv("REJECTWATCH_USER_NAME", "Sam Applicant")
    monkeypatch.setenv("REJECTWATCH_USER_EMAIL", "sam@example.test")
    monkeypatch.delenv("REJECTWATCH_DRAFT_MAX_AGE_DAYS")  # the default, 14 days
    return imap_env


def assert_draft_to_jane(server: DovecotServer, user: str) -> Message:
    [draft] = drafts(server, user)
    assert draft["To"].addresses[0].addr_spec == "jane.doe@acme.example"
    assert draft["To"].addresses[0].display_name == "Jane Doe"
    # Threaded under the rejection (see the commit introducing contacts.py for why).
    assert draft["In-Reply-To"] == REJECTION_ID
    assert draft["References"].split()[-1] == REJECTION_ID
    assert draft["X-Rejectwatch-Draft-For"] == REJECTION_ID
    assert draft["Subject"] == "Re: Your application to Acme - Data Analyst"
    body = draft.get_body(("plain",)).get_content()
    assert body.startswith("Hi Jane,")
    return draft


@pytest.mark.imap
def test_workday_rejection_drafts_to_the_recruiter_who_scheduled_the_interview(
    dovecot: DovecotServer, imap_user: str, user_env: dict[str, str]
) -> None:
    dovecot.append(imap_user, "INBOX", [jane_scheduling(), workday_rejection()])
    code, out = run("scan", "--json")
    assert code == 0
    report = json.loads(out)
    assert report["counts"]["file"] == 1
    assert report["drafts"] == 1
    [filed] = [o for o in report["outcomes"] if o["action"] == "file"]
    assert filed["contact_source"] == "history"
    assert report["contact_sources"] == {"history": 1}

    assert_draft_to_jane(dovecot, imap_user)
    [row] = crm_rows()
    assert row["contact_address"] == "jane.doe@acme.example"
    assert row["contact_name"] == "Jane Doe"
    assert row["contact_source"] == "history"
    assert row["contact_message_id"] == JANE_ID
    assert row["status"] == "draft saved"
    assert row["company"] == "Acme"
    # Jane's scheduling mail stays in the inbox, unread; the rejection is filed, unread.
    assert_nothing_read(dovecot, imap_user, ("INBOX", "Rejections"))


@pytest.mark.imap
def test_the_recruiter_found_in_the_users_sent_mail(
    dovecot: DovecotServer, imap_user: str, user_env: dict[str, str]
) -> None:
    dovecot.append(imap_user, "Sent", [sent_to_jane()])
    dovecot.append(imap_user, "INBOX", [workday_rejection()])
    code, out = run("scan")
    assert code == 0
    assert "-> jane.doe@acme.example (sent)" in out
    assert_draft_to_jane(dovecot, imap_user)
    [row] = crm_rows()
    assert (row["contact_source"], row["contact_message_id"]) == ("sent", "<sent-1@example.test>")
    assert_nothing_read(dovecot, imap_user, ("Sent", "Rejections"))


def calendar_invitation(
    company: str = "Acme", organizer: str = '"Jane Doe":mailto:jane.doe@\r\n acme.example'
) -> bytes:
    msg = EmailMessage(policy=SMTP)
    # Sent by a scheduling tool: the company is named only in the subject, the recruiter
    # only as the ORGANIZER of the calendar part.
    msg["From"] = "Calendly <notifications@scheduler.example>"
    msg["To"] = "sam@example.test"
    msg["Subject"] = f"Invitation: Interview: Sam Applicant / {company}"
    msg["Date"] = (RECENT - timedelta(days=12)).strftime("%a, %d %b %Y %H:%M:%S +0000")
    msg["Message-ID"] = f"<invite-{company.lower()}@scheduler.example>"
    msg.set_content("You are invited to an interview. Please do not reply to this e-mail.")
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
        "UID:interview-1@scheduler.example\r\nSUMMARY:Data Analyst interview\r\n"
        f"ORGANIZER;CN={organizer}\r\n"
        "ATTENDEE;CN=Sam Applicant:mailto:sam@example.test\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    msg.add_alternative(ics, subtype="calendar", params={"method": "REQUEST"}, cte="base64")
    return msg.as_bytes()


@pytest.mark.imap
def test_the_organiser_of_a_calendar_invitation(
    dovecot: DovecotServer, imap_user: str, user_env: dict[str, str]
) -> None:
    invite = calendar_invitation()
    part = message_from_bytes(invite, policy=default).get_body(("calendar",))
    assert part is not None
    assert "ORGANIZER" in part.get_content()  # the fixture's calendar part decodes correctly
    dovecot.append(imap_user, "INBOX", [invite, workday_rejection()])
    assert run("scan")[0] == 0
    assert_draft_to_jane(dovecot, imap_user)
    [row] = crm_rows()
    assert row["contact_source"] == "calendar"
    assert row["contact_message_id"] == "<invite-acme@scheduler.example>"
    assert_nothing_read(dovecot, imap_user, ("INBOX", "Rejections"))


@pytest.mark.imap
def test_no_reply_only_mailbox_gets_no_draft_but_a_linkedin_note(
    dovecot: DovecotServer, imap_user: str, user_env: dict[str, str]
) -> None:
    confirmation = make_message(
        "We received your application",
        "Thank you for applying for the Data Analyst position at Acme. We will review it.",
        "Acme Careers <no-reply@acme.example>",
        message_id="<conf-1@acme.example>",
        date=RECENT - timedelta(days=30),
    )
    dovecot.append(
        imap_user,
        "INBOX",
        [confirmation, workday_rejection(sender="Acme <no-reply@myworkday.com>")],
    )
    code, out = run("scan", "--json")
    assert code == 0
    assert json.loads(out)["drafts"] == 0
    assert drafts(dovecot, imap_user) == []
    [row] = crm_rows()
    assert row["contact_address"] == ""
    assert row["contact_source"] == "none"
    assert row["status"] == "no reply address"
    note = row["linkedin_note"]
    assert 0 < note_length(note) <= MAX_NOTE
    assert "Acme" in note
    assert "Data Analyst" in note
    assert note.startswith("Hello,")  # nobody's name known: never "Dear ," or "Hi ,"
    assert note.endswith("Best wishes, Sam")
    assert row["linkedin"].endswith("keywords=recruiter%20Acme")
    code, table = run("rejections")
    assert code == 0
    assert "a recruiter at Acme" in table
    assert "LinkedIn note" in table


@pytest.mark.imap
def test_old_rejection_is_filed_and_recorded_without_a_draft(
    dovecot: DovecotServer, imap_user: str, user_env: dict[str, str]
) -> None:
    def by_jane(when: datetime, ident: str) -> bytes:
        return make_message(
            "Your application for Data Analyst at Acme",
            "Hi Sam,\n\nThank you for applying for the Data Analyst role at Acme. After careful "
            "review we have decided not to move forward with your application. We wish you "
            "the best in your search.\n\nKind regards,\nJane Doe\nRecruiter, Acme",
            "Jane Doe <jane.doe@acme.example>",
            message_id=ident,
            date=when,
        )

    old = by_jane(datetime.now(UTC) - timedelta(days=40), "<old@acme.example>")
    new = by_jane(RECENT, "<new@acme.example>")
    dovecot.append(imap_user, "INBOX", [old, new])
    code, out = run("scan", "--json")
    assert code == 0
    report = json.loads(out)
    assert report["counts"]["file"] == 2
    assert report["drafts"] == 1
    assert report["too_old_for_draft"] == 1
    [draft] = drafts(dovecot, imap_user)
    assert draft["In-Reply-To"] == "<new@acme.example>"
    rows = {r["message_id"]: r for r in crm_rows()}
    assert rows["<old@acme.example>"]["status"] == "too old for a draft"
    assert rows["<old@acme.example>"]["contact_address"] == "jane.doe@acme.example"
    assert rows["<new@acme.example>"]["status"] == "draft saved"
    filed = [
        message_from_bytes(r)["Message-ID"] for r in dovecot.list_folder(imap_user, "Rejections")
    ]
    assert sorted(filed) == ["<new@acme.example>", "<old@acme.example>"]


@pytest.mark.imap
def test_old_rejection_counted_in_the_text_summary(
    dovecot: DovecotServer, imap_user: str, user_env: dict[str, str]
) -> None:
    old_jane = jane_scheduling(datetime(2024, 4, 20, tzinfo=UTC))
    rejection = workday_rejection(datetime(2024, 5, 6, tzinfo=UTC))
    dovecot.append(imap_user, "INBOX", [old_jane, rejection])
    code, out = run("scan")
    assert code == 0
    assert "1 too old for a draft" in out
    assert drafts(dovecot, imap_user) == []
    [row] = crm_rows()
    # No draft is coming, so the history is not searched: the cost stays with recent mail.
    assert (row["contact_source"], row["contact_address"]) == ("none", "")
    assert row["linkedin"].endswith("keywords=recruiter%20Acme")


@pytest.mark.imap
def test_outside_checks_get_drafts_for_old_mail_with_a_large_limit(
    dovecot: DovecotServer,
    imap_user: str,
    user_env: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("REJECTWATCH_DRAFT_MAX_AGE_DAYS", "100000")
    old_jane = jane_scheduling(datetime(2024, 4, 20, tzinfo=UTC))
    dovecot.append(imap_user, "INBOX", [old_jane])
    dovecot.append(imap_user, "INBOX", [workday_rejection(datetime(2024, 5, 6, tzinfo=UTC))])
    assert run("scan")[0] == 0
    assert_draft_to_jane(dovecot, imap_user)


@pytest.mark.imap
def test_gmail_all_mail_is_searched_when_it_exists(
    dovecot: DovecotServer, imap_user: str, user_env: dict[str, str]
) -> None:
    # Gmail keeps the scheduling thread under a label, i.e. only in All Mail here.
    dovecot.append(imap_user, "[Gmail].All Mail", [jane_scheduling()])
    dovecot.append(imap_user, "INBOX", [workday_rejection()])
    assert run("scan")[0] == 0
    assert_draft_to_jane(dovecot, imap_user)
    assert_nothing_read(dovecot, imap_user, ("[Gmail].All Mail",))


@pytest.mark.imap
def test_lookup_is_cached_per_company_and_skips_a_folder_it_cannot_read(
    dovecot: DovecotServer, imap_user: str
) -> None:
    dovecot.append(imap_user, "INBOX", [jane_scheduling()])
    restored: list[str] = []
    with dovecot.mailbox(imap_user) as box:
        box.select("INBOX")

        def restore() -> None:
            box.select("INBOX")
            restored.append("INBOX")

        lookup = HistoryLookup(
            box,
            lambda: [("No such folder", False), ("INBOX", False)],
            restore,
            ["sam@example.test"],
            selected="INBOX",  # searched first, without a new SELECT
        )
        query = contacts.Query("Acme", (), ("acme",), None)
        [jane, team] = sorted(lookup.candidates(query), key=lambda c: c.role, reverse=True)
        assert (jane.address, jane.source, jane.message_id) == (
            "jane.doe@acme.example",
            "history",
            JANE_ID,
        )
        assert team.address == "interviews@acme.example"
        assert lookup.selects == 1  # the missing folder was tried, skipped; the scan goes on
        assert restored == ["INBOX"]
        again = sorted(lookup.candidates(query), key=lambda c: c.role, reverse=True)
        assert again == [jane, team]
        assert lookup.selects == 1  # the second look-up for the company came from the cache
        assert restored == ["INBOX"]
    assert_nothing_read(dovecot, imap_user, ("INBOX",))


@pytest.mark.imap
def test_one_search_for_many_companies_and_a_non_ascii_name(
    dovecot: DovecotServer, imap_user: str
) -> None:
    nordlys = make_message("Intervju", "Hei", "Åse Berg <ase@nørdlys.example>")
    dovecot.append(imap_user, "INBOX", [jane_scheduling(), nordlys])
    with dovecot.mailbox(imap_user) as box:
        box.select("INBOX", readonly=True)
        many = [f"company{i}" for i in range(200)]  # a balanced OR: no deep nesting
        assert box.search_terms([*many, "acme"], ("FROM", "TO", "CC"), None) == [1]
        assert box.search_terms(["Åse"], ("FROM",), None) == [2]
        assert box.search_terms(["acme"], ("FROM",), datetime.now(UTC).date()) == [1]
        later = (datetime.now(UTC) + timedelta(days=2)).date()
        assert box.search_terms(["acme"], ("FROM",), later) == []
        # From/To/Cc terms and Subject words in one SEARCH (history._hits_both)
        assert box.search_terms(["acme"], ("FROM",), None, subjects=["Intervju"]) == [1, 2]
        assert box.search_terms([], ("FROM",), None, subjects=["Intervju"]) == [2]


@pytest.mark.imap
def test_a_watched_folder_other_than_the_inbox_still_finds_the_inbox(
    dovecot: DovecotServer,
    imap_user: str,
    user_env: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("REJECTWATCH_WATCH_FOLDER", "Jobs")  # e.g. a filter files ATS mail here
    dovecot.append(imap_user, "INBOX", [jane_scheduling()])
    dovecot.append(imap_user, "Jobs", [workday_rejection()])
    assert run("scan")[0] == 0
    assert_draft_to_jane(dovecot, imap_user)
    assert_nothing_read(dovecot, imap_user, ("INBOX", "Rejections"))


def ats_rejection(company: str, ident: str) -> bytes:
    return make_message(
        f"Your application to {company} - Data Analyst",
        f"Dear Sam,\n\nThank you for your interest in the Data Analyst position at {company}. "
        "After careful consideration, we have decided to move forward with other candidates "
        "whose experience more closely matches our needs.\n\nWe wish you every success in "
        f"your search.\n\n{company} Talent Acquisition",
        f"{company} <{company.lower()}@myworkday.com>",
        message_id=ident,
        date=RECENT,
    )


def test_three_companies_three_sources_on_every_server(
    imap_server: TestServer,
    imap_user: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """One batch, one look-up for three companies: from history, Sent and a calendar."""
    server = imap_server
    point_at(monkeypatch, server, imap_user, tmp_path)  # the user is sam@example.org
    sent = make_message(
        "Following up: Data Analyst application",
        "Hi Bob, just following up. Best, Sam",
        "Sam Applicant <sam@example.org>",
        to="Bob Roe <bob.roe@globex.example>",
        message_id="<sent-globex@example.org>",
        date=RECENT - timedelta(days=9),
    )
    invite = calendar_invitation("Initech", "Peter Gibbons:mailto:peter.gibbons@initech.example")
    server.append(imap_user, server.folder("Sent"), [sent])
    server.append(
        imap_user,
        "INBOX",
        [
            jane_scheduling(),
            invite,
            ats_rejection("Acme", "<rej-acme@x>"),
            ats_rejection("Globex", "<rej-globex@x>"),
            ats_rejection("Initech", "<rej-initech@x>"),
        ],
    )
    code, out = run("scan", "--json")
    assert code == 0, out
    by_id = {o["message_id"]: o for o in json.loads(out)["outcomes"]}
    assert by_id["<rej-acme@x>"]["contact_address"] == "jane.doe@acme.example"
    assert by_id["<rej-acme@x>"]["contact_source"] == "history"
    assert by_id["<rej-globex@x>"]["contact_address"] == "bob.roe@globex.example"
    assert by_id["<rej-globex@x>"]["contact_source"] == "sent"
    assert by_id["<rej-initech@x>"]["contact_address"] == "peter.gibbons@initech.example"
    assert by_id["<rej-initech@x>"]["contact_source"] == "calendar"
    drafts_to = sorted(
        message_from_bytes(raw, policy=default)["To"].addresses[0].addr_spec
        for raw in server.list_folder(imap_user, server.folder("Drafts"))
    )
    assert "jane.doe@acme.example" in drafts_to
    assert drafts_to == [
        "bob.roe@globex.example",
        "jane.doe@acme.example",
        "peter.gibbons@initech.example",
    ]
    for folder in ("INBOX", "Sent"):
        flags = server.folder_flags(imap_user, server.folder(folder))
        assert flags
        assert all(b"\\Seen" not in f for _, f in flags), (folder, flags)


class AcmeModel(KeywordModel):
    """Files "REJECT ..." mail; the company comes from extract (the display name "Acme")."""


@pytest.mark.imap
@pytest.mark.parametrize("refuse_from", [1, 2, 3])  # the first scan makes 3 FETCHes
def test_a_download_limit_during_a_look_up_stops_the_scan_cleanly(
    dovecot: DovecotServer, imap_user: str, tmp_path: Path, refuse_from: int
) -> None:
    """Gmail refusing FETCH, wherever it happens (the scan's or the look-up's): the scan
    stops cleanly, and the next one files every rejection once, with its draft to Jane."""
    rejections = [
        make_message(f"REJECT {n}", "Text.", "Acme <acme@myworkday.com>", message_id=f"<r{n}@t>")
        for n in range(3)
    ]
    dovecot.append(imap_user, "INBOX", [jane_scheduling(), *rejections])
    store = Store(tmp_path / "s.sqlite3")
    cfg = ScanConfig(account=imap_user, batch_size=2)
    proxy = LimitProxy(dovecot, refuse_from=refuse_from)
    box = proxy.mailbox(imap_user)
    try:
        first = Scanner(box, AcmeModel(), store, cfg, parallel=False).scan()  # type: ignore[arg-type]
    finally:
        box.close()  # log out before the proxy goes: no connection reset in its threads
        proxy.close()
    assert "bandwidth limits" in first.stopped
    Scanner(dovecot.mailbox(imap_user), AcmeModel(), store, cfg, parallel=False).scan()  # type: ignore[arg-type]
    filed = sorted(
        message_from_bytes(r)["Message-ID"] for r in dovecot.list_folder(imap_user, "Rejections")
    )
    assert filed == ["<r0@t>", "<r1@t>", "<r2@t>"]
    drafts_for = sorted(d["X-Rejectwatch-Draft-For"] for d in drafts(dovecot, imap_user))
    assert drafts_for == filed  # one each, never two
    assert {d["To"].addresses[0].addr_spec for d in drafts(dovecot, imap_user)} == {
        "jane.doe@acme.example"
    }


@pytest.mark.imap
def test_a_folder_that_found_too_many_is_asked_the_two_searches_apart_with_the_same_hits(
    dovecot: DovecotServer, imap_user: str
) -> None:
    """One SEARCH for From/To/Cc and Subject together answers only when it finds no more than
    cap/2; a folder where it found more (a big inbox, round after round) is asked the two
    apart at once the next time: one SEARCH fewer, the same people found."""

    def mail(company: str, i: int) -> bytes:
        return make_message(
            f"{company} update {i}",
            "News.",
            f"Person {i} <p{i}@{company.lower()}.example>",
            to="Sam Applicant <sam@example.test>",
            message_id=f"<{company}-{i}@t>",
            date=RECENT - timedelta(days=i % 30),
        )

    many = history.MAX_HITS  # more than cap/2 for a look-up of one company
    dovecot.append(
        imap_user, "INBOX", [mail(c, i) for c in ("Acme", "Globex") for i in range(many)]
    )

    def look_up(companies: list[str], *, fresh_each: bool) -> tuple[list[list[Any]], int]:
        with dovecot.mailbox(imap_user) as box:
            box.select("INBOX")
            searches = 0
            search = box.search_terms

            def counted(*args: Any, **kwargs: Any) -> list[int]:
                nonlocal searches
                searches += 1
                return search(*args, **kwargs)

            box.search_terms = counted  # type: ignore[method-assign]
            found, lookup = [], None
            for company in companies:
                if lookup is None or fresh_each:
                    lookup = HistoryLookup(
                        box, lambda: [("INBOX", False)], lambda: None, [], selected="INBOX"
                    )
                query = contacts.Query(
                    company, (f"{company.lower()}.example",), (company.lower(),), None
                )
                found.append(sorted(c.message_id for c in lookup.candidates(query)))
            return found, searches

    apart, asked_apart = look_up(["Acme", "Globex"], fresh_each=False)
    alone, asked_alone = look_up(["Acme", "Globex"], fresh_each=True)
    assert apart == alone  # the same people, however they were asked
    assert len(apart[0]) == len(apart[1]) == many
    assert asked_alone == 2 * 3  # each: the one SEARCH, then the two apart
    assert asked_apart == 3 + 2  # the second look-up skipped the one SEARCH


class SelectLog:
    """Delegates to a real mailbox and notes the folders it selects."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner
        self.selected: list[str] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def select(self, folder: str, *, readonly: bool = False) -> Any:
        self.selected.append(folder)
        return self._inner.select(folder, readonly=readonly)


@pytest.mark.imap
@pytest.mark.parametrize("second_opens", [True, False])
def test_other_folders_are_looked_up_on_a_second_connection(
    dovecot: DovecotServer, imap_user: str, tmp_path: Path, second_opens: bool
) -> None:
    """The look-ups of whom to thank examine Sent (and the other history folders) on a second
    connection, so the watched folder is selected once a scan, never again after a round of
    look-ups; when the second connection cannot be opened, the one connection does it all,
    re-selecting the watched folder after each round. The same draft either way."""
    dovecot.append(imap_user, "Sent", [sent_to_jane()])
    dovecot.append(
        imap_user, "INBOX", [make_message("REJECT 1", "Text.", "Acme <acme@myworkday.com>")]
    )
    store = Store(tmp_path / "s.sqlite3")
    cfg = ScanConfig(account=imap_user, sent_folder="Sent", drafts_folder="Drafts")
    main = SelectLog(dovecot.mailbox(imap_user))
    opened: list[SelectLog] = []

    def second() -> Any:
        if not second_opens:
            raise MailboxError("too many connections (a server's limit)")
        opened.append(SelectLog(main.twin()))
        return opened[-1]

    try:
        scanner = Scanner(main, AcmeModel(), store, cfg, parallel=False, second=second)  # type: ignore[arg-type]
        report = scanner.scan()
    finally:
        main.close()
    [filed] = [o for o in report.outcomes if o.action == "file"]
    assert (filed.contact_source, filed.contact_address) == ("sent", "jane.doe@acme.example")
    [draft] = drafts(dovecot, imap_user)
    assert draft["To"].addresses[0].addr_spec == "jane.doe@acme.example"
    if second_opens:
        [other] = opened
        assert "Sent" in other.selected
        assert "INBOX" not in other.selected
        # Drafts read once, on the second connection too: the main connection selects the
        # watched folder once and keeps it (the draft was APPENDed there meanwhile)
        assert other.selected.count("Drafts") == 1
        assert main.selected == ["INBOX"]
        assert other._inner._client is None  # logged out at the end of the scan
    else:
        assert not opened
        at = main.selected.index("Sent")
        assert "INBOX" in main.selected[at:]  # the watched folder selected again after it
        at = main.selected.index("Drafts")
        assert main.selected[at + 1] == "INBOX"  # and left before the APPEND to Drafts
    assert_nothing_read(dovecot, imap_user, ("Sent", "Rejections"))


@pytest.mark.imap
def test_outside_a_scan_the_look_ups_stay_on_the_one_connection(
    dovecot: DovecotServer, imap_user: str, tmp_path: Path
) -> None:
    """`review confirm` plans a filing outside a scan: its look-up of whom to thank opens no
    second connection (nothing would close it), and finds Jane in Sent all the same."""
    dovecot.append(imap_user, "Sent", [sent_to_jane()])
    dovecot.append(imap_user, "INBOX", [workday_rejection()])
    store = Store(tmp_path / "s.sqlite3")
    cfg = ScanConfig(account=imap_user, sent_folder="Sent", drafts_folder="Drafts")
    opened: list[str] = []

    def second() -> Any:
        opened.append("second")
        raise AssertionError("no second connection outside a scan")

    with dovecot.mailbox(imap_user) as box:
        state = box.select("INBOX")
        mail = parse(workday_rejection())
        scanner = Scanner(box, AcmeModel(), store, cfg, parallel=False, second=second)  # type: ignore[arg-type]
        _, record, draft = scanner.plan_filing(
            REJECTION_ID, mail, extract(mail), 0.99, uidvalidity=state.uidvalidity, uid=1
        )
    assert opened == []
    assert (record.contact_source, record.contact_address) == ("sent", "jane.doe@acme.example")
    assert b"jane.doe@acme.example" in draft
