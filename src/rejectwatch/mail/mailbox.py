"""The IMAP adapter: the only module that imports imapclient.

It asks the server rather than assuming (CAPABILITY for MOVE, UIDPLUS, IDLE; SPECIAL-USE for
Drafts), never marks anything read (BODY.PEEK), and turns every imapclient, socket and TLS
error into MailboxError / AuthenticationError with the cause chained.
"""

from __future__ import annotations

import logging
import re
import socket
import ssl
import time
import types
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal, Protocol

import imapclient
import structlog
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError, LoginError
from imapclient.response_parser import parse_fetch_response

from rejectwatch.errors import AuthenticationError, MailboxError, ServerLimitError
from rejectwatch.logs import TRACE_LOGGER
from rejectwatch.mail.fetch_response import UnreadableError, read_fetch

log = structlog.get_logger()

DRAFT_FLAGS = (rb"\Draft", rb"\Seen")
FETCH_CHUNK = 500
READ_TIMEOUT_FLOOR = 60.0  # once connected, a slow SEARCH on a big folder is not a dead server
TLS_PROBE_SECONDS = 3.0
_BYTES_REPR_RE = re.compile(r"""b(['"])(.*)\1""", re.DOTALL)
# Fallback names when the server marks no folder with the SPECIAL-USE flag (RFC 6154).
DRAFTS_NAMES = ("Drafts", "[Gmail]/Drafts", "[Google Mail]/Drafts", "Draft", "INBOX/Drafts")
SENT_NAMES = (
    "Sent",
    "[Gmail]/Sent Mail",
    "[Google Mail]/Sent Mail",
    "Sent Items",
    "Sent Messages",
    "INBOX/Sent",
)  # UIDs per FETCH command: bounded response size, few round trips
ALL_MAIL_NAMES = ("[Gmail]/All Mail", "[Google Mail]/All Mail", "All Mail")
ARCHIVE_NAMES = ("Archive", "Archives")


class RefusedError(MailboxError):
    """The server answered NO or BAD to one command; the connection is still usable.

    A scan treats it as that message's failure (left in place, retried), not the scan's.
    """


@dataclass(frozen=True, slots=True)
class FolderState:
    uidvalidity: int
    uidnext: int
    messages: int


# What servers say when they refuse more downloads for a while (lowercase, matched as text):
# Gmail's "[OVERQUOTA] Account exceeded command or bandwidth limits" (a NO or a BYE), and
# Exchange Online's "Request is throttled".
LIMIT_MARKERS = ("exceeded command or bandwidth limits", "bandwidth limit", "request is throttled")
LIMIT_ADVICE = (
    "the scan stopped cleanly; what it did not reach stays where it is and is scanned next "
    "time. Gmail lifts this lock after some hours (at most 24): run the scan again then"
)
SET_PART_CHARS = 8_000  # the longest UID set a SEARCH sends (servers cap a command's length)
HEADER_CAP = 65_536  # a header block longer than this is cut (and the message is "truncated")


@dataclass(frozen=True, slots=True)
class Summary:
    """A message's named header fields and where its text/calendar parts are (no body)."""

    uid: int
    header: bytes
    calendar_parts: tuple[tuple[str, str], ...]  # (part number, transfer encoding)


@dataclass(frozen=True, slots=True)
class Fetched:
    uid: int
    raw: bytes
    truncated: bool  # only part of the message was fetched
    size: int = 0  # the whole message's size (RFC822.SIZE), 0 when the server did not say
    previewed: int = 0  # bytes of an earlier, partial fetch of the same message


