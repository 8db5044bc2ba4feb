"""Parse and score fetched messages: in this process, or in forked workers for big scans.

Parsing and scoring are pure CPU work and the bulk of a first scan's time. A small scan does
them here (the model loading in a thread while the first batches are fetched: ModelLoad); a
big one hands them to worker processes (:class:`Pool`) and keeps this process for the server
and the database.

The pool's first worker is forked at once, before the model is loaded: it imports numpy and
loads the model (plain arrays, about 0.2 s of CPU) on the second core while this process logs
in and fetches, then forks the other workers itself (they inherit the loaded model and start in
milliseconds). This process never loads the model for a big scan; it learns the thresholds from
the first worker. Everything is forked from a process with no other thread (forking a threaded
process can inherit held locks).

Batches go to the workers as raw bytes; what comes back is small: the parsed message only for
mail the scan may act on (scored into the review band or above), else a :class:`Brief` of
what the scan reports and records about mail it leaves alone, the confirmation check
(crm.applications) already made.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from datetime import datetime
from multiprocessing.connection import wait
from typing import TYPE_CHECKING, Any, NamedTuple

from rejectwatch.crm.applications import Application, application_received, reads_as_receipt
from rejectwatch.crm.extract import Facts, extract
from rejectwatch.errors import RejectwatchError
from rejectwatch.mail.message import Mail, parse

if TYPE_CHECKING:
    from rejectwatch.model.classifier import Model
    from rejectwatch.model.features import Document
    from rejectwatch.pipeline.memory import Match, Memory

# A preview cut inside its text part with less text than this (e.g. all <style>) is refetched.
SHORT_TEXT = 400
MAX_WORKERS = 4
PIPE_BYTES = 1 << 20
WAIT_SECONDS = 1.0  # how often a wait for results looks at whether the workers still live


class WorkerError(RejectwatchError):
    """A worker process died (killed, out of memory) before it returned its batch."""


class Brief(NamedTuple):
    """What a scan keeps of a message it leaves alone (scored below the review band)."""

    message_id: str
    subject: str
    sender: str  # the From address
    date: datetime | None
    application: Application | None  # the application it confirms, when asked to look


class Analysed(NamedTuple):
    """One message, parsed and scored."""

    mail: Mail | None  # the message, when the scan may act on it or must look again
    brief: Brief | None  # else the little the scan needs of it
    score: float
    error: str = ""  # why it could not be parsed (then mail and brief are None)
    again: bool = False  # a preview that must be fetched whole and analysed again
    facts: Facts | None = None  # what crm.extract reads in a message the scan may act on
    # the user's labelled message it repeats (rejectwatch.pipeline.memory): a rejection's (with
    # mail: file it), or a not_rejection's (with a brief: left alone whatever its score)
    recall: Match | None = None


# A batch: (raw message, only part of it was fetched) pairs.
Items = Sequence[tuple[bytes, bool]]
Thresholds = tuple[float, float]  # (filing, review)


def analyse(
    model: Model,
    items: Items,
    *,
    preview: bool = False,
    observe: bool = False,
    memory: Memory | None = None,
) -> list[Analysed]:
    """Parse each raw message and score the ones that parsed, as one batch.

    *preview*: the items are previews (the header and the start of the text); one that may
    be acted on, or whose text was cut before much of it, or from a sender the *memory*
    knows, is marked `again` (a cut preview is not matched with another sender's template).
    *observe*: look in the mail left alone for application confirmations (crm.applications).
    *memory*: the user's corrections (twenty-third pass, part O): a message repeating one the
    user called a rejection is acted on whatever its score (unless the guard would hold it
    back, see recall_for), one repeating a message they called no rejection is left alone
    whatever its score; from its own sender, or word for word from another (part Q)."""
    from rejectwatch.model.features import Document  # noqa: PLC0415 - numpy, once there is work

    parsed: list[Mail | str] = []
    for raw, truncated in items:
        try:
            parsed.append(parse(raw, truncated=truncated))
        except Exception as e:
            parsed.append(f"parse: {e!r}")
    mails = [m for m in parsed if isinstance(m, Mail)]
    docs = [Document(m.subject, m.text, m.sender_line) for m in mails]
    scores = iter(_scores(model, docs))
    documents = iter(docs)
    bar = min(model.filing_threshold, model.review_threshold)
    out: list[Analysed] = []
    for (_, truncated), mail in zip(items, parsed, strict=True):
        if not isinstance(mail, Mail):
            out.append(Analysed(None, None, 0.0, mail))
            continue
        scored, doc = next(scores), next(documents)
        if isinstance(scored, str):  # the model could not read this one: left in place
            out.append(Analysed(None, None, 0.0, scored))
            continue
        score = float(scored)
        short = mail.text_cut and len(mail.text) < SHORT_TEXT
        # whom it speaks for, worked out once for `knows` and `match` (an empty memory: never)
        key = memory.key(mail.sender_line) if memory else None
        known = memory is not None and memory.knows(mail.sender_line, key=key)
        # another sender's template may match too (memory.foreign): then every message is asked
        ask = known or (memory is not None and memory.foreign())
        recall = recall_for(memory, doc, key=key) if ask and not (preview and truncated) else None
        # the user's word, where the memory has one, decides; else the score
        acts = score >= bar if recall is None else recall.is_rejection
        if preview and truncated and (score >= bar or short or known):
            out.append(Analysed(mail, None, score, again=True))
        elif acts:
            try:
                facts = extract(mail)
            except Exception as e:  # one odd message must not fail the batch
                out.append(Analysed(None, None, score, f"extract: {e!r}"))
                continue
            out.append(Analysed(mail, None, score, facts=facts, recall=recall))
        else:
            found = _confirms(mail) if observe else None
            brief = Brief(mail.message_id, mail.subject, mail.sender.address, mail.date, found)
            out.append(Analysed(None, brief, score, recall=recall))
    return out


def recall_for(memory: Memory | None, doc: Document, *, key: str | None = None) -> Match | None:
    """The user's labelled message *doc* (a message's subject, text and sender line) repeats,
    if any (*key*: memory.sender_key of its sender line, when the caller has it). A match is
    dropped when the two messages read differently: the rules read a decision token in one and
    none in the other (memory.decided; twenty-fifth pass, part M: a sender's
    receipt one sentence apart from its refusal, "has been received" / "has been rejected"
    under one talent-pool frame, is no copy of it). A rejection's match is dropped
    when the guard holds the message back (an offer, an interview, a step to take:
    classifier.held_back) or the rules read it as no decision on the reader's application
    (gate.no_job_decision): the memory never files what the model protects. Another sender's
    template (twenty-fourth pass, part Q) files nothing that reads as a confirmation of receipt
    (crm.applications.reads_as_receipt), either: a receipt the user confirmed by mistake would
    otherwise file every employer's copy of it, the classic false positive; a text the rules
    read a decision token in is no receipt (twenty-fifth pass, part M2: "we have now reviewed
    the applications received ... unfortunately unsuccessful")."""
    from rejectwatch.model.classifier import held_back  # noqa: PLC0415 - loaded with the model
    from rejectwatch.model.features import documents_to_views  # noqa: PLC0415
    from rejectwatch.model.gate import no_job_decision  # noqa: PLC0415
    from rejectwatch.pipeline.memory import reads_decision  # noqa: PLC0415

    if memory is None:
        return None
    try:
        found = memory.match(doc.sender, doc.body, doc.subject, key=key)
        if found is None:
            return None
        texts, sentences = documents_to_views([doc])
        decides = reads_decision(texts[0])
        if decides != found.entry.decides:
            return None  # one template, two meanings: the model's call
        if found.is_rejection and (
            (found.foreign and not decides and reads_as_receipt(doc.subject, doc.body))
            or held_back(doc)
            or no_job_decision(texts[0], sentences[0])
        ):
            return None  # another sender's receipt, or protected
    except Exception:  # a memory that cannot read one odd message leaves it to the model
        return None
    return found


def _scores(model: Model, docs: list[Document]) -> list[float | str]:
    """The model's score for each document, as one batch; when reading the batch raises,
    one at a time, so that only the message the model cannot read fails (its entry is then
    why, as text) and the others are scored as usual."""
    try:
        return list(model.scores(docs))
    except Exception as e:  # one odd message must not fail the batch: find which
        if len(docs) == 1:
            return [f"score: {e!r}"]
    out: list[float | str] = []
    for doc in docs:
        try:
            out.extend(model.scores([doc]))
        except Exception as e:
            out.append(f"score: {e!r}")
    return out


def _confirms(mail: Mail) -> Application | None:
    """The application `mail` confirms; None when it confirms none or could not be read.

    This is only an observation about mail left alone, so a reading that fails on one odd
    message is dropped rather than failing the batch."""
    try:
        return application_received(mail)
    except Exception:
        return None


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
    return min(cpus or 1, MAX_WORKERS)


class ModelLoad:
    """A model loading in a background thread, while the scan logs in and fetches.

    Importing numpy and reading the model's arrays take about 0.2 s of CPU, and a scan
    needs the model only once its first batch is in. `result()` joins the thread and returns
    the model, or raises what loading raised.
    """

    def __init__(self, load: Callable[[], Model]) -> None:
        self._model: Model | None = None
        self._error: Exception | None = None
        self._thread = threading.Thread(
            target=self._load, args=(load,), name="rejectwatch-model-load", daemon=True
        )
        self._thread.start()

    def _load(self, load: Callable[[], Model]) -> None:
        try:
            self._model = load()
        except Exception as e:  # raised again in the scan's own thread, by result()
            self._error = e

    @property
    def loading(self) -> bool:
        return self._thread.is_alive()

    @property
    def failed(self) -> bool:
        return self._error is not None

    def wait(self, timeout: float | None = None) -> None:
        self._thread.join(timeout)

    def result(self) -> Model:
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._model is not None  # noqa: S101 - set when no error was
        return self._model


class Inline:
    """Analyses in this process, at once; the model loads in a thread meanwhile (ModelLoad)."""

    def __init__(self, model: Model | Callable[[], Model], memory: Memory | None = None) -> None:
        self._loader = model
        self._memory = memory
        self._model: Model | ModelLoad = ModelLoad(model) if callable(model) else model
        self._todo: deque[tuple[int, Items, bool, bool]] = deque()

    @property
    def model(self) -> Model:
        if isinstance(self._model, ModelLoad):
            self._model = self._model.result()
        return self._model

    @property
    def accepts(self) -> bool:
        """Batches can be put now without waiting (the model is loaded)."""
        return not (isinstance(self._model, ModelLoad) and self._model.loading)

    @property
    def ahead(self) -> bool:
        """Fetching ahead pays: only while the model loads."""
        return not self.accepts

    @property
    def thresholds(self) -> Thresholds:
        return self.model.filing_threshold, self.model.review_threshold

    def put(self, task: int, items: Items, *, preview: bool, observe: bool) -> None:
        self._todo.append((task, items, preview, observe))

    def collect(self, timeout: float | None) -> list[tuple[int, list[Analysed]]]:
        """The oldest batch put, analysed now; nothing if the model is still loading after
        *timeout* seconds (None: wait for it)."""
        if isinstance(self._model, ModelLoad):
            self._model.wait(timeout)
            if self._model.loading:
                return []
        if not self._todo:
            return []
        task, items, preview, observe = self._todo.popleft()
        found = analyse(self.model, items, preview=preview, observe=observe, memory=self._memory)
        return [(task, found)]

    def close(self, *, abort: bool = False) -> None:
        if isinstance(self._model, ModelLoad):
            self._model.wait()  # a scan stopped before it needed the model

    def keep(self) -> Model | Callable[[], Model]:
        """What to analyse with next time: the model if it loaded, else the loader again."""
        if isinstance(self._model, ModelLoad):
            self._model.wait()
            if self._model.failed:
                return self._loader  # tried again at the next scan that needs it
            return self._model.result()
        return self._model


class Pool:
    """Forked worker processes; see the module's docstring for how they start.

    `put` queues a batch (it never blocks: a feeding thread writes it to the workers),
    `collect` returns the batches analysed so far, in the order they finished. A worker that
    dies makes `collect` raise WorkerError; what loading the model raised is raised there too.
    """

    def __init__(
        self, model: Model | Callable[[], Model], workers: int, memory: Memory | None = None
    ) -> None:
        ctx = multiprocessing.get_context("fork")
        self.workers = workers
        self._memory = memory  # the workers inherit it (forked)
        self._tasks: Any = ctx.Queue()
        self._results, self._sender = ctx.Pipe(duplex=False)
        _widen(self._sender.fileno())
        self._send_lock = ctx.Lock()
        self._thresholds: Thresholds | None = None
        self._done: list[tuple[int, list[Analysed]]] = []
        self._pids: list[int] = []  # every worker's, once the first one told them
        self._closed = False
        # One pipe per worker whose write end only that worker holds: it reads as closed
        # (EOF) the moment that worker is gone, however it went.
        deaths = [os.pipe() for _ in range(workers)]
        self._deaths = [read for read, _ in deaths]
        scan = os.getpid()
        self._first = os.fork()
        if self._first == 0:  # the first worker
            code = 1
            try:
                # Ctrl-C or a service manager's SIGTERM reach the whole process group: the scan
                # stops cleanly and ends its workers itself (the others inherit this).
                signal.signal(signal.SIGINT, signal.SIG_IGN)
                signal.signal(signal.SIGTERM, signal.SIG_IGN)
                for read, _ in deaths:
                    os.close(read)
                code = self._serve_first(model, [write for _, write in deaths], scan)
            finally:
                os._exit(code)
        for _, write in deaths:
            os.close(write)

    # --- in the scan's process -----------------------------------------------------------

    accepts = True  # batches wait in the queue while the first worker loads the model
    ahead = True  # fetch ahead: the workers analyse meanwhile

    @property
    def ready(self) -> bool:
        """The model is loaded (the first worker said so)."""
        if self._thresholds is None and not self._closed:
            self._receive(0.0)
        return self._thresholds is not None

    @property
    def thresholds(self) -> Thresholds:
        while self._thresholds is None:
            self._receive(None)
        return self._thresholds

    def put(self, task: int, items: Items, *, preview: bool, observe: bool) -> None:
        self._tasks.put((task, list(items), preview, observe))

    def collect(self, timeout: float | None) -> list[tuple[int, list[Analysed]]]:
        """Analysed batches that are in; waits up to *timeout* seconds for one (None: until
        one is), looking every WAIT_SECONDS at whether the workers still live."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while not self._done:
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0:
                break
            self._receive(left)
        done, self._done = self._done, []
        return done

    def _receive(self, timeout: float | None) -> None:
        step = WAIT_SECONDS if timeout is None else min(timeout, WAIT_SECONDS)
        ready = wait([self._results, *self._deaths], step)
        if self._results in ready:
            while self._results.poll():
                kind, payload = self._results.recv()
                if kind == "ready":
                    self._pids, self._thresholds = payload
                elif kind == "failed":
                    self.close(abort=True)
                    raise payload
                else:
                    self._done.append(payload)
        elif ready:  # a worker is gone, and the results pipe holds nothing more from it
            self.close(abort=True)
            raise WorkerError("a scan worker process died before it finished its batch")

    def close(self, *, abort: bool = False) -> None:
        """Stop the workers: once they are idle, or (abort) at once."""
        if self._closed:
            return
        self._closed = True
        if abort:
            for pid in {self._first, *self._pids}:
                with contextlib.suppress(OSError):
                    os.kill(pid, signal.SIGKILL)
            self._tasks.cancel_join_thread()
        else:
            for _ in range(self.workers):
                self._tasks.put(None)
        self._tasks.close()
        self._tasks.join_thread()
        with contextlib.suppress(ChildProcessError):
            os.waitpid(self._first, 0)
        for read in self._deaths:
            os.close(read)
        self._results.close()
        self._sender.close()

    # --- in the workers ------------------------------------------------------------------

    def _serve_first(self, model: Model | Callable[[], Model], deaths: list[int], scan: int) -> int:
        try:
            loaded = model() if callable(model) else model
            thresholds = (loaded.filing_threshold, loaded.review_threshold)
        except Exception as e:
            self._fail(e)
            return 1
        warm_up(loaded)
        me, pids, held = os.getpid(), [os.getpid()], list(deaths)
        for death in deaths[1:]:  # the others, forked with the model loaded
            pid = os.fork()
            if pid == 0:
                code = 1
                try:
                    for other in held:
                        if other != death:
                            os.close(other)
                    code = self._serve(loaded, me)
                finally:
                    os._exit(code)
            held.remove(death)
            os.close(death)
            pids.append(pid)
        self._send("ready", (pids, thresholds))
        code = self._serve(loaded, scan)
        for pid in pids[1:]:
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, 0)
        return code

    def _serve(self, model: Model, parent: int) -> int:
        # A worker blocks on its task queue forever if its parent is SIGKILLed, holding the
        # parent's inherited IMAP socket open: leave as soon as the parent is gone.
        threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
        self._results.close()
        try:
            while (task := self._tasks.get()) is not None:
                number, items, preview, observe = task
                found = analyse(model, items, preview=preview, observe=observe, memory=self._memory)
                self._send("done", (number, found))
        except Exception as e:
            self._fail(e)
            return 1
        return 0

    def _fail(self, error: Exception) -> None:
        try:
            self._send("failed", error)
        except Exception:  # the error itself would not pickle: say what it was
            self._send("failed", WorkerError(f"{type(error).__name__}: {error}"))

    def _send(self, kind: str, payload: object) -> None:
        with self._send_lock:
            self._sender.send((kind, payload))


# Two small messages that take analyse's paths (an HTML part, text that is not ASCII, a
# rejection whose facts are read, a confirmation looked for): see warm_up.
_WARM_UP: tuple[bytes, ...] = (
    b"From: Acme Careers <careers@acme.example>\r\nTo: you@example.org\r\n"
    b"Subject: Your application for Data Analyst at Acme\r\nMessage-ID: <warm-1@acme.example>\r\n"
    b"MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
    b"<p>Dear Ren\xc3\xa9e,</p><p>Thank you for applying for the Data Analyst role. Unfortunately"
    b" we have decided not to move forward with your application.</p><p>Kind regards,<br>"
    b"Acme Talent Team</p>\r\n",
    b"From: Jobs <no-reply@acme.example>\r\nTo: you@example.org\r\n"
    b"Subject: We received your application\r\nMessage-ID: <warm-2@acme.example>\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
    b"Hi, we have received your application for the Data Analyst position at Acme.\r\n",
)


def warm_up(model: Model) -> None:
    """Analyse _WARM_UP once and drop the result: what the code builds at its first use (the
    sender catalogue, the table of word characters for text that is not ASCII, ...) is then
    built in the first worker before it forks the others, which inherit it, not once a
    worker (s18: about 13 ms of CPU a worker). Never fails: a failure here would only be
    met again, and reported, on the first real batch."""
    with contextlib.suppress(Exception):
        analyse(model, [(raw, False) for raw in _WARM_UP], preview=True, observe=True)
    # seventeenth pass: the readings' automata are built when a process has searched enough
    # text to pay for them (rejectwatch.model.phrases); a scan with workers will: built here,
    # once, they are inherited by every worker
    from rejectwatch.model import phrases  # noqa: PLC0415 - loaded with the model already

    phrases.build_all()


def _widen(pipe: int) -> None:
    """Let the results pipe hold many batches' results (Linux: 64 KB -> up to 1 MB), so that a
    worker goes on to its next batch while this process is busy with the server."""
    try:
        import fcntl  # noqa: PLC0415 - Unix only, like fork
    except ImportError:
        return
    setting = getattr(fcntl, "F_SETPIPE_SZ", None)
    if setting is not None:
        with contextlib.suppress(OSError):
            fcntl.fcntl(pipe, setting, PIPE_BYTES)


def _exit_with_parent(parent: int, every: float = 0.5) -> None:
    while os.getppid() == parent:
        time.sleep(every)
    os._exit(1)
