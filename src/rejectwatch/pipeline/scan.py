"""One pass over the watched folder: fetch what is new, classify, act.

Order of operations for a message scored as a rejection (each step checkable on the server,
so a crash at any point is finished by the next scan and never doubled):

1. plan: one SQLite transaction writes the ledger row (state `planned`, with the draft's
   deterministic Message-ID and its bytes) and the CRM row;
2. draft: unless Drafts already holds a message with that Message-ID, APPEND it; -> `drafted`;
3. move: if the UID is still in the watched folder, MOVE it to the target folder; -> `done`.

A message in the review band (uncertain) is never moved: it is planned (with its row in the
review queue), then marked where it is (a Gmail label, else an IMAP keyword, else nothing but
the queue: see review_marks.py) -> `review`. Only the user moves it on, with `rejectwatch review`.

A message key already in the ledger is never acted on again, so a message the user moves back
into the inbox stays there. The checkpoint (last UID seen, per UIDVALIDITY) advances only after
a batch is fully handled; a message that fails stays where it is and is retried a few times.
"""

from __future__ import annotations

import hashlib
import re
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, NamedTuple

import structlog

from rejectwatch.crm import applications, contacts, linkedin, records, tables
from rejectwatch.crm.extract import Facts, extract
from rejectwatch.crm.reply import Profile, ReplyTemplate, build_draft
from rejectwatch.errors import MailboxError, MessageError, ServerLimitError
from rejectwatch.mail.header_digest import FolderDigest
from rejectwatch.mail.mailbox import Fetched, Mailbox, RefusedError
from rejectwatch.mail.message import Mail
from rejectwatch.mail.review_marks import QUEUE_ONLY, apply_mark, mark_for
from rejectwatch.pipeline.history import HistoryLookup, history_folders
from rejectwatch.pipeline.workers import (
    Analysed,
    Brief,
    Inline,
    Pool,
    worker_count,
)
from rejectwatch.state import (
    DONE,
    DRAFTED,
    IN_REVIEW,
    PLANNED,
    LedgerEntry,
    RejectionRecord,
    ReviewRecord,
    Store,
)

if TYPE_CHECKING:
    from rejectwatch.model.classifier import Model
    from rejectwatch.pipeline.memory import Match, Memory

log = structlog.get_logger()

FILE = "file"  # filed into the rejections folder, with a draft
REVIEW = "review"  # uncertain: left in place, marked and queued for review, no draft
KEEP = "keep"  # not a rejection: left untouched
KNOWN = "known"  # already in the ledger (e.g. the user moved it back): left untouched
FAILED = "failed"  # could not be handled: left untouched, retried later
MAX_ATTEMPTS = 3
ROUNDS = 100  # a big scan is cut into about this many batches (see Scanner._run)
MAX_BATCH = 2000
# A scan fetches ahead (while the model loads, and while workers analyse) up to this much mail.
AHEAD_BYTES = 48 * 1024 * 1024
FLUSH_ROUNDS = 10  # a big scan acts (drafts, moves) in about this many rounds
FLUSH_ENTRIES = 200  # and at the latest once this many messages are planned
MAX_CORRECTION_CHARS = 50_000  # what a correction keeps of a message's text (and review's)
Progress = Callable[[int, int], None]  # (messages handled, messages to handle)
_MESSAGE_ID_RE = re.compile(r"<[^<>\s]+>")


class Found(NamedTuple):
    """What `Scanner._contact` finds for a rejection to file."""

    contact: contacts.Contact  # whom to thank
    too_old: bool  # older than draft_max_age_days: no draft
    # when it came: its Date header, else INTERNALDATE; None if the server no longer has it,
    # or if nothing needed it (a dry run without draft_max_age_days)
    received: datetime | None


@dataclass(frozen=True)
class ScanConfig:
    account: str
    watch_folder: str = "INBOX"
    rejections_folder: str = "Rejections"
    review_folder: str = "Rejections/Review"  # the Gmail label for review; "" = no review band
    review_keyword: str = "$RejectwatchReview"  # the IMAP keyword elsewhere; "" = none
    drafts_folder: str = ""
    max_fetch_bytes: int = 262_144
    batch_size: int = 200
    profile: Profile = field(default_factory=lambda: Profile(name="", email="", signature=""))
    template: ReplyTemplate | None = None  # the user's own reply template, already checked
    sent_folder: str = ""  # override; default: the \\Sent special-use folder
    draft_max_age_days: int | None = None  # no draft for older rejections; None: no limit
    # Deciding reads the header and the first `preview_bytes` of the text; a message acted on
    # (filed, or in the review band) is then fetched whole, up to max_fetch_bytes. 0: always
    # fetch up to max_fetch_bytes.
    preview_bytes: int = 12_288
    # A first scan (no checkpoint yet) takes only mail that arrived in the last N days
    # (IMAP SEARCH SINCE); 0 takes the whole history.
    first_scan_days: int = 0


@dataclass(frozen=True, slots=True)
class Outcome:
    uid: int
    message_id: str
    subject: str
    sender: str
    score: float | None
    action: str
    company: str = ""
    position: str = ""
    detail: str = ""
    drafted: bool = False  # a reply draft was (or, in a dry run, would be) saved
    too_old: bool = False  # filed without a draft: older than draft_max_age_days
    contact_source: str = ""  # where the person to thank came from (contacts.SOURCES)
    contact_address: str = ""  # whom the draft is (or would be) addressed to
    fetched: int = 0  # bytes downloaded for this message


@dataclass
class _Decided:
    """A batch decided and planned (in the ledger), not yet acted on (see Scanner._flush)."""

    examined: int
    outcomes: list[Outcome | None] = field(default_factory=list)  # None: held, see below
    planned: list[LedgerEntry] = field(default_factory=list)
    done_upto: int = 0  # the highest new UID of the batch (the checkpoint after it)
    # Rejections that need a look-up in the mailbox's history, decided at the flush: one
    # SEARCH per history folder a round, not a batch. (outcomes index, fetched, mail, score)
    held: list[tuple[int, Fetched, Mail, float, Match | None]] = field(default_factory=list)
    queries: list[tuple[int, contacts.Query]] = field(default_factory=list)


