"""Wiring: build the mailbox, model, store and scanner from Settings.

Kept apart from cli.py so that the CLI only parses and prints, and tests and the daemon can
assemble the same objects.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from email.utils import getaddresses

import structlog

from rejectwatch import classifier
from rejectwatch.classifier import Model
from rejectwatch.errors import ConfigError, MailboxError
from rejectwatch.logs import register_secret
from rejectwatch.mailbox import ImapMailbox, Mailbox
from rejectwatch.message import normalise_address
from rejectwatch.reply import Profile, load_template
from rejectwatch.scan import ScanConfig, Scanner
from rejectwatch.settings import Settings
from rejectwatch.store import Store

log = structlog.get_logger()

_FOLD_RE = re.compile(r"\r?\n[ \t]+")
SENT_SAMPLE = 10  # the latest sent messages whose From says which address is the user's
NO_FROM_CONFIG = (
    "REJECTWATCH_USER_EMAIL is not set and the login name is not an address: a scan takes "
    "drafts' From from your latest sent messages, and saves drafts without From if the Sent "
    "folder has none; set REJECTWATCH_USER_EMAIL=you@example.org to be sure"
)
NO_FROM_SCAN = (
    "no From address for reply drafts: REJECTWATCH_USER_EMAIL is not set, the login name is "
    "not an address and the Sent folder shows none; drafts are saved without From (your mail "
    "client sets it when you send one). Set REJECTWATCH_USER_EMAIL=you@example.org"
)


def open_mailbox(settings: Settings) -> ImapMailbox:
    """A connected, logged-in mailbox. Raises MailboxError / AuthenticationError / ConfigError."""
    settings.require_server()

    def secret() -> str:
        value = settings.secret()  # re-read at every connect: tokens rotate
        register_secret(value)
        return value

    mailbox = ImapMailbox(
        host=settings.imap_host,
        port=settings.port,
        username=settings.imap_username,
        secret=secret,
        security=settings.imap_security,
        auth=settings.imap_auth,
        timeout=settings.imap_timeout_seconds,
    )
    mailbox.connect()
    return mailbox


def open_store(settings: Settings, *, read_only: bool = False) -> Store:
    """The state database; a dry run on a fresh machine uses a throwaway in-memory one."""
    path = settings.database_path
    if read_only and not path.exists():
        return Store(":memory:")
    return Store(path)


def load_model(settings: Settings) -> Model:
    return classifier.load_preferred(settings.model_dir, settings.user_model_dir)


def scan_config(settings: Settings) -> ScanConfig:
    """The scan's settings; a From address that is not an address fails here, before any mail
    is touched, rather than at the first draft."""
    if settings.draft_from and not normalise_address(settings.draft_from):
        raise ConfigError(
            f"REJECTWATCH_USER_EMAIL {settings.draft_from!r} is not a usable e-mail address"
        )
    return ScanConfig(
        account=settings.account,
        watch_folder=settings.watch_folder,
        rejections_folder=settings.rejections_folder,
        review_folder=settings.review_folder,
        drafts_folder=settings.drafts_folder,
        max_fetch_bytes=settings.max_fetch_bytes,
        batch_size=settings.batch_size,
        profile=Profile(
            name=settings.user_name,
            email=settings.draft_from,
            signature=settings.user_signature,
        ),
        template=load_template(settings.reply_template) if settings.reply_template else None,
        sent_folder=settings.sent_folder,
    )


def scanner(
    settings: Settings,
    mailbox: ImapMailbox,
    store: Store,
    model: Model,
    *,
    config: ScanConfig | None = None,
    should_stop: Callable[[], bool] = lambda: False,
) -> Scanner:
    """A Scanner; pass `config` (from scan_config) when it was built and checked already.

    Without a From address in the settings, the drafts' From is the one the user's latest
    sent messages carry; without one there either, a warning is logged before any draft.
    """
    config = config or scan_config(settings)
    if not config.profile.email:
        try:
            found = sent_from_address(mailbox, settings.sent_folder)
        except MailboxError as e:  # a Sent folder we cannot read is no reason not to scan
            log.warning("draft.sent_folder_unreadable", error=str(e))
            found = ""
        if found:
            log.info("draft.from_sent_folder", address=found)
            config = replace(config, profile=replace(config.profile, email=found))
        else:
            log.warning("draft.no_from_address", detail=NO_FROM_SCAN)
    return Scanner(mailbox, model, store, config, should_stop=should_stop)


def sent_from_address(mailbox: Mailbox, sent_folder: str = "") -> str:
    """The address the latest messages in the Sent folder are from ("" when there are none)."""
    folder = sent_folder or mailbox.sent_folder()
    if not folder:
        return ""
    state = mailbox.select(folder, readonly=True)
    uids = mailbox.uids_after(max(0, state.uidnext - 5 * SENT_SAMPLE)) or mailbox.uids_after(0)
    headers = [raw for _uid, raw in mailbox.fetch_headers(uids[-SENT_SAMPLE:], ("From",))]
    return usual_address(headers)


def usual_address(headers: Sequence[bytes]) -> str:
    """The most common From address in these header blocks (the latest wins a tie)."""
    seen: Counter[str] = Counter()
    latest: dict[str, int] = {}
    for number, raw in enumerate(headers):
        text = _FOLD_RE.sub(" ", raw.decode("utf-8", "replace"))
        values = [line.split(":", 1)[1] for line in text.splitlines() if ":" in line]
        for _name, address in getaddresses(values):
            usable = normalise_address(address)
            if usable:
                seen[usable] += 1
                latest[usable] = number
    if not seen:
        return ""
    return max(seen, key=lambda a: (seen[a], latest[a]))