class Mailbox(Protocol):
    """What a scan needs from a mail server; ImapMailbox is the real one."""

    def status(self, folder: str) -> FolderState: ...
    def select(self, folder: str, *, readonly: bool = False) -> FolderState: ...
    def uids_after(self, uid: int) -> list[int]: ...
    def existing(self, uids: Sequence[int]) -> set[int]: ...
    def fetch(
        self, uids: Sequence[int], max_bytes: int, *, preview: int = 0
    ) -> Iterator[Fetched]: ...
    def uids_since(self, day: date) -> list[int]: ...
    def fetch_headers(
        self, uids: Sequence[int], names: Sequence[str]
    ) -> Iterator[tuple[int, bytes]]: ...
    def folder_exists(self, folder: str) -> bool: ...
    def ensure_folder(self, folder: str) -> str: ...
    def drafts_folder(self, *, create: bool) -> str | None: ...
    def sent_folder(self) -> str | None: ...
    def search_header(self, header: str, value: str) -> list[int]: ...
    def search_terms(
        self,
        terms: Sequence[str],
        fields: Sequence[str],
        since: date | None,
        *,
        subjects: Sequence[str] = (),
        within: bytes = b"",
    ) -> list[int]: ...
    def fetch_summaries(self, uids: Sequence[int], names: Sequence[str]) -> Iterator[Summary]: ...
    def fetch_part(self, uid: int, part: str, max_bytes: int) -> bytes: ...
    def internal_date(self, uid: int) -> datetime | None: ...
    def special_folder(self, flag: bytes, names: Sequence[str]) -> str | None: ...
    def append(self, folder: str, raw: bytes, when: datetime) -> None: ...
    def move(self, uids: Sequence[int], destination: str) -> None: ...
    def server_name(self, folder: str) -> str: ...
    def has(self, capability: str) -> bool: ...
    def permanent_flags(self) -> frozenset[bytes]: ...
    def add_keyword(self, uids: Sequence[int], keyword: str) -> None: ...
    def remove_keyword(self, uids: Sequence[int], keyword: str) -> None: ...
    def add_label(self, uids: Sequence[int], label: str) -> None: ...
    def remove_label(self, uids: Sequence[int], label: str) -> None: ...
    def close(self) -> None: ...


Security = Literal["ssl", "starttls", "plain"]


