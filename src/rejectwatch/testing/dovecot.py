"""A throwaway local Dovecot for the test suite, the demo and the benchmarks.

``TestServer`` holds what every throwaway server shares (a temp root, a free port on
127.0.0.1, start / stop / restart, and the seeding and inspection helpers); Cyrus and
Courier, run from an unpacked Debian package root, live in ``unpacked``.

``DovecotServer`` writes its own configuration into a fresh temporary directory and runs
``dovecot -F -c CONF`` in the foreground, listening on 127.0.0.1 on a free port with plain
text IMAP (no TLS).  Nothing under /etc/dovecot is read.  Every user name logs in with the
one password (a static passdb), each user gets its own empty maildir, so a test isolates
itself simply by choosing a new user name.  XOAUTH2 and OAUTHBEARER accept ``oauth_token``.

Seeding and inspection (``append``, ``list_folder``, ``folder_flags``) talk IMAP through the
standard library's ``imaplib`` on purpose: only ``rejectwatch.mail.mailbox`` uses imapclient, so
the helpers here check that code rather than share its mistakes.

Behaviour of Dovecot 2.3.19 worth knowing (checked by tests/test_dovecot.py):

* ``disable_capabilities`` sets ``imap_capability`` to ``DEFAULT_CAPABILITIES`` minus those
  names.  The command stays hidden but Dovecot still runs it: ``UID MOVE`` answers OK with
  MOVE hidden.  The pre-login greeting then shows the whole post-login list (plus AUTH=).
* Every failed login is answered after about 0.5 s (the auth failure flush tick, even with
  ``auth_failure_delay = 0``).  The anvil auth penalty (4 s, 8 s, ... up to 15 s for
  repeated failures from one IP) is switched off, because login_trusted_networks does not
  switch it off.
* The hierarchy separator is Dovecot's maildir default, ``.`` (``Rejections.Review``).
  With ``special_use=True``, Drafts, Sent, Trash, Junk and Archive exist from the first
  login (auto = subscribe) and LIST shows their SPECIAL-USE flags.  With False none of them
  exists until created, and nothing is flagged.
* IDLE reports a new message (``* n EXISTS``) 0.2 to 0.5 s after the APPEND returns.
* ``read_only_folders`` (and ``set_read_only`` on a running server) turns on the acl plugin
  with a global ACL file that leaves the owner ``lrws`` on those folders: APPEND and MOVE
  into them are answered ``NO [NOPERM] Permission denied``; the file is re-read every command.

This module is for development only; it is never used to talk to a user's real mailbox.
"""

from __future__ import annotations

import base64
import contextlib
import getpass
import grp
import imaplib
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Collection, Iterable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import Self

from rejectwatch.mail.mailbox import ImapMailbox

__all__ = [
    "DEFAULT_CAPABILITIES",
    "DovecotServer",
    "TestServer",
    "dovecot_available",
    "find_dovecot",
]

#: What Dovecot 2.3 advertises after login with this configuration (``imap_capability``
#: unset).  ``disable_capabilities`` removes names from this list.  Checked by the tests.
DEFAULT_CAPABILITIES: tuple[str, ...] = (
    "IMAP4rev1",
    "SASL-IR",
    "LOGIN-REFERRALS",
    "ID",
    "ENABLE",
    "IDLE",
    "SORT",
    "SORT=DISPLAY",
    "THREAD=REFERENCES",
    "THREAD=REFS",
    "THREAD=ORDEREDSUBJECT",
    "MULTIAPPEND",
    "URL-PARTIAL",
    "CATENATE",
    "UNSELECT",
    "CHILDREN",
    "NAMESPACE",
    "UIDPLUS",
    "LIST-EXTENDED",
    "I18NLEVEL=1",
    "CONDSTORE",
    "QRESYNC",
    "ESEARCH",
    "ESORT",
    "SEARCHRES",
    "WITHIN",
    "CONTEXT=SEARCH",
    "LIST-STATUS",
    "BINARY",
    "MOVE",
    "SNIPPET=FUZZY",
    "PREVIEW=FUZZY",
    "PREVIEW",
    "STATUS=SIZE",
    "SAVEDATE",
    "LITERAL+",
    "NOTIFY",
    "SPECIAL-USE",
)

