"""The review queue: uncertain messages left in place, and the user's word on each.

`confirm` files an item exactly as a scan files a rejection (CRM row, a draft when there is
someone to reply to, moved into the rejections folder), through the Scanner's own planning and
finishing code; `dismiss` leaves it where it is. Both take the review mark off and record the
user's label as a correction for retraining. `forget` only drops an item from the queue (for a
message the user deleted), touching neither the server nor the corrections. Each acts at most
once: the ledger row moves out of the `review` state in one transaction, and a second run finds
nothing left to do. The message is looked up by UID, else by Message-ID (the user may have
moved it away and back); a message that is gone is an error and nothing is changed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from rejectwatch.crm import tables
from rejectwatch.crm.extract import extract
from rejectwatch.errors import ReviewError
from rejectwatch.mail.mailbox import FolderState
from rejectwatch.mail.message import Mail, parse
from rejectwatch.mail.review_marks import Mark, remove_mark
from rejectwatch.pipeline.scan import FILE, MAX_CORRECTION_CHARS, Scanner, message_key
from rejectwatch.state import (
    DISMISSED,
    NOT_REJECTION_LABEL,
    OPEN_STATES,
    REJECTION_LABEL,
    LedgerEntry,
    ReviewItem,
    Store,
)

FILED = "filed"
DISMISSED_NOW = "dismissed"
ALREADY_FILED = "already filed"
ALREADY_DISMISSED = "already dismissed"
FORGOTTEN_NOW = "dropped from the queue"
ALREADY_OFF = "already off the queue"
MAX_BODY_CHARS = MAX_CORRECTION_CHARS  # what a correction keeps of the text, for retraining


@dataclass(frozen=True, slots=True)
class Done:
    """What a confirm or dismiss did."""

    item: ReviewItem
    action: str  # FILED, DISMISSED_NOW, FORGOTTEN_NOW, or ALREADY_* (nothing was done)
    drafted: bool = False


def confirm(scanner: Scanner, item_id: int) -> Done:
    """File a review item as a rejection (the user says it is one)."""
    store, account = scanner.store, scanner.config.account
    item = _item(store, account, item_id)
    entry = item.entry
    filer = _in_folder(scanner, entry.folder)
    if entry.action == FILE:
        if entry.state not in OPEN_STATES:
            return Done(item, ALREADY_FILED)
        # Confirmed before and interrupted between the steps: finish it, as a scan would.
        state = filer.mailbox.select(entry.folder)
        _finished(filer, item, entry, state.uidvalidity)
        return _done(store, item, FILED, drafted=bool(entry.draft_message_id))
    state, uid, mail = _find(filer, item)
    facts = extract(mail)
    remove_mark(filer.mailbox, [uid], Mark.parse(item.mark))
    planned, record, draft = filer.plan_filing(
        entry.message_key, mail, facts, entry.score, uidvalidity=state.uidvalidity, uid=uid
    )
    correction = _correction(
        mail, REJECTION_LABEL, folder=scanner.config.rejections_folder, uidvalidity=0, uid=0
    )
    if not store.confirm_review(planned, record, draft, correction):
        return _already(store, account, item)
    tables.record_facts(store, account, entry.message_key, facts)
    _finished(filer, item, planned, state.uidvalidity)
    return _done(store, item, FILED, drafted=bool(planned.draft_message_id))


def dismiss(scanner: Scanner, item_id: int) -> Done:
    """Leave a review item where it is, unmarked (the user says it is not a rejection)."""
    store, account = scanner.store, scanner.config.account
    item = _item(store, account, item_id)
    entry = item.entry
    if entry.action == FILE:
        raise ReviewError(
            f"review item {item_id} was confirmed and filed in {entry.target_folder}; to undo "
            f"that, move the message back into {entry.folder}"
        )
    if entry.state == DISMISSED:
        return Done(item, ALREADY_DISMISSED)
    filer = _in_folder(scanner, entry.folder)
    state, uid, mail = _find(filer, item)
    remove_mark(filer.mailbox, [uid], Mark.parse(item.mark))
    correction = _correction(
        mail, NOT_REJECTION_LABEL, folder=entry.folder, uidvalidity=state.uidvalidity, uid=uid
    )
    if not store.dismiss_review(account, entry.message_key, state.uidvalidity, uid, correction):
        return _already(store, account, item)
    return _done(store, item, DISMISSED_NOW)


def forget(store: Store, account: str, item_id: int) -> Done:
    """Drop an item from the queue without asking the server anything (no correction)."""
    item = _item(store, account, item_id)
    if item.entry.action == FILE:
        return Done(item, ALREADY_FILED)
    if not store.forget_review(account, item.entry.message_key):
        return Done(item, ALREADY_OFF)
    return _done(store, item, FORGOTTEN_NOW)


def _finished(scanner: Scanner, item: ReviewItem, entry: LedgerEntry, uidvalidity: int) -> None:
    """Draft and move, as a scan does; a step the server refused is an error (the item is
    confirmed: running confirm again, or the next scan, tries the step again)."""
    refused = scanner.finish([entry], uidvalidity)
    if entry.uid in refused:
        raise ReviewError(
            f"review item {item.id} is confirmed, but the server refused a step: "
            f"{refused[entry.uid]}; the message stays in {entry.folder}, and running "
            "confirm again (or the next scan) retries it"
        )


def _item(store: Store, account: str, item_id: int) -> ReviewItem:
    item = store.review_item(account, item_id)
    if item is None:
        raise ReviewError(f"no such review item: {item_id}")
    return item


def _done(store: Store, item: ReviewItem, action: str, *, drafted: bool = False) -> Done:
    """The outcome, with the item as the store has it now."""
    return Done(store.review_item(item.entry.account, item.id) or item, action, drafted)


def _already(store: Store, account: str, item: ReviewItem) -> Done:
    """Another run acted on the item between our look and our write."""
    now = store.review_item(account, item.id) or item
    return Done(now, ALREADY_FILED if now.entry.action == FILE else ALREADY_DISMISSED)


def _in_folder(scanner: Scanner, folder: str) -> Scanner:
    """The scanner, acting on `folder` (where the item was found) as its watched folder."""
    if folder == scanner.config.watch_folder:
        return scanner
    return Scanner(
        scanner.mailbox,
        scanner.model,
        scanner.store,
        replace(scanner.config, watch_folder=folder),
        clock=scanner.clock,
        parallel=False,
    )


def _find(scanner: Scanner, item: ReviewItem) -> tuple[FolderState, int, Mail]:
    """Select the item's folder (read-write) and find its message: by UID while the folder's
    UIDVALIDITY is unchanged, else by Message-ID (checked against the ledger's key)."""
    mailbox, entry = scanner.mailbox, item.entry
    gone = ReviewError(
        f"review item {item.id}: the message {entry.message_id or repr(item.subject)} is no "
        f"longer in {entry.folder} (moved or deleted since it was queued); nothing was changed "
        f"(`rejectwatch review forget {item.id}` drops it from the queue)"
    )
    if not mailbox.folder_exists(entry.folder):
        raise gone
    state = mailbox.select(entry.folder)
    max_bytes = scanner.config.max_fetch_bytes
    if state.uidvalidity == entry.uidvalidity and mailbox.existing([entry.uid]):
        for fetched in mailbox.fetch([entry.uid], max_bytes):
            return state, fetched.uid, parse(fetched.raw, truncated=fetched.truncated)
    if entry.message_id:
        candidates = mailbox.search_header("Message-ID", entry.message_id)
        for fetched in mailbox.fetch(candidates, max_bytes):
            mail = parse(fetched.raw, truncated=fetched.truncated)
            if message_key(mail) == entry.message_key:
                return state, fetched.uid, mail
    raise gone


def _correction(
    mail: Mail, label: str, *, folder: str, uidvalidity: int, uid: int
) -> dict[str, Any]:
    return {
        "message_id": mail.message_id,
        "folder": folder,
        "uidvalidity": uidvalidity,
        "uid": uid,
        "label": label,
        "subject": mail.subject,
        "sender": mail.sender_line,
        "body": mail.text[:MAX_BODY_CHARS],
    }
