"""The scan's analysis: in this process (Inline) and in forked workers (Pool) alike.

The pool's first worker loads the model itself (the scan's process never does) and forks the
others; these tests check that the two give the same answers, that the thresholds come from
the worker, and that a model that cannot load or a worker that dies stops a scan with an
error instead of hanging it.
"""

from __future__ import annotations

import io
import os
import signal
import time
from collections.abc import Sequence
from pathlib import Path

import pytest
from tests.mailgen import make_message

from rejectwatch.errors import ModelError
from rejectwatch.model.features import Document
from rejectwatch.pipeline import scan
from rejectwatch.pipeline.scan import ScanConfig, Scanner
from rejectwatch.pipeline.workers import Inline, Pool, WorkerError
from rejectwatch.state import Store
from rejectwatch.testing.dovecot import DovecotServer

needs_fork = pytest.mark.skipif(not hasattr(os, "fork"), reason="forks workers")


class KeywordModel:
    """0.99 for REJECT in the subject, 0.6 for MAYBE, else 0.01."""

    filing_threshold = 0.9
    review_threshold = 0.5

    def scores(self, docs: Sequence[Document]) -> list[float]:
        return [
            0.99 if "REJECT" in d.subject else 0.6 if "MAYBE" in d.subject else 0.01 for d in docs
        ]


def batch() -> list[tuple[bytes, bool]]:
    def message(subject: str, body: str, sender: str, n: int) -> bytes:
        return make_message(subject, body, sender, message_id=f"<m{n}@workers.test>")

    long = message("Newsletter", "Our news. " * 2000, "news@example.test", 5)
    return [
        (message("REJECT your application", "We will not proceed.", "hr@acme.example", 1), False),
        (message("MAYBE", "Hmm.", "hr@acme.example", 2), True),
        (
            message(
                "Application received",
                "Thank you, we have received your application for the Analyst role at Acme Corp.",
                "jobs@acme.example",
                3,
            ),
            False,
        ),
        (message("Lunch?", "Noon?", "pat@example.test", 4), False),
        (long[: long.index(b"Our news.") + 100], True),  # cut early in its text
    ]


def collect_all(pool: Pool | Inline, count: int) -> dict[int, list[object]]:
    got: dict[int, list[object]] = {}
    deadline = time.monotonic() + 60
    while len(got) < count and time.monotonic() < deadline:
        got.update(pool.collect(1.0))
    return got  # type: ignore[return-value]


@needs_fork
def test_workers_answer_as_this_process_does_and_return_only_a_brief_of_kept_mail() -> None:
    inline = Inline(KeywordModel())  # type: ignore[arg-type]
    pool = Pool(KeywordModel(), 2)  # type: ignore[arg-type]
    try:
        for task in range(3):
            for p in (inline, pool):
                p.put(task, batch(), preview=task != 1, observe=task != 2)
        here = collect_all(inline, 3)
        there = collect_all(pool, 3)
        assert pool.thresholds == (0.9, 0.5) == inline.thresholds
    finally:
        pool.close()
    assert here == there
    first = there[0]
    rejection, maybe, confirmation, lunch, cut = first
    assert rejection.mail is not None
    assert rejection.brief is None
    assert rejection.facts is not None
    assert maybe.again
    assert maybe.mail is not None
    assert confirmation.brief is not None
    assert confirmation.mail is None
    assert confirmation.brief.application is not None  # the confirmation check ran there
    assert lunch.brief is not None
    assert lunch.brief.application is None
    assert cut.again  # a preview cut before much text: fetch whole, whatever its score
    assert not there[1][1].again  # not a preview: analysed as it is
    assert there[2][2].brief.application is None  # not asked to look (a dry run)


@needs_fork
def test_the_first_worker_loads_the_model_not_this_process(tmp_path: Path) -> None:
    marks = tmp_path / "loaded-in"

    def load() -> KeywordModel:
        marks.write_text(str(os.getpid()))
        return KeywordModel()

    pool = Pool(load, 2)  # type: ignore[arg-type]
    try:
        pool.put(0, batch(), preview=True, observe=True)
        assert len(collect_all(pool, 1)[0]) == len(batch())
        assert pool.ready
    finally:
        pool.close()
    assert int(marks.read_text()) != os.getpid()


@needs_fork
def test_a_model_that_cannot_load_in_the_worker_is_raised_here() -> None:
    def load() -> KeywordModel:
        raise ModelError("model file does not match its card")

    pool = Pool(load, 2)  # type: ignore[arg-type]
    pool.put(0, batch(), preview=True, observe=True)
    with pytest.raises(ModelError, match="does not match"):
        collect_all(pool, 1)
    pool.close()