_SPECIAL_USE_MAILBOXES: tuple[tuple[str, str, str], ...] = (
    # (name, special_use, auto)
    ("Drafts", "\\Drafts", "subscribe"),
    ("Sent", "\\Sent", "subscribe"),
    ("Trash", "\\Trash", "subscribe"),
    ("Junk", "\\Junk", "subscribe"),
    ("Archive", "\\Archive", "subscribe"),
)

_SBIN_DIRS = ("/usr/sbin", "/usr/local/sbin", "/opt/homebrew/sbin", "/sbin")
_LIBEXEC_DIRS = (
    "/usr/lib/dovecot",
    "/usr/libexec/dovecot",
    "/usr/local/libexec/dovecot",
    "/opt/homebrew/libexec/dovecot",
)
_START_TIMEOUT = 15.0
_SEED_BATCH_MESSAGES = 500  # measured: larger batches are no faster
_SEED_BATCH_BYTES = 8 * 1024 * 1024


def find_dovecot() -> str | None:
    """The dovecot binary, also looked for in sbin directories a non-root PATH may lack."""
    found = shutil.which("dovecot")
    if found:
        return found
    for directory in _SBIN_DIRS:
        candidate = Path(directory) / "dovecot"
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    return None


def _imap_binary_present() -> bool:
    """Whether the IMAP protocol (dovecot-imapd on Debian) is installed, when we can tell."""
    known = [Path(d) for d in _LIBEXEC_DIRS if Path(d).is_dir()]
    if not known:
        return True  # unusual layout: let start() find out and report the log
    return any((d / "imap").is_file() and (d / "imap-login").is_file() for d in known)


def dovecot_available() -> bool:
    """True when a Dovecot with IMAP support is installed on this machine."""
    return find_dovecot() is not None and _imap_binary_present()


def _free_port(host: str) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port


def _quote(mailbox: str) -> str:
    """An IMAP quoted string for a mailbox name (modified UTF-7 for non-ASCII)."""
    encoded = _encode_mutf7(mailbox)
    return '"' + encoded.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _encode_mutf7(text: str) -> str:
    """RFC 3501 modified UTF-7, enough for mailbox names in tests."""
    out: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        if pending:
            raw = "".join(pending).encode("utf-16-be")
            out.append(
                "&" + base64.b64encode(raw).decode("ascii").rstrip("=").replace("/", ",") + "-"
            )
            pending.clear()

    for char in text:
        if 0x20 <= ord(char) <= 0x7E:
            flush()
            out.append("&-" if char == "&" else char)
        else:
            pending.append(char)
    flush()
    return "".join(out)


def _flag_list(flags: Iterable[str | bytes]) -> str:
    names = [f.decode("ascii") if isinstance(f, bytes) else f for f in flags]
    return "(" + " ".join(names) + ")"


