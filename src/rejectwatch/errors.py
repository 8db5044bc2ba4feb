"""One hierarchy of errors; the CLI maps each to an exit code and a one-line reason."""

from __future__ import annotations


class RejectwatchError(Exception):
    """Base of every error rejectwatch raises on purpose."""

    exit_code = 1


class ConfigError(RejectwatchError):
    """The settings are missing, contradictory or unsafe."""

    exit_code = 2


class MailboxError(RejectwatchError):
    """The IMAP server could not be reached or did not do what we asked."""

    exit_code = 3


class AuthenticationError(MailboxError):
    """The server refused the credentials."""

    exit_code = 4


class ModelError(RejectwatchError):
    """The classifier model is missing, unverifiable or cannot be trained."""

    exit_code = 5


class InputError(RejectwatchError):
    """A file the user gave us cannot be read as what it should be."""

    exit_code = 6


class NotFoundError(RejectwatchError):
    """What the user named (e.g. a CRM id for `mark`) does not exist."""

    exit_code = 8


class StateError(RejectwatchError):
    """The state database (data_dir/state.sqlite3) cannot be opened or read: damaged, not a
    database, or not writable."""


class MessageError(RejectwatchError):
    """One message could not be handled; the scan logs it and goes on."""


class ReviewError(NotFoundError):
    """A review item cannot be acted on: no such item, its message was moved or deleted
    since it was queued, or it was already filed."""


class ServerLimitError(MailboxError):
    """The server refuses more work for now (Gmail: "Account exceeded command or bandwidth
    limits", about 2,500 MB of IMAP download a day); a scan stops cleanly and resumes later."""

    exit_code = 7
