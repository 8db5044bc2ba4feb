"""The server matrix: the end-to-end scan and kill-safety against every server the suite starts.

Each test runs once per server of ``conftest.SERVER_KINDS`` (Dovecot 2.3, Cyrus 3.6 with "/"
and with ".", Courier-IMAP 5), through the ``imap_server`` fixture.  Nothing here names a
server: folder names come from the server's own namespace (``server.folder``), and what
rejectwatch does differently on each (MOVE or COPY + EXPUNGE, SPECIAL-USE or names, the
prefix and separator) it learns from CAPABILITY, NAMESPACE and LIST.
"""

from __future__ import annotations

import json
import os
import random
import time
from collections import Counter
from datetime import UTC, datetime
from email import message_from_bytes
from email.message import Message
from email.policy import default
from pathlib import Path

import pytest

from rejectwatch.mail.message import parse
from rejectwatch.model.classifier import Document
from rejectwatch.pipeline import wiring
from rejectwatch.settings import load_settings
from rejectwatch.state import DONE, IN_REVIEW, Store
from rejectwatch.testing.dovecot import TestServer
from serverenv import point_at
from test_crash_kill import kill_then_finish, process_groups_alive, seed_messages
from test_scan_e2e import NEVER_FILED, run_cli, seed_inbox

pytestmark = pytest.mark.imap

KILLS = 4


def parsed(raw: bytes) -> Message:
    return message_from_bytes(raw, policy=default)


def listing(server: TestServer, user: str, folder: str) -> list[bytes]:
    """The messages of a folder (user-facing name), or [] if the server has no such folder."""
    try:
        return server.list_folder(user, server.folder(folder))
    except RuntimeError:
        return []


def snapshot(server: TestServer, user: str) -> dict[str, list[bytes]]:
    folders = ("INBOX", "Rejections", "Rejections/Review", "Drafts")
    return {f: listing(server, user, f) for f in folders}


def message_ids(raws: list[bytes]) -> list[str]:
    return [str(parsed(r)["Message-ID"]) for r in raws]


