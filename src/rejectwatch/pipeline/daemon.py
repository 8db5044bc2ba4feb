"""The long-running watcher: scheduling, IDLE, reconnects, signals, heartbeat; no business logic.

* Scans run on the main thread, one at a time, over a connection the Watcher keeps open and
  re-opens after errors, with exponential backoff and jitter; a refused login is retried slowly
  (never in a tight loop). APScheduler jobs and the IDLE listener only *ask* for a scan (they
  never run one, so no job is ever still running when it fires again).
* Where the server offers IDLE, a listener thread keeps a second connection in IDLE on the
  watched folder (re-issued every 24 minutes) and asks for a scan as soon as new mail is
  announced; the interval poll stays as the safety net.
* IDLE is measured, not trusted: until it has announced new mail ahead of the polls twice in a
  row, and again whenever a poll finds mail it did not announce (Cyrus signals only at its own
  60-second poll), a probe polls every PROBE_SECONDS; a poll with nothing new costs one STATUS,
  asked on a third connection that does nothing else (ImapMailbox.ask_status_on: Dovecot
  rereads a big maildir at every STATUS of a session that has listed folders).
* SIGTERM/SIGINT: the scan stops after the current batch, connections log out, exit 0.
* A heartbeat file (and systemd's watchdog, when NOTIFY_SOCKET is set) shows it is alive.
"""

from __future__ import annotations

import os
import random
import re
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

from rejectwatch.errors import AuthenticationError, ConfigError, MailboxError, ServerLimitError
from rejectwatch.mail.mailbox import ImapMailbox
from rejectwatch.pipeline.scan import ScanReport
from rejectwatch.settings import Settings
from rejectwatch.state import Store

log = structlog.get_logger()

IDLE_RENEW_SECONDS = 24 * 60  # providers drop idle connections after ~30 minutes
IDLE_CHECK_SECONDS = 1.0  # how often the listener looks up from IDLE to see if it must stop
HEARTBEAT_SECONDS = 15.0
AUTH_RETRY_SECONDS = 900.0
PROBE_SECONDS = 5.0  # the short poll while IDLE is unproven or lags
TRUST_AFTER = 2  # IDLE announcements ahead of the polls before the probe stops
REPEATED = 3  # polls (or a message's attempts) failing in a row before `health` says so
# After the server refused more downloads (Gmail: "Account exceeded command or bandwidth
# limits", lifted "after some hours", it does not say when), leave it alone this long, unless
# its words suggest a time ("Suggested Backoff Time: 92415 milliseconds", "try again in 30
# minutes"); never less than LIMIT_HOLD_MIN, never more than LIMIT_HOLD_MAX.
LIMIT_HOLD_SECONDS = 4 * 3600.0
LIMIT_HOLD_MIN = 60.0
LIMIT_HOLD_MAX = 24 * 3600.0
_SUGGESTED_RE = re.compile(
    r"(?:backoff time|try again in|retry in|retry after|wait)\D{0,20}?(\d+(?:\.\d+)?)\s*"
    r"(milliseconds?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h)\b",
    re.IGNORECASE,
)


