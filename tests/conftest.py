"""Shared fixtures: a real Dovecot for the session, a fresh IMAP account per test.

Tests never mock IMAP.  Without Dovecot installed the IMAP tests are skipped on a developer
machine, but on CI (``CI`` set) a missing Dovecot is an error, never a silent skip.

``imap_server`` is the compatibility matrix: the same test runs once against each server in
``SERVER_KINDS`` (Dovecot, Cyrus with "/" and with ".", Courier), each started for the session
on 127.0.0.1.  Cyrus and Courier come from the package root ``.ci/run`` unpacks; on CI a
server that is missing or does not start fails the test, it is never skipped.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

from rejectwatch.testing.dovecot import DovecotServer, TestServer, dovecot_available
from rejectwatch.testing.unpacked import (
    CourierServer,
    CyrusServer,
    courier_available,
    cyrus_available,
)

# Hypothesis' default deadline (200 ms an example) is a timed assertion, which the suite does
# not make: on a loaded machine an example of test_token_hashes took 290 ms and failed the run
# (nineteenth pass, part F). Tests that set a deadline of their own keep it.
settings.register_profile("rejectwatch", deadline=None)
settings.load_profile("rejectwatch")

_MISSING = (
    "dovecot with IMAP is not installed (Debian: apt-get install -y dovecot-imapd); "
    "the tests that need a real IMAP server are skipped"
)


def _require_dovecot() -> None:
    if dovecot_available():
        return
    if os.environ.get("CI"):
        pytest.fail(
            "CI is set but dovecot is not installed: refusing to skip the IMAP tests "
            "(apt-get install -y dovecot-imapd)",
            pytrace=False,
        )
    pytest.skip(_MISSING)


@pytest.fixture(scope="session")
def dovecot() -> Iterator[DovecotServer]:
    """One Dovecot for the whole session; tests isolate themselves with ``imap_user``."""
    _require_dovecot()
    server = DovecotServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


DovecotFactory = Callable[..., DovecotServer]


@pytest.fixture
def dovecot_factory() -> Iterator[DovecotFactory]:
    """Make extra started servers (``DovecotServer`` keyword arguments); all stopped after.

    For tests that change the server itself: ``disable_capabilities={"MOVE"}``,
    ``special_use=False``, or ``restart()``.
    """
    _require_dovecot()
    servers: list[DovecotServer] = []

    def make(**kwargs: Any) -> DovecotServer:
        server = DovecotServer(**kwargs)
        servers.append(server)
        server.start()
        return server

    try:
        yield make
    finally:
        for server in servers:
            server.stop()


@pytest.fixture
def imap_user() -> str:
    """A user name nobody else in this session uses: its mailbox starts empty."""
    return f"user-{uuid.uuid4().hex[:8]}"


@pytest.fixture
def imap_env(
    dovecot: DovecotServer, imap_user: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> dict[str, str]:
    """Environment pointing rejectwatch at ``imap_user`` on the session Dovecot.

    Also set in ``os.environ`` for the test (undone afterwards); the dict is returned so
    subprocess tests can pass it on.
    """
    env = {
        **dovecot.settings_env(imap_user, tmp_path / "state"),
        # mailgen dates its messages 2024-05-06: keep them young enough for a draft, as the
        # outside checks do; tests of the age limit set their own value.
        "REJECTWATCH_DRAFT_MAX_AGE_DAYS": "36500",
    }
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return env


SERVER_KINDS = ("dovecot", "cyrus-slash", "cyrus-dot", "courier")
_AVAILABLE: dict[str, Callable[[], bool]] = {
    "dovecot": dovecot_available,
    "cyrus-slash": cyrus_available,
    "cyrus-dot": cyrus_available,
    "courier": courier_available,
}


def make_server(kind: str) -> TestServer:
    """A new, not yet started server of one of the ``SERVER_KINDS``."""
    if kind == "dovecot":
        return DovecotServer()
    if kind.startswith("cyrus"):
        return CyrusServer(unix_separator=kind == "cyrus-slash")
    if kind == "courier":
        return CourierServer()
    raise ValueError(f"unknown server kind {kind!r}")


@pytest.fixture(scope="session", params=SERVER_KINDS)
def imap_server(request: pytest.FixtureRequest) -> Iterator[TestServer]:
    """Each server of the matrix in turn, one instance per session (isolate with imap_user)."""
    kind: str = request.param
    if not _AVAILABLE[kind]():
        message = f"{kind} is not available here (.ci/run unpacks Cyrus and Courier; as root)"
        if os.environ.get("CI"):
            pytest.fail(f"CI is set: refusing to skip the {kind} tests: {message}", pytrace=False)
        pytest.skip(message)
    server = make_server(kind)
    server.start()
    try:
        yield server
    finally:
        server.stop()


_IMAP_FIXTURES = frozenset({"dovecot", "dovecot_factory", "imap_env", "imap_server"})


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that uses a Dovecot fixture ``imap`` (select with ``-m imap``)."""
    for item in items:
        if _IMAP_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.imap)
