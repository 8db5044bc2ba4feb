"""The daemon's polls ask the watched folder's STATUS on a connection of their own: against the
suite's Dovecot, the probe answers what the server holds now, the scans' connection keeps its
selection, the probe is closed with it, and a Watcher's probe never does anything but STATUS.

Why (measured, docs/architecture.md): once a session has listed folders, Dovecot rereads the
whole maildir directory at every STATUS of a folder, about 60-70 ms of its CPU at 100,000
messages; a session that only asks STATUS gets its answer from the index."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from mailgen import make_message
from rejectwatch.mail.mailbox import ImapMailbox
from rejectwatch.pipeline.daemon import Watcher
from rejectwatch.pipeline.scan import ScanConfig, Scanner
from rejectwatch.settings import Settings, load_settings
from rejectwatch.state import Store
from rejectwatch.testing.dovecot import DovecotServer
from test_scan_resume import KeywordModel

pytestmark = pytest.mark.imap


def mail(n: int) -> bytes:
    return make_message(f"Note {n}", "Hello.", "Bob <bob@example.org>")


def test_status_on_the_probe_is_the_servers_state_now(
    dovecot: DovecotServer, imap_user: str
) -> None:
    dovecot.append(imap_user, "INBOX", [mail(1)])
    box, probe = dovecot.mailbox(imap_user), dovecot.mailbox(imap_user)
    box.connect()
    probe.connect()
    box.ask_status_on("INBOX", probe)
    try:
        selected = box.select("INBOX")
        dovecot.append(imap_user, "INBOX", [mail(2)])  # delivered meanwhile
        state = box.status("INBOX")
        assert (state.uidnext, state.messages) == (selected.uidnext + 1, 2)
        assert box.existing([1]) == {1}  # still selected: no UNSELECT on the scans' connection
        assert box.status("Sent").messages == 0  # other folders: the scans' connection
    finally:
        box.close()
    assert probe._client is None  # closed with it


class Recorder:
    """Connects as the daemon does and records, per connection, the commands it was asked."""

    def __init__(self, server: DovecotServer, user: str) -> None:
        self.server, self.user = server, user
        self.calls: list[list[str]] = []

    def __call__(self, settings: Settings) -> ImapMailbox:
        calls: list[str] = []
        self.calls.append(calls)
        box = self.server.mailbox(self.user)
        box.connect()
        for name in ("status", "select", "folder_exists", "sent_folder", "special_folder"):
            real = getattr(box, name)

            def recorded(*args: Any, _real: Any = real, _name: str = name, **kw: Any) -> Any:
                calls.append(f"{_name} {args[0] if args else ''}".strip())
                return _real(*args, **kw)

            setattr(box, name, recorded)
        return box


def test_a_watchers_probe_only_ever_asks_status(
    dovecot: DovecotServer, imap_user: str, tmp_path: Path
) -> None:
    dovecot.append(imap_user, "INBOX", [make_message("REJECT 1", "No.", "jane@acme.example")])
    # its own state directory: a watcher's heartbeat must never land in the user's real one
    settings = load_settings(imap_port=dovecot.port, batch_size=2, data_dir=tmp_path / "state")
    store = Store(tmp_path / "s.sqlite3")
    config = ScanConfig(account=settings.account)

    def scan(mailbox: Any, should_stop: Any) -> Any:
        return Scanner(mailbox, KeywordModel(), store, config, parallel=False).scan()

    recorder = Recorder(dovecot, imap_user)
    watcher = Watcher(settings, store, scan=scan, connect=recorder)
    assert watcher.heartbeat_path.is_relative_to(tmp_path)
    try:
        first = watcher.poll()  # files the rejection: lists folders, selects, moves
        assert first is not None
        assert first.count("file") == 1
        again = watcher.poll()  # nothing new
        assert again is not None
        assert again.nothing_new
    finally:
        watcher.close()
        store.close()
    work, probe = recorder.calls
    assert probe == ["status INBOX", "status INBOX"]  # one STATUS a poll, nothing else
    assert any(c.startswith(("folder_exists", "sent_folder", "special_folder")) for c in work)
