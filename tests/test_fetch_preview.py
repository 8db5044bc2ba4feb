"""Fetch only what deciding needs: the header and the first KB of the text, whole messages
only for what the scan acts on; and a server's download limit stops a scan cleanly.

Gmail answers a FETCH past its daily download allowance with
`NO [OVERQUOTA] Account exceeded command or bandwidth limits.`; Dovecot never does, so a
small proxy in front of the real Dovecot answers the nth UID FETCH that way (everything else
is the real server's own answer).
"""

from __future__ import annotations

import contextlib
import io
import socket
import threading
from pathlib import Path

import pytest

from mailgen import make_message
from rejectwatch import cli
from rejectwatch.errors import ServerLimitError
from rejectwatch.mail.mailbox import ImapMailbox, is_server_limit
from rejectwatch.pipeline import scan as scanning
from rejectwatch.pipeline.scan import ScanConfig, Scanner
from rejectwatch.state import Store
from rejectwatch.testing.dovecot import DovecotServer
from test_scan_resume import KeywordModel, message_ids

PREVIEW = 4096
THREAD = "".join(f"> earlier message line {i} with some words in it\n" for i in range(2000))
STYLE = "<style>" + "".join(f".c{i}{{padding:{i}px}}\n" for i in range(800)) + "</style>"


def scan(server: DovecotServer, user: str, store: Store, **config: object) -> Scanner:
    cfg = ScanConfig(account=user, preview_bytes=PREVIEW, **config)  # type: ignore[arg-type]
    return Scanner(server.mailbox(user), KeywordModel(), store, cfg, parallel=False)  # type: ignore[arg-type]


@pytest.mark.imap
def test_kept_mail_is_decided_on_a_preview_and_acted_on_mail_is_fetched_whole(
    dovecot: DovecotServer, imap_user: str, tmp_path: Path
) -> None:
    attachment = make_message("Photos", "See attached.", "pat@example.net", message_id="<a@t>")
    attachment = attachment.replace(b"See attached.", b"See attached.\r\n" + b"QUJD" * 40_000)
    dovecot.append(
        imap_user,
        "INBOX",
        [
            make_message("Weekly digest", THREAD, "news@example.net", message_id="<k@t>"),
            make_message(
                "REJECT: your application",
                "Sadly no.\n" + THREAD,
                "hr@acme.example",
                message_id="<r@t>",
            ),
            make_message(
                "Newsletter",
                "",
                "n@example.net",
                message_id="<h@t>",
                html=f"<html><head>{STYLE}</head><body><p>Big news.</p></body></html>",
            ),
            attachment,
        ],
    )
    raws = dict(
        zip(
            ["<k@t>", "<r@t>", "<h@t>", "<a@t>"],
            dovecot.list_folder(imap_user, "INBOX"),
            strict=True,
        )
    )
    sizes = {mid: len(raw) for mid, raw in raws.items()}
    report = scan(dovecot, imap_user, Store(tmp_path / "s.sqlite3")).scan()
    by_id = {o.message_id: o for o in report.outcomes}
    # Kept on a preview: the header and PREVIEW bytes of text, nothing more.
    assert by_id["<k@t>"].action == "keep"
    assert by_id["<k@t>"].fetched < PREVIEW + 1000 < sizes["<k@t>"]
    assert by_id["<a@t>"].fetched < PREVIEW + 1000 < sizes["<a@t>"]  # cut in the attachment
    # Filed: fetched whole for the record and the draft (preview + the whole message).
    assert by_id["<r@t>"].action == "file"
    head = raws["<r@t>"].split(b"\r\n\r\n", 1)[0]
    assert by_id["<r@t>"].fetched == len(head) + 4 + PREVIEW + sizes["<r@t>"]
    # A preview cut inside an HTML head full of styles says nothing: fetched whole.
    assert by_id["<h@t>"].fetched > sizes["<h@t>"]
    assert message_ids(dovecot, imap_user, "Rejections") == ["<r@t>"]
    # Never marked read, neither the previews nor the whole fetches.
    assert all(rb"\Seen" not in flags for _, flags in dovecot.folder_flags(imap_user, "INBOX"))


@pytest.mark.imap
def test_preview_fetch_returns_the_header_and_the_start_of_the_text(
    dovecot: DovecotServer, imap_user: str
) -> None:
    raw = make_message("Hello", THREAD, "a@b.example", message_id="<p@t>")
    dovecot.append(imap_user, "INBOX", [raw])
    with dovecot.mailbox(imap_user) as box:
        box.select("INBOX", readonly=True)
        (preview,) = box.fetch([1], 262_144, preview=1000)
        (whole,) = box.fetch([1], 262_144)
    head = raw.split(b"\r\n\r\n", 1)[0]
    assert preview.raw.startswith(head + b"\r\n\r\n")
    assert len(preview.raw) == len(head) + 4 + 1000
    assert whole.raw == raw
    assert (preview.truncated, whole.truncated) == (True, False)
    assert preview.size == whole.size == len(raw)


# ------------------------------------------------------------------ the server's limit


def test_server_limit_texts_are_recognised() -> None:
    assert is_server_limit("[OVERQUOTA] Account exceeded command or bandwidth limits. (Failure)")
    assert is_server_limit("socket error: EOF; BYE Account exceeded command or bandwidth limits")
    assert is_server_limit("Request is throttled. Suggested Backoff Time: 92415 milliseconds")
    assert not is_server_limit("[OVERQUOTA] Quota exceeded (mailbox for user is full)")
    assert not is_server_limit("FETCH failed: [SERVERBUG] Internal error")


