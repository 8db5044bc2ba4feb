"""The daemon as a user runs it: a real `rejectwatch run` process against the suite's Dovecot."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from email import message_from_bytes
from email.policy import default
from pathlib import Path

import pytest

from mailgen import make_message
from rejectwatch.pipeline.daemon import Backoff, heartbeat_age
from rejectwatch.testing.dovecot import DovecotServer

REJECTION = make_message(
    "Your application to Fernhill Analytics",
    "Dear Sam,\n\nThank you for your interest in the Junior Data Engineer position at Fernhill "
    "Analytics. After careful consideration, we regret to inform you that we will not be "
    "moving forward with your application. We appreciate the time you invested and wish you "
    "every success in your job search.\n\nBest regards,\nMaya Chen\nTalent Acquisition",
    "Maya Chen <maya.chen@fernhill.example>",
    message_id="<daemon-1@fernhill.example>",
)


def wait_for(condition: Callable[[], bool], timeout: float) -> float | None:
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if condition():
            return time.monotonic() - started
        time.sleep(0.1)
    return None


def folder_ids(server: DovecotServer, user: str, folder: str) -> list[str]:
    try:
        return [
            message_from_bytes(r, policy=default)["Message-ID"]
            for r in server.list_folder(user, folder)
        ]
    except Exception:
        return []


@pytest.fixture
def daemon_process(
    imap_env: dict[str, str], tmp_path: Path
) -> Iterator[Callable[..., subprocess.Popen[bytes]]]:
    started: list[subprocess.Popen[bytes]] = []

    def start(*extra: str) -> subprocess.Popen[bytes]:
        env = {**os.environ, **imap_env}
        log = (tmp_path / f"daemon-{len(started)}.log").open("wb")
        proc = subprocess.Popen(
            [sys.executable, "-m", "rejectwatch", "run", "--interval", "300", *extra],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        started.append(proc)
        return proc

    yield start
    for proc in started:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def daemon_log(tmp_path: Path) -> str:
    return "\n".join(p.read_text(errors="replace") for p in sorted(tmp_path.glob("daemon-*.log")))


@pytest.mark.imap
@pytest.mark.slow
def test_new_mail_is_filed_via_idle_and_sigterm_exits_cleanly(
    dovecot: DovecotServer,
    imap_user: str,
    daemon_process,
    tmp_path: Path,
    imap_env: dict[str, str],
) -> None:
    proc = daemon_process()
    heartbeat = Path(imap_env["REJECTWATCH_DATA_DIR"]) / "heartbeat"
    assert wait_for(heartbeat.exists, 30), daemon_log(tmp_path)
    assert wait_for(lambda: "idle" in daemon_log(tmp_path).lower(), 10) is not None
    time.sleep(1.5)  # let the listener enter IDLE

    dovecot.append(imap_user, "INBOX", [REJECTION])
    latency = wait_for(
        lambda: folder_ids(dovecot, imap_user, "Rejections") == ["<daemon-1@fernhill.example>"],
        60,
    )
    # The poll interval is 300 s: anything well below it means IDLE (or the daemon's 5 s probe,
    # while IDLE is unproven) triggered the scan; test_slow_idle.py tells the two apart.
    assert latency is not None, daemon_log(tmp_path)
    assert latency < 60
    print(f"new mail filed {latency:.2f} s after delivery")
    drafts = dovecot.list_folder(imap_user, "Drafts")
    assert len(drafts) == 1
    assert message_from_bytes(drafts[0], policy=default)["In-Reply-To"] == (
        "<daemon-1@fernhill.example>"
    )
    age = heartbeat_age(heartbeat)
    assert age is not None
    assert age < 60

    started = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=10) == 0
    print(f"stopped {time.monotonic() - started:.2f} s after SIGTERM")
    assert "daemon.stopped" in daemon_log(tmp_path)


@pytest.mark.imap
@pytest.mark.slow
def test_daemon_recovers_after_server_restart(
    dovecot_factory,
    imap_user: str,
    daemon_process,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    imap_env: dict[str, str],
) -> None:
    server = dovecot_factory()
    imap_env["REJECTWATCH_IMAP_PORT"] = str(server.port)
    proc = daemon_process()
    heartbeat = Path(imap_env["REJECTWATCH_DATA_DIR"]) / "heartbeat"
    assert wait_for(heartbeat.exists, 30), daemon_log(tmp_path)
    server.restart(down_seconds=3)
    server.append(imap_user, "INBOX", [REJECTION])
    latency = wait_for(
        lambda: folder_ids(server, imap_user, "Rejections") == ["<daemon-1@fernhill.example>"],
        90,
    )
    assert latency is not None, daemon_log(tmp_path)
    assert len(server.list_folder(imap_user, "Drafts")) == 1
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=10) == 0


def test_backoff_grows_with_jitter_and_is_capped() -> None:
    backoff = Backoff(base=2, cap=60, rng=random.Random(1))
    delays = [backoff.next_delay() for _ in range(10)]
    assert 1 <= delays[0] <= 2
    assert all(d <= 60 for d in delays)
    assert delays[6] >= 30  # reached the cap's range
    assert len(set(delays)) == len(delays)  # jittered
    backoff.reset()
    assert backoff.next_delay() <= 2
