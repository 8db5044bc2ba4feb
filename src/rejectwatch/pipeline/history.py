"""The thin IMAP part of finding whom to thank: search the mailbox's history, bounded.

One :class:`HistoryLookup` a scan. For the companies of a batch it selects each history folder
once (EXAMINE: read-only), runs one SEARCH over FROM/TO/CC for all their names and domains
(since a window of days, the newest hits only), fetches header fields and BODYSTRUCTURE only,
and a text/calendar part (for its ORGANIZER) only when a message has one; nothing is fetched
without PEEK, so nothing is marked read. The pure decisions are in :mod:`rejectwatch.crm.contacts`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date

import structlog

from rejectwatch.crm.contacts import (
    HEADER_FIELDS,
    Candidate,
    Query,
    at_company,
    organizer,
    people_in,
)
from rejectwatch.errors import MailboxError, ServerLimitError
from rejectwatch.mail.header_digest import FolderDigest
from rejectwatch.mail.mailbox import ALL_MAIL_NAMES, ARCHIVE_NAMES, Mailbox
from rejectwatch.mail.message import normalise_address

__all__ = ["HistoryLookup", "history_folders"]

log = structlog.get_logger()

MAX_HITS = 40  # newest matching messages read per folder and company
TERMS_PER_SEARCH = 32  # a batch's companies' terms, ORed, per SEARCH command
MAX_BATCH_HITS = 400  # ... and at most this many per folder for a batch's companies
MAX_CALENDAR_PARTS = 5  # calendar parts fetched per folder and company
MAX_CALENDAR_BYTES = 65_536


def history_folders(
    box: Mailbox, *, watch: str, rejections: str, sent: str
) -> list[tuple[str, bool]]:
    """(folder, is Sent) to search: Gmail's All Mail alone where it exists (it holds the
    rest), else the watched folder, INBOX, the rejections folder, Sent and the archive."""
    every = box.special_folder(rb"\All", ALL_MAIL_NAMES)
    if every:
        return [(every, False)]
    folders = [(watch, False), ("INBOX", False)]
    if box.folder_exists(rejections):
        folders.append((rejections, False))
    sent = sent or box.sent_folder() or ""
    if sent:
        folders.append((sent, True))
    archive = box.special_folder(rb"\Archive", ARCHIVE_NAMES)
    if archive:
        folders.append((archive, False))
    out: list[tuple[str, bool]] = []
    names: set[str] = set()
    for folder, is_sent in folders:
        if box.server_name(folder) not in names:
            names.add(box.server_name(folder))
            out.append((folder, is_sent))
    return out


class HistoryLookup:
    """Asks the mailbox for people at companies; one per scan, cached per company.

    *folders* are looked at in turn with EXAMINE (read-only), each once for all the companies
    of a batch (:meth:`prefetch`); *selected* (the watched folder, which the scan keeps
    selected) is searched first and without a new SELECT. The other folders are examined on
    the connection *elsewhere* gives (a second one to the same account, or None: then on
    *mailbox*, and afterwards *restore* puts back the selection the scan expects: a
    re-SELECT of a big inbox costs Dovecot a re-read of its maildir, about 12 ms at 10,000
    messages and 90 ms at 100,000, every round). A folder that cannot be read is logged and
    skipped.
    *digest*: what the scan has fetched of the selected folder's headers (None outside a
    scan); its SEARCHes are then restricted to the messages that could match (the same
    answers, far less work for the server: see mail/header_digest.py).
    """

    def __init__(
        self,
        mailbox: Mailbox,
        folders: Callable[[], Sequence[tuple[str, bool]]],
        restore: Callable[[], None],
        user_addresses: Iterable[str],
        *,
        selected: str = "",
        digest: Callable[[], FolderDigest | None] = lambda: None,
        elsewhere: Callable[[], Mailbox | None] = lambda: None,
    ) -> None:
        self._mailbox = mailbox
        self._elsewhere = elsewhere
        self._digest = digest
        self._folders = folders
        self._folder_list: list[tuple[str, bool]] | None = None
        self._restore = restore
        self._selected = selected
        self._users = frozenset(normalise_address(a) for a in user_addresses if a)
        self._cache: dict[tuple[str, tuple[str, ...], tuple[str, ...]], list[Candidate]] = {}
        self.selects = 0  # folders selected for a look-up, for the log and the tests
        # How many messages the last ask found in each folder (see _hits_both).
        self._last_both: dict[str, int] = {}

    def refresh_folders(self, unless_listed: str = "") -> None:
        """List the folders again at the next look-up: one created since (the rejections
        folder, on a first scan) is searched from then on. Companies stay cached.
        *unless_listed*: keep the list if it holds that folder already (the rejections
        folder, after its first round of moves: four LISTs a round fewer)."""
        if unless_listed and any(f == unless_listed for f, _ in self._folder_list or ()):
            return
        self._folder_list = None

    def candidates(self, q: Query) -> list[Candidate]:
        self.prefetch([q])
        return self._cache.get(q.key, [])

    def prefetch(self, queries: Iterable[Query]) -> None:
        """Look up every company not in the cache yet, selecting each folder once."""
        todo = {q.key: q for q in queries if q.terms and q.key not in self._cache}
        if not todo:
            return
        if self._folder_list is None:
            listed = list(self._folders())
            self._folder_list = sorted(listed, key=lambda f: f[0] != self._selected)
        found: dict[tuple[str, tuple[str, ...], tuple[str, ...]], list[Candidate]] = {
            key: [] for key in todo
        }
        moved = limited = False
        try:
            for folder, is_sent in self._folder_list:
                box = self._mailbox
                try:
                    if folder != self._selected:
                        box = self._elsewhere() or self._mailbox
                        moved = moved or box is self._mailbox
                        self.selects += 1
                        box.select(folder, readonly=True)
                    people = self._people(box, folder, is_sent, list(todo.values()))
                except ServerLimitError:
                    limited = True  # the server refuses work for now: the scan stops cleanly
                    raise
                except MailboxError as e:
                    log.warning("contacts.folder_skipped", folder=folder, error=str(e))
                    continue
                for key, q in todo.items():
                    found[key] += [c for c in people if at_company(c.address, q, c.subject)]
        finally:
            if moved and not limited:
                self._restore()
        self._cache.update(found)
        log.info(
            "contacts.looked_up",
            companies=[q.company for q in todo.values()],
            folders=len(self._folder_list),
            found=sum(len(f) for f in found.values()),
        )

    def _hits(
        self,
        box: Mailbox,
        terms: list[str],
        fields: tuple[str, ...],
        *,
        since: date | None,
        cap: int,
        within: bytes = b"",
    ) -> list[int]:
        """The newest *cap* UIDs with any of *terms* in any of *fields*, since a day (among
        the UIDs *within*, which hold every one that could match)."""
        hits: set[int] = set()
        for start in range(0, len(terms), TERMS_PER_SEARCH):
            chunk = terms[start : start + TERMS_PER_SEARCH]
            hits.update(box.search_terms(chunk, fields, since, within=within))
        return sorted(hits)[-cap:] if cap else []

    def _hits_both(
        self,
        box: Mailbox,
        folder: str,
        terms: list[str],
        names: list[str],
        *,
        since: date | None,
        cap: int,
        within: bytes = b"",
    ) -> list[int]:
        """The newest *cap* UIDs with a term in From/To/Cc, and the newest cap/2 with a name
        in the Subject. Asked first in one SEARCH, which reads each message's header once:
        when it finds no more than cap/2 in all, neither limit cuts anything and that is the
        answer; else the two are asked apart, each with its own limit. A folder whose last
        ask found more than cap/2 is asked the two apart at once (a big inbox found too many
        at every round of a first scan: two SEARCHes of it a round instead of three); either
        way the answer is the same, only the number of SEARCHes differs."""
        small = len(terms) <= TERMS_PER_SEARCH and len(names) <= TERMS_PER_SEARCH
        if small and self._last_both.get(folder, 0) <= cap // 2:
            both = box.search_terms(
                terms, ("FROM", "TO", "CC"), since, subjects=names, within=within
            )
            self._last_both[folder] = len(both)
            if len(both) <= cap // 2:
                return sorted(both)
        found = self._hits(box, terms, ("FROM", "TO", "CC"), since=since, cap=cap, within=within)
        subjects = self._hits(box, names, ("SUBJECT",), since=since, cap=cap // 2, within=within)
        hits = sorted({*found, *subjects})
        self._last_both[folder] = len(hits)  # exact when no more than cap/2: nothing was cut
        return hits

    def _people(
        self, box: Mailbox, folder: str, is_sent: bool, queries: Sequence[Query]
    ) -> list[Candidate]:
        """People in the mail of *folder* (selected on *box*) that names any of the companies:
        one SEARCH for all of them, the newest hits only, header fields and BODYSTRUCTURE
        only."""
        terms = list(dict.fromkeys(t for q in queries for t in q.terms))
        sinces = [q.since for q in queries]
        since = None if None in sinces else min(d for d in sinces if d is not None)
        cap = min(MAX_HITS * len(queries), MAX_BATCH_HITS)
        # An invitation sent by a scheduling tool ("Invitation: Interview / Acme" from
        # Calendly) names the company only in its subject; its ORGANIZER is the person.
        names = list(dict.fromkeys(t for q in queries for t in q.names))
        within, digest = b"", self._digest()
        if digest is not None and box is self._mailbox and folder == self._selected:
            within = digest.within([*terms, *names], ("FROM", "TO", "CC", "SUBJECT")) or b""
        uids = self._hits_both(box, folder, terms, names, since=since, cap=cap, within=within)
        out: list[Candidate] = []
        calendars = 0
        for summary in box.fetch_summaries(uids, HEADER_FIELDS):
            organizers: list[tuple[str, str]] = []
            for part, encoding in summary.calendar_parts:
                if calendars >= MAX_CALENDAR_PARTS * len(queries):
                    break
                calendars += 1
                raw = box.fetch_part(summary.uid, part, MAX_CALENDAR_BYTES)
                found = organizer(raw, encoding)
                if found is not None:
                    organizers.append(found)
            out += people_in(
                summary.header, organizers, sent_folder=is_sent, user_addresses=self._users
            )
        return out