class LimitProxy:
    """Forwards to Dovecot; answers the `refuse_from`-th UID FETCH (and later ones) with
    Gmail's bandwidth refusal instead of passing it on."""

    GMAIL = b"NO [OVERQUOTA] Account exceeded command or bandwidth limits. (Failure)"

    def __init__(self, server: DovecotServer, refuse_from: int, *, bye: bool = False) -> None:
        self.server = server
        self.refuse_from = refuse_from
        self.bye = bye  # answer with an untagged BYE and hang up, as Gmail also does
        self.fetches = 0
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            upstream = socket.create_connection((self.server.host, self.server.port))
            threading.Thread(target=self._down, args=(upstream, client), daemon=True).start()
            threading.Thread(target=self._up, args=(client, upstream), daemon=True).start()

    def _down(self, upstream: socket.socket, client: socket.socket) -> None:
        with upstream, client, contextlib.suppress(OSError):  # either side may hang up
            while data := upstream.recv(65536):
                client.sendall(data)

    def _up(self, client: socket.socket, upstream: socket.socket) -> None:
        with client.makefile("rb") as lines:
            for line in lines:
                words = line.split(b" ", 3)
                if words[1:3] == [b"UID", b"FETCH"] or words[1:2] == [b"FETCH"]:
                    self.fetches += 1
                    if self.fetches >= self.refuse_from and self.bye:
                        client.sendall(b"* BYE" + self.GMAIL.removeprefix(b"NO") + b"\r\n")
                        client.shutdown(socket.SHUT_RDWR)
                        upstream.close()
                        return
                    if self.fetches >= self.refuse_from:
                        client.sendall(words[0] + b" " + self.GMAIL + b"\r\n")
                        continue
                upstream.sendall(line)

    def mailbox(self, user: str) -> ImapMailbox:
        box = ImapMailbox(
            host="127.0.0.1",
            port=self.port,
            username=user,
            secret=lambda: self.server.password,
            security="plain",
        )
        box.connect()
        return box

    def close(self) -> None:
        self.listener.close()


@pytest.fixture
def seeded(dovecot: DovecotServer, imap_user: str) -> None:
    dovecot.append(
        imap_user,
        "INBOX",
        [
            make_message(
                f"REJECT {n}" if n % 2 else f"Hello {n}",
                "Text.",
                "Jane Roe <jane.roe@acme.example>",  # a person: no look-up adds FETCHes
                message_id=f"<m{n}@t>",
            )
            for n in range(1, 7)
        ],
    )


@pytest.mark.imap
@pytest.mark.parametrize("bye", [False, True], ids=["NO", "BYE"])
@pytest.mark.parametrize("workers", [0, 2], ids=["in-process", "workers"])
def test_a_refused_fetch_stops_the_scan_cleanly_and_the_next_one_resumes(
    dovecot: DovecotServer,
    imap_user: str,
    tmp_path: Path,
    seeded: None,
    bye: bool,
    workers: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # With workers the scan fetches ahead: the batches it had fetched are still handled.
    monkeypatch.setattr(scanning, "worker_count", lambda messages, size: workers)
    proxy = LimitProxy(dovecot, refuse_from=3, bye=bye)  # batches of 2: the third is refused
    store = Store(tmp_path / "s.sqlite3")
    cfg = ScanConfig(account=imap_user, batch_size=2, preview_bytes=PREVIEW)
    try:
        report = Scanner(
            proxy.mailbox(imap_user), KeywordModel(), store, cfg, parallel=bool(workers)
        ).scan()  # type: ignore[arg-type]
    finally:
        proxy.close()
    # Fetched ahead, the first two batches were decided before the refusal; after a BYE the
    # connection is gone and they cannot be acted on: the next scan finishes them.
    handled = 0 if workers and bye else 4
    assert report.examined == handled
    assert "Account exceeded command or bandwidth limits" in report.stopped
    assert "run the scan again" in report.stopped
    status = dovecot.mailbox(imap_user).status("INBOX")
    assert store.last_uid(imap_user, "INBOX", status.uidvalidity) == handled
    filed = sorted(message_ids(dovecot, imap_user, "Rejections"))
    assert filed == (["<m1@t>", "<m3@t>"] if handled else [])
    # The next scan (the lock lifted) takes the rest and nothing twice.
    later = Scanner(dovecot.mailbox(imap_user), KeywordModel(), store, cfg, parallel=False).scan()  # type: ignore[arg-type]
    if handled:
        assert [o.uid for o in later.outcomes] == [5, 6]
    assert sorted(message_ids(dovecot, imap_user, "Rejections")) == ["<m1@t>", "<m3@t>", "<m5@t>"]
    assert sorted(message_ids(dovecot, imap_user, "INBOX")) == ["<m2@t>", "<m4@t>", "<m6@t>"]
    assert store.last_uid(imap_user, "INBOX", status.uidvalidity) == 6


@pytest.mark.imap
def test_the_cli_says_when_to_resume_and_exits_7(
    dovecot: DovecotServer,
    imap_user: str,
    imap_env: dict[str, str],
    seeded: None,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    proxy = LimitProxy(dovecot, refuse_from=1)
    monkeypatch.setenv("REJECTWATCH_IMAP_PORT", str(proxy.port))
    try:
        code = cli.main(["scan"], stdout=io.StringIO())
    finally:
        proxy.close()
    assert code == ServerLimitError.exit_code == 7
    err = capsys.readouterr().err
    assert "stopped early" in err
    assert "Gmail lifts this lock after some hours" in err
    assert len(message_ids(dovecot, imap_user, "INBOX")) == 6  # nothing touched