class TestServer:
    """What every throwaway IMAP server shares: a temp root, a port on 127.0.0.1, a process.

    A subclass writes its configuration (``_write_config``) and names the command that runs
    the server in the foreground (``_command``); ``start`` waits for the ``* OK`` greeting.
    ``folder`` maps a user-facing name ("Rejections/Review") to this server's hierarchy.
    """

    __test__ = False  # not a pytest test class, whatever its name says
    kind = "imap"
    #: The personal namespace: prefix and hierarchy separator, as the server announces them.
    prefix = ""
    separator = "."

    host: str
    port: int
    password: str
    root: Path

    def __init__(self, *, password: str = "secret-test-pw") -> None:  # noqa: S107
        self.host = "127.0.0.1"
        self.port = 0
        self.password = password
        self.root = Path()
        self._process: subprocess.Popen[bytes] | None = None
        self._owns_root = False

    # ------------------------------------------------------------------ lifecycle

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    @property
    def log_path(self) -> Path:
        return self.root / f"{self.kind}.log"

    def folder(self, name: str) -> str:
        """The server's name for a user-facing folder ("Rejections/Review")."""
        if name.upper() == "INBOX":
            return "INBOX"
        return self.prefix + name.replace("/", self.separator)

    def start(self) -> None:
        """Start the server and return once its ``* OK`` greeting arrives."""
        if self.running:
            return
        self._check_installed()
        if self.port:  # stopped by hand after a start: same port, same mail
            self._write_config()
            self._launch()
            return
        self._make_root()
        for attempt in range(3):
            # The port is free when we look; another process may take it before the server
            # binds it, so on "Address already in use" try again with a new one.
            self.port = _free_port(self.host)
            self._write_config()
            try:
                self._launch()
            except RuntimeError as exc:
                if "already in use" not in str(exc) or attempt == 2:
                    raise
            else:
                return

    def stop(self) -> None:
        """Stop the server and remove the temporary directory with all the mail."""
        self._terminate()
        if self._owns_root:
            shutil.rmtree(self.root, ignore_errors=True)
            self._owns_root = False
        self.root = Path()
        self.port = 0

    def restart(self, down_seconds: float = 0.0) -> None:
        """Stop the process, keeping the mail, and start again on the same port."""
        if not self.port:
            raise RuntimeError("restart() needs a server that was started")
        self._terminate()
        if down_seconds > 0:
            time.sleep(down_seconds)
        self._launch()

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def __del__(self) -> None:  # a last resort so a crashed test run leaves no server behind
        with contextlib.suppress(Exception):
            self._terminate()

    def log_tail(self, lines: int = 30) -> str:
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return "(no log written)"
        return "\n".join(text.splitlines()[-lines:]) or "(log is empty)"

    def settings_env(self, user: str, data_dir: Path) -> dict[str, str]:
        """The REJECTWATCH_* variables that point rejectwatch at `user` here (plain, loopback)."""
        return {
            "REJECTWATCH_IMAP_HOST": self.host,
            "REJECTWATCH_IMAP_PORT": str(self.port),
            "REJECTWATCH_IMAP_USERNAME": user,
            "REJECTWATCH_IMAP_PASSWORD": self.password,
            "REJECTWATCH_IMAP_SECURITY": "plain",
            "REJECTWATCH_DATA_DIR": str(data_dir),
        }

    def mailbox(self, user: str) -> ImapMailbox:
        """rejectwatch's own IMAP adapter, logged in to this server as `user` (plain, loopback)."""
        box = ImapMailbox(
            host=self.host,
            port=self.port,
            username=user,
            secret=lambda: self.password,
            security="plain",
        )
        box.connect()
        return box

    # ------------------------------------------------------------------ for subclasses

    def _check_installed(self) -> None:
        raise NotImplementedError

    def _write_config(self) -> None:
        raise NotImplementedError

    def _command(self) -> tuple[list[str], dict[str, str] | None]:
        """The argv (and environment, None = ours) that runs the server in the foreground."""
        raise NotImplementedError

    # ------------------------------------------------------------------ internals

    def _make_root(self) -> None:
        # Not pytest's tmp_path: as root the mail processes run as nobody and need to
        # traverse every directory on the way, and tmp_path is mode 0700.
        self.root = Path(tempfile.mkdtemp(prefix=f"rejectwatch-{self.kind}-", dir="/tmp"))
        self._owns_root = True
        self.root.chmod(0o755)
        mail = self.root / "mail"
        mail.mkdir()
        if os.geteuid() == 0:
            chown_nobody(mail)
            mail.chmod(0o755)
        else:
            mail.chmod(0o700)

    def _launch(self) -> None:
        argv, env = self._command()
        with (self.root / f"{self.kind}.stderr").open("ab") as stderr:
            self._process = subprocess.Popen(
                argv,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=stderr,
                start_new_session=True,  # its own process group, so stop() reaches children
            )
        try:
            self._wait_for_greeting()
        except BaseException:
            self._terminate()
            raise

    def _wait_for_greeting(self) -> None:
        deadline = time.monotonic() + _START_TIMEOUT
        last_error = "no attempt made"
        while time.monotonic() < deadline:
            if self._process is not None and self._process.poll() is not None:
                raise RuntimeError(
                    f"{self.kind} exited with status {self._process.returncode} during start"
                    f"\n{self._start_report()}"
                )
            try:
                with socket.create_connection((self.host, self.port), timeout=1.0) as sock:
                    greeting = sock.makefile("rb").readline()
                if greeting.startswith(b"* OK"):
                    return
                last_error = f"unexpected greeting {greeting!r}"
            except OSError as exc:
                last_error = str(exc)
            time.sleep(0.02)
        raise RuntimeError(
            f"{self.kind} gave no IMAP greeting on {self.host}:{self.port} within "
            f"{_START_TIMEOUT:.0f} s (last: {last_error})\n{self._start_report()}"
        )

    def _start_report(self) -> str:
        parts = [f"root: {self.root}", "log tail:", self.log_tail()]
        stderr = self.root / f"{self.kind}.stderr"
        with contextlib.suppress(OSError):
            text = stderr.read_text(encoding="utf-8", errors="replace").strip()
            if text:
                parts += ["stderr:", "\n".join(text.splitlines()[-15:])]
        return "\n".join(parts)

    def _terminate(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        # SIGTERM to the whole process group (master and every child) at once: signalling
        # only the master makes it wait for its children. Each committed APPEND/STORE is
        # already on disk, so no mail is lost.
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=5)
        # A child that ignored SIGTERM must not keep the port or the mail busy.
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)

    # ------------------------------------------------------------------ IMAP helpers

    @contextlib.contextmanager
    def connect(self, user: str) -> Iterator[imaplib.IMAP4]:
        """An ``imaplib`` connection logged in as ``user``; logs out afterwards."""
        if not self.running:
            raise RuntimeError("the server is not running")
        imap = imaplib.IMAP4(self.host, self.port, timeout=30)
        try:
            imap.login(user, self.password)
            yield imap
        finally:
            with contextlib.suppress(Exception):
                imap.logout()

    def append(
        self,
        user: str,
        folder: str,
        messages: Iterable[bytes],
        flags: Sequence[str | bytes] = (),
    ) -> None:
        """Seed ``messages`` into ``folder`` of ``user`` (created if missing), in order.

        Uses MULTIAPPEND with LITERAL+ in batches: one round trip per batch instead of one
        per message, so ten thousand small messages take a few seconds at most.
        """
        flag_text = _flag_list(flags)
        with self.connect(user) as imap:
            _create_if_missing(imap, folder)
            caps = _capabilities(imap)
            if not {"MULTIAPPEND", "LITERAL+"} <= caps:
                for message in messages:
                    typ, data = imap.append(_quote(folder), flag_text, None, message)
                    if typ != "OK":
                        raise RuntimeError(f"APPEND to {folder!r} failed: {data!r}")
                return
            batch: list[bytes] = []
            size = 0
            for number, message in enumerate(messages):
                batch.append(message)
                size += len(message)
                if len(batch) >= _SEED_BATCH_MESSAGES or size >= _SEED_BATCH_BYTES:
                    _multiappend(imap, f"S{number}", folder, flag_text, batch)
                    batch, size = [], 0
            if batch:
                _multiappend(imap, "SLAST", folder, flag_text, batch)

    def list_folder(self, user: str, folder: str) -> list[bytes]:
        """The raw full messages in ``folder``, in UID order (fetched with BODY.PEEK[])."""
        with self.connect(user) as imap:
            fetched = _uid_fetch(imap, folder, "(UID BODY.PEEK[])")
        out: list[tuple[int, bytes]] = []
        for item in fetched:
            if isinstance(item, tuple):
                uid = _uid_of(item[0])
                out.append((uid, item[1]))
        out.sort(key=lambda pair: pair[0])
        return [body for _, body in out]

    def folder_flags(self, user: str, folder: str) -> list[tuple[int, tuple[bytes, ...]]]:
        """``(uid, flags)`` for every message in ``folder``, in UID order.

        The session flag ``\\Recent`` is left out: whether it shows depends on which
        session looked first, so it would make tests flaky.
        """
        with self.connect(user) as imap:
            fetched = _uid_fetch(imap, folder, "(UID FLAGS)")
        out: list[tuple[int, tuple[bytes, ...]]] = []
        for item in fetched:
            line = item[0] if isinstance(item, tuple) else item
            if not isinstance(line, bytes):
                continue
            match = _FLAGS_RE.search(line)
            uid = _UID_RE.search(line)
            if match is None or uid is None:
                # no UID: an unsolicited FETCH, another session (the daemon) changing flags
                # while we looked; the answer to our UID FETCH carries the UID
                continue
            flags = tuple(f for f in match.group(1).split() if f.lower() != b"\\recent")
            out.append((int(uid.group(1)), flags))
        out.sort(key=lambda pair: pair[0])
        return out


