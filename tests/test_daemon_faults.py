"""Server faults around a running daemon, and a connection lost in the middle of a scan.

* Dovecot goes down for a few seconds while mail is delivered into the maildir: the daemon
  recovers by itself and files that mail (after having filed mail before, so its kept-open
  connection has the watched folder selected).
* A refused login is retried slowly: a handful of attempts in a window, never a tight loop.
* The connection drops mid-scan: MailboxError, the message stays where it was, the next scan
  finishes it once.
* SIGTERM in the middle of a large scan: exit 0 within 10 s, and a later scan finishes cleanly.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from email import message_from_bytes
from email.policy import default
from pathlib import Path
from typing import Any

import pytest

from mailgen import make_message
from rejectwatch.errors import MailboxError
from rejectwatch.state import Store
from rejectwatch.testing import samples
from rejectwatch.testing.dovecot import DovecotServer
from test_daemon import daemon_log, daemon_process, folder_ids, wait_for  # noqa: F401
from test_scan_resume import KeywordModel, connect

REPO = Path(__file__).resolve().parents[1]


def rejection(n: int) -> bytes:
    return make_message(
        f"Your application to Fernhill Analytics ({n})",
        "Dear Sam,\n\nThank you for your interest in the Junior Data Engineer position at "
        "Fernhill Analytics. After careful consideration, we regret to inform you that we will "
        "not be moving forward with your application. We wish you every success in your job "
        "search.\n\nBest regards,\nMaya Chen\nTalent Acquisition",
        "Maya Chen <maya.chen@fernhill.example>",
        message_id=f"<fault-{n}@fernhill.example>",
    )


def port_closed(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return False
    except OSError:
        return True


def deliver_to_maildir(server: DovecotServer, user: str, raw: bytes, name: str) -> None:
    """What an MDA does while IMAP is down: a file in the maildir's new/."""
    root = server.maildir(user)
    owner = root.stat()
    tmp, new = root / "tmp" / name, root / "new" / name
    tmp.write_bytes(raw)
    if os.geteuid() == 0:
        os.chown(tmp, owner.st_uid, owner.st_gid)
    tmp.rename(new)


@pytest.mark.imap
@pytest.mark.slow
def test_daemon_rides_out_an_outage_and_files_mail_delivered_meanwhile(
    dovecot_factory: Any,
    imap_user: str,
    daemon_process: Any,  # noqa: F811
    tmp_path: Path,
    imap_env: dict[str, str],
) -> None:
    server = dovecot_factory()
    imap_env["REJECTWATCH_IMAP_PORT"] = str(server.port)
    server.append(imap_user, "INBOX", [rejection(1)])
    proc = daemon_process()
    assert wait_for(
        lambda: folder_ids(server, imap_user, "Rejections") == ["<fault-1@fernhill.example>"], 60
    ), daemon_log(tmp_path)

    # Down for 4 s; one message is delivered straight into the maildir meanwhile.
    restart = threading.Thread(target=server.restart, kwargs={"down_seconds": 4})
    restart.start()
    assert wait_for(lambda: port_closed(server.port), 10) is not None
    deliver_to_maildir(server, imap_user, rejection(2), f"{time.time():.0f}.outage.host")
    restart.join()
    # ... and one more once it is back.
    server.append(imap_user, "INBOX", [rejection(3)])

    want = [
        "<fault-1@fernhill.example>",
        "<fault-2@fernhill.example>",
        "<fault-3@fernhill.example>",
    ]
    latency = wait_for(lambda: sorted(folder_ids(server, imap_user, "Rejections")) == want, 120)
    assert latency is not None, daemon_log(tmp_path)
    print(f"mail from the outage filed {latency:.1f} s after the server came back")
    drafts = [
        message_from_bytes(r, policy=default) for r in server.list_folder(imap_user, "Drafts")
    ]
    assert sorted(str(d["In-Reply-To"]) for d in drafts) == want
    assert proc.poll() is None  # it never died
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=10) == 0
    assert "poll.failed" in daemon_log(tmp_path) or "idle.disconnected" in daemon_log(tmp_path)


