"""The scan report as JSON is written one outcome at a time, as the same text as one dump."""

from __future__ import annotations

import dataclasses
import io
import json

import pytest

from rejectwatch.cli.output import print_report
from rejectwatch.pipeline.scan import FILE, KEEP, Outcome, ScanReport


@pytest.mark.parametrize("count", [0, 1, 3])
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
