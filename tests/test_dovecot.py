"""The throwaway Dovecot behaves like the server the rest of the suite assumes.

Everything here talks to a real Dovecot through the standard library's imaplib.
"""

from __future__ import annotations

import imaplib
import socket
import threading
import time
from collections.abc import Callable

import pytest

from mailgen import make_message
from rejectwatch.testing.dovecot import DEFAULT_CAPABILITIES, DovecotServer

DovecotFactory = Callable[..., DovecotServer]


def _login(server: DovecotServer, user: str) -> imaplib.IMAP4:
    imap = imaplib.IMAP4(server.host, server.port, timeout=10)
    imap.login(user, server.password)
    return imap


def _capabilities(imap: imaplib.IMAP4) -> set[str]:
    typ, data = imap.capability()
    assert typ == "OK"
    raw = data[-1]
    assert isinstance(raw, bytes)
    return set(raw.decode().split())


def _xoauth2(user: str, token: str) -> bytes:
    return f"user={user}\x01auth=Bearer {token}\x01\x01".encode()


def test_greeting_is_imap_ok(dovecot: DovecotServer) -> None:
    with socket.create_connection((dovecot.host, dovecot.port), timeout=5) as sock:
        greeting = sock.makefile("rb").readline()
    assert greeting.startswith(b"* OK")
    assert dovecot.host == "127.0.0.1"


def test_any_user_logs_in_with_the_password(dovecot: DovecotServer, imap_user: str) -> None:
    imap = _login(dovecot, imap_user)
    try:
        typ, data = imap.select("INBOX")
        assert typ == "OK"
        assert data == [b"0"]  # a fresh user has an empty mailbox
    finally:
        imap.logout()


def test_wrong_password_is_refused(dovecot: DovecotServer, imap_user: str) -> None:
    imap = imaplib.IMAP4(dovecot.host, dovecot.port, timeout=10)
    try:
        with pytest.raises(imaplib.IMAP4.error, match="AUTHENTICATIONFAILED"):
            imap.login(imap_user, "not-the-password")
        # No growing penalty: Dovecot answers every failure after about 0.5 s (its
        # failure-flush tick) instead of 4 s, 8 s, ... up to 15 s.
        for _ in range(2):
            started = time.monotonic()
            with pytest.raises(imaplib.IMAP4.error):
                imap.login(imap_user, "still-wrong")
            assert time.monotonic() - started < 2.0
    finally:
        imap.shutdown()


def test_xoauth2_with_the_token_works(dovecot: DovecotServer, imap_user: str) -> None:
    imap = imaplib.IMAP4(dovecot.host, dovecot.port, timeout=10)
    try:
        assert "AUTH=XOAUTH2" in imap.capabilities
        typ, _ = imap.authenticate("XOAUTH2", lambda _: _xoauth2(imap_user, dovecot.oauth_token))
        assert typ == "OK"
        assert imap.select("INBOX")[0] == "OK"
    finally:
        imap.logout()


def test_xoauth2_with_a_wrong_token_and_token_as_password_fail(
    dovecot: DovecotServer, imap_user: str
) -> None:
    imap = imaplib.IMAP4(dovecot.host, dovecot.port, timeout=10)
    try:
        with pytest.raises(imaplib.IMAP4.error):
            imap.authenticate("XOAUTH2", lambda _: _xoauth2(imap_user, "wrong-token"))
        # The token is only good for OAuth mechanisms, the password only for LOGIN/PLAIN.
        with pytest.raises(imaplib.IMAP4.error):
            imap.login(imap_user, dovecot.oauth_token)
        with pytest.raises(imaplib.IMAP4.error):
            imap.authenticate("XOAUTH2", lambda _: _xoauth2(imap_user, dovecot.password))
    finally:
        imap.shutdown()


def test_list_shows_special_use_drafts(dovecot: DovecotServer, imap_user: str) -> None:
    imap = _login(dovecot, imap_user)
    try:
        typ, listing = imap.list()
    finally:
        imap.logout()
    assert typ == "OK"
    lines = [line for line in listing if isinstance(line, bytes)]
    drafts = [line for line in lines if line.endswith(b" Drafts")]
    assert len(drafts) == 1
    assert b"\\Drafts" in drafts[0]
    for name, use in [(b"Sent", b"\\Sent"), (b"Trash", b"\\Trash"), (b"Junk", b"\\Junk")]:
        assert any(line.endswith(b" " + name) and use in line for line in lines)
    assert any(line.endswith(b" Archive") and b"\\Archive" in line for line in lines)


def test_without_special_use_nothing_is_flagged(
    dovecot_factory: DovecotFactory, imap_user: str
) -> None:
    server = dovecot_factory(special_use=False)
    server.append(imap_user, "Drafts", [make_message("draft", "text\n", "me@example.test")])
    imap = _login(server, imap_user)
    try:
        typ, listing = imap.list()
    finally:
        imap.logout()
    assert typ == "OK"
    lines = [line for line in listing if isinstance(line, bytes)]
    assert any(line.endswith(b" Drafts") for line in lines)
    for use in (b"\\Drafts", b"\\Sent", b"\\Trash", b"\\Junk", b"\\Archive"):
        assert not any(use in line for line in lines)


