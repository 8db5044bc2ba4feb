"""The scan report as JSON is written one outcome at a time, as the same text as one dump."""

from __future__ import annotations

import dataclasses
import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rejectwatch.cli.output import print_report
from rejectwatch.pipeline.scan import FILE, KEEP, Outcome, ScanReport


@pytest.mark.parametrize("count", [0, 1, 3, 2001])  # 2001: three chunks
def test_streamed_json_is_the_one_dump(count: int) -> None:
    report = ScanReport(dry_run=False, folder="INBOX", examined=count)
    for n in range(count):
        report.outcomes.append(
            Outcome(
                n,
                f"<m{n}@x>",
                f'Sübject "{n}"\n',
                "a@b",
                None if n == 1 else 0.5,
                FILE if n else KEEP,
                company="Ä",
                drafted=bool(n),
                fetched=3,
            )
        )
    out = io.StringIO()
    print_report(report, out, as_json=True)
    text = out.getvalue()
    payload = json.loads(text)
    assert [o["uid"] for o in payload["outcomes"]] == list(range(count))
    payload["outcomes"] = [dataclasses.asdict(o) for o in report.outcomes]
    assert text == json.dumps(payload, indent=2, ensure_ascii=False) + "\n"


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(alphabet=st.characters(codec="utf-8"), max_size=20)
    | st.sampled_from(["\n", "a\nb", "\u2028", '"\\', "\x00\x1f\x7f", "\ud800"]),
    score=st.none() | st.floats(allow_nan=False, allow_infinity=False),
    fetched=st.integers(-(2**70), 2**70),
)
def test_any_values_encode_as_the_one_dump(text: str, score: float | None, fetched: int) -> None:
    """Each outcome's values are encoded in one call and split at line ends: no value's text
    holds one, whatever its characters."""
    report = ScanReport(dry_run=True, folder=text, examined=1)
    report.outcomes.append(
        Outcome(7, text, text, text, score, KEEP, company=text, detail=text, fetched=fetched)
    )
    out = io.StringIO()
    print_report(report, out, as_json=True)
    payload = json.loads(out.getvalue())
    payload["outcomes"] = [dataclasses.asdict(o) for o in report.outcomes]
    assert out.getvalue() == json.dumps(payload, indent=2, ensure_ascii=False) + "\n"


def test_the_text_report_names_a_missing_subject() -> None:
    """A filed message without a subject reads as "(no subject)", not as an empty quote."""
    report = ScanReport(dry_run=False, folder="INBOX", examined=2)
    report.outcomes.append(Outcome(1, "<a@x>", "", "a@b", 0.99, FILE, company="Acme"))
    report.outcomes.append(Outcome(2, "<b@x>", "Your application", "a@b", 0.98, FILE))
    out = io.StringIO()
    print_report(report, out, as_json=False)
    lines = [line.strip() for line in out.getvalue().splitlines() if line.strip().startswith("[")]
    assert lines == ["[file] 0.99 (no subject)  (Acme)", "[file] 0.98 'Your application'"]
