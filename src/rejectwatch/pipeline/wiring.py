"""Wiring: build the mailbox, model, store and scanner from Settings.

Kept apart from the CLI so that the CLI only parses and prints, and tests and the daemon can
assemble the same objects. The heavy modules (scikit-learn behind the classifier, imapclient
behind the mailbox) are imported inside the functions that need them, so that a command
that never classifies or connects starts in a few tens of milliseconds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from rejectwatch.errors import ConfigError
from rejectwatch.logs import register_secret
from rejectwatch.pipeline import draft_from
from rejectwatch.state import Store

if TYPE_CHECKING:
    from rejectwatch.mail.mailbox import ImapMailbox
    from rejectwatch.model.classifier import Model
    from rejectwatch.pipeline.scan import ScanConfig, Scanner
    from rejectwatch.settings import Settings


def open_mailbox(settings: Settings) -> ImapMailbox:
    """A connected, logged-in mailbox. Raises MailboxError / AuthenticationError / ConfigError."""
    from rejectwatch.mail.mailbox import ImapMailbox  # noqa: PLC0415 - imapclient only when connecting

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
    """The classifier; imports scikit-learn, so call it only when there is mail to classify."""
    from rejectwatch.model import classifier  # noqa: PLC0415 - scikit-learn: ~1 s to import

    return classifier.load_preferred(settings.model_dir, settings.user_model_dir)


def model_loader(settings: Settings) -> Callable[[], Model]:
    """Loads the model on first call, then returns the same one (a Scanner calls it only when
    a scan has messages to classify, so a poll with nothing new never imports scikit-learn)."""
    loaded: list[Model] = []

    def load() -> Model:
        if not loaded:
            loaded.append(load_model(settings))
        return loaded[0]

    return load


def scan_config(settings: Settings) -> ScanConfig:
    """The scan's settings; a From address that is not an address fails here, before any mail
    is touched, rather than at the first draft."""
    from rejectwatch.crm.reply import Profile, load_template  # noqa: PLC0415
    from rejectwatch.mail.message import normalise_address  # noqa: PLC0415
    from rejectwatch.pipeline.scan import ScanConfig  # noqa: PLC0415

    if settings.draft_from and not normalise_address(settings.draft_from):
        raise ConfigError(
            f"REJECTWATCH_USER_EMAIL {settings.draft_from!r} is not a usable e-mail address"
        )
    return ScanConfig(
        account=settings.account,
        watch_folder=settings.watch_folder,
        rejections_folder=settings.rejections_folder,
        review_folder=settings.review_folder,
        review_keyword=settings.review_keyword,
        drafts_folder=settings.drafts_folder,
        max_fetch_bytes=settings.max_fetch_bytes,
        batch_size=settings.batch_size,
        first_scan_days=settings.first_scan_days,
        profile=Profile(
            name=settings.user_name,
            email=settings.draft_from,
            signature=settings.user_signature,
        ),
        template=load_template(settings.reply_template) if settings.reply_template else None,
        sent_folder=settings.sent_folder,
        draft_max_age_days=settings.draft_max_age_days,
    )


def scanner(
    settings: Settings,
    mailbox: ImapMailbox,
    store: Store,
    model: Model | Callable[[], Model],
    *,
    config: ScanConfig | None = None,
    should_stop: Callable[[], bool] = lambda: False,
    sender_when_needed: bool = False,
) -> Scanner:
    """A Scanner; pass `config` (from scan_config) when it was built and checked already, and
    `model` as a loader (model_loader) to load it only when there is something to classify.

    Without a From address in the settings, drafts take the usual From of the Sent folder
    (draft_from); without one there either, a warning is logged before any draft. With
    `sender_when_needed` (for `scan` and `run`) the Sent folder is read only when a scan has
    mail to handle, not for a poll with nothing new: listing the folders to find Sent made
    Dovecot read a big inbox's whole directory at the next STATUS.
    """
    from rejectwatch.pipeline import remembered  # noqa: PLC0415 - the readings: once there is mail
    from rejectwatch.pipeline.scan import Scanner  # noqa: PLC0415

    config = config or scan_config(settings)

    def sender() -> str:
        return draft_from.from_mailbox(mailbox, settings.sent_folder)

    if not config.profile.email and not sender_when_needed:
        found = sender()
        if found:
            config = replace(config, profile=replace(config.profile, email=found))
    later = sender if not config.profile.email and sender_when_needed else None
    return Scanner(
        mailbox,
        model,
        store,
        config,
        should_stop=should_stop,
        find_sender=later,
        second=mailbox.twin,  # look-ups in other folders, without re-selecting the watched one
        # the user's corrections and train --from-imap examples, remembered by template
        memory=remembered.loader(
            store,
            config.account,
            settings.data_dir / "training",
            max_age_days=settings.memory_max_age_days,
        ),
    )