@dataclass
class ScanReport:
    dry_run: bool
    folder: str
    examined: int = 0
    resumed: int = 0
    outcomes: list[Outcome] = field(default_factory=list)
    since: date | None = None  # the scan window, when one applied
    stopped: str = ""  # why the scan stopped before the end (e.g. the server's download limit)

    def count(self, action: str) -> int:
        return sum(1 for o in self.outcomes if o.action == action)

    @property
    def nothing_new(self) -> bool:
        return self.examined == 0 and self.resumed == 0

    def counts(self) -> dict[str, int]:
        """How many messages each action took, for the summary that `status` shows."""
        return {a: self.count(a) for a in ("file", "review", "keep", "known", "failed")}

    def summary(self) -> str:
        return f"examined={self.examined} {self.counts()}"


def _remembered(recall: Match | None) -> bool:
    """Like a message the user called a rejection (and not one the guard protects)."""
    return recall is not None and recall.is_rejection


def message_key(mail: Mail) -> str:
    """What identifies a message across folders and rescans: its Message-ID, else a digest."""
    if mail.message_id:
        return mail.message_id
    basis = "\x00".join(
        [
            mail.sender.address,
            mail.date.isoformat() if mail.date else "",
            mail.subject,
            mail.text[:2000],
        ]
    )
    return "sha256:" + hashlib.sha256(basis.encode("utf-8", "replace")).hexdigest()


def draft_message_id(account: str, key: str) -> str:
    digest = hashlib.sha256(f"{account}\x00{key}".encode("utf-8", "replace")).hexdigest()
    return f"<rejectwatch.{digest[:32]}@rejectwatch.invalid>"


class _Run:
    """The batches of one scan on their way: fetched, analysed (the ones that may be acted on
    fetched whole and analysed again), then handled in order. Batches are numbered from 0; at
    most AHEAD_BYTES of fetched mail is held at a time."""

    def __init__(
        self,
        pool: Pool | Inline,
        whole: Callable[[list[int]], dict[int, Fetched]],
        *,
        preview: bool,
        observe: bool,
    ) -> None:
        self.pool = pool
        self.whole = whole  # fetches messages whole, by UID (the ones still there)
        self.preview = preview
        self.observe = observe
        self.batches: list[list[int]] = []  # the UIDs of each batch
        self.seen = 0  # messages handled so far
        self.fetched = 0  # batches fetched so far: the number of the next one
        self.handled = 0  # batches handled so far: the number of the next one
        self.held = 0  # bytes of fetched mail not handled yet
        self.items: dict[int, list[Fetched]] = {}
        self.waiting: deque[int] = deque()  # fetched, not given to the pool yet
        self.results: dict[int, list[Analysed]] = {}
        self.again: dict[int, list[Fetched]] = {}  # batch -> messages fetched whole
        self.redone: dict[int, list[Analysed]] = {}  # ... and analysed again

    def room(self) -> bool:
        """Whether to fetch another batch now. Worker processes (or a model still loading)
        let the scan fetch ahead; analysing in this process, fetching early gains nothing."""
        return self.held < AHEAD_BYTES if self.pool.ahead else self.held == 0

    def add(self, items: list[Fetched]) -> None:
        self.items[self.fetched] = items
        self.waiting.append(self.fetched)
        self.held += sum(len(f.raw) for f in items)
        self.fetched += 1

    def feed(self) -> bool:
        """Give the pool the batches fetched since; False if there were none (or it cannot
        take them yet: an in-process pool whose model is still loading)."""
        if not self.waiting or not self.pool.accepts:
            return False
        while self.waiting:
            number = self.waiting.popleft()
            raws = [(f.raw, f.truncated) for f in self.items[number]]
            self.pool.put(number, raws, preview=self.preview, observe=self.observe)
        return True

    def arrive(self, done: list[tuple[int, list[Analysed]]]) -> None:
        """Take analysed batches. A previewed message that may be acted on (or whose preview
        was cut before much text) is fetched whole at once and analysed again; the rest stay
        decided on their preview."""
        for task, found in done:
            if task < 0:
                self.redone[-1 - task] = found
                continue
            self.results[task] = found
            again = [f.uid for f, a in zip(self.items[task], found, strict=True) if a.again]
            fetched = self.whole(again) if again else {}
            self.again[task] = [fetched[uid] for uid in again if uid in fetched]
            if self.again[task]:
                raws = [(f.raw, f.truncated) for f in self.again[task]]
                self.pool.put(-1 - task, raws, preview=False, observe=self.observe)

    def next_ready(self) -> tuple[list[Fetched], list[Analysed]] | None:
        """The next batch to handle, with its analysis, once both are final; else None."""
        number = self.handled
        if number not in self.results or (self.again[number] and number not in self.redone):
            return None
        items, found = self.items.pop(number), self.results.pop(number)
        fresh = {
            f.uid: (f, a)
            for f, a in zip(self.again.pop(number), self.redone.pop(number, []), strict=True)
        }
        out_items: list[Fetched] = []
        out_found: list[Analysed] = []
        for item, result in zip(items, found, strict=True):
            if item.uid in fresh:
                full, second = fresh[item.uid]
                out_items.append(replace(full, previewed=len(item.raw) + item.previewed))
                out_found.append(second)
            else:
                out_items.append(item)
                out_found.append(result)
        self.held -= sum(len(f.raw) for f in items)
        self.handled += 1
        return out_items, out_found


