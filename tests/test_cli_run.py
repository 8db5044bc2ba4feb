"""Running the command line as a person does: Ctrl-C in the middle of a scan, output into a
pipe that closes early, a terminal's log lines, a CRM id that does not exist."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
from email import message_from_bytes
from email.policy import default
from pathlib import Path

import pytest

from mailgen import make_message
from rejectwatch import cli
from rejectwatch.testing.dovecot import DovecotServer


def rejection(n: int) -> bytes:
    return make_message(
        f"Your application to Company {n}",
        f"Dear Sam,\n\nThank you for applying for the Analyst role at Company {n}. "
        "Unfortunately, we have decided not to move forward with your application. "
        "We wish you every success.\n\nBest regards,\nJo Park\nRecruiting",
        f"Jo Park <jo.park@company{n}.example>",
        message_id=f"<cli-run-{n}@company{n}.example>",
    )


def ham(n: int) -> bytes:
    return make_message(f"Lunch on day {n}?", "Tacos at noon?", f"Pal {n} <pal{n}@example.org>")


def rejectwatch(env: dict[str, str], *args: str, **popen: object) -> subprocess.Popen[bytes]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("REJECTWATCH_")}
    return subprocess.Popen(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-m", "rejectwatch", *args], env={**clean, **env}, **popen
    )


class Terminal(io.StringIO):
    """A stderr that says it is a terminal, for the console log renderer."""

    def isatty(self) -> bool:
        return True


@pytest.mark.imap
def test_ctrl_c_reports_what_was_done_and_the_next_scan_finishes(
    dovecot: DovecotServer, imap_user: str, imap_env: dict[str, str]
) -> None:
    total = 150
    dovecot.append(imap_user, "INBOX", [rejection(n) if n % 2 else ham(n) for n in range(total)])
    env = {**imap_env, "REJECTWATCH_BATCH_SIZE": "1", "REJECTWATCH_USER_EMAIL": "sam@example.org"}
    proc = rejectwatch(env, "scan", "--json", stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stderr is not None
    seen: list[bytes] = []
    for line in proc.stderr:  # JSON log lines: not a terminal
        seen.append(line)
        if b'"message.handled"' in line:
            proc.send_signal(signal.SIGINT)
            break
    out, rest = proc.communicate(timeout=60)
    err = b"".join(seen).decode() + rest.decode()
    assert proc.returncode == 130, err
    assert "Traceback" not in err
    assert "the next `rejectwatch scan` finishes the rest" in err
    first = json.loads(out)
    assert 0 < first["examined"] < total
    assert f"interrupted after {first['examined']} message(s)" in err

    done = subprocess.run(
        [sys.executable, "-m", "rejectwatch", "scan", "--json"],
        env={**{k: v for k, v in os.environ.items() if not k.startswith("REJECTWATCH_")}, **env},
        capture_output=True,
        timeout=120,
        check=True,
    )
    second = json.loads(done.stdout)
    assert first["examined"] + second["examined"] == total
    drafts = [
        message_from_bytes(raw, policy=default)["In-Reply-To"]
        for raw in dovecot.list_folder(imap_user, "Drafts")
    ]
    wanted = {f"<cli-run-{n}@company{n}.example>" for n in range(1, total, 2)}
    assert sorted(drafts) == sorted(wanted)  # every rejection drafted, none twice
    assert len(dovecot.list_folder(imap_user, "Rejections")) == total // 2
    assert len(dovecot.list_folder(imap_user, "INBOX")) == total // 2


def test_a_closed_pipe_exits_quietly(tmp_path: Path) -> None:
    env = {"REJECTWATCH_DATA_DIR": str(tmp_path / "state")}
    proc = rejectwatch(env, "rejections", stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None
    proc.stdout.close()  # like `| head -0`: the reader is gone before anything is written
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 141
    assert err == b""


@pytest.mark.imap
def test_scan_into_a_closed_pipe_exits_quietly_having_done_its_work(
    dovecot: DovecotServer, imap_user: str, imap_env: dict[str, str]
) -> None:
    dovecot.append(imap_user, "INBOX", [rejection(1)])
    proc = rejectwatch(imap_env, "scan", stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None
    proc.stdout.close()
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 141
    assert b"Traceback" not in err
    assert b"BrokenPipe" not in err
    assert len(dovecot.list_folder(imap_user, "Rejections")) == 1


@pytest.mark.imap
@pytest.mark.parametrize("verbose", [False, True], ids=["quiet", "verbose"])
def test_terminal_logs_per_message_lines_only_when_verbose(
    dovecot: DovecotServer,
    imap_user: str,
    imap_env: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
    verbose: bool,
) -> None:
    dovecot.append(imap_user, "INBOX", [rejection(1), ham(2), ham(3)])
    monkeypatch.setenv("REJECTWATCH_USER_EMAIL", "sam@example.org")
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    out = io.StringIO()
    assert cli.main(["scan", *(["--verbose"] if verbose else [])], stdout=out) == 0
    assert "3 new message(s) examined" in out.getvalue()
    handled = [line for line in terminal.getvalue().splitlines() if "message.handled" in line]
    assert len(handled) == (3 if verbose else 0)


@pytest.mark.imap
def test_json_logs_keep_every_message_line(
    dovecot: DovecotServer, imap_user: str, imap_env: dict[str, str]
) -> None:
    dovecot.append(imap_user, "INBOX", [rejection(1), ham(2)])
    env = {**imap_env, "REJECTWATCH_USER_EMAIL": "sam@example.org"}
    proc = rejectwatch(env, "scan", stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _, err = proc.communicate(timeout=60)
    events = [json.loads(line)["event"] for line in err.decode().splitlines()]
    assert events.count("message.handled") == 2


def test_mark_on_a_missing_id_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from rejectwatch.crm import tables  # noqa: PLC0415
    from rejectwatch.state import Store  # noqa: PLC0415

    monkeypatch.setenv("REJECTWATCH_DATA_DIR", str(tmp_path))
    assert cli.main(["mark", "99", "connected"], stdout=io.StringIO()) == 8
    assert capsys.readouterr().err.startswith("rejectwatch: no such rejection: 99 (none recorded")
    store = Store(tmp_path / "state.sqlite3")
    tables.ensure_schema(store)
    store.close()
    assert cli.main(["mark", "99", "connected"], stdout=io.StringIO()) == 8
    assert capsys.readouterr().err == "rejectwatch: no such rejection: 99\n"


def test_an_interrupt_outside_the_scan_loop_is_exit_130_with_a_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A Ctrl-C while connecting (or a second one mid-scan) ends at once, in one line."""
    from rejectwatch.pipeline import wiring  # noqa: PLC0415

    def interrupted(*_: object) -> None:
        raise KeyboardInterrupt

    for name, value in {
        "IMAP_HOST": "127.0.0.1",
        "IMAP_USERNAME": "sam",
        "IMAP_PASSWORD": "pw-123456",
        "DATA_DIR": str(tmp_path),
    }.items():
        monkeypatch.setenv(f"REJECTWATCH_{name}", value)
    monkeypatch.setattr(wiring, "open_mailbox", interrupted)
    assert cli.main(["scan"], stdout=io.StringIO()) == 130
    err = capsys.readouterr().err.strip()
    assert err == "rejectwatch: interrupted; nothing is lost: the next scan finishes the rest"


