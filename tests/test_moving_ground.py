"""Moving ground: the watched folder recreated (new UIDVALIDITY), mail moved or deleted by the
user while a scan runs, the rejections folder deleted. No reprocessing, no duplicate drafts, no
crash.

The scans run in-process against the suite's Dovecot with the keyword model of
test_scan_resume; the user's own actions go through a second, plain imaplib connection.
"""

from __future__ import annotations

import imaplib
from collections import Counter
from collections.abc import Callable
from email import message_from_bytes
from email.policy import default
from pathlib import Path
from typing import Any

import pytest

from mailgen import make_message
from rejectwatch.mail.mailbox import ImapMailbox
from rejectwatch.pipeline.scan import ScanConfig, Scanner
from rejectwatch.state import DONE, Store
from rejectwatch.testing.dovecot import DovecotServer
from test_scan_resume import Crash, CrashingMailbox, KeywordModel, connect


def rejection(n: int) -> bytes:
    return make_message(
        f"REJECT {n}",
        "We will not proceed.",
        f"Recruiter <r{n}@co.example>",
        message_id=f"<rej-{n}@test>",
    )


def ham(n: int) -> bytes:
    return make_message(f"Lunch {n}", "Tacos?", "friend@example.test", message_id=f"<ham-{n}@test>")


def ids(server: DovecotServer, user: str, folder: str) -> list[str]:
    try:
        raws = server.list_folder(user, folder)
    except RuntimeError:
        return []
    return [str(message_from_bytes(r, policy=default)["Message-ID"]) for r in raws]


def drafts_for(server: DovecotServer, user: str) -> Counter[str]:
    try:
        raws = server.list_folder(user, "Drafts")
    except RuntimeError:
        return Counter()
    return Counter(str(message_from_bytes(r, policy=default)["In-Reply-To"]) for r in raws)


def user_action(server: DovecotServer, user: str, action: Callable[[imaplib.IMAP4], Any]) -> None:
    """Something the user does in their mail client, on a connection of its own."""
    with server.connect(user) as imap:
        action(imap)


def uid_of(imap: imaplib.IMAP4, folder: str, message_id: str) -> bytes:
    imap.select(folder)
    typ, data = imap.uid("SEARCH", "HEADER", "Message-ID", message_id)
    assert typ == "OK"
    assert data[0], f"{message_id} not in {folder}"
    return bytes(data[0].split()[0])


def delete_message(imap: imaplib.IMAP4, folder: str, message_id: str) -> None:
    uid = uid_of(imap, folder, message_id)
    imap.uid("STORE", uid, "+FLAGS.SILENT", r"(\Deleted)")
    imap.expunge()


def move_message(imap: imaplib.IMAP4, folder: str, message_id: str, target: str) -> None:
    uid = uid_of(imap, folder, message_id)
    imap.create(target)
    typ, data = imap.uid("MOVE", uid, target)
    assert typ == "OK", data


def uidvalidity(server: DovecotServer, user: str, folder: str) -> int:
    with server.connect(user) as imap:
        typ, data = imap.status(folder, "(UIDVALIDITY)")
    assert typ == "OK"
    return int(bytes(data[0]).split(b"UIDVALIDITY ")[1].rstrip(b")"))


def recreate(server: DovecotServer, user: str, folder: str, messages: list[bytes]) -> None:
    """Delete the folder and make it again with these messages: a new UIDVALIDITY."""
    before = uidvalidity(server, user, folder)
    user_action(server, user, lambda imap: imap.delete(folder))
    server.append(user, folder, messages)
    assert uidvalidity(server, user, folder) != before


@pytest.fixture
def mailbox(dovecot: DovecotServer, imap_user: str) -> Any:
    box = connect(dovecot, imap_user)
    yield box
    box.close()


def scanner(mailbox: Any, store: Store, **config: Any) -> Scanner:
    cfg = ScanConfig(account="acct", **config)
    return Scanner(mailbox, KeywordModel(), store, cfg)  # type: ignore[arg-type]


