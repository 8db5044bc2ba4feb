"""Secrets never reach the output; plaintext and untrusted TLS are refused.

The scans run as real `python -m rejectwatch` processes at DEBUG, some with imapclient's
imaplib wire trace switched on (REJECTWATCH_TRACE_IMAP=1), and everything they print on
stdout and stderr is searched for the password, the OAuth2 token and the token's SASL form.
"""

from __future__ import annotations

import base64
import io
import os
import shutil
import socket
import ssl
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from email import message_from_bytes
from email.policy import default
from pathlib import Path

import pytest

from mailgen import make_message
from rejectwatch import cli
from rejectwatch.testing.dovecot import DovecotServer

BODY_MARKER = "QX7-BODY-MARKER-QX7"
REJECTION = make_message(
    "Your application to Fernhill Analytics",
    "Dear Sam,\n\nThank you for your interest in the Junior Data Engineer position at Fernhill "
    "Analytics. After careful consideration, we regret to inform you that we will not be "
    "moving forward with your application. We wish you every success in your job search.\n\n"
    f"Best regards,\nMaya Chen\nTalent Acquisition\n{BODY_MARKER}",
    "Maya Chen <maya.chen@fernhill.example>",
    message_id="<secrets-1@fernhill.example>",
)


def run(env: dict[str, str], *args: str) -> tuple[int, str]:
    done = subprocess.run(
        [sys.executable, "-m", "rejectwatch", "--log-level", "DEBUG", *args],
        env={**{k: v for k, v in os.environ.items() if not k.startswith("REJECTWATCH_")}, **env},
        capture_output=True,
        timeout=120,
        check=False,
    )
    return done.returncode, (done.stdout + done.stderr).decode("utf-8", "replace")


def sasl_forms(user: str, token: str) -> list[str]:
    """The XOAUTH2 initial response, and the token's own base64 in each alignment."""
    sasl = f"user={user}\x01auth=Bearer {token}\x01\x01".encode()
    forms = [base64.b64encode(sasl).decode()]
    for pad in range(3):
        encoded = base64.b64encode(b"x" * pad + token.encode()).decode()
        forms.append(encoded[4:-4])  # the part that depends on the token alone
    return forms


def assert_clean(output: str, *secrets: str) -> None:
    for secret in secrets:
        assert secret not in output, f"a secret leaked: {secret[:3]}..."


def drafts(server: DovecotServer, user: str) -> list[str]:
    return [
        str(message_from_bytes(r, policy=default)["In-Reply-To"])
        for r in server.list_folder(user, "Drafts")
    ]


@pytest.mark.imap
@pytest.mark.parametrize("trace", ["", "1"], ids=["debug", "debug+wire-trace"])
def test_password_never_in_debug_output(
    dovecot: DovecotServer, imap_user: str, imap_env: dict[str, str], trace: str
) -> None:
    dovecot.append(imap_user, "INBOX", [REJECTION])
    env = {**imap_env, "REJECTWATCH_TRACE_IMAP": trace}
    code, output = run(env, "scan")
    assert code == 0, output
    assert drafts(dovecot, imap_user) == ["<secrets-1@fernhill.example>"]
    assert_clean(output, dovecot.password)
    if trace:
        assert "imapclient.imaplib" in output  # the trace really was on
        assert "LOGIN [redacted]" in output
    else:
        assert "imapclient.imaplib" not in output  # no wire trace unless asked for
        assert BODY_MARKER not in output  # and so no message bodies in the log

    # A refused login names the user and the server, never the password tried.
    code, output = run({**env, "REJECTWATCH_IMAP_PASSWORD": "wrong-password-123"}, "scan")
    assert code != 0
    assert "refused the login" in output
    assert_clean(output, dovecot.password, "wrong-password-123")