class Scanner:
    """Runs scans with the mailbox, model and store it is given.

    `model` may be a loader (a function returning the model): it is then called only when a
    scan has messages to classify, so a poll with nothing new never loads scikit-learn.
    """

    def __init__(
        self,
        mailbox: Mailbox,
        model: Model | Callable[[], Model],
        store: Store,
        config: ScanConfig,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        should_stop: Callable[[], bool] = lambda: False,
        parallel: bool = True,
        progress: Progress | None = None,
        find_sender: Callable[[], str] | None = None,
        second: Callable[[], Mailbox] | None = None,
        memory: Callable[[], Memory] | None = None,
    ) -> None:
        self.mailbox = mailbox
        self._model: Model | Callable[[], Model] = model
        self.store = store
        self.config = config
        self.clock = clock
        self.should_stop = should_stop
        self.parallel = parallel  # may use worker processes for big scans (see workers.py)
        self.progress = progress  # told after each batch (a terminal's progress bar)
        # drafts' From when the config has none, asked once a scan has mail to handle
        self._find_sender = find_sender
        self._retrying: set[int] = set()
        self._open_domains: set[str] = set()  # sender domains of applications still open
        self._sent: str | None = None
        self._lookup: HistoryLookup | None = None  # one per scan: cached per company
        self._digest: FolderDigest | None = None  # the watched folder's headers, in a scan
        self._readonly = False  # how the scan selected the watched folder
        self._batch_facts: dict[int, Facts] = {}  # extracted ahead (by a worker)
        # whom the rejection names, and the history look-up it needs (worked out once, by
        # _contact_queries, for _contact): uid -> (the facts they were read with, both)
        self._batch_whom: dict[
            int, tuple[Facts, tuple[contacts.Contact | None, contacts.Query | None]]
        ] = {}
        self._said_queue_only = False
        self._pool: Pool | Inline | None = None  # analysing, during a scan
        self._early: Pool | None = None  # started before the scan knew its work exactly
        self._scanning = False
        self._drafts_held: set[str] | None = None  # Message-IDs in Drafts, during a scan
        self._drafts_name = ""  # the Drafts folder, during a scan
        # Opens a second connection to the account, for the look-ups of whom to thank in the
        # folders other than the watched one (see HistoryLookup): opened at a scan's first
        # such look-up, closed at its end. None, or a failure to open it: the one connection.
        self._open_second = second
        self._second: Mailbox | None = None
        self._second_failed = False
        # The user's corrections remembered by template (rejectwatch.pipeline.memory, twenty-third
        # pass, part O): loaded afresh by each scan that has mail to handle; None: no memory.
        self._load_memory = memory
        self._memory: Memory | None = None

    @property
    def model(self) -> Model:
        if callable(self._model):
            self._model = self._model()
        return self._model

    # --- the pass ----------------------------------------------------------------------------

    def scan(
        self, *, dry_run: bool = False, limit: int | None = None, since: date | None = None
    ) -> ScanReport:
        """One pass. `since` also (re)examines mail that arrived on or after that day."""
        cfg = self.config
        report = ScanReport(dry_run=dry_run, folder=cfg.watch_folder)
        self._lookup, self._readonly, self._digest = None, dry_run, None
        self._scanning, self._drafts_held, self._drafts_name = True, None, ""
        try:
            return self._scan(report, dry_run=dry_run, limit=limit, since=since)
        finally:
            self._scanning, self._drafts_held = False, None
            self._digest = None
            self._close_second()
            if self._early is not None:  # started, then nothing to analyse
                self._early.close(abort=True)
                self._early = None

    def _scan(
        self, report: ScanReport, *, dry_run: bool, limit: int | None, since: date | None
    ) -> ScanReport:
        cfg = self.config
        state = self.mailbox.status(cfg.watch_folder)
        last = self.store.last_uid(cfg.account, cfg.watch_folder, state.uidvalidity)
        unfinished = [] if dry_run else self.store.open_entries(cfg.account)
        open_uids = {e.uid for e in unfinished if e.uidvalidity == state.uidvalidity}
        retry = [
            uid
            for uid in self.store.retryable_failures(
                cfg.account, cfg.watch_folder, state.uidvalidity, MAX_ATTEMPTS
            )
            if uid not in open_uids
        ]
        if not dry_run:
            self._check_sent()
        if since is None and 0 < state.uidnext <= last + 1 and not unfinished and not retry:
            return report  # the constant-cost path: one STATUS, no SELECT, no SEARCH
        # A dry run leaves the database alone (applications() would create the CRM tables).
        self._open_domains = (
            set()
            if dry_run
            else {
                a["sender_domain"]
                for a in tables.applications(self.store, cfg.account)
                if a["sender_domain"]
            }
        )

        self._memory = self._recalled()
        # A big scan's first worker starts on the model now, while the folder is selected and
        # searched (workers.Pool); a small one loads it in a thread once it has work.
        self._early = self._start_pool(min(state.messages, max(state.uidnext - 1 - last, 0)))
        self._settle_sender()
        selected = self.mailbox.select(cfg.watch_folder, readonly=dry_run)
        if unfinished:
            report.resumed = len(unfinished)
            log.info("scan.resume", count=len(unfinished))
            refused = self.finish(unfinished, selected.uidvalidity)
            report.outcomes.extend(
                Outcome(e.uid, e.message_id, "", "", e.score, FAILED, detail=refused[e.uid])
                for e in unfinished
                if e.uid in refused and e.uidvalidity == selected.uidvalidity
            )
        new = self._new_uids(last, since, report)
        # Without a window, `new` is every UID above the checkpoint (see FolderDigest).
        self._digest = FolderDigest(new, None if report.since is not None else last)
        complete = limit is None or len(new) <= limit
        if limit is not None:
            new = new[:limit]
        todo = sorted(set(retry) | set(new))
        self._retrying = set(retry)
        new_uids = set(new)
        if todo:
            self._run(todo, selected.uidvalidity, new_uids, report)
        if (
            report.since is not None
            and not last
            and complete
            and not report.stopped
            and not self.should_stop()
            and not dry_run
            and selected.uidnext > 1
        ):
            # A windowed first scan leaves the older mail alone on purpose: move the
            # checkpoint past it, so later polls take only what is newer (one STATUS).
            self.store.set_last_uid(
                cfg.account, cfg.watch_folder, selected.uidvalidity, selected.uidnext - 1
            )
        return report

    def _recalled(self) -> Memory | None:
        """The memory of the user's corrections for this scan; None when there is none or it
        cannot be read (the scan then goes by the model alone, and says so)."""
        if self._load_memory is None:
            return None
        try:
            found = self._load_memory()
        except Exception as e:
            log.warning("memory.unreadable", error=str(e))
            return None
        return found if len(found) else None

    def _settle_sender(self) -> None:
        """Drafts' From, from the Sent folder, when the config has none (once; see
        wiring.scanner): before the watched folder is selected, as it selects Sent."""
        if self._find_sender is None:
            return
        found, self._find_sender = self._find_sender(), None
        if found:
            profile = replace(self.config.profile, email=found)
            self.config = replace(self.config, profile=profile)

    def _new_uids(self, last: int, since: date | None, report: ScanReport) -> list[int]:
        """What to examine: everything above the checkpoint; on a first scan (no checkpoint)
        only what arrived in the window; with `since`, also what arrived since then."""
        cfg = self.config
        if since is None and not last and cfg.first_scan_days > 0:
            since = (self.clock() - timedelta(days=cfg.first_scan_days)).date()
        if since is None:
            return self.mailbox.uids_after(last)
        report.since = since
        found = set(self.mailbox.uids_since(since))
        if last:
            found.update(self.mailbox.uids_after(last))
        log.info("scan.window", since=since.isoformat(), messages=len(found), first_scan=not last)
        return sorted(found)

    def _run(
        self, todo: list[int], uidvalidity: int, new_uids: set[int], report: ScanReport
    ) -> None:
        """Fetch, analyse and act on `todo` as a pipeline: batches are fetched while earlier
        ones are analysed (by worker processes in a big scan, see workers.py) and acted on;
        they are acted on strictly in order, and the checkpoint moves only past handled ones."""
        cfg = self.config
        size = self._batch_size(len(todo))
        pool: Pool | Inline = (
            self._early or self._start_pool(len(todo)) or Inline(self._model, self._memory)
        )
        self._early = None
        run = _Run(pool, self._whole, preview=cfg.preview_bytes > 0, observe=not report.dry_run)
        run.batches = [todo[i : i + size] for i in range(0, len(todo), size)]
        self._pool = pool
        finished = False
        try:
            finished = self._pipeline(run, len(todo), uidvalidity, new_uids, report)
        except ServerLimitError as e:
            # Nothing is lost: the checkpoint stands after the last batch fully handled, and a
            # message planned but not moved is finished by the next scan (see _finish).
            report.stopped = str(e)
            log.warning(
                "scan.server_limit", handled=run.seen, left=len(todo) - run.seen, error=str(e)
            )
        finally:
            pool.close(abort=not finished)
            if isinstance(pool, Inline):
                self._model = pool.keep()
            self._pool = None

    def _pipeline(
        self, run: _Run, total: int, uidvalidity: int, new_uids: set[int], report: ScanReport
    ) -> bool:
        """The loop of `_run`. True once every batch is handled; False if asked to stop. A
        server limit met while fetching stops the fetching: what was fetched is still handled,
        then the limit is raised."""
        # Each round of drafts and moves costs the server a re-read of a big folder (Dovecot's
        # maildir re-reads its directory): a big scan acts on about FLUSH_ROUNDS groups of
        # batches, not on every batch. The checkpoint moves only past acted-on batches.
        per_flush = max(1, len(run.batches) // FLUSH_ROUNDS)
        decided: list[_Decided] = []
        limited: ServerLimitError | None = None
        while run.handled < len(run.batches):
            if self.should_stop():
                self._flush(decided, uidvalidity, report)  # what was decided is done
                log.info("scan.stopped", handled=run.seen, left=total - run.seen)
                return False
            run.arrive(run.pool.collect(0.0))
            # Keep the workers fed first: fetching is cheap next to analysing.
            if run.feed():
                continue
            if run.fetched < len(run.batches) and run.room():
                try:
                    run.add(self._fetch(run.batches[run.fetched]))
                except ServerLimitError as e:
                    limited = e
                    del run.batches[run.fetched :]
                continue
            ready = run.next_ready()
            if ready is None:
                run.arrive(run.pool.collect(None))  # wait for the analysis
                continue
            decided.append(self._handle(*ready, uidvalidity, new_uids, report))
            run.seen += decided[-1].examined
            if len(decided) >= per_flush or sum(len(d.planned) for d in decided) >= FLUSH_ENTRIES:
                self._flush(decided, uidvalidity, report)
            if self.progress is not None:
                self.progress(run.seen, total)
        self._flush(decided, uidvalidity, report)
        if limited is not None:
            raise limited
        return True

    def _batch_size(self, messages: int) -> int:
        # A big first scan takes bigger batches, about ROUNDS of them (100,000 messages:
        # batches of 1,000; never more than MAX_BATCH): fewer FETCH commands.
        return max(self.config.batch_size, min(-(-messages // ROUNDS), MAX_BATCH))

    def _start_pool(self, messages: int) -> Pool | None:
        """Worker processes for a scan of about *messages*, if it is big enough for them."""
        workers = worker_count(messages, self._batch_size(messages)) if self.parallel else 0
        return Pool(self._model, workers, self._memory) if workers else None

    def _fetch(self, batch: list[int]) -> list[Fetched]:
        cfg = self.config
        found = list(self.mailbox.fetch(batch, cfg.max_fetch_bytes, preview=cfg.preview_bytes))
        if self._digest is not None:  # for the look-ups of whom to thank (see _history)
            self._digest.add((f.uid, f.raw) for f in found)
        return found

    def _whole(self, uids: list[int]) -> dict[int, Fetched]:
        """Messages fetched whole (up to max_fetch_bytes), by UID; the ones still there."""
        return {f.uid: f for f in self.mailbox.fetch(uids, self.config.max_fetch_bytes)}

    @property
    def _thresholds(self) -> tuple[float, float]:
        """(filing, review): the pool's during a scan (it loaded the model), else the model's."""
        if self._pool is not None:
            return self._pool.thresholds
        return self.model.filing_threshold, self.model.review_threshold

    def _handle(
        self,
        fetched: list[Fetched],
        analysed: list[Analysed],
        uidvalidity: int,
        new_uids: set[int],
        report: ScanReport,
    ) -> _Decided:
        """Decide a batch and plan its actions (in the ledger); `_flush` carries them out."""
        cfg = self.config
        decided = _Decided(examined=len(fetched))
        decided.queries = self._contact_queries(fetched, analysed)
        lookups = {uid for uid, _ in decided.queries}
        for item, found in zip(fetched, analysed, strict=True):
            mail, score = found.mail, found.score
            if found.facts is not None:  # read by the worker already
                self._batch_facts.setdefault(item.uid, found.facts)
            if found.brief is not None:  # below the review band (or remembered): left alone
                left = self._leave(item, found.brief, score, report.dry_run)
                if found.recall is not None:  # like a message the user said is no rejection
                    left = replace(left, detail=found.recall.describe())
                decided.outcomes.append(left)
            elif mail is None:
                self._failed(report, uidvalidity, item.uid, "", found.error)
                continue
            elif item.uid in lookups:
                decided.held.append((len(decided.outcomes), item, mail, score, found.recall))
                decided.outcomes.append(None)
                continue
            else:
                try:
                    outcome, entry = self._decide(
                        item, mail, score, uidvalidity, report.dry_run, recall=found.recall
                    )
                except MessageError as e:
                    self._failed(report, uidvalidity, item.uid, mail.message_id, str(e))
                    continue
                decided.outcomes.append(outcome)
                if entry is not None:
                    decided.planned.append(entry)
            if not report.dry_run and item.uid in self._retrying:
                self.store.clear_failure(cfg.account, cfg.watch_folder, uidvalidity, item.uid)
        decided.done_upto = max((f.uid for f in fetched if f.uid in new_uids), default=0)
        return decided

    def _flush(self, decided: list[_Decided], uidvalidity: int, report: ScanReport) -> None:
        """Carry out the planned actions of decided batches in one round (drafts, marks,
        moves), then report them and move the checkpoint past them."""
        cfg = self.config
        queries = [q for d in decided for _, q in d.queries]
        if queries:
            self._history().prefetch(queries)
        for d in decided:
            for at, item, mail, score, recall in d.held:
                try:
                    outcome, entry = self._decide(
                        item, mail, score, uidvalidity, report.dry_run, recall=recall
                    )
                except MessageError as e:
                    self._failed(report, uidvalidity, item.uid, mail.message_id, str(e))
                    continue
                d.outcomes[at] = outcome
                if entry is not None:
                    d.planned.append(entry)
                if not report.dry_run and item.uid in self._retrying:
                    self.store.clear_failure(cfg.account, cfg.watch_folder, uidvalidity, item.uid)
        planned = [e for d in decided for e in d.planned]
        refused = self.finish(planned, uidvalidity) if planned else {}
        if planned and self._lookup is not None:
            # the first moves may have created Rejections
            self._lookup.refresh_folders(unless_listed=cfg.rejections_folder)
        for d in decided:
            outcomes = [
                replace(o, action=FAILED, drafted=False, detail=refused[o.uid])
                if o.uid in refused
                else o
                for o in d.outcomes
                if o is not None
            ]
            # logged once the action has really happened; a refused step was logged as
            # message.failed
            self._log([o for o in outcomes if o.action != FAILED])
            report.outcomes.extend(outcomes)
            report.examined += d.examined
        done_upto = max((d.done_upto for d in decided), default=0)
        if not report.dry_run and done_upto:
            self.store.set_last_uid(cfg.account, cfg.watch_folder, uidvalidity, done_upto)
        decided.clear()
        self._batch_facts.clear()
        self._batch_whom.clear()

    def _outcome(
        self,
        item: Fetched,
        message_id: str,
        subject: str,
        sender: str,
        *,
        score: float,
        action: str,
    ) -> Outcome:
        preview = self.config.preview_bytes
        return Outcome(
            uid=item.uid,
            message_id=message_id,
            subject=subject,
            sender=sender,
            score=score,
            action=action,
            # cut at max_fetch_bytes (a preview is cut on purpose: not worth a word)
            detail="truncated" if item.truncated and (item.previewed or not preview) else "",
            fetched=len(item.raw) + item.previewed,
        )

    def _leave(self, item: Fetched, brief: Brief, score: float, dry_run: bool) -> Outcome:
        """A message scored below the review band: left alone, only observed (ghosting)."""
        if not dry_run:
            self._observe(brief.application, brief.sender, brief.date)
        return self._outcome(
            item, brief.message_id, brief.subject, brief.sender, score=score, action=KEEP
        )

    def _decide(
        self,
        item: Fetched,
        mail: Mail,
        score: float,
        uidvalidity: int,
        dry_run: bool,
        *,
        recall: Match | None = None,
    ) -> tuple[Outcome, LedgerEntry | None]:
        """What to do with a message scored into the review band or above, or like one the
        user called a rejection (*recall*, see workers.analyse: filed whatever its score)."""
        cfg = self.config
        filing, review = self._thresholds
        if score >= filing or _remembered(recall):
            action, target = FILE, cfg.rejections_folder
        elif cfg.review_folder and score >= review:
            action, target = REVIEW, ""  # stays where it is
        else:
            action, target = KEEP, ""
        outcome = self._outcome(
            item, mail.message_id, mail.subject, mail.sender.address, score=score, action=action
        )
        if recall is not None:  # logged with the message (message.handled's detail)
            outcome = replace(outcome, detail=recall.describe())
        if action == KEEP:
            if not dry_run:
                found = applications.application_received(mail)
                self._observe(found, mail.sender.address, mail.date)
            return outcome, None
        facts = self._batch_facts.pop(item.uid, None) or extract(mail)
        outcome = replace(outcome, company=facts.company, position=facts.position)
        key = message_key(mail)
        known = self.store.ledger_entry(cfg.account, key)
        if known is not None:
            if not dry_run and known.state == DONE and known.uid != item.uid:
                # Filed once, now back in the watched folder: the user disagreed with us.
                # (its text kept too: the memory of corrections matches later mail to it)
                self.store.record_correction(
                    cfg.account,
                    key,
                    message_id=mail.message_id,
                    folder=cfg.watch_folder,
                    uidvalidity=uidvalidity,
                    uid=item.uid,
                    subject=mail.subject,
                    sender=mail.sender_line,
                    body=mail.text[:MAX_CORRECTION_CHARS],
                )
            return replace(outcome, action=KNOWN, detail="already handled once; left alone"), None
        whom = Found(contacts.Contact("", "", contacts.NONE), too_old=False, received=None)
        if action == FILE:
            # a dry run writes no CRM row: it needs the date only for the draft age
            whom = self._contact(item.uid, mail, facts, dated=not dry_run)
            outcome = self._with_contact(outcome, whom.contact, too_old=whom.too_old)
        if dry_run:
            return outcome, None
        if action == FILE:
            entry, record, draft_bytes = self.plan_filing(
                key,
                mail,
                facts,
                score,
                uidvalidity=uidvalidity,
                uid=item.uid,
                found=whom,
            )
            self.store.plan(entry, record, draft_bytes)
            facts = replace(facts, contact_title=whom.contact.title)
            tables.record_facts(self.store, cfg.account, key, facts)
            return outcome, entry
        entry = self._entry(
            key, mail, score, uidvalidity=uidvalidity, uid=item.uid, action=REVIEW, target=target
        )
        date = mail.date.isoformat(timespec="seconds") if mail.date else ""
        self.store.plan(entry, None, review=ReviewRecord(mail.subject, mail.sender.address, date))
        return replace(outcome, detail=outcome.detail or "left in place for review"), entry

    def plan_filing(
        self,
        key: str,
        mail: Mail,
        facts: Facts,
        score: float,
        *,
        uidvalidity: int,
        uid: int,
        found: Found | None = None,
    ) -> tuple[LedgerEntry, RejectionRecord, bytes]:
        """What filing a rejection takes: its ledger entry, CRM row and draft (if one is
        wanted). Shared by the scan and `rejectwatch review confirm`; nothing is written.
        *found*: what `_contact` found, if already known."""
        cfg = self.config
        if found is None:
            found = self._contact(uid, mail, facts)
        contact = found.contact
        draft_id, draft_bytes = "", b""
        if contact.address and not found.too_old:
            draft_id = draft_message_id(cfg.account, key)
            draft_bytes = self._draft(mail, facts, draft_id, contact)
        entry = self._entry(
            key,
            mail,
            score,
            uidvalidity=uidvalidity,
            uid=uid,
            action=FILE,
            target=cfg.rejections_folder,
            draft_id=draft_id,
        )
        record = self._record(
            key,
            mail,
            facts,
            score,
            draft_id=draft_id,
            contact=contact,
            too_old=found.too_old,
            received=found.received,
        )
        return entry, record, draft_bytes

    def _entry(
        self,
        key: str,
        mail: Mail,
        score: float,
        *,
        uidvalidity: int,
        uid: int,
        action: str,
        target: str,
        draft_id: str = "",
    ) -> LedgerEntry:
        """A planned ledger row for a message of the watched folder."""
        return LedgerEntry(
            account=self.config.account,
            message_key=key,
            message_id=mail.message_id,
            folder=self.config.watch_folder,
            uidvalidity=uidvalidity,
            uid=uid,
            score=score,
            action=action,
            state=PLANNED,
            target_folder=target,
            draft_message_id=draft_id,
        )

    # --- whom to thank -----------------------------------------------------------------------

    def _contact_queries(
        self, fetched: list[Fetched], analysed: list[Analysed]
    ) -> list[tuple[int, contacts.Query]]:
        """The history look-ups a batch's recent rejections that name nobody need (uid,
        query). `_flush` makes those of a whole round in one go: each history folder is then
        selected and searched once a round, not once a batch or a company."""
        queries = []
        filing, _ = self._thresholds
        for item, found in zip(fetched, analysed, strict=True):
            mail = found.mail
            if mail is None or (found.score < filing and not _remembered(found.recall)):
                continue
            if (mail.date and self._older(mail.date)) or self.store.ledger_entry(
                self.config.account, message_key(mail)
            ):
                continue
            facts = self._batch_facts[item.uid] = found.facts or extract(mail)
            own, query = contacts.whom_to_ask(mail, facts)
            self._batch_whom[item.uid] = (facts, (own, query))
            if query is not None:
                queries.append((item.uid, query))
        return queries

    def _contact(self, uid: int, mail: Mail, facts: Facts, *, dated: bool = True) -> Found:
        """Whom to thank, whether the rejection is too old for a draft, and when it came (its
        Date header, else INTERNALDATE: asked once, here, for the draft age and the CRM row;
        None if the server no longer has it). *dated*: the CRM row will be written, so when it
        came is wanted even without a draft age (else INTERNALDATE is asked only for that).
        The mailbox's history is searched only for a recent rejection that names no person
        itself."""
        received = mail.date
        if received is None and (dated or self.config.draft_max_age_days is not None):
            received = self.mailbox.internal_date(uid)  # the watched folder is selected
        too_old = received is not None and self._older(received)
        known = self._batch_whom.pop(uid, None)
        own, q = (
            known[1]
            if known is not None and known[0] is facts
            else contacts.whom_to_ask(mail, facts)
        )
        found: list[contacts.Candidate] = []
        if not too_old and q is not None:
            found = self._history().candidates(q)
        return Found(contacts.choose_with(own, facts, found), too_old, received)

    def _with_contact(
        self, outcome: Outcome, contact: contacts.Contact, *, too_old: bool
    ) -> Outcome:
        drafted = bool(contact.address) and not too_old
        why_not = "no reply address"
        if too_old:
            why_not = f"older than {self.config.draft_max_age_days} days: no draft"
        return replace(
            outcome,
            drafted=drafted,
            too_old=too_old,
            contact_source=contact.source,
            contact_address=contact.address,
            detail=outcome.detail or ("" if drafted else why_not),
        )

    def _older(self, when: datetime) -> bool:
        days = self.config.draft_max_age_days
        if days is None:
            return False
        when = when if when.tzinfo else when.astimezone()  # naive: the local time
        return self.clock() - when > timedelta(days=days)

    def _history(self) -> HistoryLookup:
        if self._lookup is None:
            cfg = self.config

            def restore() -> None:
                self.mailbox.select(cfg.watch_folder, readonly=self._readonly)

            def folders() -> list[tuple[str, bool]]:
                return history_folders(
                    self.mailbox,
                    watch=cfg.watch_folder,
                    rejections=cfg.rejections_folder,
                    sent=self._sent or cfg.sent_folder,
                )

            self._lookup = HistoryLookup(
                self.mailbox,
                folders,
                restore,
                (cfg.profile.email,),
                selected=cfg.watch_folder,
                digest=lambda: self._digest,
                elsewhere=self._elsewhere,
            )
        return self._lookup

    def _elsewhere(self) -> Mailbox | None:
        """The second connection (opened now, the first time a scan asks), or None: always
        outside a scan (`review confirm` looks up on the one connection; nothing would close
        a second one)."""
        if not self._scanning:
            return None
        if self._second is None and self._open_second is not None and not self._second_failed:
            try:
                self._second = self._open_second()
            except MailboxError as e:  # e.g. a server's limit on connections: use the one
                self._second_failed = True
                log.warning("scan.second_connection_failed", error=str(e))
        return self._second

    def _close_second(self) -> None:
        second, self._second, self._second_failed = self._second, None, False
        if second is not None:
            second.close()

    def _observe(
        self, app: applications.Application | None, sender: str, when: datetime | None
    ) -> None:
        """Ghosting: remember confirmed applications (*app*: what the message confirms, if
        anything), and later word from those companies."""
        cfg = self.config
        if app is not None:
            tables.record_application(self.store, cfg.account, app)
            if app.sender_domain:
                self._open_domains.add(app.sender_domain)
            return
        # sender_domain is that domain or "": look it up only for a domain that would count
        # (a first scan asks for each of 10,000 senders, few of them open applications').
        domain = sender.rpartition("@")[2].strip().lower()
        if domain in self._open_domains and applications.sender_domain(sender):
            tables.record_company_contact(self.store, cfg.account, "", domain, when or self.clock())

    def _check_sent(self) -> None:
        """Mark a rejection "reply sent" once a message threaded onto it shows up in Sent.

        Costs one STATUS when Sent has not changed; new Sent messages are read once (their
        In-Reply-To and References headers only), tracked by a checkpoint like the inbox's.
        """
        cfg = self.config
        if not tables.awaiting_reply(self.store, cfg.account):
            return
        if self._sent is None:
            self._sent = cfg.sent_folder or self.mailbox.sent_folder() or ""
        if not self._sent:
            return
        state = self.mailbox.status(self._sent)
        last = self.store.last_uid(cfg.account, self._sent, state.uidvalidity)
        if 0 < state.uidnext <= last + 1:
            return
        self.mailbox.select(self._sent, readonly=True)
        uids = self.mailbox.uids_after(last)
        for uid, header in self.mailbox.fetch_headers(uids, ("In-Reply-To", "References")):
            for original in _MESSAGE_ID_RE.findall(header.decode("ascii", "replace")):
                if tables.mark_replied(self.store, cfg.account, original):
                    log.info("reply.seen_in_sent", message_id=original, sent_uid=uid)
        if uids:
            self.store.set_last_uid(cfg.account, self._sent, state.uidvalidity, max(uids))

    def _draft(self, mail: Mail, facts: Facts, draft_id: str, contact: contacts.Contact) -> bytes:
        # A reply to the rejection (In-Reply-To, References: the rejection) addressed to the
        # contact, wherever they were found: see build_draft and the CHANGELOG for why.
        facts = replace(
            facts,
            contact_address=contact.address,
            contact_name=contact.name,
            contact_title=contact.title,
        )
        draft = build_draft(
            mail,
            facts,
            self.config.profile,
            draft_message_id=draft_id,
            now=self.clock(),
            template=self.config.template,
        )
        try:
            return draft.as_bytes()
        except (ValueError, TypeError, UnicodeError) as e:
            raise MessageError(f"cannot serialise the reply draft: {e}") from e

    def _record(
        self,
        key: str,
        mail: Mail,
        facts: Facts,
        score: float,
        *,
        draft_id: str,
        contact: contacts.Contact,
        too_old: bool,
        received: datetime | None,
    ) -> RejectionRecord:
        # *received*: the Date header, else when the server received it (`_contact`); the
        # scan's clock only if the message is gone meanwhile.
        when = (received or self.clock()).astimezone(UTC).isoformat(timespec="seconds")
        # "draft saved" only once the server has the draft (see _finish)
        status = records.DRAFT_PENDING if draft_id else records.NO_REPLY_ADDRESS
        if too_old and contact.address:
            status = records.TOO_OLD
        note = linkedin.invitation_note(
            contact_name=contact.name,
            company=facts.company,
            position=facts.position,
            interviewed=facts.interviewed or facts.reason == "after_interview",
            user_name=self.config.profile.name,
        )
        return RejectionRecord(
            message_key=key,
            message_id=mail.message_id,
            received=when,
            contact_name=contact.name,
            contact_address=contact.address,
            company=facts.company,
            position=facts.position,
            reason=facts.reason,
            subject=mail.subject,
            score=round(score, 4),
            draft_message_id=draft_id,
            status=status,
            contact_source=contact.source,
            contact_message_id=contact.message_id,
            linkedin_note=note,
            requisition=facts.requisition,
        )

    # --- finishing planned work (fresh or left over from a crash) -----------------------------

    def finish(self, entries: Sequence[LedgerEntry], uidvalidity: int) -> dict[int, str]:
        """Carry planned entries through on the server (the watched folder is selected):
        an uncertain one is marked where it is; a rejection is drafted, then moved. A draft
        or move the server refuses is that message's failure.

        Returns the refused ones (uid -> the server's words, for entries of `uidvalidity`):
        they stay where they are, in their ledger state, and the next scan tries again.
        """
        cfg = self.config
        to_review = [e for e in entries if e.action == REVIEW]
        if to_review:
            self._mark_for_review(to_review, uidvalidity)
        entries = [e for e in entries if e.action != REVIEW]
        to_draft = [e for e in entries if e.state == PLANNED and e.draft_message_id]
        refused = self._save_drafts(to_draft) if to_draft else {}  # message key -> error
        # One transaction: a crash between the ledger's step and the CRM's status would leave
        # the CRM saying "draft pending" for good (the entry is past PLANNED then).
        with self.store.transaction():
            for e in entries:
                if e.state == PLANNED and e.message_key not in refused:
                    self.store.advance(cfg.account, e.message_key, DRAFTED)
                    if e.draft_message_id:  # the draft is there now: only now does the CRM say so
                        self.store.set_rejection_status(
                            cfg.account,
                            e.message_key,
                            records.DRAFT_SAVED,
                            only_if=records.DRAFT_PENDING,
                        )
        by_target: dict[str, list[LedgerEntry]] = {}
        for e in entries:
            if e.message_key not in refused:
                by_target.setdefault(e.target_folder, []).append(e)
        for target, group in by_target.items():
            refused.update(self._move(group, target, uidvalidity))
            for e in group:
                if e.message_key not in refused:
                    self.store.advance(cfg.account, e.message_key, DONE)
                    self.store.clear_failure(cfg.account, e.folder, e.uidvalidity, e.uid)
        return {e.uid: refused[e.message_key] for e in entries if e.message_key in refused}

    def _save_drafts(self, entries: list[LedgerEntry]) -> dict[str, str]:
        """APPEND each draft Drafts does not hold yet; returns the refused ones."""
        cfg = self.config
        drafts = self._drafts_folder()
        held = self._drafts_held if self._drafts_held is not None else self._read_drafts(drafts)
        if self._scanning:
            self._drafts_held = held
        missing = []
        for e in entries:
            if e.draft_message_id in held:
                log.info("draft.exists", message_id=e.message_id, draft=e.draft_message_id)
            else:
                missing.append(e)
        refused: dict[str, str] = {}
        for e in missing:
            try:
                raw = self.store.draft_bytes(cfg.account, e.message_key)
                self.mailbox.append(drafts, raw, self.clock())
            except RefusedError as err:
                refused[e.message_key] = self._step_failed(e, "draft", str(err))
            else:
                held.add(e.draft_message_id)
        return refused

    def _read_drafts(self, drafts: str) -> set[str]:
        """The Message-IDs of the messages in Drafts (their headers only). A scan reads them
        once and adds its own APPENDs: a round of drafts then costs no SELECT, which on a big
        maildir inbox means no re-read of it. They are read on the scan's second connection
        (the look-ups' one, see _elsewhere), so the watched folder stays selected on this
        one; without it, here, and the watched folder is selected again afterwards (a re-SELECT
        of a 100,000-message maildir inbox costs Dovecot about 90 ms of CPU)."""
        second = self._elsewhere()
        box = second or self.mailbox
        box.select(drafts, readonly=True)
        held: set[str] = set()
        for _, header in box.fetch_headers(box.uids_after(0), ("Message-ID",)):
            held.update(_MESSAGE_ID_RE.findall(header.decode("ascii", "replace")))
        if second is None:
            # Leave Drafts before writing to it: a server may refuse an APPEND to the folder
            # this session has selected read-only (Courier does). Another session's EXAMINE
            # of it is no obstacle (tests/test_server_matrix.py, every server).
            self.mailbox.select(self.config.watch_folder)
        return held

    def _move(self, group: list[LedgerEntry], target: str, uidvalidity: int) -> dict[str, str]:
        """Move the group in one command; if refused, one at a time to find the culprit."""
        try:
            self.mailbox.ensure_folder(target)
            self.mailbox.move(sorted(self._locate(group, uidvalidity)), target)
        except RefusedError as err:
            if len(group) == 1:
                return {group[0].message_key: self._step_failed(group[0], "move", str(err))}
            refused: dict[str, str] = {}
            for e in group:
                refused.update(self._move([e], target, uidvalidity))
            return refused
        return {}

    def _step_failed(self, e: LedgerEntry, step: str, error: str) -> str:
        attempts = self.store.record_failure(
            self.config.account, e.folder, e.uidvalidity, e.uid, error
        )
        log.error(
            "message.failed",
            uid=e.uid,
            message_id=e.message_id,
            folder=e.folder,
            step=step,
            attempts=attempts,
            error=error,
            left_in_place=True,
        )
        return error

    def _mark_for_review(self, entries: Sequence[LedgerEntry], uidvalidity: int) -> None:
        """Mark uncertain messages where they are (never move them), then queue them."""
        cfg = self.config
        mark = mark_for(self.mailbox, cfg.review_keyword, cfg.review_folder)
        if not mark.kind and not self._said_queue_only:
            self._said_queue_only = True
            log.warning(
                "review.queue_only",
                folder=cfg.watch_folder,
                reason="the server takes no keyword here and has no Gmail labels"
                if cfg.review_keyword
                else "no review keyword is set",
                detail="uncertain messages are left unmarked, listed only by `rejectwatch review`",
            )
        uids = sorted(self._locate(entries, uidvalidity))
        try:
            apply_mark(self.mailbox, uids, mark)
        except RefusedError as error:
            # Refused (e.g. a keyword too long for the server): queue them unmarked rather
            # than block every later scan on them.
            log.warning("review.mark_failed", mark=str(mark), uids=uids, error=str(error))
            mark = QUEUE_ONLY
        for e in entries:
            self.store.set_review_mark(cfg.account, e.message_key, str(mark))
            self.store.advance(cfg.account, e.message_key, IN_REVIEW)

    def _drafts_folder(self) -> str:
        """Drafts (asked of the server once a scan)."""
        if self._scanning and self._drafts_name:
            return self._drafts_name
        self._drafts_name = self._find_drafts_folder()
        return self._drafts_name

    def _find_drafts_folder(self) -> str:
        if self.config.drafts_folder:
            return self.mailbox.ensure_folder(self.config.drafts_folder)
        found = self.mailbox.drafts_folder(create=True)
        if found is None:
            raise MailboxError("the server has no Drafts folder and none could be created")
        return found

    def _locate(self, entries: Sequence[LedgerEntry], uidvalidity: int) -> set[int]:
        """UIDs in the (selected) watched folder that still hold these messages."""
        same = [e.uid for e in entries if e.uidvalidity == uidvalidity]
        found = self.mailbox.existing(same)
        for e in entries:
            if e.uidvalidity != uidvalidity and e.message_id:
                found.update(self.mailbox.search_header("Message-ID", e.message_id))
        return found

    # --- reporting ---------------------------------------------------------------------------

    def _failed(
        self, report: ScanReport, uidvalidity: int, uid: int, message_id: str, error: str
    ) -> None:
        cfg = self.config
        attempts = 0
        if not report.dry_run:
            attempts = self.store.record_failure(
                cfg.account, cfg.watch_folder, uidvalidity, uid, error
            )
        outcome = Outcome(uid, message_id, "", "", None, FAILED, detail=error)
        report.outcomes.append(outcome)
        log.error(
            "message.failed",
            uid=uid,
            message_id=message_id,
            folder=cfg.watch_folder,
            attempts=attempts,
            error=error,
            left_in_place=True,
        )

    def _log(self, outcomes: list[Outcome]) -> None:
        """A `message.handled` line for each. The logger is bound once for them all (each
        call of the module's lazy logger binds one afresh: 0.016 s in 10,000 lines)."""
        info = log.bind().info
        folder = self.config.watch_folder
        for o in outcomes:
            info(
                "message.handled",
                uid=o.uid,
                message_id=o.message_id,
                score=None if o.score is None else round(o.score, 4),
                action=o.action,
                folder=folder,
                detail=o.detail or None,
                fetched=o.fetched,
            )