@pytest.mark.imap
def test_watched_folder_recreated_with_the_same_mail(
    dovecot: DovecotServer, imap_user: str, mailbox: ImapMailbox, tmp_path: Path
) -> None:
    seed = [rejection(1), ham(1), rejection(2), ham(2)]
    dovecot.append(imap_user, "Jobs", seed)
    store = Store(tmp_path / "s.sqlite3")
    first = scanner(mailbox, store, watch_folder="Jobs").scan()
    assert first.count("file") == 2
    assert drafts_for(dovecot, imap_user) == Counter({"<rej-1@test>": 1, "<rej-2@test>": 1})

    # The user (or a server migration) recreates Jobs holding the same messages again,
    # the two already-filed rejections included, plus one new rejection.
    recreate(dovecot, imap_user, "Jobs", [*seed, rejection(3)])
    second = scanner(mailbox, store, watch_folder="Jobs").scan()
    assert second.count("known") == 2  # seen by Message-ID: left alone, not filed again
    assert second.count("file") == 1
    assert sorted(ids(dovecot, imap_user, "Jobs")) == sorted(
        ["<rej-1@test>", "<rej-2@test>", "<ham-1@test>", "<ham-2@test>"]
    )
    assert sorted(ids(dovecot, imap_user, "Rejections")) == [
        "<rej-1@test>",
        "<rej-2@test>",
        "<rej-3@test>",
    ]
    assert drafts_for(dovecot, imap_user) == Counter(
        {"<rej-1@test>": 1, "<rej-2@test>": 1, "<rej-3@test>": 1}
    )
    assert scanner(mailbox, store, watch_folder="Jobs").scan().nothing_new
    store.close()


@pytest.mark.imap
def test_folder_recreated_while_work_was_unfinished(
    dovecot: DovecotServer, imap_user: str, mailbox: ImapMailbox, tmp_path: Path
) -> None:
    """A crash leaves planned entries for old UIDs; the folder is then recreated: the resumed
    work finds the messages by Message-ID under their new UIDs and finishes once."""
    seed = [ham(1), rejection(1), rejection(2)]
    dovecot.append(imap_user, "Jobs", seed)
    store = Store(tmp_path / "s.sqlite3")
    crashing = CrashingMailbox(mailbox, "append", 1)  # one draft saved, nothing moved
    with pytest.raises(Crash):
        scanner(crashing, store, watch_folder="Jobs").scan()
    assert store.open_entries("acct")

    recreate(dovecot, imap_user, "Jobs", list(reversed(seed)))  # new UIDVALIDITY, new UIDs
    report = scanner(mailbox, store, watch_folder="Jobs").scan()
    assert report.resumed == 2
    assert store.open_entries("acct") == []
    assert ids(dovecot, imap_user, "Jobs") == ["<ham-1@test>"]
    assert sorted(ids(dovecot, imap_user, "Rejections")) == ["<rej-1@test>", "<rej-2@test>"]
    assert drafts_for(dovecot, imap_user) == Counter({"<rej-1@test>": 1, "<rej-2@test>": 1})
    store.close()


class UserMeddles:
    """A real mailbox, but the user acts in their own client just before one call."""

    def __init__(self, inner: ImapMailbox, before: str, nth: int, act: Callable[[], None]):
        self._inner = inner
        self._before = before
        self._left = nth
        self._act = act

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._inner, name)
        if name != self._before:
            return attr

        def meddled(*args: Any, **kwargs: Any) -> Any:
            self._left -= 1
            if self._left == 0:
                self._act()
            return attr(*args, **kwargs)

        return meddled


