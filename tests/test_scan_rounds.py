"""How a big scan is paced, against a real Dovecot: the model loads in a thread while the first
batches are fetched, and drafts and moves are done in a few rounds, not after every batch.

The classifier is the keyword stub of test_scan_resume: these tests are about the order of
operations on the server, not about classification.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from mailgen import make_message
from rejectwatch.errors import ModelError
from rejectwatch.mail.mailbox import ImapMailbox
from rejectwatch.pipeline.scan import FLUSH_ROUNDS, ScanConfig, Scanner
from rejectwatch.state import Store
from rejectwatch.testing.dovecot import DovecotServer
from test_scan_resume import KeywordModel, message_ids

pytestmark = pytest.mark.imap

BATCH = 5


class Counting:
    """A real mailbox that counts the calls of some of its methods (the server does the work)."""

    def __init__(self, inner: ImapMailbox, after_fetch: threading.Event | None = None) -> None:
        self._inner = inner
        self.calls: dict[str, int] = {}
        self.selected: list[str] = []
        self._after_fetch = after_fetch

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._inner, name)
        if name not in ("move", "fetch", "select", "search_terms", "folder_exists"):
            return attr

        def counted(*args: Any, **kwargs: Any) -> Any:
            self.calls[name] = self.calls.get(name, 0) + 1
            if name == "select":
                self.selected.append(args[0])
            if name != "fetch":
                return attr(*args, **kwargs)
            fetched = list(attr(*args, **kwargs))
            if self._after_fetch is not None:
                self._after_fetch.set()
            return iter(fetched)

        return counted


def seed(server: DovecotServer, user: str, count: int) -> list[str]:
    """`count` messages, every fifth a rejection; returns the rejections' Message-IDs."""
    msgs, rejections = [], []
    for i in range(count):
        if i % BATCH == 2:
            mid = f"<rej-{i}@rounds.test>"
            rejections.append(mid)
            msgs.append(make_message(f"REJECT {i}", "No.", f"r{i}@co.example", message_id=mid))
        else:
            mid = f"<ham-{i}@rounds.test>"
            msgs.append(make_message(f"Hello {i}", "Hi.", "friend@example.test", message_id=mid))
    server.append(user, "INBOX", msgs)
    return rejections


def test_the_model_loads_in_a_thread_while_the_first_batches_are_fetched(
    dovecot: DovecotServer, imap_user: str, tmp_path: Path
) -> None:
    rejections = seed(dovecot, imap_user, 6 * BATCH)
    loaded_on: list[threading.Thread] = []
    fetches_before_loaded: list[int] = []
    fetched_once = threading.Event()
    box = Counting(dovecot.mailbox(imap_user), after_fetch=fetched_once)

    def load() -> KeywordModel:
        loaded_on.append(threading.current_thread())
        fetched_once.wait(30)  # the scan fetches without waiting for the model
        fetches_before_loaded.append(box.calls.get("fetch", 0))
        return KeywordModel()

    store = Store(tmp_path / "state.sqlite3")
    config = ScanConfig(account=imap_user, batch_size=BATCH)
    scanner = Scanner(box, load, store, config, parallel=False)  # type: ignore[arg-type]
    report = scanner.scan()

    assert loaded_on
    assert loaded_on[0] is not threading.main_thread()
    assert fetches_before_loaded[0] >= 1  # fetched while the model was still loading
    assert not [t for t in threading.enumerate() if t.name == "rejectwatch-model-load"]
    assert report.examined == 6 * BATCH
    assert sorted(message_ids(dovecot, imap_user, "Rejections")) == sorted(rejections)
    state = box.status("INBOX")
    assert store.last_uid(imap_user, "INBOX", state.uidvalidity) == state.uidnext - 1


def test_a_model_that_cannot_load_stops_the_scan_before_anything_is_done(
    dovecot: DovecotServer, imap_user: str, tmp_path: Path
) -> None:
    seed(dovecot, imap_user, 3 * BATCH)

    def load() -> KeywordModel:
        raise ModelError("model file does not match its card")

    store = Store(tmp_path / "state.sqlite3")
    box = dovecot.mailbox(imap_user)
    config = ScanConfig(account=imap_user, batch_size=BATCH)
    with pytest.raises(ModelError, match="does not match"):
        Scanner(box, load, store, config, parallel=False).scan()  # type: ignore[arg-type]
    assert len(dovecot.list_folder(imap_user, "INBOX")) == 3 * BATCH
    assert store.last_uid(imap_user, "INBOX", box.status("INBOX").uidvalidity) == 0
    assert store.open_entries(imap_user) == []