class ImapMailbox:
    """One logged-in IMAP connection."""

    def __init__(
        self,
        *,
        host: str,
        port: int,
        username: str,
        secret: Callable[[], str],
        security: Security = "ssl",
        auth: Literal["password", "xoauth2"] = "password",
        timeout: float = 60.0,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.host = host
        self.port = port
        self.username = username
        self._secret = secret
        self._security = security
        self._auth = auth
        self._timeout = timeout
        self._ssl_context = ssl_context
        self._client: Any = None
        self._selected = ""  # server name of the selected folder
        self._permanent: frozenset[bytes] = frozenset()  # its PERMANENTFLAGS (lower case)
        self._delimiter = "/"
        self._prefix = ""
        self._status_probe: tuple[str, ImapMailbox] | None = None  # see ask_status_on

    # --- connection --------------------------------------------------------------------------

    def connect(self) -> None:
        """Connect, secure and log in, each step within the connect timeout.

        A failure says what to try: a TLS port spoken to in plain text (or the reverse) is
        recognised and named, as is a port where nothing answers.
        """
        where = f"{self.host}:{self.port}"
        secret = self._secret()  # before connecting: a failing password command opens nothing
        context = self._tls_context()
        timeout = imapclient.SocketTimeout(
            connect=self._timeout, read=max(self._timeout, READ_TIMEOUT_FLOOR)
        )
        try:
            client = imapclient.IMAPClient(
                self.host,
                port=self.port,
                ssl=self._security == "ssl",
                ssl_context=context,
                timeout=timeout,
            )
            _quiet_wire(client)
            if self._security == "starttls":
                client.starttls(context)
        except ssl.SSLCertVerificationError as e:
            raise MailboxError(f"TLS certificate of {where} not trusted: {e.verify_message}") from e
        except (OSError, IMAPClientError) as e:
            why = self._connect_failure(e)
            raise MailboxError(f"cannot reach IMAP server {where}: {why}") from e
        try:
            if self._auth == "xoauth2":
                client.oauth2_login(self.username, secret)
            else:
                client.login(self.username, secret)
        except LoginError as e:
            _quiet_close(client)
            raise AuthenticationError(
                f"{where} refused the login for {self.username!r} ({self._auth}): {_reason(e)}"
            ) from e
        except (OSError, IMAPClientError) as e:
            _quiet_close(client)
            raise MailboxError(f"login to {where} failed: {_reason(e)}") from e
        self._client = client
        self._learn_namespace()
        log.debug("imap.connected", server=where, capabilities=sorted(self._caps()))

    def _tls_context(self) -> ssl.SSLContext | None:
        """The TLS settings (the system's trusted certificates): made once, at the first
        connection that speaks TLS, and shared with this account's other connections (reading
        the certificates costs about 17 ms of CPU each time); None for a plain connection."""
        if self._ssl_context is None and self._security != "plain":
            self._ssl_context = ssl.create_default_context()
        return self._ssl_context

    def _connect_failure(self, error: BaseException) -> str:
        """Why connecting failed, with a hint when the security setting does not fit the port."""
        if isinstance(error, ConnectionRefusedError):
            return "connection refused (is the port right? nothing listens there)"
        if isinstance(error, ssl.SSLError) and error.reason == "WRONG_VERSION_NUMBER":
            return (
                "the server answered in plain text, not TLS: this port wants "
                "REJECTWATCH_IMAP_SECURITY=starttls (or plain, on 127.0.0.1 only)"
            )
        reason = (
            f"no answer within {self._timeout:g} s (REJECTWATCH_IMAP_TIMEOUT_SECONDS)"
            if isinstance(error, TimeoutError)
            else _reason(error)
        )
        if self._security == "ssl" or isinstance(error, (socket.gaierror, ssl.SSLError)):
            return reason
        # No greeting in plain text: a server that speaks TLS from the start waits silently
        # for the TLS handshake. Find out rather than guess.
        if _speaks_tls(self.host, self.port, min(self._timeout, TLS_PROBE_SECONDS)):
            return (
                f"{reason}; the server speaks TLS from the start on this port: "
                "set REJECTWATCH_IMAP_SECURITY=ssl"
            )
        return reason

    def twin(self) -> ImapMailbox:
        """Another connection to the same account with the same settings, logged in (a scan
        examines other folders on it while this one keeps the watched folder selected)."""
        other = ImapMailbox(
            host=self.host,
            port=self.port,
            username=self.username,
            secret=self._secret,
            security=self._security,
            auth=self._auth,
            timeout=self._timeout,
            ssl_context=self._tls_context(),
        )
        other.connect()
        return other

    def ask_status_on(self, folder: str, probe: ImapMailbox) -> None:
        """Ask *folder*'s STATUS on *probe*, a connection that does nothing else (closed with
        this one). Dovecot answers a STATUS from the folder's index, unless the session has
        listed folders: then it rereads the folder's whole maildir directory at every STATUS
        (about 60-70 ms of its CPU at 100,000 messages). A daemon's polls share their
        connection with scans, which list folders; their STATUS goes to a probe."""
        self._status_probe = (self.server_name(folder), probe)

    def close(self) -> None:
        if self._status_probe is not None:
            probe, self._status_probe = self._status_probe[1], None
            probe.close()
        client, self._client = self._client, None
        if client is not None:
            try:
                client.logout()
            except (OSError, IMAPClientError):
                _quiet_close(client)

    def __enter__(self) -> ImapMailbox:
        if self._client is None:
            self.connect()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _errors(self, what: str) -> Iterator[None]:
        try:
            yield
        except (OSError, IMAPClientError) as e:
            reason = _reason(e)
            if is_server_limit(reason) or is_server_limit(self._farewell()):
                raise ServerLimitError(
                    f"{self.host}:{self.port} refused {what}: {reason}; {LIMIT_ADVICE}"
                ) from e
            if isinstance(e, OSError | IMAPClientAbortError):  # the connection is gone
                raise MailboxError(f"{what} failed on {self.host}:{self.port}: {reason}") from e
            # the server said NO / BAD (its own words are kept)
            raise RefusedError(f"{what} refused by {self.host}:{self.port}: {reason}") from e

    def _farewell(self) -> str:
        """The text of an untagged BYE the server sent before it hung up, if any (imaplib
        keeps it; the error it raises then says only "socket error: EOF")."""
        imap = getattr(self._client, "_imap", None)
        said = getattr(imap, "untagged_responses", {}).get("BYE") or []
        return " ".join(_text(line) for line in said if isinstance(line, bytes | str))

    @property
    def client(self) -> Any:
        if self._client is None:
            raise MailboxError("not connected to the IMAP server")
        return self._client

    def _caps(self) -> set[str]:
        return {c.decode().upper() for c in self.client.capabilities()}

    def has(self, capability: str) -> bool:
        return capability.upper() in self._caps()

    def _learn_namespace(self) -> None:
        with self._errors("NAMESPACE"):
            if self.has("NAMESPACE"):
                personal = self.client.namespace().personal
                if personal:
                    prefix, delimiter = personal[0]
                    self._prefix = prefix or ""
                    self._delimiter = delimiter or "/"
                    return
            listed = self.client.list_folders("", "INBOX")
            if listed and listed[0][1]:
                self._delimiter = _text(listed[0][1])

    def server_name(self, folder: str) -> str:
        """Map a user-facing name ("Rejections/Review") to the server's hierarchy."""
        if folder.upper() == "INBOX":
            return "INBOX"
        name = folder.replace("/", self._delimiter)
        if self._prefix and not name.startswith(self._prefix):
            name = self._prefix + name
        return name

    # --- reading -----------------------------------------------------------------------------

    def status(self, folder: str) -> FolderState:
        name = self.server_name(folder)
        if self._status_probe is not None and self._status_probe[0] == name:
            return self._status_probe[1].status(folder)
        if name == self._selected:
            # STATUS on the selected folder answers from the session's own view (Dovecot's
            # does): mail delivered since, or the folder recreated, would go unseen.
            if not self.has("UNSELECT"):
                return self.select(folder, readonly=True)
            with self._errors("UNSELECT"):
                self.client.unselect_folder()
            self._selected = ""
            self._permanent = frozenset()
        with self._errors(f"STATUS {folder}"):
            st = self.client.folder_status(name, [b"UIDNEXT", b"UIDVALIDITY", b"MESSAGES"])
        return FolderState(int(st[b"UIDVALIDITY"]), int(st[b"UIDNEXT"]), int(st[b"MESSAGES"]))

    def select(self, folder: str, *, readonly: bool = False) -> FolderState:
        name = self.server_name(folder)
        self._selected = ""
        self._permanent = frozenset()
        with self._errors(f"SELECT {folder}"):
            st = self.client.select_folder(name, readonly=readonly)
        self._selected = name
        # EXAMINE: nothing can be stored. Without PERMANENTFLAGS, RFC 3501 says every flag
        # in FLAGS can be stored permanently.
        permanent = () if readonly else st.get(b"PERMANENTFLAGS", st.get(b"FLAGS", ()))
        self._permanent = frozenset(f.lower() for f in permanent)
        return FolderState(
            int(st[b"UIDVALIDITY"]), int(st.get(b"UIDNEXT", 0)), int(st.get(b"EXISTS", 0))
        )

    def uids_after(self, uid: int) -> list[int]:
        """UIDs above `uid` in the selected folder, ascending (`N:*` quirk handled)."""
        with self._errors("UID SEARCH"):
            found = self.client.search([b"UID", f"{uid + 1}:*".encode()])
        return sorted(u for u in found if u > uid)

    def existing(self, uids: Sequence[int]) -> set[int]:
        """Which of these UIDs are still in the selected folder."""
        if not uids:
            return set()
        with self._errors("UID SEARCH"):
            found = self.client.search([b"UID", _uid_set(uids)])
        return set(found) & set(uids)

    def uids_since(self, day: date) -> list[int]:
        """UIDs in the selected folder that arrived on or after `day` (SEARCH SINCE, which
        compares the server's INTERNALDATE), ascending."""
        with self._errors("UID SEARCH SINCE"):
            return sorted(self.client.search([b"SINCE", day]))

    def fetch(self, uids: Sequence[int], max_bytes: int, *, preview: int = 0) -> Iterator[Fetched]:
        """Messages without setting \\Seen: the first `max_bytes` of each, or with `preview`
        only the header and the first `preview` bytes of the text after it.

        The preview is what deciding needs (subject, sender, the first few KB of the body) at
        a fraction of the download, which matters on Gmail's ~2,500 MB a day. A message is
        truncated when less than its RFC822.SIZE came back.
        """
        if preview:
            items = [
                b"RFC822.SIZE",
                f"BODY.PEEK[HEADER]<0.{HEADER_CAP}>".encode(),
                f"BODY.PEEK[TEXT]<0.{preview}>".encode(),
            ]
        else:
            items = [b"RFC822.SIZE", f"BODY.PEEK[]<0.{max_bytes}>".encode()]
        for start in range(0, len(uids), FETCH_CHUNK):
            chunk = list(uids[start : start + FETCH_CHUNK])
            with self._errors("FETCH"):
                response = self._fetch(chunk, items)
            for uid in chunk:
                data = response.get(uid)
                if data is None:  # expunged meanwhile
                    continue
                size = int(data.get(b"RFC822.SIZE") or 0)
                if preview:
                    header = data.get(b"BODY[HEADER]<0>") or b""
                    text = data.get(b"BODY[TEXT]<0>") or b""
                    raw = header if len(header) >= HEADER_CAP else header + text
                else:
                    raw = data.get(b"BODY[]<0>") or b""
                truncated = len(raw) < size if size else len(raw) >= max_bytes
                yield Fetched(uid, raw, truncated=truncated, size=size)

    def _fetch(self, uids: Sequence[int], items: Sequence[bytes]) -> dict[int, dict[bytes, Any]]:
        """UID FETCH of plain *items* (sizes, sections, flags): UID -> {item: value}, like
        imapclient's fetch(), read by fetch_response.read_fetch, which is six times faster
        than imapclient's generic parser; imapclient's reads what read_fetch does not take."""
        client = self.client
        data = client._raw_command_untagged(
            b"FETCH", [_uid_set(uids), b"(" + b" ".join(items) + b")"]
        )
        try:
            response: dict[int, dict[bytes, Any]] = read_fetch(data)
        except UnreadableError as e:
            log.debug("imap.fetch_generic_parser", reason=str(e))
            response = parse_fetch_response(data, client.normalise_times, True)
        return response

    def fetch_headers(
        self, uids: Sequence[int], names: Sequence[str]
    ) -> Iterator[tuple[int, bytes]]:
        """Only the named header fields of each message (BODY.PEEK[HEADER.FIELDS (...)])."""
        item = f"BODY.PEEK[HEADER.FIELDS ({' '.join(n.upper() for n in names)})]".encode()
        for start in range(0, len(uids), FETCH_CHUNK):
            chunk = list(uids[start : start + FETCH_CHUNK])
            with self._errors("FETCH headers"):
                response = self._fetch(chunk, [item])
            for uid in chunk:
                data = response.get(uid, {})
                value = next(
                    (v for k, v in data.items() if k.startswith(b"BODY[HEADER.FIELDS")), b""
                )
                yield uid, value or b""

    def folder_exists(self, folder: str) -> bool:
        with self._errors(f"LIST {folder}"):
            return bool(self.client.folder_exists(self.server_name(folder)))

    def ensure_folder(self, folder: str) -> str:
        """Create the folder unless it exists as a real, selectable mailbox.

        A parent created implicitly for a child ("Rejections" for "Rejections/Review") is
        listed with \\Noselect or \\NonExistent: it exists but cannot hold mail.
        """
        name = self.server_name(folder)
        with self._errors(f"CREATE {folder}"):
            listed = self.client.list_folders("", name)
            flags = {f.lower() for f in listed[0][0]} if listed else set()
            if not listed or flags & {rb"\noselect", rb"\nonexistent"}:
                self.client.create_folder(name)
                log.info("imap.folder_created", folder=name)
                try:
                    self.client.subscribe_folder(name)
                except IMAPClientError:
                    log.warning("imap.subscribe_failed", folder=name)
        return name

    def drafts_folder(self, *, create: bool) -> str | None:
        """The \\Drafts special-use folder, else a well-known name, else (if asked) a new one."""
        found = self.special_folder(rb"\Drafts", DRAFTS_NAMES)
        if found or not create:
            return found
        return self.ensure_folder("Drafts")

    def sent_folder(self) -> str | None:
        return self.special_folder(rb"\Sent", SENT_NAMES)

    def special_folder(self, flag: bytes, names: Sequence[str]) -> str | None:
        """Ask the server (SPECIAL-USE flags in one LIST), then fall back to common names."""
        with self._errors("LIST"):
            listed = self.client.list_folders()
        wanted = flag.lower()
        for flags, _delimiter, name in listed:
            if wanted in {f.lower() for f in flags}:
                return str(name)
        by_lower = {str(name).lower(): str(name) for _flags, _delimiter, name in listed}
        for candidate in names:
            for variant in (candidate, self.server_name(candidate)):
                if variant.lower() in by_lower:
                    return by_lower[variant.lower()]
        return None

    def search_header(self, header: str, value: str) -> list[int]:
        """UIDs in the selected folder whose `header` contains `value`."""
        with self._errors(f"SEARCH HEADER {header}"):
            return sorted(self.client.search([b"HEADER", header.encode(), value.encode()]))

    # --- read-only look-ups in the mailbox's history (crm/contacts.py) ---------------------

    def search_terms(
        self,
        terms: Sequence[str],
        fields: Sequence[str],
        since: date | None,
        *,
        subjects: Sequence[str] = (),
        within: bytes = b"",
    ) -> list[int]:
        """UIDs in the selected folder with any term in any of the header *fields* (FROM, TO,
        CC, SUBJECT) or any of *subjects* in the Subject, received since *since*: one SEARCH,
        whatever the number of terms. *within*: a UID set (``1:5,9``) that holds every
        message that could match (see header_digest.py); the server then reads only those
        (one SEARCH per SET_PART_CHARS of the set)."""
        wanted = [t for t in terms if t and t.isprintable()]
        named = [t for t in subjects if t and t.isprintable()]
        tests: list[list[Any]] = [[f.upper(), t] for t in wanted for f in fields]
        tests += [["SUBJECT", t] for t in named]
        if not tests:
            return []
        criteria = _any_of(tests)
        if since is not None:
            criteria = ["SINCE", since, criteria]
        charset = None if all(t.isascii() for t in [*wanted, *named]) else "UTF-8"
        if not within:
            with self._errors("SEARCH terms"):
                return sorted(self.client.search(criteria, charset=charset))
        found: set[int] = set()
        for part in _set_parts(within, SET_PART_CHARS):  # command lines stay short
            with self._errors("SEARCH terms"):
                found.update(self.client.search([b"UID", part, criteria], charset=charset))
        return sorted(found)

    def fetch_summaries(self, uids: Sequence[int], names: Sequence[str]) -> Iterator[Summary]:
        """Named header fields and BODYSTRUCTURE of each message, without setting \\Seen."""
        header = f"BODY.PEEK[HEADER.FIELDS ({' '.join(n.upper() for n in names)})]".encode()
        for start in range(0, len(uids), FETCH_CHUNK):
            chunk = list(uids[start : start + FETCH_CHUNK])
            with self._errors("FETCH summaries"):
                response = self.client.fetch(chunk, [header, b"BODYSTRUCTURE"])
            for uid in chunk:
                data = response.get(uid)
                if data is None:
                    continue
                value = next(
                    (v for k, v in data.items() if k.startswith(b"BODY[HEADER.FIELDS")), b""
                )
                parts = tuple(_calendar_parts(data.get(b"BODYSTRUCTURE"), ""))
                yield Summary(uid, value or b"", parts)

    def fetch_part(self, uid: int, part: str, max_bytes: int) -> bytes:
        """The first *max_bytes* of one body part, still transfer-encoded; never \\Seen."""
        if not re.fullmatch(r"\d+(?:\.\d+)*", part):
            raise MailboxError(f"not a body part number: {part!r}")
        with self._errors("FETCH part"):
            response = self.client.fetch([uid], [f"BODY.PEEK[{part}]<0.{max_bytes}>".encode()])
        data = response.get(uid, {})
        return next((v for k, v in data.items() if k.startswith(b"BODY[")), b"") or b""

    def internal_date(self, uid: int) -> datetime | None:
        """When the server received the message (INTERNALDATE), None if it is gone."""
        with self._errors("FETCH INTERNALDATE"):
            response = self.client.fetch([uid], [b"INTERNALDATE"])
        value = response.get(uid, {}).get(b"INTERNALDATE")
        return value if isinstance(value, datetime) else None

    # --- writing -----------------------------------------------------------------------------

    def append(self, folder: str, raw: bytes, when: datetime) -> None:
        with self._errors(f"APPEND to {folder}"):
            self.client.append(folder, raw, flags=DRAFT_FLAGS, msg_time=when)

    def move(self, uids: Sequence[int], destination: str) -> None:
        """Move from the selected folder: MOVE, else COPY + \\Deleted + UID EXPUNGE."""
        if not uids:
            return
        target = self.server_name(destination)
        with self._errors(f"MOVE to {destination}"):
            if self.has("MOVE"):
                self.client.move(list(uids), target)
                return
            self.client.copy(list(uids), target)
            self.client.add_flags(list(uids), [rb"\Deleted"], silent=True)
            if self.has("UIDPLUS"):
                self.client.uid_expunge(list(uids))
            else:
                # Plain EXPUNGE would also remove messages the user flagged \Deleted; leave ours
                # flagged for the user's client to expunge instead.
                log.warning("imap.no_uidplus", detail="moved messages left flagged \\Deleted")

    def permanent_flags(self) -> frozenset[bytes]:
        """The PERMANENTFLAGS the server announced for the selected folder, in lower case
        (``\\*`` means any new keyword can be stored); empty when read-only or not said."""
        return self._permanent

    def add_keyword(self, uids: Sequence[int], keyword: str) -> None:
        """UID STORE +FLAGS.SILENT (keyword): no other flag changes, \\Seen included."""
        self._store_flag(uids, keyword, add=True)

    def remove_keyword(self, uids: Sequence[int], keyword: str) -> None:
        """UID STORE -FLAGS.SILENT (keyword)."""
        self._store_flag(uids, keyword, add=False)

    def _store_flag(self, uids: Sequence[int], keyword: str, *, add: bool) -> None:
        if not uids:
            return
        store = self.client.add_flags if add else self.client.remove_flags
        with self._errors(f"STORE {'+' if add else '-'}FLAGS {keyword}"):
            store(list(uids), [keyword.encode("ascii")], silent=True)

    def add_label(self, uids: Sequence[int], label: str) -> None:
        """Gmail (X-GM-EXT-1): add a label; the message keeps \\Inbox, so it is not archived."""
        if uids:
            with self._errors(f"STORE +X-GM-LABELS {label}"):
                self.client.add_gmail_labels(list(uids), [label], silent=True)

    def remove_label(self, uids: Sequence[int], label: str) -> None:
        if uids:
            with self._errors(f"STORE -X-GM-LABELS {label}"):
                self.client.remove_gmail_labels(list(uids), [label], silent=True)

    # --- waiting -----------------------------------------------------------------------------

    def idle_start(self) -> None:
        """Enter IDLE on the selected folder (the caller checked has("IDLE"))."""
        with self._errors("IDLE"):
            self.client.idle()

    def idle_check(self, seconds: float) -> bool:
        """Wait up to `seconds` in IDLE; True if the server announced new mail (EXISTS).

        imapclient's idle_check swallows EOF and returns an empty list at once, so an early
        empty return is proved harmless by leaving and re-entering IDLE, which raises on a
        dead connection instead of spinning.
        """
        started = time.monotonic()
        with self._errors("IDLE"):
            responses = self.client.idle_check(timeout=seconds)
            if any(r and r[0] == b"BYE" for r in responses):
                raise MailboxError(f"{self.host}:{self.port} closed the connection (BYE)")
            if not responses and time.monotonic() - started < seconds / 2:
                self.client.idle_done()
                self.client.idle()
        return any(len(r) > 1 and r[1] == b"EXISTS" for r in responses)

    def idle_done(self) -> None:
        with self._errors("IDLE DONE"):
            self.client.idle_done()


def _any_of(tests: list[list[Any]]) -> list[Any]:
    """SEARCH keys ORed as a balanced tree: nesting grows with the log of their number."""
    if len(tests) == 1:
        return tests[0]
    middle = len(tests) // 2
    return ["OR", _any_of(tests[:middle]), _any_of(tests[middle:])]


def _calendar_parts(structure: Any, prefix: str) -> Iterator[tuple[str, str]]:
    """(part number, transfer encoding) of each text/calendar part in a BODYSTRUCTURE."""
    if not isinstance(structure, (tuple, list)) or not structure:
        return
    if isinstance(structure[0], list):  # multipart: ([children], subtype, ...)
        for number, child in enumerate(structure[0], 1):
            yield from _calendar_parts(child, f"{prefix}{number}.")
        return
    kind = [_lower(x) for x in structure[:2]]
    if len(structure) > 5 and kind == ["text", "calendar"]:
        yield prefix.rstrip(".") or "1", _lower(structure[5]) or "7bit"


def _lower(value: Any) -> str:
    return _text(value).lower() if isinstance(value, (bytes, str)) else ""


def is_server_limit(reason: str) -> bool:
    """Whether an error text is a server refusing more work for now (see LIMIT_MARKERS)."""
    text = reason.lower()
    return any(marker in text for marker in LIMIT_MARKERS)


def _set_parts(uid_set: bytes, limit: int) -> Iterator[bytes]:
    """A UID set cut at its commas into sets of at most *limit* bytes (or one element)."""
    part: list[bytes] = []
    size = 0
    for element in uid_set.split(b","):
        if part and size + len(element) > limit:
            yield b",".join(part)
            part, size = [], 0
        part.append(element)
        size += len(element) + 1
    if part:
        yield b",".join(part)


def _uid_set(uids: Sequence[int]) -> bytes:
    return ",".join(str(u) for u in sorted(set(uids))).encode()


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value


def _reason(error: BaseException) -> str:
    if isinstance(error, socket.timeout):
        return "timed out"
    text = str(error) or type(error).__name__
    # imapclient wraps the server's words as the repr of bytes: b'[AUTHENTICATIONFAILED] ...'
    quoted = _BYTES_REPR_RE.fullmatch(text)
    if quoted:
        text = quoted.group(2)
    return " ".join(text.split())[:300]


def _speaks_tls(host: str, port: int, timeout: float) -> bool:
    """Whether a TLS handshake with host:port gets a TLS answer (no credentials are sent)."""
    context = ssl.create_default_context()
    try:
        with (
            socket.create_connection((host, port), timeout=timeout) as sock,
            context.wrap_socket(sock, server_hostname=host),
        ):
            return True
    except ssl.SSLCertVerificationError:
        return True  # a TLS server, with a certificate we would not trust
    except OSError:  # includes ssl.SSLError (not TLS) and timeouts
        return False


def _quiet_wire(client: Any) -> None:
    """imapclient sets imaplib's debug level to 5, at which imaplib formats a repr of every
    line and literal it reads for the wire trace, even when the trace logger drops it: a
    third of a second of CPU for 10,000 previews. Level 0 unless the trace is on (logs.py),
    and lines read without imaplib's debug ring buffer (_read_line)."""
    if not logging.getLogger(TRACE_LOGGER).isEnabledFor(logging.DEBUG):
        imap = client._imap
        imap.debug = 0
        imap._get_line = types.MethodType(_read_line, imap)


def _read_line(imap: Any) -> bytes:
    """imaplib's IMAP4._get_line without what only its debugging reads: below debug level 4
    it still formats a repr of every line and keeps it with a timestamp in a ring of ten
    (print_log's, which runs only at level 1 and above). The same line and the same errors:
    10,000 previews' FETCHes 0.145 -> 0.130 s of CPU."""
    line = imap.readline()
    if not line:
        raise imap.abort("socket error: EOF")
    # Protocol mandates all lines terminated by CRLF
    if not line.endswith(b"\r\n"):
        raise imap.abort(f"socket error: unterminated line: {line!r}")
    return line[:-2]  # type: ignore[no-any-return]


def _quiet_close(client: Any) -> None:
    try:
        client.shutdown()
    except (OSError, IMAPClientError):
        log.debug("imap.shutdown_failed")
