"""The review band against the suite's real Dovecot: an uncertain message never leaves its
folder; it is marked (keyword), queued, and only `rejectwatch review` moves it on.

Scans here use the keyword stub classifier of test_scan_resume (MAYBE scores 0.6, in the
review band; REJECT 0.99): these tests are about what happens on the server and in the
store, not about classification. `review` itself runs through the real CLI.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from email import message_from_bytes
from email.policy import default
from pathlib import Path

import pytest
import structlog

from mailgen import make_message
from rejectwatch import cli, logs
from rejectwatch.pipeline import review_queue
from rejectwatch.pipeline.scan import ScanConfig, Scanner
from rejectwatch.settings import load_settings
from rejectwatch.state import DISMISSED, DONE, IN_REVIEW, Store
from rejectwatch.testing.dovecot import DovecotServer, TestServer
from serverenv import point_at
from test_scan_resume import Crash, CrashingMailbox, KeywordModel

KEYWORD = b"$RejectwatchReview"
MAYBE_ID = "<maybe@review.test>"
MAYBE = make_message(
    "MAYBE: about your application",
    "Hi Sam,\n\nThank you for applying for the Data Analyst role at Lumen. We have decided "
    "to move forward with other candidates.\n\nBest regards,\nRita Hale\nTalent, Lumen",
    "Rita Hale <rita.hale@lumen.example>",
    message_id=MAYBE_ID,
)
REJECT = make_message(
    "REJECT: your application",
    "We will not proceed with your application.",
    "Tom Berg <tom.berg@acme.example>",
    message_id="<reject@review.test>",
)
HAM = make_message("Lunch?", "Tacos at noon?", "friend@example.test", message_id="<ham@test>")


@pytest.fixture(autouse=True)
def _log_to_this_tests_stderr() -> None:
    """A CLI run in an earlier test (capsys) may have left structlog writing to a closed
    stream; the library calls here log too."""
    logs.configure("INFO")


def run_cli(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    code = cli.main(list(args), stdout=out)
    return code, out.getvalue()


def ids(server: DovecotServer, user: str, folder: str) -> list[str]:
    try:
        raws = server.list_folder(user, folder)
    except RuntimeError:  # no such folder
        return []
    return [str(message_from_bytes(r, policy=default)["Message-ID"]) for r in raws]


def flags_by_id(server: DovecotServer, user: str, folder: str) -> dict[str, set[bytes]]:
    flags = [set(f) for _, f in server.folder_flags(user, folder)]
    return dict(zip(ids(server, user, folder), flags, strict=True))


def scan(server: DovecotServer, user: str, model: object | None = None) -> None:
    """One scan as the daemon runs it, into the database the CLI reads."""
    settings = load_settings()
    store = Store(settings.database_path)
    mailbox = server.mailbox(user)
    try:
        config = ScanConfig(account=settings.account)
        Scanner(mailbox, model or KeywordModel(), store, config, parallel=False).scan()  # type: ignore[arg-type]
    finally:
        mailbox.close()
        store.close()


def open_store() -> Store:
    return Store(load_settings().database_path)


def ledger_state(message_id: str) -> str:
    store = open_store()
    try:
        entry = store.ledger_entry(load_settings().account, message_id)
        assert entry is not None
        return entry.state
    finally:
        store.close()


def corrections() -> list[dict[str, object]]:
    store = open_store()
    try:
        return store.corrections(load_settings().account)
    finally:
        store.close()


def queue_json() -> list[dict[str, object]]:
    code, out = run_cli("review", "--format", "json")
    assert code == 0
    return list(json.loads(out))


@pytest.fixture
def queued(dovecot: DovecotServer, imap_user: str, imap_env: dict[str, str]) -> DovecotServer:
    """MAYBE (already \\Flagged by the user), REJECT and HAM in INBOX, scanned once."""
    dovecot.append(imap_user, "INBOX", [MAYBE], flags=[b"\\Flagged"])
    dovecot.append(imap_user, "INBOX", [REJECT, HAM])
    scan(dovecot, imap_user)
    return dovecot


@pytest.mark.imap
def test_uncertain_message_stays_marked_unread_and_queued(
    queued: DovecotServer, imap_user: str
) -> None:
    assert ids(queued, imap_user, "INBOX") == [MAYBE_ID, "<ham@test>"]
    assert ids(queued, imap_user, "Rejections") == ["<reject@review.test>"]
    assert ids(queued, imap_user, "Rejections.Review") == []  # never created, never used
    assert not queued.maildir(imap_user).joinpath(".Rejections.Review").exists()
    flags = flags_by_id(queued, imap_user, "INBOX")
    # Only the keyword was added: the user's own \Flagged kept, \Seen never set.
    assert flags[MAYBE_ID] == {b"\\Flagged", KEYWORD}
    assert flags["<ham@test>"] == set()
    assert ledger_state(MAYBE_ID) == IN_REVIEW
    assert len(queued.list_folder(imap_user, "Drafts")) == 1  # REJECT's only

    items = queue_json()
    assert len(items) == 1
    item = items[0]
    assert item["message_id"] == MAYBE_ID
    assert item["subject"] == "MAYBE: about your application"
    assert item["sender"] == "rita.hale@lumen.example"
    assert item["date"] == "2024-05-06T09:30:00+00:00"
    assert item["score"] == 0.6
    assert item["folder"] == "INBOX"
    assert item["uid"] == 1
    assert item["state"] == IN_REVIEW
    assert item["mark"] == "keyword:$RejectwatchReview"

    code, table = run_cli("review")
    assert code == 0
    assert "MAYBE: about your application" in table
    assert "rita.hale@lumen.example" in table
    assert table.splitlines()[1].split()[:2] == [str(item["id"]), "0.60"]


@pytest.mark.imap
def test_a_dry_run_marks_and_queues_nothing(
    dovecot: DovecotServer, imap_user: str, imap_env: dict[str, str]
) -> None:
    dovecot.append(imap_user, "INBOX", [MAYBE, HAM])
    store = Store(":memory:")
    mailbox = dovecot.mailbox(imap_user)
    config = ScanConfig(account="a")
    report = Scanner(mailbox, KeywordModel(), store, config, parallel=False).scan(dry_run=True)  # type: ignore[arg-type]
    mailbox.close()
    assert [o.action for o in report.outcomes] == ["review", "keep"]
    assert flags_by_id(dovecot, imap_user, "INBOX") == {MAYBE_ID: set(), "<ham@test>": set()}
    assert store.review_items("a") == []


@pytest.mark.imap
def test_rescans_never_move_or_remark_a_review_item(queued: DovecotServer, imap_user: str) -> None:
    # The user takes the tag off by hand, then moves the message away and back (a new UID).
    with queued.connect(imap_user) as imap:
        imap.select("INBOX")
        imap.uid("STORE", "1", "-FLAGS.SILENT", "($RejectwatchReview)")
        imap.uid("COPY", "1", "INBOX")
        imap.uid("STORE", "1", "+FLAGS.SILENT", "(\\Deleted)")
        imap.expunge()
    # A later scan, even with a model now sure it is a rejection, leaves it alone.
    sure = KeywordModel()
    sure.scores = lambda docs: [0.99 if "MAYBE" in d.subject else 0.01 for d in docs]  # type: ignore[method-assign]
    scan(queued, imap_user, sure)
    assert sorted(ids(queued, imap_user, "INBOX")) == sorted([MAYBE_ID, "<ham@test>"])
    assert ids(queued, imap_user, "Rejections") == ["<reject@review.test>"]
    assert flags_by_id(queued, imap_user, "INBOX")[MAYBE_ID] == {b"\\Flagged"}
    assert ledger_state(MAYBE_ID) == IN_REVIEW
    assert corrections() == []  # not a correction: the user did not disagree with a filing
    assert [i["message_id"] for i in queue_json()] == [MAYBE_ID]


@pytest.mark.imap
def test_confirm_files_drafts_once_and_records_the_correction(
    queued: DovecotServer, imap_user: str
) -> None:
    item_id = str(queue_json()[0]["id"])
    code, out = run_cli("review", "confirm", item_id)
    assert code == 0, out
    assert "filed as a rejection; a reply draft saved in Drafts" in out
    assert ids(queued, imap_user, "INBOX") == ["<ham@test>"]
    assert sorted(ids(queued, imap_user, "Rejections")) == sorted(
        [MAYBE_ID, "<reject@review.test>"]
    )
    # Filed without the review tag and still unread.
    assert flags_by_id(queued, imap_user, "Rejections")[MAYBE_ID] == {b"\\Flagged"}
    drafts = [
        message_from_bytes(r, policy=default) for r in queued.list_folder(imap_user, "Drafts")
    ]
    maybe_drafts = [d for d in drafts if d["In-Reply-To"] == MAYBE_ID]
    assert len(maybe_drafts) == 1
    assert str(maybe_drafts[0]["To"]) == "Rita Hale <rita.hale@lumen.example>"
    assert maybe_drafts[0]["X-Rejectwatch-Draft-For"] == MAYBE_ID
    rows = json.loads(run_cli("rejections", "--format", "json")[1])
    row = next(r for r in rows if r["message_id"] == MAYBE_ID)
    assert row["status"] == "draft saved"
    assert row["contact_address"] == "rita.hale@lumen.example"
    store = open_store()
    assert {r["message_id"]: r["score"] for r in store.rejections()}[MAYBE_ID] == 0.6
    store.close()
    assert ledger_state(MAYBE_ID) == DONE
    [correction] = corrections()
    assert correction["label"] == "rejection"
    assert correction["message_id"] == MAYBE_ID
    assert correction["subject"] == "MAYBE: about your application"
    assert "move forward with other candidates" in str(correction["body"])
    assert queue_json() == []

    # Run twice: nothing more happens.
    code, out = run_cli("review", "confirm", item_id)
    assert code == 0
    assert "already filed; nothing to do" in out
    assert len(queued.list_folder(imap_user, "Drafts")) == 2
    assert ids(queued, imap_user, "Rejections").count(MAYBE_ID) == 1
    assert len(json.loads(run_cli("rejections", "--format", "json")[1])) == 2
    # And dismissing a filed item is refused, pointing at the way back.
    code, _ = run_cli("review", "dismiss", item_id)
    assert code == 8


@pytest.mark.imap
def test_confirm_finds_a_message_whose_uid_changed(queued: DovecotServer, imap_user: str) -> None:
    with queued.connect(imap_user) as imap:  # moved away and back by the user: UID 1 -> 4
        imap.select("INBOX")
        imap.uid("COPY", "1", "INBOX")
        imap.uid("STORE", "1", "+FLAGS.SILENT", "(\\Deleted)")
        imap.expunge()
    code, out = run_cli("review", "confirm", str(queue_json()[0]["id"]))
    assert code == 0, out
    assert ids(queued, imap_user, "INBOX") == ["<ham@test>"]
    assert MAYBE_ID in ids(queued, imap_user, "Rejections")


@pytest.mark.imap
def test_dismiss_removes_the_mark_and_records_the_correction(
    queued: DovecotServer, imap_user: str
) -> None:
    item_id = str(queue_json()[0]["id"])
    code, out = run_cli("review", "dismiss", item_id)
    assert code == 0, out
    assert "dismissed; left in INBOX, mark removed" in out
    assert ids(queued, imap_user, "INBOX") == [MAYBE_ID, "<ham@test>"]
    assert flags_by_id(queued, imap_user, "INBOX")[MAYBE_ID] == {b"\\Flagged"}
    assert ledger_state(MAYBE_ID) == DISMISSED
    [correction] = corrections()
    assert correction["label"] == "not_rejection"
    assert (correction["folder"], correction["uid"]) == ("INBOX", 1)
    assert correction["sender"] == "Rita Hale <rita.hale@lumen.example>"
    assert queue_json() == []
    assert len(queued.list_folder(imap_user, "Drafts")) == 1
    code, out = run_cli("review", "dismiss", item_id)
    assert (code, "already dismissed" in out) == (0, True)

    # A later scan leaves a dismissed message alone too.
    queued.append(imap_user, "INBOX", [make_message("MAYBE again", "?", "x@y.example")])
    scan(queued, imap_user)
    assert flags_by_id(queued, imap_user, "INBOX")[MAYBE_ID] == {b"\\Flagged"}
    assert ledger_state(MAYBE_ID) == DISMISSED


@pytest.mark.imap
@pytest.mark.parametrize("away", ["deleted", "moved"])
def test_unknown_item_and_vanished_message_are_clear_errors(
    queued: DovecotServer, imap_user: str, capsys: pytest.CaptureFixture[str], away: str
) -> None:
    code, _ = run_cli("review", "confirm", "99")
    assert code == 8
    assert "rejectwatch: no such review item: 99" in capsys.readouterr().err

    with queued.connect(imap_user) as imap:  # the user deletes it, or files it elsewhere
        imap.select("INBOX")
        if away == "moved":
            imap.uid("MOVE", "1", "Archive")
        else:
            imap.uid("STORE", "1", "+FLAGS.SILENT", "(\\Deleted)")
            imap.expunge()
    folders = ("INBOX", "Rejections", "Drafts", "Archive")
    before = {f: ids(queued, imap_user, f) for f in folders}
    assert (MAYBE_ID in before["Archive"]) == (away == "moved")
    for action in ("confirm", "dismiss"):
        code, _ = run_cli("review", action, str(queue_json()[0]["id"]))
        assert code == 8
        err = capsys.readouterr().err
        assert f"the message {MAYBE_ID} is no longer in INBOX" in err
        assert "nothing was changed" in err
        assert "`rejectwatch review forget" in err
    assert {f: ids(queued, imap_user, f) for f in before} == before
    if away == "moved":  # not even its flags: the user's copy keeps the tag
        assert flags_by_id(queued, imap_user, "Archive")[MAYBE_ID] == {b"\\Flagged", KEYWORD}
    assert ledger_state(MAYBE_ID) == IN_REVIEW
    assert corrections() == []
    assert [r["message_id"] for r in json.loads(run_cli("rejections", "--format", "json")[1])] == [
        "<reject@review.test>"
    ]

    # `forget` drops it from the queue without asking the server; no correction.
    item_id = str(queue_json()[0]["id"])
    code, out = run_cli("review", "forget", item_id)
    assert (code, "dropped from the queue" in out) == (0, True)
    assert queue_json() == []
    assert corrections() == []
    assert {f: ids(queued, imap_user, f) for f in before} == before
    assert "already off the queue" in run_cli("review", "forget", item_id)[1]


@pytest.mark.imap
def test_crash_between_plan_and_mark_is_finished_by_the_next_scan(
    dovecot: DovecotServer, imap_user: str, imap_env: dict[str, str]
) -> None:
    dovecot.append(imap_user, "INBOX", [MAYBE])
    settings = load_settings()
    store = Store(settings.database_path)
    mailbox = dovecot.mailbox(user=imap_user)
    config = ScanConfig(account=settings.account)
    crashing = CrashingMailbox(mailbox, "permanent_flags", 1)
    with pytest.raises(Crash):
        Scanner(crashing, KeywordModel(), store, config, parallel=False).scan()  # type: ignore[arg-type]
    assert flags_by_id(dovecot, imap_user, "INBOX")[MAYBE_ID] == set()
    assert [e.message_id for e in store.open_entries(settings.account)] == [MAYBE_ID]
    report = Scanner(mailbox, KeywordModel(), store, config, parallel=False).scan()  # type: ignore[arg-type]
    assert report.resumed == 1
    assert flags_by_id(dovecot, imap_user, "INBOX")[MAYBE_ID] == {KEYWORD}
    assert store.open_entries(settings.account) == []
    mailbox.close()
    store.close()


class NoKeywordDovecot(DovecotServer):
    """A Dovecot whose ACL withholds the "w" right: flags other than \\Seen and \\Deleted
    (keywords among them) cannot be stored, so SELECT announces PERMANENTFLAGS without \\*."""

    def _write_config(self) -> None:
        super()._write_config()
        acl = self.root / "global-acl"
        acl.write_text("* owner lrsitekxip\n", encoding="utf-8")
        with self.config_path.open("a", encoding="utf-8") as conf:
            conf.write(f"mail_plugins = $mail_plugins acl\nplugin {{\n  acl = vfile:{acl}\n}}\n")


@pytest.fixture
def no_keywords(dovecot: DovecotServer) -> Iterator[DovecotServer]:
    """Its own server; asks for `dovecot` only for the suite's "installed?" check."""
    server = NoKeywordDovecot()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.mark.imap