def test_a_big_scan_moves_in_a_few_rounds_not_after_every_batch(
    dovecot: DovecotServer, imap_user: str, tmp_path: Path
) -> None:
    batches = 4 * FLUSH_ROUNDS
    rejections = seed(dovecot, imap_user, batches * BATCH)  # one rejection in every batch
    box = Counting(dovecot.mailbox(imap_user))
    store = Store(tmp_path / "state.sqlite3")
    config = ScanConfig(account=imap_user, batch_size=BATCH)
    report = Scanner(box, KeywordModel(), store, config, parallel=False).scan()  # type: ignore[arg-type]

    assert box.calls["fetch"] >= batches
    assert box.calls["move"] <= FLUSH_ROUNDS  # was one MOVE per batch
    assert report.count("file") == len(rejections)
    assert sorted(message_ids(dovecot, imap_user, "Rejections")) == sorted(rejections)
    assert store.open_entries(imap_user) == []
    state = box.status("INBOX")
    assert store.last_uid(imap_user, "INBOX", state.uidvalidity) == state.uidnext - 1


def test_a_stopped_scan_finishes_what_it_decided_and_the_next_one_the_rest(
    dovecot: DovecotServer, imap_user: str, tmp_path: Path
) -> None:
    batches = 4 * FLUSH_ROUNDS
    rejections = seed(dovecot, imap_user, batches * BATCH)
    box = Counting(dovecot.mailbox(imap_user))
    store = Store(tmp_path / "state.sqlite3")
    config = ScanConfig(account=imap_user, batch_size=BATCH)

    def stop() -> bool:  # after 7 batches: in the middle of a round of 4
        return box.calls.get("fetch", 0) >= 7

    first = Scanner(box, KeywordModel(), store, config, parallel=False, should_stop=stop)  # type: ignore[arg-type]
    report = first.scan()
    filed = message_ids(dovecot, imap_user, "Rejections")
    assert 0 < report.examined < batches * BATCH
    assert report.count("file") == len(filed) > 0  # every decision reported was carried out
    assert store.open_entries(imap_user) == []  # nothing left half done
    state = box.status("INBOX")
    checkpoint = store.last_uid(imap_user, "INBOX", state.uidvalidity)
    assert checkpoint == report.examined  # UIDs 1..N: the checkpoint is after the last handled

    rest = Scanner(box, KeywordModel(), store, config, parallel=False).scan()  # type: ignore[arg-type]
    assert rest.examined == batches * BATCH - report.examined
    assert sorted(message_ids(dovecot, imap_user, "Rejections")) == sorted(rejections)


def test_history_look_ups_are_made_once_a_round_not_once_a_batch(
    dovecot: DovecotServer, imap_user: str, tmp_path: Path
) -> None:
    """Recent rejections that name nobody send the scan to the mailbox's history for whom to
    thank (issue 10): one SEARCH per history folder for a whole round of batches."""

    def rejection(i: int) -> bytes:  # from an ATS, signed by nobody
        return make_message(
            f"REJECT Your application to Company{i}",
            f"Thank you for applying to Company{i}. We will not proceed.",
            f"Company{i} <no-reply@company{i}.example>",
            message_id=f"<rej-{i}@rounds.test>",
            date=datetime.now(UTC),
        )

    def scan(user: str, count: int) -> tuple[int, int, list[str], int]:
        msgs = [
            rejection(i) if i % BATCH == 2 else make_message(f"Hi {i}", "Hi.", "a@example.test")
            for i in range(count)
        ]
        dovecot.append(user, "INBOX", msgs)
        box = Counting(dovecot.mailbox(user))
        store = Store(tmp_path / f"{user}.sqlite3")
        config = ScanConfig(account=user, batch_size=BATCH)
        report = Scanner(box, KeywordModel(), store, config, parallel=False).scan()  # type: ignore[arg-type]
        assert store.open_entries(user) == []
        listed = box.calls.get("folder_exists", 0)  # the history's folders, listed
        return report.count("file"), box.calls.get("search_terms", 0), box.selected, listed

    filed, one_look_up, _, _ = scan(imap_user + "-one", BATCH)  # one batch: one look-up's SEARCHes
    assert filed == 1
    assert one_look_up > 0
    batches = 4 * FLUSH_ROUNDS
    filed, searches, selected, listed = scan(imap_user, batches * BATCH)  # one in each batch
    assert filed == batches
    # was batches * one_look_up; a round may also search the Rejections folder made meanwhile
    assert searches <= 2 * FLUSH_ROUNDS * one_look_up < batches * one_look_up
    # The first round's moves created Rejections: later rounds search it too, and the folders
    # are listed again only until they hold it (not after every round's moves).
    assert "Rejections" in selected
    assert listed == 2
    assert len(message_ids(dovecot, imap_user, "Rejections")) == batches
