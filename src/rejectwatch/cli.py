"""The command line: parses, calls the library, prints, maps errors to exit codes."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

import structlog

from rejectwatch import __version__, app, classifier, logs
from rejectwatch.cli_output import print_report, write_rejections
from rejectwatch.errors import InputError, RejectwatchError
from rejectwatch.settings import Settings, load_settings

log = structlog.get_logger()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rejectwatch",
        description="Watch an IMAP inbox for job rejections: file each one, save a gracious "
        "reply draft (never sent), and keep a record of who said no.",
    )
    parser.add_argument("--version", action="version", version=f"rejectwatch {__version__}")
    parser.add_argument("--config", type=Path, help="a TOML settings file")
    parser.add_argument(
        "--log-level",
        default="INFO",
        choices=["DEBUG", "INFO", "WARNING", "ERROR"],
        help="how much to log on stderr (default INFO)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser("scan", help="scan the watched folder once and act on rejections")
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="report what would be done; change nothing on the server or on disk",
    )
    p.add_argument("--limit", type=_positive, help="handle at most N new messages")
    p.add_argument("--json", action="store_true", help="print the report as JSON")

    p = sub.add_parser("run", help="keep watching: scan now and then every interval")
    p.add_argument(
        "--interval",
        type=_positive,
        help="seconds between polls (default: poll_interval_seconds, 300)",
    )
    p.add_argument(
        "--no-idle", action="store_true", help="only poll; keep no connection in IMAP IDLE"
    )

    sub.add_parser("status", help="the daemon's last poll, last error and counts")
    p = sub.add_parser(
        "health",
        help="exit 0 if the daemon's heartbeat is fresh (for Docker HEALTHCHECK, monitoring)",
    )
    p.add_argument(
        "--max-age",
        type=_positive,
        default=120,
        help="seconds the heartbeat may be old (default 120)",
    )

    p = sub.add_parser("train", help="train the classifier from labelled JSONL and save it")
    p.add_argument("--data", type=Path, help="folder of *.jsonl (default: the repo's data/)")
    p.add_argument("--out", type=Path, help="where to write the model (default: models/)")

    p = sub.add_parser("classify", help="score messages from a JSONL file (- for stdin)")
    p.add_argument("file", help="one JSON object a line with id, subject, body, sender")

    p = sub.add_parser("rejections", help="list the recorded rejections (the CRM)")
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")

    sub.add_parser("config", help="print the effective settings, secrets masked")

    sub.add_parser("demo", help="scan sample mail in a throwaway local Dovecot (needs dovecot)")
    return parser


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None) -> int:
    out = stdout or sys.stdout
    args = build_parser().parse_args(argv)
    logs.configure(args.log_level)
    try:
        handler = COMMANDS[args.command]
        return handler(args, out)
    except RejectwatchError as e:
        print(f"rejectwatch: {e}", file=sys.stderr)
        log.debug("command.failed", command=args.command, error=str(e))
        return e.exit_code
    except KeyboardInterrupt:
        return 130


def _settings(args: argparse.Namespace) -> Settings:
    return load_settings(args.config)


def cmd_scan(args: argparse.Namespace, out: TextIO) -> int:
    settings = _settings(args)
    settings.require_server()
    model = app.load_model(settings)
    store = app.open_store(settings, read_only=args.dry_run)
    try:
        with app.open_mailbox(settings) as mailbox:
            report = app.scanner(settings, mailbox, store, model).scan(
                dry_run=args.dry_run, limit=args.limit
            )
    finally:
        store.close()
    print_report(report, out, as_json=args.json)
    return 0


def cmd_run(args: argparse.Namespace, out: TextIO) -> int:
    from rejectwatch import daemon  # noqa: PLC0415 - only the daemon needs APScheduler

    settings = _settings(args)
    settings.require_server()
    model = app.load_model(settings)
    store = app.open_store(settings)
    interval = daemon.check_interval(args.interval or settings.poll_interval_seconds)
    watcher = daemon.Watcher(
        settings,
        store,
        scan=lambda mailbox, should_stop: app.scanner(
            settings, mailbox, store, model, should_stop=should_stop
        ).scan(),
        connect=app.open_mailbox,
    )
    try:
        daemon.run(watcher, interval, use_idle=not args.no_idle)
    finally:
        store.close()
    return 0


def cmd_train(args: argparse.Namespace, out: TextIO) -> int:
    data_dir = args.data or app.repo_root() / "data"
    out_dir = args.out or app.repo_root() / "models"
    files = classifier.default_data_files(data_dir)
    if not files:
        raise InputError(f"no *.jsonl training files in {data_dir}")
    model = classifier.train(classifier.read_examples(files), data_files=files)
    model_path, card_path = classifier.save(model, out_dir)
    cv = model.card.get("cv", {})
    print(
        f"trained on {model.card['examples']['total']} examples from {len(files)} files", file=out
    )
    print(
        f"cross-validated at the filing threshold {model.filing_threshold:.3f}: "
        f"precision {cv.get('precision', float('nan')):.3f}, "
        f"recall {cv.get('recall', float('nan')):.3f}",
        file=out,
    )
    print(f"wrote {model_path} and {card_path}", file=out)
    return 0


def cmd_classify(args: argparse.Namespace, out: TextIO) -> int:
    settings = _settings(args)
    records = read_jsonl_input(args.file)
    model = app.load_model(settings)
    docs = [
        classifier.Document(
            str(r.get("subject") or ""), str(r.get("body") or ""), str(r.get("sender") or "")
        )
        for r in records
    ]
    scores = model.scores(docs) if docs else []
    for record, score in zip(records, scores, strict=True):
        line = {"id": record.get("id"), "label": model.label(score), "score": round(score, 6)}
        out.write(json.dumps(line, ensure_ascii=False) + "\n")
    return 0


def read_jsonl_input(name: str) -> list[dict[str, Any]]:
    """Every line must be a JSON object; the first bad line stops everything, with its number."""
    try:
        stream: TextIO = (
            sys.stdin if name == "-" else open(name, encoding="utf-8", errors="replace")  # noqa: SIM115
        )
    except OSError as e:
        raise InputError(f"cannot read {name}: {e.strerror}") from None
    records: list[dict[str, Any]] = []
    with stream:
        for number, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as e:
                raise InputError(f"{name}:{number}: not valid JSON ({e.msg})") from None
            if not isinstance(record, dict):
                raise InputError(f"{name}:{number}: expected a JSON object")
            records.append(record)
    return records


def cmd_rejections(args: argparse.Namespace, out: TextIO) -> int:
    settings = _settings(args)
    store = app.open_store(settings, read_only=True)
    try:
        rows = store.rejections()
    finally:
        store.close()
    write_rejections(rows, args.format, out)
    return 0


def cmd_status(args: argparse.Namespace, out: TextIO) -> int:
    from rejectwatch import daemon  # noqa: PLC0415

    settings = _settings(args)
    store = app.open_store(settings, read_only=True)
    try:
        age = daemon.heartbeat_age(settings.data_dir / "heartbeat")
        lines = {
            "account": settings.account,
            "database": str(settings.database_path),
            "heartbeat": "never" if age is None else f"{age:.0f} s ago",
            "last successful poll": store.meta("last_poll", "never"),
            "last poll with mail": store.meta("last_poll_summary", "-"),
            "last error": store.meta("last_error", "none"),
            "rejections recorded": str(len(store.rejections())),
            "messages left in place after errors": str(len(store.failures(settings.account))),
        }
        for key, count in sorted(store.counts(settings.account).items()):
            lines[f"ledger {key}"] = str(count)
    finally:
        store.close()
    width = max(map(len, lines))
    for key, value in lines.items():
        out.write(f"{key.ljust(width)}  {value}\n")
    return 0


def cmd_health(args: argparse.Namespace, out: TextIO) -> int:
    from rejectwatch import daemon  # noqa: PLC0415

    settings = _settings(args)
    age = daemon.heartbeat_age(settings.data_dir / "heartbeat")
    if age is None or age > args.max_age:
        shown = "no heartbeat" if age is None else f"heartbeat {age:.0f} s old"
        print(f"unhealthy: {shown} (limit {args.max_age} s)", file=out)
        return 1
    print(f"healthy: heartbeat {age:.0f} s old", file=out)
    return 0


def cmd_config(args: argparse.Namespace, out: TextIO) -> int:
    settings = _settings(args)
    for key, value in settings.masked().items():
        print(f"{key} = {json.dumps(value)}", file=out)
    return 0


def cmd_demo(args: argparse.Namespace, out: TextIO) -> int:
    from rejectwatch import demo  # noqa: PLC0415 - the demo needs a local dovecot

    return demo.run(out)


COMMANDS = {
    "scan": cmd_scan,
    "run": cmd_run,
    "train": cmd_train,
    "classify": cmd_classify,
    "rejections": cmd_rejections,
    "config": cmd_config,
    "status": cmd_status,
    "health": cmd_health,
    "demo": cmd_demo,
}
