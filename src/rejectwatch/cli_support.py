"""What the command modules share: argument types and reading settings from the arguments."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, TextIO

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


def settings_from(args: argparse.Namespace) -> Settings:
    from rejectwatch.settings import load_settings  # noqa: PLC0415

    return load_settings(args.config)
