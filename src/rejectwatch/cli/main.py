"""The command line: parses, calls the library, prints, maps errors to exit codes."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, TextIO, cast

import structlog

from rejectwatch import __version__, logs
from rejectwatch.cli import crm_commands, model_commands, progress, review_commands
from rejectwatch.cli.support import (
    Handler,
    StopOnInterrupt,
    add_common_options,
    add_common_to,
    day,
    positive,
    settings_from,
)
from rejectwatch.errors import ConfigError, RejectwatchError, ServerLimitError
from rejectwatch.pipeline import draft_from, wiring
from rejectwatch.state import now_iso

if TYPE_CHECKING:  # imported in the commands that use them: --help must start instantly
    from rejectwatch.mail.mailbox import ImapMailbox
    from rejectwatch.pipeline.scan import Scanner, ScanReport

log = structlog.get_logger()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rejectwatch",
        description="Watch an IMAP inbox for job rejections: file each one, save a gracious "
        "reply draft (never sent), and keep a record of who said no.",
    )
    parser.add_argument("--version", action="version", version=f"rejectwatch {__version__}")
    add_common_options(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser("scan", help="scan the watched folder once and act on rejections")
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="report what would be done; change nothing on the server or on disk",
    )
    p.add_argument("--limit", type=positive, help="handle at most N new messages")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    window = p.add_mutually_exclusive_group()
    window.add_argument(
        "--since",
        type=day,
        metavar="YYYY-MM-DD",
        help="also examine mail that arrived on or after this day (IMAP SEARCH SINCE), "
        "even if older than the checkpoint",
    )
    window.add_argument(
        "--days",
        type=positive,
        metavar="N",
        help="also examine mail of the last N days (a first scan takes "
        "REJECTWATCH_FIRST_SCAN_DAYS, 180 by default)",
    )
    p.set_defaults(handler=cmd_scan)

    p = sub.add_parser("run", help="keep watching: scan now and then every interval")
    p.add_argument(
        "--interval",
        type=positive,
        help="seconds between polls (default: poll_interval_seconds, 300)",
    )
    p.add_argument(
        "--no-idle", action="store_true", help="only poll; keep no connection in IMAP IDLE"
    )

    p.set_defaults(handler=cmd_run)

    p = sub.add_parser("status", help="the daemon's last poll, last error and counts")
    p.set_defaults(handler=cmd_status)
    p = sub.add_parser(
        "health",
        help="exit 0 if the daemon's heartbeat is fresh and its polls and messages are not "
        "failing again and again (for Docker HEALTHCHECK, monitoring)",
    )
    p.add_argument(
        "--max-age",
        type=positive,
        default=120,
        help="seconds the heartbeat may be old (default 120)",
    )

    p.set_defaults(handler=cmd_health)

    p = sub.add_parser("config", help="print the effective settings, secrets masked")
    p.set_defaults(handler=cmd_config)

    p = sub.add_parser("demo", help="scan sample mail in a throwaway local Dovecot (needs dovecot)")
    p.set_defaults(handler=cmd_demo)
    model_commands.register(sub)
    crm_commands.register(sub)
    review_commands.register(sub)
    add_common_to(sub.choices.values())
    return parser


INTERRUPTED = 130  # 128 + SIGINT, as a shell reports a Ctrl-C
BROKEN_PIPE = 141  # 128 + SIGPIPE, as a shell reports a reader that went away


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None) -> int:
    out = stdout or sys.stdout
    args = build_parser().parse_args(argv)
    # Log lines step around a progress bar on screen instead of cutting through it.
    logs.configure(
        args.log_level or "INFO",
        stream=cast("TextIO", progress.Console()),
        verbose=args.verbose,
    )
    try:
        handler: Handler = args.handler
        code = handler(args, out)
        out.flush()  # a closed pipe shows here, not at exit as a traceback
    except RejectwatchError as e:
        print(f"rejectwatch: {e}", file=sys.stderr)
        log.debug("command.failed", command=args.command, error=str(e))
        return e.exit_code
    except KeyboardInterrupt:
        # A scan is safe to cut anywhere: its ledger lets the next one finish the rest.
        safe = args.command == "scan"
        lost = "; nothing is lost: the next scan finishes the rest" if safe else ""
        print(f"\nrejectwatch: interrupted{lost}", file=sys.stderr)
        return INTERRUPTED
    except BrokenPipeError:
        # The reader (`| head`) has gone: stop quietly, and keep Python from failing again
        # when it flushes stdout at exit (the recipe in the signal module's documentation).
        if out is sys.stdout:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return BROKEN_PIPE
    return code


def cmd_scan(args: argparse.Namespace, out: TextIO) -> int:
    from rejectwatch.cli.output import print_report  # noqa: PLC0415

    settings = settings_from(args)
    settings.require_server()
    config = wiring.scan_config(settings)  # checks the reply template before any connection
    model = wiring.model_loader(settings)  # loaded only if there is mail to classify
    since = args.since
    if args.days:
        since = (datetime.now(UTC) - timedelta(days=args.days)).date()
    store = wiring.open_store(settings, read_only=args.dry_run)
    stop = StopOnInterrupt()
    try:
        with (
            stop,
            wiring.open_mailbox(settings) as mailbox,
            progress.bar("scan", unit="msg") as shown,
        ):
            scanner = wiring.scanner(
                settings,
                mailbox,
                store,
                model,
                config=config,
                should_stop=stop,
                sender_when_needed=True,
            )
            scanner.progress = shown.update
            report = scanner.scan(dry_run=args.dry_run, limit=args.limit, since=since)
    except RejectwatchError as e:
        if not args.dry_run:  # `status` reports one-shot scans as well as the daemon's polls
            store.set_meta("last_error", f"{now_iso()} scan: {e}")
        raise
    else:
        if not args.dry_run:
            store.set_meta("last_scan", f"{now_iso()} {report.summary()}")
    finally:
        store.close()
    print_report(report, out, as_json=args.json)
    if stop.asked:
        print(
            f"rejectwatch: interrupted after {report.examined} message(s); nothing is lost: "
            "the next `rejectwatch scan` finishes the rest",
            file=sys.stderr,
        )
        return INTERRUPTED
    if report.stopped:
        print(f"rejectwatch: stopped early: {report.stopped}", file=sys.stderr)
        return ServerLimitError.exit_code
    return 0


def cmd_run(args: argparse.Namespace, out: TextIO) -> int:
    from rejectwatch.pipeline import daemon  # noqa: PLC0415 - only the daemon needs APScheduler

    settings = settings_from(args)
    settings.require_server()
    config = wiring.scan_config(settings)
    model = wiring.load_model(settings)
    store = wiring.open_store(settings)
    interval = daemon.check_interval(args.interval or settings.poll_interval_seconds)
    current: list[Scanner] = []  # one Scanner per connection: it caches folder names

    def scan(mailbox: ImapMailbox, should_stop: Callable[[], bool]) -> ScanReport:
        if not current or current[0].mailbox is not mailbox:
            current[:] = [
                wiring.scanner(
                    settings,
                    mailbox,
                    store,
                    model,
                    config=config,
                    should_stop=should_stop,
                    sender_when_needed=True,
                )
            ]
        return current[0].scan()

    watcher = daemon.Watcher(settings, store, scan=scan, connect=wiring.open_mailbox)
    try:
        daemon.run(watcher, interval, use_idle=not args.no_idle)
    finally:
        store.close()
    return 0


def cmd_status(args: argparse.Namespace, out: TextIO) -> int:
    from rejectwatch.pipeline import daemon  # noqa: PLC0415

    settings = settings_from(args)
    store = wiring.open_store(settings, read_only=True)
    try:
        age = daemon.heartbeat_age(settings.data_dir / "heartbeat")
        unset = [m for m in settings.missing() if "HOST" in m or "USERNAME" in m]
        lines = {
            "account": f"not configured ({', '.join(unset)})" if unset else settings.account,
            "database": str(settings.database_path),
            "heartbeat": "never" if age is None else f"{age:.0f} s ago",
            "last successful poll": store.meta("last_poll", "never"),
            "last poll with mail": store.meta("last_poll_summary", "-"),
            "last one-shot scan": store.meta("last_scan", "never"),
            "last error": store.meta("last_error", "none") or "none",
            "rejections recorded": str(len(store.rejections())),
            "messages left in place after errors": str(len(store.failures(settings.account))),
        }
        failed_polls = int(store.meta("failed_polls", "0") or 0)
        if failed_polls:
            since = store.meta("failing_since", "?")
            lines["polls failing"] = f"{failed_polls} in a row, since {since}"
        stuck = store.stuck(settings.account, 1)
        if stuck:  # rejections whose draft or move the server refused, retried every scan
            worst = max(stuck, key=lambda f: int(f["attempts"]))
            latest = max(stuck, key=lambda f: str(f["updated"]))
            lines["messages failing"] = (
                f"{len(stuck)}, since {stuck[0]['since']}, up to {worst['attempts']} attempts;"
                f" last error: {latest['error']}"
            )
        for key, count in sorted(store.counts(settings.account).items()):
            lines[f"ledger {key}"] = str(count)
    finally:
        store.close()
    width = max(map(len, lines))
    for key, value in lines.items():
        out.write(f"{key.ljust(width)}  {value}\n")
    return 0


def cmd_health(args: argparse.Namespace, out: TextIO) -> int:
    from rejectwatch.pipeline import daemon  # noqa: PLC0415

    settings = settings_from(args)
    age = daemon.heartbeat_age(settings.data_dir / "heartbeat")
    store = wiring.open_store(settings, read_only=True)
    try:
        problems = daemon.health_problems(store, settings.account, age, args.max_age)
    finally:
        store.close()
    if problems:
        print("unhealthy: " + "; ".join(problems), file=out)
        return 1
    print(f"healthy: heartbeat {age:.0f} s old", file=out)
    return 0


def cmd_config(args: argparse.Namespace, out: TextIO) -> int:
    settings = settings_from(args)
    shown = settings.masked()
    width = max(len(f"{k} = {json.dumps(v)}") for k, v in shown.items())
    for key, value in shown.items():
        line = f"{key} = {json.dumps(value)}"
        origin = settings.origin(key) if key in type(settings).model_fields else None
        out.write(f"{line.ljust(width)}  # {origin}\n" if origin else f"{line}\n")
    out.write(f"# drafts' From: {settings.draft_from_origin}\n")
    if settings.imap_username and not settings.draft_from:
        print(f"rejectwatch: warning: {draft_from.NO_FROM_CONFIG}", file=sys.stderr)
    missing = settings.missing()
    if missing:
        print(f"rejectwatch: missing settings: {', '.join(missing)}", file=sys.stderr)
        return ConfigError.exit_code
    return 0


def cmd_demo(args: argparse.Namespace, out: TextIO) -> int:
    from rejectwatch.cli import demo  # noqa: PLC0415 - the demo needs a local dovecot

    return demo.run(out)