def test_server_without_keywords_degrades_to_the_queue_and_says_so_once(
    no_keywords: DovecotServer,
    imap_user: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    point_at(monkeypatch, no_keywords, imap_user, tmp_path)
    second = make_message("MAYBE two", "?", "b@c.example", message_id="<maybe2@review.test>")
    no_keywords.append(imap_user, "INBOX", [MAYBE, second, HAM])
    with structlog.testing.capture_logs() as events:
        scan(no_keywords, imap_user)
    said = [e for e in events if e["event"] == "review.queue_only"]
    assert len(said) == 1
    assert said[0]["log_level"] == "warning"
    assert ids(no_keywords, imap_user, "INBOX") == [MAYBE_ID, "<maybe2@review.test>", "<ham@test>"]
    assert all(f == set() for f in flags_by_id(no_keywords, imap_user, "INBOX").values())
    items = queue_json()
    assert [i["message_id"] for i in items] == [MAYBE_ID, "<maybe2@review.test>"]
    assert {i["mark"] for i in items} == {"queue only"}
    # Confirming still files it (moving needs no keyword right).
    code, out = run_cli("review", "confirm", str(items[0]["id"]))
    assert code == 0, out
    assert ids(no_keywords, imap_user, "Rejections") == [MAYBE_ID]


@pytest.mark.imap
def test_a_refused_keyword_queues_unmarked_and_the_scan_goes_on(
    dovecot: DovecotServer,
    imap_user: str,
    imap_env: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    long_keyword = "$" + "K" * 60  # Dovecot: "[CANNOT] Keyword length too long" (limit 50)
    dovecot.append(imap_user, "INBOX", [MAYBE, REJECT])
    settings = load_settings()
    store = Store(settings.database_path)
    mailbox = dovecot.mailbox(imap_user)
    config = ScanConfig(account=settings.account, review_keyword=long_keyword)
    with structlog.testing.capture_logs() as events:
        Scanner(mailbox, KeywordModel(), store, config, parallel=False).scan()  # type: ignore[arg-type]
    mailbox.close()
    store.close()
    [failed] = [e for e in events if e["event"] == "review.mark_failed"]
    assert "Keyword length too long" in failed["error"]
    assert ids(dovecot, imap_user, "INBOX") == [MAYBE_ID]
    assert flags_by_id(dovecot, imap_user, "INBOX")[MAYBE_ID] == set()
    assert ids(dovecot, imap_user, "Rejections") == ["<reject@review.test>"]
    assert [(i["message_id"], i["mark"]) for i in queue_json()] == [(MAYBE_ID, "queue only")]


@pytest.mark.imap
def test_a_confirm_interrupted_before_the_move_is_finished_once(
    queued: DovecotServer, imap_user: str
) -> None:
    settings = load_settings()
    item_id = int(queue_json()[0]["id"])
    store = Store(settings.database_path)
    mailbox = queued.mailbox(imap_user)
    crashing = CrashingMailbox(mailbox, "move", 1)  # moved on the server, not yet recorded
    scanner = Scanner(crashing, KeywordModel(), store, ScanConfig(account=settings.account))  # type: ignore[arg-type]
    with pytest.raises(Crash):
        review_queue.confirm(scanner, item_id)
    mailbox.close()
    store.close()
    assert ledger_state(MAYBE_ID) != DONE
    code, out = run_cli("review", "confirm", str(item_id))
    assert code == 0, out
    assert ledger_state(MAYBE_ID) == DONE
    assert ids(queued, imap_user, "Rejections").count(MAYBE_ID) == 1
    drafts = [
        message_from_bytes(r, policy=default) for r in queued.list_folder(imap_user, "Drafts")
    ]
    assert [d["In-Reply-To"] for d in drafts].count(MAYBE_ID) == 1


@pytest.mark.imap
def test_a_dismissed_item_can_still_be_confirmed_and_the_latest_word_counts(
    queued: DovecotServer, imap_user: str
) -> None:
    item_id = str(queue_json()[0]["id"])
    assert run_cli("review", "dismiss", item_id)[0] == 0
    assert [c["label"] for c in corrections()] == ["not_rejection"]
    code, out = run_cli("review", "confirm", item_id)
    assert code == 0, out
    assert MAYBE_ID in ids(queued, imap_user, "Rejections")
    assert [c["label"] for c in corrections()] == ["rejection"]


@pytest.mark.imap
def test_confirm_as_json_reports_the_item_as_it_is_now(
    queued: DovecotServer, imap_user: str
) -> None:
    code, out = run_cli("review", "confirm", str(queue_json()[0]["id"]), "--format", "json")
    assert code == 0
    done = json.loads(out)
    assert (done["action"], done["drafted"], done["state"]) == ("filed", True, DONE)
    assert done["message_id"] == MAYBE_ID


def test_mark_confirm_and_dismiss_on_every_server(
    imap_server: TestServer, imap_user: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same story on Dovecot, Cyrus (both separators) and Courier: marked in place,
    unread; confirm files and drafts one; dismiss unmarks the other."""
    server = imap_server
    point_at(monkeypatch, server, imap_user, tmp_path)
    second = make_message(
        "MAYBE two", "Not sure.", "Bo Lind <bo@lind.example>", message_id="<maybe2@review.test>"
    )
    server.append(imap_user, "INBOX", [MAYBE, second, HAM])
    settings = load_settings()
    store = Store(settings.database_path)
    mailbox = server.mailbox(imap_user)
    Scanner(
        mailbox, KeywordModel(), store, ScanConfig(account=settings.account), parallel=False
    ).scan()  # type: ignore[arg-type]
    mailbox.close()
    store.close()
    inbox = server.folder("INBOX")

    def flags() -> dict[str, set[bytes]]:
        found = [set(f) for _, f in server.folder_flags(imap_user, inbox)]
        raws = server.list_folder(imap_user, inbox)
        names = [str(message_from_bytes(r, policy=default)["Message-ID"]) for r in raws]
        return dict(zip(names, found, strict=True))

    assert flags() == {MAYBE_ID: {KEYWORD}, "<maybe2@review.test>": {KEYWORD}, "<ham@test>": set()}
    first, other = (str(i["id"]) for i in queue_json())
    code, out = run_cli("review", "confirm", first)
    assert code == 0, out
    code, out = run_cli("review", "dismiss", other)
    assert code == 0, out
    assert flags() == {"<maybe2@review.test>": set(), "<ham@test>": set()}
    filed = server.list_folder(imap_user, server.folder("Rejections"))
    assert [str(message_from_bytes(r, policy=default)["Message-ID"]) for r in filed] == [MAYBE_ID]
    drafts = server.list_folder(imap_user, server.folder("Drafts"))
    assert [str(message_from_bytes(d, policy=default)["In-Reply-To"]) for d in drafts] == [MAYBE_ID]
    assert {c["message_id"]: c["label"] for c in corrections()} == {
        MAYBE_ID: "rejection",
        "<maybe2@review.test>": "not_rejection",
    }