@needs_fork
def test_a_worker_that_dies_stops_the_wait_with_an_error() -> None:
    pool = Pool(KeywordModel(), 2)  # type: ignore[arg-type]
    assert pool.thresholds == (0.9, 0.5)  # both workers are up
    for pid in pool._pids:  # killed from outside (the OOM killer, a user)
        os.kill(pid, signal.SIGKILL)
    started = time.monotonic()
    for task in range(50):
        pool.put(task, batch(), preview=True, observe=True)
    with pytest.raises(WorkerError, match="died"):
        collect_all(pool, 50)
    assert time.monotonic() - started < 30
    pool.close()


@pytest.mark.imap
@needs_fork
def test_a_scan_with_workers_files_what_a_scan_without_them_files(
    dovecot: DovecotServer, imap_user: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Earlier tests may leave threads in this process (the scan would then use none).
    monkeypatch.setattr(scan, "worker_count", lambda messages, size: 2)
    pools: list[Pool] = []

    class Counted(Pool):
        def __init__(self, *args: object) -> None:
            super().__init__(*args)  # type: ignore[arg-type]
            pools.append(self)

    monkeypatch.setattr(scan, "Pool", Counted)
    size = 5
    msgs = [
        make_message(f"REJECT {i}", "No.", f"r{i}@co.example", message_id=f"<rej-{i}@w.test>")
        if i % 7 == 3
        else make_message(f"MAYBE {i}", "Hm.", f"m{i}@co.example", message_id=f"<may-{i}@w.test>")
        if i % 11 == 5
        else make_message(f"Hello {i}", "Hi.", "friend@example.test", message_id=f"<h-{i}@w.test>")
        for i in range(12 * size)
    ]
    reports = []
    for n, parallel in enumerate((False, True)):
        user = f"{imap_user}-{n}"
        dovecot.append(user, "INBOX", msgs)
        store = Store(tmp_path / f"{user}.sqlite3")
        config = ScanConfig(account=user, batch_size=size)
        scanner = Scanner(dovecot.mailbox(user), KeywordModel(), store, config, parallel=parallel)  # type: ignore[arg-type]
        reports.append(scanner.scan())
        state = scanner.mailbox.status("INBOX")
        assert store.last_uid(user, "INBOX", state.uidvalidity) == state.uidnext - 1
    inline, forked = reports
    assert len(pools) == 1  # the second scan forked its workers
    assert [(o.message_id, o.action, o.score) for o in forked.outcomes] == [
        (o.message_id, o.action, o.score) for o in inline.outcomes
    ]
    assert forked.count("file") == 12 * size // 7 + 1
    maybes = [i for i in range(12 * size) if i % 7 != 3 and i % 11 == 5]
    assert forked.count("review") == len(maybes) > 0  # the review band survives the pool


@needs_fork
def test_workers_leave_ctrl_c_and_sigterm_to_the_scan() -> None:
    """Both reach a whole process group (a terminal, a service manager): the scan stops
    cleanly and ends its workers itself, so they must not die of them first."""
    pool = Pool(KeywordModel(), 2)  # type: ignore[arg-type]
    try:
        assert pool.thresholds == (0.9, 0.5)  # both workers are up
        for pid in pool._pids:
            os.kill(pid, signal.SIGINT)
            os.kill(pid, signal.SIGTERM)
        pool.put(0, batch(), preview=True, observe=True)
        assert len(collect_all(pool, 1)[0]) == len(batch())
    finally:
        pool.close()


def test_a_message_whose_facts_cannot_be_read_fails_alone_and_stays_in_place(
    dovecot: DovecotServer, imap_user: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """crm.extract raising on one message (c7's finding) used to fail the whole batch, and
    the same message came back every scan. Now that message alone is `failed`, left in the
    watched folder, and the others in its batch are still filed."""
    from rejectwatch.pipeline import workers  # noqa: PLC0415

    real_extract = workers.extract

    def extract(mail):  # type: ignore[no-untyped-def]
        if "BROKEN" in mail.subject:
            raise ValueError("odd header")
        return real_extract(mail)

    monkeypatch.setattr(workers, "extract", extract)
    monkeypatch.setattr(workers, "application_received", lambda mail: 1 / 0)
    msgs = [
        make_message("REJECT BROKEN", "No.", "a@co.example", message_id="<broken@w.test>"),
        make_message("REJECT fine", "No.", "b@co.example", message_id="<fine@w.test>"),
        make_message("Hello", "Hi.", "friend@example.test", message_id="<hello@w.test>"),
    ]
    dovecot.append(imap_user, "INBOX", msgs)
    store = Store(tmp_path / "state.sqlite3")
    config = ScanConfig(account=imap_user)
    scanner = Scanner(dovecot.mailbox(imap_user), KeywordModel(), store, config, parallel=False)  # type: ignore[arg-type]
    report = scanner.scan()
    by_action = {o.action: o for o in report.outcomes}
    assert report.count("failed") == 1
    assert "odd header" in by_action["failed"].detail
    assert report.count("file") == 1
    inbox = b"\n".join(dovecot.list_folder(imap_user, "INBOX"))
    assert b"<broken@w.test>" in inbox, "the failed message is still in the inbox"
    assert b"<fine@w.test>" not in inbox, "the other rejection in its batch was filed"


def test_a_message_the_model_cannot_read_fails_alone_and_stays_in_place(
    dovecot: DovecotServer,
    imap_user: str,
    imap_env: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The shipped model raising while it reads one message (here its offer check, made to
    fail on a marker text) used to fail the whole batch: the scan stopped and no message of
    it was handled. Now that message alone is `failed`, left in the inbox, logged with its
    UID and folder, and the other rejections are filed."""
    import json  # noqa: PLC0415

    from rejectwatch import cli  # noqa: PLC0415
    from rejectwatch.model import classifier  # noqa: PLC0415

    real_held_back = classifier.held_back

    def held_back(doc: Document) -> bool:
        if "UNREADABLE-MARKER" in doc.body:
            raise ValueError("reader broke on this text")
        return real_held_back(doc)

    monkeypatch.setattr(classifier, "held_back", held_back)

    def rejection(company: str, n: int, extra: str = "") -> bytes:
        body = (
            f"Dear Sam,\n\nThank you for applying for the Data Analyst role at {company}. "
            "After careful review we have decided not to move forward with your application. "
            f"We wish you the best in your search.{extra}\n\nKind regards,\n"
            f"Ingrid Solberg\nTalent Acquisition, {company}"
        )
        return make_message(
            f"Your application to {company}",
            body,
            f"Ingrid Solberg <ingrid@{company.lower()}.example>",
            message_id=f"<reader-{n}@w.test>",
        )

    dovecot.append(
        imap_user,
        "INBOX",
        [
            rejection("Nordlys", 1),
            rejection("Brightwave", 2, " UNREADABLE-MARKER"),
            rejection("Quillfeather", 3),
        ],
    )
    out = io.StringIO()
    code = cli.main(["scan", "--json"], stdout=out)
    assert code == 0
    report = json.loads(out.getvalue())
    actions = {o["message_id"] or o["uid"]: o for o in report["outcomes"]}
    assert report["counts"]["failed"] == 1
    assert report["counts"]["file"] == 2
    failed = next(o for o in report["outcomes"] if o["action"] == "failed")
    assert "reader broke on this text" in failed["detail"]
    assert failed["uid"] == 2
    assert not failed["drafted"]
    assert len(actions) == 3
    inbox = b"\n".join(dovecot.list_folder(imap_user, "INBOX"))
    filed = b"\n".join(dovecot.list_folder(imap_user, "Rejections"))
    assert b"<reader-2@w.test>" in inbox, "the unreadable message is still in the inbox"
    assert b"<reader-2@w.test>" not in filed
    assert b"<reader-1@w.test>" in filed
    assert b"<reader-3@w.test>" in filed
    drafts = b"\n".join(dovecot.list_folder(imap_user, "Drafts"))
    assert drafts.count(b"X-Rejectwatch-Draft-For:") == 2
    assert b"X-Rejectwatch-Draft-For: <reader-2@w.test>" not in drafts
    logged = [json.loads(line) for line in capsys.readouterr().err.splitlines() if "{" in line]
    failures = [e for e in logged if e.get("event") == "message.failed"]
    assert [(e["uid"], e["folder"], e["left_in_place"]) for e in failures] == [(2, "INBOX", True)]
    assert "reader broke" in failures[0]["error"]
    # Retried at the next scan: read normally now, it is filed like the others.
    monkeypatch.setattr(classifier, "held_back", real_held_back)
    out = io.StringIO()
    assert cli.main(["scan", "--json"], stdout=out) == 0
    again = json.loads(out.getvalue())
    assert [(o["uid"], o["action"]) for o in again["outcomes"]] == [(2, "file")]
    assert b"<reader-2@w.test>" in b"\n".join(dovecot.list_folder(imap_user, "Rejections"))


def test_the_warm_up_messages_take_the_paths_a_batch_takes() -> None:
    """workers.warm_up analyses these before the first worker forks the others, so that what
    is built at its first use is inherited: they must parse, and one must reach extract (filed
    with its facts) and one the confirmation check (a confirmation found), with the real model."""
    from rejectwatch.model import classifier  # noqa: PLC0415 - numpy, only here
    from rejectwatch.pipeline.workers import _WARM_UP, analyse  # noqa: PLC0415

    model = classifier.load()
    found = analyse(model, [(raw, False) for raw in _WARM_UP], preview=True, observe=True)
    assert [a.error for a in found] == ["", ""]
    assert found[0].facts is not None
    assert found[0].score >= model.filing_threshold
    assert found[1].brief is not None
    assert found[1].brief.application is not None
    assert found[1].brief.application.company == "Acme"
