"""How an uncertain message is marked where it stays: the choice (pure) and the two calls.

A message in the review band is never moved. It is marked so the user sees it in their own
client: a Gmail label where the server speaks X-GM-EXT-1 (added, never archiving: \\Inbox
stays), else an IMAP keyword where the selected folder's PERMANENTFLAGS allow one
(Thunderbird shows keywords as tags), else nothing on the server: the review queue in the
store (`rejectwatch review`) is then the only record.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # `rejectwatch review` lists the queue without loading imapclient
    from rejectwatch.mail.mailbox import Mailbox

KEYWORD = "keyword"
LABEL = "label"
GMAIL = "X-GM-EXT-1"


@dataclass(frozen=True, slots=True)
class Mark:
    """A keyword or a Gmail label; `kind` "" means queue only (nothing on the server)."""

    kind: str = ""
    name: str = ""

    def __str__(self) -> str:
        return f"{self.kind}:{self.name}" if self.kind else ""

    @classmethod
    def parse(cls, text: str) -> Mark:
        kind, _, name = text.partition(":")
        return cls(kind, name) if kind in (KEYWORD, LABEL) and name else cls()


QUEUE_ONLY = Mark()


def choose_mark(
    *, gmail: bool, permanent_flags: Collection[bytes], keyword: str, label: str
) -> Mark:
    """The mark to use: a Gmail label, else the keyword if the folder accepts it, else none.

    `permanent_flags` are the selected folder's PERMANENTFLAGS (any case): `\\*` lets a client
    create keywords; otherwise only the keywords listed there can be stored.
    """
    if gmail and label:
        return Mark(LABEL, label)
    allowed = {f.lower() for f in permanent_flags}
    if keyword and (b"\\*" in allowed or keyword.encode("ascii", "replace").lower() in allowed):
        return Mark(KEYWORD, keyword)
    return QUEUE_ONLY


def mark_for(mailbox: Mailbox, keyword: str, label: str) -> Mark:
    """Ask the server (CAPABILITY, and the selected folder's PERMANENTFLAGS)."""
    return choose_mark(
        gmail=mailbox.has(GMAIL),
        permanent_flags=mailbox.permanent_flags(),
        keyword=keyword,
        label=label,
    )


def apply_mark(mailbox: Mailbox, uids: Sequence[int], mark: Mark) -> None:
    """Add the mark to these UIDs of the selected folder; no other flag is touched."""
    if mark.kind == LABEL:
        mailbox.add_label(uids, mark.name)
    elif mark.kind == KEYWORD:
        mailbox.add_keyword(uids, mark.name)


def remove_mark(mailbox: Mailbox, uids: Sequence[int], mark: Mark) -> None:
    """Take the mark off again (dismissed, or confirmed and about to be filed)."""
    if mark.kind == LABEL:
        mailbox.remove_label(uids, mark.name)
    elif mark.kind == KEYWORD:
        mailbox.remove_keyword(uids, mark.name)
