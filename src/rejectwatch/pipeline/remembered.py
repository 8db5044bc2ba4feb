"""The correction memory's entries, from where the user's word is kept (thin adapter over
rejectwatch.pipeline.memory): the store's corrections (review items confirmed or dismissed,
filed mail moved back, each with the copy of its text the store kept) and the examples
``train --from-imap`` wrote under ``data_dir/training``.

A correction's word on a message outranks the training folders' (it is newer, and a message
sorted into a folder then corrected is one the user changed their mind about): a training
example whose id a correction also names is left out.

The memory forgets (twenty-fifth pass, part M): with an age limit (the memory_max_age_days
setting, 730 days by default; 0 keeps everything), a correction noticed longer ago than that,
and the examples of a training file written longer ago (``train --from-imap`` rewrites its files
at every run from the folders as they are then: their date is that run's), are left out. A
template a sender stopped using, or a word the user said years ago, no longer decides mail.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import structlog

from rejectwatch.errors import InputError
from rejectwatch.model.corpus import read_examples
from rejectwatch.state import Store

if TYPE_CHECKING:
    from rejectwatch.pipeline.memory import Entry, Memory

__all__ = ["load", "loader"]

log = structlog.get_logger()


def _after(when: str, since: datetime | None) -> bool:
    """Whether an ISO date *when* is *since* or later (no limit, or a date not known: kept)."""
    if since is None or not when:
        return True
    try:
        said = datetime.fromisoformat(when)
    except ValueError:
        return True
    return (said if said.tzinfo else said.replace(tzinfo=UTC)) >= since


def _training(directory: Path, skip: set[str], since: datetime | None = None) -> list[Entry]:
    from rejectwatch.pipeline import memory  # noqa: PLC0415 - the readings (0.3 s): once needed

    files = sorted(directory.glob("user-*.jsonl")) if directory.is_dir() else []
    if since is not None:  # a file's examples are as old as the run that wrote it
        files = [f for f in files if datetime.fromtimestamp(f.stat().st_mtime, UTC) >= since]
    if not files:
        return []
    try:
        examples = read_examples(files)
    except InputError as e:  # a damaged file must not stop the scan: the memory goes without
        log.warning("memory.training_unreadable", error=str(e))
        return []
    found = (
        memory.entry(e.label, e.sender, e.subject, e.body, source="training")
        for e in examples
        if e.id not in skip
    )
    return [item for item in found if item is not None]


def load(
    store: Store,
    account: str,
    training_dir: Path | None = None,
    *,
    max_age_days: int = 0,
    now: datetime | None = None,
) -> Memory:
    """Every entry the user's corrections and training folders give, none older than
    *max_age_days* (0: no limit) at *now* (default: the current time)."""
    from rejectwatch.pipeline import memory  # noqa: PLC0415 - the readings (0.3 s): once needed

    since = (now or datetime.now(UTC)) - timedelta(days=max_age_days) if max_age_days else None
    rows = [r for r in store.corrections(account) if _after(str(r.get("noticed") or ""), since)]
    entries = [
        memory.entry(
            str(row.get("label") or memory.NOT_REJECTION),
            str(row.get("sender") or ""),
            str(row.get("subject") or ""),
            str(row.get("body") or ""),
            when=str(row.get("noticed") or ""),
            source="review",
        )
        for row in rows
    ]
    kept = [item for item in entries if item is not None]
    if training_dir is not None:
        named = {f"user:{row.get('message_id') or row.get('message_key')}" for row in rows}
        kept += _training(training_dir, named, since)
    return memory.Memory(kept)


def loader(
    store: Store, account: str, training_dir: Path | None, *, max_age_days: int = 0
) -> Callable[[], Memory]:
    """Loads the memory afresh at each call (a scan with mail to handle calls it once: the
    user may have reviewed since the last one)."""
    return lambda: load(store, account, training_dir, max_age_days=max_age_days)
