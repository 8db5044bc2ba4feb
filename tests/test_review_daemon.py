"""The daemon never moves a review item on its own: a real `rejectwatch run` process.

To put a clear rejection in the review band deterministically, the daemon first runs the
shipped model with a copy of its card whose filing threshold no score reaches (the card's
sha256 still vouches for the model file). Then the user moves the message away and back (a
new UID) and the daemon is restarted with the shipped card, which would file it: it stays.
"""

from __future__ import annotations

import json
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from rejectwatch.mail.message import parse
from rejectwatch.model import classifier
from rejectwatch.model.classifier import Document
from rejectwatch.pipeline import wiring
from rejectwatch.settings import load_settings
from rejectwatch.testing.dovecot import DovecotServer
from test_daemon import REJECTION, daemon_log, daemon_process, folder_ids, wait_for

__all__ = ["daemon_process"]  # the fixture, imported for use here

REPO = Path(__file__).resolve().parents[1]
MESSAGE_ID = "<daemon-1@fernhill.example>"
KEYWORD = b"$RejectwatchReview"


def never_filing_model(directory: Path) -> Path:
    """The shipped model (its sentence gate kept: a filing threshold of 1 leaves it no band
    to lift into, thirty-third pass) with a card whose filing threshold is above any score."""
    model = classifier.load(REPO / "models")
    classifier.save(model, directory)
    card_path = directory / "rejectwatch.card.json"
    card = json.loads(card_path.read_text(encoding="utf-8"))
    card["thresholds"]["filing"] = 1.0  # the card allows at most 1.0; checked below
    card["thresholds"]["decided"] = 1.0  # nor from the decided threshold (rejectwatch.model.gate)
    card["thresholds"]["review"] = 0.5
    card_path.write_text(json.dumps(card), encoding="utf-8")
    return directory


def inbox_flags(server: DovecotServer, user: str) -> dict[str, set[bytes]]:
    flags = [set(f) for _, f in server.folder_flags(user, "INBOX")]
    return dict(zip(folder_ids(server, user, "INBOX"), flags, strict=True))


def stop(proc: subprocess.Popen[bytes]) -> None:
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=15) == 0


@pytest.mark.imap
@pytest.mark.slow
def test_the_daemon_never_moves_a_review_item(
    dovecot: DovecotServer,
    imap_user: str,
    daemon_process: Callable[..., subprocess.Popen[bytes]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("REJECTWATCH_MODEL_DIR", str(never_filing_model(tmp_path / "model")))
    model = wiring.load_model(load_settings())
    mail = parse(REJECTION)
    [score] = model.scores([Document(mail.subject, mail.text, mail.sender_line)])
    assert model.review_threshold <= score < model.filing_threshold  # in the review band
    dovecot.append(imap_user, "INBOX", [REJECTION])
    proc = daemon_process("--no-idle")
    marked = wait_for(
        lambda: (
            proc.poll() is not None
            or KEYWORD in inbox_flags(dovecot, imap_user).get(MESSAGE_ID, ())
        ),
        60,
    )
    assert proc.poll() is None, daemon_log(tmp_path)
    assert marked is not None, daemon_log(tmp_path)
    stop(proc)
    assert inbox_flags(dovecot, imap_user) == {MESSAGE_ID: {KEYWORD}}  # and not \Seen

    # The user moves it away and back: a new UID the daemon has not seen.
    with dovecot.connect(imap_user) as imap:
        imap.select("INBOX")
        imap.uid("COPY", "1", "INBOX")
        imap.uid("STORE", "1", "+FLAGS.SILENT", "(\\Deleted)")
        imap.expunge()
    # With the shipped card this message scores above filing; the ledger says it was handled.
    monkeypatch.delenv("REJECTWATCH_MODEL_DIR")
    shipped = wiring.load_model(load_settings())
    assert shipped.scores([Document(mail.subject, mail.text, mail.sender_line)])[0] >= (
        shipped.filing_threshold
    )
    proc = daemon_process("--no-idle")
    seen = wait_for(
        lambda: proc.poll() is not None or '"action": "known"' in daemon_log(tmp_path), 60
    )
    assert seen is not None, daemon_log(tmp_path)
    assert proc.poll() is None, daemon_log(tmp_path)
    time.sleep(0.5)
    stop(proc)
    assert folder_ids(dovecot, imap_user, "INBOX") == [MESSAGE_ID]
    assert folder_ids(dovecot, imap_user, "Rejections") == []
    assert folder_ids(dovecot, imap_user, "Drafts") == []