class DovecotServer(TestServer):
    """A Dovecot on 127.0.0.1 with its configuration, state and mail in a temp directory."""

    kind = "dovecot"
    oauth_token: str

    def __init__(
        self,
        *,
        password: str = "secret-test-pw",  # noqa: S107 - a throwaway test server
        oauth_token: str = "test-oauth-token",  # noqa: S107 - a throwaway test server
        disable_capabilities: Collection[str] = (),
        special_use: bool = True,
        read_only_folders: Collection[str] = (),
    ) -> None:
        super().__init__(password=password)
        self.oauth_token = oauth_token
        self.disable_capabilities = frozenset(c.upper() for c in disable_capabilities)
        self.special_use = special_use
        self.read_only_folders = frozenset(read_only_folders)
        self._binary: str | None = None

    def set_read_only(self, folders: Collection[str]) -> None:
        """Make these folders read-only for their owner (a global ACL without the insert
        right: APPEND and MOVE into them are refused with NOPERM); () lifts it."""
        self.read_only_folders = frozenset(folders)
        if self.root != Path():
            self._write_acl()

    def _write_acl(self) -> None:
        lines = [f"{name} owner lrws\n" for name in sorted(self.read_only_folders)]
        (self.root / "global-acl").write_text("".join(lines), encoding="utf-8")

    @property
    def config_path(self) -> Path:
        return self.root / "dovecot.conf"

    def maildir(self, user: str) -> Path:
        """The maildir of ``user`` (folders are ``.Name`` subdirectories)."""
        return self.root / "mail" / user

    def _check_installed(self) -> None:
        self._binary = find_dovecot()
        if self._binary is None:
            raise RuntimeError(
                "dovecot is not installed (on Debian: apt-get install -y dovecot-imapd)"
            )

    def _command(self) -> tuple[list[str], dict[str, str] | None]:
        if self._binary is None:
            raise RuntimeError("dovecot binary not located; call start() first")
        return [self._binary, "-F", "-c", str(self.config_path)], None

    def _write_config(self) -> None:
        root = self.root
        if os.geteuid() == 0:
            login_user, internal_user = "dovenull", "dovecot"
            mail_user = "nobody"
            mail_group = grp.getgrgid(_nogroup_gid(pwd.getpwnam("nobody").pw_gid)).gr_name
        else:
            me = getpass.getuser()
            login_user = internal_user = mail_user = me
            mail_group = grp.getgrgid(os.getegid()).gr_name

        lines = [
            "# Written by rejectwatch.testing.dovecot; throwaway, for tests only.",
            f"base_dir = {root}/run",
            f"state_dir = {root}/state",
            f"log_path = {root}/dovecot.log",
            f"info_log_path = {root}/dovecot.log",
            f"debug_log_path = {root}/dovecot.log",
            "instance_name = rejectwatch-devserver",
            "protocols = imap",
            f"listen = {self.host}",
            "ssl = no",
            "disable_plaintext_auth = no",
            "auth_mechanisms = plain login xoauth2 oauthbearer",
            "auth_failure_delay = 0",
            "auth_cache_size = 0",
            f"default_login_user = {login_user}",
            f"default_internal_user = {internal_user}",
            f"default_internal_group = {grp.getgrgid(pwd.getpwnam(internal_user).pw_gid).gr_name}",
            f"mail_uid = {mail_user}",
            f"mail_gid = {mail_group}",
            "first_valid_uid = 1",
            f"mail_location = maildir:{root}/mail/%u",
            "mail_fsync = never",
            "maildir_very_dirty_syncs = no",
            "login_greeting = rejectwatch devserver ready.",
            "",
            "passdb {",
            "  driver = static",
            f"  args = password={self.password}",
            "  mechanisms = plain login",
            "}",
            "passdb {",
            "  driver = static",
            f"  args = password={self.oauth_token}",
            "  mechanisms = xoauth2 oauthbearer",
            "}",
            "userdb {",
            "  driver = static",
            f"  args = home={root}/mail/%u",
            "}",
            "",
            "service imap-login {",
            "  chroot =",
            "  inet_listener imap {",
            f"    address = {self.host}",
            f"    port = {self.port}",
            "  }",
            "  inet_listener imaps {",
            "    port = 0",
            "  }",
            "  process_min_avail = 1",
            "}",
            "service anvil {",
            "  chroot =",
            # No auth penalty: after a failed login Dovecot otherwise delays the next
            # attempt from the same IP by 4 s, 8 s, ... up to 15 s, whatever
            # auth_failure_delay says (login_trusted_networks does not help in 2.3).
            "  unix_listener anvil-auth-penalty {",
            "    mode = 0",
            "  }",
            "}",
            "service stats {",
            "  unix_listener stats-writer {",
            "    mode = 0666",
            "  }",
            "}",
            "",
            "namespace inbox {",
            "  inbox = yes",
            "  prefix =",
        ]
        if self.special_use:
            for name, use, auto in _SPECIAL_USE_MAILBOXES:
                lines += [
                    f"  mailbox {name} {{",
                    f"    special_use = {use}",
                    f"    auto = {auto}",
                    "  }",
                ]
        lines.append("}")
        if self.read_only_folders:  # the plugin is on only when asked: it costs a stat a command
            self._write_acl()
            lines += [
                "mail_plugins = $mail_plugins acl",
                "plugin {",
                f"  acl = vfile:{root}/global-acl:cache_secs=0",
                "}",
            ]
        if self.disable_capabilities:
            kept = [c for c in DEFAULT_CAPABILITIES if c.upper() not in self.disable_capabilities]
            lines.append("imap_capability = " + " ".join(kept))
        self.config_path.write_text("\n".join(lines) + "\n", encoding="utf-8")