def test_dry_run_scan_rescan(
    imap_server: TestServer,
    imap_user: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server = imap_server
    point_at(monkeypatch, server, imap_user, tmp_path)
    kinds = seed_inbox(server, imap_user)  # type: ignore[arg-type]
    before = snapshot(server, imap_user)

    # A dry run changes nothing on the server and writes no database.
    code, out = run_cli("scan", "--dry-run")
    assert code == 0, out
    assert snapshot(server, imap_user) == before
    assert not (tmp_path / "state" / "state.sqlite3").exists()

    started = time.monotonic()
    code, out = run_cli("scan", "--json")
    elapsed = time.monotonic() - started
    assert code == 0, out
    report = json.loads(out)
    assert report["examined"] == len(kinds)
    assert not [o for o in report["outcomes"] if o["action"] == "failed"], report["outcomes"]
    print(f"\n{server.kind}: scan of {len(kinds)} messages in {elapsed:.2f} s")
    after = snapshot(server, imap_user)

    # Nothing lost, nothing duplicated, never an invitation / offer / assessment moved.
    placed = message_ids(after["INBOX"] + after["Rejections"] + after["Rejections/Review"])
    assert Counter(placed) == Counter(list(kinds))
    filed = message_ids(after["Rejections"])
    assert {kinds[m] for m in filed} == {"rejection"}
    assert not {kinds[m] for m in message_ids(after["Rejections/Review"])} & NEVER_FILED
    assert len(filed) >= 0.8 * sum(1 for k in kinds.values() if k == "rejection")
    # Uncertain mail never leaves the inbox: tagged where the server takes the keyword,
    # else queued only; either way listed by `rejectwatch review`.
    assert after["Rejections/Review"] == []
    in_review = {o["message_id"] for o in report["outcomes"] if o["action"] == "review"}
    queue = {
        i["message_id"]: i["mark"] for i in json.loads(run_cli("review", "--format", "json")[1])
    }
    assert set(queue) == in_review
    inbox = dict(
        zip(
            message_ids(after["INBOX"]),
            server.folder_flags(imap_user, server.folder("INBOX")) if after["INBOX"] else [],
            strict=True,
        )
    )
    for message_id, mark in queue.items():
        tagged = b"$RejectwatchReview" in inbox[message_id][1]
        assert tagged == (mark == "keyword:$RejectwatchReview"), (message_id, mark)
    print(f"{server.kind}: {len(queue)} left in the inbox for review, marks {set(queue.values())}")

    # Nothing marked read, anywhere the scan looked or moved mail to.
    for folder in ("INBOX", "Rejections", "Rejections/Review"):
        flags = [] if not after[folder] else server.folder_flags(imap_user, server.folder(folder))
        assert all(b"\\Seen" not in f for _, f in flags), (folder, flags)

    # One draft per filed rejection with a reply address, present and threaded onto it.
    rows = json.loads(run_cli("rejections", "--format", "json")[1])
    assert sorted(r["message_id"] for r in rows) == sorted(filed)
    replyable = {r["message_id"] for r in rows if r["status"] != "no reply address"}
    assert {r["status"] for r in rows} <= {"draft saved", "no reply address"}
    assert replyable, rows
    drafts = [parsed(d) for d in after["Drafts"]]
    assert Counter(str(d["In-Reply-To"]) for d in drafts) == Counter(replyable)
    originals = {str(m["Message-ID"]): m for m in map(parsed, after["Rejections"])}
    for draft in drafts:
        original = originals[str(draft["In-Reply-To"])]
        assert str(draft["References"]).split()[-1] == str(original["Message-ID"])
        assert str(draft["Subject"]).lower().startswith("re: ")
        assert draft["X-Rejectwatch-Draft-For"] == original["Message-ID"]
    draft_flags = server.folder_flags(imap_user, server.folder("Drafts"))
    assert [set(f) for _, f in draft_flags] == [{b"\\Draft", b"\\Seen"}] * len(drafts)

    # The rescan finds nothing to do and changes nothing: idempotent.
    code, out = run_cli("scan", "--json")
    assert code == 0
    assert json.loads(out)["examined"] == 0
    assert snapshot(server, imap_user) == after
    assert json.loads(run_cli("rejections", "--format", "json")[1]) == rows


@pytest.mark.slow
def test_sigkill_mid_scan_loses_and_doubles_nothing(
    imap_server: TestServer,
    imap_user: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server = imap_server
    env = point_at(monkeypatch, server, imap_user, tmp_path)
    raws = seed_messages()[:60]
    seeded = message_ids(raws)
    server.append(imap_user, "INBOX", raws)

    settings = load_settings()
    model = wiring.load_model(settings)
    mails = [parse(r) for r in raws]
    scores = model.scores([Document(m.subject, m.text, m.sender_line) for m in mails])
    to_file = {
        m.message_id for m, s in zip(mails, scores, strict=True) if s >= model.filing_threshold
    }
    assert len(to_file) >= 10

    env = {**os.environ, **env, "REJECTWATCH_BATCH_SIZE": "5"}
    kills, runs, groups = kill_then_finish(env, tmp_path, KILLS, random.Random(7), 0.05)
    deadline = time.monotonic() + 20  # orphaned parse workers exit by themselves
    while (left := process_groups_alive(groups)) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not left, left

    found = {f: message_ids(listing(server, imap_user, f)) for f in ("INBOX", "Rejections")}
    found["Rejections/Review"] = message_ids(listing(server, imap_user, "Rejections/Review"))
    assert found["Rejections/Review"] == []
    assert Counter(m for ids in found.values() for m in ids) == Counter(seeded)
    assert Counter(found["Rejections"]) == Counter(to_file)

    store = Store(tmp_path / "state" / "state.sqlite3")
    try:
        rows = store.rejections()
        assert Counter(r["message_id"] for r in rows) == Counter(to_file)
        replyable = {r["message_id"] for r in rows if r["status"] != "no reply address"}
        assert {r["status"] for r in rows} <= {"draft saved", "no reply address"}
        drafts = [parsed(d) for d in listing(server, imap_user, "Drafts")]
        assert Counter(str(d["In-Reply-To"]) for d in drafts) == Counter(replyable)
        assert store.open_entries(settings.account) == []
        states = {e["message_id"]: e["state"] for e in store.db.execute("SELECT * FROM ledger")}
        assert {m for m, state in states.items() if state == DONE} == to_file
        in_review = {m for m, state in states.items() if state == IN_REVIEW}
        assert set(states) == to_file | in_review
        assert in_review <= set(found["INBOX"])  # the uncertain ones never left the inbox
    finally:
        store.close()
    print(f"\n{server.kind}: {kills} SIGKILLs in {runs} runs, then finished")


def test_a_draft_is_appended_while_the_second_connection_examines_drafts(
    imap_server: TestServer, imap_user: str
) -> None:
    """A scan reads Drafts on its second connection (the look-ups' one) and APPENDs its
    drafts on the first, where the watched folder stays selected: every server takes that
    APPEND while the other session has Drafts examined."""
    server = imap_server
    raw = (
        b"From: Sam <sam@example.test>\r\nTo: Jane <jane@acme.example>\r\n"
        b"Subject: Re: Your application\r\nMessage-ID: <draft-twin-1@example.test>\r\n"
        b"Date: Mon, 06 May 2024 10:00:00 +0000\r\n\r\nThank you.\r\n"
    )
    with server.mailbox(imap_user) as box:
        drafts = box.drafts_folder(create=True)
        assert drafts is not None
        other = box.twin()
        try:
            other.select(drafts, readonly=True)
            box.select("INBOX")
            box.append(drafts, raw, datetime.now(UTC))
            other.select(drafts, readonly=True)  # what the next scan's read finds
            found = b"".join(h for _, h in other.fetch_headers(other.uids_after(0), ["Message-ID"]))
        finally:
            other.close()
    assert b"<draft-twin-1@example.test>" in found
    assert message_ids(listing(server, imap_user, "Drafts")) == ["<draft-twin-1@example.test>"]