@pytest.mark.imap
@pytest.mark.slow
def test_refused_login_is_retried_slowly(
    dovecot: DovecotServer,
    imap_user: str,
    daemon_process: Any,  # noqa: F811
    tmp_path: Path,
    imap_env: dict[str, str],
) -> None:
    imap_env["REJECTWATCH_IMAP_PASSWORD"] = "not-the-password"
    proc = daemon_process("--interval", "10")  # the shortest interval there is
    window = 15.0
    assert wait_for(lambda: "refused the login" in daemon_log(tmp_path), 30), daemon_log(tmp_path)
    time.sleep(window)
    text = daemon_log(tmp_path)
    attempts = text.count("refused the login")
    # One for the scan job and one for the IDLE listener; then at least 15 minutes' wait.
    print(f"{attempts} login attempts in the first {window:.0f} s after the first refusal")
    assert 1 <= attempts <= 4, text[-3000:]
    assert "login refused" in text  # said plainly, with the server's reason
    assert "AUTHENTICATIONFAILED" in text
    assert "retry_in_seconds" in text
    assert proc.poll() is None
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=10) == 0
    assert "not-the-password" not in daemon_log(tmp_path)


class DropsConnection:
    """A real mailbox whose server is restarted (connections cut) just before one call."""

    def __init__(self, inner: Any, server: DovecotServer, before: str) -> None:
        self._inner = inner
        self._server = server
        self._before = before

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._inner, name)
        if name != self._before:
            return attr

        def dropped(*args: Any, **kwargs: Any) -> Any:
            self._server.restart()
            return attr(*args, **kwargs)

        return dropped


@pytest.mark.imap
@pytest.mark.parametrize("before", ["fetch", "append", "move"])
def test_connection_dropped_mid_scan(
    dovecot_factory: Any, imap_user: str, tmp_path: Path, before: str
) -> None:
    from rejectwatch.pipeline.scan import ScanConfig, Scanner  # noqa: PLC0415

    server = dovecot_factory()
    server.append(
        imap_user,
        "INBOX",
        [make_message("REJECT 1", "No.", "hr@co.example", message_id="<drop-1@test>")],
    )
    store = Store(tmp_path / "s.sqlite3")
    config = ScanConfig(account="acct")
    box = connect(server, imap_user)
    with pytest.raises(MailboxError):
        Scanner(DropsConnection(box, server, before), KeywordModel(), store, config).scan()  # type: ignore[arg-type]
    assert folder_ids(server, imap_user, "INBOX") == ["<drop-1@test>"]  # stayed where it was

    box = connect(server, imap_user)  # what the daemon does: a new connection
    Scanner(box, KeywordModel(), store, config).scan()  # type: ignore[arg-type]
    assert folder_ids(server, imap_user, "INBOX") == []
    assert folder_ids(server, imap_user, "Rejections") == ["<drop-1@test>"]
    assert len(server.list_folder(imap_user, "Drafts")) == 1
    assert store.open_entries("acct") == []
    box.close()
    store.close()


@pytest.mark.imap
@pytest.mark.slow
def test_sigterm_during_a_large_scan(
    dovecot: DovecotServer,
    imap_user: str,
    daemon_process: Any,  # noqa: F811
    tmp_path: Path,
    imap_env: dict[str, str],
) -> None:
    records = samples.read_records(
        [REPO / "data" / "rejections.jsonl", REPO / "data" / "ham-spamassassin.jsonl"]
    )
    raws = samples.messages(samples.pick(records, {"rejection": 500, "ham": 1500}, seed=3))
    dovecot.append(imap_user, "INBOX", raws)
    imap_env["REJECTWATCH_BATCH_SIZE"] = "50"
    proc = daemon_process()
    assert wait_for(lambda: '"message.handled"' in daemon_log(tmp_path), 120), daemon_log(tmp_path)
    started = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=10) == 0, daemon_log(tmp_path)[-3000:]
    stopped = time.monotonic() - started
    text = daemon_log(tmp_path)
    assert "scan.stopped" in text, text[-3000:]  # it really was stopped mid-scan
    assert "daemon.stopped" in text
    print(f"stopped {stopped:.2f} s after SIGTERM in the middle of a 2,000-message scan")

    # Whatever it had started is finished by the next scan, once.
    env = {**os.environ, **imap_env}
    done = subprocess.run(
        [sys.executable, "-m", "rejectwatch", "scan"],
        env=env,
        capture_output=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    seen = Counter()
    for folder in ("INBOX", "Rejections", "Rejections.Review"):
        seen.update(folder_ids(dovecot, imap_user, folder))
    assert sum(seen.values()) == len(raws)
    assert max(seen.values()) == 1
    drafts = Counter(
        str(message_from_bytes(r, policy=default)["In-Reply-To"])
        for r in dovecot.list_folder(imap_user, "Drafts")
    )
    assert max(drafts.values()) == 1
    store = Store(Path(imap_env["REJECTWATCH_DATA_DIR"]) / "state.sqlite3")
    assert store.open_entries(store.rejections()[0]["account"]) == []
    store.close()
