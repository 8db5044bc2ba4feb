"""Parse and score fetched messages: in this process, or in forked workers for big scans.

Parsing and scoring are pure CPU work and the bulk of a first scan's time, so a large scan
hands batches to worker processes and fetches the next batch meanwhile. Workers are forked
(they inherit the loaded model, so they start in milliseconds) and only when this process
has no other threads, because forking a threaded process can inherit held locks.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from typing import TYPE_CHECKING, Any

from rejectwatch.mail.mailbox import Fetched
from rejectwatch.mail.message import Mail, parse

if TYPE_CHECKING:
    from rejectwatch.model.classifier import Model

# One analysed message: the parsed Mail (None if parsing failed), its score, and the error.
Result = tuple[Mail | None, float, str]

_worker_model: Model | None = None


def analyse(model: Model, items: Sequence[tuple[bytes, bool]]) -> list[Result]:
    """Parse each raw message and score the ones that parsed, as one batch."""
    from rejectwatch.model.features import Document  # noqa: PLC0415 - scikit-learn, once there is work

    results: list[Result] = []
    mails: list[Mail] = []
    for raw, truncated in items:
        try:
            mail = parse(raw, truncated=truncated)
        except Exception as e:
            results.append((None, 0.0, f"parse: {e!r}"))
            continue
        mails.append(mail)
        results.append((mail, 0.0, ""))
    scores = iter(model.scores([Document(m.subject, m.text, m.sender_line) for m in mails]))
    return [(m, next(scores), err) if m is not None else (m, s, err) for m, s, err in results]


def _init_worker(model: Model) -> None:
    global _worker_model  # noqa: PLW0603 - the model a forked worker inherited
    _worker_model = model
    # A worker blocks on its task queue forever if its parent is SIGKILLed, holding the
    # parent's inherited IMAP socket open: leave as soon as the parent is gone.
    parent = os.getppid()
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()


def _exit_with_parent(parent: int, every: float = 0.5) -> None:
    while os.getppid() == parent:
        time.sleep(every)
    os._exit(1)


def _work(items: Sequence[tuple[bytes, bool]]) -> list[Result]:
    assert _worker_model is not None  # noqa: S101 - set by the initializer
    return analyse(_worker_model, items)


class _Inline(Executor):
    """Runs the work at once in this process; same interface as the pool."""

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as e:
            future.set_exception(e)
        return future


def worker_count(messages: int, batch_size: int) -> int:
    """How many worker processes a scan of `messages` should use (0: work in-process)."""
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    if (
        messages < 4 * batch_size
        or (cpus or 1) < 2
        or "fork" not in multiprocessing.get_all_start_methods()
        or threading.active_count() > 1
    ):
        return 0
    return min(cpus or 1, 4)


class Analyser:
    """Submit batches; get futures of their results, in or out of process."""

    def __init__(self, model: Model, workers: int = 0) -> None:
        self.model = model
        self.workers = workers
        self._executor: Executor | None = None

    def __enter__(self) -> Analyser:
        if self.workers > 0:
            self._executor = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=multiprocessing.get_context("fork"),
                initializer=_init_worker,
                initargs=(self.model,),
            )
        else:
            self._executor = _Inline()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    @property
    def depth(self) -> int:
        """How many batches may be in flight before the oldest is handled."""
        return self.workers

    def submit(self, fetched: Sequence[Fetched]) -> Future[list[Result]]:
        assert self._executor is not None  # noqa: S101 - used inside `with`
        items = [(f.raw, f.truncated) for f in fetched]
        if self.workers > 0:
            return self._executor.submit(_work, items)
        return self._executor.submit(analyse, self.model, items)