@pytest.mark.imap
def test_status_reports_one_shot_scans_and_their_errors(
    dovecot: DovecotServer,
    imap_user: str,
    imap_env: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("REJECTWATCH_FIRST_SCAN_DAYS", "0")  # mailgen's mail is from 2024
    dovecot.append(imap_user, "INBOX", [rejection(1), ham(2)])

    def status() -> dict[str, str]:
        out = io.StringIO()
        assert cli.main(["status"], stdout=out) == 0
        return dict(line.split("  ", 1) for line in out.getvalue().splitlines())

    assert status()["last one-shot scan"].strip() == "never"
    assert cli.main(["scan", "--dry-run"], stdout=io.StringIO()) == 0
    assert status()["last one-shot scan"].strip() == "never"  # a dry run writes nothing
    assert cli.main(["scan"], stdout=io.StringIO()) == 0
    lines = status()
    assert "examined=2" in lines["last one-shot scan"]
    assert "'file': 1" in lines["last one-shot scan"]
    assert lines["last error"].strip() == "none"

    dovecot.stop()
    try:
        assert cli.main(["scan"], stdout=io.StringIO()) == 3
    finally:
        dovecot.start()
    capsys.readouterr()
    error = status()["last error"]
    assert " scan: " in error
    assert "examined=2" in status()["last one-shot scan"]  # the last good scan is kept
