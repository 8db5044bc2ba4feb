"""Commands about the CRM: rejections, export, mark, ghosted, report."""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from rejectwatch.cli.support import day, positive, settings_from
from rejectwatch.crm.vocabulary import REASONS, STATUSES
from rejectwatch.errors import InputError, NotFoundError
from rejectwatch.pipeline import wiring

if TYPE_CHECKING:
    from rejectwatch.crm import records
    from rejectwatch.state import Store

# The CRM's readers (records, tables, report: the extraction behind them compiles its patterns
# at import) are imported in the commands that read the CRM: every command registers these,
# and `rejectwatch classify` or `--help` never reads a row (twenty-fifth pass, part S).


def register(sub: Any) -> None:
    p = sub.add_parser(
        "rejections",
        help="list the recorded rejections (the CRM), filtered",
        description="The CRM: every recorded rejection with its contact, LinkedIn search link "
        f"and follow-up status ({' / '.join(STATUSES)}).",
    )
    p.add_argument("--format", choices=["table", "csv", "json", "vcard"], default="table")
    p.add_argument("--company", default="", help="only this company (part of the name)")
    p.add_argument("--since", type=day, help="only rejections received on or after YYYY-MM-DD")
    p.add_argument("--reason", choices=REASONS, help="only this reason")
    p.set_defaults(handler=cmd_rejections)

    p = sub.add_parser("export", help="export the CRM's contacts (vCard 3.0)")
    p.add_argument(
        "--vcard", type=Path, required=True, metavar="FILE", help="write vCard 3.0 cards here"
    )
    p.add_argument("--company", default="", help="only this company (part of the name)")
    p.add_argument("--since", type=day, help="only rejections received on or after YYYY-MM-DD")
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("mark", help="set a rejection's follow-up status, e.g. connected")
    p.add_argument("ident", metavar="ID", help="the CRM id (from `rejections`) or the Message-ID")
    p.add_argument("status", choices=STATUSES, help="the new follow-up status")
    p.set_defaults(handler=cmd_mark)

    p = sub.add_parser("ghosted", help="applications with no word from the company for N days")
    p.add_argument("--days", type=positive, help="default: the ghosted_after_days setting (21)")
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.set_defaults(handler=cmd_ghosted)

    p = sub.add_parser("report", help="write a self-contained HTML report with charts")
    p.add_argument("--out", type=Path, required=True, metavar="FILE", help="the HTML file")
    p.set_defaults(handler=cmd_report)


def _open(args: argparse.Namespace, *, read_only: bool = True) -> tuple[Store, Any]:
    settings = settings_from(args)
    return wiring.open_store(settings, read_only=read_only), settings


def cmd_rejections(args: argparse.Namespace, out: TextIO) -> int:
    from rejectwatch.crm import records, tables  # noqa: PLC0415 - CRM readers only here

    store, _ = _open(args)
    try:
        flt = records.Filter(company=args.company, since=args.since, reason=args.reason or "")
        rows = tables.rejections(store, flt)
    finally:
        store.close()
    asked = _filter_words(flt)
    if not rows and args.format == "table" and asked:
        out.write(f"no recorded rejection matches {asked}\n")  # not "none recorded yet"
        return 0
    out.write(records.render(rows, args.format))
    return 0


def _filter_words(flt: records.Filter) -> str:
    """The filter as the options that set it: "--company 'acme' --reason unknown"."""
    words = [f"--company {flt.company!r}"] if flt.company else []
    words += [f"--since {flt.since.isoformat()}"] if flt.since else []
    words += [f"--reason {flt.reason}"] if flt.reason else []
    return " ".join(words)


def cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    from rejectwatch.crm import records, tables  # noqa: PLC0415 - CRM readers only here

    store, _ = _open(args)
    try:
        rows = tables.rejections(store, records.Filter(company=args.company, since=args.since))
    finally:
        store.close()
    text = records.render(rows, "vcard")
    try:
        args.vcard.write_text(text, encoding="utf-8", newline="")
    except OSError as e:
        raise InputError(f"cannot write {args.vcard}: {e}") from e
    out.write(f"{text.count('BEGIN:VCARD')} contact(s) written to {args.vcard}\n")
    return 0


def cmd_mark(args: argparse.Namespace, out: TextIO) -> int:
    from rejectwatch.crm import tables  # noqa: PLC0415 - CRM readers only here

    settings = settings_from(args)
    if not settings.database_path.exists():
        raise NotFoundError(
            f"no such rejection: {args.ident} (none recorded yet: run `rejectwatch scan` first)"
        )
    store = wiring.open_store(settings)
    try:
        row = tables.mark(store, args.ident, args.status)
    finally:
        store.close()
    who = " / ".join(x for x in (row.get("contact_name"), row.get("company")) if x)
    out.write(f"#{row['id']} {who or row['message_id']}: {row['status']}\n")
    return 0


def cmd_ghosted(args: argparse.Namespace, out: TextIO) -> int:
    from rejectwatch.crm import tables  # noqa: PLC0415 - CRM readers only here

    store, settings = _open(args)
    days = args.days or settings.ghosted_after_days
    try:
        rows = tables.ghosted(store, now=datetime.now(UTC), days=days)
    finally:
        store.close()
    if args.format == "json":
        keys = ("company", "position", "applied", "last_contact", "silent_days", "message_id")
        out.write(json.dumps([{k: r.get(k) for k in keys} for r in rows], indent=2) + "\n")
        return 0
    if not rows:
        out.write(f"no applications without an answer for {days}+ days\n")
        return 0
    for r in rows:
        what = " – ".join(x for x in (r.get("company"), r.get("position")) if x)
        out.write(f"{str(r['applied'])[:10]}  {r['silent_days']:4d} days silent  {what}\n")
    return 0


def cmd_report(args: argparse.Namespace, out: TextIO) -> int:
    from rejectwatch.crm import tables  # noqa: PLC0415 - CRM readers only here
    from rejectwatch.crm.report import build_report, write_report  # noqa: PLC0415

    store, settings = _open(args)
    try:
        page = build_report(
            tables.rejections(store),
            tables.applications(store),
            now=datetime.now(UTC),
            ghosted_after_days=settings.ghosted_after_days,
        )
    finally:
        store.close()
    try:
        write_report(args.out, page)
    except OSError as e:
        raise InputError(f"cannot write {args.out}: {e}") from e
    out.write(f"report written to {args.out}\n")
    return 0
