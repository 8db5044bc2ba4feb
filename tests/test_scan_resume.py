"""A scan interrupted between its steps is finished by the next one, never doubled.

The classifier is replaced by a keyword stub here: these tests are about the order of
operations against a real IMAP server, not about classification.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from email import message_from_bytes
from email.policy import default
from pathlib import Path
from typing import Any

import pytest

from mailgen import make_message
from rejectwatch.errors import MailboxError
from rejectwatch.mail.mailbox import ImapMailbox
from rejectwatch.model.classifier import Document
from rejectwatch.pipeline.scan import ScanConfig, Scanner
from rejectwatch.state import DONE, DRAFTED, PLANNED, Store
from rejectwatch.testing.dovecot import DovecotServer


@dataclass
class KeywordModel:
    """Scores 0.99 when the subject says REJECT, 0.6 for MAYBE, else 0.01."""

    filing_threshold: float = 0.9
    review_threshold: float = 0.5

    def scores(self, docs: Sequence[Document]) -> list[float]:
        return [
            0.99 if "REJECT" in d.subject else 0.6 if "MAYBE" in d.subject else 0.01 for d in docs
        ]

    def label(self, score: float) -> str:
        return "rejection" if score >= self.filing_threshold else "not_rejection"


class Crash(Exception):  # noqa: N818 - reads as what it simulates
    pass


class CrashingMailbox:
    """Delegates to a real mailbox but raises right after the nth call of one method."""

    def __init__(self, inner: ImapMailbox, crash_on: str, nth: int) -> None:
        self._inner = inner
        self._crash_on = crash_on
        self._left = nth

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._inner, name)
        if name != self._crash_on:
            return attr

        def crash_after(*args: Any, **kwargs: Any) -> Any:
            result = attr(*args, **kwargs)  # the step really happens on the server
            self._left -= 1
            if self._left == 0:
                raise Crash(name)
            return result

        return crash_after


def connect(server: DovecotServer, user: str) -> ImapMailbox:
    return server.mailbox(user)


def message_ids(server: DovecotServer, user: str, folder: str) -> list[str]:
    try:
        raws = server.list_folder(user, folder)
    except Exception:
        return []
    return [message_from_bytes(r, policy=default)["Message-ID"] for r in raws]


@pytest.fixture
def seeded(dovecot: DovecotServer, imap_user: str) -> list[str]:
    msgs = [
        make_message(
            f"REJECT {i}",
            "We will not proceed.",
            f"Recruiter {i} <r{i}@co{i}.example>",
            message_id=f"<rej-{i}@test>",
        )
        for i in range(3)
    ]
    msgs.append(
        make_message("Lunch?", "Tacos at noon?", "friend@example.test", message_id="<ham@test>")
    )
    msgs.append(make_message("MAYBE", "Hmm.", "someone@example.test", message_id="<maybe@test>"))
    dovecot.append(imap_user, "INBOX", msgs)
    return [f"<rej-{i}@test>" for i in range(3)]


@pytest.mark.imap
@pytest.mark.parametrize(
    ("crash_on", "nth"),
    [
        ("select", 2),  # Drafts selected, nothing appended yet
        ("append", 1),  # one draft saved
        ("append", 3),  # all drafts saved, nothing moved
        ("move", 1),  # moved on the server, not yet recorded
    ],
)
def test_crash_between_steps_is_finished_once(
    dovecot: DovecotServer,
    imap_user: str,
    seeded: list[str],
    tmp_path: Path,
    crash_on: str,
    nth: int,
) -> None:
    store = Store(tmp_path / "state.sqlite3")
    config = ScanConfig(account=f"{imap_user}@test")
    mailbox = connect(dovecot, imap_user)
    crashing = CrashingMailbox(mailbox, crash_on, nth)
    with pytest.raises(Crash):
        Scanner(crashing, KeywordModel(), store, config).scan()  # type: ignore[arg-type]
    states = {e.state for e in store.open_entries(config.account)}
    assert states <= {PLANNED, DRAFTED}
    assert states  # the crash left work unfinished

    report = Scanner(mailbox, KeywordModel(), store, config).scan()  # type: ignore[arg-type]
    assert report.resumed >= 1
    assert store.open_entries(config.account) == []
    assert sorted(message_ids(dovecot, imap_user, "Rejections")) == sorted(seeded)
    # The uncertain one is never moved: it stays in the inbox (marked, queued for review).
    assert message_ids(dovecot, imap_user, "INBOX") == ["<ham@test>", "<maybe@test>"]
    assert message_ids(dovecot, imap_user, "Rejections.Review") == []
    drafts = [
        message_from_bytes(r, policy=default) for r in dovecot.list_folder(imap_user, "Drafts")
    ]
    assert sorted(d["In-Reply-To"] for d in drafts) == sorted(seeded)
    assert len(store.rejections()) == 3

    # And again: nothing left to do.
    again = Scanner(mailbox, KeywordModel(), store, config).scan()  # type: ignore[arg-type]
    assert again.nothing_new
    assert len(dovecot.list_folder(imap_user, "Drafts")) == 3
    assert {
        e.state for e in (store.ledger_entry(config.account, k) for k in seeded) if e is not None
    } == {DONE}
    mailbox.close()


@pytest.mark.imap
def test_lost_connection_surfaces_as_mailbox_error_and_nothing_is_lost(
    dovecot_factory, imap_user: str, tmp_path: Path
) -> None:
    server = dovecot_factory()
    server.append(
        imap_user, "INBOX", [make_message("REJECT x", "no", "a@b.example", message_id="<x@test>")]
    )
    mailbox = connect(server, imap_user)
    server.stop()
    store = Store(tmp_path / "s.sqlite3")
    with pytest.raises(MailboxError):
        Scanner(mailbox, KeywordModel(), store, ScanConfig(account="a")).scan()  # type: ignore[arg-type]


@pytest.mark.imap
def test_empty_poll_does_not_select(
    dovecot: DovecotServer, imap_user: str, seeded: list[str], tmp_path: Path
) -> None:
    store = Store(":memory:")
    config = ScanConfig(account="acct")
    mailbox = connect(dovecot, imap_user)
    Scanner(mailbox, KeywordModel(), store, config).scan()  # type: ignore[arg-type]
    calls: list[str] = []

    class Counting:
        def __getattr__(self, name: str) -> Any:
            calls.append(name)
            return getattr(mailbox, name)

    scanner = Scanner(Counting(), KeywordModel(), store, config)  # type: ignore[arg-type]
    report = scanner.scan()
    assert report.nothing_new
    # The inbox's STATUS, and Sent's (rejections await a reply), found once by its flag.
    assert calls == ["status", "sent_folder", "status"]
    calls.clear()
    assert scanner.scan().nothing_new
    assert calls == ["status", "status"]  # constant: no SELECT, SEARCH or FETCH
    mailbox.close()


@pytest.mark.imap
def test_old_review_folder_leaves_a_usable_parent_and_is_left_alone(
    dovecot: DovecotServer, imap_user: str, tmp_path: Path
) -> None:
    """A Rejections/Review made by an earlier version (before Rejections itself) makes
    Rejections a \\Noselect placeholder; filing still works, and the old folder gets nothing."""
    dovecot.append(imap_user, "Rejections.Review", [])
    dovecot.append(
        imap_user,
        "INBOX",
        [
            make_message("MAYBE", "Hmm.", "a@b.example", message_id="<m1@test>"),
            make_message("REJECT", "No.", "c@d.example", message_id="<r1@test>"),
        ],
    )
    mailbox = connect(dovecot, imap_user)
    store = Store(tmp_path / "s.sqlite3")
    Scanner(mailbox, KeywordModel(), store, ScanConfig(account="a")).scan()  # type: ignore[arg-type]
    assert message_ids(dovecot, imap_user, "Rejections.Review") == []
    assert message_ids(dovecot, imap_user, "Rejections") == ["<r1@test>"]
    assert message_ids(dovecot, imap_user, "INBOX") == ["<m1@test>"]
    mailbox.close()
