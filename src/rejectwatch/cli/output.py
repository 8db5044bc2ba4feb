"""How a scan's report is printed: plain text or JSON (the CRM renders itself: crm.render)."""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from operator import attrgetter
from typing import TextIO

from rejectwatch.pipeline.scan import FAILED, FILE, KEEP, KNOWN, REVIEW, Outcome, ScanReport

_ACTIONS = (
    (FILE, "filed as rejections"),
    (REVIEW, "left in place for review (uncertain, no draft; see `rejectwatch review`)"),
    (KEEP, "left alone (not rejections)"),
    (KNOWN, "left alone (handled in an earlier scan)"),
    (FAILED, "could not be handled (left in place; see the log)"),
)


_OUTCOME_FIELDS = tuple(f.name for f in dataclasses.fields(Outcome))
_encode = json.JSONEncoder(ensure_ascii=False).encode
_KEYS = tuple(f"      {_encode(name)}: " for name in _OUTCOME_FIELDS)
# The values of one outcome as a JSON array whose items are parted by a bare line end: an
# encoded value never holds one (JSON writes a line end inside a string as \n), so splitting
# there gives each value's text, as json.dumps writes it.
_values = attrgetter(*_OUTCOME_FIELDS)
_encode_values = json.JSONEncoder(ensure_ascii=False, separators=("\n", ": ")).encode


def _outcome_json(o: Outcome) -> str:
    """The text of json.dumps(dataclasses.asdict(o), indent=2), indented by four more spaces,
    without asdict's deep copy or the indenting encoder's pure-Python path (a first scan of
    10,000 messages spent a quarter of a second here): one C call encodes all the values.
    Outcome holds only plain values (no lists or mappings, whose items the split would part)."""
    values = _encode_values(_values(o))[1:-1].split("\n")
    lines = ",\n".join(map(str.__add__, _KEYS, values))
    return "    {\n" + lines + "\n    }"


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
        last = len(report.outcomes) - 1
        for n, o in enumerate(report.outcomes):
            out.write(_outcome_json(o))
            out.write(",\n" if n < last else "\n")
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
            subject = repr(o.subject[:60]) if o.subject.strip() else "(no subject)"
            out.write(f"    [{o.action}{mark}] {score} {subject}")
            out.write(f"  ({where})" if where else "")
            if o.drafted:
                out.write(f"  -> {o.contact_address} ({o.contact_source})")
            out.write("\n")
