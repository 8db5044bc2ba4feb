"""The pure parts of the review band: which mark a server gets, the store's additive schema,
and the settings. (The IMAP behaviour is in test_review_queue.py, against Dovecot.)"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from rejectwatch.errors import ConfigError
from rejectwatch.mail.review_marks import (
    KEYWORD,
    LABEL,
    QUEUE_ONLY,
    Mark,
    apply_mark,
    choose_mark,
    remove_mark,
)
from rejectwatch.settings import load_settings
from rejectwatch.state import Store

DOVECOT_FLAGS = (b"\\Answered", b"\\Flagged", b"\\Deleted", b"\\Seen", b"\\Draft", b"\\*")
GMAIL_FLAGS = (b"\\Answered", b"\\Flagged", b"\\Draft", b"\\Deleted", b"\\Seen", b"\\*")


@pytest.mark.parametrize(
    ("gmail", "flags", "keyword", "label", "expected"),
    [
        # Gmail: a label, even though its PERMANENTFLAGS also allow keywords.
        (
            True,
            GMAIL_FLAGS,
            "$RejectwatchReview",
            "Rejections/Review",
            Mark(LABEL, "Rejections/Review"),
        ),
        # Any server announcing \* takes a new keyword.
        (
            False,
            DOVECOT_FLAGS,
            "$RejectwatchReview",
            "Rejections/Review",
            Mark(KEYWORD, "$RejectwatchReview"),
        ),
        # Without \*, only a keyword the server already lists (any case).
        (
            False,
            (b"\\Seen", b"$rejectwatchreview"),
            "$RejectwatchReview",
            "x",
            Mark(KEYWORD, "$RejectwatchReview"),
        ),
        (False, (b"\\Deleted", b"\\Seen"), "$RejectwatchReview", "x", QUEUE_ONLY),
        # EXAMINE (read-only) announces no permanent flags.
        (False, (), "$RejectwatchReview", "x", QUEUE_ONLY),
        # Gmail with no label configured falls back to the keyword; no keyword: queue only.
        (True, GMAIL_FLAGS, "$RejectwatchReview", "", Mark(KEYWORD, "$RejectwatchReview")),
        (False, DOVECOT_FLAGS, "", "Rejections/Review", QUEUE_ONLY),
    ],
)
def test_choose_mark(
    gmail: bool, flags: tuple[bytes, ...], keyword: str, label: str, expected: Mark
) -> None:
    assert choose_mark(gmail=gmail, permanent_flags=flags, keyword=keyword, label=label) == expected


def test_mark_round_trips_through_its_text() -> None:
    for mark in (
        Mark(KEYWORD, "$RejectwatchReview"),
        Mark(LABEL, "Jobs/Review: maybe"),
        QUEUE_ONLY,
    ):
        assert Mark.parse(str(mark)) == mark
    assert str(QUEUE_ONLY) == ""
    assert Mark.parse("bogus:thing") == QUEUE_ONLY


def test_old_database_gains_the_new_correction_columns(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    old = sqlite3.connect(path)
    old.execute(
        "CREATE TABLE correction (account TEXT NOT NULL, message_key TEXT NOT NULL,"
        " message_id TEXT NOT NULL, folder TEXT NOT NULL, uidvalidity INTEGER NOT NULL,"
        " uid INTEGER NOT NULL, noticed TEXT NOT NULL, PRIMARY KEY (account, message_key))"
    )
    old.execute("INSERT INTO correction VALUES ('a', '<k>', '<k>', 'INBOX', 7, 3, 'then')")
    old.commit()
    old.close()
    store = Store(path)
    [row] = store.corrections("a")
    assert (row["label"], row["uid"], row["body"]) == ("not_rejection", 3, "")
    # The scan's call (no label, no text) keeps working and keeps an earlier copy of the text.
    store.record_correction(
        "a",
        "<k>",
        message_id="<k>",
        folder="INBOX",
        uidvalidity=7,
        uid=9,
        label="rejection",
        subject="S",
        sender="x@y",
        body="text",
    )
    store.record_correction("a", "<k>", message_id="<k>", folder="INBOX", uidvalidity=7, uid=10)
    [row] = store.corrections("a")
    assert (row["label"], row["uid"], row["subject"], row["body"]) == (
        "not_rejection",
        10,
        "S",
        "text",
    )
    store.close()
    Store(path).close()  # opening again adds nothing twice


def test_review_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REJECTWATCH_REVIEW_FOLDER", "Jobs/Maybe")  # still accepted
    settings = load_settings()
    assert settings.review_folder == "Jobs/Maybe"
    assert settings.review_keyword == "$RejectwatchReview"
    monkeypatch.setenv("REJECTWATCH_REVIEW_KEYWORD", "")
    assert load_settings().review_keyword == ""
    monkeypatch.setenv("REJECTWATCH_REVIEW_KEYWORD", "two words")
    with pytest.raises(ConfigError, match="REJECTWATCH_REVIEW_KEYWORD"):
        load_settings()
    monkeypatch.setenv("REJECTWATCH_REVIEW_KEYWORD", "\\Seen")  # a system flag is not a keyword
    with pytest.raises(ConfigError, match="REJECTWATCH_REVIEW_KEYWORD"):
        load_settings()


class Recorder:
    """Records the adapter calls apply_mark / remove_mark make (the dispatch is pure logic;
    that a keyword really lands, unread, is shown against Dovecot in test_review_queue)."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, list[int], str]] = []

    def __getattr__(self, name: str) -> Any:
        return lambda uids, value: self.calls.append((name, list(uids), value))


def test_a_gmail_label_is_added_and_removed_never_moved() -> None:
    box = Recorder()
    label = Mark(LABEL, "Rejections/Review")
    apply_mark(box, [3, 5], label)  # type: ignore[arg-type]
    remove_mark(box, [5], label)  # type: ignore[arg-type]
    apply_mark(box, [7], Mark(KEYWORD, "$RejectwatchReview"))  # type: ignore[arg-type]
    apply_mark(box, [9], QUEUE_ONLY)  # type: ignore[arg-type]
    assert box.calls == [
        ("add_label", [3, 5], "Rejections/Review"),
        ("remove_label", [5], "Rejections/Review"),
        ("add_keyword", [7], "$RejectwatchReview"),
    ]
