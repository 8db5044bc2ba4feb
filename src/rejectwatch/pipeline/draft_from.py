"""Whose address drafts come From: the settings' address, else the login when it is an
address, else the usual From of the user's latest sent messages (the Sent folder).

With none of these, a warning is logged before anything is drafted; drafts are then saved
without From, for the user's mail client to fill in when they send one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from email.utils import getaddresses
from typing import TYPE_CHECKING

import structlog

from rejectwatch.errors import MailboxError

if TYPE_CHECKING:
    from rejectwatch.mail.mailbox import Mailbox

log = structlog.get_logger()

_FOLD_RE = re.compile(r"\r?\n[ \t]+")
SENT_SAMPLE = 10  # the latest sent messages whose From says which address is the user's
NO_FROM_CONFIG = (
    "REJECTWATCH_USER_EMAIL is not set and the login name is not an address: a scan takes "
    "drafts' From from your latest sent messages, and saves drafts without From if the Sent "
    "folder has none; set REJECTWATCH_USER_EMAIL=you@example.org to be sure"
)
NO_FROM_SCAN = (
    "no From address for reply drafts: REJECTWATCH_USER_EMAIL is not set, the login name is "
    "not an address and the Sent folder shows none; drafts are saved without From (your mail "
    "client sets it when you send one). Set REJECTWATCH_USER_EMAIL=you@example.org"
)


def from_mailbox(mailbox: Mailbox, sent_folder: str = "") -> str:
    """The Sent folder's usual From, or "" (with a warning logged) when there is none."""
    try:
        found = sent_from_address(mailbox, sent_folder)
    except MailboxError as e:  # a Sent folder we cannot read is no reason not to scan
        log.warning("draft.sent_folder_unreadable", error=str(e))
        found = ""
    if found:
        log.info("draft.from_sent_folder", address=found)
    else:
        log.warning("draft.no_from_address", detail=NO_FROM_SCAN)
    return found


def sent_from_address(mailbox: Mailbox, sent_folder: str = "") -> str:
    """The address the latest messages in the Sent folder are from ("" when there are none)."""
    folder = sent_folder or mailbox.sent_folder()
    if not folder:
        return ""
    state = mailbox.select(folder, readonly=True)
    uids = mailbox.uids_after(max(0, state.uidnext - 5 * SENT_SAMPLE)) or mailbox.uids_after(0)
    headers = [raw for _uid, raw in mailbox.fetch_headers(uids[-SENT_SAMPLE:], ("From",))]
    return usual_address(headers)


def usual_address(headers: Sequence[bytes]) -> str:
    """The most common From address in these header blocks (the latest wins a tie)."""
    from rejectwatch.mail.message import normalise_address  # noqa: PLC0415

    seen: Counter[str] = Counter()
    latest: dict[str, int] = {}
    for number, raw in enumerate(headers):
        text = _FOLD_RE.sub(" ", raw.decode("utf-8", "replace"))
        values = [line.split(":", 1)[1] for line in text.splitlines() if ":" in line]
        for _name, address in getaddresses(values):
            usable = normalise_address(address)
            if usable:
                seen[usable] += 1
                latest[usable] = number
    if not seen:
        return ""
    return max(seen, key=lambda a: (seen[a], latest[a]))