@pytest.mark.imap
@pytest.mark.parametrize("capabilities", [set(), {"MOVE"}], ids=["move", "copy-expunge"])
def test_mail_moved_and_deleted_by_the_user_mid_scan(
    dovecot_factory: Any, imap_user: str, tmp_path: Path, capabilities: set[str]
) -> None:
    server = dovecot_factory(disable_capabilities=capabilities)
    seed = [rejection(i) if i % 2 else ham(i) for i in range(1, 11)]  # 5 rejections, 5 ham
    server.append(imap_user, "INBOX", seed)
    store = Store(tmp_path / "s.sqlite3")
    box = connect(server, imap_user)

    def meddle() -> None:
        def act(imap: imaplib.IMAP4) -> None:
            delete_message(imap, "INBOX", "<rej-7@test>")  # a later batch, not fetched yet
            move_message(imap, "INBOX", "<rej-9@test>", "Archive")
            delete_message(imap, "INBOX", "<ham-8@test>")

        user_action(server, imap_user, act)

    # Before the second FETCH (batches of 3): the user deletes and moves later messages.
    report = scanner(UserMeddles(box, "fetch", 2, meddle), store, batch_size=3).scan()
    assert report.count("file") == 3  # 1, 3, 5 (7 deleted, 9 moved away)
    assert sorted(ids(server, imap_user, "Rejections")) == [
        "<rej-1@test>",
        "<rej-3@test>",
        "<rej-5@test>",
    ]
    assert ids(server, imap_user, "Archive") == ["<rej-9@test>"]

    # Between a draft and its move, the user deletes the message being handled.
    server.append(imap_user, "INBOX", [rejection(11), rejection(13)])

    def delete_11() -> None:
        user_action(server, imap_user, lambda imap: delete_message(imap, "INBOX", "<rej-11@test>"))

    report = scanner(UserMeddles(box, "append", 1, delete_11), store).scan()
    assert report.count("file") == 2
    assert ids(server, imap_user, "Rejections")[-1:] == ["<rej-13@test>"]
    assert "<rej-11@test>" not in ids(server, imap_user, "INBOX")
    assert store.open_entries("acct") == []

    # Nothing doubled, nothing left half done; a further scan has nothing to do.
    drafts = drafts_for(server, imap_user)
    assert max(drafts.values()) == 1
    assert set(drafts) == {
        "<rej-1@test>",
        "<rej-3@test>",
        "<rej-5@test>",
        "<rej-11@test>",
        "<rej-13@test>",
    }
    assert sorted(ids(server, imap_user, "INBOX")) == sorted(
        ["<ham-2@test>", "<ham-4@test>", "<ham-6@test>", "<ham-10@test>"]
    )
    assert scanner(box, store).scan().nothing_new
    box.close()
    store.close()


@pytest.mark.imap
def test_rejections_folder_deleted_by_the_user(
    dovecot: DovecotServer, imap_user: str, mailbox: ImapMailbox, tmp_path: Path
) -> None:
    dovecot.append(imap_user, "INBOX", [rejection(1), ham(1)])
    store = Store(tmp_path / "s.sqlite3")
    assert scanner(mailbox, store).scan().count("file") == 1
    user_action(dovecot, imap_user, lambda imap: imap.delete("Rejections"))
    assert ids(dovecot, imap_user, "Rejections") == []

    # New mail: the folder is made again; the old rejection is not filed or drafted twice.
    dovecot.append(imap_user, "INBOX", [rejection(2), rejection(1)])  # 1 comes back, too
    report = scanner(mailbox, store).scan()
    assert report.count("file") == 1
    assert report.count("known") == 1
    assert ids(dovecot, imap_user, "Rejections") == ["<rej-2@test>"]
    assert sorted(ids(dovecot, imap_user, "INBOX")) == ["<ham-1@test>", "<rej-1@test>"]
    assert drafts_for(dovecot, imap_user) == Counter({"<rej-1@test>": 1, "<rej-2@test>": 1})

    # Deleted while a rejection was between its draft and its move: made again, moved once.
    dovecot.append(imap_user, "INBOX", [rejection(3)])

    def delete_folder() -> None:
        user_action(dovecot, imap_user, lambda imap: imap.delete("Rejections"))

    report = scanner(UserMeddles(mailbox, "append", 1, delete_folder), store).scan()
    assert report.count("file") == 1
    assert ids(dovecot, imap_user, "Rejections") == ["<rej-3@test>"]
    assert max(drafts_for(dovecot, imap_user).values()) == 1
    entries = [store.ledger_entry("acct", f"<rej-{i}@test>") for i in (1, 2, 3)]
    assert all(e is not None and e.state == DONE for e in entries)
    store.close()
