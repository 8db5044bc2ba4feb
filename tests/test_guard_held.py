"""scripts/guard_held.py (issue 11, seventeenth pass, part D): the language a message is
counted under, and the before/after report, on messages written for this test."""

from __future__ import annotations

import pytest

from rejectwatch.model.corpus import Example
from scriptmod import load_script

guard_held = load_script("guard_held")


def example(body: str, family: str = "t-family", subject: str = "Re: your application") -> Example:
    return Example(
        "t1", subject, body, "hr@lindqvist.example", "not_rejection", "interview", family
    )


@pytest.mark.parametrize(
    ("body", "family", "language"),
    [
        ("面接のご案内をお送りします。日程をご確認ください。", "t-x", "ja"),
        ("Приглашаем вас на собеседование в четверг.", "t-x", "ru/uk"),
        ("Dear Ana, we would like to invite you to an interview for the role.", "t-sv-x", "en"),
        ("Hej Ana, vi vill gärna bjuda in dig till en intervju på torsdag.", "t-sv-x", "sv"),
    ],
)
def test_the_language_is_read_off_the_script_english_words_or_the_family(
    body: str, family: str, language: str
) -> None:
    assert guard_held.language(example(body, family)) == language


def test_the_report_counts_what_changed(capsys: pytest.CaptureFixture[str]) -> None:
    row = {"id": "a", "family": "f", "kind": "interview", "lang": "en", "score": 0.5}
    before = {"decided": 0.4, "held_seconds": 1.0, "rows": [{**row, "held": False}]}
    now = {"decided": 0.4, "held_seconds": 1.0, "rows": [{**row, "held": True}]}
    guard_held.report(now, before)
    out = capsys.readouterr().out
    counts = next(line.split() for line in out.splitlines() if line.startswith("  interview "))
    assert counts == ["interview", "0", "->", "1", "of", "1"]
    assert "+ a  f  interview  en" in out
    assert "interview    0 of 0 not held" in out
