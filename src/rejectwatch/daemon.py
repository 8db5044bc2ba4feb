"""The long-running watcher: scheduling, IDLE, reconnects, signals, heartbeat; no business logic.

* An APScheduler interval job runs the scan (max_instances=1, coalesce) over a connection the
  Watcher keeps open and re-opens after errors, with exponential backoff and jitter; a refused
  login is retried slowly (never in a tight loop).
* Where the server offers IDLE, a listener thread keeps a second connection in IDLE on the
  watched folder (re-issued every 24 minutes) and triggers the scan job as soon as new mail is
  announced; the interval poll stays as the safety net.
* SIGTERM/SIGINT: the scan stops after the current batch, connections log out, exit 0.
* A heartbeat file (and systemd's watchdog, when NOTIFY_SOCKET is set) shows it is alive.
"""

from __future__ import annotations

import os
import random
import signal
import socket
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import FrameType

import structlog
from apscheduler.schedulers.background import BackgroundScheduler

from rejectwatch.errors import AuthenticationError, ConfigError, MailboxError
from rejectwatch.mailbox import ImapMailbox
from rejectwatch.scan import ScanReport
from rejectwatch.settings import Settings
from rejectwatch.store import Store

log = structlog.get_logger()

IDLE_RENEW_SECONDS = 24 * 60  # providers drop idle connections after ~30 minutes
IDLE_CHECK_SECONDS = 1.0  # how often the listener looks up from IDLE to see if it must stop
HEARTBEAT_SECONDS = 15.0
AUTH_RETRY_SECONDS = 900.0


def _now() -> datetime:
    return datetime.now(UTC)


def _stamp() -> str:
    return _now().isoformat(timespec="seconds")


class Backoff:
    """Exponential backoff with full jitter: a random delay up to base * 2**n, capped."""

    def __init__(self, base: float = 2.0, cap: float = 300.0, rng: random.Random | None = None):
        self.base = base
        self.cap = cap
        self.failures = 0
        self._rng = rng or random.Random()  # noqa: S311 - jitter, not cryptography

    def next_delay(self) -> float:
        ceiling = min(self.cap, self.base * 2**self.failures)
        self.failures += 1
        return self._rng.uniform(ceiling / 2, ceiling)

    def reset(self) -> None:
        self.failures = 0


def notify_systemd(state: str) -> None:
    """sd_notify(3) without a dependency: a datagram to $NOTIFY_SOCKET, if systemd set one."""
    address = os.environ.get("NOTIFY_SOCKET")
    if not address:
        return
    if address.startswith("@"):
        address = "\0" + address[1:]
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
            sock.connect(address)
            sock.sendall(state.encode())
    except OSError as e:
        log.warning("systemd.notify_failed", error=str(e))


class Watcher:
    """Runs scans on a kept-open connection; the scheduler and the IDLE listener call poll()."""

    def __init__(
        self,
        settings: Settings,
        store: Store,
        scan: Callable[[ImapMailbox, Callable[[], bool]], ScanReport],
        connect: Callable[[Settings], ImapMailbox],
    ) -> None:
        self.settings = settings
        self.store = store
        self._scan = scan
        self.connect = connect
        self.schedule_retry: Callable[[float], None] = lambda _delay: None
        self._mailbox: ImapMailbox | None = None
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self.dirty = threading.Event()  # new mail was announced while a scan ran
        self.backoff = Backoff()
        self.retry_after: datetime | None = None
        self.heartbeat_path = settings.data_dir / "heartbeat"

    def poll(self) -> ScanReport | None:
        """One or more scans, until no new mail was announced meanwhile."""
        if self.stopping.is_set():
            return None
        with self.lock:
            report = None
            while not self.stopping.is_set():
                self.dirty.clear()
                report = self._poll_once()
                if report is None or not self.dirty.is_set():
                    break
            return report

    def _poll_once(self) -> ScanReport | None:
        try:
            if self._mailbox is None:
                self._mailbox = self.connect(self.settings)
            report = self._scan(self._mailbox, self.stopping.is_set)
        except AuthenticationError as e:
            self._failed(f"login refused: {e}", max(AUTH_RETRY_SECONDS, self.backoff.next_delay()))
            return None
        except (MailboxError, ConfigError) as e:
            self._failed(str(e), self.backoff.next_delay())
            return None
        except Exception as e:  # a bug or a local fault: keep the daemon alive, say what it was
            log.exception("poll.crashed")
            self._failed(f"unexpected {type(e).__name__}: {e}", self.backoff.next_delay())
            return None
        self.backoff.reset()
        self.retry_after = None
        self.store.set_meta("last_poll", _stamp())
        self.beat()
        if not report.nothing_new:
            summary = {a: report.count(a) for a in ("file", "review", "keep", "known", "failed")}
            self.store.set_meta("last_poll_summary", f"examined={report.examined} {summary}")
            log.info("poll.done", examined=report.examined, resumed=report.resumed, **summary)
        return report

    def _failed(self, message: str, delay: float) -> None:
        self._drop()
        self.retry_after = _now() + timedelta(seconds=delay)
        log.error("poll.failed", error=message, retry_in_seconds=round(delay, 1))
        self.store.set_meta("last_error", f"{_stamp()} {message}")
        self.schedule_retry(delay)

    def beat(self) -> None:
        try:
            self.heartbeat_path.parent.mkdir(parents=True, exist_ok=True)
            self.heartbeat_path.write_text(_stamp() + "\n")
        except OSError as e:
            log.warning("heartbeat.failed", error=str(e))
        notify_systemd("WATCHDOG=1")

    def _drop(self) -> None:
        mailbox, self._mailbox = self._mailbox, None
        if mailbox is not None:
            mailbox.close()

    def close(self) -> None:
        with self.lock:
            self._drop()


