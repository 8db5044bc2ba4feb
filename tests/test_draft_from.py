"""Drafts' From: the settings' address, else the login when it is an address, else the usual
From of the Sent folder; with none of these, a warning before anything is drafted.

The suite's Dovecot logins are plain names (``user-1a2b3c4d``), as on many Cyrus and Courier
installations: no From can come from the login.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from email import message_from_bytes
from email.policy import default

import pytest

from mailgen import make_message
from rejectwatch import cli
from rejectwatch.errors import ConfigError
from rejectwatch.pipeline.draft_from import usual_address
from rejectwatch.testing.dovecot import DovecotServer

REJECTION = make_message(
    "Your application to Fernhill Analytics",
    "Dear Sam,\n\nThank you for your interest in the Junior Data Engineer position. After "
    "careful consideration, we regret to inform you that we will not be moving forward with "
    "your application. We wish you every success.\n\nBest regards,\nMaya Chen\nTalent Acquisition",
    "Maya Chen <maya.chen@fernhill.example>",
    message_id="<from-1@fernhill.example>",
)


def sent(sender: str, n: int) -> bytes:
    return make_message(f"Re: hello {n}", "Thanks!", sender, to=f"friend{n}@example.org")


def scan(env: dict[str, str]) -> tuple[int, list[dict[str, object]]]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("REJECTWATCH_")}
    done = subprocess.run(
        [sys.executable, "-m", "rejectwatch", "scan"],
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    return done.returncode, [json.loads(line) for line in done.stderr.splitlines()]


def draft_from(server: DovecotServer, user: str) -> str | None:
    (raw,) = server.list_folder(user, "Drafts")
    value = message_from_bytes(raw, policy=default)["From"]
    return None if value is None else str(value)


@pytest.mark.imap
def test_from_is_the_sent_folders_usual_from(
    dovecot: DovecotServer, imap_user: str, imap_env: dict[str, str]
) -> None:
    assert "@" not in imap_user
    dovecot.append(
        imap_user,
        "Sent",
        [
            sent("Sam Lee <sam.lee@example.org>", 1),
            sent("Sam at work <sam@work.example>", 2),
            sent('"Lee, Sam" <Sam.Lee@EXAMPLE.org>', 3),
        ],
    )
    dovecot.append(imap_user, "INBOX", [REJECTION])
    code, events = scan({**imap_env, "REJECTWATCH_USER_NAME": "Sam Lee"})
    assert code == 0
    assert {"event": "draft.from_sent_folder", "address": "Sam.Lee@example.org"}.items() <= next(
        e for e in events if e["event"] == "draft.from_sent_folder"
    ).items()
    assert draft_from(dovecot, imap_user) == "Sam Lee <Sam.Lee@example.org>"
    # A scan with nothing new does not read Sent (from_mailbox always logs what it found):
    # listing the folders to find it made Dovecot reread a big inbox at the STATUS after it.
    code, events = scan({**imap_env, "REJECTWATCH_USER_NAME": "Sam Lee"})
    assert code == 0
    assert not {"draft.from_sent_folder", "draft.no_from_address"} & {e["event"] for e in events}


@pytest.mark.imap
def test_no_from_anywhere_is_said_before_anything_is_drafted(
    dovecot: DovecotServer, imap_user: str, imap_env: dict[str, str]
) -> None:
    dovecot.append(imap_user, "INBOX", [REJECTION])
    code, events = scan(imap_env)
    assert code == 0
    names = [e["event"] for e in events]
    assert "draft.no_from_address" in names
    assert names.index("draft.no_from_address") < names.index("message.handled")
    warning = events[names.index("draft.no_from_address")]
    assert warning["level"] == "warning"
    assert "REJECTWATCH_USER_EMAIL" in str(warning["detail"])
    # Filed and drafted all the same: the draft is the user's to finish and send.
    assert draft_from(dovecot, imap_user) is None
    assert len(dovecot.list_folder(imap_user, "Rejections")) == 1


@pytest.mark.imap
def test_settings_address_wins_over_sent(
    dovecot: DovecotServer, imap_user: str, imap_env: dict[str, str]
) -> None:
    dovecot.append(imap_user, "Sent", [sent("Other <other@example.org>", 1)])
    dovecot.append(imap_user, "INBOX", [REJECTION])
    code, events = scan({**imap_env, "REJECTWATCH_USER_EMAIL": "sam@example.org"})
    assert code == 0
    assert not [e for e in events if str(e["event"]).startswith("draft.")]
    assert draft_from(dovecot, imap_user) == "sam@example.org"


def test_an_unusable_user_email_is_refused_before_connecting(
    monkeypatch: pytest.MonkeyPatch, tmp_path: object, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("REJECTWATCH_IMAP_HOST", "127.0.0.1")
    monkeypatch.setenv("REJECTWATCH_IMAP_PORT", "9")  # nothing listens: never reached
    monkeypatch.setenv("REJECTWATCH_IMAP_USERNAME", "sam")
    monkeypatch.setenv("REJECTWATCH_IMAP_PASSWORD", "pw-123456")
    monkeypatch.setenv("REJECTWATCH_USER_EMAIL", "sam at example dot org")
    monkeypatch.setenv("REJECTWATCH_DATA_DIR", str(tmp_path))
    assert cli.main(["scan"], stdout=io.StringIO()) == ConfigError.exit_code
    assert "not a usable e-mail address" in capsys.readouterr().err


def test_usual_address() -> None:
    headers = [
        b"From: Sam <sam@a.example>\r\n",
        b"From: =?utf-8?q?S=C3=A1m?=\r\n <sam@b.example>\r\n",  # folded, encoded name
        b"From: sam@b.example\r\n",
        b"From: not an address\r\n",
    ]
    assert usual_address(headers) == "sam@b.example"
    assert usual_address(headers[:1]) == "sam@a.example"
    assert usual_address([b"From: x@y.example\r\n", b"From: z@y.example\r\n"]) == "z@y.example"
    assert usual_address([b"", b"From: nobody\r\n"]) == ""
