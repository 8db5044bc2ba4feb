"""Throwaway Cyrus IMAP 3.6 and Courier-IMAP 5 servers, run from an unpacked package root.

On Debian 12 the ``cyrus-imapd`` and ``courier-imap`` packages conflict with
``dovecot-imapd``, so ``.ci/run`` does not install them: it fetches them with
``apt-get download`` and unpacks them with ``dpkg -x`` into ``UNPACKED_ROOT`` (with the few
libraries Debian 12 does not have by default). The servers here run those binaries with
``LD_LIBRARY_PATH`` pointing into that root, a configuration written into a fresh temp
directory, plain LOGIN on 127.0.0.1 and no TLS, exactly like ``DovecotServer``.

Cyrus 3.6 (``CyrusServer``): ``master -D`` with its own ``imapd.conf`` and ``cyrus.conf``;
``sasl_pwcheck_method: alwaystrue`` (any user, any password: a test server), the INBOX and
Drafts / Sent / Trash (with their SPECIAL-USE flags) created at first login;
``unix_separator`` picks the "/" or the "." hierarchy separator. IDLE is left as Debian
ships it (no ``idled``), so the server signals new mail only at its own 60-second poll.

Courier-IMAP 5 (``CourierServer``): ``couriertcpd`` runs ``imaplogin`` and ``imapd``. Their
authentication library asks ``authdaemond`` over a socket whose path is compiled in
(``/run/courier/authdaemon/socket``), so the server runs in its own mount namespace
(``unshare -m``, root only) where a private /run holds that path, bound to a socket in the
temp directory. The answer comes from ``_AuthDaemon`` here: the authdaemon protocol, every
user with the one password, each with its own maildir (like Dovecot's static passdb).
Courier offers neither MOVE nor SPECIAL-USE; its namespace is "INBOX." with ".".

This module is for development only; it is never used to talk to a user's real mailbox.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import re
import shutil
import signal
import socketserver
import threading
from pathlib import Path

from rejectwatch.testing.dovecot import TestServer, chown_nobody

__all__ = ["UNPACKED_ROOT", "CourierServer", "CyrusServer", "courier_available", "cyrus_available"]

#: Where ``.ci/run`` unpacks the Debian packages (``dpkg -x``).
UNPACKED_ROOT = Path("/var/cache/rejectwatch-servers/root")

_CYRUS_BIN = "usr/lib/cyrus/bin"
_COURIER_TCPD = "usr/sbin/couriertcpd"
_COURIER_LOGIN = "usr/lib/courier/courier/imaplogin"
_COURIER_IMAPD = "usr/bin/imapd"
_LIBRARY_DIRS = (
    "usr/lib",
    "usr/lib/x86_64-linux-gnu",
    "lib/x86_64-linux-gnu",
    "usr/lib/courier-authlib",
)
# Debian's /etc/courier/imapd, minus TLS and the FAM-based "enhanced" IDLE (no famd here).
_COURIER_ENV = {
    "IMAP_CAPABILITY": "IMAP4rev1 UIDPLUS CHILDREN NAMESPACE THREAD=ORDEREDSUBJECT "
    "THREAD=REFERENCES SORT QUOTA IDLE",
    "IMAP_KEYWORDS": "1",
    "IMAP_ACL": "1",
    "IMAP_IDLE_TIMEOUT": "60",
    "IMAP_MAILBOX_SANITY_CHECK": "1",
    "IMAP_USELOCKS": "1",
    "IMAP_ENHANCEDIDLE": "0",
    "IMAP_UMASK": "022",
    "IMAP_TRASHFOLDERNAME": "Trash",
    "IMAP_EMPTYTRASH": "Trash:7",
    "IMAP_MOVE_EXPUNGE_TO_TRASH": "0",
    "MAILDIRPATH": "Maildir",
}


def _library_path(root: Path) -> str:
    return ":".join(str(root / d) for d in _LIBRARY_DIRS if (root / d).is_dir())


def cyrus_available(root: Path = UNPACKED_ROOT) -> bool:
    """True when the Cyrus binaries are unpacked under `root`."""
    return all((root / _CYRUS_BIN / name).is_file() for name in ("master", "imapd"))


def courier_available(root: Path = UNPACKED_ROOT) -> bool:
    """True when Courier is unpacked under `root` and we may make a mount namespace (root)."""
    unpacked = all((root / p).is_file() for p in (_COURIER_TCPD, _COURIER_LOGIN, _COURIER_IMAPD))
    return unpacked and os.geteuid() == 0 and shutil.which("unshare") is not None


class _UnpackedServer(TestServer):
    """A server whose binaries live under an unpacked package root."""

    def __init__(self, *, password: str, unpacked: Path) -> None:
        super().__init__(password=password)
        self.unpacked = unpacked

    @property
    def log_path(self) -> Path:
        return self.root / f"{self.kind}.stderr"

    def _env(self) -> dict[str, str]:
        return {
            "PATH": os.environ.get("PATH", "/usr/sbin:/usr/bin:/sbin:/bin"),
            "LD_LIBRARY_PATH": _library_path(self.unpacked),
        }


class CyrusServer(_UnpackedServer):
    """Cyrus IMAP 3.6 on 127.0.0.1; "/" or "." as the hierarchy separator."""

    def __init__(
        self,
        *,
        unix_separator: bool = True,
        password: str = "secret-test-pw",  # noqa: S107 - a throwaway test server
        unpacked: Path = UNPACKED_ROOT,
    ) -> None:
        super().__init__(password=password, unpacked=unpacked)
        self.unix_separator = unix_separator
        self.separator = "/" if unix_separator else "."
        self.prefix = "INBOX" + self.separator
        self.kind = "cyrus-slash" if unix_separator else "cyrus-dot"

    def _check_installed(self) -> None:
        if not cyrus_available(self.unpacked):
            raise RuntimeError(f"Cyrus is not unpacked under {self.unpacked} (run .ci/run)")

    def _write_config(self) -> None:
        root = self.root
        # conf/socket: each imapd binds its IDLE client socket there (idle.PID); no idled
        # listens at `idlesocket`, as in Debian's default cyrus.conf, so IDLE polls (60 s).
        for name in ("conf", "conf/socket", "spool", "sieve", "run"):
            (root / name).mkdir(exist_ok=True)
            if os.geteuid() == 0:
                chown_nobody(root / name)
        user = "nobody" if os.geteuid() == 0 else _me()
        conf = {
            "configdirectory": root / "conf",
            "partition-default": root / "spool",
            "sievedir": root / "sieve",
            "cyrus_user": user,
            "admins": "rejectwatch-admin",
            "allowplaintext": "yes",
            "sasl_pwcheck_method": "alwaystrue",
            "sasl_mech_list": "PLAIN LOGIN",
            "unixhierarchysep": "yes" if self.unix_separator else "no",
            "altnamespace": "no",
            "autocreate_quota": "0",
            "autocreate_inbox_folders": "Drafts | Sent | Trash",
            "autocreate_subscribe_folders": "Drafts | Sent | Trash",
            "xlist-drafts": "Drafts",
            "xlist-sent": "Sent",
            "xlist-trash": "Trash",
            "idlesocket": root / "run" / "idle",
            "lmtpsocket": root / "run" / "lmtp",
            "notifysocket": root / "run" / "notify",
            "syslog_prefix": "rejectwatch-cyrus",
        }
        (root / "imapd.conf").write_text(
            "".join(f"{key}: {value}\n" for key, value in conf.items()), encoding="utf-8"
        )
        bin_dir = self.unpacked / _CYRUS_BIN
        config = root / "imapd.conf"
        (root / "cyrus.conf").write_text(
            "START {\n"
            f'  recover cmd="{bin_dir}/ctl_cyrusdb -r -C {config}"\n'
            "}\nSERVICES {\n"
            f'  imap cmd="{bin_dir}/imapd -C {config}" listen="{self.host}:{self.port}"'
            " prefork=1\n"
            "}\nEVENTS {\n}\n",
            encoding="utf-8",
        )

    def _command(self) -> tuple[list[str], dict[str, str] | None]:
        root = self.root
        master = self.unpacked / _CYRUS_BIN / "master"
        argv = [str(master), "-D", "-C", str(root / "imapd.conf"), "-M", str(root / "cyrus.conf")]
        return [*argv, "-p", str(root / "run" / "master.pid")], self._env()


class CourierServer(_UnpackedServer):
    """Courier-IMAP 5 on 127.0.0.1 (root only: it needs a mount namespace, see above)."""

    kind = "courier"
    prefix = "INBOX."
    separator = "."

    def __init__(
        self,
        *,
        password: str = "secret-test-pw",  # noqa: S107 - a throwaway test server
        unpacked: Path = UNPACKED_ROOT,
    ) -> None:
        super().__init__(password=password, unpacked=unpacked)
        self._auth: _AuthDaemon | None = None

    def maildir(self, user: str) -> Path:
        return self.root / "mail" / user / "Maildir"

    def stop(self) -> None:
        auth, self._auth = self._auth, None
        if auth is not None:
            auth.shutdown()
            auth.server_close()
        super().stop()
        self._stop_gamin()

    def _stop_gamin(self) -> None:
        """imapd starts gamin's gam_server in a session of its own: it would linger ~90 s."""
        gam_server = str(self.unpacked / "usr/libexec/gam_server")
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                with contextlib.suppress(OSError):
                    if os.readlink(entry / "exe") == gam_server:
                        os.kill(int(entry.name), signal.SIGTERM)

    def _check_installed(self) -> None:
        if not courier_available(self.unpacked):
            raise RuntimeError(
                f"Courier is not unpacked under {self.unpacked} (run .ci/run), or we are not "
                "root (Courier runs in its own mount namespace)"
            )

    def _write_config(self) -> None:
        if self._auth is not None:
            return
        directory = self.root / "authdaemon"
        directory.mkdir(exist_ok=True)
        directory.chmod(0o755)
        self._auth = _AuthDaemon(str(directory / "socket"), self)
        (directory / "socket").chmod(0o777)  # imaplogin asks before it drops privileges
        threading.Thread(target=self._auth.serve_forever, name="courier-authd", daemon=True).start()

    def _command(self) -> tuple[list[str], dict[str, str] | None]:
        u = self.unpacked
        script = "\n".join(
            [
                "set -e",
                "mount -t tmpfs rejectwatch-courier /run",
                "mkdir -p /run/courier/authdaemon",
                f"mount --bind {self.root}/authdaemon /run/courier/authdaemon",
                f"exec {u / _COURIER_TCPD} -address={self.host} -nodnslookup -noidentlookup"
                f" -maxprocs=40 -maxperip=40 {self.port}"
                f" {u / _COURIER_LOGIN} {u / _COURIER_IMAPD} Maildir",
            ]
        )
        argv = ["unshare", "-m", "--propagation", "private", "sh", "-c", script]
        # imapd links libfam (gamin): without its gam_server each command waits ~1 s.
        gamin = {"GAMIN_DEBUG_SERVER": str(u / "usr/libexec/gam_server")}
        return argv, {**self._env(), **_COURIER_ENV, **gamin}

    def home(self, user: str) -> Path:
        """The user's home with an empty maildir, made on first use (as nobody when root)."""
        home = self.root / "mail" / user
        maildir = home / "Maildir"
        for sub in ("cur", "new", "tmp"):
            (maildir / sub).mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            for path in (home, maildir, *(maildir / s for s in ("cur", "new", "tmp"))):
                chown_nobody(path)
        return home


