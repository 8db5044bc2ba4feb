"""Connecting: a timeout that names the server, hints when TLS and plain text are mixed up,
the password command's own error, and a refused login as one plain line.

Every server here is on 127.0.0.1: the suite's Dovecot (plain text), a socket that accepts and
never speaks, and a TLS listener with a self-signed certificate.
"""

from __future__ import annotations

import io
import os
import re
import socket
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from rejectwatch import cli
from rejectwatch.errors import MailboxError
from rejectwatch.mail.mailbox import ImapMailbox
from rejectwatch.testing.dovecot import DovecotServer
from test_secrets import tls_server


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, str]:
    for name in [k for k in os.environ if k.startswith("REJECTWATCH_")]:
        monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    env = {
        "REJECTWATCH_IMAP_HOST": "127.0.0.1",
        "REJECTWATCH_IMAP_USERNAME": "sam",
        "REJECTWATCH_IMAP_PASSWORD": "connect-secret-1",
        "REJECTWATCH_DATA_DIR": str(tmp_path / "state"),
        "REJECTWATCH_IMAP_TIMEOUT_SECONDS": "1",
    }
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return env


def scan_error(monkeypatch: pytest.MonkeyPatch, **env: str) -> tuple[int, str, float]:
    for name, value in env.items():
        monkeypatch.setenv(f"REJECTWATCH_{name}", value)
    err = io.StringIO()
    monkeypatch.setattr(sys, "stderr", err)
    started = time.monotonic()
    code = cli.main(["scan"], stdout=io.StringIO())
    return code, err.getvalue(), time.monotonic() - started


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A port that accepts connections (the kernel completes them) and never says a word."""
    with socket.create_server(("127.0.0.1", 0), backlog=8) as listener:
        yield listener.getsockname()[1]


@pytest.fixture
def tls_port(tmp_path: Path) -> Iterator[int]:
    """A server that speaks TLS from the first byte and then greets like IMAP."""
    with tls_server(tmp_path) as (port, _):
        yield port


def test_a_silent_server_times_out_quickly_naming_host_and_port(
    clean_env: dict[str, str], silent_port: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, err, took = scan_error(monkeypatch, IMAP_PORT=str(silent_port))
    assert code == 3
    assert f"cannot reach IMAP server 127.0.0.1:{silent_port}: no answer within 1 s" in err
    assert "REJECTWATCH_IMAP_TIMEOUT_SECONDS" in err
    assert took < 10  # not the 62 s of the old default
    # In plain text too; the probe finds no TLS there either, so no hint about ssl.
    code, err, took = scan_error(monkeypatch, IMAP_SECURITY="plain")
    assert code == 3
    assert "no answer within 1 s" in err
    assert "IMAP_SECURITY=ssl" not in err
    assert took < 15


def test_the_connect_timeout_defaults_to_ten_seconds(clean_env: dict[str, str]) -> None:
    from rejectwatch.settings import load_settings  # noqa: PLC0415

    os.environ.pop("REJECTWATCH_IMAP_TIMEOUT_SECONDS")
    assert load_settings().imap_timeout_seconds == 10


@pytest.mark.imap
def test_tls_to_a_plain_port_hints_starttls(
    clean_env: dict[str, str], dovecot: DovecotServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, err, _ = scan_error(monkeypatch, IMAP_PORT=str(dovecot.port), IMAP_SECURITY="ssl")
    assert code == 3
    assert "answered in plain text, not TLS" in err
    assert "REJECTWATCH_IMAP_SECURITY=starttls" in err
    assert "WRONG_VERSION_NUMBER" not in err


@pytest.mark.parametrize("security", ["plain", "starttls"])
def test_plain_text_to_a_tls_port_hints_ssl(
    clean_env: dict[str, str], tls_port: int, monkeypatch: pytest.MonkeyPatch, security: str
) -> None:
    code, err, took = scan_error(monkeypatch, IMAP_PORT=str(tls_port), IMAP_SECURITY=security)
    assert code == 3
    assert f"127.0.0.1:{tls_port}" in err
    assert "speaks TLS from the start on this port: set REJECTWATCH_IMAP_SECURITY=ssl" in err
    assert took < 15


def test_password_command_error_output_reaches_the_user(
    clean_env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("REJECTWATCH_IMAP_PASSWORD")
    with socket.create_server(("127.0.0.1", 0)) as listener:
        code, err, _ = scan_error(
            monkeypatch,
            IMAP_PORT=str(listener.getsockname()[1]),
            IMAP_PASSWORD_COMMAND="pass-missing-here show mail/imap",
        )
        listener.setblocking(False)
        with pytest.raises(BlockingIOError):
            listener.accept()  # asked before connecting: the server was never dialled
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "password command 'pass-missing-here' failed with exit code 127" in lines[0]
    assert "pass-missing-here: not found" in lines[0]


@pytest.mark.imap
def test_a_refused_login_is_one_plain_line(
    dovecot: DovecotServer, imap_env: dict[str, str]
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("REJECTWATCH_")}
    env.update(imap_env, REJECTWATCH_IMAP_PASSWORD="not-the-password-42")
    done = subprocess.run(
        [sys.executable, "-m", "rejectwatch", "scan"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 4, done.stderr
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith(f"rejectwatch: 127.0.0.1:{dovecot.port} refused the login for ")
    # No bytes repr of the server's answer ("b'[AUTH..."); the user's random name may end in b
    assert not re.search(r"(?<![\w.@-])b['\"]", lines[0]), lines[0]
    # The server's own words in plain text, e.g. "[AUTHENTICATIONFAILED] Authentication
    # failed." (or, on a loaded machine, "[UNAVAILABLE] Temporary authentication failure.")
    assert re.search(r"\(password\): \[[A-Z]+\] [A-Z]", lines[0]), lines[0]
    assert "not-the-password-42" not in done.stderr


def test_tls_settings_are_made_once_and_shared_and_still_verify(tmp_path: Path) -> None:
    # the system's certificates are read once per account (17 ms of CPU each time), not per
    # connection; a plain connection (127.0.0.1 only) reads none
    with tls_server(tmp_path) as (port, handshakes):
        box = ImapMailbox(
            host="127.0.0.1", port=port, username="sam", secret=lambda: "tls-secret-2",
            security="ssl", timeout=5,
        )  # fmt: skip
        with pytest.raises(MailboxError, match="not trusted"):
            box.connect()
        context = box._tls_context()
        assert context is not None
        assert context.verify_mode == ssl.CERT_REQUIRED
        with pytest.raises(MailboxError, match="not trusted"):  # the second connection too
            box.twin()
        assert box._tls_context() is context
    assert "completed" not in handshakes
    plain = ImapMailbox(
        host="127.0.0.1", port=port, username="sam", secret=lambda: "x", security="plain"
    )
    assert plain._tls_context() is None