def test_append_then_list_folder_roundtrips_bytes_in_order(
    dovecot: DovecotServer, imap_user: str
) -> None:
    messages = [
        make_message(
            f"Your application #{i}",
            f"Dear candidate,\n\nmessage number {i} – with ümlauts.\n",
            f"HR {i} <hr{i}@acme.test>",
            message_id=f"<seed-{i}@acme.test>",
        )
        for i in range(200)
    ]
    dovecot.append(imap_user, "Rejections", messages)
    assert dovecot.list_folder(imap_user, "Rejections") == messages
    uids = [uid for uid, _ in dovecot.folder_flags(imap_user, "Rejections")]
    assert uids == sorted(uids)
    assert len(uids) == 200
    # the maildir really is where maildir() says (Dovecot's maildir++: ".Name" folders)
    assert (dovecot.maildir(imap_user) / ".Rejections" / "cur").is_dir()


def test_append_with_flags_and_to_existing_folder(dovecot: DovecotServer, imap_user: str) -> None:
    first = make_message("one", "1\n", "a@acme.test")
    second = make_message("two", "2\n", "b@acme.test")
    dovecot.append(imap_user, "INBOX", [first], flags=["\\Seen"])
    dovecot.append(imap_user, "INBOX", [second], flags=(b"\\Flagged", b"$Custom"))
    assert dovecot.list_folder(imap_user, "INBOX") == [first, second]
    flags = dovecot.folder_flags(imap_user, "INBOX")
    assert [set(f) for _, f in flags] == [{b"\\Seen"}, {b"\\Flagged", b"$Custom"}]


def test_folder_names_with_spaces_and_non_ascii(dovecot: DovecotServer, imap_user: str) -> None:
    message = make_message("Absage", "Leider nein.\n", "hr@firma.test")
    dovecot.append(imap_user, "Job Absagen ä", [message])
    assert dovecot.list_folder(imap_user, "Job Absagen ä") == [message]


def test_list_folder_of_an_empty_folder(dovecot: DovecotServer, imap_user: str) -> None:
    dovecot.append(imap_user, "Nothing", [])
    assert dovecot.list_folder(imap_user, "Nothing") == []
    assert dovecot.folder_flags(imap_user, "Nothing") == []


def test_default_capabilities_match_what_dovecot_advertises(
    dovecot: DovecotServer, imap_user: str
) -> None:
    imap = _login(dovecot, imap_user)
    try:
        assert _capabilities(imap) == set(DEFAULT_CAPABILITIES)
    finally:
        imap.logout()


def test_disable_capabilities_hides_move(dovecot_factory: DovecotFactory, imap_user: str) -> None:
    server = dovecot_factory(disable_capabilities={"MOVE"})
    imap = _login(server, imap_user)
    try:
        caps = _capabilities(imap)
        assert "MOVE" not in caps
        assert {"IDLE", "UIDPLUS", "SPECIAL-USE"} <= caps
    finally:
        imap.logout()


def test_disable_capabilities_hides_idle_before_and_after_login(
    dovecot_factory: DovecotFactory, imap_user: str
) -> None:
    server = dovecot_factory(disable_capabilities={"IDLE"})
    imap = imaplib.IMAP4(server.host, server.port, timeout=10)
    try:
        assert "IDLE" not in imap.capabilities  # from the greeting
        imap.login(imap_user, server.password)
        assert "IDLE" not in _capabilities(imap)
    finally:
        imap.logout()


def test_restart_keeps_mail_and_port(dovecot_factory: DovecotFactory, imap_user: str) -> None:
    server = dovecot_factory()
    message = make_message("survives", "still here\n", "hr@acme.test")
    server.append(imap_user, "Rejections", [message], flags=["\\Seen"])
    port, root = server.port, server.root

    server.restart(down_seconds=0.2)

    assert (server.port, server.root) == (port, root)
    assert server.list_folder(imap_user, "Rejections") == [message]
    assert [f for _, f in server.folder_flags(imap_user, "Rejections")] == [(b"\\Seen",)]


def test_connection_refused_while_down(dovecot_factory: DovecotFactory) -> None:
    server = dovecot_factory()
    restarting = threading.Thread(target=server.restart, kwargs={"down_seconds": 1.5})
    restarting.start()
    refused = False
    # Watch for the whole restart (stopping may take a while on a loaded machine), not a
    # fixed second after the thread started.
    deadline = time.monotonic() + 20
    while restarting.is_alive() and time.monotonic() < deadline and not refused:
        try:
            socket.create_connection((server.host, server.port), timeout=0.2).close()
            time.sleep(0.02)
        except OSError:
            refused = True
    restarting.join(timeout=20)
    assert refused, "the port kept accepting connections while the server was down"
    with socket.create_connection((server.host, server.port), timeout=5) as sock:
        assert sock.makefile("rb").readline().startswith(b"* OK")


def test_stop_removes_everything(dovecot: DovecotServer) -> None:
    del dovecot  # only here so the test is skipped (or fails on CI) without dovecot
    with DovecotServer() as server:
        root, port = server.root, server.port
        assert root.is_dir()
    assert not root.exists()
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), 1).close()
