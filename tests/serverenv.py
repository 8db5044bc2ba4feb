"""Pointing rejectwatch at one of the suite's servers, and running its daemon, for tests."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from rejectwatch.testing.dovecot import TestServer


def env_for(server: TestServer, user: str, data_dir: Path) -> dict[str, str]:
    """The settings for `user` on `server` (plain LOGIN on 127.0.0.1), state in `data_dir`."""
    return {
        **server.settings_env(user, data_dir),
        "REJECTWATCH_USER_NAME": "Sam Applicant",
        "REJECTWATCH_USER_EMAIL": "sam@example.org",
        "REJECTWATCH_DRAFT_MAX_AGE_DAYS": "36500",  # mailgen's mail is from 2024
    }


def point_at(
    monkeypatch: pytest.MonkeyPatch, server: TestServer, user: str, tmp_path: Path
) -> dict[str, str]:
    """`env_for` set in os.environ for the test (undone afterwards); returned for subprocesses."""
    env = env_for(server, user, tmp_path / "state")
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return env


@contextmanager
def daemon(env: dict[str, str], log: Path, *args: str) -> Iterator[subprocess.Popen[bytes]]:
    """A real `rejectwatch run *args` process, its output in `log`; killed if still running."""
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "rejectwatch", "run", *args],
            env={**os.environ, **env},
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
