"""The long-running watcher: scheduling, connection upkeep and signals; no business logic.

An APScheduler interval job runs one scan at a time (max_instances=1, coalesce) over a
connection it keeps open and re-opens after errors. SIGTERM/SIGINT stop it cleanly.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from types import FrameType

import structlog
from apscheduler.schedulers.blocking import BlockingScheduler

from rejectwatch.errors import AuthenticationError, ConfigError, MailboxError
from rejectwatch.mailbox import ImapMailbox
from rejectwatch.scan import ScanReport
from rejectwatch.settings import Settings
from rejectwatch.store import Store

log = structlog.get_logger()


class Watcher:
    """Holds the connection between runs of the scheduled job."""

    def __init__(
        self,
        settings: Settings,
        store: Store,
        scan: Callable[[ImapMailbox], ScanReport],
        connect: Callable[[Settings], ImapMailbox],
    ) -> None:
        self.settings = settings
        self.store = store
        self._scan = scan
        self._connect = connect
        self._mailbox: ImapMailbox | None = None
        self.lock = threading.Lock()

    def poll(self) -> ScanReport | None:
        with self.lock:
            try:
                if self._mailbox is None:
                    self._mailbox = self._connect(self.settings)
                report = self._scan(self._mailbox)
            except AuthenticationError as e:
                self._drop()
                self._error(f"authentication failed: {e}")
                return None
            except MailboxError as e:
                self._drop()
                self._error(str(e))
                return None
            self.store.set_meta("last_poll", datetime.now(UTC).isoformat(timespec="seconds"))
            if not report.nothing_new:
                log.info(
                    "poll.done",
                    examined=report.examined,
                    filed=report.count("file"),
                    review=report.count("review"),
                    failed=report.count("failed"),
                )
            return report

    def _error(self, message: str) -> None:
        log.error("poll.failed", error=message)
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        self.store.set_meta("last_error", f"{stamp} {message}")

    def _drop(self) -> None:
        mailbox, self._mailbox = self._mailbox, None
        if mailbox is not None:
            mailbox.close()

    def close(self) -> None:
        with self.lock:
            self._drop()


def run(watcher: Watcher, interval_seconds: int) -> None:
    """Poll now and then every `interval_seconds` until SIGTERM or SIGINT."""
    scheduler = BlockingScheduler(timezone=UTC)
    scheduler.add_job(
        watcher.poll,
        "interval",
        seconds=interval_seconds,
        next_run_time=datetime.now(UTC),
        max_instances=1,
        coalesce=True,
        misfire_grace_time=interval_seconds,
        id="scan",
    )

    def stop(signum: int, _frame: FrameType | None) -> None:
        log.info("daemon.stopping", signal=signal.Signals(signum).name)
        scheduler.shutdown(wait=False)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    log.info("daemon.started", interval_seconds=interval_seconds)
    try:
        scheduler.start()
    finally:
        watcher.close()  # waits for a poll in progress (it holds the lock), then logs out
        log.info("daemon.stopped")


def check_interval(seconds: int) -> int:
    if seconds < 10:
        raise ConfigError("the poll interval must be at least 10 seconds")
    return seconds
