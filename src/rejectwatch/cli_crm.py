"""Commands about the CRM of recorded rejections."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from rejectwatch import app
from rejectwatch.cli_output import write_rejections
from rejectwatch.cli_support import settings_from


def register(sub: Any) -> None:
    p = sub.add_parser("rejections", help="list the recorded rejections (the CRM)")
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")
    p.set_defaults(handler=cmd_rejections)


def cmd_rejections(args: argparse.Namespace, out: TextIO) -> int:
    settings = settings_from(args)
    store = app.open_store(settings, read_only=True)
    try:
        rows = store.rejections()
    finally:
        store.close()
    write_rejections(rows, args.format, out)
    return 0