class IdleListener(threading.Thread):
    """Keeps a connection in IDLE on the watched folder and calls `wake` on new mail."""

    def __init__(
        self,
        settings: Settings,
        connect: Callable[[Settings], ImapMailbox],
        wake: Callable[[], None],
        stopping: threading.Event,
    ) -> None:
        super().__init__(name="rejectwatch-idle", daemon=True)
        self.settings = settings
        self._connect = connect
        self._wake = wake
        self._stopping = stopping
        self.backoff = Backoff()
        self.supported: bool | None = None

    def run(self) -> None:
        while not self._stopping.is_set():
            try:
                self._listen()
            except AuthenticationError as e:
                delay = max(AUTH_RETRY_SECONDS, self.backoff.next_delay())
                log.error("idle.login_refused", error=str(e), retry_in_seconds=round(delay))
                self._stopping.wait(delay)
            except (MailboxError, ConfigError) as e:
                delay = self.backoff.next_delay()
                log.warning("idle.disconnected", error=str(e), retry_in_seconds=round(delay, 1))
                self._stopping.wait(delay)
            if self.supported is False:
                return

    def _listen(self) -> None:
        mailbox = self._connect(self.settings)
        try:
            if not mailbox.has("IDLE"):
                self.supported = False
                log.info(
                    "idle.unsupported", poll_interval_seconds=self.settings.poll_interval_seconds
                )
                return
            self.supported = True
            mailbox.select(self.settings.watch_folder, readonly=True)
            self.backoff.reset()
            self._wake()  # catch up on anything that arrived while we were not listening
            while not self._stopping.is_set():
                self._idle_round(mailbox)
        finally:
            mailbox.close()

    def _idle_round(self, mailbox: ImapMailbox) -> None:
        mailbox.idle_start()
        started = time.monotonic()
        try:
            while not self._stopping.is_set():
                if mailbox.idle_check(IDLE_CHECK_SECONDS):
                    log.debug("idle.new_mail")
                    self._wake()
                if time.monotonic() - started > IDLE_RENEW_SECONDS:
                    break
        finally:
            mailbox.idle_done()


def run(watcher: Watcher, interval_seconds: int, *, use_idle: bool = True) -> None:
    """Scan now, then on new mail (IDLE) and every `interval_seconds`, until SIGTERM/SIGINT."""
    scheduler = BackgroundScheduler(timezone=UTC)

    def scheduled_poll() -> None:
        if watcher.retry_after and _now() < watcher.retry_after:
            return  # backing off after an error
        watcher.poll()

    def wake() -> None:
        watcher.retry_after = None
        watcher.dirty.set()
        job = scheduler.get_job("scan")
        if job is not None:
            job.modify(next_run_time=_now())

    scheduler.add_job(
        scheduled_poll,
        "interval",
        seconds=interval_seconds,
        next_run_time=_now(),
        max_instances=1,
        coalesce=True,
        misfire_grace_time=interval_seconds,
        id="scan",
    )
    scheduler.add_job(watcher.beat, "interval", seconds=HEARTBEAT_SECONDS, id="heartbeat")

    def schedule_retry(delay: float) -> None:
        # A retry after an error comes sooner than the next interval.
        run_at = _now() + timedelta(seconds=delay)
        scheduler.add_job(wake, "date", run_date=run_at, id="retry", replace_existing=True)

    watcher.schedule_retry = schedule_retry

    def stop(signum: int, _frame: FrameType | None) -> None:
        log.info("daemon.stopping", signal=signal.Signals(signum).name)
        watcher.stopping.set()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    listener = IdleListener(watcher.settings, watcher.connect, wake, watcher.stopping)
    scheduler.start()
    if use_idle:
        listener.start()
    notify_systemd("READY=1")
    log.info("daemon.started", interval_seconds=interval_seconds, idle=use_idle)
    try:
        while not watcher.stopping.wait(0.5):
            pass
    finally:
        notify_systemd("STOPPING=1")
        scheduler.shutdown(wait=True)  # a scan in progress stops after its current batch
        if listener.is_alive():
            listener.join(timeout=5)
        watcher.close()
        log.info("daemon.stopped")


def check_interval(seconds: int) -> int:
    if seconds < 10:
        raise ConfigError("the poll interval must be at least 10 seconds")
    return seconds


def heartbeat_age(path: Path) -> float | None:
    """Seconds since the daemon last showed it was alive, or None if it never did."""
    try:
        stamp = datetime.fromisoformat(path.read_text().strip())
    except (OSError, ValueError):
        return None
    return (_now() - stamp).total_seconds()