def limit_hold_seconds(error: str) -> float:
    """How long to leave a server alone that refused more work, from its own words."""
    found = _SUGGESTED_RE.search(error)
    if found is None:
        return LIMIT_HOLD_SECONDS
    number, unit = float(found.group(1)), found.group(2).lower()
    if unit.startswith(("ms", "milli")):
        factor = 0.001
    elif unit.startswith("h"):
        factor = 3600.0
    elif unit.startswith("m"):
        factor = 60.0
    else:
        factor = 1.0
    return min(LIMIT_HOLD_MAX, max(LIMIT_HOLD_MIN, number * factor))


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
        self.examined = 0  # messages the last poll() examined, over all its scans
        self.backoff = Backoff()
        self.retry_after: datetime | None = None
        self.held_until: datetime | None = None  # after the server's download limit
        self.heartbeat_path = settings.data_dir / "heartbeat"

    def poll(self) -> ScanReport | None:
        """One or more scans, until no new mail was announced meanwhile; none while the
        server's download limit is on (not even for mail IDLE announced)."""
        if self.stopping.is_set():
            return None
        if self.held_until is not None and _now() < self.held_until:
            log.debug("poll.held", until=self.held_until.isoformat(timespec="seconds"))
            return None
        with self.lock:
            report = None
            self.examined = 0
            while not self.stopping.is_set():
                self.dirty.clear()
                report = self._poll_once()
                self.examined += report.examined if report else 0
                if report is None or not self.dirty.is_set():
                    break
            return report

    def _poll_once(self) -> ScanReport | None:
        try:
            if self._mailbox is None:
                self._mailbox = self._open()
            report = self._scan(self._mailbox, self.stopping.is_set)
        except ServerLimitError as e:  # refused before the scan could stop by itself
            self._drop()
            self._hold(str(e))
            return None
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
        if report.stopped:  # the server's download limit: the scan stopped cleanly
            self._hold(report.stopped)
        else:
            self.held_until = None
        self.store.set_meta("failed_polls", "0")
        self.store.set_meta("failing_since", "")
        self.store.set_meta("last_poll", _stamp())
        self.beat()
        if not report.nothing_new:
            self.store.set_meta("last_poll_summary", report.summary())
            log.info(
                "poll.done", examined=report.examined, resumed=report.resumed, **report.counts()
            )
        return report

    def _failed(self, message: str, delay: float) -> None:
        self._drop()
        self.retry_after = _now() + timedelta(seconds=delay)
        log.error("poll.failed", error=message, retry_in_seconds=round(delay, 1))
        self.store.set_meta("last_error", f"{_stamp()} {message}")
        failed = int(self.store.meta("failed_polls", "0") or 0) + 1
        self.store.set_meta("failed_polls", str(failed))
        if failed == 1:
            self.store.set_meta("failing_since", _stamp())
        self.schedule_retry(delay)

    def _hold(self, message: str) -> None:
        """No scan until the server's limit is likely lifted; the log says when that is."""
        delay = limit_hold_seconds(message)
        self.held_until = _now() + timedelta(seconds=delay)
        until = self.held_until.isoformat(timespec="seconds")
        log.warning(
            "poll.server_limit", error=message, retry_at=until, retry_in_seconds=round(delay)
        )
        self.store.set_meta("last_error", f"{_stamp()} {message} (next scan at {until})")
        self.schedule_retry(delay)

    def beat(self) -> None:
        try:
            self.heartbeat_path.parent.mkdir(parents=True, exist_ok=True)
            self.heartbeat_path.write_text(_stamp() + "\n")
        except OSError as e:
            log.warning("heartbeat.failed", error=str(e))
        notify_systemd("WATCHDOG=1")

    def _open(self) -> ImapMailbox:
        """The scans' connection, with a second one of its own for the watched folder's STATUS
        (a poll with nothing new: see ImapMailbox.ask_status_on); without that one if the
        server will not take it (polls then ask on the scans' connection)."""
        mailbox = self.connect(self.settings)
        try:
            probe = self.connect(self.settings)
        except ServerLimitError:
            mailbox.close()
            raise
        except MailboxError as e:
            log.warning("poll.one_connection", error=str(e))
        else:
            mailbox.ask_status_on(self.settings.watch_folder, probe)
        return mailbox

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
        self.announcements = 0  # untagged EXISTS seen (IdleGauge compares it across polls)

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
                    self.announcements += 1
                    self._wake()
                if time.monotonic() - started > IDLE_RENEW_SECONDS:
                    break
        finally:
            mailbox.idle_done()


class IdleGauge:
    """Measures whether the server's IDLE announces new mail promptly.

    After each poll: new mail that IDLE had announced counts towards trust; new mail it had
    not announced (a probe or the interval found it first) means it lags, and the probe
    polls again until IDLE proves itself TRUST_AFTER times in a row.
    """

    def __init__(self, listener: IdleListener) -> None:
        self.listener = listener
        self.prompt = 0
        self._seen = 0

    @property
    def trusted(self) -> bool:
        return self.prompt >= TRUST_AFTER

    def polled(self, examined: int) -> None:
        """After a poll that examined `examined` messages."""
        announced = self.listener.announcements > self._seen
        self._seen = self.listener.announcements
        if examined == 0:
            return
        if announced:
            self.prompt += 1
            if self.prompt == TRUST_AFTER:
                log.info("idle.prompt", detail="IDLE announces new mail; probing stops")
        else:
            if self.trusted or self.prompt == 0:
                log.warning(
                    "idle.lagging",
                    detail="new mail found that IDLE had not announced",
                    probe_seconds=PROBE_SECONDS,
                )
            self.prompt = 0


