"""Where each setting came from: the environment, a `.env` file, the TOML file or the default.

pydantic-settings reads the values; this module reads the same three places again, with line
numbers, so that `rejectwatch config` can say where a value came from, an error can name the
file and line of the bad value, and a misspelt `REJECTWATCH_*` name is reported with the
nearest valid one instead of being silently ignored.
"""

from __future__ import annotations

import difflib
import os
import re
import tomllib
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rejectwatch.errors import ConfigError

PREFIX = "REJECTWATCH_"
DOTENV = Path(".env")
# REJECTWATCH_* names read outside Settings (logs.py's wire-trace switch).
OTHER_NAMES = frozenset({"REJECTWATCH_TRACE_IMAP"})
_DOTENV_KEY = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*=")
_TOML_KEY = re.compile(r"""^\s*["']?([A-Za-z0-9_-]+)["']?\s*=""")


@dataclass(frozen=True, slots=True)
class Origin:
    """One value's source: `kind` is environment, .env, toml or default; `where` says more."""

    kind: str
    where: str = ""

    def __str__(self) -> str:
        return f"{self.kind} ({self.where})" if self.where else self.kind


@dataclass(frozen=True, slots=True)
class Sources:
    """The names found in each place, with their lines, for one load of the settings."""

    environment: Mapping[str, str]  # upper-cased REJECTWATCH_* name -> value
    dotenv: Mapping[str, tuple[int, str]]  # upper-cased name -> (line, value)
    dotenv_path: Path
    toml: Mapping[str, int]  # key -> line
    toml_path: Path | None

    def origin(self, field: str, keep_empty: Collection[str] = ()) -> Origin:
        """Where `field`'s value came from, in pydantic-settings' order of precedence.

        An empty value counts as unset, except for the fields in `keep_empty`.
        """
        name = PREFIX + field.upper()
        empty_counts = field in keep_empty
        if self.environment.get(name) or (empty_counts and name in self.environment):
            return Origin("environment", name)
        if self.dotenv.get(name, (0, ""))[1] or (empty_counts and name in self.dotenv):
            return Origin(".env", f"{self.dotenv_path} line {self.dotenv[name][0]}")
        if field in self.toml and self.toml_path is not None:
            return Origin("toml", f"{self.toml_path} line {self.toml[field]}")
        return Origin("default")

    def unknown(self, fields: Collection[str]) -> list[str]:
        """One sentence for each name that no setting has, with the nearest valid name."""
        valid = {PREFIX + f.upper() for f in fields} | OTHER_NAMES
        found: list[str] = []
        for name in sorted(self.environment):
            if name not in valid:
                found.append(f"unknown environment variable {name}{_nearest(name, valid)}")
        for name, (line, _) in sorted(self.dotenv.items()):
            if name.startswith(PREFIX) and name not in valid:
                found.append(
                    f"{self.dotenv_path} line {line}: unknown setting {name}{_nearest(name, valid)}"
                )
        for key, line in sorted(self.toml.items()):
            if key not in fields:
                found.append(
                    f"{self.toml_path} line {line}: unknown setting {key!r}{_nearest(key, fields)}"
                )
        return found


def read_sources(toml_path: Path | None, toml_keys: Collection[str] = ()) -> Sources:
    environment = {
        name.upper(): value for name, value in os.environ.items() if name.upper().startswith(PREFIX)
    }
    return Sources(
        environment=environment,
        dotenv=read_dotenv(DOTENV),
        dotenv_path=DOTENV,
        toml=_toml_lines(toml_path, toml_keys) if toml_path is not None else {},
        toml_path=toml_path,
    )


def read_dotenv(path: Path) -> dict[str, tuple[int, str]]:
    """Names in a `.env` file with their line and value (dotenv parses the values)."""
    from dotenv import dotenv_values  # noqa: PLC0415 - pydantic-settings' own dependency

    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"cannot read {path}: {e}") from e
    lines: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), 1):
        match = _DOTENV_KEY.match(line)
        if match:
            lines[match.group(1).upper()] = number
    values = {k.upper(): v for k, v in dotenv_values(path, encoding="utf-8").items()}
    return {name: (line, values.get(name) or "") for name, line in lines.items()}


def read_toml(path: Path) -> dict[str, Any]:
    """The TOML file's table; a syntax error names the file and the line."""
    if not path.is_file():
        raise ConfigError(f"config file not found: {path}")
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: not valid TOML: {e}") from None
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"cannot read {path}: {e}") from e


def _toml_lines(path: Path, keys: Collection[str]) -> dict[str, int]:
    """The line of each top-level key (first match; 0 when it cannot be found)."""
    lines: dict[str, int] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        match = _TOML_KEY.match(line)
        if match and match.group(1) in keys:
            lines.setdefault(match.group(1), number)
    return {key: lines.get(key, 0) for key in keys}


def _nearest(name: str, valid: Collection[str]) -> str:
    """The closest valid name; compared without the shared prefix, which would make every
    REJECTWATCH_ name look alike."""
    by_stem = {v.removeprefix(PREFIX): v for v in valid}
    close = difflib.get_close_matches(name.removeprefix(PREFIX), sorted(by_stem), n=1, cutoff=0.6)
    return f" (did you mean {by_stem[close[0]]}?)" if close else " (no setting has a name like it)"