_UID_RE = re.compile(rb"UID (\d+)")
_FLAGS_RE = re.compile(rb"FLAGS \(([^)]*)\)")


def chown_nobody(path: Path) -> None:
    """Give `path` to nobody:nogroup, the user the throwaway servers' mail processes run as."""
    nobody = pwd.getpwnam("nobody")
    os.chown(path, nobody.pw_uid, _nogroup_gid(nobody.pw_gid))


def _nogroup_gid(fallback: int) -> int:
    for name in ("nogroup", "nobody"):
        with contextlib.suppress(KeyError):
            return grp.getgrnam(name).gr_gid
    return fallback


def _uid_of(line: bytes) -> int:
    match = _UID_RE.search(line)
    if match is None:
        raise RuntimeError(f"no UID in FETCH response {line!r}")
    return int(match.group(1))


def _capabilities(imap: imaplib.IMAP4) -> set[str]:
    typ, data = imap.capability()
    if typ != "OK" or not data or not isinstance(data[-1], bytes):
        return set()
    return {c.upper() for c in data[-1].decode("ascii", "replace").split()}


def _create_if_missing(imap: imaplib.IMAP4, folder: str) -> None:
    if folder.upper() == "INBOX":
        return
    typ, data = imap.create(_quote(folder))
    if typ == "OK":
        return
    text = b" ".join(d for d in data if isinstance(d, bytes))
    if b"ALREADYEXISTS" not in text.upper().replace(b" ", b""):  # Cyrus: "Mailbox already exists"
        raise RuntimeError(f"CREATE {folder!r} failed: {text!r}")


