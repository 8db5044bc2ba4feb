"""The daemon's SIGTERM handler only sets flags: it must not log.

The handler runs in the main thread between two bytecodes, possibly while that thread holds the
log's write lock (structlog's WriteLogger takes a plain, non-reentrant lock around each line).
Logging from the handler would then wait for itself forever: a daemon that never stops. This
happened under `systemctl stop` timing in the suite (`test_sigterm_during_a_large_scan`).
"""

from __future__ import annotations

import inspect
import os
import signal
import threading
from types import SimpleNamespace
from typing import Any

import pytest

from rejectwatch.pipeline import daemon


class _Log:
    """Records each event and whether it was written from inside a signal handler's frame."""

    def __init__(self, handler_names: set[str]) -> None:
        self.events: list[tuple[str, bool]] = []
        self._names = handler_names

    def _record(self, event: str, *_: Any, **__: Any) -> None:
        frames = {frame.function for frame in inspect.stack()[1:]}
        self.events.append((event, bool(frames & self._names)))

    info = warning = error = debug = exception = _record


def test_sigterm_sets_the_flags_and_the_main_loop_logs_it(monkeypatch: pytest.MonkeyPatch) -> None:
    log = _Log({"stop"})
    monkeypatch.setattr(daemon, "log", log)
    polls: list[int] = []

    def poll() -> None:
        polls.append(1)
        os.kill(os.getpid(), signal.SIGTERM)  # arrives in the middle of a poll, as in a scan
        for _ in range(1000):  # bytecodes for the handler to run between
            pass

    watcher = SimpleNamespace(
        settings=None,
        connect=None,
        stopping=threading.Event(),
        dirty=threading.Event(),
        retry_after=None,
        schedule_retry=None,
        examined=0,
        poll=poll,
        beat=lambda: None,
        close=lambda: None,
    )
    before = signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT)
    try:
        daemon.run(watcher, 300, use_idle=False)  # type: ignore[arg-type]
    finally:
        signal.signal(signal.SIGTERM, before[0])
        signal.signal(signal.SIGINT, before[1])
    assert polls == [1]
    assert watcher.stopping.is_set()
    written = dict(log.events)
    assert "daemon.stopping" in written
    assert "daemon.stopped" in written
    assert not any(in_handler for _, in_handler in log.events), log.events