_SAFE_USER = re.compile(r"[A-Za-z0-9._@+-]{1,64}")


class _AuthDaemon(socketserver.ThreadingUnixStreamServer):
    """Answers Courier's authdaemon protocol: `AUTH n` (login) and `PRE` (user lookup)."""

    daemon_threads = True

    def __init__(self, path: str, server: CourierServer) -> None:
        self.courier = server
        super().__init__(path, _AuthRequest)


class _AuthRequest(socketserver.StreamRequestHandler):
    server: _AuthDaemon

    def handle(self) -> None:
        # Optional "NAME=value" lines (TCPREMOTEIP=...), then the request itself.
        line = self.rfile.readline(4096)
        while b"=" in line.split(b" ", 1)[0]:
            line = self.rfile.readline(4096)
        words = line.split()
        user = ""
        if words[:1] == [b"AUTH"] and len(words) == 2 and words[1].isdigit():
            body = self.rfile.read(int(words[1])).split(b"\n")
            # service, "login", user, password
            password = body[3].decode("utf-8", "replace") if len(body) >= 4 else None
            if body[1:2] == [b"login"] and password == self.server.courier.password:
                user = body[2].decode("utf-8", "replace")
        elif words[:1] == [b"PRE"] and len(words) == 4:
            user = words[3].decode("utf-8", "replace")
        if not _SAFE_USER.fullmatch(user):
            self.wfile.write(b"FAIL\n")
            return
        home = self.server.courier.home(user)
        uid, gid = (home.stat().st_uid, home.stat().st_gid)
        answer = (
            f"UID={uid}\nGID={gid}\nHOME={home}\nADDRESS={user}\nNAME={user}\n"
            f"MAILDIR={home / 'Maildir'}\n.\n"
        )
        self.wfile.write(answer.encode())


def _me() -> str:
    return getpass.getuser()
