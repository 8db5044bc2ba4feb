"""A server that refuses a draft or a move: that message's failure, never the scan's.

The refusals are real: a Dovecot whose global ACL takes the insert right away from Drafts
(APPEND refused) or from Rejections (MOVE refused), answered ``NO [NOPERM]``. The message
stays where it was, the scan goes on, the CRM says what really happened, the failure is
retried on every scan, shows in ``status`` and, once repeated, fails ``health``; when the
server accepts again the next scan finishes the job without doubling anything.
"""

from __future__ import annotations

import json
import signal
import time
from collections.abc import Callable
from email import message_from_bytes
from email.policy import default
from pathlib import Path
from typing import Any

import pytest

from rejectwatch.settings import load_settings
from rejectwatch.state import Store
from rejectwatch.testing.dovecot import DovecotServer
from serverenv import daemon, point_at
from test_scan_e2e import hand_written, run_cli

pytestmark = pytest.mark.imap

REJECTIONS = ("<hand-1@nordlys.example>", "<hand-4@tidewaterlabs.example>")
INTERVIEW = "<hand-2@quillfeather.example>"


def seed(server: DovecotServer, user: str) -> None:
    wanted = {*REJECTIONS, INTERVIEW}
    raws = [raw for raw, _ in hand_written() if _mid(raw) in wanted]
    assert len(raws) == 3
    server.append(user, "INBOX", raws)


def parsed(raw: bytes) -> Any:
    return message_from_bytes(raw, policy=default)


def _mid(raw: bytes) -> str:
    return str(parsed(raw)["Message-ID"])


def ids(server: DovecotServer, user: str, folder: str) -> list[str]:
    try:
        return sorted(_mid(r) for r in server.list_folder(user, folder))
    except RuntimeError:
        return []


def events(err: str, name: str) -> list[dict[str, Any]]:
    out = []
    for line in err.splitlines():
        if line.startswith("{") and f'"{name}"' in line:
            out.append(json.loads(line))
    return out


def crm_statuses() -> dict[str, str]:
    rows = json.loads(run_cli("rejections", "--format", "json")[1])
    return {r["message_id"]: r["status"] for r in rows}


