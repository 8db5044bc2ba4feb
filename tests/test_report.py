"""report: one self-contained page whose charts a real headless Chromium renders."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest

from rejectwatch.crm import records
from rejectwatch.crm.report import CHART_IDS, build_report, by_field, per_week, write_report

NOW = datetime(2024, 7, 1, 12, 0, tzinfo=UTC)
REJECTIONS = [
    {
        "received": f"2024-0{m}-{d:02d}T10:00:00+00:00",
        "company": company,
        "reason": reason,
        "position": "Data Analyst",
    }
    for m, d, company, reason in [
        (5, 2, "Nørdlys", "after_interview"),
        (5, 3, "Acme <script>alert(1)</script>", "another_candidate"),
        (5, 20, "Nørdlys", "position_filled"),
        (6, 14, "Larkspur Labs", "unknown"),
    ]
]
APPLICATIONS = [
    {
        "company": c,
        "company_key": records.company_key(c),
        "position": "Data Analyst",
        "applied": a,
        "last_contact": "",
        "sender_domain": "",
    }
    for c, a in [
        ("Nørdlys", "2024-04-20T09:00:00+00:00"),
        ("Larkspur Labs", "2024-05-30T09:00:00+00:00"),
        ("Silent Ltd", "2024-05-01T09:00:00+00:00"),
        ("Fresh Co", "2024-06-28T09:00:00+00:00"),
    ]
]


def page() -> str:
    return build_report(REJECTIONS, APPLICATIONS, now=NOW, ghosted_after_days=21)


def test_page_is_self_contained_and_escaped() -> None:
    html = page()
    assert "<script" not in html
    assert "&lt;script&gt;" in html
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html)
    for chart_id in CHART_IDS:
        assert f'id="{chart_id}"' in html
    assert "Silent Ltd" in html  # ghosted: 61 days without a word
    assert "median 15 days" in html  # Nørdlys 12 and 30 days, Larkspur 15 days


def test_empty_state_still_has_every_chart() -> None:
    html = build_report([], [], now=NOW, ghosted_after_days=21)
    assert html.count("<svg") == len(CHART_IDS)


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def test_report_renders_in_headless_chromium(tmp_path: Path) -> None:
    browser = _chromium()
    if browser is None:
        if os.environ.get("CI"):
            pytest.fail("CI is set but chromium is not installed (apt-get install chromium)")
        pytest.skip("chromium is not installed")
    target = tmp_path / "report.html"
    write_report(target, page())
    done = subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--dump-dom",
            target.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    dom = done.stdout
    for chart_id in CHART_IDS:
        match = re.search(rf'<svg[^>]*\bid="{chart_id}"[^>]*>', dom)
        assert match, chart_id
        assert "aria-label=" in match.group(0)
    assert dom.count("<rect") >= 10
    assert "Silent Ltd" in dom


# --------------------------------------------------------------------------- labels from fields


def test_one_company_spelled_several_ways_is_one_bar() -> None:
    rows = [{"company": c} for c in ["Acme", "ACME", "Acme  Ltd", "Acme", "Zeta", None, ""]]
    assert by_field(rows, "company") == [("Acme", 4), ("(unknown)", 2), ("Zeta", 1)]
    assert by_field([{"reason": "unknown"}, {"reason": "unknown"}], "reason") == [("unknown", 2)]


def test_waiting_labels_have_no_dangling_dash_or_none() -> None:
    applications = [
        {
            "company": c,
            "company_key": records.company_key(c or ""),
            "position": p,
            "applied": "2024-05-01T09:00:00+00:00",
            "last_contact": "",
            "sender_domain": "",
        }
        for c, p in [(None, "Data Analyst"), ("", "Tester"), ("Solo Co", None), (None, None)]
    ]
    html = build_report([], applications, now=NOW, ghosted_after_days=21)
    waiting = html[html.index('id="chart-waiting"') :]
    labels = re.findall(r'text-anchor="end">([^<]*)</text>', waiting)
    assert sorted(labels) == ["(unknown)", "Data Analyst", "Solo Co", "Tester"]
    assert "None" not in html


@pytest.mark.parametrize("odd", ["1970-01-01T00:00:00+00:00", "2099-12-31T00:00:00+00:00"])
def test_one_bogus_date_does_not_hide_the_weeks_of_the_real_ones(odd: str) -> None:
    # A Date header of 1970 (a broken client) or 2099 made the chart 260 empty weeks long,
    # cut off before (or after) every real rejection.
    rows = [*REJECTIONS, {**REJECTIONS[0], "received": odd}]
    weeks = per_week(rows, now=NOW)
    assert weeks[0] == ("29 Apr 24", 2)  # 2 and 3 May 2024
    assert weeks[-1] == ("10 Jun 24", 1)
    html = build_report(rows, APPLICATIONS, now=NOW, ghosted_after_days=21)
    assert "29 Apr 24: 2" in html
