"""How a scan's report is printed: plain text or JSON (the CRM renders itself: crm.render)."""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from typing import TextIO

from rejectwatch.pipeline.scan import FAILED, FILE, KEEP, KNOWN, REVIEW, ScanReport

_ACTIONS = (
    (FILE, "filed as rejections"),
    (REVIEW, "left in place for review (uncertain, no draft; see `rejectwatch review`)"),
    (KEEP, "left alone (not rejections)"),
    (KNOWN, "left alone (handled in an earlier scan)"),
    (FAILED, "could not be handled (left in place; see the log)"),
)


def print_report(report: ScanReport, out: TextIO, *, as_json: bool = False) -> None:
    if as_json:
        payload = {
            "dry_run": report.dry_run,
            "folder": report.folder,
            "examined": report.examined,
            "resumed": report.resumed,
            "counts": {action: report.count(action) for action, _ in _ACTIONS},
            "drafts": sum(1 for o in report.outcomes if o.drafted),
            "too_old_for_draft": sum(1 for o in report.outcomes if o.too_old),
            "contact_sources": dict(
                Counter(o.contact_source for o in report.outcomes if o.action == FILE)
            ),
            "outcomes": [],
        }
        # The same text as json.dumps(payload, indent=2), written one outcome at a time: a
        # first scan of 100,000 messages would otherwise build ~300 MB of dicts and text.
        head = json.dumps(payload, indent=2, ensure_ascii=False)
        if not report.outcomes:
            out.write(head + "\n")
            return
        out.write(head.removesuffix("[]\n}") + "[\n")
        for n, o in enumerate(report.outcomes):
            item = json.dumps(dataclasses.asdict(o), indent=2, ensure_ascii=False)
            out.write("    " + item.replace("\n", "\n    "))
            out.write(",\n" if n < len(report.outcomes) - 1 else "\n")
        out.write("  ]\n}\n")
        return
    suffix = " (dry run: nothing was changed)" if report.dry_run else ""
    out.write(f"{report.examined} new message(s) examined in {report.folder}{suffix}\n")
    if report.resumed:
        out.write(f"  {report.resumed:4d} unfinished from an earlier run, now completed\n")
    for action, label in _ACTIONS:
        n = report.count(action)
        if n:
            would = "would be " if report.dry_run and action == FILE else ""
            out.write(f"  {n:4d} {would}{label}\n")
            if action == FILE:
                drafts = sum(1 for o in report.outcomes if o.drafted)
                old = sum(1 for o in report.outcomes if o.too_old)
                saved = "would be saved" if report.dry_run else "saved"
                out.write(f"       {drafts} with a reply draft {saved} in Drafts")
                if old:
                    out.write(f"; {old} too old for a draft (REJECTWATCH_DRAFT_MAX_AGE_DAYS)")
                if n - drafts - old:
                    out.write(f"; {n - drafts - old} without (no person's address to answer)")
                out.write("\n")
    for o in report.outcomes:
        if o.action in (FILE, REVIEW):
            where = " / ".join(x for x in (o.company, o.position) if x)
            score = f"{o.score:.2f}" if o.score is not None else "-"
            mark = "+draft" if o.drafted else ""
            out.write(f"    [{o.action}{mark}] {score} {o.subject[:60]!r}")
            out.write(f"  ({where})" if where else "")
            if o.drafted:
                out.write(f"  -> {o.contact_address} ({o.contact_source})")
            out.write("\n")