def wait_for(condition: Callable[[], bool], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


@pytest.mark.slow
def test_refused_draft_leaves_the_message_and_is_retried_until_accepted(
    dovecot_factory: Callable[..., DovecotServer],
    imap_user: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    server = dovecot_factory(read_only_folders={"Drafts"})
    env = point_at(monkeypatch, server, imap_user, tmp_path)
    seed(server, imap_user)

    code, out = run_cli("scan", "--json")
    err = capsys.readouterr().err
    assert code == 0, err
    outcomes = {o["message_id"]: o for o in json.loads(out)["outcomes"]}
    assert {m: outcomes[m]["action"] for m in outcomes} == {
        REJECTIONS[0]: "failed",
        REJECTIONS[1]: "failed",
        INTERVIEW: "keep",
    }
    assert all("NOPERM" in outcomes[m]["detail"] for m in REJECTIONS)
    # Logged with context: uid, Message-ID, folder, step and the server's own words.
    failed = events(err, "message.failed")
    assert sorted(e["message_id"] for e in failed) == sorted(REJECTIONS)
    for event in failed:
        assert event["folder"] == "INBOX"
        assert event["step"] == "draft"
        assert event["uid"] > 0
        assert "Permission denied" in event["error"]
        assert event["left_in_place"] is True
    assert not [e for e in events(err, "message.handled") if e["message_id"] in REJECTIONS]

    # Nothing moved, no draft, and the CRM does not claim one.
    assert ids(server, imap_user, "INBOX") == sorted([*REJECTIONS, INTERVIEW])
    assert ids(server, imap_user, "Drafts") == []
    assert ids(server, imap_user, "Rejections") == []
    assert crm_statuses() == dict.fromkeys(REJECTIONS, "draft pending")

    # Every scan tries again (and fails again): status shows it, health fails.
    for _ in range(2):
        code, out = run_cli("scan", "--json")
        assert code == 0
        assert [o["action"] for o in json.loads(out)["outcomes"]] == ["failed", "failed"]
    capsys.readouterr()
    code, status = run_cli("status")
    assert code == 0
    line = next(x for x in status.splitlines() if x.startswith("messages failing"))
    assert "2, since" in line
    assert "up to 3 attempts" in line
    assert "NOPERM" in line

    log = tmp_path / "daemon.log"
    with daemon(env, log, "--interval", "300", "--no-idle") as proc:
        assert wait_for((tmp_path / "state" / "heartbeat").exists, 60), log.read_text()
        code, health = run_cli("health")
        assert code == 1, health
        assert "2 message(s) refused on every scan" in health
        assert "NOPERM" in health
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == 0

    # The server accepts again: the next scan finishes both, once.
    server.set_read_only(())
    code, out = run_cli("scan", "--json")
    assert code == 0
    assert json.loads(out)["resumed"] == 2
    assert ids(server, imap_user, "INBOX") == [INTERVIEW]
    assert ids(server, imap_user, "Rejections") == sorted(REJECTIONS)
    drafts = [
        message_from_bytes(r, policy=default) for r in server.list_folder(imap_user, "Drafts")
    ]
    assert sorted(str(d["In-Reply-To"]) for d in drafts) == sorted(REJECTIONS)
    assert crm_statuses() == dict.fromkeys(REJECTIONS, "draft saved")
    store = Store(tmp_path / "state" / "state.sqlite3")
    try:
        assert store.failures(load_settings().account) == []
    finally:
        store.close()
    assert "messages failing" not in run_cli("status")[1]


def test_refused_move_keeps_the_message_and_the_one_draft(
    dovecot_factory: Callable[..., DovecotServer],
    imap_user: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    server = dovecot_factory(read_only_folders={"Rejections"})
    point_at(monkeypatch, server, imap_user, tmp_path)
    seed(server, imap_user)

    code, out = run_cli("scan", "--json")
    err = capsys.readouterr().err
    assert code == 0, err
    actions = {o["message_id"]: o["action"] for o in json.loads(out)["outcomes"]}
    assert actions == {REJECTIONS[0]: "failed", REJECTIONS[1]: "failed", INTERVIEW: "keep"}
    assert {e["step"] for e in events(err, "message.failed")} == {"move"}
    assert ids(server, imap_user, "INBOX") == sorted([*REJECTIONS, INTERVIEW])
    # The drafts are there, so the CRM may say so; the messages stayed in the inbox.
    assert len(server.list_folder(imap_user, "Drafts")) == 2
    assert crm_statuses() == dict.fromkeys(REJECTIONS, "draft saved")

    server.set_read_only(())
    code, out = run_cli("scan", "--json")
    assert code == 0
    assert ids(server, imap_user, "INBOX") == [INTERVIEW]
    assert ids(server, imap_user, "Rejections") == sorted(REJECTIONS)
    assert len(server.list_folder(imap_user, "Drafts")) == 2  # never drafted twice
    assert all(b"\\Seen" not in f for _, f in server.folder_flags(imap_user, "Rejections"))


@pytest.mark.slow
def test_health_fails_when_every_poll_fails(
    dovecot_factory: Callable[..., DovecotServer],
    imap_user: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server = dovecot_factory()
    env = point_at(monkeypatch, server, imap_user, tmp_path)
    log = tmp_path / "daemon.log"
    with daemon(env, log, "--interval", "10", "--no-idle") as proc:
        heartbeat = tmp_path / "state" / "heartbeat"
        assert wait_for(heartbeat.exists, 60), log.read_text()
        assert wait_for(lambda: run_cli("health")[0] == 0, 30)
        server.stop()  # every poll from now on fails to connect
        # (a heartbeat gone stale on a loaded machine also makes health fail for a moment:
        # wait for the failed polls themselves)
        assert wait_for(lambda: "polls failed in a row" in run_cli("health")[1], 90), (
            log.read_text()
        )
        code, health = run_cli("health")
        assert code == 1
        assert "polls failed in a row" in health
        assert "cannot reach IMAP server" in health
        status = run_cli("status")[1]
        assert "polls failing" in status
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == 0
