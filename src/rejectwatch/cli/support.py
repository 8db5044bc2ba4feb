"""What the command modules share: argument types, options every command takes, and reading
settings from the arguments."""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:  # pydantic is imported when settings are read, not for --help
    from rejectwatch.settings import Settings

Handler = Callable[[argparse.Namespace, TextIO], int]


def positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def add_common_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """--config, --log-level and --verbose, accepted before or after the subcommand.

    The subcommands' copies default to SUPPRESS so that they never overwrite a value given
    before the subcommand.
    """
    default: dict[str, Any] = {} if top else {"default": argparse.SUPPRESS}
    parser.add_argument("--config", type=Path, help="a TOML settings file", **default)
    parser.add_argument(
        "--log-level",
        choices=["DEBUG", "INFO", "WARNING", "ERROR"],
        help="how much to log on stderr (default INFO; on a terminal, one line per message "
        "only with --verbose)",
        **default,
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="on a terminal, also log one line for every message handled",
        **default,
    )


def add_common_to(subparsers: Iterable[argparse.ArgumentParser]) -> None:
    for parser in subparsers:
        add_common_options(parser, top=False)


def settings_from(args: argparse.Namespace) -> Settings:
    from rejectwatch.settings import load_settings, unknown_names  # noqa: PLC0415

    settings = load_settings(args.config)
    for warning in unknown_names(settings):
        print(f"rejectwatch: warning: {warning}", file=sys.stderr)
    return settings


class StopOnInterrupt:
    """The first Ctrl-C asks the scan to stop once the messages in hand are handled (it then
    reports what it did); a second one interrupts at once. Forked analysis workers inherit
    the handler, so they do not die with a traceback either."""

    def __init__(self) -> None:
        self.asked = False
        self._previous: Any = None

    def __call__(self) -> bool:
        return self.asked

    def _handle(self, signum: int, frame: object) -> None:
        self.asked = True
        signal.signal(signal.SIGINT, signal.default_int_handler)
        # os.write, not print: the handler may run while a log line is being written.
        os.write(2, b"\nrejectwatch: stopping after the messages in hand (Ctrl-C again: now)\n")

    def __enter__(self) -> StopOnInterrupt:
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._handle)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)
