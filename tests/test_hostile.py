"""Hostile and malformed mail: nothing crashes, no draft is malformed or carries injected headers.

Three layers: hypothesis-generated messages through parse -> classify -> extract -> draft; the
fixture corpus in tests/fixtures/hostile/ through the same pure pipeline; and the corpus plus a
20 MB attachment appended to the suite's Dovecot and scanned for real by `rejectwatch scan`.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import re
import subprocess
import sys
from collections import Counter
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rejectwatch.crm.extract import extract
from rejectwatch.crm.reply import Profile, build_draft
from rejectwatch.errors import MessageError
from rejectwatch.mail.message import parse
from rejectwatch.model import classifier
from rejectwatch.model.classifier import Document, Model
from rejectwatch.testing.dovecot import DovecotServer

HOSTILE = Path(__file__).parent / "fixtures" / "hostile"
sys.path.insert(0, str(HOSTILE))
from generate import REJECTION, big_attachment, corpus  # noqa: E402

ALLOWED_HEADERS = {
    "from",
    "to",
    "subject",
    "date",
    "message-id",
    "in-reply-to",
    "references",
    "mime-version",
    "content-type",
    "content-transfer-encoding",
    "x-rejectwatch-draft-for",
}
HEADER_LINE = re.compile(rb"^[A-Za-z0-9-]+:( |$)")  # folding may leave "To:" alone
PROFILE = Profile(name="Sam Lee", email="sam@example.test", signature="")
NOW = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)


@cache
def model() -> Model:
    return classifier.load()


def draft_for(raw: bytes) -> EmailMessage | None:
    """The pipeline a scan runs on one message, up to the draft; None if no draft is possible."""
    mail = parse(raw)
    (score,) = model().scores([Document(mail.subject, mail.text, mail.sender_line)])
    assert 0.0 <= score <= 1.0
    facts = extract(mail)
    if not facts.contact_address:
        from dataclasses import replace  # noqa: PLC0415

        facts = replace(facts, contact_address=(mail.reply_to or mail.sender).address)
    try:
        return build_draft(mail, facts, PROFILE, draft_message_id="<d.1@rw.invalid>", now=NOW)
    except MessageError:
        return None


def assert_well_formed(raw: bytes, built: EmailMessage | None = None) -> None:
    """A serialised draft: valid header lines, only our headers, one recipient, no smuggling."""
    head, sep, _ = raw.partition(b"\r\n\r\n")
    assert sep, "no blank line between header and body"
    for line in head.split(b"\r\n"):
        assert b"\r" not in line
        assert b"\n" not in line
        assert b"\x00" not in line
        assert len(line) <= 998, "header line too long for SMTP"
        assert line[:1] in (b" ", b"\t") or HEADER_LINE.match(line), line[:80]
    parsed = message_from_bytes(raw, policy=policy.default)
    names = Counter(k.lower() for k in parsed)
    assert set(names) <= ALLOWED_HEADERS, set(names) - ALLOWED_HEADERS
    assert max(names.values()) == 1, names
    assert len(parsed["To"].addresses) == 1
    for name, value in parsed.items():
        assert "\r" not in str(value)
        assert "\n" not in str(value), name
    if built is not None:
        for name in ("To", "Subject", "In-Reply-To"):
            assert str(parsed[name] or "") == str(built[name] or ""), name


def check_pipeline(raw: bytes) -> None:
    draft = draft_for(raw)
    if draft is not None:
        assert_well_formed(draft.as_bytes(policy=policy.SMTP), draft)


# --------------------------------------------------------------------------- hypothesis

NASTY = st.sampled_from(
    [
        "\r\nBcc: victim@evil.example",
        "\nCc: x@evil.example\n",
        "\r",
        "\x00",
        "=?utf-8?q?a=0D=0ABcc:_v@e.example?=",
        "=?utf-8?b?" + base64.b64encode(b"x\r\nBcc: v@e.example").decode() + "?=",
        "=?x-bogus?q?abc?=",
        '"',
        "<",
        ">",
        ",",
        ";",
        "\\",
        "é",
        "\u202e",
        "\ud800",
        "日本語",
    ]
)
TEXT = st.lists(st.one_of(st.text(max_size=20), NASTY), max_size=6).map("".join)
ADDRESS = st.one_of(
    st.just("hr@acme.example"),
    st.builds(lambda n, a: f"{n} <{a}>", TEXT, st.sampled_from(["hr@acme.example", "x@y", ""])),
    TEXT,
)
CTE = st.sampled_from(["", "7bit", "8bit", "base64", "quoted-printable", "x-bogus"])
CHARSET = st.sampled_from(["utf-8", "latin-1", "x-no-such", "utf-16", "", "ascii"])


def _encode(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


@st.composite
def messages(draw: Any) -> bytes:
    headers = [
        b"From: " + _encode(draw(ADDRESS)),
        b"Subject: " + _encode(draw(TEXT)),
        b"Message-ID: " + _encode(draw(st.one_of(st.just("<m@x.example>"), TEXT))),
    ]
    if draw(st.booleans()):
        headers.append(b"Reply-To: " + _encode(draw(ADDRESS)))
    if draw(st.booleans()):
        headers.append(b"References: " + _encode(draw(TEXT)))
    if draw(st.booleans()):
        headers.append(b"Date: " + _encode(draw(TEXT)))
    cte = draw(CTE)
    charset = draw(CHARSET)
    headers.append(f'Content-Type: text/plain; charset="{charset}"'.encode())
    if cte:
        headers.append(b"Content-Transfer-Encoding: " + cte.encode())
    body = REJECTION if draw(st.booleans()) else b""
    body += _encode(draw(TEXT)) + draw(st.binary(max_size=200))
    return b"\r\n".join(headers) + b"\r\n\r\n" + body


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(messages())
def test_generated_mail_never_crashes_or_injects(raw: bytes) -> None:
    check_pipeline(raw)


# --------------------------------------------------------------------------- the corpus


def test_fixture_corpus_is_current() -> None:
    """The .eml files are what generate.py writes (regenerate after changing it)."""
    for name, raw in corpus().items():
        assert (HOSTILE / f"{name}.eml").read_bytes() == raw, name


@pytest.mark.parametrize("path", sorted(HOSTILE.glob("*.eml")), ids=lambda p: p.stem)
def test_hostile_fixture_through_the_pipeline(path: Path) -> None:
    check_pipeline(path.read_bytes())


@pytest.mark.slow
def test_20mb_attachment_through_the_pipeline_truncated() -> None:
    raw = big_attachment()
    mail = parse(raw[:262_144], truncated=True)
    assert mail.truncated
    assert "regret to inform you" in mail.text
    check_pipeline(raw[:262_144])


# --------------------------------------------------------------------------- a real scan


def scan_events(output: str) -> list[dict[str, Any]]:
    events = []
    for line in output.splitlines():
        if line.startswith("{"):
            try:
                events.append(json.loads(line))
            except json.JSONDecodeError:
                continue
    return events


@pytest.mark.imap
@pytest.mark.slow
def test_hostile_corpus_scanned_for_real(
    dovecot: DovecotServer, imap_user: str, imap_env: dict[str, str]
) -> None:
    raws = dict(corpus())
    raws["attachment-20mb"] = big_attachment()
    names = list(raws)
    # Dovecot refuses some bytes outright (NUL in a message): what it refuses is not our problem,
    # what it stores we must survive.
    stored: list[str] = []
    for name in names:
        try:
            dovecot.append(imap_user, "INBOX", [raws[name]])
        except RuntimeError:
            continue
        stored.append(name)
    assert len(stored) >= len(names) - 2, f"Dovecot refused {set(names) - set(stored)}"
    inbox_before = dovecot.list_folder(imap_user, "INBOX")
    assert len(inbox_before) == len(stored)

    env = {**os.environ, **imap_env, "REJECTWATCH_USER_NAME": "Sam Lee"}
    done = subprocess.run(
        [sys.executable, "-m", "rejectwatch", "scan", "--json"],
        env=env,
        capture_output=True,
        timeout=180,
        check=False,
    )
    output = (done.stdout + done.stderr).decode("utf-8", "replace")
    assert done.returncode == 0, output[-3000:]
    events = scan_events(done.stderr.decode("utf-8", "replace"))
    handled = [e for e in events if e.get("event") == "message.handled"]
    failed = [e for e in events if e.get("event") == "message.failed"]
    assert len(handled) + len(failed) == len(stored), output[-3000:]

    # The 20 MB message was fetched only in part (max_fetch_bytes, 256 KiB by default).
    big = [
        e for e in handled if e.get("message_id") == "<hostile-attachment-20mb@fernhill.example>"
    ]
    assert big, "the 20 MB message was not handled"
    assert big[0]["detail"] == "truncated"

    # Nothing lost or doubled: every stored message is in exactly one of the folders.
    folders = ("INBOX", "Rejections", "Rejections.Review")
    everywhere: list[bytes] = []
    for folder in folders:
        with contextlib.suppress(RuntimeError):  # a folder never created
            everywhere += dovecot.list_folder(imap_user, folder)
    assert sorted(everywhere) == sorted(inbox_before)

    # A message that could not be handled stays where it was, logged with uid and Message-ID.
    inbox_uids = {uid for uid, _ in dovecot.folder_flags(imap_user, "INBOX")}
    for event in failed:
        assert "uid" in event
        assert "message_id" in event
        assert event["left_in_place"] is True
        assert event["uid"] in inbox_uids

    # Every draft is well formed, threaded to one message, and addressed to one recipient.
    drafts = dovecot.list_folder(imap_user, "Drafts")
    assert drafts, "no draft at all: the corpus should hold replyable rejections"
    for raw in drafts:
        assert_well_formed(raw)
        head = raw.partition(b"\r\n\r\n")[0].lower()
        assert not re.search(rb"(^|\r\n)(bcc|cc|resent-[a-z]+):", head)  # nothing smuggled
    parsed = [message_from_bytes(r, policy=policy.default) for r in drafts]
    in_reply_to = Counter(str(d["In-Reply-To"]) for d in parsed if d["In-Reply-To"])
    assert max(in_reply_to.values()) == 1  # never two drafts for one message
    assert len({str(d["Message-ID"]) for d in parsed}) == len(drafts)
    print(
        f"{len(stored)} hostile messages: {len(handled)} handled, {len(failed)} failed, "
        f"{len(drafts)} drafts"
    )


@pytest.mark.imap
def test_a_message_that_cannot_be_drafted_stays_and_is_logged(
    dovecot: DovecotServer,
    imap_user: str,
    imap_env: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A draft that cannot be built (here: forced) leaves the message in place, logged; the
    next scan, once the fault is gone, handles it once."""
    import io  # noqa: PLC0415

    from rejectwatch import logs  # noqa: PLC0415
    from rejectwatch.pipeline import scan, wiring  # noqa: PLC0415
    from rejectwatch.settings import load_settings  # noqa: PLC0415

    victim = "<hostile-broken-quoted-printable@fernhill.example>"
    dovecot.append(imap_user, "INBOX", [corpus()["broken-quoted-printable"]])
    real_build = scan.build_draft

    def refuse(mail: Any, *args: Any, **kwargs: Any) -> EmailMessage:
        if mail.message_id == victim:
            raise MessageError("cannot build this draft")
        return real_build(mail, *args, **kwargs)

    stream = io.StringIO()
    logs.configure("INFO", stream, json=True)
    monkeypatch.setattr(scan, "build_draft", refuse)
    settings = load_settings()
    store = wiring.open_store(settings)
    try:
        with wiring.open_mailbox(settings) as mailbox:
            report = wiring.scanner(settings, mailbox, store, model()).scan()
        assert report.count("failed") == 1
        (event,) = [e for e in scan_events(stream.getvalue()) if e["event"] == "message.failed"]
        assert event["uid"] == 1
        assert event["message_id"] == victim
        assert event["left_in_place"] is True
        assert "cannot build this draft" in event["error"]
        assert len(dovecot.list_folder(imap_user, "INBOX")) == 1
        assert dovecot.list_folder(imap_user, "Drafts") == []

        monkeypatch.setattr(scan, "build_draft", real_build)
        with wiring.open_mailbox(settings) as mailbox:
            report = wiring.scanner(settings, mailbox, store, model()).scan()
        assert report.count("file") == 1
        assert dovecot.list_folder(imap_user, "INBOX") == []
        assert len(dovecot.list_folder(imap_user, "Drafts")) == 1
    finally:
        store.close()
        logs.configure("WARNING")