@pytest.mark.imap
def test_oauth_token_never_in_debug_output(
    dovecot: DovecotServer, imap_user: str, imap_env: dict[str, str]
) -> None:
    dovecot.append(imap_user, "INBOX", [REJECTION])
    token = dovecot.oauth_token
    env = {
        **imap_env,
        "REJECTWATCH_IMAP_PASSWORD": "",
        "REJECTWATCH_IMAP_AUTH": "xoauth2",
        "REJECTWATCH_IMAP_PASSWORD_COMMAND": f"printf %s {token}",
        "REJECTWATCH_TRACE_IMAP": "1",
    }
    env.pop("REJECTWATCH_IMAP_PASSWORD")
    code, output = run(env, "scan")
    assert code == 0, output
    assert drafts(dovecot, imap_user) == ["<secrets-1@fernhill.example>"]
    assert "AUTHENTICATE [redacted]" in output
    assert_clean(output, token, *sasl_forms(imap_user, token))

    # A wrong token is refused; neither token shows.
    bad = "bad-oauth-token-456"
    code, output = run({**env, "REJECTWATCH_IMAP_PASSWORD_COMMAND": f"printf %s {bad}"}, "scan")
    assert code != 0
    assert "refused the login" in output
    assert_clean(output, token, bad, *sasl_forms(imap_user, bad))


def test_plaintext_to_a_remote_host_is_refused_unless_opted_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in [k for k in os.environ if k.startswith("REJECTWATCH_")]:
        monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)  # no .env file from the checkout
    monkeypatch.setenv("REJECTWATCH_DATA_DIR", str(tmp_path / "state"))
    monkeypatch.setenv("REJECTWATCH_IMAP_HOST", "imap.example.org")
    monkeypatch.setenv("REJECTWATCH_IMAP_USERNAME", "sam")
    monkeypatch.setenv("REJECTWATCH_IMAP_PASSWORD", "plain-secret-789")
    monkeypatch.setenv("REJECTWATCH_IMAP_SECURITY", "plain")
    err = io.StringIO()
    monkeypatch.setattr(sys, "stderr", err)
    # Refused before any connection is attempted (nothing listens on imap.example.org).
    assert cli.main(["scan"], stdout=io.StringIO()) != 0
    assert "plain" in err.getvalue().lower()
    assert "plain-secret-789" not in err.getvalue()
    assert cli.main(["config"], stdout=io.StringIO()) != 0

    monkeypatch.setenv("REJECTWATCH_ALLOW_PLAINTEXT_REMOTE", "true")
    out = io.StringIO()
    assert cli.main(["config"], stdout=out) == 0
    assert 'imap_security = "plain"' in out.getvalue()
    assert "plain-secret-789" not in out.getvalue()


def _self_signed(directory: Path) -> tuple[Path, Path]:
    cert, key = directory / "cert.pem", directory / "key.pem"
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.fail("openssl is needed to make a self-signed certificate")
    args = ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=x"]
    subprocess.run(
        [openssl, *args, "-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
    )
    return cert, key


@contextmanager
def tls_server(directory: Path) -> Iterator[tuple[int, list[str]]]:
    """A TLS server on 127.0.0.1 with a self-signed certificate that greets like IMAP once the
    handshake is done. Yields its port and what became of each connection."""
    cert, key = _self_signed(directory)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    stop = threading.Event()
    handshakes: list[str] = []

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            with conn:
                conn.settimeout(10)
                try:
                    with context.wrap_socket(conn, server_side=True) as tls:
                        tls.sendall(b"* OK IMAP4rev1 ready\r\n")
                        tls.recv(1024)
                        handshakes.append("completed")
                except (OSError, ssl.SSLError) as e:
                    handshakes.append(type(e).__name__)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1], handshakes
    finally:
        stop.set()
        thread.join(timeout=5)
        listener.close()


@pytest.fixture
def tls_imap_server(tmp_path: Path) -> Iterator[int]:
    with tls_server(tmp_path) as (port, handshakes):
        yield port
    assert "completed" not in handshakes  # the client never finished a handshake


def test_self_signed_certificate_is_refused(
    tls_imap_server: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = {
        "REJECTWATCH_IMAP_HOST": "127.0.0.1",
        "REJECTWATCH_IMAP_PORT": str(tls_imap_server),
        "REJECTWATCH_IMAP_USERNAME": "sam",
        "REJECTWATCH_IMAP_PASSWORD": "tls-secret-000",
        "REJECTWATCH_IMAP_SECURITY": "ssl",
        "REJECTWATCH_DATA_DIR": str(tmp_path / "state"),
    }
    code, output = run(env, "scan")
    assert code != 0
    assert "certificate" in output.lower()
    assert "not trusted" in output
    assert_clean(output, "tls-secret-000")