def _multiappend(
    imap: imaplib.IMAP4, tag: str, folder: str, flag_text: str, messages: list[bytes]
) -> None:
    parts: list[bytes] = [f"{tag} APPEND {_quote(folder)}".encode()]
    for message in messages:
        parts.append(f" {flag_text} {{{len(message)}+}}\r\n".encode())
        parts.append(message)
    parts.append(b"\r\n")
    imap.send(b"".join(parts))
    prefix = tag.encode() + b" "
    while True:
        line = imap.readline()
        if not line:
            raise RuntimeError("connection closed during APPEND")
        if line.startswith(prefix):
            if not line[len(prefix) :].upper().startswith(b"OK"):
                raise RuntimeError(f"APPEND to {folder!r} failed: {line!r}")
            return


def _uid_fetch(imap: imaplib.IMAP4, folder: str, items: str) -> list[object]:
    typ, data = imap.select(_quote(folder), readonly=True)
    if typ != "OK":
        raise RuntimeError(f"cannot open {folder!r}: {data!r}")
    if not data or data[0] in (b"0", None):
        return []
    typ, fetched = imap.uid("FETCH", "1:*", items)
    if typ != "OK":
        raise RuntimeError(f"FETCH in {folder!r} failed: {fetched!r}")
    return [item for item in fetched if item is not None]
