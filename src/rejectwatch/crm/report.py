"""The HTML report: one self-contained page with inline SVG charts, no script, no network.

:func:`build_report` is pure (rows in, HTML out); :func:`write_report` writes the file.
Charts: rejections per week, by reason, by company, days from application to answer, and the
applications still waiting for an answer.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from rejectwatch.crm import records

__all__ = ["CHART_IDS", "build_report", "write_report"]

CHART_IDS = (
    "chart-per-week",
    "chart-by-reason",
    "chart-by-company",
    "chart-time-to-answer",
    "chart-waiting",
)
BAR = "#4a6fa5"
WAIT = "#c0703a"
WIDTH = 720

_STYLE = """
body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 780px;
       color: #222; padding: 0 1rem; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.15rem; margin-top: 2.2rem; }
svg { display: block; max-width: 100%; height: auto; }
svg text { font: 12px system-ui, sans-serif; fill: #333; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #ddd; }
.muted { color: #666; }
"""


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def _svg(chart_id: str, label: str, height: int, body: list[str]) -> str:
    return (
        f'<svg id="{_esc(chart_id)}" role="img" aria-label="{_esc(label)}" '
        f'xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}"><title>{_esc(label)}</title>' + "".join(body) + "</svg>"
    )


def _empty(chart_id: str, label: str, text: str) -> str:
    return _svg(chart_id, label, 40, [f'<text x="0" y="24" class="muted">{_esc(text)}</text>'])


def hbar_chart(
    chart_id: str, label: str, items: Sequence[tuple[str, int]], colour: str = BAR
) -> str:
    """Horizontal bars, one a row: the label left, the bar and its value right."""
    if not items:
        return _empty(chart_id, label, "nothing recorded yet")
    top = max(v for _, v in items) or 1
    row, left, right = 24, 200, 50
    span = WIDTH - left - right
    body = []
    for i, (name, value) in enumerate(items):
        y = i * row
        length = max(2, round(span * value / top))
        short = name if len(name) <= 28 else name[:27] + "…"
        body.append(
            f'<text x="{left - 8}" y="{y + 16}" text-anchor="end">{_esc(short)}</text>'
            f'<rect x="{left}" y="{y + 4}" width="{length}" height="16" fill="{colour}">'
            f"<title>{_esc(name)}: {value}</title></rect>"
            f'<text x="{left + length + 6}" y="{y + 16}">{value}</text>'
        )
    return _svg(chart_id, label, row * len(items) + 8, body)


def vbar_chart(chart_id: str, label: str, items: Sequence[tuple[str, int]]) -> str:
    """Vertical bars over time (one a week), labels under every few bars."""
    if not items:
        return _empty(chart_id, label, "nothing recorded yet")
    height, bottom, top_pad = 220, 40, 16
    plot = height - bottom - top_pad
    top = max(v for _, v in items) or 1
    step = WIDTH / len(items)
    width = max(2.0, step * 0.7)
    every = max(1, len(items) // 8)
    body = [
        f'<line x1="0" y1="{height - bottom}" x2="{WIDTH}" y2="{height - bottom}" stroke="#999"/>'
    ]
    for i, (name, value) in enumerate(items):
        x = i * step + (step - width) / 2
        h = plot * value / top
        body.append(
            f'<rect x="{x:.1f}" y="{height - bottom - h:.1f}" width="{width:.1f}" '
            f'height="{h:.1f}" fill="{BAR}"><title>{_esc(name)}: {value}</title></rect>'
        )
        if value:
            body.append(
                f'<text x="{x + width / 2:.1f}" y="{height - bottom - h - 4:.1f}" '
                f'text-anchor="middle">{value}</text>'
            )
        if i % every == 0:
            body.append(
                f'<text x="{x + width / 2:.1f}" y="{height - bottom + 16}" '
                f'text-anchor="middle">{_esc(name)}</text>'
            )
    return _svg(chart_id, label, height, body)


# --------------------------------------------------------------------------- the figures


MAX_WEEKS = 260  # five years of weekly bars


def per_week(
    rejections: Sequence[dict[str, Any]], *, now: datetime | None = None
) -> list[tuple[str, int]]:
    """Rejections per ISO week (Monday's date), with empty weeks in between shown as 0.

    At most MAX_WEEKS bars, ending at the latest week with a rejection that is not after
    *now*: a message dated 1970 or 2099 (a broken Date header) is left out of the chart
    rather than stretching it over years of empty weeks that push the real ones out.
    """
    mondays: Counter[datetime] = Counter()
    for r in rejections:
        when = records.parse_when(str(r.get("received") or ""))
        if when is not None:
            mondays[_monday(when)] += 1
    if now is not None:
        this_week = _monday(now)
        mondays = Counter({m: n for m, n in mondays.items() if _before(m, this_week)})
    if not mondays:
        return []
    end = max(mondays)
    first = end - timedelta(weeks=MAX_WEEKS - 1)
    start = min(m for m in mondays if m >= first)
    weeks: list[tuple[str, int]] = []
    while start <= end:
        weeks.append((start.strftime("%d %b %y"), mondays.get(start, 0)))
        start += timedelta(days=7)
    return weeks


def _monday(when: datetime) -> datetime:
    return (when - timedelta(days=when.weekday())).replace(
        hour=0, minute=0, second=0, microsecond=0
    )


def _before(monday: datetime, this_week: datetime) -> bool:
    """*monday* is not after *this_week* (a naive and an aware time compared as UTC)."""
    if (monday.tzinfo is None) != (this_week.tzinfo is None):
        monday = monday.replace(tzinfo=this_week.tzinfo)
    return monday <= this_week


def _text(value: object) -> str:
    """A stored field as one line of text: "" for None, single spaces."""
    return " ".join(str(value).split()) if value is not None else ""


def by_field(
    rejections: Sequence[dict[str, Any]], field: str, limit: int = 15
) -> list[tuple[str, int]]:
    """Counts per value, most first. Companies are counted per :func:`records.company_key`
    ("Acme", "ACME", "Acme  Ltd" are one bar), under their most frequent spelling."""
    counts: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = {}
    for r in rejections:
        value = _text(r.get(field)) or "(unknown)"
        key = (records.company_key(value) or value) if field == "company" else value
        counts[key] += 1
        spellings.setdefault(key, Counter())[value] += 1
    return [(spellings[key].most_common(1)[0][0], n) for key, n in counts.most_common(limit)]


def _role_label(row: dict[str, Any]) -> str:
    """Company and position joined by an en dash, or whichever is known; "(unknown)" for neither."""
    parts = [_text(row.get("company")), _text(row.get("position"))]
    return " – ".join(p for p in parts if p) or "(unknown)"


def days_to_answer(
    rejections: Sequence[dict[str, Any]], applications: Sequence[dict[str, Any]]
) -> list[int]:
    """For each rejection with a confirmed application before it: the days in between."""
    applied: dict[str, list[datetime]] = {}
    for a in applications:
        when = records.parse_when(str(a.get("applied") or ""))
        if when is not None:
            applied.setdefault(str(a.get("company_key") or ""), []).append(when)
    out = []
    for r in rejections:
        when = records.parse_when(str(r.get("received") or ""))
        starts = applied.get(records.company_key(str(r.get("company") or "")), [])
        before = [s for s in starts if when is not None and s <= when]
        if when is not None and before:
            out.append((when - max(before)).days)
    return out


def _histogram(days: Sequence[int]) -> list[tuple[str, int]]:
    buckets = (
        ("0–6 days", 0, 6),
        ("1–2 weeks", 7, 13),
        ("2–4 weeks", 14, 27),
        ("4–8 weeks", 28, 55),
        ("8+ weeks", 56, 10**6),
    )
    return [(name, sum(lo <= d <= hi for d in days)) for name, lo, hi in buckets]


def build_report(
    rejections: Sequence[dict[str, Any]],
    applications: Sequence[dict[str, Any]],
    *,
    now: datetime,
    ghosted_after_days: int,
) -> str:
    """The whole page as a string."""
    waiting = records.ghosted(applications, rejections, now=now, days=0)
    ghosts = [w for w in waiting if w["silent_days"] >= ghosted_after_days]
    days = days_to_answer(rejections, applications)
    median = sorted(days)[len(days) // 2] if days else None
    waiting_items = [
        (_role_label(w), int(w["silent_days"]))
        for w in sorted(waiting, key=lambda w: -int(w["silent_days"]))[:20]
    ]
    summary = (
        f"{len(rejections)} rejection(s) recorded; {len(applications)} application(s) "
        f"confirmed; {len(waiting)} still waiting, {len(ghosts)} of them silent for "
        f"{ghosted_after_days}+ days."
    )
    sections = [
        (
            "Rejections per week",
            vbar_chart("chart-per-week", "Rejections per week", per_week(rejections, now=now)),
        ),
        (
            "By reason",
            hbar_chart("chart-by-reason", "Rejections by reason", by_field(rejections, "reason")),
        ),
        (
            "By company",
            hbar_chart(
                "chart-by-company",
                "Rejections by company (top 15)",
                by_field(rejections, "company"),
            ),
        ),
        (
            "Time from application to answer"
            + (f" (median {median} days)" if median is not None else ""),
            hbar_chart(
                "chart-time-to-answer",
                "Days from application to rejection",
                _histogram(days) if days else [],
            ),
        ),
        (
            "Applications still waiting (days since last word)",
            hbar_chart(
                "chart-waiting", "Applications still waiting, days silent", waiting_items, WAIT
            ),
        ),
    ]
    rows = "".join(
        f"<tr><td>{_esc(_text(w.get('company')))}</td><td>{_esc(_text(w.get('position')))}</td>"
        f"<td>{_esc(_text(w.get('applied'))[:10])}</td><td>{w['silent_days']}</td></tr>"
        for w in ghosts
    )
    ghost_table = (
        "<table><tr><th>company</th><th>position</th><th>applied</th><th>days silent</th></tr>"
        f"{rows}</table>"
        if ghosts
        else '<p class="muted">None.</p>'
    )
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; img-src data:\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>rejectwatch report</title>",
        f"<style>{_STYLE}</style></head><body>",
        "<h1>rejectwatch report</h1>",
        f"<p>{_esc(summary)}</p>",
        f'<p class="muted">Generated {_esc(now.isoformat(timespec="minutes"))}.</p>',
    ]
    for title, chart in sections:
        parts.append(f"<section><h2>{_esc(title)}</h2>{chart}</section>")
    parts.append(
        f"<section><h2>Ghosted: no word for {ghosted_after_days}+ days</h2>{ghost_table}</section>"
    )
    parts.append("</body></html>\n")
    return "\n".join(parts)


def write_report(path: Path, page: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(page, encoding="utf-8")