def _stop_on_signals(stopping: threading.Event, wanted: threading.Event) -> list[int]:
    """SIGTERM and SIGINT set `stopping` (and wake the main loop); the list returned collects
    the signals received, for the main loop to log."""
    signals: list[int] = []

    def stop(signum: int, _frame: FrameType | None) -> None:
        # No logging here: the handler runs in the main thread between two bytecodes, perhaps
        # while that thread holds the log's write lock (a burst of message.handled lines),
        # and taking it again would hang the daemon for good. The main loop says it instead.
        signals.append(signum)
        stopping.set()
        wanted.set()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    return signals


def run(watcher: Watcher, interval_seconds: int, *, use_idle: bool = True) -> None:
    """Scan now, then on new mail (IDLE) and every `interval_seconds`, until SIGTERM/SIGINT."""
    scheduler = BackgroundScheduler(timezone=UTC)
    wanted = threading.Event()  # a scan was asked for; the main thread runs it
    wanted.set()  # the first scan, at once

    def wake() -> None:
        watcher.retry_after = None
        watcher.dirty.set()
        wanted.set()

    listener = IdleListener(watcher.settings, watcher.connect, wake, watcher.stopping)
    gauge = IdleGauge(listener)

    def scheduled_poll() -> None:
        if watcher.retry_after and _now() < watcher.retry_after:
            return  # backing off after an error
        wanted.set()

    def probe() -> None:
        if use_idle and listener.supported is not False and not gauge.trusted:
            scheduled_poll()

    scheduler.add_job(scheduled_poll, "interval", seconds=interval_seconds, id="scan")
    scheduler.add_job(probe, "interval", seconds=PROBE_SECONDS, id="probe")
    scheduler.add_job(watcher.beat, "interval", seconds=HEARTBEAT_SECONDS, id="heartbeat")

    def schedule_retry(delay: float) -> None:
        # A retry after an error comes sooner than the next interval.
        run_at = _now() + timedelta(seconds=delay)
        scheduler.add_job(wake, "date", run_date=run_at, id="retry", replace_existing=True)

    watcher.schedule_retry = schedule_retry

    signals = _stop_on_signals(watcher.stopping, wanted)
    scheduler.start()
    if use_idle:
        listener.start()
    notify_systemd("READY=1")
    log.info("daemon.started", interval_seconds=interval_seconds, idle=use_idle)
    try:
        while not watcher.stopping.is_set():
            if wanted.wait(0.5) and not watcher.stopping.is_set():
                wanted.clear()
                watcher.poll()
                gauge.polled(watcher.examined)
    finally:
        if signals:
            log.info("daemon.stopping", signal=signal.Signals(signals[0]).name)
        notify_systemd("STOPPING=1")
        scheduler.shutdown(wait=True)
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


def health_problems(store: Store, account: str, age: float | None, max_age: float) -> list[str]:
    """Why the daemon is not healthy: a stale heartbeat, polls failing REPEATED times in a row,
    or messages whose draft or move the server refused on REPEATED scans. [] = healthy."""
    problems = []
    if age is None or age > max_age:
        shown = "no heartbeat" if age is None else f"heartbeat {age:.0f} s old"
        problems.append(f"{shown} (limit {max_age:.0f} s)")
    failed = int(store.meta("failed_polls", "0") or 0)
    if failed >= REPEATED:
        problems.append(
            f"{failed} polls failed in a row since {store.meta('failing_since', '?')}; "
            f"last error {store.meta('last_error', '?')}"
        )
    stuck = store.stuck(account, REPEATED)
    if stuck:
        first = stuck[0]
        problems.append(
            f"{len(stuck)} message(s) refused on every scan since {first['since']}: "
            f"uid {first['uid']} {first['message_id']} in {first['folder']}: {first['error']}"
        )
    return problems
